package redact

// SIP proxy logs (Kamailio, OpenSIPS, Homer): the user part of a request
// URI under the acc module's names, a Call-ID after a cue word in an xlog
// line, and Homer's "sid", which is the call's Call-ID.

// sipUserKey reports whether a key is one the acc module of Kamailio and
// OpenSIPS logs the user part of a request's URIs under (log_extra's
// src_user, dst_user, dst_ouser, ruri_user): there a short run of digits
// is an extension, which names a person's line as a number does.
// (FreeSWITCH's dialed_user=1002 names the directory entry dialled, and
// stays: see testdata/detect/name.txt.)
//
// FreeSWITCH's caller id variables (caller_id_number and its effective_
// and origination_ forms, set by the dialplan: "set(effective_caller_id_number=1001)")
// hold the caller's number or extension the same way.
func sipUserKey(k []byte) bool {
	switch len(k) {
	case 8:
		return foldEq(k, "src_user") || foldEq(k, "dst_user")
	case 9:
		return foldEq(k, "dst_ouser") || foldEq(k, "ruri_user")
	}
	const cid = "caller_id_number"
	n := len(k)
	return n >= len(cid) && foldEq(k[n-len(cid):], cid) && (n == len(cid) || k[n-len(cid)-1] == '_')
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

// callIDCue reports whether the word at src[i] follows "call-id",
// "callid" or "call_id" (any case) and one blank, as xlog lines write
// "call-id $ci": the word is a Call-ID, whose "@host" makes no e-mail
// address. ("Call-ID: " and "callid=" are keys: see callIDKeys.)
//
// Kamailio's log_prefix "{$mt $hdr(CSeq) $ci} " writes the Call-ID after
// the CSeq's number and method, "{1 102 INVITE 4a7c9e1f@pbx.example.com}":
// a word after "{1 " or "{2 " ($mt), a number and an upper-case SIP
// method is one too.
func callIDCue(src []byte, i int) bool {
	if i < 5 || src[i-1] != ' ' {
		return false
	}
	w := src[:i-1]
	for _, c := range [...]string{"call_id", "callid"} {
		if n := len(c); len(w) >= n && foldEq(w[len(w)-n:], c) && (len(w) == n || !isAlnum(w[len(w)-n-1])) {
			return true
		}
	}
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
