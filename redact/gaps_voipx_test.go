package redact

import "testing"

// TestMitelSMDRColumns: a Mitel SMDR record is read by its columns
// (textfmt/pbxfixed.go): the calling, called and third party (an
// extension or a trunk), the digits dialled (an incoming call's: the
// caller's number) are parties; the trunk, the time to answer, the
// times, the duration and the system identifier stay. Without the
// columns "030 380443503479" would read as one number, the time to
// answer and all.
func TestMitelSMDRColumns(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("%11/23 08:00P 00:29:42 T165  030 380443503479              I  2058                    009",
		"%11/23 08:00P 00:29:42 T165  030 [phone]              I  [phone]                    009")
	f(" 11/23 20:04  00:04:53 2048      03027031765               A  T137T 2090              020",
		" 11/23 20:04  00:04:53 [phone]      [phone]               A  T137T [phone]              020")
	f("-11/23 08:01P 00:08:13 T062     017 12125550194               I  4453013X 2044                 010",
		"-11/23 08:01P 00:08:13 T062     017 [phone]               I  [phone]X [phone]                 010")
}

// TestAvayaCDRColumns: Communication Manager's unformatted record by its
// columns (the authorization code a credential, a dialled number glued to
// the calling number two values), and a customized record's runs of four
// or more digits past its date, time, duration and condition code; trunk
// access codes, circuit ids and FRLs stay.
func TestAvayaCDRColumns(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("2001039679   124 00442079460660 49998     360126815415  6   0700              000",
		"2001039679   124 [phone] [phone]     36012[secret]  6   0700              000")
	f("20001242A105 105 01144207946023043422                   3   0800              000",
		"20001242A105 105 [phone][phone]                   3   0800              000")
	f("112326 2000 02658 7 9    103  00380441002606     46852                           46658              2     017",
		"112326 2000 02658 7 9    103  [phone]     [phone]                           [phone]              2     017")
	f("112326 2000 02884 9           42165              493036377332                                  102  5 024",
		"112326 2000 02884 9           [phone]              [phone]                                  102  5 024")
}

// TestNestedPartyNumber: in a form body, a party's key or a caller name
// whose value is all digits is the number (Plivo's CallerName repeats
// the caller's number when the network sent no name), as in a CDR's
// column.
func TestNestedPartyNumber(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("Direction=inbound&CallerName=442079460895&CallUUID=e0ffaa92-02f7-4d3a-9a59-b69533ce8c09",
		"Direction=inbound&CallerName=[phone]&CallUUID=e0ffaa92-02f7-4d3a-9a59-b69533ce8c09")
	f("Direction=inbound&CallerName=JANE+DOE&Duration=490", "Direction=inbound&CallerName=[name]&Duration=490")
	f("page=2&from=100&to=500", "page=2&from=100&to=500")
}

// TestSelfIntroName: a caller or a writer introducing themselves ("it's",
// "I'm", "this is", "my name is") names the person after, when the name
// is a given name and a surname as after any cue word.
func TestSelfIntroName(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"text":"Hi, it's Tomasz Dubois, call me back"}`, `{"text":"Hi, it's [name], call me back"}`)
	f(`voicemail: this is Olena Kovalenko from accounts`, `voicemail: this is [name] from accounts`)
	f(`sms: I'm Jane Doe, running late`, `sms: I'm [name], running late`)
	f(`my name is Emily Jones`, `my name is [name]`)
	f(`it’s Priya Patel here`, `it’s [name] here`)
	f(`it's Monday Morning again`, `it's Monday Morning again`)
	f(`this is Google Chrome`, `this is Google Chrome`)
}

// TestTextPartyExtension: in text, an extension under any key that names
// a party (callee="2045", a CDR line's dst=2045) is the line's number, as
// in a CDR column or a JSON member; "to" and "from" alone, and a value
// that goes on (a decimal, a unit), stay.
func TestTextPartyExtension(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`type=event subtype=call caller="4085550123" callee="2045" duration=61`,
		`type=event subtype=call caller="[phone]" callee="[phone]" duration=61`)
	f(`CDR: src=4085550123 dst=2045 billsec=30`, `CDR: src=[phone] dst=[phone] billsec=30`)
	f(`range from=100 to=500 dst=2045.5 src=204ms`, `range from=100 to=500 dst=2045.5 src=204ms`)
	f(`IN=eth0 OUT= SRC=2001:db8:1:2::7 DST=2001:db8:1:2::8`, `IN=eth0 OUT= SRC=2001:db8:1:: DST=2001:db8:1::`)
}

// TestCiscoFeatureVSA: a Cisco voice gateway's feature VSA names the
// calling, called and redirecting numbers cgn, cdn and rdn; its feature
// ids and leg ids stay.
func TestCiscoFeatureVSA(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`%VOIPAAA-5-VOIP_FEAT_HISTORY: FEAT_VSA=fn:TWC,cgn:4085550123,cdn:2125550199,frs:0,fid:3212,legID:1A2B`,
		`%VOIPAAA-5-VOIP_FEAT_HISTORY: FEAT_VSA=fn:TWC,cgn:[phone],cdn:[phone],frs:0,fid:3212,legID:1A2B`)
}

// TestCallPartyNameKeys: callingName, calledName, callerName and
// calleeName are a party's name, as caller_name is.
func TestCallPartyNameKeys(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`callingNumber=+14085550123 callingName="Jane Doe" calledName="Bob Smith" duration=61s`,
		`callingNumber=[phone] callingName="[name]" calledName="[name]" duration=61s`)
	f(`{"calling_name":"Jane Doe","calleeName":"Bob Smith"}`, `{"calling_name":"[name]","calleeName":"[name]"}`)
}
