package redact

import "net/netip"

// match is one builtin detection in a byte slice.
type match struct {
	det        Detector
	start, end int        // src[start:end] is what gets replaced
	addr       netip.Addr // DetIPv4, DetIPv6: the address as parsed, without zone
	domain     int        // DetEmail: src[domain:end] is the domain part
}

// scanner finds builtin detections in one left-to-right pass.
// Set enabled before use; key is the JSON key (or text key such as "phone=")
// of the value being scanned, empty when there is none, and gives context to
// the detectors that need it (phone numbers, secrets by key name).
type scanner struct {
	enabled [NumDetectors]bool
	key     []byte
}

// next returns the first detection that starts at or after from.
// It does not allocate.
//
// STUB: replaced by the real scanners (detectors owner).
func (s *scanner) next(src []byte, from int) (m match, ok bool) {
	return match{}, false
}
