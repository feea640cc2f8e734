package bench

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"io"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"sync"
	"syscall"
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

// The whole path on loopback: a kfake broker in a process of its own
// holding a corpus mix, the real pipeline consuming it through its consumer
// group into a file archive or MinIO, and the plain kafka-go reader
// consuming the same records, with the pipeline's reader settings, as the
// ceiling. BenchmarkPipelineVsReader runs both side by side on one broker.
// Run with
//
//	go test -run '^$' -bench 'PipelineVsReader' -benchtime 3x ./bench -args -e2e-records=300000
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
	// brokerCPU is the CPU time the broker process used so far.
	brokerCPU func() time.Duration
	// ends[topic][partition] is the number of records in that partition.
	ends map[string][]int64
}

func newE2ECorpus(tb testing.TB, n int) *e2eCorpus {
	tb.Helper()
	topics := map[string]int{}
	for _, t := range corpus.Topics() {
		topics[t] = e2ePartitions
	}
	// The broker runs in a process of its own: in-process, its CPU and its
	// garbage would be charged to whichever client is measured, and its
	// copy of the records would count in the client's RSS.
	addr, cpu := kafkatest.StartProcessCPU(tb, topics)
	c := &e2eCorpus{addr: addr, n: n, brokerCPU: cpu, ends: map[string][]int64{}}
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

// e2eConfig is the pipeline configuration of the whole-path benchmarks.
func e2eConfig(c *e2eCorpus) pipeline.Config {
	cfg := pipeline.DefaultConfig()
	cfg.Brokers = []string{c.addr}
	cfg.Topics = corpus.Topics()
	groupSeq++
	cfg.Group = "bench-" + strconv.Itoa(groupSeq)
	cfg.GroupTimeouts = pipeline.GroupTimeouts{Session: 6 * time.Second, Rebalance: 6 * time.Second,
		Heartbeat: 200 * time.Millisecond, JoinBackoff: 100 * time.Millisecond}
	cfg.Batch.IdleTimeout = *e2eIdle
	if *e2eZstdLevel != 0 {
		cfg.Batch.ZstdLevel = *e2eZstdLevel
	}
	if *e2eBatchBytes != 0 {
		cfg.Batch.MaxBytes = *e2eBatchBytes
	}
	if *e2eWorkers != 0 {
		cfg.Workers = *e2eWorkers
	}
	cfg.MetricsAddr = ""
	return cfg
}

// e2eIdle sets batch.idle_timeout for the whole-path benchmarks: after the
// last record, the open batches wait this long before they are sealed.
var e2eIdle = flag.Duration("e2e-idle", 200*time.Millisecond, "batch.idle_timeout of the whole-path benchmark")

// e2eBatchBytes sets batch.max_bytes for the whole-path benchmarks.
var e2eBatchBytes = flag.Int("e2e-batch-bytes", 0, "batch.max_bytes of the whole-path benchmark (0: the configuration's default)")

// e2eCPUProfile names a CPU profile of the pipeline's runs in
// BenchmarkPipelineVsReader only: go test's -cpuprofile also holds the
// corpus generation, the producer and the bare reader.
var e2eCPUProfile = flag.String("e2e-cpuprofile", "", "write a CPU profile of the pipeline's runs in BenchmarkPipelineVsReader to this file")

// e2eWorkers sets workers for the whole-path benchmarks.
var e2eWorkers = flag.Int("e2e-workers", 0, "workers (upload goroutines) of the whole-path benchmark (0: the configuration's default)")

func newE2EPipeline(tb testing.TB, cfg pipeline.Config, arch sinks.Archive) *pipeline.Pipeline {
	tb.Helper()
	p, err := pipeline.New(cfg, rules.Default(), arch, pipeline.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// e2eRun is how long a whole-path run took: to the first record read
// (group join and first fetch), to the last record read, and to the last
// record archived.
type e2eRun struct {
	join, read, total time.Duration
}

// runPipeline runs the real pipeline over the whole corpus with a fresh
// consumer group and returns when every record is archived (or was
// quarantined or dead-lettered).
func runPipeline(tb testing.TB, c *e2eCorpus, arch sinks.Archive) (run e2eRun, snap pipeline.Snapshot) {
	tb.Helper()
	p := newE2EPipeline(tb, e2eConfig(c), arch)
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
		if run.join == 0 && snap.RecordsIn > 0 {
			run.join = time.Since(start)
		}
		if run.read == 0 && snap.RecordsIn >= int64(c.n) {
			run.read = time.Since(start)
		}
		done := snap.DeadLettered
		for _, n := range snap.RecordsOut {
			done += n
		}
		for _, n := range snap.Quarantined {
			done += n
		}
		if done >= int64(c.n) {
			run.total = time.Since(start)
			return run, snap
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
// RSS during the run (VmHWM; base-RSS-MB is the RSS before it).
func BenchmarkPipeline(b *testing.B) {
	c := newE2ECorpus(b, *e2eRecords)
	b.Run("dir", func(b *testing.B) {
		benchPipeline(b, c, func(b *testing.B) sinks.Archive { return newDirArchive(b) })
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

func newDirArchive(tb testing.TB) sinks.Archive {
	d, err := sinks.NewDir(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func benchPipeline(b *testing.B, c *e2eCorpus, newArchive func(*testing.B) sinks.Archive) {
	b.SetBytes(c.bytes)
	b.ResetTimer() // the broker, the corpus and the archive server are set up
	var total, join time.Duration
	var peak, base float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		arch := newArchive(b)
		base = max(base, settleRSS())
		b.StartTimer()
		run, snap := runPipeline(b, c, arch)
		b.StopTimer()
		peak = max(peak, procStatus("VmHWM"))
		checkSnapshot(b, c, snap)
		total += run.total
		join += run.join
		b.StartTimer()
	}
	b.ReportMetric(float64(c.n)*float64(b.N)/total.Seconds(), "records/s")
	b.ReportMetric(join.Seconds()/float64(b.N), "join-s")
	b.ReportMetric(peak, "peak-RSS-MB")
	b.ReportMetric(base, "base-RSS-MB")
}

// settleRSS collects garbage and returns memory to the OS, so that a run
// does not start with the garbage of the one before (the corpus, the other
// side's buffers), resets the peak RSS and returns the RSS now, in MiB.
func settleRSS() float64 {
	runtime.GC()
	debug.FreeOSMemory()
	resetPeakRSS()
	return procStatus("VmRSS")
}

// cpuSelf returns the CPU time (user and system) this process used so far.
func cpuSelf() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// sideRun is one side's measurement in BenchmarkPipelineVsReader.
type sideRun struct {
	wall, cpu, broker time.Duration // wall clock, this process's CPU, the broker's CPU
	peak, base        float64       // VmHWM during the run and VmRSS before it, MiB
}

func (r *sideRun) add(o sideRun) {
	r.wall += o.wall
	r.cpu += o.cpu
	r.broker += o.broker
	r.peak = max(r.peak, o.peak)
	r.base = max(r.base, o.base)
}

// measureSide runs f (which returns the wall-clock time it counts) with
// the CPU of this process and of the broker and the peak RSS around it.
func measureSide(c *e2eCorpus, f func() time.Duration) sideRun {
	base := settleRSS()
	cpu0, broker0 := cpuSelf(), c.brokerCPU()
	wall := f()
	return sideRun{wall: wall, cpu: cpuSelf() - cpu0, broker: c.brokerCPU() - broker0,
		peak: procStatus("VmHWM"), base: base}
}

// BenchmarkPipelineVsReader runs the pipeline (file archive) and the bare
// kafka-go readers (the pipeline's reader settings, one per partition, no
// consumer group, doing nothing with the records) over the same records of
// the same broker process, alternating which goes first. One op is one
// run of each. Reported, per side: records/s and MB/s (wall clock, from
// start to the last record archived or read), CPU microseconds per record
// of this process and of the broker, peak RSS (VmHWM of this process during
// the run; the broker is another process); and the pipeline's records/s as
// a percentage of the reader's (the target of issue 13 is 75).
func BenchmarkPipelineVsReader(b *testing.B) {
	c := newE2ECorpus(b, *e2eRecords)
	reader := newE2EPipeline(b, e2eConfig(c), newDirArchive(b)) // for its ReaderConfig only
	var pipe, bare sideRun
	var tail time.Duration
	var objects int64
	var prof *os.File
	if *e2eCPUProfile != "" {
		f, err := os.Create(*e2eCPUProfile)
		if err != nil {
			b.Fatal(err)
		}
		defer func() {
			if err := f.Close(); err != nil {
				b.Error(err)
			}
		}()
		prof = f
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		arch := newDirArchive(b)
		sides := []func(){
			func() {
				bare.add(measureSide(c, func() time.Duration {
					start := time.Now()
					if got := consumeAll(b, c, reader); got != c.n {
						b.Fatalf("consumed %d of %d records", got, c.n)
					}
					return time.Since(start)
				}))
			},
			func() {
				var snap pipeline.Snapshot
				pipe.add(measureSide(c, func() time.Duration {
					var run e2eRun
					if prof != nil {
						if err := pprof.StartCPUProfile(prof); err != nil {
							b.Fatal(err)
						}
						defer pprof.StopCPUProfile()
						prof = nil // one profile file holds one run
					}
					run, snap = runPipeline(b, c, arch)
					tail += run.total - run.read
					return run.total
				}))
				checkSnapshot(b, c, snap)
				objects += snap.Objects
			},
		}
		if i%2 == 1 {
			sides[0], sides[1] = sides[1], sides[0]
		}
		b.StartTimer()
		for _, f := range sides {
			f()
		}
	}
	b.StopTimer()
	n := float64(c.n) * float64(b.N)
	mb := float64(c.bytes) * float64(b.N) / 1e6
	b.ReportMetric(n/pipe.wall.Seconds(), "pipe-records/s")
	b.ReportMetric(n/bare.wall.Seconds(), "bare-records/s")
	b.ReportMetric(100*bare.wall.Seconds()/pipe.wall.Seconds(), "pipe-%-of-bare")
	b.ReportMetric(mb/pipe.wall.Seconds(), "pipe-MB/s")
	b.ReportMetric(mb/bare.wall.Seconds(), "bare-MB/s")
	b.ReportMetric(float64(pipe.cpu.Microseconds())/n, "pipe-cpu-us/rec")
	b.ReportMetric(float64(bare.cpu.Microseconds())/n, "bare-cpu-us/rec")
	b.ReportMetric(float64(pipe.broker.Microseconds())/n, "pipe-broker-cpu-us/rec")
	b.ReportMetric(float64(bare.broker.Microseconds())/n, "bare-broker-cpu-us/rec")
	b.ReportMetric(pipe.peak, "pipe-peak-RSS-MB")
	b.ReportMetric(bare.peak, "bare-peak-RSS-MB")
	b.ReportMetric(max(pipe.base, bare.base), "base-RSS-MB")
	b.ReportMetric(tail.Seconds()/float64(b.N), "pipe-tail-s")
	b.ReportMetric(float64(objects)/float64(b.N), "pipe-objects")
}

// BenchmarkKafkaGoConsume is the ceiling alone: kafka-go readers (one per
// partition, the pipeline's reader settings, no consumer group) fetching the
// same records from the same broker and doing nothing with them.
func BenchmarkKafkaGoConsume(b *testing.B) {
	c := newE2ECorpus(b, *e2eRecords)
	reader := newE2EPipeline(b, e2eConfig(c), newDirArchive(b))
	b.SetBytes(c.bytes)
	b.ResetTimer()
	var total time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if got := consumeAll(b, c, reader); got != c.n {
			b.Fatalf("consumed %d of %d records", got, c.n)
		}
		total += time.Since(start)
	}
	b.ReportMetric(float64(c.n)*float64(b.N)/total.Seconds(), "records/s")
}

// consumeAll reads every record of the corpus with one kafka-go reader per
// partition, configured as p's partitions configure theirs.
func consumeAll(tb testing.TB, c *e2eCorpus, p *pipeline.Pipeline) int {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	var mu sync.Mutex
	got, gotBytes := 0, 0
	for topic, ends := range c.ends {
		for part, end := range ends {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := kafka.NewReader(p.ReaderConfig(topic, part))
				defer r.Close()
				n, size := 0, 0
				for int64(n) < end {
					m, err := r.FetchMessage(ctx)
					if err != nil {
						tb.Errorf("%s/%d: %v", topic, part, err)
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
	_, snap := runPipeline(t, c, newDirArchive(t))
	checkSnapshot(t, c, snap)
	if snap.Objects == 0 || snap.EncodedBytes == 0 || snap.EncodedBytes >= snap.RawBytes {
		t.Fatalf("objects %d, raw %d, encoded %d bytes", snap.Objects, snap.RawBytes, snap.EncodedBytes)
	}
	if got := consumeAll(t, c, newE2EPipeline(t, e2eConfig(c), newDirArchive(t))); got != c.n {
		t.Fatalf("kafka-go consumed %d of %d", got, c.n)
	}
	if cpu := c.brokerCPU(); cpu <= 0 {
		t.Fatalf("broker CPU time %v, want > 0 after producing and serving %d records", cpu, c.n)
	}
}
