package textfmt

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// show renders fields as name=value separated by " | "; a CSV-quoted value
// is shown as q"value", a backslash-quoted one as b"value" (raw bytes, not
// decoded), a nameless one as =value.
func show(rec []byte, fields []Field) string {
	var b strings.Builder
	for i, f := range fields {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.Write(f.Name)
		b.WriteByte('=')
		v := string(rec[f.Start:f.End])
		switch f.Quoting {
		case QuoteCSV:
			v = `q"` + v + `"`
		case QuoteBackslash:
			v = `b"` + v + `"`
		}
		b.WriteString(v)
	}
	return b.String()
}

func mustParser(t testing.TB, c Config) *Parser {
	t.Helper()
	p, err := NewParser(c)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// checker returns f(in, want): want is show's rendering, "H" for a header
// line, or "E:" and a part of the error message.
func checker(t *testing.T, p *Parser) func(in, want string) {
	return func(in, want string) {
		t.Helper()
		fields, hdr, err := p.Parse(nil, []byte(in))
		var got string
		switch {
		case err != nil:
			got = "E:" + err.Error()
			if strings.HasPrefix(want, "E:") && strings.Contains(got, want[2:]) {
				got = want
			}
		case hdr:
			got = "H"
			if len(fields) != 0 {
				got = "H with fields"
			}
		default:
			got = show([]byte(in), fields)
		}
		if got != want {
			t.Errorf("\n in: %s\ngot: %s\nwant %s", in, got, want)
		}
		checkSpans(t, []byte(in), fields)
	}
}

// checkSpans checks the invariants every Parse result keeps.
func checkSpans(t testing.TB, rec []byte, fields []Field) {
	t.Helper()
	prev := int32(0)
	for i, f := range fields {
		if f.NameStart >= 0 {
			if f.NameStart < prev || int(f.NameStart)+len(f.Name) > int(f.Start) ||
				string(rec[f.NameStart:int(f.NameStart)+len(f.Name)]) != string(f.Name) {
				t.Fatalf("field %d: name at %d (%q) out of place in %q", i, f.NameStart, f.Name, rec)
			}
		}
		if f.Start < prev || f.End < f.Start || int(f.End) > len(rec) {
			t.Fatalf("field %d: span [%d:%d] after %d in a record of %d bytes: %q", i, f.Start, f.End, prev, len(rec), rec)
		}
		prev = f.End
	}
}

func TestCSV(t *testing.T) {
	f := checker(t, mustParser(t, Config{Format: CSV, Columns: []string{"ts", "user", "msg"}}))
	f(`2024-01-02,alice,hello`, `ts=2024-01-02 | user=alice | msg=hello`)
	f(`2024-01-02,"Smith, Alice","she said ""hi"""`, `ts=2024-01-02 | user=q"Smith, Alice" | msg=q"she said ""hi"""`)
	f(`,,`, `ts= | user= | msg=`)
	f(``, `ts=`)
	f(`"",-,""""`, `ts=q"" | user=- | msg=q""""`)
	f(`a,b,c,d,e`, `ts=a | user=b | msg=c | col_4=d | col_5=e`)
	f("a,b,c\r", `ts=a | user=b | msg=c`)
	f(`a,b"c,d`, `ts=a | user=b"c | msg=d`) // a quote inside an unquoted field is content
	f(`a, "b",c`, `ts=a | user= "b" | msg=c`)
	f(`a,"b`, `E:textfmt: csv: unterminated quote at byte 2 (field 2)`)
	f(`a,"b"c,d`, `E:textfmt: csv: text after closing quote at byte 5 (field 2)`)
	f(`a,"b""`, `E:unterminated quote at byte 2`)

	f = checker(t, mustParser(t, Config{Format: CSV, Columns: []string{"a", "b"}, Strict: true, Delimiter: ";"}))
	f(`1;2`, `a=1 | b=2`)
	f(`"1;x";2`, `a=q"1;x" | b=2`)
	f(`1;2;3`, `E:textfmt: csv: 3 fields where the names are 2 at byte 5 (field 3)`)
	f(`1`, `E:1 fields where the names are 2`)
}

func TestTSV(t *testing.T) {
	f := checker(t, mustParser(t, Config{Format: TSV, Columns: []string{"ts", "src", "msg"}}))
	f("2024-01-02\t4930690000\thello world", `ts=2024-01-02 | src=4930690000 | msg=hello world`)
	f("a\t\"b\tc\"", `ts=a | src="b | msg=c"`) // no quoting in TSV
	f("\t\t\t", `ts= | src= | msg= | col_4=`)
	f("", `ts=`)
	f = checker(t, mustParser(t, Config{Format: TSV}))
	f("x\ty", `col_1=x | col_2=y`)
}

func TestAsterisk(t *testing.T) {
	f := checker(t, mustParser(t, DefaultConfig(Asterisk)))
	// A Master.csv row as cdr_csv writes it: strings quoted, quotes doubled,
	// duration and billsec bare.
	f(`"","1000","4930690000","from-internal","""Alice"" <1000>","SIP/1000-00000001","SIP/trunk-00000002","Dial","SIP/trunk/4930690000,30","2024-03-01 10:00:00","2024-03-01 10:00:05","2024-03-01 10:01:05",65,60,"ANSWERED","DOCUMENTATION","1709287200.1",""`,
		`accountcode=q"" | src=q"1000" | dst=q"4930690000" | dcontext=q"from-internal" | clid=q"""Alice"" <1000>" | channel=q"SIP/1000-00000001" | dstchannel=q"SIP/trunk-00000002" | lastapp=q"Dial" | lastdata=q"SIP/trunk/4930690000,30" | start=q"2024-03-01 10:00:00" | answer=q"2024-03-01 10:00:05" | end=q"2024-03-01 10:01:05" | duration=65 | billsec=60 | disposition=q"ANSWERED" | amaflags=q"DOCUMENTATION" | uniqueid=q"1709287200.1" | userfield=q""`)
	// newcdrcolumns: peeraccount, linkedid, sequence; and one more.
	f(`"","1","2","c","","","","","","","","",0,0,"NO ANSWER","DOCUMENTATION","1.1","","peer","1.1","7","x"`,
		`accountcode=q"" | src=q"1" | dst=q"2" | dcontext=q"c" | clid=q"" | channel=q"" | dstchannel=q"" | lastapp=q"" | lastdata=q"" | start=q"" | answer=q"" | end=q"" | duration=0 | billsec=0 | disposition=q"NO ANSWER" | amaflags=q"DOCUMENTATION" | uniqueid=q"1.1" | userfield=q"" | peeraccount=q"peer" | linkedid=q"1.1" | sequence=q"7" | col_22=q"x"`)
}

func TestW3C(t *testing.T) {
	// CloudFront: before any header the 33 standard fields; data lines are
	// tab-separated and URL-encoded.
	f := checker(t, mustParser(t, DefaultConfig(CloudFront)))
	line := "2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET\td111111abcdef8.cloudfront.net\t/index.html\t200\t-\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36\t-\t-\tHit\tSOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==\td111111abcdef8.cloudfront.net\thttps\t23\t0.001\t-\tTLSv1.2\tECDHE-RSA-AES128-GCM-SHA256\tHit\tHTTP/2.0\t-\t-\t11040\t0.001\tHit\ttext/html\t78\t-\t-"
	want := "date=2019-12-04 | time=21:02:31 | x-edge-location=LAX1 | sc-bytes=392 | c-ip=192.0.2.100 | cs-method=GET | cs(Host)=d111111abcdef8.cloudfront.net | cs-uri-stem=/index.html | sc-status=200 | cs(Referer)=- | cs(User-Agent)=Mozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36 | cs-uri-query=- | cs(Cookie)=- | x-edge-result-type=Hit | x-edge-request-id=SOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ== | x-host-header=d111111abcdef8.cloudfront.net | cs-protocol=https | cs-bytes=23 | time-taken=0.001 | x-forwarded-for=- | ssl-protocol=TLSv1.2 | ssl-cipher=ECDHE-RSA-AES128-GCM-SHA256 | x-edge-response-result-type=Hit | cs-protocol-version=HTTP/2.0 | fle-status=- | fle-encrypted-fields=- | c-port=11040 | time-to-first-byte=0.001 | x-edge-detailed-result-type=Hit | sc-content-type=text/html | sc-content-len=78 | sc-range-start=- | sc-range-end=-"
	f(line, want)
	f("#Version: 1.0", "H")
	f("#Fields: "+strings.Join(CloudFrontFields, " "), "H")
	f(line, want) // the same header: the same names
	f("#Fields: date time c-ip cs-uri-query", "H")
	f("2019-12-04\t21:02:31\t2001:db8::1\temail=alice%40example.com&x=1\textra",
		"date=2019-12-04 | time=21:02:31 | c-ip=2001:db8::1 | cs-uri-query=email=alice%40example.com&x=1 | col_5=extra")
	f("", "date=")

	// IIS: space-separated, header changes mid-stream.
	f = checker(t, mustParser(t, Config{Format: W3C}))
	f("2024-01-02 10:00:00 GET", "col_1=2024-01-02 | col_2=10:00:00 | col_3=GET") // before any header
	f("#Software: Microsoft Internet Information Services 10.0", "H")
	f("#Date: 2024-01-02 10:00:00", "H")
	f("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status", "H")
	f("2024-01-02 10:00:01 10.0.0.5 GET /default.htm user=bob 443 CORP\\alice 192.0.2.7 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200",
		`date=2024-01-02 | time=10:00:01 | s-ip=10.0.0.5 | cs-method=GET | cs-uri-stem=/default.htm | cs-uri-query=user=bob | s-port=443 | cs-username=CORP\alice | c-ip=192.0.2.7 | cs(User-Agent)=Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) | cs(Referer)=- | sc-status=200`)
	f(`#Fields: date  cs(User-Agent)	c-ip`, "H") // runs of blanks between names
	f(`2024-01-02 "Mozilla ""X"" 5.0" 192.0.2.7`, `date=2024-01-02 | cs(User-Agent)=q"Mozilla ""X"" 5.0" | c-ip=192.0.2.7`)
	f(`2024-01-02  192.0.2.7`, `date=2024-01-02 | cs(User-Agent)= | c-ip=192.0.2.7`) // two spaces: an empty field
	f(`2024-01-02 "Mozilla`, `E:textfmt: w3c: unterminated quote at byte 11 (field 2)`)
	f("#Remark: anything", "H")
	f("2024-01-02 ua 192.0.2.7", `date=2024-01-02 | cs(User-Agent)=ua | c-ip=192.0.2.7`)

	f = checker(t, mustParser(t, Config{Format: W3C, Columns: []string{"a", "b"}, Strict: true}))
	f("1 2", "a=1 | b=2")
	f("1 2 3", "E:3 fields where the names are 2")
	f("#Fields: x y z", "H")
	f("1 2 3", "x=1 | y=2 | z=3")
}

func TestW3CHeaderNamesStable(t *testing.T) {
	p := mustParser(t, Config{Format: W3C})
	p.Parse(nil, []byte("#Fields: a b"))
	fs, _, _ := p.Parse(nil, []byte("1 2"))
	p.Parse(nil, []byte("#Fields: a b"))
	if string(fs[0].Name) != "a" || string(fs[1].Name) != "b" {
		t.Fatalf("names changed by the same header: %q %q", fs[0].Name, fs[1].Name)
	}
	p.Reset()
	if fs, _, _ = p.Parse(fs[:0], []byte("1")); string(fs[0].Name) != "col_1" {
		t.Fatalf("after Reset: %q", fs[0].Name)
	}
}

func TestCombined(t *testing.T) {
	f := checker(t, mustParser(t, DefaultConfig(Combined)))
	f(`203.0.113.7 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326 "http://www.example.com/start.html" "Mozilla/4.08 [en] (Win98; I ;Nav)"`,
		`remote_addr=203.0.113.7 | ident=- | remote_user=- | time_local=10/Oct/2000:13:55:36 -0700 | request=b"GET /apache_pb.gif HTTP/1.0" | status=200 | body_bytes_sent=2326 | http_referer=b"http://www.example.com/start.html" | http_user_agent=b"Mozilla/4.08 [en] (Win98; I ;Nav)"`)
	// common
	f(`127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326`,
		`remote_addr=127.0.0.1 | ident=- | remote_user=frank | time_local=10/Oct/2000:13:55:36 -0700 | request=b"GET /apache_pb.gif HTTP/1.0" | status=200 | body_bytes_sent=2326`)
	// IPv6, user with a space, escaped quotes: Apache \" and nginx \x22.
	f(`2001:db8::1 - alice smith [01/Mar/2024:10:00:00 +0000] "GET /?q=\"x\" HTTP/1.1" 404 - "-" "Mo\"zilla\\"`,
		`remote_addr=2001:db8::1 | ident=- | remote_user=alice smith | time_local=01/Mar/2024:10:00:00 +0000 | request=b"GET /?q=\"x\" HTTP/1.1" | status=404 | body_bytes_sent=- | http_referer=b"-" | http_user_agent=b"Mo\"zilla\\"`)
	f(`192.0.2.1 - - [01/Mar/2024:10:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "curl \x22quoted\x22/8.0"`,
		`remote_addr=192.0.2.1 | ident=- | remote_user=- | time_local=01/Mar/2024:10:00:00 +0000 | request=b"GET / HTTP/1.1" | status=200 | body_bytes_sent=5 | http_referer=b"-" | http_user_agent=b"curl \x22quoted\x22/8.0"`)
	// Extra fields: key=value by key, others extra_N.
	f(`192.0.2.1 - - [01/Mar/2024:10:00:00 +0000] "POST /login HTTP/2.0" 302 0 "-" "ua" rt=0.012 "198.51.100.4, 10.0.0.1" uid="alice@example.com" 4930690000  cookie="a=b; c=d" x=`,
		`remote_addr=192.0.2.1 | ident=- | remote_user=- | time_local=01/Mar/2024:10:00:00 +0000 | request=b"POST /login HTTP/2.0" | status=302 | body_bytes_sent=0 | http_referer=b"-" | http_user_agent=b"ua" | rt=0.012 | extra_1=b"198.51.100.4, 10.0.0.1" | uid=b"alice@example.com" | extra_2=4930690000 | cookie=b"a=b; c=d" | x=`)
	f(`192.0.2.1 - - [01/Mar/2024:10:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "ua" =x a"b=c`,
		`remote_addr=192.0.2.1 | ident=- | remote_user=- | time_local=01/Mar/2024:10:00:00 +0000 | request=b"GET / HTTP/1.1" | status=200 | body_bytes_sent=5 | http_referer=b"-" | http_user_agent=b"ua" | extra_1==x | extra_2=a"b=c`)
	f(`192.0.2.1 - - [01/Mar/2024:10:00:00 +0000] "" 400 0 "-" "-"`,
		`remote_addr=192.0.2.1 | ident=- | remote_user=- | time_local=01/Mar/2024:10:00:00 +0000 | request=b"" | status=400 | body_bytes_sent=0 | http_referer=b"-" | http_user_agent=b"-"`)
	// An X-Forwarded-For list in the first field (varnishncsa -F
	// '%{X-Forwarded-For}i %l %u %t ...'): one field, blanks after commas.
	f(`203.0.113.7, 10.0.0.1 - jdoe [01/Mar/2024:10:00:00 +0000] "GET / HTTP/1.1" 200 5`,
		`remote_addr=203.0.113.7, 10.0.0.1 | ident=- | remote_user=jdoe | time_local=01/Mar/2024:10:00:00 +0000 | request=b"GET / HTTP/1.1" | status=200 | body_bytes_sent=5`)
	f("192.0.2.1 - - [01/Mar/2024:10:00:00 +0000] \"GET / HTTP/1.1\" 200 5\r", `remote_addr=192.0.2.1 | ident=- | remote_user=- | time_local=01/Mar/2024:10:00:00 +0000 | request=b"GET / HTTP/1.1" | status=200 | body_bytes_sent=5`)

	f(`hello world`, `E:textfmt: combined: missing field at byte 6 (field 2)`)
	f(`1.2.3.4 - - 01/Mar/2024 "GET /"`, `E:no [time] after the user at byte 10 (field 3)`)
	f(`1.2.3.4 - - [01/Mar/2024 "GET /"`, `E:unterminated [time]`)
	f(`1.2.3.4 - - [01/Mar/2024] GET / 200`, `E:no quoted request after the time at byte 25 (field 5)`)
	f(`1.2.3.4 - - [t] "GET / 200 5`, `E:unterminated quote at byte 16 (field 5)`)
	f(`1.2.3.4 - - [t] "GET /" OK 5`, `E:not a number at byte 24 (field 6)`)
	f(`1.2.3.4 - - [t] "GET /" 200`, `E:missing field at byte 27 (field 7)`)
	f(`1.2.3.4 - - [t] "GET /" 200 5 "ref`, `E:unterminated quote at byte 30 (field 8)`)
	f(`1.2.3.4 - - [t] "GET /" 200 5 "-" "-" k="v`, `E:unterminated quote at byte 40`)

	// RestAsText: the fields end at the user agent, whatever follows.
	c := DefaultConfig(Combined)
	c.RestAsText = true
	f = checker(t, mustParser(t, c))
	f(`192.0.2.1 - - [01/Mar/2024:10:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "ua" rt=0.012 k="v`,
		`remote_addr=192.0.2.1 | ident=- | remote_user=- | time_local=01/Mar/2024:10:00:00 +0000 | request=b"GET / HTTP/1.1" | status=200 | body_bytes_sent=5 | http_referer=b"-" | http_user_agent=b"ua"`)
}

func TestLogfmt(t *testing.T) {
	f := checker(t, mustParser(t, DefaultConfig(Logfmt)))
	f(`time=2024-03-01T10:00:00Z level=info msg="login ok" user=alice@example.com src=4930690000`,
		`time=2024-03-01T10:00:00Z | level=info | msg=b"login ok" | user=alice@example.com | src=4930690000`)
	f(`at=info method=GET path=/ host=example.com fwd="203.0.113.7" dyno=web.1 connect=1ms status=200 bytes=1548`,
		`at=info | method=GET | path=/ | host=example.com | fwd=b"203.0.113.7" | dyno=web.1 | connect=1ms | status=200 | bytes=1548`)
	f(`msg="say \"hi\" \\" k= x=a=b y=c"d`, `msg=b"say \"hi\" \\" | k= | x=a=b | y=c"d`)
	f(`INFO  starting "quoted words" k=v	tab=1 =bare`, `k=v | tab=1`)
	f(`k="v"w z=1`, `k=b"v" | z=1`)
	f(``, ``)
	f(`k="v`, `E:textfmt: logfmt: unterminated quote at byte 2`)
	f(`"v`, `E:unterminated quote at byte 0`)
}

func TestFormatNames(t *testing.T) {
	for f := Format(1); f < numFormats; f++ {
		g, ok := ParseFormat(f.String())
		if !ok || g != f {
			t.Errorf("ParseFormat(%q) = %v, %v", f.String(), g, ok)
		}
		var h Format
		if b, err := f.MarshalText(); err != nil || h.UnmarshalText(b) != nil || h != f {
			t.Errorf("text round trip of %v: %v", f, err)
		}
	}
	if _, ok := ParseFormat("json"); ok {
		t.Error("ParseFormat(json) ok")
	}
	if Format(0).String() != "unknown" || Format(200).String() != "unknown" {
		t.Error("String of an unknown format")
	}
}

func TestConfigValidate(t *testing.T) {
	f := func(c Config, want ...string) {
		t.Helper()
		err := c.Validate()
		if len(want) == 0 {
			if err != nil {
				t.Errorf("%+v: %v", c, err)
			}
			return
		}
		if err == nil {
			t.Fatalf("%+v: no error, want %q", c, want)
		}
		for _, w := range want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%+v: %q does not say %q", c, err, w)
			}
		}
	}
	f(Config{Format: CSV, Columns: []string{"a"}, Delimiter: ";", Strict: true})
	f(Config{Format: CloudFront})
	f(Config{}, "format: unknown")
	f(Config{Format: CSV, Delimiter: `"`}, "delimiter:")
	f(Config{Format: TSV, Delimiter: "ab"}, "delimiter:")
	f(Config{Format: Logfmt, Delimiter: ",", Columns: []string{"a"}, Strict: true}, "delimiter:", "columns:", "strict:")
	f(Config{Format: W3C, Columns: []string{"a", ""}}, "columns[1]: empty")
	if _, err := NewParser(Config{}); err == nil {
		t.Error("NewParser with no format")
	}
}

