package redact

// A login written as a person's name, with no key or cue word before it:
// jane.doe, maria_garcia, j.smith, as directories, SSO providers and
// chat tools make them and as audit events, deploy messages and JSON
// members no key list knows carry them ({"assignee":"maria.garcia"},
// "deploy triggered by jane.doe", "jane.doe logged in"). The two parts
// must be a common given name (or, with a '.', an initial) and a frequent
// surname (givenNames, surnames), in lower case: host names, package
// names and identifiers (www.example, org.apache, user_id) are none.

// personLoginAt returns the end of such a login when one starts at
// src[i], the word src[i:w] followed by '.' or '_'; i otherwise. It does
// not allocate.
func personLoginAt(src []byte, i, w int) int {
	n := len(src)
	if w+3 > n || src[w] != '.' && src[w] != '_' || w-i > 12 {
		return i
	}
	if i > 0 {
		switch src[i-1] {
		case ' ', '"', '\'', '(', '[', '<', '=', ':', ',', '\t', '>':
		default:
			return i
		}
	}
	for k := i; k < w; k++ {
		if src[k] < 'a' || src[k] > 'z' {
			return i
		}
	}
	if w-i == 1 && src[w] != '.' {
		return i // an initial: j.smith, not j_smith
	}
	s := w + 1
	e := s
	for e < n && e-s <= 16 && 'a' <= src[e] && src[e] <= 'z' {
		e++
	}
	if e-s < 3 {
		return i
	}
	if e < n {
		switch c := src[e]; {
		case c == '"' || c == '\'':
			if e+1 < n && src[e+1] == ':' {
				return i // a JSON member's name
			}
		case c == ' ' || c == ',' || c == ')' || c == ']' || c == '>' || c == ';' || c == '\t' || c == '\n' || c == '|' || c == '&':
		case c == '.' && (e+1 == n || src[e+1] == ' '):
			// The sentence's full stop.
		default:
			return i // a host name, an address, a key, an identifier
		}
	}
	var b [16]byte
	if !inSet(surnames, src[s:e]) {
		return i
	}
	if w-i > 1 {
		// The given name, capitalised as givenNames holds it.
		copy(b[:], src[i:w])
		b[0] -= 'a' - 'A'
		if !givenName(b[:w-i]) {
			return i
		}
	}
	return e
}

// scanPersonLogin matches the login personLoginAt finds at src[i].
func scanPersonLogin(src []byte, i, w int) (hit, bool) {
	if e := personLoginAt(src, i, w); e > i {
		return hit{det: DetName, start: i, end: e}, true
	}
	return hit{}, false
}
