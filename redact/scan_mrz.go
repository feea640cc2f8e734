package redact

// Machine-readable zones of travel documents (ICAO Doc 9303), part of
// DetNationalID: the two 44-character lines of a passport (TD3), the two
// 36-character lines of a TD2 card and the three 30-character lines of an
// id card (TD1). A log holds them on one line, the lines separated by a
// blank or a line break (a "\n" escape, which the decoding layer reads).
// Every check digit (weights 7, 3, 1; '<' counts 0, A-Z 10-35) must hold;
// the whole zone is the match. A TD3 or TD2 name line alone is matched
// too (a 44- or 36-byte run of capitals and '<' with the "<<" between
// surname and given names), and so is a TD3 or TD2 data line alone.

// mrzVal returns the value of an MRZ character in a check digit: 0-9,
// A-Z as 10-35, '<' as 0; -1 for any other byte.
func mrzVal(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	case c == '<':
		return 0
	}
	return -1
}

// mrzSum accumulates the 7-3-1 weighted sum of a check digit over one or
// more fields.
type mrzSum struct{ sum, k int }

func (m *mrzSum) add(b []byte) {
	for _, c := range b {
		m.sum += mrzVal(c) * int("\x07\x03\x01"[m.k%3])
		m.k++
	}
}

// ok reports whether c is the check digit of what was added.
func (m *mrzSum) ok(c byte) bool { return isDigit(c) && m.sum%10 == int(c-'0') }

// mrzDigit reports whether c is the check digit of the field b.
func mrzDigit(b []byte, c byte) bool {
	var m mrzSum
	m.add(b)
	return m.ok(c)
}

// mrzLineAt reports whether src[i:i+l] is a whole MRZ line: l bytes of
// A-Z, 0-9 and '<', not followed by another letter, digit or '<'.
func mrzLineAt(src []byte, i, l int) bool {
	if i+l > len(src) {
		return false
	}
	for _, c := range src[i : i+l] {
		if mrzVal(c) < 0 {
			return false
		}
	}
	return i+l == len(src) || !isAlnum(src[i+l]) && src[i+l] != '<'
}

// mrzNext returns where the line after the one that ends at src[e]
// starts: after a blank, a tab or a line break; -1 when none follows.
func mrzNext(src []byte, e int) int {
	if e >= len(src) {
		return -1
	}
	switch src[e] {
	case ' ', '\t', '\n':
		return e + 1
	case '\r':
		if e+1 < len(src) && src[e+1] == '\n' {
			return e + 2
		}
		return e + 1
	}
	return -1
}

// mrzAlpha reports whether b holds only capitals and '<'.
func mrzAlpha(b []byte) bool {
	for _, c := range b {
		if c != '<' && !isUpper(c) {
			return false
		}
	}
	return true
}

// mrzNames reports whether the line b (TD3 or TD2 first line) is a name
// line: document code, issuing state and the holder's name, with "<<"
// between surname and given names.
func mrzNames(b []byte) bool {
	if !mrzAlpha(b) || b[0] == '<' {
		return false
	}
	for x := 5; x+1 < len(b); x++ {
		if b[x] == '<' && b[x+1] == '<' {
			return x > 5
		}
	}
	return false
}

// mrzSex reports whether c is an MRZ sex field: F, M, X or '<'.
func mrzSex(c byte) bool { return c == 'F' || c == 'M' || c == 'X' || c == '<' }

// mrzDataLine reports whether b, the second line of a TD3 (44 bytes) or
// TD2 (36) document, holds valid check digits: document number, birth
// date, expiry date, the TD3 personal number, and the composite one.
func mrzDataLine(b []byte) bool {
	l := len(b)
	if !mrzDigit(b[0:9], b[9]) || !mrzAlpha(b[10:13]) || !digitsAt(b, 13, 6) || !mrzDigit(b[13:19], b[19]) ||
		!mrzSex(b[20]) || !digitsAt(b, 21, 6) || !mrzDigit(b[21:27], b[27]) {
		return false
	}
	last := l - 1
	if l == 44 {
		// The personal number's check digit may be '<' when it is empty.
		if b[42] != '<' && !mrzDigit(b[28:42], b[42]) || b[42] == '<' && !mrzAlpha(b[28:42]) {
			return false
		}
	}
	var m mrzSum
	m.add(b[0:10])
	m.add(b[13:20])
	m.add(b[21:last])
	return m.ok(b[last])
}

// mrzTD1 reports whether l1 and l2, 30 bytes each, are the first two
// lines of a TD1 id card with valid check digits.
func mrzTD1(l1, l2 []byte) bool {
	if !mrzAlpha(l1[0:5]) || l1[0] == '<' {
		return false
	}
	// A document number of more than nine characters goes on in the
	// optional data, with '<' in place of its check digit.
	if l1[14] != '<' && !mrzDigit(l1[5:14], l1[14]) {
		return false
	}
	if !digitsAt(l2, 0, 6) || !mrzDigit(l2[0:6], l2[6]) || !mrzSex(l2[7]) || !digitsAt(l2, 8, 6) ||
		!mrzDigit(l2[8:14], l2[14]) || !mrzAlpha(l2[15:18]) {
		return false
	}
	var m mrzSum
	m.add(l1[5:30])
	m.add(l2[0:7])
	m.add(l2[8:15])
	m.add(l2[18:29])
	return m.ok(l2[29])
}

// scanMRZ returns the end of the machine-readable zone that starts at
// src[i]. It does not allocate.
func scanMRZ(src []byte, i int) (int, bool) {
	switch src[i] {
	case 'P', 'I', 'A', 'C', 'V':
		for _, l := range [2]int{44, 36} {
			if !mrzLineAt(src, i, l) || !mrzNames(src[i:i+l]) {
				continue
			}
			if j := mrzNext(src, i+l); j > 0 && mrzLineAt(src, j, l) && mrzDataLine(src[j:j+l]) {
				return j + l, true
			}
			return i + l, true
		}
		if src[i] != 'P' && mrzLineAt(src, i, 30) {
			j := mrzNext(src, i+30)
			if j > 0 && mrzLineAt(src, j, 30) && mrzTD1(src[i:i+30], src[j:j+30]) {
				e := j + 30
				if k := mrzNext(src, e); k > 0 && mrzLineAt(src, k, 30) && mrzAlpha(src[k:k+30]) {
					e = k + 30
				}
				return e, true
			}
		}
	}
	for _, l := range [2]int{44, 36} {
		if mrzLineAt(src, i, l) && mrzDataLine(src[i:i+l]) {
			return i + l, true
		}
	}
	return 0, false
}
