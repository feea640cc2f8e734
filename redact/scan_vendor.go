package redact

import (
	"encoding/binary"
	"hash/crc32"
)

// Vendor tokens: credentials that announce themselves by a fixed prefix
// (ghp_, xoxb-, sk_live_, AIza, glpat-...), found anywhere, with no key to
// give them away (DetToken). The formats follow the vendors' published
// token formats; gitleaks' public rule set is the reference for prefixes,
// alphabets and lengths. Each rule is a literal prefix, the alphabet of the
// body after it, the body's length bounds and an optional shape test,
// checked by hand: no regular expression runs on the hot path.
//
// A token must start where a word does (not after a letter or digit) and
// end where one does; its body must not be a placeholder (fewer than six
// different bytes, as in ghp_xxxx... or GR1348941XXXX...).
//
// Checksums. GitHub's classic tokens (ghp_, gho_, ghu_, ghs_, ghr_) and
// npm's (npm_) end in six base62 digits of the CRC-32 of the 30 random
// characters before them. The checksum never takes a detection away: a
// token of the right prefix, alphabet and length with a wrong checksum is
// still masked (it may be mistyped or cut, and a leak costs more than a
// false alarm). A valid checksum adds detections where the shape alone is
// too weak to act on: a token followed directly by more letters or digits
// ("ghp_...36...xyz"), where the word boundary fails. (A token glued to
// letters before it, "tokenghp_...", is not looked for: that would cost a
// test at the end of every word.) The other formats carry no checksum
// anyone documents (Slack, Stripe, SendGrid) or one we do not check
// (GitLab's routable tokens end in a CRC in base 36; PyPI tokens are
// macaroons), and are found by shape alone.
//
// Three formats have no prefix at their start: a Mailchimp API key (32
// hex digits, "-us" and the data centre) is found at a 32-character word
// followed by '-' (scanMailchimp); an Azure AD client secret (three bytes,
// a digit, "Q~" and 31 to 34 more) at its '~' (scanAzureSecret); a
// Telegram bot token's secret half at the ':' after the bot id
// (telegramMaybe).

// Token body alphabets, as bits of tokenClass.
const (
	alnum      uint16 = 1 << iota // A-Z a-z 0-9
	alnumUD                       // alnum _ -
	hexLow                        // 0-9 a-f
	hexAny                        // 0-9 a-f A-F
	b64                           // alnum + / =
	urlPath                       // alnum _ - / @ .: a webhook URL's path
	alnumUDDot                    // alnum _ - .
	upperNum                      // A-Z 0-9
	b64Any                        // alnum + / = _ -
	alnumUDEq                     // alnum _ - =
)

var tokenClass = func() (t [256]uint16) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		lo, up, dg := 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9'
		an := lo || up || dg
		var k uint16
		if an {
			k |= alnum | alnumUD | b64 | urlPath | alnumUDDot | b64Any | alnumUDEq
		}
		if up || dg {
			k |= upperNum
		}
		if dg || 'a' <= b && b <= 'f' {
			k |= hexLow | hexAny
		}
		if 'A' <= b && b <= 'F' {
			k |= hexAny
		}
		switch b {
		case '_', '-':
			k |= alnumUD | urlPath | alnumUDDot | b64Any | alnumUDEq
		case '+', '/', '=':
			k |= b64 | b64Any
		}
		switch b {
		case '/', '@', '.':
			k |= urlPath
		case '=':
			k |= alnumUDEq
		}
		if b == '.' {
			k |= alnumUDDot
		}
		t[c] = k
	}
	return t
}()

// Shape tests on a token's body, beyond its alphabet and length.
const (
	shapeNone     uint8 = iota
	shapeCRC            // GitHub, npm: 30 random base62 and the CRC-32 of them in 6 base62 digits
	shapeSlack          // digits up to the first '-', and something after it
	shapeSlackID        // at least 8 digits up to the first '-', and something after it
	shapeRandom         // a digit, '-' or '_', or letters whose case flips often: not a camelCase word
	shapeOpenAI         // 20 alnum, "T3BlbkFJ" (base64 of "OpenAI"), 20 alnum
	shapeSendGrid       // 22, '.', 43
	shapeNotion         // 11 digits, then 35 more
	shapeDigitSep       // digits, '/' or '-', then the rest (webhook paths)
	shapeUUID           // a UUID (Plaid access tokens)
)

