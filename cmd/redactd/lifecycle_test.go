package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

// TestLifecycleS3 runs plan, verify and apply against MinIO: a fresh
// bucket drifts (verify exits 1), apply fixes it and keeps a rule redactd
// does not own, verify then exits 0.
func TestLifecycleS3(t *testing.T) {
	srv := s3test.Start(t)
	bucket := srv.NewBucket(t)
	setS3Env(t, srv)
	ctx := context.Background()
	// A rule someone else owns.
	_, err := srv.Client().PutBucketLifecycleConfiguration(ctx, &s3.PutBucketLifecycleConfigurationInput{
		Bucket: aws.String(bucket),
		LifecycleConfiguration: &types.BucketLifecycleConfiguration{Rules: []types.LifecycleRule{{
			ID: aws.String("tmp-cleanup"), Status: types.ExpirationStatusEnabled,
			Filter:     &types.LifecycleRuleFilter{Prefix: aws.String("tmp/")},
			Expiration: &types.LifecycleExpiration{Days: aws.Int32(2)},
		}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.Archive.URL = "s3://" + bucket + "/logs"
	cfg.Archive.S3Endpoint = srv.Endpoint
	cfg.Prefix = "logs"
	pol := rules.Default()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	f := func(action string, wantCode int, wantOut ...string) {
		t.Helper()
		var out bytes.Buffer
		code, err := lifecycle(ctx, &out, action, cfg, pol, log)
		if code != wantCode || err != nil {
			t.Fatalf("lifecycle %s: exit %d, err %v; want exit %d\n%s", action, code, err, wantCode, out.String())
		}
		for _, w := range wantOut {
			if !strings.Contains(out.String(), w) {
				t.Errorf("lifecycle %s: output lacks %q:\n%s", action, w, out.String())
			}
		}
	}
	f("verify", 1, "drift", "add "+sinks.ClassRuleID("logs", "access"), "redactd lifecycle apply")
	f("plan", 0, "add "+sinks.ClassRuleID("logs", "technical"), "add "+sinks.ClassRuleID("logs", "audit"))
	f("apply", 0, "applied")
	f("verify", 0, "ok:", "access=90d")
	f("plan", 0, "up to date")

	lc, err := srv.Client().GetBucketLifecycleConfiguration(ctx, &s3.GetBucketLifecycleConfigurationInput{Bucket: aws.String(bucket)})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, r := range lc.Rules {
		ids[aws.ToString(r.ID)] = true
	}
	for _, id := range []string{"tmp-cleanup", sinks.ClassRuleID("logs", "technical"), sinks.ClassRuleID("logs", "access"), sinks.ClassRuleID("logs", "audit")} {
		if !ids[id] {
			t.Errorf("rule %s missing after apply (have %v)", id, ids)
		}
	}

	// Someone shortens a class: verify reports it.
	pol2 := *pol
	pol2.Classes = append([]rules.Class(nil), pol.Classes...)
	pol2.Classes[0].Days++
	var out bytes.Buffer
	if code, err := lifecycle(ctx, &out, "verify", cfg, &pol2, log); code != 1 || err != nil ||
		!strings.Contains(out.String(), "update "+sinks.ClassRuleID("logs", pol2.Classes[0].Name)) {
		t.Errorf("verify after a change of days: exit %d, err %v\n%s", code, err, out.String())
	}
}

// TestLifecycleDir: a file archive's apply runs the janitor once, deleting
// only partitions older than their class allows.
func TestLifecycleDir(t *testing.T) {
	dir := t.TempDir()
	d, err := sinks.NewDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	put := func(class string, hour time.Time) {
		k := sinks.Key{Class: class, Topic: "cdn-access", Partition: 0, FirstOffset: 1, Hour: hour}
		if err := d.Put(ctx, sinks.Object{Key: k.String(), Body: []byte{}, Meta: sinks.Meta{Class: class, Records: 0}}); err != nil {
			t.Fatal(err)
		}
	}
	old := sinks.HourOf(time.Now().AddDate(0, 0, -100))
	put("access", old)                      // 100 days > 90: expired
	put("audit", old)                       // 100 days < 365: kept
	put("access", sinks.HourOf(time.Now())) // kept
	cfg := DefaultConfig()
	cfg.Archive.URL = "file://" + filepath.ToSlash(dir)
	var out bytes.Buffer
	code, err := lifecycle(ctx, &out, "apply", cfg, rules.Default(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if code != 0 || err != nil || !strings.Contains(out.String(), "deleted 1 partition") {
		t.Fatalf("apply: exit %d, err %v: %s", code, err, out.String())
	}
	n := 0
	_ = d.List(ctx, "", func(key string, _ int64) error {
		n++
		if strings.HasPrefix(key, "class=access/") && strings.Contains(key, old.Format("2006-01-02")) {
			t.Errorf("expired object %s still there", key)
		}
		return nil
	})
	if n != 2 {
		t.Errorf("%d objects left, want 2", n)
	}
	out.Reset()
	if code, _ := lifecycle(ctx, &out, "verify", cfg, rules.Default(), nil); code != 0 || !strings.Contains(out.String(), "janitor") {
		t.Errorf("verify of a file archive: exit %d: %s", code, out.String())
	}
	_ = os.Remove(dir)
}

// TestLifecycleUsage checks the command line: unknown or missing action
// and a missing archive are usage errors (exit 2).
func TestLifecycleUsage(t *testing.T) {
	f := func(code int, args ...string) {
		t.Helper()
		if got := runLifecycle(args); got != code {
			t.Errorf("redactd lifecycle %s: exit %d, want %d", strings.Join(args, " "), got, code)
		}
	}
	f(2)
	f(2, "fix", "--archive", "file:///tmp/x")
	f(2, "verify")
	f(2, "verify", "--archive", "ftp://x")
	f(0, "--help")
}

// At start-up, archives under prefixes side by side share a bucket; one
// whose prefix is inside another's stops the daemon (apply, verify); with
// on_start: off it starts, and every class counts as drift so that the
// alert fires.
func TestEnforceRetentionOtherArchive(t *testing.T) {
	srv := s3test.Start(t)
	bucket := srv.NewBucket(t)
	setS3Env(t, srv)
	ctx := context.Background()
	pol := rules.Default()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	config := func(prefix, onStart string) Config {
		cfg := DefaultConfig()
		cfg.Archive.URL = "s3://" + bucket + "/" + prefix
		cfg.Archive.S3Endpoint = srv.Endpoint
		cfg.Prefix = prefix
		cfg.Lifecycle.OnStart = onStart
		cfg.Brokers, cfg.Topics, cfg.Group = []string{"127.0.0.1:9"}, []string{"t"}, "g"
		return cfg
	}
	start := func(cfg Config) (float64, error) {
		t.Helper()
		arch, err := openArchive(cfg, log)
		if err != nil {
			t.Fatal(err)
		}
		reg := prometheus.NewRegistry()
		err = enforceRetention(ctx, cfg, pol, arch, log, reg)
		mfs, gerr := reg.Gather()
		if gerr != nil {
			t.Fatal(gerr)
		}
		for _, mf := range mfs {
			if mf.GetName() == "redactd_lifecycle_drift" {
				return mf.GetMetric()[0].GetGauge().GetValue(), err
			}
		}
		t.Fatal("no redactd_lifecycle_drift")
		return 0, nil
	}
	for _, prefix := range []string{"cdn", "voip"} {
		if drift, err := start(config(prefix, "apply")); err != nil || drift != 0 {
			t.Fatalf("%s apply: %v, drift %v", prefix, err, drift)
		}
	}
	for _, onStart := range []string{"apply", "verify"} {
		if _, err := start(config("cdn/eu", onStart)); !errors.Is(err, sinks.ErrOtherArchive) {
			t.Errorf("cdn/eu %s: err = %v, want ErrOtherArchive", onStart, err)
		}
	}
	drift, err := start(config("cdn/eu", "off"))
	if err != nil || drift != float64(len(pol.Classes)) {
		t.Errorf("cdn/eu off: err %v, drift %v; want nil and %d", err, drift, len(pol.Classes))
	}
	// cdn's rules were left as they were.
	if drift, err := start(config("cdn", "verify")); err != nil || drift != 0 {
		t.Errorf("cdn verify afterwards: %v, drift %v", err, drift)
	}
}

// setS3Env points the AWS SDK's environment (credentials, region) at srv
// for the rest of the test.
func setS3Env(t *testing.T, srv *s3test.Server) {
	for _, kv := range srv.Env() {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
}

// The case: an archive written under the default policy, then
// `lifecycle apply --rules pack:voip`. The access and audit rules stay
// while their objects remain (orphaned, warned about at start, counted in
// redactd_lifecycle_orphaned_classes), verify says so and exits 0; with
// neither rule nor record, verify exits 1 naming the way out, and
// --retire-class ends it.
func TestLifecycleOrphanS3(t *testing.T) {
	srv := s3test.Start(t)
	bucket := srv.NewBucket(t)
	setS3Env(t, srv)
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.Archive.URL = "s3://" + bucket + "/logs"
	cfg.Archive.S3Endpoint = srv.Endpoint
	cfg.Prefix = "logs"
	cfg.Brokers, cfg.Topics, cfg.Group = []string{"127.0.0.1:9"}, []string{"t"}, "g"
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	voip, err := loadPolicyClasses("pack:voip")
	if err != nil {
		t.Fatal(err)
	}
	f := func(pol *rules.Policy, action string, wantCode int, retire []string, wantOut ...string) {
		t.Helper()
		var out bytes.Buffer
		code, err := lifecycle(ctx, &out, action, cfg, pol, log, retire...)
		if code != wantCode || err != nil {
			t.Fatalf("lifecycle %s: exit %d, err %v; want exit %d\n%s", action, code, err, wantCode, out.String())
		}
		for _, w := range wantOut {
			if !strings.Contains(out.String(), w) {
				t.Errorf("lifecycle %s: output lacks %q:\n%s", action, w, out.String())
			}
		}
	}
	f(rules.Default(), "apply", 0, nil)
	arch, err := openArchive(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	k := sinks.Key{Prefix: "logs", Class: "access", Topic: "cdn-access", FirstOffset: 7, Hour: sinks.HourOf(time.Now())}
	if err := arch.Put(ctx, sinks.Object{Key: k.String(), Body: []byte{}, Meta: sinks.Meta{Class: "access"}}); err != nil {
		t.Fatal(err)
	}
	f(voip, "apply", 0, nil, `orphaned: class access is not in the policy: its objects under "logs/class=access/" (1 object) still expire after 90 days`,
		"remove "+sinks.ClassRuleID("logs", "audit"), "add "+sinks.ClassRuleID("logs", "billing"))
	f(voip, "verify", 0, nil, "ok:", `orphaned: class access is not in the policy: its objects under "logs/class=access/" (1 object)`)
	// The daemon starts, warns and counts.
	reg := prometheus.NewRegistry()
	if err := enforceRetention(ctx, cfg, voip, arch, log, reg); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), "orphaned retention class") || !strings.Contains(logs.String(), "class=access") {
		t.Errorf("no warning of the orphaned class at start:\n%s", logs.String())
	}
	if got := gaugeValue(t, reg, "redactd_lifecycle_orphaned_classes"); got != 1 {
		t.Errorf("redactd_lifecycle_orphaned_classes = %v, want 1", got)
	}

	// Rules and record gone: drift that apply cannot fix; the daemon
	// refuses to start; retiring the class ends it.
	if _, err := srv.Client().DeleteBucketLifecycle(ctx, &s3.DeleteBucketLifecycleInput{Bucket: &bucket}); err != nil {
		t.Fatal(err)
	}
	if _, err := srv.Client().DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: &bucket, Key: aws.String("logs/.redactd/retention.json")}); err != nil {
		t.Fatal(err)
	}
	f(voip, "verify", 1, nil, `uncovered logs/class=access/: 1 object under "logs/class=access/" that no rule covers`, "--retire-class access")
	f(voip, "apply", 1, nil, "drift remains after apply")
	if err := enforceRetention(ctx, cfg, voip, arch, log, prometheus.NewRegistry()); err == nil ||
		!strings.Contains(err.Error(), "--retire-class access") {
		t.Fatalf("start with uncovered objects: %v", err)
	}
	f(voip, "apply", 0, []string{"access"}, `retired: class access: 1 object under "logs/class=access/" kept without expiry`)
	f(voip, "verify", 0, nil, "ok:")
}

// plan and verify read the rule file for its classes: a hash key that is
// not available is not needed.
func TestLifecycleNoHashKey(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("REDACTD_HASH_KEY", "")
	for _, action := range []string{"plan", "verify"} {
		if code := runLifecycle([]string{action, "--rules", "../../deploy/compose/rules.yaml", "--archive", "file://" + filepath.ToSlash(dir)}); code != 0 {
			t.Errorf("lifecycle %s with a rule file whose key is not set: exit %d, want 0", action, code)
		}
	}
	if code := runLifecycle([]string{"verify", "--retire-class", "x", "--archive", "file://" + filepath.ToSlash(dir)}); code != 2 {
		t.Errorf("--retire-class with verify: exit %d, want 2", code)
	}
}

func gaugeValue(t *testing.T, reg *prometheus.Registry, name string) float64 {
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
