package redact

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/netip"
	"regexp"
	"strings"
	"testing"
)

// The cross-check runs a slow reference (stdlib regexp for the shape, then
// validation) over a generated corpus and requires the scanner to find the
// same spans for the kinds where a regular expression describes the whole
// shape. The reference walks like the scanner does: at each byte that does
// not continue a word it takes the longest reference match of any kind
// that validates, then goes on after it.
//
// Intended differences, kept out of the corpus or mirrored here:
//   - The scanner refuses an IPv4 address after "Product/" (a version in a
//     User-Agent; lower-case path segments do not count) or "word." (a
//     longer dotted number) and before ".digit"; the reference applies the
//     same boundary rules by hand (regexp has no look-around).
//   - Phone numbers, JWTs, secrets and IPv6 depend on context or on a
//     decoder, and national ids on checksums a regular expression cannot
//     state; they are not cross-checked here (golden files and fuzzing
//     cover them; the corpus's twelve-digit "cards" in fours would be
//     Aadhaar numbers one time in ten). The corpus avoids key names and '=' so that no key
//     context applies.
//   - The scanner accepts a dotted MAC (001a.2b3c.4d5e) only with a digit
//     in it, so that words such as dead.beef.cafe survive; the reference
//     does the same.
//   - A MAC address is not taken out of a longer run of hex groups
//     (00:11:22:33:44:55:66), at either end; the reference checks the same.
//   - A printed card or IBAN followed by a space and more digits is cut at
//     a group boundary by the scanner; the corpus never puts a plain space
//     after a token, only ", ", "; ", " | ", tab or a quote.

// refKind is one cross-checked kind: the first of res (tried in order,
// each for its longest match) whose match validates is the reference's.
type refKind struct {
	det   Detector
	res   []*regexp.Regexp
	valid func(src []byte, start, end int) bool
}

