package redact

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzJSONField cross-checks JSONField against encoding/json: for every
// top-level key of a valid object, the value found is the raw value
// encoding/json sees (strings without their quotes). It never panics.
func FuzzJSONField(f *testing.F) {
	for _, r := range jsonRecords {
		f.Add(string(r), "service")
	}
	f.Add(`{"a":{"b":"c"},"e\u0073c":"x\"y"}`, "a.b")
	f.Add(`{"a":1,"a":2}`, "a")
	f.Add(`[{"a":1}]`, "a")
	f.Fuzz(func(t *testing.T, rec, path string) {
		v, ok := JSONField([]byte(rec), path) // must not panic
		if ok && !json.Valid([]byte(rec)) {
			// A lookup may stop before the end of the record: only the
			// part it walked has been checked.
			if _, vok := skipValue(v, 0, 0); !vok && !strings.Contains(rec, string(v)) {
				t.Fatalf("JSONField(%q, %q) = %q: not part of the record", rec, path, v)
			}
		}
		if !json.Valid([]byte(rec)) || !utf8.ValidString(rec) {
			return // encoding/json turns invalid UTF-8 in keys into U+FFFD
		}
		d := json.NewDecoder(strings.NewReader(rec))
		if tok, err := d.Token(); err != nil || tok != json.Delim('{') {
			return
		}
		seen := map[string]bool{}
		for d.More() {
			tok, err := d.Token()
			if err != nil {
				t.Fatal(err)
			}
			k := tok.(string)
			var raw json.RawMessage
			if err := d.Decode(&raw); err != nil {
				t.Fatal(err)
			}
			if seen[k] || k == "" || strings.Contains(k, ".") {
				continue // JSONField gives the first of duplicate keys
			}
			seen[k] = true
			want := []byte(raw)
			if want[0] == '"' {
				want = want[1 : len(want)-1]
			}
			got, ok := JSONField([]byte(rec), k)
			if !ok || !bytes.Equal(got, want) {
				t.Fatalf("JSONField(%q, %q) = %q, %v; want %q", rec, k, got, ok, want)
			}
		}
	})
}

// FuzzJSONEscape: escaping then unescaping gives the bytes back, and the
// escaped form is a valid JSON string that decodes to them (when they are
// valid UTF-8).
func FuzzJSONEscape(f *testing.F) {
	for _, s := range []string{"", "plain", "q\"b\\s/\n\r\t\b\f\x00\x1f\x7f", "é😀", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		esc := appendEscaped(nil, []byte(s))
		q := append(append([]byte{'"'}, esc...), '"')
		end, hasEsc, ok := scanString(q, 0)
		if !ok || end != len(q) {
			t.Fatalf("escaped %q is not a JSON string: %q", s, q)
		}
		if hasEsc != (bytes.IndexByte(esc, '\\') >= 0) {
			t.Fatalf("scanString escape flag wrong for %q", q)
		}
		if _, info, _ := scanStringInfo(q, 0); info != strInfoRef(esc) {
			t.Fatalf("scanStringInfo(%q) = %b, want %b", q, info, strInfoRef(esc))
		}
		if back := appendUnescaped(nil, esc); string(back) != s {
			t.Fatalf("unescape(escape(%q)) = %q", s, back)
		}
		if !json.Valid(q) {
			t.Fatalf("encoding/json rejects %q", q)
		}
		if utf8.ValidString(s) {
			var dec string
			if err := json.Unmarshal(q, &dec); err != nil || dec != s {
				t.Fatalf("encoding/json decodes %q to %q, %v; want %q", q, dec, err, s)
			}
		}
	})
}

// strInfoRef is what scanStringInfo must report of raw string content,
// byte by byte.
func strInfoRef(raw []byte) (info strInfo) {
	for _, c := range raw {
		switch {
		case c == '\\':
			info |= strEsc
		case c == '%' || c >= 0x7f:
			info |= strView
		case c == '+':
			info |= strPlus
		}
	}
	return info
}

// TestScanStringInfo: the flags at every offset and alignment, for the
// 8-byte loop and the byte loop alike.
func TestScanStringInfo(t *testing.T) {
	for _, mark := range []string{"%", "+", "\x7f", "\x80", "é", "\\n", "\\u00e9"} {
		m := mark
		if m[0] == '\\' && m[1] == 'x' {
			m = string([]byte{byte(hexVal(m[2])<<4 | hexVal(m[3]))}) // a raw byte
		}
		for n := 0; n < 20; n++ {
			for at := 0; at <= n; at++ {
				raw := strings.Repeat("a", at) + m + strings.Repeat("b", n-at)
				for pre := 0; pre < 8; pre++ {
					q := []byte(strings.Repeat(" ", pre) + `"` + raw + `"`)
					end, info, ok := scanStringInfo(q, pre)
					if !ok || end != len(q) || info != strInfoRef([]byte(raw)) {
						t.Fatalf("scanStringInfo(%q) = %d, %b, %v; want %d, %b", q, end, info, ok, len(q), strInfoRef([]byte(raw)))
					}
				}
			}
		}
	}
}

