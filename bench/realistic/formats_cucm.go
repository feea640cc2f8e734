package realistic

import (
	"strconv"
	"strings"
)

// cucmColumns are the first columns of Cisco Unified Communications
// Manager's CDR (Call Reporting and Billing Administration Guide, CDR
// field descriptions), in the file's order, with their row of types.
var cucmColumns = []struct{ name, typ string }{
	{"cdrRecordType", "INTEGER"}, {"globalCallID_callManagerId", "INTEGER"}, {"globalCallID_callId", "INTEGER"},
	{"origLegCallIdentifier", "INTEGER"}, {"dateTimeOrigination", "INTEGER"}, {"origNodeId", "INTEGER"},
	{"origSpan", "INTEGER"}, {"origIpAddr", "INTEGER"}, {"callingPartyNumber", "VARCHAR(50)"},
	{"callingPartyUnicodeLoginUserID", "UNIVARCHAR(128)"}, {"origCause_location", "INTEGER"},
	{"origCause_value", "INTEGER"}, {"origPrecedenceLevel", "INTEGER"}, {"origMediaTransportAddress_IP", "INTEGER"},
	{"origMediaTransportAddress_Port", "INTEGER"}, {"origMediaCap_payloadCapability", "INTEGER"},
	{"origMediaCap_maxFramesPerPacket", "INTEGER"}, {"origMediaCap_g723BitRate", "INTEGER"},
	{"origVideoCap_Codec", "INTEGER"}, {"origVideoCap_Bandwidth", "INTEGER"}, {"origVideoCap_Resolution", "INTEGER"},
	{"origVideoTransportAddress_IP", "INTEGER"}, {"origVideoTransportAddress_Port", "INTEGER"},
	{"origRSVPAudioStat", "VARCHAR(64)"}, {"origRSVPVideoStat", "VARCHAR(64)"}, {"destLegIdentifier", "INTEGER"},
	{"destNodeId", "INTEGER"}, {"destSpan", "INTEGER"}, {"destIpAddr", "INTEGER"},
	{"originalCalledPartyNumber", "VARCHAR(50)"}, {"finalCalledPartyNumber", "VARCHAR(50)"},
	{"finalCalledPartyUnicodeLoginUserID", "UNIVARCHAR(128)"}, {"destCause_location", "INTEGER"},
	{"destCause_value", "INTEGER"}, {"destPrecedenceLevel", "INTEGER"}, {"destMediaTransportAddress_IP", "INTEGER"},
	{"destMediaTransportAddress_Port", "INTEGER"}, {"dateTimeConnect", "INTEGER"}, {"dateTimeDisconnect", "INTEGER"},
	{"lastRedirectDn", "VARCHAR(50)"}, {"pkid", "UNIQUEIDENTIFIER"}, {"duration", "INTEGER"},
	{"origDeviceName", "VARCHAR(129)"}, {"destDeviceName", "VARCHAR(129)"},
}

// cucmIP is an IPv4 address the way a CUCM CDR writes it: the four bytes
// read as a little-endian signed 32-bit integer (192.168.18.188 is
// -1139627840, the guide's example).
func cucmIP(dotted string) string {
	var b [4]uint32
	for i, p := range strings.Split(dotted, ".") {
		v, _ := strconv.Atoi(p)
		b[i] = uint32(v)
	}
	u := b[0] | b[1]<<8 | b[2]<<16 | b[3]<<24
	return strconv.FormatInt(int64(int32(u)), 10)
}

