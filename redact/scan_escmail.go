package redact

// An e-mail address written as a client identity: Twilio's Voice and
// Conversations SDKs, and Flex on top of them, allow only letters, digits
// and '_' in an identity, so a user's address becomes one by writing every
// other byte as '_' and its two hex digits in capitals
// (jane.doe@example.com is jane_2Edoe_40example_2Ecom; a '_' itself is
// _5F). Flex's workers carry it as contact_uri "client:jane_2Edoe_40…",
// and call webhooks as From=client:…. No '@' is left for the e-mail
// start to find, so this start waits at the word after the escaped '@'
// ("40example") and reads the address around it: the e-mail start's may
// and scanEmail let it through there.

// escapedAtStart reports, cheaply, whether the word at src[i] may follow
// an escaped '@': "_40" with a letter or digit before the '_'.
func escapedAtStart(src []byte, i int) bool {
	return i >= 2 && i+2 < len(src) && src[i] == '4' && src[i+1] == '0' && src[i-1] == '_' && isAlnum(src[i-2])
}

// identEscape returns the length of an identity escape at src[j]: '_' and
// two hex digits in capitals, or 0.
func identEscape(src []byte, j int) int {
	if j+2 < len(src) && src[j] == '_' && identHex(src[j+1]) && identHex(src[j+2]) {
		return 3
	}
	return 0
}

func identHex(c byte) bool { return '0' <= c && c <= '9' || 'A' <= c && c <= 'F' }

// scanEscapedEmail matches the escaped address whose '@' is the "_40" at
// src[i-1:i+2]. The local part before it is letters, digits and escapes
// (a '_' that escapes nothing ends it, as does any other byte); the domain
// after it is at least two labels of letters, digits and '-' (or _2D)
// joined by _2E, the last of two letters or more. The hit's domain is its
// start: a kept domain is not looked for in an escaped one.
func scanEscapedEmail(src []byte, i int) (hit, bool) {
	if !escapedAtStart(src, i) {
		return hit{}, false
	}
	at := i - 1
	// The local part, read backwards: letters and digits, each '_' the
	// start of an escape.
	ls := at
	for ls > 0 && at-ls < 3*64 {
		c := src[ls-1]
		switch {
		case isAlnum(c):
			ls--
			continue
		case c == '_':
			// A '_' counts only as an escape's: ls-1 must start one.
			if identEscape(src, ls-1) == 3 {
				ls--
				continue
			}
		case identHex(c) && ls >= 3 && identEscape(src, ls-3) == 3:
		}
		break
	}
	// Trim to an escape's start or a letter: "_2E" split mid-way is no
	// local part, and the byte before must not continue a word.
	for ls < at && !isAlnum(src[ls]) && identEscape(src, ls) == 0 {
		ls++
	}
	for ls < at && ls > 0 && (isAlnum(src[ls-1]) || src[ls-1] == '_') {
		// Inside a longer word: step to the next escape or give up.
		return hit{}, false
	}
	if ls >= at {
		return hit{}, false
	}
	// Every '_' of the local part must start an escape.
	for j := ls; j < at; j++ {
		if src[j] == '_' {
			if identEscape(src, j) == 0 {
				return hit{}, false
			}
			j += 2
		}
	}
	// The domain: labels joined by _2E.
	n := len(src)
	j, labels, end := i+2, 0, -1
	for j < n {
		ls, alpha := j, true
		for j < n {
			if isAlnum(src[j]) || src[j] == '-' {
				alpha = alpha && isAlpha(src[j])
				j++
			} else if j+2 < n && src[j] == '_' && src[j+1] == '2' && src[j+2] == 'D' {
				alpha = false
				j += 3
			} else {
				break
			}
		}
		if j == ls || j-ls > 63 {
			break
		}
		labels++
		if labels >= 2 && alpha && j-ls >= 2 {
			end = j
		}
		if j+3 < n && src[j] == '_' && src[j+1] == '2' && src[j+2] == 'E' && isAlnum(src[j+3]) {
			j += 3
			continue
		}
		break
	}
	if end < 0 || end < n && (isAlnum(src[end]) || src[end] == '_' && identEscape(src, end) == 0) {
		return hit{}, false
	}
	return hit{det: DetEmail, start: ls, end: end, domain: ls}, true
}
