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
	echo       bool       // hit.echo
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
	// whole is the text next was last given: scanCtx sees only what
	// follows its from, and a rule that reads a label before the value
	// (scan_cef.go) finds it here when its text is a suffix of whole.
	whole []byte

	// on holds the registry's starts that enabled turns on, for onFor
	// (see startsOn).
	on    startSet
	onFor [NumDetectors]bool
	onSet bool

	// Per-call state, reset by next. Below these positions a detector is
	// known not to start, because an attempt from an earlier position in
	// the same run already failed for a reason that holds for every later
	// start in the run.
	emailNone int
	keyNone   int
	// b64 holds a decoded base64 value (scan_b64.go), b64Depth the
	// level of such values being scanned (they are not looked into
	// again).
	b64      []byte
	b64doc   []byte // a base64 document with its escapes and line breaks undone (scan_b64doc.go)
	b64Depth int
	// hexView decodes the escapes of an audit hex value's text
	// (scan_audithex.go).
	hexView view
	// idEnd is the end of a value that a key names an id with an '@'
	// in it (a SIP Call-ID): no e-mail address starts below it. Unlike
	// the marks above it changes what is found, so the e-mail start's
	// scan tests it too.
	idEnd int
	// inValue is set while the detectors run on a secret's value, where
	// no key is looked for (a value is not a key, and this bounds the
	// recursion).
	inValue bool
	// keyCache remembers the context of recent scanner.key values: JSON
	// records repeat the same keys, and classifying one costs more than
	// scanning a short value.
	keyCache [2 * keyCacheSize]struct {
		a, b uint64 // keyBits of the name: the name itself when n <= 16
		n    uint8  // 0: empty
		info keyInfo
		name [keyCacheMax]byte
	}
	// kinfo is what key says, valid while kfor is key (see setKey; a
	// key assigned directly is classified again by next).
	kinfo keyInfo
	kfor  []byte
	// The e-mail look-ahead: sepLeft is the distance from the next '@' to
	// the end of the slice that ends at address sepEnd (0 when there
	// is none), found from the position sepAtLeft bytes before that end; it
	// holds for every later position up to that byte. Keyed by the end
	// address because next scans src[from:] and detectors look at
	// sub-slices that all end with the record, it stays valid across next
	// calls that move forward through one record (sepFrom), so a long line
	// with many detections and no '@' is searched once, not once per
	// detection. next(src, 0) starts over: a caller may reuse a buffer.
	sepEnd uintptr
	// emailEnd is the address of the byte after the last e-mail address
	// next returned: a scan that resumes there may read the address's
	// comment, "jane@example.com (Jane Doe)" (scan_textname.go).
	emailEnd  uintptr
	sepLeft   int
	sepAtLeft int
	sepFrom   int
	// cookieFrom and cookieTo are the addresses of the value of the last
	// cookie header seen in the record (scan_cookie.go): kept across next
	// calls that move forward, as sepEnd is.
	cookieFrom, cookieTo uintptr
	// The next '@' (nextAt): from the address atFrom on, the first is at
	// atNext (atEnd when none), in the slice that ends at atEnd.
	atEnd, atFrom, atNext uintptr
	// pend holds detections found ahead of the one returned, by address
	// and in order (an INSERT's later literals under name columns,
	// scan_dblog.go): a scan that resumes after the first cannot see the
	// column list again. next returns them in turn, unless a detection
	// starts before one. Kept across next calls that move forward, as
	// sepEnd is; pendEnd is the end of the slice they were found in.
	pend         [maxPending]pendingHit
	pendN, pendI int
	pendEnd      uintptr
}

// maxPending bounds the detections a scan keeps for later.
const maxPending = 8

// pendingHit is one detection kept for a later next call.
type pendingHit struct {
	det        Detector
	start, end uintptr
}

