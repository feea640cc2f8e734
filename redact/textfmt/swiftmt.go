package textfmt

import "bytes"

// SWIFT FIN messages (MT) as payment hubs log them: the basic, application
// and user header blocks ("{1:F01...}{2:I103...}{3:{121:uetr}}"), then the
// text block "{4:" whose fields each start a line with ":tag:" (two digits
// and an option letter) and which ends with "-}". A log writes the text
// block's line breaks as the bytes, as the characters "\r\n" or "\n", or
// as blanks.
//
// The party fields name a person: the ordering customer (50A, 50F, 50K)
// and the beneficiary (59, 59A, 59F). Their first line is the account
// when it starts with '/' ("account_number"); in option F (structured)
// each line starts with a number and '/': 1 the name, 2 the address, 3
// the country and town, 4 the date of birth, 5 the place of birth, 6 and 7
// a customer or national id, 8 more of the name. In the other options the
// line after the account is the name ("contact_name") and the lines after
// it the address ("address_line1"); when the lines are joined by blanks
// the name and the address are one field.

var (
	swiftBlock4    = []byte("{4:")
	swiftBlockEnd  = []byte("-}")
	swiftAccount   = []byte("account_number")
	swiftAddress   = []byte("address_line1")
	swiftDocNumber = []byte("document_number")
)

// LooksSwiftMT reports whether rec holds a FIN message's text block.
//
// It does not allocate.
func LooksSwiftMT(rec []byte) bool {
	return len(rec) > 16 && bytes.Contains(rec, swiftBlock4)
}

// swiftBreak returns the length of the line break at rec[i:] ("\r\n",
// '\n', the escapes `\r\n` and `\n`), or 0.
func swiftBreak(rec []byte, i int) int {
	switch {
	case rec[i] == '\r' && i+1 < len(rec) && rec[i+1] == '\n':
		return 2
	case rec[i] == '\n':
		return 1
	case rec[i] == '\\' && i+3 < len(rec) && rec[i+1] == 'r' && rec[i+2] == '\\' && rec[i+3] == 'n':
		return 4
	case rec[i] == '\\' && i+1 < len(rec) && rec[i+1] == 'n':
		return 2
	}
	return 0
}

// swiftTag returns the length of a field tag ":NN:" or ":NNa:" at rec[i:],
// or 0.
func swiftTag(rec []byte, i int) int {
	if i+4 > len(rec) || rec[i] != ':' || !isDigit(rec[i+1]) || !isDigit(rec[i+2]) {
		return 0
	}
	if rec[i+3] == ':' {
		return 4
	}
	if i+5 <= len(rec) && isUpperASCII(rec[i+3]) && rec[i+4] == ':' {
		return 5
	}
	return 0
}

// SplitSwiftMT appends the named parts of the party fields of rec's text
// block to dst.
//
// It does not allocate beyond dst's growth.
func SplitSwiftMT(dst []Field, rec []byte) []Field {
	b := bytes.Index(rec, swiftBlock4)
	if b < 0 {
		return dst
	}
	end := len(rec)
	if k := bytes.Index(rec[b:], swiftBlockEnd); k >= 0 {
		end = b + k
	}
	i := b + 3
	for i < end {
		t := swiftTag(rec, i)
		if t == 0 {
			i++
			continue
		}
		tag := rec[i+1 : i+t-1]
		// The field's value: to the next tag at a line's start (after
		// a break or a blank).
		s := i + t
		e := s
		for e < end {
			if n := swiftBreak(rec, e); n > 0 && swiftTag(rec, e+n) > 0 {
				break
			}
			if rec[e] == ' ' && swiftTag(rec, e+1) > 0 {
				break
			}
			e++
		}
		if tag[0] == '5' && (tag[1] == '0' && len(tag) == 3 && tag[2] != 'A' && tag[2] != 'C' ||
			tag[1] == '9' && (len(tag) == 2 || tag[2] == 'F')) {
			dst = swiftParty(dst, rec, s, e, len(tag) == 3 && tag[2] == 'F')
		}
		i = e
	}
	return dst
}

// swiftParty appends the parts of the party field rec[s:e].
func swiftParty(dst []Field, rec []byte, s, e int, structured bool) []Field {
	line := 0
	for ls := s; ls < e; {
		le := ls
		var n int
		for le < e {
			if n = swiftBreak(rec, le); n > 0 {
				break
			}
			le++
		}
		if ls < le {
			var name []byte
			v := ls
			switch {
			case line == 0 && rec[ls] == '/':
				// The account, and with blanks for breaks the name and
				// address after it.
				k := ls + 1
				for k < le && rec[k] != ' ' {
					k++
				}
				dst = append(dst, Field{Name: swiftAccount, NameStart: -1, Start: int32(ls + 1), End: int32(k)})
				if k+1 < le {
					name, v = x12ContactName, k+1
					if structured {
						dst = swiftNumbered(dst, rec, k+1, le)
						name = nil
					}
				}
			case structured:
				dst = swiftNumbered(dst, rec, ls, le)
			case line == 0 || line == 1 && rec[s] == '/':
				name = x12ContactName
			default:
				name = swiftAddress
			}
			if name != nil {
				dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(v), End: int32(le)})
			}
		}
		line++
		ls = le + n
		if n == 0 {
			break
		}
	}
	return dst
}

// swiftNumbered appends the parts of option F's numbered lines in
// rec[s:e]: one line, or several joined by blanks ("1/JANE DOE 2/...").
func swiftNumbered(dst []Field, rec []byte, s, e int) []Field {
	for p := s; p < e; {
		if p+2 > e || !isDigit(rec[p]) || rec[p+1] != '/' {
			return dst
		}
		q := p + 2
		for q < e && !(rec[q] == ' ' && q+3 <= e && isDigit(rec[q+1]) && rec[q+2] == '/') {
			q++
		}
		var name []byte
		switch rec[p] {
		case '1', '8':
			name = x12ContactName
		case '2':
			name = swiftAddress
		case '4':
			name = hl7DOB
		case '6', '7':
			name = swiftDocNumber
		}
		if name != nil && q > p+2 {
			dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(p + 2), End: int32(q)})
		}
		p = q + 1
	}
	return dst
}
