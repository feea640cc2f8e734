package redact

// versionAhead reports whether a member called version follows the value
// at src[vs] in the same object: {"driver":{"name":"PyMongo","version":
// "4.3.2"}} names software, not the person a driver or client key
// otherwise holds (see membersAhead).
func (r *Redactor) versionAhead(src []byte, vs, depth int) bool {
	return r.membersAhead(src, vs, depth, func(name []byte, esc bool, _ int) bool {
		return !esc && len(name) == 7 && foldEq(name, "version")
	})
}
