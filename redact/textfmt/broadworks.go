package textfmt

import (
	"bytes"
	"strings"
)

// BroadWorks' accounting CDRs in their comma-separated form (BroadWorks
// Accounting Call Detail Record Interface Specification): one call leg a
// line, no header, the fields in the specification's order. The first
// are the same in every release: recordId, serviceProvider, type,
// userNumber, groupNumber, direction, callingNumber,
// callingPresentationIndicator, calledNumber, the times, dialedDigits,
// networkTranslatedNumber, the device's address and Call-ID, the
// redirection's originalCalledNumber and redirectingNumber, each party
// before its presentation indicator. The fields past them (the feature
// modules' blocks) grow with each release; among them a party's name or
// number is again followed by its presentation indicator
// (otherPartyName, otherPartyNamePresentationIndicator), which is how a
// splitter that does not know the release finds it.

// BroadWorksColumns are the names of a BroadWorks CDR's first fields, in
// the specification's order, written as keys the engine reads: userNumber
// is the subscriber's, groupNumber the group's phone number, and the
// networkTranslatedNumber the called number after translation.
var BroadWorksColumns = []string{
	"record_id", "service_provider", "type", "subscriber_number", "group_phone_number", "direction",
	"calling_number", "calling_presentation_indicator", "called_number", "start_time", "user_time_zone",
	"answer_indicator", "answer_time", "release_time", "termination_cause", "network_type",
	"carrier_identification_code", "dialed_digits", "call_category", "network_call_type",
	"translated_called_number", "network_translated_group", "releasing_party", "route",
	"network_call_id", "codec", "access_device_address", "access_call_id", "spare",
	"failover_correlation_id", "spare", "group", "department", "account_code", "authorization_code",
	"original_called_number", "original_called_presentation_indicator", "original_called_reason",
	"redirecting_number", "redirecting_presentation_indicator", "redirecting_reason",
	"charge_indicator", "type_of_network", "voice_portal_calling_invocation_time",
	"local_call_id", "remote_call_id", "calling_party_category",
}

var (
	bwNames = names(BroadWorksColumns...)
	bwMore  = []byte("col")
	// bwParty names a field past the known ones that a presentation
	// indicator follows: a party's name (otherPartyName) or number.
	bwParty = []byte("other_party_display_name")
	bwTypes = [...][]byte{[]byte("Normal,"), []byte("LongDuration,"), []byte("Start,"), []byte("Intermediate,"),
		[]byte("Failover,"), []byte("End,")}
)

// LooksBroadWorksCDR reports whether rec is a BroadWorks CDR line: a
// recordId (a digit, then letters, digits, '.', '+' and '-'), a service
// provider, a CDR type ("Normal", "LongDuration"...), two numbers, and
// the direction ("Originating", "Terminating").
//
// It does not allocate.
func LooksBroadWorksCDR(rec []byte) bool {
	if len(rec) < 80 || !isDigit(rec[0]) {
		return false
	}
	// The cheap tests first: the first two commas, and the type's first
	// letter after them; the recordId's bytes last.
	i := bytes.IndexByte(rec[:80], ',')
	if i < 12 {
		return false
	}
	k := bytes.IndexByte(rec[i+1:], ',') // after the service provider
	if k < 0 {
		return false
	}
	j := i + 1 + k + 1
	if j+14 >= len(rec) || strings.IndexByte("NLSIFE", rec[j]) < 0 {
		return false
	}
	t := -1
	for x, p := range bwTypes {
		if hasPrefixAt(rec, j, p) {
			t = x
			break
		}
	}
	if t < 0 || bytes.IndexByte(rec[i+1:j], '"') >= 0 {
		return false
	}
	j += len(bwTypes[t])
	// userNumber and groupNumber: '+' and digits, or empty.
	for f := 0; f < 2; f++ {
		if j < len(rec) && rec[j] == '+' {
			j++
		}
		for j < len(rec) && isDigit(rec[j]) {
			j++
		}
		if j >= len(rec) || rec[j] != ',' {
			return false
		}
		j++
	}
	if !hasPrefixAt(rec, j, bwOrig) && !hasPrefixAt(rec, j, bwTerm) {
		return false
	}
	for _, c := range rec[1:i] {
		if !isDigit(c) && !isLetter(c) && c != '.' && c != '+' && c != '-' && c != ':' {
			return false
		}
	}
	return true
}

var (
	bwOrig = []byte("Originating,")
	bwTerm = []byte("Terminating,")
)

// SplitBroadWorksCDR appends the fields of rec, a BroadWorks CDR line, to
// dst, named by BroadWorksColumns; past them, a field that a presentation
// indicator follows is named other_party_display_name, the others col.
//
// It does not allocate beyond dst's growth.
func SplitBroadWorksCDR(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	n0 := len(dst)
	dst = splitQuotedCSV(dst, rec, bwNames)
	for k := n0 + len(BroadWorksColumns); k+1 < len(dst); k++ {
		if f := dst[k]; f.End > f.Start && presentationIndicator(rec[dst[k+1].Start:dst[k+1].End]) {
			dst[k].Name = bwParty
		} else {
			dst[k].Name = bwMore
		}
	}
	return dst
}

// presentationIndicator reports whether v is a BroadWorks presentation
// indicator: Public, Private, Anonymous or Unavailable.
func presentationIndicator(v []byte) bool {
	switch string(v) {
	case "Public", "Private", "Anonymous", "Unavailable":
		return true
	}
	return false
}

// hasPrefixAt reports whether rec[i:] starts with p.
func hasPrefixAt(rec []byte, i int, p []byte) bool {
	return i+len(p) <= len(rec) && string(rec[i:i+len(p)]) == string(p)
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
