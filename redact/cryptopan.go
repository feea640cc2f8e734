package redact

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"net/netip"
)

// cryptoPAn is the prefix-preserving IP pseudonymization of Xu, Fan, Ammar
// and Moon ("Prefix-Preserving IP Address Anonymization", 2002), with AES-128
// as the pseudo-random function, for IPv4 and IPv6 alike: bit i of the output
// is bit i of the input XOR the first bit of AES(first i input bits followed
// by the pad's remaining bits). Two addresses that share exactly a k-bit
// prefix therefore share exactly a k-bit prefix after the mapping.
//
// It is built once by New; the mapping only reads it, so one value serves
// every Redactor. The 16-byte scratch blocks live in the Redactor.
type cryptoPAn struct {
	block cipher.Block
	pad   [16]byte
}

// cryptoPAnLabel separates the Crypto-PAn key from the HMAC pseudonym key
// derived from the same Options.HashKey.
const cryptoPAnLabel = "redactd crypto-pan v1"

// newCryptoPAnFromHashKey derives the 32-byte Crypto-PAn key (16 bytes AES
// key, 16 bytes pad seed) as HMAC-SHA256(hashKey, label).
func newCryptoPAnFromHashKey(hashKey []byte) (*cryptoPAn, error) {
	m := hmac.New(sha256.New, hashKey)
	m.Write([]byte(cryptoPAnLabel))
	return newCryptoPAn(m.Sum(nil))
}

// newCryptoPAn builds the mapping from a raw 32-byte key, as the reference
// implementation does: AES key = key[:16], pad = AES(key[16:]).
func newCryptoPAn(key []byte) (*cryptoPAn, error) {
	b, err := aes.NewCipher(key[:16])
	if err != nil {
		return nil, err
	}
	c := &cryptoPAn{block: b}
	b.Encrypt(c.pad[:], key[16:32])
	return c, nil
}

// mapBits rewrites a[:n/8] (n = 32 or 128 bits) in place. in and out are
// 16-byte scratch blocks owned by the caller: passing heap slices keeps the
// interface call to Encrypt from allocating. It does not allocate.
func (c *cryptoPAn) mapBits(a []byte, in, out []byte) {
	n := len(a) * 8
	copy(in, c.pad[:])
	var res [16]byte
	for i := 0; i < n; i++ {
		c.block.Encrypt(out, in)
		byteI, bit := i>>3, byte(0x80)>>(i&7)
		orig := a[byteI] & bit
		if (out[0]&0x80 != 0) != (orig != 0) {
			res[byteI] |= bit
		}
		// The next round sees one more leading bit of the original.
		in[byteI] = in[byteI]&^bit | orig
	}
	copy(a, res[:len(a)])
}

// mapAddr returns the pseudonym of a. An IPv4-mapped IPv6 address keeps its
// ::ffff: prefix and has its IPv4 part mapped as IPv4, so that it agrees with
// the same address written as IPv4. The zone is dropped.
func (c *cryptoPAn) mapAddr(a netip.Addr, in, out []byte) netip.Addr {
	switch {
	case a.Is4():
		b := a.As4()
		c.mapBits(b[:], in, out)
		return netip.AddrFrom4(b)
	case a.Is4In6():
		b := a.Unmap().As4()
		c.mapBits(b[:], in, out)
		return netip.AddrFrom16(netip.AddrFrom4(b).As16())
	case a.Is6():
		b := a.As16()
		c.mapBits(b[:], in, out)
		return netip.AddrFrom16(b)
	}
	return a
}

// panCacheSize is the number of addresses a Redactor remembers the
// pseudonyms of: client addresses repeat, and one IPv6 pseudonym costs 128
// AES blocks.
const panCacheSize = 256

// panCache is a direct-mapped cache of pseudonyms, one per Redactor.
type panCache [panCacheSize]struct{ in, out netip.Addr }

// pseudonym returns the Crypto-PAn pseudonym of a (zone dropped), from the
// cache when it is there. It does not allocate.
func (r *Redactor) pseudonym(a netip.Addr) netip.Addr {
	a = a.WithZone("")
	b := a.As16()
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	slot := &r.pan[h%panCacheSize]
	if slot.in.IsValid() && slot.in == a {
		return slot.out
	}
	out := r.e.pan.mapAddr(a, r.blkIn, r.blkOut)
	slot.in, slot.out = a, out
	return out
}
