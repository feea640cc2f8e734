package textfmt

// Asterisk's Channel Event Logging (CEL) written by cel_custom to
// cel-custom/Master.csv has no header row: its columns are those of the
// mapping in cel_custom.conf. The sample configuration ships two layouts,
// a legacy mapping (a template of dialplan functions) and an advanced one
// (a field list), each with a literal column ("My Literal") that users
// keep or drop. CELColumns names the columns of each by their field count.

// celLegacy is the sample's legacy mapping without its literal column.
var celLegacy = []string{
	"eventtype", "eventtime", "cidname", "cidnum", "cidani", "cidrdnis", "ciddnid", "exten", "context",
	"channame", "appname", "appdata", "amaflags", "accountcode", "uniqueid", "linkedid", "peer",
	"userfield", "userdeftype", "eventextra",
}

// celAdvanced is the sample's advanced field list without its literal.
var celAdvanced = []string{
	"eventtype", "eventenum", "eventtime", "usereventname", "cidname", "cidnum", "exten", "context",
	"channame", "appname", "appdata", "amaflags", "acctcode", "uniqueid", "userfield", "cidani",
	"cidrdnis", "ciddnid", "peer", "linkedid", "peeracct", "extra", "tenantid",
}

// withLiteral returns cols with a "literal" column inserted at k.
func withLiteral(cols []string, k int) []string {
	out := append([]string{}, cols[:k]...)
	out = append(out, "literal")
	return append(out, cols[k:]...)
}

var (
	celLegacyLit   = withLiteral(celLegacy, 1)
	celAdvancedLit = withLiteral(celAdvanced, 2)
)

// CELColumns returns the column names of a CEL row of n fields in one of
// the sample layouts, nil when n fits none: 20 (legacy), 21 (legacy with
// the literal), 23 (advanced), 24 (advanced with the literal).
func CELColumns(n int) []string {
	switch n {
	case len(celLegacy):
		return celLegacy
	case len(celLegacyLit):
		return celLegacyLit
	case len(celAdvanced):
		return celAdvanced
	case len(celAdvancedLit):
		return celAdvancedLit
	}
	return nil
}

// LooksAsteriskCEL reports the field count of rec when it looks like a
// row of cel_custom's Master.csv in one of the sample layouts (see
// CELColumns), else 0: CSV that starts with a quoted field, whose first
// field is a CEL event type (CHAN_START, ANSWER, HANGUP, BRIDGE_ENTER...),
// and whose event time, at that layout's column, is a date and time
// ("2026-12-05 10:00:00", with or without fractions) or seconds since the
// epoch with microseconds, cel.conf's default. The advanced layout's
// second field, the event's standard name, is an event type too.
//
// It does not allocate.
func LooksAsteriskCEL(rec []byte) int {
	if len(rec) < 12 || rec[0] != '"' || rec[1] < 'A' || rec[1] > 'Z' {
		return 0
	}
	var span [4][2]int
	n, ok := csvSpans(rec, span[:])
	if !ok || CELColumns(n) == nil || !celEvent(rec[span[0][0]:span[0][1]]) {
		return 0
	}
	t := 1 // the event time's column
	switch n {
	case len(celLegacyLit):
		t = 2
	case len(celAdvanced), len(celAdvancedLit):
		if !celEvent(rec[span[1][0]:span[1][1]]) {
			return 0
		}
		t = 2
		if n == len(celAdvancedLit) {
			t = 3
		}
	}
	if !celTime(rec[span[t][0]:span[t][1]]) {
		return 0
	}
	return n
}

// celEvent reports whether b is one of CEL's event types (Asterisk's
// cel.h, ast_cel_event_type) or a user event's name in the same style.
func celEvent(b []byte) bool {
	switch string(b) {
	case "CHAN_START", "CHAN_END", "ANSWER", "HANGUP", "APP_START", "APP_END", "PARK_START", "PARK_END",
		"USER_DEFINED", "BRIDGE_ENTER", "BRIDGE_EXIT", "BRIDGE_START", "BRIDGE_END", "BRIDGE_UPDATE",
		"BLINDTRANSFER", "ATTENDEDTRANSFER", "TRANSFER", "PICKUP", "FORWARD", "LINKEDID_END",
		"LOCAL_OPTIMIZE", "LOCAL_OPTIMIZE_BEGIN", "STREAM_BEGIN", "STREAM_END", "DTMF", "HOOKFLASH",
		"3WAY_START", "3WAY_END", "CONF_START", "CONF_END", "CONF_ENTER", "CONF_EXIT":
		return true
	}
	return false
}

// celTime reports whether b is "YYYY-MM-DD HH:MM:SS" (fractions allowed)
// or epoch seconds with an optional fraction.
func celTime(b []byte) bool {
	if len(b) >= 19 && isDateTime(b[:19]) {
		return len(b) == 19 || b[19] == '.'
	}
	digits, dot := 0, false
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			if !dot {
				digits++
			}
		case c == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return digits >= 9 && digits <= 10
}
