package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Three telephony formats written as a held-out test: none of them was
// looked at while the engine's rules were written.
//
//   - acme_sbc_cdr: Oracle Communications Session Border Controller (Acme
//     Packet) local CDR files, Accounting Guide, "Local CDR File Format" and
//     the "Local CDR Table Layouts" appendix: the RADIUS accounting
//     attributes of a Start, Interim or Stop record written one record a
//     line, in the layout's CSV positions, no header; strings in double
//     quotes (a quote inside doubled), integers bare, absent values empty.
//     Calling-Station-Id and Called-Station-Id are the From and To of the
//     ingress INVITE (a display name, a SIP URI with its parameters, a tag)
//     or the bare user part; the h323 times in Cisco's
//     "hh:mm:ss.mmm UTC MON DD YYYY"; media flows with their addresses and
//     ports (IPv6 in every third stream); R-factor and MOS times 100;
//     P-Asserted-Identity, the primary routing number, Diversion.
//   - vicidial_logs: VICIdial tables as operators export them (one kind a
//     stream): vicidial_log rows by SELECT … INTO OUTFILE (comma, quoted,
//     NULL as \N), vicidial_list lead rows by the mysql client's batch mode
//     (tab-separated with a header, \t \n \\ escapes, NULL), recording_log
//     and vicidial_closer_log as a CSV download with a header row, and the
//     Agent and Non-Agent API's responses (SUCCESS/ERROR lines ending
//     in "- a|b|c", lead_all_info and recording_lookup rows). phone_number
//     is the national significant number with phone_code beside it.
//   - chime_voice_cdr_json: Amazon Chime SDK Voice Connector CDRs as written
//     to the CDR bucket (one JSON object a line, every documented field;
//     numbers in E.164 with and without '+', SourcePhoneNumberName) in even
//     streams, and the SIP media application invocation events its Lambda
//     logs in odd ones (CallDetails with Participants' From and To,
//     TransactionAttributes, ActionData with CallAndBridge endpoints and
//     SipHeaders: X- headers, User-to-User, Diversion).

// acmeTime writes a time as the SBC writes the h323 time attributes.
func acmeTime(t time.Time) string {
	return strings.ToUpper(t.UTC().Format("15:04:05.000 MST Jan 02 2006"))
}

// acmeQ appends s as a quoted CSV string, a quote inside doubled.
func acmeQ(b []byte, s string) []byte {
	b = append(b, '"')
	b = append(b, strings.ReplaceAll(s, `"`, `""`)...)
	return append(b, '"')
}

// acmeParty is one end of a call at the SBC.
type acmeParty struct {
	num, name, host string
}

func (g *gen) acmeParty() acmeParty {
	p := acmeParty{host: pick(g, sipHosts)}
	if g.pct(20) {
		p.num = g.sipExt()
		for p.num == "2001" { // not the 2001:db8:: of the IPv6 streams' addresses, which the scorer would find as the word
			p.num = g.sipExt()
		}
	} else {
		p.num = g.voipNumber()
	}
	if g.pct(50) {
		p.name = g.callerName()
	}
	if g.pct(30) {
		p.host = g.ipv4() // the far end's address as the URI's host
		g.plantAt("ipv4", p.host)
	}
	g.plantAt("phone", p.num)
	if p.name != "" {
		g.plantAt("name", p.name)
	}
	return p // labels of values a record does not write are dropped by written
}

// header writes the party as a From or To header value (or, in some
// records, the bare user part).
func (g *gen) acmeHeader(p acmeParty, tag bool) string {
	if g.pct(20) {
		return p.num
	}
	uri := "sip:" + p.num + "@" + p.host
	if g.pct(40) {
		uri += ":5060"
	}
	if strings.HasPrefix(p.num, "+") && g.pct(60) {
		uri += ";user=phone"
	}
	s := "<" + uri + ">"
	if p.name != "" {
		s = `"` + p.name + `" ` + s
	}
	if tag {
		t := g.sipTag()
		g.keepAt("requestid", t, ";tag="+t)
		s += ";tag=" + t
	}
	return s
}

// acmeFields returns the number of fields of line's record type: a Start
// record's, an Interim's (with the QoS statistics) or a Stop's.
func acmeFields(line string) (int, int) {
	switch {
	case strings.HasPrefix(line, "1,"):
		return 53, 53
	case strings.HasPrefix(line, "3,"):
		return 59, 59
	}
	return 66, 66
}

