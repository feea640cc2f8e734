package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/redactd/redactd/internal/testfault"
	"github.com/redactd/redactd/pipeline/kafkatest"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

const testPolicyYAML = `
version: 1
detectors:
  ipv4: {action: truncate, prefix: 24}
  email: mask
classes: {technical: 30, access: 90, audit: 365}
routing:
  default: technical
  fields:
    - {path: kind, equals: access, class: access}
    - {path: kind, equals: audit, class: audit}
timestamp_field: ts
`

func testPolicy(t testing.TB) *rules.Policy {
	t.Helper()
	pol, err := rules.ParseForTest("test.yaml", []byte(testPolicyYAML))
	if err != nil {
		t.Fatalf("test policy: %v", err)
	}
	return pol
}

func testConfig(addr, group string, topics ...string) Config {
	c := DefaultConfig()
	c.Brokers = []string{addr}
	c.Topics = topics
	c.Group = group
	c.GroupTimeouts = GroupTimeouts{Session: 6 * time.Second, Rebalance: 6 * time.Second, Heartbeat: 100 * time.Millisecond, JoinBackoff: 100 * time.Millisecond}
	c.MaxRecordBytes = 4 << 10
	c.Batch.MaxBytes = 64 << 10
	c.Batch.MaxRecords = 200
	c.Batch.IdleTimeout = 150 * time.Millisecond
	c.Batch.MaxAge = 2 * time.Second
	c.Workers = 2
	c.ShutdownTimeout = 5 * time.Second
	c.MetricsAddr = ""
	return c
}

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// running is a pipeline running in the background of a test.
type running struct {
	p    *Pipeline
	stop context.CancelFunc
	done chan error
}

func start(t testing.TB, cfg Config, pol *rules.Policy, arch sinks.Archive) *running {
	t.Helper()
	p, err := New(cfg, pol, arch, WithLogger(testLogger(t)))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{p: p, stop: cancel, done: make(chan error, 1)}
	go func() { r.done <- p.Run(ctx) }()
	t.Cleanup(func() { r.Stop(t) })
	return r
}

// Stop stops the pipeline gracefully and checks it returned in time.
func (r *running) Stop(t testing.TB) {
	t.Helper()
	if r.stop == nil {
		return
	}
	r.stop()
	r.stop = nil
	select {
	case err := <-r.done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(r.p.cfg.ShutdownTimeout + 5*time.Second):
		t.Fatalf("Run did not return within the shutdown timeout")
	}
}

func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// corpus builds n records spread over partitions, kinds (classes) and two
// record-time hours, each with an id, an e-mail and an IP to redact.
func corpus(n, partitions int, base time.Time) []kafkatest.Record {
	kinds := []string{"access", "audit", "app"}
	recs := make([]kafkatest.Record, n)
	for i := range recs {
		ts := base.Add(time.Duration(i) * 2 * time.Hour / time.Duration(n)).UTC()
		v := fmt.Sprintf(`{"id":"r%06d","kind":%q,"ts":%q,"user":"user%d@example.com","ip":"10.20.%d.%d","msg":"line\nbreak"}`,
			i, kinds[(i/partitions)%3], ts.Format(time.RFC3339), i, i%250, i%200+1)
		recs[i] = kafkatest.Record{Partition: int32(i % partitions), Value: []byte(v), Time: ts}
	}
	return recs
}

// object is one archive object as read back.
type object struct {
	key   sinks.Key
	meta  sinks.Meta
	lines []string
}

func readArchive(t testing.TB, arch sinks.Archive) []object {
	t.Helper()
	ctx := context.Background()
	var out []object
	err := arch.List(ctx, "", func(key string, _ int64) error {
		k, err := sinks.ParseKey(key)
		if err != nil {
			return fmt.Errorf("bad key %q: %w", key, err)
		}
		m, err := arch.Stat(ctx, key)
		if err != nil {
			return err
		}
		rc, err := arch.Get(ctx, key)
		if err != nil {
			return err
		}
		defer rc.Close()
		dr, err := sinks.NewReader(rc, k.Codec)
		if err != nil {
			return err
		}
		defer dr.Close()
		o := object{key: k, meta: m}
		sc := bufio.NewScanner(dr)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			o.lines = append(o.lines, sc.Text())
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		out = append(out, o)
		return nil
	})
	if err != nil {
		t.Fatalf("reading archive: %v", err)
	}
	return out
}

