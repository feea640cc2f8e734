package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Carrier-core signalling and charging records, written as a held-out test
// (none of them was looked at while the engine's rules were written):
//
//   - homer_hep_json: SIP captured over HEP as Homer stores and exports it.
//     In even streams heplify-server's rows (hep_proto_1_call): `sid`,
//     `create_date`, `protocol_header` (srcIp, srcPort, dstIp, dstPort,
//     captureId, payloadType, protocolFamily, timeSeconds, timeUseconds)
//     and `data_header` with the fields heplify-server extracts (callid,
//     cseq, method, ruri_user, ruri_domain, from_user, from_domain,
//     from_tag, to_user, to_tag, pid_user, auth_user, contact_user,
//     contact_domain, via, user_agent, diversion), the message in `raw` with
//     its CRLFs as \r\n. In odd streams homer-app's transaction export: one
//     message a line, flat (`srcIp`, `dstIp`, `srcPort`, `dstPort`,
//     `aliasSrc`, `aliasDst` (a node's alias or, when none, its ip:port),
//     `method`, `callid`, `ruri_user`, `from_user`, `to_user`, `pid_user`,
//     `user_agent`, `micro_ts` in microseconds, `raw`).
//   - ims_cscf_log: an IMS core's P-CSCF and S-CSCF (Kamailio's IMS modules
//     behind an RFC 3164 header): the configuration's xlog lines naming
//     the IMPU, IMPI and the UE's address, module lines of the registrar
//     (contacts saved for an IMPU), ims_auth (MAR for an IMPI), ims_qos (Rx
//     AAR for the UE's address), ims_charging (Ro CCR), and a SIP trace
//     line with the message on one line, \r\n written out: REGISTER and
//     INVITE with `tel:+…` and `sip:+…;user=phone` URIs (TS 24.229), the
//     IMPI `<IMSI>@ims.mnc<MNC>.mcc<MCC>.3gppnetwork.org` (TS 23.003),
//     `P-Access-Network-Info: 3GPP-E-UTRAN-FDD; utran-cell-id-3gpp=…`,
//     `+sip.instance="<urn:gsma:imei:TAC-SNR-0>"` (RFC 7254),
//     `P-Charging-Vector` icid-value, `P-Visited-Network-ID`.
//   - msc_cdr_text: MSC CDRs of 3GPP TS 32.298 (MOCallRecord,
//     MTCallRecord, MOSMSRecord, MTSMSRecord) as a decoder dumps them, one
//     record a line: in one stream in three the numbers decoded to digits
//     (with the type of number named), in another as the octet strings in
//     hex (TS 24.008 BCD numbers: the type-of-number octet 0x91, 0xA1 or
//     0x81, then the digits two to an octet, low nibble first, F filling),
//     IMSI and IMEI as TBCD hex too; in the third a mediation system's CSV
//     with a header row. Location (LAC, cell id), call references,
//     sequence numbers, times and durations are look-alikes; the MSC's own
//     address (recordingEntity) and the SMSC's (serviceCentre) are nodes'
//     global titles, no subscriber's, and left unlabelled.

// imsNetwork is a home network as the IMS names its domain.
type imsNetwork struct {
	mcc, mnc string
	msisdn   func(g *gen) string
}

var imsNetworks = []imsNetwork{
	{"262", "01", func(g *gen) string { return "49151" + g.digits(8) }},
	{"262", "02", func(g *gen) string { return "49172" + g.digits(7) }},
	{"234", "15", func(g *gen) string { return "447700900" + g.digits(3) }},
	{"255", "03", func(g *gen) string { return "38067" + g.digits(7) }},
	{"310", "410", func(g *gen) string { return "1415555" + "01" + g.digits(2) }},
	{"208", "01", func(g *gen) string { return "336" + g.digits(8) }},
}

// imsSub is a subscriber as the IMS knows it.
type imsSub struct {
	mcc, mnc, imsi, msisdn, imei, domain, ueIP string
}

