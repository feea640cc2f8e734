package redact

// Reverse-lookup names in DNS wire form. The Windows DNS Server debug log
// (dns.log) writes a question's name as the packet carries it (RFC 1035
// section 4.1.2): each label after its length, here in parentheses, then
// the root's (0). A PTR lookup of 192.0.2.23 is
// (2)23(1)2(1)0(3)192(7)in-addr(4)arpa(0), of an IPv6 address the 32
// nibbles (1)7(1)0...(1)2(3)ip6(4)arpa(0). The address is matched from the
// first label's length to the last octet or nibble (the '(' before stays)
// and written back in the same form with the lengths of its new labels
// (appendIPForm), so that the name still reads as wire form.

const (
	wireInAddr  = "(7)in-addr(4)arpa"
	wireIP6Arpa = "(3)ip6(4)arpa"
	// wireNibbleBytes is the length of 32 nibble labels without the
	// first '(': "1)x" then 31 times "(1)x".
	wireNibbleBytes = 3 + (ip6Nibbles-1)*4
)

// wireLabelAt reports, cheaply, whether the word src[i:w] is a label's
// length in wire form: a digit between '(' and ')'.
func wireLabelAt(src []byte, i, w int) bool {
	return i > 0 && src[i-1] == '(' && w == i+1 && w < len(src) && src[w] == ')'
}

// scanIPv4Wire matches the four octets of an in-addr.arpa name in wire
// form from the first label's length at src[i]. The address is given as
// written (lowest octet first); ipFormOf turns it round.
func scanIPv4Wire(src []byte, i int) (hit, bool) {
	if i < 1 || src[i-1] != '(' {
		return hit{}, false
	}
	var a [4]byte
	j := i
	for k := 0; k < 4; k++ {
		if k > 0 {
			if j >= len(src) || src[j] != '(' {
				return hit{}, false
			}
			j++
		}
		if j+2 >= len(src) || src[j] < '1' || src[j] > '3' || src[j+1] != ')' {
			return hit{}, false
		}
		n := int(src[j] - '0')
		j += 2
		if j+n > len(src) {
			return hit{}, false
		}
		v := 0
		for _, c := range src[j : j+n] {
			if !isDigit(c) {
				return hit{}, false
			}
			v = v*10 + int(c-'0')
		}
		if v > 255 || n > 1 && src[j] == '0' {
			return hit{}, false
		}
		a[k] = byte(v)
		j += n
	}
	if !hasFoldPrefix(src[j:], wireInAddr) {
		return hit{}, false
	}
	return hit{det: DetIPv4, start: i, end: j, ip: [16]byte{a[0], a[1], a[2], a[3]}}, true
}

// wireNibblesAt reports, cheaply, whether an ip6.arpa name in wire form
// may start at src[i]: "1)x(1)".
func wireNibblesAt(src []byte, i int) bool {
	return i > 0 && src[i-1] == '(' && i+6 < len(src) && src[i] == '1' && src[i+1] == ')' && src[i+3] == '('
}

// scanIP6ArpaWire matches the 32 nibbles of an ip6.arpa name in wire form
// from the first label's length at src[i].
func scanIP6ArpaWire(src []byte, i int) (hit, bool) {
	if !wireNibblesAt(src, i) {
		return hit{}, false
	}
	end := i + wireNibbleBytes
	if end > len(src) || !hasFoldPrefix(src[end:], wireIP6Arpa) {
		return hit{}, false
	}
	var ip [16]byte
	for k := 0; k < ip6Nibbles; k++ {
		p := i + 4*k // the label's length
		if k > 0 && src[p-1] != '(' || src[p] != '1' || src[p+1] != ')' || !isHex(src[p+2]) {
			return hit{}, false
		}
		n := ip6Nibbles - 1 - k
		ip[n/2] |= byte(hexVal(src[p+2])) << (4 * (1 - n%2))
	}
	return hit{det: DetIPv6, start: i, end: end, ip: ip}, true
}

// appendWireOctets appends the octets of b, lowest first, as the labels
// of an in-addr.arpa name in wire form, without the first '('.
func appendWireOctets(dst []byte, b [4]byte) []byte {
	for k := 3; k >= 0; k-- {
		if k < 3 {
			dst = append(dst, '(')
		}
		n := byte(1)
		if b[k] >= 100 {
			n = 3
		} else if b[k] >= 10 {
			n = 2
		}
		dst = append(dst, '0'+n, ')')
		dst = appendUint8(dst, b[k])
	}
	return dst
}

// appendWireNibbles appends the 32 nibbles of a, lowest first, as the
// labels of an ip6.arpa name in wire form, without the first '('.
func appendWireNibbles(dst []byte, a [16]byte) []byte {
	const hex = "0123456789abcdef"
	for n := ip6Nibbles - 1; n >= 0; n-- {
		if n < ip6Nibbles-1 {
			dst = append(dst, '(')
		}
		dst = append(dst, '1', ')', hex[a[n/2]>>(4*(1-n%2))&0xf])
	}
	return dst
}

func appendUint8(dst []byte, v byte) []byte {
	if v >= 100 {
		dst = append(dst, '0'+v/100)
	}
	if v >= 10 {
		dst = append(dst, '0'+v/10%10)
	}
	return append(dst, '0'+v%10)
}
