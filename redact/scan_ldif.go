package redact

// LDIF (RFC 2849) and ldapsearch output: "attr: value" lines of a
// directory entry, and "attr:: base64" for a value that is not a
// SAFE-STRING (non-ASCII, a leading blank or colon), folded onto lines
// that start with one blank. The attributes of a person (RFC 4519,
// inetOrgPerson RFC 2798) hold the name, the postal address and the
// password whatever their value looks like; encoded, none of the value
// detectors can see them, so the attribute decides.

// ldifPersonAttr returns the detector of an LDAP attribute that holds a
// person's data, and whether its plain (not base64) value is also taken
// whole: the surname and postal addresses, which no other rule finds on
// a line of their own (a cn or displayName of two words is a name the
// text scanner finds; a plain dn is read by its RDNs).
func ldifPersonAttr(key []byte) (Detector, bool, bool) {
	switch {
	case foldEq(key, "sn"), foldEq(key, "surname"):
		return DetName, true, true
	case foldEq(key, "postaladdress"), foldEq(key, "homepostaladdress"), foldEq(key, "registeredaddress"):
		return DetAddress, true, true
	case foldEq(key, "cn"), foldEq(key, "commonname"), foldEq(key, "givenname"), foldEq(key, "displayname"),
		foldEq(key, "initials"), foldEq(key, "gecos"), foldEq(key, "dn"), foldEq(key, "uid"):
		return DetName, false, true
	case foldEq(key, "street"), foldEq(key, "streetaddress"):
		return DetAddress, false, true
	case foldEq(key, "mail"):
		return DetEmail, false, true
	case foldEq(key, "telephonenumber"), foldEq(key, "mobile"), foldEq(key, "homephone"), foldEq(key, "pager"):
		return DetPhone, false, true
	}
	return 0, false, false
}

// ldifAttr reads the value of an LDIF line "key: value" or "key:: base64"
// whose key starts at i (a line's start) and ends at k; the value starts
// at j. A base64 value is taken with its continuation lines; a plain one
// to the end of its line, when it has a letter.
func (s *scanner) ldifAttr(src []byte, i, k, j int, b64 bool) (hit, bool) {
	det, plain, ok := ldifPersonAttr(src[i:k])
	if !ok || !b64 && !plain || !s.enabled[det] {
		return hit{}, false
	}
	n := len(src)
	e := j
	if b64 {
		for e < n {
			c := src[e]
			if isAlnum(c) || c == '+' || c == '/' || c == '=' {
				e++
				continue
			}
			if c == '\n' && e+2 < n && src[e+1] == ' ' && isAlnum(src[e+2]) {
				e += 2 // a folded line goes on after its blank
				continue
			}
			break
		}
		if e-j < 4 {
			return hit{}, false
		}
		return hit{det: det, start: j, end: e}, true
	}
	letter := false
	for e < n && src[e] != '\n' && src[e] != '\r' {
		if isAlpha(src[e]) || src[e] >= 0x80 {
			letter = true
		}
		e++
	}
	for e > j && src[e-1] == ' ' {
		e--
	}
	if !letter || containsMask(src[j:e]) {
		return hit{}, false
	}
	return hit{det: det, start: j, end: e}, true
}

// ldifLineKey reports whether the word src[i:w], at a line's start and
// followed by ':', is a person's attribute as an LDIF line writes it
// ("attr: " or "attr:: ").
func ldifLineKey(src []byte, i, w int) bool {
	if w+2 >= len(src) {
		return false
	}
	if src[w+1] != ' ' && (src[w+1] != ':' || src[w+2] != ' ') {
		return false
	}
	_, _, ok := ldifPersonAttr(src[i:w])
	return ok
}

// scanLDIFComment matches the first RDN value of ldapsearch's comment line
// "# value, ou, dc" that starts at src[i], when the next line is the
// entry's "dn: uid=..." or "dn: cn=...": the value is that RDN's.
func scanLDIFComment(src []byte, i int) (hit, bool) {
	n := len(src)
	e := i
	for e < n && e-i <= 64 && src[e] != ',' && src[e] != '\n' {
		e++
	}
	if e >= n || src[e] != ',' || e == i || src[e-1] == '\\' {
		return hit{}, false
	}
	l := e
	for l < n && src[l] != '\n' {
		l++
	}
	if l+8 >= n || !hasPrefix(src[l+1:], "dn: ") {
		return hit{}, false
	}
	if rdn := src[l+5:]; !hasPrefixFold(rdn, "uid=") && !hasPrefixFold(rdn, "cn=") {
		return hit{}, false
	}
	return hit{det: DetName, start: i, end: e}, true
}

// ldifCommentAt reports whether src[i] opens the text of a comment line
// ("# " at a line's start), where ldapsearch names the entry that follows.
func ldifCommentAt(src []byte, i int) bool {
	return i >= 2 && src[i-1] == ' ' && src[i-2] == '#' && (i == 2 || src[i-3] == '\n')
}
