package redact

import (
	"bytes"
	"strings"
	"testing"
)

// TestWholeStreetLineShapes: a value that is a street line and nothing
// else, under a key that does not say so, in the shapes European and
// Indian addresses take: a Dutch or Nordic compound name, a flat or a
// floor after the house number, Polish abbreviations in lower case, German
// streets opened by a preposition, a street named by its ordinal. Products,
// builds and rankings of the same length stay.
func TestWholeStreetLineShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"cf_1":"Coolsingel 90-H","cf_2":"Prinsengracht 339","cf_3":"Kurfürstendamm 21","cf_4":"Drottninggatan 5"}`,
		`{"cf_1":"[address]","cf_2":"[address]","cf_3":"[address]","cf_4":"[address]"}`)
	f(`{"cf_1":"ul. Kwiatowa 6/29","cf_2":"al. Jerozolimskie 99/53","cf_3":"Kalverstraat 233-H"}`,
		`{"cf_1":"[address]","cf_2":"[address]","cf_3":"[address]"}`)
	f(`{"cf_1":"Unter den Linden 23","cf_2":"Am Markt 31a","cf_3":"Zur Mühle 2, Hamburg"}`,
		`{"cf_1":"[address]","cf_2":"[address]","cf_3":"[address]"}`)
	f(`{"cf_1":"38th Main Road","cf_2":"12th Cross","cf_3":"5th Avenue"}`,
		`{"cf_1":"[address]","cf_2":"[address]","cf_3":"[address]"}`)
	f(`contact%5Bfields%5D%5B11%5D=ul.+Marsza%C5%82kowska+32&contact%5Bfields%5D%5B12%5D=Herengracht+67`,
		`contact%5Bfields%5D%5B11%5D=[address]&contact%5Bfields%5D%5B12%5D=[address]`)
	// Look-alikes: a ranking, a build, a release, a status, a product, an
	// airport's gate, a citation.
	f(`{"a":"3rd Place","b":"Build 2024-11","c":"Release 12-rc","d":"In Transit 2","e":"Windows 10","g":"Galaxy Note 10","h":"Terminal 2 Gate 5","j":"et al. 2019","k":"2nd Row"}`,
		`{"a":"3rd Place","b":"Build 2024-11","c":"Release 12-rc","d":"In Transit 2","e":"Windows 10","g":"Galaxy Note 10","h":"Terminal 2 Gate 5","j":"et al. 2019","k":"2nd Row"}`)
}

// TestOpenVPNSyslogPrefix: OpenVPN's client instance prefix
// (common_name/address:port) right after its syslog tag names the user, as
// it does after a time; after another program's tag the word before an
// address is a host.
func TestOpenVPNSyslogPrefix(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Dec  7 12:00:01 vpn openvpn[99]: jdoe/198.51.100.4:1194 MULTI_sva: pool returned IPv4=10.8.0.6, IPv6=(Not enabled)`,
		`Dec  7 12:00:01 vpn openvpn[99]: [name]/198.51.100.0:1194 MULTI_sva: pool returned IPv4=10.8.0.0, IPv6=(Not enabled)`)
	f(`Dec  7 12:00:01 vpn ovpn-server[99]: jane.doe/2001:db8::5 SIGUSR1[soft,connection-reset] received, client-instance restarting`,
		`Dec  7 12:00:01 vpn ovpn-server[99]: [name]/2001:db8:: SIGUSR1[soft,connection-reset] received, client-instance restarting`)
	f(`Dec  7 12:00:01 zk zookeeper[99]: zk1/10.1.2.3:2181 connected`,
		`Dec  7 12:00:01 zk zookeeper[99]: zk1/10.1.2.0:2181 connected`)
	// Before TLS names the client, OpenVPN writes UNDEF.
	f(`Dec  7 12:00:01 vpn openvpn[99]: UNDEF/198.51.100.4:1194 TLS: Initial packet`,
		`Dec  7 12:00:01 vpn openvpn[99]: UNDEF/198.51.100.0:1194 TLS: Initial packet`)
}

