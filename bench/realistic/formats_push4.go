package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
	"time"
)

// Mobile engagement and messaging back-ends as an app team logs their
// webhooks, exports and push sends (held out: written from the vendors'
// public documentation before the engine's rules were read):
//
//   - onesignal_airship_json: OneSignal's user model as its View user API
//     and JSON user export return it (identity.external_id and
//     onesignal_id, properties with tags as a free map of strings,
//     language, timezone_id, country, ip, lat/long, first_active and
//     last_active epochs; subscriptions[] whose token is the APNs device
//     token, the FCM registration token, the e-mail address or the phone
//     number in E.164 by type) and its notification event webhooks
//     (notification.displayed/clicked with heading, content, userId,
//     externalUserId), in even streams; Airship's Real-Time Data Streaming
//     events in odd ones (id, offset, occurred, processed, type; device
//     with channel, named_user_id, ios_channel or android_channel,
//     attributes with email and phone, identifiers with the advertising
//     id; bodies of SEND, OPEN, PUSH_BODY whose payload is the push's JSON
//     in base64, CUSTOM with properties, LOCATION with latitude and
//     longitude, TAG_CHANGE, IN_APP_MESSAGE_DISPLAY).
//   - branch_deeplink_json: Branch's webhooks and Data Export events (Event
//     Ontology: name, id, timestamp, origin, organization_id; user_data with
//     os, os_version, environment, platform, aaid, idfa, idfv,
//     developer_identity, browser, ip, geo_country_code, geo_city_en,
//     geo_lat, geo_lon, user_agent; last_attributed_touch_data with the ~
//     and $ link keys and the app's custom keys; event_data with revenue,
//     currency, transaction_id; custom_data a free map; content_items).
//   - fcm_apns_logs: a backend's push sends as its server library logs
//     them, one library a stream: firebase-admin for Node (the message
//     echoed with JSON.stringify, send()'s "projects/<p>/messages/<id>",
//     FirebaseMessagingError codes), the FCM HTTP v1 REST call and its
//     error body (UNREGISTERED, SENDER_ID_MISMATCH, INVALID_ARGUMENT),
//     firebase-admin for Python (json.dumps, non-ASCII as \uXXXX),
//     node-apn's result (sent[] and failed[] of device, status, response
//     reason), Pushy's PushNotificationResponse toString behind logback,
//     and Go apns2 (the request line with /3/device/<token>, the
//     Response printed with %+v: StatusCode, Reason, ApnsID, Timestamp).
//
// Push tokens (APNs device tokens, FCM registration tokens), advertising
// ids (IDFA, AAID) and the vendor id IDFV name one device over time and are
// planted as device_id, as in amplitude_export and appsflyer_csv; a zeroed
// IDFA (limit ad tracking) is a look-alike. Channel ids, onesignal_id,
// subscription ids, push ids, apns-id UUIDs and message ids are drawn by
// the vendor for one install or one message and are kept, as Amplitude's
// device_id is. Locations derived from the client's address (Branch's
// geo_city_en, geo_lat and geo_lon to two decimals) are left unlabelled as
// in okta_json; a fix the app reports (Airship LOCATION, OneSignal's
// lat/long, a delivery address's coordinates) is planted as geo. Session
// ids (Airship's session_id) are unlabelled: the repository plants session
// ids under their keys as secrets, but an SDK's analytics session UUID
// grants nothing, so either outcome is acceptable. Names inside an alert's
// sentence are name_text, as in aircall_dialpad_json.

// pushPerson is one app user, coherent within a record.
type pushPerson struct {
	first, last, email, phone, ip string
	apns, fcm                     string
	ios                           bool
}

func (g *gen) pushPerson() pushPerson {
	f, l := g.name()
	p := pushPerson{first: f, last: l, email: g.email(f, l), phone: g.e164(), ios: g.pct(50)}
	if g.pct(25) {
		p.ip = g.ipv6()
	} else {
		p.ip = g.ipv4()
	}
	if p.ios {
		p.apns = g.apnsToken()
	} else {
		p.fcm = g.fcmToken()
	}
	return p
}

// pushAlert returns a notification's title and body as an app writes them:
// a person's name, a phone number or an order number in the text; the
// values are labelled by the caller through the returned lists.
type pushText struct {
	title, body string
	names       []string // planted names (first, or first and last)
	phones      []string
	orders      []string // kept order numbers
	geo         []string
}

