package realistic

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Application logs: Kubernetes audit events, application telemetry and
// marketing webhooks (JSON and form-encoded).

var k8sUAs = [][2]string{
	{"kubectl/v1.29.3 (linux/amd64) kubernetes/6813625", "6813625"},
	{"kubectl/v1.30.1 (darwin/arm64) kubernetes/6911225", "6911225"},
	{"kube-controller-manager/v1.29.3 (linux/amd64) kubernetes/6813625/system:serviceaccount:kube-system:replicaset-controller", "6813625"},
	{"Go-http-client/2.0", ""},
	{"argocd-application-controller/v2.9.3+6eba5be", ""},
}

// k8sAudit is an audit.k8s.io/v1 Event as the API server's log backend
// writes it, one JSON object a line.
func (g *gen) k8sAudit(st *streamState) Record {
	first, last := g.name()
	human := g.pct(65)
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	b = g.js(b, "kind", "Event")
	b = g.js(b, "apiVersion", "audit.k8s.io/v1")
	kind := g.rng.IntN(6)
	level := "Metadata"
	if kind == 3 || kind == 4 {
		level = "Request"
	}
	b = g.js(b, "level", level)
	b = g.jk(b, "auditID", "uuid", g.uuid())
	b = g.js(b, "stage", "ResponseComplete")
	ns := pick(g, []string{"shop", "default", "payments", "kube-system"})
	pod := "web-" + g.hexID(10) + "-" + g.chars(5, "bcdfghjklmnpqrstvwxz2456789")
	var uri, verb, resource, name string
	switch kind {
	case 0:
		uri, verb, resource = "/api/v1/namespaces/"+ns+"/pods?labelSelector=app%3Dweb&limit=500", "list", "pods"
	case 1:
		// A kubectl exec whose command line carries a database password.
		pw := g.token(14)
		g.plantAt("secret", pw, pctEnc(pw, true, false))
		uri = "/api/v1/namespaces/" + ns + "/pods/" + pod + "/exec?command=sh&command=-c&command=" + pctEnc("psql postgres://admin:"+pw+"@db:5432/shop", true, false) + "&container=web&stdin=true&tty=true"
		verb, resource, name = "create", "pods", pod
	case 2:
		// A request through the service proxy, with the user's query.
		e := g.email(first, last)
		g.plantAt("email", e, pctEnc(e, false, false))
		uri = "/api/v1/namespaces/" + ns + "/services/web:8080/proxy/api/users?email=" + pctEnc(e, false, false)
		verb, resource, name = "get", "services", "web:8080"
	case 3:
		uri, verb, resource = "/apis/authentication.k8s.io/v1/tokenreviews", "create", "tokenreviews"
	case 4:
		uri, verb, resource, name = "/api/v1/namespaces/"+ns+"/secrets", "create", "secrets", "db-credentials"
	default:
		uri, verb, resource, name = "/api/v1/namespaces/"+ns+"/pods/"+pod, "get", "pods", pod
	}
	b = g.js(b, "requestURI", uri)
	b = g.js(b, "verb", verb)
	b = jo(b, "user")
	var email string
	if human {
		email = g.email(first, last)
		b = g.jp(b, "username", "email", email)
		b = g.js(b, "uid", g.uuid())
		b = append(ja(b, "groups"), `"oidc:developers","system:authenticated"]`...)
		b = jo(b, "extra")
		b = append(ja(b, "authentication.kubernetes.io/credential-id"), '"')
		b = g.keep(b, "hash", "JTI="+g.uuid(), "")
		b = append(b, `"]}`...)
	} else {
		b = g.js(b, "username", "system:serviceaccount:kube-system:replicaset-controller")
		b = append(ja(b, "groups"), `"system:serviceaccounts","system:serviceaccounts:kube-system","system:authenticated"]`...)
	}
	b = append(b, '}')
	b = ja(b, "sourceIPs")
	ip, cat := g.clientIP()
	if human {
		b = append(b, '"')
		b = g.plant(b, cat, ip, "")
		b = append(b, '"')
		if g.pct(40) {
			b = append(b, `,"10.0.0.1"`...)
		}
	} else {
		b = append(b, `"10.244.`+g.num(0, 9)+"."+g.num(1, 254)+`"`...)
	}
	b = append(b, ']')
	ua := pick(g, k8sUAs)
	b = g.js(b, "userAgent", ua[0])
	if ua[1] != "" {
		g.keepAt("hash", ua[1])
	}
	b = jo(b, "objectRef")
	b = g.js(b, "resource", resource)
	b = g.js(b, "namespace", ns)
	if name != "" {
		b = g.js(b, "name", name)
	}
	b = g.js(b, "apiVersion", "v1")
	b = append(b, '}')
	b = jo(b, "responseStatus")
	b = append(jo(b, "metadata"), '}')
	code := "200"
	if verb == "create" {
		code = "201"
	}
	b = append(jn(b, "code", code), '}')
	g.keepAt("status", code, `"code":`+code)
	switch kind {
	case 3:
		tok := g.jwt("system:serviceaccount:" + ns + ":default")
		b = jo(b, "requestObject")
		b = g.js(b, "kind", "TokenReview")
		b = g.js(b, "apiVersion", "authentication.k8s.io/v1")
		b = append(jo(b, "metadata"), `"creationTimestamp":null}`...)
		b = jo(b, "spec")
		b = g.jp(b, "token", "jwt", tok)
		b = append(b, '}')
		b = append(jo(b, "status"), '}')
		b = append(b, '}')
	case 4:
		// A Secret's data: every value is secret (base64 of the
		// credential, whatever its key). kubectl and the
		// last-applied-configuration write members sorted, data
		// before kind.
		pw := base64.StdEncoding.EncodeToString([]byte(g.token(18)))
		f, l := g.name()
		user := base64.StdEncoding.EncodeToString([]byte(strings.ToLower(ascii(f)) + "_" + strings.ToLower(ascii(l))))
		dsn := base64.StdEncoding.EncodeToString([]byte("postgres://app:" + g.token(14) + "@db:5432/app"))
		sorted := g.pct(50)
		b = jo(b, "requestObject")
		if !sorted {
			b = g.js(b, "kind", "Secret")
		}
		b = g.js(b, "apiVersion", "v1")
		b = jo(b, "data")
		b = g.jp(b, "username", "secret", user)
		b = g.jp(b, "password", "secret", pw)
		b = g.jp(b, "DATABASE_URL", "secret", dsn)
		b = append(b, '}')
		if sorted {
			b = g.js(b, "kind", "Secret")
		}
		b = append(jo(b, "metadata"), `"name":"db-credentials","creationTimestamp":null}`...)
		b = g.js(b, "type", "Opaque")
		b = append(b, '}')
	}
	ts := g.now.Format("2006-01-02T15:04:05.000000Z")
	b = g.jk(b, "requestReceivedTimestamp", "timestamp", ts)
	b = g.js(b, "stageTimestamp", g.now.Add(3*time.Millisecond).Format("2006-01-02T15:04:05.000000Z"))
	b = jo(b, "annotations")
	b = g.js(b, "authorization.k8s.io/decision", "allow")
	if human {
		reason := `RBAC: allowed by ClusterRoleBinding "developers" of ClusterRole "edit" to User "` + email + `"`
		b = g.js(b, "authorization.k8s.io/reason", reason)
		g.plantAt("email", email)
	} else {
		b = g.js(b, "authorization.k8s.io/reason", `RBAC: allowed by ClusterRoleBinding "system:controller:replicaset-controller" of ClusterRole "system:controller:replicaset-controller" to ServiceAccount "replicaset-controller/kube-system"`)
	}
	b = append(b, "}}"...)
	return Record{Line: b}
}

