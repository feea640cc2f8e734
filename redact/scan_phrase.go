package redact

// lowerPhrase reports whether v, the value of a token, session or
// signature key, is a short phrase of lower-case words rather than a
// credential: letters with '_', ':' or '-' inside words, two words or
// more between single blanks, no digit. AWS Network Firewall's stateful
// default actions sign their alerts so ("signature":"aws:alert_established
// action", "aws:drop_strict action"), where looksProse wants three words;
// a credential has digits or capitals, and no blank between two words of
// letters. It does not allocate.
func lowerPhrase(v []byte) bool {
	if len(v) < 5 || len(v) > 64 {
		return false
	}
	words, wl := 1, 0
	for k, c := range v {
		switch {
		case c >= 'a' && c <= 'z':
			wl++
		case c == ' ':
			if wl < 2 || k+1 == len(v) {
				return false
			}
			words, wl = words+1, 0
		case c == '_' || c == ':' || c == '-':
			if wl == 0 {
				return false
			}
		default:
			return false
		}
	}
	return words >= 2 && wl >= 2
}
