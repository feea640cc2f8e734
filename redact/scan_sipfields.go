package redact

// SIP proxy logs (Kamailio, OpenSIPS, Homer): the user part of a request
// URI under the acc module's names, a Call-ID after a cue word in an xlog
// line, and Homer's "sid", which is the call's Call-ID.

// sipUserKey reports whether a key is one the acc module of Kamailio and
// OpenSIPS logs the user part of a request's URIs under (log_extra's
// src_user, dst_user, dst_ouser, ruri_user): there a short run of digits
// is an extension, which names a person's line as a number does.
// FreeSWITCH's dialed_user=1002 is the directory entry dialled: an
// extension too, as the same key's value is in its JSON CDRs.
//
// FreeSWITCH's caller id variables (caller_id_number and its effective_
// and origination_ forms, set by the dialplan: "set(effective_caller_id_number=1001)")
// hold the caller's number or extension the same way.
func sipUserKey(k []byte) bool {
	if foldIn(k, sipUserKeys) {
		return true
	}
	const cid = "caller_id_number"
	n := len(k)
	return n >= len(cid) && foldEq(k[n-len(cid):], cid) && (n == len(cid) || k[n-len(cid)-1] == '_')
}

// sipUserKeys hold the user part of a SIP URI or a caller profile's
// number: OpenSIPS/Kamailio accounting's, FreeSWITCH's channel variables
// and its XML CDR's caller_profile (ani, destination_number, rdnis).
var sipUserKeys = []string{
	"src_user", "dst_user", "dst_ouser", "ruri_user", "src_username", "dst_username", "dst_ousername",
	"sip_from_user", "sip_to_user", "sip_req_user", "sip_contact_user",
	"sip_from_user_stripped", "sip_to_user_stripped",
	"ani", "destination_number", "rdnis", "dialed_user",
	"sip_auth_username", "sip_from_uri", "sip_to_uri", "sip_req_uri", "sip_contact_uri",
}

// ciscoNumberStart returns where the number starts in a Cisco gateway
// number AVPair's value at src[v] ("ton:1,npi:1,pi:0,si:1,#:4930..."):
// after "#:", or v when the value does not open with "ton:". It returns
// n when the value has no "#:" before its end.
func ciscoNumberStart(src []byte, v, n int) int {
	if v+4 > n || !foldEq(src[v:v+4], "ton:") {
		return v
	}
	for j := v + 4; j+1 < n; j++ {
		switch c := src[j]; {
		case c == '#' && src[j+1] == ':':
			return j + 2
		case c != ':' && c != ',' && !isAlnum(c):
			return n
		}
	}
	return n
}

// inXMLElement reports whether the attribute whose name starts at
// src[name] belongs to an element called elem: <extension name="local"
// number="1002"> (a FreeSWITCH dialplan extension in an XML CDR's
// callflow, the number it matched).
func inXMLElement(src []byte, name int, elem string) bool {
	for j := name - 1; j >= 0 && name-j < 256; j-- {
		switch src[j] {
		case '>':
			return false
		case '<':
			return j+1+len(elem) < name && foldEq(src[j+1:j+1+len(elem)], elem) && src[j+1+len(elem)] == ' '
		}
	}
	return false
}

// shortExtension matches 3 to 6 digits at src[v] that end the value
// (a delimiter, not a word, follows): an extension under a sipUserKey.
func shortExtension(src []byte, v int) (hit, bool) {
	e := v
	for e < len(src) && e-v <= 6 && isDigit(src[e]) {
		e++
	}
	if n := e - v; n < 3 || n > 6 || !numEnd(src, e) || e < len(src) && src[e] == '.' {
		return hit{}, false
	}
	return hit{det: DetPhone, start: v, end: e}, true
}

