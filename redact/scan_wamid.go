package redact

// WhatsApp message ids. The Cloud API and the On-Premises API name every
// message "wamid." and base64 of a small Thrift structure whose first field
// is the user's WhatsApp number as a string of digits (its country code
// and national number, no '+'): in webhooks' messages[].id, statuses[].id
// and context.id, and in every log that correlates them. The number is
// the person's, so the encoded part is masked as a phone number; "wamid."
// stays, to say what the value was. Other ids of the same shape (a group's,
// whose first field is no number) keep their value.

// wamidMinRun is the shortest encoded part read: the field's header (3
// bytes) and a number of 7 digits make 10 bytes, 14 base64 bytes.
const wamidMinRun = 14

// wamidAt reports whether the word src[i:w] may open the encoded part of
// a message id: "wamid." before it, "HBg" (a struct, a binary field)
// opening it, and long enough for a number.
func wamidAt(src []byte, i, w int) bool {
	return w-i >= longWord && i >= 6 && src[i] == 'H' && src[i+1] == 'B' && src[i+2] == 'g' &&
		src[i-1] == '.' && foldEq(src[i-6:i-1], "wamid")
}

// scanWAMID matches the encoded part of a WhatsApp message id at src[i],
// the start of the word src[i:w], when it holds a number.
func (s *scanner) scanWAMID(src []byte, i, w int) (hit, bool) {
	if s.b64Depth > 0 || !s.enabled[DetPhone] || !wamidAt(src, i, w) {
		return hit{}, false
	}
	e, end, url, _ := b64Run(src, i)
	if e-i < wamidMinRun {
		return hit{}, false
	}
	// Only the field's header and the number are needed: 24 base64
	// bytes decode to 18, enough for a number of up to 15 digits.
	n := min(e-i, 24)
	dec, ok := s.b64Decode(src, i, i+n, url)
	if !ok || !wamidNumber(dec) {
		return hit{}, false
	}
	return hit{det: DetPhone, start: i, end: end}, true
}

// wamidNumber reports whether dec, the decoded start of a message id,
// opens with a string field that holds 7 to 15 digits (Thrift's compact
// protocol: a struct (0x1c), a binary field (0x18), its length).
func wamidNumber(dec []byte) bool {
	if len(dec) < 3 || dec[0] != 0x1c || dec[1] != 0x18 {
		return false
	}
	n := int(dec[2])
	if n < 7 || n > 15 || 3+n > len(dec) {
		return false
	}
	for _, c := range dec[3 : 3+n] {
		if !digitByte(c) {
			return false
		}
	}
	return true
}
