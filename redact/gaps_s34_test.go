package redact

import "testing"

// TestCombinedBehindHeader: an access log line behind a header it does
// not have on its own (nginx's access_log syslog:, a relay's syslog header,
// Apache's vhost_combined) is still read by its fields: the remote user is
// a login by its place, as it is in the bare line.
func TestCombinedBehindHeader(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`<190>Dec  7 16:00:00 web01 nginx: 203.0.113.7 - maria [07/Dec/2026:16:00:00 +0000] "GET /account?id=4 HTTP/1.1" 200 512 "https://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64)"`,
		`<190>Dec  7 16:00:00 web01 nginx: 203.0.113.0 - [name] [07/Dec/2026:16:00:00 +0000] "GET /account?id=4 HTTP/1.1" 200 512 "https://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64)"`)
	f(`<190>1 2026-12-07T16:00:00.000Z web01 nginx - - - 2001:db8::7 - jdoe [07/Dec/2026:16:00:00 +0100] "POST /login HTTP/2.0" 302 0 "-" "Mozilla/5.0"`,
		`<190>1 2026-12-07T16:00:00.000Z web01 nginx - - - 2001:db8:: - [name] [07/Dec/2026:16:00:00 +0100] "POST /login HTTP/2.0" 302 0 "-" "Mozilla/5.0"`)
	f(`web01 httpd: www.example.com:443 198.51.100.4 - bob [07/Dec/2026:16:00:00 +0000] "GET / HTTP/1.1" 200 1024 "-" "-"`,
		`web01 httpd: www.example.com:443 198.51.100.0 - [name] [07/Dec/2026:16:00:00 +0000] "GET / HTTP/1.1" 200 1024 "-" "-"`)
	f(`www.example.com:443 198.51.100.4 - bob [07/Dec/2026:16:00:00 +0000] "GET / HTTP/1.1" 200 1024 "-" "-"`,
		`www.example.com:443 198.51.100.0 - [name] [07/Dec/2026:16:00:00 +0000] "GET / HTTP/1.1" 200 1024 "-" "-"`)
	f(`Dec  7 16:00:00 lb1 haproxy[77]: 203.0.113.7, 10.0.0.1 - ann [07/Dec/2026:16:00:00 +0000] "GET /?email=ann%40example.com HTTP/1.1" 200 1024 "-" "-"`,
		`Dec  7 16:00:00 lb1 haproxy[77]: 203.0.113.0, 10.0.0.0 - [name] [07/Dec/2026:16:00:00 +0000] "GET /?email=[email] HTTP/1.1" 200 1024 "-" "-"`)
	// Without a user, or with a user of two words in the bare line, the
	// line reads as before; the header's own words stay.
	f(`Dec  7 16:00:00 web01 nginx: 203.0.113.7 - - [07/Dec/2026:16:00:00 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"`,
		`Dec  7 16:00:00 web01 nginx: 203.0.113.0 - - [07/Dec/2026:16:00:00 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"`)
	f(`203.0.113.7 - John Smith [07/Dec/2026:16:00:00 +0000] "GET / HTTP/1.1" 200 1024 "-" "-"`,
		`203.0.113.0 - [name] [07/Dec/2026:16:00:00 +0000] "GET / HTTP/1.1" 200 1024 "-" "-"`)
}
