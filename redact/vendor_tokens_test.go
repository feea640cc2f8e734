package redact

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/redactd/redactd/redact/textfmt"
)

// vendorCase is one line of testdata/vendor_tokens.txt.
type vendorCase struct {
	keep    bool
	family  string // the vendor, or the look-alike's kind
	rule    string
	key     string
	pattern string
	line    int
}

func readVendorCases(t testing.TB) []vendorCase {
	t.Helper()
	data, err := os.ReadFile("testdata/vendor_tokens.txt")
	if err != nil {
		t.Fatal(err)
	}
	var cs []vendorCase
	sc := bufio.NewScanner(bytes.NewReader(data))
	for ln := 1; sc.Scan(); ln++ {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.SplitN(l, " ", 5)
		if len(f) != 5 || f[0] != "token" && f[0] != "keep" {
			t.Fatalf("vendor_tokens.txt:%d: want token|keep FAMILY RULE KEY PATTERN", ln)
		}
		cs = append(cs, vendorCase{keep: f[0] == "keep", family: f[1], rule: f[2], key: f[3], pattern: f[4], line: ln})
	}
	if len(cs) == 0 {
		t.Fatal("vendor_tokens.txt: no cases")
	}
	return cs
}

// Byte classes of the patterns.
var vendorGenClass = map[byte]string{
	'A': "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
	'a': "0123456789abcdefghijklmnopqrstuvwxyz",
	'L': "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
	'U': "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
	'D': "0123456789",
	'h': "0123456789abcdef",
	'W': "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-",
	'B': "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/",
	'Z': "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_~.-",
	'E': "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-=",
	'Q': "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
	'S': "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
}

// genVendorValue expands a pattern with r; it returns the value and the
// part of it that is secret.
func genVendorValue(pattern string, r *rand.Rand) (value, secret string, err error) {
	var b strings.Builder
	s0, s1 := -1, -1
	firstGen := -1
	for i := 0; i < len(pattern); {
		switch {
		case strings.HasPrefix(pattern[i:], "<<"):
			s0 = b.Len()
			i += 2
			continue
		case strings.HasPrefix(pattern[i:], ">>"):
			s1 = b.Len()
			i += 2
			continue
		case pattern[i] != '{':
			b.WriteByte(pattern[i])
			i++
			continue
		}
		j := strings.IndexByte(pattern[i:], '}')
		if j < 0 {
			return "", "", fmt.Errorf("pattern %q: unclosed {", pattern)
		}
		spec := pattern[i+1 : i+j]
		i += j + 1
		if firstGen < 0 {
			firstGen = b.Len()
		}
		rnd := func(class string, n int) string {
			out := make([]byte, n)
			for k := range out {
				out[k] = class[r.IntN(len(class))]
			}
			return string(out)
		}
		switch spec {
		case "uuid":
			h := rnd(vendorGenClass['h'], 32)
			b.WriteString(h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:])
		case "crc":
			body := rnd(vendorGenClass['A'], 30)
			v := crc32.ChecksumIEEE([]byte(body))
			var sum [6]byte
			for k := 5; k >= 0; k-- {
				sum[k] = base62[v%62]
				v /= 62
			}
			b.WriteString(body + string(sum[:]))
		case "jwt":
			enc := base64.RawURLEncoding
			b.WriteString(enc.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." +
				enc.EncodeToString([]byte(`{"sub":"`+rnd(vendorGenClass['h'], 12)+`","iat":17`+rnd(vendorGenClass['D'], 8)+`}`)) + "." +
				rnd(vendorGenClass['W'], 43))
		case "pem":
			raw := make([]byte, 300+r.IntN(600))
			for k := range raw {
				raw[k] = byte(r.IntN(256))
			}
			body := base64.StdEncoding.EncodeToString(raw)
			b.WriteByte('\n')
			for len(body) > 64 {
				b.WriteString(body[:64] + "\n")
				body = body[64:]
			}
			b.WriteString(body + "\n")
		default:
			class, ok := vendorGenClass[spec[0]]
			n, err := strconv.Atoi(spec[1:])
			if !ok || err != nil {
				return "", "", fmt.Errorf("pattern %q: bad {%s}", pattern, spec)
			}
			b.WriteString(rnd(class, n))
		}
	}
	value = b.String()
	switch {
	case s0 >= 0 && s1 > s0:
		secret = value[s0:s1]
	case firstGen >= 0:
		secret = value[firstGen:]
	default:
		secret = value // a literal look-alike
	}
	return value, secret, nil
}

