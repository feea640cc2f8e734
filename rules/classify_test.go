package rules

import (
	"testing"
	"time"
)

const routedPolicy = `
version: 1
classes: {technical: 30, access: 90, audit: 365, billing: 2555}
routing:
  default: technical
  topics:
    cdn-access: access
    cdn-*: technical
    cdn-eu-*: access
    audit-log: audit
  fields:
    - {path: log_type, equals: audit, class: audit}
    - {path: meta.kind, in: [invoice, payment], class: billing}
    - {path: status, equals: 403, class: audit, topic: cdn-access}
timestamp_field: ts
`

func TestClassify(t *testing.T) {
	p := mustParse(t, routedPolicy)
	f := func(topic, rec, want string) {
		t.Helper()
		i := p.Classify(topic, []byte(rec))
		if got := p.Classes[i].Name; got != want {
			t.Errorf("Classify(%q, %q) = %s, want %s", topic, rec, got, want)
		}
	}
	// topics: exact, then the longest prefix, then the default
	f("cdn-access", "GET /", "access")
	f("cdn-edge", "GET /", "technical")
	f("cdn-eu-west", "GET /", "access")
	f("cdn-", "GET /", "technical")
	f("cdn", "GET /", "technical")
	f("audit-log", "x", "audit")
	f("other", "x", "technical")
	f("", "", "technical")
	// field routes win over topics, in file order
	f("other", `{"log_type":"audit"}`, "audit")
	f("cdn-access", `{"a":1,"log_type":"audit"}`, "audit")
	f("other", `{"log_type":"auditx"}`, "technical")
	f("other", `{"meta":{"kind":"payment"}}`, "billing")
	f("other", `{"meta":{"kind":"invoice"},"log_type":"audit"}`, "audit")
	f("other", `{"meta":{"kind":"refund"}}`, "technical")
	f("other", `{"meta":"payment"}`, "technical")
	// a field route limited to one topic
	f("cdn-access", `{"status":403}`, "audit")
	f("cdn-edge", `{"status":403}`, "technical")
	f("cdn-access", `{"status":4030}`, "access")
	// text records and broken JSON fall back to the topic
	f("audit-log", `log_type=audit`, "audit")
	f("other", `{"log_type" "audit"}`, "technical")
	f("other", `log_type=audit`, "technical")

	if i, ok := p.ClassIndex("billing"); !ok || p.Classes[i].Days != 2555 {
		t.Errorf("ClassIndex(billing) = %d, %v", i, ok)
	}
	if _, ok := p.ClassIndex("gold"); ok {
		t.Error("ClassIndex(gold) found")
	}
}

func TestDefaultClassWithoutRouting(t *testing.T) {
	f := func(src, want string) {
		t.Helper()
		p := mustParse(t, src)
		if got := p.Classes[p.Classify("t", nil)].Name; got != want {
			t.Errorf("%s: default class %s, want %s", src, got, want)
		}
	}
	f("version: 1\n", "technical")
	f("version: 1\nclasses: {short: 7, technical: 30}\n", "technical")
	f("version: 1\nclasses: {short: 7, long: 700}\n", "short")
	f("version: 1\nclasses: {short: 7, long: 700}\nrouting: {default: long}\n", "long")
}

