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
func mark(t testing.TB, s *scanner, in string) string {
	t.Helper()
	src := []byte(in)
	var b strings.Builder
	last := 0
	for from := 0; from <= len(src); {
		m, ok := s.next(src, from)
		if !ok {
			break
		}
		if m.start < from || m.end <= m.start || m.end > len(src) {
			t.Fatalf("next(%q, %d) = [%d,%d) %v: bad span", in, from, m.start, m.end, m.det)
		}
		b.WriteString(in[last:m.start])
		b.WriteString("⟦" + m.det.String() + "⟧")
		last, from = m.end, m.end
	}
	b.WriteString(in[last:])
	return b.String()
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
	f("alice@example", "alice@example")
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
	f("password", ctxSecret)
	f(`"Password"`, ctxSecret)
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
}