func (g *gen) imsSub() imsSub {
	n := pick(g, imsNetworks)
	s := imsSub{mcc: n.mcc, mnc: n.mnc, msisdn: n.msisdn(g)}
	s.imsi = n.mcc + n.mnc + g.digits(15-len(n.mcc)-len(n.mnc))
	d := pick(g, handsetTACs) + g.digits(6)
	s.imei = d + strconv.Itoa(luhnCheck(d))
	mnc := n.mnc
	if len(mnc) == 2 {
		mnc = "0" + mnc
	}
	s.domain = "ims.mnc" + mnc + ".mcc" + n.mcc + ".3gppnetwork.org"
	if g.pct(50) {
		s.ueIP = "2001:db8:" + g.hexID(4) + ":" + g.hexID(4) + ":" + g.hexID(4) + ":" + g.hexID(4) + ":" + g.hexID(4) + ":" + g.hexID(4)
	} else {
		s.ueIP = g.subscriberIP()
	}
	return s
}

// ueHostPort writes the UE's address as a URI host: IPv6 in brackets.
func (s imsSub) ueHostPort(port string) string {
	if strings.Contains(s.ueIP, ":") {
		return "[" + s.ueIP + "]:" + port
	}
	return s.ueIP + ":" + port
}

// imeiURN writes an IMEI as RFC 7254's instance id: TAC, SNR and a spare
// digit 0 in place of the check digit.
func imeiURN(imei string) string {
	return "urn:gsma:imei:" + imei[:8] + "-" + imei[8:14] + "-0"
}

// eutranCell returns a utran-cell-id-3gpp value for E-UTRAN (TS 24.229
// 7.2A.4): MCC, MNC, the tracking area code (4 hex digits) and the
// E-UTRAN cell id (7 hex digits).
func (g *gen) eutranCell(mcc, mnc string) string {
	return mcc + mnc + g.chars(4, "0123456789ABCDEF") + g.chars(7, "0123456789ABCDEF")
}

// icid returns a P-Charging-Vector icid-value as IMS cores make them.
func (g *gen) icid() string {
	if g.pct(50) {
		return g.hexID(32)
	}
	return g.chars(27, base62) + "=" + g.digits(9)
}

// ---------------------------------------------------------------- Homer

// hepCall is one SIP message of a call seen by a capture agent.
type hepCall struct {
	msg                     string
	method, callID, cseq    string
	fromUser, toUser, ruri  string
	pidUser, contact, ua    string
	fromTag, toTag, branch  string
	srcIP, dstIP            string
	srcPort, dstPort        string
	ruriDomain, fromDomain  string
	authUser, diversionUser string
}

var carrierUAs = []string{"Yealink SIP-T46U 108.86.0.90", "Grandstream GXP2170 1.0.11.64", "Linphone/5.2.5 (belle-sip/5.2.94)",
	"Zoiper rv2.10.20.3", "Cisco-SIPGateway/IOS-17.6.5", "Oracle ESBC", "FPBX-16.0.40(18.20.0)", "Ribbon SBC 11.1"}

