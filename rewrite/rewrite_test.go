package rewrite_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/redactd/redactd/rewrite"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

// An archive as an old policy that let e-mail addresses through wrote it:
// obj "leaky" holds planted addresses in every other record, "clean"
// nothing the policy changes, "broken" one record the policy cannot redact
// with confidence (JSON hiding a character behind an escape).
type planted struct {
	keys    map[string]string // name -> key
	records map[string][]string
}

func plant(t *testing.T, put func(sinks.Object) error, prefix string) planted {
	t.Helper()
	hour := sinks.HourOf(time.Now().Add(-2 * time.Hour))
	p := planted{keys: map[string]string{}, records: map[string][]string{}}
	add := func(name string, off int64, recs []string) {
		k := sinks.Key{Prefix: prefix, Class: "access", Topic: "cdn-access", Partition: 0, FirstOffset: off, Hour: hour}
		raw := []byte(strings.Join(recs, "\n") + "\n")
		enc, err := sinks.NewEncoder(k.Codec, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer enc.Close()
		obj := sinks.Object{Key: k.String(), Body: enc.Encode(nil, raw), Meta: sinks.Meta{Class: "access", Records: len(recs),
			FirstOffset: off, LastOffset: off + int64(len(recs)) - 1, RulesVersion: "old", RawSize: int64(len(raw))}}
		if err := put(obj); err != nil {
			t.Fatal(err)
		}
		p.keys[name], p.records[name] = k.String(), recs
	}
	var leaky, clean []string
	for i := range 40 {
		if i%2 == 0 {
			leaky = append(leaky, fmt.Sprintf(`{"i":%d,"msg":"login by person%d@example.org","path":"/a/%d"}`, i, i, i))
		} else {
			leaky = append(leaky, fmt.Sprintf(`{"i":%d,"msg":"GET /static/%d.css 200"}`, i, i))
		}
		clean = append(clean, fmt.Sprintf(`{"i":%d,"msg":"GET /static/%d.js 200"}`, i, i))
	}
	add("leaky", 100, leaky)
	add("clean", 200, clean)
	add("broken", 300, []string{`{"i":1,"msg":"ok"}`, `{"i":2,"msg":"user x\u0040example.org`, `{"i":3,"msg":"ok"}`})
	return p
}

// read returns an object's records and metadata.
func read(t *testing.T, st rewrite.Store, key string) ([]string, sinks.Meta) {
	t.Helper()
	o, err := st.Load(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	r, err := sinks.NewReader(bytes.NewReader(o.Body), sinks.CodecZstd)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n"), o.Meta
}

func testRewrite(t *testing.T, st rewrite.Store, prefix string, p planted, check func(key string)) {
	ctx := context.Background()
	pol := rules.Default()
	o := rewrite.Options{Prefix: prefix}

	// Dry run: says what would change, changes nothing.
	before := map[string][]byte{}
	for name, key := range p.keys {
		ob, err := st.Load(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		before[name] = ob.Body
	}
	o.DryRun = true
	rep, err := rewrite.Run(ctx, st, pol, o)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Objects != 3 || rep.Rewritten != 2 || rep.Unchanged != 1 || rep.Dropped != 1 || rep.Changed != 20 ||
		rep.Records != 83 || rep.Redactions["email"] != 20 || len(rep.Changes) != 2 {
		t.Fatalf("dry run: %+v", rep)
	}
	for name, key := range p.keys {
		ob, _ := st.Load(ctx, key)
		if !bytes.Equal(ob.Body, before[name]) {
			t.Fatalf("dry run changed %s", name)
		}
	}

	// The run.
	o.DryRun = false
	var progress []int
	o.Progress = func(r rewrite.Report) { progress = append(progress, r.Objects) }
	rep, err = rewrite.Run(ctx, st, pol, o)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Rewritten != 2 || rep.Unchanged != 1 || rep.Dropped != 1 || !slices.Equal(progress, []int{1, 2, 3}) {
		t.Fatalf("run: %+v, progress %v", rep, progress)
	}
	// Record by record: the leaky records lost their address and nothing
	// else; the others are as they were; the broken one is gone.
	got, m := read(t, st, p.keys["leaky"])
	if len(got) != 40 || m.Records != 40 || m.RulesVersion != pol.Version || m.FirstOffset != 100 || m.LastOffset != 139 {
		t.Fatalf("leaky: %d records, meta %+v", len(got), m)
	}
	for i, r := range got {
		want := p.records["leaky"][i]
		if i%2 == 0 {
			want = strings.Replace(want, fmt.Sprintf("person%d@example.org", i), "", 1)
			if strings.Contains(r, "@example.org") || !strings.HasPrefix(r, want[:strings.Index(want, "login by ")+len("login by ")]) {
				t.Errorf("leaky record %d: %s", i, r)
			}
		} else if r != want {
			t.Errorf("leaky record %d changed: %s, was %s", i, r, want)
		}
	}
	got, m = read(t, st, p.keys["broken"])
	if !slices.Equal(got, []string{p.records["broken"][0], p.records["broken"][2]}) || m.Records != 2 || m.LastOffset != 302 {
		t.Fatalf("broken: %q, meta %+v", got, m)
	}
	if got, m := read(t, st, p.keys["clean"]); !slices.Equal(got, p.records["clean"]) || m.RulesVersion != "old" {
		t.Fatalf("clean was rewritten: meta %+v", m)
	}
	for _, c := range rep.Changes {
		check(c.Key)
	}

	// A rerun (after a crash, say) finds nothing left to do.
	if rep, err := rewrite.Run(ctx, st, pol, rewrite.Options{Prefix: prefix}); err != nil || rep.Rewritten != 0 || rep.Unchanged != 3 {
		t.Fatalf("rerun: %+v, %v", rep, err)
	}
}

func TestRewriteDir(t *testing.T) {
	root := t.TempDir()
	d, err := sinks.NewDir(root)
	if err != nil {
		t.Fatal(err)
	}
	p := plant(t, func(o sinks.Object) error { return d.Put(context.Background(), o) }, "")
	testRewrite(t, d, "", p, func(key string) {
		// No temporary file is left next to a replaced object.
		ents, err := os.ReadDir(filepath.Dir(filepath.Join(root, key)))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			if strings.HasPrefix(e.Name(), ".tmp-") {
				t.Errorf("temporary file %s left", e.Name())
			}
		}
	})
}

// On S3 a rewritten object expires when the original would have: the
// x-amz-expiration MinIO reports is the original's creation + 90 days
// (within a day), by the expiry-date rule.
func TestRewriteS3(t *testing.T) {
	srv := s3test.Start(t)
	bucket := srv.NewBucket(t)
	ctx := context.Background()
	a, err := sinks.Open("s3://"+bucket+"/arch", sinks.OpenOptions{Endpoint: srv.Endpoint, Credentials: srv.Credentials()})
	if err != nil {
		t.Fatal(err)
	}
	s := a.(*sinks.S3)
	ret := []sinks.Retention{{Class: "technical", Days: 30}, {Class: "access", Days: 90}, {Class: "audit", Days: 365}}
	if _, err := s.ApplyLifecycle(ctx, ret); err != nil {
		t.Fatal(err)
	}
	p := plant(t, func(o sinks.Object) error { return s.Put(ctx, o) }, "arch")
	created := time.Now()
	testRewrite(t, s, "arch", p, func(key string) {
		m, err := s.Stat(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		i := strings.Index(m.Expiration, `expiry-date="`)
		if i < 0 || !strings.Contains(m.Expiration, "-expire-") {
			t.Fatalf("%s: x-amz-expiration %q, want the expiry-date rule", key, m.Expiration)
		}
		d := m.Expiration[i+len(`expiry-date="`):]
		when, err := time.Parse(time.RFC1123, d[:strings.IndexByte(d, '"')])
		if err != nil {
			t.Fatal(err)
		}
		if diff := when.Sub(created.AddDate(0, 0, 90)); diff < 0 || diff > 24*time.Hour {
			t.Errorf("%s expires %v, want within a day after creation + 90 days (%v)", key, when, created.AddDate(0, 0, 90))
		}
	})
	if drift, err := s.VerifyLifecycle(ctx, ret); err != nil || len(drift) != 0 {
		t.Fatalf("lifecycle after the rewrite: %v, %v", drift, err)
	}
}

// Shards split the objects: every key in exactly one.
func TestShards(t *testing.T) {
	if _, _, err := rewrite.ParseShard("0/3"); err == nil {
		t.Error("0/3 accepted")
	}
	if k, n, err := rewrite.ParseShard("2/3"); err != nil || k != 2 || n != 3 {
		t.Errorf("2/3: %d/%d, %v", k, n, err)
	}
	counts := make([]int, 4)
	for i := range 3000 {
		key := fmt.Sprintf("class=access/topic=t/dt=2026-11-23/hour=20/t+0+%018d.ndjson.zst", i)
		in := 0
		for k := 1; k <= 4; k++ {
			if rewrite.InShard(key, k, 4) {
				in++
				counts[k-1]++
			}
		}
		if in != 1 {
			t.Fatalf("%s in %d shards", key, in)
		}
	}
	for k, c := range counts {
		if c < 600 || c > 900 {
			t.Errorf("shard %d/4 has %d of 3000 keys", k+1, c)
		}
	}
}

// BenchmarkRewriteDryRun measures decompress + redact of a directory
// archive: the part of a rewrite that does not write (b.SetBytes: the
// uncompressed bytes read).
func BenchmarkRewriteDryRun(b *testing.B) {
	d, err := sinks.NewDir(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	enc, err := sinks.NewEncoder(sinks.CodecZstd, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer enc.Close()
	var size int64
	hour := sinks.HourOf(time.Now().Add(-time.Hour))
	for o := range 20 {
		var raw []byte
		for i := range 1000 {
			raw = fmt.Appendf(raw, `{"ts":"2026-12-05T07:00:00Z","ip":"203.0.113.%d","msg":"GET /p/%d 200 user%d@example.org","ua":"curl/8.%d"}`+"\n", i%250, i, i, i%10)
		}
		size += int64(len(raw))
		k := sinks.Key{Class: "access", Topic: "cdn-access", FirstOffset: int64(o * 1000), Hour: hour}
		if err := d.Put(context.Background(), sinks.Object{Key: k.String(), Body: enc.Encode(nil, raw),
			Meta: sinks.Meta{Class: "access", Records: 1000, FirstOffset: k.FirstOffset, LastOffset: k.FirstOffset + 999}}); err != nil {
			b.Fatal(err)
		}
	}
	pol := rules.Default()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		rep, err := rewrite.Run(context.Background(), d, pol, rewrite.Options{DryRun: true})
		if err != nil || rep.Records != 20000 {
			b.Fatalf("%+v, %v", rep, err)
		}
	}
}

// A gzip object is rewritten as gzip.
func TestRewriteGzip(t *testing.T) {
	ctx := context.Background()
	d, err := sinks.NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	enc, err := sinks.NewEncoder(sinks.CodecGzip, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	k := sinks.Key{Class: "access", Topic: "cdn-access", Hour: sinks.HourOf(time.Now()), Codec: sinks.CodecGzip}
	raw := []byte(`{"msg":"mail to someone@example.org"}` + "\n" + `{"msg":"nothing"}` + "\n")
	if err := d.Put(ctx, sinks.Object{Key: k.String(), Body: enc.Encode(nil, raw), Meta: sinks.Meta{Class: "access", Records: 2, LastOffset: 1}}); err != nil {
		t.Fatal(err)
	}
	rep, err := rewrite.Run(ctx, d, rules.Default(), rewrite.Options{})
	if err != nil || rep.Rewritten != 1 || rep.Changed != 1 {
		t.Fatalf("%+v, %v", rep, err)
	}
	o, err := d.Load(ctx, k.String())
	if err != nil {
		t.Fatal(err)
	}
	r, err := sinks.NewReader(bytes.NewReader(o.Body), sinks.CodecGzip)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(r)
	if err != nil || bytes.Contains(got, []byte("@example.org")) || !bytes.HasSuffix(got, []byte(`{"msg":"nothing"}`+"\n")) || o.Meta.Records != 2 {
		t.Fatalf("gzip object after rewrite: %q, %v, meta %+v", got, err, o.Meta)
	}
}

// A Parquet object of a text topic with a declared format is rewritten as
// Parquet: its lines redacted under the policy, its field columns parsed
// from the new lines, its metadata in the file.
func TestRewriteParquetText(t *testing.T) {
	ctx := context.Background()
	d, err := sinks.NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	pol, err := rules.ParseForTest("p.yaml", []byte("version: 1\ndetectors: {email: mask}\nclasses: {access: 90}\nrouting: {default: access}\nformats: {web-nginx: combined}\n"))
	if err != nil {
		t.Fatal(err)
	}
	enc, err := sinks.NewEncoder(sinks.CodecParquet, 1)
	if err != nil {
		t.Fatal(err)
	}
	k := sinks.Key{Class: "access", Topic: "web-nginx", Hour: sinks.HourOf(time.Now()), Codec: sinks.CodecParquet}
	raw := []byte(`10.0.0.0 - - [23/Nov/2026:21:05:00 +0000] "GET /a?to=someone@example.org HTTP/1.1" 404 5 "-" "curl/8"` + "\n" +
		`10.0.0.0 - - [23/Nov/2026:21:05:01 +0000] "GET /b HTTP/1.1" 200 5 "-" "curl/8"` + "\n")
	body, err := enc.EncodeObject(nil, raw, sinks.Meta{Class: "access", Records: 2, LastOffset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Put(ctx, sinks.Object{Key: k.String(), Body: body, Meta: sinks.Meta{Class: "access", Records: 2, LastOffset: 1}}); err != nil {
		t.Fatal(err)
	}
	rep, err := rewrite.Run(ctx, d, pol, rewrite.Options{})
	if err != nil || rep.Rewritten != 1 || rep.Changed != 1 {
		t.Fatalf("%+v, %v", rep, err)
	}
	o, err := d.Load(ctx, k.String())
	if err != nil {
		t.Fatal(err)
	}
	m, err := d.Stat(ctx, k.String())
	if err != nil || m.Records != 2 || m.RulesVersion != pol.Version {
		t.Errorf("meta after rewrite %+v, %v", m, err)
	}
	f, err := parquet.OpenFile(bytes.NewReader(o.Body), int64(len(o.Body)))
	if err != nil {
		t.Fatal(err)
	}
	var cols []string
	for _, fd := range f.Schema().Fields() {
		cols = append(cols, fd.Name())
	}
	if !slices.Contains(cols, "status") || !slices.Contains(cols, "request") || !slices.Contains(cols, "line") {
		t.Errorf("columns after rewrite %v, want the combined fields and line", cols)
	}
	got, err := io.ReadAll(must(sinks.NewReader(bytes.NewReader(o.Body), sinks.CodecParquet)))
	if err != nil || bytes.Contains(got, []byte("@example.org")) || !bytes.Contains(got, []byte("GET /a?to=[email] HTTP/1.1")) {
		t.Fatalf("records after rewrite: %q, %v", got, err)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// Text objects under both names, .log.zst and the .ndjson.zst earlier
// releases gave them, are rewritten in place under their own key.
func TestRewriteTextNames(t *testing.T) {
	ctx := context.Background()
	d, err := sinks.NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	enc, err := sinks.NewEncoder(sinks.CodecZstd, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	raw := []byte("ts=1 msg=\"mail to someone@example.org\"\n")
	var keys []string
	for i, text := range []bool{true, false} {
		k := sinks.Key{Class: "access", Topic: "app", FirstOffset: int64(i), Hour: sinks.HourOf(time.Now()), Text: text}
		if err := d.Put(ctx, sinks.Object{Key: k.String(), Body: enc.Encode(nil, raw), Meta: sinks.Meta{Class: "access", Records: 1, FirstOffset: int64(i), LastOffset: int64(i)}}); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k.String())
	}
	rep, err := rewrite.Run(ctx, d, rules.Default(), rewrite.Options{})
	if err != nil || rep.Rewritten != 2 || rep.Changed != 2 {
		t.Fatalf("%+v, %v", rep, err)
	}
	for _, key := range keys {
		o, err := d.Load(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(must(sinks.NewReader(bytes.NewReader(o.Body), sinks.CodecZstd)))
		if err != nil || bytes.Contains(got, []byte("@example.org")) {
			t.Errorf("%s after rewrite: %q, %v", key, got, err)
		}
	}
	if !strings.HasSuffix(keys[0], ".log.zst") || !strings.HasSuffix(keys[1], ".ndjson.zst") {
		t.Errorf("keys %v", keys)
	}
}
