package redact

import "testing"

// TestDBEcho: the literal a database's conversion error echoes is masked
// by its shape (a name, a date, an e-mail address); numbers, booleans,
// lower-case words, empty literals and the same words outside these
// messages stay.
func TestDBEcho(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// Snowflake's QUERY_HISTORY error_message, in a CSV export and JSON.
	f(`7da2357a,DELETE FROM t,MARKETING,FAILED_WITH_ERROR,100038,Numeric value 'Bob' is not recognized,2026-11-22`,
		`7da2357a,DELETE FROM t,MARKETING,FAILED_WITH_ERROR,100038,Numeric value '[name]' is not recognized,2026-11-22`)
	f(`{"error_message":"Numeric value 'O''Brien' is not recognized"}`, `{"error_message":"Numeric value '[name]' is not recognized"}`)
	f(`100040 (22007): Date '14/03/1985' is not recognized`, `100040 (22007): Date '[birth_date]' is not recognized`)
	f(`Timestamp 'jane.doe@example.com' is not recognized`, `Timestamp '[email]' is not recognized`)
	// MySQL, SQL Server, PostgreSQL.
	f(`ERROR 1366 (HY000): Incorrect integer value: 'Jane Doe' for column 'age' at row 1`,
		`ERROR 1366 (HY000): Incorrect integer value: '[name]' for column 'age' at row 1`)
	f(`Msg 245, Level 16, State 1: Conversion failed when converting the varchar value 'Kowalski' to data type int.`,
		`Msg 245, Level 16, State 1: Conversion failed when converting the varchar value '[name]' to data type int.`)
	f(`ERROR:  invalid input syntax for type integer: "Olena Shevchenko" at character 41`,
		`ERROR:  invalid input syntax for type integer: "[name]" at character 41`)
	// Look-alikes.
	f(`Boolean value 'maybe' is not recognized; Numeric value '' is not recognized`,
		`Boolean value 'maybe' is not recognized; Numeric value '' is not recognized`)
	f(`ERROR:  invalid input syntax for type uuid: "abc"`, `ERROR:  invalid input syntax for type uuid: "abc"`)
	f(`config value 'Enabled' for key x; the Date 'Monday' was chosen; Incorrect integer value: '12.5' for column 'n'`,
		`config value 'Enabled' for key x; the Date 'Monday' was chosen; Incorrect integer value: '12.5' for column 'n'`)
	f(`Numeric value 'Bob`, `Numeric value 'Bob`)
}

// FuzzDBEcho: the echoed literal's hit lies within its quotes, and
// masking twice equals masking once.
func FuzzDBEcho(f *testing.F) {
	for _, s := range []string{"Numeric value 'Bob' is not recognized", "Date '14/03/1985' is not recognized",
		"Incorrect integer value: 'Jane Doe' for column", "converting the varchar value 'Kowalski' to data type int",
		"invalid input syntax for type integer: \"Olena\"", "Numeric value 'O''Brien' is not recognized"} {
		f.Add(s)
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		for i := 0; i < len(src); i++ {
			if i > 0 && isAlpha(src[i-1]) || !isAlpha(src[i]) {
				continue
			}
			w := i
			for w < len(src) && isAlpha(src[w]) {
				w++
			}
			if h, ok := scanDBEcho(src, i, w); ok && (h.start <= w || h.end > len(src) || h.start >= h.end) {
				t.Fatalf("scanDBEcho(%q, %d, %d) = [%d, %d)", src, i, w, h.start, h.end)
			}
		}
		onceIsTwice(t, r, src, FormatText)
	})
}