// addPending keeps the detection src[start:end] for a later next call.
func (s *scanner) addPending(src []byte, det Detector, start, end int) {
	if e := addrOf(src, len(src)); s.pendEnd != e {
		s.pendEnd, s.pendN, s.pendI = e, 0, 0
	}
	if s.pendN < maxPending {
		s.pend[s.pendN] = pendingHit{det: det, start: addrOf(src, start), end: addrOf(src, end)}
		s.pendN++
	}
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
	cEmailNext                    // may follow a word in an e-mail local part: @ . _ + -
	cKeyNext                      // may follow a word in a key name: = : " ' _ - . > and backslash
	cDigitNext                    // may follow digits in a detection: . : - % @ _ + space a-f A-F
	cGroupSep                     // separates the digit groups of a phone number: space - .
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
		if scriptNameLead(b) {
			k |= cStart // a name in its own script after a cue word: "created by 李娜" (scan_worldname.go)
		}
		switch b {
		case '+', '(', ':', '~', '"', '@', '$':
			k |= cStart // '~': an Azure AD client secret's "Q~", OpenShift's "sha256~"; '"': a display name; '@': a profile route, /@jane.doe; '$': a bcrypt hash
		}
		switch b {
		case '@', '.', '_', '+', '-':
			k |= cEmailNext
		}
		if utf8Letter(b) {
			// An internationalised address (RFC 6531): jürgen@,
			// JOSÉ@, müller.de.
			k |= cLocal | cLabel | cEmailNext
		}
		switch b {
		case '=', ':', '"', '\'', '_', '-', '.', '>', '\\':
			k |= cKeyNext // '\'': 'key': '>': <key>value</key>
		}
		switch b {
		case '.', ':', '-', '%', '@', '_', '+':
			k |= cDigitNext
		}
		if k&cHexLet != 0 {
			k |= cDigitNext
		}
		switch b {
		case ' ', '-', '.':
			k |= cGroupSep
		}
		class[c] = k
	}
	buildStarts()
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
	s.emailNone, s.keyNone, s.idEnd = 0, 0, 0
	if from == 0 || from < s.sepFrom {
		s.sepEnd, s.emailEnd = 0, 0 // new content, or not moving forward: look again
		s.cookieFrom, s.cookieTo = 0, 0
		s.atEnd = 0
		s.pendN, s.pendI, s.pendEnd = 0, 0, 0
	}
	s.sepFrom = from
	s.whole = src
	kc := ctxNone
	if len(s.key) > 0 {
		if unsafe.SliceData(s.kfor) != unsafe.SliceData(s.key) || len(s.kfor) != len(s.key) {
			s.kinfo, s.kfor = s.cachedInfo(s.key), s.key
		}
		kc = s.kinfo.ctx
	}
	if kc == ctxSecret && callIDValue(s.key, src) {
		kc = ctxCallID // Homer's "sid": the call's Call-ID (scan_sipfields.go)
	}
	if kc == ctxSecret && sipSessionUUID(s.key, src) {
		kc = ctxNone // RFC 7989's Session-ID: Local SessionID (scan_ccx.go)
	}
	if kc == ctxNone && from == 0 && len(src) >= 7 && (isDigit(src[0]) || isUpper(src[0]) || src[0] == 'u' || src[0] == 'a' || src[0] >= 0xd0) && len(s.key) > 0 && s.enabled[DetAddress] && (len(src) >= 16 && wholeAddress(src) || wholeStreetLine(src)) {
		// A value that is a postal address from its house number to its
		// postcode under a key that does not say so ("old":"221B Baker
		// Street, London NW1 6XE"), or a street line and nothing else
		// ("fields[6]":"9400 Market St"): as under an address key
		// (scan_addrprose.go).
		return match{det: DetAddress, start: 0, end: len(src)}, true
	}
	if (kc == ctxNone || kc == ctxLogin || kc == ctxPhone) && from == 0 && len(src) == 12 && len(s.key) > 0 && s.kinfo.kind&kindMAC != 0 && s.enabled[DetMAC] && bareMAC(src) {
		return match{det: DetMAC, start: 0, end: 12}, true // Device MAC: 6C710D8ABC10 (scan_ccx.go)
	}
	if kc == ctxNone && from == 0 && (len(src) == 64 || len(src) == 36) && s.enabled[DetSecret] && (apnsDeviceValue(s.key, src) || vendorIDValue(s.key, src)) {
		// An APNs device token under node-apn's "device" or a device id
		// key, iOS's identifierForVendor under a vendor key
		// (scan_pushid.go).
		return match{det: DetSecret, start: 0, end: len(src)}, true
	}
	if from == 0 && len(src) >= 11+7+fcmMinBody && s.enabled[DetSecret] && fcmTokenValue(src) {
		// An FCM registration token, under any key: FCM's own "to"
		// reads as a recipient's (scan_pushid.go).
		return match{det: DetSecret, start: 0, end: len(src)}, true
	}
	if from == 0 && len(src) == 10 && len(s.key) >= 3 && s.enabled[DetNationalID] && panShape(src) && panKey(s.key) {
		// India's PAN under "pan" ({"pan":"ABCPE1234F"}, a KYC record's):
		// a card's number, the other PAN, has no letters (scan_natid.go).
		return match{det: DetNationalID, start: 0, end: 10}, true
	}
	if kc == ctxNone && from == 0 && len(src) == 32 && len(s.key) == 3 && s.enabled[DetSecret] && foldEq(s.key, "eid") && eidValue(src) {
		// An eSIM's EID under its name ("eid":"8904903200…", Jamf's and
		// Apple's inventories): one device's, as an ICCID is
		// (scan_subscriber.go).
		return match{det: DetSecret, start: 0, end: 32}, true
	}
	if kc == ctxNone && from == 0 && len(src) == 18 && s.enabled[DetSecret] && zigbeeIEEE(src) && foldEq(s.key, "friendly_name") {
		// Zigbee2MQTT names a device by its IEEE address until it is
		// renamed: {"friendly_name":"0x00158d0001a2b3c4"} (scan_device.go).
		return match{det: DetSecret, start: 0, end: 18}, true
	}
	if kc == ctxNone && from == 0 && s.enabled[DetName] && len(s.key) == 9 && foldEq(s.key, "entity_id") {
		// Home Assistant names a person's entity and the tracker of
		// their phone after them: person.jane_doe,
		// device_tracker.janes_iphone.
		for _, d := range [...]string{"person.", "device_tracker."} {
			if len(src) > len(d) && string(src[:len(d)]) == d {
				return match{det: DetName, start: len(d), end: len(src)}, true
			}
		}
	}
	if kc == ctxNone && from == 0 && len(s.key) == 4 && s.enabled[DetName] && foldEq(s.key, "name") && nameLogin(src) {
		// "name" names things, but a login that spells a person's name
		// is the person's (scan_namespace.go).
		return match{det: DetName, start: 0, end: len(src)}, true
	}
	if kc == ctxNone && trackGate(s.key) && from == 0 && trackingKey(s.key) && s.enabled[DetSecret] {
		// A visitor id, a captcha token, a proxy's userinfo (scan_tracking.go).
		if a, e := keyedSpan(s.key, src, false); e == len(src) && a == 0 {
			kc = ctxPassword
		} else if e > 0 {
			return match{det: DetSecret, start: a, end: e}, true
		}
	}
	if kc == ctxCallID || kc == ctxMessageID && randomLocalPart(src) {
		s.idEnd = len(src) // a Call-ID's "@host" makes no e-mail address
	}
	if kc == ctxNatID && from == 0 && s.enabled[DetNationalID] && natIDAnyForm(src) && natIDKeyIDs(s.key) == idAll {
		// A national id or tax number of another issuer's form than the
		// checked ones, under a key that names any (scanKeyed reads the
		// same in text).
		return match{det: DetNationalID, start: 0, end: len(src)}, true
	}
	var h hit
	switch kc {
	case ctxSecret, ctxPassword, ctxBearer, ctxName, ctxLogin, ctxAddress, ctxBirth, ctxPostal, ctxDocument, ctxRecording, ctxGeo, ctxPostcode:
		h, ok = s.keyedValue(src, from, kc)
	default:
		// scanFrom, without a call level: most values hold no
		// detection, and each level copies the result.
		if from > len(src) {
			from = len(src)
		}
		decided := false
		if s.pendI < s.pendN {
			h, decided = s.nextPending(src, from, kc)
			ok = decided
		}
		if !decided {
			h, ok = s.scanCtx(src[from:], kc)
			if s.pendI < s.pendN {
				// A detector kept one for later during this scan (an
				// account tool's login after words it left to the
				// others, scan_login_acct.go): it comes first when it
				// lies before what the scan found, which was the
				// first detection from here on.
				if p, pok := s.pendingBefore(src, from, h.start+from, ok); pok {
					h, ok = p, true
					h.start, h.end, h.domain = h.start-from, h.end-from, h.domain-from
				}
			}
			if !ok {
				return match{}, false
			}
			for (kc == ctxCallID || kc == ctxMessageID && h.det != DetEmail) && h.det != DetIPv4 && h.det != DetIPv6 {
				// A Call-ID's word is random (RFC 3261 8.1.1.4): its
				// digits are no card or phone number. Its host's
				// address is still one.
				from += h.end
				if h, ok = s.scanCtx(src[from:], kc); !ok {
					return match{}, false
				}
			}
			h.start, h.end, h.domain = h.start+from, h.end+from, h.domain+from
			if h.det == DetCard && s.kinfo.kind&kindID != 0 && len(s.key) > 0 && idNumber(src, h) {
				return match{}, false // "query_id":N: an id (scan_dblog.go)
			}
		}
	}
	if !ok {
		return match{}, false
	}
	m = match{det: h.det, start: h.start, end: h.end, domain: h.domain, echo: h.echo}
	switch h.det {
	case DetEmail:
		s.emailEnd = addrOf(src, h.end)
	case DetIPv4:
		m.addr = netip.AddrFrom4([4]byte{h.ip[0], h.ip[1], h.ip[2], h.ip[3]})
	case DetIPv6:
		m.addr = netip.AddrFrom16(h.ip)
	}
	return m, true
}

