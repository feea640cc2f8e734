package redact

import (
	"net/netip"
	"strconv"
)

// IPv4 addresses written as integers. Cisco Unified CM's CDRs (Call
// Reporting and Billing Administration Guide, "Convert Signed Decimal Value
// to IP Address") write origIpAddr, destIpAddr and the media and video
// transport addresses as a signed 32-bit integer whose bytes, least
// significant first, are the address's octets in order: 192.168.18.188 is
// 0xBC12A8C0, -1139627840. No detector can tell such a number from a
// counter; its column can, so only a field whose name says it holds one
// (ipIntField) is read this way, and the replacement is written back as
// the same kind of integer (truncation to /24 zeroes the top byte) or as
// the mask token.

// ipIntField reports whether a field called name holds an IPv4 address as
// a CUCM CDR integer: origIpAddr, destIpAddr, and the
// *TransportAddress_IP columns (origMediaTransportAddress_IP,
// destVideoTransportAddress_IP_Channel2...).
func ipIntField(name []byte) bool {
	// Every such name starts with orig or dest and ends in Addr, _IP or
	// _IP_Channel2: most keys are ruled out by two bytes.
	if len(name) < 10 || lower(name[0]) != 'o' && lower(name[0]) != 'd' {
		return false
	}
	switch lower(name[len(name)-1]) {
	case 'r':
		return foldEq(name, "origipaddr") || foldEq(name, "destipaddr")
	case 'p', '2':
		return hasFold(name, "transportaddress_ip")
	}
	return false
}

// ipIntAddr returns the address v, a decimal integer in the 32-bit range
// (signed, as CUCM writes it, or unsigned), stands for: its bytes, least
// significant first. ok is false for anything else and for 0 (no
// address).
//
// It does not allocate.
func ipIntAddr(v []byte) (a netip.Addr, ok bool) {
	neg := len(v) > 0 && v[0] == '-'
	d := v
	if neg {
		d = v[1:]
	}
	if len(d) == 0 || len(d) > 10 || len(d) > 1 && d[0] == '0' {
		return a, false
	}
	var n uint64
	for _, c := range d {
		if c < '0' || c > '9' {
			return a, false
		}
		n = n*10 + uint64(c-'0')
	}
	var u uint32
	switch {
	case neg && (n == 0 || n > 1<<31):
		return a, false
	case neg:
		u = uint32(-int64(n))
	case n > 1<<32-1 || n == 0:
		return a, false
	default:
		u = uint32(n)
	}
	return netip.AddrFrom4([4]byte{byte(u), byte(u >> 8), byte(u >> 16), byte(u >> 24)}), true
}

// appendIPInt appends a as ipIntAddr reads it: a signed 32-bit integer.
func appendIPInt(dst []byte, a netip.Addr) []byte {
	b := a.As4()
	u := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	return strconv.AppendInt(dst, int64(int32(u)), 10)
}

// ipIntValue appends v, the value of a field ipIntField names, with the
// address it encodes redacted by the IPv4 detector's action. ok is false
// (nothing appended) when v is no such integer.
func (r *Redactor) ipIntValue(dst, v []byte, ov Action) (_ []byte, ok bool) {
	a, ok := ipIntAddr(v)
	if !ok || !r.e.enabled[DetIPv4] {
		return dst, false
	}
	dst, _ = r.apply(dst, v, match{det: DetIPv4, start: 0, end: len(v), addr: a}, ov)
	return dst, true
}

// ipIntNumber rewrites the JSON number num, at r.src[i:end], whose key
// ipIntField names: a replacement that is an integer again (truncation,
// pseudonymization) stays a number, anything else (a mask token, a hash)
// is written as a string.
func (r *Redactor) ipIntNumber(dst []byte, i, end int, num []byte, ov Action) []byte {
	var ok bool
	if r.work, ok = r.ipIntValue(r.work[:0], num, ov); !ok || string(r.work) == string(num) {
		return dst
	}
	dst = r.replace(dst, i, end)
	if _, isInt := ipIntAddr(r.work); isInt || string(r.work) == "0" {
		return append(dst, r.work...)
	}
	dst = append(dst, '"')
	dst = appendEscaped(dst, r.work)
	return append(dst, '"')
}

// isIntText reports whether b is a decimal integer: digits after an
// optional '-'.
func isIntText(b []byte) bool { return digitsAfterSign(b, '-') }
