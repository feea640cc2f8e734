package redact

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// The decoding layer. Detectors see decoded text and nothing else: a value
// whose bytes hold a percent escape (%3A, %253A), a JSON or nginx string
// escape (\u0040, \n, \/, \x22), rsyslog's escape of a control character
// (#012 for a line feed, #011 a tab, #015 a carriage return: a multi-line
// entry shipped through syslog) or an invisible character (NUL and the other
// C0 controls but tab, CR and LF; DEL; U+00AD, U+200B-U+200D, U+2060,
// U+FEFF) is decoded into a view first, layer after layer (an escape that
// decodes to another escape is decoded again), and the scanner runs on the
// view. Each detection is written back over the bytes of the original that
// spelled it, in the original's encoding (see appendLike), so percent-encoded
// text stays percent-encoded and a text record keeps its separators; what
// lies between detections is copied from the original unchanged.
//
// \" and \\ stay as they are: they are the structure of the JSON that a
// text line or a JSON string may hold ({\"password\":\"a\\\"b\"}), whose keys
// and quoted values the scanner reads with their escapes; decoded, an
// escaped quote would end a quoted value early. A backslash that is itself
// escaped starts nothing.
//
// A value with none of those bytes is scanned as it is: needsView is the
// only cost it pays.

// maxViewLayers bounds the decoding passes: %25253A is three, and the
// scanner decodes nothing itself.
const maxViewLayers = 4

// viewSeg is a break point of a layer's offset map: decoded bytes at and
// after v (up to the next break point) came from the source bytes at and
// after s, one for one.
type viewSeg struct{ v, s int32 }

// view is a reusable decoding of one value. Not safe for concurrent use.
type view struct {
	// plus makes the first layer decode '+' as a space, as in a query
	// string or form body (where a '+' sign is written %2B).
	plus bool
	n    int // layers in use
	buf  [maxViewLayers][]byte
	segs [maxViewLayers][]viewSeg
	cur  [maxViewLayers]int // toSrc's cursors, one per layer
}

// viewStop marks the bytes that may start something decode changes: '%',
// '\\', '#', the C0 controls but tab, LF and CR, DEL, and the lead bytes of the
// invisible characters' UTF-8 (0xC2, 0xE2, 0xEF).
var viewStop = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n' && c != '\r'
	}
	t['%'], t['\\'], t['#'], t[0x7f] = true, true, true, true
	t[0xc2], t[0xe2], t[0xef] = true, true, true
	return t
}()

const (
	swarOnes  = 0x0101010101010101 // one in every byte
	swarHighs = 0x8080808080808080 // the high bit of every byte
)

// needsView reports whether decode would change src: it holds an escape
// or an invisible character. It does not allocate.
func needsView(src []byte) bool { return nextStop(src, 0) < len(src) }

// nextStop returns the offset of the first escape or invisible character
// in src at or after i, len(src) when there is none. It reads eight bytes
// at a time while they are printable ASCII other than '%' and '\\'.
func nextStop(src []byte, i int) int {
	for {
		for ; i+8 <= len(src); i += 8 {
			x := binary.LittleEndian.Uint64(src[i:])
			// A byte below 0x20 (lo), at or above 0x7f (x, hi), or
			// equal to '%', '\\' or '#' sets its high bit in one of these.
			// (Testing for "#0" only, rsyslog's escapes, costs more in
			// these eight-byte steps than the byte loop it saves at
			// BIND's one '#' a line: measured.)
			lo := (x - 0x2020202020202020) &^ x
			hi := x + swarOnes
			pct := x ^ 0x2525252525252525
			bsl := x ^ 0x5c5c5c5c5c5c5c5c
			hsh := x ^ 0x2323232323232323
			if (lo|x|hi|(pct-swarOnes)&^pct|(bsl-swarOnes)&^bsl|(hsh-swarOnes)&^hsh)&swarHighs != 0 {
				if onlyTabs(x) {
					continue // a TSV or W3C line's separators
				}
				break
			}
		}
		end := min(i+8, len(src))
		for ; i < end; i++ {
			if viewStop[src[i]] && decodesAt(src, i) != 0 {
				return i
			}
		}
		if i >= len(src) {
			return len(src)
		}
	}
}