// hepMessage builds one SIP message of a carrier's call (RFC 3261, RFC
// 3325, RFC 5806) and labels what is in it.
func (g *gen) hepMessage() hepCall {
	var c hepCall
	callerNum := g.voipNumber()
	calleeNum := g.voipNumber()
	name := ""
	if g.pct(55) {
		name = g.callerName()
		if name == callerNum {
			name = ""
		}
	}
	g.plantAt("phone", callerNum)
	if name != "" {
		g.plantAt("name", name, jsonEsc(`"`+name+`"`))
	}
	ua := g.ipv4()
	pub := ua
	natted := g.pct(35)
	if natted {
		ua = "192.168." + g.num(0, 20) + "." + g.num(2, 250)
	}
	g.plantAt("ipv4", ua)
	if natted {
		g.plantAt("ipv4", pub)
	}
	proxy := "198.51.100." + g.num(10, 19) // the operator's own SBC: unlabelled
	host := pick(g, sipHosts)
	c.callID = g.sipCallID()
	g.keepAt("callid", c.callID, jsonEsc(c.callID))
	c.fromTag = g.sipTag()
	g.keepAt("tag", c.fromTag)
	c.branch = g.sipBranch()
	g.keepAt("branch", c.branch)
	uaPort := pick(g, []string{"5060", "5062", "35824", "5080"})
	c.method = pick(g, []string{"INVITE", "INVITE", "INVITE", "200", "180", "BYE", "REGISTER", "407", "CANCEL"})
	cseqN := g.num(1, 120)
	c.ua = pick(g, carrierUAs)
	from := `<sip:` + callerNum + `@` + host + `>;tag=` + c.fromTag
	if name != "" {
		from = `"` + name + `" ` + from
	}
	to := `<sip:` + calleeNum + `@` + host + `>`
	if c.method == "200" || c.method == "180" || c.method == "BYE" {
		c.toTag = g.sipTag()
		g.keepAt("tag", c.toTag)
		to += ";tag=" + c.toTag
	}
	reqLine := ""
	cseqMethod := "INVITE"
	switch c.method {
	case "200":
		reqLine = "SIP/2.0 200 OK"
	case "180":
		reqLine = "SIP/2.0 180 Ringing"
	case "407":
		reqLine = "SIP/2.0 407 Proxy Authentication Required"
	case "REGISTER":
		cseqMethod = "REGISTER"
		calleeNum = callerNum
		to = `<sip:` + callerNum + `@` + host + `>`
		reqLine = "REGISTER sip:" + host + " SIP/2.0"
	default:
		cseqMethod = c.method
		reqLine = c.method + " sip:" + calleeNum + "@" + host + ";user=phone SIP/2.0"
	}
	if cseqMethod != "REGISTER" {
		g.plantAt("phone", calleeNum)
	}
	c.cseq = cseqN + " " + cseqMethod
	g.keepAt("counter", cseqN, "CSeq: "+cseqN+" ")
	var l []string
	l = append(l, reqLine)
	request := !strings.HasPrefix(reqLine, "SIP/2.0")
	if request {
		c.srcIP, c.dstIP = pub, proxy
		c.srcPort, c.dstPort = uaPort, "5060"
		l = append(l, "Via: SIP/2.0/UDP "+ua+":"+uaPort+";rport;branch="+c.branch)
	} else {
		c.srcIP, c.dstIP = proxy, pub
		c.srcPort, c.dstPort = "5060", uaPort
		l = append(l, "Via: SIP/2.0/UDP "+ua+":"+uaPort+";received="+pub+";rport="+uaPort+";branch="+c.branch)
	}
	l = append(l, "Max-Forwards: 70", "From: "+from, "To: "+to, "Call-ID: "+c.callID, "CSeq: "+c.cseq)
	c.fromUser, c.toUser, c.ruri = callerNum, calleeNum, calleeNum
	c.ruriDomain, c.fromDomain = host, host
	if c.method == "REGISTER" {
		c.ruri = ""
	}
	if c.method != "407" && c.method != "CANCEL" {
		c.contact = callerNum
		if !request {
			c.contact = calleeNum
		}
		l = append(l, "Contact: <sip:"+c.contact+"@"+ua+":"+uaPort+";transport=udp>")
	}
	if c.method == "INVITE" && g.pct(70) {
		c.pidUser = callerNum
		if g.pct(40) {
			l = append(l, "P-Asserted-Identity: <tel:"+callerNum+">")
		} else {
			pai := "<sip:" + callerNum + "@" + host + ";user=phone>"
			if name != "" {
				pai = `"` + name + `" ` + pai
			}
			l = append(l, "P-Asserted-Identity: "+pai)
		}
		if g.pct(25) {
			c.diversionUser = g.voipNumber()
			g.plantAt("phone", c.diversionUser)
			l = append(l, "Diversion: <sip:"+c.diversionUser+"@"+host+">;reason=unconditional;counter=1")
		}
	}
	if c.method == "REGISTER" && g.pct(60) {
		c.authUser = callerNum
		nonce := g.chars(40, base62)
		l = append(l, `Authorization: Digest username="`+callerNum+`",realm="`+host+`",nonce="`+nonce+
			`",uri="sip:`+host+`",response="`+g.hexID(32)+`",algorithm=MD5`)
		l = append(l, "Expires: 3600")
	}
	if request {
		l = append(l, "User-Agent: "+c.ua)
	} else {
		l = append(l, "Server: "+c.ua)
	}
	if c.method == "407" {
		l = append(l, `Proxy-Authenticate: Digest realm="`+host+`",nonce="`+g.hexID(24)+`",qop="auth"`)
	}
	body := ""
	if c.method == "INVITE" || c.method == "200" {
		sess := strconv.FormatInt(g.now.Unix()+2208988800, 10)
		g.keepAt("counter", sess, "o=- "+sess+" ")
		rtp := strconv.Itoa(10000 + 2*g.rng.IntN(10000))
		g.keepAt("port", rtp, "m=audio "+rtp+" ")
		body = "v=0\r\no=- " + sess + " " + sess + " IN IP4 " + ua + "\r\ns=-\r\nc=IN IP4 " + ua + "\r\nt=0 0\r\nm=audio " + rtp +
			" RTP/AVP 8 0 101\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n"
		l = append(l, "Content-Type: application/sdp")
	}
	l = append(l, "Content-Length: "+strconv.Itoa(len(body)))
	c.msg = strings.Join(l, "\r\n") + "\r\n\r\n" + body
	return c
}

