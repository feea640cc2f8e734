package redact

// Asterisk Manager Interface events describe each channel they involve by
// the same keys (CallerIDNum, CallerIDName, ConnectedLineNum,
// ConnectedLineName, Exten...) after a prefix that names the channel's role:
// DestCallerIDNum in DialBegin, TransfereeConnectedLineName and
// OrigTransfererCallerIDNum in AttendedTransfer, ParkeeCallerIDNum,
// SpyeeCallerIDNum, LocalOneCallerIDNum (AMI Events reference). The
// unprefixed keys are phoneKeys and nameKeys; amiSnapshotKey gives the
// prefixed ones the same context, whatever the prefix, and in lower case
// too (AMI client libraries lower-case keys: destcalleridnum).

// amiSnapshotKey returns the context of key when it is a prefixed AMI
// channel snapshot key, else ctxNone. It does not allocate.
func amiSnapshotKey(key []byte) keyCtx {
	n := len(key)
	if n < 9 {
		return ctxNone
	}
	switch lower(key[n-1]) {
	case 'm':
		if hasSuffixFold(key, "calleridnum") || hasSuffixFold(key, "connectedlinenum") {
			return ctxPhone
		}
	case 'e':
		if hasSuffixFold(key, "calleridname") || hasSuffixFold(key, "connectedlinename") {
			return ctxName
		}
	case 'n':
		// DestExten, TransfereeExten: the suffix starts a word of its
		// own, so that no longer word that ends in "exten" counts.
		if k := n - 5; hasSuffixFold(key, "exten") && (key[k] == 'E' && !isUpper(key[k-1]) && isAlnum(key[k-1]) || key[k-1] == '_') {
			return ctxPhone
		}
	}
	return ctxNone
}

// hasSuffixFold reports whether key is longer than the lower-case suffix s
// and ends with it, ignoring case.
func hasSuffixFold(key []byte, s string) bool {
	return len(key) > len(s) && foldEq(key[len(key)-len(s):], s)
}