// appJSON is structured application telemetry: nested objects, a free-text
// message, request headers with lower-case keys, session identifiers.
func (g *gen) appJSON(st *streamState) Record {
	first, last := g.name()
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	b = g.jk(b, "ts", "timestamp", g.now.Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "level", pick(g, []string{"info", "info", "warn", "error"}))
	b = g.js(b, "service", pick(g, []string{"checkout", "accounts", "notifier", "ingest"}))
	b = g.jk(b, "trace_id", "hash", g.hexID(32))
	b = g.jk(b, "span_id", "hash", g.hexID(16))
	b = g.appMsg(b, first, last)
	b = jo(b, "user")
	b = g.jk(b, "id", "uuid", g.uuid())
	if g.pct(60) {
		b = g.jp(b, "email", "email", g.email(first, last))
	}
	if g.pct(60) {
		b = g.jp(b, "phone", "phone", g.phone())
	}
	if g.pct(40) {
		b = g.jp(b, "display_name", "name", first+" "+last)
	}
	b = append(b, '}')
	if g.pct(25) {
		// A number under its key as a messaging API takes it (E.164
		// digits without '+'), then again where nothing says what it
		// is: a sync job's result, as the service wrote it.
		msisdn := strings.TrimPrefix(g.e164(), "+")
		b = g.jp(b, "msisdn", "phone", msisdn)
		b = g.js(b, "detail", pick(g, []string{"verified: ", "sync ok ", "dedupe match "})+msisdn)
	}
	b = jo(b, "device")
	if g.pct(40) {
		b = g.jp(b, "mac", "mac", g.mac())
	}
	if g.pct(12) {
		// A mobile app's or a modem's device identities (3GPP TS 23.003).
		b = g.jp(b, pick(g, []string{"imei", "deviceImei"}), "device_id", g.imei())
		if g.pct(50) {
			b = g.jp(b, pick(g, []string{"imsi", "sim_imsi"}), "device_id", g.imsi())
		}
	}
	ip, cat := g.clientIP()
	b = g.jp(b, "ip", cat, ip)
	if g.pct(30) {
		b = g.deviceLocation(b)
	}
	b = g.jk(b, "app_version", "version", pick(g, []string{"0.0.0.6", "2.14.0.3", "1.0.11.23"}))
	b = g.jk(b, "os", "version", pick(g, []string{"6.1.7601.17514", "10.0.19045.3693", "14.2.1"}))
	b = append(b, '}')
	switch g.rng.IntN(3) {
	case 0:
		b = g.jp(b, "session_id", "secret", g.hexID(32))
	case 1:
		b = g.jp(b, "sessionToken", "secret", g.token(40))
	}
	b = jo(b, "http")
	b = g.js(b, "method", pick(g, []string{"GET", "POST", "PUT"}))
	b = g.js(b, "path", "/api/v2/"+pick(g, []string{"orders", "users/me", "cart", "payments"}))
	status, ms := pick(g, []string{"200", "201", "400", "502"}), g.num(1, 2500)
	b = jn(b, "status", status)
	g.keepAt("status", status, `"status":`+status)
	b = jn(b, "duration_ms", ms)
	g.keepAt("duration", ms, `"duration_ms":`+ms)
	b = jo(b, "headers")
	if g.pct(50) {
		name, val := g.sessionCookie()
		b = g.js(b, "cookie", name+"="+val+"; theme=dark")
		g.plantAt("secret", pctDecodeAll(val, false), val)
	}
	if g.pct(40) {
		tok := g.jwt(g.uuid())
		b = g.js(b, "authorization", "Bearer "+tok)
		g.plantAt("jwt", tok)
	}
	b = g.jk(b, "x-request-id", "requestid", g.uuid())
	ua, ver := g.ua()
	b = g.js(b, "user-agent", ua)
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, "}}"...)
	if g.pct(30) {
		b = jo(b, "payment")
		b = g.jk(b, "order_id", "orderid", g.orderID())
		switch g.rng.IntN(3) {
		case 0:
			b = g.jp(b, "card", "card", g.card())
		case 1:
			b = g.jp(b, "iban", "iban", g.iban())
		default:
			b = jn(b, "amount_cents", g.num(100, 99999))
		}
		b = append(b, '}')
	}
	if g.pct(10) {
		b = jo(b, "applicant")
		b = g.jp(b, "ssn", "ssn", g.ssn())
		b = append(b, '}')
	}
	return Record{Line: append(b, '}')}
}

