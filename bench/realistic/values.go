package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// This file makes the values put into records: personal data (recorded in
// Planted through plant) and look-alikes that must survive (through keep),
// and the encodings the formats apply to them.

// plant appends form (text when form is "") to dst and records text as
// personal data of category cat appearing as form.
func (g *gen) plant(dst []byte, cat, text, form string) []byte {
	if form == "" {
		form = text
	}
	g.plantAt(cat, text, form)
	return append(dst, form...)
}

// plantAt records text as personal data appearing as each of forms.
func (g *gen) plantAt(cat, text string, forms ...string) {
	if len(forms) == 0 {
		forms = []string{text}
	}
	g.plants = append(g.plants, Value{Category: cat, Text: text, Forms: forms})
}

// keep appends form (text when "") to dst and records it as a look-alike.
func (g *gen) keep(dst []byte, cat, text, form string) []byte {
	if form == "" {
		form = text
	}
	g.keepAt(cat, text, form)
	return append(dst, form...)
}

func (g *gen) keepAt(cat, text string, forms ...string) {
	if len(forms) == 0 {
		forms = []string{text}
	}
	g.keeps = append(g.keeps, Value{Category: cat, Text: text, Forms: forms})
}

func (g *gen) pct(p int) bool { return g.rng.IntN(100) < p }

func pick[T any](g *gen, xs []T) T { return xs[g.rng.IntN(len(xs))] }

func (g *gen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.rng.IntN(10))
	}
	return string(b)
}

func (g *gen) num(lo, hi int) string { return strconv.Itoa(lo + g.rng.IntN(hi-lo+1)) }

const (
	hexDigits = "0123456789abcdef"
	base62    = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	b64url    = base62 + "-_"
	lowerNum  = "abcdefghijklmnopqrstuvwxyz0123456789"
)

func (g *gen) chars(n int, alphabet string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[g.rng.IntN(len(alphabet))]
	}
	return string(b)
}

// hexID returns n lowercase hex digits with at least one letter.
func (g *gen) hexID(n int) string {
	b := []byte(g.chars(n, hexDigits))
	b[g.rng.IntN(n)] = "abcdef"[g.rng.IntN(6)]
	return string(b)
}

// token returns a base62 secret with at least one letter and one digit.
func (g *gen) token(n int) string {
	b := []byte(g.chars(n, base62))
	b[0] = base62[10+g.rng.IntN(52)]
	b[n-1] = base62[g.rng.IntN(10)]
	return string(b)
}

