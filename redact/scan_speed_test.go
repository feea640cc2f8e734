package redact

import "testing"

// TestKeyDelimAfter: scanCtx drops a key start when keyDelimAfter says
// no, without calling scanKeyed; scanKeyed must then find no key at any
// start of the run, and leave keyNone where noKeyBefore says.
func TestKeyDelimAfter(t *testing.T) {
	f := func(in string, want bool) {
		t.Helper()
		src := []byte(in)
		k := 0
		for k < len(src) && isKeyByte(src[k]) {
			k++
		}
		if got := keyDelimAfter(src, 0, k); got != want {
			t.Errorf("keyDelimAfter(%q) = %v, want %v", in, got, want)
		}
		if want {
			return
		}
		s := allOn()
		for i := 0; i < k; i++ {
			if i > 0 && isAlnum(src[i-1]) || !isAlnum(src[i]) {
				continue // only word starts
			}
			s.keyNone = 0
			if h, ok := s.scanKeyed(src, i); ok {
				t.Errorf("%q at %d: scanKeyed found %v [%d,%d)", in, i, h.det, h.start, h.end)
			}
			if s.keyNone != noKeyBefore(src, i, k) {
				t.Errorf("%q at %d: keyNone %d, noKeyBefore %d", in, i, s.keyNone, noKeyBefore(src, i, k))
			}
		}
	}
	f("cdn.example.com req=1", false)
	f("cdn.example.com", false)
	f("TLS_AES_128_GCM_SHA256\tHit", false)
	f("index.m3u8?v=1", false)
	f("Nov-2026 20:00:00", false)
	f("a--password-x/y", false)
	f("x.password = hunter2", true)
	f("x.password : hunter2", true)
	f("x.password -> hunter2", true)
	f("x.password=hunter2", true)
	f("x.password: hunter2", true)
	f("x_token\"=\"v", true)
	f("x_token>v", true)
	f("x_token   ", false)
	f("x_token\\\"", true)
}

// TestKeyBits: with its length, keyBits is the key itself up to 16 bytes
// (the key cache compares no more for such keys), and the cache answers
// what keyInfoOf answers.
func TestKeyBits(t *testing.T) {
	for l := 1; l <= 16; l++ {
		seen := map[[2]uint64]string{}
		n := 1 << min(l, 12)
		for x := 0; x < n; x++ {
			key := make([]byte, l)
			for i := range key {
				key[i] = "ab"[(x>>(i%12))&1]
				if i >= 12 {
					key[i] = "cd"[(x>>(i-12))&1]
				}
			}
			a, b := keyBits(key)
			if other, ok := seen[[2]uint64{a, b}]; ok && other != string(key) {
				t.Fatalf("keyBits(%q) == keyBits(%q)", key, other)
			}
			seen[[2]uint64{a, b}] = string(key)
		}
	}
	s := allOn()
	for _, k := range []string{"password", "passwore", "Password", "pw", "pX", "user_phone", "user_phonf",
		"caller_id_number_and_more", "caller_id_number_and_mord", "x", "sid", "sie", "session_token"} {
		for range 3 {
			if got, want := s.cachedInfo([]byte(k)), keyInfoOf([]byte(k)); got != want {
				t.Errorf("cachedInfo(%q) = %v, keyInfoOf %v", k, got, want)
			}
		}
	}
}
