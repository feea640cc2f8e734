package redact

// A database that fails to convert a literal echoes it in the error:
//
//   - Snowflake: "Numeric value 'Bob' is not recognized", "Boolean value
//     'x' is not recognized", "Date '14/03/1985' is not recognized",
//     "Timestamp 'x' is not recognized";
//   - MySQL: "Incorrect integer value: 'Bob' for column 'age' at row 1",
//     "Incorrect datetime value: 'x' for column ...";
//   - SQL Server: "Conversion failed when converting the varchar value
//     'Bob' to data type int.";
//   - PostgreSQL: "invalid input syntax for type integer: \"Bob\"".
//
// The literal is a row's data that went to the wrong column (a name in an
// amount's, a birth date in a text one), written out in a log that
// outlives the row. Its shape decides what it is, as for the values of a
// failing row (pgRowValue): numbers, booleans, codes and lower-case words
// stay. The login_text start (registry.go) runs these at the cue words
// (scan_gapcue.go).

// dbEchoWordAt reports whether the word src[i:w] introduces an echoed
// literal, and where the literal's opening quote is.
func dbEchoWordAt(src []byte, i, w int) (int, bool) {
	n := len(src)
	if w+2 >= n {
		return 0, false
	}
	switch w - i {
	case 4, 9:
		// Snowflake's "Date '" and "Timestamp '", which only the end of
		// the message tells from prose ("' is not recognized").
		if src[w] != ' ' || src[w+1] != '\'' || string(src[i:w]) != "Date" && string(src[i:w]) != "Timestamp" {
			if w-i == 4 && src[w] == ' ' && string(src[i:w]) == "type" && hasSuffixAt(src, i, "syntax for ") {
				return pgTypeQuote(src, w+1)
			}
			return 0, false
		}
		return w + 1, notRecognizedAfter(src, w+1)
	case 5:
		if !foldEq(src[i:w], "value") {
			return 0, false
		}
		q := w + 1
		if src[w] == ':' && src[w+1] == ' ' {
			q = w + 2 // MySQL: "Incorrect integer value: '"
		} else if src[w] != ' ' {
			return 0, false
		}
		if q >= n || src[q] != '\'' || i < 2 || src[i-1] != ' ' {
			return 0, false
		}
		// The word before names the type the literal failed as.
		p := i - 1
		for p > 0 && isAlpha(src[p-1]) {
			p--
		}
		if p > 0 && isAlnum(src[p-1]) || !conversionType(src[p:i-1]) {
			return 0, false
		}
		switch {
		case src[w] == ':':
			return q, hasSuffixAt(src, p, "Incorrect ")
		case hasSuffixAt(src, p, "the "):
			return q, true // SQL Server: "converting the varchar value '"
		}
		return q, notRecognizedAfter(src, q)
	}
	return 0, false
}

// conversionType reports whether t (any case) names a type a literal
// fails to convert to or from in these messages.
func conversionType(t []byte) bool {
	var b [12]byte
	if len(t) < 3 || len(t) > len(b) {
		return false
	}
	for k, c := range t {
		b[k] = lower(c)
	}
	switch string(b[:len(t)]) {
	case "numeric", "boolean", "decimal", "integer", "double", "float", "real", "datetime", "date", "time",
		"timestamp", "varchar", "nvarchar", "char", "nchar", "string", "text", "int", "bigint", "smallint":
		return true
	}
	return false
}

// notRecognizedAfter reports whether the literal whose quote is src[q]
// is followed by Snowflake's "' is not recognized".
func notRecognizedAfter(src []byte, q int) bool {
	e := echoEnd(src, q)
	return e > 0 && hasPrefixAt(src, e+1, " is not recognized")
}

// pgTypeQuote returns where the literal after PostgreSQL's "for type
// <type>: " opens, src[v] being the type's first byte.
func pgTypeQuote(src []byte, v int) (int, bool) {
	k := v
	for k < len(src) && k-v < 32 && (isAlnum(src[k]) || src[k] == ' ' || src[k] == '_') {
		k++
	}
	if k == v || k+2 >= len(src) || src[k] != ':' || src[k+1] != ' ' || src[k+2] != '"' {
		return 0, false
	}
	return k + 2, true
}

// echoEnd returns the index of the quote that closes the literal opened
// by the quote at src[q] (a doubled quote is one quote of the literal),
// or -1 within 256 bytes of it or before a line's end.
func echoEnd(src []byte, q int) int {
	c := src[q]
	for k := q + 1; k < len(src) && k-q <= 256; k++ {
		switch src[k] {
		case c:
			if k+1 < len(src) && src[k+1] == c && c == '\'' {
				k++
				continue
			}
			return k
		case '\n':
			return -1
		}
	}
	return -1
}

// scanDBEcho matches the literal the cue word src[i:w] introduces, when
// its shape reads as a person's data.
func scanDBEcho(src []byte, i, w int) (hit, bool) {
	q, ok := dbEchoWordAt(src, i, w)
	if !ok {
		return hit{}, false
	}
	e := echoEnd(src, q)
	if e <= q+1 {
		return hit{}, false
	}
	v := src[q+1 : e]
	if numericDate(v) {
		return hit{det: DetBirthDate, start: q + 1, end: e}, true // a date a column did not take: 14/03/1985
	}
	det, ok := pgRowValue(v)
	if !ok {
		return hit{}, false
	}
	return hit{det: det, start: q + 1, end: e}, true
}

// numericDate reports whether v is a date written with numbers only and
// one separator: 14/03/1985, 3.11.85, 1985-03-14.
func numericDate(v []byte) bool {
	var groups [3]int
	g, sep := 0, byte(0)
	for _, c := range v {
		switch {
		case isDigit(c):
			groups[g]++
		case (c == '/' || c == '.' || c == '-') && g < 2 && groups[g] > 0 && (sep == 0 || c == sep):
			sep = c
			g++
		default:
			return false
		}
	}
	if g != 2 || groups[2] == 0 {
		return false
	}
	return groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 2 || groups[2] == 4) ||
		groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2
}
