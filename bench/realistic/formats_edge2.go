package realistic

import (
	"encoding/base64"
	"encoding/binary"
	"strconv"
	"strings"
	"time"
)

// Three more families, one product a stream each:
//
//   - edge_logs2: Varnish's varnishncsa in its default format (NCSA
//     combined, %r with the absolute URL varnishncsa rebuilds from the Host
//     header) and with a -F format that leads with %{X-Forwarded-For}i and
//     adds "%{Cookie}i", %D and %{Varnish:hitmiss}x; nginx's JSON access log
//     (log_format escape=json with $http_cookie, $http_authorization and
//     $request_body); the Azure Front Door (Standard/Premium) access log as
//     diagnostic settings export it (category FrontDoorAccessLog, every
//     property a string); Bunny CDN's raw log lines (pipe-separated:
//     cache status, status, epoch ms, bytes, pull zone, remote IP, referer,
//     URL, edge location, user agent, request id, country).
//   - voip_more: FreeSWITCH mod_xml_cdr records (channel variables
//     URL-encoded inside <variables>, the callflow's caller_profile as XML
//     text), Kamailio's acc and missed_calls tables and the cdrs table as
//     CSV exports with their header row, and a Cisco IOS voice gateway's
//     RADIUS accounting Stop record as FreeRADIUS's detail file writes it
//     (one attribute a line: Calling-Station-Id, h323-remote-address,
//     h323-conf-id, Cisco-AVPair gw-rxd-cgn/gw-rxd-cdn and
//     remote-media-address).
//   - dns_more: AdGuard Home's querylog.json (T, QH, QT, QC, CID, CP,
//     Upstream, Answer, IP, Result, Elapsed, Cached), Technitium DNS
//     Server's log file query lines ([date UTC] [ip:port] [PROTO] QNAME: ...;
//     QTYPE: ...; QCLASS: ...; RCODE: ...; ANSWER: [...]) and Blocky's CSV
//     query log (tab-separated: time, client IP, client names, duration,
//     reason, question, answer, rcode, response type, question type,
//     instance).

// edgeHosts are the sites behind the edge.
var edgeHosts = []string{"www.example.com", "shop.example.com", "api.example.org", "static.example.net"}

// varnishRequest returns %r as varnishncsa writes it: the method, the URL
// made absolute from the Host header, the protocol.
func (g *gen) varnishRequest() string {
	target := g.path()
	if g.pct(65) {
		target += "?" + g.query(g.params(), false, nil)
	}
	return pick(g, []string{"GET", "GET", "GET", "POST", "HEAD"}) + " http://" + pick(g, edgeHosts) + target + " " + pick(g, []string{"HTTP/1.1", "HTTP/1.1", "HTTP/2.0"})
}

// basicUser writes %u: the user of a Basic Authorization header, or "-".
func (g *gen) basicUser(b []byte) []byte {
	if g.pct(12) {
		return g.plant(b, "name", g.personLogin(), "")
	}
	return append(b, '-')
}

// varnishLine writes one varnishncsa line: the default format, or with
// custom the -F format behind the client's X-Forwarded-For.
func (g *gen) varnishLine(custom bool) Record {
	b := make([]byte, 0, 500)
	if custom {
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
		if g.pct(30) {
			b = append(b, ", "...)
			b = g.plant(b, "ipv4", g.ipv4(), "")
		}
	} else {
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
	}
	b = append(b, " - "...)
	b = g.basicUser(b)
	b = append(b, " ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	b = append(b, "] \""...)
	b = append(b, g.varnishRequest()...)
	status := pick(g, []string{"200", "200", "304", "404", "301", "503"})
	b = g.keep(b, "status", status, "\" "+status+" ")
	b = append(b, strconv.Itoa(g.rng.IntN(90000))...)
	b = g.refUA(b, func(s string) string { return s })
	if !custom {
		return Record{Line: b}
	}
	b = append(b, " \""...)
	if g.pct(60) {
		name, val := g.sessionCookie()
		b = append(b, name+"="...)
		b = g.plant(b, "secret", pctDecodeAll(val, false), val)
		if g.pct(50) {
			name, val := g.trackingCookie()
			b = append(b, "; "+name+"="...)
			b = g.plant(b, "secret", pctDecodeAll(val, false), val)
		}
		b = append(b, "; consent=1"...)
	} else {
		b = append(b, '-')
	}
	d := g.num(180, 2500000)
	b = g.keep(b, "duration", d, "\" "+d+" ")
	return Record{Line: append(b, pick(g, []string{"hit", "miss", "miss", "pass"})...)}
}

