package redact

// Detectors of digit strings: phone numbers, payment cards, IBANs, SSNs.
// They share numStart and numEnd, which keep them out of longer tokens
// (versions, dates, UUIDs, dotted or dashed ids).

// numStart reports whether a number may start at src[i].
func numStart(src []byte, i int) bool {
	if i == 0 {
		return true
	}
	p := src[i-1]
	if isAlnum(p) || p == '_' {
		return false
	}
	// "v1.4111...", "ab-4111...", "blk_-4981..." (an HDFS block id):
	// the number is the end of an identifier.
	if (p == '.' || p == '-') && i >= 2 && (isAlnum(src[i-2]) || src[i-2] == '_') {
		return false
	}
	// "0000000(0000.00000", "0000000)0000": a parenthesis right after
	// digits continues their run (a number that failed as a whole is not
	// found again in its tail).
	if (p == '(' || p == ')') && i >= 2 && (isDigit(src[i-2]) || maskTokenEndsAt(src, i-2)) {
		// (And after a mask token there, "[phone])0000": the digits an
		// earlier pass, or an echo, replaced.)
		return false
	}
	return true
}

// maskTokenEndsAt reports whether a replacement token such as [phone] or
// [name] ends with the ']' at src[k].
func maskTokenEndsAt(src []byte, k int) bool {
	if src[k] != ']' {
		return false
	}
	b := k
	for b > 0 && k-b < 16 && (src[b-1] >= 'a' && src[b-1] <= 'z' || src[b-1] == '_') {
		b--
	}
	return b < k && b > 0 && src[b-1] == '['
}

// maskTokenAfterBlank reports whether src[e:] is a blank then a
// replacement token such as [national_id].
func maskTokenAfterBlank(src []byte, e int) bool {
	if e+3 >= len(src) || src[e] != ' ' || src[e+1] != '[' {
		return false
	}
	k := e + 2
	for k < len(src) && k-e < 19 && (src[k] >= 'a' && src[k] <= 'z' || src[k] == '_') {
		k++
	}
	return k > e+2 && k < len(src) && src[k] == ']'
}

// numEnd reports whether a number may end before src[e].
func numEnd(src []byte, e int) bool {
	if e >= len(src) {
		return true
	}
	c := src[e]
	if isAlnum(c) || c == '_' {
		return false
	}
	if (c == '.' || c == '-') && e+1 < len(src) && isAlnum(src[e+1]) {
		return false
	}
	if (c == '(' || c == ')' || c == '.' || c == '-') && e+1 < len(src) && bracketAfterSeps(src, e+1) {
		// "0000000([mac]", "0000000)[mac]", "0000000(.[phone]": what
		// follows was a detection, which the
		// first pass read together with these digits (as the group
		// "(0000"): no number ends here on the second pass either.
		return false
	}
	return true
}

// bracketAfterSeps reports whether src[k:] is group separators other than
// a blank (parentheses, '.', '-'), any number, then '[': a mask token after
// them ("(([phone]", ")[mac]", "(.[phone]").
func bracketAfterSeps(src []byte, k int) bool {
	for k < len(src) && (src[k] == '(' || src[k] == ')' || src[k] == '.' || src[k] == '-') {
		k++
	}
	return k < len(src) && src[k] == '['
}

func isPhoneSep(c byte) bool {
	return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')'
}

// phoneRun is a run of digit groups read by readPhone.
type phoneRun struct {
	end    int      // after the last digit kept
	nd     int      // digits kept
	ng     int      // groups kept
	glen   [8]uint8 // lengths of the first groups
	seps   uint8    // bit set: 1 ' ', 2 '-', 4 '.', 8 parentheses
	capped bool     // more digits followed but were not kept
}

// readPhone reads digits from src[j:] separated by at most two separator
// bytes at a time (") " and " (" count as one separator), keeping whole
// groups while the total stays within 15 digits.
func readPhone(src []byte, j int) (r phoneRun) { return readPhoneN(src, j, 15) }

// dialLimit returns how many digits a number at src[j] may have as
// scanPhoneCtx reads it: the 15 of E.164, and an international prefix, 00
// (ITU) or 011 (NANP), before its country code (0118615855873210).
func dialLimit(src []byte, j int) int {
	// (A country code never starts with 0.)
	switch {
	case j+2 < len(src) && src[j] == '0' && src[j+1] == '0' && '1' <= src[j+2] && src[j+2] <= '9':
		return 17
	case j+3 < len(src) && src[j] == '0' && src[j+1] == '1' && src[j+2] == '1' && '1' <= src[j+3] && src[j+3] <= '9':
		return 18
	}
	return 15
}

