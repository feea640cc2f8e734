package rewrite

import (
	"bytes"
	"testing"

	"github.com/redactd/redactd/rules"
)

// The matcher reads archived records, any bytes: no panic; a record with no
// hit is kept byte for byte by mask mode; a masked record holds no whole
// form of an identifier any more, and masking it again finds nothing.
func FuzzEraseMatch(f *testing.F) {
	pol := rules.Default()
	ids := []Identifier{{"email", "jane@example.com"}, {"phone", "+44 7700 900123"}, {"ip", "192.0.2.44"}, {"value", "u-12345"}}
	e, err := NewEraser(pol, ids, EraseMask)
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(`{"msg":"JANE@example.com and 192.0.2.44 and +447700900123"}`))
	f.Add([]byte(`mary.jane@example.com 192.0.2.440 u-123456`))
	f.Add([]byte(`u-12345u-12345 jane@example.comjane@example.com`))
	f.Fuzz(func(t *testing.T, rec []byte) {
		out, hits, _ := e.match(nil, rec, false, nil)
		if hits == 0 {
			return
		}
		again, hits2, _ := e.match(nil, out, false, nil)
		if hits2 != 0 {
			t.Fatalf("masked record %q still holds a form (hits %b): %q", out, hits2, again)
		}
		if bytes.Equal(out, rec) {
			t.Fatalf("a hit, but the record is unchanged: %q", rec)
		}
	})
}
