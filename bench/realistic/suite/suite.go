// Package suite runs the realistic corpus (bench/realistic) through the
// redaction engine under the built-in policies: the default policy on
// every format, the voip pack on the VoIP formats, the cdn pack on the
// CDN and access-log formats and the audit pack on the audit logs. The
// score test and the score command share it.
package suite

import (
	"errors"
	"fmt"
	"slices"

	"github.com/redactd/redactd/bench/realistic"
	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/rules"
)

// Run is one policy applied to the formats carrying one of Tags (all
// formats when Tags is empty).
type Run struct {
	Policy string // "default" or "pack:NAME"
	Tags   []string
}

// Runs returns the policy runs the baseline ratchets.
func Runs() []Run {
	return []Run{
		{Policy: "default"},
		{Policy: "pack:voip", Tags: []string{"voip"}},
		{Policy: "pack:cdn", Tags: []string{"cdn"}},
		{Policy: "pack:audit", Tags: []string{"audit"}},
	}
}

// Streams returns the streams of corpus whose format r covers.
func (r Run) Streams(corpus []realistic.Stream) []realistic.Stream {
	if len(r.Tags) == 0 {
		return corpus
	}
	var out []realistic.Stream
	for _, s := range corpus {
		f, ok := realistic.FormatByName(s.Format)
		if ok && slices.Contains(r.Tags, f.Tag) {
			out = append(out, s)
		}
	}
	return out
}

// load loads the run's policy, with the public test key for hashing.
func (r Run) load() (*rules.Policy, error) {
	if r.Policy == "default" {
		return rules.Default(), nil
	}
	return rules.LoadForTest(r.Policy)
}

// Engine returns a RedactFunc factory for realistic.Score: each stream
// gets a Redactor of its own, and every record is redacted with
// redact.FormatAuto. A *redact.QuarantineError is a quarantine.
func Engine(eng *redact.Engine) func(format string) realistic.RedactFunc {
	return func(string) realistic.RedactFunc {
		r := eng.NewRedactor()
		var buf []byte
		return func(_ string, rec []byte) ([]byte, bool, error) {
			out, err := r.Redact(buf[:0], rec, redact.FormatAuto)
			buf = out[:0]
			var q *redact.QuarantineError
			if errors.As(err, &q) {
				return nil, true, nil
			}
			if err != nil {
				return nil, false, err
			}
			return slices.Clone(out), false, nil
		}
	}
}

// Score runs r over corpus.
func (r Run) Score(corpus []realistic.Stream) (*realistic.Report, error) {
	pol, err := r.load()
	if err != nil {
		return nil, fmt.Errorf("cannot load policy %s: %w", r.Policy, err)
	}
	return realistic.Score(r.Streams(corpus), Engine(pol.Engine())), nil
}
