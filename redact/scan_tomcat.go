package redact

// A login beside the name of a Tomcat connector's request thread
// (http-nio-8080-exec-23, https-jsse-nio-8443-exec-4, http-bio-, http-apr-),
// in the logs of the Atlassian products that run on Tomcat:
//
//   - Jira's atlassian-jira-security.log and atlassian-jira.log, whose
//     layout writes the thread, the user (jira.username), the request id
//     (jira.request.id: the minute, the request counter and the number of
//     concurrent requests, joined by x), the session's hash and the client:
//     "http-nio-8080-exec-23 jdoe 1201x976357x8 e8dzigk 203.0.113.31 /...";
//   - Confluence's conf_access_log (%t %{X-AUSERNAME}o %I %h %r ...): the
//     user between the time's ']' and the thread, the client after it.
//
// Jira's message may name the user again, which the echo finds. The start is the word "http" or "https" before '-', which runs where the
// thread name begins; the login is found on either side.

// tomcatThreadMay reports whether the word src[i:w] opens a Tomcat
// connector's thread name: cheap tests for the start's shape test.
func tomcatThreadMay(src []byte, i, w int) bool {
	return (w-i == 4 || w-i == 5) && w < len(src) && src[i] == 'h' && src[w] == '-' && string(src[i:i+4]) == "http" && tomcatThreadEnd(src, i) > 0
}

// tomcatThreadEnd returns the end of the thread name at src[i] (the blank
// after it), or 0 when the word there is no connector's request thread.
func tomcatThreadEnd(src []byte, i int) int {
	rest := src[i:]
	switch {
	case hasPrefix(rest, "http-nio-"), hasPrefix(rest, "http-bio-"), hasPrefix(rest, "http-apr-"),
		hasPrefix(rest, "https-jsse-nio-"), hasPrefix(rest, "https-openssl-nio-"):
	default:
		return 0
	}
	e := i
	for e < len(src) && e-i < 48 && src[e] != ' ' {
		e++
	}
	if e >= len(src) || src[e] != ' ' {
		return 0
	}
	if d := countDigitsBack(src, e); d == 0 || e-d-6 < i || string(src[e-d-6:e-d]) != "-exec-" {
		return 0
	}
	return e
}

// countDigitsBack returns the number of digits that end before src[e].
func countDigitsBack(src []byte, e int) int {
	n := 0
	for e-n > 0 && isDigit(src[e-n-1]) {
		n++
	}
	return n
}

// jiraRequestIDAt reports whether a Jira request id (digits, 'x', digits,
// 'x', digits) starts at src[v] and ends before a blank or the end.
func jiraRequestIDAt(src []byte, v int) bool {
	for part := 0; part < 3; part++ {
		s := v
		for v < len(src) && isDigit(src[v]) {
			v++
		}
		if v == s || v-s > 10 {
			return false
		}
		if part < 2 {
			if v >= len(src) || src[v] != 'x' {
				return false
			}
			v++
		}
	}
	return v == len(src) || src[v] == ' '
}

// scanTomcatThreadLogin matches the login beside the thread name that
// starts at src[i] (see above): before it after a time's "] " with a
// client's address after the thread (Confluence), or after it with a Jira
// request id next (Jira).
func scanTomcatThreadLogin(src []byte, i int) (hit, bool) {
	te := tomcatThreadEnd(src, i)
	if te == 0 {
		return hit{}, false
	}
	if i >= 4 && src[i-1] == ' ' && addressAt(src, te+1) {
		e := i - 1
		v := e
		for v > 0 && e-v <= maxLogin && src[v-1] != ' ' {
			v--
		}
		if v >= 2 && src[v-1] == ' ' && src[v-2] == ']' && v < e && loginEnd(src, v) == e && tomcatLogin(src[v:e]) {
			return hit{det: DetName, start: v, end: e}, true
		}
	}
	v := te + 1
	e := loginEnd(src, v)
	if e > v && e < len(src) && src[e] == ' ' && jiraRequestIDAt(src, e+1) && tomcatLogin(src[v:e]) {
		// The message may name the user again (HttpSession [...]
		// destroyed for 'jdoe'): look for it again (echo.go).
		return hit{det: DetName, start: v, end: e, echo: true}, true
	}
	return hit{}, false
}

// tomcatLogin reports whether v, in a login's column, is a person's.
func tomcatLogin(v []byte) bool {
	return accountLogin(v) && !fileName(v) && !hostName(v)
}
