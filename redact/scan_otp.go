package redact

// One-time codes in the text of an SMS, an e-mail or a push message, as
// services write them: after the word that names them ("Your verification
// code is 482913", "PIN: 4829", "one-time password is 872-719", "Код
// підтвердження: 453172") or before it ("G-482913 is your Google
// verification code", "482913 is your Example sign-in code", "Use 4829 13
// to log in"). Each is a credential while it is valid, a second factor or
// the proof that a number or an address is one's own. A number that no
// such word names stays: an order's, a parcel's, a count.
//
// SMPP delivery receipts (SMPP v3.4 Appendix B) quote the first 20
// characters of a message after "text:": a code there may have lost the
// word after it ("text:G-476571 is your Goo"), and counts so.
//
// The otp_code start (registry.go) runs it at a run of digits.

// otpCodeEnd returns the end of the code that starts at the digit run
// src[i:w]: the run, or the run and one more after a blank or '-' ("4829
// 13", "872-719"), four to eight digits in all; 0 when there is none.
func otpCodeEnd(src []byte, i, w int) int {
	n := len(src)
	if i > 0 && (isAlnum(src[i-1]) || src[i-1] == '.' || src[i-1] == '+') {
		return 0 // inside a word or a number
	}
	d := w - i
	if w+2 < n && (src[w] == ' ' || src[w] == '-') && isDigit(src[w+1]) {
		k := w + 1
		for k < n && isDigit(src[k]) {
			k++
		}
		if d2 := k - w - 1; d2 >= 2 && d+d2 >= 4 && d+d2 <= 8 && (k == n || !isAlnum(src[k])) {
			return k // a second group: "4829 13", "872-719"
		}
	}
	if d < 4 || d > 8 || w < n && (isAlnum(src[w]) || src[w] == '.' && w+1 < n && isDigit(src[w+1])) {
		return 0
	}
	return w
}

// otpLead reports whether the digit run at src[i] follows what may lead
// a code: the start of the text, a blank, a quote, ':' or '>' (a field's
// or an element's text: [msg:62:482913 is your...], "message":"482913
// is..."), or a sender's letters and '-' ("G-482913").
func otpLead(src []byte, i int) bool {
	if i == 0 {
		return true
	}
	switch src[i-1] {
	case ' ', '"', ':', '>', '\t':
		return true
	case '-':
		return i >= 2 && isAlpha(src[i-2])
	}
	return false
}

// otpAfter reports whether c2, the byte after a digit run, may follow a
// code or the first group of one.
func otpAfter(c2 byte) bool {
	return c2 == '-' || c2 == '\\' || c2 == '<' || c2 == '!' || c2 == '?'
}

// otpMay reports, cheaply, whether the digit run src[i:w] may open a
// code: otpLead, and after it a blank and "is" or "to", or a second
// group ("4829 13", "872-719"); or before it ": " or a blank after a word
// that ends in 's' or 't' ("code is", "Code lautet", "est", "ist").
// Most numbers in a log line have neither.
func otpMay(src []byte, i, w int) bool {
	if !otpLead(src, i) {
		return false
	}
	n := len(src)
	if w+2 < n && src[w] == ' ' && (lower(src[w+1]) == 'i' && lower(src[w+2]) == 's' || lower(src[w+1]) == 't' && lower(src[w+2]) == 'o') && (w+3 == n || src[w+3] == ' ') ||
		w+1 < n && (src[w] == ' ' || src[w] == '-') && isDigit(src[w+1]) {
		return true
	}
	if i < 3 || src[i-1] != ' ' {
		return false
	}
	c := lower(src[i-2])
	return c == ':' || c == 's' || c == 't'
}

// scanOTP matches a one-time code at the digit run src[i:w].
func scanOTP(src []byte, i, w int) (hit, bool) {
	e := otpCodeEnd(src, i, w)
	if e == 0 {
		return hit{}, false
	}
	if otpCueBefore(src, i) || otpCueAfter(src, i, e) {
		return hit{det: DetSecret, start: i, end: e}, true
	}
	return hit{}, false
}

// otpCueBefore reports whether a code's name comes before src[i]: "code
// is ", "code: ", "PIN: ", "password is ", "Code lautet ". The name
// alone before a blank ("code 482913") is not enough.
func otpCueBefore(src []byte, i int) bool {
	e := i
	if e < 2 || src[e-1] != ' ' {
		return false
	}
	e--
	if src[e-1] == ':' {
		e--
	} else {
		// A verb between the name and the code: "code is", "Code
		// lautet" (otpMay tests the verb's last letter).
		s := wordStartBack(src, e)
		switch v := src[s:e]; {
		case foldEq(v, "is"), foldEq(v, "lautet"), foldEq(v, "est"), foldEq(v, "es"), foldEq(v, "ist"), foldEq(v, "was"):
			if s < 2 || src[s-1] != ' ' {
				return false
			}
			e = s - 1
		default:
			return false
		}
	}
	s := wordStartBack(src, e)
	if s == e {
		return false
	}
	return otpNoun(src, s, e)
}