// TestJSONUnescape checks the decoder on the escapes encoding/json writes
// and on surrogates.
func TestJSONUnescape(t *testing.T) {
	f := func(in, want string) {
		t.Helper()
		if got := string(appendUnescaped(nil, []byte(in))); got != want {
			t.Errorf("appendUnescaped(%q) = %q, want %q", in, got, want)
		}
	}
	f(`a\"b\\c\/d`, `a"b\c/d`)
	f(`\b\f\n\r\t`, "\b\f\n\r\t")
	f(`\u0041\u00e9\u20AC`, "Aé€")
	f(`\ud83d\ude00`, "😀")
	f(`\ud800`, "\uFFFD")
	f(`\ud800x`, "\uFFFDx")
	f(`\ude00\ud83d`, "\uFFFD\uFFFD")
	f(`\ud83d\u0041`, "\uFFFDA")
}

func TestKeyEqual(t *testing.T) {
	f := func(raw, name string, want bool) {
		t.Helper()
		if got := keyEqual([]byte(raw), strings.Contains(raw, `\`), name); got != want {
			t.Errorf("keyEqual(%q, %q) = %v, want %v", raw, name, got, want)
		}
	}
	f(`abc`, "abc", true)
	f(`a\u0062c`, "abc", true)
	f(`a\u0062c`, "abd", false)
	f(`a\u0062`, "abc", false)
	f(`\ud83d\ude00!`, "😀!", true)
	f(`\ud800\ud83d\ude00`, "\uFFFD😀", true)
	f(`\ud83d\u0041`, "\uFFFDA", true)
	f(`\"\\\/\n`, "\"\\/\n", true)
	f(strings.Repeat(`\u0061`, 300), strings.Repeat("a", 300), true)
	f(strings.Repeat(`\u0061`, 300), strings.Repeat("a", 299), false)
}

// refRule is a field rule for the slow reference: the path as segments,
// with "[]" as a segment of its own.
type refRule struct {
	path []string
	act  Action
	tok  string
}

func refRules(rules []FieldRule) []refRule {
	var out []refRule
	for _, r := range rules {
		var segs []string
		for _, s := range strings.Split(r.Path, ".") {
			n := strings.Count(s, "[]")
			segs = append(segs, strings.TrimRight(s, "[]"))
			for range n {
				segs = append(segs, "[]")
			}
		}
		tok := r.Token
		if tok == "" {
			tok = "[redacted]"
		}
		out = append(out, refRule{segs, r.Action, tok})
	}
	return out
}

func refFind(rules []refRule, path []string) *refRule {
	for i := range rules {
		if slices.Equal(rules[i].path, path) {
			return &rules[i]
		}
	}
	return nil
}

// refApply applies drop, mask and keep rules to a decoded JSON value: the
// slow reference for the byte walker.
func refApply(v any, path []string, rules []refRule) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			p := append(slices.Clip(path), k)
			if r := refFind(rules, p); r != nil {
				switch r.act {
				case ActDrop:
					delete(v, k)
					continue
				case ActMask:
					v[k] = r.tok
					continue
				case ActKeep:
					continue
				}
			}
			v[k] = refApply(x, p, rules)
		}
		return v
	case []any:
		p := append(slices.Clip(path), "[]")
		if len(path) == 0 {
			p = nil // a top-level array is a batch of records
		}
		r := refFind(rules, p)
		if r != nil && r.act == ActDrop {
			return []any{}
		}
		for i, x := range v {
			switch {
			case r != nil && r.act == ActMask:
				v[i] = r.tok
			case r != nil && r.act == ActKeep:
			default:
				v[i] = refApply(x, p, rules)
			}
		}
		return v
	}
	return v
}

func decodeAny(t *testing.T, b []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("decode %q: %v", b, err)
	}
	return v
}

