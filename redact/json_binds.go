package redact

import "github.com/redactd/redactd/redact/textfmt"

// A prepared statement and its values as members of one JSON object:
// Laravel's query log and DB::listen ({"query":"insert into `users`
// (`name`, `email`) values (?, ?)","bindings":["Jane Doe","a@b.example"]}),
// knex's query event ({"sql":...,"bindings":[...]}), a logger's
// {"statement":...,"params":[...]}. Each element of the bind array takes
// the column of its marker as its key, as the text form of the same log
// line does (textfmt/sqlbound.go).

// bindArrayKey reports whether a member called key may hold a bind list.
func bindArrayKey(key []byte) bool {
	switch len(key) {
	case 4:
		return foldEq(key, "args") || foldEq(key, "bind")
	case 5:
		return foldEq(key, "binds")
	case 6:
		return foldEq(key, "params")
	case 8:
		return foldEq(key, "bindings") || foldEq(key, "bindvars")
	case 9:
		return foldEq(key, "arguments")
	case 10:
		return foldEq(key, "parameters")
	}
	return false
}

// statementKey reports whether a member called key may hold the statement.
func statementKey(key []byte) bool {
	switch len(key) {
	case 3:
		return foldEq(key, "sql")
	case 4:
		return foldEq(key, "stmt")
	case 5:
		return foldEq(key, "query")
	case 9:
		return foldEq(key, "statement") || foldEq(key, "sql_query")
	}
	return false
}

// statementColumns returns the columns of the markers of the statement in
// a string member of the object whose '{' is at src[o] (sixteen members
// at most), by the number of the value bound to each; nil when it has no
// such member. The names are kept in r.bindSQL.
func (r *Redactor) statementColumns(src []byte, o, depth int) [][2]int {
	if r.aheadBudget <= 0 {
		return nil
	}
	i := skipWS(src, o+1)
	for n := 0; n < 16 && i < len(src) && src[i] == '"'; n++ {
		end, esc, ok := scanString(src, i)
		if !ok {
			return nil
		}
		j := skipWS(src, end)
		if j >= len(src) || src[j] != ':' {
			return nil
		}
		v := skipWS(src, j+1)
		if !esc && statementKey(src[i+1:end-1]) && v < len(src) && src[v] == '"' {
			e, vesc, ok := scanString(src, v)
			if !ok {
				return nil
			}
			r.aheadBudget -= e - v
			if vesc {
				r.bindSQL = appendUnescaped(r.bindSQL[:0], src[v+1:e-1])
			} else {
				r.bindSQL = append(r.bindSQL[:0], src[v+1:e-1]...)
			}
			r.bindCols = textfmt.MarkerColumns(r.bindCols[:0], r.bindSQL)
			if len(r.bindCols) > 0 {
				return r.bindCols
			}
			return nil
		}
		e, ok := skipValue(src, v, depth)
		if !ok {
			return nil
		}
		r.aheadBudget -= e - i
		i = skipWS(src, e)
		if i >= len(src) || src[i] != ',' {
			return nil
		}
		i = skipWS(src, i+1)
	}
	return nil
}

// bindArray walks the array at src[i] whose elements are the values bound
// to the markers of cols: each takes its marker's column as its key.
func (r *Redactor) bindArray(dst []byte, i int, cols [][2]int, ov Action, key []byte, ki keyInfo, depth int) ([]byte, int) {
	src := r.src
	i = skipWS(src, i+1) // '['
	if i < len(src) && src[i] == ']' {
		return dst, i + 1
	}
	for k := 0; ; k++ {
		ek, eki := key, ki
		if k < len(cols) && cols[k][0] < cols[k][1] {
			ek = r.bindSQL[cols[k][0]:cols[k][1]]
			eki = r.sc.cachedInfo(ek)
		}
		dst, i = r.value(dst, i, -1, ov, ek, eki, depth+1)
		if r.failed() {
			return dst, i
		}
		j := skipWS(src, i)
		if j >= len(src) {
			r.bad = j
			return dst, j
		}
		switch src[j] {
		case ',':
			i = skipWS(src, j+1)
		case ']':
			return dst, j + 1
		default:
			r.bad = j
			return dst, j
		}
	}
}
