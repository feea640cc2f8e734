package redact

import (
	"bufio"
	"bytes"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// goldenInputs returns the in: lines of the golden files, as fuzz seeds.
func goldenInputs(t testing.TB) []string {
	files, _ := filepath.Glob("testdata/detect/*.txt")
	var ins []string
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			if l, ok := strings.CutPrefix(sc.Text(), "in: "); ok {
				ins = append(ins, l)
			}
		}
	}
	if len(ins) == 0 {
		t.Fatal("no golden inputs")
	}
	return ins
}

// checkScan applies next over src and checks its contract: spans in
// bounds, non-empty, in order and not overlapping, of enabled detectors,
// and addresses that agree with netip's parser.
func checkScan(t *testing.T, s *scanner, src []byte) {
	t.Helper()
	for from := 0; from <= len(src); {
		m, ok := s.next(src, from)
		if !ok {
			return
		}
		if m.start < from || m.end <= m.start || m.end > len(src) {
			t.Fatalf("next(%q, %d) = %v [%d,%d): span out of order or bounds", src, from, m.det, m.start, m.end)
		}
		if m.det >= NumDetectors || !s.enabled[m.det] {
			t.Fatalf("next(%q, %d) = %v: detector not enabled", src, from, m.det)
		}
		span := src[m.start:m.end]
		switch m.det {
		case DetIPv4, DetIPv6:
			text := span
			if i := bytes.IndexByte(text, '%'); i >= 0 && m.det == DetIPv6 {
				text = text[:i]
			}
			if m.det == DetIPv4 { // ec2-203-0-113-7.compute...
				text = bytes.ReplaceAll(text, []byte("-"), []byte("."))
				text = plainIPv4(text)
			}
			if m.det == DetIPv6 && bytes.Count(text, []byte(".")) == 31 {
				// An ip6.arpa name: its nibbles, reversed, in groups of four.
				var b []byte
				for k := len(text) - 1; k >= 0; k -= 2 {
					if b = append(b, text[k]); k != len(text)-1 && (len(text)-1-k)/2%4 == 3 && k > 0 {
						b = append(b, ':')
					}
				}
				text = b
			}
			want, err := netip.ParseAddr(string(text))
			if err != nil || want != m.addr {
				t.Fatalf("%v %q: addr %v, netip.ParseAddr says %v, %v", m.det, span, m.addr, want, err)
			}
		case DetEmail:
			// domain == start: an address in base64 (scan_b64.go), whose
			// domain cannot be read.
			if m.domain < m.start || m.domain >= m.end {
				t.Fatalf("email %q: domain index %d outside the span", span, m.domain)
			}
		}
		from = m.end
	}
}

func FuzzScan(f *testing.F) {
	for _, in := range goldenInputs(f) {
		f.Add(in, "", uint16(0xffff))
	}
	f.Add("caller=4155550123", "phone", uint16(0xffff))
	f.Add("x 203.0.113.7 alice@example.com", "", uint16(1<<DetIPv4))
	f.Fuzz(func(t *testing.T, in, key string, mask uint16) {
		var s scanner
		for d := range s.enabled {
			s.enabled[d] = mask&(1<<d) != 0
		}
		if key != "" {
			s.key = []byte(key)
		}
		checkScan(t, &s, []byte(in))
	})
}

// planted are PII values that must be found whatever surrounds them, as
// long as a separator stands between.
var planted = []string{
	"203.0.113.7", "2001:db8::42", "fe80::1%eth0", "::ffff:198.51.100.9", "alice.smith+x@example.com",
	"bob%40example.org", "+14155550123", "+44 20 7946 0958", "(555) 123-4567", "4111 1111 1111 1111",
	"378282246310005", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432",
	"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlc2ln", "AKIAIOSFODNN7EXAMPLE",
	"00:1a:2b:3c:4d:5e", "001a.2b3c.4d5e", "123-45-6789",
	// Vendor tokens and keys (vendor_token, private_key): our own values
	// in each format's shape.
	"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", "xoxb-12768426846-5632122330792-qsajAIxNKu8iS2G8NPRVdD53",
	"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", "0f1e2d3c4b5a69788796a5b4c3d2e1f0-us14",
	"Xk47Q~aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3x", "-----BEGIN PRIVATE KEY----- MIIEvQIBADANBgkqhkiG9w0BAQEFAASC -----END PRIVATE KEY-----",
	// National ids found anywhere (national_id) and IBANs in dashed or
	// lower-case groups.
	"AB 12 34 56 C", "12345678Z", "RSSMRA85T10A562S", "1 84 12 76 451 089 46", "111.444.777-35", "2341 2341 2346",
	"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< L898902C36UTO7408122F1204159ZE184226B<<<<<10",
	"de89-3704-0044-0532-0130-00",
}

// plantSeps are separators after which any planted value starts a
// detection and before which it ends one: none of them continues a phone
// number, a card, an address or a key's value.
var plantSeps = []string{", ", "; ", " | ", "\t"}

