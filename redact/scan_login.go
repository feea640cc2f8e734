package redact

import "bytes"

// A login in the messages of the programs that authenticate people: OpenSSH
// ("Accepted publickey for jane.doe from 203.0.113.5 port 52311", "Invalid
// user j.smith from ...", "Disconnected from authenticating user jane.doe
// 203.0.113.5 port 52311"), PAM ("session opened for user jane.doe(uid=1000)
// by (uid=0)", "... for user root(uid=0) by jane.doe(uid=1000)"), sudo
// ("jane.doe : TTY=pts/0 ; PWD=... ; USER=root ; COMMAND=...") and Dovecot's
// mail process prefix ("imap(jane.doe)<4211><session>: ..."). No key names
// it, but the words around it do, as a user key does for ctxLogin: the login
// counts when it is written as a person's name (personLogin), so root,
// www-data, postgres and the names scanners try (admin, oracle) stay. An
// e-mail address in the same place is the e-mail detector's.
//
// The start is the login's first word, a word of letters followed by '.'
// (a person's login is dotted), and the context is checked around it:
//
//   - after "user " (Invalid user, authenticating user, for user);
//   - after "for " when " from " and an address follow (sshd's Accepted and
//     Failed lines; "waiting for nginx.service from systemd" is no login);
//   - after "by " when "(uid=" follows (PAM's session lines);
//   - opening a message when " : " and sudo's TTY= follow (sudo, also
//     with a reason first: "jane.doe : 3 incorrect password attempts ;
//     TTY=...");
//   - inside "imap(", "pop3(", "lmtp(", "submission(" or "managesieve("
//     when ')' follows (Dovecot's mail processes), or inside any
//     "driver(" when ',' and an address follow (Dovecot's auth process:
//     "pam(jane.doe,203.0.113.5,<session>)");
//   - after su's "(to root) " when " on " follows ("(to root) jane.doe on
//     pts/0");
//   - quoted after "User " (Kubernetes RBAC reasons and denials: `to User
//     "jane.doe"`, `User "jane.doe" cannot list`; scan_login_k8s.go).

// loginTextAt reports whether the word at src[i:w] (followed by '.')
// opens a login by the words before it and the bytes after it.
func loginTextAt(src []byte, i, w int) bool {
	_, ok := loginTextEnd(src, i, w)
	return ok
}

type loginCueKind uint8

const (
	loginNone    loginCueKind = iota
	loginUser                 // "user X"
	loginFor                  // "for X from <address>"
	loginBy                   // "by X(uid="
	loginMessage              // "X : TTY=" opening a message
	loginService              // "imap(X)"
	loginDriver               // "pam(X,203.0.113.5"
	loginSu                   // "(to root) X on"
	loginQuoted               // `User "X"`: the RBAC authorizer's reason (scan_login_k8s.go)
)

// loginCue returns what the bytes before src[i] say of a login at i.
func loginCue(src []byte, i int) loginCueKind {
	switch src[i-1] {
	case '(':
		k := i - 1
		for k > 0 && isAlnum(src[k-1]) {
			k--
		}
		if k > 0 && (isAlnum(src[k-1]) || src[k-1] == '_' || src[k-1] == '-') {
			return loginNone
		}
		switch string(src[k : i-1]) {
		case "imap", "pop3", "lmtp", "submission", "managesieve":
			return loginService
		}
		switch string(src[k : i-1]) {
		case "pam", "passwd", "shadow", "ldap", "sql", "static", "checkpassword", "oauth2", "bsdauth", "lua", "vpopmail":
			return loginDriver // Dovecot's auth drivers: pam(user,rip,...), ldap(user,rip)
		}
		return loginNone
	case '"', '\'':
		return quotedUserCue(src, i) // user "x" (PostgreSQL, nginx, RBAC), user 'x'@'host' (MySQL)
	case ':':
		// An identity provider's prefix inside the quotes: User
		// "oidc:jane.doe" (see idpLogin).
		if k := idpPrefixStart(src, i); k > 0 {
			return quotedUserCue(src, k)
		}
		return loginNone
	case ' ':
	default:
		return loginNone
	}
	k := i - 1
	for k > 0 && src[k-1] == ' ' {
		k--
	}
	if k == 0 || src[k-1] == ':' || src[k-1] == ']' || src[k-1] == '-' && (k == 1 || src[k-2] == ' ') {
		// The login opens the line or the message: after an RFC 3164
		// tag's ':', after RFC 5424's structured data ('-' or ']').
		return loginMessage
	}
	if k < i-1 {
		return loginNone // more than one blank after a word
	}
	if src[k-1] == ')' && suTarget(src, k-1) {
		return loginSu
	}
	e := k
	for k > 0 && isAlpha(src[k-1]) {
		k--
	}
	if k > 0 && (isAlnum(src[k-1]) || src[k-1] == '_' || src[k-1] == '-' || src[k-1] == '.') {
		return loginNone
	}
	switch w := src[k:e]; len(w) {
	case 2:
		if w[0] == 'b' && w[1] == 'y' {
			return loginBy
		}
	case 3:
		if w[0] == 'f' && w[1] == 'o' && w[2] == 'r' {
			return loginFor
		}
	case 4:
		if foldEq(w, "user") {
			return loginUser
		}
	}
	return loginNone
}

// scanLoginText matches the login that starts at src[i] when the words
// around it say it is one and it is written as a person's name.
func scanLoginText(src []byte, i, w int) (hit, bool) {
	e, ok := loginTextEnd(src, i, w)
	if !ok {
		return hit{}, false
	}
	return hit{det: DetName, start: i, end: e}, true
}

