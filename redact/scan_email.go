package redact

// scanEmail matches an e-mail address whose local part starts at src[i],
// plain or plus-addressed (an encoded one, alice%40example.com, reaches it
// decoded: see view.go). The domain needs a dot and a top-level label of
// letters. m.domain is where the domain starts.
func (s *scanner) scanEmail(src []byte, i int) (hit, bool) {
	if i < s.idEnd {
		return hit{}, false // inside a SIP Call-ID (ctxCallID), from any start that reads an address
	}
	n := len(src)
	j, sep := i, -1
	for j < n {
		c := src[j]
		if c == '@' {
			sep = j
			break
		}
		if class[c]&cLocal == 0 {
			break
		}
		j++
	}
	if sep < 0 {
		// Every start in src[i:j] stops at the same byte.
		s.emailNone = j
		return hit{}, false
	}
	if sep == i || sep-i > 64 || src[sep-1] == '.' {
		return hit{}, false
	}
	if callIDCue(src, i) {
		// "call-id 4a7c9e1f@pbx.example.com": no address starts in
		// the word; its host's IP address is still found.
		e := sep + 1
		for e < n && (class[src[e]]&cLabel != 0 || src[e] == '.') {
			e++
		}
		s.idEnd = e
		return hit{}, false
	}
	// A local part that opens with a letter outside ASCII (ÉRIC@) or
	// with a name and an apostrophe (o'brien@) is reached at the first
	// ASCII letter after them: take them, from the lead byte of a
	// character.
	if i > 0 && (src[i-1] >= 0x80 || src[i-1] == '\'' || class[src[i-1]]&cLocal != 0) {
		for i > 0 && sep-i < 64 {
			if c := src[i-1]; class[c]&cLocal != 0 || c == '\'' && i >= 2 && isAlnum(src[i-2]) && isAlnum(src[i]) {
				i--
			} else {
				break
			}
		}
		for i < sep && (0x80 <= src[i] && src[i] <= 0xBF || src[i] < 0x80 && !isAlnum(src[i])) {
			i++ // not from the middle of a character, nor from . _ + - '
		}
	}
	d := sep + 1
	e := scanDomain(src, d)
	if e < 0 {
		s.emailNone = sep
		return s.loginAtIP(src, i, sep) // jane.doe@203.0.113.4: an ssh target (scan_loginat.go)
	}
	if serviceAccountDomain(src[d:e]) {
		s.emailNone = sep
		return hit{}, false
	}
	return hit{det: DetEmail, start: i, end: e, domain: d}, true
}

// serviceAccountDomain reports whether the domain dom is Google Cloud's
// for service accounts (NAME@PROJECT.iam.gserviceaccount.com,
// N-compute@developer.gserviceaccount.com, PROJECT@appspot...): the
// address of a workload, no person's and no mailbox, which Cloud Audit
// Logs name as principalEmail and in IAM bindings.
func serviceAccountDomain(dom []byte) bool {
	const sa = "gserviceaccount.com"
	k := len(dom) - len(sa)
	return k >= 0 && string(dom[k:]) == sa && (k == 0 || dom[k-1] == '.')
}

// scanDomain returns the end of the domain name at src[d:], or -1. The name
// has at least two labels and ends with a label of two or more letters; when
// the last labels are not like that the name ends at the last one that is.
func scanDomain(src []byte, d int) int {
	n := len(src)
	j, labels, end := d, 0, -1
	for j < n {
		ls, alpha := j, true
		for j < n && class[src[j]]&cLabel != 0 {
			if !isAlpha(src[j]) && src[j] < 0x80 {
				alpha = false
			}
			j++
		}
		if j == ls || j-ls > 63 || src[ls] == '-' || src[j-1] == '-' {
			break
		}
		labels++
		if labels >= 2 && alpha && j-ls >= 2 {
			end = j
		}
		if j+1 < n && src[j] == '.' && class[src[j+1]]&cLabel != 0 {
			j++
			continue
		}
		break
	}
	return end
}