func (g *gen) acmeSBC(st *streamState) Record {
	var b []byte
	kind := 2 // Stop
	switch n := g.rng.IntN(10); {
	case n < 3:
		kind = 1
	case n < 4:
		kind = 3
	}
	b = strconv.AppendInt(b, int64(kind), 10)
	b = append(b, ',')
	b = acmeQ(b, sipServer) // NAS-IP-Address: the SBC's own, unlabelled
	b = append(b, ',')
	g.keepAt("port", "5060", ",5060,")
	b = append(b, "5060"...)
	b = append(b, ',')
	callID := g.sipCallID()
	g.keepAt("requestid", callID)
	b = acmeQ(b, callID)
	b = append(b, ',')
	b = acmeQ(b, callID) // Acme-Session-Ingress-CallId
	b = append(b, ',')
	egress := "SD" + g.chars(6, lowerNum) + "01-" + g.hexID(32) + "-v3000i1"
	g.keepAt("requestid", egress)
	b = acmeQ(b, egress)
	b = append(b, ',')
	b = acmeQ(b, "SIP")
	b = append(b, ",\"\",\"\","...)
	from, to := g.acmeParty(), g.acmeParty()
	b = acmeQ(b, g.acmeHeader(from, true))
	b = append(b, ',')
	b = acmeQ(b, g.acmeHeader(to, kind != 1 && g.pct(50)))
	setup := g.now.Add(-time.Duration(30+g.rng.IntN(900)) * time.Second)
	connect := setup.Add(time.Duration(2000+g.rng.IntN(20000)) * time.Millisecond)
	dur := int(g.now.Sub(connect) / time.Second)
	if kind == 2 {
		b = append(b, ',')
		b = append(b, "1,"...) // Acct-Terminate-Cause
		ds := strconv.Itoa(dur)
		g.keepAt("duration", ds, ","+ds+",")
		b = append(b, ds...)
	}
	for i, t := range []time.Time{setup, connect, g.now} {
		if i == 2 && kind != 2 {
			break
		}
		ts := acmeTime(t)
		g.keepAt("timestamp", ts)
		b = append(b, ',')
		b = acmeQ(b, ts)
	}
	if kind == 2 {
		b = append(b, ',')
		b = acmeQ(b, pick(g, []string{"10", "1", "11", "10"})) // h323-disconnect-cause
	}
	// Network interfaces, VLANs, realms.
	b = append(b, ',')
	b = acmeQ(b, "M10")
	b = append(b, ",0,"...)
	b = acmeQ(b, "M00")
	b = append(b, ",0,"...)
	b = acmeQ(b, pick(g, []string{"core", "carrier-a"}))
	b = append(b, ',')
	b = acmeQ(b, pick(g, []string{"access", "peer-pbx", "residential"}))
	// Two media flows, the calling side's and the called side's: the
	// subscriber's device (planted) and the carrier's media gateway
	// (unlabelled) through the SBC's own address.
	var dev string
	if st.variant%3 == 2 {
		dev = g.ipv6()
		g.plantAt("ipv6", dev)
	} else {
		dev = g.ipv4()
		g.plantAt("ipv4", dev)
	}
	const carrier = "198.51.100.77"
	for f := 0; f < 2; f++ {
		b = append(b, ',')
		flowID := "localhost:" + g.num(65536, 1<<20)
		g.keepAt("requestid", flowID)
		b = acmeQ(b, flowID)
		b = append(b, ',')
		b = acmeQ(b, pick(g, []string{"PCMU", "PCMA", "G729", "AMR-WB", "opus"}))
		in, out := dev, carrier
		if f == 1 {
			in, out = carrier, dev
		}
		for k, addr := range []string{in, sipServer, sipServer, out} {
			if k%2 == 0 {
				b = append(b, ',')
				b = acmeQ(b, pick(g, []string{"access", "core"}))
			}
			b = append(b, ',')
			b = acmeQ(b, addr)
			port := strconv.Itoa(10000 + 2*g.rng.IntN(10000))
			g.keepAt("port", port, ","+port+",")
			b = append(b, ',')
			b = append(b, port...)
		}
	}
	if kind != 1 {
		// RTCP and RTP statistics; R-factor and MOS times 100.
		for _, n := range []string{g.num(0, 900), g.num(1000, 90000), g.num(0, 40), g.num(0, 30)} {
			g.keepAt("counter", n, ","+n+",")
			b = append(b, ',')
			b = append(b, n...)
		}
		rf := g.num(6000, 9300)
		mos := g.num(250, 441)
		g.keepAt("counter", rf, ","+rf+",")
		g.keepAt("counter", mos, ","+mos+",")
		b = append(b, ',')
		b = append(b, rf...)
		b = append(b, ',')
		b = append(b, mos...)
	}
	// Session disposition, disconnect initiator and cause, SIP status.
	disp := "3"
	if kind == 1 {
		disp = "2"
	}
	b = append(b, ',')
	b = append(b, disp...)
	if kind == 2 {
		b = append(b, ',')
		b = append(b, pick(g, []string{"1", "2", "3"})...)
		cause := pick(g, []string{"16", "17", "19", "31", "127"})
		g.keepAt("status", cause, ","+cause+",")
		b = append(b, ',')
		b = append(b, cause...)
		b = append(b, ',')
		b = append(b, "200"...)
	}
	b = append(b, ',')
	b = acmeQ(b, pick(g, []string{"UDP", "TCP", "TLS"}))
	b = append(b, ',')
	b = acmeQ(b, pick(g, []string{"UDP", "TCP"}))
	// Acme-Primary-Routing-Number: the Request-URI sent on.
	b = append(b, ',')
	prn := "sip:" + to.num + "@" + pick(g, sipHosts)
	if g.pct(30) {
		prn += ";user=phone"
	}
	b = acmeQ(b, prn)
	// Acme-Egress-Final-Routing-Number.
	b = append(b, ',')
	b = acmeQ(b, "sip:"+to.num+"@198.51.100.77:5060")
	// P-Asserted-Identity: the calling party again, or the trunk's number.
	b = append(b, ',')
	switch g.rng.IntN(3) {
	case 0:
		b = acmeQ(b, "")
	case 1:
		pai := "<tel:" + from.num + ">"
		if from.name != "" {
			pai = `"` + from.name + `" ` + pai
		}
		b = acmeQ(b, pai)
	default:
		pai := "<sip:" + from.num + "@" + pick(g, sipHosts) + ";user=phone>"
		if from.name != "" && g.pct(50) {
			pai = `"` + from.name + `" ` + pai
		}
		b = acmeQ(b, pai)
	}
	// Acme-SIP-Diversion on a forwarded call.
	b = append(b, ',')
	if g.pct(20) {
		div := g.sipExt()
		for div == "2001" { // as in acmeParty
			div = g.sipExt()
		}
		g.plantAt("phone", div, "sip:"+div+"@")
		b = acmeQ(b, "<sip:"+div+"@"+pick(g, sipHosts)+">;reason=unconditional;counter=1")
	} else {
		b = acmeQ(b, "")
	}
	// Acme-Session-Charging-Vector, post-dial delay (ms), CDR sequence.
	b = append(b, ',')
	icid := g.hexID(8) + "-" + g.hexID(8) + "-" + g.num(10000, 99999)
	g.keepAt("requestid", icid)
	b = acmeQ(b, "icid-value="+icid+";icid-generated-at="+sipServer+";orig-ioi=carrier.example.net")
	// (Below 2000 ms: extensions are 20xx, and a delay equal to one
	// would be both planted and kept.)
	pdd := g.num(100, 1999)
	g.keepAt("duration", pdd, ","+pdd+",")
	b = append(b, ',')
	b = append(b, pdd...)
	seq := g.num(100000, 9999999)
	g.keepAt("counter", seq, ","+seq)
	b = append(b, ',')
	b = append(b, seq...)
	g.plants, g.keeps = written(g.plants, string(b)), written(g.keeps, string(b))
	return Record{Line: b}
}

