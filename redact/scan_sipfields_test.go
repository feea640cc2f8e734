package redact

import (
	"strings"
	"testing"
)

// TestSIPProxyShapes: Kamailio and OpenSIPS xlog and acc lines, SIP
// headers and Homer's JSON. The parties' numbers, extensions and
// addresses are masked; Call-IDs (after a cue word, in log_prefix, under
// Homer's "sid"), tags and the versions of User-Agent and Server stay.
func TestSIPProxyShapes(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	// acc log_extra: an extension under src_user is a person's line.
	f("ACC: call missed: timestamp=1795464061;method=INVITE;from_tag=ase52e8ab9;code=487;src_user=2089;src_ip=192.0.2.7;dst_user=+4930123456",
		"ACC: call missed: timestamp=1795464061;method=INVITE;from_tag=ase52e8ab9;code=487;src_user=[phone];src_ip=192.0.2.0;dst_user=[phone]")
	f("src_user=2048 dst_ouser=101 x", "src_user=[phone] dst_ouser=[phone] x")
	f("src_user=12 dst_user=1234567x to_user=2048.5", "src_user=12 dst_user=1234567x to_user=2048.5")
	f("src_port=5060 code=200", "src_port=5060 code=200")
	// A Call-ID after a cue word or in Kamailio's log_prefix.
	f("new request BYE call-id f6a863a79d7f405e@sbc1.example.org", "new request BYE call-id f6a863a79d7f405e@sbc1.example.org")
	f("callid a84b4c76e66710@203.0.113.5 x", "callid a84b4c76e66710@203.0.113.0 x")
	f("call-id 6427743331959373804@ims.example.net", "call-id 6427743331959373804@ims.example.net") // passes Luhn
	f("{1 12 INVITE 6427743331959373804@ims.example.net} x", "{1 12 INVITE 6427743331959373804@ims.example.net} x")
	f("card 6427743331959373804 x", "card [card] x")
	f("INFO: {1 240 INVITE 4b4c98609f38689e@sbc1.example.org} <script>: x",
		"INFO: {1 240 INVITE 4b4c98609f38689e@sbc1.example.org} <script>: x")
	f("{2 17 REGISTER jane@example.com}", "{2 17 REGISTER jane@example.com}")
	f("mail to jane@example.com", "mail to [email]")
	f("INVITE jane.doe@example.com", "INVITE [email]")
	f("status 200 BYE jane.doe@example.com", "status 200 BYE [email]")
	f("{3 200 BYE jane.doe@example.com}", "{3 200 BYE [email]}")
	f("recall-id jane.doe@example.com", "recall-id [email]")
	// Homer's sid is the Call-ID when it reads as one.
	f(`{"sid":"a84b4c76e66710@pc33.example.com","x":1}`, `{"sid":"a84b4c76e66710@pc33.example.com","x":1}`)
	f(`{"sid":"a84b4c76e66710@203.0.113.5:5060"}`, `{"sid":"a84b4c76e66710@203.0.113.0:5060"}`)
	f(`{"sid":"Xk3pQ9vL2mN8rT5wZ1yB"}`, `{"sid":"[secret]"}`)
	f(`{"token":"a84b4c76e66710@pc33.example.com"}`, `{"token":"[secret]"}`)
	// A Call-ID's digits are no card number (4194834284051028040 passes
	// Luhn), under any Call-ID key; its host's address is still masked.
	f(`{"callid":"4194834284051028040@sbc1.example.org"}`, `{"callid":"4194834284051028040@sbc1.example.org"}`)
	f(`{"sip_call_id":"4194834284051028040@203.0.113.5:5060"}`, `{"sip_call_id":"4194834284051028040@203.0.113.0:5060"}`)
	f(`{"sid":"4194834284051028040@sbc1.example.org"}`, `{"sid":"4194834284051028040@sbc1.example.org"}`)
	f(`{"order":"4194834284051028040"}`, `{"order":"[card]"}`)
	// Versions in Server headers and in xlog's ua=.
	f("Server: Fanvil X4U 2.12.1.4\r\nContent-Length: 0", "Server: Fanvil X4U 2.12.1.4\r\nContent-Length: 0")
	f("server: 10.0.0.5", "server: 10.0.0.0")
	f("(IP:203.0.113.247:41096) ua=FPBX-16.0.40.7(18.20.0)", "(IP:203.0.113.0:41096) ua=FPBX-16.0.40.7(18.20.0)")
	f("User-Agent: FPBX-16.0.40.7(18.20.0)", "User-Agent: FPBX-16.0.40.7(18.20.0)")
	f("host WEB-10.0.0.5 x", "host WEB-10.0.0.0 x")
	f("ua=web-10.0.0.5", "ua=web-10.0.0.0")
	f("ua=10.0.0.5", "ua=10.0.0.0")
	f(`{"ua":"Yealink SIP-T46S 66.86.0.15"}`, `{"ua":"Yealink SIP-T46S 66.86.0.15"}`)
}

func TestSIPProxyShapesNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	lines := [][]byte{
		[]byte("NOTICE: acc [acc.c:279]: ACC: call missed: timestamp=1795464061;method=INVITE;call_id=9f5566b1@pbx.example.com;code=487;src_user=2089;src_ip=192.0.2.7"),
		[]byte("INFO: {1 240 INVITE 4b4c98609f38689e@sbc1.example.org} <script>: new request BYE call-id f6a863a7@sbc1.example.org ua=FPBX-16.0.40.7(18.20.0)"),
		[]byte("SIP/2.0 100 Trying\r\nCall-ID: 4194834284051028040@sbc1.example.org\r\nServer: Fanvil X4U 2.12.1.4\r\n"),
		[]byte(`{"sid":"4194834284051028040@sbc1.example.org","data_header":{"callid":"4194834284051028040@sbc1.example.org"}}`),
		[]byte("2026-11-23 20:00:02.994000 [INFO] mod_dialplan_xml.c:649 Processing Oliver Kovalenko <2004>->+380508542869 in context default"),
		[]byte("a37271f3-4862-4b56-b72b-bfa0df51185d 2026-11-23 20:01:03.419000 98.31% [WARNING] sofia_reg.c:3149 Can't find user [2015@198.51.100.10] from 198.51.100.148"),
		[]byte(`{"to":{"type":"phone","number":"447700900000"},"from":{"type":"phone","number":"12015550167"},"duration":"60"}`),
		[]byte("Call 57005,9F3804256835E18A_152,00:29:29,2026/11/23 20:00:03,2026/11/23 20:00:09,2026/11/23 20:29:38,TerminatedByDst,Ext.2073,442079460695,2073,10000,442079460695,,442079460695,10000,,0.99,0.252,,Chain: Ext.2073;Line:10000>>442079460695;,Extension,Line,Line,Fatima Smith,,,"),
	}
	var dst []byte
	for _, l := range lines {
		dst, _ = r.Redact(dst[:0], l, FormatAuto)
	}
	if n := testing.AllocsPerRun(50, func() {
		for _, l := range lines {
			dst, _ = r.Redact(dst[:0], l, FormatAuto)
		}
	}); n != 0 {
		t.Errorf("%v allocations per round, want 0", n)
	}
}

// sipProxyShapes put a value where the SIP proxy shapes read one: an
// acc user, a Call-ID after its cue or in log_prefix, Homer's sid, a
// User-Agent or Server version.
var sipProxyShapes = []string{
	"ACC: transaction answered: timestamp=1795464023;method=INVITE;src_user=%s;src_domain=pbx.example.com",
	"<script>: new request BYE call-id %s from 192.0.2.7",
	"INFO: {1 240 INVITE %s} <script>: x",
	`{"sid":"%s","x":1}`,
	`{"callid":"%s"}`,
	"Server: Fanvil X4U %s\r\nContent-Length: 0",
	"(IP:203.0.113.247:41096) ua=FPBX-%s",
}

