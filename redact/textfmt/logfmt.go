package textfmt

// lfStop ends a logfmt key: blanks, '=' and '"'.
var lfStop = [256]bool{' ': true, '\t': true, '=': true, '"': true}

func blank(c byte) bool { return c == ' ' || c == '\t' }

// parseLogfmt appends the key=value pairs of rec, each named by its key: a
// value is bare (to the next blank; it may hold '=' and '"') or quoted
// (key="..." with backslash escapes, QuoteBackslash). key= is an empty
// value. Words without '=' and quoted strings without a key are skipped:
// they are not fields. Only an unterminated quote is an error.
func (p *Parser) parseLogfmt(dst []Field, rec []byte) ([]Field, error) {
	for i := 0; ; {
		for i < len(rec) && blank(rec[i]) {
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
			i = e + 1
			continue
		}
		j := i
		for j < len(rec) && !lfStop[rec[j]] {
			j++
		}
		if j == i || j >= len(rec) || rec[j] != '=' {
			// A bare word (or one with a '"' inside): skip to the next blank.
			for j < len(rec) && !blank(rec[j]) {
				j++
			}
			i = j
			continue
		}
		f := Field{Name: rec[i:j:j], NameStart: int32(i)}
		var err error
		if f, i, err = p.kvValue(f, rec, j+1, true); err != nil {
			return dst, err
		}
		dst = append(dst, f)
	}
}

// kvValue reads the value of a key=value pair that starts at rec[v]: a
// quoted string with backslash escapes (the span inside the quotes), or
// the bytes up to a blank (a space, and a tab too when tabs is set). It
// returns f with the value's span and where parsing goes on.
func (p *Parser) kvValue(f Field, rec []byte, v int, tabs bool) (Field, int, error) {
	if v < len(rec) && rec[v] == '"' {
		e, ok := scanQuoted(rec, v+1)
		if !ok {
			return f, v, p.errAt(v, 0, "unterminated quote")
		}
		f.Start, f.End, f.Quoting = int32(v+1), int32(e), QuoteBackslash
		return f, e + 1, nil
	}
	e := v
	for e < len(rec) && rec[e] != ' ' && !(tabs && rec[e] == '\t') {
		e++
	}
	f.Start, f.End = int32(v), int32(e)
	return f, e, nil
}
