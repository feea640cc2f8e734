package pipeline

import (
	"context"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/Shopify/toxiproxy/v2"
	"github.com/Shopify/toxiproxy/v2/collectors"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/redactd/redactd/pipeline/kafkatest"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

// Fault injection: the daemon's data path against a real broker (kfake)
// and a real store (MinIO), with Toxiproxy (in-process, loopback only)
// between them. Each test injects one fault while records arrive, checks
// what an operator would watch (metrics, /readyz), lifts the fault, and
// checks that everything was archived exactly once without a restart and
// that the log holds no record content.

// newToxiproxy starts a Toxiproxy proxy on a free loopback port in front
// of upstream.
func newToxiproxy(t *testing.T, name, upstream string) *toxiproxy.Proxy {
	t.Helper()
	srv := toxiproxy.NewServer(toxiproxy.NewMetricsContainer(prometheus.NewRegistry()), zerolog.Nop())
	srv.Metrics.ProxyMetrics = collectors.NewProxyMetricCollectors()
	p := toxiproxy.NewProxy(srv, name, "127.0.0.1:0", upstream)
	if err := p.Start(); err != nil {
		t.Fatalf("toxiproxy %s: %v", name, err)
	}
	t.Cleanup(p.Stop)
	return p
}

// faultLog is a pipeline logger whose output the test can search.
func faultLog(t *testing.T) (*slog.Logger, *syncBuffer) {
	var b syncBuffer
	return slog.New(slog.NewTextHandler(io.MultiWriter(&b, testLogWriter(t)), nil)), &b
}

// checkNoRecordContent fails when the log holds a planted value of the
// corpus (an e-mail address of a record, redacted or not, never belongs in
// a log line).
func checkNoRecordContent(t *testing.T, log string) {
	t.Helper()
	for _, s := range []string{"@example.com", `"msg":"line`, "10.20."} {
		if strings.Contains(log, s) {
			t.Errorf("the daemon's log holds record content %q", s)
		}
	}
}

// openFaultBucket opens bucket of srv through endpoint (MinIO itself or a
// proxy in front of it) with the fault tests' short deadlines.
func openFaultBucket(t *testing.T, srv *s3test.Server, bucket, endpoint string) sinks.Archive {
	t.Helper()
	a, err := sinks.Open("s3://"+bucket, sinks.OpenOptions{
		Endpoint: endpoint, Region: srv.Region, Credentials: srv.Credentials(),
		MaxAttempts: 2, RequestTimeout: time.Second, UploadTimeout: 5 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// startFirstHalf is the first act of most fault tests: it produces the
// first half of recs to topic "in" at addr, starts a pipeline (group "g")
// on arch with cfg adjusted by tune, and waits until that half is
// committed. It returns the pipeline (closed when the test ends), the
// first half's record counts by partition, and the pipeline's log.
func startFirstHalf(t *testing.T, addr string, recs []kafkatest.Record, arch sinks.Archive, tune func(*Config)) (*Pipeline, map[int]int64, *syncBuffer) {
	t.Helper()
	first := recs[:len(recs)/2]
	kafkatest.Produce(t, addr, "in", first)
	cfg := testConfig(addr, "g", "in")
	if tune != nil {
		tune(&cfg)
	}
	log, logs := faultLog(t)
	p, err := New(cfg, testPolicy(t), arch, WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	p.Start(context.Background())
	t.Cleanup(func() { _ = p.Close() })
	half := map[int]int64{}
	for _, r := range first {
		half[int(r.Partition)]++
	}
	waitFor(t, 30*time.Second, "the first half committed", committedAll(t, addr, "g", "in", half))
	return p, half, logs
}

// S3 hanging: the store accepts connections and answers nothing (a
// Toxiproxy timeout toxic with no timeout). Attempts time out after
// request_timeout and are counted as timeouts, /readyz turns 503 after
// archive_unhealthy_after, the oldest unarchived record ages; once the
// store answers again everything is archived exactly once.
func TestFaultS3Hanging(t *testing.T) {
	if testing.Short() {
		t.Skip("fault injection: skipped with -short")
	}
	srv := s3test.Start(t)
	bucket := srv.NewBucket(t)
	proxy := newToxiproxy(t, "s3", strings.TrimPrefix(srv.Endpoint, "http://"))
	open := func(endpoint string) sinks.Archive { return openFaultBucket(t, srv, bucket, endpoint) }
	arch := open("http://" + proxy.Listen)

	const n, parts = 600, 2
	addr, _ := kafkatest.Start(t, map[string]int{"in": parts})
	recs := corpus(n, parts, hourBase)
	p, _, logs := startFirstHalf(t, addr, recs, arch, func(c *Config) { c.ArchiveUnhealthyAfter = 2 * time.Second })
	h := p.Handler()

	if _, err := proxy.Toxics.AddToxicJson(strings.NewReader(`{"name":"hang","type":"timeout","stream":"upstream","attributes":{"timeout":0}}`)); err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	kafkatest.Produce(t, addr, "in", recs[n/2:])
	timeouts := p.uploadErrC[sinks.ReasonTimeout]
	waitFor(t, 30*time.Second, "a timed-out attempt counted", func() bool { return counterValue(t, timeouts) > 0 })
	tMetric := time.Since(t0)
	waitFor(t, 30*time.Second, "/readyz 503", func() bool {
		code, body := readyz(t, h)
		return code == 503 && strings.Contains(body, "archive writes failing") && strings.Contains(body, "timeout")
	})
	tReady := time.Since(t0)
	age := gaugeValue(t, p, "redactd_oldest_unarchived_seconds")
	if age <= 0 || gaugeValue(t, p, "redactd_archive_healthy") != 0 {
		t.Errorf("during the hang: oldest unarchived %vs, healthy %v", age, gaugeValue(t, p, "redactd_archive_healthy"))
	}
	if !strings.Contains(logs.String(), "request_timeout") {
		t.Errorf("no log line names the timed-out attempts")
	}

	if err := proxy.Toxics.RemoveToxic(context.Background(), "hang"); err != nil {
		t.Fatal(err)
	}
	t1 := time.Now()
	waitFor(t, 60*time.Second, "all committed after the hang", committedAll(t, addr, "g", "in", ends(recs, parts)))
	waitFor(t, 10*time.Second, "ready again", func() bool { code, _ := readyz(t, h); return code == 200 })
	tRecover := time.Since(t1)
	if err := p.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	checkExactlyOnce(t, checkArchive(t, readArchive(t, open(srv.Endpoint))), n)
	checkNoRecordContent(t, logs.String())
	t.Logf("S3 hanging (request_timeout 1s, archive_unhealthy_after 2s): timeout counted after %v, /readyz 503 after %v (oldest unarchived %.1fs), %v timed-out attempts; recovered (all committed, ready) %v after the store answered",
		tMetric.Round(10*time.Millisecond), tReady.Round(10*time.Millisecond), age, counterValue(t, timeouts), tRecover.Round(10*time.Millisecond))
}

// advertised is a listener that tells kfake to advertise another address
// (the proxy's), so that every client connection goes through the proxy.
type advertised struct {
	net.Listener
	addr net.Addr
}

func (a advertised) Addr() net.Addr { return a.addr }

// kafkaBehindProxy starts kfake behind a Toxiproxy proxy that it
// advertises, so that every connection, the daemon's and the test's, goes
// through the proxy.
func kafkaBehindProxy(t *testing.T, topics map[string]int) (string, *toxiproxy.Proxy) {
	t.Helper()
	var proxy *toxiproxy.Proxy
	listen := kfake.ListenFn(func(network, address string) (net.Listener, error) {
		ln, err := net.Listen(network, "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		proxy = newToxiproxy(t, "kafka", ln.Addr().String())
		pa, err := net.ResolveTCPAddr("tcp", proxy.Listen)
		if err != nil {
			return nil, err
		}
		return advertised{ln, pa}, nil
	})
	addr, _ := kafkatest.Start(t, topics, listen)
	if addr != proxy.Listen {
		t.Fatalf("kfake advertises %s, not the proxy %s", addr, proxy.Listen)
	}
	return addr, proxy
}

// Kafka connection resets: for 3s every connection to the broker is reset
// (TCP RST) as soon as data flows, shorter than the session timeout. The
// daemon retries its fetches and commits, keeps going without a restart,
// and archives everything exactly once.
func TestFaultKafkaResets(t *testing.T) {
	if testing.Short() {
		t.Skip("fault injection: skipped with -short")
	}
	const n, parts = 600, 2
	addr, proxy := kafkaBehindProxy(t, map[string]int{"in": parts})
	recs := corpus(n, parts, hourBase)
	dir := newDir(t)
	p, _, logs := startFirstHalf(t, addr, recs, dir, nil)
	for _, stream := range []string{"upstream", "downstream"} {
		if _, err := proxy.Toxics.AddToxicJson(strings.NewReader(`{"name":"reset_` + stream + `","type":"reset_peer","stream":"` + stream + `","attributes":{"timeout":0}}`)); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(3 * time.Second)
	for _, stream := range []string{"upstream", "downstream"} {
		if err := proxy.Toxics.RemoveToxic(context.Background(), "reset_"+stream); err != nil {
			t.Fatal(err)
		}
	}
	t1 := time.Now()
	kafkatest.Produce(t, addr, "in", recs[n/2:])
	waitFor(t, 90*time.Second, "all committed after the resets", committedThrough(t, addr, "g", "in", ends(recs, parts)))
	waitFor(t, 10*time.Second, "ready", func() bool { code, _ := readyz(t, p.Handler()); return code == 200 })
	tRecover := time.Since(t1)
	if err := p.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	checkExactlyOnce(t, checkArchive(t, readArchive(t, dir)), n)
	checkNoRecordContent(t, logs.String())
	t.Logf("Kafka resets for 3s: all committed and ready %v after they stopped; %v commit errors",
		tRecover.Round(10*time.Millisecond), counterValue(t, p.m.commitErrors))
}

// Kafka cut: every connection to the broker is closed and new ones are
// refused (the Toxiproxy proxy stopped) for longer than the session
// timeout. /readyz says the group is not joined, the lag series stay
// (stale), and once the broker is reachable the daemon rejoins by itself
// and archives everything exactly once.
func TestFaultKafkaCut(t *testing.T) {
	if testing.Short() {
		t.Skip("fault injection: skipped with -short")
	}
	const n, parts = 600, 2
	addr, proxy := kafkaBehindProxy(t, map[string]int{"in": parts})
	recs := corpus(n, parts, hourBase)
	dir := newDir(t)
	p, _, logs := startFirstHalf(t, addr, recs, dir, nil)
	h := p.Handler()
	waitFor(t, 20*time.Second, "lag reported for both partitions", func() bool { return len(lagSeries(t, p)) == parts })

	proxy.Stop() // every connection closed, new ones refused
	t0 := time.Now()
	waitFor(t, 30*time.Second, "/readyz 503: group not joined", func() bool {
		code, body := readyz(t, h)
		return code == 503 && strings.Contains(body, "consumer group not joined")
	})
	tReady := time.Since(t0)
	if got := lagSeries(t, p); len(got) != parts {
		t.Errorf("during the cut the lag series are %v; want both kept", got)
	}
	time.Sleep(testConfig(addr, "g", "in").GroupTimeouts.Session) // longer than the session: the membership expires
	lag := lagSeries(t, p)

	if err := proxy.Start(); err != nil {
		t.Fatalf("toxiproxy restart on %s: %v", proxy.Listen, err)
	}
	t1 := time.Now()
	kafkatest.Produce(t, addr, "in", recs[n/2:])
	waitFor(t, 90*time.Second, "all committed after the cut", committedThrough(t, addr, "g", "in", ends(recs, parts)))
	waitFor(t, 10*time.Second, "ready again", func() bool { code, _ := readyz(t, h); return code == 200 })
	tRecover := time.Since(t1)
	if err := p.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	checkExactlyOnce(t, checkArchive(t, readArchive(t, dir)), n)
	checkNoRecordContent(t, logs.String())
	var stale float64
	for _, v := range lag {
		stale = max(stale, v[1])
	}
	t.Logf("Kafka cut (session 6s): /readyz 503 after %v; lag series kept, %.1fs stale at the end of the cut; recovered (rejoined, all committed, ready) %v after the broker was reachable; %v commit errors",
		tReady.Round(10*time.Millisecond), stale, tRecover.Round(10*time.Millisecond), counterValue(t, p.m.commitErrors))
}

// committedThrough is committedAll for a broker behind a proxy that was
// cut: a failed fetch (kafka-go's shared transport may hand out a
// connection the cut closed) is "not yet", not a test failure.
// It uses a transport of its own, created after the cut, and closes it
// when the test ends (a transport refreshes metadata in the background).
func committedThrough(t *testing.T, addr, group, topic string, want map[int]int64) func() bool {
	tr := &kafka.Transport{}
	t.Cleanup(tr.CloseIdleConnections)
	cl := &kafka.Client{Addr: kafka.TCP(addr), Timeout: 5 * time.Second, Transport: tr}
	return func() bool {
		ps := make([]int, 0, len(want))
		for p := range want {
			ps = append(ps, p)
		}
		resp, err := cl.OffsetFetch(context.Background(), &kafka.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{topic: ps}})
		if err != nil || resp.Error != nil {
			return false
		}
		got := map[int]int64{}
		for _, p := range resp.Topics[topic] {
			got[p.Partition] = p.CommittedOffset
		}
		for p, w := range want {
			if w > 0 && got[p] != w {
				return false
			}
		}
		return true
	}
}

// S3 down, then SIGTERM during the outage: connections to the store are
// refused (the proxy stopped). Attempts are counted as network errors and
// /readyz turns 503; a graceful stop during the outage abandons its
// batches (AbandonedAtStop, run's exit 3) and commits nothing past them;
// after the store is back, a new start archives everything exactly once.
func TestFaultS3DownAndStopDuringOutage(t *testing.T) {
	if testing.Short() {
		t.Skip("fault injection: skipped with -short")
	}
	srv := s3test.Start(t)
	bucket := srv.NewBucket(t)
	proxy := newToxiproxy(t, "s3", strings.TrimPrefix(srv.Endpoint, "http://"))
	open := func(endpoint string) sinks.Archive { return openFaultBucket(t, srv, bucket, endpoint) }
	const n, parts = 600, 2
	addr, _ := kafkatest.Start(t, map[string]int{"in": parts})
	recs := corpus(n, parts, hourBase)
	kafkatest.Produce(t, addr, "in", recs[:n/2])
	cfg := testConfig(addr, "g", "in")
	cfg.ArchiveUnhealthyAfter = 2 * time.Second
	cfg.ShutdownTimeout = time.Second
	log, logs := faultLog(t)
	startOne := func() *Pipeline {
		p, err := New(cfg, testPolicy(t), open("http://"+proxy.Listen), WithLogger(log))
		if err != nil {
			t.Fatal(err)
		}
		p.Start(context.Background())
		t.Cleanup(func() { _ = p.Close() })
		return p
	}
	p := startOne()
	half := map[int]int64{}
	for _, r := range recs[:n/2] {
		half[int(r.Partition)]++
	}
	waitFor(t, 30*time.Second, "the first half committed", committedAll(t, addr, "g", "in", half))

	proxy.Stop() // connection refused
	t0 := time.Now()
	kafkatest.Produce(t, addr, "in", recs[n/2:])
	network := p.uploadErrC[sinks.ReasonNetwork]
	waitFor(t, 30*time.Second, "a refused attempt counted", func() bool { return counterValue(t, network) > 0 })
	tMetric := time.Since(t0)
	waitFor(t, 30*time.Second, "/readyz 503", func() bool {
		code, body := readyz(t, p.Handler())
		return code == 503 && strings.Contains(body, "network")
	})
	tReady := time.Since(t0)

	// SIGTERM during the outage.
	t1 := time.Now()
	if err := p.Close(); err != nil {
		t.Fatalf("Close during the outage: %v", err)
	}
	tStop := time.Since(t1)
	if p.AbandonedAtStop() == 0 {
		t.Errorf("a stop during the outage abandoned nothing: the exit code would say all was archived")
	}
	if c := kafkatest.Committed(t, addr, "g", "in", parts); c[0] > half[0] || c[1] > half[1] {
		t.Errorf("committed %v past the first half %v during the outage", c, half)
	}

	if err := proxy.Start(); err != nil {
		t.Fatal(err)
	}
	t2 := time.Now()
	p2 := startOne()
	waitFor(t, 60*time.Second, "all committed after the restart", committedAll(t, addr, "g", "in", ends(recs, parts)))
	tRecover := time.Since(t2)
	if err := p2.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	checkExactlyOnce(t, checkArchive(t, readArchive(t, open(srv.Endpoint))), n)
	checkNoRecordContent(t, logs.String())
	t.Logf("S3 down: refused attempt counted after %v, /readyz 503 after %v; stop during the outage took %v and abandoned %d batches (exit 3), nothing committed past them; a start after the store was back committed everything in %v, exactly once",
		tMetric.Round(10*time.Millisecond), tReady.Round(10*time.Millisecond), tStop.Round(10*time.Millisecond), p.AbandonedAtStop(), tRecover.Round(10*time.Millisecond))
}

// A full disk under a file:// archive (a 1 MiB tmpfs filled up): writes
// fail with ENOSPC, counted as io, /readyz 503; once space is freed the
// daemon carries on by itself, exactly once. It needs root and tmpfs.
func TestFaultFullDisk(t *testing.T) {
	if testing.Short() {
		t.Skip("fault injection: skipped with -short")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a 1 MiB tmpfs for the full-disk test (needs root and tmpfs; skipped, also in CI): %v %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", dir).Run() })
	arch, err := sinks.NewDir(dir + "/archive")
	if err != nil {
		t.Fatal(err)
	}
	filler := dir + "/filler"
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 64<<10)
	for {
		if _, err := f.Write(chunk); err != nil {
			break // ENOSPC: the disk is full
		}
	}
	f.Close()

	const n, parts = 300, 2
	addr, _ := kafkatest.Start(t, map[string]int{"in": parts})
	recs := corpus(n, parts, hourBase)
	kafkatest.Produce(t, addr, "in", recs)
	cfg := testConfig(addr, "g", "in")
	cfg.ArchiveUnhealthyAfter = time.Second
	log, logs := faultLog(t)
	p, err := New(cfg, testPolicy(t), arch, WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	p.Start(context.Background())
	t.Cleanup(func() { _ = p.Close() })
	io := p.uploadErrC[sinks.ReasonIO]
	waitFor(t, 30*time.Second, "a full-disk attempt counted", func() bool { return counterValue(t, io) > 0 })
	tMetric := time.Since(t0)
	waitFor(t, 30*time.Second, "/readyz 503", func() bool {
		code, body := readyz(t, p.Handler())
		return code == 503 && strings.Contains(body, "no space left on device")
	})
	tReady := time.Since(t0)
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	t1 := time.Now()
	waitFor(t, 60*time.Second, "all committed after space was freed", committedAll(t, addr, "g", "in", ends(recs, parts)))
	waitFor(t, 10*time.Second, "ready again", func() bool { code, _ := readyz(t, p.Handler()); return code == 200 })
	tRecover := time.Since(t1)
	if err := p.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	checkExactlyOnce(t, checkArchive(t, readArchive(t, arch)), n)
	checkNoRecordContent(t, logs.String())
	t.Logf("full disk: io error counted after %v, /readyz 503 after %v; recovered %v after space was freed",
		tMetric.Round(10*time.Millisecond), tReady.Round(10*time.Millisecond), tRecover.Round(10*time.Millisecond))
}

// A poisoned topic: records too large, not JSON though they open like it
// (with a \u escape that would hide what it spells), and records that make
// a user pattern backtrack, among good ones. The poisoned ones are
// dead-lettered (metadata only), the good ones archived exactly once,
// every offset committed, and neither the log nor the dead letters hold
// record content.
func TestFaultPoisonedTopic(t *testing.T) {
	if testing.Short() {
		t.Skip("fault injection: skipped with -short")
	}
	pol, err := rules.ParseForTest("poison.yaml", []byte(testPolicyYAML+`patterns:
  - {name: bt, regexp: '(a+)+$', literals: [aaaa], timeout: 5ms}
`))
	if err != nil {
		t.Fatal(err)
	}
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1, "dlq": 1})
	good := sameHour(0, 100)
	var recs []kafkatest.Record
	poisoned := 0
	for i, r := range good {
		recs = append(recs, r)
		if i%10 == 0 {
			recs = append(recs,
				kafkatest.Record{Value: []byte(`{"pad":"` + strings.Repeat("x", 5000) + `","user":"p@example.com"}`)},
				kafkatest.Record{Value: []byte(`{"user":"\u0070@example.com", broken`)},
				kafkatest.Record{Value: []byte("user p@example.com " + strings.Repeat("a", 40) + "!")})
			poisoned += 3
		}
	}
	kafkatest.Produce(t, addr, "in", recs)
	cfg := testConfig(addr, "g", "in")
	cfg.DeadLetterTopic = "dlq"
	log, logs := faultLog(t)
	p, err := New(cfg, pol, newDir(t), WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	arch := p.arch
	t0 := time.Now()
	p.Start(context.Background())
	t.Cleanup(func() { _ = p.Close() })
	waitFor(t, 60*time.Second, "every offset committed", committedAll(t, addr, "g", "in", map[int]int64{0: int64(len(recs))}))
	took := time.Since(t0)
	if err := p.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	s := p.Snapshot()
	if s.Quarantined["oversize"] != 10 || s.Quarantined["parse_error"] != 10 || s.Quarantined["regex_timeout"] != 10 || s.DeadLettered != int64(poisoned) {
		t.Errorf("quarantined %v, dead-lettered %d; want 10 of each reason, %d dead letters", s.Quarantined, s.DeadLettered, poisoned)
	}
	dl := kafkatest.Consume(t, addr, "dlq", 1, 5*time.Second)
	if len(dl) != poisoned {
		t.Errorf("%d dead letters, want %d", len(dl), poisoned)
	}
	for _, m := range dl {
		if strings.Contains(string(m), "example.com") || strings.Contains(string(m), "aaaa") {
			t.Errorf("dead letter holds record content: %s", m)
		}
	}
	checkExactlyOnce(t, checkArchive(t, readArchive(t, arch)), len(good))
	checkNoRecordContent(t, logs.String())
	if strings.Contains(logs.String(), "p@example.com") {
		t.Errorf("the log holds a poisoned record's content")
	}
	t.Logf("poisoned topic: %d good and %d poisoned records (10 oversize, 10 parse_error, 10 regex_timeout at 5ms) committed in %v",
		len(good), poisoned, took.Round(10*time.Millisecond))
}

// MinIO killed (SIGKILL) mid-stream and restarted on its data directory
// after a few seconds: the failed attempts are counted, /readyz turns 503,
// nothing is committed past what was archived, and once the store is back
// the daemon carries on by itself: everything archived exactly once.
func TestFaultMinIOKilledAndRestarted(t *testing.T) {
	if testing.Short() {
		t.Skip("fault injection: skipped with -short")
	}
	srv := s3test.Start(t)
	bucket := srv.NewBucket(t)
	arch := openFaultBucket(t, srv, bucket, srv.Endpoint)
	const n, parts = 600, 2
	addr, _ := kafkatest.Start(t, map[string]int{"in": parts})
	recs := corpus(n, parts, hourBase)
	p, half, logs := startFirstHalf(t, addr, recs, arch, func(c *Config) { c.ArchiveUnhealthyAfter = 2 * time.Second })

	srv.Kill()
	t0 := time.Now()
	kafkatest.Produce(t, addr, "in", recs[n/2:])
	network := p.uploadErrC[sinks.ReasonNetwork]
	waitFor(t, 30*time.Second, "a refused attempt counted", func() bool { return counterValue(t, network) > 0 })
	tMetric := time.Since(t0)
	waitFor(t, 30*time.Second, "/readyz 503", func() bool {
		code, _ := readyz(t, p.Handler())
		return code == 503
	})
	tReady := time.Since(t0)
	if c := kafkatest.Committed(t, addr, "g", "in", parts); c[0] > half[0] || c[1] > half[1] {
		t.Errorf("committed %v past the first half %v while the store was down", c, half)
	}

	srv.Restart(t)
	t1 := time.Now()
	waitFor(t, 60*time.Second, "all committed after the store came back", committedAll(t, addr, "g", "in", ends(recs, parts)))
	tRecover := time.Since(t1)
	waitFor(t, 30*time.Second, "/readyz 200", func() bool {
		code, _ := readyz(t, p.Handler())
		return code == 200
	})
	if err := p.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	checkExactlyOnce(t, checkArchive(t, readArchive(t, arch)), n)
	checkNoRecordContent(t, logs.String())
	t.Logf("MinIO killed: refused attempt counted after %v, /readyz 503 after %v; restarted on its data, everything committed %v later, exactly once, without a daemon restart",
		tMetric.Round(10*time.Millisecond), tReady.Round(10*time.Millisecond), tRecover.Round(10*time.Millisecond))
}
