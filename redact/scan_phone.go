package redact

//go:generate go run ./internal/phonegen -o phone_plan.go

// Phone numbers checked against numbering plans. phone_plan.go holds, for
// every country calling code, a digit trie over the national significant
// number (NSN, the number without country code or trunk prefix), generated
// from libphonenumber's metadata: which lengths a number starting with
// given digits may have, and, for the markets whose national formats are
// found in free text (planMarkets), how long its first group is when
// written and whether the trunk prefix is written before it. The tables
// are read here without allocating; libphonenumber itself is only used by
// the generator.

// planAt returns the facts of the deepest trie node of calling code cc
// along nsn (digits '0'-'9'): see planFacts. It returns 0 for an unknown
// code.
func planAt(cc int, nsn []byte) uint64 {
	n := uint32(planRoot[cc])
	if n == 0 {
		return 0
	}
	for _, d := range nsn {
		c := planNodes[n] & 0xffff
		if c == 0 {
			break
		}
		n = c + uint32(d-'0')
	}
	return planFacts[planNodes[n]>>16]
}

// Fields of planFacts.
const (
	planTyped            = 18      // bit 18+l: a number type of a market has l digits
	planAreaShift        = 36      // bit 36+l: the first group may have l digits
	planTrunk     uint64 = 1 << 43 // written after the trunk prefix: 030 1234567
	planPlain     uint64 = 1 << 44 // written without one: 612 34 56 78
)

// intlValid reports whether the digits d are a country calling code in use
// followed by a national number of a length its plan allows for its
// leading digits. Calling codes are prefix-free, so the first one found
// is the only one.
func intlValid(d []byte) bool {
	cc := 0
	for l := 0; l < 3 && l < len(d); l++ {
		cc = cc*10 + int(d[l]-'0')
		if planRoot[cc] == 0 {
			continue
		}
		nsn := d[l+1:]
		return len(nsn) <= 17 && planAt(cc, nsn)&(1<<len(nsn)) != 0
	}
	return false
}

// intlEnd returns the end of the number that readPhone read as r from
// src[j:], after a '+' or an international prefix: the longest run of its
// groups that is a valid number (intlValid) of at least minDigits digits
// and ends the run or a space. A "(0)" after the country code, the trunk
// prefix some write there ("+44 (0)20 7946 0958"), is not a digit of it.
// Ending at a space, the rest is another number or another field:
// "+44 20 7946 0958 (415) 555-0123", "+14155550123 5060".
func intlEnd(src []byte, j int, r *phoneRun, minDigits int) (int, bool) {
	if r.ng == 1 {
		// One group, as E.164 and most machines write it: its digits
		// are the number.
		if r.nd >= minDigits && numEnd(src, r.end) && intlValid(src[j:r.end]) {
			return r.end, true
		}
		return 0, false
	}
	var d [15]byte
	var ndAt [8]uint8
	var ends [8]int
	nd, g := 0, 0
	for x := j; x < r.end; x++ {
		c := src[x]
		if !isDigit(c) {
			continue
		}
		if c == '0' && src[x-1] == '(' && x+1 < r.end && src[x+1] == ')' && x-1 > j {
			continue
		}
		d[nd] = c
		nd++
		if (x+1 == r.end || !isDigit(src[x+1])) && g < len(ends) {
			ndAt[g], ends[g] = uint8(nd), x+1
			g++
		}
	}
	for k := g - 1; k >= 0; k-- {
		e, n := ends[k], int(ndAt[k])
		if n < minDigits {
			break
		}
		if (e == r.end || src[e] == ' ') && numEnd(src, e) && intlValid(d[:n]) {
			return e, true
		}
	}
	return 0, false
}

// localMaybe is the cheap, inlined half of localShape, for the scanner's
// loop: whether the digit word that starts with c, wl bytes long, and is
// followed by c2 = src[w] has a separator there and then two digits (or
// "8 ("), and then a digit or a separator unless after a trunk prefix: not
// an ISO date's "2026-11" or "11-23T". localShape implies it.
func localMaybe(src []byte, w, wl int, c, c2 byte) bool {
	return class[c2]&cGroupSep != 0 && w+3 < len(src) && class[src[w+2]]&cDigit != 0 &&
		(class[src[w+1]]&cDigit != 0 && (c == '0' || wl != 4 && class[src[w+3]]&(cDigit|cGroupSep) != 0) || src[w+1] == '(')
}

