package textfmt

// PBX call records in fixed columns, as the PBX prints them to a serial
// port or a TCP listener, one call a line and no header: Mitel's SMDR and
// Avaya Communication Manager's CDR. A column's meaning is its position,
// so the splitters name the fields by position; a party's column holds an
// extension or a number the same way.

// Mitel SMDR (MiVoice Business System Administration Tool help, "SMDR
// record formats"; the SX-200 and SX-2000 references), 1-based columns:
//
//	1      long call flag (' ', '-', '%', '+')
//	2-6    date mm/dd
//	8-13   start time hh:mm, then 'P' after noon or a blank
//	15-22  duration hh:mm:ss
//	24-27  calling party (extension, or Tnnn for a trunk)
//	28     attendant flag
//	30-32  time to answer ('***' unanswered)
//	34-59  digits dialled on the trunk (an incoming call's: the caller's)
//	60     call completion status
//	61     speed call or call forward flag
//	63-66  called party
//	67     transfer or conference flag
//	69-72  third party
//	74-85  account code
//	87-89  system identifier
//
// With "Extended Digit Length" the three party columns are 7 wide and the
// columns after each move by 3.

// MitelSMDRColumns are the names SplitMitelSMDR gives the fields, in order.
var MitelSMDRColumns = []string{
	"date", "start_time", "duration", "calling_party", "attendant", "time_to_answer", "dialed_number",
	"completion_status", "speed_call", "called_party", "transfer", "third_party_number", "account_code", "system_id",
}

var mitelNames = names(MitelSMDRColumns...)

// LooksMitelSMDR reports whether rec is a Mitel SMDR record: a long-call
// flag, the date mm/dd, the start time hh:mm with 'P', 'A' or a blank
// after it and the duration hh:mm:ss, at their columns, and a call
// completion status at its column for one of the two party widths.
//
// It does not allocate.
func LooksMitelSMDR(rec []byte) bool {
	if len(rec) < 64 || rec[3] != '/' || rec[6] != ' ' || rec[9] != ':' {
		return false
	}
	switch rec[0] {
	case ' ', '-', '%', '+':
	default:
		return false
	}
	for _, k := range [...]int{1, 2, 4, 5, 7, 8, 10, 11, 14, 15, 17, 18, 20, 21} {
		if !isDigit(rec[k]) {
			return false
		}
	}
	if c := rec[12]; c != ' ' && c != 'P' && c != 'A' || rec[13] != ' ' || rec[16] != ':' || rec[19] != ':' || rec[22] != ' ' {
		return false
	}
	return mitelWidth(rec) > 0
}

// mitelWidth returns the width of rec's party columns, 4 or 7, by where
// the blanks around the time to answer and the call completion status
// fall; 0 when neither fits.
func mitelWidth(rec []byte) int {
	for _, w := range [...]int{4, 7} {
		if len(rec) > 57+w && rec[28+w-4] == ' ' && rec[32+w-4] == ' ' && rec[57+w] == ' ' && mitelStatus(rec[55+w]) {
			return w
		}
	}
	return 0
}

// mitelStatus reports whether c is a call completion status: an upper-case
// letter. (A blank would not tell the widths apart: the digits column
// of the wider layout is mostly blanks where the narrower has its
// status.)
func mitelStatus(c byte) bool { return 'A' <= c && c <= 'Z' }

// SplitMitelSMDR appends the fields of rec, a Mitel SMDR record, to dst,
// named by MitelSMDRColumns, each without the blanks that pad it; a
// column past the record's end is left out.
//
// It does not allocate beyond dst's growth.
func SplitMitelSMDR(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	w := mitelWidth(rec)
	if w == 0 {
		return dst
	}
	cols := [...][2]int{{1, 6}, {7, 13}, {14, 22}, {23, 23 + w}, {23 + w, 24 + w}, {25 + w, 28 + w}, {29 + w, 55 + w},
		{55 + w, 56 + w}, {56 + w, 57 + w}, {58 + w, 58 + 2*w}, {58 + 2*w, 59 + 2*w}, {60 + 2*w, 60 + 3*w},
		{61 + 3*w, 73 + 3*w}, {74 + 3*w, len(rec)}}
	for k, c := range cols {
		dst = fixedField(dst, rec, mitelNames[k], c[0], c[1])
	}
	return dst
}

// fixedField appends the field rec[s:e] named name, without its padding
// blanks, when it is inside rec and not blank.
func fixedField(dst []Field, rec []byte, name []byte, s, e int) []Field {
	if e > len(rec) {
		e = len(rec)
	}
	for s < e && rec[s] == ' ' {
		s++
	}
	for e > s && rec[e-1] == ' ' {
		e--
	}
	if s >= e {
		return dst
	}
	return append(dst, Field{Name: name, NameStart: -1, Start: int32(s), End: int32(e)})
}

