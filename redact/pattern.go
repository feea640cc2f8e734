package redact

import (
	"bytes"
	"fmt"
	"runtime"
	"time"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// defaultPatternTimeout bounds one user pattern's match when Pattern.Timeout
// is 0.
const defaultPatternTimeout = 50 * time.Millisecond

// DefaultPatternBudget is Options.PatternBudget's default.
const DefaultPatternBudget = 100 * time.Millisecond

// TimeoutCheckPeriod is how often regexp2's clock ticks, and so how late a
// pattern's timeout can fire: a match runs at most about its timeout plus
// two periods (plus regexp2's 1.05ms tick). regexp2's default, 100ms, made
// a 20ms timeout about 200ms and 100µs about 101ms. The clock goroutine
// runs only while matches are under way.
const TimeoutCheckPeriod = time.Millisecond

func init() {
	// Before any match can start: regexp2 reads the period unlocked.
	regexp2.SetTimeoutCheckPeriod(TimeoutCheckPeriod)
}

// compiledPattern is a user pattern ready to run.
type compiledPattern struct {
	name     string
	re       *regexp2.Regexp
	timeout  time.Duration
	literals [][]byte
	act      Action
	token    []byte
}

// compilePatterns compiles the user patterns once. needKey names the first
// pattern that hashes (it needs Options.HashKey).
func (e *Engine) compilePatterns(ps []Pattern) (needKey string, errs []error) {
	seen := make(map[string]int, len(ps))
	for i, p := range ps {
		name := fmt.Sprintf("patterns[%d]", i)
		if p.Name == "" {
			errs = append(errs, fmt.Errorf("%s.name: empty", name))
		} else if j, dup := seen[p.Name]; dup {
			errs = append(errs, fmt.Errorf("%s.name: %q already names patterns[%d]", name, p.Name, j))
		} else {
			seen[p.Name] = i
		}
		cp := compiledPattern{name: p.Name, act: p.Action, token: []byte("[" + p.Name + "]")}
		switch p.Action {
		case ActMask:
		case ActHash:
			if needKey == "" {
				needKey = name + ".action: hash"
			}
		default:
			errs = append(errs, fmt.Errorf("%s.action: %q: patterns take mask or hash", name, p.Action))
		}
		if p.Token != "" {
			if err := checkToken(p.Token); err != nil {
				errs = append(errs, fmt.Errorf("%s.token: %q: %v", name, p.Token, err))
			}
			cp.token = []byte(p.Token)
		}
		for j, l := range p.Literals {
			if l == "" {
				errs = append(errs, fmt.Errorf("%s.literals[%d]: empty", name, j))
				continue
			}
			cp.literals = append(cp.literals, []byte(l))
		}
		timeout := p.Timeout
		switch {
		case timeout < 0:
			errs = append(errs, fmt.Errorf("%s.timeout: %v is negative", name, p.Timeout))
		case timeout == 0:
			timeout = defaultPatternTimeout
		}
		if p.Regexp == "" {
			errs = append(errs, fmt.Errorf("%s.regexp: empty", name))
			continue
		}
		re, err := regexp2.Compile(p.Regexp, patternOptions)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s.regexp: %q: %w", name, p.Regexp, err))
			continue
		}
		re.MatchTimeout = timeout
		cp.re, cp.timeout = re, timeout
		e.patterns = append(e.patterns, cp)
	}
	if len(errs) > 0 {
		e.patterns = nil
	}
	return needKey, errs
}

// wanted reports whether the pattern has to run on b: always without
// literals, else when b holds one of them.
func (p *compiledPattern) wanted(b []byte) bool {
	if len(p.literals) == 0 {
		return true
	}
	for _, l := range p.literals {
		if bytes.Contains(b, l) {
			return true
		}
	}
	return false
}

// inWritten reports whether in[s:t] lies inside a replacement this pattern
// writes (its mask token or a pseudonym), so that a second pass keeps it.
func (p *compiledPattern) inWritten(e *Engine, in []byte, s, t int) bool {
	n := len(p.token)
	if p.act == ActHash {
		n = len(e.keyID) + 2*hashHexBytes
	}
	for k := max(0, s-n+1); k <= s; k++ {
		l := 0
		if p.act == ActHash {
			l = e.pseudonymLen(in[k:])
		} else if bytes.HasPrefix(in[k:], p.token) {
			l = n
		}
		if l > 0 && t <= k+l {
			return true
		}
	}
	return false
}

