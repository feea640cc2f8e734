package redact

// A person's name as the common name of an X.509 distinguished name: the
// subject of a client certificate as TLS sensors and VPN servers log it
// (Zeek's ssl.log client_subject "CN=Jane Doe,OU=Staff,O=Example Corp",
// Suricata's tls.subject "C=DE, O=Example, CN=Jane Doe", OpenSSL's
// one-line "/O=Example/CN=Jane Doe/emailAddress=..."). A CN names a host
// (CN=vpn.example.com), a CA (CN=R3, CN=Example Corp Issuing CA 01) or a
// person; it counts as a name only when the whole attribute value is two
// or three capitalised words of letters (RFC 4514 ends it at ',' or '+',
// OpenSSL's form at '/') and none of them is a word of an organisation's
// or a CA's name. The e-mail address of emailAddress= is the e-mail
// detector's.

// scanCN matches the value of the CN attribute whose name is src[i:w]
// ("CN", followed by '='): a person's name (scanCNName) or a login written
// as one (netLoginEnd).
func scanCN(src []byte, i, w int) (hit, bool) {
	if w-i != 2 || w+1 >= len(src) || src[w] != '=' || !cnBefore(src, w+1) {
		return hit{}, false
	}
	v := w + 1
	if isUpper(src[v]) {
		if h, ok := scanCNName(src, v); ok {
			return h, true
		}
	}
	if e := v; isAlpha(src[e]) {
		for e < len(src) && isAlpha(src[e]) {
			e++
		}
		return scanNetLogin(src, v, e, false)
	}
	return hit{}, false
}

// cnBefore reports whether src[i] opens the value of a CN attribute:
// "CN=" (any case) after the start, a blank, an RDN separator, or the
// '=' or ':' of a key whose value the DN is (subject=CN=...).
func cnBefore(src []byte, i int) bool {
	if i < 3 || src[i-1] != '=' || lower(src[i-3]) != 'c' || lower(src[i-2]) != 'n' {
		return false
	}
	if i == 3 {
		return true
	}
	switch src[i-4] {
	case ',', '/', '+', ' ', '\t', '"', '\'', ';', '(', '[', '=', ':':
		return true
	}
	return false
}

// scanCNName matches the name that is the whole CN value at src[i].
func scanCNName(src []byte, i int) (hit, bool) {
	if !cnBefore(src, i) {
		return hit{}, false
	}
	e, words := i, 0
	for {
		w := cnWord(src, e)
		if w == e || cnStop(src[e:w]) || surnameStop(src[e:w]) {
			return hit{}, false
		}
		words++
		e = w
		if words < 3 && e+3 < len(src) && src[e] == '\\' && src[e+1] == ',' && src[e+2] == ' ' && isUpper(src[e+3]) {
			e += 3 // "CN=Doe\, Jane": RFC 4514's escaped comma, Active Directory's "Last, First"
			continue
		}
		if words == 3 || e+1 >= len(src) || src[e] != ' ' || !isUpper(src[e+1]) {
			break
		}
		e++
	}
	if words < 2 || !rdnEnd(src, e) {
		return hit{}, false
	}
	return hit{det: DetName, start: i, end: e}, true
}

// cnWord returns the end of the capitalised word of letters at src[i]
// (Jane, O'Brien, Müller, Smith-Jones), or i when there is none.
func cnWord(src []byte, i int) int {
	if i >= len(src) || !isUpper(src[i]) {
		return i
	}
	e := i + 1
	for e < len(src) {
		c := src[e]
		switch {
		case 'a' <= c && c <= 'z', utf8Letter(c):
			e++
		case (c == '\'' || c == '-') && e+1 < len(src) && isAlpha(src[e+1]):
			e += 2
		default:
			if e-i < 2 {
				return i
			}
			return e
		}
	}
	if e-i < 2 {
		return i
	}
	return e
}

// rdnEnd reports whether the attribute value ends at src[e]: the end of
// the text, the next attribute (',', '+', '/'), or the end of a quoted
// or delimited field.
func rdnEnd(src []byte, e int) bool {
	if e == len(src) {
		return true
	}
	switch src[e] {
	case ',', '+', '/', '"', '\'', '\t', ';', ')', ']', '\\':
		return true
	}
	return false
}

// cnStop reports whether w is a word of the names of organisations and
// certificate authorities rather than of people.
func cnStop(w []byte) bool {
	switch string(w) {
	case "Corporation", "Company", "Limited", "Authority", "Root", "Issuing", "Intermediate", "Server",
		"Servers", "Service", "Services", "Certificate", "Certificates", "Trust", "Global", "Secure", "Security",
		"Network", "Networks", "Systems", "System", "Software", "Solutions", "Technologies", "Technology",
		"Digital", "Signing", "Validation", "Domain", "Extended", "Public", "Private", "Internal", "Test",
		"Device", "Devices", "Client", "Clients", "User", "Users", "Gateway", "Proxy", "Cloud", "Online":
		return true
	}
	return false
}
