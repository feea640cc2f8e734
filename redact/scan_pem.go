package redact

import "bytes"

// PEM private key blocks (DetPrivateKey): "-----BEGIN [RSA |EC |DSA
// |OPENSSH |ENCRYPTED ]PRIVATE KEY-----" and OpenPGP's "-----BEGIN PGP
// PRIVATE KEY BLOCK-----", the base64 body and the matching END line, as a
// log holds them: on one line with the newlines turned into blanks, or with
// "\n" escapes that the decoding layer has read. The whole block is the
// match; without an END line (a truncated record) the match runs to the
// end of the body.

// pemMaxBody bounds a block's body: an OpenPGP 4096-bit key with subkeys
// is about 7 KiB of armour.
const pemMaxBody = 16 << 10

var (
	pemBegin   = []byte("-----BEGIN ")
	pemPrivate = []byte("PRIVATE KEY")
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
	// The label: at most 3 words of capitals before "PRIVATE KEY-----"
	// or "PRIVATE KEY BLOCK-----".
	rest := src[s+len(pemBegin):]
	k := bytes.Index(rest[:min(len(rest), 40)], pemPrivate)
	if k < 0 {
		return hit{}, false
	}
	if !pemLabel(rest[:k]) {
		return hit{}, false
	}
	body := pemLabelEnd(src, s+len(pemBegin)+k+len(pemPrivate))
	if body < 0 {
		return hit{}, false
	}
	// The END line is looked for within pemMaxBody bytes: a record full
	// of BEGIN lines must not cost a scan to its end for each of them.
	lim := min(len(src), body+pemMaxBody)
	for from := body; ; {
		e := bytes.Index(src[from:lim], pemEnd)
		if e < 0 {
			break
		}
		end := from + e + len(pemEnd)
		if f := bytes.Index(src[end:min(len(src), end+40)], pemPrivate); f >= 0 && pemLabel(src[end:end+f]) {
			if le := pemLabelEnd(src, end+f+len(pemPrivate)); le >= 0 {
				return hit{det: DetPrivateKey, start: s, end: le}, true
			}
		}
		from = end
	}
	// No END line: the body is words of base64 and headers (Proc-Type:,
	// DEK-Info:) between blanks. It ends before the first word that holds
	// anything else, so that no word is cut.
	e := body
	for w := body; w < len(src); {
		for w < len(src) && (src[w] == ' ' || src[w] == '\t' || src[w] == '\n' || src[w] == '\r') {
			w++
		}
		x := w
		for x < len(src) && (tokenClass[src[x]]&b64 != 0 || src[x] == ':' || src[x] == ',' || src[x] == '-') {
			x++
		}
		if x == w || x < len(src) && src[x] != ' ' && src[x] != '\t' && src[x] != '\n' && src[x] != '\r' {
			break
		}
		e, w = x, x
	}
	return hit{det: DetPrivateKey, start: s, end: e}, true
}

// pemLabel reports whether b, the words before "PRIVATE KEY" in a BEGIN
// or END line, is capitals and blanks.
func pemLabel(b []byte) bool {
	for _, c := range b {
		if !isUpper(c) && c != ' ' {
			return false
		}
	}
	return true
}

// pemLabelEnd returns the end of "-----" or " BLOCK-----" at src[k:], the
// rest of a label after "PRIVATE KEY", or -1.
func pemLabelEnd(src []byte, k int) int {
	if bytes.HasPrefix(src[k:], []byte(" BLOCK")) {
		k += len(" BLOCK")
	}
	if !bytes.HasPrefix(src[k:], []byte("-----")) {
		return -1
	}
	return k + 5
}

// hasPEMAt reports whether a private key block may open at src[v].
func hasPEMAt(src []byte, v int) bool {
	return v+len(pemBegin) <= len(src) && src[v] == '-' && bytes.HasPrefix(src[v:], pemBegin)
}