// readPhoneN is readPhone with limit digits at most.
func readPhoneN(src []byte, j, limit int) (r phoneRun) {
	n := len(src)
	for j < n {
		g := j
		for j < n && isDigit(src[j]) {
			j++
		}
		if j == g {
			break
		}
		if r.nd+j-g > limit {
			r.capped = true
			break
		}
		r.nd += j - g
		if r.ng < len(r.glen) {
			r.glen[r.ng] = uint8(min(j-g, 255))
		}
		r.ng++
		r.end = j
		s := j
		var seps uint8
		for j < n && j-s < 2 && isPhoneSep(src[j]) {
			switch src[j] {
			case ' ':
				seps |= 1
			case '-':
				seps |= 2
			case '.':
				seps |= 4
			default:
				seps |= 8
			}
			j++
		}
		if j == s || j >= n || !isDigit(src[j]) {
			break // a separator that no group follows is none ("2026-11-23 x")
		}
		r.seps |= seps
	}
	return r
}

// scanPhonePlus matches an international number written with a leading
// '+': +14155550123, +44 20 7946 0958, tel:+1-415-555-0123,
// sip:+14155550123@host. The number must be valid in its country's plan
// (see intlEnd); under a phone key (keyed) any seven digits or more are one.
func scanPhonePlus(src []byte, i int, keyed bool) (hit, bool) {
	n := len(src)
	j := i + 1
	if src[i] != '+' {
		return hit{}, false
	}
	if i > 0 && (isAlnum(src[i-1]) || src[i-1] == '+') {
		return hit{}, false
	}
	if j < n && src[j] == '(' {
		j++
	}
	if j >= n || src[j] < '1' || src[j] > '9' {
		return hit{}, false
	}
	r := readPhone(src, j)
	if e, ok := intlEnd(src, j, &r, 7); ok {
		return hit{det: DetPhone, start: i, end: e}, true
	}
	if !keyed || r.nd < 7 || r.capped && r.seps&1 == 0 || !numEnd(src, r.end) {
		return hit{}, false
	}
	return hit{det: DetPhone, start: i, end: r.end}, true
}

// isIntlPrefix reports whether the digit word src[i:w] may start a number
// dialled with an international prefix: "00" or "011" as a group of its
// own ("00 44 ...", "011 44 ...") or "00" with the country code ("0044 20
// ..."), before a separator and a digit, or "00" at the head of a bare run
// of 11-17 digits (00493069000000). Times ("20:00:00 +0000",
// "20:00:00.010") must not get this far: they are in every log line.
func isIntlPrefix(src []byte, i, w int) bool {
	wl := w - i
	if src[i] != '0' || wl < 2 {
		return false
	}
	if src[i+1] == '0' && wl >= 11 {
		return wl <= 17
	}
	if w+1 >= len(src) || src[w+1] < '1' || src[w+1] > '9' {
		return false
	}
	switch c2 := src[w]; {
	case wl == 2:
		return src[i+1] == '0' && c2 == ' '
	case wl == 3 && src[i+1] == '1' && src[i+2] == '1', src[i+1] == '0' && wl <= 5:
		return c2 == ' ' || c2 == '-' || c2 == '.'
	}
	return false
}

// scanPhoneIntl matches a number written with an international prefix in
// free text: 0044 20 7946 0958, 011 44 20 7946 0958, 00493069000000. What
// follows the prefix must be valid in its country's plan (see intlEnd)
// and hold 9 to 15 digits, so that zero-padded counters and ids stay.
func scanPhoneIntl(src []byte, i int) (hit, bool) {
	n := len(src)
	if !numStart(src, i) || i >= 2 && isPhoneSep(src[i-1]) && isDigit(src[i-2]) {
		return hit{}, false // a later group of a longer number
	}
	if i >= 2 && src[i-1] == ':' && isDigit(src[i-2]) {
		return hit{}, false // a time's seconds: 20:02:00 198.51.100.7:63910
	}
	j := i + 2
	if src[i+1] == '1' {
		j = i + 3 // 011, always followed by a separator
	}
	if j < n && isPhoneSep(src[j]) && src[j] != '(' && src[j] != ')' {
		j++
	}
	if j >= n || src[j] < '1' || src[j] > '9' {
		return hit{}, false
	}
	r := readPhone(src, j)
	e, ok := intlEnd(src, j, &r, 9)
	if !ok {
		return hit{}, false
	}
	return hit{det: DetPhone, start: i, end: e}, true
}

