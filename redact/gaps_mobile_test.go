package redact

import "testing"

// TestRadacctColumns: FreeRADIUS's radacct table exported with its
// header (psql's \copy … CSV HEADER, phpMyAdmin's CSV): the station ids
// under their column names, a GGSN's User-Name that is the MSISDN or the
// IMSI; the accounting session ids, octets and times stay.
func TestRadacctColumns(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`radacctid,acctsessionid,acctuniqueid,username,realm,nasipaddress,acctstarttime,acctsessiontime,acctinputoctets,acctoutputoctets,calledstationid,callingstationid,framedipaddress`,
		`radacctid,acctsessionid,acctuniqueid,username,realm,nasipaddress,acctstarttime,acctsessiontime,acctinputoctets,acctoutputoctets,calledstationid,callingstationid,framedipaddress`)
	// A mobile session: User-Name the IMSI, Calling-Station-Id the MSISDN.
	f(`85021270,7A83F1E8-BFE34896,9b7c7043e2d58ddf2fb1386db3fb330d,234150123456789,,192.0.2.22,2026-11-23 15:25:17+00,16487,1861987310,2395204209,ims,447700900123,100.95.148.78`,
		`85021270,7A83F1E8-BFE34896,9b7c7043e2d58ddf2fb1386db3fb330d,[secret],,192.0.2.0,2026-11-23 15:25:17+00,16487,1861987310,2395204209,ims,[phone],100.95.148.0`)
	// The MSISDN as the login, before the APN.
	f(`37660864,246a57db-e0ba30b7,246a57dbe0ba30b7f44ba8d66de1f11c,447700900260@internet,,192.0.2.6,2026-11-23 07:59:53+00,43211,2483004260,2730640094,internet,447700900260,100.120.38.9`,
		`37660864,246a57db-e0ba30b7,246a57dbe0ba30b7f44ba8d66de1f11c,[phone]@internet,,192.0.2.0,2026-11-23 07:59:53+00,43211,2483004260,2730640094,internet,[phone],100.120.38.0`)
	// Wi-Fi: the station's MAC as twelve bare hex digits; the AP's
	// MAC and SSID.
	f(`7693157,8979E7F0-4C19A88D,d1d2b8fd22d77c1b7174b94af037ec25,j.doe,,10.89.26.176,2026-11-23 15:37:04+00,16182,2097617466,1825633781,C8-E8-3C-6A-65-BA:ExampleWiFi,42f121f40b16,10.125.102.122`,
		`7693157,8979E7F0-4C19A88D,d1d2b8fd22d77c1b7174b94af037ec25,[name],,10.89.26.0,2026-11-23 15:37:04+00,16182,2097617466,1825633781,[mac]:ExampleWiFi,[mac],10.125.102.0`)

	g := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	g(`"radacctid","acctsessionid","acctuniqueid","username","nasipaddress","acctsessiontime","calledstationid","callingstationid","framedipaddress"`,
		`"radacctid","acctsessionid","acctuniqueid","username","nasipaddress","acctsessiontime","calledstationid","callingstationid","framedipaddress"`)
	g(`"40641288","EBD203EF-FC9D7A58","1c8a28f166cdecb39b59360ba38496bc","491511234567",NULL,"56584","internet","+491511234567","10.170.183.97"`,
		`"40641288","EBD203EF-FC9D7A58","1c8a28f166cdecb39b59360ba38496bc","[phone]",NULL,"56584","internet","[phone]","10.170.183.0"`)
	g(`"40641289","EBD203EF-FC9D7A59","1c8a28f166cdecb39b59360ba38496bd","420e8b5a1d11",NULL,"56584","98-90-5B-1D-47-4B:eduroam","420E8B5A1D11","10.170.183.98"`,
		`"40641289","EBD203EF-FC9D7A59","1c8a28f166cdecb39b59360ba38496bd","[mac]",NULL,"56584","[mac]:eduroam","[mac]","10.170.183.0"`)
}

// TestSubscriberLogin: a RADIUS User-Name, in a detail file, logfmt or
// JSON, that is the subscriber's number or IMSI; other logins and
// numbers that are no subscriber's stay as they were read before.
func TestSubscriberLogin(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`	User-Name = "234150123456789"`, `	User-Name = "[secret]"`)
	f(`	User-Name = "+447700900123"`, `	User-Name = "[phone]"`)
	f(`{"username":"234150123456789"}`, `{"username":"[secret]"}`)
	f(`{"username":"447700900260@ims"}`, `{"username":"[phone]@ims"}`)
	f(`user_name=4915112345678@internet.example x`, `user_name=[phone]@internet.example x`)
	// Too short, too long or not digits alone: not a subscriber's.
	f(`{"username":"1234567"}`, `{"username":"1234567"}`)
	f(`{"username":"12345678901234567890"}`, `{"username":"12345678901234567890"}`)
	f(`{"username":"44770090x1"}`, `{"username":"44770090x1"}`)
	f(`{"username":"447700900260@"}`, `{"username":"447700900260@"}`)
	f(`{"user_id":"234150123456789"}`, `{"user_id":"234150123456789"}`)
}

// TestRadiusAccountingIDs: radacct's session ids, named as the SQL schema
// names them, correlate accounting records and are no credentials.
func TestRadiusAccountingIDs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"acctsessionid":"5F3A2B1C-00000012","acctuniqueid":"9b7c7043e2d58ddf2fb1386db3fb330d","acctmultisessionid":"0000A1B2C3D4"}`,
		`{"acctsessionid":"5F3A2B1C-00000012","acctuniqueid":"9b7c7043e2d58ddf2fb1386db3fb330d","acctmultisessionid":"0000A1B2C3D4"}`)
	// Other session ids stay secrets.
	f(`{"phpsessionid":"5F3A2B1C00000012abcdef"}`, `{"phpsessionid":"[secret]"}`)
}

// TestEID: an eSIM's EID under its name when its check digits hold; an
// event id under the same name stays.
func TestEID(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"imei":"35 693803 123456 7","eid":"89049032926868678576426544633431"}`,
		`{"imei":"[secret]","eid":"[secret]"}`)
	f(`{"eid":"89049032926868678576426544633432"}`, `{"eid":"89049032926868678576426544633432"}`)
	f(`{"eid":"4021","event":"login"}`, `{"eid":"4021","event":"login"}`)
	f(`{"trace":"89049032926868678576426544633431"}`, `{"trace":"89049032926868678576426544633431"}`)
}

// TestNumberLookupKeys: number lookup answers name the number by its
// format; MCC and MNC codes, a request id and the serving MSC stay.
func TestNumberLookupKeys(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"request_id":"f4d7fa2e-e7e1-4dfa-9778-770fea96f149","international_format_number":"447700900809","national_format_number":"07700 900809","current_carrier":{"network_code":"23415"}}`,
		`{"request_id":"f4d7fa2e-e7e1-4dfa-9778-770fea96f149","international_format_number":"[phone]","national_format_number":"[phone]","current_carrier":{"network_code":"23415"}}`)
	f(`{"e164":"+380671234567","national_number":"0671234567"}`, `{"e164":"[phone]","national_number":"[phone]"}`)
	f(`{"mccMnc":"23415","servingMSC":"447785016005"}`, `{"mccMnc":"23415","servingMSC":"447785016005"}`)
}
