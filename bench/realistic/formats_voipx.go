package realistic

import (
	"strconv"
	"strings"
	"time"
)

// PBX call records in fixed-width columns (Mitel's SMDR, Avaya
// Communication Manager's CDR) and CPaaS voice and messaging callbacks
// (Plivo, Vonage, Bandwidth).

// zpad returns the decimal n zero-filled to w digits.
func zpad(n, w int) string {
	s := strconv.Itoa(n)
	if len(s) < w {
		s = strings.Repeat("0", w-len(s)) + s
	}
	return s
}

// mitelSMDR is a record of Mitel's Station Message Detail Recording
// (MiVoice Business System Administration Tool help, "SMDR record
// formats"; the SX-200 and SX-2000 SMDR references): fixed columns, no
// header. Column 1 is the long-call flag (blank, '-' for 5 to 9 minutes,
// '%' for 10 to 29, '+' for 30 and more); 2-6 the date mm/dd; 8-13 the
// start time hh:mm and 'P' after noon (or a blank on a 24-hour system);
// 15-22 the duration hh:mm:ss; 24-27 the calling party (an extension, or
// Tnnn for a trunk); 28 the attendant flag '*'; 30-32 the time to answer
// in seconds ('***' when no one answered); 34-59 the digits dialled on the
// trunk (for an incoming call the caller's number the trunk delivered);
// 60 the call completion status (A answered, B busy, E caller error, T
// toll-denied, I incoming, U unanswered); 61 the speed call or forward
// flag (S, F); 63-66 the called party (Tnnn for a trunk on an outgoing
// call, the answering extension on an incoming one); 67 the transfer or
// conference flag (T, X, C); 69-72 the third party; 74-85 the account
// code; 87-89 the system identifier. With "Extended Digit Length" on
// (every other stream) the party columns are 7 wide.
func (g *gen) mitelSMDR(st *streamState) Record {
	w := 4
	if st.variant%2 == 1 {
		w = 7
	}
	party := func() string {
		if w == 7 && g.pct(40) {
			return "44" + g.num(10, 99) + g.digits(3) // a 7-digit extension of a cluster
		}
		return g.sipExt()
	}
	trunk := "T" + zpad(1+g.rng.IntN(200), 3)
	ext := party()
	g.plantAt("phone", ext)
	talk := g.rng.IntN(3600)
	flag := " "
	switch m := talk / 60; {
	case m >= 30:
		flag = "+"
	case m >= 10:
		flag = "%"
	case m >= 5:
		flag = "-"
	}
	date := g.now.Format("01/02")
	g.keepAt("timestamp", date)
	start := g.now.Format("15:04") + " "
	if st.variant%3 != 2 {
		start = g.now.Format("03:04") + " "
		if g.now.Hour() >= 12 {
			start = start[:5] + "P"
		}
	}
	g.keepAt("timestamp", strings.TrimSpace(start))
	dur := two(talk/3600) + ":" + two(talk/60%60) + ":" + two(talk%60)
	g.keepAt("duration", dur)
	var calling, called, dialled, status, answer string
	attd := " "
	switch k := g.rng.IntN(10); {
	case k < 5: // outgoing on a trunk
		calling, called = ext, trunk
		g.keepAt("channel", trunk)
		dialled = g.dialled()
		g.plantAt("phone", dialled)
		status = pick(g, []string{"A", "A", "A", "B", "E", "T"})
		answer = "   "
	case k < 9: // incoming on a trunk
		calling, called = trunk, ext
		g.keepAt("channel", trunk)
		if g.pct(80) {
			dialled = g.sipNumber()
			dialled = strings.TrimPrefix(dialled, "+")
			g.plantAt("phone", dialled)
		}
		status = "I"
		if g.pct(20) {
			answer, status = "***", "U"
		} else {
			answer = zpad(g.rng.IntN(40), 3)
			g.keepAt("duration", answer, " "+answer+" ")
		}
		if g.pct(15) {
			attd = "*"
		}
	default: // station to station
		other := party()
		g.plantAt("phone", other)
		calling, called, status, answer = ext, other, "A", "   "
	}
	speed := " "
	if status != "I" && status != "U" && g.pct(10) {
		speed = "S"
	}
	xfer, third := " ", ""
	if g.pct(12) {
		xfer = pick(g, []string{"T", "X", "C"})
		third = party()
		g.plantAt("phone", third)
	}
	acct := ""
	if status != "I" && status != "U" && g.pct(25) {
		acct = g.digits(4 + g.rng.IntN(5)) // a billing code: unlabelled
	}
	sys := zpad(1+g.rng.IntN(20), 3)
	g.keepAt("counter", sys, " "+sys)
	var b strings.Builder
	b.WriteString(flag + date + " " + start + " " + dur + " ")
	b.WriteString(pad(calling, w) + attd + " " + answer + " " + pad(dialled, 26) + status + speed + " ")
	b.WriteString(pad(called, w) + xfer + " " + pad(third, w) + " " + pad(acct, 12) + " " + sys)
	g.glued(b.String())
	return Record{Line: []byte(b.String())}
}

