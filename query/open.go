package query

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/redactd/redactd/sinks"
)

// Open opens the archive at raw for reading: an archive URL (see
// sinks.ParseURL) or a plain directory path. It returns the archive and the
// key prefix its objects are under. Unlike sinks.Open it never creates a
// directory: a missing one is an error.
func Open(raw string, o sinks.OpenOptions) (sinks.Archive, string, error) {
	var u sinks.URL
	if strings.Contains(raw, "://") {
		var err error
		if u, err = sinks.ParseURL(raw); err != nil {
			return nil, "", fmt.Errorf("archive %q: %w", raw, err)
		}
	} else {
		abs, err := filepath.Abs(raw)
		if err != nil {
			return nil, "", fmt.Errorf("archive %q: %w", raw, err)
		}
		u = sinks.URL{Scheme: "file", Dir: filepath.ToSlash(abs)}
	}
	if u.Scheme == "file" {
		fi, err := os.Stat(u.Dir)
		if err != nil {
			return nil, "", fmt.Errorf("archive %q: no archive there: %w", raw, err)
		}
		if !fi.IsDir() {
			return nil, "", fmt.Errorf("archive %q: not a directory", raw)
		}
	}
	ar, err := sinks.OpenURL(u, o)
	if err != nil {
		return nil, "", err
	}
	prefix := ""
	if p, ok := ar.(interface{ Prefix() string }); ok { // *sinks.S3; a *sinks.Dir has none
		prefix = p.Prefix()
	}
	return ar, prefix, nil
}
