package redact

import "bytes"

// A postal address's street line in prose, where no key names it: a
// shop's or a courier's "shipping to 221B Baker Street, London NW1 6XE",
// "label created, ship to 1600 Amphitheatre Pkwy, Mountain View, CA
// 94043", "Lieferadresse: Hauptstraße 5, 10115 Berlin". The cue decides
// how much shape the line needs:
//
//   - after "to", a number first and a street's type last (Street, Rd,
//     Avenue, Pkwy...), the words between capitalised: "to 3 items" and
//     "to 10 Downing" stay;
//   - after a label that says address (Lieferadresse:, Anschrift:,
//     Address:, Shipping address:), that form too, or words with the
//     number last (Hauptstraße 5, Unter den Linden 77, Rue de Rivoli 10).
//
// The line ends at the comma before the town; the town and postcode
// stay, as under an address key.
//
// The login_text start (registry.go) runs it at the cue.

// addrCueAt reports, cheaply, whether the word src[i:w] is an address's
// cue: "to" before a blank and a digit, or an address label before ':'.
func addrCueAt(src []byte, i, w int) bool {
	if w+2 >= len(src) {
		return false
	}
	if w-i == 2 && src[w] == ' ' {
		return src[i] == 't' && src[i+1] == 'o' && (isDigit(src[w+1]) || deliveryTo(src, i)) || addressIs(src, i)
	}
	return src[w] == ':' && addrLabel(src[i:w])
}

// addressIs reports whether the word at src[i] is "is" after "address "
// ("my new address is Hauptstraße 5"): a label in a sentence.
func addressIs(src []byte, i int) bool {
	return src[i] == 'i' && src[i+1] == 's' && i >= 8 && src[i-1] == ' ' && foldEq(src[i-8:i-1], "address") &&
		(i == 8 || class[src[i-9]]&cAlnum == 0)
}

// deliveryVerbs say that what follows "to" is where something goes: a
// courier's or a shop's "will be delivered to Hauptstraße 5", "shipped
// to Unter den Linden 77", "moved to вул. Хрещатик, 22".
var deliveryVerbs = []string{"delivered", "deliver", "delivering", "delivery", "shipped", "ship", "shipping", "moved", "moving", "sent", "posted"}

// deliveryTo reports whether the word at src[i] is "to" after one of the
// deliveryVerbs: then a street line may have its number last.
func deliveryTo(src []byte, i int) bool {
	if src[i] != 't' || src[i+1] != 'o' || i < 3 || src[i-1] != ' ' {
		return false
	}
	w, _ := labelWordBefore(src, i-1)
	return len(w) > 0 && foldIn(w, deliveryVerbs)
}

