package redact

// scanEmail matches an e-mail address whose local part starts at src[i],
// plain, plus-addressed or an Entra ID guest's principal name (an encoded
// one, alice%40example.com, reaches it decoded: see view.go). The domain needs a dot and a top-level label of
// letters. m.domain is where the domain starts.
func (s *scanner) scanEmail(src []byte, i int) (hit, bool) {
	if escapedAtStart(src, i) {
		// The word after an identity's escaped '@' (scan_escmail.go).
		if h, ok := scanEscapedEmail(src, i); ok {
			return h, true
		}
		if i < s.emailNone || !s.emailAhead(src, i) {
			return hit{}, false
		}
	}
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
			if c == '#' && hasPrefix(src[j:], "#EXT#@") {
				// An Entra ID guest's user principal name: the guest's
				// own address with '_' for '@', "#EXT#" and the tenant's
				// domain (jane_example.com#EXT#@contoso.onmicrosoft.com).
				sep = j + len("#EXT#")
			}
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
	if idLocalPart(src[i:sep]) {
		// 4543601907026741503@sbc1.example.org, 712eb0b4…c0f43@host: a
		// Call-ID or a message's id, under any name or none. No mailbox
		// is named by sixteen hex digits or more, nor by more digits
		// than an international number has.
		s.emailNone = sep
		return hit{}, false
	}
	if callIDCue(src, i) && (randomLocalPart(src[i:sep+1]) || !callIDWord(src, i)) {
		// "call-id 4a7c9e1f@pbx.example.com": no address starts in
		// the word; its host's IP address is still found. After the
		// word callid, one a person reads as a name (callid
		// jane.doe@example.org) is an address, as under a Message-ID
		// key; Kamailio's log prefix ({2 17 REGISTER id}) is always
		// the Call-ID.
		e := sep + 1
		for e < n && (class[src[e]]&cLabel != 0 || src[e] == '.') {
			e++
		}
		s.idEnd = e
		return hit{}, false
	}
	// A local part that opens with a letter outside ASCII (ÉRIC@) or
	// with a name and an apostrophe (o'brien@, o''brien@ in SQL) is
	// reached at the first ASCII letter after them: take them, from the
	// lead byte of a character.
	if i > 0 && (src[i-1] >= 0x80 || src[i-1] == '\'' || class[src[i-1]]&cLocal != 0) {
		for i > 0 && sep-i < 64 {
			if c := src[i-1]; class[c]&cLocal != 0 || c == '\'' && i >= 2 && isAlnum(src[i-2]) && isAlnum(src[i]) {
				i--
			} else if c == '\'' && i >= 3 && src[i-2] == '\'' && isAlnum(src[i-3]) && isAlnum(src[i]) {
				i -= 2 // o''brien@ in a SQL literal, its quote doubled
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
	if e < 0 && d < n && src[d] == '@' {
		// An address typed with its '@' doubled (jane@@example.com),
		// as a validation error quotes what the user entered: still
		// theirs.
		if e2 := scanDomain(src, d+1); e2 > 0 {
			d, e = d+1, e2
		}
	}
	if e < 0 {
		s.emailNone = sep
		return s.loginAtIP(src, i, sep) // jane.doe@203.0.113.4: an ssh target (scan_loginat.go)
	}
	if e < n && src[e] == '\'' && sep-i > 2 && src[i+1] == '\'' && sqlLiteralPrefix(src[i]) && (i == 0 || !isAlnum(src[i-1]) && src[i-1] != '\'') {
		// SQL's N'jane@example.com' (a national string literal; E'
		// alike, scan_dblog.go): the letter and the quote open the
		// literal, the closing quote after the address says so.
		i += 2
	}
	if serviceAccountDomain(src[d:e]) || systemdUnit(src[d:e]) {
		s.emailNone = sep
		return hit{}, false
	}
	if i > 0 && src[i-1] == '/' && realmName(src[d:e]) {
		if h, ok, principal := krbInstance(src, i, sep); principal {
			s.emailNone = sep
			return h, ok
		}
	}
	return hit{det: DetEmail, start: i, end: e, domain: d}, true
}

// A Kerberos principal is primary/instance@REALM, the realm in capitals
// (RFC 4120 6.2; MIT krb5kdc and kadmind logs, AD's event 4769): a
// service's (krbtgt/EXAMPLE.COM@EXAMPLE.COM, HTTP/www.example.com@,
// host/ws-27.example.com@) names no one and stays whole; a person's
// administrative instance (jdoe/admin@EXAMPLE.COM) names them in its
// primary, which is masked and the instance and realm kept. A user's
// own principal, jdoe@EXAMPLE.COM, is read as an e-mail address.

// realmName reports whether dom, a domain after '@', is written as a
// Kerberos realm: letters, none of them lower case.
func realmName(dom []byte) bool {
	letter := false
	for _, c := range dom {
		if 'a' <= c && c <= 'z' {
			return false
		}
		letter = letter || 'A' <= c && c <= 'Z'
	}
	return letter
}

// krbServices are the primaries of service principals: the TGS, kadmin
// and the services that Kerberos authenticates (RFC 4120, MIT and
// Active Directory SPN classes).
var krbServices = [...]string{"krbtgt", "kadmin", "changepw", "kiprop", "host", "http", "cifs", "ldap", "nfs", "imap", "pop",
	"smtp", "ftp", "dns", "postgres", "mysql", "mongodb", "ipp", "sip", "xmpp", "hdfs", "yarn", "hive", "hbase", "zookeeper",
	"kafka", "mssqlsvc", "restrictedkrbhost", "termsrv", "wsman", "gc", "exchangemdb", "rpcss", "afs", "zephyr", "iscsi", "libvirt"}

// krbInstance reads the local part src[i:sep] of an address whose domain
// is a realm, after the '/' at src[i-1], as the instance of a principal:
// principal set when the bytes are a service's principal or an admin
// instance, which stay, ok with a hit on a person's primary (otherwise
// the address is an e-mail address).
func krbInstance(src []byte, i, sep int) (h hit, ok, principal bool) {
	p := i - 1
	ps := p
	for ps > 0 && p-ps < 64 && (isAlnum(src[ps-1]) || src[ps-1] == '.' || src[ps-1] == '_' || src[ps-1] == '-') {
		ps--
	}
	inst := src[i:sep]
	if ps == p && (foldEq(inst, "admin") || foldEq(inst, "root")) {
		return hit{}, false, true // after the person's primary, masked before
	}
	if ps == p || ps > 0 && !principalOpen(src[ps-1]) {
		return hit{}, false, false // a path: /mail/jane@EXAMPLE.COM
	}
	primary := src[ps:p]
	for _, w := range krbServices {
		if foldEq(primary, w) {
			return hit{}, false, true
		}
	}
	if foldEq(inst, "admin") || foldEq(inst, "root") {
		if accountLogin(primary) {
			// jdoe/admin@EXAMPLE.COM: the person's primary; the scan
			// resumes at the '/' and keeps the rest (above).
			return hit{det: DetName, start: ps, end: p}, true, true
		}
		return hit{}, false, true // root/admin@
	}
	return hit{}, false, false
}

// principalOpen reports whether c may come right before a principal.
func principalOpen(c byte) bool {
	switch c {
	case ' ', '\t', '"', '\'', '=', ',', '(', '<', '[', ':', '{':
		return true
	}
	return false
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

// systemdUnit reports whether dom, what follows '@', is the instance and
// type of a systemd template unit (getty@tty1.service,
// postgresql@14-main.service, openvpn@server.service), as journald and
// syslog name them in every boot's lines: no unit type is a top-level
// domain.
func systemdUnit(dom []byte) bool {
	k := lastIndexByte(dom, '.')
	if k < 1 {
		return false
	}
	switch string(dom[k+1:]) {
	case "service", "socket", "timer", "mount", "automount", "target", "path", "slice", "scope", "device", "swap":
		return true
	}
	return false
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

// idLocalPart reports whether local, the part of an address before '@',
// is an identifier rather than a mailbox: 18 decimal digits or more
// (longer than a number in E.164 after an international prefix, so never
// a phone's gateway address), or 16 hex digits or more with a digit and a
// letter among them (a hash, a UUID's digits, a user agent's Call-ID).
func idLocalPart(local []byte) bool {
	if len(local) < 16 {
		return false
	}
	letter := false
	digit := false
	for _, c := range local {
		switch {
		case isDigit(c):
			digit = true
		case 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F':
			letter = true
		default:
			return false
		}
	}
	return digit && (letter || len(local) >= 18)
}
