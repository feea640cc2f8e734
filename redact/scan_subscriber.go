package redact

// A mobile subscriber's identities where a record names a login or a
// device without a key that says which:
//
//   - a RADIUS User-Name that a GGSN or PGW fills with the subscriber's
//     MSISDN or IMSI (3GPP TS 29.061 16.4.7: "the MSISDN, the IMSI or a
//     configured string"), alone or before an APN or realm
//     ("447700900123@ims", IMS private identities
//     "234150123456789@ims.mnc015.mcc234.3gppnetwork.org"): a radacct
//     row's username column, a detail file's User-Name;
//   - an eUICC's EID (GSMA SGP.29: 32 digits, "89", the country and
//     issuer, two check digits that make the number 1 modulo 97) under
//     the name "eid", which other records use for event ids.

// callingStationKey reports whether key names RADIUS's
// Calling-Station-Id: with separators (calling_station_id,
// Calling-Station-Id) or as FreeRADIUS's SQL schema writes the column.
func callingStationKey(key []byte) bool {
	return foldEq(key, "calling_station_id") || foldEq(key, "callingstationid")
}

// subscriberLogin reads a login v that is a subscriber's number or IMSI:
// an optional '+', ten to sixteen digits, then the end or an '@' before
// a realm. Fifteen or sixteen digits without '+' are an IMSI or an IMEI
// (DetSecret, as deviceKeys mask them; E.164 numbers that long are
// rare); fewer are a phone number when the phone scanner reads them
// whole. It does not allocate.
func (s *scanner) subscriberLogin(v []byte) (hit, bool) {
	d := 0
	if len(v) > 0 && v[0] == '+' {
		d = 1
	}
	e := d
	for e < len(v) && isDigit(v[e]) {
		e++
	}
	n := e - d
	if n < 10 || n > 16 || e < len(v) && (v[e] != '@' || e+1 == len(v)) {
		return hit{}, false
	}
	if d == 0 && n >= 15 {
		if s.enabled[DetSecret] {
			return hit{det: DetSecret, start: 0, end: e}, true
		}
		return hit{}, false
	}
	if s.enabled[DetPhone] {
		if p, ok := scanPhoneCtx(v[:e], 0); ok && p.start == 0 && p.end == e {
			return p, true
		}
	}
	return hit{}, false
}

// eidValue reports whether v is an EID: 32 digits starting 89 whose
// value is 1 modulo 97.
func eidValue(v []byte) bool {
	if len(v) != 32 || v[0] != '8' || v[1] != '9' {
		return false
	}
	r := 0
	for _, c := range v {
		if !isDigit(c) {
			return false
		}
		r = (r*10 + int(c-'0')) % 97
	}
	return r == 1
}
