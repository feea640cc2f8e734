package redact

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/redactd/redactd/bench/realistic"
	"github.com/redactd/redactd/internal/corpus"
)

// TestMemoHitRate reports the memo's hit rate on the benchmark's JSON
// records (audit events and spans): over a fresh stream, where each record
// is new, and over the benchmark's loop, which redacts the same 256
// records again and again (so that it may hit more than a stream would).
func TestMemoHitRate(t *testing.T) {
	e, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	kinds := []corpus.Kind{corpus.Audit, corpus.Telemetry}
	rate := func(name string, recs [][]byte, passes int) {
		r := e.NewRedactor()
		var dst []byte
		for p := 0; p < passes; p++ {
			if p == passes-1 {
				r.memo.hits, r.memo.misses, r.memo.adds, r.memo.skips = 0, 0, 0, 0
			}
			for _, rec := range recs {
				if dst, err = r.Redact(dst[:0], rec, FormatAuto); err != nil {
					t.Fatal(err)
				}
			}
		}
		m := r.memo
		t.Logf("%s: %d values, %.1f%% hit, %d adds, %d skipped", name, m.hits+m.misses+m.skips, 100*float64(m.hits)/float64(m.hits+m.misses+m.skips), m.adds, m.skips)
	}
	g := corpus.New(20261123)
	var stream [][]byte
	for i := 0; i < 20000; i++ {
		stream = append(stream, g.Next(kinds[i%2]).Value)
	}
	rate("bench kinds, stream of 20000", stream, 1)
	rate("bench kinds, loop of 256 (steady state)", stream[:256], 20)
	for _, name := range []string{"k8s_audit", "app_json", "github_json"} {
		var recs [][]byte
		for _, st := range realistic.Corpus(20261123, 1, 4000) {
			if st.Format == name {
				for _, rec := range st.Records {
					recs = append(recs, rec.Line)
				}
			}
		}
		rate(name+", stream of 4000", recs, 1)
		rate(name+", loop of 256", recs[:256], 20)
	}
}

// TestMemoNotStale checks that the memo never answers for an input it has
// not seen: prime is redacted until the memo holds its values (it must
// hit, unless memoable is false), then probe, which differs from it in one
// way and holds a detection, must come out as a fresh Redactor writes it,
// changed.
func TestMemoNotStale(t *testing.T) {
	long := strings.Repeat("lorem ipsum ", 20) // longer than valueMemoBytes
	f := func(o Options, memoable bool, prime, probe string) {
		t.Helper()
		e, err := New(o)
		if err != nil {
			t.Fatal(err)
		}
		r := e.NewRedactor()
		var dst []byte
		for range 3 {
			if dst, err = r.Redact(dst[:0], []byte(prime), FormatJSON); err != nil {
				t.Fatalf("%s: %v", prime, err)
			}
		}
		if hit := r.memo.hits > 0; hit != memoable {
			t.Errorf("%s: memo hits %d, want them: %v", prime, r.memo.hits, memoable)
		}
		got, err := r.Redact(nil, []byte(probe), FormatJSON)
		if err != nil {
			t.Fatalf("%s: %v", probe, err)
		}
		want, _ := e.NewRedactor().Redact(nil, []byte(probe), FormatJSON)
		if string(got) != string(want) || string(want) == probe {
			t.Errorf("%s after %s:\n got %s\nwant %s (changed)", probe, prime, got, want)
		}
	}
	def := DefaultOptions()
	// The same bytes under another key.
	f(def, true, `{"note":"hunter2hunter2"}`, `{"password":"hunter2hunter2"}`)
	f(def, true, `{"a":{"count":"4155550123"}}`, `{"a":{"phone":"4155550123"}}`)
	// The same bytes under the same key in a Kubernetes Secret's data.
	f(def, true, `{"kind":"Config","data":{"token":"abcdefgh"}}`, `{"kind":"Secret","data":{"token":"abcdefgh"}}`)
	// One byte different, in the first eight, the last eight and the
	// middle of a long value (the hash reads them differently).
	f(def, true, `{"msg":"from 300.0.0.1 ok"}`, `{"msg":"from 100.0.0.1 ok"}`)
	f(def, true, `{"msg":"ok ok 10.0.0.256"}`, `{"msg":"ok ok 10.0.0.255"}`)
	f(def, true, `{"msg":"seen at the edge ann_example.com there, twice"}`, `{"msg":"seen at the edge ann@example.com there, twice"}`)
	// An escaped form of a clean value.
	f(def, true, `{"msg":"ann at example.com"}`, `{"msg":"ann\u0040example.com"}`)
	// Too long to be remembered, clean then not.
	f(def, false, `{"msg":"`+long+`ann at example.com"}`, `{"msg":"`+long+`ann@example.com"}`)
	// A user pattern: what it matches is never remembered as clean.
	pat := DefaultOptions()
	pat.Patterns = []Pattern{{Name: "order", Regexp: `ORD-\d{6}`, Literals: []string{"ORD-"}, Action: ActMask}}
	f(pat, true, `{"ref":"ORD-12345x","x":"ORD-123456"}`, `{"ref":"ORD-123456","x":"ORD-123456"}`)
	// A field rule on the path, not on the key.
	fld := DefaultOptions()
	fld.Fields = []FieldRule{{Path: "secret.label", Action: ActMask}}
	f(fld, true, `{"other":{"label":"blue sky"}}`, `{"secret":{"label":"blue sky"}}`)
	// The same address under a field rule that pseudonymizes.
	ps := DefaultOptions()
	ps.HashKey, ps.HashKeyID = testKey, "k1"
	ps.Fields = []FieldRule{{Path: "client", Action: ActPseudonymize}}
	f(ps, true, `{"other":"at 10.1.2.3x"}`, `{"client":"at 10.1.2.3"}`)
}

