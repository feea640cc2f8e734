package redact

import (
	"strings"
	"testing"
)

// TestFieldMemoNeverStale redacts a record after another one that filled
// the memo, and compares the result with a Redactor that never saw the
// first record: a memo that answered for other bytes, another field or
// another engine would differ. wantHits is how many lookups of the second
// record hit (-1: any), so that each case shows the memo was or was not
// used.
func TestFieldMemoNeverStale(t *testing.T) {
	line := func(ua string) string {
		return `203.0.113.7 - - [23/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 5 "-" "` + ua + `" rt=0.1`
	}
	const ua = "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"
	long := ua + strings.Repeat(" Extension/1.2.3", 13) // > memoMax bytes
	if len(long) <= memoMax {
		t.Fatalf("BUG: the long agent has %d bytes", len(long))
	}
	f := func(o Options, first, second string, wantHits int, mustNot string) {
		t.Helper()
		e := mustEngine(t, o)
		r := e.NewRedactor()
		if _, err := redactStr(r, first, FormatAuto); err != nil {
			t.Fatalf("%q: %v", first, err)
		}
		h0, _ := memoStats(r)
		got, err := redactStr(r, second, FormatAuto)
		if err != nil {
			t.Fatalf("%q: %v", second, err)
		}
		want, _ := redactStr(e.NewRedactor(), second, FormatAuto)
		if got != want {
			t.Errorf("after %q:\n%q\n got %q\nwant %q", first, second, got, want)
		}
		h1, _ := memoStats(r)
		if hits := int(h1 - h0); wantHits >= 0 && hits != wantHits {
			t.Errorf("after %q: %q: %d memo hits, want %d", first, second, hits, wantHits)
		}
		if mustNot != "" && strings.Contains(got, mustNot) {
			t.Errorf("after %q: %q kept %q: %q", first, second, mustNot, got)
		}
	}
	def := DefaultOptions()
	// The same agent again: a hit, and the same output.
	f(def, line(ua), line(ua), 1, "203.0.113.7")
	// One byte differs: an e-mail address where there was none.
	clean := "Mozilla/5.0 (compatible; ExampleBot/2.1; +mailto bot.admin example.org)"
	f(def, line(clean), line(strings.Replace(clean, " example.org", "@example.org", 1)), 0, "bot.admin@example.org")
	f(def, line(clean), line(strings.Replace(clean, "Bot/2.1", "Bot/2.2", 1)), 0, "")
	// The same bytes in fields that give another context, or none: the
	// referer, a logfmt key, a flat line.
	withIP := "Mozilla/5.0 (compatible; Probe/1.0; +https://probe.example.com) from 198.51.100.23"
	// (In a user agent a dotted number is a version: clean there.)
	f(def, line(withIP), line(withIP), 1, "")
	f(def, line(withIP), `203.0.113.7 - `+withIP+` [23/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 5 "-" "-"`, 0, "198.51.100.23")
	f(def, line(withIP), `203.0.113.7 - - [23/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 5 "`+withIP+`" "-"`, 0, "198.51.100.23")
	f(def, line(withIP), `ts=1 ref="`+withIP+`"`, 0, "198.51.100.23")
	f(def, line(withIP), withIP, 0, "198.51.100.23")
	// Longer than memoMax: never kept, so never a hit, even when the
	// first memoMax bytes are those of a clean value.
	f(def, line(long), line(long), 0, "")
	f(def, line(long), line(long+" bob.smith@example.com"), 0, "bob.smith@example.com")
	// A user pattern that matches inside a clean agent runs on every
	// record: the memo skips only the builtin scan.
	pat := DefaultOptions()
	pat.Patterns = []Pattern{{Name: "gecko", Regexp: `Gecko/\d+`, Action: ActMask, Token: "[gecko]"}}
	f(pat, line(ua), line(ua), 1, "Gecko/20100101")
	// Field rules: the agent's own rule comes first; another rule splits
	// every field, and the agent still reads as before.
	rule := DefaultOptions()
	rule.Fields = []FieldRule{{Path: "http_user_agent", Action: ActMask, Token: "[ua]"}}
	f(rule, line(ua), line(ua), 0, "Firefox")
	other := DefaultOptions()
	other.Fields = []FieldRule{{Path: "status", Action: ActKeep}}
	f(other, line(ua), line(ua), 1, "203.0.113.7")
	// Pseudonymised addresses, and every detector off.
	ps := DefaultOptions()
	ps.Detectors[DetIPv4].Action = ActPseudonymize
	ps.HashKey, ps.HashKeyID = testKey, "k1"
	f(ps, line(withIP), line(withIP), 1, "203.0.113.7")
	off := DefaultOptions()
	for d := range off.Detectors {
		off.Detectors[d].Enabled = false
	}
	f(off, line(ua), line(ua), 1, "")
}

// memoStats returns r's memo's hits and misses so far.
func memoStats(r *Redactor) (hits, misses uint64) {
	if m := r.text.memo; m != nil {
		return m.hits, m.misses
	}
	return 0, 0
}