func refKinds() []refKind {
	mk := func(exprs ...string) []*regexp.Regexp {
		var res []*regexp.Regexp
		for _, expr := range exprs {
			re := regexp.MustCompile(`^(?:` + expr + `)`)
			re.Longest()
			res = append(res, re)
		}
		return res
	}
	alnumAt := func(src []byte, i int) bool { return i >= 0 && i < len(src) && isAlnum(src[i]) }
	digitAt := func(src []byte, i int) bool { return i >= 0 && i < len(src) && isDigit(src[i]) }
	numBounds := func(src []byte, s, e int) bool {
		if alnumAt(src, s-1) || s > 0 && src[s-1] == '_' ||
			s >= 2 && (src[s-1] == '.' || src[s-1] == '-') && (alnumAt(src, s-2) || src[s-2] == '_') {
			return false
		}
		return !(alnumAt(src, e) || e < len(src) && src[e] == '_' ||
			e < len(src) && (src[e] == '.' || src[e] == '-') && alnumAt(src, e+1))
	}
	digits := func(b []byte) []byte {
		var d []byte
		for _, c := range b {
			if c >= '0' && c <= '9' {
				d = append(d, c)
			}
		}
		return d
	}
	return []refKind{
		{DetIPv4, mk(`\d{1,3}(?:\.\d{1,3}){3}`), func(src []byte, s, e int) bool {
			a, err := netip.ParseAddr(string(src[s:e]))
			if err != nil || !a.Is4() {
				return false
			}
			if s >= 2 && src[s-1] == '.' && alnumAt(src, s-2) {
				return false
			}
			// "Product/1.2.3.4" is a version; "path/1.2.3.4", "host.Example.COM/1.2.3.4",
			// "Thread-/1.2.3.4", "Host/1.2.3.4:80" and "Host/192.168.100.200" are addresses.
			if s >= 2 && src[s-1] == '/' {
				m := regexp.MustCompile(`(?:^|[^A-Za-z0-9_-])([A-Za-z0-9_-]+)/$`).FindSubmatch(src[:s])
				big := 0
				for _, o := range a.As4() {
					if o >= 32 {
						big++
					}
				}
				port := e+1 < len(src) && src[e] == ':' && digitAt(src, e+1)
				if m != nil && m[1][0] >= 'A' && m[1][0] <= 'Z' && m[0][0] != '.' && !strings.HasSuffix(string(m[1]), "-") &&
					!strings.HasSuffix(string(m[1]), "_") && !port && big < 3 {
					return false
				}
			}
			return !(alnumAt(src, e) || e < len(src) && src[e] == '_' || e < len(src) && src[e] == '.' && digitAt(src, e+1))
		}},
		// An address typed with its '@' doubled is still one (scan_email.go).
		{DetEmail, mk(`[A-Za-z0-9][A-Za-z0-9._+-]{0,63}(?:@@?|%40|%2540)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}`),
			func(src []byte, s, e int) bool {
				t := string(src[s:e])
				at := strings.IndexAny(t, "@%")
				return t[at-1] != '.'
			}},
		{DetCard, mk(`\d{13,19}|\d{4}(?:-\d{3,6}){2,4}`,
			// The scanner cuts a printed card before a trailing group
			// (4111 1111 1111 1111 2026), so the reference tries fewer groups.
			`\d{4}(?: \d{3,6}){4}`, `\d{4}(?: \d{3,6}){3}`, `\d{4}(?: \d{3,6}){2}`), func(src []byte, s, e int) bool {
			d := digits(src[s:e])
			// Groups only as issuers print them: 4-4-4-4, 4-4-4-4-3, 4-6-5 (Amex), 4-6-4 (Diners).
			grouped := strings.ReplaceAll(string(src[s:e]), " ", "-")
			// Two bare 64-bit halves of an id side by side are no card.
			pair := len(d) >= 17 && len(d) == e-s && (idHalfAfter.Match(src[e:]) || idHalfBefore.Match(src[:s]))
			return len(d) >= 13 && len(d) <= 19 && numBounds(src, s, e) && luhn(d) && cardIssuer(d) &&
				cardGrouping.MatchString(grouped) && !pair
		}},
		{DetIBAN, mk(`(?i)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})*(?: ?[A-Z0-9]{1,3})?`, `(?i)[A-Z]{2}\d{2}(?:-?[A-Z0-9]{4})*(?:-?[A-Z0-9]{1,3})?`), func(src []byte, s, e int) bool {
			raw := string(src[s:e])
			t := strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(raw))
			if alnumAt(src, e) || len(t) != int(ibanLen[int(t[0]-'A')*26+int(t[1]-'A')]) {
				return false
			}
			// The country code in one case; a lower-case electronic
			// IBAN needs a letter past f (else it may be a hex id).
			lowerCC := raw[0] >= 'a'
			if lowerCC != (raw[1] >= 'a') {
				return false
			}
			if lowerCC && (strings.Contains(raw, " ") ||
				!strings.Contains(raw, "-") && strings.Trim(strings.ToLower(raw), "0123456789abcdef") == "") {
				return false
			}
			if n := strings.Count(raw, "-") + strings.Count(raw, " "); n > 0 && n != (len(t)-1)/4 {
				return false // a separator between all groups
			}
			var num strings.Builder
			for _, c := range t[4:] + t[:4] {
				if c >= 'A' && c <= 'Z' {
					fmt.Fprint(&num, int(c-'A')+10)
				} else {
					num.WriteRune(c)
				}
			}
			n, _ := new(big.Int).SetString(num.String(), 10)
			return new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
		}},
		{DetMAC, mk(`[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}`),
			func(src []byte, s, e int) bool {
				if src[s+4] == '.' && len(digits(src[s:e])) == 0 {
					return false
				}
				if s >= 2 && strings.IndexByte(":-.", src[s-1]) >= 0 && (isHex(src[s-2]) || src[s-2] == src[s-1]) {
					return false // inside a longer run of hex groups
				}
				sep := src[s+2]
				if src[s+4] == '.' {
					sep = '.'
				}
				return !(alnumAt(src, e) || e+1 < len(src) && src[e] == sep && (isHex(src[e+1]) || src[e+1] == sep))
			}},
		{DetSSN, mk(`\d{3}-\d{2}-\d{4}`, `\d{3} \d{2} \d{4}`, `\d{3}\.\d{2}\.\d{4}`), func(src []byte, s, e int) bool {
			var d [9]byte
			copy(d[:], digits(src[s:e]))
			if sep := src[s+3]; sep != '-' && (s >= 2 && src[s-1] == sep && digitAt(src, s-2) ||
				e+1 < len(src) && src[e] == sep && digitAt(src, e+1)) {
				return false // a group of a longer number
			}
			return numBounds(src, s, e) && validSSN(d)
		}},
		{DetAWSKey, mk(`(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA|APKA|ASCA)[A-Z0-9]{16}`), func(src []byte, s, e int) bool {
			return !(alnumAt(src, e) || e < len(src) && src[e] == '_')
		}},
	}
}

