package redact

// journalctl -o json writes a field whose value is not valid UTF-8 (or
// holds control characters) as an array of its bytes, each a number
// (systemd's JSON export format): "MESSAGE":[66,101,110,...]. A message
// with one Latin-1 byte in it carries the rest of its text that way, so
// the array is read as the text it spells, scanned like a string value,
// and written back as an array of the redacted text's bytes.
//
// Only under a journal field's name (upper-case letters, digits and '_':
// MESSAGE, _CMDLINE, SYSLOG_IDENTIFIER), where the export format puts
// them: an array of small numbers elsewhere is data.

// minJournalBytes is the shortest byte array read as text.
const minJournalBytes = 8

// journalField reports whether key is a journal field's name.
func journalField(key []byte) bool {
	if len(key) < 2 || len(key) > 64 {
		return false
	}
	letter := false
	for _, c := range key {
		switch {
		case isUpper(c):
			letter = true
		case isDigit(c) || c == '_':
		default:
			return false
		}
	}
	return letter
}

// journalBytes reads the array at src[i] ('[') as bytes into r.bytes and
// returns the index after its ']'; ok is false when it is not an array
// of at least minJournalBytes numbers from 0 to 255.
func (r *Redactor) journalBytes(i int) (end int, ok bool) {
	src := r.src
	r.bytes = r.bytes[:0]
	k := skipWS(src, i+1)
	for k < len(src) {
		v, d := 0, k
		for k < len(src) && isDigit(src[k]) && k-d < 3 {
			v = v*10 + int(src[k]-'0')
			k++
		}
		if k == d || v > 255 || k < len(src) && isDigit(src[k]) {
			return 0, false
		}
		r.bytes = append(r.bytes, byte(v))
		k = skipWS(src, k)
		if k >= len(src) {
			return 0, false
		}
		switch src[k] {
		case ',':
			k = skipWS(src, k+1)
		case ']':
			return k + 1, len(r.bytes) >= minJournalBytes
		default:
			return 0, false
		}
	}
	return 0, false
}

// journalArray redacts the byte array at src[i] under the journal field
// key as the text it spells. handled is false when it is no such array
// (the caller walks it as usual).
func (r *Redactor) journalArray(dst []byte, i int, ov Action, key []byte, ki keyInfo) (_ []byte, end int, handled bool) {
	end, ok := r.journalBytes(i)
	if !ok {
		return dst, i, false
	}
	changed, err := r.redactContent(r.bytes, ov, key, ki, strMaybe)
	if err != nil {
		r.qerr = err
		return dst, end, true
	}
	if !changed {
		return dst, end, true
	}
	dst = append(r.replace(dst, i, end), '[')
	for k, c := range r.work {
		if k > 0 {
			dst = append(dst, ',')
		}
		dst = appendUint8(dst, c)
	}
	return append(dst, ']'), end, true
}