// TestFieldMemoKeys checks the memo's own comparisons: a hit needs the
// same name and the same bytes, whatever the hashes say.
func TestFieldMemoKeys(t *testing.T) {
	m := newFieldMemo()
	name, v := []byte("http_user_agent"), []byte("Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101")
	h, hit := m.lookup(name, v)
	if hit {
		t.Fatal("hit in an empty memo")
	}
	m.insert(h, name, v)
	f := func(name, v string, want bool) {
		t.Helper()
		if _, hit := m.lookup([]byte(name), []byte(v)); hit != want {
			t.Errorf("lookup(%q, %q) = %v, want %v", name, v, hit, want)
		}
	}
	f("http_user_agent", "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101", true)
	f("cs(User-Agent)", "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101", false)
	f("http_user_agent", "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100102", false)
	f("http_user_agent", "Mozilla/5.0 (X11; Linux x86_64) Gecko/2010010", false)
	// An entry whose hash matches but whose bytes do not: no hit.
	e := &m.ent[(h>>(64-memoBits))*2+uint64(1-m.older[h>>(64-memoBits)])]
	e.buf[len(name)+3] ^= 1
	f("http_user_agent", "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101", false)
}

// BenchmarkFieldMemoMiss measures what the memo adds to a user agent it
// has not seen: a lookup that misses and an insert (the worst case, a
// stream where no agent repeats).
func BenchmarkFieldMemoMiss(b *testing.B) {
	m := newFieldMemo()
	name := []byte("http_user_agent")
	v := []byte("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 0000")
	b.SetBytes(int64(len(v)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		v[len(v)-1], v[len(v)-2], v[len(v)-3] = byte('0'+i%10), byte('0'+i/10%10), byte('0'+i/100%10)
		h, hit := m.lookup(name, v)
		if !hit {
			m.insert(h, name, v)
		}
	}
}

// BenchmarkFieldMemoHit measures a lookup that hits.
func BenchmarkFieldMemoHit(b *testing.B) {
	m := newFieldMemo()
	name := []byte("http_user_agent")
	v := []byte("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36")
	h, _ := m.lookup(name, v)
	m.insert(h, name, v)
	b.SetBytes(int64(len(v)))
	b.ReportAllocs()
	for b.Loop() {
		if _, hit := m.lookup(name, v); !hit {
			b.Fatal("miss")
		}
	}
}

// TestFieldMemoNoAllocs: hits, misses and evictions allocate nothing once
// the table exists (it is allocated on the first agent).
func TestFieldMemoNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	var lines [][]byte
	for i := range 3 * 2 * memoSets {
		ua := "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120." + strings.Repeat("1", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26%26))
		lines = append(lines, []byte(`203.0.113.7 - - [23/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 5 "-" "`+ua+`" rt=0.1`))
	}
	var dst []byte
	dst, _ = r.Redact(dst[:0], lines[0], FormatAuto)
	k := 0
	n := testing.AllocsPerRun(200, func() {
		for range 4 {
			dst, _ = r.Redact(dst[:0], lines[k%len(lines)], FormatAuto)
			k++
		}
		dst, _ = r.Redact(dst[:0], lines[0], FormatAuto)
	})
	if n != 0 {
		t.Errorf("%v allocations per round, want 0", n)
	}
	if hits, misses := memoStats(r); hits == 0 || misses < uint64(len(lines)) {
		t.Errorf("memo hits %d, misses %d: the test does not exercise it", hits, misses)
	}
}

// TestNameMemoNeverStale: a field name scanned clean in one record is
// copied in the next, and the output is the one a fresh Redactor gives;
// a name that holds data is never kept, nor one whose rewrite left its
// bytes as they were.
func TestNameMemoNeverStale(t *testing.T) {
	f := func(first, second string, wantHits int, mustNot string) {
		t.Helper()
		e := mustEngine(t, DefaultOptions())
		r := e.NewRedactor()
		if _, err := redactStr(r, first, FormatAuto); err != nil {
			t.Fatalf("%q: %v", first, err)
		}
		h0 := nameHits(r)
		got, err := redactStr(r, second, FormatAuto)
		if err != nil {
			t.Fatalf("%q: %v", second, err)
		}
		fresh := e.NewRedactor()
		want, _ := redactStr(fresh, second, FormatAuto)
		if got != want {
			t.Errorf("after %q:\n%q\n got %q\nwant %q", first, second, got, want)
		}
		if r.Stats().Detections != fresh.Stats().Detections {
			t.Errorf("after %q: %q: detections %v, want %v", first, second, r.Stats().Detections, fresh.Stats().Detections)
		}
		if hits := int(nameHits(r) - h0); wantHits >= 0 && hits != wantHits {
			t.Errorf("after %q: %q: %d name memo hits, want %d", first, second, hits, wantHits)
		}
		if mustNot != "" && strings.Contains(got, mustNot) {
			t.Errorf("after %q: %q kept %q: %q", first, second, mustNot, got)
		}
	}
	form := "email=a%40example.com&firstname=Ann&utm_source=news&formId=14"
	// Every name again: four hits.
	f(form, form, 4, "a%40example.com")
	// A name that is data, twice: scanned each time.
	f("x=2&bob@example.org=1", "x=2&bob@example.org=1", 1, "bob@example.org")
	// A name that is rewritten (an address truncated) is not kept; one
	// already truncated is found clean, and is.
	f("203.0.113.7=1&x=2", "203.0.113.7=1&x=2", 1, "203.0.113.7")
	f("203.0.113.0=1&x=2", "203.0.113.0=1&x=2", 2, "")
	// The same bytes as a form name and as a logfmt key are two
	// entries; a name one byte off is another.
	f(form, "ts=1 email=a@example.com formId=14", -1, "a@example.com")
	f(form, "emails=b%40example.com&formId=15", 1, "b%40example.com")
}

// nameHits returns the hits of r's name memo so far.
func nameHits(r *Redactor) uint64 {
	if m := r.text.names; m != nil {
		return m.hits
	}
	return 0
}
