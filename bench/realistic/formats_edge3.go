package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Three more edge and gateway families:
//
//   - gcp_lb_json: Google Cloud external Application Load Balancer and
//     Cloud CDN request logs as a Log Router sink exports them (one
//     LogEntry a line): httpRequest (requestUrl with its query, remoteIp,
//     serverIp, referer, userAgent, latency as "0.012345s", sizes as
//     strings, cacheLookup/cacheHit/cacheValidatedWithOriginServer,
//     cacheFillBytes), jsonPayload LoadBalancerLogEntry (statusDetails,
//     cacheId, backendTargetProjectNumber, Cloud Armor's
//     enforcedSecurityPolicy with a rate limit's enforced-on key, and
//     securityPolicyRequestData with userIpInfo, remoteIpInfo and TLS
//     fingerprints), resource.labels, trace, spanId, insertId.
//   - azure_frontdoor_json: Azure Front Door resource logs as diagnostic
//     settings deliver them to an event hub or a storage account: one
//     {"records":[…]} object a line, one to three records in it; classic
//     Front Door's FrontdoorAccessLog (base64 tracking references),
//     Standard/Premium FrontDoorAccessLog and FrontDoorWebApplicationFirewallLog
//     (details.matches[] naming the matched variable and its value, data
//     quoting it again).
//   - swg_proxy_logs: secure web gateways, one product a stream: Cisco
//     Umbrella's proxy log and DNS log as its S3 export writes them (every
//     field quoted, no header, identities "Display Name (upn)" joined by
//     commas in one field), Symantec/Blue Coat ProxySG's main access log
//     in ELFF (#Software, #Version, #Date, #Fields header records,
//     space-separated, quoted when a value holds a space, "-" for empty,
//     cs-username as a login, DOMAIN\login, an e-mail address or an LDAP
//     DN), and a Zscaler NSS web feed in the tab-separated form the NSS
//     guidelines recommend (URL characters at or below 0x20 and at or
//     above 0x7F as %HH).
//
// Labels: client addresses (public ones; a gateway's own and its internal
// clients' RFC 1918 addresses are unlabelled, as vpc_flow's), logins,
// display names, e-mail addresses, device owners' names, session cookies
// and API keys, and what params plants in a URL's query are planted.
// Trace, span, insert, tracking and event ids, project numbers, rule ids,
// hashes, TLS fingerprints, ports, sizes, latencies and timestamps are
// look-alikes.

var gcpLBProjects = []string{"shop-prod-4821", "media-edge-prod", "acme-web-311207"}