func (g *gen) pushText(p pushPerson) pushText {
	var t pushText
	f2, l2 := g.name()
	switch g.rng.IntN(5) {
	case 0:
		t.title = f2 + " " + l2
		t.body = "sent you a message: See you at 7?"
		t.names = []string{f2, l2}
	case 1:
		o := "A" + g.digits(7)
		t.title = "Order " + o + " is on its way"
		t.body = "Your courier " + f2 + " (" + p.phone + ") will arrive at 14:30"
		t.names = []string{f2}
		t.phones = []string{p.phone}
		t.orders = []string{o}
	case 2:
		t.title = "Hi " + p.first + "!"
		t.body = "Your ride is 3 min away"
		t.names = []string{p.first}
	case 3:
		o := g.num(100000, 999999)
		t.title = "Payment received"
		t.body = p.first + " " + p.last + ", we received your payment for order #" + o
		t.names = []string{p.first, p.last}
		t.orders = []string{o}
	default:
		t.title = "New login"
		t.body = "Sign-in from a new device. Not you? Call us on " + g.nationalPhone()
		t.phones = []string{t.body[len("Sign-in from a new device. Not you? Call us on "):]}
	}
	return t
}

// labelText labels the alert's values in the form enc gives them.
func (g *gen) labelText(t pushText, enc func(string) string) {
	if enc == nil {
		enc = func(s string) string { return s }
	}
	for _, n := range t.names {
		// A name in a sentence: name_text, as in aircall_dialpad_json.
		g.plantAt("name_text", n, enc(n))
	}
	for _, n := range t.phones {
		g.plantAt("phone", n, enc(n))
	}
	for _, o := range t.orders {
		g.keepAt("orderid", o, enc(o))
	}
}

// pyEsc is json.dumps with ensure_ascii: non-ASCII as \uXXXX.
func pyEsc(s string) string {
	var b strings.Builder
	for _, r := range jsonEsc(s) {
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		h := strconv.FormatInt(int64(r), 16)
		b.WriteString(`\u` + strings.Repeat("0", 4-len(h)) + h)
	}
	return b.String()
}

func (g *gen) epochMs(t time.Time) string { return strconv.FormatInt(t.UnixMilli(), 10) }

// onesignalAirship writes one record of the stream's vendor.
func (g *gen) onesignalAirship(st *streamState) Record {
	if st.variant%2 == 0 {
		if g.pct(35) {
			return g.onesignalWebhook()
		}
		return g.onesignalUser()
	}
	return g.airshipEvent()
}

