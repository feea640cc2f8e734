package sinks_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

func gauge(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
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

// syncBuffer is a log sink read while the daemon's goroutines write to it.
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

// waitFor polls cond until it holds or d passes.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, d)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// While running, drift made by hand shows in redactd_lifecycle_drift
// within an interval (verify), or is undone and logged (apply).
func TestS3RetentionReverify(t *testing.T) {
	srv := s3test.Start(t)
	c := srv.Client()
	classes := []sinks.Retention{{Class: "technical", Days: 30}, {Class: "access", Days: 90}}
	const interval = 300 * time.Millisecond
	for _, apply := range []bool{false, true} {
		bucket := srv.NewBucket(t)
		a := openS3(t, srv, "s3://"+bucket+"/arch", sinks.OpenOptions{})
		if _, err := a.ApplyLifecycle(context.Background(), classes); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		var logs syncBuffer
		reg := prometheus.NewRegistry()
		start := float64(time.Now().Unix())
		rep, err := a.EnforceRetention(ctx, sinks.RetentionRequest{Classes: classes, Apply: apply, Keep: true,
			VerifyInterval: interval, Registerer: reg, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
		if err != nil || len(rep.Drift) != 0 {
			t.Fatalf("apply=%v: %v, drift %v", apply, err, rep.Drift)
		}
		first := gauge(t, reg, "redactd_lifecycle_last_verify_timestamp_seconds")
		if first < start {
			t.Fatalf("last verify %v, before the start %v", first, start)
		}
		if _, err := c.DeleteBucketLifecycle(ctx, &s3.DeleteBucketLifecycleInput{Bucket: &bucket}); err != nil {
			t.Fatal(err)
		}
		deleted := time.Now()
		if !apply {
			waitFor(t, 3*interval+5*time.Second, "drift in the metric", func() bool {
				return gauge(t, reg, "redactd_lifecycle_drift") == float64(len(classes))
			})
			t.Logf("drift seen %v after the rules were deleted (interval %v)", time.Since(deleted).Round(time.Millisecond), interval)
			if !strings.Contains(logs.String(), "lifecycle drift") {
				t.Errorf("drift not logged:\n%s", logs.String())
			}
		} else {
			waitFor(t, 3*interval+5*time.Second, "rules applied again", func() bool {
				out, err := c.GetBucketLifecycleConfiguration(ctx, &s3.GetBucketLifecycleConfigurationInput{Bucket: &bucket})
				return err == nil && len(out.Rules) == len(classes)
			})
			waitFor(t, 5*time.Second, "re-apply logged", func() bool {
				return strings.Contains(logs.String(), "lifecycle rule changed by re-apply") &&
					strings.Contains(logs.String(), "add "+sinks.ClassRuleID("arch", "access"))
			})
			if got := gauge(t, reg, "redactd_lifecycle_drift"); got != 0 {
				t.Errorf("drift after re-apply = %v", got)
			}
		}
		if last := gauge(t, reg, "redactd_lifecycle_last_verify_timestamp_seconds"); last <= first {
			t.Errorf("apply=%v: last verify %v, not after the first %v", apply, last, first)
		}
		cancel()
	}
}

// A directory: objects appearing under a class directory no retention
// covers are drift within an interval.
func TestDirRetentionReverify(t *testing.T) {
	d, err := sinks.NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	reg := prometheus.NewRegistry()
	var logs syncBuffer
	_, err = d.EnforceRetention(ctx, sinks.RetentionRequest{Classes: []sinks.Retention{{Class: "access", Days: 7}}, Keep: true,
		VerifyInterval: 200 * time.Millisecond, Registerer: reg, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if got := gauge(t, reg, "redactd_lifecycle_drift"); got != 0 {
		t.Fatalf("drift at start = %v", got)
	}
	k := sinks.Key{Class: "legacy", Topic: "cdn", Hour: sinks.HourOf(time.Now())}
	if err := d.Put(ctx, encodedObject(t, k, lines(1), 1)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 5*time.Second, "drift of the uncovered class", func() bool { return gauge(t, reg, "redactd_lifecycle_drift") == 1 })
	waitFor(t, 5*time.Second, "drift logged", func() bool { return strings.Contains(logs.String(), "class=legacy/") })
}
