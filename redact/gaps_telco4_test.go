package redact

import "testing"

// TestPartyLabels: the party numbers of call and message logs the key
// tables do not spell: a label of words before '=' (Cisco IOS's debug
// voip ccapi), Q.931's information elements as debug isdn q931 decodes
// them, short keys (dest, frm), a messaging user's id that is the number
// (WhatsApp's wa_id, recipient_id), a contact card's formatted name, and
// a SIP name-addr inside a CSV field with its quotes doubled. An id of a
// number resource, a serial, an order and a page number stay.
func TestPartyLabels(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Call Info(    Calling Number=4155550123,(Calling Name=)(TON=National, NPI=ISDN),    Called Number=2045(TON=Unknown, NPI=Unknown), Call Id=44`,
		`Call Info(    Calling Number=[phone],(Calling Name=)(TON=National, NPI=ISDN),    Called Number=[phone](TON=Unknown, NPI=Unknown), Call Id=44`)
	f(`Serial Number=12345678 Order Number=555123 Page Number=3 Redirecting Number=4155550123`,
		`Serial Number=12345678 Order Number=555123 Page Number=3 Redirecting Number=[phone]`)
	f(`        Calling Party Number i = 0x2183, '493022603126'                Plan:ISDN, Type:National`,
		`        Calling Party Number i = 0x2183, '[phone]'                Plan:ISDN, Type:National`)
	f(`        Called Party Number i = 0xC1, '2125550573'`, `        Called Party Number i = 0xC1, '[phone]'`)
	f(`        Channel ID i = 0xA98381`, `        Channel ID i = 0xA98381`)
	f(`cisco-ani=2084    dest=03079271039    cisco-desttype=0`, `cisco-ani=[phone]    dest=[phone]    cisco-desttype=0`)
	f(`FEAT_VSA=fn:TWC,cgn:4085550112,cdn:2045,frs:0,fid:3,frm:2046,bguid:ABC`,
		`FEAT_VSA=fn:TWC,cgn:[phone],cdn:[phone],frs:0,fid:3,frm:[phone],bguid:ABC`)
	f(`dest=/var/spool/out dest=10.0.0.5`, `dest=/var/spool/out dest=10.0.0.0`)
	f(`{"contacts":[{"profile":{"name":"Jane Doe"},"wa_id":"447700900123"}],"statuses":[{"recipient_id":"493088444242"}]}`,
		`{"contacts":[{"profile":{"name":"[name]"},"wa_id":"[phone]"}],"statuses":[{"recipient_id":"[phone]"}]}`)
	f(`{"sender_id":"12345","recipient_id":"rcp_123","senderId":"ExampleBank"}`,
		`{"sender_id":"12345","recipient_id":"rcp_123","senderId":"ExampleBank"}`)
	f(`{"name":{"first_name":"Emily","formatted_name":"Emily Muller"}}`,
		`{"name":{"first_name":"[name]","formatted_name":"[name]"}}`)
	f(`{"metadata":{"phone_number_id":"161294960364479"},"phoneNumberId":"106540352242922","phone_number":"4155550123"}`,
		`{"metadata":{"phone_number_id":"161294960364479"},"phoneNumberId":"106540352242922","phone_number":"[phone]"}`)
	f(`STOP,SBC,"SIP,9228b1e3@192.0.2.172,""Lukas Johnson"" <sip:2032@192.0.2.172>;tag=asdc81c7,0"`,
		`STOP,SBC,"SIP,9228b1e3@192.0.2.0,""[name]"" <sip:[phone]@192.0.2.0>;tag=asdc81c7,0"`)
	// gw-accounting syslog: "Name Value" pairs after ", ".
	f(`%VOIPAAA-5-VOIP_CALL_HISTORY: CallLegType 1, ConnectionId 5D8D9E4B, SetupTime *08:32:15.613 UTC Mon Jun 3 2026, PeerAddress 4155550123, PeerSubAddress , DisconnectCause 10  , CallOrigin 2, TransmitPackets 4068,`,
		`%VOIPAAA-5-VOIP_CALL_HISTORY: CallLegType 1, ConnectionId 5D8D9E4B, SetupTime *08:32:15.613 UTC Mon Jun 3 2026, PeerAddress [phone], PeerSubAddress , DisconnectCause 10  , CallOrigin 2, TransmitPackets 4068,`)
	f(`PeerAddress 4155550123, x`, `PeerAddress 4155550123, x`)
	// A device's login that is its extension.
	f(`cc_api_call_setup_ind_common:    cisco-username=2084    ----- ccCallInfo IE subfields -----`,
		`cc_api_call_setup_ind_common:    cisco-username=[phone]    ----- ccCallInfo IE subfields -----`)
	f(`sasl_username=jane.doe`, `sasl_username=[name]`)
}

// TestHeaderlessCDRColumns: call records without a header whose numbers
// are bare digits that only their position names (textfmt/sbcyate.go):
// a Ribbon SBC's accounting records and Yate's cdrfile, tab- and
// comma-separated. Ids, ticks, durations and times stay.
func TestHeaderlessCDRColumns(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`STOP,SBC-LON-01,0x4245BF72E6AA7F72,970222735,(UTC) Coordinated Universal Time,11/23/2026,19:56:38.0,4,141,307,11/23/2026,20:00:00.0,2,30700,16,1,2,,,12125550117,011442079460682,,1,9011442079460682,1,,,12125550117,RL_PSTN_OUT,1,IPTG_CARRIER_A:198.51.100.20`,
		`STOP,SBC-LON-01,0x4245BF72E6AA7F72,970222735,(UTC) Coordinated Universal Time,11/23/2026,19:56:38.0,4,141,307,11/23/2026,20:00:00.0,2,30700,16,1,2,,,[phone],[phone],,1,[phone],1,,,[phone],RL_PSTN_OUT,1,IPTG_CARRIER_A:198.51.100.0`)
	f(`ATTEMPT,GW1,0x00016E2A000003F5,1,GMT,11/23/2026,19:56:38.0,0,0,0,11/23/2026,19:56:39.0,0,0,17,0,2,,,2045,380449474915,,0`,
		`ATTEMPT,GW1,0x00016E2A000003F5,1,GMT,11/23/2026,19:56:38.0,0,0,0,11/23/2026,19:56:39.0,0,0,17,0,2,,,[phone],[phone],,0`)
	f("1795464000.661\t1795464000-1\tsip/100\t192.0.2.228:4569\t2094\t00442079460436\t0.000\t11.884\t11.884\toutgoing\trejected\tbusy",
		"1795464000.661\t1795464000-1\tsip/100\t192.0.2.0:4569\t[phone]\t[phone]\t0.000\t11.884\t11.884\toutgoing\trejected\tbusy")
	f(`1795464000.661,"1795464000-12","sip/100","192.0.2.228:4569","2094","380449474915",12.340,3.210,15.550,"incoming","answered",""`,
		`1795464000.661,"1795464000-12","sip/100","192.0.2.0:4569","[phone]","[phone]",12.340,3.210,15.550,"incoming","answered",""`)
}

// TestQ931NoLabelBefore: the key i with no word before its blank is no
// Q.931 element, and reading it does not panic (FuzzScanPrefilter's "0 i=0").
func TestQ931NoLabelBefore(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("0 i=0", "0 i=0")
	f(" i = 0x2183, '4155550123'", " i = 0x2183, '4155550123'")
}
