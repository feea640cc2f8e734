package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Cloud contact-centre records: Genesys Cloud CX analytics conversation
// detail records (Analytics API conversations/details, the
// v2.detail.events.conversation notification topics, the Platform API's
// conversations/calls participants) and the call reports Five9, Talkdesk
// and NICE CXone export as CSV.
//
// The contact centre's own numbers (the DID a customer dialled, the
// campaign's caller id) are left unlabelled: a business line is no
// person's, and a policy that masks every number in a number field is
// as right as one that keeps it.

// ccaasUS returns a North American number as the products write it:
// E.164 with '+', its digits without '+', ten digits, or "(415) 555-0123".
func (g *gen) ccaasUS(form int) string {
	area := pick(g, []string{"415", "650", "212", "303", "512", "617", "773", "916"})
	ex := g.num(201, 989)
	line := g.digits(4)
	switch form {
	case 0:
		return "+1" + area + ex + line
	case 1:
		return "1" + area + ex + line
	case 2:
		return area + ex + line
	}
	return "(" + area + ") " + ex + "-" + line
}

// ccaasDID returns one of the contact centre's own lines (unlabelled).
func (g *gen) ccaasDID(form int) string {
	d := "8885550" + g.num(100, 199)
	switch form {
	case 0:
		return "+1" + d
	case 1:
		return "1" + d
	case 3:
		return "(888) 555-0" + d[7:]
	}
	return d
}

var ccaasQueues = []string{"Billing Support", "Tier 2 Escalations", "Sales - Inbound", "Claims_EN", "Retention", "Spanish Support", "VIP Care"}

var ccaasWrapUps = []string{"Resolved", "Callback Scheduled", "Transferred", "Billing Inquiry", "ININ-WRAP-UP-TIMEOUT", "Payment Taken"}

// ccaasNote returns an agent's free-text note naming a callback number or
// a person; it plants what it names.
func (g *gen) ccaasNote(first, last string) string {
	p := g.ccaasUS(g.rng.IntN(4))
	g.plantAt("phone", p)
	switch g.rng.IntN(4) {
	case 0:
		return "Cust requested callback on " + p + " after 3pm"
	case 1:
		f2, l2 := g.name()
		g.plantAt("name", f2+" "+l2)
		return "Spoke with " + f2 + " " + l2 + " (spouse), best number " + p
	case 2:
		g.plantAt("name", first)
		return "Verified " + first + ", said \"call me at " + p + "\", ticket updated"
	}
	return "VM left at " + p + ", no answer"
}

// ccaasAddr returns a voice address as Genesys writes it (tel: URI or a
// SIP URI through the edge) and plants the number (and the edge address).
func (g *gen) ccaasAddr(num string) string {
	g.plantAt("phone", num)
	if g.pct(70) {
		return "tel:" + num
	}
	ip := g.privateIPv4()
	g.plantAt("ipv4", ip)
	return "sip:" + num + "@" + ip
}

// genesysCloud writes one Genesys Cloud record a line: a conversation
// detail (Analytics API), a detail event notification or a Platform API
// call, the shape chosen per stream.
func (g *gen) genesysCloud(st *streamState) Record {
	switch st.variant % 3 {
	case 1:
		return g.ccaasGenesysEvent()
	case 2:
		return g.ccaasGenesysCall()
	}
	return g.ccaasGenesysConv()
}

