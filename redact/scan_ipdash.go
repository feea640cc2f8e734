package redact

// An IPv4 address in a host name right after a few letters, with no dash
// between: Cox's ip68-0-113-7.ph.ph.cox.net, BT's host86-128-1-1.range…,
// ip203-0-113-7.example.net. The letters stay; the octets are matched as
// scanIPv4Dashed matches them after a dash (ec2-203-0-113-7.compute-1…).

// dashedWordMax is the longest word at which a dashed address may start:
// up to dashedLetters letters and the first octet's three digits.
const (
	dashedLetters = 6
	dashedWordMax = dashedLetters + 3
)

func alnumByte(c byte) bool { return class[c]&cAlnum != 0 }

// dashedWordOctet returns where the first octet of a dashed address begins
// in the word src[i:w]: at i for a word of digits, after the letters of a
// word of one to dashedLetters letters and one to three digits; -1 for any
// other word.
func dashedWordOctet(src []byte, i, w int) int {
	k := i
	for k < w && isAlpha(src[k]) {
		k++
	}
	if k-i > dashedLetters || w-k < 1 || w-k > 3 {
		return -1
	}
	for x := k; x < w; x++ {
		if !isDigit(src[x]) {
			return -1
		}
	}
	return k
}

// dashedWordAt reports, cheaply, whether a dashed address may start in
// the word src[i:w] (see dashedIPv4Tail).
func dashedWordAt(src []byte, i, w int) bool {
	return dashedWordOctet(src, i, w) >= 0 && dashedIPv4Tail(src, w)
}

// scanIPv4DashedWord matches a dashed address that starts the word
// src[i:w] or follows its letters.
func scanIPv4DashedWord(src []byte, i, w int) (hit, bool) {
	k := dashedWordOctet(src, i, w)
	switch {
	case k < 0:
		return hit{}, false
	case k == i:
		return scanIPv4Dashed(src, i)
	}
	return dashedQuad(src, k)
}

// labelQuad matches the dotted quad at src[i] that follows a label of
// letters inside a host name and is followed by more of the name, as
// hosting providers name a server after its address in reverse, the way
// its in-addr.arpa name spells it: static.7.113.0.203.clients.example.de.
// Elsewhere a number after "word." is part of a dotted id, an OID or a
// version (iso.3.6.1.4, ifDescr.1.2.3.4, jdk.1.8.0.292) and stays.
func labelQuad(src []byte, i int) (hit, bool) {
	s := i - 1
	for s > 0 && (isAlpha(src[s-1]) || src[s-1] == '-') {
		s--
	}
	if i-1-s < 2 || !isAlpha(src[s]) || s > 0 && (isAlnum(src[s-1]) || src[s-1] == '_') {
		return hit{}, false // not a label of letters
	}
	end, a, ok := parseIPv4(src, i)
	if !ok || end+1 >= len(src) || src[end] != '.' || !isAlpha(src[end+1]) {
		return hit{}, false
	}
	return hit{det: DetIPv4, start: i, end: end, ip: [16]byte{a[0], a[1], a[2], a[3]}}, true
}

// reversedInHost reports whether the dotted quad src[start:end] is written
// in reverse inside a host name: after a label (labelQuad), or before
// Google Cloud's .bc.googleusercontent.com, whose names spell an external
// address as its in-addr.arpa name does (7.113.0.203.bc.googleusercontent.com).
func reversedInHost(src []byte, start, end int) bool {
	return start >= 2 && src[start-1] == '.' && isAlpha(src[start-2]) ||
		hasFoldPrefix(src[end:], ".bc.googleusercontent.com")
}
