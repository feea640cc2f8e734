package redact

import (
	"bytes"
	"strings"
	"testing"
)

// checker returns f(in, want): in redacted by r in format must give want
// and, with twice, redacting that again must change nothing.
func checker(t *testing.T, r *Redactor, format Format, twice bool) func(in, want string) {
	return func(in, want string) {
		t.Helper()
		got, err := redactStr(r, in, format)
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		if got != want {
			t.Errorf("%q\n got %q\nwant %q", in, got, want)
		}
		if again, _ := redactStr(r, got, format); twice && again != got {
			t.Errorf("%q: second pass changed %q to %q", in, got, again)
		}
	}
}

func TestView(t *testing.T) {
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatText, true)
	// Percent-encoded separators: the replacement keeps the encoding.
	f("mac=00%3A1A%3A2B%3A3C%3A4D%3A5E up", "mac=[mac] up")
	// Escapes written back in the case the value used.
	f("ip=2001%3adb8%3a%3a1 x", "ip=2001%3adb8%3a%3a x")
	f("ip=2001%3Adb8%3A%3A1 x", "ip=2001%3Adb8%3A%3A x")
	f("ip=2001%3adb8%3A%3A1 x", "ip=2001%3adb8%3a%3a x")
	f("h=X-Forwarded-For%3a%20203.0.113.7%2c%20198.51.100.2%0d%0aHost%3a%20a",
		"h=X-Forwarded-For%3a%20203.0.113.0%2c%20198.51.100.0%0d%0aHost%3a%20a")
	f("iban=DE89%203704%200044%200532%200130%2000 ok", "iban=[iban] ok")
	f("to=%2B44%2020%207946%200958 ok", "to=[phone] ok")
	// Double encoding, upper and lower hex.
	f("u=alice%2540example.com x", "u=[email] x")
	f("u=alice%2540Example.COM&ip=198.51.100.23", "u=[email]&ip=198.51.100.0")
	f("q=2001%253Adb8%253A%253A5 x", "q=2001%3Adb8%3A%3A x")
	// JSON escapes in a text record, and JSON inside a percent-encoded value.
	f(`msg="{\"user\":\"bob\u0040example.com\"}"`, `msg="{\"user\":\"[email]\"}"`)
	f("body=%7B%22email%22%3A%22a%40example.org%22%7D", "body=%7B%22email%22%3A%22[email]%22%7D")
	// nginx writes a quote inside a logged string as \x22.
	f(`ua="x\x22 carol@example.net"`, `ua="x\x22 [email]"`)
	// Invisible characters do not hide a value; the replacement covers them.
	f("ip 57.\x00173.239.179 x", "ip 57.173.239.0 x")
	f("from bob\x00@example.com x", "from [email] x")
	f("ip 57.173\u200b.239.179 x", "ip 57.173.239.0 x")
	f("ip 10.1.2.3\ufeff!", "ip 10.1.2.0!")
	f("e a\u00adb@example.com", "e [email]")
	// Escapes around what is kept are copied as they were.
	f("p=%2Fhome%2Fx%20y&n=%31", "p=%2Fhome%2Fx%20y&n=%31")
	f("tab\tsep\\nline", "tab\tsep\\nline")
	f("100% sure, 50%off %zz %4", "100% sure, 50%off %zz %4")
}

func TestViewJSON(t *testing.T) {
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatJSON, true)
	f(`{"hdr":"X-Forwarded-For%3a%20203.0.113.7"}`, `{"hdr":"X-Forwarded-For%3a%20203.0.113.0"}`)
	f(`{"mac":"00%3A1A%3A2B%3A3C%3A4D%3A5E"}`, `{"mac":"[mac]"}`)
	f(`{"m":"ip 10.1.2\u200b.3"}`, `{"m":"ip 10.1.2.0"}`)
	f(`{"m":"ip 10.1.2\u0000.3"}`, `{"m":"ip 10.1.2.0"}`)
	f(`{"inner":"{\"email\":\"x%40example.com\"}"}`, `{"inner":"{\"email\":\"[email]\"}"}`)
	f(`{"plain":"%20a%20b%20","n":1}`, `{"plain":"%20a%20b%20","n":1}`)
}

