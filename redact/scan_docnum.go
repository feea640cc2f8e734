package redact

// The number of an identity document under a key that names one: a
// passport (ICAO 9303 leaves its number's format to the issuing state: 9
// digits in the United States, 9 letters and digits in Germany, a letter
// and 7 or 8 digits elsewhere), a driving licence (each state or country
// its own: D1234567, S123-4567-8901, MORGA753116SM9IJ) or an identity card.
// No checksum is public for most of them, so the key decides and the value
// only has to read as a document number (docNumber); N/A, none, pending,
// a country code or a date of issue under a neighbouring key stay.

// docKeyNames are the folded names (lower case, no separators) whose
// ending names a document number; docKeyWhole, only as a whole element.
var (
	docKeyNames = []string{
		"passport", "passportno", "passportnumber", "passportnum", "passportid",
		"driverslicense", "driverlicense", "driverslicence", "driverlicence", "drivinglicense", "drivinglicence",
		"driverslicenseno", "driverlicenseno", "drivinglicenceno", "drivinglicenseno",
		"driverslicensenumber", "driverlicensenumber", "drivinglicencenumber", "drivinglicensenumber",
		"licensenumberdl", "dlnumber", "dlno", "dlnum",
		"documentnumbers", // Onfido's document report: [{"value":...,"type":"document_number"}]
		"idcardnumber", "idcardno", "identitycardnumber", "identitycardno", "nationalidcardnumber",
		"reisepassnummer", "passnummer", "ausweisnummer", "personalausweisnummer", "fuehrerscheinnummer",
		"numeropasaporte", "numeropasseport", "numeropassaporto",
		// Numbers an organisation gives a person and asks for back: a
		// hospital's medical record number, an employer's personnel
		// number.
		// A vehicle's identification number (ISO 3779), as personal as
		// its plate: "vin" alone is keyContext's.
		"vinnumber", "vehiclevin", "vehicleidentificationnumber", "chassisnumber", "chassisno", "fahrgestellnummer",
		"mrnumber", "medicalrecordnumber", "medicalrecordno", "patientnumber", "patientno", "patientmrn", "mrno",
		"employeenumber", "employeeno", "employeeid", "personnelnumber", "personalnummer", "staffnumber", "empno",
		// A school's number for its student: an SIS id (Canvas's
		// sis_user_id, Blackboard's studentId), IMS LIS's person
		// sourcedId (LTI's lis_person_sourcedid), a matriculation number.
		"studentid", "studentnumber", "studentno", "sisuserid", "personsourcedid",
		"matriculationnumber", "matrikelnummer",
		// A badge an access control system issued to one person (Lenel's
		// Badge, badge_id, badgeNumber).
		"badgeid", "badgenumber", "badgeno",
	}
	// cardKeyWhole name a card's number as a whole element: a payment
	// card's PAN is the card detector's (Luhn) whatever its key, so what
	// is left under these keys is an access card's or a loyalty card's
	// number, issued to one person (Gallagher's card.number, Brivo's
	// credential.referenceId, a badge system's card_no).
	cardKeyWhole = []string{"cardnumber", "cardno", "cardnum", "credentialnumber", "accesscardnumber"}
	// cardParents are the folded elements whose number or
	// reference (cardChildren) is a card's: card.number, credential.referenceId.
	cardParents  = []string{"card", "cards", "badge", "credential", "credentials", "accesscard"}
	cardChildren = []string{"number", "referenceid", "cardnumber", "no", "num"}
	// bankKeyNames end the folded names of a bank account's number (a
	// payout's, a direct debit's); bankKeyWhole name one as a whole
	// element (account_number, acct_no: a customer's account with a
	// bank or a provider; not awsAccountNumber). Masked as an IBAN is
	// (DetIBAN). A routing number or a sort code names the bank, not the
	// holder, and stays.
	bankKeyNames = []string{"bankaccount", "bankacct", "bankaccountnumber", "bankaccountno", "bankaccountnum",
		"bankacctnumber", "bankacctno", "checkingaccount", "savingsaccount", "checkingaccountnumber",
		"savingsaccountnumber", "beneficiaryaccount", "beneficiaryaccountnumber", "debtoraccount", "creditoraccount",
		"kontonummer", "rekeningnummer", "numerodecompte", "numerocuenta", "numerodeconta", "numerodecuenta"}
	bankKeyWhole = []string{"accountnumber", "accountno", "accountnum", "acctnumber", "acctno", "acctnum",
		"clabe"} // Mexico's standardised account number (SPEI): the account itself
	docKeyWhole = append([]string{"iddocs", "iddoc", "idcard", "identitycard", "pasaporte", "passeport", "passaporto",
		"reisepass", "ausweis", "badge"}, plateKeyWhole...)
	// plateKeyWhole name a vehicle's licence plate as a whole element: the
	// keeper's, as personal as a document's number (ANPR cameras' plate,
	// Rekor's best_plate_number, a car park's kenteken or targa).
	plateKeyWhole = []string{"plate", "targa", "placa", "kenteken", "vrm", "immatriculation", "matricula", "kennzeichen"}
	// plateKeyNames end the folded names of a licence plate's key.
	plateKeyNames = []string{"licenseplate", "licenceplate", "numberplate", "platenumber", "plateno", "registrationplate",
		"kfzkennzeichen", "platetext", "vehicleplate"}
)

