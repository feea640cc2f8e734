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
// The key grammar (scanKeyed) hands such a value to scanAuditHex when it
// follows its key's '=' directly; the text is decoded (NULs read as the
// blanks ausearch -i shows), scanned under the key's context (acct= is a
// login), and the whole value is masked when the text holds a detection,
// as base64 of text is (scan_b64.go): the hex cannot be rewritten in part
// without re-encoding it. Hashes, ids and syscall arguments in hex are
// lower-case or decode to bytes that are no text, and text auditd would
// have quoted (no blank, no quote, no control byte) is not its hex: either
// ends the test.

// auditHexMin is the shortest value read: three bytes ("a b").
const auditHexMin = 6

// auditHexLead marks the bytes that may begin the hex of text: the high
// digit of a printable ASCII byte (2 to 7) or of a UTF-8 lead byte (C to
// E). A NUL or a control byte does not begin a value a user typed.
var auditHexLead = func() (t [256]bool) {
	for _, c := range "234567CDE" {
		t[c] = true
	}
	return t
}()

func auditHexDigit(c byte) bool { return '0' <= c && c <= '9' || 'A' <= c && c <= 'F' }

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

// auditHexAhead reports, cheaply, whether an audit hex value may begin at
// src[v]: a lead byte and auditHexMin hex digits. It lets the key start
// run for keys no list names (cmd=, a1=).
func auditHexAhead(src []byte, v int) bool {
	if v+auditHexMin > len(src) || !auditHexLead[src[v]] {
		return false
	}
	for _, c := range src[v+1 : v+auditHexMin] {
		if !auditHexDigit(c) {
			return false
		}
	}
	return true
}

// scanAuditHex matches an audit hex value at src[v], the value of the key
// src[name:k], whose text holds a detection under the key's context.
func (s *scanner) scanAuditHex(src []byte, name, k, v int) (hit, bool) {
	if s.b64Depth > 0 {
		return hit{}, false
	}
	w := v
	for w < len(src) && auditHexDigit(src[w]) {
		w++
	}
	n := w - v
	var c2 byte
	if w < len(src) {
		c2 = src[w]
	}
	if n < auditHexMin || n%2 != 0 || !auditHexAfter(c2) {
		return hit{}, false
	}
	if cap(s.b64) < n/2 {
		s.b64 = make([]byte, n/2)
	}
	dec := s.b64[:n/2]
	special, high := false, false
	for x := range dec {
		c := byte(hexVal(src[v+2*x])<<4 | hexVal(src[v+2*x+1]))
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
		dec[x] = c
	}
	if !special || high && !utf8.Valid(dec) {
		return hit{}, false // auditd would have quoted it: not its hex
	}
	if needsView(dec) {
		// A command line's URL with %40 in it: the text is read as
		// any value is, through the decoding layer (view.go).
		dec = s.hexView.decode(dec, 0)
	}
	kc := s.cachedContext(src[name:k])
	if kc == ctxSecret && allDigits(src[v:w]) {
		// A session's or a token's number (FortiOS sessionid=58422238,
		// a PBX's SessionID): digits that happen to be hex of text.
		return hit{}, false
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
	return hit{det: det, start: v, end: w, domain: v}, true
}
