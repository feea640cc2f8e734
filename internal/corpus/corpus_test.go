package corpus

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.txt")

// TestGolden pins the first records of every kind for seed 1: the corpus is
// shared by the demo, the e2e tests and the benchmarks, so any change to its
// output must be deliberate (go test ./internal/corpus -run TestGolden -update).
func TestGolden(t *testing.T) {
	var out bytes.Buffer
	g := New(1)
	for k := Kind(0); k < NumKinds; k++ {
		for i := 0; i < 3; i++ {
			r := g.Next(k)
			fmt.Fprintf(&out, "%s %s %d %s\n%s\n", k, r.Topic, r.ID, r.Time.Format("2006-01-02T15:04:05.000Z"), r.Value)
		}
	}
	path := filepath.Join("testdata", "golden.txt")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("corpus output changed for seed 1; if deliberate, run with -update\ngot:\n%s", out.Bytes())
	}
}

func TestDeterministic(t *testing.T) {
	a, b := New(42), New(42)
	c := New(43)
	same := 0
	for i := 0; i < 2000; i++ {
		ra, rb, rc := a.Mix(), b.Mix(), c.Mix()
		if !bytes.Equal(ra.Value, rb.Value) || ra.Topic != rb.Topic || !ra.Time.Equal(rb.Time) {
			t.Fatalf("record %d differs between two generators with the same seed", i)
		}
		if bytes.Equal(ra.Value, rc.Value) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d records identical across seeds 42 and 43", same)
	}
}

// checkRecord checks the ground truth of one record: every planted and kept
// value is in Value, no kept value contains a planted one (that would make
// the truth contradictory), the id parses back, and the layout is right.
func checkRecord(t *testing.T, r Record) {
	t.Helper()
	v := r.Value
	if id, ok := ParseID(v); !ok || id != r.ID {
		t.Fatalf("%s record %d: ParseID = %d, %v\n%s", r.Kind, r.ID, id, ok, v)
	}
	if id, ok := ParseID(r.Key); ok || string(r.Key) != string(AppendID(nil, r.ID)) {
		t.Fatalf("%s record %d: key %q (ParseID ok=%v id=%d)", r.Kind, r.ID, r.Key, ok, id)
	}
	if r.Topic != r.Kind.Topic() {
		t.Fatalf("record %d: topic %q for kind %s", r.ID, r.Topic, r.Kind)
	}
	if bytes.ContainsAny(v, "\n\r\x00") {
		t.Fatalf("%s record %d has a newline or NUL", r.Kind, r.ID)
	}
	for _, p := range r.Planted {
		if len(p) < 6 {
			t.Fatalf("%s record %d: planted value %q too short to check reliably", r.Kind, r.ID, p)
		}
		if !bytes.Contains(v, p) {
			t.Fatalf("%s record %d: planted %q not in value\n%s", r.Kind, r.ID, p, v)
		}
		for _, k := range r.Keep {
			if bytes.Contains(k, p) {
				t.Fatalf("%s record %d: kept %q contains planted %q", r.Kind, r.ID, k, p)
			}
		}
	}
	for _, k := range r.Keep {
		if !bytes.Contains(v, k) {
			t.Fatalf("%s record %d: kept %q not in value\n%s", r.Kind, r.ID, k, v)
		}
	}
	switch r.Kind {
	case Audit, Telemetry:
		if !json.Valid(v) {
			t.Fatalf("%s record %d is not valid JSON\n%s", r.Kind, r.ID, v)
		}
	case CloudFront:
		if n := bytes.Count(v, []byte{'\t'}) + 1; n != CloudFrontFields {
			t.Fatalf("cloudfront record %d has %d fields, want %d", r.ID, n, CloudFrontFields)
		}
		if bytes.ContainsRune(v, ' ') {
			t.Fatalf("cloudfront record %d has a space (fields must be URL-encoded)", r.ID)
		}
	case CDR:
		if n := bytes.Count(v, []byte{','}) + 1; n != CDRFields {
			t.Fatalf("cdr record %d has %d fields, want %d\n%s", r.ID, n, CDRFields, v)
		}
	case Nginx:
		if bytes.Count(v, []byte{'"'}) != 8 {
			t.Fatalf("nginx record %d: want 4 quoted fields\n%s", r.ID, v)
		}
	case DNS:
		if !bytes.Contains(v, []byte(" queries: info: client @0x")) {
			t.Fatalf("dns record %d is not a BIND query line\n%s", r.ID, v)
		}
	}
}

