package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/redactd/redactd/internal/corpus"
	"github.com/redactd/redactd/pipeline/kafkatest"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

// crashPartitions is the partition count of every topic in the crash test.
const crashPartitions = 3

// TestCrashRecovery runs the built binary as `redactd run` against a kfake
// broker (in a process of its own) and MinIO (or, outside CI when MinIO cannot be
// had, a file archive), kills it with SIGKILL at several points while
// records keep arriving, restarts it, lets it drain, and then reads every
// object back: each input record exactly once, no planted personal data,
// the right class prefix, tags and metadata, lifecycle rules in place and
// x-amz-expiration on HEAD. Some records are produced with kcat, a client
// nobody here wrote.
func TestCrashRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end crash test: skipped with -short")
	}
	bin := cliBin // built by TestMain

	topicParts := map[string]int{}
	for _, tp := range corpus.Topics() {
		topicParts[tp] = crashPartitions
	}
	addr := kafkatest.StartProcess(t, topicParts)

	// The archive: MinIO when it can be had, else (never in CI) a directory.
	var (
		archiveURL, endpoint, bucket string
		env                          []string
		mc                           *s3.Client
		arch                         sinks.Archive
	)
	const prefix = "crash"
	if _, err := s3test.Binary(); err == nil || os.Getenv("CI") != "" {
		srv := s3test.Start(t)
		bucket = srv.NewBucket(t)
		endpoint, env, mc = srv.Endpoint, srv.Env(), srv.Client()
		archiveURL = "s3://" + bucket + "/" + prefix
		a, err := sinks.Open(archiveURL, sinks.OpenOptions{Endpoint: endpoint, Region: srv.Region, Credentials: srv.Credentials()})
		if err != nil {
			t.Fatal(err)
		}
		arch = a
	} else {
		t.Logf("MinIO not available (%v): using a file archive", err)
		dir := t.TempDir()
		archiveURL = "file://" + filepath.ToSlash(dir)
		a, err := sinks.NewDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		arch = a
	}

	cfgPath := filepath.Join(t.TempDir(), "redactd.yaml")
	cfg := fmt.Sprintf(`brokers: [%q]
topics: [%s]
group: crash-test
batch: {max_records: 400, idle_timeout: 300ms, max_age: 1s}
shutdown_timeout: 10s
group_timeouts: {session: 6s, rebalance: 20s, heartbeat: 500ms, join_backoff: 200ms}
metrics_addr: ""
archive: {url: %q}
prefix: %s
log: {format: json, level: info}
`, addr, strings.Join(corpus.Topics(), ", "), archiveURL, prefix)
	if endpoint != "" {
		cfg += "lifecycle: {on_start: apply}\n"
	}
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"run", "--config", cfgPath}
	if endpoint != "" {
		args = append(args, "--s3-endpoint", endpoint)
	}

	// The producer runs in the background for the whole kill-restart phase.
	want := newWantSet()
	prod := startCrashProducer(t, addr, want)

	logs := &syncBuffer{}
	start := func() *exec.Cmd {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), env...)
		cmd.Stdout, cmd.Stderr = logs, logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	kill := func(cmd *exec.Cmd, why string) {
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		t.Logf("SIGKILL %s: %d records produced so far", why, want.len())
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("daemon logs (last 8 KiB):\n%s", logs.tail(8<<10))
		}
	})

	// Kill 1: shortly after the first objects are written.
	cmd := start()
	waitFor(t, 60*time.Second, "first object", func() bool { return countObjects(t, arch, prefix) > 0 })
	time.Sleep(300 * time.Millisecond)
	kill(cmd, "after the first objects")

	// Kill 2: while joining the group (before it can have committed).
	cmd = start()
	time.Sleep(700 * time.Millisecond)
	kill(cmd, "during start-up")

	// Kill 3 and 4: mid-stream, at random points after new objects appear.
	rng := rand.New(rand.NewPCG(7, 7))
	for i := range 2 {
		n := countObjects(t, arch, prefix)
		cmd = start()
		waitFor(t, 90*time.Second, "new objects", func() bool { return countObjects(t, arch, prefix) > n })
		time.Sleep(time.Duration(rng.IntN(1500)) * time.Millisecond)
		kill(cmd, fmt.Sprintf("mid-stream (%d)", i+1))
	}

	// kcat: more records from a client nobody here wrote.
	produceWithKcat(t, addr, want)

	// Drain: stop producing, restart, wait for the commits to reach the end
	// of every partition, then stop gracefully.
	prod.stop()
	cmd = start()
	final := cmd
	t.Cleanup(func() {
		if !t.Failed() || final.ProcessState != nil {
			return
		}
		// A daemon that did not finish: its goroutines say where it
		// waits. The whole log goes to a file, its tail to the test log.
		_ = final.Process.Signal(syscall.SIGQUIT)
		done := make(chan struct{})
		go func() { _ = final.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = final.Process.Kill()
		}
		f := filepath.Join(os.TempDir(), fmt.Sprintf("redactd-crash-%d.log", os.Getpid()))
		if err := os.WriteFile(f, []byte(logs.tail(64<<20)), 0o600); err == nil {
			t.Logf("daemon log with its goroutine dump: %s", f)
		}
	})
	ends := endOffsets(t, addr)
	var behind []string // partitions not committed to their end, for the failure message
	t.Cleanup(func() {
		if t.Failed() && len(behind) > 0 {
			t.Logf("partitions behind at the last check: %s", strings.Join(behind, ", "))
		}
	})
	// kfake (the pinned version) keeps a member whose JoinGroup reply it
	// could not deliver (its process was killed while joining) without a
	// session timer, where a real broker expires it; when that member is
	// in the final generation it holds its partitions for good. Another
	// member's join removes it (it does not rejoin), so when the commits
	// stop moving for 30s a second replica is started: two replicas
	// sharing the drain is a case worth running anyway.
	var second *exec.Cmd
	progress, lastMove := int64(-1), time.Now()
	deadline := time.Now().Add(180 * time.Second)
	for {
		behind = behind[:0]
		var sum int64
		for topic, parts := range ends {
			c := kafkatest.Committed(t, addr, "crash-test", topic, crashPartitions)
			for p, end := range parts {
				sum += c[p]
				if c[p] < end {
					behind = append(behind, fmt.Sprintf("%s/%d committed %d of %d", topic, p, c[p], end))
				}
			}
		}
		if len(behind) == 0 {
			break
		}
		if sum != progress {
			progress, lastMove = sum, time.Now()
		}
		if second == nil && time.Since(lastMove) > 30*time.Second {
			t.Logf("no commit moved for 30s (%d partitions behind): starting a second replica", len(behind))
			second = start()
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out after 180s waiting for commits at the end of every partition")
		}
		time.Sleep(200 * time.Millisecond)
	}
	for _, c := range []*exec.Cmd{cmd, second} {
		if c == nil {
			continue
		}
		if err := c.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if err := c.Wait(); err != nil {
			t.Fatalf("redactd run after SIGTERM: %v", err)
		}
	}
	t.Logf("%d records produced (%d with kcat)", want.len(), want.kcat.Load())

	// Read everything back.
	pol := rules.Default()
	checkArchive(t, arch, prefix, pol, want, mc, bucket)
	if mc != nil {
		checkLifecycle(t, mc, bucket, prefix, pol)
	}
}

