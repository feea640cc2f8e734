package redact

import "testing"

// TestAppServerGaps: the logs of application, chat, payment, file and
// print servers (bench/realistic formats_apps3.go): Matrix user ids, a
// Jenkins user's page and audit lines, Tomcat's bracketed arguments and
// path parameters, Samba's vfs_full_audit prefix and [homes] share, CUPS's
// page_log and error_log, push tokens under their keys and in APNs's path,
// GA4's client id, and a base64 document broken into escaped lines.
func TestAppServerGaps(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// Matrix user ids: the localpart is the person's login, the server stays.
	f(`2026-11-23 20:02:24,323 - synapse.access.http.8008 - 465 - INFO - GET-6805 - 10.0.0.1 - 8008 - {@hannah:matrix.example.com} Processed request`,
		`2026-11-23 20:02:24,323 - synapse.access.http.8008 - 465 - INFO - GET-6805 - 10.0.0.0 - 8008 - {@[name]:matrix.example.com} Processed request`)
	f(`Logging in user @j.smith:example.org on device ABCDEFGHIJ`, `Logging in user @[name]:example.org on device ABCDEFGHIJ`)
	f(`"GET /_matrix/client/v3/profile/%40p.garcia%3Aexample.org/displayname HTTP/1.1"`,
		`"GET /_matrix/client/v3/profile/%40[name]%3Aexample.org/displayname HTTP/1.1"`)
	// Not user ids: no server name with a dot, a scope, an address, a room.
	f(`@jdoe: hello, see @babel/core:7.0 and jdoe@example.org:5222 in !room:example.org`,
		`@jdoe: hello, see @babel/core:7.0 and [email]:5222 in !room:example.org`)

	// Jenkins: a user's page, the Audit Trail plugin's actor, a push's cause.
	f(`2026-11-23 20:05:01:028 - /user/oliver.schmidt/configSubmit by oliver.schmidt`,
		`2026-11-23 20:05:01:028 - /user/[name]/configSubmit by [name]`)
	f(`2026-11-23 20:05:08:366 - /safeRestart by priya_garcia from 192.0.2.150`,
		`2026-11-23 20:05:08:366 - /safeRestart by [name] from 192.0.2.0`)
	f(`Started by GitHub push by aliced47`, `Started by GitHub push by [name]`)
	f(`Started by timer; caused by jdoe; GET /user/repos`, `Started by timer; caused by jdoe; GET /user/repos`)
	f(`2026-11-23 20:05:30:420 - /job/x/build by admin`, `2026-11-23 20:05:30:420 - /job/x/build by admin`)

	// Tomcat: a realm's bracketed user, a path parameter before the query.
	f(`WARNING [exec-1] org.apache.catalina.realm.LockOutRealm.authenticate An attempt was made to authenticate the locked user [epatel92]`,
		`WARNING [exec-1] org.apache.catalina.realm.LockOutRealm.authenticate An attempt was made to authenticate the locked user [[name]]`)
	f(`GET /shop/cart;jsessionid=9A6C565A9B077998A576878D66E55573?v=10.1.159.12&lang=de HTTP/1.1`,
		`GET /shop/cart;jsessionid=[secret]?v=10.1.159.12&lang=de HTTP/1.1`)
	// AccessLogValve's %D between %b and the referer: the referer's query still read.
	f(`192.0.2.7 - - [23/Nov/2026:20:01:08 +0000] "GET / HTTP/2.0" 302 9639 117081 "https://www.example.com/c?iban=UA52+6150+0053+6202+9176+8937+6830+1&lang=de-DE" "curl/8.4.0"`,
		`192.0.2.0 - - [23/Nov/2026:20:01:08 +0000] "GET / HTTP/2.0" 302 9639 117081 "https://www.example.com/c?iban=[iban]&lang=de-DE" "curl/8.4.0"`)

	// Samba's vfs_full_audit: the user, its [homes] share and home, a PC named after its user.
	f(`Nov 23 20:00:29 fs01 smbd_audit: sean_patel|192.0.2.178|CFISCHER-NB|sean_patel|connect|ok|sean_patel`,
		`Nov 23 20:00:29 fs01 smbd_audit: [name]|192.0.2.0|[name]-NB|[name]|connect|ok|[name]`)
	f(`Nov 23 20:00:39 fs01 smbd_audit: mykola|192.0.2.7|WS-0124|mykola|unlinkat|ok|/home/mykola/Release_Notes_2026.pdf`,
		`Nov 23 20:00:39 fs01 smbd_audit: [name]|192.0.2.0|WS-0124|[name]|unlinkat|ok|/home/[name]/Release_Notes_2026.pdf`)
	f(`Nov 23 20:00:39 fs01 smbd_audit: svc-backup|192.0.2.7|WS-0124|finance|disconnect|ok|finance`,
		`Nov 23 20:00:39 fs01 smbd_audit: svc-backup|192.0.2.0|WS-0124|finance|disconnect|ok|finance`)

	// CUPS: page_log's user field, error_log's quoted owner.
	f(`Brother_HL-L2350DW emily 6781 [23/Nov/2026:20:01:01 +0000] total 10 - 192.0.2.7 CV_Emily_Jones.docx iso_a4_210x297mm one-sided`,
		`Brother_HL-L2350DW [name] 6781 [23/Nov/2026:20:01:01 +0000] total 10 - 192.0.2.0 CV_[name].docx iso_a4_210x297mm one-sided`)
	f(`Brother_HL-L2350DW lp 31 [23/Nov/2026:20:01:12 +0000] total 38 - localhost Microsoft Word - Budget_Q3.xlsx na_letter_8.5x11in two-sided-long-edge`,
		`Brother_HL-L2350DW lp 31 [23/Nov/2026:20:01:12 +0000] total 38 - localhost Microsoft Word - Budget_Q3.xlsx na_letter_8.5x11in two-sided-long-edge`)
	f(`I [23/Nov/2026:20:03:12 +0000] [Job 7031] Queued on "Brother_HL" by "d.williams".`,
		`I [23/Nov/2026:20:03:12 +0000] [Job 7031] Queued on "Brother_HL" by "[name]".`)

	// Push tokens: under their keys, in APNs's request path.
	f(`{"device_token":"abc123","registration_token":"fMnQ2:APA91bH"}`, `{"device_token":"[secret]","registration_token":"[secret]"}`)
	f(`level=warn path=/3/device/81088bc34d23f40ebe2d5c02b52e25358a4a0f36d30e0c9014ae6f918a822db7 status=410`,
		`level=warn path=/3/device/[secret] status=410`)
	f(`path=/3/device/81088bc34d23f40e status=410`, `path=/3/device/81088bc34d23f40e status=410`)
	// GA4's BigQuery export: the browser's client id.
	f(`{"user_pseudo_id":"1344231679.1791781408","ga_session_id":"1795462469"}`, `{"user_pseudo_id":"[secret]","ga_session_id":"1795462469"}`)

	// A base64 document in escaped lines (Braintree's bt_payload):
	// <?xml ...><email>jane.doe@example.com</email><first-name>Jane</first-name>.
	f(`bt_payload=PD94bWwgdmVyc2lvbj0iMS4wIj8%2BCjxub3RpZmljYXRpb24%2BCiAgPGVtYWls%0APmphbmUuZG9lQGV4YW1wbGUuY29tPC9lbWFpbD4KICA8Zmlyc3QtbmFtZT5K%0AYW5lPC9maXJzdC1uYW1lPgo8L25vdGlmaWNhdGlvbj4K%0A`,
		`bt_payload=[email]%0A`)
	f(`{"payload":"PD94bWwgdmVyc2lvbj0iMS4wIj8+Cjxub3RpZmljYXRpb24+CiAgPGVtYWls\nPmphbmUuZG9lQGV4YW1wbGUuY29tPC9lbWFpbD4KICA8Zmlyc3QtbmFtZT5K\nYW5lPC9maXJzdC1uYW1lPgo8L25vdGlmaWNhdGlvbj4K\n"}`,
		`{"payload":"[email]\n"}`)
	// Lines of base64 that hold nothing personal stay.
	f(`data=SGVsbG8sIHdvcmxkISBUaGlzIGlzIGEgdGVzdCBvZiBsaW5lcy4K%0ATW9yZSB0ZXh0IGhlcmUu%0A`,
		`data=SGVsbG8sIHdvcmxkISBUaGlzIGlzIGEgdGVzdCBvZiBsaW5lcy4K%0ATW9yZSB0ZXh0IGhlcmUu%0A`)
}
