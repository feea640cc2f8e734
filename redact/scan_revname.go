package redact

import "bytes"

// A DNS name written with its labels in reverse order, as Cloudflare's
// Gateway and DNS Firewall logs add it beside the name for prefix
// searches (QueryNameReversed, CNAMEsReversed: www.example.com is
// com.example.www). Reversed, an in-addr.arpa name spells its address in
// order (arpa.in-addr.203.0.113.7), an ip6.arpa name its nibbles, and a
// host name that spells an address or a person's name ends with that
// label (com.amazonaws.compute-1.ec2-203-0-113-7, local.annas-iphone),
// where the detectors, which read names forwards, do not look. Under such
// a key the labels are put back in order, the name is redacted as any
// value, and its labels are reversed again: what replaced a label (a
// mask, an address truncated with its dots) stays where the label was.

// reversedNameField reports whether a field called key holds a DNS name
// with its labels reversed: its name ends in "Reversed".
func reversedNameField(key []byte) bool {
	key = keyName(key)
	const suffix = "reversed"
	return len(key) > len(suffix) && foldEq(key[len(key)-len(suffix):], suffix)
}

// appendReversedLabels appends name with its dot-separated labels in
// reverse order. It does not allocate beyond growing dst.
func appendReversedLabels(dst, name []byte) []byte {
	e := len(name)
	for {
		s := bytes.LastIndexByte(name[:e], '.') + 1
		dst = append(dst, name[s:e]...)
		if s == 0 {
			return dst
		}
		dst = append(dst, '.')
		e = s - 1
	}
}

// reversedName appends the redacted form of v, a DNS name with its labels
// reversed: redacted in order, then reversed back.
func (r *Redactor) reversedName(dst, v []byte, ov Action) []byte {
	r.revIn = appendReversedLabels(r.revIn[:0], v)
	r.revOut = r.scanValue(r.revOut[:0], r.revIn, nil, ov, false)
	if bytes.Equal(r.revOut, r.revIn) {
		return append(dst, v...)
	}
	return appendReversedLabels(dst, r.revOut)
}
