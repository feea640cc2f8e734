package realistic

import (
	"encoding/hex"
	"strconv"
	"strings"
)

// Three held-out families, written from their public documentation before
// the engine's rules were read:
//
//   - card_terminal_logs: a payment switch's and its terminals' logs, one
//     source a stream. jPOS's Q2 log events (<log realm at lifespan>,
//     <receive>/<send>, <isomsg direction>, <field id value/>, binary
//     fields with type="binary", a packager comment), raw or through a
//     ProtectedLogListener (ISOUtil.protect's 411111______1111, [WIPED]);
//     ISO 8583 field-list dumps (DE002: …, [035] …) one field a line behind
//     a switch's log prefix; EMV kernel traces (tag, length, value: 5A the
//     PAN in BCD, 57 the track 2 equivalent with its D separator, 5F20 the
//     cardholder name in hex or as text, 5F24, 4F/84 AIDs, 95 TVR, 9B TSI,
//     9F26 ARQC, 9F36 ATC, 9F37, 9F02, 9C, 9A); POS/ECR application logs
//     (sale lines with a PCI-masked PAN, a debug line of the raw track 1
//     or 2, a receipt's cardholder name, an e-receipt's address).
//   - lms_edu_logs: Moodle's standard log as the Logs report downloads it
//     (CSV: Time, User full name, Affected user, Event context, Component,
//     Event name, Description, Origin, IP address) and logstore_standard_log
//     rows exported as CSV (other as JSON with its quotes doubled); LTI
//     1.1 basic launch bodies as a tool logs them (form-encoded, OAuth 1.0
//     parameters, lis_person_*, Canvas's custom_canvas_* substitutions);
//     LTI 1.3 id_token claims (OIDC name/email, the purl.imsglobal.org
//     claim URIs, lis.person_sourcedid) and the raw id_token form post;
//     Canvas's authentication audit API (events with linked logins and
//     users: unique_id, sis_user_id, sortable_name) and Blackboard Learn's
//     REST user object (userName, studentId, name, contact.email).
//   - access_control_logs: physical access control. UniFi Access's
//     access.door.unlock webhook (location, device, actor, object),
//     Lenel OnGuard alarms through its syslog forwarder, a Genetec
//     Security Center door activity report (CSV with the credential's
//     facility code and card number), Gallagher Command Centre REST events
//     (cardholder, card facilityCode/number), Brivo's event API, Verkada's
//     access webhooks and Envoy's visitor log export (CSV).
//
// Personal: PANs in every field and encoding, tracks 1 and 2 (and their
// equivalents), PIN blocks, cardholder names (ISO 7813's SURNAME/GIVEN and
// in hex), people's names, logins, e-mail addresses, student and employee
// ids, badge and card numbers tied to a person, client addresses, visitor
// phones. Look-alikes: STANs, RRNs, authorisation codes, terminal and
// merchant ids, MCCs, amounts, AIDs, TVR/TSI, cryptograms, processing
// codes, PCI-masked PANs, course, module and event ids, door, reader and
// controller ids, times and epochs.

// payPAN returns a Luhn-valid PAN of a major scheme, digits only.
func (g *gen) payPAN() string {
	var d string
	switch g.rng.IntN(4) {
	case 0:
		d = "4" + g.digits(14)
	case 1:
		d = "5" + g.num(1, 5) + g.digits(13)
	case 2:
		d = "37" + g.digits(12)
	default:
		d = "6011" + g.digits(11)
	}
	return d + string(rune('0'+luhnCheck(d)))
}

// maskPAN returns pan with all but the first six and last four digits
// replaced by c (PCI DSS 3.4's display rule).
func maskPAN(pan string, c byte) string {
	return pan[:6] + strings.Repeat(string(c), len(pan)-10) + pan[len(pan)-4:]
}

// track2 returns ISO 7813 track 2 data: PAN, separator, YYMM, service code,
// discretionary data.
func (g *gen) track2(pan, exp, sep string) string {
	return pan + sep + exp + pick(g, []string{"101", "201", "221"}) + g.digits(13)
}

// plantTrack labels a track as the card it carries: its PAN, and the PAN
// written against the separator so that a word search finds it.
func (g *gen) plantTrack(pan, track string) {
	g.plantAt("card", pan, track)
}

var payMerchants = []string{"ACME STORE 042        SPRINGFIELD   US", "CAFE CENTRAL          WIEN          AT", "BUCHHANDLUNG NORD     HAMBURG       DE", "FUEL STATION 17       LVIV          UA"}

var payAIDs = []string{"A0000000031010", "A0000000041010", "A000000025010801", "A0000001523010"}

func (g *gen) cardTerminalLogs(st *streamState) Record {
	switch st.variant % 4 {
	case 1:
		return g.isoFieldList(st)
	case 2:
		return g.emvTrace(st)
	case 3:
		return g.ecrLog()
	}
	return g.jposDump(st)
}

// holderName returns ISO 7813's SURNAME/GIVEN form of a person's name.
func holderName(f, l string) string {
	return strings.ToUpper(ascii(l)) + "/" + strings.ToUpper(ascii(f))
}

func (g *gen) payExpiry() string { return g.num(26, 31) + two(1+g.rng.IntN(12)) }