// FuzzSIPProxyShapes: any text in each shape: no panic, redacting twice
// equals once; an extension under src_user and the address of a
// Call-ID's host never survive.
func FuzzSIPProxyShapes(f *testing.F) {
	for i := range sipProxyShapes {
		f.Add(uint8(i), "4194834284051028040@sbc1.example.org")
		f.Add(uint8(i), "2042")
		f.Add(uint8(i), "16.0.40.7(18.20.0)")
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, which uint8, v string) {
		shape := sipProxyShapes[int(which)%len(sipProxyShapes)]
		line := strings.Replace(shape, "%s", v, 1)
		out, err := r.Redact(nil, []byte(line), FormatAuto)
		if err != nil {
			return
		}
		again, err := r.Redact(nil, out, FormatAuto)
		if err != nil || string(again) != string(out) {
			t.Fatalf("%q: once %q, twice %q (%v)", line, out, again, err)
		}
		if which%uint8(len(sipProxyShapes)) == 0 {
			planted := strings.Replace(shape, "%s", "2042", 1)
			if got, _ := r.Redact(nil, []byte(planted), FormatAuto); strings.Contains(string(got), "2042") {
				t.Fatalf("%q: extension survived: %q", planted, got)
			}
		}
		if which%uint8(len(sipProxyShapes)) <= 4 {
			planted := strings.Replace(shape, "%s", "a84b4c76e66710@203.0.113.77", 1)
			if got, _ := r.Redact(nil, []byte(planted), FormatAuto); strings.Contains(string(got), "203.0.113.77") {
				t.Fatalf("%q: address survived: %q", planted, got)
			}
		}
	})
}

// TestFreeSWITCHLogLines: FreeSWITCH's log lines that name a caller in
// the message (textfmt/fslog.go), the dialplan's caller id variables and
// gateway dial strings: numbers, extensions and names masked; the
// context, causes, UUIDs and line numbers stay.
func TestFreeSWITCHLogLines(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	f("2026-11-23 20:00:02.994000 [INFO] mod_dialplan_xml.c:649 Processing Oliver Kovalenko <2004>->+380508542869 in context default",
		"2026-11-23 20:00:02.994000 [INFO] mod_dialplan_xml.c:649 Processing [name] <[phone]>->[phone] in context default")
	f("2026-11-23 20:00:03.407000 [INFO] mod_dialplan_xml.c:606 Processing 14155550102 <14155550102>->03093466689 in context public",
		"2026-11-23 20:00:03.407000 [INFO] mod_dialplan_xml.c:606 Processing [phone] <[phone]>->[phone] in context public")
	f("a37271f3-4862-4b56-b72b-bfa0df51185d 2026-11-23 20:01:03.419000 98.31% [WARNING] sofia_reg.c:3149 Can't find user [2015@198.51.100.10] from 198.51.100.148",
		"a37271f3-4862-4b56-b72b-bfa0df51185d 2026-11-23 20:01:03.419000 98.31% [WARNING] sofia_reg.c:3149 Can't find user [[phone]@198.51.100.0] from 198.51.100.0")
	f("2026-11-23 20:00:23.017000 [WARNING] sofia_reg.c:1849 SIP auth failure (REGISTER) on sofia profile 'internal' for [jane.doe@pbx.example.com] from ip 203.0.113.155",
		"2026-11-23 20:00:23.017000 [WARNING] sofia_reg.c:1849 SIP auth failure (REGISTER) on sofia profile 'internal' for [[name]@pbx.example.com] from ip 203.0.113.0")
	f("2026-11-23 20:00:29.188000 [ERR] switch_ivr_originate.c:3986 Cannot create outgoing channel of type [sofia] cause: [UNALLOCATED_NUMBER] dialing 03087591156",
		"2026-11-23 20:00:29.188000 [ERR] switch_ivr_originate.c:3986 Cannot create outgoing channel of type [sofia] cause: [UNALLOCATED_NUMBER] dialing [phone]")
	f("2026-11-23 20:00:08.282000 EXECUTE [depth=0] sofia/internal/2094@sbc1.example.org set(effective_caller_id_number=2094)",
		"2026-11-23 20:00:08.282000 EXECUTE [depth=0] sofia/internal/[phone]@sbc1.example.org set(effective_caller_id_number=[phone])")
	f("origination_caller_id_number=1001 caller_id_number=12", "origination_caller_id_number=[phone] caller_id_number=12")
	f("2026-11-23 20:00:11.187000 [INFO] switch_ivr_originate.c:4086 Originate Resulted in Success: [sofia/gateway/trunk/493090865231] Peer UUID: f6249cc8-d59c-4527-acb6-ae1f94c10a6c",
		"2026-11-23 20:00:11.187000 [INFO] switch_ivr_originate.c:4086 Originate Resulted in Success: [sofia/gateway/trunk/[phone]] Peer UUID: f6249cc8-d59c-4527-acb6-ae1f94c10a6c")
	f("2026-11-23 20:00:02.604000 [DEBUG] switch_core_state_machine.c:629 (sofia/internal/2015@sip.example.net) State Change CS_INIT -> CS_ROUTING",
		"2026-11-23 20:00:02.604000 [DEBUG] switch_core_state_machine.c:629 (sofia/internal/[phone]@sip.example.net) State Change CS_INIT -> CS_ROUTING")
}

