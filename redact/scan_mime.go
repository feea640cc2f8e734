package redact

// An RFC 2047 encoded-word as a mail header's display name:
// =?UTF-8?Q?Jos=C3=A9_Garc=C3=ADa?= <jose@example.com> or
// =?ISO-8859-1?B?SvxyZ2Vu?= <…>. The name is in the encoded text, where
// no name rule can read it; in front of an angle-addr (RFC 5322 3.4) it
// is the mailbox's display name whatever it decodes to. The charset and
// encoding stay, so the header keeps its syntax.

// encodedNameAt returns the span of the encoded text of the encoded-word
// whose charset starts at src[i] (after "=?"), when a mailbox's
// angle-addr follows it; e == 0 when there is none.
func encodedNameAt(src []byte, i int) (s, e int) {
	n := len(src)
	if i < 2 || src[i-1] != '?' || src[i-2] != '=' {
		return 0, 0
	}
	k := i
	for k < n && k-i <= 40 && (isAlnum(src[k]) || src[k] == '-' || src[k] == '_') {
		k++
	}
	if k == i || k+3 >= n || src[k] != '?' || src[k+2] != '?' {
		return 0, 0
	}
	switch src[k+1] {
	case 'Q', 'q', 'B', 'b':
	default:
		return 0, 0
	}
	s = k + 3
	e = s
	for e+1 < n && e-s <= 200 && !(src[e] == '?' && src[e+1] == '=') {
		if src[e] <= ' ' || src[e] == '<' || src[e] == '>' || src[e] == '"' {
			return 0, 0
		}
		e++
	}
	if e == s || e+1 >= n || src[e] != '?' {
		return 0, 0
	}
	a := e + 2
	if a < n && src[a] == ' ' {
		a++
	}
	if a+1 >= n || src[a] != '<' || !mailboxAt(src, a+1) {
		return 0, 0
	}
	return s, e
}

// encodedTextAt returns the start of the charset of the encoded-word whose
// encoded text starts at src[i] ("=?charset?Q?" before it), when it is a
// display name (encodedNameAt); -1 otherwise.
func encodedTextAt(src []byte, i int) int {
	if i < 5 || src[i-1] != '?' || src[i-3] != '?' {
		return -1
	}
	c := i - 3
	for c > 0 && i-c <= 44 && (isAlnum(src[c-1]) || src[c-1] == '-' || src[c-1] == '_') {
		c--
	}
	if _, e := encodedNameAt(src, c); e == 0 {
		return -1
	}
	return c
}
