package redact

import "testing"

// Kubernetes RequestResponse audit events and webhook bodies in the shapes
// their documentation gives: an option's value in a JSON argument vector,
// the RBAC reason's quoted user, PayPal IPN's and Slack's name and street
// keys. Look-alikes beside them (other options, groups, service accounts,
// ids) stay.
func TestHookShapes(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	// Argument vectors.
	f(`{"args":["--listen=:8080","--token","Xy7pQ2sLm9aB3cD4","--workers","4"]}`,
		`{"args":["--listen=:8080","--token","[secret]","--workers","4"]}`)
	f(`{"command":["psql","--user","jane.doe","--password","Hunter2Pw99x"]}`,
		`{"command":["psql","--user","[name]","--password","[secret]"]}`)
	f(`{"args":["--api-key","abcdEFGH12345678","-v","--to","+44 20 7946 0123"]}`,
		`{"args":["--api-key","[secret]","-v","--to","[phone]"]}`)
	f(`{"args":["--password"],"b":["-","--","---token","x"],"c":["--token",{"a":1},"kept"]}`,
		`{"args":["--password"],"b":["-","--","---token","x"],"c":["--token",{"a":1},"kept"]}`)
	f(`{"args":["--name","web","--version","10.0.19045.3693"]}`,
		`{"args":["--name","web","--version","10.0.19045.3693"]}`)
	// Kubernetes env vars: the value named by the sibling "name".
	f(`{"env":[{"name":"DB_PASSWORD","value":"Tr0ub4dor3horse"},{"name":"LOG_LEVEL","value":"debug"}]}`,
		`{"env":[{"name":"DB_PASSWORD","value":"[secret]"},{"name":"LOG_LEVEL","value":"debug"}]}`)
	// RBAC reasons and Forbidden messages.
	f(`{"annotations":{"authorization.k8s.io/reason":"RBAC: allowed by RoleBinding \"dev/shop\" of ClusterRole \"edit\" to User \"maria.gonzalez\""}}`,
		`{"annotations":{"authorization.k8s.io/reason":"RBAC: allowed by RoleBinding \"dev/shop\" of ClusterRole \"edit\" to User \"[name]\""}}`)
	f(`{"reason":"RBAC: allowed by ClusterRoleBinding \"x\" of ClusterRole \"view\" to Group \"dev.team\"","s":"to User \"system:serviceaccount:a:b\""}`,
		`{"reason":"RBAC: allowed by ClusterRoleBinding \"x\" of ClusterRole \"view\" to Group \"dev.team\"","s":"to User \"system:serviceaccount:a:b\""}`)
	f(`E1123 pods is forbidden: User "j.smith" cannot list resource "pods"; PowerUser "ann.lee"; User "ann.lee.txt"`,
		`E1123 pods is forbidden: User "[name]" cannot list resource "pods"; PowerUser "ann.lee"; User "ann.lee.txt"`)
	f(`msg="RBAC: to User \"ann.lee\""`, `msg="RBAC: to User \"[name]\""`)
	// PayPal IPN and Slack profile keys.
	f(`payer_id=LPLWNMTBWMFAY&address_street=1+Main+St&address_name=John+Smith&address_city=San+Jose&txn_id=61E67681CH3238416`,
		`payer_id=LPLWNMTBWMFAY&address_street=[address]&address_name=[name]&address_city=San+Jose&txn_id=61E67681CH3238416`)
	f(`{"profile":{"real_name_normalized":"Egon Spengler","display_name_normalized":"spengler","status_text":"riding a train"}}`,
		`{"profile":{"real_name_normalized":"[name]","display_name_normalized":"[name]","status_text":"riding a train"}}`)
	// Addressees: Stripe Checkout's shipping_details, Shopify's addresses
	// (a name the name lists do not know, and no phone beside it).
	f(`{"shipping_details":{"address":{"line1":"Hauptstrasse 5","city":"Hamburg"},"name":"Xaver Quenzlbrot"},"status":"complete"}`,
		`{"shipping_details":{"address":{"line1":"[address]","city":"Hamburg"},"name":"[name]"},"status":"complete"}`)
	f(`{"shipping_address":{"address1":"Oak Street 5","city":"Leeds","name":"Xaver Quenzlbrot","phone":null},"line_items":[{"name":"Blue Mug"}]}`,
		`{"shipping_address":{"address1":"[address]","city":"Leeds","name":"[name]","phone":null},"line_items":[{"name":"Blue Mug"}]}`)
	// kubectl apply's last-applied-configuration: the Secret again, as an
	// escaped JSON document ("data" before "kind"); not a document: text.
	f(`{"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"apiVersion\":\"v1\",\"data\":{\"username\":\"YWRtaW4=\"},\"kind\":\"Secret\",\"type\":\"Opaque\"}\n"}}}`,
		`{"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"apiVersion\":\"v1\",\"data\":{\"username\":\"[secret]\"},\"kind\":\"Secret\",\"type\":\"Opaque\"}\n"}}}`)
	f(`{"kubectl.kubernetes.io/last-applied-configuration":"{\"kind\":\"ConfigMap\",\"data\":{\"a\":\"x\",\"b\":\"203.0.113.7\"}}"}`,
		`{"kubectl.kubernetes.io/last-applied-configuration":"{\"kind\":\"ConfigMap\",\"data\":{\"a\":\"x\",\"b\":\"203.0.113.0\"}}"}`)
	f(`{"kubectl.kubernetes.io/last-applied-configuration":"{broken password=Hunter2Pw99x"}`,
		`{"kubectl.kubernetes.io/last-applied-configuration":"{broken password=[secret]"}`)
	f(`{"kubectl.kubernetes.io/last-applied-configuration":"{\"a\":\"{\\\"kind\\\":\\\"Secret\\\"}\"}"}`,
		`{"kubectl.kubernetes.io/last-applied-configuration":"{\"a\":\"{\\\"kind\\\":\\\"Secret\\\"}\"}"}`)
	// Mail webhooks' headers: a mailbox list under its header's key.
	f(`{"message":{"headers":{"to":"Xaver Quenzlbrot <x@example.com>","from":"Bob Roe <bob@example.org>, Oda Pilkvist <o@example.org>","subject":"Hello World <3"}}}`,
		`{"message":{"headers":{"to":"[name] <[email]>","from":"[name] <[email]>, [name] <[email]>","subject":"Hello World <3"}}}`)
}

func TestArgvNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	in := []byte(`{"args":["--listen=:8080","--token","Xy7pQ2sLm9aB3cD4","--workers","4"],"reason":"to User \"ann.lee\"",` +
		`"kubectl.kubernetes.io/last-applied-configuration":"{\"data\":{\"u\":\"YWRtaW4=\"},\"kind\":\"Secret\"}\n"}`)
	dst := make([]byte, 0, 4*len(in))
	r.Redact(dst[:0], in, FormatJSON)
	if n := testing.AllocsPerRun(50, func() { r.Redact(dst[:0], in, FormatJSON) }); n != 0 {
		t.Errorf("allocs per record = %v, want 0", n)
	}
}
