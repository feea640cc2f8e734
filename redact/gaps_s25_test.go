package redact

import "testing"

// TestNameObjects: a name written as an object of parts. FHIR's HumanName
// (family, given, text) was read; the parts other schemas use were not:
// {"name":{"first":...,"last":...}} (Jotform's full name field, MongoDB
// user documents, the randomuser.me shape), SCIM's "formatted" (RFC 7643
// 4.1.1), under "name" or a key that names one. "first" and "last"
// elsewhere (pagination links) stay.
func TestNameObjects(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"name":{"first":"Peter","last":"Novak"}}`, `{"name":{"first":"[name]","last":"[name]"}}`)
	f(`{"user":{"name":{"title":"Mr","first":"Peter","last":"Novak"}}}`, `{"user":{"name":{"title":"Mr","first":"[name]","last":"[name]"}}}`)
	f(`{"fullName":{"first":"Peter","middle":"J","last":"Novak"}}`, `{"fullName":{"first":"[name]","middle":"[name]","last":"[name]"}}`)
	f(`{"name":{"givenName":"Barbara","familyName":"Jensen","formatted":"Ms. Barbara J Jensen, III"}}`,
		`{"name":{"givenName":"[name]","familyName":"[name]","formatted":"[name]"}}`)
	f(`{"links":{"first":"/a?page=1","last":"/a?page=9"},"name":"x"}`, `{"links":{"first":"/a?page=1","last":"/a?page=9"},"name":"x"}`)
	f(`{"query":{"first":10,"last":"cursor-abc"}}`, `{"query":{"first":10,"last":"cursor-abc"}}`)
}

// TestNameKeySuffixAfterSeparator: a name word that ends a key after '_'
// or '-' names the value as after a lower-case letter (customerFirstName):
// Jotform's q3_fullName, customer_fullname. A thing's display name stays.
func TestNameKeySuffixAfterSeparator(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"q3_fullName":"Peter Novak","customer_fullname":"Peter Novak","q6_firstName":"Peter"}`,
		`{"q3_fullName":"[name]","customer_fullname":"[name]","q6_firstName":"[name]"}`)
	f(`{"app_displayname":"Slack","file_name":"a.txt"}`, `{"app_displayname":"Slack","file_name":"a.txt"}`)
	f(`{"class_fullname":"com.example.Foo","host_fullname":"db1.example.com","dataset_fullname":"Sales Quarterly"}`,
		`{"class_fullname":"com.example.Foo","host_fullname":"db1.example.com","dataset_fullname":"Sales Quarterly"}`)
}

// TestTrackerKeysCamel: Segment's track call (its spec's common fields)
// carries anonymousId and context.device.advertisingId: one browser or
// device followed across visits, as its ajs_anonymous_id cookie is.
func TestTrackerKeysCamel(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"type":"track","anonymousId":"507f191e810c19729de860ea","context":{"device":{"advertisingId":"7A3CBEA0-BDF5-11E4-8DFC-AA07A5B093DB"}}}`,
		`{"type":"track","anonymousId":"[secret]","context":{"device":{"advertisingId":"[secret]"}}}`)
	f(`anonymous_id=507f191e810c19729de860ea`, `anonymous_id=[secret]`)
	f(`{"anonymousId":null,"anonymous_id":"true"}`, `{"anonymousId":null,"anonymous_id":"true"}`)
}

// TestSocialProfiles: a person's handle or profile on a social network
// names them: Mautic's social fields (through the sibling alias), CRM
// properties, enrichment APIs' handles, and LinkedIn's member pages in
// any URL (vanity names with their random suffix, member ids, other
// scripts percent-encoded). Flags under the same keys, companies' pages
// and /in/ on other hosts stay.
func TestSocialProfiles(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"linkedin_url":"https://www.linkedin.com/in/jane-doe-4b1a2c3","twitter":"@janedoe","facebook":"https://www.facebook.com/jane.doe.75","skype":"live:jane.doe_1"}`,
		`{"linkedin_url":"[name]","twitter":"[name]","facebook":"[name]","skype":"[name]"}`)
	f(`{"social":{"twitter":{"id":46,"label":"Twitter","alias":"twitter","type":"text","group":"social","value":"janedoe"}}}`,
		`{"social":{"twitter":{"id":46,"label":"Twitter","alias":"twitter","type":"text","group":"social","value":"[name]"}}}`)
	f(`{"features":{"facebook":true,"twitter":false,"linkedin":null},"meta":{"twitter":{"card":"summary"}}}`,
		`{"features":{"facebook":true,"twitter":false,"linkedin":null},"meta":{"twitter":{"card":"summary"}}}`)
	f(`GET /r?to=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fjane-doe-4b1a2c3 HTTP/1.1`, `GET /r?to=https%3A%2F%2Fwww.linkedin.com%2Fin%2F[name] HTTP/1.1`)
	f(`see https://de.linkedin.com/in/janedoe/ or linkedin.com/in/ACoAAB1234xyz`, `see https://de.linkedin.com/in/[name]/ or linkedin.com/in/[name]`)
	f(`https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-1a2b3c?trk=public`, `https://www.linkedin.com/in/[name]?trk=public`)
	f(`linkedin.com/company/acme https://example.com/in/stock notlinkedin.com/in/abc /in/`,
		`linkedin.com/company/acme https://example.com/in/stock notlinkedin.com/in/abc /in/`)
}

