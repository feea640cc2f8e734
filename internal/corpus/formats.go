package corpus

import (
	"strconv"
	"strings"
	"time"
)

// This file lays out each record kind. Every builder appends to b and
// records planted and kept values as it goes.

var (
	nginxPaths  = []string{"/vod/%h/seg-%n.ts", "/img/products/%n.jpg", "/api/v2/catalog/items/%n", "/static/js/app.%h.js", "/live/%c/index.m3u8", "/dl/firmware/%c-%n.bin"}
	channels    = []string{"news24", "sport1", "kids", "docs", "music"}
	methods     = []string{"GET", "GET", "GET", "GET", "GET", "HEAD", "POST"}
	statuses    = []string{"200", "200", "200", "200", "206", "206", "304", "404", "403", "502"}
	referers    = []string{"https://www.example.com/", "https://shop.example.com/products", "https://m.example.com/watch", "https://news.example.org/live"}
	edges       = []string{"FRA56-P5", "AMS1-C1", "LHR62-C2", "CDG50-P1", "IAD89-P3", "NRT57-P2"}
	edgeResults = []string{"Hit", "Hit", "Hit", "Miss", "RefreshHit", "Error"}
	dnsNames    = []string{"www.example.com", "api.example.com", "cdn.example.net", "mail.example.org", "time.example.net", "login.example.com", "_sip._udp.voip.example.org", "updates.example.org"}
	dnsTypes    = []string{"A", "A", "A", "AAAA", "AAAA", "HTTPS", "SRV", "TXT", "MX"}
	dnsFlags    = []string{"+E(0)K", "+E(0)K", "-E(0)DC", "+ED", "+"}
	codecs      = []string{"PCMA", "PCMU", "G722", "opus"}
	sipDomains  = []string{"sip.carrier.example.com", "voip.example.org", "pbx1.example.net"}
	services    = []string{"checkout", "cart", "search", "accounts", "payments", "catalog"}
	routes      = []string{"/api/orders", "/api/cart/items", "/api/search", "/api/users/me", "/api/payments/authorize"}
	auditEvents = []string{"user.login", "user.login", "user.logout", "file.download", "role.grant", "password.reset", "api_key.create", "iam.access_key.create"}
	roles       = []string{"admin", "editor", "viewer", "billing"}
)

func (g *Gen) path() string {
	p := pick(g, nginxPaths)
	var b []byte
	for i := 0; i < len(p); i++ {
		if p[i] != '%' || i+1 == len(p) {
			b = append(b, p[i])
			continue
		}
		i++
		switch p[i] {
		case 'h':
			b = append(b, g.hexID(8)...)
		case 'n':
			b = strconv.AppendInt(b, int64(g.rng.IntN(100000)), 10)
		case 'c':
			b = append(b, pick(g, channels)...)
		}
	}
	return string(b)
}

// query appends a query string (without '?') to b; when pii is set it
// carries a secret or an e-mail address.
func (g *Gen) query(b []byte, pii bool, epoch int64) []byte {
	b = append(b, "v="...)
	b = strconv.AppendInt(b, int64(1+g.rng.IntN(5)), 10)
	if g.pct(50) {
		b = append(b, "&t="...)
		b = g.keepv(b, strconv.FormatInt(epoch, 10))
	}
	if g.pct(40) {
		b = append(b, "&quality="...)
		b = append(b, pick(g, []string{"480p", "720p", "1080p", "2160p"})...)
	}
	if !pii {
		return b
	}
	switch n := g.rng.IntN(10); {
	case n < 4:
		b = append(b, "&token="...)
		b = g.plant(b, g.token(32))
	case n < 7:
		b = append(b, pick(g, []string{"&email=", "&user=", "&login="})...)
		b = g.plant(b, g.queryEmail())
	case n < 8:
		b = append(b, "&sid="...)
		b = g.plant(b, g.token(26))
	case n < 9:
		b = append(b, "&api_key="...)
		b = g.plant(b, g.token(40))
	default:
		b = append(b, "&email="...)
		b = g.plant(b, g.queryEmail())
		b = append(b, "&token="...)
		b = g.plant(b, g.token(32))
	}
	return b
}