func TestGroundTruth(t *testing.T) {
	g := New(7)
	for i := 0; i < 20000; i++ {
		checkRecord(t, g.Mix())
	}
}

func TestPlantedValuesValid(t *testing.T) {
	g := New(3)
	cards, orders, jwts, ips := 0, 0, 0, 0
	for i := 0; i < 20000; i++ {
		r := g.Mix()
		for _, p := range r.Planted {
			s := string(p)
			if a, err := netip.ParseAddr(s); err == nil {
				ips++
				if a.Is4() && a.As4()[3] == 0 {
					t.Errorf("planted IPv4 %s is unchanged by /24 truncation", s)
				}
				if a.Is6() && !a.Is4In6() && netip.PrefixFrom(a, 48).Masked().Addr() == a {
					t.Errorf("planted IPv6 %s is unchanged by /48 truncation", s)
				}
			}
			if strings.Count(s, ".") == 2 && strings.HasPrefix(s, "eyJ") {
				jwts++
				hdr, _, _ := strings.Cut(s, ".")
				payload := strings.Split(s, ".")[1]
				for _, seg := range []string{hdr, payload} {
					dec, err := base64.RawURLEncoding.DecodeString(seg)
					if err != nil || !json.Valid(dec) {
						t.Errorf("JWT segment %q does not decode to JSON: %v", seg, err)
					}
				}
			}
			digits := strings.Map(func(r rune) rune {
				if r == ' ' || r == '-' {
					return -1
				}
				return r
			}, s)
			if len(digits) >= 13 && len(digits) <= 19 && strings.Trim(digits, "0123456789") == "" {
				cards++
				if !LuhnValid(s) {
					t.Errorf("planted card %q fails the Luhn check", s)
				}
			}
		}
		if r.Kind == Telemetry {
			for _, k := range r.Keep {
				if len(k) == 16 && strings.Trim(string(k), "0123456789") == "" {
					orders++
					if LuhnValid(string(k)) {
						t.Errorf("order number %q is Luhn-valid: it would read as a card", k)
					}
				}
			}
		}
	}
	if cards == 0 || orders == 0 || jwts == 0 || ips == 0 {
		t.Errorf("corpus lacks kinds of values: cards=%d orders=%d jwts=%d ips=%d", cards, orders, jwts, ips)
	}
}

func TestLuhn(t *testing.T) {
	f := func(s string, want bool) {
		t.Helper()
		if got := LuhnValid(s); got != want {
			t.Errorf("LuhnValid(%q) = %v, want %v", s, got, want)
		}
	}
	f("4111 1111 1111 1111", true)
	f("4111-1111-1111-1111", true)
	f("378282246310005", true)
	f("5555555555554444", true)
	f("4111111111111112", false)
	f("41111111111111x1", false)
	f("", false)
	g := New(9)
	for i := 0; i < 1000; i++ {
		if c := g.card(); !LuhnValid(c) {
			t.Fatalf("card %q not Luhn-valid", c)
		}
		if o := g.orderNumber(); LuhnValid(o) {
			t.Fatalf("order number %q Luhn-valid", o)
		}
	}
}

func TestMixShare(t *testing.T) {
	const n = 50000
	g := New(11)
	var count [NumKinds]int
	var size [NumKinds]int
	var pii [NumKinds]int
	for i := 0; i < n; i++ {
		r := g.Mix()
		count[r.Kind]++
		size[r.Kind] += len(r.Value)
		if r.HasPII() {
			pii[r.Kind]++
		}
	}
	for k := Kind(0); k < NumKinds; k++ {
		got := float64(count[k]) * 100 / n
		if d := got - float64(MixShare(k)); d < -1.5 || d > 1.5 {
			t.Errorf("%s: %.1f%% of the mix, want %d%%", k, got, MixShare(k))
		}
	}
	cdn := count[Nginx] + count[CloudFront]
	cdnSize := float64(size[Nginx]+size[CloudFront]) / float64(cdn)
	if cdnSize < 350 || cdnSize > 480 {
		t.Errorf("CDN records average %.0f bytes, want about 400", cdnSize)
	}
	cdnPII := float64(pii[Nginx]+pii[CloudFront]) * 100 / float64(cdn)
	if cdnPII < 55 || cdnPII > 75 {
		t.Errorf("%.0f%% of CDN records carry PII, want about 60-70%%", cdnPII)
	}
	if p := float64(pii[Telemetry]) * 100 / float64(count[Telemetry]); p < 40 || p > 60 {
		t.Errorf("%.0f%% of telemetry records carry PII, want about 50%%", p)
	}
	for _, k := range []Kind{CDR, DNS, Audit} {
		if pii[k] != count[k] {
			t.Errorf("%s: %d of %d records carry PII, want all", k, pii[k], count[k])
		}
	}
}

