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

// scanB64JSON matches base64 of a JSON object at src[i] whose decoded text
// holds a detection. The match is a secret (DetSecret), or the inner
// detection's detector when secret is off and that is no IP address.
func (s *scanner) scanB64JSON(src []byte, i, w int) (hit, bool) {
	if s.b64Depth > 0 || !b64JSONStart(src, i, w) {
		return hit{}, false
	}
	if i > 0 && (isAlnum(src[i-1]) || b64URLByte(src[i-1]) || src[i-1] == '+' || src[i-1] == '.') {
		return hit{}, false // inside another word or a JWT ('/' before it: a path segment)
	}
	// The value runs over one alphabet: it ends at a byte of the other
	// ("eyJ...J9-+1415...", ".../eyJ...n0/open.gif").
	e, url, std := i, false, false
	for e < len(src) {
		c := src[e]
		switch {
		case isAlnum(c):
		case b64URLByte(c) && !std:
			url = true
		case b64StdByte(c) && !url:
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
	end := e
	for end < len(src) && end-e < 2 && src[end] == '=' {
		end++
	}
	if e-i < b64MinLen || end < len(src) && src[end] == '.' && end+1 < len(src) && isAlnum(src[end+1]) && !std {
		return hit{}, false // short, or a JWT's first segment
	}
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
	if err != nil || k < 2 || dec[0] != '{' || dec[1] != '"' {
		return hit{}, false
	}
	dec = dec[:k]
	emailNone, keyNone, idEnd := s.emailNone, s.keyNone, s.idEnd
	s.emailNone, s.keyNone, s.idEnd = 0, 0, 0
	s.b64Depth++
	h, ok := s.scanCtx(dec, ctxNone)
	s.b64Depth--
	s.emailNone, s.keyNone, s.idEnd = emailNone, keyNone, idEnd
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