// appMsg appends a "msg" member: a free-text message of the kind
// libraries and applications log, with personal data inside the text.
func (g *gen) appMsg(b []byte, first, last string) []byte {
	var msg string
	switch g.rng.IntN(15) {
	case 0:
		ip := g.privateIPv4()
		g.plantAt("ipv4", ip)
		msg = "java.net.ConnectException: Connection refused: db-primary/" + ip + ":5432"
	case 1:
		ip := g.ipv6()
		g.plantAt("ipv6", ip)
		msg = "login from " + ip + "."
	case 2:
		p := g.phone()
		o := g.orderID()
		g.plantAt("phone", p)
		g.keepAt("orderid", o)
		msg = "sent SMS to " + p + " for order " + o
	case 3:
		e := g.email(first, last)
		form := e
		if g.pct(30) {
			form = g.invisible(e)
		}
		g.plantAt("email", e, jsonEsc(form))
		msg = "password reset requested for " + form
	case 4:
		i := g.iban()
		g.plantAt("iban", i)
		msg = "SEPA mandate rejected for IBAN " + i + ": invalid creditor"
	case 5:
		s := g.ssn()
		g.plantAt("ssn", s)
		msg = "identity check passed for SSN " + s
	case 6:
		blk := g.blockID()
		ip := g.privateIPv4()
		g.keepAt("blockid", blk)
		g.plantAt("ipv4", ip)
		msg = "Receiving block " + blk + " src: /" + ip + ":50010 dest: /10.250.10.6:50010 of size 67108864"
	case 7:
		m := g.mac()
		g.plantAt("mac", m)
		msg = "device " + m + " joined network guest-wifi"
	case 8:
		ip := g.ipv4()
		form := ip
		if g.pct(40) {
			form = g.invisible(ip)
		}
		g.plantAt("ipv4", ip, jsonEsc(form))
		msg = "rate limit exceeded for client " + form + ", retry in 30s"
	case 9:
		p := g.phone()
		g.plantAt("phone", p)
		msg = "callback requested by " + first + " " + last + " at " + p
		g.plantAt("name_text", first+" "+last) // out of scope: see OutOfScope
	case 10:
		p := g.nationalPhone()
		g.plantAt("phone", p)
		msg = pick(g, []string{"customer asked to be called on ", "SMS delivery failed for ", "new lead, tel. "}) + p
	case 11:
		msg = g.numbersMsg()
	case 12:
		// A device's identities in text: the 5G core's SUPI and PEI
		// ("imsi-" and "imei-" and the digits, 3GPP TS 23.003 and TS
		// 29.571) and an IMEI after its name.
		switch g.rng.IntN(3) {
		case 0:
			id := g.imsi()
			g.plantAt("device_id", id)
			msg = "registration accepted for imsi-" + id + " on amf-" + g.num(1, 4)
		case 1:
			id := g.imei()
			g.plantAt("device_id", id)
			msg = "UE context created, pei imei-" + id + ", " + g.num(1, 9) + " PDU sessions"
		default:
			id := g.imei()
			g.plantAt("device_id", id)
			msg = pick(g, []string{"device IMEI ", "blocked handset, IMEI "}) + id + pick(g, []string{"", " reported stolen"})
		}
	default:
		msg = "request completed in " + g.num(1, 900) + " ms, " + g.num(100, 99999) + " bytes"
	}
	return g.js(b, "msg", msg)
}

