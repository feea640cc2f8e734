package redact

import "github.com/redactd/redactd/redact/textfmt"

// FHIR's search parameters for people (HL7 FHIR R4, Patient, Person,
// Practitioner and RelatedPerson search parameters): "family" and "given"
// hold the parts of a person's name. Alone, either word names many things
// (a font's family, an address family), so they are read as a name only
// in a query that also carries another of the people's parameters:
// GET /Patient?family=Doe&given=Jane&birthdate=1985-03-14, HAPI FHIR's
// logged Params[?family=Doe&given=Jane]. The token parameter
// "identifier" (system|value) holds a medical record number or another
// person's identifier in its value.

// fhirNameParam reports whether key is "family" or "given".
func fhirNameParam(key []byte) bool {
	return len(key) == 6 && foldEq(key, "family") || len(key) == 5 && foldEq(key, "given")
}

// fhirPeerParam reports whether key is another parameter of a person
// search: the name parts, birthdate, gender.
func fhirPeerParam(key []byte) bool {
	return fhirNameParam(key) || len(key) == 9 && foldEq(key, "birthdate") || len(key) == 6 && foldEq(key, "gender")
}

// fhirPersonQuery reports whether the query whose parameter name starts at
// src[name] (after '?' or '&') holds another person search parameter than
// that one. It looks at most 512 bytes either way, within the query: up
// to a blank, a quote or a bracket.
func fhirPersonQuery(src []byte, name int) bool {
	lo := name - 1
	for lo > 0 && name-lo < 512 && src[lo] != '?' && !queryEnd(src[lo]) {
		lo--
	}
	hi := name
	for hi < len(src) && hi-name < 512 && !queryEnd(src[hi]) {
		hi++
	}
	for k := lo; k < hi; k++ {
		if k == name || src[k] != '?' && src[k] != '&' {
			continue
		}
		e := k + 1
		for e < hi && src[e] != '=' && src[e] != '&' {
			e++
		}
		if e < hi && src[e] == '=' && k+1 != name && fhirPeerParam(src[k+1:e]) {
			return true
		}
	}
	return false
}

// queryEnd reports whether c ends a query string in a log line.
func queryEnd(c byte) bool {
	return c == ' ' || c == '"' || c == ']' || c == '#' || c == '\t' || c == '\n' || c == '\r'
}

var (
	familyNameKey = []byte("family_name")
	givenNameKey  = []byte("given_name")
)

// fhirNameParts renames the "family" and "given" parts of a split query
// that holds another person search parameter to family_name and
// given_name; narrows an identifier=system|value part to its value, named
// mrn, and a SCIM filter's part to its compared string, named by the
// attribute.
func fhirNameParts(v []byte, parts []textfmt.Field) {
	peers := 0
	for i := range parts {
		if fhirPeerParam(parts[i].Name) {
			peers++
		}
		if n := parts[i].Name; len(n) == 6 && foldEq(n, "filter") {
			// SCIM's filter=name.familyName eq "Doe" (RFC 7644
			// 3.4.2.2): the compared value takes the attribute's name.
			s, e := int(parts[i].Start), int(parts[i].End)
			if a, vs, ve := scimFilter(v[s:e]); a > 0 {
				parts[i].Name, parts[i].NameStart = v[s:s+a], -1
				parts[i].Start, parts[i].End = int32(s+vs), int32(s+ve)
			}
		}
		if n := parts[i].Name; len(n) == 10 && foldEq(n, "identifier") {
			// identifier=system|value: the value is read as a
			// document's number, the system is copied.
			s, e := int(parts[i].Start), int(parts[i].End)
			if k := fhirTokenSep(v[s:e]); k > 0 {
				parts[i].Name, parts[i].NameStart, parts[i].Start = mrnKey, -1, int32(s+k)
			}
		}
	}
	if peers < 2 {
		return
	}
	for i := range parts {
		switch n := parts[i].Name; {
		case len(n) == 6 && foldEq(n, "family"):
			parts[i].Name, parts[i].NameStart = familyNameKey, -1
		case len(n) == 5 && foldEq(n, "given"):
			parts[i].Name, parts[i].NameStart = givenNameKey, -1
		}
	}
}

