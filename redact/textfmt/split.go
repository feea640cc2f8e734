package textfmt

import "bytes"

// querySep separates the parts of a query string or form body.
var querySep = [256]bool{'&': true, ';': true}

// SplitQuery appends the parameters of a URL query string or an
// application/x-www-form-urlencoded body (a=1&b=2, also with ';' between
// parameters) to dst and returns it. Offsets are relative to s: for
// name=value, Name is s[NameStart:NameStart+len(Name)] and s[Start:End] is
// the value; a part without '=' is a value without a name (Name nil,
// NameStart -1), since it may itself be data; empty parts are skipped. A
// leading '?' is skipped. Nothing is decoded: the caller decodes %XX and
// '+' in what it rewrites.
//
// To split a field f of a record, pass rec[f.Start:f.End] and add f.Start.
// It does not allocate (beyond growing dst).
func SplitQuery(dst []Field, s []byte) []Field {
	i := 0
	if len(s) > 0 && s[0] == '?' {
		i = 1
	}
	for i < len(s) {
		j := i
		for j < len(s) && !querySep[s[j]] {
			j++
		}
		if j > i {
			if eq := bytes.IndexByte(s[i:j], '='); eq >= 0 {
				dst = append(dst, Field{Name: s[i : i+eq : i+eq], NameStart: int32(i), Start: int32(i + eq + 1), End: int32(j)})
			} else {
				dst = append(dst, Field{NameStart: -1, Start: int32(i), End: int32(j)})
			}
		}
		i = j + 1
	}
	return dst
}

// SplitCookie appends the cookies of a Cookie header value (a=b; c=d) or
// the cookie and attributes of a Set-Cookie value (id=x; Path=/;
// Expires=Wed, 21 Oct 2015 07:28:00 GMT; Secure) to dst and returns it.
// Parts are separated by ';'; blanks around names and values are not part
// of them, and a value in double quotes is the span inside the quotes
// (cookie values have no escapes). A part without '=' (Secure, HttpOnly)
// is a value without a name; empty parts are skipped. Offsets are
// relative to s, as for SplitQuery.
//
// It does not allocate (beyond growing dst).
func SplitCookie(dst []Field, s []byte) []Field {
	for i := 0; i < len(s); {
		j := i + bytes.IndexByte(s[i:], ';')
		if j < i {
			j = len(s)
		}
		a, b := trimBlank(s, i, j)
		if a < b {
			eq := bytes.IndexByte(s[a:b], '=')
			if eq < 0 {
				dst = append(dst, Field{NameStart: -1, Start: int32(a), End: int32(b)})
			} else {
				na, nb := trimBlank(s, a, a+eq)
				va, vb := trimBlank(s, a+eq+1, b)
				if vb-va >= 2 && s[va] == '"' && s[vb-1] == '"' {
					va, vb = va+1, vb-1
				}
				dst = append(dst, Field{Name: s[na:nb:nb], NameStart: int32(na), Start: int32(va), End: int32(vb)})
			}
		}
		i = j + 1
	}
	return dst
}

// trimBlank returns the span s[a:b] without leading and trailing blanks.
func trimBlank(s []byte, a, b int) (int, int) {
	for a < b && blank(s[a]) {
		a++
	}
	for b > a && blank(s[b-1]) {
		b--
	}
	return a, b
}

// FindQuery returns the span s[start:end] of the query string in a request
// line ("GET /p?q=1 HTTP/1.1"), a URL ("https://h/p?q=1#frag") or a path
// ("/p?q=1"): from just after the first '?' to a '#', the space before a
// trailing HTTP/ version, or the end. ok is false when there is no '?'.
// The span may be empty ("/p?").
//
// It does not allocate.
func FindQuery(s []byte) (start, end int, ok bool) {
	q := bytes.IndexByte(s, '?')
	if q < 0 {
		return 0, 0, false
	}
	end = len(s)
	if sp := bytes.LastIndexByte(s, ' '); sp > q && bytes.HasPrefix(s[sp+1:], []byte("HTTP/")) {
		end = sp
	}
	if h := bytes.IndexByte(s[q+1:end], '#'); h >= 0 {
		end = q + 1 + h
	}
	return q + 1, end, true
}
