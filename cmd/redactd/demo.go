package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/redactd/redactd/internal/corpus"
	"github.com/redactd/redactd/pipeline"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

func init() {
	register("demo", "run the daemon against an embedded broker and a local archive (no outside services)", runDemo)
}

const demoUsage = `Usage:
  redactd demo [--duration 30s] [--archive DIR] [flags]

Shows redactd doing its job with nothing else installed. It starts an
embedded Kafka-protocol broker on a local port (kfake, a development aid, not
a production broker), seeds it continuously with a realistic mix of CDN
access, VoIP call records, DNS, audit and telemetry logs carrying personal
data, and runs the real daemon - the same code path as 'redactd run', a
kafka-go consumer group - into a file:// archive. It prints progress every
second on stderr and, at the end (--duration, or Ctrl-C), a summary on stdout.

Each run writes under DIR/run-<time>/ so runs never mix.

Flags:
`

// demoOptions are the demo's settings.
type demoOptions struct {
	Duration   time.Duration // 0: until ctx ends
	Dir        string        // archive root
	Rate       int           // records per second produced
	Partitions int
	Rules      string
	LogLevel   string
	Metrics    string // metrics address, "" for none
	Seed       uint64
	Format     string // batch.format
}

func runDemo(args []string) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	var o demoOptions
	fs.DurationVar(&o.Duration, "duration", 0, "stop after this long (0: at Ctrl-C)")
	fs.StringVar(&o.Dir, "archive", "demo-archive", "archive `directory`")
	fs.IntVar(&o.Rate, "rate", 5000, "records per second the producer writes")
	fs.IntVar(&o.Partitions, "partitions", 3, "partitions per topic")
	fs.StringVar(&o.Rules, "rules", "", "rule `FILE`; default: the built-in policy")
	fs.StringVar(&o.LogLevel, "log-level", "error", "daemon log level debug|info|warn|error (text, on stderr)")
	fs.StringVar(&o.Metrics, "metrics-addr", "", "serve /metrics, /healthz, /readyz on this `address` (default: off)")
	fs.Uint64Var(&o.Seed, "seed", 1, "corpus seed")
	fs.StringVar(&o.Format, "batch-format", "ndjson", "object format ndjson|parquet (key batch.format)")
	if code, done := parseFlags(fs, demoUsage, args); done {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "redactd demo: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if o.Rate < 1 || o.Partitions < 1 || o.Duration < 0 {
		fmt.Fprintln(os.Stderr, "redactd demo: --rate and --partitions must be positive, --duration not negative")
		return 2
	}
	if _, ok := parseLevel(o.LogLevel); !ok {
		fmt.Fprintf(os.Stderr, "redactd demo: --log-level %q: want debug, info, warn or error\n", o.LogLevel)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // the first Ctrl-C ends the demo with its summary; a second one kills it
	}()
	if err := demo(ctx, o, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "redactd demo: %v\n", err)
		return 1
	}
	return 0
}

// demoSample is a record shown before and after redaction.
type demoSample struct {
	kind   corpus.Kind
	topic  string
	id     uint64
	before []byte
}

// demoProducer seeds the embedded broker with the corpus mix.
type demoProducer struct {
	cl       *kgo.Client
	rate     int
	gen      *corpus.Gen
	produced sync.Map // topic -> *atomic.Int64 acknowledged records
	failed   atomic.Int64
	total    atomic.Int64
	samples  []demoSample
	mu       sync.Mutex
}

func (p *demoProducer) count(topic string) *atomic.Int64 {
	v, _ := p.produced.LoadOrStore(topic, new(atomic.Int64))
	return v.(*atomic.Int64)
}

// run produces about rate records per second until ctx ends, then waits
// for the acknowledgements of what it sent.
func (p *demoProducer) run(ctx context.Context) {
	const tick = 20 * time.Millisecond
	t := time.NewTicker(tick)
	defer t.Stop()
	start := time.Now()
	sent := 0
	want := map[corpus.Kind]bool{corpus.Nginx: true, corpus.CDR: true, corpus.Audit: true}
	for ctx.Err() == nil {
		select {
		case <-ctx.Done():
		case <-t.C:
		}
		due := int(time.Since(start).Seconds()*float64(p.rate)) - sent
		for range min(due, p.rate) { // never more than a second's worth at once
			p.gen.SetTime(time.Now())
			r := p.gen.Mix()
			if want[r.Kind] && r.HasPII() {
				delete(want, r.Kind)
				p.mu.Lock()
				p.samples = append(p.samples, demoSample{kind: r.Kind, topic: r.Topic, id: r.ID, before: r.Value})
				p.mu.Unlock()
			}
			topic := r.Topic
			p.cl.Produce(context.Background(), &kgo.Record{Topic: topic, Key: r.Key, Value: r.Value, Timestamp: r.Time},
				func(_ *kgo.Record, err error) {
					if err != nil {
						p.failed.Add(1)
						return
					}
					p.count(topic).Add(1)
					p.total.Add(1)
				})
			sent++
		}
	}
	fctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = p.cl.Flush(fctx)
}