// jposDump is one jPOS log event on one line (the multi-line XML joined by
// the shipper), protected by a ProtectedLogListener in odd streams.
func (g *gen) jposDump(st *streamState) Record {
	protected := st.variant%8 == 4
	f, l := g.name()
	pan := g.payPAN()
	exp := g.payExpiry()
	b := make([]byte, 0, 1600)
	b = append(b, `<log realm="channel/`...)
	b = append(b, g.privateIPv4()+":"+g.num(8000, 9999)...) // the acquirer host: infrastructure
	b = append(b, `" at="`...)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000"), "")
	b = append(b, `" lifespan="`+g.num(2, 900)+`ms">`...)
	in := g.pct(60)
	if in {
		b = append(b, " <receive>"...)
	} else {
		b = append(b, " <send>"...)
	}
	dir := "incoming"
	mti := pick(g, []string{"0100", "0200", "0200", "0420"})
	if !in {
		dir = "outgoing"
	}
	b = append(b, ` <isomsg direction="`+dir+`">`...)
	b = append(b, " <!-- org.jpos.iso.packager.GenericPackager[cfg/iso87ascii.xml] -->"...)
	field := func(id, v string) {
		b = append(b, ` <field id="`+id+`" value="`...)
		b = append(b, v...)
		b = append(b, `"/>`...)
	}
	keepField := func(id, cat, v string) {
		g.keepAt(cat, v, `id="`+id+`" value="`+v+`"`)
		field(id, v)
	}
	field("0", mti)
	if protected {
		m := maskPAN(pan, '_')
		keepField("2", "masked", m)
	} else {
		g.plantAt("card", pan, `value="`+pan+`"`)
		field("2", pan)
	}
	keepField("3", "counter", pick(g, []string{"000000", "003000", "200000", "010000"}))
	keepField("4", "counter", "0000"+g.digits(8))
	keepField("7", "timestamp", g.now.UTC().Format("0102150405"))
	keepField("11", "counter", g.digits(6))
	keepField("12", "timestamp", g.now.UTC().Format("150405"))
	keepField("13", "timestamp", g.now.UTC().Format("0102"))
	if protected {
		field("14", "____")
	} else {
		field("14", exp) // expiry alone identifies no one: either outcome is fine
	}
	keepField("18", "counter", pick(g, []string{"5411", "5812", "5999", "4111", "5541"}))
	field("22", pick(g, []string{"051", "071", "901", "021"}))
	keepField("32", "uniqueid", g.digits(6))
	if mti != "0420" && g.pct(70) {
		if protected {
			t := maskPAN(pan, '_') + "=" + strings.Repeat("_", 20)
			keepField("35", "masked", t)
		} else {
			t := g.track2(pan, exp, "=")
			g.plantTrack(pan, t)
			field("35", t)
		}
	}
	rrn := g.now.UTC().Format("6002") + g.digits(8)
	keepField("37", "requestid", rrn)
	if !in {
		keepField("38", "counter", g.chars(6, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
		field("39", pick(g, []string{"00", "00", "05", "51", "55"}))
	}
	keepField("41", "uniqueid", "TERM"+g.digits(4))
	keepField("42", "uniqueid", "MERCH"+g.digits(10))
	b = append(b, ` <field id="43" value="`+pick(g, payMerchants)+`"/>`...)
	if in && g.pct(30) {
		if protected {
			b = append(b, ` <field id="45" value="[WIPED]"/>`...)
		} else {
			hn := holderName(f, l)
			t1 := "B" + pan + "^" + hn + "^" + exp + "101" + g.digits(11)
			g.plantAt("card", pan, "B"+pan+"^")
			g.plantAt("name", hn, "^"+hn+"^")
			field("45", t1)
		}
	}
	keepField("49", "counter", pick(g, []string{"840", "978", "980", "826"}))
	if in && mti != "0420" && g.pct(50) {
		if protected {
			b = append(b, ` <field id="52" value="[WIPED]" type="binary"/>`...)
		} else {
			pb := strings.ToUpper(g.hexID(16))
			g.plantAt("secret", pb, `"`+pb+`"`)
			b = append(b, ` <field id="52" value="`+pb+`" type="binary"/>`...)
		}
	}
	if in && g.pct(60) {
		arqc := strings.ToUpper(g.hexID(16))
		g.keepAt("hash", arqc, arqc)
		icc := "9F2608" + arqc + "9F2701809F10120110A00003220000000000000000000000FF9F3704" + strings.ToUpper(g.hexID(8)) + "9F360200" + strings.ToUpper(g.hexID(2)) + "950500000080009A03" + g.now.UTC().Format("060102") + "9C01009F02060000" + g.digits(8) + "5F2A020978820239009F1A0209789F3303E0F8C8"
		b = append(b, ` <field id="55" value="`+icc+`" type="binary"/>`...)
	}
	b = append(b, " </isomsg>"...)
	if in {
		b = append(b, " </receive>"...)
	} else {
		b = append(b, " </send>"...)
	}
	return Record{Line: append(b, " </log>"...)}
}

var isoFieldNames = map[string]string{"002": "Primary Account Number", "003": "Processing Code", "004": "Amount, Transaction", "007": "Transmission Date and Time", "011": "System Trace Audit Number", "014": "Expiration Date", "035": "Track 2 Data", "037": "Retrieval Reference Number", "038": "Authorization ID Response", "041": "Card Acceptor Terminal ID", "042": "Card Acceptor ID Code", "045": "Track 1 Data", "052": "PIN Data"}

// isoFieldList is one line of an ISO 8583 message dump: a switch prints
// the MTI, then a field a line, as DE002: value or [002] <value>.
func (g *gen) isoFieldList(st *streamState) Record {
	style := st.variant / 4 % 2
	b := make([]byte, 0, 200)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000"), "")
	b = append(b, " DEBUG [iso-mux-"+g.num(1, 4)+"] "...)
	put := func(de string) []byte {
		if style == 0 {
			return append(b, "DE"+de+": "...)
		}
		return append(b, "["+de+"] "...)
	}
	switch g.rng.IntN(9) {
	case 0:
		return Record{Line: append(b, "MTI: "+pick(g, []string{"0100", "0110", "0200", "0210"})...)}
	case 1, 2:
		pan := g.payPAN()
		b = put("002")
		g.plantAt("card", pan)
		b = append(b, pan...)
		if style == 1 {
			b = append(b, "  ("+isoFieldNames["002"]+")"...)
		}
	case 3:
		b = put("035")
		pan := g.payPAN()
		sep := pick(g, []string{"=", "D"})
		t := g.track2(pan, g.payExpiry(), sep)
		g.plantTrack(pan, t)
		b = append(b, t...)
	case 4:
		b = put("045")
		f, l := g.name()
		pan := g.payPAN()
		hn := holderName(f, l)
		g.plantAt("card", pan, "B"+pan+"^")
		g.plantAt("name", hn, "^"+hn+"^")
		b = append(b, "B"+pan+"^"+hn+"^"+g.payExpiry()+"201"+g.digits(12)...)
	case 5:
		b = put("011")
		b = g.keep(b, "counter", g.digits(6), "")
	case 6:
		b = put("037")
		b = g.keep(b, "requestid", g.now.UTC().Format("6002")+g.digits(8), "")
	case 7:
		if g.pct(50) {
			b = put("041")
			b = g.keep(b, "uniqueid", "T"+g.digits(7), "")
		} else {
			b = put("042")
			b = g.keep(b, "uniqueid", g.digits(15), "")
		}
	default:
		b = put("052")
		pb := strings.ToUpper(g.hexID(16))
		b = g.plant(b, "secret", pb, "")
	}
	return Record{Line: b}
}

// emvTLV writes one EMV data object as a kernel trace prints it: tag,
// length in hex, value in hex.
func emvTLV(tag string, v []byte) string {
	return tag + " " + strings.ToUpper(hex.EncodeToString([]byte{byte(len(v))})) + " " + strings.ToUpper(hex.EncodeToString(v))
}

// bcd returns the packed BCD of digits, padded with F (EMV Book 3, cn).
func bcd(d string) []byte {
	if len(d)%2 == 1 {
		d += "F"
	}
	out, _ := hex.DecodeString(d)
	return out
}

// emvTrace is one line of a terminal's EMV kernel trace: a tag a line.
func (g *gen) emvTrace(st *streamState) Record {
	b := make([]byte, 0, 160)
	b = g.keep(b, "timestamp", g.now.UTC().Format("15:04:05.000"), "")
	b = append(b, " [EMV] "...)
	if st.variant/4%2 == 1 {
		b = append(b, "TLV "...)
	}
	switch g.rng.IntN(12) {
	case 0, 1:
		pan := g.payPAN()
		v := bcd(pan)
		line := emvTLV("5A", v)
		form := line[len(line)-2*len(v):]
		g.plantAt("card", pan, form)
		b = append(b, line...)
	case 2:
		pan := g.payPAN()
		t := strings.ToUpper(g.track2(pan, g.payExpiry(), "D"))
		line := emvTLV("57", bcd(t))
		form := line[len(line)-len(t)-len(t)%2:]
		g.plantAt("card", pan, form)
		b = append(b, line...)
	case 3:
		f, l := g.name()
		hn := holderName(f, l)
		if len(hn) > 26 {
			hn = hn[:26]
		}
		if g.pct(50) {
			line := emvTLV("5F20", []byte(hn))
			h := strings.ToUpper(hex.EncodeToString([]byte(hn)))
			g.plantAt("name", h)
			b = append(b, line...)
		} else {
			b = append(b, "5F20 "+strings.ToUpper(hex.EncodeToString([]byte{byte(len(hn))}))+" \""...)
			b = g.plant(b, "name", hn, "")
			b = append(b, '"')
		}
	case 4:
		b = append(b, "5F24 03 "+g.payExpiry()+two(28)...) // expiry: either outcome is fine
	case 5:
		aid := pick(g, payAIDs)
		tag := pick(g, []string{"4F", "84", "9F06"})
		g.keepAt("uniqueid", aid)
		b = append(b, emvTLV(tag, bcd(aid))...)
	case 6:
		tvr := "0000" + pick(g, []string{"008000", "048000", "000000", "800000"})
		g.keepAt("hash", tvr)
		b = append(b, "95 05 "+tvr...)
	case 7:
		v := pick(g, []string{"E800", "6800", "F800"})
		g.keepAt("hash", v, "9B 02 "+v)
		b = append(b, "9B 02 "+v...)
	case 8:
		arqc := strings.ToUpper(g.hexID(16))
		b = append(b, "9F26 08 "...)
		b = g.keep(b, "hash", arqc, "")
	case 9:
		atc := strings.ToUpper(g.hexID(4))
		g.keepAt("counter", atc, "9F36 02 "+atc)
		b = append(b, "9F36 02 "+atc...)
	case 10:
		amt := "0000" + g.digits(8)
		b = append(b, "9F02 06 "...)
		b = g.keep(b, "counter", amt, "")
	default:
		un := strings.ToUpper(g.hexID(8))
		b = append(b, "9F37 04 "...)
		b = g.keep(b, "hash", un, "")
	}
	return Record{Line: b}
}

// ecrLog is one line of a POS/ECR application's log.
func (g *gen) ecrLog() Record {
	b := make([]byte, 0, 300)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05"), "")
	pan := g.payPAN()
	switch g.rng.IntN(6) {
	case 0, 1:
		b = append(b, " INFO  ECR: TXN SALE amt="+g.num(1, 300)+"."+g.digits(2)+" "+pick(g, []string{"EUR", "USD", "UAH"})+" card="+pick(g, []string{"VISA", "MASTERCARD", "AMEX"})+" pan="...)
		b = g.keep(b, "masked", maskPAN(pan, '*'), "")
		b = append(b, " entry="+pick(g, []string{"CHIP", "CTLS", "SWIPE"})+" aid="...)
		b = g.keep(b, "uniqueid", pick(g, payAIDs), "")
		b = append(b, " tvr="...)
		b = g.keep(b, "hash", "0000"+pick(g, []string{"008000", "048000", "000000"}), "")
		b = append(b, " auth="...)
		b = g.keep(b, "counter", g.digits(6), "")
		b = append(b, " rrn="...)
		b = g.keep(b, "requestid", g.digits(12), "")
		b = append(b, " stan="...)
		b = g.keep(b, "counter", g.digits(6), "")
		b = append(b, " tid="...)
		b = g.keep(b, "uniqueid", "T"+g.digits(7), "")
		b = append(b, " result=APPROVED"...)
	case 2:
		b = append(b, " DEBUG MSR: track2=;"...)
		t := g.track2(pan, g.payExpiry(), "=")
		g.plantTrack(pan, t)
		b = append(b, t+"?"...)
	case 3:
		f, l := g.name()
		b = append(b, " INFO  RECEIPT: CARDHOLDER: "...)
		b = g.plant(b, "name", strings.ToUpper(ascii(f)+" "+ascii(l)), "")
		b = append(b, " CARD: "...)
		b = g.keep(b, "masked", strings.Repeat("*", len(pan)-4)+pan[len(pan)-4:], "")
	case 4:
		f, l := g.name()
		b = append(b, " INFO  ERECEIPT: receipt "...)
		b = g.keep(b, "orderid", "R-"+g.digits(8), "")
		b = append(b, " e-mailed to "...)
		b = g.plant(b, "email", g.email(f, l), "")
	default:
		b = append(b, " WARN  PINPAD: manual entry pan="...)
		b = g.plant(b, "card", pan, "")
		b = append(b, " exp="+g.payExpiry()[2:]+"/"+g.payExpiry()[:2]+" reason=CHIP_READ_FAIL"...)
	}
	return Record{Line: b}
}

// --- lms_edu_logs ---

var moodleCourses = []string{"Introduction to Biology", "Calculus I", "Academic Writing", "Organic Chemistry 2"}

func (g *gen) lmsEduLogs(st *streamState) Record {
	switch st.variant % 5 {
	case 1:
		return g.ltiLaunchForm()
	case 2:
		return g.lti13Claims()
	case 3:
		return g.canvasBlackboardAudit()
	case 4:
		return g.moodleStoreRow(st)
	}
	return g.moodleReportCSV(st)
}

// csvQ quotes a CSV field when it holds a comma, a quote or a line break
// (PHP fputcsv).
func csvQ(s string) string {
	if strings.ContainsAny(s, ",\"\n") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

// moodleReportCSV is a row of the Logs report's CSV download.
func (g *gen) moodleReportCSV(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte("Time,User full name,Affected user,Event context,Component,Event name,Description,Origin,IP address"), Header: true}
	}
	f, l := g.name()
	uid := g.num(3, 4000)
	cid := g.num(2, 300)
	var b []byte
	t := g.now.UTC().Format("02/01/06, 15:04")
	g.keepAt("timestamp", t, `"`+t+`"`)
	b = append(b, csvQ(t)+","...)
	full := f + " " + l
	g.plantAt("name", full, csvQ(full))
	b = append(b, csvQ(full)+","...)
	course := pick(g, moodleCourses)
	var affected, ctx, comp, event, desc string
	affected = "-"
	switch g.rng.IntN(6) {
	case 0:
		ctx, comp, event = "Course: "+course, "System", "Course viewed"
		desc = "The user with id '" + uid + "' viewed the course with id '" + cid + "'."
	case 1:
		cm := g.num(10, 9000)
		ctx, comp, event = "Quiz: Week "+g.num(1, 12)+" quiz", "Quiz", "Quiz attempt submitted"
		desc = "The user with id '" + uid + "' has submitted the attempt with id '" + g.num(100, 99999) + "' for the quiz with course module id '" + cm + "'."
		g.keepAt("counter", cm, "id '"+cm+"'.")
	case 2:
		af, al := g.name()
		affected = af + " " + al
		g.plantAt("name", affected, ","+csvQ(affected)+",")
		ctx, comp, event = "Course: "+course, "System", "Role assigned"
		desc = "The user with id '" + uid + "' assigned the role with id '5' to the user with id '" + g.num(3, 4000) + "'."
	case 3:
		ctx, comp, event = "System", "System", "User has logged in"
		desc = "The user with id '" + uid + "' has logged in."
	case 4:
		ctx, comp, event = "System", "System", "User login failed"
		login := g.login(f, l)
		g.plantAt("name", login, "'"+login+"'")
		desc = "Login failed for user '" + login + "'. Most likely the password did not match (error ID '3')."
	default:
		ctx, comp, event = "Forum: "+pick(g, []string{"Announcements", "Week 3 discussion", "Q&A"}), "Forum", "Post created"
		desc = "The user with id '" + uid + "' has created the post with id '" + g.num(100, 99999) + "' in the discussion with id '" + g.num(10, 9999) + "' in the forum with course module id '" + g.num(10, 9000) + "'."
	}
	// The numeric user ids in descriptions point at an account, not at a
	// person outside Moodle: either outcome is fine, so unlabelled.
	if affected == "-" {
		b = append(b, "-,"...)
	} else {
		b = append(b, csvQ(affected)+","...)
	}
	b = append(b, csvQ(ctx)+","+comp+","+event+","+csvQ(desc)+","...)
	b = append(b, pick(g, []string{"web", "web", "ws", "cli"})+","...)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	return Record{Line: b}
}

// moodleStoreRow is a row of logstore_standard_log exported as CSV.
func (g *gen) moodleStoreRow(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte("id,eventname,component,action,target,objecttable,objectid,crud,edulevel,contextid,contextlevel,contextinstanceid,userid,courseid,relateduserid,anonymous,other,timecreated,origin,ip,realuserid"), Header: true}
	}
	f, l := g.name()
	b := make([]byte, 0, 400)
	b = g.keep(b, "uniqueid", g.num(100000, 9999999), "")
	b = append(b, ',')
	var other string
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, `\core\event\user_login_failed,core,failed,user_login,user,,r,0,1,10,0,0,0,,0,`...)
		login := g.login(f, l)
		g.plantAt("name", login, `""username"":""`+login+`""`)
		other = `"{""username"":""` + login + `"",""reason"":3}"`
	case 1:
		b = append(b, `\core\event\user_loggedin,core,loggedin,user,user,`...)
		uid := g.num(3, 4000)
		b = append(b, uid+",r,0,1,10,0,"+uid+",0,,0,"...)
		login := g.login(f, l)
		g.plantAt("name", login, `""username"":""`+login+`""`)
		other = `"{""username"":""` + login + `""}"`
	default:
		b = append(b, `\mod_assign\event\submission_status_viewed,mod_assign,viewed,submission_status,assign,`...)
		b = append(b, g.num(1, 900)+",r,2,"+g.num(20, 9000)+",70,"+g.num(10, 9000)+","+g.num(3, 4000)+","+g.num(2, 300)+",,0,"...)
		other = "null"
	}
	b = append(b, other+","...)
	b = g.keep(b, "epoch", strconv.FormatInt(g.now.Unix(), 10), "")
	b = append(b, ",web,"...)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	return Record{Line: append(b, ',')}
}

