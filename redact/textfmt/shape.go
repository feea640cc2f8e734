package textfmt

import "bytes"

// Shape recognition for auto mode. Each check is one pass over a prefix of
// the record with no allocation; each asks for a layout specific enough
// that ordinary free text does not have it. A false positive costs more
// than a miss (a miss leaves the record to the plain text scanner, which
// still redacts it), so the checks lean strict.

// IsW3CHeader reports whether rec is a W3C extended log directive that
// declares a log: it starts with "#Fields:" or "#Version:". Free text that
// starts with those exact words is the only false positive; other
// directives (#Date:, #Software:, #Remark:) are headers to a W3C Parser but
// are not taken as evidence of the format, because #Remark: may hold any
// text. Zeek's "#separator \x09" and "#fields" lines count too (zeek.go).
//
// It does not allocate.
func IsW3CHeader(rec []byte) bool {
	return bytes.HasPrefix(rec, []byte("#Fields:")) || bytes.HasPrefix(rec, []byte("#Version:")) || isZeekHeader(rec)
}

// CommaFieldsHeader returns the column names of a "#Fields:" directive
// whose names are separated by commas, not blanks: the header of
// Microsoft Exchange's message tracking, protocol and connectivity logs
// (MSGTRK*.LOG: "#Fields: date-time,client-ip,...,message-subject,..."),
// whose rows are CSV. ok is false for a W3C header.
//
// It does not allocate.
func CommaFieldsHeader(rec []byte) (names []byte, ok bool) {
	if !bytes.HasPrefix(rec, []byte(fieldsDirective)) {
		return nil, false
	}
	s := rec[len(fieldsDirective):]
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	if bytes.IndexByte(s, ',') < 0 || bytes.IndexByte(s, ' ') >= 0 || bytes.IndexByte(s, '\t') >= 0 {
		return nil, false
	}
	return s, true
}

// hostByte marks the bytes of a remote address as nginx and Apache log
// it: an IPv4 or IPv6 address (with a zone or in brackets) or a host name.
var hostByte = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for _, c := range ".:-_%[]" {
		t[c] = true
	}
	// Bytes the decoding layer drops (NUL, control characters, zero-width
	// and format characters in UTF-8): "203.0<NUL>.113.7" is read as the
	// address it spells, so the line must read as combined on the first
	// pass as on a second one, after the address was replaced.
	for c := 0; c < ' '; c++ {
		t[c] = c != '\t' && c != '\n' && c != '\r'
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = true
	}
	return t
}()

// LooksCombined reports whether rec starts like an nginx/Apache combined or
// common line: an address or host name (or a list of them joined by ", ",
// as a format that logs X-Forwarded-For in the first field writes it:
// varnishncsa -F '%{X-Forwarded-For}i %l %u %t ...', nginx's
// $http_x_forwarded_for), a space, the ident (a word), a
// space, the user (up to 256 bytes), " [", a time in the $time_local
// layout dd/Mon/yyyy:hh:mm:ss +zzzz, "] \"". The bracketed time with a
// month name at that place after three words is what free text does not
// have; the rest of the line is not looked at, so a line that looks
// combined may still fail Parse (and is then quarantined, not guessed).
//
// It does not allocate.
func LooksCombined(rec []byte) bool {
	i := 0
	for i < len(rec) && hostByte[rec[i]] {
		i++
		if i+2 < len(rec) && rec[i] == ',' && rec[i+1] == ' ' && hostByte[rec[i+2]] {
			i += 2 // "203.0.113.7, 10.0.0.1": the next address of the list
		}
	}
	if i == 0 || i >= len(rec) || rec[i] != ' ' {
		return false
	}
	i++
	j := i
	for j < len(rec) && rec[j] > ' ' && rec[j] != '"' {
		j++
	}
	if j == i || j >= len(rec) || rec[j] != ' ' {
		return false
	}
	i = j + 1
	// The time's '[' is the first one after the ident and the user that
	// follows a blank (a user redacted earlier may be a mask token,
	// "[name]", as parseCombined reads it).
	k := bytes.Index(rec[i:min(len(rec), i+258)], []byte(" ["))
	if k < 0 || bytes.IndexByte(rec[i:i+k], '[') >= 0 && rec[i] != '[' {
		return false
	}
	i += k + 2
	const layout = "dd/Mon/yyyy:hh:mm:ss +zzzz] \""
	if len(rec)-i < len(layout) {
		return false
	}
	return timeLocalAt(rec[i : i+len(layout)])
}