// vendorContexts are the places a value is put in: a neutral query
// parameter, JSON under its natural key, free text, and a code-like
// config line. Each returns the record and the function that writes any
// part of the value as the record spells it.
var vendorContexts = []struct {
	name string
	rec  func(key, v string) string
	enc  func(string) string
}{
	{"query", func(key, v string) string {
		return "GET /cb?item=" + pctEncode(v) + "&state=x HTTP/1.1" // code= holds an OAuth code (oauthCode)
	}, pctEncode},
	{"json", func(key, v string) string {
		j, _ := json.Marshal(v)
		return `{"ts":"2026-11-23T20:00:00Z","` + key + `":` + string(j) + `,"level":"info"}`
	}, func(v string) string { j, _ := json.Marshal(v); return string(j[1 : len(j)-1]) }},
	{"text", func(key, v string) string {
		return "user pasted " + strings.ReplaceAll(v, "\n", " ") + " into the chat"
	}, func(v string) string { return strings.ReplaceAll(v, "\n", " ") }},
	{"code", func(key, v string) string {
		return strings.ToUpper(key) + ` := "` + strings.ReplaceAll(v, "\n", `\n`) + `"`
	}, func(v string) string { return strings.ReplaceAll(v, "\n", `\n`) }},
}

// pctEncode writes every byte outside RFC 3986's unreserved set as %XX.
func pctEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// survives reports whether any 10 bytes of the secret, as the record spells
// it, are left in out.
func survives(out, form string) bool {
	const w = 10
	if len(form) <= w {
		return strings.Contains(out, form)
	}
	for k := 0; k+w <= len(form); k++ {
		if strings.Contains(out, form[k:k+w]) {
			return true
		}
	}
	return false
}

