package redact

import "bytes"

// A person's name in free text, where no key, column or caller id marks
// it: "callback requested by Olena Kovalenko", "assigned to Jane Roe",
// "Dear Mr. Smith". Names cannot be told from other capitalised words
// (products, cities, companies) by their shape, so a name is found only
// when three things agree: a cue word before it that introduces a person
// (by, for, from, to, customer, caller, Dear...), a first word that is a
// common given name, and a capitalised surname after it. After an
// honorific (Mr, Mrs, Ms, Dr, Herr, Frau) the surname alone is enough.
// "by Google Chrome", "for New York" and "from Example Ltd" stay. With no
// cue, a common given name followed by a frequent surname (both lists'
// words) is a name too: "Jane Doe updated the ticket" (pairNameAt).

// textNameAt reports, cheaply, whether the capitalised word at src[i] may
// begin a name: a cue word and a blank stand before it.
func textNameAt(src []byte, i int) bool {
	return i >= 3 && isUpper(src[i]) && (src[i-1] == ' ' && (nameCue(src, i-1) != cueNone || mailHeaderBefore(src, i-1) || mailboxListBefore(src, i-1)) ||
		nameKeyBefore(src, i) || callerIDKeyBefore(src, i) || searchKeyBefore(src, i))
}

// searchKeyBefore reports whether src[i] begins the value of a search
// parameter in a query string read whole: '?' or '&', a key searchField
// knows, and '=' ("/search?q=Peter%20Parker", its escapes decoded).
func searchKeyBefore(src []byte, i int) bool {
	if src[i-1] != '=' {
		return false
	}
	k := i - 1
	for k > 0 && i-1-k < 12 && (isAlnum(src[k-1]) || src[k-1] == '_' || src[k-1] == '-') {
		k--
	}
	return k > 0 && (src[k-1] == '?' || src[k-1] == '&') && searchField(src[k:i-1])
}

// noTextName is the text_name start's may, written out for scanCtx: most
// capitalised words have no cue before them. (Not inlined: scanCtx's
// own inlining budget goes to runStarts.)
//
//go:noinline
func (s *scanner) noTextName(src []byte, i int) bool {
	if src[i] >= 0x80 {
		return !scriptCueAt(src, i) // a name in its own script (scan_worldname.go)
	}
	if textNameAt(src, i) || s.subjectWordAt(src, i) {
		return false
	}
	if i == 0 {
		return s.textNameCue(src, 0) == cueNone
	}
	return s.mailboxCue(src, i) == cueNone && !fileOwnerSpacedAt(src, i) && !callerFuncAt(src, i) && pairNameAt(src, i) == i &&
		actorNameEnd(src, i) == i
}

// signOffBefore reports whether the word that ends at src[c], a comma,
// signs off or greets: Thanks, Cheers, Regards, Sincerely, "Welcome
// back", Hi, Hello, Hey.
func signOffBefore(src []byte, c int) bool {
	s := c
	for s > 0 && c-s <= 9 && isAlpha(src[s-1]) {
		s--
	}
	if s > 0 && isAlnum(src[s-1]) {
		return false
	}
	w := src[s:c]
	switch len(w) {
	case 2:
		return foldEq(w, "hi")
	case 3:
		return foldEq(w, "hey")
	case 4:
		return foldEq(w, "back") && s >= 8 && foldEq(src[s-8:s-1], "welcome") && src[s-1] == ' ' || foldEq(w, "dear")
	case 5:
		return foldEq(w, "hello")
	case 6:
		return foldEq(w, "thanks") || foldEq(w, "cheers")
	case 7:
		return foldEq(w, "regards") || foldEq(w, "welcome")
	case 9:
		return foldEq(w, "sincerely")
	}
	return false
}

// pairNameAt returns the end of a name that no cue introduces when the
// word at src[i] is a common given name (givenNames) and the word after
// it, one blank apart, a frequent surname (surnames), both capitalised
// and neither part of an identifier, a path or a host name: "Jane Doe
// updated the ticket", args=('Jane Doe', 42). It returns i otherwise.
// The two lists together leave products and places alone (Google
// Chrome, New York, Santa Maria: no frequent surname after a given name).
func pairNameAt(src []byte, i int) int {
	if i > 0 {
		switch c := src[i-1]; {
		case c == ' ', c == '"', c == '\'', c == '(', c == '[', c == ',', c == '>', c == '\t':
		default:
			return i
		}
	}
	// The cheap shape first: Xx+ Yy+ (a Latin letter with a diacritic
	// among the small ones: Jürgen Müller, José García).
	e := i + 1
	for e < len(src) && e-i <= 12 {
		if 'a' <= src[e] && src[e] <= 'z' {
			e++
		} else if src[e] >= 0xc3 && src[e] <= 0xc5 {
			d, _ := latinSmall(src, e)
			if d == 0 {
				break
			}
			e += d
		} else {
			break
		}
	}
	if e-i < 2 || e+3 >= len(src) || src[e] != ' ' || !isUpper(src[e+1]) || !givenShaped(src[i], e-i) {
		return i
	}
	if p := surnamePrefixLen(src, e+1); p > 0 {
		// An Irish, Italian or Arabic surname, O'Brien, D'Angelo,
		// Al-Farsi, El-Sayed: the prefix makes it one, whatever the list.
		f := e + 1 + p + 1
		for f < len(src) && f-e <= 16 && 'a' <= src[f] && src[f] <= 'z' {
			f++
		}
		if f-(e+1+p+1) < 2 || f < len(src) && (isAlnum(src[f]) || src[f] == '_' || src[f] == '@' || src[f] == '/' || src[f] >= 0x80 ||
			(src[f] == '.' || src[f] == '-') && f+1 < len(src) && isAlnum(src[f+1])) || !givenName(src[i:e]) {
			// (O'Reilly-Media.com: a host's or a brand's name goes on.)
			return i
		}
		return f
	}
	if src[e+2] < 'a' || src[e+2] > 'z' {
		if d, _ := latinSmall(src, e+2); d == 0 {
			return i
		}
	}
	// The surname, folded to the list's ASCII as it is read (ü ue, ö oe,
	// ä ae, ß ss, other marks dropped: Müller mueller, García garcia,
	// Wiśniewski wisniewski).
	var b [20]byte
	b[0] = lower(src[e+1])
	n := 1
	f := e + 2
	for f < len(src) && f-e <= 16 && n+2 <= len(b) {
		if 'a' <= src[f] && src[f] <= 'z' {
			b[n] = src[f]
			n++
			f++
		} else if src[f] >= 0xc3 && src[f] <= 0xc5 {
			d, fold := latinSmall(src, f)
			if d == 0 {
				break
			}
			n += copy(b[n:], fold)
			f += d
		} else {
			break
		}
	}
	if f < len(src) && (isAlnum(src[f]) || src[f] == '_' || src[f] == '@' || src[f] == '/' || src[f] >= 0x80 ||
		src[f] == '.' && f+1 < len(src) && isAlnum(src[f+1]) || src[f] == '-' && f+1 < len(src) && isAlnum(src[f+1])) {
		return i
	}
	if !inSet(surnames, b[:n]) || !givenName(src[i:e]) {
		return i
	}
	return f
}

// surnamePrefixLen returns the length of the prefix of a surname at
// src[k] that makes the capitalised word after it a surname: 2 for O' and
// D', 3 for Al- and El-, with a capital after it; 0 for none.
func surnamePrefixLen(src []byte, k int) int {
	switch {
	case k+3 < len(src) && (src[k] == 'O' || src[k] == 'D') && src[k+1] == '\'' && isUpper(src[k+2]):
		return 2
	case k+4 < len(src) && (src[k] == 'A' || src[k] == 'E') && src[k+1] == 'l' && src[k+2] == '-' && isUpper(src[k+3]):
		return 3
	}
	return 0
}