// edgeAuth returns an Authorization header's value, planted: a bearer JWT
// or Basic credentials; "" for none.
func (g *gen) edgeAuth() (val, cat, secret string) {
	switch g.rng.IntN(4) {
	case 0:
		t := g.jwt(g.personLogin())
		return "Bearer " + t, "jwt", t
	case 1:
		c := b64std(g.personLogin() + ":" + g.token(12))
		return "Basic " + c, "secret", c
	}
	return "", "", ""
}

// nginxJSON is nginx's access log with log_format escape=json: each
// variable JSON-escaped, empty ones as "", status and sizes unquoted, the
// request body as the client sent it (a JSON object or a form).
func (g *gen) nginxJSON() Record {
	b := append(make([]byte, 0, 1500), '{')
	b = g.jk(b, "time_local", "timestamp", g.clfTime())
	ip, cat := g.clientIP()
	b = g.jp(b, "remote_addr", cat, ip)
	if g.pct(10) {
		b = g.jp(b, "remote_user", "name", g.personLogin())
	} else {
		b = g.js(b, "remote_user", "")
	}
	post := g.pct(35)
	method := "GET"
	if post {
		method = "POST"
	}
	target := g.path()
	if !post && g.pct(60) {
		target += "?" + g.query(g.params(), false, jsonEsc)
	}
	b = jkey(b, "request")
	b = append(b, '"')
	b = append(b, jsonEsc(method+" "+target+" HTTP/1.1")...)
	b = append(b, '"')
	status := pick(g, []string{"200", "201", "302", "401", "404"})
	g.keepAt("status", status, `"status":`+status)
	b = jn(b, "status", status)
	sz := g.num(100, 90000)
	g.keepAt("bytes", sz, `"body_bytes_sent":`+sz)
	b = jn(b, "body_bytes_sent", sz)
	b = g.jk(b, "request_time", "duration", "0."+g.digits(3))
	if g.pct(40) {
		b = g.js(b, "http_referer", "https://"+pick(g, edgeHosts)+g.path())
	} else {
		b = g.js(b, "http_referer", "")
	}
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "http_user_agent", ua)
	if g.pct(30) {
		x, xc := g.clientIP()
		g.plantAt(xc, x)
		b = g.js(b, "http_x_forwarded_for", x+", "+ip)
	} else {
		b = g.js(b, "http_x_forwarded_for", "")
	}
	b = jkey(b, "http_cookie")
	b = append(b, '"')
	if g.pct(55) {
		name, val := g.sessionCookie()
		b = append(b, name+"="...)
		b = g.plant(b, "secret", pctDecodeAll(val, false), val)
		b = append(b, "; lang=en"...)
	}
	b = append(b, '"')
	auth, acat, secret := g.edgeAuth()
	b = jkey(b, "http_authorization")
	b = append(b, '"')
	if auth != "" {
		b = append(b, auth[:strings.IndexByte(auth, ' ')+1]...)
		b = g.plant(b, acat, secret, "")
	}
	b = append(b, '"')
	b = jkey(b, "request_body")
	b = append(b, '"')
	if post {
		f, l := g.name()
		email := g.email(f, l)
		pw := g.token(14)
		if g.pct(50) {
			b = append(b, jsonEsc(`{"email":"`)...)
			b = g.plant(b, "email", email, jsonEsc(email))
			b = append(b, jsonEsc(`","password":"`)...)
			b = g.plant(b, "secret", pw, "")
			b = append(b, jsonEsc(`","remember":true}`)...)
		} else {
			login := g.personLogin()
			b = append(b, "username="...)
			b = g.plant(b, "name", login, "")
			b = append(b, "&password="...)
			b = g.plant(b, "secret", pw, "")
			b = append(b, "&phone="...)
			p := g.phone()
			b = g.plant(b, "phone", p, pctEnc(p, true, false))
		}
	}
	b = append(b, '"')
	b = g.jk(b, "request_id", "requestid", g.hexID(32))
	return Record{Line: append(b, '}')}
}

