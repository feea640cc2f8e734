package textfmt

import "bytes"

// A prepared statement and, in the same record, the values bound to its
// markers, as ORMs and JDBC proxies log them:
//
//	Query:["update customers set first_name=?, last_name=? where id=?"], Params:[(Jane,Doe,42)]   (datasource-proxy)
//	INSERT INTO "users" ("email","name") VALUES ($1,$2) RETURNING "id" ["a@b.example", "Jane Doe"]  (Ecto)
//	UPDATE "auth_user" SET "first_name" = %s WHERE "auth_user"."id" = %s; args=('Jane', 7)        (Django)
//	... VALUES (DEFAULT,?,?,?); {"bind":["Jane","Doe","a@b.example"]}                               (Sequelize)
//
// Each marker stands for a column: the INSERT's column at its position in
// the VALUES tuple, or the column it is assigned to or compared with
// (first_name = ?, email IN (?, ?)). The bind list names each value by the
// column of its marker: markers in order (?, %s), or by number ($1). A
// statement logged with its literals in place of the markers and the bind
// list after it (Django's args=) is read the same way, each literal a
// slot. Values are named only when the list holds exactly as many values
// as the statement has slots (per tuple, for a JDBC batch's
// [(…),(…)]); anything else is left to the scanner.

// maxSQLSlots bounds the markers read from one statement.
const maxSQLSlots = 64

// sqlSlot is one marker (or literal) of a statement.
type sqlSlot struct {
	col    [2]int // the column's name in the record ({0, 0}: none)
	num    int    // a numbered marker's number ($3: 3), else 0
	marker bool   // a marker, not a literal
}

// sqlSlots are the slots of one statement.
type sqlSlots struct {
	s        [maxSQLSlots]sqlSlot
	n        int
	markers  int // how many of them are markers
	numbered bool
}

func (ss *sqlSlots) add(col [2]int, num int, marker bool) bool {
	if ss.n == maxSQLSlots {
		return false
	}
	ss.s[ss.n] = sqlSlot{col: col, num: num, marker: marker}
	ss.n++
	if marker {
		ss.markers++
		if num > 0 {
			ss.numbered = true
		}
	}
	return true
}

// LooksSQLBinds reports whether rec holds a statement and a bind list
// whose values SplitSQLBinds names. It does not allocate.
func LooksSQLBinds(rec []byte) bool {
	return sqlBinds(nil, rec) > 0
}

// SplitSQLBinds appends to dst the values of rec's bind list, each named
// by its marker's column (string values without their quotes); values
// whose marker has no column are not appended. It appends nothing when
// the list does not match the statement.
func SplitSQLBinds(dst []Field, rec []byte) []Field {
	sqlBinds(&dst, rec)
	return dst
}

// sqlBinds reads rec's statement and bind list, appends the named values
// to *dst when dst is not nil, and returns how many it named.
func sqlBinds(dst *[]Field, rec []byte) int {
	if !bindsMaybe(rec) {
		return 0
	}
	start := sqlClauseAt(rec)
	if start < 0 {
		return 0
	}
	open := bindListAt(rec, start)
	if open < 0 {
		return 0
	}
	var ss sqlSlots
	if !sqlStatementSlots(rec[:open], start, &ss) || ss.n == 0 {
		return 0
	}
	return bindValues(dst, rec, open, &ss)
}

// bindsMaybe is the cheap first test: a bind list's key (params, args,
// bind...) or a record that ends with ']'.
func bindsMaybe(rec []byte) bool {
	e := len(rec)
	for e > 0 && (rec[e-1] == ' ' || rec[e-1] == '\r' || rec[e-1] == '\n') {
		e--
	}
	return e > 0 && rec[e-1] == ']' || bytes.Contains(rec, []byte("aram")) ||
		bytes.Contains(rec, []byte("args")) || bytes.Contains(rec, []byte("bind")) || bytes.Contains(rec, []byte("Bind"))
}

