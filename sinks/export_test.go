package sinks

import "time"

// SetListPage sets the page size of s's List, so tests can cross pages
// without thousands of objects.
func SetListPage(s *S3, n int32) { s.listPage = n }

// SetTimeNow replaces the clock of retention planning until the test ends.
func SetTimeNow(t interface{ Cleanup(func()) }, f func() time.Time) {
	old := timeNow
	timeNow = f
	t.Cleanup(func() { timeNow = old })
}
