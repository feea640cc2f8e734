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

// RowFits reports whether fields, parsed from rec by a W3C parser, may be
// a row of the log its #Fields header describes. A partition that carried
// a W3C log may carry other text after it (a syslog line that opens with a
// date and a time and has as many words), and such a line must not be read
// by the header's names; but a row the check refuses is read as plain text
// and loses its names' context, so only clear evidence refuses one: a
// field count more than one off the header's (blanks at the end aside),
// or a field whose name types it holding something else: "date" a date,
// "time" a time, c-ip and s-ip an address (a digit and '.' or ':'; a zone
// after '%', brackets), sc-status, sc-bytes, time-taken and the like a
// number or a duration; "-" for an empty field.
//
// It does not allocate.
func (p *Parser) RowFits(rec []byte, fields []Field) bool {
	n := len(fields)
	for n > 0 && fields[n-1].End == fields[n-1].Start {
		n-- // blanks at the end of the line
	}
	if n < len(p.names)-1 || n > len(p.names)+1 {
		return false
	}
	for i, f := range fields[:min(n, len(p.names))] {
		v := rec[f.Start:f.End]
		if len(v) == 0 || len(v) == 1 && v[0] == '-' {
			continue
		}
		switch string(p.names[i]) {
		case "date":
			if !allOf(v, func(c byte) bool { return isDigit(c) || c == '-' || c == '/' || c == '.' }) {
				return false
			}
		case "time":
			if !allOf(v, func(c byte) bool { return isDigit(c) || c == ':' || c == '.' || c == 'Z' || c == '+' || c == '-' }) {
				return false
			}
		case "c-ip", "s-ip", "cs-ip", "sc-ip":
			if !w3cAddress(v) {
				return false
			}
		case "sc-status", "sc-substatus", "sc-win32-status", "sc-bytes", "cs-bytes", "s-port", "c-port",
			"time-taken", "time-to-first-byte", "sc-content-len", "sc-range-start", "sc-range-end":
			if !allOf(v, func(c byte) bool { return isDigit(c) || c == '.' || c == ':' }) {
				return false
			}
		}
	}
	return true
}

// allOf reports whether every byte of v passes ok.
func allOf(v []byte, ok func(byte) bool) bool {
	for _, c := range v {
		if !ok(c) {
			return false
		}
	}
	return true
}

// w3cAddress reports whether v may be a W3C log's address field: an IPv4
// or IPv6 address (a digit, and '.' or ':'), in brackets or not, with a
// zone after '%' (fe80::1%eth0).
func w3cAddress(v []byte) bool {
	digit, sep := false, false
	for i, c := range v {
		switch {
		case c == '%':
			return digit && sep && allOf(v[i+1:], func(c byte) bool {
				return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' || c == '.' || c == '-' || c == '_' || c == ']'
			})
		case isDigit(c):
			digit = true
		case c == '.' || c == ':':
			sep = true
		case c|0x20 >= 'a' && c|0x20 <= 'f', c == '[', c == ']':
		default:
			return false
		}
	}
	return digit && sep
}

// CSVRowFits reports whether fields, parsed from rec by a CSV parser whose
// columns a header row named, may be a row of that file: as many fields,
// and the columns whose names type them not holding something else (a
// date or time column no brackets or quotes: a syslog header in the first
// field of a firewall's comma-separated line; a CDR's duration and billsec
// a number or hh:mm:ss). The checks are loose on purpose: a refused row is
// read as plain text and loses its columns' context.
//
// It does not allocate.
func (p *Parser) CSVRowFits(rec []byte, fields []Field) bool {
	if len(fields) != len(p.names) {
		return false
	}
	for i, f := range fields {
		v := rec[f.Start:f.End]
		switch string(p.names[i]) {
		case "calldate", "date", "time", "start", "answer", "end":
			if !allOf(v, func(c byte) bool {
				return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' || c == '-' || c == '/' || c == ':' || c == '.' || c == ' ' || c == ',' || c == '+'
			}) {
				return false
			}
		case "duration", "billsec":
			if !allOf(v, func(c byte) bool { return isDigit(c) || c == ':' || c == '.' }) {
				return false
			}
		}
	}
	return true
}