// afdAccess is an Azure Front Door Standard/Premium access log entry as
// diagnostic settings export it: every property a string, clientIp the
// client (from X-Forwarded-For when a proxy sent it), socketIp the
// address that connected to the edge.
func (g *gen) afdAccess() Record {
	b := append(make([]byte, 0, 1800), '{')
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.0000000Z"))
	sub := g.uuid()
	g.keepAt("uuid", strings.ToUpper(sub))
	b = g.js(b, "resourceId", "/SUBSCRIPTIONS/"+strings.ToUpper(sub)+"/RESOURCEGROUPS/RG-WEB-PROD/PROVIDERS/MICROSOFT.CDN/PROFILES/AFD-WEB-PROD")
	b = g.js(b, "category", "FrontDoorAccessLog")
	b = g.js(b, "operationName", "Microsoft.Cdn/Profiles/AccessLog/Write")
	b = jo(b, "properties")
	b = g.jk(b, "trackingReference", "requestid", g.now.UTC().Format("20060102T150405Z")+"-"+g.chars(16, lowerNum)+"00000000"+g.chars(8, lowerNum))
	b = g.js(b, "httpMethod", pick(g, []string{"GET", "GET", "POST"}))
	b = g.js(b, "httpVersion", pick(g, []string{"1.1.0.0", "2.0.0.0"}))
	host := pick(g, edgeHosts)
	target := g.path()
	if g.pct(60) {
		target += "?" + g.query(g.params(), false, jsonEsc)
	}
	b = jkey(b, "requestUri")
	b = append(b, `"https://`+host+":443"+jsonEsc(target)+`"`...)
	b = g.js(b, "hostName", host)
	rq := g.num(200, 4000)
	b = g.jk(b, "requestBytes", "bytes", rq)
	b = g.jk(b, "responseBytes", "bytes", g.num(400, 900000))
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "userAgent", ua)
	ip, cat := g.clientIP()
	b = g.jp(b, "clientIp", cat, ip)
	b = g.jk(b, "clientPort", "port", g.num(1024, 65535))
	if g.pct(30) {
		s, sc := g.clientIP()
		b = g.jp(b, "socketIp", sc, s)
	} else {
		b = g.jp(b, "socketIp", cat, ip)
	}
	b = g.jk(b, "timeToFirstByte", "duration", "0.0"+g.digits(2))
	b = g.jk(b, "timeTaken", "duration", "0."+g.digits(3))
	b = g.js(b, "requestProtocol", "HTTPS")
	b = g.js(b, "securityProtocol", pick(g, []string{"TLS 1.2", "TLS 1.3"}))
	b = append(ja(b, "rulesEngineMatchNames"), ']')
	status := pick(g, []string{"200", "200", "304", "404", "403"})
	b = g.jk(b, "httpStatusCode", "status", status)
	b = g.js(b, "httpStatusDetails", status)
	b = g.js(b, "pop", pick(g, []string{"FRA", "AMS", "LHR", "WAW"}))
	b = g.js(b, "cacheStatus", pick(g, []string{"HIT", "MISS", "TCP_HIT", "CONFIG_NOCACHE"}))
	b = g.js(b, "errorInfo", "NoError")
	b = g.js(b, "ErrorInfo", "NoError")
	b = g.js(b, "result", "N/A")
	b = g.js(b, "endpoint", "web-prod-"+g.chars(12, lowerNum)+".z01.azurefd.net")
	b = g.js(b, "originUrl", "https://origin.example.com:443"+g.path())
	b = g.js(b, "originIp", "10.20.0."+g.num(4, 40)+":443")
	b = g.js(b, "originName", "origin.example.com:443")
	if g.pct(40) {
		ref := "https://" + host + g.path()
		if g.pct(40) {
			ref += "?" + g.query(g.params(), true, jsonEsc)
		}
		b = jkey(b, "referer")
		b = append(b, `"`+jsonEsc(ref)+`"`...)
	} else {
		b = g.js(b, "referer", "")
	}
	b = g.js(b, "clientCountry", pick(g, []string{"Germany", "Poland", "United Kingdom", "Ukraine"}))
	b = g.js(b, "domain", host+":443")
	b = g.js(b, "securityCipher", "TLS_AES_256_GCM_SHA384")
	b = g.js(b, "securityCurve", "X25519")
	b = g.js(b, "sni", host)
	return Record{Line: append(b, "}}"...)}
}

