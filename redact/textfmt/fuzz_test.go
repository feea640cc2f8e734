package textfmt

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// Fuzz targets: no panic; every field in bounds, in order, not overlapping
// (checkSpans); errors are *ParseError and carry no record bytes; and per
// format the invariant the engine relies on. Run one with
//
//	go test ./redact/textfmt -run '^$' -fuzz FuzzCSV -fuzztime 30s

func seeds(f *testing.F, extra ...string) {
	for _, c := range benchParsers {
		f.Add(c.rec)
	}
	for _, s := range extra {
		f.Add(s)
	}
}

// refDelims counts the delimiters outside quotes of rec, byte by byte, as
// a slow reference for the splitter: a field that starts with '"' runs to
// a '"' that is not doubled.
func refDelims(rec []byte, delim byte, quotes bool) int {
	n, atStart, inQ := 0, true, false
	for i := 0; i < len(rec); i++ {
		c := rec[i]
		switch {
		case inQ:
			if c == '"' {
				if i+1 < len(rec) && rec[i+1] == '"' {
					i++
				} else {
					inQ = false
				}
			}
		case atStart && quotes && c == '"':
			inQ, atStart = true, false
		case c == delim:
			n++
			atStart = true
		default:
			atStart = false
		}
	}
	return n
}

// checkErr checks what every Parse error must be.
func checkErr(t *testing.T, rec []byte, err error) {
	t.Helper()
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v is %T, not *ParseError", err, err)
	}
	if pe.Offset < 0 || pe.Offset > len(rec) {
		t.Fatalf("error offset %d outside a record of %d bytes", pe.Offset, len(rec))
	}
	if len(rec) >= 8 && strings.Contains(err.Error(), string(rec)) {
		t.Fatalf("error %q carries the record", err)
	}
}

// checkDelimited checks a CSV, TSV or W3C data line's fields: one more
// than the delimiters outside quotes, and together, with their quotes
// put back and joined by the delimiter, the record.
func checkDelimited(t *testing.T, rec []byte, fields []Field, delim byte, quotes bool) {
	t.Helper()
	rec = bytes.TrimSuffix(rec, []byte("\r"))
	if want := refDelims(rec, delim, quotes) + 1; len(fields) != want {
		t.Fatalf("%d fields, want %d (delimiters outside quotes + 1) in %q", len(fields), want, rec)
	}
	var join []byte
	for i, f := range fields {
		if i > 0 {
			join = append(join, delim)
		}
		v := rec[f.Start:f.End]
		if f.Quoting == QuoteCSV {
			join = append(append(append(join, '"'), v...), '"')
			continue
		}
		if bytes.IndexByte(v, delim) >= 0 {
			t.Fatalf("field %d holds the delimiter: %q in %q", i, v, rec)
		}
		join = append(join, v...)
	}
	if !bytes.Equal(join, rec) {
		t.Fatalf("fields do not make up the record:\n rec %q\njoin %q", rec, join)
	}
}

func fuzzDelimited(f *testing.F, c Config, delim byte, quotes bool) {
	seeds(f, `a,"b""c",d`, `"`, `a,"b"c`, `""""`, "a\tb\t\"c\"", ",,\r", `"a`+string(delim)+`b"`+string(delim))
	p := mustParser(f, c)
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		fields, hdr, err := p.Parse(nil, rec)
		if hdr {
			t.Fatalf("header in %v", c.Format)
		}
		checkSpans(t, rec, fields)
		if err != nil {
			checkErr(t, rec, err)
			return
		}
		checkDelimited(t, rec, fields, delim, quotes)
		if c.Format == Asterisk && LooksAsteriskCSV(rec) && len(fields) < astMinFields {
			t.Fatalf("LooksAsteriskCSV with %d fields", len(fields))
		}
	})
}

func FuzzCSV(f *testing.F)      { fuzzDelimited(f, Config{Format: CSV}, ',', true) }
func FuzzTSV(f *testing.F)      { fuzzDelimited(f, Config{Format: TSV}, '\t', false) }
func FuzzAsterisk(f *testing.F) { fuzzDelimited(f, DefaultConfig(Asterisk), ',', true) }

