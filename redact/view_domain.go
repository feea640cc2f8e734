package redact

import "bytes"

// domainEscape reports whether the backslash at src[i], followed by n, r
// or t, separates a Windows domain from an account (CORP\nathan.smith,
// EXAMPLE\rachel.jones, LOCAL\tomasz.nowak) rather than escaping a
// newline, a carriage return or a tab: the word before it is a NetBIOS
// domain name as Windows, firewalls (ASA's identity firewall, Palo Alto)
// and RADIUS servers write it, 2 to 15 capitals, digits and hyphens with
// a capital among them, at the start of the text or after a byte that
// ends a word, and an account follows: a letter or '.' after the
// escape's letter (CORP\t.jones), letters, digits, '.', '-' and '_', not an e-mail address's local part
// (ERROR\njane@example.com is a newline). Decoded, the
// account would lose its first letter to a control character, and the
// detector of DOMAIN\user (scan_domainuser.go) would not see it.
//
// It does not allocate.
func domainEscape(src []byte, i int) bool {
	if i+2 >= len(src) || !isAlpha(src[i+2]) && src[i+2] != '.' {
		return false
	}
	k, caps := i, 0
	for k > 0 && i-k < 16 {
		c := src[k-1]
		switch {
		case isUpper(c):
			caps++
		case isDigit(c) || c == '-':
		default:
			goto done
		}
		k--
	}
done:
	if caps == 0 {
		return lowerDomainEscape(src, i)
	}
	if i-k < 2 || i-k > 15 {
		return false
	}
	e := i + 1
	for e < len(src) && (isAlnum(src[e]) || src[e] == '.' || src[e] == '-' || src[e] == '_') {
		e++
	}
	if e < len(src) && src[e] == '@' {
		return false
	}
	return k == 0 || !isAlnum(src[k-1]) && src[k-1] != '\\' && src[k-1] != '_' && src[k-1] != '.'
}

// lowerDomainEscape is domainEscape for a domain in lower case (a
// firewall's CSV column: Palo Alto's srcuser example\tomasz.nowak): only
// as a whole field, a ',', '=' or '"' before the domain and a ',' or '"'
// (or the end) after the account, as scanDomainUser reads it. A whole
// text "corp\nathan" stays a newline.
func lowerDomainEscape(src []byte, i int) bool {
	k := i
	for k > 0 && i-k < 16 && ('a' <= src[k-1] && src[k-1] <= 'z' || isDigit(src[k-1]) || src[k-1] == '-') {
		k--
	}
	if i-k < 2 || i-k > 15 || !isAlpha(src[k]) || k > 0 && src[k-1] != ',' && src[k-1] != '=' && src[k-1] != '"' && src[k-1] != '>' {
		return false
	}
	e := i + 2
	for e < len(src) && (isAlnum(src[e]) || src[e] == '.' || src[e] == '-' || src[e] == '_') {
		e++
	}
	if k == 0 || src[k-1] == '>' {
		// A field's whole value (NPS's IAS User-Name, a JSON string:
		// corp\tdoe) or an element's text (<User-Name ...>corp\tdoe<).
		// A whole text of one word stays a newline (corp\nathan); a
		// dotted login (corp\tomasz.nowak) is no word of a message.
		return k == 0 && e == len(src) && bytes.IndexByte(src[i+2:e], '.') >= 0 || k > 0 && e < len(src) && src[e] == '<'
	}
	return e == len(src) || src[e] == ',' || src[e] == '"' || src[e] == ';' // ISE's Response={UserName=corp\tdoe; ...}
}

// pathEscape reports whether the backslash at src[i], followed by n, r or
// t, separates two components of a Windows path (C:\Users\tomasz.nowak,
// \\fs01\share\new, C:\temp): the word before it follows a drive's "X:"
// or another single backslash, and a letter or '.' follows the escape's
// letter. A component that is one escape letter (\r\n, \n\t) is a run of
// escapes. Decoded, the component would lose its first letter to a control
// character (Sysmon's CurrentDirectory and CommandLine in JSON).
//
// It does not allocate.
func pathEscape(src []byte, i int) bool {
	if i+2 >= len(src) || !isAlpha(src[i+2]) && src[i+2] != '.' {
		return false
	}
	if i >= 2 && src[i-1] == ':' && isAlpha(src[i-2]) && (i == 2 || !isAlnum(src[i-3])) {
		return true // C:\temp
	}
	k := i
	for k > 0 && i-k < 64 && (isAlnum(src[k-1]) || src[k-1] == '.' || src[k-1] == '_' || src[k-1] == '-' || src[k-1] == '$') {
		k--
	}
	if i-k == 1 && (src[k] == 'r' || src[k] == 'n' || src[k] == 't') {
		// \r\nCall-ID: a run of escapes (a message's CRLFs written
		// out), not a component named r.
		return false
	}
	return k < i && k > 0 && src[k-1] == '\\' && !escapedAt(src, k-1)
}
