package realistic

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// App telemetry, marketing attribution and identity events, one format
// each:
//
//   - datadog_logs: Datadog Log Management, *Reserved attributes* (host,
//     service, status, message, date) and *Standard attributes* (usr.id,
//     usr.name, usr.email, network.client.ip, http.url, http.method,
//     http.status_code, http.useragent, http.referer, http.request_id,
//     http.url_details, duration, dd.trace_id, dd.span_id), one shape a
//     stream: the JSON lines of a Log Archive (`_id`, `date`, `attributes`
//     nested), the Logs Search API v2 event (`GET /api/v2/logs/events`:
//     `id`, `type`, `attributes.attributes`) and the HTTP intake body
//     (`POST /api/v2/logs`: an array of logs with `ddsource`, `ddtags`,
//     `hostname` and the standard attributes as dotted flat keys, as
//     JSON loggers write them).
//   - auth0_logs: Auth0 Management API `GET /api/v2/logs` log objects
//     (date, type, description, connection, client_id, client_name, ip,
//     user_agent, details, hostname, user_id, user_name, strategy,
//     strategy_type, log_id, isMobile, location_info) with the event type
//     codes s, f, fp, fu, slo, ss, sapi, scp; in odd streams wrapped as a
//     Log Stream's custom webhook delivers them ({"log_id", "data"}).
//   - appsflyer_csv: AppsFlyer raw-data reports (Pull API, Data Locker):
//     the header row of the report's columns, then one installation or
//     in-app event a row, quoted where a value holds a comma or a quote
//     (Event Value is JSON, its quotes doubled).
//   - adjust_callbacks: Adjust's raw data callbacks (callback URLs with
//     the placeholders filled, values URL-encoded) as the receiving
//     server's nginx logs them (log_format combined).
//
// Advertising ids (Google's advertising id, Apple's IDFA) and the
// vendor-scoped IDFV and Android ID identify one device across time (and
// for the advertising ids across apps): personal data under the GDPR and
// the ePrivacy rules on terminal equipment, planted as device_id, as in
// amplitude_export. The ids an attribution vendor draws for one install
// (AppsFlyer ID, Adjust's adid) name an install of one app and are kept,
// as Amplitude's device_id and Mixpanel's $device_id are. Locations a
// vendor derives from the client's address (Auth0's location_info,
// AppsFlyer's City and Postal Code, Adjust's {city}) are left unlabelled,
// as in okta_json; a fix the app's own code logs (a custom Datadog
// attribute) is planted as geo.

var ddServices = [][3]string{ // service, source, host
	{"web-store", "nginx", "i-0a1b2c3d4e5f60718"},
	{"checkout-api", "python", "checkout-api-7d9f8b6c5-x2kqp"},
	{"auth-service", "go", "ip-10-0-12-34.ec2.internal"},
	{"mobile-bff", "nodejs", "mobile-bff-5c6d7e8f9-abcde"},
}

func (g *gen) ddTraceID() string {
	return strconv.FormatUint(g.rng.Uint64()>>1, 10)
}

