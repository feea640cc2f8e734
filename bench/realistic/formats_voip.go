package realistic

import (
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// DNS and VoIP: BIND 9 query logs, Asterisk cdr_csv Master.csv rows and
// FreeSWITCH mod_json_cdr records.

var dnsNames = []string{"www.example.com", "api.example.org", "mail.example.net", "cdn.example.com", "_sip._udp.example.com", "time.example.org", "login.example.co.uk"}

// bindQuery is a BIND 9 query log line as written with print-time,
// print-category and print-severity: the client object, address#port,
// (name), an optional view, the query, its flags and the server address.
func (g *gen) bindQuery(st *streamState) Record {
	b := make([]byte, 0, 200)
	t := g.now
	ts := two(t.Day()) + "-" + months[t.Month()-1] + "-" + strconv.Itoa(t.Year()) + " " + t.Format("15:04:05.000")
	b = g.keep(b, "timestamp", ts, "")
	b = append(b, " queries: info: client "...)
	b = g.keep(b, "hash", "@0x7f"+g.hexID(10), "")
	b = append(b, ' ')
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	port := g.num(1024, 65535)
	b = g.keep(b, "port", "#"+port, "")
	name := pick(g, dnsNames)
	qtype := pick(g, []string{"A", "AAAA", "A", "MX", "TXT", "SRV", "HTTPS"})
	switch g.rng.IntN(10) {
	case 0:
		// A reverse lookup of someone's address (a mail or web server
		// naming its client): in-addr.arpa (RFC 1035 3.5) or the
		// nibbles of ip6.arpa (RFC 3596 2.5), lowest first.
		a, c := g.clientIP()
		name = reverseName(a)
		g.plantAt(c, name) // the address as the name spells it
		qtype = "PTR"
	case 1:
		// An ENUM lookup of a dialled E.164 number (RFC 6116 2.4): its
		// digits last first, one label each.
		num := pick(g, []string{"4930", "4989", "4420", "3312", "1415"}) + g.digits(8)
		name = ""
		for k := len(num) - 1; k >= 0; k-- {
			name += num[k:k+1] + "."
		}
		name += "e164.arpa"
		g.plantAt("phone", name[:len(name)-len(".e164.arpa")]) // the number as the name spells it
		qtype = "NAPTR"
	}
	b = append(b, " ("+name+"): "...)
	if g.pct(30) {
		b = append(b, "view "+pick(g, []string{"internal", "external"})+": "...)
	}
	b = append(b, "query: "+name+" IN "+qtype+" "...)
	b = append(b, pick(g, []string{"+E(0)K", "+", "-E(0)", "+E(0)DCK", "+ET", "-EDC"})...)
	b = append(b, " ("...)
	if cat == "ipv6" {
		b = append(b, "2001:db8:53::1"...)
	} else {
		b = append(b, "198.51.100.53"...) // the server's own address: not personal data
	}
	return Record{Line: append(b, ')')}
}

// reverseName returns the PTR name of the address a: the octets of an
// IPv4 address in reverse under in-addr.arpa, the 32 nibbles of an IPv6
// address in reverse under ip6.arpa.
func reverseName(a string) string {
	ip, err := netip.ParseAddr(a)
	if err != nil {
		panic("BUG: reverseName of " + a)
	}
	var b strings.Builder
	if ip.Is4() {
		o := ip.As4()
		for k := 3; k >= 0; k-- {
			b.WriteString(strconv.Itoa(int(o[k])) + ".")
		}
		b.WriteString("in-addr.arpa")
		return b.String()
	}
	const hex = "0123456789abcdef"
	x := ip.As16()
	for k := 15; k >= 0; k-- {
		b.WriteByte(hex[x[k]&0xf])
		b.WriteByte('.')
		b.WriteByte(hex[x[k]>>4])
		b.WriteByte('.')
	}
	b.WriteString("ip6.arpa")
	return b.String()
}

// csvq appends s as Asterisk's cdr_csv writes a string field: in double
// quotes, with each '"' doubled.
func csvq(b []byte, s string) []byte {
	b = append(b, '"')
	b = append(b, strings.ReplaceAll(s, `"`, `""`)...)
	return append(b, '"')
}

// party returns a caller or callee as a PBX sees it: an internal extension
// (not personal data by itself) or a dialled number.
func (g *gen) party() (num string, ext bool) {
	if g.pct(35) {
		// Internal extensions; 2020-2029 are left out because the
		// scorer looks for a planted value as a word anywhere in the
		// line, and the dates of the row hold the year.
		for {
			if n := g.num(2001, 2099); n < "2020" || n > "2029" {
				return n, true
			}
		}
	}
	return g.dialled(), false
}

// asterisk is a Master.csv row of cdr_csv with loguniqueid and
// loguserfield on: accountcode, src, dst, dcontext, clid, channel,
// dstchannel, lastapp, lastdata, start, answer, end, duration, billsec,
// disposition, amaflags, uniqueid, userfield; strings and dates quoted,
// duration and billsec bare.
func (g *gen) asterisk(st *streamState) Record {
	b := make([]byte, 0, 300)
	b = csvq(b, pick(g, []string{"", "", "acme-1001", "4711"}))
	src, srcExt := g.party()
	var srcForms []string
	dst, dstExt := g.party()
	if srcExt && dstExt {
		dst, dstExt = g.dialled(), false
	}
	b = append(b, ',')
	b = csvq(b, src)
	// An internal extension identifies a person's line as a number does:
	// planted in the forms it takes in a row (a short number is checked
	// with its delimiters, not anywhere in the line).
	if !srcExt {
		g.plantAt("phone", src)
	} else {
		srcForms = []string{`,"` + src + `",`, `<` + src + `>`, `"PJSIP/` + src}
	}
	b = append(b, ',')
	b = csvq(b, dst)
	if !dstExt {
		g.plantAt("phone", dst)
	} else {
		g.plantAt("phone", dst, `,"`+dst+`",`, `"PJSIP/`+dst)
	}
	b = append(b, ',')
	ctx := "from-internal"
	if !srcExt {
		ctx = "from-trunk"
	}
	b = csvq(b, ctx)
	b = append(b, ',')
	first, last := g.name()
	if g.pct(85) {
		g.plantAt("name", first+" "+last)
		b = csvq(b, `"`+first+" "+last+`" <`+src+`>`)
	} else {
		b = csvq(b, `"`+src+`" <`+src+`>`)
		if srcExt {
			srcForms = append(srcForms, `""`+src+`""`)
		}
	}
	b = append(b, ',')
	uid := strconv.FormatInt(g.now.Unix(), 10) + "." + g.num(1, 9999)
	var chanName string
	if srcExt {
		seq := "-000000" + g.hexID(2)
		chanName = "PJSIP/" + src + seq
		g.keepAt("channel", seq)
	} else if g.pct(50) {
		ip := g.ipv4()
		g.plantAt("ipv4", ip)
		chanName = "SIP/" + ip + "-" + g.hexID(8)
	} else {
		chanName = "PJSIP/trunk-" + "0000" + g.hexID(4)
	}
	b = csvq(b, chanName)
	b = append(b, ',')
	dstChan := "PJSIP/trunk-0000" + g.hexID(4)
	if dstExt {
		seq := "-000000" + g.hexID(2)
		dstChan = "PJSIP/" + dst + seq
		g.keepAt("channel", seq)
	}
	b = csvq(b, dstChan)
	b = append(b, ',')
	b = csvq(b, "Dial")
	b = append(b, ',')
	if dstExt {
		b = csvq(b, "PJSIP/"+dst+",20,tT")
	} else {
		b = csvq(b, pick(g, []string{"PJSIP/" + dst + "@trunk,30", "SIP/trunk/" + dst + ",60", "PJSIP/" + dst + "@trunk,30,Tt"}))
	}
	start := g.now
	ring := g.rng.IntN(25)
	talk := 0
	disp := pick(g, []string{"ANSWERED", "ANSWERED", "ANSWERED", "NO ANSWER", "BUSY", "FAILED"})
	if disp == "ANSWERED" {
		talk = 1 + g.rng.IntN(1800)
	}
	const layout = "2006-01-02 15:04:05"
	for _, s := range []string{start.Format(layout), "", start.Add(time.Duration(ring+talk) * time.Second).Format(layout)} {
		b = append(b, ',')
		if s == "" && disp == "ANSWERED" {
			s = start.Add(time.Duration(ring) * time.Second).Format(layout)
		}
		if s != "" {
			g.keepAt("timestamp", s)
		}
		b = csvq(b, s)
	}
	b = g.keep(b, "duration", strconv.Itoa(ring+talk), ","+strconv.Itoa(ring+talk)+","+strconv.Itoa(talk)+",")
	b = csvq(b, disp)
	b = append(b, ',')
	b = csvq(b, pick(g, []string{"DOCUMENTATION", "BILLING"}))
	b = append(b, ',')
	g.keepAt("uniqueid", uid)
	b = csvq(b, uid)
	b = append(b, ',')
	b = csvq(b, pick(g, []string{"", "", "campaign=winter", "queue=support"}))
	if srcForms != nil {
		g.plantAt("phone", src, srcForms...)
	}
	return Record{Line: b}
}

// freeswitch is a mod_json_cdr record: core-uuid, channel_data, variables,
// app_log and callflow; with encode-values (every other stream) the
// variables are URL-encoded as switch_url_encode writes them.
func (g *gen) freeswitch(st *streamState) Record {
	var enc func(string) string
	if st.encoded {
		enc = func(s string) string { return pctEnc(s, false, false) }
	}
	v := func(b []byte, key string, l label, cat, val string) []byte { return g.jf(b, key, l, cat, val, enc) }
	first, last := g.name()
	from := g.e164()
	to := g.e164()
	if g.pct(30) {
		to = g.num(1000, 1099) // an extension
	}
	toPlanted := len(to) > 4
	ip := g.ipv4()
	callUUID := g.uuid()
	ua := pick(g, sipUAs)

	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = g.jk(b, "core-uuid", "uuid", g.uuid())
	b = g.js(b, "switchname", "fs01")
	b = jo(b, "channel_data")
	b = g.js(b, "state", "CS_REPORTING")
	b = g.js(b, "direction", "inbound")
	b = g.js(b, "state_number", "11")
	b = g.js(b, "flags", "0=1;1=1;3=1;38=1;39=1;41=1;54=1;76=1;113=1;114=1;160=1")
	b = g.js(b, "caps", "1=1;2=1;3=1;4=1;5=1;6=1")
	b = append(b, '}')

	b = jo(b, "variables")
	b = v(b, "direction", plain, "", "inbound")
	b = v(b, "uuid", kept, "uuid", callUUID)
	// A per-switch call counter, not a secret despite its name.
	sid := g.num(1, 9999)
	b = v(b, "session_id", plain, "", sid)
	g.keepAt("counter", sid, `"session_id":"`+sid+`"`)
	b = v(b, "sip_from_user", planted, "phone", from)
	b = v(b, "sip_from_uri", planted, "phone", from)
	g.plantAt("ipv4", ip, jsonEsc(encOr(enc, ip)))
	// sip_from_uri continues with the host: rewrite the member whole.
	b = b[:len(b)-1]
	b = append(b, jsonEsc(encOr(enc, "@"+ip))...)
	b = append(b, '"')
	b = v(b, "sip_to_user", labelIf(toPlanted), "phone", to)
	b = v(b, "network_addr", planted, "ipv4", ip)
	b = v(b, "sip_received_ip", planted, "ipv4", ip)
	b = v(b, "sip_received_port", kept, "port", g.num(1024, 65535))
	b = v(b, "sip_user_agent", plain, "", ua[0])
	g.keepAt("version", ua[1], jsonEsc(encOr(enc, ua[1])))
	if g.pct(10) {
		b = v(b, "sip_h_X-Customer-Email", planted, "email", g.email(first, last))
	}
	b = v(b, "caller_id_name", planted, "name", first+" "+last)
	b = v(b, "caller_id_number", planted, "phone", from)
	b = v(b, "destination_number", labelIf(toPlanted), "phone", to)
	start := g.now
	ring := 1 + g.rng.IntN(20)
	talk := g.rng.IntN(900)
	const layout = "2006-01-02 15:04:05"
	b = v(b, "start_stamp", kept, "timestamp", start.Format(layout))
	b = v(b, "answer_stamp", kept, "timestamp", start.Add(time.Duration(ring)*time.Second).Format(layout))
	b = v(b, "end_stamp", kept, "timestamp", start.Add(time.Duration(ring+talk)*time.Second).Format(layout))
	b = v(b, "start_epoch", kept, "epoch", strconv.FormatInt(start.Unix(), 10))
	b = v(b, "start_uepoch", kept, "epoch", strconv.FormatInt(start.UnixMicro(), 10))
	b = v(b, "duration", plain, "", strconv.Itoa(ring+talk))
	g.keepAt("duration", strconv.Itoa(ring+talk), `"duration":"`+strconv.Itoa(ring+talk)+`"`)
	b = v(b, "billsec", plain, "", strconv.Itoa(talk))
	g.keepAt("duration", strconv.Itoa(talk), `"billsec":"`+strconv.Itoa(talk)+`"`)
	b = v(b, "hangup_cause", plain, "", pick(g, []string{"NORMAL_CLEARING", "NORMAL_CLEARING", "USER_BUSY", "NO_ANSWER", "ORIGINATOR_CANCEL"}))
	b = v(b, "rtp_audio_in_mos", plain, "", "4."+g.num(0, 5))
	b = v(b, "rtp_audio_in_media_bytes", kept, "bytes", strconv.Itoa(1000000+g.rng.IntN(9000000)))
	b = append(b, '}')

	b = jo(b, "app_log")
	b = ja(b, "application")
	b = jo(b, "")
	b = g.js(b, "app_name", "bridge")
	if toPlanted {
		b = g.js(b, "app_data", "sofia/gateway/trunk/"+to)
		g.plantAt("phone", to)
	} else {
		b = g.js(b, "app_data", "user/"+to)
	}
	b = append(b, "}]}"...)

	b = ja(b, "callflow")
	b = jo(b, "")
	b = g.js(b, "dialplan", "XML")
	b = g.js(b, "profile_index", "1")
	b = jo(b, "extension")
	b = g.js(b, "name", "inbound_did")
	b = g.jf(b, "number", labelIf(toPlanted), "phone", to, nil)
	b = append(b, '}')
	b = jo(b, "caller_profile")
	b = g.jp(b, "username", "phone", from)
	b = g.js(b, "dialplan", "XML")
	b = g.jp(b, "caller_id_name", "name", first+" "+last)
	b = g.jp(b, "ani", "phone", from)
	b = g.jp(b, "caller_id_number", "phone", from)
	b = g.jp(b, "network_addr", "ipv4", ip)
	b = g.jf(b, "destination_number", labelIf(toPlanted), "phone", to, nil)
	b = g.jk(b, "uuid", "uuid", callUUID)
	b = g.js(b, "source", "mod_sofia")
	b = g.js(b, "context", "public")
	b = g.js(b, "chan_name", "sofia/external/"+from+"@"+ip)
	g.plantAt("phone", from)
	g.plantAt("ipv4", ip)
	b = append(b, '}')
	b = jo(b, "times")
	us := start.UnixMicro()
	b = g.jk(b, "created_time", "epoch", strconv.FormatInt(us, 10))
	b = g.jk(b, "answered_time", "epoch", strconv.FormatInt(us+int64(ring)*1e6, 10))
	b = g.jk(b, "hangup_time", "epoch", strconv.FormatInt(us+int64(ring+talk)*1e6, 10))
	b = append(b, "}}]}"...)
	return Record{Line: b}
}

func encOr(enc func(string) string, s string) string {
	if enc == nil {
		return s
	}
	return enc(s)
}

func labelIf(p bool) label {
	if p {
		return planted
	}
	return plain
}
