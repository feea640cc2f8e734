package redact

import (
	"encoding/binary"

	"github.com/redactd/redactd/redact/textfmt"
)

// memberFlags is what the object walker reads from a member's name: whether
// the detectors can find anything in it, and which of the member names it
// weighs (see object) it is.
type memberFlags uint32

const (
	mPlain      memberFlags = 1 << iota // plainKey: no builtin detector finds anything in the name
	mAnyValue                           // anyValueKey: OpenTelemetry's "stringValue", "intValue"...
	mValue                              // valueKey: "value", "values", "propertyValue"
	mName                               // "name"
	mType                               // typeKey: "type", "kind", "object"
	mLabel                              // labelKey: "name", "alias", "key", "field", "header", "property"
	mContact                            // contactKey, of a name that starts with e, p, m or t (see object)
	mContactAny                         // contactKey: an e-mail address or a phone number (see contactAhead)
	mSecretData                         // secretDataKey: "data" or "stringData", of a Kubernetes Secret
	// mClean: the name was scanned (with the user patterns) and held
	// nothing. Not a property of the name alone but of the name under
	// this Redactor's detectors and patterns, set by the walk (see
	// markClean): a camelCase name ("requestURI", "sourceIPs") is not
	// plainKey and would be scanned in every record.
	mClean
	mLogin     // loginMember: "login", "username"... (see object)
	mLine      // "line1" or "line2", of an address object
	mNameCtx   // its key context is ctxName (a person's name, unless the object is a thing)
	mDatePart  // datePartKey: "day", "month", "year" of a date, "number" of a document, written as an object
	mAnswer    // "text": a form answer, whose meaning its sibling "field" names (Typeform's answers)
	mOperator  // a query operator ("query", "value", "$eq", "$in"...): its value is the field's above it
	mNumber    // "number": a phone number when a "type" member said so (phoneType)
	mFHIR      // FHIR's "family", "given", "display" and "reference" (see fhirMember)
	mTarget    // GitLab's audit events' target_type, target_details, entity_type and entity_path (scan_namespace.go); Duo's action and object
	mArgs      // "args": a Stasis application's arguments when the event is ARI's StasisStart (scan_keypbx.go)
	mVendorID  // "vendor_id": a device's identifierForVendor inside a "device" object
	mGraphQL   // "variables": a GraphQL request's, which its "query" binds to fields (json_graphql.go)
	mPairName  // pairKey: "<prefix>Name", which labels the "<prefix>Value" beside it (matchVariableName, headerName)
	mPairValue // pairKey: "<prefix>Value", the value the sibling "<prefix>Name" names
	mStreet    // streetColumn or "address": a street line, which makes a later sibling zip a postcode beside it
	mDICOM     // DICOM JSON's "Value" and a person name's "Alphabetic", "Ideographic", "Phonetic" (dicomMember)

	mMember = mValue | mName | mType | mLabel
	// mWeighed: the names that object's switch weighs; a member with
	// none of them (and not in a Secret's data) takes its own name as
	// its key, and the walk skips the switch.
	mWeighed = mMember | mSecretData | mLogin | mLine | mNameCtx | mAnyValue | mDatePart | mAnswer | mOperator | mNumber | mFHIR | mTarget | mArgs |
		mVendorID | mGraphQL | mPairValue | mDICOM
)

// memberInfo is everything a member's name says, worked out once per
// distinct name (memberCache): its flags and its key context.
type memberInfo struct {
	flags memberFlags
	ki    keyInfo
}

