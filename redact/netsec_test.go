package redact

import (
	"strings"
	"testing"
)

// Firewall, VPN and RADIUS lines through the engine: logins set off by
// brackets and quotes, FortiOS keys, DOMAIN\user with n, r or t first.
func TestNetsecLogins(t *testing.T) {
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatAuto, true)
	f(`<166>Nov 23 2026 20:00:07 fw01 : %ASA-4-722051: Group <GroupPolicy_VPN> User <maria.rossi> IP <192.0.2.77> IPv4 Address <10.10.1.5> assigned to session`,
		`<166>Nov 23 2026 20:00:07 fw01 : %ASA-4-722051: Group <GroupPolicy_VPN> User <[name]> IP <192.0.2.0> IPv4 Address <10.10.1.0> assigned to session`)
	f(`%ASA-6-302013: Built inbound TCP connection 4288583 for outside:192.0.2.202/2357 (192.0.2.202/2357)(EXAMPLE\nowak.olena) to inside:198.51.100.34/443 (198.51.100.34/443) (t.jones)`,
		`%ASA-6-302013: Built inbound TCP connection 4288583 for outside:192.0.2.0/2357 (192.0.2.0/2357)(EXAMPLE\[name]) to inside:198.51.100.0/443 (198.51.100.0/443) ([name])`)
	f(`date=2026-11-23 time=20:00:09 devname="FGT60F" srcip=192.0.2.77 srcname="Annas-iPhone" unauthuser="maria.rossi" unauthusersource="kerberos" sentbyte=1234`,
		`date=2026-11-23 time=20:00:09 devname="FGT60F" srcip=192.0.2.0 srcname="[name]-iPhone" unauthuser="[name]" unauthusersource="kerberos" sentbyte=1234`)
	f(`Nov 23 20:00:11 vpn charon: 12[IKE] IKE_SA ikev2-eap[5] established between 198.51.100.1[vpn.example.com]...192.0.2.77[jane.doe]`,
		`Nov 23 20:00:11 vpn charon: 12[IKE] IKE_SA ikev2-eap[5] established between 198.51.100.0[vpn.example.com]...192.0.2.0[[name]]`)
	f(`2026-11-23 20:00:10 jane.doe/192.0.2.77:51234 MULTI: Learn: 10.8.0.6 -> jane.doe/192.0.2.77:51234`,
		`2026-11-23 20:00:10 [name]/192.0.2.0:51234 MULTI: Learn: 10.8.0.0 -> [name]/192.0.2.0:51234`)
	f(`Tue Nov 23 20:00:13 2026 : Auth: (12) Login OK: [jane.doe/<via Auth-Type = eap>] (from client ap01 port 12 cli +447700900123)`,
		`Tue Nov 23 20:00:13 2026 : Auth: (12) Login OK: [[name]/<via Auth-Type = eap>] (from client ap01 port 12 cli [phone])`)
	// JSON: the string's \\ is a backslash, then no newline escape.
	f(`{"entity":"EXAMPLE\\nowak.olena","msg":"line one\nline two","path":"C:\\temp\\new"}`,
		`{"entity":"EXAMPLE\\[name]","msg":"line one\nline two","path":"C:\\temp\\new"}`)
	// Look-alikes stay.
	f(`User <admin> peer 'roadwarrior' [app.config] loaded (x) (docs.example) CN=vpn.example.com ERROR\nretry`,
		`User <admin> peer 'roadwarrior' [app.config] loaded (x) (docs.example) CN=vpn.example.com ERROR\nretry`)
}

func TestDomainEscape(t *testing.T) {
	f := func(s string, want bool) {
		t.Helper()
		i := strings.IndexByte(s, '\\')
		if got := domainEscape([]byte(s), i); got != want {
			t.Errorf("domainEscape(%q) = %v, want %v", s, got, want)
		}
	}
	f(`CORP\nathan.smith`, true)
	f(`(EXAMPLE\tomasz)`, true)
	f(`AD-01\t.jones`, true)
	f(`ERROR\njane@example.com`, false) // a newline before an address
	f(`corp\nathan`, false)             // a domain is written in capitals
	f(`X\nathan`, false)                // one letter
	f(`ABCDEFGHIJKLMNOP\nathan`, false) // longer than NetBIOS allows
	f(`C:\temp`, false)
	f(`OK\n`, false)
	f(`OK\n2`, false)
	f(`foo.BAR\nx`, false)
}

func TestNetsecNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	lines := [][]byte{
		[]byte(`%ASA-4-722051: Group <GroupPolicy_VPN> User <maria.rossi> IP <192.0.2.77> IPv4 Address <10.10.1.5> assigned to session`),
		[]byte(`jane.doe/192.0.2.77:51234 SENT CONTROL [jane.doe]: 'PUSH_REPLY,ifconfig 10.8.0.6 10.8.0.5' (status=1)`),
		[]byte(`(192.0.2.202/2357)(EXAMPLE\nowak.olena) unauthuser="maria.rossi"`),
	}
	var dst []byte
	for _, l := range lines {
		dst, _ = r.Redact(dst[:0], l, FormatAuto)
	}
	n := testing.AllocsPerRun(50, func() {
		for _, l := range lines {
			dst, _ = r.Redact(dst[:0], l, FormatAuto)
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per round, want 0", n)
	}
}

// netLoginShapes are the lines of FuzzNetLogin, %s the login.
var netLoginShapes = []string{
	"Group <G> User <%s> IP <192.0.2.7>",
	"to peer '%s'",
	"192.0.2.7:51234 [%s] Peer Connection Initiated",
	"%s/192.0.2.7:51234 MULTI_sva: pool returned IPv4=10.8.0.6",
	"Dec  7 12:00:01 vpn openvpn[99]: %s/192.0.2.7:51234 SENT CONTROL [x]: 'PUSH_REPLY' (status=1)",
	"Auth: (12) Login incorrect: [%s] (from client ap01 port 0 cli 10.0.0.9)",
	"Login OK: [%s/<via Auth-Type = eap>] (from client ap01 port 1 cli 00-1a-2b-3c-4d-5e)",
	"(192.0.2.7/443) (%s)",
	"(EXAMPLE\\%s)",
	"VERIFY OK: depth=0, CN=%s",
	"IKE_SA ikev2-eap[5] established between 198.51.100.1[vpn.example.com]...192.0.2.7[%s]",
}

// FuzzNetLogin: any text in each shape: no panic, redacting twice equals
// once; a person's login in each shape never survives.
func FuzzNetLogin(f *testing.F) {
	for i := range netLoginShapes {
		f.Add(uint8(i), "nowak.olena")
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, which uint8, login string) {
		shape := netLoginShapes[int(which)%len(netLoginShapes)]
		line := strings.Replace(shape, "%s", login, 1)
		if strings.ContainsAny(line, "\n") {
			return
		}
		out, err := r.Redact(nil, []byte(line), FormatText)
		if err != nil {
			return
		}
		again, err := r.Redact(nil, out, FormatText)
		if err != nil || string(again) != string(out) {
			t.Fatalf("%q: once %q, twice %q (%v)", line, out, again, err)
		}
		planted := strings.Replace(shape, "%s", "kseniia.nowak", 1)
		if got, err := r.Redact(nil, []byte(planted), FormatText); err != nil || strings.Contains(string(got), "kseniia") {
			t.Fatalf("%q: login survived: %q (%v)", planted, got, err)
		}
	})
}

// IIS W3C logs: the cs(Cookie) field is read as a cookie header, so that
// every id-like cookie is a secret (.ASPXAUTH, .AspNetCore.Cookies,
// X-OWA-CANARY), not only those whose names say session.
func TestIISCookies(t *testing.T) {
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatAuto, true)
	f("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Cookie) sc-status",
		"#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Cookie) sc-status")
	f("2026-11-23 20:00:01 198.51.100.10 GET /owa/ - 443 EXAMPLE\\jane.doe 192.0.2.77 Mozilla/5.0+(Windows+NT+10.0) ASP.NET_SessionId=s5j4ig5rbgvb10442wu1baqc;+.ASPXAUTH=0A1B2C3D4E5F60718293A4B5C6D7E8F9;+theme=dark 200",
		"2026-11-23 20:00:01 198.51.100.0 GET /owa/ - 443 [name] 192.0.2.0 Mozilla/5.0+(Windows+NT+10.0) ASP.NET_SessionId=[secret];+.ASPXAUTH=[secret];+theme=dark 200")
	f("2026-11-23 20:00:02 198.51.100.10 GET /app - 443 - 192.0.2.78 curl/8.4.0 lang=en-US;+.AspNetCore.Cookies=CfDJ8abc123def456ghi789;+X-OWA-CANARY=b34df418fba3c225d3dd378d8c0fa27f.lrcVAtkE 302",
		"2026-11-23 20:00:02 198.51.100.0 GET /app - 443 - 192.0.2.0 curl/8.4.0 lang=en-US;+.AspNetCore.Cookies=[secret];+X-OWA-CANARY=[secret] 302")
}
