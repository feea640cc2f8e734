package realistic

import (
	"strconv"
	"strings"
	"time"
)

// SIP signalling as proxies and capture tools log it: whole SIP messages
// (RFC 3261 section 7 and the call flows of RFC 3665), printed by ngrep and
// sngrep or stored by Homer; the syslog lines of Kamailio and OpenSIPS.

// sipHosts are the names of the proxies, PBXs and carriers in the
// messages: not personal data.
var sipHosts = []string{"pbx.example.com", "sip.example.net", "sbc1.example.org", "voice.example.co.uk", "ims.example.net"}

// sipServer is the address of the proxy that logs: it is the operator's
// own, unlabelled (a redactor may mask it or not).
const sipServer = "198.51.100.10"

// sipExt returns an internal extension, 2001-2099 without 2020-2029 (the
// scorer looks for a planted value as a word anywhere in the record, and
// the timestamps hold the year).
func (g *gen) sipExt() string {
	for {
		if n := g.num(2001, 2099); n < "2020" || n > "2029" {
			return n
		}
	}
}

// sipNumber returns the user part of a SIP URI naming a telephone number
// as carriers and PBXs write it (RFC 3261 19.1.6, RFC 3966): E.164 with
// '+', national with the trunk prefix, international with 00 or 011, or
// E.164 digits without '+'.
func (g *gen) sipNumber() string {
	switch g.rng.IntN(4) {
	case 0, 1:
		return g.e164()
	case 2:
		return g.dialled()
	}
	return strings.TrimPrefix(g.e164(), "+")
}

// sipParty is one end of a call: the user part of its address (a number or
// an extension, planted as a phone number either way: an extension names a
// person's line), its display name, and the host of its address of record.
type sipParty struct {
	user, name, host string
	ext              bool
}

func (g *gen) sipParty(ext bool) sipParty {
	p := sipParty{host: pick(g, sipHosts), ext: ext}
	if ext {
		p.user = g.sipExt()
	} else {
		p.user = g.sipNumber()
	}
	if g.pct(75) {
		first, last := g.name()
		p.name = first + " " + last
		g.plantAt("name", p.name)
	}
	g.plantAt("phone", p.user, sipUserForms(p.user)...)
	return p
}

// sipUserForms returns the forms a URI's user takes in the SIP formats,
// with the bytes around it, so that a short extension is looked for where
// it was written and not inside a tag or a UUID (the generators keep only
// the forms their line holds: see written).
func sipUserForms(u string) []string {
	return []string{"sip:" + u + "@", "/" + u + "@", "[" + u + "@", "<" + u + ">", "=" + u + ";", "=" + u + ")",
		"for " + u + "@", "Processing " + u + " ", ">" + u + " ", "to " + u + " ", "=" + u, "/" + u + "]", "dialing " + u}
}

// nameAddr writes a name-addr (RFC 3261 25.1): an optional quoted display
// name and the URI in angle brackets.
func (p sipParty) nameAddr(uriParams string) string {
	s := "<sip:" + p.user + "@" + p.host + uriParams + ">"
	if p.name != "" {
		s = `"` + p.name + `" ` + s
	}
	return s
}

// sipCallID returns a Call-ID (RFC 3261 8.1.1.4) in the shapes user agents
// make them: hex and a host name, a UUID (PJSIP, FreeSWITCH), RFC 3261's
// own decimal example shape, or base64 text ending in '.' (CounterPath).
func (g *gen) sipCallID() string {
	switch g.rng.IntN(4) {
	case 0:
		return g.hexID(32) + "@" + pick(g, sipHosts)
	case 1:
		return g.uuid()
	case 2:
		return g.num(1, 9) + g.digits(18) + "@" + pick(g, sipHosts)
	}
	return g.chars(42, base62) + "."
}

// sipTag returns a From or To tag (RFC 3261 19.3): hex (Asterisk's "as"
// prefix too), ten decimal digits (RFC 3261's examples, Yealink), a UUID
// (PJSIP) or base62 (FreeSWITCH).
func (g *gen) sipTag() string {
	switch g.rng.IntN(5) {
	case 0:
		return g.hexID(8)
	case 1:
		return g.num(1, 4) + g.digits(9)
	case 2:
		return "as" + g.hexID(8)
	case 3:
		return g.uuid()
	}
	return g.token(13)
}

// sipBranch returns a Via branch with RFC 3261's magic cookie z9hG4bK.
func (g *gen) sipBranch() string {
	switch g.rng.IntN(4) {
	case 0:
		return "z9hG4bK" + g.hexID(8)
	case 1:
		return "z9hG4bKPj" + g.uuid()
	case 2:
		return "z9hG4bK-524287-1---" + g.hexID(16)
	}
	return "z9hG4bK" + g.num(1, 9) + g.digits(9)
}