// latinSmall reads a small Latin letter with a diacritic at src[k], in
// UTF-8 (two bytes, Latin-1 Supplement and Latin Extended-A), and returns
// its length and its ASCII spelling in a surname list: ü ue, ö oe, ä ae,
// ß ss, œ oe, the base letter for the others (é e, ñ n, ł l, ś s); 0 for
// anything else.
func latinSmall(src []byte, k int) (int, string) {
	if k+1 >= len(src) || src[k] < 0xc3 || src[k] > 0xc5 || src[k+1] < 0x80 || src[k+1] > 0xbf {
		return 0, ""
	}
	c := src[k+1]
	switch src[k] {
	case 0xc3: // U+00DF-U+00FF
		switch {
		case c == 0x9f:
			return 2, "ss"
		case c == 0xa4:
			return 2, "ae"
		case c == 0xb6:
			return 2, "oe"
		case c == 0xbc:
			return 2, "ue"
		case c >= 0xa0 && c <= 0xa5:
			return 2, "a"
		case c == 0xa7:
			return 2, "c"
		case c >= 0xa8 && c <= 0xab:
			return 2, "e"
		case c >= 0xac && c <= 0xaf:
			return 2, "i"
		case c == 0xb1:
			return 2, "n"
		case c >= 0xb2 && c <= 0xb5, c == 0xb8:
			return 2, "o"
		case c >= 0xb9 && c <= 0xbb:
			return 2, "u"
		case c == 0xbd, c == 0xbf:
			return 2, "y"
		}
	case 0xc4: // U+0100-U+013F: the small letters at odd code points up to U+0137, ĺ ļ ľ
		switch {
		case c&1 == 1 && c <= 0xb7:
			x := (c - 0x81) >> 1
			return 2, latinExtA[x : x+1]
		case c == 0xba, c == 0xbc, c == 0xbe:
			return 2, "l"
		}
	case 0xc5: // U+0140-U+017F
		switch c {
		case 0x82:
			return 2, "l"
		case 0x84, 0x86, 0x88:
			return 2, "n"
		case 0x8d, 0x8f, 0x91:
			return 2, "o"
		case 0x93:
			return 2, "oe"
		case 0x95, 0x97, 0x99:
			return 2, "r"
		case 0x9b, 0x9d, 0x9f, 0xa1:
			return 2, "s"
		case 0xa3, 0xa5, 0xa7:
			return 2, "t"
		case 0xa9, 0xab, 0xad, 0xaf, 0xb1, 0xb3:
			return 2, "u"
		case 0xb5:
			return 2, "w"
		case 0xb7:
			return 2, "y"
		case 0xba, 0xbc, 0xbe:
			return 2, "z"
		}
	}
	return 0, ""
}

// latinExtA spells the small letters at the odd code points U+0101 to
// U+0137 by their base letter: ā ă ą, ć ĉ ċ č, ď đ, ē ĕ ė ę ě, ĝ ğ ġ ģ,
// ĥ ħ, ĩ ī ĭ į ı, ĳ, ĵ, ķ.
const latinExtA = "aaaccccddeeeeegggghhiiiiiijk"

// mailboxCue returns the cue of a display name at src[i] (i > 0) that
// an e-mail address marks, whatever stands before it: one to four
// capitalised words followed by " <address>" or " (address)" (a
// name-addr, RFC 5322 3.4; Cisco Umbrella's and many directories' "Jane
// Doe (jane@example.com)"), or in parentheses after an address,
// "jane@example.com (Jane Doe)" (RFC 822's comment form, still written by
// mail and LDAP tools). Only a record with an '@' ahead is read for the
// first.
func (s *scanner) mailboxCue(src []byte, i int) int {
	if !isUpper(src[i]) {
		return cueNone
	}
	if src[i-1] == '(' {
		if i >= 2 && src[i-2] == ' ' {
			if e := displayWordsEnd(src, i); e > i && e < len(src) && src[e] == ')' &&
				(i == 2 && addrOf(src, 0) == s.emailEnd || i >= 4 && addressBefore(src, i-2)) {
				// (At i == 2 the scan resumed after a match: an address
				// when it was the last one next returned.)
				return cueComment
			}
		}
		return cueNone
	}
	if s.emailAhead(src, i) {
		return mailboxNameAt(src, i)
	}
	return cueNone
}

// mailboxNameAt returns cueMailbox when the capitalised words at src[i]
// (i > 0) are a display name before its address (see mailboxCue).
func mailboxNameAt(src []byte, i int) int {
	switch src[i-1] {
	case ' ', '"', '\'', '=', ':', ',', '\t':
		if i == 1 && src[0] != ' ' && src[0] != '\t' {
			break
		}
		if mailboxNameEnd(src, i) > 0 {
			return cueMailbox
		}
	}
	return cueNone
}

// mailboxNameEnd returns the end of the unquoted display name at src[i]
// that " <address>" or " (address)" follows, or -1.
func mailboxNameEnd(src []byte, i int) int {
	if e := displayWordsEnd(src, i); e > i && e+2 < len(src) && src[e] == ' ' &&
		(src[e+1] == '<' && mailboxClosedBy(src, e+2, '>') || src[e+1] == '(' && mailboxClosedBy(src, e+2, ')')) {
		return e
	}
	return -1
}

// displayWordsEnd returns the end of one to four capitalised words from
// src[i], one blank apart (i: none).
func displayWordsEnd(src []byte, i int) int {
	end := titleWord(src, i)
	for w := 1; end > i && w < 4 && end+1 < len(src) && src[end] == ' ' && isUpper(src[end+1]); w++ {
		e := titleWord(src, end+1)
		if e == end+1 {
			break
		}
		end = e
	}
	return end
}

// addressBefore reports whether the word that ends at the blank src[b] is
// an e-mail address: an '@' with a local part before it and a dotted
// domain after it.
func addressBefore(src []byte, b int) bool {
	at, dot := -1, false
	k := b - 1
	for ; k >= 0 && b-k <= 254; k-- {
		c := src[k]
		if c <= ' ' || c == '<' || c == '"' || c == ',' || c == ';' || c == '(' || c == ')' || c == '=' || c == ':' {
			break
		}
		switch {
		case c == '@':
			if at >= 0 {
				return false
			}
			at = k
		case c == '.' && at < 0:
			dot = true
		}
	}
	return at > k+1 && dot
}

// callerIDKeyBefore reports whether src[i] opens the unquoted value of a
// caller id key (clid=, callerid=, caller_id=, CallerID: ), a display
// name and a number in angle brackets: clid=Anna Kovalenko <4155550123>.
func callerIDKeyBefore(src []byte, i int) bool {
	j := i - 1
	if src[j] == ' ' {
		j--
	}
	if j < 4 || src[j] != '=' && src[j] != ':' {
		return false
	}
	k := j
	for k > 0 && (isAlpha(src[k-1]) || src[k-1] == '_') {
		k--
	}
	if k > 0 && isKeyByte(src[k-1]) {
		return false
	}
	return clidField(src[k:j])
}

// numberInBrackets reports whether src[k:] is 3 to 15 digits (after an
// optional '+') closed by '>'.
func numberInBrackets(src []byte, k int) bool {
	if k < len(src) && src[k] == '+' {
		k++
	}
	d := k
	for d < len(src) && isDigit(src[d]) && d-k <= 15 {
		d++
	}
	return d-k >= 3 && d-k <= 15 && d < len(src) && src[d] == '>'
}

// mailHeaderBefore reports whether the blank at src[b] follows an e-mail
// header's name and its colon, a header whose value is a list of
// mailboxes (RFC 5322 3.6.2, 3.6.3): From, To, Cc, Bcc, Reply-To,
// Sender.
func mailHeaderBefore(src []byte, b int) bool {
	if b < 3 || src[b-1] != ':' {
		return false
	}
	s := b - 1
	for s > 0 && (isAlpha(src[s-1]) || src[s-1] == '-') {
		s--
	}
	if s > 0 && isKeyByte(src[s-1]) {
		return false
	}
	var w [16]byte
	if b-1-s > len(w) {
		return false
	}
	for k, c := range src[s : b-1] {
		w[k] = lower(c)
	}
	switch string(w[:b-1-s]) {
	case "from", "to", "cc", "bcc", "reply-to", "sender",
		// git's commit headers and trailers (git log, git
		// interpret-trailers; the Linux kernel's tags): Author:
		// Jane Doe <jane@example.com>, Signed-off-by: ...
		"author", "commit", "committer", "signed-off-by", "co-authored-by", "reported-by", "reviewed-by",
		"acked-by", "tested-by", "suggested-by", "helped-by", "requested-by":
		return true
	}
	return false
}

