package redact

import (
	"bytes"
	"crypto/sha256"
	"math/big"
	"testing"
)

// refBase58Check is Base58Check decoding with big integers, as the
// reference for base58Check: the payload is the number the digits spell,
// written in 25 bytes after as many zero bytes as leading '1's.
func refBase58Check(v []byte) bool {
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	n := new(big.Int)
	for _, c := range v {
		x := bytes.IndexByte([]byte(alphabet), c)
		if x < 0 {
			return false
		}
		n.Mul(n, big.NewInt(58))
		n.Add(n, big.NewInt(int64(x)))
	}
	body := n.Bytes()
	ones := 0
	for ones < len(v) && v[ones] == '1' {
		ones++
	}
	b := append(make([]byte, ones), body...)
	if len(b) != 25 || b[0] != 0 && b[0] != 5 {
		return false
	}
	first := sha256.Sum256(b[:21])
	sum := sha256.Sum256(first[:])
	return bytes.Equal(sum[:4], b[21:])
}

func TestBase58CheckMatchesReference(t *testing.T) {
	for _, v := range []string{
		"1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
		"1BoatSLRHtKNngkdXEeobR76b53LETtpyA", "11111111111111111111111111", "1111111111111111111114oLvT2",
	} {
		if got, want := base58Check([]byte(v)), refBase58Check([]byte(v)); got != want {
			t.Errorf("base58Check(%q) = %v, reference %v", v, got, want)
		}
	}
}

func TestCryptoWalletAllocs(t *testing.T) {
	src := []byte("to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
	if n := testing.AllocsPerRun(100, func() {
		scanCryptoWallet(src, 3, 37)
		scanCryptoWallet(src, 38, len(src))
	}); n != 0 {
		t.Errorf("scanCryptoWallet allocates %v times", n)
	}
}

// FuzzCryptoWallet: the scan never panics, a Base58 word of both cases is
// an address exactly when the big-integer reference says so, and every
// match is the whole word.
func FuzzCryptoWallet(f *testing.F) {
	for _, s := range []string{
		"1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
		"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
		"bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297", "0x52908400098527886E0F7030069857D2E4169EE7",
		"1111111111111111111114oLvT2", "0x0000000000000000000000000000000000000000",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		w := 0
		for w < len(src) && isAlnum(src[w]) {
			w++
		}
		if w == 0 || !cryptoFirst(src[0]) || !cryptoLen(w) {
			return
		}
		h, ok := scanCryptoWallet(src, 0, w)
		if ok && (h.start != 0 || h.end != w || h.det != DetCrypto) {
			t.Fatalf("match %d-%d of the word 0-%d", h.start, h.end, w)
		}
		if (src[0] == '1' || src[0] == '3') && w <= 35 && !(w < len(src) && (src[w] == '_' || src[w] == '-')) {
			// (An address without both cases is passed over: mixedCase.)
			if want := mixedCase(src[:w]) && refBase58Check(src[:w]); ok != want {
				t.Fatalf("%q: scan %v, reference %v", src[:w], ok, want)
			}
		}
	})
}
