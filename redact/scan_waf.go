package redact

import (
	"bytes"

	"github.com/redactd/redactd/redact/textfmt"
)

// The request data that web application firewalls and web servers' error
// logs echo: ModSecurity's match text, whose value belongs to the variable
// it names (against variable `ARGS:username' (Value: `jdoe' OR 1=1--' )),
// a login under a user key with the injected text after it, the failures
// of Apache httpd's authentication modules, and a phone number in a query
// string whose blanks a browser wrote as '+'.

// modsecValue matches the value of ModSecurity v3's match text, `Matched
// "Operator ..." against variable `VAR' (Value: `VALUE' )`, where the key
// "Value" is at src[name:name+5] and its backtick at src[j]. The value is
// the variable's: ARGS:username's a login, ARGS:password's a secret,
// REQUEST_COOKIES:PHPSESSID's a session, so the last part of the variable's
// name gives it its context as a key would. Variables without a name
// (REQUEST_URI, REQUEST_BODY) leave the value to the other detectors.
func (s *scanner) modsecValue(src []byte, name, j int) (hit, bool) {
	if src[j] != '`' {
		return s.modsecData(src, name, j)
	}
	if name < 4 || src[name-1] != '(' || src[name-2] != ' ' || src[name-3] != '\'' || !foldEq(src[name:name+5], "value") {
		return hit{}, false
	}
	q := name - 3 // the quote that closes the variable
	bt := bytes.LastIndexByte(src[max(0, q-128):q], '`')
	if bt < 0 {
		return hit{}, false
	}
	bt += max(0, q-128)
	if bt < 9 || string(src[bt-9:bt]) != "variable " {
		return hit{}, false
	}
	c := bytes.LastIndexByte(src[bt+1:q], ':')
	if c < 0 || bt+2+c >= q {
		return hit{}, false
	}
	kc := s.cachedContext(src[bt+2+c : q])
	v := j + 1
	e := bytes.Index(src[v:], modsecValueClose)
	if e < 0 {
		e = valueEndQ(src, v, '\'')
	} else {
		e += v
	}
	if e <= v {
		return hit{}, false
	}
	switch kc {
	case ctxLogin:
		le := v + injectedLoginEnd(src[v:e])
		if le == v {
			le = e
		}
		if s.enabled[DetName] && accountLogin(src[v:le]) {
			return hit{det: DetName, start: v, end: le}, true
		}
	case ctxSecret, ctxPassword, ctxBearer:
		if s.enabled[DetSecret] && !isNullWord(src[v:e]) {
			return hit{det: DetSecret, start: v, end: e}, true
		}
	case ctxName:
		if s.enabled[DetName] {
			return hit{det: DetName, start: v, end: e}, true
		}
	case ctxPhone:
		if s.enabled[DetPhone] {
			return scanPhoneCtx(src[:e], v)
		}
	}
	return hit{}, false
}

var modsecValueClose = []byte("' )")

// modsecData matches the matched data of ModSecurity 2's data action, the
// key "Data" at src[name:name+4] after "Matched ": `Matched Data: X found
// within VAR: VALUE`, X a part of the value of the variable VAR, whose
// name gives it its context as in modsecValue (the VALUE after VAR's ':'
// the key grammar reads).
func (s *scanner) modsecData(src []byte, name, v int) (hit, bool) {
	if string(src[name-8:name]) != "Matched " || !foldEq(src[name:name+4], "data") {
		return hit{}, false
	}
	for v < len(src) && src[v] == ' ' {
		v++
	}
	f := bytes.Index(src[v:min(len(src), v+512)], modsecFoundWithin)
	if f <= 0 {
		return hit{}, false
	}
	e := v + f
	vs := e + len(modsecFoundWithin)
	ve := vs
	for ve < len(src) && ve-vs < 128 && src[ve] != ' ' && src[ve] != '"' {
		ve++
	}
	if ve == vs || src[ve-1] != ':' {
		return hit{}, false
	}
	c := bytes.LastIndexByte(src[vs:ve-1], ':')
	if c < 0 {
		return hit{}, false
	}
	switch s.cachedContext(src[vs+c+1 : ve-1]) {
	case ctxLogin:
		le := v + injectedLoginEnd(src[v:e])
		if le == v {
			le = e
		}
		if s.enabled[DetName] && accountLogin(src[v:le]) {
			return hit{det: DetName, start: v, end: le}, true
		}
	case ctxSecret, ctxPassword, ctxBearer:
		if s.enabled[DetSecret] {
			return hit{det: DetSecret, start: v, end: e}, true
		}
	case ctxName:
		if s.enabled[DetName] {
			return hit{det: DetName, start: v, end: e}, true
		}
	}
	return hit{}, false
}

var modsecFoundWithin = []byte(" found within ")

// injectedLoginEnd returns where a login at the start of v ends when text
// an attacker appended follows it (jdoe' OR 1=1--, jdoe"><script>,
// jdoe;ls): at the first quote, angle bracket, ';' or parenthesis, 0 when
// there is none or nothing comes before it.
func injectedLoginEnd(v []byte) int {
	for i, c := range v {
		switch c {
		case '\'', '"', '<', '>', ';', '(', ')', '`':
			return i
		}
	}
	return 0
}