func (g *gen) ccaasGenesysConv() Record {
	b := make([]byte, 0, 3000)
	b = append(b, '{')
	conv := g.uuid()
	start := g.now.Add(-time.Duration(120+g.rng.IntN(3600)) * time.Second)
	ts := func(ms int) string { return ccxTime(start.Add(time.Duration(ms)*time.Millisecond), ".000") }
	b = g.jk(b, "conversationId", "uuid", conv)
	b = g.jk(b, "conversationStart", "timestamp", ts(0))
	total := 30000 + g.rng.IntN(900000)
	b = g.jk(b, "conversationEnd", "timestamp", ts(total))
	media := pick(g, []string{"voice", "voice", "voice", "email", "chat", "callback"})
	dir := "inbound"
	if media == "voice" && g.pct(30) {
		dir = "outbound"
	}
	b = g.js(b, "originatingDirection", dir)
	b = ja(b, "divisionIds")
	d := g.uuid()
	g.keepAt("uuid", d)
	b = append(b, '"')
	b = append(b, d...)
	b = append(b, '"', ']')
	b = jn(b, "mediaStatsMinConversationMos", "4."+g.num(10, 99))
	cf, cl := g.name()
	cust := g.ccaasUS(0)
	did := g.ccaasDID(0)
	email := g.email(cf, cl)
	b = ja(b, "participants")
	// The customer.
	b = jo(b, "")
	b = g.jk(b, "participantId", "uuid", g.uuid())
	if g.pct(60) {
		b = g.jp(b, "participantName", "name", cf+" "+cl)
	} else {
		b = g.jp(b, "participantName", "phone", cust) // unknown callers are named by their number
	}
	b = g.js(b, "purpose", "customer")
	b = ja(b, "sessions")
	b = jo(b, "")
	b = g.js(b, "mediaType", media)
	// A media session's id, named as a web session's is: the policies
	// mask a value under a session key as a credential, and keeping it
	// is as right (it grants nothing): unlabelled.
	b = g.js(b, "sessionId", g.uuid())
	switch media {
	case "email":
		b = g.jp(b, "addressFrom", "email", email)
		b = g.js(b, "addressTo", "support@example.com")
		b = g.jp(b, "addressOther", "email", email)
		b = g.jp(b, "remoteNameDisplayable", "name", cf+" "+cl)
	case "chat":
		b = g.jp(b, "addressFrom", "email", email)
		b = g.jp(b, "remoteNameDisplayable", "name", cf)
		b = g.jk(b, "roomId", "hash", g.hexID(24)+"@conference.example.orgspan.com")
	default:
		a := g.ccaasAddr(cust)
		b = g.js(b, "ani", a)
		b = g.js(b, "dnis", "tel:"+did)
		b = g.js(b, "addressFrom", a)
		b = g.js(b, "addressTo", "tel:"+did)
		b = g.js(b, "sessionDnis", "tel:"+did)
		if g.pct(50) {
			b = g.jp(b, "remoteNameDisplayable", "name", strings.ToUpper(cl+" "+cf))
		}
		b = g.js(b, "direction", dir)
		b = g.jk(b, "peerId", "uuid", g.uuid())
		b = g.js(b, "provider", "Edge")
	}
	if media == "callback" {
		b = ja(b, "callbackNumbers")
		p := g.ccaasUS(0)
		g.plantAt("phone", p)
		b = append(b, '"')
		b = append(b, "tel:"+p...)
		b = append(b, '"', ']')
		b = g.jp(b, "callbackUserName", "name", cf+" "+cl)
		b = g.jk(b, "callbackScheduledTime", "timestamp", ts(total+3600000))
	}
	b = ja(b, "segments")
	for i, seg := range []string{"system", "interact"} {
		b = jo(b, "")
		b = g.jk(b, "segmentStart", "timestamp", ts(i*4000))
		b = g.jk(b, "segmentEnd", "timestamp", ts(i*4000+3999))
		b = g.js(b, "segmentType", seg)
		if i == 1 {
			b = g.js(b, "disconnectType", pick(g, []string{"peer", "client", "endpoint"}))
		}
		b = append(b, '}')
	}
	b = append(b, ']')
	b = ja(b, "metrics")
	b = jo(b, "")
	b = g.js(b, "name", "nConnected")
	b = jn(b, "value", "1")
	b = g.jk(b, "emitDate", "timestamp", ts(0))
	b = append(b, '}', ']')
	if media == "voice" && g.pct(50) {
		b = ja(b, "mediaEndpointStats")
		b = jo(b, "")
		b = ja(b, "codecs")
		b = append(b, `"audio/opus"]`...)
		b = jn(b, "minMos", "4.8"+g.digits(1))
		b = jn(b, "receivedPackets", g.num(100, 90000))
		if g.pct(50) {
			b = g.jp(b, "remotePhone", "phone", cust)
		}
		b = append(b, '}', ']')
	}
	b = append(b, '}', ']', '}')
	// IVR flow.
	b = jo(b, "")
	b = g.jk(b, "participantId", "uuid", g.uuid())
	flowName := pick(g, []string{"Main IVR", "After Hours", "Billing_Menu_v3"})
	b = g.jk(b, "participantName", "label", flowName)
	b = g.js(b, "purpose", "ivr")
	b = ja(b, "sessions")
	b = jo(b, "")
	b = g.js(b, "mediaType", media)
	b = jo(b, "flow")
	b = g.jk(b, "flowId", "uuid", g.uuid())
	b = g.jk(b, "flowName", "label", flowName)
	b = g.js(b, "flowType", "INBOUNDCALL")
	b = g.jk(b, "transferTargetName", "label", pick(g, ccaasQueues))
	b = g.js(b, "transferTargetAddress", "tel:"+did)
	b = append(b, '}', '}', ']', '}')
	// ACD queue.
	q := pick(g, ccaasQueues)
	b = jo(b, "")
	b = g.jk(b, "participantId", "uuid", g.uuid())
	b = g.jk(b, "participantName", "label", q)
	b = g.js(b, "purpose", "acd")
	b = append(b, '}')
	// The agent: a person too.
	af, al := g.name()
	b = jo(b, "")
	b = g.jk(b, "participantId", "uuid", g.uuid())
	b = g.jp(b, "participantName", "name", af+" "+al)
	b = g.js(b, "purpose", "agent")
	b = g.jk(b, "userId", "uuid", g.uuid())
	b = ja(b, "sessions")
	b = jo(b, "")
	b = g.js(b, "mediaType", media)
	if media == "voice" || media == "callback" {
		b = g.js(b, "ani", "tel:"+did)
		b = g.jp(b, "dnis", "phone", "tel:"+cust)
		b = g.js(b, "addressTo", "sip:"+g.hexID(24)+"@localhost")
		b = g.jp(b, "remoteNameDisplayable", "name", cf+" "+cl)
	} else if media == "email" {
		b = g.jp(b, "addressOther", "email", email)
	}
	b = ja(b, "segments")
	b = jo(b, "")
	b = g.js(b, "segmentType", "wrapup")
	b = g.jk(b, "wrapUpCode", "uuid", g.uuid())
	b = g.jk(b, "wrapUpCodeName", "label", pick(g, ccaasWrapUps))
	if g.pct(60) {
		b = g.js(b, "wrapUpNote", g.ccaasNote(cf, cl))
	}
	b = append(b, '}', ']')
	b = ja(b, "metrics")
	for _, m := range []string{"tTalk", "tAcw", "tHeldComplete"} {
		v := strconv.Itoa(1000 + g.rng.IntN(600000))
		b = jo(b, "")
		b = g.js(b, "name", m)
		g.keepAt("duration", v, `"value":`+v)
		b = jn(b, "value", v)
		b = append(b, '}')
	}
	b = append(b, ']', '}', ']', '}')
	// An external party (a consult transfer to a person's number).
	if g.pct(25) {
		xf, xl := g.name()
		x := g.ccaasUS(0)
		b = jo(b, "")
		b = g.jk(b, "participantId", "uuid", g.uuid())
		b = g.jp(b, "participantName", "name", xf+" "+xl)
		b = g.js(b, "purpose", "external")
		b = ja(b, "sessions")
		b = jo(b, "")
		b = g.js(b, "mediaType", "voice")
		b = g.js(b, "dnis", g.ccaasAddr(x))
		b = append(b, '}', ']', '}')
	}
	b = append(b, ']')
	return Record{Line: append(b, '}')}
}