// VICIdial.

var vicidialStatuses = []string{"SALE", "NI", "CALLBK", "DNC", "A", "B", "NA", "DROP", "XFER", "DC", "N"}
var vicidialCampaigns = []string{"SALES", "RETENT", "SURVEY1", "COLLECT"}

// vicidialUser returns an agent login: a person's login (planted), the
// numeric ids many centres use or VDAD (the dialer itself); the last two
// unlabelled: a seat number or the dialer's account under a user column
// may be masked or kept.
func (g *gen) vicidialUser() (login string, planted bool) {
	switch g.rng.IntN(6) {
	case 0:
		return g.num(1001, 1099), false
	case 1:
		return "VDAD", false
	}
	return g.personLogin(), true
}

// userCat is the label of a login vicidialUser returned: a person's is
// planted as a name, the others are unlabelled.
func userCat(planted bool) string {
	if planted {
		return "name"
	}
	return ""
}

// vicidialLead is a lead's personal data.
type vicidialLead struct {
	code, phone, first, last, addr, city, zip, email, alt string
}

func (g *gen) vicidialLead() vicidialLead {
	c := pick(g, worldCountries[:6])
	nsn, _, _ := c.number(g)
	first, last := g.name()
	l := vicidialLead{code: c.cc, phone: nsn, first: first, last: last, addr: g.street(), city: pick(g, []string{"Springfield", "Leeds", "Kyiv", "Lyon", "Toronto"})}
	l.zip = c.postcode(g)
	if g.pct(60) {
		l.email = g.email(first, last)
	}
	if g.pct(30) {
		a, _, _ := c.number(g)
		l.alt = a
	}
	return l
}

