package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
	"time"
)

// Five telecom and messaging formats written as a held-out test: none of
// them was looked at while the engine's rules were written.
//
//   - whatsapp_cloud_json: WhatsApp Business Platform (Cloud API) webhooks,
//     the messages field: inbound messages (text, location, a shared
//     contact card, a button reply quoting the message it answers) with
//     contacts[].profile.name and wa_id, and status updates (recipient_id,
//     conversation, pricing).
//   - sms_delivery_json: Amazon SNS SMS delivery status logs
//     (DirectPublishToPhoneNumber log group: notification, delivery with
//     destination, mcc, mnc, priceInUSD, dwell times) raw or inside a
//     CloudWatch Logs subscription record (logEvents[].message escaped),
//     and AWS End User Messaging SMS events (originationPhoneNumber,
//     destinationPhoneNumber, messageStatus, totalMessagePrice).
//   - cisco_voice_debug: a Cisco IOS voice gateway's syslog: debug voip
//     ccapi inout (Call Info(Calling Number=…,(Calling Name=…)(TON=…),
//     Called Number=…), the IE subfields cisco-ani=, dest=), debug isdn
//     q931 (Calling Party Number i = 0x…, '…'), and gw-accounting syslog's
//     %VOIPAAA-5-VOIP_CALL_HISTORY (PeerAddress …) and
//     %VOIPAAA-5-VOIP_FEAT_HISTORY (cgn:, cdn:, frm:).
//   - ribbon_sbc_cdr: Ribbon (Sonus) SBC Core accounting STOP records,
//     headerless CSV: record type, gateway, accounting id, ticks, dates,
//     calling, called and billing numbers, route selected, circuit end
//     points, and the quoted SIP protocol variant data (Call-ID, From, To,
//     Request-URI).
//   - yate_cdr: Yate's cdrfile module with tabs (time, billid, chan,
//     address, caller, called, billtime, ringtime, duration, direction,
//     status, reason) and, in odd streams, its comma-separated format with
//     quoted strings.

// waUser is a WhatsApp user as a webhook names them: the wa_id (E.164
// digits without '+') and the profile name they chose.
func (g *gen) waUser() (waID, name string) {
	waID = g.msisdn()
	first, last := g.name()
	switch g.rng.IntN(4) {
	case 0:
		name = first
	case 1:
		name = first + " " + last
	case 2:
		name = first + " " + last[:1] + "."
	default:
		name = first + " " + last
	}
	return waID, name
}

// wamid returns a WhatsApp message id: "wamid." and base64 of a small
// Thrift structure that carries the user's number. The encoded part is
// planted as a form of the number (the scorer reads no base64).
func wamid(g *gen, waID string) string {
	inner := []byte{0x1c, 0x18, byte(len(waID))}
	inner = append(inner, waID...)
	inner = append(inner, 0x15, 0x02, 0x00, 0x12, 0x18, 0x14)
	inner = append(inner, strings.ToUpper(g.hexID(20))...)
	inner = append(inner, 0x00)
	enc := base64.StdEncoding.EncodeToString(inner)
	g.plantAt("phone", waID, enc)
	return "wamid." + enc
}

