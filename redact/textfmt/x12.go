package textfmt

import "bytes"

// ASC X12 interchanges (health care: 837 claims, 270/271 eligibility,
// 835 remittance, 834 enrolment; and every other transaction set) as EDI
// gateways and integration engines log them. An interchange starts with
// the fixed-width ISA segment, whose fourth byte is the element separator,
// whose 105th the component separator and whose 106th the segment
// terminator ("ISA*00*          *00*...*:~"). Segments are an id of two or
// three capitals or digits and elements after the separator; a log writes
// the terminator alone, or followed by a line break (the byte, or the two
// characters "\n" or "\r\n" of an escaped log), or a segment a line.
//
// The elements that hold a person's data are named by segment, position
// and the qualifier before them, after the HIPAA implementation guides:
// NM1 of a person (NM102 "1": NM103 family_name, NM104 and NM105
// given_name; NM109 a member id "mrn" after MI, II, ZZ or "ssn" after 34),
// the N3 address lines of a person's loop ("street"), DMG02 ("dob"), REF02
// after SY ("ssn") or a member or Medicare id (1W, F6, HJ: "mrn"), PER's
// contact name ("contact_name") and numbers by their qualifier (TE, CP, HP,
// WP, FX, BN: "phone"; EM: "email"). Everything else (control numbers,
// dates, amounts, codes, an organisation's name, NPI and address) is left
// between named fields and scanned as text.

var (
	x12ISA         = []byte("ISA")
	x12ContactName = []byte("contact_name")
)

// LooksX12 reports whether rec holds an X12 interchange (an ISA segment)
// or is a segment of one alone on its line ("NM1*IL*1*DOE*JANE~").
//
// It does not allocate.
func LooksX12(rec []byte) bool {
	if len(rec) < 8 || bytes.IndexByte(rec, '~') < 0 {
		return false
	}
	return x12Start(rec) >= 0 || x12Lone(rec) >= 0
}

// x12Start returns where an ISA segment starts in rec, or -1.
func x12Start(rec []byte) int {
	for from := 0; ; {
		k := bytes.Index(rec[from:], x12ISA)
		if k < 0 {
			return -1
		}
		k += from
		// "ISA*00*" or "ISA|03|": the separator, then the
		// authorization qualifier (00 or 03).
		if k+7 <= len(rec) && (k == 0 || !isUpperASCII(rec[k-1]) && !isDigit(rec[k-1])) {
			s := rec[k+3]
			if !isUpperASCII(s) && !isDigit(s) && s != ' ' && rec[k+4] == '0' && (rec[k+5] == '0' || rec[k+5] == '3') && rec[k+6] == s {
				return k
			}
		}
		from = k + 3
	}
}

// x12Lone returns where a segment of those x12Seg names elements of
// starts a record alone (after blanks), with '*' after its id and '~'
// ending the record; -1 when none does.
func x12Lone(rec []byte) int {
	m := 0
	for m < len(rec) && (rec[m] == ' ' || rec[m] == '\t') {
		m++
	}
	e := len(rec)
	for e > m && (rec[e-1] == ' ' || rec[e-1] == '\r' || rec[e-1] == '\n') {
		e--
	}
	if e-m < 6 || rec[e-1] != '~' {
		return -1
	}
	id := 0
	for m+id < e && (isUpperASCII(rec[m+id]) || isDigit(rec[m+id])) {
		id++
	}
	if (id != 2 && id != 3) || rec[m+id] != '*' || x12SegKind(rec[m:m+id]) == 0 {
		return -1
	}
	return m
}

// Segments with elements to name.
const (
	x12Other = iota
	x12NM1
	x12N1
	x12N3
	x12DMG
	x12REF
	x12PER
	x12IN2
)