// vendorRule is one prefixed token format: prefix, then min to max bytes
// of the alphabet (max 0: no upper bound), then the shape test.
type vendorRule struct {
	prefix   string
	alphabet uint16
	min, max int
	shape    uint8
	vendor   string // for documentation and the measured table
}

var vendorRules = []vendorRule{
	// GitHub: classic tokens carry a checksum; fine-grained ones are 22_59.
	{"ghp_", alnum, 36, 36, shapeCRC, "GitHub"}, {"gho_", alnum, 36, 36, shapeCRC, "GitHub"},
	{"ghu_", alnum, 36, 36, shapeCRC, "GitHub"}, {"ghs_", alnum, 36, 36, shapeCRC, "GitHub"},
	{"ghr_", alnum, 36, 76, shapeCRC, "GitHub"}, {"github_pat_", alnumUD, 60, 100, 0, "GitHub"},
	// GitLab (docs.gitlab.com, token prefixes); routable tokens end in ".01xxxxxxx".
	{"glpat-", alnumUDDot, 20, 320, 0, "GitLab"}, {"glptt-", alnumUD, 40, 40, 0, "GitLab"},
	{"glrt-", alnumUDDot, 20, 320, 0, "GitLab"}, {"gldt-", alnumUD, 20, 60, 0, "GitLab"},
	{"glcbt-", alnumUD, 22, 60, 0, "GitLab"}, {"glffct-", alnumUD, 20, 60, 0, "GitLab"},
	{"glft-", alnumUD, 20, 60, 0, "GitLab"}, {"glimt-", alnumUD, 25, 60, 0, "GitLab"},
	{"glagent-", alnumUD, 50, 90, 0, "GitLab"}, {"gloas-", alnumUD, 64, 90, 0, "GitLab"},
	{"glsoat-", alnumUD, 20, 60, 0, "GitLab"}, {"GR1348941", alnumUD, 20, 60, 0, "GitLab"},
	// Slack: bot, user, app, configuration, legacy tokens; webhook URLs.
	{"xoxb-", alnumUD, 16, 0, shapeSlackID, "Slack"}, {"xoxp-", alnumUD, 16, 0, shapeSlackID, "Slack"},
	{"xoxs-", alnumUD, 16, 0, shapeSlack, "Slack"}, {"xoxo-", alnumUD, 16, 0, shapeSlack, "Slack"},
	{"xoxe.xoxb-", alnumUD, 100, 0, shapeSlack, "Slack"}, {"xoxe.xoxp-", alnumUD, 100, 0, shapeSlack, "Slack"},
	{"xoxe-", alnumUD, 16, 0, shapeSlack, "Slack"}, {"xapp-", alnumUD, 16, 0, shapeSlack, "Slack"},
	{"xoxa-", alnumUD, 10, 0, shapeRandom, "Slack"}, {"xoxr-", alnumUD, 10, 0, shapeRandom, "Slack"},
	{"hooks.slack.com/services/", urlPath, 20, 0, 0, "Slack"}, {"hooks.slack.com/workflows/", urlPath, 20, 0, 0, "Slack"},
	{"hooks.slack.com/triggers/", urlPath, 20, 0, 0, "Slack"},
	// Stripe secret and restricted keys, webhook signing secrets.
	{"sk_live_", alnum, 16, 110, 0, "Stripe"}, {"rk_live_", alnum, 16, 110, 0, "Stripe"},
	{"sk_test_", alnum, 16, 110, 0, "Stripe"}, {"rk_test_", alnum, 16, 110, 0, "Stripe"},
	{"sk_prod_", alnum, 16, 110, 0, "Stripe"}, {"rk_prod_", alnum, 16, 110, 0, "Stripe"},
	{"whsec_", alnum, 24, 80, 0, "Stripe"},
	{"SG.", alnumUDDot, 66, 66, shapeSendGrid, "SendGrid"},
	// Twilio API key SIDs and account SIDs: the whole word.
	{"SK", hexAny, 32, 32, 0, "Twilio"}, {"AC", hexAny, 32, 32, 0, "Twilio"},
	{"npm_", alnum, 36, 36, shapeCRC, "npm"},
	{"pypi-AgEIcHlwaS5vcmc", alnumUD, 50, 0, 0, "PyPI"},        // a macaroon for pypi.org
	{"pypi-AgENdGVzdC5weXBpLm9yZw", alnumUD, 50, 0, 0, "PyPI"}, // test.pypi.org
	// Google: API keys, OAuth access tokens, OAuth client secrets.
	{"AIza", alnumUD, 35, 35, 0, "Google"}, {"ya29.", alnumUD, 20, 0, 0, "Google"}, {"GOCSPX-", alnumUD, 28, 28, 0, "Google"},
	// OpenAI: project, service account and admin keys; legacy keys by their marker.
	{"sk-proj-", alnumUD, 40, 0, 0, "OpenAI"}, {"sk-svcacct-", alnumUD, 40, 0, 0, "OpenAI"},
	{"sk-admin-", alnumUD, 40, 0, 0, "OpenAI"},
	// Anthropic: API, admin, OAuth access and refresh keys.
	{"sk-ant-", alnumUD, 40, 0, 0, "Anthropic"},
	{"sk-", alnum, 48, 48, shapeOpenAI, "OpenAI"},
	// Hugging Face user and organization tokens (letters in the examples;
	// digits allowed, as a leak costs more than a false alarm).
	{"hf_", alnum, 34, 34, 0, "HuggingFace"}, {"api_org_", alnum, 34, 34, 0, "HuggingFace"},
	{"shpat_", hexAny, 32, 32, 0, "Shopify"}, {"shpca_", hexAny, 32, 32, 0, "Shopify"},
	{"shppa_", hexAny, 32, 32, 0, "Shopify"}, {"shpss_", hexAny, 32, 32, 0, "Shopify"},
	{"dop_v1_", hexLow, 64, 64, 0, "DigitalOcean"}, {"doo_v1_", hexLow, 64, 64, 0, "DigitalOcean"},
	{"dor_v1_", hexLow, 64, 64, 0, "DigitalOcean"},
	// HashiCorp Vault service, batch and recovery tokens, and the old s.<24>.
	{"hvs.", alnumUD, 24, 0, 0, "Vault"}, {"hvb.", alnumUD, 24, 0, 0, "Vault"}, {"hvr.", alnumUD, 24, 0, 0, "Vault"},
	{"s.", alnum, 24, 24, shapeRandom, "Vault"},
	{"ATATT3", alnumUDEq, 100, 0, 0, "Atlassian"},
	{"AccountKey=", b64, 40, 0, 0, "Azure"}, // a storage connection string's key
	{"SharedAccessKey=", b64, 40, 0, 0, "Azure"},
	{"sq0atp-", alnumUD, 22, 60, 0, "Square"}, {"sq0csp-", alnumUD, 40, 60, 0, "Square"},
	{"EAAA", alnumUD, 60, 60, shapeRandom, "Square"},
	{"dapi", hexLow, 32, 32, 0, "Databricks"},
	{"PMAK-", alnumUD, 59, 59, 0, "Postman"},
	{"pul-", hexLow, 40, 40, 0, "Pulumi"},
	{"lin_api_", alnum, 40, 40, 0, "Linear"},
	{"glsa_", alnumUD, 41, 41, 0, "Grafana"}, {"glc_", b64, 32, 400, 0, "Grafana"}, {"eyJrIjoi", b64, 70, 400, 0, "Grafana"},
	{"sntrys_", b64Any, 50, 0, 0, "Sentry"}, {"sntryu_", hexLow, 64, 64, 0, "Sentry"},
	{"NRAK-", upperNum, 27, 27, 0, "NewRelic"}, {"NRJS-", hexLow, 19, 19, 0, "NewRelic"}, {"NRII-", alnumUD, 32, 32, 0, "NewRelic"},
	{"AGE-SECRET-KEY-1", upperNum, 58, 58, 0, "age"},
	{"dp.pt.", alnum, 40, 0, 0, "Doppler"}, {"dp.st.", alnumUDDot, 40, 0, 0, "Doppler"},
	{"dp.sa.", alnum, 40, 0, 0, "Doppler"}, {"dp.ct.", alnum, 40, 0, 0, "Doppler"},
	{"dt0c01.", alnumUDDot, 89, 89, 0, "Dynatrace"},
	{"ntn_", alnum, 46, 46, shapeNotion, "Notion"}, {"secret_", alnum, 43, 43, 0, "Notion"},
	{"key-", hexLow, 32, 32, 0, "Mailgun"}, {"pubkey-", hexLow, 32, 32, 0, "Mailgun"},
	{"HRKU-", alnumUD, 60, 60, 0, "Heroku"},
	{"figd_", alnumUD, 40, 60, 0, "Figma"}, // personal access tokens (Figma's REST API documentation)
	// Docker Hub personal access tokens: 27 of base64url after the prefix.
	{"dckr_pat_", alnumUD, 25, 40, 0, "Docker Hub"},
	{"fo1_", alnumUD, 43, 43, 0, "Fly.io"}, {"fm1a_", b64, 100, 0, 0, "Fly.io"}, {"fm1r_", b64, 100, 0, 0, "Fly.io"},
	{"fm2_", b64, 100, 0, 0, "Fly.io"},
	{"discord.com/api/webhooks/", urlPath, 30, 0, shapeDigitSep, "Discord"},
	{"discordapp.com/api/webhooks/", urlPath, 30, 0, shapeDigitSep, "Discord"},
	{"webhook.office.com/webhookb2/", urlPath, 40, 0, 0, "Teams"},
	{"EAAM", alnum, 100, 0, 0, "Facebook"}, {"EAAC", alnum, 100, 0, 0, "Facebook"},
	{"ops_eyJ", b64, 250, 0, 0, "1Password"},
	{"p8e-", alnum, 32, 32, 0, "Adobe"},
	{"LTAI", alnum, 20, 20, 0, "Alibaba"},
	{"AKCp", alnum, 69, 69, 0, "Artifactory"},
	{"CLOJARS_", alnum, 60, 60, 0, "Clojars"},
	{"duffel_test_", alnumUDEq, 43, 43, 0, "Duffel"}, {"duffel_live_", alnumUDEq, 43, 43, 0, "Duffel"},
	{"EZAK", alnum, 54, 54, 0, "EasyPost"}, {"EZTK", alnum, 54, 54, 0, "EasyPost"},
	{"FLWSECK_TEST-", alnumUD, 12, 40, 0, "Flutterwave"}, {"FLWSECK-", alnumUD, 12, 40, 0, "Flutterwave"},
	{"fio-u-", alnumUDEq, 64, 64, 0, "Frame.io"},
	{"ico-", alnum, 32, 32, 0, "Infracost"},
	{"s-s4t2ud-", hexAny, 64, 64, 0, "Intra42"}, {"s-s4t2af-", hexAny, 64, 64, 0, "Intra42"},
	{"API-", upperNum, 26, 26, 0, "Octopus"},
	{"sha256~", alnumUD, 43, 43, 0, "OpenShift"},
	{"pplx-", alnum, 48, 48, 0, "Perplexity"},
	{"pscale_tkn_", alnumUDDot, 32, 64, 0, "PlanetScale"}, {"pscale_oauth_", alnumUDDot, 32, 64, 0, "PlanetScale"},
	{"pscale_pw_", alnumUDDot, 32, 64, 0, "PlanetScale"},
	{"pnu_", alnum, 36, 36, 0, "Prefect"},
	{"rdme_", alnum, 70, 70, 0, "ReadMe"},
	{"rubygems_", hexLow, 48, 48, 0, "RubyGems"},
	{"tk-us-", alnumUD, 48, 48, 0, "Scalingo"},
	{"xkeysib-", alnumUD, 81, 81, 0, "Sendinblue"},
	{"sm_aat_", alnum, 16, 16, 0, "SettleMint"}, {"sm_pat_", alnum, 16, 16, 0, "SettleMint"}, {"sm_sat_", alnum, 16, 16, 0, "SettleMint"},
	{"shippo_live_", hexAny, 40, 40, 0, "Shippo"}, {"shippo_test_", hexAny, 40, 40, 0, "Shippo"},
	{"sgp_", alnumUD, 40, 60, 0, "Sourcegraph"},
	{"gsk_", alnum, 52, 52, 0, "Groq"},
	{"lsv2_pt_", alnumUD, 40, 60, 0, "LangSmith"}, {"lsv2_sk_", alnumUD, 40, 60, 0, "LangSmith"},
	{"tfp_", alnumUDDot, 59, 59, 0, "Typeform"},
	{"sl.", alnumUDEq, 130, 0, 0, "Dropbox"},
	{"access-production-", alnumUD, 36, 36, shapeUUID, "Plaid"}, {"access-development-", alnumUD, 36, 36, shapeUUID, "Plaid"},
	{"access-sandbox-", alnumUD, 36, 36, shapeUUID, "Plaid"},
	{"v1.0-", alnumUD, 171, 171, 0, "Cloudflare"},
}

