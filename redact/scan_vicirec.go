package redact

// The file name of a call recording as VICIdial names it: the campaign's
// recording file name pattern, by default FULLDATE_CUSTPHONE, a date and
// a time (YYYYMMDD-HHMMSS; the Non-Agent API's documentation writes
// YYYYMMDD_HHMMSS) then the customer's number, and often the agent's
// login (FULLDATE_CUSTPHONE_AGENT), before the mix's "-all" and the
// extension: 20261123-195947_6015720438_jdoe-all.mp3 (the number and
// the login are masked as one: 20261123-195947_[phone]-all.mp3). recording_log,
// the API's recording_lookup and every web server log that serves the
// recordings carry it, under keys or in a URL's path, so it is read
// wherever it stands. The number is 7 to 15 digits; the agent's login a
// word with a letter that is not one of the dialer's own upper-case
// users (VDAD, VDCL).

// recDateAt reports whether the six-digit word src[i:w], followed by
// '_', is the time of a recording file name's date and time, and a
// number follows the '_'.
func recDateAt(src []byte, i, w int) bool {
	if w-i != 6 || i < 9 || w >= len(src) || src[w] != '_' || src[i-1] != '-' && src[i-1] != '_' {
		return false
	}
	d := i - 9
	if d > 0 && isAlnum(src[d-1]) || !allDigits(src[d:i-1]) || !allDigits(src[i:w]) {
		return false
	}
	two := func(k int) int { return int(src[k]-'0')*10 + int(src[k+1]-'0') }
	if c := two(d); c != 19 && c != 20 {
		return false
	}
	if mo, dd := two(d+4), two(d+6); mo < 1 || mo > 12 || dd < 1 || dd > 31 {
		return false
	}
	if two(i) > 23 || two(i+2) > 59 || two(i+4) > 59 {
		return false
	}
	_, ok := recPhoneEnd(src, w+1)
	return ok
}

// recPhoneEnd returns the end of the number that starts at src[v]: 7 to
// 15 digits that no letter or digit follows.
func recPhoneEnd(src []byte, v int) (int, bool) {
	e := v
	for e < len(src) && e-v <= 15 && isDigit(src[e]) {
		e++
	}
	if n := e - v; n < 7 || n > 15 || e < len(src) && isAlnum(src[e]) {
		return e, false
	}
	return e, true
}

// scanRecFullDate matches the number after a recording file name's date
// and time (recDateAt holds for the word src[i:w]), and the agent's login
// after it when there is one: one span, so that a path or a URL whose
// parts are scanned apart reads it as a record's field does, and a
// second pass, finding no number, has nothing left to find.
func (s *scanner) scanRecFullDate(src []byte, i, w int) (hit, bool) {
	if !recDateAt(src, i, w) {
		return hit{}, false
	}
	e, _ := recPhoneEnd(src, w+1)
	if a := e + 1; e < len(src) && src[e] == '_' {
		b := a
		for b < len(src) && b-a <= maxLogin && (isAlnum(src[b]) || src[b] == '.' || src[b] == '_') {
			b++
		}
		if d := lastIndexByte(src[a:b], '.'); d > 0 && fileName(src[a:b]) {
			b = a + d // FULLDATE_CUSTPHONE_AGENT.wav
		}
		if b-a <= maxLogin && agentLogin(src[a:b]) {
			e = b
		}
	}
	return hit{det: DetPhone, start: w + 1, end: e}, true
}

// agentLogin reports whether v, the agent part of a recording's file
// name, is a person's login: it holds a lower-case letter (VICIdial's own
// users, VDAD and VDCL, and numeric agent ids stay).
func agentLogin(v []byte) bool {
	for _, c := range v {
		if 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}
