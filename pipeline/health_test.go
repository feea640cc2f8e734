package pipeline

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/segmentio/kafka-go"

	"github.com/redactd/redactd/pipeline/kafkatest"
	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/sinks"
)

// switchArchive refuses every Put with a connection error while down,
// like a store whose process was killed.
type switchArchive struct {
	sinks.Archive
	down atomic.Bool
	puts atomic.Int64
}

func (s *switchArchive) Put(ctx context.Context, obj sinks.Object) error {
	s.puts.Add(1)
	if s.down.Load() {
		return &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	}
	return s.Archive.Put(ctx, obj)
}

func readyz(t *testing.T, h http.Handler) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	return rec.Code, rec.Body.String()
}

// An archive outage is visible without records flowing: every failed
// attempt is counted by reason, /readyz turns 503 with the reason once the
// failures have lasted archive_unhealthy_after, and the age of the oldest
// record not yet archived keeps growing; when the store is back, all of it
// clears by itself and every record is archived exactly once.
func TestArchiveOutageVisible(t *testing.T) {
	const n, parts = 300, 2
	addr, _ := kafkatest.Start(t, map[string]int{"in": parts})
	recs := corpus(n, parts, hourBase)
	kafkatest.Produce(t, addr, "in", recs)
	dir := newDir(t)
	cfg := testConfig(addr, "g", "in")
	cfg.ArchiveUnhealthyAfter = 500 * time.Millisecond
	sa := &switchArchive{Archive: dir}
	sa.down.Store(true)
	r := start(t, cfg, testPolicy(t), sa)
	h := r.p.Handler()
	network := r.p.uploadErrC[sinks.ReasonNetwork]

	waitFor(t, 20*time.Second, "joined and a failed attempt", func() bool {
		return r.p.joined.Load() && counterValue(t, network) >= 1
	})
	firstFailure := time.Unix(0, r.p.failingSince.Load())
	if ok, _ := r.p.archiveHealth(); !ok && time.Since(firstFailure) < cfg.ArchiveUnhealthyAfter/2 {
		t.Errorf("unhealthy %s after the first failure; archive_unhealthy_after is %s", time.Since(firstFailure), cfg.ArchiveUnhealthyAfter)
	}
	waitFor(t, 20*time.Second, "/readyz 503 naming the failing archive", func() bool {
		code, body := readyz(t, h)
		return code == 503 && strings.Contains(body, "archive writes failing") && strings.Contains(body, "network: ")
	})
	t.Logf("outage: /readyz 503 %s after the first failed attempt (archive_unhealthy_after %s)",
		time.Since(firstFailure).Round(10*time.Millisecond), cfg.ArchiveUnhealthyAfter)
	if r.p.Ready() || gaugeValue(t, r.p, "redactd_archive_healthy") != 0 {
		t.Errorf("Ready() or redactd_archive_healthy says healthy during the outage")
	}
	// Reads stop once the workers are all retrying (backpressure); the
	// age of the oldest unarchived record grows all the same.
	a1 := gaugeValue(t, r.p, "redactd_oldest_unarchived_seconds")
	waitFor(t, 10*time.Second, "the oldest unarchived age to grow", func() bool {
		return gaugeValue(t, r.p, "redactd_oldest_unarchived_seconds") > a1+0.2
	})
	if got, puts := counterValue(t, network), sa.puts.Load(); got != float64(puts) {
		t.Errorf("redactd_upload_errors_total{reason=network} = %v after %d failed Puts; want one per attempt", got, puts)
	}

	sa.down.Store(false)
	recovered := time.Now()
	waitFor(t, 30*time.Second, "all offsets committed", committedAll(t, addr, "g", "in", ends(recs, parts)))
	waitFor(t, 10*time.Second, "ready again", func() bool { code, _ := readyz(t, h); return code == 200 })
	t.Logf("recovery: all committed and ready %s after the store came back", time.Since(recovered).Round(10*time.Millisecond))
	if gaugeValue(t, r.p, "redactd_archive_healthy") != 1 {
		t.Errorf("redactd_archive_healthy not 1 after recovery")
	}
	waitFor(t, 5*time.Second, "no record waiting", func() bool {
		return gaugeValue(t, r.p, "redactd_oldest_unarchived_seconds") == 0
	})
	r.Stop(t)
	checkExactlyOnce(t, checkArchive(t, readArchive(t, dir)), n)
}

