package query

import (
	"slices"
	"testing"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/redact/textfmt"
	"github.com/redactd/redactd/sinks"
)

func TestFieldReader(t *testing.T) {
	auto, err := NewFieldReader(textfmt.Config{})
	if err != nil {
		t.Fatal(err)
	}
	cf, err := NewFieldReader(textfmt.DefaultConfig(textfmt.CloudFront))
	if err != nil {
		t.Fatal(err)
	}
	f := func(r *FieldReader, rec, name, want string) {
		t.Helper()
		r.Set([]byte(rec))
		v, ok := r.Field(name)
		got := string(v)
		if !ok {
			got = "<none>"
		}
		if got != want {
			t.Errorf("Field(%q) of %q = %q, want %q", name, rec, got, want)
		}
	}
	const nginx = `203.0.113.0 - - [23/Nov/2026:20:00:01 +0000] "GET /p?id=7&email=[email] HTTP/1.1" 404 512 "-" "curl/8.5 \"x\"" rt=0.002`
	f(auto, nginx, "status", "404")
	f(auto, nginx, "remote_addr", "203.0.113.0")
	f(auto, nginx, "request", "GET /p?id=7&email=[email] HTTP/1.1")
	f(auto, nginx, "http_user_agent", `curl/8.5 "x"`) // unquoted
	f(auto, nginx, "rt", "0.002")                     // a key=value extra
	f(auto, nginx, "id", "7")                         // not a field of the layout: key=value
	f(auto, nginx, "nope", "<none>")
	f(auto, `{"status":404,"user":{"id":"k1:ab"},"msg":"a \"b\""}`, "user.id", "k1:ab")
	f(auto, `{"status":404,"user":{"id":"k1:ab"},"msg":"a \"b\""}`, "status", "404")
	f(auto, `{"status":404}`, "user", "<none>")
	f(auto, "ts=1 level=warn status=500", "status", "500")
	const cfLine = "2026-11-23\t20:00:01\tFRA56-C1\t512\t203.0.113.0\tGET\td1.cloudfront.net\t/index.html\t404\t-\tcurl/8\t-\t-\tError\tid1\tex.com\thttps\t120\t0.002\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tError\tHTTP/2.0\t-\t-\t51234\t0.002\tError\ttext/html\t512\t-\t-"
	f(cf, cfLine, "sc-status", "404")
	f(cf, cfLine, "cs-uri-stem", "/index.html")
	f(cf, cfLine, "c-ip", "203.0.113.0")
	f(auto, cfLine, "sc-status", "404") // recognised by its shape
	// The names of the Parquet columns (sinks.AppendColumnName) too.
	f(auto, cfLine, "sc_status", "404")
	f(cf, cfLine, "cs_user_agent", "curl/8")
	f(cf, cfLine, "x_edge_location", "FRA56-C1")
	f(cf, cfLine, "cs_uri_stem_", "<none>")
	f(auto, cfLine+"\trid=r1", "rid", "r1")
	f(auto, "2026-11-23 20:00:01 x status=1", "status", "1") // spaces: not CloudFront

	// Several fields of one record stay valid together.
	auto.Set([]byte(nginx))
	a, _ := auto.Field("http_user_agent")
	b, _ := auto.Field("request")
	if string(a) != `curl/8.5 "x"` || string(b) != "GET /p?id=7&email=[email] HTTP/1.1" {
		t.Errorf("two fields of one record: %q, %q", a, b)
	}
	auto.Set([]byte(`{"n":1.5,"s":"x","o":{"a":[1]}}`))
	for name, want := range map[string]string{"n": "1.5", "s": `"x"`, "o": `{"a":[1]}`} {
		if v, isJSON, ok := auto.Raw(name); !ok || !isJSON || string(v) != want {
			t.Errorf("Raw(%q) = %q %v %v, want %q", name, v, isJSON, ok, want)
		}
	}
}

