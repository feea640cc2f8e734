// Package rules reads, validates and compiles a redaction policy file:
// detectors and actions, field rules, custom patterns, retention classes and
// routing, and the tests embedded in the file.
package rules

import "github.com/redactd/redactd/redact"

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
