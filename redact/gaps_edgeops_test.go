package redact

import "testing"

// TestEdgeOpsShapes covers what a held-out set of edge, gateway and
// identity logs showed: ArcSight CEF's and QRadar LEEF's user keys (suser,
// duser, srcuser, usrName) with LEEF 2.0's own delimiter and CEF's '\='
// escape, a display name with the login in parentheses, NetScaler's
// labelled field lists ("- User jdoe - Client_ip"), a pair header
// (username:domainname jdoe:corp), word options (-username jdoe),
// Meraki's "user id 'jdoe'", WebDAV collections named after their owner,
// user agents under CEF's and Meraki's keys, Duo's object keys beside
// their names, and apps and built-in admins that stay.
func TestEdgeOpsShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// Direction-prefixed and abbreviated user keys.
	f(`act=Allowed requestMethod=GET suser=tomasz spriv=Finance`, `act=Allowed requestMethod=GET suser=[name] spriv=Finance`)
	f(`CEF:0|Microsoft|ATA|1.9.0.0|X|Y|5|app=Kerberos duser=jane.doe cs1Label=url`, `CEF:0|Microsoft|ATA|1.9.0.0|X|Y|5|app=Kerberos duser=[name] cs1Label=url`)
	f(`dstuser=olena sourceUser=mrossi`, `dstuser=[name] sourceUser=[name]`)
	f(`duser=krbtgt suser=svc_sql`, `duser=krbtgt suser=svc_sql`)
	f(`src=10.1.2.3^dst=10.0.0.5^usrName=joe.black^srcMAC=00:11:22:33:44:55`, `src=10.1.2.0^dst=10.0.0.0^usrName=[name]^srcMAC=[mac]`)
	f("src=10.1.2.3\tusrName=CORP\\jblack\tdevTime=x", "src=10.1.2.0\tusrName=CORP\\[name]\tdevTime=x")
	f(`usrName=ftpsync^dstPort=21 user=dbbackup`, `usrName=ftpsync^dstPort=21 user=dbbackup`)
	f(`proto=6 suser=Jane Doe (jdoe) loguid={0x1}`, `proto=6 suser=[name] loguid={0x1}`)

	// CEF's escaped '=' inside a value.
	f(`request=x cookie=SESSID\=4d9ckq6oyzym9aspd2eng7cyw5; visid_incap\=xtnH6fmmKN9radQlxyI1I5bm6CFPWGrH1zLudiThijCH10MK ref=https://shop.example.com/`,
		`request=x cookie=SESSID\=[secret]; visid_incap\=[secret] ref=https://shop.example.com/`)
	f(`qstr=token\=abcDEF123456ghiJKL789 ref=x`, `qstr=token\=[secret] ref=x`)

	// NetScaler: labelled field lists, a pair header, a word option.
	f(`SSLVPN LOGIN 36493 0 : Context hjohnson@192.0.2.27 - SessionId: 58220 - User hjohnson - Client_ip 192.0.2.27 - Nat_ip "Mapped Ip"`,
		`SSLVPN LOGIN 36493 0 : Context [name]@192.0.2.0 - SessionId: 58220 - User [name] - Client_ip 192.0.2.0 - Nat_ip "Mapped Ip"`)
	f(`SSLVPN HTTPREQUEST 1 0 : Context x - SessionId: 5 - User hjohnson : Group(s) N/A : Vserver 10.1.0.10:443`,
		`SSLVPN HTTPREQUEST 1 0 : Context x - SessionId: 5 - User [name] : Group(s) N/A : Vserver 10.1.0.0:443`)
	f(`UI CMD_EXECUTED 36460 0 : User nsroot - Remote_ip 10.1.9.4 - Command "show ns ip" - Status "Success"`,
		`UI CMD_EXECUTED 36460 0 : User nsroot - Remote_ip 10.1.9.0 - Command "show ns ip" - Status "Success"`)
	f(`the user type - Admin`, `the user type - Admin`)
	f(`SSLVPN ICASTART 1 0 :  Source 192.0.2.1:54148 - customername  - username:domainname jdoe:corp.example.com - applicationName Desktop`,
		`SSLVPN ICASTART 1 0 :  Source 192.0.2.0:54148 - customername  - username:domainname [name]:corp.example.com - applicationName Desktop`)
	f(`Command "show aaa session -username pjohnson" - Status "Success"`, `Command "show aaa session -username [name]" - Status "Success"`)
	f(`Get-ADUser -Identity x -UserName jdoe`, `Get-ADUser -Identity x -UserName [name]`)
	f(`mysql -u pjohnson -h db`, `mysql -u pjohnson -h db`)
	f(`re-user one`, `re-user one`)

	// Meraki.
	f(`events client_vpn_connect user id 'afischer85' local ip 192.168.5.117 connected from 203.0.113.19`,
		`events client_vpn_connect user id '[name]' local ip 192.168.5.0 connected from 203.0.113.0`)
	f(`the user id "42" was`, `the user id "42" was`)
	f(`agent='Grandstream GXP2170 1.0.11.23' request: GET https://www.example.com/`, `agent='Grandstream GXP2170 1.0.11.23' request: GET https://www.example.com/`)
	f(`requestClientApplication=Yealink SIP-T46S 66.86.0.15 deviceFacility=fra`, `requestClientApplication=Yealink SIP-T46S 66.86.0.15 deviceFacility=fra`)

	// WebDAV collections.
	f(`"GET /dav/swilliams69/Documents/report.pdf HTTP/1.1" 404`, `"GET /dav/[name]/Documents/report.pdf HTTP/1.1" 404`)
	f(`"PROPFIND /remote.php/dav/files/jdoe/Photos/ HTTP/1.1" 207`, `"PROPFIND /remote.php/dav/files/[name]/Photos/ HTTP/1.1" 207`)
	f(`"REPORT /remote.php/dav/calendars/jane.doe/personal/ HTTP/1.1" 207`, `"REPORT /remote.php/dav/calendars/[name]/personal/ HTTP/1.1" 207`)
	f(`"PROPFIND /remote.php/dav/principals/users/olena/ HTTP/1.1" 207`, `"PROPFIND /remote.php/dav/principals/users/[name]/ HTTP/1.1" 207`)
	f(`"PROPFIND /remote.php/dav/files/admin/ HTTP/1.1" 207`, `"PROPFIND /remote.php/dav/files/admin/ HTTP/1.1" 207`)
	f(`"GET /dav/public/ HTTP/1.1" 200 dav/x day/ dev/null`, `"GET /dav/public/ HTTP/1.1" 200 dav/x day/ dev/null`)

	// Duo's object keys; an API gateway's app consumers.
	f(`{"application":{"key":"DIYZC4GM1NH0ERY2KHMW","name":"Okta"},"user":{"key":"DUYZC4GM1NH0ERY2KHMW","name":"jdoe"}}`,
		`{"application":{"key":"DIYZC4GM1NH0ERY2KHMW","name":"Okta"},"user":{"key":"DUYZC4GM1NH0ERY2KHMW","name":"[name]"}}`)
	f(`{"key":"Zq8xY2wP0aLk3rT9vB1n","name":"prod"}`, `{"key":"[secret]","name":"prod"}`)
	f(`{"key":"DUYZC4GM1NH0ERY2KHMW","secret":"x"}`, `{"key":"[secret]","secret":"[secret]"}`)
	f(`{"consumer":{"username":"partner-acme"},"x-consumer-username":"mobile-ios"}`, `{"consumer":{"username":"partner-acme"},"x-consumer-username":"mobile-ios"}`)
	f(`{"consumer":{"username":"jane.doe"}}`, `{"consumer":{"username":"[name]"}}`)
}