// demo runs the whole demo: broker, producer, daemon, progress, summary.
func demo(ctx context.Context, o demoOptions, stdout, stderr io.Writer) error {
	pol, err := loadPolicy(o.Rules)
	if err != nil {
		return fmt.Errorf("rules: %w", err)
	}
	root, err := filepath.Abs(o.Dir)
	if err != nil {
		return err
	}
	started := time.Now().UTC()
	runPrefix := "run-" + started.Format("20060102T150405Z")

	// 1. The embedded broker: a development aid standing in for Kafka.
	topics := corpus.Topics()
	cluster, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(int32(o.Partitions), topics...))
	if err != nil {
		return fmt.Errorf("cannot start the embedded broker: %w", err)
	}
	defer cluster.Close()
	addr := cluster.ListenAddrs()[0]

	// 2. The producer, seeding it continuously.
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr), kgo.ProducerLinger(5*time.Millisecond),
		kgo.RecordPartitioner(kgo.RoundRobinPartitioner()))
	if err != nil {
		return fmt.Errorf("cannot create the producer: %w", err)
	}
	defer cl.Close()
	prod := &demoProducer{cl: cl, rate: o.Rate, gen: corpus.New(o.Seed)}

	// 3. The daemon, configured as `redactd run` would be from flags.
	cfg := DefaultConfig()
	cfg.Brokers = []string{addr}
	cfg.Topics = topics
	cfg.Group = "redactd-demo"
	cfg.Archive.URL = sinks.URL{Scheme: "file", Dir: filepath.ToSlash(root)}.String()
	cfg.Prefix = runPrefix
	cfg.Rules = o.Rules
	cfg.MetricsAddr = o.Metrics
	if o.Format != "" {
		cfg.Batch.Format = o.Format
	}
	// Small, frequent batches so that objects appear while you watch.
	cfg.Batch.IdleTimeout = 2 * time.Second
	cfg.Batch.MaxAge = 2 * time.Second
	cfg.ShutdownTimeout = 15 * time.Second
	cfg.GroupTimeouts.Session = 10 * time.Second
	cfg.GroupTimeouts.Heartbeat = time.Second
	cfg.GroupTimeouts.JoinBackoff = 500 * time.Millisecond
	cfg.Log = LogConfig{Format: "text", Level: o.LogLevel}
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("demo config: %w", err)
	}
	log := newLogger(stderr, cfg.Log)

	fmt.Fprintf(stderr, "redactd demo: embedded broker (kfake, a development aid) on %s, topics %s x %d partitions\n",
		addr, strings.Join(topics, ", "), o.Partitions)
	fmt.Fprintf(stderr, "redactd demo: archive %s/%s, policy %s (version %s)\n", root, runPrefix, pol.Source, pol.Version)
	if o.Duration > 0 {
		fmt.Fprintf(stderr, "redactd demo: running for %s (Ctrl-C ends it sooner)\n", o.Duration)
	} else {
		fmt.Fprintln(stderr, "redactd demo: running until Ctrl-C")
	}

	// The daemon runs until Close, not until ctx ends: the producer stops
	// first, and the daemon catches up before it is closed.
	dctx, stopJanitor := context.WithCancel(context.Background())
	defer stopJanitor()
	d, arch, err := startPipeline(dctx, cfg, pol, log, newRegistry(pol.Version))
	if err != nil {
		return err
	}
	defer d.Close()
	pctx, stopProducer := context.WithCancel(ctx)
	defer stopProducer()
	prodDone := make(chan struct{})
	go func() {
		defer close(prodDone)
		prod.run(pctx)
	}()

	// 4. Progress every second until the duration or Ctrl-C.
	var end <-chan time.Time
	if o.Duration > 0 {
		end = time.After(o.Duration)
	}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	var last pipeline.Snapshot
	lastAt := time.Now()
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-end:
			break loop
		case <-d.Done():
			return fmt.Errorf("daemon stopped: %v", d.Close())
		case now := <-tick.C:
			s := d.Snapshot()
			fmt.Fprintln(stderr, progressLine(now.Sub(started), s, last, now.Sub(lastAt), pol, prod.total.Load()))
			last, lastAt = s, now
		}
	}

	// 5. Stop producing, let the daemon catch up, then stop it gracefully.
	stopProducer()
	<-prodDone
	fmt.Fprintf(stderr, "redactd demo: producer stopped at %d records; draining\n", prod.total.Load())
	drainBy := time.Now().Add(20 * time.Second)
	for d.Snapshot().RecordsIn < prod.total.Load() && time.Now().Before(drainBy) {
		select {
		case <-d.Done():
			return fmt.Errorf("daemon stopped: %v", d.Close())
		case <-time.After(100 * time.Millisecond):
		}
	}
	if err := d.Close(); err != nil {
		return fmt.Errorf("daemon did not stop cleanly: %w", err)
	}
	fmt.Fprintln(stderr, "redactd demo: daemon stopped (open batches flushed, offsets committed)")

	// 6. The summary.
	sctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return demoSummary(sctx, stdout, demoReport{
		started: started, took: time.Since(started), root: root, prefix: runPrefix,
		pol: pol, snap: d.Snapshot(), prod: prod, arch: arch,
	})
}