func TestKinds(t *testing.T) {
	for k := Kind(0); k < NumKinds; k++ {
		if got, ok := ParseKind(k.String()); !ok || got != k {
			t.Errorf("ParseKind(%q) = %v, %v", k.String(), got, ok)
		}
		found := false
		for _, kk := range KindsOf(k.Topic()) {
			found = found || kk == k
		}
		if !found {
			t.Errorf("KindsOf(%q) lacks %s", k.Topic(), k)
		}
	}
	if len(Topics()) != 5 || len(KindsOf(TopicCDN)) != 2 {
		t.Errorf("Topics() = %v, KindsOf(cdn-access) = %v", Topics(), KindsOf(TopicCDN))
	}
}

func TestParseID(t *testing.T) {
	f := func(in string, want uint64, wantOK bool) {
		t.Helper()
		got, ok := ParseID([]byte(in))
		if got != want || ok != wantOK {
			t.Errorf("ParseID(%q) = %d, %v; want %d, %v", in, got, ok, want, wantOK)
		}
	}
	f("a b rid=r0000000123", 123, true)
	f(`{"x":1,"rid":"r0000000042","y":2}`, 42, true)
	f(`{"rid":"r0000000042"}`, 42, true)
	f("rid=r12345678901", 12345678901, true)
	f("rid=r000000012", 0, false) // too short
	f("grid=x rid=r0000000007", 7, true)
	f(`{"xrid":"r0000000042"}`, 0, false)
	f("rid=0000000123", 0, false)
	f("rid=r00000000000000000001", 0, false) // more than 19 digits
	f("", 0, false)
	f("rid", 0, false)
	if n := testing.AllocsPerRun(100, func() { ParseID([]byte("x rid=r0000000001")) }); n != 0 {
		t.Errorf("ParseID allocates %v times", n)
	}
}

func TestSetters(t *testing.T) {
	g := New(1)
	g.SetNextID(5000)
	at := DefaultStart.Add(48 * 3600e9)
	g.SetTime(at)
	r := g.Next(DNS)
	if r.ID != 5000 || !r.Time.Equal(at) {
		t.Fatalf("got id %d time %v", r.ID, r.Time)
	}
	if !bytes.Contains(r.Value, []byte("25-Nov-2026 20:00:00.000")) {
		t.Fatalf("record time not in the value: %s", r.Value)
	}
	if r2 := g.Next(DNS); r2.ID != 5001 || r2.Time.Before(r.Time) {
		t.Fatalf("next id %d time %v", r2.ID, r2.Time)
	}
}

func FuzzParseID(f *testing.F) {
	f.Add([]byte("rid=r0000000123"))
	f.Add([]byte(`{"rid":"r0000000042"}`))
	f.Add([]byte("rid=r"))
	f.Add([]byte(`"rid":"`))
	f.Fuzz(func(t *testing.T, v []byte) {
		id, ok := ParseID(v)
		if !ok {
			return
		}
		// The id's digits must be in v, and the id must round-trip.
		if !bytes.Contains(v, strconv.AppendUint(nil, id, 10)) {
			t.Fatalf("ParseID(%q) = %d, not in the input", v, id)
		}
		if back, ok := ParseID(append([]byte("rid="), AppendID(nil, id)...)); !ok || back != id {
			t.Fatalf("id %d does not round-trip: %d, %v", id, back, ok)
		}
	})
}

// FuzzGen checks the ground truth for arbitrary seeds.
func FuzzGen(f *testing.F) {
	f.Add(uint64(0))
	f.Add(uint64(1))
	f.Add(uint64(1 << 63))
	f.Fuzz(func(t *testing.T, seed uint64) {
		g := New(seed)
		for i := 0; i < 50; i++ {
			checkRecord(t, g.Mix())
		}
	})
}

func BenchmarkMix(b *testing.B) {
	g := New(1)
	n := 0
	for b.Loop() {
		n += len(g.Mix().Value)
	}
	b.SetBytes(int64(n / b.N))
	b.ReportAllocs()
}
