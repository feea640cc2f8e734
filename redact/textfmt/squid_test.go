package textfmt

import (
	"strings"
	"testing"
)

// TestLooksSquid: native access.log lines, and lines of other shapes.
func TestLooksSquid(t *testing.T) {
	f := func(in string, want bool) {
		t.Helper()
		if got := LooksSquid([]byte(in)); got != want {
			t.Errorf("LooksSquid(%q) = %v, want %v", in, got, want)
		}
	}
	f("1795464129.512   4955 192.0.2.7 TCP_MISS/200 1943 GET http://www.example.com/p?q=1 jdoe HIER_DIRECT/203.0.113.9 text/html", true)
	f("1795464129.512      0 2001:db8::7 TCP_DENIED/407 3900 CONNECT www.example.com:443 - HIER_NONE/- text/html", true)
	f("1795464129.512 12 192.0.2.7 NONE_NONE/400 3900 NONE error:invalid-request - HIER_NONE/- text/html", true)
	f("1795464129.512   4955 192.0.2.7 TCP_MISS/200 1943 GET http://x/ jdoe HIER_DIRECT/203.0.113.9", false)     // nine fields
	f("1795464129.512   4955 192.0.2.7 TCP_MISS/200 1943 GET http://x/ jdoe HIER_DIRECT/203.0.113.9 a b", false) // eleven
	f("1795464129   4955 192.0.2.7 TCP_MISS/200 1943 GET http://www.example.com/ jdoe HIER_DIRECT/203.0.113.9 text/html", false)
	f("1795464129.512   49x5 192.0.2.7 TCP_MISS/200 1943 GET http://www.example.com/ jdoe HIER_DIRECT/203.0.113.9 text/html", false)
	f("1795464129.512   4955 192.0.2.7 tcp_miss/200 1943 GET http://www.example.com/ jdoe HIER_DIRECT/203.0.113.9 text/html", false)
	f("1795464129.512   4955 192.0.2.7 TCP_MISS/200 1943 GET http://www.example.com/ jdoe direct text/html", false)
}

func TestSplitSquid(t *testing.T) {
	in := "1795464129.512   4955 192.0.2.7 TCP_MISS/200 1943 GET http://www.example.com/p?q=1 jdoe HIER_DIRECT/203.0.113.9 text/html"
	rec := []byte(in)
	var parts []string
	for _, fd := range SplitSquid(nil, rec) {
		parts = append(parts, string(fd.Name)+"="+string(rec[fd.Start:fd.End]))
	}
	want := "time=1795464129.512 elapsed=4955 client=192.0.2.7 code=TCP_MISS/200 bytes=1943 method=GET url=http://www.example.com/p?q=1 user=jdoe hierarchy=HIER_DIRECT/203.0.113.9 type=text/html"
	if got := strings.Join(parts, " "); got != want {
		t.Errorf("SplitSquid(%q)\n got %s\nwant %s", in, got, want)
	}
}

func TestSquidNoAllocs(t *testing.T) {
	rec := []byte("1795464129.512   4955 192.0.2.7 TCP_MISS/200 1943 GET http://www.example.com/p?q=1 jdoe HIER_DIRECT/203.0.113.9 text/html")
	dst := make([]Field, 0, 16)
	if n := testing.AllocsPerRun(100, func() {
		if !LooksSquid(rec) {
			t.Fatal("not recognised")
		}
		dst = SplitSquid(dst[:0], rec)
	}); n != 0 {
		t.Errorf("squid: %v allocations", n)
	}
}

// FuzzSquid: what LooksSquid accepts splits into ten named fields, in
// order, between blanks.
func FuzzSquid(f *testing.F) {
	f.Add("1795464129.512   4955 192.0.2.7 TCP_MISS/200 1943 GET http://www.example.com/p?q=1 jdoe HIER_DIRECT/203.0.113.9 text/html")
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		fs := SplitSquid(nil, rec) // any bytes: no panic
		if !LooksSquid(rec) {
			return
		}
		if len(fs) != len(squidNames) {
			t.Fatalf("%d fields: %q", len(fs), in)
		}
		pos := 0
		for i, fd := range fs {
			if int(fd.Start) < pos || fd.End <= fd.Start || strings.Contains(in[fd.Start:fd.End], " ") || string(fd.Name) != string(squidNames[i]) {
				t.Fatalf("field %d [%d:%d] %q after %d: %q", i, fd.Start, fd.End, fd.Name, pos, in)
			}
			pos = int(fd.End)
		}
	})
}
