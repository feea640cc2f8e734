package redact

import (
	"hash/maphash"
)

// The clean-value memo. CDN and proxy logs write the same user agents
// record after record ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac
// OS X) AppleWebKit/605.1.15 ..."): a hundred bytes of words, numbers
// and versions that the detectors try one by one and that hold nothing.
// A Redactor remembers the last such values it scanned and found nothing
// in, byte for byte together with their field name, and copies a value it
// meets again instead of scanning it.
//
// A hit is the same input: the entry holds a copy of the name and the
// value, compared in full, and what the scanner finds in a value depends
// only on them and on the Redactor's engine, which does not change (its
// detectors, their actions and the key cache's contents only save work).
// Only a value in which the scan found no detection at all is kept, so a
// hit appends the value unchanged and counts nothing, as the scan did. User
// patterns run on the whole record afterwards (textPatterns), and a field
// rule is applied before the memo is asked (textValue), so neither is
// skipped.
//
// The memo serves the values of fields whose names say user agent
// (keyCtx ctxVersion: "http_user_agent", "cs(User-Agent)"), of memoMin to
// memoMax bytes: the long values that repeat. Other fields are unique too
// often (paths, ids) and would only push the agents out.

const (
	memoBits = 6
	memoSets = 1 << memoBits // of two entries each
	memoMin  = 24            // shorter values cost less to scan than to look up
	memoMax  = 256
	memoName = 64 // longest field name kept
)

// memoEntry is one remembered value and the name of its field.
type memoEntry struct {
	h     uint64
	nameN uint8
	valN  uint16 // 0: empty
	buf   [memoName + memoMax]byte
}

// fieldMemo is a Redactor's memo: a fixed table of memoSets sets of two
// entries, allocated on first use (newFieldMemo).
type fieldMemo struct {
	seed maphash.Seed
	ent  [2 * memoSets]memoEntry
	// older holds, for each set, the way to replace next: the one that
	// was not filled or hit last.
	older [memoSets]uint8
	// Counts for tests and measurement: lookups that hit and that missed.
	hits, misses uint64
}

func newFieldMemo() *fieldMemo { return &fieldMemo{seed: maphash.MakeSeed()} }

// memoable reports whether the value v of a field whose name says ki may
// be looked up in the memo.
func memoable(v []byte, ki keyInfo) bool {
	return ki.ctx == ctxVersion && len(v) >= memoMin && len(v) <= memoMax
}

// lookup reports whether the memo holds v under name, and returns the hash
// to insert it with after a scan. A name longer than memoName never hits.
func (m *fieldMemo) lookup(name, v []byte) (h uint64, hit bool) {
	// The name only spreads the values of different fields: the entry
	// compares it in full.
	a, _ := keyBits(name[:min(len(name), 8)])
	h = maphash.Bytes(m.seed, v) ^ (a+uint64(len(name)))*0x9e3779b97f4a7c15
	set := (h >> (64 - memoBits))
	for w := range 2 {
		e := &m.ent[2*set+uint64(w)]
		if e.h == h && int(e.valN) == len(v) && int(e.nameN) == len(name) &&
			string(e.buf[:len(name)]) == string(name) && string(e.buf[len(name):len(name)+len(v)]) == string(v) {
			m.older[set] = uint8(1 - w)
			m.hits++
			return h, true
		}
	}
	m.misses++
	return h, false
}

// insert remembers v, found clean under name, with the hash lookup
// returned, in place of the entry of its set that was used least lately:
// a value that comes back every few records stays while others pass
// through.
func (m *fieldMemo) insert(h uint64, name, v []byte) {
	if len(name) > memoName || len(v) > memoMax || len(v) == 0 {
		return
	}
	set := h >> (64 - memoBits)
	w := m.older[set]
	m.older[set] = 1 - w
	e := &m.ent[2*set+uint64(w)]
	e.h, e.nameN, e.valN = h, uint8(len(name)), uint16(len(v))
	copy(e.buf[:], name)
	copy(e.buf[len(name):], v)
}

// Field names. A name that a text record spells out (a form or query
// parameter, a logfmt key, a cookie name) is scanned as text, since it may
// itself be data ("alice@example.org=1"); but forms, query strings and
// logfmt lines repeat the same few names record after record
// (address1, email, utm_source), and each costs a scan of its own. A
// second memo, of the same kind, keeps the names that the scan found
// nothing in.

// scanName appends name, the name of a field as the record spells it,
// scanned as text (see fieldName); nested says it is a form or query
// parameter's (its '+' is a space). A name scanned clean before is copied.
func (r *Redactor) scanName(dst, name []byte, nested bool) []byte {
	if len(name) == 0 || len(name) > memoMax {
		return r.scanValue(dst, name, nil, actNone, nested)
	}
	m := r.text.names
	if m == nil {
		m = newFieldMemo()
		r.text.names = m
	}
	// The memo's name part tells the two readings apart.
	how := nameFlat
	if nested {
		how = nameNested
	}
	h, hit := m.lookup(how, name)
	if hit {
		return append(dst, name...)
	}
	// Clean: written as it was, and nothing counted (a rewrite may
	// leave the bytes as they were: 10.0.0.0 truncated).
	n, before := len(dst), r.stats.Detections
	dst = r.scanValue(dst, name, nil, actNone, nested)
	if r.stats.Detections == before && string(dst[n:]) == string(name) {
		m.insert(h, how, name)
	}
	return dst
}

var (
	nameFlat   = []byte{0}
	nameNested = []byte{1}
)
