package redact

import (
	"errors"
	"strings"
	"testing"

	"github.com/redactd/redactd/redact/textfmt"
)

func TestTextFieldsAuto(t *testing.T) {
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatAuto, true)
	// Asterisk Master.csv: src, dst and the number in clid are phone
	// numbers because of their column.
	f(`"","4930690000","2017","from-internal","""Alice"" <4930690000>","SIP/alice-0000000a","SIP/bob-0000000b","Dial","SIP/2017,30","2026-11-23 10:00:00","2026-11-23 10:00:02","2026-11-23 10:01:02","62","60","ANSWERED","DOCUMENTATION","1700000000.123",""`,
		`"","[phone]","[phone]","from-internal","""[name]"" <[phone]>","SIP/[name]-0000000a","SIP/[name]-0000000b","Dial","SIP/[phone],30","2026-11-23 10:00:00","2026-11-23 10:00:02","2026-11-23 10:01:02","62","60","ANSWERED","DOCUMENTATION","1700000000.123",""`)
	// FreeSWITCH mod_cdr_csv's default template: the caller's name and
	// the numbers by column, whatever their form.
	f(`"Alice Smith","1001","4930690000","default","2026-11-23 10:00:00","","2026-11-23 10:00:09","9","0","NO_ANSWER","a1b2c3d4-e5f6-4789-abcd-ef0123456789","","1001","PCMA","PCMA"`,
		`"[name]","[phone]","[phone]","default","2026-11-23 10:00:00","","2026-11-23 10:00:09","9","0","NO_ANSWER","a1b2c3d4-e5f6-4789-abcd-ef0123456789","","1001","PCMA","PCMA"`)
	// A CSV export's header row names the columns of the rows after it
	// (Cisco CDR files): bare numbers under a party's column are phone
	// numbers; CUCM's row of types is not a header; a row with another
	// number of fields is read as text; a header whose names say nothing
	// ends the earlier one.
	f(`"cdrRecordType","dateTimeOrigination","callingPartyNumber","originalCalledPartyNumber","duration"`,
		`"cdrRecordType","dateTimeOrigination","callingPartyNumber","originalCalledPartyNumber","duration"`)
	f(`INTEGER,INTEGER,VARCHAR(50),VARCHAR(50),INTEGER`, `INTEGER,INTEGER,VARCHAR(50),VARCHAR(50),INTEGER`)
	f(`1,1764928800,"1001","4930690000",59`, `1,1764928800,"[phone]","[phone]",59`)
	f(`1,1764928800,"1001","4930690000"`, `1,1764928800,"1001","4930690000"`)
	f(`id,date,amount,currency`, `id,date,amount,currency`)
	f(`1,1764928800,"1001","4930690000",59`, `1,1764928800,"1001","4930690000",59`)
	// Mailchimp's subscribe webhook, form-encoded: the merge fields.
	f(`type=subscribe&data%5Bmerges%5D%5BFNAME%5D=Lena&data%5Bmerges%5D%5BLNAME%5D=Fischer&data%5Bmerges%5D%5BPHONE%5D=%2B1+404+555+0123`,
		`type=subscribe&data%5Bmerges%5D%5BFNAME%5D=[name]&data%5Bmerges%5D%5BLNAME%5D=[name]&data%5Bmerges%5D%5BPHONE%5D=[phone]`)
	// nginx combined: the query string is split; a parameter whose name
	// says session or token holds a secret, '+' is a space in it.
	f(`203.0.113.7 - - [23/Nov/2026:10:00:00 +0000] "GET /cb?code=abc123XYZ&sess_id=9f8e7d&q=hello+world&to=%2B44+20+7946+0958 HTTP/1.1" 200 512 "-" "curl/8.5.0"`,
		`203.0.113.0 - - [23/Nov/2026:10:00:00 +0000] "GET /cb?code=abc123XYZ&sess_id=[secret]&q=hello+world&to=[phone] HTTP/1.1" 200 512 "-" "curl/8.5.0"`)
	// The key=value extras after the user agent are read as text: the
	// key grammar gives them context as it does anywhere.
	f(`203.0.113.7 - - [23/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "curl/8.5.0" rt=0.012 uid="alice@example.com" cookie="SESSID=a1b2c3d4e5; theme=dark" xff="198.51.100.4, 10.0.0.1"`,
		`203.0.113.0 - - [23/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "curl/8.5.0" rt=0.012 uid="[email]" cookie="SESSID=[secret]; theme=dark" xff="198.51.100.0, 10.0.0.0"`)
	// A user name has a letter: "0" under remote_user is not one.
	f(`203.0.113.7 - 0 [23/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "-"`,
		`203.0.113.0 - 0 [23/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "-"`)
	// A W3C header names the columns of the lines after it; cookies are
	// split by name.
	f("#Version: 1.0", "#Version: 1.0")
	f("#Fields: date time c-ip cs(Cookie) cs-uri-query", "#Fields: date time c-ip cs(Cookie) cs-uri-query")
	f("2026-11-23\t10:00:00\t198.51.100.23\tSESSID=a1b2c3d4;%20theme=dark\tlaravel_session=eyJpdiI6&x=1",
		"2026-11-23\t10:00:00\t198.51.100.0\tSESSID=[secret];%20theme=dark\tlaravel_session=[secret]&x=1")
}