// vendorHead is the first (up to) four bytes of a prefix as a
// little-endian word, and the mask of the bytes it has.
type vendorHead struct {
	head, mask uint32
	rule       uint8
}

// The rules by their first two bytes: vendorSlots is an open-addressing
// hash table of the pairs, each slot naming its rules' heads in
// vendorHeads[start:start+n]. scanVendor finds the few rules of a pair
// with one hash and compares one word per rule before it compares a
// prefix.
type vendorSlot struct {
	pair     uint16
	start, n uint8
}

const vendorSlotBits = 9

var vendorSlots [1 << vendorSlotBits]vendorSlot

var vendorHeads = func() []vendorHead {
	if len(vendorRules) > 255 {
		panic("BUG: more vendor rules than a uint8 indexes")
	}
	var pairs []uint16
	byPair := map[uint16][]vendorHead{}
	for i, r := range vendorRules {
		var h vendorHead
		for k := 0; k < 4 && k < len(r.prefix); k++ {
			h.head |= uint32(r.prefix[k]) << (8 * k)
			h.mask |= 0xff << (8 * k)
		}
		h.rule = uint8(i)
		p := uint16(r.prefix[0])<<8 | uint16(r.prefix[1])
		if byPair[p] == nil {
			pairs = append(pairs, p)
		}
		byPair[p] = append(byPair[p], h)
	}
	var heads []vendorHead
	for _, p := range pairs {
		x := vendorSlotOf(p)
		for vendorSlots[x].n != 0 {
			x = (x + 1) & (1<<vendorSlotBits - 1)
		}
		vendorSlots[x] = vendorSlot{pair: p, start: uint8(len(heads)), n: uint8(len(byPair[p]))}
		heads = append(heads, byPair[p]...)
	}
	return heads
}()