// pendingBefore returns the first kept detection (s.pend) for src that
// starts at or after from and before limit (anywhere when found is
// false), in src's indices, and takes it from the list; kept ones that a
// detection ran past are dropped. It scans nothing: the caller's scan
// found no detection before limit.
func (s *scanner) pendingBefore(src []byte, from, limit int, found bool) (hit, bool) {
	base, end := addrOf(src, 0), addrOf(src, len(src))
	if end != s.pendEnd {
		return hit{}, false
	}
	for s.pendI < s.pendN {
		p := s.pend[s.pendI]
		if p.start < base || p.end > end {
			return hit{}, false
		}
		ps := int(p.start - base)
		if ps < from {
			s.pendI++ // overtaken by a detection that ran past it
			continue
		}
		if found && ps >= limit {
			return hit{}, false
		}
		s.pendI++
		return hit{det: p.det, start: ps, end: int(p.end - base)}, true
	}
	return hit{}, false
}

// nextPending returns the first detection at or after from, in src's
// indices, when a kept one (s.pend) lies ahead in src: what scanCtx finds
// before it, or the kept one; ok is false when none is kept for src (they
// were behind from, or found in another slice: a new record in the same
// buffer), and the caller scans as usual.
func (s *scanner) nextPending(src []byte, from int, kc keyCtx) (h hit, ok bool) {
	base, at, end := addrOf(src, 0), addrOf(src, from), addrOf(src, len(src))
	for s.pendI < s.pendN {
		p := s.pend[s.pendI]
		if end != s.pendEnd || p.start < base || p.end > end {
			s.pendN, s.pendI = 0, 0 // another slice: forget them
			return hit{}, false
		}
		if p.start < at {
			s.pendI++ // overtaken by a detection that ran past it
			continue
		}
		ps := int(p.start - base)
		if h, ok := s.scanCtx(src[from:ps], kc); ok {
			h.start, h.end, h.domain = h.start+from, h.end+from, h.domain+from
			return h, true
		}
		s.pendI++
		return hit{det: p.det, start: ps, end: int(p.end - base)}, true
	}
	return hit{}, false
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
	a, b := keyBits(key)
	h := (a^uint64(l))*0x9e3779b97f4a7c15 ^ b*0xc2b2ae3d27d4eb4f
	h ^= h >> 29
	h *= 0x94d049bb133111eb
	set := s.keyCache[(h>>(64-keyCacheBits))*2:][:2]
	for w := range set {
		// With the length, a and b are the name up to 16 bytes.
		if e := &set[w]; int(e.n) == l && e.a == a && e.b == b && (l <= 16 || string(e.name[:l]) == string(key)) {
			return e.info
		}
	}
	// Two ways, the newest first: two keys that alternate in every
	// record and hash alike both stay.
	set[1] = set[0]
	e := &set[0]
	e.info = keyInfoOf(key)
	e.n = uint8(copy(e.name[:], key))
	e.a, e.b = a, b
	return e.info
}