func TestTextFieldsDeclared(t *testing.T) {
	o := DefaultOptions()
	o.Fields = []FieldRule{{Path: "user", Action: ActMask, Token: "[user]"}, {Path: "note", Action: ActDrop}}
	r := mustEngine(t, o).NewRedactor()
	if err := r.SetText(TextFields, textfmt.Config{Format: textfmt.CSV, Columns: []string{"ts", "user", "caller", "note"}}); err != nil {
		t.Fatal(err)
	}
	f := checker(t, r, FormatAuto, false)
	f(`1700000000,alice,4155550123,"call me, maybe"`, `1700000000,[user],[phone],""`)
	// Two numbers side by side in a phone column: both, in one pass (a
	// first group of seven digits or more is a number by itself, and the
	// run parts at the space); a group of one digit after them is not a
	// number, nor is a port after a number.
	f(`1,bob,"4930690000 4930690001",x`, `1,[user],"[phone] [phone]",`)
	f(`1,bob,"000000000 000000000 0",x`, `1,[user],"[phone] [phone] 0",`)
	f(`1,bob,"4155550123 5060",x`, `1,[user],"[phone] 5060",`)
	// A run that goes on into more than 15 digits or a word: the number
	// before its last space, then the rest, in one pass.
	f(`1,bob,"0000000 0000.00000",x`, `1,[user],"[phone] [phone]",`)
	f(`1,bob,"0.00000000 0000.000",x`, `1,[user],"[phone] [phone]",`)
	f(`{"user":"bob","caller":"4155550123"}`, `{"user":"[user]","caller":"[phone]"}`) // the first byte decides
	_, err := r.Redact(nil, []byte(`1700000000,"unterminated`), FormatAuto)
	var qe *QuarantineError
	if !errors.As(err, &qe) || qe.Reason != ReasonParse {
		t.Fatalf("unterminated quote: err %v, want a parse_error quarantine", err)
	}
	if strings.Contains(err.Error(), "1700000000") {
		t.Errorf("error %q holds record content", err)
	}
	// With field rules, auto mode names a combined line's extras, so that
	// a rule reaches them.
	auto := checker(t, mustEngine(t, o).NewRedactor(), FormatAuto, false)
	auto(`203.0.113.7 - - [23/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "curl/8.5.0" user=bob note="x y"`,
		`203.0.113.0 - - [23/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 5 "-" "curl/8.5.0" user=[user] note=""`)
	if err := r.SetText(TextFields, textfmt.Config{}); err == nil {
		t.Error("SetText accepted a config without a format")
	}
}

