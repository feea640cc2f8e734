// Package rules reads, validates and compiles a redaction policy file:
// detectors and actions, field rules, custom patterns, retention classes and
// routing, and the tests embedded in the file.
package rules

import (
	"time"

	"github.com/redactd/redactd/redact"
)

// Class is a retention class: records tagged with it are kept Days days.
type Class struct {
	Name string
	Days int
}

// Policy is a compiled policy file.
type Policy struct {
	// Source is the file the policy came from ("<default>" for the built-in one).
	Source string
	// Version identifies the policy content (a short hash of the file), and
	// is written into every archive object's metadata.
	Version string
	Redact  redact.Options
	Classes []Class
	// DefaultClass is the index in Classes used when no route matches.
	DefaultClass int
	// TimestampField, when set, names the JSON field holding record time
	// (RFC 3339 or epoch seconds/milliseconds); otherwise Kafka's timestamp.
	TimestampField string

	// fields owned by the rules implementation (routes, tests) follow.
}

// DefaultClasses are the built-in retention classes.
func DefaultClasses() []Class {
	return []Class{{"technical", 30}, {"access", 90}, {"audit", 365}}
}

// Default returns the built-in policy: every detector on, IPs truncated to
// /24 and /48, everything else masked, the default classes.
//
// STUB: replaced by the rules owner (embedded default.yaml).
func Default() *Policy {
	return &Policy{Source: "<default>", Version: "default", Redact: redact.DefaultOptions(), Classes: DefaultClasses()}
}

// Load reads and compiles the policy file at path.
//
// STUB: replaced by the rules owner.
func Load(path string) (*Policy, error) { return Default(), nil }

// Classify returns the index in p.Classes of the class for a record read
// from topic. It does not allocate.
//
// STUB: replaced by the rules owner.
func (p *Policy) Classify(topic string, rec []byte) int { return p.DefaultClass }

// RecordTime returns the record time from TimestampField, ok=false when the
// policy names no field or the record has no usable value (then the caller
// uses the Kafka timestamp). It does not allocate.
//
// STUB: replaced by the rules owner.
func (p *Policy) RecordTime(rec []byte) (t time.Time, ok bool) { return time.Time{}, false }