func FuzzW3C(f *testing.F) {
	f.Add(iisHeader, iisLine)
	f.Add(cloudFrontHeader, cloudFrontLine)
	f.Add("#Fields: a  b\tc", `1 "2 ""x"" 3" 4`)
	f.Add("#Version: 1.0", "a\tb c")
	p := mustParser(f, DefaultConfig(CloudFront))
	f.Fuzz(func(t *testing.T, header, in string) {
		if _, hdr, err := p.Parse(nil, []byte(header)); (len(header) > 0 && header[0] == '#') != hdr || err != nil && hdr {
			t.Fatalf("header %q: header %v, error %v", header, hdr, err)
		}
		if strings.HasPrefix(header, fieldsDirective) {
			if got, want := len(p.Names()), len(strings.FieldsFunc(strings.TrimSuffix(header, "\r")[len(fieldsDirective):], func(r rune) bool { return r == ' ' || r == '\t' })); got != want {
				t.Fatalf("%d names from %q, want %d", got, header, want)
			}
		}
		rec := []byte(in)
		fields, hdr, err := p.Parse(nil, rec)
		checkSpans(t, rec, fields)
		if hdr {
			if len(fields) != 0 || len(in) == 0 || in[0] != '#' {
				t.Fatalf("%q: header %v with %d fields", in, hdr, len(fields))
			}
			return
		}
		if err != nil {
			checkErr(t, rec, err)
			return
		}
		if strings.IndexByte(in, '\t') >= 0 {
			checkDelimited(t, rec, fields, '\t', false)
		} else {
			checkDelimited(t, rec, fields, ' ', true)
		}
		for i, fl := range fields {
			if len(fl.Name) == 0 || i < len(p.Names()) && !bytes.Equal(fl.Name, p.Names()[i]) {
				t.Fatalf("field %d named %q", i, fl.Name)
			}
		}
	})
}

// checkQuoted checks that a quoted field sits between quotes.
func checkQuoted(t *testing.T, rec []byte, fields []Field) {
	t.Helper()
	for i, f := range fields {
		if f.Quoting != QuoteNone && (f.Start == 0 || rec[f.Start-1] != '"' || int(f.End) >= len(rec) || rec[f.End] != '"') {
			t.Fatalf("quoted field %d [%d:%d] not between quotes in %q", i, f.Start, f.End, rec)
		}
	}
}

func FuzzCombined(f *testing.F) {
	seeds(f,
		`2001:db8::1 - alice smith [01/Mar/2024:10:00:00 +0000] "GET /?q=\"x\" HTTP/1.1" 404 - "-" "Mo\"zilla\\"`,
		`1.2.3.4 - - [t] "GET /" 200 5 "-" "-" k="v\"" "x" y =z`)
	p := mustParser(f, DefaultConfig(Combined))
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		fields, _, err := p.Parse(nil, rec)
		checkSpans(t, rec, fields)
		checkQuoted(t, rec, fields)
		if err != nil {
			checkErr(t, rec, err)
			return
		}
		if len(fields) < cBodyBytes+1 {
			t.Fatalf("a combined line with %d fields: %q", len(fields), in)
		}
		for i := 0; i <= cBodyBytes; i++ {
			if !bytes.Equal(fields[i].Name, combinedNames[i]) {
				t.Fatalf("field %d named %q", i, fields[i].Name)
			}
		}
	})
}

func FuzzLogfmt(f *testing.F) {
	seeds(f, `msg="say \"hi\" \\" k= x=a=b y=c"d`, `INFO  "quoted words" k=v	tab=1 =bare`)
	p := mustParser(f, DefaultConfig(Logfmt))
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		fields, _, err := p.Parse(nil, rec)
		checkSpans(t, rec, fields)
		checkQuoted(t, rec, fields)
		if err != nil {
			checkErr(t, rec, err)
			return
		}
		for i, fl := range fields {
			end := int(fl.NameStart) + len(fl.Name)
			if fl.NameStart < 0 || len(fl.Name) == 0 || bytes.ContainsAny(fl.Name, " \t=\"") || rec[end] != '=' {
				t.Fatalf("field %d: bad key %q at %d in %q", i, fl.Name, fl.NameStart, in)
			}
		}
	})
}

func FuzzSplitQuery(f *testing.F) {
	f.Add(queryStr)
	f.Add("?a=1&&b&=c;d=e=f")
	f.Fuzz(func(t *testing.T, in string) {
		s := []byte(in)
		fields := SplitQuery(nil, s)
		checkSpans(t, s, fields)
		for i, fl := range fields {
			v := s[fl.Start:fl.End]
			if bytes.ContainsAny(v, "&;") || bytes.ContainsAny(fl.Name, "&;=") || fl.Name == nil && bytes.IndexByte(v, '=') >= 0 {
				t.Fatalf("part %d: name %q value %q in %q", i, fl.Name, v, in)
			}
			if fl.Name == nil && fl.Start == fl.End {
				t.Fatalf("part %d empty in %q", i, in)
			}
		}
	})
}

func FuzzSplitCookie(f *testing.F) {
	f.Add(cookieStr)
	f.Add(`id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Secure; a="; b=""`)
	f.Fuzz(func(t *testing.T, in string) {
		s := []byte(in)
		fields := SplitCookie(nil, s)
		checkSpans(t, s, fields)
		for i, fl := range fields {
			v := s[fl.Start:fl.End]
			if bytes.IndexByte(v, ';') >= 0 || bytes.ContainsAny(fl.Name, ";=") {
				t.Fatalf("part %d: name %q value %q in %q", i, fl.Name, v, in)
			}
		}
	})
}