var (
	idHalfAfter  = regexp.MustCompile(`^(?:\t|,| |",")\d{15,}(?:[^0-9A-Za-z]|$)`)
	idHalfBefore = regexp.MustCompile(`(?:^|[^0-9A-Za-z])\d{15,}(?:\t|,| |",")$`)
)

var cardGrouping = regexp.MustCompile(`^(?:\d{13,19}|\d{4}-\d{4}-\d{4}-\d{1,4}|\d{4}-\d{4}-\d{4}-\d{4}-\d{1,4}|\d{4}-\d{6}-\d{4,5})$`)

type refSpan struct {
	det        Detector
	start, end int
}

func refScan(kinds []refKind, src []byte) []refSpan {
	var out []refSpan
	for i := 0; i < len(src); {
		if i > 0 && isAlnum(src[i-1]) && isAlnum(src[i]) {
			i++
			continue
		}
		best := refSpan{start: -1}
		for _, k := range kinds {
			for _, re := range k.res {
				loc := re.FindIndex(src[i:])
				if loc == nil || !k.valid(src, i, i+loc[1]) {
					continue
				}
				if best.start < 0 || i+loc[1] > best.end {
					best = refSpan{k.det, i, i + loc[1]}
				}
				break
			}
		}
		if best.start < 0 {
			i++
			continue
		}
		out = append(out, best)
		i = best.end
	}
	return out
}

