package redact

import "bytes"

// A login in the messages of the programs that authenticate people: OpenSSH
// ("Accepted publickey for jdoe from 203.0.113.5 port 52311", "Invalid
// user j.smith from ...", "Disconnected from authenticating user jane.doe
// 203.0.113.5 port 52311"), PAM ("session opened for user jdoe(uid=1000)
// by (uid=0)", "... for user root(uid=0) by jane.doe(uid=1000)"), sudo
// ("jdoe : TTY=pts/0 ; PWD=... ; USER=root ; COMMAND=..."), su ("(to
// root) jdoe on pts/0"), Dovecot's mail process prefix ("imap(jdoe)<4211>
// <session>: ...") and the quoted user of PostgreSQL, MySQL and the
// Kubernetes RBAC authorizer (for user "jdoe", 'jdoe'@'localhost', to
// User "jdoe"). No key names it, but the words around it do, as a user key
// does for ctxLogin: the login counts when it is a person's
// (accountLogin), so root, www-data, postgres and the names scanners try
// (admin, oracle) stay. An e-mail address in the same place is the e-mail
// detector's.
//
// The starts are the cue words, so the scanner spends nothing on the
// words between them, and the context is checked around the login:
//
//   - after "user " (Invalid user, authenticating user, for user);
//   - after "for " when " from " and an address follow (sshd's Accepted and
//     Failed lines; "waiting for nginx.service from systemd" is no login);
//   - after "by " when "(uid=" follows (PAM's session lines);
//   - opening sudo's message when " : " and TTY= follow (also with a
//     reason first: "jdoe : 3 incorrect password attempts ; TTY=...");
//   - inside "imap(", "pop3(", "lmtp(", "submission(" or "managesieve("
//     when ')' follows (Dovecot's mail processes), or inside any
//     "driver(" when ',' and an address follow (Dovecot's auth process:
//     "pam(jdoe,203.0.113.5,<session>)");
//   - after su's "(to root) " when " on " follows ("(to root) jdoe on
//     pts/0");
//   - quoted after "User " or "user " (scan_login_k8s.go);
//   - opening a message when sudo's " : TTY=" follows and no program name
//     comes before it (journald's MESSAGE field, its SYSLOG_IDENTIFIER a
//     separate field): the cue is the TTY= word, the login behind it;
//   - in sshd's process title, "sshd: jdoe [priv]", "sshd: jdoe@pts/0"
//     (journald's _CMDLINE, ps output);
//   - in brackets after "user " (Tomcat's realms: "the locked user
//     [jdoe]");
//   - after "by " ending the message or before " from " and an address,
//     when a request's path or a push comes before (Jenkins: "/job/x/build
//     by jdoe", "Started by GitHub push by jdoe");
//   - opening Samba's vfs_full_audit message ("smbd_audit: jdoe|<address>|").

// loginCueWord reports whether the word src[i:w] is a cue that a login
// follows, by the byte after it: "user", "username", "for", "by" or "to"
// before a blank, "sudo" before its tag's ':', '[' or (RFC 5424) blank, a Dovecot
// process or driver before '('.
func loginCueWord(src []byte, i, w int) bool {
	if w >= len(src) {
		return false
	}
	word := src[i:w]
	switch src[w] {
	case ' ':
		if acctCueWord(src, i, w) {
			return true // scan_login_acct.go
		}
		if i > 0 && src[i-1] == ',' && accountTopics(src, w) {
			return true
		}
		switch len(word) {
		case 2:
			return string(word) == "by" || string(word) == "to" && i > 0 && (src[i-1] == '(' || setuidBefore(src, i))
		case 3:
			return string(word) == "for"
		case 4:
			return foldEq(word, "user") || string(word) == "sudo"
		case 8:
			return foldEq(word, "username") || foldEq(word, "benutzer") || foldEq(word, "listener") // "failed logins for username jdoe", Icecast's "Added listener jdoe on /live"
		case 6, 7, 11:
			if userWordOther(word) {
				return true
			}
		case 13:
			return foldEq(word, "administrator") // FortiOS: "Administrator jdoe logged in successfully from ..."
		}
	case ':':
		return string(word) == "sudo" || string(word) == "sshd" || loginFailureWord(src, i, w)
	case '[':
		return string(word) == "sudo" || len(word) == 4 && foldEq(word, "user") && resourceTitleAt(src, i)
	case '.', '"':
		return len(word) == 4 && i > 0 && src[i-1] == '_' && foldEq(word, "user") // Terraform's aws_iam_user.jdoe
	case '=':
		return string(word) == "TTY"
	case '_':
		return string(word) == "smbd" && hasPrefix(src[w:], "_audit: ")
	case '(':
		if i >= 7 && string(word) == "file" && string(src[i-7:i]) == "passwd-" {
			return true // Dovecot's passwd-file driver
		}
		return dovecotProcess(word) != loginNone
	}
	return false
}