// fhirTokenSep returns where the value of a FHIR token search parameter
// (identifier=system|value, the '|' written as it is or as %7C) starts in
// v, or 0 when v has no system.
func fhirTokenSep(v []byte) int {
	for k := len(v) - 1; k > 0; k-- {
		switch {
		case v[k] == '|':
			return k + 1
		case v[k] == '%' && k+2 < len(v) && v[k+1] == '7' && (v[k+2] == 'C' || v[k+2] == 'c'):
			return k + 3
		}
	}
	return 0
}

// fhirToken returns the value of a FHIR token search parameter whose
// value starts at src[j]: identifier=urn:oid:1.2.36...%7C12345, when it
// reads as a document's number (a medical record number).
func fhirToken(src []byte, j int) (hit, bool) {
	e := j
	for e < len(src) && e-j < 256 && src[e] != '&' && !queryEnd(src[e]) {
		e++
	}
	k := fhirTokenSep(src[j:e])
	if k == 0 || !docNumber(src[j+k:e]) {
		return hit{}, false
	}
	return hit{det: DetNationalID, start: j + k, end: e}, true
}

// scimFilter reads a SCIM filter of one comparison at the start of v, as
// a query carries it, percent-encoded or decoded: attrPath, a blank (' ',
// %20 or '+'), an operator (eq, ne, co, sw, ew), a blank and a quoted
// string ('"' or %22). It returns the attribute path's length and where
// the string's content starts and ends, or 0.
func scimFilter(v []byte) (attr, vs, ve int) {
	a := 0
	for a < len(v) && a <= 64 && (isAlnum(v[a]) || v[a] == '.' || v[a] == '_' || v[a] == ':') {
		a++
	}
	if a == 0 || a > 64 {
		return 0, 0, 0
	}
	k := scimBlank(v, a)
	if k == 0 || k+2 > len(v) {
		return 0, 0, 0
	}
	switch string(v[k : k+2]) {
	case "eq", "ne", "co", "sw", "ew", "EQ", "NE", "CO", "SW", "EW":
	default:
		return 0, 0, 0
	}
	k = scimBlank(v, k+2)
	if k == 0 {
		return 0, 0, 0
	}
	q := scimQuote(v, k)
	if q == 0 {
		return 0, 0, 0
	}
	for e := q; e < len(v) && e-q <= 128; e++ {
		if v[e] == '&' || v[e] == '\n' {
			break
		}
		if r := scimQuote(v, e); r > 0 {
			if e == q {
				break
			}
			return a, q, e
		}
	}
	return 0, 0, 0
}

// scimBlank returns the offset after a blank written as ' ', "%20" or '+'
// at v[k], or 0.
func scimBlank(v []byte, k int) int {
	switch {
	case k < len(v) && (v[k] == '+' || v[k] == ' '):
		return k + 1
	case k+3 <= len(v) && string(v[k:k+3]) == "%20":
		return k + 3
	}
	return 0
}

// scimQuote returns the offset after a quote written as '"' or "%22" at
// v[k], or 0.
func scimQuote(v []byte, k int) int {
	switch {
	case k < len(v) && v[k] == '"':
		return k + 1
	case k+3 <= len(v) && string(v[k:k+3]) == "%22":
		return k + 3
	}
	return 0
}

// scimFilterName returns the compared string of a SCIM filter whose query
// value starts at src[j] when the attribute names a person's name
// (name.familyName, displayName).
func (s *scanner) scimFilterName(src []byte, j int) (hit, bool) {
	a, vs, ve := scimFilter(src[j:min(len(src), j+256)])
	if a == 0 || s.cachedContext(src[j:j+a]) != ctxName || src[j+vs] == '[' {
		return hit{}, false
	}
	return hit{det: DetName, start: j + vs, end: j + ve}, true
}