// scanPhoneNational matches the North American national forms
// (555) 123-4567, 555-123-4567 and 555.123.4567, also after the trunk
// prefix: 1-800-555-0199. Area codes start 2-9.
func scanPhoneNational(src []byte, i int) (hit, bool) {
	n := len(src)
	if src[i] == '1' && i+2 < n && (src[i+1] == '-' || src[i+1] == '.') && isDigit(src[i+2]) {
		if !numStart(src, i) {
			return hit{}, false
		}
		m, ok := phoneNational(src, i+2, false)
		if !ok || src[i+5] != src[i+1] {
			return hit{}, false
		}
		m.start = i
		return m, true
	}
	return phoneNational(src, i, true)
}

// phoneNational is scanPhoneNational without the trunk prefix; it checks
// where the number starts only when checkStart is set.
func phoneNational(src []byte, i int, checkStart bool) (hit, bool) {
	n := len(src)
	j := i
	var sep byte
	if src[i] == '(' {
		if i+13 > n || !isDigit3(src[i+1:]) || src[i+4] != ')' {
			return hit{}, false
		}
		if i > 0 && isAlnum(src[i-1]) {
			return hit{}, false
		}
		j = i + 5
		if src[j] == ' ' {
			j++
		}
		sep = '-'
	} else {
		if checkStart && !numStart(src, i) || i+12 > n || !isDigit3(src[i:]) {
			return hit{}, false
		}
		sep = src[i+3]
		if sep != '-' && sep != '.' {
			return hit{}, false
		}
		j = i + 4
	}
	area := src[i]
	if area == '(' {
		area = src[i+1]
	}
	if area < '2' || j+8 > n || !isDigit3(src[j:]) {
		return hit{}, false
	}
	s2 := src[j+3]
	if s2 != sep && !(src[i] == '(' && (s2 == '.' || s2 == ' ')) {
		return hit{}, false
	}
	if !isDigit3(src[j+4:]) || !isDigit(src[j+7]) {
		return hit{}, false
	}
	e := j + 8
	if !numEnd(src, e) {
		return hit{}, false
	}
	return hit{det: DetPhone, start: i, end: e}, true
}

func isDigit3(b []byte) bool {
	return len(b) >= 3 && isDigit(b[0]) && isDigit(b[1]) && isDigit(b[2])
}

