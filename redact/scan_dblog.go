package redact

// Database servers' logs (and Exim's): the places where PostgreSQL and
// MySQL write a login, and the passwords of the statements they log.
//
// A login, counted when written as a person's name (personLogin) as the
// other login cues do, so that postgres, replicator and grafana stay:
//
//   - before '@' and an address, or a database name and an address:
//     PostgreSQL's log_line_prefix "%u@%d %r" ("jane.doe@billing
//     203.0.113.5(52814)", "%u@%d %h"), MySQL's general query log
//     ("Connect jane.doe@203.0.113.5 on billing");
//   - MySQL's slow query log header "# User@Host: jane.doe[jane.doe] @ ...",
//     both the user and the bracketed authenticated user;
//   - the second field of a CSV row whose first is a timestamp, quoted,
//     then a quoted database name and a pid: PostgreSQL's csvlog
//     ("2026-11-23 20:00:01.123 UTC,"jane.doe","billing",4242,...");
//   - the role of CREATE/ALTER/DROP ROLE ("ALTER ROLE jane.doe WITH ...";
//     "USER jane.doe" is the user cue of scan_login.go);
//   - the value of a unique violation's key when the column names a login:
//     "Key (username)=(jane.doe) already exists." (PostgreSQL's DETAIL);
//   - the id after Exim's A=authenticator: in its mainlog's arrivals
//     ("A=dovecot_plain:jane.doe S=4823"; its set_id= is a user key).
//
// A password as a statement gives it: PostgreSQL's "[ENCRYPTED] PASSWORD
// 'x'" (CREATE/ALTER ROLE/USER) and MySQL's "IDENTIFIED BY 'x'": the
// literal, quotes doubled inside, is a secret. Statements with their
// literals reach the server log under log_statement = 'all' and MySQL's
// general log.

// dbLoginAt reports whether the word at src[i:w], followed by '.', opens
// a login that a database log's layout names.
func dbLoginAt(src []byte, i, w int) bool {
	_, ok := dbLoginEnd(src, i, w)
	return ok
}

// scanDBLogin matches the login that starts at src[i].
func scanDBLogin(src []byte, i, w int) (hit, bool) {
	e, ok := dbLoginEnd(src, i, w)
	if !ok {
		return hit{}, false
	}
	return hit{det: DetName, start: i, end: e}, true
}

// dbLoginEnd returns the end of the login at src[i] and whether the bytes
// around it are one of the layouts above.
func dbLoginEnd(src []byte, i, w int) (int, bool) {
	if w >= len(src) || src[w] != '.' {
		return 0, false
	}
	if i > 0 {
		switch src[i-1] {
		case ' ', '\t', ']', '"', '[', '(', ':':
		default:
			return 0, false // every cue below has one of these before the login
		}
	}
	n := len(src)
	e := w
	for e < n && e-i <= 64 && (isAlpha(src[e]) || src[e] == '.' || src[e] == '_' || src[e] == '-') {
		e++
	}
	for e > i && src[e-1] == '.' {
		e--
	}
	if e < n && isDigit(src[e]) {
		return 0, false
	}
	if !dbLoginCue(src, i, e) || !personLogin(src[i:e]) || hostName(src[i:e]) || fileName(src[i:e]) {
		return 0, false
	}
	return e, true
}

// dbLoginCue reports whether the bytes around the login src[i:e] are one
// of the layouts above.
func dbLoginCue(src []byte, i, e int) bool {
	rest := src[e:]
	var prev byte
	if i > 0 {
		prev = src[i-1]
	}
	switch {
	case len(rest) > 1 && rest[0] == '@':
		// user@address or user@db address; not after a word byte
		// (a path, an e-mail's local part elsewhere).
		if prev != 0 && prev != ' ' && prev != '\t' && prev != ']' {
			return false
		}
		return atAddressAfter(rest[1:])
	case prev == '"' && i >= 2 && src[i-2] == ',':
		return csvlogUser(src, i-2, rest)
	case prev == '[':
		// The authenticated user of "# User@Host: u[u] @ host [ip]".
		// When the user before it was masked, the scan resumes at the
		// '[': the rest of the header alone must say it.
		return userHostTail(rest) && (i == 1 || userHostBefore(src, i-1))
	case prev == '"' && i >= 2 && src[i-2] == '"':
		// csvlog's message quotes a quote: user ""jane.doe"".
		return len(rest) >= 2 && rest[0] == '"' && rest[1] == '"' && hasSuffixAt(src, i-2, "user ")
	case prev == ' ':
		switch {
		case hasSuffixAt(src, i, "User@Host: "):
			return len(rest) > 0 && (rest[0] == '[' || rest[0] == ' ')
		case hasSuffixAt(src, i, " ROLE ") || hasSuffixAt(src, i, " role "):
			return roleStatement(src, i-6) && (len(rest) == 0 || isValueEnd(rest[0]) || rest[0] == ';')
		}
	case prev == '(':
		return len(rest) >= 2 && rest[0] == ')' && loginKeyColumn(src, i-1)
	case prev == ':':
		// Exim's A=authenticator:id (the mainlog's arrival lines)
		return (len(rest) == 0 || rest[0] == ' ' || rest[0] == ':') && eximAuthBefore(src, i-1)
	}
	return false
}

