package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Five families of a mobile operator's and an ISP's logs:
//
//   - kannel_sms: the Kannel SMS gateway's access log (bearerbox
//     access-log, the default format of the user's guide: %t %l [SMSC:%i]
//     [SVC:%n] [ACT:%A] [BINF:%B] [FID:%F] [META:%D] [from:%p] [to:%P]
//     [flags:%m:%c:%M:%C:%d] [msg:%L:%b] [udh:%U:%u]) with Receive SMS,
//     Sent SMS, FAILED Send SMS and DLR SMS lines; the bodies services send
//     (one-time codes in prose, order and parcel notices) and that people
//     send (a call-back number, a new address).
//   - smpp_pdu: SMPP v3.4 PDUs as gateways and libraries log them:
//     Kannel's debug dump of a PDU (one field a line, integers as
//     "N = 0x%08lx", C strings quoted), node-smpp PDU objects written as
//     JSON, and a jSMPP client's SLF4J lines around submit_sm and deliver_sm
//     with the delivery receipt text of Appendix B.
//   - diameter_gy: Diameter credit control (RFC 4006, 3GPP TS 32.299 Gy):
//     the AVP summary lines a tracer (Wireshark's tshark -V) prints for a
//     CCR or CCA, an OCS's JSON event with AVP names as members and an OCS's
//     one-line key=value log.
//   - cgnat_log: carrier-grade NAT logs kept for RFC 6888: Junos
//     JSERVICES_NAT_PORT_BLOCK_ALLOC/RELEASE and JSERVICES_SESSION_OPEN,
//     Cisco IOS %NAT-6-LOG_TRANSLATION Created/Deleted Translation, and
//     conntrack -E -o timestamp events.
//   - asterisk_security: Asterisk's security log (the Security Events
//     Framework through res_security_log: SecurityEvent="…",EventTV="…",…)
//     and FreeRADIUS detail files of an ISP's accounting (one attribute a
//     line).

// msisdn returns a subscriber's number as the network carries it: E.164
// digits without '+'.
func (g *gen) msisdn() string { return strings.TrimPrefix(g.e164(), "+") }

// subscriberIP returns a subscriber's address behind a carrier-grade NAT:
// the shared address space of RFC 6598 or RFC 1918 space.
func (g *gen) subscriberIP() string {
	if g.pct(60) {
		return "100." + g.num(64, 127) + "." + g.num(0, 255) + "." + g.num(1, 254)
	}
	return g.privateIPv4()
}

// smsPart is one labelled value inside an SMS body.
type smsPart struct {
	keep bool
	cat  string
	text string
}

// smsBody returns an SMS text and the values in it: one-time codes
// (secrets), order numbers and app hashes (kept), call-back numbers and
// street lines (planted).
func (g *gen) smsBody(mo bool) (string, []smsPart) {
	code := g.digits(6)
	if code[0] == '0' {
		code = "4" + code[1:]
	}
	otp := func(s, c string) (string, []smsPart) {
		return strings.Replace(s, "%c", c, 1), []smsPart{{cat: "secret", text: c}}
	}
	if mo {
		switch g.rng.IntN(5) {
		case 0:
			p := g.phone()
			f, _ := g.name()
			return "Hi it's " + f + ", call me back on " + p + " pls", []smsPart{{cat: "phone", text: p}}
		case 1:
			s := g.street()
			return "My new address is " + s + ", please update it", []smsPart{{cat: "address", text: s}}
		case 2:
			return pick(g, []string{"STOP", "YES", "HELP", "BAL"}), nil
		case 3:
			e := g.email(g.name())
			return "Please send the invoice to " + e, []smsPart{{cat: "email", text: e}}
		}
		o := g.num(1000000, 9999999)
		return "Where is my order " + o + "?", []smsPart{{keep: true, cat: "orderid", text: o}}
	}
	switch g.rng.IntN(12) {
	case 0:
		return otp("Your verification code is %c", code)
	case 1:
		return otp("G-%c is your Google verification code.", code)
	case 2:
		return otp("Use %c to log in to Example. Do not share this code.", code[:4]+" "+code[4:])
	case 3:
		h := g.chars(11, base62)
		s, p := otp("<#> Your Example code is %c "+h, code)
		return s, append(p, smsPart{keep: true, cat: "hash", text: h})
	case 4:
		return otp("%c is your Example sign-in code. It expires in 10 minutes.", code)
	case 5:
		return otp("Your Example PIN: %c", code[:4])
	case 6:
		return otp("Код підтвердження: %c. Нікому не повідомляйте його.", code)
	case 7:
		return otp("Example: your one-time password is "+"%c", code[:3]+"-"+code[3:])
	case 8:
		o := g.num(10000000, 99999999)
		return "Your order #" + o + " has shipped and arrives tomorrow.", []smsPart{{keep: true, cat: "orderid", text: o}}
	case 9:
		s := g.street()
		return "Your parcel will be delivered to " + s + " today between 14:00 and 16:00.", []smsPart{{cat: "address", text: s}}
	case 10:
		return "Your balance is 12.50 GBP. Top up at example.com/topup", nil
	}
	t := g.now.Add(26 * time.Hour).Format("Mon 02 Jan 15:04")
	return "Reminder: your appointment is on " + t + ". Reply STOP to opt out.", []smsPart{{keep: true, cat: "timestamp", text: t}}
}