var sipResponses = []string{"100 Trying", "180 Ringing", "183 Session Progress", "200 OK", "407 Proxy Authentication Required", "486 Busy Here", "487 Request Terminated", "404 Not Found", "603 Decline"}

// sipMessage returns the lines of one SIP message (RFC 3261 section 7)
// without their CRLFs, the header names as RFC 3665's examples write them,
// labelling every value; the client's address and the message's
// addresses are planted, the transaction's identifiers kept.
func (g *gen) sipMessage() (lines []string, method, callID, src string) {
	method = pick(g, []string{"INVITE", "INVITE", "INVITE", "response", "response", "REGISTER", "BYE"})
	caller := g.sipParty(g.pct(45))
	var callee sipParty
	if method != "REGISTER" {
		callee = g.sipParty(false)
	}
	clientIP := g.ipv4()
	g.plantAt("ipv4", clientIP)
	localIP := clientIP
	natted := g.pct(40)
	if natted {
		// A phone behind NAT: Via and Contact carry its private
		// address, received= and rport its public one (RFC 3581).
		localIP = "192.168.1." + g.num(20, 199)
	}
	port := g.num(5060, 5090)
	rport := port
	if natted {
		rport = g.num(10000, 65535) // above the extensions' range
	}
	callID = g.sipCallID()
	g.keepAt("callid", callID)
	ftag := g.sipTag()
	g.keepAt("tag", ftag, "tag="+ftag)
	branch := g.sipBranch()
	g.keepAt("branch", branch)
	cseq := g.num(1, 999)
	ua := pick(g, sipUAs)
	g.keepAt("version", ua[1])

	via := "Via: SIP/2.0/UDP " + localIP + ":" + port + ";branch=" + branch + ";rport"
	if natted || g.pct(50) {
		via += "=" + rport + ";received=" + clientIP
		g.keepAt("port", rport, "rport="+rport)
	}
	from := "From: " + caller.nameAddr("") + ";tag=" + ftag
	to := "To: " + callee.nameAddr(";user=phone")
	if method == "response" || method == "BYE" {
		ttag := g.sipTag()
		g.keepAt("tag", ttag, "tag="+ttag)
		to += ";tag=" + ttag
	}
	contact := "Contact: <sip:" + caller.user + "@" + localIP + ":" + port + ";transport=udp>"
	if natted {
		g.plantAt("ipv4", localIP) // a private address, still the client's
	}
	switch method {
	case "response":
		st := pick(g, sipResponses)
		g.keepAt("status", st, "SIP/2.0 "+st)
		lines = append(lines, "SIP/2.0 "+st, via, from, to, "Call-ID: "+callID, "CSeq: "+cseq+" INVITE")
		g.keepAt("counter", cseq, "CSeq: "+cseq+" ")
		if strings.HasPrefix(st, "407") {
			nonce := g.hexID(32)
			g.keepAt("hash", nonce)
			lines = append(lines, `Proxy-Authenticate: Digest realm="`+caller.host+`", nonce="`+nonce+`", algorithm=MD5, qop="auth"`)
		}
		if strings.HasPrefix(st, "200") {
			lines = append(lines, "Contact: <sip:"+callee.user+"@"+sipServer+":5060>")
		}
		lines = append(lines, "Server: "+ua[0], "Content-Length: 0")
		return lines, "response", callID, clientIP
	case "REGISTER":
		exp := pick(g, []string{"3600", "600", "120", "0"})
		lines = append(lines, "REGISTER sip:"+caller.host+" SIP/2.0", via, "Max-Forwards: 70",
			contact+";expires="+exp, "To: "+caller.nameAddr(""), from, "Call-ID: "+callID, "CSeq: "+cseq+" REGISTER",
			"Expires: "+exp, "User-Agent: "+ua[0], "Content-Length: 0")
		g.keepAt("counter", cseq, "CSeq: "+cseq+" ")
		return lines, method, callID, clientIP
	case "BYE":
		lines = append(lines, "BYE sip:"+callee.user+"@"+callee.host+" SIP/2.0", via, "Max-Forwards: 70", from, to,
			"Call-ID: "+callID, "CSeq: "+cseq+" BYE", "Reason: Q.850;cause=16;text=\"Normal call clearing\"", "User-Agent: "+ua[0], "Content-Length: 0")
		g.keepAt("counter", cseq, "CSeq: "+cseq+" ")
		return lines, method, callID, clientIP
	}
	// INVITE with its SDP offer (RFC 4566): o= and c= carry the
	// media address, which is the client's.
	lines = append(lines, "INVITE sip:"+callee.user+"@"+callee.host+";user=phone SIP/2.0", via, "Max-Forwards: 70", contact, to, from,
		"Call-ID: "+callID, "CSeq: "+cseq+" INVITE")
	g.keepAt("counter", cseq, "CSeq: "+cseq+" ")
	if g.pct(60) {
		// The trunk's asserted identity (RFC 3325) and the older
		// Remote-Party-ID draft header, both naming the caller.
		pai := g.sipNumber()
		g.plantAt("phone", pai)
		lines = append(lines, "P-Asserted-Identity: "+sipParty{user: pai, name: caller.name, host: pick(g, sipHosts)}.nameAddr(""))
		if g.pct(50) {
			lines = append(lines, "Remote-Party-ID: "+sipParty{user: pai, name: caller.name, host: caller.host}.nameAddr("")+";party=calling;screen=yes;privacy=off")
		}
	}
	if g.pct(30) {
		// A forwarded call (RFC 5806 Diversion, RFC 4458 History-Info
		// style): the number that forwarded it.
		div := g.sipNumber()
		g.plantAt("phone", div)
		lines = append(lines, "Diversion: <sip:"+div+"@"+pick(g, sipHosts)+">;reason=unconditional;counter=1;privacy=off")
	}
	if g.pct(20) {
		tel := "+1-" + pick(g, []string{"201", "212", "415"}) + "-555-01" + g.digits(2)
		g.plantAt("phone", tel)
		lines = append(lines, "P-Preferred-Identity: <tel:"+tel+">")
	}
	sess := strconv.FormatInt(g.now.Unix()+2208988800, 10) // NTP seconds, RFC 4566 5.2
	ver := strconv.FormatInt(g.now.Unix()+2208988800+int64(g.rng.IntN(9)+1), 10)
	g.keepAt("counter", sess, "o=- "+sess+" "+ver)
	media := strconv.Itoa(10000 + 2*g.rng.IntN(10000))
	g.keepAt("port", media, "m=audio "+media+" ")
	codec := pick(g, []string{"PCMA/8000", "PCMU/8000", "G722/8000", "opus/48000/2"})
	g.keepAt("codec", codec)
	pt := map[string]string{"PCMA/8000": "8", "PCMU/8000": "0", "G722/8000": "9", "opus/48000/2": "111"}[codec]
	sdp := []string{"v=0", "o=- " + sess + " " + ver + " IN IP4 " + localIP, "s=" + pick(g, []string{"-", "SIP Call", "Talk"}), "c=IN IP4 " + localIP, "t=0 0",
		"m=audio " + media + " RTP/AVP " + pt + " 101", "a=rtpmap:" + pt + " " + codec, "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-16", "a=ptime:20", "a=sendrecv"}
	n := 0
	for _, l := range sdp {
		n += len(l) + 2
	}
	cl := strconv.Itoa(n)
	g.keepAt("bytes", cl, "Content-Length: "+cl)
	lines = append(lines, "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, REFER, NOTIFY, INFO", "User-Agent: "+ua[0], "Content-Type: application/sdp", "Content-Length: "+cl, "")
	lines = append(lines, sdp...)
	return lines, "INVITE", callID, clientIP
}

