package realistic

import (
	"strconv"
	"strings"
	"time"
)

// National identity numbers: identity checks (KYC), onboarding and tax
// back-office logs, as text (id_mix) and as JSON (id_json). Each id is
// generated with its check digits or letter as the issuing authority
// publishes them:
//
//   - UK National Insurance number (HMRC): prefix letters of the allocated
//     series (first not D F I Q U V, second not D F I O Q U V, not BG GB KN
//     NK NT TN ZZ), six digits, suffix A-D; printed "AB 12 34 56 C".
//   - Spanish DNI and NIE (Ministerio del Interior): the letter is
//     TRWAGMYFPDXBNJZSQVHLCKE at the number mod 23; a NIE's X, Y, Z count
//     as 0, 1, 2.
//   - Italian codice fiscale (Agenzia delle Entrate, DM 23/12/1976):
//     surname and name consonants, year, month letter ABCDEHLMPRST, day
//     (plus 40 for women), place code, check letter from the odd/even
//     position tables mod 26; omocodia replaces digits from the right with
//     LMNPQRSTUV.
//   - French NIR (INSEE): sex, year, month, department (2A/2B count as
//     19/18), commune, order, and the key 97 - (the 13 digits mod 97);
//     printed "1 84 12 76 451 089 46".
//   - Dutch BSN: the 11-test, 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11.
//   - Polish PESEL: birth date with the century in the month, serial, sex,
//     check digit 10 - (weights 1 3 7 9 ... mod 10).
//   - German Steuer-ID (BZSt, § 139b AO): eleven digits, the first not 0,
//     one digit twice or three times among the first ten, ISO 7064 MOD
//     11,10 check digit.
//   - Brazilian CPF (Receita Federal): two mod-11 check digits; printed
//     "123.456.789-09".
//   - Indian Aadhaar (UIDAI): first digit 2-9, Verhoeff check digit;
//     printed in three groups of four.
//   - Kazakh IIN: birth date, century and sex digit, serial, check digit
//     with the weights 1-11 (or 3-11, 1, 2 when that gives 10).
//   - Ukrainian RNOKPP: days since 31.12.1899, serial, check digit from
//     the weights -1 5 7 9 4 6 10 5 7 mod 11 mod 10.
//   - Machine-readable zones (ICAO Doc 9303): TD3 passports (two lines of
//     44) and TD1 id cards (three of 30), check digits with weights 7 3 1.
//
// Where they appear: under their natural key (a JSON member, a query
// parameter named for the id, a config line `PESEL = "..."`), after their
// name in free text ("PESEL 44051401359"), and, for the forms a reader
// recognises without a name (a NINO, a DNI, a codice fiscale, a printed
// NIR, CPF or Aadhaar, an MRZ, an IBAN), also under neutral names
// (?q=..., "ref") and in free text. A bare run of digits under a neutral
// name is not planted: a log cannot tell it from an order number either.
// Look-alikes: order ids and counters of the same lengths whose check
// fails, id-shaped codes with a wrong check (nearmiss), epochs, UUIDs.

// idKind is one kind of national id.
type idKind struct {
	cat    string   // Value.Category
	keys   []string // what it is called in JSON, query strings, config
	labels []string // what free text calls it
	// value returns the id as it is stored under its key; printed, the
	// form recognisable without a key ("" when the id has none).
	value func(g *gen) (stored, printed string)
}

