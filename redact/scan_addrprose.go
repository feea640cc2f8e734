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
		return src[i] == 't' && src[i+1] == 'o' && (isDigit(src[w+1]) || deliveryTo(src, i)) || addressIs(src, i) ||
			addrLabelAfter(src, i, w) > 0
	}
	return src[w] == ':' && addrLabel(src[i:w]) || src[w] == ' ' && addrPhraseAt(src, i, w) > 0
}

// addrPhrases follow a delivery's word before the address itself:
// "delivery address 9155 Oak Avenue", "pickup at 221B Baker Street".
var addrPhrases = []string{" address ", " address: ", " at ", " to "}

// addrPhraseAt returns where the address starts after "delivery",
// "shipping", "billing", "pickup", "dropoff" or "drop-off" at src[i:w] and
// one of addrPhrases, or 0.
func addrPhraseAt(src []byte, i, w int) int {
	switch string(src[i:w]) {
	case "delivery", "Delivery", "shipping", "Shipping", "billing", "Billing", "pickup", "Pickup", "dropoff", "Dropoff":
	default:
		return 0
	}
	for _, p := range addrPhrases {
		if hasPrefixAt(src, w, p) && w+len(p) < len(src) {
			return w + len(p)
		}
	}
	return 0
}

// addrLabelsAfter are the words after "de" or "do" that end an address's
// label in Spanish, Portuguese and Polish, where the key grammar cannot
// read them (not ASCII): "dirección de envío:", "endereço de entrega:",
// "Adres do wysyłki:".
var addrLabelsAfter = []string{"envío", "envio", "entrega", "cobrança", "cobranca", "facturación", "wysyłki", "doręczenia"}

// addrLabelAfter returns where the address starts after "de" or "do" at
// src[i:w], one of addrLabelsAfter and ':', or 0.
func addrLabelAfter(src []byte, i, w int) int {
	if src[i] != 'd' || src[i+1] != 'e' && src[i+1] != 'o' {
		return 0
	}
	for _, l := range addrLabelsAfter {
		k := w + 1 + len(l)
		if k < len(src) && string(src[w+1:k]) == l {
			if src[k] == ' ' && k+1 < len(src) {
				k++
			}
			if src[k] == ':' && k+2 < len(src) && src[k+1] == ' ' {
				return k + 2
			}
		}
	}
	return 0
}

// addressIs reports whether the word at src[i] is "is" after "address "
// ("my new address is Hauptstraße 5"): a label in a sentence.
func addressIs(src []byte, i int) bool {
	return src[i] == 'i' && src[i+1] == 's' && i >= 8 && src[i-1] == ' ' && foldEq(src[i-8:i-1], "address") &&
		(i == 8 || class[src[i-9]]&cAlnum == 0)
}

// deliveryVerbs say that what follows "to" is where something goes: a
// courier's or a shop's "will be delivered to Hauptstraße 5", "shipped
// to Unter den Linden 77", "moved to вул. Хрещатик, 22"; and "address"
// itself, in a customer's message: "please update my address to Rue de
// Rivoli 187".
var deliveryVerbs = []string{"delivered", "deliver", "delivering", "delivery", "shipped", "ship", "shipping", "moved", "moving", "sent", "posted", "address"}

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
	strong := src[w] == ':' || src[i] == 'i' || deliveryTo(src, i)
	if w-i == 2 {
		if a := addrLabelAfter(src, i, w); a > 0 {
			v, strong = a, true
		}
	} else if a := addrPhraseAt(src, i, w); a > 0 {
		v, strong = a, true
	}
	for v < len(src) && src[v] == ' ' {
		v++
	}
	if strong {
		// A label that says address: the address up to its postcode.
		if e, ok := addressToPostcode(src, v); ok {
			return hit{det: DetAddress, start: v, end: e}, true
		}
	}
	if e, ok := streetNumberFirst(src, v); ok {
		return hit{det: DetAddress, start: v, end: withPostcode(src, v, e)}, true
	}
	if src[w] == ':' || src[i] == 'i' {
		if e, ok := streetNumberLast(src, v); ok {
			return hit{det: DetAddress, start: v, end: withPostcode(src, v, e)}, true
		}
	}
	if deliveryTo(src, i) {
		// After "delivered to" the street's name must read as one:
		// "delivered to Team 4" names no street.
		if e, ok := streetNumberLast(src, v); ok && streetNamed(src[v:e]) {
			return hit{det: DetAddress, start: v, end: withPostcode(src, v, e)}, true
		}
	}
	return hit{}, false
}

