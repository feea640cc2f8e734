package redact

// Ids and tokens that marketing, analytics and captcha services pass under
// names too common to be secrets by themselves, each recognised by its
// name and its own shape together:
//   - GA's client id (cid, client_id): the _ga cookie's random number and
//     first visit's epoch seconds (1489945657.1691089601), one browser
//     followed across visits, as the cookie it comes from;
//   - Matomo's visitor id (_id, and cid when forced) in a tracking
//     request's query: sixteen hex digits that follow one browser;
//   - the token a captcha widget gives the browser, sent to the
//     provider's siteverify as "response" (reCAPTCHA's 03A..., hCaptcha's
//     P1_..., Turnstile's 0....), and a Digest response: a long opaque
//     token, a credential while it is valid. "response" holding a status
//     line or a word stays.
// Elsewhere the same names hold look-alikes: an OAuth client_id, a
// campaign's cid, a document's _id, an HTTP response.

// opaqueKeyed reports whether v, the whole value of the key named key, is
// one of those ids or tokens. query is true for a parameter of a query
// string or form body (after '?' or '&'), where Matomo's ids are.
func opaqueKeyed(key, v []byte, query bool) bool {
	if !opaqueKey(key) {
		return false
	}
	switch len(key) {
	case 3:
		switch {
		case foldEq(key, "cid"):
			return gaClientID(v) || query && matomoVisitorID(v)
		case foldEq(key, "_id"):
			return query && matomoVisitorID(v)
		}
	case 8:
		if foldEq(key, "response") {
			return len(v) >= 32 && oauthCode(v)
		}
		return foldEq(key, "clientid") && gaClientID(v)
	case 9:
		return foldEq(key, "client_id") && gaClientID(v)
	}
	return false
}

// opaqueKey reports, cheaply, whether key may be one of opaqueKeyed's
// names: by its length and first byte.
func opaqueKey(key []byte) bool {
	switch len(key) {
	case 3:
		c := key[0] | 0x20
		return c == 'c' || key[0] == '_'
	case 8:
		c := key[0] | 0x20
		return c == 'r' || c == 'c'
	case 9:
		return key[0]|0x20 == 'c'
	}
	return false
}

// gaClientID reports whether v is Google Analytics' client id: a random
// number of five to ten digits, '.', and ten digits of epoch seconds
// (2001 to 2036).
func gaClientID(v []byte) bool {
	d := 0
	for d < len(v) && isDigit(v[d]) {
		d++
	}
	if d < 5 || d > 10 || len(v) != d+11 || v[d] != '.' {
		return false
	}
	t := v[d+1:]
	for _, c := range t {
		if !isDigit(c) {
			return false
		}
	}
	return t[0] == '1' || t[0] == '2' && t[1] <= '0'
}

// matomoVisitorID reports whether v is sixteen hex digits with a letter
// among them (Matomo's _id; a bare number is a count or a time).
func matomoVisitorID(v []byte) bool {
	if len(v) != 16 {
		return false
	}
	letter := false
	for _, c := range v {
		if !isHex(c) {
			return false
		}
		letter = letter || !isDigit(c)
	}
	return letter
}

// plainKeyTail reports whether the key "key" that starts at src[name]
// ends a longer name (idempotency_key, sort-key, cache_key) whose word
// before it makes no credential of it (keyQualifier): the longer name,
// read whole, said so already.
func plainKeyTail(src []byte, name, k int) bool {
	if k-name != 3 || name < 2 || src[name-1] != '_' && src[name-1] != '-' || !foldEq(src[name:k], "key") {
		return false
	}
	w := name - 1
	for w > 0 && isAlpha(src[w-1]) {
		w--
	}
	return w < name-1 && keyQualifier(src[w:name-1]) == 0
}
