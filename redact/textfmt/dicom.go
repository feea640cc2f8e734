package textfmt

import "bytes"

// DICOM data elements printed one a line, as imaging tools write them to a
// log or a dump: DCMTK's dcmdump ("(0010,0010) PN [DOE^JANE]   #   8, 1
// PatientName"; "(no value available)" when empty) and pydicom's printed
// Dataset ("(0010, 0010) Patient's Name    PN: 'DOE^JANE'"), indented
// inside a sequence. The tag (group, element; PS3.6 data dictionary) says
// what the value is: the value of a tag that holds a person's data is one
// field, named after it. A person name (VR PN, PS3.5 6.2) is split into
// its components: family name, given name, middle name (prefix and
// suffix left), for each of its representations after '='.

var dicomPhone = []byte("phone")

// Kinds of DICOM element.
const (
	dcmNone = iota
	dcmPN
	dcmID
	dcmDOB
	dcmAddress
	dcmPhone
)

// dicomKind returns the kind of the element whose tag is the nine bytes
// "gggg,eeee" (hex digits in either case).
func dicomKind(g, e []byte) int {
	var t [8]byte
	for i := 0; i < 4; i++ {
		t[i], t[4+i] = lowerASCII(g[i]), lowerASCII(e[i])
	}
	switch string(t[:]) {
	case "00100010", "00101001", "00101005", "00101060", // patient, other names, birth name, mother's birth name
		"00080090", "0008009c", "00081048", "00081050", "00081060", "00081070", // referring, consulting, of record, performing, reading, operators
		"00321032", "00400006", "00700084", "0040a123", "00400253": // requesting, scheduled performing, content creator, person, performed by
		return dcmPN
	case "00100020", "00101000": // patient id, other patient ids
		return dcmID
	case "00100030":
		return dcmDOB
	case "00101040":
		return dcmAddress
	case "00102154":
		return dcmPhone
	}
	return dcmNone
}

var (
	dicomFullName = []byte("full_name")
	dicomStreet   = []byte("address_line1")
)

// DICOMJSONKey returns the key name that a member of the DICOM JSON model
// (PS3.18 F.2) named by a tag, "00100010", stands for: the name the text
// splitters give the element's value ("full_name" for a person name,
// whose Alphabetic, Ideographic and Phonetic groups are whole names; "mrn",
// "dob", "address_line1", "phone"); nil for any other member.
//
// It does not allocate.
func DICOMJSONKey(key []byte) []byte {
	if len(key) != 8 || !isDigit(key[0]) {
		return nil
	}
	for _, c := range key {
		if !isHexDigit(c) {
			return nil
		}
	}
	switch dicomKind(key[:4], key[4:]) {
	case dcmPN:
		return dicomFullName
	case dcmID:
		return hl7MRN
	case dcmDOB:
		return hl7DOB
	case dcmAddress:
		return dicomStreet
	case dcmPhone:
		return dicomPhone
	}
	return nil
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// dicomTag returns where a tag "(gggg,eeee)" or "(gggg, eeee)" starts rec
// after blanks, and where it ends; -1 when rec does not start with one.
func dicomTag(rec []byte) (start, end int) {
	m := 0
	for m < len(rec) && (rec[m] == ' ' || rec[m] == '\t') {
		m++
	}
	if m+11 > len(rec) || rec[m] != '(' || rec[m+5] != ',' {
		return -1, 0
	}
	k := m + 6
	if rec[k] == ' ' {
		k++
	}
	if k+5 > len(rec) || rec[k+4] != ')' {
		return -1, 0
	}
	for _, c := range rec[m+1 : m+5] {
		if !isHexDigit(c) {
			return -1, 0
		}
	}
	for _, c := range rec[k : k+4] {
		if !isHexDigit(c) {
			return -1, 0
		}
	}
	return m, k + 5
}

func isHexDigit(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// LooksDICOMElement reports whether rec is a DICOM element printed by
// dcmdump or pydicom whose tag holds a person's data.
//
// It does not allocate.
func LooksDICOMElement(rec []byte) bool {
	if len(rec) < 14 || rec[0] != '(' && rec[0] != ' ' && rec[0] != '\t' {
		return false
	}
	m, k := dicomTag(rec)
	if m < 0 {
		return false
	}
	return dicomKind(rec[m+1:m+5], rec[k-5:k-1]) != dcmNone
}

// SplitDICOMElement appends the named value of rec, a printed DICOM
// element (LooksDICOMElement), to dst.
//
// It does not allocate beyond dst's growth.
func SplitDICOMElement(dst []Field, rec []byte) []Field {
	m, k := dicomTag(rec)
	if m < 0 {
		return dst
	}
	kind := dicomKind(rec[m+1:m+5], rec[k-5:k-1])
	// The value: dcmdump's "[...]", or pydicom's 'VR: ' then a quoted
	// string.
	s, e := -1, -1
	for i := k; i < len(rec); i++ {
		switch c := rec[i]; {
		case c == '[':
			// To the last ']' before the comment: a value may hold
			// brackets (a redacted one does).
			s = i + 1
			h := bytes.LastIndexByte(rec, '#')
			if h < s {
				h = len(rec)
			}
			e = s + bytes.LastIndexByte(rec[s:h], ']')
		case c == ':' && i+2 < len(rec) && rec[i+1] == ' ' && (rec[i+2] == '\'' || rec[i+2] == '"') && i >= 2 && isUpperASCII(rec[i-1]) && isUpperASCII(rec[i-2]):
			q := rec[i+2]
			s = i + 3
			e = len(rec)
			for e > s && rec[e-1] != q {
				e--
			}
			if e > s {
				e--
			} else {
				e = len(rec)
			}
		case c == '#':
			return dst
		default:
			continue
		}
		break
	}
	if s < 0 || e <= s || e > len(rec) {
		return dst
	}
	switch kind {
	case dcmID:
		return append(dst, Field{Name: hl7MRN, NameStart: -1, Start: int32(s), End: int32(e)})
	case dcmDOB:
		return append(dst, Field{Name: hl7DOB, NameStart: -1, Start: int32(s), End: int32(e)})
	case dcmAddress:
		return append(dst, Field{Name: hl7Street, NameStart: -1, Start: int32(s), End: int32(e)})
	case dcmPhone:
		return append(dst, Field{Name: dicomPhone, NameStart: -1, Start: int32(s), End: int32(e)})
	}
	return dicomPN(dst, rec, s, e)
}

// dicomPN appends the components of the person name rec[s:e]: family,
// given and middle names of each representation ('=' between them,
// '\' between values).
func dicomPN(dst []Field, rec []byte, s, e int) []Field {
	comp, cs := 1, s
	for p := s; p <= e; p++ {
		if p < e && rec[p] != '^' && rec[p] != '=' && rec[p] != '\\' {
			continue
		}
		if p > cs && comp <= 3 {
			name := hl7Given
			if comp == 1 {
				name = hl7Family
			}
			dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(cs), End: int32(p)})
		}
		if p < e && rec[p] == '^' {
			comp++
		} else {
			comp = 1
		}
		cs = p + 1
	}
	return dst
}