// homerHEP writes one captured SIP message as Homer stores or exports it.
func (g *gen) homerHEP(st *streamState) Record {
	c := g.hepMessage()
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	ts := g.now.Add(time.Duration(g.rng.IntN(1000000)) * time.Microsecond)
	method := c.method // a response's is its status code, as heplify-server stores it
	if st.variant%2 == 0 {
		id := g.num(1, 90000000)
		b = jn(b, "id", id)
		g.keepAt("counter", id, `"id":`+id)
		b = g.jk(b, "sid", "callid", c.callID)
		b = g.jk(b, "create_date", "timestamp", ts.Format("2006-01-02T15:04:05.000000Z"))
		b = jo(b, "protocol_header")
		b = jn(b, "protocolFamily", "2")
		b = jn(b, "protocol", "17")
		b = g.jp(b, "srcIp", ipCat(c.srcIP), c.srcIP)
		b = g.jp(b, "dstIp", ipCat(c.dstIP), c.dstIP)
		b = jn(b, "srcPort", c.srcPort)
		b = jn(b, "dstPort", c.dstPort)
		sec := strconv.FormatInt(ts.Unix(), 10)
		b = jn(b, "timeSeconds", sec)
		g.keepAt("epoch", sec, `"timeSeconds":`+sec)
		us := strconv.Itoa(ts.Nanosecond() / 1000)
		b = jn(b, "timeUseconds", us)
		b = jn(b, "payloadType", "1")
		b = jn(b, "captureId", pick(g, []string{"2001", "2002", "1111"}))
		b = g.js(b, "capturePass", "myHep")
		b = g.js(b, "correlation_id", "")
		b = append(b, '}')
		b = jo(b, "data_header")
		b = g.js(b, "callid", c.callID)
		b = g.js(b, "cseq", c.cseq)
		b = g.js(b, "method", method)
		b = g.js(b, "ruri_user", c.ruri)
		if c.ruri != "" {
			b = g.js(b, "ruri_domain", c.ruriDomain)
		}
		b = g.js(b, "from_user", c.fromUser)
		b = g.js(b, "from_domain", c.fromDomain)
		b = g.js(b, "from_tag", c.fromTag)
		b = g.js(b, "to_user", c.toUser)
		if c.toTag != "" {
			b = g.js(b, "to_tag", c.toTag)
		}
		if c.pidUser != "" {
			b = g.js(b, "pid_user", c.pidUser)
		}
		if c.authUser != "" {
			b = g.js(b, "auth_user", c.authUser)
		}
		if c.contact != "" {
			b = g.js(b, "contact_user", c.contact)
		}
		if c.diversionUser != "" {
			b = g.js(b, "diversion", "<sip:"+c.diversionUser+"@"+c.ruriDomain+">;reason=unconditional;counter=1")
		}
		b = g.js(b, "via", strings.SplitN(strings.SplitN(c.msg, "Via: ", 2)[1], "\r\n", 2)[0])
		b = g.js(b, "user_agent", c.ua)
		b = g.js(b, "node", pick(g, []string{"homer01:2001", "2001", "sbc-edge-1"}))
		b = append(b, '}')
		b = hepRaw(b, c.msg)
		b = g.js(b, "dbnode", "LocalNode")
		return Record{Line: append(b, '}')}
	}
	// homer-app's transaction export: one message a line.
	id := g.num(1, 90000000)
	b = jn(b, "id", id)
	g.keepAt("counter", id, `"id":`+id)
	b = g.jk(b, "create_date", "epoch", strconv.FormatInt(ts.UnixMilli(), 10))
	mts := strconv.FormatInt(ts.UnixMicro(), 10)
	b = jn(b, "micro_ts", mts)
	g.keepAt("epoch", mts, `"micro_ts":`+mts)
	b = g.js(b, "method", method)
	b = g.js(b, "reply_reason", "")
	b = g.js(b, "ruri", "")
	b = g.js(b, "ruri_user", c.ruri)
	b = g.js(b, "from_user", c.fromUser)
	b = g.js(b, "to_user", c.toUser)
	b = g.js(b, "pid_user", c.pidUser)
	b = g.js(b, "callid", c.callID)
	b = g.js(b, "user_agent", c.ua)
	b = g.js(b, "srcIp", c.srcIP)
	b = g.js(b, "dstIp", c.dstIP)
	b = jn(b, "srcPort", c.srcPort)
	b = jn(b, "dstPort", c.dstPort)
	alias := func(ip, port string) string {
		if strings.HasPrefix(ip, "198.51.100.1") && len(ip) == len("198.51.100.10") {
			return pick(g, []string{"SBC-FRA-1", "kamailio-edge", "ims-pcscf01"})
		}
		return ip + ":" + port
	}
	b = g.js(b, "aliasSrc", alias(c.srcIP, c.srcPort))
	b = g.js(b, "aliasDst", alias(c.dstIP, c.dstPort))
	b = g.js(b, "table", "hep_proto_1_call_"+ts.Format("20060102_1504"))
	b = hepRaw(b, c.msg)
	return Record{Line: append(b, '}')}
}