// sipRaw is one SIP message as a capture tool logs it, one stream in three
// each: ngrep's "U yyyy/mm/dd hh:mm:ss.us src:port -> dst:port" line then
// the message with its CRLFs, Homer 7's JSON (hep_proto_1: protocol_header,
// data_header and the message in "raw", CRLF escaped as \r\n), and
// sngrep's saved text (the same header without the protocol letter).
func (g *gen) sipRaw(st *streamState) Record {
	lines, method, callID, src := g.sipMessage()
	msg := strings.Join(lines, "\r\n") + "\r\n"
	g.plants = written(g.plants, msg+src) // each user's forms that the message holds
	if method != "INVITE" {
		msg += "\r\n"
	}
	sport := g.num(5060, 5090)
	ts := g.now.Format("2006/01/02 15:04:05.000000")
	switch st.variant % 3 {
	case 0:
		g.keepAt("timestamp", ts)
		return Record{Line: []byte("U " + ts + " " + src + ":" + sport + " -> " + sipServer + ":5060\r\n" + msg)}
	case 2:
		g.keepAt("timestamp", ts)
		return Record{Line: []byte(ts + " " + src + ":" + sport + " -> " + sipServer + ":5060\n" + msg)}
	}
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	// Homer's session id is the Call-ID: an identifier, not a secret,
	// when it reads as one (a word, '@' and a host). A bare random word
	// under "sid" is a web session id's shape too: unlabelled.
	b = g.js(b, "sid", callID)
	if strings.Contains(callID, "@") {
		g.keepAt("callid", callID, `"sid":"`+jsonEsc(callID)+`"`)
	}
	b = g.jk(b, "create_date", "timestamp", g.now.Format("2006-01-02T15:04:05.000Z"))
	b = jo(b, "protocol_header")
	b = g.jp(b, "srcIp", "ipv4", src)
	b = g.js(b, "dstIp", sipServer) // the server's own: unlabelled
	b = jn(b, "srcPort", sport)
	b = jn(b, "dstPort", "5060")
	b = jn(b, "protocol", "17")
	b = jn(b, "protocolFamily", "2")
	b = jn(b, "payloadType", "1")
	b = jn(b, "timeSeconds", strconv.FormatInt(g.now.Unix(), 10))
	b = jn(b, "timeUseconds", strconv.Itoa(g.now.Nanosecond()/1000))
	// The capture agent's node id; not 2001-2099, the extensions' range
	// (the scorer looks for a planted extension as a word).
	b = jn(b, "captureId", "4001")
	b = append(b, '}')
	b = jo(b, "data_header")
	if method == "response" {
		method = strings.Fields(lines[0])[1]
	}
	b = g.js(b, "method", method)
	b = g.js(b, "callid", callID)
	b = append(b, '}')
	b = jkey(b, "raw")
	b = append(b, '"')
	b = append(b, jsonEsc(msg)...)
	b = append(b, '"', '}')
	return Record{Line: b}
}

