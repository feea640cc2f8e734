package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Security appliances and web servers' error logs.
//
// panosSyslog: PAN-OS syslog (PAN-OS Administrator's Guide, Syslog Field
// Descriptions): TRAFFIC, THREAT (subtype url, the URL in the quoted
// Miscellaneous field, User-Agent, X-Forwarded-For and Referer further on),
// GLOBALPROTECT and USERID logs as comma-separated values behind a BSD or
// an RFC 5424 syslog header; and, one stream in three, pfSense/OPNsense
// filterlog lines (Netgate's Raw Filter Log Format: rule, sub-rule, anchor,
// tracker or OPNsense's rule label hash, interface, reason, action,
// direction, IP version, then the IPv4 or IPv6 fields and the TCP or UDP
// ones).

// panUser writes a PAN-OS user field: domain\login, login@domain (the
// User-ID mapping of a Kerberos or RADIUS login), or a service account.
func (g *gen) panUser(b []byte) []byte {
	switch n := g.rng.IntN(10); {
	case n < 5:
		b = append(b, pick(g, []string{"example\\", "corp\\", "EXAMPLE\\"})...)
		return g.plant(b, "name", g.personLogin(), "")
	case n < 7:
		f, l := g.name()
		return g.plant(b, "email", g.email(f, l), "")
	case n < 9:
		b = append(b, "example\\"...)
		return g.keep(b, "account", pick(g, []string{"svc_backup", "svc_sccm", "scanner"}), "")
	}
	return b // unknown user: empty field
}

// panTime returns PAN-OS's yyyy/mm/dd hh:mm:ss.
func panTime(t time.Time) string { return t.UTC().Format("2006/01/02 15:04:05") }