// label records the parts of a body in the form enc gives them (nil for
// as they are).
func (g *gen) label(parts []smsPart, enc func(string) string) {
	for _, p := range parts {
		form := p.text
		if enc != nil {
			form = enc(p.text)
		}
		if p.keep {
			g.keepAt(p.cat, p.text, form)
		} else {
			g.plantAt(p.cat, p.text, form)
		}
	}
}

// smscIDs are the SMSC connections' ids of a Kannel configuration.
var smscIDs = []string{"smsc-vodafone", "smpp-ee-1", "tmo_uk", "kyivstar-smpp", "smsc1"}

// smppMsgID returns a message id as SMSCs assign them: hex or decimal.
func (g *gen) smppMsgID() string {
	if g.pct(50) {
		return strings.ToUpper(g.hexID(8))
	}
	return g.num(100000000, 2000000000)
}

// dlrText returns a delivery receipt's text (SMPP v3.4 Appendix B): the
// id, counts, dates (YYMMDDhhmm), final state, error and the first 20
// characters of the message.
func (g *gen) dlrText(id, body string) string {
	d := g.now.Format("0601021504")
	if len(body) > 20 {
		body = body[:20]
	}
	return "id:" + id + " sub:001 dlvrd:001 submit date:" + d + " done date:" + d + " stat:" + pick(g, []string{"DELIVRD", "DELIVRD", "UNDELIV", "EXPIRED"}) + " err:000 text:" + body
}

// dlrParts labels what of a message's parts survives in a receipt's 20
// characters.
func dlrParts(parts []smsPart, text string) []smsPart {
	var out []smsPart
	for _, p := range parts {
		if strings.Contains(text, p.text) {
			out = append(out, p)
		}
	}
	return out
}

// kannelSMS writes one line of bearerbox's access log.
func (g *gen) kannelSMS(st *streamState) Record {
	b := make([]byte, 0, 400)
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05"), "")
	smsc := pick(g, smscIDs)
	kind := g.rng.IntN(10)
	var event, svc, from, to, fid, meta, body string
	var parts []smsPart
	mt := kind >= 4
	fid = g.smppMsgID()
	sub := "+" + g.msisdn()
	short := pick(g, []string{"12345", "80080", "4242"})
	switch {
	case kind < 3: // a subscriber's message to a short code
		event, from, to = "Receive SMS", sub, short
		body, parts = g.smsBody(true)
	case kind == 3: // a receipt for an earlier message
		event, from, to = "DLR SMS", pick(g, []string{"EXAMPLE", "Google", short}), sub
		b0, p0 := g.smsBody(false)
		body = g.dlrText(fid, b0)
		parts = dlrParts(p0, body)
		meta = "?smpp?dlr_err=000&"
	default:
		event = pick(g, []string{"Sent SMS", "Sent SMS", "Sent SMS", "FAILED Send SMS"})
		svc = pick(g, []string{"otp", "notify", "sendsms-user"})
		from, to = pick(g, []string{"EXAMPLE", "Google", "ExampleBank", short}), sub
		body, parts = g.smsBody(false)
	}
	b = append(b, " "+event+" [SMSC:"...)
	b = g.keep(b, "channel", smsc, "")
	b = append(b, "] [SVC:"+svc+"] [ACT:] [BINF:] [FID:"...)
	if kind != 3 && !mt {
		fid = ""
	}
	if fid != "" {
		b = g.keep(b, "requestid", fid, "")
	}
	b = append(b, "] [META:"+meta+"] [from:"...)
	if from == sub {
		b = g.plant(b, "phone", from, "")
	} else {
		b = append(b, from...)
	}
	b = append(b, "] [to:"...)
	if to == sub {
		b = g.plant(b, "phone", to, "")
	} else {
		b = append(b, to...)
	}
	coding := "0"
	if strings.ContainsAny(body, "КП") {
		coding = "2"
	}
	dlr := "-1"
	if mt {
		dlr = "31"
	}
	b = append(b, "] [flags:-1:"+coding+":-1:0:"+dlr+"] [msg:"+strconv.Itoa(len(body))+":"...)
	g.label(parts, nil)
	b = append(b, body...)
	return Record{Line: append(b, "] [udh:0:]"...)}
}

