package redact

// Keys that name a call's or a message's party in ways the key tables do
// not spell: a label of two words before '=' (Cisco IOS's "Calling
// Number=", Q.931's "Calling Party Number i = 0x2183, '…'") and the id of
// a messaging user that is the user's number (WhatsApp's wa_id).

// spacedPartyKey reports whether the key src[name:k], "number", "num" or
// "no", is the last word of a label whose words before it, separated by
// single blanks, name a party ("Calling Number", "Called Party Number",
// "Redirecting Number"): the label a debug trace prints before '='.
func spacedPartyKey(src []byte, name, k int) bool {
	if name < 0 || name >= k || k > len(src) {
		return false // no word before the key ("0 i=0": q931Number's caller found none)
	}
	w := src[name:k]
	if !(foldEq(w, "number") || foldEq(w, "num") || foldEq(w, "no")) {
		return false
	}
	prev, s := partyLabelWord(src, name)
	if prev == nil {
		return false
	}
	if foldEq(prev, "party") {
		if prev, _ = partyLabelWord(src, s); prev == nil {
			return false
		}
	}
	return partyWord(prev)
}

// partyLabelWord returns the run of letters that ends one blank before src[i]
// and where it starts, or nil.
func partyLabelWord(src []byte, i int) ([]byte, int) {
	if i < 2 || src[i-1] != ' ' || !isAlpha(src[i-2]) {
		return nil, i
	}
	s := i - 2
	for s > 0 && isAlpha(src[s-1]) {
		s--
	}
	if s > 0 && isAlnum(src[s-1]) {
		return nil, i
	}
	return src[s : i-1], s
}

// q931Number matches the digits of a Q.931 party number information
// element as Cisco IOS's debug isdn q931 decodes it: the key "i" after
// "Calling Party Number" (or Called, Redirecting...), the octets of the
// type and plan in hex, and the number in single quotes:
// "Calling Party Number i = 0x2183, '4155550123'". src[j] is the byte
// after '=' and its blanks.
func q931Number(src []byte, name, k, j int) (hit, bool) {
	if k-name != 1 || lower(src[name]) != 'i' || !spacedPartyKey(src, wordStartBefore(src, name), name-1) {
		return hit{}, false
	}
	n := len(src)
	if j+2 >= n || src[j] != '0' || lower(src[j+1]) != 'x' {
		return hit{}, false
	}
	j += 2
	for j < n && isHex(src[j]) {
		j++
	}
	if j+3 >= n || src[j] != ',' || src[j+1] != ' ' || src[j+2] != '\'' {
		return hit{}, false
	}
	v := j + 3
	e := v
	if e < n && src[e] == '+' {
		e++
	}
	for e < n && isDigit(src[e]) {
		e++
	}
	if e-v < 2 || e >= n || src[e] != '\'' {
		return hit{}, false
	}
	return hit{det: DetPhone, start: v, end: e}, true
}

// wordStartBefore returns where the word that ends one blank before
// src[i] starts ("Number" in "Number i"), or i when there is none.
func wordStartBefore(src []byte, i int) int {
	if _, s := partyLabelWord(src, i); s < i {
		return s
	}
	return i
}

// partyIDKey reports whether key is the id of a messaging user that is
// the user's number: WhatsApp's wa_id and its statuses' recipient_id, a
// message's sender_id (E.164 digits without '+'). A database's short
// serial under such a key is no number: partyNumber wants seven digits.
func partyIDKey(key []byte) bool {
	n := len(key)
	if n < 5 || !foldEq(key[n-2:], "id") {
		return false
	}
	e := n - 2
	switch {
	case key[e-1] == '_' || key[e-1] == '-':
		e--
	case isUpper(key[e]) && !isUpper(key[e-1]):
	default:
		return false
	}
	w := key[:e]
	return foldEq(w, "wa") || foldEq(w, "recipient") || foldEq(w, "sender")
}

// numberResourceID reports whether key names an API's id of a phone
// number resource rather than the number: its last word is "id" or "sid"
// after "number" (WhatsApp's phone_number_id, a 15-digit Graph API id;
// phoneNumberId, phone_number_sid).
func numberResourceID(key []byte) bool {
	n := len(key)
	if n < 9 || !foldEq(key[n-2:], "id") {
		return false
	}
	e := n - 2
	if lower(key[e-1]) == 's' {
		e--
	}
	switch {
	case key[e-1] == '_' || key[e-1] == '-':
		e--
	case isUpper(key[e]) && !isUpper(key[e-1]):
	default:
		return false
	}
	return foldEq(key[e-6:e], "number")
}

// peerAddressLabel reports whether src[i:k] is the name PeerAddress in a
// list of "Name Value" pairs separated by ", ", a blank and a digit after
// it: the far end of a call leg as a Cisco IOS gateway's gw-accounting
// syslog writes it (%VOIPAAA-5-VOIP_CALL_HISTORY: …, PeerAddress
// 4155550123, PeerSubAddress , …). scanKeyed reads the blank as the
// delimiter (peerAddressPair).
func peerAddressLabel(src []byte, i, k int) bool {
	return k-i == 11 && i >= 2 && src[i-1] == ' ' && src[i-2] == ',' && k+1 < len(src) && src[k] == ' ' &&
		isDigit(src[k+1]) && foldEq(src[i:k], "peeraddress")
}

// peerAddressPair matches the number after a peerAddressLabel: three to
// fifteen digits and the ',' that ends the pair. src[v] is the first digit.
func peerAddressPair(src []byte, v int) (hit, bool) {
	e := v
	for e < len(src) && isDigit(src[e]) {
		e++
	}
	if e-v < 3 || e-v > 15 || e >= len(src) || src[e] != ',' {
		return hit{}, false
	}
	return hit{det: DetPhone, start: v, end: e}, true
}

func init() {
	// frm, the forwarding party of Cisco's feature VSAs, is a short
	// name that keyContextName spells out (with cgn and cdn): let
	// three-letter keys starting with 'f' reach it.
	keyFirst[3] |= 1 << ('f' & 31)
}
