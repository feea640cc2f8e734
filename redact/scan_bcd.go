package redact

// scanBCDNumber matches, under a phone key, a party number as MSC and
// SMSC CDR decoders print its octets in hex (3GPP TS 32.298's
// BCDDirectoryNumber and AddressString, TS 24.008 10.5.4.7 and TS 29.002):
// an optional "0x", the type-of-number and numbering-plan octet (its
// extension bit set: 0x81 unknown, 0x91 international, 0xA1 national,
// first nibble 8 to F), then the digits two to an octet, low nibble first,
// an F filling the high nibble of the last octet of an odd count:
// callingNumber=0x9194511132547F8, a CSV column's A10301234567. Six to
// twenty nibbles; any other letter, or a value that goes on with a letter
// or digit, is no such number. A run of digits alone (919876543210) is
// left to the digit rules. It does not allocate.
func scanBCDNumber(src []byte, i int) (hit, bool) {
	n := len(src)
	j := i
	hexed := false // 0x, a letter for the octet or the filler: no run of digits alone
	if j+1 < n && src[j] == '0' && src[j+1]|0x20 == 'x' {
		j, hexed = j+2, true
	}
	if j+2 > n || !isHex(src[j+1]) {
		return hit{}, false
	}
	switch c := src[j] | 0x20; {
	case c == '8' || c == '9':
	case c >= 'a' && c <= 'f':
		hexed = true
	default:
		return hit{}, false
	}
	k := j + 2
	for k < n && isDigit(src[k]) {
		k++
	}
	if k+1 < n && src[k]|0x20 == 'f' && isDigit(src[k+1]) && (k+2 == n || !isAlnum(src[k+2])) {
		k, hexed = k+2, true // the last octet: F (filler) in the high nibble, the last digit in the low
	}
	nib := k - j - 2
	if !hexed || nib%2 == 1 || nib < 6 || nib > 20 || k < n && isAlnum(src[k]) {
		return hit{}, false
	}
	return hit{det: DetPhone, start: i, end: k}, true
}