// TestMemoCollision checks that a look-up compares the bytes, not only
// the hash: a slot given the hash of another value of the same length
// does not answer for it.
func TestMemoCollision(t *testing.T) {
	m := newValueMemo()
	key, clean, dirty := []byte("msg"), []byte("ip 300.0.0.1"), []byte("ip 100.0.0.1")
	var mk valueMemoKey
	for range 2 {
		var ok bool
		if mk, ok = m.lookup(key, clean, keyInfo{}, actNone); ok {
			t.Fatal("hit before add")
		}
		m.add(mk, key, clean, keyInfo{}, actNone)
	}
	if _, ok := m.lookup(key, clean, keyInfo{}, actNone); !ok {
		t.Fatal("no hit after two adds")
	}
	if _, ok := m.lookup(key, clean, keyInfo{ctx: ctxPhone}, actNone); ok {
		t.Fatal("hit under another key context")
	}
	if _, ok := m.lookup(key, clean, keyInfo{}, ActPseudonymize); ok {
		t.Fatal("hit under another action override")
	}
	// Move the clean value's entry to where the dirty one's hash leads,
	// under that hash.
	dk, _ := m.lookup(key, dirty, keyInfo{}, actNone)
	from := int(mk.h>>(64-valueMemoSetBits)) * valueMemoWays
	to := int(dk.h>>(64-valueMemoSetBits)) * valueMemoWays
	e, d := m.slots[from], m.data[from]
	m.slots[from], m.slots[from+1] = valueMemoSlot{}, valueMemoSlot{}
	m.slots[to], m.data[to] = e, d
	m.slots[to].h = dk.h
	if _, ok := m.lookup(key, dirty, keyInfo{}, actNone); ok {
		t.Fatal("a colliding hash answered for other bytes")
	}
	// The clean value's hash over the dirty value's bytes.
	m.slots[from], m.data[from] = m.slots[to], m.data[to]
	m.slots[from].h = mk.h
	copy(m.data[from][len(key):], dirty)
	if _, ok := m.lookup(key, clean, keyInfo{}, actNone); ok {
		t.Fatal("an entry answered for other bytes under their hash")
	}
}