// scanPhoneCtx matches a phone number at src[i] when a key says the value
// is one (caller=, "msisdn":...). Bare digit runs count, but not ones that
// look like epoch times (ten or thirteen digits starting with 1), dates or
// IPv4 addresses.
func scanPhoneCtx(src []byte, i int) (hit, bool) {
	c := src[i]
	if c|0x20 >= 'a' && c|0x20 <= 'f' || c == '0' && i+1 < len(src) && src[i+1]|0x20 == 'x' || c == '8' || c == '9' {
		if h, ok := scanBCDNumber(src, i); ok {
			return h, true // a decoder's hex of a CDR's number: 0x9194511132547F (scan_bcd.go)
		}
	}
	if c == '+' {
		return scanPhonePlus(src, i, true)
	}
	if c == '(' {
		if m, ok := scanPhoneNational(src, i); ok {
			return m, ok
		}
	}
	if !isDigit(c) && c != '(' || !numStart(src, i) {
		return hit{}, false
	}
	if c == '0' {
		// A trunk prefix and area code before '/' (slashArea:
		// "0176/15146167"), as in text.
		w := i + 1
		for w < len(src) && w-i <= 5 && isDigit(src[w]) {
			w++
		}
		if w < len(src) && src[w] == '/' && slashArea(src, i, w) {
			return scanPhoneLocal(src, i)
		}
	}
	j := i
	if c == '(' {
		j++
	}
	r := readPhoneN(src, j, dialLimit(src, j))
	// A first group of seven digits or more is a number by itself: what
	// follows a space is another field ("4155550123 5060", a port) or
	// another number, whatever follows it. (Were the first refused for
	// what follows, masking the rest would make it stand alone on a
	// second pass, and redacting twice would differ from once.) Past 15
	// digits a run is two numbers side by side ("4930690000 4930690001"):
	// the first ends at the separator.
	if e := j + int(r.glen[0]); r.ng > 1 && r.glen[0] >= 7 && src[e] == ' ' {
		r.end, r.nd, r.ng = e, int(r.glen[0]), 1
	}
	if r.nd >= 7 && !numEnd(src, r.end) {
		// The run goes on into a word or past 15 digits: the number is
		// what precedes its last space, if that is seven digits or more
		// ("0.00000000 0000.000"), as a second pass would find it.
		r.end, r.nd, r.ng = spaceBefore(src, j, r.end)
	}
	if r.nd < 7 || !numEnd(src, r.end) {
		return hit{}, false
	}
	if r.ng == 1 && src[j] == '1' && r.nd != 11 {
		return hit{}, false // epoch seconds or milliseconds, not a number
	}
	if r.ng == 3 && r.seps&^(2|4) == 0 && (r.glen[0] == 4 && r.glen[1] == 2 && r.glen[2] == 2 ||
		r.glen[0] == 2 && r.glen[1] == 2 && r.glen[2] == 4) {
		return hit{}, false // a date
	}
	if r.ng > 3 && datedRun(src, j, r) {
		return hit{}, false // a date and a time: "2026-11-23 10:00:00"
	}
	if src[j] == '1' && (r.glen[0] == 10 || r.glen[0] == 13) && src[j+int(r.glen[0])] == '.' {
		return hit{}, false // epoch seconds or milliseconds with a fraction
	}
	if r.seps&4 != 0 {
		if _, _, ok := parseIPv4(src, i); ok {
			return hit{}, false
		}
	}
	return hit{det: DetPhone, start: i, end: r.end}, true
}

// datedRun reports whether the run r read at src[j] opens with a date:
// groups of 4, 2 and 2 digits (or 2, 2 and 4) joined by the same '-' or
// '.', whatever follows (a time of day after a blank).
func datedRun(src []byte, j int, r phoneRun) bool {
	if !(r.glen[0] == 4 && r.glen[1] == 2 && r.glen[2] == 2 || r.glen[0] == 2 && r.glen[1] == 2 && r.glen[2] == 4) {
		return false
	}
	p0 := j + int(r.glen[0])
	p1 := p0 + 1 + int(r.glen[1])
	return p1 < len(src) && (src[p0] == '-' || src[p0] == '.') && src[p1] == src[p0] && isDigit(src[p0+1]) && isDigit(src[p1+1])
}

// spaceBefore returns the end of the digit groups of src[j:end] before
// their last space, and how many digits and groups they hold; end and no
// digits when there is no space.
func spaceBefore(src []byte, j, end int) (e, nd, ng int) {
	e = end - 1
	for e > j && src[e] != ' ' {
		e--
	}
	for e > j && !isDigit(src[e-1]) {
		e-- // ") ": the number ends at its last digit
	}
	if e <= j {
		return end, 0, 0
	}
	for x := j; x < e; x++ {
		if isDigit(src[x]) {
			nd++
			if x == j || !isDigit(src[x-1]) {
				ng++
			}
		}
	}
	return e, nd, ng
}

// scanSSN matches a US social security number: 123-45-6789, written with
// spaces or dots (123 45 6789, 123.45.6789), or nine bare digits when bare
// is set (the key says ssn). Area 000, 666 and 9xx, group 00 and serial
// 0000 are never issued. A spaced or dotted one must stand alone: not
// after or before another group of digits (a phone number, a longer run)
// and not a version ("version 123.45.6789").
func scanSSN(src []byte, i int, bare bool) (hit, bool) {
	n := len(src)
	if !numStart(src, i) {
		return hit{}, false
	}
	var d [9]byte
	e := 0
	if i+11 <= n && isDigit3(src[i:]) && isSSNSep(src[i+3]) && isDigit(src[i+4]) && isDigit(src[i+5]) &&
		src[i+6] == src[i+3] && isDigit3(src[i+7:]) && isDigit(src[i+10]) {
		copy(d[:3], src[i:])
		copy(d[3:5], src[i+4:])
		copy(d[5:], src[i+7:i+11])
		e = i + 11
		if sep := src[i+3]; sep != '-' {
			if i >= 2 && src[i-1] == sep && isDigit(src[i-2]) ||
				e+1 < n && src[e] == sep && isDigit(src[e+1]) && !otherSepNumber(src, e+1, sep) ||
				sep == '.' && versionBefore(src, i) {
				return hit{}, false
			}
		}
	} else if bare && i+9 <= n {
		for x := 0; x < 9; x++ {
			if !isDigit(src[i+x]) {
				return hit{}, false
			}
		}
		copy(d[:], src[i:i+9])
		e = i + 9
	} else {
		return hit{}, false
	}
	if !numEnd(src, e) || !validSSN(d) {
		return hit{}, false
	}
	return hit{det: DetSSN, start: i, end: e}, true
}