type testRecord struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	TS   string `json:"ts"`
	User string `json:"user"`
	IP   string `json:"ip"`
	Msg  string `json:"msg"`
}

// checkArchive checks that every object is consistent (metadata, class,
// hour, redaction) and returns how often each record id occurs.
func checkArchive(t testing.TB, objs []object) map[string]int {
	t.Helper()
	seen := map[string]int{}
	for _, o := range objs {
		name := o.key.String()
		if o.meta.Records != len(o.lines) || o.meta.FirstOffset != o.key.FirstOffset || o.meta.LastOffset < o.meta.FirstOffset {
			t.Errorf("%s: meta records=%d first=%d last=%d, want %d lines from the key's offset",
				name, o.meta.Records, o.meta.FirstOffset, o.meta.LastOffset, len(o.lines))
		}
		if o.meta.RulesVersion == "" || o.meta.Class != o.key.Class {
			t.Errorf("%s: meta rules version %q class %q", name, o.meta.RulesVersion, o.meta.Class)
		}
		for _, l := range o.lines {
			var r testRecord
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Errorf("%s: line is not JSON: %v", name, err)
				continue
			}
			seen[r.ID]++
			want := "technical"
			if r.Kind == "access" || r.Kind == "audit" {
				want = r.Kind
			}
			if o.key.Class != want {
				t.Errorf("%s: record %s of kind %s in class %s", name, r.ID, r.Kind, o.key.Class)
			}
			ts, err := time.Parse(time.RFC3339, r.TS)
			if err != nil || !sinks.HourOf(ts).Equal(o.key.Hour) {
				t.Errorf("%s: record %s time %s not in the key's hour %s", name, r.ID, r.TS, o.key.Hour)
			}
			if strings.Contains(l, "@example.com") || !strings.HasSuffix(r.IP, ".0") {
				t.Errorf("%s: record %s not redacted: user %q ip %q", name, r.ID, r.User, r.IP)
			}
			if r.Msg != "line\nbreak" {
				t.Errorf("%s: record %s msg %q changed", name, r.ID, r.Msg)
			}
		}
	}
	return seen
}

func checkExactlyOnce(t testing.TB, seen map[string]int, n int) {
	t.Helper()
	missing, dup := 0, 0
	for i := range n {
		switch c := seen[fmt.Sprintf("r%06d", i)]; {
		case c == 0:
			missing++
		case c > 1:
			dup++
		}
	}
	if missing > 0 || dup > 0 || len(seen) != n {
		t.Fatalf("of %d records: %d missing, %d duplicated, %d distinct ids archived", n, missing, dup, len(seen))
	}
}

// ends returns the end offset of every partition after producing recs.
func ends(recs []kafkatest.Record, partitions int) map[int]int64 {
	e := map[int]int64{}
	for _, r := range recs {
		e[int(r.Partition)]++
	}
	for p := range partitions {
		if _, ok := e[p]; !ok {
			e[p] = 0
		}
	}
	return e
}

func committedAll(t testing.TB, addr, group, topic string, want map[int]int64) func() bool {
	return func() bool {
		got := kafkatest.Committed(t, addr, group, topic, len(want))
		for p, w := range want {
			if w > 0 && got[p] != w {
				return false
			}
		}
		return true
	}
}