// progressLine is one line of the per-second progress display.
func progressLine(elapsed time.Duration, s, last pipeline.Snapshot, dt time.Duration, pol *rules.Policy, produced int64) string {
	var b strings.Builder
	rate := float64(s.RecordsIn-last.RecordsIn) / dt.Seconds()
	fmt.Fprintf(&b, "[%3.0fs] produced %d  consumed %d (%.0f rec/s)  archived:", elapsed.Seconds(), produced, s.RecordsIn, rate)
	for _, c := range pol.Classes {
		fmt.Fprintf(&b, " %s %d (+%d)", c.Name, s.RecordsOut[c.Name], s.RecordsOut[c.Name]-last.RecordsOut[c.Name])
	}
	fmt.Fprintf(&b, "  objects %d  quarantined %d", s.Objects, sum(s.Quarantined))
	return b.String()
}

func sum(m map[string]int64) int64 {
	var n int64
	for _, v := range m {
		n += v
	}
	return n
}

// demoReport is what the summary is made of.
type demoReport struct {
	started time.Time
	took    time.Duration
	root    string
	prefix  string
	pol     *rules.Policy
	snap    pipeline.Snapshot
	prod    *demoProducer
	arch    sinks.Archive
}

// demoObject is one archive object as the summary shows it.
type demoObject struct {
	key  string
	k    sinks.Key
	meta sinks.Meta
}