// TestAsteriskDialledExtension: the extension a rejected call asked for,
// when it is seven digits or more, is a number dialled (SIP scanners and
// misrouted calls try real numbers, with an outside line's prefix or
// none); the PBX's own four-digit extensions stay.
func TestAsteriskDialledExtension(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`[Dec  7 12:00:01] NOTICE[1234][C-00000012]: res_pjsip_session.c:3100 new_invite: Call from 'anonymous' (UDP:198.51.100.9:5060) to extension '972592771234' rejected because extension not found in context 'anonymous'.`,
		`[Dec  7 12:00:01] NOTICE[1234][C-00000012]: res_pjsip_session.c:3100 new_invite: Call from 'anonymous' (UDP:198.51.100.0:5060) to extension '[phone]' rejected because extension not found in context 'anonymous'.`)
	f(`NOTICE[1234]: chan_sip.c:25631 handle_request_invite: Call from '' (198.51.100.9:5060) to extension '9011442079460958' rejected because extension not found in context 'default'.`,
		`NOTICE[1234]: chan_sip.c:25631 handle_request_invite: Call from '' (198.51.100.0:5060) to extension '[phone]' rejected because extension not found in context 'default'.`)
	f(`NOTICE[1234]: chan_sip.c:25631 handle_request_invite: Call from '' (198.51.100.9:5060) to extension '1001' rejected because extension not found in context 'default'.`,
		`NOTICE[1234]: chan_sip.c:25631 handle_request_invite: Call from '' (198.51.100.0:5060) to extension '1001' rejected because extension not found in context 'default'.`)
	// The caller in the same notice; the destination after the caller in
	// FreeSWITCH's dialplan line.
	f(`NOTICE[1234]: chan_sip.c:25631 handle_request_invite: Call from '4155550132' (198.51.100.9:5060) to extension '1001' rejected because extension not found in context 'default'.`,
		`NOTICE[1234]: chan_sip.c:25631 handle_request_invite: Call from '[phone]' (198.51.100.0:5060) to extension '1001' rejected because extension not found in context 'default'.`)
	f(`2026-12-07 12:00:01.123 [INFO] mod_dialplan_xml.c:637 Processing Jane Doe <4155550132>->18005551234 in context public`,
		`2026-12-07 12:00:01.123 [INFO] mod_dialplan_xml.c:637 Processing [name] <[phone]>->[phone] in context public`)
	f(`2026-12-07 12:00:01.123 [INFO] mod_dialplan_xml.c:637 Processing 1001 <1001>->1002 in context default`,
		`2026-12-07 12:00:01.123 [INFO] mod_dialplan_xml.c:637 Processing 1001 <1001>->1002 in context default`)
	// check_auth's warning: the From header's user, a login or a number;
	// the digest's user is the peer's extension.
	f(`[2026-12-07 12:00:01] WARNING[1234]: chan_sip.c:4245 check_auth: username mismatch, have <jdoe>, digest has <1001>`,
		`[2026-12-07 12:00:01] WARNING[1234]: chan_sip.c:4245 check_auth: username mismatch, have <[name]>, digest has <1001>`)
	f(`[2026-12-07 12:00:01] WARNING[1234]: chan_sip.c:4245 check_auth: username mismatch, have <4155550132>, digest has <1001>`,
		`[2026-12-07 12:00:01] WARNING[1234]: chan_sip.c:4245 check_auth: username mismatch, have <[phone]>, digest has <1001>`)
	// Not after "extension": a quoted count or id stays.
	f(`retry '20261207' of job 'nightly'`, `retry '20261207' of job 'nightly'`)
}

// FuzzDialledExtension: whatever Asterisk quotes as the extension asked
// for, redacting twice equals redacting once, and a run of seven to
// twenty digits never survives.
func FuzzDialledExtension(f *testing.F) {
	for _, s := range []string{"972592771234", "9011442079460958", "1001", "s", "+4930690000", "0044 20 7946 0958", "12'34567"} {
		f.Add(s)
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, ext string) {
		digits := len(ext) >= 7 && len(ext) <= 20
		for _, c := range []byte(ext) {
			digits = digits && isDigit(c)
		}
		for _, shape := range []string{
			`NOTICE[1234]: chan_sip.c:25631 handle_request_invite: Call from '' (198.51.100.9:5060) to extension '%s' rejected because extension not found in context 'default'.`,
			`NOTICE[1234]: chan_sip.c:25631 handle_request_invite: Call from '%s' (198.51.100.9:5060) to extension '1001' rejected`,
			`[INFO] mod_dialplan_xml.c:637 Processing Jane Doe <1001>->%s in context public`,
			`WARNING[1234]: chan_sip.c:4245 check_auth: username mismatch, have <%s>, digest has <1001>`,
		} {
			line := []byte(strings.Replace(shape, "%s", ext, 1))
			onceIsTwice(t, r, line, FormatText)
			if out, err := r.Redact(nil, line, FormatText); err == nil && digits && bytes.Contains(out, []byte(ext)) {
				t.Fatalf("dialled number %q kept: %q", ext, out)
			}
		}
	})
}

