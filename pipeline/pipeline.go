// Package pipeline runs the daemon's data path: a Kafka consumer group feeds
// one goroutine per assigned partition, which redacts each record, picks its
// retention class and appends it to an open batch; sealed batches are
// encoded and written to the archive by a pool of workers; a partition's
// offset is committed only up to the first record not yet inside an
// uploaded object.
//
// Files in data-flow order: config.go, pipeline.go (group, generations),
// partition.go (one partition's goroutine), fetch.go (its kafka-go reader
// and the workarounds kafka-go needs), record.go (redact, classify, record
// hour), batch.go (open, seal, hand to the workers), upload.go (encode,
// Put, 412, retries), replay.go (records a previous owner already
// archived), commit.go (watermark, commit, drain), lag.go, deadletter.go,
// metrics.go, snapshot.go, http.go.
//
// Delivery is exactly once into the archive, given deterministic
// classification: a record is committed only once it is inside an uploaded
// object, and a replay neither loses nor duplicates records whatever the
// batch boundaries were (replay.go). The dead-letter topic is at least once.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

// Pipeline is the daemon's data path. Make one with New, then Run it (or
// Start and Close it).
type Pipeline struct {
	cfg    Config
	pol    *rules.Policy
	eng    *redact.Engine
	arch   sinks.Archive
	log    *slog.Logger
	layout map[string]layout // by topic: codecs by class, text format (layout.go)
	dialer *kafka.Dialer
	dlq    *kafka.Writer // nil without a dead-letter topic
	kt     *kafka.Transport

	// ndjsonNames names every NDJSON object .ndjson.zst, text or not, as
	// the versions before .log.zst did: tests replay across the rename.
	ndjsonNames bool

	reg      prometheus.Registerer
	gatherer prometheus.Gatherer
	m        *metrics
	topicM   map[string]*topicMetrics
	redM     *redactionMetrics

	jobs      chan *batch // sealed batches for the upload workers
	batchPool sync.Pool
	bytesOut  []prometheus.Counter // by class index
	quarC     [redact.NumReasons]prometheus.Counter

	joined    atomic.Bool
	archiveOK atomic.Bool // the archive answered once (probeArchive, a write)
	// failingSince is when archive attempts began to fail without a success
	// since (Unix nanoseconds; 0: not failing); lastFailure the last one's
	// reason and error, see health.go.
	failingSince atomic.Int64
	lastFailure  atomic.Pointer[string]
	uploadErrC   map[string]prometheus.Counter // by sinks.FailureReasons
	partsMu      sync.Mutex
	parts        map[*partition]struct{} // running partitions, for redactd_oldest_unarchived_seconds
	lagOwned     map[lagKey]bool         // partitions of the last generation joined (lag.go)
	// dlqDownUntil is when dead-letter writes are tried again after a
	// failure (Unix nanoseconds; 0: no failure).
	dlqDownUntil atomic.Int64
	running      atomic.Bool
	// stopAbandoned counts the batches a graceful stop gave up because the
	// shutdown timeout ran out (see AbandonedAtStop).
	stopAbandoned atomic.Int64

	startMu  sync.Mutex
	started  bool
	cancel   context.CancelFunc
	runDone  chan struct{} // closed when the run begun by Start returns
	runErr   error
	closeErr error
}

// Option changes how New builds a Pipeline.
type Option func(*Pipeline)

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(p *Pipeline) { p.log = l } }

// WithRegistry registers the metrics with reg and serves reg on /metrics.
// Without it the pipeline uses a registry of its own.
func WithRegistry(reg *prometheus.Registry) Option {
	return func(p *Pipeline) { p.reg, p.gatherer = reg, reg }
}

// WithEngine uses an already compiled redaction engine instead of compiling
// pol.Redact.
func WithEngine(e *redact.Engine) Option { return func(p *Pipeline) { p.eng = e } }

