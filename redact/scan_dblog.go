package redact

import "bytes"

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
//     both the user and the bracketed authenticated user, and the same
//     "user[user] @ host [ip]" as a value of its own (Percona's audit log);
//   - the second field of a CSV row whose first is a timestamp, quoted,
//     then a quoted database name and a pid: PostgreSQL's csvlog
//     ("2026-11-23 20:00:01.123 UTC,"jane.doe","billing",4242,...");
//   - the role of CREATE/ALTER/DROP ROLE ("ALTER ROLE jane.doe WITH ...";
//     "USER jane.doe" is the user cue of scan_login.go) and the grantee of
//     GRANT ("GRANT SELECT ON public.customers TO jane.doe", as pgaudit's
//     ROLE class logs it);
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

// dbLoginAt reports whether the word at src[i:w] opens the bracketed
// login of MySQL's slow log header ("# User@Host: jdoe[jdoe] @ host [ip]"):
// the one login of these layouts that no word right before it announces
// (the scan resumes at the '[' when the user before it was masked).
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

// dbLoginEnd returns the end of the bracketed login at src[i] and whether
// the header goes on around it as the slow log writes it.
func dbLoginEnd(src []byte, i, w int) (int, bool) {
	if w < len(src) && (src[w] == '[' || src[w] == '.' || src[w] == '_' || src[w] == '-') && (i == 0 || src[i-1] == '"') {
		// The header's "user[user] @ host [ip]" as a value of its own:
		// Percona's audit log USER field (JSON member, CSV column).
		e := loginRunEnd(src, i)
		if e < len(src) && src[e] == '[' && userHostTail(src[loginRunEnd(src, e+1):]) && dbAccount(src[i:e]) {
			return e, true
		}
	}
	if i == 0 || src[i-1] != '[' || w >= len(src) || !dbLoginAfter(src[w]) {
		return 0, false
	}
	e := loginRunEnd(src, i)
	if !userHostTail(src[e:]) || !(i == 1 || userHostBefore(src, i-1)) || !dbAccount(src[i:e]) {
		return 0, false
	}
	return e, true
}

// loginRunEnd returns the end of the login that starts at src[v]: letters,
// digits, '.', '_' and '-', without a final '.'.
func loginRunEnd(src []byte, v int) int {
	e := v
	for e < len(src) && e-v <= 64 && (isAlnum(src[e]) || src[e] == '.' || src[e] == '_' || src[e] == '-') {
		e++
	}
	for e > v && src[e-1] == '.' {
		e--
	}
	return e
}

// dbAccount reports whether v, where a login goes, is a person's.
func dbAccount(v []byte) bool {
	return len(v) > 0 && accountLogin(v) && !hostName(v) && !fileName(v)
}

// dbLoginAfter reports whether c, the byte after a login's first word,
// may go on with the login or close the bracket.
func dbLoginAfter(c byte) bool {
	switch c {
	case '.', '_', '-', ']':
		return true
	}
	return false
}

// How the login after a cue word ends (dbLoginAfterWord).
const (
	loginEndBlank  = iota // ROLE jdoe WITH, A=plain:jdoe S=, TO jdoe,: a blank, ';', ':', ',', '"' or the end
	loginEndAt            // jdoe@billing 203.0.113.5, jdoe@203.0.113.5 on: '@' and an address after
	loginEndBrack         // User@Host: jdoe[jdoe]: '[' or a blank
	loginEndParen         // Key (username)=(jdoe): ')'
	loginEndQuotes        // user ""jdoe"": csvlog's quoted quote
)

// dbLoginWordAt reports whether the word src[i:w] announces a login.
func dbLoginWordAt(src []byte, i, w int) bool {
	_, _, ok := dbLoginAfterWord(src, i, w)
	return ok
}