// apacheAuthFailure reports whether rest, what follows "user LOGIN", is the
// rest of a failure message of Apache httpd's authentication modules:
// mod_auth_basic's "user %s not found: %s" (AH01618, with the URI) and
// "user %s: authentication failure for \"%s\": ..." (AH01617), and
// mod_authnz_ldap's "user %s authentication failed; URI %s" (AH01695).
// Then a login of one word is one.
func apacheAuthFailure(rest []byte) bool {
	return hasPrefix(rest, " not found: /") || hasPrefix(rest, ": authentication failure for \"") ||
		hasPrefix(rest, " authentication failed; URI ")
}

// formPhone reports whether v, a query parameter's value under a phone
// key, is a phone number whose blanks a form encoding wrote as '+'
// (phone=020+7946+0958, tel=%2B44+20+7946+0958 decoded to +44+20+...): 7
// to 15 digits, not all zeros, with '+' between groups of two digits or
// more, and '-', '.' or parentheses. A lone 8 may open it: the trunk
// prefix of Kazakh and Russian national numbers (8+702+662+31+71, "8 702
// 662 31 71"), with the ten digits of the number after it.
func formPhone(v []byte) bool {
	digits, plus, group, nonzero, trunk := 0, false, 0, false, false
	for i, c := range v {
		switch {
		case isDigit(c):
			digits++
			group++
			nonzero = nonzero || c != '0'
		case c == '+':
			if i > 0 && i+1 < len(v) {
				if i == 1 && v[0] == '8' {
					trunk = true
				} else if group < 2 {
					return false // a blank after one digit: no number's grouping
				}
				plus = true
			}
			group = 0
		case c == '-' || c == '.' || c == '(' || c == ')':
		default:
			return false
		}
	}
	return plus && nonzero && group >= 2 && digits >= 7 && digits <= 15 && (isDigit(v[0]) || v[0] == '+' || v[0] == '(') &&
		(!trunk || digits == 11)
}

// wpLoginPair reports whether the form fields name and next are
// WordPress's login form (wp-login.php): log, the login a person typed,
// then pwd. "log" alone names nothing.
func wpLoginPair(name, next []byte) bool {
	return len(name) == 3 && foldEq(name, "log") && len(next) == 3 && foldEq(next, "pwd")
}

// wpLoginForm reports whether v, a form body, is WordPress's login form
// (log=...&pwd=...), which is read field by field even without a '+'.
func wpLoginForm(v []byte) bool {
	return hasPrefix(v, "log=") && bytes.Contains(v, wpPwd)
}

var wpPwd = []byte("&pwd=")

// wpUserLogin is the key WordPress's "log" field is read under: the
// login form's username field (its label says "Username or Email
// Address").
var wpUserLogin = []byte("username")

// panosSequence reports whether the digit run src[i:e] is the Sequence
// Number of a PAN-OS syslog record (Syslog Field Descriptions: TRAFFIC,
// THREAT, SYSTEM, CONFIG, GLOBALPROTECT, USERID, HIP-MATCH logs alike): a
// CSV field that the Action Flags field follows, 0x and hex digits
// (0x8000000000000000, 0x0). The 64-bit counter reaches 19 digits, and
// one in ten passes the Luhn check.
func panosSequence(src []byte, i, e int) bool {
	if i == 0 || src[i-1] != ',' || e+3 >= len(src) || src[e] != ',' || src[e+1] != '0' || src[e+2] != 'x' {
		return false
	}
	h := e + 3
	for h < len(src) && h-e <= 19 && isHex(src[h]) {
		h++
	}
	return h > e+3 && (h == len(src) || src[h] == ',')
}

// redactForm is redactNested for a form body or query string split into
// parts, WordPress's login form (log=...&pwd=...) read by redactWPForm.
func (r *Redactor) redactForm(dst, v []byte, parts []textfmt.Field, depth int) []byte {
	if len(parts) > 1 && wpLoginPair(parts[0].Name, parts[1].Name) {
		return r.redactWPForm(dst, v, parts, depth)
	}
	fhirNameParts(v, parts)
	return r.redactNested(dst, v, parts, depth)
}

// redactWPForm is redactNested for WordPress's login form, whose first
// field, log, is read as a username.
func (r *Redactor) redactWPForm(dst, v []byte, parts []textfmt.Field, depth int) []byte {
	pos := 0
	for i := range parts {
		f := parts[i]
		s, e := int(f.Start), int(f.End)
		if s < pos || e < s || e > len(v) {
			panic("BUG: textfmt split a part outside the value")
		}
		dst, pos = r.fieldName(dst, v, pos, f, true)
		dst = r.gap(dst, v[pos:s])
		name := f.Name
		if i == 0 {
			name = wpUserLogin
		}
		dst = r.textValue(dst, v[s:e], name, r.sc.cachedInfo(name), f.Quoting, depth)
		pos = e
	}
	return r.gap(dst, v[pos:])
}

// exchangeInternalID reports whether the digit run src[i:e] is the
// internal-message-id of Microsoft Exchange's message tracking log: a CSV
// field (13 or 14 digits, a counter of the mailbox database) that the
// message-id field follows, <local@domain> without blanks or commas. A
// 13-digit run that passes the
// Luhn check reads as an old Visa number otherwise.
func exchangeInternalID(src []byte, i, e int) bool {
	if i == 0 || src[i-1] != ',' || e+2 >= len(src) || src[e] != ',' || src[e+1] != '<' {
		return false
	}
	for k := e + 2; k < len(src) && k-e < 256; k++ {
		switch src[k] {
		case '>':
			// Whatever the id reads as (<[email]> once masked).
			return k > e+2 && (k+1 == len(src) || src[k+1] == ',')
		case ',', ' ', '<':
			return false
		}
	}
	return false
}
