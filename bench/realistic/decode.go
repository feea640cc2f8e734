package realistic

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// This file holds the scorer's decoders: a planted value counts as leaked
// when it is in the redacted record in any of the decodings views returns,
// and the field counters that tell whether a record kept its layout.

// views returns the decodings of out in which leaks and look-alikes are
// looked for: the text as it is and without invisible characters; each of
// these with JSON and \xHH escapes undone, and with those but \n, \r, \t,
// \b and \f (in CORP\nathan.smith the backslash is a Windows account's);
// then every layer of percent-decoding (up to four), each layer read with
// '+' as '+' and as a space,
// since a '+' means a space only in the layer that was form-encoded, and
// with its JSON and \xHH escapes undone; and every result again without
// invisible characters; and each of these with the audit log's hex values
// decoded (auditUnhex). Duplicates are left out.
func views(out []byte) []string {
	raw := string(out)
	var vs []string
	for _, base := range dedupe([]string{raw, stripInvisible(raw)}) {
		layer := dedupe([]string{base, unescape(base), unescapeCodes(base)})
		vs = append(vs, layer...)
		for range 4 {
			var next []string
			for _, v := range layer {
				for _, plus := range []bool{false, true} {
					if d := pctDecode(v, plus); d != v {
						// A layer may hide escapes too: a JSON string's
						// "\n" encoded as %5Cn.
						next = append(next, d, unescape(d))
					}
				}
			}
			if len(next) == 0 {
				break
			}
			layer = dedupe(next)
			vs = append(vs, layer...)
		}
	}
	n := len(vs)
	for i := 0; i < n; i++ {
		vs = append(vs, stripInvisible(vs[i]))
	}
	// And every decoding with the Linux audit log's hex values read.
	n = len(vs)
	for i := 0; i < n; i++ {
		if d := auditUnhex(vs[i]); d != vs[i] {
			vs = append(vs, d)
		}
	}
	// And with an SQL string literal's doubled quotes read as one
	// ('O''Brien').
	n = len(vs)
	for i := 0; i < n; i++ {
		if d := strings.ReplaceAll(vs[i], "''", "'"); d != vs[i] {
			vs = append(vs, d)
		}
	}
	// And with journald's arrays of bytes read as text.
	n = len(vs)
	for i := 0; i < n; i++ {
		if d := byteArraysText(vs[i]); d != vs[i] {
			vs = append(vs, d)
		}
	}
	return dedupe(vs)
}

func dedupe(vs []string) []string {
	out := vs[:0]
	for _, v := range vs {
		dup := false
		for _, o := range out {
			if o == v {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, v)
		}
	}
	return out
}

func isHex(c byte) bool { _, ok := unhex(c); return ok }

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// unescape undoes JSON string escapes (\" \\ \/ \b \f \n \r \t \uXXXX,
// surrogate pairs included) and the \xHH escapes nginx and Apache write,
// wherever they occur. Malformed escapes are left as they are.
func unescape(s string) string { return unescapeAs(s, true) }

// unescapeCodes undoes the escapes that spell a character by its code
// (\uXXXX, \xHH, and \" \\ \/) but leaves \b \f \n \r \t: in a text log
// "CORP\nathan.smith" is a Windows account, not a line break.
func unescapeCodes(s string) string { return unescapeAs(s, false) }

func unescapeAs(s string, ctl bool) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		switch e := s[i+1]; {
		case !ctl && (e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't'):
			b.WriteByte(c)
			continue
		}
		switch e := s[i+1]; e {
		case '"', '\\', '/':
			b.WriteByte(e)
			i++
		case 'b':
			b.WriteByte('\b')
			i++
		case 'f':
			b.WriteByte('\f')
			i++
		case 'n':
			b.WriteByte('\n')
			i++
		case 'r':
			b.WriteByte('\r')
			i++
		case 't':
			b.WriteByte('\t')
			i++
		case 'x':
			if i+3 < len(s) {
				h, ok1 := unhex(s[i+2])
				l, ok2 := unhex(s[i+3])
				if ok1 && ok2 {
					b.WriteByte(h<<4 | l)
					i += 3
					continue
				}
			}
			b.WriteByte(c)
		case 'u':
			r, n := hex4(s, i+2)
			if n == 0 {
				b.WriteByte(c)
				continue
			}
			i += 1 + n
			if 0xd800 <= r && r < 0xdc00 && i+2 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
				if r2, n2 := hex4(s, i+3); n2 != 0 && 0xdc00 <= r2 && r2 < 0xe000 {
					r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
					i += 2 + n2
				}
			}
			b.WriteRune(r)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// hex4 reads four hex digits at s[i:]; n is 4, or 0 when there are not.
