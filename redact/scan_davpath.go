package redact

// The owner a WebDAV URL names. Servers give each user a collection under
// their DAV root: Apache mod_dav and lighttpd mod_webdav setups serve
// /dav/jdoe/, Nextcloud and ownCloud (SabreDAV) serve
// /remote.php/dav/files/jdoe/, /dav/calendars/jdoe/personal/,
// /dav/addressbooks/users/jdoe/contacts/ and /dav/principals/users/jdoe/.
// The segment after the root (and after the kind of collection) is the
// user's login, masked when it is a person's (accountLogin), so that
// /dav/files/admin/ and the collections' own names stay.
//
// The home_dir start (registry.go) runs this at "dav" after a '/'.

// davRouteAt reports, cheaply, whether the word src[i:w] is a DAV root:
// "dav" between two '/'.
func davRouteAt(src []byte, i, w int) bool {
	return i > 0 && src[i-1] == '/' && w+1 < len(src) && src[w] == '/' && foldEq(src[i:w], "dav")
}

// davKinds are the collections SabreDAV keeps per user under its root.
var davKinds = []string{"files", "calendars", "addressbooks", "principals"}

// scanDavPath matches the login after a DAV root (see davRouteAt).
func scanDavPath(src []byte, i, w int) (hit, bool) {
	if !davRouteAt(src, i, w) {
		return hit{}, false
	}
	v := w + 1
	for _, k := range davKinds {
		if v+len(k) < len(src) && src[v+len(k)] == '/' && foldEq(src[v:v+len(k)], k) {
			v += len(k) + 1
			if v+6 < len(src) && foldEq(src[v:v+6], "users/") {
				v += 6 // principals/users/jdoe, addressbooks/users/jdoe
			}
			break
		}
	}
	e := loginEnd(src, v)
	if e == v || e >= len(src) || src[e] != '/' && src[e] != ' ' && src[e] != '?' && src[e] != '"' {
		return hit{}, false
	}
	login := src[v:e]
	if !accountLogin(login) || routeWord(login) || fileName(login) {
		return hit{}, false
	}
	// Nextcloud repeats the owner in its own view of the path
	// ("File with name //jdoe/files/Documents/x.odt could not be
	// located"): look for it again (echo.go).
	return hit{det: DetName, start: v, end: e, echo: echoLoginShape(login)}, true
}
