// Package corpus is where the labelled record generator used to live; it
// is now github.com/redactd/redactd/internal/corpus, shared by the demo,
// the tests and the benchmarks, so that bench/ is a leaf that no production
// code imports.
//
// Deprecated: import internal/corpus. These aliases remain only for the
// tests of package redact that still import this path; delete the package
// once they are moved over.
package corpus

import "github.com/redactd/redactd/internal/corpus"

type (
	Kind   = corpus.Kind
	Record = corpus.Record
	Gen    = corpus.Gen
)

// NumKinds is corpus.NumKinds.
const NumKinds = corpus.NumKinds

// New is corpus.New.
func New(seed uint64) *Gen { return corpus.New(seed) }