// onlyTabs reports whether the eight bytes x hold no stop but tabs: no
// byte at or above 0x7f, '%', '\\' or '#', and below 0x20 tabs alone. It is
// exact, where the test in nextStop may also mark the byte above a tab,
// and kept out of line so that nextStop's loop stays as short as it was.
//
//go:noinline
func onlyTabs(x uint64) bool {
	const lows = 0x7f7f7f7f7f7f7f7f
	pct := x ^ 0x2525252525252525
	bsl := x ^ 0x5c5c5c5c5c5c5c5c
	hsh := x ^ 0x2323232323232323
	if (x|(x+swarOnes)|(pct-swarOnes)&^pct|(bsl-swarOnes)&^bsl|(hsh-swarOnes)&^hsh)&swarHighs != 0 {
		return false
	}
	ctl := ^((x & lows) + 0x6060606060606060) & swarHighs // b < 0x20
	t := x ^ 0x0909090909090909
	tab := ^(((t & lows) + lows) | t) & swarHighs // b == '\t'
	return ctl&^tab == 0
}

// nextStopPlus is nextStop for a form body: a '+' stops it too.
func nextStopPlus(src []byte, i int) int {
	j := nextStop(src, i)
	if k := bytes.IndexByte(src[i:j], '+'); k >= 0 {
		return i + k
	}
	return j
}

// decodesAt returns how many bytes of src starting at i one decoding step
// consumes (0 when src[i] starts nothing decode changes).
func decodesAt(src []byte, i int) int {
	c := src[i]
	switch {
	case c == '%':
		if i+2 < len(src) && isHex(src[i+1]) && isHex(src[i+2]) && !track1Start(src, i) {
			return 3
		}
		return 0
	case c == '\\':
		if i+1 >= len(src) || i > 0 && src[i-1] == '\\' && escapedAt(src, i) {
			return 0
		}
		switch src[i+1] {
		// Not \b and \f: in text they are more often a Windows path
		// (C:\bin) than a backspace, and would decode to a control
		// character the view drops, joining the words around it. Not
		// \" and \\: see the top of this file.
		case '/':
			return 2
		case 'n', 'r', 't':
			if domainEscape(src, i) || pathEscape(src, i) || homeEscape(src, i) {
				return 0 // CORP\nathan.smith, C:\Users\nick: a Windows account or path, no newline (view_domain.go)
			}
			return 2
		case 'u':
			if i+5 < len(src) && jsonHex(src[i+2]) && jsonHex(src[i+3]) && jsonHex(src[i+4]) && jsonHex(src[i+5]) {
				return 6
			}
		case 'x':
			if i+3 < len(src) && isHex(src[i+2]) && isHex(src[i+3]) {
				return 4
			}
		}
		return 0
	case c == '#':
		if rsyslogControl(src, i) != 0 {
			return 4
		}
		return 0
	case c < 0x20 || c == 0x7f:
		if c == '\t' || c == '\n' || c == '\r' {
			return 0
		}
		return 1
	}
	return invisibleLen(src, i)
}

// rsyslogControl returns the control character that rsyslog's escape at
// src[i] stands for (escapeControlCharactersOnReceive writes '#' and three
// octal digits): a tab, line feed or carriage return, the ones that join
// the lines of a multi-line entry. 0 for anything else, and for "&#012;",
// an HTML character reference.
func rsyslogControl(src []byte, i int) byte {
	if i+3 >= len(src) || src[i+1] != '0' || src[i+2] != '1' || i > 0 && src[i-1] == '&' {
		return 0
	}
	var c byte
	switch src[i+3] {
	case '1':
		c = '\t'
	case '2':
		c = '\n'
	case '5':
		c = '\r'
	default:
		return 0
	}
	if !rsyslogJoin(src, i) {
		return 0
	}
	return c
}

// rsyslogJoin reports whether the escape src[i:i+4] joins lines as rsyslog
// writes them, not four bytes of a value (a password or a token may hold
// "#012"): another escape, a blank, a tab or a capital follows it (the next
// line's indent, "#012Caused by", "#015#012Host:"), it ends the text, or
// another escape comes right before it ("#015#012username=jdoe").
func rsyslogJoin(src []byte, i int) bool {
	if i+4 == len(src) || i >= 4 && src[i-4] == '#' && src[i-3] == '0' && src[i-2] == '1' {
		return true
	}
	switch c := src[i+4]; {
	case c == '#' || c == ' ' || c == '\t' || c == '{' || c == '[' || c == '<':
		return true
	case c >= 'A' && c <= 'Z':
		return true
	}
	return false
}

