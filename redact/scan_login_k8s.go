package redact

// A login quoted after the word "User", as the Kubernetes RBAC authorizer
// writes the subject of its decisions: the audit annotation
// authorization.k8s.io/reason ("RBAC: allowed by RoleBinding \"dev/shop\"
// of ClusterRole \"edit\" to User \"jane.doe\"") and the API server's
// Forbidden message ("pods is forbidden: User \"jane.doe\" cannot list
// resource ..."). Inside a JSON string the quotes are decoded before the
// scanner runs; in a text log they may keep their backslash (\"jane.doe\").
// As for the other login cues, the login counts when written as a
// person's name (personLogin): system:serviceaccount:... and groups stay.

// quotedUserCue reports loginQuoted when the '"' before src[i] (after an
// optional backslash) follows "User " or "user ", or the '"' follows "by "
// (CUPS's error_log: Queued on "printer" by "jdoe".).
func quotedUserCue(src []byte, i int) loginCueKind {
	k := i - 1 // the quote
	if k > 0 && src[k-1] == '\\' {
		k--
	}
	if k < 4 || src[k-1] != ' ' {
		return loginNone
	}
	if string(src[k-3:k-1]) == "by" && src[k] == '"' && !isAlnum(src[k-4]) {
		// CUPS's error_log: Queued on "printer" by "jdoe". (Tested
		// before the length "user" needs: a scan that resumes after a
		// detection may start a few bytes before "by".)
		return loginQuoted
	}
	if src[k] == '\'' && acctQuotedCue(src, k) {
		// shadow-utils' account messages (scan_login_acct.go).
		return loginQuoted
	}
	if k >= 14 && src[k] == '\'' && string(src[k-4:k-1]) == "for" && string(src[k-14:k-4]) == "destroyed " {
		// Jira's session tracker: HttpSession [...] destroyed for 'jdoe'.
		return loginQuoted
	}
	if k >= 8 && src[k-4] == ' ' && foldEq(src[k-3:k-1], "id") && userIDQuoteAt(src, k-3) && foldEq(src[k-8:k-4], "user") &&
		(k == 8 || !isAlnum(src[k-9]) && src[k-9] != '_' && src[k-9] != '-' && src[k-9] != '.') {
		return loginQuoted // Meraki's "user id 'jdoe'"
	}
	if k < 6 {
		return loginNone
	}
	w := src[k-5 : k-1]
	if !foldEq(w, "user") || k > 5 && (isAlnum(src[k-6]) || src[k-6] == '_' || src[k-6] == '-' || src[k-6] == '.') {
		return loginNone
	}
	return loginQuoted
}

// idpPrefixStart returns the start of the identity provider's prefix that
// ends with the ':' before src[i] ("oidc:" of User "oidc:jane.doe"), when a
// quote opens it, or 0.
func idpPrefixStart(src []byte, i int) int {
	k := i - 1 // the ':'
	for k > 0 && i-1-k < 24 && (isAlnum(src[k-1]) || src[k-1] == '-' || src[k-1] == '_') {
		k--
	}
	if k == i-1 || k < 2 || src[k-1] != '"' && src[k-1] != '\'' || foldEq(src[k:i-1], "system") {
		return 0
	}
	return k
}

// quotedUserEnd reports whether the login that starts at src[i] closes
// with the quote that opened it: rest is what follows the login.
func quotedUserEnd(src []byte, i int, rest []byte) bool {
	if src[i-1] == ':' {
		i = idpPrefixStart(src, i) // "oidc:jane.doe"
	}
	q := src[i-1]
	if src[i-2] == '\\' {
		return len(rest) >= 2 && rest[0] == '\\' && rest[1] == q
	}
	switch q {
	case '`':
		q = '\'' // Apache's mod_auth_digest: user `jdoe' in realm `Private' not found
	case '[':
		q = ']' // Tomcat's realms: the locked user [jdoe]
	}
	return len(rest) >= 1 && rest[0] == q
}