// bunnyLine is a Bunny CDN raw log line: cacheStatus|statusCode|timestamp
// (epoch ms)|bytesSent|pullZoneId|remoteIp|refererUrl|url|edgeLocation|
// userAgent|uniqueRequestId|countryCode.
func (g *gen) bunnyLine() Record {
	b := make([]byte, 0, 500)
	b = append(b, pick(g, []string{"HIT", "HIT", "MISS"})...)
	status := pick(g, []string{"200", "200", "206", "304", "404"})
	b = g.keep(b, "status", status, "|"+status+"|")
	b = g.keep(b, "epoch", strconv.FormatInt(g.now.UnixMilli(), 10), "")
	b = append(b, '|')
	b = g.keep(b, "bytes", g.num(100, 9000000), "")
	b = append(b, '|')
	b = g.keep(b, "counter", g.num(100000, 999999), "")
	b = append(b, '|')
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, '|')
	if g.pct(40) {
		b = append(b, "https://www.example.com"+g.path()...)
	} else {
		b = append(b, '-')
	}
	b = append(b, "|https://cdn.example.com"+g.path()...)
	if g.pct(50) {
		b = append(b, "?"+g.query(g.params(), false, nil)...)
	}
	b = append(b, "|"+pick(g, []string{"DE", "FR", "UK", "PL"})+"|"...)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, ua+"|"...)
	b = g.keep(b, "requestid", g.hexID(32), "")
	return Record{Line: append(b, "|"+pick(g, []string{"DE", "UA", "GB", "PL"})...)}
}

// edgeLogs2 writes one line of the stream's product.
func (g *gen) edgeLogs2(st *streamState) Record {
	switch st.variant % 5 {
	case 1:
		return g.varnishLine(true)
	case 2:
		return g.nginxJSON()
	case 3:
		return g.afdAccess()
	case 4:
		return g.bunnyLine()
	}
	return g.varnishLine(false)
}

// xmlEsc escapes text and attribute values as FreeSWITCH's XML writer
// does: &, <, > and ".
func xmlEsc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// fsXMLCDR is a FreeSWITCH mod_xml_cdr record on one line: channel_data,
// the channel variables URL-encoded, the app_log, and the callflow with
// its caller_profile and times in XML text.
func (g *gen) fsXMLCDR() Record {
	b := make([]byte, 0, 4000)
	core, id := g.uuid(), g.uuid()
	g.keepAt("uuid", core)
	g.keepAt("uuid", id)
	ext := g.sipExt()
	f, l := g.name()
	name := f + " " + l
	dest := g.sipNumber()
	outbound := g.pct(60)
	if !outbound {
		dest = g.sipExt()
	}
	ip := g.ipv4()
	if g.pct(40) {
		ip = "10.10." + g.num(0, 255) + "." + g.num(2, 254)
	}
	g.plantAt("ipv4", ip)
	g.plantAt("phone", ext)
	if strings.HasPrefix(dest, "+") {
		g.plantAt("phone", dest, dest, pctEnc(dest, false, false))
	} else {
		g.plantAt("phone", dest)
	}
	g.plantAt("name", name, pctEnc(name, false, false), xmlEsc(name))
	enc := func(s string) string { return pctEnc(s, false, false) }
	b = append(b, `<cdr core-uuid="`+core+`" switchname="fs01"><channel_data><state>CS_REPORTING</state><direction>inbound</direction><state_number>11</state_number><flags>0=1;1=1;3=1;38=1;39=1;41=1;54=1;76=1;113=1;114=1;160=1</flags><caps>1=1;2=1;3=1;4=1;5=1;6=1</caps></channel_data><variables>`...)
	v := func(k, val string) { b = append(b, "<"+k+">"+val+"</"+k+">"...) }
	v("direction", "inbound")
	v("uuid", id)
	v("session_id", g.num(1, 9999))
	v("sip_from_user", ext)
	v("sip_from_uri", enc(ext+"@pbx.example.com"))
	v("sip_from_host", "pbx.example.com")
	v("channel_name", enc("sofia/internal/"+ext+"@pbx.example.com"))
	v("sip_network_ip", ip)
	port := g.num(1024, 65535)
	g.keepAt("port", port, "<sip_network_port>"+port+"<")
	v("sip_network_port", port)
	v("sip_received_ip", ip)
	ua := "Yealink SIP-T46S 66.86.0." + g.num(10, 99)
	g.keepAt("version", strings.TrimPrefix(ua, "Yealink SIP-T46S "))
	v("sip_user_agent", enc(ua))
	cid := g.hexID(32) + "@" + ip
	v("sip_call_id", enc(cid))
	v("caller_id_name", enc(name))
	v("caller_id_number", ext)
	if outbound {
		cli := g.e164()
		g.plantAt("phone", cli, enc(cli))
		v("effective_caller_id_number", enc(cli))
	}
	v("sip_req_user", enc(dest))
	v("dialed_user", enc(dest))
	start := g.now.Add(-time.Duration(20+g.rng.IntN(900)) * time.Second)
	stamp := func(t time.Time) string { return enc(t.Format("2006-01-02 15:04:05")) }
	v("start_stamp", stamp(start))
	v("end_stamp", stamp(g.now))
	se := strconv.FormatInt(start.Unix(), 10)
	g.keepAt("epoch", se)
	v("start_epoch", se)
	v("end_epoch", strconv.FormatInt(g.now.Unix(), 10))
	dur := strconv.Itoa(int(g.now.Sub(start).Seconds()))
	v("duration", dur)
	v("billsec", strconv.Itoa(max(0, atoi(dur)-4)))
	v("hangup_cause", pick(g, []string{"NORMAL_CLEARING", "ORIGINATOR_CANCEL", "USER_BUSY"}))
	v("hangup_cause_q850", pick(g, []string{"16", "17", "19"}))
	v("read_codec", "PCMA")
	v("write_codec", "PCMA")
	media := g.ipv4()
	g.plantAt("ipv4", media)
	v("remote_media_ip", media)
	b = append(b, "</variables><app_log>"...)
	app := "user/" + dest + "@pbx.example.com"
	if outbound {
		app = "sofia/gateway/carrier/" + dest
	}
	b = append(b, `<application app_name="bridge" app_data="`+xmlEsc(app)+`" app_stamp="`+strconv.FormatInt(start.UnixMicro(), 10)+`"></application></app_log>`...)
	b = append(b, `<callflow dialplan="XML" unique-id="`+id+`" profile_index="1"><extension name="`+pick(g, []string{"outbound", "local_extension", "global"})+`" number="`+dest+`"><application app_name="bridge" app_data="`+xmlEsc(app)+`"></application></extension><caller_profile>`...)
	v("username", ext)
	v("dialplan", "XML")
	v("caller_id_name", xmlEsc(name))
	v("ani", ext)
	b = append(b, "<aniii></aniii>"...)
	v("caller_id_number", ext)
	v("network_addr", ip)
	if g.pct(30) {
		r := g.e164()
		g.plantAt("phone", r)
		v("rdnis", r)
	} else {
		b = append(b, "<rdnis></rdnis>"...)
	}
	v("destination_number", dest)
	v("uuid", id)
	v("source", "mod_sofia")
	v("context", "default")
	v("chan_name", "sofia/internal/"+ext+"@pbx.example.com")
	b = append(b, "</caller_profile><times>"...)
	us := strconv.FormatInt(start.UnixMicro(), 10)
	g.keepAt("epoch", us)
	v("created_time", us)
	v("profile_created_time", us)
	v("progress_time", "0")
	v("answered_time", strconv.FormatInt(start.Add(4*time.Second).UnixMicro(), 10))
	v("hangup_time", strconv.FormatInt(g.now.UnixMicro(), 10))
	v("transfer_time", "0")
	return Record{Line: append(b, "</times></callflow></cdr>"...)}
}