// TestMemberCleanNotStale checks the member names the walk remembers as
// clean (mClean): a name with a detection, or one a user pattern
// matches, is rewritten every time; a clean camelCase name is marked and
// left as it is.
func TestMemberCleanNotStale(t *testing.T) {
	o := DefaultOptions()
	o.Patterns = []Pattern{{Name: "order", Regexp: `ORD-\d{6}`, Literals: []string{"ORD-"}, Action: ActMask}}
	e, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	r := e.NewRedactor()
	f := func(rec string, clean ...string) {
		t.Helper()
		want, _ := e.NewRedactor().Redact(nil, []byte(rec), FormatJSON)
		for range 3 {
			got, err := r.Redact(nil, []byte(rec), FormatJSON)
			if err != nil || string(got) != string(want) {
				t.Fatalf("%s: got %s, %v; want %s", rec, got, err, want)
			}
		}
		for _, k := range clean {
			if r.members.lookup([]byte(k)).flags&mClean == 0 {
				t.Errorf("%s: %q not marked clean", rec, k)
			}
		}
	}
	f(`{"requestURI":"/api/v1/pods","ann@example.com":1,"ORD-123456":2,"sourceIPs":["10.1.2.3"]}`, "requestURI", "sourceIPs")
	f(`{"a\u0040example.com":1,"ORD\u002d123456":2,"request\u0055RI":3}`, "requestURI")
	if r.members.lookup([]byte("ORD-123456")).flags&mClean != 0 || r.members.lookup([]byte("ann@example.com")).flags&mClean != 0 {
		t.Error("a name with a detection or a pattern match marked clean")
	}
}

// FuzzMemoJSON checks the memos against a Redactor that has seen nothing:
// the record in, and a value v under two keys (and v with one more byte),
// redacted three times over by one Redactor (so that its memos hold what
// they can), must come out as a fresh Redactor writes each. Under the
// default policy, and under field rules with pseudonymization and a user
// pattern.
func FuzzMemoJSON(f *testing.F) {
	for _, l := range jsonRecords {
		f.Add(string(l), "note", "password", "hunter2hunter2")
	}
	f.Add(`{"a":{"count":"4155550123"}}`, "count", "phone", "4155550123")
	f.Add(`{"kind":"Secret","data":{"token":"abcdefgh"}}`, "client", "other", "at 10.1.2.3")
	f.Add(`{"user":{"name":"Ann Lee","email":"x"}}`, "name", "ref", "ORD-123456")
	o := fieldOptions()
	o.Fields = append(o.Fields, FieldRule{Path: "client", Action: ActPseudonymize})
	o.Patterns = []Pattern{{Name: "order", Regexp: `ORD-\d{6}`, Literals: []string{"ORD-"}, Action: ActMask}}
	engines := []*Engine{mustEngine(f, DefaultOptions()), mustEngine(f, o)}
	warm := []*Redactor{engines[0].NewRedactor(), engines[1].NewRedactor()}
	fresh := []*Redactor{engines[0].NewRedactor(), engines[1].NewRedactor()}
	f.Fuzz(func(t *testing.T, in, k1, k2, v string) {
		obj := func(k, v string) []byte {
			kb, _ := json.Marshal(k)
			vb, _ := json.Marshal(v)
			return []byte(`{` + string(kb) + `:` + string(vb) + `,"x":{` + string(kb) + `:` + string(vb) + `}}`)
		}
		recs := [][]byte{[]byte(in), obj(k1, v), obj(k2, v), obj(k1, v+"1"), obj(k2, v+"@example.com")}
		for ei := range engines {
			for range 3 {
				for _, rec := range recs {
					got, gerr := warm[ei].Redact(nil, rec, FormatJSON)
					// A Redactor whose memos hold nothing.
					ref := fresh[ei]
					*ref.memo = valueMemo{seed: ref.memo.seed}
					*ref.members = memberCache{}
					want, werr := ref.Redact(nil, rec, FormatJSON)
					if !bytes.Equal(got, want) || (gerr == nil) != (werr == nil) {
						t.Fatalf("engine %d, %q:\n got %q (%v)\nwant %q (%v)", ei, rec, got, gerr, want, werr)
					}
				}
			}
		}
	})
}
