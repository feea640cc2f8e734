package textfmt

// PostgreSQL's csvlog (log_destination = 'csvlog'; documentation 19.8.4,
// "Using CSV-Format Log Output") has no header row: its columns are those
// of the documentation's postgres_log table. PostgreSQL 13 added
// backend_type and 14 leader_pid and query_id, so a row has 23, 24 or 26
// fields. PostgresCSVColumns names the columns of each.

var pgCSV = []string{
	"log_time", "user_name", "database_name", "process_id", "connection_from", "session_id",
	"session_line_num", "command_tag", "session_start_time", "virtual_transaction_id", "transaction_id",
	"error_severity", "sql_state_code", "message", "detail", "hint", "internal_query", "internal_query_pos",
	"context", "query", "query_pos", "location", "application_name", "backend_type", "leader_pid", "query_id",
}

// Columns of csvlog that LooksPostgresCSV checks (0-based).
const (
	pgProcessID = 3
	pgSessionID = 5
	pgLineNum   = 6
	pgSeverity  = 11
	pgSQLState  = 12
)

// PostgresCSVColumns returns the column names of a csvlog row of n fields,
// nil when n is none of 23 (PostgreSQL 12 and before), 24 (13) and 26 (14
// and later).
func PostgresCSVColumns(n int) []string {
	switch n {
	case 23, 24, 26:
		return pgCSV[:n]
	}
	return nil
}

// LooksPostgresCSV reports the field count of rec when it looks like a
// csvlog row (see PostgresCSVColumns), else 0: CSV whose first field is a
// date and time ("2026-11-23 20:00:01.123 UTC"), whose process id and
// session line number are integers, whose session id is two hexadecimal
// numbers joined by a dot (the backend's start time and pid), whose error
// severity is one of PostgreSQL's levels and whose SQLSTATE has five
// characters.
//
// It does not allocate.
func LooksPostgresCSV(rec []byte) int {
	if len(rec) < 60 || rec[0] < '0' || rec[0] > '9' || !isDateTime(rec[:19]) {
		return 0
	}
	// Most logs open with a date and time; csvlog's is a field of its own,
	// its fraction and zone ended by a ',' and a quoted user or nothing.
	c := 19
	for c < 40 && rec[c] != ',' {
		c++
	}
	if c == 40 || rec[c+1] != '"' && rec[c+1] != ',' {
		return 0
	}
	var span [pgSQLState + 1][2]int
	n, ok := csvSpans(rec, span[:])
	if !ok || PostgresCSVColumns(n) == nil {
		return 0
	}
	field := func(k int) []byte { return rec[span[k][0]:span[k][1]] }
	if !allDigits(field(pgProcessID)) || !allDigits(field(pgLineNum)) || !pgSession(field(pgSessionID)) ||
		!pgLevel(field(pgSeverity)) || len(field(pgSQLState)) != 5 {
		return 0
	}
	return n
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

// pgSession reports whether b is csvlog's session id (%c): the backend's
// start time as eight hex digits of 2012 to 2038 (0x50000000 to
// 0x7fffffff), '.', and its pid in one to eight hex digits
// ("6b049477.11727"). redact's pgSessionID reads it the same way, so that
// a row read as csvlog, whose session id is then no secret, is read so
// again after its redaction.
func pgSession(b []byte) bool {
	if len(b) < 10 || len(b) > 17 || b[8] != '.' || b[0] < '5' || b[0] > '7' {
		return false
	}
	for x, c := range b {
		if x != 8 && !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// pgLevel reports whether b is one of PostgreSQL's message severities.
func pgLevel(b []byte) bool {
	switch string(b) {
	case "DEBUG1", "DEBUG2", "DEBUG3", "DEBUG4", "DEBUG5", "INFO", "NOTICE", "WARNING", "ERROR", "LOG", "FATAL", "PANIC":
		return true
	}
	return false
}