// kamailioAccColumns is the acc and missed_calls tables of Kamailio's
// acc module with the extra columns of the default kamailio.cfg's
// acc_extra (src_user ... dst_domain).
var kamailioAccColumns = "id,method,from_tag,to_tag,callid,sip_code,sip_reason,time,src_user,src_domain,src_ip,dst_ouser,dst_user,dst_domain"

// kamailioCDRColumns is the cdrs table the acc module fills with
// cdr_enable.
var kamailioCDRColumns = "cdr_id,src_username,src_domain,dst_username,dst_domain,dst_ousername,call_start_time,duration,sip_call_id,sip_from_tag,sip_to_tag,src_ip,cost,rated,created"

// kamailioAccRow is one row of a CSV export of Kamailio's accounting
// tables (COPY ... TO STDOUT WITH CSV HEADER): the header row first.
func (g *gen) kamailioAccRow(st *streamState) Record {
	cdrs := st.variant%2 == 0
	if st.n == 0 {
		if cdrs {
			return Record{Line: []byte(kamailioCDRColumns), Header: true}
		}
		return Record{Line: []byte(kamailioAccColumns), Header: true}
	}
	src, dst := g.sipExt(), g.sipNumber()
	if g.pct(40) {
		src = g.sipNumber()
	}
	if g.pct(30) {
		dst = g.sipExt()
	}
	g.plantAt("phone", src)
	g.plantAt("phone", dst)
	ip, cat := g.ipv4(), "ipv4"
	g.plantAt(cat, ip)
	cid := g.sipCallID()
	g.keepAt("callid", cid)
	ft, tt := g.sipTag(), g.sipTag()
	g.keepAt("tag", ft)
	ts := g.now.Format("2006-01-02 15:04:05")
	g.keepAt("timestamp", ts)
	id := strconv.Itoa(1000 + st.n)
	csvQ := func(s string) string {
		if strings.ContainsAny(s, ",\"\n") {
			return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
		}
		return s
	}
	if cdrs {
		d := g.num(0, 1800)
		g.keepAt("duration", d, ","+d+",")
		row := []string{id, src, "pbx.example.com", dst, "sip.example.net", dst, ts, d, cid, ft, tt, ip, "0", "0", ts}
		for i := range row {
			row[i] = csvQ(row[i])
		}
		return Record{Line: []byte(strings.Join(row, ","))}
	}
	code, reason := "200", "OK"
	if g.pct(35) {
		code, reason = pick(g, []string{"486", "487", "408", "480"}), pick(g, []string{"Busy Here", "Request Terminated", "Request Timeout"})
	}
	g.keepAt("status", code, ","+code+",")
	method := pick(g, []string{"INVITE", "INVITE", "BYE"})
	ouser := dst
	row := []string{id, method, ft, tt, cid, code, reason, ts, src, "pbx.example.com", ip, ouser, dst, "sip.example.net"}
	for i := range row {
		row[i] = csvQ(row[i])
	}
	return Record{Line: []byte(strings.Join(row, ","))}
}