func (g *gen) vicidialLogs(st *streamState) Record {
	switch st.variant % 6 {
	case 0:
		return g.vicidialLog()
	case 1:
		return g.vicidialList(st)
	case 2:
		return g.vicidialRecording(st)
	case 4:
		return g.vicidialCloser(st)
	}
	return g.vicidialAPI()
}

func (g *gen) vicidialUniqueid() string {
	u := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(600)), 10) + "." + g.num(100, 99999)
	g.keepAt("uniqueid", u)
	return u
}

func (g *gen) vicidialField(b []byte, v string, cat string, plant bool) []byte {
	if len(b) > 0 {
		b = append(b, ',')
	}
	if v == "" {
		return append(b, `\N`...)
	}
	if cat != "" {
		if plant {
			g.plantAt(cat, v)
		} else {
			g.keepAt(cat, v, `"`+v+`"`)
		}
	}
	b = append(b, '"')
	b = append(b, strings.NewReplacer(`"`, `\"`, `\`, `\\`, "\n", `\n`).Replace(v)...)
	return append(b, '"')
}

// vicidialLog writes a vicidial_log row as SELECT * … INTO OUTFILE
// FIELDS TERMINATED BY ',' ENCLOSED BY '"' writes it.
func (g *gen) vicidialLog() Record {
	var b []byte
	uid := g.vicidialUniqueid()
	b = g.vicidialField(b, uid, "", false)
	lead := g.num(100000, 9999999)
	b = g.vicidialField(b, lead, "counter", false)
	b = g.vicidialField(b, g.num(101, 999), "", false) // list_id
	b = g.vicidialField(b, pick(g, vicidialCampaigns), "", false)
	start := g.now.Add(-time.Duration(g.rng.IntN(600)) * time.Second)
	b = g.vicidialField(b, start.Format("2006-01-02 15:04:05"), "timestamp", false)
	dur := g.rng.IntN(900)
	b = g.vicidialField(b, strconv.FormatInt(start.Unix(), 10), "epoch", false)
	b = g.vicidialField(b, strconv.FormatInt(start.Unix()+int64(dur), 10), "epoch", false)
	b = g.vicidialField(b, strconv.Itoa(dur), "duration", false)
	b = g.vicidialField(b, pick(g, vicidialStatuses), "", false)
	l := g.vicidialLead()
	b = g.vicidialField(b, l.code, "", false)
	b = g.vicidialField(b, l.phone, "phone", true)
	u, p := g.vicidialUser()
	b = g.vicidialField(b, u, userCat(p), p)
	if g.pct(30) {
		c := "cust asked for callback on " + l.alt
		if l.alt == "" {
			c = "spoke to " + l.first + ", call back after 5pm"
			g.plantAt("name", l.first)
		} else {
			g.plantAt("phone", l.alt)
		}
		b = g.vicidialField(b, c, "", false)
	} else {
		b = g.vicidialField(b, pick(g, []string{"AUTO", "MANUAL", ""}), "", false)
	}
	b = g.vicidialField(b, "N", "", false)
	b = g.vicidialField(b, pick(g, []string{"AGENTS", "ADMIN", "TEAM2"}), "", false)
	b = g.vicidialField(b, pick(g, []string{"CALLER", "AGENT", "NONE", "ABANDON"}), "", false)
	b = g.vicidialField(b, pick(g, []string{"MAIN", "ALT", "ADDR3"}), "", false)
	return Record{Line: b}
}

// mysqlB escapes a value as the mysql client's batch mode does.
func mysqlB(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`).Replace(s)
}

var vicidialListCols = "lead_id\tentry_date\tmodify_date\tstatus\tuser\tvendor_lead_code\tsource_id\tlist_id\tgmt_offset_now\tcalled_since_last_reset\tphone_code\tphone_number\ttitle\tfirst_name\tmiddle_initial\tlast_name\taddress1\taddress2\taddress3\tcity\tstate\tprovince\tpostal_code\tcountry_code\tgender\tdate_of_birth\talt_phone\temail\tsecurity_phrase\tcomments\tcalled_count\tlast_local_call_time\trank\towner\tentry_list_id"

// vicidialList writes vicidial_list rows as `mysql -B -e 'SELECT * …'`
// prints them: a header row, then tab-separated values.
func (g *gen) vicidialList(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte(vicidialListCols), Header: true}
	}
	l := g.vicidialLead()
	var cols []string
	add := func(v, cat string, plant bool) {
		if cat != "" && v != "" && v != "NULL" {
			if plant {
				g.plantAt(cat, v, mysqlB(v))
			} else {
				form := "\t" + v + "\t"
				if len(cols) == 0 {
					form = v + "\t"
				}
				g.keepAt(cat, v, form)
			}
		}
		cols = append(cols, mysqlB(v))
	}
	add(g.num(100000, 9999999), "counter", false)
	entry := g.now.Add(-time.Duration(g.rng.IntN(90*24)) * time.Hour)
	add(entry.Format("2006-01-02 15:04:05"), "timestamp", false)
	add(g.now.Format("2006-01-02 15:04:05"), "timestamp", false)
	add(pick(g, vicidialStatuses), "", false)
	u, p := g.vicidialUser()
	add(u, userCat(p), p)
	// vendor_lead_code: the CRM's customer number, unlabelled (either
	// outcome is acceptable).
	add("C"+g.digits(7), "", false)
	add(pick(g, []string{"WEBFORM", "IMPORT", "API"}), "", false)
	add(g.num(101, 999), "", false)
	add(pick(g, []string{"-5.00", "0.00", "2.00", "1.00"}), "", false)
	add(pick(g, []string{"Y", "N"}), "", false)
	add(l.code, "", false)
	add(l.phone, "phone", true)
	add(pick(g, []string{"", "Mr", "Ms", "Dr"}), "", false)
	add(l.first, "name", true)
	add(pick(g, []string{"", "J", "A"}), "", false)
	add(l.last, "name", true)
	add(l.addr, "address", true)
	add("", "", false)
	add("", "", false)
	// city, state, postal code: a place shared by many, unlabelled.
	add(l.city, "", false)
	add(pick(g, []string{"IL", "", "ON"}), "", false)
	add("", "", false)
	add(l.zip, "", false)
	add(pick(g, []string{"USA", "GBR", "UKR", "FRA"}), "", false)
	add(pick(g, []string{"U", "M", "F"}), "", false)
	add(pick(g, []string{"0000-00-00", "NULL"}), "", false)
	add(l.alt, "phone", true)
	add(l.email, "email", true)
	add("", "", false)
	var com string
	switch g.rng.IntN(4) {
	case 0:
		first, last := g.name()
		mail := g.email(first, last)
		com = "spouse " + first + " " + last + " handles billing\nemail " + mail
		g.plantAt("name", first+" "+last)
		g.plantAt("email", mail)
	case 1:
		alt := g.voipNumber()
		com = "prefers mobile " + alt + "\tafter 6pm"
		g.plantAt("phone", alt)
	case 2:
		com = "NULL"
	}
	add(com, "", false)
	add(g.num(0, 12), "", false)
	add(g.now.Add(-time.Hour).Format("2006-01-02 15:04:05"), "timestamp", false)
	add("0", "", false)
	add("", "", false)
	add("0", "", false)
	return Record{Line: []byte(strings.Join(cols, "\t"))}
}