func vendorSlotOf(pair uint16) uint32 {
	return (uint32(pair) * 0x9e3779b1) >> (32 - vendorSlotBits)
}

// head4 returns src[i:i+4] as a little-endian word, zero-padded at the end
// of src.
func head4(src []byte, i int) uint32 {
	if i+4 <= len(src) {
		return binary.LittleEndian.Uint32(src[i:])
	}
	var x uint32
	for k := 0; i+k < len(src); k++ {
		x |= uint32(src[i+k]) << (8 * k)
	}
	return x
}

// vendorPair[c] has bit b&63 set for the second byte b of every prefix
// that starts with c: the cheap test before scanVendor.
var vendorPair = func() (t [256]uint64) {
	for _, r := range vendorRules {
		t[r.prefix[0]] |= 1 << (r.prefix[1] & 63)
	}
	return t
}()

// vendorQuad is a bit set (a Bloom filter of one hash) of the first four
// bytes of every token (a prefix shorter than four bytes with every byte
// its body may start with): the second cheap test before scanVendor, so
// that "application" and "api-7d9c" do not look like "api_org_".
var vendorQuad = func() (t [vendorQuadBits / 64]uint64) {
	set := func(x uint32) {
		h := quadHash(x)
		t[h/64] |= 1 << (h % 64)
	}
	for _, r := range vendorRules {
		var x uint32
		for k := 0; k < 4 && k < len(r.prefix); k++ {
			x |= uint32(r.prefix[k]) << (8 * k)
		}
		switch len(r.prefix) {
		case 2: // see vendorShort
		case 3:
			for c4 := 0; c4 < 256; c4++ {
				if tokenClass[c4]&r.alphabet != 0 {
					set(x | uint32(c4)<<24)
				}
			}
		default:
			set(x)
		}
	}
	return t
}()

