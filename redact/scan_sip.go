package redact

// SIP and caller-id shapes (VoIP logs: Kamailio, OpenSIPS, FreeSWITCH,
// Asterisk): the number a SIP URI names, and the display name and number
// of a caller id, "Alice Smith" <sip:alice@example.com>,
// "Bob" <4930690000>.

// sipScheme reports whether the word src[i:w] is the scheme "sip" or
// "sips" (any case), followed by ':' and a digit.
func sipScheme(src []byte, i, w int) bool {
	return sipWord(src, i, w) && isDigit(src[w+1])
}

// sipWord reports whether the word src[i:w] is the scheme "sip" or "sips"
// (any case) followed by ':' and another byte.
func sipWord(src []byte, i, w int) bool {
	if w+1 >= len(src) || src[w] != ':' || i > 0 && isAlnum(src[i-1]) {
		return false
	}
	wl := w - i
	return (wl == 3 || wl == 4 && lower(src[i+3]) == 's') &&
		lower(src[i]) == 's' && lower(src[i+1]) == 'i' && lower(src[i+2]) == 'p'
}

// scanSIPUser matches the user part of a SIP URI when it is a number:
// sip:4930690000@198.51.100.7:5060, sip:2017@pbx;user=phone. A SIP user
// that is all digits is a telephone number or an extension (RFC 3261
// 19.1.1), whatever its length, so three digits or more are enough; the
// part ends at '@', at a parameter (';'), or at the URI's end. (A user
// part with a '+' is read by phone_plus; one with letters, or any user
// part before a host with a dot, by the e-mail detector.)
func (s *scanner) scanSIPUser(src []byte, i, w int) (hit, bool) {
	if !sipScheme(src, i, w) {
		return hit{}, false
	}
	j := w + 1
	e := j
	for e < len(src) && (isDigit(src[e]) || src[e] == '-' || src[e] == '.') {
		e++
	}
	for e > j && !isDigit(src[e-1]) {
		e-- // "sip:2017-" ends at its last digit
	}
	nd := 0
	for _, c := range src[j:e] {
		if isDigit(c) {
			nd++
		}
	}
	if nd < 3 || e < len(src) && !sipUserEnd(src[e]) {
		return hit{}, false
	}
	if e-j == 3 && src[j] >= '1' && src[j] <= '6' && (e == len(src) || src[e] != '@') {
		// "sip:486" with no host: a SIP response's status as Kazoo's
		// hangup_code writes it, not a URI (a host is never three
		// digits).
		return hit{}, false
	}
	if e < len(src) && src[e] == '@' && s.enabled[DetEmail] {
		if m, ok := s.scanEmail(src, j); ok {
			return m, true // sip:2017@pbx.example.com reads as an address
		}
	}
	return hit{det: DetPhone, start: j, end: e}, true
}

// sipLoginScheme reports whether the word src[i:w] is the scheme "sip"
// or "sips" (any case), followed by ':' and a letter: a SIP URI whose user
// part is a name (sip:alice@...).
func sipLoginScheme(src []byte, i, w int) bool {
	return sipWord(src, i, w) && isAlpha(src[w+1])
}

// scanSIPLogin matches the user part of a SIP URI that names an account
// and whose host is an address: sip:alice@203.0.113.7:5060, a Contact or
// REGISTER from a phone. The user (RFC 3261 19.1.1: letters, digits and
// "-_.!~*'()" among others) is the account of a person or a device,
// masked as a name; before a host name the e-mail detector reads the URI
// as an address.
func scanSIPLogin(src []byte, i, w int) (hit, bool) {
	if !sipLoginScheme(src, i, w) {
		return hit{}, false
	}
	j := w + 1
	e := j
	for e < len(src) && e-j <= 64 && (isAlnum(src[e]) || src[e] == '.' || src[e] == '-' || src[e] == '_') {
		e++
	}
	if e-j < 2 || e+1 >= len(src) || src[e] != '@' || !isDigit(src[e+1]) && src[e+1] != '[' {
		return hit{}, false
	}
	return hit{det: DetName, start: j, end: e}, true
}

