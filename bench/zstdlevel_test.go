package bench

import (
	"strconv"
	"testing"

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
	eng, err := redact.New(redact.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	r := eng.NewRedactor()
	g := corpus.New(Seed)
	byTopic := map[string][]byte{}
	total := 0
	for total < 8<<20 {
		rec := g.Mix()
		out, err := r.Redact(nil, rec.Value, redact.FormatAuto)
		if err != nil {
			continue // quarantined: not archived
		}
		byTopic[rec.Topic] = append(append(byTopic[rec.Topic], out...), '\n')
		total += len(out) + 1
	}
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
