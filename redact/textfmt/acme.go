package textfmt

// Oracle Communications Session Border Controller (Acme Packet) local CDR
// files: the RADIUS accounting attributes of a Start, Interim or Stop
// record written one record a line, without a header, in the positions
// of the Accounting Guide's "Local CDR Table Layouts"; strings quoted as
// CSV, integers bare. The first eleven positions are the same in the
// three layouts: Acct-Status-Type (1, 2 or 3), NAS-IP-Address, NAS-Port,
// Acct-Session-Id (the Call-ID), the ingress and egress Call-IDs, the
// session protocol, the forked Call-ID, a generic id, then
// Calling-Station-Id and Called-Station-Id: the From and To of the
// ingress INVITE, or the bare user part, which only its position names.
// The fields past them are named col_N and read as text.

// AcmeColumns are the names of an Acme Packet local CDR's first fields.
var AcmeColumns = []string{"acct_status_type", "nas_ip_address", "nas_port", "acct_session_id", "ingress_call_id",
	"egress_call_id", "session_protocol_type", "forked_call_id", "generic_id", "calling_station_id", "called_station_id"}

var acmeNames = names(AcmeColumns...)

// LooksAcmeCDR reports whether rec is an Acme Packet local CDR record: the
// status type 1, 2 or 3, the quoted NAS address (IPv4 or IPv6), the
// NAS port and a quoted Call-ID ("2,\"192.0.2.10\",5060,\"…").
//
// It does not allocate.
func LooksAcmeCDR(rec []byte) bool {
	if len(rec) < 24 || rec[0] < '1' || rec[0] > '3' || rec[1] != ',' || rec[2] != '"' {
		return false
	}
	i := 3
	dot, colon := false, false
	for i < len(rec) && i < 3+39 && rec[i] != '"' {
		c := rec[i]
		switch {
		case c == '.':
			dot = true
		case c == ':':
			colon = true
		case isDigit(c) || isHexLetter(c):
		default:
			return false
		}
		i++
	}
	if i == 3 || !dot && !colon || i+2 >= len(rec) || rec[i] != '"' || rec[i+1] != ',' {
		return false
	}
	i += 2
	s := i
	for i < len(rec) && isDigit(rec[i]) {
		i++
	}
	return i > s && i-s <= 5 && i+1 < len(rec) && rec[i] == ',' && rec[i+1] == '"'
}

// SplitAcmeCDR appends the fields of rec, an Acme Packet local CDR
// record, to dst, named by AcmeColumns (col past them); a quoted field's
// span is inside its quotes. A record whose quotes do not parse is split
// at every comma.
//
// It does not allocate beyond dst's growth.
func SplitAcmeCDR(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	return splitQuotedCSV(dst, rec, acmeNames)
}