// kamailioLog is a Kamailio or OpenSIPS syslog line (RFC 3164 header,
// one daemon a stream): messages the routing script writes with xlog()
// and its pseudo-variables ($rm method, $fu/$tu/$ru From, To and request
// URIs, $fn display name, $rU request user, $si/$sp source address, $ci
// Call-ID, $ua User-Agent), behind Kamailio's log_prefix "{$mt $hdr(CSeq)
// $ci} " in every other stream; the acc module's log records
// ("ACC: transaction answered:" and "ACC: call missed:", with log_extra
// src_user, src_domain, src_ip, dst_ouser, dst_user, dst_domain); pike's
// blocking notice and the auth failures the sample configurations log.
func (g *gen) kamailioLog(st *streamState) Record {
	daemon, pid := "/usr/sbin/kamailio", g.num(3000, 32000) // above the extensions' range
	if st.variant%2 == 1 {
		daemon = "opensips"
	}
	t := g.now
	head := months[t.Month()-1] + " " + strings.Replace(t.Format("_2 15:04:05"), "_", " ", 1) + " sbc1 " + daemon + "[" + pid + "]: "
	g.keepAt("timestamp", t.Format("15:04:05"))
	g.keepAt("counter", pid, "["+pid+"]")
	caller := g.sipParty(g.pct(40))
	callee := g.sipParty(false)
	ip := g.ipv4()
	g.plantAt("ipv4", ip)
	port := g.num(10000, 65535)
	g.keepAt("port", port, ":"+port)
	callID := g.sipCallID()
	g.keepAt("callid", callID)
	method := pick(g, []string{"INVITE", "INVITE", "REGISTER", "BYE", "OPTIONS"})
	cseq := g.num(1, 999)
	prefix := ""
	if st.variant%4 == 2 {
		prefix = "{1 " + cseq + " " + method + " " + callID + "} "
		g.keepAt("counter", cseq, "{1 "+cseq+" ")
	}
	fu := "sip:" + caller.user + "@" + caller.host
	tu := "sip:" + callee.user + "@" + callee.host
	var msg string
	switch g.rng.IntN(7) {
	case 0: // xlog("L_INFO", "$rm from $fu to $tu (IP:$si:$sp) ua=$ua\n")
		ua := pick(g, sipUAs)
		g.keepAt("version", ua[1])
		msg = "INFO: " + prefix + "<script>: " + method + " from " + fu + " to " + tu + " (IP:" + ip + ":" + port + ") ua=" + ua[0]
	case 1: // "new request $rm r-uri $ru from $fn <$fu> call-id $ci"
		fn := caller.name
		if fn == "" {
			fn = "<null>"
		}
		msg = "INFO: " + prefix + "<script>: new request " + method + " r-uri " + tu + ";user=phone from " + fn + " <" + fu + "> call-id " + callID
	case 2: // "call to $rU via $du from $si", the request user bare
		gw := "sip:" + sipServer + ":5060"
		msg = "INFO: " + prefix + "<script>: LCR: routing call to " + callee.user + " via " + gw + " from " + ip
	case 3, 4: // the acc module's log record, with log_extra
		code, reason, what := "200", "OK", "transaction answered"
		if g.pct(35) {
			code, reason, what = pick(g, []string{"486", "487", "408", "480"}), "", "call missed"
			reason = map[string]string{"486": "Busy Here", "487": "Request Terminated", "408": "Request Timeout", "480": "Temporarily Unavailable"}[code]
		}
		ftag, ttag := g.sipTag(), g.sipTag()
		g.keepAt("tag", ftag, "from_tag="+ftag)
		g.keepAt("tag", ttag, "to_tag="+ttag)
		g.keepAt("status", code, "code="+code+";")
		ts := strconv.FormatInt(t.Unix(), 10)
		g.keepAt("epoch", ts, "timestamp="+ts)
		msg = "NOTICE: " + prefix + "acc [acc.c:" + g.num(250, 320) + "]: ACC: " + what + ": timestamp=" + ts + ";method=INVITE;from_tag=" + ftag +
			";to_tag=" + ttag + ";call_id=" + callID + ";code=" + code + ";reason=" + reason +
			";src_user=" + caller.user + ";src_domain=" + caller.host + ";src_ip=" + ip +
			";dst_ouser=" + callee.user + ";dst_user=" + callee.user + ";dst_domain=" + callee.host
		if daemon == "opensips" && code == "200" {
			d := g.num(1, 1800)
			g.keepAt("duration", d, "duration="+d+";")
			msg += ";duration=" + d + ";setuptime=" + g.num(0, 30) + ";created=" + ts
		}
	case 5: // pike blocking a flooding source
		node := "0x7f" + g.hexID(10)
		g.keepAt("hash", node)
		msg = "WARNING: pike [pike_funcs.c:" + g.num(150, 240) + "]: pike_check_req(): PIKE - BLOCKing ip " + ip + ", node=" + node
	default: // the sample configurations' auth failure lines
		msg = "NOTICE: " + prefix + "<script>: auth failed for " + caller.user + "@" + caller.host + " from " + ip + ":" + port + " (" + method + ")"
	}
	line := head + msg
	g.plants, g.keeps = written(g.plants, line), written(g.keeps, line)
	return Record{Line: []byte(line)}
}

