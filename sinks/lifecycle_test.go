package sinks_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
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
	t.Run("SharedBucket", func(t *testing.T) { testS3LifecycleSharedBucket(t, srv) })
	t.Run("Migration", func(t *testing.T) { testS3LifecycleMigration(t, srv) })
}

// Archives under prefixes side by side share a bucket, each with its own
// rules; an archive whose prefix is inside another's (or contains it) is
// refused, naming the rules, and nothing changes.
func testS3LifecycleSharedBucket(t *testing.T, srv *s3test.Server) {
	ctx := context.Background()
	c := srv.Client()
	bucket := srv.NewBucket(t)
	cdnClasses := []sinks.Retention{{Class: "technical", Days: 30}, {Class: "access", Days: 90}}
	voipClasses := []sinks.Retention{{Class: "technical", Days: 14}, {Class: "billing", Days: 365}}
	cdn := openS3(t, srv, "s3://"+bucket+"/cdn", sinks.OpenOptions{})
	voip := openS3(t, srv, "s3://"+bucket+"/voip", sinks.OpenOptions{})
	cdnx := openS3(t, srv, "s3://"+bucket+"/cdnx", sinks.OpenOptions{}) // not inside cdn/
	for _, a := range []struct {
		s       *sinks.S3
		classes []sinks.Retention
	}{{cdn, cdnClasses}, {voip, voipClasses}, {cdnx, voipClasses}} {
		if _, err := a.s.ApplyLifecycle(ctx, a.classes); err != nil {
			t.Fatalf("%s: %v", a.s, err)
		}
	}
	for _, a := range []struct {
		s       *sinks.S3
		classes []sinks.Retention
	}{{cdn, cdnClasses}, {voip, voipClasses}, {cdnx, voipClasses}} {
		if drift, err := a.s.VerifyLifecycle(ctx, a.classes); err != nil || len(drift) != 0 {
			t.Fatalf("%s verify: %v, %v", a.s, drift, err)
		}
	}
	rules := lifecycleRules(t, c, bucket)
	for prefix, want := range map[string]map[string]int32{
		"cdn":  {"technical": 30, "access": 90},
		"voip": {"technical": 14, "billing": 365},
		"cdnx": {"technical": 14, "billing": 365},
	} {
		for class, days := range want {
			r, ok := rules[sinks.ClassRuleID(prefix, class)]
			if !ok || aws.ToInt32(r.Expiration.Days) != days || rulePrefixOf(r) != prefix+"/class="+class+"/" {
				t.Errorf("%s/%s: rule %+v (present %v), want %d days", prefix, class, r, ok, days)
			}
		}
	}
	if len(rules) != 6 {
		t.Fatalf("%d rules, want 6: %v", len(rules), ruleIDs(rules))
	}
	// Each archive's objects expire by its own rule.
	hour := sinks.HourOf(time.Now())
	for _, a := range []*sinks.S3{cdn, voip} {
		k := sinks.Key{Prefix: a.Prefix(), Class: "technical", Topic: "t", Hour: hour}
		if err := a.Put(ctx, encodedObject(t, k, lines(1), 1)); err != nil {
			t.Fatal(err)
		}
		m, err := a.Stat(ctx, k.String())
		if err != nil || !strings.Contains(m.Expiration, `rule-id="`+sinks.ClassRuleID(a.Prefix(), "technical")+`"`) {
			t.Fatalf("%s: expiration %q, %v", k, m.Expiration, err)
		}
	}
	// A class voip drops takes only voip's rule.
	p, err := voip.ApplyLifecycle(ctx, voipClasses[:1])
	if err != nil || len(p.Changes) != 1 || p.Changes[0].ID != sinks.ClassRuleID("voip", "billing") || p.Changes[0].Op != "remove" {
		t.Fatalf("voip without billing: %v\n%s", err, p)
	}
	if drift, err := cdn.VerifyLifecycle(ctx, cdnClasses); err != nil || len(drift) != 0 {
		t.Fatalf("cdn after voip's change: %v, %v", drift, err)
	}

	before := lifecycleRules(t, c, bucket)
	for _, url := range []string{"s3://" + bucket, "s3://" + bucket + "/cdn/eu"} {
		other := openS3(t, srv, url, sinks.OpenOptions{})
		_, errPlan := other.PlanLifecycle(ctx, cdnClasses)
		_, errApply := other.ApplyLifecycle(ctx, cdnClasses)
		for _, err := range []error{errPlan, errApply} {
			if !errors.Is(err, sinks.ErrOtherArchive) || !strings.Contains(err.Error(), sinks.ClassRuleID("cdn", "access")+` (filter prefix "cdn/class=access/")`) ||
				!strings.Contains(err.Error(), "one is inside the other") {
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
}

// Rules written before IDs named the prefix (redactd-class-NAME) are
// replaced by the new IDs with the same effect; a dropped class's old rule
// still gives its days while objects remain; another archive's old rules
// stay as they are.
func testS3LifecycleMigration(t *testing.T, srv *s3test.Server) {
	ctx := context.Background()
	c := srv.Client()
	bucket := srv.NewBucket(t)
	a := openS3(t, srv, "s3://"+bucket+"/arch", sinks.OpenOptions{})
	old := func(id, prefix string, days int32) types.LifecycleRule {
		return types.LifecycleRule{ID: aws.String(id), Status: types.ExpirationStatusEnabled,
			Filter: &types.LifecycleRuleFilter{Prefix: aws.String(prefix)}, Expiration: &types.LifecycleExpiration{Days: aws.Int32(days)}}
	}
	legacy := []types.LifecycleRule{
		old("redactd-class-technical", "arch/class=technical/", 30),
		old("redactd-class-access", "arch/class=access/", 90),
		old("redactd-class-audit", "arch/class=audit/", 365),
		old("redactd-class-dns", "other/class=dns/", 7), // an old archive under other/
	}
	if _, err := c.PutBucketLifecycleConfiguration(ctx, &s3.PutBucketLifecycleConfigurationInput{Bucket: &bucket,
		LifecycleConfiguration: &types.BucketLifecycleConfiguration{Rules: legacy}}); err != nil {
		t.Fatal(err)
	}
	k := sinks.Key{Prefix: "arch", Class: "audit", Topic: "t", Hour: sinks.HourOf(time.Now())}
	if err := a.Put(ctx, encodedObject(t, k, lines(1), 1)); err != nil {
		t.Fatal(err)
	}
	classes := []sinks.Retention{{Class: "technical", Days: 30}, {Class: "access", Days: 90}} // audit dropped
	drift, err := a.VerifyLifecycle(ctx, classes)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"remove redactd-class-technical", "remove redactd-class-access", "remove redactd-class-audit"}
	for _, class := range []string{"technical", "access", "audit"} {
		want = append(want, "add "+sinks.ClassRuleID("arch", class))
	}
	slices.Sort(want)
	var got []string
	for _, d := range drift {
		got = append(got, d.Op+" "+d.ID)
		if d.Op == "remove" && !strings.Contains(d.Detail, "replaced by "+sinks.ClassRuleID("arch", strings.TrimPrefix(d.ID, "redactd-class-"))) {
			t.Errorf("migration of %s: %s", d.ID, d.Detail)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("drift = %q, want %q", got, want)
	}
	if _, err := a.ApplyLifecycle(ctx, classes); err != nil {
		t.Fatal(err)
	}
	if drift, err := a.VerifyLifecycle(ctx, classes); err != nil || len(drift) != 0 {
		t.Fatalf("after migration: %v, %v", drift, err)
	}
	rules := lifecycleRules(t, c, bucket)
	if len(rules) != 4 || aws.ToInt32(rules[sinks.ClassRuleID("arch", "audit")].Expiration.Days) != 365 {
		t.Fatalf("rules after migration: %v", ruleIDs(rules))
	}
	if r, ok := rules["redactd-class-dns"]; !ok || rulePrefixOf(r) != "other/class=dns/" {
		t.Fatalf("the other archive's old rule was not kept: %v", ruleIDs(rules))
	}
}

// Rule IDs are stable, short, differ by prefix, and fit S3's 255 bytes.
func TestRuleIDs(t *testing.T) {
	f := func(prefix, class, want string) {
		t.Helper()
		if got := sinks.ClassRuleID(prefix, class); got != want {
			t.Errorf("ClassRuleID(%q, %q) = %q, want %q", prefix, class, got, want)
		}
	}
	// The tag is the SHA-256 of the root ("PREFIX/" or ""), cut to 12 hex
	// digits: printf 'logs/' | sha256sum.
	f("logs", "access", "redactd-"+sha12("logs/")+"-class-access")
	f("logs/", "access", "redactd-"+sha12("logs/")+"-class-access")
	f("", "audit", "redactd-"+sha12("")+"-class-audit")
	if sinks.ClassRuleID("a", "x") == sinks.ClassRuleID("b", "x") || sinks.AbortRuleID("a") == sinks.AbortRuleID("") ||
		sinks.DeleteMarkersRuleID("a") == sinks.AbortRuleID("a") {
		t.Error("IDs of different archives or kinds are equal")
	}
	long := strings.Repeat("c", 249)
	if id := sinks.ClassRuleID("p", long); len(id) > 255 || !strings.Contains(id, "-class-~") {
		t.Errorf("ID of a 249-byte class: %q (%d bytes)", id, len(id))
	}
}

func sha12(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:6])
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
	if r := lifecycleRules(t, c, bucket)[sinks.ClassRuleID("arch", "access")]; r.NoncurrentVersionExpiration != nil {
		t.Fatalf("noncurrent expiration on an unversioned bucket: %+v", r)
	}
	setVersioning(types.BucketVersioningStatusEnabled)
	verify("update "+sinks.ClassRuleID("arch", "access"), "update "+sinks.ClassRuleID("arch", "technical"), "add "+sinks.DeleteMarkersRuleID("arch"))

	p, err := a.PlanLifecycle(ctx, classes)
	if err != nil {
		t.Fatal(err)
	}
	if p.Versioning != "Enabled" || !strings.Contains(p.String(), "note: bucket versioning is Enabled") ||
		!strings.Contains(p.String(), "update "+sinks.ClassRuleID("arch", "access")+": status=Enabled prefix=\"arch/class=access/\" expire-days=90 -> status=Enabled prefix=\"arch/class=access/\" expire-days=90 noncurrent-expire-days=1") ||
		!strings.Contains(p.String(), "add "+sinks.DeleteMarkersRuleID("arch")+": status=Enabled prefix=\"arch/\" expire-delete-markers") {
		t.Fatalf("plan:\n%s", p)
	}
	if _, err := a.ApplyLifecycle(ctx, classes); err != nil {
		t.Fatal(err)
	}
	verify()
	rules := lifecycleRules(t, c, bucket)
	for _, class := range []string{"technical", "access"} {
		r := rules[sinks.ClassRuleID("arch", class)]
		if r.NoncurrentVersionExpiration == nil || aws.ToInt32(r.NoncurrentVersionExpiration.NoncurrentDays) != 1 {
			t.Fatalf("class %s: rule %+v, want noncurrent versions expired after 1 day", class, r)
		}
	}
	dm := rules[sinks.DeleteMarkersRuleID("arch")]
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
		case sinks.ClassRuleID("arch", "access"):
			r.NoncurrentVersionExpiration = nil
		case sinks.DeleteMarkersRuleID("arch"):
			continue
		}
		edited = append(edited, r)
	}
	if _, err := c.PutBucketLifecycleConfiguration(ctx, &s3.PutBucketLifecycleConfigurationInput{Bucket: &bucket,
		LifecycleConfiguration: &types.BucketLifecycleConfiguration{Rules: edited}}); err != nil {
		t.Fatal(err)
	}
	verify("update "+sinks.ClassRuleID("arch", "access"), "add "+sinks.DeleteMarkersRuleID("arch"))
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
