package realistic

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Product analytics, CRM audit and platform logs as their vendors document
// them:
//
//   - segment_webhook: Segment Spec identify and track calls as a webhook
//     destination receives them (members in alphabetical order, as the
//     Spec's examples): anonymousId, context (ip, library, locale, page,
//     traits, userAgent), integrations, messageId, the four timestamps,
//     traits (email, phone, firstName, lastName, address{street, city,
//     state, postalCode, country}), the B2B SaaS Spec's Signed Up and
//     Invite Sent properties (first_name, last_name, email, phone,
//     username, invitee_email...) and the E-commerce Spec's Order
//     Completed, userId, version.
//   - mixpanel_export: Mixpanel's Raw Event Export API, one event a line:
//     event and properties (time, distinct_id first; then the default
//     properties: $browser, $city, $current_url with its query, $device_id,
//     $insert_id, $region, $user_id, mp_country_code, mp_lib,
//     mp_processing_time_ms) and the project's $email, $phone, $name.
//   - amplitude_export: Amplitude's Export API rows (the documented
//     members in alphabetical order: $insert_id, adid, amplitude_id, city,
//     device_id, dma, event_properties, idfa, ip_address, user_id,
//     user_properties, uuid...).
//   - sf_eventlog_csv: Salesforce EventLogFile CSVs (Object Reference,
//     EventLogFile supported event types: Login, URI, API): a header row
//     of the event type's fields, then one row an event, every value
//     quoted; one event type a stream.
//   - logcat_threadtime: Android logcat -v threadtime ("MM-DD HH:MM:SS.mmm
//     PID TID LEVEL TAG: message", pid and tid right-aligned in five
//     columns, the tag left-aligned in eight) with system and application
//     messages: Account.toString, Location.toString, OkHttp's
//     HttpLoggingInterceptor, Firebase Messaging, an app's own debug lines.
//   - syslog5424_sd: RFC 5424 messages with STRUCTURED-DATA (section 6.3;
//     the IANA-registered timeQuality, origin and meta SD-IDs and
//     enterprise ones name@32473), PARAM-VALUEs with '"', '\' and ']'
//     escaped, an optional BOM before the MSG.
//   - entra_signin_json: Microsoft Entra ID sign-in logs exported by
//     diagnostic settings to a storage account or an event hub (Azure
//     Monitor resource log schema: time, resourceId, operationName,
//     category SignInLogs, callerIpAddress, correlationId, identity,
//     properties holding the Graph signIn resource: userPrincipalName,
//     userDisplayName, ipAddress, location{city, state, countryOrRegion,
//     geoCoordinates}, deviceDetail, appDisplayName, status{errorCode}).
//
// Labels: e-mail addresses, a person's login, names, phone numbers, the
// client's address, street lines and postcodes, advertising and vendor
// ids (adid, idfa, idfv), Android ids and IMEIs, a device's GPS fix,
// anonymous ids, session keys and tokens are planted. Kept: message,
// insert, event and request ids, UUIDs of devices and objects, Salesforce
// ids, epochs, timestamps, counts, durations, pids and tids, error codes
// and their documented explanations, structured data's enterprise
// numbers and counters. A city, region or country derived from the
// address is left unlabelled, as in okta_json.

var saasPostal = [][4]string{
	{"Berlin", "BE", "10117", "DE"},
	{"London", "England", "SW1A 2AA", "GB"},
	{"Lyon", "ARA", "69002", "FR"},
	{"San Francisco", "CA", "94103", "US"},
	{"Kyiv", "Kyiv City", "01001", "UA"},
}