var idKinds = []idKind{
	{"nino", []string{"nino", "ni_number", "nationalInsuranceNumber"}, []string{"NINO", "NI number"}, (*gen).nino},
	{"dni", []string{"dni", "nif", "dni_number"}, []string{"DNI", "NIF"}, (*gen).dni},
	{"nie", []string{"nie", "nie_number"}, []string{"NIE"}, (*gen).nie},
	{"cf", []string{"codice_fiscale", "codiceFiscale", "cf"}, []string{"codice fiscale", "CF"}, (*gen).codiceFiscale},
	{"nir", []string{"nir", "insee", "numero_secu"}, []string{"NIR", "INSEE"}, (*gen).nir},
	{"bsn", []string{"bsn", "burgerservicenummer"}, []string{"BSN"}, (*gen).bsn},
	{"pesel", []string{"pesel", "customer_pesel"}, []string{"PESEL", "pesel nr"}, (*gen).pesel},
	{"steuerid", []string{"steuer_id", "steuerId", "idnr", "tax_id"}, []string{"Steuer-ID", "IdNr"}, (*gen).steuerID},
	{"cpf", []string{"cpf", "cpf_number"}, []string{"CPF"}, (*gen).cpf},
	{"aadhaar", []string{"aadhaar", "aadhaar_number", "uid_aadhaar"}, []string{"Aadhaar", "Aadhaar no."}, (*gen).aadhaar},
	{"iin", []string{"iin", "iin_number"}, []string{"IIN"}, (*gen).iin},
	{"rnokpp", []string{"rnokpp", "ipn", "inn"}, []string{"RNOKPP", "IPN"}, (*gen).rnokpp},
}

// genericIDKeys name any id.
var genericIDKeys = []string{"national_id", "nationalId", "tax_id", "document_number"}

const (
	upperAZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
)

func digitOf(b byte) int { return int(b - '0') }

// nino returns a National Insurance number, stored compact (sometimes in
// lower case), printed compact or spaced.
func (g *gen) nino() (string, string) {
	first, second := "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
	var p string
	for {
		p = string(first[g.rng.IntN(len(first))]) + string(second[g.rng.IntN(len(second))])
		switch p {
		case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ":
			continue
		}
		break
	}
	d := g.digits(6)
	s := string("ABCD"[g.rng.IntN(4)])
	compact := p + d + s
	stored := compact
	if g.pct(15) {
		stored = strings.ToLower(compact)
	}
	printed := compact
	if g.pct(50) {
		printed = p + " " + d[0:2] + " " + d[2:4] + " " + d[4:6] + " " + s
	}
	return stored, printed
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// dni returns a DNI; printed with or without a dash before the letter.
func (g *gen) dni() (string, string) {
	n := g.num(10000000, 99999999)
	v, _ := strconv.Atoi(n)
	l := string(dniLetters[v%23])
	if g.pct(30) {
		return n + l, n + "-" + l
	}
	return n + l, n + l
}

// nie returns a NIE: X, Y or Z, seven digits, the letter.
func (g *gen) nie() (string, string) {
	f := g.rng.IntN(3)
	d := g.digits(7)
	v, _ := strconv.Atoi(strconv.Itoa(f) + d)
	x, l := string("XYZ"[f]), string(dniLetters[v%23])
	switch g.rng.IntN(3) {
	case 0:
		return x + d + l, x + "-" + d + "-" + l
	case 1:
		return x + d + l, x + d + "-" + l
	}
	return x + d + l, x + d + l
}

// cfOddValues is the codice fiscale's table for characters in odd
// positions, by index in 0-9 or A-Z.
var cfOddValues = [26]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}

func cfCheck(s string) byte {
	sum := 0
	for i := 0; i < 15; i++ {
		c := s[i]
		v := int(c - 'A')
		if c >= '0' && c <= '9' {
			v = int(c - '0')
		}
		if i%2 == 0 {
			sum += cfOddValues[v]
		} else {
			sum += v
		}
	}
	return upperAZ[sum%26]
}

// codiceFiscale returns a codice fiscale, sometimes with omocodia letters,
// sometimes in lower case.
func (g *gen) codiceFiscale() (string, string) {
	cons := "BCDFGHJKLMNPQRSTVWXZ"
	b := []byte(g.chars(6, cons))
	b = append(b, g.digits(2)...)
	b = append(b, "ABCDEHLMPRST"[g.rng.IntN(12)])
	day := 1 + g.rng.IntN(28)
	if g.pct(50) {
		day += 40
	}
	b = append(b, byte('0'+day/10), byte('0'+day%10))
	b = append(b, pick(g, []string{"H501", "F205", "L219", "G273", "A944", "D612"})...)
	if g.pct(15) { // omocodia: the rightmost digits become letters
		for _, p := range []int{14, 13}[:1+g.rng.IntN(2)] {
			b[p] = "LMNPQRSTUV"[b[p]-'0']
		}
	}
	s := string(b)
	s += string(cfCheck(s))
	if g.pct(10) {
		s = strings.ToLower(s)
	}
	return s, s
}

