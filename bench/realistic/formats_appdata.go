package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
	"time"
)

// Held-out application-data formats: product analytics pipelines, customer
// engagement platforms, identity providers' user records and databases'
// own logs, each written from its vendor's documentation:
//
//   - snowplow_enriched: Snowplow's enriched event TSV (docs.snowplow.io,
//     "Enriched stream TSV file format" and the canonical event model):
//     131 columns, no header; contexts and unstruct_event as JSON in a
//     cell; the submit_form event's elements as name/value pairs.
//   - posthog_braze: PostHog events as its batch export writes them
//     (properties with $ip, $set, $current_url; person_properties;
//     elements_chain) in even streams, Braze Currents events as JSON
//     (external_user_id, email_address, to_phone_number, message_body) in
//     odd ones.
//   - redis_monitor: Redis MONITOR output (epoch.micro [db addr] "CMD"
//     "arg"…, quotes escaped as \") and CLIENT LIST lines (id= addr=
//     laddr= name= user= cmd=…).
//   - clickhouse_logs: system.query_log rows as FORMAT JSONEachRow writes
//     them (64-bit integers quoted) and clickhouse-server.log lines
//     (executeQuery, TCP-Session, exceptions).
//   - sql_audit_more: Azure SQL auditing to an event hub (category
//     SQLSecurityAuditEvents, the fn_get_audit_file columns under
//     properties) and Cassandra 4's FileAuditLogger lines
//     (user:|host:|source:|port:|timestamp:|type:|category:|ks:|scope:|operation:).
//   - auth_user_records: Firebase Auth's auth:export users (providerUserInfo,
//     passwordHash, salt), Cognito AdminGetUser/ListUsers users (Attributes
//     as Name/Value pairs, identities as a JSON string) and Cognito Lambda
//     trigger events (userName, request.userAttributes).

// snowplowColumns are the enriched event's 131 fields in TSV order.
var snowplowColumns = strings.Fields(`app_id platform etl_tstamp collector_tstamp dvce_created_tstamp event event_id txn_id
name_tracker v_tracker v_collector v_etl user_id user_ipaddress user_fingerprint domain_userid domain_sessionidx
network_userid geo_country geo_region geo_city geo_zipcode geo_latitude geo_longitude geo_region_name ip_isp
ip_organization ip_domain ip_netspeed page_url page_title page_referrer page_urlscheme page_urlhost page_urlport
page_urlpath page_urlquery page_urlfragment refr_urlscheme refr_urlhost refr_urlport refr_urlpath refr_urlquery
refr_urlfragment refr_medium refr_source refr_term mkt_medium mkt_source mkt_term mkt_content mkt_campaign contexts
se_category se_action se_label se_property se_value unstruct_event tr_orderid tr_affiliation tr_total tr_tax
tr_shipping tr_city tr_state tr_country ti_orderid ti_sku ti_name ti_category ti_price ti_quantity pp_xoffset_min
pp_xoffset_max pp_yoffset_min pp_yoffset_max useragent br_name br_family br_version br_type br_renderengine br_lang
br_features_pdf br_features_flash br_features_java br_features_director br_features_quicktime
br_features_realplayer br_features_windowsmedia br_features_gears br_features_silverlight br_cookies
br_colordepth br_viewwidth br_viewheight os_name os_family os_manufacturer os_timezone dvce_type dvce_ismobile
dvce_screenwidth dvce_screenheight doc_charset doc_width doc_height tr_currency tr_total_base tr_tax_base
tr_shipping_base ti_currency ti_price_base base_currency geo_timezone mkt_clickid mkt_network etl_tags
dvce_sent_tstamp refr_domain_userid refr_dvce_tstamp derived_contexts domain_sessionid derived_tstamp
event_vendor event_name event_format event_version event_fingerprint true_tstamp`)

func (g *gen) spTime(ms int) string {
	return g.now.Add(-time.Duration(ms) * time.Millisecond).UTC().Format("2006-01-02 15:04:05.000")
}

