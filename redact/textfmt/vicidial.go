package textfmt

import "bytes"

// VICIdial, the open-source contact centre suite, as operators export and
// log it without a header:
//
//   - vicidial_log rows written by SELECT * ... INTO OUTFILE (every value
//     quoted, ',' between them, \N for NULL): the call's uniqueid
//     (epoch.sequence) first, the call date fifth, the customer's
//     phone_number and the agent's user by position;
//   - the Non-Agent and Agent API's responses, "SUCCESS: add_lead LEAD
//     HAS BEEN ADDED - 7275551111|6666|999|193715|-4": a status, the
//     function, a message in capitals, " - " and data fields joined by
//     '|', whose order each message defines (NON-AGENT_API.txt): a phone
//     number first in most of add_lead's and update_lead's, a user, a
//     lead id, a list id; and lead_all_info's rows, the vicidial_list
//     columns from status to lead_id joined by '|'.
//
// The API's data fields are named by what the documented layouts put
// there, as no one layout holds: digits that only a phone number fills
// (nine or more, past the 1-9 digits of the documented lead ids' usual
// range; seven or more in the first field, where add_lead and the hopper
// messages put the number) are phone_number, a word with a
// lower-case letter is a user (agents' logins, a name in "DUPLICATE NAME
// PHONE"), the rest (ids, statuses, campaigns, dates) is unnamed.

// VicidialLogColumns are the columns of vicidial_log, in table order.
var VicidialLogColumns = []string{"uniqueid", "lead_id", "list_id", "campaign_id", "call_date", "start_epoch", "end_epoch",
	"length_in_sec", "status", "phone_code", "phone_number", "user", "comments", "processed", "user_group", "term_reason",
	"alt_dial"}

var vicidialLogNames = names(VicidialLogColumns...)

// VicidialLeadColumns are the fields of the API's lead_all_info rows: the
// vicidial_list columns from status to lead_id.
var VicidialLeadColumns = []string{"status", "user", "vendor_lead_code", "source_id", "list_id", "gmt_offset_now", "phone_code",
	"phone_number", "title", "first_name", "middle_initial", "last_name", "address1", "address2", "address3", "city", "state",
	"province", "postal_code", "country_code", "gender", "date_of_birth", "alt_phone", "email", "security_phrase", "comments",
	"called_count", "last_local_call_time", "rank", "owner", "entry_list_id", "lead_id"}

var vicidialLeadNames = names(VicidialLeadColumns...)

var (
	pipe            = []byte("|")
	vicidialPhone   = []byte("phone_number")
	vicidialUser    = []byte("user")
	vicidialMessage = []byte("message")
	vicidialData    = []byte("data")
)

// LooksVicidialLog reports whether rec is a vicidial_log row as INTO
// OUTFILE writes it: a quoted uniqueid (ten digits, '.', one to nine
// digits), then the lead, list and campaign, then a quoted date and time
// (YYYY-MM-DD HH:MM:SS) in the fifth field.
//
// It does not allocate.
func LooksVicidialLog(rec []byte) bool {
	if len(rec) < 60 || rec[0] != '"' || rec[11] != '.' || !allDigits(rec[1:11]) {
		return false
	}
	i := 12
	for i < len(rec) && i < 22 && isDigit(rec[i]) {
		i++
	}
	if i == 12 || i+2 >= len(rec) || rec[i] != '"' || rec[i+1] != ',' {
		return false
	}
	// Three more fields, then the date.
	i += 2
	for k := 0; k < 3; k++ {
		if i >= len(rec) || rec[i] != '"' {
			return false
		}
		e := bytes.IndexByte(rec[i+1:], '"')
		if e < 0 || e > 40 {
			return false
		}
		i += e + 2
		if i >= len(rec) || rec[i] != ',' {
			return false
		}
		i++
	}
	return i+21 <= len(rec) && rec[i] == '"' && sqlDateTime(rec[i+1:i+20]) && rec[i+20] == '"'
}

// sqlDateTime reports whether d is YYYY-MM-DD HH:MM:SS.
func sqlDateTime(d []byte) bool {
	if len(d) != 19 || d[4] != '-' || d[7] != '-' || d[10] != ' ' || d[13] != ':' || d[16] != ':' {
		return false
	}
	for _, k := range [...]int{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18} {
		if !isDigit(d[k]) {
			return false
		}
	}
	return true
}

// SplitVicidialLog appends the fields of rec, a vicidial_log row, named
// by VicidialLogColumns; a quoted field's span is inside its quotes. A
// row whose quotes do not parse is split at every comma.
//
// It does not allocate beyond dst's growth.
func SplitVicidialLog(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	return splitQuotedCSV(dst, rec, vicidialLogNames)
}

// vicidialAPIStatus returns the length of the status that opens an API
// response ("SUCCESS: ", "ERROR: ", "NOTICE: "), 0 for none.
func vicidialAPIStatus(rec []byte) int {
	switch {
	case len(rec) >= 9 && string(rec[:9]) == "SUCCESS: ":
		return 9
	case len(rec) >= 8 && string(rec[:8]) == "NOTICE: ":
		return 8
	case len(rec) >= 7 && string(rec[:7]) == "ERROR: ":
		return 7
	}
	return 0
}