func (g *gen) uuid() string {
	b := []byte(g.hexID(32))
	b[12] = '4'
	b[16] = "89ab"[g.rng.IntN(4)]
	h := string(b)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// Encodings.

// jsonEsc returns s as the body of a JSON string: quotes, backslashes and
// control characters escaped (RFC 8259), other UTF-8 as it is.
func jsonEsc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// pctEnc percent-encodes every byte of s outside the RFC 3986 unreserved
// set; with plus a space becomes '+' (form encoding), with lower the hex
// digits are lower case.
func pctEnc(s string, plus, lower bool) string {
	hex := "0123456789ABCDEF"
	if lower {
		hex = hexDigits
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '_', c == '~':
			b.WriteByte(c)
		case c == ' ' && plus:
			b.WriteByte('+')
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

// nginxEsc escapes s as nginx writes a variable with escape=default:
// '"', '\\' and bytes below 0x20 or above 0x7e as \xHH.
func nginxEsc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '"' || c == '\\' || c < 0x20 || c > 0x7e {
			b.WriteString(`\x`)
			b.WriteByte("0123456789ABCDEF"[c>>4])
			b.WriteByte("0123456789ABCDEF"[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// invisible returns s with a NUL or a zero-width space inserted after a
// random interior byte that is followed by an ASCII byte.
func (g *gen) invisible(s string) string {
	inv := "\u200b"
	if g.pct(40) {
		inv = "\x00"
	}
	i := 1 + g.rng.IntN(len(s)-2)
	return s[:i] + inv + s[i:]
}

// Personal data.

var firstNames = []string{"Alice", "Bob", "Jürgen", "Olena", "Mykola", "Priya", "Seán", "Chloé", "Tomasz", "Fatima", "Oliver", "Hannah", "Dmytro", "Emily", "Lukas", "Aisha"}
var lastNames = []string{"Smith", "Müller", "Kovalenko", "O'Brien", "Schmidt", "Shevchenko", "Nowak", "Johnson", "Patel", "Dubois", "Williams", "Becker", "Bondarenko", "García", "Jones", "Fischer"}

func (g *gen) name() (first, last string) { return pick(g, firstNames), pick(g, lastNames) }

// ascii folds the few non-ASCII letters of the name lists for e-mail
// local parts.
func ascii(s string) string {
	r := strings.NewReplacer("ü", "ue", "é", "e", "á", "a", "í", "i", "'", "")
	return r.Replace(s)
}

var emailDomains = []string{"example.com", "example.org", "example.net", "mail.example.com", "corp.example.co.uk", "example.com.ua"}

func (g *gen) email(first, last string) string {
	f, l := strings.ToLower(ascii(first)), strings.ToLower(ascii(last))
	d := pick(g, emailDomains)
	switch g.rng.IntN(5) {
	case 0:
		return f + "." + l + "@" + d
	case 1:
		return f[:1] + l + "+news@" + d
	case 2:
		return f + "_" + l + g.num(1, 99) + "@" + d
	case 3:
		return strings.ToUpper(f[:1]) + f[1:] + "." + strings.ToUpper(l[:1]) + l[1:] + "@" + strings.ToUpper(d[:1]) + d[1:]
	}
	return l + "." + f + "@" + d
}

// ipv4 returns an address in one of the documentation ranges (RFC 5737),
// never .0 so that truncation to /24 always changes it.
func (g *gen) ipv4() string {
	return pick(g, []string{"192.0.2.", "198.51.100.", "203.0.113."}) + g.num(1, 254)
}

// privateIPv4 returns an RFC 1918 address as seen inside a cluster.
func (g *gen) privateIPv4() string {
	return "10." + g.num(0, 255) + "." + g.num(0, 255) + "." + g.num(1, 254)
}

// ipv6 returns an address in 2001:db8::/32 (RFC 3849) whose bits past /48
// are not all zero, compressed as RFC 5952 writes it.
func (g *gen) ipv6() string {
	h := func() string { return strconv.FormatUint(uint64(1+g.rng.IntN(0xfffe)), 16) }
	switch g.rng.IntN(4) {
	case 0:
		return "2001:db8:" + h() + ":" + h() + "::" + h()
	case 1:
		return "2001:db8:" + h() + ":" + h() + ":" + h() + ":" + h() + ":" + h() + ":" + h()
	case 2:
		return "2001:db8:" + h() + ":" + h() + "::" + h() + ":" + h()
	}
	return "2001:db8:0:" + h() + "::" + h()
}

// Phone numbers in the formats people and systems write them, in the
// ranges reserved for fiction or documentation where one exists: Ofcom's
// 020 7946 0xxx and 07700 900xxx, NANP 555-01xx, and realistic German and
// Ukrainian national numbers; a third of them national numbers of every
// market (see nationalPhone).
func (g *gen) phone() string {
	if g.pct(33) {
		return g.nationalPhone()
	}
	switch g.rng.IntN(14) {
	case 0:
		return "030 " + g.num(2000000, 99999999)
	case 1:
		return "0151 " + g.digits(8)
	case 2:
		return "+49 30 " + g.num(20000000, 99999999)
	case 3:
		return "+4930" + g.num(20000000, 99999999)
	case 4:
		return "020 7946 0" + g.digits(3)
	case 5:
		return "+44 20 7946 0" + g.digits(3)
	case 6:
		return "07700 900" + g.digits(3)
	case 7:
		return "(" + pick(g, []string{"201", "212", "415", "617"}) + ") 555-01" + g.digits(2)
	case 8:
		return "+1 " + pick(g, []string{"201", "212", "415", "617"}) + "-555-01" + g.digits(2)
	case 9:
		return "+380 44 " + g.digits(3) + " " + g.digits(2) + " " + g.digits(2)
	case 10:
		return "044 " + g.digits(3) + " " + g.digits(2) + " " + g.digits(2)
	case 11:
		return "(067) " + g.digits(3) + "-" + g.digits(2) + "-" + g.digits(2)
	case 12:
		return "0044 20 7946 0" + g.digits(3)
	}
	return "011 44 20 7946 0" + g.digits(3)
}

// e164 returns an international number in E.164 with its '+'.
func (g *gen) e164() string {
	switch g.rng.IntN(4) {
	case 0:
		return "+4930" + g.num(20000000, 99999999)
	case 1:
		return "+44207946" + "0" + g.digits(3)
	case 2:
		return "+380" + pick(g, []string{"44", "67", "50"}) + g.digits(7)
	}
	return "+1" + pick(g, []string{"201", "212", "415"}) + "55501" + g.digits(2)
}

// dialled returns a number as a PBX sees dialled digits: national (0...),
// international with 00 or 011, or E.164 digits without '+'.
func (g *gen) dialled() string {
	switch g.rng.IntN(5) {
	case 0:
		return "030" + g.num(20000000, 99999999)
	case 1:
		return "00442079460" + g.digits(3)
	case 2:
		return "011442079460" + g.digits(3)
	case 3:
		return "4930" + g.num(20000000, 99999999)
	}
	return "0038044" + g.digits(7)
}

// card returns a Luhn-valid card number, plain or in groups.
func (g *gen) card() string {
	var d string
	switch g.rng.IntN(3) {
	case 0:
		d = "4" + g.digits(14)
	case 1:
		d = "5" + g.num(1, 5) + g.digits(13)
	default:
		d = "37" + g.digits(12)
	}
	d += string(rune('0' + luhnCheck(d)))
	if g.pct(50) {
		return d
	}
	var b strings.Builder
	for i := 0; i < len(d); i++ {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(d[i])
	}
	return b.String()
}

// luhnCheck returns the check digit that makes d+digit Luhn-valid.
func luhnCheck(d string) int {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if (len(d)-1-i)%2 == 0 {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
	}
	return (10 - sum%10) % 10
}

// iban returns a valid IBAN (ISO 13616 mod-97 check digits), compact or
// in groups of four.
func (g *gen) iban() string {
	var cc, bban string
	switch g.rng.IntN(3) {
	case 0:
		cc, bban = "DE", g.digits(18)
	case 1:
		cc, bban = "GB", pick(g, []string{"NWBK", "BARC", "MIDL"})+g.digits(14)
	default:
		cc, bban = "UA", g.digits(6)+g.digits(19)
	}
	// Move country and "00" to the end, letters to numbers, mod 97.
	rem := 0
	for _, c := range bban + cc + "00" {
		if c >= 'A' && c <= 'Z' {
			rem = (rem*100 + int(c-'A'+10)) % 97
		} else {
			rem = (rem*10 + int(c-'0')) % 97
		}
	}
	chk := 98 - rem
	s := cc + string(rune('0'+chk/10)) + string(rune('0'+chk%10)) + bban
	if g.pct(50) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// ssn returns a US social security number with dashes or spaces.
func (g *gen) ssn() string {
	area := 1 + g.rng.IntN(665)
	a := strconv.Itoa(area)
	for len(a) < 3 {
		a = "0" + a
	}
	grp, ser := g.num(10, 99), g.num(1000, 9999)
	if g.pct(50) {
		return a + " " + grp + " " + ser
	}
	return a + "-" + grp + "-" + ser
}

// mac returns a MAC address with ':' or '-', upper or lower case.
func (g *gen) mac() string {
	sep, hex := ":", "0123456789abcdef"
	if g.pct(40) {
		sep = "-"
	}
	if g.pct(50) {
		hex = "0123456789ABCDEF"
	}
	var b strings.Builder
	for i := 0; i < 6; i++ {
		if i > 0 {
			b.WriteString(sep)
		}
		v := g.rng.IntN(256)
		if i == 0 {
			v &^= 1 // unicast
		}
		b.WriteByte(hex[v>>4])
		b.WriteByte(hex[v&15])
	}
	return b.String()
}

// jwt returns a signed-looking JSON Web Token (RFC 7519) for subject sub.
func (g *gen) jwt(sub string) string {
	enc := base64.RawURLEncoding
	h := enc.EncodeToString([]byte(`{"alg":"RS256","kid":"` + g.hexID(8) + `","typ":"JWT"}`))
	p := enc.EncodeToString([]byte(`{"iss":"https://auth.example.com","sub":"` + sub + `","iat":17954` + g.digits(5) + `,"exp":17955` + g.digits(5) + `}`))
	return h + "." + p + "." + g.chars(86, b64url)
}

// Session cookies under the names real frameworks use.
func (g *gen) sessionCookie() (name, value string) {
	switch g.rng.IntN(8) {
	case 6:
		// Google Analytics' client id cookie: GA1, the domain depth, a
		// random number and the first visit's epoch seconds.
		return "_ga", "GA1.2." + g.num(100000000, 2147483647) + "." + g.num(1690000000, 1700000000)
	case 7:
		// Meta's browser id cookie: fb.1, the creation time in
		// milliseconds and a random number.
		return "_fbp", "fb.1." + g.num(1690000000, 1700000000) + g.digits(3) + "." + g.num(100000000, 2147483647)
	case 0:
		return "SESSID", g.chars(26, lowerNum)
	case 1:
		return "PHPSESSID", g.chars(26, lowerNum)
	case 2:
		return "_session_id", g.hexID(32)
	case 3:
		// express-session: "s:" + id + "." + HMAC, percent-encoded by cookie.serialize.
		return "connect.sid", "s%3A" + g.chars(32, b64url) + "." + g.chars(43, base62) + "%2B" + g.chars(2, base62)
	case 4:
		return "laravel_session", "eyJpdiI6" + g.chars(40, base62) + "%3D%3D"
	}
	return "JSESSIONID", strings.ToUpper(g.hexID(32))
}

// street returns the street line of a postal address, as the markets of
// the name lists write it: number first (123 Oak Street) or after the
// street's name (Unter den Linden 77, Rue de Rivoli 10).
func (g *gen) street() string {
	n := g.num(1, 240)
	switch g.rng.IntN(4) {
	case 0:
		return n + " " + pick(g, []string{"Oak Street", "Maple Avenue", "High Street", "Station Road"})
	case 1:
		return pick(g, []string{"Unter den Linden", "Hauptstraße", "Schillerstraße"}) + " " + n
	case 2:
		return "Rue de " + pick(g, []string{"Rivoli", "la Paix", "Provence"}) + " " + n
	}
	return "вул. " + pick(g, []string{"Хрещатик", "Шевченка"}) + ", " + n
}

// Look-alikes.

var browserUAs = []string{
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
	"Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1.2 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36",
	"curl/8.4.0",
	"okhttp/4.12.0",
}

// versionUAs are user agents whose version reads like an IPv4 address or
// a phone number: each with the version to keep.
var versionUAs = [][2]string{
	{"Microsoft-WebDAV-MiniRedir/6.1.7601.17514", "6.1.7601.17514"},
	{"Windows-Update-Agent/7.9.9600.18340 Client-Protocol/1.81", "7.9.9600.18340"},
	{"Microsoft-CryptoAPI/10.0.19041.3636", "10.0.19041.3636"},
	{"Yealink SIP-T46S 66.86.0.15", "66.86.0.15"},
	{"Grandstream GXP2170 1.0.11.23", "1.0.11.23"},
	{"snom D785/10.1.159.12", "10.1.159.12"},
	{"PolycomVVX-VVX_411-UA/6.3.1.8427", "6.3.1.8427"},
	{"Fanvil X4U 2.12.1.4", "2.12.1.4"},
	{"MyApp/0.0.0.6 (build 20261123)", "0.0.0.6"},
}

// ua returns a user agent and, for one with a tricky version, the version
// recorded as a look-alike.
func (g *gen) ua() (ua, version string) {
	if g.pct(35) {
		v := pick(g, versionUAs)
		return v[0], v[1]
	}
	return pick(g, browserUAs), ""
}

var sipUAs = [][2]string{
	{"Yealink SIP-T46S 66.86.0.15", "66.86.0.15"},
	{"Grandstream GXP2170 1.0.11.23", "1.0.11.23"},
	{"snom D785/10.1.159.12", "10.1.159.12"},
	{"PolycomVVX-VVX_411-UA/6.3.1.8427", "6.3.1.8427"},
	{"Zoiper rv2.10.20.6", "2.10.20.6"},
	{"Linphone/5.2.0 (belle-sip/5.2.0)", "5.2.0"},
	{"FPBX-16.0.40.7(18.20.0)", "16.0.40.7"},
	{"Fanvil X4U 2.12.1.4", "2.12.1.4"},
}

// blockID returns an HDFS block id, a signed 64-bit decimal.
func (g *gen) blockID() string {
	s := strconv.FormatInt(int64(g.rng.Uint64()>>1), 10)
	if g.pct(50) {
		s = "-" + s
	}
	return "blk_" + s
}

// orderID returns a 16-digit order number that fails the Luhn check.
func (g *gen) orderID() string {
	d := g.num(1, 9) + g.digits(14)
	c := (luhnCheck(d) + 1 + g.rng.IntN(9)) % 10
	return d + string(rune('0'+c))
}

var pathWords = []string{"index.html", "img/logo.png", "static/app.js", "api/v2/items", "checkout", "search", "account/settings", "assets/fonts/inter.woff2", "login", "download/report.pdf"}

func (g *gen) path() string { return "/" + pick(g, pathWords) }

// imei returns an IMEI (3GPP TS 23.003): an 8-digit type allocation code,
// a 6-digit serial number and the Luhn check digit.
func (g *gen) imei() string {
	d := pick(g, []string{"35693803", "49015420", "35332011", "86753105"}) + g.digits(6)
	return d + strconv.Itoa(luhnCheck(d))
}

// imsi returns an IMSI: a mobile country code, a mobile network code and
// the subscriber's number, 15 digits.
func (g *gen) imsi() string {
	p := pick(g, []string{"310150", "23415", "26201", "25501"})
	return p + g.digits(15-len(p))
}
