package bench

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"io"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/redactd/redactd/internal/corpus"
	"github.com/redactd/redactd/pipeline"
	"github.com/redactd/redactd/pipeline/kafkatest"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

// The whole path on loopback: an in-process kfake broker holding a corpus
// mix, the real pipeline consuming it through its consumer group into a
// file archive or MinIO, and the plain kafka-go reader consuming the same
// records as the ceiling. Run with
//
//	go test -run '^$' -bench 'Pipeline|KafkaGoConsume' -benchtime 1x ./bench
var e2eRecords = flag.Int("e2e-records", 100_000, "records the whole-path benchmarks produce and consume")

// e2eZstdLevel sets batch.zstd_level for the whole-path benchmark.
var e2eZstdLevel = flag.Int("e2e-zstd-level", 0, "batch.zstd_level of the whole-path benchmark (0: the configuration's default)")

// e2ePartitions is the partition count of every corpus topic.
const e2ePartitions = 2

// e2eCorpus is a kfake broker seeded with n records of the corpus mix.
type e2eCorpus struct {
	addr  string
	n     int
	bytes int64
	// ends[topic][partition] is the number of records in that partition.
	ends map[string][]int64
}

func newE2ECorpus(tb testing.TB, n int) *e2eCorpus {
	tb.Helper()
	topics := map[string]int{}
	for _, t := range corpus.Topics() {
		topics[t] = e2ePartitions
	}
	addr, _ := kafkatest.Start(tb, topics)
	c := &e2eCorpus{addr: addr, n: n, ends: map[string][]int64{}}
	byTopic := map[string][]kafkatest.Record{}
	g := corpus.New(Seed)
	for i := 0; i < n; i++ {
		r := g.Mix()
		p := int32(r.ID % e2ePartitions)
		byTopic[r.Topic] = append(byTopic[r.Topic], kafkatest.Record{Partition: p, Value: r.Value, Time: r.Time})
		if c.ends[r.Topic] == nil {
			c.ends[r.Topic] = make([]int64, e2ePartitions)
		}
		c.ends[r.Topic][p]++
		c.bytes += int64(len(r.Value))
	}
	for t, recs := range byTopic {
		for len(recs) > 0 { // in slices, so the producer's memory stays bounded
			k := min(len(recs), 20_000)
			kafkatest.Produce(tb, addr, t, recs[:k])
			recs = recs[k:]
		}
	}
	return c
}

// procStatus returns a field of /proc/self/status in MiB (0 if unknown).
func procStatus(field string) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		rest, ok := bytes.CutPrefix(sc.Bytes(), []byte(field+":"))
		if !ok {
			continue
		}
		f := bytes.Fields(rest)
		if len(f) == 0 {
			return 0
		}
		kb, err := strconv.ParseFloat(string(f[0]), 64)
		if err != nil {
			return 0
		}
		return kb / 1024
	}
	return 0
}

// resetPeakRSS makes VmHWM start again from the current RSS (Linux).
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

var groupSeq int