// anyPatternWanted reports whether some user pattern must run on b.
func (r *Redactor) anyPatternWanted(b []byte) bool {
	for i := range r.e.patterns {
		if r.e.patterns[i].wanted(b) {
			return true
		}
	}
	return false
}

// runPatterns applies the user patterns, in order, to dst[base:] (text that
// the builtin detectors have already rewritten) and returns dst with every
// match replaced. A pattern that does not finish in time quarantines the
// record; the error names the pattern and never holds record bytes.
//
// Each match gets the pattern's timeout or what is left of the record's
// pattern budget (Options.PatternBudget), whichever is less; a record whose
// budget is spent is quarantined naming "pattern_budget".
func (r *Redactor) runPatterns(dst []byte, base int) ([]byte, error) {
	for pi := range r.e.patterns {
		p := &r.e.patterns[pi]
		if !p.wanted(dst[base:]) {
			continue
		}
		re := r.res[pi]
		r.toRunes(dst[base:])
		m, err := r.find(p, re, nil)
		if err != nil {
			return dst, err
		}
		if m == nil {
			continue
		}
		r.patBuf = append(r.patBuf[:0], dst[base:]...)
		in := r.patBuf
		dst = dst[:base]
		last := 0
		for m != nil {
			if s := int(r.roffs[m.Index]); m.Length > 0 && s >= last {
				t := int(r.roffs[m.Index+m.Length])
				dst = append(dst, in[last:s]...)
				// What an earlier pass wrote stays as it is.
				if p.inWritten(r.e, in, s, t) {
					dst = append(dst, in[s:t]...)
					last = t
					if m, err = r.find(p, re, m); err != nil {
						return dst, err
					}
					continue
				}
				if p.act == ActHash {
					dst = r.appendHash(dst, in[s:t])
				} else {
					dst = append(dst, p.token...)
				}
				last = t
				r.stats.Patterns[pi]++
			}
			if m, err = r.find(p, re, m); err != nil {
				return dst, err
			}
		}
		dst = append(dst, in[last:]...)
	}
	return dst, nil
}

// How find times a match (pattern.go).
const (
	// quickMatch is the wall time a first, unmeasured run of a match may
	// take: one that finishes within it is accepted and charged its wall
	// time, with no CPU clock read (a system call, 0.2-3µs).
	quickMatch = time.Millisecond
	// matchAttempts bounds the measured runs of one match: the first with
	// the allowance as wall time, the others stretched.
	matchAttempts = 5
	// maxStretch bounds a measured retry's wall time, as a multiple of the
	// allowance: a retry needs the allowance divided by the share of a
	// CPU the thread got, and at most this much.
	maxStretch = 32
)