// TestCPaaSRecords: Twilio's and Vonage's REST records. Vonage writes a
// phone endpoint as {"type":"phone","number":...} with E.164 digits and no
// '+': the sibling type names the number. Twilio's resource sids, prices,
// durations and Vonage's scts stay.
func TestCPaaSRecords(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	f(`{"to":{"type":"phone","number":"447700900000"},"from":{"type":"phone","number":"12015550167"},"duration":"60"}`,
		`{"to":{"type":"phone","number":"[phone]"},"from":{"type":"phone","number":"[phone]"},"duration":"60"}`)
	f(`{"to":{"type":"sms","number":"447700900000"}}`, `{"to":{"type":"sms","number":"[phone]"}}`)
	f(`{"type":"phone","number":447700900000}`, `{"type":"phone","number":"[phone]"}`)
	f(`{"type":"invoice","number":"447700900000"}`, `{"type":"invoice","number":"447700900000"}`)
	f(`{"number":"447700900000","type":"phone"}`, `{"number":"447700900000","type":"phone"}`) // type after: not read
	f(`{"type":"phone","number":"5"}`, `{"type":"phone","number":"5"}`)
	f(`{"sid":"CA1c0dbd1e0f2a4b6c8d0e1f2a3b4c5d6e","price":"-0.01300","duration":"37","from":"+12015550167","caller_name":"OLENA KOVALENKO"}`,
		`{"sid":"CA1c0dbd1e0f2a4b6c8d0e1f2a3b4c5d6e","price":"-0.01300","duration":"37","from":"[phone]","caller_name":"[name]"}`)
	f(`{"msisdn":"447700900000","to":"AcmeInc","network-code":"23410","scts":"2611232000","err-code":"0"}`,
		`{"msisdn":"[phone]","to":"AcmeInc","network-code":"23410","scts":"2611232000","err-code":"0"}`)
}

// TestThreeCXCDR: 3CX's CDR lines (textfmt/threecx.go): numbers,
// extensions (after "Ext." and in the dn fields) and display names are
// masked; a trunk line's dn (10000), the call id, times, durations and
// costs stay.
func TestThreeCXCDR(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	f("Call 69719,7A0B78AB289FFBD4_336,00:00:05,2026/11/23 20:00:02,2026/11/23 20:00:04,2026/11/23 20:00:11,TerminatedBySrc,+442079460115,Ext.2035,10001,2035,2035,ReplacedDst,Ext.2073,2073,,,,,Chain: Line:10001>>+442079460115;Ext.2035;Ext.2073;,Line,Extension,Extension,,Oliver O'Brien,Dmytro Patel,",
		"Call 69719,7A0B78AB289FFBD4_336,00:00:05,2026/11/23 20:00:02,2026/11/23 20:00:04,2026/11/23 20:00:11,TerminatedBySrc,[phone],Ext.[phone],10001,[phone],[phone],ReplacedDst,Ext.[phone],[phone],,,,,Chain: Line:10001>>[phone];Ext.[phone];Ext.[phone];,Line,Extension,Extension,,[name],[name],")
	f("Call 57005,9F3804256835E18A_152,00:29:29,2026/11/23 20:00:03,2026/11/23 20:00:09,2026/11/23 20:29:38,TerminatedByDst,Ext.2073,442079460695,2073,10000,442079460695,,442079460695,10000,,0.99,0.252,,Chain: Ext.2073;Line:10000>>442079460695;,Extension,Line,Line,Fatima Smith,,,",
		"Call 57005,9F3804256835E18A_152,00:29:29,2026/11/23 20:00:03,2026/11/23 20:00:09,2026/11/23 20:29:38,TerminatedByDst,Ext.[phone],[phone],[phone],10000,[phone],,[phone],10000,,0.99,0.252,,Chain: Ext.[phone];Line:10000>>[phone];,Extension,Line,Line,[name],,,")
}