func isSSNSep(c byte) bool { return c == '-' || c == ' ' || c == '.' }

// otherSepNumber reports whether the digits at src[k:] are grouped by
// another separator than sep: "0001 001.01.0001" is two numbers, where
// "123 45 6789 012" is one run of groups. (The second number may be masked
// on its own; the first must then be judged alike on a second pass.)
func otherSepNumber(src []byte, k int, sep byte) bool {
	for k < len(src) && isDigit(src[k]) {
		k++
	}
	return k+1 < len(src) && isSSNSep(src[k]) && src[k] != sep && isDigit(src[k+1])
}

func validSSN(d [9]byte) bool {
	area := string(d[:3])
	if area == "000" || area == "666" || d[0] == '9' {
		return false
	}
	return string(d[3:5]) != "00" && string(d[5:]) != "0000"
}

// scanCard matches a payment card number: 13-19 digits, optionally in
// groups separated by single spaces or dashes as issuers print them (see
// cardGroups), that passes the Luhn check and starts with a known issuer
// prefix.
func scanCard(src []byte, i int) (hit, bool) {
	if !numStart(src, i) || i >= 7 && string(src[i-7:i]) == "/ticks/" {
		// Azure's activity log event ids end with the event's time in
		// .NET ticks (…/events/<guid>/ticks/639…), 18 digits.
		return hit{}, false
	}
	n := len(src)
	var d [19]byte
	nd, j := 0, i
	var sep byte
	var ends [8]int // ends[g]: end of group g
	var ndAt [8]int // digits up to the end of group g
	ng := 0
	for {
		g := j
		for j < n && isDigit(src[j]) {
			if nd == 19 {
				if sep == 0 {
					return hit{}, false // a longer digit run
				}
				break
			}
			d[nd] = src[j]
			nd++
			j++
		}
		if j < n && isDigit(src[j]) {
			break // group cut at 19 digits
		}
		gl := j - g
		if ng == 0 && gl != 4 && gl < 13 {
			return hit{}, false
		}
		if ng > 0 && (gl < 3 || gl > 6) {
			break
		}
		ends[ng], ndAt[ng] = j, nd
		ng++
		if ng == len(ends) || j+1 >= n || !isDigit(src[j+1]) {
			break
		}
		c := src[j]
		if c != ' ' && c != '-' || (sep != 0 && c != sep) || gl >= 13 {
			break
		}
		sep = c
		j++
	}
	for g := ng - 1; g >= 0; g-- {
		k := ndAt[g]
		if k < 13 {
			break
		}
		e := ends[g]
		if g == ng-1 && !numEnd(src, e) {
			continue
		}
		if g < ng-1 && sep == '-' || g > 0 && !cardGroups(ends[:g+1]) {
			continue
		}
		if cardIssuer(d[:k]) && luhn(d[:k]) {
			if g == 0 && (idKeyBefore(src, i) || signedAt(src, i)) {
				return hit{}, false // query_id=N: an id (scan_dblog.go); -N: a signed number
			}
			if g == 0 && (panosSequence(src, i, e) || exchangeInternalID(src, i, e)) {
				return hit{}, false // a PAN-OS log's sequence number, Exchange's internal-message-id (scan_waf.go)
			}
			if g == 0 && k >= 17 && longRunBeside(src, i, e) {
				return hit{}, false // one half of a 128-bit id written as two 64-bit numbers
			}
			return hit{det: DetCard, start: i, end: e}, true
		}
	}
	return hit{}, false
}

