package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// CDN and web server access logs: NCSA common/combined as nginx and Apache
// write them, CloudFront standard logs (W3C extended), Fastly and Akamai
// JSON.

// param is one query-string parameter: personal data (cat set, keep
// false), a look-alike (keep true) or neither (cat "").
type param struct {
	key, val, cat string
	keep          bool
}

// params returns the parameters of a request's query string: a benign one
// or two and, in about half the requests, personal data or look-alikes.
func (g *gen) params() []param {
	var ps []param
	switch g.rng.IntN(12) {
	case 0, 1:
		f, l := g.name()
		e := g.email(f, l)
		if g.pct(8) {
			// An invisible character inside the address, as copy-paste leaves it.
			ps = append(ps, param{"email", g.invisible(e), "email", false})
		} else {
			ps = append(ps, param{"email", e, "email", false})
		}
	case 2:
		ps = append(ps, param{pick(g, []string{"token", "access_token", "api_key"}), g.token(32), "secret", false})
	case 3:
		// UniFi-style captive portal redirect: the client's MAC, the AP's, the time.
		ps = append(ps, param{"id", g.mac(), "mac", false}, param{"ap", "", "", false}, param{"t", strconv.FormatInt(g.now.Unix(), 10), "epoch", true})
	case 4:
		ps = append(ps, param{pick(g, []string{"phone", "tel", "msisdn"}), g.phone(), "phone", false})
	case 5:
		ps = append(ps, param{"client_ip", g.ipv6(), "ipv6", false})
	case 6:
		ps = append(ps, param{"iban", g.iban(), "iban", false})
	case 7:
		ps = append(ps, param{"order", g.orderID(), "orderid", true})
	case 8:
		ps = append(ps, param{"v", pick(g, versionUAs)[1], "version", true})
	case 9:
		if g.pct(50) {
			// The redirect back from an OAuth 2.0 authorization server
			// (RFC 6749 4.1.2): the authorization code, then state.
			// Google's codes start "4/0A", others are base64url.
			code := g.chars(40, base62+"-_")
			if g.pct(40) {
				code = "4/0A" + g.chars(60, base62+"-_")
			}
			ps = append(ps, param{"code", code, "secret", false}, param{"state", g.chars(16, base62), "", false})
		}
	case 10:
		if g.pct(50) {
			// A sign-up or shipping form sent with GET: the street line.
			ps = append(ps, param{pick(g, []string{"address", "street", "address1"}), g.street(), "address", false},
				param{"city", pick(g, []string{"Berlin", "Paris", "London"}), "", false})
		}
	}
	for i := range ps {
		if ps[i].key == "ap" {
			ps[i].val = "f0:9f:c2:" + g.hexID(2) + ":" + g.hexID(2) + ":" + g.hexID(2) // an access point, not a person
		}
	}
	ps = append(ps, pick(g, []param{{"utm_source", "newsletter", "", false}, {"page", g.num(1, 40), "", false}, {"lang", "de-DE", "", false}, {"q", "winter jacket", "", false}}))
	if g.pct(30) {
		ps = append(ps, param{"trace", g.hexID(32), "hash", true})
	}
	return ps
}

// query renders ps as a query string, each value percent-encoded (with '+'
// for spaces when plus), then passed through outer (a further encoding
// the log applies, or nil), and records every value's form.
func (g *gen) query(ps []param, plus bool, outer func(string) string) string {
	if outer == nil {
		outer = func(s string) string { return s }
	}
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('&')
		}
		enc := pctEnc(p.val, plus, g.pct(20))
		b.WriteString(p.key + "=" + enc)
		form := outer(enc)
		switch {
		case p.cat == "":
		case p.keep:
			g.keepAt(p.cat, p.val, form)
		default:
			g.plantAt(p.cat, clean(p.val), form)
		}
	}
	return outer(b.String())
}

// clean removes the invisible characters invisible inserts.
func clean(s string) string {
	return strings.NewReplacer("\x00", "", "\u200b", "").Replace(s)
}

