package redact

import (
	"bytes"
	"encoding/binary"
	"net/netip"
	"unsafe"
)

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
	// inValue is set while the detectors run on a secret's value, where
	// no key is looked for (a value is not a key, and this bounds the
	// recursion).
	inValue bool
	// keyCache remembers the context of recent scanner.key values: JSON
	// records repeat the same keys, and classifying one costs more than
	// scanning a short value.
	keyCache [2 * keyCacheSize]struct {
		n    uint8 // 0: empty
		info keyInfo
		name [keyCacheMax]byte
	}
	// kinfo is what key says, valid while kfor is key (see setKey; a
	// key assigned directly is classified again by next).
	kinfo keyInfo
	kfor  []byte
	// The e-mail look-ahead: sepLeft is the distance from the next '@' or
	// '%' to the end of the slice that ends at address sepEnd (0 when there
	// is none), found from the position sepAtLeft bytes before that end; it
	// holds for every later position up to that byte. Keyed by the end
	// address because next scans src[from:] and detectors look at
	// sub-slices that all end with the record, it stays valid across next
	// calls that move forward through one record (sepFrom), so a long line
	// with many detections and no '@' is searched once, not once per
	// detection. next(src, 0) starts over: a caller may reuse a buffer.
	sepEnd    uintptr
	sepLeft   int
	sepAtLeft int
	sepFrom   int
}