// snowplowEnriched writes one enriched event.
func (g *gen) snowplowEnriched(st *streamState) Record {
	v := make(map[string]string, 64)
	f, l := g.name()
	mail := g.email(f, l)
	host := pick(g, []string{"www.example.com", "shop.example.co.uk", "app.example.net"})
	path := pick(g, []string{"/", "/pricing", "/signup", "/account/orders", "/checkout/confirm", "/blog/launch"})
	v["app_id"] = pick(g, []string{"web-shop", "marketing-site", "app"})
	v["platform"] = "web"
	for _, c := range []string{"etl_tstamp", "collector_tstamp", "dvce_created_tstamp", "dvce_sent_tstamp", "derived_tstamp"} {
		v[c] = g.spTime(g.rng.IntN(900))
		g.keepAt("timestamp", v[c])
	}
	v["event_id"] = g.uuid()
	g.keepAt("uuid", v["event_id"])
	v["name_tracker"] = "sp"
	v["v_tracker"] = pick(g, []string{"js-3.17.0", "js-3.23.1", "py-1.0.1"})
	v["v_collector"] = "ssc-2.9.0-kinesis"
	v["v_etl"] = "snowplow-enrich-kinesis-3.8.0"
	// The business's own user id: an e-mail address, a customer number,
	// nothing before sign-in.
	switch g.rng.IntN(3) {
	case 0:
		v["user_id"] = mail
		g.plantAt("email", mail)
	case 1:
		v["user_id"] = g.num(10000, 999999)
	}
	ip, cat := g.clientIP()
	v["user_ipaddress"] = ip
	g.plantAt(cat, ip)
	v["user_fingerprint"] = g.num(100000000, 2147483647)
	v["domain_userid"] = g.uuid()
	g.keepAt("uuid", v["domain_userid"])
	v["domain_sessionidx"] = g.num(1, 40)
	v["network_userid"] = g.uuid()
	g.keepAt("uuid", v["network_userid"])
	v["domain_sessionid"] = g.uuid()
	g.keepAt("uuid", v["domain_sessionid"])
	city := pick(g, [][5]string{{"GB", "ENG", "London", "EC1A", "England"}, {"DE", "BE", "Berlin", "10115", "Land Berlin"}, {"UA", "30", "Kyiv", "01001", "Kyiv City"}})
	v["geo_country"], v["geo_region"], v["geo_city"], v["geo_zipcode"], v["geo_region_name"] = city[0], city[1], city[2], city[3], city[4]
	v["geo_latitude"] = "51.5" + g.digits(3)
	v["geo_longitude"] = "-0.1" + g.digits(3)
	v["geo_timezone"] = "Europe/London"
	// The page URL: a sign-in link's e-mail address, a campaign, nothing.
	query := ""
	switch g.rng.IntN(4) {
	case 0:
		e := g.email(g.name())
		enc := pctEnc(e, false, false)
		query = "email=" + enc + "&utm_source=newsletter"
		g.plantAt("email", e, enc)
	case 1:
		query = "utm_source=google&utm_medium=cpc&utm_campaign=winter_sale"
		v["mkt_source"], v["mkt_medium"], v["mkt_campaign"] = "google", "cpc", "winter_sale"
	}
	v["page_url"] = "https://" + host + path
	if query != "" {
		v["page_url"] += "?" + query
	}
	v["page_urlscheme"], v["page_urlhost"], v["page_urlport"], v["page_urlpath"], v["page_urlquery"] = "https", host, "443", path, query
	v["page_title"] = pick(g, []string{"Pricing | Example", "Your orders", "Sign up", "Launch week"})
	if g.pct(40) {
		v["page_referrer"] = "https://www.google.com/"
		v["refr_urlscheme"], v["refr_urlhost"], v["refr_urlport"], v["refr_urlpath"], v["refr_medium"], v["refr_source"] = "https", "www.google.com", "443", "/", "search", "Google"
	}
	// Entities: the web page's id and the site's own user entity.
	ctx := `{"schema":"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0","data":[{"schema":"iglu:com.snowplowanalytics.snowplow/web_page/jsonschema/1-0-0","data":{"id":"`
	wp := g.uuid()
	g.keepAt("uuid", wp)
	ctx += wp + `"}}`
	if v["user_id"] != "" && g.pct(60) {
		ph := g.phone()
		g.plantAt("phone", ph)
		g.plantAt("email", mail)
		ctx += `,{"schema":"iglu:com.example/customer/jsonschema/1-0-2","data":{"customerId":"` + g.num(10000, 999999) + `","email":"` + mail + `","phone":"` + ph + `","tier":"gold"}}`
	}
	v["contexts"] = ctx + `]}`
	ev := pick(g, []string{"page_view", "page_view", "struct", "unstruct", "transaction"})
	v["event"] = ev
	v["event_vendor"], v["event_name"], v["event_format"], v["event_version"] = "com.snowplowanalytics.snowplow", ev, "jsonschema", "1-0-0"
	switch ev {
	case "struct":
		v["se_category"], v["se_action"] = "newsletter", "subscribe"
		if g.pct(50) {
			e := g.email(g.name())
			v["se_label"] = e
			g.plantAt("email", e)
		} else {
			v["se_label"] = "footer"
		}
		v["se_value"] = "1"
	case "unstruct":
		// Form tracking's submit_form: each input as name, value, nodeName, type.
		first, last := g.name()
		e, ph := g.email(first, last), g.phone()
		g.plantAt("email", e)
		g.plantAt("name", first+" "+last)
		g.plantAt("phone", ph)
		v["event_vendor"], v["event_name"] = "com.snowplowanalytics.snowplow", "submit_form"
		v["unstruct_event"] = `{"schema":"iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0","data":{"schema":"iglu:com.snowplowanalytics.snowplow/submit_form/jsonschema/1-0-0","data":{"formId":"signup","formClasses":["form","form-signup"],"elements":[` +
			`{"name":"full_name","value":"` + first + " " + last + `","nodeName":"INPUT","type":"text"},` +
			`{"name":"email","value":"` + e + `","nodeName":"INPUT","type":"email"},` +
			`{"name":"phone","value":"` + ph + `","nodeName":"INPUT","type":"tel"},` +
			`{"name":"plan","value":"pro","nodeName":"SELECT"}]}}}`
	case "transaction":
		oid := g.orderID()
		g.keepAt("orderid", oid)
		v["tr_orderid"], v["tr_affiliation"], v["tr_total"], v["tr_tax"], v["tr_shipping"] = oid, "web", g.num(10, 400)+".99", "4.20", "3.95"
		v["tr_city"], v["tr_country"], v["tr_currency"] = city[2], city[0], "GBP"
	}
	ua := pick(g, browserUAs)
	v["useragent"] = ua
	v["br_lang"] = "en-GB"
	v["br_cookies"], v["br_colordepth"], v["br_viewwidth"], v["br_viewheight"] = "1", "24", g.num(360, 1920), g.num(640, 1080)
	v["os_timezone"], v["dvce_screenwidth"], v["dvce_screenheight"], v["doc_charset"] = "Europe/London", "1920", "1080", "UTF-8"
	v["doc_width"], v["doc_height"] = g.num(360, 1920), g.num(900, 9000)
	v["derived_contexts"] = `{"schema":"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1","data":[{"schema":"iglu:com.snowplowanalytics.snowplow/ua_parser_context/jsonschema/1-0-0","data":{"useragentFamily":"Chrome","useragentMajor":"120","osFamily":"Windows","deviceFamily":"Other"}}]}`
	fp := g.hexID(32)
	v["event_fingerprint"] = fp
	g.keepAt("hash", fp)
	b := make([]byte, 0, 2400)
	for i, c := range snowplowColumns {
		if i > 0 {
			b = append(b, '\t')
		}
		b = append(b, v[c]...)
	}
	return Record{Line: b}
}

