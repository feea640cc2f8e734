package redact

// Keys of PBX platforms that name a party's number or name in shapes the
// key tables do not spell:
//
//   - Asterisk's party functions used as keys: a channel variable's name
//     in ARI's ChannelVarset and ari.conf's channelvars, or an AMI VarSet
//     event's Variable ("CALLERID(num)", "CALLERID(RDNIS)",
//     "CONNECTEDLINE(name)"): the argument says what the value is.
//   - a compound that ends in a number's own name: FreePBX's FROM_DID,
//     ARI's caller_rdnis, an SBC's orig_dnis, a dialplan's ORIG_DNID.
//   - a compound that puts the number word first: Kazoo's digits_dialed,
//     number_called.
//   - a dial string ("dialstring", "dial_string"): ARI's Dial event names
//     the endpoint dialled, a bare extension ("2001") as often as a
//     channel ("PJSIP/2001").
//   - a Call-ID under a platform's name for it: ARI's protocol_id,
//     Kazoo's bridge_id.
//   - a voicemail box ("mailbox", app_voicemail's "origmailbox"): a box
//     is an extension's number.

// pbxKey returns the context of key when it is one of the keys above,
// else ctxNone. key is at least five bytes long. It does not allocate.
func pbxKey(key []byte) keyCtx {
	n := len(key)
	switch lower(key[n-1]) {
	case ')':
		return partyFuncKey(key)
	case 's', 'd':
		if foldEq(key, "protocol_id") || foldEq(key, "bridge_id") {
			// ARI's Channel protocol_id: the SIP Call-ID of a
			// chan_pjsip channel; Kazoo's bridge_id, the Call-ID of
			// the leg bridged to.
			return ctxCallID
		}
		// ..._did, ..._dnis, ..._rdnis, ..._dnid, callerRdnis: the last
		// word of a compound.
		up := isUpper(key[n-1])
		w := n
		for w > 0 && isAlpha(key[w-1]) && isUpper(key[w-1]) == up {
			w--
		}
		if !up && w > 0 && isUpper(key[w-1]) {
			w-- // a camelCase word's capital
		}
		if w == 0 || w == n {
			return ctxNone
		}
		if c := key[w-1]; c != '_' && c != '-' && !(isUpper(key[w]) && isAlpha(c) && !isUpper(c)) {
			return ctxNone
		}
		return pbxNumberWord(key[w:])
	case 'g':
		if foldEq(key, "dialstring") || foldEq(key, "dial_string") {
			return ctxPhone
		}
	case 'x':
		if hasSuffixFold(key, "mailbox") || foldEq(key, "mailbox") {
			return ctxPhone
		}
	}
	return ctxNone
}

// pbxNumberWord returns ctxPhone when w is a number's own name: a DID,
// DNIS, DNID or RDNIS.
func pbxNumberWord(w []byte) keyCtx {
	if foldEq(w, "did") || foldEq(w, "dnis") || foldEq(w, "rdnis") || foldEq(w, "dnid") {
		return ctxPhone
	}
	return ctxNone
}

// partyFuncKey returns the context of a key written as one of Asterisk's
// party functions, "CALLERID(num)" (any case), else ctxNone.
func partyFuncKey(key []byte) keyCtx {
	o := 0
	for o < len(key) && isAlpha(key[o]) {
		o++
	}
	if o == len(key) || key[o] != '(' {
		return ctxNone
	}
	if f := key[:o]; !foldEq(f, "callerid") && !foldEq(f, "connectedline") && !foldEq(f, "redirecting") {
		return ctxNone
	}
	switch partyFuncArg(key[o+1 : len(key)-1]) {
	case DetName:
		return ctxName
	case DetPhone:
		return ctxPhone
	}
	return ctxNone
}

// partyFuncArg returns what the value of a party function with argument
// arg is: DetName, DetPhone, or 0 for another of its parts ("pres",
// "tag").
func partyFuncArg(arg []byte) Detector {
	for _, a := range [...]string{"name", "from-name", "to-name", "orig-name"} {
		if foldEq(arg, a) {
			return DetName
		}
	}
	for _, a := range [...]string{"num", "number", "from-num", "to-num", "orig-num", "ani", "ani-num", "dnid", "rdnis"} {
		if foldEq(arg, a) {
			return DetPhone
		}
	}
	return 0
}

// numberFirstKey reports whether the words of a compound key are a number
// word and then a party's participle: digits_dialed, number_called,
// NumberDialled.
func numberFirstKey(prev, last []byte) bool {
	if prev == nil || !(foldEq(prev, "digits") || foldEq(prev, "number")) {
		return false
	}
	return foldEq(last, "dialed") || foldEq(last, "dialled") || foldEq(last, "called")
}

// partyObject reports whether okey, the key of a JSON object, names a
// call's party, so that the object's "number" is the party's number:
// ARI's {"caller":{"name":...,"number":...}} and "connected", a CPaaS
// event's {"to":{"number":...}}.
func partyObject(okey []byte) bool {
	return len(okey) >= 2 && len(okey) <= 14 && (partyWord(okey) || foldEq(okey, "callerid") || foldEq(okey, "caller_id"))
}

// stasisEvent reports whether v, an event's type, is ARI's StasisStart,
// whose args are the arguments the dialplan passed to Stasis(): numbers
// as often as words (Stasis(ivr,${CALLERID(num)},${EXTEN})).
func stasisEvent(v []byte) bool { return string(v) == "StasisStart" }
