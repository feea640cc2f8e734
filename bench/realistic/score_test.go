package realistic

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// The scorer must not pass silently: these redactors do nothing, delete
// everything, quarantine everything or only re-encode, and the report has
// to say so.

func fixed(fn RedactFunc) func(string) RedactFunc { return func(string) RedactFunc { return fn } }

func small() []Stream { return Corpus(3, 2, 30) }

func TestScoreIdentityLeaksEverything(t *testing.T) {
	rep := Score(small(), fixed(func(_ string, rec []byte) ([]byte, bool, error) { return rec, false, nil }))
	tot := rep.Total()
	// The totals leave out the OutOfScope plants and the values their text
	// explains; the category cells below count every leak.
	excluded := 0
	for _, st := range small() {
		for _, r := range st.Records {
			for _, v := range r.Planted {
				if OutOfScope[v.Category] || explained(r.Planted, v) {
					excluded++
				}
			}
		}
	}
	if tot.Planted == 0 || tot.Leaks != tot.Planted-excluded {
		t.Errorf("identity: %d leaks of %d planted (%d out of scope), want all", tot.Leaks, tot.Planted, excluded)
	}
	if tot.Destroyed != 0 || tot.Broken != 0 || tot.Quarantined != 0 {
		t.Errorf("identity: destroyed %d, broken %d, quarantined %d, want 0", tot.Destroyed, tot.Broken, tot.Quarantined)
	}
	for k, c := range rep.ByCell {
		if c.Leaks != c.Planted {
			t.Errorf("identity: %s/%s: %d leaks of %d planted", k[0], k[1], c.Leaks, c.Planted)
		}
	}
}

// Re-encoding a record (percent-encoding it whole, twice; JSON-escaping
// '@', '.', ':' and '+'; upper-casing hex) hides nothing.
func TestScoreSeesThroughEncodings(t *testing.T) {
	encs := map[string]func([]byte) []byte{
		"percent twice": func(b []byte) []byte { return []byte(pctEnc(pctEnc(string(b), false, true), false, false)) },
		"form":          func(b []byte) []byte { return []byte(pctEnc(string(b), true, false)) },
		"json escapes": func(b []byte) []byte {
			return []byte(strings.NewReplacer("@", `\u0040`, ".", `\u002E`, ":", `\u003a`, "+", `\u002b`).Replace(string(b)))
		},
		"upper case": func(b []byte) []byte { return bytes.ToUpper(b) },
		"nul after every digit": func(b []byte) []byte {
			var o []byte
			for _, c := range b {
				o = append(o, c)
				if c >= '0' && c <= '9' {
					o = append(o, 0)
				}
			}
			return o
		},
	}
	for name, enc := range encs {
		rep := Score(small(), fixed(func(_ string, rec []byte) ([]byte, bool, error) { return enc(rec), false, nil }))
		for k, c := range rep.ByCell {
			if name == "upper case" && !foldCase[k[1]] {
				continue // upper-casing a name or a token changes it
			}
			if c.Leaks != c.Planted {
				t.Errorf("%s: %s/%s: %d leaks of %d planted, want all", name, k[0], k[1], c.Leaks, c.Planted)
			}
		}
	}
}

func TestScoreDeleteDestroysEverything(t *testing.T) {
	rep := Score(small(), fixed(func(string, []byte) ([]byte, bool, error) { return nil, false, nil }))
	tot := rep.Total()
	if tot.Keeps == 0 || tot.Destroyed != tot.Keeps {
		t.Errorf("delete: %d destroyed of %d keeps, want all", tot.Destroyed, tot.Keeps)
	}
	if tot.Leaks != 0 {
		t.Errorf("delete: %d leaks, want 0", tot.Leaks)
	}
	// A mixed format's free-text records have no layout to break; its
	// JSON, NCSA and XML records do.
	structured := map[string]int{}
	for _, s := range small() {
		for _, r := range s.Records {
			if n, _ := csvFields(string(r.Line)); s.Structure == CSV && n == 1 {
				continue // a directive line of one field (Exchange's #Software:) has no layout to break
			}
			if s.Structure != Mixed || json.Valid(r.Line) || looksCLF(r.Line) || looksXML(r.Line) {
				structured[s.Format]++
			}
		}
	}
	for _, f := range formats {
		c := rep.ByFormat[f.Name]
		if f.Structure == Mixed && structured[f.Name] == 0 {
			continue // delimited rows of several kinds (vicidial_logs): none that the scorer checks
		}
		if f.Structure != Text && f.Structure != TSV && (c.Broken != structured[f.Name] || c.Broken == 0) {
			t.Errorf("delete: %s: %d broken of %d structured records, want all", f.Name, c.Broken, structured[f.Name])
		}
	}
}

func TestScoreQuarantine(t *testing.T) {
	rep := Score(small(), fixed(func(string, []byte) ([]byte, bool, error) { return nil, true, nil }))
	tot := rep.Total()
	if tot.Quarantined != tot.Records || tot.Leaks != 0 || tot.Destroyed != 0 || tot.Broken != 0 {
		t.Errorf("quarantine all: %+v", tot)
	}
}