// ltiLaunchForm is an LTI 1.1 basic launch request body as a tool logs it.
func (g *gen) ltiLaunchForm() Record {
	f, l := g.name()
	b := make([]byte, 0, 1400)
	b = append(b, "oauth_consumer_key="+g.hexID(20)+"&oauth_signature_method=HMAC-SHA1&oauth_timestamp="...)
	b = g.keep(b, "epoch", strconv.FormatInt(g.now.Unix(), 10), "")
	b = append(b, "&oauth_nonce="+g.token(32)+"&oauth_version=1.0&context_id="...)
	b = g.keep(b, "hash", g.hexID(40), "")
	b = append(b, "&context_label=BIO"+g.num(100, 499)+"&context_title="+pctEnc(pick(g, moodleCourses), true, false)...)
	b = append(b, "&custom_canvas_course_id="...)
	b = g.keep(b, "counter", g.num(1000, 99999), "")
	b = append(b, "&custom_canvas_user_id="+g.num(1000, 99999)...) // an account number: either outcome is fine
	login := g.login(f, l)
	b = append(b, "&custom_canvas_user_login_id="...)
	b = g.plant(b, "name", login, "")
	b = append(b, "&ext_roles=urn%3Alti%3Ainstrole%3Aims%2Flis%2FStudent&launch_presentation_document_target=iframe&launch_presentation_locale=en"...)
	b = append(b, "&launch_presentation_return_url=https%3A%2F%2Fcanvas.example.edu%2Fcourses%2F"+g.num(100, 999)+"%2Fexternal_content%2Fsuccess%2Fexternal_tool_redirect"...)
	mail := g.email(f, l)
	b = append(b, "&lis_person_contact_email_primary="...)
	b = g.plant(b, "email", mail, pctEnc(mail, true, false))
	b = append(b, "&lis_person_name_family="...)
	b = g.plant(b, "name", l, pctEnc(l, true, false))
	b = append(b, "&lis_person_name_full="...)
	b = g.plant(b, "name", f+" "+l, pctEnc(f+" "+l, true, false))
	b = append(b, "&lis_person_name_given="...)
	b = g.plant(b, "name", f, pctEnc(f, true, false))
	sid := "S" + g.digits(7)
	b = append(b, "&lis_person_sourcedid="...)
	b = g.plant(b, "studentid", sid, "")
	b = append(b, "&lti_message_type=basic-lti-launch-request&lti_version=LTI-1p0&oauth_callback=about%3Ablank&resource_link_id="...)
	b = g.keep(b, "hash", g.hexID(40), "")
	b = append(b, "&roles=Learner&tool_consumer_info_product_family_code=canvas&tool_consumer_instance_guid="+g.token(40)+"%3Acanvas-lms&user_id="+g.hexID(40)...)
	// user_id is LTI's opaque per-platform id: either outcome is fine.
	b = append(b, "&oauth_signature="+pctEnc(g.token(27)+"=", true, false)...)
	return Record{Line: b}
}

