package redact

import (
	"testing"

	"github.com/redactd/redactd/redact/textfmt"
)

// TestMailLogs: Exchange's message tracking header names CSV columns;
// mail subjects name people after reply prefixes, greetings and a
// document's kind; Message-IDs under their keys are ids; spamd's user.
func TestMailLogs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// A subject key: a given name and a surname anywhere in it.
	f(`{"subject":"Re: Olena Kovalenko's sick note","Subject":"Quarterly report"}`,
		`{"subject":"Re: [name] sick note","Subject":"Quarterly report"}`)
	f(`{"message_subject":"Leave approved - Jane Smith, HR"}`,
		`{"message_subject":"Leave approved - [name], HR"}`)
	// Cue words of subjects in free text.
	f(`subject: "Welcome Hannah Schmidt!"`, `subject: "Welcome [name]!"`)
	f(`subject: "Fw: CV - Oliver Williams"`, `subject: "Fw: CV - [name]"`)
	f(`subject: "Re: Meeting notes"`, `subject: "Re: Meeting notes"`)
	f(`subject: "Welcome New York office"`, `subject: "Welcome New York office"`)
	// Message-IDs under their keys; a display name under *_displayname.
	f(`{"rfc2822_message_id":"<CA3Bgg2WZ0@mail.gmail.com>","from_header_displayname":"Jane Doe"}`,
		`{"rfc2822_message_id":"<CA3Bgg2WZ0@mail.gmail.com>","from_header_displayname":"[name]"}`)
	f(`spamd: result: Y 7 - BAYES_99 scantime=1.2,size=3456,user=jane.doe,uid=1001,mid=<a1b2c3@mail.example.net>,bayes=0.99`,
		`spamd: result: Y 7 - BAYES_99 scantime=1.2,size=3456,user=[name],uid=1001,mid=<a1b2c3@mail.example.net>,bayes=0.99`)
	// spamd's login and uid, and the user it runs as; services stay.
	f(`spamd[4211]: spamd: clean message (0.3/5.0) for olena_nowak:2738 in 1.2 seconds, 3456 bytes.`,
		`spamd[4211]: spamd: clean message (0.3/5.0) for [name]:2738 in 1.2 seconds, 3456 bytes.`)
	f(`spamd[4211]: spamd: identified spam (6.1/5.0) for root:0 in 2.2 seconds, 316900 bytes.`,
		`spamd[4211]: spamd: identified spam (6.1/5.0) for root:0 in 2.2 seconds, 316900 bytes.`)
	f(`spamd[4211]: spamd: setuid to dschmidt succeeded`, `spamd[4211]: spamd: setuid to [name] succeeded`)
	f(`spamd[4211]: spamd: setuid to spamd succeeded`, `spamd[4211]: spamd: setuid to spamd succeeded`)
	f(`waiting for host:8080 in 3 seconds`, `waiting for host:8080 in 3 seconds`)
	// A file name whose given name is not ASCII.
	f(`{"file_name":"Payslip November 2026 - Chloé Williams.pdf"}`, `{"file_name":"Payslip November 2026 - [name].pdf"}`)

	// Exchange's message tracking log: the comma-separated #Fields names
	// the CSV rows' columns.
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	g := redactsTo(t, r)
	for _, l := range []string{"#Software: Microsoft Exchange Server", "#Version: 15.02.1544.004"} {
		g(l, l)
	}
	g("#Fields: date-time,client-ip,message-id,recipient-address,message-subject,sender-address",
		"#Fields: date-time,client-ip,message-id,recipient-address,message-subject,sender-address")
	g(`2026-11-23T20:00:13.845Z,203.0.113.7,<27389FC2@EX01.corp.example.com>,jane@example.com,Welcome Alice Becker!,bob@example.org`,
		`2026-11-23T20:00:13.845Z,203.0.113.0,<27389FC2@EX01.corp.example.com>,[email],Welcome [name]!,[email]`)
	if names, ok := textfmt.CommaFieldsHeader([]byte("#Fields: date time c-ip")); ok {
		t.Errorf("a W3C header read as comma-separated: %q", names)
	}
}