func x12SegKind(id []byte) int {
	switch string(id) {
	case "NM1":
		return x12NM1
	case "N1":
		return x12N1
	case "N3":
		return x12N3
	case "DMG":
		return x12DMG
	case "REF":
		return x12REF
	case "PER":
		return x12PER
	}
	return x12Other
}

// SplitX12 appends the named elements of rec, a log line that holds an
// X12 interchange or one of its segments, to dst; the rest of the record
// lies between them.
//
// It does not allocate beyond dst's growth.
func SplitX12(dst []Field, rec []byte) []Field {
	sep, term := byte('*'), byte('~')
	person := false // the loop's entity is a person (NM102 "1")
	m := x12Start(rec)
	if m >= 0 {
		sep = rec[m+3]
		// ISA is fixed-width: 105 bytes, ISA16 (the component
		// separator) and the terminator.
		if m+106 <= len(rec) && rec[m+103] == sep {
			term = rec[m+105]
		}
	} else if m = x12Lone(rec); m < 0 {
		return dst
	} else {
		// A segment alone: whose loop it is in is on another line; an
		// N3 is read as a person's.
		person = true
	}
	var el [10][2]int32
	i := m
	for i < len(rec) {
		// The segment id.
		j := i
		for j < len(rec) && rec[j] != sep && rec[j] != term {
			j++
		}
		kind := x12SegKind(rec[i:j])
		if kind == x12NM1 || kind == x12N1 {
			person = false
		}
		n := 0
		for j < len(rec) && rec[j] == sep {
			s := j + 1
			e := s
			for e < len(rec) && rec[e] != sep && rec[e] != term {
				e++
			}
			n++
			if n < len(el) {
				el[n] = [2]int32{int32(s), int32(e)}
			}
			if s < e {
				dst = x12Element(dst, rec, kind, n, s, e, &el, &person)
			}
			j = e
		}
		// The terminator and what a log writes after it.
		if j < len(rec) && rec[j] == term {
			j++
		}
		for j < len(rec) {
			switch {
			case rec[j] == '\r' || rec[j] == '\n' || rec[j] == ' ':
				j++
				continue
			case rec[j] == '\\' && j+1 < len(rec) && (rec[j+1] == 'n' || rec[j+1] == 'r'):
				j += 2
				continue
			}
			break
		}
		if j == i {
			break
		}
		i = j
	}
	return dst
}

// x12Element appends element n of a segment of kind k, rec[s:e], when it
// holds a person's data. el holds the segment's earlier elements.
func x12Element(dst []Field, rec []byte, k, n, s, e int, el *[10][2]int32, person *bool) []Field {
	q := func(i int) []byte { // element i, an earlier qualifier
		if i >= n || i >= len(el) {
			return nil
		}
		return rec[el[i][0]:el[i][1]]
	}
	var name []byte
	switch k {
	case x12NM1:
		switch n {
		case 2:
			*person = string(rec[s:e]) == "1"
		case 3:
			if *person {
				name = hl7Family
			}
		case 4, 5:
			if *person {
				name = hl7Given
			}
		case 9:
			switch string(q(8)) {
			case "MI", "II", "ZZ":
				name = hl7MRN
			case "34":
				name = hl7SSN
			}
		}
	case x12N3:
		if *person {
			name = hl7Street
		}
	case x12DMG:
		if n == 2 {
			name = hl7DOB
		}
	case x12REF:
		if n == 2 {
			switch string(q(1)) {
			case "SY":
				name = hl7SSN
			case "1W", "F6", "HJ":
				name = hl7MRN
			}
		}
	case x12PER:
		switch n {
		case 2:
			name = x12ContactName
		case 4, 6, 8:
			switch string(q(n - 1)) {
			case "TE", "CP", "HP", "WP", "FX", "BN":
				name = hl7Phone
			case "EM":
				name = hl7Email
			}
		}
	}
	if name == nil {
		return dst
	}
	return append(dst, Field{Name: name, NameStart: -1, Start: int32(s), End: int32(e)})
}
