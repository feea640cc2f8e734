package redact

import (
	"testing"

	"github.com/redactd/redactd/redact/textfmt"
)

// TestEdgeCookiesXFFDevices: an unnamed cookie header whose first cookie a
// key list names still has its other ids masked; an NCSA line whose first
// field is an X-Forwarded-For list is read as one, so its remote user is
// a login; a PC named after its user is found before a ';'.
func TestEdgeCookiesXFFDevices(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// varnishncsa -F '... "%{Cookie}i"': the first cookie a session's,
	// the ones after it ids no list names.
	f(`x "SESSID=vy2voyzm9dbct8lteu1cffnj00; intercom-id-8khheg7t=a2ba8fb9-f377-4ef6-8f92-c4252bc8c560; consent=1" 1662882 miss`,
		`x "SESSID=[secret]; intercom-id-8khheg7t=[secret]; consent=1" 1662882 miss`)
	f(`x "_ga=GA1.2.854098250.1699729890; hubspotutk=f16dddb0fe1b7a3f25175a27bb14c726; theme=dark" y`,
		`x "_ga=[secret]; hubspotutk=[secret]; theme=dark" y`)
	f(`x "PHPSESSID=fpqa0i1wxdnq11vraj2otfz323; _shopify_y=fa02474c-cbf9-42d3-80f3-99cfbdd01d40; uid=739d8233cb6223fb" y`,
		`x "PHPSESSID=[secret]; _shopify_y=[secret]; uid=[secret]" y`)
	// Not a cookie header: one pair in quotes, or pairs not joined by "; ".
	f(`msg="password=hunter2secret" build=20261123abc`, `msg="password=[secret]" build=20261123abc`)
	f(`"sid=0123456789abcdef;branch=z9hG4bK776asdhds"`, `"sid=[secret];branch=z9hG4bK776asdhds"`)

	// varnishncsa -F '%{X-Forwarded-For}i %l %u %t "%r" %s %b ...'.
	f(`203.0.113.121, 198.51.100.192 - lukas [23/Nov/2026:20:01:27 +0000] "GET /a HTTP/1.1" 200 80238 "-" "curl/8.5.0"`,
		`203.0.113.0, 198.51.100.0 - [name] [23/Nov/2026:20:01:27 +0000] "GET /a HTTP/1.1" 200 80238 "-" "curl/8.5.0"`)
	f(`2001:db8:2867:6a61::1281, 203.0.113.246 - mykola_dubois [23/Nov/2026:20:01:41 +0000] "GET / HTTP/2.0" 503 39274 "-" "-"`,
		`2001:db8:2867::, 203.0.113.0 - [name] [23/Nov/2026:20:01:41 +0000] "GET / HTTP/2.0" 503 39274 "-" "-"`)

	// Technitium's query lines: a bare host name named after its user.
	f(`[2026-11-23 20:01:06 UTC] [198.51.100.193:45936] [TLS] QNAME: dbondarenko-mbp; QTYPE: AAAA; QCLASS: IN; RCODE: NoError; ANSWER: []`,
		`[2026-11-23 20:01:06 UTC] [198.51.100.0:45936] [TLS] QNAME: [name]-mbp; QTYPE: AAAA; QCLASS: IN; RCODE: NoError; ANSWER: []`)
	f(`dhcp [jane-doe-laptop] <hostname>edubois-pc</hostname> QNAME: finance-pc; QNAME: kiosk-laptop;`,
		`dhcp [[name]-laptop] <hostname>[name]-pc</hostname> QNAME: finance-pc; QNAME: kiosk-laptop;`)
}

// TestMaskTokenThenPunctuation: a name key's value whose only letters
// are an earlier pass's mask tokens is left as it is: a caller name that
// was a number ("4930690000\"" in FreeSWITCH's CSV) is not masked again
// as a name.
func TestMaskTokenThenPunctuation(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	if err := r.SetText(TextFields, textfmt.DefaultConfig(textfmt.FreeSWITCH)); err != nil {
		t.Fatal(err)
	}
	f := redactsTo(t, r)
	f(`4930690000",4930690000`, `[phone]",[phone]`)
	f(`[phone]",[phone]`, `[phone]",[phone]`)
	f(`4930690000"0,4930690000`, `[phone]"0,[phone]`)
	f(`[phone]"0,[phone]`, `[phone]"0,[phone]`)
	f(`[phone]"[phone],2`, `[phone]"[phone],2`)
	f(` 9306900 ,0000000 9306900`, ` [phone] ,[phone] [phone]`)
	f(` [phone] ,[phone] [phone]`, ` [phone] ,[phone] [phone]`)
	f(`Bob",2`, `[name],2`)
	f(`[phone]x,2`, `[name],2`)
	f(`[phone] Bob,2`, `[name],2`)
}
