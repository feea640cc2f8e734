package rewrite

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/rules"
)

// Erasure (a data-subject request): the records that hold an identifier in
// any form the policy writes are removed from the archive (or the forms
// replaced), with the same atomic replacement, expiry and resumability as a
// rewrite. The forms of an identifier are:
//
//   - the identifier as given (an old object may hold it raw), e-mail
//     addresses in any case, phone numbers also as '+' and digits;
//   - what the policy writes for it when that is linkable: the keyed
//     pseudonym of a hash action (e-mail, phone, a JSON field hashed by a
//     field rule) or the Crypto-PAn address of pseudonymize (IPs), under
//     the policy's current key. A masked or truncated value is not
//     linkable to anyone and needs nothing.
//
// Objects written under another key id than the policy's hold pseudonyms
// this key cannot reproduce: they are counted in Report.OtherKeys, and only
// the raw forms are looked for in them.

// Identifier is one value to erase. Kind is "email", "phone", "ip" or
// "value" (any other string, such as a user id a field rule hashes).
type Identifier struct {
	Kind, Value string
}

// ParseIdentifier parses "KIND VALUE" (one line of an identifier file).
func ParseIdentifier(line string) (Identifier, error) {
	kind, value, ok := strings.Cut(strings.TrimSpace(line), " ")
	value = strings.TrimSpace(value)
	switch {
	case !ok || value == "":
		return Identifier{}, errors.New(`want "KIND VALUE", KIND one of email, phone, ip, value`)
	case kind != "email" && kind != "phone" && kind != "ip" && kind != "value":
		return Identifier{}, fmt.Errorf("kind %q: want email, phone, ip or value", kind)
	}
	return Identifier{Kind: kind, Value: value}, nil
}

// EraseMode says what happens to a record that holds an identifier.
type EraseMode uint8

const (
	EraseDrop EraseMode = iota // the record is removed from its object
	EraseMask                  // each form is replaced by "[erased]"
)

// Eraser finds the forms of a set of identifiers in records.
type Eraser struct {
	mode  EraseMode
	forms []form
	keyID string
	// Labels name the identifiers in reports without holding them: the
	// pseudonym the policy writes for them, else a keyed hash under the
	// policy's key, else "#N".
	Labels []string
}

type form struct {
	b    []byte // lower case when fold
	fold bool
	raw  bool // the identifier as given, not a pseudonym under the key
	id   int
}

const erasedToken = "[erased]"

// wordByte marks the bytes that continue a value (an address, a number, a
// pseudonym): a form next to one is part of another value.
var wordByte = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for _, c := range "._-+@%" {
		t[c] = true
	}
	return t
}()

// NewEraser returns the eraser of ids under pol. The policy's key must be
// available (rules.Load) for its pseudonyms to be reproduced.
func NewEraser(pol *rules.Policy, ids []Identifier, mode EraseMode) (*Eraser, error) {
	if len(ids) == 0 {
		return nil, errors.New("no identifier to erase")
	}
	e := &Eraser{mode: mode, keyID: pol.Engine().KeyID()}
	red := pol.Engine().NewRedactor()
	if err := rules.AutoFormat.Apply(red); err != nil {
		return nil, fmt.Errorf("BUG: %w", err)
	}
	for i, id := range ids {
		if len(id.Value) < 3 {
			return nil, fmt.Errorf("identifier %d (%s): shorter than 3 bytes, it would match too much", i+1, id.Kind)
		}
		add := func(b []byte, fold, raw bool) {
			if fold {
				b = bytes.ToLower(b)
			}
			for _, f := range e.forms {
				if f.id == i && bytes.Equal(f.b, b) {
					return
				}
			}
			e.forms = append(e.forms, form{b: b, fold: fold, raw: raw, id: i})
		}
		add([]byte(id.Value), id.Kind == "email", true)
		if id.Kind == "phone" {
			norm := []byte{}
			for j := 0; j < len(id.Value); j++ {
				if c := id.Value[j]; c >= '0' && c <= '9' || c == '+' && j == 0 {
					norm = append(norm, c)
				}
			}
			if len(norm) >= 6 {
				add(norm, false, true)
			}
		}
		// What the policy writes for it, when that is linkable.
		in := []byte("x " + id.Value + " x")
		out, err := red.Redact(nil, in, redact.FormatText)
		if err == nil && !bytes.Equal(out, in) && bytes.HasPrefix(out, []byte("x ")) && bytes.HasSuffix(out, []byte(" x")) {
			for d, n := range red.Stats().Detections {
				if n == 0 {
					continue
				}
				switch pol.Redact.Detectors[d].Action {
				case redact.ActHash, redact.ActPseudonymize:
					add(bytes.Clone(out[2:len(out)-2]), false, false)
				}
			}
		}
		for _, fr := range pol.Redact.Fields {
			if fr.Action != redact.ActHash || strings.Contains(fr.Path, "[]") {
				continue
			}
			if h, ok := hashedField(red, fr.Path, id.Value); ok {
				add(h, false, false)
			}
		}
		// Named by the pseudonym the archive holds for it, when the
		// policy writes one; else by a keyed hash, else by number.
		lbl := label(pol, i, id)
		for _, f := range e.forms {
			if f.id == i && !f.raw {
				lbl = id.Kind + " " + string(f.b)
				break
			}
		}
		e.Labels = append(e.Labels, lbl)
	}
	e.Labels = e.Labels[:len(ids)]
	return e, nil
}