// ciscoTime is the time form of the h323-*-time VSAs: an asterisk when
// the gateway's clock is not NTP-synchronised.
func ciscoTime(t time.Time) string {
	return "*" + t.UTC().Format("15:04:05.000 UTC Mon Jan 2 2006")
}

// ciscoRadiusDetail returns the lines of one Accounting-Request Stop from
// a Cisco IOS voice gateway as FreeRADIUS's detail file writes it: the
// date line, then one tab-indented attribute a line, each line its own
// record with its labels.
func (g *gen) ciscoRadiusDetail() []Record {
	var out []Record
	add := func(line string) {
		out = append(out, Record{Line: []byte(line), Planted: g.plants, Keep: g.keeps})
		g.plants, g.keeps = nil, nil
	}
	g.plants, g.keeps = nil, nil
	date := g.now.UTC().Format("Mon Jan _2 15:04:05 2006")
	g.keepAt("timestamp", date)
	add(date)
	calling, called := strings.TrimPrefix(g.e164(), "+"), g.dialled()
	origin := pick(g, []string{"answer", "originate"})
	sess := strings.ToUpper(g.hexID(8))
	g.keepAt("counter", sess)
	add("\tAcct-Session-Id = \"" + sess + "\"")
	g.plantAt("phone", calling)
	add("\tCalling-Station-Id = \"" + calling + "\"")
	g.plantAt("phone", called)
	add("\tCalled-Station-Id = \"" + called + "\"")
	add("\th323-call-origin = \"h323-call-origin=" + origin + "\"")
	add("\th323-call-type = \"h323-call-type=VoIP\"")
	setup := g.now.Add(-time.Duration(30+g.rng.IntN(1200)) * time.Second)
	g.keepAt("timestamp", ciscoTime(setup))
	add("\th323-setup-time = \"h323-setup-time=" + ciscoTime(setup) + "\"")
	conn := setup.Add(5 * time.Second)
	g.keepAt("timestamp", ciscoTime(conn))
	add("\th323-connect-time = \"h323-connect-time=" + ciscoTime(conn) + "\"")
	g.keepAt("timestamp", ciscoTime(g.now))
	add("\th323-disconnect-time = \"h323-disconnect-time=" + ciscoTime(g.now) + "\"")
	add("\th323-disconnect-cause = \"h323-disconnect-cause=" + pick(g, []string{"10", "11", "1F", "10"}) + "\"")
	add("\th323-voice-quality = \"h323-voice-quality=0\"")
	remote := g.ipv4()
	g.plantAt("ipv4", remote)
	add("\th323-remote-address = \"h323-remote-address=" + remote + "\"")
	conf := strings.ToUpper(g.hexID(8) + " " + g.hexID(8) + " " + g.hexID(8) + " " + g.hexID(8))
	g.keepAt("callid", conf)
	add("\th323-conf-id = \"h323-conf-id=" + conf + "\"")
	add("\th323-gw-id = \"h323-gw-id=cube01.example.com\"")
	add("\tCisco-AVPair = \"session-protocol=sipv2\"")
	cid := strings.ToUpper(g.hexID(8)) + "-" + strings.ToUpper(g.hexID(8)) + "@" + remote
	g.plantAt("ipv4", remote)
	add("\tCisco-AVPair = \"call-id=" + cid + "\"")
	media := g.ipv4()
	g.plantAt("ipv4", media)
	add("\tCisco-AVPair = \"remote-media-address=" + media + "\"")
	g.plantAt("phone", calling)
	add("\tCisco-AVPair = \"gw-rxd-cgn=ton:1,npi:1,pi:0,si:1,#:" + calling + "\"")
	g.plantAt("phone", called)
	add("\tCisco-AVPair = \"gw-rxd-cdn=ton:0,npi:1,#:" + called + "\"")
	g.plantAt("phone", calling)
	add("\tUser-Name = \"" + calling + "\"")
	add("\tAcct-Status-Type = Stop")
	add("\tNAS-IP-Address = 10.1.1.1")
	t := strconv.Itoa(int(g.now.Sub(conn).Seconds()))
	g.keepAt("duration", t, "= "+t)
	add("\tAcct-Session-Time = " + t)
	oct := g.num(10000, 9000000)
	g.keepAt("bytes", oct)
	add("\tAcct-Input-Octets = " + oct)
	add("\tAcct-Delay-Time = 0")
	ep := strconv.FormatInt(g.now.Unix(), 10)
	g.keepAt("epoch", ep)
	add("\tTimestamp = " + ep)
	return out
}