// vicidialRecording writes recording_log rows as a CSV download: a header
// row, every value quoted. The recording's file
// name is campaign's default FULLDATE_CUSTPHONE: the customer's number.
func (g *gen) vicidialRecording(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte(`"recording_id","channel","server_ip","extension","start_time","start_epoch","end_time","end_epoch","length_in_sec","length_in_min","filename","location","lead_id","user","vicidial_id"`), Header: true}
	}
	var b []byte
	q := func(v, cat string, plant bool) {
		if len(b) > 0 {
			b = append(b, ',')
		}
		if cat != "" {
			if plant {
				g.plantAt(cat, v)
			} else {
				g.keepAt(cat, v, `"`+v+`"`)
			}
		}
		b = csvq(b, v)
	}
	l := g.vicidialLead()
	q(g.num(10000, 999999), "counter", false)
	q("Local/"+g.num(8600051, 8600099)+"@default-0000"+g.hexID(4)+";1", "", false)
	q(g.privateIPv4(), "", false) // the dialer's own
	q("8309", "", false)
	start := g.now.Add(-time.Duration(g.rng.IntN(600)) * time.Second)
	dur := g.rng.IntN(900)
	end := start.Add(time.Duration(dur) * time.Second)
	q(start.Format("2006-01-02 15:04:05"), "timestamp", false)
	q(strconv.FormatInt(start.Unix(), 10), "epoch", false)
	q(end.Format("2006-01-02 15:04:05"), "timestamp", false)
	q(strconv.FormatInt(end.Unix(), 10), "epoch", false)
	q(strconv.Itoa(dur), "duration", false)
	q(strconv.FormatFloat(float64(dur)/60, 'f', 2, 64), "", false)
	fn := start.Format("20060102-150405") + "_" + l.phone
	g.plantAt("phone", l.phone, "_"+l.phone)
	if g.pct(50) {
		u, p := g.vicidialUser()
		if p {
			g.plantAt("name", u)
		}
		fn += "_" + u // FULLDATE_CUSTPHONE_AGENT
	}
	q(fn+"-all", "", false)
	q("http://"+g.privateIPv4()+"/RECORDINGS/MP3/"+fn+"-all.mp3", "", false)
	q(g.num(100000, 9999999), "counter", false)
	u, p := g.vicidialUser()
	q(u, userCat(p), p)
	q(g.vicidialUniqueid(), "", false)
	return Record{Line: b}
}

