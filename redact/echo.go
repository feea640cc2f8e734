package redact

import "bytes"

// Echoes: a value that a record's structure showed to be personal, found
// again elsewhere in the same record where nothing says what it is.
//
// Many detections rest on context: bare digits are a phone number under a
// CDR's src column or after a caller id's '<', a word is a name under
// first_name, any string is a secret under password. Records repeat such
// values where the context is gone: Asterisk's Master.csv writes the
// caller's number in clid and again in src, an application's message
// quotes the number it dialled, a URL carries the token a header held. A
// value once found is personal in the whole record, so after the record is
// redacted, the values its context-dependent detections found are looked
// for again in the output and replaced wherever they still stand as a
// word of their own.
//
// Only values long enough not to meet a word by chance are kept (echoMin),
// at most echoMax of them and echoBytes in all per record; in JSON only
// occurrences inside strings are replaced (a number would need quotes).

const (
	echoMax   = 8
	echoBytes = 512
)

// echoSet holds the values of one record's detections to look for again.
type echoSet struct {
	n   int
	det [echoMax]Detector
	end [echoMax]uint16 // value i is buf[end[i-1]:end[i]]
	buf []byte
	// off is set while the echoes are being written: apply must not note
	// the values it replaces there again.
	off bool
}

// echoMin is the length from which a detector's value is looked for
// again; 0: never. Not the detectors that find their values anywhere (IP
// and e-mail addresses, cards and IBANs by their checks, vendor tokens),
// nor those whose keys also hold ids and names of things: a secret under
// "sid" is Homer's Call-ID, repeated under "callid"; a login under
// "login" may be an organisation's, repeated in its repositories' names.
// A name is looked for again only when it is a person's full name.
var echoMin = [NumDetectors]int{
	DetPhone:      6, // and six digits (echoWorthy)
	DetName:       7, // a full name: two words (echoWorthy)
	DetNationalID: 6,
	DetSSN:        9,
	DetAddress:    8,
	DetBirthDate:  8,
}

// echoWorthy reports whether v, the value of a detection of det, is kept
// to be looked for again: echoMin bytes or more (a phone number's are
// digits and separators, so six bytes hold six digits but for "+1 415"
// shapes no detection makes), at most 128, and a name only when it has a
// blank. A value that holds a quote or a backslash is not found in JSON
// output, where those are escaped: it is looked for in vain, which is
// harmless.
func echoWorthy(det Detector, v []byte) bool {
	m := echoMin[det]
	return m > 0 && len(v) >= m && len(v) <= 128 && (det != DetName || bytes.IndexByte(v, ' ') > 0)
}

// note keeps v, the value of a detection of det, if it is worth looking
// for again and not kept already.
func (s *echoSet) note(det Detector, v []byte) {
	if s.off || s.n == echoMax || !echoWorthy(det, v) {
		return
	}
	start := 0
	for i := 0; i < s.n; i++ {
		if string(s.buf[start:s.end[i]]) == string(v) {
			return
		}
		start = int(s.end[i])
	}
	if len(s.buf)+len(v) > echoBytes {
		return
	}
	if s.buf == nil {
		s.buf = make([]byte, 0, echoBytes)
	}
	s.buf = append(s.buf, v...)
	s.det[s.n] = det
	s.end[s.n] = uint16(len(s.buf))
	s.n++
}

// reset forgets the values of the last record.
func (s *echoSet) reset() {
	s.n = 0
	s.buf = s.buf[:0]
}

// writeEchoes replaces, in the redacted record out[base:], every echo of
// the noted values: an occurrence that stands as a word of its own (no
// letter, digit or '_' on either side) and, in JSON, lies inside a
// string. It returns out.
func (r *Redactor) writeEchoes(out []byte, base int, isJSON bool) []byte {
	es := &r.echo
	rec := out[base:]
	var found bool
	start := 0
	for i := 0; i < es.n && !found; i++ {
		v := es.buf[start:es.end[i]]
		start = int(es.end[i])
		p, _ := nextEcho(rec, v, 0, isJSON)
		found = p >= 0
	}
	if !found {
		return out // the usual case: every value was where its context was
	}
	es.off = true
	defer func() { es.off = false }()
	w := r.echoBuf[:0]
	pos := 0
	for pos < len(rec) {
		// The earliest echo of any value from pos; the longest at a tie.
		at, which, vlen, num := -1, 0, 0, false
		start = 0
		for i := 0; i < es.n; i++ {
			v := es.buf[start:es.end[i]]
			start = int(es.end[i])
			if p, isNum := nextEcho(rec, v, pos, isJSON); p >= 0 && (at < 0 || p < at || p == at && len(v) > vlen) {
				at, which, vlen, num = p, i, len(v), isNum
			}
		}
		if at < 0 {
			break
		}
		w = append(w, rec[pos:at]...)
		if num {
			w = append(w, '"') // a JSON number becomes a string, as number() writes one
		}
		w, _ = r.apply(w, rec[at:at+vlen], match{det: es.det[which], start: 0, end: vlen}, actNone)
		if num {
			w = append(w, '"')
		}
		pos = at + vlen
	}
	w = append(w, rec[pos:]...)
	r.echoBuf = w
	return append(out[:base], w...)
}

// nextEcho returns where the next echo of v in rec at or after from
// starts, -1 when there is none; isNum is set when, in JSON, the echo is
// a whole number value rather than inside a string.
func nextEcho(rec, v []byte, from int, isJSON bool) (at int, isNum bool) {
	for from <= len(rec)-len(v) {
		p := bytes.Index(rec[from:], v)
		if p < 0 {
			return -1, false
		}
		p += from
		e := p + len(v)
		if (p == 0 || !echoWordByte(rec[p-1])) && (e == len(rec) || !echoWordByte(rec[e])) {
			if !isJSON || inJSONString(rec, p) {
				return p, false
			}
			if jsonNumberValue(rec, p, e) {
				return p, true
			}
		}
		from = p + 1
	}
	return -1, false
}

// jsonNumberValue reports whether rec[p:e], outside any string, is a whole
// JSON number value: all digits, after ':', ',' or '[' and before ',', '}'
// or ']' (blanks aside).
func jsonNumberValue(rec []byte, p, e int) bool {
	for i := p; i < e; i++ {
		if !isDigit(rec[i]) {
			return false
		}
	}
	b := p - 1
	for b >= 0 && (rec[b] == ' ' || rec[b] == '\t' || rec[b] == '\n' || rec[b] == '\r') {
		b--
	}
	a := e
	for a < len(rec) && (rec[a] == ' ' || rec[a] == '\t' || rec[a] == '\n' || rec[a] == '\r') {
		a++
	}
	return b >= 0 && (rec[b] == ':' || rec[b] == ',' || rec[b] == '[') &&
		a < len(rec) && (rec[a] == ',' || rec[a] == '}' || rec[a] == ']')
}

// echoWordByte reports whether c would make an occurrence part of a longer
// word: a letter, a digit or '_'.
func echoWordByte(c byte) bool { return isAlnum(c) || c == '_' }

// inJSONString reports whether rec[p] lies inside a string of the JSON
// text rec, reading from its start.
func inJSONString(rec []byte, p int) bool {
	in := false
	for i := 0; i < p; i++ {
		switch rec[i] {
		case '"':
			in = !in
		case '\\':
			if in {
				i++
			}
		}
	}
	return in
}
