package redact

// The user a URL's path names: the routes sites give their members'
// pages. Apache's mod_userdir serves /~jdoe/; forums and social sites
// route /u/jdoe, /@jane.doe (Mastodon, Medium), /profile/jdoe and
// LinkedIn linkedin.com/in/jane-doe. The
// segment after such a route is a login, so a person's one (accountLogin)
// is masked, where the routes' own pages (/profile/settings, /u/0/ of a
// multi-login mail client) and npm's scopes (/@babel/core, Vite's
// /@vite/client) stay.
//
// The home_dir start (registry.go) runs these at the route: '~' and '@'
// start on their own, "u" and "profile" are words before '/'.

// profileRouteAt reports, cheaply, whether the word src[i:w] is a profile
// route right after a '/': "~" or "@" before a letter, "u", "profile",
// "profiles" or "people" before '/'.
func profileRouteAt(src []byte, i, w int) bool {
	if i == 0 || src[i-1] != '/' || w+1 >= len(src) {
		return false
	}
	switch src[i] {
	case '~', '@':
		return isAlpha(src[w])
	}
	if src[w] == '/' && w+2 < len(src) && src[w+1] == '%' && src[w+2] == '4' && foldEq(src[i:w], "profile") {
		return true // Matrix's /profile/%40jane.doe%3Aexample.org (scan_matrix.go)
	}
	if w-i == 2 {
		// LinkedIn's member pages: linkedin.com/in/jane-doe-4b1a2c3.
		return src[w] == '/' && isAlnum(src[w+1]) && foldEq(src[i:w], "in") && linkedInBefore(src, i-1)
	}
	if gitlabProjectsRoute(src, i, w) {
		return true
	}
	if w-i == 5 && src[w] == '/' && foldEq(src[i:w], "users") {
		p, _ := idpSubjectAt(src, w+1) // Auth0's /api/v2/users/google-oauth2%7C1034…
		return p > 0
	}
	return src[w] == '/' && isAlpha(src[w+1]) && (w-i == 1 && src[i]|0x20 == 'u' || foldEq(src[i:w], "user") ||
		foldEq(src[i:w], "profile") || foldEq(src[i:w], "profiles") || foldEq(src[i:w], "people") || memberRoute(src[i:w]))
}

// memberRoute reports whether the path segment r is a route whose next
// segment is as often a page (/account/dashboard, /members/directory) as
// a member's login (/account/jane.doe/settings): a login there is masked
// only when it has a person's shape (personLogin), but after author(s).
func memberRoute(r []byte) bool {
	switch len(r) {
	case 6:
		return foldEq(r, "member") || foldEq(r, "author")
	case 7:
		return foldEq(r, "account") || foldEq(r, "members") || foldEq(r, "authors")
	case 8:
		return foldEq(r, "accounts")
	}
	return false
}