// posthogBraze writes a PostHog event (even streams) or a Braze Currents
// event (odd ones).
func (g *gen) posthogBraze(st *streamState) Record {
	if st.variant%2 == 1 {
		return g.brazeCurrents()
	}
	return g.posthogEvent()
}

func (g *gen) posthogEvent() Record {
	f, l := g.name()
	mail := g.email(f, l)
	b := append(make([]byte, 0, 1500), '{')
	b = g.jk(b, "uuid", "uuid", g.uuid())
	ev := pick(g, []string{"$pageview", "$autocapture", "$identify", "signed_up", "$pageleave"})
	b = g.js(b, "event", ev)
	identified := ev == "$identify" || ev == "signed_up" || g.pct(40)
	var distinct string
	var dCat string
	switch {
	case identified && g.pct(50):
		distinct, dCat = mail, "email"
	case identified && g.pct(50):
		distinct, dCat = g.personLogin(), "name"
	default:
		distinct = g.uuid()
	}
	b = jo(b, "properties")
	b = g.js(b, "$os", pick(g, []string{"Windows", "Mac OS X", "Android", "iOS"}))
	b = g.js(b, "$browser", pick(g, []string{"Chrome", "Safari", "Firefox"}))
	b = g.js(b, "$device_type", pick(g, []string{"Desktop", "Mobile"}))
	host := pick(g, []string{"app.example.com", "www.example.org"})
	url := "https://" + host + pick(g, []string{"/", "/settings/profile", "/billing", "/invite/accept"})
	if g.pct(25) {
		e := g.email(g.name())
		enc := pctEnc(e, false, g.pct(50))
		g.plantAt("email", e, enc)
		url += "?email=" + enc
	}
	b = g.js(b, "$current_url", url)
	b = g.js(b, "$host", host)
	b = g.js(b, "$lib", "web")
	b = g.js(b, "$lib_version", "1.96.1")
	// The analytics session's id and the project's public API key
	// (phc_…, in every page) are unlabelled: masked under their keys,
	// as session ids and tokens are, or kept, neither leaks nor
	// destroys anything of a person's.
	b = g.js(b, "$session_id", g.uuid())
	b = g.jk(b, "$window_id", "uuid", g.uuid())
	b = g.jk(b, "$device_id", "uuid", g.uuid())
	ip, cat := g.clientIP()
	b = g.jp(b, "$ip", cat, ip)
	b = g.js(b, "$geoip_city_name", pick(g, []string{"London", "Berlin", "Kyiv"}))
	b = g.js(b, "$geoip_country_code", pick(g, []string{"GB", "DE", "UA"}))
	b = g.js(b, "token", "phc_"+g.token(43))
	if dCat != "" {
		b = g.jp(b, "distinct_id", dCat, distinct)
	} else {
		b = g.jk(b, "distinct_id", "uuid", distinct)
	}
	if ev == "$identify" || ev == "signed_up" {
		anon := g.uuid()
		b = g.jk(b, "$anon_distinct_id", "uuid", anon)
		b = jo(b, "$set")
		b = g.jp(b, "email", "email", mail)
		b = g.jp(b, "name", "name", f+" "+l)
		if g.pct(50) {
			b = g.jp(b, "phone", "phone", g.phone())
		}
		b = g.js(b, "plan", "pro")
		b = append(b, '}')
		b = jo(b, "$set_once")
		b = g.js(b, "$initial_referrer", "$direct")
		b = append(b, '}')
	}
	b = append(b, '}')
	if dCat != "" {
		b = g.jp(b, "distinct_id", dCat, distinct)
	} else {
		b = g.jk(b, "distinct_id", "uuid", distinct)
	}
	ts := g.now.UTC().Format("2006-01-02T15:04:05.000Z")
	b = g.jk(b, "timestamp", "timestamp", ts)
	b = g.jk(b, "person_id", "uuid", g.uuid())
	if identified {
		b = jo(b, "person_properties")
		b = g.jp(b, "email", "email", mail)
		b = g.jp(b, "name", "name", f+" "+l)
		b = g.js(b, "$initial_geoip_city_name", "London")
		b = append(b, '}')
	}
	if ev == "$autocapture" {
		// The clicked element and its ancestors; a nav link that shows
		// the signed-in user's name.
		b = jkey(b, "elements_chain")
		b = append(b, `"a.nav-link:attr__class=\"nav-link\"attr__href=\"/settings/profile\"href=\"/settings/profile\"nth-child=\"2\"nth-of-type=\"1\"text=\"`...)
		g.plantAt("name_text", f+" "+l)
		b = append(b, (f + " " + l)...)
		b = append(b, `\";nav.topbar:attr__class=\"topbar\"nth-child=\"1\"nth-of-type=\"1\""`...)
	}
	return Record{Line: append(b, '}')}
}

func (g *gen) brazeExternalID(b []byte) []byte {
	switch g.rng.IntN(4) {
	case 0:
		return g.jp(b, "external_user_id", "email", g.email(g.name()))
	case 1:
		return g.jp(b, "external_user_id", "name", g.personLogin())
	case 2:
		return g.jk(b, "external_user_id", "uuid", g.uuid())
	}
	return g.js(b, "external_user_id", "cust_"+g.num(10000, 999999))
}

