package query

import (
	"slices"
	"testing"

	"github.com/redactd/redactd/redact/textfmt"
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