// CombinedAfterHeader returns the offset at which a combined or common line
// starts after a header that is not part of it, or -1. nginx's access_log
// syslog:server=... sends each line behind a syslog header ("<190>Dec  7
// 16:00:00 web01 nginx: 203.0.113.7 - maria [07/Dec/2026:...] \"GET ..."),
// as does Apache's piped logger and any relay that stores what it received
// with its own header (RFC 3164 and RFC 5424, rsyslog's ISO timestamps);
// Apache's vhost_combined puts the virtual host and port first
// ("www.example.com:443 198.51.100.4 - bob [..."). The line is found from
// its bracketed $time_local: the three words before " [" are the address,
// the ident ("-") and the user (an X-Forwarded-For list in the first field as
// LooksCombined reads it), and the rest must look combined. The header
// holds no '"' (a quoted request before the time is no header).
//
// It does not allocate, and costs one search for "] \"" in a record
// that holds no $time_local.
func CombinedAfterHeader(rec []byte) int {
	const tail = len("dd/Mon/yyyy:hh:mm:ss +zzzz")
	n := min(len(rec), 1024)
	q := bytes.Index(rec[:n], []byte("] \""))
	t := q - tail
	if q < 0 || t < 8 || rec[t-1] != '[' || rec[t-2] != ' ' || !timeLocalAt(rec[t:q+3]) {
		return -1
	}
	e := t - 2 // the blank before the time
	u := bytes.LastIndexByte(rec[:e], ' ')
	if u <= 0 {
		return -1
	}
	id := bytes.LastIndexByte(rec[:u], ' ')
	if id <= 0 || u-id != 2 || rec[id+1] != '-' {
		return -1 // nginx writes "-" for the ident, as Apache does without identd
	}
	h := bytes.LastIndexByte(rec[:id], ' ')
	for h > 1 && rec[h-1] == ',' {
		h = bytes.LastIndexByte(rec[:h-1], ' ') // the list's address before
	}
	p := h + 1
	if p <= 0 || bytes.IndexByte(rec[:p], '"') >= 0 || !LooksCombined(rec[p:]) {
		return -1
	}
	return p
}

// HeaderBeforeCombined returns CombinedAfterHeader(rec) for a record that
// LooksCombined reads from its first byte, when that reading is wrong: its
// ident, the second word, is not "-" and a combined line with "-" there
// starts later (a syslog header of two words, "web01 nginx: 203.0.113.7 -
// maria [...", or vhost_combined's "www.example.com:443 198.51.100.4 - bob
// [..."). It returns -1 when the first reading stands.
func HeaderBeforeCombined(rec []byte) int {
	i := bytes.IndexByte(rec, ' ')
	if i < 0 || i+2 < len(rec) && rec[i+1] == '-' && rec[i+2] == ' ' {
		return -1
	}
	return CombinedAfterHeader(rec)
}

// timeLocalAt reports whether t, of 29 bytes, is a $time_local and what
// follows it in a combined line: dd/Mon/yyyy:hh:mm:ss +zzzz] ", one test
// a byte, written out (this runs for every text record).
func timeLocalAt(t []byte) bool {
	_ = t[28]
	return digitsIn(t[0:2]) && t[2] == '/' && t[6] == '/' && digitsIn(t[7:11]) && t[11] == ':' &&
		digitsIn(t[12:14]) && t[14] == ':' && digitsIn(t[15:17]) && t[17] == ':' && digitsIn(t[18:20]) &&
		t[20] == ' ' && (t[21] == '+' || t[21] == '-') && digitsIn(t[22:26]) && t[26] == ']' && t[27] == ' ' &&
		t[28] == '"' && isMonth(t[3:6])
}