// datadogLogs writes one log in the stream's shape.
func (g *gen) datadogLogs(st *streamState) Record {
	svc := pick(g, ddServices)
	first, last := g.name()
	email := g.email(first, last)
	ip, ipCat := g.clientIP()
	ua, uaVer := g.ua()
	if uaVer != "" {
		g.keepAt("version", uaVer)
	}
	uid, uidCat := g.saasUser(email)
	ver := "1." + g.num(0, 30) + "." + g.num(0, 9)
	g.keepAt("version", ver)
	reqID := g.uuid()
	g.keepAt("requestid", reqID)
	traceID, spanID := g.ddTraceID(), g.ddTraceID()
	g.keepAt("hash", traceID)
	g.keepAt("hash", spanID)
	status := pick(g, []string{"info", "info", "warn", "error"})
	code := pick(g, []string{"200", "200", "302", "401", "404", "500"})
	durNs := g.num(1000000, 900000000)
	g.keepAt("duration", durNs)
	// The request: a path whose query names the user in one case in three.
	path := g.path()
	var query, qKey, qVal, qCat string
	switch g.rng.IntN(6) {
	case 0:
		qKey, qVal, qCat = "email", email, "email"
	case 1:
		qKey, qVal, qCat = "phone", g.phone(), "phone"
	case 2:
		qKey, qVal, qCat = "page", g.num(2, 40), ""
	}
	if qKey != "" {
		enc := pctEnc(qVal, false, false)
		query = "?" + qKey + "=" + enc
		if qCat != "" {
			g.plantAt(qCat, qVal, enc)
		}
	}
	host := "www.example.com"
	url := "https://" + host + path + query
	referer := "https://" + host + "/"
	if g.pct(25) {
		referer = "https://mail.example.net/inbox?to=" + pctEnc(email, false, false)
		g.plantAt("email", email, pctEnc(email, false, false))
	}
	method := pick(g, []string{"GET", "POST"})
	// The message: the raw access line of a proxy, or the app's text.
	var msg string
	if svc[1] == "nginx" {
		msg = ip + " - - [" + g.clfTime() + "] \"" + method + " " + path + query + " HTTP/1.1\" " + code + " " + g.num(200, 90000) + " \"" + referer + "\" \"" + ua + "\""
		g.plantAt(ipCat, ip)
	} else {
		switch g.rng.IntN(4) {
		case 0:
			msg = "User " + email + " signed in"
			g.plantAt("email", email)
		case 1:
			msg = "Password reset requested for " + email + " from " + ip
			g.plantAt("email", email)
			g.plantAt(ipCat, ip)
		case 2:
			n := g.num(2, 12)
			msg = "Payment declined after " + n + " attempts (code card_declined)"
		default:
			msg = "Request completed in " + durNs[:len(durNs)-6] + " ms"
		}
	}
	withUser := g.pct(70)
	withGeo := svc[0] == "mobile-bff" && g.pct(60)
	lat := fmt.Sprintf("%.6f", 35+g.rng.Float64()*25)
	lon := fmt.Sprintf("%.6f", -10+g.rng.Float64()*40)
	ts := g.isoMilli(g.now)
	g.keepAt("timestamp", ts)
	tags := []string{"env:prod", "version:" + ver, "source:" + svc[1], "service:" + svc[0]}

	user := func(b []byte, flat bool) []byte {
		if !withUser {
			return b
		}
		k := func(s string) string {
			if flat {
				return "usr." + s
			}
			return s
		}
		if !flat {
			b = jo(b, "usr")
		}
		b = g.jUser(b, k("id"), uid, uidCat)
		b = g.jp(b, k("name"), "name", first+" "+last)
		b = g.jp(b, k("email"), "email", email)
		if !flat {
			b = append(b, '}')
		}
		return b
	}
	location := func(b []byte, flat bool) []byte {
		if !withGeo {
			return b
		}
		kl, ko := "lat", "lon"
		if flat {
			kl, ko = "device.location.lat", "device.location.lon"
		} else {
			b = jo(b, "device")
			b = jo(b, "location")
		}
		b = jn(b, kl, lat)
		b = jn(b, ko, lon)
		g.plantAt("geo", lat, `"`+kl+`":`+lat)
		g.plantAt("geo", lon, `"`+ko+`":`+lon)
		if !flat {
			b = append(b, '}', '}')
		}
		return b
	}
	nested := func(b []byte) []byte {
		b = user(b, false)
		b = jo(b, "network")
		b = jo(b, "client")
		b = g.jp(b, "ip", ipCat, ip)
		port := g.num(32768, 60999)
		b = jn(b, "port", port)
		g.keepAt("port", port, `"port":`+port)
		b = append(b, '}', '}')
		b = jo(b, "http")
		b = g.js(b, "url", url)
		b = g.js(b, "method", method)
		b = jn(b, "status_code", code)
		g.keepAt("status", code, `"status_code":`+code)
		b = g.js(b, "useragent", ua)
		b = g.js(b, "referer", referer)
		b = g.js(b, "request_id", reqID)
		b = jo(b, "url_details")
		b = g.js(b, "host", host)
		b = g.js(b, "path", path)
		if qKey != "" {
			b = jo(b, "queryString")
			if qCat != "" {
				b = g.jp(b, qKey, qCat, qVal)
			} else {
				b = g.js(b, qKey, qVal)
			}
			b = append(b, '}')
		}
		b = g.js(b, "scheme", "https")
		b = append(b, '}', '}')
		b = jn(b, "duration", durNs)
		b = jo(b, "dd")
		b = g.js(b, "trace_id", traceID)
		b = g.js(b, "span_id", spanID)
		b = append(b, '}')
		return location(b, false)
	}
	b := make([]byte, 0, 2400)
	switch st.variant % 3 {
	case 0: // Log Archives: one JSON log a line
		id := "AQAAAZ" + g.chars(26, b64url)
		b = append(b, '{')
		b = g.jk(b, "_id", "requestid", id)
		b = g.js(b, "date", ts)
		b = g.js(b, "host", svc[2])
		b = g.js(b, "service", svc[0])
		b = g.js(b, "source", svc[1])
		b = g.js(b, "status", status)
		b = g.js(b, "message", msg)
		b = ja(b, "tags")
		for i, t := range tags {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '"')
			b = append(b, t...)
			b = append(b, '"')
		}
		b = append(b, ']')
		b = jo(b, "attributes")
		b = nested(b)
		b = append(b, '}', '}')
	case 1: // Logs Search API v2: one element of "data"
		b = append(b, '{')
		b = jo(b, "attributes")
		b = jo(b, "attributes")
		b = nested(b)
		b = append(b, '}')
		b = g.js(b, "host", svc[2])
		b = g.js(b, "message", msg)
		b = g.js(b, "service", svc[0])
		b = g.js(b, "status", status)
		b = ja(b, "tags")
		for i, t := range tags {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '"')
			b = append(b, t...)
			b = append(b, '"')
		}
		b = append(b, ']')
		b = g.js(b, "timestamp", ts)
		b = append(b, '}')
		b = g.jk(b, "id", "requestid", "AQAAAZ"+g.chars(26, b64url))
		b = g.js(b, "type", "log")
		b = append(b, '}')
	default: // HTTP intake: an array of logs, standard attributes flat
		b = append(b, '[', '{')
		b = g.js(b, "ddsource", svc[1])
		b = g.js(b, "ddtags", strings.Join(tags[:2], ","))
		b = g.js(b, "hostname", svc[2])
		b = g.js(b, "service", svc[0])
		b = g.js(b, "status", status)
		b = g.js(b, "message", msg)
		b = g.js(b, "timestamp", ts)
		b = user(b, true)
		b = g.jp(b, "network.client.ip", ipCat, ip)
		b = g.js(b, "http.url", url)
		b = g.js(b, "http.method", method)
		b = jn(b, "http.status_code", code)
		g.keepAt("status", code, `"http.status_code":`+code)
		b = g.js(b, "http.useragent", ua)
		b = g.js(b, "http.referer", referer)
		b = g.js(b, "http.request_id", reqID)
		b = jn(b, "duration", durNs)
		b = g.js(b, "dd.trace_id", traceID)
		b = g.js(b, "dd.span_id", spanID)
		b = location(b, true)
		b = append(b, '}', ']')
	}
	return Record{Line: b}
}

