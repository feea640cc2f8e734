package redact

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/netip"
	"strings"
	"testing"
	"time"
)

// testKey is a hash key for tests only.
var testKey = []byte("0123456789abcdef0123456789abcdef")

func mustEngine(t testing.TB, o Options) *Engine {
	t.Helper()
	e, err := New(o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return e
}

func redactStr(r *Redactor, in string, f Format) (string, error) {
	out, err := r.Redact(nil, []byte(in), f)
	return string(out), err
}

// refCryptoPAnKey is the sample key of the Crypto-PAn reference
// distribution; the vectors below come from its sample trace.
var refCryptoPAnKey = []byte{21, 34, 23, 141, 51, 164, 207, 128, 19, 10, 91, 22, 73, 144, 125, 16,
	216, 152, 143, 131, 121, 121, 101, 39, 98, 87, 76, 45, 42, 132, 34, 2}

func TestCryptoPAnReferenceVectors(t *testing.T) {
	c, err := newCryptoPAn(refCryptoPAnKey)
	if err != nil {
		t.Fatal(err)
	}
	in, out := make([]byte, 16), make([]byte, 16)
	f := func(orig, want string) {
		t.Helper()
		got := c.mapAddr(netip.MustParseAddr(orig), in, out)
		if got != netip.MustParseAddr(want) {
			t.Errorf("%s -> %s, want %s", orig, got, want)
		}
	}
	f("128.11.68.132", "135.242.180.132")
	f("129.118.74.4", "134.136.186.123")
	f("130.132.252.244", "133.68.164.234")
	f("141.223.7.43", "141.167.8.160")
	f("141.233.145.108", "141.129.237.235")
	f("152.163.225.39", "151.140.114.167")
	f("192.102.249.13", "252.138.62.131")
	f("24.0.250.221", "100.15.198.226")
	f("64.14.118.196", "0.255.183.58")
	f("10.185.25.118", "117.161.29.118")
	// IPv6 with the same construction over 128 bits.
	f("::1", "78ff:f001:9fc0:20df:8380:b1f1:704:ed")
	f("::2", "78ff:f001:9fc0:20df:8380:b1f1:704:ef")
	f("2001:db8::1", "4401:2bc:603f:d91d:27f:ff8e:e6f1:dc1e")
	f("2001:db8::2", "4401:2bc:603f:d91d:27f:ff8e:e6f1:dc1c")
	// IPv4-mapped IPv6 maps its IPv4 part as IPv4.
	f("::ffff:128.11.68.132", "::ffff:135.242.180.132")
}

func commonPrefixBits(a, b []byte) int {
	for i := range a {
		if x := a[i] ^ b[i]; x != 0 {
			n := i * 8
			for m := byte(0x80); x&m == 0; m >>= 1 {
				n++
			}
			return n
		}
	}
	return len(a) * 8
}

// TestCryptoPAnPrefixPreserving: for many random pairs of addresses that
// share exactly k leading bits, the pseudonyms share exactly k leading bits.
func TestCryptoPAnPrefixPreserving(t *testing.T) {
	c, err := newCryptoPAnFromHashKey(testKey)
	if err != nil {
		t.Fatal(err)
	}
	in, out := make([]byte, 16), make([]byte, 16)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{4, 16} {
		for n := 0; n < 3000; n++ {
			a := make([]byte, size)
			for i := range a {
				a[i] = byte(rng.Uint32())
			}
			k := rng.IntN(size * 8)
			b := append([]byte(nil), a...)
			b[k/8] ^= 0x80 >> (k % 8) // differ at bit k
			for bit := k + 1; bit < size*8; bit++ {
				if rng.IntN(2) == 0 {
					b[bit/8] ^= 0x80 >> (bit % 8)
				}
			}
			if got := commonPrefixBits(a, b); got != k {
				t.Fatalf("BUG in test: prefix %d, want %d", got, k)
			}
			pa, pb := append([]byte(nil), a...), append([]byte(nil), b...)
			c.mapBits(pa, in, out)
			c.mapBits(pb, in, out)
			if got := commonPrefixBits(pa, pb); got != k {
				t.Fatalf("%d-byte %x and %x share %d bits, pseudonyms %x and %x share %d", size, a, b, k, pa, pb, got)
			}
		}
	}
}

func TestTruncateIP(t *testing.T) {
	f := func(in string, v4, v6 int, want string) {
		t.Helper()
		if got := truncateIP(netip.MustParseAddr(in), v4, v6).String(); got != want {
			t.Errorf("truncateIP(%s, /%d, /%d) = %s, want %s", in, v4, v6, got, want)
		}
	}
	f("203.0.113.7", 24, 48, "203.0.113.0")
	f("203.0.113.7", 16, 48, "203.0.0.0")
	f("203.0.113.7", 8, 48, "203.0.0.0")
	f("203.0.113.7", 32, 48, "203.0.113.7")
	f("2001:db8:abcd:12:3456::1", 24, 48, "2001:db8:abcd::")
	f("2001:DB8:ABCD:0012::1", 24, 32, "2001:db8::")
	f("fe80::1%eth0", 24, 48, "fe80::")
	f("::ffff:203.0.113.7", 24, 48, "::ffff:203.0.113.0")
	f("::ffff:203.0.113.7", 16, 48, "::ffff:203.0.0.0")
}

// TestApplyIP checks what replaces an IP detection, whatever span of
// brackets, port and zone the scanner reported.
func TestApplyIP(t *testing.T) {
	o := DefaultOptions()
	o.HashKey, o.HashKeyID = testKey, "k1"
	e := mustEngine(t, o)
	r := e.NewRedactor()
	f := func(src string, start, end int, addr string, want string) {
		t.Helper()
		m := match{det: DetIPv4, start: start, end: end, addr: netip.MustParseAddr(addr)}
		if m.addr.Is6() {
			m.det = DetIPv6
		}
		out, pos := r.apply(nil, []byte(src), m, actNone)
		if got := src[:start] + string(out) + src[pos:]; got != want {
			t.Errorf("apply(%q[%d:%d]) = %q, want %q", src, start, end, got, want)
		}
	}
	f("203.0.113.7", 0, 11, "203.0.113.7", "203.0.113.0")
	f("203.0.113.7:51234 x", 0, 17, "203.0.113.7", "203.0.113.0:51234 x")
	f("203.0.113.7:51234 x", 0, 11, "203.0.113.7", "203.0.113.0:51234 x")
	f("[2001:db8:1:2::1]:443", 0, 21, "2001:db8:1:2::1", "[2001:db8:1::]:443")
	f("[2001:db8:1:2::1]:443", 1, 16, "2001:db8:1:2::1", "[2001:db8:1::]:443")
	f("fe80::1%eth0 x", 0, 12, "fe80::1", "fe80:: x")
	f("fe80::1%eth0 x", 0, 7, "fe80::1", "fe80:: x")
	f("::FFFF:203.0.113.7", 0, 18, "::ffff:203.0.113.7", "::ffff:203.0.113.0")

	r.e.det[DetIPv4].act = ActPseudonymize
	r.e.det[DetIPv6].act = ActHash
	p := e.pan.mapAddr(netip.MustParseAddr("203.0.113.7"), r.blkIn, r.blkOut).String()
	f("203.0.113.7:80", 0, 14, "203.0.113.7", p+":80")
	f("203.0.113.7:80", 0, 14, "203.0.113.7", p+":80") // from the cache
	h := string(r.appendHash(nil, []byte("2001:db8::1")))
	f("[2001:DB8::1]:443", 0, 17, "2001:db8::1", "["+h+"]:443")
}

func TestHash(t *testing.T) {
	o := DefaultOptions()
	o.HashKey, o.HashKeyID = testKey, "k7"
	r := mustEngine(t, o).NewRedactor()
	h := r.appendHash(nil, []byte("alice@example.com"))
	if len(h) != len("k7:")+24 || !bytes.HasPrefix(h, []byte("k7:")) {
		t.Fatalf("hash %q: want k7: and 24 hex digits", h)
	}
	if _, err := hex.DecodeString(string(h[3:])); err != nil {
		t.Fatalf("hash %q: %v", h, err)
	}
	if h2 := r.appendHash(nil, []byte("alice@example.com")); !bytes.Equal(h, h2) {
		t.Errorf("hash not deterministic: %q, %q", h, h2)
	}
	if h3 := r.appendHash(nil, []byte("bob@example.com")); bytes.Equal(h, h3) {
		t.Errorf("two values, one hash %q", h)
	}
	o.HashKey = []byte("another key of 32 bytes.........")
	if h4 := mustEngine(t, o).NewRedactor().appendHash(nil, []byte("alice@example.com")); bytes.Equal(h, h4) {
		t.Errorf("two keys, one hash %q", h)
	}
	if !r.e.isPseudonym(h) {
		t.Errorf("isPseudonym(%q) = false", h)
	}
	for _, s := range []string{"k7:", "k1:" + string(h[3:]), string(h[:len(h)-1]) + "g", string(h) + "0"} {
		if r.e.isPseudonym([]byte(s)) {
			t.Errorf("isPseudonym(%q) = true", s)
		}
	}
}

func TestNewErrors(t *testing.T) {
	o := DefaultOptions()
	o.Detectors[DetEmail].Action = ActTruncate
	o.Detectors[DetPhone].Action = ActDrop
	o.Detectors[DetIPv4].IPv4Prefix = 33
	o.Detectors[DetCard].Action = ActHash
	o.Detectors[DetMAC].Token = "bad\ntoken"
	o.Fields = []FieldRule{{Path: "user..email", Action: ActMask}, {Path: "a", Action: ActDrop}, {Path: "a", Action: ActKeep}}
	o.Patterns = []Pattern{{Name: "x", Regexp: "(", Action: ActMask}, {Name: "x", Regexp: "a", Action: ActDrop}, {Regexp: "b", Timeout: -time.Second}}
	o.KeepCIDRs = []netip.Prefix{{}}
	o.KeepEmailDomains = []string{"a@b"}
	o.MaxRecordBytes = -1
	_, err := New(o)
	if err == nil {
		t.Fatal("New accepted bad options")
	}
	for _, want := range []string{
		`detectors.email.action: "truncate" is only for ipv4 and ipv6`,
		`detectors.phone.action: "drop" is only for field rules`,
		`detectors.ipv4.ipv4_prefix: 33 is not in [0, 32]`,
		`detectors.mac.token: "bad\ntoken"`,
		`fields[0].path: "user..email"`,
		`fields[2].path: "a" is already the path of fields[1]`,
		`patterns[0].regexp: "("`,
		`patterns[1].name: "x" already names patterns[0]`,
		`patterns[1].action: "drop"`,
		`patterns[2].name: empty`,
		`patterns[2].timeout: -1s is negative`,
		`keep_cidrs[0]`,
		`keep_email_domains[0]: "a@b"`,
		`hash_key: 0 bytes, want at least 16 (needed by detectors.card.action: hash)`,
		`max_record_bytes: -1 is not in [0, 1073741824]`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}

	o = DefaultOptions()
	o.Detectors[DetIPv6].Action = ActPseudonymize
	o.HashKey = testKey
	if _, err := New(o); err == nil || !strings.Contains(err.Error(), "hash_key_id: empty") {
		t.Errorf("want hash_key_id error, got %v", err)
	}
	o.HashKeyID = "k:1"
	if _, err := New(o); err == nil || !strings.Contains(err.Error(), `hash_key_id: "k:1"`) {
		t.Errorf("want hash_key_id error, got %v", err)
	}
	if _, err := New(DefaultOptions()); err != nil {
		t.Errorf("default options: %v", err)
	}
}

// fieldOptions has one field rule of each kind.
func fieldOptions() Options {
	o := DefaultOptions()
	o.HashKey, o.HashKeyID = testKey, "k1"
	o.Fields = []FieldRule{
		{Path: "user.password", Action: ActDrop},
		{Path: "user.name", Action: ActMask},
		{Path: "user.id", Action: ActHash},
		{Path: "headers[].value", Action: ActMask, Token: `[h"v]`},
		{Path: "trace", Action: ActKeep},
		{Path: "tags[]", Action: ActDrop},
		{Path: "matrix[][].secret", Action: ActDrop},
		{Path: "debug", Action: ActDrop},
	}
	return o
}

func TestJSONFieldRules(t *testing.T) {
	o := fieldOptions()
	e := mustEngine(t, o)
	r := e.NewRedactor()
	hash := func(v string) string { return string(r.appendHash(nil, []byte(v))) }
	f := func(in, want string) {
		t.Helper()
		got, err := redactStr(r, in, FormatJSON)
		if err != nil {
			t.Fatalf("Redact(%s): %v", in, err)
		}
		if got != want {
			t.Errorf("Redact(%s)\n got %s\nwant %s", in, got, want)
		}
		if !json.Valid([]byte(got)) {
			t.Errorf("output is not valid JSON: %s", got)
		}
	}
	f(`{"user":{"password":"x","name":"Alice"}}`, `{"user":{"name":"[redacted]"}}`)
	f(`{"user":{"name":"Alice","password":"x"}}`, `{"user":{"name":"[redacted]"}}`)
	f(`{"user":{"name":"A", "password":"x", "n":1}}`, `{"user":{"name":"[redacted]", "n":1}}`)
	f(`{"user":{"password":{"a":[1,2]}}}`, `{"user":{}}`)
	f(`{"debug":1}`, `{}`)
	f(`{ "debug" : 1 , "a" : 2 }`, `{ "a" : 2 }`)
	f(`{"a":1,"debug":[{"x":"y"}],"b":2}`, `{"a":1,"b":2}`)
	f(`{"user":{"id":"u-123"}}`, `{"user":{"id":"`+hash("u-123")+`"}}`)
	f(`{"user":{"id":"u-\u0031\u00323"}}`, `{"user":{"id":"`+hash("u-123")+`"}}`)
	f(`{"user":{"id":42}}`, `{"user":{"id":"`+hash("42")+`"}}`)
	f(`{"user":{"id":"`+hash("u-123")+`"}}`, `{"user":{"id":"`+hash("u-123")+`"}}`)
	f(`{"user":{"name":{"first":"A","last":"B"}}}`, `{"user":{"name":"[redacted]"}}`)
	f(`{"headers":[{"name":"a","value":"b"},{"value":7}]}`, `{"headers":[{"name":"a","value":"[h\"v]"},{"value":"[h\"v]"}]}`)
	f(`{"headers":{"value":"b"}}`, `{"headers":{"value":"b"}}`)
	f(`{"tags":["a","b"],"n":1}`, `{"tags":[],"n":1}`)
	f(`{"tags":[ "a" , "b" ]}`, `{"tags":[]}`)
	f(`{"matrix":[[{"secret":1,"ok":2}],[]]}`, `{"matrix":[[{"ok":2}],[]]}`)
	f(`{"trace":{"ip":"x"},"user":null}`, `{"trace":{"ip":"x"},"user":null}`)
	f(`{"us\u0065r":{"n\u0061me":"A"}}`, `{"us\u0065r":{"n\u0061me":"[redacted]"}}`)
	f(` {"a" : [ 1, true, false, null, -0.5e+3, "x\"y" ] } `, ` {"a" : [ 1, true, false, null, -0.5e+3, "x\"y" ] } `)
	f(`{}`, `{}`)
	f(`{ }`, `{ }`)
	f(`[]`, `[]`)
	f(`"s"`, `"s"`)
	// A top-level array is a batch of records: each element gets the rules.
	f(`[{"user":{"password":"x","name":"A"}},{"debug":1,"a":2}]`, `[{"user":{"name":"[redacted]"}},{"a":2}]`)
	f(`[[{"debug":1}], 1, "s"]`, `[[{}], 1, "s"]`)

	st := r.Stats()
	if _, err := redactStr(r, `{"tags":["a","b"],"user":{"password":1,"id":"x","name":"y"}}`, FormatJSON); err != nil {
		t.Fatal(err)
	}
	want := []uint32{1, 1, 1, 0, 0, 2, 0, 0}
	for i, n := range want {
		if st.Fields[i] != n {
			t.Errorf("Stats.Fields[%d] (%s) = %d, want %d", i, o.Fields[i].Path, st.Fields[i], n)
		}
	}
}

// TestJSONKeys: object keys are scanned like string values and rewritten
// in place (still JSON strings; masking may make two keys equal), while the
// key as written still selects field rules.
func TestJSONKeys(t *testing.T) {
	o := fieldOptions()
	o.Fields = append(o.Fields, FieldRule{Path: "macs.00:1a:2b:3c:4d:5e", Action: ActMask})
	o.Patterns = []Pattern{{Name: "order", Regexp: `ORD-\d{6}`, Literals: []string{"ORD-"}, Action: ActMask}}
	r := mustEngine(t, o).NewRedactor()
	f := func(in, want string) {
		t.Helper()
		got, err := redactStr(r, in, FormatJSON)
		if err != nil || got != want {
			t.Errorf("Redact(%s)\n got %s, %v\nwant %s", in, got, err, want)
		}
		if !json.Valid([]byte(got)) {
			t.Errorf("output is not valid JSON: %s", got)
		}
		if again, err := redactStr(r, got, FormatJSON); err != nil || again != got {
			t.Errorf("not idempotent: %s -> %s (%v)", got, again, err)
		}
	}
	f(`{"clients":{"203.0.113.7":5,"alice@example.com":1}}`, `{"clients":{"203.0.113.0":5,"[email]":1}}`)
	f(`{"alice\u0040example.com":"x","caf\u00e9":1}`, `{"[email]":"x","caf\u00e9":1}`)
	f(`{"203.0.113.7":1,"203.0.113.9":2}`, `{"203.0.113.0":1,"203.0.113.0":2}`)
	f(`{ "4111 1111 1111 1111" : 1 , "by \"mac\" 00:1a:2b:3c:4d:5e" : [] }`, `{ "[card]" : 1 , "by \"mac\" [mac]" : [] }`)
	f(`{"x":[{"2001:db8:abcd:12::7":{"token=abc123":true}}]}`, `{"x":[{"2001:db8:abcd::":{"token=[secret]":true}}]}`)
	f(`{"ORD-123456":"ORD-654321"}`, `{"[order]":"[order]"}`)
	f(`{"[email]":1,"token":"abc123","ip":1}`, `{"[email]":1,"token":"[secret]","ip":1}`)
	// Field rules match the key as written; keep leaves keys below as they are.
	f(`{"macs":{"00:1a:2b:3c:4d:5e":"v","00:1a:2b:3c:4d:5f":"w"}}`, `{"macs":{"[mac]":"[redacted]","[mac]":"w"}}`)
	f(`{"user":{"alice@example.com":{"id":"x"},"password":"p"},"trace":{"203.0.113.7":1},"debug":{"a@example.com":1}}`,
		`{"user":{"[email]":{"id":"x"}},"trace":{"203.0.113.7":1}}`)
	if _, err := redactStr(r, `{"alice@example.com":{"bob@example.com":1}}`, FormatJSON); err != nil {
		t.Fatal(err)
	}
	if n := r.Stats().Detections[DetEmail]; n != 2 {
		t.Errorf("Stats.Detections[email] = %d, want 2", n)
	}
}

func TestJSONParseErrors(t *testing.T) {
	r := mustEngine(t, fieldOptions()).NewRedactor()
	f := func(in string, at int) {
		t.Helper()
		out, err := r.Redact([]byte("keep"), []byte(in), FormatJSON)
		var q *QuarantineError
		if !errors.As(err, &q) || q.Reason != ReasonParse {
			t.Fatalf("Redact(%q) = %q, %v; want a parse quarantine", in, out, err)
		}
		if string(out) != "keep" {
			t.Errorf("Redact(%q) changed dst to %q", in, out)
		}
		if want := "byte " + itoa(at); q.Detail != want {
			t.Errorf("Redact(%q): detail %q, want %q", in, q.Detail, want)
		}
		if json.Valid([]byte(in)) {
			t.Errorf("BUG in test: %q is valid JSON", in)
		}
	}
	f(``, 0)
	f(`   `, 3)
	f(`{`, 1)
	f(`{"a"}`, 4)
	f(`{"a":}`, 5)
	f(`{"a":1,}`, 7)
	f(`{"a":1 "b":2}`, 7)
	f(`{"a":[1,]}`, 8)
	f(`{"a":"x`, 5+2)
	f("{\"a\":\"x\ny\"}", 7)
	f(`{"a":"\x"}`, 6)
	f(`{"a":"\u12"}`, 6)
	f(`{"a":01}`, 6)
	f(`{"a":1.}`, 7)
	f(`{"a":-}`, 6)
	f(`{"a":1e}`, 7)
	f(`{"a":tru}`, 5)
	f(`{"a":1} x`, 8)
	f(`{"user":{"password":[1,}}`, 23)
	f(`{"trace":{"a":01}}`, 15)
	f(`{"x":`+strings.Repeat("[", maxJSONDepth+1)+strings.Repeat("]", maxJSONDepth+1)+`}`, 5+maxJSONDepth-1)
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestJSONField(t *testing.T) {
	rec := []byte(` {"meta":{"log_type":"audit","n":12,"o":{"a":[1,2]}},"ts":"2026-11-23T10:00:00Z","e\u0073c":"x\"y","z":null}`)
	f := func(path, want string, wantOK bool) {
		t.Helper()
		v, ok := JSONField(rec, path)
		if ok != wantOK || string(v) != want {
			t.Errorf("JSONField(%q) = %q, %v; want %q, %v", path, v, ok, want, wantOK)
		}
	}
	f("meta.log_type", "audit", true)
	f("meta.n", "12", true)
	f("meta.o", `{"a":[1,2]}`, true)
	f("meta.o.a", `[1,2]`, true)
	f("ts", "2026-11-23T10:00:00Z", true)
	f("esc", `x\"y`, true)
	f("z", "null", true)
	f("meta.missing", "", false)
	f("ts.x", "", false)
	f("", "", false)
	f("meta.", "", false)
	if v, ok := JSONField([]byte(`[1]`), "a"); ok {
		t.Errorf("JSONField on an array = %q", v)
	}
	if v, ok := JSONField([]byte(`{"a":1,"b":`), "b"); ok {
		t.Errorf("JSONField on a broken record = %q", v)
	}
	if n := testing.AllocsPerRun(100, func() { JSONField(rec, "meta.log_type"); JSONField(rec, "esc") }); n != 0 {
		t.Errorf("JSONField allocates %v times", n)
	}
}

func TestPatterns(t *testing.T) {
	o := DefaultOptions()
	o.HashKey, o.HashKeyID = testKey, "k1"
	o.Patterns = []Pattern{
		{Name: "order", Regexp: `ORD-\d{6}`, Literals: []string{"ORD-"}, Action: ActMask},
		{Name: "cust", Regexp: `(?<=cust=)\w+`, Action: ActHash},
		{Name: "ümlaut", Regexp: `ü+`, Action: ActMask, Token: "<u>"},
		{Name: "word", Regexp: `secret\w*`, Action: ActMask, Token: "[secretword]"},
	}
	r := mustEngine(t, o).NewRedactor()
	hash := func(v string) string { return string(r.appendHash(nil, []byte(v))) }
	f := func(in string, format Format, want string, counts ...uint32) {
		t.Helper()
		got, err := redactStr(r, in, format)
		if err != nil {
			t.Fatalf("Redact(%q): %v", in, err)
		}
		if got != want {
			t.Errorf("Redact(%q)\n got %q\nwant %q", in, got, want)
		}
		for i, n := range counts {
			if r.Stats().Patterns[i] != n {
				t.Errorf("Redact(%q): Stats.Patterns[%d] = %d, want %d", in, i, r.Stats().Patterns[i], n)
			}
		}
	}
	f("a ORD-123456 b ORD-654321", FormatText, "a [order] b [order]", 2, 0, 0)
	f("a ORD-12345 b", FormatText, "a ORD-12345 b", 0, 0, 0)
	f("cust=bob x", FormatText, "cust="+hash("bob")+" x", 0, 1, 0)
	f("cust="+hash("bob")+" x", FormatText, "cust="+hash("bob")+" x", 0, 0, 0)
	f("a secretx b", FormatText, "a [secretword] b", 0, 0, 0, 1)
	f("a [secretword] b", FormatText, "a [secretword] b", 0, 0, 0, 0)
	f("\xff é üü ORD-000001 \x00", FormatText, "\xff é <u> [order] \x00", 1, 0, 1)
	f(`{"a":"ORD-000001","b":["cust=al"],"c":"ORD"}`, FormatJSON, `{"a":"[order]","b":["cust=`+hash("al")+`"],"c":"ORD"}`, 1, 1, 0)
	f(`{"a":"x\"ORD-000001\n"}`, FormatJSON, `{"a":"x\"[order]\n"}`, 1, 0, 0)
	f(`{"a":"\u00fc"}`, FormatJSON, `{"a":"<u>"}`, 0, 0, 1)
	f(`{"a":"ORD-\u0031"}`, FormatJSON, `{"a":"ORD-\u0031"}`, 0, 0, 0)
}

func TestPatternTimeout(t *testing.T) {
	o := DefaultOptions()
	o.Patterns = []Pattern{{Name: "slow", Regexp: `^(\w+\s?)*$`, Action: ActMask, Timeout: time.Millisecond}}
	r := mustEngine(t, o).NewRedactor()
	secret := "Secretvalue " + strings.Repeat("abcdefgh ", 4) + strings.Repeat("x", 40) + "!"
	for _, in := range []string{secret, `{"msg":"` + secret + `"}`} {
		out, err := r.Redact([]byte("pre"), []byte(in), FormatAuto)
		var q *QuarantineError
		if !errors.As(err, &q) || q.Reason != ReasonRegexTimeout || q.Detail != "slow" {
			t.Fatalf("Redact: %q, %v; want a regex_timeout quarantine naming the pattern", out, err)
		}
		if string(out) != "pre" {
			t.Errorf("Redact changed dst to %q", out)
		}
		if msg := err.Error(); strings.Contains(msg, "Secret") || strings.Contains(msg, "abcdefgh") || strings.Contains(msg, "xxxx") {
			t.Errorf("quarantine error carries record bytes: %s", msg)
		}
	}
}

func TestOversize(t *testing.T) {
	o := DefaultOptions()
	o.MaxRecordBytes = 10
	r := mustEngine(t, o).NewRedactor()
	_, err := r.Redact(nil, []byte("0123456789A"), FormatText)
	var q *QuarantineError
	if !errors.As(err, &q) || q.Reason != ReasonOversize || strings.Contains(err.Error(), "0123") {
		t.Errorf("got %v, want an oversize quarantine without content", err)
	}
	if out, err := r.Redact(nil, []byte("0123456789"), FormatText); err != nil || string(out) != "0123456789" {
		t.Errorf("10-byte record: %q, %v", out, err)
	}
}

// TestFormatAuto: records that start with '{' or '[' are walked as JSON; one
// that is not valid JSON is quarantined when it holds an escape that hides
// PII from the text scanner, or when it opens like JSON and the policy has
// field rules; otherwise it is redacted as text.
func TestFormatAuto(t *testing.T) {
	withFields := DefaultOptions()
	withFields.Fields = []FieldRule{{Path: "a", Action: ActMask}, {Path: "user.name", Action: ActMask}}
	rf := mustEngine(t, withFields).NewRedactor()
	rd := mustEngine(t, DefaultOptions()).NewRedactor()
	f := func(r *Redactor, in, want string, fallback uint32) {
		t.Helper()
		if got, err := redactStr(r, in, FormatAuto); err != nil || got != want {
			t.Errorf("Redact(%q) = %q, %v; want %q", in, got, err, want)
		}
		if n := r.Stats().TextFallback; n != fallback {
			t.Errorf("Redact(%q): Stats.TextFallback = %d, want %d", in, n, fallback)
		}
	}
	q := func(r *Redactor, in string, at int) {
		t.Helper()
		out, err := r.Redact([]byte("pre"), []byte(in), FormatAuto)
		var qe *QuarantineError
		if !errors.As(err, &qe) || qe.Reason != ReasonParse || qe.Detail != "byte "+itoa(at) {
			t.Errorf("Redact(%q) = %q, %v; want a parse quarantine at byte %d", in, out, err, at)
		}
		if string(out) != "pre" {
			t.Errorf("Redact(%q) changed dst to %q", in, out)
		}
	}
	f(rf, `  {"a":1}`, `  {"a":"[redacted]"}`, 0)
	f(rf, `a=1`, `a=1`, 0)
	f(rf, ``, ``, 0)
	f(rf, `  `, `  `, 0)

	// Top-level arrays are JSON: escapes are decoded before scanning.
	f(rd, `[{"email":"alice\u0040example.com"}]`, `[{"email":"[email]"}]`, 0)
	f(rd, ` ["203.0.113.7", 4111111111111111]`, ` ["203.0.113.0", "[card]"]`, 0)
	f(rf, `[{"a":"alice@example.com"}]`, `[{"a":"[redacted]"}]`, 0) // a batch: its elements get the field rules
	f(rf, `[{"b":"alice@example.com"}]`, `[{"b":"[email]"}]`, 0)

	// Broken JSON with a field rule: the rule cannot be applied.
	q(rf, `{"user":{"name":"Alice Smith"}}x`, 31)
	q(rf, `{"a":1`, 6)
	q(rf, `[{"user":{"name":"Alice Smith"}}`, 32)
	q(rf, `{}x`, 2)
	// Broken JSON whose escapes hide PII, with or without field rules.
	for _, r := range []*Redactor{rd, rf} {
		q(r, `{"card":"4111\u00201111\u00201111\u00201111"}x`, 45)
		q(r, `{"ip":"203\u002e0\u002e113\u002e7"}x`, 35)
		q(r, `[{"email":"alice\u0040example.com"}`, 35)
		q(r, `{"url":"https:\/\/x.example\/?t=abc"`, 36)
		q(r, `[2001:db8::1] from alice\u0040example.com`, 5)
	}
	// Broken JSON without hiding escapes and without field rules: text.
	f(rd, `{"ip":"203.0.113.7"}x`, `{"ip":"203.0.113.0"}x`, 1)
	f(rd, `{"msg":"a \"quoted\" alice@example.com\n"`, `{"msg":"a \"quoted\" [email]\n"`, 1)
	f(rd, `["x", 203.0.113.7]`, `["x", 203.0.113.0]`, 1)
	// Text lines that start with a bracket but not like JSON stay text,
	// field rules or not.
	for _, r := range []*Redactor{rd, rf} {
		f(r, `[2001:db8:abcd:12::7]:51234 - - "GET / HTTP/1.1" 200`, `[2001:db8:abcd::]:51234 - - "GET / HTTP/1.1" 200`, 0)
		f(r, `[Mon Nov 23 10:00:00 2026] [error] [client 203.0.113.7] C:\users\x`, `[Mon Nov 23 10:00:00 2026] [error] [client 203.0.113.0] C:\users\x`, 0)
		f(r, `{name:alice@example.com}`, `{name:[email]}`, 0)
	}
}

// TestHashNotRedetected: a hash pseudonym is not itself detected again, so
// redacting twice under a hashing policy equals redacting once and the
// second pass rewrites nothing.
func TestHashNotRedetected(t *testing.T) {
	o := DefaultOptions()
	for d := range o.Detectors {
		o.Detectors[d].Action = ActHash
	}
	o.HashKey, o.HashKeyID = testKey, "k1"
	r := mustEngine(t, o).NewRedactor()
	recs := append(append([][]byte{}, cdnLines...), jsonRecords...)
	recs = append(recs,
		[]byte(`sip:+14155550123@voip.example.org;user=phone,tel:+442079460958,"sip:alice@example.com"`),
		[]byte(`call +44 20 7946 0958 card 4111-1111-1111-1111 iban DE89370400440532013000 ssn 123-45-6789 mac 00:1a:2b:3c:4d:5e`),
		[]byte(`{"password":"hunter2","caller":14155552671,"a":"Authorization: Bearer abc.def.ghi AKIAIOSFODNN7EXAMPLE"}`))
	for _, rec := range recs {
		once, err := r.Redact(nil, rec, FormatAuto)
		if err != nil {
			t.Fatal(err)
		}
		var n uint32
		for _, c := range r.Stats().Detections {
			n += c
		}
		if n == 0 {
			continue
		}
		twice, err := r.Redact(nil, once, FormatAuto)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(once, twice) {
			t.Errorf("hashing twice differs:\nonce  %s\ntwice %s", once, twice)
		}
		if d := r.Stats().Detections; d != ([NumDetectors]uint32{}) {
			t.Errorf("second pass over %s detected %v", once, d)
		}
	}
}

// TestTextLayout: text records keep their separators: the same tabs,
// commas, quotes and brackets, in the same order.
func TestTextLayout(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	seps := func(b []byte) string {
		var s []byte
		for _, c := range b {
			switch c {
			case '\t', ',', '"', '[', ']', ';', '|':
				s = append(s, c)
			}
		}
		return string(s)
	}
	for _, line := range []string{
		"2026-11-23\t10:00:02\tCDG50-C1\t5123\t198.51.100.23\tGET\td1.cloudfront.net\t/a.png\t200\thttps://example.com/?e=bob%40example.com\tMozilla/5.0\tsession=abc123\t-\tHit",
		`2026-11-23 10:00:00,+442079460958,+1 (415) 555-2671,sip:alice@example.com;user=phone,203.0.113.7:5060,ANSWERED,62,"Alice Smith",4111111111111111`,
		`23-Nov-2026 10:00:03.123 queries: info: client @0x7f1c 192.0.2.55#53124 (mail.example.net): query: mail.example.net IN A +E(0)K (203.0.113.53)`,
		`<134>1 2026-11-23T10:00:00Z host app - - [meta ip="203.0.113.9" user="carol@example.org"] login ok|src=2001:db8::1|dst=[2001:db8::2]:443`,
	} {
		out, err := r.Redact(nil, []byte(line), FormatText)
		if err != nil {
			t.Fatal(err)
		}
		bare := out // the mask tokens' own brackets do not count
		for d := Detector(0); d < NumDetectors; d++ {
			bare = bytes.ReplaceAll(bare, []byte("["+d.String()+"]"), nil)
		}
		if seps(bare) != seps([]byte(line)) {
			t.Errorf("separators changed:\n in %s\nout %s", line, out)
		}
		if string(out) == line {
			t.Errorf("nothing redacted in %s", line)
		}
	}
}

// TestPseudonymCache: cached pseudonyms equal computed ones, with many more
// addresses than cache slots (so slots are overwritten) and each seen twice.
func TestPseudonymCache(t *testing.T) {
	o := DefaultOptions()
	o.Detectors[DetIPv4].Action = ActPseudonymize
	o.HashKey, o.HashKeyID = testKey, "k1"
	e := mustEngine(t, o)
	r := e.NewRedactor()
	in, out := make([]byte, 16), make([]byte, 16)
	rng := rand.New(rand.NewPCG(3, 4))
	addrs := make([]netip.Addr, 4*panCacheSize)
	for i := range addrs {
		var b [16]byte
		for j := range b {
			b[j] = byte(rng.Uint32())
		}
		addrs[i] = netip.AddrFrom16(b)
		if i%2 == 0 {
			addrs[i] = netip.AddrFrom4([4]byte(b[:4]))
		}
	}
	for range 2 {
		for _, a := range addrs {
			if got, want := r.pseudonym(a), e.pan.mapAddr(a, in, out); got != want {
				t.Fatalf("pseudonym(%s) = %s, want %s", a, got, want)
			}
		}
	}
}

// TestHashNormalForm: the spellings of one value share one pseudonym.
func TestHashNormalForm(t *testing.T) {
	f := func(det Detector, a, b string, same bool) {
		t.Helper()
		x := string(appendHashInput(nil, det, []byte(a)))
		y := string(appendHashInput(nil, det, []byte(b)))
		if (x == y) != same {
			t.Errorf("%s: %q -> %q, %q -> %q; same = %v, want %v", det, a, x, b, y, x == y, same)
		}
	}
	f(DetEmail, "Alice@Example.COM", "alice@example.com", true)
	f(DetEmail, "alice@example.com", "alicf@example.com", false)
	f(DetPhone, "+44 20 7946 0958", "+442079460958", true)
	f(DetPhone, "+44-20-7946-0958", "+44 (20) 7946.0958", true)
	f(DetPhone, "tel:+442079460958", "+442079460958", true)
	f(DetPhone, "442079460958", "+442079460958", false)
	f(DetCard, "4111 1111 1111 1111", "4111-1111-1111-1111", true)
	f(DetIBAN, "DE89 3704 0044 0532 0130 00", "de89370400440532013000", true)
	f(DetMAC, "00:1A:2B:3C:4D:5E", "001a.2b3c.4d5e", true)
	f(DetSecret, "Hunter2", "hunter2", false)

	// Encoded spellings reach the hash decoded (view.go), so they share the
	// pseudonym too.
	r := mustEngine(t, goldenPolicies["hash"]()).NewRedactor()
	g := func(a, b string) {
		t.Helper()
		x, _ := redactStr(r, "v="+a+" end", FormatText)
		y, _ := redactStr(r, "v="+b+" end", FormatText)
		if x != y || x == "v="+a+" end" {
			t.Errorf("%q -> %q, %q -> %q: want one pseudonym", a, x, b, y)
		}
	}
	g("alice%40example.com", "alice@example.com")
	g("alice%2540example.com", "Alice@example.com")
	g("%2B44-20-7946-0958", "+44 20 7946 0958")
}

// TestLargeRecords: multi-megabyte records are redacted whole when the
// limit allows it (text and JSON), and quarantined when it does not.
func TestLargeRecords(t *testing.T) {
	o := DefaultOptions()
	o.MaxRecordBytes = 8 << 20
	r := mustEngine(t, o).NewRedactor()
	text := bytes.Repeat(append(bytes.Join(cdnLines, []byte(" ")), ' '), (2<<20)/(len(cdnLines)*len(cdnLines[0])))
	out, err := r.Redact(nil, text, FormatText)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("203.0.113.7")) || r.Stats().Detections[DetIPv4] == 0 {
		t.Errorf("2 MiB text line: client IPs survived (%d redacted)", r.Stats().Detections[DetIPv4])
	}
	js := []byte(`{"recs":[` + strings.Repeat(string(jsonRecords[0])+",", (4<<20)/len(jsonRecords[0])) + `{}]}`)
	out, err = r.Redact(nil, js, FormatJSON)
	if err != nil {
		t.Fatal(err)
	}
	if !json.Valid(out) || bytes.Contains(out, []byte("alice.smith@example.com")) {
		t.Errorf("4 MiB JSON record: invalid output or e-mail survived")
	}
	o.MaxRecordBytes = 0 // 1 MiB
	r = mustEngine(t, o).NewRedactor()
	var q *QuarantineError
	if _, err := r.Redact(nil, text, FormatText); !errors.As(err, &q) || q.Reason != ReasonOversize {
		t.Errorf("2 MiB line under the default limit: %v, want an oversize quarantine", err)
	}
}

// TestControlBytes: NUL and other control bytes pass through text, and a
// raw one inside a JSON string makes the record invalid JSON: quarantined
// as JSON, redacted as text under FormatAuto.
func TestControlBytes(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	in := "{\"msg\":\"a\x00b 203.0.113.7\"}"
	if _, err := r.Redact(nil, []byte(in), FormatJSON); err == nil {
		t.Errorf("raw NUL in a JSON string accepted")
	}
	out, err := r.Redact(nil, []byte(in), FormatAuto)
	if want := "{\"msg\":\"a\x00b 203.0.113.0\"}"; err != nil || string(out) != want {
		t.Errorf("FormatAuto: %q, %v; want %q", out, err, want)
	}
}

// TestConcurrentRedactors: one Engine serves many goroutines, each with its
// own Redactor, and they all agree with a sequential run (run with -race).
func TestConcurrentRedactors(t *testing.T) {
	o := fieldOptions()
	o.Detectors[DetIPv4].Action = ActPseudonymize
	o.Detectors[DetIPv6].Action = ActPseudonymize
	o.Detectors[DetEmail].Action = ActHash
	o.Patterns = []Pattern{{Name: "order", Regexp: `ORD-\d+`, Action: ActHash}}
	e := mustEngine(t, o)
	recs := append(append([][]byte{}, cdnLines...), jsonRecords...)
	recs = append(recs, []byte("ORD-42 from 203.0.113.7"))
	want := make([]string, len(recs))
	r := e.NewRedactor()
	for i, rec := range recs {
		out, err := r.Redact(nil, rec, FormatAuto)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = string(out)
	}
	errc := make(chan error, 4)
	for range 4 {
		go func() {
			r := e.NewRedactor()
			for n := 0; n < 50; n++ {
				for i, rec := range recs {
					out, err := r.Redact(nil, rec, FormatAuto)
					if err != nil || string(out) != want[i] {
						errc <- fmt.Errorf("record %d: %q, %v; want %q", i, out, err, want[i])
						return
					}
				}
			}
			errc <- nil
		}()
	}
	for range 4 {
		if err := <-errc; err != nil {
			t.Error(err)
		}
	}
}
