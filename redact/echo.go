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
	return m > 0 && len(v) >= m && len(v) <= 128 && (det != DetName || bytes.IndexByte(v, ' ') > 0 || dottedLogin(v))
}

// dottedLogin reports whether v is a login written as a person's name
// with dots (jane.doe, j.smith, doe.jane): no word of a language, so
// that its other occurrences in the record are the same person's (a
// security log's user column and its message, a project path under the
// user's namespace).
func dottedLogin(v []byte) bool {
	return bytes.IndexByte(v, '.') > 0 && personLogin(v)
}

// note keeps v, the value of a detection of det, if it is worth looking
// for again (or its detection said so: a login whose record repeats it,
// as Samba's audit line does in the [homes] share's name and path) and
// not kept already.
func (s *echoSet) note(det Detector, v []byte, always bool) {
	if s.off || s.n == echoMax || !echoWorthy(det, v) && !(always && len(v) >= 3 && len(v) <= 128) {
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

// merge notes the values of o (an embedded document's) in s.
func (s *echoSet) merge(o *echoSet) {
	start := 0
	for i := 0; i < o.n; i++ {
		s.note(o.det[i], o.buf[start:o.end[i]], false)
		start = int(o.end[i])
	}
}

// reset forgets the values of the last record.
func (s *echoSet) reset() {
	s.n = 0
	s.buf = s.buf[:0]
}

// writeEchoes replaces, in the redacted record out[base:], every echo of
// the noted values and returns out. An echo is an occurrence that stands
// as a word of its own: no letter, digit or '_' on either side, but for
// the letter of a JSON escape before it ("\n4155550123"). In JSON it lies
// inside a string that is no member name, or is a whole number value,
// which becomes a string; in text, and inside a JSON string, a whole
// number value of JSON carried there is left alone (a bare token would
// break that JSON). A policy that keeps a field (a field rule of action
// keep) gets no echoes: the field's value may also be elsewhere, and what
// the rule keeps is not to be masked there. Rules that drop, mask or hash
// a field leave them on.
//
// The record is read once from its start, whatever the number of
// values: each value's next occurrence is kept and searched for again only
// once passed, and the JSON string state is carried forward.
func (r *Redactor) writeEchoes(out []byte, base int, isJSON bool) []byte {
	es := &r.echo
	if r.e.keepsField {
		return out
	}
	rec := out[base:]
	var cand [echoMax]int
	var vals [echoMax][]byte
	any := false
	start := 0
	for i := 0; i < es.n; i++ {
		vals[i] = es.buf[start:es.end[i]]
		start = int(es.end[i])
		cand[i] = bytes.Index(rec, vals[i])
		any = any || cand[i] >= 0
	}
	if !any {
		return out // the usual case: every value was where its context was
	}
	es.off = true
	defer func() { es.off = false }()
	var js jsonCursor
	w := r.echoBuf[:0]
	replaced := false
	pos := 0
	for {
		// The earliest candidate; the longest value at a tie.
		at, which := -1, 0
		for i := 0; i < es.n; i++ {
			if c := cand[i]; c >= 0 && (at < 0 || c < at || c == at && len(vals[i]) > len(vals[which])) {
				at, which = c, i
			}
		}
		if at < 0 {
			break
		}
		v := vals[which]
		e := at + len(v)
		quote, ok := echoAt(rec, at, e, isJSON, &js)
		if !ok {
			cand[which] = nextIndex(rec, v, at+1)
			continue
		}
		w = append(w, rec[pos:at]...)
		if quote {
			w = append(w, '"') // a JSON number becomes a string, as number() writes one
		}
		w, _ = r.apply(w, rec[at:e], match{det: es.det[which], start: 0, end: len(v)}, actNone)
		if quote {
			w = append(w, '"')
		}
		replaced = true
		pos = e
		for i := 0; i < es.n; i++ {
			if cand[i] >= 0 && cand[i] < pos {
				cand[i] = nextIndex(rec, vals[i], pos)
			}
		}
	}
	if !replaced {
		return out
	}
	w = append(w, rec[pos:]...)
	r.echoBuf = w
	return append(out[:base], w...)
}

// nextIndex returns the index of v in rec at or after from, -1 if none.
func nextIndex(rec, v []byte, from int) int {
	if from > len(rec) {
		return -1
	}
	if p := bytes.Index(rec[from:], v); p >= 0 {
		return p + from
	}
	return -1
}

// echoAt reports whether rec[p:e] is an echo to replace (see
// writeEchoes), and whether it must be quoted: a whole JSON number.
// Calls come with p never smaller than the last call's.
func echoAt(rec []byte, p, e int, isJSON bool, js *jsonCursor) (quote, ok bool) {
	if p > 0 && !echoBefore(rec[p-1]) && !escapeBefore(rec, p) || e < len(rec) && !echoAfter(rec[e]) {
		return false, false
	}
	if digitRunGoesOn(rec, p, e) {
		// "2341 2341 2346 12 000 0000": the scanner read the run as one
		// number and found none; masking a part of it would leave the
		// rest to be read again on its own, and redacting twice would
		// differ from once.
		return false, false
	}
	if !isJSON {
		return false, !embeddedNumber(rec, p, e) // JSON in a text line
	}
	if !js.inString(rec, p) {
		return true, jsonNumberValue(rec, p, e)
	}
	if embeddedNumber(rec, p, e) {
		return false, false // a number of a JSON document inside a string
	}
	// A member name: the string ends here and ':' follows.
	if e < len(rec) && rec[e] == '"' {
		k := e + 1
		for k < len(rec) && (rec[k] == ' ' || rec[k] == '\t' || rec[k] == '\n' || rec[k] == '\r') {
			k++
		}
		if k < len(rec) && rec[k] == ':' {
			return false, false
		}
	}
	return false, true
}

// digitRunGoesOn reports whether the occurrence rec[p:e] is a part of a
// longer run of digit groups: a digit group joined to it by a blank, '-'
// or '.' before or after.
func digitRunGoesOn(rec []byte, p, e int) bool {
	if p >= 2 && isDigit(rec[p]) && (rec[p-1] == ' ' || rec[p-1] == '-' || rec[p-1] == '.') && isDigit(rec[p-2]) {
		return true
	}
	return e+1 < len(rec) && isDigit(rec[e-1]) && (rec[e] == ' ' || rec[e] == '-' || rec[e] == '.') && isDigit(rec[e+1])
}

// escapeBefore reports whether the byte before rec[p] ends a JSON escape:
// \n, \t, \r, \b, \f, or the last hex digit of \uXXXX.
func escapeBefore(rec []byte, p int) bool {
	if p >= 2 && rec[p-2] == '\\' {
		switch rec[p-1] {
		case 'n', 't', 'r', 'b', 'f':
			return true
		}
	}
	return p >= 6 && rec[p-6] == '\\' && rec[p-5] == 'u' && isHex(rec[p-4]) && isHex(rec[p-3]) && isHex(rec[p-2]) && isHex(rec[p-1])
}

// jsonCursor carries whether a JSON text is inside a string, reading
// forward from its start.
type jsonCursor struct {
	at int  // rec[:at] has been read
	in bool // inside a string at rec[at]
}

// inString reports whether rec[p] lies inside a string; p must not be
// smaller than at the last call.
func (c *jsonCursor) inString(rec []byte, p int) bool {
	for c.at < p {
		switch rec[c.at] {
		case '"':
			c.in = !c.in
		case '\\':
			if c.in {
				c.at++
			}
		}
		c.at++
	}
	return c.in
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

// embeddedNumber reports whether rec[p:e] is all digits and placed as a
// number value of JSON carried in text or in a string: after ':' and
// before ',', '}' or ']', or an array's element ("[1,4155550123]"). A CSV
// field between two commas is none.
func embeddedNumber(rec []byte, p, e int) bool {
	for i := p; i < e; i++ {
		if !isDigit(rec[i]) {
			return false
		}
	}
	var b, a byte
	if p > 0 {
		b = rec[p-1]
	}
	if e < len(rec) {
		a = rec[e]
	}
	return b == ':' && (a == ',' || a == '}' || a == ']') || (b == '[' || b == ',') && (a == ']' || a == '}') || b == '[' && a == ','
}

// echoBefore and echoAfter report whether c, the byte before or after an
// occurrence, ends a value cleanly: a blank or a delimiter. Any other
// byte ("4930690000!") would stay beside the mask token, and the two
// together read otherwise on a second pass.
func echoBefore(c byte) bool {
	switch c {
	case ' ', '\t', ',', ';', '"', '\'', '(', '[', '{', '<', '=', ':', '&', '|', '/':
		return true
	}
	return false
}

func echoAfter(c byte) bool {
	switch c {
	case ' ', '\t', ',', ';', '"', '\'', ')', ']', '}', '>', '&', '|', '\\', '/':
		return true
	}
	return false
}

// echoWordByte reports whether c would make an occurrence part of a longer
// word: a letter, a digit or '_'.
func echoWordByte(c byte) bool { return isAlnum(c) || c == '_' }