// vicidialCloser writes vicidial_closer_log rows (inbound group calls) as
// a CSV download: a header row, every value quoted.
func (g *gen) vicidialCloser(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte(`"closecallid","lead_id","list_id","campaign_id","call_date","start_epoch","end_epoch","length_in_sec","status","phone_code","phone_number","user","comments","processed","queue_seconds","user_group","xfercallid","term_reason","uniqueid","agent_only","queue_position"`), Header: true}
	}
	var b []byte
	q := func(v, cat string, plant bool) {
		if len(b) > 0 {
			b = append(b, ',')
		}
		if cat != "" && v != "" {
			if plant {
				g.plantAt(cat, v)
			} else {
				g.keepAt(cat, v, `"`+v+`"`)
			}
		}
		b = csvq(b, v)
	}
	l := g.vicidialLead()
	q(g.num(10000, 999999), "counter", false)
	q(g.num(100000, 9999999), "counter", false)
	q("998", "", false)
	q(pick(g, []string{"SALESLINE", "SUPPORT_IN", "BILLING"}), "", false)
	start := g.now.Add(-time.Duration(g.rng.IntN(600)) * time.Second)
	dur := g.rng.IntN(900)
	q(start.Format("2006-01-02 15:04:05"), "timestamp", false)
	q(strconv.FormatInt(start.Unix(), 10), "epoch", false)
	q(strconv.FormatInt(start.Unix()+int64(dur), 10), "epoch", false)
	q(strconv.Itoa(dur), "duration", false)
	q(pick(g, vicidialStatuses), "", false)
	q(l.code, "", false)
	q(l.phone, "phone", true)
	u, p := g.vicidialUser()
	q(u, userCat(p), p)
	q("", "", false)
	q("N", "", false)
	q(g.num(0, 300)+".00", "", false) // queue_seconds
	q("AGENTS", "", false)
	q("0", "", false)
	q(pick(g, []string{"CALLER", "AGENT", "QUEUETIMEOUT"}), "", false)
	q(g.vicidialUniqueid(), "", false)
	q("", "", false)
	q(g.num(1, 9), "", false)
	return Record{Line: b}
}

// vicidialAPI writes a response of the Agent API (agc/api.php) or the
// Non-Agent API (non_agent_api.php): one line, fields after " - " joined
// by '|'.
func (g *gen) vicidialAPI() Record {
	l := g.vicidialLead()
	lead := g.num(100000, 9999999)
	g.keepAt("counter", lead, "|"+lead)
	u, p := g.vicidialUser()
	var s string
	switch g.rng.IntN(5) {
	case 0:
		s = "SUCCESS: add_lead LEAD HAS BEEN ADDED - " + l.phone + "|" + g.num(101, 999) + "|" + lead + "|-5|" + u
		g.plantAt("phone", l.phone, " - "+l.phone+"|")
	case 1:
		s = "SUCCESS: update_lead LEAD HAS BEEN UPDATED - " + u + "|" + lead + "|" + l.phone
		g.plantAt("phone", l.phone, "|"+l.phone)
	case 2:
		s = "ERROR: add_lead INVALID PHONE NUMBER LENGTH - " + l.phone + "|" + u
		g.plantAt("phone", l.phone, " - "+l.phone+"|")
	case 3:
		// lead_all_info: the lead's columns in order.
		g.plantAt("phone", l.phone, "|"+l.phone+"|")
		g.plantAt("name", l.first, "|"+l.first+"|")
		g.plantAt("name", l.last, "|"+l.last+"|")
		g.plantAt("address", l.addr)
		if l.email != "" {
			g.plantAt("email", l.email)
		}
		s = pick(g, vicidialStatuses) + "|" + u + "|C" + g.digits(7) + "|API|" + g.num(101, 999) + "|-5.00|" + l.code + "|" + l.phone + "||" + l.first + "||" + l.last + "|" + l.addr + "|||" + l.city + "||" + "|" + l.zip + "|USA|U|0000-00-00||" + l.email + "|||" + g.num(0, 9) + "|" + g.now.Format("2006-01-02 15:04:05") + "|0||0|" + lead
	default:
		// recording_lookup: start_time|user|recording_id|lead_id|location
		rid := g.num(10000, 999999)
		g.keepAt("counter", rid, "|"+rid+"|")
		ts := g.now.Add(-time.Hour)
		fn := ts.Format("20060102-150405") + "_" + l.phone
		g.plantAt("phone", l.phone, "_"+l.phone)
		s = ts.Format("2006-01-02 15:04:05") + "|" + u + "|" + rid + "|" + lead + "|http://10.10.10.15/RECORDINGS/MP3/" + fn + "-all.mp3"
	}
	if p {
		g.plantAt("name", u)
	}
	g.plants, g.keeps = written(g.plants, s), written(g.keeps, s)
	return Record{Line: []byte(s)}
}

