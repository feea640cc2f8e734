package textfmt

import "bytes"

// HL7 version 2 messages (HL7 v2.5.1, chapter 2: message construction) as
// integration engines (Mirth Connect, Rhapsody) and listeners log them: a
// message starts with "MSH|^~\&|", fields are separated by '|', components
// by '^', repetitions by '~', subcomponents by '&'. The segment terminator,
// a carriage return, reaches a log as the byte itself, as the two
// characters "\r" or "\n", as "<CR>", or as a blank; a segment starts with
// its three-character id and '|'. Whatever comes before "MSH" (a log
// line's prefix) is one field without a name.
//
// The fields that hold a person's data are named by segment and position
// (chapter 3, ADT: PID, PD1, NK1, PV1, GT1, IN1; chapter 4 and 7: ORC, OBR,
// OBX), and split into their components, each named after what it holds:
// a medical record number or another patient identifier (the first
// component of each repetition of PID-2, PID-3, PID-4: "mrn"), the parts of
// a person's name (XPN, XCN: family_name, given_name), a date of birth
// ("dob"), the street of an address (XAD: "street"), a telephone number
// (XTN: "phone", its local number and area code, an e-mail address in its
// fourth component), a social security number ("ssn") and a driver's
// licence ("drivers_license"). Every other field is a field without a
// name: scanned, with no key context. A segment of those alone at the
// start of a record (a file of messages read line by line) is read as
// the same segment of a message.

var (
	hl7Start    = []byte(`MSH|^~\&`)
	hl7MRN      = []byte("mrn")
	hl7Family   = []byte("family_name")
	hl7Given    = []byte("given_name")
	hl7DOB      = []byte("dob")
	hl7Street   = []byte("street")
	hl7Phone    = []byte("phone")
	hl7SSN      = []byte("ssn")
	hl7Licence  = []byte("drivers_license")
	hl7Email    = []byte("email")
	hl7AreaCode = []byte("phone_area_code")
)

// Kinds of HL7 field.
const (
	hl7None   = iota
	hl7KindID // CX: the id in the first component of each repetition
	hl7KindXPN
	hl7KindXCN // id, family, given
	hl7KindDOB
	hl7KindXAD
	hl7KindXTN
	hl7KindSSN
	hl7KindDL
)

// hl7Kind returns the kind of field n of segment seg.
func hl7Kind(seg []byte, n int) int {
	switch string(seg) {
	case "PID":
		switch n {
		case 2, 3, 4, 18:
			return hl7KindID
		case 5, 6, 9:
			return hl7KindXPN
		case 7:
			return hl7KindDOB
		case 11:
			return hl7KindXAD
		case 13, 14:
			return hl7KindXTN
		case 19:
			return hl7KindSSN
		case 20:
			return hl7KindDL
		}
	case "NK1":
		switch n {
		case 2:
			return hl7KindXPN
		case 4:
			return hl7KindXAD
		case 5, 6:
			return hl7KindXTN
		case 16:
			return hl7KindDOB
		case 30:
			return hl7KindXPN
		case 37:
			return hl7KindSSN
		}
	case "GT1":
		switch n {
		case 3, 4:
			return hl7KindXPN
		case 5:
			return hl7KindXAD
		case 6, 7:
			return hl7KindXTN
		case 8:
			return hl7KindDOB
		case 12:
			return hl7KindSSN
		}
	case "IN1":
		switch n {
		case 16:
			return hl7KindXPN
		case 18:
			return hl7KindDOB
		case 19:
			return hl7KindXAD
		case 49:
			return hl7KindID
		}
	case "PV1":
		switch n {
		case 7, 8, 9, 17, 52:
			return hl7KindXCN
		}
	case "PD1":
		if n == 4 {
			return hl7KindXCN
		}
	case "ORC":
		switch n {
		case 10, 11, 12:
			return hl7KindXCN
		}
	case "OBR":
		switch n {
		case 16, 28:
			return hl7KindXCN
		}
	case "OBX":
		if n == 16 {
			return hl7KindXCN
		}
	}
	return hl7None
}

// LooksHL7 reports whether rec holds an HL7 v2 message: "MSH|^~\&", or
// a segment that holds a person's data alone (hl7Lone).
//
// It does not allocate.
func LooksHL7(rec []byte) bool {
	return len(rec) > 16 && (bytes.Contains(rec, hl7Start) || hl7Lone(rec) >= 0)
}

// hl7Lone returns where a segment that holds a person's data (PID, NK1,
// GT1, IN1, PV1, PD1, ORC, OBR, OBX: those hl7Kind names fields of)
// starts a record, after any blanks, with components in it; -1 when none
// does. A file of messages whose segments end in CR LF reaches a line
// shipper as one record a segment, and the PID line comes without its
// MSH; the standard encoding characters are assumed.
func hl7Lone(rec []byte) int {
	m := 0
	for m < len(rec) && (rec[m] == ' ' || rec[m] == '\t') {
		m++
	}
	if m+4 >= len(rec) || rec[m+3] != '|' || !hl7SegID(rec[m:m+3]) || bytes.IndexByte(rec[m+4:], '^') < 0 {
		return -1
	}
	switch string(rec[m : m+3]) {
	case "PID", "NK1", "GT1", "IN1", "PV1", "PD1", "ORC", "OBR", "OBX":
		return m
	}
	return -1
}