// xff appends an X-Forwarded-For list of one to three addresses, some with
// a port.
func (g *Gen) xff(b []byte) []byte {
	n := 1 + g.rng.IntN(3)
	for i := 0; i < n; i++ {
		if i > 0 {
			b = append(b, ", "...)
		}
		switch r := g.rng.IntN(20); {
		case r < 2:
			b = g.plant(b, g.ipv4())
			b = append(b, ':')
			b = strconv.AppendInt(b, int64(1024+g.rng.IntN(64000)), 10)
		case r < 3:
			b = append(b, '[')
			b = g.plant(b, g.ipv6Addr().String())
			b = append(b, "]:"...)
			b = strconv.AppendInt(b, int64(1024+g.rng.IntN(64000)), 10)
		default:
			b = g.plant(b, g.clientIP())
		}
	}
	return b
}

// nginx: log_format combined plus "$http_x_forwarded_for" rt=$request_time
// and the rid. About 55% of the lines carry personal data; the others were
// received on a unix socket ($remote_addr "unix:") with no client data.
func (g *Gen) nginx(b []byte, r *Record) []byte {
	pii := g.pct(55)
	if pii {
		b = g.plant(b, g.clientIP())
	} else {
		b = append(b, "unix:"...)
	}
	b = append(b, " - - ["...)
	b = r.Time.AppendFormat(b, "02/Jan/2006:15:04:05 -0700")
	b = append(b, "] \""...)
	b = append(b, pick(g, methods)...)
	b = append(b, ' ')
	b = append(b, g.path()...)
	if g.pct(80) || pii {
		b = append(b, '?')
		b = g.query(b, pii, r.Time.Unix())
	}
	b = append(b, " HTTP/1.1\" "...)
	b = append(b, pick(g, statuses)...)
	b = append(b, ' ')
	b = g.keepv(b, strconv.Itoa(1000+g.rng.IntN(4<<20)))
	b = append(b, " \""...)
	switch {
	case pii && g.pct(10):
		b = append(b, "https://shop.example.com/account?email="...)
		b = g.plant(b, g.queryEmail())
	case g.pct(60):
		b = append(b, pick(g, referers)...)
	default:
		b = append(b, '-')
	}
	b = append(b, "\" \""...)
	ua := pick(g, userAgents)
	b = append(b, ua.ua...)
	g.keep = append(g.keep, []byte(ua.version))
	b = append(b, "\" \""...)
	if pii && g.pct(50) {
		b = g.xff(b)
	} else {
		b = append(b, '-')
	}
	b = append(b, "\" rt="...)
	b = appendMillis(b, g.rng.IntN(2500))
	b = append(b, " urt="...)
	b = appendMillis(b, g.rng.IntN(2500))
	b = append(b, " cache="...)
	b = append(b, pick(g, []string{"HIT", "HIT", "HIT", "MISS", "EXPIRED", "-"})...)
	b = append(b, " host=cdn.example.com req="...)
	b = g.keepv(b, g.hexID(32))
	b = append(b, " rid="...)
	return g.rid(b, r.ID)
}

// appendMillis appends ms as seconds with three decimals ("0.012").
func appendMillis(b []byte, ms int) []byte {
	b = strconv.AppendInt(b, int64(ms/1000), 10)
	b = append(b, '.')
	f := ms % 1000
	b = append(b, byte('0'+f/100), byte('0'+f/10%10), byte('0'+f%10))
	return b
}

// CloudFrontFields is the number of tab-separated fields of a CloudFront
// record: the 33 fields of the standard log format and the rid.
const CloudFrontFields = 34

