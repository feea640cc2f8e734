package redact

import "testing"

// TestDevopsKeysAndAccessTimes: Jira's audit records name the author by
// user key; the digit groups after an access log's request line are its
// status, byte count and time, no phone number.
func TestDevopsKeysAndAccessTimes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"id":4711,"summary":"User added to group","authorKey":"jane.doe","category":"group management"}`,
		`{"id":4711,"summary":"User added to group","authorKey":"[name]","category":"group management"}`)
	f(`{"authorKey":"JIRAUSER10100"}`, `{"authorKey":"JIRAUSER10100"}`)
	f(`1201x800324x4 svc [23/Nov/2026:20:01:08 +0000] "POST /browse/HR-71 HTTP/1.1" 302 48141 90 "https://jira.example.com/browse/HR-71"`,
		`1201x800324x4 svc [23/Nov/2026:20:01:08 +0000] "POST /browse/HR-71 HTTP/1.1" 302 48141 90 "https://jira.example.com/browse/HR-71"`)
	f(`"GET / HTTP/2.0" 200 612 34 56 78`, `"GET / HTTP/2.0" 200 612 34 56 78`)
	// Elsewhere a grouped number after a quote is still one.
	f(`call me "now" 030 12345678`, `call me "now" [phone]`)
}

// TestDevopsPersonType: an object's type after its name says whose name
// it is (Jira's typeName, Confluence's objectType).
func TestDevopsPersonType(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"objectItem":{"name":"jdoe","typeName":"USER","parentId":"1"}}`,
		`{"objectItem":{"name":"[name]","typeName":"USER","parentId":"1"}}`)
	f(`{"affectedObject":{"name":"jane.doe","objectType":"User"}}`,
		`{"affectedObject":{"name":"[name]","objectType":"User"}}`)
	f(`{"objectItem":{"name":"jira-software-users","typeName":"GROUP"}}`,
		`{"objectItem":{"name":"jira-software-users","typeName":"GROUP"}}`)
	f(`{"affectedObject":{"name":"Engineering","objectType":"Space"}}`,
		`{"affectedObject":{"name":"Engineering","objectType":"Space"}}`)
}
