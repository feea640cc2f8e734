package redact

// A medical record number in prose, after its abbreviation and a blank:
// "Patient MRN 00482913 checked in", "MRN# 4471902", "mrn 123456". Under
// a key ("mrn=", "MRN: ") scan_key.go reads it; here no delimiter follows
// the label. An access badge's number after "Badge" is read the same way
// (badgeBefore). The phone_label start (registry.go) runs it at the number's
// digits.

// mrnBefore reports whether the digit word at src[i:w] follows "MRN",
// "MRN#" or "MRN #" and a blank, the label a word of its own.
func mrnBefore(src []byte, i, w int) bool {
	if w-i < 4 || w-i > 12 || i < 4 || src[i-1] != ' ' && src[i-1] != '#' {
		return false
	}
	k := i - 1
	if src[k] == ' ' && src[k-1] == '#' {
		k--
	}
	if src[k] == '#' && k > 0 && src[k-1] == ' ' {
		k-- // "MRN # 123"
	}
	if k < 3 {
		return false
	}
	l := src[k-3 : k]
	if (string(l) == "MRN" || string(l) == "mrn") && (k == 3 || !isAlnum(src[k-4]) && src[k-4] != '_') {
		return true
	}
	return badgeBefore(src, k, w)
}

// badgeBefore reports whether the label that ends at src[k] (before the
// blank and the number that ends at w) names an access badge: "Badge
// 004800" (Lenel OnGuard's alarms), or "Card 65160" before the reader's
// verdict ("Card 65160 granted at Lobby", Gallagher's event messages). A
// card's number before other words (a payment card's last four digits,
// "card 3 of 5") stays.
func badgeBefore(src []byte, k, w int) bool {
	if k >= 5 && foldEq(src[k-5:k], "badge") && (k == 5 || !isAlnum(src[k-6])) {
		return true
	}
	if k < 4 || !foldEq(src[k-4:k], "card") || k > 4 && isAlnum(src[k-5]) || w >= len(src) || src[w] != ' ' {
		return false
	}
	rest := src[w+1:]
	for _, v := range [...]string{"granted", "denied", "rejected", "presented", "swiped", "admitted"} {
		if hasPrefix(rest, v) && (len(rest) == len(v) || !isAlnum(rest[len(v)])) {
			return true
		}
	}
	return false
}

// scanMRN matches the record number at src[i:]: letters and digits up to
// the end of the word, when no other word joins it ('/', '.', '@', '-'
// and a digit).
func scanMRN(src []byte, i int) (hit, bool) {
	e := i
	for e < len(src) && isAlnum(src[e]) {
		e++
	}
	if e < len(src) && (src[e] == '/' || src[e] == '@' || src[e] == '_' ||
		(src[e] == '.' || src[e] == '-') && e+1 < len(src) && isAlnum(src[e+1])) {
		return hit{}, false
	}
	return hit{det: DetNationalID, start: i, end: e}, true
}
