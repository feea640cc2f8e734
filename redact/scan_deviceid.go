package redact

// A device's identities in free text, where no key names them (under
// imei=, "imsi": the key grammar's deviceKeys mask them as secrets):
//
//   - the 5G core's subscription and equipment identifiers, written
//     "imsi-" and 5 to 15 digits (a SUPI, 3GPP TS 29.571's Supi),
//     "imei-" and 15 digits, "imeisv-" and 16 (a PEI);
//   - an IMEI after its name and a blank ("IMEI 490154203237518"): 15
//     digits whose last is the Luhn check digit (TS 23.003 6.2.1), or the
//     14 digits without it; an IMSI after its name, 14 or 15 digits.
//
// The digits are masked as the keyed value is, a secret.

// deviceWordAt reports whether the word src[i:w] names a device identity:
// imsi, imei or imeisv, in any case.
func deviceWordAt(src []byte, i, w int) bool {
	switch w - i {
	case 4:
		return foldEq(src[i:w], "imsi") || foldEq(src[i:w], "imei")
	case 6:
		return foldEq(src[i:w], "imeisv")
	}
	return false
}

// scanDeviceID matches the digits of a SUPI or PEI ("imsi-310150123456789")
// or of an IMEI or IMSI after its name and a blank, at the word src[i:w].
func scanDeviceID(src []byte, i, w int) (hit, bool) {
	if !deviceWordAt(src, i, w) || w+1 >= len(src) || i > 0 && (isAlnum(src[i-1]) || src[i-1] == '-' || src[i-1] == '_') {
		return hit{}, false
	}
	v := w + 1
	e := v
	for e < len(src) && e-v <= 16 && isDigit(src[e]) {
		e++
	}
	if e < len(src) && (isAlnum(src[e]) || src[e] == '-' || src[e] == '.' && e+1 < len(src) && isDigit(src[e+1])) {
		return hit{}, false // a longer word, a version or a range
	}
	n := e - v
	imsi := lower(src[i+2]) == 's' // imsi, not imei or imeisv
	switch src[w] {
	case '-': // a SUPI or PEI
		if imsi && n >= 5 && n <= 15 || !imsi && (w-i == 4 && n == 15 || w-i == 6 && n == 16) {
			return hit{det: DetSecret, start: v, end: e}, true
		}
	case ' ':
		if imsi && (n == 14 || n == 15) || w-i == 4 && !imsi && (n == 14 || n == 15 && luhn(src[v:e])) ||
			w-i == 6 && n == 16 {
			return hit{det: DetSecret, start: v, end: e}, true
		}
	}
	return hit{}, false
}
