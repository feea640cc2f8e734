package textfmt

import "bytes"

// Avaya IP Office's SMDR (Station Message Detail Recording) output: one
// call a line, comma-separated, unquoted and without a header, as the
// system sends it to a TCP listener or writes it to a file (IP Office
// Manager, System > SMDR; the "SMDR Fields" reference):
//
//	Call Start,Connected Time,Ring Time,Caller,Direction,Called Number,
//	Dialled Number,Account,Is Internal,Call ID,Continuation,Party1Device,
//	Party1Name,Party2Device,Party2Name,Hold Time,Park Time,AuthValid,
//	AuthCode,User Charged,Call Charge,Currency,Amount at Last User Change,
//	Call Units,Units at Last User Change,Cost per Unit,Mark Up,External
//	Targeting Cause,External Targeter Id,External Targeted Number,Calling
//	Server IP Address,Unique Call ID for the Caller Extension,Called Server
//	IP Address,Unique Call ID for the Called Extension,SMDR Record Time
//
// Call Start is "YYYY/MM/DD HH:MM:SS", Connected Time "HH:MM:SS", Direction
// "I" or "O". Caller, Called Number and Dialled Number are the parties'
// numbers (an extension's too); a party's device is E<extension>,
// T<trunk>, V<voicemail> or U<conference>, and its name the user's name
// for an extension, the line's ("Line 5.1") for a trunk.

// IPOfficeSMDRColumns are the names SplitIPOfficeSMDR gives the fields,
// in order.
var IPOfficeSMDRColumns = []string{
	"call_start", "connected_time", "ring_time", "caller", "direction", "called_number", "dialled_number",
	"account", "is_internal", "call_id", "continuation", "party1_device", "party1_name", "party2_device",
	"party2_name", "hold_time", "park_time", "auth_valid", "auth_code", "user_charged", "call_charge",
	"currency", "amount_at_last_user_change", "call_units", "units_at_last_user_change", "cost_per_unit",
	"mark_up", "external_targeting_cause", "external_targeter_id", "external_targeted_number",
	"calling_server_ip", "caller_unique_call_id", "called_server_ip", "called_unique_call_id", "smdr_record_time",
}

var (
	smdrNames     = names(IPOfficeSMDRColumns...)
	smdrMore      = []byte("col")
	smdrPartyLine = []byte("party_line") // a party's name when its device is no extension
	smdrExtension = []byte("extension")  // an extension device's number, after its E
)

// Positions of the party fields.
const (
	smdrParty1Device = 11
	smdrParty1Name   = 12
	smdrParty2Device = 13
	smdrParty2Name   = 14
)

// LooksIPOfficeSMDR reports whether rec is an IP Office SMDR line: the
// call's start "YYYY/MM/DD HH:MM:SS", the connected time "H:MM:SS", the
// ring time in seconds, the caller, and a direction of I or O, each
// followed by ','.
//
// It does not allocate.
func LooksIPOfficeSMDR(rec []byte) bool {
	if len(rec) < 40 || rec[4] != '/' || !isDigit(rec[0]) {
		return false
	}
	t := rec[:20]
	for _, k := range [...]int{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18} {
		if !isDigit(t[k]) {
			return false
		}
	}
	if t[7] != '/' || t[10] != ' ' || t[13] != ':' || t[16] != ':' || t[19] != ',' {
		return false
	}
	i := 20
	s := i
	for i < len(rec) && (isDigit(rec[i]) || rec[i] == ':') {
		i++
	}
	if i-s < 7 || i >= len(rec) || rec[i] != ',' {
		return false
	}
	i++
	s = i
	for i < len(rec) && isDigit(rec[i]) {
		i++
	}
	if i == s || i >= len(rec) || rec[i] != ',' {
		return false
	}
	c := bytes.IndexByte(rec[i+1:], ',')
	if c < 0 {
		return false
	}
	d := i + 1 + c + 1 // the direction
	return d+1 < len(rec) && (rec[d] == 'I' || rec[d] == 'O') && rec[d+1] == ','
}

