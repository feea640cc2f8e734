package redact

// A Windows account in free text: the NetBIOS domain, a backslash and the
// user (CORP\jane.doe), as security and audit logs write who logged on or
// failed to. Under a user key the key grammar reads it (ctxLogin); in free
// text the domain, upper-case letters and digits of at most 15 bytes, is
// the context, and the user counts when it is a person's login
// (accountLogin): CORP\svc_backup, NT AUTHORITY\SYSTEM and IIS
// APPPOOL\DefaultAppPool stay.

// domainUserAt reports, cheaply, whether the word src[i:w] may be a
// NetBIOS domain before a backslash and a letter (the backslash may be
// doubled by an escape: CEF's extension values, a C or JSON string quoted
// in text write CORP\\jdoe).
func domainUserAt(src []byte, i, w int) bool {
	if w-i > 15 || w-i < 2 || w+2 >= len(src) || src[w] != '\\' || i > 0 && (isAlnum(src[i-1]) || src[i-1] == '\\') {
		// (No domain is one letter: W\nl is an escape after a word,
		// C\Users a drive; FuzzPlainKey's base64 of "~W\nl".)
		return false
	}
	if s := domainSep(src, w); s == 0 || w+s+1 >= len(src) {
		return false
	}
	upper, lowers := 0, 0
	for _, c := range src[i:w] {
		switch {
		case isUpper(c):
			upper++
		case 'a' <= c && c <= 'z':
			lowers++
		case !isDigit(c) && c != '-':
			return false
		}
	}
	if lowers > 0 {
		// A domain in lower case (a firewall's CSV column, example\jsmith)
		// only as a whole field: a blank, quote, ',' or '=' before it
		// (in a path, a drive's ':' or another '\' comes first).
		return upper == 0 && (i == 0 || fieldOpen(src[i-1]))
	}
	return upper > 0
}

// domainSep returns the length of the separator of DOMAIN\user at
// src[w]: 1 for a backslash before a letter, 2 for a backslash doubled by
// an escape, 0 for neither.
func domainSep(src []byte, w int) int {
	switch {
	case w+1 < len(src) && isAlpha(src[w+1]):
		return 1
	case w+2 < len(src) && src[w+1] == '\\' && isAlpha(src[w+2]):
		return 2
	}
	return 0
}

// fieldOpen reports whether c may stand before a field of a record: a
// blank, a quote, a separator of CSV, key=value or a list.
func fieldOpen(c byte) bool {
	return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ',' || c == '=' || c == ';' || c == '[' || c == '(' || c == '>'
}