// hashedField returns what a field rule hashing path writes for value.
func hashedField(red *redact.Redactor, path, value string) ([]byte, bool) {
	parts := strings.Split(path, ".")
	q := strconv.Quote(value)
	doc := q
	for j := len(parts) - 1; j >= 0; j-- {
		doc = "{" + strconv.Quote(parts[j]) + ":" + doc + "}"
	}
	out, err := red.Redact(nil, []byte(doc), redact.FormatJSON)
	if err != nil {
		return nil, false
	}
	// The hashed value is the only string value left: the text between
	// the last ':"' and the closing quote.
	i := bytes.LastIndex(out, []byte(`:"`))
	if i < 0 {
		return nil, false
	}
	rest := out[i+2:]
	j := bytes.IndexByte(rest, '"')
	if j <= 0 || string(rest[:j]) == value {
		return nil, false
	}
	return bytes.Clone(rest[:j]), true
}

// label names identifier i in reports: its keyed pseudonym (HMAC-SHA256
// under the policy's key, as the policy writes pseudonyms) or "#N".
func label(pol *rules.Policy, i int, id Identifier) string {
	if len(pol.Redact.HashKey) == 0 {
		return "#" + strconv.Itoa(i+1) + " (" + id.Kind + ")"
	}
	m := hmac.New(sha256.New, pol.Redact.HashKey)
	m.Write([]byte(id.Kind + ":" + id.Value))
	return id.Kind + " " + pol.Redact.HashKeyID + ":" + hex.EncodeToString(m.Sum(nil)[:8])
}

// match reports which identifiers rec holds (a bit per identifier, up to
// 64, then all in the last bit) and, in mask mode, appends the masked
// record to dst.
func (e *Eraser) match(dst, rec []byte, otherKey bool, lower []byte) (out []byte, hits uint64, lowerBuf []byte) {
	lower = append(lower[:0], rec...)
	for i, c := range lower {
		if 'A' <= c && c <= 'Z' {
			lower[i] = c + 'a' - 'A'
		}
	}
	type span struct{ lo, hi int }
	var spans []span
	for _, f := range e.forms {
		if otherKey && !f.raw {
			continue
		}
		hay := rec
		if f.fold {
			hay = lower
		}
		for off := 0; ; {
			k := bytes.Index(hay[off:], f.b)
			if k < 0 {
				break
			}
			lo, hi := off+k, off+k+len(f.b)
			off = lo + 1
			// Whole values only: alice@example.org is not in
			// malice@example.org, nor 10.0.0.1 in 10.0.0.17.
			if wordByte[f.b[0]] && lo > 0 && wordByte[hay[lo-1]] || wordByte[f.b[len(f.b)-1]] && hi < len(hay) && wordByte[hay[hi]] {
				continue
			}
			hits |= 1 << min(f.id, 63)
			spans = append(spans, span{lo, hi})
		}
	}
	if hits == 0 || e.mode == EraseDrop {
		return dst, hits, lower
	}
	// Mask: replace every span (merged where they overlap).
	slices.SortFunc(spans, func(a, b span) int { return a.lo - b.lo })
	pos := 0
	for _, s := range spans {
		if s.hi <= pos {
			continue
		}
		if s.lo >= pos {
			dst = append(dst, rec[pos:s.lo]...)
			dst = append(dst, erasedToken...)
		}
		pos = s.hi
	}
	return append(dst, rec[pos:]...), hits, lower
}