var months = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// clfTime formats the record time as $time_local / %t: 23/Nov/2026:21:05:00 +0000.
func (g *gen) clfTime() string {
	t := g.now
	return two(t.Day()) + "/" + months[t.Month()-1] + "/" + strconv.Itoa(t.Year()) + ":" + two(t.Hour()) + ":" + two(t.Minute()) + ":" + two(t.Second()) + " +0000"
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// clientIP returns a client address, IPv6 in about a fifth of the records.
func (g *gen) clientIP() (ip, cat string) {
	if g.pct(20) {
		return g.ipv6(), "ipv6"
	}
	return g.ipv4(), "ipv4"
}

// clfHead writes "$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent".
func (g *gen) clfHead(b []byte, esc func(string) string) []byte {
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, " - "...)
	switch g.rng.IntN(8) {
	case 0:
		f, l := g.name()
		e := g.email(f, l)
		b = g.plant(b, "email", e, esc(e))
	case 1:
		f, l := g.name()
		u := strings.ToLower(ascii(f))[:1] + strings.ToLower(ascii(l))
		b = g.plant(b, "name", u, "")
	default:
		b = append(b, '-')
	}
	b = append(b, " ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	b = append(b, "] \""...)
	method := pick(g, []string{"GET", "GET", "GET", "POST", "HEAD"})
	target := g.path()
	switch {
	case g.pct(6):
		// An analytics pixel: the event as base64 of its JSON
		// (Mixpanel's HTTP tracking API, /track?data=...), whose
		// properties name the visitor.
		method, target = "GET", "/track?data="+g.trackingEvent()+"&ip=1"
	case g.pct(4):
		// A mailing's unsubscribe or click-tracking link that carries
		// the recipient's address in base64, in the path or a parameter.
		method, target = "GET", g.b64Link()
	case g.pct(70):
		target += "?" + g.query(g.params(), false, nil)
	}
	b = append(b, esc(method+" "+target+" "+pick(g, []string{"HTTP/1.1", "HTTP/2.0", "HTTP/1.0"}))...)
	status := pick(g, []string{"200", "200", "200", "304", "404", "302", "500"})
	b = g.keep(b, "status", status, "\" "+status+" ")
	if g.pct(10) {
		b = g.keep(b, "bytes", strconv.Itoa(1<<30+g.rng.IntN(1<<30)), "") // a large download reads like a phone number
	} else {
		b = append(b, strconv.Itoa(g.rng.IntN(90000))...)
	}
	return b
}

// trackingEvent returns base64 (standard alphabet, padded) of an
// analytics event's JSON with the visitor's e-mail address, planted in its
// encoded form: the whole value stands for it.
func (g *gen) trackingEvent() string {
	first, last := g.name()
	email := g.email(first, last)
	ev := `{"event":"Signed Up","properties":{"distinct_id":"` + g.hexID(16) + `","$email":"` + email +
		`","plan":"` + pick(g, []string{"free", "pro", "team"}) + `","time":` + strconv.FormatInt(g.now.Unix(), 10) + `}}`
	enc := base64.StdEncoding.EncodeToString([]byte(ev))
	form := strings.ReplaceAll(strings.ReplaceAll(enc, "+", "%2B"), "=", "%3D")
	g.plantAt("email", enc, form)
	return form
}

// b64Link returns an unsubscribe or tracking path with the recipient's
// e-mail address in base64 (standard alphabet, padding percent-encoded in
// a query, or URL-safe without padding), planted in its encoded form.
func (g *gen) b64Link() string {
	first, last := g.name()
	email := g.email(first, last)
	switch g.rng.IntN(3) {
	case 0:
		enc := base64.StdEncoding.EncodeToString([]byte(email))
		g.plantAt("email", enc)
		return "/unsubscribe/" + enc
	case 1:
		enc := base64.RawURLEncoding.EncodeToString([]byte(email))
		g.plantAt("email", enc)
		return "/newsletter/confirm/" + enc + "/" + g.hexID(8)
	default:
		enc := base64.StdEncoding.EncodeToString([]byte(email))
		form := strings.ReplaceAll(strings.ReplaceAll(enc, "+", "%2B"), "=", "%3D")
		g.plantAt("email", enc, form)
		return "/click?u=" + form + "&c=" + strconv.Itoa(1000+g.rng.IntN(9000))
	}
}

