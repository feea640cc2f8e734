package redact

import "net/netip"

// match is one builtin detection in a byte slice.
type match struct {
	det        Detector
	start, end int        // src[start:end] is what gets replaced
	addr       netip.Addr // DetIPv4, DetIPv6: the address as parsed, without zone
	domain     int        // DetEmail: src[domain:end] is the domain part
}

// scanner finds builtin detections in one left-to-right pass.
// Set enabled before use; key is the JSON key (or text key such as "phone=")
// of the value being scanned, empty when there is none, and gives context to
// the detectors that need it (phone numbers, secrets by key name).
//
// A scanner is not safe for concurrent use: next keeps a little state
// between the positions it tries within one call.
type scanner struct {
	enabled [NumDetectors]bool
	key     []byte

	// Per-call state, reset by next. Below these positions a detector is
	// known not to start, because an attempt from an earlier position in
	// the same run already failed for a reason that holds for every later
	// start in the run.
	emailNone int
	keyNone   int
}

// Byte classes. A byte may have several.
const (
	cDigit  uint16 = 1 << iota // 0-9
	cHexLet                    // a-f A-F
	cAlpha                     // A-Z a-z
	cUpper                     // A-Z
	cLocal                     // e-mail local part: alnum . _ + -
	cLabel                     // domain label: alnum -
	cKey                       // key name: alnum _ - .
	cB64                       // base64url: alnum - _
	cTok68                     // RFC 7235 token68: alnum - . _ ~ + /
	cStart                     // a detection may begin here
)

const cAlnum = cDigit | cAlpha

var class [256]uint16

func init() {
	for c := 0; c < 256; c++ {
		var k uint16
		b := byte(c)
		switch {
		case '0' <= b && b <= '9':
			k |= cDigit
		case 'A' <= b && b <= 'Z':
			k |= cAlpha | cUpper
		case 'a' <= b && b <= 'z':
			k |= cAlpha
		}
		if ('a' <= b && b <= 'f') || ('A' <= b && b <= 'F') {
			k |= cHexLet
		}
		if k&cAlnum != 0 {
			k |= cLocal | cLabel | cKey | cB64 | cTok68 | cStart
		}
		switch b {
		case '.', '_', '+', '-':
			k |= cLocal
		}
		switch b {
		case '_', '-', '.':
			k |= cKey
		}
		switch b {
		case '-', '_':
			k |= cB64
		}
		switch b {
		case '-', '.', '_', '~', '+', '/':
			k |= cTok68
		}
		if b == '-' {
			k |= cLabel
		}
		switch b {
		case '+', '(', '%', ':':
			k |= cStart
		}
		class[c] = k
	}
}

func isDigit(b byte) bool   { return class[b]&cDigit != 0 }
func isAlnum(b byte) bool   { return class[b]&cAlnum != 0 }
func isAlpha(b byte) bool   { return class[b]&cAlpha != 0 }
func isUpper(b byte) bool   { return class[b]&cUpper != 0 }
func isHex(b byte) bool     { return class[b]&(cDigit|cHexLet) != 0 }
func isKeyByte(b byte) bool { return class[b]&cKey != 0 }

// hexVal returns the value of hex digit b; b must be one.
func hexVal(b byte) int {
	switch {
	case b <= '9':
		return int(b - '0')
	case b >= 'a':
		return int(b-'a') + 10
	default:
		return int(b-'A') + 10
	}
}

// lower returns b in lower case when it is an ASCII letter.
func lower(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// next returns the first detection that starts at or after from: the
// leftmost one, and of those starting at the same byte the longest.
// Detections that a key gives context to (a secret value after "token=",
// a phone number after "caller=") start after their key.
// It does not allocate.
func (s *scanner) next(src []byte, from int) (m match, ok bool) {
	if from < 0 {
		from = 0
	}
	s.emailNone, s.keyNone = 0, 0
	if len(s.key) > 0 {
		switch kc := keyContext(s.key); kc {
		case ctxSecret, ctxBearer:
			return s.keyedValue(src, from, kc)
		case ctxPhone, ctxSSN:
			return s.scanCtx(src, from, kc)
		}
	}
	return s.scanCtx(src, from, ctxNone)
}

// scanCtx is the main loop: it tries each byte that can start a detection
// and is not inside a word.
func (s *scanner) scanCtx(src []byte, from int, kc keyCtx) (match, bool) {
	n := len(src)
	for i := from; i < n; i++ {
		k := class[src[i]]
		if k&cStart == 0 {
			continue
		}
		if k&cAlnum != 0 {
			if i > 0 && isAlnum(src[i-1]) {
				continue
			}
		}
		if m, ok := s.at(src, i, kc); ok {
			return m, true
		}
		// Skip the rest of the word: nothing starts inside it.
		if k&cAlnum != 0 {
			for i+1 < n && isAlnum(src[i+1]) {
				i++
			}
		}
	}
	return match{}, false
}

// better reports whether a is preferred to b: it starts earlier, or at the
// same byte and is longer.
func better(a, b match) bool {
	if a.start != b.start {
		return a.start < b.start
	}
	return a.end > b.end
}

// at returns the best detection that starts at src[i] (or, for a key, at its
// value). i is not inside a word.
func (s *scanner) at(src []byte, i int, kc keyCtx) (best match, found bool) {
	c := src[i]
	k := class[c]
	try := func(m match, ok bool) {
		if ok && (!found || better(m, best)) {
			best, found = m, true
		}
	}
	switch {
	case k&cDigit != 0:
		if s.enabled[DetIPv4] {
			try(scanIPv4(src, i))
		}
		if s.enabled[DetIPv6] {
			try(scanIPv6(src, i))
		}
		if s.enabled[DetMAC] {
			try(scanMAC(src, i))
		}
		if s.enabled[DetSSN] {
			try(scanSSN(src, i, kc == ctxSSN))
		}
		if s.enabled[DetCard] {
			try(scanCard(src, i))
		}
		if s.enabled[DetPhone] {
			if kc == ctxPhone {
				try(scanPhoneCtx(src, i))
			} else {
				try(scanPhoneNational(src, i))
			}
		}
		if s.enabled[DetEmail] && i >= s.emailNone {
			try(s.scanEmail(src, i))
		}
	case k&cAlpha != 0:
		if i >= s.keyNone {
			if m, ok := s.scanKeyed(src, i); ok {
				return m, true
			}
		}
		if k&cHexLet != 0 {
			if s.enabled[DetIPv6] {
				try(scanIPv6(src, i))
			}
			if s.enabled[DetMAC] {
				try(scanMAC(src, i))
			}
		}
		if k&cUpper != 0 {
			if c == 'A' && s.enabled[DetAWSKey] {
				try(scanAWSKey(src, i))
			}
			if s.enabled[DetIBAN] {
				try(scanIBAN(src, i))
			}
		}
		if (c == 'e') && s.enabled[DetJWT] {
			try(scanJWT(src, i))
		}
		if (c == 'B' || c == 'b') && s.enabled[DetBearer] {
			try(scanBearerWord(src, i))
		}
		if s.enabled[DetEmail] && i >= s.emailNone {
			try(s.scanEmail(src, i))
		}
	case c == '+' || c == '%':
		if s.enabled[DetPhone] {
			try(scanPhonePlus(src, i))
		}
	case c == '(':
		if s.enabled[DetPhone] {
			try(scanPhoneNational(src, i))
		}
	case c == ':':
		if s.enabled[DetIPv6] && i+1 < len(src) && src[i+1] == ':' {
			try(scanIPv6(src, i))
		}
	}
	return best, found
}