// runPipeline runs the real pipeline over the whole corpus with a fresh
// consumer group and returns when every record is archived (or was
// quarantined or dead-lettered); it returns the time that took and the time
// to the first record (group join and first fetch).
func runPipeline(tb testing.TB, c *e2eCorpus, arch sinks.Archive) (total, join time.Duration, snap pipeline.Snapshot) {
	tb.Helper()
	cfg := pipeline.DefaultConfig()
	cfg.Brokers = []string{c.addr}
	cfg.Topics = corpus.Topics()
	groupSeq++
	cfg.Group = "bench-" + strconv.Itoa(groupSeq)
	cfg.GroupTimeouts = pipeline.GroupTimeouts{Session: 6 * time.Second, Rebalance: 6 * time.Second,
		Heartbeat: 200 * time.Millisecond, JoinBackoff: 100 * time.Millisecond}
	cfg.Batch.IdleTimeout = 200 * time.Millisecond
	if *e2eZstdLevel != 0 {
		cfg.Batch.ZstdLevel = *e2eZstdLevel
	}
	cfg.MetricsAddr = ""
	p, err := pipeline.New(cfg, rules.Default(), arch, pipeline.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	if err != nil {
		tb.Fatal(err)
	}
	start := time.Now()
	p.Start(context.Background())
	defer func() {
		if err := p.Close(); err != nil {
			tb.Errorf("pipeline: %v", err)
		}
	}()
	deadline := start.Add(10 * time.Minute)
	for {
		snap = p.Snapshot()
		if join == 0 && snap.RecordsIn > 0 {
			join = time.Since(start)
		}
		done := snap.DeadLettered
		for _, n := range snap.RecordsOut {
			done += n
		}
		for _, n := range snap.Quarantined {
			done += n
		}
		if done >= int64(c.n) {
			return time.Since(start), join, snap
		}
		if time.Now().After(deadline) {
			tb.Fatalf("pipeline archived %d of %d records in 10 minutes", done, c.n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func checkSnapshot(tb testing.TB, c *e2eCorpus, s pipeline.Snapshot) {
	tb.Helper()
	var out int64
	for _, n := range s.RecordsOut {
		out += n
	}
	if out != int64(c.n) || s.RecordsIn != int64(c.n) {
		tb.Fatalf("records in %d, archived %d, want %d each (quarantined %v, dead-lettered %d)",
			s.RecordsIn, out, c.n, s.Quarantined, s.DeadLettered)
	}
}

// BenchmarkPipeline is the whole path: kfake -> pipeline (consumer group,
// redaction, classes, zstd batches) -> archive. One op consumes the whole
// corpus (-e2e-records) with a fresh consumer group. Reported: records/s and
// MB/s from start to the last record archived, the join time, and the peak
// RSS during the run (VmHWM; it includes kfake's copy of the records, shown
// as base-RSS-MB).
func BenchmarkPipeline(b *testing.B) {
	c := newE2ECorpus(b, *e2eRecords)
	b.Run("dir", func(b *testing.B) {
		benchPipeline(b, c, func(b *testing.B) sinks.Archive {
			d, err := sinks.NewDir(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			return d
		})
	})
	b.Run("minio", func(b *testing.B) {
		srv := s3test.Start(b)
		benchPipeline(b, c, func(b *testing.B) sinks.Archive {
			a, err := sinks.NewS3(srv.Client(), srv.NewBucket(b), "", sinks.OpenOptions{
				Endpoint: srv.Endpoint, Region: srv.Region, Credentials: srv.Credentials(),
				Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
			})
			if err != nil {
				b.Fatal(err)
			}
			return a
		})
	})
}

func benchPipeline(b *testing.B, c *e2eCorpus, newArchive func(*testing.B) sinks.Archive) {
	b.SetBytes(c.bytes)
	b.ResetTimer() // the broker, the corpus and the archive server are set up
	var total, join time.Duration
	var peak, base float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		arch := newArchive(b)
		base = max(base, procStatus("VmRSS"))
		resetPeakRSS()
		b.StartTimer()
		t, j, snap := runPipeline(b, c, arch)
		b.StopTimer()
		peak = max(peak, procStatus("VmHWM"))
		checkSnapshot(b, c, snap)
		total += t
		join += j
		b.StartTimer()
	}
	b.ReportMetric(float64(c.n)*float64(b.N)/total.Seconds(), "records/s")
	b.ReportMetric(join.Seconds()/float64(b.N), "join-s")
	b.ReportMetric(peak, "peak-RSS-MB")
	b.ReportMetric(base, "base-RSS-MB")
}

// BenchmarkKafkaGoConsume is the ceiling: kafka-go readers (one per
// partition, the pipeline's reader settings, no consumer group) fetching the
// same records from the same broker and doing nothing with them.
func BenchmarkKafkaGoConsume(b *testing.B) {
	c := newE2ECorpus(b, *e2eRecords)
	b.SetBytes(c.bytes)
	b.ResetTimer()
	var total time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if got := consumeAll(b, c); got != c.n {
			b.Fatalf("consumed %d of %d records", got, c.n)
		}
		total += time.Since(start)
	}
	b.ReportMetric(float64(c.n)*float64(b.N)/total.Seconds(), "records/s")
}

func consumeAll(tb testing.TB, c *e2eCorpus) int {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	var mu sync.Mutex
	got, gotBytes := 0, 0
	for topic, ends := range c.ends {
		for p, end := range ends {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{c.addr}, Topic: topic, Partition: p,
					MinBytes: 1, MaxBytes: 10 << 20, MaxWait: 250 * time.Millisecond})
				defer r.Close()
				n, size := 0, 0
				for int64(n) < end {
					m, err := r.FetchMessage(ctx)
					if err != nil {
						tb.Errorf("%s/%d: %v", topic, p, err)
						break
					}
					n++
					size += len(m.Value)
				}
				mu.Lock()
				got += n
				gotBytes += size
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	if got == c.n && int64(gotBytes) != c.bytes {
		tb.Errorf("consumed %d bytes, produced %d", gotBytes, c.bytes)
	}
	return got
}

// TestPipelineBenchHarness runs the whole-path harness on a small corpus so
// that the benchmark cannot rot: every record is archived once and the
// kafka-go ceiling reads them all.
func TestPipelineBenchHarness(t *testing.T) {
	if testing.Short() {
		t.Skip("starts kfake and the pipeline")
	}
	c := newE2ECorpus(t, 3000)
	d, err := sinks.NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	_, _, snap := runPipeline(t, c, d)
	checkSnapshot(t, c, snap)
	if snap.Objects == 0 || snap.EncodedBytes == 0 || snap.EncodedBytes >= snap.RawBytes {
		t.Fatalf("objects %d, raw %d, encoded %d bytes", snap.Objects, snap.RawBytes, snap.EncodedBytes)
	}
	if got := consumeAll(t, c); got != c.n {
		t.Fatalf("kafka-go consumed %d of %d", got, c.n)
	}
}
