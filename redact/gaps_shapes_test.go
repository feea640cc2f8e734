package redact

import "testing"

// TestGapShapes covers shapes that earlier rounds left in the archive: a
// date of birth written as an object, the logins a user may take, a street
// line in a query string, an OAuth authorization code, the password of an
// AUTH command, SQL's statements on accounts and a lower-case Windows
// domain in a firewall's CSV column. Each has its look-alikes beside it.
func TestGapShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// Stripe's Person and Account objects: dob as {day, month, year}.
	f(`{"individual":{"dob":{"day":14,"month":3,"year":1987},"first_name":"Jane"}}`,
		`{"individual":{"dob":{"day":"[birth_date]","month":"[birth_date]","year":"[birth_date]"},"first_name":"[name]"}}`)
	f(`{"created":{"day":14,"month":3,"year":2024},"period":{"year":2024}}`,
		`{"created":{"day":14,"month":3,"year":2024},"period":{"year":2024}}`)

	// Teleport's user events and an SSH certificate's allowed logins.
	f(`{"event":"user.create","logins":["jdoe","ubuntu","root"]}`,
		`{"event":"user.create","logins":["[name]","ubuntu","root"]}`)

	// A street line in a query string or form body, blanks as '+'.
	f(`GET /signup?address=221B+Baker+Street&city=London HTTP/1.1`,
		`GET /signup?address=[address]&city=London HTTP/1.1`)
	f(`GET /a?address=10.0.0.1&addr=a+b&x=1+2 HTTP/1.1`, `GET /a?address=10.0.0.0&addr=a+b&x=1+2 HTTP/1.1`)
	// %20 in a query: the decoded blank belongs to the value, up to '&'
	// or the request line's " HTTP/"; a query logged without its '?'.
	f(`"GET /c?street=63%20Station%20Road&city=London HTTP/1.1" 200`, `"GET /c?street=[address]&city=London HTTP/1.1" 200`)
	f(`"GET /c?address=Rue%20de%20Rivoli%2067 HTTP/1.1" 200`, `"GET /c?address=[address] HTTP/1.1" 200`)
	f("x	address1=Hauptstra%C3%9Fe%209&city=Paris	y", "x	address1=[address]&city=Paris	y")
	f(`"GET /c?address=localhost%208080&q=winter%20jacket HTTP/1.1"`, `"GET /c?address=localhost%208080&q=winter%20jacket HTTP/1.1"`)

	// OAuth 2.0's authorization code (RFC 6749 4.1.2), also in a query
	// logged without its '?'; status and error codes stay.
	f(`GET /cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz HTTP/1.1`, `GET /cb?code=[secret]&state=xyz HTTP/1.1`)
	f(`cs-uri-query=code=4/0AX4XfWh8aQz9Kp2LmN7rT5vB1cD3eF6gH8jK0lM&state=x`, `cs-uri-query=code=[secret]&state=x`)
	f(`GET /cb?error=access_denied&code=invalid_request_uri_here HTTP/1.1 code=200`,
		`GET /cb?error=access_denied&code=invalid_request_uri_here HTTP/1.1 code=200`)

	// AUTH: Redis's MONITOR and command logs, SMTP's initial response.
	f(`1670000000.123456 [0 10.0.0.5:51234] "AUTH" "default" "hunter2hunter2"`,
		`1670000000.123456 [0 10.0.0.0:51234] "AUTH" "default" "[secret]"`)
	f(`1670000000.123456 [0 10.0.0.5:51234] "AUTH" "s3cr3tP4ss"`, `1670000000.123456 [0 10.0.0.0:51234] "AUTH" "[secret]"`)
	f(`redis> AUTH s3cr3tP4ssw0rd`, `redis> AUTH [secret]`)
	f(`C: AUTH PLAIN AGpkb2UAaHVudGVyMg==`, `C: AUTH PLAIN [secret]`)
	f(`AUTH failed for client; C: AUTH LOGIN`, `AUTH failed for client; C: AUTH LOGIN`)
	f(`"SET" "AUTH" "x" "y" "z"`, `"SET" "AUTH" "x" "y" "z"`)

	// SQL on accounts: the login after USER.
	f(`LOG:  statement: ALTER USER jdoe WITH PASSWORD 'Tr0ub4dor&3';`, `LOG:  statement: ALTER USER [name] WITH PASSWORD '[secret]';`)
	f(`LOG:  statement: DROP USER mrossi;`, `LOG:  statement: DROP USER [name];`)
	f(`ALTER USER CURRENT_USER() IDENTIFIED BY 'x'; ALTER USER postgres VALID UNTIL 'infinity'`,
		`ALTER USER CURRENT_USER() IDENTIFIED BY '[secret]'; ALTER USER postgres VALID UNTIL 'infinity'`)

	// A Windows domain in lower case: a whole CSV column or value.
	f(`1,2024/01/01 10:00:00,0123456789,TRAFFIC,end,2562,allow-dns,example\jsmith,,dns,vsys1`,
		`1,2024/01/01 10:00:00,0123456789,TRAFFIC,end,2562,allow-dns,example\[name],,dns,vsys1`)
	f(`srcuser=corp\mrossi ok`, `srcuser=corp\[name] ok`)
	f(`cd src\main && build tools\bin\x.exe`, `cd src\main && build tools\bin\x.exe`)
}

