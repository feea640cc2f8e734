package redact

// An identity document's number in prose, where no key names it:
// "passport no. X1234567 accepted", "passport number: C01X00T47",
// "driver's licence D1234-5678", "Driver license number S123-4567-8901".
// The document's word is the context (as its key is in scan_docnum.go);
// an optional "no.", "number", "nr." or "#" and a ':' may come between,
// and the value must read as a document number (docNumber) with a digit
// in it: "passport expired", "passport no. on file" and a date stay.
//
// The login_text start (registry.go) runs it at "passport", "licence" and
// "license".

// docProseWordAt reports, cheaply, whether the word src[i:w] is a
// document's word before a blank or a ':': "passport", or "licence" or
// "license" after "driver's ", "drivers ", "driver " or "driving ".
func docProseWordAt(src []byte, i, w int) bool {
	if w+1 >= len(src) || src[w] != ' ' && src[w] != ':' {
		return false
	}
	switch w - i {
	case 8:
		return foldEq(src[i:w], "passport")
	case 7:
		if !foldEq(src[i:w], "licence") && !foldEq(src[i:w], "license") {
			return false
		}
		for _, p := range [...]string{"driver's ", "drivers ", "driver ", "driving "} {
			if i >= len(p) && foldEq(src[i-len(p):i], p) {
				return true
			}
		}
	}
	return false
}

// scanDocProse matches the number after a document's word.
func scanDocProse(src []byte, i, w int) (hit, bool) {
	if !docProseWordAt(src, i, w) {
		return hit{}, false
	}
	n := len(src)
	k := w
	if src[k] == ':' {
		k++
	}
	if k < n && src[k] == ' ' {
		k++
	}
	// The number's own word: no., number, nr., num, #, id.
	for _, p := range [...]string{"no. ", "no.", "no ", "number ", "nr. ", "num ", "# ", "#", "id ", "no: ", "number: ", "nr: ", "#: "} {
		if k+len(p) <= n && foldEq(src[k:k+len(p)], p) {
			k += len(p)
			break
		}
	}
	if k < n && src[k] == ':' {
		k++
	}
	for k < n && src[k] == ' ' {
		k++
	}
	v := k
	digits := 0
	for k < n && (isAlnum(src[k]) || src[k] == '-') {
		if isDigit(src[k]) {
			digits++
		}
		k++
	}
	for k > v && src[k-1] == '-' {
		k--
	}
	if k < n && (isAlnum(src[k]) || src[k] >= 0x80 || src[k] == '@' || src[k] == '/' || src[k] == '_') {
		return hit{}, false // the word goes on: a path, an address
	}
	if digits == 0 || !docNumber(src[v:k]) {
		return hit{}, false
	}
	return hit{det: DetNationalID, start: v, end: k}, true
}
