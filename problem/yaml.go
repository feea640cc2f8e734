package problem

import (
	"errors"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// FromYAML returns the problems of a yaml.v3 decoding error of file: one
// per message of a *yaml.TypeError, else one, with yaml.v3's "line N: "
// moved into Line (yaml.v3 has no structured form of it).
func FromYAML(file string, err error) []*Problem {
	msgs := []string{err.Error()}
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	ps := make([]*Problem, 0, len(msgs))
	for _, m := range msgs {
		p := &Problem{File: file, Reason: strings.TrimPrefix(m, "yaml: ")}
		if rest, ok := strings.CutPrefix(p.Reason, "line "); ok {
			if i := strings.IndexByte(rest, ':'); i > 0 {
				if n, err := strconv.Atoi(rest[:i]); err == nil {
					p.Line, p.Reason = n, strings.TrimSpace(rest[i+1:])
				}
			}
		}
		ps = append(ps, p)
	}
	return ps
}