// New validates cfg and builds a pipeline that archives to arch under pol.
// It does not connect to anything.
func New(cfg Config, pol *rules.Policy, arch sinks.Archive, opts ...Option) (*Pipeline, error) {
	if pol == nil || arch == nil {
		return nil, errors.New("BUG: pipeline.New needs a policy and an archive")
	}
	if err := errors.Join(cfg.Validate(), cfg.ValidatePolicy(pol)); err != nil {
		return nil, fmt.Errorf("invalid pipeline config: %w", err)
	}
	if len(pol.Classes) == 0 || pol.DefaultClass < 0 || pol.DefaultClass >= len(pol.Classes) {
		return nil, fmt.Errorf("policy %s: no classes or default class %d out of range", pol.Source, pol.DefaultClass)
	}
	for _, c := range pol.Classes {
		if err := sinks.ValidClass(c.Name); err != nil {
			return nil, fmt.Errorf("policy %s: %w", pol.Source, err)
		}
	}
	p := &Pipeline{cfg: cfg, pol: pol, arch: arch, log: slog.Default(), runDone: make(chan struct{})}
	for _, o := range opts {
		o(p)
	}
	if p.eng == nil {
		p.eng = pol.Engine()
	}
	if p.eng == nil {
		eng, err := redact.New(pol.Redact)
		if err != nil {
			return nil, fmt.Errorf("policy %s: %w", pol.Source, err)
		}
		p.eng = eng
	}
	if p.reg == nil {
		r := prometheus.NewRegistry()
		p.reg, p.gatherer = r, r
	}
	p.layout = p.layouts()
	d, t, err := cfg.transport()
	if err != nil {
		return nil, err
	}
	p.dialer, p.kt = d, t
	if cfg.DeadLetterTopic != "" {
		p.dlq = &kafka.Writer{
			Addr:         kafka.TCP(cfg.Brokers...),
			Topic:        cfg.DeadLetterTopic,
			Transport:    t,
			RequiredAcks: kafka.RequireAll,
			BatchTimeout: 2 * time.Millisecond,
			// Each write is also bounded by its context (deadLetter).
			WriteTimeout: cfg.GroupTimeouts.request(),
			ReadTimeout:  cfg.GroupTimeouts.request(),
			MaxAttempts:  5,
			Balancer:     &kafka.Hash{},
		}
	}
	p.m = newMetrics(p.reg)
	p.registerHealth()
	if o, ok := arch.(sinks.RetryObserver); ok {
		o.ObserveRetries(p.archiveFailed)
	}
	p.topicM = make(map[string]*topicMetrics, len(cfg.Topics))
	for _, t := range cfg.Topics {
		p.topicM[t] = p.m.forTopic(t, pol.Classes)
	}
	p.redM = p.m.forRedaction(&pol.Redact)
	for r := range p.quarC {
		p.quarC[r] = p.m.quarantined.WithLabelValues(redact.Reason(r).String())
	}
	for _, c := range pol.Classes {
		p.bytesOut = append(p.bytesOut, p.m.bytesOut.WithLabelValues(c.Name))
	}
	return p, nil
}

// Start runs the pipeline in the background until Close, or until ctx
// ends (a graceful stop, as Run's). It is safe to call twice; the second
// call does nothing.
func (p *Pipeline) Start(ctx context.Context) {
	p.startMu.Lock()
	defer p.startMu.Unlock()
	if p.started {
		return
	}
	p.started = true
	ctx, p.cancel = context.WithCancel(ctx)
	go func() {
		defer close(p.runDone)
		p.runErr = p.Run(ctx)
	}()
}

// Done is closed when the pipeline begun with Start has stopped: by Close,
// because Start's ctx ended, or on its own after an error (metrics_addr
// taken, no consumer group); Close then returns why.
func (p *Pipeline) Done() <-chan struct{} { return p.runDone }

// Close stops a pipeline begun with Start: it stops fetching, flushes and
// uploads the open batches, commits, and returns within the shutdown
// timeout, with Run's error. It is safe to call twice (the second call
// returns the same error) and before Start.
func (p *Pipeline) Close() error {
	p.startMu.Lock()
	defer p.startMu.Unlock()
	if !p.started || p.cancel == nil {
		return p.closeErr
	}
	p.cancel()
	<-p.runDone
	p.cancel = nil
	p.closeErr = p.runErr
	return p.closeErr
}