func (g *gen) panosSyslog(st *streamState) Record {
	if st.variant%3 == 2 {
		return g.filterlog(st)
	}
	b := make([]byte, 0, 900)
	dev := pick(g, []string{"PA-3220", "fw-edge-01", "PA-VM"})
	t := g.now.UTC()
	if st.variant%2 == 0 {
		day := strconv.Itoa(t.Day())
		if len(day) == 1 {
			day = " " + day
		}
		b = append(b, "<14>"...)
		b = g.keep(b, "timestamp", months[t.Month()-1]+" "+day+" "+t.Format("15:04:05"), "")
		b = append(b, " "+dev+" "...)
	} else {
		b = append(b, "<14>1 "...)
		b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05.000Z"), "")
		b = append(b, " "+dev+" - - - - "...)
	}
	serial := "0128010" + g.digits(5)
	recv := panTime(t)
	gen := panTime(t.Add(-time.Duration(g.rng.IntN(3)) * time.Second))
	b = append(b, "1,"...)
	b = g.keep(b, "timestamp", recv, "")
	b = g.keep(b, "uniqueid", serial, ","+serial+",")
	seq := g.num(100000, 999999999) + g.digits(g.rng.IntN(10))
	flags := "0x8000000000000000"
	src, cat := g.clientIP()
	if g.pct(50) {
		src, cat = "10."+g.num(0, 255)+"."+g.num(0, 255)+"."+g.num(1, 254), "ipv4"
	}
	switch g.rng.IntN(5) {
	case 0, 1: // TRAFFIC
		b = append(b, "TRAFFIC,"+pick(g, []string{"end", "start", "drop", "deny"})+",2561,"...)
		b = g.keep(b, "timestamp", gen, "")
		b = append(b, ',')
		b = g.plant(b, cat, src, "")
		dst := "198.51.100." + g.num(1, 254)
		b = append(b, ","+dst+",203.0.113.250,"+dst+","+pick(g, []string{"Allow-Web", "Outbound-Internet", "Block-Known-Bad"})+","...)
		b = g.panUser(b)
		b = append(b, ",,"+pick(g, []string{"ssl", "web-browsing", "dns", "ms-rdp", "incomplete"})+",vsys1,trust,untrust,ethernet1/2,ethernet1/1,LF-Splunk,"...)
		b = g.keep(b, "timestamp", gen, "")
		sid := g.num(10000, 99999999)
		b = g.keep(b, "counter", sid, ","+sid+",")
		sp, np := g.num(1024, 65535), g.num(1024, 65535)
		ports := "1," + sp + ",443," + np + ",443,"
		g.keepAt("port", sp, ports)
		b = append(b, ports...)
		b = append(b, "0x400053,tcp,allow,"...)
		sent, rcvd := g.rng.IntN(90000)+60, g.rng.IntN(900000)+60
		bytes := strconv.Itoa(sent+rcvd) + "," + strconv.Itoa(sent) + "," + strconv.Itoa(rcvd)
		g.keepAt("bytes", strconv.Itoa(sent+rcvd), ","+bytes+",")
		b = append(b, bytes+","+g.num(2, 900)+","...)
		b = g.keep(b, "timestamp", panTime(t.Add(-time.Minute)), "")
		b = append(b, ","+g.num(0, 120)+","+pick(g, []string{"business-and-economy", "computer-and-internet-info", "any"})+",0,"...)
		b = g.keep(b, "counter", seq, "")
		b = append(b, ","+flags+",10.0.0.0-10.255.255.255,United States,0,"+g.num(1, 400)+","+g.num(1, 400)+","+pick(g, []string{"aged-out", "tcp-fin", "tcp-rst-from-client", "policy-deny"})+",0,0,0,0,,"+dev+",from-policy,,,0,,0,,N/A,0,0,0,0,"...)
		b = g.keep(b, "uuid", g.uuid(), "")
		b = append(b, ",0,0,,,,,,,,,"...)
		b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05.000+00:00"), "")
		b = append(b, ",,,encrypted-tunnel,networking,browser-based,4,used-by-malware able-to-transfer-file,,ssl,no,no,0"...)
	case 2: // THREAT, url
		b = append(b, "THREAT,url,2561,"...)
		b = g.keep(b, "timestamp", gen, "")
		b = append(b, ',')
		b = g.plant(b, cat, src, "")
		b = append(b, ",198.51.100."+g.num(1, 254)+",203.0.113.250,198.51.100.9,Allow-Web,"...)
		b = g.panUser(b)
		b = append(b, ",,web-browsing,vsys1,trust,untrust,ethernet1/2,ethernet1/1,LF-Splunk,"...)
		b = g.keep(b, "timestamp", gen, "")
		sid := g.num(10000, 99999999)
		b = g.keep(b, "counter", sid, ","+sid+",")
		sp := g.num(1024, 65535)
		b = g.keep(b, "port", sp, "1,"+sp+",80,")
		b = append(b, "0,0,0x40b000,tcp,alert,\""...)
		host := pick(g, []string{"shop.example.com", "login.example.org", "portal.example.net"})
		b = append(b, host...)
		f, l := g.name()
		switch g.rng.IntN(4) {
		case 0:
			e := g.email(f, l)
			b = append(b, "/account/reset?email="...)
			b = g.plant(b, "email", e, pctEnc(e, false, g.pct(30)))
		case 1:
			e := g.email(f, l)
			b = append(b, "/oauth2/authorize?client_id=web&login_hint="...)
			b = g.plant(b, "email", e, "")
		case 2:
			b = append(b, "/api/v2/track?phone="...)
			p := g.phone()
			b = g.plant(b, "phone", p, pctEnc(p, true, false))
		default:
			b = append(b, "/static/js/app."...)
			b = g.keep(b, "hash", g.hexID(8), "")
			b = append(b, ".js"...)
		}
		b = append(b, "\",(9999),"+pick(g, []string{"shopping", "business-and-economy", "social-networking"})+",informational,client-to-server,"...)
		b = g.keep(b, "counter", seq, "")
		b = append(b, ","+flags+",10.0.0.0-10.255.255.255,United States,0,text/html,0,,,"+g.num(1, 9)+",\""...)
		// The User-Agent column has no key: a phone's firmware version
		// (Yealink SIP-T46S 66.86.0.15) reads as an address there, so
		// the version is left unlabelled.
		ua, _ := g.ua()
		b = append(b, ua...)
		b = append(b, "\",,\""...)
		if g.pct(50) {
			x, xc := g.clientIP()
			b = g.plant(b, xc, x, "")
		}
		b = append(b, "\",\"https://"+host+"/\",,,,0,0,0,0,0,,"+dev+",,,,get,0,0,0,0,,,,"...)
		b = g.keep(b, "version", "8790-"+g.num(8000, 9000), "")
		b = append(b, ",,0,0,,"...)
		b = g.keep(b, "uuid", g.uuid(), "")
	case 3: // GLOBALPROTECT (PAN-OS 10)
		b = append(b, "GLOBALPROTECT,0,2561,"...)
		b = g.keep(b, "timestamp", gen, "")
		ev := pick(g, []string{"gateway-connected", "portal-auth", "gateway-auth", "gateway-logout"})
		b = append(b, ",vsys1,"+ev+","+pick(g, []string{"connected", "login", "logout"})+","+pick(g, []string{"LDAP", "SAML", "RADIUS"})+",IPSec,"...)
		b = g.panUser(b)
		b = append(b, ","+pick(g, []string{"US", "DE", "GB"})+","...)
		if g.pct(50) {
			b = g.plant(b, "name", g.appleDevice(), "")
		} else {
			b = append(b, "LAPTOP-"+strings.ToUpper(g.chars(7, lowerNum))...)
		}
		b = append(b, ',')
		pub, pc := g.clientIP()
		if pc == "ipv6" {
			b = append(b, "0.0.0.0,"...)
			b = g.plant(b, pc, pub, "")
		} else {
			b = g.plant(b, pc, pub, "")
			b = append(b, ",::"...)
		}
		b = append(b, ',')
		b = g.plant(b, "ipv4", "10.10."+g.num(0, 3)+"."+g.num(2, 254), "")
		b = append(b, ",::,"...)
		b = g.keep(b, "uuid", g.uuid(), "")
		b = append(b, ","+strings.ToUpper(g.chars(10, lowerNum))+","...)
		b = g.keep(b, "version", pick(g, []string{"6.2.1-43", "5.2.13-6", "6.1.4"}), "")
		b = append(b, ","+pick(g, []string{`Microsoft Windows,"Microsoft Windows 11 Enterprise , 64-bit"`, `Apple Mac OS X,"Apple macOS 14.6.1"`})+",1,,,\"\",success,,"+g.num(0, 36000)+",user-logon,0,GP-Portal,"...)
		b = g.keep(b, "counter", seq, "")
		b = append(b, ","+flags+","...)
		b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05.000+00:00"), "")
		b = append(b, ",preferred,"+g.num(10, 900)+",Highest,,GP-GW-East,0,0,0,0,,"+dev+",1,"...)
	default: // USERID
		b = append(b, "USERID,login,2561,"...)
		b = g.keep(b, "timestamp", gen, "")
		b = append(b, ",vsys1,"...)
		b = g.plant(b, cat, src, "")
		b = append(b, ',')
		b = g.panUser(b)
		b = append(b, ",,0,1,2700,0,0,"+pick(g, []string{"vpn-client,globalprotect", "ad,AD", "agent,ldap"})+","...)
		b = g.keep(b, "counter", seq, "")
		b = append(b, ","+flags+",0,0,0,0,,"+dev+",1,,"...)
		b = g.keep(b, "timestamp", gen, "")
		b = append(b, ",1,0x0,"...)
	}
	return Record{Line: b}
}