// gcpLBEntry is one Cloud Load Balancing request log entry.
func (g *gen) gcpLBEntry(st *streamState) Record {
	b := append(make([]byte, 0, 2400), '{')
	proj := gcpLBProjects[st.variant%len(gcpLBProjects)]
	b = g.jk(b, "insertId", "requestid", g.chars(12+g.rng.IntN(3), lowerNum))
	b = jo(b, "jsonPayload")
	b = g.js(b, "@type", "type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry")
	projNum := g.num(1, 9) + g.digits(11)
	b = g.jk(b, "backendTargetProjectNumber", "counter", "projects/"+projNum)
	ip, cat := g.clientIP()
	cdn := st.variant%2 == 0
	status := pick(g, []string{"200", "200", "200", "304", "404", "403", "429"})
	details := "response_sent_by_backend"
	switch {
	case status == "403":
		details = "denied_by_security_policy"
	case status == "429":
		details = "denied_by_security_policy"
	case cdn && g.pct(50):
		details = "response_from_cache"
	}
	b = g.js(b, "statusDetails", details)
	if cdn {
		b = g.js(b, "cacheId", pick(g, []string{"FRA", "AMS", "LHR", "WAW", "CDG"})+"-"+g.hexID(8))
		b = append(ja(b, "cacheDecision"), `"RESPONSE_HAS_CONTENT_TYPE","REQUEST_HAS_IF_NONE_MATCH","CACHE_MODE_CACHE_ALL_STATIC"]`...)
	}
	if status == "403" || status == "429" || g.pct(25) {
		b = jo(b, "enforcedSecurityPolicy")
		if status == "429" {
			b = g.js(b, "name", "api-rate-limit")
			b = jn(b, "priority", "500")
			b = g.js(b, "configuredAction", "THROTTLE")
			b = g.js(b, "outcome", "DENY")
			b = jo(b, "rateLimitAction")
			// The key the rule counts on: the client's address, an
			// API key header or a session cookie, or ALL (empty key).
			switch g.rng.IntN(4) {
			case 0:
				b = g.jp(b, "key", cat, ip)
			case 1:
				b = g.jp(b, "key", "secret", g.token(40))
			case 2:
				_, v := g.sessionCookie()
				b = g.jp(b, "key", "secret", v)
			default:
				b = g.js(b, "key", "")
			}
			b = g.js(b, "outcome", "RATE_LIMIT_THRESHOLD_EXCEED")
			b = append(b, '}')
		} else {
			b = g.js(b, "name", "edge-waf-policy")
			b = jn(b, "priority", pick(g, []string{"1000", "2000", "2147483647"}))
			act := "ALLOW"
			if status == "403" {
				act = "DENY"
			}
			b = g.js(b, "configuredAction", act)
			b = g.js(b, "outcome", act)
			if act == "DENY" {
				b = append(ja(b, "preconfiguredExprIds"), `"owasp-crs-v030301-id942100-sqli"]`...)
				b = g.js(b, "matchedFieldType", "ARG_VALUES")
				b = g.js(b, "matchedFieldName", "q")
				// Up to 16 bytes of what matched: the attack, no person.
				b = g.js(b, "matchedFieldValue", "1' OR '1'='1")
				b = jn(b, "matchedOffset", "0")
				b = jn(b, "matchedLength", "12")
			}
		}
		b = append(b, '}')
	}
	b = jo(b, "securityPolicyRequestData")
	b = jo(b, "remoteIpInfo")
	b = jn(b, "asn", pick(g, []string{"3320", "5432", "2856", "15169"}))
	b = g.js(b, "regionCode", pick(g, []string{"DE", "PL", "GB", "FR"}))
	b = append(b, '}')
	if g.pct(30) {
		// The user's address taken from X-Forwarded-For (user_ip_request_headers).
		b = jo(b, "userIpInfo")
		b = g.js(b, "source", "X-Forwarded-For")
		u, uc := g.clientIP()
		b = g.jp(b, "ipAddress", uc, u)
		b = append(b, '}')
	}
	b = g.jk(b, "tlsJa3Fingerprint", "hash", g.hexID(32))
	b = g.jk(b, "tlsJa4Fingerprint", "hash", "t13d"+g.digits(4)+"h2_"+g.hexID(12)+"_"+g.hexID(12))
	b = append(b, "}}"...)

	b = jo(b, "httpRequest")
	b = g.js(b, "requestMethod", pick(g, []string{"GET", "GET", "GET", "POST", "HEAD"}))
	host := pick(g, edgeHosts)
	target := g.path()
	if g.pct(65) {
		target += "?" + g.query(g.params(), false, jsonEsc)
	}
	b = jkey(b, "requestUrl")
	b = append(b, `"https://`+host+jsonEsc(target)+`"`...)
	b = g.jk(b, "requestSize", "bytes", g.num(80, 4000))
	b = jn(b, "status", status)
	g.keepAt("status", status, `"status":`+status)
	b = g.jk(b, "responseSize", "bytes", g.num(200, 900000))
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "userAgent", ua)
	b = g.jp(b, "remoteIp", cat, ip)
	// The backend's address: a VM of the project's VPC, no person.
	b = g.js(b, "serverIp", g.privateIPv4())
	if g.pct(45) {
		ref := "https://" + pick(g, edgeHosts) + g.path()
		if g.pct(50) {
			ref += "?" + g.query(g.params(), false, jsonEsc)
		}
		b = jkey(b, "referer")
		b = append(b, `"`+jsonEsc(ref)+`"`...)
	}
	lat := "0." + g.digits(6) + "s"
	b = g.jk(b, "latency", "duration", lat)
	if cdn {
		b = append(b, `,"cacheLookup":true`...)
		if details == "response_from_cache" {
			b = append(b, `,"cacheHit":true`...)
			if g.pct(30) {
				b = append(b, `,"cacheValidatedWithOriginServer":true`...)
			}
		} else {
			b = g.jk(b, "cacheFillBytes", "bytes", g.num(200, 900000))
		}
	}
	b = g.js(b, "protocol", pick(g, []string{"HTTP/1.1", "HTTP/2.0", "h3"}))
	b = append(b, '}')

	b = jo(b, "resource")
	b = g.js(b, "type", "http_load_balancer")
	b = jo(b, "labels")
	b = g.js(b, "backend_service_name", "web-backend-"+strconv.Itoa(st.variant))
	b = g.js(b, "forwarding_rule_name", "fr-https-global")
	b = g.js(b, "project_id", proj)
	b = g.js(b, "target_proxy_name", "tp-https")
	b = g.js(b, "url_map_name", "um-web")
	b = g.js(b, "zone", "global")
	b = append(b, "}}"...)
	t := g.now.UTC()
	b = g.jk(b, "timestamp", "timestamp", t.Format("2006-01-02T15:04:05.000000Z"))
	sev := "INFO"
	if status == "403" || status == "429" {
		sev = "WARNING"
	}
	b = g.js(b, "severity", sev)
	b = g.js(b, "logName", "projects/"+proj+"/logs/requests")
	tr := g.hexID(32)
	b = g.jk(b, "trace", "requestid", "projects/"+proj+"/traces/"+tr)
	b = g.jk(b, "spanId", "requestid", g.hexID(16))
	b = g.jk(b, "receiveTimestamp", "timestamp", t.Add(1234567890).Format("2006-01-02T15:04:05.999999999Z"))
	return Record{Line: append(b, '}')}
}