// avayaCDR is a call record of Avaya Aura Communication Manager's Call
// Detail Recording (Feature Description and Implementation, "Call Detail
// Recording": the CDR System Parameters screen, record formats). Even
// streams use a customized format of the fields the screen offers, each at
// its documented length and separated by one-space fields: date (mmddyy),
// time (hhmm), sec-dur (seconds, 5 digits), cond-code, code-dial,
// code-used, dialed-num (18), calling-num (15), acct-code (15), auth-code
// (13), in-trk-code, frl, in-crt-id, out-crt-id, vdn. Odd streams the
// unformatted format, whose fields follow each other without separators:
// time, duration (hmmt: hours, minutes, tenths of a minute), cond-code,
// code-dial, code-used, dialed-num (15), calling-num (10), acct-code
// (5), auth-code (7), two spaces, frl, in-crt-id, out-crt-id,
// feat-flag, attd-console, in-trk-code, node-num, ins, ixc-code, bcc,
// ma-uui, res-flag.
//
// The condition codes are the documented ones (0 intraswitch, 7 an
// outgoing call routed by ARS, 9 an incoming call, A an outgoing call
// without ARS, C a conference). An outgoing call's dialed-num holds the
// number dialled, its calling-num the extension; an incoming call's
// dialed-num the extension called (or a VDN) and its calling-num the
// caller's number the trunk delivered. The authorization code is a
// credential (planted as a secret); the account code a billing code
// (unlabelled).
func (g *gen) avayaCDR(st *streamState) Record {
	ext := avayaExt(g)
	g.plantAt("phone", ext)
	cond, dial, used, dialled, calling, inTrk, inCrt, outCrt, vdn := "", "", "", "", "", "", "", "", ""
	tac := strconv.Itoa(101 + g.rng.IntN(30)) // a trunk access code
	crt := zpad(1+g.rng.IntN(99), 3)
	switch k := g.rng.IntN(10); {
	case k < 5:
		cond = pick(g, []string{"7", "7", "A"})
		dial, used = "9", tac
		if cond == "A" {
			dial = tac
		}
		dialled, calling = g.dialled(), ext
		g.plantAt("phone", dialled)
		outCrt = crt
	case k < 9:
		cond = "9"
		dialled = ext
		if g.pct(25) {
			// A vector directory number: a call centre's routing
			// target, no one's line, but of an extension's shape in
			// a column a layout may put anywhere: unlabelled.
			vdn = strconv.Itoa(39000 + g.rng.IntN(999))
			dialled = vdn
			g.plants = g.plants[:len(g.plants)-1]
		}
		if g.pct(85) {
			calling = strings.TrimPrefix(g.sipNumber(), "+")
			if len(calling) > 15 {
				calling = calling[:15]
			}
			if st.variant%2 == 1 && len(calling) > 10 {
				calling = calling[len(calling)-10:] // the unformatted record's 10 columns: the last ten digits
			}
			g.plantAt("phone", calling)
		}
		inTrk, inCrt = tac, crt
	default:
		cond = pick(g, []string{"0", "C"})
		other := avayaExt(g)
		g.plantAt("phone", other)
		dialled, calling = other, ext
	}
	secs := g.rng.IntN(5400)
	acct, auth := "", ""
	if cond == "7" || cond == "A" {
		if g.pct(30) {
			acct = g.digits(4 + g.rng.IntN(3))
		}
		if g.pct(30) {
			if st.variant%2 == 1 {
				auth = g.digits(7)
			} else {
				auth = g.digits(4 + g.rng.IntN(10)) // 4 to 13 digits
			}
			g.plantAt("secret", auth)
		}
	}
	frl := strconv.Itoa(g.rng.IntN(8))
	if inTrk != "" {
		g.keepAt("channel", inTrk)
	}
	if used != "" {
		g.keepAt("channel", used)
	}
	var b strings.Builder
	if st.variant%2 == 0 {
		for _, c := range []string{inCrt, outCrt} {
			if c != "" {
				g.keepAt("counter", c, " "+c)
			}
		}
		date := g.now.Format("010206")
		hhmm := g.now.Format("1504")
		sd := zpad(secs, 5)
		g.keepAt("timestamp", date)
		g.keepAt("timestamp", hhmm)
		g.keepAt("duration", sd)
		for i, f := range []string{date, hhmm, sd, cond, pad(dial, 4), pad(used, 4), pad(dialled, 18), pad(calling, 15),
			pad(acct, 15), pad(auth, 13), pad(inTrk, 4), frl, pad(inCrt, 3), pad(outCrt, 3), pad(vdn, 5)} {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(f)
		}
		return Record{Line: []byte(strings.TrimRight(b.String(), " "))}
	}
	hhmm := g.now.Format("1504")
	g.keepAt("timestamp", hhmm)
	tenths := secs / 6
	d := strconv.Itoa(tenths/600) + zpad(tenths/10%60, 2) + strconv.Itoa(tenths%10)
	g.keepAt("duration", d, hhmm+d)
	if len(acct) > 5 {
		acct = acct[:5]
	}
	attd, node := "  ", "  "
	b.WriteString(hhmm + d + cond + pad(dial, 4) + pad(used, 4) + pad(dialled, 15) + pad(calling, 10) + pad(acct, 5) + pad(auth, 7) + "  ")
	b.WriteString(frl + pad(inCrt, 3) + pad(outCrt, 3) + "0" + attd + pad(inTrk, 4) + node + "   " + "   " + "0" + "0" + "0")
	g.glued(b.String())
	return Record{Line: []byte(b.String())}
}

