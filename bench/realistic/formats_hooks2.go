package realistic

import (
	"encoding/base64"
	"strings"
)

// Kubernetes audit events at the RequestResponse level and the webhooks of
// payment, shop, mail and chat services, in the shapes their documentation
// gives:
//
//   - k8s_workload: audit.k8s.io/v1 Events whose requestObject or
//     responseObject is the object itself: a Pod whose containers carry
//     env[] ({"name":"DB_PASSWORD","value":"…"}: the value named by the
//     sibling "name") and args[] ("--password=…", "--token", "…"); a
//     ConfigMap whose data holds a connection string; a TokenRequest's
//     status.token; an impersonated request whose RBAC reason annotation
//     names the user ("… to User \"jane.doe\"", as the RBAC authorizer
//     writes it since Kubernetes 1.10); a Secret created by kubectl apply,
//     whose kubectl.kubernetes.io/last-applied-configuration annotation
//     holds the Secret again as an escaped JSON string.
//   - commerce_hooks: Stripe Event objects (charge.succeeded with
//     billing_details and shipping, customer.created,
//     checkout.session.completed with customer_details and
//     shipping_details), Shopify orders/create
//     (customer, billing_address and shipping_address with address1,
//     browser_ip, client_details), PayPal IPN (form-encoded: first_name,
//     last_name, address_name, address_street, payer_email), Slack's
//     user_change event (real_name, real_name_normalized, profile.email)
//     and SendGrid's Event Webhook (an array of events with email, ip,
//     useragent, sg_event_id, sg_message_id); Mailgun's event webhook
//     (recipient, envelope, message.headers.to as a mailbox list).

var k8sEnvKept = [][2]string{{"LOG_LEVEL", "info"}, {"GOMAXPROCS", "2"}, {"TZ", "UTC"}, {"FEATURE_FLAGS", "checkout-v2,search"}}