// A whole postal address in text where no cue or key says so: a shipping
// or billing line that a message interpolates ("label created for Jane
// Doe, 1600 Amphitheatre Pkwy, Mountain View, CA 94043", "invoice to 221B
// Baker Street, London NW1 6XE"). Its shape says what it is: a house
// number, capitalised words ending with a street's type, then up to five
// comma-separated parts down to a postcode. A number and words without
// the postcode ("12 Main Street") stay: they need a cue.

// streetTextMay reports, cheaply, whether the word src[i:w] may open a
// whole address in text: a house number (up to five digits and a letter)
// that opens a word, before a blank and a capital.
func streetTextMay(src []byte, i, w int) bool {
	return w-i <= 6 && w+1 < len(src) && src[w] == ' ' && isUpper(src[w+1]) &&
		(i == 0 || src[i-1] == ' ' || src[i-1] == '(' || src[i-1] == '"' || src[i-1] == '\'')
}

// scanStreetText matches a whole address at src[i] (streetTextMay), from
// its house number to its postcode.
func scanStreetText(src []byte, i, w int) (hit, bool) {
	if !streetTextMay(src, i, w) {
		return hit{}, false
	}
	e, ok := streetNumberFirst(src, i)
	if !ok || e >= len(src) || src[e] != ',' {
		return hit{}, false
	}
	p, ok := addressToPostcode(src, i)
	if !ok || p <= e {
		return hit{}, false
	}
	return hit{det: DetAddress, start: i, end: p}, true
}

// withPostcode extends the street line src[v:e] to the postcode that
// follows it in the same address, if one does.
func withPostcode(src []byte, v, e int) int {
	if e2, ok := addressToPostcode(src, v); ok && e2 > e {
		return e2
	}
	return e
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
			k = houseNumberEnd(src, k)
			if k < n && src[k] != ',' && src[k] != ' ' && src[k] != ';' && !sentenceEnd(src, k) {
				return 0, false
			}
			return k, true
		}
	}
	return 0, false
}