// wantSet is every record produced: id -> its planted personal data.
type wantSet struct {
	mu      sync.Mutex
	planted map[uint64][][]byte
	topic   map[uint64]string
	kind    map[uint64]corpus.Kind
	kcat    atomic.Int64
}

func newWantSet() *wantSet {
	return &wantSet{planted: map[uint64][][]byte{}, topic: map[uint64]string{}, kind: map[uint64]corpus.Kind{}}
}

func (w *wantSet) add(r corpus.Record) {
	w.mu.Lock()
	w.planted[r.ID] = r.Planted
	w.topic[r.ID] = r.Topic
	w.kind[r.ID] = r.Kind
	w.mu.Unlock()
}

func (w *wantSet) len() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.planted)
}

type crashProducer struct {
	cancel context.CancelFunc
	done   chan struct{}
}

func (p *crashProducer) stop() {
	p.cancel()
	<-p.done
}

// startCrashProducer produces the corpus mix at about 2000 records/s until
// stopped; a record counts as produced once acknowledged.
func startCrashProducer(t *testing.T, addr string, want *wantSet) *crashProducer {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr), kgo.RecordPartitioner(kgo.RoundRobinPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	p := &crashProducer{cancel: cancel, done: make(chan struct{})}
	gen := corpus.New(42)
	go func() {
		defer close(p.done)
		defer cl.Close()
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for ctx.Err() == nil {
			batch := make([]*kgo.Record, 0, 20)
			recs := make([]corpus.Record, 0, 20)
			for range 20 {
				gen.SetTime(time.Now())
				r := gen.Mix()
				recs = append(recs, r)
				batch = append(batch, &kgo.Record{Topic: r.Topic, Key: r.Key, Value: r.Value, Timestamp: r.Time})
			}
			pctx, pcancel := context.WithTimeout(context.Background(), 10*time.Second)
			res := cl.ProduceSync(pctx, batch...)
			pcancel()
			for i, pr := range res {
				if pr.Err == nil {
					want.add(recs[i])
				}
			}
			select {
			case <-ctx.Done():
			case <-tick.C:
			}
		}
	}()
	t.Cleanup(p.stop)
	return p
}