// keyBits returns two words of the non-empty key that, with its length,
// are the key itself when it has 16 bytes or fewer: its first and last
// eight bytes, or, when it is shorter, its bytes in the first. (Four-byte
// loads for the short keys spread them worse over the cache: JSON keys
// collided.)
func keyBits(key []byte) (a, b uint64) {
	if l := len(key); l >= 8 {
		return binary.LittleEndian.Uint64(key), binary.LittleEndian.Uint64(key[l-8:])
	}
	for i, c := range key {
		a |= uint64(c) << (8 * i)
	}
	return a, 0
}

// hit is what the detectors return: a match without pointers (netip.Addr
// holds one), so that the many candidates on the hot path cost no zeroing.
type hit struct {
	det        Detector
	start, end int
	domain     int
	ip         [16]byte // DetIPv4: the first four bytes; DetIPv6: all
	echo       bool     // look for the value again in the record whatever its length (echo.go)
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
// started. Which detectors a word may start, and how they are tried, is
// the registry's (registry.go).
func (s *scanner) scanCtx(src []byte, kc keyCtx) (hit, bool) {
	n := len(src)
	s.startsOn()
	byCtx := startsByCtx[kc]
	at := -1 // the next '@' at or after the last e-mail candidate (n: none)
	for i := 0; i < n; i++ {
		c := src[i]
		k := class[c]
		if k&cStart == 0 {
			continue
		}
		// Every letter or digit at i is a word start: the loop steps
		// over whole words. '+', '(' and ':' start on their own.
		w := i + 1
		if k&cAlnum != 0 {
			for w < n && isAlnum(src[w]) {
				w++
			}
		}
		// startsAt, written out: this runs for every word.
		var c2 byte
		if w < n {
			c2 = src[w]
		}
		wl, long := w-i, 0
		if wl >= longWord {
			long = 1
		}
		set := startsByFirst[c] & (startsByLen[min(wl, maxWordLen)]&startsByAfter[long][c2] | byCtx) & s.on
		if set&^startsDotted != 0 && k&cDigit != 0 && inDottedOrVersion(src, i) {
			set &= startsDotted
		}
		// The first tests of the two starts most words reach, written out
		// (their may says the same): an e-mail needs an '@' ahead, a key
		// followed by a blank what spacedKey reads after it, and neither
		// starts where an earlier attempt in the run failed.
		if set&startEmail != 0 {
			if i > at {
				at = s.nextAt(src, i)
			}
			if (at >= n || i < s.emailNone || i < s.idEnd) && !escapedAtStart(src, i) {
				set &^= startEmail
			}
		}
		if set&startKey != 0 {
			switch {
			case i < s.keyNone || c2 == ' ' && !spacedKey(src, i, w):
				set &^= startKey
			case class[c2]&cKey != 0:
				// The run of key bytes goes on past the word (a dotted
				// host name, TLS_AES_128_GCM): scanKeyed's first test,
				// written out.
				k := w + 1
				for k < n && isKeyByte(src[k]) {
					k++
				}
				if !keyDelimAfter(src, i, k) {
					s.keyNone = noKeyBefore(src, i, k)
					set &^= startKey
				}
			}
		}
		if set&startPhoneLabel != 0 && !otpLead(src, i) && src[i-1] != '\'' && src[i-1] != '<' && src[i-1] != '(' {
			// A label and a blank come before (phoneLabelBefore,
			// otpCueBefore), or a dialplan log's quote or bracket
			// (dialplanNumber), or an address's parenthesis
			// (streetTextMay).
			set &^= startPhoneLabel
		}
		if set&startIPDashed != 0 && !dashedIPv4Tail(src, w) {
			set &^= startIPDashed // its may, written out: dates and phone numbers end here
		}
		if set&(startTextName|startLoginNet) != 0 {
			set &^= s.leadsOff(src, i, c2, set) // most capitalised words have no cue before them, most words after a dot or a tab no login's
		}
		if set != 0 {
			if m, ok := s.runStarts(src, i, w, kc, set, false); ok {
				return m, true
			}
		}
		i = w - 1
	}
	return hit{}, false
}

// leadsOff returns the starts of set among text_name and login_net that
// cannot begin at the word at src[i], followed by c2: the first tests of
// their may, written out for scanCtx (noTextName, netLoginLead).
func (s *scanner) leadsOff(src []byte, i int, c2 byte, set startSet) (off startSet) {
	if set&startTextName != 0 && s.noTextName(src, i) {
		off |= startTextName
	}
	if set&startLoginNet != 0 && !netLoginLead(src, i, c2) {
		off |= startLoginNet
	}
	return off
}

// nextAt returns the index of the first '@' in src at or after i (len(src):
// none). The answer is kept as addresses (atFrom, atNext, with the end of
// src in atEnd) and reused by later calls in the same record: next scans
// src[from:] after each detection, and a line with many detections and no
// '@' must not be searched to its end once per detection.
func (s *scanner) nextAt(src []byte, i int) int {
	base, a := addrOf(src, 0), addrOf(src, i)
	if s.atEnd == addrOf(src, len(src)) && a >= s.atFrom && a <= s.atNext {
		return int(s.atNext - base)
	}
	at := len(src)
	if x := bytes.IndexByte(src[i:], '@'); x >= 0 {
		at = i + x
	}
	s.atEnd, s.atFrom, s.atNext = addrOf(src, len(src)), a, addrOf(src, at)
	return at
}

// utf8Letter reports whether b may be a byte of a letter in UTF-8 text: a
// continuation byte, or the lead byte of a two- or three-byte sequence
// outside the blocks of punctuation and symbols (0xC2: NBSP, « », ©;
// 0xE2: dashes, quotes, arrows; 0xF0 and up: emoji).
func utf8Letter(b byte) bool {
	return 0x80 <= b && b <= 0xBF || 0xC3 <= b && b <= 0xE1 || 0xE3 <= b && b <= 0xEF
}

// emailAhead reports whether an '@' follows src[i].
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
		s.sepLeft = len(src) - sep
	}
	return s.sepLeft > 0
}