func (g *gen) brazeCurrents() Record {
	b := append(make([]byte, 0, 1200), '{')
	ev := pick(g, []string{"users.messages.email.Send", "users.messages.email.Open", "users.messages.sms.Delivery", "users.messages.sms.InboundReceive", "users.behaviors.app.SessionStart", "users.behaviors.CustomEvent"})
	b = g.js(b, "event_type", ev)
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.jk(b, "user_id", "hash", g.hexID(24))
	b = g.brazeExternalID(b)
	epoch := strconv.FormatInt(g.now.Unix(), 10)
	g.keepAt("epoch", epoch, `"time":`+epoch)
	b = jn(b, "time", epoch)
	b = g.js(b, "timezone", pick(g, []string{"Europe/London", "America/New_York", "Europe/Kyiv"}))
	b = g.jk(b, "app_group_id", "hash", g.hexID(24))
	b = g.jk(b, "campaign_id", "hash", g.hexID(24))
	b = g.js(b, "campaign_name", pick(g, []string{"Welcome series", "Cart reminder", "OTP"}))
	f, l := g.name()
	switch ev {
	case "users.messages.email.Send", "users.messages.email.Open":
		b = g.jk(b, "dispatch_id", "hash", g.hexID(32))
		b = g.jp(b, "email_address", "email", g.email(f, l))
		b = g.js(b, "ip_pool", "transactional")
		if ev == "users.messages.email.Open" {
			b = g.js(b, "user_agent", pick(g, browserUAs))
			b = g.js(b, "device_class", "desktop")
			b = jn(b, "machine_open", "null")
		}
	case "users.messages.sms.Delivery":
		b = g.jk(b, "dispatch_id", "hash", g.hexID(32))
		b = g.jp(b, "to_phone_number", "phone", g.e164())
		b = g.js(b, "from_phone_number", "+14155550100")
		b = g.jk(b, "subscription_group_api_id", "uuid", g.uuid())
	case "users.messages.sms.InboundReceive":
		num := g.e164()
		b = g.jp(b, "user_phone_number", "phone", num)
		b = g.js(b, "inbound_phone_number", "+14155550100")
		b = g.js(b, "action", "other")
		body := "Hi, please update my address to "
		st := g.street()
		g.plantAt("address", st, jsonEsc(st))
		b = g.js(b, "message_body", body+st)
		b = g.jk(b, "media_urls", "lookalike", "[]")
	case "users.behaviors.app.SessionStart":
		b = g.jk(b, "device_id", "uuid", g.uuid())
		b = g.js(b, "platform", pick(g, []string{"ios", "android"}))
		b = g.js(b, "os_version", pick(g, []string{"iOS 17.1.2", "Android 14"}))
		b = g.js(b, "device_model", pick(g, []string{"iPhone15,2", "Pixel 8"}))
		b = g.js(b, "session_id", g.uuid()) // unlabelled, as PostHog's $session_id
		b = g.jk(b, "app_api_id", "uuid", g.uuid())
	default:
		b = g.js(b, "name", pick(g, []string{"profile_updated", "referral_sent"}))
		// Custom event properties arrive as a JSON string.
		e := g.email(g.name())
		g.plantAt("email", e)
		b = g.js(b, "properties", `{"referred_email":"`+e+`","channel":"app"}`)
		b = g.jk(b, "device_id", "uuid", g.uuid())
	}
	return Record{Line: append(b, '}')}
}

// redisMonitor writes a MONITOR line, or one in six a CLIENT LIST line.
func (g *gen) redisMonitor(st *streamState) Record {
	if g.pct(16) {
		return g.redisClientList()
	}
	b := make([]byte, 0, 300)
	ts := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(6)
	b = g.keep(b, "epoch", ts, "")
	b = append(b, " ["...)
	b = append(b, g.num(0, 3)...)
	b = append(b, ' ')
	switch g.rng.IntN(8) {
	case 0:
		b = append(b, "lua"...)
	case 1:
		b = append(b, "unix:/var/run/redis/redis-server.sock"...)
	default:
		b = append(b, g.privateIPv4()...)
		b = append(b, ':')
		b = append(b, g.num(32768, 60999)...)
	}
	b = append(b, "] "...)
	arg := func(s string) { b = append(b, ' ', '"'); b = append(b, s...); b = append(b, '"') }
	f, l := g.name()
	switch g.rng.IntN(9) {
	case 0:
		b = append(b, `"HSET" "user:`...)
		b = append(b, g.num(1000, 99999)...)
		b = append(b, '"')
		e, ph := g.email(f, l), g.phone()
		g.plantAt("email", e)
		g.plantAt("name", f+" "+l)
		g.plantAt("phone", ph)
		arg("email")
		arg(e)
		arg("name")
		arg(f + " " + l)
		arg("phone")
		arg(ph)
	case 1:
		sid := g.hexID(32)
		g.plantAt("secret", sid)
		e := g.email(f, l)
		g.plantAt("email", e)
		b = append(b, `"SET"`...)
		arg("session:" + sid)
		arg(`{\"user_id\":` + g.num(1000, 99999) + `,\"email\":\"` + e + `\",\"csrf\":\"` + g.hexID(16) + `\"}`)
		arg("EX")
		arg("86400")
	case 2:
		num, code := g.e164(), g.digits(6)
		g.plantAt("phone", num)
		g.plantAt("secret", code)
		b = append(b, `"SETEX"`...)
		arg("otp:" + num)
		arg("300")
		arg(code)
	case 3:
		e := g.email(f, l)
		g.plantAt("email", e)
		b = append(b, `"GET"`...)
		arg("pwreset:" + e)
	case 4:
		e := g.email(f, l)
		g.plantAt("email", e)
		b = append(b, `"SADD"`...)
		arg("newsletter:subscribers")
		arg(e)
	case 5:
		ip := g.ipv4()
		g.plantAt("ipv4", ip)
		b = append(b, `"INCR"`...)
		arg("rate:login:" + ip)
	case 6:
		sha := g.hexID(40)
		g.keepAt("hash", sha)
		b = append(b, `"EVALSHA"`...)
		arg(sha)
		arg("1")
		arg("queue:emails")
	case 7:
		d := g.now.UTC().Format("2006-01-02")
		g.keepAt("timestamp", d)
		b = append(b, `"INCRBY"`...)
		arg("stats:pageviews:" + d)
		arg(g.num(1, 9))
	default:
		b = append(b, `"PING"`...)
	}
	return Record{Line: b}
}

