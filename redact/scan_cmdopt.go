package redact

import (
	"bytes"
	"unicode/utf8"
)

// A password as the argument of a command-line option that takes it, in a
// command a log quotes whole (sudo's COMMAND=, bash history forwarded to
// syslog, an audit event's argv, a CI job's trace): redis-cli -a, the
// OpenLDAP clients' -w, mosquitto_pub's and sqlcmd's -P, keytool's
// -storepass and -keypass, Samba's -U user%password; and a password that
// echo pipes into a program that reads it from its input (sudo -S, passwd
// --stdin, chpasswd, kinit, docker login --password-stdin). The start is
// the program's name, a rare word, as for scan_cmdpass.go's.

// Programs whose options take a password, by optPassProgramAt.
const (
	optPassNone = iota
	optPassRedis
	optPassLDAP
	optPassMQTT   // mosquitto_pub, mosquitto_sub, mosquitto_rr
	optPassSQLCmd // sqlcmd
	optPassKeytool
	optPassSMB // smbclient, rpcclient, smbcacls, smbget: -U user%password
	optPassEcho
	optPassNetUser      // net user jdoe P@ss (scan_wincmd.go)
	optPassNetUse       // net use \\srv\share P@ss /user:jdoe
	optPassSchtasks     // schtasks /RP, /P
	optPassPsExec       // PsExec -p
	optPassSecureString // ConvertTo-SecureString 'P@ss' -AsPlainText
)

// optPassProgramAt returns which program the word src[i:w] names, when
// it starts a command (the text's start, after a blank, a quote, '=', a
// path's '/' or a pipe), optPassNone for any other word.
func optPassProgramAt(src []byte, i, w int) int {
	if w >= len(src) || i > 0 && !cmdStartByte(src[i-1]) {
		return optPassNone
	}
	word := src[i:w]
	switch string(word) {
	case "redis":
		if hasPrefix(src[w:], "-cli ") {
			return optPassRedis
		}
	case "mosquitto":
		if hasPrefix(src[w:], "_pub ") || hasPrefix(src[w:], "_sub ") || hasPrefix(src[w:], "_rr ") {
			return optPassMQTT
		}
	}
	if src[w] != ' ' {
		return optPassNone
	}
	switch string(word) {
	case "ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldapwhoami", "ldappasswd", "ldapcompare", "ldapmodrdn", "ldapexop":
		return optPassLDAP
	case "sqlcmd":
		return optPassSQLCmd
	case "rpcclient", "smbclient", "smbcacls", "smbget":
		return optPassSMB
	case "keytool":
		return optPassKeytool
	case "echo":
		return optPassEcho
	}
	return optPassNone
}

// cmdStartByte reports whether c may come right before a program's name.
func cmdStartByte(c byte) bool {
	return c == ' ' || c == '"' || c == '\'' || c == '=' || c == '/' || c == '|' || c == '\t' || c == '(' || c == ';'
}

// passOption reports whether the option o takes a password as its next
// word in the program kind.
func passOption(kind int, o []byte) bool {
	switch kind {
	case optPassRedis:
		return string(o) == "-a" || string(o) == "--pass"
	case optPassLDAP:
		return string(o) == "-w"
	case optPassMQTT, optPassSQLCmd:
		return string(o) == "-P"
	case optPassKeytool:
		switch string(o) {
		case "-storepass", "-keypass", "-srcstorepass", "-deststorepass", "-srckeypass", "-destkeypass", "-new":
			return true
		}
	case optPassSMB:
		return string(o) == "-U" || string(o) == "--user"
	}
	return false
}

// cmdWord returns the next word of a command line at or after k: its
// bytes without the quotes around it, and where the scan goes on.
func cmdWord(src []byte, k int) (v, e, next int) {
	for k < len(src) && src[k] == ' ' {
		k++
	}
	if k < len(src) && (src[k] == '\'' || src[k] == '"') {
		q := src[k]
		e = k + 1
		for e < len(src) && src[e] != q && src[e] != '\n' {
			e++
		}
		if e >= len(src) || src[e] != q {
			return k, k, k // an open quote: no word
		}
		return k + 1, e, e + 1
	}
	e = k
	for e < len(src) && !optArgEnd(src[e]) {
		e++
	}
	return k, e, e
}

// scanOptPass matches the password of the program kind named before
// src[w] (optPassProgramAt): the argument of its password option, the
// part after '%' of Samba's -U (with the user when a person's login), or
// echo's argument when a pipe into a program that reads a password
// follows it.
func scanOptPass(src []byte, w, kind int) (hit, bool) {
	if kind == optPassEcho {
		return scanEchoPass(src, w)
	}
	end := min(len(src), w+cmdPassReach)
	k := w
	if kind == optPassRedis {
		k += len("-cli")
	} else if kind == optPassMQTT {
		for k < len(src) && src[k] != ' ' {
			k++
		}
	}
	for k < end {
		v, e, next := cmdWord(src, k)
		if e == v {
			return hit{}, false // the command ends: ';', '|', a quote left open
		}
		o := src[v:e]
		if kind == optPassSMB {
			if u, ok := smbUserArg(o); ok {
				return smbCredential(src, v+u, e)
			}
		}
		if g := gluedPassOption(kind, o); g > 0 && e-v-g >= 3 && src[v+g] != '$' {
			return hit{det: DetSecret, start: v + g, end: e}, true // ldapsearch -wS3cret, sqlcmd -PS3cret
		}
		if passOption(kind, o) {
			pv, pe, _ := cmdWord(src, next)
			if pe-pv < 3 || src[pv] == '$' || src[pv] == '-' {
				return hit{}, false // no password, a variable, another option
			}
			if kind == optPassSMB {
				return smbCredential(src, pv, pe)
			}
			if vendorTokenAt(src, pv, pe) {
				return hit{}, false
			}
			return hit{det: DetSecret, start: pv, end: pe}, true
		}
		k = next
	}
	return hit{}, false
}

