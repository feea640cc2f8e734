package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/redactd/redactd/internal/corpus"
	"github.com/redactd/redactd/pipeline/kafkatest"
	"github.com/redactd/redactd/rules"
)

// TestRunFileArchive runs the daemon as `run` does (startDaemon) against
// kfake and a file archive: every record is archived, the metrics endpoint
// serves the pipeline's and the janitor's metrics, /readyz turns ready, and
// cancelling stops it cleanly.
func TestRunFileArchive(t *testing.T) {
	addr, _ := kafkatest.Start(t, map[string]int{corpus.TopicCDN: 2, corpus.TopicAudit: 1})
	g := corpus.New(5)
	const n = 300
	var cdn, audit []kafkatest.Record
	for i := range n {
		if i%3 == 0 {
			audit = append(audit, kafkatest.Record{Value: g.Next(corpus.Audit).Value})
		} else {
			cdn = append(cdn, kafkatest.Record{Partition: int32(i % 2), Value: g.Next(corpus.Nginx).Value})
		}
	}
	kafkatest.Produce(t, addr, corpus.TopicCDN, cdn)
	kafkatest.Produce(t, addr, corpus.TopicAudit, audit)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	metricsAddr := ln.Addr().String()
	ln.Close()

	cfg := DefaultConfig()
	cfg.Brokers = []string{addr}
	cfg.Topics = []string{corpus.TopicCDN, corpus.TopicAudit}
	cfg.Group = "run-test"
	cfg.Archive.URL = "file://" + filepath.ToSlash(t.TempDir())
	cfg.MetricsAddr = metricsAddr
	cfg.Batch.IdleTimeout = 200 * time.Millisecond
	cfg.GroupTimeouts.Session = 6 * time.Second
	cfg.GroupTimeouts.Heartbeat = 500 * time.Millisecond
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	p, _, err := startPipeline(ctx, cfg, rules.Default(), log, newRegistry(rules.Default().Version))
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, 60*time.Second, "every record archived", func() bool { return sum(p.Snapshot().RecordsOut) == n })
	s := p.Snapshot()
	if s.RecordsOut["access"] != int64(len(cdn)) || s.RecordsOut["audit"] != int64(len(audit)) {
		t.Errorf("records per class %v, want access %d audit %d", s.RecordsOut, len(cdn), len(audit))
	}
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + metricsAddr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	waitFor(t, 10*time.Second, "/readyz 200", func() bool { code, _ := get("/readyz"); return code == 200 })
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz: %d", code)
	}
	_, metrics := get("/metrics")
	for _, m := range []string{`redactd_records_out_total{class="audit",topic="audit-log"} 100`, "redactd_janitor_last_run_timestamp_seconds", "redactd_lifecycle_drift 0",
		"\ngo_goroutines ", "\ngo_memstats_heap_inuse_bytes ", "\nprocess_resident_memory_bytes ", "\nprocess_cpu_seconds_total ",
		`rules_version="` + rules.Default().Version + `",version="`} {
		if !strings.Contains(metrics, m) {
			t.Errorf("/metrics lacks %q", m)
		}
	}
	if !regexp.MustCompile(`(?m)^redactd_build_info\{commit="[^"]+",go_version="go1\.[0-9.]+[^"]*",rules_version="[0-9a-f]{12}",version="[^"]+"\} 1$`).MatchString(metrics) {
		t.Errorf("/metrics lacks redactd_build_info with every label:\n%s", grepLines(metrics, "build_info"))
	}
	cancel()
	select {
	case <-p.Done():
	case <-time.After(20 * time.Second):
		t.Fatal("the pipeline did not stop within 20s of its context's end")
	}
	if err := p.Close(); err != nil {
		t.Fatalf("stop: %v", err)
	}
}

// grepLines returns the lines of s that contain sub.
func grepLines(s, sub string) string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