// afdRecords is one delivery of Azure Front Door resource logs: a records
// array of one to three log entries.
func (g *gen) afdRecords(st *streamState) Record {
	b := append(make([]byte, 0, 5000), `{"records":[`...)
	n := 1 + g.rng.IntN(3)
	sub := g.uuid()
	for i := 0; i < n; i++ {
		b = jo(b, "")
		t := g.now.UTC().Add(-time.Duration(n-1-i) * 317 * time.Millisecond)
		b = g.jk(b, "time", "timestamp", t.Format("2006-01-02T15:04:05.0000000Z"))
		switch {
		case st.variant%3 == 0:
			b = g.fdClassic(b, sub)
		case g.pct(30):
			b = g.afdWAF(b, sub)
		default:
			b = g.afdStd(b, sub)
		}
		b = append(b, '}')
	}
	return Record{Line: append(b, "]}"...)}
}

// afdReq returns a request URI as Front Door logs it (scheme, host, port,
// path and the query as the client sent it), JSON-escaped.
func (g *gen) afdReq(host string) string {
	target := g.path()
	if g.pct(60) {
		target += "?" + g.query(g.params(), false, jsonEsc)
	}
	return "https://" + host + ":443" + target
}

func (g *gen) afdClient(b []byte, ipKey, sockKey string) []byte {
	ip, cat := g.clientIP()
	b = g.jp(b, ipKey, cat, ip)
	b = g.jk(b, "clientPort", "port", g.num(1024, 65535))
	if g.pct(25) {
		s, sc := g.clientIP()
		return g.jp(b, sockKey, sc, s)
	}
	return g.jp(b, sockKey, cat, ip)
}

// fdClassic is classic Front Door's FrontdoorAccessLog record.
func (g *gen) fdClassic(b []byte, sub string) []byte {
	g.keepAt("uuid", strings.ToUpper(sub))
	b = g.js(b, "resourceId", "/SUBSCRIPTIONS/"+strings.ToUpper(sub)+"/RESOURCEGROUPS/RG-FRONTDOOR/PROVIDERS/MICROSOFT.NETWORK/FRONTDOORS/FD-SHOP")
	b = g.js(b, "category", "FrontdoorAccessLog")
	b = g.js(b, "operationName", "Microsoft.Network/FrontDoor/AccessLog/Write")
	b = jo(b, "properties")
	b = g.jk(b, "trackingReference", "requestid", "0"+g.chars(31, base62+"+/")+"=")
	b = g.js(b, "httpMethod", pick(g, []string{"GET", "GET", "POST"}))
	b = g.js(b, "httpVersion", pick(g, []string{"1.1.0.0", "2.0.0.0"}))
	host := pick(g, edgeHosts)
	b = jkey(b, "requestUri")
	b = append(b, `"`+g.afdReq(host)+`"`...)
	b = g.jk(b, "requestBytes", "bytes", g.num(200, 4000))
	b = g.jk(b, "responseBytes", "bytes", g.num(400, 900000))
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "userAgent", ua)
	b = g.afdClient(b, "clientIp", "socketIp")
	b = g.jk(b, "timeTaken", "duration", "0."+g.digits(3))
	b = g.js(b, "securityProtocol", pick(g, []string{"TLS 1.2", "TLS 1.3", ""}))
	b = g.js(b, "routingRuleName", "rr-shop-https")
	b = append(ja(b, "rulesEngineMatchNames"), ']')
	b = g.js(b, "backendHostname", "shop-origin.example.com:443")
	b = append(b, `,"sentToOriginShield":false`...)
	status := pick(g, []string{"200", "200", "304", "404"})
	b = g.jk(b, "httpStatusCode", "status", status)
	b = g.js(b, "httpStatusDetails", status)
	b = g.js(b, "pop", pick(g, []string{"FRA", "AMS", "LHR"}))
	b = g.js(b, "cacheStatus", pick(g, []string{"HIT", "MISS", "PARTIAL_HIT", "CONFIG_NOCACHE"}))
	b = g.js(b, "ErrorInfo", "NoError")
	return append(b, '}')
}