// FuzzJSONFieldRules cross-checks the byte walker's field rules against a
// slow reference on decoded values (detectors off, so that only the rules
// change anything).
func FuzzJSONFieldRules(f *testing.F) {
	f.Add(`{"user":{"password":"x","name":"A","id":1},"headers":[{"value":"v"}],"tags":["a"],"matrix":[[{"secret":1,"ok":[]}]],"trace":{"a":[1]},"debug":0}`)
	f.Add(`{"user":[{"name":"x"}],"headers":{"value":1},"tags":{"a":1},"matrix":[{"secret":1}]}`)
	f.Add(`[{"user":{"name":"x"}}]`)
	o := DefaultOptions()
	for d := range o.Detectors {
		o.Detectors[d].Enabled = false
	}
	o.Fields = []FieldRule{
		{Path: "user.password", Action: ActDrop},
		{Path: "user.name", Action: ActMask},
		{Path: "headers[].value", Action: ActMask, Token: `[h"v]`},
		{Path: "trace", Action: ActKeep},
		{Path: "tags[]", Action: ActDrop},
		{Path: "matrix[][].secret", Action: ActDrop},
		{Path: "matrix[][].ok[]", Action: ActMask},
		{Path: "debug", Action: ActDrop},
	}
	rules := refRules(o.Fields)
	r := mustEngine(f, o).NewRedactor()
	f.Fuzz(func(t *testing.T, in string) {
		if !json.Valid([]byte(in)) {
			return
		}
		out, err := r.Redact(nil, []byte(in), FormatJSON)
		if err != nil {
			t.Fatalf("Redact(%q): %v", in, err)
		}
		want := refApply(decodeAny(t, []byte(in)), nil, rules)
		if got := decodeAny(t, out); !reflect.DeepEqual(got, want) {
			t.Fatalf("field rules differ from the reference:\n in %s\nout %s\nwant %#v", in, out, want)
		}
	})
}

// FuzzPlainKey: the builtin detectors find nothing in a key that plainKey
// lets the JSON walker skip, under the default policy and with every
// detector on.
func FuzzPlainKey(f *testing.F) {
	for _, s := range []string{"user", "trace_id", "userAgent", "Bearer", "AKIAIOSFODNNSEXAMPLE", "akiaiosfodnnsexample", "password", "token_", "abcdef", "DEADBEEFcafe", "eyJhbGciOiJIUzI1NiJ9", "session_id_value", "ab_cd_ef_ab_cd_ef", "x"} {
		f.Add(s)
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	const alphabet = "abcdefghijklmnopqrstuvwxyz_"
	f.Fuzz(func(t *testing.T, in string) {
		key := []byte(in)
		if !plainKey(key) { // map every input onto plain keys, for coverage
			for i, c := range key {
				key[i] = alphabet[int(c)%len(alphabet)]
			}
		}
		in = string(key)
		if !plainKey(key) {
			return // too long to skip: the walker scans it
		}
		r.sc.key = nil
		if m, ok := r.next(key); ok {
			t.Fatalf("plainKey(%q), yet the %s detector finds %q", key, m.det, key[m.start:m.end])
		}
		rec := []byte(`{"` + in + `":null}`)
		out, err := r.Redact(nil, rec, FormatJSON)
		if err != nil || !bytes.Equal(out, rec) {
			t.Fatalf("Redact(%s) = %s, %v", rec, out, err)
		}
	})
}

// TestJSONDropSpacing: the walker copies what it does not change in whole
// spans; a dropped member takes the ',' that joined it to the others (the
// one before it, or after it when it comes first) and its own spaces, and
// everything else keeps its bytes.
func TestJSONDropSpacing(t *testing.T) {
	o := DefaultOptions()
	o.Fields = []FieldRule{
		{Path: "user.password", Action: ActDrop},
		{Path: "tags[]", Action: ActDrop},
		{Path: "debug", Action: ActDrop},
		{Path: "user.name", Action: ActMask},
	}
	r := mustEngine(t, o).NewRedactor()
	f := func(in, want string) {
		t.Helper()
		out, err := r.Redact([]byte("prefix:"), []byte(in), FormatJSON)
		if err != nil || string(out) != "prefix:"+want {
			t.Errorf("Redact(%q) = %q, %v; want %q", in, out, err, want)
		}
	}
	f(`{ "debug" : 1 , "a" : 2 }`, `{ "a" : 2 }`)
	f(`{"a":1 , "debug":2 ,"b":3}`, `{"a":1 ,"b":3}`)
	f(`{"a":1,"debug":2}`, `{"a":1}`)
	f(`{ "debug":1 }`, `{}`)
	f(`{"debug":1,"debug":2, "x" :3}`, `{ "x" :3}`)
	f(`{"tags": [ 1, "a@b.example" ,{"x":1} ], "n":1}`, `{"tags": [], "n":1}`)
	f(`{"user" : {"password":"p" , "name" : "Jo", "id":"jo@example.com" } }`, `{"user" : { "name" : "[redacted]", "id":"[email]" } }`)
	f("{\n  \"user\": {\n    \"name\": \"Jo\",\n    \"password\": \"p\"\n  },\n  \"debug\": true\n}", "{\n  \"user\": {\n    \"name\": \"[redacted]\"}}")
	f(` [ {"a" : "x@example.com" } , 1 ] `, ` [ {"a" : "[email]" } , 1 ] `)
}