// slashArea reports whether the digit word src[i:w] is a trunk prefix and
// area code written before a '/', as German-speaking countries wrote
// numbers (030/12345678, 0151/12345678): a '0', three to five digits, then
// at least five digits after the '/', and not itself inside a path.
func slashArea(src []byte, i, w int) bool {
	wl := w - i
	return src[i] == '0' && wl >= 3 && wl <= 5 && w+6 <= len(src) && src[w] == '/' && (i == 0 || src[i-1] != '/') &&
		digitsOnly(src[i:w]) && digitsOnly(src[w+1:w+6])
}

// localStart is the scanner loop's test for a national number at the
// digit word src[i:w] (localShape, and not after "word." or "Product/"),
// out of line: the loop only tests the byte after the word.
func localStart(src []byte, i, w int) bool {
	return localMaybe(src, w, w-i, src[i], src[w]) && localShape(src, i, w) && !inDottedOrVersion(src, i)
}

// localShape reports whether the digit word src[i:w] may open a national
// number written as people group it, so that scanPhoneLocal is worth a
// call: a trunk prefix and area code ("030 ", "07700 ", "067-", "06.12."),
// a detached trunk prefix ("8 (701)", "8 701", "0 801"), a group of two or
// three digits followed by two more groups ("612 34 56 78",
// "22 123 45 67"), or a group of five digits before one of five or more
// ("98765 43210"). The next group has two digits or more. It is the
// prefilter of at, and of scanCtx after localMaybe.
func localShape(src []byte, i, w int) bool {
	wl := w - i
	if wl > 6 || w+3 >= len(src) || i > 0 && (src[i-1] == ':' || src[i-1] == '.') {
		return false // not a time's seconds or a dotted number's part
	}
	c2, d := src[w], src[w+1]
	switch c := src[i]; {
	case c2 != ' ' && c2 != '-' && c2 != '.':
		return false
	case !digitsOnly(src[i:w]):
		return false // a hex word: 9fdd-1742...
	case c2 == ' ' && c == '8' && wl == 1 && d == '(':
		return isDigit(src[w+2])
	case !isDigit(d) || !isDigit(src[w+2]):
		return false
	case c2 == '.':
		return c == '0' && src[w+3] == '.' // dotted only in pairs: 06.12.34.56.78
	case c == '0':
		return wl > 1 || c2 == ' '
	case wl == 1:
		return c == '8' && c2 == ' '
	}
	return (wl == 2 || wl == 3) && groupThen(src, w+1) || wl == 5 && longGroup(src, w+1)
}

// longGroup reports whether src[j:] starts with five digits or more: the
// second of two groups of a number written without a trunk prefix
// ("98765 43210").
func longGroup(src []byte, j int) bool {
	return j+5 <= len(src) && isDigit(src[j]) && isDigit(src[j+1]) && isDigit(src[j+2]) && isDigit(src[j+3]) && isDigit(src[j+4])
}

