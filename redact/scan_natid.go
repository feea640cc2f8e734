package redact

import "bytes"

// National identity numbers (DetNationalID): personal ids and tax ids of the
// markets redactd's users serve, each validated by its check digits or
// check letter as the issuing authority defines it (python-stdnum and
// Presidio's recognizers are the references for formats and checksums).
//
// Found anywhere, because format and check leave next to no false
// positives:
//   - UK National Insurance number: two prefix letters of the allocated
//     series, six digits, suffix A-D (AB123456C, AB 12 34 56 C, also in
//     lower case as Presidio finds it); it has no check digit, but the
//     letter rules and the exact shape are rare in logs.
//   - Spanish DNI (12345678Z) and NIE (X1234567L): the letter is a mod-23
//     check.
//   - Italian codice fiscale: sixteen characters in a fixed letter/digit
//     pattern (with omocodia letters), a month letter, a day of that
//     month and a check letter, in either case.
//   - French NIR written in its printed groups with its key
//     (1 84 12 76 451 089 46), Corsica's 2A and 2B included.
//   - Brazilian CPF in its printed form 123.456.789-09 (two check digits).
//   - Indian Aadhaar as UIDAI prints it, three groups of four separated
//     by blanks (2341 2341 2346; first digit 2-9, Verhoeff check), not next
//     to another group of digits. One in ten of such groups passes
//     Verhoeff by chance, but twelve digits in blank-separated fours are
//     rare in logs; the dashed form, common in serial numbers and
//     activation codes, counts only under a key or label.
//   - Machine-readable zones of passports and id cards (ICAO 9303 TD3, TD2
//     and TD1), their lines on one line separated by a blank or a newline:
//     every check digit must hold, and the whole zone is masked.
//
// Found only where a key or a label names them (ctxNatID), because a
// bare run of digits passes any single checksum often enough (one in ten
// or eleven) to destroy counters and order ids: Dutch BSN (9 digits,
// 11-test), Ukrainian RNOKPP (10), Polish PESEL (11, weights and a valid
// birth date), German Steuer-ID (11, digit repetition rule and ISO 7064
// MOD 11,10), Brazilian CPF (11), Indian Aadhaar and Kazakh IIN (12, IIN
// with its birth date and century digit), French NIR (15), and DNI and
// NIE with a lower-case letter. Even then the value must pass the
// check of a kind the key names: "pesel" checks PESEL only, a generic
// "national_id" or "tax_id" any kind.

// Kinds of national id, as bits: a key names some of them (natIDKeyIDs).
const (
	idNINO    uint16 = 1 << iota // UK National Insurance number
	idDNI                        // Spanish DNI and NIE
	idCF                         // Italian codice fiscale
	idNIR                        // French NIR (numéro de sécurité sociale, INSEE number)
	idBSN                        // Dutch burgerservicenummer
	idPESEL                      // Polish PESEL
	idSteuer                     // German Steuer-ID (IdNr)
	idCPF                        // Brazilian CPF
	idAadhaar                    // Indian Aadhaar
	idIIN                        // Kazakh IIN
	idRNOKPP                     // Ukrainian RNOKPP (ІПН, "INN")
	idMRZ                        // machine-readable zone of a travel document

	idAll uint16 = 1<<12 - 1
)

// natIDNames are the key and label names that announce a national id,
// folded (lower case, separators and camelCase boundaries removed), with
// the kinds they announce. A generic name counts only as a whole key
// (id_number, not order_id_number) and never as a label in free text;
// the others also end compound keys (customer_pesel, passportNumber) and
// label a number in text ("PESEL 44051401359").
//
// Left out on purpose: "cf" (Cloudflare's cf-ray, cf_clearance...; a
// codice fiscale is found anywhere anyway), "uid" (user ids), "id" and
// "steuernummer" (other numbers, other formats).
// "tin" and "inn" are short but say what they are (taxpayer
// identification number; Ukrainian ІПН written "INN") and are taken as
// whole keys only.
var natIDNames = []struct {
	name    string
	ids     uint16
	generic bool
}{
	{"nationalid", idAll, false}, {"nationalidentifier", idAll, false}, {"nationalidentitynumber", idAll, false},
	{"passport", idAll, false}, {"passportno", idAll, false}, {"passportnumber", idAll, false},
	{"taxid", idAll, false}, {"taxidentificationnumber", idAll, false}, {"taxpayerid", idAll, false},
	{"idnumber", idAll, true}, {"idno", idAll, true}, {"documentnumber", idAll, true}, {"documentno", idAll, true},
	{"docnumber", idAll, true}, {"docno", idAll, true}, {"tin", idAll, true}, {"mrz", idMRZ, false},
	{"nino", idNINO, false}, {"ninumber", idNINO, false}, {"nationalinsurancenumber", idNINO, false},
	{"nationalinsurance", idNINO, false},
	{"dni", idDNI, false}, {"nie", idDNI, false}, {"nif", idDNI, false},
	{"codicefiscale", idCF, false}, {"codfiscale", idCF, false}, {"fiscalcode", idCF, false},
	{"nir", idNIR, false}, {"insee", idNIR, false}, {"numerosecu", idNIR, false}, {"securitesociale", idNIR, false},
	{"bsn", idBSN, false}, {"burgerservicenummer", idBSN, false},
	{"pesel", idPESEL, false},
	{"steuerid", idSteuer, false}, {"steueridnr", idSteuer, false}, {"idnr", idSteuer, false},
	{"steueridentifikationsnummer", idSteuer, false},
	{"cpf", idCPF, false},
	{"aadhaar", idAadhaar, false}, {"aadhar", idAadhaar, false}, {"uidaadhaar", idAadhaar, false},
	{"iin", idIIN, false},
	{"rnokpp", idRNOKPP, false}, {"ipn", idRNOKPP, false}, {"drfo", idRNOKPP, false}, {"inn", idRNOKPP, true},
	// Other issuers' personal numbers, read in any form of digits and
	// separators (natIDAnyForm): Denmark's CPR, Sweden's and Norway's
	// personnummer and fødselsnummer, Switzerland's AHV, Austria's
	// social insurance number, Canada's SIN, Romania's CNP, Bulgaria's
	// EGN, Croatia's OIB, the former Yugoslav JMBG, Turkey's T.C. Kimlik
	// No, Japan's My Number. The short names count as whole keys only.
	{"cpr", idAll, true}, {"cprnr", idAll, false}, {"cprnummer", idAll, false},
	{"personnummer", idAll, false}, {"personnr", idAll, false}, {"fodselsnummer", idAll, false},
	{"ahv", idAll, true}, {"ahvnr", idAll, false}, {"ahvnummer", idAll, false}, {"svnr", idAll, false},
	{"sozialversicherungsnummer", idAll, false}, {"sin", idAll, true}, {"socialinsurancenumber", idAll, false},
	{"cnp", idAll, true}, {"egn", idAll, true}, {"oib", idAll, true}, {"jmbg", idAll, false},
	{"tckn", idAll, false}, {"tckimlikno", idAll, false}, {"mynumber", idAll, false},
	// The ids Presidio's recognizers cover (US ITIN, UK NHS number,
	// Australia's TFN and Medicare number, Singapore's NRIC/FIN and
	// Singpass's uinfin, Finland's HETU, Korea's resident registration
	// number, India's PAN, South Africa's and China's identity numbers), and the holder's "personal number" of ICAO 9303, as KYC
	// vendors name it (Jumio's personalNumber, Onfido's personal_number).
	{"itin", idAll, false}, {"nhsnumber", idAll, false}, {"nhsno", idAll, false}, {"nhs", idAll, false}, {"tfn", idAll, false},
	{"medicare", idAll, false}, {"chi", idAll, true}, {"chinumber", idAll, false}, // Scotland's CHI number, the NHS number's twin
	{"pannumber", idAll, false}, {"panno", idAll, false}, // not "pan": a card's number
	{"saidnumber", idAll, false}, {"identitycardno", idAll, false},
	{"medicarenumber", idAll, false}, {"medicareno", idAll, false}, {"nric", idAll, false}, {"uinfin", idAll, false},
	{"hetu", idAll, false}, {"henkilotunnus", idAll, false}, {"residentregistrationnumber", idAll, false},
	{"personalnumber", idAll, false}, {"personalidnumber", idAll, false},
	// Latin America's, Asia's, the Gulf's and Africa's personal and tax
	// numbers as KYC and payment APIs name them: Mexico's CURP (not "rfc":
	// a change request's in ITIL's service desks),
	// Chile's RUT, Argentina's CUIT and CUIL, the cédula of Colombia,
	// Ecuador and others, Indonesia's NIK and KTP, Hong Kong's HKID,
	// Malaysia's MyKad, Thailand's id card, Saudi Arabia's Iqama,
	// Pakistan's CNIC, Nigeria's NIN and BVN, India's voter id (EPIC
	// number). ("epic" alone is an issue tracker's, "run" and
	// "nid" others'.) A name's last letters decide which keys natIDKinds
	// reads whole, so none that ends as common keys do: thai, not thaiid
	// ("id" is a filler word: thai_id reads as thai; user_id's "rid",
	// session_id's "nid"); "hkid" only with its number (JWT's and
	// task_id's "kid"); not emirates nor voter (bytes, notes; counter,
	// filter), whose ids go under national_id; not "citizen", whose key
	// holds a country as often.
	{"hkidnumber", idAll, false}, {"hkidno", idAll, false},
	{"curp", idAll, false}, {"rut", idAll, false}, {"cuit", idAll, false}, {"cuil", idAll, false},
	{"cedula", idAll, false}, {"cedulaidentidad", idAll, false}, {"nik", idAll, true}, {"ktp", idAll, true},
	{"mykad", idAll, false}, {"thai", idAll, false},
	{"iqama", idAll, false}, {"cnic", idAll, false}, {"nin", idAll, true},
	{"bvn", idAll, true}, {"epicno", idAll, false}, {"epicnumber", idAll, false},
}

