package textfmt

import "bytes"

// AppendUnquoted appends the text that raw, a Field's bytes quoted as q,
// stands for to dst and returns it: for QuoteCSV a doubled quote is one
// quote; for QuoteBackslash \" \\ \xHH (nginx) \n \r \t \b \v \f (Apache)
// are decoded and any other backslash is kept as it is; QuoteNone appends
// raw. Percent-encoding is not decoded: that belongs to the field's
// meaning (a URL), not to the log format.
//
// It does not allocate when dst has room.
func AppendUnquoted(dst, raw []byte, q Quoting) []byte {
	switch q {
	case QuoteCSV:
		for {
			k := bytes.IndexByte(raw, '"')
			if k < 0 || k+1 >= len(raw) {
				return append(dst, raw...)
			}
			dst = append(dst, raw[:k+1]...)
			raw = raw[k+1:]
			if raw[0] == '"' {
				raw = raw[1:]
			}
		}
	case QuoteBackslash:
		for {
			k := bytes.IndexByte(raw, '\\')
			if k < 0 || k+1 >= len(raw) {
				return append(dst, raw...)
			}
			dst = append(dst, raw[:k]...)
			c, n := unescape(raw[k:])
			dst = append(dst, c)
			raw = raw[k+n:]
		}
	}
	return append(dst, raw...)
}

// unescape decodes the escape at s[0] == '\\' (len(s) >= 2) and returns the
// byte and how many bytes of s it took; an unknown escape is the backslash
// alone.
func unescape(s []byte) (byte, int) {
	switch s[1] {
	case '"', '\\':
		return s[1], 2
	case 'n':
		return '\n', 2
	case 'r':
		return '\r', 2
	case 't':
		return '\t', 2
	case 'b':
		return '\b', 2
	case 'v':
		return '\v', 2
	case 'f':
		return '\f', 2
	case 'x':
		if len(s) >= 4 && hexVal[s[2]] >= 0 && hexVal[s[3]] >= 0 {
			return byte(hexVal[s[2]]<<4 | hexVal[s[3]]), 4
		}
	}
	return '\\', 1
}

var hexVal = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = int8(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c], t[c-'a'+'A'] = int8(c-'a'+10), int8(c-'a'+10)
	}
	return t
}()

// AppendQuoted appends s encoded to sit inside the quotes of a Field quoted
// as q to dst and returns it, so that a redacted value can replace the
// field's bytes: for QuoteCSV a quote is doubled; for QuoteBackslash '"'
// and '\\' get a backslash and control bytes are written \xHH, as nginx
// does. QuoteNone appends s as it is: the caller must not put the
// delimiter in an unquoted field. AppendUnquoted(AppendQuoted(s)) is s.
//
// It does not allocate when dst has room.
func AppendQuoted(dst, s []byte, q Quoting) []byte {
	switch q {
	case QuoteCSV:
		for {
			k := bytes.IndexByte(s, '"')
			if k < 0 {
				return append(dst, s...)
			}
			dst = append(dst, s[:k+1]...)
			dst = append(dst, '"')
			s = s[k+1:]
		}
	case QuoteBackslash:
		const hex = "0123456789ABCDEF"
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c < 0x20 || c == 0x7f:
				dst = append(dst, '\\', 'x', hex[c>>4], hex[c&15])
			default:
				dst = append(dst, c)
			}
		}
		return dst
	}
	return append(dst, s...)
}
