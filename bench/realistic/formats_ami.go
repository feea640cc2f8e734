package realistic

import (
	"strconv"
	"strings"
)

// asteriskAMI is an Asterisk Manager Interface event as AMI-to-JSON
// bridges log it: one object a event, the event's keys as AMI writes them
// (Asterisk documentation, AMI Events: Newchannel, DialBegin, DialEnd,
// BridgeEnter, QueueCallerJoin, AgentConnect, AttendedTransfer, Hangup),
// every value a string. A channel's snapshot is its keys (Channel,
// CallerIDNum, CallerIDName, ConnectedLineNum, ConnectedLineName, Exten,
// Uniqueid, Linkedid...) after a prefix that names its role: none for the
// first channel, Dest for the dialled one, OrigTransferer,
// SecondTransferer, TransferTarget and Transferee in a transfer.
// "<unknown>" stands for a value the channel does not have.
func (g *gen) asteriskAMI(st *streamState) Record {
	b := make([]byte, 0, 600)
	b = append(b, '{')
	event := pick(g, []string{"Newchannel", "DialBegin", "DialEnd", "BridgeEnter", "QueueCallerJoin", "AgentConnect",
		"AttendedTransfer", "Hangup"})
	b = g.js(b, "Event", event)
	b = g.js(b, "Privilege", pick(g, []string{"call,all", "agent,all", "dialplan,all"}))
	b = g.jk(b, "Timestamp", "epoch", strconv.FormatInt(g.now.Unix(), 10)+"."+g.digits(6))
	uid := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(120)), 10) + "." + g.num(1, 9999)
	// snapshot writes one channel's keys after prefix; inbound channels
	// carry the caller's number and name, internal ones an extension.
	snapshot := func(prefix string, inbound bool) {
		ext := g.num(2001, 2019)
		seq := "-0000" + g.hexID(4)
		if inbound {
			b = g.js(b, prefix+"Channel", "PJSIP/trunk"+seq)
			num := g.e164()
			if g.pct(50) {
				num = strings.TrimPrefix(num, "+")
			}
			b = g.jp(b, prefix+"CallerIDNum", "phone", num)
			first, last := g.name()
			if g.pct(70) {
				b = g.jp(b, prefix+"CallerIDName", "name", first+" "+last)
			} else {
				b = g.js(b, prefix+"CallerIDName", "<unknown>")
			}
		} else {
			g.plantAt("phone", ext, `"PJSIP/`+ext+`-`)
			b = g.js(b, prefix+"Channel", "PJSIP/"+ext+seq)
			b = g.jp(b, prefix+"CallerIDNum", "phone", ext)
			first, last := g.name()
			b = g.jp(b, prefix+"CallerIDName", "name", first+" "+last)
		}
		if g.pct(50) {
			b = g.js(b, prefix+"ConnectedLineNum", "<unknown>")
			b = g.js(b, prefix+"ConnectedLineName", "<unknown>")
		} else {
			b = g.jp(b, prefix+"ConnectedLineNum", "phone", g.dialled())
			first, last := g.name()
			b = g.jp(b, prefix+"ConnectedLineName", "name", first+" "+last)
		}
		b = g.js(b, prefix+"ChannelState", "6")
		b = g.js(b, prefix+"ChannelStateDesc", "Up")
		b = g.js(b, prefix+"Language", "en")
		b = g.js(b, prefix+"AccountCode", "")
		b = g.js(b, prefix+"Context", pick(g, []string{"from-internal", "from-trunk"}))
		if inbound {
			b = g.jp(b, prefix+"Exten", "phone", g.dialled())
		} else {
			b = g.js(b, prefix+"Exten", "s")
		}
		b = g.js(b, prefix+"Priority", g.num(1, 9))
		b = g.jk(b, prefix+"Uniqueid", "uniqueid", uid)
		b = g.jk(b, prefix+"Linkedid", "uniqueid", uid)
	}
	switch event {
	case "Newchannel", "Hangup":
		snapshot("", g.pct(50))
		if event == "Hangup" {
			b = g.jk(b, "Cause", "status", g.num(16, 21))
			b = g.js(b, "Cause-txt", "Normal Clearing")
		}
	case "DialBegin", "DialEnd":
		snapshot("", false)
		snapshot("Dest", true)
		num := g.dialled()
		b = g.jp(b, "DialString", "phone", num+"@trunk")
		if event == "DialEnd" {
			b = g.js(b, "DialStatus", pick(g, []string{"ANSWER", "BUSY", "NOANSWER"}))
		}
	case "BridgeEnter":
		b = g.jk(b, "BridgeUniqueid", "uuid", g.uuid())
		b = g.js(b, "BridgeType", "basic")
		b = g.js(b, "BridgeNumChannels", g.num(1, 2))
		snapshot("", g.pct(50))
	case "QueueCallerJoin":
		snapshot("", true)
		b = g.js(b, "Queue", pick(g, []string{"support", "sales", "400"}))
		b = g.jk(b, "Position", "counter", g.num(1, 9))
		b = g.jk(b, "Count", "counter", g.num(1, 9))
	case "AgentConnect":
		snapshot("", true)
		snapshot("Dest", false)
		b = g.js(b, "Queue", pick(g, []string{"support", "sales"}))
		first, last := g.name()
		b = g.jp(b, "MemberName", "name", first+" "+last)
		ext := g.num(2001, 2019)
		g.plantAt("phone", ext, `"PJSIP/`+ext+`"`)
		b = g.js(b, "Interface", "PJSIP/"+ext)
		b = g.jk(b, "HoldTime", "duration", g.num(1, 300))
		b = g.jk(b, "RingTime", "duration", g.num(1, 30))
	case "AttendedTransfer":
		b = g.js(b, "Result", "Success")
		snapshot("OrigTransferer", false)
		snapshot("SecondTransferer", false)
		snapshot("TransferTarget", false)
		snapshot("Transferee", true)
		b = g.js(b, "DestType", "Bridge")
	}
	b = append(b, '}')
	return Record{Line: b}
}
