package realistic

import (
	"strconv"
	"time"
)

// freeswitchCSV is a row of FreeSWITCH's mod_cdr_csv with the "example"
// template that cdr_csv.conf.xml ships as its default:
// caller_id_name, caller_id_number, destination_number, context,
// start_stamp, answer_stamp, end_stamp, duration, billsec, hangup_cause,
// uuid, bleg_uuid, accountcode, read_codec, write_codec; every value in
// double quotes (FreeSWITCH wiki: mod_cdr_csv). Unanswered calls have an
// empty answer_stamp and bleg_uuid.
func (g *gen) freeswitchCSV(st *streamState) Record {
	b := make([]byte, 0, 320)
	first, last := g.name()
	src, srcExt := g.party()
	dst, dstExt := g.party()
	if srcExt && dstExt {
		dst, dstExt = g.dialled(), false
	}
	if g.pct(40) && !srcExt {
		src = g.e164() // a trunk delivers the caller in E.164
	}
	// The caller's name: a person's, or the number again when the
	// network sent none (then it is planted with the number).
	var srcForms []string
	if srcExt {
		srcForms = []string{`,"` + src + `",`}
	}
	if g.pct(80) {
		g.plantAt("name", first+" "+last)
		b = csvq(b, first+" "+last)
	} else {
		b = csvq(b, src)
		if srcExt {
			srcForms = []string{`"` + src + `","` + src + `",`}
		}
	}
	b = append(b, ',')
	b = csvq(b, src)
	if !srcExt {
		g.plantAt("phone", src)
	} else {
		g.plantAt("phone", src, srcForms...)
	}
	b = append(b, ',')
	b = csvq(b, dst)
	if !dstExt {
		g.plantAt("phone", dst)
	} else {
		g.plantAt("phone", dst, `,"`+dst+`",`)
	}
	b = append(b, ',')
	b = csvq(b, pick(g, []string{"default", "public", "features"}))

	start := g.now
	ring := 1 + g.rng.IntN(25)
	talk := 0
	cause := pick(g, []string{"NORMAL_CLEARING", "NORMAL_CLEARING", "NORMAL_CLEARING", "USER_BUSY", "NO_ANSWER", "ORIGINATOR_CANCEL", "CALL_REJECTED", "UNALLOCATED_NUMBER"})
	if cause == "NORMAL_CLEARING" {
		talk = 1 + g.rng.IntN(1800)
	}
	const layout = "2006-01-02 15:04:05"
	stamps := []string{start.Format(layout), "", start.Add(time.Duration(ring+talk) * time.Second).Format(layout)}
	if talk > 0 {
		stamps[1] = start.Add(time.Duration(ring) * time.Second).Format(layout)
	}
	for _, s := range stamps {
		b = append(b, ',')
		if s != "" {
			g.keepAt("timestamp", s)
		}
		b = csvq(b, s)
	}
	dur, bill := strconv.Itoa(ring+talk), strconv.Itoa(talk)
	b = append(b, ',')
	b = g.keep(b, "duration", dur, `"`+dur+`","`+bill+`"`)
	b = append(b, ',')
	b = csvq(b, cause)
	b = append(b, ',')
	u := g.uuid()
	g.keepAt("uuid", u)
	b = csvq(b, u)
	b = append(b, ',')
	bleg := ""
	if talk > 0 {
		bleg = g.uuid()
		g.keepAt("uuid", bleg)
	}
	b = csvq(b, bleg)
	b = append(b, ',')
	b = csvq(b, pick(g, []string{"", "", "acme", "4711"}))
	codec := pick(g, []string{"PCMA", "PCMU", "G722", "opus"})
	b = append(b, ',')
	b = csvq(b, codec)
	b = append(b, ',')
	b = csvq(b, codec)
	return Record{Line: b}
}