// eximAuthBefore reports whether the ':' at src[c] follows Exim's " A="
// and an authenticator's name (dovecot_plain, plain_server).
func eximAuthBefore(src []byte, c int) bool {
	k := c
	for k > 0 && c-k < 40 && (isAlnum(src[k-1]) || src[k-1] == '_' || src[k-1] == '-') {
		k--
	}
	return k < c && hasSuffixAt(src, k, " A=")
}

// atAddressAfter reports whether b, what follows a login's '@', is an
// address, or a database name (a word without dots) and a blank and an
// address.
func atAddressAfter(b []byte) bool {
	if addressAt(b, 0) {
		return true
	}
	k := 0
	for k < len(b) && k < 64 && (isAlnum(b[k]) || b[k] == '_' || b[k] == '-' || b[k] == '$') {
		k++
	}
	return k > 0 && k+1 < len(b) && b[k] == ' ' && addressAt(b, k+1)
}

// csvlogUser reports whether the '"' at src[c+1] opens a CSV row's second
// field after a timestamp first field, and rest (after the login) closes it
// and goes on with a quoted name and a number: ","db",4242,.
func csvlogUser(src []byte, c int, rest []byte) bool {
	if len(rest) < 6 || rest[0] != '"' || rest[1] != ',' || rest[2] != '"' {
		return false
	}
	k := 3
	for k < len(rest) && k < 70 && rest[k] != '"' {
		k++
	}
	if k+2 >= len(rest) || rest[k+1] != ',' || !isDigit(rest[k+2]) {
		return false
	}
	return c >= 19 && timestampField(src[:c])
}

// timestampField reports whether b, a line's first field, is a date and
// time: 2026-11-23 20:00:01[.123][ zone].
func timestampField(b []byte) bool {
	if len(b) < 19 || len(b) > 40 || !dateTimeAt(b) {
		return false
	}
	for _, c := range b[19:] {
		if !isAlnum(c) && c != '.' && c != ' ' && c != '+' && c != '-' && c != ':' {
			return false
		}
	}
	return true
}

// dateTimeAt reports whether b opens with yyyy-mm-dd, 'T' or ' ', hh:mm:ss.
func dateTimeAt(b []byte) bool {
	if len(b) < 19 {
		return false
	}
	for x, c := range b[:19] {
		switch x {
		case 4, 7:
			if c != '-' {
				return false
			}
		case 10:
			if c != ' ' && c != 'T' {
				return false
			}
		case 13, 16:
			if c != ':' {
				return false
			}
		default:
			if !isDigit(c) {
				return false
			}
		}
	}
	return true
}

// userHostBefore reports whether the '[' at src[b] follows "# User@Host: "
// and a login.
func userHostBefore(src []byte, b int) bool {
	k := b
	for k > 0 && b-k < 65 && src[k-1] != ' ' {
		k--
	}
	return k < b && hasSuffixAt(src, k, "User@Host: ")
}

// userHostTail reports whether b, after the bracketed user, goes on as
// the slow log's header does: "] @ " an optional host name, then " [" and
// an address.
func userHostTail(b []byte) bool {
	if !hasPrefix(b, "] @ ") {
		return false
	}
	k := 4
	for k < len(b) && k < 260 && b[k] != ' ' {
		k++
	}
	return k+2 < len(b) && b[k] == ' ' && b[k+1] == '[' && addressAt(b, k+2)
}

// roleStatement reports whether the " ROLE " at src[r] follows CREATE,
// ALTER or DROP (any case).
func roleStatement(src []byte, r int) bool {
	k := r
	for k > 0 && r-k < 7 && isAlpha(src[k-1]) {
		k--
	}
	v := src[k:r]
	return (k == 0 || !isAlnum(src[k-1])) && (foldEq(v, "create") || foldEq(v, "alter") || foldEq(v, "drop"))
}