// produceWithKcat produces records with kcat (-P, one record per line).
func produceWithKcat(t *testing.T, addr string, want *wantSet) {
	t.Helper()
	kcat, err := exec.LookPath("kcat")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("kcat not found (make tools installs it): %v", err)
		}
		t.Logf("kcat not found, skipping the kcat part: %v", err)
		return
	}
	gen := corpus.New(99)
	gen.SetNextID(5_000_000_000) // disjoint from the franz-go producer's ids
	for _, k := range []corpus.Kind{corpus.Nginx, corpus.DNS, corpus.Audit} {
		var in bytes.Buffer
		recs := make([]corpus.Record, 0, 300)
		for range 300 {
			gen.SetTime(time.Now())
			r := gen.Next(k)
			recs = append(recs, r)
			in.Write(r.Value)
			in.WriteByte('\n')
		}
		cmd := exec.Command(kcat, "-P", "-b", addr, "-t", k.Topic())
		cmd.Stdin = &in
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("kcat -P -t %s: %v\n%s", k.Topic(), err, out)
		}
		for _, r := range recs {
			want.add(r)
		}
		want.kcat.Add(int64(len(recs)))
	}
}

// endOffsets returns the end offset of every partition of every topic.
func endOffsets(t *testing.T, addr string) map[string]map[int]int64 {
	t.Helper()
	cl := &kafka.Client{Addr: kafka.TCP(addr), Timeout: 10 * time.Second}
	req := &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{}}
	for _, tp := range corpus.Topics() {
		for p := range crashPartitions {
			req.Topics[tp] = append(req.Topics[tp], kafka.LastOffsetOf(p))
		}
	}
	resp, err := cl.ListOffsets(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[int]int64{}
	for tp, ps := range resp.Topics {
		out[tp] = map[int]int64{}
		for _, p := range ps {
			if p.Error != nil {
				t.Fatalf("end offset of %s/%d: %v", tp, p.Partition, p.Error)
			}
			out[tp][p.Partition] = p.LastOffset
		}
	}
	return out
}