// hepRaw appends the message as "raw", escaped as Go's encoders and
// heplify-server write it: CR and LF as \r and \n.
func hepRaw(b []byte, msg string) []byte {
	b = jkey(b, "raw")
	b = append(b, '"')
	b = append(b, strings.ReplaceAll(jsonEsc(msg), `\u000d`, `\r`)...)
	return append(b, '"')
}

// ---------------------------------------------------------------- IMS

// imsCSCF writes one line of an IMS core's P-CSCF or S-CSCF log.
func (g *gen) imsCSCF(st *streamState) Record {
	s := g.imsSub()
	node := pick(g, []string{"pcscf01", "pcscf-2", "scscf01", "icscf01"})
	pid := g.num(1200, 32000)
	hdr := g.now.Format("Jan _2 15:04:05") + " " + node + " /usr/sbin/kamailio[" + pid + "]: "
	g.keepAt("counter", pid, "["+pid+"]")
	g.keepAt("host", s.domain)
	impi := s.imsi + "@" + s.domain
	g.plantAt("device_id", s.imsi)
	g.plantAt("device_id", imei8(s.imei))
	impuSIP := "sip:+" + s.msisdn + "@" + s.domain
	impuTel := "tel:+" + s.msisdn
	g.plantAt("phone", s.msisdn, "+"+s.msisdn)
	impu := impuSIP
	if g.pct(35) {
		impu = impuTel
	}
	g.plantAt(ipCat(s.ueIP), s.ueIP)
	port := pick(g, []string{"5060", "5062", "41234", "5100"})
	cell := g.eutranCell(s.mcc, s.mnc)
	g.keepAt("cellid", cell)
	callID := g.sipCallID()
	g.keepAt("callid", callID)
	other := g.worldE164()
	g.plantAt("phone", other)
	otherURI := "sip:" + other + "@" + s.domain + ";user=phone"
	if g.pct(30) {
		otherURI = "tel:" + other
	}
	var line string
	switch g.rng.IntN(9) {
	case 0:
		line = "INFO: <script>: PCSCF: REGISTER from " + impuSIP + " (IMPI " + impi + ") src=" + s.ueHostPort(port) + " PANI=[3GPP-E-UTRAN-FDD; utran-cell-id-3gpp=" + cell + "]"
	case 1:
		exp := pick(g, []string{"600000", "3600", "7200"})
		line = "INFO: ims_registrar_pcscf [save.c:" + g.num(200, 600) + "]: Saving contact <sip:+" + s.msisdn + "@" + s.ueHostPort(port) +
			">;+sip.instance=\"<" + imeiURN(s.imei) + ">\" for IMPU " + impu + ", expires " + exp
	case 2:
		line = "INFO: ims_auth [cxdx_mar.c:" + g.num(100, 400) + "]: Sending MAR for IMPI <" + impi + "> IMPU <" + impuSIP + ">, auth scheme Digest-AKAv1-MD5"
	case 3:
		line = "INFO: ims_qos [rx_aar.c:" + g.num(300, 900) + "]: Rx AAR for UE " + s.ueIP + " Subscription-Id " + impuSIP + " Call-ID " + callID + " (" + pick(g, []string{"orig", "term"}) + ")"
	case 4:
		icid := g.icid()
		g.keepAt("icid", icid)
		line = "NOTICE: ims_charging [ims_ro.c:" + g.num(700, 1500) + "]: Ro CCR-" + pick(g, []string{"I", "U", "T"}) + " for " + impu + " -> " + otherURI + " icid-value=" + icid
	case 5:
		line = "INFO: <script>: SCSCF ORIG: INVITE from " + impu + " to " + otherURI + " P-Served-User: <" + impuSIP + ">;sescase=orig;regstate=reg Call-ID: " + callID
	case 6:
		line = "INFO: <script>: Term-UE: " + otherURI + " calling " + impuTel + " via " + s.ueHostPort(port) + " ($ci=" + callID + ")"
	default:
		line = g.imsTrace(s, impi, impu, impuSIP, otherURI, cell, callID, port)
	}
	// The subscriber's values were made before the message was picked:
	// label only those the line writes.
	full := hdr + line
	g.plants, g.keeps = written(g.plants, full), written(g.keeps, full)
	return Record{Line: []byte(full)}
}