// FuzzScanPlanted plants a known value between fuzzed text and checks that
// every byte of it is covered by detections.
func FuzzScanPlanted(f *testing.F) {
	for i, in := range goldenInputs(f) {
		f.Add(in, in, uint8(i))
	}
	f.Add(`{"password":"`, `"}`, uint8(3))
	f.Add("Authorization: Bearer", "x", uint8(0))
	f.Add("+44", "1111", uint8(9))
	f.Add("Auth:", "0", uint8('>'))          // a secret's value that a phone number outlasts
	f.Add("AuthoriZAtion:", "0", uint8('>')) // the same for a credential
	f.Fuzz(func(t *testing.T, prefix, suffix string, which uint8) {
		pii := planted[int(which)%len(planted)]
		sep := plantSeps[int(which)/len(planted)%len(plantSeps)]
		src := []byte(prefix + sep + pii + sep + suffix)
		a := len(prefix) + len(sep)
		b := a + len(pii)
		covered := a
		for _, sp := range viewSpans(t, allOn(), src) {
			if sp.start > covered {
				break
			}
			covered = max(covered, sp.end)
		}
		if covered < b {
			t.Fatalf("planted %q in %q: bytes from %d on are not detected", pii, src, covered-a)
		}
	})
}

// FuzzParseIP cross-checks the hand-written address parsers against
// net/netip: whatever text the parser accepts whole, netip must accept as
// the same address, and every address netip accepts (without a zone), the
// parser must read whole.
func FuzzParseIP(f *testing.F) {
	for _, s := range []string{"1.2.3.4", "255.255.255.255", "01.2.3.4", "2001:db8::1", "::", "::1", "1::",
		"::ffff:1.2.3.4", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "1:2:3:4:5:6:1.2.3.4", "fe80::1:2:3:4:5:6",
		"1::2::3", "12345::", "::1.2.3.4", "0:0:0:0:0:0:0:0:0", "000.000.000.000", "192.168.001.010", "010.1.002.003"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		want, err := netip.ParseAddr(string(plainIPv4(b)))
		if err == nil && want.Zone() != "" {
			return
		}
		if end, a, ok := parseIPv4(b, 0); ok && end == len(b) {
			if err != nil || want != netip.AddrFrom4(a) {
				t.Fatalf("parseIPv4(%q) = %v, netip says %v, %v", s, netip.AddrFrom4(a), want, err)
			}
		} else if err == nil && want.Is4() {
			t.Fatalf("parseIPv4(%q) refused what netip parses as %v", s, want)
		}
		if end, ip, ok := parseIPv6(b, 0); ok && end == len(b) {
			if err != nil || want != netip.AddrFrom16(ip) {
				t.Fatalf("parseIPv6(%q) = %v, netip says %v, %v", s, netip.AddrFrom16(ip), want, err)
			}
		} else if err == nil && want.Is6() && s != "::" { // "::" alone is refused on purpose
			t.Fatalf("parseIPv6(%q) refused what netip parses as %v", s, want)
		}
	})
}

// scanEveryWord is scanCtx without its prefilter: at every word start (and
// every '+', '(' and ':') it runs every registered start whose first byte
// fits, with no length, following-byte or shape test; only the rule that a
// number after "word." or "Product/" starts nothing but an e-mail holds.
// FuzzScanPrefilter checks that the registry's prefilter (lens, after,
// keyed and may of each start) never skips a position where a scan finds
// something.
func (s *scanner) scanEveryWord(src []byte, kc keyCtx) (hit, bool) {
	s.startsOn()
	n := len(src)
	for i := 0; i < n; i++ {
		c := src[i]
		k := class[c]
		if k&cStart == 0 {
			continue
		}
		w := i + 1
		if k&cAlnum != 0 {
			for w < n && isAlnum(src[w]) {
				w++
			}
		}
		set := startsByFirst[c]
		if k&cDigit != 0 && inDottedOrVersion(src, i) {
			set &= startsDotted
		}
		if m, ok := s.runStarts(src, i, w, kc, set, true); ok {
			return m, true
		}
		i = w - 1
	}
	return hit{}, false
}