// xcheckCorpus generates n lines of tokens of the cross-checked kinds,
// valid and broken, among words and numbers.
func xcheckCorpus(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 2))
	hex := "0123456789abcdefABCDEF"
	pick := func(s string) byte { return s[r.IntN(len(s))] }
	luhnFix := func(d []byte) {
		d[len(d)-1] = '0'
		for c := byte('0'); c <= '9'; c++ {
			d[len(d)-1] = c
			if luhn(d) {
				return
			}
		}
	}
	num := func(k int) []byte {
		d := make([]byte, k)
		for i := range d {
			d[i] = byte('0' + r.IntN(10))
		}
		return d
	}
	gens := []func() string{
		func() string { // IPv4, sometimes out of range or with leading zeros
			o := func() string {
				switch r.IntN(12) {
				case 0:
					return fmt.Sprint(256 + r.IntN(700))
				case 1:
					return fmt.Sprintf("0%d", r.IntN(10))
				}
				return fmt.Sprint(r.IntN(256))
			}
			s := o() + "." + o() + "." + o() + "." + o()
			switch r.IntN(10) {
			case 0:
				s += "." + o()
			case 1:
				s += fmt.Sprintf(":%d", r.IntN(65536))
			case 2:
				s = "Chrome/" + s
			case 3:
				s = "/geo/" + s
			}
			return s
		},
		func() string { // e-mail
			local := []string{"alice", "Bob.Smith", "x_y+tag", "j-doe", "a1", "first.last", ".dot", "trail."}[r.IntN(8)]
			sep := []string{"@", "@", "%40", "%2540", "@@"}[r.IntN(5)]
			dom := []string{"example.com", "mail.example.co.uk", "EXAMPLE.ORG", "localhost", "x.c0m", "-bad.com", "a.b.travel"}[r.IntN(7)]
			return local + sep + dom
		},
		func() string { // card
			prefixes := []string{"4", "51", "55", "2221", "34", "37", "6011", "65", "3530", "36", "62", "50", "1", "9"}
			p := prefixes[r.IntN(len(prefixes))]
			l := []int{13, 14, 15, 16, 16, 16, 19, 12, 20}[r.IntN(9)]
			if l < len(p) {
				l = len(p) + 1
			}
			d := append([]byte(p), num(l-len(p))...)
			if r.IntN(3) > 0 {
				luhnFix(d)
			}
			switch r.IntN(3) {
			case 0:
				return string(d)
			default:
				sep := " -"[r.IntN(2)]
				var b strings.Builder
				// In fours, or 4-6-rest as Amex and Diners print theirs.
				amex := (l == 14 || l == 15) && r.IntN(2) == 0
				for i, c := range d {
					if i > 0 && (!amex && i%4 == 0 || amex && (i == 4 || i == 10)) {
						b.WriteByte(sep)
					}
					b.WriteByte(c)
				}
				return b.String()
			}
		},
		func() string { // IBAN
			ibans := []string{"DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
				"NL91ABNA0417164300", "NO9386011117947", "CH9300762011623852957"}
			s := []byte(ibans[r.IntN(len(ibans))])
			if r.IntN(3) == 0 {
				i := 4 + r.IntN(len(s)-4)
				if isDigit(s[i]) {
					s[i] = byte('0' + (int(s[i]-'0')+1+r.IntN(9))%10)
				}
			}
			if r.IntN(4) == 0 {
				s = s[:len(s)-1]
			}
			if r.IntN(4) == 0 {
				s = []byte(strings.ToLower(string(s)))
			}
			if r.IntN(2) == 0 {
				sep := " -"[r.IntN(2)]
				var b strings.Builder
				for i, c := range s {
					if i > 0 && i%4 == 0 {
						b.WriteByte(sep)
					}
					b.WriteByte(c)
				}
				return b.String()
			}
			return string(s)
		},
		func() string { // MAC
			var b strings.Builder
			switch r.IntN(3) {
			case 2:
				for i := 0; i < 14; i++ {
					if i == 4 || i == 9 {
						b.WriteByte('.')
					} else {
						b.WriteByte(pick(hex))
					}
				}
			default:
				sep := ":-"[r.IntN(2)]
				groups := 6
				if r.IntN(5) == 0 {
					groups = 5 + 2*r.IntN(2)
				}
				for i := 0; i < groups; i++ {
					if i > 0 {
						b.WriteByte(sep)
					}
					b.WriteByte(pick(hex))
					b.WriteByte(pick(hex))
				}
			}
			return b.String()
		},
		func() string { // SSN
			a := []string{"000", "666", "900", "123", "078", "219", "545"}[r.IntN(7)]
			g := []string{"00", "45", "05", "09"}[r.IntN(4)]
			s := []string{"0000", "6789", "1120", "9999"}[r.IntN(4)]
			return a + "-" + g + "-" + s
		},
		func() string { // AWS key id
			p := []string{"AKIA", "ASIA", "AROA", "XKIA", "AKIA"}[r.IntN(5)]
			k := make([]byte, 16+r.IntN(3)-1)
			for i := range k {
				k[i] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[r.IntN(32)]
			}
			return p + string(k)
		},
		func() string { // noise
			return []string{"GET", "/api/v1/items", "HTTP/1.1", "ok", "200", "1024", "0.35", "x-y", "a.b.c",
				"2026-11-23T20:15:03Z", "[info]", "deadbeef", "v1.2.3", "12:30:45"}[r.IntN(14)]
		},
	}
	seps := []string{", ", "; ", " | ", "\t", `"`}
	lines := make([]string, n)
	for i := range lines {
		var b strings.Builder
		for k := 3 + r.IntN(8); k > 0; k-- {
			b.WriteString(gens[r.IntN(len(gens))]())
			b.WriteString(seps[r.IntN(len(seps))])
		}
		lines[i] = b.String()
	}
	return lines
}

func TestScanCrossCheck(t *testing.T) {
	kinds := refKinds()
	s := allOn()
	s.enabled[DetPhone], s.enabled[DetJWT], s.enabled[DetSecret], s.enabled[DetBearer], s.enabled[DetIPv6] = false, false, false, false, false
	s.enabled[DetNationalID] = false
	lines := xcheckCorpus(4000, 11)
	found := map[Detector]int{}
	bad := 0
	for _, line := range lines {
		src := []byte(line)
		want := refScan(kinds, src)
		var got []refSpan
		for _, sp := range viewSpans(t, s, src) {
			got = append(got, refSpan{sp.det, sp.start, sp.end})
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			bad++
			if bad <= 10 {
				t.Errorf("%q\nscanner:   %v\nreference: %v", line, spansText(src, got), spansText(src, want))
			}
		}
		for _, g := range got {
			found[g.det]++
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d lines disagree", bad, len(lines))
	}
	for _, k := range kinds {
		if found[k.det] < 50 {
			t.Errorf("only %d %v in the corpus: the generator is too weak to cross-check it", found[k.det], k.det)
		}
	}
	t.Logf("detections: %v", found)
}

func spansText(src []byte, sp []refSpan) string {
	var b strings.Builder
	for _, s := range sp {
		fmt.Fprintf(&b, "%v %q; ", s.det, src[s.start:s.end])
	}
	return b.String()
}