// filterlog writes a pfSense (even streams: tracker a decimal id) or
// OPNsense (rule label an md5 hex) filterlog line.
func (g *gen) filterlog(st *streamState) Record {
	b := make([]byte, 0, 300)
	b = g.syslogHead(b, st, "fw", "filterlog")
	rule := g.num(4, 120)
	b = g.keep(b, "counter", rule, rule+",,,")
	if st.variant%2 == 0 {
		b = g.keep(b, "counter", "1000000"+g.num(100, 999), "")
	} else {
		b = g.keep(b, "hash", g.hexID(32), "")
	}
	b = append(b, ","+pick(g, []string{"igb0", "em0", "vtnet1", "ix1"})+",match,"+pick(g, []string{"block", "pass"})+","+pick(g, []string{"in", "out"})+","...)
	proto := pick(g, []string{"tcp", "udp"})
	sp, dp := g.num(1024, 65535), pick(g, []string{"443", "22", "3389", "53"})
	if g.pct(25) {
		src := g.ipv6()
		b = append(b, "6,0x00,0x"+g.chars(5, hexDigits)+",64,"+proto+","...)
		if proto == "tcp" {
			b = append(b, "6,"...)
		} else {
			b = append(b, "17,"...)
		}
		b = append(b, g.num(40, 1500)+","...)
		b = g.plant(b, "ipv6", src, "")
		b = append(b, ",2001:db8:ffff::1,"...)
	} else {
		src, _ := g.clientIP()
		if strings.Contains(src, ":") {
			src = g.ipv4()
		}
		id := g.num(0, 65535)
		b = append(b, "4,0x0,,"+g.num(40, 128)+","...)
		b = g.keep(b, "counter", id, id+",0,")
		b = append(b, pick(g, []string{"DF", "none"})+","...)
		if proto == "tcp" {
			b = append(b, "6,tcp,"...)
		} else {
			b = append(b, "17,udp,"...)
		}
		b = append(b, g.num(40, 1500)+","...)
		b = g.plant(b, "ipv4", src, "")
		b = append(b, ",192.0.2.1,"...)
	}
	b = g.keep(b, "port", sp, sp+","+dp+",")
	if proto == "tcp" {
		b = append(b, "0,S"...)
		seq := g.num(100000000, 4294967295)
		b = g.keep(b, "counter", seq, ","+seq+",")
		b = append(b, ",64240,,mss;nop;wscale;sackOK;TS"...)
	} else {
		b = append(b, g.num(8, 512)...)
	}
	return Record{Line: b}
}

// wafLogs: AWS WAF (Developer Guide, Log fields for web ACL traffic and
// its log examples: timestamp in epoch milliseconds, webaclId ARN,
// terminatingRuleId, terminatingRuleMatchDetails with matchedData,
// httpRequest with clientIp, country, headers as {name, value} pairs, uri,
// args the raw query string, requestId; labels, ja3Fingerprint) in even
// streams; the ModSecurity v3 JSON audit log (SecAuditLogFormat JSON:
// transaction with client_ip, time_stamp, server_id, unique_id, request
// with headers as a map and the body, response, producer, messages with
// details.match echoing the matched value and details.data) in odd ones.
func (g *gen) wafLogs(st *streamState) Record {
	if st.variant%2 == 1 {
		return g.modsecJSON()
	}
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	ms := strconv.FormatInt(g.now.UnixMilli(), 10)
	g.keepAt("epoch", ms, `"timestamp":`+ms)
	b = jn(b, "timestamp", ms)
	b = jn(b, "formatVersion", "1")
	acct := g.cloudAccount()
	b = g.js(b, "webaclId", "arn:aws:wafv2:us-east-1:"+acct+":regional/webacl/prod-acl/"+g.uuid())
	rule := pick(g, []string{"Default_Action", "AWS-AWSManagedRulesSQLiRuleSet", "AWS-AWSManagedRulesCommonRuleSet", "RateLimit-Login"})
	b = g.js(b, "terminatingRuleId", rule)
	typ, action := "REGULAR", "BLOCK"
	switch rule {
	case "Default_Action":
		typ, action = "REGULAR", "ALLOW"
	case "RateLimit-Login":
		typ = "RATE_BASED"
	default:
		typ = "MANAGED_RULE_GROUP"
	}
	b = g.js(b, "terminatingRuleType", typ)
	b = g.js(b, "action", action)
	b = ja(b, "terminatingRuleMatchDetails")
	if typ == "MANAGED_RULE_GROUP" {
		b = jo(b, "")
		b = g.js(b, "conditionType", "SQL_INJECTION")
		b = g.js(b, "sensitivityLevel", "LOW")
		b = g.js(b, "location", "QUERY_STRING")
		b = ja(b, "matchedData")
		b = append(b, `"'","OR","1=1"]}`...)
	}
	b = append(b, ']')
	b = g.js(b, "httpSourceName", "ALB")
	b = g.js(b, "httpSourceId", acct+"-app/prod-alb/"+g.hexID(16))
	b = append(b, `,"ruleGroupList":[],"rateBasedRuleList":[],"nonTerminatingMatchingRules":[],"requestHeadersInserted":null,"responseCodeSent":null`...)
	b = jo(b, "httpRequest")
	ip, cat := g.clientIP()
	b = g.jp(b, "clientIp", cat, ip)
	b = g.js(b, "country", pick(g, []string{"US", "DE", "GB", "UA", "-"}))
	b = ja(b, "headers")
	host := pick(g, []string{"shop.example.com", "api.example.org"})
	hdr := func(name string) []byte {
		b = jo(b, "")
		b = g.js(b, "name", name)
		return jkey(b, "value")
	}
	b = hdr("Host")
	b = append(b, `"`+host+`"}`...)
	b = hdr("User-Agent")
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, '"')
	b = append(b, jsonEsc(ua)...)
	b = append(b, `"}`...)
	if g.pct(50) {
		b = hdr(pick(g, []string{"X-Forwarded-For", "x-forwarded-for"}))
		x, xc := g.clientIP()
		b = append(b, '"')
		b = g.plant(b, xc, x, "")
		if g.pct(40) {
			b = append(b, ", 10.0."+g.num(0, 9)+"."+g.num(2, 254)...)
		}
		b = append(b, `"}`...)
	}
	if g.pct(50) {
		b = hdr(pick(g, []string{"Cookie", "cookie"}))
		name, val := g.sessionCookie()
		b = append(b, `"`+name+"="...)
		b = g.plant(b, "secret", pctDecodeAll(val, false), val)
		b = append(b, `; lang=en-US"}`...)
	}
	if g.pct(35) {
		b = hdr(pick(g, []string{"Authorization", "authorization"}))
		b = append(b, '"')
		if g.pct(50) {
			b = append(b, "Bearer "...)
			b = g.plant(b, "jwt", g.jwt(g.uuid()), "")
		} else {
			b = append(b, "Basic "...)
			b = g.plant(b, "secret", g.chars(28, base62)+"==", "")
		}
		b = append(b, `"}`...)
	}
	b = append(b, ']')
	path := pick(g, []string{"/account/login", "/api/v1/users", "/search", "/checkout"})
	b = g.js(b, "uri", path)
	b = jkey(b, "args")
	b = append(b, '"')
	b = append(b, g.query(g.params(), false, nil)...)
	b = append(b, '"')
	b = g.js(b, "httpVersion", "HTTP/1.1")
	b = g.js(b, "httpMethod", pick(g, []string{"GET", "POST"}))
	b = g.jk(b, "requestId", "requestid", "1-"+strconv.FormatInt(g.now.Unix(), 16)+"-"+g.hexID(24))
	b = g.js(b, "fragment", "")
	b = g.js(b, "scheme", "https")
	b = g.js(b, "host", host)
	b = append(b, '}')
	b = ja(b, "labels")
	b = jo(b, "")
	b = g.js(b, "name", pick(g, []string{"awswaf:managed:aws:core-rule-set:NoUserAgent_Header", "awswaf:managed:aws:sql-database:SQLi_QueryArguments", "awswaf:managed:aws:anonymous-ip-list:HostingProviderIPList"}))
	b = append(b, "}]"...)
	b = g.jk(b, "ja3Fingerprint", "hash", g.hexID(32))
	if g.pct(50) {
		b = g.jk(b, "ja4Fingerprint", "hash", "t13d1516h2_"+g.hexID(12)+"_"+g.hexID(12))
	}
	return Record{Line: append(b, '}')}
}