// find returns re's first match in r.runes (prev nil) or the one after
// prev, within p's timeout and what is left of the record's pattern
// budget (Options.PatternBudget): its allowance.
//
// The allowance is CPU time of the matching thread, not wall time, so
// that whether a record is quarantined does not depend on machine load:
// time the thread spends descheduled (other goroutines, other processes)
// does not count. regexp2 stops a match only at a wall-clock deadline, so:
//
//   - A first run gets quickMatch of wall time (or the allowance, if
//     less). If it finishes within that, it cannot have used more CPU
//     than its allowance: it is accepted and charged its wall time. Most
//     matches end here.
//   - Otherwise the match runs again from the start on a locked OS thread
//     whose CPU clock is read around it, with the allowance as its
//     deadline. If it used more CPU than its allowance it is a timeout,
//     finished or not, as it would be on an idle machine. If it timed out
//     having used less (it was descheduled, or regexp2's clock ran ahead
//     of the work) it is run again with a deadline stretched by the share
//     of a CPU it got (at most maxStretch times the allowance,
//     matchAttempts runs in all), and charged the CPU time of the run
//     that counts.
//
// On an idle machine a timeout costs its allowance plus about quickMatch;
// on a loaded one up to about 65 allowances of wall time. Only a thread
// that got less than about a thirty-second of a CPU for all its runs can
// still be quarantined by load. The price: a stretched run is stopped only
// at its wall deadline, so if the load goes away during it, it can use up
// to that much CPU (at most maxStretch allowances) before it is found to
// be a timeout. Outside Linux the clock is wall time.
//
// A timeout is a quarantine naming the pattern, or pattern_budget when
// the budget was the smaller allowance.
func (r *Redactor) find(p *compiledPattern, re *regexp2.Regexp, prev *regexp2.Match) (*regexp2.Match, error) {
	allow, budget := p.timeout, false
	if left := r.e.patBudget - r.patSpent; left < allow {
		allow, budget = left, true
	}
	// timeout is the quarantine, built only when it is one.
	timeout := func() error {
		if budget {
			return budgetError()
		}
		return &QuarantineError{Reason: ReasonRegexTimeout, Detail: p.name}
	}
	if allow <= 0 {
		return nil, timeout()
	}
	quick := min(allow, quickMatch)
	re.MatchTimeout = quick
	w0 := time.Now()
	m, err := runPattern(re, r.runes, prev)
	if took := time.Since(w0); err == nil && took <= quick {
		r.patSpent += took
		return m, nil
	}

	runtime.LockOSThread() // threadCPU is this thread's clock
	defer runtime.UnlockOSThread()
	wall := allow
	for attempt := 1; ; attempt++ {
		// Let regexp2's clock goroutine run before a deadline is taken
		// from it.
		runtime.Gosched()
		re.MatchTimeout = wall
		c0, w0 := threadCPU(), time.Now()
		m, err := runPattern(re, r.runes, prev)
		cpu, took := threadCPU()-c0, time.Since(w0)
		switch {
		case cpu > allow:
			return nil, timeout()
		case err == nil:
			r.patSpent += cpu
			return m, nil
		case attempt == matchAttempts:
			return nil, timeout()
		}
		stretch := float64(maxStretch)
		if cpu > 0 {
			stretch = min(stretch, 3*float64(took)/float64(cpu))
		}
		wall = time.Duration(float64(allow) * max(stretch, 2))
	}
}

// runPattern runs re on runes (prev nil) or after prev. regexp2 fails at run
// time only on timeouts, and its error text quotes the input: callers
// drop it.
func runPattern(re *regexp2.Regexp, runes []rune, prev *regexp2.Match) (*regexp2.Match, error) {
	if prev == nil {
		return re.FindRunesMatch(runes)
	}
	return re.FindNextMatch(prev)
}

func budgetError() error {
	return &QuarantineError{Reason: ReasonRegexTimeout, Detail: "pattern_budget"}
}

// patternOptions are the regexp2 options of every user pattern.
const patternOptions = regexp2.None

// copyPatterns compiles this Redactor's own copy of every pattern: the
// match timeout is a field of the regexp, set before each match, and a
// Redactor is used by one goroutine only.
func (e *Engine) copyPatterns() []*regexp2.Regexp {
	res := make([]*regexp2.Regexp, len(e.patterns))
	for i, p := range e.patterns {
		re, err := regexp2.Compile(p.re.String(), patternOptions)
		if err != nil {
			panic("BUG: pattern " + p.name + " compiled once and not again: " + err.Error())
		}
		re.MatchTimeout = p.timeout
		res[i] = re
	}
	return res
}

// toRunes decodes b into r.runes the way a Go string-to-[]rune conversion
// does (one U+FFFD per invalid byte) and records each rune's byte offset in
// r.roffs, plus len(b) at the end, so regexp2's rune indexes map back to
// bytes.
func (r *Redactor) toRunes(b []byte) {
	r.runes, r.roffs = r.runes[:0], r.roffs[:0]
	for i := 0; i < len(b); {
		c, n := rune(b[i]), 1
		if c >= utf8.RuneSelf {
			c, n = utf8.DecodeRune(b[i:])
		}
		r.runes = append(r.runes, c)
		r.roffs = append(r.roffs, int32(i))
		i += n
	}
	r.roffs = append(r.roffs, int32(len(b)))
}