// docKey reports whether key (its last dotted element) names an identity
// document's number.
func docKey(key []byte) bool {
	var b [40]byte
	w, ok := lastKeyWord(key, &b)
	if !ok || len(w) < 4 && string(w) != "vrm" {
		return false
	}
	return endsIn(w, plateKeyNames) || foldIn(w, docKeyWhole) || endsIn(w, docKeyNames) || bankWord(w) ||
		foldIn(w, cardKeyWhole) || foldIn(w, cardChildren) && cardParentKey(key)
}

// cardPAN reports whether d is a payment card's whole number: 13 to 19
// digits of a known issuer that pass Luhn's check. Under a card's key it
// is reported as a card, not as a badge's number.
// Its groups may be parted by blanks or dashes ("4111 1111 1111 1111").
func cardPAN(d []byte) bool {
	if len(d) < 13 || len(d) > 23 {
		return false
	}
	var b [23]byte
	n := 0
	for k, c := range d {
		switch {
		case isDigit(c):
			b[n] = c
			n++
		case (c == ' ' || c == '-') && k > 0 && isDigit(d[k-1]):
		default:
			return false
		}
	}
	return n >= 13 && n <= 19 && luhn(b[:n]) && cardIssuer(b[:n])
}

// cardNumberKey is the key an access card's number is scanned under when
// its object says whose number it is ({"card":{"number":...}}).
var cardNumberKey = []byte("card_number")

// cardObjectKey reports whether key, an object's, names a card or a
// credential (cardParents).
func cardObjectKey(key []byte) bool {
	var b [40]byte
	w, ok := lastKeyWord(key, &b)
	return ok && len(key) > 0 && foldIn(w, cardParents)
}

// cardParentKey reports whether the element before the last of the
// dotted key is a card's or a credential's (cardParents): card.number.
func cardParentKey(key []byte) bool {
	j := len(key) - 1
	for j >= 0 && key[j] != '.' {
		j--
	}
	if j <= 0 {
		return false
	}
	k := j - 1
	for k >= 0 && key[k] != '.' {
		k--
	}
	var b [40]byte
	w, ok := lastKeyWord(key[k+1:j], &b)
	return ok && foldIn(w, cardParents)
}

// bankKey reports whether key (its last dotted element) names a bank
// account's number (bankKeyNames).
func bankKey(key []byte) bool {
	key = keyName(key) // bank_account[account_number]=: the field's name
	var b [40]byte
	w, ok := lastKeyWord(key, &b)
	return ok && bankWord(w)
}

// bankWord reports whether w, a folded key, names a bank account's number.
func bankWord(w []byte) bool {
	return endsIn(w, bankKeyNames) || foldIn(w, bankKeyWhole) || shortBankKey(w)
}

// shortBankKey reports whether key is "ach", "eft" or "bacs", a payment
// rail whose object (Plaid's auth numbers) holds an account's number: too
// short for docKey's suffixes.
func shortBankKey(key []byte) bool {
	return len(key) == 3 && (foldEq(key, "ach") || foldEq(key, "eft")) || len(key) == 4 && foldEq(key, "bacs")
}

