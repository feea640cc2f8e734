package redact

import "bytes"

// A GraphQL request as servers and gateways log it (Hasura's query-log,
// Apollo's and a service's own request logs): {"query":"query
// Q($v: String!) { customers(where: {last_name: {_ilike: $v}}) { id }
// }","variables":{"v":"Doe"}}. A variable's name may say nothing of its
// value; the query says which field it is compared with or which argument
// it fills, and each variable takes that field's name as its key. A
// value so found is looked for again in the record (echo.go), where the
// server's log repeats it: the SQL's bound arguments.

// graphQLQuery reports whether the object whose '{' is at src[o] (sixteen
// members at most) has a "query" string that holds an operation with
// variables ('$' and '{'), and keeps its text in r.gqlQuery.
func (r *Redactor) graphQLQuery(src []byte, o, depth int) bool {
	if r.aheadBudget <= 0 {
		return false
	}
	i := skipWS(src, o+1)
	for n := 0; n < 16 && i < len(src) && src[i] == '"'; n++ {
		end, esc, ok := scanString(src, i)
		if !ok {
			return false
		}
		j := skipWS(src, end)
		if j >= len(src) || src[j] != ':' {
			return false
		}
		v := skipWS(src, j+1)
		if !esc && end-i == 7 && string(src[i+1:end-1]) == "query" && v < len(src) && src[v] == '"' {
			e, vesc, ok := scanString(src, v)
			if !ok {
				return false
			}
			r.aheadBudget -= e - v
			if vesc {
				r.gqlQuery = appendUnescaped(r.gqlQuery[:0], src[v+1:e-1])
			} else {
				r.gqlQuery = append(r.gqlQuery[:0], src[v+1:e-1]...)
			}
			return bytes.IndexByte(r.gqlQuery, '$') >= 0 && bytes.IndexByte(r.gqlQuery, '{') >= 0
		}
		e, ok := skipValue(src, v, depth)
		if !ok {
			return false
		}
		r.aheadBudget -= e - i
		i = skipWS(src, e)
		if i >= len(src) || src[i] != ',' {
			return false
		}
		i = skipWS(src, i+1)
	}
	return false
}

// gqlNameByte reports whether c may be in a GraphQL name
// (/[_A-Za-z][_0-9A-Za-z]*/).
func gqlNameByte(c byte) bool { return isAlnum(c) || c == '_' }

// gqlSpace reports whether c is GraphQL's ignored white space or comma.
func gqlSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' }

// graphQLField returns the field or argument that the operation q binds
// the variable name to: the name before the ':' before its '$' (user(login:
// $login), {email: $v}); an operator's (Hasura's _eq, _ilike: a name with
// '_' first) passes it to the field whose object the operator is in
// ({last_name: {_ilike: $v}}). It returns nil when q does not use the
// variable so; the operation's declaration ($v: String!) is no use.
func graphQLField(q, name []byte) []byte {
	for from := 0; from < len(q); {
		k := bytes.IndexByte(q[from:], '$')
		if k < 0 {
			return nil
		}
		k += from
		from = k + 1
		e := k + 1 + len(name)
		if e > len(q) || !bytes.Equal(q[k+1:e], name) || e < len(q) && gqlNameByte(q[e]) {
			continue
		}
		p := e
		for p < len(q) && gqlSpace(q[p]) {
			p++
		}
		if p < len(q) && q[p] == ':' {
			continue // the declaration
		}
		for level := 0; level < 3; level++ {
			b := k - 1
			for b >= 0 && gqlSpace(q[b]) {
				b--
			}
			if b < 0 || q[b] != ':' {
				break
			}
			b--
			for b >= 0 && gqlSpace(q[b]) {
				b--
			}
			ne := b + 1
			for b >= 0 && gqlNameByte(q[b]) {
				b--
			}
			f := q[b+1 : ne]
			if len(f) == 0 {
				break
			}
			if f[0] != '_' {
				return f
			}
			for b >= 0 && gqlSpace(q[b]) {
				b--
			}
			if b < 0 || q[b] != '{' {
				break
			}
			k = b // the operator's object: its field is before it
		}
	}
	return nil
}

// graphQLVariables walks the variables object at src[i]: each member's
// value takes as its key the field r.gqlQuery binds the variable to, or
// the variable's name.
func (r *Redactor) graphQLVariables(dst []byte, i int, ov Action, depth int) ([]byte, int) {
	src := r.src
	r.gqlIn = true
	defer func() { r.gqlIn, r.echoAll = false, false }()
	i = skipWS(src, i+1) // '{'
	if i < len(src) && src[i] == '}' {
		return dst, i + 1
	}
	for {
		if i >= len(src) || src[i] != '"' {
			r.bad = i
			return dst, i
		}
		kEnd, esc, ok := scanString(src, i)
		if !ok {
			r.bad = kEnd
			return dst, kEnd
		}
		name := src[i+1 : kEnd-1]
		if esc || !gqlName(name) {
			// No GraphQL name: the key is read as any member's.
			mark := len(r.keyBuf)
			key := name
			if esc {
				r.keyBuf = appendUnescaped(r.keyBuf, name)
				key = r.keyBuf[mark:]
			}
			changed, err := r.redactContent(key, actNone, nil, keyInfo{}, strMaybe)
			if err != nil {
				r.qerr = err
				return dst, i
			}
			if changed {
				dst = append(r.replace(dst, i, kEnd), '"')
				dst = appendEscaped(dst, r.work)
				dst = append(dst, '"')
			}
			r.keyBuf = r.keyBuf[:mark]
			name = nil
		}
		j := skipWS(src, kEnd)
		if j >= len(src) || src[j] != ':' {
			r.bad = j
			return dst, j
		}
		vs := skipWS(src, j+1)
		var ek []byte
		if name != nil {
			ek = name
			if f := graphQLField(r.gqlQuery, name); f != nil {
				ek = f
				r.echoAll = true
			}
		}
		var eki keyInfo
		if len(ek) > 0 {
			eki = r.sc.cachedInfo(ek)
		}
		dst, i = r.value(dst, vs, -1, ov, ek, eki, depth+1)
		r.echoAll = false
		if r.failed() {
			return dst, i
		}
		j = skipWS(src, i)
		if j >= len(src) {
			r.bad = j
			return dst, j
		}
		switch src[j] {
		case ',':
			i = skipWS(src, j+1)
		case '}':
			return dst, j + 1
		default:
			r.bad = j
			return dst, j
		}
	}
}

// gqlName reports whether v is a GraphQL name.
func gqlName(v []byte) bool {
	if len(v) == 0 || isDigit(v[0]) {
		return false
	}
	for _, c := range v {
		if !gqlNameByte(c) {
			return false
		}
	}
	return true
}
