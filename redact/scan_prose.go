package redact

import "bytes"

// looksProse reports whether v, the value of a token, session or
// signature key, is words rather than a credential: three words of
// letters or more, one blank between each word, no word that looks like
// a token (20 bytes or more of upper- and lower-case letters and digits
// together), and no '=' (an Authorization value's parameters: Digest,
// AWS4-HMAC-SHA256, OAuth). Suricata's alert "signature" is the rule's
// message ("ET POLICY curl User-Agent Outbound"), an e-mail's "signature"
// its closing lines; a session id, a token, an HMAC or a scheme and its
// credential ("Bearer eyJ...") is not. Prose is scanned as text instead:
// an address in a message is still found.
//
// It does not allocate.
func looksProse(v []byte) bool {
	if bytes.IndexByte(v, ' ') < 0 {
		return false // a token, most values under such keys
	}
	words, start := 0, 0
	var cls uint8 // classes of the current word: 1 upper, 2 lower, 4 digit
	for k := 0; k <= len(v); k++ {
		if k == len(v) || v[k] == ' ' {
			if k == start {
				return false // a leading, trailing or double blank
			}
			if k-start >= 20 && cls == 7 {
				return false // a token among the words
			}
			if cls&3 != 0 {
				words++
			}
			start, cls = k+1, 0
			continue
		}
		switch c := v[k]; {
		case c == '=':
			return false
		case isUpper(c):
			cls |= 1
		case 'a' <= c && c <= 'z':
			cls |= 2
		case isDigit(c):
			cls |= 4
		}
	}
	return words >= 3
}