// auth0Event is one event type: its code, description and whether a user
// is known.
var auth0Types = [][2]string{
	{"s", "Successful login"},
	{"f", "Wrong email or password."},
	{"fp", "Wrong email or password."},
	{"fu", "Wrong email or password."},
	{"slo", ""},
	{"ss", ""},
	{"sapi", "Update a User"},
	{"scp", "Password changed"},
}

var auth0Clients = []string{"My Shop (Web)", "My Shop iOS", "Admin Dashboard", "API Explorer Application"}

var auth0UAs = [][2]string{
	{"Chrome 131.0.0 / Mac OS X 10.15.7", "10.15.7"},
	{"Mobile Safari 17.6.0 / iOS 17.6.1", "17.6.1"},
	{"Firefox 133.0.0 / Windows 10.0.0", "10.0.0"},
	{"Chrome Mobile 131.0.6778 / Android 14.0.0", "131.0.6778"},
}

// auth0Identity returns a user id as Auth0 writes it, provider|subject:
// the tenant's database id (kept), or the subject a social provider
// issued (Google's 21 digits, GitHub's user number, Apple's
// 000123.hex.0456): one person's identifier across every site that signs
// in with that provider, planted as account_id.
func (g *gen) auth0Identity() (provider, subject string, personal bool) {
	switch g.rng.IntN(4) {
	case 0:
		return "google-oauth2", "1" + g.digits(20), true
	case 1:
		return "github", g.num(100000, 99999999), true
	case 2:
		return "apple", "00" + g.digits(4) + "." + g.hexID(32) + "." + g.digits(4), true
	}
	return "auth0", g.hexID(24), false
}

