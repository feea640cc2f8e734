package redact

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/redactd/redactd/internal/corpus"
)

// TestEngineCorpus redacts the benchmark generator's mix of records under
// the default, hashing and pseudonymizing policies, in FormatAuto and
// FormatText, and checks the generator's ground truth: no planted value
// survives (IPs excepted under pseudonymize, which maps them), every
// look-alike survives, valid JSON stays valid, nothing is quarantined, and
// (for the deterministic policies) redacting twice equals redacting once.
func TestEngineCorpus(t *testing.T) {
	hash := DefaultOptions()
	for d := range hash.Detectors {
		hash.Detectors[d].Action = ActHash
	}
	hash.HashKey, hash.HashKeyID = testKey, "k1"
	pseudo := DefaultOptions()
	pseudo.Detectors[DetIPv4].Action = ActPseudonymize
	pseudo.Detectors[DetIPv6].Action = ActPseudonymize
	pseudo.HashKey, pseudo.HashKeyID = testKey, "k1"
	recs := corpus.New(7).MixRecords(3000)
	for _, c := range []struct {
		name string
		o    Options
		idem bool
	}{{"default", DefaultOptions(), true}, {"hash", hash, true}, {"pseudonymize", pseudo, false}} {
		r := mustEngine(t, c.o).NewRedactor()
		for _, f := range []Format{FormatAuto, FormatText} {
			bad := 0
			fail := func(format string, args ...any) {
				if bad++; bad <= 5 {
					t.Errorf("%s policy, format %d: "+format, append([]any{c.name, f}, args...)...)
				}
			}
			for _, rec := range recs {
				out, err := r.Redact(nil, rec.Value, f)
				if err != nil {
					fail("record %d: %v", rec.ID, err)
					continue
				}
				for _, p := range rec.Planted {
					if bytes.Contains(out, p) && !(c.name == "pseudonymize" && isIPText(p)) {
						fail("planted %q survived in %s", p, out)
					}
				}
				for _, k := range rec.Keep {
					if !bytes.Contains(out, k) {
						fail("look-alike %q lost in %s", k, out)
					}
				}
				if json.Valid(rec.Value) && !json.Valid(out) {
					fail("valid JSON in, invalid out: %s", out)
				}
				if c.idem {
					if again, err := r.Redact(nil, out, f); err != nil || !bytes.Equal(again, out) {
						fail("not idempotent:\nonce  %s\ntwice %s", out, again)
					}
				}
			}
		}
	}
}

// isIPText reports whether p is an IP address as the generator plants it
// (possibly with brackets and a port).
func isIPText(p []byte) bool {
	return bytes.Count(p, []byte{'.'}) == 3 && bytes.IndexFunc(p, func(r rune) bool {
		return !(r == '.' || r == ':' || r >= '0' && r <= '9')
	}) < 0 || bytes.Count(p, []byte{':'}) >= 2
}