// kannelDump returns the debug log lines of one SMPP PDU as Kannel's
// smpp_pdu_dump writes them, each its own record. The short_message octet
// dump (hex bytes with a 16-byte text column that splits a value across
// lines) is left out.
func (g *gen) kannelDump() []Record {
	var out []Record
	pid := g.num(1000, 40000)
	thread := g.num(3, 12)
	smsc := pick(g, smscIDs)
	add := func(s string) {
		line := g.now.Format("2006-01-02 15:04:05") + " [" + pid + "] [" + thread + "] DEBUG: " + s
		out = append(out, Record{Line: []byte(line), Planted: g.plants, Keep: g.keeps})
		g.plants, g.keeps = nil, nil
	}
	num := func(name string, v int) {
		add("  " + name + ": " + strconv.Itoa(v) + " = 0x" + hex8(v))
	}
	deliver := g.pct(50)
	kind, id := "submit_sm", 4
	if deliver {
		kind, id = "deliver_sm", 5
	}
	g.keepAt("channel", smsc)
	if deliver {
		add("SMPP[" + smsc + "]: Got PDU:")
	} else {
		add("SMPP[" + smsc + "]: Sending PDU:")
	}
	add("SMPP PDU 0x" + g.hexID(12) + " dump:")
	add("  type_name: " + kind)
	num("command_id", id)
	num("command_status", 0)
	seq := 1 + g.rng.IntN(5000)
	g.keepAt("counter", strconv.Itoa(seq), ": "+strconv.Itoa(seq)+" = ")
	num("sequence_number", seq)
	add("  service_type: NULL")
	sub := g.msisdn()
	src, dst := pick(g, []string{"EXAMPLE", "ExampleBank", "80080"}), sub
	sTon, dTon := 5, 1
	if src == "80080" {
		sTon = 3
	}
	if deliver {
		src, dst, sTon, dTon = sub, pick(g, []string{"12345", "80080"}), 1, 3
	}
	num("source_addr_ton", sTon)
	num("source_addr_npi", 1)
	if src == sub {
		g.plantAt("phone", sub)
	}
	add("  source_addr: \"" + src + "\"")
	num("dest_addr_ton", dTon)
	num("dest_addr_npi", 1)
	if dst == sub {
		g.plantAt("phone", sub)
	}
	add("  destination_addr: \"" + dst + "\"")
	dlr := deliver && g.pct(50)
	esm := 0
	if dlr {
		esm = 4
	}
	num("esm_class", esm)
	num("protocol_id", 0)
	num("priority_flag", 0)
	add("  schedule_delivery_time: NULL")
	add("  validity_period: NULL")
	num("registered_delivery", map[bool]int{false: 1, true: 0}[deliver])
	num("replace_if_present_flag", 0)
	num("data_coding", 0)
	num("sm_default_msg_id", 0)
	n := 20 + g.rng.IntN(120)
	num("sm_length", n)
	add("  short_message:")
	add("   Octet string at 0x" + g.hexID(12) + ":")
	add("     len:  " + strconv.Itoa(n))
	add("     size: " + strconv.Itoa(n+1))
	add("     immutable: 0")
	if dlr {
		mid := g.smppMsgID()
		g.keepAt("requestid", mid)
		add("  receipted_message_id: \"" + mid + "\"")
		num("message_state", 2)
	}
	add("SMPP PDU dump ends.")
	return out
}

// hex8 formats v as eight lower-case hex digits.
func hex8(v int) string {
	s := strconv.FormatInt(int64(v), 16)
	return strings.Repeat("0", 8-len(s)) + s
}

// nodeSMPP writes a PDU as node-smpp decodes it, logged with
// JSON.stringify: the header fields, then the body's fields in the order
// of the PDU, short_message an object with the decoded message.
func (g *gen) nodeSMPP() Record {
	deliver := g.pct(45)
	b := append(make([]byte, 0, 700), '{')
	cmd := "submit_sm"
	if deliver {
		cmd = "deliver_sm"
	}
	sub := g.msisdn()
	src, dst := pick(g, []string{"EXAMPLE", "ExampleBank", "80080"}), sub
	if deliver {
		src, dst = sub, pick(g, []string{"12345", "80080"})
	}
	body, parts := g.smsBody(deliver)
	dlr := deliver && g.pct(50)
	mid := ""
	if dlr {
		mid = g.smppMsgID()
		b0, p0 := g.smsBody(false)
		src, dst = sub, pick(g, []string{"EXAMPLE", "80080"})
		body = g.dlrText(mid, b0)
		parts = dlrParts(p0, body)
	}
	b = jn(b, "command_length", strconv.Itoa(60+len(body)))
	b = jn(b, "command_id", map[bool]string{false: "4", true: "5"}[deliver])
	b = jn(b, "command_status", "0")
	seq := g.num(1, 90000)
	g.keepAt("counter", seq, `"sequence_number":`+seq)
	b = jn(b, "sequence_number", seq)
	b = g.js(b, "command", cmd)
	b = g.js(b, "service_type", "")
	b = jn(b, "source_addr_ton", map[bool]string{false: "5", true: "1"}[src == sub])
	b = jn(b, "source_addr_npi", "1")
	if src == sub {
		b = g.jp(b, "source_addr", "phone", src)
	} else {
		b = g.js(b, "source_addr", src)
	}
	b = jn(b, "dest_addr_ton", map[bool]string{false: "3", true: "1"}[dst == sub])
	b = jn(b, "dest_addr_npi", "1")
	if dst == sub {
		b = g.jp(b, "destination_addr", "phone", dst)
	} else {
		b = g.js(b, "destination_addr", dst)
	}
	esm := "0"
	if dlr {
		esm = "4"
	}
	b = jn(b, "esm_class", esm)
	b = jn(b, "protocol_id", "0")
	b = jn(b, "priority_flag", "0")
	b = g.js(b, "schedule_delivery_time", "")
	b = g.js(b, "validity_period", "")
	b = jn(b, "registered_delivery", map[bool]string{false: "1", true: "0"}[deliver])
	b = jn(b, "replace_if_present_flag", "0")
	coding := "0"
	if strings.ContainsAny(body, "КП") {
		coding = "8"
	}
	b = jn(b, "data_coding", coding)
	b = jn(b, "sm_default_msg_id", "0")
	b = jo(b, "short_message")
	g.label(parts, jsonEsc)
	b = g.js(b, "message", body)
	b = append(b, '}')
	if dlr {
		b = g.jk(b, "receipted_message_id", "requestid", mid)
		b = jn(b, "message_state", "2")
	}
	return Record{Line: append(b, '}')}
}