// nirKey returns the two-digit key of the first 13 characters of a NIR.
func nirKey(s string) string {
	s = strings.Replace(strings.Replace(s, "2A", "19", 1), "2B", "18", 1)
	rem := 0
	for i := 0; i < 13; i++ {
		rem = (rem*10 + digitOf(s[i])) % 97
	}
	k := 97 - rem
	return string([]byte{byte('0' + k/10), byte('0' + k%10)})
}

// nir returns a French NIR, stored compact, printed in its groups.
func (g *gen) nir() (string, string) {
	dept := pick(g, []string{"75", "69", "13", "59", "33", "76", "2A", "2B", "44", "67"})
	s := g.num(1, 2) + g.digits(2) + twoDigits(1+g.rng.IntN(12)) + dept + g.num(100, 999) + g.num(100, 999)
	s += nirKey(s)
	printed := s[0:1] + " " + s[1:3] + " " + s[3:5] + " " + s[5:7] + " " + s[7:10] + " " + s[10:13] + " " + s[13:15]
	return s, printed
}

// bsn returns a Dutch BSN.
func (g *gen) bsn() (string, string) {
	for {
		d := g.num(1, 9) + g.digits(7)
		sum := 0
		for i := 0; i < 8; i++ {
			sum += digitOf(d[i]) * (9 - i)
		}
		if c := sum % 11; c < 10 {
			return d + strconv.Itoa(c), ""
		}
	}
}

// pesel returns a Polish PESEL of a person born 1940-2009.
func (g *gen) pesel() (string, string) {
	birth := time.Date(1940, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.rng.IntN(70*365))
	m := int(birth.Month())
	if birth.Year() >= 2000 {
		m += 20
	}
	d := birth.Format("06") + twoDigits(m) + birth.Format("02") + g.digits(4)
	w := [10]int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3}
	sum := 0
	for i := range w {
		sum += w[i] * digitOf(d[i])
	}
	return d + strconv.Itoa((10-sum%10)%10), ""
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// steuerID returns a German Steuer-ID, stored bare or in its printed
// groups (12 345 678 901), both only under a key or name.
func (g *gen) steuerID() (string, string) {
	for {
		d := g.num(1, 9) + g.digits(9)
		var cnt [10]int
		for i := 0; i < 10; i++ {
			cnt[digitOf(d[i])]++
		}
		multi, bad := 0, false
		for _, c := range cnt {
			if c == 2 || c == 3 {
				multi++
			} else if c > 3 {
				bad = true
			}
		}
		if bad || multi != 1 {
			continue
		}
		p := 10
		for i := 0; i < 10; i++ {
			s := (digitOf(d[i]) + p) % 10
			if s == 0 {
				s = 10
			}
			p = 2 * s % 11
		}
		s := d + strconv.Itoa((11-p)%10)
		if g.pct(25) {
			return s[0:2] + " " + s[2:5] + " " + s[5:8] + " " + s[8:11], ""
		}
		return s, ""
	}
}

// cpfDigits returns nine digits with their two check digits.
func cpfDigits(d string) string {
	for k := 9; k <= 10; k++ {
		sum := 0
		for i := 0; i < k; i++ {
			sum += digitOf(d[i]) * (k + 1 - i)
		}
		r := sum % 11
		c := 0
		if r >= 2 {
			c = 11 - r
		}
		d += strconv.Itoa(c)
	}
	return d
}

// cpf returns a Brazilian CPF, stored bare, printed 123.456.789-09.
func (g *gen) cpf() (string, string) {
	d := cpfDigits(g.num(100000000, 999999999))
	printed := d[0:3] + "." + d[3:6] + "." + d[6:9] + "-" + d[9:11]
	if g.pct(20) {
		return printed, printed
	}
	return d, printed
}