// natIDByLen lists the indexes in natIDNames of the names of each length:
// natIDKinds runs for every key the other rules leave unclassified.
var natIDByLen = func() (t [32][]uint8) {
	for x, e := range natIDNames {
		t[len(e.name)] = append(t[len(e.name)], uint8(x))
	}
	return t
}()

// natIDEnds marks the last three letters of the names (26*26*26 bits): a
// key whose last word but fillers ends otherwise names no id.
var natIDEnds = func() (t [(26*26*26 + 63) / 64]uint64) {
	for _, e := range natIDNames {
		x := natIDEnd3(e.name[len(e.name)-3], e.name[len(e.name)-2], e.name[len(e.name)-1])
		t[x/64] |= 1 << (x % 64)
	}
	return t
}()

// natIDEnds2 marks the last two letters of the names and of the filler
// words.
var natIDEnds2 = func() (t [26 * 26]bool) {
	for _, e := range natIDNames {
		t[int(e.name[len(e.name)-2]-'a')*26+int(e.name[len(e.name)-1]-'a')] = true
	}
	for _, f := range natIDFillers {
		t[int(f[len(f)-2]-'a')*26+int(f[len(f)-1]-'a')] = true
	}
	return t
}()

func natIDEnd3(a, b, c byte) int {
	return (int(lower(a)-'a')*26+int(lower(b)-'a'))*26 + int(lower(c)-'a')
}

// natIDEndsAsName reports, cheaply, whether name (ending with a letter or
// digit) may end with the name of an id: its letters, read without
// separators, end with the last three letters of one, or do so once the
// trailing filler words are left out (pesel_number, aadhaarNo).
func natIDEndsAsName(name []byte) bool {
	e := len(name)
	for k := 0; k < 3; k++ {
		if natIDEndsAt(name, e) {
			return true
		}
		w := natIDWordStart(name, e)
		if w == e || w == 0 || !natIDFillerFold(name[w:e]) {
			return false
		}
		for e = w; e > 0 && !isAlnum(name[e-1]); e-- {
		}
	}
	return false
}

// natIDEndsAt reports whether the last three letters before name[e]
// (separators left out, no digit among them) end a name of natIDNames.
func natIDEndsAt(name []byte, e int) bool {
	var l [3]byte
	n := 0
	for i := e - 1; i >= 0 && n < 3; i-- {
		switch c := name[i]; {
		case isAlpha(c):
			n++
			l[3-n] = c
		case isDigit(c):
			return false
		}
	}
	if n < 3 {
		return false
	}
	x := natIDEnd3(l[0], l[1], l[2])
	return natIDEnds[x/64]&(1<<(x%64)) != 0
}

// natIDWordStart returns where the word of letters that ends at name[e]
// starts: after a byte that is not a letter, or at a capital after a
// lower-case letter (taxId).
func natIDWordStart(name []byte, e int) int {
	w := e
	for w > 0 && isAlpha(name[w-1]) {
		w--
		if w > 0 && isUpper(name[w]) && 'a' <= name[w-1] && name[w-1] <= 'z' {
			break
		}
	}
	return w
}

// natIDFillerFold is natIDFiller in any case.
func natIDFillerFold(w []byte) bool {
	if len(w) > 6 {
		return false
	}
	var b [6]byte
	for i, c := range w {
		b[i] = lower(c)
	}
	return natIDFiller(b[:len(w)])
}

// natIDShortNames are the names shorter than five bytes: keyContextName
// finds them in its table of exact names (longer ones go through
// natIDKinds as compounds).
func natIDShortNames() []string {
	var out []string
	for _, e := range natIDNames {
		if len(e.name) < 5 {
			out = append(out, e.name)
		}
	}
	return out
}

