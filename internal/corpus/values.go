package corpus

import (
	"encoding/base64"
	"net/netip"
	"strconv"
	"strings"
)

// This file makes the values planted in records: personal data (recorded in
// Planted through plant) and look-alikes that must survive (through keep).

// plant appends v to dst and records it as personal data.
func (g *Gen) plant(dst []byte, v string) []byte {
	g.planted = append(g.planted, []byte(v))
	return append(dst, v...)
}

// keepv appends v to dst and records it as a value that must survive.
func (g *Gen) keepv(dst []byte, v string) []byte {
	g.keep = append(g.keep, []byte(v))
	return append(dst, v...)
}

// rid appends the record id to dst and records it as a value to keep.
func (g *Gen) rid(dst []byte, id uint64) []byte {
	start := len(dst)
	dst = AppendID(dst, id)
	g.keep = append(g.keep, append([]byte(nil), dst[start:]...))
	return dst
}

func (g *Gen) pct(p int) bool { return g.rng.IntN(100) < p }

func pick[T any](g *Gen, xs []T) T { return xs[g.rng.IntN(len(xs))] }

func (g *Gen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.rng.IntN(10))
	}
	return string(b)
}

const (
	hexDigits    = "0123456789abcdef"
	base62       = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	base64url    = base62 + "-_"
	base32Upper  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	base64std    = base62 + "+/"
	lettersLower = "abcdefghijklmnopqrstuvwxyz"
)

func (g *Gen) chars(n int, alphabet string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[g.rng.IntN(len(alphabet))]
	}
	return string(b)
}

// hexID returns n lowercase hex digits with at least one letter, so that an
// id never reads as a (possibly Luhn-valid) number.
func (g *Gen) hexID(n int) string {
	b := []byte(g.chars(n, hexDigits))
	b[g.rng.IntN(n)] = "abcdef"[g.rng.IntN(6)]
	return string(b)
}

// token returns a random base62 secret of n characters with at least one
// letter and one digit.
func (g *Gen) token(n int) string {
	b := []byte(g.chars(n, base62))
	b[0] = base62[10+g.rng.IntN(52)]
	b[n-1] = base62[g.rng.IntN(10)]
	return string(b)
}

