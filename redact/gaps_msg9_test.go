package redact

import "testing"

// TestAuthNounQuotedLogin: VPN and AAA servers quote the login after
// "for" or "of" and a word that names a sign-in; other quoted words after
// "for" stay.
func TestAuthNounQuotedLogin(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`ocserv[48706]: worker: 10.0.0.5 worker-auth.c:1283: failed authentication for 'bobrien9'`,
		`ocserv[48706]: worker: 10.0.0.0 worker-auth.c:1283: failed authentication for '[name]'`)
	f(`charon: 2[IKE] <ikev2-eap|362> EAP-MSCHAPv2 verification failed for 'ofischer'`,
		`charon: 2[IKE] <ikev2-eap|362> EAP-MSCHAPv2 verification failed for '[name]'`)
	f(`charon: 13[IKE] <ikev2-eap|680> XAuth authentication of 'lukas' successful`,
		`charon: 13[IKE] <ikev2-eap|680> XAuth authentication of '[name]' successful`)
	f(`charon: 13[CFG] RADIUS authentication of 'nowak.bob' failed`, `charon: 13[CFG] RADIUS authentication of '[name]' failed`)
	f(`tac_plus[5106]: pap-login query for 'fischer.alice' port tty3 from 10.0.0.9 accepted`,
		`tac_plus[5106]: pap-login query for '[name]' port tty3 from 10.0.0.0 accepted`)
	// Service accounts stay; a quoted word after "for" without a sign-in noun is no login.
	f(`failed authentication for 'admin'`, `failed authentication for 'admin'`)
	f(`waiting for 'orders' to drain`, `waiting for 'orders' to drain`)
	f(`the size of 'invoices' exceeds the limit`, `the size of 'invoices' exceeds the limit`)
}

// TestOcservProcessLogin: ocserv's main and worker processes name the
// session's user in brackets before ':'; a thread's name in brackets
// stays.
func TestOcservProcessLogin(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Nov 23 20:01:06 vpn-gw2 ocserv[44120]: main[akovalenko55]:198.51.100.128:48657 user logged in`,
		`Nov 23 20:01:06 vpn-gw2 ocserv[44120]: main[[name]]:198.51.100.0:48657 user logged in`)
	f(`ocserv[59999]: worker[mykola]: 2001:db8:1936:921c::7507 sending IPv4 10.10.2.205`,
		`ocserv[59999]: worker[[name]]: 2001:db8:1936:: sending IPv4 10.10.2.0`)
	f(`ocserv[48495]: main[aisha]:[2001:db8:a80e:b2e5::299d:9697]:56552 user logged in`,
		`ocserv[48495]: main[[name]]:[2001:db8:a80e::]:56552 user logged in`)
	f(`ocserv[48495]: main[root]:203.0.113.5:56552 user logged in`, `ocserv[48495]: main[root]:203.0.113.0:56552 user logged in`)
	f(`2026-11-23 20:00:01 [main] INFO starting`, `2026-11-23 20:00:01 [main] INFO starting`)
	f(`thread main[pool]: done`, `thread main[pool]: done`)
}

// TestUsrKeyLogin: usr, the user key's short form, names a login.
func TestUsrKeyLogin(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`m=1080 msg="SSL VPN zone remote user login allowed" n=490551 usr="bob.nowak" src=192.0.2.5:30233:X1`,
		`m=1080 msg="SSL VPN zone remote user login allowed" n=490551 usr="[name]" src=192.0.2.0:30233:X1`)
	f(`usr=enowak src=198.51.100.7`, `usr=[name] src=198.51.100.0`)
	f(`usr="admin" src=198.51.100.7`, `usr="admin" src=198.51.100.0`)
}

// TestBrokerServiceAccounts: message brokers' built-in accounts and the
// links and consoles that log in to them stay; a person's login is
// redacted.
func TestBrokerServiceAccounts(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`connection <0.9.0> (10.0.0.5:56647 -> 10.0.0.9:5672): user 'celery' authenticated and granted access to vhost 'prod'`,
		`connection <0.9.0> (10.0.0.0:56647 -> 10.0.0.0:5672): user 'celery' authenticated and granted access to vhost 'prod'`)
	f(`AMQ601715: User amq-console(amq)@192.0.2.59:52604 successfully authenticated`,
		`AMQ601715: User amq-console(amq)@192.0.2.0:52604 successfully authenticated`)
	f(`HTTP access denied: user 'shovel-user' - invalid credentials`, `HTTP access denied: user 'shovel-user' - invalid credentials`)
	f(`authentication error - User "leafnode"`, `authentication error - User "leafnode"`)
	f(`HTTP access denied: user 'jane.doe' - invalid credentials`, `HTTP access denied: user '[name]' - invalid credentials`)
}

// TestLaptopHostName: a fleet's laptop named USER-LT carries its user's
// login; a word before "-lt" that names no one stays.
func TestLaptopHostName(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`NWC23464: VPN Tunneling: Session started for user with IPv4 address 10.10.0.252, hostname FDUBOIS-LT`,
		`NWC23464: VPN Tunneling: Session started for user with IPv4 address 10.10.0.0, hostname [name]-LT`)
	f(`DHCPACK on 10.0.0.5 to 00:11:22:33:44:55 (jdoe-lt) via eth0`, `DHCPACK on 10.0.0.0 to [mac] ([name]-lt) via eth0`)
	f(`hostname FINANCE-LT`, `hostname FINANCE-LT`)
}

// TestSCIMFormattedAddress: SCIM's Address.formatted is the whole mailing
// address, its postcode line with it; a name's formatted member is the
// name's.
func TestSCIMFormattedAddress(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"addresses":[{"type":"work","formatted":"Calle Mayor 12\nMadrid 28036\nSpain","streetAddress":"Calle Mayor 12","locality":"Madrid","postalCode":"28036","country":"ES"}]}`,
		`{"addresses":[{"type":"work","formatted":"[address]","streetAddress":"[address]","locality":"Madrid","postalCode":"[address]","country":"ES"}]}`)
	f(`{"name":{"formatted":"Jane Doe","familyName":"Doe"}}`, `{"name":{"formatted":"[name]","familyName":"[name]"}}`)
	f(`{"meta":{"formatted":"true","version":"W/\"3694e05e9dff591\""}}`, `{"meta":{"formatted":"true","version":"W/\"3694e05e9dff591\""}}`)
}

