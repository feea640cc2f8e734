package query

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/redactd/redactd/redact/textfmt"
	"github.com/redactd/redactd/sinks"
)

// put writes recs as one object under k, encoded as the pipeline does.
func put(t *testing.T, ar sinks.Archive, k sinks.Key, recs ...string) {
	t.Helper()
	var raw []byte
	for _, r := range recs {
		raw = append(raw, r...)
		raw = append(raw, '\n')
	}
	enc, err := sinks.NewEncoder(k.Codec, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	obj := sinks.Object{Key: k.String(), Meta: sinks.Meta{
		Class: k.Class, Records: len(recs), FirstOffset: k.FirstOffset, LastOffset: k.FirstOffset + int64(len(recs)) - 1,
		RawSize: int64(len(raw)),
	}}
	if obj.Body, err = enc.EncodeObject(nil, raw, obj.Meta); err != nil {
		t.Fatal(err)
	}
	if err := ar.Put(context.Background(), obj); err != nil {
		t.Fatal(err)
	}
}

// TestRun reads a directory archive through the library, without a
// process: key order across hours, topics, partitions (numeric) and
// offsets; a filter; a limit; an unreadable object reported in its place.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	d, err := sinks.NewDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	const prefix = "p"
	key := func(topic string, part int, off int64, hour string) sinks.Key {
		return sinks.Key{Prefix: prefix, Class: "access", Topic: topic, Partition: part, FirstOffset: off, Hour: mustHour(t, hour)}
	}
	put(t, d, key("cdn", 10, 0, "2026-11-23T01"), "cdn/10/0")
	put(t, d, key("cdn", 2, 5, "2026-11-23T01"), "cdn/2/5", "cdn/2/6 status=404")
	put(t, d, key("api", 0, 0, "2026-11-23T01"), "api/0/0")
	put(t, d, key("cdn", 0, 9, "2026-11-23T00"), "cdn/0/9 status=404")
	put(t, d, key("cdn", 0, 0, "2026-11-22T23"), "out of range")
	put(t, d, sinks.Key{Prefix: prefix, Class: "audit", Topic: "cdn", Hour: mustHour(t, "2026-11-23T00")}, "other class")
	bad := key("cdn", 3, 0, "2026-11-23T01")
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(bad.String())), []byte("not zstd"), 0o600); err != nil {
		t.Fatal(err)
	}

	run := func(q Query) (got []string, st *Stats, err error) {
		t.Helper()
		q.Class, q.From, q.To = "access", mustHour(t, "2026-11-23T00"), mustHour(t, "2026-11-23T12")
		st = new(Stats)
		err = Run(context.Background(), d, prefix, &q, st,
			func(rec []byte) error { got = append(got, string(rec)); return nil },
			func(key string, err error) { got = append(got, "unreadable "+strings.TrimPrefix(key, prefix+"/")) })
		return got, st, err
	}
	got, st, err := run(Query{})
	want := []string{"cdn/0/9 status=404", "api/0/0", "cdn/2/5", "cdn/2/6 status=404",
		"unreadable " + strings.TrimPrefix(bad.String(), prefix+"/"), "cdn/10/0"}
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("Run: %v\n got %q\nwant %q", err, got, want)
	}
	if st.Planned.Load() != 5 || st.Objects.Load() != 4 || st.Unreadable.Load() != 1 || st.Matched.Load() != 5 || st.Records.Load() != 5 {
		t.Errorf("stats: planned %d objects %d unreadable %d matched %d records %d", st.Planned.Load(), st.Objects.Load(),
			st.Unreadable.Load(), st.Matched.Load(), st.Records.Load())
	}
	got, _, _ = run(Query{Where: []Where{{Field: "status", Value: []byte("404")}}, Topics: []string{"cdn"}})
	if want := []string{"cdn/0/9 status=404", "cdn/2/6 status=404", "unreadable " + strings.TrimPrefix(bad.String(), prefix+"/")}; !slices.Equal(got, want) {
		t.Errorf("where: got %q, want %q", got, want)
	}
	got, st, _ = run(Query{Limit: 2, Workers: 1})
	if want := []string{"cdn/0/9 status=404", "api/0/0"}; !slices.Equal(got, want) || st.Matched.Load() != 2 {
		t.Errorf("limit: got %q (%d matched), want %q", got, st.Matched.Load(), want)
	}
	// An error of emit stops the query and is returned.
	boom := errors.New("boom")
	q := Query{Class: "access", From: mustHour(t, "2026-11-23T00"), To: mustHour(t, "2026-11-23T12")}
	if err := Run(context.Background(), d, prefix, &q, new(Stats), func([]byte) error { return boom }, func(string, error) {}); !errors.Is(err, boom) {
		t.Errorf("emit error: %v", err)
	}
	// A cancelled query says so.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Run(ctx, d, prefix, &q, new(Stats), func([]byte) error { return nil }, func(string, error) {}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	// The classes are named when the one asked for is missing.
	q.Class = "billing"
	err = Run(context.Background(), d, prefix, &q, new(Stats), func([]byte) error { return nil }, func(string, error) {})
	if err == nil || err.Error() != fmt.Sprintf("no class %q in the archive (it has: access, audit)", "billing") {
		t.Errorf("missing class: %v", err)
	}
}

