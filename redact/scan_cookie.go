package redact

import "unsafe"

// Cookies whose names no list knows. The values a site sets to tell one
// browser from another (visitor, device and login ids of analytics, chat,
// CRM and CMS products: uid, hubspotutk, intercom-id-*, _shopify_y,
// wp_logged_in_*, remember_me) are ids of a person as the named session
// cookies are. Inside a cookie header's value, a value that looks like an
// id (letters and digits mixed, eight bytes or more) is masked as a secret
// whatever its name; short or plain values (cart=3, theme=dark,
// lang=en-US) and Set-Cookie's attributes stay.
//
// What makes a cookie header is the record's structure, never "; " alone
// (SIP's ;tag= and ;branch=, Content-Disposition's filename=, connection
// strings are no cookies):
//   - the value of a key or field that says Cookie or Set-Cookie (a JSON
//     "cookie" member, CloudFront's cs(Cookie), http_cookie, a
//     "Cookie: " header line, cookie="..." in a key=value log), for
//     which the key start marks the value's span (markCookies);
//   - a quoted field that is itself a list of pairs joined by "; ", as
//     nginx writes "$http_cookie" with no name.
// A cookie's value holds no key: after one, no key starts inside it, so a
// long value is read once.

// cookieAttrs are the names that are not cookies: Set-Cookie's attributes
// (RFC 6265 4.1), written as foldEq compares them ('-' as '_').
var cookieAttrs = []string{"path", "domain", "expires", "max_age", "samesite", "secure", "httponly",
	"priority", "partitioned", "version", "comment"}

// addrOf returns the address of src[i] (i may be len(src)): marks that must
// hold across the slices of one record are kept as addresses.
func addrOf(src []byte, i int) uintptr {
	return uintptr(unsafe.Pointer(unsafe.SliceData(src))) + uintptr(i)
}

// inCookies reports whether the key at src[i] is inside a cookie header's
// value: the scanned value's own key says Cookie, or a mark covers it.
func (s *scanner) inCookies(src []byte, i int) bool {
	if len(s.key) > 0 && s.kinfo.kind&kindCookie != 0 {
		return true
	}
	a := addrOf(src, i)
	return a >= s.cookieFrom && a < s.cookieTo
}

// cookieQuoted reports whether the key at src[i] opens a quoted field
// (a '"' before it): with a "; "-joined pair after its value, the field is
// an unnamed cookie header (see cookieValue).
func cookieQuoted(src []byte, i int) bool { return i > 0 && src[i-1] == '"' }

// markCookies marks the value of a cookie header key that starts at
// src[v] (at its opening quote, if any) up to its end: the closing quote,
// or the end of the line.
// A header inside the span already marked changes nothing (and is not
// read again: the spans marked in a record do not overlap).
func (s *scanner) markCookies(src []byte, v int) {
	if a := addrOf(src, v); a >= s.cookieFrom && a < s.cookieTo {
		return
	}
	e := v
	if v < len(src) && (src[v] == '"' || src[v] == '\'') {
		e = valueEndQ(src, v+1, src[v])
	} else {
		for e < len(src) && src[e] != '\n' && src[e] != '"' {
			e++
		}
	}
	s.cookieFrom, s.cookieTo = addrOf(src, v), addrOf(src, e)
}

// cookieValue returns the id-like value of the cookie whose name is
// src[name:k], followed directly by '=' and its value, when it is inside
// a cookie header's value.
func (s *scanner) cookieValue(src []byte, name, k int) (hit, bool) {
	n := len(src)
	v := k + 1
	if k+2 < n && src[k] == '\\' && src[k+1] == '=' {
		v++ // ArcSight CEF's escaped '=': cookie=visid_incap\=...
	} else if k+1 >= n || src[k] != '=' {
		return hit{}, false
	}
	in := s.inCookies(src, name)
	if !in && (v > k+1 || !cookieQuoted(src, name) && !cookieListAt(src, name, k)) {
		return hit{}, false
	}
	e := cookieEnd(src, v)
	if !in && !s.markQuotedCookies(src, name, e) {
		return hit{}, false
	}
	s.keyNone = max(s.keyNone, e) // a cookie's value holds no key
	if !cookieID(src[v:e]) {
		return hit{}, false
	}
	n0 := name
	for n0 > 0 && (isAlnum(src[n0-1]) || src[n0-1] == '-' || src[n0-1] == '_') {
		n0-- // the whole name: "Max-Age", whose key may start at "Age"
	}
	for _, a := range cookieAttrs {
		if foldEq(src[n0:k], a) {
			return hit{}, false
		}
	}
	return hit{det: DetSecret, start: v, end: e}, true
}

// cookieEnd returns the end of the cookie value that starts at src[v].
func cookieEnd(src []byte, v int) int {
	for v < len(src) && cookieOctet(src[v]) {
		v++
	}
	return v
}

// markQuotedCookies marks the quoted field that opens with the cookie
// whose name starts at src[name] and whose value ends at src[e] as a
// cookie header when another pair follows "; ", and reports whether it
// did. The first cookie may be one a key list names (SESSID, _ga): the
// ones after it are still read as cookies.
func (s *scanner) markQuotedCookies(src []byte, name, e int) bool {
	if e+2 >= len(src) || src[e] != ';' || src[e+1] != ' ' || !pairAt(src, e+2) {
		return false
	}
	s.markCookies(src, name-1)
	return true
}

