package redact

// phoneCompound reports whether a compound key name is a party's number in
// any case and with any separators: its last word is number, num, no, nr or
// nbr, and the word before it names a party of a call or message (Cisco CDRs'
// callingPartyNumber and originalCalledPartyNumber, redirecting_nr,
// destNo, callbackNumber, senderNumber). An order, card, port or serial
// number has no such word. An address is one after the words of
// addressPartyWord (originatingAddress, recipient_addr).
func phoneCompound(key []byte) bool {
	var last, prev []byte
	party := false
	for i := 0; i < len(key); {
		for i < len(key) && !isAlpha(key[i]) {
			i++
		}
		if i >= len(key) {
			break
		}
		j := i + 1
		for j < len(key) && isAlpha(key[j]) && !(isUpper(key[j]) && !isUpper(key[j-1])) {
			j++
		}
		// callerIdNumber, connectedLineIdNumber: "id" (and "line") between
		// the party and the number (scan_ccx.go).
		party = last != nil && (partyWord(last) || partyIDWord(prev, last))
		prev, last = last, key[i:j]
		i = j
	}
	return party && (foldEq(last, "number") || foldEq(last, "num") || foldEq(last, "no") ||
		foldEq(last, "nr") || foldEq(last, "nbr") || foldEq(last, "digits")) || // Webex's "Dialed digits"
		numberFirstKey(prev, last) || // Kazoo's digits_dialed (scan_keypbx.go)
		(foldEq(last, "address") || foldEq(last, "addr")) && prev != nil && addressPartyWord(prev)
}

// addressPartyWord reports whether w, before "address", makes the
// compound an SMS party's number (TS 23.040's TP-Originating-Address and
// TP-Recipient-Address, a CDR's originatingAddress, SMPP's source and
// destination address named by the party): a source or destination
// address is a host's as often, and is not one.
func addressPartyWord(w []byte) bool {
	for _, p := range [...]string{"originating", "originator", "origination", "recipient", "calling", "called", "callback", "msisdn"} {
		if foldEq(w, p) {
			return true
		}
	}
	return false
}

// partyWords name a party of a call or a message. Not "line": a
// lineNumber is more often a source line than a subscriber line.
var partyWords = []string{
	"caller", "callee", "calling", "called", "party", "dialed", "dialled",
	"destination", "dest", "origination", "originating", "connected", "redirect",
	"redirecting", "redirected", "forwarded", "forward", "transfer", "transferred",
	"from", "to", "src", "source", "dst", "cid", "ani", "dnis", "did", "msisdn",
	"contact", "mobile", "cell", "fax", "sms", "tel", "callback", "sender",
	"recipient", "subscriber", "connectedline",
	"ext", "extension", // Zoom Phone's caller_ext_number, owner.extension_number
}

func partyWord(w []byte) bool {
	for _, p := range partyWords {
		if foldEq(w, p) {
			return true
		}
	}
	return false
}