// dbLoginAfterWord returns where the login that the word src[i:w]
// announces starts, and how it ends:
//
//   - ROLE (any case) after CREATE, ALTER or DROP;
//   - TO (any case) in a GRANT statement: the grantee role;
//   - the passwd command's operand ("sudo passwd jdoe", "passwd -l jdoe"),
//     when passwd opens a command;
//   - Exim's A= and an authenticator's name and ':';
//   - PostgreSQL's "[%p] " before "%u@%d %r" (a pid in brackets);
//   - MySQL's general log "Connect<TAB>user@host on db";
//   - MySQL's slow log "User@Host: ";
//   - PostgreSQL's unique violations, "Key (username)=(" when the column
//     names a login;
//   - "user " and a CSV-quoted quote (csvlog's message: user ""jdoe"").
func dbLoginAfterWord(src []byte, i, w int) (int, int, bool) {
	n := len(src)
	if w >= n {
		return 0, 0, false
	}
	switch c := src[w]; {
	case c == ']':
		if i == 0 || src[i-1] != '[' || w+1 >= n || src[w+1] != ' ' || w-i > 10 {
			return 0, 0, false
		}
		for _, d := range src[i:w] {
			if !isDigit(d) {
				return 0, 0, false
			}
		}
		return w + 2, loginEndAt, true
	case w-i == 4 && c == ' ' && foldEq(src[i:w], "role"):
		if i > 0 && src[i-1] == ' ' && roleStatement(src, i-1) {
			return w + 1, loginEndBlank, true
		}
	case w-i == 2 && c == ' ' && foldEq(src[i:w], "to"):
		if i > 0 && src[i-1] == ' ' && statementBefore(src, i-1, "grant") {
			return userKeyword(src, w+1), loginEndBlank, true
		}
	case w-i == 4 && c == ' ' && foldEq(src[i:w], "from"):
		// REVOKE ... FROM [USER] jdoe.
		if i > 0 && src[i-1] == ' ' && statementBefore(src, i-1, "revoke") {
			return userKeyword(src, w+1), loginEndBlank, true
		}
	case w-i == 6 && c == ' ' && string(src[i:w]) == "passwd":
		if commandStart(src, i) {
			return passwdOperand(src, w+1), loginEndBlank, true
		}
	case w-i == 4 && c == ' ' && foldEq(src[i:w], "user"):
		if w+2 < n && src[w+1] == '"' && src[w+2] == '"' {
			return w + 3, loginEndQuotes, true
		}
		if i > 0 && src[i-1] == ' ' && (roleStatement(src, i-1) || userStatement(src, i-1)) {
			// CREATE/ALTER/DROP/DESCRIBE USER [IF [NOT] EXISTS] jdoe,
			// and a quoted name ("JANE.DOE").
			return quotedName(src, ifExists(src, w+1)), loginEndBlank, true
		}
	case w-i == 1 && src[i] == 'A' && c == '=':
		if i > 0 && src[i-1] == ' ' {
			k := w + 1
			for k < n && k-w < 40 && (isAlnum(src[k]) || src[k] == '_' || src[k] == '-') {
				k++
			}
			if k > w+1 && k+1 < n && src[k] == ':' {
				return k + 1, loginEndBlank, true
			}
		}
	case w-i == 7 && c == '\t' && string(src[i:w]) == "Connect":
		return w + 1, loginEndAt, true
	case w-i == 4 && c == ':' && string(src[i:w]) == "Host" && hasSuffixAt(src, i, "User@") && w+1 < n && src[w+1] == ' ':
		return w + 2, loginEndBrack, true
	case w-i == 3 && c == ' ' && string(src[i:w]) == "Key" && w+1 < n && src[w+1] == '(':
		k := w + 2
		for k < n && k-w < 34 && (isAlnum(src[k]) || src[k] == '_') {
			k++
		}
		if k+2 < n && src[k] == ')' && src[k+1] == '=' && src[k+2] == '(' && keyContext(src[w+2:k]) == ctxLogin {
			return k + 3, loginEndParen, true
		}
	}
	return 0, 0, false
}