// jsmppLine writes one SLF4J line of a jSMPP client: a submit_sm with its
// addresses, its submit_sm_resp's message id, or a deliver_sm: a
// subscriber's message or a delivery receipt.
func (g *gen) jsmppLine() Record {
	b := make([]byte, 0, 400)
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05.000"), "")
	b = append(b, " ["+pick(g, []string{"pool-1-thread-1", "PDUReaderWorker-2", "main"})+"] "...)
	sub := g.msisdn()
	switch g.rng.IntN(4) {
	case 0:
		b = append(b, "DEBUG o.j.s.SMPPSession - Sending submit_sm from "...)
		b = append(b, pick(g, []string{"EXAMPLE", "80080"})...)
		b = append(b, " to "...)
		b = g.plant(b, "phone", sub, "")
		body, parts := g.smsBody(false)
		g.label(parts, nil)
		b = append(b, ": "+body...)
	case 1:
		mid := g.smppMsgID()
		b = append(b, "INFO  c.e.sms.SmppSender - Message submitted to "...)
		b = g.plant(b, "phone", sub, "")
		b = append(b, ", message_id is "...)
		b = g.keep(b, "requestid", mid, "")
	case 2:
		body, parts := g.smsBody(true)
		b = append(b, "INFO  c.e.sms.MessageReceiver - Receiving message from "...)
		b = g.plant(b, "phone", sub, "")
		b = append(b, " to "+pick(g, []string{"12345", "80080"})+" : "...)
		g.label(parts, nil)
		b = append(b, body...)
	default:
		mid := g.smppMsgID()
		b0, p0 := g.smsBody(false)
		text := g.dlrText(mid, b0)
		b = append(b, "INFO  c.e.sms.MessageReceiver - Receiving delivery receipt for message '"...)
		b = g.keep(b, "requestid", mid, "")
		b = append(b, "' from "...)
		b = g.plant(b, "phone", sub, "")
		b = append(b, " to EXAMPLE : "...)
		g.label(dlrParts(p0, text), nil)
		b = append(b, text...)
	}
	return Record{Line: b}
}

// smppPDU writes one record of the stream's product.
func (g *gen) smppPDU(st *streamState) Record {
	switch st.variant % 3 {
	case 1:
		return g.nodeSMPP()
	case 2:
		return g.jsmppLine()
	}
	return g.fromPending(st, g.kannelDump)
}

// fromPending returns the next of a multi-line entry's records, making a
// new entry with mk when the last one is used up.
func (g *gen) fromPending(st *streamState, mk func() []Record) Record {
	if len(st.pending) == 0 {
		st.pending = mk()
	}
	r := st.pending[0]
	st.pending = st.pending[1:]
	g.plants, g.keeps = r.Planted, r.Keep
	return Record{Line: r.Line}
}

// gySession is one credit-control session's values.
type gySession struct {
	sid, host, msisdn, imsi, imeisv, ip, uli, apn string
	reqType, reqNum, rg, used, result             string
	answer                                        bool
}

// resultNames are the names tshark gives the Result-Code values used.
var resultNames = map[string]string{"2001": "DIAMETER_SUCCESS", "4012": "DIAMETER_CREDIT_LIMIT_REACHED", "5030": "DIAMETER_USER_UNKNOWN"}

var ccRequestTypes = []string{"INITIAL_REQUEST", "UPDATE_REQUEST", "UPDATE_REQUEST", "TERMINATION_REQUEST"}

// uli returns a 3GPP-User-Location-Info value (TS 29.061): type 130
// (TAI and ECGI), the MCC and MNC in BCD, the tracking area code and the
// E-UTRAN cell id, in hex.
func (g *gen) uli() string {
	plmn := pick(g, []string{"32f410", "62f220", "52f510"})
	return "82" + plmn + g.hexID(4) + plmn + "0" + g.hexID(7)
}

func (g *gen) gySession() gySession {
	host := pick(g, []string{"pgw01.epc.mnc015.mcc234.3gppnetwork.org", "smf2.example.net", "ggsn-lon1.example.net"})
	s := gySession{
		host:    host,
		msisdn:  g.msisdn(),
		imsi:    g.imsi(),
		ip:      g.subscriberIP(),
		uli:     g.uli(),
		apn:     pick(g, []string{"internet", "ims", "wap.example.net", "iot.example"}),
		reqType: pick(g, ccRequestTypes),
		reqNum:  g.num(0, 40),
		rg:      pick(g, []string{"10", "20", "100", "3000"}),
		used:    g.num(1000, 90000000),
		result:  pick(g, []string{"2001", "2001", "2001", "4012", "5030"}),
		answer:  g.pct(45),
	}
	imei := g.imei()
	s.imeisv = imei[:14] + g.num(10, 99)
	s.sid = host + ";" + g.num(1000000000, 2000000000) + ";" + g.num(1, 99999) + ";gy"
	return s
}

