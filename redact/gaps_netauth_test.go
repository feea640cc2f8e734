package redact

import "testing"

// TestNetAuthLogs: network access control logs. NPS's accounting files
// (the database-compatible format read by position, the IAS format by
// attribute number, the DTS event's elements with attributes), Cisco
// ISE's and ClearPass's key=value syslog, OpenVPN's status file and
// server log. Session correlation ids (audit-session-id, CPMSessionID,
// AcsSessionID), NAS names, ports and counters stay.
func TestNetAuthLogs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// NPS database-compatible: User-Name, the canonical name, a MAC of 12 bare digits.
	// (Known gap: a whole value corp\\tdoe, one word after \\t, reads as a tab.)
	f(`"NPS01","IAS",12/06/2026,10:00:01,1,"corp\tom.doe","corp.example.com/Users/Jane Doe","70-10-6F-C4-9A-D0:CorpWiFi","3ca9f4123456",,,"WLC01","192.0.2.5",13,0,"192.0.2.5","WLC01",,,19,"CONNECT 54Mbps 802.11a",,2,5,"Secure Wireless",0,,,,,"Microsoft: Protected EAP (PEAP)",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"Use Windows authentication for all users",1,,,,`,
		`"NPS01","IAS",12/06/2026,10:00:01,1,"[name]","corp.example.com/Users/[name]","[mac]:CorpWiFi","[mac]",,,"WLC01","192.0.2.0",13,0,"192.0.2.0","WLC01",,,19,"CONNECT 54Mbps 802.11a",,2,5,"Secure Wireless",0,,,,,"Microsoft: Protected EAP (PEAP)",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"Use Windows authentication for all users",1,,,,`)
	// NPS IAS format: values named by their attribute's number.
	f(`192.0.2.8,jdoe,12/06/2026,10:00:01,IAS,NPS01,4127,1,4129,CORP\jdoe,4130,corp.example.com/Users/Jane Doe,4136,3,4142,16,31,+493055501234,32,RAS01`,
		`192.0.2.0,[name],12/06/2026,10:00:01,IAS,NPS01,4127,1,4129,CORP\[name],4130,corp.example.com/Users/[name],4136,3,4142,16,31,[phone],32,RAS01`)
	f(`192.0.2.6,host/WS042.corp.example.com,12/06/2026,10:00:01,IAS,NPS01,4129,CORP\WS042$,4130,corp.example.com/Computers/WS042,4136,2`,
		`192.0.2.0,host/WS042.corp.example.com,12/06/2026,10:00:01,IAS,NPS01,4129,CORP\WS042$,4130,corp.example.com/Computers/WS042,4136,2`)
	// NPS DTS: an element's text when its start tag has attributes.
	f(`<Event><User-Name data_type="1">corp\tdoe</User-Name><Calling-Station-Id data_type="1">493055501234</Calling-Station-Id><NAS-Port data_type="0">13</NAS-Port></Event>`,
		`<Event><User-Name data_type="1">[name]</User-Name><Calling-Station-Id data_type="1">[phone]</Calling-Station-Id><NAS-Port data_type="0">13</NAS-Port></Event>`)
	// Cisco ISE: MAB's User-Name and Calling-Station-ID as bare hex; session ids stay.
	f(`5200 NOTICE Passed-Authentication: Authentication succeeded, User-Name=3ca9f4123456, Calling-Station-ID=3ca9f4123456, cisco-av-pair=audit-session-id=0A00000500001234ABCDEF01, AcsSessionID=ise01/456789123/12345, CPMSessionID=0A00000500001234ABCDEF01`,
		`5200 NOTICE Passed-Authentication: Authentication succeeded, User-Name=[mac], Calling-Station-ID=[mac], cisco-av-pair=audit-session-id=0A00000500001234ABCDEF01, AcsSessionID=ise01/456789123/12345, CPMSessionID=0A00000500001234ABCDEF01`)
	// ClearPass: a MAC key's bare hex.
	f(`Common.Endpoint-MAC-Address=3ca9f4123456,Common.Error-Code=0,Common.Request-Id=R0000abcd-01-6570a1b1`,
		`Common.Endpoint-MAC-Address=[mac],Common.Error-Code=0,Common.Request-Id=R0000abcd-01-6570a1b1`)
	f(`build=3ca9f4123456, ok`, `build=3ca9f4123456, ok`)
	// OpenVPN status rows (v1, v2, v3) and log lines.
	f(`jane.doe,203.0.113.7:51234,1234,5678,2026-12-06 09:00:00`, `[name],203.0.113.0:51234,1234,5678,2026-12-06 09:00:00`)
	f(`HEADER,CLIENT_LIST,Common Name,Real Address,Virtual Address`, `HEADER,CLIENT_LIST,Common Name,Real Address,Virtual Address`)
	f(`CLIENT_LIST,jdoe,203.0.113.7:51234,10.8.0.6`, `CLIENT_LIST,[name],203.0.113.0:51234,10.8.0.0`)
	f("CLIENT_LIST\tjdoe\t203.0.113.7:51234\t10.8.0.6\t\t1234\t5678\t2026-12-06 09:00:00\t1796548364\tjdoe\t3\t0\tAES-256-GCM",
		"CLIENT_LIST\t[name]\t203.0.113.0:51234\t10.8.0.0\t\t1234\t5678\t2026-12-06 09:00:00\t1796548364\t[name]\t3\t0\tAES-256-GCM")
	f(`2026-12-06 10:00:01 ::ffff:203.0.113.7:51234 [jdoe] Peer Connection Initiated with [AF_INET6]::ffff:203.0.113.7:51234`,
		`2026-12-06 10:00:01 ::ffff:203.0.113.0:51234 [[name]] Peer Connection Initiated with [AF_INET6]::ffff:203.0.113.0:51234`)
	f(`2026-12-06 10:00:01 jdoe/2001:db8:1:2::5 MULTI_sva: pool returned IPv4=10.8.0.6`,
		`2026-12-06 10:00:01 [name]/2001:db8:1:: MULTI_sva: pool returned IPv4=10.8.0.0`)
	f(`2026-12-06 10:00:01 MULTI: new connection by client 'jdoe' will cause previous active sessions by this client to be dropped.`,
		`2026-12-06 10:00:01 MULTI: new connection by client '[name]' will cause previous active sessions by this client to be dropped.`)
	f(`unknown client 'curl' rejected`, `unknown client 'curl' rejected`)
	// A time's seconds before an address are no international prefix.
	f(`2026-12-06 10:02:00 198.51.100.153:63910 TLS Auth Error`, `2026-12-06 10:02:00 198.51.100.0:63910 TLS Auth Error`)
}
