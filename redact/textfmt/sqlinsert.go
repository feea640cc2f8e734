package textfmt

import "bytes"

// An SQL INSERT with a column list, as database logs write a statement
// with its literals (MySQL's general query log, PostgreSQL's
// log_statement, an ORM's SQL logging with inlined parameters):
//
//	... insert into users (email, phone, first_name) values ('a@b.example', '+44 20 7946 0958', 'Jane')
//
// The column list names each value of the VALUES tuples (one or more), so
// that 'Jane' is read as a first_name. What lies around the statement and
// its syntax is text, scanned as any other.

// maxSQLColumns bounds the columns read from one column list.
const maxSQLColumns = 64

// LooksSQLInsert reports whether rec holds an INSERT statement with a
// column list and a VALUES tuple of as many values (SplitSQLInsert reads
// it). It does not allocate.
func LooksSQLInsert(rec []byte) bool {
	into := sqlIntoAt(rec)
	if into < 0 {
		return false
	}
	var cols [maxSQLColumns][2]int
	n, vs := sqlColumns(rec, into, &cols)
	if n == 0 {
		return false
	}
	m, _, ok := sqlTuple(rec, vs, nil, cols[:n], nil)
	return ok && m == n
}

// SplitSQLInsert appends to dst the values of the INSERT statements in
// rec, each named by its column (string literals without their quotes):
// every statement of the line, as p6spy writes one with '?' markers and
// then again with its literals. It appends nothing for a statement that
// LooksSQLInsert would not accept, or whose later tuple's values do not
// match the columns in number, and stops there.
func SplitSQLInsert(dst []Field, rec []byte) []Field {
	from := 0
	for from < len(rec) {
		into := sqlIntoAt(rec[from:])
		if into < 0 {
			return dst
		}
		var end int
		var ok bool
		dst, end, ok = splitSQLInsertAt(dst, rec, from+into)
		if !ok {
			return dst
		}
		from = end
	}
	return dst
}

// splitSQLInsertAt reads the statement whose table follows "INTO " at
// rec[into]; it returns the offset after its last tuple and whether it
// parsed (dst unchanged when not).
func splitSQLInsertAt(dst []Field, rec []byte, into int) ([]Field, int, bool) {
	var cols [maxSQLColumns][2]int
	n, vs := sqlColumns(rec, into, &cols)
	if n == 0 {
		return dst, 0, false
	}
	n0 := len(dst)
	for {
		var m int
		var ok bool
		m, vs, ok = sqlTuple(rec, vs, &dst, cols[:n], rec)
		if !ok || m != n {
			return dst[:n0], 0, false
		}
		// Another tuple: ", (".
		i := sqlBlanks(rec, vs)
		if i >= len(rec) || rec[i] != ',' {
			return dst, vs, true
		}
		i = sqlBlanks(rec, i+1)
		if i >= len(rec) || rec[i] != '(' {
			return dst, vs, true
		}
		vs = i
	}
}

// sqlIntoAt returns the offset just past "INSERT INTO " (either case, not
// mixed within a word) in rec, or -1.
func sqlIntoAt(rec []byte) int {
	for _, w := range [...]string{"INTO ", "into "} {
		from := 0
		for from < len(rec) {
			k := bytes.Index(rec[from:], []byte(w))
			if k < 0 {
				break
			}
			k += from
			if k >= 7 && rec[k-1] == ' ' && foldEqASCII(rec[k-7:k-1], "insert") && (k == 7 || !isNameByte(rec[k-8])) {
				return k + len(w)
			}
			from = k + len(w)
		}
	}
	return -1
}