const ltiClaim = "https://purl.imsglobal.org/spec/lti/claim/"

// lti13Claims is an LTI 1.3 launch as a tool logs it: the validated
// id_token's claims as JSON or, in a third of the records, the raw form
// post with the JWT.
func (g *gen) lti13Claims() Record {
	f, l := g.name()
	mail := g.email(f, l)
	sid := "S" + g.digits(7)
	if g.pct(30) {
		b := make([]byte, 0, 900)
		b = append(b, "id_token="...)
		b = g.plant(b, "jwt", g.jwt(mail), "")
		b = append(b, "&state="...)
		b = g.keep(b, "uuid", g.uuid(), "")
		return Record{Line: b}
	}
	b := append(make([]byte, 0, 1500), '{')
	b = g.js(b, "iss", "https://canvas.instructure.com")
	b = g.js(b, "aud", g.digits(17))
	b = jn(b, "iat", strconv.FormatInt(g.now.Unix(), 10))
	g.keepAt("epoch", strconv.FormatInt(g.now.Unix(), 10))
	b = jn(b, "exp", strconv.FormatInt(g.now.Unix()+3600, 10))
	b = g.js(b, "sub", g.uuid()) // the platform's opaque user id: either outcome is fine
	b = g.jk(b, "nonce", "uuid", g.uuid())
	b = g.jk(b, ltiClaim+"deployment_id", "uniqueid", g.num(1, 999)+":"+g.hexID(40))
	b = g.js(b, ltiClaim+"message_type", "LtiResourceLinkRequest")
	b = g.js(b, ltiClaim+"version", "1.3.0")
	b = ja(b, ltiClaim+"roles")
	b = append(b, `"http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]`...)
	b = jo(b, ltiClaim+"context")
	b = g.jk(b, "id", "hash", g.hexID(40))
	b = g.js(b, "label", "BIO"+g.num(100, 499))
	b = g.js(b, "title", pick(g, moodleCourses))
	b = append(b, '}')
	b = jo(b, ltiClaim+"resource_link")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = append(b, '}')
	b = jo(b, ltiClaim+"lis")
	b = g.jp(b, "person_sourcedid", "studentid", sid)
	b = g.js(b, "course_offering_sourcedid", "BIO-"+g.num(2024, 2026)+"-F")
	b = append(b, '}')
	b = g.jp(b, "name", "name", f+" "+l)
	b = g.jp(b, "given_name", "name", f)
	b = g.jp(b, "family_name", "name", l)
	b = g.jp(b, "email", "email", mail)
	b = jo(b, "https://purl.imsglobal.org/spec/lti/claim/custom")
	login := g.login(f, l)
	b = g.jp(b, "canvas_user_login_id", "name", login)
	b = g.jk(b, "canvas_course_id", "counter", g.num(1000, 99999))
	b = append(b, '}')
	b = g.js(b, "locale", "en")
	return Record{Line: append(b, '}')}
}