// inDottedOrVersion reports whether the number at src[i] follows "word." (a
// part of a dotted id or host name) or "Product/" (a version): nothing but
// an e-mail starts there.
func inDottedOrVersion(src []byte, i int) bool {
	// afterProduct's first test, written out so that this inlines and
	// most numbers cost no call.
	return i >= 2 && (src[i-1] == '.' && isAlnum(src[i-2]) || src[i-1] == '/' && afterProduct(src, i))
}

// jwtStart reports whether the word src[i:i+wl], followed by c2, may start
// a JWT: its header is base64url JSON, "ey...", and either long enough to
// end at the first dot or cut into words by a '-' or '_'.
func jwtStart(src []byte, i, wl int, c2 byte) bool {
	return src[i] == 'e' && wl >= 2 && src[i+1] == 'y' && (wl >= 10 && c2 == '.' || c2 == '-' || c2 == '_')
}

// spacedKey reports whether the word src[i:w] may be a key followed by
// blanks: blanks then '=', ':' or '-' ("password = x", "token  : x", "key
// -> x"), or one blank after a long option ("--password x"), as scanKeyed
// reads them.
func spacedKey(src []byte, i, w int) bool {
	if w >= len(src) || src[w] != ' ' {
		return false
	}
	if i > 1 && src[i-1] == '-' || cliSetBefore(src, i) || proseSecretAt(src, i, w) > 0 || w-i == 11 && peerAddressLabel(src, i, w) || sqlLikeAt(src, w+1) > 0 {
		return true
	}
	if p := xmlNameStart(src, i); p >= 0 && attrElemText(src, p, w) > 0 {
		return true // <Password Type="...">value</Password>, as keyDelimAfter reads it
	}
	for w < len(src) && src[w] == ' ' {
		w++
	}
	return w < len(src) && (src[w] == '=' || src[w] == ':' || src[w] == '-')
}

