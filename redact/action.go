package redact

import (
	"bytes"
	"encoding/hex"
	"net/netip"
	"strconv"
)

// actNone means "no override": the detector's own action applies.
const actNone = numActions

// hashHexBytes is how many bytes of the HMAC-SHA256 are kept (written as
// twice as many hex digits).
const hashHexBytes = 12

// apply appends the replacement for m (a detection in src) to dst and returns
// it with the offset in src where copying resumes.
func (r *Redactor) apply(dst, src []byte, m match, ov Action) ([]byte, int) {
	e := r.e
	rule := &e.det[m.det]
	act := rule.act
	end := m.end
	isIP := m.det == DetIPv4 || m.det == DetIPv6
	form := ipDotted
	if isIP {
		if ov == ActTruncate || ov == ActPseudonymize {
			act = ov
		}
		if m.det == DetIPv6 {
			end = skipZone(src, end)
		}
		m, form = ipFormOf(src, m)
	}
	orig := src[m.start:m.end]
	switch {
	case act == ActKeep:
		return append(dst, orig...), m.end
	case isIP && m.addr.IsValid() && (e.keepIP(m.addr) || m.addr.Unmap().IsLoopback() || form == ipDotted && m.addr == limitedBroadcast ||
		act == ActTruncate && truncateIP(m.addr, rule.v4bits, rule.v6bits) == m.addr.WithZone("")):
		// A loopback address (127.0.0.1, ::1: an upstream on the same
		// host) and the limited broadcast address (255.255.255.255,
		// where a DHCP client sends before it has an address) name
		// nobody. An address its truncation leaves as it
		// is ("0::", "A::", 10.1.2.0) is written as it was: respelled
		// ("a::"), it would read differently on a second pass, where
		// "A::0000000" is no address and "A::[phone]" is one.
		return append(dst, src[m.start:end]...), end
	case m.det == DetEmail && e.keepEmail(src, m):
		return append(dst, orig...), m.end
	}
	// What an earlier pass wrote stays as it is, wherever the scanner
	// thinks the value starts or ends: redacting twice equals redacting
	// once. (A hashed phone number in "sip:+1555...@host" leaves
	// "sip:k1:3fa9...@host", in which the e-mail detector finds
	// "3fa9...@host".)
	if e.inPseudonym(src, m.start) {
		return append(dst, orig...), m.end
	}
	if e.isMaskToken(orig) {
		// Another detector's mask token under a key that makes its
		// value a secret (password="[private_key]"): already redacted.
		return append(dst, orig...), m.end
	}
	if m.start > 0 && src[m.start-1] == '[' && e.maskTokenAt(src[m.start-1:]) >= m.end-m.start+1 {
		// The word inside a mask token ("[email]", "[name]" where a
		// bracketed login goes): already redacted.
		return append(dst, orig...), m.end
	}
	if (m.det == DetSecret || m.det == DetBearer || m.det == DetName) && len(orig) > 0 &&
		(m.end < len(src) && src[m.end] != ' ' && isValueEnd(src[m.end]) || blank(orig[len(orig)-1:])) {
		// The same where the value's end is not the token's: an
		// unquoted value ends at ']' (key=[private_key]), an unclosed
		// quoted one runs on (key:"[private_key] ).
		if n := e.maskTokenAt(src[m.start:]); n > 0 && n >= len(orig) {
			return append(dst, src[m.start:m.start+n]...), m.start + n
		} else if n > 0 && blank(orig[n:]) {
			return append(dst, orig...), m.end
		}
	}
	if m.det == DetName && !e.letterOutsideTokens(orig) && hasLetter(orig) {
		// A name key's value whose only letters are mask tokens'
		// (`[phone]"0`, ` [phone] `: a caller name of digits in which
		// an earlier pass masked a number): a name key's value without
		// a letter is no name (keyedValue), and the tokens are what
		// that pass wrote.
		return append(dst, orig...), m.end
	}
	if act == ActMask && bytes.HasPrefix(src[m.start:], rule.token) && m.end <= m.start+len(rule.token) {
		return append(dst, rule.token...), m.start + len(rule.token)
	}
	if n := e.pseudonymLen(src[m.start:]); n > 0 && act == ActHash {
		return append(dst, src[m.start:m.start+n]...), max(m.end, m.start+n)
	}
	r.stats.Detections[m.det]++
	if echoMin[m.det] > 0 {
		r.echo.note(m.det, orig, m.echo || r.echoAll) // to look for again in the whole record (echo.go)
	}
	switch act {
	case ActTruncate:
		if m.addr.IsValid() {
			return appendIPForm(dst, src[m.start:end], truncateIP(m.addr, rule.v4bits, rule.v6bits), form), end
		}
	case ActPseudonymize:
		if m.addr.IsValid() && e.pan != nil {
			return appendIPForm(dst, src[m.start:end], r.pseudonym(m.addr), form), end
		}
	case ActHash:
		if isIP && m.addr.IsValid() {
			// Hash the canonical form so that every spelling of one
			// address gets one pseudonym; keep port and brackets.
			r.tmp = m.addr.WithZone("").AppendTo(r.tmp[:0])
			pre, post := ipAffixes(src[m.start:end])
			dst = append(dst, pre...)
			dst = r.appendHash(dst, r.tmp)
			return append(dst, post...), end
		}
		r.tmp = appendHashInput(r.tmp[:0], m.det, orig)
		return r.appendHash(dst, r.tmp), m.end
	}
	// ActMask, and IP actions on a match the scanner gave no address for.
	return append(dst, rule.token...), end
}