// keyedExtension matches an extension at src[v], the start of a value
// under key, a phone key: src_user=2042 (a SIP user's), callee="2045", a
// CDR's dst=2045, the first of a list (phone=2045,020+7946+0958), under
// any key that names a party but "to" and "from" alone, as a column's or
// a JSON member's (partyNumber). Not before a ':' but under a SIP user's
// key (SRC=2001:db8::7 is an address), nor before what no field's value
// ends at ("2045!": the value is more than the digits). The key's path
// and a decoded value's (phone_keyed) read the same, so that redacting a
// value whose decoding a first pass needed ('+' for a blank) is what a
// second pass, reading the raw value, finds done.
func keyedExtension(src []byte, v int, key []byte) (hit, bool) {
	if genericPartyKey(key) || partyIDKey(key) {
		return hit{}, false
	}
	p, ok := shortExtension(src, v)
	if !ok || p.end < len(src) && (src[p.end] == ':' && !sipUserKey(key) || src[p.end] != ':' && !extensionEnd(src[p.end])) {
		return hit{}, false
	}
	return p, true
}

// callIDCue reports whether the word at src[i] follows "call-id",
// "callid" or "call_id" (any case) and one blank, as xlog lines write
// "call-id $ci": the word is a Call-ID, whose "@host" makes no e-mail
// address. ("Call-ID: " and "callid=" are keys: see callIDKeys.)
//
// Kamailio's log_prefix "{$mt $hdr(CSeq) $ci} " writes the Call-ID after
// the CSeq's number and method, "{1 102 INVITE 4a7c9e1f@pbx.example.com}":
// a word after "{1 " or "{2 " ($mt), a number and an upper-case SIP
// method is one too, and so is one after "$ci=", the Call-ID's
// pseudo-variable written as its name.
func callIDCue(src []byte, i int) bool {
	if i >= 4 && src[i-1] == '=' && src[i-2] == 'i' && src[i-3] == 'c' && src[i-4] == '$' {
		return true // xlog's "$ci=$ci": the pseudo-variable of the Call-ID, written as its name
	}
	if i < 5 || src[i-1] != ' ' {
		return false
	}
	if callIDWord(src, i) {
		return true
	}
	w := src[:i-1]
	m := len(w)
	for m > 0 && isUpper(w[m-1]) {
		m--
	}
	if m < 2 || w[m-1] != ' ' || !sipMethod(w[m:]) {
		return false
	}
	d := m - 1
	for d > 0 && isDigit(w[d-1]) {
		d--
	}
	// "{1 " or "{2 " before the number: $mt, the message type.
	return d < m-1 && d >= 3 && w[d-1] == ' ' && (w[d-2] == '1' || w[d-2] == '2') && w[d-3] == '{'
}

// sipMethod reports whether w is a SIP request method (RFC 3261 and its
// extensions), in upper case as CSeq writes it.
func sipMethod(w []byte) bool {
	switch string(w) {
	case "INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS", "PRACK", "SUBSCRIBE", "NOTIFY",
		"PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE":
		return true
	}
	return false
}

// callIDValue reports whether v, the value of a key called k that names a
// secret, is a SIP Call-ID instead: Homer's "sid" (its session id is the
// Call-ID), a random word, '@' and a host name or address (RFC 3261
// 8.1.1.4). A web session id holds no '@'.
func callIDValue(k, v []byte) bool {
	if !foldEq(k, "sid") || len(v) < 5 {
		return false
	}
	at := -1
	for x, c := range v {
		if c == '@' {
			at = x
			break
		}
		if class[c]&cLocal == 0 {
			return false
		}
	}
	if at < 1 || at+1 >= len(v) {
		return false
	}
	if scanDomain(v, at+1) == len(v) {
		return true
	}
	e, _, ok := parseIPv4(v, at+1)
	if ok && e < len(v) && v[e] == ':' {
		p := e + 1
		for p < len(v) && isDigit(v[p]) {
			p++
		}
		if p > e+1 {
			e = p
		}
	}
	return ok && e == len(v)
}

// callIDWord reports whether the word before src[i] and its blank is
// call_id or callid (i >= 5, src[i-1] a blank: see callIDCue).
func callIDWord(src []byte, i int) bool {
	w := src[:i-1]
	for _, c := range [...]string{"call_id", "callid"} {
		if n := len(c); len(w) >= n && foldEq(w[len(w)-n:], c) && (len(w) == n || !isAlnum(w[len(w)-n-1])) {
			return true
		}
	}
	return false
}
