package redact

import (
	"strings"
	"testing"
)

// allOn returns a scanner with every detector enabled.
func allOn() *scanner {
	var s scanner
	for d := range s.enabled {
		s.enabled[d] = true
	}
	return &s
}

// mark returns in with every detection replaced by ⟦name⟧, applying next
// repeatedly from the end of the last match. It fails t when next breaks
// its contract (spans out of order, overlapping or out of bounds).
//
// The scanner reads in's view, as the engine does (view.go): a percent
// escape or a JSON escape is decoded before any detector sees it, and each
// detection is marked over the bytes of in that spelled it.
func mark(t testing.TB, s *scanner, in string) string {
	t.Helper()
	var b strings.Builder
	last := 0
	for _, sp := range viewSpans(t, s, []byte(in)) {
		b.WriteString(in[last:sp.start])
		b.WriteString("⟦" + sp.det.String() + "⟧")
		last = sp.end
	}
	b.WriteString(in[last:])
	return b.String()
}

// span is a detection over the bytes of a value.
type span struct {
	det        Detector
	start, end int
}

// viewSpans returns the detections of s in src as the engine finds them:
// the scanner reads src's view, and each span is mapped back to the bytes
// of src that spelled it.
func viewSpans(t testing.TB, s *scanner, src []byte) []span {
	t.Helper()
	var v view
	scan, viewed := src, needsView(src)
	if viewed {
		scan = v.decode(src, 0)
	}
	var spans []span
	for from := 0; from <= len(scan); {
		m, ok := s.next(scan, from)
		if !ok {
			break
		}
		if m.start < from || m.end <= m.start || m.end > len(scan) {
			t.Fatalf("next(%q, %d) = [%d,%d) %v: bad span", scan, from, m.start, m.end, m.det)
		}
		sp := span{m.det, m.start, m.end}
		if viewed {
			sp.start, sp.end = v.toSrc(sp.start), v.toSrc(sp.end)
		}
		spans = append(spans, sp)
		from = m.end
	}
	return spans
}

func TestScanIPv4(t *testing.T) {
	s := allOn()
	f := func(in, want string) {
		t.Helper()
		if got := mark(t, s, in); got != want {
			t.Errorf("\n in: %s\ngot: %s\nwant %s", in, got, want)
		}
	}
	f("ip 203.0.113.7 x", "ip ⟦ipv4⟧ x")
	f("ip 203.0.113.7:51234 x", "ip ⟦ipv4⟧:51234 x")
	f("203.0.113.7", "⟦ipv4⟧")
	f("X-Forwarded-For: 203.0.113.7, 198.51.100.22,10.0.0.1", "X-Forwarded-For: ⟦ipv4⟧, ⟦ipv4⟧,⟦ipv4⟧")
	f(`{"ips":["203.0.113.7","10.1.2.3"]}`, `{"ips":["⟦ipv4⟧","⟦ipv4⟧"]}`)
	f("client=192.168.1.254;", "client=⟦ipv4⟧;")
	f("end of line 1.2.3.4.", "end of line ⟦ipv4⟧.")
	f("http://10.0.0.1/path", "http://⟦ipv4⟧/path")
	f("0.0.0.0 255.255.255.255", "⟦ipv4⟧ ⟦ipv4⟧")
	// Look-alikes.
	f("Mozilla/5.0 Chrome/120.0.6099.109 Safari/537.36", "Mozilla/5.0 Chrome/120.0.6099.109 Safari/537.36")
	f("Chrome/120.0.0.0", "Chrome/120.0.0.0")
	f("v1.2.3.4", "v1.2.3.4")
	f("1.2.3.4.5", "1.2.3.4.5")
	f("oid 1.3.6.1.4.1.311", "oid 1.3.6.1.4.1.311")
	f("256.1.1.1 1.2.3.256 1.2.3", "256.1.1.1 1.2.3.256 1.2.3")
	f("010.1.1.1 1.02.3.4", "010.1.1.1 1.02.3.4")
	f("1.2.3.4a 1.2.3.4_", "1.2.3.4a 1.2.3.4_")
}