// loginFailureWord reports whether the word src[i:w] is the "failure"
// of tac_plus's "login failure: " before a blank: the login and the
// client's address follow ("login failure: jdoe 203.0.113.5 (10.0.0.1)
// vty4").
func loginFailureWord(src []byte, i, w int) bool {
	return w-i == 7 && string(src[i:w]) == "failure" && w+1 < len(src) && src[w+1] == ' ' && hasSuffixAt(src, i, "login ")
}

// loginFailureBefore reports whether "login failure: " ends at src[i-1].
func loginFailureBefore(src []byte, i int) bool {
	return hasSuffixAt(src, i, "login failure: ")
}

// scanLoginCue matches the login that follows the cue word src[i:w] when
// the words around it say it is one and it is a person's.
func scanLoginCue(src []byte, i, w int) (hit, bool) {
	if !loginCueWord(src, i, w) {
		return hit{}, false
	}
	v := w + 1
	switch {
	case src[w] == '[' && src[i] != 's':
		return scanResourceTitle(src, v)
	case src[w] == '.' || src[w] == '"':
		return scanTerraformUser(src, w)
	case w-i == 4 && v+3 < len(src) && hasPrefixFold(src[v:], "id="):
		return scanConnUserID(src, v+3)
	case src[w] == '(':
	case src[w] == '=':
		return scanSudoTTY(src, i)
	case string(src[i:w]) == "sshd":
		return scanSSHDTitle(src, w)
	case src[w] == ':' && string(src[i:w]) == "failure":
		v = w + 2 // tac_plus: "login failure: jdoe 203.0.113.5 (10.0.0.1) vty4"
	case string(src[i:w]) == "sudo":
		v = sudoMessage(src, w)
	case src[w] == '_':
		v = w + len("_audit: ") // Samba's vfs_full_audit: smbd_audit: jdoe|203.0.113.5|...
	case string(src[i:w]) == "to" && src[i-1] == '(':
		// su's "(to root) jdoe on pts/0": the login after the target.
		v = w + 1
		for v < len(src) && v-w < 34 && src[v] != ')' && src[v] != ' ' {
			v++
		}
		if v+1 >= len(src) || src[v] != ')' || src[v+1] != ' ' {
			return hit{}, false
		}
		v += 2
	case w-i == 4 && userIDQuoteAt(src, v):
		v += 4 // Meraki's "user id 'jdoe'"
	case v+1 < len(src) && src[v] == '\\' && src[v+1] == '"':
		v += 2 // a quote that kept its backslash: User \"jdoe\"
	case v < len(src) && (src[v] == '"' || src[v] == '\'' || src[v] == '`' || src[v] == '[' && src[i] != 'b'):
		// ` opens what ' closes in Apache's mod_auth_digest: user `jdoe'
		// in realm; Tomcat writes its message arguments in brackets: An
		// attempt was made to authenticate the locked user [jdoe].
		v++
	}
	if v <= w || v >= len(src) {
		return hit{}, false
	}
	if src[v-1] == '"' || src[v-1] == '\'' {
		v += idpPrefixLen(src, v) // User "oidc:jdoe": the login after the prefix
	}
	e, ok := loginTextEnd(src, v)
	if !ok {
		return hit{}, false
	}
	// Samba's audit line repeats its user in the [homes] share's name,
	// its path and connect's argument: look for it again (echo.go).
	// A login a sign-in noun named ("Failed authentication attempt for
	// jdoe from ...") is looked for again too: a forge repeats it in the
	// same line ("[uid: 309, name: jdoe]").
	echo := src[w] == '_' || ownedByQuote(src, i, w) || w-i == 3 && string(src[i:w]) == "for" && loginNounBefore(src, v) && echoLoginShape(src[v:e])
	return hit{det: DetName, start: v, end: e, echo: echo}, true
}

// sudoMessage returns where sudo's message starts after its program name
// src[:w]: after "sudo: ", "sudo[4211]: " or RFC 5424's "sudo 4211 - - "
// (the pid, the message id and the structured data, '-' when empty); 0
// when the bytes are none of those.
func sudoMessage(src []byte, w int) int {
	n := len(src)
	v := w
	switch src[w] {
	case '[':
		v++
		for v < n && isDigit(src[v]) {
			v++
		}
		if v+1 >= n || src[v] != ']' || src[v+1] != ':' {
			return 0
		}
		v++
	case ' ':
		for f := 0; f < 2; f++ { // PROCID MSGID
			v++
			s := v
			for v < n && src[v] != ' ' && v-s < 128 {
				v++
			}
			if v == s || v >= n || src[v] != ' ' {
				return 0
			}
		}
		if v+2 >= n || src[v+1] != '-' || src[v+2] != ' ' {
			return 0 // structured data: sudo writes none
		}
		v += 2
	}
	v++
	for v < n && src[v] == ' ' {
		v++
	}
	return v
}