func (g *gen) redisClientList() Record {
	b := make([]byte, 0, 400)
	b = append(b, "id="...)
	b = append(b, g.num(3, 90000)...)
	b = append(b, " addr="...)
	ip := g.ipv4()
	b = g.plant(b, "ipv4", ip, "")
	b = append(b, ':')
	b = append(b, g.num(32768, 60999)...)
	b = append(b, " laddr=10.0.4.12:6379 fd="...)
	b = append(b, g.num(8, 200)...)
	person := g.pct(50)
	b = append(b, " name="...)
	login := g.personLogin()
	if person {
		b = append(b, "redis-cli"...)
	} else {
		b = append(b, "sidekiq-worker"...)
	}
	b = append(b, " age="...)
	b = append(b, g.num(1, 9000)...)
	b = append(b, " idle=0 flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 watch=0 qbuf=26 qbuf-free=20448 argv-mem=10 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=22298 events=r cmd=client|list user="...)
	if person {
		b = g.plant(b, "name", login, "")
	} else {
		b = g.keep(b, "account", pick(g, []string{"default", "sidekiq", "app"}), "")
	}
	b = append(b, " redir=-1 resp=2 lib-name= lib-ver="...)
	return Record{Line: b}
}

// clickhouseLogs writes a query_log row (even streams) or a server log
// line (odd ones).
func (g *gen) clickhouseLogs(st *streamState) Record {
	if st.variant%2 == 1 {
		return g.clickhouseServerLog()
	}
	return g.clickhouseQueryLog()
}

// chQuery returns a query naming a person and plants what it names.
func (g *gen) chQuery() string {
	f, l := g.name()
	switch g.rng.IntN(4) {
	case 0:
		e := g.email(f, l)
		g.plantAt("email", e)
		return "SELECT order_id, total FROM shop.orders WHERE customer_email = '" + e + "' ORDER BY created_at DESC LIMIT 20"
	case 1:
		e, ph := g.email(f, l), g.e164()
		g.plantAt("email", e)
		g.plantAt("phone", ph)
		n := g.sqlName(f, l)
		return "INSERT INTO crm.contacts (id, email, phone, full_name) VALUES (" + g.num(1000, 99999) + ", '" + e + "', '" + ph + "', '" + n + "')"
	case 2:
		ip := g.ipv4()
		g.plantAt("ipv4", ip)
		return "SELECT count() FROM logs.requests WHERE client_ip = toIPv4('" + ip + "') AND date = today()"
	}
	return "SELECT toStartOfHour(ts) AS h, count() FROM events.pageviews WHERE date >= today() - 7 GROUP BY h ORDER BY h"
}

func (g *gen) chUser(b []byte, key string, login string, person bool) []byte {
	if person {
		return g.jp(b, key, "name", login)
	}
	return g.jk(b, key, "account", login)
}

func (g *gen) clickhouseQueryLog() Record {
	b := append(make([]byte, 0, 1800), '{')
	failed := g.pct(15)
	typ := "QueryFinish"
	if failed {
		typ = "ExceptionBeforeStart"
	}
	b = g.js(b, "type", typ)
	t := g.now.UTC()
	b = g.jk(b, "event_date", "timestamp", t.Format("2006-01-02"))
	b = g.jk(b, "event_time", "timestamp", t.Format("2006-01-02 15:04:05"))
	b = g.jk(b, "event_time_microseconds", "timestamp", t.Format("2006-01-02 15:04:05")+"."+g.digits(6))
	for _, k := range []string{"query_duration_ms", "read_rows", "read_bytes", "written_rows", "result_rows", "memory_usage"} {
		n := g.num(0, 9000000)
		g.keepAt("counter", n, `"`+k+`":"`+n+`"`)
		b = g.js(b, k, n)
	}
	b = g.js(b, "current_database", "default")
	q := g.chQuery()
	b = g.js(b, "query", q)
	h := strconv.FormatUint(g.rng.Uint64(), 10)
	g.keepAt("counter", h, `"normalized_query_hash":"`+h+`"`)
	b = g.js(b, "normalized_query_hash", h)
	b = g.js(b, "query_kind", strings.Fields(q)[0][:1]+strings.ToLower(strings.Fields(q)[0][1:]))
	person := g.pct(60)
	login := g.personLogin()
	if !person {
		login = pick(g, []string{"default", "grafana", "etl", "metabase"})
	}
	if failed {
		b = jn(b, "exception_code", "516")
		ex := "Code: 516. DB::Exception: " + login + ": Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)"
		if person {
			g.plantAt("name", login)
		}
		b = g.js(b, "exception", ex)
	} else {
		b = jn(b, "exception_code", "0")
		b = g.js(b, "exception", "")
	}
	b = jn(b, "is_initial_query", "1")
	b = g.chUser(b, "user", login, person)
	b = g.jk(b, "query_id", "uuid", g.uuid())
	ip := g.ipv4()
	g.plantAt("ipv4", ip)
	b = g.js(b, "address", "::ffff:"+ip)
	port := g.num(32768, 60999)
	g.keepAt("port", port, `"port":`+port)
	b = jn(b, "port", port)
	b = g.chUser(b, "initial_user", login, person)
	b = g.js(b, "initial_address", "::ffff:"+ip)
	http := g.pct(40)
	if http {
		b = jn(b, "interface", "2")
		b = g.js(b, "os_user", "")
		b = g.js(b, "client_hostname", "")
		b = g.js(b, "http_user_agent", pick(g, []string{"Grafana/10.2.2", "Metabase/0.48.1", "python-requests/2.31.0"}))
		fwd := g.ipv4()
		b = g.jp(b, "forwarded_for", "ipv4", fwd)
	} else {
		b = jn(b, "interface", "1")
		if person {
			b = g.jp(b, "os_user", "name", login)
			host := strings.ReplaceAll(login, ".", "-") + "-mbp"
			b = g.jp(b, "client_hostname", "name", host)
		} else {
			b = g.js(b, "os_user", "")
			b = g.js(b, "client_hostname", "etl-runner-"+g.num(1, 9))
		}
		b = g.js(b, "client_name", "ClickHouse client")
		b = jn(b, "client_revision", "54466")
		b = g.js(b, "http_user_agent", "")
		b = g.js(b, "forwarded_for", "")
	}
	b = ja(b, "thread_ids")
	for i := 0; i < 2; i++ {
		b = jcomma(b)
		b = append(b, g.num(1000, 99999)...)
	}
	b = append(b, ']')
	b = jo(b, "ProfileEvents")
	b = g.js(b, "Query", "1")
	b = g.js(b, "SelectedRows", g.num(1, 99999))
	b = append(b, '}')
	return Record{Line: append(b, '}')}
}

