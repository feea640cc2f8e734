package redact

// A login before '@' and an IP address: the target of ssh, scp, rsync and
// git over SSH (jane.doe@203.0.113.4, jane.doe@203.0.113.4:/srv/backup/,
// jane.doe@[2001:db8::7]:/srv/)
// as command lines carry it into audit records (EXECVE, PROCTITLE), shell
// histories and sudo logs. An address is no mail domain, so the e-mail
// detector leaves the pair and the address detector masks only the
// address: the login before it is a person's (accountLogin: jane.doe,
// jdoe, jdoe2), as under a user key. Service accounts (deploy@, git@,
// root@, ec2-user@) stay.

// The e-mail start reads the local part and the '@' (scanEmail); when no
// mail domain follows, it asks loginAtIP.

// loginAtIP matches the local part src[i:at] before '@' at src[at] when it
// is a person's login and an IP address follows the '@'.
func (s *scanner) loginAtIP(src []byte, i, at int) (hit, bool) {
	if !s.enabled[DetName] || at-i > 64 || at+1 >= len(src) {
		return hit{}, false
	}
	a := at + 1
	if src[a] == '[' {
		a++ // scp's user@[2001:db8::7]:path
	}
	if a >= len(src) || !digitByte(src[a]) && !ipv6GroupAt(src, a) {
		if a == at+1 && loginAtHost(src, i, at, foldEq(s.key, "comment")) {
			return hit{det: DetName, start: i, end: at}, true
		}
		return hit{}, false // a host name (db-primary): no address
	}
	if loginEnd(src, i) != at || !accountLogin(src[i:at]) {
		return hit{}, false
	}
	if _, ok := scanIPv4(src, a); !ok {
		if _, ok := scanIPv6(src, a); !ok {
			return hit{}, false
		}
	}
	return hit{det: DetName, start: i, end: at}, true
}

// ipv6GroupAt reports whether an IPv6 address's first group (one to four
// hex digits and a ':') begins at src[a].
func ipv6GroupAt(src []byte, a int) bool {
	for x := a; x < len(src) && x <= a+4; x++ {
		if src[x] == ':' {
			return x > a
		}
		if !hexByte(src[x]) {
			return false
		}
	}
	return false
}

// loginAtHost reports whether src[i:at] is a person's login before '@'
// and a host's own name that ends the word: an SSH key's comment (ssh-keygen
// writes user@hostname: jane.doe@laptop, jdoe@Janes-MacBook.local), a
// shell prompt, scp's target host. The word must stand alone (not
// image@sha256:…, whose ':' follows) and the host be a name a machine
// takes on a LAN: one label (letters, digits, '-', a letter in it), or
// labels under local, lan, home, localdomain or internal. Service
// accounts (git@, deploy@, root@) stay.
func loginAtHost(src []byte, i, at int, comment bool) bool {
	if i > 0 {
		switch src[i-1] {
		case ' ', '\t', '"', '\'', '(', '<', '=', ',', '[':
		default:
			return false
		}
	}
	e, dot, letter := at+1, -1, false
	for e < len(src) && (isAlnum(src[e]) || src[e] == '-' || src[e] == '.') {
		if src[e] == '.' {
			dot = e
		} else if isAlpha(src[e]) {
			letter = true
		}
		e++
	}
	if e-at-1 < 3 || e-at-1 > 63 || !letter || src[e-1] == '.' || src[e-1] == '-' {
		return false
	}
	if e < len(src) {
		switch src[e] {
		case ' ', '\t', '\r', '\n', '"', '\'', ')', '>', ',', ';', ']':
		case ':': // scp's jdoe@web-01:/srv/, jdoe@nas:~/backup; a client's connection name before its message (RabbitMQ's "- jdoe@laptop: user 'x' ...")
			if e+1 >= len(src) || src[e+1] != '/' && src[e+1] != '~' && src[e+1] != ' ' {
				return false
			}
		default:
			return false
		}
	}
	switch string(src[at+1 : e]) {
	case "localhost":
		return false // a local mailbox or a test's fixture, as the e-mail detector leaves it
	case "latest", "next", "beta", "alpha", "canary", "rc", "stable", "nightly", "experimental", "dev", "lts", "legacy", "insiders", "edge":
		return false // a package and its dist-tag: npm install ava@latest
	}
	if dot >= 0 {
		switch string(src[dot+1 : e]) {
		case "local", "lan", "home", "localdomain", "internal":
		default:
			return false
		}
	}
	v := src[i:at]
	return loginEnd(src, i) == at && accountLogin(v) && (personLogin(v) || initialSurname(v) || givenNameLogin(v) || givenLogin(v) || comment || sshBefore(src, i))
}

// sshBefore reports whether the line before src[i] says that a user@host
// there is an SSH account: a public key's type (the comment ssh-keygen
// writes after the key), an ssh, scp, sftp or rsync command, or a JSON
// member named comment (osquery's authorized_keys). There any login
// accountLogin takes is one (jdoe, beckerl8); elsewhere only a person's
// shape is.
func sshBefore(src []byte, i int) bool {
	lo := max(0, i-256)
	for k := i - 1; k >= lo; k-- {
		if src[k] == '\n' {
			lo = k + 1
			break
		}
	}
	for k := lo; k < i; k++ {
		if k > lo && isAlnum(src[k-1]) {
			continue // inside a word: openssh-server, libssh-4
		}
		switch src[k] {
		case 's', 'e', 'r', '"':
			for _, cue := range [...]string{"ssh-", "ecdsa-sha2-", "ssh ", "scp ", "sftp ", "rsync ", `"comment":"`} {
				if cue[0] == src[k] && hasPrefixAt(src, k, cue) {
					return true
				}
			}
		}
	}
	return false
}

// givenLogin reports whether v is a common given name in lower case or
// capitalised (anna, Maria), as a laptop's owner names its account. Other
// single words before '@' and one label are packages and their tags
// (react@latest, lodash@next), systemd's template units (getty@tty1) and
// team aliases (ops@team): no one's login.
func givenLogin(v []byte) bool {
	var buf [24]byte
	if len(v) < 2 || len(v) > len(buf) || !isAlpha(v[0]) {
		return false
	}
	copy(buf[:], v)
	if buf[0] >= 'a' && buf[0] <= 'z' {
		buf[0] -= 'a' - 'A'
	}
	return givenName(buf[:len(v)])
}