// dovecotProcess returns what the name before '(' says of the login inside
// it: loginService for Dovecot's mail processes, loginDriver for its auth
// drivers, loginNone for any other word.
func dovecotProcess(w []byte) loginCueKind {
	switch string(w) {
	case "imap", "pop3", "lmtp", "submission", "managesieve":
		return loginService
	case "pam", "passwd", "passwd-file", "shadow", "ldap", "sql", "static", "checkpassword", "oauth2", "bsdauth", "lua", "vpopmail":
		return loginDriver // Dovecot's auth drivers: pam(user,rip,...), ldap(user,rip)
	}
	return loginNone
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
	loginSetuid               // "setuid to X succeeded" (SpamAssassin's spamd)
	loginAs                   // "login as X from <address>" (scan_login_acct.go)
	loginTTY                  // "FROM tty1 FOR X", "ON tty2 BY X" (util-linux login)
)

// setuidBefore reports whether "setuid " ends before src[i], the word
// "to": spamd's "setuid to jdoe succeeded", the user it runs a scan as.
func setuidBefore(src []byte, i int) bool {
	return i >= 7 && string(src[i-7:i]) == "setuid " && (i == 7 || src[i-8] == ' ')
}

// uidAfter reports whether rest starts with ':' and a uid ending the word:
// spamd's "for jdoe:1001 in 1.2 seconds", a login and its uid.
func uidAfter(rest []byte) bool {
	if len(rest) < 2 || rest[0] != ':' || !isDigit(rest[1]) {
		return false
	}
	k := 1
	for k < len(rest) && isDigit(rest[k]) {
		k++
	}
	return k == len(rest) || rest[k] == ' '
}

