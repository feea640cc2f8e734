package redact

import (
	"testing"

	"github.com/redactd/redactd/redact/textfmt"
)

func TestFixedHead(t *testing.T) {
	f := func(name, v string, want int) {
		t.Helper()
		if got := fixedHead([]byte(name), []byte(v)); got != want {
			t.Errorf("fixedHead(%q, %q) = %d, want %d", name, v, got, want)
		}
	}
	f("time_local", "23/Nov/2026:20:00:00 +0000", 26)
	f("time_local", "23/Nov/2026:20:00:00 -0700", 26)
	f("time_local", "23/Now/2026:20:00:00 +0000", 0)
	f("time_local", "23/Nov/2026:20:00:00 +000", 0)
	f("time_local", "23/Nov/2026:20:00:00.5 +00", 0)
	f("time_local", "alice@example.com 23/Nov/2", 0)
	f("date", "2026-11-23", 10)
	f("date", "2026-11-2x", 0)
	f("date", "4155550123", 0)
	f("time", "20:00:00", 8)
	f("time", "20:00:00.123", 12)
	f("time", "20:00:00.", 0)
	f("time", "20:00:00Z", 0)
	f("time", "2001:db8::1", 0)
	f("status", "200", 3)
	f("sc-status", "404", 3)
	f("status", "2001", 0)
	f("status", "-", 0)
	f("cs-method", "GET", 3)
	f("cs-method", "OPTIONS", 7)
	f("cs-method", "TOKEN", 0) // not a method: may be a key name
	f("cs-method", "get", 0)
	f("cs-protocol-version", "HTTP/2.0", 8)
	f("cs-protocol-version", "HTTP/3", 6)
	f("cs-protocol-version", "HTTP/1.1x", 0)
	f("request", "GET /a?email=bob@example.com HTTP/1.1", 4)
	f("request", "PROPFIND /dav HTTP/1.1", 0)
	f("request", "GET", 0)
	f("request", "\x16\x03\x01\x02\x00", 0) // a TLS handshake sent to the HTTP port
	f("remote_addr", "2026-11-23", 0)       // by name and shape only
	f("http_referer", "20:00:00", 0)
}

// TestFixedFields: a fixed-syntax field is copied only where that changes
// nothing that is found; everything around it is read as before.
func TestFixedFields(t *testing.T) {
	e := mustEngine(t, DefaultOptions())
	f := checker(t, e.NewRedactor(), FormatAuto, true)
	// The time and the method are copied; the target, the referer and
	// the extras are read as ever.
	f(`203.0.113.7 - - [23/Nov/2026:20:00:00 +0000] "GET /a?email=bob@example.com&t=1795464000 HTTP/1.1" 200 512 "https://x.example/?ip=198.51.100.7" "curl/8.5.0" rt=0.012 ip=192.0.2.55`,
		`203.0.113.0 - - [23/Nov/2026:20:00:00 +0000] "GET /a?email=[email]&t=1795464000 HTTP/1.1" 200 512 "https://x.example/?ip=198.51.100.0" "curl/8.5.0" rt=0.012 ip=192.0.2.0`)
	// A time that is no $time_local is scanned with the run.
	f(`203.0.113.7 - - [call 4155550123 at 20:00] "GET / HTTP/1.1" 200 5 "-" "-"`,
		`203.0.113.0 - - [call 4155550123 at 20:00] "GET / HTTP/1.1" 200 5 "-" "-"`)
	// CloudFront: date and time lead the line.
	f("#Fields: date time c-ip cs-method cs-uri-query sc-status", "#Fields: date time c-ip cs-method cs-uri-query sc-status")
	f("2026-11-23\t20:00:00\t198.51.100.23\tPOST\temail=bob%40example.com\t200",
		"2026-11-23\t20:00:00\t198.51.100.0\tPOST\temail=[email]\t200")

	// Declared columns: a method after a run with something in it stays
	// in the run, so that what starts before it may run across it (here
	// a password's value).
	r := e.NewRedactor()
	if err := r.SetText(TextFields, textfmt.Config{Format: textfmt.W3C, Columns: []string{"k", "op", "cs-method", "n"}}); err != nil {
		t.Fatal(err)
	}
	g := checker(t, r, FormatAuto, true)
	g("password = GET 1", "password = [secret] 1")
	if err := r.SetText(TextFields, textfmt.Config{Format: textfmt.W3C, Columns: []string{"cs-method", "kv"}}); err != nil {
		t.Fatal(err)
	}
	g("GET password=hunter2", "GET password=[secret]")
}