// ccaasGenesysEvent is a v2.detail.events.conversation.{id}.{purpose}.{event}
// notification as a websocket or EventBridge consumer logs it.
func (g *gen) ccaasGenesysEvent() Record {
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	conv := g.uuid()
	purpose := pick(g, []string{"customer", "customer", "acd", "agent"})
	ev := pick(g, []string{"start", "end", "wrapup"})
	topic := "v2.detail.events.conversation." + conv + "." + purpose + "." + ev
	b = g.js(b, "topicName", topic)
	g.keepAt("uuid", conv, conv+"."+purpose)
	b = g.js(b, "version", "2")
	b = jo(b, "eventBody")
	ms := g.now.UnixMilli() - int64(g.rng.IntN(600000))
	g.keepAt("epoch", strconv.FormatInt(ms, 10))
	b = jn(b, "eventTime", strconv.FormatInt(ms, 10))
	b = g.jk(b, "conversationId", "uuid", conv)
	b = g.jk(b, "participantId", "uuid", g.uuid())
	b = g.js(b, "sessionId", g.uuid()) // unlabelled, as in ccaasGenesysConv
	b = g.js(b, "mediaType", pick(g, []string{"VOICE", "VOICE", "CALLBACK"}))
	b = g.js(b, "provider", "Edge")
	b = g.js(b, "direction", "INBOUND")
	cf, cl := g.name()
	cust := g.ccaasUS(0)
	did := g.ccaasDID(0)
	a := g.ccaasAddr(cust)
	b = g.js(b, "ani", a)
	b = g.js(b, "dnis", "tel:"+did)
	b = g.js(b, "addressTo", "tel:"+did)
	b = g.js(b, "addressFrom", a)
	if g.pct(50) {
		b = g.jp(b, "callbackUserName", "name", cf+" "+cl)
		b = ja(b, "callbackNumbers")
		p := g.ccaasUS(0)
		g.plantAt("phone", p)
		b = append(b, '"')
		b = append(b, p...)
		b = append(b, '"', ']')
	}
	b = g.jk(b, "divisionId", "uuid", g.uuid())
	b = g.jk(b, "queueId", "uuid", g.uuid())
	if purpose == "agent" || ev == "wrapup" {
		b = g.jk(b, "userId", "uuid", g.uuid())
		b = g.jk(b, "wrapupCode", "uuid", g.uuid())
		if g.pct(70) {
			b = g.js(b, "wrapupNote", g.ccaasNote(cf, cl))
		}
		d := strconv.Itoa(1000 + g.rng.IntN(300000))
		g.keepAt("duration", d, `"wrapupDurationMs":`+d)
		b = jn(b, "wrapupDurationMs", d)
	}
	if ev == "end" {
		b = g.js(b, "disconnectType", "PEER")
		d := strconv.Itoa(1000 + g.rng.IntN(900000))
		g.keepAt("duration", d, `"interactingDurationMs":`+d)
		b = jn(b, "interactingDurationMs", d)
	}
	b = append(b, '}')
	b = jo(b, "metadata")
	b = g.jk(b, "CorrelationId", "uuid", g.uuid())
	b = append(b, '}')
	return Record{Line: append(b, '}')}
}