// escapedAt reports whether the backslash at src[i] is escaped: an odd
// number of backslashes comes right before it.
func escapedAt(src []byte, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && src[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

// invisibleLen returns the length of the invisible character encoded in
// UTF-8 at src[i] (soft hyphen, zero-width space/non-joiner/joiner, word
// joiner, byte order mark), 0 when there is none.
func invisibleLen(src []byte, i int) int {
	switch src[i] {
	case 0xc2:
		if i+1 < len(src) && src[i+1] == 0xad {
			return 2
		}
	case 0xe2:
		if i+2 < len(src) && (src[i+1] == 0x80 && src[i+2] >= 0x8b && src[i+2] <= 0x8d ||
			src[i+1] == 0x81 && src[i+2] == 0xa0) {
			return 3
		}
	case 0xef:
		if i+2 < len(src) && src[i+1] == 0xbb && src[i+2] == 0xbf {
			return 3
		}
	}
	return 0
}

// decode builds the view of src and returns it: src decoded layer after
// layer until no escape is left or maxViewLayers passes were made. The
// result stays valid until the next decode. It does not allocate in steady
// state.
//
// Nothing in src before first decodes (0 when the caller does not know).
func (v *view) decode(src []byte, first int) []byte {
	v.n = 0
	in := src
	for v.n < maxViewLayers {
		l := v.n
		var again bool
		v.buf[l], v.segs[l], again = decodeLayer(v.buf[l][:0], v.segs[l][:0], in, v.plus && l == 0, first)
		v.cur[l] = 0
		v.n++
		in = v.buf[l]
		if !again {
			break
		}
		if first = nextStop(in, 0); first >= len(in) {
			break
		}
	}
	return in
}

// decodeLayer appends one decoding pass of src to out, and the break points
// of its offset map to segs. again reports whether another pass may change
// out: a decoded byte may start an escape, or an invisible character was
// dropped between two bytes that may now form one.
func decodeLayer(out []byte, segs []viewSeg, src []byte, plus bool, first int) (_ []byte, _ []viewSeg, again bool) {
	last := 0
	stop := nextStop
	if plus {
		stop = nextStopPlus
	}
	for i := stop(src, first); i < len(src); i = stop(src, i) {
		n := 1
		if src[i] != '+' {
			n = decodesAt(src, i)
		}
		out = append(out, src[last:i]...)
		v := int32(len(out))
		switch c := src[i]; {
		case c == '+':
			out = append(out, ' ')
		case c == '%':
			out = append(out, byte(hexVal(src[i+1])<<4|hexVal(src[i+2])))
		case c == '#':
			out = append(out, rsyslogControl(src, i))
		case c == '\\':
			switch e := src[i+1]; e {
			case 'n', 'r', 't':
				out = append(out, controlEscape[e])
			case 'x':
				out = append(out, byte(hexVal(src[i+2])<<4|hexVal(src[i+3])))
			case 'u':
				ru := hex4(src[i+2:])
				if utf16.IsSurrogate(ru) {
					r2 := utf8.RuneError
					if i+12 <= len(src) && src[i+6] == '\\' && src[i+7] == 'u' &&
						jsonHex(src[i+8]) && jsonHex(src[i+9]) && jsonHex(src[i+10]) && jsonHex(src[i+11]) {
						r2 = utf16.DecodeRune(ru, hex4(src[i+8:]))
					}
					if r2 != utf8.RuneError {
						n = 12
					}
					ru = r2
				}
				out = utf8.AppendRune(out, ru)
			default: // '/'
				out = append(out, e)
			}
		}
		// Every decoded byte maps to the start of its escape, so that
		// no span written back ends inside one; the next byte maps to
		// the escape's end. An invisible character decodes to nothing:
		// its break point moves the source on.
		for k := v; k < int32(len(out)); k++ {
			segs = append(segs, viewSeg{k, int32(i)})
			again = again || viewStop[out[k]]
		}
		again = again || v == int32(len(out)) // an invisible character
		i += n
		segs = append(segs, viewSeg{int32(len(out)), int32(i)})
		last = i
	}
	return append(out, src[last:]...), segs, again
}

// toSrc maps an offset into the view (0 to its length) to the offset in
// the original value of the byte that decoded to it. Calls within one
// decode must not go backwards: each layer keeps a cursor. The end of the
// view maps to the end of the original.
func (v *view) toSrc(p int) int {
	for l := v.n - 1; l >= 0; l-- {
		segs := v.segs[l]
		c := v.cur[l]
		for c+1 < len(segs) && int(segs[c+1].v) <= p {
			c++
		}
		v.cur[l] = c
		if c < len(segs) && int(segs[c].v) <= p {
			p = int(segs[c].s) + p - int(segs[c].v)
		}
	}
	return p
}

// pctSafe marks the bytes a replacement may hold unencoded inside
// percent-encoded text: RFC 3986's unreserved bytes (ALPHA DIGIT - . _ ~)
// and the brackets and colon of mask tokens, IPv6 addresses and pseudonyms,
// which no query, form or header syntax takes for a separator.
var pctSafe = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		t[c] = 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' ||
			b == '-' || b == '.' || b == '_' || b == '~' || b == '[' || b == ']' || b == ':'
	}
	return t
}()

