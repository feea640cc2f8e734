package textfmt

import "bytes"

// The names of the fields of a combined (and, the first seven, a common)
// line, as nginx's log_format combined calls its variables.
var combinedNames = func() (t [9][]byte) {
	for i, s := range [9]string{"remote_addr", "ident", "remote_user", "time_local", "request",
		"status", "body_bytes_sent", "http_referer", "http_user_agent"} {
		t[i] = []byte(s)
	}
	return t
}()

const (
	cRemoteAddr = iota
	cIdent
	cRemoteUser
	cTimeLocal
	cRequest
	cStatus
	cBodyBytes
	cReferer
	cUserAgent
)

// scanQuoted returns the offset of the '"' that closes the string whose
// content starts at rec[i], skipping backslash escapes (Apache writes \"
// and \\; nginx writes \x22 and \x5C, which hold no quote). ok is false
// when the string is not closed.
func scanQuoted(rec []byte, i int) (end int, ok bool) {
	for j := i; ; {
		k := bytes.IndexByte(rec[j:], '"')
		if k < 0 {
			return len(rec), false
		}
		j += k
		bs := 0
		for b := j - 1; b >= i && rec[b] == '\\'; b-- {
			bs++
		}
		if bs%2 == 0 {
			return j, true
		}
		j++
	}
}

// parseCombined appends the fields of an nginx/Apache combined or common
// line:
//
//	$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"
//
// then any extra fields, separated by spaces: key=value (or key="value")
// named by its key with the value as span, and others (quoted or bare)
// named extra_1, extra_2, ... in the order they come. The remote address
// may be a list joined by ", " (an X-Forwarded-For header logged in its
// place). The remote user runs
// to the " [" that opens the time, so a user name with spaces stays one
// field. Status and byte count must be digits or "-". With RestAsText the
// fields end at the user agent.
func (p *Parser) parseCombined(dst []Field, rec []byte) ([]Field, error) {
	add := func(k, s, e int, q Quoting) {
		dst = append(dst, Field{Name: combinedNames[k], NameStart: -1, Start: int32(s), End: int32(e), Quoting: q})
	}
	i := 0
	for k := cRemoteAddr; k <= cIdent; k++ {
		j := bytes.IndexByte(rec[i:], ' ')
		for k == cRemoteAddr && j > 1 && rec[j-1] == ',' && j+1 < len(rec) && rec[j+1] != ' ' {
			// An X-Forwarded-For list in the first field ("a, b"):
			// its blanks follow a comma (LooksCombined).
			n := bytes.IndexByte(rec[j+1:], ' ')
			if n < 0 {
				break
			}
			j += 1 + n
		}
		if j <= 0 {
			return dst, p.errAt(i, k+1, "missing field")
		}
		add(k, i, i+j, QuoteNone)
		i += j + 1
	}
	j := bytes.Index(rec[i:], []byte(" ["))
	if j < 0 {
		return dst, p.errAt(i, cRemoteUser+1, "no [time] after the user")
	}
	add(cRemoteUser, i, i+j, QuoteNone)
	i += j + 2
	j = bytes.IndexByte(rec[i:], ']')
	if j < 0 {
		return dst, p.errAt(i-1, cTimeLocal+1, "unterminated [time]")
	}
	add(cTimeLocal, i, i+j, QuoteNone)
	i += j + 1
	if i+1 >= len(rec) || rec[i] != ' ' || rec[i+1] != '"' {
		return dst, p.errAt(i, cRequest+1, "no quoted request after the time")
	}
	e, ok := scanQuoted(rec, i+2)
	if !ok {
		return dst, p.errAt(i+1, cRequest+1, "unterminated quote")
	}
	add(cRequest, i+2, e, QuoteBackslash)
	i = e + 1
	for k := cStatus; k <= cBodyBytes; k++ {
		if i >= len(rec) || rec[i] != ' ' {
			return dst, p.errAt(i, k+1, "missing field")
		}
		i++
		s := i
		for i < len(rec) && rec[i] != ' ' {
			if c := rec[i]; (c < '0' || c > '9') && c != '-' {
				return dst, p.errAt(i, k+1, "not a number")
			}
			i++
		}
		if i == s {
			return dst, p.errAt(i, k+1, "missing field")
		}
		add(k, s, i, QuoteNone)
	}
	// A response time between the byte count and the referer: Tomcat's
	// AccessLogValve and Apache's mod_log_config with %D (or %T) written
	// there ("%h %l %u %t \"%r\" %s %b %D \"%{Referer}i\" ..."): an
	// unnamed extra, and the referer and user agent after it still theirs.
	extras := 0
	if d := combinedTime(rec, i); d > 0 {
		dst = append(dst, Field{Name: p.extraName(0), NameStart: -1, Start: int32(i + 1), End: int32(d)})
		extras, i = 1, d
	}
	// Referer and user agent: absent in common lines.
	for k := cReferer; k <= cUserAgent && i+1 < len(rec) && rec[i] == ' ' && rec[i+1] == '"'; k++ {
		e, ok := scanQuoted(rec, i+2)
		if !ok {
			return dst, p.errAt(i+1, k+1, "unterminated quote")
		}
		add(k, i+2, e, QuoteBackslash)
		i = e + 1
	}
	if p.rest {
		return dst, nil
	}
	return p.appendExtras(dst, rec, i, extras)
}

// combinedTime returns the end of a response time field at rec[i:] (a
// blank, digits, and optionally a fraction) that a quoted referer follows,
// or 0.
func combinedTime(rec []byte, i int) int {
	if i+3 >= len(rec) || rec[i] != ' ' || !isDigit(rec[i+1]) {
		return 0
	}
	d := i + 1
	for d < len(rec) && (isDigit(rec[d]) || rec[d] == '.') {
		d++
	}
	if d+1 >= len(rec) || rec[d] != ' ' || rec[d+1] != '"' {
		return 0
	}
	return d
}

// appendExtras appends the space-separated fields of rec[i:] after the
// fixed ones of a combined line, n unnamed ones read already.
func (p *Parser) appendExtras(dst []Field, rec []byte, i, n int) ([]Field, error) {
	for {
		for i < len(rec) && rec[i] == ' ' {
			i++
		}
		if i >= len(rec) {
			return dst, nil
		}
		if rec[i] == '"' {
			e, ok := scanQuoted(rec, i+1)
			if !ok {
				return dst, p.errAt(i, 0, "unterminated quote")
			}
			dst = append(dst, Field{Name: p.extraName(n), NameStart: -1, Start: int32(i + 1), End: int32(e), Quoting: QuoteBackslash})
			n++
			i = e + 1
			continue
		}
		j := i
		for j < len(rec) && rec[j] != ' ' && rec[j] != '=' && rec[j] != '"' {
			j++
		}
		if j > i && j < len(rec) && rec[j] == '=' {
			f := Field{Name: rec[i:j:j], NameStart: int32(i)}
			var err error
			if f, i, err = p.kvValue(f, rec, j+1, false); err != nil {
				return dst, err
			}
			dst = append(dst, f)
			continue
		}
		for j < len(rec) && rec[j] != ' ' {
			j++
		}
		dst = append(dst, Field{Name: p.extraName(n), NameStart: -1, Start: int32(i), End: int32(j)})
		n++
		i = j
	}
}
