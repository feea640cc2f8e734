package redact

import "testing"

// TestTelcoKeys: SMPP's addresses, Diameter's subscription and equipment
// ids, Asterisk's digest responses under their keys; a Diameter
// Session-Id is no secret; Wireshark's AVP summary lines name the key
// before "val=".
func TestTelcoKeys(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// SMPP PDUs (Kannel's dump, node-smpp as JSON): a short code or an
	// alphanumeric sender stays.
	f(`2026-11-23 20:00:01 [3019] [8] DEBUG:   source_addr: "14155550131"`,
		`2026-11-23 20:00:01 [3019] [8] DEBUG:   source_addr: "[phone]"`)
	f(`{"source_addr":"ExampleBank","destination_addr":"442079460119","dest_addr_ton":1}`,
		`{"source_addr":"ExampleBank","destination_addr":"[phone]","dest_addr_ton":1}`)
	// Diameter credit control as an OCS's JSON.
	f(`{"Session-Id":"smf2.example.net;1046769498;91234;gy","Subscription-Id":[{"Subscription-Id-Type":"END_USER_IMSI","Subscription-Id-Data":"234156977877865"}],"User-Equipment-Info":{"User-Equipment-Info-Type":"IMEISV","User-Equipment-Info-Value":"3533201193309793"},"3GPP-User-Location-Info":"8262f22071bb62f22006a41a8f"}`,
		`{"Session-Id":"smf2.example.net;1046769498;91234;gy","Subscription-Id":[{"Subscription-Id-Type":"END_USER_IMSI","Subscription-Id-Data":"[secret]"}],"User-Equipment-Info":{"User-Equipment-Info-Type":"IMEISV","User-Equipment-Info-Value":"[secret]"},"3GPP-User-Location-Info":"[secret]"}`)
	// A session id that is no Diameter one is still a secret.
	f(`{"session_id":"example.net;abc"}`, `{"session_id":"[secret]"}`)
	// tshark -V: the AVP's name before "val=".
	f(`        AVP: Subscription-Id-Data(444) l=24 f=-M- val=447700900123`,
		`        AVP: Subscription-Id-Data(444) l=24 f=-M- val=[secret]`)
	f(`            AVP: 3GPP-IMSI(1) l=27 f=V-- val=234150718325959`,
		`            AVP: 3GPP-IMSI(1) l=27 f=V-- val=[secret]`)
	f(`            AVP: 3GPP-User-Location-Info(22) l=38 f=V-- val=8262f22071bb62f22006a41a8f`,
		`            AVP: 3GPP-User-Location-Info(22) l=38 f=V-- val=[secret]`)
	f(`    AVP: Session-Id(263) l=48 f=-M- val=pgw01.example.net;1795464001;42;gy`,
		`    AVP: Session-Id(263) l=48 f=-M- val=pgw01.example.net;1795464001;42;gy`)
	f(`    AVP: t=User-Name(1) l=10 val=jane.doe`, `    AVP: t=User-Name(1) l=10 val=[name]`)
	f(`    AVP: Rating-Group(432) l=12 f=-M- val=3000`, `    AVP: Rating-Group(432) l=12 f=-M- val=3000`)
	f(`x val=234150718325959 y`, `x val=234150718325959 y`)
	// Asterisk's security events: the digest responses.
	f(`SecurityEvent="ChallengeResponseFailed",Challenge="751c289a",Response="b4356dc32d2776e9dd977d4c8ca86ad5",ExpectedResponse=""`,
		`SecurityEvent="ChallengeResponseFailed",Challenge="751c289a",Response="[secret]",ExpectedResponse=""`)
	f(`Challenge="751c289a",ReceivedChallenge="751c289a",ReceivedHash="b4356dc32d2776e9dd977d4c8ca86ad5"`,
		`Challenge="751c289a",ReceivedChallenge="751c289a",ReceivedHash="[secret]"`)
	f(`{"response":"OK","status":200}`, `{"response":"OK","status":200}`)
	f(`response=accepted_by_remote_server&code=200`, `response=accepted_by_remote_server&code=200`)
}

// TestAsteriskAccountID: the account of an Asterisk security event is a
// person's login, an extension or a number; a scanner's guess and a
// cloud's account id stay.
func TestAsteriskAccountID(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`SecurityEvent="SuccessfulAuth",Service="PJSIP",EventVersion="1",AccountID="h.schmidt",SessionID="0x7f9d31b8eff2",UsingPassword="1"`,
		`SecurityEvent="SuccessfulAuth",Service="PJSIP",EventVersion="1",AccountID="[name]",SessionID="0x7f9d31b8eff2",UsingPassword="1"`)
	f(`SecurityEvent="ChallengeSent",AccountID="2084",SessionID="0x7f9d31b8eff2"`,
		`SecurityEvent="ChallengeSent",AccountID="[phone]",SessionID="0x7f9d31b8eff2"`)
	f(`SecurityEvent="ChallengeSent",AccountID="+493023824098",SessionID="0x7f9d31b8eff2"`,
		`SecurityEvent="ChallengeSent",AccountID="[phone]",SessionID="0x7f9d31b8eff2"`)
	f(`SecurityEvent="InvalidAccountID",AccountID="admin",SessionID="0x7f9d31b8eff2"`,
		`SecurityEvent="InvalidAccountID",AccountID="admin",SessionID="0x7f9d31b8eff2"`)
	f(`{"accountId":"123456789012","AccountID":"0f1e2d3c4b5a69788796a5b4c3d2e1f0"}`,
		`{"accountId":"123456789012","AccountID":"0f1e2d3c4b5a69788796a5b4c3d2e1f0"}`)
}

