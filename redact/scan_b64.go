package redact

import "encoding/base64"

// Base64 of a JSON object in a URL or a field: analytics pixels and
// tracking links send their event that way (Mixpanel's /track?data=eyJ...,
// unsubscribe and click links), and the object holds the e-mail address,
// the phone number or the IP address of the person it is about. The
// encoding hides them from every detector; this one decodes the word,
// scans the object, and masks the whole encoded value when the object
// holds any detection (an encoded value cannot be rewritten in part
// without re-encoding it, and the rest is the event's, not the person's).
// JSON objects in base64 begin with "eyJ" ('{"'); JWTs (three segments)
// are the jwt detector's.

// b64MinLen is the shortest encoded object scanned: '{"a":"b@c.de"}' is 20.
const b64MinLen = 16

// b64JSONStart reports, cheaply, whether the word src[i:w] may open base64
// of a JSON object.
func b64JSONStart(src []byte, i, w int) bool {
	return w-i >= 3 && src[i] == 'e' && src[i+1] == 'y' && src[i+2] == 'J'
}

// b64URLByte and b64StdByte report the bytes of each alphabet beyond
// letters and digits.
func b64URLByte(c byte) bool { return c == '-' || c == '_' }
func b64StdByte(c byte) bool { return c == '+' || c == '/' }

// b64Run returns the end of the base64 run that starts at src[i] (e,
// before any padding), the end with its padding (end), and whether it
// used the URL alphabet's '-' or '_'. The run keeps to one alphabet: it
// ends at a byte of the other ("eyJ...J9-+1415...", ".../eyJ...n0/open.gif").
// A value that begins a path segment (after '/') ends at the next '/'.
func b64Run(src []byte, i int) (e, end int, url, std bool) {
	segment := i > 0 && src[i-1] == '/'
	e = i
	for e < len(src) {
		c := src[e]
		switch {
		case isAlnum(c):
		case b64URLByte(c) && !std:
			url = true
		case b64StdByte(c) && !url && !(c == '/' && segment):
			std = true
		default:
			goto done
		}
		e++
	}
done:
	if std && src[e-1] == '/' {
		e-- // a path's separator after the value
	}
	end = e
	for end < len(src) && end-e < 2 && src[end] == '=' {
		end++
	}
	return e, end, url, std
}

// b64Decode decodes src[i:e] (a stray last byte left out) into the
// scanner's buffer, without allocating once the buffer has grown.
func (s *scanner) b64Decode(src []byte, i, e int, url bool) ([]byte, bool) {
	n := e - i
	if n%4 == 1 {
		n-- // a stray byte: decode what can be
	}
	enc := base64.RawStdEncoding
	if url {
		enc = base64.RawURLEncoding
	}
	need := enc.DecodedLen(n)
	if cap(s.b64) < need {
		s.b64 = make([]byte, need)
	}
	dec := s.b64[:need]
	k, err := enc.Decode(dec, src[i:i+n])
	return dec[:k], err == nil
}

// b64Inner scans dec, a decoded value, for a detection; the marks of the
// scan around it are kept.
func (s *scanner) b64Inner(dec []byte) (hit, bool) { return s.innerScan(dec, ctxNone) }

// innerScan scans dec, a value decoded into the scanner's buffer, for a
// detection under key context kc; the marks of the scan around it are kept.
func (s *scanner) innerScan(dec []byte, kc keyCtx) (hit, bool) {
	emailNone, keyNone, idEnd := s.emailNone, s.keyNone, s.idEnd
	sepEnd, atEnd, cFrom, cTo := s.sepEnd, s.atEnd, s.cookieFrom, s.cookieTo
	// The buffer is reused for each decoded value: the look-ahead caches
	// keyed by addresses must not carry over from the last one.
	s.emailNone, s.keyNone, s.idEnd = 0, 0, 0
	s.sepEnd, s.atEnd, s.cookieFrom, s.cookieTo = 0, 0, 0, 0
	s.b64Depth++
	var h hit
	var ok bool
	switch kc {
	case ctxSecret, ctxPassword, ctxBearer, ctxName, ctxLogin, ctxAddress:
		h, ok = s.keyedValue(dec, 0, kc)
	default:
		h, ok = s.scanCtx(dec, kc)
	}
	s.b64Depth--
	s.emailNone, s.keyNone, s.idEnd = emailNone, keyNone, idEnd
	s.sepEnd, s.atEnd, s.cookieFrom, s.cookieTo = sepEnd, atEnd, cFrom, cTo
	return h, ok
}

// b64Before reports whether the byte before src[i] joins it to another
// word, a JWT or a base64 value it would be the middle of ('/' before it:
// a path segment; '=': a parameter's value).
func b64Before(src []byte, i int) bool {
	return i > 0 && (isAlnum(src[i-1]) || b64URLByte(src[i-1]) || src[i-1] == '+' || src[i-1] == '.')
}