// TestDocumentNumbers: an identity document's number under a key that
// names one is masked in any written form (ICAO 9303 leaves the format to
// the issuer; driving licences differ by state), where its neighbours, a
// status word and a date stay.
func TestDocumentNumbers(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"passport_number":"X12345678","passportNumber":"C01X00T47","passport":"533380006","passport_no":"GVYFTCPVY"}`,
		`{"passport_number":"[national_id]","passportNumber":"[national_id]","passport":"[national_id]","passport_no":"[national_id]"}`)
	f(`{"passport":"N/A","passport_expiry":"2030-03-14","passport_country":"DE","passport_number":"VERIFIED","passport_status":"pending"}`,
		`{"passport":"N/A","passport_expiry":"2030-03-14","passport_country":"DE","passport_number":"VERIFIED","passport_status":"pending"}`)
	f(`{"driversLicense":{"number":"D1234567","state":"CA"},"drivers_license_number":"S123-4567-8901","order":{"number":"12345678"}}`,
		`{"driversLicense":{"number":"[national_id]","state":"CA"},"drivers_license_number":"[national_id]","order":{"number":"12345678"}}`)
	f(`kyc: passport_number=X12345678 dl_number=A1234567 status=ok`, `kyc: passport_number=[national_id] dl_number=[national_id] status=ok`)
	f(`{"passport_number":"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"}`, `{"passport_number":"[national_id]"}`)

	// The name on a card; git's headers and trailers; Terraform's mask.
	f(`{"card":{"last4":"4242","holder":"JANE DOE"},"account_holder":"Peter Müller"}`,
		`{"card":{"last4":"4242","holder":"[name]"},"account_holder":"[name]"}`)
	f("Author: Jane Doe <jane@example.com>", "Author: [name] <[email]>")
	f("Signed-off-by: Peter Mueller <peter@example.de>", "Signed-off-by: [name] <[email]>")
	f("Co-authored-by: Anna Kowalska <anna.k@example.pl>", "Co-authored-by: [name] <[email]>")
	f("  ~ admin_password = (sensitive value)", "  ~ admin_password = (sensitive value)")

	// Dovecot's auth process: "auth:" is no credential key before a
	// driver's call; the login inside is found by the driver.
	f("dovecot: auth: pam(jdoe,203.0.113.9,<AbCdEf123456>): unknown user", "dovecot: auth: pam([name],203.0.113.0,<AbCdEf123456>): unknown user")
	f("dovecot: auth: passwd-file(jane.doe,203.0.113.9): unknown user", "dovecot: auth: passwd-file([name],203.0.113.0): unknown user")
	f("auth: s3cr3tT0k3nValue123", "auth: [secret]")

	// FreePBX's call recording file names: the dialled and calling
	// numbers; the date, time and unique id stay.
	f(`{"recordingfile":"out-017612345678-201-20240101-100500-1704103500.3.wav","did":""}`,
		`{"recordingfile":"out-[phone]-[phone]-20240101-100500-1704103500.3.wav","did":""}`)
	f(`recordingfile=/var/spool/asterisk/monitor/2024/01/01/in-+4930999000-anonymous-20240101-100000-1704103200.1.wav done`,
		`recordingfile=/var/spool/asterisk/monitor/2024/01/01/in-[phone]-anonymous-20240101-100000-1704103200.1.wav done`)
	f(`{"recordingfile":"","recording_file":"meeting-notes-2024.wav"}`, `{"recordingfile":"","recording_file":"meeting-notes-2024.wav"}`)

	// Typeform's answers: a "text" answer takes its question's ref.
	f(`{"answers":[{"type":"text","text":"Jane Doe","field":{"id":"abc","type":"short_text","ref":"full_name"}},{"type":"text","text":"12 Main Street, Springfield","field":{"ref":"address"}}]}`,
		`{"answers":[{"type":"text","text":"[name]","field":{"id":"abc","type":"short_text","ref":"full_name"}},{"type":"text","text":"[address]","field":{"ref":"address"}}]}`)
	f(`{"type":"message","text":"Deploy Done","user":"U123"} `, `{"type":"message","text":"Deploy Done","user":"U123"} `)
	f(`{"text":"Blue","field":{"id":"a","ref":"01FKQZ2EGG8Q6QNJZ9N2RAQ0GE"}}`, `{"text":"Blue","field":{"id":"a","ref":"01FKQZ2EGG8Q6QNJZ9N2RAQ0GE"}}`)

	// Query operators: the operand is the field's (Elasticsearch's long
	// forms, MongoDB's $eq and $in), also as JSON inside a text line.
	f(`{"query":{"bool":{"must":[{"match":{"last_name":{"query":"Garcia"}}},{"term":{"first_name.keyword":{"value":"Maria"}}}]}}}`,
		`{"query":{"bool":{"must":[{"match":{"last_name":{"query":"[name]"}}},{"term":{"first_name.keyword":{"value":"[name]"}}}]}}}`)
	f(`{"filter":{"lastName":{"$eq":"Garcia"},"phone":{"$in":["+15551234567"]},"status":{"$eq":"active"}}}`,
		`{"filter":{"lastName":{"$eq":"[name]"},"phone":{"$in":["[phone]"]},"status":{"$eq":"active"}}}`)
	f(`took[8.6s], source[{"query":{"match":{"last_name":{"query":"Müller","operator":"and"}}}}], id[fb42a65408a296a9]`,
		`took[8.6s], source[{"query":{"match":{"last_name":{"query":"[name]","operator":"and"}}}}], id[fb42a65408a296a9]`)
	f(`{"name":"region","value":"eu-west-1"} x {"status":{"value":"active"}}`, `{"name":"region","value":"eu-west-1"} x {"status":{"value":"active"}}`)

	// A date of birth in prose, after "born": a whole date only.
	f("issued to Jane Doe, born 1987-03-14.", "issued to [name], born [birth_date].")
	f("born on 14 March 1987 in Kyiv; Born March 14, 1987", "born on [birth_date] in Kyiv; Born [birth_date]")
	// Under a key, a written date is read on over a month's name only,
	// and to a clean end: digits that follow are not part of it.
	f("DOB: March 14, 1985 ok; dob=14. März 1985 ok", "DOB: [birth_date] ok; dob=[birth_date] ok")
	f("DOB:1, 1 84 12 76 451 089 46, 0", "DOB:[birth_date], [national_id], 0")
	f("dob=14 March 1985 203.0.113.7", "dob=[birth_date] 203.0.113.0")
	f("born in 1987, process born 3 days ago, born 2024-01-01T10:00:00Z", "born in 1987, process born 3 days ago, born 2024-01-01T10:00:00Z")

	// A phone label's number before a colon (a chat message's header).
	f("WhatsApp message from 447700900123: Hello", "WhatsApp message from [phone]: Hello")
	f("grew from 1234567890: ok", "grew from 1234567890: ok")
}

func TestGapShapesAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	recs := [][]byte{
		[]byte(`{"individual":{"dob":{"day":14,"month":3,"year":1987}},"passport_number":"X12345678","driversLicense":{"number":"D1234567"}}`),
		[]byte(`1670000000.123456 [0 10.0.0.5:51234] "AUTH" "default" "hunter2hunter2"`),
		[]byte(`"GET /c?street=63%20Station%20Road&code=SplxlOBeZQQYbYS6WxSbIA HTTP/1.1" 200 example\jsmith`),
	}
	dst := make([]byte, 0, 4096)
	for _, rec := range recs {
		r.Redact(dst[:0], rec, FormatAuto) // warm the caches
		if n := testing.AllocsPerRun(100, func() { r.Redact(dst[:0], rec, FormatAuto) }); n != 0 {
			t.Errorf("%d allocations per record for %q", int(n), rec)
		}
	}
}

// FuzzRecordingFile: the recording file name parser never panics, and the
// spans it reports lie inside the value and hold a number.
func FuzzRecordingFile(f *testing.F) {
	f.Add("out-017612345678-201-20240101-100500-1704103500.3.wav")
	f.Add("/var/spool/asterisk/monitor/in-+4930999000-anonymous-20240101-100000-1.wav")
	f.Add("q-600-+441632960961-20240101-100000-x")
	f.Fuzz(func(t *testing.T, v string) {
		to, from, ok := recNumbers([]byte(v))
		for _, s := range [][2]int{to, from} {
			if s[1] == s[0] {
				continue
			}
			if !ok || s[0] < 0 || s[1] > len(v) || s[0] > s[1] {
				t.Fatalf("recNumbers(%q) = %v %v %v", v, to, from, ok)
			}
			if !digitsAfterSign([]byte(v[s[0]:s[1]]), '+') {
				t.Fatalf("recNumbers(%q): span %q is no number", v, v[s[0]:s[1]])
			}
		}
	})
}