// isMaskToken reports whether v is exactly the mask token of a detector.
func (e *Engine) isMaskToken(v []byte) bool {
	if len(v) == 0 || !e.tokenFirst[v[0]] {
		return false // every token has a byte (checkToken: not empty)
	}
	for d := range e.det {
		if string(v) == string(e.det[d].token) {
			return true
		}
	}
	return false
}

// letterOutsideTokens reports whether v holds a letter (as hasLetter
// reads one) outside the mask tokens in it.
func (e *Engine) letterOutsideTokens(v []byte) bool {
	for i := 0; i < len(v); {
		if e.tokenFirst[v[i]] {
			if n := e.maskTokenAt(v[i:]); n > 0 {
				i += n
				continue
			}
		}
		if class[v[i]]&cAlpha != 0 || v[i] >= 0x80 {
			return true
		}
		i++
	}
	return false
}

// blank reports whether b holds nothing but spaces and tabs.
func blank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// maskTokenAt returns the length of the longest detector mask token that v
// starts with, 0 when there is none.
func (e *Engine) maskTokenAt(v []byte) int {
	n := 0
	if len(v) == 0 {
		return 0
	}
	for d := range e.det {
		if t := e.det[d].token; len(t) > n && len(t) <= len(v) && t[0] == v[0] && string(v[:len(t)]) == string(t) {
			n = len(t)
		}
	}
	return n
}

// skipZone returns the end of an IPv6 zone ("%eth0") starting at
// i, or i when there is none: the zone is dropped with the address.
func skipZone(src []byte, i int) int {
	if i >= len(src) || src[i] != '%' {
		return i
	}
	j := i + 1
	for j < len(src) && isZoneByte(src[j]) {
		j++
	}
	if j == i+1 || j < len(src) && src[j] == '%' {
		return i // no zone, or one running into another '%' (see scanIPv6)
	}
	return j
}

func isZoneByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == '.'
}

// ipAffixes splits what the scanner matched around an address into the part
// kept before it ("[") and after it ("]:443", ":51234"); a zone is dropped.
func ipAffixes(region []byte) (pre, post []byte) {
	if len(region) > 0 && region[0] == '[' {
		if k := bytes.IndexByte(region, ']'); k >= 0 {
			return region[:1], region[k:]
		}
		return region[:1], nil
	}
	if bytes.IndexByte(region, '.') >= 0 && bytes.Count(region, colon) == 1 {
		// IPv4 with a port: "203.0.113.7:51234". IPv6 addresses
		// ending in dotted quads have more than one colon.
		return nil, region[bytes.IndexByte(region, ':'):]
	}
	return nil, nil
}

var colon = []byte{':'}

// appendIPText appends a in canonical form with the brackets and port of
// region kept.
func appendIPText(dst, region []byte, a netip.Addr) []byte {
	return appendIPForm(dst, region, a, ipDotted)
}

// ipForm is how an IP address is written, so that its replacement is
// written the same way.
type ipForm uint8

