package redact

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/engine")

// goldenPolicies are the policies the golden files are named after:
// testdata/engine/<policy>.<text|json|auto>.in holds one record a line, and the
// .golden file beside it what Redact makes of each (or QUARANTINE: error).
var goldenPolicies = map[string]func() Options{
	"default": DefaultOptions,
	"fields":  fieldOptions,
	"hash": func() Options {
		o := DefaultOptions()
		for d := range o.Detectors {
			o.Detectors[d].Action = ActHash
		}
		o.HashKey, o.HashKeyID = testKey, "k1"
		return o
	},
	"pseudonymize": func() Options {
		o := DefaultOptions()
		o.Detectors[DetIPv4].Action = ActPseudonymize
		o.Detectors[DetIPv6].Action = ActPseudonymize
		o.HashKey, o.HashKeyID = testKey, "k1"
		return o
	},
	"keep": func() Options {
		o := DefaultOptions()
		o.KeepCIDRs = []netip.Prefix{netip.MustParsePrefix("198.51.100.0/24"), netip.MustParsePrefix("2001:db8:cafe::/48")}
		o.KeepEmailDomains = []string{"example.org"}
		o.Detectors[DetMAC].Action = ActKeep
		o.Detectors[DetEmail].Token = "<e-mail>"
		return o
	},
	"regulators": func() Options { // the /16 German and French regulators recommend
		o := DefaultOptions()
		o.Detectors[DetIPv4].IPv4Prefix, o.Detectors[DetIPv6].IPv6Prefix = 16, 32
		o.Detectors[DetIPv6].IPv4Prefix = 16
		return o
	},
	"patterns": func() Options {
		o := DefaultOptions()
		o.HashKey, o.HashKeyID = testKey, "k1"
		o.Patterns = []Pattern{
			{Name: "order_id", Regexp: `\bORD-\d{6}\b`, Literals: []string{"ORD-"}, Action: ActMask},
			{Name: "customer", Regexp: `(?<=customer[=:]\s?)[A-Za-z0-9_-]+`, Literals: []string{"customer"}, Action: ActHash},
		}
		return o
	},
}

func TestGolden(t *testing.T) {
	ins, err := filepath.Glob("testdata/engine/*.in")
	if err != nil || len(ins) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range ins {
		name := strings.TrimSuffix(filepath.Base(in), ".in")
		policy, format, _ := strings.Cut(name, ".")
		t.Run(name, func(t *testing.T) {
			mk, ok := goldenPolicies[policy]
			if !ok {
				t.Fatalf("%s: no policy %q", in, policy)
			}
			f := FormatText
			switch format {
			case "json":
				f = FormatJSON
			case "auto":
				f = FormatAuto
			}
			r := mustEngine(t, mk()).NewRedactor()
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			for _, line := range bytes.Split(bytes.TrimSuffix(src, []byte("\n")), []byte("\n")) {
				red, err := r.Redact(nil, line, f)
				if err != nil {
					out.WriteString("QUARANTINE: " + err.Error() + "\n")
					continue
				}
				if f != FormatText && json.Valid(line) && !json.Valid(red) {
					t.Errorf("valid JSON in, invalid out: %s", red)
				}
				out.Write(red)
				out.WriteByte('\n')
			}
			golden := strings.TrimSuffix(in, ".in") + ".golden"
			if *update {
				if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				gl, wl := strings.Split(out.String(), "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) || i < len(wl); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Errorf("%s line %d:\n got %s\nwant %s", golden, i+1, g, w)
					}
				}
			}
		})
	}
}