// loginKeyColumn reports whether the '(' at src[p] opens the value of a
// unique key whose column names a login: "Key (username)=(".
func loginKeyColumn(src []byte, p int) bool {
	if p < 2 || src[p-1] != '=' || src[p-2] != ')' {
		return false
	}
	e := p - 2
	k := e
	for k > 0 && e-k < 32 && (isAlnum(src[k-1]) || src[k-1] == '_') {
		k--
	}
	if k < 5 || src[k-1] != '(' || !hasSuffixAt(src, k-1, "Key ") {
		return false
	}
	return keyContext(src[k:e]) == ctxLogin
}

// hasSuffixAt reports whether src[:i] ends with s.
func hasSuffixAt(src []byte, i int, s string) bool {
	return i >= len(s) && string(src[i-len(s):i]) == s
}

// sqlPasswordAt reports whether the word src[i:w] is PASSWORD or
// IDENTIFIED BY's BY followed by " '".
func sqlPasswordAt(src []byte, i, w int) bool {
	if w+2 >= len(src) || src[w] != ' ' || src[w+1] != '\'' {
		return false
	}
	switch w - i {
	case 8:
		return foldEq(src[i:w], "password") && (i == 0 || src[i-1] == ' ')
	case 2:
		return foldEq(src[i:w], "by") && i >= 11 && foldEq(src[i-11:i-1], "identified") && src[i-1] == ' '
	}
	return false
}

// scanSQLPassword matches the literal after PASSWORD or IDENTIFIED BY:
// its text between the quotes, ” inside it included.
func scanSQLPassword(src []byte, i, w int) (hit, bool) {
	if !sqlPasswordAt(src, i, w) {
		return hit{}, false
	}
	v := w + 2
	e := v
	for e < len(src) && e-v < 256 {
		if src[e] == '\'' {
			if e+1 < len(src) && src[e+1] == '\'' {
				e += 2
				continue
			}
			break
		}
		e++
	}
	if e == v || e >= len(src) {
		return hit{}, false
	}
	return hit{det: DetSecret, start: v, end: e}, true
}

// notCredential reports whether v, under a session or token key, is a
// value that holds no secret: a date and time (PostgreSQL's session_start
// beside its session_id), or a PostgreSQL session id (%c: the backend's
// start time and pid in hex, "6b049477.11727").
func notCredential(v []byte) bool {
	return dateTimeAt(v) || pgSessionID(v) || windowsSID(v)
}

// windowsSID reports whether v is a Windows security identifier
// (S-1-5-18, S-1-5-21-3623811015-3361044348-30300820-1013): the id of an
// account or group, not a credential, under a *Sid key of an event.
func windowsSID(v []byte) bool {
	if len(v) < 5 || len(v) > 184 || v[0] != 'S' || v[1] != '-' || v[2] != '1' || v[3] != '-' {
		return false
	}
	digits := 0
	for _, c := range v[4:] {
		switch {
		case isDigit(c):
			if digits++; digits > 10 {
				return false
			}
		case c == '-' && digits > 0:
			digits = 0
		default:
			return false
		}
	}
	return digits > 0
}

// windowsPrincipal reports whether v is one of Windows' well-known
// principals that events give as a user name: no person's login, though
// written as two capitalised words.
func windowsPrincipal(v []byte) bool {
	switch len(v) {
	case 13:
		return string(v) == "LOCAL SERVICE"
	case 15:
		return string(v) == "ANONYMOUS LOGON" || string(v) == "NETWORK SERVICE"
	}
	return false
}

