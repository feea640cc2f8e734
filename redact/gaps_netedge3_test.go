package redact

import "testing"

// TestNetEdgeShapes covers firewall, VPN portal, Wi-Fi controller, MQTT
// broker and KDC messages: logins that quotes, parentheses or words set
// off (F5 APM, Mosquitto's connect flags, a wireless controller's
// username entry, an ASA teardown's AAA user, DAP's "User x, Addr",
// FortiOS's "Administrator x logged in" and "User x succeeded in
// authentication"), OwnTracks topics, devices named after their owner,
// Zigbee IEEE addresses, Home Assistant entities, avahi-browse's escaped
// device names and Kerberos principals. Look-alikes stay: service
// principals, numeric session ids, service accounts.
func TestNetEdgeShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// F5 BIG-IP APM.
	f(`01490010:5: /Common/ap_vpn:Common:3c2e7ef0: Username 'jdoe'`, `01490010:5: /Common/ap_vpn:Common:3c2e7ef0: Username '[name]'`)
	f(`01490017:5: /Common/ap:Common:d7f24536: AD agent: Auth (logon attempt:0): authenticate with 'olena' failed`,
		`01490017:5: /Common/ap:Common:d7f24536: AD agent: Auth (logon attempt:0): authenticate with '[name]' failed`)
	f(`Session variable 'session.logon.last.username' set to 'fatima'`, `Session variable 'session.logon.last.username' set to '[name]'`)
	f(`Session variable 'session.policy.result' set to 'allow'`, `Session variable 'session.policy.result' set to 'allow'`)
	// Mosquitto.
	f(`New client connected from 192.0.2.7:51234 as mosq-x2 (p2, c1, k60, u'olena').`,
		`New client connected from 192.0.2.0:51234 as mosq-x2 (p2, c1, k60, u'[name]').`)
	f(`New client connected from 192.0.2.7:51234 as homeassistant (p2, c1, k60, u'homeassistant').`,
		`New client connected from 192.0.2.0:51234 as homeassistant (p2, c1, k60, u'homeassistant').`)
	f(`{u'name': u'olena'}`, `{u'name': u'olena'}`)
	f(`Client jane.doe-phone disconnected.`, `Client [name]-phone disconnected.`)
	f(`Socket error on client jdoe2-laptop, disconnecting.`, `Socket error on client [name]-laptop, disconnecting.`)
	f(`Client office-phone disconnected.`, `Client office-phone disconnected.`)
	f(`Received PUBLISH from x (d0, q0, r0, m1, 'owntracks/olena/iphone', ... (12 bytes))`,
		`Received PUBLISH from x (d0, q0, r0, m1, 'owntracks/[name]/iphone', ... (12 bytes))`)
	// Cisco wireless controllers, ASA.
	f(`wncd: Username entry (olena) joined with ssid (Corp) for device with MAC: 1234.5678.9abc on channel (36)`,
		`wncd: Username entry ([name]) joined with ssid (Corp) for device with MAC: [mac] on channel (36)`)
	f(`Username entry (guest) created for mobile`, `Username entry (guest) created for mobile`)
	f(`%ASA-6-302014: Teardown TCP connection 7657 for outside:192.0.2.7/47774 to inside:10.1.4.9/443 duration 0:30:53 bytes 1269 TCP FINs from outside (olena)`,
		`%ASA-6-302014: Teardown TCP connection 7657 for outside:192.0.2.0/47774 to inside:10.1.4.0/443 duration 0:30:53 bytes 1269 TCP FINs from outside ([name])`)
	f(`%ASA-6-734001: DAP: User olena, Addr 198.51.100.7, Connection AnyConnect: ...`,
		`%ASA-6-734001: DAP: User [name], Addr 198.51.100.0, Connection AnyConnect: ...`)
	// FortiOS.
	f(`msg="Administrator jdoe logged in successfully from https(192.0.2.7)"`, `msg="Administrator [name] logged in successfully from https(192.0.2.0)"`)
	f(`msg="User olena succeeded in authentication"`, `msg="User [name] succeeded in authentication"`)
	f(`policyid=33 sessionid=58422238 proto=6`, `policyid=33 sessionid=58422238 proto=6`)
	// Zigbee2MQTT and Home Assistant.
	f(`{"friendly_name":"0x00158d0001a2b3c4","ieee_address":"0x00158d0001a2b3c4"}`, `{"friendly_name":"[secret]","ieee_address":"[secret]"}`)
	f(`{"friendly_name":"Living room sensor"}`, `{"friendly_name":"Living room sensor"}`)
	f(`Sending PUBLISH to z2m (d0, q0, r0, m1, 'zigbee2mqtt/0x00158d0001a2b3c4', ... (3 bytes))`,
		`Sending PUBLISH to z2m (d0, q0, r0, m1, 'zigbee2mqtt/[secret]', ... (3 bytes))`)
	f(`pointer 0x00007fff5fbff8c0 freed`, `pointer 0x00007fff5fbff8c0 freed`)
	f(`{"entity_id":"person.jane_doe","state":"home"}`, `{"entity_id":"person.[name]","state":"home"}`)
	f(`{"entity_id":"sensor.boiler_temp","state":"61"}`, `{"entity_id":"sensor.boiler_temp","state":"61"}`)
	// avahi-browse escapes.
	f(`=;wlan0;IPv4;Olena\226\128\153s iPhone;_companion-link._tcp;local`, `=;wlan0;IPv4;[name]\226\128\153s iPhone;_companion-link._tcp;local`)
	f(`=;wlan0;IPv4;Se\195\161n's iMac;_ssh._tcp;local`, `=;wlan0;IPv4;[name]'s iMac;_ssh._tcp;local`)
	// Kerberos principals.
	f(`AS_REQ (2 etypes {18 17}) 192.0.2.7: ISSUE: authtime 1795463446, etypes {rep=18 tkt=18 ses=18}, jdoe/admin@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM`,
		`AS_REQ (2 etypes {18 17}) 192.0.2.0: ISSUE: authtime 1795463446, etypes {rep=18 tkt=18 ses=18}, [name]/admin@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM`)
	f(`jdoe@EXAMPLE.COM for HTTP/intranet.example.com@EXAMPLE.COM`, `[email] for HTTP/intranet.example.com@EXAMPLE.COM`)
	f(`host/ws-27.corp.example.org@CORP.EXAMPLE.ORG`, `host/ws-27.corp.example.org@CORP.EXAMPLE.ORG`)
	// Not a principal: a path, an address in lower case.
	f(`GET /mail/jane@EXAMPLE.COM`, `GET /mail/[email]`)
	f(`users/jane.doe@example.com`, `users/[email]`)

	// Found by fuzzing: a mask where an address was is no mailbox, so the
	// word before it is no display name on a second pass; a NINO's
	// suffix letter is no key's name.
	f(`Group <G> User <010 0000000@0> IP <192.0.2.7>`, `Group <G> User <[phone]@0> IP <192.0.2.0>`)
	f(`x User <[x]@0>`, `x User <[x]@0>`)
	f(`AB123456 C`, `[national_id]`)
}
