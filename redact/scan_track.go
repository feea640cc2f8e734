package redact

// A card's number inside the magnetic stripe's tracks and their chip
// equivalents, where scanCard's word boundaries do not hold:
//
//   - track 1 (ISO/IEC 7813): the format code 'B' right before the PAN,
//     '^' after it ("%B4111111111111111^DOE/JANE^2512…"). The PAN is the
//     match; the name after '^' is the name detectors'.
//   - track 2 as chips and host messages carry it in BCD (EMV tag 57,
//     ISO 8583 DE 35 printed in hex): 'D' for the '=' separator, then the
//     expiry YYMM and the service code ("4761739001010010D2512201…F").
//     The whole track is the match: its discretionary data holds the
//     card's verification values.
//   - a PAN of odd length in BCD (EMV tag 5A): padded with one 'F'
//     ("378282246310005F"). The digits are the match.
//
// The number must pass scanCard's tests (issuer prefix, Luhn): a hex
// digest that begins with digits rarely does, and then still has to have
// 'D' and four digits, or 'F' and its end, in the right place.

// trackPAN returns the end of a card number of 13 to 19 digits at
// src[i], one that ends before src's byte stop, or -1.
func trackPAN(src []byte, i int, stop func(j int) bool) int {
	j := i
	for j < len(src) && j-i <= 19 && isDigit(src[j]) {
		j++
	}
	if n := j - i; n < 13 || n > 19 || !stop(j) {
		return -1
	}
	if !cardIssuer(src[i:j]) || !luhn(src[i:j]) {
		return -1
	}
	return j
}

// trackWordMay reports, cheaply, whether the word src[i:w] may be one
// scanTrack matches: 'B' and 13 to 19 digits before '^', or a digit word
// longer than a card number alone.
func trackWordMay(src []byte, i, w int) bool {
	if src[i] == 'B' {
		return w-i >= 14 && w-i <= 20 && w < len(src) && src[w] == '^' && isDigit(src[i+1])
	}
	return w-i > 13 && w-i <= 41
}

// scanTrack matches a PAN in a track (see above) at the word src[i:w].
func scanTrack(src []byte, i, w int) (hit, bool) {
	if !trackWordMay(src, i, w) {
		return hit{}, false
	}
	if src[i] == 'B' {
		if i > 0 && isAlnum(src[i-1]) {
			return hit{}, false
		}
		if e := trackPAN(src, i+1, func(j int) bool { return j == w }); e > 0 {
			return hit{det: DetCard, start: i + 1, end: e}, true
		}
		return hit{}, false
	}
	if !numStart(src, i) {
		return hit{}, false
	}
	e := trackPAN(src, i, func(j int) bool { return j < w && (src[j] == 'D' || src[j] == 'F') })
	if e < 0 {
		return hit{}, false
	}
	if src[e] == 'F' {
		if e+1 != w || (e-i)%2 == 0 {
			return hit{}, false // BCD pads only an odd count of digits
		}
		return hit{det: DetCard, start: i, end: e}, true
	}
	// 'D', then YYMM and the rest of the track: digits, a last 'F' pad.
	k := e + 1
	for k < w && isDigit(src[k]) {
		k++
	}
	if k-e-1 < 4 || !(k == w || k+1 == w && src[k] == 'F') {
		return hit{}, false
	}
	return hit{det: DetCard, start: i, end: w}, true
}

// emvNameTagAt reports whether the word src[i:w] is EMV's tag 5F20, the
// cardholder's name, as a kernel's trace prints a data object: the tag,
// its length in hex and the value ("5F20 0E 5343484D4944542F4F4C49564552",
// or the text in quotes: 5F20 0F "WILLIAMS/MYKOLA").
func emvNameTagAt(src []byte, i, w int) bool {
	return w-i == 4 && string(src[i:w]) == "5F20" && w+4 < len(src) && src[w] == ' ' && isHex(src[w+1]) && isHex(src[w+2]) && src[w+3] == ' ' &&
		(i == 0 || src[i-1] == ' ')
}

// scanEMVName matches the cardholder's name after the tag 5F20 at
// src[i:w] (emvNameTagAt): the value of the length the trace gives, in
// hex that spells letters, blanks, '/' and '.', or quoted text.
func scanEMVName(src []byte, w int) (hit, bool) {
	l := hexVal(src[w+1])<<4 | hexVal(src[w+2])
	v := w + 4
	if l < 2 || l > 26 {
		return hit{}, false
	}
	if src[v] == '"' {
		if v+l+1 >= len(src) || src[v+l+1] != '"' {
			return hit{}, false
		}
		return hit{det: DetName, start: v + 1, end: v + 1 + l}, true
	}
	e := v + 2*l
	if e > len(src) || e < len(src) && isAlnum(src[e]) {
		return hit{}, false
	}
	for k := v; k < e; k += 2 {
		if !isHex(src[k]) || !isHex(src[k+1]) {
			return hit{}, false
		}
		c := byte(hexVal(src[k])<<4 | hexVal(src[k+1]))
		if !isAlpha(c) && c != ' ' && c != '/' && c != '.' && c != '-' && c != '\'' {
			return hit{}, false
		}
	}
	return hit{det: DetName, start: v, end: e}, true
}