// sipUserEnd reports whether c may follow a SIP URI's user part.
func sipUserEnd(c byte) bool {
	switch c {
	case '@', ';', '>', ' ', '\t', '"', '\'', ',', ')', ']', '&', '?':
		return true
	}
	return false
}

// displayNameMax bounds a quoted display name.
const displayNameMax = 64

// displayNameEnd returns the closing quote of the display name that opens
// at src[i] ('"'), or -1: printable text without the bytes that URLs,
// paths and key=value text use ('/', '=', '?', '&', '<', '>', '\\'), of
// at most displayNameMax bytes, beginning with a letter, and followed,
// after at most one space, by '<' and a SIP or tel URI or a number.
func displayNameEnd(src []byte, i int) int {
	n := len(src)
	if i+2 >= n || !isAlpha(src[i+1]) {
		return -1
	}
	j := i + 1
	for ; j < n && j-i <= displayNameMax; j++ {
		c := src[j]
		if c == '"' {
			break
		}
		if c < ' ' || c == '/' || c == '=' || c == '?' || c == '&' || c == '<' || c == '>' || c == '\\' {
			return -1
		}
	}
	if j >= n || src[j] != '"' {
		return -1
	}
	k := j + 1
	if k < n && src[k] == '"' && i > 0 && src[i-1] == '"' {
		k++ // ""Alice Smith"" <sip:…>: a name-addr inside a CSV field, its quotes doubled
	}
	if k < n && src[k] == ' ' {
		k++
	}
	if k+1 >= n || src[k] != '<' {
		return -1
	}
	k++
	c := src[k]
	if isDigit(c) || c == '+' {
		d := k
		if c == '+' {
			d++
		}
		e := d
		for e < n && isDigit(src[e]) {
			e++
		}
		if e-d >= 3 && e < n && src[e] == '>' {
			return j
		}
		return -1
	}
	if e := k + 4; e < n && lower(c) == 's' && lower(src[k+1]) == 'i' && lower(src[k+2]) == 'p' &&
		(src[k+3] == ':' || lower(src[k+3]) == 's' && src[e] == ':') {
		return j
	}
	if k+3 < n && lower(c) == 't' && lower(src[k+1]) == 'e' && lower(src[k+2]) == 'l' && src[k+3] == ':' {
		return j
	}
	if mailboxAt(src, k) {
		return j // an e-mail name-addr (RFC 5322 3.4): "Anna Kovalenko" <anna@example.com>
	}
	return -1
}

// mailboxAt reports whether src[k:] is an e-mail address (or a mailto:
// URI) closed by '>': the angle-addr of a name-addr.
func mailboxAt(src []byte, k int) bool { return mailboxClosedBy(src, k, '>') }

// mailboxClosedBy reports whether src[k:] is an e-mail address (or a
// mailto: URI) closed by the byte end.
func mailboxClosedBy(src []byte, k int, end byte) bool {
	if k < len(src) && src[k] == '[' {
		return false // a mask where the address was: <[phone]@host> is a redaction's output
	}
	at := -1
	for e := k; e < len(src) && e-k <= 254; e++ {
		switch c := src[e]; {
		case c == '@':
			if e > k {
				at = e
			}
		case c == end:
			return at > 0 && e > at+1 // a domain after the '@'
		case c <= ' ' || c == '<' || c == '"' || c == ',' || c == ';', c == '[' && at < 0:
			// ('[' before the '@': a mask a first pass wrote in the
			// local part, <![phone]@>, where no address was read.)
			return false
		}
	}
	return false
}

// scanDisplayName matches the name of a caller id or SIP name-addr, the
// text inside the quotes of "Alice Smith" <sip:alice@example.com> or
// "Bob Smith" <4930690000> (RFC 3261 20.10; Asterisk's callerid).
func scanDisplayName(src []byte, i int) (hit, bool) {
	j := displayNameEnd(src, i)
	if j < 0 {
		return hit{}, false
	}
	return hit{det: DetName, start: i + 1, end: j}, true
}