// mailboxListBefore reports whether the blank at src[b] follows the ">,"
// that ends the previous mailbox of a list: "Ann Lee <ann@example.com>,
// Bob Roe <bob@example.org>". The next name counts only when its own
// <address> follows, as after a header's name.
func mailboxListBefore(src []byte, b int) bool {
	return b >= 2 && src[b-1] == ',' && src[b-2] == '>'
}

// mailHeaderKey reports whether key names a mail header whose value is a
// mailbox list ("to", "From", "reply-to"...): Mailgun's and Postmark's
// message headers, SendGrid's inbound parse, an SMTP relay's JSON log.
func mailHeaderKey(key []byte) bool {
	switch len(key) {
	case 2:
		return foldEq(key, "to") || foldEq(key, "cc")
	case 3:
		return foldEq(key, "bcc")
	case 4:
		return foldEq(key, "from")
	case 6:
		return foldEq(key, "sender")
	case 8:
		return foldEq(key, "reply_to")
	}
	return false
}

// textNameCue returns the cue before the capitalised word at src[i]: a
// cue word, an honorific, a key called name before the value (name="Anna
// Kovalenko", "name": "Anna Kovalenko", 'name': 'Anna Kovalenko'), or,
// at the start of a value, that value's key when it is called name (a
// JSON member outside a person object, which json.go reads whole). A
// key called name holds services, files and objects as often as people,
// so it only stands in for a cue word: the given name and the surname
// are still required.
func (s *scanner) textNameCue(src []byte, i int) int {
	if src[i] >= 0x80 {
		if scriptCueAt(src, i) {
			return cuePerson
		}
		return cueNone
	}
	switch {
	case i == 0:
		if len(s.key) > 0 && len(src) > 0 && isUpper(src[0]) {
			if mailHeaderKey(s.key) {
				return cueMailbox // {"to":"Alice Doe <alice@example.com>"}: mail webhooks' headers
			}
			if s.kinfo.kind&(kindNameWord|kindSubject) != 0 {
				return cuePerson
			}
		}
	case s.subjectWordAt(src, i):
		return cuePerson
	case !textNameAt(src, i):
	case src[i-1] == ' ' && nameCue(src, i-1) != cueNone:
		return nameCue(src, i-1)
	case src[i-1] == ' ' && (mailHeaderBefore(src, i-1) || mailboxListBefore(src, i-1)):
		return cueMailbox
	case callerIDKeyBefore(src, i):
		return cueCallerID
	case nameKeyBefore(src, i), searchKeyBefore(src, i):
		return cuePerson
	}
	if i >= 1 {
		if c := s.mailboxCue(src, i); c != cueNone {
			return c
		}
	}
	if fileOwnerSpacedAt(src, i) {
		return cueFile
	}
	if callerFuncAt(src, i) {
		return cueCallerFunc
	}
	if pairNameAt(src, i) > i {
		return cuePair
	}
	if actorNameEnd(src, i) > i {
		return cueActor
	}
	return cueNone
}

// actorNameEnd returns the end of the name at src[i] when a notification's
// verb follows it, as invitations, shares and mentions are written: a
// common given name, and a capitalised surname after it, then a blank and
// "invited you", "sent you", "mentioned you", "shared", "wants to"...
// ("Aisha invited you to Example Shop", "Jane Doe shared a file"); i
// otherwise. A product's or a company's name before the verb ("Acme
// invited you") is no given name.
func actorNameEnd(src []byte, i int) int {
	// The cheap shape first: the word's letters, a blank, then a capital
	// (a surname) or a verb's first letter.
	w := i + 1
	for w < len(src) && (isAlpha(src[w]) || src[w] >= 0x80) {
		w++
	}
	if w+4 >= len(src) || src[w] != ' ' || !isUpper(src[w+1]) && !actorVerbFirst(src[w+1]) {
		return i
	}
	first := titleWordU(src, i)
	if first == i || first+4 >= len(src) || src[first] != ' ' {
		return i
	}
	end := first
	if !actorVerbAt(src, end+1) {
		e := titleWordU(src, end+1)
		if e == end+1 || e+4 >= len(src) || src[e] != ' ' || !actorVerbAt(src, e+1) {
			return i
		}
		end = e
	}
	if !givenName(src[i:first]) {
		return i
	}
	return end
}

// actorVerbFirst reports whether c may begin a verb actorVerbAt reads.
func actorVerbFirst(c byte) bool {
	switch c {
	case 'i', 's', 'm', 'a', 't', 'r', 'w', 'h':
		return true
	}
	return false
}

// actorVerbAt reports whether a notification's verb about its reader
// starts at src[j]: invited you, sent you, mentioned you, added you,
// tagged you, assigned you, referred you, shared, wants to, would like
// to, has invited (sent, shared), is inviting.
func actorVerbAt(src []byte, j int) bool {
	if j >= len(src) || !actorVerbFirst(src[j]) {
		return false
	}
	w := j
	for w < len(src) && 'a' <= src[w] && src[w] <= 'z' {
		w++
	}
	verb := src[j:w]
	you := w+4 <= len(src) && src[w] == ' ' && string(src[w+1:w+4]) == "you" && (w+4 == len(src) || !isAlpha(src[w+4]))
	switch string(verb) {
	case "invited", "sent", "mentioned", "added", "tagged", "assigned", "referred":
		return you
	case "shared":
		return w < len(src) && src[w] == ' '
	case "wants", "would":
		return w+3 < len(src) && src[w] == ' ' && (string(src[w+1:w+3]) == "to" || w+5 < len(src) && string(src[w+1:w+5]) == "like")
	case "has", "is":
		if w >= len(src) || src[w] != ' ' {
			return false
		}
		k := w + 1
		e := k
		for e < len(src) && 'a' <= src[e] && src[e] <= 'z' {
			e++
		}
		switch string(src[k:e]) {
		case "invited", "sent", "shared", "inviting":
			return true
		}
	}
	return false
}

// subjectWordAt reports whether the capitalised word at src[i] (i > 0)
// follows a blank in the value of a mail subject's key (subjectField),
// where every word may begin a name.
func (s *scanner) subjectWordAt(src []byte, i int) bool {
	return i > 0 && s.kinfo.kind&kindSubject != 0 && src[i-1] == ' ' && isUpper(src[i]) && len(s.key) > 0
}

// nameKeyBefore reports whether src[i] begins the value of a key called
// name, written as text: an optional quote (escaped or not), blanks, '=',
// ':' or "=>", blanks, and the key, in quotes or not.
func nameKeyBefore(src []byte, i int) bool {
	j := i - 1
	if c := src[j]; c != '"' && c != '\'' && c != ' ' && c != '=' && c != ':' {
		return false
	}
	j = skipQuote(src, j)
	for j >= 0 && src[j] == ' ' {
		j--
	}
	if j > 0 && src[j] == '>' && src[j-1] == '=' {
		j-- // Ruby's Hash#inspect: "name"=>"Anna Kovalenko" (Rails' Parameters:)
	}
	if j < 0 || src[j] != '=' && src[j] != ':' && src[j] != ',' {
		return false
	}
	pair := src[j] == ',' // ["name", "Anna Kovalenko"]: ActiveRecord's binds (stringPairAt)
	j--
	for j >= 0 && src[j] == ' ' {
		j--
	}
	j = skipQuote(src, j)
	k := j - 3 // the key's first byte
	if k >= 0 && lower(src[k]) == 'n' && lower(src[k+1]) == 'a' && lower(src[k+2]) == 'm' && lower(src[k+3]) == 'e' &&
		(k == 0 || !isKeyByte(src[k-1]) && src[k-1] != '\\') {
		if pair {
			return k >= 2 && src[k-1] == '"' && src[k-2] == '['
		}
		return true
	}
	// A key that holds a person (customer="Fatima Hassan", patient:
	// "Anna Kowalska") or a friendly name (friendlyName: "Chloé
	// Dubois"): its value is read as after a person's cue word.
	for k = j + 1; k > 0 && j+1-k < 20 && (isAlpha(src[k-1]) || src[k-1] == '_'); k-- {
	}
	return !pair && k <= j && (personKey(src[k:j+1]) || friendlyNameKey(src[k:j+1]) || actorKey(src[k:j+1])) && (k == 0 || !isKeyByte(src[k-1]) && src[k-1] != '\\')
}

