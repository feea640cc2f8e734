package redact

// A bare number in free text is a phone number when the word before it
// says so: "incoming call from caller 4155550123", "phone number
// 4930690000", "Caller ID 07700900123". Bare digits elsewhere stay (epochs,
// ids, byte counts), and "from" or "to" alone are no label: "grew to
// 2147483647" is a count.

// phoneLabelWords name a phone number by themselves.
var phoneLabelWords = []string{
	"caller", "callee", "phone", "telephone", "tel", "mobile", "cell", "cellphone",
	"msisdn", "cli", "ani", "dnis", "callerid", "fax", "whatsapp", "sms",
	"dialing", "dialling", "dialed", "dialled",
}

// phoneLabelHeads name a phone number with a word after them: "phone
// number", "caller id", "mobile no.", "callback #".
var phoneLabelHeads = []string{
	"caller", "callee", "phone", "telephone", "tel", "mobile", "cell", "contact",
	"callback", "fax", "calling", "called", "party",
}

// phoneLabelTails follow a phoneLabelHeads word.
var phoneLabelTails = []string{"number", "num", "no", "nr", "id", "#"}

// phoneRouteHeads name a phone number with "to" or "from" after them:
// "sms to 15551234567", "call from 4930690000", "forwarded to ...". A
// count may follow "to" too ("grew to 2147483647"), so only these words
// make it a number's.
var phoneRouteHeads = []string{
	"sms", "call", "calls", "text", "message", "forwarded", "transferred", "redirected", "diverted",
	"missed", "voicemail", "callback", "dial", "fax",
}

// phoneLabelBefore reports whether the digit run at src[i] follows a phone
// label and a blank (or ": ").
func phoneLabelBefore(src []byte, i int) bool {
	e := i
	if e < 2 || src[e-1] != ' ' {
		return false
	}
	e--
	if src[e-1] == ':' {
		e--
	}
	w, s := labelWordBefore(src, e)
	if len(w) == 0 {
		return false
	}
	if foldIn(w, phoneLabelWords) {
		return true
	}
	if s < 2 || src[s-1] != ' ' {
		return false
	}
	h, _ := labelWordBefore(src, s-1)
	if foldEq(w, "to") || foldEq(w, "from") {
		return foldIn(h, phoneRouteHeads)
	}
	return foldIn(w, phoneLabelTails) && foldIn(h, phoneLabelHeads)
}

// routedE164 reports whether the digit run src[i:w] after "to" or "from"
// is an international number written without its '+', as SMS gateways
// and SMPP clients log a subscriber ("Message submitted to 447700900123",
// "from 4930123456 to EXAMPLE"): eleven digits or more that are a
// country code in use and a national number of a length its plan
// allows. A count after "to" is seldom so long, and seldom so valid.
func routedE164(src []byte, i, w int) bool {
	if w-i < 11 || i < 4 || src[i-1] != ' ' {
		return false
	}
	word, _ := labelWordBefore(src, i-1)
	return (foldEq(word, "to") || foldEq(word, "from")) && intlValid(src[i:w])
}

// labelWordBefore returns the word that ends at src[e] (letters, or a
// lone '#'; a final '.' of an abbreviation is dropped) and where it
// starts.
func labelWordBefore(src []byte, e int) ([]byte, int) {
	if e > 0 && src[e-1] == '#' {
		return src[e-1 : e], e - 1
	}
	if e > 0 && src[e-1] == '.' {
		e-- // "no.", "tel."
	}
	s := e
	for s > 0 && isAlpha(src[s-1]) && e-s <= 12 {
		s--
	}
	if s == e || e-s > 12 || s > 0 && (isAlnum(src[s-1]) || src[s-1] == '_') {
		return nil, s
	}
	return src[s:e], s
}

// phoneLabelAfter reports whether c2, the byte after a digit run, may end
// a labelled number. (scanCtx drops the start when no blank comes before
// the run, as after every epoch of a CSV row.)
func phoneLabelAfter(c2 byte) bool {
	switch c2 {
	case 0, ' ', '\t', ',', ';', ')', ']', '"', '\'', '.', ':':
		return true
	}
	return false
}

// scanPhoneLabelled returns the phone number that the digit run src[i:w]
// starts after a phone label.
func scanPhoneLabelled(src []byte, i, w int) (hit, bool) {
	if w-i < 7 || w-i > 15 || !phoneLabelBefore(src, i) && !routedE164(src, i, w) {
		return hit{}, false
	}
	for _, c := range src[i:w] {
		if !isDigit(c) {
			return hit{}, false
		}
	}
	if w < len(src) && (!phoneLabelAfter(src[w]) || src[w] == '.' && w+1 < len(src) && isDigit(src[w+1])) {
		return hit{}, false
	}
	return scanPhoneCtx(src, i)
}