// canvasBlackboardAudit is a Canvas authentication audit response or a
// Blackboard Learn user object as an integration logs it.
func (g *gen) canvasBlackboardAudit() Record {
	f, l := g.name()
	mail := g.email(f, l)
	login := g.login(f, l)
	sid := "S" + g.digits(7)
	b := append(make([]byte, 0, 1200), '{')
	if g.pct(50) {
		uid := g.num(1000, 99999)
		b = ja(b, "events")
		b = jo(b, "")
		b = g.jk(b, "id", "uuid", g.uuid())
		b = g.jk(b, "created_at", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
		b = g.js(b, "event_type", pick(g, []string{"login", "logout", "corrupted"}))
		b = jo(b, "links")
		b = jn(b, "login", g.num(1000, 99999))
		b = jn(b, "account", "1")
		b = jn(b, "user", uid)
		b = g.jk(b, "page_view", "uuid", g.uuid())
		b = append(b, "}}],"...)
		b = append(b, `"linked":{`...)
		b = ja(b, "logins")
		b = jo(b, "")
		b = jn(b, "id", g.num(1000, 99999))
		b = jn(b, "user_id", uid)
		b = g.jp(b, "unique_id", "email", mail)
		b = g.jp(b, "sis_user_id", "studentid", sid)
		b = g.js(b, "workflow_state", "active")
		b = append(b, "}]"...)
		b = ja(b, "users")
		b = jo(b, "")
		b = jn(b, "id", uid)
		b = g.jp(b, "name", "name", f+" "+l)
		b = g.jp(b, "sortable_name", "name", l+", "+f)
		b = g.jp(b, "short_name", "name", f)
		b = g.jp(b, "login_id", "name", login)
		b = append(b, "}]}"...)
		return Record{Line: append(b, '}')}
	}
	b = g.jk(b, "id", "uniqueid", "_"+g.num(100, 99999)+"_1")
	b = g.jk(b, "uuid", "hash", g.hexID(32))
	b = g.jk(b, "externalId", "uniqueid", "ext-"+g.num(100, 99999))
	b = g.js(b, "dataSourceId", "_2_1")
	b = g.jp(b, "userName", "name", login)
	b = g.jp(b, "studentId", "studentid", sid)
	b = g.jk(b, "created", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.jk(b, "lastLogin", "timestamp", g.now.UTC().Add(-3600e9).Format("2006-01-02T15:04:05.000Z"))
	b = ja(b, "institutionRoleIds")
	b = append(b, `"STUDENT"]`...)
	b = jo(b, "name")
	b = g.jp(b, "given", "name", f)
	b = g.jp(b, "family", "name", l)
	b = append(b, '}')
	b = jo(b, "contact")
	b = g.jp(b, "email", "email", mail)
	b = append(b, '}')
	b = jo(b, "availability")
	b = g.js(b, "available", "Yes")
	b = append(b, '}')
	return Record{Line: append(b, '}')}
}

// --- access_control_logs ---

var accessDoors = []string{"Door 3 Lobby", "Main Entrance", "Server Room B2", "Loading Dock", "Parking Gate North"}

func (g *gen) accessControlLogs(st *streamState) Record {
	switch st.variant % 5 {
	case 1:
		return g.lenelSyslog()
	case 2:
		return g.genetecCSV(st)
	case 3:
		return g.badgeCloudJSON()
	case 4:
		return g.envoyCSV(st)
	}
	return g.unifiAccessHook()
}

// badge returns a badge number as badge systems print it: zero-padded.
func (g *gen) badge() string { return "00" + g.num(1000, 9999) }

// unifiAccessHook is UniFi Access's access.door.unlock webhook body.
func (g *gen) unifiAccessHook() Record {
	f, l := g.name()
	b := append(make([]byte, 0, 1100), '{')
	b = g.js(b, "event", "access.door.unlock")
	b = g.jk(b, "event_object_id", "uuid", g.uuid())
	b = jo(b, "data")
	b = jo(b, "location")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.js(b, "location_type", "door")
	b = g.js(b, "name", pick(g, accessDoors))
	b = g.jk(b, "up_id", "uuid", g.uuid())
	b = append(b, '}')
	b = jo(b, "device")
	b = g.js(b, "name", "UA-HUB-"+strings.ToUpper(g.hexID(4)))
	b = g.js(b, "alias", pick(g, accessDoors))
	b = g.jk(b, "id", "hash", g.hexID(12))
	b = g.js(b, "ip", g.privateIPv4()) // the controller's own address: either outcome is fine
	b = g.js(b, "device_type", "UAH")
	b = append(b, '}')
	b = jo(b, "actor")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.js(b, "type", "user")
	b = g.jp(b, "name", "name", f+" "+l)
	b = g.js(b, "alternate_id", "")
	b = g.js(b, "alternate_name", "")
	b = append(b, '}')
	b = jo(b, "object")
	method := pick(g, []string{"NFC", "NFC", "PIN_CODE", "MOBILE_TAP"})
	b = g.js(b, "authentication_type", method)
	b = g.js(b, "authentication_value", "")
	b = g.jk(b, "policy_id", "uuid", g.uuid())
	b = g.js(b, "policy_name", "Staff "+pick(g, []string{"24/7", "Business hours"}))
	b = g.js(b, "reader_id", g.hexID(12))
	b = g.js(b, "result", pick(g, []string{"Access Granted", "Access Granted", "Access Denied"}))
	b = append(b, "}}"...)
	return Record{Line: append(b, '}')}
}

// lenelSyslog is an OnGuard alarm through its syslog forwarder.
func (g *gen) lenelSyslog() Record {
	f, l := g.name()
	b := make([]byte, 0, 400)
	b = append(b, "<134>"+g.now.UTC().Format("Jan _2 15:04:05")+" onguard-app01 LNL: "...)
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, "Access granted: "...)
		b = g.plant(b, "name", f+" "+l, "")
		bd := g.badge()
		b = append(b, " (Badge "...)
		g.plantAt("badge", bd, "Badge "+bd+")")
		b = append(b, bd+") at "+pick(g, accessDoors)...)
	default:
		ev := pick(g, []string{"Access Granted", "Access Denied - Invalid Badge", "Access Granted - No Entry Made"})
		b = append(b, `Event="`+ev+`" Time="`...)
		b = g.keep(b, "timestamp", g.now.UTC().Format("01/02/2006 15:04:05"), "")
		b = append(b, `" Panel="Panel `+g.num(1, 9)+` - HQ" Device="`+pick(g, accessDoors)+` In Reader" Cardholder="`...)
		hn := l + ", " + f
		g.plantAt("name", hn, `"`+hn+`"`)
		b = append(b, hn+`" Badge="`...)
		bd := g.badge()
		g.plantAt("badge", bd, `"`+bd+`"`)
		b = append(b, bd+`" EmployeeID="`...)
		eid := "E" + g.digits(5)
		g.plantAt("employeeid", eid, `"`+eid+`"`)
		b = append(b, eid+`" Department="`+pick(g, []string{"Finance", "Engineering", "Facilities"})+`" SerialNumber="`...)
		b = g.keep(b, "counter", g.num(100000, 999999), "")
		b = append(b, '"')
	}
	return Record{Line: b}
}

