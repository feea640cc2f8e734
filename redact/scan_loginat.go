package redact

// A login before '@' and an IP address: the target of ssh, scp, rsync and
// git over SSH (jane.doe@203.0.113.4, jane.doe@203.0.113.4:/srv/backup/,
// jane.doe@[2001:db8::7]:/srv/)
// as command lines carry it into audit records (EXECVE, PROCTITLE), shell
// histories and sudo logs. An address is no mail domain, so the e-mail
// detector leaves the pair and the address detector masks only the
// address: the login before it is a person's when it is written as one
// (personLogin: given name and surname joined by a dot), as under a user
// key. Service accounts (deploy@, git@, root@) stay.

// loginAtMax is the longest login read before the '@'.
const loginAtMax = 64

// loginAtFirst reports whether c may begin such a login: a letter.
func loginAtFirst(c byte) bool { return class[c]&cAlpha != 0 }

// loginAtMay reports, cheaply, whether an '@' follows the word at src[i]
// within a login's length.
func (s *scanner) loginAtMay(src []byte, i int) bool {
	if i > 0 && loginAtByte(src[i-1]) {
		return false // the middle of a login, a host name or a path word
	}
	at := s.nextAt(src, i)
	if at+1 >= len(src) || at-i > loginAtMax {
		return false
	}
	// An address after the '@': a digit, scp's '[', or an IPv6 group
	// (hex digits up to a ':'); a mail domain is none of these.
	c := src[at+1]
	if digitByte(c) || c == '[' {
		return true
	}
	for x := at + 1; x < len(src) && x <= at+5; x++ {
		if src[x] == ':' {
			return x > at+1
		}
		if !hexByte(src[x]) {
			return false
		}
	}
	return false
}

func loginAtByte(c byte) bool { return isAlnum(c) || c == '.' || c == '_' || c == '-' }

// scanLoginAtIP matches the login at src[i] written as a person's that an
// '@' and an IP address follow.
func (s *scanner) scanLoginAtIP(src []byte, i int) (hit, bool) {
	if !s.loginAtMay(src, i) {
		return hit{}, false
	}
	at := s.nextAt(src, i)
	for k := i; k < at; k++ {
		if !isAlpha(src[k]) && src[k] != '.' {
			return hit{}, false
		}
	}
	if !personLogin(src[i:at]) {
		return hit{}, false
	}
	a := at + 1
	if a < len(src) && src[a] == '[' {
		a++ // scp's user@[2001:db8::7]:path
	}
	if _, ok := scanIPv4(src, a); !ok {
		if _, ok := scanIPv6(src, a); !ok {
			return hit{}, false
		}
	}
	return hit{det: DetName, start: i, end: at}, true
}