// cookieListAt reports whether the pair whose name starts at src[name]
// (its '=' at src[k]) opens an unnamed, unquoted cookie header that ends
// the text: three pairs or more joined by "; " after a blank, up to the
// end or a quote (an Express morgan format's :req[cookie], a Go handler's
// r.Header.Get("Cookie")). Fewer pairs, or text after them, are no
// header.
func cookieListAt(src []byte, name, k int) bool {
	if name == 0 || src[name-1] != ' ' || k+1 >= len(src) || src[k] != '=' {
		return false
	}
	// The first pair's '=' is at src[k]: most keys' values end with no
	// "; " after them.
	e := cookieEnd(src, k+1)
	if e+2 >= len(src) || src[e] != ';' || src[e+1] != ' ' {
		return false
	}
	pairs := 1
	for i := e + 2; ; {
		if !pairAt(src, i) {
			return false
		}
		for i < len(src) && src[i] != '=' {
			i++
		}
		e := cookieEnd(src, i+1)
		pairs++
		switch {
		case e == len(src) || src[e] == '"' || src[e] == '\n':
			return pairs >= 3
		case e+2 < len(src) && src[e] == ';' && src[e+1] == ' ':
			i = e + 2
		default:
			return false
		}
	}
}

// cookieOctet reports whether c may be in a cookie's value (RFC 6265
// cookie-octet, and '%' escapes): not a blank, quote, comma, semicolon
// or backslash.
func cookieOctet(c byte) bool {
	return c > ' ' && c != '"' && c != ',' && c != ';' && c != '\\' && c != 0x7f
}

// pairAt reports whether a name and '=' begin at src[i].
func pairAt(src []byte, i int) bool {
	k := i
	for k < len(src) && k-i <= 64 && (isKeyByte(src[k]) || src[k] == '$') {
		k++
	}
	return k > i && k < len(src) && src[k] == '='
}

// cookieID reports whether a cookie's value reads as an id: eight bytes
// or more, with letters and digits mixed; or a number a site numbers its
// accounts or visitors with (acct=882913377, uid=1048576): seven digits
// or more that are no epoch time (ten or thirteen digits from a 1) and no
// compact date; or Google's click-id cookie's form, numbers joined by dots
// (_gcl_au=1.1.1234567890.1700000000), sixteen digits or more.
func cookieID(v []byte) bool {
	if len(v) < 7 {
		return false
	}
	letters, digits, dots := false, 0, 0
	for _, c := range v {
		switch {
		case isDigit(c):
			digits++
		case isAlpha(c):
			letters = true
		case c == '.':
			dots++
		}
	}
	switch {
	case letters:
		return digits > 0 && len(v) >= 8 && !isNullWord(v) && !dnsNameValue(v)
	case digits == len(v):
		return digits <= 20 && !(v[0] == '1' && (digits == 10 || digits == 13)) && !compactDate(v, 0)
	}
	return dots >= 2 && digits >= 16 && digits+dots == len(v)
}

// dnsNameValue reports whether a pair's value is a host name with or
// without the root's '.' (printer-3f.corp.example.com.): labels of
// letters, digits and '-', the last a top-level domain (hostName). A
// DNS server's message ("TCP=0; Source=…; QNAME=…; QTYPE=1; XID=…")
// has a cookie header's shape, and a host name is no visitor's id; one
// that names its owner is the device detector's.
func dnsNameValue(v []byte) bool {
	if len(v) > 0 && v[len(v)-1] == '.' {
		v = v[:len(v)-1]
	}
	dot := false
	for _, c := range v {
		if c == '.' {
			dot = true
		} else if !isAlnum(c) && c != '-' {
			return false
		}
	}
	return dot && hostName(v)
}

// A signed session cookie of Express (express-session, cookie-signature)
// is recognised by its value alone: "s:" and the session's id, a '.' and
// the base64 HMAC of the id without its padding, as a cookie writes it
// percent-encoded (s%3A<id>.<mac>, '+' and '/' of the MAC as %2B and %2F)
// or decoded. An application's log quotes it bare ("session
// s%3AaBc...  expired"), where no key names it.

// expressSessionAt reports, cheaply, whether the one-letter word src[i:w]
// opens a signed Express session value: "s" before "%3A" or ':'.
func expressSessionAt(src []byte, i, w int) bool {
	if w-i != 1 || src[i] != 's' || w+24 > len(src) {
		return false
	}
	return src[w] == ':' || src[w] == '%' && src[w+1] == '3' && src[w+2]|0x20 == 'a'
}

// scanExpressSession matches the signed Express session value at src[i]
// (expressSessionAt): an id of 16 to 64 bytes of base64url, '.', and a
// MAC of 27 bytes or more (SHA-1's or SHA-256's) of base64, percent
// escapes allowed.
func scanExpressSession(src []byte, i, w int) (hit, bool) {
	if !expressSessionAt(src, i, w) {
		return hit{}, false
	}
	v := w + 1
	if src[w] == '%' {
		v = w + 3
	}
	e := v
	for e < len(src) && e-v <= 64 && (isAlnum(src[e]) || src[e] == '-' || src[e] == '_') {
		e++
	}
	if e-v < 16 || e-v > 64 || e+1 >= len(src) || src[e] != '.' {
		return hit{}, false
	}
	m := e + 1
	k := m
	for k < len(src) && (isAlnum(src[k]) || src[k] == '+' || src[k] == '/' || src[k] == '%') {
		k++
	}
	if k-m < 27 || k < len(src) && (src[k] == '.' || src[k] == '-' || src[k] == '_') {
		return hit{}, false
	}
	return hit{det: DetSecret, start: i, end: k}, true
}
