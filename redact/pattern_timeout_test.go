package redact

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// catastrophic backtracks exponentially on a run of a's that does not end
// the line: (a+)+$ tries every way to split the run before failing.
const catastrophic = `(a+)+$`

var backtrackingRecord = []byte("id 7 " + strings.Repeat("a", 40) + "!")

// fastestQuarantine runs one record through r n times and returns the quarantine
// and the shortest time a run took: the shortest is the one least
// disturbed by the rest of a shared machine.
func fastestQuarantine(t *testing.T, r *Redactor, rec []byte, n int) (*QuarantineError, time.Duration) {
	t.Helper()
	var q *QuarantineError
	best := time.Duration(1 << 62)
	for range n {
		t0 := time.Now()
		_, err := r.Redact(nil, rec, FormatText)
		took := time.Since(t0)
		if !errors.As(err, &q) {
			t.Fatalf("Redact = %v, want a quarantine", err)
		}
		best = min(best, took)
	}
	return q, best
}

// A pattern's timeout holds within a small factor: regexp2's clock ticks
// every TimeoutCheckPeriod, not its default 100ms (with which a 5ms timeout
// took about 105-205ms). The bound is a generous 10x; 1ms is the shortest
// timeout a policy may set (the clock's resolution).
func TestPatternTimeoutHolds(t *testing.T) {
	f := func(timeout time.Duration) {
		t.Helper()
		e, err := New(Options{Patterns: []Pattern{{Name: "bt", Regexp: catastrophic, Action: ActMask, Timeout: timeout}}, PatternBudget: time.Minute})
		if err != nil {
			t.Fatal(err)
		}
		q, took := fastestQuarantine(t, e.NewRedactor(), backtrackingRecord, 3)
		if q.Reason != ReasonRegexTimeout || q.Detail != "bt" {
			t.Fatalf("quarantine %+v, want regex_timeout naming the pattern", q)
		}
		if took > 10*timeout {
			t.Errorf("a %v pattern timeout took %v (> 10x)", timeout, took)
		}
		t.Logf("timeout %v: the backtracking record was quarantined after %v (%.1fx)", timeout, took, float64(took)/float64(timeout))
	}
	f(time.Millisecond)
	f(5 * time.Millisecond)
	f(20 * time.Millisecond)
}

// The per-record budget bounds all patterns together, whatever their own
// timeouts: three patterns of 1s each, a budget of 10ms.
func TestPatternBudgetBoundsRecord(t *testing.T) {
	var ps []Pattern
	for _, n := range []string{"p1", "p2", "p3"} {
		ps = append(ps, Pattern{Name: n, Regexp: catastrophic, Action: ActMask, Timeout: time.Second})
	}
	const budget = 10 * time.Millisecond
	e, err := New(Options{Patterns: ps, PatternBudget: budget})
	if err != nil {
		t.Fatal(err)
	}
	r := e.NewRedactor()
	q, took := fastestQuarantine(t, r, backtrackingRecord, 3)
	if q.Reason != ReasonRegexTimeout || q.Detail != "pattern_budget" {
		t.Fatalf("quarantine %+v, want regex_timeout naming pattern_budget", q)
	}
	if took > 10*budget {
		t.Errorf("a %v budget took %v (> 10x)", budget, took)
	}
	t.Logf("budget %v: quarantined after %v", budget, took)
	// The budget is per record: a clean record after it is redacted.
	if out, err := r.Redact(nil, []byte("id 8 aaaa"), FormatText); err != nil || string(out) != "id 8 [p1]" {
		t.Errorf("next record: %q, %v", out, err)
	}
	if _, err := New(Options{PatternBudget: -1}); err == nil || !strings.Contains(err.Error(), "pattern_budget") {
		t.Errorf("negative budget: %v", err)
	}
}

// Redactors on different goroutines set their own match timeouts: each
// has its own copy of the patterns (run with -race).
func TestPatternCopiesPerRedactor(t *testing.T) {
	e, err := New(Options{Patterns: []Pattern{{Name: "bt", Regexp: catastrophic, Action: ActMask, Timeout: 2 * time.Millisecond}}, PatternBudget: 3 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 2)
	for range 2 {
		r := e.NewRedactor()
		go func() {
			var err error
			for range 5 {
				if _, err = r.Redact(nil, backtrackingRecord, FormatText); err == nil {
					break
				}
			}
			done <- err
		}()
	}
	for range 2 {
		if err := <-done; err == nil {
			t.Error("a backtracking record was not quarantined")
		}
	}
}

// BenchmarkUserPattern is the cost of a user pattern on a record where it
// matches, with regexp2's timeout clock ticking every TimeoutCheckPeriod
// (with -cpu 1 the clock goroutine's wake-ups are inside the figure).
func BenchmarkUserPattern(b *testing.B) {
	e, err := New(Options{Patterns: []Pattern{{Name: "order_id", Regexp: `ORD-[0-9]{8}`, Literals: []string{"ORD-"}, Action: ActMask, Timeout: 20 * time.Millisecond}}})
	if err != nil {
		b.Fatal(err)
	}
	r := e.NewRedactor()
	rec := []byte(`GET /orders/ORD-12345678/status HTTP/1.1 200 5123 "Mozilla/5.0"`)
	b.SetBytes(int64(len(rec)))
	b.ReportAllocs()
	var dst []byte
	for b.Loop() {
		dst, err = r.Redact(dst[:0], rec, FormatText)
		if err != nil {
			b.Fatal(err)
		}
	}
}