// refUA writes ` "$http_referer" "$http_user_agent"`.
func (g *gen) refUA(b []byte, esc func(string) string) []byte {
	b = append(b, " \""...)
	if g.pct(40) {
		ref := "https://www.example.com" + g.path()
		if g.pct(30) {
			ref += "?" + g.query(g.params(), true, nil)
		}
		b = append(b, esc(ref)...)
	} else {
		b = append(b, '-')
	}
	b = append(b, "\" \""...)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, esc(ua)...)
	return append(b, '"')
}

// combined is nginx's predefined log_format combined:
// $remote_addr - $remote_user [$time_local] "$request" $status
// $body_bytes_sent "$http_referer" "$http_user_agent".
func (g *gen) combined(st *streamState) Record {
	b := g.clfHead(make([]byte, 0, 400), nginxEsc)
	b = g.refUA(b, nginxEsc)
	return Record{Line: b}
}

// combinedXFF is combined followed by "$http_x_forwarded_for" and the
// key=value variables operators commonly add.
func (g *gen) combinedXFF(st *streamState) Record {
	b := g.combined(st).Line
	b = append(b, " \""...)
	n := 1 + g.rng.IntN(2)
	for i := 0; i < n; i++ {
		if i > 0 {
			b = append(b, ", "...)
		}
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
	}
	b = append(b, "\" rt="...)
	b = append(b, "0."+g.digits(3)...)
	b = append(b, " uct=\"0.00"+g.num(1, 9)+"\" upstream=10.0.3."+g.num(2, 40)+":8080 request_id="...)
	b = g.keep(b, "requestid", g.hexID(32), "")
	if g.pct(50) {
		b = append(b, " cookie=\""...)
		name, val := g.sessionCookie()
		b = append(b, name+"="...)
		b = g.plant(b, "secret", pctDecodeAll(val, false), val)
		b = append(b, "; theme=dark"...)
		if g.pct(60) {
			// A third-party product's visitor or login cookie, under
			// a name no list of session cookies holds.
			name, val := g.trackingCookie()
			b = append(b, "; "+name+"="...)
			b = g.plant(b, "secret", pctDecodeAll(val, false), val)
			b = g.keep(b, "header", "; cart="+g.num(1, 9)+"; lang=en-US", "")
		}
		b = append(b, '"')
	}
	if g.pct(25) {
		b = append(b, " hdfs_block="...)
		b = g.keep(b, "blockid", g.blockID(), "")
	}
	if g.pct(20) {
		b = g.requestBody(b)
	}
	return Record{Line: b}
}

// requestBody writes ` body="$request_body"`: an API's JSON body as nginx
// logs it with escape=default, each '"', '\' and byte outside printable
// ASCII written \xHH (ngx_http_log_module), so the JSON's quotes become
// \x22. The body names the person: under "name" (a key that also names
// products and services), "email" and "phone".
func (g *gen) requestBody(b []byte) []byte {
	first, last := g.name()
	full := first + " " + last
	email := g.email(first, last)
	phone := g.phone()
	b = append(b, ` body="`...)
	b = append(b, nginxEsc(`{"name":"`)...)
	b = g.plant(b, "name", full, nginxEsc(full))
	b = append(b, nginxEsc(`","email":"`)...)
	b = g.plant(b, "email", email, nginxEsc(email))
	b = append(b, nginxEsc(`","phone":"`)...)
	b = g.plant(b, "phone", phone, nginxEsc(phone))
	b = append(b, nginxEsc(`","plan":"`+pick(g, []string{"Pro Annual", "Team Monthly", "Free"})+`","event":"`)...)
	b = g.keep(b, "event", pick(g, []string{"Order Completed", "Signed Up", "Trial Started"}), "")
	b = append(b, nginxEsc(`","seats":`)...)
	b = g.keep(b, "counter", strconv.Itoa(1+g.rng.IntN(500)), "")
	return append(b, nginxEsc(`}`)+`"`...)
}

// apacheEsc escapes like mod_log_config: '"' and '\\' with a backslash,
// other non-printable bytes as \xhh.
func apacheEsc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c > 0x7e:
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// common is the NCSA Common Log Format, Apache's "%h %l %u %t \"%r\" %>s %b".
func (g *gen) common(st *streamState) Record {
	return Record{Line: g.clfHead(make([]byte, 0, 300), apacheEsc)}
}

