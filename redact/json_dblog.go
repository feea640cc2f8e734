package redact

import "bytes"

// hostAhead reports whether the value at src[vs] is one word and a member
// called ip follows it in the same object: Wazuh's {"agent":{"id":"003",
// "name":"bastion","ip":"10.0.2.11"}} names the machine an agent runs
// on, not the person an agent key otherwise holds (see membersAhead).
func (r *Redactor) hostAhead(src []byte, vs, depth int) bool {
	if vs >= len(src) || src[vs] != '"' {
		return false
	}
	end, _, ok := scanString(src, vs)
	if !ok || end-vs-2 > 63 || bytes.IndexByte(src[vs+1:end-1], ' ') >= 0 {
		return false
	}
	return r.membersAhead(src, vs, depth, func(name []byte, esc bool, _ int) bool {
		return !esc && len(name) == 2 && foldEq(name, "ip")
	})
}

// versionAhead reports whether a member called version follows the value
// at src[vs] in the same object: {"driver":{"name":"PyMongo","version":
// "4.3.2"}} names software, not the person a driver or client key
// otherwise holds (see membersAhead).
func (r *Redactor) versionAhead(src []byte, vs, depth int) bool {
	return r.membersAhead(src, vs, depth, func(name []byte, esc bool, _ int) bool {
		return !esc && len(name) == 7 && foldEq(name, "version")
	})
}