// loginTextEnd returns the end of the login at src[i], whose first word is
// src[i:w], and whether the words around it say it is one: the cue before
// it (loginCue, a few byte loads that most words fail), then what must
// follow the cue's login, then the login's shape.
func loginTextEnd(src []byte, i, w int) (int, bool) {
	if i == 0 || w >= len(src) || src[w] != '.' {
		return 0, false
	}
	cue := loginCue(src, i)
	if cue == loginNone {
		return 0, false
	}
	n := len(src)
	e := w
	for e < n && e-i <= 64 && (isAlpha(src[e]) || src[e] == '.') {
		e++
	}
	for e > i && src[e-1] == '.' {
		e--
	}
	if e < n && (isDigit(src[e]) || src[e] == '@' || src[e] == '_' || src[e] == '-' || src[e] == '/' || src[e] == '\\' && cue != loginQuoted ||
		src[e] == '.' && e+1 < n && src[e+1] != ' ') {
		return 0, false // a longer word: an address, a path, a host name
	}
	rest := src[e:]
	switch cue {
	case loginUser:
		if len(rest) > 0 && !isValueEnd(rest[0]) && rest[0] != ':' && rest[0] != '(' &&
			!(rest[0] == '.' && (len(rest) == 1 || rest[1] == ' ')) { // "of user jane.doe."
			return 0, false
		}
	case loginDriver:
		if len(rest) < 2 || rest[0] != ',' || !addressAt(rest, 1) {
			return 0, false
		}
	case loginSu:
		if !hasPrefix(rest, " on ") {
			return 0, false
		}
	case loginFor:
		if len(rest) < 7 || string(rest[:6]) != " from " || !addressAt(rest, 6) {
			return 0, false
		}
	case loginBy:
		if !hasPrefix(rest, "(uid=") {
			return 0, false
		}
	case loginMessage:
		if !sudoAfter(rest) {
			return 0, false
		}
	case loginService:
		if len(rest) == 0 || rest[0] != ')' {
			return 0, false
		}
	case loginQuoted:
		if !quotedUserEnd(src, i, rest) {
			return 0, false
		}
	}
	if !personLogin(src[i:e]) || fileName(src[i:e]) || hostName(src[i:e]) {
		return 0, false
	}
	return e, true
}

// hostName reports whether a dotted login is more likely a host name
// ("certificate request for www.example.com from 10.0.0.5"): its last
// label is a top-level domain or a local suffix, or its first a service
// word.
func hostName(v []byte) bool {
	last := v[lastIndexByte(v, '.')+1:]
	for _, t := range [...]string{"com", "net", "org", "io", "local", "internal", "lan", "corp", "home", "arpa",
		"dev", "app", "cloud", "info", "biz", "edu", "gov", "de", "uk", "fr", "nl", "ua", "ru", "pl", "es", "it",
		"us", "ca", "au", "jp", "cn", "in", "br", "eu", "co", "me", "xyz", "svc", "cluster", "localdomain"} {
		if foldEq(last, t) {
			return true
		}
	}
	first := v
	if d := bytes.IndexByte(v, '.'); d >= 0 {
		first = v[:d]
	}
	for _, w := range [...]string{"www", "mail", "smtp", "imap", "api", "db", "ns", "mx", "vpn", "web", "app"} {
		if foldEq(first, w) {
			return true
		}
	}
	return false
}

// addressAt reports whether an IP address starts at b[i].
func addressAt(b []byte, i int) bool {
	if _, ok := scanIPv4(b, i); ok {
		return true
	}
	_, _, ok := parseIPv6(b, i)
	return ok
}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

// dovecotSessionAt reports whether the word src[i:w] is the pid of
// Dovecot's mail process prefix, "imap(user)<pid><session>: " (the default
// mail_log_prefix, "%s(%u)<%{pid}><%{session}>: "): digits between '<'
// and "><" after the user's ')'. Under its key (session=<...>) the key
// grammar reads a session id.
func dovecotSessionAt(src []byte, i, w int) bool {
	return i >= 2 && w+2 < len(src) && src[i-1] == '<' && src[i-2] == ')' && src[w] == '>' && src[w+1] == '<'
}

// scanDovecotSession matches the session id after the pid (base64, up to
// the '>' before the prefix's ':'): the id of one login session, a secret
// as session ids are under their keys.
func scanDovecotSession(src []byte, i, w int) (hit, bool) {
	if !dovecotSessionAt(src, i, w) {
		return hit{}, false
	}
	for x := i; x < w; x++ {
		if !isDigit(src[x]) {
			return hit{}, false
		}
	}
	v := w + 2
	e := v
	for e < len(src) && e-v <= 64 && (isAlnum(src[e]) || src[e] == '+' || src[e] == '/' || src[e] == '=') {
		e++
	}
	if e-v < 8 || e+1 >= len(src) || src[e] != '>' || src[e+1] != ':' {
		return hit{}, false
	}
	return hit{det: DetSecret, start: v, end: e}, true
}

// sudoAfter reports whether b, what follows a login, is the rest of sudo's
// log line: " : ", an optional reason and " ; ", then "TTY=".
func sudoAfter(b []byte) bool {
	if !hasPrefix(b, " : ") {
		return false
	}
	b = b[3:]
	if hasPrefix(b, "TTY=") {
		return true
	}
	for x := 1; x+6 <= len(b) && x < 96; x++ {
		if b[x] == ';' && b[x-1] == ' ' && hasPrefix(b[x:], "; TTY=") {
			return true
		}
	}
	return false
}

// suTarget reports whether the ')' at src[c] closes su's "(to USER)".
func suTarget(src []byte, c int) bool {
	k := c
	for k > 0 && c-k < 33 && src[k-1] != '(' && src[k-1] != ' ' {
		k--
	}
	return k >= 5 && src[k-1] == ' ' && string(src[k-4:k-1]) == "(to"
}
