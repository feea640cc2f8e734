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

// keyedSpan returns the part of v, the whole value of the key named key,
// that is one of those ids or tokens (end 0: none), and the userinfo of a
// proxy (a key that says proxy: login:password@host:port, with or without
// a scheme), whose login is the account's as much as the password is a
// secret. query is true for a parameter of a query string or form body
// (after '?' or '&'), where Matomo's ids are.
func keyedSpan(key, v []byte, query bool) (start, end int) {
	if len(v) < 8 {
		return 0, 0
	}
	switch len(key) {
	case 3:
		switch {
		case foldEq(key, "cid") && (gaClientID(v) || query && matomoVisitorID(v)),
			foldEq(key, "_id") && query && matomoVisitorID(v):
			return 0, len(v)
		}
	case 7, 8:
		// 2captcha's res.php answers {"status":1,"request":"<token>"}.
		if (foldEq(key, "response") || foldEq(key, "request")) && opaqueToken(v) ||
			(foldEq(key, "clientid") && gaClientID(v)) {
			return 0, len(v)
		}
	case 9:
		if foldEq(key, "client_id") && gaClientID(v) {
			return 0, len(v)
		}
	}
	if proxyKey(key) {
		return proxyUserinfo(v)
	}
	return 0, 0
}

// trackFirst[n] has bit c&31 set when one of keyedSpan's names of n bytes
// starts with the letter c (either case); a proxy's names end with "proxy".
var trackFirst = [12]uint32{
	3: 1<<('c'&31) | 1<<('_'&31),
	7: 1 << ('r' & 31),
	8: 1<<('r'&31) | 1<<('c'&31) | 1<<('p'&31),
	9: 1<<('c'&31) | 1<<('p'&31),
}

// trackGate reports, in a few instructions, whether key may be one of
// keyedSpan's names: it is asked of every key with no context of its own.
func trackGate(key []byte) bool {
	n := len(key)
	return n >= 3 && n < len(trackFirst) && (trackFirst[n]&(1<<(key[0]&31)) != 0 ||
		n >= 5 && key[n-1]|0x20 == 'y' && key[n-5]|0x20 == 'p')
}

// trackingKey reports whether key is one of keyedSpan's names. It is
// asked of every key with no context of its own: a length and a byte or
// two decide most.
func trackingKey(key []byte) bool {
	switch n := len(key); {
	case n < 3:
		return false
	case n == 3:
		return foldEq(key, "cid") || foldEq(key, "_id")
	case key[n-1]|0x20 == 'y':
		return proxyKey(key)
	case n == 7:
		return foldEq(key, "request")
	case n == 8:
		return foldEq(key, "response") || foldEq(key, "clientid") || foldEq(key, "proxyurl")
	case n == 9:
		return foldEq(key, "client_id") || foldEq(key, "proxy_url")
	}
	return false
}

// proxyKey reports whether key names a proxy: proxy, http_proxy,
// https_proxy, all_proxy, proxy_url, proxyUrl.
func proxyKey(key []byte) bool {
	n := len(key)
	switch {
	case n >= 5 && foldEq(key[n-5:], "proxy"):
		return n == 5 || key[n-6] == '_' || key[n-6] == '-'
	case n == 9 && foldEq(key, "proxy_url"), n == 8 && foldEq(key, "proxyurl"):
		return true
	}
	return false
}

// proxyUserinfo returns the userinfo of a proxy's address, from after an
// optional scheme's "://" up to the '@' (end 0: none).
func proxyUserinfo(v []byte) (start, end int) {
	a := 0
	for i := 0; i+3 <= len(v) && i <= 10; i++ {
		if v[i] == ':' && v[i+1] == '/' && v[i+2] == '/' {
			a = i + 3
			break
		}
	}
	at, colon := -1, -1
	for j := a; j < len(v); j++ {
		c := v[j]
		if c == '/' || c <= ' ' || c == '"' {
			break
		}
		switch {
		case c == '@':
			at = j
		case c == ':' && colon < 0:
			colon = j
		}
	}
	if at < 0 || colon <= a || colon > at {
		return 0, 0
	}
	return a, at
}

// opaqueToken reports whether v reads as a long opaque token: 32 bytes or
// more of letters, digits, '-', '_' and '.', with upper and lower case and
// a digit (a captcha token; not a path, a sentence or a hex digest).
func opaqueToken(v []byte) bool {
	if len(v) < 32 {
		return false
	}
	upper, lowerc, digit := false, false, false
	for _, c := range v {
		switch {
		case 'A' <= c && c <= 'Z':
			upper = true
		case 'a' <= c && c <= 'z':
			lowerc = true
		case isDigit(c):
			digit = true
		case c == '-' || c == '_' || c == '.':
		default:
			return false
		}
	}
	return upper && lowerc && digit
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
