package sinks

// SetListPage sets the page size of s's List, so tests can cross pages
// without thousands of objects.
func SetListPage(s *S3, n int32) { s.listPage = n }