func (g *gen) modsecJSON() Record {
	b := make([]byte, 0, 1800)
	b = append(b, '{')
	b = jo(b, "transaction")
	ip, cat := g.clientIP()
	b = g.jp(b, "client_ip", cat, ip)
	b = g.jk(b, "time_stamp", "timestamp", g.now.UTC().Format("Mon Jan _2 15:04:05 2006"))
	b = g.jk(b, "server_id", "hash", g.hexID(40))
	port := g.num(1024, 65535)
	g.keepAt("port", port, `"client_port":`+port)
	b = jn(b, "client_port", port)
	b = g.js(b, "host_ip", "10.0.1.20")
	b = jn(b, "host_port", "443")
	uid := strconv.FormatInt(g.now.Unix(), 10) + g.digits(3) + "." + g.digits(6)
	b = g.jk(b, "unique_id", "uniqueid", uid)
	b = jo(b, "request")
	method := pick(g, []string{"GET", "POST"})
	b = g.js(b, "method", method)
	b = jn(b, "http_version", "1.1")
	f, l := g.name()
	login := g.personLogin()
	email := g.email(f, l)
	var uri, matched string
	var matchedCat string
	switch g.rng.IntN(3) {
	case 0:
		uri = "/login?username=" + login + "%27+OR+1%3D1--"
		matched, matchedCat = login+"' OR 1=1--", "name"
		g.plantAt("name", login, "username="+login)
	case 1:
		enc := pctEnc(email, false, false)
		uri = "/newsletter?email=" + enc + "%3Cscript%3E"
		matched, matchedCat = email+"<script>", "email"
		g.plantAt("email", email, enc)
	default:
		uri = "/wp-login.php"
	}
	b = g.js(b, "uri", uri)
	body := ""
	if method == "POST" {
		pw := g.password()
		body = "log=" + pctEnc(login, true, false) + "&pwd=" + pctEnc(pw, true, false) + "&wp-submit=Log+In"
		g.plantAt("name", login, "log="+pctEnc(login, true, false))
		g.plantAt("secret", pw, jsonEsc(pctEnc(pw, true, false)))
	}
	b = g.js(b, "body", body)
	b = jo(b, "headers")
	host := pick(g, []string{"www.example.com", "blog.example.org"})
	b = g.js(b, "Host", host)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "User-Agent", ua)
	if g.pct(50) {
		name, val := g.sessionCookie()
		b = jkey(b, "Cookie")
		b = append(b, `"`+name+"="...)
		b = g.plant(b, "secret", pctDecodeAll(val, false), val)
		b = append(b, '"')
	}
	if g.pct(40) {
		x, xc := g.clientIP()
		b = g.jp(b, "X-Forwarded-For", xc, x)
	}
	if g.pct(30) {
		b = jkey(b, "Referer")
		e := g.email(f, l)
		b = append(b, `"https://`+host+`/account?email=`...)
		b = g.plant(b, "email", e, pctEnc(e, false, false))
		b = append(b, '"')
	}
	if method == "POST" {
		b = g.js(b, "Content-Type", "application/x-www-form-urlencoded")
		b = jn(b, "Content-Length", strconv.Itoa(len(body)))
	}
	b = append(b, "}}"...)
	code := pick(g, []string{"403", "200", "403"})
	b = jo(b, "response")
	b = g.js(b, "body", "")
	b = jn(b, "http_code", code)
	b = jo(b, "headers")
	b = g.js(b, "Server", "nginx")
	b = g.js(b, "Content-Type", "text/html")
	b = append(b, "}}"...)
	b = jo(b, "producer")
	b = g.jk(b, "modsecurity", "version", "ModSecurity v3.0.12 (Linux)")
	b = g.js(b, "connector", "ModSecurity-nginx v1.0.3")
	b = g.js(b, "secrules_engine", "Enabled")
	b = ja(b, "components")
	b = append(b, `"OWASP_CRS/4.3.0\""]}`...)
	b = ja(b, "messages")
	if matched != "" {
		b = jo(b, "")
		variable := "ARGS:username"
		if matchedCat == "email" {
			variable = "ARGS:email"
		}
		b = g.js(b, "message", pick(g, []string{"SQL Injection Attack Detected via libinjection", "XSS Attack Detected via libinjection"}))
		b = jo(b, "details")
		m := "Matched \"Operator `DetectSQLi' with parameter `' against variable `" + variable + "' (Value: `" + matched + "' )"
		b = g.js(b, "match", m)
		b = g.js(b, "reference", "v"+g.num(10, 90)+","+strconv.Itoa(len(matched)))
		ruleID := pick(g, []string{"942100", "941100"})
		b = g.jk(b, "ruleId", "counter", ruleID)
		b = g.js(b, "file", "/etc/nginx/modsec/coreruleset/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf")
		b = g.js(b, "lineNumber", g.num(40, 900))
		d := "Matched Data: s&1c found within " + variable + ": " + matched
		b = g.js(b, "data", d)
		g.plantAt(matchedCat, strings.SplitN(strings.SplitN(matched, "'", 2)[0], "<", 2)[0], jsonEsc(matched))
		b = g.js(b, "severity", "2")
		b = g.js(b, "ver", "OWASP_CRS/4.3.0")
		b = g.js(b, "rev", "")
		b = append(b, `,"tags":["application-multi","language-multi","platform-multi","attack-sqli","paranoia-level/1","OWASP_CRS"]`...)
		b = g.js(b, "maturity", "0")
		b = g.js(b, "accuracy", "0")
		b = append(b, "}}"...)
	}
	b = append(b, "]}}"...)
	return Record{Line: b}
}