// genetecCSV is a row of Security Center's door activity report export.
func (g *gen) genetecCSV(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte("Event timestamp,Event,Door,Side,Source,Cardholder,Credential,Facility code,Card number,Occurrence period"), Header: true}
	}
	f, l := g.name()
	b := make([]byte, 0, 300)
	t := g.now.UTC().Format("1/2/2006 3:04:05 PM")
	b = g.keep(b, "timestamp", t, "")
	b = append(b, ","+pick(g, []string{"Access granted", "Access granted", "Access denied: expired credential", "Door forced open"})+","+pick(g, accessDoors)+","+pick(g, []string{"In", "Out"})+","+pick(g, []string{"Lobby reader", "Dock reader", "Gate LPR"})+","...)
	full := f + " " + l
	g.plantAt("name", full, ","+csvQ(full)+",")
	b = append(b, csvQ(full)+","...)
	fc := g.num(1, 255)
	card := g.num(1000, 65535)
	cred := "Standard 26 bits: FC " + fc + " Card " + card
	g.plantAt("badge", card, "Card "+card, ","+card+",")
	b = append(b, cred+","+fc+","+card+","...)
	// The facility code is shared by a site's cards: either outcome is fine.
	b = append(b, "Normal"...)
	return Record{Line: b}
}

// badgeCloudJSON is an event from Gallagher's REST API, Brivo's event API
// or a Verkada access webhook, one product a record.
func (g *gen) badgeCloudJSON() Record {
	f, l := g.name()
	b := append(make([]byte, 0, 1200), '{')
	door := pick(g, accessDoors)
	switch g.rng.IntN(3) {
	case 0: // Gallagher Command Centre REST API, /api/events
		card := g.num(100, 99999)
		fc := "A" + g.digits(5)
		b = g.js(b, "href", "https://cc.example.com:8904/api/events/"+g.num(10000, 999999))
		b = g.jk(b, "id", "counter", g.num(10000, 999999))
		b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
		b = g.jp(b, "message", "badge", "Card "+card+" granted at "+door)
		g.plants[len(g.plants)-1].Text = card
		g.plants[len(g.plants)-1].Forms = []string{"Card " + card + " "}
		b = jn(b, "occurrences", "1")
		b = jn(b, "priority", "1")
		b = jo(b, "source")
		b = g.js(b, "id", g.num(100, 999))
		b = g.js(b, "name", door+" Reader")
		b = append(b, '}')
		b = jo(b, "type")
		b = g.js(b, "id", "20001")
		b = g.js(b, "name", "Card Event - Access Granted")
		b = append(b, '}')
		b = jo(b, "cardholder")
		b = g.js(b, "href", "https://cc.example.com:8904/api/cardholders/"+g.num(100, 9999))
		b = g.jp(b, "name", "name", strings.ToUpper(l)+", "+f)
		b = g.jp(b, "firstName", "name", f)
		b = g.jp(b, "lastName", "name", l)
		b = append(b, '}')
		b = jo(b, "card")
		b = g.js(b, "facilityCode", fc)
		g.plantAt("badge", card, `"number":"`+card+`"`)
		b = g.js(b, "number", card)
		b = jn(b, "issueLevel", "1")
		b = append(b, '}')
	case 1: // Brivo API, events
		b = g.jk(b, "id", "counter", g.num(100000000, 999999999))
		b = g.js(b, "eventType", pick(g, []string{"accessGranted", "accessDenied"}))
		b = g.jk(b, "occurred", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
		b = jo(b, "actor")
		b = jn(b, "id", g.num(10000000, 99999999))
		b = g.jp(b, "name", "name", f+" "+l)
		b = append(b, '}')
		b = jo(b, "eventObject")
		b = jn(b, "id", g.num(1000000, 9999999))
		b = g.js(b, "name", door)
		b = append(b, '}')
		b = jo(b, "credential")
		cred := g.num(10000, 99999)
		b = jn(b, "id", g.num(1000000, 9999999))
		b = g.jp(b, "referenceId", "badge", cred)
		b = append(b, '}')
		b = jo(b, "site")
		b = jn(b, "id", g.num(1000, 9999))
		b = g.js(b, "siteName", "HQ")
		b = append(b, '}')
	default: // Verkada access webhook
		b = g.jk(b, "org_id", "uuid", g.uuid())
		b = g.js(b, "webhook_type", "access_control")
		b = jn(b, "created_at", strconv.FormatInt(g.now.Unix(), 10))
		g.keepAt("epoch", strconv.FormatInt(g.now.Unix(), 10))
		b = g.jk(b, "webhook_id", "uuid", g.uuid())
		b = jo(b, "data")
		b = g.js(b, "event_type", pick(g, []string{"door_access_granted", "door_access_denied"}))
		b = g.jk(b, "device_id", "uuid", g.uuid())
		b = g.jk(b, "user_id", "uuid", g.uuid())
		b = g.jp(b, "user_name", "name", f+" "+l)
		b = g.jp(b, "employee_id", "employeeid", "E"+g.digits(5))
		b = g.jp(b, "email", "email", g.email(f, l))
		b = jo(b, "door_info")
		b = g.jk(b, "door_id", "uuid", g.uuid())
		b = g.js(b, "name", door)
		b = append(b, '}')
		b = g.js(b, "entry_type", pick(g, []string{"card", "mobile_nfc", "remote"}))
		b = append(b, '}')
	}
	return Record{Line: append(b, '}')}
}

// envoyCSV is a row of Envoy's visitor log export.
func (g *gen) envoyCSV(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte("Visitor name,Visitor email,Phone number,Host,Visitor type,Sign-in time,Sign-out time,Location,Badge printed"), Header: true}
	}
	f, l := g.name()
	hf, hl := g.name()
	b := make([]byte, 0, 300)
	full := f + " " + l
	b = g.plant(b, "name", full, csvQ(full))
	b = append(b, ',')
	if g.pct(80) {
		b = g.plant(b, "email", g.email(f, l), "")
	}
	b = append(b, ',')
	if g.pct(70) {
		p := g.phone()
		b = g.plant(b, "phone", p, csvQ(p))
	}
	b = append(b, ',')
	host := hf + " " + hl
	b = g.plant(b, "name", host, csvQ(host))
	b = append(b, ","+pick(g, []string{"Visitor", "Interview", "Contractor", "Delivery"})+","...)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04"), "")
	b = append(b, ',')
	b = g.keep(b, "timestamp", g.now.UTC().Add(5400e9).Format("2006-01-02 15:04"), "")
	b = append(b, ","+pick(g, []string{"HQ - Kyiv", "London Office", "Berlin"})+","+pick(g, []string{"Yes", "No"})...)
	return Record{Line: b}
}
