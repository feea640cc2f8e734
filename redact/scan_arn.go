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
	if !accountLogin(src[v:e]) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// arnSessionAt reports whether the word src[i:w] is "assumed" of an STS
// assumed-role ARN, after its account's ':': arn:aws:sts::123456789012:
// assumed-role/ROLE/SESSION.
func arnSessionAt(src []byte, i, w int) bool {
	return w-i == 7 && i > 0 && src[i-1] == ':' && hasPrefix(src[w:], "-role/") && foldEq(src[i:w], "assumed")
}

// scanARNSession matches the session name of an assumed role's ARN when it
// is written as a person's name: an identity provider or AWS SSO names
// the session after who assumed the role (assumed-role/S3Reader/jane.doe;
// an e-mail address there is the e-mail detector's), as CloudTrail's and
// S3's requester fields show it. A service's session (a Lambda function's
// name, an instance id) stays.
func scanARNSession(src []byte, i, w int) (hit, bool) {
	if !arnSessionAt(src, i, w) {
		return hit{}, false
	}
	r := w + len("-role/")
	v := r
	for v < len(src) && v-r <= 128 && src[v] != '/' && (isAlnum(src[v]) || strings.IndexByte("+=,.@_-", src[v]) >= 0) {
		v++
	}
	if v >= len(src) || src[v] != '/' || v == r {
		return hit{}, false
	}
	v++
	e := v
	for e < len(src) && e-v <= 64 && (isAlnum(src[e]) || strings.IndexByte("+=,.@_-", src[e]) >= 0) {
		e++
	}
	if !accountLogin(src[v:e]) || lambdaSession(src[r:v-1], src[v:e]) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// lambdaSession reports whether the session of an assumed role is the
// function that runs under it: Lambda names the session after the
// function, and the execution role the console creates after the
// function too (<function>-role-<suffix>).
func lambdaSession(role, session []byte) bool {
	return len(role) > len(session)+6 && string(role[:len(session)]) == string(session) &&
		string(role[len(session):len(session)+6]) == "-role-"
}