func (g *gen) isoMilli(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// saasUser returns how an analytics call identifies its user: the
// product's database id (kept), the login or the e-mail address
// (planted), with the label category.
func (g *gen) saasUser(email string) (id, cat string) {
	switch g.rng.IntN(4) {
	case 0:
		return email, "email"
	case 1:
		return g.personLogin(), "name"
	case 2:
		return g.num(10000, 9999999), "counter"
	}
	return g.hexID(13), "hash"
}

func (g *gen) jUser(b []byte, key, id, cat string) []byte {
	if cat == "email" || cat == "name" {
		return g.jp(b, key, cat, id)
	}
	return g.jk(b, key, cat, id)
}

func (g *gen) segmentWebhook(st *streamState) Record {
	first, last := g.name()
	email := g.email(first, last)
	ip, ipCat := g.clientIP()
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	identify := g.pct(45)
	uid, uidCat := g.saasUser(email)
	t := g.now
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	// analytics.js keeps the anonymousId in its ajs_anonymous_id cookie:
	// one browser's id across visits, a secret as in product_events.
	b = g.jp(b, "anonymousId", "secret", g.uuid())
	b = g.js(b, "channel", pick(g, []string{"client", "server", "mobile"}))
	b = jo(b, "context")
	b = g.jp(b, "ip", ipCat, ip)
	b = jo(b, "library")
	b = g.js(b, "name", "analytics.js")
	b = g.js(b, "version", "next-1."+g.num(40, 70)+".0")
	b = append(b, '}')
	b = g.js(b, "locale", pick(g, []string{"en-US", "de-DE", "uk-UA", "fr-FR"}))
	b = jo(b, "page")
	path := pick(g, []string{"/signup", "/checkout", "/pricing", "/settings/team"})
	search := ""
	if g.pct(35) {
		enc := pctEnc(email, false, false)
		g.plantAt("email", email, enc)
		search = "?email=" + enc + "&utm_source=newsletter"
	}
	b = g.js(b, "path", path)
	b = g.js(b, "referrer", pick(g, []string{"https://www.google.com/", "", "https://app.example.com/"}))
	b = g.js(b, "search", search)
	b = g.js(b, "title", "Example App")
	b = g.js(b, "url", "https://app.example.com"+path+search)
	b = append(b, '}')
	if !identify && g.pct(60) {
		b = jo(b, "traits")
		b = g.jp(b, "email", "email", email)
		if g.pct(50) {
			b = g.jp(b, "name", "name", first+" "+last)
		}
		b = append(b, '}')
	}
	b = g.js(b, "userAgent", ua)
	b = append(b, '}')
	ev := pick(g, []string{"Signed Up", "Invite Sent", "Order Completed", "Product Viewed"})
	if !identify {
		b = g.js(b, "event", ev)
	}
	b = append(jkey(b, "integrations"), "{}"...)
	if g.pct(50) {
		b = g.jk(b, "messageId", "requestid", "ajs-next-"+g.hexID(32))
	} else {
		b = g.jk(b, "messageId", "uuid", g.uuid())
	}
	b = g.jk(b, "originalTimestamp", "timestamp", g.isoMilli(t))
	if !identify {
		b = g.saasTrackProps(b, ev)
	}
	b = g.jk(b, "receivedAt", "timestamp", g.isoMilli(t.Add(412*time.Millisecond)))
	b = g.jk(b, "sentAt", "timestamp", g.isoMilli(t.Add(37*time.Millisecond)))
	b = g.js(b, "timestamp", g.isoMilli(t.Add(375*time.Millisecond)))
	if identify {
		b = jo(b, "traits")
		city := pick(g, saasPostal)
		b = jo(b, "address")
		b = g.js(b, "city", city[0])
		b = g.js(b, "country", city[3])
		b = g.jp(b, "postalCode", "address", city[2])
		b = g.js(b, "state", city[1])
		b = g.jp(b, "street", "address", g.street())
		b = append(b, '}')
		b = g.jk(b, "createdAt", "timestamp", g.isoMilli(t.Add(-400*24*time.Hour)))
		b = g.jp(b, "email", "email", email)
		b = g.jp(b, "firstName", "name", first)
		b = g.jp(b, "lastName", "name", last)
		n := g.num(1, 400)
		b = jn(b, "logins", n)
		g.keepAt("counter", n, `"logins":`+n)
		if g.pct(70) {
			b = g.jp(b, "phone", "phone", g.phone())
		}
		b = g.js(b, "plan", pick(g, []string{"premium", "free", "team"}))
		b = append(b, '}')
		b = g.js(b, "type", "identify")
	} else {
		b = g.js(b, "type", "track")
	}
	b = g.jUser(b, "userId", uid, uidCat)
	b = jn(b, "version", "2")
	return Record{Line: append(b, '}')}
}

// saasTrackProps writes a track call's properties as the Spec's B2B SaaS
// and E-commerce events define them.
func (g *gen) saasTrackProps(b []byte, ev string) []byte {
	b = jo(b, "properties")
	switch ev {
	case "Signed Up":
		f, l := g.name()
		b = g.jp(b, "email", "email", g.email(f, l))
		b = g.jp(b, "first_name", "name", f)
		b = g.jp(b, "last_name", "name", l)
		if g.pct(60) {
			b = g.jp(b, "phone", "phone", g.phone())
		}
		b = g.js(b, "title", pick(g, []string{"CTO", "Engineer", "Head of Sales"}))
		b = g.js(b, "type", "organic")
		b = g.jp(b, "username", "name", g.personLogin())
	case "Invite Sent":
		f, l := g.name()
		b = g.jp(b, "invitee_email", "email", g.email(f, l))
		b = g.jp(b, "invitee_first_name", "name", f)
		b = g.jp(b, "invitee_last_name", "name", l)
		b = g.js(b, "invitee_role", pick(g, []string{"Owner", "Admin", "Member"}))
	case "Order Completed":
		b = g.jk(b, "checkout_id", "hash", g.hexID(24))
		b = g.js(b, "currency", "USD")
		b = g.jk(b, "order_id", "hash", g.hexID(24))
		b = ja(b, "products")
		b = jo(b, "")
		b = g.js(b, "name", pick(g, []string{"Monopoly: 3rd Edition", "Uno Card Game"}))
		b = jn(b, "price", "19.99")
		b = g.jk(b, "product_id", "hash", g.hexID(24))
		b = jn(b, "quantity", g.num(1, 3))
		b = g.js(b, "sku", "45790-"+g.digits(2))
		b = append(b, '}', ']')
		tot := g.num(20, 400) + "." + g.digits(2)
		b = jn(b, "revenue", tot)
		g.keepAt("counter", tot, `"revenue":`+tot)
	default:
		b = g.js(b, "category", "Games")
		b = g.jk(b, "product_id", "hash", g.hexID(24))
		b = g.js(b, "url", "https://www.example.com/product/path")
	}
	return append(b, '}')
}

func (g *gen) mixpanelExport(st *streamState) Record {
	first, last := g.name()
	email := g.email(first, last)
	geo := pick(g, saasPostal)
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = g.js(b, "event", pick(g, []string{"Sign Up", "Page View", "Purchase", "Password Reset Requested", "$mp_web_page_view"}))
	b = jo(b, "properties")
	tm := strconv.FormatInt(g.now.Unix(), 10)
	b = jn(b, "time", tm)
	g.keepAt("epoch", tm, `"time":`+tm)
	mobile := st.variant%3 == 2
	var did string
	if mobile {
		did = strings.ToUpper(g.uuid())
	} else {
		did = g.hexID(14) + "-" + g.hexID(14) + "-" + g.hexID(8) + "-" + g.hexID(6) + "-" + g.hexID(14)
	}
	identified := g.pct(70)
	uid, uidCat := g.saasUser(email)
	if identified {
		b = g.jUser(b, "distinct_id", uid, uidCat)
	} else {
		b = g.jk(b, "distinct_id", "hash", "$device:"+did)
	}
	if mobile {
		b = g.js(b, "$app_version_string", "4."+g.num(0, 20)+"."+g.num(0, 9))
		b = g.js(b, "$carrier", pick(g, []string{"Vodafone", "T-Mobile", "Kyivstar"}))
	} else {
		b = g.js(b, "$browser", "Chrome")
		b = jn(b, "$browser_version", "120")
	}
	b = g.js(b, "$city", geo[0])
	if !mobile {
		var q string
		switch g.rng.IntN(4) {
		case 0:
			enc := pctEnc(email, false, g.pct(30))
			g.plantAt("email", email, enc)
			q = "/signup/complete?email=" + enc + "&utm_source=newsletter&utm_medium=email"
		case 1:
			tok := g.token(32)
			g.plantAt("secret", tok)
			q = "/password/reset?token=" + tok
		case 2:
			ph := g.e164()
			enc := pctEnc(ph, false, false)
			g.plantAt("phone", ph, enc)
			q = "/verify?phone=" + enc + "&step=2"
		default:
			q = "/pricing?plan=team&utm_campaign=spring"
		}
		b = g.js(b, "$current_url", "https://app.example.com"+q)
	}
	b = g.jk(b, "$device_id", "hash", did)
	if g.pct(60) {
		b = g.jp(b, "$email", "email", email)
	}
	b = g.js(b, "$initial_referrer", "$direct")
	b = g.js(b, "$initial_referring_domain", "$direct")
	b = g.jk(b, "$insert_id", "hash", g.chars(16, lowerNum))
	b = g.js(b, "$lib_version", "2."+g.num(40, 55)+".0")
	ms := strconv.FormatInt(g.now.UnixMilli()+int64(g.rng.IntN(900)), 10)
	b = jn(b, "$mp_api_timestamp_ms", ms)
	g.keepAt("epoch", ms)
	if g.pct(40) {
		b = g.jp(b, "$name", "name", first+" "+last)
	}
	b = g.js(b, "$os", pick(g, []string{"Windows", "Mac OS X", "Android", "iOS"}))
	if g.pct(30) {
		b = g.jp(b, "$phone", "phone", g.phone())
	}
	b = g.js(b, "$region", geo[1])
	b = jn(b, "$screen_height", "1080")
	b = jn(b, "$screen_width", "1920")
	if identified {
		b = g.jUser(b, "$user_id", uid, uidCat)
	}
	b = g.js(b, "mp_country_code", geo[3])
	b = g.js(b, "mp_lib", map[bool]string{true: "android", false: "web"}[mobile])
	pms := strconv.FormatInt(g.now.UnixMilli()+1500, 10)
	b = jn(b, "mp_processing_time_ms", pms)
	g.keepAt("epoch", pms)
	return Record{Line: append(b, '}', '}')}
}

func (g *gen) amplitudeExport(st *streamState) Record {
	first, last := g.name()
	email := g.email(first, last)
	ip, ipCat := g.clientIP()
	geo := pick(g, saasPostal)
	mobile := g.pct(60)
	android := mobile && g.pct(50)
	t := g.now.UTC().Format("2006-01-02 15:04:05.000000")
	b := make([]byte, 0, 2400)
	b = append(b, '{')
	b = g.jk(b, "$insert_id", "uuid", g.uuid())
	if android {
		b = g.jp(b, "adid", "device_id", g.uuid())
	} else {
		b = append(jkey(b, "adid"), "null"...)
	}
	aid := g.num(100000000, 999999999) + g.digits(3)
	b = jn(b, "amplitude_id", aid)
	g.keepAt("counter", aid)
	b = jn(b, "app", "3"+g.digits(5))
	b = g.js(b, "city", geo[0])
	b = g.jk(b, "client_event_time", "timestamp", t)
	b = g.js(b, "client_upload_time", t)
	b = g.js(b, "country", geo[3])
	if mobile {
		b = g.js(b, "device_brand", pick(g, []string{"samsung", "Google", "Apple"}))
		b = g.js(b, "device_carrier", pick(g, []string{"Vodafone", "O2", "Kyivstar"}))
	}
	b = g.js(b, "device_family", pick(g, []string{"Samsung Galaxy S23", "Apple iPhone", "Windows"}))
	b = g.jk(b, "device_id", "uuid", g.uuid())
	b = g.js(b, "dma", pick(g, []string{"San Francisco-Oakland-San Jose, CA", "New York, NY", ""}))
	eid := g.num(1, 9999)
	b = jn(b, "event_id", eid)
	g.keepAt("counter", eid, `"event_id":`+eid)
	b = jo(b, "event_properties")
	switch g.rng.IntN(4) {
	case 0:
		b = g.js(b, "screen", "Checkout")
		b = g.jp(b, "shipping_phone", "phone", g.phone())
		b = g.jp(b, "shipping_address", "address", g.street())
	case 1:
		enc := pctEnc(email, false, false)
		g.plantAt("email", email, enc)
		b = g.js(b, "url", "https://app.example.com/invite/accept?email="+enc)
	case 2:
		f2, l2 := g.name()
		b = g.jp(b, "invitee_email", "email", g.email(f2, l2))
		b = g.js(b, "role", "member")
	default:
		n := g.num(1, 50)
		b = jn(b, "items", n)
		b = g.js(b, "source", "search")
	}
	b = append(b, '}')
	b = g.jk(b, "event_time", "timestamp", t)
	b = g.js(b, "event_type", pick(g, []string{"Checkout Started", "Invite Accepted", "Screen Viewed", "session_start"}))
	if mobile && !android {
		b = g.jp(b, "idfa", "device_id", strings.ToUpper(g.uuid()))
		b = g.jp(b, "idfv", "device_id", strings.ToUpper(g.uuid()))
	} else {
		b = append(jkey(b, "idfa"), "null"...)
	}
	b = g.jp(b, "ip_address", ipCat, ip)
	b = g.js(b, "language", "English")
	b = g.js(b, "library", pick(g, []string{"amplitude-android/2.39.8", "amplitude-ios/8.17.1", "amplitude-ts/2.4.1"}))
	b = append(jkey(b, "location_lat"), "null"...)
	b = append(jkey(b, "location_lng"), "null"...)
	b = g.js(b, "os_name", pick(g, []string{"android", "ios", "Chrome"}))
	b = g.js(b, "platform", pick(g, []string{"Android", "iOS", "Web"}))
	b = g.js(b, "region", geo[1])
	sid := strconv.FormatInt(g.now.UnixMilli()-int64(g.rng.IntN(900000)), 10)
	b = jn(b, "session_id", sid)
	g.keepAt("epoch", sid)
	uid, uidCat := g.saasUser(email)
	b = g.jUser(b, "user_id", uid, uidCat)
	b = jo(b, "user_properties")
	if g.pct(70) {
		b = g.jp(b, "email", "email", email)
	}
	b = g.jp(b, "name", "name", first+" "+last)
	if g.pct(50) {
		b = g.jp(b, "phone", "phone", g.phone())
	}
	b = g.js(b, "plan", pick(g, []string{"free", "pro"}))
	b = append(b, '}')
	b = g.jk(b, "uuid", "uuid", g.uuid())
	b = g.js(b, "version_name", "4."+g.num(0, 9)+"."+g.num(0, 9))
	return Record{Line: append(b, '}')}
}

// Salesforce EventLogFile: the fields of each event type in the order of
// the CSV files.
var sfEventFields = map[string][]string{
	"Login": {"EVENT_TYPE", "TIMESTAMP", "REQUEST_ID", "ORGANIZATION_ID", "USER_ID", "RUN_TIME", "CPU_TIME", "URI", "SESSION_KEY", "LOGIN_KEY", "USER_TYPE", "REQUEST_STATUS", "DB_TOTAL_TIME", "BROWSER_TYPE", "API_TYPE", "API_VERSION", "USER_NAME", "TLS_PROTOCOL", "CIPHER_SUITE", "AUTHENTICATION_METHOD_REFERENCE", "LOGIN_STATUS", "TIMESTAMP_DERIVED", "USER_ID_DERIVED", "CLIENT_IP", "URI_ID_DERIVED", "SOURCE_IP"},
	"URI":   {"EVENT_TYPE", "TIMESTAMP", "REQUEST_ID", "ORGANIZATION_ID", "USER_ID", "RUN_TIME", "CPU_TIME", "URI", "SESSION_KEY", "LOGIN_KEY", "USER_TYPE", "REQUEST_STATUS", "DB_TOTAL_TIME", "DB_BLOCKS", "DB_CPU_TIME", "REFERRER_URI", "TIMESTAMP_DERIVED", "USER_ID_DERIVED", "CLIENT_IP", "URI_ID_DERIVED"},
	"API":   {"EVENT_TYPE", "TIMESTAMP", "REQUEST_ID", "ORGANIZATION_ID", "USER_ID", "RUN_TIME", "CPU_TIME", "URI", "SESSION_KEY", "LOGIN_KEY", "USER_TYPE", "REQUEST_STATUS", "DB_TOTAL_TIME", "DB_BLOCKS", "DB_CPU_TIME", "METHOD_NAME", "ENTITY_NAME", "ROWS_PROCESSED", "REQUEST_SIZE", "RESPONSE_SIZE", "API_TYPE", "API_VERSION", "CLIENT_NAME", "TIMESTAMP_DERIVED", "USER_ID_DERIVED", "CLIENT_IP", "URI_ID_DERIVED"},
}

var sfEventTypes = []string{"Login", "URI", "API"}

// sfID returns a 15-character Salesforce record id: a three-character key
// prefix, the pod and the record number.
func (g *gen) sfRecID(prefix string) string {
	return prefix + g.num(1, 9) + g.chars(2, base62) + "000000" + g.chars(3, base62)
}

func (g *gen) sfEventLogCSV(st *streamState) Record {
	typ := sfEventTypes[st.variant%len(sfEventTypes)]
	fields := sfEventFields[typ]
	if st.n == 0 {
		var b []byte
		for i, f := range fields {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '"')
			b = append(b, f...)
			b = append(b, '"')
		}
		return Record{Line: b, Header: true}
	}
	org := "00D" + g.num(1, 9) + "x0000000" + g.chars(4, base62)
	user := g.sfRecID("005")
	ip, ipCat := g.clientIP()
	t := g.now.UTC()
	vals := make([]string, len(fields))
	num := func(i int, s string) { vals[i] = s; g.keepAt("counter", s, `,"`+s+`",`) }
	for i, f := range fields {
		switch f {
		case "EVENT_TYPE":
			vals[i] = typ
		case "TIMESTAMP":
			vals[i] = t.Format("20060102150405.000")
			g.keepAt("timestamp", vals[i])
		case "REQUEST_ID":
			vals[i] = g.num(1, 4) + g.chars(21, b64url)
			g.keepAt("requestid", vals[i])
		case "ORGANIZATION_ID":
			vals[i] = org
			g.keepAt("hash", org)
		case "USER_ID":
			vals[i] = user
			g.keepAt("hash", user)
		case "RUN_TIME", "CPU_TIME", "DB_TOTAL_TIME", "DB_BLOCKS", "DB_CPU_TIME", "ROWS_PROCESSED", "REQUEST_SIZE", "RESPONSE_SIZE":
			lo := map[string]int{"DB_TOTAL_TIME": 100000, "REQUEST_SIZE": 100, "RESPONSE_SIZE": 200}[f]
			num(i, strconv.Itoa(lo+g.rng.IntN(90000)))
		case "URI":
			switch typ {
			case "Login":
				vals[i] = pick(g, []string{"/index.jsp", "/services/Soap/u/59.0", "/services/oauth2/token"})
			case "API":
				vals[i] = pick(g, []string{"/services/data/v59.0/query", "/services/data/v59.0/sobjects/Contact", "/services/Soap/u/59.0"})
			default:
				switch g.rng.IntN(3) {
				case 0:
					id := g.sfRecID("003")
					g.keepAt("hash", id)
					vals[i] = "/" + id
				case 1:
					var q string
					if g.pct(50) {
						f, l := g.name()
						e := g.email(f, l)
						q = pctEnc(e, true, false)
						g.plantAt("email", e, q)
					} else {
						ph := g.phone()
						q = pctEnc(ph, true, false)
						g.plantAt("phone", ph, q)
					}
					vals[i] = "/_ui/search/ui/UnifiedSearchResults?searchType=2&str=" + q
				default:
					vals[i] = "/lightning/r/Account/" + g.sfRecID("001") + "/view"
				}
			}
		case "SESSION_KEY", "LOGIN_KEY":
			vals[i] = g.token(16)
			g.plantAt("secret", vals[i])
		case "USER_TYPE":
			vals[i] = pick(g, []string{"Standard", "Standard", "PowerPartner", "CspLitePortal"})
		case "REQUEST_STATUS":
			vals[i] = pick(g, []string{"S", "S", "F", "U"})
		case "BROWSER_TYPE":
			ua, ver := g.ua()
			if ver != "" {
				g.keepAt("version", ver)
			}
			vals[i] = ua
		case "API_TYPE":
			vals[i] = pick(g, []string{"R", "E", "P", "N/A"})
		case "API_VERSION":
			vals[i] = pick(g, []string{"59.0", "58.0", "9998.0"})
		case "USER_NAME":
			f, l := g.name()
			vals[i] = g.email(f, l)
			g.plantAt("email", vals[i])
		case "TLS_PROTOCOL":
			vals[i] = pick(g, []string{"TLSv1.2", "TLSv1.3"})
		case "CIPHER_SUITE":
			vals[i] = pick(g, []string{"ECDHE-RSA-AES256-GCM-SHA384", "TLS_AES_256_GCM_SHA384"})
		case "AUTHENTICATION_METHOD_REFERENCE":
			vals[i] = pick(g, []string{"pwd", "pwd mfa", ""})
		case "LOGIN_STATUS":
			vals[i] = pick(g, []string{"LOGIN_NO_ERROR", "LOGIN_NO_ERROR", "LOGIN_ERROR_INVALID_PASSWORD"})
		case "TIMESTAMP_DERIVED":
			vals[i] = g.isoMilli(t)
			g.keepAt("timestamp", vals[i])
		case "USER_ID_DERIVED":
			vals[i] = user + g.chars(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")
			g.keepAt("hash", vals[i])
		case "CLIENT_IP":
			vals[i] = ip
			g.plantAt(ipCat, ip)
		case "SOURCE_IP":
			vals[i] = ip
		case "URI_ID_DERIVED":
			if strings.HasPrefix(vals[7], "/003") {
				vals[i] = vals[7][1:] + "AAA"
				g.keepAt("hash", vals[i])
			}
		case "REFERRER_URI":
			vals[i] = "https://example.my.salesforce.com/" + g.sfRecID("001")
		case "METHOD_NAME":
			vals[i] = pick(g, []string{"query", "create", "update", "describeSObjects"})
		case "ENTITY_NAME":
			vals[i] = pick(g, []string{"Contact", "Account", "Lead", "Opportunity"})
		case "CLIENT_NAME":
			vals[i] = pick(g, []string{"DataLoaderBulkUI/59.0.0", "Workbench/", "", "sfdx toolbelt:"})
		}
	}
	var b []byte
	for i, v := range vals {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, strings.ReplaceAll(v, `"`, `""`)...)
		b = append(b, '"')
	}
	return Record{Line: b}
}