// webErrors: nginx's error log (ngx_log_error: "yyyy/mm/dd hh:mm:ss
// [level] pid#tid: *connection message, client: IP, server: name,
// request: \"...\", upstream: \"...\", host: \"...\", referrer: \"...\"";
// open() failures, upstream timeouts, limit_req, auth_basic's user not
// found, password mismatch and missing credentials, FastCGI stderr with
// PHP messages, ModSecurity-nginx denials) in even streams; Apache HTTP
// Server 2.4's error log (ErrorLogFormat default: [time with microseconds]
// [module:level] [pid N:tid N] [client IP:port] AHnnnnn: message, with
// ", referer: ..." appended; mod_auth_basic AH01618/AH01617,
// mod_proxy_fcgi AH01071 with PHP messages, mod_authz_core AH01630,
// core AH00126, mod_authnz_ldap AH01695, the mpm's startup notice) in odd
// ones, and Apache 2.2's shorter form in one stream.
func (g *gen) webErrors(st *streamState) Record {
	if st.variant%2 == 1 {
		return g.apacheError(st)
	}
	b := make([]byte, 0, 600)
	t := g.now.UTC()
	b = g.keep(b, "timestamp", t.Format("2006/01/02 15:04:05"), "")
	pid := g.num(1000, 99999)
	conn := g.num(1, 999999)
	lvl := "error"
	ip, cat := g.clientIP()
	host := pick(g, []string{"example.com", "www.example.org", "api.example.net"})
	f, l := g.name()
	login := g.personLogin()
	path := g.path()
	var msg string
	req := "GET " + path + " HTTP/1.1"
	switch g.rng.IntN(8) {
	case 0:
		msg = `open() "/srv/www/` + host + path + `" failed (2: No such file or directory)`
		e := g.email(f, l)
		enc := pctEnc(e, false, false)
		req = "GET " + path + "?email=" + enc + " HTTP/1.1"
		g.plantAt("email", e, enc)
	case 1:
		msg = "upstream timed out (110: Connection timed out) while reading response header from upstream"
		req = "GET /api/v1/users/search?username=" + login + " HTTP/1.1"
		g.plantAt("name", login, "="+login+" ")
	case 2:
		lvl = "warn"
		msg = `limiting requests, excess: 0.` + g.digits(3) + ` by zone "one"`
	case 3:
		msg = `user "` + login + `" was not found in "/etc/nginx/.htpasswd"`
		g.plantAt("name", login, `"`+login+`"`)
	case 4:
		msg = `user "` + login + `": password mismatch`
		g.plantAt("name", login, `"`+login+`"`)
	case 5:
		msg = "no user/password was provided for basic authentication"
	case 6:
		e := g.email(f, l)
		msg = `FastCGI sent in stderr: "PHP message: PHP Warning:  Undefined array key "phone" in /var/www/html/register.php on line ` + g.num(10, 400) + `; PHP message: registration failed for ` + e + `" while reading response header from upstream`
		g.plantAt("email", e)
	default:
		uid := strconv.FormatInt(t.Unix(), 10) + g.digits(3) + "." + g.digits(6)
		e := g.email(f, l)
		msg = "[client " + ip + "] ModSecurity: Access denied with code 403 (phase 2). Matched \"Operator `Rx' with parameter `(?i)<script' against variable `ARGS:email' (Value: `" + e + "<script>' ) [file \"/etc/nginx/modsec/coreruleset/rules/REQUEST-941-APPLICATION-ATTACK-XSS.conf\"] [line \"" + g.num(40, 900) + "\"] [id \"941100\"] [rev \"\"] [msg \"XSS Attack Detected via libinjection\"] [severity \"2\"] [ver \"OWASP_CRS/4.3.0\"] [maturity \"0\"] [accuracy \"0\"] [hostname \"10.0.1.20\"] [uri \"/newsletter\"] [unique_id \"" + uid + "\"] [ref \"v21," + strconv.Itoa(len(e)+8) + "\"]"
		g.plantAt("email", e)
		g.keepAt("uniqueid", uid)
	}
	b = append(b, " ["+lvl+"] "...)
	b = g.keep(b, "counter", pid, pid+"#"+pid+": ")
	b = g.keep(b, "counter", conn, "*"+conn+" ")
	b = append(b, msg...)
	b = append(b, ", client: "...)
	b = g.plant(b, cat, ip, "")
	b = append(b, ", server: "+host+", request: \""+req+"\""...)
	if strings.HasPrefix(msg, "upstream") {
		up := "10.0.0." + g.num(2, 40) + ":8080"
		b = append(b, ", upstream: \"http://"+up+"/api/v1/users/search?username="+login+"\""...)
		g.plantAt("name", login, "="+login+"\"")
	}
	if strings.HasPrefix(msg, "FastCGI") {
		b = append(b, `, upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:"`...)
	}
	b = append(b, ", host: \""+host+"\""...)
	if g.pct(40) {
		b = append(b, ", referrer: \"https://"+host+"/account?user="...)
		rl := g.personLogin()
		b = g.plant(b, "name", rl, "")
		b = append(b, '"')
	}
	return Record{Line: b}
}

