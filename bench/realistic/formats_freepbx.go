package realistic

import (
	"strconv"
	"time"
)

// FreePBX's CDR export: the rows of asteriskcdrdb.cdr as the CDR Reports
// module and a mysql export write them, with a header row of the table's
// columns (calldate, clid, src, dst, dcontext, channel, dstchannel,
// lastapp, lastdata, duration, billsec, disposition, amaflags,
// accountcode, uniqueid, userfield, did, recordingfile, cnum, cnam). The
// recordingfile column holds the name the Call Recording module gives the
// file: DIRECTION-TO-FROM-YYYYMMDD-HHMMSS-UNIQUEID.wav, so the dialled and
// the calling number are in it a second time.

var freepbxColumns = []string{"calldate", "clid", "src", "dst", "dcontext", "channel", "dstchannel", "lastapp",
	"lastdata", "duration", "billsec", "disposition", "amaflags", "accountcode", "uniqueid", "userfield", "did",
	"recordingfile", "cnum", "cnam"}

func (g *gen) freepbxCDR(st *streamState) Record {
	if st.n == 0 {
		var b []byte
		for i, c := range freepbxColumns {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, c...)
		}
		return Record{Line: b, Header: true}
	}
	inbound := g.pct(55)
	src, dst := g.dialled(), g.dialled()
	g.plantAt("phone", src)
	g.plantAt("phone", dst)
	first, last := g.name()
	g.plantAt("name", first+" "+last)
	t := g.now.Add(-time.Duration(g.rng.IntN(3600)) * time.Second)
	date, tod := t.Format("20060102"), t.Format("150405")
	uid := strconv.FormatInt(t.Unix(), 10) + "." + g.num(1, 999)
	g.keepAt("uniqueid", uid)
	g.keepAt("timestamp", "-"+date+"-"+tod+"-")
	dir, ctx := "out", "from-internal"
	if inbound {
		dir, ctx = "in", "from-trunk"
	}
	dur := g.rng.IntN(900)
	bill := max(0, dur-g.rng.IntN(15))
	row := []string{
		t.Format("2006-01-02 15:04:05"),
		`"` + first + " " + last + `" <` + src + `>`,
		src, dst, ctx,
		"PJSIP/trunk-0000" + g.hexID(4), "PJSIP/trunk-0000" + g.hexID(4),
		"Dial", "PJSIP/" + dst + "@trunk,30",
		strconv.Itoa(dur), strconv.Itoa(bill),
		pick(g, []string{"ANSWERED", "ANSWERED", "NO ANSWER", "BUSY"}), "3", "", uid, "", "",
		dir + "-" + dst + "-" + src + "-" + date + "-" + tod + "-" + uid + ".wav",
		src, first + " " + last,
	}
	var b []byte
	for i, f := range row {
		if i > 0 {
			b = append(b, ',')
		}
		if i == 1 || i == 8 || i == 19 {
			b = csvq(b, f)
		} else {
			b = append(b, f...)
		}
	}
	return Record{Line: b}
}
