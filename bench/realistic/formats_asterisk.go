package realistic

import (
	"strconv"
	"strings"
)

// asteriskFull is a line of Asterisk's "full" log as logger.conf writes it
// by default: "[%Y-%m-%d %H:%M:%S] LEVEL[LWP][call id] file.c: message".
// The messages are the shapes the dialplan, the channel drivers and the
// security log print (Asterisk wiki: Logging, Security Events Framework;
// app_dial, pbx.c, chan_sip, res_pjsip): a dialplan step with its
// exten@context, the numbers dialled, registrations and requests that
// failed with the caller id of their From header, security events with
// their remote address, and AMI log-ins.
func (g *gen) asteriskFull(st *streamState) Record {
	b := make([]byte, 0, 300)
	ts := g.now.Format("2006-01-02 15:04:05")
	b = append(b, '[')
	b = g.keep(b, "timestamp", ts, "")
	b = append(b, "] "...)
	lwp := g.num(1000, 99999)
	callID := "C-" + "0000" + g.hexID(4)
	level := "VERBOSE"
	kind := g.rng.IntN(8)
	switch kind {
	case 3, 4:
		level = "NOTICE"
	case 5:
		level = "SECURITY"
	}
	b = append(b, level+"["+lwp+"]"...)
	if kind <= 2 {
		b = append(b, '[')
		b = g.keep(b, "channel", callID, "")
		b = append(b, ']')
	}
	b = append(b, ' ')
	ext := g.num(2001, 2019)
	seq := "000000" + g.hexID(2)
	switch kind {
	case 0: // pbx.c: a dialplan step on an incoming trunk call
		num := g.dialled()
		prio := g.num(1, 9)
		b = append(b, "pbx.c: Executing ["...)
		b = g.plant(b, "phone", num, "")
		b = append(b, "@from-trunk:"+prio+"] "...)
		app := pick(g, []string{"Dial", "Goto", "Set", "NoOp"})
		b = append(b, app+`("PJSIP/trunk-`...)
		b = g.keep(b, "channel", seq, "")
		b = append(b, `", "`...)
		switch app {
		case "Dial":
			// An internal extension names a person's line as a number
			// does (see asterisk): planted in the form it takes here.
			g.plantAt("phone", ext, "PJSIP/"+ext+",")
			b = append(b, "PJSIP/"+ext+",30,tT"...)
		case "Goto":
			b = append(b, "from-internal,"+ext+",1"...)
		case "Set":
			b = append(b, "CDR(userfield)=inbound"...)
		default:
			b = append(b, "Incoming call"...)
		}
		b = append(b, `") in new stack`...)
	case 1: // app_dial.c: an internal extension calls out
		num := g.dialled()
		b = append(b, "app_dial.c: Called "...)
		if g.pct(50) {
			b = append(b, "PJSIP/"...)
			b = g.plant(b, "phone", num, "")
			b = append(b, "@trunk"...)
		} else {
			b = append(b, "SIP/trunk/"...)
			b = g.plant(b, "phone", num, "")
		}
	case 2: // app_dial.c: progress of an internal leg
		g.plantAt("phone", ext, "PJSIP/"+ext+"-")
		b = append(b, "app_dial.c: PJSIP/"+ext+"-"...)
		b = g.keep(b, "channel", seq, "")
		b = append(b, pick(g, []string{" is ringing", " answered PJSIP/trunk-0000" + g.hexID(4), " is busy"})...)
	case 3: // chan_sip.c: a registration with a wrong password
		first, last := g.name()
		ip, port := g.ipv4(), g.num(1024, 65535)
		b = append(b, `chan_sip.c: Registration from '"`...)
		b = g.plant(b, "name", first+" "+last, "")
		g.plantAt("phone", ext, "sip:"+ext+"@")
		b = append(b, `" <sip:`+ext+"@"...)
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, ":"+port+`>' failed for '`...)
		b = append(b, ip+":"+port...)
		b = append(b, "' - Wrong password"...)
	case 4: // res_pjsip: a request from an unknown peer
		first, last := g.name()
		num := g.e164()
		ip := g.ipv4()
		// The user part of the From URI, with or without its '+'.
		user := num
		if g.pct(50) {
			user = strings.TrimPrefix(num, "+")
		}
		cid := g.hexID(16)
		b = append(b, "res_pjsip/pjsip_distributor.c: Request '"+pick(g, []string{"INVITE", "REGISTER", "OPTIONS"})+`' from '"`...)
		b = g.plant(b, "name", first+" "+last, "")
		b = append(b, `" <sip:`...)
		if g.pct(30) {
			// A softphone registered under its user's account name.
			b = g.plant(b, "name", strings.ToLower(ascii(first))+"."+strings.ToLower(ascii(last)), "")
		} else {
			b = g.plant(b, "phone", user, "")
		}
		b = append(b, '@')
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, ">' failed for '"+ip+":5060' (callid: "...)
		b = g.keep(b, "hash", cid, "")
		b = append(b, "@"+ip+") - No matching endpoint found"...)
	case 5: // res_security_log.c: an invalid password event
		ip := g.ipv4()
		b = append(b, `res_security_log.c: SecurityEvent="InvalidPassword",EventTV="`...)
		b = g.keep(b, "timestamp", g.now.Format("2006-01-02T15:04:05.000")+"+0000", "")
		b = append(b, `",Severity="Error",Service="PJSIP",EventVersion="2",AccountID="`+ext+`",SessionID="`...)
		b = g.keep(b, "hash", "0x7f"+g.hexID(10), "")
		b = append(b, `",LocalAddress="IPV4/UDP/198.51.100.1/5060",RemoteAddress="IPV4/UDP/`...)
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, "/"+g.num(1024, 65535)+`",Challenge="`...)
		b = g.keep(b, "hash", g.hexID(8), "")
		b = append(b, `"`...)
	case 6: // manager.c: an AMI log-in
		ip := g.ipv4()
		b = append(b, "manager.c: Manager 'admin' logged on from "...)
		b = g.plant(b, "ipv4", ip, "")
	default: // a routine line without personal data
		b = append(b, "res_pjsip_registrar.c: Added contact 'sip:"+ext+"@10.0.0."+strconv.Itoa(10+g.rng.IntN(200))+":5060;transport=udp' to AOR '"+ext+"' with expiration of 3600 seconds"...)
	}
	return Record{Line: b}
}