// roleQuotedEnd returns the end of the quoted value that starts at src[i]
// when the key before it names a person's role (roleKey), written as text:
// assignee="Katarina Petrova", created_by: 'Dmitri Volkov'; 0 otherwise.
func roleQuotedEnd(src []byte, i int) int {
	q := src[i-1]
	if q != '"' && q != '\'' {
		return 0
	}
	j := i - 2
	for j >= 0 && src[j] == ' ' {
		j--
	}
	if j < 0 || src[j] != '=' && src[j] != ':' {
		return 0
	}
	j--
	for j >= 0 && src[j] == ' ' {
		j--
	}
	j = skipQuote(src, j)
	k := j + 1
	for k > 0 && j+1-k < 24 && (isAlpha(src[k-1]) || src[k-1] == '_' || src[k-1] == '-') {
		k--
	}
	if k > j || k > 0 && (isKeyByte(src[k-1]) || src[k-1] == '\\') || !roleKey(src[k:j+1]) {
		return 0
	}
	e := bytes.IndexByte(src[i:min(len(src), i+64)], q)
	if e <= 0 {
		return 0
	}
	return i + e
}

// skipQuote returns the index before the quote at src[j] and the
// backslash that escapes it, or j when src[j] is no quote.
func skipQuote(src []byte, j int) int {
	if j >= 0 && (src[j] == '"' || src[j] == '\'') {
		j--
		if j >= 0 && src[j] == '\\' {
			j--
		}
	}
	return j
}

const (
	cueNone       = iota
	cuePerson     // a word that introduces a person: the given name must be one
	cueHonorific  // Mr, Mrs, Dr...: the word after it is a surname
	cueMailbox    // From:, To:, Cc:...: the words are a name when an <address> follows
	cueCallerID   // clid=, CallerID: ...: the words are a name when a <number> follows
	cueComment    // "jane@example.com (": the words up to ')' are the address's display name
	cueGreeting   // Dear, Hello, Hi, Hallo, Bonjour, Hola...: as cuePerson, and a salutation's words before ',' are a name
	cueFile       // the first name in a file's name with blanks (scan_filename.go)
	cueCallerFunc // Asterisk's CALLERID(name)= and its kin: the value is a name or a number (scan_callerfunc.go)
	cuePair       // no cue: a common given name and a frequent surname, both capitalised (pairNameAt)
	cueSpoke      // "spoke to", "talked with", "it's", "my name is": as cuePerson, and a common given name alone is a name
	cueActor      // no cue before: a common given name (and a surname) that a notification's verb follows (actorNameEnd)
)

// nameCue classifies the word that ends at src[e] (before a blank): a cue
// that introduces a person, an honorific (with or without its full stop),
// or none.
func nameCue(src []byte, e int) int {
	s := e
	for s > 0 && isAlpha(src[s-1]) {
		s--
	}
	w := src[s:e]
	if len(w) == 0 && e > 2 && src[e-1] == ':' && isAlpha(src[e-2]) {
		// A label: "emergency contact: Maria Rossi", "Customer: Olga
		// Petrenko". Only the words that introduce a person count.
		if nameCue(src, e-1) == cuePerson || replyPrefix(src[:e-1]) {
			return cuePerson
		}
		return cueNone
	}
	if len(w) == 0 && e > 2 && src[e-1] == ',' && signOffBefore(src, e-1) {
		// "Thanks, Jane", "Best regards, Maria Rossi", "Welcome back,
		// Olena!": a sign-off or greeting and its comma.
		return cueGreeting
	}
	if len(w) == 0 && e > 2 && src[e-1] == '-' && src[e-2] == ' ' && docKindBefore(src, e-1) {
		// A document's kind before a dash: "Fw: CV - Jane Doe",
		// "Payslip - Jane Doe" (the words of docKindBefore).
		return cuePerson
	}
	if len(w) == 0 && e > 1 && src[e-1] == '.' {
		s = e - 1
		for s > 0 && isAlpha(src[s-1]) {
			s--
		}
		if w = src[s : e-1]; !honorific(w) || s > 0 && src[s-1] != ' ' && src[s-1] != '(' && src[s-1] != '"' {
			return cueNone // "300Ms. Total": a unit, not a title
		}
		return cueHonorific
	}
	if len(w) == 1 && selfIntro(src, s) {
		return cueSpoke // "Hi, it's Jane Doe", "I'm Jane Doe", "Hi it's Dmytro, my new number is…"
	}
	if len(w) < 2 || len(w) > 10 || s > 0 && (isAlnum(src[s-1]) || src[s-1] == '_' || src[s-1] == '-' || src[s-1] == '.') {
		return cueNone
	}
	if honorific(w) && (s == 0 || src[s-1] == ' ' || src[s-1] == '(' || src[s-1] == '"') {
		return cueHonorific
	}
	var b [10]byte
	for k, c := range w {
		b[k] = lower(c)
	}
	switch string(b[:len(w)]) {
	case "dear", "hello", "hi", "hey", "hallo", "moin", "servus", "liebe", "lieber", "bonjour", "salut", "hola",
		"estimado", "estimada", "querido", "querida", "ciao", "gentile", "hej", "hoi", "beste", "witaj":
		// English, German, French, Spanish, Italian, Nordic, Dutch and
		// Polish salutations.
		return cueGreeting
	case "to", "with":
		if speechVerb(introWord(src, s)) {
			return cueSpoke // a call centre's note: "spoke to Maria, call back after 5pm"
		}
		return cuePerson
	case "welcome", // "Welcome Jane Doe!": a mail's subject, a chat's greeting
		"by", "for", "from", "customer", "client", "user", "caller",
		"callee", "contact", "agent", "patient", "named", "called", "member", "guest", "driver", "employee",
		"buyer", "seller", "recipient", "sender", "owner", "tenant", "applicant", "student", "visitor",
		// Travel and payments: a card's holder, a passenger, a guest.
		"holder", "cardholder", "passenger", "pax", "traveller", "traveler",
		// Family: a CRM's or an agent's note on who else to ask for
		// ("spouse Tomasz O'Brien handles billing").
		"spouse", "wife", "husband", "partner", "son", "daughter", "mother", "father", "brother", "sister",
		"parent", "guardian", "sibling":
		return cuePerson
	case "verified", "authenticated", "identified":
		// An agent's note on whom the caller proved to be: "Verified
		// Maria, DOB ok"; as after "spoke to", a common given name
		// alone is a name ("verified Support" stays).
		return cueSpoke
	case "is", "am":
		// A caller or a writer introducing themselves: "this is Jane
		// Doe", "my name is Jane Doe", "I am Jane Doe" (a voicemail's
		// transcript, an inbound text message).
		if p := introWord(src, s); foldEq(p, "this") || foldEq(p, "name") || w[1]|0x20 == 'm' && foldEq(p, "i") {
			return cueSpoke // a given name alone too: "my name is Olena"
		}
	}
	return cueNone
}

// speechVerb reports whether w is a verb of talking that "to" or "with"
// follows before the person talked to: spoke, spoken, talked, speak,
// speaking, talking, chatted.
func speechVerb(w []byte) bool {
	if len(w) < 5 || len(w) > 8 {
		return false
	}
	var b [8]byte
	for k, c := range w {
		b[k] = lower(c)
	}
	switch string(b[:len(w)]) {
	case "spoke", "spoken", "talked", "speak", "speaking", "talking", "chatted":
		return true
	}
	return false
}