func hex4(s string, i int) (r rune, n int) {
	if i+4 > len(s) {
		return 0, 0
	}
	for j := i; j < i+4; j++ {
		d, ok := unhex(s[j])
		if !ok {
			return 0, 0
		}
		r = r<<4 | rune(d)
	}
	return r, 4
}

// pctDecode decodes %HH (either case) once; with plus, '+' becomes a
// space. Malformed escapes are left as they are.
func pctDecode(s string, plus bool) string {
	if strings.IndexByte(s, '%') < 0 && (!plus || strings.IndexByte(s, '+') < 0) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s):
			h, ok1 := unhex(s[i+1])
			l, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				b.WriteByte(h<<4 | l)
				i += 2
				continue
			}
			b.WriteByte(c)
		case c == '+' && plus:
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// pctDecodeAll applies pctDecode until the text stops changing (at most
// four times: a value encoded more often than that is not read back). '+'
// is read as a space (with plus) in the first pass only: a '+' that an
// inner encoding wrote as %2B is a plus sign.
func pctDecodeAll(s string, plus bool) string {
	for range 4 {
		d := pctDecode(s, plus)
		plus = false
		if d == s {
			break
		}
		s = d
	}
	return s
}

// invisible reports whether r is a character that does not show: C0 and
// C1 controls other than tab and line ends, DEL, soft hyphen, zero-width
// space, non-joiner and joiner, word joiner and the byte order mark.
func invisible(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\r'
	case r >= 0x7f && r <= 0x9f, r == 0xad, r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff:
		return true
	}
	return false
}

// stripInvisible removes invisible characters (and bytes that are not
// UTF-8, which show as nothing either).
func stripInvisible(s string) string {
	clean := true
	for _, r := range s {
		if invisible(r) || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if !invisible(r) && r != utf8.RuneError {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func alnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// containsWord reports whether sub occurs in s not glued to a letter or
// digit where sub itself starts or ends with one: "203.0.113.7" is not in
// "203.0.113.75", "Alice" is not in "Alicent". Nor does it start with the
// hex digits of a percent escape: the extension 2019 is not in a
// URL-encoded "2026-11-23%2019%3A56" (a value written after an escape is
// found in the decoded views).
func containsWord(s, sub string) bool {
	if sub == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(sub)
		escaped := i > 0 && s[i-1] == '%' && len(sub) >= 2 && isHex(sub[0]) && isHex(sub[1])
		if !escaped && (i == 0 || !alnum(sub[0]) || !alnum(s[i-1])) && (j == len(s) || !alnum(sub[len(sub)-1]) || !alnum(s[j])) {
			return true
		}
		off = i + 1
	}
}

// Layout checks.

// csvFields counts the fields of a CSV line (RFC 4180 quoting, "" inside
// quotes); ok is false when a quoted field is not closed or is followed by
// something other than a comma.
func csvFields(s string) (n int, ok bool) {
	n = 1
	for i := 0; i < len(s); {
		if s[i] == '"' {
			i++
			for {
				if i >= len(s) {
					return n, false
				}
				if s[i] == '"' {
					if i+1 < len(s) && s[i+1] == '"' {
						i += 2
						continue
					}
					i++
					break
				}
				i++
			}
			if i < len(s) && s[i] != ',' {
				return n, false
			}
		}
		for i < len(s) && s[i] != ',' {
			if s[i] == '"' {
				return n, false
			}
			i++
		}
		if i < len(s) {
			n++
			i++
		}
	}
	return n, true
}

// clfFields counts the fields of an NCSA common/combined line: separated by
// single spaces, a field that opens with '"' runs to the next '"' not
// escaped by a backslash, one that opens with '[' to the next ']' and one
// that opens with '{' (HAProxy's captured headers) to the next '}', and on
// to the next blank. ok is
// false when a quote or bracket is not closed.
func clfFields(s string) (n int, ok bool) {
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i >= len(s) {
			break
		}
		n++
		switch s[i] {
		case '"':
			i++
			for i < len(s) && s[i] != '"' {
				if s[i] == '\\' {
					i++
				}
				i++
			}
			if i >= len(s) {
				return n, false
			}
			i++
		case '[', '{':
			// [time] (NCSA) or {captured headers} (HAProxy)
			end := byte(']')
			if s[i] == '{' {
				end = '}'
			}
			for i < len(s) && s[i] != end {
				i++
			}
			if i >= len(s) {
				return n, false
			}
			i++
			// A bracket that opened a word rather than a field (a host
			// whose first label was masked, "[name]-laptop"): the word
			// runs on to the blank.
			for i < len(s) && s[i] != ' ' {
				i++
			}
		default:
			// A key="quoted value" field (uct="0.005", body="...") is one
			// field, blanks and all.
			for i < len(s) && s[i] != ' ' {
				if s[i] == '"' {
					for i++; i < len(s) && s[i] != '"'; i++ {
						if s[i] == '\\' {
							i++
						}
					}
					if i >= len(s) {
						return n, false
					}
				}
				i++
			}
		}
	}
	return n, true
}

// formKeys returns the keys of a form-encoded body, in order.
func formKeys(s string) []string {
	var ks []string
	for _, p := range strings.Split(s, "&") {
		k, _, _ := strings.Cut(p, "=")
		ks = append(ks, k)
	}
	return ks
}

// jsonKeys counts the object members of a JSON text; ok is false when it
// is not valid JSON.
func jsonKeys(b []byte) (n int, ok bool) {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return 0, false
	}
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			n += len(x)
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
	return n, true
}