// cloudFront: the 33 fields of CloudFront's standard (W3C) log format, tab
// separated, then the rid. The user agent is URL-encoded and the query
// string encoded once more ('%' as %25), as CloudFront writes them.
func (g *Gen) cloudFront(b []byte, r *Record) []byte {
	b = r.Time.AppendFormat(b, "2006-01-02\t15:04:05")
	b = append(b, '\t')
	b = append(b, pick(g, edges)...)
	b = append(b, '\t')
	b = g.keepv(b, strconv.Itoa(300+g.rng.IntN(3<<20)))
	b = append(b, '\t')
	b = g.plant(b, g.clientIP())
	b = append(b, '\t')
	b = append(b, pick(g, methods)...)
	b = append(b, "\td111111abcdef8.cloudfront.net\t"...)
	b = append(b, g.path()...)
	b = append(b, '\t')
	b = append(b, pick(g, statuses)...)
	b = append(b, '\t')
	if g.pct(50) {
		b = append(b, pick(g, referers)...)
	} else {
		b = append(b, '-')
	}
	b = append(b, '\t')
	ua := pick(g, userAgents)
	b = append(b, urlEncodeUA(ua.ua)...)
	g.keep = append(g.keep, []byte(ua.version))
	b = append(b, '\t')
	if g.pct(60) {
		b = append(b, "v=2"...)
		switch n := g.rng.IntN(10); {
		case n < 4:
			b = append(b, "&email="...)
			e := g.email()
			// CloudFront writes the client's %40 as %2540.
			e = strings.ReplaceAll(e, "+", "%252B")
			b = g.plant(b, strings.Replace(e, "@", "%2540", 1))
		case n < 7:
			b = append(b, "&token="...)
			b = g.plant(b, g.token(32))
		}
	} else {
		b = append(b, '-')
	}
	b = append(b, '\t')
	if g.pct(25) {
		b = append(b, "lang=en-GB;%20session="...)
		b = g.plant(b, g.token(32))
	} else {
		b = append(b, '-')
	}
	b = append(b, '\t')
	res := pick(g, edgeResults)
	b = append(b, res...)
	b = append(b, '\t')
	b = g.keepv(b, g.chars(54, base64url)+"==")
	b = append(b, "\twww.example.com\thttps\t"...)
	b = strconv.AppendInt(b, int64(100+g.rng.IntN(900)), 10)
	b = append(b, '\t')
	b = appendMillis(b, g.rng.IntN(900))
	b = append(b, '\t')
	if g.pct(15) {
		b = g.plant(b, g.ipv4())
	} else {
		b = append(b, '-')
	}
	b = append(b, "\tTLSv1.3\tTLS_AES_128_GCM_SHA256\t"...)
	b = append(b, res...)
	b = append(b, "\tHTTP/2.0\t-\t-\t"...)
	b = g.keepv(b, strconv.Itoa(1024+g.rng.IntN(64000)))
	b = append(b, '\t')
	b = appendMillis(b, g.rng.IntN(900))
	b = append(b, '\t')
	b = append(b, res...)
	b = append(b, '\t')
	b = append(b, pick(g, []string{"video/MP2T", "image/jpeg", "application/json", "text/html"})...)
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(100+g.rng.IntN(2<<20)), 10)
	b = append(b, "\t-\t-\trid="...)
	return g.rid(b, r.ID)
}

// CDRFields is the number of comma-separated fields of a CDR record.
const CDRFields = 18

// CDRHeader names the CDR columns.
const CDRHeader = "call_id,start,answer,end,duration,billsec,caller,callee,sip_from,sip_to,src_ip,src_port,codec,bytes_in,bytes_out,pkts_lost,disposition,rid"

// cdr: a VoIP call detail record, see CDRHeader. Every record carries the
// caller and callee numbers.
func (g *Gen) cdr(b []byte, r *Record) []byte {
	b = g.keepv(b, g.hexID(32))
	b = append(b, ',')
	start := r.Time.Unix() - int64(g.rng.IntN(3600))
	answered := g.pct(75)
	ring := int64(2 + g.rng.IntN(20))
	dur := int64(0)
	if answered {
		dur = int64(5 + g.rng.IntN(1800))
	}
	b = g.keepv(b, strconv.FormatInt(start, 10))
	b = append(b, ',')
	if answered {
		b = strconv.AppendInt(b, start+ring, 10)
	}
	b = append(b, ',')
	b = g.keepv(b, strconv.FormatInt(start+ring+dur, 10))
	b = append(b, ',')
	b = strconv.AppendInt(b, ring+dur, 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, dur, 10)
	b = append(b, ',')
	caller, callee := g.phone(), g.phone()
	for _, p := range []phone{caller, callee} {
		switch n := g.rng.IntN(20); {
		case n < 15:
			b = g.plant(b, p.e164)
		case n < 19:
			b = g.plant(b, p.display)
		default:
			b = append(b, "tel:"...)
			b = g.plant(b, p.e164)
		}
		b = append(b, ',')
	}
	for _, p := range []phone{caller, callee} {
		b = append(b, "sip:"...)
		if g.pct(70) {
			b = g.plant(b, p.e164)
			b = append(b, '@')
			b = append(b, pick(g, sipDomains)...)
			b = append(b, ";user=phone"...)
		} else {
			e := g.email()
			b = g.plant(b, e[:strings.IndexByte(e, '@')+1]+pick(g, sipDomains))
		}
		b = append(b, ',')
	}
	b = g.plant(b, g.clientIP())
	b = append(b, ',')
	b = g.keepv(b, strconv.Itoa(pick(g, []int{5060, 5060, 5061, 1024 + g.rng.IntN(64000)})))
	b = append(b, ',')
	b = append(b, pick(g, codecs)...)
	b = append(b, ',')
	if answered {
		b = g.keepv(b, strconv.FormatInt(dur*8000+int64(g.rng.IntN(4000)), 10))
		b = append(b, ',')
		b = g.keepv(b, strconv.FormatInt(dur*8000+int64(g.rng.IntN(4000)), 10))
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(g.rng.IntN(40)), 10)
		b = append(b, ",ANSWERED,"...)
	} else {
		b = append(b, "0,0,0,"...)
		b = append(b, pick(g, []string{"NO ANSWER", "BUSY", "FAILED"})...)
		b = append(b, ',')
	}
	b = append(b, "rid="...)
	return g.rid(b, r.ID)
}