// tsharkGy returns the Diameter lines of one CCR or CCA as tshark -V
// prints them, AVP summary lines at their depth, each line a record.
func (g *gen) tsharkGy() []Record {
	var out []Record
	add := func(s string) {
		out = append(out, Record{Line: []byte(s), Planted: g.plants, Keep: g.keeps})
		g.plants, g.keeps = nil, nil
	}
	s := g.gySession()
	avp := func(depth int, name, code, flags, val string) {
		line := strings.Repeat("    ", depth) + "AVP: " + name + "(" + code + ") l=" + strconv.Itoa(12+len(val)) + " f=" + flags
		if val != "" {
			line += " val=" + val
		}
		add(line)
	}
	add("Diameter Protocol")
	add("    Version: 0x01")
	add("    Length: " + g.num(200, 900))
	if s.answer {
		add("    Flags: 0x40, Proxiable")
	} else {
		add("    Flags: 0xc0, Request, Proxiable")
	}
	add("    Command Code: 272 Credit-Control")
	add("    ApplicationId: Diameter Credit Control Application (4)")
	hbh := "0x" + g.hexID(8)
	g.keepAt("counter", hbh)
	add("    Hop-by-Hop Identifier: " + hbh)
	e2e := "0x" + g.hexID(8)
	g.keepAt("counter", e2e)
	add("    End-to-End Identifier: " + e2e)
	g.keepAt("requestid", s.sid)
	avp(1, "Session-Id", "263", "-M-", s.sid)
	if s.answer {
		g.keepAt("status", s.result, "("+s.result+")")
		avp(1, "Result-Code", "268", "-M-", resultNames[s.result]+" ("+s.result+")")
		avp(1, "Origin-Host", "264", "-M-", "ocs01.example.net")
	} else {
		avp(1, "Origin-Host", "264", "-M-", s.host)
	}
	avp(1, "Origin-Realm", "296", "-M-", "epc.mnc015.mcc234.3gppnetwork.org")
	avp(1, "Auth-Application-Id", "258", "-M-", "Diameter Credit Control Application (4)")
	avp(1, "CC-Request-Type", "416", "-M-", s.reqType+" ("+strconv.Itoa(indexOf(ccRequestTypes, s.reqType)+1)+")")
	g.keepAt("counter", s.reqNum, "val="+s.reqNum)
	avp(1, "CC-Request-Number", "415", "-M-", s.reqNum)
	if !s.answer {
		avp(1, "Subscription-Id", "443", "-M-", "")
		avp(2, "Subscription-Id-Type", "450", "-M-", "END_USER_E164 (0)")
		g.plantAt("phone", s.msisdn)
		avp(2, "Subscription-Id-Data", "444", "-M-", s.msisdn)
		avp(1, "Subscription-Id", "443", "-M-", "")
		avp(2, "Subscription-Id-Type", "450", "-M-", "END_USER_IMSI (1)")
		g.plantAt("device_id", s.imsi)
		avp(2, "Subscription-Id-Data", "444", "-M-", s.imsi)
		g.plantAt("ipv4", s.ip)
		avp(1, "Framed-IP-Address", "8", "-M-", s.ip)
		avp(1, "Called-Station-Id", "30", "-M-", s.apn)
		avp(1, "User-Equipment-Info", "458", "---", "")
		avp(2, "User-Equipment-Info-Type", "459", "---", "IMEISV (0)")
		g.plantAt("device_id", s.imeisv)
		avp(2, "User-Equipment-Info-Value", "460", "---", s.imeisv)
	}
	avp(1, "Multiple-Services-Credit-Control", "456", "-M-", "")
	avp(2, "Rating-Group", "432", "-M-", s.rg)
	avp(2, "Used-Service-Unit", "446", "-M-", "")
	g.keepAt("bytes", s.used)
	avp(3, "CC-Total-Octets", "421", "-M-", s.used)
	if !s.answer {
		avp(1, "Service-Information", "873", "VM-", "")
		avp(2, "PS-Information", "874", "VM-", "")
		g.plantAt("device_id", s.imsi)
		avp(3, "3GPP-IMSI", "1", "V--", s.imsi)
		g.plantAt("geo", s.uli)
		avp(3, "3GPP-User-Location-Info", "22", "V--", s.uli)
		avp(3, "3GPP-RAT-Type", "21", "V--", "EUTRAN (6)")
		ch := g.num(100000, 4000000000)
		g.keepAt("counter", ch)
		avp(3, "3GPP-Charging-Id", "2", "V--", ch)
	}
	return out
}

func indexOf(xs []string, x string) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// ocsJSON is an OCS's JSON event of a CCR or CCA: AVP names as members,
// grouped AVPs as objects or arrays.
func (g *gen) ocsJSON() Record {
	s := g.gySession()
	b := append(make([]byte, 0, 900), '{')
	b = g.jk(b, "ts", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "level", "debug")
	msg := "CCR received"
	if s.answer {
		msg = "CCA sent"
	}
	b = g.js(b, "msg", msg)
	b = g.js(b, "peer", pick(g, []string{"pgw01", "smf2", "ggsn-lon1"}))
	b = jo(b, "diameter")
	b = jn(b, "command_code", "272")
	b = jn(b, "application_id", "4")
	hbh := g.num(1000000, 4000000000)
	g.keepAt("counter", hbh, `"hop_by_hop_id":`+hbh)
	b = jn(b, "hop_by_hop_id", hbh)
	b = jo(b, "avps")
	b = g.jk(b, "Session-Id", "requestid", s.sid)
	b = g.js(b, "Origin-Host", s.host)
	b = g.js(b, "CC-Request-Type", s.reqType)
	g.keepAt("counter", s.reqNum, `"CC-Request-Number":`+s.reqNum)
	b = jn(b, "CC-Request-Number", s.reqNum)
	if s.answer {
		g.keepAt("status", s.result, `"Result-Code":`+s.result)
		b = jn(b, "Result-Code", s.result)
	} else {
		b = ja(b, "Subscription-Id")
		b = jo(b, "")
		b = g.js(b, "Subscription-Id-Type", "END_USER_E164")
		b = g.jp(b, "Subscription-Id-Data", "phone", s.msisdn)
		b = append(b, '}')
		b = jo(b, "")
		b = g.js(b, "Subscription-Id-Type", "END_USER_IMSI")
		b = g.jp(b, "Subscription-Id-Data", "device_id", s.imsi)
		b = append(b, "}]"...)
		b = g.jp(b, "Framed-IP-Address", "ipv4", s.ip)
		b = g.js(b, "Called-Station-Id", s.apn)
		b = jo(b, "User-Equipment-Info")
		b = g.js(b, "User-Equipment-Info-Type", "IMEISV")
		b = g.jp(b, "User-Equipment-Info-Value", "device_id", s.imeisv)
		b = append(b, '}')
		b = g.jp(b, "3GPP-User-Location-Info", "geo", s.uli)
	}
	b = jo(b, "Multiple-Services-Credit-Control")
	b = jn(b, "Rating-Group", s.rg)
	b = jo(b, "Used-Service-Unit")
	g.keepAt("bytes", s.used, `"CC-Total-Octets":`+s.used)
	b = jn(b, "CC-Total-Octets", s.used)
	return Record{Line: append(b, "}}}}}"...)}
}