func (g *gen) whatsappCloud(st *streamState) Record {
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	b = g.js(b, "object", "whatsapp_business_account")
	b = ja(b, "entry")
	b = jo(b, "")
	waba := "1" + g.digits(14)
	b = g.js(b, "id", waba)
	g.keepAt("counter", waba, `"id":"`+waba+`"`)
	b = ja(b, "changes")
	b = jo(b, "")
	b = jo(b, "value")
	b = g.js(b, "messaging_product", "whatsapp")
	b = jo(b, "metadata")
	b = g.js(b, "display_phone_number", "1555"+g.digits(7)) // the business's own number
	pnid := "1" + g.digits(14)
	b = g.js(b, "phone_number_id", pnid)
	g.keepAt("counter", pnid, `"phone_number_id":"`+pnid+`"`)
	b = append(b, '}')
	waID, name := g.waUser()
	ts := strconv.FormatInt(g.now.Unix(), 10)
	if g.pct(35) {
		// A status update for a message the business sent.
		b = ja(b, "statuses")
		b = jo(b, "")
		b = g.js(b, "id", wamid(g, waID))
		status := pick(g, []string{"sent", "delivered", "read", "failed"})
		b = g.js(b, "status", status)
		b = g.js(b, "timestamp", ts)
		g.keepAt("epoch", ts, `"timestamp":"`+ts+`"`)
		b = g.jp(b, "recipient_id", "phone", waID)
		if status == "failed" {
			b = ja(b, "errors")
			b = jo(b, "")
			b = jn(b, "code", "131026")
			b = g.js(b, "title", "Message undeliverable")
			b = append(b, '}', ']')
		} else {
			b = jo(b, "conversation")
			b = g.jk(b, "id", "hash", g.hexID(32))
			if status == "sent" {
				exp := strconv.FormatInt(g.now.Add(24*time.Hour).Unix(), 10)
				b = g.js(b, "expiration_timestamp", exp)
				g.keepAt("epoch", exp, `"expiration_timestamp":"`+exp+`"`)
			}
			b = jo(b, "origin")
			b = g.js(b, "type", pick(g, []string{"service", "utility", "marketing", "authentication"}))
			b = append(b, '}', '}')
			b = jo(b, "pricing")
			b = append(jkey(b, "billable"), "true"...)
			b = g.js(b, "pricing_model", "CBP")
			b = g.js(b, "category", "service")
			b = append(b, '}')
		}
		b = append(b, '}', ']')
	} else {
		b = ja(b, "contacts")
		b = jo(b, "")
		b = jo(b, "profile")
		b = g.jp(b, "name", "name", name)
		b = append(b, '}')
		b = g.jp(b, "wa_id", "phone", waID)
		b = append(b, '}', ']')
		b = ja(b, "messages")
		b = jo(b, "")
		if g.pct(20) {
			// A reply to a message the business sent: context names it.
			b = jo(b, "context")
			b = g.js(b, "from", "1555"+g.digits(7))
			b = g.js(b, "id", wamid(g, waID))
			b = append(b, '}')
		}
		b = g.jp(b, "from", "phone", waID)
		b = g.js(b, "id", wamid(g, waID))
		b = g.js(b, "timestamp", ts)
		g.keepAt("epoch", ts, `"timestamp":"`+ts+`"`)
		switch g.rng.IntN(5) {
		case 0, 1:
			b = g.js(b, "type", "text")
			b = jo(b, "text")
			text, parts := g.waText()
			b = g.js(b, "body", text)
			g.label(parts, jsonEsc)
			b = append(b, '}')
		case 2:
			b = g.js(b, "type", "location")
			b = jo(b, "location")
			s := g.street()
			b = g.jp(b, "address", "address", s)
			lat := "51." + g.digits(6)
			lon := "-0." + g.digits(6)
			b = jn(b, "latitude", lat)
			b = jn(b, "longitude", lon)
			g.plantAt("geo", lat, `"latitude":`+lat)
			g.plantAt("geo", lon, `"longitude":`+lon)
			b = g.js(b, "name", pick(g, []string{"Home", "Office", "Pinned location"}))
			b = append(b, '}')
		case 3:
			b = g.js(b, "type", "contacts")
			b = ja(b, "contacts")
			b = jo(b, "")
			first, last := g.name()
			b = ja(b, "emails")
			b = jo(b, "")
			b = g.jp(b, "email", "email", g.email(first, last))
			b = g.js(b, "type", "HOME")
			b = append(b, '}', ']')
			b = jo(b, "name")
			b = g.jp(b, "first_name", "name", first)
			b = g.jp(b, "last_name", "name", last)
			b = g.jp(b, "formatted_name", "name", first+" "+last)
			b = append(b, '}')
			b = ja(b, "phones")
			b = jo(b, "")
			p := g.phone()
			b = g.jp(b, "phone", "phone", p)
			b = g.js(b, "type", "CELL")
			other := g.msisdn()
			b = g.jp(b, "wa_id", "phone", other)
			b = append(b, '}', ']')
			b = append(b, '}', ']')
		default:
			b = g.js(b, "type", "button")
			b = jo(b, "button")
			b = g.js(b, "payload", pick(g, []string{"CONFIRM_BOOKING", "Yes", "STOP_PROMOTIONS"}))
			b = g.js(b, "text", pick(g, []string{"Confirm", "Yes", "Stop promotions"}))
			b = append(b, '}')
		}
		b = append(b, '}', ']')
	}
	b = append(b, '}') // value
	b = g.js(b, "field", "messages")
	b = append(b, '}', ']', '}', ']', '}')
	return Record{Line: b}
}

