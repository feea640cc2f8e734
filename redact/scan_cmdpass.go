package redact

import "bytes"

// A password glued to a short option in a command line: the MySQL and
// MariaDB clients' -p[password] (mysql, mysqldump, mysqladmin: "-pS3cret",
// no blank, since "-p S3cret" names a database) and sshpass's -p. The
// command line may be sudo's COMMAND=, an audit event's argv, a Kubernetes
// exec request's command= parameters or a CI job's log. Elsewhere -p is a
// port ("ssh -p2222", "docker run -p8080:80"), so the option counts only
// after one of these programs' names earlier in the same command. The
// start is the program's name, a rare word, rather than every word after
// a '-'. docker login's -p takes the password as the next word; a
// person's login after its -u is matched with it ("-u [secret]"), since
// what a match spans is not scanned again.

// cmdPassReach bounds how far after the program's name the option may
// stand.
const cmdPassReach = 200

// passProgramAt reports whether the word src[i:w] names a program whose -p
// takes a glued password: mysql, mysqldump, mysqladmin, mysqlimport...
// (a word that begins "mysql"), mariadb (also mariadb-dump) or sshpass,
// not inside a longer word.
func passProgramAt(src []byte, i, w int) bool {
	if i > 0 && (isAlnum(src[i-1]) || src[i-1] == '_' || src[i-1] == '-' || src[i-1] == '.') {
		return false
	}
	switch src[i] {
	case 'm':
		return w-i >= 5 && string(src[i:i+5]) == "mysql" || w-i == 7 && string(src[i:w]) == "mariadb"
	case 's':
		return w-i == 7 && string(src[i:w]) == "sshpass"
	case 'h':
		return w-i == 8 && string(src[i:w]) == "htpasswd"
	}
	return false
}

// dockerLoginAt reports whether the word src[i:w] is docker before its
// login command: docker login -u jdoe -p S3cret registry, the password a
// word of its own (a CI job's trace).
func dockerLoginAt(src []byte, i, w int) bool {
	return w-i == 6 && string(src[i:w]) == "docker" && hasPrefix(src[w:], " login ") &&
		(i == 0 || src[i-1] == ' ' || src[i-1] == '/')
}

// scanCmdPass matches the password of a "-pS3cret" option that follows the
// program named at src[i:w] in the same command. The match starts after
// the program's name, so what stands between is not scanned: only
// options and words without the bytes of an address, a number's
// separators or an e-mail address are let pass (else nothing is matched).
func scanCmdPass(src []byte, i, w int) (hit, bool) {
	if !passProgramAt(src, i, w) && !dockerLoginAt(src, i, w) {
		return hit{}, false
	}
	if src[i] == 'h' {
		return scanHtpasswd(src, w)
	}
	if hasPrefix(src[w:], ".exe") {
		w += 4 // Windows: "C:\Program Files\MySQL\...\bin\mysql.exe" -u app -pS3cret
	}
	end := min(len(src), w+cmdPassReach)
	from, to := -1, -1 // docker login -u <a person's login>: matched with the password
	for k := w; k+2 < end; k++ {
		c := src[k]
		switch {
		case c == '-' && src[k+1] == 'u' && src[i] == 'd' && src[k-1] == ' ' && src[k+2] == ' ':
			u := k + 3
			e := u
			for e < end && !cmdArgEnd(src[e]) {
				e++
			}
			if accountLogin(src[u:e]) {
				from, to = u, e
			}
		case c == '-' && src[k+1] == 'p' && (src[k-1] == ' ' || src[k-1] == '"' || src[k-1] == '=' || src[k-1] == ','):
			v := k + 2
			if (src[i] == 'd' || src[i] == 's') && src[v] == ' ' {
				v++ // docker's and sshpass's -p take the password after a blank
			}
			if v >= len(src) {
				return hit{}, false // "sshpass -p " ends the record
			}
			e := v
			if q := src[v]; (q == '\'' || q == '"') && src[i] != 'd' {
				// A quoted password: sshpass -p 'S3cret!', mysql -p"pw".
				e = v + 1
				for e < len(src) && src[e] != q {
					e++
				}
				if e == len(src) {
					return hit{}, false
				}
				v++
			}
			for e < len(src) && !cmdArgEnd(src[e]) {
				e++
			}
			if e-v < 3 {
				return hit{}, false
			}
			if from >= 0 {
				v = from // "-u jane.doe -p S3cret": one credential
			}
			return hit{det: DetSecret, start: v, end: e}, true
		case isAlnum(c), c == ' ', c == '-', c == '_', c == '=', c == '&', c == '"', c == ',', c == '\'', c == '.' && src[i] == 'd':
		default:
			return dockerLogin(src, from, to) // another command (';', '|'), or something to scan
		}
	}
	return dockerLogin(src, from, to)
}