// TestHeaderStateRowsOnly: a partition that carried a W3C log's #Fields
// header or a CSV export's header row reads later records by those names
// only when they are rows of that log (as many fields, and the typed ones
// typed: date, time, c-ip, sc-status, a CDR's calldate and billsec). Other
// text after it is read as it would be in a stream of its own: a syslog
// line with as many words, a form body, a CSV line of another program.
func TestHeaderStateRowsOnly(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status`,
		`#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status`)
	f(`2026-11-23 20:00:01 10.0.0.5 GET /index.html - 443 jdoe 203.0.113.7 Mozilla/5.0 200`,
		`2026-11-23 20:00:01 10.0.0.0 GET /index.html - 443 [name] 203.0.113.0 Mozilla/5.0 200`)
	// Eleven words after a date and a time, but no row: its s-ip is a word.
	f(`2026-11-23 20:00:02 sbc1 kamailio: new request INVITE from 198.51.100.9 via udp`,
		`2026-11-23 20:00:02 sbc1 kamailio: new request INVITE from 198.51.100.0 via udp`)
	f(`calldate,clid,src,dst,dcontext,duration,billsec,disposition`, `calldate,clid,src,dst,dcontext,duration,billsec,disposition`)
	f(`2026-11-23 20:00:03,"""Anna"" <2017>",2017,4930690000,from-internal,65,60,ANSWERED`,
		`2026-11-23 20:00:03,"""[name]"" <[phone]>",[phone],[phone],from-internal,65,60,ANSWERED`)
	// As many commas, but no CDR row: pfSense's filterlog behind syslog.
	f(`Nov 23 20:02:17 fw filterlog[99815]: 5,,,1000000469,igb0,match,block,8`,
		`Nov 23 20:02:17 fw filterlog[99815]: 5,,,1000000469,igb0,match,block,8`)
	// A form body is a form, whatever header came before.
	f(`email=jane%40example.com&iban=GB82+WEST+1234+5698+7654+32&x=1`, `email=[email]&iban=[iban]&x=1`)
}

// TestUsersRoutePages: "/users/<word>" after a blank reads as a home
// directory (/Users/jdoe on macOS), and a request line's path has the
// same shape: a page there (Devise's /users/sign_in, /users/settings,
// CloudFront's cs-uri-stem /users/profile) is no login. A login there
// and real home directories are still masked.
func TestUsersRoutePages(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	for _, p := range []string{"profile", "settings", "sign_in", "dashboard", "avatar", "confirmation"} {
		f(`GET /users/`+p+` HTTP/1.1`, `GET /users/`+p+` HTTP/1.1`)
	}
	f(`GET /users/jdoe HTTP/1.1`, `GET /users/[name] HTTP/1.1`)
	f(`ls /Users/jdoe/Documents; cd /home/mueller/src`, `ls /Users/[name]/Documents; cd /home/[name]/src`)
}