// TestTextFieldsDeclaredCSVHeader: CSV declared without column names
// reads a header row for them, as auto does (a CUCM export declared as
// csv kept its party numbers).
func TestTextFieldsDeclaredCSVHeader(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	if err := r.SetText(TextFields, textfmt.Config{Format: textfmt.CSV}); err != nil {
		t.Fatal(err)
	}
	f := checker(t, r, FormatAuto, false)
	f(`cdrRecordType,globalCallID_callId,callingPartyNumber,originalCalledPartyNumber`,
		`cdrRecordType,globalCallID_callId,callingPartyNumber,originalCalledPartyNumber`)
	f(`1,123,2125551234,4930901820`, `1,123,[phone],[phone]`)
	f(`a,b,c,d`, `a,b,c,d`) // a header row that names nothing: columns by position again
	f(`1,123,2125551234,4930901820`, `1,123,2125551234,4930901820`)
}

// TestCookieAndParamNames: the names a query parameter or cookie goes by
// are read with the same key grammar as any key.
func TestCookieAndParamNames(t *testing.T) {
	f := func(name string, want bool) {
		t.Helper()
		kc := keyContext([]byte(name))
		if got := kc == ctxSecret || kc == ctxPassword; got != want {
			t.Errorf("keyContext(%q) = %d, secret %v, want %v", name, kc, got, want)
		}
	}
	for _, n := range []string{"SESSID", "PHPSESSID", "_session_id", "connect.sid", "laravel_session", "sessionToken", "access_token", "api_key", "apiKey", "X-Auth", "sid", "csrftoken", "pwd", "signature"} {
		f(n, true)
	}
	for _, n := range []string{"inside", "monkey", "keyboard", "q", "theme", "lang", "utm_source", "page", "consider"} {
		f(n, false)
	}
}

func TestTextFieldsNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	lines := [][]byte{
		[]byte(`203.0.113.7 - - [23/Nov/2026:10:00:00 +0000] "GET /cb?code=abc&sess_id=9f8e7d&to=%2B44+20+7946+0958 HTTP/1.1" 200 512 "-" "curl/8.5.0"`),
		[]byte(`"","4930690000","2017","from-internal","""Alice"" <4930690000>","SIP/alice-0000000a","SIP/bob-0000000b","Dial","SIP/2017,30","2026-11-23 10:00:00","2026-11-23 10:00:02","2026-11-23 10:01:02","62","60","ANSWERED","DOCUMENTATION","1700000000.123",""`),
		[]byte(`"Alice Smith","1001","4930690000","default","2026-11-23 10:00:00","","2026-11-23 10:00:09","9","0","NO_ANSWER","a1b2c3d4-e5f6-4789-abcd-ef0123456789","","1001","PCMA","PCMA"`),
		[]byte("#Fields: date time c-ip cs(Cookie)"),
		[]byte("2026-11-23\t10:00:00\t198.51.100.23\tSESSID=a1b2c3d4;%20theme=dark"),
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
	// The rows after a CSV header row (which allocates once) do not.
	r = mustEngine(t, DefaultOptions()).NewRedactor()
	r.Redact(nil, []byte(`"cdrRecordType","callingPartyNumber","originalCalledPartyNumber","duration"`), FormatAuto)
	row := []byte(`1,"1001","4930690000",59`)
	dst, _ = r.Redact(dst[:0], row, FormatAuto)
	if string(dst) != `1,"[phone]","[phone]",59` {
		t.Fatalf("CSV row after its header: %q", dst)
	}
	if n := testing.AllocsPerRun(50, func() { dst, _ = r.Redact(dst[:0], row, FormatAuto) }); n != 0 {
		t.Errorf("CSV rows after a header: %v allocations per row, want 0", n)
	}
}