// introWord returns the word that ends one blank before src[s], or nil.
func introWord(src []byte, s int) []byte {
	if s < 2 || src[s-1] != ' ' {
		return nil
	}
	p := s - 1
	for p > 0 && isAlpha(src[p-1]) {
		p--
	}
	return src[p : s-1]
}

// selfIntro reports whether the one letter at src[s] ends a contraction
// that introduces the speaker: "it's" or "I'm", with an ASCII or a
// typographic apostrophe.
func selfIntro(src []byte, s int) bool {
	c := src[s] | 0x20
	if c != 's' && c != 'm' {
		return false
	}
	a := s - 1
	switch {
	case a >= 0 && src[a] == '\'':
	case a >= 2 && src[a] == 0x99 && src[a-1] == 0x80 && src[a-2] == 0xe2: // U+2019
		a -= 2
	default:
		return false
	}
	p := a
	for p > 0 && isAlpha(src[p-1]) {
		p--
	}
	if p > 0 && isAlnum(src[p-1]) {
		return false
	}
	if c == 's' {
		return foldEq(src[p:a], "it")
	}
	return foldEq(src[p:a], "i")
}

// replyPrefix reports whether src ends with a mail subject's reply or
// forward prefix (RFC 5322 3.6.5 "Re", and "Fw", "Fwd", "AW", "WG") that
// opens the text or follows a blank or a quote: "Re: Jane Doe's sick
// note".
func replyPrefix(src []byte) bool {
	n := len(src)
	w := 0
	for w < 3 && w < n && isAlpha(src[n-1-w]) {
		w++
	}
	if w < 2 || n > w && src[n-1-w] != ' ' && src[n-1-w] != '"' {
		return false
	}
	word := src[n-w:]
	return foldEq(word, "re") || foldEq(word, "fw") || foldEq(word, "fwd") || foldEq(word, "aw") || foldEq(word, "wg")
}

// honorific reports whether w is a title written before a surname.
func honorific(w []byte) bool {
	switch string(w) {
	case "Mr", "Mrs", "Ms", "Mx", "Dr", "Herr", "Frau", "Prof", "Mme", "Mlle":
		return true
	}
	return false
}

// titleWord returns the end of the capitalised word at src[i] (a capital,
// then lower-case letters, UTF-8 letters, and an apostrophe or a hyphen
// between letters: O'Brien, Müller-Lüdenscheidt), or i when there is none.
func titleWord(src []byte, i int) int {
	if i >= len(src) || !isUpper(src[i]) {
		return i
	}
	e := i + 1
	for e < len(src) {
		c := src[e]
		switch {
		case 'a' <= c && c <= 'z', utf8Letter(c), isUpper(c) && (src[e-1] == '\'' || src[e-1] == '-' || e == i+2 && src[i] == 'M' && src[i+1] == 'c'): // McCarthy
			e++
		case (c == '\'' || c == '-') && e+1 < len(src) && (isAlpha(src[e+1]) || utf8Letter(src[e+1])) &&
			(e > i+1 || c == '\'' && isUpper(src[e+1])): // O'Brien, D'Angelo
			e++
		default:
			goto done
		}
	}
done:
	if e-i < 2 || e < len(src) && (isAlnum(src[e]) || src[e] == '_' || src[e] == '@' || src[e] == '/' || src[e] == '.' && e+1 < len(src) && isAlnum(src[e+1])) {
		return i // part of an identifier, an address or a path
	}
	return e
}

// scanTextName matches a name that starts at src[i] after a cue word.
func (s *scanner) scanTextName(src []byte, i int) (hit, bool) {
	cue := s.textNameCue(src, i)
	if cue == cueNone {
		return hit{}, false
	}
	if cue == cueFile {
		// fileOwnerSpacedAt only saw a '.' ahead: an address's or a
		// host's ("Jane Doe","x":"j@example.com") as often as a file's
		// extension. When no file name follows, the words are read as
		// without that cue: a given name and a surname.
		if h, ok := scanFileOwnerSpaced(src, i); ok {
			return h, true
		}
		if e := pairNameAt(src, i); e > i {
			return hit{det: DetName, start: i, end: e}, true
		}
		return hit{}, false
	}
	if cue == cueCallerFunc {
		return scanCallerFunc(src, i)
	}
	if cue == cuePair {
		return hit{det: DetName, start: i, end: pairNameAt(src, i)}, true
	}
	if cue == cueActor {
		return hit{det: DetName, start: i, end: actorNameEnd(src, i)}, true // Aisha invited you to Example Shop
	}
	if src[i] >= 0x80 && scriptOf(src[i]) != scriptLatin {
		return scanScriptName(src, i) // after a person's cue (scriptCueAt)
	}
	first := titleWordU(src, i)
	if first == i {
		if cue == cuePerson && capsCue(src, i) {
			return scanCapsName(src, i) // holder JOHN SMITH (scan_worldname.go)
		}
		return hit{}, false
	}
	if cue == cueMailbox || cue == cueCallerID || cue == cueComment {
		// A display name without quotes: up to four capitalised words,
		// then the address (or the caller's number) in angle brackets
		// or parentheses, or the ')' that closes a comment after it.
		end := displayWordsEnd(src, i)
		switch {
		case cue == cueComment:
			if end < len(src) && src[end] == ')' {
				return hit{det: DetName, start: i, end: end}, true
			}
		case end+2 < len(src) && src[end] == ' ' && src[end+1] == '<' &&
			(cue == cueMailbox && mailboxAt(src, end+2) || cue == cueCallerID && numberInBrackets(src, end+2)),
			cue == cueMailbox && end+2 < len(src) && src[end] == ' ' && src[end+1] == '(' && mailboxClosedBy(src, end+2, ')'):
			return hit{det: DetName, start: i, end: end}, true
		}
		return hit{}, false
	}
	if cue == cueHonorific {
		if surnameStop(src[i:first]) {
			return hit{}, false
		}
		// Mr. Smith; Mr. Zbigniew Nowicki, a given name and a surname
		// (one more capitalised word that ends the name).
		if e := titleWord(src, first+1); first+2 < len(src) && src[first] == ' ' && e > first+1 &&
			!surnameStop(src[first+1:e]) && (e == len(src) || !isAlpha(src[e]) && (e+1 >= len(src) || src[e] != ' ' || !isUpper(src[e+1]) || nameSuffixAt(src, e+1))) {
			return hit{det: DetName, start: i, end: e}, true
		}
		return hit{det: DetName, start: i, end: first}, true
	}
	if cue == cueGreeting {
		// A salutation: "Hello Bogdana," "Hi John," "Dear Taras
		// Shevchuk,": one or two capitalised words closed by ',' or
		// '!', whatever the given name, but for the words that greet
		// no one. A common given name without them is read on as after
		// any cue ("Hello John Smith and welcome").
		end := first
		if e := titleWord(src, first+1); first+2 < len(src) && src[first] == ' ' && e > first+1 {
			end = e
		}
		if end < len(src) && (src[end] == ',' || src[end] == '!') && !salutationStop(src[i:first]) && (end == first || !surnameStop(src[first+1:end])) {
			return hit{det: DetName, start: i, end: end}, true
		}
		if (end == len(src) || src[end] == '.' || src[end] == '"') && i > 2 && src[i-2] == ',' && givenName(src[i:first]) &&
			(end == first || !surnameStop(src[first+1:end])) {
			// A sign-off that ends the text or its sentence: "Thanks,
			// Jane", "Regards, Jane Doe.".
			return hit{det: DetName, start: i, end: end}, true
		}
		if !givenName(src[i:first]) {
			return hit{}, false
		}
	}
	if cue == cueSpoke {
		if (first == len(src) || src[first] != ' ' || first+1 < len(src) && !isUpper(src[first+1])) && givenName(src[i:first]) {
			return hit{det: DetName, start: i, end: first}, true // spoke to Maria, call back after 5pm
		}
		cue = cuePerson
	}
	if cue == cuePerson && first+3 < len(src) && src[first] == ',' && src[first+1] == ' ' {
		return invertedName(src, i, first) // Fischer, Lukas
	}
	if first+2 >= len(src) || src[first] != ' ' {
		return hit{}, false
	}
	if !givenName(src[i:first]) {
		if i == 0 && cue == cuePerson && roleKey(s.key) {
			if e := roleNameEnd(src); e > 0 {
				return hit{det: DetName, start: 0, end: e}, true // {"assignee":"Katarina Petrova"}
			}
		}
		if i > 0 && cue == cuePerson {
			if q := roleQuotedEnd(src, i); q > 0 && roleNameEnd(src[i:q]) > 0 {
				return hit{det: DetName, start: i, end: q}, true // assignee="Katarina Petrova"
			}
		}
		// The family name first (Nguyễn Văn An, Kim Min-jun), or a
		// given name no list knows before a frequent surname
		// (Gurpreet Singh): scan_worldname.go.
		if h, ok := scanFamilyFirst(src, i, first); ok {
			return h, true
		}
		if e := titleWordU(src, first+1); e > first+1 && inSet(trailingSurnames, src[first+1:e]) && !placeAfter(src, e) {
			return hit{det: DetName, start: i, end: e}, true
		}
		return hit{}, false
	}
	// The surname, after particles (van der, bin, al-), and after a
	// middle name the surname that follows it.
	p := particleEnd(src, first+1)
	end := surnameAt(src, p)
	if end == p || surnameStop(src[p:end]) {
		return hit{}, false
	}
	if p == first+1 && end+2 < len(src) && src[end] == ' ' && givenName(src[first+1:end]) {
		if e2 := titleWord(src, end+1); e2 > end+1 && !surnameStop(src[end+1:e2]) {
			end = e2 // Mary Ann Lee
		}
	}
	if end+2 < len(src) && src[end] == ' ' {
		if e3 := titleWordU(src, end+1); e3 > end+1 && inSet(trailingSurnames, src[end+1:e3]) {
			end = e3 // María José García López, Venkata Ramana Reddy
		}
	}
	return hit{det: DetName, start: i, end: end}, true
}