// glued labels each planted value that line holds only glued to its
// neighbour column (a dialled number that fills its column, then the
// calling number; a party and the transfer flag after it) by the whole
// run of letters and digits it is part of: that run is what reveals it.
func (g *gen) glued(line string) {
	for k, v := range g.plants {
		if anyIn([]string{line}, v.candidates(), containsWord) {
			continue
		}
		i := strings.Index(line, v.Text)
		if i < 0 {
			continue
		}
		s, e := i, i+len(v.Text)
		for s > 0 && alnum(line[s-1]) {
			s--
		}
		for e < len(line) && alnum(line[e]) {
			e++
		}
		g.plants[k].Forms = []string{line[s:e]}
	}
}

// avayaExt returns a five-digit extension, as Communication Manager's dial
// plans commonly have them (never a time of day, which the records write
// as hhmm).
func avayaExt(g *gen) string { return strconv.Itoa(40000 + g.rng.IntN(9999)) }

// plivoForm is a request of Plivo's voice callbacks (answer_url,
// hangup_url, ring_url: Plivo's Voice API, "Call status callbacks" and
// the Hangup callback's parameters) or its message status callback
// (Messaging API, "Message status callbacks"), form-encoded as Plivo posts
// them: From and To as E.164 digits without '+' or as SIP URIs of a
// Plivo endpoint (sip:alice12345@phone.plivo.com), CallerName (the CNAM or
// the endpoint's), CallUUID, RequestUUID and ALegUUID (UUIDs), Direction,
// CallStatus, Event, HangupCause and HangupCauseCode, Duration and
// BillDuration (seconds), BillRate and TotalCost, StartTime, AnswerTime
// and EndTime ("YYYY-MM-DD hh:mm:ss"), ParentAuthID (the account's Auth
// ID: an account identifier, unlabelled); a message's MessageUUID,
// Status, Units, TotalRate, TotalAmount, MCC and MNC, ErrorCode.
func (g *gen) plivoForm(st *streamState) Record {
	type kv struct{ k, v, cat string }
	var kvs []kv
	number := func() string { return strings.TrimPrefix(g.e164(), "+") }
	authID := "MA" + strings.ToUpper(g.chars(18, "abcdefghijklmnopqrstuvwxyz0123456789"))
	if g.pct(70) {
		from, to := number(), number()
		var fromName string
		if g.pct(30) {
			first, last := g.name()
			login := strings.ToLower(ascii(first)) + g.digits(5)
			from = "sip:" + login + "@phone.plivo.com"
			fromName = first + " " + last
		} else if g.pct(50) {
			first, last := g.name()
			fromName = strings.ToUpper(ascii(first + " " + last))
		} else {
			fromName = from // no CNAM: Plivo repeats the number
		}
		callUUID := g.uuid()
		dir := pick(g, []string{"inbound", "outbound"})
		event := pick(g, []string{"StartApp", "Ring", "Hangup", "Hangup"})
		start := g.now.Format("2006-01-02 15:04:05")
		kvs = append(kvs, kv{"Direction", dir, ""}, kv{"From", from, "phone"}, kv{"CallerName", fromName, "name"},
			kv{"BillRate", "0.00" + g.num(100, 999), "price"}, kv{"To", to, "phone"}, kv{"CallUUID", callUUID, "uuid"},
			kv{"CallStatus", map[string]string{"StartApp": "in-progress", "Ring": "ringing", "Hangup": "completed"}[event], ""},
			kv{"Event", event, ""}, kv{"ParentAuthID", authID, ""}, kv{"StartTime", start, "timestamp"})
		if dir == "outbound" {
			kvs = append(kvs, kv{"RequestUUID", g.uuid(), "uuid"}, kv{"ALegUUID", g.uuid(), "uuid"}, kv{"ALegRequestUUID", g.uuid(), "uuid"})
		}
		if event == "Hangup" {
			d := g.rng.IntN(1800)
			cause := pick(g, [][3]string{{"NORMAL_CLEARING", "4000", "Normal Hangup"}, {"USER_BUSY", "3010", "Busy Line"}, {"NO_ANSWER", "3000", "No Answer"}})
			kvs = append(kvs, kv{"Duration", strconv.Itoa(d), "duration"}, kv{"BillDuration", strconv.Itoa((d + 59) / 60 * 60), "duration"},
				kv{"HangupCause", cause[0], ""}, kv{"HangupCauseCode", cause[1], "status"}, kv{"HangupCauseName", cause[2], ""},
				kv{"HangupSource", pick(g, []string{"Caller", "Callee", "Plivo"}), ""},
				kv{"AnswerTime", g.now.Add(time.Duration(g.rng.IntN(20)) * time.Second).Format("2006-01-02 15:04:05"), "timestamp"},
				kv{"EndTime", g.now.Add(time.Duration(d+20) * time.Second).Format("2006-01-02 15:04:05"), "timestamp"},
				kv{"TotalCost", "0.0" + g.digits(4), "price"}, kv{"SessionStart", g.now.Format("2006-01-02 15:04:05.000000"), "timestamp"})
		}
		if strings.HasPrefix(from, "sip:") {
			// The endpoint's username: a login made of its user's name.
			user := from[4:strings.IndexByte(from, '@')]
			g.plantAt("name", user, pctEnc(user, true, false))
		}
	} else {
		from, to := number(), number()
		if g.pct(40) {
			from = pick(g, []string{"ExampleCo", "ACMEBANK", "Plivo"}) // an alphanumeric sender id
		}
		units := 1 + g.rng.IntN(3)
		kvs = append(kvs, kv{"MessageUUID", g.uuid(), "uuid"}, kv{"To", to, "phone"}, kv{"From", from, ""},
			kv{"Status", pick(g, []string{"queued", "sent", "delivered", "undelivered", "failed"}), ""},
			kv{"Units", strconv.Itoa(units), ""}, kv{"TotalRate", "0.00" + g.num(100, 999), "price"},
			kv{"TotalAmount", "0.0" + g.digits(4), "price"}, kv{"MessageTime", g.now.Format("2006-01-02 15:04:05"), "timestamp"},
			kv{"ParentMessageUUID", g.uuid(), "uuid"}, kv{"PartInfo", "1 of " + strconv.Itoa(units), ""},
			kv{"ErrorCode", pick(g, []string{"", "", "200", "30"}), ""}, kv{"MCC", pick(g, []string{"310", "234", "262", "255"}), ""},
			kv{"MNC", pick(g, []string{"260", "15", "01", "03"}), ""})
		if from != "" && from[0] >= '0' && from[0] <= '9' {
			kvs[2].cat = "phone"
		}
	}
	var sb strings.Builder
	for i, p := range kvs {
		if i > 0 {
			sb.WriteByte('&')
		}
		v := pctEnc(p.v, true, false)
		sb.WriteString(p.k + "=" + v)
		switch p.cat {
		case "":
		case "uuid", "price", "timestamp", "duration", "status":
			g.keepAt(p.cat, p.v, v)
		case "name":
			if p.v != "" && (p.v[0] < '0' || p.v[0] > '9') {
				g.plantAt(p.cat, p.v, v)
			}
		case "phone":
			if strings.HasPrefix(p.v, "sip:") {
				continue // its user labelled above
			}
			g.plantAt(p.cat, p.v, v)
		default:
			g.plantAt(p.cat, p.v, v)
		}
	}
	return Record{Line: []byte(sb.String())}
}