// Run consumes until ctx ends, then stops gracefully: no more fetching, open
// batches flushed and uploaded, offsets committed, all within the shutdown
// timeout. It returns nil after a graceful stop.
func (p *Pipeline) Run(ctx context.Context) error {
	if !p.running.CompareAndSwap(false, true) {
		return errors.New("pipeline is already running")
	}
	defer p.running.Store(false)

	if p.cfg.MetricsAddr != "" {
		ln, err := net.Listen("tcp", p.cfg.MetricsAddr)
		if err != nil {
			return fmt.Errorf("metrics_addr %q: %w", p.cfg.MetricsAddr, err)
		}
		srv := &http.Server{Handler: p.Handler(), ReadHeaderTimeout: 5 * time.Second}
		go func() { _ = srv.Serve(ln) }()
		defer func() {
			sctx, cancel := context.WithTimeout(context.Background(), time.Second)
			_ = srv.Shutdown(sctx)
			cancel()
		}()
	}

	if err := p.checkDeadLetter(ctx); err != nil {
		if ctx.Err() != nil {
			return nil // stopped while starting: nothing to flush
		}
		return err
	}

	go p.probeArchive(ctx)

	p.jobs = make(chan *batch)
	var workers sync.WaitGroup
	for range p.cfg.Workers {
		workers.Add(1)
		go func() {
			defer workers.Done()
			w := uploader{p: p}
			defer w.close()
			for b := range p.jobs {
				w.upload(b)
			}
		}()
	}

	group, err := kafka.NewConsumerGroup(kafka.ConsumerGroupConfig{
		ID:                p.cfg.Group,
		Brokers:           p.cfg.Brokers,
		Dialer:            p.dialer,
		Topics:            p.cfg.Topics,
		HeartbeatInterval: p.cfg.GroupTimeouts.Heartbeat,
		SessionTimeout:    p.cfg.GroupTimeouts.Session,
		RebalanceTimeout:  p.cfg.GroupTimeouts.Rebalance,
		JoinGroupBackoff:  p.cfg.GroupTimeouts.JoinBackoff,
		Timeout:           p.cfg.GroupTimeouts.request(), // per coordinator request: commits cannot hang
		// Partitions added to a topic are picked up by a rebalance.
		WatchPartitionChanges: true,
		StartOffset:           kafka.FirstOffset,
		ErrorLogger:           kafka.LoggerFunc(func(f string, a ...any) { p.kafkaError(f, a...) }),
	})
	if err != nil {
		close(p.jobs)
		workers.Wait()
		return fmt.Errorf("cannot create consumer group %q: %w", p.cfg.Group, err)
	}

	var parts sync.WaitGroup
	for attempt := 0; ; {
		gen, err := group.Next(ctx)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			p.joined.Store(false)
			attempt++
			p.log.Warn("consumer group: cannot join generation", "group", p.cfg.Group, "attempt", attempt, "err", err)
			if !sleepCtx(ctx, backoff(attempt, 100*time.Millisecond, 10*time.Second)) {
				break
			}
			continue
		}
		attempt = 0
		p.joined.Store(true)
		p.keepLag(gen.Assignments)
		n := 0
		for topic, as := range gen.Assignments {
			for _, a := range as {
				pt := p.newPartition(gen, topic, a.ID, a.Offset)
				parts.Add(1)
				gen.Start(func(gctx context.Context) {
					defer parts.Done()
					pt.run(gctx, ctx)
				})
				n++
			}
		}
		p.log.Info("consumer group: generation joined", "group", p.cfg.Group, "generation", gen.ID, "partitions", n)
	}

	// Graceful stop: closing the group ends the generation and waits for
	// the partition goroutines, which flush, upload and commit on the
	// generation's still-open coordinator connection before it leaves.
	p.joined.Store(false)
	closed := make(chan struct{})
	go func() {
		_ = group.Close()
		parts.Wait()
		close(closed)
	}()
	var stopErr error
	select {
	case <-closed:
	case <-time.After(p.cfg.ShutdownTimeout + 2*time.Second):
		stopErr = fmt.Errorf("shutdown did not finish within %s", p.cfg.ShutdownTimeout)
		p.log.Error("pipeline: shutdown timed out; uncommitted records will be replayed", "timeout", p.cfg.ShutdownTimeout)
		return stopErr
	}
	close(p.jobs)
	workers.Wait()
	if p.dlq != nil {
		_ = p.dlq.Close()
	}
	return stopErr
}

// level returns the compression level of codec: batch.zstd_level for zstd
// and Parquet (zstd inside), gzip's default.
func (p *Pipeline) level(codec sinks.Codec) int {
	if codec == sinks.CodecZstd || codec == sinks.CodecParquet {
		return p.cfg.Batch.ZstdLevel
	}
	return 0
}

// errProbeDone stops the readiness probe's listing at its first key.
var errProbeDone = errors.New("probe done")

// probeArchive marks the archive reachable once a listing of the archive
// prefix answers; each failed listing is counted like a failed write.
func (p *Pipeline) probeArchive(ctx context.Context) {
	prefix := string(sinks.Key{Prefix: p.cfg.Prefix}.AppendClassDir(nil)) // "[prefix/]class="
	for attempt := 1; ; attempt++ {
		lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		err := p.arch.List(lctx, prefix, func(string, int64) error { return errProbeDone })
		cancel()
		if err == nil || errors.Is(err, errProbeDone) {
			p.archiveSucceeded()
			return
		}
		p.archiveFailed(sinks.FailureReason(err), err)
		p.log.Warn("archive: not reachable", "attempt", attempt, "err", err)
		if !sleepCtx(ctx, backoff(attempt, 200*time.Millisecond, 15*time.Second)) {
			return
		}
	}
}

// AbandonedAtStop returns how many batches graceful stops of this
// pipeline gave up uncommitted because the shutdown timeout ran out (plus
// one per partition that had given up records earlier, after a permanent
// archive error or a replay check cut short). Their
// records are not lost: they are not committed, and the next owner of
// their partitions reads and archives them again (without duplicates).
func (p *Pipeline) AbandonedAtStop() int64 { return p.stopAbandoned.Load() }

// Ready reports whether the pipeline joined its consumer group and the
// archive is healthy: it answered, and writes have not been failing for
// archive_unhealthy_after.
func (p *Pipeline) Ready() bool {
	ok, _ := p.archiveHealth()
	return p.joined.Load() && ok
}

// backoff returns an exponential delay for attempt (1-based), capped at hi,
// with up to 25% jitter.
func backoff(attempt int, lo, hi time.Duration) time.Duration {
	d := lo
	for i := 1; i < attempt && d < hi; i++ {
		d *= 2
	}
	d = min(d, hi)
	return d - time.Duration(time.Now().UnixNano()%int64(d/4+1))
}

func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
