package sinks

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestParquetRoundTrip: a JSON batch becomes typed columns and reads back
// as the same objects; a text batch (or JSON mixed with text) becomes one
// line column and reads back line for line; the Meta travels in the file.
func TestParquetRoundTrip(t *testing.T) {
	enc, err := NewEncoder(CodecParquet, 3)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := NewDecoder(0)
	if err != nil {
		t.Fatal(err)
	}
	m := Meta{Class: "access", Records: 3, FirstOffset: 7, LastOffset: 9, RulesVersion: "v1", KeyID: "k1", RawSize: 100}
	f := func(src string, jsonRows bool) {
		t.Helper()
		body, err := enc.EncodeObject(nil, []byte(src), m)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(body, []byte("PAR1")) || !bytes.HasSuffix(body, []byte("PAR1")) {
			t.Fatalf("not a Parquet file: %q...", body[:min(len(body), 8)])
		}
		got, err := dec.Decode(nil, body, CodecParquet)
		if err != nil {
			t.Fatal(err)
		}
		r, err := NewReader(bytes.NewReader(body), CodecParquet)
		if err != nil {
			t.Fatal(err)
		}
		streamed, _ := io.ReadAll(r)
		if !bytes.Equal(got, streamed) {
			t.Errorf("Decode and NewReader differ:\n%s\n%s", got, streamed)
		}
		if meta, err := parquetMeta(bytes.NewReader(body), int64(len(body))); err != nil || meta != m {
			t.Errorf("meta %+v, %v; want %+v", meta, err, m)
		}
		if !jsonRows {
			if string(got) != src {
				t.Errorf("text batch:\n got %q\nwant %q", got, src)
			}
			return
		}
		want, gotRecs := strings.Split(strings.TrimSuffix(src, "\n"), "\n"), strings.Split(strings.TrimSuffix(string(got), "\n"), "\n")
		if len(want) != len(gotRecs) {
			t.Fatalf("%d records, want %d:\n%s", len(gotRecs), len(want), got)
		}
		for i := range want {
			var a, b any
			if err := json.Unmarshal([]byte(want[i]), &a); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(gotRecs[i]), &b); err != nil {
				t.Fatalf("record %d is not JSON: %q", i, gotRecs[i])
			}
			dropNulls(a)
			if !reflect.DeepEqual(a, b) {
				t.Errorf("record %d:\n got %s\nwant %s", i, gotRecs[i], want[i])
			}
		}
	}
	f(`{"status":404,"rt":0.5,"ok":true,"user":{"id":"k1:ab"},"path":"/a \"q\"","tags":[1,2]}`+"\n"+
		`{"status":200,"rt":1,"ok":false,"path":"/b","mixed":"x","nul":null}`+"\n"+
		`{"status":500,"extra":"only here","mixed":3}`+"\n", true)
	f("203.0.113.0 - - [23/Nov/2026:00:00:01 +0000] \"GET /a HTTP/1.1\" 404 12 \"-\" \"curl/8\"\n2026-11-23\t20:00:01\tFRA\n\n", false)
	f("{\"a\":1}\nnot json\n", false)
}

func dropNulls(v any) {
	if m, ok := v.(map[string]any); ok {
		for k, x := range m {
			if x == nil {
				delete(m, k)
			}
		}
	}
}

// TestDirParquet: a directory archive writes a Parquet object as a plain
// Parquet file (no frame in front), Stat reads its Meta from the footer and
// Get returns the file.
func TestDirParquet(t *testing.T) {
	d, err := NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := NewEncoder(CodecParquet, 0)
	k := Key{Class: "audit", Topic: "audit-log", Partition: 2, FirstOffset: 40, Hour: time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC), Codec: CodecParquet}
	if got := k.String(); got != "class=audit/topic=audit-log/dt=2026-11-23/hour=20/audit-log+2+000000000000000040.parquet" {
		t.Errorf("key %s", got)
	}
	if pk, err := ParseKey(k.String()); err != nil || pk != k {
		t.Errorf("ParseKey: %+v, %v", pk, err)
	}
	m := Meta{Class: "audit", Records: 2, FirstOffset: 40, LastOffset: 41, RulesVersion: "v", KeyID: "k1", RawSize: 20}
	body, err := enc.EncodeObject(nil, []byte("{\"a\":1}\n{\"a\":2}\n"), m)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Put(context.Background(), Object{Key: k.String(), Body: body, Meta: m}); err != nil {
		t.Fatal(err)
	}
	got, err := d.Stat(context.Background(), k.String())
	if err != nil {
		t.Fatal(err)
	}
	if got.Size != int64(len(body)) {
		t.Errorf("size %d, want %d (no frame)", got.Size, len(body))
	}
	got.Size = 0
	if got != m {
		t.Errorf("Stat: %+v, want %+v", got, m)
	}
	rc, err := d.Get(context.Background(), k.String())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, _ := io.ReadAll(rc)
	if !bytes.Equal(b, body) {
		t.Error("Get does not return the file as written")
	}
	// Written again (a replay): refused, and Stat still answers.
	if err := d.Put(context.Background(), Object{Key: k.String(), Body: body, Meta: m}); err == nil {
		t.Error("second Put of the same key succeeded")
	}
}