// hl7SegID reports whether s is a segment id: a capital and two capitals
// or digits (MSH, PID, NK1, ZPI).
func hl7SegID(s []byte) bool {
	return len(s) == 3 && isUpperASCII(s[0]) && (isUpperASCII(s[1]) || isDigit(s[1])) && (isUpperASCII(s[2]) || isDigit(s[2]))
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// hl7Break returns where the segment terminator before the segment id at
// rec[k:k+3] starts, within rec[from:k], or -1 when none does.
func hl7Break(rec []byte, from, k int) int {
	switch {
	case k-from >= 1 && (rec[k-1] == '\r' || rec[k-1] == '\n' || rec[k-1] == ' '):
		if k-from >= 2 && rec[k-1] == '\n' && rec[k-2] == '\r' {
			return k - 2
		}
		return k - 1
	case k-from >= 2 && rec[k-2] == '\\' && (rec[k-1] == 'r' || rec[k-1] == 'n'):
		if k-from >= 4 && rec[k-4] == '\\' && rec[k-3] == 'r' {
			return k - 4 // "\r\n"
		}
		return k - 2
	case k-from >= 4 && rec[k-1] == '>' && string(rec[k-4:k]) == "<CR>":
		return k - 4
	}
	return -1
}

// SplitHL7 appends the fields of rec, a log line that holds an HL7 v2
// message, to dst: the text before the message, then every field of every
// segment, those that hold a person's data split into named components.
//
// It does not allocate beyond dst's growth.
func SplitHL7(dst []Field, rec []byte) []Field {
	m := bytes.Index(rec, hl7Start)
	if m < 0 {
		m = hl7Lone(rec)
	}
	if m < 0 {
		return append(dst, Field{NameStart: -1, Start: 0, End: int32(len(rec))})
	}
	if m > 0 {
		dst = append(dst, Field{NameStart: -1, Start: 0, End: int32(m)})
	}
	seg := rec[m : m+3]
	n := 1 // the '|' after MSH is MSH-1: the field after it is MSH-2
	i := m + 4
	for i <= len(rec) {
		j := i
		for j < len(rec) && rec[j] != '|' {
			j++
		}
		end, next := j, j+1
		var nextSeg []byte
		if j < len(rec) && j-i >= 3 && hl7SegID(rec[j-3:j]) {
			if b := hl7Break(rec, i, j-3); b >= 0 {
				end, nextSeg = b, rec[j-3:j]
			}
		}
		if n != 1 || string(seg) != "MSH" { // MSH-2 is the encoding characters
			dst = hl7Field(dst, rec, i, end, hl7Kind(seg, n))
		}
		if nextSeg != nil {
			seg, n = nextSeg, 1
		} else {
			n++
		}
		i = next
	}
	return dst
}

// hl7Field appends the field rec[s:e] of kind k.
func hl7Field(dst []Field, rec []byte, s, e, k int) []Field {
	if s >= e {
		return dst
	}
	if k == hl7None {
		return append(dst, Field{NameStart: -1, Start: int32(s), End: int32(e)})
	}
	comp, rep := 1, 0
	cs := s
	for p := s; p <= e; p++ {
		if p < e && rec[p] != '^' && rec[p] != '~' && rec[p] != '&' {
			continue
		}
		if p > cs {
			dst = append(dst, Field{Name: hl7Comp(k, comp), NameStart: -1, Start: int32(cs), End: int32(p)})
		}
		if p < e {
			switch rec[p] {
			case '^':
				comp++
			case '~':
				comp, rep = 1, rep+1
			case '&':
				// A subcomponent: the same component's next part
				// (a surname's own prefix, an id's authority).
			}
		}
		cs = p + 1
	}
	_ = rep
	return dst
}

// hl7Comp returns the name of component c of a field of kind k (nil: a
// component without a name).
func hl7Comp(k, c int) []byte {
	switch k {
	case hl7KindID:
		if c == 1 {
			return hl7MRN
		}
	case hl7KindXPN:
		switch c {
		case 1:
			return hl7Family
		case 2, 3:
			return hl7Given
		}
	case hl7KindXCN:
		switch c {
		case 2:
			return hl7Family
		case 3, 4:
			return hl7Given
		}
	case hl7KindDOB:
		if c == 1 {
			return hl7DOB
		}
	case hl7KindXAD:
		if c == 1 || c == 2 {
			return hl7Street
		}
	case hl7KindXTN:
		switch c {
		case 1, 7:
			return hl7Phone
		case 4:
			return hl7Email
		case 6:
			return hl7AreaCode
		}
	case hl7KindSSN:
		if c == 1 {
			return hl7SSN
		}
	case hl7KindDL:
		if c == 1 {
			return hl7Licence
		}
	}
	return nil
}