// genesysCall is GET /api/v2/conversations/calls/{id}: participants with
// address, name and the attributes map a flow or a script filled.
func (g *gen) ccaasGenesysCall() Record {
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = g.jk(b, "id", "uuid", g.uuid())
	cf, cl := g.name()
	cust := g.ccaasUS(0)
	did := g.ccaasDID(0)
	b = ja(b, "participants")
	b = jo(b, "")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.jk(b, "startTime", "timestamp", ccxTime(g.now.Add(-5*time.Minute), ".123"))
	b = g.js(b, "purpose", "customer")
	b = g.js(b, "state", "connected")
	b = g.js(b, "direction", "inbound")
	if g.pct(50) {
		b = g.jp(b, "name", "name", cf+" "+cl)
	} else {
		b = g.jp(b, "name", "phone", cust)
	}
	b = g.js(b, "address", g.ccaasAddr(cust))
	b = g.js(b, "ani", "tel:"+cust)
	b = g.js(b, "dnis", "tel:"+did)
	b = jo(b, "attributes")
	b = g.jp(b, pick(g, []string{"CustomerName", "Caller Name", "customer_name"}), "name", cf+" "+cl)
	if g.pct(60) {
		b = g.jp(b, pick(g, []string{"Email", "customerEmail"}), "email", g.email(cf, cl))
	}
	if g.pct(60) {
		p := g.ccaasUS(2)
		b = g.jp(b, pick(g, []string{"CallbackNumber", "AltPhone", "Phone Number"}), "phone", p)
	}
	// The customer's account number with the company: one customer, as
	// an account number the policies mask is; keeping it is as right
	// (no bank's): unlabelled.
	b = g.js(b, "AccountNumber", "AC"+g.digits(8))
	b = g.js(b, "Language", "en-us")
	b = append(b, '}')
	b = jo(b, "wrapup")
	b = g.js(b, "code", pick(g, ccaasWrapUps))
	b = g.js(b, "notes", g.ccaasNote(cf, cl))
	d := strconv.Itoa(5 + g.rng.IntN(300))
	g.keepAt("duration", d, `"durationSeconds":`+d)
	b = jn(b, "durationSeconds", d)
	b = append(b, '}', '}')
	af, al := g.name()
	b = jo(b, "")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.js(b, "purpose", "agent")
	b = g.jk(b, "userId", "uuid", g.uuid())
	b = g.jp(b, "name", "name", af+" "+al)
	b = g.jk(b, "queueId", "uuid", g.uuid())
	b = g.jk(b, "queueName", "label", pick(g, ccaasQueues))
	b = g.js(b, "address", "sip:"+g.hexID(24)+"@localhost")
	b = append(b, '}', ']')
	b = g.jk(b, "recordingState", "status", "active")
	return Record{Line: append(b, '}')}
}

