package redact

// Matrix user ids (Matrix specification, Appendices: Identifier Grammar,
// User Identifiers): '@', the localpart, ':' and the user's homeserver,
// "@jane.doe:example.org". Homeservers write them in their logs where a
// request's user stands (Synapse's "{@jane.doe:example.org} Processed
// request", "Logging in user @jane.doe:example.org"), bridges and bots in
// their messages. The localpart is the person's login on the server; the
// server name is the organisation's and stays.
//
// The start is the '@' (home_dir's start, registry.go): a word of its own
// (no letter, digit or address byte before it), then a localpart of the
// grammar's bytes holding a letter, ':' and a server name of two labels
// or more whose last is a word of letters (a port may follow). Room ids
// ('!') and event ids ('$') are ids of things and stay.
//
// In a URL path the id is percent-encoded, "%40jane.doe%3Aexample.org"
// (Synapse's client API: /profile/{userId}, /user/{userId}/filter); the
// profile route reads it there (matrixPctAt).

// matrixLocalByte reports whether c may stand in a localpart: the
// grammar's a-z, 0-9, '.', '_', '=', '-', '/', and '+' (and upper case,
// which historical ids keep).
func matrixLocalByte(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '=' || c == '-' || c == '/' || c == '+'
}

// matrixIDAt reports, cheaply, whether a Matrix user id may begin at the
// '@' at src[i]: nothing that joins it to a word before it, a letter after.
func matrixIDAt(src []byte, i int) bool {
	if i+1 >= len(src) || src[i] != '@' || !isAlpha(src[i+1]) {
		return false
	}
	if i > 0 {
		switch c := src[i-1]; {
		case isAlnum(c), c >= 0x80, c == '.', c == '_', c == '-', c == '%', c == '/', c == '+', c == '=', c == '@':
			return false
		}
	}
	return true
}

// scanMatrixID matches the localpart of the Matrix user id whose '@' is
// at src[i].
func scanMatrixID(src []byte, i int) (hit, bool) {
	if !matrixIDAt(src, i) {
		return hit{}, false
	}
	v := i + 1
	e := v
	for e < len(src) && e-v <= 255 && matrixLocalByte(src[e]) {
		e++
	}
	if e >= len(src) || src[e] != ':' || !matrixServerAt(src, e+1) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// matrixServerAt reports whether a homeserver's name begins at src[a]: a
// DNS name of two labels or more, its last of two letters or more, then
// an optional port, then no byte that would go on with the name.
func matrixServerAt(src []byte, a int) bool {
	n := len(src)
	e, dots, last := a, 0, a
	for e < n && (isAlnum(src[e]) || src[e] == '-' || src[e] == '.' && e+1 < n && isAlnum(src[e+1])) {
		if src[e] == '.' {
			dots++
			last = e + 1
		}
		e++
	}
	if dots == 0 || e-last < 2 {
		return false
	}
	for k := last; k < e; k++ {
		if !isAlpha(src[k]) {
			return false
		}
	}
	if e < n && src[e] == ':' {
		p := e + 1
		for p < n && isDigit(src[p]) {
			p++
		}
		if p == e+1 {
			return false
		}
		e = p
	}
	return e == n || !isAlnum(src[e]) && src[e] != '_' && src[e] != '@' && src[e] < 0x80
}

// matrixPctAt matches the localpart of a percent-encoded Matrix user id
// at src[v] ("%40jane.doe%3Aexample.org"): v is a path segment's start.
func matrixPctAt(src []byte, v int) (hit, bool) {
	if v+4 >= len(src) || src[v] != '%' || src[v+1] != '4' || src[v+2] != '0' || !isAlpha(src[v+3]) {
		return hit{}, false
	}
	s := v + 3
	e := s
	for e < len(src) && e-s <= 255 && matrixLocalByte(src[e]) && src[e] != '/' {
		e++
	}
	if e+3 >= len(src) || src[e] != '%' || src[e+1] != '3' || src[e+2]|0x20 != 'a' || !matrixServerAt(src, e+3) {
		return hit{}, false
	}
	return hit{det: DetName, start: s, end: e}, true
}