// voipMore writes one record of the stream's product.
func (g *gen) voipMore(st *streamState) Record {
	switch st.variant % 3 {
	case 1:
		return g.kamailioAccRow(st)
	case 2:
		if len(st.pending) == 0 {
			st.pending = g.ciscoRadiusDetail()
		}
		r := st.pending[0]
		st.pending = st.pending[1:]
		g.plants, g.keeps = r.Planted, r.Keep
		return Record{Line: r.Line}
	}
	return g.fsXMLCDR()
}

// dnsAnswer packs a DNS response (RFC 1035 4.1) to name with one A record
// when addr is set, as AdGuard Home stores it in Answer.
func dnsAnswer(id uint16, name, qtype, addr string) []byte {
	types := map[string]uint16{"A": 1, "AAAA": 28, "PTR": 12, "SRV": 33, "TXT": 16, "MX": 15, "HTTPS": 65}
	an := uint16(0)
	if addr != "" {
		an = 1
	}
	m := binary.BigEndian.AppendUint16(nil, id)
	m = append(m, 0x81, 0x80, 0, 1)
	m = binary.BigEndian.AppendUint16(m, an)
	m = append(m, 0, 0, 0, 0)
	for _, l := range strings.Split(strings.TrimSuffix(name, "."), ".") {
		m = append(m, byte(len(l)))
		m = append(m, l...)
	}
	m = append(m, 0)
	m = binary.BigEndian.AppendUint16(m, types[qtype])
	m = append(m, 0, 1)
	if an == 1 {
		m = append(m, 0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0x0e, 0x10, 0, 4)
		for _, p := range strings.Split(addr, ".") {
			m = append(m, byte(atoi(p)))
		}
	}
	return m
}