func FuzzScanPrefilter(f *testing.F) {
	for _, in := range goldenInputs(f) {
		f.Add(in, "", uint16(0xffff))
	}
	for _, in := range []string{
		"Chrome/4111111111111111@x A/4000070010000@ Version/555-123-4567 a@b.com",
		"for Jane Doe, 1600 Amphitheatre Pkwy, Mountain View, CA 94043 (221B Baker Street, Suite 3, London NW1 6XE) SMS sent to 07700900123",
		`assignee="Katarina Petrova" created_by: 'Dmitri Volkov' owner="Platform Team" client="Mozilla Firefox"`,
		"password = hunter2 eyJhbGciOiJSUzI1NiIsImtpZCI6ImE-YiJ9.eyJzdWIiOiIxMjM0In0.c2ln",
		"rt=0.623 at 20:00:00 on 2026-11-23 cdn.example.com 0123.4567.89ab 00-1a-2b-3c-4d-5e",
		"4111 1111 1111 1111 3782-822463-10005 1.555.123.4567 555.123.4567 1-800-555-0199",
		"Mozilla/5.0%20(X11)%20like%20Gecko x%40example.com 2001:db8::1 1:2:3:4:5:6:7:8",
		"(067) 665-11-02 030 12345678 8 (701) 123 45 67 0 801 23 45 67 612 34 56 78 (0)20 7946 0958",
		"host=cdn.example.com req=1 A--pass-word value x.y.token -> v a.b_c  : d Nov-2026 -p x TLS_AES_128\tHit",
		"suser=Jane Doe (jdoe) cookie=SESSID\\=ab12cd34ef56gh78; v\\=x usrName=jo.b^src=1 /dav/files/jdoe/ -username x user id 'a' - User b - C",
		"/var/spool/asterisk/voicemail/default/2036/INBOX/ /voicemail/2026/x VOICEMAIL/a/b/1001 PJSIP/2001-0000 sip:486 sip:200@pbx CALLERID(num)=2001",
	} {
		f.Add(in, "", uint16(0xffff))
	}
	f.Add("4155550123 and 123456789", "caller", uint16(0xffff))
	// A card's number in its tracks (scan_track.go).
	f.Add(`value="B4111111111111111^DOE/JANE^2512" 57 13 4761739001010010D25122011143804400000F 5A 08 378282246310005F B4111111111111111^`, "", uint16(0xffff))
	// node-apn's "device" key in text and as a key; a vendor id
	// (scan_deviceid.go, scan_pushid.go).
	f.Add(`{"failed":[{"device":"bc3d7e2b358143a5ac4774aa8ca4e338fb2ce4ae0c4add9e3de27e696b783054"}]} { device: 'bc3d7e2b358143a5ac4774aa8ca4e338fb2ce4ae0c4add9e3de27e696b78305' } device=`, "", uint16(0xffff))
	f.Add("bc3d7e2b358143a5ac4774aa8ca4e338fb2ce4ae0c4add9e3de27e696b783054", "device", uint16(0xffff))
	f.Add("842BA226-B0F1-4A82-BECA-C85F8616F04A", "com.urbanairship.vendor", uint16(0xffff))
	f.Add("x@example.com 203.0.113.7", "", uint16(1<<DetIPv4))
	// An address as a client identity ('@' escaped as _40), with and
	// without an '@' later in the line (scan_escmail.go).
	f.Add("client:jane_2Edoe_40example_2Ecom snake_case_40x_2Ecom", "", uint16(0xffff))
	f.Add("o_5Fb_40a_2Db_2Eexample_2Eorg j@example.com", "contact_uri", uint16(0xffff))
	f.Fuzz(func(t *testing.T, in, key string, mask uint16) {
		src := []byte(in)
		var kc keyCtx
		if key != "" {
			kc = keyContext([]byte(key))
		}
		fast, slow := allOn(), allOn()
		for d := range fast.enabled {
			fast.enabled[d] = mask&(1<<d) != 0
			slow.enabled[d] = fast.enabled[d]
		}
		for from := 0; from <= len(src); {
			// The per-call state, reset as next resets it.
			fast.emailNone, fast.keyNone, slow.emailNone, slow.keyNone = 0, 0, 0, 0
			fast.idEnd, slow.idEnd = 0, 0
			if kc == ctxCallID || kc == ctxMessageID && randomLocalPart(src) {
				fast.idEnd, slow.idEnd = len(src), len(src) // as next sets it
			}
			a, okA := fast.scanFrom(src, from, kc)
			b, okB := slow.scanFromEveryWord(src, from, kc)
			if okA != okB || okA && (a.det != b.det || a.start != b.start || a.end != b.end) {
				t.Fatalf("from %d of %q (key %q): scanCtx found %v %v [%d,%d), every word %v %v [%d,%d)",
					from, src, key, okA, a.det, a.start, a.end, okB, b.det, b.start, b.end)
			}
			if !okA {
				return
			}
			from = a.end
		}
	})
}

func (s *scanner) scanFromEveryWord(src []byte, from int, kc keyCtx) (hit, bool) {
	if from > len(src) {
		from = len(src)
	}
	h, ok := s.scanEveryWord(src[from:], kc)
	h.start, h.end, h.domain = h.start+from, h.end+from, h.domain+from
	return h, ok
}

// plainIPv4 returns a zero-padded IPv4 address (192.168.001.010, each
// octet in three digits: see zeroPadded) without its zeros, as netip
// reads addresses; anything else as it is.
func plainIPv4(text []byte) []byte {
	if len(text) != 15 || !zeroPadded(text, 0) {
		return text
	}
	var plain []byte
	for k, o := range bytes.Split(text, []byte(".")) {
		v, _ := strconv.Atoi(string(o))
		if k > 0 {
			plain = append(plain, '.')
		}
		plain = strconv.AppendInt(plain, int64(v), 10)
	}
	return plain
}