// afdStd is Azure Front Door Standard/Premium's FrontDoorAccessLog record.
func (g *gen) afdStd(b []byte, sub string) []byte {
	g.keepAt("uuid", strings.ToUpper(sub))
	b = g.js(b, "resourceId", "/SUBSCRIPTIONS/"+strings.ToUpper(sub)+"/RESOURCEGROUPS/RG-EDGE/PROVIDERS/MICROSOFT.CDN/PROFILES/AFD-EDGE-PREMIUM")
	b = g.js(b, "category", "FrontDoorAccessLog")
	b = g.js(b, "operationName", "Microsoft.Cdn/Profiles/AccessLog/Write")
	b = jo(b, "properties")
	b = g.jk(b, "trackingReference", "requestid", g.now.UTC().Format("20060102T150405Z")+"-"+g.chars(16, lowerNum)+"00000000"+g.chars(8, lowerNum))
	b = g.js(b, "httpMethod", pick(g, []string{"GET", "GET", "POST", "OPTIONS"}))
	b = g.js(b, "httpVersion", pick(g, []string{"1.1.0.0", "2.0.0.0", "3.0.0.0"}))
	host := pick(g, edgeHosts)
	b = jkey(b, "requestUri")
	b = append(b, `"`+g.afdReq(host)+`"`...)
	b = g.js(b, "hostName", host)
	b = g.jk(b, "requestBytes", "bytes", g.num(200, 4000))
	b = g.jk(b, "responseBytes", "bytes", g.num(400, 900000))
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "userAgent", ua)
	b = g.afdClient(b, "clientIp", "socketIp")
	b = g.jk(b, "timeToFirstByte", "duration", "0.0"+g.digits(2))
	b = g.jk(b, "timeTaken", "duration", "0."+g.digits(3))
	b = g.js(b, "requestProtocol", "HTTPS")
	b = g.js(b, "securityProtocol", "TLS 1.3")
	status := pick(g, []string{"200", "200", "206", "304", "404"})
	b = g.jk(b, "httpStatusCode", "status", status)
	b = g.js(b, "httpStatusDetails", status)
	b = g.js(b, "pop", pick(g, []string{"FRA", "AMS", "WAW", "VIE"}))
	b = g.js(b, "cacheStatus", pick(g, []string{"HIT", "MISS", "REMOTE_HIT", "CONFIG_NOCACHE"}))
	b = g.js(b, "errorInfo", "NoError")
	b = g.js(b, "endpoint", "edge-"+g.chars(14, lowerNum)+".b01.azurefd.net")
	b = g.js(b, "originName", "origin-"+strconv.Itoa(g.rng.IntN(4))+".example.com:443")
	if g.pct(40) {
		ref := "https://" + host + g.path()
		if g.pct(50) {
			ref += "?" + g.query(g.params(), false, jsonEsc)
		}
		b = jkey(b, "referer")
		b = append(b, `"`+jsonEsc(ref)+`"`...)
	} else {
		b = g.js(b, "referer", "")
	}
	b = g.js(b, "clientCountry", pick(g, []string{"Germany", "Poland", "Austria"}))
	b = g.js(b, "sni", host)
	return append(b, '}')
}

