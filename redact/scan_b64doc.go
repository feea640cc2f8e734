package redact

import (
	"encoding/base64"
	"unicode/utf8"
)

// A document in base64 as a form or a JSON string carries it: a webhook's
// signed payload (Braintree's bt_payload, an XML notification naming the
// customer), a SAML response, a MIME part. Encoders break the text into
// lines (Ruby's Base64.encode64 every 60 characters, MIME every 76), and
// the carrier escapes the line breaks and the alphabet's '+', '/' and '='
// (%0A, %2B, %2F, %3D in a form; \n in JSON; or a view that decoded those
// hands over the line breaks themselves). Each line alone is too
// short or cut in the middle of what it holds, so the lines are read as
// one value: the escapes undone, the breaks dropped, the whole decoded,
// and the whole masked when the document holds a detection, as base64
// text is (scan_b64.go). The document may hold line breaks, tabs and
// UTF-8 text of its own (Jürgen); any other byte outside printable ASCII
// ends the test.

// b64DocMax caps the bytes of a document read: a payload, not a file.
const b64DocMax = 16 << 10

// b64DocBreak reports whether an escaped line break or an escaped byte
// of the standard alphabet starts at src[k], where a run of base64 ended.
func b64DocBreak(src []byte, k int) bool {
	if k+2 >= len(src) {
		return false
	}
	switch src[k] {
	case '\n', '\r':
		return isAlnum(src[k+1]) || src[k+1] == '\n' // a line break a decoding view undid

	case '%':
		return b64PctByte(src, k) != 0
	case '\\':
		return src[k+1] == 'n' || src[k+1] == 'r'
	}
	return false
}

// b64PctByte returns the byte the percent escape at src[k] stands for
// when it is one of the escapes a base64 document's carrier writes ('+',
// '/', '=', a line break), or 0.
func b64PctByte(src []byte, k int) byte {
	if k+2 >= len(src) || src[k] != '%' {
		return 0
	}
	switch h, l := src[k+1], src[k+2]|0x20; {
	case h == '2' && l == 'b':
		return '+'
	case h == '2' && l == 'f':
		return '/'
	case h == '3' && l == 'd':
		return '='
	case h == '0' && l == 'a':
		return '\n'
	case h == '0' && l == 'd':
		return '\r'
	}
	return 0
}

// scanB64Doc matches the base64 document that starts at src[i] when its
// decoded text holds a detection.
func (s *scanner) scanB64Doc(src []byte, i int) (hit, bool) {
	buf := s.b64doc[:0]
	lines := 0
	e := i
	for e < len(src) && e-i < b64DocMax {
		c := src[e]
		switch {
		case isAlnum(c):
			buf = append(buf, c)
			e++
			continue
		case c == '+' || c == '/' || c == '=':
			buf = append(buf, c)
			e++
			continue
		case c == '%':
			b := b64PctByte(src, e)
			if b == 0 {
				break
			}
			if b == '\n' || b == '\r' {
				lines++
			} else {
				buf = append(buf, b)
			}
			e += 3
			continue
		case c == '\\' && e+1 < len(src) && (src[e+1] == 'n' || src[e+1] == 'r'):
			lines++
			e += 2
			continue
		case (c == '\n' || c == '\r') && e+1 < len(src) && (isAlnum(src[e+1]) || src[e+1] == '\n'):
			lines++
			e++
			continue
		}
		break
	}
	s.b64doc = buf
	if lines == 0 || len(buf) < b64TextMin {
		return hit{}, false
	}
	for len(buf) > 0 && buf[len(buf)-1] == '=' {
		buf = buf[:len(buf)-1]
	}
	n := len(buf) - len(buf)%4
	if len(buf)%4 == 1 {
		buf = buf[:n]
	}
	need := base64.RawStdEncoding.DecodedLen(len(buf))
	if cap(s.b64) < need {
		s.b64 = make([]byte, need)
	}
	dec := s.b64[:need]
	k, err := base64.RawStdEncoding.Decode(dec, buf)
	if err != nil {
		return hit{}, false
	}
	dec = dec[:k]
	for _, c := range dec {
		if !printable(c) && c != '\n' && c != '\r' && c != '\t' && c < 0x80 {
			return hit{}, false
		}
	}
	if !utf8.Valid(dec) {
		return hit{}, false
	}
	h, ok := s.b64Inner(dec)
	if !ok {
		return hit{}, false
	}
	det := h.det
	if det == DetIPv4 || det == DetIPv6 {
		if !s.enabled[DetSecret] {
			return hit{}, false
		}
		det = DetSecret
	}
	return hit{det: det, start: i, end: e, domain: i}, true
}
