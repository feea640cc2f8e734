package redact

// Passwords that Windows administrators type as positional arguments or
// behind a slash option, in a command line that a process-creation event
// (Sysmon's CommandLine, Security 4688), a PowerShell script block or a
// transcript quotes whole:
//
//   - net user jdoe P@ss /add: the argument after the login;
//   - net use \\srv\share P@ss /user:CORP\jdoe, or after /user: as admins
//     also write it: a positional argument that is neither the device
//     (Z:, *) nor the share (\\srv\share, http://…);
//   - schtasks /create … /RU CORP\jdoe /RP P@ss, and /U … /P P@ss;
//   - PsExec \\srv -u CORP\jdoe -p P@ss;
//   - ConvertTo-SecureString 'P@ss' -AsPlainText -Force (the plain text
//     before or after the switch, or after -String).
//
// Windows names its programs without regard to case and with or without
// their .exe, so the program's word is compared folded and may end at
// ".exe". The start is the program's name, as for scan_cmdopt.go's.

// winPassProgramAt returns which Windows program the word src[i:w] names
// when it starts a command, optPassNone for any other word.
func winPassProgramAt(src []byte, i, w int) int {
	if w >= len(src) || i > 0 && !cmdStartByte(src[i-1]) && src[i-1] != '\\' {
		return optPassNone
	}
	e := w
	if src[e] == '.' && e+4 <= len(src) && foldEq(src[e+1:e+4], "exe") {
		e += 4
	}
	if e < len(src) && src[e] == '"' {
		e++ // "C:\…\net.exe" user …
	}
	if e >= len(src) || src[e] != ' ' && src[e] != '-' {
		return optPassNone
	}
	word := src[i:w]
	if src[e] == '-' {
		if e == w && foldEq(word, "convertto") && hasPrefixFold(src[w+1:], "securestring ") {
			return optPassSecureString
		}
		return optPassNone
	}
	switch len(word) {
	case 3, 4:
		if foldEq(word, "net") || foldEq(word, "net1") {
			k := e
			for k < len(src) && src[k] == ' ' {
				k++
			}
			switch {
			case hasPrefixFold(src[k:], "user "):
				return optPassNetUser
			case hasPrefixFold(src[k:], "use "):
				return optPassNetUse
			}
		}
	case 6:
		if foldEq(word, "sqlcmd") {
			return optPassSQLCmd
		}
		if foldEq(word, "psexec") {
			return optPassPsExec
		}
	case 8:
		if foldEq(word, "schtasks") {
			return optPassSchtasks
		}
		if foldEq(word, "psexec64") {
			return optPassPsExec
		}
	}
	return optPassNone
}

// winCmdArgs returns where the arguments of the program word ending at
// w start: after its .exe and a closing quote.
func winCmdArgs(src []byte, w int) int {
	if w < len(src) && src[w] == '.' {
		w += 4
	}
	if w < len(src) && src[w] == '"' {
		w++
	}
	return w
}