// afdWAF is a FrontDoorWebApplicationFirewallLog record: the managed rule
// that matched, and in details the matched variable with its value.
func (g *gen) afdWAF(b []byte, sub string) []byte {
	g.keepAt("uuid", strings.ToUpper(sub))
	b = g.js(b, "resourceId", "/SUBSCRIPTIONS/"+strings.ToUpper(sub)+"/RESOURCEGROUPS/RG-EDGE/PROVIDERS/MICROSOFT.CDN/PROFILES/AFD-EDGE-PREMIUM")
	b = g.js(b, "category", "FrontDoorWebApplicationFirewallLog")
	b = g.js(b, "operationName", "Microsoft.Cdn/Profiles/Web/Write")
	b = jo(b, "properties")
	b = g.afdClient(b, "clientIP", "socketIP")
	host := pick(g, edgeHosts)
	// The matched variable: a query parameter holding an address or a
	// number, a session cookie, or the user agent.
	var name, val, cat, rule, msg string
	switch g.rng.IntN(3) {
	case 0:
		f, l := g.name()
		val, cat, name = g.email(f, l), "email", "QueryParamValue:email"
		if g.pct(50) {
			val, cat, name = g.phone(), "phone", "QueryParamValue:phone"
		}
		rule, msg = "Microsoft_DefaultRuleSet-2.1-SQLI-942440", "SQL Comment Sequence Detected"
		val += "'--"
	case 1:
		n, v := g.sessionCookie()
		val, cat, name = v, "secret", "CookieValue:"+n
		rule, msg = "Microsoft_DefaultRuleSet-2.1-PROTOCOL-ENFORCEMENT-920230", "Multiple URL Encoding Detected"
	default:
		val, name = "sqlmap/1.7.2#stable (https://sqlmap.org)", "RequestHeaderValue:User-Agent"
		g.keepAt("version", "1.7.2")
		rule, msg = "Microsoft_BotManagerRuleSet-1.0-BadBots-Bot100200", "Malicious Bot"
	}
	plain := strings.TrimSuffix(val, "'--")
	forms := []string{jsonEsc(plain)}
	req := "https://" + host + ":443/search"
	if strings.HasPrefix(name, "QueryParamValue:") {
		enc := pctEnc(plain, false, false)
		req += "?" + strings.TrimPrefix(name, "QueryParamValue:") + "=" + enc + "%27--"
		forms = append(forms, jsonEsc(enc))
	}
	b = jkey(b, "requestUri")
	b = append(b, `"`+jsonEsc(req)+`"`...)
	b = g.js(b, "ruleName", rule)
	b = g.js(b, "policy", "wafpolicyedge")
	b = g.js(b, "action", pick(g, []string{"Block", "Log", "AnomalyScoring"}))
	b = g.js(b, "host", host)
	b = g.jk(b, "trackingReference", "requestid", g.now.UTC().Format("20060102T150405Z")+"-"+g.chars(16, lowerNum)+"00000000"+g.chars(8, lowerNum))
	b = g.js(b, "policyMode", "prevention")
	b = jo(b, "details")
	b = append(ja(b, "matches"), '{')
	b = g.js(b, "matchVariableName", name)
	b = jkey(b, "matchVariableValue")
	b = append(b, `"`+jsonEsc(val)+`"`...)
	b = append(b, "}]"...)
	b = g.js(b, "msg", msg)
	data := "Matched Data: " + val + " found within " + name + ": " + val
	b = jkey(b, "data")
	b = append(b, `"`+jsonEsc(data)+`"`...)
	if cat != "" {
		g.plantAt(cat, plain, forms...)
	}
	return append(b, "}}"...)
}

// Umbrella identities: a user (display name and UPN), the roaming
// computer, the network; the first is the most granular.
func (g *gen) umbrellaIdentity() (most, all, mostType, allTypes string) {
	f, l := g.name()
	switch g.rng.IntN(4) {
	case 0, 1:
		e := strings.ToLower(ascii(f)) + "." + strings.ToLower(ascii(l)) + "@corp.example"
		disp := f + " " + l
		g.plantAt("name", disp)
		g.plantAt("email", e)
		most = disp + " (" + e + ")"
		if g.pct(50) {
			dev, owner := g.ownedDevice()
			g.plantAt("name", owner)
			return most, most + "," + dev + ",HQ Network", "AD Users", "AD Users,Roaming Computers,Networks"
		}
		return most, most + ",HQ Network", "AD Users", "AD Users,Networks"
	case 2:
		dev, owner := g.ownedDevice()
		g.plantAt("name", owner)
		return dev, dev + ",Branch Network", "Roaming Computers", "Roaming Computers,Networks"
	}
	return "HQ Network", "HQ Network", "Networks", "Networks"
}