// TestIOSSecret: Cisco IOS's cleartext and type 7 credentials after
// "secret" in a username or enable command; a hash (type 5) and the word
// elsewhere stay.
func TestIOSSecret(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("Nov 23 20:03:22\t10.0.0.2\thannah.bondarenko\ttty8\t203.0.113.83\tstart\ttask_id=49702\tservice=shell\tpriv-lvl=15\tcmd=username ops privilege 15 secret 0 WnrnYYflpQb5 <cr>",
		"Nov 23 20:03:22\t10.0.0.0\t[name]\ttty8\t203.0.113.0\tstart\ttask_id=49702\tservice=shell\tpriv-lvl=15\tcmd=username ops privilege 15 secret 0 [secret] <cr>")
	f(`cmd=enable secret 7 0822455D0A16 <cr>`, `cmd=enable secret 7 [secret] <cr>`)
	f(`cmd=username ops privilege 15 secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0 <cr>`, `cmd=username ops privilege 15 secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0 <cr>`)
	f(`the secret 0 of the puzzle`, `the secret 0 of the puzzle`)
}

// TestSCIMExternalID: SCIM's externalId holds a login when the client
// fills it so; an IdP's own id stays.
func TestSCIMExternalID(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"userName":"jane@example.com","externalId":"olena_f","active":true}`, `{"userName":"[email]","externalId":"[name]","active":true}`)
	f(`{"externalId":"00u1a2b3c4D5e6F7g8h9","active":true}`, `{"externalId":"00u1a2b3c4D5e6F7g8h9","active":true}`)
	f(`{"external_id":"acme_corp"}`, `{"external_id":"acme_corp"}`)
}

// TestIOSUsernameCommand: the login of IOS's username command, and its
// secret after a person's login.
func TestIOSUsernameCommand(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`cmd=username amueller privilege 15 secret 0 Cjql8KVsXcB8 <cr>`, `cmd=username [name] privilege 15 secret 0 [secret] <cr>`)
	f(`cmd=username b.jones privilege 15 secret 0 xvYELvL1yrU0 <cr>`, `cmd=username [name] privilege 15 secret 0 [secret] <cr>`)
	f(`cmd=username admin privilege 15 secret 0 xvYELvL1yrU0 <cr>`, `cmd=username admin privilege 15 secret 0 [secret] <cr>`)
}

// TestLoginFailureColon: tac_plus's "login failure: " before the login
// and the client's address.
func TestLoginFailureColon(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Nov 23 20:03:42 aaa1 tac_plus[17025]: login failure: oliver 192.0.2.149 (10.0.0.3) vty2`,
		`Nov 23 20:03:42 aaa1 tac_plus[17025]: login failure: [name] 192.0.2.0 (10.0.0.0) vty2`)
	f(`tac_plus[98190]: login failure: nowak.alice 203.0.113.35 (10.0.0.4) vty4`, `tac_plus[98190]: login failure: [name] 203.0.113.0 (10.0.0.0) vty4`)
	f(`tac_plus[98190]: login failure: root 203.0.113.35 (10.0.0.4) vty4`, `tac_plus[98190]: login failure: root 203.0.113.0 (10.0.0.0) vty4`)
	f(`login failure: timeout after 30s`, `login failure: timeout after 30s`)
}

// TestLoginAtHostColon: a login@host connection name before ": " and
// the message; a service's stays.
func TestLoginAtHostColon(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`connection 10.0.0.5:52977 -> 10.0.0.9:5672 - obrien.fatima@laptop: user 'admin' authenticated and granted access to vhost '/'`,
		`connection 10.0.0.0:52977 -> 10.0.0.0:5672 - [name]@laptop: user 'admin' authenticated and granted access to vhost '/'`)
	f(`connection 10.0.0.5:52977 -> 10.0.0.9:5672 - celery@worker-3: user 'celery' authenticated`,
		`connection 10.0.0.0:52977 -> 10.0.0.0:5672 - celery@worker-3: user 'celery' authenticated`)
}
