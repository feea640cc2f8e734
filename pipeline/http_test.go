package pipeline

import (
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/redactd/redactd/pipeline/kafkatest"
)

func TestMetricNamesRegistered(t *testing.T) {
	reg := prometheus.NewRegistry()
	p, err := New(testConfig("127.0.0.1:1", "g", "in"), testPolicy(t), newDir(t), WithRegistry(reg))
	if err != nil {
		t.Fatal(err)
	}
	p.m.quarantined.WithLabelValues("oversize").Inc()
	p.m.lag.WithLabelValues("in", "0").Set(1)
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