// logcatHead writes threadtime's "MM-DD HH:MM:SS.mmm  PID  TID L TAG     : ".
func (g *gen) logcatHead(b []byte, pid, tid, level, tag string) []byte {
	b = g.keep(b, "timestamp", g.now.UTC().Format("01-02 15:04:05.000"), "")
	p := fmt.Sprintf(" %5s %5s ", pid, tid)
	g.keepAt("counter", pid, p)
	b = append(b, p...)
	b = append(b, level...)
	b = append(b, ' ')
	b = append(b, fmt.Sprintf("%-8s", tag)...)
	return append(b, ": "...)
}

func (g *gen) logcatThreadtime(st *streamState) Record {
	pid := strconv.Itoa(1000 + (st.variant*7919)%30000)
	tid := pid
	if g.pct(60) {
		tid = g.num(1000, 32000)
	}
	b := make([]byte, 0, 400)
	first, last := g.name()
	switch g.rng.IntN(13) {
	case 0:
		b = g.logcatHead(b, "1432", g.num(1500, 3000), "I", "ActivityManager")
		b = append(b, "Start proc "+pid+":com.example.shop/u0a"+g.num(10, 300)+" for activity {com.example.shop/com.example.shop.MainActivity}"...)
	case 1:
		b = g.logcatHead(b, pid, tid, "D", "LoginViewModel")
		e := g.email(first, last)
		b = append(b, "signIn success user="...)
		b = g.plant(b, "email", e, "")
		b = append(b, " uid="+g.num(10000, 999999)...)
	case 2:
		b = g.logcatHead(b, pid, tid, "D", "AccountSync")
		e := g.email(first, last)
		typ := "com.google"
		if g.pct(40) {
			e = g.personLogin()
			typ = "com.example.account"
			g.plantAt("name", e, "name="+e)
		} else {
			g.plantAt("email", e)
		}
		b = append(b, "addAccountExplicitly: Account {name="+e+", type="+typ+"}"...)
	case 3:
		b = g.logcatHead(b, pid, tid, "I", "DeviceRegistration")
		aid := g.hexID(16)
		b = append(b, "register androidId="...)
		b = g.plant(b, "device_id", aid, "")
		if g.pct(50) {
			b = append(b, " imei="...)
			b = g.plant(b, "device_id", g.imei(), "")
		}
		b = append(b, " sdk=34 model=Pixel 8"...)
	case 4:
		b = g.logcatHead(b, pid, tid, "D", "LocationRepo")
		lat := fmt.Sprintf("%.6f", 40+g.rng.Float64()*15)
		lon := fmt.Sprintf("%.6f", -5+g.rng.Float64()*35)
		b = append(b, "onLocationChanged: Location[fused "...)
		b = g.plant(b, "geo", lat, "")
		b = append(b, ',')
		b = g.plant(b, "geo", lon, "")
		acc := g.num(3, 40) + ".0"
		b = append(b, " hAcc="+acc+" et=+"+g.num(1, 9)+"d"+g.num(0, 23)+"h"+g.num(0, 59)+"m"+g.num(0, 59)+"s"+g.num(100, 999)+"ms alt="+g.num(20, 300)+".0 vAcc="+g.num(1, 9)+".0]"...)
	case 5:
		b = g.logcatHead(b, pid, tid, "I", "okhttp.OkHttpClient")
		b = append(b, "Authorization: Bearer "...)
		b = g.plant(b, "jwt", g.jwt(g.num(1000, 99999)), "")
	case 6:
		b = g.logcatHead(b, pid, tid, "I", "okhttp.OkHttpClient")
		if g.pct(50) {
			ph := g.e164()
			enc := pctEnc(ph, false, false)
			b = append(b, "--> POST https://api.example.com/v2/otp/send?phone="...)
			b = g.plant(b, "phone", ph, enc)
		} else {
			b = append(b, "--> GET https://api.example.com/v2/me?access_token="...)
			b = g.plant(b, "secret", g.token(40), "")
		}
		b = append(b, " http/1.1"...)
	case 7:
		b = g.logcatHead(b, pid, tid, "D", "FirebaseMessaging")
		b = append(b, "FCM registration token: "...)
		b = g.plant(b, "secret", g.chars(22, b64url)+":APA91b"+g.chars(134, b64url), "")
	case 8:
		b = g.logcatHead(b, pid, tid, "D", "ProfileFragment")
		b = append(b, "bind profile: name="...)
		b = g.plant(b, "name", first+" "+last, "")
		b = append(b, ", phone="...)
		b = g.plant(b, "phone", g.phone(), "")
		b = append(b, ", verified=true"...)
	case 9:
		b = g.logcatHead(b, pid, g.num(1000, 32000), "I", "art")
		n1, n2 := g.num(10000, 99999), g.num(2, 99)
		g.keepAt("counter", n1)
		b = append(b, "Background concurrent copying GC freed "+n1+"("+g.num(1, 9)+"MB) AllocSpace objects, "+n2+"("+g.num(100, 999)+"KB) LOS objects, "+g.num(20, 60)+"% free, "+g.num(2, 9)+"MB/"+g.num(10, 20)+"MB, paused "+g.num(50, 900)+"us total "+g.num(10, 99)+"."+g.digits(3)+"ms"...)
	case 10:
		b = g.logcatHead(b, "1432", g.num(1500, 3000), "I", "ActivityTaskManager")
		ms := g.num(200, 2000)
		b = append(b, "Displayed com.example.shop/.MainActivity: +"+ms+"ms"...)
		g.keepAt("duration", "+"+ms+"ms")
	case 11:
		// A Kotlin data class's toString, as apps log their models.
		b = g.logcatHead(b, pid, tid, "W", "CheckoutActivity")
		b = append(b, "address rejected by validator: ShippingAddress(name="...)
		b = g.plant(b, "name", first+" "+last, "")
		b = append(b, ", street="...)
		b = g.plant(b, "address", g.street(), "")
		b = append(b, ", city="+pick(g, []string{"Berlin", "Lyon", "Kyiv"})+", countryCode="+pick(g, []string{"DE", "FR", "UA"})+")"...)
	default:
		b = g.logcatHead(b, pid, tid, "E", "AndroidRuntime")
		b = append(b, "FATAL EXCEPTION: main Process: com.example.shop, PID: "...)
		b = g.keep(b, "counter", pid, "")
	}
	return Record{Line: b}
}

