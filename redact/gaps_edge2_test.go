package redact

import "testing"

// TestVoiceRecordShapes covers FreeSWITCH's XML CDR, Kamailio's cdrs
// table and a Cisco voice gateway's RADIUS accounting attributes: short
// extensions under the keys that hold a SIP user part or a caller
// profile's number, the number after "#:" in Cisco's gw-rxd-* AVPairs, a
// RADIUS User-Name that is a dialable number. Look-alikes stay.
func TestVoiceRecordShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	f(`<variables><sip_from_user>2008</sip_from_user><sip_req_user>2034</sip_req_user><session_id>7459</session_id></variables>`,
		`<variables><sip_from_user>[phone]</sip_from_user><sip_req_user>[phone]</sip_req_user><session_id>7459</session_id></variables>`)
	f(`<caller_profile><username>2008</username><dialplan>XML</dialplan><ani>2008</ani><rdnis></rdnis><destination_number>2034</destination_number><context>default</context></caller_profile>`,
		`<caller_profile><username>[phone]</username><dialplan>XML</dialplan><ani>[phone]</ani><rdnis></rdnis><destination_number>[phone]</destination_number><context>default</context></caller_profile>`)
	f(`<extension name="local_extension" number="2059"><application app_name="bridge" app_data="user/x"></application></extension>`,
		`<extension name="local_extension" number="[phone]"><application app_name="bridge" app_data="user/x"></application></extension>`)
	// Not an extension element's: a count stays.
	f(`<page number="2059">`, `<page number="2059">`)
	f(`<times><created_time>1795464331000000</created_time><progress_time>0</progress_time></times>`,
		`<times><created_time>1795464331000000</created_time><progress_time>0</progress_time></times>`)

	f("\tCisco-AVPair = \"gw-rxd-cgn=ton:1,npi:1,pi:0,si:1,#:380678843925\"",
		"\tCisco-AVPair = \"gw-rxd-cgn=ton:1,npi:1,pi:0,si:1,#:[phone]\"")
	f("\tCisco-AVPair = \"gw-rxd-cdn=ton:0,npi:1,#:03034179528\"",
		"\tCisco-AVPair = \"gw-rxd-cdn=ton:0,npi:1,#:[phone]\"")
	f("\tUser-Name = \"380678843925\"", "\tUser-Name = \"[phone]\"")
	f("\tUser-Name = \"jdoe\"", "\tUser-Name = \"[name]\"")
	// An audit record's login ids are no numbers.
	f(`auid=4294967295 ses=4294967295`, `auid=4294967295 ses=4294967295`)
}