// dockerLogin returns the match of docker login's -u user, src[from:to],
// when no -p password came to take it along (--password-stdin, a
// credential helper): a person's login is a name of its own, but not a
// registry's fixed user in capitals (Amazon ECR's AWS).
func dockerLogin(src []byte, from, to int) (hit, bool) {
	if from < 0 || upperWord(src[from:to]) {
		return hit{}, false
	}
	return hit{det: DetName, start: from, end: to}, true
}

// cmdArgEnd reports whether c ends an argument of a command line.
func cmdArgEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '"', '\'', '&', ',', ']':
		return true
	}
	return false
}

// The argument of an AUTH command, as a log writes the command whole: Redis's
// MONITOR output ("AUTH" "s3cret", or "AUTH" "user" "s3cret" with ACLs), a
// client's or proxy's command log (AUTH s3cret), and SMTP's AUTH with a SASL
// initial response (RFC 4954: AUTH PLAIN dGVzdAB0ZXN0ADEyMzQ=, the base64 of
// the user and the password). The command is written in capitals, as
// clients send it.

// authCommandAt reports whether the word src[i:w] is an AUTH command: "AUTH"
// at the start of the text, after a blank or inside MONITOR's quotes.
func authCommandAt(src []byte, i, w int) bool {
	if w-i != 4 || string(src[i:w]) != "AUTH" || w+2 >= len(src) {
		return false
	}
	if i > 0 && src[i-1] != ' ' && src[i-1] != '"' && src[i-1] != '\t' {
		return false
	}
	return src[w] == ' ' || src[w] == '"' && i > 0 && src[i-1] == '"'
}

// scanAuthCommand matches the credential of the AUTH command at src[i:w]:
// the last of MONITOR's one or two quoted arguments, the initial response
// after a SASL mechanism, or the last of one or two bare arguments that
// end the text when it reads as a password (looksCredential: not "AUTH
// failed").
func scanAuthCommand(src []byte, i, w int) (hit, bool) {
	if !authCommandAt(src, i, w) {
		return hit{}, false
	}
	n := len(src)
	if src[w] == '"' {
		// MONITOR: "AUTH" "user" "pass", each argument quoted, with
		// backslash escapes inside.
		var last [2]int
		args, k := 0, w+1
		for args < 2 && k+2 < n && src[k] == ' ' && src[k+1] == '"' {
			e := valueEndQ(src, k+2, '"')
			if e >= n {
				return hit{}, false
			}
			last = [2]int{k + 2, e}
			args++
			k = e + 1
		}
		if args == 0 || last[1] == last[0] || k+1 < n && src[k] == ' ' && src[k+1] == '"' {
			return hit{}, false // no argument, an empty one, or a third: no AUTH of Redis
		}
		return hit{det: DetSecret, start: last[0], end: last[1]}, true
	}
	v := w + 1
	e := v
	for e < n && !cmdArgEnd(src[e]) {
		e++
	}
	if e == v {
		return hit{}, false
	}
	if saslMechanism(src[v:e]) {
		// SMTP: the initial response, if the client sent one ('='
		// stands for an empty one).
		r := e + 1
		if e >= n || src[e] != ' ' || r >= n {
			return hit{}, false
		}
		x := r
		for x < n && !cmdArgEnd(src[x]) {
			x++
		}
		if x-r < 4 {
			return hit{}, false
		}
		return hit{det: DetSecret, start: r, end: x}, true
	}
	// Redis: AUTH pass or AUTH user pass, and nothing after.
	if e+1 < n && src[e] == ' ' && !cmdArgEnd(src[e+1]) {
		v = e + 1
		e = v
		for e < n && !cmdArgEnd(src[e]) {
			e++
		}
	}
	if e < n && src[e] != '\n' && src[e] != '\r' && src[e] != '"' || !looksCredential(src[v:e]) {
		return hit{}, false
	}
	return hit{det: DetSecret, start: v, end: e}, true
}