// TestVendorTokens puts every secret shape of testdata/vendor_tokens.txt
// in the four contexts and requires that nothing of it survives the default
// policy, and every look-alike survives unchanged; JSON stays valid. Run with
// -v for the table by family and context.
func TestVendorTokens(t *testing.T) {
	e, err := New(DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	r := e.NewRedactor()
	type cell struct{ ok, total int }
	table := map[string]*[4]cell{}
	var families []string
	fails := 0
	for _, c := range readVendorCases(t) {
		name := c.family
		if c.keep {
			name = "keep:" + c.family
		}
		row := table[name]
		if row == nil {
			row = new([4]cell)
			table[name] = row
			families = append(families, name)
		}
		h := fnv.New64a()
		h.Write([]byte(c.pattern))
		rng := rand.New(rand.NewPCG(h.Sum64(), uint64(c.line)))
		for n := 0; n < 3; n++ {
			v, secret, err := genVendorValue(c.pattern, rng)
			if err != nil {
				t.Fatalf("vendor_tokens.txt:%d: %v", c.line, err)
			}
			for x, ctx := range vendorContexts {
				rec := ctx.rec(c.key, v)
				out, err := r.Redact(nil, []byte(rec), FormatAuto)
				if err != nil {
					t.Fatalf("line %d: %s: %v", c.line, ctx.name, err)
				}
				got := string(out)
				ok := got == rec
				if !c.keep {
					ok = !survives(got, ctx.enc(secret)) && !survives(got, secret)
				}
				if ctx.name == "json" && !json.Valid(out) {
					ok = false
				}
				row[x].total++
				if ok {
					row[x].ok++
				} else if fails++; fails <= 30 {
					what := "leaks"
					if c.keep {
						what = "destroys the look-alike"
					}
					t.Errorf("vendor_tokens.txt:%d (%s %s) %s %s:\n in: %s\nout: %s", c.line, c.family, c.rule, ctx.name, what, rec, got)
				}
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-18s %7s %7s %7s %7s\n", "family", "query", "json", "text", "code")
	var tot [4]cell
	sort.SliceStable(families, func(i, j int) bool {
		return !strings.HasPrefix(families[i], "keep:") && strings.HasPrefix(families[j], "keep:")
	})
	for _, f := range families {
		row := table[f]
		fmt.Fprintf(&b, "%-18s", f)
		for x := range row {
			fmt.Fprintf(&b, " %7s", fmt.Sprintf("%d/%d", row[x].ok, row[x].total))
			if !strings.HasPrefix(f, "keep:") {
				tot[x].ok += row[x].ok
				tot[x].total += row[x].total
			}
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "%-18s", "secrets found")
	for x := range tot {
		fmt.Fprintf(&b, " %7s", fmt.Sprintf("%d/%d", tot[x].ok, tot[x].total))
	}
	t.Log(b.String())
}

// TestVendorNoAllocs scans the vendor, private key and secret golden lines
// and the generated tokens without allocating.
func TestVendorNoAllocs(t *testing.T) {
	var lines [][]byte
	for _, in := range goldenInputs(t) {
		lines = append(lines, []byte(in))
	}
	for _, p := range vendorPlants(t) {
		lines = append(lines, []byte("x "+p[0]+" y"))
	}
	s := allOn()
	found := 0
	if a := testing.AllocsPerRun(10, func() {
		for _, l := range lines {
			found += scanAll(s, l)
		}
	}); a != 0 {
		t.Errorf("scanning allocates %.1f times per run, want 0", a)
	}
	if found == 0 {
		t.Fatal("found nothing: the corpus is wrong")
	}
}

// vendorPlants returns one generated value and its secret part for every
// secret line of testdata/vendor_tokens.txt.
func vendorPlants(t testing.TB) [][2]string {
	var out [][2]string
	r := rand.New(rand.NewPCG(3, 4))
	for _, c := range readVendorCases(t) {
		if c.keep {
			continue
		}
		v, secret, err := genVendorValue(c.pattern, r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, [2]string{strings.ReplaceAll(v, "\n", " "), strings.ReplaceAll(secret, "\n", " ")})
	}
	return out
}

// FuzzVendorTokens plants a vendor secret between fuzzed text, as a text
// line and as a JSON string value: no panic, redacting twice equals
// redacting once, and no ten bytes of the secret survive.
func FuzzVendorTokens(f *testing.F) {
	for i, in := range goldenInputs(f) {
		f.Add(in, " and more", uint8(i))
	}
	f.Add(`{"token":"`, `"}`, uint8(0))
	f.Add("curl -u", "https://x", uint8(5))
	plantsV := vendorPlants(f)
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, in, extra string, which uint8) {
		// Each input a stream of its own: an earlier input may be a CSV
		// header ("address,x") whose rows a later input's two passes
		// would read by different fields (the header's state is
		// TestTextFields' and FuzzTextFields' to check).
		if err := r.SetText(TextAuto, textfmt.Config{}); err != nil {
			t.Fatal(err)
		}
		out, err := r.Redact(nil, []byte(in), FormatText)
		if err != nil {
			t.Fatalf("Redact(%q): %v", in, err)
		}
		// Redacting twice equals once where these detectors found
		// something (FuzzRedactText holds the others to it).
		d := r.Stats().Detections
		if d[DetToken]+d[DetPrivateKey]+d[DetSecret]+d[DetBearer] > 0 {
			again, _ := r.Redact(nil, out, FormatText)
			if !bytes.Equal(again, out) {
				t.Fatalf("not idempotent:\n in %q\nout %q\n2nd %q", in, out, again)
			}
		}
		p := plantsV[int(which)%len(plantsV)]
		value, secret := p[0], p[1]
		const w = 10
		for k := 0; k+w <= len(secret); k++ {
			if strings.Contains(in, secret[k:k+w]) || strings.Contains(extra, secret[k:k+w]) {
				return
			}
		}
		if strings.Contains(value, "+") && strings.ContainsAny(in, "?&=") {
			// In a query string or form body a raw '+' is a space (the
			// server reads it so): a base64 token must be sent as %2B
			// there, and one that is not is cut into words.
			return
		}
		line := in + " " + value + " " + extra
		out, err = r.Redact(nil, []byte(line), FormatText)
		if err != nil {
			t.Fatalf("Redact(%q): %v", line, err)
		}
		if survives(string(out), secret) {
			t.Fatalf("planted %q survived:\n in %q\nout %q", value, line, out)
		}
		j, _ := json.Marshal(line)
		rec := `{"msg":` + string(j) + `}`
		out, err = r.Redact(nil, []byte(rec), FormatJSON)
		if err != nil {
			t.Fatalf("Redact(%q): %v", rec, err)
		}
		var m struct{ Msg string }
		if err := json.Unmarshal(out, &m); err != nil {
			t.Fatalf("output %q: %v", out, err)
		}
		if survives(m.Msg, secret) {
			t.Fatalf("planted %q survived in JSON:\n in %q\nout %q", value, rec, out)
		}
	})
}