// memberInfoOf classifies the (decoded) name of a JSON member.
func memberInfoOf(key []byte) memberInfo {
	var f memberFlags
	if plainKey(key) {
		f |= mPlain
	}
	if len(key) >= 8 && anyValueKey(key) {
		f |= mAnyValue
	}
	if memberWord(key) {
		if valueKey(key) {
			f |= mValue
		}
		if len(key) == 4 && foldEq(key, "name") {
			f |= mName
		}
		if typeKey(key) {
			f |= mType
		}
		if labelKey(key) {
			f |= mLabel
		}
	}
	if secretDataKey(key) {
		f |= mSecretData
	}
	if contactKey(key) {
		f |= mContactAny
		switch lower(key[0]) {
		case 'e', 'p', 'm', 't':
			f |= mContact
		}
	}
	if loginMember(key) {
		f |= mLogin
	}
	if len(key) == 5 && (string(key) == "line1" || string(key) == "line2") || len(key) == 4 && string(key) == "line" {
		f |= mLine // Stripe's line1 and line2, FHIR's Address.line
	}
	if len(key) == 9 && string(key) == "formatted" {
		// SCIM's Address.formatted (RFC 7643 4.1.2), the whole mailing
		// address with its lines joined by newlines: a line when its
		// object is an address (a name's "formatted" is not).
		f |= mLine
	}
	if postcodeMember(key) {
		f |= mLine // zip, postcode, postal_code: an address object's postcode
	}
	if streetColumn(key) || len(key) == 7 && foldEq(key, "address") {
		f |= mStreet
	}
	if fhirMember(key) {
		f |= mFHIR
	}
	if datePartKey(key) {
		f |= mDatePart
	}
	if len(key) == 4 && string(key) == "text" {
		f |= mAnswer
	}
	if operatorKey(key) {
		f |= mOperator
	}
	if len(key) == 6 && foldEq(key, "number") {
		f |= mNumber
	}
	if len(key) == 11 && (foldEq(key, "target_type") || foldEq(key, "entity_type") || foldEq(key, "entity_path")) ||
		len(key) == 14 && foldEq(key, "target_details") || len(key) == 6 && (foldEq(key, "action") || foldEq(key, "object")) {
		f |= mTarget
	}
	if len(key) == 4 && string(key) == "args" {
		f |= mArgs
	}
	if len(key) == 9 && foldEq(key, "vendor_id") {
		f |= mVendorID
	}
	if len(key) == 9 && string(key) == "variables" {
		f |= mGraphQL
	}
	switch pairKey(key) {
	case 'n':
		f |= mPairName
	case 'v':
		f |= mPairValue
	}
	if dicomMember(key) {
		f |= mDICOM
	}
	mi := memberInfo{flags: f}
	if len(key) > 0 {
		mi.ki = keyInfoOf(key)
	}
	if k := textfmt.DICOMJSONKey(key); k != nil {
		// A DICOM JSON attribute named by its tag ("00100010":
		// PatientName) reads as the name its tag stands for.
		mi.ki = keyInfoOf(k)
	}
	if mi.ki.ctx == ctxName {
		mi.flags |= mNameCtx
	}
	return mi
}

// The member-name cache: memberSets sets of two entries, for names of up to
// memberKeyMax bytes. A record type repeats a few dozen names, and telling
// what one says costs more than the lookup. The entries are small, so that
// the table stays in the L1 cache; the bytes of names longer than 16 bytes
// (which keyWords does not hold whole) are kept apart.
const (
	memberSetBits = 8
	memberSets    = 1 << memberSetBits
	memberKeyMax  = 40
)

type memberEntry struct {
	w0, w1 uint64 // keyWords of the name
	n      uint8  // the name's length + 1; 0: empty
	mi     memberInfo
}

type memberCache struct {
	e    [2 * memberSets]memberEntry
	long [2 * memberSets][memberKeyMax]byte // the names of over 16 bytes
}

// keyWords returns the first and the last eight bytes of key (zero-filled
// when it is shorter): with its length they are the whole of a key of up
// to 16 bytes. A shorter key is read in one load when the slice's capacity
// allows (key aliases the record, whose next bytes are '"' and more).
func keyWords(key []byte) (w0, w1 uint64) {
	n := len(key)
	switch {
	case n >= 8:
		return binary.LittleEndian.Uint64(key), binary.LittleEndian.Uint64(key[n-8:])
	case cap(key) >= 8:
		return binary.LittleEndian.Uint64(key[:8]) & (1<<(8*uint(n)) - 1), 0
	}
	for i, c := range key {
		w0 |= uint64(c) << (8 * i)
	}
	return w0, 0
}

// lookup returns memberInfoOf(key) through the cache. It does not
// allocate.
func (c *memberCache) lookup(key []byte) memberInfo {
	n := len(key)
	if n == 0 || n > memberKeyMax {
		return memberInfoOf(key)
	}
	w0, w1 := keyWords(key)
	h := (w0*0x9e3779b97f4a7c15 ^ w1 ^ uint64(n)) * 0xc2b2ae3d27d4eb4f
	x := int(h>>(64-memberSetBits)) * 2
	for w := x; w < x+2; w++ {
		if e := &c.e[w]; int(e.n) == n+1 && e.w0 == w0 && e.w1 == w1 && (n <= 16 || string(c.long[w][:n]) == string(key)) {
			return e.mi
		}
	}
	// Two ways, the newest first, as in the key-context cache.
	c.e[x+1], c.long[x+1] = c.e[x], c.long[x]
	c.e[x] = memberEntry{w0: w0, w1: w1, n: uint8(n + 1), mi: memberInfoOf(key)}
	if n > 16 {
		copy(c.long[x][:], key)
	}
	return c.e[x].mi
}

// markClean sets mClean on the cached entry of key, if it has one: the
// walk found nothing in the name (builtin detectors and user patterns),
// which is what scanning it would find again under the same Redactor.
func (c *memberCache) markClean(key []byte) {
	n := len(key)
	if n == 0 || n > memberKeyMax {
		return
	}
	// lookup's probe: the walk looked the name up just before.
	w0, w1 := keyWords(key)
	h := (w0*0x9e3779b97f4a7c15 ^ w1 ^ uint64(n)) * 0xc2b2ae3d27d4eb4f
	x := int(h>>(64-memberSetBits)) * 2
	for w := x; w < x+2; w++ {
		if e := &c.e[w]; int(e.n) == n+1 && e.w0 == w0 && e.w1 == w1 && (n <= 16 || string(c.long[w][:n]) == string(key)) {
			e.mi.flags |= mClean
		}
	}
}