// scanDomainUser matches the user of DOMAIN\user when it is written as a
// person's name.
func scanDomainUser(src []byte, i, w int) (hit, bool) {
	if !domainUserAt(src, i, w) {
		return hit{}, false
	}
	v := w + domainSep(src, w)
	e := loginEnd(src, v)
	if 'a' <= src[i] && src[i] <= 'z' && (w-i < 2 || e < len(src) && !fieldClose(src[e]) ||
		(i > 0 && src[i-1] != ',' && src[i-1] != '=' && src[i-1] != '"' || i == 0 && e < len(src)) && !personLogin(src[v:e])) {
		// A lower-case domain only in a whole field, example\jsmith: a
		// CSV column, a value, quotes or the whole text; else (after a
		// blank, or opening a longer text) only with a person's name
		// (cd src\main is a path).
		return hit{}, false
	}
	if e < len(src) && (src[e] == '$' || src[e] == '\\') || !accountLogin(src[v:e]) || fileName(src[v:e]) ||
		registryHive(src[i:w]) || builtinDomain(src[i:w]) || defaultGroupAt(src, v, e) {
		// A path goes on, a file name (DIST\bundle.js), a registry key,
		// a machine account, a default group (CORP\Domain Users).
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// defaultGroupAt reports whether src[v:e], after DOMAIN\, is the first
// word of one of Active Directory's default security groups, another
// capitalised word after one blank: Domain Users, Domain Admins,
// Enterprise Admins, Schema Admins, Group Policy Creator Owners, Protected
// Users, Account, Backup, Print and Server Operators, Remote Desktop
// Users, Event Log Readers, Cert Publishers. A login has no blank in it,
// so the pair names the group (ProxySG's cs-auth-group, a Windows event's
// group membership), no person.
func defaultGroupAt(src []byte, v, e int) bool {
	if e+1 >= len(src) || src[e] != ' ' || !isUpper(src[e+1]) {
		return false
	}
	switch string(src[v:e]) {
	case "Domain", "Enterprise", "Schema", "Group", "Protected", "Account", "Backup", "Print", "Server",
		"Remote", "Event", "Cert", "Key", "Network", "Performance", "Distributed", "Cryptographic":
		return true
	}
	return false
}

// fileName reports whether v ends in a file name extension that programs
// and their logs use (bundle.js, setup.exe, main.go), so that it names a
// file rather than a person.
func fileName(v []byte) bool {
	d := lastIndexByte(v, '.')
	if d < 0 {
		return false
	}
	var b [5]byte
	ext := v[d+1:]
	if len(ext) > len(b) {
		return false
	}
	for k, c := range ext {
		b[k] = lower(c)
	}
	switch string(b[:len(ext)]) {
	case "js", "ts", "go", "py", "rb", "java", "jar", "class", "exe", "dll", "sys", "bat", "cmd", "ps", "sh",
		"txt", "log", "json", "xml", "yml", "yaml", "ini", "cfg", "conf", "toml", "csv", "html", "htm", "css",
		"png", "jpg", "jpeg", "gif", "svg", "zip", "gz", "tar", "msi", "lnk", "tmp", "bak", "pdf", "doc", "docx",
		"xls", "xlsx", "md", "c", "h", "cpp", "cs", "php", "so", "pem", "crt", "key", "db", "sql", "lock", "pid":
		return true
	}
	return false
}

// registryHive reports whether w names a root of the Windows registry
// (HKLM\Software.Policies is a key, not an account).
func registryHive(w []byte) bool {
	switch string(w) {
	case "HKLM", "HKCU", "HKCR", "HKU", "HKCC":
		return true
	}
	return len(w) > 5 && string(w[:5]) == "HKEY_"
}

// homeDirAt reports whether the word src[i:w] is the directory of home
// directories in a path: /home/, /Users/ (macOS), \Users\ (Windows), or
// the login path of an auth method that names the user after it (Vault's
// auth/ldap/login/jane.doe, auth/userpass/login/jane.doe; its users
// endpoint, auth/userpass/users/jane.doe, see authMountAt). A backslash
// may be doubled by an escape, before and after the word: CEF's extension
// values and a JSON or C string quoted in text write
// C:\\Users\\jdoe\\Downloads.
func homeDirAt(src []byte, i, w int) bool {
	if i == 0 || w+2 >= len(src) {
		return false
	}
	sep := src[i-1]
	if sep != '/' && sep != '\\' || src[w] != sep {
		return false
	}
	return foldEq(src[i:w], "home") || foldEq(src[i:w], "users") || sep == '/' && foldEq(src[i:w], "login")
}

// homeSepLen returns how many bytes the separator after the home
// directory's word at src[w] takes: 2 for a backslash doubled by an
// escape before and after the word (\\Users\\jdoe), else 1.
func homeSepLen(src []byte, i, w int) int {
	if src[w] == '\\' && w+1 < len(src) && src[w+1] == '\\' && i >= 2 && src[i-2] == '\\' {
		return 2
	}
	return 1
}

// scanHomeDir matches the user of a home directory in a path
// (/home/jane.doe/.ssh, /home/jdoe, C:\Users\jdoe\AppData) when it is a
// person's login, as under a user key. A login of one word counts only in
// a file system's path, where /home or \Users opens the path: in a URL's
// path (/api/users/me, /users/settings) the segment after "users" is the
// application's.
func scanHomeDir(src []byte, i, w int) (hit, bool) {
	if !homeDirAt(src, i, w) {
		return hit{}, false
	}
	sl := homeSepLen(src, i, w)
	v := w + sl
	e := loginEnd(src, v)
	if e < len(src) && src[e] != src[w] && src[e] != '?' && !isValueEnd(src[e]) || !accountLogin(src[v:e]) || fileName(src[v:e]) ||
		routeWord(src[v:e]) {
		// routeWord: a request line's /users/sign_in, /users/settings
		// (Rails' Devise routes) names a page, not a home directory.
		return hit{}, false
	}
	if !personLogin(src[v:e]) && !pathOpens(src, i-sl) && !foldEq(src[i:w], "login") && !authMountAt(src, i-1) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// authMountAt reports whether the '/' at src[k] ends an auth method's
// mount in a Vault path, "auth/<mount>/": what follows (users/<name>,
// login/<name>) names a login of that method, as a user key does.
func authMountAt(src []byte, k int) bool {
	j := k
	for j > 0 && k-j <= 64 && (isAlnum(src[j-1]) || src[j-1] == '-' || src[j-1] == '_' || src[j-1] == '.') {
		j--
	}
	return j < k && j >= 5 && src[j-1] == '/' && string(src[j-5:j-1]) == "auth" && (j == 5 || !isAlnum(src[j-6]))
}

// pathOpens reports whether the separator at src[k] opens a file system
// path: it starts the text or follows a blank, a quote, '=', a bracket,
// '~', a drive's ':' (C:\Users) or a file URI's "file://" (RFC 8089:
// file:///Users/jdoe/Downloads/x.pkg).
func pathOpens(src []byte, k int) bool {
	if k == 0 {
		return true
	}
	switch src[k-1] {
	case ' ', '\t', '"', '\'', '=', '(', '[', '<', ',', ';', '~', '`':
		return true
	case ':':
		return k >= 2 && isAlpha(src[k-2]) && (k == 2 || !isAlnum(src[k-3]))
	case '/':
		return k >= 7 && foldEq(src[k-7:k-3], "file") && string(src[k-3:k]) == "://"
	}
	return false
}

// loginEnd returns the end of the login that starts at src[v]: the bytes
// a login may hold (letters, also UTF-8 ones, digits, '.', '_', '-'), at
// most maxLogin+1 of them (accountLogin refuses longer ones), without the
// full stops that end a sentence after it.
func loginEnd(src []byte, v int) int {
	e := v
	for e < len(src) && e-v <= maxLogin && (isAlnum(src[e]) || src[e] >= 0x80 || src[e] == '.' || src[e] == '_' || src[e] == '-') {
		e++
	}
	for e > v && src[e-1] == '.' {
		e--
	}
	return e
}

// builtinDomain reports whether d is a domain of Windows' built-in
// accounts rather than an organisation's: NT AUTHORITY\SYSTEM, NT
// SERVICE\MSSQLSERVER, IIS APPPOOL\DefaultAppPool, Window Manager\DWM-1.
func builtinDomain(d []byte) bool {
	switch string(d) {
	case "AUTHORITY", "SERVICE", "APPPOOL", "BUILTIN", "NT", "Manager", "Host",
		// A log level or an outcome before an escape left in the text
		// (ERROR\nretry, FAILED\tat): no domain.
		"ERROR", "ERR", "WARN", "WARNING", "INFO", "DEBUG", "TRACE", "FATAL", "CRITICAL", "NOTICE", "ALERT",
		"FAILED", "FAILURE", "FAIL", "OK", "DONE", "SUCCESS", "EXCEPTION", "PANIC", "ABORT", "ABORTED", "TIMEOUT":
		return true
	}
	return false
}

// fieldClose reports whether c may end a field of a record (see fieldOpen).
func fieldClose(c byte) bool {
	return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ',' || c == ';' || c == ']' || c == ')' ||
		c == '\r' || c == '\n' || c == '<'
}
