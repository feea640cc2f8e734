package redact

import "testing"

// TestTSVHeaderRow: a tab-separated export's header row (the mysql
// client's batch output, -B) names the columns of the rows after it, as a
// CSV header does: a lead's national number, names and street line are
// read by their columns. A row's lead id, times and status stay, and a
// line of another layout after the header is read as text.
func TestTSVHeaderRow(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("lead_id\tentry_date\tstatus\tuser\tphone_code\tphone_number\tfirst_name\tlast_name\taddress1\tcity\tcomments",
		"lead_id\tentry_date\tstatus\tuser\tphone_code\tphone_number\tfirst_name\tlast_name\taddress1\tcity\tcomments")
	f("8410281\t2026-08-31 08:01:30\tXFER\tj.doe\t1\t3125550147\tHannah\tBecker\t12 Oak Street\tLeeds\tNULL",
		"8410281\t2026-08-31 08:01:30\tXFER\t[name]\t1\t[phone]\t[name]\t[name]\t[address]\tLeeds\tNULL")
	f("8410282\t2026-08-31 08:01:31\tNI\to.nowak\t44\t7700900123\tOlena\tNowak\tHauptstraße 7\tLyon\tcall back",
		"8410282\t2026-08-31 08:01:31\tNI\t[name]\t44\t[phone]\t[name]\t[name]\t[address]\tLyon\tcall back")
	f("2026-11-23 20:00:01 job done in 4125 ms", "2026-11-23 20:00:01 job done in 4125 ms")
	// Three tab-separated words are a row as often as a header.
	g := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	g("Jane\tDoe\tLeeds", "Jane\tDoe\tLeeds")
}

// TestNumberNameKeys: the name a telephone number carries (Amazon Chime
// SDK's SourcePhoneNumberName and DestinationPhoneNumberName, a CNAM
// lookup's number_name) is a person's name, as a caller's name is. The
// number's type and the call's status stay.
func TestNumberNameKeys(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"SourcePhoneNumber":"+12065550100","SourcePhoneNumberName":"Alice O'Brien","DestinationPhoneNumberName":"Olena Kovalenko","StatusMessage":"OK"}`,
		`{"SourcePhoneNumber":"[phone]","SourcePhoneNumberName":"[name]","DestinationPhoneNumberName":"[name]","StatusMessage":"OK"}`)
	f(`{"number_name":"BECKER HANNAH","number_type":"mobile","PhoneNumberType":"Local"}`,
		`{"number_name":"[name]","number_type":"mobile","PhoneNumberType":"Local"}`)
}

// TestIDLocalPart: an address-shaped id, whose part before '@' is sixteen
// hex digits or more (a user agent's Call-ID, a hash) or more digits than
// an international number has, is kept under any name or none: an SBC's
// CDR writes the Call-ID in an unnamed CSV field. A mailbox of hex letters
// and digits, or of a number, is still an address.
func TestIDLocalPart(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`2,"712eb0b4b89e1f0b87ea320bea4c0f43@ims.example.net","4543601907026741502@sbc1.example.org","SIP"`,
		`2,"712eb0b4b89e1f0b87ea320bea4c0f43@ims.example.net","4543601907026741502@sbc1.example.org","SIP"`)
	f(`reply to deadbeef42@example.com or jane.doe@example.org`, `reply to [email] or [email]`)
	f(`sms via 4915112345678@sms.example.net`, `sms via [email]`)
	f(`hashed 5f4dcc3b5aa765d61d8327deb882cf99@example.com (a 32-hex mailbox id)`, `hashed 5f4dcc3b5aa765d61d8327deb882cf99@example.com (a 32-hex mailbox id)`)
}

// TestAcmeLocalCDR: an Acme Packet (Oracle SBC) local CDR line has no
// header; its Calling-Station-Id and Called-Station-Id (the 10th and 11th
// fields) are read by position, so a bare extension or number there is a
// phone number. Under a phone key a From header's tag, even one of digits
// or a UUID's, is the dialog's and stays; so do the Call-IDs (digits
// before '@' are no card), the SBC's egress id, times and ports.
func TestAcmeLocalCDR(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`2,"198.51.100.10",5060,"9552349035574586348@pbx.example.com","9552349035574586348@pbx.example.com","SDjf6ls501-40b8fb01eced54856e8a5b090f71360a-v3000i1","SIP","","","<sip:2077@pbx.example.com:5060>;tag=3906207769","2045",1,438,"19:53:28.460 UTC NOV 23 2026","19:53:35.371 UTC NOV 23 2026",14032`,
		`2,"198.51.100.0",5060,"9552349035574586348@pbx.example.com","9552349035574586348@pbx.example.com","SDjf6ls501-40b8fb01eced54856e8a5b090f71360a-v3000i1","SIP","","","<sip:[email]:5060>;tag=3906207769","[phone]",1,438,"19:53:28.460 UTC NOV 23 2026","19:53:35.371 UTC NOV 23 2026",14032`)
	f(`1,"2001:db8::10",5060,"a@b","a@b","SD","SIP","","","842432840638","""Jane Doe"" <sip:+4930123456@sbc1.example.org;user=phone>;tag=96117fde-05d7-4f21-b48f-dc8466214467"`,
		`1,"2001:db8::",5060,"a@b","a@b","SD","SIP","","","[phone]","""[name]"" <sip:[phone]@sbc1.example.org;user=phone>;tag=96117fde-05d7-4f21-b48f-dc8466214467"`)
	// Not an Acme line: a status code, an address and a port in another CSV.
	f(`2,"203.0.113.9",443,ok`, `2,"203.0.113.0",443,ok`)
	// A card number before '@' in a sentence is still a card.
	f(`paid with 4111111111111111 @ checkout`, `paid with [card] @ checkout`)
}
