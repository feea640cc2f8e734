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
// src[i], the word src[i:w] followed by '.' or '_' (or '-' after a whole
// given name: jane-doe); i otherwise. The login may open a file's name or
// a path's segment (fileNameRest). It does not allocate.
func personLoginAt(src []byte, i, w int) int {
	n := len(src)
	if w+3 > n || src[w] != '.' && src[w] != '_' && (src[w] != '-' || w-i < 2) || w-i > 12 {
		return i
	}
	if i > 0 {
		switch src[i-1] {
		case ' ', '"', '\'', '(', '[', '<', '=', ':', ',', '\t', '>', '/':
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
	if w-i > 1 && !givenShaped(src[i], w-i) {
		return i // no given name has this first letter and length
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
		case c == '/' || (c == '-' || c == '_' || c == '.') && fileNameRest(src, e):
			// A path's segment, a file's or a workload's name:
			// /home/jane-doe/, jane-doe-cv.pdf, maria_garcia_2026.docx,
			// jane.doe.passport.jpg, jane-doe-dev/web-7d9f8c6b5-x2x9k.
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

// givenShape has bit n of entry c set when a given name of n bytes starts
// with the letter 'a'+c (in either case): the cheap test before a word is
// looked up in givenNames.
var givenShape = func() (t [26]uint32) {
	for w := range givenNames {
		if c := w[0] | 0x20; 'a' <= c && c <= 'z' && len(w) < 32 {
			t[c-'a'] |= 1 << len(w)
		}
	}
	return t
}()

// givenShaped reports whether a given name may start with c and be n
// bytes long.
func givenShaped(c byte, n int) bool {
	c |= 0x20
	return 'a' <= c && c <= 'z' && n < 32 && givenShape[c-'a']&(1<<n) != 0
}

// fileNameRest reports whether src[e:], after a login written as a
// person's name, goes on as the rest of a file's name or of a path's
// segment: words of lower-case letters and digits joined by '-', '_' or
// '.' up to a blank, a quote, a separator, '/' or the end, where a '.'
// is allowed only when the last word is a file name's extension
// (fileExt): a host name (jane.doe.example.com) or a dotted identifier
// stays.
func fileNameRest(src []byte, e int) bool {
	n := len(src)
	dot, lastDot := false, false
	var last []byte
	k := e
	for k < n && k-e < 64 {
		c := src[k]
		if c != '-' && c != '_' && c != '.' {
			break
		}
		s := k + 1
		t := s
		for t < n && t-s < 24 && ('a' <= src[t] && src[t] <= 'z' || '0' <= src[t] && src[t] <= '9') {
			t++
		}
		if t == s {
			return false
		}
		dot = dot || c == '.'
		lastDot, last = c == '.', src[s:t]
		k = t
	}
	if k == e || dot && !(lastDot && fileExt(last)) {
		return false
	}
	if k < n {
		switch src[k] {
		case ' ', '\t', '"', '\'', ',', ';', ')', ']', '>', '/', '|', '&', '?', '\n', '\r':
		default:
			return false
		}
	}
	return true
}
