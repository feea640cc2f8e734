package redact

import "bytes"

// The owner of a OneDrive for Business site in its URL. OneDrive names a
// user's personal site after the user principal name, with '.' and '@'
// written as '_': https://contoso-my.sharepoint.com/personal/jane_doe_contoso_com/
// The Microsoft 365 unified audit log carries such URLs in ObjectId and
// SiteUrl of every file event, and so do sharing links, SharePoint ULS
// logs and proxies: the segment is the person's address in another
// spelling, masked as an e-mail address (the domain is in it too).

// oneDriveHost is what the host of a OneDrive site ends with, up to its
// suffix (sharepoint.com, sharepoint.us, sharepoint.cn...).
var oneDriveHost = []byte("-my.sharepoint.")

// oneDriveAt reports whether the word src[i:w] is "personal" between
// slashes after a OneDrive host.
func oneDriveAt(src []byte, i, w int) bool {
	if i == 0 || src[i-1] != '/' || w >= len(src) || src[w] != '/' || !foldEq(src[i:w], "personal") {
		return false
	}
	return bytes.Contains(src[max(0, i-64):i], oneDriveHost)
}

// scanOneDrive matches the owner segment after /personal/ at src[i:w].
func scanOneDrive(src []byte, i, w int) (hit, bool) {
	if !oneDriveAt(src, i, w) {
		return hit{}, false
	}
	v := w + 1
	e, seps := v, 0
	for e < len(src) && e-v <= 128 && (isAlnum(src[e]) || src[e] == '_') {
		if src[e] == '_' {
			seps++
		}
		e++
	}
	if seps < 2 || src[e-1] == '_' || e < len(src) && src[e] != '/' && !isValueEnd(src[e]) && src[e] != '?' && src[e] != '#' {
		return hit{}, false // no user_domain_tld
	}
	return hit{det: DetEmail, start: v, end: e, domain: v}, true
}