// natIDFiller reports whether w is a word that may follow an id's name in
// a key or label: aadhaar_number, PESEL nr, "BSN is" (natIDFillers).
func natIDFiller(w []byte) bool {
	for _, f := range natIDFillers {
		if string(w) == f {
			return true
		}
	}
	return false
}

var natIDFillers = []string{"no", "nr", "number", "num", "nummer", "numero", "id", "is", "was"}

// natIDKinds returns the kinds of national id that name announces as a
// key (label false) or as the words before a number in free text (label
// true), 0 for none. Words are cut at separators and at camelCase
// boundaries; the name matches when its last words (without trailing
// filler words) are one of natIDNames. It does not allocate.
func natIDKinds(name []byte, label bool) uint16 {
	// Names and fillers are letters: only the tail of letters (and
	// separators) counts, cut at a word start. Most keys that reach here
	// are tokens and ids whose tail is short.
	e := len(name)
	for e > 0 && !isAlnum(name[e-1]) {
		e--
	}
	// The last two letters first (of a name or a filler), which rule out
	// most keys at once, then the last three of the words that count.
	if e < 2 || !isAlpha(name[e-1]) || !isAlpha(name[e-2]) || !natIDEnds2[int(lower(name[e-2])-'a')*26+int(lower(name[e-1])-'a')] ||
		!natIDEndsAsName(name[:e]) {
		return 0
	}
	return natIDKindsTail(name[:e], label)
}

// natIDKindsTail is natIDKinds after its cheap test, on a name that ends
// with a letter or digit.
func natIDKindsTail(name []byte, label bool) uint16 {
	e := len(name)
	t := e
	for t > 0 && e-t < 48 && !isDigit(name[t-1]) {
		t--
	}
	whole := t == 0
	for t > 0 && t < e && isAlnum(name[t-1]) && isAlnum(name[t]) && !(isUpper(name[t]) && 'a' <= name[t-1] && name[t-1] <= 'z') {
		t++ // the rest of a word the tail cut
	}
	var buf [64]byte
	var starts [8]uint8
	n, ns := 0, 0
	newWord, prevLower := true, false
	for _, c := range name[t:e] {
		if !isAlnum(c) {
			newWord, prevLower = true, false
			continue
		}
		if isUpper(c) && prevLower {
			newWord = true
		}
		if n == len(buf) {
			return 0
		}
		if newWord {
			if ns == len(starts) {
				copy(starts[:], starts[1:])
				ns--
			}
			starts[ns] = uint8(n)
			ns++
			newWord = false
		}
		buf[n] = lower(c)
		n++
		prevLower = 'a' <= c && c <= 'z'
	}
	for {
		for k := 0; k < ns; k++ {
			p := int(starts[k])
			if n-p >= len(natIDByLen) {
				continue
			}
			for _, x := range natIDByLen[n-p] {
				if e := &natIDNames[x]; string(buf[p:n]) == e.name && (!e.generic || whole && p == 0 && !label) {
					return e.ids
				}
			}
		}
		// Without a trailing filler word: "aadhaar number is".
		if ns < 2 || !natIDFiller(buf[starts[ns-1]:n]) {
			return 0
		}
		n = int(starts[ns-1])
		ns--
	}
}

// natIDKeyIDs returns the kinds a key of context ctxNatID names (0 when it
// names none), looking at it as keyContext does: the whole name, then the
// last element of a dotted path.
func natIDKeyIDs(key []byte) uint16 {
	key = keyName(key)
	if ids := natIDKinds(key, false); ids != 0 {
		return ids
	}
	if d := lastIndexByte(key, '.'); d >= 0 {
		return natIDKinds(key[d+1:], false)
	}
	return 0
}

// natIDKeyPart reports whether the key src[name:k] that names a national
// id is the tail of a longer key (or element of a dotted path) that does
// not: id_number in order_id_number, where the scanner tries the key from
// every word; a generic name counts only as a whole key.
func natIDKeyPart(src []byte, name, k int) bool {
	full := name
	for full > 0 && isKeyByte(src[full-1]) && src[full-1] != '.' {
		full--
	}
	return full < name && natIDKeyIDs(src[full:k]) == 0
}

// natIDLabel returns the kinds of id that the words before the bare number
// at src[i] (9-15 digits) name in free text ("PESEL 44051401359",
// "Aadhaar no. ...", "BSN: ..."): up to three words separated by single
// blanks, the last of them followed by the blank before src[i] (after a
// ':', '.' or '#'). A number in groups after a name is read only when a
// colon makes the name a key (scanKeyed): "36 574 261 809" alone is a
// count as often as a Steuer-ID.
func natIDLabel(src []byte, i int) uint16 {
	e := i - 1 // the blank
	if e < 1 || src[e] != ' ' {
		return 0
	}
	if c := src[e-1]; c == ':' || c == '.' || c == '#' {
		e--
	}
	start, b := e, e
	for words := 0; words < 3; words++ {
		s := b
		for s > 0 && b-s < 32 && (isAlnum(src[s-1]) || src[s-1] == '-' || src[s-1] == '_') {
			s--
		}
		if s == b || s > 0 && isAlnum(src[s-1]) {
			break
		}
		start = s
		if s < 2 || src[s-1] != ' ' || !isAlnum(src[s-2]) && src[s-2] != '.' {
			break
		}
		b = s - 1
		if src[b-1] == '.' {
			b-- // "no. 123"
		}
	}
	if start == e || possessiveNumber(src[start:e]) {
		// "my number is 0491 570 156": the writer's phone, in prose;
		// Japan's My Number is a proper name, written with capitals.
		return 0
	}
	return natIDKinds(src[start:e], true)
}

// possessiveNumber reports whether the label words l hold "my number" in
// lower case, as prose writes it.
func possessiveNumber(l []byte) bool {
	k := bytes.Index(l, myNumber)
	return k == 0 || k > 0 && l[k-1] == ' '
}

var myNumber = []byte("my number")

// natIDLabelShape reports whether the digit word at src[i] follows a word
// and a blank (possibly "word: "), where natIDLabel may find a label.
func natIDLabelShape(src []byte, i int) bool {
	if i < 2 || src[i-1] != ' ' {
		return false
	}
	c := src[i-2]
	return isAlpha(c) || c == ':' || c == '.' || c == '#'
}