func (g *gen) auth0Logs(st *streamState) Record {
	ty := pick(g, auth0Types)
	first, last := g.name()
	email := g.email(first, last)
	ip, ipCat := g.clientIP()
	ua := pick(g, auth0UAs)
	g.keepAt("version", ua[1])
	prov, sub, personal := g.auth0Identity()
	if ty[0] == "fp" || ty[0] == "fu" || ty[0] == "ss" || ty[0] == "scp" {
		prov, sub, personal = "auth0", g.hexID(24), false
	}
	userID := prov + "|" + sub
	label := func(form string) {
		if personal {
			g.plantAt("account_id", sub, form)
		} else {
			g.keepAt("hash", sub)
		}
	}
	tenant := pick(g, []string{"example", "acme-prod", "shop-eu"})
	hostname := tenant + "." + pick(g, []string{"us", "eu"}) + ".auth0.com"
	clientID := g.chars(32, base62)
	g.keepAt("hash", clientID)
	conn, strat, stype := "Username-Password-Authentication", "auth0", "database"
	if prov != "auth0" {
		conn, strat, stype = prov, prov, "social"
	}
	logID := "900" + g.now.UTC().Format("20060102150405") + g.digits(39)
	g.keepAt("uniqueid", logID)
	ts := g.isoMilli(g.now)
	g.keepAt("timestamp", ts)

	b := make([]byte, 0, 2600)
	b = append(b, '{')
	if st.variant%2 == 1 {
		b = g.js(b, "log_id", logID)
		b = jo(b, "data")
	}
	b = g.js(b, "date", ts)
	b = g.js(b, "type", ty[0])
	b = g.js(b, "description", ty[1])
	if ty[0] != "sapi" {
		b = g.js(b, "connection", conn)
		cid := "con_" + g.chars(16, base62)
		g.keepAt("hash", cid)
		b = g.js(b, "connection_id", cid)
	}
	b = g.js(b, "client_id", clientID)
	b = g.js(b, "client_name", pick(g, auth0Clients))
	b = g.jp(b, "ip", ipCat, ip)
	b = g.js(b, "user_agent", ua[0])
	b = jo(b, "details")
	sessionID := g.chars(32, b64url)
	switch ty[0] {
	case "s":
		el := g.num(300, 9000)
		ini := strconv.FormatInt(g.now.UnixMilli()-int64(g.rng.IntN(9000)), 10)
		b = ja(b, "prompts")
		b = jo(b, "")
		b = g.js(b, "name", "login")
		b = jn(b, "initiatedAt", ini)
		g.keepAt("epoch", ini)
		b = jn(b, "completedAt", strconv.FormatInt(g.now.UnixMilli(), 10))
		b = g.js(b, "connection", conn)
		b = g.js(b, "strategy", strat)
		if !personal {
			b = g.js(b, "identity", sub)
			label(`"identity":"` + sub + `"`)
		}
		n := g.num(1, 400)
		b = jo(b, "stats")
		b = jn(b, "loginsCount", n)
		g.keepAt("counter", n, `"loginsCount":`+n)
		b = append(b, '}')
		b = jn(b, "elapsedTime", el)
		g.keepAt("duration", el, `"elapsedTime":`+el)
		b = append(b, '}', ']')
		b = g.jp(b, "session_id", "secret", sessionID)
	case "f", "fp", "fu":
		b = jo(b, "error")
		b = g.js(b, "message", ty[1])
		b = append(b, '}')
	case "slo":
		b = g.js(b, "return_to", "https://shop.example.com/")
		b = ja(b, "allowed_logout_url")
		b = append(b, `"https://shop.example.com/"]`...)
		b = g.jp(b, "session_id", "secret", sessionID)
	case "ss":
		b = jo(b, "body")
		b = g.js(b, "tenant", tenant)
		b = g.js(b, "client_id", clientID)
		b = g.js(b, "connection", conn)
		b = g.jp(b, "email", "email", email)
		b = g.js(b, "password", "*****")
		if g.pct(50) {
			b = jo(b, "user_metadata")
			b = g.jp(b, "given_name", "name", first)
			b = g.jp(b, "family_name", "name", last)
			b = g.jp(b, "phone", "phone", g.phone())
			b = append(b, '}')
		}
		b = append(b, '}')
	case "sapi":
		b = jo(b, "request")
		b = g.js(b, "method", "patch")
		enc := pctEnc(userID, false, false)
		b = g.js(b, "path", "/api/v2/users/"+enc)
		label(enc)
		b = jo(b, "query")
		b = append(b, '}')
		b = g.js(b, "userAgent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")
		b = jo(b, "body")
		phone := g.e164()
		b = g.jp(b, "phone_number", "phone", phone)
		b = jo(b, "user_metadata")
		b = g.jp(b, "full_name", "name", first+" "+last)
		b = append(b, '}', '}')
		b = g.js(b, "channel", "https://manage.auth0.com/")
		adminIP, adminCat := g.clientIP()
		b = g.jp(b, "ip", adminCat, adminIP)
		b = jo(b, "auth")
		b = jo(b, "user")
		af, al := g.name()
		aEmail := g.email(af, al)
		adminID := g.hexID(24)
		g.keepAt("hash", adminID)
		b = g.js(b, "user_id", "auth0|"+adminID)
		b = g.jp(b, "name", "email", aEmail)
		b = g.jp(b, "email", "email", aEmail)
		b = append(b, '}')
		b = g.js(b, "strategy", "jwt")
		b = jo(b, "credentials")
		jti := g.hexID(32)
		g.keepAt("hash", jti)
		b = g.js(b, "jti", jti)
		b = append(b, '}', '}', '}')
		b = jo(b, "response")
		b = jn(b, "statusCode", "200")
		b = jo(b, "body")
		b = g.js(b, "user_id", userID)
		label(`"user_id":"` + userID + `"`)
		b = g.jp(b, "email", "email", email)
		b = g.jp(b, "name", "name", first+" "+last)
		b = g.jp(b, "phone_number", "phone", phone)
		b = append(b, '}', '}')
	case "scp":
		b = g.js(b, "email", email)
		g.plantAt("email", email)
	}
	b = append(b, '}')
	b = g.js(b, "hostname", hostname)
	if ty[0] != "fu" && ty[0] != "sapi" {
		b = g.js(b, "user_id", userID)
		label(`"user_id":"` + userID + `"`)
	}
	if ty[0] != "sapi" {
		b = g.jp(b, "user_name", "email", email)
		b = g.js(b, "strategy", strat)
		b = g.js(b, "strategy_type", stype)
	}
	if st.variant%2 == 0 {
		b = g.js(b, "log_id", logID)
	}
	b = append(jkey(b, "isMobile"), "false"...)
	geo := pick(g, saasPostal)
	b = jo(b, "location_info")
	b = g.js(b, "country_code", geo[3])
	b = g.js(b, "city_name", geo[0])
	b = jn(b, "latitude", fmt.Sprintf("%.4f", 40+g.rng.Float64()*15))
	b = jn(b, "longitude", fmt.Sprintf("%.4f", -10+g.rng.Float64()*40))
	b = g.js(b, "time_zone", "Europe/Berlin")
	b = g.js(b, "continent_code", "EU")
	b = append(b, '}')
	if st.variant%2 == 1 {
		b = append(b, '}')
	}
	return Record{Line: append(b, '}')}
}

