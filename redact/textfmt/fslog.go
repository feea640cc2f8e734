package textfmt

import "bytes"

// FreeSWITCH's log lines (mod_logfile, mod_console) are
//
//	[uuid ]YYYY-MM-DD hh:mm:ss.uuuuuu [NN.NN% ][LEVEL] file.c:line message
//
// (1.10 adds the session's UUID and the idle CPU percentage). A few
// messages write a caller's or user's number where no word names it:
// mod_dialplan_xml's "Processing <caller_id_name> <<caller_id_number>>-><destination_number>
// in context <context>", sofia_reg's "Can't find user [<user>@<domain>]"
// and "SIP auth failure (<method>) on sofia profile '<profile>' for
// [<user>@<host>]", switch_ivr_originate's "... dialing <number>". For
// those, SplitFreeSWITCHLog names the values by the channel variables they
// are; the rest of the message is a field of its own ("message"), scanned
// as text. Other lines are not recognised (LooksFreeSWITCHLog is false).

// Static names of FreeSWITCH log fields (shared: do not modify).
var (
	fsTime     = []byte("time")
	fsMessage  = []byte("message")
	fsCIDName  = []byte("caller_id_name")
	fsCIDNum   = []byte("caller_id_number")
	fsDest     = []byte("destination_number")
	fsContext  = []byte("context")
	fsUserNum  = []byte("sip_from_user")
	fsUserName = []byte("username")
	fsHost     = []byte("sip_from_host")
)

var (
	fsProcessing = []byte("Processing ")
	fsFindUser   = []byte("Can't find user [")
	fsAuthFail   = []byte("SIP auth ")
	fsDialing    = []byte(" dialing ")
	fsInContext  = []byte(" in context ")
	fsArrow      = []byte(">->")
)

// fsBody returns where the message of a FreeSWITCH log line starts, after
// its prefix and "[LEVEL] file.c:line ", or -1.
func fsBody(rec []byte) int {
	i := 0
	if len(rec) > 37 && rec[8] == '-' && rec[13] == '-' && rec[18] == '-' && rec[23] == '-' && rec[36] == ' ' {
		i = 37 // the session's UUID
	}
	t := rec[i:]
	if len(t) < 28 || !isDigit(t[0]) || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':' || t[19] != '.' || t[26] != ' ' {
		return -1
	}
	i += 27
	if j := bytes.IndexByte(rec[i:min(len(rec), i+8)], '%'); j > 0 && i+j+1 < len(rec) && rec[i+j+1] == ' ' {
		i += j + 2 // the idle CPU percentage
	}
	if i >= len(rec) || rec[i] != '[' {
		return -1
	}
	e := bytes.IndexByte(rec[i:min(len(rec), i+12)], ']')
	if e < 0 {
		return -1
	}
	i += e + 1
	if i >= len(rec) || rec[i] != ' ' {
		return -1
	}
	i++
	s := bytes.IndexByte(rec[i:min(len(rec), i+48)], ' ') // "file.c:line"
	if s < 0 || bytes.IndexByte(rec[i:i+s], ':') < 0 {
		return -1
	}
	return i + s + 1
}

// LooksFreeSWITCHLog reports whether rec is a FreeSWITCH log line with one
// of the messages SplitFreeSWITCHLog names values in.
//
// It does not allocate.
func LooksFreeSWITCHLog(rec []byte) bool {
	if len(rec) < 40 || !isDigit(rec[0]) && !isHexLower(rec[0]) {
		return false
	}
	b := fsBody(rec)
	if b < 0 {
		return false
	}
	m := rec[b:]
	return bytes.HasPrefix(m, fsProcessing) && bytes.Contains(m, fsArrow) ||
		bytes.HasPrefix(m, fsFindUser) || bytes.HasPrefix(m, fsAuthFail) || bytes.Contains(m, fsDialing)
}

func isHexLower(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' }

// SplitFreeSWITCHLog appends the fields of rec, a line LooksFreeSWITCHLog
// recognised, to dst: the prefix ("time"), the values its message names,
// and the rest of the message ("message"). What lies between fields (the
// message's fixed words) is no field.
//
// It does not allocate beyond dst's growth.
func SplitFreeSWITCHLog(dst []Field, rec []byte) []Field {
	b := fsBody(rec)
	if b < 0 {
		return append(dst, Field{Name: fsMessage, NameStart: -1, Start: 0, End: int32(len(rec))})
	}
	dst = append(dst, Field{Name: fsTime, NameStart: -1, Start: 0, End: int32(b - 1)})
	f := func(name []byte, s, e int) {
		dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(s), End: int32(e)})
	}
	m := rec[b:]
	switch {
	case bytes.HasPrefix(m, fsProcessing):
		a := bytes.Index(m, fsArrow)
		if a < 0 {
			break
		}
		lt := bytes.LastIndexByte(m[:a], '<')
		ctx := bytes.Index(m[a:], fsInContext)
		if lt < len(fsProcessing) || ctx < 0 {
			break
		}
		ctx += a
		name := len(fsProcessing)
		nameEnd := lt
		if nameEnd > name && m[nameEnd-1] == ' ' {
			nameEnd--
		}
		f(fsCIDName, b+name, b+nameEnd)
		f(fsCIDNum, b+lt+1, b+a)
		f(fsDest, b+a+len(fsArrow), b+ctx)
		f(fsContext, b+ctx+len(fsInContext), len(rec))
		return dst
	case bytes.HasPrefix(m, fsFindUser) || bytes.HasPrefix(m, fsAuthFail):
		o := bytes.IndexByte(m, '[')
		if o < 0 {
			break
		}
		c := bytes.IndexByte(m[o:], ']')
		at := bytes.IndexByte(m[o:], '@')
		if c < 0 {
			break
		}
		c += o
		if o > 0 {
			f(fsMessage, b, b+o) // "SIP auth failure (REGISTER) on sofia profile 'internal' for "
		}
		ue := c
		if at >= 0 && o+at < c {
			ue = o + at
		}
		user := m[o+1 : ue]
		if fsNumber(user) {
			f(fsUserNum, b+o+1, b+ue)
		} else {
			f(fsUserName, b+o+1, b+ue)
		}
		if ue < c {
			f(fsHost, b+ue+1, b+c)
		}
		f(fsMessage, b+c+1, len(rec))
		return dst
	default:
		if d := bytes.LastIndex(m, fsDialing); d >= 0 {
			f(fsMessage, b, b+d)
			f(fsDest, b+d+len(fsDialing), len(rec))
			return dst
		}
	}
	f(fsMessage, b, len(rec))
	return dst
}

// fsNumber reports whether v is a number or an extension: digits with an
// optional leading '+'.
func fsNumber(v []byte) bool {
	if len(v) > 0 && v[0] == '+' {
		v = v[1:]
	}
	if len(v) == 0 {
		return false
	}
	for _, c := range v {
		if !isDigit(c) {
			return false
		}
	}
	return true
}
