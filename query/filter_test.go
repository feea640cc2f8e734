package query

import (
	"strings"
	"testing"
)

func TestTextField(t *testing.T) {
	f := func(rec, key, want string) {
		t.Helper()
		v, ok := TextField([]byte(rec), key)
		got := string(v)
		if !ok {
			got = "<none>"
		}
		if got != want {
			t.Errorf("TextField(%q, %q) = %q, want %q", rec, key, got, want)
		}
	}
	f("status=404 path=/x", "status", "404")
	f("status=404 path=/x", "path", "/x")
	f(`ts=1 msg="disk full" level=warn`, "msg", "disk full")
	f(`ts=1 msg="unterminated`, "msg", "unterminated")
	f("GET /a?user=u1&id=7 HTTP/1.1", "id", "7")
	f("GET /a?user=u1&id=7 HTTP/1.1", "user", "u1")
	f("xstatus=1 status=2", "status", "2")
	f("status=", "status", "")
	f("status", "status", "<none>")
	f("a=1,b=2;c=3", "b", "2")
	f("(code=7)", "code", "7")
	f("nothing here", "status", "<none>")
	f("status=1", "", "<none>")
}

func TestTextFieldNoAllocs(t *testing.T) {
	rec := []byte(`ts=2026-11-23T20:00:00Z level=info user=[email] status=200 msg="ok then"`)
	var v []byte
	n := testing.AllocsPerRun(100, func() { v, _ = TextField(rec, "status") })
	if n != 0 || string(v) != "200" {
		t.Errorf("TextField: %v allocs, value %q", n, v)
	}
}

func FuzzTextField(f *testing.F) {
	f.Add("status=404 path=/x", "status")
	f.Add(`msg="a b" x=1`, "msg")
	f.Add("a=1&b=2", "b")
	f.Add("==", "=")
	f.Fuzz(func(t *testing.T, rec, key string) {
		v, ok := TextField([]byte(rec), key)
		if !ok {
			if key != "" && strings.HasPrefix(rec, key+"=") {
				t.Fatalf("TextField(%q, %q): not found at the start", rec, key)
			}
			return
		}
		// v is a sub-slice of rec just after key= (and an optional quote).
		i := strings.Index(rec, key+"=")
		if i < 0 || !strings.Contains(rec, string(v)) || key == "" {
			t.Fatalf("TextField(%q, %q) = %q: no key=", rec, key, v)
		}
		if strings.ContainsAny(string(v), " \t") && !strings.Contains(rec, key+`="`) {
			t.Fatalf("TextField(%q, %q) = %q: unquoted value with a space", rec, key, v)
		}
	})
}

// The per-record filter runs on every record a query reads.
var filterRecords = [][]byte{
	[]byte(`{"ts":"2026-11-23T20:00:00Z","user":{"id":"k1:3fa94c0d5e1b7a2c9d0e4f61"},"path":"/api/v1/items","status":404,"ip":"203.0.113.0"}`),
	[]byte(`203.0.113.0 - - [23/Nov/2026:20:00:00 +0000] "GET /login?user=[email] HTTP/1.1" status=404 bytes=512 rt=0.012`),
}

func filterConfig(t testing.TB) *Query {
	return &Query{Class: "a", Where: []Where{{Field: "status", Value: []byte("404")}}}
}

func TestMatchNoAllocs(t *testing.T) {
	q := filterConfig(t)
	for _, rec := range filterRecords {
		var ok bool
		n := testing.AllocsPerRun(100, func() { ok = q.Match(rec) })
		if n != 0 || !ok {
			t.Errorf("Match(%.30q...): %v allocs, match %v", rec, n, ok)
		}
	}
}

func BenchmarkMatchWhere(b *testing.B) {
	q := filterConfig(b)
	b.SetBytes(int64(len(filterRecords[0]) + len(filterRecords[1])))
	b.ReportAllocs()
	for b.Loop() {
		for _, rec := range filterRecords {
			if !q.Match(rec) {
				b.Fatal("no match")
			}
		}
	}
}
