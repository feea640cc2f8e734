package redact

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScanGolden runs every detector's golden file in testdata/detect. A
// file holds cases as "in:" lines, each followed by the "out:" line that
// marks its detections (⟦name⟧); "key:" sets scanner.key for the cases
// after it, and '#' lines are comments. With -update the out lines are
// rewritten from what the scanner finds: review the diff before committing.
func TestScanGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/detect/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			s := allOn()
			var out bytes.Buffer
			var in string
			haveIn := false
			cases := 0
			sc := bufio.NewScanner(bytes.NewReader(data))
			for ln := 1; sc.Scan(); ln++ {
				line := sc.Text()
				switch {
				case strings.HasPrefix(line, "in: "):
					if haveIn {
						t.Fatalf("%s:%d: in: without out:", file, ln-1)
					}
					in, haveIn = line[len("in: "):], true
				case strings.HasPrefix(line, "out: "):
					if !haveIn {
						t.Fatalf("%s:%d: out: without in:", file, ln)
					}
					got := mark(t, s, in)
					if *update {
						line = "out: " + got
					} else if want := line[len("out: "):]; got != want {
						t.Errorf("%s:%d:\n in: %s\ngot: %s\nwant %s", file, ln, in, got, want)
					}
					haveIn = false
					cases++
				case strings.HasPrefix(line, "key: "):
					s.key = []byte(line[len("key: "):])
				case line == "key:":
					s.key = nil
				case line == "" || line[0] == '#':
				default:
					t.Fatalf("%s:%d: want in:, out:, key: or a # comment", file, ln)
				}
				out.WriteString(line)
				out.WriteByte('\n')
			}
			if cases == 0 {
				t.Fatalf("%s: no cases", file)
			}
			if *update {
				if err := os.WriteFile(file, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