func TestOpenNeverCreates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nope")
	if _, _, err := Open(dir, sinks.OpenOptions{}); err == nil || !strings.Contains(err.Error(), "no archive there") {
		t.Errorf("Open of a missing directory: %v", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open created the directory: %v", err)
	}
	if _, _, err := Open("ftp://x", sinks.OpenOptions{}); err == nil || !strings.Contains(err.Error(), "unknown scheme") {
		t.Errorf("Open(ftp://x): %v", err)
	}
	ar, prefix, err := Open("file://"+filepath.ToSlash(t.TempDir()), sinks.OpenOptions{})
	if _, ok := ar.(*sinks.Dir); err != nil || !ok || prefix != "" {
		t.Errorf("Open(file://): %T %q %v", ar, prefix, err)
	}
}

// TestRunParquet: Parquet objects are read like NDJSON ones, in key order
// with them: JSON rows come back as objects (columns in name order), text
// rows as their lines.
func TestRunParquet(t *testing.T) {
	d, err := sinks.NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	h := mustHour(t, "2026-11-23T05")
	put(t, d, sinks.Key{Class: "audit", Topic: "iam", Partition: 0, FirstOffset: 0, Hour: h, Codec: sinks.CodecParquet},
		`{"n":1,"event":"login","ok":true}`, `{"n":2,"event":"logout","actor":{"id":"u1"}}`)
	put(t, d, sinks.Key{Class: "audit", Topic: "iam", Partition: 0, FirstOffset: 2, Hour: h, Codec: sinks.CodecZstd},
		`{"n":3,"event":"login"}`)
	put(t, d, sinks.Key{Class: "audit", Topic: "web", Partition: 0, FirstOffset: 0, Hour: h, Codec: sinks.CodecParquet},
		`GET / status=200`, `GET /x status=404`)
	var got []string
	q := Query{Class: "audit", From: h, To: h, Where: []Where{{Field: "event", Value: []byte("login")}}}
	emit := func(rec []byte) error { got = append(got, string(rec)); return nil }
	if err := Run(context.Background(), d, "", &q, new(Stats), emit, func(k string, err error) { t.Errorf("%s: %v", k, err) }); err != nil {
		t.Fatal(err)
	}
	if want := []string{`{"event":"login","n":1,"ok":true}`, `{"n":3,"event":"login"}`}; !slices.Equal(got, want) {
		t.Errorf("JSON rows:\n got %q\nwant %q", got, want)
	}
	got = nil
	q.Where = []Where{{Field: "status", Value: []byte("404")}}
	if err := Run(context.Background(), d, "", &q, new(Stats), emit, func(k string, err error) { t.Errorf("%s: %v", k, err) }); err != nil {
		t.Fatal(err)
	}
	if want := []string{`GET /x status=404`}; !slices.Equal(got, want) {
		t.Errorf("text rows: got %q, want %q", got, want)
	}

	// nginx lines in Parquet with their field columns and in a .log.zst
	// object: read by their named fields alike.
	const l1, l2, l3 = `203.0.113.0 - - [23/Nov/2026:05:00:01 +0000] "GET /a HTTP/1.1" 404 5 "-" "curl/8"`,
		`203.0.113.0 - - [23/Nov/2026:05:00:02 +0000] "GET /b HTTP/1.1" 200 5 "-" "curl/8"`,
		`203.0.113.0 - - [23/Nov/2026:05:00:03 +0000] "GET /c HTTP/1.1" 404 5 "-" "curl/8"`
	enc, err := sinks.NewEncoder(sinks.CodecParquet, 1)
	if err != nil {
		t.Fatal(err)
	}
	combined := textfmt.DefaultConfig(textfmt.Combined)
	k := sinks.Key{Class: "access", Topic: "cdn-nginx", Partition: 0, FirstOffset: 0, Hour: h, Codec: sinks.CodecParquet}
	m := sinks.Meta{Class: "access", Records: 2, LastOffset: 1}
	body, err := enc.EncodeText(nil, []byte(l1+"\n"+l2+"\n"), m, &combined)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Put(context.Background(), sinks.Object{Key: k.String(), Body: body, Meta: m}); err != nil {
		t.Fatal(err)
	}
	put(t, d, sinks.Key{Class: "access", Topic: "cdn-nginx", Partition: 0, FirstOffset: 2, Hour: h, Text: true}, l3)
	got = nil
	q = Query{Class: "access", From: h, To: h, Where: []Where{{Field: "status", Value: []byte("404")}}}
	if err := Run(context.Background(), d, "", &q, new(Stats), emit, func(k string, err error) { t.Errorf("%s: %v", k, err) }); err != nil {
		t.Fatal(err)
	}
	if want := []string{l1, l3}; !slices.Equal(got, want) {
		t.Errorf("nginx rows by status:\n got %q\nwant %q", got, want)
	}
}