func TestParseErrorHoldsNoRecord(t *testing.T) {
	secret := "alice@example.com"
	for _, c := range []Config{{Format: CSV}, {Format: W3C}, {Format: Combined}, {Format: Logfmt}, {Format: CSV, Strict: true, Columns: []string{"a"}}} {
		p := mustParser(t, c)
		for _, rec := range []string{`x,"` + secret, secret + ` "x`, `k="` + secret, `"` + secret + `"` + secret + `,` + secret} {
			_, _, err := p.Parse(nil, []byte(rec))
			var pe *ParseError
			if err != nil && (!errors.As(err, &pe) || strings.Contains(err.Error(), "alice")) {
				t.Errorf("%v: %v", c.Format, err)
			}
		}
	}
}

func TestSplitQuery(t *testing.T) {
	f := func(in, want string) {
		t.Helper()
		fs := SplitQuery(nil, []byte(in))
		if got := show([]byte(in), fs); got != want {
			t.Errorf("\n in: %s\ngot: %s\nwant %s", in, got, want)
		}
		checkSpans(t, []byte(in), fs)
	}
	f(`a=1&b=2`, `a=1 | b=2`)
	f(`?email=alice%40example.com&phone=%2B4930690000`, `email=alice%40example.com | phone=%2B4930690000`)
	f(`a=1;b=x+y&&c=&=v&bare&d=a=b`, `a=1 | b=x+y | c= | =v | =bare | d=a=b`)
	f(``, ``)
	f(`&;&`, ``)
}

