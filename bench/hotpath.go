// Package bench measures redactd's hot paths on the generated corpus
// (internal/corpus) and guards their speed: each hot path is expressed as a
// ratio to a reference loop over the same bytes, measured in the same
// process, so that machine speed cancels out (see Guard).
//
// The benchmarks themselves are in bench_test.go (go test -bench . ./bench);
// the cases they run are built here so that the guard program
// (go run ./bench/guard) runs exactly the same code.
package bench

import (
	"errors"
	"fmt"
	"regexp"
	"testing"

	"github.com/redactd/redactd/bench/realistic"
	"github.com/redactd/redactd/internal/corpus"
	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

// Seed is the corpus seed of every benchmark.
const Seed = 20261123

// RecordsPerOp is how many records one benchmark operation processes.
const RecordsPerOp = 256

// BatchBytes is the size of the batch BenchmarkEncodeZstd compresses: two
// zstd blocks, enough for the encoder to reach its steady speed, and small
// enough that the guard's measurement does not swing with the cache
// pressure of neighbours on a shared machine (1 MiB batches varied by 25%
// between runs on a loaded 2-core runner, 256 KiB by 3%).
const BatchBytes = 256 << 10

// Case is one measured loop over a fixed set of records. Op processes every
// record once; Ref does the reference work (a byte-by-byte copy) over the
// same records.
type Case struct {
	Name    string
	Guarded bool   // hot path under the guard (else shown for information)
	Records int    // records per op
	Bytes   int64  // input bytes per op
	Op      func() // one operation; must not allocate if Guarded
	Ref     func() // the reference loop over the same bytes
	// Check runs each record once outside the timed loop and returns an
	// error when the case would measure something else than intended
	// (a record quarantined by the engine, for instance).
	Check func() error
}

// Selftest names a regression the guard must catch, injected into every
// guarded hot path (see SelftestEnv).
type Selftest string

const (
	SelftestNone  Selftest = ""
	SelftestSlow  Selftest = "slow"  // each op does its work twice: half the speed
	SelftestAlloc Selftest = "alloc" // one heap allocation per record
)

// SelftestEnv is the environment variable that injects a regression into
// the guarded hot paths, to show the guard fails: slow or alloc.
const SelftestEnv = "REDACTD_GUARD_SELFTEST"

// ParseSelftest checks a selftest name.
func ParseSelftest(s string) (Selftest, error) {
	switch Selftest(s) {
	case SelftestNone, SelftestSlow, SelftestAlloc:
		return Selftest(s), nil
	}
	return "", fmt.Errorf("invalid %s %q: want slow or alloc", SelftestEnv, s)
}

// allocSink makes the injected allocation escape.
var allocSink []byte

// RecordSet returns the records of a case: RecordsPerOp records of the
// given kinds, drawn in turn, from the corpus with Seed.
func RecordSet(kinds ...corpus.Kind) [][]byte {
	g := corpus.New(Seed)
	out := make([][]byte, RecordsPerOp)
	for i := range out {
		out[i] = g.Next(kinds[i%len(kinds)]).Value
	}
	return out
}

// MixBatch returns about BatchBytes of newline-delimited records from the
// corpus mix, as the pipeline hands them to the encoder, and the number of
// records in it.
func MixBatch() ([]byte, int) {
	g := corpus.New(Seed)
	var b []byte
	n := 0
	for len(b) < BatchBytes {
		b = append(b, g.Mix().Value...)
		b = append(b, '\n')
		n++
	}
	return b, n
}

func size(recs [][]byte) int64 {
	var n int64
	for _, r := range recs {
		n += int64(len(r))
	}
	return n
}

// copyRef returns the reference loop over recs: copy every record byte by
// byte into a reused buffer. It is a plain loop over the same bytes that
// runs on the same core resources as the scanners (one load, one store and a
// branch per byte; no SIMD memmove), so it slows down and speeds up with
// the machine the way the hot paths do.
func copyRef(recs [][]byte) func() {
	dst := make([]byte, 0, 1<<16)
	return func() {
		for _, r := range recs {
			dst = dst[:0]
			for _, c := range r {
				dst = append(dst, c)
			}
		}
		refSink += len(dst)
	}
}

var refSink int

// hashRef returns the reference loop of the encoder: the match-finder core
// of an LZ77 compressor (hash every 4-byte window into a 2^17-entry table),
// over the same batch. Like zstd it does a random table access per byte, so
// it is slowed by the same cache pressure from neighbours on a shared
// machine, which a byte copy is not.
func hashRef(batch []byte) func() {
	tbl := make([]uint32, 1<<17)
	return func() {
		for i := 0; i+4 <= len(batch); i++ {
			v := uint32(batch[i]) | uint32(batch[i+1])<<8 | uint32(batch[i+2])<<16 | uint32(batch[i+3])<<24
			tbl[(v*2654435761)>>15] = uint32(i)
		}
		refSink += int(tbl[0])
	}
}

// Engine compiles the built-in default policy.
func Engine() (*redact.Engine, error) {
	return redact.New(rules.Default().Redact)
}

// redactCase measures redact.Redactor.Redact under the default policy with
// FormatAuto, as the pipeline calls it.
func redactCase(name string, eng *redact.Engine, st Selftest, kinds ...corpus.Kind) Case {
	recs := RecordSet(kinds...)
	r := eng.NewRedactor()
	dst := make([]byte, 0, 1<<16)
	op := func() {
		for _, rec := range recs {
			dst, _ = r.Redact(dst[:0], rec, redact.FormatAuto)
		}
	}
	switch st {
	case SelftestSlow:
		op = func() {
			for _, rec := range recs {
				dst, _ = r.Redact(dst[:0], rec, redact.FormatAuto)
				dst, _ = r.Redact(dst[:0], rec, redact.FormatAuto)
			}
		}
	case SelftestAlloc:
		op = func() {
			for _, rec := range recs {
				dst, _ = r.Redact(dst[:0], rec, redact.FormatAuto)
				allocSink = make([]byte, 8)
			}
		}
	}
	check := func() error {
		var errs []error
		for i, rec := range recs {
			var err error
			if dst, err = r.Redact(dst[:0], rec, redact.FormatAuto); err != nil {
				errs = append(errs, fmt.Errorf("%s: record %d quarantined: %w", name, i, err))
			}
		}
		return errors.Join(errs...)
	}
	return Case{Name: name, Guarded: true, Records: len(recs), Bytes: size(recs), Op: op, Ref: copyRef(recs), Check: check}
}

// encodeCase measures sinks.Encoder.Encode (zstd, default level) on one
// batch, reusing the encoder and the output buffer as the pipeline does.
func encodeCase(st Selftest) (Case, error) {
	batch, n := MixBatch()
	enc, err := sinks.NewEncoder(sinks.CodecZstd, 0)
	if err != nil {
		return Case{}, err
	}
	dst := make([]byte, 0, len(batch))
	op := func() { dst = enc.Encode(dst[:0], batch) }
	switch st {
	case SelftestSlow:
		op = func() {
			dst = enc.Encode(dst[:0], batch)
			dst = enc.Encode(dst[:0], batch)
		}
	case SelftestAlloc:
		op = func() {
			dst = enc.Encode(dst[:0], batch)
			for i := 0; i < n; i++ {
				allocSink = make([]byte, 8)
			}
		}
	}
	check := func() error {
		dst = enc.Encode(dst[:0], batch)
		if len(dst) == 0 || len(dst) >= len(batch) {
			return fmt.Errorf("EncodeZstd: %d bytes encoded into %d", len(batch), len(dst))
		}
		return nil
	}
	return Case{Name: "EncodeZstd", Guarded: true, Records: n, Bytes: int64(len(batch)), Op: op,
		Ref: hashRef(batch), Check: check}, nil
}

// NaivePatterns is the naive baseline: one stdlib regexp for IPv4, IPv6,
// e-mail and phone numbers, the way regex-only tools are configured.
var NaivePatterns = []string{
	`\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b`,
	`(?i)(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,7}:|(?:[0-9a-f]{1,4}:){1,6}:[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,5}(?::[0-9a-f]{1,4}){1,2}|(?:[0-9a-f]{1,4}:){1,4}(?::[0-9a-f]{1,4}){1,3}|(?:[0-9a-f]{1,4}:){1,3}(?::[0-9a-f]{1,4}){1,4}|(?:[0-9a-f]{1,4}:){1,2}(?::[0-9a-f]{1,4}){1,5}|[0-9a-f]{1,4}:(?::[0-9a-f]{1,4}){1,6}|:(?:(?::[0-9a-f]{1,4}){1,7}|:)`,
	`[A-Za-z0-9._%+-]+(?:@|%40|%2540)[A-Za-z0-9.-]+\.[A-Za-z]{2,}`,
	`\+?\d{1,3}[ .-]?\(?\d{2,4}\)?[ .-]?\d{3,4}[ .-]?\d{3,4}`,
}

func naiveCase(kinds ...corpus.Kind) Case {
	recs := RecordSet(kinds...)
	res := make([]*regexp.Regexp, len(NaivePatterns))
	for i, p := range NaivePatterns {
		res[i] = regexp.MustCompile(p)
	}
	repl := []byte("[redacted]")
	op := func() {
		for _, rec := range recs {
			out := rec
			for _, re := range res {
				out = re.ReplaceAll(out, repl)
			}
			allocSink = out
		}
	}
	return Case{Name: "NaiveRegexp", Records: len(recs), Bytes: size(recs), Op: op, Ref: copyRef(recs),
		Check: func() error { return nil }}
}

// Text, JSON, CDR and DNS are the record kinds of each redaction case.
var (
	TextKinds = []corpus.Kind{corpus.Nginx, corpus.Nginx, corpus.Nginx, corpus.CloudFront} // the CDN topic's share
	JSONKinds = []corpus.Kind{corpus.Audit, corpus.Telemetry}
)

// Cases returns the guarded hot paths (RedactText, RedactJSON, RedactCDR,
// RedactDNS, EncodeZstd) and, when naive is set, the NaiveRegexp baseline.
// st injects a regression into the guarded ones.
func Cases(st Selftest, naive bool) ([]Case, error) {
	eng, err := Engine()
	if err != nil {
		return nil, fmt.Errorf("cannot compile the default policy: %w", err)
	}
	cs := []Case{
		redactCase("RedactText", eng, st, TextKinds...),
		redactCase("RedactJSON", eng, st, JSONKinds...),
		redactCase("RedactCDR", eng, st, corpus.CDR),
		redactCase("RedactDNS", eng, st, corpus.DNS),
	}
	enc, err := encodeCase(st)
	if err != nil {
		return nil, err
	}
	cs = append(cs, enc)
	for _, fc := range formatCases {
		c, err := formatCase(eng, fc.corpus, fc.format)
		if err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	if naive {
		cs = append(cs, naiveCase(TextKinds...))
	}
	return cs, nil
}

// formatCases are the format parsers measured for information: a stream of
// the realistic corpus read with its declared format, as the pipeline reads
// a topic whose format the policy names.
var formatCases = []struct{ corpus, format string }{
	{"combined_xff", "combined"},
	{"cloudfront", "cloudfront"},
	{"asterisk_csv", "asterisk"},
	{"webhook_form", "auto"},
}

// formatCase measures redact.Redactor.Redact with a declared text format
// on the records of one realistic-corpus format (header lines included).
func formatCase(eng *redact.Engine, name, format string) (Case, error) {
	rf, ok := rules.ParseRecordFormat(format)
	if !ok {
		return Case{}, fmt.Errorf("BUG: unknown format %q", format)
	}
	var recs [][]byte
	for _, st := range realistic.Corpus(Seed, 8, RecordsPerOp/8) {
		if st.Format != name {
			continue
		}
		for _, r := range st.Records {
			recs = append(recs, r.Line)
		}
	}
	if len(recs) == 0 {
		return Case{}, fmt.Errorf("BUG: no realistic records of %q", name)
	}
	r := eng.NewRedactor()
	if err := rf.Apply(r); err != nil {
		return Case{}, err
	}
	dst := make([]byte, 0, 1<<16)
	op := func() {
		for _, rec := range recs {
			dst, _ = r.Redact(dst[:0], rec, rf.Format)
		}
	}
	check := func() error {
		for i, rec := range recs {
			var err error
			if dst, err = r.Redact(dst[:0], rec, rf.Format); err != nil {
				return fmt.Errorf("Format/%s: record %d quarantined: %w", format, i, err)
			}
		}
		return nil
	}
	return Case{Name: "Format/" + format, Records: len(recs), Bytes: size(recs), Op: op, Ref: copyRef(recs), Check: check}, nil
}

// Bench returns the benchmark function that runs op, reporting bytes,
// allocations and records/s.
func Bench(c Case, op func()) func(b *testing.B) {
	return func(b *testing.B) {
		b.SetBytes(c.Bytes)
		b.ReportAllocs()
		for b.Loop() {
			op()
		}
		b.ReportMetric(float64(c.Records)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
	}
}
