package redact

// Asterisk's dialplan functions that set a party's identity, as its
// verbose log prints each Set() it executes: Set("PJSIP/trunk-0000001a",
// "CALLERID(name)=Max Mustermann"), Set(CALLERID(num)=0612345678),
// CONNECTEDLINE(name)=..., REDIRECTING(from-num)=... The argument in
// parentheses says what the value after '=' is: a name or a number. No
// key grammar reads "CALLERID(name)" as a key, so the text_name start
// reads it at the function's name (a capitalised word).

// callerFuncAt reports, cheaply, whether a party function's name and '('
// start at src[i].
func callerFuncAt(src []byte, i int) bool {
	if src[i] != 'C' && src[i] != 'R' {
		return false
	}
	_, _, _, ok := callerFunc(src, i)
	return ok
}

// callerFunc returns the value that the party function at src[i] sets,
// src[vs:ve], and what it is.
func callerFunc(src []byte, i int) (vs, ve int, det Detector, ok bool) {
	n := len(src)
	w := i
	for w < n && isUpper(src[w]) {
		w++
	}
	if w >= n || src[w] != '(' {
		return 0, 0, 0, false
	}
	switch string(src[i:w]) {
	case "CALLERID", "CONNECTEDLINE", "REDIRECTING":
	default:
		return 0, 0, 0, false
	}
	p := w + 1
	for p < n && p-w < 16 && src[p] != ')' {
		p++
	}
	if p+1 >= n || src[p] != ')' || src[p+1] != '=' {
		return 0, 0, 0, false
	}
	if det = partyFuncArg(src[w+1 : p]); det == 0 {
		return 0, 0, 0, false // another part: CALLERID(pres), CALLERID(tag) (scan_keypbx.go)
	}
	vs = p + 2
	ve = vs
	for ve < n && src[ve] != '"' && src[ve] != ')' && src[ve] != ',' && src[ve] != '\\' {
		ve++
	}
	for ve > vs && src[ve-1] == ' ' {
		ve--
	}
	v := src[vs:ve]
	switch {
	case ve == vs, src[vs] == '$':
		// Nothing, or an expression (a dialplan listing, not a call):
		// ${DB(cidname/${CALLERID(num)})}.
		return 0, 0, 0, false
	case det == DetName && !hasLetter(v), det == DetName && isNullWord(v):
		return 0, 0, 0, false
	case det == DetPhone && (!digitsAfterSign(v, '+') || len(v) < 2):
		return 0, 0, 0, false
	}
	return vs, ve, det, true
}

// scanCallerFunc matches the value a party function at src[i] sets.
func scanCallerFunc(src []byte, i int) (hit, bool) {
	vs, ve, det, ok := callerFunc(src, i)
	if !ok {
		return hit{}, false
	}
	return hit{det: det, start: vs, end: ve}, true
}