// BenchmarkEncodeParquet encodes the batch BenchmarkEncodeZstd encodes
// (JSON access records, about 4 MiB) as Parquet, and the same records as
// text lines (one line column), reporting the compression ratio.
func BenchmarkEncodeParquet(b *testing.B) {
	for _, tc := range []struct {
		name string
		src  []byte
	}{
		{"json", batch(20000)},
		{"text", bytes.ReplaceAll(batch(20000), []byte(`{"ts":`), []byte(`ts=`))},
	} {
		b.Run(tc.name, func(b *testing.B) {
			enc, err := NewEncoder(CodecParquet, 0)
			if err != nil {
				b.Fatal(err)
			}
			dst, err := enc.EncodeObject(nil, tc.src, Meta{})
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(tc.src)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				dst, _ = enc.EncodeObject(dst[:0], tc.src, Meta{})
			}
			b.ReportMetric(float64(len(tc.src))/float64(len(dst)), "ratio")
		})
	}
}

// TestDecodeParquetCorrupt: bytes that are not a whole Parquet file are an
// error, never a panic (the library's panics are recovered), and output
// stops at the decoder's limit.
func TestDecodeParquetCorrupt(t *testing.T) {
	enc, _ := NewEncoder(CodecParquet, 0)
	body, err := enc.EncodeObject(nil, batch(200), Meta{Records: 200})
	if err != nil {
		t.Fatal(err)
	}
	small, _ := NewDecoder(1 << 10)
	if _, err := small.Decode(nil, body, CodecParquet); err == nil || !strings.Contains(err.Error(), "more than 1024 bytes") {
		t.Errorf("past the limit: %v", err)
	}
	dec, _ := NewDecoder(0)
	for _, b := range [][]byte{nil, []byte("PAR1"), body[:len(body)/2], body[len(body)/2:]} {
		if _, err := dec.Decode(nil, b, CodecParquet); err == nil {
			t.Errorf("%d corrupt bytes decoded without an error", len(b))
		}
		if _, err := parquetMeta(bytes.NewReader(b), int64(len(b))); err == nil {
			t.Errorf("%d corrupt bytes gave metadata", len(b))
		}
	}
	// Every single flipped byte: an error or records, never a panic.
	for i := 0; i < len(body); i += 7 {
		c := bytes.Clone(body)
		c[i] ^= 0x5a
		_, _ = dec.Decode(nil, c, CodecParquet)
	}
}

// TestParquetEdgeCases: odd keys and numbers read back as valid JSON with
// the same values; a batch with more keys than maxParquetColumns is
// written as lines and reads back byte for byte.
func TestParquetEdgeCases(t *testing.T) {
	enc, _ := NewEncoder(CodecParquet, 0)
	dec, _ := NewDecoder(0)
	f := func(src, want string) {
		t.Helper()
		body, err := enc.EncodeObject(nil, []byte(src), Meta{})
		if err != nil {
			t.Fatal(err)
		}
		out, err := dec.Decode(nil, body, CodecParquet)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
			if l != "" && l[0] == '{' && !json.Valid([]byte(l)) {
				t.Errorf("%q reads back as invalid JSON %q", src, l)
			}
		}
		if string(out) != want {
			t.Errorf("%q:\n got %q\nwant %q", src, out, want)
		}
	}
	f(`{"":1}`+"\n", `{"":1}`+"\n")
	f(`{"a.b":1,"a":{"b":2}}`+"\n", `{"a":{"b":2},"a.b":1}`+"\n")
	f(`{"\u0000":1,"<":"ü"}`+"\n", `{"\u0000":1,"\u003c":"ü"}`+"\n")
	f(`{"a":1e400}`+"\n"+`{"a":2}`+"\n", `{"a":1e400}`+"\n"+`{"a":2}`+"\n") // out of range: kept as written
	f(`{"a":1}`+"\n"+`{"a":1.5}`+"\n", `{"a":1}`+"\n"+`{"a":1.5}`+"\n")
	var many strings.Builder
	for i := range maxParquetColumns + 1 {
		fmt.Fprintf(&many, `{"k%d":%d}`+"\n", i, i)
	}
	f(many.String(), many.String())
}