// TestPasswordFlagKeys: a key that asks whether there is a password holds
// a flag.
func TestPasswordFlagKeys(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`AccountID="admin",UsingPassword="1"`, `AccountID="admin",UsingPassword="1"`)
	f(`{"hasPassword":true,"is_password_set":false}`, `{"hasPassword":true,"is_password_set":false}`)
	f(`{"userPassword":"hunter2secret","dbPassword":"x7Qz"}`, `{"userPassword":"[secret]","dbPassword":"[secret]"}`)
}

// TestSessionCallID: a PJSIP security event's SessionID is the request's
// Call-ID, not a session's credential; its host's address is masked.
func TestSessionCallID(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`AccountID="admin",SessionID="f19f3e4381017f508dd9@192.0.2.108",LocalAddress="IPV4/UDP/192.0.2.10/5060"`,
		`AccountID="admin",SessionID="f19f3e4381017f508dd9@192.0.2.0",LocalAddress="IPV4/UDP/192.0.2.0/5060"`)
	f(`{"sessionId":"f19f3e4381017f508dd9"}`, `{"sessionId":"[secret]"}`)
	f(`{"sessionId":"jane.doe@example.com"}`, `{"sessionId":"[email]"}`)
	f(`{"token":"a84b4c76e66710@pc33.example.com"}`, `{"token":"[secret]"}`)
}

// TestDeliveredToStreet: after a delivery verb and "to", a street line
// may have its number last.
func TestDeliveredToStreet(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Your parcel will be delivered to Hauptstraße 127 today between 14:00 and 16:00.`,
		`Your parcel will be delivered to [address] today between 14:00 and 16:00.`)
	f(`Your parcel will be delivered to вул. Хрещатик, 212 today.`, `Your parcel will be delivered to [address] today.`)
	f(`Order shipped to Rue de la Paix 23, 75002 Paris`, `Order shipped to [address] Paris`)
	f(`Upgrade to Windows 11 today, delivered to Team 4`, `Upgrade to Windows 11 today, delivered to Team 4`)
	f(`traffic moved to Zone 3 at 14:00`, `traffic moved to Zone 3 at 14:00`)
}

// TestRoutedE164: an international number without '+' after "to" or
// "from"; counts and epochs after them stay.
func TestRoutedE164(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`INFO c.e.sms.SmppSender - Message submitted to 380677533026, message_id is 1080877571`,
		`INFO c.e.sms.SmppSender - Message submitted to [phone], message_id is 1080877571`)
	f(`Receiving delivery receipt for message 'C7D2BCE4' from 12125550194 to EXAMPLE : id:C7D2BCE4`,
		`Receiving delivery receipt for message 'C7D2BCE4' from [phone] to EXAMPLE : id:C7D2BCE4`)
	f(`DEBUG o.j.s.SMPPSession - Sending submit_sm from EXAMPLE to 442079460962: Your order`,
		`DEBUG o.j.s.SMPPSession - Sending submit_sm from EXAMPLE to [phone]: Your order`)
	f(`heap grew to 2147483647 bytes, from 1732392001123 to 1732392005123`,
		`heap grew to 2147483647 bytes, from 1732392001123 to 1732392005123`)
}

// TestOneTimeCodes: a code that a word names, before or after it, in the
// bodies services send; order numbers, counts and other codes stay.
func TestOneTimeCodes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`[msg:32:Your verification code is 651495] [udh:0:]`, `[msg:32:Your verification code is [secret]] [udh:0:]`)
	f(`G-488685 is your Google verification code.`, `G-[secret] is your Google verification code.`)
	f(`466515 is your Example sign-in code. It expires in 10 minutes.`, `[secret] is your Example sign-in code. It expires in 10 minutes.`)
	f(`Use 6221 17 to log in to Example. Do not share this code.`, `Use [secret] to log in to Example. Do not share this code.`)
	f(`Example: your one-time password is 872-719`, `Example: your one-time password is [secret]`)
	f(`<#> Your Example code is 961767 BANgx20o7h1`, `<#> Your Example code is [secret] BANgx20o7h1`)
	f(`Your Example PIN: 4829`, `Your Example PIN: [secret]`)
	f(`Код підтвердження: 453172. Нікому не повідомляйте його.`, `Код підтвердження: [secret]. Нікому не повідомляйте його.`)
	f(`Ihr Bestätigungscode lautet 582913`, `Ihr Bestätigungscode lautet [secret]`)
	// A receipt's text: the message's first 20 characters.
	f(`stat:DELIVRD err:000 text:G-476571 is your Goo] [udh:0:]`, `stat:DELIVRD err:000 text:G-[secret] is your Goo] [udh:0:]`)
	f(`stat:DELIVRD err:000 text:256734 is your Exam`, `stat:DELIVRD err:000 text:[secret] is your Exam`)
	// Not one-time codes.
	f(`Your order #48192033 has shipped and arrives tomorrow.`, `Your order #48192033 has shipped and arrives tomorrow.`)
	f(`Where is my order 1234567?`, `Where is my order 1234567?`)
	f(`HTTP status code is 5030, error code: 4012, zip code 10115`, `HTTP status code is 5030, error code: 4012, zip code 10115`)
	f(`2026 is your year. 1234 is the count`, `2026 is your year. 1234 is the count`)
	f(`retry 3 to 1000 times, scaled to 4096 bytes`, `retry 3 to 1000 times, scaled to 4096 bytes`)
}