func (g *gen) apacheError(st *streamState) Record {
	b := make([]byte, 0, 500)
	t := g.now.UTC()
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	f, l := g.name()
	login := g.personLogin()
	old := st.variant == 5
	if old {
		b = append(b, '[')
		b = g.keep(b, "timestamp", t.Format("Mon Jan 02 15:04:05 2006"), "")
		b = append(b, "] [error] [client "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, "] "...)
		switch g.rng.IntN(3) {
		case 0:
			b = append(b, "user "...)
			b = g.plant(b, "name", login, "")
			b = append(b, " not found: /admin"...)
		case 1:
			b = append(b, "user "...)
			b = g.plant(b, "name", login, "")
			b = append(b, ": authentication failure for \"/private\": Password Mismatch"...)
		default:
			b = append(b, "File does not exist: /var/www/html/favicon.ico"...)
		}
		return Record{Line: b}
	}
	b = append(b, '[')
	b = g.keep(b, "timestamp", t.Format("Mon Jan 02 15:04:05.000000 2006"), "")
	b = append(b, "] "...)
	pid, tid := g.num(1000, 99999), g.num(139000000000000, 140999999999999)
	client := func(b []byte) []byte {
		b = append(b, " [client "...)
		b = g.plant(b, cat, ip, "")
		if cat == "ipv6" {
			// Apache writes the port after an IPv6 address without
			// brackets (2001:db8::1:51234): it reads as the address's
			// last group, and is left unlabelled.
			return append(b, ":"+port+"] "...)
		}
		return g.keep(b, "port", port, ":"+port+"] ")
	}
	mod := func(b []byte, m string) []byte {
		b = append(b, "["+m+"] "...)
		return g.keep(b, "counter", tid, "[pid "+pid+":tid "+tid+"]")
	}
	referer := false
	switch g.rng.IntN(10) {
	case 8:
		b = mod(b, "auth_digest:error")
		b = client(b)
		b = append(b, "AH01790: user `"...)
		b = g.plant(b, "name", login, "")
		b = append(b, "' in realm `Private' not found: /private/"...)
	case 9:
		// ModSecurity 2 (mod_security2) in Apache's error log: the data
		// action echoes the matched part and the whole argument.
		b = mod(b, "security2:error")
		b = client(b)
		uid := strconv.FormatInt(t.Unix(), 10) + g.digits(3) + "." + g.digits(6)
		b = append(b, "ModSecurity: Warning. detected SQLi using libinjection with fingerprint 's&sos' [file \"/usr/share/modsecurity-crs/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf\"] [line \""+g.num(40, 900)+"\"] [id \"942100\"] [msg \"SQL Injection Attack Detected via libinjection\"] [data \"Matched Data: "...)
		b = g.plant(b, "name", login, "")
		b = append(b, "' union select found within ARGS:username: "...)
		b = append(b, login...)
		b = append(b, "' union select 1--\"] [severity \"CRITICAL\"] [ver \"OWASP_CRS/3.3.5\"] [hostname \"www.example.com\"] [uri \"/login.php\"] [unique_id \""...)
		b = g.keep(b, "uniqueid", uid, "")
		b = append(b, "\"]"...)
	case 0:
		b = mod(b, "auth_basic:error")
		b = client(b)
		b = append(b, "AH01618: user "...)
		b = g.plant(b, "name", login, "")
		b = append(b, " not found: /admin"...)
	case 1:
		b = mod(b, "auth_basic:error")
		b = client(b)
		b = append(b, "AH01617: user "...)
		b = g.plant(b, "name", login, "")
		b = append(b, ": authentication failure for \"/\": Password Mismatch"...)
	case 2:
		b = mod(b, "proxy_fcgi:error")
		b = client(b)
		e := g.email(f, l)
		b = append(b, "AH01071: Got error 'PHP message: PHP Warning:  Undefined variable $phone in /var/www/html/signup.php on line "+g.num(10, 300)+"; PHP message: signup: duplicate account "...)
		b = g.plant(b, "email", e, "")
		b = append(b, "'"...)
		referer = true
	case 3:
		b = mod(b, "authz_core:error")
		b = client(b)
		b = append(b, "AH01630: client denied by server configuration: /var/www/html/.git/config"...)
	case 4:
		b = mod(b, "core:error")
		b = client(b)
		b = append(b, "AH00126: Invalid URI in request GET /..%2f..%2fetc/passwd HTTP/1.1"...)
	case 5:
		b = mod(b, "authnz_ldap:info")
		b = client(b)
		b = append(b, "AH01695: auth_ldap authenticate: user "...)
		b = g.plant(b, "name", login, "")
		b = append(b, " authentication failed; URI /private/ [ldap_search_ext_s() for user failed][No Such Object]"...)
	case 6:
		b = mod(b, "php:error")
		b = client(b)
		p := g.phone()
		b = append(b, "PHP Fatal error:  Uncaught InvalidArgumentException: invalid phone number "...)
		b = g.plant(b, "phone", p, "")
		b = append(b, " in /var/www/html/lib/Sms.php:"+g.num(10, 300)+"\\nStack trace:\\n#0 {main}\\n  thrown in /var/www/html/lib/Sms.php on line "+g.num(10, 300)...)
		referer = true
	default:
		b = mod(b, "mpm_event:notice")
		b = append(b, " AH00489: "...)
		b = g.keep(b, "version", "Apache/2.4.58", "")
		b = append(b, " (Ubuntu) "...)
		b = g.keep(b, "version", "OpenSSL/3.0.13", "")
		b = append(b, " configured -- resuming normal operations"...)
	}
	if referer && g.pct(70) {
		b = append(b, ", referer: https://www.example.com/signup?user="...)
		b = g.plant(b, "name", g.personLogin(), "")
	}
	return Record{Line: b}
}

