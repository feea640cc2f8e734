package redact

// Credentials in URLs and command lines: the password of
// scheme://user:password@host (redis://:pw@cache:6379 too), and of
// curl's -u/--user user:password. The user and host are kept; the
// password is a secret (DetSecret).

// scanURLCred looks at the authority that starts at src[a], just after a
// scheme's "://", and returns the password of its userinfo. When the user
// is not a plain name (an e-mail address, an IP address, an escape), or is
// a person's login (accountLogin: a CI job's "git clone
// https://jane.doe:<token>@host", a registry URL, pip's "https://jdoe:****@"),
// the whole userinfo is the match: the user may be personal data of its
// own, and a detection inside it must not hide the password that follows.
// A service's user (git, oauth2, x-access-token, gitlab-ci-token) stays.
func scanURLCred(src []byte, a int) (hit, bool) {
	colon, at := -1, -1
	for j := a; j < len(src); j++ {
		c := src[j]
		if !authorityByte[c] {
			continue
		}
		switch {
		case c == '@':
			at = j
		case c == ':' && colon < 0:
			colon = j
		case (c == '?' || c == '#') && colon >= 0 && at < 0 && !allDigits(src[colon+1:j]) && atAhead(src, j+1):
			// A '?' or '#' in a password that was percent-encoded
			// (%3F, %23) and is decoded in the view: "user:pw?@host".
			// A port before '?' is digits; an '@' in a query comes
			// after a '=' or '&'.
		case c == '/' || c == '?' || c == '#' || c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\':
			j = len(src) // the authority ends
		}
	}
	// The last '@' ends the userinfo (a password may hold '@' unencoded);
	// the first ':' before it ends the user.
	if at < 0 || colon < 0 || colon > at || colon+1 == at {
		return hit{}, false
	}
	if !plainUser(src[a:colon]) || colon > a && accountLogin(src[a:colon]) {
		return hit{det: DetSecret, start: a, end: at}, true
	}
	return hit{det: DetSecret, start: colon + 1, end: at}, true
}

// authorityByte marks the bytes scanURLCred looks at: '@', ':', and the
// ones that may end an authority.
var authorityByte = func() (t [256]bool) {
	for c := 0; c <= ' '; c++ {
		t[c] = true
	}
	for _, c := range []byte("@:/?#\"'<>\\") {
		t[c] = true
	}
	return t
}()

// atAhead reports whether an '@' follows src[j] before anything that
// ends a URL's authority or starts a query's structure (/ = & blank quote).
func atAhead(src []byte, j int) bool {
	for ; j < len(src); j++ {
		switch c := src[j]; {
		case c == '@':
			return true
		case c == '/' || c == '=' || c == '&' || c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\':
			return false
		}
	}
	return false
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return len(b) > 0
}

// plainUser reports whether u is a user name and nothing more: letters,
// digits, '.', '_', '-' and '~', not starting with a digit and a dot
// (an IPv4 address), possibly empty (redis://:password@host).
func plainUser(u []byte) bool {
	dot := false
	for _, c := range u {
		switch {
		case isAlnum(c) || c == '_' || c == '-' || c == '~':
		case c == '.':
			dot = true
		default:
			return false
		}
	}
	return !(dot && len(u) > 0 && isDigit(u[0]))
}

// isSchemeAt reports whether src[w:] is "://" and the scanner's word
// before it can be a URL scheme.
func isSchemeAt(src []byte, w int) bool {
	return w+2 < len(src) && src[w] == ':' && src[w+1] == '/' && src[w+2] == '/'
}

// userFlag reports whether the word src[i:w] is curl's -u or --user (or
// another tool's --user) followed by ' ' or '=': the next word is
// user:password.
func userFlag(src []byte, i, w int) bool {
	if w >= len(src) || src[w] != ' ' && src[w] != '=' || i == 0 || src[i-1] != '-' {
		return false
	}
	return w-i == 1 && src[i] == 'u' || w-i == 4 && i >= 2 && src[i-2] == '-' && foldEq(src[i:w], "user")
}

// scanUserPass returns the password of the user:password word at src[v],
// and the user with it when the user is a person's login (curl -u
// jane.doe:pw, as scanURLCred reads https://jane.doe:pw@host); a
// service's user (admin, api, deploy) stays.
func scanUserPass(src []byte, v int) (hit, bool) {
	colon := -1
	e := v
	for e < len(src) && src[e] > ' ' && src[e] != '"' && src[e] != '\'' {
		if src[e] == ':' && colon < 0 {
			colon = e
		}
		e++
	}
	if colon < 0 || colon+1 == e {
		return hit{}, false
	}
	if colon > v && plainUser(src[v:colon]) && accountLogin(src[v:colon]) {
		return hit{det: DetSecret, start: v, end: e}, true
	}
	return hit{det: DetSecret, start: colon + 1, end: e}, true
}