// Avaya Communication Manager CDR (Feature Description and
// Implementation, "Call Detail Recording"). The unformatted record has
// its fields at fixed columns without separators:
//
//	time (hhmm), duration (hmmt), cond-code, code-dial (4), code-used (4),
//	dialed-num (15), calling-num (10), acct-code (5), auth-code (7),
//	2 blanks, frl, in-crt-id (3), out-crt-id (3), feat-flag,
//	attd-console (2), in-trk-code (4), node-num (2), ins (3),
//	ixc-code (3), bcc, ma-uui, res-flag
//
// A customized record holds the fields the CDR System Parameters screen
// lists, in the order and at the lengths the administrator chose; most
// start with date (mmddyy), time (hhmm) and sec-dur (5 digits) and a
// cond-code, blanks between. Past that head no column can be placed
// without the screen: there a run of four or more digits is a party's
// number, an extension, an account or an authorization code (trunk
// access codes, circuit ids and FRLs have three digits or fewer).

// AvayaCDRColumns are the names SplitAvayaCDR gives the fields of an
// unformatted record, in order.
var AvayaCDRColumns = []string{
	"time", "duration", "cond_code", "code_dial", "code_used", "dialed_number", "calling_number",
	"acct_code", "auth_code", "frl", "in_crt_id", "out_crt_id", "feat_flag", "attd_console",
	"in_trk_code", "node_num", "ins", "ixc_code",
}

var (
	avayaNames = names(AvayaCDRColumns...)
	// avayaCols are the unformatted record's columns (0-based, end
	// exclusive), the two blanks after auth-code skipped.
	avayaCols = [...][2]int{{0, 4}, {4, 8}, {8, 9}, {9, 13}, {13, 17}, {17, 32}, {32, 42}, {42, 47}, {47, 54},
		{56, 57}, {57, 60}, {60, 63}, {63, 64}, {64, 66}, {66, 70}, {70, 72}, {72, 75}, {75, 78}}
	avayaHead  = [][]byte{[]byte("date"), []byte("time"), []byte("sec_dur"), []byte("cond_code")}
	avayaParty = []byte("party_number") // a customized record's run of four or more digits
	avayaCode  = []byte("code")         // a customized record's shorter field
)

// LooksAvayaCDR reports whether rec is a Communication Manager CDR record
// and which layout: 1 for a customized record that starts with date,
// time, sec-dur and cond-code ("112326 2000 00125 7 "), 2 for an
// unformatted one (time and duration digits, a cond-code, digits or
// blanks to the two blanks after auth-code and an FRL digit); 0 for
// neither.
//
// It does not allocate.
func LooksAvayaCDR(rec []byte) int {
	if len(rec) < 40 || !isDigit(rec[0]) || !isDigit(rec[3]) {
		return 0
	}
	if rec[6] == ' ' && rec[11] == ' ' && rec[17] == ' ' && len(rec) > 20 && rec[19] == ' ' {
		for _, k := range [...]int{0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 14, 15, 16} {
			if !isDigit(rec[k]) {
				return 0
			}
		}
		if m := (rec[0]-'0')*10 + rec[1] - '0'; m < 1 || m > 12 || !avayaCond(rec[18]) {
			return 0
		}
		return 1
	}
	if len(rec) < 70 || rec[54] != ' ' || rec[55] != ' ' || !isDigit(rec[56]) || !avayaCond(rec[8]) {
		return 0
	}
	for k := 0; k < 8; k++ {
		if !isDigit(rec[k]) {
			return 0
		}
	}
	if h := (rec[0]-'0')*10 + rec[1] - '0'; h > 23 || rec[2] > '5' {
		return 0
	}
	for k := 9; k < 54; k++ {
		if c := rec[k]; c != ' ' && !isDigit(c) && c != '*' && c != '#' {
			return 0
		}
	}
	return 2
}

// avayaCond reports whether c is a condition code: a digit or an
// upper-case letter.
func avayaCond(c byte) bool { return isDigit(c) || 'A' <= c && c <= 'Z' }

// SplitAvayaCDR appends the fields of rec, a Communication Manager CDR
// record, to dst: an unformatted record's by AvayaCDRColumns; a
// customized record's head as date, time, sec_dur and cond_code, then
// each blank-separated field after it, a run of four or more digits named
// party_number and any other field code.
//
// It does not allocate beyond dst's growth.
func SplitAvayaCDR(dst []Field, rec []byte) []Field {
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	switch LooksAvayaCDR(rec) {
	case 2:
		for k, c := range avayaCols {
			dst = fixedField(dst, rec, avayaNames[k], c[0], c[1])
		}
		if len(rec) > 78 {
			dst = fixedField(dst, rec, avayaCode, 78, len(rec))
		}
	case 1:
		for k, c := range [...][2]int{{0, 6}, {7, 11}, {12, 17}, {18, 19}} {
			dst = fixedField(dst, rec, avayaHead[k], c[0], c[1])
		}
		for i := 19; i < len(rec); {
			for i < len(rec) && rec[i] == ' ' {
				i++
			}
			s := i
			digits := true
			for i < len(rec) && rec[i] != ' ' {
				digits = digits && isDigit(rec[i])
				i++
			}
			if s == i {
				break
			}
			name := avayaCode
			if digits && i-s >= 4 {
				name = avayaParty
			}
			dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(s), End: int32(i)})
		}
	}
	return dst
}
