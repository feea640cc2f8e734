package redact

// Credentials in URLs and command lines: the password of
// scheme://user:password@host (redis://:pw@cache:6379 too), and of
// curl's -u/--user user:password. The user and host are kept; the
// password is a secret (DetSecret).

// scanURLCred looks at the authority that starts at src[a], just after a
// scheme's "://", and returns the password of its userinfo.
func scanURLCred(src []byte, a int) (hit, bool) {
	colon, at := -1, -1
	for j := a; j < len(src); j++ {
		c := src[j]
		switch {
		case c == '@':
			at = j
		case c == ':' && colon < 0 && at < 0:
			colon = j
		case c == '/' || c == '?' || c == '#' || c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\':
			j = len(src) // the authority ends
		}
	}
	// The last '@' ends the userinfo (a password may hold '@' unencoded);
	// the first ':' before it ends the user.
	if at < 0 || colon < 0 || colon > at || colon+1 == at {
		return hit{}, false
	}
	return hit{det: DetSecret, start: colon + 1, end: at}, true
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

// scanUserPass returns the password of the user:password word at src[v].
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
	return hit{det: DetSecret, start: colon + 1, end: e}, true
}