// scanB64JSON matches base64 of a JSON object at src[i] whose decoded text
// holds a detection. The match is a secret (DetSecret), or the inner
// detection's detector when secret is off and that is no IP address.
func (s *scanner) scanB64JSON(src []byte, i, w int) (hit, bool) {
	if s.b64Depth > 0 || !b64JSONStart(src, i, w) || b64Before(src, i) {
		return hit{}, false
	}
	e, end, url, std := b64Run(src, i)
	if e-i < b64MinLen || end < len(src) && src[end] == '.' && end+1 < len(src) && isAlnum(src[end+1]) && !std {
		return hit{}, false // short, or a JWT's first segment
	}
	dec, ok := s.b64Decode(src, i, e, url)
	if !ok || len(dec) < 2 || dec[0] != '{' || dec[1] != '"' {
		return hit{}, false
	}
	h, ok := s.b64Inner(dec)
	if !ok {
		return hit{}, false
	}
	det := DetSecret
	if !s.enabled[DetSecret] {
		if h.det == DetIPv4 || h.det == DetIPv6 {
			return hit{}, false // no address to write back for the whole value
		}
		det = h.det
	}
	return hit{det: det, start: i, end: end}, true
}

// Base64 of plain text: an e-mail address or a phone number in an
// unsubscribe or tracking link (/unsubscribe/YW5uYUBleGFtcGxlLmNvbQ==,
// ?u=am9obkBleGFtcGxlLm9yZw), a login in a header. Only a value that
// decodes to printable ASCII and holds a detection is masked, whole, as
// that detection (an IP address inside makes it a secret: no address can
// be written back). Random tokens, hashes and ids almost never decode to
// printable text: each group of four bytes that does not ends the test.
// In base64 of ASCII text a '+' or '/' ('-' or '_') stands only for the
// low bits of '>', '?', '~' or DEL, so an encoded address is one word of
// letters and digits, and the start needs a word of b64TextMin bytes.

// b64TextMin is the shortest value read: 12 bytes decode to 9 ("jo@ex.com").
const b64TextMin = 12

// b64TextFirst reports whether c may begin base64 of printable ASCII: the
// first six bits of a byte from 0x20 to 0x7e are 8 to 31 ('I' to 'f'):
// 'e' and 'f' open the letters x to '~' ("eXVraQ", "em9l"); base64 of a
// JSON object ("eyJ") is b64_json's.
func b64TextFirst(c byte) bool { return 'I' <= c && c <= 'Z' || 'a' <= c && c <= 'f' }

// b64Printable reports whether the four base64 bytes at src[i:] decode to
// three printable ASCII bytes (in either alphabet).
func b64Printable(src []byte, i int) bool {
	if i+4 > len(src) {
		return false
	}
	var v uint32
	for _, c := range src[i : i+4] {
		d := b64Val[c]
		if d < 0 {
			return false
		}
		v = v<<6 | uint32(d)
	}
	return printable(byte(v>>16)) && printable(byte(v>>8)) && printable(byte(v))
}

func printable(b byte) bool { return 0x20 <= b && b <= 0x7e }

// lowerLetters reports whether b is lower-case ASCII letters only.
func lowerLetters(b []byte) bool {
	for _, c := range b {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// b64Val maps a byte of either base64 alphabet to its value, others to -1.
var b64Val = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(std); i++ {
		t[std[i]] = int8(i)
	}
	t['-'], t['_'] = 62, 63
	return t
}()

// scanB64Text matches base64 of printable text at src[i] that holds a
// detection.
func (s *scanner) scanB64Text(src []byte, i int) (hit, bool) {
	if s.b64Depth > 0 || !b64TextFirst(src[i]) || b64Before(src, i) || !b64Printable(src, i) || b64JSONStart(src, i, i+3) {
		return hit{}, false
	}
	e, end, url, std := b64Run(src, i)
	if !url && b64DocBreak(src, end) {
		return s.scanB64Doc(src, i) // lines of base64, escaped (scan_b64doc.go)
	}
	if e-i < b64TextMin || end < len(src) && (src[end] == '.' && !std || src[end] == '@') {
		return hit{}, false // short, a JWT's first segment, or a word of an address
	}
	for k := i + 4; k+4 <= e; k += 4 {
		if !b64Printable(src, k) {
			return hit{}, false
		}
	}
	if lowerLetters(src[i:e]) {
		// A word or a key ("bmwwblxvbmww" reads "nl0n\onl0", a
		// domain\user): base64 of text that holds a detection has
		// capitals or digits.
		return hit{}, false
	}
	dec, ok := s.b64Decode(src, i, e, url)
	if !ok {
		return hit{}, false
	}
	for _, c := range dec {
		if !printable(c) {
			return hit{}, false
		}
	}
	h, ok := s.b64Inner(dec)
	if !ok {
		return hit{}, false
	}
	det := h.det
	if det == DetIPv4 || det == DetIPv6 {
		if !s.enabled[DetSecret] {
			return hit{}, false // no address to write back for the whole value
		}
		det = DetSecret
	}
	// domain at the start: an encoded address shows no domain to keep
	// (keepEmail), so it is masked whatever its domain.
	return hit{det: det, start: i, end: end, domain: i}, true
}
