package bench

import (
	"runtime"
	"slices"
	"strconv"
	"testing"

	"github.com/klauspost/compress/zstd"

	"github.com/redactd/redactd/internal/corpus"
	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/sinks"
)

// BenchmarkZstdLevel compresses the archive's batches (the corpus mix,
// redacted, one batch per topic as the daemon groups them) at each zstd
// level the configuration accepts as a default candidate, reporting
// MB/s of input and the compression ratio. It is how batch.zstd_level's
// default was chosen (README: the batch.* configuration row).
func BenchmarkZstdLevel(b *testing.B) {
	byTopic, total := redactedBatches(b)
	for _, level := range []int{1, 3, 6} { // klauspost/compress: 1 fastest, 2-3 default, 4-7 better
		b.Run("level="+strconv.Itoa(level), func(b *testing.B) {
			enc, err := sinks.NewEncoder(sinks.CodecZstd, level)
			if err != nil {
				b.Fatal(err)
			}
			defer enc.Close()
			var dst []byte
			b.SetBytes(int64(total))
			b.ReportAllocs()
			out := 0
			for b.Loop() {
				out = 0
				for _, src := range byTopic {
					dst = enc.Encode(dst[:0], src)
					out += len(dst)
				}
			}
			b.ReportMetric(float64(total)/float64(out), "ratio")
		})
	}
}

// redactedBatches returns 8 MiB of the corpus mix, redacted and grouped by
// topic as the daemon batches it, and its size.
func redactedBatches(b *testing.B) (byTopic map[string][]byte, total int) {
	eng, err := redact.New(redact.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	r := eng.NewRedactor()
	g := corpus.New(Seed)
	byTopic = map[string][]byte{}
	for total < 8<<20 {
		rec := g.Mix()
		out, err := r.Redact(nil, rec.Value, redact.FormatAuto)
		if err != nil {
			continue // quarantined: not archived
		}
		byTopic[rec.Topic] = append(append(byTopic[rec.Topic], out...), '\n')
		total += len(out) + 1
	}
	return byTopic, total
}

// BenchmarkZstdOptions compresses the same batches as BenchmarkZstdLevel
// at level 1 with the encoder options klauspost/compress offers for speed
// or memory, against the settings sinks.NewEncoder uses ("sinks"), on the
// thread's CPU time (cpu-MB/s) so that a loaded machine does not decide.
// On the corpus none was faster beyond noise at the same ratio (README,
// batch.* row), so sinks keeps its settings.
func BenchmarkZstdOptions(b *testing.B) {
	byTopic, total := redactedBatches(b)
	base := []zstd.EOption{zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1), zstd.WithZeroFrames(true)}
	for _, c := range []struct {
		name string
		opts []zstd.EOption
	}{
		{"sinks", nil},
		{"window=1MiB", []zstd.EOption{zstd.WithWindowSize(1 << 20)}},
		{"window=4MiB", []zstd.EOption{zstd.WithWindowSize(4 << 20)}},
		{"lower-mem", []zstd.EOption{zstd.WithLowerEncoderMem(true)}},
		{"no-all-literal-entropy", []zstd.EOption{zstd.WithAllLitEntropyCompression(false)}},
		{"no-entropy", []zstd.EOption{zstd.WithNoEntropyCompression(true)}},
		{"no-crc", []zstd.EOption{zstd.WithEncoderCRC(false)}},
	} {
		b.Run(c.name, func(b *testing.B) {
			enc, err := zstd.NewWriter(nil, append(slices.Clone(base), c.opts...)...)
			if err != nil {
				b.Fatal(err)
			}
			defer enc.Close()
			var dst []byte
			b.SetBytes(int64(total))
			b.ReportAllocs()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			t0 := threadTime()
			out := 0
			for b.Loop() {
				out = 0
				for _, src := range byTopic {
					dst = enc.EncodeAll(src, dst[:0])
					out += len(dst)
				}
			}
			b.ReportMetric(float64(total)/float64(out), "ratio")
			b.ReportMetric(float64(total)*float64(b.N)/1e6/(threadTime()-t0).Seconds(), "cpu-MB/s")
		})
	}
}