// k8sWorkload is an audit Event at level RequestResponse.
func (g *gen) k8sWorkload(st *streamState) Record {
	b := make([]byte, 0, 1600)
	b = append(b, '{')
	b = g.js(b, "kind", "Event")
	b = g.js(b, "apiVersion", "audit.k8s.io/v1")
	b = g.js(b, "level", "RequestResponse")
	b = g.jk(b, "auditID", "uuid", g.uuid())
	b = g.js(b, "stage", "ResponseComplete")
	ns := pick(g, []string{"shop", "default", "payments", "billing"})
	kind := g.rng.IntN(5)
	admin := g.personLogin()
	// An API server that takes users from OIDC with
	// --oidc-username-prefix=oidc: (every other stream) names them
	// "oidc:jane.doe", as its groups "oidc:platform".
	prefix := ""
	if st.variant%2 == 1 {
		prefix = "oidc:"
	}
	b = jo(b, "user")
	b = g.jf(b, "username", planted, "name", admin, func(s string) string { return prefix + s })
	b = g.js(b, "uid", g.uuid())
	b = append(ja(b, "groups"), `"oidc:platform","system:authenticated"]`...)
	b = append(b, '}')
	var impersonated string
	if kind == 4 {
		impersonated = g.personLogin()
		b = jo(b, "impersonatedUser")
		b = g.jp(b, "username", "name", impersonated)
		b = append(ja(b, "groups"), `"developers"]`...)
		b = append(b, '}')
	}
	b = ja(b, "sourceIPs")
	ip, cat := g.clientIP()
	b = append(b, '"')
	b = g.plant(b, cat, ip, "")
	b = append(b, `"]`...)
	b = g.js(b, "userAgent", "kubectl/v1.29.3 (linux/amd64) kubernetes/6813625")
	switch kind {
	case 0:
		pod := "api-" + g.hexID(10) + "-" + g.chars(5, "bcdfghjklmnpqrstvwxz2456789")
		b = g.js(b, "verb", "create")
		b = g.js(b, "requestURI", "/api/v1/namespaces/"+ns+"/pods")
		b = jo(b, "objectRef")
		b = g.js(b, "resource", "pods")
		b = g.js(b, "namespace", ns)
		b = g.js(b, "name", pod)
		b = g.js(b, "apiVersion", "v1")
		b = append(b, '}')
		b = jo(b, "requestObject")
		b = g.js(b, "kind", "Pod")
		b = g.js(b, "apiVersion", "v1")
		b = jo(b, "metadata")
		b = g.js(b, "name", pod)
		b = g.js(b, "namespace", ns)
		b = jo(b, "labels")
		b = g.js(b, "app", "api")
		b = append(b, '}', '}')
		b = jo(b, "spec")
		b = ja(b, "containers")
		b = jo(b, "")
		b = g.js(b, "name", "api")
		b = g.js(b, "image", "registry.example.com/shop/api:1.14.2")
		b = ja(b, "args")
		b = append(b, `"--listen=:8080"`...)
		if g.pct(50) {
			pw := g.token(16)
			b = append(b, `,"--db-password=`...)
			b = g.plant(b, "secret", pw, "")
			b = append(b, '"')
		}
		if g.pct(60) {
			flag := pick(g, []string{"--token", "--password", "--api-key", "--client-secret"})
			tok := g.token(24)
			b = append(b, `,"`+flag+`","`...)
			b = g.plant(b, "secret", tok, "")
			b = append(b, '"')
		}
		b = append(b, `,"--workers","4"]`...)
		b = ja(b, "env")
		env := func(name, cat, val string) {
			b = jo(b, "")
			b = g.js(b, "name", name)
			switch cat {
			case "":
				b = g.js(b, "value", val)
			case "port", "version":
				b = g.jk(b, "value", cat, val)
			default:
				b = g.jp(b, "value", cat, val)
			}
			b = append(b, '}')
		}
		kv := pick(g, k8sEnvKept)
		env(kv[0], "", kv[1])
		env("DB_PASSWORD", "secret", g.token(18))
		f, l := g.name()
		env(pick(g, []string{"ADMIN_EMAIL", "SMTP_USER", "ALERT_EMAIL"}), "email", g.email(f, l))
		if g.pct(50) {
			env("STRIPE_API_KEY", "secret", "sk_live_"+g.chars(24, base62))
		}
		if g.pct(40) {
			env("ONCALL_PHONE", "phone", g.e164())
		}
		env("HTTP_PORT", "port", g.num(3000, 9000))
		b = append(b, `]}]}}`...)
	case 1:
		b = g.js(b, "verb", "create")
		b = g.js(b, "requestURI", "/api/v1/namespaces/"+ns+"/configmaps?fieldManager=kubectl-client-side-apply")
		b = jo(b, "objectRef")
		b = g.js(b, "resource", "configmaps")
		b = g.js(b, "namespace", ns)
		b = g.js(b, "name", "app-config")
		b = append(b, '}')
		b = jo(b, "requestObject")
		b = g.js(b, "kind", "ConfigMap")
		b = g.js(b, "apiVersion", "v1")
		b = jo(b, "data")
		pw := g.token(14)
		url := "postgres://shop:" + pw + "@db." + ns + ".svc.cluster.local:5432/shop?sslmode=require"
		g.plantAt("secret", pw)
		b = g.js(b, "DATABASE_URL", url)
		f, l := g.name()
		b = g.jp(b, "ALERT_EMAIL", "email", g.email(f, l))
		b = g.js(b, "LOG_LEVEL", "info")
		b = append(b, '}', '}')
	case 2:
		sa := pick(g, []string{"default", "builder", "deployer"})
		b = g.js(b, "verb", "create")
		b = g.js(b, "requestURI", "/api/v1/namespaces/"+ns+"/serviceaccounts/"+sa+"/token")
		b = jo(b, "objectRef")
		b = g.js(b, "resource", "serviceaccounts")
		b = g.js(b, "namespace", ns)
		b = g.js(b, "name", sa)
		b = g.js(b, "subresource", "token")
		b = append(b, '}')
		b = jo(b, "responseObject")
		b = g.js(b, "kind", "TokenRequest")
		b = g.js(b, "apiVersion", "authentication.k8s.io/v1")
		b = jo(b, "spec")
		b = append(ja(b, "audiences"), `"https://kubernetes.default.svc.cluster.local"]`...)
		b = jn(b, "expirationSeconds", "3600")
		b = append(b, '}')
		b = jo(b, "status")
		b = g.jp(b, "token", "jwt", g.jwt("system:serviceaccount:"+ns+":"+sa))
		b = g.js(b, "expirationTimestamp", g.now.Add(3600e9).Format("2006-01-02T15:04:05Z"))
		b = append(b, '}', '}')
	case 3:
		// kubectl apply of a Secret: the object, and again in the
		// last-applied-configuration annotation as kubectl writes it
		// (members sorted, a trailing newline), escaped into a string.
		name := pick(g, []string{"db-credentials", "smtp", "api-keys"})
		var data, doc strings.Builder
		doc.WriteString(`{"apiVersion":"v1","data":{`)
		for i, k := range []string{"password", "username"} {
			v := base64.StdEncoding.EncodeToString([]byte(g.token(12 + g.rng.IntN(12))))
			if k == "username" {
				v = base64.StdEncoding.EncodeToString([]byte(pick(g, []string{"admin", "shop", "app"})))
			}
			g.plantAt("secret", v)
			if i > 0 {
				data.WriteByte(',')
				doc.WriteByte(',')
			}
			data.WriteString(`"` + k + `":"` + v + `"`)
			doc.WriteString(`"` + k + `":"` + v + `"`)
		}
		doc.WriteString(`},"kind":"Secret","metadata":{"annotations":{},"name":"` + name + `","namespace":"` + ns + `"},"type":"Opaque"}` + "\n")
		b = g.js(b, "verb", "create")
		b = g.js(b, "requestURI", "/api/v1/namespaces/"+ns+"/secrets?fieldManager=kubectl-client-side-apply&fieldValidation=Strict")
		b = jo(b, "objectRef")
		b = g.js(b, "resource", "secrets")
		b = g.js(b, "namespace", ns)
		b = g.js(b, "name", name)
		b = append(b, '}')
		b = jo(b, "requestObject")
		b = g.js(b, "apiVersion", "v1")
		b = append(jkey(b, "data"), '{')
		b = append(b, data.String()...)
		b = append(b, '}')
		b = g.js(b, "kind", "Secret")
		b = jo(b, "metadata")
		b = jo(b, "annotations")
		b = jkey(b, "kubectl.kubernetes.io/last-applied-configuration")
		b = append(b, '"')
		b = append(b, jsonEsc(doc.String())...)
		b = append(b, '"', '}')
		b = g.js(b, "name", name)
		b = g.js(b, "namespace", ns)
		b = append(b, '}')
		b = g.js(b, "type", "Opaque")
		b = append(b, '}')
	default:
		b = g.js(b, "verb", "get")
		b = g.js(b, "requestURI", "/api/v1/namespaces/"+ns+"/pods?limit=500")
		b = jo(b, "objectRef")
		b = g.js(b, "resource", "pods")
		b = g.js(b, "namespace", ns)
		b = append(b, '}')
	}
	b = jo(b, "responseStatus")
	b = jo(b, "metadata")
	b = append(b, '}')
	b = jn(b, "code", "201")
	b = append(b, '}')
	b = jk8sTimes(g, b)
	b = jo(b, "annotations")
	b = g.js(b, "authorization.k8s.io/decision", "allow")
	b = jkey(b, "authorization.k8s.io/reason")
	if kind == 4 {
		b = append(b, `"RBAC: allowed by RoleBinding \"dev-edit/`+ns+`\" of ClusterRole \"edit\" to User \"`...)
		b = g.plant(b, "name", impersonated, "")
		b = append(b, `\""`...)
	} else if g.pct(50) {
		b = append(b, `"RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"cluster-admin\" to User \"`+prefix...)
		b = g.plant(b, "name", admin, "")
		b = append(b, `\""`...)
	} else {
		b = append(b, `"RBAC: allowed by ClusterRoleBinding \"oidc-platform\" of ClusterRole \"cluster-admin\" to Group \"oidc:platform\""`...)
	}
	b = append(b, '}', '}')
	return Record{Line: b}
}

