package redact

// Diameter (RFC 6733) in logs: the Session-Id's shape, which is no
// secret, and the AVP summary lines a protocol analyser prints, whose
// value follows "val=" after the AVP's name.

// diameterSessionID reports whether v is a Diameter Session-Id (RFC 6733
// 8.8): the DiameterIdentity of the node that made it, ';', the high and
// low 32 bits of a counter in decimal, and optional ';'-separated text
// ("pgw01.example.net;1795464001;42;gy"). It names a host and counts
// sessions: an id that ties a CCR to its CCA, not a credential, though it
// goes under a "session" key. It does not allocate.
func diameterSessionID(v []byte) bool {
	k, dots := 0, 0
	for k < len(v) && v[k] != ';' {
		switch c := v[k]; {
		case c == '.':
			if k == 0 || v[k-1] == '.' {
				return false
			}
			dots++
		case isAlnum(c) || c == '-':
		default:
			return false
		}
		k++
	}
	if dots == 0 || k == len(v) || v[k-1] == '.' {
		return false
	}
	for part := 0; part < 2; part++ {
		if k >= len(v) || v[k] != ';' {
			return false
		}
		k++
		d := k
		for k < len(v) && isDigit(v[k]) {
			k++
		}
		if k == d || k-d > 10 {
			return false
		}
	}
	return k == len(v) || v[k] == ';'
}

// diameterSessionAt reports whether the text value at src[v] is a
// Diameter Session-Id: up to a blank, a quote, ',' or the end (its ';'
// ends most values).
func diameterSessionAt(src []byte, v int) bool {
	e := v
	for e < len(src) && src[e] != ' ' && src[e] != '"' && src[e] != ',' && src[e] != '\t' && src[e] != '\n' {
		e++
	}
	return diameterSessionID(src[v:e])
}

// avpNameBefore returns the name of the AVP whose value a "val=" at
// src[name] gives, as Wireshark's dissectors print an AVP's summary
// (tshark -V, "Copy as text"): "AVP: Subscription-Id-Data(444) l=20 f=-M-
// val=...", RADIUS's "AVP: t=User-Name(1) l=10 val=..."; nil when
// src[name] does not follow one on its line. The key "val" says nothing;
// the AVP's name says what the value is.
func avpNameBefore(src []byte, name int) []byte {
	// Walk back over the length, flags and vendor fields ("l=20",
	// "f=V--", "vnd=TGPP") to the ')' that ends the AVP's code.
	k := name
	for fields := 0; ; fields++ {
		if k == 0 || src[k-1] != ' ' || fields > 4 {
			return nil
		}
		k--
		e := k
		for k > 0 && src[k-1] != ' ' && src[k-1] != '\n' && e-k < 64 {
			k--
		}
		if k < e && src[e-1] == ')' {
			break
		}
		if !hasEqual(src[k:e]) {
			return nil
		}
	}
	// src[k:e] is "Name(code)" or "t=Name(code)"; the line opens "AVP: ".
	if k < 5 || string(src[k-5:k]) != "AVP: " {
		return nil
	}
	p := k
	for p < len(src) && src[p] != '(' && src[p] != ' ' {
		p++
	}
	if p >= len(src) || src[p] != '(' {
		return nil
	}
	if p-k > 2 && src[k] == 't' && src[k+1] == '=' {
		k += 2
	}
	return src[k:p]
}

func hasEqual(b []byte) bool {
	for _, c := range b {
		if c == '=' {
			return true
		}
	}
	return false
}

// sipCallID reports whether v, under a session key, is a SIP Call-ID
// (RFC 3261 8.1.1.4, 25.1): a random word, '@' and the host that made
// it, as Asterisk's security events give a PJSIP request's SessionID
// ("a84b4c76e66710@198.51.100.7"). A session's credential has no '@'
// before a host; the host's address is still scanned. A word with a byte
// RFC 3261 allows but an e-mail local part here does not ('!', '%', '*',
// '~') is left a secret: the e-mail rule would mask only the part after
// it, and a second pass would read what is left as a session's secret.
// It does not allocate.
func sipCallID(v []byte) bool {
	at := -1
	for k, c := range v {
		switch {
		case c == '@':
			if at >= 0 {
				return false
			}
			at = k
		case isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '+':
		default:
			return false
		}
	}
	if at < 4 || at+4 > len(v) {
		return false
	}
	host := v[at+1:]
	dots := 0
	for k, c := range host {
		if c == '.' {
			if k == 0 || host[k-1] == '.' {
				return false
			}
			dots++
		} else if !isAlnum(c) && c != '-' {
			return false
		}
	}
	return dots > 0 && host[len(host)-1] != '.'
}

// sessionKey reports whether key names a session (session, sessionId,
// Session-ID, sid): where a SIP Call-ID may stand for one.
func sessionKey(key []byte) bool {
	for _, suf := range [...]string{"session", "sessionid", "session_id", "sid"} {
		if k := len(key) - len(suf); k >= 0 && foldEq(key[k:], suf) {
			return true
		}
	}
	return false
}

// digestAt reports whether the value at src[j] (in quotes or not) is 32
// or 64 hex digits: an MD5 or SHA-256 digest, as "response" holds one in
// HTTP Digest (RFC 7616 3.4) and Asterisk's ChallengeResponseFailed
// events. Elsewhere "response" holds an outcome (accepted, 200, OK).
func digestAt(src []byte, j int) bool {
	if j < len(src) && (src[j] == '"' || src[j] == '\'') {
		j++
	}
	e := j
	for e < len(src) && hexByte(src[e]) {
		e++
	}
	return (e-j == 32 || e-j == 64) && (e == len(src) || !isAlnum(src[e]))
}