// sdEsc escapes a PARAM-VALUE (RFC 5424 6.3.3): '"', '\' and ']'.
func sdEsc(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, `]`, `\]`).Replace(s)
}

func (g *gen) syslog5424SD(st *streamState) Record {
	b := make([]byte, 0, 600)
	pri := pick(g, []string{"165", "86", "134", "38", "14"})
	b = append(b, '<')
	b = append(b, pri...)
	b = append(b, ">1 "...)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"), "")
	host := pick(g, []string{"mymachine.example.com", "app-03.example.net", "auth-1"})
	app := pick(g, []string{"auth-svc", "billing", "su", "evntslog"})
	pid := g.num(100, 65000)
	b = append(b, ' ')
	b = append(b, host...)
	b = append(b, ' ')
	b = append(b, app...)
	b = append(b, ' ')
	b = g.keep(b, "counter", pid, "")
	msgid := pick(g, []string{"ID47", "LOGIN", "AUDIT", "-"})
	b = append(b, ' ')
	b = append(b, msgid...)
	b = append(b, ' ')
	first, last := g.name()
	email := g.email(first, last)
	ip, ipCat := g.clientIP()
	param := func(b []byte, name, cat, val string) []byte {
		b = append(b, ' ')
		b = append(b, name...)
		b = append(b, '=', '"')
		form := sdEsc(val)
		if cat != "" {
			g.plantAt(cat, val, form)
		}
		b = append(b, form...)
		return append(b, '"')
	}
	b = append(b, `[exampleSDID@32473 iut="`...)
	b = g.keep(b, "counter", g.num(1, 9), "")
	b = append(b, `" eventSource="Application" eventID="`...)
	eid := g.num(1000, 1099)
	b = g.keep(b, "counter", eid, "")
	b = append(b, `"]`...)
	switch g.rng.IntN(5) {
	case 0:
		b = append(b, `[origin`...)
		b = param(b, "ip", ipCat, ip)
		b = append(b, ` software="auth-svc" swVersion="2.4.1"]`...)
	case 1:
		b = append(b, `[auth@32473`...)
		b = param(b, "user", "name", g.personLogin())
		b = param(b, "email", "email", email)
		b = param(b, "src", ipCat, ip)
		b = append(b, ` result="failure" attempts="`+g.num(1, 5)+`"]`...)
	case 2:
		b = append(b, `[profile@32473`...)
		nick := pick(g, []string{"Lena", "JD", "Bob"})
		b = param(b, "displayName", "name", first+` "`+nick+`" `+last)
		b = param(b, "phone", "phone", g.phone())
		b = append(b, ` groups="[staff\] [admins\]"]`...)
	case 3:
		b = append(b, `[http@32473`...)
		b = param(b, "client", ipCat, ip)
		enc := pctEnc(email, false, false)
		g.plantAt("email", email, enc)
		b = append(b, ` path="/api/users?email=`+enc+`&page[size\]=20" status="200"]`...)
	}
	if g.pct(40) {
		b = append(b, `[meta sequenceId="`...)
		b = g.keep(b, "counter", g.num(1, 99999), "")
		b = append(b, `"]`...)
	}
	if g.pct(25) {
		b = append(b, `[timeQuality tzKnown="1" isSynced="1" syncAccuracy="60000"]`...)
	}
	b = append(b, ' ')
	if g.pct(30) {
		b = append(b, "\xef\xbb\xbf"...)
	}
	switch g.rng.IntN(4) {
	case 0:
		b = append(b, "An application event log entry..."...)
	case 1:
		b = append(b, "'su root' failed for "...)
		b = g.plant(b, "name", g.personLogin(), "")
		b = append(b, " on /dev/pts/"+g.num(0, 9)...)
	case 2:
		b = append(b, "password reset link sent to "...)
		b = g.plant(b, "email", g.email(g.name()), "")
	default:
		b = append(b, "login from "...)
		ip2, c2 := g.clientIP()
		b = g.plant(b, c2, ip2, "")
		b = append(b, " accepted for "...)
		b = g.plant(b, "email", email, "")
	}
	return Record{Line: b}
}