// vicidialAPIData returns where the data fields of an API response start:
// after the status, a function name of lower-case letters, digits and
// '_', a blank, a message of capitals, digits, blanks and punctuation,
// and " - " (or ": " before a first '|', as "LEADS FOUND IN THE SYSTEM:
// |6666|..." writes it); 0 when rec is no response.
func vicidialAPIData(rec []byte) int {
	i := vicidialAPIStatus(rec)
	if i == 0 {
		return 0
	}
	f := i
	for i < len(rec) && (rec[i] >= 'a' && rec[i] <= 'z' || rec[i] == '_' || isDigit(rec[i])) {
		i++
	}
	if i-f < 3 || i >= len(rec) || rec[i] != ' ' {
		return 0
	}
	m := i + 1
	for i = m; i < len(rec) && i-m < 120; i++ {
		c := rec[i]
		switch {
		case c == ' ' && i+2 < len(rec) && rec[i+1] == '-' && rec[i+2] == ' ':
			if i == m {
				return 0
			}
			return i + 3
		case c == ':' && i+2 < len(rec) && rec[i+1] == ' ' && rec[i+2] == '|':
			return i + 2
		case c >= 'A' && c <= 'Z', isDigit(c), c == ' ', c == ',', c == '_', c == '-', c == '.', c == '/', c == '(', c == ')':
		default:
			return 0
		}
	}
	return 0
}

// LooksVicidialAPI reports whether rec is a response of VICIdial's API
// with data fields ("SUCCESS: add_lead LEAD HAS BEEN ADDED - ...").
//
// It does not allocate.
func LooksVicidialAPI(rec []byte) bool {
	return len(rec) > 16 && (rec[0] == 'S' || rec[0] == 'N' || rec[0] == 'E') && vicidialAPIData(rec) > 0
}

// SplitVicidialAPI appends the fields of rec, an API response: the
// status, function and message as one field (message), then the data
// fields between '|', named by what they hold (see the package note
// above: phone_number, user, or data).
//
// It does not allocate beyond dst's growth.
func SplitVicidialAPI(dst []Field, rec []byte) []Field {
	d := vicidialAPIData(rec)
	if d == 0 {
		return append(dst, Field{Name: vicidialMessage, NameStart: -1, Start: 0, End: int32(len(rec))})
	}
	dst = append(dst, Field{Name: vicidialMessage, NameStart: -1, Start: 0, End: int32(d)})
	e := len(rec)
	for e > d && (rec[e-1] == ' ' || rec[e-1] == '\r') {
		e-- // "… - 72755|6666 ": a blank after the last field
	}
	for k, i := 0, d; i <= e; k++ {
		j := i
		for j < e && rec[j] != '|' {
			j++
		}
		dst = append(dst, Field{Name: vicidialAPIName(rec[i:j], k), NameStart: -1, Start: int32(i), End: int32(j)})
		i = j + 1
	}
	return dst
}

// vicidialAPIName names the data field v, the k-th of a response.
func vicidialAPIName(v []byte, k int) []byte {
	if len(v) >= 7 && len(v) <= 15 && allDigits(v) && (k == 0 || len(v) >= 9) {
		return vicidialPhone
	}
	for _, c := range v {
		if c >= 'a' && c <= 'z' {
			return vicidialUser
		}
	}
	return vicidialData
}

// LooksVicidialLead reports whether rec is a lead_all_info row: 32 fields
// or more between '|', the sixth a GMT offset (-5.00, 10.50), the seventh
// a phone code of one to four digits and the eighth the phone number's
// digits.
//
// It does not allocate.
func LooksVicidialLead(rec []byte) bool {
	if len(rec) < 40 || bytes.Count(rec, pipe) < len(VicidialLeadColumns)-1 {
		return false
	}
	var f [8][]byte
	i := 0
	for k := range f {
		j := bytes.IndexByte(rec[i:], '|')
		if j < 0 {
			return false
		}
		f[k] = rec[i : i+j]
		i += j + 1
	}
	g := f[5]
	if len(g) > 0 && (g[0] == '-' || g[0] == '+') {
		g = g[1:]
	}
	dot := bytes.IndexByte(g, '.')
	return dot >= 1 && dot <= 2 && len(g) == dot+3 && allDigits(g[:dot]) && allDigits(g[dot+1:]) &&
		len(f[6]) >= 1 && len(f[6]) <= 4 && allDigits(f[6]) && len(f[7]) >= 5 && len(f[7]) <= 18 && allDigits(f[7])
}

// SplitVicidialLead appends the fields of rec, a lead_all_info row, named
// by VicidialLeadColumns (col_N past them).
//
// It does not allocate beyond dst's growth.
func SplitVicidialLead(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	return splitPlain(dst, rec, '|', vicidialLeadNames)
}

// VicidialRecLookupColumns are the fields of the API's recording_lookup
// results, with the optional duration before the location.
var VicidialRecLookupColumns = []string{"start_time", "user", "recording_id", "lead_id", "location"}

var (
	vicidialRecNames    = names(VicidialRecLookupColumns...)
	vicidialRecDurNames = names("start_time", "user", "recording_id", "lead_id", "duration", "location")
)

// LooksVicidialRecLookup reports whether rec is a line of recording_lookup's
// results: a date and time (YYYY-MM-DD HH:MM:SS), then four or five more
// fields between '|', the last the recording's URL or path.
//
// It does not allocate.
func LooksVicidialRecLookup(rec []byte) bool {
	if len(rec) < 30 || rec[19] != '|' || !sqlDateTime(rec[:19]) {
		return false
	}
	n := bytes.Count(rec, pipe)
	l := bytes.LastIndexByte(rec, '|') + 1
	return (n == 4 || n == 5) && l < len(rec) && (rec[l] == '/' || bytes.HasPrefix(rec[l:], httpScheme))
}

var httpScheme = []byte("http")

// SplitVicidialRecLookup appends the fields of rec, a recording_lookup
// result, named by VicidialRecLookupColumns (with duration when there are
// six).
//
// It does not allocate beyond dst's growth.
func SplitVicidialRecLookup(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	ns := vicidialRecNames
	if bytes.Count(rec, pipe) == 5 {
		ns = vicidialRecDurNames
	}
	return splitPlain(dst, rec, '|', ns)
}
