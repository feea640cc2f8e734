package realistic_test

import (
	"bytes"
	"testing"

	"github.com/redactd/redactd/bench/realistic"
	"github.com/redactd/redactd/bench/realistic/suite"
	"github.com/redactd/redactd/rules"
)

// TestIdempotentOnCorpus redacts every stream of the realistic corpus under
// the default policy, then redacts the output again as a stream of its own
// (a fresh Redactor, records in order, so that W3C and CSV headers name the
// columns again): the second pass must change nothing. The fuzz targets
// check this on random input; real formats reach shapes they rarely build
// (an archive rewritten under the same policy, a replay of redacted data).
func TestIdempotentOnCorpus(t *testing.T) {
	factory := suite.Engine(rules.Default().Engine())
	bad := 0
	for _, s := range realistic.Default() {
		once, twice := factory(s.Format), factory(s.Format)
		for i, r := range s.Records {
			out, q, err := once(s.Format, r.Line)
			if err != nil || q {
				continue // quarantines are the scorer's to count
			}
			again, q, err := twice(s.Format, out)
			if err != nil || q {
				t.Errorf("%s record %d: the redacted record is quarantined or fails the second time (%v)", s.Format, i, err)
				continue
			}
			if !bytes.Equal(again, out) {
				if bad++; bad <= 10 {
					t.Errorf("%s record %d: redacting twice differs from once\nonce:  %s\ntwice: %s", s.Format, i, out, again)
				}
			}
		}
	}
	if bad > 10 {
		t.Errorf("%d records in all", bad)
	}
}

// TestMixedPartition redacts the whole corpus with one Redactor, as a
// partition that carries many formats in turn would (a syslog topic that
// also receives a CSV export or a W3C log): every record must come out as
// it does in a stream of its own format. Before W3C and CSV header state
// checked that a record is a row of its log (textfmt.Parser.RowFits),
// lines that followed such a header were read by its column names: a
// Kamailio line's words named cs-username, a form body read as a CSV row
// (and an IBAN in it kept).
func TestMixedPartition(t *testing.T) {
	factory := suite.Engine(rules.Default().Engine())
	shared := factory("")
	bad := 0
	for _, s := range realistic.Default() {
		own := factory(s.Format)
		for i, r := range s.Records {
			got, q1, err1 := shared(s.Format, r.Line)
			want, q2, err2 := own(s.Format, r.Line)
			if q1 != q2 || (err1 == nil) != (err2 == nil) || !bytes.Equal(got, want) {
				if bad++; bad <= 10 {
					t.Errorf("%s record %d: after the other formats' records\n got: %s\nwant: %s", s.Format, i, got, want)
				}
			}
		}
	}
	if bad > 10 {
		t.Errorf("%d records in all", bad)
	}
}
