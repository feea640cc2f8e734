package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/redactd/redactd/pipeline/kafkatest"
)

// hungS3 listens, accepts and never answers: an S3 endpoint that hangs.
func hungS3(t *testing.T) (endpoint string, accepted *atomic.Int32) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	accepted = new(atomic.Int32)
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			accepted.Add(1)
		}
	}()
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
	})
	return "http://" + l.Addr().String(), accepted
}

// runDaemon starts the built binary with config and returns it, its log
// and a function that sends SIGTERM and returns the exit code.
func runDaemon(t *testing.T, config string) (logs *syncBuffer, term func() int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "redactd.yaml")
	if err := os.WriteFile(path, []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(cliBin, "run", "--config", path)
	cmd.Env = append(os.Environ(), "AWS_ACCESS_KEY_ID=test", "AWS_SECRET_ACCESS_KEY=testtesttest",
		"AWS_REGION=us-east-1", "AWS_EC2_METADATA_DISABLED=true")
	logs = &syncBuffer{}
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	return logs, func() int {
		if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-done:
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				return ee.ExitCode()
			}
			if err != nil {
				t.Fatal(err)
			}
			return 0
		case <-time.After(30 * time.Second):
			t.Fatalf("redactd did not exit within 30s of SIGTERM; log:\n%s", logs.String())
			return -1
		}
	}
}

// A SIGTERM while the daemon is still starting (here: applying lifecycle
// rules to an S3 endpoint that hangs) is a clean stop, exit 0, not
// "cannot start: context canceled" and exit 1.
func TestExitCleanOnSIGTERMDuringStartup(t *testing.T) {
	endpoint, accepted := hungS3(t)
	logs, term := runDaemon(t, fmt.Sprintf(`brokers: ["127.0.0.1:1"]
topics: [in]
group: exit-test
metrics_addr: ""
archive: {url: "s3://bucket", s3_endpoint: %q}
lifecycle: {on_start: apply}
log: {format: text}
`, endpoint))
	waitFor(t, 20*time.Second, "start-up reaching the hung S3 endpoint", func() bool { return accepted.Load() > 0 })
	if code := term(); code != 0 {
		t.Fatalf("exit %d after SIGTERM during start-up, want 0; log:\n%s", code, logs.String())
	}
	if !strings.Contains(logs.String(), "stopped during start-up") || strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("log:\n%s", logs.String())
	}
}

// A stop that cannot archive every batch within shutdown_timeout (the S3
// endpoint hangs) exits with exitAbandoned and says that nothing is lost;
// nothing is committed.
func TestExitNonZeroWhenStopAbandonsBatches(t *testing.T) {
	// An S3 endpoint that answers reads (no lifecycle rules, an empty
	// listing) and never answers a write.
	var puts atomic.Int32
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		switch {
		case r.Method == http.MethodPut:
			puts.Add(1)
			select {
			case <-r.Context().Done():
			case <-release:
			}
		case r.URL.Query().Has("lifecycle"):
			w.WriteHeader(http.StatusNotFound)
			io.WriteString(w, `<Error><Code>NoSuchLifecycleConfiguration</Code><Message>none</Message></Error>`)
		default:
			io.WriteString(w, `<ListBucketResult><Name>bucket</Name><KeyCount>0</KeyCount><IsTruncated>false</IsTruncated></ListBucketResult>`)
		}
	}))
	t.Cleanup(func() { close(release); srv.Close() })
	endpoint := srv.URL
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1})
	logs, term := runDaemon(t, fmt.Sprintf(`brokers: [%q]
topics: [in]
group: exit-test
metrics_addr: ""
shutdown_timeout: 2s
batch: {idle_timeout: 100ms}
group_timeouts: {session: 6s, heartbeat: 500ms, join_backoff: 200ms}
archive: {url: "s3://bucket", s3_endpoint: %q, s3_request_timeout: 1m}
lifecycle: {on_start: "off"}
log: {format: text}
`, addr, endpoint))
	waitLog(t, 30*time.Second, "the group joined", func() bool {
		if strings.Contains(logs.String(), "level=ERROR") {
			t.Fatalf("error at start:\n%s", logs.String())
		}
		return strings.Contains(logs.String(), "generation joined")
	}, logs)
	// Produced after the first fetch, so that no replay check lists the
	// archive first: the records go straight into batches.
	time.Sleep(time.Second)
	var recs []kafkatest.Record
	for i := range 20 {
		recs = append(recs, kafkatest.Record{Value: []byte(fmt.Sprintf(`{"id":%d,"msg":"hello"}`, i))})
	}
	kafkatest.Produce(t, addr, "in", recs)
	waitLog(t, 20*time.Second, "an upload hanging", func() bool { return puts.Load() >= 1 }, logs)
	time.Sleep(500 * time.Millisecond)
	code := term()
	if code != exitAbandoned {
		t.Fatalf("exit %d after a stop that could not archive, want %d; log:\n%s", code, exitAbandoned, logs.String())
	}
	if !strings.Contains(logs.String(), "nothing is lost") {
		t.Errorf("the log does not say that nothing is lost:\n%s", logs.String())
	}
	if c := kafkatest.Committed(t, addr, "exit-test", "in", 1); c[0] > 0 {
		t.Errorf("committed %v with nothing archived", c)
	}
}

// String returns everything written so far.
func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitLog is waitFor that shows the daemon's log when it times out.
func waitLog(t *testing.T, d time.Duration, what string, cond func() bool, logs *syncBuffer) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s; log:\n%s", d, what, logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}
