package redact

import "testing"

// TestContactCentreShapes covers the call records of contact centres and
// cloud telephony (scan_ccx.go): Webex Calling's Detailed Call History
// (CSV with its header row, and its API's JSON whose member names hold
// blanks), Zoom Phone's extension numbers, Graph call records' identities
// and audio devices. Each has its look-alikes beside it.
func TestContactCentreShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// Webex's CSV: the caller id shown (Calling line ID) is a name or a
	// number, dialled digits carry an outside-line 9, the device's MAC is
	// twelve bare hex digits; RFC 7989's session UUIDs and the call ids
	// stay.
	f("Start time,Calling line ID,Called line ID,Dialed digits,Device MAC,Model,Local SessionID,Local call ID",
		"Start time,Calling line ID,Called line ID,Dialed digits,Device MAC,Model,Local SessionID,Local call ID")
	f("2026-11-23T19:34:29.587Z,Jane Doe,+14155550123,914155550123,6C710D8ABC10,8851-3PCC,82bb753300105000a0000242be131609,113104021:0",
		"2026-11-23T19:34:29.587Z,[name],[phone],[phone],[mac],8851-3PCC,82bb753300105000a0000242be131609,113104021:0")
	f("2026-11-23T19:35:01.000Z,4155550123,Olena Kovalenko,2002,,,cfe67b8a00105000a0000242be131609,113103977:0",
		"2026-11-23T19:35:01.000Z,[phone],[name],[phone],,,cfe67b8a00105000a0000242be131609,113103977:0")

	// The same report from the API: "User type" and "User UUID" are
	// member names, not a login after "User".
	f(`{"User":"Jane Doe","User type":"User","User UUID":"47f0d0c2-f05a-44cc-870d-7a3daf859c6c","User number":"+14155550123","Duration":36}`,
		`{"User":"[name]","User type":"User","User UUID":"47f0d0c2-f05a-44cc-870d-7a3daf859c6c","User number":"[phone]","Duration":36}`)
	f(`User type: admin; for user type; user jdoe logged in`, `User type: admin; for user type; user [name] logged in`)

	// A session id that authenticates stays a secret; a Session-ID's
	// UUID under a local or remote name does not.
	f(`{"session_id":"82bb753300105000a0000242be131609","remote_session_id":"82bb753300105000a0000242be131609"}`,
		`{"session_id":"[secret]","remote_session_id":"82bb753300105000a0000242be131609"}`)

	// Twelve hex digits are a MAC only under a MAC's name; an HMAC, a
	// build hash or twelve digits are not one.
	f(`{"client_mac":"a4c3f0851b2e","clientMac":"A4C3F0851B2E","hmac":"a4c3f0851b2e","commit":"a4c3f0851b2e","mac":"123456789012"}`,
		`{"client_mac":"[mac]","clientMac":"[mac]","hmac":"a4c3f0851b2e","commit":"a4c3f0851b2e","mac":"123456789012"}`)

	// Zoom Phone: extensions under their names, as strings or numbers.
	f(`{"caller_ext_number":"2036","owner":{"extension_number":2062,"extension_count":3},"ext_version":"1.2.3"}`,
		`{"caller_ext_number":"[phone]","owner":{"extension_number":"[phone]","extension_count":3},"ext_version":"1.2.3"}`)

	// Graph call records: a bot's identity is an application's name.
	f(`{"participants":[{"application":{"id":"4ab2f8a0","displayName":"Teams Recording Bot"}},{"guest":{"id":"7c1e","displayName":"Jane Doe"}}]}`,
		`{"participants":[{"application":{"id":"4ab2f8a0","displayName":"Teams Recording Bot"}},{"guest":{"id":"7c1e","displayName":"[name]"}}]}`)

	// A device's display name after its owner: the owner goes.
	f(`{"captureDeviceName":"Headset (Olena's AirPods Pro)"}`, `{"captureDeviceName":"Headset ([name]'s AirPods Pro)"}`)
	f(`paired with Olena Kovalenko’s iPhone`, `paired with [name]’s iPhone`)
	f(`the user's iPhone, Sales's iPad, Kids's iPad, Annas-AirPods`, `the user's iPhone, Sales's iPad, Kids's iPad, [name]-AirPods`)

	// AudioCodes' SBC CDR over syslog: a party's number or extension in
	// the URIs' user part, the display names in Caller and Callee; call
	// ids, ports, durations and times stay.
	f("<134>Nov 23 20:00:01 sbc01  [S=41] |CALL_END |SBC |20767593291410201017029@10.33.45.80 |1871197419|LCL |203.0.113.7 |5060 |10.33.45.72 |5060 |UDP |2091@10.8.8.10 |2091@10.8.8.10 |+14155550123@sip.example.net |+14155550123@sip.example.net |15 |LCL |GWAPP_NORMAL_CALL_CLEAR |NORMAL_CALL_CLEAR |06:13:54.950 UTC Thu Mar 02 2012 |06:13:57.950 UTC Thu Mar 02 2012 |06:14:12.950 UTC Thu Mar 02 2012 |-1 | | |40 |1 (Teams) |0 (DefaultSRD) |2 |3 |1 (Teams) |0 (MRLan) |no |BYE |BYE |Jane Doe |Olena Kovalenko ",
		"<134>Nov 23 20:00:01 sbc01  [S=41] |CALL_END |SBC |20767593291410201017029@10.33.45.0 |1871197419|LCL |203.0.113.0 |5060 |10.33.45.0 |5060 |UDP |[phone]@10.8.8.0 |[phone]@10.8.8.0 |[phone]@sip.example.net |[phone]@sip.example.net |15 |LCL |GWAPP_NORMAL_CALL_CLEAR |NORMAL_CALL_CLEAR |06:13:54.950 UTC Thu Mar 02 2012 |06:13:57.950 UTC Thu Mar 02 2012 |06:14:12.950 UTC Thu Mar 02 2012 |-1 | | |40 |1 (Teams) |0 (DefaultSRD) |2 |3 |1 (Teams) |0 (MRLan) |no |BYE |BYE |[name] |[name] ")

	// Genesys Cloud's conversation details; Telnyx's call session.
	f(`{"participantName":"Jane Doe","purpose":"customer","remoteNameDisplayable":"JANE DOE","ani":"tel:+14155550123"}`,
		`{"participantName":"[name]","purpose":"customer","remoteNameDisplayable":"[name]","ani":"tel:[phone]"}`)
	f(`{"call_session_id":"fd953d89-264d-4d56-a684-47b84a106338","callSessionId":"fd953d89264d4d56a68447b84a106338","session_id":"fd953d89-264d-4d56-a684-47b84a106338"}`,
		`{"call_session_id":"fd953d89-264d-4d56-a684-47b84a106338","callSessionId":"fd953d89264d4d56a68447b84a106338","session_id":"[secret]"}`)
	f(`{"callback_session_id":"fd953d89-264d-4d56-a684-47b84a106338"}`, `{"callback_session_id":"[secret]"}`)

	// Names written as words (CSV headers, Webex's API members) read as
	// their snake_case forms; a caller id's number after "id".
	f("Start time,Caller ID number,Authorization code,First Name,Site main number",
		"Start time,Caller ID number,Authorization code,First Name,Site main number")
	f("2026-11-23T19:34:29.587Z,4155550123,107,Jane,800",
		"2026-11-23T19:34:29.587Z,[phone],[secret],[name],800")
	f(`{"callerIdNumber":"4155550123","connectedLineIdNumber":"2002","trace id":"4bf92f3577b34da6","order id number":"4155550999"}`,
		`{"callerIdNumber":"[phone]","connectedLineIdNumber":"[phone]","trace id":"4bf92f3577b34da6","order id number":"4155550999"}`)

	// A one-letter "domain" is an escape or a drive, not DOMAIN\user.
	f(`n\/~W\nl/ and C\jsmith, logon CORP\jsmith`, `n\/~W\nl/ and C\jsmith, logon CORP\[name]`)
}