// houseNumberEnd returns the end of the house number at src[k], a digit:
// up to five digits, a letter (12a), and a flat's or a floor's part after
// '/' or '-' as Polish and Dutch addresses write them (Kwiatowa 6/29,
// Kalverstraat 233-H, Coolsingel 90-II).
func houseNumberEnd(src []byte, k int) int {
	n, d := len(src), k
	for k < n && isDigit(src[k]) && k-d < 5 {
		k++
	}
	if k < n && isAlpha(src[k]) {
		k++ // 12a
	}
	if k+1 < n && (src[k] == '/' || src[k] == '-') {
		p, e := k+1, k+1
		if isDigit(src[p]) {
			for e < n && isDigit(src[e]) && e-p < 4 {
				e++
			}
		} else if src[k] == '-' {
			for e < n && isAlpha(src[e]) && e-p < 3 {
				e++
			}
		}
		if e > p && (e == n || !isAlnum(src[e])) {
			k = e
		}
	}
	return k
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
	case hasPrefixAt(src, v, "ul. "), hasPrefixAt(src, v, "al. "):
		k += len("ul. ") // ulica, aleja
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
	k = houseNumberEnd(src, k+1)
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

// addressToPostcode reads a postal address from src[v] up to the end of
// its postcode, when one follows within a few comma-separated parts:
// "12 rue de Rivoli, 75001", "1600 Amphitheatre Parkway, Mountain View, CA
// 94043", "Flat 3, 27 Station Road, Leeds LS1 4DY", "6-26-6 Shibuya,
// Shibuya-ku, Osaka 150-0002", "Rua Augusta, 1500, apto 42, São Paulo - SP,
// 01304-001". A postcode next to the street line is part of the address
// (a UK or Dutch one holds a few dozen letterboxes); the town after it
// stays. It needs a house number (a digit) before the postcode, and runs
// only after a cue that says address: a postcode's shape alone is no
// address.
func addressToPostcode(src []byte, v int) (int, bool) {
	n := len(src)
	k := v
	digit := false
	for seg := 0; seg < 6 && k < n && k-v < 160; seg++ {
		s := k
		for k < n && src[k] != ',' && src[k] != '"' && src[k] != ';' && src[k] != '\\' && src[k] != '=' &&
			src[k] != '(' && src[k] != ')' && src[k] != '<' && src[k] != '\t' && k-v < 160 {
			k++
		}
		if seg == 0 && !streetNameIn(src[s:k]) {
			return 0, false // "10.0.0.1, 8080", "3 regions, 12500 orders": no street's name
		}
		if digit && !unitPart(src[s:k]) {
			if e, ok := postcodeIn(src[s:k]); ok {
				return s + e, true
			}
		}
		if houseNumberIn(src[s:k]) {
			digit = true
		}
		if k+1 >= n || src[k] != ',' || src[k+1] != ' ' {
			return 0, false
		}
		k += 2
	}
	return 0, false
}

// unitPart reports whether seg, a part of an address after the street
// line, names a unit inside the building, whose number is no postcode:
// "350 Fifth Avenue, Suite 3300, New York, NY 10118".
func unitPart(seg []byte) bool {
	w := seg
	if k := bytes.IndexByte(seg, ' '); k >= 0 {
		w = seg[:k]
	}
	if len(w) > 0 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	return foldIn(w, unitWords)
}

// unitWords open the part of an address that names a unit.
var unitWords = []string{"suite", "ste", "apt", "apartment", "unit", "flat", "floor", "fl", "room", "rm", "bldg", "building", "dept", "office"}

// postcodeIn finds a postcode among the words of seg, one part of an
// address, and returns its end: four to six digits (US ZIP+4 with its
// dash), NNN-NNNN (Japan), NNNNN-NNN (Brazil), NN-NNN (Poland), four
// digits and two capitals (the Netherlands), or a UK postcode (NW1 6XE).
// A bare number that fills the part is a house number; one before
// another group of digits opens a phone number.
func postcodeIn(seg []byte) (int, bool) {
	n := len(seg)
	for k := 0; k < n; {
		for k < n && seg[k] == ' ' {
			k++
		}
		w := k
		for w < n && seg[w] != ' ' && seg[w] != '\'' {
			w++ // (a quote ends the word: '... NY 10118' in text)
		}
		if w == k {
			break
		}
		word := seg[k:w]
		whole := k == 0 && w == n
		if isDigit(word[0]) && !(w+1 < n && seg[w] == ' ' && isDigit(seg[w+1])) {
			// (A digit group after it makes it a phone number's first:
			// "0044 20 7946 0958".)
			if numericPostcode(word, whole) {
				// The Netherlands: 1012 PH.
				if len(word) == 4 && w+3 <= n && seg[w] == ' ' && isUpper(seg[w+1]) && isUpper(seg[w+2]) && (w+3 == n || seg[w+3] == ' ') {
					return w + 3, true
				}
				return w, true
			}
		}
		if isUpper(word[0]) && ukOutward(word) && w+4 <= n && seg[w] == ' ' && ukInward(seg[w+1:min(w+4, n)]) && (w+4 == n || seg[w+4] == ' ') {
			return w + 4, true
		}
		k = w
	}
	return 0, false
}

// numericPostcode reports whether word has a numeric postcode's shape; a
// word that fills its part must have a dash (01304-001), or it is a house
// number ("Rua Augusta, 1500").
func numericPostcode(word []byte, whole bool) bool {
	d, dash, after := 0, -1, 0
	for x, c := range word {
		switch {
		case isDigit(c):
			if dash >= 0 {
				after++
			} else {
				d++
			}
		case c == '-' && dash < 0 && x > 0:
			dash = x
		default:
			return false
		}
	}
	if dash < 0 {
		return !whole && d >= 4 && d <= 6
	}
	return d == 5 && (after == 4 || after == 3) || d == 3 && after == 4 || d == 2 && after == 3
}

// ukOutward reports whether w is a UK postcode's outward code: one or
// two capitals, a digit, and a digit or a capital (NW1, SW1A, M1, B33).
func ukOutward(w []byte) bool {
	k := 0
	for k < len(w) && k < 2 && isUpper(w[k]) {
		k++
	}
	if k == 0 || k >= len(w) || !isDigit(w[k]) {
		return false
	}
	k++
	if k < len(w) && (isDigit(w[k]) || isUpper(w[k])) {
		k++
	}
	return k == len(w)
}

// ukInward reports whether w is a UK postcode's inward code: a digit and
// two capitals (6XE).
func ukInward(w []byte) bool {
	return len(w) == 3 && isDigit(w[0]) && isUpper(w[1]) && isUpper(w[2])
}

// houseNumberIn reports whether seg holds a house number: a word of up
// to eight bytes that opens with a digit, of digits, '-', '/' and a
// letter or two (12, 221B, 48/19, 341-H, 6-26-6, 14th), not an IP
// address's or a version's dotted digits.
func houseNumberIn(seg []byte) bool {
	for k := 0; k < len(seg); {
		w := k
		for w < len(seg) && seg[w] != ' ' {
			w++
		}
		if w > k && w-k <= 8 && isDigit(seg[k]) {
			ok, letters := true, 0
			for _, c := range seg[k:w] {
				switch {
				case isDigit(c) || c == '-' || c == '/':
				case isAlpha(c) && letters < 2:
					letters++
				default:
					ok = false
				}
			}
			if ok {
				return true
			}
		}
		k = w + 1
	}
	return false
}

// streetNameIn reports whether seg, an address's first part, names a
// street or a building: a capitalised word (Amphitheatre, Flat, Shibuya)
// or a street's word (rue, ul.).
func streetNameIn(seg []byte) bool {
	for k := 0; k < len(seg); {
		w := k
		for w < len(seg) && seg[w] != ' ' {
			w++
		}
		if w > k && (isUpper(seg[k]) || seg[k] >= 0x80 || streetWord(seg[k:w])) {
			return true
		}
		k = w + 1
	}
	return false
}

// postcodeLabel reports whether the key src[name:k], before ':', is the
// label of a postcode in a form's or a message's text: Zip, ZIP Code,
// Zipcode, Postcode, Postal Code, "Postal / Zip Code", PLZ, CEP, "Code
// postal". An error's or a promotion's "Code" stays.
func postcodeLabel(src []byte, name, k int) bool {
	key := src[name:k]
	switch len(key) {
	case 3:
		return foldEq(key, "zip") || foldEq(key, "plz") || foldEq(key, "cep")
	case 7:
		return foldEq(key, "zipcode")
	case 8:
		return foldEq(key, "postcode")
	case 10:
		return foldEq(key, "postalcode")
	case 4:
		if !foldEq(key, "code") || name < 4 || src[name-1] != ' ' && src[name-1] != '/' {
			return false
		}
		b := name - 1
		for b > 0 && (src[b-1] == ' ' || src[b-1] == '/') {
			b--
		}
		a := b
		for a > 0 && b-a < 7 && isAlpha(src[a-1]) {
			a--
		}
		w := src[a:b]
		return foldEq(w, "zip") || foldEq(w, "postal") || foldEq(w, "post")
	}
	return false
}

// labelledPostcode returns the postcode after a postcode's label, in the
// text that starts at src[v] (blanks first are skipped): the text up to a
// ',', ';', '|', quote or the line's end when it is a postcode (1012 PH,
// NW1 6XE), else its first word. ok is false when neither reads as one.
func labelledPostcode(src []byte, v int) (start, end int, ok bool) {
	for v < len(src) && src[v] == ' ' {
		v++
	}
	e := v
	for e < len(src) && e-v <= 12 && src[e] != ',' && src[e] != ';' && src[e] != '|' && src[e] != '"' && src[e] != '\n' && src[e] != '\r' {
		e++
	}
	for e > v && src[e-1] == ' ' {
		e--
	}
	if e-v <= 12 && postcodeValue(src[v:e]) {
		return v, e, true
	}
	w := v
	for w < len(src) && isAlnum(src[w]) {
		w++
	}
	if (w == len(src) || src[w] == ' ' || src[w] == ',' || src[w] == ';' || src[w] == '"' || src[w] == '.') && postcodeValue(src[v:w]) {
		return v, w, true
	}
	return 0, 0, false
}

// postcodeValue reports whether v reads as a postcode: 3 to 10 letters
// and digits, a digit among them, in up to three groups joined by a blank
// or '-' (94043, 94043-1351, NW1 6XE, 1012 PH, 00-590, 150-0002, K2P0B0).
func postcodeValue(v []byte) bool {
	if len(v) < 3 || len(v) > 12 {
		return false
	}
	digit, seps := false, 0
	for k, c := range v {
		switch {
		case isDigit(c):
			digit = true
		case isAlpha(c):
		case (c == ' ' || c == '-') && k > 0 && k < len(v)-1 && isAlnum(v[k-1]):
			seps++
		default:
			return false
		}
	}
	return digit && seps <= 2
}

// wholeAddress reports whether the value v is a postal address and nothing
// else: a street line with its number first and its type last (221B Baker
// Street, 1600 Amphitheatre Parkway) or with the number after the street's
// name (Berliner Straße 63, Kalverstraat 320, ul. Piotrkowska 12) or in
// the other layouts addressOpening reads, then the
// parts up to a postcode (addressToPostcode), the town after the postcode
// where the country writes it there ("10117 Berlin"), and at most a
// country after a comma ("..., CA 94043, USA"). Both ends make it an
// address where no key or cue says so.
func wholeAddress(v []byte) bool {
	if bytes.IndexByte(v, ',') < 0 || !addressOpening(v) {
		// Every layout has a comma before its postcode's part: the
		// cheap test first.
		return false
	}
	e, ok := addressToPostcode(v, 0)
	if !ok {
		return false
	}
	if e+2 < len(v) && v[e] == ' ' && (isUpper(v[e+1]) || v[e+1] >= 0x80) {
		// The town after the postcode: 10117 Berlin, 75004 Paris.
		e++
		for e < len(v) && v[e] != ',' && (isAlpha(v[e]) || v[e] >= 0x80 || v[e] == ' ' || v[e] == '-' || v[e] == '.' || v[e] == '\'') {
			e++
		}
	}
	if e == len(v) {
		return true
	}
	if e+3 > len(v) || v[e] != ',' || v[e+1] != ' ' {
		return false
	}
	for _, c := range v[e+2:] {
		if !isAlpha(c) && c != ' ' && c != '.' {
			return false
		}
	}
	return true
}

// addressOpening reports whether v opens with a street line: its number
// first and its type last, or its number after the name (see wholeAddress);
// a house number before a street's word (10 rue du Faubourg Saint-Antoine,
// 74 bis boulevard Haussmann); Japan's block and lot numbers before the
// district (2-18-6 Ginza); or a street's word and name, a comma and a bare
// house number (Avenida Diagonal, 291; Rua das Flores, 595).
func addressOpening(v []byte) bool {
	if _, ok := streetNumberFirst(v, 0); ok {
		return true
	}
	if _, ok := streetNumberLast(v, 0); ok {
		return true
	}
	word := func(s int) int {
		e := s
		for e < len(v) && v[e] != ' ' && v[e] != ',' {
			e++
		}
		return e
	}
	w := word(0)
	if w == len(v) || w == 0 {
		return false
	}
	if isDigit(v[0]) && v[w] == ' ' && houseNumberIn(v[:w]) {
		s := w + 1
		e := word(s)
		if e-s == 3 && (foldEq(v[s:e], "bis") || foldEq(v[s:e], "ter")) && e < len(v) && v[e] == ' ' {
			s = e + 1
			e = word(s)
		}
		if e > s && (streetWord(v[s:e]) || bytes.IndexByte(v[:w], '-') > 0 && isUpper(v[s])) {
			return true
		}
		return false
	}
	if isUpper(v[0]) || streetWord(v[:w]) {
		// A street's name and a house number with a flat or a letter
		// before the comma: ul. Kwiatowa 142/4, Herengracht 131-H.
		for s, n := 0, 0; s < len(v) && n < 5; n++ {
			e := word(s)
			if n > 0 && isDigit(v[s]) {
				if e < len(v) && v[e] == ',' && houseNumberIn(v[s:e]) {
					return true
				}
				break
			}
			if e >= len(v) || v[e] != ' ' {
				break
			}
			s = e + 1
		}
	}
	if !streetWord(v[:w]) {
		return false
	}
	c := bytes.IndexByte(v, ',')
	if c < 0 || c+2 >= len(v) || v[c+1] != ' ' || !isDigit(v[c+2]) {
		return false
	}
	k := c + 2
	for k < len(v) && isDigit(v[k]) && k-c < 8 {
		k++
	}
	return k < len(v) && v[k] == ','
}

// wholeStreetLine reports whether the value v is a street line and
// nothing else, in a shape no other value takes: a house number first and
// a street's type last (9400 Market St, 139B Park Avenue); a street's word
// and a name, or a compound street name, before the house number (Viale
// Monza 130, Calle de Alcalá 45, Hauptstraße 5); a house number before a
// street's word (10 rue de Rivoli); or Japan's chōme, block and lot
// before the district (3-20-13 Shibuya). Form builders and marketing
// tools keep a street in a custom field their payloads name only by a
// number (contact[fields][6]=9400+Market+St): the value itself says what
// it is. A capitalised word and a number alone (Windows 10, Room 12,
// Version 5) is not one.
func wholeStreetLine(v []byte) bool {
	if len(v) < 7 || len(v) > 64 {
		return false
	}
	if isDigit(v[0]) {
		if e, ok := streetNumberFirst(v, 0); ok {
			return e == len(v) || townAfter(v[e:])
		}
		return japanBlockLine(v) || numberBeforeStreetWord(v) || ordinalStreet(v)
	}
	if !isUpper(v[0]) && v[0] < 0x80 {
		// Polish writes the street's abbreviation first, in lower
		// case: ul. Marszałkowska 32, al. Jerozolimskie 99/53.
		e, ok := streetAbbrevFirst(v, 0)
		return ok && (e == len(v) || townAfter(v[e:]))
	}
	e, ok := streetNumberLast(v, 0)
	if !ok {
		// Spanish and Portuguese put a comma before the number: Rua
		// Augusta, 422; Avenida Diagonal, 291.
		c := bytes.IndexByte(v, ',')
		if c < 0 || c+2 >= len(v) || v[c+1] != ' ' || !houseNumberIn(v[c+2:]) || bytes.IndexByte(v[c+2:], ' ') >= 0 {
			return false
		}
		sp := bytes.IndexByte(v, ' ')
		return sp < c && streetWord(v[:sp])
	}
	if e != len(v) && !townAfter(v[e:]) {
		return false
	}
	v = v[:e]
	// The words before the number: a street's word and a name, or one
	// compound word that is a street's name (Hauptstraße, Kalverstraat).
	words, street := 0, false
	for s := 0; s < len(v) && !isDigit(v[s]); {
		w := s
		for w < len(v) && v[w] != ' ' {
			w++
		}
		words++
		if streetWord(v[s:w]) || words == 1 && w < len(v)-1 && !isDigit(v[w+1]) && streetPreposition(v[s:w]) && !prepositionPhrase(v[w+1:]) {
			street = true
		}
		s = w + 1
	}
	if words == 1 {
		// One word: a compound (Musterstraße), not a street's word alone
		// (Via 2, Ring 3, Highway 101).
		var b [32]byte
		w := bytes.IndexByte(v, ' ')
		if v[w-1] == '.' {
			w-- // Hauptstr. 5
		}
		if w > len(b) || yearAfter(v[bytes.IndexByte(v, ' ')+1:]) {
			return false // Flohmarkt 2026: an event and its year
		}
		for k := range w {
			b[k] = lower(v[k])
		}
		return streetCompound(b[:w])
	}
	return street
}

// yearAfter reports whether n, a house number, is a year of four digits
// (1900 to 2099) and nothing else: houses along one street are seldom
// numbered that high where the number follows the name.
func yearAfter(n []byte) bool {
	return len(n) == 4 && (string(n[:2]) == "19" || string(n[:2]) == "20") && isDigit(n[2]) && isDigit(n[3])
}

// prepositionPhrase reports whether t, the words after a German
// preposition that may open a street's name, starts with a noun that
// makes the phrase a state instead (Auf Lager 12, Im Test 3, Im Angebot).
func prepositionPhrase(t []byte) bool {
	w := t
	if k := bytes.IndexByte(t, ' '); k >= 0 {
		w = t[:k]
	}
	switch string(w) {
	case "Lager", "Test", "Angebot", "Betrieb", "Bestand", "Urlaub", "Einsatz", "Verkauf", "Umbau", "Aufbau", "Dienst", "Gange", "Verzug", "Zulauf", "Versand", "Rückstand":
		return true
	}
	return false
}

// streetPreposition reports whether w, a street line's first word before
// more words, is a German preposition that opens street names: Am Markt 4,
// An der Alster 12, Unter den Linden 77, Zur Mühle 2. English's "In" and
// "An" open too much else ("In Transit 2").
func streetPreposition(w []byte) bool {
	switch string(w) {
	case "Am", "Auf", "Im", "Zum", "Zur", "Unter", "Hinter", "Über", "Beim", "Vorm":
		return true
	}
	return false
}

// ordinalStreet reports whether v is a street named by its ordinal and
// nothing else, a line of its own in Indian and American addresses: "38th
// Main Road", "12th Cross", "5th Avenue". A type alone after the ordinal
// must be one only streets take ("3rd Place", "2nd Row" are rankings).
func ordinalStreet(v []byte) bool {
	k := 0
	for k < len(v) && isDigit(v[k]) {
		k++
	}
	if k == 0 || k > 3 || k+3 >= len(v) || v[k+2] != ' ' {
		return false
	}
	switch string([]byte{lower(v[k]), lower(v[k+1])}) {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	for words, s := 0, k+3; words < 4; words++ {
		if s >= len(v) || !isUpper(v[s]) {
			return false
		}
		e := s + 1
		for e < len(v) && isAlpha(v[e]) {
			e++
		}
		if e == len(v) {
			w := v[s:e]
			if words == 0 {
				return foldIn(w, ordinalStreetTypes)
			}
			return streetType(w) || foldEq(w, "cross") || foldEq(w, "main")
		}
		if words == 0 && foldIn(v[s:e], ordinalNoStreet) {
			return false // 2nd Floor Main, 3rd Edition Road Atlas
		}
		if v[e] != ' ' {
			return false
		}
		s = e + 1
	}
	return false
}

// ordinalNoStreet follow an ordinal as the part of a building, a rank or
// a period it counts, never a street's name.
var ordinalNoStreet = []string{"floor", "fl", "level", "suite", "unit", "room", "row", "edition", "quarter", "round",
	"grade", "year", "shift", "attempt", "period", "place", "generation", "gen", "half", "stage", "wave"}

// ordinalStreetTypes follow an ordinal alone as a street's name.
var ordinalStreetTypes = []string{"street", "st", "avenue", "ave", "road", "rd", "main", "cross", "boulevard", "blvd", "lane", "ln", "drive", "dr"}

// townAfter reports whether t, what follows a street line, is a comma and
// a town of one to three capitalised words (42 Oak Avenue, Springfield).
func townAfter(t []byte) bool {
	if len(t) < 4 || t[0] != ',' || t[1] != ' ' {
		return false
	}
	words := 0
	for k := 2; k < len(t); {
		if !isUpper(t[k]) && t[k] < 0x80 {
			return false
		}
		k++
		for k < len(t) && (isAlpha(t[k]) || t[k] >= 0x80 || t[k] == '-' || t[k] == '\'' || t[k] == '.') {
			k++
		}
		words++
		if k < len(t) {
			if t[k] != ' ' || words == 3 {
				return false
			}
			k++
		}
	}
	return true
}

// numberBeforeStreetWord reports whether v is a house number, a street's
// word and one to four more words (10 rue de Rivoli, 74 bis boulevard
// Haussmann), the French and Belgian order.
func numberBeforeStreetWord(v []byte) bool {
	w := bytes.IndexByte(v, ' ')
	if w <= 0 || w > 5 || !houseNumberIn(v[:w]) {
		return false
	}
	s := w + 1
	e := s
	for e < len(v) && v[e] != ' ' {
		e++
	}
	if e-s == 3 && (foldEq(v[s:e], "bis") || foldEq(v[s:e], "ter")) {
		s = e + 1
		for e = s; e < len(v) && v[e] != ' '; e++ {
		}
	}
	if e >= len(v) || !streetWord(v[s:e]) || isUpper(v[s]) && !foldEq(v[s:e], "rue") && !foldEq(v[s:e], "via") {
		// (Lower case, as French writes it: "Rue" opens names too.)
		return false
	}
	words := 0
	for k := e; k < len(v); k++ {
		c := v[k]
		switch {
		case c == ' ':
			words++
		case isAlpha(c) || c >= 0x80 || c == '-' || c == '\'' || c == '.':
		default:
			return false
		}
	}
	return words >= 1 && words <= 5
}

// japanBlockLine reports whether v is a Japanese street line: chōme,
// block and lot as numbers joined by '-' (3-20-13), a blank and one
// capitalised district (Shibuya, Umeda), written last as English
// renderings do.
func japanBlockLine(v []byte) bool {
	k, groups := 0, 0
	for groups < 3 {
		d := k
		for k < len(v) && isDigit(v[k]) {
			k++
		}
		if k == d || k-d > 3 || groups == 0 && k-d > 2 || v[d] == '0' {
			return false // (A leading zero is a date's: 05-11-26.)
		}
		groups++
		if k >= len(v) || v[k] != '-' {
			break
		}
		k++
	}
	if groups != 3 || k+5 > len(v) || v[k] != ' ' || !isUpper(v[k+1]) {
		return false
	}
	for _, c := range v[k+2:] {
		if (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}