// demoSummary prints the end-of-run summary. Everything in it is read back
// from the archive or the pipeline's counters, not assumed.
func demoSummary(ctx context.Context, w io.Writer, r demoReport) error {
	var objs []demoObject
	root := string(sinks.Key{Prefix: r.prefix}.AppendRoot(nil))
	err := r.arch.List(ctx, root, func(key string, _ int64) error {
		k, err := sinks.ParseKey(key)
		if err != nil {
			return nil // not an archive object
		}
		m, err := r.arch.Stat(ctx, key)
		if err != nil {
			return err
		}
		objs = append(objs, demoObject{key: key, k: k, meta: m})
		return nil
	})
	if err != nil {
		return fmt.Errorf("cannot list the archive: %w", err)
	}

	fmt.Fprintf(w, "\n=== redactd demo summary (%s) ===\n\n", r.took.Round(100*time.Millisecond))

	// Records per class and topic, from the objects' metadata.
	perCT := map[[2]string]int64{}
	var archived int64
	for _, o := range objs {
		perCT[[2]string{o.k.Class, o.k.Topic}] += int64(o.meta.Records)
		archived += int64(o.meta.Records)
	}
	topics := corpus.Topics()
	fmt.Fprintf(w, "Records: %d produced, %d consumed, %d archived, %d quarantined, %d already archived (replay)\n",
		r.prod.total.Load(), r.snap.RecordsIn, archived, sum(r.snap.Quarantined), r.snap.Replayed)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "class\ttopic\tproduced\tarchived\t\n")
	for _, c := range r.pol.Classes {
		for _, t := range topics {
			if n := perCT[[2]string{c.Name, t}]; n > 0 {
				fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t\n", c.Name, t, r.prod.count(t).Load(), n)
			}
		}
	}
	tw.Flush()

	// Redactions per detector.
	fmt.Fprintln(w, "\nRedactions by detector:")
	names := make([]string, 0, len(r.snap.Redactions))
	for n := range r.snap.Redactions {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int { return int(r.snap.Redactions[b] - r.snap.Redactions[a]) })
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, n := range names {
		fmt.Fprintf(tw, "  %s\t%d\n", n, r.snap.Redactions[n])
	}
	tw.Flush()
	if len(names) == 0 {
		fmt.Fprintln(w, "  (none)")
	}

	fmt.Fprintf(w, "\nQuarantined (dead-lettered as metadata, never archived): %d", sum(r.snap.Quarantined))
	reasons := make([]string, 0, len(r.snap.Quarantined))
	for reason := range r.snap.Quarantined {
		reasons = append(reasons, reason)
	}
	slices.Sort(reasons)
	for _, reason := range reasons {
		fmt.Fprintf(w, "  %s=%d", reason, r.snap.Quarantined[reason])
	}
	fmt.Fprintln(w)

	// Archive files.
	var size, raw int64
	for _, o := range objs {
		size += o.meta.Size
		raw += o.meta.RawSize
	}
	fmt.Fprintf(w, "\nArchive %s/%s: %d objects, %s compressed from %s (ratio %.1fx)\n",
		r.root, r.prefix, len(objs), humanBytes(size), humanBytes(raw), ratio(raw, size))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "  key\trecords\tsize\traw\tratio\n")
	const show = 12
	for i, o := range objs {
		if i == show {
			fmt.Fprintf(tw, "  ... %d more\t\t\t\t\n", len(objs)-show)
			break
		}
		fmt.Fprintf(tw, "  %s\t%d\t%s\t%s\t%.1fx\n", strings.TrimPrefix(o.key, root), o.meta.Records,
			humanBytes(o.meta.Size), humanBytes(o.meta.RawSize), ratio(o.meta.RawSize, o.meta.Size))
	}
	tw.Flush()

	// Retention.
	fmt.Fprintln(w, "\nRetention in force (file archive: the janitor deletes a dt= partition once all its records are older):")
	for _, c := range r.pol.Classes {
		fmt.Fprintf(w, "  class=%-10s %4d days   (on S3 under this prefix: lifecycle rule %s)\n", c.Name, c.Days, sinks.ClassRuleID(r.prefix, c.Name))
	}

	// Before and after.
	fmt.Fprintln(w, "\nBefore and after redaction (read back from the archive):")
	r.prod.mu.Lock()
	samples := slices.Clone(r.prod.samples)
	r.prod.mu.Unlock()
	for _, s := range samples {
		after, err := findArchived(ctx, r.arch, objs, s)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  %s (%s)\n    before: %s\n    after:  %s\n", s.kind, s.topic, s.before, after)
	}
	fmt.Fprintf(w, "\nBrowse it: redactd query --archive file://%s --class access --from %s\n",
		filepath.ToSlash(filepath.Join(r.root, r.prefix)), r.started.Format("2006-01-02"))
	return nil
}

// findArchived returns the archived (redacted) form of sample s, found by
// its record id.
func findArchived(ctx context.Context, arch sinks.Archive, objs []demoObject, s demoSample) (string, error) {
	for _, o := range objs {
		if o.k.Topic != s.topic {
			continue
		}
		rc, err := arch.Get(ctx, o.key)
		if err != nil {
			return "", err
		}
		dec, err := sinks.NewReader(rc, o.k.Codec)
		if err != nil {
			rc.Close()
			return "", err
		}
		sc := bufio.NewScanner(dec)
		sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
		for sc.Scan() {
			if id, ok := corpus.ParseID(sc.Bytes()); ok && id == s.id {
				line := sc.Text()
				dec.Close()
				rc.Close()
				return line, nil
			}
		}
		dec.Close()
		rc.Close()
	}
	return "(not in the archive: quarantined, or not consumed before the end)", nil
}

func ratio(raw, size int64) float64 {
	if size == 0 {
		return 0
	}
	return float64(raw) / float64(size)
}