// cucmCDR is a Cisco Unified CM CDR file as the CDR Repository writes it:
// a header row of quoted column names, a row of column types, then one
// call a row; integers bare, strings quoted. The signalling and media
// addresses are integers (cucmIP); 0 where there is none (an unanswered
// call has no media); calling and called parties are extensions or
// dialled numbers, as the dial plan passed them.
func (g *gen) cucmCDR(st *streamState) Record {
	switch st.n {
	case 0:
		var b []byte
		for i, c := range cucmColumns {
			if i > 0 {
				b = append(b, ',')
			}
			b = csvq(b, c.name)
		}
		return Record{Line: b, Header: true}
	case 1:
		var b []byte
		for i, c := range cucmColumns {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, c.typ...)
		}
		return Record{Line: b, Header: true}
	}
	answered := g.pct(75)
	start := g.now.Unix() - int64(g.rng.IntN(600))
	dur := 0
	if answered {
		dur = 1 + g.rng.IntN(900)
	}
	ip := func(media bool) string {
		if media && !answered {
			return "0"
		}
		a := g.ipv4()
		if g.pct(50) {
			a = g.privateIPv4()
		}
		v := cucmIP(a)
		g.plantAt("ipv4", v) // the address as the CDR spells it
		return v
	}
	partyNum := func() string {
		n, ext := g.party()
		if !ext && g.pct(30) {
			n = g.e164() // a +E.164 dial plan
		}
		g.plantAt("phone", n, `"`+n+`"`)
		return n
	}
	bare := func(cat, v string) string {
		g.keepAt(cat, v, ","+v+",")
		return v
	}
	row := make([]string, len(cucmColumns))
	for i, c := range cucmColumns {
		if c.typ == "INTEGER" {
			row[i] = "0"
		}
	}
	set := func(name, v string) {
		for i, c := range cucmColumns {
			if c.name == name {
				row[i] = v
				return
			}
		}
		panic("BUG: no CUCM column " + name)
	}
	set("cdrRecordType", "1")
	set("globalCallID_callManagerId", g.num(1, 4))
	set("globalCallID_callId", bare("counter", g.num(1000000, 9999999)))
	set("origLegCallIdentifier", bare("channel", g.num(10000000, 99999999)))
	set("dateTimeOrigination", bare("epoch", strconv.FormatInt(start, 10)))
	set("origNodeId", g.num(1, 4))
	set("origIpAddr", ip(false))
	set("callingPartyNumber", partyNum())
	set("origCause_value", pick(g, []string{"0", "16", "0"}))
	set("origMediaTransportAddress_IP", ip(true))
	if answered {
		set("origMediaTransportAddress_Port", bare("port", g.num(16384, 32767)))
	}
	set("origMediaCap_payloadCapability", pick(g, []string{"2", "4", "0"}))
	set("destLegIdentifier", bare("channel", g.num(10000000, 99999999)))
	set("destNodeId", g.num(1, 4))
	set("destIpAddr", ip(false))
	called := partyNum()
	set("originalCalledPartyNumber", called)
	final := called
	if g.pct(20) {
		final = partyNum() // forwarded: the last redirecting number is the original one
		set("lastRedirectDn", called)
	}
	set("finalCalledPartyNumber", final)
	set("destCause_value", pick(g, []string{"16", "0", "17", "31"}))
	set("destMediaTransportAddress_IP", ip(true))
	if answered {
		set("destMediaTransportAddress_Port", bare("port", g.num(16384, 32767)))
		set("dateTimeConnect", bare("epoch", strconv.FormatInt(start+int64(2+g.rng.IntN(20)), 10)))
	}
	set("dateTimeDisconnect", strconv.FormatInt(start+int64(dur+25), 10))
	id := g.uuid()
	g.keepAt("uuid", id)
	set("pkid", id)
	set("duration", strconv.Itoa(dur))
	set("origDeviceName", "SEP"+strings.ToUpper(g.hexID(12)))
	set("destDeviceName", pick(g, []string{"SEP" + strings.ToUpper(g.hexID(12)), "SIPTrunk-PSTN", "CUBE-GW1"}))
	var b []byte
	for i, c := range cucmColumns {
		if i > 0 {
			b = append(b, ',')
		}
		if c.typ == "INTEGER" {
			b = append(b, row[i]...)
		} else {
			b = csvq(b, row[i])
		}
	}
	return Record{Line: b}
}