// roleKey reports whether key names the role a person plays in a record,
// as a ticket's, an order's or a resource's people are keyed: assignee,
// customer, owner, created_by, approvedBy. Its value, when it is a name
// and nothing else, is a person's whatever the given name (roleNameEnd).
// The keys of objects that hold a person's fields without being one
// (billing_address, card, profile) and of mail headers are not.
func roleKey(key []byte) bool {
	if actorKey(key) {
		return true
	}
	if !personKey(key) {
		return false
	}
	switch lowerKey(key) {
	case "card", "credit_card", "payment_card", "profile", "addresses", "billing", "shipping", "billing_details",
		"shipping_details", "customer_details", "customer_shipping", "billing_address", "shipping_address",
		"default_address", "from", "to", "cc", "bcc", "reply_to", "lead", "connected",
		// Software as often as people: a database driver, an HTTP
		// client, a user agent.
		"driver", "client", "agent":
		return false
	}
	return true
}

// actorKey reports whether key names who did something to a record:
// created_by, approvedBy, last-modified-by, Jira's and ServiceNow's
// sys_updated_by.
func actorKey(key []byte) bool {
	n := len(key)
	return n > 4 && (foldEq(key[n-3:], "_by") || foldEq(key[n-3:], "-by") || key[n-2] == 'B' && key[n-1] == 'y' && key[n-3] >= 'a' && key[n-3] <= 'z')
}

// lowerKey returns key in lower case with '-' as '_', when it is short
// enough to be a role's key ("" otherwise). It does not allocate: the
// result is only compared in a switch.
func lowerKey(key []byte) string {
	var b [24]byte
	if len(key) > len(b) {
		return ""
	}
	for i, c := range key {
		c = lower(c)
		if c == '-' {
			c = '_'
		}
		b[i] = c
	}
	return string(b[:len(key)])
}

// roleNameEnd returns len(v) when v is a person's name and nothing else:
// two or three capitalised words of letters (a particle between them, a
// hyphen or an apostrophe inside), none a word that names a thing, a team
// or a role (Platform Team, Acme Corp, Visa Debit, Night Shift); 0
// otherwise.
func roleNameEnd(v []byte) int {
	words := 0
	for k := 0; k < len(v); {
		e := titleWordU(v, k)
		if e == k {
			if p := particleEnd(v, k); p > k && words > 0 {
				k = p // van der, de la
				continue
			}
			return 0
		}
		if surnameStop(v[k:e]) || roleStop(v[k:e]) {
			return 0
		}
		words++
		for e < len(v) && (v[e] == '-' || v[e] == '\'') {
			e2 := titleWordU(v, e+1)
			if e2 == e+1 {
				break
			}
			e = e2 // Jean-Luc, O'Brien
		}
		if e == len(v) {
			break
		}
		if v[e] != ' ' || e+1 == len(v) {
			return 0
		}
		k = e + 1
	}
	if words < 2 || words > 3 {
		return 0
	}
	return len(v)
}

// roleStop reports whether w, a capitalised word, names a team, a
// function, a thing or a placeholder rather than a person.
func roleStop(w []byte) bool {
	switch string(w) {
	case "Team", "Teams", "Department", "Dept", "Support", "Service", "Services", "Company", "Corporation", "Bot",
		"System", "Systems", "Admin", "Administrator", "Admins", "Ops", "Operations", "Engineering", "Platform",
		"Sales", "Marketing", "Finance", "Security", "Desk", "Helpdesk", "Account", "Accounts", "Unknown",
		"Anonymous", "Guest", "User", "Users", "Customer", "Customers", "Test", "Demo", "Default", "None",
		"Null", "Shift", "Debit", "Credit", "Visa", "Mastercard", "Amex", "Card", "Queue", "Pool", "Center",
		"Centre", "Unit", "Division", "Partner", "Partners", "Vendor", "Supplier", "Owner", "Owners", "Manager",
		"Managers", "Staff", "Agent", "Agents", "Lead", "Leads", "Member", "Members", "Contact", "Contacts",
		"Holdings", "Solutions", "Technologies", "Consulting", "Networks", "Software", "Cloud", "Store", "Shop",
		"Online", "Global", "International", "Limited", "Bureau", "Agency", "Office", "Committee", "Board",
		"Council", "Foundation", "Trust", "Fund", "Project", "Program", "Programme", "Automation", "Pipeline",
		"Integration", "Migration", "Production", "Staging", "Development", "Internal", "External", "Primary",
		"Secondary", "Backup", "Main", "General", "Public", "Private", "Shared", "Legacy", "New", "Old",
		// Vendors and products (a driver, a client, a device's maker).
		"Google", "Chrome", "Mozilla", "Firefox", "Microsoft", "Apple", "Safari", "Opera", "Samsung", "Android",
		"Windows", "Linux", "Amazon", "Oracle", "Adobe", "Intel", "Cisco", "Dell", "Lenovo", "Huawei", "Xiaomi",
		"Salesforce", "Zendesk", "Slack", "Github", "GitHub", "Gitlab", "GitLab", "Jenkins", "Terraform":
		return true
	}
	return false
}

// invertedName matches a name written surname first as directories and
// forms sort them, "Fischer, Lukas", after a person's cue (name=, a name
// key's value): the capitalised word at src[i:first], ", ", and a given
// name that ends the name (nothing but a non-letter after it, and no
// further ", Word" that would make it a list).
func invertedName(src []byte, i, first int) (hit, bool) {
	g := first + 2
	e := titleWordU(src, g)
	if e == g || !givenName(src[g:e]) || surnameStop(src[i:first]) {
		return hit{}, false
	}
	if e < len(src) && (isAlpha(src[e]) || src[e] >= 0x80 || src[e] == ',' || src[e] == ' ' && e+1 < len(src) && isUpper(src[e+1])) {
		return hit{}, false
	}
	return hit{det: DetName, start: i, end: e}, true
}

// scriptCueAt reports whether a person's cue and a blank stand before
// src[i], the lead byte of a letter of a script names are written in
// (scan_worldname.go): "created by 李娜".
func scriptCueAt(src []byte, i int) bool {
	if i < 3 || src[i-1] != ' ' || !scriptNameLead(src[i]) {
		return false
	}
	c := nameCue(src, i-1)
	return c == cuePerson || c == cueSpoke
}