// setKeyInfo is setKey for a caller that knows what key says: ki must be
// keyInfoOf(key).
func (s *scanner) setKeyInfo(key []byte, ki keyInfo) {
	s.key, s.kfor, s.kinfo = key, key, ki
}

// infoOf is what setKey(key) would set s.kinfo to, without setting it.
func (s *scanner) infoOf(key []byte) keyInfo {
	if len(key) == 0 {
		return keyInfo{}
	}
	return s.cachedInfo(key)
}

// datePartKey reports whether key names a part of a date written as an
// object, as Stripe writes a date of birth ({"dob":{"day":14,"month":3,
// "year":1987}}), or the number of a document written as one
// ({"driversLicense":{"number":"D1234567","state":"CA"}}): under a birth
// or document key, the part is the date or the number.
func datePartKey(key []byte) bool {
	switch string(key) {
	case "day", "month", "year", "Day", "Month", "Year", "dd", "mm", "yyyy", "yy", "number", "Number", "no", "num",
		// An account's number inside a bank account's object: Open
		// Banking's {"DebtorAccount":{"Identification":...}}, Plaid's
		// {"ach":[{"account":...}]}.
		"identification", "Identification", "account",
		// A card's reference inside a card's or a credential's
		// object (cardObjectKey).
		"referenceId", "reference_id":
		return true
	}
	return false
}

// operatorKey reports whether key is a query operator whose value is
// compared with the field named above it: Elasticsearch's long forms
// ({"match":{"last_name":{"query":"Garcia"}}}, {"term":{"email":{"value":
// ...}}}) and MongoDB's operators ({"lastName":{"$eq":"Garcia"}}); or one
// side of a change to that field (old, new, previous, current...).
func operatorKey(key []byte) bool {
	if len(key) >= 3 && key[0] == '$' {
		switch string(key[1:]) {
		case "eq", "ne", "in", "nin", "regex", "gt", "gte", "lt", "lte", "all", "elemMatch", "text", "search":
			return true
		case "date", "numberLong", "numberInt", "numberDouble", "numberDecimal":
			// MongoDB Extended JSON's type wrappers, as change streams
			// and Debezium write documents ({"birth_date":{"$date":...}}):
			// the wrapped value is the field's.
			return true
		}
		return false
	}
	switch string(key) {
	case "query", "value", "values",
		// A change's two sides under the field that changed:
		// {"name":{"old":"Jan Novák","new":"Jan Nováková"}}, {"email":
		// {"previous":…,"current":…}}, {"phone":{"oldValue":…}}.
		"old", "new", "previous", "current", "prev", "oldValue", "newValue", "old_value", "new_value", "before", "after":
		return true
	}
	return false
}

// pairKey reports whether key is one half of a name/value pair of
// members that share a prefix: 'n' for "<prefix>Name" (matchVariableName,
// header_name, attributeName), 'v' for "<prefix>Value" (matchVariableValue,
// header_value), else 0. The name member's value is the name of what the
// value member holds, as in {"matchVariableName":"CookieValue:PHPSESSID",
// "matchVariableValue":"..."} of a WAF log or {"headerName":"Authorization",
// "headerValue":"..."} of an API gateway's. The suffix starts a word of its
// own (a capital after a lower-case letter or a digit, or after '_' or
// '-') and the prefix holds at least three bytes.
func pairKey(key []byte) byte {
	n := len(key)
	if n < 7 || n > memberKeyMax {
		return 0
	}
	var k int
	var kind byte
	switch key[n-1] | 0x20 {
	case 'e':
		if foldEq(key[n-4:], "name") {
			k, kind = n-4, 'n'
		} else if foldEq(key[n-5:], "value") {
			k, kind = n-5, 'v'
		} else {
			return 0
		}
	default:
		return 0
	}
	if k < 3 {
		return 0
	}
	if isUpper(key[k]) && !isUpper(key[k-1]) && isAlnum(key[k-1]) || key[k-1] == '_' || key[k-1] == '-' {
		return kind
	}
	return 0
}

// samePairPrefix reports whether the name/value pair keys name and value
// (see pairKey) have the same prefix, whatever the case of their suffixes'
// separators: matchVariableName and matchVariableValue.
func samePairPrefix(name, value []byte) bool {
	return len(name) >= 4 && len(value) >= 5 && string(name[:len(name)-4]) == string(value[:len(value)-5])
}

// dicomMember reports whether key is a member of a DICOM JSON attribute
// that holds its value (PS3.18 F.2): "Value", and a person name's
// "Alphabetic", "Ideographic" and "Phonetic" groups. Either takes the
// meaning of the attribute's tag (DICOMJSONKey) from the object's key.
func dicomMember(key []byte) bool {
	switch len(key) {
	case 5:
		return string(key) == "Value"
	case 8:
		return string(key) == "Phonetic"
	case 10:
		return string(key) == "Alphabetic"
	case 11:
		return string(key) == "Ideographic"
	}
	return false
}