func newDir(t testing.TB) *sinks.Dir {
	d, err := sinks.NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// hourBase is 20 minutes before an hour boundary a few hours ago, so that
// records straddle two hours; relative to now because record times older
// than the longest retention are not trusted (see recordHour).
var hourBase = time.Now().UTC().Truncate(time.Hour).Add(-3*time.Hour - 20*time.Minute)

func TestEndToEndExactlyOnce(t *testing.T) {
	const n, parts = 2000, 3
	addr, _ := kafkatest.Start(t, map[string]int{"app-logs": parts})
	recs := corpus(n, parts, hourBase)
	kafkatest.Produce(t, addr, "app-logs", recs)
	arch := newDir(t)
	pol := testPolicy(t)
	cfg := testConfig(addr, "g1", "app-logs")

	r := start(t, cfg, pol, arch)
	waitFor(t, 20*time.Second, "all offsets committed", committedAll(t, addr, "g1", "app-logs", ends(recs, parts)))
	snap := r.p.Snapshot()
	r.Stop(t)

	objs := readArchive(t, arch)
	checkExactlyOnce(t, checkArchive(t, objs), n)
	var out int64
	for _, v := range snap.RecordsOut {
		out += v
	}
	if snap.RecordsIn != n || out != n || snap.Objects != int64(len(objs)) || snap.Redactions["email"] < n {
		t.Errorf("snapshot %+v, want %d in and out, %d objects, >= %d e-mails", snap, n, len(objs), n)
	}
	// 3 hours x 3 classes x 3 partitions at least; max_records cuts more.
	if len(objs) < 27 {
		t.Errorf("%d objects, want >= 27 (class x hour x partition)", len(objs))
	}

	// A restart of the group finds nothing new to archive.
	r2 := start(t, cfg, pol, arch)
	waitFor(t, 10*time.Second, "group joined", r2.p.Ready)
	time.Sleep(500 * time.Millisecond)
	r2.Stop(t)
	if s := r2.p.Snapshot(); s.RecordsIn != 0 || s.Objects != 0 {
		t.Errorf("restart consumed %d records and wrote %d objects, want none", s.RecordsIn, s.Objects)
	}
	if got := len(readArchive(t, arch)); got != len(objs) {
		t.Errorf("archive has %d objects after restart, want %d", got, len(objs))
	}
}

func TestDeadLetterMetadataOnly(t *testing.T) {
	secret := "PLANTED-SECRET-alice@example.com"
	deadLetterOne(t, []kafkatest.Record{
		{Value: []byte(`{"id":"r000000","kind":"app","ts":"2026-11-23T19:00:00Z","user":"a@example.com","ip":"10.0.0.1","msg":"line\nbreak"}`)},
		{Value: []byte(`{"id":"big","pad":"` + strings.Repeat("x", 5000) + secret + `"}`)},
		{Value: []byte(`{"id":"r000001","kind":"app","ts":"2026-11-23T19:00:01Z","user":"b@example.com","ip":"10.0.0.2","msg":"line\nbreak"}`)},
	}, "oversize", "PLANTED", "xxxx")
}

// A record the engine panics on (a bug, injected through testfault) is
// dead-lettered as engine_error like any quarantine: the partition goes on
// past it, commits its offset, and neither the dead letter nor the
// archive holds its bytes. Before the engine recovered, such a record
// stopped the daemon, and again after each restart.
func TestEnginePanicDeadLettered(t *testing.T) {
	testfault.Redact = func(src []byte) {
		if bytes.Contains(src, []byte("poison")) {
			panic("injected: index out of range in " + string(src))
		}
	}
	t.Cleanup(func() { testfault.Redact = nil })
	deadLetterOne(t, []kafkatest.Record{
		{Value: []byte(`{"id":"r000000","kind":"app","ts":"2026-11-23T19:00:00Z","user":"a@example.com","ip":"10.0.0.1","msg":"line\nbreak"}`)},
		{Value: []byte(`{"id":"poison","kind":"app","ts":"2026-11-23T19:00:01Z","user":"PLANTED-carol@example.com"}`)},
		{Value: []byte(`{"id":"r000001","kind":"app","ts":"2026-11-23T19:00:02Z","user":"b@example.com","ip":"10.0.0.2","msg":"line\nbreak"}`)},
	}, "engine_error", "PLANTED", "poison")
}

// deadLetterOne runs the daemon over three records of which the second is
// quarantined for reason, and checks what every quarantine promises: the
// partition's offsets are committed past it, the other two are archived
// exactly once, and one dead letter names the record (topic, partition,
// offset, reason, size, time) while neither it nor the archive holds any
// of marks, strings of the quarantined record's bytes.
func deadLetterOne(t *testing.T, recs []kafkatest.Record, reason string, marks ...string) {
	t.Helper()
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1, "dlq": 1})
	kafkatest.Produce(t, addr, "in", recs)
	arch := newDir(t)
	cfg := testConfig(addr, "g", "in")
	cfg.DeadLetterTopic = "dlq"
	r := start(t, cfg, testPolicy(t), arch)
	waitFor(t, 20*time.Second, "offsets committed past the "+reason+" record", committedAll(t, addr, "g", "in", map[int]int64{0: 3}))
	snap := r.p.Snapshot()
	r.Stop(t)

	if snap.Quarantined[reason] != 1 || snap.DeadLettered != 1 {
		t.Errorf("snapshot quarantined %v dead-lettered %d, want 1 %s written", snap.Quarantined, snap.DeadLettered, reason)
	}
	objs := readArchive(t, arch)
	checkExactlyOnce(t, checkArchive(t, objs), 2)
	msgs := kafkatest.Consume(t, addr, "dlq", 1, 5*time.Second)
	if len(msgs) != 1 {
		t.Fatalf("%d dead letters, want 1", len(msgs))
	}
	for _, m := range marks {
		for _, o := range objs {
			for _, l := range o.lines {
				if strings.Contains(l, m) {
					t.Errorf("object %+v holds the quarantined record (%q)", o.key, m)
				}
			}
		}
		if bytes.Contains(msgs[0], []byte(m)) {
			t.Fatalf("dead letter holds record bytes (%q): %s", m, msgs[0])
		}
	}
	var dl DeadLetter
	if err := json.Unmarshal(msgs[0], &dl); err != nil {
		t.Fatalf("dead letter is not JSON: %v", err)
	}
	if dl.Topic != "in" || dl.Partition != 0 || dl.Offset != 1 || dl.Reason != reason || dl.Size != len(recs[1].Value) || dl.Time.IsZero() {
		t.Errorf("dead letter %+v", dl)
	}
}