// voiceEventsJSON is a CPaaS callback body as the receiving application
// logs it. Even streams: Vonage's Voice API event webhook (Voice API
// reference, "Event webhook"): from, to (E.164 digits without '+', or a
// SIP URI for a SIP endpoint), uuid, conversation_uuid ("CON-" and a
// UUID), status (started, ringing, answered, completed, busy...),
// direction, timestamp; a completed call's start_time, end_time,
// duration (a string of seconds), rate, price, network and
// disconnected_by. Odd streams: Bandwidth's Messaging API callbacks
// (message-sending, message-delivered, message-failed, message-received:
// an array of events with type, time, description, to and message: id,
// owner, applicationId, time, segmentCount, direction, to[], from, text,
// tag). Planted: numbers, SIP users, the text of an inbound message when
// it names a person; kept: uuids, message ids, application ids,
// timestamps, durations, prices, network codes.
func (g *gen) voiceEventsJSON(st *streamState) Record {
	b := make([]byte, 0, 800)
	if st.variant%2 == 0 {
		b = append(b, '{')
		party := func(key string) {
			if g.pct(15) {
				first, _ := g.name()
				user := strings.ToLower(ascii(first)) + "." + g.digits(3)
				b = g.js(b, key, "sip:"+user+"@sip.example.com")
				g.plantAt("name", user, user+"@")
				return
			}
			b = g.jp(b, key, "phone", strings.TrimPrefix(g.e164(), "+"))
		}
		party("from")
		party("to")
		b = g.jk(b, "uuid", "uuid", g.hexID(32))
		b = g.jk(b, "conversation_uuid", "uuid", "CON-"+g.uuid())
		status := pick(g, []string{"started", "ringing", "answered", "completed", "completed", "busy", "timeout"})
		b = g.js(b, "status", status)
		b = g.js(b, "direction", pick(g, []string{"inbound", "outbound"}))
		ts := g.now.Format("2006-01-02T15:04:05.000Z")
		b = g.jk(b, "timestamp", "timestamp", ts)
		if status == "completed" {
			d := g.rng.IntN(1800)
			b = g.jk(b, "start_time", "timestamp", g.now.Add(-time.Duration(d)*time.Second).Format("2006-01-02T15:04:05.000Z"))
			b = g.jk(b, "end_time", "timestamp", ts)
			ds := strconv.Itoa(d)
			b = g.js(b, "duration", ds)
			g.keepAt("duration", ds, `"duration":"`+ds+`"`)
			b = g.jk(b, "rate", "price", "0."+g.digits(8))
			b = g.jk(b, "price", "price", "0."+g.digits(8))
			nw := g.num(20000, 99999)
			b = g.js(b, "network", nw)
			g.keepAt("counter", nw, `"network":"`+nw+`"`)
			b = g.js(b, "disconnected_by", pick(g, []string{"user", "platform"}))
		}
		return Record{Line: append(b, '}')}
	}
	typ := pick(g, []string{"message-sending", "message-delivered", "message-delivered", "message-failed", "message-received"})
	owner, other := g.e164(), g.e164()
	from, to := owner, other
	dir := "out"
	if typ == "message-received" {
		from, to, dir = other, owner, "in"
	}
	ts := g.now.Format("2006-01-02T15:04:05.000Z")
	b = append(b, '[', '{')
	b = g.js(b, "type", typ)
	b = g.jk(b, "time", "timestamp", ts)
	desc := map[string]string{"message-sending": "Message is sending to carrier", "message-delivered": "Message delivered to carrier.",
		"message-failed": "rejected-unallocated-to-number", "message-received": "Incoming message received"}[typ]
	b = g.js(b, "description", desc)
	b = g.jp(b, "to", "phone", to)
	if typ == "message-failed" {
		b = jn(b, "errorCode", "4720")
	}
	b = jo(b, "message")
	mid := strconv.FormatInt(g.now.UnixMilli(), 10) + g.chars(16, lowerNum)
	b = g.jk(b, "id", "requestid", mid)
	b = g.js(b, "owner", owner)
	b = g.jk(b, "applicationId", "uuid", g.uuid())
	b = g.jk(b, "time", "timestamp", ts)
	b = jn(b, "segmentCount", "1")
	b = g.js(b, "direction", dir)
	b = ja(b, "to")
	b = append(b, '"')
	b = append(b, to...)
	b = append(b, '"', ']')
	b = g.js(b, "from", from)
	g.plantAt("phone", owner)
	g.plantAt("phone", other)
	text := pick(g, []string{"Your code is ready", "See you at 10", "STOP"})
	if dir == "in" && g.pct(50) {
		first, last := g.name()
		text = "Hi, it's " + first + " " + last + ", call me back"
		g.plantAt("name", first+" "+last)
	}
	b = g.js(b, "text", text)
	b = g.js(b, "tag", pick(g, []string{"order-confirmation", "otp", "support"}))
	b = append(b, "}}]"...)
	return Record{Line: b}
}