func FuzzFindQuery(f *testing.F) {
	f.Add(`GET /p?q=1 HTTP/1.1`)
	f.Add(`https://h/p?a#b?c`)
	f.Fuzz(func(t *testing.T, in string) {
		s, e, ok := FindQuery([]byte(in))
		if !ok {
			if strings.IndexByte(in, '?') >= 0 {
				t.Fatalf("no query in %q", in)
			}
			return
		}
		if s < 1 || s > e || e > len(in) || in[s-1] != '?' || strings.IndexByte(in[s:e], '#') >= 0 {
			t.Fatalf("query [%d:%d] in %q", s, e, in)
		}
	})
}

// FuzzShapes: the shape checks never panic, and what LooksCombined,
// LooksAsteriskCSV, LooksAsteriskCEL and LooksFreeSWITCHCSV accept has the
// layout they promise.
func FuzzShapes(f *testing.F) {
	seeds(f, `1.2.3.4 - - [01/Mar/2024:10:00:00 +0000] "`,
		`<190>Dec  7 16:00:00 web01 nginx: 203.0.113.7 - maria [07/Dec/2026:16:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "-"`,
		`www.example.com:443 198.51.100.4 - bob [07/Dec/2026:16:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "-"`,
		`lb haproxy: 203.0.113.7, 10.0.0.1 - ann [07/Dec/2026:16:00:00 +0000] "`)
	asterisk := mustParser(f, DefaultConfig(Asterisk))
	freeswitch := mustParser(f, DefaultConfig(FreeSWITCH))
	csv := mustParser(f, DefaultConfig(CSV))
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		IsW3CHeader(rec)
		if LooksCombined(rec) && !strings.Contains(in, `] "`) {
			t.Fatalf("LooksCombined without a bracketed time: %q", in)
		}
		if k := CombinedAfterHeader(rec); k >= 0 && (k == 0 || !LooksCombined(rec[k:]) || strings.Contains(in[:k], `"`)) {
			t.Fatalf("CombinedAfterHeader %d, but no combined line after a header there: %q", k, in)
		}
		if k := HeaderBeforeCombined(rec); k >= 0 && k != CombinedAfterHeader(rec) {
			t.Fatalf("HeaderBeforeCombined %d differs from CombinedAfterHeader: %q", k, in)
		}
		if LooksAsteriskCSV(rec) {
			if fields, _, err := asterisk.Parse(nil, rec); err != nil || len(fields) < astMinFields {
				t.Fatalf("LooksAsteriskCSV but Parse gives %d fields, %v: %q", len(fields), err, in)
			}
		}
		if LooksCSVHeader(rec) {
			if fields, _, err := csv.Parse(nil, rec); err != nil || len(fields) < 4 {
				t.Fatalf("LooksCSVHeader but Parse gives %d fields, %v: %q", len(fields), err, in)
			}
		}
		if n := LooksAsteriskCEL(rec); n > 0 {
			if fields, _, err := csv.Parse(nil, rec); err != nil || len(fields) != n || CELColumns(n) == nil {
				t.Fatalf("LooksAsteriskCEL %d but Parse gives %d fields, %v: %q", n, len(fields), err, in)
			}
		}
		if LooksFreeSWITCHCSV(rec) {
			if fields, _, err := freeswitch.Parse(nil, rec); err != nil || len(fields) < fsMinFields {
				t.Fatalf("LooksFreeSWITCHCSV but Parse gives %d fields, %v: %q", len(fields), err, in)
			}
		}
	})
}

// FuzzQuoting: quoting then unquoting gives the text back, and a quoted
// value put between quotes parses as one field again.
func FuzzQuoting(f *testing.F) {
	f.Add(`she said "hi" \ \x22`, uint8(1))
	f.Add("a\"\"b\\\n", uint8(2))
	csv := mustParser(f, Config{Format: CSV})
	lf := mustParser(f, DefaultConfig(Logfmt))
	f.Fuzz(func(t *testing.T, in string, qb uint8) {
		q := Quoting(qb % 3)
		enc := AppendQuoted(nil, []byte(in), q)
		if dec := AppendUnquoted(nil, enc, q); string(dec) != in {
			t.Fatalf("quoting %d: %q -> %q -> %q", q, in, enc, dec)
		}
		AppendUnquoted(nil, []byte(in), q) // any bytes: no panic
		var p *Parser
		var rec []byte
		switch q {
		case QuoteCSV:
			p, rec = csv, append(append([]byte{'"'}, enc...), '"')
		case QuoteBackslash:
			p, rec = lf, append(append([]byte(`k="`), enc...), '"')
		default:
			return
		}
		fields, _, err := p.Parse(nil, rec)
		if err != nil || len(fields) != 1 || int(fields[0].End) != len(rec)-1 || fields[0].Quoting != q {
			t.Fatalf("%q quoted as %q does not parse back: %v %+v", in, rec, err, fields)
		}
	})
}