// saslMechanism reports whether b names a SASL mechanism of SMTP's, IMAP's
// or POP3's AUTH (the IANA SASL registry's common ones).
func saslMechanism(b []byte) bool {
	switch string(b) {
	case "PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5", "XOAUTH2", "OAUTHBEARER", "SCRAM-SHA-1", "SCRAM-SHA-256",
		"GSSAPI", "NTLM", "EXTERNAL", "ANONYMOUS":
		return true
	}
	return false
}

// scanHtpasswd matches the user and password of Apache's htpasswd in batch
// mode, after the program's name at src[:w]: "htpasswd -b[cBm...] file
// user password", "htpasswd -nb user password" (the password on the
// command line, as its manual warns). A person's login is matched with
// the password (one credential, as docker login's -u); a service's user
// (admin, api) stays.
func scanHtpasswd(src []byte, w int) (hit, bool) {
	batch, nofile := false, false
	k := w
	word := func() (int, int) { // the next word, its quotes left out
		for k < len(src) && src[k] == ' ' {
			k++
		}
		v := k
		if k < len(src) && (src[k] == '\'' || src[k] == '"') {
			q := src[k]
			v = k + 1
			e := v
			for e < len(src) && src[e] != q {
				e++
			}
			k = min(e+1, len(src))
			return v, e
		}
		for k < len(src) && !cmdArgEnd(src[k]) {
			k++
		}
		return v, k
	}
	for n := 0; n < 4; n++ {
		p := k
		v, e := word()
		if e-v < 2 || src[v] != '-' {
			k = p
			break
		}
		for j, c := range src[v+1 : e] {
			if c == 'C' || c == 'r' {
				// -C cost, -r rounds: the value is the rest of the
				// cluster (-bC12) or, when the letter ends it (-bBC
				// 12), the next word.
				if v+1+j == e-1 {
					word()
				}
				break
			}
			batch = batch || c == 'b'
			nofile = nofile || c == 'n'
		}
	}
	if !batch {
		return hit{}, false
	}
	if !nofile {
		if v, e := word(); e == v {
			return hit{}, false
		}
	}
	uv, ue := word()
	pv, pe := word()
	if ue == uv || pe-pv < 3 || pv >= len(src) {
		return hit{}, false
	}
	if accountLogin(src[uv:ue]) {
		return hit{det: DetSecret, start: uv, end: pe}, true
	}
	return hit{det: DetSecret, start: pv, end: pe}, true
}

// iosSecretAt reports whether the word src[i:w] is Cisco IOS's "secret"
// keyword before a credential written in clear (type 0) or in the
// reversible type 7: "username jdoe privilege 15 secret 0 S3cret",
// "enable secret 0 S3cret", as a TACACS+ accounting record of the
// command (tac_plus's cmd=...) or a configuration archive's log writes
// it. The keyword counts after "enable " or a "username " earlier in the
// same command; types 5, 8 and 9 are hashes and stay.
func iosSecretAt(src []byte, i, w int) bool {
	if string(src[i:w]) != "secret" || w+3 >= len(src) || src[w] != ' ' || src[w+1] != '0' && src[w+1] != '7' ||
		src[w+2] != ' ' || src[w+3] == ' ' || i > 0 && isAlnum(src[i-1]) {
		return false
	}
	if hasSuffixAt(src, i, "enable ") || privilegeBefore(src, i) {
		return true
	}
	b := max(0, i-96)
	u := bytes.LastIndex(src[b:i], []byte("username "))
	if u < 0 {
		return false
	}
	u += b
	return (u == 0 || src[u-1] == ' ' || src[u-1] == '=' || src[u-1] == '\t') && bytes.IndexByte(src[u:i], ';') < 0
}

// privilegeBefore reports whether IOS's "privilege N " ends at src[i-1]:
// the username command's level before its secret (the scan may resume
// after the login, a detection, so "username" may lie before src).
func privilegeBefore(src []byte, i int) bool {
	k := i - 1
	if k < 0 || src[k] != ' ' {
		return false
	}
	d := k
	for d > 0 && isDigit(src[d-1]) {
		d--
	}
	return d < k && hasSuffixAt(src, d, " privilege ")
}

// scanIOSSecret matches the credential after "secret 0 " or "secret 7 "
// (iosSecretAt), the keyword ending at src[w]: up to a blank, a tab or
// the end.
func scanIOSSecret(src []byte, w int) (hit, bool) {
	v := w + 3
	e := v
	for e < len(src) && src[e] != ' ' && src[e] != '\t' && src[e] != '"' && src[e] != '\'' {
		e++
	}
	if e == v {
		return hit{}, false
	}
	return hit{det: DetSecret, start: v, end: e}, true
}