func TestSplitCookie(t *testing.T) {
	f := func(in, want string) {
		t.Helper()
		fs := SplitCookie(nil, []byte(in))
		if got := show([]byte(in), fs); got != want {
			t.Errorf("\n in: %s\ngot: %s\nwant %s", in, got, want)
		}
		checkSpans(t, []byte(in), fs)
	}
	f(`a=b; c=d`, `a=b | c=d`)
	f(`session=38afes7a8; email="alice@example.com" ;  ;x = y `, `session=38afes7a8 | email=alice@example.com | x=y`)
	f(`id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Secure; HttpOnly; Path=/`, `id=a3fWa | Expires=Wed, 21 Oct 2015 07:28:00 GMT | =Secure | =HttpOnly | Path=/`)
	f(`a="`, `a="`)
	f(``, ``)
}

func TestFindQuery(t *testing.T) {
	f := func(in, want string) {
		t.Helper()
		s, e, ok := FindQuery([]byte(in))
		got := "none"
		if ok {
			got = in[s:e]
		}
		if got != want {
			t.Errorf("FindQuery(%q) = %q, want %q", in, got, want)
		}
	}
	f(`GET /p?q=1&r=2 HTTP/1.1`, `q=1&r=2`)
	f(`GET /p?q=a b HTTP/1.1`, `q=a b`)
	f(`https://example.com/p?email=a%40b.c#frag`, `email=a%40b.c`)
	f(`/p?`, ``)
	f(`/p`, `none`)
	f(`GET /p HTTP/1.1`, `none`)
	f(`/p?q HTTPS`, `q HTTPS`)
}