// waText is what a customer writes to a business.
func (g *gen) waText() (string, []smsPart) {
	switch g.rng.IntN(5) {
	case 0:
		p := g.phone()
		return "Please call me back on " + p + " after 5pm", []smsPart{{cat: "phone", text: p}}
	case 1:
		e := g.email(g.name())
		return "My email is " + e + ", send the receipt there", []smsPart{{cat: "email", text: e}}
	case 2:
		s := g.street()
		return "Deliver to " + s + " please", []smsPart{{cat: "address", text: s}}
	case 3:
		o := g.num(100000, 999999)
		return "Hi, where is order #" + o + "?", []smsPart{{keep: true, cat: "orderid", text: o}}
	}
	return pick(g, []string{"Hello", "Thanks!", "Is the shop open on Sunday?"}), nil
}

// smsDelivery writes Amazon SNS's SMS delivery status log entries (raw,
// or, in one stream in three, inside a CloudWatch Logs subscription
// record) and AWS End User Messaging SMS events.
func (g *gen) smsDelivery(st *streamState) Record {
	switch st.variant % 3 {
	case 0:
		return Record{Line: g.snsSMSLog(false)}
	case 1:
		inner := g.snsSMSLog(true)
		b := make([]byte, 0, 1200)
		b = append(b, '{')
		b = g.js(b, "messageType", "DATA_MESSAGE")
		acct := "1111" + g.digits(8)
		b = g.js(b, "owner", acct)
		g.keepAt("counter", acct, `"owner":"`+acct+`"`)
		b = g.js(b, "logGroup", "sns/eu-west-1/"+acct+"/DirectPublishToPhoneNumber")
		b = g.jk(b, "logStream", "uuid", g.uuid())
		b = ja(b, "subscriptionFilters")
		b = append(b, `"sms-to-firehose"]`...)
		b = ja(b, "logEvents")
		b = jo(b, "")
		id := g.num(1, 3) + g.digits(55)
		b = g.js(b, "id", id)
		g.keepAt("counter", id, `"id":"`+id+`"`)
		ms := strconv.FormatInt(g.now.UnixMilli(), 10)
		b = jn(b, "timestamp", ms)
		g.keepAt("epoch", ms, `"timestamp":`+ms)
		b = g.js(b, "message", string(inner))
		b = append(b, '}', ']', '}')
		return Record{Line: b}
	}
	b := make([]byte, 0, 900)
	b = append(b, '{')
	status := pick(g, []string{"DELIVERED", "DELIVERED", "SUCCESSFUL", "PENDING", "UNREACHABLE", "CARRIER_BLOCKED"})
	ev := map[string]string{"DELIVERED": "TEXT_DELIVERED", "SUCCESSFUL": "TEXT_SUCCESSFUL", "PENDING": "TEXT_PENDING",
		"UNREACHABLE": "TEXT_UNREACHABLE", "CARRIER_BLOCKED": "TEXT_CARRIER_BLOCKED"}[status]
	b = g.js(b, "eventType", ev)
	b = g.js(b, "eventVersion", "1.0")
	ms := strconv.FormatInt(g.now.UnixMilli(), 10)
	b = jn(b, "eventTimestamp", ms)
	g.keepAt("epoch", ms, `"eventTimestamp":`+ms)
	b = append(jkey(b, "isFinal"), strconv.FormatBool(status != "PENDING")...)
	b = g.js(b, "originationPhoneNumber", "+1206555"+g.digits(4)) // the sender's own long code
	dest := g.e164()
	b = g.jp(b, "destinationPhoneNumber", "phone", dest)
	b = g.js(b, "isoCountryCode", pick(g, []string{"US", "GB", "DE", "UA"}))
	b = append(jkey(b, "isInternationalSend"), "false"...)
	mcc, mnc := g.num(200, 750), g.num(1, 99)
	b = g.js(b, "mcc", mcc)
	b = g.js(b, "mnc", mnc)
	g.keepAt("counter", mcc, `"mcc":"`+mcc+`"`)
	b = g.jk(b, "messageId", "uuid", g.uuid())
	req := strconv.FormatInt(g.now.Add(-2*time.Second).UnixMilli(), 10)
	b = jn(b, "messageRequestTimestamp", req)
	g.keepAt("epoch", req, `"messageRequestTimestamp":`+req)
	b = g.js(b, "messageEncoding", "GSM")
	b = g.js(b, "messageType", "TRANSACTIONAL")
	b = g.js(b, "messageStatus", status)
	b = g.js(b, "messageStatusDescription", "Message has been accepted by phone")
	b = jn(b, "totalMessageParts", "1")
	price := "0.00" + g.digits(3)
	b = jn(b, "totalMessagePrice", price)
	g.keepAt("price", price, `"totalMessagePrice":`+price)
	b = jn(b, "totalCarrierFee", "0.00"+g.digits(3))
	b = jo(b, "context")
	b = g.js(b, "campaign", pick(g, []string{"otp", "order-updates", "reminders"}))
	if g.pct(40) {
		first, last := g.name()
		b = g.jp(b, "customer_email", "email", g.email(first, last))
	}
	b = append(b, '}', '}')
	return Record{Line: b}
}