func (g *gen) clickhouseServerLog() Record {
	t := g.now.UTC()
	b := make([]byte, 0, 400)
	b = g.keep(b, "timestamp", t.Format("2006.01.02 15:04:05")+"."+g.digits(6), "")
	b = append(b, " [ "...)
	b = append(b, g.num(100, 9999)...)
	b = append(b, " ] {"...)
	b = g.keep(b, "uuid", g.uuid(), "")
	b = append(b, "} "...)
	ip := g.ipv4()
	port := g.num(32768, 60999)
	person := g.pct(60)
	login := g.personLogin()
	if !person {
		login = pick(g, []string{"default", "grafana", "etl"})
	}
	user := func(b []byte) []byte {
		if person {
			return g.plant(b, "name", login, "")
		}
		return g.keep(b, "account", login, "")
	}
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, "<Debug> executeQuery: (from [::ffff:"...)
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, "]:"...)
		b = append(b, port...)
		b = append(b, ", user: "...)
		b = user(b)
		b = append(b, ") "...)
		b = append(b, g.chQuery()...)
		b = append(b, " (stage: Complete)"...)
	case 1:
		// The session's id: unlabelled, as other session ids under
		// their names (masking it is as right as keeping it).
		b = append(b, "<Debug> TCP-Session: "...)
		b = append(b, g.uuid()...)
		b = append(b, ": Authenticating user '"...)
		b = user(b)
		b = append(b, "' from [::ffff:"...)
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, "]:"...)
		b = append(b, port...)
	default:
		b = append(b, "<Error> executeQuery: Code: 516. DB::Exception: "...)
		b = user(b)
		b = append(b, ": Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) (version 23.8.4.69 (official build)) (from [::ffff:"...)
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, "]:"...)
		b = append(b, port...)
		b = append(b, ") (in query: SELECT 1)"...)
	}
	return Record{Line: b}
}

// sqlAuditMore writes an Azure SQL audit record (even streams) or a
// Cassandra FileAuditLogger line (odd ones).
func (g *gen) sqlAuditMore(st *streamState) Record {
	if st.variant%2 == 1 {
		return g.cassandraAudit()
	}
	return g.azureSQLAudit()
}

func (g *gen) azureSQLAudit() Record {
	f, l := g.name()
	b := append(make([]byte, 0, 2200), '{')
	b = ja(b, "records")
	b = jo(b, "")
	t := g.now.UTC().Format("2006-01-02T15:04:05.0000000Z")
	b = g.jk(b, "originalEventTimestamp", "timestamp", t)
	b = g.js(b, "resourceId", "/SUBSCRIPTIONS/"+strings.ToUpper(g.uuid())+"/RESOURCEGROUPS/RG-DATA/PROVIDERS/MICROSOFT.SQL/SERVERS/SQL-PROD/DATABASES/SHOP")
	b = g.js(b, "category", "SQLSecurityAuditEvents")
	b = g.js(b, "operationName", "AuditEvent")
	b = jo(b, "properties")
	b = g.jk(b, "event_time", "timestamp", t)
	act := pick(g, []string{"BCM ", "BCM ", "LGIS", "LGIF", "SL  "})
	b = g.js(b, "action_id", act)
	b = g.js(b, "succeeded", strconv.FormatBool(act != "LGIF"))
	sess := g.num(50, 900)
	g.keepAt("counter", sess, `"session_id":`+sess)
	b = jn(b, "session_id", sess)
	b = jn(b, "server_principal_id", "1")
	b = g.js(b, "class_type", "BA")
	var principal string
	var pCat string
	switch g.rng.IntN(4) {
	case 0:
		principal, pCat = g.email(f, l), "email"
	case 1:
		principal, pCat = "CONTOSO\\"+g.personLogin(), "name"
	case 2:
		principal, pCat = g.personLogin(), "name"
	default:
		principal = pick(g, []string{"app_shop", "sqladmin", "svc_reporting"})
	}
	for _, k := range []string{"session_server_principal_name", "server_principal_name"} {
		if pCat != "" {
			b = g.jf(b, k, planted, pCat, principal, nil)
		} else {
			b = g.jk(b, k, "account", principal)
		}
	}
	b = g.js(b, "database_principal_name", "dbo")
	b = g.js(b, "server_instance_name", "sql-prod")
	b = g.js(b, "database_name", "shop")
	stmt := ""
	switch act {
	case "BCM ", "SL  ":
		e := g.email(f, l)
		switch g.rng.IntN(3) {
		case 0:
			g.plantAt("email", e)
			stmt = "SELECT CustomerId, FullName FROM dbo.Customers WHERE Email = N'" + e + "'"
		case 1:
			ph := g.phone()
			g.plantAt("phone", ph)
			stmt = "UPDATE dbo.Customers SET Phone = N'" + ph + "', FullName = N'" + g.sqlName(f, l) + "' WHERE CustomerId = " + g.num(1000, 99999)
		default:
			stmt = "SELECT TOP (100) * FROM dbo.Orders ORDER BY CreatedAt DESC"
		}
	}
	b = g.js(b, "statement", stmt)
	ip := g.ipv4()
	g.plantAt("ipv4", ip)
	if act == "LGIS" || act == "LGIF" {
		b = g.js(b, "additional_information", `<action_info xmlns="http://schemas.microsoft.com/sqlserver/2008/sqlaudit_data"><pooled_connection>0</pooled_connection><client_options>0x28000020</client_options><client_options1>0x00000000</client_options1><connect_options>0x00000000</connect_options><packet_data_size>8000</packet_data_size><address>`+ip+`</address><is_dac>0</is_dac></action_info>`)
	} else {
		b = g.js(b, "additional_information", "")
	}
	b = g.js(b, "client_ip", ip)
	b = g.js(b, "application_name", pick(g, []string{"Microsoft SQL Server Management Studio - Query", "azdata", "Core Microsoft SqlClient Data Provider"}))
	if pCat != "" && g.pct(60) {
		host := strings.ToUpper(string(f[0])+ascii(l)) + "-LAPTOP"
		host = strings.ReplaceAll(host, "'", "")
		b = g.jp(b, "host_name", "name", host)
	} else {
		b = g.js(b, "host_name", "APPSRV-0"+g.num(1, 9))
	}
	b = g.jk(b, "connection_id", "uuid", strings.ToUpper(g.uuid()))
	b = jn(b, "duration_milliseconds", g.num(0, 900))
	b = jn(b, "response_rows", g.num(0, 100))
	b = g.jk(b, "event_id", "uuid", strings.ToUpper(g.uuid()))
	b = append(b, '}', '}', ']')
	return Record{Line: append(b, '}')}
}