// capsCue reports whether the upper-case words at src[i] follow a cue
// that is written before names in capitals (a card's holder, a passenger,
// a hotel's guest) or a key that names a person.
func capsCue(src []byte, i int) bool {
	if i == 0 {
		return false // a value under a person's key: the key's rules read it
	}
	if src[i-1] != ' ' {
		return nameKeyBefore(src, i)
	}
	s := i - 1
	for s > 0 && isAlpha(src[s-1]) {
		s--
	}
	w := src[s : i-1]
	return foldEq(w, "holder") || foldEq(w, "cardholder") || foldEq(w, "passenger") || foldEq(w, "pax") ||
		foldEq(w, "guest") || foldEq(w, "traveller") || foldEq(w, "traveler")
}

// nameSuffixAt reports whether a generational suffix starts at src[i]:
// Jr, Sr, II, III (Mr. John Smith Jr.).
func nameSuffixAt(src []byte, i int) bool {
	e := i
	for e < len(src) && isAlpha(src[e]) {
		e++
	}
	switch string(src[i:e]) {
	case "Jr", "Sr", "II", "III":
		return true
	}
	return false
}

// salutationStop reports whether w, the first word after a greeting,
// greets no one by name: "Hello World!", "Dear Customer,", "Hi All,".
func salutationStop(w []byte) bool {
	switch string(w) {
	case "World", "There", "All", "Team", "Everyone", "Everybody", "Folks", "Sir", "Madam", "Sirs", "Customer",
		"Customers", "Client", "Friend", "Friends", "Guest", "User", "Users", "Member", "Members", "Colleagues",
		"Support", "Admin", "Again", "Valued", "Mr", "Mrs", "Ms", "Dr",
		// The same in the other salutations' languages (Hola Mundo!).
		"Mundo", "Welt", "Monde", "Mondo", "Wereld", "Alle", "Allen", "Tous", "Todos", "Tutti", "Kunde", "Kundin",
		"Cliente", "Clientes", "Zusammen", "Leute", "Herr", "Frau":
		return true
	}
	return false
}

// surnameStop reports whether w, a capitalised word after a given name,
// is more likely the start of something else: a company form, a street,
// a weekday or month, a product line.
func surnameStop(w []byte) bool {
	switch string(w) {
	case "Inc", "Ltd", "Llc", "Gmbh", "Corp", "Co", "Group", "Bank", "Street", "Road", "Avenue", "Station",
		"Park", "Square", "Airport", "Hotel", "Hospital", "University", "College", "School", "Valley", "Springs",
		"Beach", "Falls", "City", "County", "Island", "Telecom", "Airlines", "Motors", "Labs", "Studio", "Monday",
		"Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
		"April", "May", "June", "July", "August", "September", "October", "November", "December", "The",
		// Product variants, lines and alerts named after people: Rose Gold, Elizabeth Line, Amber Alert.
		"Gold", "Silver", "Line", "Alert", "Edition", "Series", "Sim", "Pro", "Max", "Mini", "Plus", "Lite",
		// A practice named after its doctor: Dr. Smith Clinic.
		"Clinic", "Practice", "Surgery", "Office", "Associates":
		return true
	}
	return false
}

// givenName reports whether w is a common given name.
func givenName(w []byte) bool {
	if _, ok := givenNames[string(w)]; ok {
		return true
	}
	// A compound given name: Jean-Pierre, Anna-Lena, Hans-Peter.
	if h := bytes.IndexByte(w, '-'); h > 1 && h+2 < len(w) && isUpper(w[h+1]) {
		_, ok := givenNames[string(w[:h])]
		return ok
	}
	return false
}