// snsSMSLog is one entry of SNS's DirectPublishToPhoneNumber log group;
// inner says the entry will be JSON-escaped once more inside a
// CloudWatch Logs record, so that its labels carry that form.
func (g *gen) snsSMSLog(inner bool) []byte {
	enc := func(s string) string { return s }
	if inner {
		enc = jsonEsc
	}
	b := make([]byte, 0, 600)
	b = append(b, '{')
	b = jo(b, "notification")
	mid := g.uuid()
	b = g.js(b, "messageId", mid)
	g.keepAt("uuid", mid)
	ts := g.now.Format("2006-01-02 15:04:05.000")
	b = g.js(b, "timestamp", ts)
	g.keepAt("timestamp", ts)
	b = append(b, '}')
	b = jo(b, "delivery")
	ok := g.pct(80)
	if ok {
		b = g.js(b, "phoneCarrier", pick(g, []string{"Vodafone UK", "T-Mobile", "Kyivstar", "Telekom Deutschland"}))
	}
	mnc, mcc := g.num(1, 999), g.num(200, 750)
	if !ok {
		mnc, mcc = "0", "0"
	}
	b = jn(b, "mnc", mnc)
	dest := g.e164()
	b = g.js(b, "destination", dest)
	g.plantAt("phone", dest)
	price := "0.00" + g.digits(3)
	b = jn(b, "priceInUSD", price)
	g.keepAt("price", price, enc(`"priceInUSD":`+price))
	b = g.js(b, "smsType", pick(g, []string{"Transactional", "Promotional"}))
	b = jn(b, "mcc", mcc)
	resp := "Message has been accepted by phone carrier"
	if !ok {
		resp = pick(g, []string{"Unknown error attempting to reach phone", "Phone carrier has blocked this message", "Phone is currently unreachable/unavailable"})
	}
	b = g.js(b, "providerResponse", resp)
	dw := g.num(100, 3000)
	b = jn(b, "dwellTimeMs", dw)
	g.keepAt("duration", dw, enc(`"dwellTimeMs":`+dw))
	b = jn(b, "dwellTimeMsUntilDeviceAck", g.num(3001, 9000))
	b = append(b, '}')
	st := "SUCCESS"
	if !ok {
		st = "FAILURE"
	}
	b = g.js(b, "status", st)
	return append(b, '}')
}

// ciscoTS is the IOS timestamp of "service timestamps debug datetime msec".
func (g *gen) ciscoTS() string {
	return "*" + g.now.Format("Jan _2 15:04:05.000")
}