func (g *gen) cassandraAudit() Record {
	t := g.now.UTC()
	b := make([]byte, 0, 400)
	b = append(b, "INFO  [Native-Transport-Requests-"...)
	b = append(b, g.num(1, 32)...)
	b = append(b, "] "...)
	b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05,000"), "")
	b = append(b, " FileAuditLogger.java:51 - user:"...)
	person := g.pct(55)
	login := g.personLogin()
	if person {
		b = g.plant(b, "name", login, "")
	} else {
		login = pick(g, []string{"cassandra", "app_orders", "spark_etl", "anonymous"})
		b = g.keep(b, "account", login, "")
	}
	b = append(b, "|host:10.0.3."...)
	b = append(b, g.num(2, 40)...)
	b = append(b, ":7000|source:/"...)
	b = g.plant(b, "ipv4", g.ipv4(), "")
	b = append(b, "|port:"...)
	b = append(b, g.num(32768, 60999)...)
	b = append(b, "|timestamp:"...)
	ms := strconv.FormatInt(t.UnixMilli(), 10)
	b = g.keep(b, "epoch", ms, "")
	f, l := g.name()
	switch g.rng.IntN(5) {
	case 0:
		b = append(b, "|type:LOGIN_SUCCESS|category:AUTH|operation:LOGIN SUCCESSFUL"...)
	case 1:
		b = append(b, "|type:LOGIN_ERROR|category:AUTH|operation:LOGIN FAILURE; Provided username "...)
		if person {
			b = g.plant(b, "name", login, "")
		} else {
			b = append(b, login...)
		}
		b = append(b, " and/or password are incorrect"...)
	case 2:
		e := g.email(f, l)
		b = append(b, "|type:SELECT|category:QUERY|ks:shop|scope:customers_by_email|operation:SELECT id, name FROM shop.customers_by_email WHERE email = '"...)
		b = g.plant(b, "email", e, "")
		b = append(b, "';"...)
	case 3:
		b = append(b, "|type:UPDATE|category:DML|ks:shop|scope:customers|operation:UPDATE shop.customers SET phone = '"...)
		b = g.plant(b, "phone", g.phone(), "")
		b = append(b, "', full_name = '"...)
		b = append(b, g.sqlName(f, l)...)
		b = append(b, "' WHERE id = "...)
		b = g.keep(b, "uuid", g.uuid(), "")
		b = append(b, ';')
	default:
		b = append(b, "|type:SELECT|category:QUERY|ks:shop|scope:orders|operation:SELECT * FROM shop.orders WHERE id = ?;"...)
	}
	return Record{Line: b}
}

// authUserRecords writes a Firebase Auth export user, a Cognito user or a
// Cognito trigger event, one kind a stream.
func (g *gen) authUserRecords(st *streamState) Record {
	switch st.variant % 3 {
	case 1:
		return g.cognitoUser()
	case 2:
		return g.cognitoTrigger()
	}
	return g.firebaseUser()
}