// appendLike appends rep, text written over orig, in orig's encoding. When
// orig holds a percent escape, a byte of rep is percent-encoded if orig
// spelled that byte with an escape or it is not pctSafe, with hex letters in
// the case orig used: the replacement of "2001%3adb8%3a%3a1" is
// "2001%3adb8%3a%3a", that of "2001%3Adb8%3A%3A1" "2001%3Adb8%3A%3A", that
// of "alice%40example.com" "[email]". When orig holds a backslash escape,
// quote and backslash are escaped. Otherwise rep is appended as it is.
func appendLike(dst, rep, orig []byte, scratch *[]byte) []byte {
	switch {
	case bytes.IndexByte(orig, '%') >= 0:
		// The bytes orig spells with an escape, at any layer ("%253A"
		// spells ':'). scratch holds the layers; it must not alias dst.
		var enc [4]uint64
		in := orig
		buf := (*scratch)[:0]
		hex, caseSeen := upperHex, false
		for range maxViewLayers {
			buf = buf[:0]
			more := false
			for i := 0; i < len(in); i++ {
				c := in[i]
				if c == '%' && i+2 < len(in) && isHex(in[i+1]) && isHex(in[i+2]) {
					if !caseSeen {
						// The first escape with a hex letter says the case.
						for _, h := range in[i+1 : i+3] {
							if 'a' <= h && h <= 'f' {
								hex, caseSeen = lowerHex, true
							} else if 'A' <= h && h <= 'F' {
								caseSeen = true
							}
						}
					}
					c = byte(hexVal(in[i+1])<<4 | hexVal(in[i+2]))
					enc[c>>6] |= 1 << (c & 63)
					more = more || c == '%'
					i += 2
				}
				buf = append(buf, c)
			}
			if !more {
				break
			}
			in = buf
		}
		*scratch = buf
		for _, c := range rep {
			if pctSafe[c] && enc[c>>6]&(1<<(c&63)) == 0 {
				dst = append(dst, c)
			} else {
				dst = append(dst, '%', hex[c>>4], hex[c&0xf])
			}
		}
		return dst
	case bytes.IndexByte(orig, '\\') >= 0:
		for _, c := range rep {
			if c == '"' || c == '\\' {
				dst = append(dst, '\\')
			}
			dst = append(dst, c)
		}
		return dst
	}
	return append(dst, rep...)
}

const (
	upperHex = "0123456789ABCDEF"
	lowerHex = "0123456789abcdef"
)

// redactViewed appends src to dst with every builtin detection rewritten,
// like redactSpan, but scans the view of src (see view.go) and writes each
// replacement back over the original bytes that spelled the detection. n
// counts the detections rewritten.
//
// first is where decoding may start: nothing before it decodes (see
// nextStop; 0 when unknown).
func (r *Redactor) redactViewed(dst, src []byte, ov Action, first int) (_ []byte, n int) {
	v := r.view.decode(src, first)
	m, ok := r.next(v)
	opos := 0
	for ok {
		if m.end <= m.start || m.end > len(v) {
			panic("BUG: scanner returned a match outside the view")
		}
		os := r.view.toSrc(m.start)
		var vend int
		r.rep, vend = r.apply(r.rep[:0], v, m, ov)
		oe := r.view.toSrc(vend)
		dst = append(dst, src[opos:os]...)
		if bytes.Equal(r.rep, v[m.start:vend]) {
			dst = append(dst, src[os:oe]...) // kept: the original bytes
		} else {
			dst = appendLike(dst, r.rep, src[os:oe], &r.encBuf)
			n++
		}
		opos = oe
		if vend >= len(v) {
			break
		}
		m, ok = r.sc.next(v, vend)
	}
	return append(dst, src[opos:]...), n
}

// track1Start reports whether the '%' at src[i] is the start sentinel of
// a card's track 1 (ISO/IEC 7813: "%B", the card number, '^', the
// holder's name), not an escape: "%B4111111111111111^DOE/JANE^2512...".
func track1Start(src []byte, i int) bool {
	if src[i+1] != 'B' {
		return false
	}
	k := i + 2
	for k < len(src) && k-i <= 21 && isDigit(src[k]) {
		k++
	}
	return k-i-2 >= 12 && k < len(src) && src[k] == '^'
}
