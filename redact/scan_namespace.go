package redact

// A user's namespace on a code forge: GitLab (and GitHub, Gitea) put a
// person's projects under their login ("jane.doe/dotfiles"), a group's
// under the group's name ("infra/api"). GitLab's logs write the path in
// production_json.log's meta.project and meta.root_namespace, the params'
// namespace_id, and audit_json.log's entity_path and target_details. Under
// those keys the first segment is masked when it is written as a person's
// login: personLogin's shapes, or a common given name and one or two more
// words joined by '-' or '_' (alice-shevchenko, sean_johnson), which
// group names (infra, platform, web-team) are not.

// namespaceKey reports whether key holds a project's path or its
// namespace.
func namespaceKey(key []byte) bool {
	switch len(key) {
	case 11:
		return foldEq(key, "entity_path")
	case 12:
		return foldEq(key, "meta.project") || foldEq(key, "project_path") || foldEq(key, "namespace_id")
	case 14:
		return foldEq(key, "root_namespace")
	case 19:
		return foldEq(key, "meta.root_namespace") || foldEq(key, "path_with_namespace")
	}
	return false
}

// namespaceLoginEnd returns the end of the path v's first segment when it
// is a person's login (see above), or 0.
func namespaceLoginEnd(v []byte) int {
	e := 0
	for e < len(v) && v[e] != '/' {
		e++
	}
	if e == 0 || e > maxLogin {
		return 0
	}
	if ns := v[:e]; (personLogin(ns) || givenNameLogin(ns)) && !systemAccount(ns) {
		return e
	}
	return 0
}

// givenNameLogin reports whether v is two or three words of lower-case
// letters joined by '-' or '_', the first a common given name.
func givenNameLogin(v []byte) bool {
	var buf [maxLogin]byte
	first, parts, n := 0, 1, 0
	for k, c := range v {
		switch {
		case c >= 'a' && c <= 'z':
			n++
		case (c == '-' || c == '_') && n > 0:
			if parts == 1 {
				first = k
			}
			parts++
			n = 0
		default:
			return false
		}
	}
	if parts < 2 || parts > 3 || n < 2 || first < 2 || first > len(buf) {
		return false
	}
	copy(buf[:], v[:first])
	buf[0] -= 'a' - 'A'
	return givenName(buf[:first])
}
