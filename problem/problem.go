// Package problem is the one error type for configuration and policy
// mistakes. Every validator (the policy file in rules, the pipeline's
// configuration, the archive's options in sinks, the daemon's file and flags
// in cmd) reports a *Problem, so a caller attaches where a value came from
// by setting fields, never by taking a message apart, and every problem
// reads the same:
//
//	FILE:LINE: key PATH: value "V": reason
//	flag --NAME: key PATH: value "V": reason
//
// where the location, key and value parts are left out when unknown.
package problem

import (
	"errors"
	"strconv"
	"strings"
)

// Problem is one thing wrong with a configuration or policy value.
type Problem struct {
	File string // the file the value was read from; "" when unknown
	Line int    // 1-based line in File; 0 when the problem concerns the whole file
	Flag string // the command-line flag that set the value (without "--"); wins over File
	Key  string // dotted path of the key, such as "batch.codec" or "fields[2].path"
	// Value is the offending value as written; HasValue tells an empty
	// Value ("") from no value at all (a missing key, a secret).
	Value    string
	HasValue bool
	Reason   string // what is wrong, and when it helps, what would be right
}

// At returns a problem with key that shows no value.
func At(key, reason string) *Problem { return &Problem{Key: key, Reason: reason} }

// Value returns a problem with key and its value as written.
func Value(key, value, reason string) *Problem {
	return &Problem{Key: key, Value: value, HasValue: true, Reason: reason}
}

// maxShownValue bounds how much of a value a message quotes.
const maxShownValue = 80

// Error formats the problem; this is the one place that does.
func (p *Problem) Error() string {
	var b strings.Builder
	switch {
	case p.Flag != "":
		b.WriteString("flag --")
		b.WriteString(p.Flag)
		b.WriteString(": ")
	case p.File != "":
		b.WriteString(p.File)
		if p.Line > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(p.Line))
		}
		b.WriteString(": ")
	}
	if p.Key != "" {
		b.WriteString("key ")
		b.WriteString(p.Key)
		b.WriteString(": ")
	}
	if p.HasValue {
		v := p.Value
		if len(v) > maxShownValue {
			v = v[:maxShownValue] + "..."
		}
		b.WriteString("value ")
		b.WriteString(strconv.Quote(v))
		b.WriteString(": ")
	}
	b.WriteString(p.Reason)
	return b.String()
}

// Join returns the problems as one error (errors.Join), nil when there are
// none.
func Join(ps []*Problem) error {
	if len(ps) == 0 {
		return nil
	}
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = p
	}
	return errors.Join(errs...)
}

// All returns the problems inside err in order, looking through
// errors.Join trees and %w wrapping (whose added text it drops). A leaf
// that is not a Problem becomes one whose Reason is its message, so that a
// caller can attach a location to every leaf. The Problems are err's own,
// not copies.
func All(err error) []*Problem {
	switch e := err.(type) {
	case nil:
		return nil
	case *Problem:
		return []*Problem{e}
	case interface{ Unwrap() []error }:
		var out []*Problem
		for _, x := range e.Unwrap() {
			out = append(out, All(x)...)
		}
		return out
	case interface{ Unwrap() error }:
		if inner := e.Unwrap(); inner != nil {
			return All(inner)
		}
	}
	return []*Problem{{Reason: err.Error()}}
}
