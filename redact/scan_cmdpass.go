package redact

// A password glued to a short option in a command line: the MySQL and
// MariaDB clients' -p[password] (mysql, mysqldump, mysqladmin: "-pS3cret",
// no blank, since "-p S3cret" names a database) and sshpass's -p. The
// command line may be sudo's COMMAND=, an audit event's argv, a Kubernetes
// exec request's command= parameters or a CI job's log. Elsewhere -p is a
// port ("ssh -p2222", "docker run -p8080:80"), so the option counts only
// after one of these programs' names earlier in the same command. The
// start is the program's name, a rare word, rather than every word after
// a '-'.

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
	}
	return false
}

// scanCmdPass matches the password of a "-pS3cret" option that follows the
// program named at src[i:w] in the same command. The match starts after
// the program's name, so what stands between is not scanned: only
// options and words without the bytes of an address, a number's
// separators or an e-mail address are let pass (else nothing is matched).
func scanCmdPass(src []byte, i, w int) (hit, bool) {
	if !passProgramAt(src, i, w) {
		return hit{}, false
	}
	end := min(len(src), w+cmdPassReach)
	for k := w; k+2 < end; k++ {
		c := src[k]
		switch {
		case c == '-' && src[k+1] == 'p' && (src[k-1] == ' ' || src[k-1] == '"' || src[k-1] == '=' || src[k-1] == ','):
			v := k + 2
			e := v
			for e < len(src) && !cmdArgEnd(src[e]) {
				e++
			}
			if e-v < 3 {
				return hit{}, false
			}
			return hit{det: DetSecret, start: v, end: e}, true
		case isAlnum(c), c == ' ', c == '-', c == '_', c == '=', c == '&', c == '"', c == ',', c == '\'':
		default:
			return hit{}, false // another command (';', '|'), or something to scan
		}
	}
	return hit{}, false
}

// cmdArgEnd reports whether c ends an argument of a command line.
func cmdArgEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '"', '\'', '&', ',', ']':
		return true
	}
	return false
}