// A redactor that masks exactly the planted values, as the labels give
// them, scores zero everywhere: the labels and the checks agree.
func TestScorePerfectRedactor(t *testing.T) {
	for _, s := range small() {
		rep := Score([]Stream{s}, func(string) RedactFunc {
			i := 0
			return func(_ string, rec []byte) ([]byte, bool, error) {
				r := s.Records[i]
				i++
				out := string(rec)
				for _, v := range r.Planted {
					for _, f := range v.Forms {
						out = strings.ReplaceAll(out, f, "X")
					}
				}
				return []byte(out), false, nil
			}
		})
		tot := rep.Total()
		if tot.Leaks != 0 || tot.Destroyed != 0 {
			for k, e := range rep.Examples {
				t.Logf("%v %q\nin:  %q\nout: %q", k, e.Value.Text, e.In, e.Out)
			}
			t.Errorf("%s: perfect redactor: %d leaks, %d destroyed", s.Format, tot.Leaks, tot.Destroyed)
		}
	}
}

func TestContainsWord(t *testing.T) {
	f := func(s, sub string, want bool) {
		t.Helper()
		if got := containsWord(s, sub); got != want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", s, sub, got, want)
		}
	}
	f("ip 203.0.113.7 x", "203.0.113.7", true)
	f("ip 203.0.113.75 x", "203.0.113.7", false)
	f("ip 203.0.113.75 203.0.113.7", "203.0.113.7", true)
	f("Alicent", "Alice", false)
	f("+4930690000@trunk", "+4930690000", true)
	f("x", "", false)
	// The hex digits of a percent escape do not start a word.
	f("2026-11-23%2019%3A56%3A33", "2019", false)
	f("Yealink%20SIP-T46S%2066.86.0.63", "2066", false)
	f("sip:2019%40pbx", "2019", true)
}

func TestDecoders(t *testing.T) {
	f := func(in, want string) {
		t.Helper()
		for _, v := range views([]byte(in)) {
			if v == want {
				return
			}
		}
		t.Errorf("views(%q) = %q, want one of them %q", in, views([]byte(in)), want)
	}
	f(`alice\u0040example.com`, "alice@example.com")
	f(`alice%2540example.com`, "alice@example.com")
	f(`%2B44+20+7946+0958`, "+44 20 7946 0958")
	f(`%2b4930690000`, "+4930690000")
	f("203.0.\u200b113.7", "203.0.113.7")
	f(`203.0.\u0000113.7`, "203.0.113.7")
	f(`ali\xE2\x80\x8Bce@example.com`, "alice@example.com")
	f(`\ud83d\ude00`, "\U0001F600")
	f(`soft\u00adhyphen`, "softhyphen")
}

func TestFieldCounters(t *testing.T) {
	csv := func(s string, n int, ok bool) {
		t.Helper()
		if gn, gok := csvFields(s); gn != n || gok != ok {
			t.Errorf("csvFields(%q) = %d, %v, want %d, %v", s, gn, gok, n, ok)
		}
	}
	csv(`"a","""Alice"" <2017>",3,""`, 4, true)
	csv(`a,b`, 2, true)
	csv(`"a`, 1, false)
	csv(`"a"x,b`, 1, false)
	csv(``, 1, true)
	clf := func(s string, n int, ok bool) {
		t.Helper()
		if gn, gok := clfFields(s); gn != n || gok != ok {
			t.Errorf("clfFields(%q) = %d, %v, want %d, %v", s, gn, gok, n, ok)
		}
	}
	clf(`1.2.3.4 - - [23/Nov/2026:20:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "a \"b\" c"`, 9, true)
	clf(`1.2.3.4 - - [23/Nov/2026:20:00:00 +0000] "GET / HTTP/1.1`, 5, false)
	if !broken(JSON, []byte(`{"a":1,"b":{"c":2}}`), []byte(`{"a":1,"b":{}}`)) {
		t.Error("a JSON record that lost a key is not broken")
	}
	if broken(JSON, []byte(`{"a":"x@y.z"}`), []byte(`{"a":"[email]"}`)) {
		t.Error("a JSON record with a masked value is broken")
	}
	if !broken(Form, []byte(`a=1&b=2`), []byte(`a=1&b`+"\x00"+`=2`)) {
		t.Error("a form body whose key changed is not broken")
	}
}

func FuzzDecoders(f *testing.F) {
	f.Add("alice%2540example.com", true)
	f.Add(`\u00`, false)
	f.Add(`\ud83d\ude00 %e2%80%8b \xE2\x80`, false)
	f.Add("%%2", true)
	f.Fuzz(func(t *testing.T, s string, plus bool) {
		vs := views([]byte(s))
		if len(vs) == 0 || vs[0] != s {
			t.Fatal("views does not start with the text itself")
		}
		_ = unescape(s)
		_ = stripInvisible(s)
		if got := pctDecode(pctEnc(s, plus, false), plus); got != s {
			t.Fatalf("pctDecode(pctEnc(%q)) = %q", s, got)
		}
		_ = containsWord(s, s[:len(s)/2])
	})
}

func FuzzFieldCounters(f *testing.F) {
	f.Add(`"a","""b""",3`)
	f.Add(`1.2.3.4 - - [x] "GET \" /" 200`)
	f.Add(`{"a":[{"b":1}]}`)
	f.Add(`a=1&b&=`)
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := csvFields(s)
		if ok && n != strings.Count(s, ",")+1 && !strings.Contains(s, `"`) {
			t.Fatalf("csvFields(%q) = %d without quotes", s, n)
		}
		clfFields(s)
		jsonKeys([]byte(s))
		formKeys(s)
		for st := Structure(0); st <= Form; st++ {
			broken(st, []byte(s), []byte(s+","))
			if broken(st, []byte(s), []byte(s)) {
				t.Fatalf("%s: a record is broken against itself: %q", st, s)
			}
		}
	})
}