// AppsFlyer raw-data report columns, in the reports' order.
var afColumns = []string{"Attributed Touch Type", "Attributed Touch Time", "Install Time", "Event Time", "Event Name", "Event Value", "Event Revenue", "Event Revenue Currency", "Event Revenue USD", "Event Source", "Is Receipt Validated", "Partner", "Media Source", "Channel", "Keywords", "Campaign", "Campaign ID", "Adset", "Adset ID", "Ad", "Ad ID", "Ad Type", "Site ID", "Sub Site ID", "Sub Param 1", "Sub Param 2", "Sub Param 3", "Sub Param 4", "Sub Param 5", "Cost Model", "Cost Value", "Cost Currency", "Contributor 1 Partner", "Contributor 1 Media Source", "Contributor 1 Campaign", "Contributor 1 Touch Type", "Contributor 1 Touch Time", "Region", "Country Code", "State", "City", "Postal Code", "DMA", "IP", "WIFI", "Operator", "Carrier", "Language", "AppsFlyer ID", "Advertising ID", "IDFA", "Android ID", "Customer User ID", "IMEI", "IDFV", "Platform", "Device Type", "OS Version", "App Version", "SDK Version", "App ID", "App Name", "Bundle ID", "Is Retargeting", "Retargeting Conversion Type", "Attribution Lookback", "Reengagement Window", "Is Primary Attribution", "User Agent", "HTTP Referrer", "Original URL"}

