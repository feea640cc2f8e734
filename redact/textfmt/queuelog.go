package textfmt

// Asterisk's queue_log (/var/log/asterisk/queue_log; app_queue and the
// QueueLog() application write it) has one event a line, fields separated
// by '|' and never quoted:
//
//	epoch|uniqueid|queuename|member|EVENT|data1|data2|...
//
// The unique id is the caller channel's (or NONE, REALTIME); the member is
// the queue member's membername: a person's name as the administrator
// typed it, or its interface (PJSIP/2001, Local/2001@from-queue/n,
// Agent/3001), or NONE. What the data fields hold depends on the event
// (Asterisk documentation, Operation > Logging > Queue Logs), so
// SplitQueueLog names them by event: ENTERQUEUE's second parameter is the
// caller id, BLINDTRANSFER's first the extension dialled.

// Static names of queue_log fields (shared by every caller: do not modify).
var (
	qlTime      = []byte("time")
	qlUniqueID  = []byte("uniqueid")
	qlQueue     = []byte("queuename")
	qlAgent     = []byte("agent")      // NONE, or an agent's word without a '/' or blank
	qlMember    = []byte("membername") // a member's name, written as a person's
	qlInterface = []byte("channel")    // a member's interface: TECH/resource
	qlEvent     = []byte("event")
	qlData      = [][]byte{[]byte("data1"), []byte("data2"), []byte("data3"), []byte("data4"), []byte("data5"),
		[]byte("data6"), []byte("data7"), []byte("data8"), []byte("data9"), []byte("data10")}
	qlMore = []byte("data")
)

// queueLogParams names the parameters of the events that carry personal
// data or numbers that look like it, by event name.
var queueLogParams = map[string][][]byte{
	"ENTERQUEUE":       names("url", "callerid", "position"),
	"DID":              names("did"),
	"CONNECT":          names("holdtime", "bridgeduniqueid", "ringtime"),
	"COMPLETECALLER":   names("holdtime", "calltime", "origposition"),
	"COMPLETEAGENT":    names("holdtime", "calltime", "origposition"),
	"ABANDON":          names("position", "origposition", "waittime"),
	"EXITWITHTIMEOUT":  names("position", "origposition", "waittime"),
	"EXITWITHKEY":      names("key", "position", "origposition", "waittime"),
	"EXITEMPTY":        names("position", "origposition", "waittime"),
	"RINGNOANSWER":     names("ringtime"),
	"RINGCANCELED":     names("ringtime"),
	"TRANSFER":         names("exten", "context", "holdtime", "calltime", "origposition"),
	"BLINDTRANSFER":    names("exten", "context", "holdtime", "calltime", "origposition"),
	"ATTENDEDTRANSFER": names("method", "target", "holdtime", "calltime", "origposition"),
	"AGENTLOGIN":       names("channel"),
	"AGENTLOGOFF":      names("channel", "logintime"),
	"AGENTDUMP":        nil,
	"PAUSE":            names("reason"),
	"UNPAUSE":          names("reason"),
	"PAUSEALL":         names("reason"),
	"UNPAUSEALL":       names("reason"),
}

// nameAt returns the name of the k-th (0-based) positional field of a
// splitter whose fields are named by names, more past them.
func nameAt(names [][]byte, k int, more []byte) []byte {
	if k < len(names) {
		return names[k]
	}
	return more
}

func names(ns ...string) [][]byte {
	out := make([][]byte, len(ns))
	for i, n := range ns {
		out[i] = []byte(n)
	}
	return out
}

// LooksQueueLog reports whether rec is a line of Asterisk's queue_log: an
// epoch time of 9 or 10 digits, a unique id (queueLogUniqueID), a queue name,
// a member, and an event name of capitals, digits and '_', each followed
// by '|'.
//
// It does not allocate.
func LooksQueueLog(rec []byte) bool {
	if len(rec) < 20 || !isDigit(rec[0]) {
		return false
	}
	i := 0
	for i < len(rec) && isDigit(rec[i]) {
		i++
	}
	if i < 9 || i > 10 || i >= len(rec) || rec[i] != '|' {
		return false
	}
	i++
	s := i // the unique id
	for i < len(rec) && rec[i] != '|' {
		if rec[i] == ' ' || rec[i] == '\t' {
			return false
		}
		i++
	}
	if i >= len(rec) || !queueLogUniqueID(rec[s:i]) {
		return false
	}
	for k := 0; k < 2; k++ { // queue name, member
		i++
		for i < len(rec) && rec[i] != '|' {
			i++
		}
		if i >= len(rec) {
			return false
		}
	}
	i++
	s = i // the event
	for i < len(rec) && (rec[i] >= 'A' && rec[i] <= 'Z' || rec[i] == '_' || isDigit(rec[i])) {
		i++
	}
	return i-s >= 3 && rec[s] >= 'A' && rec[s] <= 'Z' && (i == len(rec) || rec[i] == '|' || rec[i] == '\r' && i == len(rec)-1)
}

// queueLogUniqueID reports whether u is what queue_log writes as the
// call's unique id: NONE, REALTIME, or a channel's uniqueid, epoch seconds
// '.' a sequence number (after "systemname-" when asterisk.conf sets
// systemname).
func queueLogUniqueID(u []byte) bool {
	if string(u) == "NONE" || string(u) == "REALTIME" {
		return true
	}
	if k := lastIndexByte(u, '-'); k >= 0 {
		u = u[k+1:]
	}
	dot := lastIndexByte(u, '.')
	if dot < 9 || dot == len(u)-1 {
		return false
	}
	for k, c := range u {
		if k != dot && !isDigit(c) {
			return false
		}
	}
	return true
}

func lastIndexByte(b []byte, c byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// SplitQueueLog appends the fields of rec, a line LooksQueueLog accepts,
// to dst and returns it: time, uniqueid, queuename, the member (named
// channel when it is an interface, TECH/resource; agent when it is NONE or
// one word of capitals; membername otherwise), event, and the event's
// parameters by their documented names (callerid, did, exten, holdtime...),
// data1, data2... for the others. A trailing '\r' is left out. Names point
// into a static table.
//
// It does not allocate (beyond growing dst).
func SplitQueueLog(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	var params [][]byte
	k, s := 0, 0
	for i := 0; i <= len(rec); i++ {
		if i < len(rec) && rec[i] != '|' {
			continue
		}
		v := rec[s:i]
		var name []byte
		switch k {
		case 0:
			name = qlTime
		case 1:
			name = qlUniqueID
		case 2:
			name = qlQueue
		case 3:
			name = memberName(v)
		case 4:
			name = qlEvent
			params = queueLogParams[string(v)]
		default:
			p := k - 5
			switch {
			case p < len(params):
				name = params[p]
			case p < len(qlData):
				name = qlData[p]
			default:
				name = qlMore
			}
		}
		dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(s), End: int32(i)})
		k++
		s = i + 1
	}
	return dst
}

// memberName names a queue_log member field by what it holds.
func memberName(v []byte) []byte {
	t := 0
	for t < len(v) && (isDigit(v[t]) || v[t] >= 'A' && v[t] <= 'Z' || v[t] >= 'a' && v[t] <= 'z') {
		t++
	}
	if t > 0 && t < len(v) && v[t] == '/' {
		return qlInterface
	}
	caps := len(v) > 0
	for _, c := range v {
		if !(c >= 'A' && c <= 'Z' || c == '_' || isDigit(c)) {
			caps = false
			break
		}
	}
	if len(v) == 0 || caps {
		return qlAgent
	}
	return qlMember
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