func TestScanEmail(t *testing.T) {
	s := allOn()
	f := func(in, want string) {
		t.Helper()
		if got := mark(t, s, in); got != want {
			t.Errorf("\n in: %s\ngot: %s\nwant %s", in, got, want)
		}
	}
	f("mail alice@example.com x", "mail ⟦email⟧ x")
	f("ALICE.SMITH@EXAMPLE.CO.UK", "⟦email⟧")
	f("alice+tag@example.com.", "⟦email⟧.")
	f("GET /u?email=alice%40example.com&x=1", "GET /u?email=⟦email⟧&x=1")
	f("GET /u?email=alice%2540example.com", "GET /u?email=⟦email⟧")
	f("first%2Blast%40example.com", "⟦email⟧")
	f(`{"user":"bob_99@mail.example.org"}`, `{"user":"⟦email⟧"}`)
	f("From: <sip:alice@example.com>;tag=1", "From: <sip:⟦email⟧>;tag=1")
	f("user=alice@example.com;role=admin", "user=⟦email⟧;role=admin")
	f("a.b-c@sub-domain.example.travel", "⟦email⟧")
	// Look-alikes.
	f("user@localhost", "user@localhost")
	f("alice@example", "⟦name⟧@example") // a login at a LAN host (scan_loginat.go)
	f("alice@example.c0m", "alice@example.c0m")
	f("@example.com", "@example.com")
	f("alice.@example.com", "alice.@example.com")
	f("git@github.com:org/repo.git", "⟦email⟧:org/repo.git")
	f("pkg@1.2.3", "pkg@1.2.3")
	f("price 50%40 off", "price 50%40 off")
}

func TestKeyContext(t *testing.T) {
	f := func(key string, want keyCtx) {
		t.Helper()
		if got := keyContext([]byte(key)); got != want {
			t.Errorf("keyContext(%q) = %d, want %d", key, got, want)
		}
	}
	f("password", ctxPassword)
	f(`"Password"`, ctxPassword)
	f("clientSecret", ctxPassword)
	f("sessionToken", ctxSecret)
	f("access_token2", ctxSecret)
	f("mauticform[firstname]", ctxName)
	f("app_version", ctxVersion)
	f("secretary", ctxNone)
	f("author", ctxNone)
	f("X-Api-Key:", ctxSecret)
	f("csrf_token", ctxSecret)
	f("user.session_id", ctxSecret)
	f("PHPSESSID", ctxSecret)
	f("Authorization", ctxBearer)
	f("phone=", ctxPhone)
	f("callerPhoneNumber", ctxPhone)
	f("from_user", ctxPhone)
	f("ssn", ctxSSN)
	f("bytes", ctxNone)
	f("tokens", ctxNone)
	f("", ctxNone)
	f("duration_ms", ctxNone)
	// Long names keep their context; a random id before '=' padding
	// has none.
	f("spring.datasource.hikari.password", ctxPassword)
	f("AWS_SECRET_ACCESS_KEY_FOR_PRODUCTION", ctxPassword)
	f("kubernetesServiceAccountSessionToken", ctxSecret)
	f("organisation_primary_contact_phone_number", ctxPhone)
	f("qXDOoioPWlcDBp6oKMieA8J0bsubtLe8GxeV7zKEE0_XwvVfuruNn9", ctxNone)
	f("tK4cusYOiCIcgYCkbhEDSewb_6wGrdhlpDUrW1HvqLTtI5mxEyS57v", ctxNone)
}

// check returns a table-test closure over a scanner with every detector on
// and the given JSON key.
func check(t *testing.T, key string) func(in, want string) {
	s := allOn()
	if key != "" {
		s.key = []byte(key)
	}
	return func(in, want string) {
		t.Helper()
		if got := mark(t, s, in); got != want {
			t.Errorf("key %q\n in: %s\ngot: %s\nwant %s", key, in, got, want)
		}
	}
}