// sqlColumns reads the table name and the column list after "INTO " at
// rec[i], filling cols with the names' spans; it returns their number and
// the offset of the VALUES tuple's '(' (0, 0 when there is none).
func sqlColumns(rec []byte, i int, cols *[maxSQLColumns][2]int) (n, vs int) {
	i = sqlBlanks(rec, i)
	s := i
	for i < len(rec) && (isNameByte(rec[i]) || rec[i] == '.' || rec[i] == '"' || rec[i] == '`' || rec[i] == '[' || rec[i] == ']') {
		i++ // table, schema.table, "table", `table`, [table]
	}
	if i == s {
		return 0, 0
	}
	i = sqlBlanks(rec, i)
	if i >= len(rec) || rec[i] != '(' {
		return 0, 0
	}
	i++
	for {
		i = sqlBlanks(rec, i)
		q := byte(0)
		if i < len(rec) && (rec[i] == '"' || rec[i] == '`' || rec[i] == '[') {
			q = rec[i]
			i++
		}
		s := i
		for i < len(rec) && isNameByte(rec[i]) {
			i++
		}
		if i == s || n == maxSQLColumns {
			return 0, 0
		}
		cols[n] = [2]int{s, i}
		n++
		if q != 0 {
			if i >= len(rec) || rec[i] != q && !(q == '[' && rec[i] == ']') {
				return 0, 0
			}
			i++
		}
		i = sqlBlanks(rec, i)
		if i >= len(rec) {
			return 0, 0
		}
		if rec[i] == ')' {
			i++
			break
		}
		if rec[i] != ',' {
			return 0, 0
		}
		i++
	}
	i = sqlBlanks(rec, i)
	if i+6 > len(rec) || !foldEqASCII(rec[i:i+6], "values") {
		return 0, 0
	}
	i = sqlBlanks(rec, i+6)
	if i >= len(rec) || rec[i] != '(' {
		return 0, 0
	}
	return n, i
}

// sqlTuple reads the tuple whose '(' is at rec[i]: it returns the number
// of values, the offset after its ')', and whether it parsed. With dst,
// each value is appended as a Field named by its column (names taken from
// src).
func sqlTuple(rec []byte, i int, dst *[]Field, cols [][2]int, src []byte) (n, end int, ok bool) {
	i++
	for {
		i = sqlBlanks(rec, i)
		if i >= len(rec) {
			return 0, 0, false
		}
		var s, e int
		if rec[i] == '\'' {
			s = i + 1
			j := s
			for {
				for j < len(rec) && rec[j] != '\'' {
					j++
				}
				if j+1 < len(rec) && rec[j+1] == '\'' {
					j += 2 // '' inside a literal
					continue
				}
				break
			}
			if j >= len(rec) {
				return 0, 0, false
			}
			e = j
			i = j + 1
		} else {
			s = i
			depth := 0
			for i < len(rec) && (depth > 0 || rec[i] != ',' && rec[i] != ')') {
				switch rec[i] {
				case '(':
					depth++
				case ')':
					depth--
				case '\'':
					return 0, 0, false // a literal inside an expression: not read
				}
				i++
			}
			e = i
			for e > s && rec[e-1] == ' ' {
				e--
			}
			if e == s {
				return 0, 0, false
			}
		}
		if dst != nil && n < len(cols) {
			c := cols[n]
			*dst = append(*dst, Field{Name: src[c[0]:c[1]:c[1]], NameStart: -1, Start: int32(s), End: int32(e)})
		}
		n++
		i = sqlBlanks(rec, i)
		if i >= len(rec) {
			return 0, 0, false
		}
		if rec[i] == ')' {
			return n, i + 1, true
		}
		if rec[i] != ',' {
			return 0, 0, false
		}
		i++
	}
}

func sqlBlanks(rec []byte, i int) int {
	for i < len(rec) && (rec[i] == ' ' || rec[i] == '\t' || rec[i] == '\n') {
		i++
	}
	return i
}

func isNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// foldEqASCII reports whether b equals the lower-case ASCII word s, in
// either case.
func foldEqASCII(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for k := range b {
		if b[k]|0x20 != s[k] {
			return false
		}
	}
	return true
}