// natIDDigitShape reports, cheaply, whether a national id may start at the
// digit word src[i:w] followed by c2 (0 at the end) without a key: the
// default forms that open with a digit, a bare number after a label, or an
// MRZ line: the registry's shape test (registry.go).
func natIDDigitShape(src []byte, i, w int, c2 byte) bool {
	n := len(src)
	switch wl := w - i; {
	case c2 == '<', wl == 44, wl == 36: // an MRZ line
		return true
	case wl == 9 && isAlpha(src[w-1]): // DNI 12345678Z
		return true
	case wl == 8 && c2 == '-': // DNI 12345678-Z, not a UUID's first group
		return w+1 < n && isAlpha(src[w+1]) && (w+2 == n || !isAlnum(src[w+2]))
	case wl == 1 && c2 == ' ': // NIR 1 84 12 76 451 089 46
		return i+21 <= n && src[i+4] == ' ' && src[i+7] == ' '
	case wl == 3 && c2 == '.': // CPF 123.456.789-09
		return i+14 <= n && src[i+7] == '.' && src[i+11] == '-'
	case wl == 4 && c2 == ' ' && i+14 <= n && src[i] >= '2' && src[i+9] == ' ': // Aadhaar 2341 2341 2346
		return true
	case wl >= 9 && wl <= 18: // PESEL 44051401359, a Chinese resident id after its name
		return natIDLabelShape(src, i)
	case wl >= 3 && wl <= 7 && (c2 == ' ' || c2 == '-'): // TFN 123 456 782, HETU 131052-308T
		return natIDLabelShape(src, i)
	}
	return false
}

// natIDAlphaNext[c] has bit n set when a national id may start with a
// letter word of n bytes followed by c (see natIDAlphaShape): X-1234567-L,
// AB 12 34 56 C, AB123456 C, X1234567-L, a codice fiscale, an MRZ line.
var natIDAlphaNext = func() (t [256]uint64) {
	for c := range t {
		t[c] = 1<<10 | 1<<16 | 1<<18 | 1<<30 | 1<<36 | 1<<44
	}
	t[' '] |= 1<<2 | 1<<8
	t['-'] |= 1<<1 | 1<<8
	t['<'] = ^uint64(0)
	return t
}()

// natIDAlphaMaybe is the cheap test before natIDAlphaShape on the letter
// word src[i:i+wl] followed by c2 (a word of nine needs a digit third:
// AB123456C, X1234567L).
func natIDAlphaMaybe(src []byte, i, wl int, c2 byte) bool {
	return natIDAlphaNext[c2]>>uint(wl)&1 != 0 || wl == 9 && isDigit(src[i+2])
}

// natIDAlphaShape reports, cheaply, whether a national id may start at the
// letter word src[i:w] followed by c2 (0 at the end): a NINO, a NIE, a
// codice fiscale or an MRZ line: the registry's shape test (registry.go).
func natIDAlphaShape(src []byte, i, w int, c2 byte) bool {
	n := len(src)
	switch wl := w - i; {
	case c2 == '<', wl == 44, wl == 36, wl == 30: // an MRZ line
		return true
	case wl == 9: // AB123456C, X1234567L
		return isDigit(src[i+2])
	case wl == 8: // AB123456 C, X1234567-L (not a UUID's first group)
		return c2 == ' ' && isDigit(src[i+2]) && ninoPrefix(src[i], src[i+1]) ||
			c2 == '-' && nieLetter(src[i]) >= 0 && isDigit(src[i+1]) && (w+2 >= n || !isAlnum(src[w+2]))
	case wl == 2: // AB 12 34 56 C, AB 123456 C
		return c2 == ' ' && i+5 < n && isDigit(src[i+3]) && isDigit(src[i+4]) && (src[i+5] == ' ' || isDigit(src[i+5])) &&
			ninoPrefix(src[i], src[i+1])
	case wl == 1: // X-1234567-L
		return c2 == '-' && nieLetter(src[i]) >= 0
	case wl == 16: // codice fiscale
		return isAlpha(src[i+5]) && isAlpha(src[i+8]) && isAlpha(src[i+15])
	case wl == 18: // a CURP: HEGG560427MVZRRL04
		return isDigit(src[i+4]) && isDigit(src[i+9]) && isAlpha(src[i+10]) && isDigit(src[i+17])
	case wl == 10: // an Indian PAN after its name: ABCPE1234F
		return isDigit(src[i+5]) && natIDLabelShape(src, i)
	}
	return false
}

// scanNationalID returns the national id that starts at src[i], the start
// of the word src[i:w], under the key context kc. Without a national id
// key, the word must have one of the shapes the registry's starts let
// through (natIDDigitShape, natIDAlphaShape): FuzzScanPrefilter runs this
// scan at every word.
func (s *scanner) scanNationalID(src []byte, i, w int, kc keyCtx) (hit, bool) {
	c2 := safeAt(src, w)
	if isDigit(src[i]) && kc != ctxNatID && !natIDDigitShape(src, i, w, c2) || !isDigit(src[i]) && !natIDAlphaShape(src, i, w, c2) {
		return hit{}, false
	}
	var ids uint16
	if kc == ctxNatID {
		// Only the key's value gets here with this context: which kinds
		// it names is looked up again (rare; keyInfo stays small).
		if ids = natIDKeyIDs(s.key); ids == 0 {
			ids = idAll
		}
	}
	return natIDAt(src, i, w, ids)
}

// The registry's shape tests and scan (registry.go).
func natIDDigitMay(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
	return natIDDigitShape(src, i, w, safeAt(src, w))
}

func natIDAlphaMay(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
	c2 := safeAt(src, w)
	return natIDAlphaMaybe(src, i, w-i, c2) && natIDAlphaShape(src, i, w, c2)
}

func natIDScan(s *scanner, src []byte, i, w int, kc keyCtx) (hit, bool) {
	return s.scanNationalID(src, i, w, kc)
}

// ninoFirst reports whether c (in either case) may be the first letter of
// a NINO's prefix.
func ninoFirst(c byte) bool { return isAlpha(c) && ninoBad[upperASCII(c)-'A']&1 == 0 }

// natIDValue returns the national id that starts the value at src[v] of a
// key that names the kinds ids (0: any), also in single quotes
// (pesel = '44051401359').
func natIDValue(src []byte, v int, ids uint16) (hit, bool) {
	if v < len(src) && src[v] == '\'' {
		v++
	}
	if v >= len(src) || !isAlnum(src[v]) {
		return hit{}, false
	}
	if ids == 0 {
		ids = idAll
	}
	w := v + 1
	for w < len(src) && isAlnum(src[w]) {
		w++
	}
	return natIDAt(src, v, w, ids)
}