const vendorQuadBits = 8192

func quadHash(x uint32) uint32 {
	return (x * 0x9e3779b1) >> (32 - 13)
}

// vendorShort[c] has bit b&63 set for the second byte b of every
// two-byte prefix that starts with c (s., SK, AC): vendorQuad does not
// hold those.
var vendorShort = func() (t [256]uint64) {
	for _, r := range vendorRules {
		if len(r.prefix) == 2 {
			t[r.prefix[0]] |= 1 << (r.prefix[1] & 63)
		}
	}
	return t
}()

// vendorMaybe reports whether a vendor prefix may start at src[i].
func vendorMaybe(src []byte, i int) bool {
	if i+3 >= len(src) || vendorPair[src[i]]&(1<<(src[i+1]&63)) == 0 {
		return false
	}
	if vendorShort[src[i]]&(1<<(src[i+1]&63)) != 0 {
		return true
	}
	h := quadHash(binary.LittleEndian.Uint32(src[i:]))
	return vendorQuad[h/64]&(1<<(h%64)) != 0
}

// telegramMaybe reports whether the ':' at src[i] may be the one between
// a Telegram bot id and its secret ("<bot id>:A...").
func telegramMaybe(src []byte, i int) bool {
	return i+1 < len(src) && src[i+1] == 'A' && (i == 0 || isDigit(src[i-1]))
}