// longRunBeside reports whether the digit run src[i:e] has another run of
// 15 digits or more beside it, one separator away (a tab, comma, blank or
// a quoted CSV field's '","'): the two 64-bit halves of a 128-bit id as
// Adobe Analytics' data feeds write visitor and hit ids (visid_high,
// visid_low). Card numbers of 17 to 19 digits are rare and never come
// in pairs of bare numbers.
func longRunBeside(src []byte, i, e int) bool {
	run := func(j, step int) bool {
		n := 0
		for ; j >= 0 && j < len(src) && isDigit(src[j]); j += step {
			n++
		}
		return n >= 15 && (j < 0 || j >= len(src) || !isAlnum(src[j]))
	}
	for _, gap := range [...]int{1, 3} {
		if e+gap < len(src) && isFieldGap(src[e:e+gap]) && run(e+gap, 1) {
			return true
		}
		if i-gap > 0 && isFieldGap(src[i-gap:i]) && run(i-gap-1, -1) {
			return true
		}
	}
	return false
}

// isFieldGap reports whether g separates two fields: a tab, comma or
// blank, or '","' between quoted CSV fields.
func isFieldGap(g []byte) bool {
	if len(g) == 1 {
		return g[0] == '\t' || g[0] == ',' || g[0] == ' '
	}
	return string(g) == `","`
}

// signedAt reports whether the digits at src[i] follow a minus sign that
// opens a value (after a quote, '=', ':', a blank or a bracket): a signed
// 64-bit number such as Google's uniqueQualifier ("-4145717847662102224")
// or a hash code. No one writes a card number with a sign.
func signedAt(src []byte, i int) bool {
	if i == 0 || src[i-1] != '-' {
		return false
	}
	if i == 1 {
		return true
	}
	switch src[i-2] {
	case '"', '\'', '=', ':', ' ', '\t', '[', '(', ',':
		return true
	}
	return false
}

// cardGroups reports whether the groups that end at ends (the first is
// of four digits, each later one starts a separator after the previous
// end) are a card as issuers print it: groups of four with a shorter last
// one (4-4-4-4, 4-4-4-3 for a 15-digit card printed like the others,
// 4-4-4-4-3 for 19 digits), 4-6-5 (American Express) or 4-6-4 (Diners
// Club). Other groupings are counters and ids that happen to sit side by
// side ("4017 503 112884 032", "4017 5031 128840 317").
func cardGroups(ends []int) bool {
	switch len(ends) {
	case 3:
		return ends[1]-ends[0] == 7 && (ends[2]-ends[1] == 6 || ends[2]-ends[1] == 5)
	case 4, 5:
		last := len(ends) - 1
		for k := 1; k < last; k++ {
			if ends[k]-ends[k-1] != 5 {
				return false
			}
		}
		d := ends[last] - ends[last-1] // separator and last group
		return d >= 2 && d <= 5
	}
	return false
}