// ccaasCSV holds a CSV row; cells are quoted only when they must be.
type ccaasCSV struct{ b []byte }

func (c *ccaasCSV) cell(v string) {
	if len(c.b) > 0 {
		c.b = append(c.b, ',')
	}
	if strings.ContainsAny(v, ",\"\n") {
		v = csvQuote(v)
	}
	c.b = append(c.b, v...)
}

var five9Columns = []string{"CALL ID", "TIMESTAMP", "CAMPAIGN", "CALL TYPE", "AGENT", "AGENT NAME", "SKILL", "ANI", "DNIS", "CUSTOMER NAME", "DISPOSITION", "LIST NAME", "CALL TIME", "TALK TIME", "HOLD TIME", "AFTER CALL WORK TIME", "NOTES"}

var talkdeskColumns = []string{"Interaction ID", "Call Type", "Start Time", "End Time", "Talkdesk Phone Number", "Customer Phone Number", "Talk Time", "Agent Name", "Agent Email", "Contact Name", "Disposition Code", "Notes", "Recording URL"}

var cxoneColumns = []string{"Contact ID", "Master Contact ID", "Contact Start", "Media Type", "Skill", "Campaign", "ANI/DNIS", "Agent Name", "Team", "From Addr", "To Addr", "Disposition", "Handle Time"}

