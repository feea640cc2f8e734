package sinks_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

func TestS3Lifecycle(t *testing.T) {
	srv := s3test.Start(t)
	t.Run("Unversioned", func(t *testing.T) { testS3Lifecycle(t, srv) })
	t.Run("Versioned", func(t *testing.T) { testS3LifecycleVersioned(t, srv) })
	t.Run("OtherPrefix", func(t *testing.T) { testS3LifecycleOtherPrefix(t, srv) })
}

// A second archive under another prefix of the same bucket would rewrite
// the first one's rules (same IDs, its own filter), and the first
// archive's objects would never expire: plan and apply refuse, naming the
// rules, and change nothing.
func testS3LifecycleOtherPrefix(t *testing.T, srv *s3test.Server) {
	ctx := context.Background()
	c := srv.Client()
	bucket := srv.NewBucket(t)
	classes := []sinks.Retention{{Class: "technical", Days: 30}, {Class: "access", Days: 90}}
	cdn := openS3(t, srv, "s3://"+bucket+"/cdn", sinks.OpenOptions{})
	if _, err := cdn.ApplyLifecycle(ctx, classes); err != nil {
		t.Fatal(err)
	}
	before := lifecycleRules(t, c, bucket)
	for _, url := range []string{"s3://" + bucket + "/voip", "s3://" + bucket, "s3://" + bucket + "/cdn/x"} {
		other := openS3(t, srv, url, sinks.OpenOptions{})
		_, errPlan := other.PlanLifecycle(ctx, classes)
		_, errApply := other.ApplyLifecycle(ctx, classes)
		for _, err := range []error{errPlan, errApply} {
			if !errors.Is(err, sinks.ErrOtherArchive) || !strings.Contains(err.Error(), `redactd-class-access (filter prefix "cdn/class=access/")`) ||
				!strings.Contains(err.Error(), "one redactd archive per bucket") {
				t.Fatalf("%s: err = %v, want a refusal naming cdn's rules", url, err)
			}
		}
	}
	after := lifecycleRules(t, c, bucket)
	if len(after) != len(before) {
		t.Fatalf("rules changed: %d before, %d after", len(before), len(after))
	}
	for id, r := range before {
		if rulePrefixOf(after[id]) != rulePrefixOf(r) {
			t.Errorf("rule %s: filter %q, was %q", id, rulePrefixOf(after[id]), rulePrefixOf(r))
		}
	}
	// The archive the rules belong to still plans and verifies.
	if drift, err := cdn.VerifyLifecycle(ctx, classes); err != nil || len(drift) != 0 {
		t.Fatalf("cdn verify: %v, %v", drift, err)
	}
	// A class the archive no longer has is still its own rule to remove.
	p, err := cdn.PlanLifecycle(ctx, classes[:1])
	if err != nil || !strings.Contains(p.String(), "remove redactd-class-access") {
		t.Fatalf("plan without access: %v\n%s", err, p)
	}
}

func rulePrefixOf(r types.LifecycleRule) string {
	if r.Filter != nil && r.Filter.Prefix != nil {
		return *r.Filter.Prefix
	}
	return aws.ToString(r.Prefix) //nolint:staticcheck // deprecated form
}