// asteriskCEL is a row of cel_custom's Master.csv (Asterisk's Channel
// Event Logging, custom CSV backend) in the layouts cel_custom.conf's
// sample ships, one per stream in turn: the legacy mapping, the same with
// its "My Literal" column, the advanced field list, and that with its
// literal. Values quoted, no header row; event times in cel.conf's default
// (epoch seconds and microseconds) or, every other layout cycle, as a date.
func (g *gen) asteriskCEL(st *streamState) Record {
	layout := st.variant % 4
	advanced := layout >= 2
	var ev [24]string // by the legacy mapping's column names, below
	set := func(k int, v string) { ev[k] = v }
	const (
		cType = iota
		cTime
		cName
		cNum
		cANI
		cRDNIS
		cDNID
		cExten
		cContext
		cChan
		cApp
		cData
		cAMA
		cAcct
		cUID
		cLinked
		cPeer
		cUserField
		cUserDef
		cExtra
	)
	event := pick(g, []string{"CHAN_START", "ANSWER", "APP_START", "APP_END", "BRIDGE_ENTER", "BRIDGE_EXIT", "HANGUP", "CHAN_END", "LINKEDID_END"})
	set(cType, event)
	t := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(6)
	if st.variant/4%2 == 1 {
		t = g.now.Format("2006-01-02 15:04:05")
	}
	g.keepAt("timestamp", t)
	set(cTime, t)
	inbound := g.pct(50)
	ext := g.num(2001, 2019)
	var num string
	if inbound {
		num = strings.TrimPrefix(g.e164(), "+")
		g.plantAt("phone", num)
		set(cExten, pick(g, []string{"s", ext}))
		set(cContext, "from-trunk")
		set(cChan, "PJSIP/trunk-0000"+g.hexID(4))
		if g.pct(40) {
			did := g.dialled()
			g.plantAt("phone", did)
			set(cDNID, did)
		}
	} else {
		num = ext
		seq := "-000000" + g.hexID(2)
		g.keepAt("channel", seq)
		if g.pct(25) {
			// An endpoint named after its user (a WebRTC client or a
			// softphone provisioned per person, pjsip.conf's [section]
			// name): the channel name is the login.
			login := g.personLogin()
			g.plantAt("name", login)
			set(cChan, "PJSIP/"+login+seq)
		} else {
			set(cChan, "PJSIP/"+ext+seq)
		}
		set(cContext, "from-internal")
		dialled := g.dialled()
		g.plantAt("phone", dialled)
		set(cExten, dialled)
	}
	set(cNum, num)
	set(cANI, num)
	first, last := g.name()
	if g.pct(80) {
		g.plantAt("name", first+" "+last)
		set(cName, first+" "+last)
	} else if inbound {
		set(cName, num) // a network that sent no name
	}
	if event == "APP_START" || event == "APP_END" {
		set(cApp, "Dial")
		if inbound {
			set(cData, "PJSIP/"+ext+",30,tT")
		} else {
			set(cData, "PJSIP/"+ev[cExten]+"@trunk,60")
		}
	}
	set(cAMA, "3")
	set(cAcct, pick(g, []string{"", "", "acme"}))
	uid := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(60)), 10) + "." + g.num(1, 999)
	g.keepAt("uniqueid", uid)
	set(cUID, uid)
	set(cLinked, uid)
	if event == "BRIDGE_ENTER" || event == "BRIDGE_EXIT" {
		seq := "-000000" + g.hexID(2)
		g.keepAt("channel", seq)
		if inbound {
			set(cPeer, "PJSIP/"+ext+seq)
		} else {
			set(cPeer, "PJSIP/trunk"+seq)
		}
	}
	if event == "HANGUP" {
		// The channel that hung up, by its name (cel docs: HANGUP's
		// extra holds hangupcause, hangupsource and dialstatus).
		set(cExtra, `{"hangupcause":16,"hangupsource":"`+ev[cChan]+`","dialstatus":"ANSWER"}`)
	}
	if g.pct(12) {
		// CELGenUserEvent(CALLBACK,...) from the dialplan: a USER_DEFINED
		// event whose extra the dialplan writes, here JSON naming the
		// caller who asked for a call back and the number to call.
		set(cType, "USER_DEFINED")
		set(cUserDef, "CALLBACK")
		cb := g.phone()
		g.plantAt("phone", cb, `""`+jsonEsc(cb)+`""`)
		f, l := g.name()
		g.plantAt("name", f+" "+l)
		set(cExtra, `{"phone":"`+jsonEsc(cb)+`","name":"`+jsonEsc(f+" "+l)+`"}`)
	}
	var cols []int
	if !advanced {
		cols = []int{cType, cTime, cName, cNum, cANI, cRDNIS, cDNID, cExten, cContext, cChan, cApp, cData, cAMA, cAcct,
			cUID, cLinked, cPeer, cUserField, cUserDef, cExtra}
	} else {
		// EventType, EventEnum, EventTime, UserEventName, CIDName, CIDNum,
		// Exten, Context, ChanName, AppName, AppData, AMAFlags, AcctCode,
		// UniqueID, UserField, CIDani, CIDrdnis, CIDdnid, Peer, LinkedID,
		// PeerAcct, Extra, TenantID (-1: the type again; -2: empty).
		cols = []int{cType, -1, cTime, -2, cName, cNum, cExten, cContext, cChan, cApp, cData, cAMA, cAcct, cUID,
			cUserField, cANI, cRDNIS, cDNID, cPeer, cLinked, -2, cExtra, -2}
	}
	b := make([]byte, 0, 300)
	for k, c := range cols {
		if k > 0 {
			b = append(b, ',')
		}
		if layout%2 == 1 && k == 1+layout/2 {
			b = csvq(b, "My Literal")
			b = append(b, ',')
		}
		switch c {
		case -1:
			b = csvq(b, ev[cType])
		case -2:
			b = csvq(b, "")
		default:
			b = csvq(b, ev[c])
		}
	}
	// The internal extension, where the row names it (caller id, exten,
	// channel, dial data, peer): a person's line, as a number is.
	var forms []string
	for _, f := range []string{`"` + ext + `"`, `"PJSIP/` + ext} {
		if strings.Contains(string(b), f) {
			forms = append(forms, f)
		}
	}
	if forms != nil {
		g.plantAt("phone", ext, forms...)
	}
	return Record{Line: b}
}