// ocsLine is an OCS's one-line log of a credit-control exchange.
func (g *gen) ocsLine() Record {
	s := g.gySession()
	b := make([]byte, 0, 400)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000"), "")
	b = append(b, " INFO  [gy-worker-"+g.num(1, 8)+"] "...)
	kind := map[string]string{"INITIAL_REQUEST": "CCR-I", "UPDATE_REQUEST": "CCR-U", "TERMINATION_REQUEST": "CCR-T"}[s.reqType]
	b = append(b, kind+" session="...)
	b = g.keep(b, "requestid", s.sid, "")
	b = append(b, " msisdn="...)
	b = g.plant(b, "phone", s.msisdn, "")
	b = append(b, " imsi="...)
	b = g.plant(b, "device_id", s.imsi, "")
	b = append(b, " ip="...)
	b = g.plant(b, "ipv4", s.ip, "")
	b = append(b, " apn="+s.apn+" rg="+s.rg+" used="...)
	b = g.keep(b, "bytes", s.used, "")
	b = append(b, " result="...)
	b = g.keep(b, "status", s.result, "")
	d := g.num(1, 80)
	return Record{Line: g.keep(b, "duration", d+"ms", " took "+d+"ms")}
}

// diameterGy writes one record of the stream's product.
func (g *gen) diameterGy(st *streamState) Record {
	switch st.variant % 3 {
	case 1:
		return g.ocsJSON()
	case 2:
		return g.ocsLine()
	}
	return g.fromPending(st, g.tsharkGy)
}

// natPools are the public addresses of a carrier-grade NAT's pool.
var natPools = []string{"198.51.100.", "203.0.113."}

// servers are destinations on the internet (not the subscriber's).
var servers = []string{"93.184.215.14", "142.250.180.14", "151.101.1.140", "104.16.132.229", "17.253.144.10"}