// The Verhoeff tables (dihedral group D5, its permutation, inverses).
var (
	vhD = [10][10]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
		{3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
		{6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
		{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}}
	vhP   = [10]int{1, 5, 7, 6, 2, 8, 3, 0, 9, 4}
	vhInv = [10]int{0, 4, 3, 2, 1, 5, 6, 7, 8, 9}
)

// verhoeffDigit returns the check digit to append to d.
func verhoeffDigit(d string) int {
	c := 0
	for i := 0; i < len(d); i++ {
		v := digitOf(d[len(d)-1-i])
		for k := 0; k < (i+1)%8; k++ { // the permutation applied i+1 times
			v = vhP[v]
		}
		c = vhD[c][v]
	}
	return vhInv[c]
}

// aadhaar returns an Aadhaar number, stored bare or dashed, printed in
// blank-separated fours.
func (g *gen) aadhaar() (string, string) {
	d := g.num(2, 9) + g.digits(10)
	d += strconv.Itoa(verhoeffDigit(d))
	printed := d[0:4] + " " + d[4:8] + " " + d[8:12]
	if g.pct(20) {
		return d[0:4] + "-" + d[4:8] + "-" + d[8:12], printed
	}
	return d, printed
}

// iin returns a Kazakh IIN of a person born 1950-2009.
func (g *gen) iin() (string, string) {
	for {
		birth := time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.rng.IntN(60*365))
		cs := 3 + g.rng.IntN(2)
		if birth.Year() >= 2000 {
			cs += 2
		}
		d := birth.Format("060102") + strconv.Itoa(cs) + g.digits(4)
		sum := 0
		for i := 0; i < 11; i++ {
			sum += (i + 1) * digitOf(d[i])
		}
		c := sum % 11
		if c == 10 {
			w := [11]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}
			sum = 0
			for i := 0; i < 11; i++ {
				sum += w[i] * digitOf(d[i])
			}
			if c = sum % 11; c == 10 {
				continue
			}
		}
		return d + strconv.Itoa(c), ""
	}
}

// rnokpp returns a Ukrainian RNOKPP: days from 31 December 1899 to the
// birth date, a serial with the sex, the check digit.
func (g *gen) rnokpp() (string, string) {
	days := 18000 + g.rng.IntN(20000) // 1949-2004
	d := strconv.Itoa(days) + g.digits(4)
	w := [9]int{-1, 5, 7, 9, 4, 6, 10, 5, 7}
	sum := 0
	for i := range w {
		sum += w[i] * digitOf(d[i])
	}
	return d + strconv.Itoa((sum%11+11)%11%10), ""
}

// mrzCheck is the ICAO 9303 check digit of s (weights 7, 3, 1; '<' is 0,
// A-Z are 10-35).
func mrzCheck(s string) byte {
	sum := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		v := 0
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c >= 'A' && c <= 'Z':
			v = int(c-'A') + 10
		}
		sum += v * [3]int{7, 3, 1}[i%3]
	}
	return byte('0' + sum%10)
}

func mrzPad(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s + strings.Repeat("<", n-len(s))
}

// mrzName returns surname and given names in MRZ form.
func mrzName(first, last string) string {
	up := func(s string) string {
		s = strings.ToUpper(ascii(s))
		return strings.NewReplacer("Ü", "UE", "É", "E", "Á", "A", "Í", "I", "-", "<", " ", "<").Replace(s)
	}
	return up(last) + "<<" + up(first)
}