func TestViewMap(t *testing.T) {
	var v view
	f := func(in, dec string, pairs ...int) {
		t.Helper()
		got := v.decode([]byte(in), 0)
		if string(got) != dec {
			t.Fatalf("decode(%q) = %q, want %q", in, got, dec)
		}
		for i := 0; i < len(pairs); i += 2 {
			if s := v.toSrc(pairs[i]); s != pairs[i+1] {
				t.Errorf("%q: toSrc(%d) = %d, want %d", in, pairs[i], s, pairs[i+1])
			}
		}
	}
	f("a%20b", "a b", 0, 0, 1, 1, 2, 4, 3, 5)
	f("a%2520b", "a b", 0, 0, 1, 1, 2, 6, 3, 7)
	f("x\x00y", "xy", 0, 0, 1, 2, 2, 3)
	f(`\u00e9!`, "é!", 0, 0, 1, 0, 2, 6, 3, 7)
	f(`\ud83d\ude00.`, "😀.", 0, 0, 4, 12, 5, 13)
	f("a\u200bb", "ab", 1, 4, 2, 5)
}

func TestNeedsView(t *testing.T) {
	f := func(in string, want bool) {
		t.Helper()
		// Every alignment of the SWAR loop.
		for pad := 0; pad < 9; pad++ {
			s := strings.Repeat("z", pad) + in + strings.Repeat("q", pad%3)
			if got := needsView([]byte(s)); got != want {
				t.Errorf("needsView(%q) = %v, want %v", s, got, want)
			}
		}
	}
	f("plain text 10.0.0.1 ~ {} ", false)
	f("100% and %zz and \\q", false)
	f("é ü 日本", false)
	f("a%20b", true)
	f("a%2", false)
	f(`a\"b`, false) // JSON structure: see view.go
	f(`a\\b`, false)
	f(`a\\\nb`, true)
	f(`a\\nb`, false) // an escaped backslash, then "n"
	f(`a\\\\nb`, false)
	f(`\u0040`, true)
	f(`\\u0040`, false)
	f("a\x00b", true)
	f("a\x7fb", true)
	f("tab\t\r\n", false)
	f("soft\u00adhyphen", true)
	f("zw\u200bsp", true)
	f("bom\ufeff", true)
	f("wj\u2060", true)
	f("nbsp\u00a0", false)
}

// FuzzView checks the decoding layer: the offset map is monotone and in
// range, a value without detections comes out byte for byte, and
// redacting twice equals redacting once.
func FuzzView(f *testing.F) {
	for _, s := range []string{"a%20b", "x%2540y.com", `\u0040\"`, "1.2\x00.3.4", "a\u200bb", "%%41", `\ud83d\ude00`, "%E2%80%8B"} {
		f.Add(s)
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	var v view
	f.Fuzz(func(t *testing.T, in string) {
		src := []byte(in)
		// Starting at the first stop decodes the same as from the start.
		fromFirst := string(v.decode(src, nextStop(src, 0)))
		dec := v.decode(src, 0)
		if string(dec) != fromFirst {
			t.Fatalf("%q: decoded from the first stop %q, from 0 %q", in, fromFirst, dec)
		}
		prev := 0
		for p := 0; p <= len(dec); p++ {
			s := v.toSrc(p)
			if s < prev || s > len(src) {
				t.Fatalf("%q: toSrc(%d) = %d after %d", in, p, s, prev)
			}
			prev = s
		}
		if v.toSrc(len(dec)) != len(src) && needsView(src) && invisibleLen(src, len(src)-1) == 0 {
			// The end maps to the end unless invisible bytes trail.
			t.Logf("%q: end maps to %d of %d", in, v.toSrc(len(dec)), len(src))
		}
		out, err := r.Redact(nil, src, FormatText)
		if err != nil {
			return
		}
		if r.Stats().Detections == [NumDetectors]uint32{} && !bytes.Equal(out, src) {
			t.Fatalf("%q: nothing detected but output %q differs", in, out)
		}
		again, err := r.Redact(nil, out, FormatText)
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("%q: once %q, twice %q (%v)", in, out, again, err)
		}
	})
}

func TestViewNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	in := []byte("GET /p?e=alice%2540example.com&ip=2001%3adb8%3a%3a1&m=00%3A1A%3A2B%3A3C%3A4D%3A5E x 10.1.2\u200b.3 \\u0040")
	var dst []byte
	dst, _ = r.Redact(dst[:0], in, FormatText)
	if n := testingAllocs(func() { dst, _ = r.Redact(dst[:0], in, FormatText) }); n != 0 {
		t.Errorf("%v allocations per record, want 0", n)
	}
}

func testingAllocs(fn func()) float64 { return testing.AllocsPerRun(100, fn) }

func TestPrivateKeyBlocks(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := checker(t, r, FormatAuto, true)
	// In JSON with \n escapes, under a neutral key; in a text line with
	// the escapes written out; and broken across records it still masks
	// what it has.
	f(`{"data":"-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcN\nLYLInFEX6Ppy1tPf9Cnzj4p4WGeK\n-----END RSA PRIVATE KEY-----\n","n":1}`,
		`{"data":"[private_key]\n","n":1}`)
	f(`deploy key="-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5v\n-----END OPENSSH PRIVATE KEY-----" ok`,
		`deploy key="[private_key]" ok`)
}