// cgnatLine writes one line of a carrier-grade NAT's log.
func (g *gen) cgnatLine(st *streamState) Record {
	b := make([]byte, 0, 300)
	sub := g.subscriberIP()
	pub := pick(g, natPools) + g.num(1, 254)
	srv := pick(g, servers)
	sport := g.num(1024, 65535)
	switch st.variant % 3 {
	case 0: // Junos services PIC
		t := g.now.UTC()
		day := strconv.Itoa(t.Day())
		b = g.keep(b, "timestamp", months[t.Month()-1]+" "+day+" "+t.Format("15:04:05"), "")
		b = append(b, " mx-cgn01 (FPC Slot 1, PIC Slot 0) "...)
		b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05"), "")
		switch g.rng.IntN(3) {
		case 0, 1:
			ev := pick(g, []string{"ALLOC", "RELEASE", "ACTIVE"})
			b = append(b, ": {sp-1/0/0}[jservices-nat]: JSERVICES_NAT_PORT_BLOCK_"+ev+": "...)
			b = g.plant(b, "ipv4", sub, "")
			b = append(b, " -> "+pub+":"...)
			lo := 1024 + 256*g.rng.IntN(250)
			r := strconv.Itoa(lo) + "-" + strconv.Itoa(lo+255)
			b = g.keep(b, "port", r, "")
			b = append(b, ' ')
			b = g.keep(b, "counter", "0x"+g.hexID(8), "")
		default:
			npt := g.num(1024, 65535)
			b = append(b, ": {sp-1/0/0}[jservices-sfw]: JSERVICES_SESSION_OPEN: application:none, xe-0/0/1.100 "...)
			b = g.plant(b, "ipv4", sub, "")
			b = g.keep(b, "port", sport, ":"+sport+" [")
			b = append(b, pub...)
			b = g.keep(b, "port", npt, ":"+npt+"]")
			b = append(b, " -> "+srv+":"+pick(g, []string{"443", "80", "53"})+" ("+pick(g, []string{"TCP", "UDP"})+")"...)
		}
	case 1: // Cisco IOS NAT translation logging
		t := g.now.UTC()
		b = g.keep(b, "timestamp", months[t.Month()-1]+" "+strconv.Itoa(t.Day())+" "+t.Format("15:04:05"), "")
		b = append(b, " cgn-asr1 "...)
		b = g.keep(b, "counter", g.num(10000, 999999), "")
		b = append(b, ": "...)
		b = g.keep(b, "timestamp", months[t.Month()-1]+" "+strconv.Itoa(t.Day())+" "+t.Format("15:04:05.000"), "*"+months[t.Month()-1]+" "+strconv.Itoa(t.Day())+" "+t.Format("15:04:05.000"))
		npt := g.num(1024, 65535)
		dp := pick(g, []string{"443", "80", "53", "123"})
		b = append(b, ": %NAT-6-LOG_TRANSLATION: "+pick(g, []string{"Created", "Deleted"})+" Translation "+pick(g, []string{"TCP", "UDP"})+" "...)
		b = g.plant(b, "ipv4", sub, "")
		b = g.keep(b, "port", sport, ":"+sport+" ")
		b = append(b, pub...)
		b = g.keep(b, "port", npt, ":"+npt+" ")
		b = append(b, srv+":"+dp+" "+srv+":"+dp+" 0"...)
	default: // conntrack -E -o timestamp
		ep := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(6)
		b = append(b, '[')
		b = g.keep(b, "epoch", ep, "")
		b = append(b, "]\t"...)
		proto, num := "tcp", "6"
		if g.pct(35) {
			proto, num = "udp", "17"
		}
		npt := g.num(1024, 65535)
		dp := pick(g, []string{"443", "80", "53", "123"})
		switch ev := g.rng.IntN(3); {
		case ev == 0 && proto == "tcp":
			b = append(b, "    [NEW] tcp      6 120 SYN_SENT src="...)
		case ev == 0:
			b = append(b, "    [NEW] udp      17 30 src="...)
		case ev == 1 && proto == "tcp":
			b = append(b, " [UPDATE] tcp      6 432000 ESTABLISHED src="...)
		case ev == 1:
			b = append(b, " [UPDATE] udp      17 180 src="...)
		default:
			b = append(b, "[DESTROY] "+proto+"      "+num+" src="...)
		}
		b = g.plant(b, "ipv4", sub, "")
		b = append(b, " dst="+srv+" sport="...)
		g.keepAt("port", sport, " sport="+sport+" ")
		b = append(b, sport+" dport="+dp...)
		if strings.Contains(string(b), "[DESTROY]") {
			pk := g.num(1, 900)
			b = append(b, " packets="+pk+" bytes="...)
			b = g.keep(b, "bytes", g.num(60, 900000), "")
		} else if strings.Contains(string(b), "[NEW]") {
			b = append(b, " [UNREPLIED]"...)
		}
		b = append(b, " src="+srv+" dst="+pub+" sport="+dp+" dport="...)
		g.keepAt("port", npt, " dport="+npt)
		b = append(b, npt...)
		if strings.Contains(string(b), "ESTABLISHED") {
			b = append(b, " [ASSURED]"...)
		}
	}
	return Record{Line: b}
}

// securityScanAccounts are the account names SIP scanners try.
var securityScanAccounts = []string{"admin", "test", "guest", "asterisk", "support", "user", "administrator"}

// asteriskSecurity writes one event of Asterisk's security log as
// res_security_log formats it (name="value" pairs, the common ones first).
func (g *gen) asteriskSecurity(st *streamState) Record {
	b := make([]byte, 0, 500)
	if st.variant%3 == 0 {
		b = append(b, '[')
		b = g.keep(b, "timestamp", g.now.Format("Jan _2 15:04:05"), "")
	} else {
		b = append(b, '[')
		b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05"), "")
	}
	b = append(b, "] SECURITY["...)
	b = g.keep(b, "counter", g.num(10000, 40000), "")
	b = append(b, "] res_security_log.c: SecurityEvent=\""...)
	ev := pick(g, []string{"InvalidAccountID", "ChallengeSent", "ChallengeResponseFailed", "InvalidPassword", "SuccessfulAuth", "FailedACL"})
	b = append(b, ev+"\",EventTV=\""...)
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02T15:04:05.000000")+"+0000", "")
	sev := "Error"
	if ev == "SuccessfulAuth" || ev == "ChallengeSent" {
		sev = "Informational"
	}
	service := pick(g, []string{"PJSIP", "PJSIP", "SIP", "AMI"})
	ver := "1"
	if ev == "InvalidPassword" {
		ver = "2"
	}
	b = append(b, "\",Severity=\""+sev+"\",Service=\""+service+"\",EventVersion=\""+ver+"\",AccountID=\""...)
	switch {
	case ev == "InvalidAccountID" && g.pct(70):
		a := pick(g, securityScanAccounts)
		g.keepAt("account", a, "AccountID=\""+a+"\"")
		b = append(b, a...)
	case service == "AMI":
		if g.pct(60) {
			b = g.plant(b, "name", g.personLogin(), "")
		} else {
			b = append(b, "admin"...)
		}
	default:
		switch g.rng.IntN(3) {
		case 0:
			ext := g.num(2100, 2999) // not a year of the event's times
			g.plantAt("phone", ext, "AccountID=\""+ext+"\"")
			b = append(b, ext...)
		case 1:
			b = g.plant(b, "name", g.personLogin(), "")
		default:
			b = g.plant(b, "phone", g.e164(), "")
		}
	}
	b = append(b, "\",SessionID=\""...)
	ip := g.ipv4()
	if service == "PJSIP" {
		// res_pjsip reports the request's Call-ID, a phone's random
		// word and its address.
		cid := g.hexID(20)
		g.keepAt("callid", cid, "SessionID=\""+cid+"@")
		b = append(b, cid+"@"...)
		b = g.plant(b, "ipv4", ip, "")
	} else {
		b = g.keep(b, "hash", "0x7f"+g.hexID(10), "")
	}
	tr := "UDP"
	if service == "AMI" {
		tr = "TCP"
	}
	b = append(b, "\",LocalAddress=\"IPV4/"+tr+"/192.0.2.10/5060\",RemoteAddress=\"IPV4/"+tr+"/"...)
	b = g.plant(b, "ipv4", ip, "")
	port := g.num(10000, 65535)
	b = g.keep(b, "port", port, "/"+port+"\"")
	switch ev {
	case "ChallengeSent":
		b = append(b, ",Challenge=\""...)
		b = g.keep(b, "hash", g.hexID(8), "")
		b = append(b, '"')
	case "ChallengeResponseFailed":
		b = append(b, ",Challenge=\""...)
		b = g.keep(b, "hash", g.hexID(8), "")
		b = append(b, "\",Response=\""...)
		b = g.plant(b, "secret", g.hexID(32), "")
		b = append(b, "\",ExpectedResponse=\"\""...)
	case "InvalidPassword":
		b = append(b, ",Challenge=\""...)
		c := g.hexID(8)
		b = g.keep(b, "hash", c, "")
		b = append(b, "\",ReceivedChallenge=\""+c+"\",ReceivedHash=\""...)
		b = g.plant(b, "secret", g.hexID(32), "")
		b = append(b, '"')
	case "SuccessfulAuth":
		b = append(b, ",UsingPassword=\"1\""...)
	case "FailedACL":
		b = append(b, ",ACLName=\"no_extension_match\""...)
	}
	return Record{Line: b}
}

