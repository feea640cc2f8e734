package redact

// An Apple device's name as its owner sees it, before the host name is made
// from it: "Anna's iPhone", "Olena Kovalenko’s MacBook Pro" (macOS writes
// the apostrophe as U+2019). Device managers and DNS filters log this
// form (Cloudflare Gateway's DeviceName, an MDM inventory, NextDNS's
// device_name). The owner is one to three capitalised words before the
// possessive; the device name stays: "[name]’s MacBook Pro". A brand's
// or a household's possessive (Apple's iPhone, Kid's iPad) names no one.

// possessiveBefore returns where the possessive ending "'s " or "’s "
// before src[i] begins, or 0 when there is none.
func possessiveBefore(src []byte, i int) int {
	if i < 4 || src[i-1] != ' ' || src[i-2] != 's' {
		return 0
	}
	if src[i-3] == '\'' {
		return i - 3
	}
	if i >= 6 && src[i-3] == 0x99 && src[i-4] == 0x80 && src[i-5] == 0xe2 {
		return i - 5
	}
	if i >= 15 && string(src[i-14:i-2]) == `\226\128\153` {
		return i - 14 // avahi-browse writes the U+2019's bytes as \DDD
	}
	return 0
}

// ddEscapeAt reports whether src[j:j+4] is avahi-browse's escape of a
// byte of a UTF-8 sequence: a backslash and three decimal digits from
// \128 to \255.
func ddEscapeAt(src []byte, j int) bool {
	return j >= 0 && j+3 < len(src) && src[j] == '\\' && (src[j+1] == '1' || src[j+1] == '2') &&
		isDigit(src[j+2]) && isDigit(src[j+3])
}

// displayDevice reports whether an Apple device's name in display form
// begins at src[k]: iPhone, iPad, iPod, MacBook (Pro, Air), iMac, AirPods,
// Apple Watch, and Mac
// before mini, Pro or Studio.
func displayDevice(src []byte, k int) bool {
	for _, w := range [...]string{"iphone", "ipad", "ipod", "macbook", "imac", "airpods", "apple watch", "mac mini", "mac pro", "mac studio", "galaxy", "pixel"} {
		e := k + len(w)
		if e > len(src) {
			continue
		}
		ok := true
		for x := 0; x < len(w) && ok; x++ {
			ok = lower(src[k+x]) == w[x]
		}
		if ok && (e == len(src) || !isAlnum(src[e])) {
			return true
		}
	}
	return false
}

// scanDisplayOwner matches the owner's name before the possessive that
// begins at src[e], the device's name being at src[i].
func scanDisplayOwner(src []byte, i, e int) (hit, bool) {
	if !displayDevice(src, i) {
		return hit{}, false
	}
	s := e
	for words := 0; words < 3; words++ {
		k := s
		for k > 0 && (isAlpha(src[k-1]) || src[k-1] >= 0x80 || isDigit(src[k-1]) && ddEscapeAt(src, k-4)) {
			if isDigit(src[k-1]) {
				k -= 4 // Se\195\161n
				continue
			}
			k--
			if k >= 2 && src[k-1] == '\'' && isUpper(src[k-2]) && isUpper(src[k]) {
				k-- // O'Brien
			}
		}
		if s-k < 2 || !isUpper(src[k]) && src[k] < 0x80 && src[k] != '\\' || words == 0 && displayOwnerStop(src[k:s]) {
			break
		}
		s = k
		if s < 2 || src[s-1] != ' ' {
			break
		}
		s-- // the blank between two words of the name
	}
	if s < e && src[s] == ' ' {
		s++
	}
	if s >= e || s > 0 && (isAlnum(src[s-1]) || src[s-1] == '_' || src[s-1] == '-' || src[s-1] == '.') {
		return hit{}, false
	}
	return hit{det: DetName, start: s, end: e}, true
}