// ciscoVoiceDebug writes a voice gateway's syslog: ccapi and q931 debugs
// and gw-accounting syslog's call history.
func (g *gen) ciscoVoiceDebug(st *streamState) Record {
	seq := strconv.Itoa(10000 + st.n)
	head := "<191>" + seq + ": gw1-hq: " + g.ciscoTS() + ": "
	if st.variant%2 == 1 {
		head = g.now.Format("Jan _2 15:04:05") + " 192.0.2.1 " + seq + ": " + g.ciscoTS() + ": "
	}
	callID := g.num(10, 9999)
	guid := strings.ToUpper(g.hexID(12)) // the call's short GUID, in the ccapi debugs' header
	// The calling party: an outside number or an extension; the called
	// party the other.
	outside := g.sipNumber()
	outside = strings.TrimPrefix(outside, "+")
	ext := g.sipExt()
	calling, called := outside, ext
	if g.pct(40) {
		calling, called = ext, outside
	}
	first, last := g.name()
	cname := first + " " + last
	b := []byte(head)
	switch g.rng.IntN(6) {
	case 0:
		g.keepAt("requestid", guid)
		b = append(b, "//-1/"+guid+"/CCAPI/cc_api_call_setup_ind_common:    Interface=0x"+strings.ToUpper(g.hexID(8))+", Call Info(    Calling Number="...)
		b = append(b, calling...)
		b = append(b, ",(Calling Name="...)
		if g.pct(60) {
			b = append(b, cname...)
			g.plantAt("name", cname)
		}
		b = append(b, ")(TON=National, NPI=ISDN, Screening=Network, Presentation=Allowed),    Called Number="...)
		b = append(b, called...)
		b = append(b, "(TON=Unknown, NPI=Unknown),    Calling Translated=FALSE, Subscriber Type Str=Unknown, FinalDestinationFlag=TRUE,    Incoming Dial-peer=100, Progress Indication=NULL(0), Calling IE Present=TRUE,    Source Trkgrp Route Label=, Target Trkgrp Route Label=, CLID Transparent=FALSE), Call Id="...)
		b = append(b, callID...)
		g.plantAt("phone", calling, "Calling Number="+calling+",")
		g.plantAt("phone", called, "Called Number="+called+"(")
		g.keepAt("counter", callID, "Call Id="+callID)
	case 1:
		g.keepAt("requestid", guid)
		b = append(b, "//"+callID+"/"+guid+"/CCAPI/ccIFCallSetupRequestPrivate:    Interface=0x"+strings.ToUpper(g.hexID(8))+", Interface Type=3, Destination=, Mode=0x0,    Call Params(Calling Number="...)
		b = append(b, calling...)
		b = append(b, ",(Calling Name=)(TON=Unknown, NPI=Unknown, Screening=Not Screened, Presentation=Allowed),    Called Number="...)
		b = append(b, called...)
		b = append(b, "(TON=Unknown, NPI=Unknown), Calling Translated=FALSE,    Subscriber Type Str=Unknown, FinalDestinationFlag=TRUE, Outgoing Dial-peer=200, Call Count On=FALSE,    Source Trkgrp Route Label=, Target Trkgrp Route Label=, tg_label_flag=0, Application Call Id=)"...)
		g.plantAt("phone", calling, "Calling Number="+calling+",")
		g.plantAt("phone", called, "Called Number="+called+"(")
	case 2:
		g.keepAt("requestid", guid)
		b = append(b, "//"+callID+"/"+guid+"/CCAPI/cc_api_display_ie_subfields:    cc_api_call_setup_ind_common:    cisco-username="...)
		b = append(b, calling...)
		b = append(b, "    ----- ccCallInfo IE subfields -----    cisco-ani="...)
		b = append(b, calling...)
		b = append(b, "    cisco-anitype=0    cisco-aniplan=0    cisco-anipi=0    cisco-anisi=1    dest="...)
		b = append(b, called...)
		b = append(b, "    cisco-desttype=0    cisco-destplan=0    cisco-rdie=FFFFFFFF    cisco-rdn=    cisco-rdntype=0    cisco-rdnplan=0    cisco-rdnpi=-1    cisco-rdnsi=-1    cisco-redirectreason=-1   fwd_final_type =0    final_redirectNumber =    hunt_group_timeout =0"...)
		g.plantAt("phone", calling, "cisco-username="+calling+" ", "cisco-ani="+calling+" ")
		g.plantAt("phone", called, "dest="+called+" ")
	case 3:
		// debug isdn q931: the message line, then its information
		// elements, each a line of its own in the buffer.
		cr := "0x" + strings.ToUpper(g.hexID(4))
		g.keepAt("counter", cr)
		b = append(b, "ISDN Se0/1/0:23 Q931: RX <- SETUP pd = 8  callref = "+cr+"        Bearer Capability i = 0x8090A2                Standard = CCITT                Transfer Capability = Speech                  Transfer Mode = Circuit                Transfer Rate = 64 kbit/s        Channel ID i = 0xA98381                Exclusive, Channel 1        Calling Party Number i = 0x2183, '"...)
		b = append(b, outside...)
		b = append(b, "'                Plan:ISDN, Type:National        Called Party Number i = 0xC1, '"...)
		did := "2125550" + g.digits(3)
		b = append(b, did...)
		b = append(b, "'                Plan:ISDN, Type:Subscriber(local)"...)
		g.plantAt("phone", outside, "'"+outside+"'")
		g.plantAt("phone", did, "'"+did+"'")
	case 4:
		connID := strings.ToUpper(g.hexID(32))
		g.keepAt("uuid", connID)
		setup := g.now.Add(-time.Duration(30+g.rng.IntN(600)) * time.Second)
		f := func(t time.Time) string { return "*" + t.Format("15:04:05.000") + " UTC " + t.Format("Mon Jan 2 2006") }
		tx, rx := g.num(100, 90000), g.num(100, 90000)
		b = append(b, "%VOIPAAA-5-VOIP_CALL_HISTORY: CallLegType "+pick(g, []string{"1", "3"})+", ConnectionId "+connID+", SetupTime "+f(setup)+", PeerAddress "...)
		b = append(b, outside...)
		b = append(b, ", PeerSubAddress , DisconnectCause 10  , DisconnectText normal call clearing (16), ConnectTime "+f(setup.Add(4*time.Second))+", DisconnectTime "+f(g.now)+", CallOrigin "+pick(g, []string{"1", "2"})+", ChargedUnits 0, InfoType 2, TransmitPackets "+tx+", TransmitBytes "+g.num(1000, 9000000)+", ReceivePackets "+rx+", ReceiveBytes "+g.num(1000, 9000000)...)
		g.plantAt("phone", outside, "PeerAddress "+outside+",")
		g.keepAt("counter", tx, "TransmitPackets "+tx+",")
	default:
		t := g.now.Format("01/02/2006 15:04:05.000")
		b = append(b, "%VOIPAAA-5-VOIP_FEAT_HISTORY: FEAT_VSA=fn:"+pick(g, []string{"TWC", "TBCT", "FWD"})+",ft:"+t+",cgn:"...)
		b = append(b, calling...)
		b = append(b, ",cdn:"...)
		b = append(b, called...)
		b = append(b, ",frs:0,fid:"+g.num(1, 99)+",fcid:"+strings.ToUpper(g.hexID(32))+",legID:"+g.num(1, 99)+",frm:"...)
		b = append(b, ext...)
		b = append(b, ",bguid:"+strings.ToUpper(g.hexID(32))...)
		g.plantAt("phone", calling, "cgn:"+calling+",")
		g.plantAt("phone", called, "cdn:"+called+",")
		g.plantAt("phone", ext, "frm:"+ext+",")
		g.keepAt("timestamp", t)
	}
	return Record{Line: b}
}