// pgSessionID reports whether v is eight hex digits of a Unix time from
// 2012 to 2038 (0x50000000 to 0x7fffffff), '.', and one to eight hex
// digits of a pid.
func pgSessionID(v []byte) bool {
	if len(v) < 10 || len(v) > 17 || v[8] != '.' || v[0] < '5' || v[0] > '7' {
		return false
	}
	for x, c := range v {
		if x != 8 && !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// A bare run of digits under a key that names an id is that id, not a
// payment card, even when it passes the Luhn check: PostgreSQL's query_id
// and pg_stat_statements' queryid (a signed 64-bit hash, 18 or 19 digits),
// snowflake ids, order and trace ids. One 13- to 19-digit number in ten
// passes Luhn, and most issuer prefixes (Maestro's 50 and 56 to 69, Visa's
// 4) take a 19-digit length. A key that names a card (card_id, pan_id)
// keeps its number's detection.

// idKey reports whether key names an id: "id", or a name ending in
// "_id", "-id", ".id" or a camel-case "Id"/"ID" (queryId, userID), but
// none that names a card.
func idKey(key []byte) bool {
	l := len(key)
	if l < 2 || lower(key[l-2]) != 'i' || lower(key[l-1]) != 'd' {
		return false
	}
	if l > 2 {
		c := key[l-3]
		camel := key[l-2] == 'I' && (c >= 'a' && c <= 'z' || isDigit(c))
		if c != '_' && c != '-' && c != '.' && c != ' ' && !camel && !(key[l-2] == 'i' && isLowerWord(key[:l-2])) {
			return false
		}
	}
	return indexFold(key, "card") < 0 && indexFold(key, "pan") < 0 && indexFold(key, "account") < 0
}

// isLowerWord reports whether w is a short lower-case prefix that makes
// "queryid", "traceid", "msgid" one word with "id".
func isLowerWord(w []byte) bool {
	switch string(w) {
	case "query", "trace", "span", "msg", "message", "request", "req", "event", "order", "txn", "session", "job", "task", "object", "row", "doc", "node", "thread":
		return true
	}
	return false
}

// idKeyBefore reports whether the digits at src[i] are the value of a key
// that names an id: id=N, "query_id":N, query_id: N, queryid N is not.
func idKeyBefore(src []byte, i int) bool {
	k := i
	if k > 0 && src[k-1] == '-' {
		k--
	}
	if k > 0 && src[k-1] == '"' {
		k--
	}
	if k > 0 && src[k-1] == ' ' {
		k--
	}
	if k == 0 || src[k-1] != '=' && src[k-1] != ':' {
		return false
	}
	k--
	if k > 0 && (src[k-1] == '"' || src[k-1] == '\'') {
		k--
	}
	e := k
	for k > 0 && e-k < 40 && (isAlnum(src[k-1]) || src[k-1] == '_' || src[k-1] == '-' || src[k-1] == '.') {
		k--
	}
	return k < e && idKey(src[k:e])
}

// idNumber reports whether the card h is the whole of src, a bare number,
// with or without a minus sign (a signed 64-bit hash).
func idNumber(src []byte, h hit) bool {
	s := 0
	if len(src) > 0 && src[0] == '-' {
		s = 1
	}
	return h.start == s && h.end == len(src) && bareDigits(src[s:])
}

// bareDigits reports whether b is digits only.
func bareDigits(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return len(b) > 0
}

// dottedContext classifies a dotted field path by its last element, the
// dot at key[d]: a search engine's multi-field suffix (.keyword, .raw)
// gives the element before it its say ("customer.last_name.keyword" is a
// last name), and ECS's user.name (source.user.name, winlog.user.name) is
// a login, where name alone names anything.
func dottedContext(key []byte, d int) keyCtx {
	last := key[d+1:]
	switch {
	case multiFieldSuffix(last):
		for i := d - 1; i > 0; i-- {
			if key[i] == '.' {
				return dottedContext(key[:d], i)
			}
		}
		return keyContextName(key[:d])
	case len(last) == 4 && foldEq(last, "name") && d >= 4 && foldEq(key[d-4:d], "user") && (d == 4 || key[d-5] == '.'):
		return ctxLogin
	}
	return keyContextName(last)
}

// multiFieldSuffix reports whether w is one of the sub-field names that
// Elasticsearch and OpenSearch mappings give a text field's other
// indexings (keyword, raw, exact...).
func multiFieldSuffix(w []byte) bool {
	switch len(w) {
	case 3:
		return foldEq(w, "raw")
	case 5:
		return foldEq(w, "exact")
	case 7:
		return foldEq(w, "keyword")
	case 9:
		return foldEq(w, "lowercase")
	}
	return false
}

// jsonObjectAt reports whether a JSON object opens at src[v]: '{' and a
// member name's quote, escaped or not ({"value":..., {\"query\":...).
// An LDAP password hash ({SSHA}...) is no object.
func jsonObjectAt(src []byte, v int) bool {
	if v+1 >= len(src) || src[v] != '{' {
		return false
	}
	return src[v+1] == '"' || src[v+1] == '\\' && v+2 < len(src) && src[v+2] == '"'
}

// idDigits reports whether v, an id column's value, is a number as long
// as a card's (13 digits or more, a minus sign allowed): the only value
// that column's name changes (see idKey).
func idDigits(v []byte) bool {
	if len(v) > 0 && v[0] == '-' {
		v = v[1:]
	}
	return len(v) >= 13 && isDigit(v[0]) && isDigit(v[len(v)-1])
}