const (
	ipDotted      ipForm = iota // 203.0.113.7
	ipReversed                  // 7.113.0.203.in-addr.arpa: the octets in reverse
	ipDashed                    // ec2-203-0-113-7.compute-1.amazonaws.com
	ipNibbles                   // 7.0.0.0...8.b.d.0.1.0.0.2.ip6.arpa: IPv6 nibbles in reverse
	ipInt                       // -1139627840: a CUCM CDR integer, the octets least significant first (ipint.go)
	ipWire                      // 1)7(3)113(1)0(3)203(7)in-addr(4)arpa(0): reversed, in DNS wire form (scan_wirename.go)
	ipWireNibbles               // 1)7(1)0...(1)2(3)ip6(4)arpa(0): IPv6 nibbles in wire form
)

// ipFormOf returns how the IPv4 match m is written in src and, for a
// reverse-lookup name (DNS PTR queries), m with its address in order:
// the scanner gives the octets as written, and there the host part comes
// first.
func ipFormOf(src []byte, m match) (match, ipForm) {
	switch {
	case m.det == DetIPv6 && hasFoldPrefix(src[m.end:], ip6ArpaSuffix) && m.end-m.start == ip6NibbleBytes:
		return m, ipNibbles
	case m.det == DetIPv6 && m.end-m.start == wireNibbleBytes && hasFoldPrefix(src[m.end:], wireIP6Arpa):
		return m, ipWireNibbles
	case m.det != DetIPv4:
		return m, ipDotted
	case isIntText(src[m.start:m.end]):
		return m, ipInt // only ipIntValue matches an address written as an integer
	case bytes.IndexByte(src[m.start:m.end], '-') >= 0:
		return m, ipDashed
	case hasFoldPrefix(src[m.end:], ".in-addr.arpa") || reversedInHost(src, m.start, m.end):
		b := m.addr.As4()
		m.addr = netip.AddrFrom4([4]byte{b[3], b[2], b[1], b[0]})
		return m, ipReversed
	case m.end-m.start > 2 && src[m.start+1] == ')' && hasFoldPrefix(src[m.end:], wireInAddr):
		b := m.addr.As4()
		m.addr = netip.AddrFrom4([4]byte{b[3], b[2], b[1], b[0]})
		return m, ipWire
	}
	return m, ipDotted
}

// appendIPForm is appendIPText for an IPv4 address written in form f:
// reversed as in a reverse-lookup name, or with dashes inside a host name.
func appendIPForm(dst, region []byte, a netip.Addr, f ipForm) []byte {
	if f == ipNibbles {
		return appendNibbles(dst, a.As16())
	}
	if f == ipWireNibbles {
		return appendWireNibbles(dst, a.As16())
	}
	if f == ipWire && a.Is4() {
		return appendWireOctets(dst, a.As4())
	}
	if f == ipInt && a.Is4() {
		return appendIPInt(dst, a)
	}
	if f != ipDotted && a.Is4() {
		b := a.As4()
		sep := byte('-')
		if f == ipReversed {
			b, sep = [4]byte{b[3], b[2], b[1], b[0]}, '.'
		}
		for k, o := range b {
			if k > 0 {
				dst = append(dst, sep)
			}
			dst = strconv.AppendUint(dst, uint64(o), 10)
		}
		return dst
	}
	pre, post := ipAffixes(region)
	dst = append(dst, pre...)
	dst = a.AppendTo(dst)
	return append(dst, post...)
}

// limitedBroadcast is the IPv4 limited broadcast address (RFC 919).
var limitedBroadcast = netip.AddrFrom4([4]byte{255, 255, 255, 255})

// truncateIP zeroes the bits of a beyond the prefix length: v4 bits for IPv4
// and IPv4-mapped IPv6 (whose ::ffff: stays), v6 bits for other IPv6.
// The zone is dropped. It does not allocate.
func truncateIP(a netip.Addr, v4, v6 int) netip.Addr {
	a = a.WithZone("")
	switch {
	case a.Is4():
		p, _ := a.Prefix(v4)
		return p.Addr()
	case a.Is4In6():
		p, _ := a.Unmap().Prefix(v4)
		return netip.AddrFrom16(p.Addr().As16())
	}
	p, _ := a.Prefix(v6)
	return p.Addr()
}

