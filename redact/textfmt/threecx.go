package textfmt

import "bytes"

// 3CX Phone System's CDR service writes one call a line, comma-separated,
// unquoted and without a header (3CX documentation, "CDR - Call Data
// Records"); with every output field on, in this order:
//
//	historyid,callid,duration,time-start,time-answered,time-end,
//	reason-terminated,from-no,to-no,from-dn,to-dn,dial-no,reason-changed,
//	final-number,final-dn,bill-code,bill-rate,bill-cost,bill-name,chain,
//	from-type,to-type,final-type,from-dispname,to-dispname,final-dispname,
//	missed-queue-calls
//
// historyid is "Call N", callid hex, '_' and a number, duration
// hh:mm:ss. An extension is "Ext.N" in the number fields (the field's
// value is N: "Ext." stays as it is) and N in the dn fields. The chain,
// "Chain: Line:10000>>+4930...;Ext.101;", is split again: an extension
// ("extension"), a trunk's line ("line") and the number it carried
// ("dial-no"), anything else ("chain").

// ThreeCXColumns are the names of the CDR output fields, in order.
var ThreeCXColumns = []string{
	"historyid", "callid", "duration", "time-start", "time-answered", "time-end",
	"reason-terminated", "from-no", "to-no", "from-dn", "to-dn", "dial-no", "reason-changed",
	"final-number", "final-dn", "bill-code", "bill-rate", "bill-cost", "bill-name", "chain",
	"from-type", "to-type", "final-type", "from-dispname", "to-dispname", "final-dispname",
	"missed-queue-calls",
}

var (
	tcxNames     = names(ThreeCXColumns...)
	tcxMore      = []byte("col")
	tcxChain     = 19
	tcxExtension = []byte("extension")
	tcxLine      = []byte("line")
	tcxDial      = []byte("dial-no")
	tcxChainPart = []byte("chain")
	tcxCall      = []byte("Call ")
	tcxExt       = []byte("Ext.")
	tcxChainHead = []byte("Chain: ")
	tcxLineHead  = []byte("Line:")
	tcxArrow     = []byte(">>")
)

// LooksThreeCXCDR reports whether rec is a 3CX CDR line: "Call N", a call
// id of hex digits, '_' and digits, and a duration hh:mm:ss, each followed
// by ','.
//
// It does not allocate.
func LooksThreeCXCDR(rec []byte) bool {
	if len(rec) < 40 || rec[0] != 'C' || !bytes.HasPrefix(rec, tcxCall) {
		return false
	}
	i := len(tcxCall)
	s := i
	for i < len(rec) && isDigit(rec[i]) {
		i++
	}
	if i == s || i >= len(rec) || rec[i] != ',' {
		return false
	}
	i++
	s = i
	for i < len(rec) && (isDigit(rec[i]) || 'A' <= rec[i] && rec[i] <= 'F') {
		i++
	}
	if i-s < 8 || i >= len(rec) || rec[i] != '_' {
		return false
	}
	i++
	s = i
	for i < len(rec) && isDigit(rec[i]) {
		i++
	}
	if i == s || i+10 > len(rec) || rec[i] != ',' {
		return false
	}
	d := rec[i+1 : i+10]
	return isDigit(d[0]) && isDigit(d[1]) && d[2] == ':' && isDigit(d[3]) && isDigit(d[4]) && d[5] == ':' &&
		isDigit(d[6]) && isDigit(d[7]) && d[8] == ','
}

// SplitThreeCXCDR appends the fields of rec, a 3CX CDR line, to dst, named
// by ThreeCXColumns (col past them). A dn field whose type field says
// "Line" holds a trunk's virtual extension (10000), no person's line: it
// is named "line".
//
// It does not allocate beyond dst's growth.
func SplitThreeCXCDR(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	var span [27][2]int32
	k, s := 0, 0
	for i := 0; i <= len(rec) && k < len(span); i++ {
		if i < len(rec) && rec[i] != ',' {
			continue
		}
		span[k] = [2]int32{int32(s), int32(i)}
		k++
		s = i + 1
	}
	n := k
	line := func(typ int) bool {
		return typ < n && string(rec[span[typ][0]:span[typ][1]]) == "Line"
	}
	k, s = 0, 0
	for i := 0; i <= len(rec); i++ {
		if i < len(rec) && rec[i] != ',' {
			continue
		}
		name := nameAt(tcxNames, k, tcxMore)
		switch {
		case k == tcxFromDN && line(tcxFromType), k == tcxToDN && line(tcxToType), k == tcxFinalDN && line(tcxFinalType):
			name = tcxLine
		}
		v := s
		if bytes.HasPrefix(rec[s:i], tcxExt) {
			v += len(tcxExt)
		}
		if k == tcxChain && bytes.HasPrefix(rec[s:i], tcxChainHead) {
			dst = splitChain(dst, rec, s+len(tcxChainHead), i)
		} else {
			dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(v), End: int32(i)})
		}
		k++
		s = i + 1
	}
	return dst
}

// Positions of the fields SplitThreeCXCDR reads together.
const (
	tcxFromDN    = 9
	tcxToDN      = 10
	tcxFinalDN   = 14
	tcxFromType  = 20
	tcxToType    = 21
	tcxFinalType = 22
)

// splitChain appends the parts of the chain rec[s:e] ("Line:10000>>+4930...;Ext.101;").
func splitChain(dst []Field, rec []byte, s, e int) []Field {
	add := func(name []byte, a, b int) {
		dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(a), End: int32(b)})
	}
	p := s
	for i := s; i <= e; i++ {
		if i < e && rec[i] != ';' {
			continue
		}
		part := rec[p:i]
		switch {
		case len(part) == 0:
		case bytes.HasPrefix(part, tcxExt):
			add(tcxExtension, p+len(tcxExt), i)
		case bytes.HasPrefix(part, tcxLineHead):
			if a := bytes.Index(part, tcxArrow); a > len(tcxLineHead) {
				add(tcxLine, p+len(tcxLineHead), p+a)
				add(tcxDial, p+a+len(tcxArrow), i)
			} else {
				add(tcxChainPart, p, i)
			}
		default:
			add(tcxChainPart, p, i)
		}
		p = i + 1
	}
	return dst
}
