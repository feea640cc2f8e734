package redact

import (
	"bytes"
	"testing"

	"github.com/redactd/redactd/internal/corpus"
)

// TestScanCorpus scans the benchmark generator's records (every kind, JSON
// ones as text, with their keys in the line, through their view) and checks the generator's own
// account of them: every planted value is wholly inside detections, and no
// look-alike it marks as Keep is touched by one.
func TestScanCorpus(t *testing.T) {
	g := corpus.New(42)
	s := allOn()
	var planted, kept, bad int
	for k := corpus.Kind(0); k < corpus.NumKinds; k++ {
		for _, rec := range g.Records(k, 500) {
			src := rec.Value
			spans := viewSpans(t, s, src)
			covered := func(a, b int) bool {
				for _, sp := range spans {
					if sp.start <= a && a < sp.end {
						a = sp.end
					}
				}
				return a >= b
			}
			touched := func(a, b int) bool {
				for _, sp := range spans {
					if sp.start < b && a < sp.end {
						return true
					}
				}
				return false
			}
			for _, p := range rec.Planted {
				planted++
				for off := 0; ; {
					i := bytes.Index(src[off:], p)
					if i < 0 {
						break
					}
					if a := off + i; !covered(a, a+len(p)) {
						bad++
						if bad <= 15 {
							t.Errorf("%v: planted %q not detected in %q", k, p, src)
						}
					}
					off += i + len(p)
				}
			}
			for _, p := range rec.Keep {
				kept++
				if i := bytes.Index(src, p); i >= 0 && touched(i, i+len(p)) {
					bad++
					if bad <= 15 {
						t.Errorf("%v: look-alike %q touched in %q", k, p, src)
					}
				}
			}
		}
	}
	if planted == 0 || kept == 0 {
		t.Fatalf("corpus planted %d values and %d look-alikes: nothing to check", planted, kept)
	}
	t.Logf("%d planted values, %d look-alikes, %d problems", planted, kept, bad)
}