func gaugeValue(t *testing.T, p *Pipeline, name string) float64 {
	t.Helper()
	mfs, err := p.gatherer.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			return mf.GetMetric()[0].GetGauge().GetValue()
		}
	}
	t.Fatalf("no metric %s", name)
	return 0
}

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// An S3 store that accepts connections and never answers no longer holds
// an upload worker forever in silence: each attempt times out after
// request_timeout, is counted as a timeout (the attempts the S3 client
// retries inside Put included), logged and retried.
func TestHungS3CountedLoggedRetried(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var conns sync.Map
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			conns.Store(c, true) // never answered
		}
	}()
	t.Cleanup(func() {
		l.Close()
		conns.Range(func(k, _ any) bool { k.(net.Conn).Close(); return true })
	})
	arch, err := sinks.Open("s3://bucket", sinks.OpenOptions{
		Endpoint: "http://" + l.Addr().String(), MaxAttempts: 2, RequestTimeout: 150 * time.Millisecond,
		Credentials: aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
			return aws.Credentials{AccessKeyID: "test", SecretAccessKey: "testtesttest"}, nil
		}),
	})
	if err != nil {
		t.Fatal(err)
	}
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1})
	recs := corpus(50, 1, hourBase)
	kafkatest.Produce(t, addr, "in", recs)
	cfg := testConfig(addr, "g", "in")
	cfg.ShutdownTimeout = time.Second
	var logs syncBuffer
	p, err := New(cfg, testPolicy(t), arch, WithLogger(slog.New(slog.NewTextHandler(io.MultiWriter(&logs, testLogWriter(t)), nil))))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	timeouts := p.uploadErrC[sinks.ReasonTimeout]
	waitFor(t, 30*time.Second, "timed-out attempts counted and logged", func() bool {
		// The first request of a partition that may replay is the listing
		// of what a previous owner archived (replay.go), then the Put.
		return counterValue(t, timeouts) >= 6 && strings.Contains(logs.String(), "retrying") &&
			strings.Contains(logs.String(), "request_timeout")
	})
	cancel()
	select {
	case <-done:
	case <-time.After(cfg.ShutdownTimeout + 5*time.Second):
		t.Fatal("Run did not return after the stop: a hung upload held it")
	}
	if c := kafkatest.Committed(t, addr, "g", "in", 1); len(c) != 0 {
		t.Errorf("committed %v although nothing was archived", c)
	}
	if strings.Contains(logs.String(), "example.com") {
		t.Errorf("record content in the log")
	}
}

// testLogWriter shows the logs with -v.
func testLogWriter(t *testing.T) io.Writer {
	if testing.Verbose() {
		return os.Stderr
	}
	return io.Discard
}

// A dead-letter write to a broker that accepts connections and never
// answers is bounded by group_timeouts.request per attempt: it fails,
// counted and logged with the topic's name, and the partition moves on.
func TestDeadLetterWriteToHungBrokerBounded(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var accepted atomic.Int32
	var conns sync.Map
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			conns.Store(c, true)
		}
	}()
	t.Cleanup(func() {
		l.Close()
		conns.Range(func(k, _ any) bool { k.(net.Conn).Close(); return true })
	})
	cfg := testConfig(l.Addr().String(), "g", "in")
	cfg.DeadLetterTopic = "dlq"
	cfg.GroupTimeouts.Request = 200 * time.Millisecond
	var logs syncBuffer
	p, err := New(cfg, testPolicy(t), newDir(t), WithLogger(slog.New(slog.NewTextHandler(io.MultiWriter(&logs, testLogWriter(t)), nil))))
	if err != nil {
		t.Fatal(err)
	}
	defer p.dlq.Close()
	pt := p.newPartition(&kafka.Generation{}, "in", 0, 0)
	done := make(chan struct{})
	go func() {
		defer close(done)
		pt.deadLetter(context.Background(), &kafka.Message{Offset: 7, Value: []byte("x")}, redact.ReasonOversize, "")
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("a dead-letter write to a hung broker did not return in 30s")
	}
	if accepted.Load() == 0 {
		t.Fatal("the writer never connected: this tested a refusal, not a hang")
	}
	if got := counterValue(t, p.m.deadLetterErrs); got != 1 {
		t.Errorf("redactd_dead_letter_errors_total = %v, want 1", got)
	}
	if !strings.Contains(logs.String(), "cannot write dead letter") || !strings.Contains(logs.String(), "dead_letter_topic=dlq") {
		t.Errorf("no error log naming the dead-letter topic:\n%s", logs.String())
	}
}

// The dead-letter topic is checked before any record is read: a missing
// one stops the start with an error naming it (it used to show only as
// ERROR lines at the first quarantined record); with dead_letter_create
// it is created, and dead letters reach it.
func TestDeadLetterTopicCheckedAtStart(t *testing.T) {
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1})
	cfg := testConfig(addr, "g", "in")
	cfg.DeadLetterTopic = "missing-dlq"
	p, err := New(cfg, testPolicy(t), newDir(t), WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = p.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), `dead_letter_topic "missing-dlq" does not exist`) || !strings.Contains(err.Error(), "dead_letter_create: true") || ctx.Err() != nil {
		t.Fatalf("Run with a missing dead-letter topic: %v; want an error naming it at once", err)
	}
	if p.joined.Load() || counterValue(t, p.topicM["in"].recordsIn) != 0 {
		t.Errorf("the group was joined or records read before the check")
	}

	recs := []kafkatest.Record{{Value: []byte(`{"id":"big","pad":"` + strings.Repeat("x", 5000) + `"}`)}}
	kafkatest.Produce(t, addr, "in", recs)
	cfg.DeadLetterCreate = true
	r := start(t, cfg, testPolicy(t), newDir(t))
	waitFor(t, 20*time.Second, "the dead letter written to the created topic", func() bool {
		return counterValue(t, r.p.m.deadLetters) == 1
	})
	r.Stop(t)
	if got := len(kafkatest.Consume(t, addr, "missing-dlq", 1, 5*time.Second)); got != 1 {
		t.Errorf("%d messages in the created dead-letter topic, want 1", got)
	}
}