func (g *gen) firebaseUser() Record {
	f, l := g.name()
	mail := g.email(f, l)
	b := append(make([]byte, 0, 1500), '{')
	b = g.jk(b, "localId", "lookalike", g.token(28))
	b = g.jp(b, "email", "email", mail)
	b = jn(b, "emailVerified", "true")
	b = g.jp(b, "passwordHash", "secret", base64.StdEncoding.EncodeToString([]byte(g.chars(64, base62))))
	// The salt is no secret without the hash: unlabelled.
	b = g.js(b, "salt", base64.StdEncoding.EncodeToString([]byte(g.chars(16, base62))))
	b = g.jp(b, "displayName", "name", f+" "+l)
	phone := ""
	if g.pct(50) {
		phone = g.e164()
		b = g.jp(b, "phoneNumber", "phone", phone)
	}
	ms := strconv.FormatInt(g.now.UnixMilli(), 10)
	b = g.jk(b, "lastSignedInAt", "epoch", ms)
	b = g.jk(b, "createdAt", "epoch", strconv.FormatInt(g.now.UnixMilli()-int64(g.rng.IntN(1e10)), 10))
	b = ja(b, "providerUserInfo")
	if g.pct(60) {
		b = jo(b, "")
		b = g.js(b, "providerId", "google.com")
		b = g.js(b, "rawId", "1"+g.digits(20))
		b = g.jp(b, "email", "email", mail)
		b = g.jp(b, "displayName", "name", f+" "+l)
		b = g.js(b, "photoUrl", "https://lh3.googleusercontent.com/a/ACg8oc"+g.chars(40, b64url)+"=s96-c")
		b = append(b, '}')
	}
	b = jo(b, "")
	b = g.js(b, "providerId", "password")
	b = g.jp(b, "rawId", "email", mail)
	b = g.jp(b, "email", "email", mail)
	b = append(b, '}')
	if phone != "" {
		b = jo(b, "")
		b = g.js(b, "providerId", "phone")
		b = g.jp(b, "rawId", "phone", phone)
		b = g.jp(b, "phoneNumber", "phone", phone)
		b = append(b, '}')
	}
	b = append(b, ']')
	b = jn(b, "disabled", "false")
	return Record{Line: append(b, '}')}
}

// cognitoAttr appends {"Name":name,"Value":value}, labelled.
func (g *gen) cognitoAttr(b []byte, name string, l label, cat, val string) []byte {
	b = jo(b, "")
	b = g.js(b, "Name", name)
	b = g.jf(b, "Value", l, cat, val, nil)
	return append(b, '}')
}

func (g *gen) cognitoUser() Record {
	f, l := g.name()
	mail := g.email(f, l)
	sub := g.uuid()
	b := append(make([]byte, 0, 1500), '{')
	federated := g.pct(30)
	switch {
	case federated:
		b = g.js(b, "Username", "Google_1"+g.digits(20))
	case g.pct(40):
		b = g.jk(b, "Username", "uuid", sub)
	case g.pct(50):
		b = g.jp(b, "Username", "email", mail)
	default:
		b = g.jp(b, "Username", "name", g.personLogin())
	}
	b = ja(b, "Attributes")
	b = g.cognitoAttr(b, "sub", kept, "uuid", sub)
	b = g.cognitoAttr(b, "email_verified", plain, "", "true")
	if g.pct(60) {
		b = g.cognitoAttr(b, "phone_number", planted, "phone", g.e164())
	}
	b = g.cognitoAttr(b, "given_name", planted, "name", f)
	b = g.cognitoAttr(b, "family_name", planted, "name", l)
	b = g.cognitoAttr(b, "email", planted, "email", mail)
	b = g.cognitoAttr(b, "custom:tenant", plain, "", pick(g, []string{"acme", "globex", "initech"}))
	if federated {
		b = g.cognitoAttr(b, "identities", plain, "", `[{"userId":"1`+g.digits(20)+`","providerName":"Google","providerType":"Google","issuer":null,"primary":true,"dateCreated":`+strconv.FormatInt(g.now.UnixMilli(), 10)+`}]`)
	}
	b = append(b, ']')
	b = g.jk(b, "UserCreateDate", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000-07:00"))
	b = jn(b, "Enabled", "true")
	b = g.js(b, "UserStatus", pick(g, []string{"CONFIRMED", "FORCE_CHANGE_PASSWORD", "EXTERNAL_PROVIDER"}))
	return Record{Line: append(b, '}')}
}

func (g *gen) cognitoTrigger() Record {
	f, l := g.name()
	mail := g.email(f, l)
	b := append(make([]byte, 0, 1200), '{')
	b = g.js(b, "version", "1")
	b = g.js(b, "region", "eu-west-1")
	b = g.js(b, "userPoolId", "eu-west-1_"+g.chars(9, base62))
	if g.pct(50) {
		b = g.jp(b, "userName", "name", g.personLogin())
	} else {
		b = g.jk(b, "userName", "uuid", g.uuid())
	}
	b = jo(b, "callerContext")
	b = g.js(b, "awsSdkVersion", "aws-sdk-unknown-unknown")
	b = g.js(b, "clientId", g.chars(26, lowerNum))
	b = append(b, '}')
	src := pick(g, []string{"PreSignUp_SignUp", "PostConfirmation_ConfirmSignUp", "CustomMessage_ForgotPassword", "PreAuthentication_Authentication"})
	b = g.js(b, "triggerSource", src)
	b = jo(b, "request")
	b = jo(b, "userAttributes")
	b = g.jk(b, "sub", "uuid", g.uuid())
	b = g.jp(b, "email", "email", mail)
	if g.pct(60) {
		b = g.jp(b, "phone_number", "phone", g.e164())
	}
	b = g.jp(b, "name", "name", f+" "+l)
	b = g.js(b, "cognito:user_status", "CONFIRMED")
	b = append(b, '}')
	if src == "CustomMessage_ForgotPassword" {
		b = g.js(b, "codeParameter", "{####}")
	} else {
		b = jn(b, "validationData", "null")
	}
	b = append(b, '}')
	b = jo(b, "response")
	b = jn(b, "autoConfirmUser", "false")
	b = append(b, '}')
	return Record{Line: append(b, '}')}
}

// sqlName returns a full name for a SQL string literal (a surname with
// an apostrophe swapped for another, so that no quote needs doubling)
// and plants it.
func (g *gen) sqlName(first, last string) string {
	for strings.Contains(last, "'") {
		last = pick(g, lastNames)
	}
	n := first + " " + last
	g.plantAt("name", n)
	return n
}
