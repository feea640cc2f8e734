package redact

import "hash/maphash"

// The clean-value memo. JSON records of one kind repeat many of their
// string values record after record: an audit event's verb, user agent,
// resource and URI, a span's service, route and method. Most of them hold
// nothing, and scanning one costs more than looking it up, so the walker
// remembers the strings it scanned and left as they were.
//
// A hit is exactly the same input: the memo compares the key context (the
// key's bytes, what it says and the action override) and the raw string
// byte for byte, and remembers only "nothing found, nothing changed",
// which depends on nothing else: the detectors look only at the value and
// its key context, the user patterns only at the value. So a hit is the
// answer the scan would give. Nothing is memoised from a scan that found
// something, changed something or failed.
//
// Values that never repeat (timestamps, ids) would evict the ones that
// do, and cost a hash each for nothing:
//   - a value is stored only when it is seen a second time within a
//     while, which a table of hashes (door) remembers;
//   - a key whose values keep missing ("trace_id") is not looked up for a
//     while (skip), then tried again.

const (
	valueMemoSetBits = 7
	valueMemoSets    = 1 << valueMemoSetBits
	valueMemoWays    = 2
	// valueMemoBytes bounds the key and the value together: a browser's
	// user agent and its key fit.
	valueMemoBytes = 176
	valueDoorBits  = 10
	valueDoorSlots = 1 << valueDoorBits
	valueSkipBits  = 8
	// valueMemoMin is the shortest value worth a look-up: a shorter one is
	// scanned in about the time a look-up costs.
	valueMemoMin = 4
	// A key's values are looked up until valueSkipMisses of them in a row
	// missed; the next valueSkipFor are scanned without a look-up, then
	// valueSkipRetry are looked up again, and so on.
	valueSkipMisses = 64
	valueSkipFor    = 160
	valueSkipRetry  = 8
)

// valueMemoSlot is the header of one remembered value; its bytes (the key,
// then the value) are in valueMemo.data. The headers are apart from the
// bytes so that a look-up that misses touches one small entry.
type valueMemoSlot struct {
	h   uint64 // the look-up's hash; 0: empty
	tag uint64 // valueMemoTag: the lengths of the key and the value, ki and ov
}

// valueMemoTag packs what a look-up compares besides the bytes.
func valueMemoTag(kn, vn int, ki keyInfo, ov Action) uint64 {
	return uint64(kn) | uint64(vn)<<8 | uint64(ki.ctx)<<16 | uint64(ki.kind)<<24 | uint64(ov)<<32
}

type valueMemo struct {
	seed  maphash.Seed
	slots [valueMemoSets * valueMemoWays]valueMemoSlot
	data  [valueMemoSets * valueMemoWays][valueMemoBytes]byte
	door  [valueDoorSlots]uint32 // high halves of the hashes seen once lately
	skip  [1 << valueSkipBits]uint8

	// Counts for tests and benchmarks.
	hits, misses, adds, skips uint64
}

func newValueMemo() *valueMemo { return &valueMemo{seed: maphash.MakeSeed()} }

// valueMemoKey is a look-up's hash and its key's skip counter.
type valueMemoKey struct {
	h    uint64
	skip *uint8
}

// lookup reports whether val under key (with what it says, ki, and the
// action override ov) is known to hold nothing. When it is not, and
// mk.h != 0, the caller scans it and passes mk to add if it held nothing.
// Like keyWords, it may load the bytes of key and val up to their
// capacity (masked off): cap them where the caller's bytes end.
func (m *valueMemo) lookup(key, val []byte, ki keyInfo, ov Action) (mk valueMemoKey, clean bool) {
	if len(val) < valueMemoMin || len(key)+len(val) > valueMemoBytes {
		return valueMemoKey{}, false
	}
	tag := valueMemoTag(len(key), len(val), ki, ov)
	k0, k1 := keyWords(key) // the key itself, when it has 16 bytes or fewer
	kh := (k0 ^ tag&^0xff00) * 0x9e3779b97f4a7c15
	kh ^= k1 * 0xc2b2ae3d27d4eb4f
	kh ^= kh >> 29
	sk := &m.skip[kh>>(64-valueSkipBits)]
	if *sk >= valueSkipMisses {
		// The key's values have kept missing: scan them without a
		// look-up for valueSkipFor values, then try valueSkipRetry again.
		if *sk++; *sk == valueSkipMisses+valueSkipFor {
			*sk = valueSkipMisses - valueSkipRetry
		}
		if *sk >= valueSkipMisses {
			m.skips++
			return valueMemoKey{}, false
		}
	}
	var h uint64
	if len(val) <= 16 {
		v0, v1 := keyWords(val)
		h = (v0 ^ tag) * 0xbf58476d1ce4e5b9
		h ^= v1 * 0x94d049bb133111eb
	} else {
		h = maphash.Bytes(m.seed, val)
	}
	h ^= kh
	h ^= h >> 32
	h *= 0xd6e8feb86659fd93
	h ^= h >> 29
	h |= 1
	mk = valueMemoKey{h: h, skip: sk}
	x := int(h>>(64-valueMemoSetBits)) * valueMemoWays
	for w := x; w < x+valueMemoWays; w++ {
		s := &m.slots[w]
		if s.h != h || s.tag != tag {
			continue
		}
		d := m.data[w][:len(key)+len(val)]
		if string(d[:len(key)]) == string(key) && string(d[len(key):]) == string(val) {
			m.hits++
			*sk = 0
			return mk, true
		}
	}
	m.misses++
	*sk++
	return mk, false
}

// add remembers that val under key holds nothing, once it has been seen
// twice lately. mk is what lookup returned for the same arguments.
func (m *valueMemo) add(mk valueMemoKey, key, val []byte, ki keyInfo, ov Action) {
	h := mk.h
	if h == 0 {
		return
	}
	d := &m.door[h&(valueDoorSlots-1)]
	if *d != uint32(h>>32) {
		*d = uint32(h >> 32)
		return
	}
	// Two ways, the newest first: the older way goes.
	x := int(h>>(64-valueMemoSetBits)) * valueMemoWays
	m.slots[x+1], m.data[x+1] = m.slots[x], m.data[x]
	m.slots[x] = valueMemoSlot{h: h, tag: valueMemoTag(len(key), len(val), ki, ov)}
	copy(m.data[x][copy(m.data[x][:], key):], val)
	m.adds++
}
