package rules

import (
	"errors"

	"github.com/redactd/redactd/redact"
)

// Test is one case of a policy file's tests: section.
type Test struct {
	Line int    // line of the case in the file
	Name string // optional
	In   string
	// Out is the expected redacted record when HasOut.
	Out    string
	HasOut bool
	// Quarantine, when not ReasonNone, is the expected quarantine reason.
	Quarantine redact.Reason
	Format     redact.Format
	// Rec is the case's format: declared with format:, else nil and the
	// format of Topic (Policy.FormatFor) applies.
	Rec *RecordFormat
	// Topic is the topic the record is classified as read from.
	Topic string
	// Class is the expected class index, -1 when the case checks none.
	Class int
}

// TestResult is the outcome of one Test.
type TestResult struct {
	Test
	Pass   bool
	Got    string        // the redacted record ("" when quarantined)
	Reason redact.Reason // why the record was quarantined, ReasonNone if it was not
	// GotClass is the class index Classify returned.
	GotClass int
}

// Tests returns the policy file's test cases.
func (p *Policy) Tests() []Test { return p.tests }

// RunTests runs the policy file's test cases in order.
func (p *Policy) RunTests() []TestResult {
	r := p.engine.NewRedactor()
	out := make([]TestResult, len(p.tests))
	var buf []byte
	for i, t := range p.tests {
		res := TestResult{Test: t, Pass: true}
		rf := p.FormatFor(t.Topic)
		if t.Rec != nil {
			rf = *t.Rec
		}
		if err := rf.Apply(r); err != nil {
			panic("BUG: a compiled format does not apply: " + err.Error())
		}
		var err error
		buf, err = r.Redact(buf[:0], []byte(t.In), rf.Format)
		if err != nil {
			var q *redact.QuarantineError
			res.Reason = redact.ReasonParse
			if errors.As(err, &q) {
				res.Reason = q.Reason
			}
		} else {
			res.Got = string(buf)
		}
		switch {
		case t.HasOut:
			res.Pass = res.Reason == redact.ReasonNone && res.Got == t.Out
		case t.Quarantine != redact.ReasonNone:
			res.Pass = res.Reason == t.Quarantine
		}
		res.GotClass = p.Classify(t.Topic, []byte(t.In))
		if t.Class >= 0 && res.GotClass != t.Class {
			res.Pass = false
		}
		out[i] = res
	}
	return out
}
