package textfmt

import "bytes"

// parseW3C appends the fields of a W3C data line. A line holding a tab is
// tab-separated (CloudFront), any other space-separated (the W3C draft,
// IIS). In a space-separated line a field that starts with '"' is a quoted
// string with "" for a quote, as the draft writes strings; a tab-separated
// line has no quoting, since a tab cannot occur in a field and CloudFront
// URL-encodes its values: a stray '"' there is content, not a reason to
// quarantine the line. Each delimiter separates two fields: runs of spaces
// are empty fields, which keeps the field count the delimiter count plus
// one.
func (p *Parser) parseW3C(dst []Field, rec []byte) ([]Field, error) {
	if bytes.IndexByte(rec, '\t') >= 0 {
		return p.parseDelim(dst, rec, '\t', false)
	}
	return p.parseDelim(dst, rec, ' ', true)
}

const fieldsDirective = "#Fields:"

// header takes in a W3C directive line. #Fields: (or Zeek's #fields,
// zeek.go) sets the names of the fields of the lines after it; the other
// directives change nothing.
func (p *Parser) header(rec []byte) {
	s, ok := fieldsList(rec)
	if !ok {
		return
	}
	switch {
	case sameNames(p.names, s):
		return
	case sameNames(p.defs, s):
		p.names = p.defs
		return
	}
	// Size p.hdr first so that it does not move while names point into it.
	total, n := 0, 0
	for i := 0; ; n++ {
		a, b := nextName(s, i)
		if a == b {
			break
		}
		total += b - a
		i = b
	}
	if cap(p.hdr) < total {
		p.hdr = make([]byte, 0, total)
	}
	p.hdr = p.hdr[:0]
	if cap(p.hdrNames) < n {
		p.hdrNames = make([][]byte, 0, n)
	}
	p.hdrNames = p.hdrNames[:0]
	for i := 0; ; {
		a, b := nextName(s, i)
		if a == b {
			break
		}
		o := len(p.hdr)
		p.hdr = append(p.hdr, s[a:b]...)
		p.hdrNames = append(p.hdrNames, p.hdr[o:len(p.hdr):len(p.hdr)])
		i = b
	}
	p.names = p.hdrNames
}

// nextName returns the span of the first name in s[i:]: names are separated
// by spaces and tabs. a == b when there is none.
func nextName(s []byte, i int) (a, b int) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	a = i
	for i < len(s) && s[i] != ' ' && s[i] != '\t' {
		i++
	}
	return a, i
}

// sameNames reports whether the names listed in s are names.
func sameNames(names [][]byte, s []byte) bool {
	k := 0
	for i := 0; ; k++ {
		a, b := nextName(s, i)
		if a == b {
			break
		}
		if k >= len(names) || !bytes.Equal(names[k], s[a:b]) {
			return false
		}
		i = b
	}
	return k == len(names)
}

// RowFits reports whether fields, parsed from rec, read as a row of the
// log its header (a W3C #Fields line, a CSV header row) describes: as
// many fields as the header names, and each field whose name says what it
// holds holds that ("date" a date, "time" a time, c-ip an address,
// sc-status, sc-bytes and a CDR's billsec numbers, its calldate a date and
// time; "-" for an empty field). A partition that carried a W3C log or a
// CSV export may carry other text after it: a syslog line that opens with
// a date and a time and has as many words or commas is no row of it.
//
// It does not allocate.
func (p *Parser) RowFits(rec []byte, fields []Field) bool {
	if len(fields) != len(p.names) {
		return false
	}
	for i, f := range fields {
		v := rec[f.Start:f.End]
		if len(v) == 0 || len(v) == 1 && v[0] == '-' {
			continue
		}
		var ok func(byte) bool
		switch string(p.names[i]) {
		case "date", "time", "ts", "calldate":
			// W3C's date and time, Zeek's epoch, a CSV export's date
			// and time in one column (Kamailio's acc table: "time").
			ok = func(c byte) bool {
				return isDigit(c) || c == '-' || c == '/' || c == ':' || c == '.' || c == ' ' || c == 'T' || c == 'Z' || c == '+'
			}
		case "c-ip", "s-ip", "cs-ip", "sc-ip", "id.orig_h", "id.resp_h":
			ok = func(c byte) bool {
				return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' || c == ':' || c == '.' || c == '%'
			}
		case "sc-status", "sc-substatus", "sc-win32-status", "sc-bytes", "cs-bytes", "s-port", "c-port",
			"time-taken", "time-to-first-byte", "sc-content-len", "sc-range-start", "sc-range-end", "id.orig_p", "id.resp_p",
			"duration", "billsec", "amaflags":
			ok = func(c byte) bool { return isDigit(c) || c == '.' }
		default:
			continue
		}
		for _, c := range v {
			if !ok(c) {
				return false
			}
		}
	}
	return true
}