func countObjects(t *testing.T, arch sinks.Archive, prefix string) int {
	t.Helper()
	n := 0
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := arch.List(ctx, prefix+"/", func(string, int64) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

func waitFor(t *testing.T, d time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// checkArchive reads every object back and checks records, keys, tags and
// metadata.
func checkArchive(t *testing.T, arch sinks.Archive, prefix string, pol *rules.Policy, want *wantSet, mc *s3.Client, bucket string) {
	t.Helper()
	ctx := context.Background()
	seen := map[uint64]string{} // id -> key it was found in
	var keys []string
	if err := arch.List(ctx, prefix+"/", func(key string, _ int64) error {
		if strings.HasPrefix(key, prefix+"/.redactd/") {
			return nil // the retention record, not an archive object
		}
		keys = append(keys, key)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(keys) == 0 {
		t.Fatal("archive is empty")
	}
	classDays := map[string]int{}
	for _, c := range pol.Classes {
		classDays[c.Name] = c.Days
	}
	dups, leaks := 0, 0
	for _, key := range keys {
		k, err := sinks.ParseKey(key)
		if err != nil {
			t.Errorf("object %q: %v", key, err)
			continue
		}
		if k.Prefix != prefix {
			t.Errorf("object %q: prefix %q, want %q", key, k.Prefix, prefix)
		}
		meta, err := arch.Stat(ctx, key)
		if err != nil {
			t.Fatalf("stat %q: %v", key, err)
		}
		if meta.Class != k.Class || meta.RulesVersion != pol.Version || meta.FirstOffset != k.FirstOffset || meta.LastOffset < meta.FirstOffset {
			t.Errorf("object %q: metadata %+v does not match key (class %s, first offset %d) or rules version %s",
				key, meta, k.Class, k.FirstOffset, pol.Version)
		}
		if mc != nil {
			tags, err := mc.GetObjectTagging(ctx, &s3.GetObjectTaggingInput{Bucket: aws.String(bucket), Key: aws.String(key)})
			if err != nil {
				t.Fatalf("tags of %q: %v", key, err)
			}
			found := false
			for _, tg := range tags.TagSet {
				found = found || (aws.ToString(tg.Key) == "retention-class" && aws.ToString(tg.Value) == k.Class)
			}
			if !found {
				t.Errorf("object %q: no tag retention-class=%s (tags %v)", key, k.Class, tags.TagSet)
			}
			if meta.Expiration == "" {
				t.Errorf("object %q: no x-amz-expiration on HEAD", key)
			}
		}
		rc, err := arch.Get(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		dec, err := sinks.NewReader(bytes.NewReader(body), k.Codec)
		if err != nil {
			t.Fatalf("object %q: %v", key, err)
		}
		sc := bufio.NewScanner(dec)
		sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
		lines := 0
		for sc.Scan() {
			lines++
			line := sc.Bytes()
			id, ok := corpus.ParseID(line)
			if !ok {
				t.Errorf("object %q line %d: no record id", key, lines)
				continue
			}
			if prev, dup := seen[id]; dup {
				if dups++; dups <= 10 {
					t.Errorf("record %d archived twice: in %q and %q", id, prev, key)
				}
			}
			seen[id] = key
			want.mu.Lock()
			planted, known, kind := want.planted[id], want.topic[id], want.kind[id]
			want.mu.Unlock()
			if known != "" && known != k.Topic {
				t.Errorf("record %d of topic %s archived under topic %s", id, known, k.Topic)
			}
			if wantClass := pol.Classes[pol.Classify(k.Topic, line)].Name; wantClass != k.Class {
				t.Errorf("record %d: class %s, want %s", id, k.Class, wantClass)
			}
			for i, pii := range planted {
				if bytes.Contains(line, pii) {
					if leaks++; leaks <= 10 {
						t.Errorf("record %d (%s) in %q: planted value %d of %d bytes survived redaction", id, kind, key, i, len(pii))
					}
				}
			}
		}
		dec.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("object %q: %v", key, err)
		}
		if lines != meta.Records {
			t.Errorf("object %q: %d lines, metadata says %d", key, lines, meta.Records)
		}
	}
	want.mu.Lock()
	defer want.mu.Unlock()
	missing := 0
	for id := range want.planted {
		if _, ok := seen[id]; !ok {
			if missing++; missing <= 10 {
				t.Errorf("record %d (topic %s) not in the archive", id, want.topic[id])
			}
		}
	}
	t.Logf("%d objects, %d records archived, %d produced: %d missing, %d duplicated, %d leaks",
		len(keys), len(seen), len(want.planted), missing, dups, leaks)
}

// checkLifecycle checks that the bucket has one expiration rule per class.
func checkLifecycle(t *testing.T, mc *s3.Client, bucket, prefix string, pol *rules.Policy) {
	t.Helper()
	out, err := mc.GetBucketLifecycleConfiguration(context.Background(), &s3.GetBucketLifecycleConfigurationInput{Bucket: aws.String(bucket)})
	if err != nil {
		t.Fatalf("lifecycle of %s: %v", bucket, err)
	}
	have := map[string]int32{}
	for _, r := range out.Rules {
		if r.Expiration != nil && r.Expiration.Days != nil && r.Filter != nil && r.Filter.Prefix != nil {
			have[aws.ToString(r.Filter.Prefix)] = *r.Expiration.Days
		}
	}
	for _, c := range pol.Classes {
		p := sinks.ClassPrefix(prefix, c.Name)
		if d, ok := have[p]; !ok || int(d) != c.Days {
			t.Errorf("lifecycle: prefix %s expires after %d days (present %v), want %d", p, d, ok, c.Days)
		}
	}
}

// syncBuffer collects a child's output from several processes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) tail(n int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := s.b.Bytes()
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
