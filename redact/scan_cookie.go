package redact

// Cookies whose names no list knows. A Cookie header (or a Set-Cookie
// line) is a list of name=value pairs joined by "; ", and the values a
// site sets to tell one browser from another (visitor, device and login
// ids of analytics, chat, CRM and CMS products: uid, hubspotutk,
// intercom-id-*, _shopify_y, wp_logged_in_*, remember_me) are ids of a
// person as the named session cookies are. In that shape, a value that
// looks like an id (letters and digits mixed, eight bytes or more) is
// masked as a secret whatever its name; short or plain values (cart=3,
// theme=dark, lang=en-US) and Set-Cookie's attributes stay. The shape is
// what matters, not the field: nginx logs $http_cookie as an unnamed
// quoted field, and the same list appears in JSON headers and text.

// cookieAttrs are the names that are not cookies: Set-Cookie's attributes
// (RFC 6265 4.1) and the parameters of a media type after "; ".
var cookieAttrs = []string{"path", "domain", "expires", "max-age", "samesite", "secure", "httponly",
	"priority", "partitioned", "version", "comment", "charset", "boundary"}

// cookieMinName is the shortest name read as a cookie's at the head of a
// list (with no "; " before it): shorter names pass the key start's
// prefilter only after "; " (see the key start's may).
const cookieMinName = 5

// cookieHead reports whether the key at src[i] opens a value that a
// Cookie or Set-Cookie key names.
func (s *scanner) cookieHead(i int) bool {
	return i == 0 && len(s.key) > 0 && s.kinfo.kind&kindCookie != 0
}

// afterCookieSep reports whether the key at src[name] follows "; ".
func afterCookieSep(src []byte, name int) bool {
	return name >= 2 && src[name-2] == ';' && src[name-1] == ' '
}

// cookieValue returns the id-like value of the cookie whose name is
// src[name:k], followed directly by '=' and its value at k+1, when the
// pair is part of a "; "-joined list of pairs.
//
// headed is set when the value being scanned is a cookie header's (its
// key says Cookie or Set-Cookie) and the pair opens it: then it is one
// whatever its name's length and whatever follows.
func cookieValue(src []byte, name, k int, headed bool) (hit, bool) {
	n := len(src)
	after := afterCookieSep(src, name) || headed
	if k+1 >= n || src[k] != '=' || !after && k-name < cookieMinName {
		return hit{}, false
	}
	v := k + 1
	e := v
	for e < n && cookieOctet(src[e]) {
		e++
	}
	// The list: a pair before ("a=b; " then this one), or one after. A
	// "; " at the start of src follows a detection (the scanner sees
	// nothing before it): a value that was a pair's.
	list := headed || e+2 < n && src[e] == ';' && src[e+1] == ' ' && pairAt(src, e+2)
	if after && !list {
		p := name - 3
		for ; p >= 0 && src[p] != ';' && src[p] != ' ' && src[p] != '"'; p-- {
			if src[p] == '=' {
				break
			}
		}
		list = p < 0 || src[p] == '='
	}
	if !list || !cookieID(src[v:e]) {
		return hit{}, false
	}
	for _, a := range cookieAttrs {
		if foldEq(src[name:k], a) {
			return hit{}, false
		}
	}
	return hit{det: DetSecret, start: v, end: e}, true
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
	for k < len(src) && (isKeyByte(src[k]) || src[k] == '$') {
		k++
	}
	return k > i && k < len(src) && src[k] == '='
}

// cookieID reports whether a cookie's value reads as an id: eight bytes
// or more, with letters and digits mixed.
func cookieID(v []byte) bool {
	if len(v) < 8 {
		return false
	}
	letters, digits := false, false
	for _, c := range v {
		switch {
		case isDigit(c):
			digits = true
		case isAlpha(c):
			letters = true
		}
	}
	return letters && digits && !isNullWord(v)
}