// scanDBLoginAfterWord matches the login that the word src[i:w]
// announces, a person's (accountLogin).
func scanDBLoginAfterWord(src []byte, i, w int) (hit, bool) {
	v, how, ok := dbLoginAfterWord(src, i, w)
	if !ok {
		return hit{}, false
	}
	e := loginRunEnd(src, v)
	rest := src[e:]
	switch how {
	case loginEndBlank:
		ok = len(rest) == 0 || rest[0] == ' ' || rest[0] == ';' || rest[0] == ':' || rest[0] == ',' || rest[0] == '"'
	case loginEndAt:
		ok = len(rest) > 1 && rest[0] == '@' && atAddressAfter(rest[1:])
	case loginEndBrack:
		ok = len(rest) > 0 && (rest[0] == '[' || rest[0] == ' ')
	case loginEndParen:
		ok = len(rest) > 0 && rest[0] == ')'
	case loginEndQuotes:
		ok = len(rest) > 1 && rest[0] == '"' && rest[1] == '"'
	}
	if !ok || !dbAccount(src[v:e]) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
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
// and a login, or a login that opens the text or a quoted value.
func userHostBefore(src []byte, b int) bool {
	k := b
	for k > 0 && b-k < 65 && src[k-1] != ' ' && src[k-1] != '"' {
		k--
	}
	return k < b && (hasSuffixAt(src, k, "User@Host: ") || k == 0 || src[k-1] == '"')
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

// userStatement reports whether the word that ends at src[r] is DESCRIBE
// or DESC, or "GRANTS TO" (Snowflake's SHOW GRANTS TO USER jdoe): a
// statement on the user whose name follows USER.
func userStatement(src []byte, r int) bool {
	k := r
	for k > 0 && r-k < 8 && isAlpha(src[k-1]) {
		k--
	}
	v := src[k:r]
	if k > 0 && isAlnum(src[k-1]) {
		return false
	}
	return foldEq(v, "describe") || foldEq(v, "desc") || foldEq(v, "to") && hasSuffixAt(src, k, " ") && k >= 7 && foldEq(src[k-7:k-1], "grants")
}

// statementBefore reports whether word (lower case), a statement's verb,
// opens the statement that src[:r] is in: on the same line, before any
// ';', within grantReach bytes.
func statementBefore(src []byte, r int, word string) bool {
	for k := r - 1; k >= 0 && r-k <= grantReach; k-- {
		switch c := src[k]; {
		case c == ';' || c == '\n':
			return false
		case lower(c) == word[0] && k+len(word) < r && foldEq(src[k:k+len(word)], word) && src[k+len(word)] == ' ' && (k == 0 || !isAlnum(src[k-1])):
			return true
		}
	}
	return false
}

// userKeyword returns where the grantee starts at src[v]: past "USER "
// (Snowflake's GRANT ROLE r TO USER jdoe; not past ROLE, whose grantee is
// a role).
func userKeyword(src []byte, v int) int {
	if v+5 < len(src) && src[v+4] == ' ' && foldEq(src[v:v+4], "user") {
		return quotedName(src, v+5)
	}
	return v
}

// ifExists returns where the name starts at src[v], past "IF EXISTS " or
// "IF NOT EXISTS ".
func ifExists(src []byte, v int) int {
	if hasFoldPrefix(src[v:], "if exists ") {
		return v + len("if exists ")
	}
	if hasFoldPrefix(src[v:], "if not exists ") {
		return v + len("if not exists ")
	}
	return v
}

// quotedName returns where a name starts at src[v]: past a double quote
// that quotes an identifier ("JANE.DOE").
func quotedName(src []byte, v int) int {
	if v+1 < len(src) && src[v] == '"' && isAlnum(src[v+1]) {
		return v + 1
	}
	return v
}

// commandStart reports whether the word at src[i] opens a command: it
// starts the text or a quoted value, follows '=' (COMMAND=, cmd=), a
// bin directory (/usr/bin/) or sudo and a blank.
func commandStart(src []byte, i int) bool {
	if i == 0 {
		return true
	}
	switch src[i-1] {
	case '"', '=', '\'':
		return true
	case ' ':
		return hasSuffixAt(src, i-1, "sudo") && (i == 5 || !isAlnum(src[i-6]))
	case '/':
		return hasSuffixAt(src, i, "/bin/") // /usr/bin/passwd
	}
	return false
}

// passwdOperand returns where the operand after passwd's options starts:
// past "-l ", "-e ", "--expire "... (options without a value of their own).
func passwdOperand(src []byte, v int) int {
	for v+1 < len(src) && src[v] == '-' {
		k := v + 1
		for k < len(src) && (isAlpha(src[k]) || src[k] == '-') {
			k++
		}
		if k >= len(src) || src[k] != ' ' {
			return v
		}
		v = k + 1
	}
	return v
}

// grantReach bounds how far before its TO or FROM a GRANT or REVOKE
// statement may start.
const grantReach = 160

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
	return dateTimeAt(v) || pgSessionID(v) || windowsSID(v) || filePath(v) || lowerPhrase(v)
}

// filePath reports whether v is the path of a file: segments between '/'
// and a last one that ends with a file name's extension (incoming/<uuid>.jpg,
// /etc/ssl/private/server.key), as an object store's key is in
// CloudTrail's requestParameters.key. A credential is one word of its
// alphabet; base64's '/' comes with no '.' and extension after it.
func filePath(v []byte) bool {
	if len(v) > 1024 {
		return false
	}
	d := lastIndexByte(v, '.')
	if d < 1 || len(v)-d-1 < 2 || len(v)-d-1 > 5 || v[d-1] == '/' || lastIndexByte(v, '/') > d {
		return false
	}
	if bytes.IndexByte(v, '/') < 0 && !fileExt(v[d+1:]) {
		return false // a file at the top: only by an extension files have
	}
	letter := false
	for _, c := range v[d+1:] {
		switch {
		case c >= 'a' && c <= 'z':
			letter = true
		case isDigit(c):
		default:
			return false
		}
	}
	for _, c := range v[:d] {
		if !isAlnum(c) && c != '/' && c != '-' && c != '_' && c != '.' {
			return false // '+', '=', '~': a credential's alphabet
		}
	}
	return letter
}

// fileExt reports whether ext is the extension of a kind of file that
// object stores and uploads hold (documents, images, data, archives).
func fileExt(ext []byte) bool {
	switch string(ext) {
	case "jpg", "jpeg", "png", "gif", "webp", "heic", "pdf", "csv", "tsv", "json", "xml", "txt", "log",
		"gz", "zip", "bz2", "zst", "tar", "avro", "orc", "mp4", "mov", "mp3", "wav", "docx", "xlsx", "pptx", "html",
		"doc", "odt", "rtf", "xls", "ods", "ppt", "tif", "tiff", "bmp", "m4a", "ogg", "eml", "msg", "vcf":
		return true
	}
	return false
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
// none that names a card; or a hash (query_hash, queryHash). A JSON number under such a key (Suricata's
// flow_id, snowflake ids) is never a card either: a card number is
// written as a string, under a key that names a card. It does not
// allocate.
func idKey(key []byte) bool {
	key = keyName(key)
	if l := len(key); l > 8 && foldEq(key[l-6:], "string") && lower(key[l-7]) == 'd' {
		key = key[:l-6] // the id written as a string beside the number: Compute Engine's vmInstanceIdString
	}
	l := len(key)
	if l > 5 && foldEq(key[l-4:], "hash") && (key[l-5] == '_' || key[l-5] == '-' || key[l-4] == 'H' && key[l-5] >= 'a' && key[l-5] <= 'z') {
		// A hash as a number: ClickHouse's normalized_query_hash,
		// queryHash (a 64-bit integer, quoted as JSONEachRow writes
		// one), unless the key names a card (card_hash: what was to
		// be hashed may be the number itself).
		return indexFold(key, "card") < 0 && !panWord(key) && indexFold(key, "account") < 0
	}
	if l < 2 || lower(key[l-2]) != 'i' || lower(key[l-1]) != 'd' {
		return false
	}
	if l > 2 {
		c := key[l-3]
		camel := key[l-2] == 'I' && (c >= 'a' && c <= 'z' || isDigit(c))
		// A sigil before the id: Branch's link data "~id", JSON-LD's
		// "@id", a $id.
		sigil := c == '~' || c == '@' || c == '$'
		if c != '_' && c != '-' && c != '.' && c != ' ' && !sigil && !camel && !(key[l-2] == 'i' && isLowerWord(key[:l-2])) {
			return false
		}
	}
	return indexFold(key, "card") < 0 && !panWord(key) && indexFold(key, "account") < 0
}

// panWord reports whether key holds "pan" as a word of its own (pan_id,
// cardPanId), a card's primary account number; inside a word ("span_id",
// a trace's span, Datadog's dd.span_id) it names none.
func panWord(key []byte) bool {
	for k := 0; k+3 <= len(key); k++ {
		if lower(key[k]) == 'p' && foldEq(key[k:k+3], "pan") && (k == 0 || key[k] == 'P' || !isAlpha(key[k-1])) {
			return true
		}
	}
	return false
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
	case len(last) == 2 && foldEq(last, "id") && dottedUser(key, d):
		// A user's id written flat (ECS's user.id, Datadog's usr.id):
		// a login when written as one, as under user_id.
		return ctxLogin
	case len(last) == 4 && foldEq(last, "name") && d == 3 && foldEq(key[:3], "usr"):
		// Datadog's standard attribute usr.name, "the user friendly
		// name" (ECS's user.name is the login, above).
		return ctxName
	}
	kc := keyContextName(last)
	if kc == ctxName && thingPrefix(key[:d]) {
		// Group.DisplayName, application.display_name: a thing's name
		// (Graph's modified properties), as groupDisplayName is.
		return ctxNone
	}
	return kc
}

// dottedUser reports whether the path element before the dot at key[d]
// is "user" or "usr".
func dottedUser(key []byte, d int) bool {
	p := d - 1
	for p >= 0 && key[p] != '.' {
		p--
	}
	return userObjectKey(key[p+1 : d])
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

// jsonObjectEnd returns the end of the JSON object that opens at src[v]
// (after its closing brace), strings and nested objects and arrays
// skipped, its quotes escaped when its first is, or 0 when it does not close within maxJSONObject bytes.
func jsonObjectEnd(src []byte, v int) int {
	depth, in := 0, false
	esc := v+1 < len(src) && src[v+1] == '\\' // {\"a\":\"x\"}: JSON in a quoted string
	for k := v; k < len(src) && k-v < maxJSONObject; k++ {
		c := src[k]
		switch {
		case esc && c == '\\' && k+1 < len(src) && src[k+1] == '"':
			in = !in
			k++
		case in && c == '\\':
			k++
		case c == '"':
			in = !in
		case in:
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			if depth--; depth == 0 {
				return k + 1
			}
		}
	}
	return 0
}

// maxJSONObject bounds the object jsonObjectEnd reads.
const maxJSONObject = 4096

// idDigits reports whether v, an id column's value, is a number as long
// as a card's (13 digits or more, a minus sign allowed): the only value
// that column's name changes (see idKey).
func idDigits(v []byte) bool {
	if len(v) > 0 && v[0] == '-' {
		v = v[1:]
	}
	return len(v) >= 13 && isDigit(v[0]) && isDigit(v[len(v)-1])
}

// An INSERT's literals take their meaning from its column list: in
// "INSERT INTO users (username, email) VALUES ('jane.doe', ...)" the
// first literal is a username as surely as after "username = ". The
// scan starts at VALUES, pairs each value with its column and matches
// the first literal whose column names a login (written as a person's)
// or a name. What stands between VALUES and the match is not scanned,
// so only numbers, calls without quotes (now(), NULL) and plain words
// under other columns are let pass before it. The later literals under
// such columns ('Olga', 'Petrenko' under first_name, last_name) are kept
// for the next calls (scanner.addPending): a scan that resumes after the
// first match cannot see the column list, and the literals between are
// scanned as usual. So are all of them when another literal comes first
// (VALUES ('jane@example.com', '+44…', 'Jane Doe')): the scan returns no
// match, reads that literal as usual, and meets the kept ones after it.
// A literal may carry SQL Server's N or PostgreSQL's E prefix.

// maxSQLColumns bounds the column list read back from VALUES.
const maxSQLColumns = 512

// sqlValuesAt reports whether the word src[i:w] is VALUES (any case)
// between an INSERT's column list and its values: ") VALUES (".
func sqlValuesAt(src []byte, i, w int) bool {
	return w-i == 6 && i >= 2 && src[i-1] == ' ' && src[i-2] == ')' && w+1 < len(src) && src[w] == ' ' && src[w+1] == '(' &&
		foldEq(src[i:w], "values")
}

// scanSQLValues matches the first literal after the VALUES at src[i:w]
// whose column names a login or a name, and keeps the later ones in s.
func (s *scanner) scanSQLValues(src []byte, i, w int) (hit, bool) {
	if !sqlValuesAt(src, i, w) {
		return hit{}, false
	}
	cl := i - 2 // the column list's ')'
	k := cl
	for k > 0 && cl-k < maxSQLColumns && src[k-1] != '(' {
		if c := src[k-1]; !isAlnum(c) && c != '_' && c != ',' && c != ' ' && c != '"' && c != '`' {
			return hit{}, false
		}
		k--
	}
	if k == 0 || src[k-1] != '(' {
		return hit{}, false
	}
	n := len(src)
	v := w + 2
	var first hit
	found := false
	// ahead is set once a literal the other detectors must read (an
	// e-mail address, a phone number) comes before any match: the
	// matches are then all kept for later (addPending), and this scan
	// returns none, so that the scan goes on from VALUES and reads that
	// literal first.
	ahead := false
	// done returns the first match, keeping the others (see above).
	done := func() (hit, bool) { return first, found }
	for c := k; c < cl; {
		// The next column's name, without blanks and quotes.
		e := c
		for e < cl && src[e] != ',' {
			e++
		}
		ns, ne := c, e
		for ns < ne && (src[ns] == ' ' || src[ns] == '"' || src[ns] == '`') {
			ns++
		}
		for ne > ns && (src[ne-1] == ' ' || src[ne-1] == '"' || src[ne-1] == '`') {
			ne--
		}
		c = e + 1
		for v < n && src[v] == ' ' {
			v++
		}
		if v >= n {
			return done()
		}
		if v+1 < n && src[v+1] == '\'' && sqlLiteralPrefix(src[v]) {
			v++ // N'...', E'...': a literal after its prefix
		}
		if src[v] == '\'' {
			le := sqlLiteralEnd(src, v+1)
			if le >= n {
				return done()
			}
			lit := src[v+1 : le]
			personal := false
			switch keyContext(src[ns:ne]) {
			case ctxLogin:
				personal = dbAccount(lit)
			case ctxName:
				personal = hasLetter(lit)
			case ctxNone:
				if !found && !plainWords(lit) {
					ahead = true
				}
			default:
				if !found {
					ahead = true
				}
			}
			switch {
			case personal && !found && !ahead:
				first, found = hit{det: DetName, start: v + 1, end: le}, true
			case personal:
				s.addPending(src, DetName, v+1, le)
			}
			v = le + 1
		} else {
			// A number, NULL or a call without quotes in it.
			depth := 0
			for v < n && (depth > 0 || src[v] != ',' && src[v] != ')') {
				switch src[v] {
				case '(':
					depth++
				case ')':
					depth--
				case '\'':
					return done()
				}
				v++
			}
		}
		for v < n && src[v] == ' ' {
			v++
		}
		if v >= n || src[v] != ',' {
			return done()
		}
		v++
	}
	return done()
}

// sqlLiteralPrefix reports whether c, before a quote, makes a SQL string
// literal of another kind: N'...' (SQL Server's national character
// strings), E'...' (PostgreSQL's escape strings).
func sqlLiteralPrefix(c byte) bool { return c == 'N' || c == 'E' || c == 'n' || c == 'e' }

// sqlLiteralEnd returns the index of the quote that closes the SQL literal
// whose text starts at src[v] (” inside it doubled), or len(src).
func sqlLiteralEnd(src []byte, v int) int {
	for e := v; e < len(src) && e-v < 256; e++ {
		if src[e] == '\'' {
			if e+1 < len(src) && src[e+1] == '\'' {
				e++
				continue
			}
			return e
		}
	}
	return len(src)
}

// plainWords reports whether v holds nothing a detector could want:
// letters, blanks, '_' and '-', and at most four digits.
func plainWords(v []byte) bool {
	digits := 0
	for _, c := range v {
		switch {
		case isDigit(c):
			digits++
		case isAlpha(c), c == ' ', c == '_', c == '-':
		default:
			return false
		}
	}
	return digits <= 4
}