func hms(s int) string {
	return pad2(s/3600) + ":" + pad2(s/60%60) + ":" + pad2(s%60)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// five9TalkdeskCSV writes one vendor's report a stream: Five9 Call Log,
// Talkdesk Explore Calls or NICE CXone contact export, the header first.
func (g *gen) five9TalkdeskCSV(st *streamState) Record {
	v := st.variant % 3
	if st.n == 0 {
		cols := [][]string{five9Columns, talkdeskColumns, cxoneColumns}[v]
		return Record{Line: []byte(strings.Join(cols, ",")), Header: true}
	}
	var c ccaasCSV
	keep := func(cat, s string) { g.keepAt(cat, s); c.cell(s) }
	plantP := func(cat, s string) {
		g.plantAt(cat, s)
		c.cell(s)
	}
	cf, cl := g.name()
	af, al := g.name()
	start := g.now.Add(-time.Duration(g.rng.IntN(86400)) * time.Second)
	talk := g.rng.IntN(1800)
	form := g.rng.IntN(4)
	switch v {
	case 0: // Five9
		keep("uniqueid", "3000000000"+g.digits(5))
		keep("timestamp", start.Format("Mon, 02 Jan 2006 15:04:05"))
		c.cell(pick(g, []string{"Inbound_Sales", "Renewals Q4", "Collections-Outbound"}))
		c.cell(pick(g, []string{"Inbound", "Outbound", "Manual", "Queue Callback"}))
		if g.pct(50) {
			plantP("email", g.email(af, al))
		} else {
			plantP("name", strings.ToLower(ascii(af))+"."+strings.ToLower(ascii(al)))
		}
		plantP("name", af+" "+al)
		c.cell(pick(g, ccaasQueues))
		plantP("phone", g.ccaasUS(form%3+1))
		c.cell(g.ccaasDID(2))
		if g.pct(80) {
			plantP("name", cf+" "+cl)
		} else {
			c.cell("")
		}
		c.cell(pick(g, []string{"Sale Made", "No Answer", "Callback", "Do Not Call", "Answering Machine"}))
		c.cell(pick(g, []string{"Leads_Dec_2026", "webform-leads", "Renewals"}))
		keep("duration", hms(talk+g.rng.IntN(60)))
		keep("duration", hms(talk))
		keep("duration", hms(g.rng.IntN(120)))
		keep("duration", hms(g.rng.IntN(300)))
		if g.pct(70) {
			c.cell(g.ccaasNote(cf, cl))
		} else {
			c.cell("")
		}
	case 1: // Talkdesk
		keep("hash", g.hexID(32))
		c.cell(pick(g, []string{"inbound", "outbound", "missed", "abandoned", "voicemail"}))
		keep("timestamp", start.Format("2006-01-02 15:04:05"))
		keep("timestamp", start.Add(time.Duration(talk)*time.Second).Format("2006-01-02 15:04:05"))
		c.cell(g.ccaasDID(0))
		plantP("phone", g.ccaasUS(pick(g, []int{0, 0, 1, 3})))
		keep("duration", hms(talk))
		plantP("name", af+" "+al)
		plantP("email", g.email(af, al))
		if g.pct(70) {
			plantP("name", cf+" "+cl)
		} else {
			c.cell("")
		}
		c.cell(pick(g, []string{"Attempting Contact", "Not Interested", "Resolved", "Escalated"}))
		if g.pct(60) {
			c.cell(g.ccaasNote(cf, cl))
		} else {
			c.cell("")
		}
		id := g.hexID(32)
		g.keepAt("hash", id)
		c.cell("https://api.talkdeskapp.com/calls/" + id + "/recordings")
	default: // NICE CXone
		id := g.num(100000000, 999999999) + g.digits(2)
		keep("uniqueid", id)
		keep("uniqueid", id[:9]+g.digits(2))
		keep("timestamp", start.Format("1/2/2006 3:04:05 PM"))
		media := pick(g, []string{"Call", "Call", "Call", "Email"})
		c.cell(media)
		c.cell(pick(g, ccaasQueues))
		c.cell(pick(g, []string{"Customer Care", "Outbound Sales"}))
		cust := g.ccaasUS(2)
		did := g.ccaasDID(2)
		plantP("phone", cust)
		if g.pct(50) {
			plantP("name", al+", "+af)
		} else {
			plantP("name", af+" "+al)
		}
		c.cell(pick(g, []string{"Team Alpha", "Night Shift"}))
		if media == "Email" {
			plantP("email", g.email(cf, cl))
			c.cell("care@example.com")
		} else {
			plantP("phone", cust)
			c.cell(did)
		}
		c.cell(pick(g, []string{"Resolved", "Voicemail", "Transferred"}))
		t := strconv.Itoa(talk)
		g.keepAt("duration", t, ","+t)
		c.cell(t)
	}
	return Record{Line: c.b}
}
