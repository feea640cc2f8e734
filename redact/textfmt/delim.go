package textfmt

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strconv"
)

// nextField finds the field that starts at rec[i], separated by delim, with
// RFC 4180 quoting when quotes is set (a field that starts with '"' runs to
// the next '"' not doubled, which must end the record or be followed by
// delim; a '"' inside an unquoted field is content). It returns the span of
// the field's bytes (inside the quotes when quoted) and next, the offset just
// past the delimiter that ends it, or len(rec)+1 when it is the record's
// last field. When reason is not empty the field does not parse and start
// is the offset of the error.
func nextField(rec []byte, i int, delim byte, quotes bool) (start, end, next int, q Quoting, reason string) {
	if quotes && i < len(rec) && rec[i] == '"' {
		j := i + 1
		for {
			k := bytes.IndexByte(rec[j:], '"')
			if k < 0 {
				return i, i, i, QuoteNone, "unterminated quote"
			}
			j += k
			if j+1 < len(rec) && rec[j+1] == '"' {
				j += 2
				continue
			}
			break
		}
		if j+1 < len(rec) && rec[j+1] != delim {
			return j + 1, j + 1, j + 1, QuoteNone, "text after closing quote"
		}
		return i + 1, j, j + 2, QuoteCSV, ""
	}
	k := bytes.IndexByte(rec[i:], delim)
	if k < 0 {
		return i, len(rec), len(rec) + 1, QuoteNone, ""
	}
	return i, i + k, i + k + 1, QuoteNone, ""
}

// parseDelim appends the fields of a delimited record, named by position.
func (p *Parser) parseDelim(dst []Field, rec []byte, delim byte, quotes bool) ([]Field, error) {
	n0 := len(dst)
	for i, k := 0, 0; i <= len(rec); k++ {
		f := Field{NameStart: -1}
		if quotes && i < len(rec) && rec[i] == '"' {
			s, e, next, q, bad := nextField(rec, i, delim, quotes)
			if bad != "" {
				return dst, p.errAt(s, k+1, bad)
			}
			f.Start, f.End, f.Quoting = int32(s), int32(e), q
			i = next
		} else {
			j := indexDelim(rec, i, delim)
			f.Start, f.End = int32(i), int32(j)
			i = j + 1
		}
		if k < len(p.names) {
			f.Name = p.names[k]
		} else {
			f.Name = p.name(k)
		}
		dst = append(dst, f)
	}
	if n := len(dst) - n0; p.strict && n != len(p.names) {
		return dst, p.errAt(len(rec), n, strconv.Itoa(n)+" fields where the names are "+strconv.Itoa(len(p.names)))
	}
	return dst, nil
}

func (p *Parser) parseCSV(dst []Field, rec []byte) ([]Field, error) {
	return p.parseDelim(dst, rec, p.delim, true)
}

func (p *Parser) parseTSV(dst []Field, rec []byte) ([]Field, error) {
	return p.parseDelim(dst, rec, p.delim, false)
}

const (
	lsb8 = 0x0101010101010101
	msb8 = 0x8080808080808080
)

// indexDelim returns the offset of the first d in s[i:], or len(s). Most
// fields are short, where bytes.IndexByte's set-up costs more than the
// search: the first 32 bytes are tested 8 at a time (the lowest byte
// flagged by the zero-byte test is exact), the rest by IndexByte.
func indexDelim(s []byte, i int, d byte) int {
	m := lsb8 * uint64(d)
	for end := i + 32; i+8 <= len(s); i += 8 {
		if i >= end {
			if k := bytes.IndexByte(s[i:], d); k >= 0 {
				return i + k
			}
			return len(s)
		}
		x := binary.LittleEndian.Uint64(s[i:]) ^ m
		if t := (x - lsb8) &^ x & msb8; t != 0 {
			return i + bits.TrailingZeros64(t)/8
		}
	}
	for ; i < len(s); i++ {
		if s[i] == d {
			return i
		}
	}
	return len(s)
}