// natIDAt returns the national id that starts at src[i], the start of the
// word src[i:w]. ids are the kinds a key names, whose bare and lower-case
// forms count; with none, only the forms found anywhere count, and a bare
// number counts when a label before it names its kind. It does not
// allocate.
func natIDAt(src []byte, i, w int, ids uint16) (hit, bool) {
	// '<' joins the fields of an MRZ line: an id glued to one is a part
	// of a longer run that is not a zone (or masking it would make one).
	if !numStart(src, i) || i > 0 && src[i-1] == '<' {
		return hit{}, false
	}
	keyed := ids != 0
	var e int
	ok := false
	if isDigit(src[i]) {
		// The form the first word's shape allows (see natIDDigitShape).
		switch wl, c2 := w-i, safeAt(src, w); {
		case c2 == '<' || wl == 36 || wl == 44:
			e, ok = scanMRZ(src, i)
		case wl == 9 || wl == 8 && c2 == '-':
			e, ok = dniAt(src, i, keyed)
		case wl == 1 && c2 == ' ':
			e, ok = nirSpacedAt(src, i)
		case wl == 3 && c2 == '.':
			e, ok = cpfPrintedAt(src, i)
		case wl == 4 && c2 == ' ':
			e, ok = aadhaarPrintedAt(src, i)
		}
		labelled := false
		if !ok && !keyed && natIDLabelShape(src, i) {
			ids = natIDLabel(src, i)
			labelled = true
		}
		if !ok && ids != 0 && (keyed || w-i >= 8) {
			e, ok = bareIDAt(src, i, w, ids)
		}
		if !ok && labelled && ids == idAll {
			e, ok = labelledIDAt(src, i)
		}
	} else {
		switch wl, c2 := w-i, safeAt(src, w); {
		case c2 == '<' || wl == 30 || wl == 36 || wl == 44:
			e, ok = scanMRZ(src, i)
		case wl == 16:
			e, ok = cfAt(src, i)
		case wl == 18:
			e, ok = curpAt(src, i)
		default: // AB123456C, AB 12 34 56 C, X1234567L, X-1234567-L
			if e, ok = ninoAt(src, i, keyed); !ok {
				e, ok = nieAt(src, i, keyed)
			}
		}
		if !ok && !keyed && natIDLabelShape(src, i) && natIDLabel(src, i) == idAll {
			e, ok = labelledIDAt(src, i)
		}
		if !ok && w-i == 10 && !keyed && panShape(src[i:w]) && panLabel(src, i) && numEnd(src, w) {
			e, ok = w, true
		}
	}
	if !ok || e < len(src) && src[e] == '<' {
		return hit{}, false
	}
	return hit{det: DetNationalID, start: i, end: e}, true
}

// curpAt reports whether the 18 bytes at src[i] are a Mexican CURP (Clave
// Única de Registro de Población, RENAPO's instructivo normativo): four
// capitals from the holder's names (the second a vowel or X), the birth
// date YYMMDD, the sex (H, M; X since 2023), the birth state's two
// letters (NE born abroad), three consonants of the names, a
// differentiator (a digit for births before 2000, a letter after) and a
// check digit: the first 17 characters valued in the alphabet
// 0-9 A-N Ñ O-Z (Ñ written as a 24th letter value), weighted 18 down to 2,
// the sum's complement to ten. It returns the id's end.
func curpAt(src []byte, i int) (int, bool) {
	if i+18 > len(src) || !numEnd(src, i+18) {
		return 0, false
	}
	v := src[i : i+18]
	for k, c := range v {
		switch {
		case k < 4 || k == 10 || k >= 11 && k < 16:
			if c < 'A' || c > 'Z' {
				return 0, false
			}
		case k < 10 || k == 17:
			if !isDigit(c) {
				return 0, false
			}
		case k == 16:
			if !isDigit(c) && (c < 'A' || c > 'Z') {
				return 0, false
			}
		}
	}
	if !curpVowel(v[1]) && v[1] != 'X' || v[10] != 'H' && v[10] != 'M' && v[10] != 'X' || !curpState(v[11], v[12]) {
		return 0, false
	}
	if m := int(v[6]-'0')*10 + int(v[7]-'0'); m < 1 || m > 12 {
		return 0, false
	}
	if d := int(v[8]-'0')*10 + int(v[9]-'0'); d < 1 || d > 31 {
		return 0, false
	}
	for _, c := range v[13:16] {
		if curpVowel(c) {
			return 0, false // consonants (X where a name has none)
		}
	}
	sum := 0
	for k, c := range v[:17] {
		val := int(c - '0')
		if c >= 'A' {
			val = int(c-'A') + 10
			if c > 'N' {
				val++ // Ñ sits between N and O
			}
		}
		sum += val * (18 - k)
	}
	if (10-sum%10)%10 != int(v[17]-'0') {
		return 0, false
	}
	return i + 18, true
}

