package redact

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// TestDNSCloudShapes covers the shapes of cloud DNS query logs and dnstap
// output that reached the archive: Cloudflare Gateway's reversed names,
// host names that spell an address after letters or in reverse after a
// label, a device's name before dnstap-read's /IN/A, and the look-alikes
// beside them (a DNS server's dnstap identity, Compute Engine's instance
// id written as a string, OIDs and dotted versions).
func TestDNSCloudShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// Cloudflare Gateway DNS (Logpush gateway_dns): QueryNameReversed
	// and CNAMEsReversed hold the name with its labels reversed.
	f(`{"QueryName":"7.113.0.203.in-addr.arpa","QueryNameReversed":"arpa.in-addr.203.0.113.7","QueryTypeName":"PTR"}`,
		`{"QueryName":"0.113.0.203.in-addr.arpa","QueryNameReversed":"arpa.in-addr.203.0.113.0","QueryTypeName":"PTR"}`)
	f(`{"CNAMEsReversed":["com.amazonaws.compute-1.ec2-203-0-113-7","com.example.www"]}`,
		`{"CNAMEsReversed":["com.amazonaws.compute-1.ec2-203-0-113-0","com.example.www"]}`)
	f(`{"QueryNameReversed":"local.annas-iphone"}`, `{"QueryNameReversed":"local.[name]-iphone"}`)
	f(`{"QueryNameReversed":"lan.jane-doe-laptop","QuerySize":49}`, `{"QueryNameReversed":"lan.[name]-laptop","QuerySize":49}`)
	f(`{"QueryNameReversed":"arpa.ip6.2.0.0.1.0.d.b.8.0.0.0.1.0.0.0.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.7"}`,
		`{"QueryNameReversed":"arpa.ip6.2.0.0.1.0.d.b.8.0.0.0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0"}`)
	f(`{"QueryNameReversed":"com.example.api.v2","QueryName":"v2.api.example.com"}`,
		`{"QueryNameReversed":"com.example.api.v2","QueryName":"v2.api.example.com"}`)

	// An address after a few letters of a host name: Cox's ip68-…, BT's
	// host86-…; words of letters and digits before other dashes stay.
	f(`PTR ip203-0-113-7.ph.ph.example.net.`, `PTR ip203-0-113-0.ph.ph.example.net.`)
	f(`connect from host86-128-1-1.range86-128.example.com[203.0.113.9]`, `connect from host86-128-1-0.range86-128.example.com[203.0.113.0]`)
	f(`build20261123-1-2-3.ci.example.com x-request-id: a1-2-3-4 en-US v1-2-3-4-beta sha256-1-2-3`,
		`build20261123-1-2-3.ci.example.com x-request-id: a1-2-3-4 en-US v1-2-3-4-beta sha256-1-2-3`)

	// A hosting provider's reverse name: the octets after a label, in
	// the order of the in-addr.arpa name; Google Cloud's external names.
	f(`Rdata static.7.113.0.203.clients.example.de.`, `Rdata static.0.113.0.203.clients.example.de.`)
	f(`"rdata":"7.113.0.203.bc.googleusercontent.com."`, `"rdata":"0.113.0.203.bc.googleusercontent.com."`)
	f(`iso.3.6.1.4 enterprises.9.9.13.1.3.1 ifDescr.1.2.3.4 jdk.1.8.0.292.b10 app.1.2.3.4`,
		`iso.3.6.1.4 enterprises.9.9.13.1.3.1 ifDescr.1.2.3.4 jdk.1.8.0.292.b10 app.1.2.3.4`)

	// BIND's dnstap-read: name/class/type after the sizes; a path's or a
	// product's '/' after a device word stays.
	f(`23-Nov-2026 20:00:01.123 CQ 192.0.2.7:53421 -> 198.51.100.53:53 UDP 52b jane-doe-laptop/IN/A`,
		`23-Nov-2026 20:00:01.123 CQ 192.0.2.0:53421 -> 198.51.100.0:53 UDP 52b [name]-laptop/IN/A`)
	f(`AR 192.0.2.7:53421 <- 198.51.100.53:53 UDP 120b annas-iphone/IN/AAAA`,
		`AR 192.0.2.0:53421 <- 198.51.100.0:53 UDP 120b [name]-iphone/IN/AAAA`)
	f(`GET /shop/asus-laptop/123 HTTP/1.1 "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)" /img/kids-ipad/IN.png`,
		`GET /shop/asus-laptop/123 HTTP/1.1 "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)" /img/kids-ipad/IN.png`)

	// An Apple device's name as its owner sees it (macOS writes U+2019),
	// as Cloudflare Gateway's DeviceName and MDM inventories log it; a
	// brand's, a role's or a household's possessive stays.
	f(`{"DeviceName":"Anna's iPhone","DeviceID":"b9af80d1-5689-471c-9d1c-8bf7220ff67f"}`,
		`{"DeviceName":"[name]'s iPhone","DeviceID":"b9af80d1-5689-471c-9d1c-8bf7220ff67f"}`)
	f(`{"DeviceName":"Olena Kovalenko’s MacBook Air"}`, `{"DeviceName":"[name]’s MacBook Air"}`)
	f(`device_name=Seán O'Brien's Mac mini; model=Mac mini`, `device_name=[name]'s Mac mini; model=Mac mini`)
	f(`Jürgen’s iPad, Mary Ann Lee's iPhone`, `[name]’s iPad, [name]'s iPhone`)
	f(`Apple's iPhone 15 launch; the user's iPhone; Kid's iPad; My Mac mini; Anna's iPhone case review: MacBook's fan`,
		`Apple's iPhone 15 launch; the user's iPhone; Kid's iPad; My Mac mini; [name]'s iPhone case review: MacBook's fan`)

	// A dnstap stream's identity is the DNS server's; a person's login
	// under an identity key is still one.
	f(`{"dnstap":{"operation":"CLIENT_QUERY","identity":"dnsdist1"}}`, `{"dnstap":{"operation":"CLIENT_QUERY","identity":"dnsdist1"}}`)
	f(`{"dnstap.identity":"unbound-fra1","identity":"ns2"}`, `{"dnstap.identity":"unbound-fra1","identity":"ns2"}`)
	f(`{"identity":"jane.doe"}`, `{"identity":"[name]"}`)

	// AWS Network Firewall's stateful default actions sign their alerts
	// with a short lower-case phrase: no credential; a token beside it is.
	f(`{"event":{"event_type":"alert","alert":{"action":"blocked","signature_id":2,"signature":"aws:alert_established action"},"src_ip":"10.0.1.23"}}`,
		`{"event":{"event_type":"alert","alert":{"action":"blocked","signature_id":2,"signature":"aws:alert_established action"},"src_ip":"10.0.1.0"}}`)
	f(`{"signature":"aws:drop_strict action","token":"aws:9f8e7d6c5b4a action2","session":"abc def1"}`,
		`{"signature":"aws:drop_strict action","token":"[secret]","session":"[secret]"}`)

	// PowerDNS's protobuf export names the requestor, a user's login;
	// dnstap-read prints an IPv6 client bare, its port after a colon.
	f(`{"powerdns":{"original-request-subnet":"203.0.113.7/32","requestor-id":"jane.doe","device-id":"a1b2c3"}}`,
		`{"powerdns":{"original-request-subnet":"203.0.113.0/32","requestor-id":"[name]","device-id":"a1b2c3"}}`)
	f(`{"powerdns.requestor-id":"svc-dns","powerdns.device-name":"jane-doe-laptop"}`,
		`{"powerdns.requestor-id":"svc-dns","powerdns.device-name":"[name]-laptop"}`)
	f(`{"requestorId":"guest-wifi","requestor_id":"iot-vlan","user":"jdoe"}`, `{"requestorId":"guest-wifi","requestor_id":"iot-vlan","user":"[name]"}`)
	f(`23-Nov-2026 20:00:01.123 CQ 2001:db8:1234:5678::7:53421 -> 198.51.100.53:53 UDP 52b www.example.com/IN/A`,
		`23-Nov-2026 20:00:01.123 CQ 2001:db8:1234:::53421 -> 198.51.100.0:53 UDP 52b www.example.com/IN/A`)

	// Compute Engine writes the instance id as a number and a string: an
	// id either way, even when it passes Luhn.
	f(`{"vmInstanceId":6026866205994865233,"vmInstanceIdString":"6026866205994865233"}`,
		`{"vmInstanceId":6026866205994865233,"vmInstanceIdString":"6026866205994865233"}`)
	f(`{"cardString":"4111111111111111","card_number":"4111 1111 1111 1111"}`, `{"cardString":"[card]","card_number":"[card]"}`)
}