// scanProfilePath matches the login after a profile route (see
// profileRouteAt).
func scanProfilePath(src []byte, i, w int) (hit, bool) {
	if !profileRouteAt(src, i, w) {
		return hit{}, false
	}
	v := w
	if src[i] != '~' && src[i] != '@' {
		v = w + 1
	}
	if h, ok := matrixPctAt(src, v); ok {
		return h, true
	}
	if p, e := idpSubjectAt(src, v); p > 0 {
		return hit{det: DetName, start: v + p, end: v + e}, true
	}
	if gitlabProjectsRoute(src, i, w) {
		// GitLab's API, /api/v4/projects/jane.doe%2Fdotfiles/...: a
		// project's path as its id, percent-encoded (or decoded); its namespace is
		// a user's when written as a person's login (scan_namespace.go).
		e := v
		for e < len(src) && e-v <= maxLogin && src[e] != '%' && src[e] != '/' && src[e] != ' ' && src[e] != '"' {
			e++
		}
		if e+2 < len(src) && (src[e] == '/' || src[e] == '%' && src[e+1] == '2' && src[e+2]|0x20 == 'f') && namespaceLoginEnd(src[v:e]) == e-v {
			return hit{det: DetName, start: v, end: e}, true
		}
		return hit{}, false
	}
	if w-i == 2 {
		// LinkedIn's vanity name (letters, digits and '-', a random
		// suffix often: jane-doe-4b1a2c3; percent-encoded letters of
		// other scripts) or a member id (ACoAAB...): the person, whole.
		e := v
		for e < len(src) && e-v <= 100 && (isAlnum(src[e]) || src[e] == '-' || src[e] == '_' || src[e] == '%' || src[e] >= 0x80) {
			e++
		}
		if e-v < 3 || e-v > 100 {
			return hit{}, false
		}
		return hit{det: DetName, start: v, end: e}, true
	}
	e := loginEnd(src, v)
	login := src[v:e]
	if !accountLogin(login) || fileName(login) || routeWord(login) {
		return hit{}, false
	}
	next := byte(0)
	if e < len(src) {
		next = src[e]
	}
	switch {
	case isAlnum(next) || next >= 0x80 || next == '%' || next == '+':
		return hit{}, false // the segment goes on: no login's shape
	case src[i] == '@' && next == '/' && !personLogin(login):
		return hit{}, false // a package's scope: /@babel/core, /@vite/client
	case memberRoute(src[i:w]) && !personLogin(login) && !foldEq(src[i:w], "author") && !foldEq(src[i:w], "authors"):
		// /account/dashboard, /user/42; a blog's author pages are its
		// authors' (WordPress's /author/jane-doe/).
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// routeWord reports whether v is a page a profile route serves itself
// rather than a member's login.
func routeWord(v []byte) bool {
	var b [14]byte
	if len(v) > len(b) {
		return false
	}
	for k, c := range v {
		b[k] = lower(c)
	}
	switch string(b[:len(v)]) {
	case "me", "self", "settings", "edit", "new", "view", "index", "update", "delete", "show", "list", "search",
		"photo", "avatar", "picture", "image", "security", "password", "notifications", "preferences", "privacy",
		"account", "details", "overview", "info", "public", "private", "followers", "following", "posts",
		"activity", "current", "create", "login", "logout", "signup", "register", "home", "help", "about",
		"profile", "user", "users", "people", "billing", "orders", "api", "static", "assets", "media",
		// The signed-in user's own collections under /user/ (GitHub's REST API).
		"repos", "keys", "emails", "orgs", "teams", "starred", "subscriptions", "installations", "issues",
		"memberships", "gpg_keys", "projects", "packages", "followers_url", "blocks",
		// Rails' Devise routes under /users/, and other sign-in pages.
		"sign_in", "sign_out", "sign_up", "signin", "signout", "confirmation", "unlock", "invitation", "auth",
		"dashboard", "verify", "reset", "sessions", "registrations", "omniauth",
		// The account flows' other steps (the link a confirmation or
		// invitation e-mail carries, its token in the query or the
		// next segment) and the collection's own endpoints.
		"confirm", "activate", "activation", "invite", "accept", "recover", "recovery", "unsubscribe",
		"validate", "lookup", "exists", "available", "bulk", "batch", "count", "export", "import":
		return true
	}
	return false
}

// homeEscape reports whether the backslash at src[i], followed by n, r or
// t, separates Windows' profile directory from its user's folder
// (C:\Users\nick, \Users\tomasz.nowak) rather than escaping a control
// character: "Users" (any case) stands between it and the backslash
// before.
//
// It does not allocate.
func homeEscape(src []byte, i int) bool {
	return i >= 6 && src[i-6] == '\\' && foldEq(src[i-5:i], "users") && i+2 < len(src) && isAlpha(src[i+2])
}

// A one-time credential in a URL's path: the token of a password reset,
// an invitation, an account activation or a sign-in link
// (/reset/4f9a2c1e..., /invite/AbCdEf12..., /activate/<uuid>). Whoever
// holds the link holds the account until it expires, as with a token in
// the query (token=...). The segment after such a route word is masked
// when it reads as a random token: 16 to 256 letters, digits, '-' or '_',
// with a digit and a letter, ending the path or before '/', '?' or '#'.
// An asset's hashed name (/assets/<hash>.js) has no such route before it.

// tokenRouteAt reports whether the word src[i:w], between two '/', is a
// route whose next segment is a one-time token.
func tokenRouteAt(src []byte, i, w int) bool {
	if i == 0 || src[i-1] != '/' || w+1 >= len(src) || src[w] != '/' {
		return false
	}
	return tokenRouteWord(src[i:w])
}

// tokenRouteWord reports whether w (any case) is a route word that a
// one-time token follows: reset, invite(s), activate, confirm, verify,
// magic, recover, unlock, accept.
func tokenRouteWord(w []byte) bool {
	var b [8]byte
	if len(w) > len(b) {
		return false
	}
	for k, c := range w {
		b[k] = lower(c)
	}
	switch string(b[:len(w)]) {
	case "reset", "invite", "invites", "activate", "confirm", "verify", "magic", "recover", "unlock", "accept":
		return true
	}
	return false
}

// scanTokenRoute matches the token after a route word (tokenRouteAt).
func scanTokenRoute(src []byte, i, w int) (hit, bool) {
	if !tokenRouteAt(src, i, w) {
		return hit{}, false
	}
	v := w + 1
	e, ok := routeTokenEnd(src, v)
	if !ok || e < len(src) && src[e] != '/' && src[e] != '?' && src[e] != '#' && src[e] != ' ' && src[e] != '"' && src[e] != '&' {
		return hit{}, false // a file's name (.js), or more of a word
	}
	return hit{det: DetSecret, start: v, end: e}, true
}

// routeTokenEnd returns the end of the random token that starts at
// src[v]: 16 to 256 letters, digits, '-' or '_', with a digit and a
// letter among them.
func routeTokenEnd(src []byte, v int) (int, bool) {
	e, digits, letters := v, 0, 0
	for e < len(src) && e-v <= 256 && (isAlnum(src[e]) || src[e] == '-' || src[e] == '_') {
		if isDigit(src[e]) {
			digits++
		} else if isAlpha(src[e]) {
			letters++
		}
		e++
	}
	return e, e-v >= 16 && e-v <= 256 && digits > 0 && letters > 0
}

// routeQueryToken reports whether the word src[i:w], before '=', is a
// query parameter of a token route's URL whose value is a random token
// (tokenRouteQuery, routeTokenEnd): the key start's may, for short names
// no list knows.
func (s *scanner) routeQueryToken(src []byte, i, w int) bool {
	if i == 0 || src[i-1] != '?' && src[i-1] != '&' || w+17 > len(src) || !isAlnum(src[w+16]) && src[w+16] != '-' && src[w+16] != '_' {
		return false // (the token's sixteenth byte first: most values are shorter)
	}
	e, ok := routeTokenEnd(src, w+1)
	if !ok || e < len(src) && !isValueEnd(src[e]) && src[e] != '#' {
		return false
	}
	full, off := s.wholeOf(src) // the path before an address the scan has passed
	return tokenRouteQuery(full, off+i)
}

// tokenRouteQuery reports whether the query parameter whose name starts
// at src[name] (after '?' or '&') belongs to a URL whose last path
// segment is a token route, alone or as a part of a segment joined by '-'
// or '_' (/account/verify?email=…&t=…, /reset-password?k=…,
// /magic_link?c=…): a random token there is the link's one-time
// credential, whatever short name carries it.
func tokenRouteQuery(src []byte, name int) bool {
	q := name - 1
	for q >= 0 && name-q <= 512 && src[q] != '?' {
		if src[q] == ' ' || src[q] == '"' {
			return false
		}
		q--
	}
	if q <= 0 || src[q] != '?' {
		return false
	}
	s := q
	for s > 0 && q-s <= 32 && src[s-1] != '/' && src[s-1] != ' ' && src[s-1] != '"' && src[s-1] != '=' {
		s--
	}
	for a := s; a < q; {
		b := a
		for b < q && isAlpha(src[b]) {
			b++
		}
		if b > a && tokenRouteWord(src[a:b]) {
			return true
		}
		if b < q && src[b] != '-' && src[b] != '_' {
			return false
		}
		a = b + 1
	}
	return false
}

// tokenRoute is scanTokenRoute, but a detection of its own that starts
// with the token (an e-mail address in base64, a JWT) wins: it says more
// than "secret" and is what a scan from the token would find.
func (s *scanner) tokenRoute(src []byte, i, w int) (hit, bool) {
	h, ok := scanTokenRoute(src, i, w)
	if !ok || s.inValue {
		return h, ok
	}
	v := h.start
	e := v + 1
	for e < len(src) && isAlnum(src[e]) {
		e++
	}
	s.inValue = true
	m, found := s.runStarts(src, v, e, ctxNone, startsAt(src, v, e, ctxNone), false)
	s.inValue = false
	if found && m.start == v {
		return m, true
	}
	return h, true
}

// linkedInBefore reports whether src[:k] ends with LinkedIn's host name
// (linkedin.com, www. or a country's subdomain before it).
func linkedInBefore(src []byte, k int) bool {
	const host = "linkedin.com"
	if k < len(host) || !foldEq(src[k-len(host):k], host) {
		return false
	}
	b := k - len(host)
	return b == 0 || src[b-1] == '.' || src[b-1] == '/' || !isAlnum(src[b-1]) && src[b-1] != '-'
}

// gitlabProjectsRoute reports whether the word src[i:w] is "projects" of
// GitLab's REST API, /api/v4/projects/, before a project's id.
func gitlabProjectsRoute(src []byte, i, w int) bool {
	return w-i == 8 && i >= 8 && src[w] == '/' && string(src[i-8:i]) == "/api/v4/" && string(src[i:w]) == "projects"
}