// broken reports whether out lost the layout in had.
func broken(st Structure, in, out []byte) bool {
	if st == Mixed {
		switch {
		case json.Valid(in):
			st = JSON
		case looksCLF(in):
			st = CLF
		case looksXML(in):
			a, ok := xmlTags(string(in))
			if !ok {
				return false
			}
			b, ok := xmlTags(string(out))
			return !ok || a != b
		default:
			return false
		}
	}
	switch st {
	case JSON:
		ni, ok := jsonKeys(in)
		if !ok {
			return false
		}
		no, ok := jsonKeys(out)
		return !ok || no < ni
	case CSV:
		ni, ok := csvFields(string(in))
		if !ok {
			return false
		}
		no, ok := csvFields(string(out))
		return !ok || no != ni
	case TSV:
		return strings.Count(string(in), "\t") != strings.Count(string(out), "\t")
	case CLF:
		ni, ok := clfFields(string(in))
		if !ok {
			return false
		}
		no, ok := clfFields(string(out))
		return !ok || no != ni
	case Form:
		a, b := formKeys(string(in)), formKeys(string(out))
		if len(a) != len(b) {
			return true
		}
		for i := range a {
			if a[i] != b[i] {
				return true
			}
		}
	}
	return false
}

// looksXML reports whether line is an XML document on one line (a
// FreeSWITCH XML CDR, an event rendered by wevtutil): it opens with an
// element's tag and ends with '>'. A syslog header's <PRI> opens with a
// digit.
func looksXML(line []byte) bool {
	return len(line) > 2 && line[0] == '<' && (alnum(line[1]) && !isDigit(line[1]) || line[1] == '?') && line[len(line)-1] == '>'
}

// xmlTags returns the names of the tags of an XML line in order ("<a</a"),
// the layout that redacting its text and attribute values keeps; ok is
// false when a '<' opens no tag or a tag is not closed.
func xmlTags(s string) (tags string, ok bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] != ' ' && s[j] != '>' && s[j] != '/' || j == i+1 && j < len(s) && s[j] == '/' {
			j++
		}
		if j == i+1 || !strings.Contains(s[j:], ">") {
			return "", false
		}
		b.WriteString(s[i:j])
	}
	return b.String(), true
}

// looksCLF reports whether line opens as an NCSA common/combined line:
// three fields and a [dd/ (remote address, identity, user, [time]).
func looksCLF(line []byte) bool {
	n := 0
	for i, c := range line {
		if c == ' ' {
			if n++; n == 3 {
				// [dd/Mon/yyyy:...: a PostgreSQL "... UTC [pid]" is no NCSA line
				return i+4 < len(line) && line[i+1] == '[' && isDigit(line[i+2]) && isDigit(line[i+3]) && line[i+4] == '/'
			}
		}
	}
	return false
}

// auditUnhex decodes the values the Linux audit daemon writes in upper-case
// hex (a value after '=' with a blank, a quote or a control character in
// it: acct=, cmd=, proctitle=, EXECVE's arguments), as ausearch -i reads
// them back: NULs between arguments become blanks. Other text is left as
// it is.
func auditUnhex(s string) string {
	var b strings.Builder
	last := 0
	for i := 1; i < len(s); i++ {
		if s[i-1] != '=' {
			continue
		}
		e := i
		for e < len(s) && ('0' <= s[e] && s[e] <= '9' || 'A' <= s[e] && s[e] <= 'F') {
			e++
		}
		if e-i < 4 || (e-i)%2 != 0 || e < len(s) && (isWordByte(s[e])) {
			continue
		}
		b.WriteString(s[last:i])
		for k := i; k < e; k += 2 {
			h, _ := unhex(s[k])
			l, _ := unhex(s[k+1])
			c := h<<4 | l
			if c == 0 {
				c = ' '
			}
			b.WriteByte(c)
		}
		last = e
		i = e
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func isWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