// displayOwnerStop reports whether w, the word before a possessive and a
// device's name, is a brand's, a role's or a household's rather than a
// person's.
func displayOwnerStop(w []byte) bool {
	var b [10]byte
	if len(w) > len(b) {
		return false
	}
	for k, c := range w {
		b[k] = lower(c)
	}
	switch string(b[:len(w)]) {
	case "apple", "google", "samsung", "verizon", "amazon", "microsoft", "kid", "kids", "family", "mom", "mum",
		"dad", "mother", "father", "grandma", "grandpa", "guest", "office", "school", "work", "company", "user",
		"customer", "client", "team", "sales", "shared", "test", "demo", "my", "our", "your", "his", "her", "their",
		"the", "everyone", "someone", "today", "year", "week":
		return true
	}
	return false
}

// A device named in its owner's language puts the owner after it: Apple's
// devices set up in German, Dutch, French, Spanish, Portuguese or Italian
// are named "iPhone von Maria", "MacBook Pro van Sanne", "iPad de Marie",
// "iMac di Giulia", and their host names are the same with hyphens
// (iPhone-von-Maria, MacBook-Pro-van-Sanne). The owner, one or two words
// of letters after the preposition, is matched; the device's name and the
// preposition stay: "iPhone von [name]".

// deviceWordEnd returns the end of the device's name (deviceWords, with a
// blank or a hyphen between its words) at src[i], or -1.
func deviceWordEnd(src []byte, i int) int {
	for _, w := range deviceWords {
		e := i + len(w)
		if e > len(src) {
			continue
		}
		k := 0
		for k < len(w) && (lower(src[i+k]) == w[k] || w[k] == '_' && (src[i+k] == '-' || src[i+k] == ' ')) {
			k++
		}
		if k == len(w) && (e == len(src) || !isAlnum(src[e])) {
			return e
		}
	}
	return -1
}

// ownerAfterDevice reports, cheaply, whether the device word src[i:w]
// may be followed by a preposition and its owner.
func ownerAfterDevice(src []byte, i, w int) bool {
	if w+4 >= len(src) || src[w] != '-' && src[w] != ' ' {
		return false
	}
	// iPad, iPod, iMac, iPhone, MacBook: not DNS's "IN A", not "in ".
	c, n := lower(src[i+1]), w-i
	return lower(src[i]) == 'i' && (c == 'p' && (n == 4 || n == 6) || c == 'm' && n == 4) || n == 7 && c == 'a'
}

// scanOwnerAfterDevice matches the owner after the device's name at
// src[i] and the preposition that follows it (see above).
func scanOwnerAfterDevice(src []byte, i int) (hit, bool) {
	e := deviceWordEnd(src, i)
	if e < 0 || e+4 >= len(src) || src[e] != '-' && src[e] != ' ' {
		return hit{}, false
	}
	sep := src[e]
	p := e + 1
	for p < len(src) && 'a' <= src[p] && src[p] <= 'z' {
		p++
	}
	switch string(src[e+1 : p]) {
	case "von", "van", "de", "di", "da":
	default:
		return hit{}, false
	}
	if p+2 >= len(src) || src[p] != sep {
		return hit{}, false
	}
	k := p + 1
	end := ownerWordEnd(src, k, sep)
	if end < 0 || displayOwnerStop(src[k:end]) {
		return hit{}, false
	}
	if end+2 < len(src) && src[end] == sep {
		if e2 := ownerWordEnd(src, end+1, sep); e2 > 0 {
			end = e2 // iPhone von Maria Schmidt
		}
	}
	if end < len(src) && (isAlnum(src[end]) || src[end] == '_') {
		return hit{}, false
	}
	return hit{det: DetName, start: k, end: end}, true
}

// ownerWordEnd returns the end of a word of two or more letters (UTF-8
// letters too) at src[k], capitalised where sep is a blank (a display
// name), or -1.
func ownerWordEnd(src []byte, k int, sep byte) int {
	if k >= len(src) || sep == ' ' && !isUpper(src[k]) && src[k] < 0xc3 || !isAlpha(src[k]) && src[k] < 0xc3 {
		return -1
	}
	e := k
	for e < len(src) && (isAlpha(src[e]) || src[e] >= 0x80) {
		e++
	}
	if e-k < 2 || e < len(src) && isDigit(src[e]) {
		return -1
	}
	return e
}