// keepIP reports whether a lies in one of the keep CIDRs.
func (e *Engine) keepIP(a netip.Addr) bool {
	if len(e.keepCIDRs) == 0 {
		return false
	}
	a = a.WithZone("")
	u := a.Unmap()
	for _, p := range e.keepCIDRs {
		if p.Contains(a) || p.Contains(u) {
			return true
		}
	}
	return false
}

// keepEmail reports whether the address m is at a keep domain (or one of its
// subdomains), ignoring case.
func (e *Engine) keepEmail(src []byte, m match) bool {
	if len(e.keepDomains) == 0 || m.domain <= m.start || m.domain >= m.end {
		return false
	}
	dom := src[m.domain:m.end]
	for _, d := range e.keepDomains {
		if len(dom) < len(d) || !bytes.EqualFold(dom[len(dom)-len(d):], d) {
			continue
		}
		if len(dom) == len(d) || dom[len(dom)-len(d)-1] == '.' {
			return true
		}
	}
	return false
}

// isPseudonym reports whether v is exactly a hash this engine writes, so
// that redacting twice leaves a pseudonym as it is.
func (e *Engine) isPseudonym(v []byte) bool {
	return len(v) > 0 && e.pseudonymLen(v) == len(v)
}

// pseudonymLen returns the length of the hash this engine writes that v
// starts with ("k1:" and hex digits), 0 when it starts with none.
func (e *Engine) pseudonymLen(v []byte) int {
	k := len(e.keyID)
	n := k + 2*hashHexBytes
	if k == 0 || len(v) < n || !bytes.Equal(v[:k], e.keyID) {
		return 0
	}
	for _, c := range v[k:n] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return 0
		}
	}
	if len(v) > n && isHexLower(v[n]) {
		return 0
	}
	return n
}

// inPseudonym reports whether src[i] lies inside (not at the start of) a
// hash this engine wrote.
func (e *Engine) inPseudonym(src []byte, i int) bool {
	k := len(e.keyID)
	if k == 0 || i == 0 {
		return false
	}
	n := k + 2*hashHexBytes
	lo := max(0, i-n+1)
	for {
		x := bytes.Index(src[lo:i], e.keyID)
		if x < 0 {
			return false
		}
		if e.pseudonymLen(src[lo+x:]) == n {
			return true // it starts before i and ends after it
		}
		lo += x + 1
	}
}

func isHexLower(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' }

// appendHash appends the pseudonym of v: the key id, ':', and the first
// hashHexBytes of HMAC-SHA256(HashKey, v) in lower-case hex
// ("k1:3fa94c0d..."). Without a key (the engine refuses hash actions then)
// it appends nothing. It does not allocate in steady state.
func (r *Redactor) appendHash(dst, v []byte) []byte {
	if r.mac == nil {
		return dst
	}
	r.mac.Reset()
	r.mac.Write(v)
	r.sum = r.mac.Sum(r.sum[:0])
	dst = append(dst, r.e.keyID...)
	return hex.AppendEncode(dst, r.sum[:hashHexBytes])
}

// appendHashInput appends the normal form of a detected value that is
// hashed, so that the spellings of one value share one pseudonym: e-mail
// addresses in lower case; phone numbers as '+' (when written) and digits;
// card numbers as digits; IBANs in upper case without spaces; MAC addresses
// as lower-case hex digits; national ids as upper-case letters and digits
// (no blanks, dashes, dots or '<'). Other values are hashed as written. v is
// decoded text (see view.go): alice%40example.com arrives as
// alice@example.com. It does not allocate when dst has room.
func appendHashInput(dst []byte, det Detector, v []byte) []byte {
	switch det {
	case DetEmail:
		for _, c := range v {
			dst = append(dst, lowerASCII(c))
		}
		return dst
	case DetPhone:
		for _, c := range v {
			if c == '+' {
				dst = append(dst, '+')
			}
			if '0' <= c && c <= '9' || c == '+' {
				break
			}
		}
		for _, c := range v {
			if '0' <= c && c <= '9' {
				dst = append(dst, c)
			}
		}
		return dst
	case DetCard, DetIBAN, DetMAC, DetNationalID:
		for _, c := range v {
			switch {
			case '0' <= c && c <= '9':
				dst = append(dst, c)
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				if det == DetIBAN || det == DetNationalID {
					c = upperASCII(c)
				} else {
					c = lowerASCII(c)
				}
				dst = append(dst, c)
			}
		}
		return dst
	}
	return append(dst, v...)
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}