// dns: a BIND 9 query log line (category queries), then the rid.
func (g *Gen) dns(b []byte, r *Record) []byte {
	b = r.Time.AppendFormat(b, "02-Jan-2006 15:04:05.000")
	b = append(b, " queries: info: client @0x7f"...)
	b = append(b, g.hexID(10)...)
	b = append(b, ' ')
	b = g.plant(b, g.clientIP())
	b = append(b, '#')
	port := strconv.Itoa(1024 + g.rng.IntN(64000))
	b = g.keepv(b, port)
	var name []byte
	if g.pct(30) {
		name = append(name, g.hexID(12)...)
		name = append(name, '.')
	}
	name = append(name, pick(g, dnsNames)...)
	b = append(b, " ("...)
	b = append(b, name...)
	b = append(b, "): query: "...)
	b = append(b, name...)
	b = append(b, " IN "...)
	b = append(b, pick(g, dnsTypes)...)
	b = append(b, ' ')
	b = append(b, pick(g, dnsFlags)...)
	b = append(b, " ("...)
	b = append(b, pick(g, []string{"198.51.100.53", "2001:db8:53::53", "10.0.0.53"})...)
	b = append(b, ") rid="...)
	return g.rid(b, r.ID)
}

func appendRFC3339Millis(b []byte, t time.Time) []byte {
	return t.AppendFormat(b, "2006-01-02T15:04:05.000Z07:00")
}

// audit: a JSON audit event. Every event names its actor by e-mail and
// carries the source address and session.
func (g *Gen) audit(b []byte, r *Record) []byte {
	b = append(b, `{"ts":"`...)
	b = appendRFC3339Millis(b, r.Time)
	b = append(b, `","rid":"`...)
	b = g.rid(b, r.ID)
	ev := pick(g, auditEvents)
	b = append(b, `","event":"`...)
	b = append(b, ev...)
	b = append(b, `","result":"`...)
	b = append(b, pick(g, []string{"success", "success", "success", "denied"})...)
	b = append(b, `","actor":{"id":"u_`...)
	b = append(b, g.digits(6)...)
	b = append(b, `","email":"`...)
	b = g.plant(b, g.email())
	b = append(b, `","role":"`...)
	b = append(b, pick(g, roles)...)
	b = append(b, `"},"source_ip":"`...)
	b = g.plant(b, g.clientIP())
	b = append(b, `","user_agent":"`...)
	ua := pick(g, userAgents)
	b = append(b, ua.ua...)
	g.keep = append(g.keep, []byte(ua.version))
	b = append(b, `","session":"`...)
	b = g.plant(b, g.token(32))
	b = append(b, `","request":{"method":"POST","path":"/api/v1/`...)
	b = append(b, ev...)
	b = append(b, `","request_id":"`...)
	b = g.keepv(b, g.uuid())
	b = append(b, '"')
	switch n := g.rng.IntN(10); {
	case n < 7:
		b = append(b, `,"authorization":"Bearer `...)
		b = g.plant(b, g.jwt(r.Time.Unix()))
		b = append(b, '"')
	case n < 8:
		b = append(b, `,"authorization":"Basic `...)
		b = g.plant(b, g.chars(28, base64std)+"=")
		b = append(b, '"')
	}
	b = append(b, '}')
	switch ev {
	case "iam.access_key.create":
		b = append(b, `,"target":{"type":"access_key","access_key_id":"`...)
		b = g.plant(b, g.awsKey())
		b = append(b, `"}`...)
	case "password.reset":
		b = append(b, `,"message":"reset link sent to `...)
		b = g.plant(b, g.email())
		b = append(b, ` via \"email\" channel"`...)
	default:
		b = append(b, `,"target":{"type":"project","id":"prj_`...)
		b = append(b, g.hexID(6)...)
		b = append(b, `"}`...)
	}
	b = append(b, `,"mfa":`...)
	b = append(b, pick(g, []string{"true", "false"})...)
	return append(b, '}')
}

