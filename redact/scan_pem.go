package redact

import "bytes"

// PEM private key blocks (DetPrivateKey): "-----BEGIN [RSA |EC |OPENSSH
// |ENCRYPTED ]PRIVATE KEY-----", the base64 body and the matching END
// line, as a log holds them: on one line with the newlines turned into
// blanks, or with "\n" escapes that the decoding layer has read. The whole
// block is the match; without an END line (a truncated record) the match
// runs to the end of the body.

var (
	pemBegin   = []byte("-----BEGIN ")
	pemPrivate = []byte("PRIVATE KEY-----")
	pemEnd     = []byte("-----END ")
)

// pemAt reports whether the word "BEGIN" at src[i] may open a private key
// block: five dashes before it.
func pemAt(src []byte, i, wl int) bool {
	return wl == 5 && i >= 5 && src[i] == 'B' && src[i-1] == '-' && string(src[i-5:i]) == "-----"
}

// scanPEM returns the private key block whose BEGIN word is at src[i].
func scanPEM(src []byte, i int) (hit, bool) {
	s := i - 5
	if s < 0 || !bytes.HasPrefix(src[s:], pemBegin) {
		return hit{}, false
	}
	// The label: at most 3 words of capitals before "PRIVATE KEY-----".
	rest := src[s+len(pemBegin):]
	k := bytes.Index(rest[:min(len(rest), 40)], pemPrivate)
	if k < 0 {
		return hit{}, false
	}
	for _, c := range rest[:k] {
		if !isUpper(c) && c != ' ' {
			return hit{}, false
		}
	}
	body := s + len(pemBegin) + k + len(pemPrivate)
	if e := bytes.Index(src[body:], pemEnd); e >= 0 {
		end := body + e + len(pemEnd)
		if f := bytes.Index(src[end:min(len(src), end+40)], pemPrivate); f >= 0 {
			return hit{det: DetPrivateKey, start: s, end: end + f + len(pemPrivate)}, true
		}
	}
	// No END line: the body is base64 with blanks and headers (Proc-Type:).
	e := body
	for e < len(src) && (tokenAlphabet[b64][src[e]] || src[e] == ' ' || src[e] == '\t' || src[e] == ':' || src[e] == ',' || src[e] == '-') {
		e++
	}
	return hit{det: DetPrivateKey, start: s, end: e}, true
}

// hasPEMAt reports whether a private key block may open at src[v].
func hasPEMAt(src []byte, v int) bool {
	return v+len(pemBegin) <= len(src) && src[v] == '-' && bytes.HasPrefix(src[v:], pemBegin)
}
