package realistic

import (
	"strconv"
	"strings"
)

// asteriskQueueLog is a line of Asterisk's queue_log
// (/var/log/asterisk/queue_log; Asterisk documentation, Operation >
// Logging > Queue Logs, and app_queue's QueueLog()): pipe-separated, the
// time in epoch seconds, the caller channel's unique id (or NONE), the
// queue's name (FreePBX names queues by their number), the member (its
// membername: a person's name, or the interface PJSIP/2001,
// Local/2001@from-queue/n, or NONE), the event, and the event's
// parameters: ENTERQUEUE(url|callerid|position), CONNECT(holdtime|
// bridged uniqueid|ringtime), COMPLETECALLER and COMPLETEAGENT(holdtime|
// calltime|origposition), ABANDON and EXITWITHTIMEOUT(position|
// origposition|waittime), RINGNOANSWER(ringtime in ms), BLINDTRANSFER
// (extension|context|holdtime|calltime|origposition), AGENTLOGIN(channel),
// ADDMEMBER, PAUSE(reason), and the DID line FreePBX's dialplan writes
// with QueueLog(NONE,uniqueid,NONE,DID,did).
func (g *gen) asteriskQueueLog(st *streamState) Record {
	b := make([]byte, 0, 120)
	epoch := strconv.FormatInt(g.now.Unix(), 10)
	b = g.keep(b, "epoch", epoch, "")
	b = append(b, '|')
	uid := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(300)), 10) + "." + g.num(1, 9999)
	event := pick(g, []string{"ENTERQUEUE", "ENTERQUEUE", "DID", "CONNECT", "CONNECT", "COMPLETECALLER",
		"COMPLETEAGENT", "ABANDON", "EXITWITHTIMEOUT", "RINGNOANSWER", "BLINDTRANSFER", "AGENTLOGIN",
		"ADDMEMBER", "REMOVEMEMBER", "PAUSE", "UNPAUSE"})
	switch event {
	case "ADDMEMBER", "REMOVEMEMBER", "PAUSE", "UNPAUSE":
		b = append(b, "NONE"...)
	default:
		b = g.keep(b, "uniqueid", uid, "")
	}
	b = append(b, '|')
	queue := pick(g, []string{"support", "sales", "billing", "400", "600", "701"})
	switch {
	case event == "DID" || event == "AGENTLOGIN":
		b = append(b, "NONE"...)
	case queue[0] >= '0' && queue[0] <= '9':
		g.keepAt("counter", queue, "|"+queue+"|")
		b = append(b, queue...)
	default:
		b = append(b, queue...)
	}
	b = append(b, '|')
	ext := g.num(2001, 2019)
	switch event {
	case "ENTERQUEUE", "DID", "ABANDON", "EXITWITHTIMEOUT":
		b = append(b, "NONE"...)
	case "AGENTLOGIN":
		// An agent's number stands for one person, as an extension does.
		agent := "3" + g.digits(3)
		g.plantAt("phone", agent, "Agent/"+agent)
		b = append(b, "Agent/"+agent...)
	default:
		switch g.rng.IntN(4) {
		case 0, 1: // membername from queues.conf or AddQueueMember
			first, last := g.name()
			b = g.plant(b, "name", first+" "+last, "")
		case 2:
			g.plantAt("phone", ext, "PJSIP/"+ext+"|")
			b = append(b, "PJSIP/"+ext...)
		default:
			g.plantAt("phone", ext, "Local/"+ext+"@")
			b = append(b, "Local/"+ext+"@from-queue/n"...)
		}
	}
	b = append(b, '|')
	b = append(b, event...)
	b = append(b, '|')
	short := func(cat string, lo, hi int) {
		v := g.num(lo, hi)
		g.keepAt(cat, v, "|"+v)
		b = append(b, v...)
	}
	switch event {
	case "ENTERQUEUE":
		b = append(b, '|')
		var cid string
		switch g.rng.IntN(4) {
		case 0:
			cid = g.e164()
		case 1:
			cid = strings.TrimPrefix(g.e164(), "+")
		case 2:
			cid = g.dialled()
		default:
			cid = ""
		}
		if cid == "" {
			b = append(b, pick(g, []string{"anonymous", "unknown"})...)
		} else {
			b = g.plant(b, "phone", cid, "")
		}
		b = append(b, '|')
		short("counter", 1, 9)
	case "DID":
		b = g.plant(b, "phone", pick(g, []string{g.dialled(), strings.TrimPrefix(g.e164(), "+"), g.e164()}), "")
	case "CONNECT":
		short("duration", 0, 240)
		b = append(b, '|')
		buid := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(30)), 10) + "." + g.num(1, 9999)
		b = g.keep(b, "uniqueid", buid, "")
		b = append(b, '|')
		short("duration", 1, 30)
	case "COMPLETECALLER", "COMPLETEAGENT":
		short("duration", 0, 240)
		b = append(b, '|')
		short("duration", 5, 3600)
		b = append(b, '|')
		short("counter", 1, 9)
	case "ABANDON", "EXITWITHTIMEOUT":
		short("counter", 1, 9)
		b = append(b, '|')
		short("counter", 1, 9)
		b = append(b, '|')
		short("duration", 1, 600)
	case "RINGNOANSWER":
		short("duration", 1000, 30000)
	case "BLINDTRANSFER":
		num := g.dialled()
		if g.pct(40) {
			num = g.num(2001, 2019)
		}
		b = g.plant(b, "phone", num, "")
		b = append(b, "|from-internal|"...)
		short("duration", 0, 240)
		b = append(b, '|')
		short("duration", 5, 3600)
		b = append(b, '|')
		short("counter", 1, 9)
	case "AGENTLOGIN":
		seq := "-000000" + g.hexID(2)
		g.plantAt("phone", ext, "|PJSIP/"+ext)
		b = append(b, "PJSIP/"+ext...)
		b = g.keep(b, "channel", seq, "")
	case "PAUSE":
		b = append(b, pick(g, []string{"", "Lunch", "Break", "Meeting"})...)
	}
	return Record{Line: b}
}