// mrz returns the lines of a machine-readable zone: a TD3 passport (two
// lines of 44) or a TD1 id card (three lines of 30).
func (g *gen) mrz(first, last string) []string {
	state := pick(g, []string{"UTO", "D<<", "FRA", "ITA", "ESP", "POL", "UKR", "NLD"})
	docNo := g.chars(2, upperAZ) + g.digits(7)
	birth := time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.rng.IntN(55*365))
	expiry := g.now.AddDate(0, 0, 200+g.rng.IntN(3000))
	dob, exp := birth.Format("060102"), expiry.Format("060102")
	sex := pick(g, []string{"M", "F", "<"})
	if g.pct(60) {
		l1 := mrzPad("P<"+state+mrzName(first, last), 44)
		personal := "<<<<<<<<<<<<<<"
		pc := byte('<')
		if g.pct(50) {
			personal = mrzPad(g.digits(9), 14)
			pc = mrzCheck(personal)
		}
		l2 := docNo + string(mrzCheck(docNo)) + state + dob + string(mrzCheck(dob)) + sex + exp + string(mrzCheck(exp)) + personal + string(pc)
		l2 += string(mrzCheck(l2[0:10] + l2[13:20] + l2[21:43]))
		return []string{l1, l2}
	}
	l1 := mrzPad("I<"+state+docNo+string(mrzCheck(docNo)), 30)
	l2 := dob + string(mrzCheck(dob)) + sex + exp + string(mrzCheck(exp)) + state + "<<<<<<<<<<<"
	l2 += string(mrzCheck(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]))
	l3 := mrzPad(mrzName(first, last), 30)
	return []string{l1, l2, l3}
}

// ibanPrinted returns an IBAN as people type it: in groups of four with
// blanks or dashes, dashed ones sometimes in lower case.
func (g *gen) ibanPrinted() string {
	s := strings.ReplaceAll(g.iban(), " ", "")
	sep := pick(g, []string{" ", "-", ""})
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i > 0 && i%4 == 0 {
			b.WriteString(sep)
		}
		b.WriteByte(s[i])
	}
	out := b.String()
	if sep == "-" && g.pct(30) {
		out = strings.ToLower(out)
	}
	return out
}

// nearMiss returns an id-shaped code whose check fails: what a parser
// must leave (a product code, a ticket, a reference).
func (g *gen) nearMiss() string {
	bump := func(c byte) byte { return byte('0' + (digitOf(c)+1+g.rng.IntN(8))%10) }
	switch g.rng.IntN(5) {
	case 0: // DNI-shaped, wrong letter
		n := g.num(10000000, 99999999)
		v, _ := strconv.Atoi(n)
		return n + string(dniLetters[(v+1+g.rng.IntN(21))%23])
	case 1: // a CPF printed, wrong check digits
		d := []byte(cpfDigits(g.num(100000000, 999999999)))
		d[10] = bump(d[10])
		s := string(d)
		return s[0:3] + "." + s[3:6] + "." + s[6:9] + "-" + s[9:11]
	case 2: // twelve digits in fours, failing Verhoeff
		d := g.num(2, 9) + g.digits(10)
		d += strconv.Itoa((verhoeffDigit(d) + 1 + g.rng.IntN(9)) % 10)
		return d[0:4] + " " + d[4:8] + " " + d[8:12]
	case 3: // a NIR printed with a wrong key
		s, _ := g.nir()
		k := (digitOf(s[13])*10 + digitOf(s[14]) + 1 + g.rng.IntN(50)) % 97
		s = s[:13] + twoDigits(k)
		return s[0:1] + " " + s[1:3] + " " + s[3:5] + " " + s[5:7] + " " + s[7:10] + " " + s[10:13] + " " + s[13:15]
	}
	// A NINO-shaped code with a suffix no NINO has.
	s, _ := g.nino()
	return strings.ToUpper(s[:8]) + string("EFGHJ"[g.rng.IntN(5)])
}

// failingNumber returns a number of n digits that passes none of the
// checks of the ids of that length (BSN; RNOKPP; PESEL, Steuer-ID, CPF;
// Aadhaar, IIN): an order id or a counter.
func (g *gen) failingNumber(n int) string {
	for {
		d := g.num(1, 9) + g.digits(n-1)
		if !idCheckPasses(d) {
			return d
		}
	}
}