// scanVendor returns the vendor token that starts at src[i]: a known
// prefix, then a body of the rule's alphabet, length and shape, not
// preceded or followed by a letter or digit. The whole token, prefix
// included, is the match. It does not allocate.
func scanVendor(src []byte, i int) (hit, bool) {
	if i+1 >= len(src) {
		return hit{}, false
	}
	pair := uint16(src[i])<<8 | uint16(src[i+1])
	x := vendorSlotOf(pair)
	for vendorSlots[x].n != 0 && vendorSlots[x].pair != pair {
		x = (x + 1) & (1<<vendorSlotBits - 1)
	}
	sl := vendorSlots[x]
	if sl.n == 0 {
		return hit{}, false
	}
	w := head4(src, i)
	glued := i > 0 && isAlnum(src[i-1])
	for _, h := range vendorHeads[sl.start : sl.start+sl.n] {
		if w&h.mask != h.head {
			continue
		}
		r := &vendorRules[h.rule]
		p := i + len(r.prefix)
		if p > len(src) || len(r.prefix) > 4 && string(src[i+4:p]) != r.prefix[4:] {
			continue
		}
		if r.shape == shapeCRC {
			// A valid checksum stands without the word boundaries.
			if p+36 <= len(src) && githubCRC(src[p:p+36]) {
				return hit{det: DetToken, start: i, end: p + 36}, true
			}
		}
		if glued {
			continue
		}
		if e, ok := vendorBody(src, p, r); ok {
			return hit{det: DetToken, start: i, end: e}, true
		}
	}
	return hit{}, false
}

// vendorBody returns the end of the body of rule r that starts at src[p],
// when it has the rule's alphabet, length and shape and ends a word.
func vendorBody(src []byte, p int, r *vendorRule) (int, bool) {
	al := r.alphabet
	e := p
	for e < len(src) && tokenClass[src[e]]&al != 0 {
		e++
	}
	// A body ends before a trailing full stop that belongs to the
	// sentence, and a URL path before a trailing '/'.
	for e > p && (src[e-1] == '.' || src[e-1] == '/' && al == urlPath) {
		e--
	}
	n := e - p
	body := src[p:e]
	if r.prefix == "dapi" && e+1 < len(src) && src[e] == '-' && isDigit(src[e+1]) {
		e += 2 // Databricks: an optional -<digit>
	}
	if n < r.min || r.max > 0 && n > r.max || e < len(src) && isAlnum(src[e]) {
		return 0, false
	}
	if !varied(body) || !bodyShape(body, r.shape) {
		return 0, false
	}
	return e, true
}