// TestLoginAtHostNeedsAPerson: without a key, a word before '@' and a
// LAN host's one label is a login only when it reads as a person's (a
// given name, an initial and a surname, a dotted name); packages and
// their tags, team aliases and service accounts stay. systemd's template
// units are no e-mail addresses.
func TestLoginAtHostNeedsAPerson(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIabc maria@laptop`, `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIabc [name]@laptop`)
	f(`scp backup.tgz jsmith@nas:/volume1/ and jane.doe@workstation`, `scp backup.tgz [name]@nas:/volume1/ and [name]@workstation`)
	f(`npm WARN installing lodash@4 and react@latest and express@next`, `npm WARN installing lodash@4 and react@latest and express@next`)
	f(`ssh ubuntu@bastion; git push deploy@web01; ops@team`, `ssh ubuntu@bastion; git push deploy@web01; ops@team`)
	f(`Dec  7 12:00:01 host systemd[1]: Started getty@tty1.service - Getty on tty1.`,
		`Dec  7 12:00:01 host systemd[1]: Started getty@tty1.service - Getty on tty1.`)
	f(`Dec  7 12:00:01 host systemd[1]: Started user@1000.service and postgresql@14-main.service, wg-quick@wg0.service`,
		`Dec  7 12:00:01 host systemd[1]: Started user@1000.service and postgresql@14-main.service, wg-quick@wg0.service`)
	// A mail domain is still one.
	f(`mail for jane@example.services bounced`, `mail for [email] bounced`)
}

// FuzzLoginAtHost: a word before '@' and a host, in an SSH key's comment,
// an scp target, a systemd unit or a package's tag: redacting twice
// equals redacting once.
func FuzzLoginAtHost(f *testing.F) {
	for _, s := range []string{"jdoe@laptop", "react@latest", "getty@tty1.service", "maria@nas:~/x", "ops@team", "a@b.local", "x@sha256:ab"} {
		f.Add(uint8(0), s)
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, which uint8, v string) {
		shapes := []string{"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIabc %s", "scp dump.sql %s", "systemd[1]: Started %s - x", "installing %s and more", `{"comment":"%s"}`}
		onceIsTwice(t, r, []byte(strings.Replace(shapes[int(which)%len(shapes)], "%s", v, 1)), FormatAuto)
	})
}

// TestRadiusBadpass: with auth_badpass or auth_goodpass on, FreeRADIUS
// writes the password after the login in its brackets; the pair is masked
// whole, whatever the password holds. The method form and a login alone
// keep their readings.
func TestRadiusBadpass(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Dec  7 12:00:01 radius radiusd[812]: (12) Login incorrect: [maria/Hunter2!] (from client ap01 port 0 cli 10.0.0.9)`,
		`Dec  7 12:00:01 radius radiusd[812]: (12) Login incorrect: [[secret]] (from client ap01 port 0 cli 10.0.0.0)`)
	f(`Mon Dec  7 12:00:01 2026 : Auth: (12) Login OK: [maria.gonzalez/S3cret pass] (from client ap01 port 0)`,
		`Mon Dec  7 12:00:01 2026 : Auth: (12) Login OK: [[secret]] (from client ap01 port 0)`)
	f(`Mon Dec  7 12:00:01 2026 : Auth: (12) Login incorrect (pap: Cleartext password does not match "known good" password): [admin/a]b/c] (from client ap01 port 0)`,
		`Mon Dec  7 12:00:01 2026 : Auth: (12) Login incorrect (pap: Cleartext password does not match "known good" password): [[secret]] (from client ap01 port 0)`)
	f(`Mon Dec  7 12:00:01 2026 : Auth: (3) Invalid user: [admin/admin123] (from client ap01 port 0)`,
		`Mon Dec  7 12:00:01 2026 : Auth: (3) Invalid user: [[secret]] (from client ap01 port 0)`)
	f(`Mon Dec  7 12:00:01 2026 : Auth: (3) Login incorrect: [jdoe] (from client ap01 port 0)`,
		`Mon Dec  7 12:00:01 2026 : Auth: (3) Login incorrect: [[name]] (from client ap01 port 0)`)
	f(`Mon Dec  7 12:00:01 2026 : Auth: (3) Login OK: [jdoe/<via Auth-Type = eap>] (from client ap01 port 1)`,
		`Mon Dec  7 12:00:01 2026 : Auth: (3) Login OK: [[name]/<via Auth-Type = eap>] (from client ap01 port 1)`)
	// A machine's account before the method: no password.
	f(`Mon Nov 23 20:05:22 2026 : Auth: Login OK: [host/DESKTOP-4F7K2QX.corp.example.com/<via Auth-Type = eap>] (from client ap01 port 21)`,
		`Mon Nov 23 20:05:22 2026 : Auth: Login OK: [host/DESKTOP-4F7K2QX.corp.example.com/<via Auth-Type = eap>] (from client ap01 port 21)`)
	// Not RADIUS's closing: a path in brackets stays.
	f(`2026-12-07 INFO Login incorrect: [api/v2] retry`, `2026-12-07 INFO Login incorrect: [api/v2] retry`)
}

// TestCmdPassAtRecordEnd: a program's password option that ends the
// record, its blank after it, holds nothing: no panic, no quarantine.
func TestCmdPassAtRecordEnd(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`sshpass -p `, `sshpass -p `)
	f(`run sshpass -p `, `run sshpass -p `)
	f(`docker login -u jdoe -p `, `docker login -u jdoe -p `)
}

// TestPersonNameBesideAddress: an address after a one-word name says the
// object is a machine only under an agent's key (Wazuh); a user's or a
// customer's name beside the address they came from is still theirs.
func TestPersonNameBesideAddress(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"user":{"name":"jdoe","ip":"203.0.113.5"}}`, `{"user":{"name":"[name]","ip":"203.0.113.0"}}`)
	f(`{"customer":{"name":"Jenny","ip":"203.0.113.5"}}`, `{"customer":{"name":"[name]","ip":"203.0.113.0"}}`)
	f(`{"agent":{"name":"bastion","ip":"10.0.0.5"}}`, `{"agent":{"name":"bastion","ip":"10.0.0.0"}}`)
}
