package redact

import "crypto/sha256"

// Cryptocurrency wallet addresses (DetCrypto). An address is a pseudonym
// that every payment to or from it links, and exchanges tie it to the
// account's holder: personal data wherever it appears, as Presidio's
// CRYPTO recognizer finds it. Each form is one word, told by its own
// checks, so no key is needed:
//
//   - Bitcoin's legacy addresses (Base58Check, P2PKH 1... and P2SH 3...,
//     26-35 characters): 25 bytes whose last four are the double SHA-256
//     of the first 21, the first being version 0 or 5;
//   - Bitcoin's SegWit addresses (BIP 173 and BIP 350: "bc1", 42 or 62
//     characters of the bech32 alphabet in one case): the BCH checksum of
//     bech32 or bech32m;
//   - Ethereum's addresses: "0x" and 40 hex digits, not one digit
//     repeated (0x000…0, the null address). No checksum is required: a
//     mixed-case address carries EIP-55's, but lower case is as common,
//     and nothing else in logs is written 0x and 160 bits.
//
// Left alone: transaction and block hashes (64 hex digits: they name a
// payment, not a holder), other chains' addresses, testnet addresses.

// cryptoFirst reports whether c may begin an address.
func cryptoFirst(c byte) bool { return c == '0' || c == '1' || c == '3' || c == 'b' || c == 'B' }

// cryptoLen reports whether an address may be a word of wl bytes.
func cryptoLen(wl int) bool { return wl >= 26 && wl <= 35 || wl == 42 || wl == 62 }

// scanCryptoWallet returns the address that is the word src[i:w], when it
// stands alone: not glued to an identifier by '_' or '-' on either side.
func scanCryptoWallet(src []byte, i, w int) (hit, bool) {
	if i > 0 && (src[i-1] == '_' || src[i-1] == '-') || w < len(src) && (src[w] == '_' || src[w] == '-') {
		return hit{}, false
	}
	v := src[i:w]
	ok := false
	switch {
	case len(v) == 42 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X'):
		ok = ethAddress(v[2:])
	case v[0] == '1' || v[0] == '3':
		ok = len(v) <= 35 && mixedCase(v) && base58Check(v)
	case len(v) == 42 || len(v) == 62:
		ok = segwitAddress(v)
	}
	if !ok {
		return hit{}, false
	}
	return hit{det: DetCrypto, start: i, end: w}, true
}

// ethAddress reports whether the 40 bytes h are hex digits, not one digit
// repeated.
func ethAddress(h []byte) bool {
	same := true
	for _, c := range h {
		if !isHex(c) {
			return false
		}
		same = same && lower(c) == lower(h[0])
	}
	return !same
}

// mixedCase reports whether v holds a capital and a small letter: a
// Base58 address of 26 characters or more all but always does, the
// numbers, hex ids and upper-case codes that share its length do not
// (a cheap test before decoding).
func mixedCase(v []byte) bool {
	upper, low := false, false
	for _, c := range v {
		upper = upper || 'A' <= c && c <= 'Z'
		low = low || 'a' <= c && c <= 'z'
	}
	return upper && low
}

// base58Index maps a byte of Bitcoin's Base58 alphabet to its value, 0xff
// to none (0, O, I and l are left out of it).
var base58Index = func() (t [256]byte) {
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	for k := range t {
		t[k] = 0xff
	}
	for k := 0; k < len(alphabet); k++ {
		t[alphabet[k]] = byte(k)
	}
	return t
}()

// base58Check reports whether v is a Base58Check Bitcoin address: it
// decodes to 25 bytes (as many leading zero bytes as leading '1's),
// version 0 or 5, whose checksum holds. It does not allocate.
func base58Check(v []byte) bool {
	var b [25]byte
	for _, c := range v {
		carry := uint(base58Index[c])
		if carry == 0xff {
			return false
		}
		for k := len(b) - 1; k >= 0; k-- {
			carry += 58 * uint(b[k])
			b[k] = byte(carry)
			carry >>= 8
		}
		if carry != 0 {
			return false // more than 25 bytes
		}
	}
	ones := 0
	for ones < len(v) && v[ones] == '1' {
		ones++
	}
	zeros := 0
	for zeros < len(b) && b[zeros] == 0 {
		zeros++
	}
	if ones != zeros || b[0] != 0 && b[0] != 5 {
		return false
	}
	first := sha256.Sum256(b[:21])
	sum := sha256.Sum256(first[:])
	return sum[0] == b[21] && sum[1] == b[22] && sum[2] == b[23] && sum[3] == b[24]
}

// bech32Index maps a byte of the bech32 alphabet (either case) to its
// value, 0xff to none.
var bech32Index = func() (t [256]byte) {
	const alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	for k := range t {
		t[k] = 0xff
	}
	for k := 0; k < len(alphabet); k++ {
		t[alphabet[k]] = byte(k) // lower case: segwitAddress folds capitals first
	}
	return t
}()

// segwitAddress reports whether v is a Bitcoin SegWit address: "bc1" and
// the data part in one case, whose bech32 (witness version 0) or bech32m
// (versions 1 to 16) checksum holds.
func segwitAddress(v []byte) bool {
	if v[0]|0x20 != 'b' || v[1]|0x20 != 'c' || v[2] != '1' {
		return false
	}
	upper, low := false, false
	// The checksum runs over the expanded human-readable part "bc"
	// (its high bits, a zero, its low bits) and the data.
	chk := uint32(1)
	for _, x := range [5]byte{3, 3, 0, 2, 3} {
		chk = bech32Step(chk, x)
	}
	for k, c := range v[3:] {
		switch {
		case 'a' <= c && c <= 'z':
			low = true
		case 'A' <= c && c <= 'Z':
			upper = true
			c |= 0x20
		}
		x := bech32Index[c]
		if x == 0xff {
			return false
		}
		if k == 0 && x > 16 {
			return false // no such witness version
		}
		chk = bech32Step(chk, x)
	}
	if upper && low || upper && (v[0] != 'B' || v[1] != 'C') || low && (v[0] != 'b' || v[1] != 'c') {
		return false
	}
	if bech32Index[v[3]|0x20] == 0 {
		return chk == 1 // bech32: a key's hash (42 characters) or a script's (62)
	}
	return chk == 0x2bc830a3 // bech32m: Taproot and later versions
}

// bech32Step feeds the 5-bit value x to the bech32 checksum chk.
func bech32Step(chk uint32, x byte) uint32 {
	b := chk >> 25
	chk = (chk&0x1ffffff)<<5 ^ uint32(x)
	for k, g := range [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3} {
		if b>>k&1 != 0 {
			chk ^= g
		}
	}
	return chk
}