// Amazon Chime SDK.

var chimeRegions = []string{"us-east-1", "us-west-2", "eu-central-1", "eu-west-2", "ap-southeast-1"}

// chimeNumber returns a number in E.164, written with or without '+'.
func (g *gen) chimeNumber(plus bool) (text, form string) {
	n := g.worldE164()
	if plus {
		return n, n
	}
	return n[1:], n[1:]
}

func (g *gen) chimeCDR(st *streamState) Record {
	if st.variant%2 == 1 {
		return g.chimeSMAEvent(st)
	}
	var b []byte
	b = append(b, '{')
	acct := "1" + g.digits(11)
	b = g.jk(b, "AwsAccountId", "requestid", acct)
	b = g.jk(b, "TransactionId", "uuid", g.uuid())
	b = g.jk(b, "CallId", "uuid", g.uuid())
	b = g.jk(b, "VoiceConnectorId", "requestid", g.chars(22, lowerNum))
	status := "Completed"
	msg := "OK"
	if g.pct(15) {
		status, msg = "Failed", pick(g, []string{"Busy", "NoAnswer", "Rejected"})
	}
	b = g.js(b, "Status", status)
	b = g.js(b, "StatusMessage", msg)
	dur := g.rng.IntN(1800)
	if status == "Failed" {
		dur = 0
	}
	ds := strconv.Itoa(dur)
	b = jn(b, "BillableDurationSeconds", ds)
	g.keepAt("duration", ds, `"BillableDurationSeconds":`+ds)
	b = g.js(b, "SchemaVersion", pick(g, []string{"2.0", "3.0"}))
	plus := st.variant%4 == 0
	src, sf := g.chimeNumber(plus)
	dst, df := g.chimeNumber(plus)
	dir := pick(g, []string{"Inbound", "Outbound"})
	g.plantAt("phone", src, jsonEsc(sf))
	g.plantAt("phone", dst, jsonEsc(df))
	b = g.js(b, "SourcePhoneNumber", sf)
	if g.pct(30) {
		first, last := g.name()
		b = g.jp(b, "SourcePhoneNumberName", "name", first+" "+last)
	}
	b = g.js(b, "SourceCountry", pick(g, []string{"US", "GB", "DE", "UA"}))
	b = g.js(b, "DestinationPhoneNumber", df)
	if g.pct(20) {
		b = g.js(b, "DestinationPhoneNumberName", "Support Line")
	}
	b = g.js(b, "DestinationCountry", pick(g, []string{"US", "GB", "DE", "UA"}))
	region := pick(g, chimeRegions)
	b = g.js(b, "UsageType", "USE1-US-"+strings.ToLower(dir)+"-minutes")
	b = g.js(b, "ServiceCode", "AmazonChimeVoiceConnector")
	b = g.js(b, "Direction", dir)
	start := g.now.Add(-time.Duration(dur+5) * time.Second).Unix()
	ss, es := strconv.FormatInt(start, 10), strconv.FormatInt(start+int64(dur), 10)
	b = jn(b, "StartTimeEpochSeconds", ss)
	b = jn(b, "EndTimeEpochSeconds", es)
	g.keepAt("epoch", ss)
	g.keepAt("epoch", es)
	b = g.js(b, "Region", region)
	b = jkey(b, "Streaming")
	b = append(b, pick(g, []string{"true", "false"})...)
	return Record{Line: append(b, '}')}
}