// givenNames are frequent given names of the markets whose logs redactd
// reads (English, German, French, Spanish, Italian, Portuguese, Dutch,
// Nordic, Polish, Ukrainian and Russian in Latin letters, Turkish, Arabic,
// Indian, Chinese and Japanese romanisations), as they are written with
// a capital. A name that is also a common word in log text (Will, May,
// Grace, Mark as a verb) is left out.
var givenNames = wordSet(`
		James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
		Anthony Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason
		Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
		Gregory Alexander Patrick Jack Dennis Jerry Tyler Aaron Henry Adam Douglas Nathan Peter Zachary
		Kyle Walter Harold Jeremy Ethan Carl Keith Roger Gerald Christian Terry Sean Arthur  Noah
		Lawrence Jesse Joe Bryan Billy  Albert Dylan Bruce Gabriel Alan Juan Logan Wayne Ralph Roy
		Eugene Randy Vincent Russell Louis Philip Bobby Johnny Bradley Oliver Harry Charlie Leo Oscar
		Freddie Alfie Archie Theo Liam Lucas Mason Elijah Aiden Owen Luke Isaac  Felix
		Bob Rob Tom Jim Jimmy Mike Dave Steve Chris Nick Matt Dan Danny Sam Alex Tony Ken Ted Andy Pete
		Rick Ron Jon Josh Zach Nate Greg Jeff Phil Fred Tommy Kate Katie Liz Beth Becky Jess Meg Jenny
		Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra
		Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca
		Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine
		Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce 
		Ruth  Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha
		 Teresa Gloria Sara Janice Ann Kathryn Abigail Sophia Frances Jean Alice Judy Isabella Julia
		Beverly Denise Marilyn Amber Danielle Rose Brittany Diana Natalie Sophie Lily Chloe Ava Mia Ella
		Isla Amelia  Jane Alicia Ellie Zoe Lucy Eva Jenny Carla Nina Tina Vera
		Lukas Leon Finn Jonas Paul Elias Ben Luis Felix Niklas Tim Jan Moritz Tobias Florian Sebastian
		Stefan Andreas Markus Thomas Jens Uwe Klaus Dieter Wolfgang Jürgen Juergen Günter Helmut Horst Manfred
		Matthias Frank Sven Dirk Bernd Torsten Holger Kai Lars Nils Jörg Ralf Rainer Heinz Hans Karl Fritz Sean Seán
		Mia Lea Lena Leonie Marie Laura Lara Johanna Katharina Anja Sabine Petra Monika Ursula Renate
		Gabriele Claudia Susanne Birgit Heike Kerstin Silke Ute Andrea Nadine Jana Franziska Stefanie
		Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Laurent Julien Olivier Sébastien Antoine
		Mathieu Guillaume Thierry Didier François Francois Jacques Bernard Yves  Théo Louis Gabriel Arthur
		Camille Manon Léa Chloé Chloe Inès Juliette Élodie Aurélie Céline Nathalie Isabelle Sylvie Valérie
		Sandrine Stéphanie Martine Brigitte Catherine Françoise Monique Nicole
		José Jose Antonio Manuel Francisco Javier Carlos Miguel Rafael Pedro Alejandro Fernando Pablo Jorge
		Alberto Diego Sergio Luis Raúl Raul Andrés Adrián Álvaro Marcos Iván Rubén Óscar Mario Enrique
		Lucía Lucia Carmen Isabel Dolores Pilar Teresa Rosa Marta Elena Cristina Paula Raquel Beatriz Silvia
		Alba Irene Nuria Patricia Sonia Mercedes Rocío Ana Sofía Sofia Valentina Camila Daniela Gabriela
		Giuseppe Giovanni Francesco Marco Alessandro Andrea Luca Matteo Lorenzo Davide Simone Federico
		Riccardo Stefano Roberto Paolo Massimo Fabio Claudio Salvatore Vincenzo Giorgio Emanuele Pietro
		Giulia Francesca Chiara Federica Martina Alessia Elisa Valentina Silvia Giorgia Roberta Paola
		João Joao Pedro Tiago Rafael Bruno Rodrigo Gustavo Felipe Mateus Leonardo Thiago Vinícius Guilherme
		Ana Beatriz Mariana Larissa Fernanda Juliana Letícia Leticia Bianca Renata Adriana Luana
		Jan Pieter Johannes Sander Bram Daan Thijs Ruben Jeroen Bas Joost Wouter Koen Maarten Sanne
		Anouk Fleur Lotte Femke Noor Lieke Eline Mette
		Erik Anders Johan Mikael Henrik Magnus Nils Olle Gustav Oskar Axel Emil Elin Ingrid Astrid Karin
		Sigrid Linnea Maja Freja Ida Signe Ole Lars Morten Rasmus Mads Jesper Søren Soren Kristian
		Piotr Krzysztof Andrzej Tomasz Paweł Pawel Michał Michal Marcin Grzegorz Łukasz Lukasz Adam Marek
		Jakub Mateusz Kamil Dawid Wojciech Rafał Rafal Bartosz Agnieszka Katarzyna Małgorzata Malgorzata
		Magdalena Joanna Monika Ewa Krystyna Barbara Aleksandra Zofia Natalia Karolina Justyna
		Olena Oksana Iryna Tetiana Tetyana Nataliya Natalia Svitlana Yulia Yuliia Kateryna Olha Olga
		Anastasia Anastasiia Viktoriia Viktoria Halyna Liudmyla Larysa Nadiia Mariia Daria Darya Alina
		Oleksandr Oleksii Andrii Andriy Serhii Sergii Dmytro Mykola Volodymyr Vasyl Ivan Yurii Yuriy Taras
		Bohdan Petro Roman Maksym Vitalii Viktor Igor Ihor Oleg Oleh Denys Artem Yaroslav Pavlo Stepan
		Sergey Alexey Dmitry Andrey Nikolai Vladimir Mikhail Pavel Yuri Boris Maxim Anton Ilya Kirill
		Tatiana Svetlana Irina Ekaterina Elena Marina Yulia Ksenia Polina Aleksandr Aleksei Nikita
		Mehmet Mustafa Ahmet Ali Hüseyin Huseyin Hasan Ibrahim İbrahim Murat Emre Burak Yusuf Ömer Omer
		Fatma Ayşe Ayse Emine Hatice Zeynep Elif Merve Büşra Busra
		Mohammed Mohamed Muhammad Ahmed Ahmad Mahmoud Omar Khalid Abdullah Hassan Hussein Youssef Yousef
		Karim Tariq Samir Nabil Fatima Aisha Aicha Khadija Mariam Maryam Layla Leila Nour Noor Salma Yasmin
		Amina Zainab Hana
		Rahul Amit Rajesh Suresh Ramesh Vijay Sanjay Anil Sunil Arjun Rohan Vikram Aditya Karan Nikhil
		Ravi Deepak Manoj Ajay Arun Prakash Ankit Abhishek Priya Anjali Pooja Neha Sneha Kavya Divya
		Lakshmi Sunita Anita Kavita Deepika Shreya Ananya Aishwarya Meera Nisha Rekha
		Wei Jing Ming Hui Yan Xin Hao Jun Lei Tao Yong Jie Ying Fang Mei Xiao Lin
		Hiroshi Takeshi Kenji Yuki Haruto Sota Yuto Ren Akira Satoshi Kenta Yui Yuna Sakura Aoi Hina Haruka
		Hyun Jae Sung
		Claire Chinedu Oluwaseun Ngozi Babajide Aminu Emeka Chiamaka Tunde Funmilayo Adaeze Chidi Olumide
		Gurpreet Harpreet Manpreet Venkata Sai Krishna Srinivas Lakshman
		Çağla Cagla Jiří Jiri Lukáš Lukas Tereza Petr Ondřej Ondrej Siobhán Siobhan Ciarán Ciaran Aoife
		Niamh Saoirse Pádraig María Xiaoming Xiaohong
		Raymond Willie Theresa Kayla Alexis Doris Lori Tiffany Jeanne Louise Ines Lucie Mathilde Margaux
		Pauline Elodie Aurelie Celine Valerie Veronique Sebastien Thibault Clement Maxime Quentin Romain
		Raphael Jules Maximilian Gunther Katrin Emilia Hanna Adrian Andres Victor Rocio Serhiy Rohit
		Takashi Aiko Minjun Seoyeon Jisoo Jiwoo Huong Tuan
		Katarina Dmitri Sergei Andrei Alexei Anatoly Konstantin Denis Ruslan Timur Natalya Tatyana Yekaterina
		Yelena Galina Ludmila Lyudmila Larisa Nadezhda Yuliya Bogdan Oleksiy Yevhen Khrystyna Solomiia Zsofia
		Zsófia Eszter Katalin Erzsebet Erzsébet Laszlo László Istvan István Zoltan Zoltán Gabor Gábor Balazs Balázs
		Ferenc Sandor Sándor Tamas Tamás Attila Csaba Krisztina Judit Agnes Ágnes Reka Réka Bjorn Björn Fredrik
		Viggo Leif Torbjorn Ingeborg Solveig Freya Frida Annika Birgitta Ulla Sofie Hanne Kirsten Lene Pia Tomas
		Tomáš Pavla Zuzana Lenka Veronika Michaela Barbora Klara Klára Radek Vojtech Vojtěch Nikos Giorgos Georgios
		Dimitris Konstantinos Yannis Ioannis Christos Panagiotis Vasilis Eleni Katerina Dimitra Ioanna Angeliki
		Despina Vasiliki Ismail Serkan Kemal Ozan Cem Baris Barış Ozlem Özlem Esra Ebru Gizem Seda Derya Reza
		Mohammad Mehdi Hossein Hamid Arash Babak Dariush Farhad Kaveh Parisa Zahra Fatemeh Shirin Nasrin Laleh Roya
		Mina Niloufar Yasmine Soraya Rami Walid Abdul Faisal Saeed Nasser Rania Amira Huda Samira Lina Dina
		Chukwuemeka Obinna Chioma Babatunde Adebayo Ayodele Folake Yetunde Kwame Kofi Kwabena Akosua Abena Wanjiru
		Wambui Njeri Kamau Otieno Odhiambo Akinyi Achieng Thabo Sipho Thandiwe Nomvula Lerato Zanele Seojun Jiho
		Jihoon Sungmin Younghee Minji Jiyeon Soyeon Eunji Hyejin Haruki Takumi Kazuki Daiki Ryota Misaki Naoko
		Keiko Yoko Akiko Emiko Zhiwei Jianguo Lili Xiaoyan Mahesh Ganesh Vivek Varun Manish Sandeep Pradeep Gaurav
		Harish Kiran Aditi Swati Meena Geeta Sita Radha Shalini Bhavna Preeti Ritu Sangeeta Pallavi Ishita Jaspreet
		Simran Navdeep Amandeep Harjit Baljit Ricardo Eduardo Ramon Ramón Gonzalo Ignacio Mateo Nicolás Matias
		Matías Joaquin Joaquín Tomás Ainhoa Itziar Florencia Agustina Ximena Guadalupe Goncalo Gonçalo Duarte
		Afonso Vasco Nuno Rui Leandro Marcelo Fábio Vinicius Caio Renato Inês Leonor Matilde Carolina Joana Rita
		Catarina Aline Tatiane Priscila Vanessa Enrico Alessandra Serena Ilaria Beatrice Arianna Camilla Stephane
		Stéphane Clément Baptiste Adrien Francoise Emilie Émilie Clemence Clémence Oceane Océane Audrey Amandine
		Szymon Maciej Dariusz Mariusz Przemyslaw Przemysław Dorota Beata Paulina Weronika Wiktoria Agata Izabela
		Iwona Grazyna Grażyna Bozena Bożena Stijn Niels Marloes Ilse Annemieke Willemijn Jurgen Joerg Gunter Anke
		Greta Frieda Clara Ciara Caoimhe Orla Roisin Róisín Sinead Sinéad Eoin Cian Oisin Oisín Padraig Declan Colm
		Ronan Niall Seamus Séamus Fionn Cathal Darragh Rhys Dafydd Gareth Owain Cerys Sian Siân Bronwen Eilidh
		Morag Hamish Callum Fraser Alistair Euan Iain Aaliyah Imani Jamal Malik Darnell Tyrone Jalen Keisha Latoya
		Shanice Tanisha Aminata Mariama Ousmane Mamadou Ibrahima Moussa Abdoulaye Cheikh
	`)
