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
	"callback", // a CDR's userfield or a ticket: "callback 2015550142"
	"line",     // "Direct line: 01 324 73 53", "Assistant's line 0412 345 678"
}

// phoneLabelHeads name a phone number with a word after them: "phone
// number", "caller id", "mobile no.", "callback #".
var phoneLabelHeads = []string{
	"caller", "callee", "phone", "telephone", "tel", "mobile", "cell", "contact",
	"callback", "fax", "calling", "called", "party",
	"alt", "alternate", "alternative", "direct", // "Alt number 959 29 088", "direct no."
	// Which of a caller's numbers an agent's note names: "best number
	// 4155550123", "home no. ...", "daytime number".
	"best", "home", "work", "daytime", "evening", "backup", "preferred",
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

// phoneReachWords come before "at" or "on" and a number: "reach me at",
// "call me back on", "call her on".
var phoneReachWords = []string{"me", "back", "her", "him", "them", "us", "callback"} // "callback on 8189072504": a dialer's comment

// phoneLeftWords are what is left on a phone, before "left at" or "left
// on" and a number: "VM left at 4155550123".
var phoneLeftWords = []string{"vm", "voicemail", "message", "msg", "vmail"}

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
	h, t := labelWordBefore(src, s-1)
	switch {
	case foldEq(w, "to") || foldEq(w, "from"):
		return foldIn(h, phoneRouteHeads)
	case foldEq(w, "is"):
		return foldEq(h, "number") // "my new number is ..."
	case foldEq(w, "at") || foldEq(w, "on"):
		// "reach me at", "call me back on", a CRM note's "call her on".
		if foldIn(h, phoneReachWords) {
			return true
		}
		// An agent's note: "VM left at 4155550123", "message left on
		// ...": a message left is left on a phone.
		if !foldEq(h, "left") || t < 2 || src[t-1] != ' ' {
			return false
		}
		m, _ := labelWordBefore(src, t-1)
		return foldIn(m, phoneLeftWords)
	case foldEq(w, "number") && foldEq(h, "my"):
		return true // "my number 0491570156"
	}
	return foldIn(w, phoneLabelTails) && foldIn(h, phoneLabelHeads)
}

// cuedMay reports, cheaply, whether the digit word src[i:w] may open a
// number written in groups after a phone label (scanPhoneCued): a short
// group, a blank or '-', a digit; or an area code in parentheses.
func cuedMay(src []byte, i, w int) bool {
	if i < 4 || src[i-1] != ' ' || !isAlpha(src[i-2]) && src[i-2] != ':' && src[i-2] != '.' {
		return false // no word before: most digit words
	}
	if src[i] == '(' {
		return i+3 < len(src) && isDigit(src[i+1]) && (phoneLabelBefore(src, i) || callBefore(src, i))
	}
	return w-i <= 5 && w+1 < len(src) && (src[w] == ' ' || src[w] == '-') && isDigit(src[w+1]) &&
		(phoneLabelBefore(src, i) || callBefore(src, i))
}

// callBefore reports whether the word before src[i] and its blank is
// "call": a weak label, since a function or an API call is numbered too
// ("call 347 1234567" reads as a status and a byte count), so that the
// number after it must be grouped as people write one for people: three
// groups or more ("Call 777 856 096").
func callBefore(src []byte, i int) bool {
	if i < 5 || src[i-1] != ' ' {
		return false
	}
	w, _ := labelWordBefore(src, i-1)
	return foldEq(w, "call")
}

