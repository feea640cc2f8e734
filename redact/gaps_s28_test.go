package redact

import (
	"testing"

	"github.com/redactd/redactd/redact/textfmt"
)

// TestCSVHeaderNarrowColumns: a CSV header row names the columns of the
// rows after it in the same stream. A name that narrows what is read in
// its column (a user agent's: dotted numbers are versions; a Call-ID's or
// an id's: an address-like token is an id) applies only to a value of the
// shape it announces, so that a line of another log with as many fields
// is not read by it and keeps nothing.
func TestCSVHeaderNarrowColumns(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	f("a,b,user_agent", "a,b,user_agent")
	f("Dec 6, 2026, client 203.0.113.5 connected", "Dec 6, 2026, client 203.0.113.0 connected")
	f(",, PTR (3)217(1)0(3)113(3)203(7)in-addr(4)arpa", ",, PTR (1)0(1)0(3)113(3)203(7)in-addr(4)arpa")
	// Rows of the file itself: the user agent keeps its versions.
	f("2026-12-06,GET,Mozilla/5.0 (Windows NT 10.0; Win64; x64) Outlook 16.0.5278.1000",
		"2026-12-06,GET,Mozilla/5.0 (Windows NT 10.0; Win64; x64) Outlook 16.0.5278.1000")
	f("2026-12-06,GET,-", "2026-12-06,GET,-")

	f("time,host,user_agent,callid", "time,host,user_agent,callid")
	f("Dec 6,2026,client 203.0.113.5 connected,x", "Dec 6,2026,client 203.0.113.0 connected,x")
	f("Dec 6,2026,curl/8.4.0,jane.doe@example.com extra", "Dec 6,2026,curl/8.4.0,[email] extra")
	f("10:00:01,pbx1,Yealink SIP-T46S 66.86.0.15,a84b4c76e66710@pc33.example.com",
		"10:00:01,pbx1,Yealink SIP-T46S 66.86.0.15,a84b4c76e66710@pc33.example.com")

	// Another stream forgets the header.
	if err := r.SetText(TextAuto, textfmt.Config{}); err != nil {
		t.Fatal(err)
	}
	f("Dec 6,2026,client 203.0.113.5 connected,x", "Dec 6,2026,client 203.0.113.0 connected,x")
}

func TestAgentShaped(t *testing.T) {
	f := func(v string, want bool) {
		t.Helper()
		if got := agentShaped([]byte(v)); got != want {
			t.Errorf("agentShaped(%q) = %v, want %v", v, got, want)
		}
	}
	f("Mozilla/5.0 (X11; Linux x86_64)", true)
	f("curl/8.4.0", true)
	f("Go-http-client/1.1", true)
	f("python-requests/2.31.0", true)
	f("Dalvik/2.1.0 (Linux; U; Android 14)", true)
	f("client 203.0.113.5", false)
	f(" PTR (3)217", false)
	f("host/10.1.2.3", true) // a product's shape: the caller's header named it a user agent
	f("a/", false)
	f("/5.0", false)
	f("5.0/x", false)
	f("", false)
}

func TestAgentShapedDevices(t *testing.T) {
	f := func(v string, want bool) {
		t.Helper()
		if got := agentShaped([]byte(v)); got != want {
			t.Errorf("agentShaped(%q) = %v, want %v", v, got, want)
		}
	}
	f("Yealink SIP-T46S 66.86.0.15", true)
	f("Grandstream GXP2170 1.0.11.23", true)
	f("Fanvil X4 2.4.5.5", true)
	f("Asterisk PBX 18.9.0", true)
	f("Connection from 203.0.113.5", false)
	f("Client 203.0.113.5 connected", false)
	f("Login ok", false)
}

// TestCSVHeaderCallIDColumn: under a Call-ID column a person's address is
// still one (randomLocalPart), as under the key callid in text.
func TestCSVHeaderCallIDColumn(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("start,src,dst,callid", "start,src,dst,callid")
	f("2026-12-06 10:00:01,+4930901820,+4930901821,a84b4c76e66710@pc33.example.com",
		"2026-12-06 10:00:01,[phone],[phone],a84b4c76e66710@pc33.example.com")
	f("2026-12-06 10:00:01,+4930901820,+4930901821,jane.doe@example.com",
		"2026-12-06 10:00:01,[phone],[phone],[email]")
}