// callerNumberAt reports whether the digits at src[i:w] are the number of
// a caller id, "Bob Smith" <4930690000>: in angle brackets right after a
// quoted display name.
func callerNumberAt(src []byte, i, w int) bool {
	if i < 2 || src[i-1] != '<' || w >= len(src) || src[w] != '>' || w-i < 3 || w-i > 15 {
		return false
	}
	q := i - 2
	if src[q] == ' ' {
		q--
	}
	if q < 0 {
		// The text scanned starts at the blank: the scanner resumed
		// after a match that ended there, an unquoted display name
		// (clid=Anna Kovalenko <4155550123>).
		return true
	}
	if src[q] != '"' {
		return false
	}
	if q == 0 {
		// The text scanned starts at the quote: the scanner resumed
		// after a match that ended there, the display name itself.
		return true
	}
	for o := q - 1; o >= 0 && q-o <= displayNameMax; o-- {
		if src[o] == '"' {
			return displayNameEnd(src, o) == q
		}
	}
	return false
}

// numberAtMay reports whether the word src[i:w] is seven to fifteen digits
// followed by '@' and a letter or digit, not inside a longer token.
func numberAtMay(src []byte, i, w int) bool {
	return w-i >= 7 && w-i <= 15 && w+1 < len(src) && src[w] == '@' && isAlnum(src[w+1]) &&
		(i == 0 || !isAlnum(src[i-1]) && src[i-1] != '.' && src[i-1] != '-' && src[i-1] != '_')
}

// scanNumberAt matches a telephone number written as the user of a host
// or a dialplan context: "4155550123@203.0.113.8" (a SIP user without its
// scheme), "[4930690000@from-trunk:1]" (Asterisk's exten@context). Where
// the host is an e-mail domain the e-mail detector takes both.
func (s *scanner) scanNumberAt(src []byte, i, w int) (hit, bool) {
	if !numberAtMay(src, i, w) {
		return hit{}, false
	}
	for _, c := range src[i:w] {
		if !isDigit(c) {
			return hit{}, false
		}
	}
	if s.enabled[DetEmail] {
		if m, ok := s.scanEmail(src, i); ok {
			return m, true
		}
	}
	return hit{det: DetPhone, start: i, end: w}, true
}

// channelTech reports whether w is one of Asterisk's channel technologies,
// which a dial string or channel name starts with: PJSIP/2001,
// SIP/trunk/03012345678, IAX2/peer/4930690000, DAHDI/g1/0123456789,
// Local/2001@from-internal; FreeSWITCH's sofia and loopback endpoints.

// scanDialString matches the number or extension of an Asterisk dial
// string or channel name that starts at the channel technology src[i:w]:
// the digits of the segment after it ("PJSIP/2001-0000001a") or after one
// or two more (a peer or trunk: "SIP/trunk/03012345678", FreeSWITCH's
// "sofia/gateway/provider/4930690000"), ending at '@', '-',
// ',', ')', a quote, a blank or the end.
func scanDialString(src []byte, i, w int) (hit, bool) {
	n := len(src)
	if w >= n || src[w] != '/' || !channelTech(src[i:w]) || i > 0 && (isAlnum(src[i-1]) || src[i-1] == '/') {
		return hit{}, false
	}
	j := w + 1
	for seg := 0; seg < 3; seg++ {
		e := j
		for e < n && isDigit(src[e]) {
			e++
		}
		if e-j >= 3 && e-j <= 15 && (e == n || dialStringEnd(src[e])) && (!fsUserEndpoint(src, i, w) || e < n && src[e] == '@') {
			return hit{det: DetPhone, start: j, end: e}, true
		}
		if fsUserEndpoint(src, i, w) {
			break // user/ takes no peer segment
		}
		// A peer or trunk name, then '/'.
		for e < n && e-j < 40 && (isAlnum(src[e]) || src[e] == '-' || src[e] == '_' || src[e] == '.') {
			e++
		}
		if e == j || e >= n || src[e] != '/' {
			break
		}
		j = e + 1
	}
	return hit{}, false
}