func jk8sTimes(g *gen, b []byte) []byte {
	b = g.js(b, "requestReceivedTimestamp", g.now.Format("2006-01-02T15:04:05.000000Z"))
	return g.js(b, "stageTimestamp", g.now.Add(4e6).Format("2006-01-02T15:04:05.000000Z"))
}

// commerceHooks is one webhook request body a shop's backend logs.
func (g *gen) commerceHooks(st *streamState) Record {
	switch g.rng.IntN(7) {
	case 5:
		return g.hubspot()
	case 4:
		return g.mailgunEvent()
	case 0:
		return g.stripeEvent()
	case 1:
		return g.shopifyOrder()
	case 2:
		return g.paypalIPN()
	case 3:
		return g.slackUserChange()
	}
	return g.sendgridEvents()
}

func (g *gen) stripeEvent() Record {
	f, l := g.name()
	email := g.email(f, l)
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	b = g.jk(b, "id", "uniqueid", "evt_"+g.chars(24, base62))
	b = g.js(b, "object", "event")
	b = g.js(b, "api_version", "2024-06-20")
	b = jn(b, "created", g.num(1790000000, 1799999999))
	b = jo(b, "data")
	b = jo(b, "object")
	if g.pct(12) {
		// A Person of a Connect account (person.updated): the date of
		// birth is an object of three numbers (Stripe API reference,
		// The Person object: dob.day, dob.month, dob.year).
		b = g.jk(b, "id", "uniqueid", "person_"+g.chars(24, base62))
		b = g.js(b, "object", "person")
		b = g.jk(b, "account", "uniqueid", "acct_"+g.chars(16, base62))
		b = g.stripeAddress(b, "Berlin", "DE")
		day, month, year := g.num(1, 28), g.num(1, 12), g.num(1950, 2004)
		b = jo(b, "dob")
		b = jn(b, "day", day)
		b = jn(b, "month", month)
		b = jn(b, "year", year)
		b = append(b, '}')
		g.plantAt("birth_date", "", `"day":`+day, `"month":`+month, `"year":`+year)
		b = g.jp(b, "email", "email", email)
		b = g.jp(b, "first_name", "name", f)
		b = g.jp(b, "last_name", "name", l)
		b = g.jp(b, "phone", "phone", g.e164())
		b = append(jo(b, "relationship"), '}')
		b = append(b, '}', '}')
		b = g.js(b, "type", "person.updated")
		b = append(b, '}')
		return Record{Line: b}
	}
	if g.pct(40) {
		b = g.jk(b, "id", "uniqueid", "cus_"+g.chars(14, base62))
		b = g.js(b, "object", "customer")
		b = jn(b, "address", "null")
		b = jn(b, "balance", "0")
		b = g.jp(b, "email", "email", email)
		b = g.jk(b, "invoice_prefix", "uniqueid", g.chars(8, "0123456789ABCDEF"))
		b = jn(b, "livemode", "true")
		b = append(jo(b, "metadata"), '}')
		b = g.jp(b, "name", "name", f+" "+l)
		b = g.jp(b, "phone", "phone", g.e164())
		b = append(b, '}', '}')
		b = g.js(b, "type", "customer.created")
		b = append(b, '}')
		return Record{Line: b}
	}
	if g.pct(35) {
		// A Checkout Session: the buyer in customer_details, the
		// addressee in shipping_details (no phone: none collected).
		b = g.jk(b, "id", "uniqueid", "cs_live_"+g.chars(58, base62))
		b = g.js(b, "object", "checkout.session")
		b = jn(b, "amount_total", g.num(500, 99999))
		b = jo(b, "customer_details")
		b = g.stripeAddress(b, "Berlin", "DE")
		b = g.jp(b, "email", "email", email)
		b = g.jp(b, "name", "name", f+" "+l)
		b = jn(b, "phone", "null")
		b = g.js(b, "tax_exempt", "none")
		b = append(b, '}')
		sf, sl := g.name()
		b = jo(b, "shipping_details")
		b = jo(b, "address")
		b = g.js(b, "city", "Hamburg")
		b = g.js(b, "country", "DE")
		b = g.jp(b, "line1", "address", g.street())
		b = append(b, '}')
		b = g.jp(b, "name", "name", sf+" "+sl)
		b = append(b, '}')
		b = g.js(b, "payment_status", "paid")
		b = append(b, '}', '}')
		b = g.js(b, "type", "checkout.session.completed")
		b = append(b, '}')
		return Record{Line: b}
	}
	b = g.jk(b, "id", "uniqueid", "ch_"+g.chars(24, base62))
	b = g.js(b, "object", "charge")
	b = jn(b, "amount", g.num(500, 99999))
	b = jo(b, "billing_details")
	b = jo(b, "address")
	b = g.js(b, "city", pick(g, []string{"Berlin", "Paris", "London", "Kyiv"}))
	b = g.js(b, "country", pick(g, []string{"DE", "FR", "GB", "UA"}))
	b = g.jp(b, "line1", "address", g.street())
	b = jn(b, "line2", "null")
	b = g.js(b, "postal_code", g.digits(5))
	b = jn(b, "state", "null")
	b = append(b, '}')
	b = g.jp(b, "email", "email", email)
	b = g.jp(b, "name", "name", f+" "+l)
	b = g.jp(b, "phone", "phone", g.e164())
	b = append(b, '}')
	b = g.js(b, "currency", "eur")
	b = g.jk(b, "customer", "uniqueid", "cus_"+g.chars(14, base62))
	b = jn(b, "paid", "true")
	b = g.jk(b, "payment_method", "uniqueid", "pm_"+g.chars(24, base62))
	b = jo(b, "payment_method_details")
	b = jo(b, "card")
	b = g.js(b, "brand", "visa")
	b = jn(b, "exp_month", g.num(1, 12))
	b = jn(b, "exp_year", g.num(2027, 2031))
	b = g.jk(b, "fingerprint", "hash", g.chars(16, base62))
	b = g.jk(b, "last4", "counter", g.digits(4))
	b = append(b, '}', '}')
	b = g.jp(b, "receipt_email", "email", email)
	if g.pct(50) {
		sf, sl := g.name()
		b = jo(b, "shipping")
		b = jo(b, "address")
		b = g.js(b, "city", "Berlin")
		b = g.js(b, "country", "DE")
		b = g.jp(b, "line1", "address", g.street())
		b = append(b, '}')
		b = g.jp(b, "name", "name", sf+" "+sl)
		b = jn(b, "phone", "null")
		b = append(b, '}')
	}
	b = g.js(b, "status", "succeeded")
	b = append(b, '}', '}')
	b = g.js(b, "type", "charge.succeeded")
	b = append(b, '}')
	return Record{Line: b}
}