var afCampaigns = [][3]string{ // media source, campaign, channel
	{"googleadwords_int", "US_iOS_Install_Q4", "ACI_Youtube"},
	{"Facebook Ads", "DE_Android_Retargeting_BlackFriday", "Instagram"},
	{"tiktokglobal_int", "UK_AllOS_Spark_2026", ""},
	{"organic", "", ""},
}

func (g *gen) appsFlyerCSV(st *streamState) Record {
	if st.n == 0 {
		var b []byte
		for i, c := range afColumns {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, c...)
		}
		return Record{Line: b, Header: true}
	}
	first, last := g.name()
	email := g.email(first, last)
	ip, ipCat := g.clientIP()
	camp := pick(g, afCampaigns)
	android := g.pct(50)
	geo := pick(g, saasPostal)
	install := g.now.Add(-time.Duration(g.rng.IntN(86400*20)) * time.Second)
	touch := install.Add(-time.Duration(g.rng.IntN(3600)) * time.Second)
	tf := "2006-01-02 15:04:05"
	event := pick(g, []string{"install", "af_purchase", "af_complete_registration", "af_login"})
	vals := make([]string, len(afColumns))
	num := func(i int, cat, s string) { vals[i] = s; g.keepAt(cat, s, ","+s+",") }
	for i, c := range afColumns {
		switch c {
		case "Attributed Touch Type":
			if camp[0] != "organic" {
				vals[i] = pick(g, []string{"click", "impression"})
			}
		case "Attributed Touch Time":
			if camp[0] != "organic" {
				vals[i] = touch.UTC().Format(tf)
				g.keepAt("timestamp", vals[i])
			}
		case "Install Time":
			vals[i] = install.UTC().Format(tf)
			g.keepAt("timestamp", vals[i])
		case "Event Time":
			if event == "install" {
				vals[i] = vals[i-1]
			} else {
				vals[i] = g.now.UTC().Format(tf)
				g.keepAt("timestamp", vals[i])
			}
		case "Event Name":
			vals[i] = event
		case "Event Value":
			switch event {
			case "af_purchase":
				vals[i] = `{"af_revenue":"9.99","af_currency":"USD","af_content_id":"sku_` + g.num(1000, 9999) + `","af_quantity":"1"}`
			case "af_complete_registration":
				vals[i] = `{"af_registration_method":"email","email":"` + email + `"}`
				g.plantAt("email", email)
			case "af_login":
				ph := g.e164()
				vals[i] = `{"method":"sms","phone":"` + ph + `"}`
				g.plantAt("phone", ph)
			}
		case "Event Revenue", "Event Revenue USD":
			if event == "af_purchase" {
				num(i, "counter", "9.99")
			}
		case "Event Revenue Currency":
			if event == "af_purchase" {
				vals[i] = "USD"
			}
		case "Event Source":
			vals[i] = "SDK"
		case "Is Receipt Validated", "Is Retargeting":
			vals[i] = "false"
		case "Media Source":
			vals[i] = camp[0]
		case "Channel":
			vals[i] = camp[2]
		case "Campaign":
			vals[i] = camp[1]
			if camp[1] != "" {
				g.keepAt("lookalike", camp[1])
			}
		case "Campaign ID", "Adset ID", "Ad ID":
			if camp[0] != "organic" {
				num(i, "counter", g.num(1, 9)+g.digits(10))
			}
		case "Adset":
			if camp[0] != "organic" {
				vals[i] = pick(g, []string{"broad_18-34", "lookalike_1pct", "interest_sneakers"})
			}
		case "Site ID":
			if camp[0] != "organic" {
				vals[i] = pick(g, []string{"com.example.game", "1234567890", "youtube.com"})
			}
		case "Cost Model":
			if camp[0] != "organic" {
				vals[i] = "CPI"
			}
		case "Region":
			vals[i] = map[string]string{"US": "NA", "GB": "EU", "DE": "EU", "FR": "EU", "UA": "EU"}[geo[3]]
		case "Country Code":
			vals[i] = geo[3]
		case "State":
			vals[i] = geo[1]
		case "City":
			vals[i] = geo[0]
		case "Postal Code":
			vals[i] = geo[2]
		case "IP":
			vals[i] = ip
			g.plantAt(ipCat, ip)
		case "WIFI":
			vals[i] = pick(g, []string{"true", "false"})
		case "Carrier", "Operator":
			vals[i] = pick(g, []string{"Vodafone", "T-Mobile", "O2", ""})
		case "Language":
			vals[i] = pick(g, []string{"English", "Deutsch", "en-US"})
		case "AppsFlyer ID":
			vals[i] = strconv.FormatInt(install.UnixMilli(), 10) + "-" + g.digits(19)
			g.keepAt("uniqueid", vals[i])
		case "Advertising ID":
			if android {
				vals[i] = g.uuid()
				g.plantAt("device_id", vals[i])
			}
		case "IDFA":
			if !android && g.pct(40) { // ATT: most iOS users decline
				vals[i] = strings.ToUpper(g.uuid())
				g.plantAt("device_id", vals[i])
			}
		case "Android ID":
			if android && g.pct(30) {
				vals[i] = g.hexID(16)
				g.plantAt("device_id", vals[i])
			}
		case "IDFV":
			if !android {
				vals[i] = strings.ToUpper(g.uuid())
				g.plantAt("device_id", vals[i])
			}
		case "Customer User ID":
			if event != "install" {
				id, cat := g.saasUser(email)
				vals[i] = id
				if cat == "email" || cat == "name" {
					g.plantAt(cat, id)
				} else {
					g.keepAt(cat, id, ","+id+",")
				}
			}
		case "Platform":
			vals[i] = map[bool]string{true: "android", false: "ios"}[android]
		case "Device Type":
			vals[i] = map[bool]string{true: "SM-S911B", false: "iPhone15,2"}[android]
		case "OS Version":
			vals[i] = map[bool]string{true: "14", false: "17.6.1"}[android]
		case "App Version":
			vals[i] = "4." + g.num(0, 20) + "." + g.num(0, 9)
			g.keepAt("version", vals[i], ","+vals[i]+",")
		case "SDK Version":
			vals[i] = "v6.15." + g.num(0, 3)
		case "App ID":
			vals[i] = map[bool]string{true: "com.example.shop", false: "id1" + g.digits(9)}[android]
		case "App Name":
			vals[i] = "Example Shop"
		case "Bundle ID":
			vals[i] = "com.example.shop"
		case "Attribution Lookback":
			if camp[0] != "organic" {
				vals[i] = "7d"
			}
		case "Is Primary Attribution":
			vals[i] = "true"
		case "User Agent":
			if android {
				vals[i] = "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"
			} else {
				vals[i] = "Example%20Shop/4312 CFNetwork/1496.0.7 Darwin/23.5.0"
			}
		case "Original URL":
			if camp[0] != "organic" {
				vals[i] = "https://app.appsflyer.com/com.example.shop?pid=" + pctEnc(camp[0], false, false) + "&c=" + camp[1] + "&af_siteid=" + g.num(100, 999) + "&clickid=" + g.hexID(24)
			}
		}
	}
	var b []byte
	for i, v := range vals {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, csvField(v)...)
	}
	return Record{Line: b}
}

