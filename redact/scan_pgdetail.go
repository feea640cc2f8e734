package redact

// PostgreSQL's DETAIL lines echo the data a statement failed on:
//
//   - a unique violation names the key: "Key (email)=(jane@example.com)
//     already exists.", "Key (first_name, last_name)=(Jane, Doe) already
//     exists."; a foreign key violation "Key (user_id)=(42) is not present
//     in table ...". The columns say what the values are, as a key would.
//   - a check or not-null violation prints the whole row: "Failing row
//     contains (42, jane@example.com, Jane, Doe, +44 20 7946 0123,
//     1987-03-14, t, 2026-11-23 20:00:01+00)." No column names there, so
//     the values' shapes decide: numbers, booleans, nulls, timestamps,
//     uuids and lower-case words (a status, a role) stay; the rest (a
//     capitalised word, an address, a phone number, a bare date) is the
//     person's.
//
// The server writes each value with its type's output function, joins
// them with ", " and quotes none (ExecBuildSlotValueDescription,
// BuildIndexValueDescription); a NULL is "null".
//
// The login_text start (registry.go) runs these at "Key" and "contains".

// pgDetailWordAt reports, cheaply, whether the word src[i:w] opens such a
// list: "Key (" or "Failing row contains (".
func pgDetailWordAt(src []byte, i, w int) bool {
	if w+1 >= len(src) || src[w] != ' ' || src[w+1] != '(' {
		return false
	}
	switch w - i {
	case 3:
		return string(src[i:w]) == "Key"
	case 8:
		return string(src[i:w]) == "contains" && hasSuffixAt(src, i, "Failing row ")
	}
	return false
}

// maxPGValues bounds the values of a key or row that are read.
const maxPGValues = 64

// scanPGDetail matches the personal values of a DETAIL's key or row: one
// span from the first to the last of them.
func scanPGDetail(src []byte, i, w int) (hit, bool) {
	if !pgDetailWordAt(src, i, w) {
		return hit{}, false
	}
	if src[i] == 'K' {
		return scanPGKey(src, w+2)
	}
	return scanPGRow(src, w+2)
}

// pgListEnd returns the index of the ')' that closes the list of values
// opened before src[v]. The server joins the values with ", " and quotes
// none of them, so a value may hold ')' itself ("(067) 667-46-87"): the
// list ends at the ')' that the sentence goes on after: ")." at the end
// of the detail, or ") already exists", ") is not present", ") conflicts".
func pgListEnd(src []byte, v int) int {
	n := len(src)
	for k := v; k < n && k-v < 2048; k++ {
		if src[k] != ')' {
			continue
		}
		rest := src[k+1:]
		if len(rest) == 0 || rest[0] == '.' && (len(rest) == 1 || !isAlnum(rest[1])) ||
			hasPrefix(rest, " already ") || hasPrefix(rest, " is ") || hasPrefix(rest, " conflicts ") {
			return k
		}
	}
	return -1
}

// pgValueEnd returns the end of the value at src[v] in a list that closes
// at src[end]: the next ", " or the close.
func pgValueEnd(src []byte, v, end int) int {
	for k := v; k+1 < end; k++ {
		if src[k] == ',' && src[k+1] == ' ' {
			return k
		}
	}
	return end
}

// scanPGKey reads "cols)=(vals)" from src[c].
func scanPGKey(src []byte, c int) (hit, bool) {
	n := len(src)
	var cols [maxPGValues]keyCtx
	nc := 0
	k := c
	for {
		s := k
		for k < n && (isAlnum(src[k]) || src[k] == '_' || src[k] == '"') {
			k++
		}
		if k == s || k-s > 63 || nc == maxPGValues {
			return hit{}, false
		}
		cols[nc] = keyContext(src[s:k])
		nc++
		if k+1 < n && src[k] == ',' && src[k+1] == ' ' {
			k += 2
			continue
		}
		break
	}
	if k+2 >= n || src[k] != ')' || src[k+1] != '=' || src[k+2] != '(' {
		return hit{}, false
	}
	v := k + 3
	end := pgListEnd(src, v)
	if end < 0 {
		return hit{}, false
	}
	first, last, det, x := -1, -1, Detector(0), 0
	for ; x < maxPGValues; x++ {
		e := pgValueEnd(src, v, end)
		if x < nc {
			if d, ok := pgKeyValue(cols[x], src[v:e]); ok {
				if first < 0 {
					first, det = v, d
				}
				last = e
			}
		}
		if e == end {
			break
		}
		v = e + 2
	}
	switch {
	case x+1 > nc && first >= 0:
		last = end // a value with ", " in it: the rest is the person's too
	case first < 0:
		return hit{}, false
	}
	return hit{det: det, start: first, end: last}, true
}