func (g *gen) shopifyOrder() Record {
	f, l := g.name()
	email := g.email(f, l)
	ip := g.ipv4()
	ua, ver := g.ua()
	b := make([]byte, 0, 1600)
	b = append(b, '{')
	b = jn(b, "id", "8"+g.digits(12))
	b = g.jp(b, "browser_ip", "ipv4", ip)
	b = jo(b, "client_details")
	b = g.js(b, "accept_language", "en-GB")
	b = g.jp(b, "browser_ip", "ipv4", ip)
	b = g.js(b, "user_agent", ua)
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, '}')
	b = g.jp(b, "contact_email", "email", email)
	b = g.jp(b, "email", "email", email)
	b = g.js(b, "financial_status", "paid")
	b = jn(b, "order_number", g.num(1000, 99999))
	b = g.js(b, "total_price", g.num(5, 400)+".00")
	addr := func(key, first, last string) {
		b = jo(b, key)
		b = g.jp(b, "first_name", "name", first)
		b = g.jp(b, "address1", "address", g.street())
		if g.pct(60) {
			b = g.jp(b, "phone", "phone", g.phone())
		} else {
			b = jn(b, "phone", "null")
		}
		b = g.js(b, "city", pick(g, []string{"Ottawa", "Berlin", "Lyon", "Leeds"}))
		b = g.js(b, "zip", g.digits(5))
		b = jn(b, "address2", "null")
		b = g.jp(b, "last_name", "name", last)
		b = g.js(b, "country_code", pick(g, []string{"CA", "DE", "FR", "GB"}))
		b = g.jp(b, "name", "name", first+" "+last)
		b = append(b, '}')
	}
	addr("billing_address", f, l)
	if g.pct(60) {
		sf, sl := g.name()
		addr("shipping_address", sf, sl)
	}
	b = jo(b, "customer")
	b = jn(b, "id", "7"+g.digits(12))
	b = g.jp(b, "email", "email", email)
	b = g.jp(b, "first_name", "name", f)
	b = g.jp(b, "last_name", "name", l)
	b = g.js(b, "state", "enabled")
	b = append(b, '}', '}')
	return Record{Line: b}
}