// ribbonSTOP writes a Ribbon SBC Core STOP accounting record.
func (g *gen) ribbonSTOP(st *streamState) Record {
	ticks := func(n int) string { return strconv.Itoa(n) }
	acct := "0x" + strings.ToUpper(g.hexID(16))
	start := g.now.Add(-time.Duration(30+g.rng.IntN(900)) * time.Second)
	dur := 100 * (5 + g.rng.IntN(900)) // 10 ms ticks
	calling := strings.TrimPrefix(g.e164(), "+")
	called := g.sipNumber()
	if called[0] == '+' {
		called = called[1:]
	}
	dialled := "9" + called
	ext := g.sipExt()
	pbx := g.ipv4()
	callIDHost := g.hexID(16) + "@" + pbx
	tag := g.sipTag()
	f := []string{
		"STOP", "SBC-LON-01", acct, g.num(100000000, 999999999), "(UTC) Coordinated Universal Time",
		start.Format("01/02/2006"), start.Format("15:04:05") + ".0", ticks(g.rng.IntN(9)), ticks(100 + g.rng.IntN(900)), ticks(300 + g.rng.IntN(3000)),
		g.now.Format("01/02/2006"), g.now.Format("15:04:05") + ".0", ticks(g.rng.IntN(9)), ticks(dur), "16", "1", "2", "", "",
		calling, called, "", "1", dialled, "1", "", "", calling, "RL_PSTN_OUT", "1", "IPTG_CARRIER_A:198.51.100.20",
		"198.51.100.10", "198.51.100.20", "TG_PBX_HQ", "", pbx + ":5060/198.51.100.10:5060", "", "198.51.100.10:5060/198.51.100.20:5060",
	}
	g.keepAt("requestid", acct, ","+acct+",")
	g.keepAt("duration", ticks(dur), ","+ticks(dur)+",")
	// Numbers of eleven digits and more, looked for as they are (the
	// calling number is the billing number too, in the next column).
	g.plantAt("phone", calling)
	g.plantAt("phone", called)
	g.plantAt("phone", dialled)
	g.plantAt("ipv4", pbx)
	from := "<sip:" + ext + "@" + pbx + ">;tag=" + tag
	if g.pct(50) {
		first, last := g.name()
		from = "\"\"" + first + " " + last + "\"\" " + from
		g.plantAt("name", first+" "+last)
	}
	to := "<sip:" + called + "@sbc.example.net>"
	variant := `"SIP,` + callIDHost + "," + from + "," + to + ",0,,,,sip:" + called + "@198.51.100.10:5060;user=phone,,,,," + `"`
	g.plantAt("phone", ext, "sip:"+ext+"@")
	f = append(f, variant, "3", "", "", "", "1", "0", "0", "", "", ticks(g.rng.IntN(5000)), "G711U", "20", "0x00000000",
		g.num(1000, 90000), g.num(1000, 90000), g.num(100000, 9000000), g.num(100000, 9000000))
	return Record{Line: []byte(strings.Join(f, ","))}
}