// smbUserArg reports where the user%password starts in Samba's glued
// forms of -U: -Ujdoe%pw, --user=jdoe%pw.
func smbUserArg(o []byte) (int, bool) {
	switch {
	case len(o) > 2 && o[0] == '-' && o[1] == 'U':
		return 2, true
	case hasPrefix(o, "--user="):
		return len("--user="), true
	}
	return 0, false
}

// smbCredential matches Samba's [DOMAIN/]user%password at src[v:e]: the
// password, and the user with it when it is a person's login.
func smbCredential(src []byte, v, e int) (hit, bool) {
	p := v
	for p < e && src[p] != '%' {
		p++
	}
	u := v
	for x := v; x < p; x++ {
		if src[x] == '/' || src[x] == '\\' {
			u = x + 1
		}
	}
	if p == e {
		// No '%': Samba asks for the password, and the word is a
		// login; or the '%' and two hex digits after it were read as
		// an escape (jdoe%B4ckup), and the word is no longer valid
		// text: the credential whole.
		switch {
		case u < e && accountLogin(src[u:e]):
			return hit{det: DetName, start: u, end: e}, true
		case !utf8.Valid(src[u:e]):
			return hit{det: DetSecret, start: u, end: e}, true
		}
		return hit{}, false
	}
	if p+3 > e {
		return hit{}, false // a password of one or two bytes: none
	}
	if u < p && accountLogin(src[u:p]) {
		return hit{det: DetSecret, start: u, end: e}, true
	}
	return hit{det: DetSecret, start: p + 1, end: e}, true
}

// scanEchoPass matches echo's argument (after its -n or -e) when a pipe
// into a program that reads a password from its input follows it: sudo
// -S, passwd --stdin, chpasswd (then the argument is login:password),
// kinit, docker login ... --password-stdin.
func scanEchoPass(src []byte, w int) (hit, bool) {
	k := w
	var v, e int
	for {
		var next int
		v, e, next = cmdWord(src, k)
		if e == v {
			return hit{}, false
		}
		k = next
		if string(src[v:e]) != "-n" && string(src[v:e]) != "-e" {
			break
		}
	}
	r := k
	if r < len(src) && (src[r] == '"' || src[r] == '\'') {
		r++
	}
	for r < len(src) && src[r] == ' ' {
		r++
	}
	if r >= len(src) || src[r] != '|' || e-v < 3 || src[v] == '$' {
		return hit{}, false
	}
	r++
	for r < len(src) && src[r] == ' ' {
		r++
	}
	if !stdinPassReader(src[r:min(len(src), r+cmdPassReach)]) || vendorTokenAt(src, v, e) {
		return hit{}, false
	}
	return hit{det: DetSecret, start: v, end: e}, true
}

// stdinPassReader reports whether the command at the start of b reads a
// password from its input: sudo with -S or --stdin, passwd --stdin,
// chpasswd, kinit, a registry login with --password-stdin.
func stdinPassReader(b []byte) bool {
	e := 0
	for e < len(b) && b[e] != ';' && b[e] != '|' && b[e] != '\n' && b[e] != '"' {
		e++
	}
	cmd := b[:e]
	word := cmd
	if s := bytes.IndexByte(word, ' '); s >= 0 {
		word = word[:s]
	}
	if s := lastIndexByte(word, '/'); s >= 0 {
		word = word[s+1:]
	}
	switch string(word) {
	case "chpasswd", "kinit":
		return true
	case "sudo":
		return containsWordIn(cmd, "-S") || containsWordIn(cmd, "--stdin")
	case "passwd":
		return containsWordIn(cmd, "--stdin")
	case "docker", "podman", "helm", "oras", "crane", "skopeo", "nerdctl", "buildah":
		return containsWordIn(cmd, "--password-stdin")
	}
	return false
}

// containsWordIn reports whether b holds the option o as a word of its
// own (blanks or the ends around it).
func containsWordIn(b []byte, o string) bool {
	for k := 0; k+len(o) <= len(b); k++ {
		if string(b[k:k+len(o)]) == o && (k == 0 || b[k-1] == ' ') && (k+len(o) == len(b) || b[k+len(o)] == ' ') {
			return true
		}
	}
	return false
}

// vendorTokenAt reports whether src[v:e] is a vendor's token: the scan
// leaves it to the vendor_token start, which names it as such.
func vendorTokenAt(src []byte, v, e int) bool {
	if !vendorMaybe(src, v) {
		return false
	}
	h, ok := scanVendor(src, v)
	return ok && h.end == e
}

// optArgEnd reports whether c ends an argument of a command line here: a
// blank, a line's end, a quote, or the next command (';', '|', '&'). Not
// ',' (cmdArgEnd's): an LDAP DN holds commas (-D cn=admin,dc=example,dc=com).
func optArgEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '"', '\'', ';', '|', '&':
		return true
	}
	return false
}

// gluedPassOption returns the length of the password option that opens
// the word o with the password glued to it (-wS3cret, -PS3cret), 0 when
// none does.
func gluedPassOption(kind int, o []byte) int {
	if len(o) < 3 || o[0] != '-' {
		return 0
	}
	switch {
	case kind == optPassLDAP && o[1] == 'w', (kind == optPassMQTT || kind == optPassSQLCmd) && o[1] == 'P':
		return 2
	}
	return 0
}
