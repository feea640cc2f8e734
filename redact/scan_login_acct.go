package redact

// Logins in the messages of the programs that manage accounts and of the
// servers that log people in, beyond sshd's and PAM's (scan_login.go):
//
//   - shadow-utils quote the login: "add 'jdoe' to group 'docker'",
//     "delete 'jdoe' from shadow group 'sudo'", "removed group 'jdoe'
//     owned by 'jdoe'", "password for 'jdoe' changed by 'root'";
//   - "login as jdoe from 203.0.113.5" and "Logout by jdoe from ..."
//     (Webmin, control panels), "logged in as jdoe";
//   - util-linux login's upper-case cues after a terminal: "FAILED LOGIN 1
//     FROM tty1 FOR jdoe, Authentication failure", "LOGIN ON tty2 BY jdoe";
//   - "for jdoe" ending an account event: "changed password expiry for
//     jdoe", "password changed for jdoe", an FTP server's "331 Password
//     required for jdoe";
//   - "user jdoe" before an outcome: ProFTPD's "USER jdoe: Login
//     successful.", "USER jdoe (Login failed): ...", "user jdoe: no such
//     user", gpasswd's "user jdoe added by root to group docker";
//   - a login opening a message before "is now logged in", "logged in",
//     "has logged out" (Pure-FTPd: "(?@203.0.113.5) [INFO] jdoe is now
//     logged in");
//   - the session's login in brackets opening a message before an FTP
//     server's verdict (vsftpd with syslog_enable: "[jdoe] OK LOGIN:",
//     "[jdoe] FTP command: ...").
//
// As for the other cues, accountLogin keeps root, www-data and the
// services' accounts, and group names are never read as logins.

// acctQuotedCue reports whether the single quote at src[k] opens a login
// by the words around it (shadow-utils' messages).
func acctQuotedCue(src []byte, k int) bool {
	if k < 4 || src[k-1] != ' ' {
		return false
	}
	c := k + 1
	for c < len(src) && c-k <= maxLogin+1 && src[c] != '\'' && src[c] != ' ' {
		c++
	}
	if c >= len(src) || src[c] != '\'' {
		return false
	}
	rest := src[c+1:]
	switch {
	case wordEndsAt(src, k-1, "by"):
		return wordEndsAt(src, k-4, "owned") // userdel: removed group 'jdoe' owned by 'jdoe'
	case wordEndsAt(src, k-1, "group"):
		return hasPrefix(rest, " owned by '") // the user's own group, named after the login
	case wordEndsAt(src, k-1, "for"):
		return hasPrefix(rest, " changed") // passwd: password for 'jdoe' changed by 'root'
	case wordEndsAt(src, k-1, "add"):
		return hasPrefix(rest, " to group '") || hasPrefix(rest, " to shadow group '")
	case wordEndsAt(src, k-1, "delete"):
		return hasPrefix(rest, " from group '") || hasPrefix(rest, " from shadow group '")
	}
	return false
}

// wordEndsAt reports whether the word w ends at src[b-1] and starts the
// text or follows a blank.
func wordEndsAt(src []byte, b int, w string) bool {
	k := b - len(w)
	return k >= 0 && b <= len(src) && string(src[k:b]) == w && (k == 0 || src[k-1] == ' ')
}

// acctCueWord reports whether the word src[i:w] is one of this file's
// cues before a blank: add/delete before a quote, "as" after a login
// word, FOR/BY after a terminal.
func acctCueWord(src []byte, i, w int) bool {
	if w+1 >= len(src) || src[w] != ' ' {
		return false
	}
	switch string(src[i:w]) {
	case "add", "delete":
		return src[w+1] == '\''
	case "as":
		return loginAsBefore(src, i)
	case "FOR", "BY":
		return ttyWordBefore(src, i)
	case "to":
		return memberListBefore(src, i)
	}
	return false
}

// loginAsBefore reports whether the word "as" at src[i] follows "login",
// "logon" or "logged in": "Successful login as jdoe", "logged in as jdoe".
func loginAsBefore(src []byte, i int) bool {
	return wordBefore(src, i-1, "login") || wordBefore(src, i-1, "logon") ||
		wordBefore(src, i-1, "in") && wordBefore(src, i-4, "logged")
}