func TestScanIPv6(t *testing.T) {
	f := check(t, "")
	f("ip 2001:db8::1 x", "ip ⟦ipv6⟧ x")
	f("2001:0db8:0000:0000:0000:ff00:0042:8329", "⟦ipv6⟧")
	f("2001:DB8:0:0:8:800:200C:417A", "⟦ipv6⟧")
	f("fe80::1%eth0 up", "⟦ipv6⟧ up")
	f("[2001:db8::1]:443", "[⟦ipv6⟧]:443")
	f("::ffff:203.0.113.7", "⟦ipv6⟧")
	f("from ::1 to fe80::", "from ⟦ipv6⟧ to ⟦ipv6⟧")
	f(`{"ip":"2001:db8:85a3::8a2e:370:7334"}`, `{"ip":"⟦ipv6⟧"}`)
	f("xff=2001:db8::1,2001:db8::2", "xff=⟦ipv6⟧,⟦ipv6⟧")
	f("64:ff9b::192.0.2.33", "⟦ipv6⟧")
	// Look-alikes.
	f("at 12:30:45 and 20:15:03.123", "at 12:30:45 and 20:15:03.123")
	f(":: and :::8080", ":: and :::8080")
	f("std::vector Foo::Bar", "std::vector Foo::Bar")
	f("sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709", "sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709")
	f("1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8:9")
	f("2001:db8::1::2", "2001:db8::1::2")
	f("12345::1", "12345::1")
	f("dead:beef", "dead:beef")
}

func TestScanMAC(t *testing.T) {
	f := check(t, "")
	f("mac 00:1a:2b:3c:4d:5e x", "mac ⟦mac⟧ x")
	f("00-1A-2B-3C-4D-5E", "⟦mac⟧")
	f("001a.2b3c.4d5e", "⟦mac⟧")
	f("hw=AA:BB:CC:DD:EE:FF;", "hw=⟦mac⟧;")
	f("00:1a:2b:3c:4d:5e:6f", "00:1a:2b:3c:4d:5e:6f")
	f("00:1a:2b:3c:4d", "00:1a:2b:3c:4d")
	f("dead.beef.cafe", "dead.beef.cafe")
}

func TestScanPhone(t *testing.T) {
	f := check(t, "")
	f("call +14155550123 now", "call ⟦phone⟧ now")
	f("+44 20 7946 0958", "⟦phone⟧")
	f("+1 (415) 555-0123", "⟦phone⟧")
	f("(555) 123-4567", "⟦phone⟧")
	f("555.123.4567 or 555-123-4567", "⟦phone⟧ or ⟦phone⟧")
	f("From: <sip:+14155550123@pbx.example.com>", "From: <sip:⟦phone⟧@pbx.example.com>")
	f("tel:+1-415-555-0123", "tel:⟦phone⟧")
	f("to=%2B447946095800&x", "to=⟦phone⟧&x")
	f("caller=4155550123 dur=35", "caller=⟦phone⟧ dur=35")
	f(`"callee": "07700900123"`, `"callee": "⟦phone⟧"`)
	f("src=14155550123,dst=4420794609", "src=⟦phone⟧,dst=⟦phone⟧")
	f("msisdn=447700900123", "msisdn=⟦phone⟧")
	f("clid=\"+4930123456\"", "clid=\"⟦phone⟧\"")
	f("phone_number=030 1234567", "phone_number=⟦phone⟧")
	// Look-alikes.
	f("bytes=4155550123 dur=1500ms", "bytes=4155550123 dur=1500ms")
	f("ts=1700000000 epoch_ms=1700000000123", "ts=1700000000 epoch_ms=1700000000123")
	f("to=1700000000", "to=1700000000")
	f("src=10.0.0.1:5060 dst=192.168.100.200", "src=⟦ipv4⟧:5060 dst=⟦ipv4⟧")
	f("to=2026-11-23", "to=2026-11-23")
	f("[23/Nov/2026:20:15:03 +0000] 200 5123 0.035", "[23/Nov/2026:20:15:03 +0000] 200 5123 0.035")
	f("id 4155550123", "id 4155550123")
	f("200 123 4567", "200 123 4567")
	f("port 5060 +05:30", "port 5060 +05:30")
	f("2026-11-23T20:15:03Z", "2026-11-23T20:15:03Z")
	f("order 155-123-4567", "order 155-123-4567")
	f("1.555.123.4567", "⟦phone⟧") // trunk prefix 1 and a NANP number
	f("1.2.555.123.4567", "1.2.555.123.4567")
}

