package redact

import (
	"math/rand/v2"
	"testing"
)

// TestMemberCache: lookups through the cache always say what
// memberInfoOf says, for names of every length (with whatever bytes follow
// them in memory), names that share their first and last eight bytes, and
// enough names to evict entries.
func TestMemberCache(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const alphabet = "abcdefghijklmnopqrstuvwxyz_-.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	var names [][]byte
	for _, s := range []string{"name", "Name", "email", "user_email", "phone", "value", "values", "type", "kind",
		"object", "key", "alias", "field", "header", "stringValue", "data", "stringData", "password", "token",
		"mobile", "workphone", "", "x",
		// Pairs that say different things and share their first and
		// last eight bytes (so the same set): only the bytes between
		// tell them apart.
		"abcdefgh_x_abcdefgh", "abcdefgh_X_abcdefgh", "abcdefgh_token_abcdefgh", "abcdefgh_tokxn_abcdefgh"} {
		names = append(names, []byte(s))
	}
	for n := 1; n <= memberKeyMax+5; n++ {
		for range 6 {
			b := make([]byte, n, n+16)
			for i := range b {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			}
			b = append(b, "garbage!"...)[:n] // bytes after the name in memory
			names = append(names, b)
			if n > 8 {
				// The same first eight bytes, another end; over 16 bytes,
				// the same first and last eight, another middle.
				c := append([]byte(nil), b...)
				c[n-1] ^= 1
				names = append(names, c)
			}
			if n > 16 {
				c := append([]byte(nil), b...)
				c[8] ^= 1
				names = append(names, c)
			}
		}
	}
	for _, p := range [][2]string{{"abcdefgh_x_abcdefgh", "abcdefgh_X_abcdefgh"}, {"abcdefgh_token_abcdefgh", "abcdefgh_tokxn_abcdefgh"}} {
		if memberInfoOf([]byte(p[0])) == memberInfoOf([]byte(p[1])) {
			t.Fatalf("%q and %q say the same: the test cannot tell them apart", p[0], p[1])
		}
	}
	var c memberCache
	for round := range 3 {
		for _, k := range rng.Perm(len(names)) {
			key := names[k]
			if round == 1 {
				key = append([]byte(nil), key...) // capacity == length
				key = key[:len(key):len(key)]
			}
			if got, want := c.lookup(key), memberInfoOf(key); got != want {
				t.Fatalf("lookup(%q) = %+v, memberInfoOf = %+v", key, got, want)
			}
		}
	}
}
