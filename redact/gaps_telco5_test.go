package redact

import "testing"

// TestPBXPlatformKeys: the party numbers and names of PBX platforms' JSON
// events that the key tables do not spell: ARI's Channel (caller and
// connected, each a name and a number), its channel variables named as
// Asterisk's party functions (CALLERID(num), CALLERID(RDNIS)), a
// ChannelVarset's variable and value, a Stasis application's args, a
// dial string that is a bare extension, compounds ending in DID, DNIS or
// RDNIS, Kazoo's digits_dialed. Look-alikes stay: a number under another
// object, args of another event, a dial string's timeout, CALLERID(pres),
// a SIP status as Kazoo writes it, a Call-ID under ARI's protocol_id.
func TestPBXPlatformKeys(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"channel":{"caller":{"name":"Hannah","number":"06645872966"},"connected":{"name":"BECKER MYKOLA","number":"2064"}}}`,
		`{"channel":{"caller":{"name":"[name]","number":"[phone]"},"connected":{"name":"[name]","number":"[phone]"}}}`)
	f(`{"invoice":{"number":"20261123","name":"November"},"page":{"number":"2064"}}`,
		`{"invoice":{"number":"20261123","name":"November"},"page":{"number":"2064"}}`)
	f(`{"caller_rdnis":"573109343253","channelvars":{"FROM_DID":"5571918185","CALLERID(RDNIS)":"2040","CALLERID(name)":"Aisha","CALLERID(pres)":"allowed"}}`,
		`{"caller_rdnis":"[phone]","channelvars":{"FROM_DID":"[phone]","CALLERID(RDNIS)":"[phone]","CALLERID(name)":"[name]","CALLERID(pres)":"allowed"}}`)
	f(`{"type":"ChannelVarset","variable":"CALLERID(num)","value":"2037"}`, `{"type":"ChannelVarset","variable":"CALLERID(num)","value":"[phone]"}`)
	f(`{"type":"ChannelVarset","variable":"DIALSTATUS","value":"ANSWER"}`, `{"type":"ChannelVarset","variable":"DIALSTATUS","value":"ANSWER"}`)
	f(`{"type":"StasisStart","args":["inbound","2011","30","493030348920"]}`, `{"type":"StasisStart","args":["inbound","[phone]","30","[phone]"]}`)
	f(`{"type":"job","args":["--retries","2011"]}`, `{"type":"job","args":["--retries","2011"]}`)
	f(`{"dialstring":"2064","dial_string":"PJSIP/2001,30,tT"}`, `{"dialstring":"[phone]","dial_string":"PJSIP/[phone],30,tT"}`)
	f(`{"digits_dialed":"0733252290","callerRdnis":"2041","orig_dnis":"4155550123","did_status":"1234"}`,
		`{"digits_dialed":"[phone]","callerRdnis":"[phone]","orig_dnis":"[phone]","did_status":"1234"}`)
	f(`{"hangup_code":"sip:486","to":"sip:200@pbx.example.com","protocol_id":"62578c88ab96330c108d35b327b1908b@ims.example.net"}`,
		`{"hangup_code":"sip:486","to":"sip:[email]","protocol_id":"62578c88ab96330c108d35b327b1908b@ims.example.net"}`)
}

// TestVoicemailBoxes: a voicemail box is an extension's number, in
// app_voicemail's message information files (origmailbox=) and in the
// spool paths of Asterisk and FreeSWITCH. A message's id, its duration and
// a path's other digits stay.
func TestVoicemailBoxes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`origmailbox=2036`, `origmailbox=[phone]`)
	f(`mailbox=jdoe@example.com`, `mailbox=[email]`)
	f(`msg_id=1795464070-00001862`, `msg_id=1795464070-00001862`)
	f(`{"log":{"file":{"path":"/var/spool/asterisk/voicemail/default/2036/INBOX/msg0024.txt"}},"message":"duration=59"}`,
		`{"log":{"file":{"path":"/var/spool/asterisk/voicemail/default/[phone]/INBOX/msg0024.txt"}},"message":"duration=59"}`)
	f(`Recording to /var/lib/freeswitch/storage/voicemail/default/pbx.example.com/1001/msg_x.wav`,
		`Recording to /var/lib/freeswitch/storage/voicemail/default/pbx.example.com/[phone]/msg_x.wav`)
	f(`/usr/share/voicemail/2026/sounds/beep.wav`, `/usr/share/voicemail/2026/sounds/beep.wav`)
}

// TestBroadWorksCDR: BroadWorks' CSV CDRs, headerless (textfmt/broadworks.go):
// numbers and names by position, and past the known fields a party
// before its presentation indicator. Record ids, times, causes, call ids
// and the switch's own fields stay.
func TestBroadWorksCDR(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	row := `5812591421DA81EC7620261123195032.7451+000000,ExampleTel,Normal,+66915752119,+441134960000,Originating,+66915752119,Public,+8222419038,20261123195032.745,1+000000,Yes,20261123195049.745,20261123200013.745,017,VoIP,,90118222419038,internat,ia,8222419038,,remote,198.51.100.20:5060,BW458304922966801@198.51.100.10,PCMU/8000,10.148.14.7,5b21116c8c1de8ff31123120@10.148.14.7,,,,ExampleCo_HQ,,,,03068790060,Public,no-answer,2085,Public,no-answer,n,public,,41321270:0,44118384:1,Ordinary,,,,jane.doe@voip.example.net,,Dmytro,Public,,`
	want := `5812591421DA81EC7620261123195032.7451+000000,ExampleTel,Normal,[phone],[phone],Originating,[phone],Public,[phone],20261123195032.745,1+000000,Yes,20261123195049.745,20261123200013.745,017,VoIP,,[phone],internat,ia,[phone],,remote,198.51.100.0:5060,BW458304922966801@198.51.100.0,PCMU/8000,10.148.14.0,5b21116c8c1de8ff31123120@10.148.14.0,,,,ExampleCo_HQ,,,,[phone],Public,no-answer,[phone],Public,no-answer,n,public,,41321270:0,44118384:1,Ordinary,,,,[email],,[name],Public,,`
	f(row, want)
	// Not a BroadWorks CDR: the direction is missing.
	f(`5812591421DA81EC7620261123195032.7451+000000,ExampleTel,Normal,,,Sideways,2085,Public,Hannah,x,y,z,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16`,
		`5812591421DA81EC7620261123195032.7451+000000,ExampleTel,Normal,,,Sideways,2085,Public,Hannah,x,y,z,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16`)
}
