package redact

import "strings"

// arnUserAt reports whether the word src[i:w] is "user" in an IAM ARN,
// after its account's ':' and before '/': arn:aws:iam::123456789012:user/...
func arnUserAt(src []byte, i, w int) bool {
	return w-i == 4 && i > 0 && src[i-1] == ':' && w+1 < len(src) && src[w] == '/' && foldEq(src[i:w], "user")
}

// scanARNUser matches the name of an IAM user in its ARN when it is
// written as a person's (arn:aws:iam::123456789012:user/Alice.Smith, also
// after a path: user/division/alice.smith), as ctxLogin does under a user
// key: CloudTrail's userIdentity.arn repeats the userName it masks.
func scanARNUser(src []byte, i, w int) (hit, bool) {
	if !arnUserAt(src, i, w) {
		return hit{}, false
	}
	v, e := w+1, w+1
	for e < len(src) && e-v <= 512 && (isAlnum(src[e]) || strings.IndexByte("+=,.@_-/", src[e]) >= 0) {
		if src[e] == '/' {
			v = e + 1 // a path before the name
		}
		e++
	}
	if !personLogin(src[v:e]) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}