// written keeps the values of vs that the line holds in one of their
// forms, with those forms: a generator that makes its values before it
// picks the message labels only what the message writes.
func written(vs []Value, line string) []Value {
	out := vs[:0]
	for _, v := range vs {
		var forms []string
		for _, f := range v.Forms {
			if strings.Contains(line, f) {
				forms = append(forms, f)
			}
		}
		if len(forms) > 0 {
			v.Forms = forms
			out = append(out, v)
		}
	}
	return out
}

// freeswitchLog is a line of FreeSWITCH's console or log file
// (mod_logfile, mod_console): "YYYY-MM-DD hh:mm:ss.us [LEVEL]
// file.c:line message", behind 1.10's prefixes in every other stream
// (the session's UUID when the line belongs to one, and the idle CPU
// percentage). Channel names are "sofia/<profile>/<user>@<host>" as
// mod_sofia names them; the messages are switch_channel's New and Close
// Channel, mod_dialplan_xml's Processing line, the EXECUTE trace of
// dialplan applications (bridge, set effective_caller_id_*), callstate and
// state changes, switch_ivr_originate's Originate results, sofia's
// Hangup, sofia_reg's unknown-user and auth-failure warnings and
// mod_dptools' Originate failures.
func (g *gen) freeswitchLog(st *streamState) Record {
	ts := g.now.Format("2006-01-02 15:04:05.000000")
	g.keepAt("timestamp", ts)
	u := g.uuid()
	pre := ""
	if st.variant%2 == 1 {
		idle := g.num(90, 99) + "." + g.digits(2) + "%"
		g.keepAt("counter", idle)
		if g.pct(70) {
			pre = u + " "
			g.keepAt("uuid", u)
		}
		pre += ts + " " + idle + " "
	} else {
		pre = ts + " "
	}
	caller := g.sipParty(g.pct(50))
	callee := g.sipParty(false)
	ip := g.ipv4()
	g.plantAt("ipv4", ip)
	host := ip
	if caller.ext {
		host = pick(g, sipHosts)
	}
	profile := "internal"
	if !caller.ext {
		profile = "external"
	}
	chanA := "sofia/" + profile + "/" + caller.user + "@" + host
	chanB := "sofia/gateway/trunk/" + callee.user
	line := func(level, file string, lo, hi int) string {
		ln := g.num(lo, hi)
		g.keepAt("counter", ln, file+":"+ln)
		return pre + "[" + level + "] " + file + ":" + ln + " "
	}
	var msg string
	switch g.rng.IntN(12) {
	case 0:
		msg = line("NOTICE", "switch_channel.c", 1100, 1199) + "New Channel " + chanA + " [" + u + "]"
		g.keepAt("uuid", u)
	case 1:
		name := caller.name
		if name == "" {
			name = caller.user
		}
		msg = line("INFO", "mod_dialplan_xml.c", 600, 699) + "Processing " + name + " <" + caller.user + ">->" + callee.user + " in context " + pick(g, []string{"default", "public"})
	case 2:
		msg = "EXECUTE [depth=0] " + chanA + " bridge(" + chanB + ")"
		msg = pre + msg
	case 3:
		if caller.name != "" && g.pct(50) {
			msg = pre + "EXECUTE [depth=0] " + chanA + " set(effective_caller_id_name=" + caller.name + ")"
		} else {
			msg = pre + "EXECUTE [depth=0] " + chanA + " set(effective_caller_id_number=" + caller.user + ")"
		}
	case 4:
		msg = line("DEBUG", "switch_channel.c", 3400, 3499) + "(" + chanA + ") Callstate Change " + pick(g, []string{"DOWN -> RINGING", "RINGING -> ACTIVE", "ACTIVE -> HANGUP"})
	case 5:
		msg = line("DEBUG", "switch_core_state_machine.c", 580, 640) + "(" + chanA + ") State Change " + pick(g, []string{"CS_NEW -> CS_INIT", "CS_INIT -> CS_ROUTING", "CS_ROUTING -> CS_EXECUTE", "CS_EXECUTE -> CS_HANGUP"})
	case 6:
		peer := g.uuid()
		g.keepAt("uuid", peer)
		msg = line("INFO", "switch_ivr_originate.c", 4000, 4199) + "Originate Resulted in Success: [" + chanB + "] Peer UUID: " + peer
	case 7:
		cause := pick(g, []string{"NORMAL_CLEARING", "USER_BUSY", "NO_ANSWER", "ORIGINATOR_CANCEL"})
		msg = line("NOTICE", "sofia.c", 1000, 1099) + "Hangup " + chanA + " [CS_EXECUTE] [" + cause + "]"
	case 8:
		// The registration scanner's classic: an unknown user at a
		// domain that is the server's address.
		msg = line("WARNING", "sofia_reg.c", 3100, 3299) + "Can't find user [" + caller.user + "@" + sipServer + "] from " + ip
	case 9:
		m := pick(g, []string{"REGISTER", "INVITE"})
		msg = line("WARNING", "sofia_reg.c", 1700, 1899) + "SIP auth failure (" + m + ") on sofia profile '" + profile + "' for [" + caller.user + "@" + caller.host + "] from ip " + ip
	case 10:
		cause := pick(g, []string{"USER_NOT_REGISTERED", "NO_ROUTE_DESTINATION", "CALL_REJECTED", "UNALLOCATED_NUMBER"})
		msg = line("INFO", "mod_dptools.c", 3500, 3599) + "Originate Failed.  Cause: " + cause
		if g.pct(60) {
			msg = line("ERR", "switch_ivr_originate.c", 3900, 3999) + "Cannot create outgoing channel of type [sofia] cause: [" + cause + "] dialing " + callee.user
		}
	default:
		sess := g.num(1, 1999) // below the extensions' range
		g.keepAt("counter", sess, "Session "+sess+" ")
		msg = line("NOTICE", "switch_core_session.c", 1700, 1799) + "Session " + sess + " (" + chanA + ") Ended"
	}
	g.plants, g.keeps = written(g.plants, msg), written(g.keeps, msg)
	return Record{Line: []byte(msg)}
}