// webhookJSON is a Mautic-style contact webhook (mautic.lead_post_save_new):
// core fields as objects with their value, the same flat under "all", and
// the contact's IP addresses as object keys.
func (g *gen) webhookJSON(st *streamState) Record {
	first, last := g.name()
	email := g.email(first, last)
	phone := g.phone()
	ip := g.ipv4()
	company := pick(g, []string{"Example Ltd", "Beispiel GmbH", "Приклад ТОВ", "Acme Inc."})
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	b = ja(b, "mautic.lead_post_save_new")
	b = jo(b, "")
	b = jo(b, "contact")
	b = jn(b, "id", g.num(1000, 99999))
	b = jn(b, "points", g.num(0, 50))
	b = g.jk(b, "dateAdded", "timestamp", g.now.Format("2006-01-02T15:04:05-07:00"))
	b = jo(b, "ipAddresses")
	b = jkey(b, ip)
	g.plantAt("ipv4", ip)
	b = append(b, '{')
	b = g.js(b, "ipAddress", ip)
	b = jo(b, "ipDetails")
	b = g.js(b, "city", pick(g, []string{"Berlin", "London", "Kyiv", "Boston"}))
	b = append(b, "}}}"...)
	b = jo(b, "fields")
	b = jo(b, "core")
	core := [][3]string{{"firstname", "First Name", first}, {"lastname", "Last Name", last}, {"email", "Email", email}, {"phone", "Phone", phone}, {"company", "Company", company}, {"address1", "Address Line 1", g.street()}}
	cats := []string{"name", "name", "email", "phone", "", "address"}
	for i, c := range core {
		b = jo(b, c[0])
		b = jn(b, "id", strconv.Itoa(i+2))
		b = g.js(b, "label", c[1])
		b = g.js(b, "alias", c[0])
		if cats[i] != "" {
			b = g.jp(b, "value", cats[i], c[2])
		} else {
			b = g.js(b, "value", c[2])
		}
		b = append(b, '}')
	}
	b = append(b, '}')
	b = jo(b, "all")
	for i, c := range core {
		if cats[i] != "" {
			b = g.jp(b, c[0], cats[i], c[2])
		} else {
			b = g.js(b, c[0], c[2])
		}
	}
	b = append(b, "}}"...)
	b = g.jp(b, "ipAddress", "ipv4", ip)
	b = append(b, '}')
	b = g.js(b, "timestamp", g.now.Format("2006-01-02T15:04:05-07:00"))
	b = append(b, "}]}"...)
	return Record{Line: b}
}