// yateCDR writes a line of Yate's cdrfile.
func (g *gen) yateCDR(st *streamState) Record {
	t := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(3)
	billid := strconv.FormatInt(Start.Unix(), 10) + "-" + strconv.Itoa(1+st.n)
	chanN := strconv.Itoa(100 + st.n)
	ch := pick(g, []string{"sip/", "iax/", "h323/"}) + chanN
	addr := g.ipv4() + ":" + pick(g, []string{"5060", "5062", "4569"})
	var caller, called string
	if g.pct(50) {
		caller, called = g.sipExt(), strings.TrimPrefix(g.sipNumber(), "+")
	} else {
		caller, called = strings.TrimPrefix(g.sipNumber(), "+"), g.sipExt()
	}
	ring := g.rng.IntN(20000)
	bill := 0
	status, reason := "answered", ""
	switch g.rng.IntN(5) {
	case 0:
		status, reason = "rejected", "busy"
	case 1:
		status, reason = "ringing", "noanswer"
	default:
		bill = 1000 + g.rng.IntN(900000)
	}
	sec := func(ms int) string { return strconv.Itoa(ms/1000) + "." + strconv.Itoa(1000 + ms%1000)[1:] }
	fields := []string{t, billid, ch, addr, caller, called, sec(bill), sec(ring), sec(bill + ring),
		pick(g, []string{"incoming", "outgoing"}), status, reason}
	g.keepAt("epoch", t)
	g.keepAt("channel", ch)
	g.keepAt("requestid", billid)
	g.plantAt("ipv4", strings.Split(addr, ":")[0])
	if bill+ring > 0 {
		d := sec(bill + ring)
		g.keepAt("duration", d)
	}
	sep := "\t"
	if st.variant%2 == 1 {
		sep = ","
		for _, i := range []int{1, 2, 3, 4, 5, 9, 10, 11} {
			fields[i] = `"` + fields[i] + `"`
		}
		g.plantAt("phone", caller, `"`+caller+`"`)
		g.plantAt("phone", called, `"`+called+`"`)
	} else {
		g.plantAt("phone", caller, "\t"+caller+"\t")
		g.plantAt("phone", called, "\t"+called+"\t")
	}
	return Record{Line: []byte(strings.Join(fields, sep))}
}