// idCheckPasses reports whether the digits d pass the check of an id of
// their length (the generator's own checks, written from the same public
// definitions as above).
func idCheckPasses(d string) bool {
	switch len(d) {
	case 9:
		sum := 0
		for i := 0; i < 8; i++ {
			sum += digitOf(d[i]) * (9 - i)
		}
		return (sum-digitOf(d[8]))%11 == 0
	case 10:
		w := [9]int{-1, 5, 7, 9, 4, 6, 10, 5, 7}
		sum := 0
		for i := range w {
			sum += w[i] * digitOf(d[i])
		}
		return (sum%11+11)%11%10 == digitOf(d[9])
	case 11:
		w := [10]int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3}
		sum := 0
		for i := range w {
			sum += w[i] * digitOf(d[i])
		}
		if (10-sum%10)%10 == digitOf(d[10]) {
			return true // PESEL's check digit, whatever the date
		}
		if cpfDigits(d[:9]) == d {
			return true
		}
		p := 10
		for i := 0; i < 10; i++ {
			s := (digitOf(d[i]) + p) % 10
			if s == 0 {
				s = 10
			}
			p = 2 * s % 11
		}
		return (11-p)%10 == digitOf(d[10]) // Steuer-ID's check digit, whatever the digits
	case 12:
		if verhoeffDigit(d[:11]) == digitOf(d[11]) {
			return true
		}
		sum := 0
		for i := 0; i < 11; i++ {
			sum += (i + 1) * digitOf(d[i])
		}
		return sum%11 == digitOf(d[11]) // IIN's first check
	}
	return false
}

// idPlant picks a kind and returns it with its stored and printed forms.
func (g *gen) idPlant() (idKind, string, string) {
	k := pick(g, idKinds)
	stored, printed := k.value(g)
	return k, stored, printed
}

// idMix is one line of a KYC service's text log: the gateway's access log
// (nginx combined) with the id in the query, an audit message naming it,
// a config dump, or an OCR result with a document's MRZ.
func (g *gen) idMix(st *streamState) Record {
	b := make([]byte, 0, 400)
	first, last := g.name()
	kind := g.rng.IntN(6)
	if kind > 1 {
		b = g.keep(b, "timestamp", g.now.Format("2006-01-02T15:04:05.000Z"), "")
	}
	switch kind {
	case 0, 1: // a request: the id under its own name, or a printed form under a neutral one
		k, stored, printed := g.idPlant()
		key, val := pick(g, k.keys), stored
		if printed != "" && g.pct(50) {
			key, val = pick(g, []string{"q", "ref", "value", "lookup", "doc"}), printed
		} else if g.pct(25) {
			key = pick(g, genericIDKeys)
		}
		if g.pct(20) {
			key, val = "iban", g.ibanPrinted()
			k = idKind{cat: "iban"}
		}
		enc := pctEnc(val, g.pct(50), false) // a blank as '+' (a form sent by GET) or %20
		g.plantAt(k.cat, val, enc)
		ip := g.ipv4()
		b = g.plant(b, "ipv4", ip, "")
		ts := g.now.Format("02/Jan/2006:15:04:05 -0700")
		g.keepAt("timestamp", ts)
		b = append(b, " - - ["+ts+"] \"GET /api/v1/kyc/lookup?"+key+"="+enc...)
		b = append(b, "&country="+pick(g, []string{"GB", "ES", "IT", "FR", "NL", "PL", "DE", "BR", "IN", "KZ", "UA"})...)
		bytes := g.num(120, 9000)
		b = append(b, " HTTP/1.1\" 200 "+bytes+" \"-\" \"okhttp/4.12.0\""...)
		g.keepAt("bytes", bytes, " 200 "+bytes+" ")
	case 2, 3: // an audit message: the id after its name, printed ones alone too
		k, stored, printed := g.idPlant()
		val, text := stored, g.idLabelled(k.labels, stored)
		if printed != "" && g.pct(40) {
			val, text = printed, printed
		}
		g.plantAt(k.cat, val)
		order := g.failingNumber(pick(g, []int{9, 10, 11, 12}))
		g.keepAt("orderid", order, "order "+order+" ")
		b = append(b, " kyc INFO identity verified for customer c-"+g.num(10000, 99999)+" ("+text+"), order "+order+" "...)
		b = append(b, pick(g, []string{"approved", "queued", "settled"})...)
		miss := g.nearMiss()
		g.keepAt("nearmiss", miss)
		b = append(b, ", ref "+miss+", processed "...)
		cnt := g.num(1, 9) + g.digits(pick(g, []int{8, 9, 10, 11})) // any digits: no name, no id
		g.keepAt("counter", cnt, "processed "+cnt+" ")
		b = append(b, cnt+" events in "...)
		ms := g.num(3, 900)
		g.keepAt("duration", ms, "in "+ms+" ms")
		b = append(b, ms+" ms"...)
	case 4: // a config or environment dump
		k, stored, _ := g.idPlant()
		key := pick(g, k.keys)
		var line string
		switch g.rng.IntN(4) {
		case 0:
			line = strings.ToUpper(key) + ` = "` + stored + `"`
		case 1:
			line = "export " + strings.ToUpper(key) + "=" + strings.ReplaceAll(stored, " ", "")
			stored = strings.ReplaceAll(stored, " ", "")
		case 2:
			line = key + ": " + stored
		default:
			line = key + " = '" + stored + "'"
		}
		g.plantAt(k.cat, stored)
		epoch := strconv.FormatInt(g.now.Unix(), 10)
		g.keepAt("epoch", epoch, "loaded_at="+epoch)
		b = append(b, " onboarding DEBUG fixture "+line+" loaded_at="+epoch...)
	default: // OCR of a document: the MRZ, its lines joined by a blank or a \n escape
		lines := g.mrz(first, last)
		sep := pick(g, []string{" ", `\n`})
		for _, l := range lines {
			g.plantAt("mrz", l)
		}
		q := "0." + g.num(80, 99)
		b = append(b, " ocr INFO document scanned quality="+q+" mrz=\""+strings.Join(lines, sep)+"\" pages="...)
		b = append(b, g.num(1, 4)...)
	}
	return Record{Line: b}
}