// loginCue returns what the bytes before src[i] say of a login at i.
func loginCue(src []byte, i int) loginCueKind {
	switch src[i-1] {
	case '(':
		k := i - 1
		for k > 0 && isAlnum(src[k-1]) {
			k--
		}
		if k >= 8 && string(src[k-7:k]) == "passwd-" {
			k -= 7 // Dovecot's passwd-file driver
		}
		if k > 0 && (isAlnum(src[k-1]) || src[k-1] == '_' || src[k-1] == '-') {
			return loginNone
		}
		return dovecotProcess(src[k : i-1])
	case '"', '\'', '`', '[':
		return quotedUserCue(src, i) // user "x" (PostgreSQL, nginx, RBAC), user 'x'@'host' (MySQL), user [x] (Tomcat)
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
	if k > 0 && src[k-1] == ',' && accountTopics(src, e) {
		// MikroTik RouterOS's topics before an accounting message:
		// "pppoe,ppp,info,account jdoe logged in, 203.0.113.5",
		// "hotspot,account,info,debug jdoe (10.5.50.12): logged in".
		// Read as "user".
		return loginUser
	}
	switch w := src[k:e]; len(w) {
	case 2:
		if w[0] == 'b' && w[1] == 'y' {
			return loginBy
		}
		if w[0] == 'a' && w[1] == 's' && loginAsBefore(src, k) {
			return loginAs
		}
		if w[0] == 'B' && w[1] == 'Y' && ttyWordBefore(src, k) {
			return loginTTY
		}
		if w[0] == 't' && w[1] == 'o' && setuidBefore(src, k) {
			return loginSetuid
		}
	case 3:
		if w[0] == 'f' && w[1] == 'o' && w[2] == 'r' {
			return loginFor
		}
		if string(w) == "FOR" && ttyWordBefore(src, k) {
			return loginTTY
		}
	case 4:
		if foldEq(w, "user") {
			return loginUser
		}
	case 8:
		if foldEq(w, "username") || foldEq(w, "benutzer") || foldEq(w, "listener") {
			return loginUser // read as "user": what follows must say login
		}
	case 6, 7, 11:
		if userWordOther(w) {
			return loginUser
		}
	case 13:
		if foldEq(w, "administrator") {
			return loginUser
		}
	}
	return loginNone
}

// loginTextEnd returns the end of the login that starts at src[i], and
// whether the words around it say it is one: the cue before it
// (loginCue), then what must follow the cue's login, then the login's
// shape.
func loginTextEnd(src []byte, i int) (int, bool) {
	if i == 0 {
		return 0, false
	}
	cue := loginCue(src, i)
	if cue == loginNone {
		return 0, false
	}
	n := len(src)
	e := loginEnd(src, i)
	if e == i || e-i > maxLogin {
		return 0, false
	}
	if e < n && (src[e] == '@' || src[e] == '/' || src[e] == '\\' && cue != loginQuoted ||
		src[e] == '.' && e+1 < n && src[e+1] != ' ') {
		return 0, false // a longer word: an address, a path, a host name
	}
	rest := src[e:]
	switch cue {
	case loginUser:
		if len(rest) > 0 && !isValueEnd(rest[0]) && rest[0] != ':' && rest[0] != '(' && !dapAddr(rest) &&
			!(rest[0] == '.' && (len(rest) == 1 || rest[1] == ' ')) { // "of user jane.doe."
			return 0, false
		}
		if !personLogin(src[i:e]) && !userCueStrong(src, i, rest) {
			return 0, false // "user pasted ...", "user authentication failed"
		}
		if userAttrWord(src[i:e]) {
			return 0, false // Webex's "User type", "User UUID" (scan_ccx.go)
		}
		if contraction(src[i:e], rest) {
			return 0, false // Entra ID's "The user didn't enter the right credentials."
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
		if uidAfter(rest) {
			break // an account and its uid: accountLogin below keeps the services'
		}
		if acctForEnd(src, i, rest) {
			break // "changed password expiry for jdoe" (scan_login_acct.go)
		}
		if ttyAfter(rest) && (personLogin(src[i:e]) || i >= 11 && string(src[i-11:i]) == "failed for ") {
			break // su's "'su root' failed for lonvick on /dev/pts/8" (RFC 5424's example message)
		}
		strong := loginNounBefore(src, i)
		if strong {
			rest = rest[loginForAside(rest):]
		}
		if len(rest) < 7 || string(rest[:6]) != " from " || !addressAt(rest, 6) && !(rest[6] == '[' && addressAt(rest, 7)) {
			return 0, false // (an IPv6 address in brackets before its port: from [2001:db8::5]:33699)
		}
		if !personLogin(src[i:e]) && !sshMethodBefore(src, i) && !strong {
			return 0, false // "waiting for reply from 10.0.0.5"
		}
	case loginBy:
		if !hasPrefix(rest, "(uid=") && !byActorEnd(src, i, rest) && !lineAfter(rest) {
			return 0, false
		}
	case loginMessage:
		if !sudoAfter(rest) && !fullAuditAfter(rest) && !(loginFailureBefore(src, i) && len(rest) > 1 && rest[0] == ' ' && addressAt(rest, 1)) {
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
	case loginSetuid:
		if !hasPrefix(rest, " succeeded") {
			return 0, false
		}
	case loginAs:
		if len(rest) > 0 && rest[0] != '"' && !(hasPrefix(rest, " from ") && addressAt(rest, 6)) &&
			!(rest[0] == '.' && (len(rest) == 1 || rest[1] == ' ')) {
			return 0, false
		}
	case loginTTY:
		if len(rest) > 0 && rest[0] != ',' && rest[0] != '"' && rest[0] != ' ' {
			return 0, false
		}
	}
	if !accountLogin(src[i:e]) || fileName(src[i:e]) || hostName(src[i:e]) {
		return 0, false
	}
	return e, true
}

// ttyAfter reports whether rest starts with " on " and a terminal: the
// login a session or a failed su ran on (/dev/pts/8, pts/0, tty1).
func ttyAfter(rest []byte) bool {
	if !hasPrefix(rest, " on ") {
		return false
	}
	t := rest[4:]
	if hasPrefix(t, "/dev/") {
		t = t[5:]
	}
	return hasPrefix(t, "pts/") || hasPrefix(t, "tty")
}

// accountTopics reports whether src[:e] ends with a MikroTik RouterOS
// topic list that holds "account": lower-case words (and digits) joined by ',' after
// a blank or the start ("pppoe,ppp,info,account", "hotspot,account,info,
// debug"), which the system, PPP and hotspot accounting messages carry.
func accountTopics(src []byte, e int) bool {
	k, acc, words := e, false, 1
	for k > 0 && e-k <= 48 {
		c := src[k-1]
		switch {
		case c >= 'a' && c <= 'z' || isDigit(c): // l2tp, ipsec, ospf
		case c == ',':
			words++
			acc = acc || e-k >= 7 && string(src[k:k+7]) == "account" && (k+7 == e || src[k+7] == ',')
		case c == ' ':
			return acc && words >= 2
		default:
			return false
		}
		k--
	}
	acc = acc || e-k >= 7 && string(src[k:k+7]) == "account" && (k+7 == e || src[k+7] == ',')
	return k == 0 && acc && words >= 2
}

// lineAfter reports whether rest starts with " on " and a terminal line
// a session came in on: a tty (ttyAfter) or a router's vty or console
// (Cisco IOS: "Configured from console by jdoe on vty0 (203.0.113.5)").
func lineAfter(rest []byte) bool {
	return ttyAfter(rest) || hasPrefix(rest, " on vty") || hasPrefix(rest, " on console")
}

// contraction reports whether the word w and the rest after it are an
// English contraction with "n't" (didn't, doesn't, can't, won't): a verb
// after "user", no login.
func contraction(w, rest []byte) bool {
	return len(w) > 1 && w[len(w)-1] == 'n' && len(rest) >= 2 && rest[0] == '\'' && rest[1] == 't' &&
		(len(rest) == 2 || !isAlnum(rest[2]))
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

// scanSudoTTY matches the login that opens sudo's message when the TTY=
// at src[t] is its terminal: "jdoe : TTY=pts/0 ; ..." or "jdoe : 3
// incorrect password attempts ; TTY=...", the login at the start of the
// text (a JSON MESSAGE field), the word before the first " : " within
// sudoAfter's reach.
func scanSudoTTY(src []byte, t int) (hit, bool) {
	if t >= 5 && src[t-1] == '[' {
		return scanPkexecTTY(src, t)
	}
	if t < 5 || src[t-1] != ' ' {
		return hit{}, false
	}
	c := t - 1
	for c >= 2 && t-c < 100 && !(src[c-2] == ' ' && src[c-1] == ':' && src[c] == ' ') {
		c--
	}
	if c < 3 || src[c-1] != ':' {
		return hit{}, false
	}
	e := c - 2 // the blank before " : "
	v := e
	for v > 0 && e-v <= maxLogin && src[v-1] != ' ' && src[v-1] != ':' && src[v-1] != ']' {
		v--
	}
	if v == e || v > 0 && loginCue(src, v) != loginMessage || loginEnd(src, v) != e || !sudoAfter(src[e:]) {
		return hit{}, false
	}
	if l := src[v:e]; !accountLogin(l) || fileName(l) || hostName(l) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// ttyLoginMay reports whether the word src[i:w] is "pts" of a pseudo
// terminal (pts/0) after a blank: the column after the login in the
// sessions that last, lastb, who and w list.
func ttyLoginMay(src []byte, i, w int) bool {
	return w-i == 3 && i > 1 && src[i-1] == ' ' && w+1 < len(src) && src[w] == '/' && isDigit(src[w+1]) &&
		string(src[i:w]) == "pts"
}

// scanTTYLogin matches the login that opens a line of last, who or w
// before the terminal at src[i] ("jdoe     pts/0        203.0.113.5
// Mon Dec  7 01:02   still logged in"): the word at the start of the
// text or of a line, blanks between, when it is a person's login.
func scanTTYLogin(src []byte, i int) (hit, bool) {
	e := i - 1
	for e > 0 && src[e-1] == ' ' {
		e--
	}
	v := e
	for v > 0 && e-v <= maxLogin && (isAlnum(src[v-1]) || src[v-1] == '.' || src[v-1] == '_' || src[v-1] == '-') {
		v--
	}
	if v == e || v > 0 && src[v-1] != '\n' || loginEnd(src, v) != e {
		return hit{}, false
	}
	if l := src[v:e]; !accountLogin(l) || fileName(l) || hostName(l) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// scanSSHDTitle matches the login in the process title OpenSSH's sshd
// gives the processes of a session: "sshd: jdoe [priv]" (the monitor),
// "sshd: jdoe [net]" (the unprivileged child) and "sshd: jdoe@pts/0" or
// "jdoe@notty" (the session); w is the ':' after "sshd".
func scanSSHDTitle(src []byte, w int) (hit, bool) {
	v := w + 2
	if v >= len(src) || src[w+1] != ' ' {
		return hit{}, false
	}
	e := loginEnd(src, v)
	if e == v || e-v > maxLogin {
		return hit{}, false
	}
	rest := src[e:]
	if !hasPrefix(rest, " [priv]") && !hasPrefix(rest, " [net]") && !hasPrefix(rest, "@pts/") &&
		!hasPrefix(rest, "@notty") && !hasPrefix(rest, "@tty") {
		return hit{}, false
	}
	if !accountLogin(src[v:e]) || fileName(src[v:e]) || hostName(src[v:e]) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
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

// fullAuditAfter reports whether rest, after a login that opens a
// message, is what follows the user in Samba's vfs_full_audit prefix
// (%u|%I|%m|%S): '|' and the client's address.
func fullAuditAfter(rest []byte) bool {
	return len(rest) > 1 && rest[0] == '|' && addressAt(rest, 1)
}

// byActorEnd reports whether the login at src[i], after "by ", is the
// actor of what the words before name, by what follows it (rest): the end
// of the message or " from " and an address. The words before must be a
// request's path (Jenkins' Audit Trail plugin: "/job/shop-api/build by
// jdoe from 203.0.113.5") or a source control push (Jenkins' causes:
// "Started by GitHub push by jdoe"), which name no machine or process.
// A comment's author before ": " and the comment's text (Atlantis:
// "Comment by jdoe: atlantis apply") is one too.
func byActorEnd(src []byte, i int, rest []byte) bool {
	colon := hasPrefix(rest, ": ")
	if len(rest) > 0 && !colon && !(hasPrefix(rest, " from ") && addressAt(rest, 6)) {
		return false
	}
	k := i - 4 // the blank before "by "
	if k < 1 || src[k] != ' ' {
		return false
	}
	b := k
	for b > 0 && src[b-1] != ' ' && src[b-1] != '"' {
		b--
	}
	w := src[b:k]
	if colon {
		return foldEq(w, "comment")
	}
	if len(rest) > 0 && (foldEq(w, "logout") || foldEq(w, "logoff") || foldEq(w, "login")) {
		return true // Webmin: "Logout by jdoe from 203.0.113.5"
	}
	return len(w) > 1 && w[0] == '/' || foldEq(w, "push")
}

// userCueStrong reports whether the words around "user LOGIN" (the login
// at src[i], rest after it) say it is a login even when the login is one
// word, as English words are: sshd's "Invalid user", "authenticating
// user", "for user", or the login ends the line (with or without a full
// stop), opens PAM's "(uid=", or
// an address follows it ("user jdoe from 203.0.113.5", "user jdoe
// 203.0.113.5 port 22").
func userCueStrong(src []byte, i int, rest []byte) bool {
	if login := src[i : len(src)-len(rest)]; foldEq(login, "if") || foldEq(login, "current_user") {
		return false // SQL: DROP USER IF EXISTS, ALTER USER CURRENT_USER()
	}
	switch {
	case len(rest) == 0 || rest[0] == '(' || rest[0] == '"' || rest[0] == '\'' || len(rest) == 1 && rest[0] == '.':
		return true // systemd-logind: "New session 3 of user jdoe."
	case mountFromAfter(rest):
		return true // Icecast: "Added listener jdoe on /live from 203.0.113.5"
	case hasPrefix(rest, " (uid: "), hasPrefix(rest, " (uid="):
		return true // Gitea: "SSH: user jdoe (uid: 5481) pushed to ..."
	case hasPrefix(rest, " from ") && (addressAt(rest, 6) || len(rest) > 7 && rest[6] == '[' && addressAt(rest, 7)),
		len(rest) > 1 && rest[0] == ' ' && addressAt(rest, 1),
		len(rest) > 2 && rest[0] == ' ' && rest[1] == '(' && addressAt(rest, 2):
		return true // "user jdoe (203.0.113.5): logged in"
	case fromAddressOther(rest), hasPrefix(rest, " inició sesión"), hasPrefix(rest, " connecté"), hasPrefix(rest, " s'est connecté"),
		hasPrefix(rest, " angemeldet"), hasPrefix(rest, " abgemeldet"), hasPrefix(rest, " eingeloggt"), hasPrefix(rest, " ha effettuato"):
		return true // the same in the other languages: "Usuario jperez inició sesión desde 192.0.2.7"
	case hasPrefix(rest, " logged in"), hasPrefix(rest, " logged out"), hasPrefix(rest, " signed in"),
		hasPrefix(rest, " signed out"), hasPrefix(rest, " logged on"), hasPrefix(rest, " authenticated"):
		return true // an application's audit message: "user jdoe logged in"
	case apacheAuthFailure(rest), dapAddr(rest), addrFieldAfter(rest):
		return true
	case hasPrefix(rest, " succeeded in "), hasPrefix(rest, " failed in "):
		return true // FortiOS: "User jdoe succeeded in authentication"
	case userFieldList(src, i, rest):
		return true // NetScaler: "SessionId: 17 - User jdoe - Client_ip ..."
	case hasPrefix(rest, " and/or password"), hasPrefix(rest, " or password"):
		return true // Cassandra: "Provided username jdoe and/or password are incorrect"
	case userOutcomeAfter(rest):
		return true // ProFTPD: "USER jdoe: Login successful." (scan_login_acct.go)
	case hasPrefix(rest, " privilege "), hasPrefix(rest, " secret "), hasPrefix(rest, " password "):
		return true // Cisco IOS: "username jdoe privilege 15 secret 0 ..." (a TACACS+ accounting record's cmd=)
	}
	k := i - 6 // the blank before "user "
	if k < 1 || src[k] != ' ' {
		return false
	}
	b := k
	for b > 0 && isAlpha(src[b-1]) {
		b--
	}
	w := src[b:k]
	// SQL's statements on accounts (ALTER USER jdoe WITH PASSWORD ...,
	// CREATE USER, DROP USER, RENAME USER) name the login after USER,
	// unless IF [NOT] EXISTS comes first.
	// Windows' net user LOGIN (net.exe, net1.exe: an account added,
	// changed or looked up).
	return foldEq(w, "invalid") || foldEq(w, "illegal") || foldEq(w, "authenticating") || foldEq(w, "for") ||
		foldEq(w, "net") || foldEq(w, "net1") ||
		foldEq(w, "unknown") || foldEq(w, "alter") || foldEq(w, "create") || foldEq(w, "drop") || foldEq(w, "rename")
}

// dapAddr reports whether rest, after a login, is the ASA's ", Addr "
// and an address (734001: "DAP: User jdoe, Addr 203.0.113.5, Connection
// AnyConnect: ...").
func dapAddr(rest []byte) bool { return hasPrefix(rest, ", Addr ") && addressAt(rest, 7) }

// sshMethodBefore reports whether "for " before the login at src[i]
// follows an authentication method of sshd's log lines: "Accepted
// password for", "Failed publickey for", "Postponed keyboard-interactive/pam
// for". Then a login of one word is one; in other messages "for X from
// 10.0.0.5" is English.
func sshMethodBefore(src []byte, i int) bool {
	k := i - 5 // the blank before "for "
	if k < 1 || src[k] != ' ' {
		return false
	}
	b := k
	for b > 0 && src[b-1] != ' ' {
		b--
	}
	switch string(src[b:k]) {
	case "password", "publickey", "keyboard-interactive/pam", "keyboard-interactive", "hostbased", "none",
		"gssapi-with-mic", "gssapi-keyex":
		return true
	}
	return false
}

// loginNounBefore reports whether the word before the "for " that ends
// at src[i] says a sign-in is meant: "login", "logon" or "attempt", or
// "failed" after "login" or "authentication" (webmail's "Successful login for X from ...", a forge's "Failed
// authentication attempt for X from ..."). After it the word is the login
// whatever its shape, as after sshd's method.
func loginNounBefore(src []byte, i int) bool {
	k := i - 5 // the blank before "for "
	if k < 5 || src[k] != ' ' {
		return false
	}
	b := k
	for b > 0 && isAlpha(src[b-1]) {
		b--
	}
	if b > 0 && src[b-1] != ' ' {
		return false
	}
	w := src[b:k]
	if foldEq(w, "failed") && b >= 6 && src[b-1] == ' ' {
		// "Login failed for X", "authentication failed for X".
		p := b - 1
		for p > 0 && isAlpha(src[p-1]) {
			p--
		}
		if p > 0 && src[p-1] != ' ' {
			return false
		}
		w = src[p : b-1]
		return foldEq(w, "login") || foldEq(w, "logon") || foldEq(w, "authentication")
	}
	return foldEq(w, "login") || foldEq(w, "logon") || foldEq(w, "attempt")
}

// loginForAside returns how many bytes of rest, after a login that a
// login noun named, are an aside before " from <address>": the account's
// number in parentheses (Roundcube's " (ID: 5)") or the server it was
// tried on (" against imap.example.com"); 0 when there is none.
func loginForAside(rest []byte) int {
	switch {
	case hasPrefix(rest, " ("):
		for k := 2; k < len(rest) && k <= 24; k++ {
			if rest[k] == ')' {
				return k + 1
			}
			if rest[k] == '(' {
				return 0
			}
		}
	case hasPrefix(rest, " against "):
		k := 9
		for k < len(rest) && k <= 72 && (isAlnum(rest[k]) || rest[k] == '.' || rest[k] == '-' || rest[k] == ':') {
			k++
		}
		if k > 9 && hasPrefix(rest[k:], " from ") {
			return k
		}
	}
	return 0
}

// idpPrefixLen returns the length of an identity provider's prefix at
// src[v] ("oidc:" of "oidc:jdoe", Kubernetes' --oidc-username-prefix), 0
// when there is none or it is the API server's own "system:".
func idpPrefixLen(src []byte, v int) int {
	k := v
	for k < len(src) && k-v < 24 && (isAlnum(src[k]) || src[k] == '-' || src[k] == '_') {
		k++
	}
	if k == v || k+1 >= len(src) || src[k] != ':' || !isAlpha(src[k+1]) || foldEq(src[v:k], "system") {
		return 0
	}
	return k + 1 - v
}

// userWordOther reports whether w is "user" in the other languages of the
// messages applications write (French, Spanish, Italian; German's
// Benutzer is tested beside username): "Utilisateur jean.dupont
// connecté", "Usuario jperez inició sesión".
func userWordOther(w []byte) bool {
	switch len(w) {
	case 6:
		return foldEq(w, "utente")
	case 7:
		return foldEq(w, "usuario")
	case 11:
		return foldEq(w, "utilisateur")
	}
	return false
}

// fromAddressOther reports whether rest, after a login, is "from" and an
// address in German, French, Spanish or Italian.
func fromAddressOther(rest []byte) bool {
	for _, w := range [...]string{" von ", " depuis ", " desde ", " da "} {
		if hasPrefix(rest, w) && addressAt(rest, len(w)) {
			return true
		}
	}
	return false
}

// initiatedWord reports whether the word src[i:w] is "initiated" before a
// blank: Argo CD's application events name their user first ("jdoe
// initiated sync to HEAD (f62048f)", "jdoe initiated rollback to 3").
func initiatedWord(src []byte, i, w int) bool {
	return w-i == 9 && w < len(src) && src[w] == ' ' && string(src[i:w]) == "initiated"
}

// scanInitiatedBy matches the login before "initiated" at src[i] when it
// opens the message: at the start of the text or of a quoted value
// (msg="jdoe initiated sync ..."), and is a person's (accountLogin: admin
// stays, "Unknown user initiated" has no login).
func scanInitiatedBy(src []byte, i int) (hit, bool) {
	if i < 2 || src[i-1] != ' ' {
		return hit{}, false
	}
	e := i - 1
	v := e
	for v > 0 && e-v <= maxLogin && src[v-1] != ' ' && src[v-1] != '"' && src[v-1] != '=' {
		v--
	}
	if v == e || v > 0 && src[v-1] != '"' || loginEnd(src, v) != e {
		return hit{}, false
	}
	if l := src[v:e]; !accountLogin(l) || fileName(l) || hostName(l) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// authFailedWord reports whether the word src[i:w] is "Authentication"
// or "authentication" after ": " and before " failed" or " failure": the
// message that names the login it failed for first, ClickHouse's
// "DB::Exception: jdoe: Authentication failed: password is incorrect, or
// there is no user with such name.", an application's "jane.doe:
// authentication failure".
func authFailedWord(src []byte, i, w int) bool {
	return w-i == 14 && i >= 4 && src[i-1] == ' ' && src[i-2] == ':' && (src[i] == 'a' || src[i] == 'A') &&
		string(src[i+1:w]) == "uthentication" && (hasPrefix(src[w:], " failed") || hasPrefix(src[w:], " failure"))
}

// scanAuthFailedBy matches the login before ": " and the "Authentication"
// at src[i]: a person's login written as one (jane.doe), or a login of
// one word in lower case (jdoe, jdoe42) when an exception's name and ": "
// come before it ("DB::Exception: jdoe: ..."). Elsewhere a word there
// names a level, a mechanism or a part of the program (fatal:, sasl:,
// upstream:), and accountLogin keeps the services' accounts (default:).
func scanAuthFailedBy(src []byte, i int) (hit, bool) {
	e := i - 2
	v := e
	for v > 0 && e-v <= maxLogin && src[v-1] != ' ' && src[v-1] != '"' && src[v-1] != '\'' && src[v-1] != '=' && src[v-1] != '(' && src[v-1] != '[' {
		v--
	}
	if v == e || e-v > maxLogin {
		return hit{}, false
	}
	l := src[v:e]
	if !accountLogin(l) || fileName(l) || hostName(l) {
		return hit{}, false
	}
	if !personLogin(l) {
		if v < 11 || src[v-1] != ' ' || src[v-2] != ':' || string(src[v-11:v-2]) != "Exception" {
			return hit{}, false
		}
		for _, c := range l {
			if isUpper(c) {
				return hit{}, false
			}
		}
	}
	return hit{det: DetName, start: v, end: e}, true
}

// mountFromAfter reports whether rest, after a login, is " on " a path
// and " from " an address: a streaming server's listener on its mount
// point (Icecast's "Added listener jdoe on /live from 203.0.113.5").
func mountFromAfter(rest []byte) bool {
	if !hasPrefix(rest, " on /") {
		return false
	}
	k := 5
	for k < len(rest) && k < 80 && rest[k] != ' ' {
		k++
	}
	return hasPrefix(rest[k:], " from ") && addressAt(rest, k+6)
}

// resourceTitleAt reports whether the word "user" at src[i] names a
// configuration tool's user resource type: Puppet's User[jdoe] (in a
// resource path after '/' or opening a message), Chef's user[jdoe] and
// linux_user[jdoe], windows_user[jdoe], mac_user[jdoe].
func resourceTitleAt(src []byte, i int) bool {
	return i == 0 || src[i-1] == '/' || src[i-1] == ' ' || src[i-1] == '_' || src[i-1] == '(' || src[i-1] == '\t'
}

// scanResourceTitle matches the title of a user resource that starts at
// src[v], when it is a person's login and the bracket closes after it.
func scanResourceTitle(src []byte, v int) (hit, bool) {
	e := loginEnd(src, v)
	if e == v || e >= len(src) || src[e] != ']' || !accountLogin(src[v:e]) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// scanTerraformUser matches the name of a Terraform resource whose type
// names a user (aws_iam_user, okta_user, azuread_user), after the type's
// word "user" that ends before src[w]: the address aws_iam_user.jdoe and
// the block's label, resource "okta_user" "jdoe", when a person's login.
func scanTerraformUser(src []byte, w int) (hit, bool) {
	v := w + 1
	if src[w] == '"' {
		if !hasPrefix(src[w:], `" "`) {
			return hit{}, false
		}
		v = w + 3
	}
	e := loginEnd(src, v)
	if e == v || e-v > maxLogin || !accountLogin(src[v:e]) {
		return hit{}, false
	}
	if src[w] == '"' {
		if e >= len(src) || src[e] != '"' {
			return hit{}, false
		}
	} else if e < len(src) && src[e] != ':' && src[e] != ' ' && src[e] != 0x1b && src[e] != ',' && src[e] != '"' && src[e] != ']' {
		return hit{}, false // aws_iam_user.jdoe.arn: an attribute follows; the name is still one
	}
	// apply's "Creation complete after 2s [id=jdoe]" repeats the name:
	// look for it again (echo.go).
	return hit{det: DetName, start: v, end: e, echo: echoLoginShape(src[v:e])}, true
}

// scanConnUserID matches the login of a connection string's "User ID="
// (ADO.NET, ODBC: Server=…;User ID=jdoe;Password=…) that starts at src[v],
// up to the ';' that ends the pair, when a person's.
func scanConnUserID(src []byte, v int) (hit, bool) {
	e := v
	for e < len(src) && e-v <= maxLogin+16 && src[e] != ';' && src[e] != '"' && src[e] != '\'' && src[e] != ' ' {
		e++
	}
	u := v
	for x := v; x < e; x++ {
		if src[x] == '\\' {
			u = x + 1 // CORP\jdoe
		}
	}
	if e == u || !accountLogin(src[u:e]) {
		return hit{}, false
	}
	return hit{det: DetName, start: u, end: e}, true
}