// failingArchive fails every Put, like an unreachable bucket.
type failingArchive struct {
	sinks.Archive
	mu   sync.Mutex
	puts int
}

func (f *failingArchive) Put(ctx context.Context, obj sinks.Object) error {
	f.mu.Lock()
	f.puts++
	f.mu.Unlock()
	return errors.New("injected: service unavailable")
}

func TestNoCommitAheadOfUploads(t *testing.T) {
	const n, parts = 300, 2
	addr, _ := kafkatest.Start(t, map[string]int{"in": parts})
	recs := corpus(n, parts, hourBase)
	kafkatest.Produce(t, addr, "in", recs)
	dir := newDir(t)
	cfg := testConfig(addr, "g", "in")
	cfg.ShutdownTimeout = time.Second
	fa := &failingArchive{Archive: dir}
	r := start(t, cfg, testPolicy(t), fa)
	// The workers retry and the partitions stop reading when no worker is
	// free (backpressure), so not every record is read.
	waitFor(t, 20*time.Second, "records read and uploads attempted", func() bool {
		fa.mu.Lock()
		defer fa.mu.Unlock()
		return r.p.Snapshot().RecordsIn >= 20 && fa.puts >= 6
	})
	time.Sleep(300 * time.Millisecond)
	r.Stop(t)
	if got := kafkatest.Committed(t, addr, "g", "in", parts); len(got) != 0 {
		t.Fatalf("committed %v although no upload succeeded", got)
	}
	if objs := readArchive(t, dir); len(objs) != 0 {
		t.Fatalf("%d objects written through a failing archive", len(objs))
	}

	// With the archive back, everything is archived exactly once.
	r2 := start(t, cfg, testPolicy(t), dir)
	waitFor(t, 20*time.Second, "all offsets committed", committedAll(t, addr, "g", "in", ends(recs, parts)))
	r2.Stop(t)
	checkExactlyOnce(t, checkArchive(t, readArchive(t, dir)), n)
}

// deniedArchive refuses every Put with a permanent error, like a bucket
// policy that denies s3:PutObject.
type deniedArchive struct {
	sinks.Archive
	mu   sync.Mutex
	puts map[string]int // attempts per key
}

func (d *deniedArchive) Put(ctx context.Context, obj sinks.Object) error {
	d.mu.Lock()
	d.puts[obj.Key]++
	d.mu.Unlock()
	return sinks.Permanent(errors.New("injected: 403 AccessDenied"))
}