func TestCounter(t *testing.T) {
	fr, _ := NewFieldReader(textfmt.Config{})
	c := NewCounter([]string{"status", "method"})
	for _, rec := range []string{
		`{"status":404,"method":"GET"}`,
		`{"status":404,"method":"GET"}`,
		`{"status":200,"method":"GET"}`,
		`{"status":404}`,
		`status=404 method=GET`,
		`{"status":"","method":"GET"}`,
		`{"status":"1:x","method":"GET"}`,
	} {
		fr.Set([]byte(rec))
		c.Add(fr)
	}
	var got []string
	for _, g := range c.Groups() {
		s := ""
		for i, v := range g.Values {
			if !g.Present[i] {
				v = "<none>"
			}
			s += v + "/"
		}
		got = append(got, s+string(rune('0'+g.Count)))
	}
	want := []string{"404/GET/3", "/GET/1", "1:x/GET/1", "200/GET/1", "404/<none>/1"}
	if c.Total() != 7 || !slices.Equal(got, want) {
		t.Errorf("total %d, groups %q, want %q", c.Total(), got, want)
	}
	rec := []byte(`{"status":404,"method":"GET"}`)
	n := testing.AllocsPerRun(100, func() {
		fr.Set(rec)
		c.Add(fr)
	})
	if n != 0 {
		t.Errorf("Add of a known group: %v allocs", n)
	}
}

// FuzzFieldReader: no panic on any record and field name; a field of a
// JSON record is what redact.JSONField reads; the counter's groups give
// back the values Field read, and add up to the total.
func FuzzFieldReader(f *testing.F) {
	f.Add([]byte(`203.0.113.0 - - [23/Nov/2026:00:00:01 +0000] "GET /a HTTP/1.1" 404 12 "-" "curl/8" rt=1`), "status")
	f.Add([]byte("2026-11-23\t20:00:01\tFRA\t512\t203.0.113.0\tGET\th\t/i\t404"), "sc-status")
	f.Add([]byte(`{"a":{"b":"x\"y"},"n":1}`), "a.b")
	f.Add([]byte(`k="v w" x=1`), "k")
	f.Add([]byte(`1.2.3.4 - "u \" x" [t] "r" 200 - "\\" "`), "remote_user")
	f.Fuzz(func(t *testing.T, rec []byte, name string) {
		fr, err := NewFieldReader(textfmt.Config{})
		if err != nil {
			t.Fatal(err)
		}
		fr.Set(rec)
		v, ok := fr.Field(name)
		if sinks.FirstNonSpace(rec) == '{' {
			w, wok := redact.JSONField(rec, name)
			if ok != wok || string(v) != string(w) {
				t.Fatalf("JSON field %q: %q %v, JSONField %q %v", name, v, ok, w, wok)
			}
		}
		c := NewCounter([]string{name, "status"})
		c.Add(fr)
		c.Add(fr)
		gs := c.Groups()
		if len(gs) != 1 || gs[0].Count != 2 || c.Total() != 2 {
			t.Fatalf("groups %+v, total %d", gs, c.Total())
		}
		if gs[0].Present[0] != ok || gs[0].Values[0] != string(v) && ok {
			t.Fatalf("group %+v, field %q %v", gs[0], v, ok)
		}
	})
}

// BenchmarkCountBy is the per-record cost of --count-by status on nginx
// lines: split the line, read a field, count it.
func BenchmarkCountBy(b *testing.B) {
	recs := [][]byte{
		[]byte(`203.0.113.0 - - [23/Nov/2026:00:00:01 +0000] "GET /live/news24/index.m3u8?v=4&email=[email] HTTP/1.1" 206 1574023 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36" "2604:718a:76be::" rt=0.432 urt=1.350 cache=- host=cdn.example.com`),
		[]byte(`198.51.100.0 - - [23/Nov/2026:00:00:02 +0000] "POST /api/v1/login HTTP/2.0" 404 512 "https://example.com/" "curl/8.5.0" rt=0.002`),
	}
	fr, _ := NewFieldReader(textfmt.Config{})
	c := NewCounter([]string{"status"})
	b.SetBytes(int64(len(recs[0])+len(recs[1])) / 2)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		fr.Set(recs[i&1])
		c.Add(fr)
	}
}
