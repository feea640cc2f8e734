package rules

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// FuzzParse feeds arbitrary files to the loader: it must never panic, every
// problem must be a FILE:... line, and a file it accepts must be usable.
func FuzzParse(f *testing.F) {
	f.Add(defaultYAML)
	f.Add([]byte(routedPolicy))
	packs, _ := filepath.Glob("packs/*.yaml")
	for _, name := range append(packs, "testdata/many-mistakes.yaml") {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"", "version: 1\n", "version: 1\ndetectors: {all: off, email: hash}\nhash_key: {env: X, id: k}\n",
		"version: 1\nclasses: {a: 1}\nrouting: {default: a, topics: {'x*': a}}\n",
		"version: 1\ntests: [{in: x, out: x}]\n", "a: &a [*a]\n", "version: 1\n---\n", "{",
		"version: 1\npatterns: [{name: p, regexp: '(a+)+$', literals: [a], timeout: 1ms}]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseForTest("f.yaml", data)
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "f.yaml:") {
					t.Fatalf("problem line without FILE prefix: %q", line)
				}
			}
			return
		}
		if len(p.Classes) == 0 || p.DefaultClass < 0 || p.DefaultClass >= len(p.Classes) {
			t.Fatalf("accepted policy with classes %v default %d", p.Classes, p.DefaultClass)
		}
		for _, c := range p.Classes {
			if !classNameRE.MatchString(c.Name) || c.Days < 1 || c.Days > 36500 {
				t.Fatalf("accepted class %+v", c)
			}
		}
		for _, topic := range []string{"", "cdn-access", "audit-log", "x"} {
			if c := p.Classify(topic, []byte(`{"log_type":"audit","ts":1}`)); c < 0 || c >= len(p.Classes) {
				t.Fatalf("Classify(%q) = %d of %d classes", topic, c, len(p.Classes))
			}
		}
		if p.Engine() == nil {
			t.Fatal("accepted policy without an engine")
		}
	})
}

// FuzzRecordTime checks parseTime against the standard library: RFC 3339
// text it accepts must mean what time.Parse says, text time.Parse accepts
// in the strict layout it must accept too, and epoch numbers must mean what
// strconv says.
func FuzzRecordTime(f *testing.F) {
	for _, s := range []string{
		"2026-11-23T21:05:00Z", "2026-11-23T21:05:00.123456789Z", "2026-11-23T22:05:00.5+01:00",
		"2026-11-23 16:05:00-05:00", "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "0000-01-01T00:00:00Z",
		"1795467900", "1795467900.25", "1795467900250", "1795467900250001", "1795467900250001002",
		"99999999999999999999", "", "-1", "1.", "01", "!", "0000-01-01T00:00:00+00:60", "0000-01-01T0:00:00.0Z", "2026-11-23T21:05:00,5Z",
	} {
		f.Add([]byte(s))
	}
	p, err := ParseForTest("p.yaml", []byte("version: 1\ntimestamp_field: ts\n"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		got, ok := parseTime(v)
		s := string(v)
		if ok && got.Location() != time.UTC {
			t.Fatalf("parseTime(%q) not in UTC: %v", s, got)
		}
		if len(s) >= 20 && s[4] == '-' {
			// Compare on the layout both read: upper-case T and Z, '.' fractions.
			if strings.ContainsAny(s, "tz ,") {
				return
			}
			want, err := time.Parse(time.RFC3339Nano, s)
			switch {
			case err == nil && !ok && s[10] == 'T' && s[13] == ':' && s[16] == ':' && !badOffset(s):
				// (time.Parse also takes single-digit hours and offset
				// minutes of 60; RFC 3339 does not.)
				t.Fatalf("parseTime(%q) rejected what time.Parse reads as %v", s, want)
			case err != nil && ok && !strings.Contains(err.Error(), "range"):
				// time.Parse is stricter about nothing we accept but ranges.
				t.Fatalf("parseTime(%q) = %v, time.Parse rejects it: %v", s, got, err)
			case err == nil && ok && !got.Equal(want):
				t.Fatalf("parseTime(%q) = %v, time.Parse says %v", s, got, want)
			}
			return
		}
		if !ok {
			return
		}
		intPart, frac, hasFrac := strings.Cut(s, ".")
		n, err := strconv.ParseInt(intPart, 10, 64)
		if err != nil || n < 0 {
			t.Fatalf("parseTime(%q) accepted a number strconv rejects: %v", s, err)
		}
		var want time.Time
		switch {
		case n < 1e11:
			ns := int64(0)
			if hasFrac {
				frac = (frac + "000000000")[:9]
				ns, _ = strconv.ParseInt(frac, 10, 64)
			}
			want = time.Unix(n, ns)
		case hasFrac:
			t.Fatalf("parseTime(%q) accepted a fraction of milliseconds", s)
		case n < 1e14:
			want = time.UnixMilli(n)
		case n < 1e17:
			want = time.UnixMicro(n)
		default:
			want = time.Unix(0, n)
		}
		if !got.Equal(want) {
			t.Fatalf("parseTime(%q) = %v, want %v", s, got, want)
		}
		// The same value read through the policy from a JSON record (when
		// it is a JSON number: no leading zeros).
		if len(intPart) > 1 && intPart[0] == '0' {
			return
		}
		rt, ok := p.RecordTime([]byte(`{"ts":` + s + `}`))
		if !ok || !rt.Equal(got) {
			t.Fatalf("RecordTime of %q = %v, %v; parseTime says %v", s, rt, ok, got)
		}
	})
}

// badOffset reports an RFC 3339 offset with minutes above 59.
func badOffset(s string) bool {
	n := len(s)
	return n >= 6 && (s[n-6] == '+' || s[n-6] == '-') && s[n-3] == ':' && s[n-2:] > "59"
}