var entraLogApps = [][2]string{
	{"Microsoft Teams", "1fec8e78-bce4-4aaf-ab1b-5451cc387264"},
	{"Azure Portal", "c44b4083-3bb0-49c1-b47d-974e53cbdf3c"},
	{"Office 365 Exchange Online", "00000002-0000-0ff1-ce00-000000000000"},
	{"Microsoft Authentication Broker", "29d9ed98-a469-4536-ade2-f981bc1d605e"},
}

var entraErrors = []struct {
	code, reason string
}{
	{"0", ""},
	{"0", ""},
	{"50126", "Error validating credentials due to invalid username or password."},
	{"50074", "Strong Authentication is required."},
	{"50140", "This error occurred due to 'Keep me signed in' interrupt when the user was signing in."},
}

func (g *gen) entraSignInLog(st *streamState) Record {
	first, last := g.name()
	upn := strings.ToLower(ascii(first)) + "." + strings.ToLower(ascii(last)) + "@contoso.example.com"
	guest := g.pct(15)
	if guest {
		local := g.email(first, last)
		local = strings.ReplaceAll(strings.ToLower(local), "@", "_")
		g.plantAt("email", local)
		upn = local + "#EXT#@contoso.onmicrosoft.com"
	}
	ip, ipCat := g.clientIP()
	geo := pick(g, [][6]string{{"Berlin", "Berlin", "DE", "52.52437", "13.41053", ""}, {"London", "London", "GB", "51.50853", "-0.12574", ""}, {"Kyiv", "Kyiv", "UA", "50.45466", "30.5238", ""}, {"Redmond", "Washington", "US", "47.6740", "-122.1215", ""}})
	app := pick(g, entraLogApps)
	er := pick(g, entraErrors)
	corr := g.uuid()
	tenant := g.uuid()
	oid := g.uuid()
	t := g.now.UTC()
	b := make([]byte, 0, 3000)
	b = append(b, '{')
	b = g.jk(b, "time", "timestamp", t.Format("2006-01-02T15:04:05.0000000Z"))
	b = g.js(b, "resourceId", "/tenants/"+tenant+"/providers/Microsoft.aadiam")
	b = g.js(b, "operationName", "Sign-in activity")
	b = g.js(b, "operationVersion", "1.0")
	b = g.js(b, "category", pick(g, []string{"SignInLogs", "SignInLogs", "NonInteractiveUserSignInLogs"}))
	b = g.jk(b, "tenantId", "uuid", tenant)
	b = g.jk(b, "resultType", "status", er.code)
	sig := "None"
	if er.code != "0" {
		sig = "SUCCESS"
	}
	b = g.js(b, "resultSignature", sig)
	b = g.js(b, "resultDescription", er.reason)
	b = jn(b, "durationMs", "0")
	b = g.jp(b, "callerIpAddress", ipCat, ip)
	b = g.jk(b, "correlationId", "uuid", corr)
	b = g.jp(b, "identity", "name", first+" "+last)
	b = jn(b, "Level", "4")
	b = g.js(b, "location", geo[2])
	b = jo(b, "properties")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.jk(b, "createdDateTime", "timestamp", t.Format("2006-01-02T15:04:05.0000000+00:00"))
	b = g.jp(b, "userDisplayName", "name", first+" "+last)
	if guest {
		b = g.jf(b, "userPrincipalName", planted, "email", upn, nil)
	} else {
		b = g.jp(b, "userPrincipalName", "email", upn)
	}
	b = g.jk(b, "userId", "uuid", oid)
	b = g.jk(b, "appId", "uuid", app[1])
	b = g.jk(b, "appDisplayName", "app", app[0])
	b = g.jp(b, "ipAddress", ipCat, ip)
	b = jo(b, "status")
	b = jn(b, "errorCode", er.code)
	g.keepAt("status", er.code, `"errorCode":`+er.code)
	if er.reason != "" {
		b = g.js(b, "failureReason", er.reason)
		b = g.jk(b, "additionalDetails", "message", "The user didn't enter the right credentials. It's expected to see some number of these errors in your logs due to users making mistakes.")
	}
	b = append(b, '}')
	b = g.js(b, "clientAppUsed", pick(g, []string{"Browser", "Mobile Apps and Desktop clients"}))
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "userAgent", ua)
	b = jo(b, "deviceDetail")
	if g.pct(50) {
		b = g.jk(b, "deviceId", "uuid", g.uuid())
		b = g.js(b, "displayName", "DESKTOP-"+strings.ToUpper(g.chars(7, lowerNum)))
		b = g.js(b, "trustType", "Azure AD joined")
		b = append(b, `,"isCompliant":true,"isManaged":true`...)
	} else {
		b = g.js(b, "deviceId", "")
		b = g.js(b, "displayName", "")
		b = append(b, `,"isCompliant":false,"isManaged":false`...)
	}
	b = g.js(b, "operatingSystem", pick(g, []string{"Windows 10", "MacOs", "Ios 17.1.2", "Android"}))
	b = g.js(b, "browser", pick(g, []string{"Chrome 120.0.0", "Edge 120.0.0", "Mobile Safari"}))
	b = append(b, '}')
	b = jo(b, "location")
	b = g.js(b, "city", geo[0])
	b = g.js(b, "state", geo[1])
	b = g.js(b, "countryOrRegion", geo[2])
	b = jo(b, "geoCoordinates")
	b = append(b, `"altitude":null`...)
	b = jn(b, "latitude", geo[3])
	b = jn(b, "longitude", geo[4])
	b = append(b, '}', '}')
	b = g.jk(b, "correlationId", "uuid", corr)
	b = g.js(b, "conditionalAccessStatus", pick(g, []string{"notApplied", "success", "failure"}))
	b = append(b, `,"appliedConditionalAccessPolicies":[]`...)
	b = append(b, `,"isInteractive":true`...)
	b = g.js(b, "tokenIssuerType", "AzureAD")
	b = g.js(b, "authenticationRequirement", pick(g, []string{"singleFactorAuthentication", "multiFactorAuthentication"}))
	b = g.js(b, "resourceDisplayName", pick(g, []string{"Windows Azure Service Management API", "Microsoft Graph", "Office 365 Exchange Online"}))
	b = g.jk(b, "resourceId", "uuid", "797f4846-ba00-4fd7-ba43-dac1f8f63013")
	b = g.jk(b, "resourceTenantId", "uuid", tenant)
	b = g.jk(b, "homeTenantId", "uuid", tenant)
	b = g.js(b, "userType", map[bool]string{true: "Guest", false: "Member"}[guest])
	b = ja(b, "authenticationDetails")
	b = jo(b, "")
	b = g.jk(b, "authenticationStepDateTime", "timestamp", t.Format("2006-01-02T15:04:05+00:00"))
	b = g.js(b, "authenticationMethod", pick(g, []string{"Password", "Previously satisfied", "Mobile app notification"}))
	b = append(b, `,"succeeded":`+map[bool]string{true: "true", false: "false"}[er.code == "0"]...)
	b = g.js(b, "authenticationStepResultDetail", pick(g, []string{"Correct password", "First factor requirement satisfied by claim in the token", "MFA successfully completed"}))
	b = append(b, `,"authenticationStepRequirement":"Primary authentication"}]`...)
	b = ja(b, "authenticationProcessingDetails")
	b = append(b, `{"key":"Login Hint Present","value":"True"},{"key":"Oauth Scope Info","value":"[\"openid\",\"profile\",\"email\"]"}]`...)
	if g.pct(30) {
		b = g.jp(b, "alternateSignInName", "email", upn)
	}
	b = g.jk(b, "originalRequestId", "uuid", g.uuid())
	b = g.js(b, "riskLevelAggregated", "none")
	b = g.js(b, "riskState", "none")
	b = append(b, '}')
	return Record{Line: append(b, '}')}
}