// TestIPOfficeSMDR: Avaya IP Office's SMDR lines (no header, fields by
// position: textfmt/smdr.go) kept every party's number and name. The
// numbers (an extension's too, also in its device E201 and an unnamed
// extension's default name Extn202), an extension user's name and the
// authorisation code are masked; a trunk's line name and device, times,
// ids and charges stay.
func TestIPOfficeSMDR(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`2026/12/01 10:00:00,00:00:30,5,201,O,07700900123,907700900123,,0,1000012,0,E201,Anna Schmidt,T9001,Line 1.1,0,0,1,4455,,0.12,EUR,,,,,,,,,,,,,`,
		`2026/12/01 10:00:00,00:00:30,5,[phone],O,[phone],[phone],,0,1000012,0,E[phone],[name],T9001,Line 1.1,0,0,1,[secret],,0.12,EUR,,,,,,,,,,,,,`)
	f(`2026/12/01 10:05:10,00:01:42,3,4930901820,I,202,202,,0,1000013,0,T9002,Line 2.1,E202,Extn202,0,0,,,,,,,,,,,`,
		`2026/12/01 10:05:10,00:01:42,3,[phone],I,[phone],[phone],,0,1000013,0,T9002,Line 2.1,E[phone],[name],0,0,,,,,,,,,,,`)
	// User Charged and External Targeter Id hold a user's configured name.
	f(`2026/12/01 10:00:00,00:00:30,5,201,O,07700900123,907700900123,,0,1000012,0,E201,Anna Schmidt,T9001,Line 1.1,0,0,,,Anna Schmidt,0.12,EUR,,,,,,,Anna Schmidt,,,,,,`,
		`2026/12/01 10:00:00,00:00:30,5,[phone],O,[phone],[phone],,0,1000012,0,E[phone],[name],T9001,Line 1.1,0,0,,,[name],0.12,EUR,,,,,,,[name],,,,,,`)
	// The same start without a direction after the caller: no SMDR line.
	f(`2026/12/01 10:05:10,00:01:42,3,4930901820,X,202`, `2026/12/01 10:05:10,00:01:42,3,4930901820,X,202`)
}

// TestHeaderStateRealRows: the row checks refuse only clear evidence of
// another format, since a refused row is read as plain text and loses its
// columns' context (review of 61818e3): a W3C row with blanks at its end,
// one field more or less, an IPv6 c-ip with a zone, and CSV rows whose
// duration is hh:mm:ss or whose date is written in words are still read
// by their names.
func TestHeaderStateRealRows(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`#Fields: date time c-ip cs-username sc-status`, `#Fields: date time c-ip cs-username sc-status`)
	f(`2026-12-06 10:00:00 192.0.2.1 jsmith 200 `, `2026-12-06 10:00:00 192.0.2.0 [name] 200 `)
	f(`2026-12-06 10:00:00 192.0.2.1 jsmith  200`, `2026-12-06 10:00:00 192.0.2.0 [name]  200`)
	f(`2026-12-06 10:00:00 192.0.2.1 jsmith`, `2026-12-06 10:00:00 192.0.2.0 [name]`)
	f(`2026-12-06 10:00:00 192.0.2.1 jsmith 200 extra`, `2026-12-06 10:00:00 192.0.2.0 [name] 200 extra`)
	f(`2026-12-06 10:00:00 fe80::1%eth0 jsmith 200`, `2026-12-06 10:00:00 fe80:: [name] 200`)
	f(`2026-12-06 10:00:00 cafe jsmith 200`, `2026-12-06 10:00:00 cafe jsmith 200`) // a host word is no c-ip: another line
	g := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	g(`name,phone,duration,notes`, `name,phone,duration,notes`)
	g(`Anna Schmidt,4930690000,00:05:12,called back`, `[name],[phone],00:05:12,called back`)
	h := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	h(`name,phone,date,notes`, `name,phone,date,notes`)
	h(`Anna Schmidt,4930690000,Dec 6 2026,called back`, `[name],[phone],Dec 6 2026,called back`)
}

// TestCSVJSONUnderWholeColumn: a JSON document in a CSV column whose name
// makes the value whole (a password column) is masked whole, not walked
// as JSON, where its member names would say nothing of a secret.
func TestCSVJSONUnderWholeColumn(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`id,username,password,email,note`, `id,username,password,email,note`)
	f(`2,jdoe,"{""a"":""hunter2""}",a@b.example,y`, `2,[name],"[secret]",[email],y`)
	f(`3,jdoe,x1,a@b.example,"{""phone"":""4155550123""}"`, `3,[name],[secret],[email],"{""phone"":""[phone]""}"`)
}