// scanPhoneCued returns the number written in groups at src[i] after a
// phone label, whatever its country's plan: "call 777 856 096", "my new
// number is 24 51 64 29", "contact me at 08-568 417 41". The label says
// what the digits are, so the groups need no trunk prefix or known area
// code: eight to fifteen digits in groups of one to eight joined by
// single blanks or '-' (the first may be an area code in parentheses:
// "(03) 784 5016"), ending the word, and not a date (23 11 2026,
// 2026-11-23). A longer run is left whole: two numbers, or a count.
func scanPhoneCued(src []byte, i int) (hit, bool) {
	j, nd, ng := i, 0, 0
	var lens [8]int
	if src[i] == '(' {
		k := i + 1
		for k < len(src) && isDigit(src[k]) && k-i <= 5 {
			k++
		}
		if k == i+1 || k-i > 5 || k+2 >= len(src) || src[k] != ')' || src[k+1] != ' ' || !isDigit(src[k+2]) {
			return hit{}, false
		}
		lens[0], nd, ng, j = k-i-1, k-i-1, 1, k+2
	}
	for {
		k := j
		for k < len(src) && isDigit(src[k]) {
			k++
		}
		l := k - j
		if l == 0 || l > 8 || ng == len(lens) {
			return hit{}, false
		}
		lens[ng] = l
		ng++
		nd += l
		j = k
		if j+1 < len(src) && (src[j] == ' ' || src[j] == '-') && isDigit(src[j+1]) {
			j++
			continue
		}
		break
	}
	if ng < 2 || nd < 8 || nd > 15 || ng == 2 && !phoneLabelBefore(src, i) {
		return hit{}, false
	}
	if j < len(src) && (!phoneLabelAfter(src[j]) || src[j] == '.' && j+1 < len(src) && isDigit(src[j+1])) {
		return hit{}, false
	}
	if ng == 3 && (lens[0] == 4 && lens[1] == 2 && lens[2] == 2 || lens[0] == 2 && lens[1] == 2 && lens[2] == 4) {
		return hit{}, false // a date
	}
	return hit{det: DetPhone, start: i, end: j}, true
}

// dialplanNumber reports whether the digit run src[i:w] is a number a
// PBX's dialplan log names as a call's party, where no phone word comes
// before it: the extension a rejected call asked for and its caller in
// Asterisk's notice ("Call from '4155550132' (198.51.100.9:5060) to
// extension '972592771234' rejected because extension not found in context
// 'public'"), and the destination after the caller in FreeSWITCH's
// "Processing Jane <4155550132>->18005551234 in context public", and the
// user of a request's From in Asterisk's "username mismatch, have
// <4155550132>". Seven
// digits or more are no extension of the PBX but a number, with an
// outside line's or an international prefix (9011…, 00…) or none: the
// words around say what the digits are, so they need no valid plan.
func dialplanNumber(src []byte, i, w int) bool {
	if w-i < 7 || w-i > 20 || i < 3 || w >= len(src) {
		return false
	}
	switch src[i-1] {
	case '\'':
		return src[w] == '\'' && (hasSuffixAt(src, i-1, "extension ") || hasSuffixAt(src, i-1, "Call from "))
	case '>':
		return src[w] == ' ' && src[i-2] == '-' && src[i-3] == '>'
	case '<':
		return src[w] == '>' && authMismatchHave(src, i-1) // "username mismatch, have <4155550132>"
	}
	return false
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

// calledNumber reports whether the digit run src[i:w] after "call",
// "called", "calling" or "rang", or after "sent to" (phoneSentWords), is a
// phone number written bare: "called 4930690000", "please call
// 0491570156", "SMS sent to 07700900123". A call's id or a count follows
// those words too ("call 1000123 ended"), so the run must read as a
// number people dial: ten digits or more, a national number after its
// trunk prefix 0 or an international one without its '+' (intlValid).
func calledNumber(src []byte, i, w int) bool {
	if w-i < 10 || w-i > 15 || i < 5 || src[i-1] != ' ' {
		return false
	}
	word, s := labelWordBefore(src, i-1)
	if !foldIn(word, phoneCallWords) && !(foldEq(word, "to") && sentTo(src, s)) {
		return false
	}
	return src[i] == '0' && src[i+1] != '0' && w-i <= 12 || intlValid(src[i:w])
}

// phoneSentWords come before "to" and a number a message went to: "SMS
// sent to 07700900123", "OTP delivered to 447700900123".
var phoneSentWords = []string{"sent", "sending", "delivered", "queued", "dispatched", "texted", "resent"}

// sentTo reports whether one of phoneSentWords ends before the word "to"
// at src[s].
func sentTo(src []byte, s int) bool {
	if s < 2 || src[s-1] != ' ' {
		return false
	}
	h, _ := labelWordBefore(src, s-1)
	return foldIn(h, phoneSentWords)
}

// phoneCallWords come right before a number that was called.
var phoneCallWords = []string{"call", "called", "calling", "rang", "ring", "phoned"}

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
	if dialplanNumber(src, i, w) {
		for _, c := range src[i:w] {
			if !isDigit(c) {
				return hit{}, false
			}
		}
		return hit{det: DetPhone, start: i, end: w}, true
	}
	if w-i < 7 || w-i > dialLimit(src, i) || !phoneLabelBefore(src, i) && !routedE164(src, i, w) && !calledNumber(src, i, w) {
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