// imei8 is the instance id's TAC-SNR-spare form of an IMEI.
func imei8(imei string) string { return imei[:8] + "-" + imei[8:14] + "-0" }

// imsTrace writes a SIP message a CSCF traced, on one line, its CRLFs as
// the two-character escapes \r\n.
func (g *gen) imsTrace(s imsSub, impi, impu, impuSIP, otherURI, cell, callID, port string) string {
	branch := g.sipBranch()
	g.keepAt("branch", branch)
	tag := g.sipTag()
	g.keepAt("tag", tag)
	icid := g.icid()
	g.keepAt("icid", icid)
	var l []string
	dir := "RX from " + s.ueHostPort(port)
	instance := `+sip.instance="<` + imeiURN(s.imei) + `>"`
	if g.pct(50) {
		cseq := g.num(1, 9)
		l = append(l, "REGISTER sip:"+s.domain+" SIP/2.0",
			"Via: SIP/2.0/UDP "+s.ueHostPort(port)+";branch="+branch+";rport",
			"From: <"+impuSIP+">;tag="+tag,
			"To: <"+impuSIP+">",
			"Contact: <sip:"+s.ueHostPort(port)+">;expires=600000;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\";"+instance+";+g.3gpp.smsip",
			"Call-ID: "+callID,
			"CSeq: "+cseq+" REGISTER",
			`Authorization: Digest username="`+impi+`",realm="`+s.domain+`",nonce="`+g.chars(44, b64url[:64])+`",uri="sip:`+s.domain+`",response="`+g.hexID(32)+`",algorithm=AKAv1-MD5`,
			"P-Access-Network-Info: 3GPP-E-UTRAN-FDD; utran-cell-id-3gpp="+cell,
			"P-Visited-Network-ID: \""+s.domain+"\"",
			"Supported: path,gruu,sec-agree",
			"User-Agent: "+pick(g, []string{"Samsung IMS 6.0", "iOS/17.5.1 iPhone", "Pixel 8 IMS"}),
			"Content-Length: 0")
	} else {
		cseq := g.num(1, 9)
		l = append(l, "INVITE "+otherURI+" SIP/2.0",
			"Via: SIP/2.0/UDP "+s.ueHostPort(port)+";branch="+branch,
			"From: <"+impu+">;tag="+tag,
			"To: <"+otherURI+">",
			"P-Preferred-Identity: <"+impuSIP+">",
			"Contact: <sip:+"+s.msisdn+"@"+s.ueHostPort(port)+">;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\";"+instance,
			"Call-ID: "+callID,
			"CSeq: "+cseq+" INVITE",
			"P-Access-Network-Info: 3GPP-E-UTRAN-FDD; utran-cell-id-3gpp="+cell,
			"P-Charging-Vector: icid-value="+icid,
			"Accept-Contact: *;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\"",
			"Content-Type: application/sdp",
			"Content-Length: 0")
		if strings.HasPrefix(otherURI, "tel:") {
			dir = "TX to 198.51.100.10:5060"
		}
	}
	return "INFO: siptrace [siptrace.c:" + g.num(900, 1900) + "]: " + dir + ": " + strings.Join(l, `\r\n`) + `\r\n\r\n`
}