// scanWinPass finds the password of the Windows program kind named
// before src[w] (winPassProgramAt) and keeps it for a later next call
// (scanner.addPending), so that the words between the program and the
// password (a login after /user:, -u or /RU) are scanned as usual.
// net user's login, the word before the password, is the match when a
// person's: a second blank after net hides it from the "user" cue.
func (s *scanner) scanWinPass(src []byte, w, kind int) (hit, bool) {
	if kind == optPassSecureString {
		return scanSecureString(src, w+len("-SecureString"))
	}
	if kind == optPassSQLCmd {
		// sqlcmd's -U names the login the -P password is for.
		if s.enabled[DetName] {
			for k, end := winCmdArgs(src, w), min(len(src), w+cmdPassReach); k < end; {
				v, e, next := cmdWord(src, k)
				if e == v {
					break
				}
				if string(src[v:e]) == "-U" {
					if lv, le, _ := cmdWord(src, next); le > lv && accountLogin(src[lv:le]) {
						s.addPending(src, DetName, lv, le)
					}
					break
				}
				k = next
			}
		}
		if h, ok := scanOptPass(src, winCmdArgs(src, w), kind); ok {
			s.addPending(src, h.det, h.start, h.end)
		}
		return hit{}, false
	}
	end := min(len(src), w+cmdPassReach)
	k := winCmdArgs(src, w)
	pos := 0 // positional arguments seen
	for k < end {
		v, e, next := cmdWord(src, k)
		if e == v {
			return hit{}, false // the command ends
		}
		o := src[v:e]
		k = next
		switch kind {
		case optPassNetUser:
			if o[0] == '/' {
				continue
			}
			pos++
			switch pos {
			case 1: // "user"
			case 2: // the login
			case 3:
				if !winPassArg(o) {
					return hit{}, false
				}
				s.addPending(src, DetSecret, v, e)
				lv, le, _ := cmdWordBack(src, v)
				if le > lv && s.enabled[DetName] && accountLogin(src[lv:le]) {
					return hit{det: DetName, start: lv, end: le}, true
				}
				return hit{}, false
			}
		case optPassNetUse:
			if o[0] == '/' || pos == 0 && string(o) == "use" {
				if string(o) == "use" {
					pos++
				}
				continue
			}
			if len(o) == 2 && o[1] == ':' || string(o) == "*" || o[0] == '\\' || hasPrefixFold(o, "http") {
				continue // the device, the share
			}
			if winPassArg(o) {
				s.addPending(src, DetSecret, v, e)
			}
			return hit{}, false
		case optPassSchtasks, optPassPsExec:
			isPass := kind == optPassSchtasks && (foldEq(o, "/rp") || foldEq(o, "/p")) || kind == optPassPsExec && string(o) == "-p"
			if !isPass {
				continue
			}
			pv, pe, _ := cmdWord(src, next)
			if pe > pv && winPassArg(src[pv:pe]) {
				s.addPending(src, DetSecret, pv, pe)
			}
			return hit{}, false
		}
	}
	return hit{}, false
}

// cmdWordBack returns the word of a command line that ends before the
// blanks before src[v]: the previous argument, without quotes.
func cmdWordBack(src []byte, v int) (start, end, _ int) {
	e := v
	for e > 0 && src[e-1] == ' ' {
		e--
	}
	if e > 0 && (src[e-1] == '"' || src[e-1] == '\'') {
		e--
	}
	s := e
	for s > 0 && !optArgEnd(src[s-1]) {
		s--
	}
	return s, e, 0
}

// winPassArg reports whether o may be a password typed as an argument:
// three bytes or more, not a prompt (*), an option or a variable.
func winPassArg(o []byte) bool {
	return len(o) >= 3 && o[0] != '/' && o[0] != '-' && o[0] != '$' && o[0] != '%' && string(o) != "*"
}

// scanSecureString matches the plain text that ConvertTo-SecureString
// turns into a SecureString when -AsPlainText says it is plain text: the
// first argument that is no option, or -String's.
func scanSecureString(src []byte, k int) (hit, bool) {
	end := min(len(src), k+cmdPassReach)
	plain := false
	var pv, pe int
	for k < end && src[k] != ')' && src[k] != '\n' && src[k] != '\r' {
		v, e, next := cmdWord(src, k)
		if e == v {
			break
		}
		o := src[v:e]
		k = next
		switch {
		case foldEq(o, "_asplaintext"):
			plain = true
		case foldEq(o, "_string"):
			pv, pe, k = cmdWord(src, next)
		case o[0] == '-' && src[v-1] != '\'' && src[v-1] != '"':
			// -Force, -Key: no argument of ours
		case pe == pv:
			pv, pe = v, e
		}
		if e < len(src) && src[e] == ')' {
			break
		}
	}
	if !plain || pe-pv < 3 || src[pv] == '$' {
		return hit{}, false
	}
	return hit{det: DetSecret, start: pv, end: pe}, true
}

// psCmdletCall reports whether b starts with a call of a PowerShell cmdlet
// that yields a credential (ConvertTo-SecureString, Read-Host,
// Get-Credential, Get-Content, Get-Secret…): the value a variable is
// given is the call, not a secret; its arguments are scanned as such.
func psCmdletCall(b []byte) bool {
	d := 0
	for d < len(b) && d < 10 && isAlpha(b[d]) {
		d++
	}
	if d < 3 || d >= len(b) || b[d] != '-' || !isUpper(b[0]) {
		return false
	}
	switch string(b[:d]) {
	case "ConvertTo", "ConvertFrom", "Get", "Read", "New", "Import":
	default:
		return false
	}
	e := d + 1
	if e >= len(b) || !isUpper(b[e]) {
		return false
	}
	for e < len(b) && isAlpha(b[e]) {
		e++
	}
	return e == len(b) || b[e] == ' ' || b[e] == '(' || b[e] == ';' || b[e] == ')'
}