// umbrellaProxy is one Umbrella proxy log row (S3 export).
func (g *gen) umbrellaProxy() Record {
	b := make([]byte, 0, 1400)
	t := g.now.UTC().Format("2006-01-02 15:04:05")
	g.keepAt("timestamp", t)
	b = csvq(b, t)
	_, all, _, allTypes := g.umbrellaIdentity()
	b = append(b, ',')
	b = csvq(b, all)
	b = append(b, ',')
	// The internal address: an RFC 1918 address of the office network.
	b = csvq(b, g.privateIPv4())
	ext, ec := g.clientIP()
	b = append(b, ',')
	b = csvq(b, ext)
	g.plantAt(ec, ext, `"`+ext+`"`)
	b = append(b, `,"`+g.ipv4()+`"`...) // the destination server: no person, unlabelled
	b = append(b, `,"text/html; charset=utf-8"`...)
	verdict := pick(g, []string{"ALLOWED", "ALLOWED", "BLOCKED"})
	b = append(b, `,"`+verdict+`",`...)
	url := "https://" + pick(g, []string{"www.example.net", "portal.example.org", "files.example.com"}) + g.path()
	if g.pct(60) {
		url += "?" + g.query(g.params(), false, func(s string) string { return strings.ReplaceAll(s, `"`, `""`) })
	}
	b = csvq(b, url)
	b = append(b, ',')
	if g.pct(40) {
		f, l := g.name()
		e := g.email(f, l)
		ref := "https://mail.example.com/inbox?to=" + pctEnc(e, false, false)
		g.plantAt("email", e, pctEnc(e, false, false))
		b = csvq(b, ref)
	} else {
		b = append(b, `""`...)
	}
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, ',')
	b = csvq(b, ua)
	status := pick(g, []string{"200", "200", "302", "403", "404"})
	b = g.keep(b, "status", status, `,"`+status+`"`)
	rq := g.num(100, 4000)
	b = g.keep(b, "bytes", rq, `,"`+rq+`"`)
	rs := g.num(200, 900000)
	b = g.keep(b, "bytes", rs, `,"`+rs+`"`)
	b = append(b, `,"`+rs+`","`...)
	b = g.keep(b, "hash", g.hexID(64), "")
	b = append(b, `","Business Services,Software/Technology","","","","","",`...)
	b = csvq(b, allTypes)
	b = append(b, `,""`...)
	rid := g.num(100000, 999999)
	b = g.keep(b, "counter", rid, `,"`+rid+`"`)
	rsid := g.num(10000000, 99999999)
	b = g.keep(b, "counter", rsid, `,"`+rsid+`"`)
	b = append(b, `,"","","","","PROXY_CHAINING","Umbrella","","",`...)
	b = csvq(b, pick(g, []string{"GET", "GET", "POST", "CONNECT"}))
	return Record{Line: b}
}

// umbrellaDNS is one Umbrella DNS log row (S3 export).
func (g *gen) umbrellaDNS() Record {
	b := make([]byte, 0, 700)
	t := g.now.UTC().Format("2006-01-02 15:04:05")
	g.keepAt("timestamp", t)
	b = csvq(b, t)
	most, all, mostType, allTypes := g.umbrellaIdentity()
	b = append(b, ',')
	b = csvq(b, most)
	b = append(b, ',')
	b = csvq(b, all)
	b = append(b, ',')
	b = csvq(b, g.privateIPv4())
	ext, ec := g.clientIP()
	b = append(b, ',')
	b = csvq(b, ext)
	g.plantAt(ec, ext, `"`+ext+`"`)
	b = append(b, `,"`+pick(g, []string{"Allowed", "Allowed", "Blocked"})+`",`...)
	qt := pick(g, []string{"1 (A)", "28 (AAAA)", "65 (HTTPS)", "16 (TXT)"})
	b = csvq(b, qt)
	b = append(b, `,"NOERROR",`...)
	b = csvq(b, pick(g, []string{"www.example.net.", "login.example.com.", "telemetry.example.org.", "_ldap._tcp.dc._msdcs.corp.example."}))
	b = append(b, `,"Software/Technology,Business Services",`...)
	b = csvq(b, mostType)
	b = append(b, ',')
	b = csvq(b, allTypes)
	b = append(b, `,""`...)
	rid := g.num(100000, 999999)
	b = g.keep(b, "counter", rid, `,"`+rid+`"`)
	b = append(b, `,"",`...)
	org := g.num(1000000, 9999999)
	b = g.keep(b, "counter", org, `"`+org+`"`)
	return Record{Line: b}
}

const proxySGFields = "#Fields: date time time-taken c-ip cs-username cs-auth-group x-exception-id sc-filter-result cs-categories cs(Referer) sc-status s-action cs-method rs(Content-Type) cs-uri-scheme cs-host cs-uri-port cs-uri-path cs-uri-query cs-uri-extension cs(User-Agent) s-ip sc-bytes cs-bytes x-virus-id"