// ttyWordBefore reports whether the word before src[i] (after one blank)
// is a terminal: tty1, pts/0, /dev/tty2, :0.
func ttyWordBefore(src []byte, i int) bool {
	if i < 2 || src[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && src[k-1] != ' ' {
		k--
	}
	t := src[k : i-1]
	if hasPrefix(t, "/dev/") {
		t = t[5:]
	}
	return hasPrefix(t, "tty") || hasPrefix(t, "pts/")
}

// acctForEnd reports whether "for LOGIN" (the login at src[i], rest after
// it) ends an account event: the word before "for" says a password or an
// account changed or is wanted, and the login ends the message.
func acctForEnd(src []byte, i int, rest []byte) bool {
	if len(rest) > 0 && rest[0] != '"' && rest[0] != '\n' && rest[0] != '\r' && rest[0] != '\\' &&
		!(rest[0] == '.' && (len(rest) == 1 || rest[1] == ' ' || rest[1] == '"')) {
		return false
	}
	for _, w := range [...]string{"expiry", "changed", "required", "reset", "expired", "updated", "locked", "unlocked"} {
		if wordEndsAt(src, i-5, w) {
			// The password the event is about, within two words.
			k := i - 5 - len(w)
			if k > 24 {
				k = i - 5 - len(w) - 24
			} else {
				k = 0
			}
			return containsFold(src[k:i-4], "password")
		}
	}
	return false
}

// userOutcomeAfter reports whether rest, after "user LOGIN", is an
// authentication outcome or an account change: ": Login successful.",
// " (Login failed): ...", ": no such user", " added by root to group x".
func userOutcomeAfter(rest []byte) bool {
	switch {
	case hasPrefix(rest, ": "), hasPrefix(rest, " ("):
		r := rest[2:]
		return hasPrefixFold(r, "login") || hasPrefixFold(r, "authentication") || hasPrefixFold(r, "no such user") ||
			hasPrefixFold(r, "incorrect password") || hasPrefixFold(r, "password")
	}
	for _, p := range [...]string{" added by ", " removed by ", " deleted by ", " created by ", " locked by ", " unlocked by "} {
		if hasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// hasPrefixFold is hasPrefix ignoring ASCII case; p is lower case.
func hasPrefixFold(b []byte, p string) bool { return len(b) >= len(p) && foldEq(b[:len(p)], p) }

// loggedWord reports whether the word src[i:w] is "logged" before " in",
// " out", " on" or " off", with a login that opens the message before it
// (scanLoggedIn tests the login).
func loggedWord(src []byte, i, w int) bool {
	return w-i == 6 && i >= 2 && src[i-1] == ' ' && string(src[i:w]) == "logged" &&
		(hasPrefix(src[w:], " in") || hasPrefix(src[w:], " out") || hasPrefix(src[w:], " on") || hasPrefix(src[w:], " off"))
}

// scanLoggedIn matches the login before "[is|has|was] [now] logged in" at
// src[i] when it opens a message: the start of the text, or after a
// syslog tag's ": " or a bracketed level ("[INFO] ").
func scanLoggedIn(src []byte, i int) (hit, bool) {
	e := i - 1
	for _, aux := range [...]string{"now", "is", "has", "was"} {
		if e > len(aux) && src[e] == ' ' && string(src[e-len(aux):e]) == aux && src[e-len(aux)-1] == ' ' {
			e -= len(aux) + 1
		}
	}
	if src[e] != ' ' {
		return hit{}, false
	}
	v := e
	for v > 0 && e-v <= maxLogin && src[v-1] != ' ' && src[v-1] != '"' {
		v--
	}
	if v == e || loginEnd(src, v) != e {
		return hit{}, false
	}
	if v > 0 && !(v >= 2 && src[v-1] == ' ' && (src[v-2] == ':' || src[v-2] == ']')) && src[v-1] != '"' {
		return hit{}, false
	}
	if l := src[v:e]; !accountLogin(l) || fileName(l) || hostName(l) || upperWord(l) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// ftpVerdictAfter reports whether rest, after a bracketed login that
// opens a message, is "] " and an FTP server's verdict on the session's
// command: vsftpd's "OK LOGIN:", "FAIL LOGIN:", "OK UPLOAD:", "FTP
// command:", "FTP response:".
func ftpVerdictAfter(rest []byte) bool {
	if !hasPrefix(rest, "] ") {
		return false
	}
	r := rest[2:]
	return hasPrefix(r, "OK ") || hasPrefix(r, "FAIL ") || hasPrefix(r, "FTP command:") || hasPrefix(r, "FTP response:")
}

// passWord reports whether the word src[i:w] is the FTP command PASS
// (RFC 959) before its argument: at the start of the text or a quoted
// value, or after "> " (FileZilla Server's "(addr)> PASS ...").
func passWord(src []byte, i, w int) bool {
	return w-i == 4 && w+1 < len(src) && src[w] == ' ' && string(src[i:w]) == "PASS" &&
		(i == 0 || src[i-1] == '"' || i >= 2 && src[i-1] == ' ' && src[i-2] == '>')
}

// scanFTPPass matches the password after PASS up to the end of the text,
// the line or the quote; the masks servers write in its place
// (<password>, (hidden), ****) stay.
func scanFTPPass(src []byte, w int) (hit, bool) {
	v := w + 1
	e := v
	for e < len(src) && src[e] != '"' && src[e] != '\n' && src[e] != '\r' && src[e] != ' ' && e-v <= 128 {
		e++
	}
	if e == v || e-v > 128 || e < len(src) && src[e] == ' ' {
		return hit{}, false
	}
	p := src[v:e]
	if p[0] == '<' || p[0] == '(' || p[0] == '*' || p[0] == '[' {
		return hit{}, false
	}
	return hit{det: DetSecret, start: v, end: e}, true
}

// bracketMsgOpen reports whether the '[' at src[o] opens a message: the
// start of the text (a JSON MESSAGE field), or after an RFC 3164 tag's
// ": " or RFC 5424's "- " (no structured data).
func bracketMsgOpen(src []byte, o int) bool {
	return o == 0 || o >= 2 && src[o-1] == ' ' && (src[o-2] == ':' || src[o-2] == '-' && o >= 3 && src[o-3] == ' ')
}

// containsFold reports whether b holds p (lower case) in any ASCII case.
func containsFold(b []byte, p string) bool {
	for k := 0; k+len(p) <= len(b); k++ {
		if foldEq(b[k:k+len(p)], p) {
			return true
		}
	}
	return false
}

// ownedByQuote reports whether the cue word src[i:w] is "by" of
// userdel's "removed group 'jdoe' owned by 'jdoe'": the login is also the
// group's name before it, found again by echo.
func ownedByQuote(src []byte, i, w int) bool {
	return w-i == 2 && w+1 < len(src) && src[w+1] == '\'' && string(src[i:w]) == "by" && wordEndsAt(src, i-1, "owned")
}

// scanPkexecTTY matches the login that opens pkexec's message when the
// "[TTY=" at src[t-1] is its terminal: "jdoe: Executing command
// [USER=root] [TTY=unknown] [CWD=/home/jdoe] [COMMAND=...]".
func scanPkexecTTY(src []byte, t int) (hit, bool) {
	const exec = ": Executing command [USER="
	k := t - 1
	for k > len(exec) && t-k < 64 && !(src[k-1] == ' ' && src[k-2] == ']') {
		k--
	}
	// src[k-2:k] is the "] " after USER=...; find ": Executing command" before it.
	c := k - 2
	for c > 0 && k-c < 48 && src[c] != '=' {
		c--
	}
	s := c - len(exec) + 1
	if s < 1 || string(src[s:c+1]) != exec {
		return hit{}, false
	}
	e := s
	v := e
	for v > 0 && e-v <= maxLogin && src[v-1] != ' ' && src[v-1] != '"' {
		v--
	}
	if v == e || loginEnd(src, v) != e || v > 0 && src[v-1] != '"' && loginCue(src, v) != loginMessage {
		return hit{}, false
	}
	if l := src[v:e]; !accountLogin(l) || fileName(l) || hostName(l) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// acctToolWord reports whether the word src[i:w] names one of the
// programs that take a login as their last operand (useradd, usermod,
// userdel, adduser, deluser, passwd, chage, chfn, chsh) and starts a
// command: at the start of the text or a quoted value, after '='
// (sudo's COMMAND=), a path's '/' or "sudo "; a blank and an argument
// follow it.
func acctToolWord(src []byte, i, w int) bool {
	if w-i < 4 || w-i > 7 || w+1 >= len(src) || src[w] != ' ' ||
		i > 0 && src[i-1] != '/' && src[i-1] != '=' && src[i-1] != '"' && !wordEndsAt(src, i-1, "sudo") {
		return false
	}
	switch string(src[i:w]) {
	case "useradd", "usermod", "userdel", "adduser", "deluser", "passwd", "chage", "chfn", "chsh":
		return true
	}
	return false
}

// acctArgOption reports whether the option o takes the next word as its
// argument in useradd, usermod, chage, chfn or chsh: then that word is
// no login.
func acctArgOption(o []byte) bool {
	if len(o) == 2 && o[0] == '-' {
		return o[1] != 'm' && o[1] != 'M' && o[1] != 'r' && o[1] != 'l' && o[1] != 'L' && o[1] != 'U' && o[1] != 'a' &&
			o[1] != 'N' && o[1] != 'D' && o[1] != 'S' && o[1] != 'n' && o[1] != 'F' && o[1] != 'h'
	}
	return len(o) > 2 && o[0] == '-' && o[1] != '-' && o[len(o)-1] == 'G' // usermod -aG docker
}

// scanAcctToolLogin matches the last word of the command line after the
// program name ending at src[w]: the login the tool acts on ("useradd -m
// -c Jane Doe -G docker jdoe", "passwd -l jdoe"), unless an option that
// takes an argument comes just before it. The scan resumes after the
// login, so later is true when a word between may hold what another
// detector wants (a GECOS name after -c, a value after --password=, a
// number): the caller keeps the login for later (scanner.addPending)
// and lets the scan go on from the tool.
func scanAcctToolLogin(src []byte, w int) (h hit, later, ok bool) {
	end := w
	for end < len(src) && end-w <= 256 && src[end] != '\n' && src[end] != '\r' && src[end] != ';' &&
		src[end] != '|' && src[end] != '&' && src[end] != '\\' {
		if src[end] == '"' {
			// A quoted option's value, such as the GECOS of
			// useradd -c "Jane Doe" jdoe, is skipped; any other quote
			// may close the string the command is quoted in.
			q := quotedOptionEnd(src, end)
			if q < 0 {
				break
			}
			end = q
		}
		end++
	}
	if end-w > 256 {
		return hit{}, false, false
	}
	for end > w && src[end-1] == ' ' {
		end--
	}
	v := end
	for v > w && src[v-1] != ' ' {
		v--
	}
	if v <= w+1 || src[v] == '-' || loginEnd(src, v) != end {
		return hit{}, false, false
	}
	p := v - 1
	for p > w && src[p-1] != ' ' {
		p--
	}
	if p < v-1 && acctArgOption(src[p:v-1]) {
		return hit{}, false, false
	}
	if l := src[v:end]; !accountLogin(l) || fileName(l) || hostName(l) {
		return hit{}, false, false
	}
	// Only options, paths and lower-case words without digits between
	// let the scan skip to the login.
	opt := false
	for x := w; x < v && !later; x++ {
		c := src[x]
		if x > 0 && src[x-1] == ' ' {
			opt = c == '-'
		}
		later = c == '=' || c == '+' || c == '$' || c == '@' || c == '%' ||
			!opt && (isUpper(c) || isDigit(c) || c == '[' || c == ':' || c >= 0x80)
	}
	return hit{det: DetName, start: v, end: end}, later, true
}

// quotedOptionEnd returns the index of the quote that closes the option
// value opening with the quote at src[q] ("-c "Jane Doe" jdoe"), when the
// word before it is an option and a blank follows the closing quote; -1
// otherwise.
func quotedOptionEnd(src []byte, q int) int {
	if q < 3 || src[q-1] != ' ' {
		return -1
	}
	o := q - 1
	for o > 0 && src[o-1] != ' ' {
		o--
	}
	if o == q-1 || src[o] != '-' {
		return -1
	}
	for e := q + 1; e < len(src) && e-q <= 128; e++ {
		switch src[e] {
		case '"':
			if e+1 < len(src) && src[e+1] == ' ' {
				return e
			}
			return -1
		case '\n', '\r', '\\':
			return -1
		}
	}
	return -1
}

// memberListBefore reports whether the word "to" at src[i] ends gpasswd's
// "members of group docker set by root to " (also "administrators of
// group ..."): a list of logins follows it.
func memberListBefore(src []byte, i int) bool {
	k := i - 1 // the blank before "to"
	if k < 8 || src[k] != ' ' {
		return false
	}
	b := k
	for b > 0 && k-b <= maxLogin && src[b-1] != ' ' {
		b--
	}
	if !wordEndsAt(src, b-1, "by") || !wordEndsAt(src, b-4, "set") {
		return false
	}
	g := b - 8 // the blank before "set"
	for g > 0 && b-g < 80 && src[g-1] != ' ' {
		g--
	}
	return wordEndsAt(src, g-1, "group") && (wordEndsAt(src, g-7, "of") || g < 7)
}

// scanMemberList matches the logins of gpasswd's member list at src[v]
// ("jdoe,asmith,www-data"): the first person's login is the hit, the
// others are kept for the scan's next calls; the services' accounts
// stay (accountLogin).
func (s *scanner) scanMemberList(src []byte, v int) (first hit, ok bool) {
	for v < len(src) {
		e := loginEnd(src, v)
		if e == v || e < len(src) && src[e] != ',' && src[e] != ' ' && src[e] != '"' && src[e] != '\n' && src[e] != '\r' {
			break
		}
		if l := src[v:e]; accountLogin(l) && !fileName(l) && !hostName(l) {
			if !ok {
				first, ok = hit{det: DetName, start: v, end: e}, true
			} else {
				s.addPending(src, DetName, v, e)
			}
		}
		if e >= len(src) || src[e] != ',' {
			break
		}
		v = e + 1
	}
	return first, ok
}

// ftpSessionLoginAt reports whether the word src[i:w] is the AM or PM of
// FileZilla Server's line prefix, "(000012)11/23/2026 8:03:49 PM - jdoe
// (203.0.113.5)> ", with a session's login after it.
func ftpSessionLoginAt(src []byte, i, w int) bool {
	return w-i == 2 && src[i+1] == 'M' && (src[i] == 'A' || src[i] == 'P') && hasPrefix(src[w:], " - ") && i > 0 &&
		src[i-1] == ' ' && src[0] == '('
}

// scanFTPSessionLogin matches the login after FileZilla Server's time
// (ftpSessionLoginAt) when the client's address in parentheses and '>'
// follow it; "(not logged in)" is no login.
func scanFTPSessionLogin(src []byte, w int) (hit, bool) {
	v := w + 3
	e := loginEnd(src, v)
	if e == v || !hasPrefix(src[e:], " (") || !addressAt(src, e+2) {
		return hit{}, false
	}
	c := e + 2
	for c < len(src) && c-e < 48 && src[c] != ')' {
		c++
	}
	if c+1 >= len(src) || src[c] != ')' || src[c+1] != '>' {
		return hit{}, false
	}
	if l := src[v:e]; !accountLogin(l) || fileName(l) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// addrFieldAfter reports whether rest, after a login, is a comma and a
// field that names the client's address: xrdp's "username jdoe, ip
// 203.0.113.5:41932", "user jdoe, from 203.0.113.5", "user=jdoe,
// addr=...".
func addrFieldAfter(rest []byte) bool {
	if !hasPrefix(rest, ", ") {
		return false
	}
	for _, f := range [...]string{"ip ", "ip: ", "ip=", "from ", "addr ", "addr=", "address ", "client ", "remote ", "src "} {
		if hasPrefix(rest[2:], f) {
			return addressAt(rest, 2+len(f))
		}
	}
	return false
}