func (g *Gen) uuid() string {
	h := g.hexID(32)
	b := []byte(h)
	b[12] = '4'
	b[16] = "89ab"[g.rng.IntN(4)]
	h = string(b)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// ipv4 returns a public-looking IPv4 address whose last octet is not 0, so
// truncation to /24 always changes it.
func (g *Gen) ipv4() string {
	var a int
	for {
		a = 1 + g.rng.IntN(223)
		if a != 10 && a != 127 && a != 100 && a != 169 && a != 172 && a != 192 {
			break
		}
	}
	b := make([]byte, 0, 15)
	b = strconv.AppendInt(b, int64(a), 10)
	b = append(b, '.')
	b = strconv.AppendInt(b, int64(g.rng.IntN(256)), 10)
	b = append(b, '.')
	b = strconv.AppendInt(b, int64(g.rng.IntN(256)), 10)
	b = append(b, '.')
	b = strconv.AppendInt(b, int64(1+g.rng.IntN(254)), 10)
	return string(b)
}

// privateIPv4 returns an address in 10.0.0.0/8 (pod and VPC addresses).
func (g *Gen) privateIPv4() string {
	return "10." + strconv.Itoa(g.rng.IntN(256)) + "." + strconv.Itoa(g.rng.IntN(256)) + "." + strconv.Itoa(1+g.rng.IntN(254))
}

var v6Prefixes = []uint16{0x2001, 0x2a02, 0x2a01, 0x2600, 0x2604, 0x2003, 0x2405, 0x2c0f}

// ipv6Addr returns a global unicast address whose bits past /48 are not all
// zero, with some zero groups so that the compressed form uses "::".
func (g *Gen) ipv6Addr() netip.Addr {
	var b [16]byte
	p := pick(g, v6Prefixes)
	b[0], b[1] = byte(p>>8), byte(p)
	for i := 2; i < 6; i++ {
		b[i] = byte(g.rng.IntN(256))
	}
	if b[2] == 0 && b[3] == 0 {
		b[3] = 1
	}
	switch g.rng.IntN(3) {
	case 0: // 2001:db8:85a3:1c::7 style
		b[6], b[7] = 0, byte(1+g.rng.IntN(255))
		b[15] = byte(1 + g.rng.IntN(255))
	case 1: // SLAAC-like interface id
		for i := 8; i < 16; i++ {
			b[i] = byte(g.rng.IntN(256))
		}
		b[15] |= 1
	default: // privacy address with a zero group somewhere
		for i := 6; i < 16; i++ {
			b[i] = byte(g.rng.IntN(256))
		}
		z := 8 + 2*g.rng.IntN(3)
		b[z], b[z+1], b[z+2], b[z+3] = 0, 0, 0, 0
		b[15] |= 1
	}
	return netip.AddrFrom16(b)
}

// ipv6 returns an IPv6 address in one of the textual forms found in logs:
// compressed (most), full without compression, upper case, IPv4-mapped.
func (g *Gen) ipv6() string {
	a := g.ipv6Addr()
	switch n := g.rng.IntN(20); {
	case n < 13:
		return a.String()
	case n < 16:
		return a.StringExpanded()
	case n < 18:
		return strings.ToUpper(a.String())
	default:
		return "::ffff:" + g.ipv4()
	}
}

// clientIP returns an IPv4 address (75%) or an IPv6 address.
func (g *Gen) clientIP() string {
	if g.pct(75) {
		return g.ipv4()
	}
	return g.ipv6()
}

var (
	firstNames = []string{"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "zoe"}
	lastNames  = []string{"smith", "jones", "taylor", "brown", "williams", "wilson", "johnson", "davies", "muller", "schmidt", "dubois", "martin", "garcia", "rossi", "novak", "kowalski"}
	mailHosts  = []string{"gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "proton.me", "example.com", "mail.example.org", "corp.example.net", "icloud.com"}
)

// email returns an address: mostly first.last+digits, sometimes
// plus-addressed or upper case.
func (g *Gen) email() string {
	local := pick(g, firstNames) + "." + pick(g, lastNames) + strconv.Itoa(10+g.rng.IntN(90))
	switch g.rng.IntN(10) {
	case 0:
		local += "+" + pick(g, []string{"news", "shop", "billing", "2fa"})
	case 1:
		local = strings.ToUpper(local)
	}
	return local + "@" + pick(g, mailHosts)
}

// queryEmail returns an e-mail address as it appears in a query string:
// raw, URL-encoded (%40) or double-encoded (%2540).
func (g *Gen) queryEmail() string {
	e := g.email()
	switch n := g.rng.IntN(10); {
	case n < 3:
		return e
	case n < 8:
		e = strings.ReplaceAll(e, "+", "%2B")
		return strings.Replace(e, "@", "%40", 1)
	default:
		e = strings.ReplaceAll(e, "+", "%252B")
		return strings.Replace(e, "@", "%2540", 1)
	}
}

// phone is a phone number in E.164 and in a display form.
type phone struct{ e164, display string }

func (g *Gen) phone() phone {
	switch g.rng.IntN(6) {
	case 0, 1: // NANP: +1 NPA NXX XXXX
		npa := strconv.Itoa(2+g.rng.IntN(8)) + g.digits(2)
		nxx := strconv.Itoa(2+g.rng.IntN(8)) + g.digits(2)
		line := g.digits(4)
		return phone{"+1" + npa + nxx + line, "+1 " + npa + "-" + nxx + "-" + line}
	case 2: // UK London or mobile
		if g.pct(50) {
			a, b := g.digits(4), g.digits(4)
			return phone{"+4420" + a + b, "+44 20 " + a + " " + b}
		}
		a, b := "7"+g.digits(3), g.digits(6)
		return phone{"+44" + a + b, "+44 " + a + " " + b}
	case 3: // Germany
		a := "30" + g.digits(1)
		b := g.digits(7)
		return phone{"+49" + a + b, "+49 " + a + " " + b}
	case 4: // France mobile
		d := "6" + g.digits(8)
		return phone{"+33" + d, "+33 " + d[:1] + " " + d[1:3] + " " + d[3:5] + " " + d[5:7] + " " + d[7:9]}
	default: // Spain mobile
		d := "6" + g.digits(8)
		return phone{"+34" + d, "+34 " + d[:3] + " " + d[3:6] + " " + d[6:9]}
	}
}

// nationalPhone returns a US number in a national format.
func (g *Gen) nationalPhone() string {
	npa := strconv.Itoa(2+g.rng.IntN(8)) + g.digits(2)
	nxx := strconv.Itoa(2+g.rng.IntN(8)) + g.digits(2)
	line := g.digits(4)
	if g.pct(50) {
		return "(" + npa + ") " + nxx + "-" + line
	}
	return npa + "." + nxx + "." + line
}

// luhnDigit returns the check digit that makes digits+check Luhn-valid.
func luhnDigit(digits string) byte {
	sum := 0
	double := true
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return byte('0' + (10-sum%10)%10)
}

// LuhnValid reports whether s (digits, spaces and dashes) passes the Luhn
// check.
func LuhnValid(s string) bool {
	sum, n := 0, 0
	double := false
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c == ' ' || c == '-' {
			continue
		}
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
		n++
	}
	return n > 0 && sum%10 == 0
}

// cardDigits returns a Luhn-valid card number with a real issuer prefix.
func (g *Gen) cardDigits() string {
	var body string
	switch g.rng.IntN(5) {
	case 0, 1: // Visa
		body = "4" + g.digits(14)
	case 2: // Mastercard 51-55
		body = "5" + strconv.Itoa(1+g.rng.IntN(5)) + g.digits(13)
	case 3: // Mastercard 2221-2720
		body = strconv.Itoa(2221+g.rng.IntN(500)) + g.digits(11)
	default: // American Express 34, 37
		body = pick(g, []string{"34", "37"}) + g.digits(12)
	}
	return body + string(luhnDigit(body))
}

// card returns a Luhn-valid card number, plain or grouped by spaces or
// dashes.
func (g *Gen) card() string {
	d := g.cardDigits()
	sep := pick(g, []string{"", "", " ", "-"})
	if sep == "" {
		return d
	}
	var groups []int
	if len(d) == 15 {
		groups = []int{4, 6, 5}
	} else {
		groups = []int{4, 4, 4, 4}
	}
	var b strings.Builder
	i := 0
	for j, n := range groups {
		if j > 0 {
			b.WriteString(sep)
		}
		b.WriteString(d[i : i+n])
		i += n
	}
	return b.String()
}

// orderNumber returns a 16-digit number with a card-like prefix that fails
// the Luhn check: it must not be taken for a card.
func (g *Gen) orderNumber() string {
	body := "4" + g.digits(14)
	bad := (luhnDigit(body)-'0'+1+byte(g.rng.IntN(9)))%10 + '0'
	return body + string(bad)
}

var jwtHeaders = []string{
	"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",                // {"alg":"HS256","typ":"JWT"}
	"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0", // {"alg":"RS256","typ":"JWT","kid":"k1"}
	"eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9",                // {"typ":"JWT","alg":"ES256"}
}

// jwt returns a JSON Web Token: a real header, a payload that decodes to
// JSON and a random signature.
func (g *Gen) jwt(iat int64) string {
	payload := `{"sub":"u_` + g.digits(6) + `","iat":` + strconv.FormatInt(iat, 10) + `,"exp":` + strconv.FormatInt(iat+3600, 10) + `,"scope":"` + pick(g, []string{"read", "read write", "admin"}) + `"}`
	return pick(g, jwtHeaders) + "." + b64url([]byte(payload)) + "." + g.chars(43, base64url)
}

func b64url(src []byte) string { return base64.RawURLEncoding.EncodeToString(src) }

func (g *Gen) awsKey() string { return "AKIA" + g.chars(16, base32Upper) }

// userAgent is a user agent and the version token in it that must survive.
type userAgent struct{ ua, version string }

var userAgents = []userAgent{
	{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36", "Chrome/120.0.6099.109"},
	{"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome/131.0.0.0"},
	{"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.193 Mobile Safari/537.36", "Chrome/119.0.6045.193"},
	{"Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0", "Firefox/121.0"},
	{"Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1", "Safari/604.1"},
	{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91", "Edg/120.0.2210.91"},
	{"Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)", "TP1A.220624.014"},
	{"AppleCoreMedia/1.0.0.21C62 (iPhone; U; CPU OS 17_2 like Mac OS X; en_us)", "AppleCoreMedia/1.0.0.21C62"},
	{"curl/8.5.0", "curl/8.5.0"},
	{"okhttp/4.12.0", "okhttp/4.12.0"},
	{"ExoPlayerLib/2.19.1", "ExoPlayerLib/2.19.1"},
	{"VLC/3.0.20 LibVLC/3.0.20", "LibVLC/3.0.20"},
}

// urlEncodeUA encodes a user agent the way CloudFront logs it.
func urlEncodeUA(s string) string {
	s = strings.ReplaceAll(s, " ", "%20")
	return s
}