func curpVowel(c byte) bool { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' }

// curpState reports whether ab is one of the 32 federal entities' codes
// a CURP writes, or NE (born abroad).
func curpState(a, b byte) bool {
	const states = "ASBCBSCCCLCMCSCHDFDGGTGRHGJCMCMNMSNTNLOCPLQTQRSPSLSRTCTSTLVZYNZSNE"
	for k := 0; k < len(states); k += 2 {
		if states[k] == a && states[k+1] == b {
			return true
		}
	}
	return false
}

// panShape reports whether the ten bytes v are written as India's
// Permanent Account Number: five capitals, four digits and a capital. The
// fourth capital says the holder's kind (P a person; C, H, F, A, T, B, L,
// J, G others) but is not checked: the label already says what the value
// is, and examples and test data write ABCDE1234F.
func panShape(v []byte) bool {
	for k, c := range v {
		if (k >= 5 && k < 9) != isDigit(c) || !isDigit(c) && !('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// panKey reports whether key, the key of a value that has a PAN's shape,
// names it: "pan" as the key's last word (pan, customer_pan, pan_card,
// panCard), which holds a card's number or India's tax number, told apart
// by their shapes.
func panKey(key []byte) bool {
	key = keyName(key)
	n := len(key)
	switch {
	case n >= 3 && foldEq(key[n-3:], "pan"):
		return n == 3 || !isAlpha(key[n-4]) || key[n-3] == 'P'
	case n >= 7 && foldEq(key[n-4:], "card") && (foldEq(key[:3], "pan") && (key[3] == '_' || key[3] == 'C' || key[3] == 'c')):
		return n == 7 || n == 8
	}
	return false
}

// panLabel reports whether the word before the blank before src[i] (after
// a ':' or '#' maybe) is "PAN" in any case: India's tax number, when the
// value has its shape; a card's number is "PAN" too, but has no letters.
// Not a key's name: "pan" keys hold cards.
func panLabel(src []byte, i int) bool {
	e := i - 1
	if e > 0 && (src[e-1] == ':' || src[e-1] == '#') {
		e--
	}
	return e >= 3 && foldEq(src[e-3:e], "pan") && (e == 3 || !isAlnum(src[e-4]))
}

// labelledIDAt returns the end of the id at src[i] after a label that
// names an id of no checked form (natIDLabel gave idAll: "personnummer
// 811103-1814", "NRIC S1234567D", "TFN 123 456 782", "NHS number
// 943 476 5919", "PAN ABCPE1234F"): the label says what it is, so the
// value only has to read as one (natIDAnyForm): a word of letters and
// digits and the groups joined to it by single blanks or '-' that hold a
// digit and no more than seven characters. Not a date (23 11 2026,
// 1985-03-14) or a time.
func labelledIDAt(src []byte, i int) (int, bool) {
	j, ng := i, 0
	for {
		k := j
		digit := false
		for k < len(src) && isAlnum(src[k]) {
			digit = digit || isDigit(src[k])
			k++
		}
		if k == j || ng > 0 && (!digit || k-j > 7) {
			if ng == 0 {
				return 0, false
			}
			j-- // the separator before a group that is not the id's
			break
		}
		ng++
		j = k
		if ng < 6 && j+1 < len(src) && (src[j] == ' ' || src[j] == '-') && isAlnum(src[j+1]) {
			j++
			continue
		}
		break
	}
	v := src[i:j]
	if !numEnd(src, j) || !natIDAnyForm(v) || len(v) == 10 && (v[4] == '-' || v[2] == ' ') && dateLike(v) {
		return 0, false
	}
	return j, true
}

// dateLike reports whether the ten bytes v are a date written
// YYYY-MM-DD, DD MM YYYY or DD-MM-YYYY.
func dateLike(v []byte) bool {
	return isoDateShape(v) || v[2] == v[5] && (v[2] == ' ' || v[2] == '-') && digitsOnly(v[:2]) && digitsOnly(v[3:5]) && digitsOnly(v[6:])
}

// safeAt returns src[i], 0 past the end.
func safeAt(src []byte, i int) byte {
	if i < len(src) {
		return src[i]
	}
	return 0
}

// digitsAt reports whether src[i:i+k] are k digits.
func digitsAt(src []byte, i, k int) bool {
	if i+k > len(src) {
		return false
	}
	for _, c := range src[i : i+k] {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// ninoBad marks the letters a NINO prefix does not use: bit 0 for the
// first letter, bit 1 for the second.
var ninoBad = func() (t [26]uint8) {
	for _, c := range "DFIQUV" {
		t[c-'A'] |= 1
	}
	for _, c := range "DFIOQUV" {
		t[c-'A'] |= 2
	}
	return t
}()

// ninoPrefix reports whether a and b (in either case, the same for both)
// are an allocated NINO prefix: not a letter the series leave out, and
// not BG, GB, KN, NK, NT, TN or ZZ.
func ninoPrefix(a, b byte) bool {
	if !isAlpha(a) || !isAlpha(b) || isUpper(a) != isUpper(b) {
		return false
	}
	a, b = upperASCII(a), upperASCII(b)
	if ninoBad[a-'A']&1 != 0 || ninoBad[b-'A']&2 != 0 {
		return false
	}
	switch string([]byte{a, b}) {
	case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ":
		return false
	}
	return true
}

// ninoAt returns the end of the UK National Insurance number at src[i]:
// prefix, three pairs of digits and the suffix A-D, with or without a
// single blank between the parts (AB123456C, AB 12 34 56 C, AB 123456 C).
// The letters are all upper or all lower case; in lower case, unless a key
// names the id (keyed), the number is written whole or in all of HMRC's
// groups (hh 01 02 03 d), since "at 714153d" is a word and a commit id.
func ninoAt(src []byte, i int, keyed bool) (int, bool) {
	n := len(src)
	if i+9 > n || !ninoPrefix(src[i], src[i+1]) {
		return 0, false
	}
	blanks := 0
	p := i + 2
	for k := 0; k < 3; k++ {
		if p < n && src[p] == ' ' {
			blanks++
			p++
		}
		if !digitsAt(src, p, 2) {
			return 0, false
		}
		p += 2
	}
	if p < n && src[p] == ' ' {
		blanks++
		p++
	}
	if p >= n || !keyed && !isUpper(src[i]) && blanks != 0 && blanks != 4 {
		return 0, false
	}
	s := src[p]
	if isUpper(s) != isUpper(src[i]) || upperASCII(s) < 'A' || upperASCII(s) > 'D' {
		return 0, false
	}
	if src[p-1] == ' ' && p+1 < n && src[p+1] == '=' {
		return 0, false // "AA000000 A=...": the letter after the blank is a key
	}
	p++
	return p, numEnd(src, p)
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// dniLetterOK reports whether c is the check letter of the number v: in
// upper case, or in lower case when lowerOK.
func dniLetterOK(c byte, v int, lowerOK bool) bool {
	if !isUpper(c) && !(lowerOK && 'a' <= c && c <= 'z') {
		return false
	}
	return upperASCII(c) == dniLetters[v%23]
}

// dniAt returns the end of the Spanish DNI at src[i]: eight digits, an
// optional '-' and the mod-23 check letter (12345678Z, 12345678-Z).
func dniAt(src []byte, i int, lowerOK bool) (int, bool) {
	if !digitsAt(src, i, 8) {
		return 0, false
	}
	p := i + 8
	if p < len(src) && src[p] == '-' {
		p++
	}
	if p >= len(src) || !dniLetterOK(src[p], atoi(src[i:i+8]), lowerOK) {
		return 0, false
	}
	p++
	return p, numEnd(src, p)
}

// nieLetter returns the value of a NIE's first letter (X 0, Y 1, Z 2),
// -1 for other bytes.
func nieLetter(c byte) int {
	switch c {
	case 'X', 'x':
		return 0
	case 'Y', 'y':
		return 1
	case 'Z', 'z':
		return 2
	}
	return -1
}

// nieAt returns the end of the Spanish NIE at src[i]: X, Y or Z, seven
// digits and the check letter, optionally with a '-' after the first
// letter and before the last (X1234567L, X-1234567-L, X1234567-L).
func nieAt(src []byte, i int, lowerOK bool) (int, bool) {
	f := nieLetter(src[i])
	if f < 0 || !isUpper(src[i]) && !lowerOK {
		return 0, false
	}
	p := i + 1
	if p < len(src) && src[p] == '-' {
		p++
	}
	if !digitsAt(src, p, 7) {
		return 0, false
	}
	v := f*10000000 + atoi(src[p:p+7])
	p += 7
	if p < len(src) && src[p] == '-' {
		p++
	}
	if p >= len(src) || !dniLetterOK(src[p], v, lowerOK) || isUpper(src[p]) != isUpper(src[i]) {
		return 0, false
	}
	p++
	return p, numEnd(src, p)
}

func atoi(d []byte) int {
	v := 0
	for _, c := range d {
		v = v*10 + int(c-'0')
	}
	return v
}

// cfOdd is the value of a codice fiscale character in an odd position
// (1st, 3rd, ...), by its index in 0-9 or A-Z (a digit and the letter of
// the same index count alike).
var cfOdd = [26]uint8{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}

// cfDigit returns the value of a codice fiscale date or place digit: a
// digit, or the letter that replaces it in an omocodia code (LMNPQRSTUV
// for 0-9); -1 for other bytes. c is in upper case.
func cfDigit(c byte) int {
	if isDigit(c) {
		return int(c - '0')
	}
	switch c {
	case 'L', 'M', 'N':
		return int(c - 'L')
	case 'P', 'Q', 'R', 'S', 'T', 'U', 'V':
		return int(c-'P') + 3
	}
	return -1
}

// cfMonthDays is the longest day of each month letter of a codice
// fiscale (ABCDEHLMPRST for January to December).
var cfMonthDays = func() (t [26]uint8) {
	days := [12]uint8{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	for m, c := range "ABCDEHLMPRST" {
		t[c-'A'] = days[m]
	}
	return t
}()

// cfAt returns the end of the Italian codice fiscale at src[i]: six
// letters, the year (two digits), the month letter, the day (plus 40 for
// women), the place (a letter and three digits) and the check letter;
// omocodia letters may stand for digits, replacing them from the right
// (the place's last digit first), never the year's first digit. All letters
// are in one case.
func cfAt(src []byte, i int) (int, bool) {
	if i+16 > len(src) || !isDigit(src[i+6]) {
		return 0, false
	}
	up := isUpper(src[i])
	sum := 0
	omo := false // a digit was replaced by a letter: every later one is too
	var dig [16]int
	for p := 0; p < 15; p++ {
		c := src[i+p]
		if isAlpha(c) {
			if isUpper(c) != up {
				return 0, false
			}
			c = upperASCII(c)
		}
		switch p {
		case 0, 1, 2, 3, 4, 5, 8, 11:
			if !isAlpha(c) {
				return 0, false
			}
		default:
			if dig[p] = cfDigit(c); dig[p] < 0 || omo && isDigit(c) {
				return 0, false
			}
			omo = omo || !isDigit(c)
		}
		idx := int(c - 'A')
		if isDigit(c) {
			idx = int(c - '0')
		}
		if p%2 == 0 {
			sum += int(cfOdd[idx])
		} else {
			sum += idx
		}
	}
	maxDay := int(cfMonthDays[upperASCII(src[i+8])-'A'])
	day := (dig[9]*10 + dig[10]) % 40
	if maxDay == 0 || day < 1 || day > maxDay || dig[9] > 7 {
		return 0, false
	}
	c := src[i+15]
	if !isAlpha(c) || isUpper(c) != up || int(upperASCII(c)-'A') != sum%26 {
		return 0, false
	}
	return i + 16, numEnd(src, i+16)
}

// nirValid checks the French NIR whose fifteen characters (spaces removed)
// are d: sex 1-4, 7 or 8, year, month, department (digits, or 2A/2B for
// Corsica, counted as 19 and 18), commune, serial and the key 97 - (the
// first thirteen as a number mod 97).
func nirValid(d *[15]byte) bool {
	switch d[0] {
	case '1', '2', '3', '4', '7', '8':
	default:
		return false
	}
	rem := 0
	for x := 0; x < 13; x++ {
		c := d[x]
		v := int(c - '0')
		if x == 5 && d[5] == '2' && (d[6] == 'A' || d[6] == 'B') {
			v = 1
		} else if x == 6 && d[5] == '2' && (c == 'A' || c == 'B') {
			v = 9 - int(c-'A') // 2A is 19, 2B is 18
		} else if !isDigit(c) {
			return false
		}
		rem = (rem*10 + v) % 97
	}
	if !isDigit(d[13]) || !isDigit(d[14]) {
		return false
	}
	return 97-rem == int(d[13]-'0')*10+int(d[14]-'0')
}

// nirSpacedAt returns the end of a NIR printed in its groups at src[i]:
// 1 84 12 76 451 089 46 (the department may be 2A or 2B).
func nirSpacedAt(src []byte, i int) (int, bool) {
	const shape = "# ## ## ## ### ### ##"
	if i+len(shape) > len(src) {
		return 0, false
	}
	var d [15]byte
	nd := 0
	for x := 0; x < len(shape); x++ {
		c := src[i+x]
		if shape[x] == ' ' {
			if c != ' ' {
				return 0, false
			}
			continue
		}
		if !isDigit(c) && !(x == 9 && (c == 'A' || c == 'B') && src[i+8] == '2') {
			return 0, false
		}
		d[nd] = c
		nd++
	}
	e := i + len(shape)
	return e, numEnd(src, e) && nirValid(&d)
}

// cpfValid checks the two check digits of a Brazilian CPF (eleven
// digits); numbers of one repeated digit pass the check but are not
// issued.
func cpfValid(d []byte) bool {
	same := true
	for _, c := range d[1:] {
		same = same && c == d[0]
	}
	if same {
		return false
	}
	for k := 9; k <= 10; k++ {
		sum := 0
		for x := 0; x < k; x++ {
			sum += int(d[x]-'0') * (k + 1 - x)
		}
		c := sum * 10 % 11 % 10
		if c != int(d[k]-'0') {
			return false
		}
	}
	return true
}

// cpfPrintedAt returns the end of a CPF printed as 123.456.789-09 at src[i].
func cpfPrintedAt(src []byte, i int) (int, bool) {
	if i+14 > len(src) || src[i+3] != '.' || src[i+7] != '.' || src[i+11] != '-' ||
		!digitsAt(src, i, 3) || !digitsAt(src, i+4, 3) || !digitsAt(src, i+8, 3) || !digitsAt(src, i+12, 2) {
		return 0, false
	}
	var d [11]byte
	copy(d[0:], src[i:i+3])
	copy(d[3:], src[i+4:i+7])
	copy(d[6:], src[i+8:i+11])
	copy(d[9:], src[i+12:i+14])
	e := i + 14
	return e, numEnd(src, e) && cpfValid(d[:])
}

// The Verhoeff check (dihedral group D5): verD is the group's
// multiplication, verP[k] the permutation applied to the digit k places
// from the right (the powers of verP[1]).
var verD, verP = func() (d [10][10]uint8, p [8][10]uint8) {
	for j := 0; j < 10; j++ {
		for k := 0; k < 10; k++ {
			switch {
			case j < 5 && k < 5:
				d[j][k] = uint8((j + k) % 5)
			case j < 5:
				d[j][k] = uint8(5 + (j+k)%5)
			case k < 5:
				d[j][k] = uint8(5 + (j-k+5)%5)
			default:
				d[j][k] = uint8((j - k + 5) % 5)
			}
		}
	}
	p[1] = [10]uint8{1, 5, 7, 6, 2, 8, 3, 0, 9, 4}
	for k := 0; k < 10; k++ {
		p[0][k] = uint8(k)
	}
	for r := 2; r < 8; r++ {
		for k := 0; k < 10; k++ {
			p[r][k] = p[1][p[r-1][k]]
		}
	}
	return d, p
}()

func verhoeff(d []byte) bool {
	c := uint8(0)
	for x := 0; x < len(d); x++ {
		c = verD[c][verP[x%8][d[len(d)-1-x]-'0']]
	}
	return c == 0
}

// aadhaarValid checks a twelve-digit Aadhaar: first digit 2-9, not a
// palindrome, Verhoeff check.
func aadhaarValid(d []byte) bool {
	if d[0] < '2' {
		return false
	}
	pal := true
	for x := 0; x < 6; x++ {
		pal = pal && d[x] == d[11-x]
	}
	return !pal && verhoeff(d)
}

// aadhaarPrintedAt returns the end of an Aadhaar printed in three groups of
// four separated by blanks at src[i] (2341 2341 2346), standing alone: not
// a part of a longer run of groups such as a card number. (Under a key,
// bareIDAt reads the other groupings.)
func aadhaarPrintedAt(src []byte, i int) (int, bool) {
	n := len(src)
	if i+14 > n {
		return 0, false
	}
	const sep = ' '
	if src[i+4] != sep || src[i+9] != sep || !digitsAt(src, i, 4) || !digitsAt(src, i+5, 4) || !digitsAt(src, i+10, 4) {
		return 0, false
	}
	e := i + 14
	if e+1 < n && src[e] == sep && isDigit(src[e+1]) || i >= 2 && src[i-1] == sep && isDigit(src[i-2]) || !numEnd(src, e) {
		return 0, false
	}
	var d [12]byte
	copy(d[0:], src[i:i+4])
	copy(d[4:], src[i+5:i+9])
	copy(d[8:], src[i+10:i+14])
	return e, aadhaarValid(d[:])
}

// bsnValid: the Dutch 11-test, 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by
// 11 (and not all zeros).
func bsnValid(d []byte) bool {
	sum, nz := 0, false
	for x := 0; x < 8; x++ {
		sum += int(d[x]-'0') * (9 - x)
		nz = nz || d[x] != '0'
	}
	sum -= int(d[8] - '0')
	return nz && sum%11 == 0
}

// rnokppValid: the Ukrainian taxpayer number's check digit, the weighted
// sum (-1, 5, 7, 9, 4, 6, 10, 5, 7) mod 11 mod 10.
func rnokppValid(d []byte) bool {
	w := [9]int{-1, 5, 7, 9, 4, 6, 10, 5, 7}
	sum := 0
	for x := 0; x < 9; x++ {
		sum += w[x] * int(d[x]-'0')
	}
	sum = (sum%11 + 11) % 11 % 10
	return sum == int(d[9]-'0')
}

// validDate reports whether day d of month m of year y exists.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return d <= days
}

// peselValid: the Polish PESEL's weights (1, 3, 7, 9, ...) check digit and
// its birth date, the month carrying the century (+80 for the 1800s, +20,
// +40, +60 for the 2000s, 2100s and 2200s).
func peselValid(d []byte) bool {
	w := [10]int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3}
	sum := 0
	for x := 0; x < 10; x++ {
		sum += w[x] * int(d[x]-'0')
	}
	if (10-sum%10)%10 != int(d[10]-'0') {
		return false
	}
	y, m, day := atoi(d[0:2]), atoi(d[2:4]), atoi(d[4:6])
	y += [5]int{1900, 2000, 2100, 2200, 1800}[m/20]
	return validDate(y, m%20, day)
}

// steuerValid: the German Steuer-ID: no leading 0; among the first ten
// digits exactly one digit occurs twice or three times and every other at
// most once; ISO 7064 MOD 11,10 check digit.
func steuerValid(d []byte) bool {
	if d[0] == '0' {
		return false
	}
	var cnt [10]uint8
	for _, c := range d[:10] {
		cnt[c-'0']++
	}
	multi := 0
	for _, k := range cnt {
		switch {
		case k == 2 || k == 3:
			multi++
		case k > 3:
			return false
		}
	}
	if multi != 1 {
		return false
	}
	p := 10
	for _, c := range d[:10] {
		s := (int(c-'0') + p) % 10
		if s == 0 {
			s = 10
		}
		p = 2 * s % 11
	}
	return (11-p)%10 == int(d[10]-'0')
}

// iinValid: the Kazakh IIN: birth date YYMMDD, the century and sex digit
// (1-2: 1800s, 3-4: 1900s, 5-6: 2000s), and the check digit: the weighted
// sum (weights 1 to 11) mod 11, or when that is 10 the sum with weights
// 3 to 11, 1, 2 (10 again: not issued).
func iinValid(d []byte) bool {
	cs := int(d[6] - '0')
	if cs < 1 || cs > 6 {
		return false
	}
	if !validDate(1800+100*((cs-1)/2)+atoi(d[0:2]), atoi(d[2:4]), atoi(d[4:6])) {
		return false
	}
	sum := 0
	for x := 0; x < 11; x++ {
		sum += (x + 1) * int(d[x]-'0')
	}
	c := sum % 11
	if c == 10 {
		sum = 0
		for x := 0; x < 11; x++ {
			sum += ((x+2)%11 + 1) * int(d[x]-'0')
		}
		if c = sum % 11; c == 10 {
			return false
		}
	}
	return c == int(d[11]-'0')
}

// bareValid reports whether the digits d are an id of one of the kinds
// ids, by their count.
func bareValid(d []byte, ids uint16) bool {
	switch len(d) {
	case 9:
		return ids&idBSN != 0 && bsnValid(d)
	case 10:
		return ids&idRNOKPP != 0 && rnokppValid(d)
	case 11:
		return ids&idPESEL != 0 && peselValid(d) || ids&idSteuer != 0 && steuerValid(d) || ids&idCPF != 0 && cpfValid(d)
	case 12:
		return ids&idAadhaar != 0 && aadhaarValid(d) || ids&idIIN != 0 && iinValid(d)
	case 15:
		return ids&idNIR != 0 && nirValid((*[15]byte)(d))
	}
	return false
}

// bareIDAt returns the end of the id of a kind in ids written with digits
// at src[i], the start of the word src[i:w]: one run, or groups separated
// by single blanks, dashes, dots or slashes (12 345 678 901,
// 123456789-09), of which the longest leading run of whole groups that is
// a valid id counts. A NIR with Corsica's department (2A, 2B) is one word.
func bareIDAt(src []byte, i, w int, ids uint16) (int, bool) {
	n := len(src)
	if ids&idNIR != 0 && w-i == 15 && src[i+5] == '2' && (src[i+6] == 'A' || src[i+6] == 'B') {
		var d [15]byte
		copy(d[:], src[i:w])
		return w, numEnd(src, w) && nirValid(&d)
	}
	var d [16]byte
	var ends, ndAt [6]int
	nd, ng, j := 0, 0, i
	for ng < len(ends) {
		g := j
		for j < n && isDigit(src[j]) {
			if nd == len(d) {
				return 0, false // longer than any id
			}
			d[nd] = src[j]
			nd++
			j++
		}
		if j == g {
			break
		}
		ends[ng], ndAt[ng] = j, nd
		ng++
		if j+1 < n && (src[j] == ' ' || src[j] == '-' || src[j] == '.' || src[j] == '/') && isDigit(src[j+1]) {
			j++
			continue
		}
		break
	}
	for g := ng - 1; g >= 0; g-- {
		if numEnd(src, ends[g]) && bareValid(d[:ndAt[g]], ids) {
			return ends[g], true
		}
	}
	return 0, false
}