// chimeSMAEvent writes a SIP media application invocation event as the
// application's Lambda logs it (the event object on one line).
func (g *gen) chimeSMAEvent(st *streamState) Record {
	var b []byte
	b = append(b, '{')
	b = g.js(b, "SchemaVersion", "1.0")
	seq := g.num(1, 9)
	b = jn(b, "Sequence", seq)
	typ := pick(g, []string{"NEW_INBOUND_CALL", "NEW_OUTBOUND_CALL", "ACTION_SUCCESSFUL", "ACTION_FAILED", "HANGUP", "CALL_ANSWERED", "RINGING"})
	b = g.js(b, "InvocationEventType", typ)
	if typ == "ACTION_SUCCESSFUL" || typ == "ACTION_FAILED" {
		b = jo(b, "ActionData")
		b = g.js(b, "Type", "CallAndBridge")
		b = jo(b, "Parameters")
		b = jn(b, "CallTimeoutSeconds", "30")
		cid, cf := g.chimeNumber(true)
		g.plantAt("phone", cid, cf)
		b = g.js(b, "CallerIdNumber", cf)
		b = ja(b, "Endpoints")
		b = jo(b, "")
		if g.pct(50) {
			n, f := g.chimeNumber(true)
			g.plantAt("phone", n, f)
			b = g.js(b, "BridgeEndpointType", "PSTN")
			b = g.js(b, "Uri", f)
		} else {
			login := g.personLogin()
			g.plantAt("name", login, "sip:"+login+"@")
			b = g.js(b, "BridgeEndpointType", "AWS")
			b = g.js(b, "Arn", "arn:aws:chime:us-east-1:"+g.digits(12)+":vc/"+g.chars(22, lowerNum))
			b = g.js(b, "Uri", "sip:"+login+"@vc.example.com")
		}
		b = append(b, '}', ']')
		b = jo(b, "SipHeaders")
		first, last := g.name()
		b = g.jp(b, "X-Customer-Name", "name", first+" "+last)
		if g.pct(50) {
			b = g.jp(b, "X-Customer-Email", "email", g.email(first, last))
		}
		if g.pct(50) {
			acct := g.num(10000000, 99999999)
			b = g.jk(b, "X-Account-Id", "orderid", acct)
		}
		if g.pct(40) {
			div := g.worldE164()
			g.plantAt("phone", div, "sip:"+div+"@")
			b = g.js(b, "Diversion", "<sip:"+div+"@"+pick(g, sipHosts)+">;reason=no-answer")
		}
		if g.pct(30) {
			uui := g.hexID(24)
			b = g.jk(b, "User-to-User", "hash", uui+";encoding=hex")
		}
		b = append(b, '}', '}')
		if typ == "ACTION_FAILED" {
			b = g.js(b, "ErrorType", "CallNotAnswered")
			b = g.js(b, "ErrorMessage", "Call was not answered")
		}
		b = append(b, '}')
	}
	b = jo(b, "CallDetails")
	b = g.jk(b, "TransactionId", "uuid", g.uuid())
	if g.pct(40) {
		b = jo(b, "TransactionAttributes")
		first, last := g.name()
		b = g.jp(b, "CallerName", "name", first+" "+last)
		b = g.jk(b, "TicketId", "orderid", "T-"+g.num(100000, 999999))
		b = append(b, '}')
	}
	b = g.jk(b, "AwsAccountId", "requestid", "1"+g.digits(11))
	b = g.js(b, "AwsRegion", pick(g, chimeRegions))
	b = g.jk(b, "SipRuleId", "uuid", g.uuid())
	b = g.jk(b, "SipMediaApplicationId", "uuid", g.uuid())
	b = ja(b, "Participants")
	legs := 1
	if g.pct(40) {
		legs = 2
	}
	for i := 0; i < legs; i++ {
		b = jo(b, "")
		b = g.jk(b, "CallId", "uuid", g.uuid())
		b = g.js(b, "ParticipantTag", "LEG-"+string(rune('A'+i)))
		to, tf := g.chimeNumber(true)
		from, ff := g.chimeNumber(true)
		g.plantAt("phone", to, tf)
		g.plantAt("phone", from, ff)
		b = g.js(b, "To", tf)
		b = g.js(b, "From", ff)
		b = g.js(b, "Direction", pick(g, []string{"Inbound", "Outbound"}))
		ms := strconv.FormatInt(g.now.UnixMilli()-int64(g.rng.IntN(60000)), 10)
		b = g.jk(b, "StartTimeInMilliseconds", "epoch", ms)
		b = g.js(b, "CallStatus", pick(g, []string{"Connected", "Disconnected"}))
		b = append(b, '}')
	}
	b = append(b, ']', '}', '}')
	return Record{Line: b}
}
