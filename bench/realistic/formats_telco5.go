package realistic

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Four VoIP platform formats written as a held-out test: none of them was
// looked at while the engine's rules were written.
//
//   - asterisk_ari_json: the events an Asterisk REST Interface application
//     receives on its WebSocket (ARI's Events data model: StasisStart with
//     its args, ChannelStateChange, ChannelDtmfReceived, ChannelCallerId,
//     ChannelConnectedLine, ChannelVarset, Dial with caller and peer,
//     ChannelEnteredBridge, ChannelHangupRequest, ChannelDestroyed), logged
//     one a line: the Channel object's caller and connected (name and
//     number), dialplan (context, exten, priority, app_name, app_data),
//     caller_rdnis (Asterisk 20), channelvars (ari.conf's channelvars);
//     asterisk_id is the system's MAC (unlabelled: the operator's own).
//   - asterisk_voicemail: app_voicemail's message information files
//     (msgNNNN.txt beside each recording: origmailbox, context,
//     macrocontext, exten, rdnis, priority, callerchan, callerid, origdate,
//     origtime, category, msg_id, flag, duration), shipped a line a record,
//     raw or, in odd streams, as Filebeat's filestream input writes them
//     (message, log.file.path naming the mailbox's spool directory).
//   - broadworks_cdr: BroadWorks Accounting Call Detail Record Interface
//     Specification, the CSV form of a Normal CDR: headerless, the fields
//     in the specification's order from recordId to callingPartyCategory,
//     then the run of empty feature fields and the user's userId,
//     otherPartyName and its presentation indicator; numbers in E.164 with
//     '+', dialled digits as the user dialled them (9 for an outside line,
//     00 and 011), an access device's address and Call-ID.
//   - kazoo_cdr_json: 2600Hz Kazoo CDRs (the cdrs API's document:
//     caller_id_*, callee_id_*, other_leg_*, from, to, request, from_uri,
//     to_uri, presence_id, custom_channel_vars, local and remote SDP,
//     timestamp in Gregorian seconds, user_agent) and its channel event
//     webhooks (channel_create, channel_answer, channel_destroy: from,
//     inception, request, to as number@realm).
//
// Numbers are what switches pass in signalling: bare digits of many
// countries' plans (formats_worldnum.go) in E.164 with and without '+',
// national with the trunk prefix, international with 00 and 011;
// extensions; caller names as people set them, as CNAM returns them
// (upper case, surname first, 15 characters) or the number again.

// voipNumber returns a number as a switch passes it: digits only, in
// E.164 with '+', E.164 digits, national with the trunk prefix, or
// international after 00 or 011, of one of many countries.
func (g *gen) voipNumber() string {
	c := pick(g, worldCountries)
	nsn, nat, _ := c.number(g)
	switch g.rng.IntN(7) {
	case 0, 1:
		return "+" + c.cc + nsn
	case 2:
		return c.cc + nsn
	case 3:
		return digitsOf(nat)
	case 4:
		return "00" + c.cc + nsn
	case 5:
		return "011" + c.cc + nsn
	}
	return g.sipNumber()
}

// worldE164 returns a number of one of many countries in E.164 with '+'.
func (g *gen) worldE164() string {
	c := pick(g, worldCountries)
	nsn, _, _ := c.number(g)
	return "+" + c.cc + nsn
}

