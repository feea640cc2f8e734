package textfmt

import "bytes"

// Two call detail records without a header, their fields named by
// position:
//
//   - Ribbon (Sonus) SBC Core accounting records: comma-separated, strings
//     quoted as CSV only where they hold a comma (the protocol variant
//     data), opening with the record type (START, STOP, ATTEMPT,
//     INTERMEDIATE), the gateway's name and the accounting id in hex
//     ("STOP,SBC-LON-01,0x00016E2A000003F5,..."). The calling, called and
//     billing numbers are bare digits that only their position names.
//   - Yate's cdrfile: "time billid chan address caller called billtime
//     ringtime duration direction status reason", tab-separated or, with
//     cdrfile.conf's comma format, comma-separated with the strings
//     quoted; time is epoch seconds and milliseconds, billid the epoch a
//     Yate started, '-' and a call counter.

// RibbonColumns are the names of a Ribbon SBC accounting record's first
// fields, in order (the STOP record's; START and ATTEMPT records share
// the calling and called numbers' positions). The called number before
// each translation is a called number, the billing number the party
// charged.
var RibbonColumns = []string{
	"record_type", "gateway_name", "accounting_id", "start_ticks", "node_time_zone", "start_date", "start_time",
	"setup_to_policy", "setup_to_alerting", "setup_to_service", "disconnect_date", "disconnect_time",
	"disconnect_to_completion", "call_service_duration", "call_disconnect_reason", "service_delivered",
	"call_direction", "service_provider", "transit_network_selection_code", "calling_number", "called_number",
	"extra_called_address_digits", "called_number_translations", "called_number", "translation_type_1",
	"called_number", "translation_type_2", "charged_party_number", "route_label", "route_attempt_number",
	"route_selected", "egress_local_signaling_ip", "egress_remote_signaling_ip", "ingress_trunk_group_name",
	"ingress_pstn_circuit_end_point", "ingress_ip_circuit_end_point", "egress_pstn_circuit_end_point",
	"egress_ip_circuit_end_point",
}

// YateColumns are the names of the fields of Yate's cdrfile lines.
var YateColumns = []string{"time", "billid", "chan", "address", "caller", "called", "billtime", "ringtime",
	"duration", "direction", "status", "reason"}

var (
	ribbonNames  = names(RibbonColumns...)
	yateNames    = names(YateColumns...)
	ribbonMore   = []byte("col")
	ribbonTypes  = [...][]byte{[]byte("STOP,"), []byte("START,"), []byte("ATTEMPT,"), []byte("INTERMEDIATE,")}
	ribbonHexLen = 16
)

// LooksRibbonAcct reports whether rec is a Ribbon SBC accounting record:
// a record type, a gateway name without blanks, and "0x" with sixteen hex
// digits, each followed by ','.
//
// It does not allocate.
func LooksRibbonAcct(rec []byte) bool {
	if len(rec) < 40 || rec[1] != 'T' && rec[1] != 'N' || rec[0] != 'S' && rec[0] != 'A' && rec[0] != 'I' {
		return false // STOP, START, ATTEMPT, INTERMEDIATE
	}
	i := 0
	for _, t := range ribbonTypes {
		if bytes.HasPrefix(rec, t) {
			i = len(t)
			break
		}
	}
	if i == 0 {
		return false
	}
	s := i
	for i < len(rec) && rec[i] != ',' && rec[i] > ' ' && rec[i] != '"' {
		i++
	}
	if i == s || i+3+ribbonHexLen >= len(rec) || rec[i] != ',' || rec[i+1] != '0' || rec[i+2] != 'x' {
		return false
	}
	i += 3
	for e := i + ribbonHexLen; i < e; i++ {
		if !isDigit(rec[i]) && !isHexLetter(rec[i]) {
			return false
		}
	}
	return rec[i] == ','
}

// SplitRibbonAcct appends the fields of rec, a Ribbon SBC accounting
// record, to dst, named by RibbonColumns (col past them); a quoted field's
// span is inside its quotes (QuoteCSV). A record whose quotes do not
// parse is split at every comma.
//
// It does not allocate beyond dst's growth.
func SplitRibbonAcct(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	return splitQuotedCSV(dst, rec, ribbonNames)
}

// LooksYateCDR reports whether rec is a line of Yate's cdrfile: epoch
// seconds, '.', three digits, a tab or a comma, then the billid (digits,
// '-', digits; quoted after a comma).
//
// It does not allocate.
func LooksYateCDR(rec []byte) bool {
	if len(rec) < 40 || !isDigit(rec[0]) || rec[10] != '.' {
		return false
	}
	for k := 0; k < 14; k++ {
		if k != 10 && !isDigit(rec[k]) {
			return false
		}
	}
	d := rec[14]
	i := 15
	if d == ',' && rec[i] == '"' {
		i++
	} else if d != '\t' {
		return false
	}
	s := i
	for i < len(rec) && isDigit(rec[i]) {
		i++
	}
	if i-s < 9 || i+1 >= len(rec) || rec[i] != '-' || !isDigit(rec[i+1]) {
		return false
	}
	for i++; i < len(rec) && isDigit(rec[i]); i++ {
	}
	return i < len(rec) && (rec[i] == d || d == ',' && rec[i] == '"')
}

// SplitYateCDR appends the fields of rec, a line of Yate's cdrfile, to
// dst, named by YateColumns.
//
// It does not allocate beyond dst's growth.
func SplitYateCDR(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	if len(rec) < 15 || rec[14] != ',' {
		return splitPlain(dst, rec, '\t', yateNames)
	}
	return splitQuotedCSV(dst, rec, yateNames)
}

// splitQuotedCSV appends the comma-separated fields of rec to dst, named
// by ns (col past them); a quoted field's span is inside its quotes
// (QuoteCSV). A record whose quotes do not parse is split at every comma.
func splitQuotedCSV(dst []Field, rec []byte, ns [][]byte) []Field {
	n0 := len(dst)
	for i, k := 0, 0; i <= len(rec); k++ {
		s, e, next, q, reason := nextField(rec, i, ',', true)
		if reason != "" {
			return splitPlain(dst[:n0], rec, ',', ns)
		}
		dst = append(dst, Field{Name: nameAt(ns, k, ribbonMore), NameStart: -1, Start: int32(s), End: int32(e), Quoting: q})
		i = next
	}
	return dst
}

// splitPlain appends the fields of rec separated by every d, named by ns
// (col past them).
func splitPlain(dst []Field, rec []byte, d byte, ns [][]byte) []Field {
	s, k := 0, 0
	for i := 0; i <= len(rec); i++ {
		if i < len(rec) && rec[i] != d {
			continue
		}
		dst = append(dst, Field{Name: nameAt(ns, k, ribbonMore), NameStart: -1, Start: int32(s), End: int32(i)})
		k++
		s = i + 1
	}
	return dst
}