// FuzzReversedName checks the reversed-name value (scan_revname.go): the
// labels reversed twice are the name again, the record stays JSON,
// redacting twice equals once, and a planted address in a reversed
// in-addr.arpa name does not survive.
func FuzzReversedName(f *testing.F) {
	for _, s := range []string{"arpa.in-addr.203.0.113.7", "com.example.www", "local.annas-iphone", "", ".", "a..b.", "com.amazonaws.compute-1.ec2-203-0-113-7", "de.example.clients.203.0.113.7.static"} {
		f.Add(s, uint8(7))
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, name string, host uint8) {
		if back := appendReversedLabels(nil, appendReversedLabels(nil, []byte(name))); string(back) != name {
			t.Fatalf("reversed twice: %q, want %q", back, name)
		}
		v, _ := json.Marshal(name)
		rec := []byte(`{"QueryNameReversed":` + string(v) + `}`)
		out, err := r.Redact(nil, rec, FormatJSON)
		if err != nil || !json.Valid(out) {
			t.Fatalf("Redact(%q) = %q, %v", rec, out, err)
		}
		again, err := r.Redact(nil, out, FormatJSON)
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("not idempotent:\n in %q\nout %q\n2nd %q", rec, out, again)
		}
		if strings.ContainsAny(name, "\"\\") || strings.Contains(name, "203.0.113.") {
			return
		}
		h := strconv.Itoa(int(host%254) + 1)
		rec = []byte(`{"QueryNameReversed":"arpa.in-addr.203.0.113.` + h + `","x":` + string(v) + `}`)
		out, _ = r.Redact(nil, rec, FormatJSON)
		if bytes.Contains(out, []byte("203.0.113."+h+`"`)) {
			t.Fatalf("address kept: %q", out)
		}
	})
}

// TestReversedNameNoAllocs: a reversed name is put back in order and
// redacted in the Redactor's own buffers.
func TestReversedNameNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	rec := []byte(`{"QueryName":"7.113.0.203.in-addr.arpa","QueryNameReversed":"arpa.in-addr.203.0.113.7","CNAMEsReversed":["com.amazonaws.compute-1.ec2-203-0-113-7"]}`)
	var dst []byte
	allocs := testing.AllocsPerRun(100, func() {
		dst, _ = r.Redact(dst[:0], rec, FormatJSON)
	})
	if allocs != 0 {
		t.Errorf("%v allocs per record, want 0", allocs)
	}
}
