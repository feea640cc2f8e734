package pipeline

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/redactd/redactd/pipeline/kafkatest"
	"github.com/redactd/redactd/redact"
)

func TestMetricNamesRegistered(t *testing.T) {
	reg := prometheus.NewRegistry()
	p, err := New(testConfig("127.0.0.1:1", "g", "in"), testPolicy(t), newDir(t), WithRegistry(reg))
	if err != nil {
		t.Fatal(err)
	}
	p.m.quarantined.WithLabelValues("oversize").Inc()
	p.m.lag.WithLabelValues("in", "0").Set(1)
	p.m.lagTime.WithLabelValues("in", "0").Set(1)
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, mf := range mfs {
		got = append(got, mf.GetName())
	}
	want := MetricNames()
	for _, n := range want {
		if !slices.Contains(got, n) {
			t.Errorf("metric %s listed by MetricNames is not exported", n)
		}
	}
	for _, n := range got {
		if !slices.Contains(want, n) {
			t.Errorf("metric %s is exported but not in MetricNames", n)
		}
	}
}

func TestHealthAndReadiness(t *testing.T) {
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1})
	p, err := New(testConfig(addr, "g", "in"), testPolicy(t), newDir(t), WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(p.Handler())
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz %d", code)
	}
	if code, body := get("/readyz"); code != 503 || !strings.Contains(body, "consumer group") {
		t.Errorf("/readyz before start: %d %q", code, body)
	}
	p.Start(t.Context())
	p.Start(t.Context()) // idempotent
	waitFor(t, 10*time.Second, "ready", p.Ready)
	if code, _ := get("/readyz"); code != 200 {
		t.Errorf("/readyz after joining: %d", code)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, "redactd_records_in_total") {
		t.Errorf("/metrics: %d", code)
	}
	if err := p.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if err := p.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if p.Ready() {
		t.Errorf("ready after Close")
	}
}

// The Snapshot is read from the metrics, the one place anything is
// counted: what /metrics says, the Snapshot says.
func TestSnapshotReadsTheMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	p, err := New(testConfig("127.0.0.1:1", "g", "in"), testPolicy(t), newDir(t), WithRegistry(reg))
	if err != nil {
		t.Fatal(err)
	}
	tm := p.topicM["in"]
	tm.recordsIn.Add(7)
	tm.recordsOut[1].Add(5)
	p.bytesOut[1].Add(300)
	p.m.batchRecords.Observe(5)
	p.m.batchBytes.Observe(1000)
	p.m.replayed.Add(2)
	p.m.deadLetters.Inc()
	p.quarC[redact.ReasonOversize].Inc()
	p.redM.detectors[redact.DetEmail].Add(4)
	p.m.commitSeconds.Observe(0.01)
	p.m.commitSeconds.Observe(0.01)
	p.m.commitErrors.Inc()
	p.m.abandoned.Inc()
	p.m.txnMarkers.Add(3)
	s := p.Snapshot()
	class := p.pol.Classes[1].Name
	got := fmt.Sprintf("in %d out %d enc %d objects %d raw %d replayed %d dlq %d quar %v email %d commits %d abandoned %d txn %d",
		s.RecordsIn, s.RecordsOut[class], s.EncodedBytes, s.Objects, s.RawBytes, s.Replayed, s.DeadLettered, s.Quarantined,
		s.Redactions[redact.DetEmail.String()], s.Commits, s.Abandoned, s.TxnMarkers)
	want := "in 7 out 5 enc 300 objects 1 raw 1000 replayed 2 dlq 1 quar map[oversize:1] email 4 commits 1 abandoned 1 txn 3"
	if got != want {
		t.Errorf("Snapshot:\n got %s\nwant %s", got, want)
	}
	if len(s.RecordsOut) != len(p.pol.Classes) {
		t.Errorf("RecordsOut has %d classes, want every one of %d", len(s.RecordsOut), len(p.pol.Classes))
	}
	// And the registry agrees.
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == "redactd_records_replayed_total" && mf.GetMetric()[0].GetCounter().GetValue() != float64(s.Replayed) {
			t.Errorf("registry says %v replayed, Snapshot %d", mf.GetMetric()[0].GetCounter().GetValue(), s.Replayed)
		}
	}
}

// A pipeline that stops on its own (here: its metrics address is taken)
// closes Done, and Close says why, twice.
func TestDoneOnItsOwn(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	cfg := testConfig("127.0.0.1:1", "g", "in")
	cfg.MetricsAddr = ln.Addr().String()
	p, err := New(cfg, testPolicy(t), newDir(t))
	if err != nil {
		t.Fatal(err)
	}
	p.Start(t.Context())
	select {
	case <-p.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("Done not closed after Run failed")
	}
	err = p.Close()
	if err == nil || !strings.Contains(err.Error(), "metrics_addr") {
		t.Errorf("Close: %v", err)
	}
	if err2 := p.Close(); err2 != err {
		t.Errorf("second Close: %v, want %v", err2, err)
	}
}
