package redact

import "github.com/redactd/redactd/redact/textfmt"

// pgCSVParser returns the parser of PostgreSQL csvlog rows of n fields
// (textfmt.PostgresCSVColumns), built on first use. Named, the columns
// give their values context: user_name a login, session_id PostgreSQL's
// session id (no secret: scan_dblog.go), query_id an id, message and
// detail free text.
func (ts *textState) pgCSVParser(n int) *textfmt.Parser {
	for _, p := range ts.pgcsv {
		if p != nil && len(p.Names()) == n {
			return p
		}
	}
	p, err := textfmt.NewParser(textfmt.Config{Format: textfmt.CSV, Columns: textfmt.PostgresCSVColumns(n)})
	if err != nil {
		panic("BUG: csvlog columns: " + err.Error())
	}
	for k := range ts.pgcsv {
		if ts.pgcsv[k] == nil {
			ts.pgcsv[k] = p
			break
		}
	}
	return p
}

// npsParser returns the parser of NPS's database-compatible rows
// (textfmt.NPSColumns), built on first use.
func (ts *textState) npsParser() *textfmt.Parser {
	if ts.nps == nil {
		p, err := textfmt.NewParser(textfmt.Config{Format: textfmt.CSV, Columns: textfmt.NPSColumns})
		if err != nil {
			panic("BUG: NPS columns: " + err.Error())
		}
		ts.nps = p
	}
	return ts.nps
}
