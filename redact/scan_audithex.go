package redact

import "unicode/utf8"

// Values the Linux audit system writes in hex. auditd and the kernel write
// a field a user can set (acct=, cmd=, comm=, exe=, cwd=, proctitle=,
// EXECVE's a0=...) quoted when it is printable ASCII, and as the upper-case
// hex of its bytes, unquoted, when it holds a blank, a double quote, a
// control character or a byte above 0x7e (audit_log_n_untrustedstring,
// audit_encode_value). A login with a blank, a command line with its
// arguments (proctitle's argv keeps the NULs between them) and whatever
// they name reach the log that way, hidden from every detector.
//
// This start decodes such a value after its key's '=', scans the text (NULs
// read as the blanks ausearch -i shows), under the key's context (acct= is
// a login), and masks the whole value when the text holds a detection, as
// base64 of text is (scan_b64.go): the hex cannot be rewritten in part
// without re-encoding it. Hashes, ids and syscall arguments in hex are
// lower-case or decode to bytes that are no text, and text auditd would
// have quoted (no blank, no quote, no control byte) is not its hex: either
// ends the test.

// auditHexMin is the shortest value read: three bytes ("a b").
const auditHexMin = 6

// auditHexFirst reports whether c may begin an audit hex value.
func auditHexFirst(c byte) bool { return '0' <= c && c <= '9' || 'A' <= c && c <= 'F' }

// auditHexAfter reports whether c may follow an audit hex value: the end,
// a blank, the quote that closes a user-space record's msg='...', or the
// 0x1D before ENRICHED's interpretations.
func auditHexAfter(c byte) bool {
	switch c {
	case 0, ' ', '\'', '"', 0x1d, ',', '\t', '\n', '\r':
		return true
	}
	return false
}

// auditHexBefore reports whether the value at src[i] follows its key's '='
// (or opens src: a JSON value).
func auditHexBefore(src []byte, i int) bool {
	return i == 0 || src[i-1] == '=' && i >= 2 && isKeyByte(src[i-2])
}

// scanAuditHex matches an audit hex value at src[i] (the word src[i:w])
// whose text holds a detection under the context of its key (kc for a
// value that opens src).
func (s *scanner) scanAuditHex(src []byte, i, w int, kc keyCtx) (hit, bool) {
	n := w - i
	if s.b64Depth > 0 || n < auditHexMin || n%2 != 0 || !auditHexBefore(src, i) {
		return hit{}, false
	}
	var c2 byte
	if w < len(src) {
		c2 = src[w]
	}
	if !auditHexAfter(c2) {
		return hit{}, false
	}
	if cap(s.b64) < n/2 {
		s.b64 = make([]byte, n/2)
	}
	dec := s.b64[:n/2]
	special, high := false, false
	for k := range dec {
		a, b := src[i+2*k], src[i+2*k+1]
		if !auditHexFirst(a) || !auditHexFirst(b) {
			return hit{}, false // lower case: a hash, an id, a syscall argument
		}
		c := byte(hexVal(a)<<4 | hexVal(b))
		switch {
		case c == 0:
			c, special = ' ', true // argv's separator
		case c == '\t' || c == '\n' || c == '\r' || c == ' ' || c == '"':
			special = true
		case c < 0x20 || c == 0x7f:
			return hit{}, false
		case c > 0x7e:
			special, high = true, true
		}
		dec[k] = c
	}
	if !special || high && !utf8.Valid(dec) {
		return hit{}, false // auditd would have quoted it: not its hex
	}
	if i > 0 {
		k := i - 1
		for k > 0 && isKeyByte(src[k-1]) {
			k--
		}
		kc = keyContext(src[k : i-1])
	}
	if needsView(dec) {
		// A command line's URL with %40 in it: the text is read as
		// any value is, through the decoding layer (view.go).
		dec = s.hexView.decode(dec, 0)
	}
	h, ok := s.innerScan(dec, kc)
	if !ok {
		return hit{}, false
	}
	det := h.det
	if det == DetIPv4 || det == DetIPv6 {
		if !s.enabled[DetSecret] {
			return hit{}, false // no address to write back for the whole value
		}
		det = DetSecret
	}
	return hit{det: det, start: i, end: w, domain: i}, true
}
