package sinks_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

// expiryOf returns the date and rule of an x-amz-expiration header.
func expiryOf(t *testing.T, exp string) (time.Time, string) {
	t.Helper()
	i := strings.Index(exp, `expiry-date="`)
	j := strings.Index(exp, `rule-id="`)
	if i < 0 || j < 0 {
		t.Fatalf("x-amz-expiration %q", exp)
	}
	d := exp[i+len(`expiry-date="`):]
	d = d[:strings.IndexByte(d, '"')]
	when, err := time.Parse(time.RFC1123, d)
	if err != nil {
		t.Fatalf("expiry-date %q: %v", d, err)
	}
	r := exp[j+len(`rule-id="`):]
	return when, r[:strings.IndexByte(r, '"')]
}

// A replaced S3 object expires when the original would have: an object
// created 80 days ago in a 90-day class, replaced today, shows an
// x-amz-expiration 10 days away (the expiry rule), not 90. MinIO's
// Last-Modified cannot be set back, so the test sets Stored.Created, which
// Load takes from it.
func TestS3Replace(t *testing.T) {
	srv := s3test.Start(t)
	ctx := context.Background()
	bucket := srv.NewBucket(t)
	a := openS3(t, srv, "s3://"+bucket+"/arch", sinks.OpenOptions{})
	classes := []sinks.Retention{{Class: "access", Days: 90}}
	if _, err := a.ApplyLifecycle(ctx, classes); err != nil {
		t.Fatal(err)
	}
	k := sinks.Key{Prefix: "arch", Class: "access", Topic: "cdn", FirstOffset: 5, Hour: sinks.HourOf(time.Now())}
	orig := encodedObject(t, k, lines(4), 4)
	if err := a.Put(ctx, orig); err != nil {
		t.Fatal(err)
	}
	st, err := a.Load(ctx, k.String())
	if err != nil {
		t.Fatal(err)
	}
	if time.Since(st.Created) > time.Minute || !st.ExpireOn.IsZero() || st.Meta.Records != 4 || len(st.Body) != len(orig.Body) {
		t.Fatalf("Load: %+v", st.Meta)
	}
	stale := st
	st.Created = time.Now().AddDate(0, 0, -80)
	repl := encodedObject(t, k, lines(3), 3)
	repl.Meta.RulesVersion = "r2"
	// The caller's policy says 30 days; the retention in force (the
	// record's, 90) decides, and the class rule is left as it is.
	date, err := a.Replace(ctx, st, repl, 30)
	if err != nil {
		t.Fatal(err)
	}
	want := time.Now().UTC().AddDate(0, 0, 10).Truncate(24 * time.Hour).Add(24 * time.Hour)
	if !date.Equal(want) {
		t.Fatalf("expiry date %v, want %v", date, want)
	}
	m, err := a.Stat(ctx, k.String())
	if err != nil {
		t.Fatal(err)
	}
	when, rule := expiryOf(t, m.Expiration)
	t.Logf("x-amz-expiration after the replace: %s", m.Expiration)
	if rule != sinks.ExpiryRuleID("arch", want) || !when.Equal(want) || m.RulesVersion != "r2" || m.Records != 3 {
		t.Fatalf("after Replace: expiration %q (want %s by %s), meta %+v", m.Expiration, want, sinks.ExpiryRuleID("arch", want), m)
	}
	if tg := tags(t, srv.Client(), bucket, k.String()); tg["retention-class"] != "access" || tg["redactd-expire"] != want.Format(time.DateOnly) {
		t.Fatalf("tags %v", tg)
	}
	// The object changed since the stale load: refused.
	if _, err := a.Replace(ctx, stale, repl, 90); !errors.Is(err, sinks.ErrChanged) {
		t.Fatalf("replace of a stale load: %v, want ErrChanged", err)
	}
	// A second rewrite keeps the first expiry.
	st2, err := a.Load(ctx, k.String())
	if err != nil || !st2.ExpireOn.Equal(want) {
		t.Fatalf("second load: ExpireOn %v, %v", st2.ExpireOn, err)
	}
	if d, err := a.Replace(ctx, st2, repl, 90); err != nil || !d.Equal(want) {
		t.Fatalf("second replace: %v, %v", d, err)
	}
	// The lifecycle keeps the rule: no drift, apply changes nothing.
	if drift, err := a.VerifyLifecycle(ctx, classes); err != nil || len(drift) != 0 {
		t.Fatalf("verify: %v, %v", drift, err)
	}
	if p, err := a.ApplyLifecycle(ctx, classes); err != nil || len(p.Changes) != 0 || !strings.Contains(p.String(), "1 expiry-date rule") {
		t.Fatalf("apply: %v\n%s", err, p)
	}
	// A week after its date, the rule goes.
	sinks.SetTimeNow(t, func() time.Time { return want.AddDate(0, 0, 8) })
	drift, err := a.VerifyLifecycle(ctx, classes)
	if err != nil || len(drift) != 1 || drift[0].Op != "remove" || drift[0].ID != sinks.ExpiryRuleID("arch", want) {
		t.Fatalf("drift a week after the date: %v, %v", drift, err)
	}
}

// A replaced file keeps its key (so its janitor expiry) and its metadata.
func TestDirReplace(t *testing.T) {
	ctx := context.Background()
	d, err := sinks.NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	k := sinks.Key{Class: "access", Topic: "cdn", FirstOffset: 5, Hour: sinks.HourOf(time.Now())}
	if err := d.Put(ctx, encodedObject(t, k, lines(4), 4)); err != nil {
		t.Fatal(err)
	}
	st, err := d.Load(ctx, k.String())
	if err != nil || st.Meta.Records != 4 || st.Meta.RulesVersion != "r1" {
		t.Fatalf("Load: %+v, %v", st.Meta, err)
	}
	repl := encodedObject(t, k, lines(2), 2)
	repl.Meta.RulesVersion = "r2"
	if _, err := d.Replace(ctx, st, repl, 90); err != nil {
		t.Fatal(err)
	}
	m, err := d.Stat(ctx, k.String())
	if err != nil || m.Records != 2 || m.RulesVersion != "r2" || m.FirstOffset != 5 {
		t.Fatalf("after Replace: %+v, %v", m, err)
	}
	n := 0
	if err := d.List(ctx, "", func(string, int64) error { n++; return nil }); err != nil || n != 1 {
		t.Fatalf("%d objects after Replace (%v), want 1", n, err)
	}
}