// elff quotes an ELFF value that holds a space or a quote, "-" for empty.
func elff(s string) string {
	if s == "" {
		return "-"
	}
	if strings.ContainsAny(s, " \"") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

// proxySG is one ProxySG main access log record, or a header record at
// the start of the stream and again at the file roll.
func (g *gen) proxySG(st *streamState) Record {
	t := g.now.UTC()
	switch {
	case st.n == 0 || st.n == st.headerN:
		return Record{Line: []byte("#Software: SGOS 7.3.16.1"), Header: true}
	case st.n == 1 || st.n == st.headerN+1:
		return Record{Line: []byte("#Version: 1.0"), Header: true}
	case st.n == 2 || st.n == st.headerN+2:
		return Record{Line: []byte("#Date: " + t.Format("2006-01-02 15:04:05")), Header: true}
	case st.n == 3 || st.n == st.headerN+3:
		return Record{Line: []byte(proxySGFields), Header: true}
	}
	b := make([]byte, 0, 900)
	b = g.keep(b, "timestamp", t.Format("2006-01-02"), "")
	b = append(b, ' ')
	b = g.keep(b, "timestamp", t.Format("15:04:05"), "")
	b = append(b, ' ')
	b = append(b, g.num(1, 9000)...)
	b = append(b, ' ')
	if g.pct(30) {
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
	} else {
		b = append(b, g.privateIPv4()...) // an office workstation: unlabelled
	}
	b = append(b, ' ')
	auth := true
	switch g.rng.IntN(6) {
	case 0:
		b = append(b, `CORP\`...)
		b = g.plant(b, "name", g.personLogin(), "")
	case 1:
		f, l := g.name()
		b = g.plant(b, "email", strings.ToLower(ascii(f))+"."+strings.ToLower(ascii(l))+"@corp.example", "")
	case 2:
		f, l := g.name()
		b = append(b, `"cn=`...)
		b = g.plant(b, "name", f+" "+l, "")
		b = append(b, `,ou=Staff,dc=corp,dc=example"`...)
	case 3:
		b = g.plant(b, "name", g.personLogin(), "")
	default:
		auth = false
		b = append(b, '-')
	}
	b = append(b, ' ')
	if auth {
		grp := pick(g, []string{`"CORP\Domain Users"`, `CORP\Finance`, `"cn=Web Users,ou=Groups,dc=corp,dc=example"`})
		b = g.keep(b, "account", grp, "")
	} else {
		b = append(b, '-')
	}
	exc := pick(g, []string{"-", "-", "-", "policy_denied", "authentication_failed"})
	b = append(b, ' ')
	b = append(b, exc...)
	res := "OBSERVED"
	if exc != "-" {
		res = "DENIED"
	}
	b = append(b, " "+res+" "...)
	b = append(b, elff(pick(g, []string{"Technology/Internet", "Business/Economy", "Web Ads/Analytics", "Personal Sites"}))...)
	b = append(b, ' ')
	if g.pct(35) {
		ref := "https://" + pick(g, edgeHosts) + g.path()
		if g.pct(50) {
			ref += "?" + g.query(g.params(), false, nil)
		}
		b = append(b, elff(ref)...)
	} else {
		b = append(b, '-')
	}
	status := pick(g, []string{"200", "200", "304", "403", "407"})
	if exc != "-" {
		status = "403"
	}
	b = append(b, ' ')
	b = append(b, status...)
	b = append(b, ' ')
	b = append(b, pick(g, []string{"TCP_NC_MISS", "TCP_HIT", "TCP_TUNNELED", "TCP_DENIED"})...)
	b = append(b, ' ')
	b = append(b, pick(g, []string{"GET", "GET", "POST", "CONNECT"})...)
	b = append(b, ` "text/html;%20charset=utf-8" https `...)
	host := pick(g, []string{"www.example.net", "portal.example.org", "files.example.com"})
	b = append(b, host...)
	b = append(b, " 443 "...)
	p := g.path()
	b = append(b, p...)
	b = append(b, ' ')
	if g.pct(55) {
		b = append(b, '?')
		b = append(b, g.query(g.params(), false, nil)...)
	} else {
		b = append(b, '-')
	}
	ext := "-"
	if i := strings.LastIndexByte(p, '.'); i > 0 {
		ext = p[i+1:]
	}
	b = append(b, " "+ext+" "...)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, elff(ua)...)
	b = append(b, " 192.168.250.10 "...) // the proxy's own address
	b = g.keep(b, "bytes", g.num(300, 900000), "")
	b = append(b, ' ')
	b = g.keep(b, "bytes", g.num(200, 4000), "")
	b = append(b, " -"...)
	return Record{Line: b}
}

// nssURL encodes what the NSS guidelines say it encodes in URLs: bytes at
// or below 0x20 and at or above 0x7F.
func nssURL(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c >= 0x7f {
			b.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(c)>>4, 16)+strconv.FormatUint(uint64(c)&15, 16)))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// zscalerNSS is one Zscaler NSS web log record in a tab-separated feed