// adguardHome is one entry of AdGuard Home's querylog.json, members in the
// order of its logEntry type; Elapsed in nanoseconds; Answer the packed
// response in base64.
func (g *gen) adguardHome() Record {
	b := append(make([]byte, 0, 600), '{')
	b = g.jk(b, "T", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.")+g.digits(9)+"Z")
	name, qtype := g.dnsQuestion()
	b = g.js(b, "QH", name)
	b = g.js(b, "QT", qtype)
	b = g.js(b, "QC", "IN")
	proto := pick(g, []string{"", "", "doh", "dot"})
	if proto != "" && g.pct(60) {
		d := strings.ToLower(ascii(g.appleDevice()))
		who := d[:strings.LastIndex(d, "s-")+1]
		g.plantAt("name", who)
		b = g.js(b, "CID", d)
	}
	b = g.js(b, "CP", proto)
	blocked := g.pct(15)
	if !blocked {
		b = g.js(b, "Upstream", pick(g, []string{"https://dns10.quad9.net:443/dns-query", "tls://1.1.1.1:853", "8.8.8.8:53"}))
	}
	addr := ""
	if qtype == "A" {
		addr = "93.184.215." + g.num(1, 254)
		if blocked {
			addr = "0.0.0.0"
		}
	}
	ans := base64.StdEncoding.EncodeToString(dnsAnswer(uint16(g.rng.IntN(65536)), name, qtype, addr))
	b = g.js(b, "Answer", ans)
	ip, cat := g.clientIP()
	b = g.jp(b, "IP", cat, ip)
	b = jo(b, "Result")
	if blocked {
		b = jn(b, "IsFiltered", "true")
		b = jn(b, "Reason", "3")
		b = ja(b, "Rules")
		b = jo(b, "")
		b = g.js(b, "Text", "||"+pick(g, []string{"ads.example.net", "tracker.example.org"})+"^")
		b = jn(b, "FilterListID", "1")
		b = append(b, "}]"...)
	}
	b = append(b, '}')
	el := g.num(40000, 90000000)
	g.keepAt("duration", el, `"Elapsed":`+el)
	b = jn(b, "Elapsed", el)
	if g.pct(40) {
		b = jn(b, "Cached", "true")
	}
	return Record{Line: append(b, '}')}
}

// technitiumLine is a query line of Technitium DNS Server's log file: the
// UTC time, [ip:port] (IPv6 in its own brackets), [PROTOCOL], the
// question and the response.
func (g *gen) technitiumLine() Record {
	b := make([]byte, 0, 300)
	ts := g.now.UTC().Format("2006-01-02 15:04:05")
	b = append(b, '[')
	b = g.keep(b, "timestamp", ts, "")
	b = append(b, " UTC] ["...)
	ip, cat := g.clientIP()
	if cat == "ipv6" {
		b = append(b, '[')
		b = g.plant(b, cat, ip, "")
		b = append(b, ']')
	} else {
		b = g.plant(b, cat, ip, "")
	}
	port := g.num(1024, 65535)
	b = g.keep(b, "port", port, ":"+port+"]")
	b = append(b, " ["+pick(g, []string{"UDP", "UDP", "TCP", "HTTPS", "TLS"})+"] "...)
	name, qtype := g.dnsQuestion()
	b = append(b, "QNAME: "+name+"; QTYPE: "+qtype+"; QCLASS: IN; RCODE: "...)
	switch {
	case qtype == "PTR":
		b = append(b, "NoError; ANSWER: ["...)
		if g.pct(50) {
			h, who := g.personHost()
			g.plantAt("name", who)
			b = append(b, h...)
		} else {
			b = append(b, pick(g, infraNames)...)
		}
		b = append(b, ']')
	case qtype == "A" && g.pct(80):
		b = append(b, "NoError; ANSWER: [93.184.215."+g.num(1, 254)+"]"...)
	case g.pct(20):
		b = append(b, "NxDomain; ANSWER: []"...)
	default:
		b = append(b, "NoError; ANSWER: []"...)
	}
	return Record{Line: b}
}

// blockyRow is one row of Blocky's CSV query log (tab-separated, as its
// file writer configures encoding/csv).
func (g *gen) blockyRow() Record {
	b := make([]byte, 0, 300)
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05"), "")
	b = append(b, '\t')
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, '\t')
	if g.pct(50) {
		h, who := g.personHost()
		g.plantAt("name", who)
		b = append(b, h...)
	} else {
		b = append(b, pick(g, []string{"printer-3f.lan", "kiosk-lobby.lan", ""})...)
	}
	ms := g.num(0, 900)
	b = g.keep(b, "duration", ms, "\t"+ms+"\t")
	name, qtype := g.dnsQuestion()
	reason, rtype, ans := "RESOLVED (tcp+udp:1.1.1.1)", "RESOLVED", ""
	switch {
	case g.pct(15):
		reason, rtype = "BLOCKED (ads)", "BLOCKED"
		if qtype == "A" {
			ans = "A (0.0.0.0)"
		}
	case g.pct(30):
		reason, rtype = "CACHED", "CACHED"
	}
	if ans == "" && qtype == "A" {
		ans = "A (93.184.215." + g.num(1, 254) + ")"
	}
	b = append(b, reason+"\t"+name+"\t"+ans+"\tNOERROR\t"+rtype+"\t"+qtype+"\tblocky-1"...)
	return Record{Line: b}
}

// dnsMore writes one record of the stream's product.
func (g *gen) dnsMore(st *streamState) Record {
	switch st.variant % 3 {
	case 1:
		return g.technitiumLine()
	case 2:
		return g.blockyRow()
	}
	return g.adguardHome()
}
