package textfmt

import "bytes"

// Microsoft Network Policy Server's accounting log files, two formats
// without a header row:
//
//   - database-compatible ("Interpret NPS Database Format Log Files"): 66
//     comma-separated fields, strings in double quotes, from
//     "NPS01","IAS",12/06/2026,10:00:01,<Packet-Type>,"<User-Name>",
//     "<Fully-Qualified-Distinguished-Name>",... to MS-RAS-Client-Version;
//     NPSColumns names them.
//   - IAS ("Interpret IAS Format Log Files"): NAS-IP-Address, User-Name,
//     Record-Date, Record-Time, Service-Name, Computer-Name, then pairs of
//     an attribute's number and its value, unquoted
//     (4129,CORP\jdoe,31,3C-A9-F4-12-34-56,...); SplitNPSIAS names each
//     value by its attribute.

// NPSColumns are the fields of the database-compatible format, in order.
var NPSColumns = []string{
	"ComputerName", "ServiceName", "Record-Date", "Record-Time", "Packet-Type", "User-Name",
	"Fully-Qualified-Distinguished-Name", "Called-Station-ID", "Calling-Station-ID", "Callback-Number",
	"Framed-IP-Address", "NAS-Identifier", "NAS-IP-Address", "NAS-Port", "Client-Vendor", "Client-IP-Address",
	"Client-Friendly-Name", "Event-Timestamp", "Port-Limit", "NAS-Port-Type", "Connect-Info", "Framed-Protocol",
	"Service-Type", "Authentication-Type", "Policy-Name", "Reason-Code", "Class", "Session-Timeout",
	"Idle-Timeout", "Termination-Action", "EAP-Friendly-Name", "Acct-Status-Type", "Acct-Delay-Time",
	"Acct-Input-Octets", "Acct-Output-Octets", "Acct-Session-Id", "Acct-Authentic", "Acct-Session-Time",
	"Acct-Input-Packets", "Acct-Output-Packets", "Acct-Terminate-Cause", "Acct-Multi-Ssn-ID", "Acct-Link-Count",
	"Acct-Interim-Interval", "Tunnel-Type", "Tunnel-Medium-Type", "Tunnel-Client-Endpt", "Tunnel-Server-Endpt",
	"Acct-Tunnel-Conn", "Tunnel-Pvt-Group-ID", "Tunnel-Assignment-ID", "Tunnel-Preference", "MS-Acct-Auth-Type",
	"MS-Acct-EAP-Type", "MS-RAS-Version", "MS-RAS-Vendor", "MS-CHAP-Error", "MS-CHAP-Domain",
	"MS-MPPE-Encryption-Types", "MS-MPPE-Encryption-Policy", "Proxy-Policy-Name", "Provider-Type",
	"Provider-Name", "Remote-Server-Address", "MS-RAS-Client-Name", "MS-RAS-Client-Version",
}

// LooksNPS reports whether rec is a row of the database-compatible format:
// a quoted computer name, "IAS" (or "RAS"), a date MM/DD/YYYY and a time
// HH:MM:SS, 66 fields in all.
//
// It does not allocate.
func LooksNPS(rec []byte) bool {
	if len(rec) < 100 || rec[0] != '"' {
		return false
	}
	// The cheap test first: the server's quoted name, then "IAS" or
	// "RAS" (a CDR's quoted first column is followed by anything else).
	q := bytes.IndexByte(rec[1:min(len(rec), 64)], '"') + 1
	if q == 0 || q+8 > len(rec) || rec[q+1] != ',' || string(rec[q+2:q+8]) != `"IAS",` && string(rec[q+2:q+8]) != `"RAS",` {
		return false
	}
	var span [4][2]int
	n, ok := csvSpans(rec, span[:])
	if !ok || n != len(NPSColumns) {
		return false
	}
	svc := rec[span[1][0]:span[1][1]]
	return (string(svc) == "IAS" || string(svc) == "RAS") && npsDate(rec[span[2][0]:span[2][1]]) && npsTime(rec[span[3][0]:span[3][1]])
}

// npsDate reports whether b is MM/DD/YYYY.
func npsDate(b []byte) bool {
	return len(b) == 10 && isDigit(b[0]) && isDigit(b[1]) && b[2] == '/' && isDigit(b[3]) && isDigit(b[4]) && b[5] == '/' &&
		isDigit(b[6]) && isDigit(b[7]) && isDigit(b[8]) && isDigit(b[9])
}

// npsTime reports whether b is HH:MM:SS.
func npsTime(b []byte) bool {
	return len(b) == 8 && isDigit(b[0]) && isDigit(b[1]) && b[2] == ':' && isDigit(b[3]) && isDigit(b[4]) && b[5] == ':' &&
		isDigit(b[6]) && isDigit(b[7])
}

var (
	iasHead  = names("NAS-IP-Address", "User-Name", "Record-Date", "Record-Time", "Service-Name", "Computer-Name")
	iasAttr  = []byte("attribute")
	iasValue = []byte("value")
	// The attributes whose values the engine reads by name; any other's
	// value is "value" (policy names, reason codes, counters).
	iasNames = map[string][]byte{
		"1": []byte("User-Name"), "8": []byte("Framed-IP-Address"), "19": []byte("Callback-Number"),
		"30": []byte("Called-Station-Id"), "31": []byte("Calling-Station-Id"), "44": []byte("Acct-Session-Id"),
		"66": []byte("Tunnel-Client-Endpt"), "4129": []byte("SAM-Account-Name"),
		"4130": []byte("Fully-Qualified-User-Name"), "8111": []byte("MS-RAS-Client-Name"),
	}
)

// LooksNPSIAS reports whether rec is a line of the IAS format: an address,
// a user, a date MM/DD/YYYY, a time, "IAS", a computer name, and pairs
// after them.
//
// It does not allocate.
func LooksNPSIAS(rec []byte) bool {
	if len(rec) < 40 || !isDigit(rec[0]) && rec[0] != ':' && !isHexLetter(rec[0]) {
		return false
	}
	c := bytes.IndexByte(rec[:min(len(rec), 46)], ',') // the first comma, after the NAS's address
	if c < 0 {
		return false
	}
	d := bytes.IndexByte(rec[c+1:min(len(rec), c+256)], ',') // the user's comma
	if d < 0 {
		return false
	}
	d += c + 1
	t := d + 1
	return t+25 < len(rec) && npsDate(rec[t:t+10]) && rec[t+10] == ',' && npsTime(rec[t+11:t+19]) &&
		string(rec[t+19:t+24]) == ",IAS," && rec[t+24] != ','
}

func isHexLetter(c byte) bool { return 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// SplitNPSIAS appends the fields of rec, a line LooksNPSIAS accepts, to
// dst and returns it: the six leading fields by their names, then each
// attribute's number as "attribute" and its value by the attribute's
// name (iasNames) or as "value". Names point into static tables.
//
// It does not allocate (beyond growing dst).
func SplitNPSIAS(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	k, s := 0, 0
	var attr []byte
	for i := 0; i <= len(rec); i++ {
		if i < len(rec) && rec[i] != ',' {
			continue
		}
		var name []byte
		switch {
		case k < len(iasHead):
			name = iasHead[k]
		case (k-len(iasHead))%2 == 0:
			name, attr = iasAttr, rec[s:i]
		default:
			name = iasValue
			if nm, ok := iasNames[string(attr)]; ok {
				name = nm
			}
		}
		dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(s), End: int32(i)})
		k++
		s = i + 1
	}
	return dst
}