func TestJSONLabelledValues(t *testing.T) {
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatJSON, true)
	// Mautic's custom fields, HAR headers, Kubernetes env vars.
	f(`{"phone":{"id":5,"alias":"phone","value":"07700 900272"}}`, `{"phone":{"id":5,"alias":"phone","value":"[phone]"}}`)
	f(`{"firstname":{"alias":"firstname","value":"Jürgen"}}`, `{"firstname":{"alias":"firstname","value":"[name]"}}`)
	f(`[{"name":"Authorization","value":"Bearer abc.def"},{"name":"Accept","value":"text/html"}]`,
		`[{"name":"Authorization","value":"Bearer [auth_header]"},{"name":"Accept","value":"text/html"}]`)
	f(`{"env":[{"name":"DB_PASSWORD","value":"hunter22"},{"name":"LOG_LEVEL","value":"debug"}]}`,
		`{"env":[{"name":"DB_PASSWORD","value":"[secret]"},{"name":"LOG_LEVEL","value":"debug"}]}`)
	// A value before its label, or a label that names nothing, changes nothing.
	// (A bare run of digits: "07700 900272" is a phone number anywhere.)
	f(`{"value":"07700900272","alias":"phone"}`, `{"value":"07700900272","alias":"phone"}`)
	f(`{"name":"web-0","value":"1234567"}`, `{"name":"web-0","value":"1234567"}`)
	// Names by key, and a cookie or URL inside a JSON string.
	f(`{"first_name":"Ann","display_name":"Ann Lee","name":"svc-a"}`, `{"first_name":"[name]","display_name":"[name]","name":"svc-a"}`)
	f(`{"headers":{"cookie":"SESSID=a1b2c3d4e5; theme=dark"}}`, `{"headers":{"cookie":"SESSID=[secret]; theme=dark"}}`)
	f(`{"url":"/cb?code=x&session_token=abcdef123456"}`, `{"url":"/cb?code=x&session_token=[secret]"}`)
	f(`{"msg":"really? yes; ok=1"}`, `{"msg":"really? yes; ok=1"}`)
	// A person object's "name": by the key that holds it (Stripe's
	// customer and billing_details, mail webhooks' from and to) or by its
	// "object"/"type"/"kind" member; other objects' names stay.
	f(`{"customer":{"name":"Jenny Rosen"},"billing_details":{"name":"J R"},"to":[{"email":"a@example.com","name":"Ann Lee"}]}`,
		`{"customer":{"name":"[name]"},"billing_details":{"name":"[name]"},"to":[{"email":"[email]","name":"[name]"}]}`)
	f(`{"data":{"object":{"id":"cus_NffrFeUfNV2Hib","object":"customer","name":"Jenny Rosen"}}}`,
		`{"data":{"object":{"id":"cus_NffrFeUfNV2Hib","object":"customer","name":"[name]"}}}`)
	f(`{"service":{"name":"api"},"kind":"Pod","metadata":{"name":"web-1"},"object":"charge","name":"x"}`,
		`{"service":{"name":"api"},"kind":"Pod","metadata":{"name":"web-1"},"object":"charge","name":"x"}`)
	// An object that holds an e-mail address or a phone number, before or
	// after its "name", is a person; flags and counts named after them are
	// not, and neither is a member of a nested object.
	f(`{"id":"cus_1","email":"jr@example.com","name":"Jenny Rosen"}`, `{"id":"cus_1","email":"[email]","name":"[name]"}`)
	f(`{"name":"Jane Doe","age":3,"tags":["a",{"x":1}],"phoneNumber":"+14155550123"}`,
		`{"name":"[name]","age":3,"tags":["a",{"x":1}],"phoneNumber":"[phone]"}`)
	// OpenTelemetry (OTLP/JSON) attributes: the "key" names the attribute
	// and is no secret; the AnyValue's scalar takes the name as its key. A
	// "key" that holds a random value is still one.
	f(`{"attributes":[{"key":"user.full_name","value":{"stringValue":"Alice Smith"}},{"key":"user.phone","value":{"intValue":"4155550123"}},{"key":"k8s.pod.name","value":{"stringValue":"web-1"}}]}`,
		`{"attributes":[{"key":"user.full_name","value":{"stringValue":"[name]"}},{"key":"user.phone","value":{"intValue":"[phone]"}},{"key":"k8s.pod.name","value":{"stringValue":"web-1"}}]}`)
	f(`{"key":"a8f5f167f44f4964e6c998dee827110c","stringValue":"4155550123"}`, `{"key":"[secret]","stringValue":"4155550123"}`)
	// A login under a user key: a person's name when written as one.
	f(`{"user":"system:serviceaccount:kube-system:foo","username":"jane.doe@example.com","user_name":"mary.ann.lee","login":"1001","a":{"user":"bob.jones"}}`,
		`{"user":"system:serviceaccount:kube-system:foo","username":"[email]","user_name":"[name]","login":"1001","a":{"user":"[name]"}}`)
	// A caller name that is all digits is the number again.
	f(`{"variables":{"caller_id_name":"2039","caller_id_number":"2039"}}`,
		`{"variables":{"caller_id_name":"[phone]","caller_id_number":"[phone]"}}`)
	f(`{"name":"checkout","phone_verified":true,"email_count":3,"owner":{"email":"x"}}`,
		`{"name":"checkout","phone_verified":true,"email_count":3,"owner":{"email":"x"}}`)
	// FreeSWITCH's SIP user variables are the party, however short;
	// a *_user key's login is a name only when written as one; an
	// analytics cookie is an identifier.
	f(`{"variables":{"sip_from_user":"1001","sip_to_user":"1002","verto_user":"bob.smith","dialed_user":"1002","_ga":"GA1.2.1234567890.1700000000"}}`,
		`{"variables":{"sip_from_user":"[phone]","sip_to_user":"[phone]","verto_user":"[name]","dialed_user":"[phone]","_ga":"[secret]"}}`)
	// A Kubernetes Secret's data and stringData are secrets whatever their
	// names, with "kind" before or after them (kubectl sorts members); a
	// ConfigMap's data or another object's is not.
	f(`{"apiVersion":"v1","data":{"tls.key":"LS0tLS1CRUdJTi","username":"YWRtaW4="},"kind":"Secret","metadata":{"name":"db"}}`,
		`{"apiVersion":"v1","data":{"tls.key":"[secret]","username":"[secret]"},"kind":"Secret","metadata":{"name":"db"}}`)
	f(`{"kind":"Secret","stringData":{"user":"admin","port":5432,"nested":{"a":"b"}},"x":{"data":{"a":"b"}}}`,
		`{"kind":"Secret","stringData":{"user":"[secret]","port":"[secret]","nested":{"a":"b"}},"x":{"data":{"a":"b"}}}`)
	f(`{"kind":"ConfigMap","data":{"LOG_LEVEL":"debug"}} `, `{"kind":"ConfigMap","data":{"LOG_LEVEL":"debug"}} `)
	f(`{"data":{"id":"evt_1"},"kind":"Event","type":"Secret"}`, `{"data":{"id":"evt_1"},"kind":"Event","type":"Secret"}`)
	f(`{"type":"Secret","data":{"id":"evt_1"}}`, `{"type":"Secret","data":{"id":"evt_1"}}`)
	// A person object's login is the person's handle (GitHub's sender
	// and user, a user object's username); system and provider logins
	// with a ':' stay, an e-mail address is one. A repository's
	// full_name is a path, not a person's name.
	f(`{"sender":{"login":"octocat","id":1},"repository":{"full_name":"octocat/Hello-World","owner":{"login":"octocat"}}}`,
		`{"sender":{"login":"[name]","id":1},"repository":{"full_name":"octocat/Hello-World","owner":{"login":"[name]"}}}`)
	f(`{"sender":{"login":"dependabot[bot]","type":"Bot"},"pusher":{"name":"github-actions[bot]"}}`,
		`{"sender":{"login":"dependabot[bot]","type":"Bot"},"pusher":{"name":"github-actions[bot]"}}`)
	// An object whose type says it is an app, a group or a role (Okta's
	// System Log targets): its displayName names the thing, before or
	// after the type (members sorted by name); a user's is a person's,
	// and an e-mail address in a thing's name is still one.
	f(`{"target":[{"id":"0oa1","type":"AppInstance","alternateId":"Slack","displayName":"Slack"},{"type":"User","alternateId":"ann@example.com","displayName":"Ann Lee"}]}`,
		`{"target":[{"id":"0oa1","type":"AppInstance","alternateId":"Slack","displayName":"Slack"},{"type":"User","alternateId":"[email]","displayName":"[name]"}]}`)
	f(`{"alternateId":"unknown","displayName":"Finance Admins","id":"00g1","type":"UserGroup"}`,
		`{"alternateId":"unknown","displayName":"Finance Admins","id":"00g1","type":"UserGroup"}`)
	f(`{"displayName":"Ann Lee","type":"customer"}`, `{"displayName":"[name]","type":"customer"}`)
	f(`{"type":"Role","display_name":"ops lead ann@example.com"}`, `{"type":"Role","display_name":"ops lead [email]"}`)
	f(`{"type":"client","full_name":"Ann Lee"}`, `{"type":"client","full_name":"[name]"}`)
	f(`{"user":{"username":"system:serviceaccount:prod:web"},"impersonatedUser":{"username":"deployer"},"owner":{"username":"bob@example.org"},"x":{"login":"y"}}`,
		`{"user":{"username":"system:serviceaccount:prod:web"},"impersonatedUser":{"username":"deployer"},"owner":{"username":"[email]"},"x":{"login":"y"}}`)
	// Twilio's resource ids under CallSid and MessageSid are ids; its
	// ForwardedFrom is a number.
	f(`{"MessageSid":"SM1234567890abcdef1234567890abcdef","CallSid":"CA1234567890abcdef1234567890abcdef","ForwardedFrom":"4155550177","sid":"Zk3mQ9vX2pL8"}`,
		`{"MessageSid":"SM1234567890abcdef1234567890abcdef","CallSid":"CA1234567890abcdef1234567890abcdef","ForwardedFrom":"[phone]","sid":"[secret]"}`)
	// What a credential's key says of it is no credential.
	f(`{"auth_provider":"google-oauth2","sip_auth_realm":"pbx.example.com","token_endpoint":"https://login.example.com/oauth2/token","session_token":"Zk3mQ9vX2pL8"}`,
		`{"auth_provider":"google-oauth2","sip_auth_realm":"pbx.example.com","token_endpoint":"https://login.example.com/oauth2/token","session_token":"[secret]"}`)
}