// paypalIPN is an Instant Payment Notification message as PayPal posts
// it: form-encoded, '+' for a space.
func (g *gen) paypalIPN() Record {
	f, l := g.name()
	type kv struct{ k, v, cat string }
	kvs := []kv{
		{"mc_gross", g.num(1, 300) + ".00", ""}, {"protection_eligibility", "Eligible", ""},
		{"address_status", "confirmed", ""}, {"payer_id", g.chars(13, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "uniqueid"},
		{"address_street", g.street(), "address"}, {"payment_status", "Completed", ""},
		{"charset", "UTF-8", ""}, {"address_zip", g.digits(5), ""}, {"first_name", f, "name"},
		{"address_country_code", "US", ""}, {"address_name", f + " " + l, "name"}, {"notify_version", "3.9", ""},
		{"payer_status", "verified", ""}, {"address_city", "San Jose", ""},
		{"payer_email", g.email(f, l), "email"}, {"txn_id", g.digits(2) + g.chars(15, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "uniqueid"},
		{"payment_type", "instant", ""}, {"last_name", l, "name"}, {"receiver_email", "billing@shop.example.com", "email"},
		{"txn_type", "web_accept", ""}, {"mc_currency", "USD", ""}, {"residence_country", "US", ""},
	}
	var sb strings.Builder
	for i, p := range kvs {
		if i > 0 {
			sb.WriteByte('&')
		}
		v := pctEnc(p.v, true, false)
		sb.WriteString(p.k + "=" + v)
		switch p.cat {
		case "":
		case "uniqueid":
			g.keepAt(p.cat, p.v, v)
		default:
			g.plantAt(p.cat, p.v, v)
		}
	}
	return Record{Line: []byte(sb.String())}
}

func (g *gen) slackUserChange() Record {
	f, l := g.name()
	handle := strings.ToLower(ascii(f)) + strings.ToLower(ascii(l))
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	b = g.js(b, "token", "XXYYZZ")
	b = g.jk(b, "team_id", "uniqueid", "T"+g.chars(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
	b = jo(b, "event")
	b = g.js(b, "type", pick(g, []string{"user_change", "user_profile_changed"}))
	b = jo(b, "user")
	b = g.jk(b, "id", "uniqueid", "U"+g.chars(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
	b = g.jp(b, "name", "name", handle)
	b = jn(b, "deleted", "false")
	b = g.jp(b, "real_name", "name", f+" "+l)
	b = g.js(b, "tz", "Europe/Berlin")
	b = jo(b, "profile")
	b = g.js(b, "title", "")
	b = g.jp(b, "real_name", "name", f+" "+l)
	b = g.jp(b, "real_name_normalized", "name", ascii(f)+" "+ascii(l))
	b = g.jp(b, "display_name", "name", handle)
	b = g.jp(b, "display_name_normalized", "name", handle)
	b = g.js(b, "status_text", "riding a train")
	b = g.jp(b, "email", "email", g.email(f, l))
	b = g.jp(b, "first_name", "name", f)
	b = g.jp(b, "last_name", "name", l)
	b = append(b, '}', '}', '}')
	b = g.js(b, "type", "event_callback")
	b = g.jk(b, "event_id", "uniqueid", "Ev"+g.chars(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
	b = append(b, '}')
	return Record{Line: b}
}

// sendgridEvents is one POST of SendGrid's Event Webhook: a JSON array of
// delivery and engagement events.
func (g *gen) sendgridEvents() Record {
	b := make([]byte, 0, 1200)
	b = append(b, '[')
	n := 1 + g.rng.IntN(3)
	for i := 0; i < n; i++ {
		f, l := g.name()
		b = jo(b, "")
		b = g.jp(b, "email", "email", g.email(f, l))
		b = jn(b, "timestamp", g.num(1790000000, 1799999999))
		ev := pick(g, []string{"processed", "delivered", "open", "click"})
		b = g.js(b, "event", ev)
		b = g.jk(b, "sg_event_id", "uniqueid", g.chars(22, base62))
		b = g.jk(b, "sg_message_id", "uniqueid", g.chars(22, base62)+".filter0001."+g.num(10000, 99999)+"."+g.hexID(8)+".0")
		if ev == "open" || ev == "click" {
			ua, ver := g.ua()
			b = g.js(b, "useragent", ua)
			if ver != "" {
				g.keepAt("version", ver)
			}
			ip, cat := g.clientIP()
			b = g.jp(b, "ip", cat, ip)
		}
		b = append(b, '}')
	}
	b = append(b, ']')
	return Record{Line: b}
}

// mailgunEvent is a Mailgun event webhook (delivered, opened): the
// recipient, the envelope and the message's headers, whose "to" is a
// mailbox list with display names (RFC 5322 3.4).
func (g *gen) mailgunEvent() Record {
	f, l := g.name()
	email := g.email(f, l)
	b := make([]byte, 0, 1000)
	b = append(b, '{')
	b = jo(b, "signature")
	b = g.js(b, "timestamp", g.num(1790000000, 1799999999))
	b = g.js(b, "token", g.hexID(50))
	b = g.js(b, "signature", g.hexID(64))
	b = append(b, '}')
	b = jo(b, "event-data")
	ev := pick(g, []string{"delivered", "opened", "failed"})
	b = g.js(b, "event", ev)
	b = g.jk(b, "id", "uniqueid", g.chars(22, b64url))
	b = jn(b, "timestamp", g.num(1790000000, 1799999999)+"."+g.digits(6))
	b = g.jp(b, "recipient", "email", email)
	b = jo(b, "envelope")
	b = g.js(b, "sender", "postmaster@mg.shop.example.com")
	b = g.jp(b, "targets", "email", email)
	b = g.js(b, "transport", "smtp")
	b = append(b, '}')
	b = jo(b, "message")
	b = jo(b, "headers")
	b = jkey(b, "to")
	b = append(b, '"')
	b = g.plant(b, "name", f+" "+l, "")
	b = append(b, " <"...)
	b = g.plant(b, "email", email, "")
	b = append(b, '>')
	if g.pct(40) {
		cf, cl := g.name()
		ce := g.email(cf, cl)
		b = append(b, ", "...)
		b = g.plant(b, "name", cf+" "+cl, "")
		b = append(b, " <"...)
		b = g.plant(b, "email", ce, "")
		b = append(b, '>')
	}
	b = append(b, '"')
	b = g.js(b, "subject", "Your order #"+g.num(1000, 99999)+" has shipped")
	b = append(b, '}')
	b = jn(b, "size", g.num(2000, 90000))
	b = append(b, '}', '}', '}')
	return Record{Line: b}
}

// hubspot is one of HubSpot's property lists, where a member's name is the
// value of its sibling: a Forms API submission (fields[] of objectTypeId,
// name and value), a legacy Contacts API update (properties[] of property
// and value) or a webhook batch of contact.propertyChange events
// (propertyName and propertyValue).
func (g *gen) hubspot() Record {
	f, l := g.name()
	b := make([]byte, 0, 900)
	props := []struct{ name, cat, val string }{
		{"email", "email", g.email(f, l)},
		{"firstname", "name", f},
		{"lastname", "name", l},
		{"phone", "phone", g.phone()},
		{"lifecyclestage", "", pick(g, []string{"lead", "subscriber", "customer"})},
		{"hs_lead_status", "", pick(g, []string{"NEW", "OPEN", "IN_PROGRESS"})},
	}
	g.rng.Shuffle(len(props), func(i, j int) { props[i], props[j] = props[j], props[i] })
	props = props[:3+g.rng.IntN(3)]
	val := func(key, cat, v string) {
		if cat == "" {
			b = g.js(b, key, v)
		} else {
			b = g.jp(b, key, cat, v)
		}
	}
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, '{')
		b = g.js(b, "submittedAt", g.num(1790000000, 1799999999)+g.digits(3))
		b = ja(b, "fields")
		for _, p := range props {
			b = jo(b, "")
			b = g.js(b, "objectTypeId", "0-1")
			b = g.js(b, "name", p.name)
			val("value", p.cat, p.val)
			b = append(b, '}')
		}
		b = append(b, ']')
		b = jo(b, "context")
		b = g.jk(b, "hutk", "uniqueid", g.hexID(32))
		b = g.js(b, "pageUri", "www.shop.example.com/contact")
		b = g.js(b, "pageName", "Contact us")
		b = append(b, '}', '}')
	case 1:
		b = append(b, '{')
		b = ja(b, "properties")
		for _, p := range props {
			b = jo(b, "")
			b = g.js(b, "property", p.name)
			val("value", p.cat, p.val)
			b = append(b, '}')
		}
		b = append(b, ']', '}')
	default:
		b = append(b, '[')
		for _, p := range props[:1+g.rng.IntN(2)] {
			b = jo(b, "")
			b = jn(b, "objectId", g.num(1000000, 9999999))
			b = g.js(b, "propertyName", p.name)
			val("propertyValue", p.cat, p.val)
			b = g.js(b, "changeSource", "CRM")
			b = jn(b, "eventId", g.num(1000000000, 3999999999))
			b = jn(b, "subscriptionId", g.num(10, 999))
			b = jn(b, "portalId", g.num(100, 99999))
			b = jn(b, "occurredAt", g.num(1790000000, 1799999999)+g.digits(3))
			b = g.js(b, "subscriptionType", "contact.propertyChange")
			b = jn(b, "attemptNumber", "0")
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return Record{Line: b}
}

// stripeAddress appends Stripe's address object (city, country, line1
// planted, line2 null, postal_code) under "address".
func (g *gen) stripeAddress(b []byte, city, country string) []byte {
	b = jo(b, "address")
	b = g.js(b, "city", city)
	b = g.js(b, "country", country)
	b = g.jp(b, "line1", "address", g.street())
	b = jn(b, "line2", "null")
	b = g.js(b, "postal_code", g.digits(5))
	return append(b, '}')
}