// proseSecretWords name a credential in a sentence: "with password
// Tr0ub4dor&3", "set secret wJalrXUtnFEMI/K7MDENG/...", "rotated token
// 9f8e7d6c5b4a...", "Your password is Xk9#mP2vQ7", a web session's id
// ("Successful login for jdoe ... in session 6b5a3f9x0c...", Roundcube):
// whoever holds it is signed in.
var proseSecretWords = []string{"password", "passwd", "passphrase", "secret", "token", "apikey", "session"}

// proseSecretAt returns where the credential begins when the word src[i:k]
// is a proseSecretWords word (or "key" after "api ") standing alone in
// text (a blank or the start before it) and a blank, an optional "is " or
// "to " and a word that reads as a credential follow it; 0 when they do
// not. The word must be one a person does not write: eight bytes or more
// with a digit and a letter, none of them a blank ("password changed",
// "token expired", "secret manager", "token to expire" and "token 3 of 5"
// stay). It does not allocate.
func proseSecretAt(src []byte, i, k int) int {
	if (k-i == 3 || k-i == 4) && k+4 <= len(src) && src[k] == ' ' && (i == 0 || src[i-1] == ' ') {
		if v := cardCodeAfter(src, i, k); v > 0 {
			return v
		}
	}
	if k-i < 3 || k-i > 10 || i > 0 && src[i-1] != ' ' || k+9 > len(src) || src[k] != ' ' {
		return 0
	}
	if k-i == 3 {
		// "api key 9c8b7a6f...": key after "api ".
		if i < 4 || !foldEq(src[i:k], "key") || !foldEq(src[i-4:i-1], "api") || i > 4 && src[i-5] != ' ' {
			return 0
		}
	} else if c := lower(src[i]); c != 'p' && c != 's' && c != 't' && c != 'a' || k-i < 5 || !foldIn(src[i:k], proseSecretWords) {
		return 0
	}
	v := k + 1
	if (lower(src[v]) == 'i' && lower(src[v+1]) == 's' || lower(src[v]) == 't' && lower(src[v+1]) == 'o') && src[v+2] == ' ' {
		v += 3 // "password is ...", "rotated token to ..."
	}
	e := v
	letter, digit := false, false
	for e < len(src) && src[e] > ' ' && src[e] != '"' && src[e] != '\'' && src[e] != ',' && src[e] != '|' {
		// ('|': a field's end, as in CEF's header: "User password changed|5|".)
		letter = letter || isAlpha(src[e])
		digit = digit || isDigit(src[e])
		e++
	}
	for e > v && (src[e-1] == '.' || src[e-1] == ')' || src[e-1] == ';') {
		e-- // the sentence's full stop
	}
	if e-v < 8 || !letter || !digit || !looksCredential(src[v:e]) || scrubbedMark(src[v:e]) {
		return 0
	}
	if k-i == 7 && (e-v < 20 || !alnumRun(src[v:e])) {
		// A session's number or handle (Prosody's c2s1a2b3c4), not its
		// 20-byte-plus id; nor a name with separators (a pod's
		// kube-system/coredns-5d78c9869d-x7k2p, a module's version).
		return 0
	}
	if vendorMaybe(src, v) {
		if _, ok := scanVendor(src, v); ok {
			return 0 // ghs_..., sk_live_...: its own rule names it
		}
	}
	return v
}

