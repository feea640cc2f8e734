package redact

// Vendor tokens: credentials that announce themselves by a fixed prefix
// (ghp_, xoxb-, sk_live_, AIza, glpat-...), found anywhere, with no key to
// give them away (DetToken). The formats follow the vendors' published
// token formats (gitleaks' public rule set is the reference for prefixes,
// alphabets and lengths); each rule is a literal prefix, the alphabet of
// the body after it, and the body's length bounds, checked by hand: no
// regular expression runs on the hot path.

// Token body alphabets.
const (
	alnum      = iota // A-Z a-z 0-9
	alnumUD           // alnum _ -
	hexLow            // 0-9 a-f
	hexAny            // 0-9 a-f A-F
	b64               // alnum + / =
	slackHook         // alnum _ /
	alnumUDDot        // alnum _ - .
)

var tokenAlphabet = func() (t [7][256]bool) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		an := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
		t[alnum][c] = an
		t[alnumUD][c] = an || b == '_' || b == '-'
		t[hexLow][c] = '0' <= b && b <= '9' || 'a' <= b && b <= 'f'
		t[hexAny][c] = t[hexLow][c] || 'A' <= b && b <= 'F'
		t[b64][c] = an || b == '+' || b == '/' || b == '='
		t[slackHook][c] = an || b == '_' || b == '/'
		t[alnumUDDot][c] = t[alnumUD][c] || b == '.'
	}
	return t
}()

// vendorRule is one prefixed token format: prefix, then min to max bytes
// of the alphabet (max 0: no upper bound).
type vendorRule struct {
	prefix   string
	alphabet uint8
	min, max int
}

var vendorRules = []vendorRule{
	{"ghp_", alnum, 36, 36}, {"gho_", alnum, 36, 36}, {"ghu_", alnum, 36, 36}, {"ghs_", alnum, 36, 36},
	{"ghr_", alnum, 36, 76}, {"github_pat_", alnumUD, 80, 90}, // GitHub
	{"glpat-", alnumUDDot, 20, 0}, {"glptt-", alnumUD, 40, 0}, {"glrt-", alnumUD, 20, 0}, {"gldt-", alnumUD, 20, 0}, // GitLab
	{"xoxb-", alnumUD, 10, 0}, {"xoxp-", alnumUD, 10, 0}, {"xoxa-", alnumUD, 10, 0}, {"xoxr-", alnumUD, 10, 0},
	{"xoxs-", alnumUD, 10, 0}, {"xoxe-", alnumUD, 10, 0}, {"xapp-", alnumUD, 10, 0}, // Slack
	{"hooks.slack.com/services/", slackHook, 20, 0}, // Slack incoming webhook URL: the path is the secret
	{"sk_live_", alnum, 24, 0}, {"rk_live_", alnum, 24, 0}, {"sk_test_", alnum, 24, 0}, {"rk_test_", alnum, 24, 0},
	{"whsec_", alnum, 24, 0},                                                                     // Stripe
	{"SG.", alnumUDDot, 60, 0},                                                                   // SendGrid: SG.<22>.<43>
	{"npm_", alnum, 36, 36},                                                                      // npm
	{"pypi-AgEIcHlwaS5vcmc", alnumUD, 40, 0},                                                     // PyPI (a macaroon for pypi.org)
	{"AIza", alnumUD, 35, 35},                                                                    // Google API key
	{"ya29.", alnumUD, 20, 0},                                                                    // Google OAuth access token
	{"GOCSPX-", alnumUD, 28, 28},                                                                 // Google OAuth client secret
	{"sk-proj-", alnumUD, 20, 0}, {"sk-svcacct-", alnumUD, 20, 0}, {"sk-admin-", alnumUD, 20, 0}, // OpenAI
	{"sk-ant-", alnumUD, 32, 0},                                                                                    // Anthropic
	{"hf_", alnum, 34, 34},                                                                                         // Hugging Face
	{"shpat_", hexAny, 32, 32}, {"shpca_", hexAny, 32, 32}, {"shppa_", hexAny, 32, 32}, {"shpss_", hexAny, 32, 32}, // Shopify
	{"dop_v1_", hexLow, 64, 64}, {"doo_v1_", hexLow, 64, 64}, {"dor_v1_", hexLow, 64, 64}, // DigitalOcean
	{"hvs.", alnumUD, 24, 0}, {"hvb.", alnumUD, 24, 0}, {"hvr.", alnumUD, 24, 0}, // HashiCorp Vault
	{"ATATT3", b64, 100, 0},                                  // Atlassian API token
	{"AccountKey=", b64, 40, 0},                              // Azure storage connection string
	{"sq0atp-", alnumUD, 22, 0}, {"sq0csp-", alnumUD, 40, 0}, // Square
	{"dapi", hexLow, 32, 32},                        // Databricks
	{"PMAK-", alnumUD, 50, 0},                       // Postman
	{"lin_api_", alnum, 40, 40},                     // Linear
	{"glsa_", alnumUD, 32, 0}, {"glc_", b64, 32, 0}, // Grafana
	{"sntrys_", b64, 50, 0},  // Sentry
	{"NRAK-", alnum, 27, 27}, // New Relic
	{"AGE-SECRET-KEY-1", alnum, 58, 58},
	{"dp.pt.", alnum, 40, 0}, // Doppler
}

// vendorFirst[c] lists the indexes of the rules whose prefix starts with c.
var vendorFirst = func() (t [256][]uint8) {
	for i, r := range vendorRules {
		t[r.prefix[0]] = append(t[r.prefix[0]], uint8(i))
	}
	return t
}()

// vendorPair[c] has bit b&63 set for the second byte b of every prefix
// that starts with c: the cheap test before scanVendor.
var vendorPair = func() (t [256]uint64) {
	for _, r := range vendorRules {
		t[r.prefix[0]] |= 1 << (r.prefix[1] & 63)
	}
	return t
}()

// vendorMaybe reports whether a vendor prefix may start at src[i].
func vendorMaybe(src []byte, i int) bool {
	return i+1 < len(src) && vendorPair[src[i]]&(1<<(src[i+1]&63)) != 0
}

// scanVendor returns the vendor token that starts at src[i]: a known
// prefix, then a body of the rule's alphabet and length, not preceded by a
// letter or digit. The whole token, prefix included, is the match. It does
// not allocate.
func scanVendor(src []byte, i int) (hit, bool) {
	rs := vendorFirst[src[i]]
	if len(rs) == 0 || i > 0 && isAlnum(src[i-1]) {
		return hit{}, false
	}
	for _, x := range rs {
		r := &vendorRules[x]
		p := i + len(r.prefix)
		if p > len(src) || string(src[i:p]) != r.prefix {
			continue
		}
		al := &tokenAlphabet[r.alphabet]
		e := p
		for e < len(src) && al[src[e]] {
			e++
		}
		// A body in an alphabet with '.' or '=' ends before a trailing
		// full stop or padding that belongs to the sentence.
		for e > p && src[e-1] == '.' {
			e--
		}
		n := e - p
		if n < r.min || r.max > 0 && n > r.max {
			continue
		}
		return hit{det: DetToken, start: i, end: e}, true
	}
	return hit{}, false
}
