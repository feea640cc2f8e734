package redact

// A password glued to a short option in a command line: the MySQL and
// MariaDB clients' -p[password] (mysql, mysqldump, mysqladmin: "-pS3cret",
// no blank, since "-p S3cret" names a database) and sshpass's -p. The
// command line may be sudo's COMMAND=, an audit event's argv, a Kubernetes
// exec request's command= parameters or a CI job's log. Elsewhere -p is a
// port ("ssh -p2222", "docker run -p8080:80"), so the option counts only
// after one of these programs' names earlier in the same command.

// cmdPassLookback bounds how far before the option the program's name may
// stand.
const cmdPassLookback = 160

// cmdPassAt reports whether the word at src[i] (its first byte the 'p')
// is glued to a '-' that begins an argument: after a blank, a quote, a
// '=' (command=-pX) or a ','.
func cmdPassAt(src []byte, i int) bool {
	if i < 2 || src[i] != 'p' || src[i-1] != '-' {
		return false
	}
	switch src[i-2] {
	case ' ', '\t', '"', '\'', '=', ',':
		return true
	}
	return false
}

// scanCmdPass matches the password of "-pS3cret" at src[i] == 'p', when a
// program whose -p takes its password glued comes before it.
func scanCmdPass(src []byte, i int) (hit, bool) {
	if !cmdPassAt(src, i) {
		return hit{}, false
	}
	v := i + 1
	e := v
	for e < len(src) && !cmdArgEnd(src[e]) {
		e++
	}
	if e-v < 3 || !passProgramBefore(src, i-1) {
		return hit{}, false
	}
	return hit{det: DetSecret, start: v, end: e}, true
}

// cmdArgEnd reports whether c ends an argument of a command line.
func cmdArgEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '"', '\'', '&', ',', ']':
		return true
	}
	return false
}

// passProgramBefore reports whether the cmdPassLookback bytes before src[o]
// name a program whose -p takes a glued password: mysql, mysqldump,
// mysqladmin, mariadb, mariadb-dump... (a word that begins "mysql" or
// "mariadb"), or sshpass, standing after a blank, a '/', a quote or a '='
// and no ';', '|' or '&&' between it and the option (another command).
func passProgramBefore(src []byte, o int) bool {
	lo := max(0, o-cmdPassLookback)
	for k := o - 1; k >= lo; k-- {
		c := src[k]
		if c == ';' || c == '|' || c == '\n' {
			return false
		}
		if c != 'm' && c != 's' || k > 0 && isAlnum(src[k-1]) {
			continue
		}
		w := src[k:min(len(src), k+7)]
		if len(w) >= 5 && string(w[:5]) == "mysql" || len(w) >= 7 && (string(w) == "mariadb" || string(w) == "sshpass") {
			return true
		}
	}
	return false
}
