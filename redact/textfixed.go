package redact

// Fixed-syntax fields. Some fields of the text formats that textfmt reads
// have a syntax that leaves no room for personal data or a credential: a
// combined line's $time_local (23/Nov/2026:20:00:00 +0000), a W3C date and
// time, an HTTP status code, the method of a request line. Yet their
// digits and words are where the scanner tries the most starts for
// nothing: a timestamp alone is eight words, and "00:" or "2026-" is tried
// as a phone number, a card, a MAC address. When such a field (or the
// method at the head of a request line) has exactly that syntax, and
// the run of plain fields that redactFields is gathering before it holds
// nothing that could start a detection (only separators and quotes, as in
// ` [` or `] "`), the run ends there and the fixed part is copied as it
// is; the next run starts after it.
//
// Why that changes nothing that is found:
//   - no detection starts inside the fixed part: timestamps, status codes,
//     HTTP methods (a fixed list, so never a key name) and HTTP versions
//     hold no personal data or credential;
//   - none starts before it and runs into it, since the run before it
//     holds no letter, digit or UTF-8 byte: gap copies such a piece as it
//     is, as it copies the separators between any two fields;
//   - what follows it is read as it was, from the byte after it.
//
// A fixed part in the middle of a run (a status code after a request
// target) is left in the run and scanned: cutting the run there could cut
// a detection that starts before it and runs across it (a PEM block whose
// words a misdeclared format reads as columns).
//
// The decision is by the value's shape, tested byte by byte, never by the
// field's name alone: a field called time_local that holds anything else
// is scanned as before. Only fields that redactFields reads as part of a
// run of plain fields are concerned (no key context, no field rule, no
// form body); everything else takes its usual path.

// fixedHead returns how many bytes at the start of v, the value of the
// field called name, have a fixed syntax that holds nothing to redact: the
// whole value for a timestamp, a status code or a method, the method and
// its blank for a request line; 0 when none.
func fixedHead(name, v []byte) int {
	switch string(name) {
	case "time_local": // nginx/Apache combined
		if timeLocal(v) {
			return len(v)
		}
	case "date": // W3C, CloudFront
		if isDate(v) {
			return len(v)
		}
	case "time":
		if isClock(v) {
			return len(v)
		}
	case "status", "sc-status":
		if len(v) == 3 && allDigits(v) {
			return len(v)
		}
	case "cs-method":
		if isMethod(v) {
			return len(v)
		}
	case "cs-protocol-version":
		if isHTTPVersion(v) {
			return len(v)
		}
	case "request": // "GET /path?q HTTP/1.1": the target is scanned
		for sp := 0; sp < len(v) && sp <= 7; sp++ {
			if v[sp] == ' ' {
				if isMethod(v[:sp]) {
					return sp + 1
				}
				break
			}
		}
	}
	return 0
}

// timeLocal reports whether v is a $time_local: dd/Mon/yyyy:hh:mm:ss
// +zzzz, the month by its English abbreviation.
func timeLocal(v []byte) bool {
	return len(v) == 26 && allDigits(v[0:2]) && v[2] == '/' && isMonthAbbr(v[3:6]) && v[6] == '/' &&
		allDigits(v[7:11]) && v[11] == ':' && isClock(v[12:20]) && v[20] == ' ' &&
		(v[21] == '+' || v[21] == '-') && allDigits(v[22:26])
}

// isDate reports whether v is yyyy-mm-dd.
func isDate(v []byte) bool {
	return len(v) == 10 && allDigits(v[0:4]) && v[4] == '-' && allDigits(v[5:7]) && v[7] == '-' && allDigits(v[8:10])
}

// isClock reports whether v is hh:mm:ss, with up to nine digits of a
// fraction of a second after a '.'.
func isClock(v []byte) bool {
	if len(v) < 8 || !(allDigits(v[0:2]) && v[2] == ':' && allDigits(v[3:5]) && v[5] == ':' && allDigits(v[6:8])) {
		return false
	}
	f := v[8:]
	return len(f) == 0 || len(f) >= 2 && len(f) <= 10 && f[0] == '.' && allDigits(f[1:])
}

// isMonthAbbr reports whether v is Jan, Feb, ... Dec.
func isMonthAbbr(v []byte) bool {
	const months = "JanFebMarAprMayJunJulAugSepOctNovDec"
	if len(v) != 3 {
		return false
	}
	for k := 0; k < len(months); k += 3 {
		if string(v) == months[k:k+3] {
			return true
		}
	}
	return false
}

// isMethod reports whether v is one of the HTTP methods of RFC 9110 or
// PATCH: a fixed list, so that no key name ("TOKEN = x") is taken for one.
func isMethod(v []byte) bool {
	switch string(v) {
	case "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH":
		return true
	}
	return false
}

// isHTTPVersion reports whether v is HTTP/d or HTTP/d.d.
func isHTTPVersion(v []byte) bool {
	if len(v) < 6 || string(v[:5]) != "HTTP/" || !isDigit(v[5]) {
		return false
	}
	return len(v) == 6 || len(v) == 8 && v[6] == '.' && isDigit(v[7])
}

// plainGap reports whether g holds no letter, digit or UTF-8 byte: only
// separators and quotes, which gap copies as they are.
func plainGap(g []byte) bool {
	for _, c := range g {
		if class[c]&cAlnum != 0 || c >= 0x80 {
			return false
		}
	}
	return true
}
