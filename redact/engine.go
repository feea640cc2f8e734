package redact

// Engine is a compiled policy. It is safe for concurrent use.
type Engine struct {
	opts Options
}

// New compiles opts. It returns every problem it finds, joined.
//
// STUB: replaced by the engine owner.
func New(opts Options) (*Engine, error) {
	return &Engine{opts: opts}, nil
}

// KeyID is the pseudonym key id written into hashes ("" when no key).
func (e *Engine) KeyID() string { return e.opts.HashKeyID }

// NewRedactor returns a Redactor for one goroutine.
func (e *Engine) NewRedactor() *Redactor {
	return &Redactor{e: e}
}

// Redactor redacts records one at a time. It is not safe for concurrent use.
type Redactor struct {
	e     *Engine
	stats Stats
}

// Redact appends the redacted form of src to dst and returns it. src is one
// record without its trailing newline. On error (always a *QuarantineError)
// the returned slice is dst unchanged and nothing of src may be archived.
// It does not allocate in steady state.
//
// STUB: replaced by the engine owner.
func (r *Redactor) Redact(dst, src []byte, f Format) ([]byte, error) {
	return dst, &QuarantineError{Reason: ReasonParse, Detail: "engine not built yet"}
}

// Stats returns the counts of the last Redact call. The pointer stays valid
// for the Redactor's life; its contents change with every call.
func (r *Redactor) Stats() *Stats { return &r.stats }

// JSONField returns the raw value at path (dotted, e.g. "meta.log_type") in
// the JSON object rec: string values without their quotes (and unescaped
// only when they hold no escapes), other scalars as written. It does not
// allocate. ok is false when rec is not a JSON object or has no such field.
//
// STUB: replaced by the engine owner.
func JSONField(rec []byte, path string) (v []byte, ok bool) { return nil, false }