// A loopback address names nobody: it is written as it was under every IP
// action (an upstream on the same host in an nginx error line).
func TestLoopbackKept(t *testing.T) {
	for _, act := range []Action{ActTruncate, ActMask, ActHash, ActPseudonymize} {
		o := DefaultOptions()
		o.HashKey, o.HashKeyID = []byte("0123456789abcdef0123456789abcdef"), "k1"
		for _, d := range []Detector{DetIPv4, DetIPv6} {
			o.Detectors[d].Action = act
		}
		f := checker(t, mustEngine(t, o).NewRedactor(), FormatText, true)
		f(`upstream: "http://127.0.0.1:8080/upload" [::1]:9000 127.10.20.30 ::ffff:127.0.0.1`,
			`upstream: "http://127.0.0.1:8080/upload" [::1]:9000 127.10.20.30 ::ffff:127.0.0.1`)
	}
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatText, true)
	f("client 10.0.0.1 upstream 127.0.0.1 peer 128.0.0.1", "client 10.0.0.0 upstream 127.0.0.1 peer 128.0.0.0")
}

// An address written reversed (a reverse-lookup name) or with dashes (a
// host name) is replaced in the same form, its host part cut as any
// other's.
func TestIPForms(t *testing.T) {
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatText, true)
	f("client 198.51.100.77#53412 (7.113.0.203.in-addr.arpa): query: 7.113.0.203.in-addr.arpa IN PTR +",
		"client 198.51.100.0#53412 (0.113.0.203.in-addr.arpa): query: 0.113.0.203.in-addr.arpa IN PTR +")
	f("connect from ec2-54-12-34-56.compute-1.amazonaws.com[54.12.34.56]",
		"connect from ec2-54-12-34-0.compute-1.amazonaws.com[54.12.34.0]")
	// An IPv6 PTR name keeps its /48 in nibbles; ::1's names no one.
	f("query: 7.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa IN PTR",
		"query: 0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa IN PTR")
	f("B.A.9.8.7.6.5.4.3.2.1.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2.ip6.arpa",
		"0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa")
	f("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa",
		"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa")
	f("query: 4.3.2.1.0.9.8.7.6.5.4.4.e164.arpa IN NAPTR", "query: [phone].e164.arpa IN NAPTR")
	o := DefaultOptions()
	o.Detectors[DetIPv4].Action = ActMask
	f = checker(t, mustEngine(t, o).NewRedactor(), FormatText, true)
	f("host-203-0-113-7.static.isp.net 7.113.0.203.in-addr.arpa", "host-[ipv4].static.isp.net [ipv4].in-addr.arpa")
	o.Detectors[DetIPv6].Action = ActPseudonymize
	o.HashKey, o.HashKeyID = testKey, "k1"
	r := mustEngine(t, o).NewRedactor()
	out, err := r.Redact(nil, []byte("7.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"), FormatText)
	if err != nil || len(out) != 72 || !bytes.HasSuffix(out, []byte(".ip6.arpa")) || bytes.HasPrefix(out, []byte("7.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0")) {
		t.Errorf("pseudonymised ip6.arpa name: %q, %v; want 32 other nibbles", out, err)
	}
}

// TestNextStopTabs: nextStop's eight-byte test lets tabs through (they
// are no stop) and still stops at every control character beside one.
func TestNextStopTabs(t *testing.T) {
	ref := func(src []byte) int {
		for i := range src {
			if viewStop[src[i]] && decodesAt(src, i) != 0 {
				return i
			}
		}
		return len(src)
	}
	seed := uint32(1)
	check := func(alphabet []byte, rounds int) {
		for n := 0; n < rounds; n++ {
			src := make([]byte, 1+n%40)
			for i := range src {
				seed = seed*1664525 + 1013904223
				src[i] = alphabet[int(seed>>24)%len(alphabet)]
			}
			if got, want := nextStop(src, 0), ref(src); got != want {
				t.Fatalf("nextStop(%q) = %d, want %d", src, got, want)
			}
		}
	}
	check([]byte{'\t', '\t', 'a', ' ', '%', '4', '0', '\\', 'n', 0x08, 0x01, 0x1f, 0x7f, 0xc2, 0xad, 0x0a, 0x20, '$'}, 20000)
	// rsyslog's escapes (#011, #012, #015) at any place in the eight
	// bytes and across two of them, beside '#' that starts none.
	check([]byte{'#', '#', '0', '0', '1', '2', '5', 'A', ' ', '&', '\t', '"', '1'}, 50000)
}
