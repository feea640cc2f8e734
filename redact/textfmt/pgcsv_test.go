package textfmt

import "testing"

// TestLooksPostgresCSV: csvlog rows of PostgreSQL 12, 13 and 14+, and rows
// and lines that open with a date and time but are not csvlog.
func TestLooksPostgresCSV(t *testing.T) {
	f := func(rec string, want int) {
		t.Helper()
		if got := LooksPostgresCSV([]byte(rec)); got != want {
			t.Errorf("%s: got %d, want %d", rec, got, want)
		}
	}
	const head = `2026-11-23 20:00:05.222 UTC,"bob.jones","billing",21736,"203.0.113.99:60222",6561a3f3.54e8,1,"authentication",2026-11-23 20:00:03 UTC,5/3,0,FATAL,28P01,"password authentication failed for user ""bob.jones""",,,,,,,,,""`
	f(head, 23)
	f(head+`,"client backend"`, 24)
	f(head+`,"client backend",,-4521869172538311253`, 26)
	f(`2026-11-23 20:00:06.000 UTC,,,4242,,6561a3f1.108a,2,,2026-11-23 20:00:01 UTC,,0,LOG,00000,"checkpoint starting: time",,,,,,,,,"","checkpointer",,0`, 26)
	f(head+`,"client backend",,0,extra`, 0) // 27 fields
	f(`2026-11-23 20:00:05 UTC [21736] LOG:  statement: SELECT 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23`, 0)
	f(`2026-11-23 20:00:05,"a","b",x,"c",6561a3f3.54e8,1,"",2026-11-23 20:00:03 UTC,5/3,0,FATAL,28P01,"m",,,,,,,,,""`, 0) // pid not a number
	f(`2026-11-23 20:00:05,"a","b",1,"c",session,1,"",2026-11-23 20:00:03 UTC,5/3,0,FATAL,28P01,"m",,,,,,,,,""`, 0)       // no session id
	f(`2026-11-23 20:00:05,"a","b",1,"c",6561a3f3.54e8,1,"",2026-11-23 20:00:03 UTC,5/3,0,BAD,28P01,"m",,,,,,,,,""`, 0)   // no severity
	n := testing.AllocsPerRun(100, func() { LooksPostgresCSV([]byte(head)) })
	if n != 0 {
		t.Errorf("LooksPostgresCSV: %v allocations", n)
	}
}
