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
	if plateWordAt(src, i, w) {
		return true
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
	if plateWordAt(src, i, w) {
		return scanPlate(src, k)
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

// plateWordAt reports whether the word src[i:w] names a licence plate in
// prose, before a blank or ':': plate, Kennzeichen, kenteken, targa,
// placa, plaque, tablica, registration (before a British mark), immatriculation, matrícula (read from its "cula", the
// word after the accented letter), rejestracyjny, VRM.
func plateWordAt(src []byte, i, w int) bool {
	switch w - i {
	case 3:
		return string(src[i:w]) == "VRM"
	case 4:
		return string(src[i:w]) == "cula" && i >= 6 && string(src[i-6:i]) == "matr\xc3\xad"
	case 5:
		return foldEq(src[i:w], "plate") || foldEq(src[i:w], "targa") || foldEq(src[i:w], "placa")
	case 6:
		return foldEq(src[i:w], "plaque")
	case 7:
		return foldEq(src[i:w], "tablica")
	case 8:
		return foldEq(src[i:w], "kenteken")
	case 11:
		return foldEq(src[i:w], "kennzeichen")
	case 12:
		// "registration" names other things too: only a British
		// registration mark follows it (ukPlateAt).
		return foldEq(src[i:w], "registration") && w+1 < len(src) && src[w] == ' ' && ukPlateAt(src, w+1)
	case 13:
		return foldEq(src[i:w], "rejestracyjny")
	case 15:
		return foldEq(src[i:w], "immatriculation")
	}
	return false
}

// ukPlateAt reports whether a British registration mark of the current
// form starts at src[k]: two capitals, two digits, a blank and three
// capitals (AB12 CDE), ending a word.
func ukPlateAt(src []byte, k int) bool {
	if len(src)-k < 8 {
		return false
	}
	p := src[k : k+8]
	return isUpper(p[0]) && isUpper(p[1]) && isDigit(p[2]) && isDigit(p[3]) && p[4] == ' ' && isUpper(p[5]) && isUpper(p[6]) &&
		isUpper(p[7]) && (len(src) == k+8 || !isAlnum(src[k+8]))
}

// scanPlate reads a licence plate at src[k]: up to three groups of
// capitals, digits and '-' joined by one blank (B-MW 1234, AB12 CDE, 1234
// BCD, FZ 886 ZN), ending before a word with a lower-case letter
// ("WA 2284J, duration", "DLZ-2937 has"), at most nine letters and digits.
func scanPlate(src []byte, k int) (hit, bool) {
	n := len(src)
	v, e, alnum := k, k, 0
	for g := 0; g < 3 && k < n; g++ {
		s := k
		a := 0
		for k < n && (isDigit(src[k]) || isUpper(src[k]) || src[k] == '-') {
			if src[k] != '-' {
				a++
			}
			k++
		}
		if k == s || k < n && (isAlnum(src[k]) || src[k] >= 0x80 || src[k] == '@' || src[k] == '/' || src[k] == '_' || src[k] == '.' && k+1 < n && isAlnum(src[k+1])) {
			break // a word with lower case, a path, a name
		}
		if alnum+a > 9 {
			break
		}
		alnum += a
		e = k
		if k+1 >= n || src[k] != ' ' {
			break
		}
		k++
	}
	for e > v && src[e-1] == '-' {
		e--
	}
	if e == v || !plateNumber(src[v:e]) {
		return hit{}, false
	}
	return hit{det: DetNationalID, start: v, end: e}, true
}
