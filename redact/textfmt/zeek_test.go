package textfmt

import (
	"strings"
	"testing"
)

func TestZeekHeader(t *testing.T) {
	f := func(rec string, want bool) {
		t.Helper()
		if got := IsW3CHeader([]byte(rec)); got != want {
			t.Errorf("IsW3CHeader(%q) = %v, want %v", rec, got, want)
		}
	}
	f(`#separator \x09`, true)
	f("#fields\tts\tuid", true)
	f("#fields ts uid", false) // Zeek writes the directive's tab
	f("#separator ,", false)   // only the default separator
	f("#types\ttime\tstring", false)
	f("#path\tconn", false)

	// #fields names the columns of the tab-separated entries after it;
	// Zeek's other directives change nothing.
	p, err := NewParser(DefaultConfig(W3C))
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{`#separator \x09`, "#set_separator\t,", "#fields\tts\tuid\tid.orig_h\tusername", "#types\ttime\tstring\taddr\tstring"} {
		if _, header, err := p.Parse(nil, []byte(h)); !header || err != nil {
			t.Fatalf("%q: header %v, %v", h, header, err)
		}
	}
	rec := "1763928000.1\tCHhAvVGS1DHFjwGM9\t192.0.2.7\tjane.doe"
	fs, header, err := p.Parse(nil, []byte(rec))
	if header || err != nil || len(fs) != 4 {
		t.Fatalf("%d fields, header %v, %v", len(fs), header, err)
	}
	var names []string
	for _, fd := range fs {
		names = append(names, string(fd.Name)+"="+rec[fd.Start:fd.End])
	}
	if got, want := strings.Join(names, " "), "ts=1763928000.1 uid=CHhAvVGS1DHFjwGM9 id.orig_h=192.0.2.7 username=jane.doe"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
