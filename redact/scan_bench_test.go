package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// scanCDNLines returns n realistic CDN access log lines of about 400 bytes.
// 60% of them carry personal data (a client IPv4 or IPv6 address, and
// sometimes an e-mail, token, card or phone number in the URL); the others
// carry none, and no IP either.
func scanCDNLines(n int, seed uint64) [][]byte {
	r := rand.New(rand.NewPCG(seed, 1))
	clean := []string{
		"/static/js/app.4f9c2b.min.js", "/api/v2/orders/88412/items?page=2&per_page=50",
		"/images/products/sku-118842/main@2x.webp", "/video/seg-00042.m4s?bitrate=4500000&cdn=edge-fra-3",
		"/health", "/fonts/inter-var.woff2?v=3.19",
	}
	personal := []string{
		"/checkout/confirm?session=31d4d96e407aad42&step=3", "/u/profile?email=alice.smith%40example.com&ref=newsletter",
		"/login?user=bob&next=%2Fhome", "/pay?pan=4111111111111111&exp=12%2F29",
		"/sip/callback?caller=%2B14155550123&dur=35", "/api/v2/orders/88412/items?page=2&per_page=50",
	}
	uas := []string{
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
		"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
		"Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
		"curl/8.5.0",
	}
	out := make([][]byte, n)
	for k := range out {
		pii := r.IntN(10) < 6
		ip, path := "-", clean[r.IntN(len(clean))]
		if pii {
			if r.IntN(4) == 0 {
				ip = fmt.Sprintf("2001:db8:%x::%x", r.IntN(65536), r.IntN(65536))
			} else {
				ip = fmt.Sprintf("203.0.%d.%d", r.IntN(256), r.IntN(256))
			}
			if r.IntN(3) == 0 {
				path = personal[r.IntN(len(personal))]
			}
		}
		line := fmt.Sprintf(`%s - - [23/Nov/2026:20:15:%02d +0000] "GET %s HTTP/1.1" %d %d "https://www.example.com/shop/cart" "%s" rt=%d.%03d urt=0.%03d cache=%s host=cdn.example.com req_id=%016x ssl=TLSv1.3 cipher=TLS_AES_128_GCM_SHA256 pop=FRA56-P3 ttfb=0.%03d`,
			ip, r.IntN(60), path, 200+r.IntN(3)*100, r.IntN(1<<20), uas[r.IntN(len(uas))], r.IntN(3), r.IntN(1000),
			r.IntN(1000), []string{"HIT", "MISS"}[r.IntN(2)], r.Uint64(), r.IntN(1000))
		out[k] = []byte(line)
	}
	return out
}

// scanAll applies next over src until there is no more match.
func scanAll(s *scanner, src []byte) int {
	c := 0
	for from := 0; ; {
		m, ok := s.next(src, from)
		if !ok {
			return c
		}
		c++
		from = m.end
	}
}

func TestScanNoAllocs(t *testing.T) {
	s := allOn()
	lines := scanCDNLines(200, 7)
	extra := [][]byte{
		[]byte(`{"user":"alice@example.com","ip":"2001:db8::1","card":"4111 1111 1111 1111","iban":"DE89370400440532013000"}`),
		[]byte("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig Cookie: sid=abc; caller=4155550123 ssn 123-45-6789 mac 00:1a:2b:3c:4d:5e AKIAIOSFODNN7EXAMPLE"),
	}
	lines = append(lines, extra...)
	found := 0
	allocs := testing.AllocsPerRun(20, func() {
		for _, l := range lines {
			found += scanAll(s, l)
		}
	})
	if allocs != 0 {
		t.Errorf("scanning allocates %.1f times per run, want 0", allocs)
	}
	if found == 0 {
		t.Fatal("found nothing: the corpus is wrong")
	}
	for _, kv := range jsonValues {
		s.key = []byte(kv[0])
		src := []byte(kv[1])
		if a := testing.AllocsPerRun(20, func() { scanAll(s, src) }); a != 0 {
			t.Errorf("scanning %q under key %q allocates %.1f times per run, want 0", kv[1], kv[0], a)
		}
	}
}

// jsonValues are JSON string values with their keys, as the engine's JSON
// walker hands them to the scanner.
var jsonValues = [][2]string{
	{"password", "hunter2"}, {"caller", "+14155550123"}, {"msisdn", "447700900123"}, {"ssn", "123456789"},
	{"Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"}, {"user_agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.0.0"},
	{"client_ip", "203.0.113.7"}, {"message", "login failed for alice@example.com from 2001:db8::1"},
	{"path", "/api/v2/orders/88412/items?page=2&per_page=50"}, {"duration_ms", "35"}, {"ts", "2026-11-23T20:15:03Z"},
	{"trace_id", "4bf92f3577b34da6a3ce929d0e0e4736"}, {"level", "info"}, {"service", "checkout"},
}

// BenchmarkScanJSONValues scans JSON string values one by one under their
// keys, the way the engine's JSON walker calls the scanner.
func BenchmarkScanJSONValues(b *testing.B) {
	s := allOn()
	keys, vals := make([][]byte, len(jsonValues)), make([][]byte, len(jsonValues))
	size := 0
	for i, kv := range jsonValues {
		keys[i], vals[i] = []byte(kv[0]), []byte(kv[1])
		size += len(kv[1])
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i := range vals {
			s.key = keys[i]
			scanAll(s, vals[i])
		}
	}
}

func BenchmarkScan(b *testing.B) {
	for _, bc := range []struct {
		name string
		pii  bool
	}{{"cdn", true}, {"cdn-nopii", false}} {
		b.Run(bc.name, func(b *testing.B) {
			lines := scanCDNLines(1000, 1)
			if !bc.pii {
				for k, l := range lines {
					if l[0] != '-' {
						lines[k] = nil
					}
				}
			}
			var size int64
			var use [][]byte
			for _, l := range lines {
				if l != nil {
					size += int64(len(l))
					use = append(use, l)
				}
			}
			s := allOn()
			b.SetBytes(size / int64(len(use)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				scanAll(s, use[i%len(use)])
			}
		})
	}
}

// BenchmarkScanPathological scans 1 MiB lines built to make a careless
// scanner go quadratic: endless key names, local parts without a domain,
// dotted numbers, base64 runs, digit runs.
func BenchmarkScanPathological(b *testing.B) {
	for _, bc := range []struct{ name, unit string }{
		{"keys", "a.b-c_d."}, {"email", "alice.x+y@"}, {"dotted", "1.2.3.4."}, {"colons", "1:2:3:"},
		{"jwt", "eyJhbGciOiJub25lIn0."}, {"digits", "4111 1111 "}, {"phone", "+1 2-3 "}, {"quoted", `"token":"x\"`},
		// many detections and no '@': the e-mail look-ahead must not be
		// searched again for each one (it was: 1.4 s for this 1 MiB line)
		{"many-ips", "ab 10.1.2.3 "},
		// key=value runs and cookie headers: a cookie's value is read once
		// (scan_cookie.go; an unbounded look at each key was quadratic)
		{"pairs", "fieldname=value&"}, {"cookie-pairs", "Cookie: a=b=c=d; "}, {"quoted-cookies", `"k=v1234567; `},
	} {
		src := []byte(strings.Repeat(bc.unit, (1<<20)/len(bc.unit)))
		b.Run(bc.name, func(b *testing.B) {
			s := allOn()
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				scanAll(s, src)
			}
		})
	}
}
