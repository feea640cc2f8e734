package redact

// objectKeyID reports whether label, the string value of a "key" member
// that ends at src[end], is the id of the object it sits in rather than
// a secret key: capital letters and digits (both), as services write the
// ids of their objects, and the object's "name" member right after it.
// Duo's Admin API writes every object that way ({"key":"DU3RP9I2RHVP1X7M",
// "name":"jdoe"} for a user, DI… for an application, DP… for a phone);
// so do Jira's projects ({"key":"OPS","name":"Operations"}) in their
// short form. A key credential is mixed-case base64 or hex, or a vendor's
// token with a prefix of its own, which the detectors read in the value.
func objectKeyID(src, label []byte, end int) bool {
	if len(label) < 2 || len(label) > 40 || end+8 > len(src) || string(src[end:end+8]) != `,"name":` {
		return false
	}
	letters, digits := 0, 0
	for _, c := range label {
		switch {
		case isUpper(c):
			letters++
		case isDigit(c):
			digits++
		default:
			return false
		}
	}
	return letters > 0 && (digits > 0 || len(label) <= 10)
}
