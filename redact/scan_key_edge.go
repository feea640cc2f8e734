package redact

// directionLoginKey reports whether key names the login on one side of a
// connection, in the short forms security products' event formats use:
// ArcSight CEF's suser and duser, srcuser and dstuser (PAN-OS, Sophos,
// Check Point), sourceUser, destUser, destinationUser, and IBM QRadar
// LEEF's usrName with or without such a prefix. A key that spells "user"
// with a word of its own before it (db_user, sessionUser) is the
// compound rule's; these glue a direction's letters to it.
func directionLoginKey(key []byte) bool {
	n := len(key)
	var p []byte
	switch {
	case n > 4 && foldEq(key[n-4:], "user"):
		p = key[:n-4]
	case n >= 7 && foldEq(key[n-7:], "usrname"):
		p = key[:n-7]
	case n > 8 && foldEq(key[n-8:], "username"):
		p = key[:n-8]
	default:
		return false
	}
	switch len(p) {
	case 0:
		return true // usrName
	case 1:
		return p[0]|0x20 == 's' || p[0]|0x20 == 'd'
	case 3:
		return foldEq(p, "src") || foldEq(p, "dst")
	case 4:
		return foldEq(p, "dest")
	case 6:
		return foldEq(p, "source")
	case 11:
		return foldEq(p, "destination")
	}
	return false
}

// delimitedValueEnd returns where the unquoted value src[v:e] ends when
// an event format glues its pairs with a delimiter of its own: QRadar
// LEEF 2.0 declares one in its header ('^', '|', ...), and the value
// stops at it when another key and '=' follow (usrName=jdoe^srcMAC=...).
func delimitedValueEnd(src []byte, v, e int) int {
	for k := v + 1; k < e; k++ {
		if c := src[k]; c == '^' || c == '|' {
			j := k + 1
			for j < e && (isAlnum(src[j]) || src[j] == '_') {
				j++
			}
			if j > k+1 && j < e && src[j] == '=' {
				return k
			}
		}
	}
	return e
}

// displayLoginEnd returns the end of a display name followed by the
// login in parentheses, as identity-aware firewalls name a user under
// their user keys (Check Point's suser=Jane Doe (jdoe)): one to four
// capitalised words, a blank, and a person's login closed by ')'; or -1.
func displayLoginEnd(src []byte, v int) int {
	d := displayWordsEnd(src, v)
	if d <= v || d+2 >= len(src) || src[d] != ' ' || src[d+1] != '(' {
		return -1
	}
	p := d + 2
	e := p
	for e < len(src) && e-p <= maxLogin && src[e] != ')' && src[e] > ' ' {
		e++
	}
	if e >= len(src) || src[e] != ')' || e == p || !accountLogin(src[p:e]) {
		return -1
	}
	return e + 1
}

// userFieldList reports whether the login at src[i] after "User " is a
// field of a list of labelled fields, the label after a " - " or " : "
// separator and the next one after the login: Citrix NetScaler's
// "SessionId: 17 - User jdoe - Client_ip 203.0.113.5", "User jdoe :
// Group(s) N/A". The list's shape says the word is the field's value,
// whatever its own shape.
func userFieldList(src []byte, i int, rest []byte) bool {
	if len(rest) < 4 || rest[0] != ' ' || rest[1] != '-' && rest[1] != ':' || rest[2] != ' ' || !isUpper(rest[3]) {
		return false
	}
	k := i - 6 // the blank before "User "
	return k >= 2 && src[k] == ' ' && (src[k-1] == '-' || src[k-1] == ':') && src[k-2] == ' '
}

// userIDQuoteAt reports whether src[v:] opens "id '" or "id \"": the
// quoted login of Cisco Meraki's VPN events ("client_vpn_connect user id
// 'jdoe' local ip ...").
func userIDQuoteAt(src []byte, v int) bool {
	return v+4 < len(src) && foldEq(src[v:v+2], "id") && src[v+2] == ' ' && (src[v+3] == '\'' || src[v+3] == '"')
}

// pairHeaderWord reports whether w, the value after "username:", is the
// name of a second part that the pair after it carries: NetScaler's
// "username:domainname jdoe:corp.example.com".
func pairHeaderWord(w []byte) bool {
	switch len(w) {
	case 4:
		return foldEq(w, "host")
	case 5:
		return foldEq(w, "realm")
	case 6:
		return foldEq(w, "domain")
	case 8:
		return foldEq(w, "hostname")
	case 10:
		return foldEq(w, "domainname")
	case 11:
		return foldEq(w, "domain_name")
	}
	return false
}

// pairLoginEnd returns the end of the first part of "login:part" at
// src[v], or v when none is there.
func pairLoginEnd(src []byte, v int) int {
	c := v
	for c < len(src) && c-v <= maxLogin && src[c] != ':' && src[c] > ' ' {
		c++
	}
	if c+1 >= len(src) || src[c] != ':' || src[c+1] <= ' ' {
		return v
	}
	return c
}

// gluedServiceWords reports whether the lower-case login v is two
// service words written as one (ftpsync, dbbackup, gitdeploy, webproxy):
// an account's name, no person's.
func gluedServiceWords(v []byte) bool {
	if len(v) < 5 || len(v) > 20 {
		return false
	}
	for p := 2; p <= len(v)-2; p++ {
		if _, ok := serviceWords[string(v[:p])]; !ok {
			continue
		}
		if _, ok := serviceWords[string(v[p:])]; ok {
			return true
		}
	}
	return false
}

// wordOptionAt reports whether the key src[i:k] is a whole word after a
// single '-' that opens a command's argument: an option written as a word
// (NetScaler's and PowerShell's -username jdoe, -UserName jdoe), whose
// value is the next word as with "--username". A short option (-u, -p)
// is not one: its letter says too little.
func wordOptionAt(src []byte, i, k int) bool {
	return k-i >= 4 && i > 1 && src[i-1] == '-' && (src[i-2] == ' ' || src[i-2] == '"' || src[i-2] == '\'')
}