// streetNamed reports whether a street line with its number last, l,
// names its street as streets are named: by two words or more before the
// number (Unter den Linden 77, Rue de Rivoli 10), by an abbreviation
// before it (вул. Хрещатик, 22), or by one word that ends with a street's
// suffix (Hauptstraße 5, Kalverstraat 12, Storgata 3).
func streetNamed(l []byte) bool {
	e := len(l)
	for e > 0 && l[e-1] != ' ' {
		e--
	}
	name := l[:max(e-1, 0)]
	if bytes.IndexByte(name, ' ') >= 0 {
		return true
	}
	for _, suf := range streetSuffixes {
		if len(name) > len(suf) && foldEq(name[len(name)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// streetSuffixes end one-word street names (German, Dutch, Nordic,
// Hungarian).
var streetSuffixes = []string{"straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer",
	"chaussee", "laan", "straat", "gracht", "plein", "gata", "gatan", "gade", "vej", "vägen", "veien", "utca"}

// addrLabel reports whether w labels an address.
func addrLabel(w []byte) bool {
	switch string(w) {
	case "Lieferadresse", "Lieferanschrift", "Anschrift", "Adresse", "Rechnungsadresse", "Address":
		return true
	}
	return false
}

// scanAddrProse matches the street line after an address's cue.
func scanAddrProse(src []byte, i, w int) (hit, bool) {
	if !addrCueAt(src, i, w) {
		return hit{}, false
	}
	v := w + 1
	for v < len(src) && src[v] == ' ' {
		v++
	}
	if e, ok := streetNumberFirst(src, v); ok {
		return hit{det: DetAddress, start: v, end: e}, true
	}
	if src[w] == ':' || src[i] == 'i' {
		if e, ok := streetNumberLast(src, v); ok {
			return hit{det: DetAddress, start: v, end: e}, true
		}
	}
	if deliveryTo(src, i) {
		// After "delivered to" the street's name must read as one:
		// "delivered to Team 4" names no street.
		if e, ok := streetNumberLast(src, v); ok && streetNamed(src[v:e]) {
			return hit{det: DetAddress, start: v, end: e}, true
		}
	}
	return hit{}, false
}

// streetNumberFirst reads "221B Baker Street" from src[v]: a house number
// (a letter after it), one to four capitalised words, the last a street's
// type. It returns the line's end.
func streetNumberFirst(src []byte, v int) (int, bool) {
	n := len(src)
	k := v
	for k < n && isDigit(src[k]) && k-v < 6 {
		k++
	}
	if k == v || k-v > 5 {
		return 0, false
	}
	if k < n && isAlpha(src[k]) && (k+1 >= n || src[k+1] == ' ') {
		k++ // 221B
	}
	for words := 0; words < 5; words++ {
		if k+1 >= n || src[k] != ' ' || !isUpper(src[k+1]) {
			return 0, false
		}
		s := k + 1
		e := s + 1
		for e < n && (isAlpha(src[e]) || src[e] >= 0x80 || src[e] == '\'') {
			e++
		}
		if words > 0 && streetType(src[s:e]) {
			if e < n && src[e] == '.' {
				e++
			}
			if e < n && src[e] != ',' && src[e] != ' ' && src[e] != ';' && src[e] != '"' && src[e] != ')' {
				return 0, false
			}
			return e, true
		}
		k = e
	}
	return 0, false
}

// streetNumberLast reads "Hauptstraße 5" or "Unter den Linden 77" from
// src[v]: a capitalised word, up to three more words, and a house number
// (a letter after it) before ',' or the end.
func streetNumberLast(src []byte, v int) (int, bool) {
	n := len(src)
	if e, ok := streetAbbrevFirst(src, v); ok {
		return e, true
	}
	if v >= n || !isUpper(src[v]) {
		return 0, false
	}
	k := v
	for words := 0; words < 4; words++ {
		s := k
		for k < n && (isAlpha(src[k]) || src[k] >= 0x80 || src[k] == '.' || src[k] == '-' || src[k] == '\'') {
			k++
		}
		if k == s || k+1 >= n || src[k] != ' ' {
			return 0, false
		}
		k++
		if isDigit(src[k]) {
			d := k
			for k < n && isDigit(src[k]) && k-d < 5 {
				k++
			}
			if k < n && isAlpha(src[k]) {
				k++ // 12a
			}
			if k < n && src[k] != ',' && src[k] != ' ' && src[k] != ';' && !sentenceEnd(src, k) {
				return 0, false
			}
			return k, true
		}
	}
	return 0, false
}

// streetType reports whether w is a street's type as addresses write it,
// in full or abbreviated.
func streetType(w []byte) bool {
	var b [12]byte
	if len(w) > len(b) {
		return false
	}
	for x, c := range w {
		b[x] = lower(c)
	}
	switch string(b[:len(w)]) {
	case "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd", "way",
		"parkway", "pkwy", "court", "ct", "place", "pl", "close", "crescent", "terrace", "square", "sq", "highway",
		"hwy", "circle", "cir", "row", "gardens", "grove", "mews", "trail", "broadway":
		return true
	}
	return false
}

// streetInText reads the street line an unquoted address key's value
// opens in text, up to the comma before the town (the key grammar reads
// an unquoted value to its first blank).
func streetInText(src []byte, v int, quoted bool) (int, bool) {
	if quoted || v >= len(src) {
		return 0, false
	}
	if e, ok := streetNumberFirst(src, v); ok {
		return e, true
	}
	return streetNumberLast(src, v)
}

// streetAbbrevFirst reads the street line that Ukrainian, Russian and
// Polish addresses open with the street's abbreviation: "вул. Хрещатик,
// 22", "ул. Ленина 5", "ul. Marszałkowska 10": the abbreviation, one word,
// an optional comma and the house number.
func streetAbbrevFirst(src []byte, v int) (int, bool) {
	n := len(src)
	k := v
	switch {
	case hasPrefixAt(src, v, "вул. "):
		k += len("вул. ")
	case hasPrefixAt(src, v, "ул. "):
		k += len("ул. ")
	case hasPrefixAt(src, v, "ul. "):
		k += len("ul. ")
	default:
		return 0, false
	}
	s := k
	for k < n && (isAlpha(src[k]) || src[k] >= 0x80 || src[k] == '-' || src[k] == '\'') {
		k++
	}
	if k == s {
		return 0, false
	}
	if k < n && src[k] == ',' {
		k++
	}
	if k+1 >= n || src[k] != ' ' || !isDigit(src[k+1]) {
		return 0, false
	}
	k++
	d := k
	for k < n && isDigit(src[k]) && k-d < 5 {
		k++
	}
	if k < n && isAlpha(src[k]) {
		k++ // 12a
	}
	if k < n && src[k] != ',' && src[k] != ' ' && src[k] != ';' && !sentenceEnd(src, k) {
		return 0, false
	}
	return k, true
}

// sentenceEnd reports whether src[k] ends a sentence or a quoted or
// marked-up text after a house number: a full stop before a blank, a
// quote, '<' or the end, or the quote or '<' itself.
func sentenceEnd(src []byte, k int) bool {
	switch src[k] {
	case '"', '<':
		return true
	case '.':
		return k+1 == len(src) || src[k+1] == ' ' || src[k+1] == '"' || src[k+1] == '<' || src[k+1] == '\\'
	}
	return false
}

func hasPrefixAt(src []byte, v int, p string) bool {
	return len(src)-v >= len(p) && string(src[v:v+len(p)]) == p
}