// SplitIPOfficeSMDR appends the fields of rec, an IP Office SMDR line, to
// dst, named by IPOfficeSMDRColumns (col past them). A party's name is
// named party_line when its device is no extension (a trunk's "Line 5.1",
// voicemail, a conference) and it holds a digit: no person's. An
// extension's default name ("Extn201") keeps party1_name: it spells the
// extension's number. A name quoted is read between its quotes, and one
// whose unquoted comma split it is joined again.
// An extension's device, E201, is named extension from its number on.
//
// It does not allocate beyond dst's growth.
func SplitIPOfficeSMDR(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	base := len(dst)
	// A comma in a user's name ("Doe, Jane") splits it in two unless
	// the name is quoted: past the 34 commas of the 35 fields, a field
	// after a party's name that has not the shape the next field needs
	// (a device, a hold time in seconds) is the name's.
	extra := bytes.Count(rec, comma) - (len(IPOfficeSMDRColumns) - 1)
	k, s := 0, 0
	for i := 0; i <= len(rec); i++ {
		if i == s && i < len(rec) && rec[i] == '"' {
			// A quoted field: its value is between the quotes.
			if q := bytes.IndexByte(rec[i+1:], '"'); q >= 0 && (i+q+2 == len(rec) || rec[i+q+2] == ',') {
				dst = append(dst, Field{Name: nameAt(smdrNames, k, smdrMore), NameStart: -1, Start: int32(i + 1), End: int32(i + 1 + q)})
				extra -= bytes.Count(rec[i+1:i+1+q], comma)
				k++
				i += q + 2
				s = i + 1
				continue
			}
		}
		if i < len(rec) && rec[i] != ',' {
			continue
		}
		if extra > 0 && (k == smdrParty1Name+1 && !smdrDevice(rec[s:i]) || k == smdrParty2Name+1 && !digitsOnly(rec[s:i])) {
			dst[len(dst)-1].End = int32(i) // the name's second part
			extra--
			s = i + 1
			continue
		}
		name := nameAt(smdrNames, k, smdrMore)
		dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(s), End: int32(i)})
		k++
		s = i + 1
	}
	for _, p := range [...][2]int{{smdrParty1Device, smdrParty1Name}, {smdrParty2Device, smdrParty2Name}} {
		if base+p[1] >= len(dst) {
			break
		}
		d := &dst[base+p[0]]
		dev := rec[d.Start:d.End]
		if len(dev) == 0 || dev[0] != 'E' {
			// A line's, a voicemail channel's or a conference's label
			// carries its number (Line 5.1, VM Channel 1); a trunk
			// party named in words is a person (a twinned mobile's
			// user, a SIP trunk's caller name): party1_name stays.
			if n := &dst[base+p[1]]; hasDigit(rec[n.Start:n.End]) || n.End == n.Start {
				n.Name = smdrPartyLine
			}
			continue
		}
		// E201: the extension's number after its 'E'.
		d.Name, d.Start = smdrExtension, d.Start+1
	}
	return dst
}

var comma = []byte{','}

// smdrDevice reports whether v is a party's device: empty, or E, T, V or
// U and digits.
func smdrDevice(v []byte) bool {
	if len(v) == 0 {
		return true
	}
	return (v[0] == 'E' || v[0] == 'T' || v[0] == 'V' || v[0] == 'U') && digitsOnly(v[1:])
}

// digitsOnly reports whether v is one or more ASCII digits.
func digitsOnly(v []byte) bool {
	for _, c := range v {
		if !isDigit(c) {
			return false
		}
	}
	return len(v) > 0
}

// hasDigit reports whether v holds an ASCII digit.
func hasDigit(v []byte) bool {
	for _, c := range v {
		if isDigit(c) {
			return true
		}
	}
	return false
}