func digitsIn(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isMonth(b []byte) bool {
	const months = "JanFebMarAprMayJunJulAugSepOctNovDec"
	if len(b) != 3 {
		return false
	}
	// Byte by byte: a 3-byte string comparison is a call.
	for i := 0; i < len(months); i += 3 {
		if b[0] == months[i] && b[1] == months[i+1] && b[2] == months[i+2] {
			return true
		}
	}
	return false
}

// Columns of Master.csv that LooksAsteriskCSV checks (0-based).
const (
	astStart       = 9
	astDuration    = 12
	astDisposition = 14
	astMinFields   = 16 // through amaflags: cdr_csv without loguniqueid and loguserfield, its default
)

// LooksAsteriskCSV reports whether rec looks like a row of Asterisk's
// cdr_csv Master.csv: CSV that starts with a quoted field, has at least 16
// fields (uniqueid and userfield follow when cdr_csv.conf turns them on), whose start, answer and end (fields 10-12) are each empty or
// "YYYY-MM-DD HH:MM:SS", duration and billsec (13-14) are integers, and
// disposition (15) is ANSWERED, NO ANSWER, BUSY, FAILED or CONGESTION. A
// false positive needs three timestamps, two integers and a call
// disposition at those exact columns: only a CDR export has that.
//
// It does not allocate.
func LooksAsteriskCSV(rec []byte) bool {
	if len(rec) == 0 || rec[0] != '"' {
		return false
	}
	var span [astDisposition + 1][2]int
	if n, ok := csvSpans(rec, span[:]); !ok || n < astMinFields {
		return false
	}
	for k := astStart; k < astDuration; k++ {
		if v := rec[span[k][0]:span[k][1]]; len(v) != 0 && !isDateTime(v) {
			return false
		}
	}
	for k := astDuration; k < astDisposition; k++ {
		v := rec[span[k][0]:span[k][1]]
		if len(v) == 0 {
			return false
		}
		for _, c := range v {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	switch string(rec[span[astDisposition][0]:span[astDisposition][1]]) {
	case "ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION":
		return true
	}
	return false
}

// csvSpans splits rec as a CSV row, with RFC 4180 quotes, into as many
// (start, end) spans of values as span holds, and returns the number of
// fields; ok is false when rec does not parse.
func csvSpans(rec []byte, span [][2]int) (n int, ok bool) {
	for i := 0; i <= len(rec); n++ {
		s, e, next, _, bad := nextField(rec, i, ',', true)
		if bad != "" {
			return n, false
		}
		if n < len(span) {
			span[n] = [2]int{s, e}
		}
		i = next
	}
	return n, true
}

// isDateTime reports whether b is "YYYY-MM-DD HH:MM:SS".
func isDateTime(b []byte) bool {
	const layout = "dddd-dd-dd dd:dd:dd"
	if len(b) != len(layout) {
		return false
	}
	for i := range b {
		if layout[i] == 'd' {
			if b[i] < '0' || b[i] > '9' {
				return false
			}
		} else if b[i] != layout[i] {
			return false
		}
	}
	return true
}

// Columns of mod_cdr_csv's default template that LooksFreeSWITCHCSV checks
// (0-based).
const (
	fsStart     = 4
	fsDuration  = 7
	fsCause     = 9
	fsUUID      = 10
	fsMinFields = 13
)

// LooksFreeSWITCHCSV reports whether rec looks like a row that FreeSWITCH's
// mod_cdr_csv writes with its default template: CSV that starts with a
// quoted field, has at least 13 fields, whose start stamp (field 5) is
// "YYYY-MM-DD HH:MM:SS" and answer and end stamps (6-7) are that or empty,
// duration and billsec (8-9) are integers, hangup cause (10) is a Q.850
// cause name in capitals (NORMAL_CLEARING, USER_BUSY) and uuid (11) is a
// UUID. Only a CDR has all of them at those columns.
//
// It does not allocate.
func LooksFreeSWITCHCSV(rec []byte) bool {
	if len(rec) == 0 || rec[0] != '"' {
		return false
	}
	var span [fsUUID + 1][2]int
	if n, ok := csvSpans(rec, span[:]); !ok || n < fsMinFields {
		return false
	}
	field := func(k int) []byte { return rec[span[k][0]:span[k][1]] }
	if !isDateTime(field(fsStart)) {
		return false
	}
	for k := fsStart + 1; k < fsDuration; k++ {
		if v := field(k); len(v) != 0 && !isDateTime(v) {
			return false
		}
	}
	for k := fsDuration; k < fsCause; k++ {
		v := field(k)
		if len(v) == 0 {
			return false
		}
		for _, c := range v {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	cause := field(fsCause)
	if len(cause) < 4 {
		return false
	}
	for _, c := range cause {
		if (c < 'A' || c > 'Z') && c != '_' {
			return false
		}
	}
	return isUUID(field(fsUUID))
}

// isUUID reports whether b is a UUID in its 8-4-4-4-12 hex form.
func isUUID(b []byte) bool {
	if len(b) != 36 {
		return false
	}
	for i, c := range b {
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
				return false
			}
		}
	}
	return true
}

// maxHeaderColumns bounds the columns LooksCSVHeader accepts.
const maxHeaderColumns = 256

// LooksCSVHeader reports whether rec looks like the header row of a CSV
// export (Cisco CDR files, billing and CRM exports): at least four
// comma-separated fields, each a column name (a letter or '_' first, then
// letters, digits, '_', '-', '.' or blanks, at most 64 bytes, quoted or
// not), no two alike. A data row has a number, a time, an empty field or a
// repeated value; CUCM's row of column types repeats INTEGER.
//
// It does not allocate.
func LooksCSVHeader(rec []byte) bool { return CSVHeaderColumns(rec) >= 4 }

// CSVHeaderColumns returns the number of columns of rec when its fields
// have the shape of LooksCSVHeader's column names, two or more and no two
// alike, else 0. A header of two or three columns ("name,phone") has the
// shape of many a data row too ("Jane,Doe"): its caller must find more
// (names it knows).
//
// It does not allocate.
func CSVHeaderColumns(rec []byte) int { return headerColumns(rec, ',') }

// TSVHeaderColumns is CSVHeaderColumns for a tab-separated export's header
// row (the mysql client's batch output, a spreadsheet's "Tab-separated
// values" download): at least four names, since a row of two or three
// words has the same shape. It does not allocate.
func TSVHeaderColumns(rec []byte) int {
	if bytes.IndexByte(rec, '\t') < 0 {
		return 0
	}
	if n := headerColumns(rec, '\t'); n >= 4 {
		return n
	}
	return 0
}

// headerColumns returns the number of columns of rec, a header row whose
// fields are separated by delim (quoted only in CSV), else 0.
func headerColumns(rec []byte, delim byte) int {
	quotes := delim == ','
	if len(rec) == 0 || !(isNameStart(rec[0]) || quotes && rec[0] == '"') {
		return 0
	}
	// Most lines show at once that they are not a header: the first byte
	// that cannot be in a name, a quote or a separator is (a syslog
	// line's ':', a request's '/', a key's '=').
	for _, c := range rec {
		if c == delim || quotes && c == '"' {
			break
		}
		if !isNameStart(c) && !('0' <= c && c <= '9') && c != '-' && c != '.' && c != ' ' && c != '(' && c != ')' && c != '/' {
			return 0
		}
	}
	n := 0
	for i := 0; i <= len(rec); n++ {
		s, e, next, _, bad := nextField(rec, i, delim, quotes)
		if bad != "" || n == maxHeaderColumns || !isColumnName(rec[s:e]) {
			return 0
		}
		i = next
	}
	if n < 2 || !distinctColumns(rec, delim) {
		return 0
	}
	return n
}

// distinctColumns reports whether no two fields of rec, a line of column
// names (LooksCSVHeader), are the same. It is a pass of its own so that a
// data row, whose first fields already fail, does not pay for the table.
func distinctColumns(rec []byte, delim byte) bool {
	var span [maxHeaderColumns][2]int32
	n := 0
	for i := 0; i <= len(rec) && n < maxHeaderColumns; n++ {
		s, e, next, _, _ := nextField(rec, i, delim, delim == ',')
		for k := 0; k < n; k++ {
			if string(rec[span[k][0]:span[k][1]]) == string(rec[s:e]) {
				return false
			}
		}
		span[n] = [2]int32{int32(s), int32(e)}
		i = next
	}
	return true
}

func isNameStart(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' }

// isColumnName reports whether b is a column name as LooksCSVHeader
// accepts it.
func isColumnName(b []byte) bool {
	for len(b) > 1 && b[0] == ' ' {
		b = b[1:] // Windows' DHCP audit log: "User Name, TransactionID, QResult"
	}
	if len(b) == 0 || len(b) > 64 || !isNameStart(b[0]) || b[len(b)-1] == ' ' {
		return false
	}
	for _, c := range b[1:] {
		if !isNameStart(c) && !('0' <= c && c <= '9') && c != '-' && c != '.' && c != ' ' && c != '(' && c != ')' && c != '/' {
			return false
		}
	}
	return true
}