// varied reports whether body has at least six different bytes (or half
// its length, when shorter than twelve): placeholders such as xxxx-xxxx or
// 12312312 do not.
func varied(body []byte) bool {
	need := 6
	if len(body) < 12 {
		need = len(body) / 2
	}
	var seen [4]uint64
	n := 0
	for _, c := range body {
		if b := &seen[c>>6]; *b&(1<<(c&63)) == 0 {
			*b |= 1 << (c & 63)
			if n++; n >= need {
				return true
			}
		}
	}
	return false
}

// bodyShape applies a rule's shape test to its body.
func bodyShape(b []byte, shape uint8) bool {
	switch shape {
	case shapeSlack, shapeSlackID:
		d := 0
		for d < len(b) && isDigit(b[d]) {
			d++
		}
		need := 1
		if shape == shapeSlackID {
			need = 8
		}
		return d >= need && d+1 < len(b) && b[d] == '-'
	case shapeRandom:
		return randomish(b)
	case shapeOpenAI:
		return string(b[20:28]) == "T3BlbkFJ"
	case shapeSendGrid:
		return b[22] == '.' && dotFree(b[:22]) && dotFree(b[23:])
	case shapeNotion:
		for _, c := range b[:11] {
			if !isDigit(c) {
				return false
			}
		}
	case shapeDigitSep:
		d := 0
		for d < len(b) && isDigit(b[d]) {
			d++
		}
		return d >= 5 && d+20 < len(b) && (b[d] == '/' || b[d] == ':')
	case shapeUUID:
		for k, c := range b {
			if dash := k == 8 || k == 13 || k == 18 || k == 23; dash != (c == '-') || !dash && !isHex(c) {
				return false
			}
		}
	}
	return true
}

func dotFree(b []byte) bool {
	for _, c := range b {
		if c == '.' {
			return false
		}
	}
	return true
}

// randomish reports whether b reads as random rather than as a word: it
// holds a digit, '-' or '_', or its letters flip case at least once in
// four (a camelCase identifier flips once a word).
func randomish(b []byte) bool {
	flips := 0
	for k, c := range b {
		if !isAlpha(c) {
			return true
		}
		if k > 0 && isUpper(c) != isUpper(b[k-1]) {
			flips++
		}
	}
	return flips*4 >= len(b)
}

// base62 is the digit order of GitHub's checksums: 0-9, A-Z, a-z.
const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// githubCRC reports whether the 36 bytes of t are 30 bytes and the six
// base62 digits of their CRC-32 (IEEE), as GitHub's and npm's tokens end.
// It does not allocate.
func githubCRC(t []byte) bool {
	for _, c := range t {
		if !isAlnum(c) {
			return false
		}
	}
	v := crc32.ChecksumIEEE(t[:30])
	for k := 35; k >= 30; k-- {
		if t[k] != base62[v%62] {
			return false
		}
		v /= 62
	}
	return v == 0
}

// scanTelegram returns the secret half of a Telegram bot token, "<bot
// id>:A" and 34 bytes of [A-Za-z0-9_-], after the ':' at src[c]. The bot
// id (5 to 16 digits, a bot's public user id) is kept; it is checked when
// src holds it (telegramMaybe), and not when src starts at the ':' (the id
// was another detection, such as a phone number, already replaced).
func scanTelegram(src []byte, c int) (hit, bool) {
	if !telegramMaybe(src, c) {
		return hit{}, false
	}
	i := c + 1
	e := i + 1
	for e < len(src) && tokenClass[src[e]]&alnumUD != 0 {
		e++
	}
	if e-i != 35 || !randomish(src[i+1:e]) || !varied(src[i+1:e]) {
		return hit{}, false
	}
	return hit{det: DetToken, start: i, end: e}, true
}