// hostSec: fail2ban's log (fail2ban.filter's "Found IP - time" and
// fail2ban.actions' Ban, Unban and "Already banned" lines, with the jail in
// brackets), Sysmon events as Winlogbeat ships them (winlog.event_data of
// Event ID 1, process creation, with User, CommandLine, ParentUser,
// CurrentDirectory, Hashes, LogonId; Event ID 3, network connection, with
// SourceIp, SourceHostname, DestinationIp, ports), and Microsoft
// Exchange's message tracking log (the #Software/#Fields header, then
// CSV rows: date-time, client-ip, client-hostname, server-ip, ...,
// recipient-address, message-subject, sender-address, return-path,
// original-client-ip, ...). One product a stream.
func (g *gen) hostSec(st *streamState) Record {
	switch st.variant % 3 {
	case 0:
		return g.fail2ban()
	case 1:
		return g.sysmonJSON()
	}
	return g.exchangeTracking(st)
}

func (g *gen) fail2ban() Record {
	b := make([]byte, 0, 200)
	t := g.now.UTC()
	b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05")+","+g.digits(3), "")
	ip, cat := g.clientIP()
	pid := g.num(300, 9999)
	jail := pick(g, []string{"sshd", "nginx-http-auth", "postfix-sasl", "recidive", "apache-auth"})
	switch g.rng.IntN(4) {
	case 0:
		b = append(b, " fail2ban.filter         "...)
		b = g.keep(b, "counter", pid, "["+pid+"]: ")
		b = append(b, "INFO    ["+jail+"] Found "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " - "...)
		b = g.keep(b, "timestamp", t.Add(-time.Second).Format("2006-01-02 15:04:05"), "")
	case 1:
		b = append(b, " fail2ban.actions        "...)
		b = g.keep(b, "counter", pid, "["+pid+"]: ")
		b = append(b, "NOTICE  ["+jail+"] "+pick(g, []string{"Ban ", "Unban ", "Already banned "})...)
		b = g.plant(b, cat, ip, "")
	case 2:
		b = append(b, " fail2ban.observer       "...)
		b = g.keep(b, "counter", pid, "["+pid+"]: ")
		b = append(b, "INFO    [recidive] Found "...)
		b = g.plant(b, cat, ip, "")
		n := g.num(1, 9)
		b = append(b, ", bad - "+t.Format("2006-01-02 15:04:05")+", "+n+" # -> "+n+", Ban"...)
	default:
		b = append(b, " fail2ban.actions        "...)
		b = g.keep(b, "counter", pid, "["+pid+"]: ")
		b = append(b, "WARNING ["+jail+"] "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " already banned"...)
	}
	return Record{Line: b}
}

