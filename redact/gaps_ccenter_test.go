package redact

import "testing"

// TestCloudTelephonyShapes covers cloud telephony and contact-centre
// records: an agent's address written as a Twilio client identity ('@' as
// _40, '.' as _2E: scan_escmail.go), a friendly name that names a person,
// a name followed by an address in the same line (scan_textname.go) and a
// call platform's session id beside a login's (scan_ccx.go). Each has its
// look-alikes beside it.
func TestCloudTelephonyShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// A Flex worker's contact_uri and a Voice webhook's From: the
	// identity is the address, escaped. A word with _40 whose rest is no
	// domain, or whose underscores escape nothing, is no address.
	f(`{"contact_uri":"client:jane_2Edoe_40example_2Ecom","full_name":"Jane Doe"}`,
		`{"contact_uri":"client:[email]","full_name":"[name]"}`)
	f(`CallSid=CA5f3e0b6d2c1a49e8b7f60d9c3a2e1b4f&From=client%3Ao_5Fbrien_40support_2Dteam_2Eexample_2Eorg&To=%2B14155550123`,
		`CallSid=CA5f3e0b6d2c1a49e8b7f60d9c3a2e1b4f&From=client%3A[email]&To=[phone]`)
	f(`worker mykola_2Ekovalenko_40example_2Ecom_2Eua went Idle`, `worker [email] went Idle`)
	f(`size_40_2Ex build_40abc_2E1 snake_case_40example_2Ecom v_40x`, `size_40_2Ex build_40abc_2E1 snake_case_40example_2Ecom v_40x`)
	f(`plain jane_40x@example.com stays an address`, `plain [email] stays an address`)

	// A friendly name is a cue, as a key called name is: a person's
	// name is masked, a resource's or a device's stays.
	f(`{"friendlyName":"Chloé Dubois","queue":{"friendlyName":"Flex Task Assignment"},"friendly_name":"Living Room Lamp"}`,
		`{"friendlyName":"[name]","queue":{"friendlyName":"Flex Task Assignment"},"friendly_name":"Living Room Lamp"}`)
	f(`attrs={"pre_engagement_data":{"friendlyName":"Hannah O'Brien","email":"h@example.org"}}`,
		`attrs={"pre_engagement_data":{"friendlyName":"[name]","email":"[email]"}}`)

	// A given name and a surname stay a name when a '.' follows within
	// the line (an address, a host), not only a file's extension; a file
	// named after a person is still read as one.
	f(`task {"from":"Lukas Shevchenko","mail":"l@example.com"} from 203.0.113.5`,
		`task {"from":"[name]","mail":"[email]"} from 203.0.113.0`)
	f(`uploaded Olena Kovalenko CV.pdf; Google Chrome 120.0.6099.71`, `uploaded [name] CV.pdf; Google Chrome 120.0.6099.71`)

	// RingCentral's telephonySessionId names a call's session, not a
	// login's: it stays, as a call_session_id's UUID does. A bare
	// sessionId, or a token-shaped value under a call's session key,
	// stays a secret.
	f(`{"sessionId":"s-a1c626dc3ef94z6aaaf3320acz4a470990000","telephonySessionId":"s-a1c626dc3ef94z6aaaf3320acz4a470990000"}`,
		`{"sessionId":"[secret]","telephonySessionId":"s-a1c626dc3ef94z6aaaf3320acz4a470990000"}`)
	f(`{"callSessionId":"AbCdEfGhIjKlMnOpQrStUv","media_session_id":"eyJhbGciOi.eyJzdWIiOi.sig"}`,
		`{"callSessionId":"[secret]","media_session_id":"[secret]"}`)
}