// scanMailchimp returns the Mailchimp API key whose 32 lower-case hex
// digits are the word src[i:w]: "<32 hex>-us" and the data centre's one
// or two digits.
func scanMailchimp(src []byte, i, w int) (hit, bool) {
	if w-i != 32 || w+4 > len(src) || src[w] != '-' || src[w+1] != 'u' || src[w+2] != 's' || !isDigit(src[w+3]) || i > 0 && isAlnum(src[i-1]) {
		return hit{}, false
	}
	for _, c := range src[i:w] {
		if !isHex(c) || isUpper(c) {
			return hit{}, false
		}
	}
	e := w + 4
	if e < len(src) && isDigit(src[e]) {
		e++
	}
	if e < len(src) && isAlnum(src[e]) || !varied(src[i:w]) {
		return hit{}, false
	}
	return hit{det: DetToken, start: i, end: e}, true
}

// scanTilde returns the token whose '~' is at src[t]: an OpenShift
// token ("sha256~" and 43 more; the word before the '~' is too short for
// the scanner to look at its start) or an Azure AD client secret.
func scanTilde(src []byte, t int) (hit, bool) {
	if t >= 6 && string(src[t-6:t]) == "sha256" {
		return scanVendor(src, t-6)
	}
	return scanAzureSecret(src, t)
}

// scanAzureSecret returns the Azure AD client secret around the '~' at
// src[t]: [A-Za-z0-9_~.]{3}, a digit, 'Q', then '~' and 31 to 34 of
// [A-Za-z0-9_~.-]. The secret starts five bytes before the '~', and not
// before src.
func scanAzureSecret(src []byte, t int) (hit, bool) {
	s := t - 5
	if s < 0 || src[t-1] != 'Q' || !isDigit(src[t-2]) {
		return hit{}, false
	}
	for _, c := range src[s : t-2] {
		if !isAlnum(c) && c != '_' && c != '~' && c != '.' {
			return hit{}, false
		}
	}
	if s > 0 && (isAlnum(src[s-1]) || src[s-1] == '_' || src[s-1] == '~' || src[s-1] == '.' || src[s-1] == '-') {
		return hit{}, false
	}
	e := t + 1
	for e < len(src) && (tokenClass[src[e]]&alnumUDDot != 0 || src[e] == '~') {
		e++
	}
	// A full stop after the secret ends the sentence, unless the secret
	// would be too short without it.
	for e > t+32 && src[e-1] == '.' {
		e--
	}
	if n := e - (t + 1); n < 31 || n > 34 || e < len(src) && isAlnum(src[e]) || !varied(src[t+1:e]) {
		return hit{}, false
	}
	return hit{det: DetToken, start: s, end: e}, true
}

// scanBcrypt matches a bcrypt password hash in the modular crypt format
// at src[i]: "$2a$", "$2b$" or "$2y$" (OpenBSD's, and PHP's
// password_hash), a cost of two digits, '$', then 53 bytes of bcrypt's
// base64 (./A-Za-z0-9): 22 of salt and 31 of hash. Applications log it in
// SQL errors with their bindings and in dumped records; whoever holds it
// can try passwords offline.
func scanBcrypt(src []byte, i int) (hit, bool) {
	const n = 7 + 53
	if len(src)-i < n || src[i+1] != '2' || src[i+3] != '$' || src[i+6] != '$' ||
		src[i+2] != 'a' && src[i+2] != 'b' && src[i+2] != 'y' || !isDigit(src[i+4]) || !isDigit(src[i+5]) {
		return hit{}, false
	}
	if i > 0 && (isAlnum(src[i-1]) || src[i-1] == '$') {
		return hit{}, false
	}
	for _, c := range src[i+7 : i+n] {
		if !isAlnum(c) && c != '.' && c != '/' {
			return hit{}, false
		}
	}
	if e := i + n; e < len(src) && (isAlnum(src[e]) || src[e] == '/') || !varied(src[i+7:i+n]) {
		return hit{}, false
	}
	return hit{det: DetToken, start: i, end: i + n}, true
}