func (g *gen) onesignalUser() Record {
	p := g.pushPerson()
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	b = jo(b, "properties")
	b = jo(b, "tags")
	b = g.jp(b, "first_name", "name", p.first)
	if g.pct(50) {
		b = g.jp(b, "last_name", "name", p.last)
	}
	if g.pct(40) {
		b = g.jp(b, "user_email", "email", p.email)
	}
	b = g.js(b, "plan", pick(g, []string{"free", "premium", "family"}))
	b = g.js(b, "cart_items", g.num(0, 9))
	if g.pct(30) {
		b = g.jk(b, "last_order_id", "orderid", g.orderID())
	}
	b = append(b, '}')
	b = g.js(b, "language", pick(g, []string{"en", "de", "uk", "fr"}))
	b = g.js(b, "timezone_id", pick(g, []string{"Europe/Berlin", "Europe/Kyiv", "America/New_York", "Europe/London"}))
	b = g.js(b, "country", pick(g, []string{"DE", "UA", "US", "GB"}))
	if g.pct(40) {
		la, lo := g.latLng(52.52, 13.405)
		b = jn(b, "lat", la)
		g.plantAt("geo", la, la)
		b = jn(b, "long", lo)
		g.plantAt("geo", lo, lo)
	}
	b = g.jp(b, "ip", map[bool]string{true: "ipv6", false: "ipv4"}[strings.Contains(p.ip, ":")], p.ip)
	fa := g.now.Add(-time.Duration(g.rng.IntN(400*24)) * time.Hour).Unix()
	b = jn(b, "first_active", strconv.FormatInt(fa, 10))
	g.keepAt("epoch", strconv.FormatInt(fa, 10))
	la := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(86400)), 10)
	b = jn(b, "last_active", la)
	g.keepAt("epoch", la)
	b = append(b, '}')
	b = jo(b, "identity")
	if g.pct(50) {
		b = g.jp(b, "external_id", "email", p.email)
	} else {
		// An app's own user id: pseudonymous, either outcome acceptable.
		b = g.js(b, "external_id", "usr_"+g.digits(8))
	}
	b = g.jk(b, "onesignal_id", "uuid", g.uuid())
	b = append(b, '}')
	b = ja(b, "subscriptions")
	sub := func(typ, cat, tok, model, osv string) {
		b = jo(b, "")
		b = g.jk(b, "id", "uuid", g.uuid())
		b = g.js(b, "type", typ)
		b = g.jp(b, "token", cat, tok)
		b = append(jkey(b, "enabled"), "true"...)
		b = jn(b, "notification_types", "1")
		n := g.num(1, 400)
		b = jn(b, "session_count", n)
		if model != "" {
			b = g.jk(b, "app_version", "version", "4."+g.num(0, 9)+"."+g.num(0, 20))
			b = g.js(b, "device_model", model)
			b = g.jk(b, "device_os", "version", osv)
			b = g.jk(b, "sdk", "version", "0502"+g.num(10, 19))
			b = g.js(b, "carrier", pick(g, []string{"Vodafone", "Telekom.de", "Kyivstar", ""}))
		}
		b = append(b, '}')
	}
	if p.ios {
		sub("iOSPush", "device_id", p.apns, "iPhone14,"+g.num(2, 8), "17."+g.num(0, 5))
	} else {
		sub("AndroidPush", "device_id", p.fcm, "Pixel "+g.num(6, 9), g.num(12, 14))
	}
	if g.pct(50) {
		sub("Email", "email", p.email, "", "")
	}
	if g.pct(40) {
		sub("SMS", "phone", p.phone, "", "")
	}
	b = append(b, ']', '}')
	return Record{Line: b}
}

func (g *gen) onesignalWebhook() Record {
	p := g.pushPerson()
	t := g.pushText(p)
	b := make([]byte, 0, 600)
	b = append(b, '{')
	b = g.js(b, "event", pick(g, []string{"notification.displayed", "notification.clicked", "notification.dismissed"}))
	b = g.jk(b, "notificationId", "uuid", g.uuid())
	b = g.js(b, "heading", t.title)
	b = g.js(b, "content", t.body)
	g.labelText(t, jsonEsc)
	b = g.jk(b, "userId", "uuid", g.uuid())
	if g.pct(60) {
		b = g.jp(b, "externalUserId", "email", p.email)
	}
	b = g.js(b, "url", "https://shop.example.com/orders")
	b = jn(b, "timestamp", g.epochMs(g.now))
	g.keepAt("epoch", g.epochMs(g.now))
	return Record{Line: append(b, '}')}
}