// On a versioned bucket Expiration only adds a delete marker: the class rules
// must also expire noncurrent versions, and delete markers must go too.
func testS3LifecycleVersioned(t *testing.T, srv *s3test.Server) {
	ctx := context.Background()
	c := srv.Client()
	bucket := srv.NewBucket(t)
	a := openS3(t, srv, "s3://"+bucket+"/arch", sinks.OpenOptions{})
	classes := []sinks.Retention{{Class: "technical", Days: 30}, {Class: "access", Days: 90}}
	setVersioning := func(s types.BucketVersioningStatus) {
		t.Helper()
		if _, err := c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: &bucket,
			VersioningConfiguration: &types.VersioningConfiguration{Status: s}}); err != nil {
			t.Fatal(err)
		}
	}
	verify := func(want ...string) {
		t.Helper()
		drift, err := a.VerifyLifecycle(ctx, classes)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range drift {
			got = append(got, d.Op+" "+d.ID)
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("drift = %q, want %q", drift, want)
		}
	}

	// Rules applied while the bucket is unversioned keep no noncurrent
	// versions; enabling versioning later is drift.
	if _, err := a.ApplyLifecycle(ctx, classes); err != nil {
		t.Fatal(err)
	}
	verify()
	if r := lifecycleRules(t, c, bucket)["redactd-class-access"]; r.NoncurrentVersionExpiration != nil {
		t.Fatalf("noncurrent expiration on an unversioned bucket: %+v", r)
	}
	setVersioning(types.BucketVersioningStatusEnabled)
	verify("update redactd-class-access", "update redactd-class-technical", "add "+sinks.RuleIDDeleteMarkers)

	p, err := a.PlanLifecycle(ctx, classes)
	if err != nil {
		t.Fatal(err)
	}
	if p.Versioning != "Enabled" || !strings.Contains(p.String(), "note: bucket versioning is Enabled") ||
		!strings.Contains(p.String(), "update redactd-class-access: status=Enabled prefix=\"arch/class=access/\" expire-days=90 -> status=Enabled prefix=\"arch/class=access/\" expire-days=90 noncurrent-expire-days=1") ||
		!strings.Contains(p.String(), "add redactd-delete-markers: status=Enabled prefix=\"arch/\" expire-delete-markers") {
		t.Fatalf("plan:\n%s", p)
	}
	if _, err := a.ApplyLifecycle(ctx, classes); err != nil {
		t.Fatal(err)
	}
	verify()
	rules := lifecycleRules(t, c, bucket)
	for _, class := range []string{"technical", "access"} {
		r := rules["redactd-class-"+class]
		if r.NoncurrentVersionExpiration == nil || aws.ToInt32(r.NoncurrentVersionExpiration.NoncurrentDays) != 1 {
			t.Fatalf("class %s: rule %+v, want noncurrent versions expired after 1 day", class, r)
		}
	}
	dm := rules[sinks.RuleIDDeleteMarkers]
	if dm.Expiration == nil || !aws.ToBool(dm.Expiration.ExpiredObjectDeleteMarker) || dm.Expiration.Days != nil ||
		dm.Filter == nil || aws.ToString(dm.Filter.Prefix) != "arch/" {
		t.Fatalf("delete-marker rule = %+v", dm)
	}

	// Suspended versioning still keeps the versions made while enabled.
	setVersioning(types.BucketVersioningStatusSuspended)
	verify()

	// Someone drops the noncurrent expiration of one class and the
	// delete-marker rule: drift.
	var edited []types.LifecycleRule
	for id, r := range rules {
		switch id {
		case "redactd-class-access":
			r.NoncurrentVersionExpiration = nil
		case sinks.RuleIDDeleteMarkers:
			continue
		}
		edited = append(edited, r)
	}
	if _, err := c.PutBucketLifecycleConfiguration(ctx, &s3.PutBucketLifecycleConfigurationInput{Bucket: &bucket,
		LifecycleConfiguration: &types.BucketLifecycleConfiguration{Rules: edited}}); err != nil {
		t.Fatal(err)
	}
	verify("update redactd-class-access", "add "+sinks.RuleIDDeleteMarkers)
	if _, err := a.ApplyLifecycle(ctx, classes); err != nil {
		t.Fatal(err)
	}
	verify()
}

// A directory's EnforceRetention with Keep registers every metric
// MetricNames lists, reports no drift, and stops its janitor with ctx.
func TestDirEnforceRetentionMetrics(t *testing.T) {
	d, err := sinks.NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rep, err := d.EnforceRetention(ctx, sinks.RetentionRequest{
		Classes: []sinks.Retention{{Class: "access", Days: 7}}, Keep: true, Registerer: reg,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil || len(rep.Drift) != 0 || !rep.Applied || !strings.Contains(rep.String(), "access=7d") {
		t.Fatalf("EnforceRetention: %+v, %v", rep, err)
	}
	var got []string
	deadline := time.Now().Add(5 * time.Second)
	for {
		mfs, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		got = got[:0]
		for _, mf := range mfs {
			got = append(got, mf.GetName())
		}
		// The janitor's first run sets its last-run gauge in the background.
		if len(got) == len(sinks.MetricNames()) || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	for _, n := range sinks.MetricNames() {
		if !slices.Contains(got, n) {
			t.Errorf("metric %s listed by MetricNames is not exported (have %v)", n, got)
		}
	}
}
