package redact

// Reverse-lookup names that spell an address or a number one digit at a
// time, as DNS servers log the queries that resolve them:
//
//   - an IPv6 PTR name (RFC 3596 section 2.5): the 32 nibbles of the
//     address, lowest first, then ip6.arpa;
//     7.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa
//     is 2001:db8::7;
//   - an ENUM name (RFC 6116 section 2.4): the digits of an E.164 number,
//     last first, then e164.arpa; 4.3.2.1.0.9.8.7.6.5.4.4.e164.arpa is
//     +441234567890... read backwards, a caller's number.
//
// Both are matched on their digits only: the suffix stays, and the IPv6
// address is written back in the same reversed form (appendIPForm).

const (
	ip6ArpaSuffix  = ".ip6.arpa"
	e164ArpaSuffix = ".e164.arpa"
	ip6Nibbles     = 32
	ip6NibbleBytes = 2*ip6Nibbles - 1 // the nibbles and the dots between them
)

// singleDotted reports, cheaply, whether the one-byte word at src[i]
// begins a run of one-byte labels: "7.0.", "4.3.".
func singleDotted(src []byte, i int) bool {
	return i+3 < len(src) && src[i+1] == '.' && src[i+3] == '.'
}

// scanIP6Arpa matches the 32 nibbles of an ip6.arpa name that starts at
// src[i]. A shorter name is a zone (a network), not an address, and stays.
func scanIP6Arpa(src []byte, i int) (hit, bool) {
	if i > 0 && (isAlnum(src[i-1]) || src[i-1] == '.' || src[i-1] == '-') {
		return hit{}, false
	}
	end := i + ip6NibbleBytes
	if end > len(src) || !hasFoldPrefix(src[end:], ip6ArpaSuffix) {
		return hit{}, false
	}
	if after := end + len(ip6ArpaSuffix); after < len(src) && (isAlnum(src[after]) || src[after] == '-') {
		return hit{}, false // ip6.arpanet, ip6.arpa-x: another name
	}
	var ip [16]byte
	for k := 0; k < ip6Nibbles; k++ {
		c := src[i+2*k]
		if k > 0 && src[i+2*k-1] != '.' {
			return hit{}, false
		}
		if !isHex(c) {
			return hit{}, false
		}
		v := byte(hexVal(c))
		// The first nibble written is the address's last.
		n := ip6Nibbles - 1 - k
		ip[n/2] |= v << (4 * (1 - n%2))
	}
	return hit{det: DetIPv6, start: i, end: end, ip: ip}, true
}

// scanENUM matches the digits of an e164.arpa name that starts at src[i]:
// 7 to 15 single digits, as an E.164 number has, each followed by a dot.
func scanENUM(src []byte, i int) (hit, bool) {
	if i > 0 && (isAlnum(src[i-1]) || src[i-1] == '.' || src[i-1] == '-') {
		return hit{}, false
	}
	j, nd := i, 0
	for j+1 < len(src) && isDigit(src[j]) && src[j+1] == '.' && nd < 16 {
		j += 2
		nd++
	}
	if nd < 7 || nd > 15 || !hasFoldPrefix(src[j-1:], e164ArpaSuffix) {
		return hit{}, false
	}
	if after := j - 1 + len(e164ArpaSuffix); after < len(src) && (isAlnum(src[after]) || src[after] == '-') {
		return hit{}, false
	}
	return hit{det: DetPhone, start: i, end: j - 1}, true
}

// appendNibbles appends the 32 nibbles of a, lowest first and separated by
// dots, as an ip6.arpa name spells them.
func appendNibbles(dst []byte, a [16]byte) []byte {
	const hex = "0123456789abcdef"
	for n := ip6Nibbles - 1; n >= 0; n-- {
		v := a[n/2] >> (4 * (1 - n%2)) & 0xf
		dst = append(dst, hex[v])
		if n > 0 {
			dst = append(dst, '.')
		}
	}
	return dst
}
