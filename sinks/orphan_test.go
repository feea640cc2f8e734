package sinks_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

func TestS3LifecycleOrphan(t *testing.T) {
	srv := s3test.Start(t)
	testS3LifecycleOrphan(t, srv)
}

func driftOps(drift []sinks.Change) []string {
	var got []string
	for _, d := range drift {
		got = append(got, d.Op+" "+d.ID)
	}
	slices.Sort(got)
	return got
}

// A class removed from the policy keeps its rule while objects remain
// under its prefix, by its last retention; with neither rule nor record,
// the objects are drift that names the way out; --retire-class ends it.
func testS3LifecycleOrphan(t *testing.T, srv *s3test.Server) {
	ctx := context.Background()
	c := srv.Client()
	bucket := srv.NewBucket(t)
	a := openS3(t, srv, "s3://"+bucket+"/arch", sinks.OpenOptions{})
	all := []sinks.Retention{{Class: "technical", Days: 30}, {Class: "access", Days: 90}, {Class: "audit", Days: 365}}
	voip := []sinks.Retention{{Class: "technical", Days: 30}, {Class: "billing", Days: 365}}
	if _, err := a.ApplyLifecycle(ctx, all); err != nil {
		t.Fatal(err)
	}
	hour := sinks.HourOf(time.Now())
	var accessKeys []string
	for i, class := range []string{"access", "access", "audit"} {
		k := sinks.Key{Prefix: "arch", Class: class, Topic: "cdn", FirstOffset: int64(i * 10), Hour: hour}
		if err := a.Put(ctx, encodedObject(t, k, lines(3), 3)); err != nil {
			t.Fatal(err)
		}
		if class == "access" {
			accessKeys = append(accessKeys, k.String())
		}
	}
	verify := func(classes []sinks.Retention, want ...string) []sinks.Change {
		t.Helper()
		drift, err := a.VerifyLifecycle(ctx, classes)
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(want)
		if got := driftOps(drift); !slices.Equal(got, want) {
			t.Fatalf("drift = %q, want %q", drift, want)
		}
		return drift
	}
	orphans := func(p sinks.Plan, want ...string) {
		t.Helper()
		var got []string
		for _, o := range p.Orphaned {
			got = append(got, o.String())
		}
		if !slices.Equal(got, want) {
			t.Fatalf("orphaned = %q, want %q\n%s", got, want, p)
		}
	}

	// The policy changes to one without access and audit: their rules
	// stay, reported as orphaned; billing is added.
	p, err := a.ApplyLifecycle(ctx, voip)
	if err != nil {
		t.Fatal(err)
	}
	orphans(p, `class access is not in the policy: its objects under "arch/class=access/" (2 objects) still expire after 90 days (its last retention)`,
		`class audit is not in the policy: its objects under "arch/class=audit/" (1 object) still expire after 365 days (its last retention)`)
	if !strings.Contains(p.String(), "orphaned: class access") || !strings.Contains(p.String(), "--retire-class access") {
		t.Fatalf("plan does not tell of the orphan:\n%s", p)
	}
	if got := driftOps(p.Changes); !slices.Equal(got, []string{"add " + sinks.ClassRuleID("arch", "billing")}) {
		t.Fatalf("changes = %q", got)
	}
	verify(voip)
	rules := lifecycleRules(t, c, bucket)
	for id, days := range map[string]int32{sinks.ClassRuleID("arch", "access"): 90, sinks.ClassRuleID("arch", "audit"): 365, sinks.ClassRuleID("arch", "billing"): 365} {
		if r, ok := rules[id]; !ok || aws.ToInt32(r.Expiration.Days) != days {
			t.Fatalf("rule %s = %+v, want %d days (rules %v)", id, r, days, ruleIDs(rules))
		}
	}
	m, err := a.Stat(ctx, accessKeys[0])
	if err != nil || !strings.Contains(m.Expiration, `rule-id="`+sinks.ClassRuleID("arch", "access")+`"`) {
		t.Fatalf("orphaned object's expiration = %q, %v", m.Expiration, err)
	}

	// The rules are deleted by hand: the record brings them back.
	if _, err := c.DeleteBucketLifecycle(ctx, &s3.DeleteBucketLifecycleInput{Bucket: &bucket}); err != nil {
		t.Fatal(err)
	}
	verify(voip, "add "+sinks.ClassRuleID("arch", "access"), "add "+sinks.ClassRuleID("arch", "audit"), "add "+sinks.ClassRuleID("arch", "billing"), "add "+sinks.ClassRuleID("arch", "technical"))
	if _, err := a.ApplyLifecycle(ctx, voip); err != nil {
		t.Fatal(err)
	}
	verify(voip)

	// Neither rule nor record (an archive from before the record): the
	// objects are drift naming class, prefix, count and the way out, and
	// apply cannot fix it.
	if _, err := c.DeleteBucketLifecycle(ctx, &s3.DeleteBucketLifecycleInput{Bucket: &bucket}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: &bucket, Key: aws.String("arch/.redactd/retention.json")}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.ApplyLifecycle(ctx, voip); err != nil {
		t.Fatal(err)
	}
	drift := verify(voip, "uncovered arch/class=access/", "uncovered arch/class=audit/")
	for _, want := range []string{"2 objects", `"arch/class=access/"`, "class access is not in the policy", "redactd lifecycle apply --retire-class access"} {
		if !strings.Contains(drift[0].String(), want) {
			t.Errorf("drift %q lacks %q", drift[0], want)
		}
	}

	// Retiring a class in the policy is refused; retiring access keeps its
	// objects deliberately: no longer drift.
	if _, err := a.ApplyLifecycle(ctx, voip, "technical"); !errors.Is(err, sinks.ErrRetireInPolicy) {
		t.Fatalf("retire a policy class: %v", err)
	}
	p, err = a.ApplyLifecycle(ctx, voip, "access")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.String(), `retired: class access: 2 objects under "arch/class=access/" kept without expiry`) {
		t.Fatalf("plan of a retirement:\n%s", p)
	}
	verify(voip, "uncovered arch/class=audit/")

	// audit comes back to the policy; once access is empty, it is
	// forgotten.
	withAudit := append(slices.Clone(voip), sinks.Retention{Class: "audit", Days: 365})
	if _, err := a.ApplyLifecycle(ctx, withAudit); err != nil {
		t.Fatal(err)
	}
	verify(withAudit)
	for _, k := range accessKeys {
		if _, err := c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: &bucket, Key: aws.String(k)}); err != nil {
			t.Fatal(err)
		}
	}
	if p, err = a.ApplyLifecycle(ctx, withAudit); err != nil || len(p.Retired) != 1 || p.Retired[0].Objects != 0 {
		t.Fatalf("apply once access is empty: %v\n%s", err, p)
	}
	rec := readRecord(t, c, bucket, "arch/.redactd/retention.json")
	if strings.Contains(rec, "access") || !strings.Contains(rec, `"audit"`) {
		t.Fatalf("record still holds access, or lacks audit:\n%s", rec)
	}

	// An orphaned class whose objects expire loses its rule by itself.
	if _, err := a.ApplyLifecycle(ctx, voip); err != nil {
		t.Fatal(err)
	}
	verify(voip)
	if _, ok := lifecycleRules(t, c, bucket)[sinks.ClassRuleID("arch", "audit")]; !ok {
		t.Fatal("audit rule removed while an object remains")
	}
	if _, err := c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: &bucket,
		Key: aws.String(sinks.Key{Prefix: "arch", Class: "audit", Topic: "cdn", FirstOffset: 20, Hour: hour}.String())}); err != nil {
		t.Fatal(err)
	}
	drift = verify(voip, "remove "+sinks.ClassRuleID("arch", "audit"))
	if !strings.Contains(drift[0].Detail, `no object remains under "arch/class=audit/"`) {
		t.Fatalf("drift = %q", drift[0])
	}
}