// telemetry: an application span as nested JSON. About half carry personal
// data (phone, e-mail, card number, client address); all carry trace, span
// and request ids that must survive.
func (g *Gen) telemetry(b []byte, r *Record) []byte {
	pii := g.pct(50)
	b = append(b, `{"timestamp":`...)
	b = g.keepv(b, strconv.FormatInt(r.Time.UnixMilli(), 10))
	b = append(b, `,"rid":"`...)
	b = g.rid(b, r.ID)
	b = append(b, `","service":"`...)
	b = append(b, pick(g, services)...)
	b = append(b, `","severity":"`...)
	b = append(b, pick(g, []string{"INFO", "INFO", "INFO", "WARN", "ERROR"})...)
	b = append(b, `","trace_id":"`...)
	b = g.keepv(b, g.hexID(32))
	b = append(b, `","span_id":"`...)
	b = g.keepv(b, g.hexID(16))
	b = append(b, `","attributes":{"http":{"method":"`...)
	b = append(b, pick(g, methods)...)
	b = append(b, `","route":"`...)
	b = append(b, pick(g, routes)...)
	b = append(b, `","status_code":`...)
	b = append(b, pick(g, statuses)...)
	b = append(b, `,"duration_ms":`...)
	b = appendMillis(b, g.rng.IntN(900000))
	if pii && g.pct(50) {
		b = append(b, `,"client":{"ip":"`...)
		b = g.plant(b, g.clientIP())
		b = append(b, `"}`...)
	}
	b = append(b, `},"user":{"id":"u_`...)
	b = append(b, g.digits(6)...)
	b = append(b, '"')
	if pii {
		b = append(b, `,"phone":"`...)
		switch g.rng.IntN(3) {
		case 0:
			b = g.plant(b, g.phone().e164)
		case 1:
			b = g.plant(b, g.phone().display)
		default:
			b = g.plant(b, g.nationalPhone())
		}
		b = append(b, '"')
		if g.pct(40) {
			b = append(b, `,"email":"`...)
			b = g.plant(b, g.email())
			b = append(b, '"')
		}
	} else {
		b = append(b, `,"tier":"`...)
		b = append(b, pick(g, []string{"free", "plus", "gold"})...)
		b = append(b, '"')
	}
	b = append(b, `},"payment":{"order_id":"`...)
	b = g.keepv(b, g.orderNumber())
	b = append(b, `","amount":`...)
	b = strconv.AppendInt(b, int64(1+g.rng.IntN(999)), 10)
	b = append(b, '.')
	b = append(b, g.digits(2)...)
	b = append(b, `,"currency":"EUR"`...)
	if pii && g.pct(40) {
		b = append(b, `,"card":"`...)
		b = g.plant(b, g.card())
		b = append(b, '"')
	}
	b = append(b, `},"request_id":"`...)
	b = g.keepv(b, g.uuid())
	b = append(b, `"},"resource":{"host":"`...)
	b = append(b, pick(g, services)...)
	b = append(b, '-')
	b = append(b, g.hexID(6)...)
	b = append(b, `","k8s":{"namespace":"shop"}},"events":[{"name":"cache_miss","count":`...)
	b = strconv.AppendInt(b, int64(g.rng.IntN(10)), 10)
	b = append(b, `},{"name":"db.query","rows":`...)
	b = strconv.AppendInt(b, int64(g.rng.IntN(500)), 10)
	return append(b, "}]}"...)
}