// Byte classes. A byte may have several.
const (
	cDigit     uint16 = 1 << iota // 0-9
	cHexLet                       // a-f A-F
	cAlpha                        // A-Z a-z
	cUpper                        // A-Z
	cLocal                        // e-mail local part: alnum . _ + -
	cLabel                        // domain label: alnum -
	cKey                          // key name: alnum _ - .
	cB64                          // base64url: alnum - _
	cTok68                        // RFC 7235 token68: alnum - . _ ~ + /
	cStart                        // a detection may begin here
	cEmailNext                    // may follow a word in an e-mail local part: @ % . _ + -
	cKeyNext                      // may follow a word in a key name: = : " _ - . % and backslash
	cDigitNext                    // may follow digits in a detection: . : - % @ _ + space a-f A-F
	cMRZNext                      // joins the fields of a passport's machine-readable zone: <
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
		switch b {
		case '@', '%', '.', '_', '+', '-':
			k |= cEmailNext
		}
		switch b {
		case '=', ':', '"', '_', '-', '.', '%', '\\':
			k |= cKeyNext
		}
		switch b {
		case '.', ':', '-', '%', '@', '_', '+':
			k |= cDigitNext
		}
		if k&cHexLet != 0 {
			k |= cDigitNext
		}
		if b == '<' {
			k |= cMRZNext
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
// leftmost one, and of those starting at the same byte the longest. The
// bytes before from are not looked at: from is the end of the previous
// detection, and its replacement must not change what is found after it.
// Detections that a key gives context to (a secret value after "token=",
// a phone number after "caller=") start after their key.
// It does not allocate.
func (s *scanner) next(src []byte, from int) (m match, ok bool) {
	if from < 0 {
		from = 0
	}
	s.emailNone, s.keyNone = 0, 0
	if from == 0 || from < s.sepFrom {
		s.sepEnd = 0 // new content, or not moving forward: look again
	}
	s.sepFrom = from
	kc := ctxNone
	if len(s.key) > 0 {
		if unsafe.SliceData(s.kfor) != unsafe.SliceData(s.key) || len(s.kfor) != len(s.key) {
			s.kinfo, s.kfor = s.cachedInfo(s.key), s.key
		}
		kc = s.kinfo.ctx
	}
	var h hit
	switch kc {
	case ctxSecret, ctxPassword, ctxBearer, ctxName:
		h, ok = s.keyedValue(src, from, kc)
	default:
		// scanFrom, without a call level: most values hold no
		// detection, and each level copies the result.
		if from > len(src) {
			from = len(src)
		}
		if h, ok = s.scanCtx(src[from:], kc); !ok {
			return match{}, false
		}
		h.start, h.end, h.domain = h.start+from, h.end+from, h.domain+from
	}
	if !ok {
		return match{}, false
	}
	m = match{det: h.det, start: h.start, end: h.end, domain: h.domain}
	switch h.det {
	case DetIPv4:
		m.addr = netip.AddrFrom4([4]byte{h.ip[0], h.ip[1], h.ip[2], h.ip[3]})
	case DetIPv6:
		m.addr = netip.AddrFrom16(h.ip)
	}
	return m, true
}

// The key-context cache: keyCacheSize sets of two entries, for keys of up
// to keyCacheMax bytes (text keys such as a CloudFront field or host:port
// reach 50 bytes; keyContext finds nothing in keys over 64).
const (
	keyCacheBits = 6
	keyCacheSize = 1 << keyCacheBits
	keyCacheMax  = 63
)

// setKey sets the key that gives the next scans context, and returns
// what it says of its value.
func (s *scanner) setKey(key []byte) keyInfo {
	s.key, s.kfor = key, key
	s.kinfo = keyInfo{}
	if len(key) > 0 {
		s.kinfo = s.cachedInfo(key)
	}
	return s.kinfo
}

// cachedContext returns keyContext(key) through s.keyCache.
func (s *scanner) cachedContext(key []byte) keyCtx { return s.cachedInfo(key).ctx }

// cachedInfo returns keyInfoOf(key) through s.keyCache.
func (s *scanner) cachedInfo(key []byte) keyInfo {
	if len(key) == 0 || len(key) > keyCacheMax {
		return keyInfoOf(key)
	}
	// Mix the length and the first and last eight bytes: the cache must
	// not thrash between the few dozen keys of a record type (a miss
	// costs a keyContext).
	l := len(key)
	var a, b uint64
	if l >= 8 {
		a = binary.LittleEndian.Uint64(key)
		b = binary.LittleEndian.Uint64(key[l-8:])
	} else {
		for i, c := range key {
			a |= uint64(c) << (8 * i)
		}
	}
	h := (a^uint64(l))*0x9e3779b97f4a7c15 ^ b*0xc2b2ae3d27d4eb4f
	h ^= h >> 29
	h *= 0x94d049bb133111eb
	set := s.keyCache[(h>>(64-keyCacheBits))*2:][:2]
	for w := range set {
		if e := &set[w]; int(e.n) == l && string(e.name[:l]) == string(key) {
			return e.info
		}
	}
	// Two ways, the newest first: two keys that alternate in every
	// record and hash alike both stay.
	set[1] = set[0]
	e := &set[0]
	e.info = keyInfoOf(key)
	e.n = uint8(copy(e.name[:], key))
	return e.info
}

// hit is what the detectors return: a match without pointers (netip.Addr
// holds one), so that the many candidates on the hot path cost no zeroing.
type hit struct {
	det        Detector
	start, end int
	domain     int
	ip         [16]byte // DetIPv4: the first four bytes; DetIPv6: all
}

// scanFrom runs scanCtx on src[from:]. The detectors do not see what came
// before from: it is the previous detection, which the caller replaces, so
// it must not decide whether something starts at from (redacting twice
// must equal redacting once).
func (s *scanner) scanFrom(src []byte, from int, kc keyCtx) (hit, bool) {
	if from > len(src) {
		from = len(src)
	}
	h, ok := s.scanCtx(src[from:], kc)
	h.start, h.end, h.domain = h.start+from, h.end+from, h.domain+from
	return h, ok
}

// scanCtx is the main loop: it tries each byte that can start a detection
// and is not inside a word, and skips the rest of words where nothing
// started.
func (s *scanner) scanCtx(src []byte, kc keyCtx) (hit, bool) {
	n := len(src)
	// Every letter or digit at i is a word start: the loop steps over
	// whole words and URL escapes.
	for i := 0; i < n; i++ {
		c := src[i]
		k := class[c]
		if k&cStart == 0 {
			continue
		}
		if k&cAlnum == 0 {
			// '+', '(', '%', ':': only a few followers can start anything.
			if i+1 >= n {
				break
			}
			d := src[i+1]
			switch c {
			case '+', '(':
				if (d < '1' || d > '9') && d != '(' {
					continue
				}
			case '%':
				if i+2 >= n || !isHex(d) || !isHex(src[i+2]) {
					continue
				}
				if d != '2' || lower(src[i+2]) != 'b' {
					// A URL escape such as %20 or %3B separates words:
					// a word starts after it.
					i += 2
					continue
				}
			case ':':
				if d != ':' {
					continue
				}
			}
			if m, ok := s.at(src, i, i+1, kc); ok {
				return m, true
			}
			continue
		}
		w := i + 1
		for w < n && isAlnum(src[w]) {
			w++
		}
		// The byte after the word, or the word's length, rules out most
		// detectors at once.
		var c2 byte
		if w < n {
			c2 = src[w]
		}
		wl := w - i
		var maybe bool
		if k&cDigit != 0 {
			// After "word." a number is part of a dotted id, and after
			// "Product/" a version: nothing but an e-mail starts there.
			// An e-mail local part may start anywhere a word does
			// ("x.com.0@example.com" holds one after "com.").
			// The shape of what follows the word rules out most
			// numbers (floats, times, dates) before any detector runs.
			// A keyed value may be anything; a version key only rules
			// addresses out, so its value takes the shape tests.
			keyed := kc != ctxNone && kc != ctxVersion
			shape := keyed || wl >= 13 && wl <= 19 // a keyed value; a card
			if wl <= 4 {
				switch c2 {
				case '.': // IPv4, phone 555.123.4567, MAC 0123.4567.89ab
					shape = wl <= 3 && twoDots(src, w) || wl == 4 && w+5 < n && src[w+5] == '.'
				case ':': // IPv6, MAC
					shape = colonShape(src, w)
				case '-': // SSN, phone, MAC, card
					shape = wl == 3 || wl == 1 && c == '1' || wl == 2 && w+3 < n && src[w+3] == '-' ||
						wl == 4 && threeDigits(src, w+1)
				case ' ': // card in groups, SSN 123 45 6789, NIR 1 84 12 ..., Steuer-ID 36 574 261 809
					shape = wl == 4 && threeDigits(src, w+1) || wl == 3 && ssnSpaced(src, w) ||
						wl <= 2 && w+2 < n && isDigit(src[w+1]) && isDigit(src[w+2]) && natIDDigitShape(src, i, w, c2)
				case '<': // an MRZ line
					shape = true
				}
				shape = shape || keyed
			} else if !shape && (c2 == '<' || wl >= 8 && natIDLongMaybe(src, i, w, wl, c2)) {
				shape = natIDDigitShape(src, i, w, c2) // 12345678Z, PESEL 44051401359, an MRZ line
			}
			// 0044 20 7946 0958, 011 44 ..., 00493069000000
			shape = shape || c == '0' && wl >= 2 && isIntlPrefix(src, i, w)
			switch {
			case shape && !inDottedOrVersion(src, i):
				maybe = true
			case class[c2]&cEmailNext != 0 && i >= s.emailNone && s.emailAhead(src, i):
				if !shape && !inDottedOrVersion(src, i) {
					maybe = true
					break
				}
				// After "word." or "Product/" only an e-mail starts,
				// whatever else the record holds.
				if s.enabled[DetEmail] {
					if m, ok := s.scanEmail(src, i); ok {
						return m, true
					}
				}
			}
		} else {
			if (wl < 9 || wl == 9 && !isDigit(src[i+2])) && class[c2]&(cKeyNext|cEmailNext|cMRZNext) == 0 && c2 != ' ' {
				// The common word ("GET", "img", "Mozilla"): what a
				// short word may start needs one of those after it
				// (or is a national id: AB123456C, X1234567L, P<UTO...).
				i = w - 1
				continue
			}
			if vendorMaybe(src, i) && s.enabled[DetToken] {
				if m, ok := scanVendor(src, i); ok {
					return m, true
				}
			}
			if pemAt(src, i, wl) && s.enabled[DetPrivateKey] {
				if m, ok := scanPEM(src, i); ok {
					return m, true
				}
			}
			if (c2 == ':' || i > 0 && src[i-1] == '-' && (wl == 1 || wl == 4)) && s.enabled[DetSecret] {
				// A URL scheme, or -u/--user.
				if m, ok := credentialAfter(src, i, w); ok {
					return m, true
				}
			}
			key := i >= s.keyNone &&
				// When the key ends with the word, a short one must be
				// one of the names (see keyContextName): rt=, v=, host=.
				(class[c2]&cKey != 0 || wl >= 5 || keyFirst[wl]&(1<<(lower(c)&31)) != 0) &&
				(class[c2]&cKeyNext != 0 || spacedKey(src, w)) && (c2 != '"' && c2 != '\\' || i > 0 && src[i-1] == '"') &&
				!(c2 == ':' && w+2 < n && src[w+1] == '/' && src[w+2] == '/') // a key, but not "https://"
			maybe = k&cHexLet != 0 && (c2 == ':' && wl <= 4 && colonShape(src, w) || // IPv6, MAC
				c2 == '-' && wl == 2 && w+3 < n && src[w+3] == '-' || // MAC
				c2 == '.' && wl == 4 && w+5 < n && src[w+5] == '.') || // MAC
				wl == 20 && c == 'A' || wl >= 15 && (k&cUpper != 0 || isDigit(src[i+2]) && isDigit(src[i+3])) || // AWS key, IBAN
				jwtStart(src, i, wl, c2) ||
				c2 == ' ' && (wl == 4 && isDigit(src[i+2]) && isDigit(src[i+3]) && ibanCC(c, src[i+1]) || // printed IBAN
					(wl == 5 || wl == 6) && (c == 'B' || c == 'b')) || // Bearer, Basic
				c2 == '-' && wl == 4 && isDigit(src[i+2]) && isDigit(src[i+3]) && ibanCC(c, src[i+1]) || // IBAN in dashed groups
				natIDAlphaMaybe(src, i, wl, c2) && natIDAlphaShape(src, i, w, c2) || // AB123456C, P<UTO...
				class[c2]&cEmailNext != 0 && i >= s.emailNone && s.emailAhead(src, i)
			if key && !maybe {
				// Only a key can start here: what at would do, without
				// the call and the other detectors' tests.
				if !s.inValue {
					if m, ok := s.scanKeyed(src, i); ok {
						return m, true
					}
				}
				i = w - 1
				continue
			}
			maybe = maybe || key
		}
		if maybe {
			if m, ok := s.at(src, i, w, kc); ok {
				return m, true
			}
		}
		i = w - 1
	}
	return hit{}, false
}

// emailAhead reports whether an '@', or one encoded as %40 or %2540,
// follows src[i].
func (s *scanner) emailAhead(src []byte, i int) bool {
	// Positions are kept as distances from the end of src: next scans
	// src[from:], and every such slice of one record ends at the same byte.
	end := uintptr(unsafe.Pointer(unsafe.SliceData(src))) + uintptr(len(src))
	left := len(src) - i // distance from i to the end
	if end != s.sepEnd || s.sepLeft > left || left > s.sepAtLeft {
		s.sepEnd, s.sepAtLeft = end, left
		sep := len(src)
		if x := bytes.IndexByte(src[i:], '@'); x >= 0 {
			sep = i + x
		}
		// Or an encoded one, %40 or %2540 (what scanEmail accepts); other
		// escapes such as the %20 all over a CloudFront User-Agent are not.
		for p := i; p < sep; {
			x := bytes.IndexByte(src[p:sep], '%')
			if x < 0 {
				break
			}
			p += x
			if r := src[p+1:]; len(r) >= 2 && r[0] == '4' && r[1] == '0' ||
				len(r) >= 4 && r[0] == '2' && r[1] == '5' && r[2] == '4' && r[3] == '0' {
				sep = p
				break
			}
			p++
		}
		s.sepLeft = len(src) - sep
	}
	return s.sepLeft > 0
}

// inDottedOrVersion reports whether the number at src[i] follows "word." (a
// part of a dotted id or host name) or "Product/" (a version): nothing but
// an e-mail starts there.
func inDottedOrVersion(src []byte, i int) bool {
	return i >= 2 && src[i-1] == '.' && isAlnum(src[i-2]) || afterProduct(src, i)
}

// jwtStart reports whether the word src[i:i+wl], followed by c2, may start
// a JWT: its header is base64url JSON, "ey...", and either long enough to
// end at the first dot or cut into words by a '-' or '_'.
func jwtStart(src []byte, i, wl int, c2 byte) bool {
	return src[i] == 'e' && wl >= 2 && src[i+1] == 'y' && (wl >= 10 && c2 == '.' || c2 == '-' || c2 == '_')
}

// spacedKey reports whether src[w:] is " =" or " :": a key written with a
// space before its delimiter ("password = hunter2").
func spacedKey(src []byte, w int) bool {
	return w+1 < len(src) && src[w] == ' ' && (src[w+1] == '=' || src[w+1] == ':')
}

// twoDots reports whether the run of digits and dots at src[w:] holds at
// least two dots: an IPv4 address has three, a dotted phone number two.
func twoDots(src []byte, w int) bool {
	dots := 0
	for ; w < len(src); w++ {
		if c := src[w]; c == '.' {
			if dots++; dots == 2 {
				return true
			}
		} else if !isDigit(c) {
			break
		}
	}
	return false
}

// colonShape reports whether the run of hex digits, colons and dots at
// src[w:] could hold an IPv6 or a MAC address: it has a hex letter, a "::"
// or at least five colons. A time such as 20:00:00 has none of them.
func colonShape(src []byte, w int) bool {
	colons := 0
	for ; w < len(src); w++ {
		c := src[w]
		k := class[c]
		if k&cHexLet != 0 {
			return true
		}
		if c == ':' {
			if w+1 < len(src) && src[w+1] == ':' {
				return true
			}
			if colons++; colons == 5 {
				return true
			}
		} else if k&cDigit == 0 && c != '.' {
			break
		}
	}
	return false
}

// ssnSpaced reports whether src[w:] is " 45 6": the rest of an SSN
// written with spaces.
func ssnSpaced(src []byte, w int) bool {
	return w+4 < len(src) && isDigit(src[w+1]) && isDigit(src[w+2]) && src[w+3] == ' ' && isDigit(src[w+4])
}

// threeDigits reports whether src[i:i+3] are digits: a card's second
// group has at least three.
func threeDigits(src []byte, i int) bool {
	return i+3 <= len(src) && isDigit(src[i]) && isDigit(src[i+1]) && isDigit(src[i+2])
}

// afterEscape reports whether src[i] follows a URL escape such as %20,
// which separates words as the byte it encodes would.
func afterEscape(src []byte, i int) bool {
	return i >= 3 && src[i-3] == '%' && isHex(src[i-2]) && isHex(src[i-1])
}

// pick keeps m in *best when it is better: it starts earlier, or at the
// same byte and is longer.
func pick(best *hit, found *bool, m hit) {
	if !*found || m.start < best.start || m.start == best.start && m.end > best.end {
		*best, *found = m, true
	}
}

// at returns the best detection that starts at src[i] (or, for a key, at its
// value). i is not inside a word; src[i:w] is the word (of letters and
// digits) that starts there, or the single byte src[i]. The byte after the
// word decides cheaply which detectors can match at all.
func (s *scanner) at(src []byte, i, w int, kc keyCtx) (best hit, found bool) {
	c := src[i]
	k := class[c]
	var c2 byte // the byte after the word, 0 at the end
	if w < len(src) {
		c2 = src[w]
	}
	wl := w - i
	switch {
	case k&cDigit != 0:
		if s.enabled[DetIPv4] && wl <= 3 && c2 == '.' && kc != ctxVersion {
			if m, ok := scanIPv4(src, i); ok {
				pick(&best, &found, m)
			}
		}
		hexNext := class[c2]&cHexLet != 0
		if wl <= 4 && (c2 == ':' || hexNext) && s.enabled[DetIPv6] {
			if m, ok := scanIPv6(src, i); ok {
				pick(&best, &found, m)
			}
		}
		if (hexNext && wl < 4 || wl == 2 && (c2 == ':' || c2 == '-') || wl == 4 && c2 == '.') && s.enabled[DetMAC] {
			if m, ok := scanMAC(src, i); ok {
				pick(&best, &found, m)
			}
		}
		if s.enabled[DetSSN] && (wl == 3 && isSSNSep(c2) || wl == 9 && kc == ctxSSN) {
			if m, ok := scanSSN(src, i, kc == ctxSSN); ok {
				pick(&best, &found, m)
			}
		}
		if s.enabled[DetCard] && (wl == 4 && (c2 == ' ' || c2 == '-') || wl >= 13 && wl <= 19) {
			if m, ok := scanCard(src, i); ok {
				pick(&best, &found, m)
			}
		}
		if s.enabled[DetPhone] {
			if kc == ctxPhone {
				if m, ok := scanPhoneCtx(src, i); ok {
					pick(&best, &found, m)
				}
			} else if (wl == 3 || wl == 1 && c == '1') && (c2 == '-' || c2 == '.') {
				if m, ok := scanPhoneNational(src, i); ok {
					pick(&best, &found, m)
				}
			}
			if kc != ctxPhone && c == '0' && wl >= 2 && isIntlPrefix(src, i, w) {
				if m, ok := scanPhoneIntl(src, i); ok {
					pick(&best, &found, m)
				}
			}
		}
		if s.enabled[DetNationalID] && (kc == ctxNatID || natIDDigitPre(src, i, wl, c2) && natIDDigitShape(src, i, w, c2)) {
			if m, ok := s.scanNationalID(src, i, w, kc); ok {
				pick(&best, &found, m)
			}
		}
		if s.enabled[DetEmail] && i >= s.emailNone && class[c2]&cEmailNext != 0 && s.emailAhead(src, i) {
			if m, ok := s.scanEmail(src, i); ok {
				pick(&best, &found, m)
			}
		}
	case k&cAlpha != 0:
		if vendorMaybe(src, i) && s.enabled[DetToken] {
			if m, ok := scanVendor(src, i); ok {
				pick(&best, &found, m)
			}
		}
		if pemAt(src, i, wl) && s.enabled[DetPrivateKey] {
			if m, ok := scanPEM(src, i); ok {
				pick(&best, &found, m)
			}
		}
		if s.enabled[DetSecret] {
			if m, ok := credentialAfter(src, i, w); ok {
				pick(&best, &found, m)
			}
		}
		if i >= s.keyNone && !s.inValue && (class[c2]&cKeyNext != 0 || spacedKey(src, w)) {
			if m, ok := s.scanKeyed(src, i); ok {
				return m, true
			}
		}
		if k&cHexLet != 0 && wl <= 4 && (c2 == ':' || c2 == '-' || c2 == '.') {
			if s.enabled[DetIPv6] {
				if m, ok := scanIPv6(src, i); ok {
					pick(&best, &found, m)
				}
			}
			if s.enabled[DetMAC] {
				if m, ok := scanMAC(src, i); ok {
					pick(&best, &found, m)
				}
			}
		}
		if k&cUpper != 0 {
			if c == 'A' && wl == 20 && s.enabled[DetAWSKey] {
				if m, ok := scanAWSKey(src, i); ok {
					pick(&best, &found, m)
				}
			}
		}
		if s.enabled[DetIBAN] && (wl >= 15 || wl == 4) && ibanShape(src, i, wl, c2) {
			if m, ok := scanIBAN(src, i); ok {
				pick(&best, &found, m)
			}
		}
		if s.enabled[DetNationalID] && natIDAlphaMaybe(src, i, wl, c2) && natIDAlphaShape(src, i, w, c2) {
			if m, ok := s.scanNationalID(src, i, w, kc); ok {
				pick(&best, &found, m)
			}
		}
		if jwtStart(src, i, wl, c2) && s.enabled[DetJWT] {
			if m, ok := scanJWT(src, i); ok {
				pick(&best, &found, m)
			}
		}
		if (c == 'B' || c == 'b') && (wl == 5 || wl == 6) && c2 == ' ' && s.enabled[DetBearer] {
			if m, ok := scanBearerWord(src, i); ok {
				pick(&best, &found, m)
			}
		}
		if s.enabled[DetEmail] && i >= s.emailNone && class[c2]&cEmailNext != 0 && s.emailAhead(src, i) {
			if m, ok := s.scanEmail(src, i); ok {
				pick(&best, &found, m)
			}
		}
	case c == '+' || c == '%':
		if s.enabled[DetPhone] {
			if m, ok := scanPhonePlus(src, i); ok {
				pick(&best, &found, m)
			}
		}
	case c == '(':
		if s.enabled[DetPhone] {
			if m, ok := scanPhoneNational(src, i); ok {
				pick(&best, &found, m)
			}
		}
	case c == ':':
		if s.enabled[DetIPv6] && i+1 < len(src) && src[i+1] == ':' {
			if m, ok := scanIPv6(src, i); ok {
				pick(&best, &found, m)
			}
		}
	}
	return best, found
}
