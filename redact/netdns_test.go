package redact

import "testing"

// TestNetDevShapes covers what the held-out network device, load balancer,
// DNS and flow formats found: an IPv6 address followed by its port after a
// '.' (nfdump, tcpdump), a router's "Configured from console by X on
// vty0", MikroTik's PPP accounting lines and dynamic interfaces named
// after their user, configuration backup tools' accounts, and a DNS
// server's "k=v; k=v" message that has a cookie header's shape but whose
// host names are no ids. Look-alikes stay: ports, interface names,
// service accounts, infrastructure host names.
func TestNetDevShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// IPv6 and a port after '.'.
	f(`2026-11-23 20:00:08.435   149.719 UDP   2001:db8:a6ee:ce84::d60c:b9e1.59022 -> 2001:db8:ffff::68.123  ......`,
		`2026-11-23 20:00:08.435   149.719 UDP   2001:db8:a6ee::.59022 -> 2001:db8:ffff::.123  ......`)
	f(`IP6 2001:db8:35e:f96c:773b:9da8:c105:ae1b.53811 > 2001:db8::1.443: Flags [S]`,
		`IP6 2001:db8:35e::.53811 > 2001:db8::.443: Flags [S]`)
	f(`mapped ::ffff:192.0.2.5 tail 2001:db8::1.2.3.4`, `mapped ::ffff:192.0.2.0 tail 2001:db8::`)
	f(`versions 1::2.3 and 12::30.5 and ::1.2.3 stay`, `versions 1::2.3 and 12::30.5 and ::1.2.3 stay`)
	f(`2001:db8::5.655361 is no port`, `2001:db8::5.655361 is no port`)
	f(`2001:db8::5.443.1 is dotted`, `2001:db8::5.443.1 is dotted`)

	// Cisco IOS.
	f(`%SYS-5-CONFIG_I: Configured from console by enowak24 on vty1 (172.16.26.248)`,
		`%SYS-5-CONFIG_I: Configured from console by [name] on vty1 (172.16.26.0)`)
	f(`%SYS-5-CONFIG_I: Configured from console by jane.doe on console`, `%SYS-5-CONFIG_I: Configured from console by [name] on console`)
	f(`%SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.1.1.5)`, `%SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.1.1.0)`)
	f(`%SYS-5-CONFIG_I: Configured from console by console`, `%SYS-5-CONFIG_I: Configured from console by console`)
	f(`%PARSER-5-CFGLOG_LOGGEDCMD: User:rancid  logged command:interface GigabitEthernet1/0/5`,
		`%PARSER-5-CFGLOG_LOGGEDCMD: User:rancid  logged command:interface GigabitEthernet1/0/5`)
	f(`%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: oxidized] [Source: 192.0.2.153] [localport: 22]`,
		`%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: oxidized] [Source: 192.0.2.0] [localport: 22]`)

	// MikroTik RouterOS.
	f(`pppoe,ppp,info <pppoe-emily.kovalenko>: authenticated`, `pppoe,ppp,info <pppoe-[name]>: authenticated`)
	f(`pppoe,ppp,info <pppoe-jwilliams>: authenticated`, `pppoe,ppp,info <pppoe-[name]>: authenticated`)
	f(`l2tp,ppp,info <l2tp-olena>: connected`, `l2tp,ppp,info <l2tp-[name]>: connected`)
	f(`pppoe,ppp,info <pppoe-out1>: connected`, `pppoe,ppp,info <pppoe-out1>: connected`)
	f(`sstp,ppp,info <sstp-admin>: connected`, `sstp,ppp,info <sstp-admin>: connected`)
	f(`pppoe,ppp,info,account schmidt.fatima logged in, 203.0.113.142`, `pppoe,ppp,info,account [name] logged in, 203.0.113.0`)
	f(`l2tp,ppp,info,account jwilliams logged out, 3600 1233 4567 12 15`, `l2tp,ppp,info,account [name] logged out, 3600 1233 4567 12 15`)
	f(`pppoe,ppp,info,account guest logged in, 10.0.0.5`, `pppoe,ppp,info,account guest logged in, 10.0.0.0`)
	f(`hotspot,account,info,debug jmueller (172.16.27.105): logged in`, `hotspot,account,info,debug [name] (172.16.27.0): logged in`)
	f(`hotspot,account,info,debug afischer76 (192.168.0.46): login failed: invalid username or password`,
		`hotspot,account,info,debug [name] (192.168.0.0): login failed: invalid username or password`)
	f(`hotspot,account,info,debug guest (10.5.50.2): logged in`, `hotspot,account,info,debug guest (10.5.50.0): logged in`)
	f(`system,info,account user admin logged in from 192.0.2.44 via winbox`, `system,info,account user admin logged in from 192.0.2.0 via winbox`)
	f(`x,account,y quiet please`, `x,account,y quiet please`)
	f(`the account balance was updated`, `the account balance was updated`)

	// The Windows DNS Server analytic channel: "k=v; " pairs to the end.
	f(`AD=0; QNAME=printer-3f.corp.example.com.; QTYPE=1; XID=16299; DNSSEC=0`,
		`AD=0; QNAME=printer-3f.corp.example.com.; QTYPE=1; XID=16299; DNSSEC=0`)
	f(`TCP=0; Source=192.0.2.7; QNAME=build-agent-07.corp.example.com.; QTYPE=65; XID=50705; Port=50246`,
		`TCP=0; Source=192.0.2.0; QNAME=build-agent-07.corp.example.com.; QTYPE=65; XID=50705; Port=50246`)
	f(`AD=0; QNAME=jane-doe-laptop.corp.example.com.; QTYPE=1; XID=16299; DNSSEC=0`,
		`AD=0; QNAME=[name]-laptop.corp.example.com.; QTYPE=1; XID=16299; DNSSEC=0`)
	f(`AD=0; QNAME=annas-iphone.lan.; QTYPE=1; XID=16299; DNSSEC=0`, `AD=0; QNAME=[name]-iphone.lan.; QTYPE=1; XID=16299; DNSSEC=0`)
	// A real cookie header keeps reading its ids.
	f(`cookie: theme=dark; visitor=a8f3k2m9x7; lang=en`, `cookie: theme=dark; visitor=[secret]; lang=en`)
}