// digitsOnly reports whether b is all digits.
func digitsOnly(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// groupThen reports whether src[j:] is a group of two to five digits
// followed by a space or a dash and a digit.
func groupThen(src []byte, j int) bool {
	e := j
	for e < len(src) && e-j <= 5 && isDigit(src[e]) {
		e++
	}
	return e-j >= 2 && e-j <= 5 && e+1 < len(src) && (src[e] == ' ' || src[e] == '-') && isDigit(src[e+1])
}

// parenArea reports whether src[i:] is "(", two to seven digits and ")":
// an area code in parentheses, "(415)", "(067)", "(11)", "(71234)".
func parenArea(src []byte, i int) bool {
	j := i + 1
	for j < len(src) && j-i <= 8 && isDigit(src[j]) {
		j++
	}
	return j-i >= 3 && j-i <= 8 && j < len(src) && src[j] == ')'
}

// localRun is a national number as written: digit groups, one of the
// first two in parentheses (the area code, "(067) 665-11-02", "8 (701)
// 123-45-67").
type localRun struct {
	n     int    // groups
	more  bool   // more groups followed than were kept
	paren int    // the group in parentheses, -1 for none
	dots  bool   // a separator is a '.'
	other bool   // a separator is not a '.'
	start [8]int // group g is src[start[g]:end[g]]
	end   [8]int
	sep   [8]byte // the byte after group g: ' ', '-', '.' or ')'
}

func (r *localRun) len(g int) int { return r.end[g] - r.start[g] }

// readLocal reads digit groups from src[i:], separated by one ' ', '-' or
// '.', with at most 17 digits. It returns n == 0 for a run that is not a
// number at all (an unclosed parenthesis).
func readLocal(src []byte, i int) (r localRun) {
	n := len(src)
	r.paren = -1
	j, nd := i, 0
	for {
		if j < n && src[j] == '(' {
			r.paren = r.n
			j++
		}
		s := j
		for j < n && isDigit(src[j]) {
			j++
		}
		if j == s || nd+j-s > 17 || r.n == len(r.start) {
			if r.n == 0 || r.paren == r.n {
				return localRun{}
			}
			r.more = true
			return r
		}
		nd += j - s
		r.start[r.n], r.end[r.n] = s, j
		r.n++
		if r.paren == r.n-1 {
			// ")" and at most one space or dash before more digits.
			if j >= n || src[j] != ')' {
				return localRun{}
			}
			j++
			r.sep[r.n-1] = ')'
			if j < n && (src[j] == ' ' || src[j] == '-') {
				j++
			}
			if j >= n || !isDigit(src[j]) {
				return localRun{}
			}
			r.other = true
			continue
		}
		if j+1 >= n {
			return r
		}
		c, d := src[j], src[j+1]
		// " (" only after a detached trunk prefix: "8 (701) ...";
		// '/' only after the first group (slashArea: "030/12345678").
		if c != ' ' && c != '-' && c != '.' && !(c == '/' && r.n == 1) || !isDigit(d) && !(d == '(' && c == ' ' && r.n == 1 && r.len(0) == 1) {
			return r
		}
		r.sep[r.n-1] = c
		if c == '.' {
			r.dots = true
		} else {
			r.other = true
		}
		j++
	}
}

// scanPhoneLocal matches a national number at src[i] as people write it
// in free text, in the formats of planMarkets: after the trunk prefix
// with the area code as its first group ("030 12345678", "07700 900123",
// "(067) 665-11-02", "06 12 34 56 78", "8 (701) 123-45-67"), or without
// one in three or more groups ("612 34 56 78", "(11) 91234-5678") or in
// two long ones ("98765 43210"). The
// number must be valid in a market's plan, the first group as long as
// the market writes it there, and the rest in groups of two to five
// digits or one group. A bare run of digits is never one, nor dates
// (03.11.2026, 03-11-2026), dotted numbers with fewer than four groups,
// IPv4 addresses, or a number that continues a longer run of groups.
// Numbers side by side end at a space: "030 12345678 5060".
func scanPhoneLocal(src []byte, i int) (hit, bool) {
	if i > 0 {
		p := src[i-1]
		if src[i] == '(' {
			if isAlnum(p) || p == '_' {
				return hit{}, false
			}
		} else if !numStart(src, i) {
			return hit{}, false
		}
		// A later group of a longer run, a time's seconds, a '+' number.
		if p == '+' || i >= 2 && isDigit(src[i-2]) && (isPhoneSep(p) || p == ':' || p == '/') {
			return hit{}, false
		}
		if afterHTTPRequest(src, i) {
			return hit{}, false // an access log's status, bytes and time: "HTTP/1.1" 302 48141 90
		}
	}
	r := readLocal(src, i)
	if r.n < 2 || !numEnd(src, r.end[r.n-1]) || r.paren >= 0 && r.len(r.paren) > 7 {
		return hit{}, false
	}
	if r.dots && (r.other || r.n < 4 || r.n == 4 && r.len(0) <= 3 && r.len(1) <= 3 && r.len(2) <= 3 && r.len(3) <= 3) {
		return hit{}, false // dotted numbers and IPv4 addresses, unless grouped as 06.12.34.56.78
	}
	if r.n >= 3 && r.sep[0] == r.sep[1] && dateGroups(src, &r) {
		return hit{}, false
	}
	// "12 00 00 000 [national_id]": a plain number must be the whole run,
	// and a blank then a mask token after it may stand for more groups
	// the first pass read with it ("12 00 00 000 1 84 12 76 451 089 46",
	// eight groups, no number, then a NIR in its tail): masking twice
	// must equal masking once.
	tokenAfter := maskTokenAfterBlank(src, r.end[r.n-1])
	var d [17]byte
	var ndAt [8]uint8
	nd := 0
	for g := 0; g < r.n; g++ {
		nd += copy(d[nd:], src[r.start[g]:r.end[g]])
		ndAt[g] = uint8(nd)
	}
	// "8 (701) ...", "8 701 ...", "0 800 ...": the trunk prefix as a group
	// of its own, before a space.
	detached := r.len(0) == 1
	if detached && (r.n < 3 || r.sep[0] != ' ') {
		return hit{}, false
	}
	best := 0
	for _, m := range planMarkets {
		from, area, need := 0, r.len(0), planPlain
		if m.trunk != 0 && d[0] == m.trunk {
			from, area, need = 1, r.len(0)-1, planTrunk
			if detached {
				area = r.len(1)
			}
		} else if detached || r.sep[0] == '/' {
			continue // a '/' follows a trunk prefix and area code only
		}
		if r.paren >= 0 {
			need = planTrunk | planPlain // the parentheses mark the area code
		}
		// Without a trunk prefix or parentheses: three groups or more, or
		// two long ones ("98765 43210"; not "347 1234567", which reads as
		// a status and a byte count, "200 1967847").
		plain := need == planPlain
		if plain && (r.n < 3 && (r.len(0) != 5 || r.len(1) < 5 || nd < 10) || r.dots || r.more || tokenAfter || nd < 9) {
			continue
		}
		if area < 1 || area > 6 {
			continue
		}
		f := planAt(int(m.cc), d[from:nd])
		if f&(1<<(planAreaShift+area)) == 0 || f&need == 0 {
			continue
		}
		first := 1 // the first group after the area code
		if detached {
			first = 2
		}
		for k := r.n; k > first && r.end[k-1] > best; k-- {
			if plain && k < r.n {
				break // "512 345 678 901" is a grouped count, not a number and more
			}
			l := int(ndAt[k-1]) - from
			// Past eleven digits only as one group ("0800 1234567890"):
			// more groups are another number or another field.
			if l < 7 || l > 11 && k > first+1 || f&(1<<(planTyped+l)) == 0 || k < r.n && r.sep[k-1] != ' ' || !subscriberGroups(&r, first, k) {
				continue
			}
			best = r.end[k-1]
			break
		}
	}
	if best == 0 {
		return hit{}, false
	}
	return hit{det: DetPhone, start: i, end: best}, true
}

// subscriberGroups reports whether groups first to k-1, what follows the
// area code, are grouped as people write a number: one group of three to
// ten digits, or groups of two to five (one digit in a number whose area
// code is in parentheses: "8 (71234) 5 67 89").
func subscriberGroups(r *localRun, first, k int) bool {
	if k-first == 1 {
		l := r.len(first)
		return l >= 3 && l <= 10
	}
	for g := first; g < k; g++ {
		if l := r.len(g); l < 2 && r.paren < 0 || l > 5 {
			return false
		}
	}
	return true
}

// dateGroups reports whether the first three groups of r read as a date:
// 2026-11-23, 23.11.2026, 11 23 2026.
func dateGroups(src []byte, r *localRun) bool {
	num := func(g int) int {
		v := 0
		for _, c := range src[r.start[g]:r.end[g]] {
			v = v*10 + int(c-'0')
		}
		return v
	}
	year := func(g int) bool { y := num(g); return r.len(g) == 4 && y >= 1900 && y < 2100 }
	day := func(g int) bool { return r.len(g) == 2 && num(g) >= 1 && num(g) <= 31 }
	month := func(g int) bool { return r.len(g) == 2 && num(g) >= 1 && num(g) <= 12 }
	return year(0) && month(1) && day(2) || year(2) && (day(0) && month(1) || month(0) && day(1))
}

// afterHTTPRequest reports whether src[i] follows an access log's quoted
// request line (`... HTTP/1.1" `), where the status, the byte count and
// the response time come as digit groups in any log format (Jira's and
// Tomcat's %s %b %D).
func afterHTTPRequest(src []byte, i int) bool {
	if i < 8 || src[i-1] != ' ' || src[i-2] != '"' { // `HTTP/2" ` at the least
		return false
	}
	k := i - 2
	for k > 0 && (isDigit(src[k-1]) || src[k-1] == '.') {
		k--
	}
	return k >= 5 && k < i-2 && string(src[k-5:k]) == "HTTP/"
}