func luhn(d []byte) bool {
	sum := 0
	dbl := false
	for x := len(d) - 1; x >= 0; x-- {
		v := int(d[x] - '0')
		if dbl {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		dbl = !dbl
	}
	return sum%10 == 0
}

// cardIssuer reports whether the digits d start with a known issuer prefix
// and have a length that issuer uses.
func cardIssuer(d []byte) bool {
	l := len(d)
	p := func(k int) int {
		v := 0
		for x := 0; x < k; x++ {
			v = v*10 + int(d[x]-'0')
		}
		return v
	}
	p2, p3, p4, p6 := p(2), p(3), p(4), p(6)
	switch {
	case d[0] == '4': // Visa
		return l == 13 || l == 16 || l == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720: // Mastercard
		return l == 16
	case p2 == 34 || p2 == 37: // American Express
		return l == 15
	case p4 == 6011, p2 == 65, p3 >= 644 && p3 <= 649, p6 >= 622126 && p6 <= 622925: // Discover
		return l >= 16
	case p4 >= 3528 && p4 <= 3589: // JCB
		return l >= 16
	case p2 == 36 || p2 == 38 || p2 == 39, p3 >= 300 && p3 <= 305, p4 == 3095: // Diners Club
		return l >= 14
	case p2 == 62: // UnionPay
		return l >= 16
	case p2 == 50, p2 >= 56 && p2 <= 69: // Maestro
		return l >= 13
	}
	return false
}

// ibanLen holds the IBAN length of each country, indexed by its two letters.
var ibanLen [26 * 26]uint8

func init() {
	const table = "AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28" +
		"EE20EG29ES24FI18FK18FO18FR27GB22GE22GI23GL18GR27GT28HR21HU28IE22IL23IQ23IS26IT27JO30" +
		"KW30KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18NO15OM23" +
		"PK24PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24SI19SK24SM27SO23ST25SV28TL23TN24TR26" +
		"UA29VA22VG24XK20"
	for x := 0; x+4 <= len(table); x += 4 {
		ibanLen[int(table[x]-'A')*26+int(table[x+1]-'A')] = (table[x+2]-'0')*10 + table[x+3] - '0'
	}
}

// ibanCC reports whether the letters a and b (in either case) are a
// country code with an IBAN length.
func ibanCC(a, b byte) bool {
	return isAlpha(a) && isAlpha(b) && ibanLen[int(a&^0x20-'A')*26+int(b&^0x20-'A')] != 0
}

// scanIBAN matches an IBAN at src[i]: country code, check digits and the
// country's BBAN length, in the electronic form or printed in groups of
// four separated by blanks or by dashes (one of them, between all
// groups), in upper or lower case (the country code in one
// case; in lower case not with blanks, and the electronic form only with
// a letter past f, so that hex ids stay); only when the ISO 7064 mod-97
// check passes.
func scanIBAN(src []byte, i int) (hit, bool) {
	n := len(src)
	if i+15 > n || !isAlpha(src[i]) || isUpper(src[i]) != isUpper(src[i+1]) || !isAlpha(src[i+1]) ||
		!isDigit(src[i+2]) || !isDigit(src[i+3]) {
		return hit{}, false
	}
	want := int(ibanLen[int(upperASCII(src[i])-'A')*26+int(upperASCII(src[i+1])-'A')])
	if want == 0 {
		return hit{}, false
	}
	j, cnt := i+4, 4
	var sep byte
	for j < n && cnt < want {
		c := src[j]
		if isAlnum(c) {
			cnt++
			j++
			continue
		}
		if (c == ' ' || c == '-') && (sep == 0 || c == sep) && cnt%4 == 0 && j+1 < n && isAlnum(src[j+1]) {
			sep = c
			j++
			continue
		}
		break
	}
	if cnt != want || (j < n && isAlnum(src[j])) {
		return hit{}, false
	}
	if !isUpper(src[i]) && (sep == ' ' || sep == 0 && !nonHexLetter(src[i:j])) {
		// In lower case not printed with blanks (the registry leaves "to 12"
		// alone), nor a hex id ("de89...", "be12...").
		return hit{}, false
	}
	if sep != 0 && j-i-want != (want-1)/4 || sep == '-' && i >= 2 && (src[i-1] == '-' || src[i-1] == '.') && isAlnum(src[i-2]) {
		// Printed in groups: a separator at every group boundary (the
		// registry starts a printed IBAN at a word of four), and not a
		// part of a dashed id (the "be72-..." of a UUID).
		return hit{}, false
	}
	// Move the first four characters to the end, letters become 10-35.
	rem := 0
	add := func(c byte) {
		if isDigit(c) {
			rem = (rem*10 + int(c-'0')) % 97
		} else {
			rem = (rem*100 + int(upperASCII(c)-'A') + 10) % 97
		}
	}
	for x := i + 4; x < j; x++ {
		if src[x] != sep {
			add(src[x])
		}
	}
	for x := i; x < i+4; x++ {
		add(src[x])
	}
	if rem != 1 {
		return hit{}, false
	}
	return hit{det: DetIBAN, start: i, end: j}, true
}

// nonHexLetter reports whether b holds a letter that is not a hex digit.
func nonHexLetter(b []byte) bool {
	for _, c := range b {
		if class[c]&(cAlpha|cHexLet) == cAlpha {
			return true
		}
	}
	return false
}

// sipIDParam reports whether src[i] starts the value of a SIP header
// parameter that names a dialog or a transaction, not a party (RFC 3261's
// tag and branch, Diversion's counter, Lync's epid): a From header under a
// phone key (an SBC CDR's Calling-Station-Id, "<sip:2077@…>;tag=3906207769")
// has its number in the URI, never in its tag. i may be inside the value.
func sipIDParam(src []byte, i int) bool {
	for i > 0 && i < len(src) && (isAlnum(src[i-1]) || src[i-1] == '-' || src[i-1] == '.') {
		i-- // from inside the value: a UUID tag's last group
	}
	for _, p := range [...]string{";tag=", ";branch=", ";counter=", ";epid="} {
		if i >= len(p) && string(src[i-len(p):i]) == p {
			return true
		}
	}
	return false
}
