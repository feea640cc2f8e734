package redact

// A Windows account in free text: the NetBIOS domain, a backslash and the
// user (CORP\jane.doe), as security and audit logs write who logged on or
// failed to. Under a user key the key grammar reads it (ctxLogin); in free
// text the domain, upper-case letters and digits of at most 15 bytes, is
// the context, and the user counts when it is written as a person's name
// (personLogin): CORP\svc_backup and NT AUTHORITY\SYSTEM stay.

// domainUserAt reports, cheaply, whether the word src[i:w] may be a
// NetBIOS domain before a backslash and a letter.
func domainUserAt(src []byte, i, w int) bool {
	if w-i > 15 || w+2 >= len(src) || src[w] != '\\' || !isAlpha(src[w+1]) || i > 0 && (isAlnum(src[i-1]) || src[i-1] == '\\') {
		return false
	}
	letters := 0
	for _, c := range src[i:w] {
		switch {
		case isUpper(c):
			letters++
		case !isDigit(c) && c != '-':
			return false
		}
	}
	return letters > 0
}

// scanDomainUser matches the user of DOMAIN\user when it is written as a
// person's name.
func scanDomainUser(src []byte, i, w int) (hit, bool) {
	if !domainUserAt(src, i, w) {
		return hit{}, false
	}
	v := w + 1
	e := v
	for e < len(src) && e-v <= 64 && (isAlpha(src[e]) || src[e] == '.') {
		e++
	}
	for e > v && src[e-1] == '.' {
		e-- // a full stop after the name ends the sentence
	}
	if e < len(src) && (isAlnum(src[e]) || src[e] == '_' || src[e] == '-' || src[e] == '$' || src[e] == '\\') ||
		!personLogin(src[v:e]) || fileName(src[v:e]) || registryHive(src[i:w]) {
		return hit{}, false // a path goes on, a file name (DIST\bundle.js), a registry key
	}
	return hit{det: DetName, start: v, end: e}, true
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
// auth/ldap/login/jane.doe, auth/userpass/login/jane.doe).
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

// scanHomeDir matches the user of a home directory in a path
// (/home/jane.doe/.ssh, C:\Users\Jane.Doe\AppData) when it is written as
// a person's name, as under a user key.
func scanHomeDir(src []byte, i, w int) (hit, bool) {
	if !homeDirAt(src, i, w) {
		return hit{}, false
	}
	v := w + 1
	e := v
	for e < len(src) && e-v <= 64 && (isAlpha(src[e]) || src[e] == '.') {
		e++
	}
	if e < len(src) && src[e] != src[w] && src[e] != '?' && !isValueEnd(src[e]) || !personLogin(src[v:e]) || fileName(src[v:e]) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}