func (g *gen) sysmonJSON() Record {
	b := make([]byte, 0, 1600)
	t := g.now.UTC()
	login := g.personLogin()
	user := "CORP\\" + login
	host := "WS-" + g.num(1000, 9999) + ".corp.example.com"
	b = append(b, '{')
	b = g.jk(b, "@timestamp", "timestamp", t.Format("2006-01-02T15:04:05.000Z"))
	network := g.pct(35)
	id := "1"
	if network {
		id = "3"
	}
	b = jo(b, "event")
	b = g.js(b, "code", id)
	b = g.js(b, "provider", "Microsoft-Windows-Sysmon")
	b = g.js(b, "module", "sysmon")
	b = append(b, '}')
	b = jo(b, "winlog")
	b = g.js(b, "channel", "Microsoft-Windows-Sysmon/Operational")
	b = g.js(b, "computer_name", host)
	b = g.js(b, "event_id", id)
	b = g.jk(b, "record_id", "counter", g.num(100000, 99999999))
	b = g.js(b, "provider_guid", "{5770385f-c22a-43e0-bf4c-06f5698ffbd9}")
	b = jo(b, "user")
	b = g.js(b, "domain", "NT AUTHORITY")
	b = g.js(b, "identifier", "S-1-5-18")
	b = g.js(b, "name", "SYSTEM")
	b = append(b, '}')
	b = jo(b, "event_data")
	b = g.js(b, "RuleName", "-")
	b = g.jk(b, "UtcTime", "timestamp", t.Format("2006-01-02 15:04:05.000"))
	b = g.jk(b, "ProcessGuid", "uuid", "{"+g.uuid()+"}")
	b = g.jk(b, "ProcessId", "counter", g.num(1000, 65000))
	upn := jsonEsc(user)
	if network {
		b = g.js(b, "Image", `C:\Program Files\Mozilla Firefox\firefox.exe`)
		b = g.jf(b, "User", planted, "name", login, func(string) string { return user })
		g.plants[len(g.plants)-1].Forms = []string{upn}
		b = g.js(b, "Protocol", "tcp")
		b = g.js(b, "Initiated", "true")
		b = g.js(b, "SourceIsIpv6", "false")
		src := "10." + g.num(0, 255) + "." + g.num(0, 255) + "." + g.num(1, 254)
		b = g.jp(b, "SourceIp", "ipv4", src)
		b = g.js(b, "SourceHostname", host)
		sp := g.num(49152, 65535)
		b = g.jk(b, "SourcePort", "port", sp)
		b = g.js(b, "DestinationIsIpv6", "false")
		b = g.js(b, "DestinationIp", "198.51.100."+g.num(1, 254))
		b = g.js(b, "DestinationHostname", "-")
		b = g.js(b, "DestinationPort", "443")
		b = g.js(b, "DestinationPortName", "https")
	} else {
		var cmd, image string
		pw := g.password()
		switch g.rng.IntN(4) {
		case 0:
			image = `C:\Windows\System32\net.exe`
			// net user LOGIN PASSWORD /add also occurs; a bare
			// positional password is a known gap, not written here.
			cmd = "net user " + login + " /add /domain"
			g.plantAt("name", login, "user "+login+" ")
		case 1:
			image = `C:\Windows\System32\cmdkey.exe`
			cmd = `cmdkey /add:fs01.corp.example.com /user:CORP\` + login + " /pass:" + pw
			g.plantAt("secret", pw, jsonEsc("/pass:"+pw))
		case 2:
			image = `C:\Program Files\MySQL\MySQL Server 8.0\bin\mysql.exe`
			cmd = `"C:\Program Files\MySQL\MySQL Server 8.0\bin\mysql.exe" -u app -p` + pw + " -h db01 shop"
			g.plantAt("secret", pw, jsonEsc("-p"+pw))
		default:
			image = `C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe`
			cmd = `powershell.exe -NoProfile -File C:\Users\` + login + `\Documents\sync.ps1`
		}
		g.plantAt("name", login, jsonEsc(`\`+login))
		b = g.js(b, "Image", image)
		b = g.js(b, "FileVersion", "10.0.19041.3636 (WinBuild.160101.0800)")
		b = g.js(b, "Description", "Windows Command")
		b = g.js(b, "Company", "Microsoft Corporation")
		b = g.js(b, "CommandLine", cmd)
		b = g.js(b, "CurrentDirectory", `C:\Users\`+login+`\`)
		b = g.js(b, "User", user)
		b = g.jk(b, "LogonGuid", "uuid", "{"+g.uuid()+"}")
		b = g.jk(b, "LogonId", "hash", "0x"+g.hexID(6))
		b = g.js(b, "TerminalSessionId", "1")
		b = g.js(b, "IntegrityLevel", "High")
		b = g.jk(b, "Hashes", "hash", "SHA256="+strings.ToUpper(g.hexID(64)))
		b = g.jk(b, "ParentProcessGuid", "uuid", "{"+g.uuid()+"}")
		b = g.jk(b, "ParentProcessId", "counter", g.num(1000, 65000))
		b = g.js(b, "ParentImage", `C:\Windows\System32\cmd.exe`)
		b = g.js(b, "ParentCommandLine", `"C:\Windows\system32\cmd.exe" `)
		b = g.js(b, "ParentUser", user)
	}
	b = append(b, "}}}"...)
	return Record{Line: b}
}

var exchangeFields = "date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version"

func (g *gen) exchangeTracking(st *streamState) Record {
	switch st.n {
	case 0:
		return Record{Line: []byte("#Software: Microsoft Exchange Server"), Header: true}
	case 1:
		return Record{Line: []byte("#Version: 15.02.1258.012"), Header: true}
	case 2:
		return Record{Line: []byte("#Log-type: Message Tracking Log"), Header: true}
	case 3:
		return Record{Line: []byte("#Fields: " + exchangeFields), Header: true}
	}
	b := make([]byte, 0, 700)
	t := g.now.UTC()
	b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05.000Z"), "")
	incoming := g.pct(60)
	client, cat := g.clientIP()
	f1, l1 := g.name()
	f2, l2 := g.name()
	to, from := g.email(f1, l1), g.email(f2, l2)
	ev, src, conn := "DELIVER", "STOREDRIVER", ""
	if incoming {
		ev, src, conn = "RECEIVE", "SMTP", `EX01\Default Frontend EX01`
	}
	b = append(b, ',')
	if incoming {
		b = g.plant(b, cat, client, "")
		b = append(b, ",mail.example.net,10.0.0.5,EX01"...)
	} else {
		b = append(b, ",,,EX01"...)
	}
	b = append(b, ',')
	ctx := "08D" + strings.ToUpper(g.hexID(13))
	b = g.keep(b, "hash", ctx, "")
	b = append(b, ";"+t.Format("2006-01-02T15:04:05.000Z")+";0,"+conn+","+src+","+ev+","...)
	imid := g.num(100000000, 999999999) + g.digits(4)
	b = g.keep(b, "counter", imid, ","+imid+",")
	// The Message-ID (RFC 5322 msg-id, local@domain) reads as an e-mail
	// address without a key: unlabelled.
	b = append(b, "<"+g.hexID(16)+"@mail.example.net>,"...)
	b = g.keep(b, "uuid", g.uuid(), "")
	b = append(b, ',')
	b = g.plant(b, "email", to, "")
	b = append(b, ",250 2.1.5 Recipient OK,"...)
	size := g.num(2000, 9000000)
	b = g.keep(b, "bytes", size, ","+size+",1,")
	b = append(b, ",,"...)
	subj := pick(g, []string{"Quarterly report", "Re: Invoice 2026-11", "Meeting notes", "Out of office"})
	b = csvq(b, subj)
	b = append(b, ',')
	b = g.plant(b, "email", from, "")
	b = append(b, ',')
	b = g.plant(b, "email", from, "")
	b = append(b, ",,"...)
	if incoming {
		b = append(b, "Incoming,,"...)
		oc, ocat := g.clientIP()
		b = g.plant(b, ocat, oc, "")
	} else {
		b = append(b, "Originating,,"...)
	}
	b = append(b, ",10.0.0.5,S:DeliveryPriority=Normal;S:AccountForest=corp.example.com,Email,"...)
	b = g.keep(b, "uuid", g.uuid(), "")
	b = append(b, ",15.02.1258.012"...)
	return Record{Line: b}
}
