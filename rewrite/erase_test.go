package rewrite_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/rewrite"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

// A policy that writes linkable forms: keyed pseudonyms of e-mail
// addresses, phone numbers and user ids, Crypto-PAn addresses for IPv4.
const erasePolicy = `version: 1
detectors:
  ipv4: pseudonymize
  email: hash
  phone: hash
hash_key: {env: REDACTD_TEST_UNUSED_KEY, id: k1}
fields:
  - {path: user.id, action: hash}
classes:
  access: 90
routing:
  default: access
`

// The data subject: e-mail, phone, IP, user id; and records of others that
// look alike and must stay.
var (
	subject = []rewrite.Identifier{
		{Kind: "email", Value: "alice@example.org"},
		{Kind: "phone", Value: "+49 170 1234567"},
		{Kind: "ip", Value: "198.51.100.7"},
		{Kind: "value", Value: "u-12345"},
	}
	eraseRecords = []struct {
		rec     string
		subject bool
	}{
		{`{"msg":"signup Alice@Example.org from the app"}`, true},
		{`{"msg":"signup malice@example.org"}`, false},
		{`{"msg":"signup bob@example.org"}`, false},
		{`{"msg":"call +49 170 1234567 ok"}`, true},
		{`{"msg":"call +49 170 7654321 ok"}`, false},
		{`{"msg":"from 198.51.100.7 GET /"}`, true},
		{`{"msg":"from 198.51.100.70 GET /"}`, false},
		{`{"msg":"from 198.51.100.8 GET /"}`, false},
		{`{"user":{"id":"u-12345"},"msg":"login"}`, true},
		{`{"user":{"id":"u-123456"},"msg":"login"}`, false},
		{`{"msg":"nothing personal"}`, false},
	}
)

// plantErase writes two objects: "raw" as an old policy that redacted
// nothing would have, "policy" as the erase policy writes them.
func plantErase(t *testing.T, put func(sinks.Object) error, prefix string, pol *rules.Policy) map[string][]string {
	t.Helper()
	red := pol.Engine().NewRedactor()
	if err := rules.AutoFormat.Apply(red); err != nil {
		t.Fatal(err)
	}
	objs := map[string][]string{}
	for i, kind := range []string{"raw", "policy"} {
		k := sinks.Key{Prefix: prefix, Class: "access", Topic: "app", FirstOffset: int64(i * 100), Hour: sinks.HourOf(time.Now())}
		var recs []string
		var raw []byte
		for _, r := range eraseRecords {
			rec := r.rec
			if kind == "policy" {
				out, err := red.Redact(nil, []byte(rec), redact.FormatAuto)
				if err != nil {
					t.Fatal(err)
				}
				rec = string(out)
				if strings.Contains(rec, "alice@") || strings.Contains(rec, "198.51.100.7 ") {
					t.Fatalf("policy kept %s", rec)
				}
			}
			recs = append(recs, rec)
			raw = append(append(raw, rec...), '\n')
		}
		enc, err := sinks.NewEncoder(k.Codec, 0)
		if err != nil {
			t.Fatal(err)
		}
		keyID := ""
		if kind == "policy" {
			keyID = pol.Engine().KeyID()
		}
		if err := put(sinks.Object{Key: k.String(), Body: enc.Encode(nil, raw), Meta: sinks.Meta{Class: "access",
			Records: len(recs), FirstOffset: k.FirstOffset, LastOffset: k.FirstOffset + int64(len(recs)) - 1, RulesVersion: "v", KeyID: keyID}}); err != nil {
			t.Fatal(err)
		}
		enc.Close()
		objs[k.String()] = recs
	}
	return objs
}