// cardCodeAfter returns where a card's verification code begins when the
// word src[i:k] names one (CVV, CVC, CVV2, CVC2, CVN) and a blank, an
// optional "is " and three or four digits standing alone follow it ("exp
// 12/27 cvv 123"), as the key cvv's value is; 0 otherwise. PCI DSS forbids
// keeping the code after authorisation.
func cardCodeAfter(src []byte, i, k int) int {
	w := src[i:k]
	if lower(w[0]) != 'c' || !foldEq(w, "cvv") && !foldEq(w, "cvc") && !foldEq(w, "cvn") && !foldEq(w, "cvv2") && !foldEq(w, "cvc2") {
		return 0
	}
	v := k + 1
	if v+3 < len(src) && lower(src[v]) == 'i' && lower(src[v+1]) == 's' && src[v+2] == ' ' {
		v += 3
	}
	e := v
	for e < len(src) && e-v <= 4 && isDigit(src[e]) {
		e++
	}
	if e-v < 3 || e-v > 4 || e < len(src) && !extensionEnd(src[e]) && src[e] != '.' {
		return 0
	}
	return v
}

// cliSetBefore reports whether the key at src[i] follows the AWS CLI's
// "configure set " or "git config " and up to two options: aws configure
// set aws_secret_access_key <value>, git config --global user.name "Jane
// Doe", a key and its value as two arguments.
func cliSetBefore(src []byte, i int) bool {
	if i < 11 || src[i-1] != ' ' {
		return false
	}
	if i >= 14 && string(src[i-14:i]) == "configure set " {
		return true
	}
	k := i - 1 // the blank after the word before the key
	for n := 0; n < 2 && k > 0; n++ {
		b := k
		for b > 0 && src[b-1] != ' ' {
			b--
		}
		if b == k || src[b] != '-' || b == 0 {
			break
		}
		k = b - 1 // an option: --global, --file=x
	}
	return k >= 10 && string(src[k-10:k+1]) == "git config " && (k == 10 || src[k-11] == ' ' || src[k-11] == '"' || src[k-11] == '\'')
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

// wholeOf returns the text next was last given (scanner.whole) and the
// offset of src in it when src is its rest, as scanCtx's slices are; src
// and 0 otherwise. A rule that reads what stands before a value, which a
// match before it would cut from src, reads it there, so that a first
// pass reads what a second, with that match masked, reads.
func (s *scanner) wholeOf(src []byte) ([]byte, int) {
	if w := s.whole; len(w) > len(src) && unsafe.SliceData(w[len(w)-len(src):]) == unsafe.SliceData(src) {
		return w, len(w) - len(src)
	}
	return src, 0
}

// pick keeps m in *best when it is better: it starts earlier, or at the
// same byte and is longer.
func pick(best *hit, found *bool, m hit) {
	if !*found || m.start < best.start || m.start == best.start && m.end > best.end {
		*best, *found = m, true
	}
}

// randomLocalPart reports whether the word before the first '@' of v (a
// value under a Call-ID or Message-ID key) reads as the random part of an
// id rather than a mailbox: in angle brackets (a msg-id), five digits or more, a run of eight hex
// digits with a digit in it, '=' or '$', or 24 bytes or more
// ("a84b4c76e66710@pc33.example.com", "CAF=abc123@mail.gmail.com",
// "<20261123.4321@mx.example.com>"). A person's address there
// (jane.doe@, john.smith1985@) is still one: such keys are written by
// hand and in filters, and a leaked address is worse than a lost id.
func randomLocalPart(v []byte) bool {
	at := bytes.IndexByte(v, '@')
	if at < 0 {
		return true // no address to tell apart
	}
	if len(v) > 0 && v[0] == '<' {
		return true // RFC 5322's msg-id, "<" id-left "@" id-right ">"
	}
	s := at
	for s > 0 && v[s-1] != '<' && v[s-1] != ' ' && v[s-1] != '"' && v[s-1] != ':' {
		s--
	}
	local := v[s:at]
	if len(local) >= 24 {
		return true
	}
	digits, hexRun, hexDigit := 0, 0, false
	others, flips := 0, 0
	var last byte // the class of the byte before: 'u', 'l' or 'd'
	for _, c := range local {
		switch {
		case c == '=' || c == '$':
			return true
		case isDigit(c):
			digits++
			hexRun++
			hexDigit = true
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
			hexRun++
		default:
			hexRun, hexDigit = 0, false
		}
		var k byte
		switch {
		case isUpper(c):
			k = 'u'
		case c >= 'a' && c <= 'z':
			k = 'l'
		case isDigit(c):
			k = 'd'
		default:
			others++
		}
		if last != 0 && k != 0 && k != last {
			flips++
		}
		last = k
		if digits >= 5 || hexRun >= 8 && hexDigit {
			return true
		}
	}
	// Base62 (Gmail's, Outlook's ids): one word of twelve bytes or more
	// that changes between upper case, lower case and digits six times
	// or more, as no one's address does (MarieClaireDubois: twice).
	return others == 0 && len(local) >= 12 && flips >= 6
}

// alnumRun reports whether b holds letters and digits only.
func alnumRun(b []byte) bool {
	for _, c := range b {
		if !isAlnum(c) {
			return false
		}
	}
	return true
}