// radiusAcct returns an ISP's accounting request as FreeRADIUS's detail
// file writes it: the date line, then one tab-indented attribute a line,
// strings quoted, each line its own record.
func (g *gen) radiusAcct() []Record {
	var out []Record
	add := func(line string) {
		out = append(out, Record{Line: []byte(line), Planted: g.plants, Keep: g.keeps})
		g.plants, g.keeps = nil, nil
	}
	date := g.now.UTC().Format("Mon Jan _2 15:04:05 2006")
	g.keepAt("timestamp", date)
	add(date)
	status := pick(g, []string{"Start", "Interim-Update", "Stop"})
	add("\tAcct-Status-Type = " + status)
	mobile := g.pct(50)
	sess := strings.ToUpper(g.hexID(8)) + "-" + strings.ToUpper(g.hexID(8))
	g.keepAt("requestid", sess)
	add("\tAcct-Session-Id = \"" + sess + "\"")
	if mobile {
		n := g.msisdn()
		g.plantAt("phone", n)
		add("\tUser-Name = \"" + n + "\"")
		g.plantAt("phone", n)
		add("\tCalling-Station-Id = \"" + n + "\"")
		add("\tCalled-Station-Id = \"" + pick(g, []string{"internet", "ims", "wap.example.net"}) + "\"")
		imsi := g.imsi()
		g.plantAt("device_id", imsi)
		add("\t3GPP-IMSI = \"" + imsi + "\"")
		imei := g.imei()
		sv := imei[:14] + g.num(10, 99)
		g.plantAt("device_id", sv)
		add("\t3GPP-IMEISV = \"" + sv + "\"")
		add("\tNAS-Port-Type = Virtual")
	} else {
		f, l := g.name()
		var user string
		if g.pct(50) {
			user = g.email(f, l)
			g.plantAt("email", user)
		} else {
			user = g.personLogin()
			g.plantAt("name", user)
		}
		add("\tUser-Name = \"" + user + "\"")
		mac := strings.ToUpper(strings.ReplaceAll(g.mac(), ":", "-"))
		g.plantAt("mac", mac)
		add("\tCalling-Station-Id = \"" + mac + "\"")
		add("\tCalled-Station-Id = \"" + strings.ToUpper(strings.ReplaceAll(g.mac(), ":", "-")) + ":ExampleWiFi\"")
		add("\tNAS-Port-Type = " + pick(g, []string{"Wireless-802.11", "Ethernet"}))
	}
	add("\tNAS-IP-Address = 192.0.2.1")
	add("\tNAS-Identifier = \"bng01.example.net\"")
	ip := g.subscriberIP()
	g.plantAt("ipv4", ip)
	add("\tFramed-IP-Address = " + ip)
	if status != "Start" {
		t := g.num(30, 86400)
		g.keepAt("duration", t, "= "+t)
		add("\tAcct-Session-Time = " + t)
		in := g.num(1000, 900000000)
		g.keepAt("bytes", in)
		add("\tAcct-Input-Octets = " + in)
		o := g.num(1000, 900000000)
		g.keepAt("bytes", o)
		add("\tAcct-Output-Octets = " + o)
	}
	ev := g.now.UTC().Format("Jan _2 2006 15:04:05 UTC")
	g.keepAt("timestamp", ev)
	add("\tEvent-Timestamp = \"" + ev + "\"")
	u := g.hexID(32)
	g.keepAt("hash", u)
	add("\tAcct-Unique-Session-Id = \"" + u + "\"")
	ep := strconv.FormatInt(g.now.Unix(), 10)
	g.keepAt("epoch", ep)
	add("\tTimestamp = " + ep)
	return out
}

// asteriskSecRadius writes one record of the stream's product.
func (g *gen) asteriskSecRadius(st *streamState) Record {
	if st.variant%3 == 2 {
		return g.fromPending(st, g.radiusAcct)
	}
	return g.asteriskSecurity(st)
}