// idJSON is a KYC audit event as a JSON line: the customer's ids under
// their keys (strings, and numbers where a bare number is stored), the
// document's MRZ with "\n" between its lines, a message naming an id, and
// look-alikes (order ids and counters that fail every check, UUIDs).
func (g *gen) idJSON(st *streamState) Record {
	first, last := g.name()
	b := make([]byte, 0, 900)
	b = append(b, '{')
	b = g.jk(b, "ts", "timestamp", g.now.Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "service", pick(g, []string{"kyc", "onboarding", "tax-reporting", "payouts"}))
	b = g.js(b, "event", pick(g, []string{"identity.verified", "customer.updated", "document.checked"}))
	b = g.jk(b, "request_id", "requestid", g.uuid())
	b = jo(b, "customer")
	b = g.js(b, "id", "c-"+g.num(10000, 99999))
	if g.pct(60) {
		// The applicant's date of birth, as KYC APIs return it (Onfido's
		// dob, Stripe Identity's dob, FHIR's birthDate); the customer
		// record's own dates are look-alikes.
		birth := time.Date(1940, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.rng.IntN(65*365))
		form := pick(g, []string{"2006-01-02", "02/01/2006", "02.01.2006", "01/02/2006"})
		b = g.jp(b, pick(g, []string{"date_of_birth", "dob", "birthDate", "birth_date"}), "birth_date", birth.Format(form))
		b = g.jk(b, "created_at", "timestamp", g.now.AddDate(0, 0, -g.rng.IntN(900)).Format("2006-01-02"))
	}
	for n := 1 + g.rng.IntN(3); n > 0; n-- {
		k, stored, _ := g.idPlant()
		key := pick(g, k.keys)
		if g.pct(20) {
			key = pick(g, genericIDKeys)
		}
		if !strings.ContainsAny(stored, " .-") && stored[0] >= '1' && stored[0] <= '9' && allDigits(stored) && g.pct(30) {
			b = jn(b, key, stored) // stored as a JSON number
			g.plantAt(k.cat, stored)
			continue
		}
		b = g.jp(b, key, k.cat, stored)
	}
	if g.pct(30) {
		b = g.jp(b, "iban", "iban", g.ibanPrinted())
	}
	b = append(b, '}')
	if g.pct(30) {
		// The document's number under its own key, as identity
		// verification APIs return it (Stripe Identity's
		// document.number, Onfido's document_numbers, a bank's
		// passport_number). ICAO 9303 leaves the format to the issuer:
		// a letter and 7 or 8 digits, 9 digits (United States), 9 letters
		// and digits without vowels (Germany). The issuing country and
		// the expiry date beside it are not personal.
		num := pick(g, []string{
			string(rune('A'+g.rng.IntN(26))) + g.digits(pick(g, []int{7, 8})),
			g.num(1, 9) + g.digits(8),
			g.chars(1, "CFGHJK") + g.chars(8, "0123456789CFGHJKLMNPRTVWXYZ"),
		})
		key := pick(g, []string{"passport_number", "passportNumber", "passport_no", "passport"})
		b = g.jp(b, key, "passport", num)
		b = g.jk(b, key[:8]+"_expiry", "timestamp", g.now.AddDate(3+g.rng.IntN(6), 0, 0).Format("2006-01-02"))
		b = g.js(b, "issuing_country", pick(g, []string{"DE", "US", "FR", "GB"}))
	}
	if g.pct(20) {
		// A US driver's licence: each state its own format (California
		// a letter and 7 digits, Florida and Illinois a letter and 12,
		// New York 9 digits), as an object with its issuer.
		num := pick(g, []string{
			string(rune('A'+g.rng.IntN(26))) + g.digits(7),
			string(rune('A'+g.rng.IntN(26))) + g.digits(3) + "-" + g.digits(4) + "-" + g.digits(4),
			g.num(1, 9) + g.digits(8),
		})
		b = jo(b, pick(g, []string{"drivers_license", "driversLicense", "driving_licence"}))
		b = g.jp(b, "number", "passport", num)
		b = g.js(b, "state", pick(g, []string{"CA", "FL", "IL", "NY"}))
		b = append(b, '}')
	}
	if g.pct(40) {
		b = jo(b, "document")
		b = g.js(b, "type", pick(g, []string{"passport", "id_card"}))
		lines := g.mrz(first, last)
		for _, l := range lines {
			g.plantAt("mrz", l)
		}
		b = g.js(b, "mrz", strings.Join(lines, "\n"))
		b = append(b, '}')
	}
	k, stored, printed := g.idPlant()
	text, val := g.idLabelled(k.labels, stored), stored
	if printed != "" && g.pct(40) {
		text, val = printed, printed
	}
	g.plantAt(k.cat, val)
	b = g.js(b, "msg", "manual review: "+text+" matches the applicant")
	order := g.failingNumber(pick(g, []int{9, 10, 11, 12}))
	b = g.jk(b, "order_id", "orderid", order)
	cnt := g.num(1, 9) + g.digits(pick(g, []int{8, 9, 10, 11}))
	b = jn(b, "events_total", cnt)
	g.keepAt("counter", cnt, `"events_total":`+cnt)
	b = g.jk(b, "ref", "nearmiss", g.nearMiss())
	ms := g.num(3, 900)
	b = jn(b, "duration_ms", ms)
	g.keepAt("duration", ms, `"duration_ms":`+ms)
	epoch := strconv.FormatInt(g.now.UnixMilli(), 10)
	b = jn(b, "received_ms", epoch)
	g.keepAt("epoch", epoch, `"received_ms":`+epoch)
	b = g.jk(b, "sdk_version", "version", pick(g, []string{"2.14.0.3", "1.0.11.23", "10.0.19045.3693"}))
	b = g.jk(b, "trace_id", "hash", g.hexID(32))
	return Record{Line: append(b, '}')}
}

// idLabelled writes an id after one of its names in free text: "PESEL
// 44051401359", "Aadhaar no. 234123412346", and with a colon after the
// plain name when the id is in groups ("Steuer-ID: 36 574 261 809",
// "Aadhaar: 5337-4794-0993"), as forms and reports write such numbers.
func (g *gen) idLabelled(labels []string, id string) string {
	if strings.ContainsAny(id, " -") {
		return labels[0] + ": " + id
	}
	return pick(g, labels) + " " + id
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