// ---------------------------------------------------------------- MSC CDRs

// tbcd writes digits as a TBCD string in hex (TS 29.002): two digits an
// octet, the first in the low nibble, F filling the last.
func tbcd(d string) string {
	if len(d)%2 == 1 {
		d += "F"
	}
	b := make([]byte, 0, len(d))
	for i := 0; i < len(d); i += 2 {
		b = append(b, d[i+1], d[i])
	}
	return string(b)
}

// bcdNumber writes a TS 24.008 BCD number: the type-of-number and
// numbering-plan octet, then the digits in TBCD.
func bcdNumber(ton, d string) string { return ton + tbcd(d) }

// mscNumber is one party number of an MSC CDR.
type mscNumber struct {
	digits, ton string // ton: the octet: 91 international, A1 national, 81 unknown
}

func (g *gen) mscParty() mscNumber {
	switch g.rng.IntN(4) {
	case 0:
		c := pick(g, worldCountries)
		nsn, nat, _ := c.number(g)
		if g.pct(50) {
			return mscNumber{digitsOf(nat), "A1"}
		}
		return mscNumber{c.cc + nsn, "91"}
	case 1:
		c := pick(g, worldCountries)
		_, nat, _ := c.number(g)
		return mscNumber{digitsOf(nat), "81"}
	}
	return mscNumber{strings.TrimPrefix(g.worldE164(), "+"), "91"}
}

var tonNames = map[string]string{"91": "international", "A1": "national", "81": "unknown"}

var mscRecordTypes = []struct{ name, num string }{
	{"moCallRecord", "1"}, {"mtCallRecord", "2"}, {"moSMSRecord", "6"}, {"mtSMSRecord", "7"},
}

var mscColumns = []string{"recordType", "servedIMSI", "servedIMEI", "servedMSISDN", "callingNumber", "calledNumber",
	"recordingEntity", "mscIncomingTKGP", "mscOutgoingTKGP", "locationAreaCode", "cellIdentifier", "seizureTime",
	"answerTime", "releaseTime", "callDuration", "causeForTerm", "callReference", "sequenceNumber",
	"serviceCentre", "messageReference", "smsResult", "destinationNumber", "originatingAddress"}

