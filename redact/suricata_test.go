package redact

import (
	"strings"
	"testing"
)

// Suricata's EVE JSON: the rule's message under "signature" is prose, a
// flow_id is an id even when it passes Luhn, an Apple device's host name
// names its owner.
func TestSuricataEve(t *testing.T) {
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatAuto, true)
	f(`{"flow_id":5463682683956514,"event_type":"alert","src_ip":"192.0.2.77","alert":{"signature_id":2013028,"signature":"ET POLICY curl User-Agent Outbound","category":"Attempted Information Leak"}}`,
		`{"flow_id":5463682683956514,"event_type":"alert","src_ip":"192.0.2.0","alert":{"signature_id":2013028,"signature":"ET POLICY curl User-Agent Outbound","category":"Attempted Information Leak"}}`)
	f(`{"event_type":"dhcp","dhcp":{"client_mac":"3c:22:fb:12:34:56","hostname":"Annas-iPhone"},"dns":{"rrname":"olenas-macbook-pro.local"}}`,
		`{"event_type":"dhcp","dhcp":{"client_mac":"[mac]","hostname":"[name]-iPhone"},"dns":{"rrname":"[name]-macbook-pro.local"}}`)
	// A card number is still one under a key that is no id, and a
	// signature that is a token is still a secret.
	f(`{"pan":5463682683956514,"txn":{"id":4111111111111111},"signature":"hmac 3q2+7w== x","sig":"dGhpcyBpcyBhIHNpZ25hdHVyZQ"}`,
		`{"pan":"[card]","txn":{"id":4111111111111111},"signature":"[secret]","sig":"[secret]"}`)
}

func TestIDKey(t *testing.T) {
	f := func(key string, want bool) {
		t.Helper()
		if got := idKey([]byte(key)); got != want {
			t.Errorf("idKey(%q) = %v, want %v", key, got, want)
		}
	}
	f("id", true)
	f(`"flow_id"`, true)
	f("tx-id", true)
	f("flowId", true)
	f("event.id", true)
	f("card", false)
	f("paid", false)
	f("valid", false)
	f("ID", true)
	f("UUID", false)
}

func TestSuricataNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	line := []byte(`{"flow_id":5463682683956514,"src_ip":"192.0.2.77","alert":{"signature":"ET POLICY curl User-Agent Outbound"},"dhcp":{"hostname":"Annas-iPhone"}}`)
	var dst []byte
	dst, _ = r.Redact(dst[:0], line, FormatAuto)
	n := testing.AllocsPerRun(100, func() {
		dst, _ = r.Redact(dst[:0], line, FormatAuto)
	})
	if n != 0 {
		t.Errorf("%v allocations per event, want 0", n)
	}
	if !looksProse([]byte("ET POLICY curl User-Agent Outbound")) || looksProse([]byte("Bearer eyJhbGciOiJIUzI1NiJ9xYz1 x")) ||
		looksProse([]byte("Digest username=a, realm=b")) || looksProse([]byte("+44 20 7946 0958 x")) {
		t.Error("looksProse")
	}
}

// FuzzDeviceOwner: an owner's name before an Apple device name never
// survives; no panic; redacting twice equals once.
func FuzzDeviceOwner(f *testing.F) {
	for _, s := range []string{
		"DHCPACK on 192.0.2.7 to 3c:22:fb:12:34:56 (%s-iPhone) via eth0",
		`{"dhcp":{"hostname":"%s-iPad"}}`,
		"query[A] %s-macbook-pro.local from 192.0.2.7",
		"srcname=\"%s-Mac-mini\" user=\"x\"",
		`{"alert":{"signature":"ET POLICY %s Outbound"}}`,
	} {
		f.Add(s, "Olenas")
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, shape, word string) {
		line := strings.Replace(shape, "%s", word, 1)
		if strings.ContainsAny(line, "\n") {
			return
		}
		out, err := r.Redact(nil, []byte(line), FormatAuto)
		if err != nil {
			return
		}
		again, err := r.Redact(nil, out, FormatAuto)
		if err != nil || string(again) != string(out) {
			t.Fatalf("%q: once %q, twice %q (%v)", line, out, again, err)
		}
		planted := "(Ksenias-iPhone) " + line
		if got, err := r.Redact(nil, []byte(planted), FormatText); err == nil && strings.Contains(string(got), "Ksenias") {
			t.Fatalf("%q: owner survived: %q", planted, got)
		}
	})
}