// cloudFrontFields is the #Fields line of a CloudFront standard log (33 fields).
const cloudFrontFields = "#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end"

// cfEsc encodes a header value as CloudFront logs it: spaces and a few
// other characters percent-encoded.
func cfEsc(s string) string {
	return strings.NewReplacer(" ", "%20", "\"", "%22", "\t", "%09", "\\", "%5C").Replace(s)
}

// cloudFront is a CloudFront standard log: "#Version: 1.0" and "#Fields:"
// header lines, then tab-separated records with "-" for empty fields.
func (g *gen) cloudFront(st *streamState) Record {
	switch {
	case st.n == 0 || st.n == st.headerN:
		g.keepAt("header", "#Version: 1.0")
		return Record{Line: []byte("#Version: 1.0"), Header: true}
	case st.n == 1 || st.n == st.headerN+1:
		g.keepAt("header", cloudFrontFields)
		return Record{Line: []byte(cloudFrontFields), Header: true}
	}
	f := make([]string, 0, 33)
	t := g.now
	date := t.Format("2006-01-02")
	g.keepAt("timestamp", date)
	f = append(f, date, t.Format("15:04:05"))
	f = append(f, pick(g, []string{"FRA56-P1", "LHR61-C2", "IAD89-P3", "WAW50-C1"}))
	f = append(f, strconv.Itoa(200+g.rng.IntN(90000)))
	ip, cat := g.clientIP()
	g.plantAt(cat, ip)
	status := pick(g, []string{"200", "200", "304", "403", "404"})
	g.keepAt("status", status, "\t"+status+"\t")
	f = append(f, ip, pick(g, []string{"GET", "GET", "POST", "HEAD"}), "d111111abcdef8.cloudfront.net", g.path(), status)
	if g.pct(30) {
		f = append(f, "https://www.example.com"+g.path())
	} else {
		f = append(f, "-")
	}
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	f = append(f, cfEsc(ua))
	if g.pct(60) {
		f = append(f, g.query(g.params(), false, nil))
	} else {
		f = append(f, "-")
	}
	if g.pct(40) {
		name, val := g.sessionCookie()
		g.plantAt("secret", pctDecodeAll(val, false), val)
		f = append(f, name+"="+val+";%20theme=dark")
	} else {
		f = append(f, "-")
	}
	res := pick(g, []string{"Hit", "Miss", "RefreshHit", "Error"})
	reqID := g.chars(54, b64url) + "=="
	g.keepAt("requestid", reqID)
	taken := "0." + g.digits(3)
	g.keepAt("duration", taken, "\t"+taken+"\t")
	f = append(f, res, reqID, "www.example.com", "https", strconv.Itoa(100+g.rng.IntN(900)), taken)
	if g.pct(30) {
		x, xc := g.clientIP()
		g.plantAt(xc, x)
		f = append(f, x)
	} else {
		f = append(f, "-")
	}
	port := g.num(1024, 65535)
	g.keepAt("port", "\t"+port+"\t")
	f = append(f, "TLSv1.3", "TLS_AES_128_GCM_SHA256", res, pick(g, []string{"HTTP/2.0", "HTTP/1.1", "HTTP/3.0"}), "-", "-", port, "0."+g.digits(3), res, "text/html", strconv.Itoa(g.rng.IntN(90000)), "-", "-")
	return Record{Line: []byte(strings.Join(f, "\t"))}
}

