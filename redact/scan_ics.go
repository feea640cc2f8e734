package redact

// iCalendar (RFC 5545) and vCard (RFC 6350, RFC 2426) content lines, as
// CalDAV and CardDAV servers and sync clients log the bodies they move:
// "NAME;PARAM=x;PARAM=y:value", folded onto lines that start with a blank
// or a tab (3.1). A contact's FN, N, NICKNAME, ADR, LABEL, TEL and BDAY
// hold the person's data whatever the value looks like; an ORGANIZER's,
// ATTENDEE's or CONTACT's CN parameter is the person's name (their mailto:
// address is the e-mail detector's). The property name must be upper case
// (every producer writes it so) and start a line, or follow a blank when
// it is longer than N (a trace that logs one content line after a prefix).

// icsProp returns the detector of a content line's property name, and
// whether its data is the CN parameter rather than the value.
func icsProp(name []byte) (Detector, bool, bool) {
	switch string(name) {
	case "FN", "N", "NICKNAME":
		return DetName, false, true
	case "ADR", "LABEL":
		return DetAddress, false, true
	case "TEL":
		return DetPhone, false, true
	case "BDAY":
		return DetBirthDate, false, true
	case "ORGANIZER", "ATTENDEE", "CONTACT":
		return DetName, true, true
	}
	return 0, false, false
}

// icsPropAt reports whether the word src[i:w], followed by ':' or ';', is
// such a property name where a content line starts.
func icsPropAt(src []byte, i, w int) bool {
	if w+1 >= len(src) || src[w] != ':' && src[w] != ';' || w-i > 9 || src[w+1] == ' ' {
		return false // a producer writes the value or parameter right after its separator
	}
	if i > 0 && src[i-1] != '\n' && (src[i-1] != ' ' || w-i < 2 && !icsStructuredName(src, w)) {
		return false
	}
	if i > 1 && src[i-1] == ' ' && src[i-2] == '\n' {
		return false // a folded line's continuation, not a property
	}
	_, _, ok := icsProp(src[i:w])
	return ok
}

// icsLineEnd returns the end of the content line whose bytes from j on
// are read: its last line break not followed by a blank (a fold).
func icsLineEnd(src []byte, j int) int {
	n := len(src)
	for j < n {
		if src[j] == '\r' || src[j] == '\n' {
			e := j
			if src[j] == '\r' && j+1 < n && src[j+1] == '\n' {
				j++
			}
			if j+1 < n && (src[j+1] == ' ' || src[j+1] == '\t') {
				j += 2
				continue
			}
			return e
		}
		j++
	}
	return n
}

// scanICSProp matches the data of the content line whose property name is
// src[i:w].
func (s *scanner) scanICSProp(src []byte, i, w int) (hit, bool) {
	det, cn, _ := icsProp(src[i:w])
	if !s.enabled[det] {
		return hit{}, false
	}
	end := icsLineEnd(src, w)
	if cn {
		// ;CN=value or ;CN="value" among the parameters, before the ':'
		// that opens the value (a quoted parameter may hold one).
		for k := w; k+4 < end; k++ {
			c := src[k]
			if c == '"' {
				for k++; k < end && src[k] != '"'; k++ {
				}
				continue
			}
			if c == ':' {
				break
			}
			if c != ';' || src[k+1] != 'C' || src[k+2] != 'N' || src[k+3] != '=' {
				continue
			}
			v := k + 4
			e := v
			if src[v] == '"' {
				v++
				for e = v; e < end && src[e] != '"'; e++ {
				}
			} else {
				for e < end && src[e] != ':' && src[e] != ';' {
					e++
				}
			}
			if e > v {
				return hit{det: det, start: v, end: e}, true
			}
			return hit{}, false
		}
		return hit{}, false
	}
	// The value, after the ':' that ends the parameters (outside quotes).
	v := w
	for v < end && src[v] != ':' {
		if src[v] == '"' {
			for v++; v < end && src[v] != '"'; v++ {
			}
		}
		v++
	}
	v++
	if det == DetPhone && v+4 <= end && hasPrefixFold(src[v:end], "tel:") {
		v += 4
	}
	e := end
	for e > v && (src[e-1] == ' ' || src[e-1] == ';') {
		e--
	}
	if v >= e || containsMask(src[v:e]) || !icsValueShape(src[i:w], src[v:end]) {
		return hit{}, false
	}
	return hit{det: det, start: v, end: e}, true
}

// icsValueShape reports whether val has the shape its property's value
// takes (RFC 6350 6.2.2, 6.3.1, 6.4.1): N and ADR are structured, parts
// joined by ';'; TEL holds digits; BDAY a date; FN and NICKNAME a name,
// not a number; LABEL a postal label of words and a number. So that a
// line that merely starts with the same letters ("FN:12,main" of lcov's
// output, "TEL:unknown", "LABEL:prod-eu") stays.
func icsValueShape(name, val []byte) bool {
	digits, semis, letters, blanks := 0, 0, 0, 0
	for _, c := range val {
		switch {
		case isDigit(c):
			digits++
		case c == ';':
			semis++
		case isAlpha(c) || c >= 0x80:
			letters++
		case c == ' ' || c == '\\':
			blanks++
		}
	}
	switch string(name) {
	case "N", "ADR":
		return semis >= 2
	case "TEL":
		return digits >= 5
	case "BDAY":
		return digits >= 4
	case "FN", "NICKNAME":
		return letters > 0 && !isDigit(val[0])
	case "LABEL":
		return letters > 0 && digits > 0 && blanks > 0
	}
	return true
}

// icsStructuredName reports whether the value after src[w] (the ':' of an
// N) has the structured name's shape, Family;Given;Additional;Prefix;Suffix
// (at least two ';' on its line): a lone "N:" after a blank must show it.
func icsStructuredName(src []byte, w int) bool {
	if src[w] != ':' {
		return false
	}
	semis := 0
	for k := w + 1; k < len(src) && k-w < 256 && src[k] != '\n' && src[k] != '\r'; k++ {
		if src[k] == ';' {
			semis++
		}
	}
	return semis >= 2
}