// scanDialLogin matches the endpoint of an Asterisk channel name or dial
// string that starts at the channel technology src[i:w] when the endpoint
// is named after its user, as a person's login (personLogin): a WebRTC
// client or a softphone provisioned per person, "PJSIP/jane.doe-0000001a",
// "SIP/j.smith,30". An extension ("PJSIP/2001") is scanDialString's, and
// a trunk or a single word ("PJSIP/trunk", "SIP/jsmith") names no one by
// itself, as with the other login cues.
func scanDialLogin(src []byte, i, w int) (hit, bool) {
	n := len(src)
	if w >= n || src[w] != '/' || !channelTech(src[i:w]) || i > 0 && (isAlnum(src[i-1]) || src[i-1] == '/') {
		return hit{}, false
	}
	j := w + 1
	e := j
	for e < n && e-j <= 64 && (isAlnum(src[e]) || src[e] >= 0x80 || src[e] == '.' || src[e] == '_') {
		e++
	}
	if e < n && !dialStringEnd(src[e]) || !dialLogin(src[j:e]) || fsUserEndpoint(src, i, w) && (e >= n || src[e] != '@') {
		return hit{}, false
	}
	return hit{det: DetName, start: j, end: e}, true
}

// dialStringEnd reports whether c may follow the number of a dial string.
func dialStringEnd(c byte) bool {
	switch c {
	case '@', '-', ',', ')', ']', '"', '\'', ' ', '\t', ';', '&', '|', '/',
		'<': // an XML element's text: <last_arg>sofia/gateway/carrier/4930...</last_arg>
		return true
	}
	return false
}

// fsUserEndpoint reports whether the channel technology src[i:w] is
// FreeSWITCH's user endpoint (mod_dptools: bridge user/1001@domain), which
// always names its directory user before '@'; "user/" elsewhere (a path,
// "user/password") is no dial string without it.
func fsUserEndpoint(src []byte, i, w int) bool {
	return w-i == 4 && string(src[i:w]) == "user"
}

func channelTech(w []byte) bool {
	switch string(w) { // no allocation: a switch on a converted []byte
	case "SIP", "PJSIP", "IAX2", "DAHDI", "Local", "SCCP", "Skinny", "MGCP", "Motif", "Dongle", "H323", "OOH323", "UNISTIM", "WebRTC",
		"sofia", "loopback", // FreeSWITCH: sofia/gateway/provider/4930690000, sofia/internal/1001@host
		"user": // FreeSWITCH's user endpoint, user/1001@domain (fsUserEndpoint)
		return true
	}
	return false
}

// dialLogin reports whether the endpoint of a channel name or dial string
// is a person's login (accountLogin: PJSIP/jane.doe, SIP/jdoe), not an
// extension, a trunk or a service's endpoint (PJSIP/2001, SIP/trunk,
// PJSIP/voicemail).
func dialLogin(v []byte) bool {
	return accountLogin(v) && !trunkWord(v)
}

// trunkWord reports whether an endpoint's name says it is a trunk or a
// provider's, or a feature of the PBX, rather than a user's phone.
func trunkWord(v []byte) bool {
	for _, w := range [...]string{"trunk", "provider", "carrier", "gateway", "gw", "pstn", "sbc", "peer", "voicemail",
		"vm", "conference", "conf", "queue", "ivr", "fax", "local", "outbound", "inbound", "twilio", "telnyx",
		"vonage", "bandwidth", "sipgate", "flowroute", "voipms", "anveo", "callcentric"} {
		if indexFold(v, w) >= 0 {
			return true
		}
	}
	return false
}