// fastly is a Fastly JSON access log as its logging docs build it from VCL
// variables, with the request headers logged percent-encoded.
func (g *gen) fastly(st *streamState) Record {
	b := make([]byte, 0, 700)
	b = append(b, `{"timestamp":"`...)
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02T15:04:05-0700"), "")
	b = append(b, `","client_ip":"`...)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, `","geo_country":"`+pick(g, []string{"germany", "united kingdom", "ukraine", "united states"})+`","host":"www.example.com","url":"`...)
	u := g.path()
	if g.pct(60) {
		u += "?" + g.query(g.params(), false, nil)
	}
	b = append(b, jsonEsc(u)...)
	b = append(b, `","request_method":"GET","request_protocol":"HTTP/2","request_user_agent":"`...)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, jsonEsc(ua)...)
	b = append(b, `","response_state":"`+pick(g, []string{"HIT", "MISS", "PASS"})+`"`...)
	status := pick(g, []string{"200", "200", "304", "404"})
	b = g.keep(b, "status", status, `,"response_status":`+status)
	b = append(b, `,"response_body_size":`...)
	b = append(b, strconv.Itoa(g.rng.IntN(200000))...)
	b = append(b, `,"fastly_server":"cache-fra-eddf82300`+g.digits(2)+`-FRA","request_id":"`...)
	b = g.keep(b, "requestid", g.uuid(), "")
	b = append(b, `","req_headers":"`...)
	// The header block, percent-encoded with lower-case hex.
	enc := func(s string) string { return pctEnc(s, false, true) }
	var hb []string
	var xff []string
	for i := 0; i < 1+g.rng.IntN(2); i++ {
		x, xc := g.clientIP()
		g.plantAt(xc, x, enc(x))
		xff = append(xff, x)
	}
	hb = append(hb, "X-Forwarded-For: "+strings.Join(xff, ", "))
	if g.pct(60) {
		name, val := g.sessionCookie()
		g.plantAt("secret", pctDecodeAll(val, false), enc(val))
		hb = append(hb, "Cookie: "+name+"="+val)
	}
	if g.pct(25) {
		tok := g.jwt(g.uuid())
		g.plantAt("jwt", tok, enc(tok))
		hb = append(hb, "Authorization: Bearer "+tok)
	}
	hb = append(hb, "Accept-Language: de-DE,de;q=0.9,en;q=0.8")
	b = append(b, enc(strings.Join(hb, "\r\n"))...)
	b = append(b, `"}`...)
	return Record{Line: b}
}

// akamai is an Akamai DataStream 2 JSON record: every value a string,
// and the path, query, user agent, referer and cookie percent-encoded by
// the stream (so an already encoded query is encoded twice).
func (g *gen) akamai(st *streamState) Record {
	enc := func(s string) string { return pctEnc(s, false, false) }
	b := make([]byte, 0, 800)
	b = append(b, `{"version":"2","cp":"`+g.num(100000, 999999)+`","reqId":"`...)
	b = g.keep(b, "requestid", g.hexID(8)+"-"+g.hexID(6), "")
	b = append(b, `","reqTimeSec":"`...)
	b = g.keep(b, "epoch", strconv.FormatInt(g.now.Unix(), 10)+"."+g.digits(3), "")
	b = append(b, `","bytes":"`+strconv.Itoa(g.rng.IntN(90000))+`","cliIP":"`...)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, `","statusCode":"`+pick(g, []string{"200", "206", "304", "404"})+`","proto":"HTTPS","reqHost":"www.example.com","reqMethod":"GET","reqPath":"`...)
	b = append(b, enc(g.path())...)
	b = append(b, `","queryStr":"`...)
	if g.pct(60) {
		b = append(b, g.query(g.params(), false, enc)...)
	} else {
		b = append(b, '-')
	}
	b = append(b, `","UA":"`...)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, enc(ua)...)
	b = append(b, `","cookie":"`...)
	if g.pct(50) {
		name, val := g.sessionCookie()
		g.plantAt("secret", pctDecodeAll(val, false), enc(val))
		b = append(b, enc(name+"="+val+"; theme=dark")...)
	} else {
		b = append(b, '-')
	}
	b = append(b, `","reqPort":"443","edgeIP":"23.50.`+g.num(0, 255)+"."+g.num(1, 254)+`","tlsVersion":"TLSv1.3","turnAroundTimeMSec":"`+g.num(1, 900)+`","transferTimeMSec":"`+g.num(0, 90)+`","country":"`+pick(g, []string{"DE", "GB", "UA", "US"})+`","customField":"`...)
	if g.pct(20) {
		x, xc := g.clientIP()
		b = append(b, "xff%3D"...)
		b = g.plant(b, xc, x, enc(x))
	} else {
		b = append(b, '-')
	}
	b = append(b, `"}`...)
	return Record{Line: b}
}
