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

// TestSharedShapes: every start sharedShapes drops is one whose shape test
// (may) rejects the word, under each key context.
func TestSharedShapes(t *testing.T) {
	s := allOn()
	s.startsOn()
	for _, in := range []string{
		"rt=1.448 urt=0.628 [23/Nov/2026:20:00:00 +0000] 23-Nov-2026 20:00:00.000",
		"1.2.3.4 123.45.6789 555.123.4567 1.555.123.4567 06.12.34.56.78 0.1.2 12.34",
		"fe80::1 ab:cd:ef:01:23:45 00:1A:2B:3C:4D:5E 2001:db8::1 20:00 1:2:3:4:5:6:7:8 a:b",
		"9.x 9. 99:x 9:",
	} {
		src := []byte(in)
		for kc := keyCtx(0); kc < numCtx; kc++ {
			for i := 0; i < len(src); i++ {
				if !isAlnum(src[i]) || i > 0 && isAlnum(src[i-1]) {
					continue
				}
				w := i
				for w < len(src) && isAlnum(src[w]) {
					w++
				}
				if w >= len(src) {
					continue
				}
				set := startsAt(src, i, w, kc) & s.on
				dropped := set &^ sharedShapes(src, i, w, kc, set)
				for x := range wordStarts {
					if dropped&(1<<x) != 0 && startMay[x](s, src, i, w, kc) {
						t.Errorf("%q at %d, context %d: %s dropped, but its may accepts", in, i, kc, wordStarts[x].name)
					}
				}
			}
		}
	}
}