// digitsOf returns the decimal digits of s.
func digitsOf(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// callerName returns a caller name as a PBX or a CNAM lookup gives it.
func (g *gen) callerName() string {
	first, last := g.name()
	switch g.rng.IntN(4) {
	case 0:
		n := strings.ToUpper(last + " " + first)
		if len(n) > 15 { // CNAM's 15 characters, cut where a character starts
			i := 15
			for !utf8.RuneStart(n[i]) {
				i--
			}
			n = strings.TrimRight(n[:i], " ")
		}
		return n
	case 1:
		return first
	}
	return first + " " + last
}

// ariParty is one end of a call as ARI's Channel object names it.
type ariParty struct {
	name, num string
	ext       bool
}

func (g *gen) ariParty(ext bool) ariParty {
	p := ariParty{ext: ext}
	if ext {
		p.num = g.sipExt()
	} else {
		p.num = g.voipNumber()
	}
	switch {
	case g.pct(65):
		p.name = g.callerName()
	case !ext && g.pct(40):
		p.name = p.num // the network sent no name: chan_pjsip copies the number
	}
	return p
}

// ariChannel appends a Channel object (ARI data model) under key: the
// channel of caller's endpoint (a trunk's for an outside number).
func (g *gen) ariChannel(b []byte, key string, caller, connected ariParty, exten string) []byte {
	b = jo(b, key)
	var id string
	if g.pct(80) {
		id = strconv.FormatInt(g.now.Unix(), 10) + "." + g.num(1, 900)
	} else {
		id = g.uuid() // an id the application chose when it originated the channel
	}
	b = g.jk(b, "id", "uniqueid", id)
	seq := "-0000" + g.hexID(4)
	if caller.ext {
		// The channel of the extension's phone, named after its endpoint.
		g.plantAt("phone", caller.num, `"PJSIP/`+caller.num+`-`)
		b = g.js(b, "name", "PJSIP/"+caller.num+seq)
	} else {
		b = g.jk(b, "name", "channel", "PJSIP/"+pick(g, []string{"trunk", "carrier-out", "sipgate"})+seq)
	}
	b = g.js(b, "state", pick(g, []string{"Ring", "Up", "Ringing", "Up", "Down"}))
	if g.pct(50) {
		b = g.jk(b, "protocol_id", "requestid", g.hexID(32)+"@"+pick(g, sipHosts))
	}
	party := func(b []byte, key string, p ariParty) []byte {
		b = jo(b, key)
		if p.name != "" && p.name != p.num {
			b = g.jp(b, "name", "name", p.name)
		} else {
			b = g.js(b, "name", p.name)
		}
		if p.num != "" {
			b = g.jp(b, "number", "phone", p.num)
		} else {
			b = g.js(b, "number", "")
		}
		return append(b, '}')
	}
	b = party(b, "caller", caller)
	b = party(b, "connected", connected)
	b = g.js(b, "accountcode", "")
	b = jo(b, "dialplan")
	if exten == "" {
		b = g.js(b, "context", "from-internal")
		b = g.js(b, "exten", "s")
	} else {
		b = g.js(b, "context", pick(g, []string{"from-pstn", "from-trunk", "inbound"}))
		b = g.jp(b, "exten", "phone", exten)
	}
	b = jn(b, "priority", g.num(1, 4))
	b = g.js(b, "app_name", "Stasis")
	b = g.js(b, "app_data", pick(g, []string{"ivr", "queue-app,support", "callcenter"}))
	b = append(b, '}')
	ct := g.now.Add(-time.Duration(g.rng.IntN(30000)) * time.Millisecond).Format("2006-01-02T15:04:05.000-0700")
	b = g.jk(b, "creationtime", "timestamp", ct)
	b = g.js(b, "language", pick(g, []string{"en", "en_GB", "de", "uk"}))
	if g.pct(20) {
		rdnis := g.sipExt()
		if g.pct(50) {
			rdnis = g.voipNumber()
		}
		b = g.jp(b, "caller_rdnis", "phone", rdnis)
	}
	if g.pct(20) {
		// ari.conf's channelvars, copied onto every channel snapshot.
		b = jo(b, "channelvars")
		did := g.voipNumber()
		b = g.jp(b, "FROM_DID", "phone", did)
		if g.pct(50) {
			b = g.jp(b, "CALLERID(RDNIS)", "phone", g.sipExt())
		} else {
			b = g.js(b, "CALLERID(RDNIS)", "")
		}
		b = g.js(b, "CDR(accountcode)", "")
		b = append(b, '}')
	}
	return append(b, '}')
}

// asteriskARI writes one ARI event as an application logs it.
func (g *gen) asteriskARI(st *streamState) Record {
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	outside := g.ariParty(false)
	inside := g.ariParty(true)
	did := ""
	if g.pct(60) {
		did = g.voipNumber()
	}
	ev := pick(g, []string{"StasisStart", "ChannelStateChange", "ChannelDtmfReceived", "ChannelCallerId",
		"ChannelConnectedLine", "ChannelVarset", "Dial", "ChannelEnteredBridge", "ChannelHangupRequest", "ChannelDestroyed"})
	b = g.js(b, "type", ev)
	ts := g.now.Format("2006-01-02T15:04:05.000-0700")
	b = g.jk(b, "timestamp", "timestamp", ts)
	in, out := outside, inside // the inbound leg: caller outside, connected the extension
	if g.pct(35) {
		in, out = inside, outside // an extension calls out
		did = ""
	}
	switch ev {
	case "StasisStart":
		b = ja(b, "args")
		b = append(b, `"`+pick(g, []string{"inbound", "dialed", "ivr-main"})+`"`...)
		if g.pct(50) {
			// Stasis(app,${CALLERID(num)},${EXTEN}): the dialplan hands
			// the numbers to the application.
			b = append(b, ',', '"')
			b = append(b, in.num...)
			b = append(b, '"')
			g.plantAt("phone", in.num, `"`+in.num+`"`)
		}
		b = append(b, ']')
		b = g.ariChannel(b, "channel", in, ariParty{}, did)
	case "ChannelDtmfReceived":
		b = g.js(b, "digit", pick(g, []string{"1", "2", "5", "9", "#", "*"}))
		dur := g.num(80, 400)
		b = jn(b, "duration_ms", dur)
		g.keepAt("duration", dur, `"duration_ms":`+dur)
		b = g.ariChannel(b, "channel", in, out, did)
	case "ChannelCallerId":
		b = jn(b, "caller_presentation", "0")
		b = g.js(b, "caller_presentation_txt", "Presentation Allowed, Not Screened")
		b = g.ariChannel(b, "channel", in, out, did)
	case "ChannelVarset":
		switch g.rng.IntN(3) {
		case 0:
			b = g.js(b, "variable", "CALLERID(num)")
			b = g.jp(b, "value", "phone", in.num)
		case 1:
			b = g.js(b, "variable", "PJSIP_HEADER(read,P-Asserted-Identity)")
			pai := "<sip:" + in.num + "@198.51.100.20>"
			if in.name != "" && in.name != in.num {
				pai = `"` + in.name + `" ` + pai
				g.plantAt("name", in.name, jsonEsc(`"`+in.name+`"`))
			}
			b = g.js(b, "value", pai)
			g.plantAt("phone", in.num, "sip:"+in.num+"@")
		default:
			b = g.js(b, "variable", "DIALSTATUS")
			b = g.js(b, "value", pick(g, []string{"ANSWER", "NOANSWER", "BUSY", "CANCEL"}))
		}
		b = g.ariChannel(b, "channel", in, out, did)
	case "Dial":
		status := pick(g, []string{"", "RINGING", "ANSWER", "NOANSWER", "BUSY"})
		b = g.js(b, "dialstatus", status)
		b = g.js(b, "forward", "")
		var ds string
		if out.ext {
			ds = out.num
			g.plantAt("phone", out.num, `"dialstring":"`+out.num+`"`)
		} else {
			ds = "carrier-out/sip:" + out.num + "@198.51.100.20"
			g.plantAt("phone", out.num, "sip:"+out.num+"@")
		}
		b = g.js(b, "dialstring", ds)
		b = g.ariChannel(b, "caller", in, out, did)
		b = g.ariChannel(b, "peer", out, in, "")
	case "ChannelEnteredBridge":
		b = jo(b, "bridge")
		bid := g.uuid()
		b = g.jk(b, "id", "uuid", bid)
		b = g.js(b, "technology", "simple_bridge")
		b = g.js(b, "bridge_type", "mixing")
		b = g.js(b, "bridge_class", "stasis")
		b = g.js(b, "creator", "Stasis")
		b = g.js(b, "name", "")
		b = ja(b, "channels")
		b = append(b, `"`+strconv.FormatInt(g.now.Unix(), 10)+"."+g.num(1, 900)+`"]`...)
		b = g.js(b, "video_mode", "talker")
		b = append(b, '}')
		b = g.ariChannel(b, "channel", out, in, "")
	case "ChannelHangupRequest":
		b = jn(b, "cause", "16")
		b = append(jkey(b, "soft"), "true"...)
		b = g.ariChannel(b, "channel", in, out, did)
	case "ChannelDestroyed":
		c := pick(g, []string{"16 Normal Clearing", "17 User busy", "19 No user responding", "21 Call Rejected"})
		b = jn(b, "cause", c[:2])
		b = g.js(b, "cause_txt", c[3:])
		b = g.ariChannel(b, "channel", in, out, did)
	default: // ChannelStateChange, ChannelConnectedLine
		b = g.ariChannel(b, "channel", in, out, did)
	}
	b = g.js(b, "asterisk_id", "52:54:00:"+g.hexID(2)+":"+g.hexID(2)+":"+g.hexID(2))
	b = g.js(b, "application", pick(g, []string{"ivr", "callcenter", "dialer"}))
	return Record{Line: append(b, '}')}
}

// asteriskVoicemail writes the lines of voicemail message information
// files, one a record.
func (g *gen) asteriskVoicemail(st *streamState) Record {
	return g.fromPending(st, func() []Record { return g.vmMessage(st.variant%2 == 1) })
}

// vmMessage is one msgNNNN.txt, line by line; beats wraps each line as
// Filebeat's filestream input ships it.
func (g *gen) vmMessage(beats bool) []Record {
	var out []Record
	box := g.sipExt()
	n := g.rng.IntN(40)
	path := "/var/spool/asterisk/voicemail/default/" + box + "/INBOX/msg" + zpad(n, 4) + ".txt"
	offset := 0
	host := pick(g, []string{"pbx1", "pbx-hq", "asterisk01"})
	add := func(line string) {
		if beats {
			b := make([]byte, 0, 400)
			b = append(b, '{')
			b = g.jk(b, "@timestamp", "timestamp", g.now.Format("2006-01-02T15:04:05.000Z"))
			b = jo(b, "log")
			b = jn(b, "offset", strconv.Itoa(offset))
			b = jo(b, "file")
			b = g.js(b, "path", path)
			g.plantAt("phone", box, "/"+box+"/")
			b = append(b, '}', '}')
			b = g.js(b, "message", line)
			b = jo(b, "input")
			b = g.js(b, "type", "filestream")
			b = append(b, '}')
			b = jo(b, "host")
			b = g.js(b, "name", host)
			b = append(b, '}', '}')
			// The labels of the line, in the form JSON gives them.
			for i := range g.plants {
				for j, f := range g.plants[i].Forms {
					g.plants[i].Forms[j] = jsonEsc(f)
				}
			}
			for i := range g.keeps {
				for j, f := range g.keeps[i].Forms {
					g.keeps[i].Forms[j] = jsonEsc(f)
				}
			}
			out = append(out, Record{Line: b, Planted: g.plants, Keep: g.keeps})
		} else {
			out = append(out, Record{Line: []byte(line), Planted: g.plants, Keep: g.keeps})
		}
		g.plants, g.keeps = nil, nil
		offset += len(line) + 1
	}
	add(";")
	add("; Message Information file")
	add(";")
	add("[message]")
	g.plantAt("phone", box, "origmailbox="+box)
	add("origmailbox=" + box)
	fwd := g.pct(70) // reached the mailbox after the extension rang out
	if fwd {
		add("context=macro-vm")
		add("macrocontext=ext-local")
		add("exten=s-" + pick(g, []string{"NOANSWER", "BUSY", "CHANUNAVAIL"}))
		g.plantAt("phone", box, "rdnis="+box)
		add("rdnis=" + box)
	} else {
		add("context=" + pick(g, []string{"from-internal", "default", "vm-direct"}))
		add("macrocontext=")
		g.plantAt("phone", box, "exten="+box)
		add("exten=" + box)
		add("rdnis=unknown")
	}
	add("priority=" + g.num(1, 12))
	var num, name string
	if g.pct(25) {
		num = g.sipExt()
		chn := "PJSIP/" + num + "-0000" + g.hexID(4)
		g.plantAt("phone", num, "callerchan=PJSIP/"+num+"-")
		add("callerchan=" + chn)
	} else {
		num = g.voipNumber()
		chn := "PJSIP/" + pick(g, []string{"trunk", "sipgate", "carrier-in"}) + "-0000" + g.hexID(4)
		g.keepAt("channel", chn)
		add("callerchan=" + chn)
	}
	switch g.rng.IntN(5) {
	case 0:
		add("callerid=Unknown")
	case 1:
		g.plantAt("phone", num, "<"+num+">")
		add("callerid=<" + num + ">")
	default:
		name = g.callerName()
		g.plantAt("name", name, `"`+name+`"`)
		g.plantAt("phone", num, "<"+num+">")
		add(`callerid="` + name + `" <` + num + ">")
	}
	od := g.now.Format("Mon Jan _2 03:04:05 PM MST 2006")
	g.keepAt("timestamp", od)
	add("origdate=" + od)
	ot := strconv.FormatInt(g.now.Unix(), 10)
	g.keepAt("epoch", ot, "origtime="+ot)
	add("origtime=" + ot)
	add("category=")
	mid := ot + "-" + zpad(g.rng.IntN(3000), 8)
	g.keepAt("requestid", mid)
	add("msg_id=" + mid)
	add("flag=" + pick(g, []string{"", "", "Urgent"}))
	d := g.num(2, 180)
	g.keepAt("duration", d, "duration="+d)
	add("duration=" + d)
	return out
}

// broadworksCDR writes a Normal CDR of BroadWorks' accounting interface
// in its CSV form.
func (g *gen) broadworksCDR(st *streamState) Record {
	user := "+" + strings.TrimPrefix(g.e164(), "+")
	if g.pct(50) {
		c := pick(g, worldCountries)
		nsn, _, _ := c.number(g)
		user = "+" + c.cc + nsn
	}
	ext := g.sipExt()
	other := g.voipNumber()
	start := g.now.Add(-time.Duration(20+g.rng.IntN(1200)) * time.Second)
	ts := func(t time.Time) string { return t.Format("20060102150405.000") }
	answered := g.pct(75)
	orig := g.pct(50)
	seq := g.digits(10)
	sysID := strings.ToUpper(g.hexID(8))
	recID := seq + sysID + ts(start) + "1+000000"
	dev := g.ipv4()
	if g.pct(30) {
		dev = g.privateIPv4()
	}
	f := make([]string, 0, 80)
	f = append(f, recID, "ExampleTel", "Normal", user, "+441134960000")
	g.keepAt("requestid", recID)
	g.plantAt("phone", user, ","+user+",")
	var dialed, translated, callCat, netType string
	if orig {
		// The user called out: calling is the user, called the other end
		// in E.164, dialled as the user keyed it.
		c := pick(g, worldCountries)
		nsn, nat, _ := c.number(g)
		called := "+" + c.cc + nsn
		dialed = pick(g, []string{"9011" + c.cc + nsn, "011" + c.cc + nsn, "900" + c.cc + nsn, "00" + c.cc + nsn, "9" + digitsOf(nat), digitsOf(nat), called})
		translated = c.cc + nsn
		callCat, netType = pick(g, []string{"national", "internat"}), pick(g, []string{"to", "ia"})
		if g.pct(20) {
			// An extension in the group: a private call.
			called, dialed, translated = ext, ext, ""
			callCat, netType = "private", "pr"
		}
		f = append(f, "Originating", user, "Public", called)
		if called != "" {
			g.plantAt("phone", called, ","+called+",")
		}
	} else {
		calling := other
		if g.pct(50) {
			calling = g.worldE164()
		}
		pres := pick(g, []string{"Public", "Public", "Private"})
		f = append(f, "Terminating", calling, pres, user)
		g.plantAt("phone", calling, ","+calling+",")
		callCat, netType = "", ""
	}
	ans, rel := "", ts(g.now)
	ansInd := "No"
	if answered {
		ans = ts(start.Add(time.Duration(2+g.rng.IntN(20)) * time.Second))
		ansInd = pick(g, []string{"Yes", "Yes", "Yes-PostRedirection"})
	}
	cause := pick(g, []string{"016", "016", "017", "019", "031"})
	f = append(f, ts(start), "1+000000", ansInd, ans, rel, cause, "VoIP", "", dialed, callCat, netType, translated, "",
		pick(g, []string{"local", "remote"}), "198.51.100.20:5060")
	g.keepAt("timestamp", ts(start))
	g.keepAt("timestamp", rel)
	if dialed != "" {
		g.plantAt("phone", dialed, ","+dialed+",")
	}
	if translated != "" {
		g.plantAt("phone", translated, ","+translated+",")
	}
	// The network side's Call-ID: its host is the switch's own address.
	netCall := "BW" + g.digits(15) + "@198.51.100.10"
	g.keepAt("requestid", netCall[:17], ","+netCall[:17]+"@")
	accessCall := g.hexID(24) + "@" + dev
	g.plantAt("ipv4", dev, ","+dev+",", "@"+dev+",")
	f = append(f, netCall, pick(g, []string{"PCMU/8000", "PCMA/8000", "G722/8000"}), dev, accessCall, "", "", "",
		"ExampleCo_HQ", pick(g, []string{"Sales", "Support", ""}), "", "")
	// Redirection: the number first called and the one that forwarded.
	if answered && ansInd == "Yes-PostRedirection" {
		oc, rd := g.voipNumber(), ext
		reason := pick(g, []string{"unconditional", "no-answer", "user-busy", "deflection"})
		f = append(f, oc, "Public", reason, rd, "Public", reason)
		g.plantAt("phone", oc, ","+oc+",")
		g.plantAt("phone", rd, ","+rd+",")
	} else {
		f = append(f, "", "", "", "", "", "")
	}
	lc := g.num(1000000, 99999999) + ":0"
	rc := g.num(1000000, 99999999) + ":1"
	g.keepAt("counter", lc, ","+lc+",")
	g.keepAt("counter", rc, ","+rc+",")
	f = append(f, pick(g, []string{"y", "n"}), "public", "", lc, rc, "Ordinary")
	// The feature modules' fields, empty for a basic call.
	for range 24 {
		f = append(f, "")
	}
	// userId: user@domain, a login or the number.
	first, last := g.name()
	var uid string
	if g.pct(50) {
		uid = ascii(strings.ToLower(first+"."+last)) + "@voip.example.net"
		g.plantAt("email", uid, ","+uid+",")
	} else {
		uid = strings.TrimPrefix(user, "+") + "@voip.example.net"
		g.plantAt("phone", strings.TrimPrefix(user, "+"), ","+uid)
	}
	f = append(f, uid, "", "", "")
	if g.pct(60) {
		on := g.callerName()
		g.plantAt("name", on, ","+on+",")
		f = append(f, on, "Public")
	} else {
		f = append(f, "", "")
	}
	f = append(f, "", "", "")
	return Record{Line: []byte(strings.Join(f, ","))}
}

// broadworksFields is the number of fields broadworksCDR writes.
const broadworksFields = 80

// gregorian returns t in Gregorian seconds (seconds since year 0), as
// Kazoo's Erlang writes timestamps.
func gregorian(t time.Time) string { return strconv.FormatInt(t.Unix()+62167219200, 10) }

// kazooParty is a number and a name as Kazoo writes them.
func (g *gen) kazooParty(ext bool) (num, name string) {
	if ext {
		num = g.sipExt()
	} else {
		num = g.voipNumber()
		if g.pct(50) {
			num = g.worldE164() // Kazoo's E.164 normalisation
		}
	}
	switch {
	case g.pct(70):
		name = g.callerName()
	case !ext:
		name = num
	}
	return
}

// kazooCDR writes a Kazoo CDR document or a channel event webhook.
func (g *gen) kazooCDR(st *streamState) Record {
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	realm := g.hexID(6) + ".sip.example.net"
	extNum, extName := g.kazooParty(true)
	outNum, outName := g.kazooParty(false)
	inbound := g.pct(60)
	cidNum, cidName, calleeNum, calleeName := outNum, outName, extNum, extName
	dir := "inbound"
	if !inbound {
		cidNum, cidName, calleeNum, calleeName = extNum, extName, outNum, outName
		dir = "outbound"
	}
	callID := g.sipCallID()
	if g.pct(50) {
		callID = g.hexID(32)
	}
	otherID := g.uuid()
	name := func(b []byte, key, n, num string) []byte {
		if n != "" && n != num {
			return g.jp(b, key, "name", n)
		}
		if n != "" {
			return g.jp(b, key, "phone", n)
		}
		return b
	}
	num := func(b []byte, key, n string) []byte { return g.jp(b, key, "phone", n) }
	uri := func(b []byte, key, n string) []byte {
		g.plantAt("phone", n, `"`+n+"@")
		return g.js(b, key, n+"@"+realm)
	}
	secs := func(b []byte, key string, n int) []byte {
		s := strconv.Itoa(n)
		g.keepAt("duration", s, `"`+key+`":"`+s+`"`)
		return g.js(b, key, s)
	}
	ring, bill := g.rng.IntN(25), g.rng.IntN(900)
	gts := gregorian(g.now)
	if st.variant%2 == 1 {
		// A channel event webhook.
		hook := pick(g, []string{"channel_create", "channel_answer", "channel_destroy"})
		acct := g.hexID(32)
		b = g.jk(b, "account_id", "hash", acct)
		b = g.jk(b, "authorizing_id", "hash", g.hexID(32))
		b = g.js(b, "authorizing_type", "device")
		b = g.js(b, "call_direction", dir)
		b = append(jkey(b, "call_forwarded"), "false"...)
		b = g.jk(b, "call_id", "requestid", callID)
		b = name(b, "callee_id_name", calleeName, calleeNum)
		b = num(b, "callee_id_number", calleeNum)
		b = name(b, "caller_id_name", cidName, cidNum)
		b = num(b, "caller_id_number", cidNum)
		b = append(jkey(b, "custom_application_vars"), "{}"...)
		b = append(jkey(b, "custom_channel_vars"), "{}"...)
		b = append(jkey(b, "emergency_resource_used"), "false"...)
		b = uri(b, "from", cidNum)
		if inbound {
			b = uri(b, "inception", cidNum)
		}
		b = append(jkey(b, "is_internal_leg"), "false"...)
		b = g.js(b, "local_resource_id", g.hexID(32))
		b = append(jkey(b, "local_resource_used"), strconv.FormatBool(!inbound)...)
		b = g.jk(b, "other_leg_call_id", "uuid", otherID)
		b = g.js(b, "owner_id", g.hexID(32))
		b = uri(b, "request", calleeNum)
		b = g.js(b, "reseller_id", acct)
		b = g.jk(b, "timestamp", "epoch", gts)
		b = uri(b, "to", calleeNum)
		b = g.js(b, "hook_event", hook)
		if hook == "channel_destroy" {
			b = g.js(b, "hangup_cause", "NORMAL_CLEARING")
			b = g.jk(b, "hangup_code", "status", "sip:200")
			b = secs(b, "duration_seconds", ring+bill)
			b = secs(b, "billing_seconds", bill)
			b = secs(b, "ringing_seconds", ring)
		}
		return Record{Line: append(b, '}')}
	}
	b = g.jk(b, "_id", "requestid", g.now.Format("200601")+"-"+callID)
	b = g.js(b, "app_name", "ecallmgr")
	b = g.js(b, "app_version", "4.3.0")
	b = secs(b, "billing_seconds", bill)
	b = g.js(b, "call_direction", dir)
	b = g.jk(b, "call_id", "requestid", callID)
	b = name(b, "callee_id_name", calleeName, calleeNum)
	b = num(b, "callee_id_number", calleeNum)
	b = name(b, "caller_id_name", cidName, cidNum)
	b = num(b, "caller_id_number", cidNum)
	ict := strconv.FormatInt(g.now.UnixMicro(), 10)
	b = jo(b, "custom_channel_vars")
	b = g.jk(b, "account_id", "hash", g.hexID(32))
	b = g.js(b, "authorizing_id", g.hexID(32))
	b = g.js(b, "authorizing_type", "device")
	b = g.js(b, "bridge_id", callID)
	b = g.js(b, "ecallmgr_node", "ecallmgr@kz1.example.net")
	b = g.js(b, "owner_id", g.hexID(32))
	b = g.js(b, "realm", realm)
	b = g.js(b, "username", "user_"+g.chars(6, "abcdefghijklmnopqrstuvwxyz0123456789"))
	if inbound {
		b = uri(b, "inception", cidNum)
	}
	iid := gts + "-" + g.hexID(8)
	b = g.jk(b, "call_interaction_id", "requestid", iid)
	b = append(b, '}')
	dialed := "none"
	if !inbound {
		dialed = calleeNum
	}
	if dialed == "none" {
		b = g.js(b, "digits_dialed", dialed)
	} else {
		b = num(b, "digits_dialed", dialed)
	}
	b = g.js(b, "disposition", "SUCCESS")
	b = secs(b, "duration_seconds", ring+bill)
	b = uri(b, "from", cidNum)
	b = g.js(b, "from_tag", g.sipTag())
	b = uri(b, "from_uri", cidNum)
	b = g.js(b, "hangup_cause", "NORMAL_CLEARING")
	b = g.jk(b, "hangup_code", "status", "sip:200")
	b = g.js(b, "interaction_id", iid)
	// SDP in a JSON string: CRLFs escaped as Erlang's encoder writes them.
	sdp := func(origin, conn string, port string) string {
		// The session id and version (RFC 4566 5.2): look-alikes.
		sess := g.num(1, 9) + g.digits(9)
		g.keepAt("counter", sess, "o=- "+sess+" ")
		return `v=0\r\no=- ` + sess + ` ` + sess + ` IN IP4 ` + origin + `\r\ns=-\r\nc=IN IP4 ` + conn +
			`\r\nt=0 0\r\nm=audio ` + port + ` RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n`
	}
	b = append(jkey(b, "local_sdp"), `"`+sdp("198.51.100.30", "198.51.100.30", g.num(16384, 32767))+`"`...)
	phoneIP := g.ipv4()
	if g.pct(30) {
		phoneIP = g.privateIPv4()
	}
	g.plantAt("ipv4", phoneIP, "IN IP4 "+phoneIP+`\r`)
	b = append(jkey(b, "remote_sdp"), `"`+sdp(phoneIP, phoneIP, g.num(2000, 60000))+`"`...)
	b = g.js(b, "media_server", "fs1.example.net")
	b = g.js(b, "node", "ecallmgr@kz1.example.net")
	b = g.jk(b, "other_leg_call_id", "uuid", otherID)
	b = name(b, "other_leg_caller_id_name", calleeName, calleeNum)
	b = num(b, "other_leg_caller_id_number", calleeNum)
	b = num(b, "other_leg_destination_number", cidNum)
	b = g.js(b, "other_leg_direction", map[bool]string{true: "outbound", false: "inbound"}[inbound])
	g.plantAt("phone", extNum, `"`+extNum+"@")
	b = g.js(b, "presence_id", extNum+"@"+realm)
	b = uri(b, "request", calleeNum)
	b = secs(b, "ringing_seconds", ring)
	b = g.jk(b, "timestamp", "epoch", gts)
	b = uri(b, "to", calleeNum)
	b = g.js(b, "to_tag", g.sipTag())
	b = uri(b, "to_uri", calleeNum)
	ua, ver := pick(g, []string{"Yealink SIP-T46S", "Yealink SIP-T54W", "PolycomVVX-VVX_450-UA"}), pick(g, []string{"66.86.0.15", "96.86.0.100", "6.4.3.1126"})
	g.keepAt("version", ver)
	b = g.js(b, "user_agent", ua+" "+ver)
	b = g.jk(b, "channel_created_time", "epoch", ict)
	return Record{Line: append(b, '}')}
}