func TestShapes(t *testing.T) {
	f := func(fn func([]byte) bool, in string, want bool) {
		t.Helper()
		if got := fn([]byte(in)); got != want {
			t.Errorf("%q: got %v", in, got)
		}
	}
	f(IsW3CHeader, "#Fields: date time", true)
	f(IsW3CHeader, "#Version: 1.0", true)
	f(IsW3CHeader, "#Remark: x", false)
	f(IsW3CHeader, "# Fields: x", false)

	f(LooksCombined, `203.0.113.7 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.0" 200 2326`, true)
	f(LooksCombined, `2001:db8::1 - alice smith [01/Mar/2024:10:00:00 +0000] "GET /"`, true)
	f(LooksCombined, `web-01.example.com - - [01/Mar/2024:10:00:00 +0000] "-" 400 0`, true)
	f(LooksCombined, `203.0.113.7, 2001:db8::1 - jdoe [01/Mar/2024:10:00:00 +0000] "GET /"`, true)
	f(LooksCombined, `203.0.113.7, 10.0.0.1, 10.0.0.2 - - [01/Mar/2024:10:00:00 +0000] "GET /"`, true)
	f(LooksCombined, `203.0.113.7,10.0.0.1 - - [01/Mar/2024:10:00:00 +0000] "GET /"`, false)
	f(LooksCombined, `203.0.113.7,  10.0.0.1 - - [01/Mar/2024:10:00:00 +0000] "GET /"`, false)
	f(LooksCombined, `203.0.113.7 - - [10/Foo/2000:13:55:36 -0700] "GET /"`, false)
	f(LooksCombined, `203.0.113.7 - - [2000-10-10T13:55:36Z] "GET /"`, false)
	f(LooksCombined, `203.0.113.7 - - [10/Oct/2000:13:55:36 -0700] GET /`, false)
	f(LooksCombined, `Mar  1 10:00:00 host sshd[1]: Accepted password for alice`, false)
	f(LooksCombined, `{"remote_addr":"1.2.3.4"}`, false)
	f(LooksCombined, ``, false)

	g := func(fn func([]byte) int, in string, want int) {
		t.Helper()
		if got := fn([]byte(in)); got != want {
			t.Errorf("%q: got %d, want %d", in, got, want)
		}
	}
	const line = `203.0.113.7 - maria [07/Dec/2026:16:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "-"`
	for _, head := range []string{
		"<190>Dec  7 16:00:00 web01 nginx: ",                        // nginx's access_log syslog:
		"Dec  7 16:00:00 web01 nginx[811]: ",                        // rsyslog's file
		"<190>1 2026-12-07T16:00:00.000Z web01 nginx - - - ",        // RFC 5424
		"2026-12-07T16:00:00.123456+00:00 web01 apache2[811]: ",     // rsyslog's ISO time
		"www.example.com:443 ",                                      // vhost_combined
		"web01 nginx: ",                                             // LooksCombined reads "web01" as the address
		"2026-12-07 16:00:00,123 INFO access [pool-1-thread-2] 42 ", // a relay's own line
	} {
		g(CombinedAfterHeader, head+line, len(head))
	}
	g(HeaderBeforeCombined, "www.example.com:443 "+line, len("www.example.com:443 "))
	g(HeaderBeforeCombined, "web01 nginx: "+line, len("web01 nginx: "))
	g(HeaderBeforeCombined, line, -1)
	g(HeaderBeforeCombined, `203.0.113.7 - John Smith [07/Dec/2026:16:00:00 +0000] "GET /"`, -1) // a user with a blank
	g(CombinedAfterHeader, line, -1)                                                             // no header
	g(CombinedAfterHeader, "web01 nginx: 203.0.113.7 jdoe maria [07/Dec/2026:16:00:00 +0000] \"GET /", -1)
	g(CombinedAfterHeader, `GET "/x" 203.0.113.7 - maria [07/Dec/2026:16:00:00 +0000] "GET /`, -1) // a quote before
	g(CombinedAfterHeader, `web01 nginx: 203.0.113.7 - maria [07/Dec/2026:16:00:00 +0000]`, -1)    // no request
	g(CombinedAfterHeader, `maria [07/Dec/2026:16:00:00 +0000] "GET /`, -1)
	g(CombinedAfterHeader, ``, -1)

	row := `"","1000","4930690000","from-internal","""Alice"" <1000>","SIP/1000-00000001","SIP/trunk-00000002","Dial","SIP/trunk/4930690000,30","2024-03-01 10:00:00","2024-03-01 10:00:05","2024-03-01 10:01:05",65,60,"ANSWERED","DOCUMENTATION","1709287200.1",""`
	f(LooksAsteriskCSV, row, true)
	f(LooksAsteriskCSV, strings.Replace(row, `"2024-03-01 10:00:05"`, `""`, 1), true)
	f(LooksAsteriskCSV, strings.Replace(row, "ANSWERED", "NO ANSWER", 1), true)
	f(LooksAsteriskCSV, strings.Replace(row, "ANSWERED", "OK", 1), false)
	f(LooksAsteriskCSV, strings.Replace(row, "65,", "6.5,", 1), false)
	f(LooksAsteriskCSV, strings.Replace(row, "2024-03-01 10:00:00", "2024-03-01T10:00:00", 1), false)
	f(LooksAsteriskCSV, row[:strings.Index(row, `"DOCUMENTATION"`)-1], false)                     // 15 fields
	f(LooksAsteriskCSV, row[:strings.Index(row, `"DOCUMENTATION"`)+len(`"DOCUMENTATION"`)], true) // 16: cdr_csv's default, no uniqueid or userfield
	f(LooksAsteriskCSV, row[1:], false)
	f(LooksAsteriskCSV, `"a,b`, false)
	f(LooksAsteriskCSV, `a,b,c`, false)

	fs := `"Alice Smith","4930690000","2017","default","2024-03-01 10:00:00","2024-03-01 10:00:05","2024-03-01 10:01:05","65","60","NORMAL_CLEARING","a1b2c3d4-e5f6-4789-abcd-ef0123456789","","1001","PCMA","PCMA"`
	f(LooksFreeSWITCHCSV, fs, true)
	f(LooksFreeSWITCHCSV, strings.Replace(fs, `"2024-03-01 10:00:05"`, `""`, 1), true) // not answered
	f(LooksFreeSWITCHCSV, fs[:strings.Index(fs, `,"PCMA"`)], true)                     // the sql template's 13 columns
	f(LooksFreeSWITCHCSV, strings.Replace(fs, "NORMAL_CLEARING", "Normal", 1), false)
	f(LooksFreeSWITCHCSV, strings.Replace(fs, `"65"`, `"6.5"`, 1), false)
	f(LooksFreeSWITCHCSV, strings.Replace(fs, `"2024-03-01 10:00:00"`, `""`, 1), false) // no start
	f(LooksFreeSWITCHCSV, strings.Replace(fs, "a1b2c3d4-e5f6", "a1b2c3d4e5f6", 1), false)
	f(LooksFreeSWITCHCSV, fs[:strings.Index(fs, `,"1001"`)], false) // 12 fields
	f(LooksFreeSWITCHCSV, fs[1:], false)
	f(LooksFreeSWITCHCSV, row, false)
	f(LooksAsteriskCSV, fs, false)

	f(LooksCSVHeader, `"cdrRecordType","globalCallID_callId","callingPartyNumber","originalCalledPartyNumber"`, true)
	f(LooksCSVHeader, `date,time,Caller Number,called.number,duration-s`, true)
	f(LooksCSVHeader, `a,b,c`, false)                                    // three columns
	f(LooksCSVHeader, `a,b,c,a`, false)                                  // a repeated name
	f(LooksCSVHeader, `a,b,c,d,e,c`, false)                              // a repeated name, later
	f(LooksCSVHeader, `"a",b,c,a`, false)                                // the same name quoted or not
	f(LooksCSVHeader, `INTEGER,INTEGER,INTEGER,VARCHAR(50)`, false)      // CUCM's types row
	f(LooksCSVHeader, `1,2,1001234,16777226`, false)                     // a data row
	f(LooksCSVHeader, `alice,bob,,carol`, false)                         // an empty field
	f(LooksCSVHeader, `Dec  5 10:00:00 host app: a,b,c,d`, false)        // syslog
	f(LooksCSVHeader, `"a","b","c","d`, false)                           // unterminated quote
	f(LooksCSVHeader, `x,y,z,2026-11-23`, false)                         // a date
	f(LooksCSVHeader, strings.Repeat("c,", maxHeaderColumns)+"z", false) // too many
}