func TestScanPhoneKey(t *testing.T) {
	f := check(t, "caller")
	f("4155550123", "⟦phone⟧")
	f("sip:4155550123@pbx", "sip:⟦phone⟧@pbx")
	f("+1 415 555 0123", "⟦phone⟧")
	f("1700000000", "1700000000")
	f("10.1.2.3", "⟦ipv4⟧")
	f("12345", "⟦phone⟧") // an extension, as caller=12345 reads
	f("12345 at desk", "⟦phone⟧ at desk")
}

func TestScanCard(t *testing.T) {
	f := check(t, "")
	f("card 4111111111111111 x", "card ⟦card⟧ x")
	f("4111 1111 1111 1111", "⟦card⟧")
	f("4111-1111-1111-1111", "⟦card⟧")
	f("5500 0000 0000 0004", "⟦card⟧")
	f("2223000048400011", "⟦card⟧")
	f("amex 378282246310005 and 3782 822463 10005", "amex ⟦card⟧ and ⟦card⟧")
	f("6011111111111117 3530111333300000 30569309025904 6200000000000005", "⟦card⟧ ⟦card⟧ ⟦card⟧ ⟦card⟧")
	f(`{"pan":"4012888888881881"}`, `{"pan":"⟦card⟧"}`)
	f("4111 1111 1111 1111 2026", "⟦card⟧ 2026")
	// Look-alikes.
	f("order 4111111111111112", "order 4111111111111112")
	f("id 1234567890123452", "id 1234567890123452") // Luhn-valid, no issuer
	f("ms 1700000000123", "ms 1700000000123")
	f("41111111111111111111", "41111111111111111111")
	f("4111-1111 1111-1111", "4111-1111 1111-1111")
	f("v4111111111111111", "v4111111111111111")
}

func TestScanIBAN(t *testing.T) {
	f := check(t, "")
	f("iban DE89370400440532013000 x", "iban ⟦iban⟧ x")
	f("DE89 3704 0044 0532 0130 00", "⟦iban⟧")
	f("GB82 WEST 1234 5698 7654 32.", "⟦iban⟧.")
	f("FR1420041010050500013M02606", "⟦iban⟧")
	f("NO9386011117947", "⟦iban⟧")
	// Look-alikes.
	f("DE89370400440532013001", "DE89370400440532013001")
	f("DE8937040044053201300", "DE8937040044053201300")
	f("XX89370400440532013000", "XX89370400440532013000")
}

func TestScanSSN(t *testing.T) {
	f := check(t, "")
	f("ssn 123-45-6789 x", "ssn ⟦ssn⟧ x")
	f("ssn=078-05-1120", "ssn=⟦ssn⟧")
	f("ssn=123456789", "ssn=⟦ssn⟧")
	// Look-alikes.
	f("000-12-3456 666-12-3456 912-34-5678 123-00-4567 123-45-0000", "000-12-3456 666-12-3456 912-34-5678 123-00-4567 123-45-0000")
	f("id=123456789", "id=123456789")
	f("2026-11-23 a-123-45-6789", "2026-11-23 a-123-45-6789")
	g := check(t, "ssn")
	g("123456789", "⟦ssn⟧")
	g("923456789", "923456789")
}