// cpaasJSON is a call or message record as a CPaaS REST API returns it and
// an application logs it, one vendor a stream: Twilio's Call and Message
// resources (API 2010-04-01: sid, account_sid, from, to, from_formatted,
// to_formatted, caller_name, forwarded_from, price as a negative string,
// RFC 2822 dates, uri, subresource_uris), Vonage's Voice API call object
// (uuid, conversation_uuid, to and from as {"type":"phone","number":...}
// with E.164 digits and no '+', rate, price, network) and its SMS
// delivery receipt webhook (msisdn, to, network-code, messageId, price,
// scts as YYMMDDHHMM, err-code, message-timestamp).
func (g *gen) cpaasJSON(st *streamState) Record {
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	const rfc2822 = "Mon, 02 Jan 2006 15:04:05 -0700"
	if st.variant%2 == 0 {
		from, to := g.e164(), g.e164()
		acct := g.twilioSID("AC")
		call := g.pct(60)
		sidPrefix := "SM"
		if call {
			sidPrefix = "CA"
		}
		sid := g.twilioSID(sidPrefix)
		b = g.jp(b, "account_sid", "secret", acct) // a vendor_token by its prefix, as in twilio_form
		b = g.js(b, "api_version", "2010-04-01")
		created := g.now.Format(rfc2822)
		b = g.jk(b, "date_created", "timestamp", created)
		b = g.jk(b, "date_updated", "timestamp", g.now.Add(time.Duration(g.rng.IntN(900))*time.Second).Format(rfc2822))
		b = g.jp(b, "from", "phone", from)
		b = g.jp(b, "to", "phone", to)
		price := "-0." + g.num(1, 9) + g.digits(4)
		b = g.jk(b, "price", "price", price)
		b = g.js(b, "price_unit", pick(g, []string{"USD", "EUR", "GBP"}))
		b = g.jk(b, "sid", "sid", sid)
		if call {
			if strings.HasPrefix(from, "+1") {
				// NANP numbers as Twilio formats them.
				b = g.jp(b, "from_formatted", "phone", "("+from[2:5]+") "+from[5:8]+"-"+from[8:])
			} else {
				b = g.js(b, "from_formatted", from)
			}
			b = g.js(b, "to_formatted", to)
			b = g.js(b, "direction", pick(g, []string{"inbound", "outbound-api", "outbound-dial"}))
			dur := strconv.Itoa(g.rng.IntN(1800))
			b = g.jk(b, "duration", "duration", dur)
			g.keepAt("duration", dur, `"duration":"`+dur+`"`)
			b = g.js(b, "status", pick(g, []string{"completed", "busy", "no-answer", "failed"}))
			if g.pct(50) {
				first, last := g.name()
				// CNAM: up to 15 characters, in capitals.
				cnam := strings.ToUpper(ascii(first + " " + last))
				if len(cnam) > 15 {
					cnam = cnam[:15]
				}
				if strings.HasSuffix(cnam, " ") {
					cnam = strings.TrimSpace(cnam)
				}
				b = g.jp(b, "caller_name", "name", cnam)
			} else {
				b = jn(b, "caller_name", "null")
			}
			if g.pct(30) {
				b = g.jp(b, "forwarded_from", "phone", g.e164())
			} else {
				b = jn(b, "forwarded_from", "null")
			}
			b = jn(b, "parent_call_sid", "null")
			b = g.jk(b, "phone_number_sid", "sid", g.twilioSID("PN"))
			b = g.jk(b, "start_time", "timestamp", created)
			b = g.js(b, "queue_time", "0")
		} else {
			b = g.js(b, "body", pick(g, []string{"Your order has shipped.", "Reminder: your appointment is tomorrow at 10:00.", "Reply STOP to unsubscribe."}))
			b = g.js(b, "direction", "outbound-api")
			b = g.jk(b, "messaging_service_sid", "sid", g.twilioSID("MG"))
			b = g.js(b, "num_media", "0")
			b = g.js(b, "num_segments", "1")
			b = g.js(b, "status", pick(g, []string{"delivered", "sent", "undelivered"}))
			b = jn(b, "error_code", "null")
		}
		kind := "Messages"
		if call {
			kind = "Calls"
		}
		b = g.js(b, "uri", "/2010-04-01/Accounts/"+acct+"/"+kind+"/"+sid+".json")
		b = append(b, '}')
		return Record{Line: b}
	}
	if g.pct(50) {
		// Vonage Voice API call object.
		u, conv := g.uuid(), g.uuid()
		b = jo(b, "_links")
		b = jo(b, "self")
		b = g.js(b, "href", "/v1/calls/"+u)
		b = append(b, "}}"...)
		b = g.jk(b, "uuid", "uuid", u)
		b = g.jk(b, "conversation_uuid", "uuid", "CON-"+conv)
		for _, k := range []string{"to", "from"} {
			b = jo(b, k)
			b = g.js(b, "type", "phone")
			b = g.jp(b, "number", "phone", strings.TrimPrefix(g.e164(), "+"))
			b = append(b, '}')
		}
		b = g.js(b, "status", pick(g, []string{"completed", "busy", "failed", "unanswered"}))
		b = g.js(b, "direction", pick(g, []string{"outbound", "inbound"}))
		b = g.jk(b, "rate", "price", "0."+g.digits(8))
		b = g.jk(b, "price", "price", "0."+g.digits(8))
		dur := strconv.Itoa(g.rng.IntN(1800))
		b = g.js(b, "duration", dur)
		g.keepAt("duration", dur, `"duration":"`+dur+`"`)
		b = g.jk(b, "start_time", "timestamp", g.now.Format("2006-01-02T15:04:05.000Z"))
		b = g.jk(b, "network", "counter", g.num(20000, 99999))
		b = append(b, '}')
		return Record{Line: b}
	}
	// Vonage SMS delivery receipt.
	b = g.jp(b, "msisdn", "phone", strings.TrimPrefix(g.e164(), "+"))
	b = g.js(b, "to", pick(g, []string{"AcmeInc", "ExampleCo", "Vonage"}))
	nc := g.num(20000, 99999)
	b = g.js(b, "network-code", nc)
	g.keepAt("counter", nc, `"network-code":"`+nc+`"`)
	b = g.jk(b, "messageId", "requestid", strings.ToUpper(g.hexID(16)))
	b = g.jk(b, "price", "price", "0."+g.digits(8))
	b = g.js(b, "status", pick(g, []string{"delivered", "expired", "failed", "rejected", "accepted"}))
	scts := g.now.Format("0601021504")
	b = g.js(b, "scts", scts)
	g.keepAt("timestamp", scts, `"scts":"`+scts+`"`)
	b = g.js(b, "err-code", pick(g, []string{"0", "0", "1", "5"}))
	b = g.jk(b, "message-timestamp", "timestamp", g.now.Format("2006-01-02 15:04:05"))
	b = append(b, '}')
	return Record{Line: b}
}