// adjustCallbacks writes an nginx combined line of an Adjust raw data
// callback, the callback URL's placeholders filled and URL-encoded.
func (g *gen) adjustCallbacks(st *streamState) Record {
	first, last := g.name()
	email := g.email(first, last)
	ip, ipCat := g.clientIP()
	android := g.pct(55)
	geo := pick(g, saasPostal)
	kind := pick(g, []string{"install", "session", "event", "event"})
	b := make([]byte, 0, 1400)
	b = append(b, pick(g, []string{"185.151.204.", "178.162.200."})...)
	b = append(b, g.num(1, 254)...)
	b = append(b, " - - ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	b = append(b, "] \"GET /callbacks/adjust?activity_kind="...)
	b = append(b, kind...)
	p := func(k, v string) { b = append(b, '&'); b = append(b, k...); b = append(b, '='); b = append(b, v...) }
	pp := func(k, cat, v string) {
		enc := pctEnc(v, false, false)
		p(k, enc)
		g.plantAt(cat, v, enc)
	}
	// Adjust's own device id: an install's, unlabelled (Amplitude's
	// export writes Google's advertising id under the same key).
	p("adid", g.hexID(32))
	if android {
		pp("gps_adid", "device_id", g.uuid())
		p("idfa", "")
		p("idfv", "")
	} else {
		p("gps_adid", "")
		if g.pct(40) {
			pp("idfa", "device_id", strings.ToUpper(g.uuid()))
		} else {
			p("idfa", "")
		}
		pp("idfv", "device_id", strings.ToUpper(g.uuid()))
	}
	pp("ip_address", ipCat, ip)
	p("country", strings.ToLower(geo[3]))
	p("city", pctEnc(geo[0], false, false))
	p("postal_code", pctEnc(geo[2], false, false))
	tracker := g.chars(6, "abcdefghijklmnopqrstuvwxyz0123456789")
	p("tracker", tracker)
	p("tracker_name", pctEnc(pick(g, []string{"Organic", "Google Ads ACI::US_Install_Q4::Broad::Video 15s", "Facebook Installs::DE_Retargeting::Lookalike 1%::Carousel"}), false, false))
	created := strconv.FormatInt(g.now.Unix(), 10)
	installed := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(86400*30)), 10)
	p("created_at", created)
	g.keepAt("epoch", created, "created_at="+created)
	p("installed_at", installed)
	g.keepAt("epoch", installed, "installed_at="+installed)
	ver := "4." + g.num(0, 20) + "." + g.num(0, 9)
	p("app_version", ver)
	g.keepAt("version", ver, "app_version="+ver)
	if android {
		p("os_name", "android")
		p("os_version", "14")
		p("device_name", "SM-S911B")
	} else {
		p("os_name", "ios")
		p("os_version", "17.6.1")
		p("device_name", "iPhone15%2C2")
	}
	if kind == "event" {
		tok := g.chars(6, "abcdefghijklmnopqrstuvwxyz0123456789")
		p("event", tok)
		p("event_name", pick(g, []string{"purchase", "sign_up", "add_to_cart"}))
		rev := pick(g, []string{"9.99", "19.99", "0"})
		p("revenue", rev)
		p("currency", "EUR")
	}
	rnd := g.num(10000, 99999)
	p("random", rnd)
	g.keepAt("counter", rnd, "random="+rnd)
	// The app's own callback parameters (Adjust's callback_params).
	switch g.rng.IntN(3) {
	case 0:
		pp("user_email", "email", email)
	case 1:
		uid := g.num(10000, 9999999)
		p("user_id", uid)
		g.keepAt("counter", uid, "user_id="+uid)
	}
	b = append(b, " HTTP/1.1\" 200 0 \"-\" \"Go-http-client/1.1\""...)
	return Record{Line: b}
}