func readRecord(t *testing.T, c *s3.Client, bucket, key string) string {
	t.Helper()
	out, err := c.GetObject(context.Background(), &s3.GetObjectInput{Bucket: &bucket, Key: &key})
	if err != nil {
		t.Fatalf("record %s: %v", key, err)
	}
	defer out.Body.Close()
	b, err := io.ReadAll(out.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The janitor of a directory keeps deleting a class removed from the
// policy by its last retention, recorded in the archive; without a record
// the objects are drift; a retired class is left alone.
func TestDirOrphan(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	d, err := sinks.NewDir(root)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	put := func(class string, daysAgo int) string {
		t.Helper()
		k := sinks.Key{Class: class, Topic: "cdn", FirstOffset: 1, Hour: sinks.HourOf(now.AddDate(0, 0, -daysAgo))}
		if err := d.Put(ctx, encodedObject(t, k, lines(2), 2)); err != nil {
			t.Fatal(err)
		}
		return k.String()
	}
	exists := func(key string) bool {
		_, err := d.Stat(ctx, key)
		return err == nil
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	all := []sinks.Retention{{Class: "technical", Days: 30}, {Class: "access", Days: 90}, {Class: "audit", Days: 365}}
	voip := []sinks.Retention{{Class: "technical", Days: 30}}
	enforce := func(classes []sinks.Retention, apply bool, retire ...string) sinks.RetentionReport {
		t.Helper()
		rep, err := d.EnforceRetention(ctx, sinks.RetentionRequest{Classes: classes, Apply: apply, Retire: retire, Logger: log})
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	enforce(all, true) // records access=90, audit=365
	oldAccess, newAccess, audit := put("access", 100), put("access", 1), put("audit", 100)

	rep := enforce(voip, true)
	if exists(oldAccess) || !exists(newAccess) || !exists(audit) {
		t.Fatalf("after the janitor: old access %v (want gone), new access %v, audit %v", exists(oldAccess), exists(newAccess), exists(audit))
	}
	if len(rep.Drift) != 0 || len(rep.Orphaned) != 2 || rep.Orphaned[0].Days != 90 || rep.Orphaned[1].Days != 365 ||
		!strings.Contains(rep.String(), "orphaned: class access is not in the policy") {
		t.Fatalf("report: %+v\n%s", rep, rep)
	}

	// Without the record (an archive from before it), nothing is known.
	if err := os.Remove(filepath.Join(root, ".redactd", "retention.json")); err != nil {
		t.Fatal(err)
	}
	rep = enforce(voip, false)
	if got := driftOps(rep.Drift); !slices.Equal(got, []string{"uncovered class=access/", "uncovered class=audit/"}) ||
		!strings.Contains(rep.Drift[0].Detail, "--retire-class access") || !strings.Contains(rep.String(), "drift:") {
		t.Fatalf("drift = %q\n%s", rep.Drift, rep)
	}
	if _, err := d.EnforceRetention(ctx, sinks.RetentionRequest{Classes: voip, Apply: true, Retire: []string{"technical"}, Logger: log}); !errors.Is(err, sinks.ErrRetireInPolicy) {
		t.Fatalf("retire a policy class: %v", err)
	}
	rep = enforce(voip, true, "access", "audit")
	if len(rep.Drift) != 0 || len(rep.Retired) != 2 || !strings.Contains(rep.String(), "retired: class access: 1 object") {
		t.Fatalf("after retiring: %+v\n%s", rep, rep)
	}
	// Retired stays retired: the janitor leaves the objects, no drift.
	rep = enforce(voip, true)
	if len(rep.Drift) != 0 || !exists(newAccess) || !exists(audit) {
		t.Fatalf("retired classes: drift %q, access kept %v, audit kept %v", rep.Drift, exists(newAccess), exists(audit))
	}
}