// sqlClauseAt returns where the first clause that holds slots begins:
// an INSERT's "INTO ", an UPDATE's "SET " or a "WHERE ", in either case;
// -1 when rec has none.
func sqlClauseAt(rec []byte) int {
	best := -1
	for _, w := range [...]string{"INTO ", "into ", "SET ", "set ", "WHERE ", "where "} {
		k := bytes.Index(rec, []byte(w))
		for k > 0 && isNameByte(rec[k-1]) {
			// Part of a word (RESET, somewhere): the next one.
			n := bytes.Index(rec[k+1:], []byte(w))
			if n < 0 {
				k = -1
				break
			}
			k += 1 + n
		}
		if k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}

// bindWords are the keys under which loggers write a bind list.
var bindWords = [...]string{"params", "parameters", "args", "arguments", "bind", "binds", "bindings", "bindvars"}

// bindListAt returns the offset of the '[' or '(' that opens the bind
// list after rec[start]: one after a bindWords key (Params:[, args=(,
// "bind":[, bindings=[), or a '[' after a blank that closes at the end of
// the record (Ecto). -1 when there is none.
func bindListAt(rec []byte, start int) int {
	for i := start; i < len(rec); i++ {
		c := rec[i]
		if c != '[' && c != '(' {
			continue
		}
		// The key before it: blanks, '=' or ':', a quote, a word.
		j := i
		for j > start && rec[j-1] == ' ' {
			j--
		}
		if j > start && (rec[j-1] == '=' || rec[j-1] == ':') {
			j--
			for j > start && rec[j-1] == ' ' {
				j--
			}
			if j > start && rec[j-1] == '"' {
				j--
			}
			k := j
			for k > start && isNameByte(rec[k-1]) {
				k--
			}
			for _, w := range bindWords {
				if foldEqASCII(rec[k:j], w) {
					return i
				}
			}
			continue
		}
		if c == '[' && j < i && listEndsRecord(rec, i) {
			return i
		}
	}
	return -1
}

// listEndsRecord reports whether the list opened at rec[i] closes at the
// end of the record (blanks after it allowed).
func listEndsRecord(rec []byte, i int) bool {
	e := skipList(rec, i)
	if e < 0 {
		return false
	}
	for e < len(rec) && (rec[e] == ' ' || rec[e] == '\r' || rec[e] == '\n') {
		e++
	}
	return e == len(rec)
}

// skipList returns the offset after the bracket that closes the one at
// rec[i] (quoted strings skipped), or -1.
func skipList(rec []byte, i int) int {
	depth := 0
	for ; i < len(rec); i++ {
		switch c := rec[i]; c {
		case '[', '(', '{':
			depth++
		case ']', ')', '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		case '\'', '"':
			e := quotedEnd(rec, i)
			if e < 0 {
				return -1
			}
			i = e - 1
		}
	}
	return -1
}

// quotedEnd returns the offset after the string literal whose quote is at
// rec[i] (a backslash escapes, a doubled quote is one), or -1.
func quotedEnd(rec []byte, i int) int {
	q := rec[i]
	for j := i + 1; j < len(rec); j++ {
		switch rec[j] {
		case '\\':
			j++
		case q:
			if j+1 < len(rec) && rec[j+1] == q {
				j++
				continue
			}
			return j + 1
		}
	}
	return -1
}

// sqlStatementSlots collects the slots of the statement in rec from its
// first clause at start: the VALUES tuples of an INSERT with a column
// list, and the markers and literals assigned to or compared with a
// column. It reports false for what it cannot read (a named marker).
func sqlStatementSlots(rec []byte, start int, ss *sqlSlots) bool {
	i := start
	if len(rec)-i >= 5 && (foldEqASCII(rec[i:i+5], "into ")) {
		var cols [maxSQLColumns][2]int
		n, vs := sqlColumns(rec, i+5, &cols)
		if n == 0 {
			return false
		}
		var ok bool
		if i, ok = insertSlots(rec, vs, cols[:n], ss); !ok {
			return false
		}
	}
	var col [2]int // the column an operator compares the next value with
	var word [2]int
	for i < len(rec) {
		c := rec[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == ',' || c == '(':
			i++
		case c == ')' || c == ';':
			col = [2]int{}
			i++
		case c == '"' || c == '`':
			e := bytes.IndexByte(rec[i+1:], c)
			if e < 0 {
				return true // the quote that closes a quoted statement (Query:["…"])
			}
			word = [2]int{i + 1, i + 1 + e}
			i += e + 2
			if i < len(rec) && rec[i] == '.' {
				i++ // "users"."id": the column is the last part
			}
		case c == '=' || c == '<' || c == '>' || c == '!':
			for i < len(rec) && (rec[i] == '=' || rec[i] == '<' || rec[i] == '>' || rec[i] == '!') {
				i++
			}
			col = word
		case c == '\'':
			e := quotedEnd(rec, i)
			if e < 0 {
				return false
			}
			if col != [2]int{} && !ss.add(col, 0, false) {
				return false
			}
			i = e
		case c == '?' || c == '%' && i+1 < len(rec) && rec[i+1] == 's':
			if !ss.add(col, 0, true) {
				return false
			}
			i++
			if c == '%' {
				i++
			}
		case c == '$' && i+1 < len(rec) && isDigitByte(rec[i+1]):
			num, e := 0, i+1
			for e < len(rec) && isDigitByte(rec[e]) && num < 1000 {
				num = num*10 + int(rec[e]-'0')
				e++
			}
			if !ss.add(col, num, true) {
				return false
			}
			i = e
		case c == ':' && i+1 < len(rec) && isNameByte(rec[i+1]) && (i == 0 || rec[i-1] != ':'):
			return false // a named marker: its list is a map, keyed already
		case isDigitByte(c) || c == '-' && i+1 < len(rec) && isDigitByte(rec[i+1]):
			e := i + 1
			for e < len(rec) && (isNameByte(rec[e]) || rec[e] == '.') {
				e++
			}
			if col != [2]int{} && !ss.add(col, 0, false) {
				return false
			}
			i = e
		case isNameByte(c):
			e := i
			for e < len(rec) && isNameByte(rec[e]) {
				e++
			}
			w := rec[i:e]
			switch {
			case foldEqASCII(w, "like") || foldEqASCII(w, "ilike") || foldEqASCII(w, "in"):
				col = word
			case foldEqASCII(w, "is"):
				col = [2]int{} // IS NULL: no value is bound
			case foldEqASCII(w, "null") || foldEqASCII(w, "true") || foldEqASCII(w, "false"):
				if col != [2]int{} && !ss.add(col, 0, false) {
					return false
				}
			case foldEqASCII(w, "not"):
			default:
				word, col = [2]int{i, e}, [2]int{}
			}
			i = e
			if i < len(rec) && rec[i] == '.' {
				i++
			}
		default:
			i++
		}
	}
	return true
}

// insertSlots adds the slots of the VALUES tuples whose first '(' is at
// rec[vs], each value named by cols at its position, and returns the
// offset after the last tuple.
func insertSlots(rec []byte, vs int, cols [][2]int, ss *sqlSlots) (int, bool) {
	i := vs
	for {
		i++ // past '('
		for k := 0; ; k++ {
			i = sqlBlanks(rec, i)
			if i >= len(rec) {
				return 0, false
			}
			var col [2]int
			if k < len(cols) {
				col = cols[k]
			}
			s := i
			switch c := rec[i]; {
			case c == '\'':
				if i = quotedEnd(rec, i); i < 0 {
					return 0, false
				}
				if !ss.add(col, 0, false) {
					return 0, false
				}
			case c == '?' || c == '%' && i+1 < len(rec) && rec[i+1] == 's':
				if !ss.add(col, 0, true) {
					return 0, false
				}
				i++
				if c == '%' {
					i++
				}
			case c == '$' && i+1 < len(rec) && isDigitByte(rec[i+1]):
				num := 0
				for i++; i < len(rec) && isDigitByte(rec[i]) && num < 1000; i++ {
					num = num*10 + int(rec[i]-'0')
				}
				if !ss.add(col, num, true) {
					return 0, false
				}
			default:
				// DEFAULT, NOW(), a number, NULL: an expression; a
				// number or NULL is a literal slot.
				depth := 0
				for i < len(rec) && (depth > 0 || rec[i] != ',' && rec[i] != ')') {
					switch rec[i] {
					case '(':
						depth++
					case ')':
						depth--
					case '\'':
						return 0, false
					}
					i++
				}
				v := bytes.TrimRight(rec[s:i], " ")
				if len(v) > 0 && (isDigitByte(v[0]) || v[0] == '-' || foldEqASCII(v, "null") || foldEqASCII(v, "true") || foldEqASCII(v, "false")) {
					if !ss.add(col, 0, false) {
						return 0, false
					}
				}
			}
			i = sqlBlanks(rec, i)
			if i >= len(rec) {
				return 0, false
			}
			if rec[i] == ')' {
				i++
				break
			}
			if rec[i] != ',' {
				return 0, false
			}
			i++
		}
		j := sqlBlanks(rec, i)
		if j >= len(rec) || rec[j] != ',' {
			return i, true
		}
		j = sqlBlanks(rec, j+1)
		if j >= len(rec) || rec[j] != '(' {
			return i, true
		}
		i = j
	}
}

// bindValues reads the bind list opened at rec[open] and names its values
// by the slots: markers when the statement has any, else its literals.
func bindValues(dst *[]Field, rec []byte, open int, ss *sqlSlots) int {
	slots := ss.n
	if ss.markers > 0 {
		slots = ss.markers
		if ss.numbered {
			slots = 0
			for _, s := range ss.s[:ss.n] {
				if !s.marker || s.num == 0 {
					return 0 // $1 beside ?: not one scheme
				}
				slots = max(slots, s.num)
			}
		}
	}
	var spans [maxSQLSlots][2]int
	i := open
	j := sqlBlanks(rec, i+1)
	batch := rec[i] == '[' && j < len(rec) && rec[j] == '('
	if batch {
		i = j // JDBC batch: [(a,b),(c,d)]
	}
	named := 0
	n0 := 0
	if dst != nil {
		n0 = len(*dst)
	}
	for {
		n, end, ok := listValues(rec, i, &spans)
		if !ok || n != slots {
			if dst != nil {
				*dst = (*dst)[:n0]
			}
			return 0
		}
		for k := 0; k < n; k++ {
			col := slotColumn(ss, k)
			if col[0] >= col[1] {
				continue // no column, or an empty quoted name ("")
			}
			named++
			if dst != nil {
				*dst = append(*dst, Field{Name: rec[col[0]:col[1]:col[1]], NameStart: -1, Start: int32(spans[k][0]), End: int32(spans[k][1])})
			}
		}
		if !batch {
			return named
		}
		j := sqlBlanks(rec, end)
		if j >= len(rec) || rec[j] != ',' {
			return named
		}
		j = sqlBlanks(rec, j+1)
		if j >= len(rec) || rec[j] != '(' {
			return named
		}
		i = j
	}
}

// slotColumn returns the column of the k-th bound value (0-based).
func slotColumn(ss *sqlSlots, k int) [2]int {
	if ss.numbered {
		for _, s := range ss.s[:ss.n] {
			if s.num == k+1 {
				return s.col
			}
		}
		return [2]int{}
	}
	m := 0
	for _, s := range ss.s[:ss.n] {
		if ss.markers > 0 && !s.marker {
			continue
		}
		if m == k {
			return s.col
		}
		m++
	}
	return [2]int{}
}

// listValues reads the values of the list opened at rec[i] into spans
// (string values without their quotes) and returns their number and the
// offset after its closing bracket.
func listValues(rec []byte, i int, spans *[maxSQLSlots][2]int) (n, end int, ok bool) {
	cl := byte(')')
	if rec[i] == '[' {
		cl = ']'
	}
	i++
	if j := sqlBlanks(rec, i); j < len(rec) && rec[j] == cl {
		return 0, j + 1, true
	}
	for {
		i = sqlBlanks(rec, i)
		if i >= len(rec) || n == maxSQLSlots {
			return 0, 0, false
		}
		var s, e int
		if c := rec[i]; c == '\'' || c == '"' {
			if e = quotedEnd(rec, i); e < 0 {
				return 0, 0, false
			}
			s, i = i+1, e
			e--
		} else {
			if rec[i] == '[' {
				return 0, 0, false // Rails' [["name", value], ...]: pairs named already
			}
			s = i
			depth := 0
			for i < len(rec) && (depth > 0 || rec[i] != ',' && rec[i] != cl) {
				switch rec[i] {
				case '(', '[', '{':
					depth++
				case ')', ']', '}':
					depth--
				case '\'', '"':
					if depth == 0 {
						break // an apostrophe in an unquoted value (O'Brien)
					}
					q := quotedEnd(rec, i)
					if q < 0 {
						return 0, 0, false
					}
					i = q - 1
				}
				i++
			}
			e = i
			for e > s && rec[e-1] == ' ' {
				e--
			}
		}
		spans[n] = [2]int{s, e}
		n++
		i = sqlBlanks(rec, i)
		if i >= len(rec) {
			return 0, 0, false
		}
		if rec[i] == cl {
			return n, i + 1, true
		}
		if rec[i] != ',' {
			return 0, 0, false
		}
		i++
	}
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// HasBindMarker reports whether rec holds a marker as a prepared statement
// writes it: '?' after '=', '(', ',' or a blank and before ',', ')', a
// blank or the end (a URL's '?' sits between a path and a query), or $1.
// It is the cheap first test of MarkerColumns.
func HasBindMarker(rec []byte) bool {
	for from := 0; ; {
		k := bytes.IndexByte(rec[from:], '?')
		if k < 0 {
			break
		}
		k += from
		if k > 0 && (rec[k-1] == '=' || rec[k-1] == '(' || rec[k-1] == ',' || rec[k-1] == ' ') &&
			(k+1 == len(rec) || rec[k+1] == ',' || rec[k+1] == ')' || rec[k+1] == ' ' || rec[k+1] == '"') {
			return true
		}
		from = k + 1
	}
	k := bytes.IndexByte(rec, '$')
	return k >= 0 && k+1 < len(rec) && rec[k+1] == '1'
}

// MarkerColumns appends to dst the column of each marker of the prepared
// statement in rec, by the number of the value bound to it (index 0 for
// ? 1 or $1; {0, 0} for a marker without a column), when rec holds such a
// statement and neither a bind list nor literals: the values come in
// records of their own (Hibernate's bind lines, MyBatis' Parameters:, see
// BindLine). It returns dst unchanged otherwise.
func MarkerColumns(dst [][2]int, rec []byte) [][2]int {
	start := sqlClauseAt(rec)
	if start < 0 || bindListAt(rec, start) >= 0 {
		return dst
	}
	var ss sqlSlots
	if !sqlStatementSlots(rec, start, &ss) || ss.markers == 0 || ss.n != ss.markers || bytes.IndexByte(rec[start:], '\'') >= 0 {
		// No marker, or the values are in the record too: literals
		// (p6spy's "prepared|with its literals").
		return dst
	}
	n := ss.markers
	if ss.numbered {
		n = 0
		for _, s := range ss.s[:ss.n] {
			if !s.marker || s.num == 0 {
				return dst
			}
			n = max(n, s.num)
		}
	}
	for k := 0; k < n; k++ {
		dst = append(dst, slotColumn(&ss, k))
	}
	return dst
}

// BindLine reads a record that logs values bound to the markers of a
// statement logged before it, and appends to dst each value's span with
// its number (1-based) in the third element:
//
//	binding parameter [2] as [VARCHAR] - [Jane]        (Hibernate 5, BasicBinder)
//	binding parameter (2:VARCHAR) <- [Jane]            (Hibernate 6)
//	==> Parameters: Jane(String), 42(Long), null       (MyBatis)
//
// It returns dst unchanged for any other record.
func BindLine(dst [][3]int, rec []byte) [][3]int {
	if k := bytes.Index(rec, []byte("binding parameter ")); k >= 0 {
		return hibernateBind(dst, rec, k+len("binding parameter "))
	}
	if k := bytes.Index(rec, []byte("Parameters: ")); k >= 0 && bytes.Contains(rec[:k], []byte("==>")) {
		return myBatisParams(dst, rec, k+len("Parameters: "))
	}
	return dst
}

// hibernateBind reads "[N] as [TYPE] - [value]" or "(N:TYPE) <- [value]"
// at rec[i]; the value runs to the last ']' of the record.
func hibernateBind(dst [][3]int, rec []byte, i int) [][3]int {
	if i >= len(rec) || rec[i] != '[' && rec[i] != '(' {
		return dst
	}
	num, j := 0, i+1
	for j < len(rec) && isDigitByte(rec[j]) && num < 1000 {
		num = num*10 + int(rec[j]-'0')
		j++
	}
	if j == i+1 || num == 0 {
		return dst
	}
	var sep string
	if rec[i] == '[' {
		sep = "] - ["
	} else {
		sep = ") <- ["
	}
	k := bytes.Index(rec[j:], []byte(sep))
	if k < 0 || k > 40 {
		return dst
	}
	s := j + k + len(sep)
	e := len(rec)
	for e > s && (rec[e-1] == ' ' || rec[e-1] == '\r' || rec[e-1] == '\n') {
		e--
	}
	if e <= s || rec[e-1] != ']' {
		return dst
	}
	return append(dst, [3]int{s, e - 1, num})
}

// myBatisParams reads MyBatis' "v1(Type), v2(Type), null" at rec[i]: each
// value ends with its Java type in parentheses, or is null.
func myBatisParams(dst [][3]int, rec []byte, i int) [][3]int {
	n0, num := len(dst), 0
	for i < len(rec) {
		num++
		// The value ends at the first "(Type)" followed by ", " or the
		// end, or is null.
		if len(rec)-i >= 4 && string(rec[i:i+4]) == "null" && (i+4 == len(rec) || rec[i+4] == ',') {
			i += 4
		} else {
			vs, e := i, -1
			for k := i; k < len(rec); k++ {
				if rec[k] != '(' {
					continue
				}
				t := k + 1
				for t < len(rec) && ('a' <= rec[t]|0x20 && rec[t]|0x20 <= 'z' || rec[t] == '.') {
					t++
				}
				if t > k+1 && t < len(rec) && rec[t] == ')' && (t+1 == len(rec) || rec[t+1] == ',' || rec[t+1] == '\r' || rec[t+1] == '\n') {
					e = k
					i = t + 1
					break
				}
			}
			if e < 0 {
				return dst[:n0]
			}
			dst = append(dst, [3]int{vs, e, num})
		}
		if i < len(rec) && rec[i] == ',' {
			i++
			for i < len(rec) && rec[i] == ' ' {
				i++
			}
			continue
		}
		break
	}
	return dst
}