// A permanent error fails the batch at once: no retry of the same object,
// counted, nothing committed; with the archive fixed, a restart archives
// everything exactly once.
func TestPermanentUploadErrorFailsBatch(t *testing.T) {
	const n, parts = 200, 2
	addr, _ := kafkatest.Start(t, map[string]int{"in": parts})
	recs := corpus(n, parts, hourBase)
	kafkatest.Produce(t, addr, "in", recs)
	dir := newDir(t)
	cfg := testConfig(addr, "g", "in")
	cfg.ShutdownTimeout = time.Second
	da := &deniedArchive{Archive: dir, puts: map[string]int{}}
	r := start(t, cfg, testPolicy(t), da)
	waitFor(t, 20*time.Second, "every record read and its batch refused", func() bool {
		return r.p.Snapshot().RecordsIn >= n && counterValue(t, r.p.m.uploadPermanent) >= 2 &&
			r.p.Snapshot().Abandoned == int64(counterValue(t, r.p.m.uploadPermanent))
	})
	r.Stop(t)
	da.mu.Lock()
	for key, tries := range da.puts {
		if tries != 1 {
			t.Errorf("%s: %d attempts; a permanent error must not be retried", key, tries)
		}
	}
	attempts := len(da.puts)
	da.mu.Unlock()
	if got := counterValue(t, r.p.m.uploadPermanent); got != float64(attempts) {
		t.Errorf("redactd_upload_permanent_errors_total = %v, want %d", got, attempts)
	}
	if got := kafkatest.Committed(t, addr, "g", "in", parts); len(got) != 0 {
		t.Fatalf("committed %v although every upload was refused", got)
	}
	r2 := start(t, cfg, testPolicy(t), dir)
	waitFor(t, 20*time.Second, "all offsets committed", committedAll(t, addr, "g", "in", ends(recs, parts)))
	r2.Stop(t)
	checkExactlyOnce(t, checkArchive(t, readArchive(t, dir)), n)
}

// Records produced by kcat (librdkafka), a client nobody here wrote, are
// archived exactly once.
func TestKcatProducedRecords(t *testing.T) {
	const n, parts = 600, 2
	addr, _ := kafkatest.Start(t, map[string]int{"in": parts})
	recs := corpus(n, parts, hourBase)
	for p := range parts {
		var vs [][]byte
		for _, r := range recs {
			if int(r.Partition) == p {
				vs = append(vs, r.Value)
			}
		}
		kafkatest.ProduceKcat(t, addr, "in", p, vs)
	}
	arch := newDir(t)
	r := start(t, testConfig(addr, "g", "in"), testPolicy(t), arch)
	waitFor(t, 20*time.Second, "all offsets committed", committedAll(t, addr, "g", "in", ends(recs, parts)))
	r.Stop(t)
	checkExactlyOnce(t, checkArchive(t, readArchive(t, arch)), n)
}

// A dead-letter topic that cannot be written to delays its partition by a
// bounded number of attempts, is counted, and never stops archiving.
func TestDeadLetterTopicDown(t *testing.T) {
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1, "dlq": 1})
	var recs []kafkatest.Record
	for i := range 10 {
		recs = append(recs, sameHour(i, 1)...)
		recs = append(recs, kafkatest.Record{Value: []byte(`{"pad":"` + strings.Repeat("y", 5000) + `"}`)})
	}
	arch := newDir(t)
	cfg := testConfig(addr, "g", "in")
	cfg.DeadLetterTopic = "dlq"
	r := start(t, cfg, testPolicy(t), arch)
	// The topic passes the check at start, then goes away (kfake does not
	// create topics on write).
	waitFor(t, 20*time.Second, "joined", r.p.joined.Load)
	resp, err := (&kafka.Client{Addr: kafka.TCP(addr)}).DeleteTopics(context.Background(), &kafka.DeleteTopicsRequest{Topics: []string{"dlq"}})
	if err != nil || resp.Errors["dlq"] != nil {
		t.Fatalf("delete dlq: %v %v", err, resp)
	}
	kafkatest.Produce(t, addr, "in", recs)
	waitFor(t, 60*time.Second, "all offsets committed", committedAll(t, addr, "g", "in", map[int]int64{0: 20}))
	r.Stop(t)
	if got := counterValue(t, r.p.m.deadLetterErrs); got != 10 {
		t.Errorf("redactd_dead_letter_errors_total = %v, want 10", got)
	}
	if s := r.p.Snapshot(); s.Quarantined["oversize"] != 10 || s.DeadLettered != 0 {
		t.Errorf("quarantined %v, dead-lettered %d", s.Quarantined, s.DeadLettered)
	}
	checkExactlyOnce(t, checkArchive(t, readArchive(t, arch)), 10)
}