// docDetector returns the detector a document number under key is
// reported as, and whether it is on: a bank account's is an IBAN's.
func (s *scanner) docDetector(key []byte) (Detector, bool) {
	if bankKey(key) {
		return DetIBAN, s.enabled[DetIBAN]
	}
	return DetNationalID, s.enabled[DetNationalID]
}

// lastKeyWord folds the last dotted element of key into b: letters in
// lower case, '_', '-' and blanks left out. ok is false when the element
// holds another byte or does not fit.
func lastKeyWord(key []byte, b *[40]byte) (w []byte, ok bool) {
	n := 0
	for _, c := range key {
		switch {
		case isAlpha(c):
			if n == len(b) {
				return nil, false
			}
			b[n] = lower(c)
			n++
		case c == '.':
			n = 0 // the last element of a dotted path
		case c == '_' || c == '-' || c == ' ':
		default:
			return nil, false
		}
	}
	return b[:n], true
}

// endsIn reports whether w ends with one of sufs.
func endsIn(w []byte, sufs []string) bool {
	for _, suf := range sufs {
		if len(w) >= len(suf) && string(w[len(w)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

// docNumber reports whether v reads as a document's number: 5 to 20
// letters and digits, two of them digits or more, in up to three groups
// joined by '-' or a blank (S123-4567-8901). Words (N/A, pending,
// "on file"), dates (14/03/2030, 2030-03-14) and longer text do not.
func docNumber(v []byte) bool {
	if len(v) < 5 || len(v) > 24 {
		return false
	}
	alnum, digits, seps := 0, 0, 0
	for k, c := range v {
		switch {
		case isDigit(c):
			digits++
			alnum++
		case isAlpha(c):
			alnum++
		case (c == '-' || c == ' ') && k > 0 && k < len(v)-1 && v[k-1] != '-' && v[k-1] != ' ':
			seps++
		default:
			return false
		}
	}
	if alnum < 5 || alnum > 20 || seps > 3 {
		return false
	}
	if digits < 2 {
		// Letters only: a German passport's alphabet allows it, in
		// capitals; a status word does not (VERIFIED, pending).
		return seps == 0 && alnum >= 6 && alnum <= 12 && upperWord(v) && !docStatusWord(v)
	}
	return !(seps == 2 && digits == alnum && isoDateShape(v)) // 2030-03-14
}

// natIDAnyForm reports whether v, under a key that names a national id
// or a tax number of no one country, reads as one: a document number's
// shape (docNumber, with a check digit in parentheses at most), or 8 to
// 15 digits in groups joined by '/', '.' or '-' (tax numbers:
// 12/345/67890, 181/815/08155; a check letter K after the last '-'), not
// a date.
func natIDAnyForm(v []byte) bool {
	if docNumber(v) {
		return true
	}
	if n := len(v); n > 8 && v[n-1] == ')' && v[n-3] == '(' && isAlnum(v[n-2]) {
		return docNumber(v[:n-3]) // Hong Kong's check digit: A123456(7)
	}
	if n := len(v); n > 8 && (v[n-1] == 'K' || v[n-1] == 'k') && v[n-2] == '-' {
		// Chile's RUT with its check letter: 12.345.678-K, 7654321-K.
		digits := 0
		for _, c := range v[:n-2] {
			if isDigit(c) {
				digits++
			} else if c != '.' {
				return false
			}
		}
		return digits >= 7 && digits <= 8 && isDigit(v[0])
	}
	if len(v) < 10 || len(v) > 20 || !isDigit(v[0]) || !isDigit(v[len(v)-1]) {
		return false
	}
	digits, seps := 0, 0
	for k, c := range v {
		switch {
		case isDigit(c):
			digits++
		case (c == '/' || c == '.' || c == '-') && isDigit(v[k-1]):
			seps++
		default:
			return false
		}
	}
	return digits >= 8 && digits <= 15 && seps <= 4 && !(digits == 8 && seps == 2) // 14/03/1985, 1985.03.14
}

// isoDateShape reports whether v is written YYYY-MM-DD.
func isoDateShape(v []byte) bool {
	return len(v) == 10 && v[4] == '-' && v[7] == '-'
}

// docStatusWord reports whether v is a word a record writes where a
// document's number would be: its status, or a mask.
func docStatusWord(v []byte) bool {
	switch string(v) {
	case "VERIFIED", "PENDING", "UNKNOWN", "MISSING", "REDACTED", "REQUIRED", "PROVIDED", "EXPIRED", "INVALID",
		"PASSPORT", "MASKED", "HIDDEN", "NOTSET", "UNSET", "ABSENT", "REJECTED", "APPROVED", "DECLINED":
		return true
	}
	return false
}

// bornWord reports whether the word src[i:w] is "born" (or "Born"), DOB
// (any case), birthdate or birthday before a blank: a date of birth may
// follow in prose and in the label-and-value lines of clinical and HR
// systems ("born 1987-03-14", "born on 14 March 1987", "MRN 00482913 DOB
// 03/14/1985", "birthdate 1985-03-14"). With '=' or ':' the word is a key
// (birthKeys).
func bornWord(src []byte, i, w int) bool {
	if w >= len(src) || src[w] != ' ' {
		return false
	}
	switch w - i {
	case 3:
		return src[i]|0x20 == 'd' && src[i+1]|0x20 == 'o' && src[i+2]|0x20 == 'b'
	case 4:
		return (src[i] == 'b' || src[i] == 'B') && string(src[i+1:w]) == "orn"
	case 8, 9:
		return (src[i] == 'b' || src[i] == 'B') && (string(src[i+1:w]) == "irthdate" || string(src[i+1:w]) == "irthday")
	}
	return false
}

// scanBornDate matches the date after "born" (and "on") when it is a whole
// date: two groups of digits or more, one of them a year (19xx or 20xx),
// in a numeric form (1987-03-14, 14.03.1987, 03/14/1987) or with a month's
// name (14 March 1987, March 14, 1987). A year alone ("born in 1987") or
// a count ("born 3 days ago") is not one.
func scanBornDate(src []byte, i, w int) (hit, bool) {
	if !bornWord(src, i, w) {
		return hit{}, false
	}
	v := w + 1
	if hasPrefix(src[v:], "on ") {
		v += 3
	}
	e := v
	for e < len(src) && e-v < 12 && (isAlnum(src[e]) || src[e] == '-' || src[e] == '/' || src[e] == '.') {
		e++
	}
	for e > v && src[e-1] == '.' {
		e-- // the sentence's full stop
	}
	if e == v {
		return hit{}, false
	}
	e = birthDateEnd(src, v, e)
	groups, year := 0, false
	for k := v; k < e; {
		if !isDigit(src[k]) {
			k++
			continue
		}
		s := k
		for k < e && isDigit(src[k]) {
			k++
		}
		switch {
		case k-s > 4:
			return hit{}, false
		case k-s == 4 && (src[s] == '1' && src[s+1] == '9' || src[s] == '2' && src[s+1] == '0'):
			year = true
		}
		groups++
	}
	if groups < 2 || groups > 3 || !year {
		return hit{}, false
	}
	return hit{det: DetBirthDate, start: v, end: e}, true
}

// plateKey reports whether key (its last dotted element) names a licence
// plate (plateKeyWhole, plateKeyNames).
func plateKey(key []byte) bool {
	var b [40]byte
	w, ok := lastKeyWord(key, &b)
	return ok && (foldIn(w, plateKeyWhole) || endsIn(w, plateKeyNames))
}

// plateNumber reports whether v reads as a licence plate: 3 to 10 capitals
// and digits, one of each at least, in up to three groups joined by '-' or
// a blank (B-MW 1234, AB-123-CD, AB12 CDE, 1234 BCD, 8ABC123).
func plateNumber(v []byte) bool {
	if len(v) < 3 || len(v) > 12 {
		return false
	}
	digit, letter, seps := false, false, 0
	for k, c := range v {
		switch {
		case isDigit(c):
			digit = true
		case isUpper(c):
			letter = true
		case (c == '-' || c == ' ') && k > 0 && k < len(v)-1 && v[k-1] != '-' && v[k-1] != ' ':
			seps++
		default:
			return false
		}
	}
	return digit && letter && seps <= 3
}
