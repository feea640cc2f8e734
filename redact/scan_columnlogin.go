package redact

// A login alone in a column of a tab-separated record that names none of
// its columns: a secure web gateway's feed (Zscaler NSS's recommended
// tab-separated output, whose login, department and device owner columns
// the administrator picks), a report exported from a directory. With no
// header and no key, the shape decides: a login built from the name lists
// (nameLogin: an initial and a surname with up to two digits, abecker25;
// two words of which one is a given name or a surname, obrien.alice) or a
// common given name alone (tomasz), in lower case as directories write
// logins. Capitalised words (a department, a location) and the accounts
// of systems (root, admin, svc-backup) stay.

// columnLoginAt returns the end of such a login when the column starts at
// src[i] after a tab and ends at the next tab or the end of the text; i
// otherwise. It does not allocate.
func columnLoginAt(src []byte, i int) int {
	if i == 0 || src[i-1] != '\t' {
		return i
	}
	e := i
	for e < len(src) && e-i <= maxLogin {
		c := src[e]
		if !('a' <= c && c <= 'z' || isDigit(c) || c == '.' || c == '_' || c == '-') {
			break
		}
		e++
	}
	if e-i < 3 || e-i > maxLogin || e < len(src) && src[e] != '\t' {
		return i
	}
	v := src[i:e]
	// The name lists first: most columns are no name, and systemAccount
	// is the dearer test.
	if !nameLogin(v) && !givenNameAlone(v) || systemAccount(v) {
		return i
	}
	return e
}

// givenNameAlone reports whether v, lower-case letters, is a common given
// name.
func givenNameAlone(v []byte) bool {
	var b [16]byte
	if len(v) > len(b) || !givenShaped(v[0], len(v)) {
		return false
	}
	for k, c := range v {
		if c < 'a' || c > 'z' {
			return false
		}
		b[k] = c
	}
	b[0] -= 'a' - 'A'
	return givenName(b[:len(v)])
}

// scanColumnLogin matches the login columnLoginAt finds at src[i].
func scanColumnLogin(src []byte, i int) (hit, bool) {
	if e := columnLoginAt(src, i); e > i {
		return hit{det: DetName, start: i, end: e}, true
	}
	return hit{}, false
}