func testErase(t *testing.T, st rewrite.Store, prefix string, put func(sinks.Object) error) {
	ctx := context.Background()
	pol, err := rules.ParseForTest("erase.yaml", []byte(erasePolicy))
	if err != nil {
		t.Fatal(err)
	}
	objs := plantErase(t, put, prefix, pol)
	er, err := rewrite.NewEraser(pol, subject, rewrite.EraseDrop)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range er.Labels {
		for _, id := range subject {
			if strings.Contains(l, id.Value) {
				t.Fatalf("label %q holds the identifier", l)
			}
		}
	}
	want := 0
	for _, r := range eraseRecords {
		if r.subject {
			want++
		}
	}
	o := rewrite.Options{Prefix: prefix, Erase: er, DryRun: true}
	rep, err := rewrite.Run(ctx, st, pol, o)
	if err != nil || rep.Rewritten != 2 || rep.Changed != int64(2*want) {
		t.Fatalf("dry run: %+v, %v", rep, err)
	}
	o.DryRun = false
	rep, err = rewrite.Run(ctx, st, pol, o)
	if err != nil || rep.Rewritten != 2 || rep.Dropped != int64(2*want) {
		t.Fatalf("erase: %+v, %v", rep, err)
	}
	day := "access dt=" + time.Now().UTC().Format(time.DateOnly)
	if c := rep.ErasedByDay[day]; c == nil || c.Objects != 2 || c.Records != 2*want || len(rep.ErasedByLabel) != len(subject) {
		t.Fatalf("report by day %v, by label %v", rep.ErasedByDay, rep.ErasedByLabel)
	}
	// Record by record: every record of the subject gone, every other one
	// as it was, in order.
	for key, recs := range objs {
		got, m := read(t, st, key)
		var exp []string
		for i, r := range eraseRecords {
			if !r.subject {
				exp = append(exp, recs[i])
			}
		}
		if !slices.Equal(got, exp) || m.Records != len(exp) || m.RulesVersion != "v" {
			t.Fatalf("%s after the erasure:\n%s\nwant\n%s\n(meta %+v)", key, strings.Join(got, "\n"), strings.Join(exp, "\n"), m)
		}
	}
	// Done: a rerun finds nothing.
	if rep, err := rewrite.Run(ctx, st, pol, rewrite.Options{Prefix: prefix, Erase: er}); err != nil || rep.Rewritten != 0 || rep.Changed != 0 {
		t.Fatalf("rerun: %+v, %v", rep, err)
	}
}

func TestEraseDir(t *testing.T) {
	d, err := sinks.NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	testErase(t, d, "", func(o sinks.Object) error { return d.Put(context.Background(), o) })
}

func TestEraseS3(t *testing.T) {
	srv := s3test.Start(t)
	bucket := srv.NewBucket(t)
	a, err := sinks.Open("s3://"+bucket+"/arch", sinks.OpenOptions{Endpoint: srv.Endpoint, Credentials: srv.Credentials()})
	if err != nil {
		t.Fatal(err)
	}
	s := a.(*sinks.S3)
	if _, err := s.ApplyLifecycle(context.Background(), []sinks.Retention{{Class: "access", Days: 90}}); err != nil {
		t.Fatal(err)
	}
	testErase(t, s, "arch", func(o sinks.Object) error { return s.Put(context.Background(), o) })
}

// Mask mode replaces the forms and keeps the records.
func TestEraseMask(t *testing.T) {
	ctx := context.Background()
	pol, err := rules.ParseForTest("erase.yaml", []byte(erasePolicy))
	if err != nil {
		t.Fatal(err)
	}
	d, err := sinks.NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	objs := plantErase(t, func(o sinks.Object) error { return d.Put(ctx, o) }, "", pol)
	er, err := rewrite.NewEraser(pol, subject, rewrite.EraseMask)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rewrite.Run(ctx, d, pol, rewrite.Options{Erase: er}); err != nil {
		t.Fatal(err)
	}
	for key, recs := range objs {
		got, _ := read(t, d, key)
		if len(got) != len(recs) {
			t.Fatalf("%s: %d records, want %d", key, len(got), len(recs))
		}
		for i, r := range eraseRecords {
			switch {
			case r.subject && (got[i] == recs[i] || !strings.Contains(got[i], "[erased]")):
				t.Errorf("%s record %d not masked: %s", key, i, got[i])
			case !r.subject && got[i] != recs[i]:
				t.Errorf("%s record %d changed: %s", key, i, got[i])
			}
		}
	}
}