// FuzzTextFields redacts arbitrary lines under every text format and in
// auto mode: no panic, a CSV/TSV/W3C line keeps its field count, redacting
// twice equals redacting once, and a planted e-mail address never survives.
func FuzzTextFields(f *testing.F) {
	for _, s := range []string{
		`"","4930690000","2017","from-internal","""Alice"" <4930690000>","SIP/alice-0000000a","SIP/bob-0000000b","Dial","SIP/2017,30","2026-11-23 10:00:00","","2026-11-23 10:01:02",62,60,"ANSWERED","DOCUMENTATION","1700000000.123",""`,
		`203.0.113.7 - bob [23/Nov/2026:10:00:00 +0000] "GET /cb?code=abc&sess_id=9f8e7d HTTP/1.1" 200 512 "-" "curl/8.5.0" x=1`,
		"#Fields: date time c-ip cs(Cookie) cs-uri-query",
		"2026-11-23\t10:00:00\t198.51.100.23\tSESSID=a1b2c3d4;%20theme=dark\ta=1&token=x",
		"ts=1 user=bob caller=4155550123 msg=\"hi there\"",
		"email=a%40example.com&phone=%2B44+20+7946+0958",
		`"","000000000 000000000 0"`,
		"1733400000|1733399990.123|support|Alice Smith|ENTERQUEUE||4930901820|1", // queue_log
		`"cdrRecordType","origIpAddr","callingPartyNumber","destIpAddr"`,         // CUCM header, then a row
		`1,-1139627840,"2001",-2126438902`,
		// Fixed-syntax fields (textfixed.go): a method and a time that
		// a run ends before, one that a run goes through.
		`203.0.113.7 - - [23/Nov/2026:10:00:00 -0700] "PATCH /u/alice@example.com HTTP/2.0" 204 0 "-" "-"`,
		"2026-11-23\t10:00:00.123\tLHR62-C2\t512\t198.51.100.23\tDELETE\tx\t/p\t200",
		"#fields\tts\tuid\tid.orig_h\tusername\tpassword\tclient_subject", // Zeek, then an entry
		"1763928000.1\tCHhAvVGS1DHFjwGM9\t192.0.2.77\tjane.doe\tpw\tCN=Jane Doe,O=x",
	} {
		f.Add(s, uint8(0))
	}
	e := mustEngine(f, DefaultOptions())
	formats := []textfmt.Format{0, textfmt.CSV, textfmt.TSV, textfmt.W3C, textfmt.Combined, textfmt.Logfmt, textfmt.Asterisk, textfmt.CloudFront, textfmt.FreeSWITCH}
	reds := make([]*Redactor, len(formats))
	for i, tf := range formats {
		reds[i] = e.NewRedactor()
		if tf != 0 {
			if err := reds[i].SetText(TextFields, textfmt.DefaultConfig(tf)); err != nil {
				f.Fatal(err)
			}
		}
	}
	const planted = "zq7planted@example.org"
	f.Fuzz(func(t *testing.T, line string, which uint8) {
		if strings.ContainsAny(line, "\n") {
			return
		}
		i := int(which) % len(formats)
		r := reds[i]
		in := []byte(line)
		out, err := r.Redact(nil, in, FormatAuto)
		if err != nil {
			return // quarantined: nothing archived
		}
		again, err := r.Redact(nil, out, FormatAuto)
		if err != nil || string(again) != string(out) {
			t.Fatalf("format %v: %q: once %q, twice %q (%v)", formats[i], line, out, again, err)
		}
		if tf := formats[i]; tf == textfmt.CSV || tf == textfmt.TSV || tf == textfmt.Asterisk || tf == textfmt.FreeSWITCH {
			p, _ := textfmt.NewParser(textfmt.DefaultConfig(tf))
			a, _, aerr := p.Parse(nil, in)
			b, _, berr := p.Parse(nil, out)
			if aerr == nil && (berr != nil || len(a) != len(b)) {
				t.Fatalf("format %v: %q: %d fields became %d (%v) in %q", tf, line, len(a), len(b), berr, out)
			}
		}
		// A planted address, a word of its own, never survives.
		withPII := strings.Replace(line, "x", " "+planted+" ", 1)
		if withPII != line {
			if got, err := r.Redact(nil, []byte(withPII), FormatAuto); err == nil && strings.Contains(string(got), planted) {
				t.Fatalf("format %v: %q: planted address survived: %q", formats[i], withPII, got)
			}
		}
	})
}

func TestJSONQuestionMarkText(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	got, err := redactStr(r, `{"msg":"really? mail bob@example.com or call +44 20 7946 0958"}`, FormatJSON)
	if err != nil || got != `{"msg":"really? mail [email] or call [phone]"}` {
		t.Errorf("got %q, %v", got, err)
	}
}
