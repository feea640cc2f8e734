package redact

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/redactd/redactd/internal/testfault"
)

// TestEngineFaultQuarantines: a record the engine panics on is quarantined
// with ReasonEngineError, the error holds none of its bytes, and the same
// Redactor redacts the next record as usual.
func TestEngineFaultQuarantines(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	testfault.Redact = func(src []byte) {
		if bytes.Contains(src, []byte("boom")) {
			panic("index out of range in " + string(src))
		}
	}
	t.Cleanup(func() { testfault.Redact = nil })
	bad := []byte(`boom alice@example.com 203.0.113.7`)
	out, err := r.Redact([]byte("prefix:"), bad, FormatAuto)
	var q *QuarantineError
	if !errors.As(err, &q) || q.Reason != ReasonEngineError {
		t.Fatalf("Redact of a record the engine fails on: %v, want a %s quarantine", err, ReasonEngineError)
	}
	if string(out) != "prefix:" {
		t.Errorf("dst after the failure = %q, want it unchanged", out)
	}
	if strings.Contains(err.Error(), "alice") || strings.Contains(err.Error(), "boom") {
		t.Errorf("the error holds record bytes: %v", err)
	}
	got, err := r.Redact(nil, []byte(`ok alice@example.com`), FormatAuto)
	if err != nil || string(got) != "ok [email]" {
		t.Fatalf("the next record: %q, %v", got, err)
	}
}