// output format: time, login, proto, url, action, appname, appclass,
// reqsize, respsize, urlclass, urlsupercat, urlcat, malwarecat,
// threatname, riskscore, dlpeng, dlpdict, location, dept, cip, sip,
// reqmethod, respcode, ua, ereferer, ruletype, rulelabel, contenttype,
// unscannabletype, deviceowner, devicehostname, recordid.
func (g *gen) zscalerNSS() Record {
	b := make([]byte, 0, 1200)
	t := g.now.UTC()
	ts := t.Format("Mon Jan 2 15:04:05 2006")
	b = g.keep(b, "timestamp", ts, "")
	b = append(b, '\t')
	switch g.rng.IntN(5) {
	case 0, 1, 2:
		f, l := g.name()
		b = g.plant(b, "email", strings.ToLower(ascii(f))+"."+strings.ToLower(ascii(l))+"@corp.example", "")
	case 3:
		b = g.plant(b, "email", g.personLogin()+"@corp.example", "")
	default:
		b = append(b, "Unknown"...) // unauthenticated (a location's traffic)
	}
	b = append(b, "\tHTTPS\t"...)
	host := pick(g, []string{"www.example.net", "portal.example.org", "files.example.com"})
	u := host + g.path()
	if g.pct(60) {
		u += "?" + g.query(g.params(), false, nssURL)
	}
	b = append(b, u...)
	act := pick(g, []string{"Allowed", "Allowed", "Blocked"})
	b = append(b, "\t"+act+"\tGeneral Browsing\tGeneral Browsing\t"...)
	b = g.keep(b, "bytes", g.num(200, 4000), "")
	b = append(b, '\t')
	b = g.keep(b, "bytes", g.num(300, 900000), "")
	b = append(b, "\tBusiness Use\tBusiness and Economy\tProfessional Services\tNone\tNone\t"...)
	b = append(b, g.num(0, 60)...)
	b = append(b, "\tNone\tNone\t"...)
	b = append(b, pick(g, []string{"Berlin Office", "Road Warrior", "Warsaw HQ"})...)
	b = append(b, '\t')
	b = append(b, pick(g, []string{"Finance", "Sales Department", "Service Admin"})...)
	b = append(b, '\t')
	if g.pct(40) {
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
	} else {
		b = append(b, g.privateIPv4()...) // a tunnelled office client: unlabelled
	}
	b = append(b, '\t')
	b = append(b, g.ipv4()...) // the server: no person, unlabelled
	b = append(b, '\t')
	b = append(b, pick(g, []string{"GET", "GET", "POST", "CONNECT"})...)
	status := pick(g, []string{"200", "200", "302", "403"})
	b = append(b, "\t"+status+"\t"...)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, ua...)
	b = append(b, '\t')
	if g.pct(35) {
		ref := "https://" + pick(g, edgeHosts) + g.path()
		if g.pct(50) {
			ref += "?" + g.query(g.params(), false, nssURL)
		}
		b = append(b, ref...)
	} else {
		b = append(b, "None"...)
	}
	b = append(b, "\tURL Filtering\tAllow Business Apps\ttext/html\tNone\t"...)
	if g.pct(50) {
		login := g.personLogin()
		b = g.plant(b, "name", login, "")
		b = append(b, '\t')
		dev, owner := g.ownedDevice()
		g.plantAt("name", owner)
		b = append(b, dev...)
	} else {
		b = append(b, "NA\tNA"...)
	}
	b = append(b, '\t')
	b = g.keep(b, "counter", g.num(1, 9)+g.digits(18), "")
	return Record{Line: b}
}

// swgProxy writes one secure web gateway record, one product a stream.
func (g *gen) swgProxy(st *streamState) Record {
	switch st.variant % 4 {
	case 0:
		return g.umbrellaProxy()
	case 1:
		return g.umbrellaDNS()
	case 2:
		return g.proxySG(st)
	}
	return g.zscalerNSS()
}
