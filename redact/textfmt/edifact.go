package textfmt

import "bytes"

// UN/EDIFACT interchanges (ISO 9735) as gateways log them: an optional
// service string advice "UNA:+.? '" naming the component and element
// separators, the release character and the segment terminator (those
// by default), then segments of a three-letter tag and elements; '?'
// releases the character after it. A log writes the terminator alone or
// followed by a line break (the byte, or the characters "\n").
//
// The elements that hold a person's data are named by tag and qualifier,
// after the passenger and crew lists (PAXLST, IATA/WCO API guidelines) and
// the other messages that name parties: NAD of a traveller or a contact
// (FL passenger, FM crew, DDT and DDU in transit, MS the sender's contact;
// C080's family and given names, C059's street), COM numbers by their
// qualifier (TE, MB, FX: "phone"; EM: "email"), DTM+329 (date of birth)
// DOC's document number and RFF+AVF's record locator.

var (
	edifactUNA     = []byte("UNA")
	edifactUNB     = []byte("UNB")
	edifactUNH     = []byte("UNH+")
	edifactDocNum  = []byte("document_number")
	edifactLocator = []byte("record_locator")
)

// LooksEDIFACT reports whether rec holds an EDIFACT message (a UNH
// segment), or is one of the segments SplitEDIFACT names alone on its line.
//
// It does not allocate.
func LooksEDIFACT(rec []byte) bool {
	if len(rec) < 8 {
		return false
	}
	return bytes.Contains(rec, edifactUNH) || edifactLone(rec) >= 0
}

// edifactLone returns where a NAD, COM, DTM or DOC segment starts rec
// alone (after blanks), ending in the default terminator; -1 otherwise.
func edifactLone(rec []byte) int {
	m := 0
	for m < len(rec) && (rec[m] == ' ' || rec[m] == '\t') {
		m++
	}
	e := len(rec)
	for e > m && (rec[e-1] == ' ' || rec[e-1] == '\r' || rec[e-1] == '\n') {
		e--
	}
	if e-m < 6 || rec[e-1] != '\'' || rec[m+3] != '+' {
		return -1
	}
	switch string(rec[m : m+3]) {
	case "NAD", "COM", "DTM", "DOC":
		return m
	}
	return -1
}

// SplitEDIFACT appends the named components of rec, a log line holding an
// EDIFACT message or segment, to dst.
//
// It does not allocate beyond dst's growth.
func SplitEDIFACT(dst []Field, rec []byte) []Field {
	comp, elem, rel, term := byte(':'), byte('+'), byte('?'), byte('\'')
	m := bytes.Index(rec, edifactUNA)
	if m >= 0 && m+9 <= len(rec) && rec[m+3] != ' ' {
		comp, elem, rel, term = rec[m+3], rec[m+4], rec[m+6], rec[m+8]
		m += 9
	} else if k := bytes.Index(rec, edifactUNB); k >= 0 {
		m = k
	} else if k := bytes.Index(rec, edifactUNH); k >= 0 {
		m = k
	} else if m = edifactLone(rec); m < 0 {
		return dst
	}
	var qual [2]int32 // where the first element's first and second components start
	i := m
	for i < len(rec) {
		// Skip line breaks between segments.
		for i < len(rec) && (rec[i] == '\r' || rec[i] == '\n' || rec[i] == ' ' ||
			rec[i] == '\\' && i+1 < len(rec) && (rec[i+1] == 'n' || rec[i+1] == 'r')) {
			if rec[i] == '\\' {
				i++
			}
			i++
		}
		if i+3 > len(rec) {
			break
		}
		tag := rec[i : i+3]
		n, c := 0, 1 // element and component numbers
		cs := i + 3
		qual = [2]int32{-1, -1}
		var q1 []byte
		j := i + 3
		for ; j <= len(rec); j++ {
			if j < len(rec) && rec[j] == rel {
				j++
				continue
			}
			if j < len(rec) && rec[j] != comp && rec[j] != elem && rec[j] != term {
				continue
			}
			// rec[cs:j] is component c of element n.
			if n == 1 && c == 1 {
				qual[0] = int32(cs)
				q1 = rec[cs:j]
			}
			if n == 1 && c == 2 {
				qual[1] = int32(cs)
			}
			if j > cs && n > 0 {
				if name := edifactName(tag, q1, rec, qual, n, c); name != nil {
					dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(cs), End: int32(j)})
				}
			}
			if j == len(rec) || rec[j] == term {
				break
			}
			if rec[j] == elem {
				n, c = n+1, 1
			} else {
				c++
			}
			cs = j + 1
		}
		i = j + 1
	}
	return dst
}

// edifactName returns the name of component c of element n of a segment
// tagged tag whose first element's first component is q1.
func edifactName(tag, q1, rec []byte, qual [2]int32, n, c int) []byte {
	switch string(tag) {
	case "NAD":
		switch string(q1) {
		case "FL", "FM", "DDT", "DDU":
			switch {
			case n == 4 && c == 1:
				return hl7Family
			case n == 4 && c <= 3:
				return hl7Given
			case n == 5:
				return hl7Street
			}
		case "MS":
			if n == 4 {
				return x12ContactName
			}
		}
	case "COM":
		// COM+number:qualifier: the qualifier comes after.
		if n == 1 && c == 1 && qual[0] >= 0 {
			k := int(qual[0]) + len(q1)
			if k+3 <= len(rec) && rec[k] == ':' {
				switch string(rec[k+1 : k+3]) {
				case "TE", "MB", "FX", "AL":
					return hl7Phone
				case "EM":
					return hl7Email
				}
			}
		}
	case "DTM":
		if n == 1 && c == 2 && string(q1) == "329" {
			return hl7DOB
		}
	case "DOC":
		if n == 2 && c == 1 {
			return edifactDocNum
		}
	case "RFF":
		if n == 1 && c == 2 && string(q1) == "AVF" {
			return edifactLocator // a reservation's record locator
		}
	}
	return nil
}