func TestW3CTabLineHasNoQuoting(t *testing.T) {
	f := checker(t, mustParser(t, Config{Format: W3C, Columns: []string{"a", "b", "c"}}))
	f("x\t\"y\tz\"", `a=x | b="y | c=z"`)
	f(`x "y z"`, `a=x | b=q"y z"`)
}

func TestQuoting(t *testing.T) {
	f := func(raw string, q Quoting, want string) {
		t.Helper()
		if got := string(AppendUnquoted(nil, []byte(raw), q)); got != want {
			t.Errorf("AppendUnquoted(%q, %d) = %q, want %q", raw, q, got, want)
		}
	}
	f(`she said ""hi""`, QuoteCSV, `she said "hi"`)
	f(`""""`, QuoteCSV, `""`)
	f(`a"`, QuoteCSV, `a"`)
	f(`Mo\"zilla\\ \x22x\x22 \x5C a\tb \q \x2`, QuoteBackslash, "Mo\"zilla\\ \"x\" \\ a\tb \\q \\x2")
	f(`trailing\`, QuoteBackslash, `trailing\`)
	f(`a""b\"`, QuoteNone, `a""b\"`)

	g := func(s string, q Quoting, want string) {
		t.Helper()
		if got := string(AppendQuoted(nil, []byte(s), q)); got != want {
			t.Errorf("AppendQuoted(%q, %d) = %q, want %q", s, q, got, want)
		}
	}
	g(`she said "hi"`, QuoteCSV, `she said ""hi""`)
	g("a\"b\\c\nd\x7f", QuoteBackslash, `a\"b\\c\x0Ad\x7F`)
	g(`x"`, QuoteNone, `x"`)
}

func TestQuotingNoAllocs(t *testing.T) {
	dst := make([]byte, 0, 256)
	raw := []byte(`Mo\"zilla\\ \x22x\x22 "" a`)
	if n := testing.AllocsPerRun(100, func() {
		for q := QuoteNone; q <= QuoteBackslash; q++ {
			dst = AppendUnquoted(dst[:0], raw, q)
			dst = AppendQuoted(dst[:0], raw, q)
		}
	}); n != 0 {
		t.Errorf("%v allocations", n)
	}
}

func TestManyFields(t *testing.T) {
	p := mustParser(t, Config{Format: TSV})
	rec := []byte(strings.Repeat("x\t", 3000))
	fs, _, err := p.Parse(nil, rec)
	if err != nil || len(fs) != 3001 {
		t.Fatalf("%d fields, %v", len(fs), err)
	}
	for _, i := range []int{0, 8, 1023, 1024, 3000} {
		if want := "col_" + strconv.Itoa(i+1); string(fs[i].Name) != want {
			t.Errorf("field %d named %q, want %q", i, fs[i].Name, want)
		}
	}
	if len(p.col) != maxNumbered {
		t.Errorf("%d numbered names kept", len(p.col))
	}
	fs2, _, _ := p.Parse(nil, rec)
	if string(fs[2000].Name) != "col_2001" || string(fs2[2000].Name) != "col_2001" {
		t.Errorf("names beyond the kept ones rewritten: %q %q", fs[2000].Name, fs2[2000].Name)
	}
	cl := mustParser(t, DefaultConfig(Combined))
	line := `1.2.3.4 - - [t] "GET /" 200 5 "-" "-"` + strings.Repeat(" x", 1100)
	fs, _, err = cl.Parse(nil, []byte(line))
	if err != nil || string(fs[len(fs)-1].Name) != "extra_1100" {
		t.Fatalf("%v, last named %q", err, fs[len(fs)-1].Name)
	}
}

// indexDelim against bytes.IndexByte at every start and delimiter place,
// across the 8-byte words and the switch to IndexByte after 32 bytes.
func TestIndexDelim(t *testing.T) {
	for n := 0; n <= 80; n++ {
		s := []byte(strings.Repeat("\xff", n))
		for d := -1; d < n; d++ {
			if d >= 0 {
				s[d] = '\t'
			}
			for i := 0; i <= n; i++ {
				want := len(s)
				if k := strings.IndexByte(string(s[i:]), '\t'); k >= 0 {
					want = i + k
				}
				if got := indexDelim(s, i, '\t'); got != want {
					t.Fatalf("indexDelim(%d bytes, %d) with the tab at %d = %d, want %d", n, i, d, got, want)
				}
			}
			if d >= 0 {
				s[d] = '\t' + 1 // a byte one above: the zero test must not flag it
			}
		}
	}
}

// TestLooksAsteriskCEL: the four layouts of cel_custom.conf's sample, by
// field count, and rows that are not CEL.
func TestLooksAsteriskCEL(t *testing.T) {
	f := func(in string, want int) {
		t.Helper()
		if got := LooksAsteriskCEL([]byte(in)); got != want {
			t.Errorf("%q: got %d, want %d", in, got, want)
		}
	}
	legacy := `"CHAN_START","2026-12-05 10:00:00","Alice Smith","4930901820","4930901820","","","2001","from-internal","SIP/2001-00000001","","","3","","1733392800.1","1733392800.1","","","",""`
	f(legacy, 20)
	f(strings.Replace(legacy, `"2026-12-05 10:00:00"`, `"1733392800.123456"`, 1), 20) // cel.conf's default dateformat
	f(strings.Replace(legacy, `"CHAN_START",`, `"CHAN_START","My Literal",`, 1), 21)  // the sample's literal kept
	f(strings.Replace(legacy, `"CHAN_START"`, `"Started"`, 1), 0)                     // no event type
	f(strings.Replace(legacy, `"2026-12-05 10:00:00"`, `"Dec 5"`, 1), 0)              // no time
	f(strings.Replace(legacy, `"2026-12-05 10:00:00"`, `"17333928001234"`, 1), 0)     // not epoch seconds
	f(legacy[:strings.LastIndex(legacy, ",")], 0)                                     // 19 fields
	advanced := `"HANGUP","HANGUP","1733392800.5","","Carol White","4915112345678","s","ctx","SIP/203.0.113.7-00000001","","","3","acct","1733392800.3","","4915112345678","","","","1733392800.3","","{""hangupcause"":16}",""`
	f(advanced, 23)
	f(strings.Replace(advanced, `"HANGUP","HANGUP",`, `"HANGUP","HANGUP","My Literal",`, 1), 24)
	f(strings.Replace(advanced, `"HANGUP","HANGUP"`, `"HANGUP","x"`, 1), 0) // eventenum is an event type
	f(`"ANSWERED","x"`, 0)
	f(``, 0)
}