// mscCDR writes one MSC CDR as the stream's decoder dumps it.
func (g *gen) mscCDR(st *streamState) Record {
	csv := st.variant%3 == 2
	if csv && st.n == 0 {
		return Record{Line: []byte(strings.Join(mscColumns, ",")), Header: true}
	}
	hexNums := st.variant%3 != 0
	h := g.handset()
	rt := pick(g, mscRecordTypes)
	f := map[string]string{}
	var order []string
	set := func(k, v string) { f[k] = v; order = append(order, k) }
	keep := func(k, cat, v string) { set(k, v); g.keepAt(cat, v) }
	number := func(k string, n mscNumber) {
		if hexNums {
			v := bcdNumber(n.ton, n.digits)
			if !csv {
				v = "0x" + v
			}
			set(k, v)
			g.plantAt("phone", v) // the octets as written: the digits are not in the record
			return
		}
		set(k, n.digits)
		if !csv {
			f[k] = n.digits + " (" + tonNames[n.ton] + ")"
		}
		g.plantAt("phone", n.digits)
	}
	if csv {
		set("recordType", rt.num)
	} else {
		set("recordType", rt.name+"("+rt.num+")")
	}
	if hexNums {
		v := tbcd(h.imsi)
		if !csv {
			v = "0x" + v
		}
		set("servedIMSI", v)
		g.plantAt("device_id", v)
	} else {
		set("servedIMSI", h.imsi)
		g.plantAt("device_id", h.imsi)
	}
	if g.pct(80) {
		im := h.imei[:14] + "0" // TS 29.002: the IMEI's 14 digits and a spare 0 for the check digit
		if hexNums {
			v := tbcd(im)
			if !csv {
				v = "0x" + v
			}
			set("servedIMEI", v)
			g.plantAt("device_id", v)
		} else {
			set("servedIMEI", im)
			g.plantAt("device_id", im)
		}
	}
	number("servedMSISDN", mscNumber{h.msisdn, "91"})
	other := g.mscParty()
	msc := "491720000" + g.num(100, 199) // the MSC's own E.164 address: unlabelled
	sms := rt.num == "6" || rt.num == "7"
	if !sms {
		switch rt.num {
		case "1":
			number("calledNumber", other)
			if g.pct(30) {
				// The calling number the MSC saw: the served subscriber's again.
				number("callingNumber", mscNumber{h.msisdn, "91"})
			}
		case "2":
			number("callingNumber", other)
		}
	}
	if hexNums {
		v := bcdNumber("91", msc)
		if !csv {
			v = "0x" + v
		}
		set("recordingEntity", v)
	} else {
		set("recordingEntity", msc)
	}
	if !sms {
		set("mscIncomingTKGP", pick(g, []string{"BSC_FRA01", "RNC2", "SIPI-TG-12", "10"}))
		set("mscOutgoingTKGP", pick(g, []string{"ISUP_DTAG", "GMSC-OUT-3", "SIPI-TG-7", "44"}))
	}
	lac := g.rng.IntN(65534) + 1
	ci := g.rng.IntN(65534) + 1
	if csv || g.pct(50) {
		keep("locationAreaCode", "cellid", strconv.Itoa(lac))
		keep("cellIdentifier", "cellid", strconv.Itoa(ci))
	} else {
		keep("locationAreaCode", "cellid", "0x"+hexPad(lac, 4))
		keep("cellIdentifier", "cellid", "0x"+hexPad(ci, 4))
	}
	dur := g.rng.IntN(900)
	rel := g.now
	seize := rel.Add(-time.Duration(dur+g.rng.IntN(20)) * time.Second)
	ts := func(t time.Time) string {
		if csv || st.variant%2 == 0 {
			return t.Format("060102150405") + "+0100"
		}
		return t.Format("2006-01-02 15:04:05")
	}
	if !sms {
		keep("seizureTime", "timestamp", ts(seize))
		if dur > 0 {
			keep("answerTime", "timestamp", ts(rel.Add(-time.Duration(dur)*time.Second)))
		}
		keep("releaseTime", "timestamp", ts(rel))
		d := strconv.Itoa(dur)
		set("callDuration", d)
		if csv {
			g.keepAt("duration", d, ","+d+",")
		} else {
			g.keepAt("duration", d, "callDuration="+d)
		}
		if csv {
			set("causeForTerm", pick(g, []string{"0", "1", "3", "4"}))
		} else {
			set("causeForTerm", pick(g, []string{"normalRelease(0)", "partialRecord(1)", "unsuccessfulCallAttempt(3)", "stableCallAbnormalTermination(4)"}))
		}
	} else {
		keep("seizureTime", "timestamp", ts(rel))
	}
	keep("callReference", "counter", strings.ToUpper(g.hexID(16)))
	seq := g.num(100000, 99999999)
	set("sequenceNumber", seq)
	if csv {
		g.keepAt("counter", seq, ","+seq+",")
	} else {
		g.keepAt("counter", seq, "sequenceNumber="+seq)
	}
	if sms {
		smsc := "4917200000" + g.num(10, 99) // the SMSC's global title: unlabelled
		if hexNums {
			v := bcdNumber("91", smsc)
			if !csv {
				v = "0x" + v
			}
			set("serviceCentre", v)
		} else {
			set("serviceCentre", smsc)
		}
		mr := g.num(0, 255)
		set("messageReference", mr)
		if csv {
			g.keepAt("counter", mr, ","+mr+",")
		} else {
			g.keepAt("counter", mr, "messageReference="+mr)
		}
		if g.pct(20) {
			set("smsResult", pick(g, []string{"gsm0408Cause(41)", "sms-Memory-Capacity-Exceeded", "27"}))
		}
		if rt.num == "6" {
			number("destinationNumber", other)
		} else {
			number("originatingAddress", other)
		}
	}
	var b []byte
	if csv {
		for i, c := range mscColumns {
			b = csvCell(b, i == 0, f[c])
		}
		return Record{Line: b}
	}
	b = append(b, g.now.Format("2006-01-02 15:04:05.000")...)
	b = append(b, " CDR "...)
	for i, k := range order {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, k...)
		b = append(b, '=')
		v := f[k]
		if strings.Contains(v, " ") {
			v = "\"" + v + "\""
		}
		b = append(b, v...)
	}
	return Record{Line: b}
}