func (g *gen) airshipEvent() Record {
	p := g.pushPerson()
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.jk(b, "offset", "counter", g.num(100000000, 999999999))
	b = g.jk(b, "occurred", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.jk(b, "processed", "timestamp", g.now.Add(900*time.Millisecond).UTC().Format("2006-01-02T15:04:05.000Z"))
	b = jo(b, "device")
	ch := g.uuid()
	b = g.jk(b, "channel", "uuid", ch)
	if p.ios {
		b = g.js(b, "device_type", "IOS")
		b = g.jk(b, "ios_channel", "uuid", ch)
	} else {
		b = g.js(b, "device_type", "ANDROID")
		b = g.jk(b, "android_channel", "uuid", ch)
	}
	if g.pct(60) {
		b = g.jp(b, "named_user_id", "email", p.email)
	} else if g.pct(50) {
		// A customer number as the named user: pseudonymous, unlabelled.
		b = g.js(b, "named_user_id", "cust-"+g.digits(7))
	}
	b = jo(b, "attributes")
	b = g.js(b, "locale_language", "en")
	b = g.jk(b, "app_version", "version", "4."+g.num(0, 9)+"."+g.num(0, 20))
	if g.pct(50) {
		b = g.jp(b, "email", "email", p.email)
	}
	if g.pct(40) {
		b = g.jp(b, "phone", "phone", p.phone)
	}
	if g.pct(30) {
		b = g.jp(b, "first_name", "name", p.first)
	}
	b = append(b, '}')
	if g.pct(50) {
		b = jo(b, "identifiers")
		if p.ios {
			if g.pct(30) {
				b = g.jk(b, "com.urbanairship.idfa", "uuid", "00000000-0000-0000-0000-000000000000")
			} else {
				b = g.jp(b, "com.urbanairship.idfa", "device_id", strings.ToUpper(g.uuid()))
			}
			b = g.jp(b, "com.urbanairship.vendor", "device_id", strings.ToUpper(g.uuid()))
		} else {
			b = g.jp(b, "com.urbanairship.aaid", "device_id", g.uuid())
		}
		b = g.js(b, "session_id", g.uuid())
		b = append(b, '}')
	}
	b = append(b, '}')
	push, group := g.uuid(), g.uuid()
	switch g.rng.IntN(7) {
	case 0:
		b = g.js(b, "type", "SEND")
		b = jo(b, "body")
		b = g.jk(b, "push_id", "uuid", push)
		b = g.jk(b, "group_id", "uuid", group)
		b = jn(b, "variant_id", g.num(1, 3))
		b = append(jkey(b, "alerting"), "true"...)
		b = append(b, '}')
	case 1:
		b = g.js(b, "type", "OPEN")
		b = jo(b, "body")
		b = jo(b, "triggering_push")
		b = g.jk(b, "push_id", "uuid", push)
		b = g.jk(b, "group_id", "uuid", group)
		b = g.jk(b, "time", "timestamp", g.now.Add(-2*time.Minute).UTC().Format("2006-01-02T15:04:05.000Z"))
		b = append(b, '}')
		b = g.js(b, "session_id", g.uuid())
		b = append(b, '}')
	case 2:
		// PUSH_BODY: the push object as sent, base64; the whole payload
		// stands for the personal data it names.
		t := g.pushText(p)
		aud := `{"named_user":"` + p.email + `"}`
		if !g.pct(50) {
			aud = `{"channel":"` + g.uuid() + `"}`
		}
		js := `{"audience":` + aud + `,"notification":{"alert":"` + t.body + `","ios":{"alert":{"title":"` + t.title +
			`","body":"` + t.body + `"}}},"device_types":["ios","android"]}`
		enc := base64.StdEncoding.EncodeToString([]byte(js))
		cat := "name_text"
		if strings.Contains(aud, "@") {
			cat = "email"
		} else if len(t.names) == 0 && len(t.phones) > 0 {
			cat = "phone"
		}
		b = g.js(b, "type", "PUSH_BODY")
		b = jo(b, "body")
		b = g.jk(b, "push_id", "uuid", push)
		b = g.jk(b, "group_id", "uuid", group)
		b = append(jkey(b, "trimmed"), "false"...)
		b = g.js(b, "resource", "PUSHES")
		b = jkey(b, "payload")
		b = append(b, '"')
		if len(t.names)+len(t.phones) > 0 || cat == "email" {
			b = g.plant(b, cat, enc, "")
		} else {
			b = append(b, enc...)
		}
		b = append(b, '"', '}')
	case 3:
		b = g.js(b, "type", "CUSTOM")
		b = jo(b, "body")
		b = g.js(b, "name", pick(g, []string{"purchase", "checkout_completed", "profile_updated"}))
		v := g.num(5, 300) + "." + g.digits(2)
		b = jn(b, "value", v)
		g.keepAt("bytes", v, ":"+v)
		b = g.js(b, "interaction_type", "url")
		b = g.jk(b, "transaction", "orderid", g.orderID())
		b = jo(b, "properties")
		b = g.jp(b, "customer_name", "name", p.first+" "+p.last)
		if g.pct(50) {
			b = g.jp(b, "delivery_phone", "phone", p.phone)
		}
		b = g.jk(b, "order_id", "orderid", g.orderID())
		b = jn(b, "items", g.num(1, 6))
		b = append(b, '}')
		b = g.js(b, "session_id", g.uuid())
		b = append(b, '}')
	case 4:
		b = g.js(b, "type", "LOCATION")
		b = jo(b, "body")
		la, lo := g.latLng(50.45, 30.523)
		b = g.jp(b, "latitude", "geo", la)
		b = g.jp(b, "longitude", "geo", lo)
		b = append(jkey(b, "foreground"), "true"...)
		b = g.js(b, "session_id", g.uuid())
		b = append(b, '}')
	case 5:
		b = g.js(b, "type", "TAG_CHANGE")
		b = jo(b, "body")
		b = jo(b, "add")
		b = append(jkey(b, "device"), `["vip","push_opt_in"]`...)
		b = append(b, '}')
		b = jo(b, "current")
		b = append(jkey(b, "device"), `["vip","push_opt_in","de"]`...)
		b = ja(b, "timezone")
		b = append(b, `"Europe/Berlin"]`...)
		b = append(b, '}', '}')
	default:
		b = g.js(b, "type", "IN_APP_MESSAGE_DISPLAY")
		b = jo(b, "body")
		b = g.jk(b, "push_id", "uuid", push)
		b = g.jk(b, "group_id", "uuid", group)
		b = g.js(b, "session_id", g.uuid())
		b = jo(b, "triggering_push")
		b = g.jk(b, "push_id", "uuid", g.uuid())
		b = append(b, '}', '}')
	}
	return Record{Line: append(b, '}')}
}

// branchEvent writes one Branch webhook / Data Export event.
func (g *gen) branchEvent(st *streamState) Record {
	p := g.pushPerson()
	b := make([]byte, 0, 1800)
	b = append(b, '{')
	name := pick(g, []string{"INSTALL", "OPEN", "PURCHASE", "CLICK", "REINSTALL", "ADD_TO_CART", "COMPLETE_REGISTRATION"})
	b = g.js(b, "name", name)
	id := strconv.FormatUint(g.rng.Uint64()>>2, 10)
	b = jn(b, "id", id)
	g.keepAt("requestid", id)
	ts := g.epochMs(g.now)
	b = jn(b, "timestamp", ts)
	g.keepAt("epoch", ts)
	b = g.js(b, "origin", pick(g, []string{"SDK", "API", "GOOGLE_PLAY"}))
	b = jn(b, "organization_id", "436637608899006753")
	g.keepAt("requestid", "436637608899006753")
	b = g.js(b, "organization_name", "Example Shop")
	b = append(jkey(b, "attributed"), "true"...)
	b = jo(b, "user_data")
	web := name == "CLICK" && g.pct(60)
	switch {
	case web:
		b = g.js(b, "os", "IOS")
		b = g.js(b, "environment", "WEB")
		b = g.js(b, "platform", "MOBILE_WEB")
		b = g.js(b, "browser", "Mobile Safari")
	case p.ios:
		b = g.js(b, "os", "IOS")
		b = g.jk(b, "os_version", "version", "17."+g.num(0, 5))
		b = g.js(b, "environment", "FULL_APP")
		b = g.js(b, "platform", "IOS_APP")
		if g.pct(35) {
			b = g.jk(b, "idfa", "uuid", "00000000-0000-0000-0000-000000000000")
			b = append(jkey(b, "limit_ad_tracking"), "true"...)
		} else {
			b = g.jp(b, "idfa", "device_id", strings.ToUpper(g.uuid()))
		}
		b = g.jp(b, "idfv", "device_id", strings.ToUpper(g.uuid()))
	default:
		b = g.js(b, "os", "ANDROID")
		b = g.jk(b, "os_version", "version", g.num(11, 14))
		b = g.js(b, "environment", "FULL_APP")
		b = g.js(b, "platform", "ANDROID_APP")
		b = g.jp(b, "aaid", "device_id", g.uuid())
		if g.pct(30) {
			b = g.jp(b, "android_id", "device_id", g.hexID(16))
		}
	}
	if !web {
		b = g.jk(b, "app_version", "version", "4."+g.num(0, 9)+"."+g.num(0, 20))
		b = g.jk(b, "sdk_version", "version", "3."+g.num(0, 9)+"."+g.num(0, 9))
	}
	if g.pct(55) {
		b = g.jp(b, "developer_identity", "email", p.email)
	} else if g.pct(50) {
		// The app's own numeric user id: pseudonymous, unlabelled.
		b = g.js(b, "developer_identity", g.digits(9))
	}
	b = g.jp(b, "ip", map[bool]string{true: "ipv6", false: "ipv4"}[strings.Contains(p.ip, ":")], p.ip)
	b = g.js(b, "geo_country_code", "DE")
	b = g.js(b, "geo_city_en", "Berlin")
	// IP-derived, city level: unlabelled (see the file comment).
	b = jn(b, "geo_lat", "52.52")
	b = jn(b, "geo_lon", "13.41")
	ua, _ := g.ua()
	b = g.js(b, "user_agent", ua)
	b = append(b, '}')
	b = jo(b, "last_attributed_touch_data")
	b = g.js(b, "~campaign", pick(g, []string{"winter_sale", "refer_a_friend", "onboarding_d3"}))
	b = g.jk(b, "~campaign_id", "requestid", g.digits(18))
	b = g.js(b, "~channel", pick(g, []string{"email", "sms", "facebook", "referral"}))
	b = g.js(b, "~feature", pick(g, []string{"marketing", "sharing", "referral"}))
	b = g.jk(b, "~id", "requestid", g.digits(18))
	b = g.js(b, "~tags", "")
	b = jkey(b, "+url")
	b = append(b, `"https://example.app.link/`...)
	b = append(b, g.chars(11, base62)...)
	b = append(b, '"')
	switch g.rng.IntN(3) {
	case 0:
		f2, l2 := g.name()
		b = g.js(b, "$og_title", f2+" invited you to Example Shop")
		g.plantAt("name_text", f2, jsonEsc(f2))
		b = g.jp(b, "referrer_name", "name", f2+" "+l2)
		b = g.jk(b, "referral_code", "orderid", strings.ToUpper(g.chars(8, lowerNum)))
	case 1:
		pid := g.num(10000, 99999)
		b = g.js(b, "$deeplink_path", "product/"+pid)
		g.keepAt("orderid", pid, "product/"+pid)
		b = g.js(b, "$og_title", "Winter sale: 30% off")
	default:
		e := p.email
		enc := pctEnc(e, false, false)
		tk := g.token(24)
		b = g.js(b, "$deeplink_path", "account/verify?email="+enc+"&t="+tk)
		g.plantAt("email", e, enc)
		g.plantAt("secret", tk)
	}
	b = append(b, '}')
	if name == "PURCHASE" || name == "ADD_TO_CART" {
		b = jo(b, "event_data")
		rev := g.num(5, 300) + "." + g.digits(2)
		b = jn(b, "revenue", rev)
		g.keepAt("bytes", rev, ":"+rev)
		b = g.js(b, "currency", "EUR")
		b = g.jk(b, "transaction_id", "orderid", g.orderID())
		b = append(b, '}')
		b = ja(b, "content_items")
		b = jo(b, "")
		b = g.jk(b, "$sku", "orderid", "SKU-"+g.digits(6))
		b = g.js(b, "$product_name", "Wool scarf")
		b = jn(b, "$quantity", g.num(1, 3))
		b = append(b, '}', ']')
	}
	b = jo(b, "custom_data")
	b = g.js(b, "screen", pick(g, []string{"checkout", "home", "invite"}))
	if g.pct(35) {
		b = g.jp(b, "customer_phone", "phone", p.phone)
	}
	if g.pct(30) {
		la, lo := g.latLng(48.137, 11.575)
		b = g.jp(b, "delivery_lat", "geo", la)
		b = g.jp(b, "delivery_lng", "geo", lo)
	}
	if g.pct(30) {
		b = g.jp(b, "full_name", "name", p.first+" "+p.last)
	}
	b = append(b, '}')
	return Record{Line: append(b, '}')}
}

// fcmAPNSLog writes one line of the stream's library.
func (g *gen) fcmAPNSLog(st *streamState) Record {
	p := g.pushPerson()
	t := g.pushText(p)
	b := make([]byte, 0, 1200)
	ts := g.now.UTC().Format("2006-01-02T15:04:05.000Z")
	proj := pick(g, []string{"example-shop-prod", "rides-app-4f2a1"})
	msgID := "projects/" + proj + "/messages/0:" + strconv.FormatInt(g.now.UnixMicro(), 10) + "%" + g.hexID(16)
	switch st.variant % 6 {
	case 0: // firebase-admin for Node, app logger with JSON.stringify
		b = g.keep(b, "timestamp", ts, "")
		tok := p.fcm
		if tok == "" {
			tok = g.fcmToken()
		}
		if g.pct(50) {
			b = append(b, " info: push sent messageId="...)
			b = g.keep(b, "requestid", msgID, "")
		} else {
			code := pick(g, []string{"messaging/registration-token-not-registered", "messaging/invalid-argument", "messaging/mismatched-credential"})
			b = append(b, " error: FirebaseMessagingError: "...)
			b = append(b, map[string]string{
				"messaging/registration-token-not-registered": "Requested entity was not found.",
				"messaging/invalid-argument":                  "The registration token is not a valid FCM registration token",
				"messaging/mismatched-credential":             "SenderId mismatch"}[code]...)
			b = append(b, " code="+code...)
		}
		b = append(b, " message="...)
		b = append(b, `{"token":"`...)
		b = g.plant(b, "device_id", tok, "")
		b = append(b, `","notification":{"title":"`...)
		b = append(b, jsonEsc(t.title)...)
		b = append(b, `","body":"`...)
		b = append(b, jsonEsc(t.body)...)
		b = append(b, `"},"data":{"type":"chat","thread_id":"`...)
		b = g.keep(b, "uuid", g.uuid(), "")
		b = append(b, `"},"android":{"priority":"high","ttl":"3600s"}}`...)
		g.labelText(t, jsonEsc)
	case 1: // FCM HTTP v1 REST call and its answer
		tok := g.fcmToken()
		b = g.keep(b, "timestamp", ts, "")
		b = append(b, " POST https://fcm.googleapis.com/v1/projects/"+proj+"/messages:send"...)
		if g.pct(45) {
			b = append(b, " 200 "...)
			d := g.num(40, 400)
			b = g.keep(b, "duration", d+"ms", "")
			b = append(b, ` {"name":"`...)
			b = g.keep(b, "requestid", msgID, "")
			b = append(b, `"} request={"message":{"token":"`...)
		} else {
			e := pick(g, [][4]string{
				{"UNREGISTERED", "404", "NOT_FOUND", "Requested entity was not found."},
				{"SENDER_ID_MISMATCH", "403", "PERMISSION_DENIED", "SenderId mismatch"},
				{"INVALID_ARGUMENT", "400", "INVALID_ARGUMENT", "The registration token is not a valid FCM registration token"},
			})
			code, st2, status, msg := e[0], e[1], e[2], e[3]
			b = g.keep(b, "status", st2, " "+st2+" ")
			b = append(b, `{"error":{"code":`+st2+`,"message":"`+msg+`","status":"`+status+`","details":[{"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"`+code+`"}]}} request={"message":{"token":"`...)
		}
		b = g.plant(b, "device_id", tok, "")
		b = append(b, `","notification":{"title":"`...)
		b = append(b, jsonEsc(t.title)...)
		b = append(b, `","body":"`...)
		b = append(b, jsonEsc(t.body)...)
		b = append(b, `"}}}`...)
		g.labelText(t, jsonEsc)
	case 2: // firebase-admin for Python, logging + json.dumps (ensure_ascii)
		tok := g.fcmToken()
		b = append(b, g.now.UTC().Format("2006-01-02 15:04:05,000")...)
		g.keepAt("timestamp", g.now.UTC().Format("2006-01-02 15:04:05,000"))
		if g.pct(50) {
			b = append(b, " INFO notifications.push: sent "...)
			b = g.keep(b, "requestid", msgID, "")
		} else {
			b = append(b, " WARNING notifications.push: send failed: UnregisteredError('Requested entity was not found.')"...)
		}
		b = append(b, ` payload={"token": "`...)
		b = g.plant(b, "device_id", tok, "")
		b = append(b, `", "notification": {"title": "`...)
		b = append(b, pyEsc(t.title)...)
		b = append(b, `", "body": "`...)
		b = append(b, pyEsc(t.body)...)
		b = append(b, `"}, "data": {"user_phone": "`...)
		b = g.plant(b, "phone", p.phone, "")
		b = append(b, `"}}`...)
		g.labelText(t, pyEsc)
	case 3: // node-apn result
		tok := g.apnsToken()
		b = g.keep(b, "timestamp", ts, "")
		if g.pct(40) {
			b = append(b, ` [push] apn result {"sent":[{"device":"`...)
			b = g.plant(b, "device_id", tok, "")
			b = append(b, `"}],"failed":[]}`...)
		} else {
			st2, reason := "400", "BadDeviceToken"
			if g.pct(50) {
				st2, reason = "410", "Unregistered"
			}
			b = append(b, ` [push] apn result {"sent":[],"failed":[{"device":"`...)
			b = g.plant(b, "device_id", tok, "")
			b = g.keep(b, "status", st2, `","status":"`+st2)
			b = append(b, `","response":{"reason":"`+reason+`"`...)
			if st2 == "410" {
				b = append(b, `,"timestamp":`...)
				b = g.keep(b, "epoch", g.epochMs(g.now.Add(-72*time.Hour)), "")
			}
			b = append(b, `}}]}`...)
		}
		b = append(b, ` alert={"title":"`...)
		b = append(b, jsonEsc(t.title)...)
		b = append(b, `","body":"`...)
		b = append(b, jsonEsc(t.body)...)
		b = append(b, `"} topic=com.example.shop`...)
		g.labelText(t, jsonEsc)
	case 4: // Pushy behind logback
		tok := g.apnsToken()
		b = append(b, g.now.UTC().Format("2006-01-02 15:04:05.000")...)
		g.keepAt("timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000"))
		ok := g.pct(40)
		lvl := " INFO "
		if !ok {
			lvl = " WARN "
		}
		b = append(b, lvl+" [nioEventLoopGroup-2-1] c.e.push.ApnsSender - push response: SimplePushNotificationResponse{pushNotification=SimpleApnsPushNotification{token='"...)
		b = g.plant(b, "device_id", tok, "")
		b = append(b, `', payload='{"aps":{"alert":{"title":"`...)
		b = append(b, jsonEsc(t.title)...)
		b = append(b, `","body":"`...)
		b = append(b, jsonEsc(t.body)...)
		b = append(b, `"},"sound":"default"}}', invalidationTime=`...)
		b = g.keep(b, "timestamp", g.now.Add(24*time.Hour).UTC().Format("2006-01-02T15:04:05.000Z"), "")
		b = append(b, ", priority=IMMEDIATE, pushType=ALERT, topic='com.example.shop', collapseId='null', apnsId=null}, success="...)
		b = append(b, strconv.FormatBool(ok)...)
		b = append(b, ", apnsId="...)
		b = g.keep(b, "uuid", strings.ToLower(g.uuid()), "")
		if ok {
			b = append(b, ", rejectionReason='null', tokenExpirationTimestamp=null}"...)
		} else {
			b = append(b, ", rejectionReason='"+pick(g, []string{"BadDeviceToken", "DeviceTokenNotForTopic"})+"', tokenExpirationTimestamp=null}"...)
		}
		g.labelText(t, jsonEsc)
	default: // Go apns2, the request line and the Response with %+v
		tok := g.apnsToken()
		b = append(b, g.now.UTC().Format("2006/01/02 15:04:05")...)
		g.keepAt("timestamp", g.now.UTC().Format("2006/01/02 15:04:05"))
		b = append(b, " apns: POST https://api.push.apple.com/3/device/"...)
		b = g.plant(b, "device_id", tok, "")
		st2, reason := pick(g, []string{"200", "400", "410"}), ""
		switch st2 {
		case "400":
			reason = "BadDeviceToken"
		case "410":
			reason = "Unregistered"
		}
		b = g.keep(b, "status", st2, " &{StatusCode:"+st2)
		b = append(b, " Reason:"+reason+" ApnsID:"...)
		b = g.keep(b, "uuid", strings.ToUpper(g.uuid()), "")
		b = append(b, " Timestamp:{Time:"...)
		tt := "0001-01-01 00:00:00 +0000 UTC"
		if st2 == "410" {
			tt = g.now.Add(-96 * time.Hour).UTC().Format("2006-01-02 15:04:05 -0700 UTC")
			g.keepAt("timestamp", tt)
		}
		b = append(b, tt+"}} payload="...)
		b = append(b, `{"aps":{"alert":{"title":"`...)
		b = append(b, jsonEsc(t.title)...)
		b = append(b, `","body":"`...)
		b = append(b, jsonEsc(t.body)...)
		b = append(b, `"}},"user_email":"`...)
		b = g.plant(b, "email", p.email, "")
		b = append(b, `"}`...)
		g.labelText(t, jsonEsc)
	}
	return Record{Line: b}
}