// pgKeyValue reports whether v, under a column of context kc, is personal
// data, and as what.
func pgKeyValue(kc keyCtx, v []byte) (Detector, bool) {
	switch kc {
	case ctxName:
		return DetName, len(v) > 0 && !isNullWord(v)
	case ctxLogin:
		return DetName, accountLogin(v)
	case ctxPhone:
		return DetPhone, len(v) > 0
	case ctxAddress, ctxPostal:
		return DetAddress, streetLine(v)
	case ctxBirth:
		return DetBirthDate, len(v) > 0
	case ctxDocument, ctxNatID, ctxSSN:
		return DetNationalID, len(v) > 0
	}
	return 0, false
}

// scanPGRow reads "vals)" from src[v], a failing row.
func scanPGRow(src []byte, v int) (hit, bool) {
	end := pgListEnd(src, v)
	if end < 0 {
		return hit{}, false
	}
	first, last, det, count := -1, -1, Detector(0), 0
	for x := 0; x < maxPGValues; x++ {
		e := pgValueEnd(src, v, end)
		if d, ok := pgRowValue(src[v:e]); ok {
			if first < 0 {
				first, det = v, d
			}
			last = e
			count++
		}
		if e == end {
			break
		}
		v = e + 2
	}
	if first < 0 {
		return hit{}, false
	}
	if count > 1 {
		det = DetName
	}
	return hit{det: det, start: first, end: last}, true
}

// pgRowValue reports whether v, a value of a failing row, reads as a
// person's data, and as what (see the file's comment).
func pgRowValue(v []byte) (Detector, bool) {
	if len(v) == 0 || isNullWord(v) || string(v) == "t" || string(v) == "f" {
		return 0, false
	}
	digits, lowerWord, hexDash := 0, true, true
	for _, c := range v {
		switch {
		case isDigit(c):
			digits++
			lowerWord = false
		case c >= 'a' && c <= 'z' || c == '_':
			hexDash = hexDash && c <= 'f'
		case c == '-':
			lowerWord = false
		default:
			lowerWord, hexDash = false, false
		}
	}
	switch {
	case lowerWord:
		return 0, false // a status, a role, a code: active, pending, admin
	case hexDash && len(v) == 36:
		return 0, false // a uuid
	case pgNumber(v):
		return 0, false
	case len(v) > 10 && isoDateShape(v[:10]) && (v[10] == ' ' || v[10] == 'T'):
		return 0, false // a timestamp: when the row was written
	case len(v) == 10 && isoDateShape(v) && digits == 8:
		return DetBirthDate, true // a bare date in a person's row
	case bytesIndexByte(v, '@') > 0:
		return DetEmail, true
	case v[0] == '+' || digits >= 7 && digits*2 >= len(v):
		return DetPhone, true
	case len(v) <= 3 && upperWord(v):
		return 0, false // a country or currency code: DE, EUR
	}
	return DetName, true
}

// pgNumber reports whether v is a number as record_out writes one.
func pgNumber(v []byte) bool {
	if len(v) > 0 && v[0] == '-' {
		v = v[1:]
	}
	dot := false
	for k, c := range v {
		switch {
		case isDigit(c):
		case c == '.' && !dot && k > 0:
			dot = true
		default:
			return false
		}
	}
	return len(v) > 0
}

func bytesIndexByte(b []byte, c byte) int {
	for k, x := range b {
		if x == c {
			return k
		}
	}
	return -1
}