// threeCXCDR is a record of 3CX Phone System's CDR service (Reporting >
// CDR, "single file for all calls", cdr.log) with every output field on,
// in the documented order: historyid ("Call N"), callid, duration
// (hh:mm:ss), time-start, time-answered, time-end, reason-terminated,
// from-no, to-no, from-dn, to-dn, dial-no, reason-changed, final-number,
// final-dn, bill-code, bill-rate, bill-cost, bill-name, chain, from-type,
// to-type, final-type, from-dispname, to-dispname, final-dispname,
// missed-queue-calls; comma-separated, unquoted, no header row. An
// extension is written "Ext.N" in the number fields and N in the dn
// fields; a trunk's line is a virtual dn (10000...), written
// "Line:10000>>number" in the chain.
func (g *gen) threeCXCDR(st *streamState) Record {
	ext := g.sipExt()
	g.plantAt("phone", ext)
	ext2 := ""
	num := g.sipNumber()
	if strings.HasPrefix(num, "011") {
		num = "+" + num[3:] // 3CX writes what the trunk delivered
	}
	g.plantAt("phone", num)
	line := pick(g, []string{"10000", "10001", "10002"})
	first, last := g.name()
	extName := first + " " + last
	g.plantAt("name", extName)
	inbound := g.pct(50)
	callid := strings.ToUpper(g.hexID(16)) + "_" + g.num(1, 999)
	g.keepAt("callid", callid)
	hist := "Call " + g.num(3000, 99999) // above the extensions' range
	g.keepAt("counter", hist)
	ring := 1 + g.rng.IntN(20)
	talk := 0
	reason := pick(g, []string{"TerminatedBySrc", "TerminatedByDst", "TerminatedByDst", "Failed_Cancelled", "TerminatedByRule"})
	if reason == "TerminatedBySrc" || reason == "TerminatedByDst" {
		talk = 1 + g.rng.IntN(1800)
	}
	hms := func(s int) string { return two(s/3600) + ":" + two(s/60%60) + ":" + two(s%60) }
	dur := hms(talk)
	const layout = "2006/01/02 15:04:05"
	start := g.now
	ts := []string{start.Format(layout), "", start.Add(time.Duration(ring+talk) * time.Second).Format(layout)}
	if talk > 0 {
		ts[1] = start.Add(time.Duration(ring) * time.Second).Format(layout)
	}
	for _, t := range ts {
		if t != "" {
			g.keepAt("timestamp", t)
		}
	}
	g.keepAt("duration", dur, ","+dur+",")
	var fromNo, toNo, fromDN, toDN, dial, finalNo, finalDN, chain, fromType, toType, finalType, fromName, toName, finalName string
	if inbound {
		fromNo, toNo, fromDN, toDN, dial = num, "Ext."+ext, line, ext, ext
		finalNo, finalDN = "Ext."+ext, ext
		chain = "Chain: Line:" + line + ">>" + num + ";Ext." + ext + ";"
		fromType, toType, finalType = "Line", "Extension", "Extension"
		fromName, toName, finalName = "", extName, extName
		if g.pct(40) {
			// A caller's name from the trunk's caller id.
			f2, l2 := g.name()
			fromName = f2 + " " + l2
			g.plantAt("name", fromName)
		}
		if g.pct(30) {
			// Transferred to a colleague.
			ext2 = g.sipExt()
			g.plantAt("phone", ext2)
			f3, l3 := g.name()
			finalName = f3 + " " + l3
			g.plantAt("name", finalName)
			finalNo, finalDN = "Ext."+ext2, ext2
			chain += "Ext." + ext2 + ";"
			finalType = "Extension"
		}
	} else {
		fromNo, toNo, fromDN, toDN, dial = "Ext."+ext, num, ext, line, num
		finalNo, finalDN = num, line
		chain = "Chain: Ext." + ext + ";Line:" + line + ">>" + num + ";"
		fromType, toType, finalType = "Extension", "Line", "Line"
		fromName, toName, finalName = extName, "", ""
	}
	rc := ""
	if ext2 != "" {
		rc = "ReplacedDst"
	}
	billRate, billCost := "", ""
	if !inbound && talk > 0 {
		billRate = "0." + g.digits(2)
		billCost = "0." + g.digits(3)
	}
	// The line's dn is a trunk's virtual extension: no person's.
	g.keepAt("channel", line, ","+line+",")
	fields := []string{hist, callid, dur, ts[0], ts[1], ts[2], reason, fromNo, toNo, fromDN, toDN, dial, rc, finalNo, finalDN,
		"", billRate, billCost, "", chain, fromType, toType, finalType, fromName, toName, finalName, ""}
	return Record{Line: []byte(strings.Join(fields, ","))}
}