// otpNoun reports whether the word src[s:e] names a one-time code: a
// word that ends with "code" (verification code, passcode,
// Bestätigungscode) unless the word before makes it another code (error
// code, zip code, promo code), or PIN, OTP, password, and their names in
// the markets' languages.
func otpNoun(src []byte, s, e int) bool {
	v := src[s:e]
	if len(v) >= 4 && foldEq(v[len(v)-4:], "code") {
		if len(v) > 4 {
			return !foldIn(v, otherCodes)
		}
		if s < 2 || src[s-1] != ' ' {
			return true
		}
		p := wordStartBack(src, s-1)
		return !foldIn(src[p:s-1], otherCodeWords)
	}
	return foldIn(v, otpWords) || string(v) == "код" || string(v) == "Код" || string(v) == "пароль" ||
		string(v) == "Пароль" || string(v) == "підтвердження" || string(v) == "подтверждения"
}

// otpWords name a one-time code by themselves.
var otpWords = []string{"pin", "otp", "password", "passcode", "passwort", "kod", "kodu", "codigo", "codice", "tan", "mtan"}

// otherCodeWords before "code" make it a code that is no credential.
var otherCodeWords = []string{"error", "status", "exit", "return", "response", "result", "reason", "http", "zip", "post",
	"postal", "area", "country", "dial", "dialing", "dialling", "promo", "promotional", "discount", "coupon", "voucher",
	"gift", "product", "region", "language", "currency", "sort", "iso", "bank", "swift", "bic", "qr", "bar", "source",
	"tracking", "order", "reference", "booking", "colour", "color", "event", "reply", "short", "exception", "fault"}

// otherCodes are one-word codes that are no credential.
var otherCodes = []string{"zipcode", "postcode", "barcode", "qrcode", "errorcode", "statuscode", "exitcode",
	"returncode", "responsecode", "resultcode", "reasoncode", "promocode", "countrycode", "areacode", "shortcode", "opcode",
	"unicode", "keycode", "charcode", "geocode", "decode", "encode", "transcode"}

// otpCueAfter reports whether a code's name follows the code that ends
// at src[e]: "is your [words] code", "to log in", "to sign in", "to
// verify"; in a delivery receipt's truncated text, "is your" or "to"
// alone at its end.
func otpCueAfter(src []byte, i, e int) bool {
	n := len(src)
	if e+4 >= n || src[e] != ' ' {
		return false
	}
	k := e + 1
	w := wordEndFwd(src, k)
	switch {
	case foldEq(src[k:w], "is"):
		k = w + 1
		if w >= n || src[w] != ' ' {
			return false
		}
		w = wordEndFwd(src, k)
		if !foldEq(src[k:w], "your") {
			return false
		}
		for words := 0; words < 6; words++ {
			if w >= n || src[w] != ' ' {
				return (w >= n || src[w] != '.') && receiptText(src, i)
			}
			k = w + 1
			w = wordEndFwd(src, k)
			if w == k {
				return receiptText(src, i)
			}
			if otpNoun(src, k, w) {
				return true
			}
		}
		return false
	case foldEq(src[k:w], "to"):
		if w >= n || src[w] != ' ' {
			return w >= n && receiptText(src, i)
		}
		k = w + 1
		w = wordEndFwd(src, k)
		return foldIn(src[k:w], otpVerbs) || w >= n && receiptText(src, i)
	}
	return false
}

// otpVerbs follow "to" after a code that is one.
var otpVerbs = []string{"log", "login", "sign", "signin", "verify", "confirm", "authenticate", "authorize", "authorise", "activate", "reset", "complete"}

// receiptText reports whether the code at src[i] opens the text of an
// SMPP delivery receipt ("... err:000 text:G-476571 is your Goo"), or
// follows a word of it: a message cut at 20 characters.
func receiptText(src []byte, i int) bool {
	k := i
	for k > 0 && i-k < 24 && src[k-1] != ':' {
		k--
	}
	return k >= 5 && foldEq(src[k-5:k], "text:")
}

// wordStartBack returns where the word of letters (any UTF-8 letter
// byte) that ends at src[e] starts.
func wordStartBack(src []byte, e int) int {
	s := e
	for s > 0 && e-s < 32 && (isAlpha(src[s-1]) || src[s-1] >= 0x80 || src[s-1] == '-' && s-1 > 0 && isAlpha(src[s-2])) {
		s--
	}
	return s
}

// wordEndFwd returns where the word of letters that starts at src[k]
// ends.
func wordEndFwd(src []byte, k int) int {
	w := k
	for w < len(src) && w-k < 32 && (isAlpha(src[w]) || src[w] >= 0x80 || src[w] == '-' && w > k) {
		w++
	}
	return w
}