// TestEncodedNamesUnderKeys: a person's name under a login key with its
// blank written out or percent-encoded, and under a key called name with
// a form's '+' or surname first.
func TestEncodedNamesUnderKeys(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("POST /api/profile body: username=Hannah%20Becker&role=admin", "POST /api/profile body: username=[name]&role=admin")
	f("username=Hannah%20Becker role=admin", "username=[name] role=admin")
	f("login ok user=Hannah Becker from 10.1.2.3", "login ok user=[name] from 10.1.2.0")
	f("update profile name=John+Smith status=ok", "update profile name=[name] status=ok")
	f("update profile name=Smith%2C+John status=ok", "update profile name=[name] status=ok")
	f("update profile name=Smith,John status=ok", "update profile name=[name] status=ok")
	f("update profile name=Smith, John status=ok", "update profile name=[name] status=ok")
	// Not a person's name.
	f("user=Jane role=admin", "user=[name] role=admin")
	f("user=postgres Database=app", "user=postgres Database=app")
	f("name=Rose+Gold sku=77", "name=Rose+Gold sku=77")
	f("name=Main,Backup mode=hot", "name=Main,Backup mode=hot")
	f("name=Web+Server status=up", "name=Web+Server status=up")
}

// TestPersonLoginInFileNames: a login written as a person's name, in
// lower case, opening a file's name, a path's segment or a workload's
// name; host names, dotted identifiers and words no list holds stay.
func TestPersonLoginInFileNames(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("uploaded file jane-doe-cv.pdf (234 KB)", "uploaded file [name]-cv.pdf (234 KB)")
	f("uploaded file john_smith_resume.pdf (234 KB)", "uploaded file [name]_resume.pdf (234 KB)")
	f("uploaded file jane.doe.passport.jpg", "uploaded file [name].passport.jpg")
	f("GET /uploads/maria-garcia-invoice.pdf HTTP/1.1", "GET /uploads/[name]-invoice.pdf HTTP/1.1")
	f("pod jane-doe-dev/web-7d9f8c6b5-x2x9k restarted", "pod [name]-dev/web-7d9f8c6b5-x2x9k restarted")
	f("namespace=jane-doe-dev", "namespace=[name]-dev")
	f("deploy triggered by jane-doe", "deploy triggered by [name]")
	// Not a person's.
	f("resolved jane.doe.example.com to 10.0.0.0", "resolved jane.doe.example.com to 10.0.0.0")
	f("config max-height-px=20 grace-period=30", "config max-height-px=20 grace-period=30")
	f("loaded org.apache.kafka.clients", "loaded org.apache.kafka.clients")
	f("j-smith-cv.pdf", "j-smith-cv.pdf")
	f("jane-doe.internal:8080", "jane-doe.internal:8080")
}

// TestCardCodeInProse: a card's verification code after its name and a
// blank, as under the key cvv.
func TestCardCodeInProse(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("Card 4111-1111-1111-1111 exp 12/27 cvv 123", "Card [card] exp 12/27 cvv [secret]")
	f("charge declined: CVC 1234.", "charge declined: CVC [secret]") // a password key's value takes its last byte
	f("cvv2 is 987 (retry)", "cvv2 is [secret] (retry)")
	f("CVV check passed", "CVV check passed")
	f("cvv 1234567 attempts", "cvv 1234567 attempts")
	f("cvc 12", "cvc 12")
}

// TestSecurityEventAccountNumber: an Asterisk security event's AccountID
// that is a dialable number, as an extension there is.
func TestSecurityEventAccountNumber(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`SECURITY: SecurityEvent="InvalidAccountID",Service="PJSIP",AccountID="4930123456",SessionID="x"`,
		`SECURITY: SecurityEvent="InvalidAccountID",Service="PJSIP",AccountID="[phone]",SessionID="x"`)
	f(`SECURITY: SecurityEvent="InvalidAccountID",Service="PJSIP",AccountID="2001",SessionID="x"`,
		`SECURITY: SecurityEvent="InvalidAccountID",Service="PJSIP",AccountID="[phone]",SessionID="x"`)
	f(`SECURITY: SecurityEvent="InvalidAccountID",Service="AMI",AccountID="monitor",SessionID="x"`,
		`SECURITY: SecurityEvent="InvalidAccountID",Service="AMI",AccountID="monitor",SessionID="x"`)
}

// TestMixpanelNameProperty: Mixpanel's reserved $name is a person's full
// name, whatever its words; a bare name stays a cue.
func TestMixpanelNameProperty(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"props":{"$email":"jane@example.com","$name":"Jeanne Martin","$city":"Paris"}}`,
		`{"props":{"$email":"[email]","$name":"[name]","$city":"Paris"}}`)
	f(`{"name":"checkout-api","version":"1.2.3"}`, `{"name":"checkout-api","version":"1.2.3"}`)
}