func TestScanSecrets(t *testing.T) {
	f := check(t, "")
	jwt := "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
	f("jwt "+jwt+" x", "jwt ⟦jwt⟧ x")
	f("GET /cb?code=1&state="+jwt+"&x=1", "GET /cb?code=1&state=⟦jwt⟧&x=1")
	f("Authorization: Bearer abc.def-ghi_jkl", "Authorization: Bearer ⟦auth_header⟧")
	f("authorization: Basic dXNlcjpwYXNz", "authorization: Basic ⟦auth_header⟧")
	f(`"Authorization":"Bearer `+jwt+`"`, `"Authorization":"Bearer ⟦auth_header⟧"`)
	f("hdr Bearer 0123456789abcdefABCD", "hdr Bearer ⟦auth_header⟧")
	f("auth Basic dXNlcjpwYXNz", "auth Basic ⟦auth_header⟧")
	f("key AKIAIOSFODNN7EXAMPLE x", "key ⟦aws_key⟧ x")
	f("X-Amz-Credential=ASIAY34FZKBOKMUTVV7A/20261123/us-east-1", "X-Amz-Credential=⟦aws_key⟧/20261123/us-east-1")
	f("GET /x?token=abc123&page=2", "GET /x?token=⟦secret⟧&page=2")
	f("/login?user=bob&password=hunter2", "/login?user=⟦name⟧&password=⟦secret⟧")
	f("Cookie: sid=31d4d96e407aad42; theme=dark", "Cookie: sid=⟦secret⟧; theme=dark")
	f("Cookie: PHPSESSID=el4ukv0kqbvoirg7nkp4dncpk3; JSESSIONID=ABC123", "Cookie: PHPSESSID=⟦secret⟧; JSESSIONID=⟦secret⟧")
	f("X-Api-Key: 9f8e7d6c5b4a", "X-Api-Key: ⟦secret⟧")
	f(`{"password":"p@ss \"w\" 1","user":"bob"}`, `{"password":"⟦secret⟧","user":"⟦name⟧"}`)
	f(`"client_secret": "s3cr3t", "api_key":null`, `"client_secret": "⟦secret⟧", "api_key":null`)
	f("access_token=x9y8&csrf_token=y7z6", "access_token=⟦secret⟧&csrf_token=⟦secret⟧")
	// Look-alikes.
	f("tokens=5 secretary=alice passwordless=true", "tokens=5 secretary=alice passwordless=true")
	f("Basic auth failed", "Basic auth failed")
	f("Bearer realm=\"api\"", "Bearer realm=\"api\"")
	f("AKIAIOSFODNN7EXAMPL AKIAIOSFODNN7EXAMPLEX", "AKIAIOSFODNN7EXAMPL AKIAIOSFODNN7EXAMPLEX")
	f("eyJhbGciOi.notajwt", "eyJhbGciOi.notajwt")
	f("token= x", "token= x")

	g := check(t, "password")
	g("hunter2 and more", "⟦secret⟧")
	g("", "")
	h := check(t, "Authorization")
	h("Bearer abc", "Bearer ⟦auth_header⟧")
	h("abc", "⟦auth_header⟧")
}

func TestScanLookAlikes(t *testing.T) {
	f := check(t, "")
	for _, in := range []string{
		"uuid 550e8400-e29b-41d4-a716-446655440000",
		"sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		"2026-11-23T20:15:03Z [23/Nov/2026:20:15:03 +0000] 1732392903",
		"bytes=1048576 rt=0.123 upstream_rt=1.5s dur=35000ms port=8443",
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
		"GET /static/app.min.js?v=1.2.3 HTTP/1.1",
		"order_id=4111111111111112 qty=3",
	} {
		f(in, in)
	}
}

// TestScanKeyCache checks that the per-scanner cache of key contexts always
// agrees with keyContext, across keys that share a cache slot.
func TestScanKeyCache(t *testing.T) {
	s := allOn()
	keys := []string{"password", "caller", "ssn", "bytes", "passwoRd", "callee", "x", "token", "tokens",
		"a_very_long_key_name_beyond_the_cache_size_password", "msisdn", "phone_number", "sid", "sia", "tid", "user.password", "user.name"}
	for round := 0; round < 3; round++ {
		for i := range keys {
			k := keys[(i*7+round)%len(keys)]
			s.key = []byte(k)
			if got, want := s.cachedContext(s.key), keyContext(s.key); got != want {
				t.Fatalf("round %d: cached context of %q = %d, want %d", round, k, got, want)
			}
		}
	}
}