func TestRecordTime(t *testing.T) {
	p := mustParse(t, routedPolicy)
	f := func(rec, want string) {
		t.Helper()
		got, ok := p.RecordTime([]byte(rec))
		if want == "" {
			if ok {
				t.Errorf("RecordTime(%s) = %v, want none", rec, got)
			}
			return
		}
		w, err := time.Parse(time.RFC3339Nano, want)
		if err != nil {
			t.Fatal(err)
		}
		if !ok || !got.Equal(w) || got.Location() != time.UTC {
			t.Errorf("RecordTime(%s) = %v, %v; want %v UTC", rec, got, ok, w)
		}
	}
	f(`{"ts":"2026-11-23T21:05:00Z"}`, "2026-11-23T21:05:00Z")
	f(`{"ts":"2026-11-23T21:05:00.123456789Z"}`, "2026-11-23T21:05:00.123456789Z")
	f(`{"ts":"2026-11-23T22:05:00.5+01:00"}`, "2026-11-23T21:05:00.5Z")
	f(`{"ts":"2026-11-23 16:05:00-05:00"}`, "2026-11-23T21:05:00Z")
	f(`{"ts":"2026-11-23t21:05:00z"}`, "2026-11-23T21:05:00Z")
	f(`{"ts":1795467900}`, "2026-11-23T21:05:00Z")
	f(`{"ts":"1795467900"}`, "2026-11-23T21:05:00Z")
	f(`{"ts":1795467900.25}`, "2026-11-23T21:05:00.25Z")
	f(`{"ts":1795467900250}`, "2026-11-23T21:05:00.25Z")
	f(`{"ts":1795467900250001}`, "2026-11-23T21:05:00.250001Z")
	f(`{"ts":1795467900250001002}`, "2026-11-23T21:05:00.250001002Z")
	f(`{"a":{"ts":1},"ts":0}`, "1970-01-01T00:00:00Z")
	f(`{"ts":"2024-02-29T00:00:00Z"}`, "2024-02-29T00:00:00Z")
	// no usable time
	f(`{"ts":"2023-02-29T00:00:00Z"}`, "")
	f(`{"ts":"2026-11-23T24:00:00Z"}`, "")
	f(`{"ts":"2026-11-23T21:05:60Z"}`, "")
	f(`{"ts":"2026-11-23T21:05:00"}`, "")
	f(`{"ts":"2026-11-23T21:05:00.Z"}`, "")
	f(`{"ts":"2026-11-23T21:05:00+0100"}`, "")
	f(`{"ts":"2026-11-23"}`, "")
	f(`{"ts":"yesterday"}`, "")
	f(`{"ts":-5}`, "")
	f(`{"ts":1.5e9}`, "")
	f(`{"ts":17954679001234567890}`, "")
	f(`{"ts":null}`, "")
	f(`{"ts":""}`, "")
	f(`{"time":"2026-11-23T21:05:00Z"}`, "")
	f(`ts=2026-11-23T21:05:00Z`, "")

	if _, ok := Default().RecordTime([]byte(`{"ts":"2026-11-23T21:05:00Z"}`)); ok {
		t.Error("a policy without timestamp_field read a record time")
	}
}

func TestNoAllocs(t *testing.T) {
	p := mustParse(t, routedPolicy)
	json := []byte(`{"status":200,"meta":{"kind":"refund"},"msg":"GET /index.html","log_type":"access","ts":"2026-11-23T21:05:00.123Z"}`)
	text := []byte(`203.0.113.7 - - [23/Nov/2026:21:05:00 +0000] "GET / HTTP/1.1" 200 512`)
	epoch := []byte(`{"ts":1795467900123}`)
	for name, fn := range map[string]func(){
		"Classify/json":    func() { p.Classify("cdn-eu-west", json) },
		"Classify/text":    func() { p.Classify("cdn-eu-west", text) },
		"RecordTime/3339":  func() { p.RecordTime(json) },
		"RecordTime/epoch": func() { p.RecordTime(epoch) },
	} {
		if n := testing.AllocsPerRun(100, fn); n != 0 {
			t.Errorf("%s: %v allocs per run, want 0", name, n)
		}
	}
}

func BenchmarkClassify(b *testing.B) {
	p, err := ParseForTest("p.yaml", []byte(routedPolicy))
	if err != nil {
		b.Fatal(err)
	}
	rec := []byte(`{"status":200,"meta":{"kind":"refund"},"msg":"GET /index.html","log_type":"access","ts":"2026-11-23T21:05:00.123Z"}`)
	b.SetBytes(int64(len(rec)))
	b.ReportAllocs()
	for b.Loop() {
		p.Classify("cdn-eu-west", rec)
	}
}

func BenchmarkRecordTime(b *testing.B) {
	p, err := ParseForTest("p.yaml", []byte(routedPolicy))
	if err != nil {
		b.Fatal(err)
	}
	rec := []byte(`{"ts":"2026-11-23T21:05:00.123Z","status":200,"msg":"GET /index.html"}`)
	b.SetBytes(int64(len(rec)))
	b.ReportAllocs()
	for b.Loop() {
		p.RecordTime(rec)
	}
}