// webhookForm is a form submission body (application/x-www-form-urlencoded:
// '+' for space, everything else outside the unreserved set percent-encoded),
// with plain keys or Mautic's "mauticform[...]" keys.
func (g *gen) webhookForm(st *streamState) Record {
	first, last := g.name()
	key := func(k string) string { return k }
	if st.variant%2 == 1 {
		key = func(k string) string { return pctEnc("mauticform["+k+"]", true, false) }
	}
	email := g.email(first, last)
	emailForm := email
	if g.pct(6) {
		emailForm = g.invisible(email)
	}
	type kv struct{ k, v, cat string }
	kvs := []kv{
		{"address1", g.street(), "address"},
		{"email", emailForm, "email"},
		{"firstname", first, "name"},
		{"lastname", last, "name"},
		{"phone", g.phone(), "phone"},
		{"company", pick(g, []string{"Example Ltd", "Beispiel GmbH & Co. KG", "Acme Inc."}), ""},
		{"ip", g.ipv4(), "ipv4"},
		{"utm_source", "newsletter", ""},
		{"formId", g.num(1, 40), ""},
	}
	if g.pct(20) {
		kvs = append(kvs, kv{"iban", g.iban(), "iban"})
	}
	if g.pct(20) {
		kvs = append(kvs, kv{"mac", g.mac(), "mac"})
	}
	var sb strings.Builder
	for i, p := range kvs {
		if i > 0 {
			sb.WriteByte('&')
		}
		v := pctEnc(p.v, true, g.pct(15))
		sb.WriteString(key(p.k) + "=" + v)
		if p.cat != "" {
			g.plantAt(p.cat, clean(p.v), v)
		}
	}
	ts := strconv.FormatInt(g.now.Unix(), 10)
	g.keepAt("epoch", ts)
	sb.WriteString("&" + key("submitted_at") + "=" + ts)
	return Record{Line: []byte(sb.String())}
}

// deviceLocation appends a mobile SDK's fix of the device's position: a
// location object of latitude and longitude as JSON numbers to four to
// seven decimals (a few metres to about ten), under the names the SDKs
// use (Android's Location: latitude, longitude, accuracy; the W3C
// Geolocation API's coords; GeoJSON's [longitude, latitude]), or a
// string "lat,lon". The fix is personal (GDPR: location data); the
// accuracy, altitude and speed beside it, and a city's rounded position
// from IP geolocation, are look-alikes.
func (g *gen) deviceLocation(b []byte) []byte {
	lat := fmt.Sprintf("%.*f", 4+g.rng.IntN(4), 35+g.rng.Float64()*25)
	lon := fmt.Sprintf("%.*f", 4+g.rng.IntN(4), -10+g.rng.Float64()*40)
	acc := fmt.Sprintf("%.1f", 3+g.rng.Float64()*40)
	switch g.rng.IntN(4) {
	case 0:
		b = jo(b, "location")
		b = jn(b, "latitude", lat)
		b = jn(b, "longitude", lon)
		g.plantAt("geo", lat, `"latitude":`+lat)
		g.plantAt("geo", lon, `"longitude":`+lon)
		b = jn(b, "accuracy", acc)
		g.keepAt("distance", acc, `"accuracy":`+acc)
		b = append(b, '}')
	case 1:
		b = jo(b, "coords")
		b = jn(b, "lat", lat)
		b = jn(b, "lng", lon)
		g.plantAt("geo", lat, `"lat":`+lat)
		g.plantAt("geo", lon, `"lng":`+lon)
		alt := fmt.Sprintf("%.2f", 20+g.rng.Float64()*300)
		b = jn(b, "altitude", alt)
		g.keepAt("distance", alt, `"altitude":`+alt)
		b = append(b, '}')
	case 2:
		b = ja(b, "coordinates")
		b = append(append(append(b, lon...), ','), lat...)
		b = append(b, ']')
		g.plantAt("geo", lon, "["+lon+",")
		g.plantAt("geo", lat, ","+lat+"]")
	default:
		b = g.jp(b, "gps", "geo", lat+","+lon)
	}
	if g.pct(40) {
		// IP geolocation to a city: what the policies keep.
		clat, clon := fmt.Sprintf("%.1f", 35+g.rng.Float64()*25), fmt.Sprintf("%.1f", -10+g.rng.Float64()*40)
		b = jo(b, "geo")
		b = g.js(b, "country", pick(g, []string{"DE", "GB", "FR", "PL", "ES"}))
		b = jn(b, "lat", clat)
		b = jn(b, "lon", clon)
		g.keepAt("geo_city", clat, `"lat":`+clat)
		g.keepAt("geo_city", clon, `"lon":`+clon)
		b = append(b, '}')
	}
	return b
}
