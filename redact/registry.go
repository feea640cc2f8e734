package redact

import (
	"math/bits"
	"strings"
)

// The detector registry. Every detector that starts at a word of the text
// (or at '+', '(' or "::") is declared here once, as one or more starts: the
// bytes that may begin it, the word lengths and following bytes it needs,
// an optional finer shape test, and its scan. From this one table come
//
//   - the prefilter: scanCtx looks up, for each word, the starts its first
//     byte, length and following byte allow (three table loads and two
//     ANDs), and skips the word when there is none;
//   - the dispatch: at runs the shape test and the scan of each start the
//     prefilter left, in table order, and keeps the best match;
//   - the fuzz reference: scanEveryWord (scan_fuzz_test.go) runs every
//     start whose first byte fits, with no prefilter and no shape test, and
//     FuzzScanPrefilter checks that it finds what scanCtx finds.
//
// So a new detector is its scan function in its own file and one entry
// here. Everything a start's lens, after and may reject must be something
// its scan would reject too: they only save work. Rules that change what is
// found (no IPv4 under a version key, bare digits as an SSN only under an
// ssn key) belong in scan.

// wordStart is one way a detector starts.
type wordStart struct {
	name string
	det  Detector // the detector whose switch gates this start (detAlways: none)
	// first reports whether a match may begin with byte c.
	first func(c byte) bool
	// lens reports whether a match may begin with a word of wl bytes
	// (letters and digits; 1 for a start at '+', '(' or ':'). nil: any.
	lens func(wl int) bool
	// after reports whether the byte after that word, c2 (0 at the end of
	// the text), may continue a match; long is set for words of
	// longWord bytes or more. nil: any.
	after func(long bool, c2 byte) bool
	// keyed lists the key contexts under which lens and after do not
	// apply: a value under a phone or secret key may be any word.
	keyed ctxSet
	// may is a finer test of the shape around the word (nil: none). It
	// sees the key context kc, and must only reject what scan rejects.
	may func(s *scanner, src []byte, i, w int, kc keyCtx) bool
	// scan returns the match that starts at src[i] (or, for a key, at
	// its value); src[i:w] is the word.
	scan func(s *scanner, src []byte, i, w int, kc keyCtx) (hit, bool)
	// wins makes a match final: at returns it at once instead of
	// weighing it against the other starts (a key's value).
	wins bool
	// dotted lets the start run at a number that follows "word." or
	// "Product/" (a dotted id, a version), where nothing else starts.
	dotted bool
}

// detAlways marks a start that no detector switch turns off: the key
// grammar, which serves several detectors (see scanKeyed).
const detAlways = NumDetectors

// longWord is the word length from which after's long applies.
const longWord = 10

// ctxSet is a set of key contexts.
type ctxSet uint32

func ctxs(kcs ...keyCtx) (s ctxSet) {
	for _, kc := range kcs {
		s |= 1 << kc
	}
	return s
}

// keyedCtxs are the contexts in which a digit word is a value a key names
// (anything but no key and a version key): scanCtx let any such word
// through to the detectors.
var keyedCtxs = ctxs(ctxSecret, ctxPassword, ctxBearer, ctxPhone, ctxSSN, ctxName)

func isKeyed(kc keyCtx) bool { return keyedCtxs&(1<<kc) != 0 }

func digitByte(c byte) bool  { return class[c]&cDigit != 0 }
func letterByte(c byte) bool { return class[c]&cAlpha != 0 }
func hexByte(c byte) bool    { return class[c]&(cDigit|cHexLet) != 0 }
func lenAtMost(n int) func(int) bool {
	return func(wl int) bool { return wl <= n }
}

// wordStarts is the registry, in the order runStarts weighs matches that
// start at the same byte and end at the same byte (the first wins). It is
// set by buildStarts: its scans refer back to it (a key's value is scanned
// for what it may start).
var wordStarts []wordStart

func wordStartTable() []wordStart {
	return []wordStart{
		// A prefix with a separator ends its first word with it: ghp_,
		// xoxb-, SG., AccountKey=. One start a separator, so that a word
		// is tried only when its first byte begins a prefix with the
		// separator that follows it ("pop=" is not "AccountKey=").
		vendorSepStart("vendor_token", '_'),
		vendorSepStart("vendor_token-", '-'),
		vendorSepStart("vendor_token.", '.'),
		vendorSepStart("vendor_token=", '='),
		{
			// A prefix of letters and digits whose body is letters and
			// digits too (dapi, SK, LTAI) is one long word.
			name: "vendor_word", det: DetToken, first: func(c byte) bool { return vendorWord.first[c] },
			lens: func(wl int) bool { return wl >= longWord },
			may:  func(_ *scanner, src []byte, i, _ int, _ keyCtx) bool { return vendorMaybe(src, i) },
			scan: func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanVendor(src, i) },
		},
		{
			// A prefix of letters and digits whose body may hold a
			// separator (AIza, ATATT3, eyJrIjoi) begins a word of four
			// bytes or more, the whole token or up to such a separator.
			name: "vendor_word_sep", det: DetToken, first: func(c byte) bool { return vendorWordSep.first[c] },
			lens:  func(wl int) bool { return wl >= 4 },
			after: func(long bool, c2 byte) bool { return long || vendorWordSep.after[c2] },
			may:   func(_ *scanner, src []byte, i, _ int, _ keyCtx) bool { return vendorMaybe(src, i) },
			scan:  func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanVendor(src, i) },
		},
		{
			// A Mailchimp API key: 32 hex digits, "-us" and the data centre.
			name: "mailchimp", det: DetToken, first: hexByte,
			lens:  func(wl int) bool { return wl == 32 },
			after: func(_ bool, c2 byte) bool { return c2 == '-' },
			scan:  func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) { return scanMailchimp(src, i, w) },
		},
		{
			// An Azure AD client secret ("xxx8Q~...") or an OpenShift token
			// ("sha256~..."), at its '~'; a bcrypt hash ("$2y$12$..."),
			// at its first '$' (scan_vendor.go).
			name: "tilde_token", det: DetToken, first: func(c byte) bool { return c == '~' || c == '$' },
			scan: func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) {
				if src[i] == '$' {
					return scanBcrypt(src, i)
				}
				return scanTilde(src, i)
			},
		},
		{
			// A Telegram bot token's secret, at the ':' after the bot id.
			name: "telegram", det: DetToken, first: func(c byte) bool { return c == ':' },
			after: func(_ bool, c2 byte) bool { return c2 == 'A' },
			may:   func(_ *scanner, src []byte, i, _ int, _ keyCtx) bool { return telegramMaybe(src, i) },
			scan:  func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanTelegram(src, i) },
		},
		{
			name: "private_key", det: DetPrivateKey, first: func(c byte) bool { return c == 'B' },
			lens: func(wl int) bool { return wl == 5 },
			may:  func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return pemAt(src, i, w-i) },
			scan: func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanPEM(src, i) },
		},
		{
			// A URL scheme's password (redis://:pw@), or curl's -u/--user.
			name: "url_credential", det: DetSecret, first: letterByte,
			after: func(_ bool, c2 byte) bool { return c2 == ':' },
			may:   func(_ *scanner, src []byte, _, w int, _ keyCtx) bool { return isSchemeAt(src, w) },
			scan: func(_ *scanner, src []byte, _, w int, _ keyCtx) (hit, bool) {
				if !isSchemeAt(src, w) {
					return hit{}, false
				}
				return scanURLCred(src, w+3)
			},
		},
		{
			// curl -u user:password, --user user:password.
			name: "user_flag", det: DetSecret, first: func(c byte) bool { return c == 'u' || c == 'U' },
			lens:  func(wl int) bool { return wl == 1 || wl == 4 },
			after: func(_ bool, c2 byte) bool { return c2 == ' ' || c2 == '=' },
			scan: func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if !userFlag(src, i, w) {
					return hit{}, false
				}
				return scanUserPass(src, w+1)
			},
		},
		{
			// A key whose name says what its value is (scan_key.go).
			name: "key", det: detAlways, first: letterByte, wins: true,
			after: func(_ bool, c2 byte) bool {
				// ';': ATTENDEE;CN= (scan_ics.go); ',': ldapsearch's "# jdoe, people" (scan_ldif.go)
				return class[c2]&cKeyNext != 0 || c2 == ' ' || c2 == '[' || c2 == ']' || c2 == ';' || c2 == ','
			},
			may: func(s *scanner, src []byte, i, w int, _ keyCtx) bool {
				if i < s.keyNone {
					return false
				}
				n, wl := len(src), w-i
				var c2 byte
				if w < n {
					c2 = src[w]
				}
				if c2 == ',' {
					return i >= 2 && src[i-2] == '#' && ldifCommentAt(src, i)
				}
				if c2 == ']' || c2 == '"' && i > 0 && src[i-1] == '_' {
					// PHP's print_r ([_token] => ...) and serialize()
					// (s:6:"_token";s:40:"...") (scan_phpdump.go).
					o := keyStart(src, i)
					return c2 == ']' && printRKeyAt(src, o, w) || c2 == '"' && serialValue(src, o, w) > 0
				}
				if c2 == '[' {
					// A form field's name with subscripts, card[name]=,
					// bank_account[account_number]= (subscriptEnd).
					return subscriptEnd(src, w) > 0
				}
				if (c2 == ':' || c2 == ';') && wl <= 9 && isUpper(src[i]) && icsPropAt(src, i, w) {
					return true // an iCalendar or vCard content line: "FN:Jane Doe", "ATTENDEE;CN=…" (scan_ics.go)
				}
				if i >= 3 && src[i-1] == '?' && src[i-3] == '?' {
					return encodedTextAt(src, i) >= 0 // =?UTF-8?Q?Jos=C3=A9?= <jose@…>: an encoded display name (scan_mime.go)
				}
				// When the key ends with the word, a short one must be one
				// of the names (see keyContextName): rt=, v=, host=.
				return (class[c2]&cKey != 0 || wl >= 5 || keyFirst[wl]&(1<<(lower(src[i])&31)) != 0 ||
					wl == 1 && c2 == ' ' && lower(src[i]) == 'i' && i > 8 && src[i-1] == ' ' || // Q.931's "Number i = 0x…" (scan_partykey.go)
					wl == 2 && (c2 == '"' || c2 == '\'') && nameAttrBefore(src, i-1) || // <Attribute Name="sn"> (scanKeyed's attrName)
					c2 == ':' && (i == 0 || src[i-1] == '\n') && ldifLineKey(src, i, w) || // an LDIF line: "sn: Doe", "cn:: SsO8cmdlbg==" (scan_ldif.go)
					c2 == '=' && (s.inCookies(src, i) || cookieQuoted(src, i) || auditHexAhead(src, w+1) || wl <= 8 && s.routeQueryToken(src, i, w)) ||
					i > 0 && src[i-1] == '_' && keyStart(src, i) < i && (w-keyStart(src, i) >= 5 || keyFirst[w-keyStart(src, i)]&(1<<('_'&31)) != 0)) &&
					(class[c2]&cKeyNext != 0 || spacedKey(src, i, w)) && (c2 != '"' && (c2 != '\\' || w+1 < n && src[w+1] == '=') || i > 0 && src[i-1] == '"') &&
					!(c2 == ':' && w+2 < n && src[w+1] == '/' && src[w+2] == '/') // a key, but not "https://"
			},
			scan: func(s *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if s.inValue {
					return hit{}, false // a value holds no key
				}
				if w-i <= 9 && isUpper(src[i]) && icsPropAt(src, i, w) {
					if h, ok := s.scanICSProp(src, i, w); ok {
						return h, true
					}
				}
				if i >= 3 && src[i-1] == '?' && src[i-3] == '?' {
					if c := encodedTextAt(src, i); c >= 0 && s.enabled[DetName] {
						_, e := encodedNameAt(src, c)
						return hit{det: DetName, start: i, end: e}, true
					}
				}
				if i >= 2 && src[i-2] == '#' && s.enabled[DetName] && ldifCommentAt(src, i) {
					// ldapsearch's "# jdoe, people, example.com"; else
					// the word may still be a key ("# A=..." in auditd).
					if h, ok := scanLDIFComment(src, i); ok {
						return h, true
					}
				}
				return s.scanKeyed(src, i)
			},
		},
		{
			// An IPv6 address in a reverse-lookup name, one nibble a
			// label: 7.0.0.0...8.b.d.0.1.0.0.2.ip6.arpa (scan_arpa.go),
			// also in DNS wire form (scan_wirename.go).
			name: "ip6_arpa", det: DetIPv6, first: hexByte,
			lens:  func(wl int) bool { return wl == 1 },
			after: func(_ bool, c2 byte) bool { return c2 == '.' || c2 == ')' },
			may: func(_ *scanner, src []byte, i, _ int, _ keyCtx) bool {
				return singleDotted(src, i) || wireNibblesAt(src, i)
			},
			scan: func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) {
				if i+1 < len(src) && src[i+1] == ')' {
					return scanIP6ArpaWire(src, i) // in wire form: (1)7(1)0...(3)ip6(4)arpa(0) (scan_wirename.go)
				}
				return scanIP6Arpa(src, i)
			},
		},
		{
			// A number in an ENUM name, one digit a label, last first:
			// 4.3.2.1.0.9.8.7.6.5.4.4.e164.arpa (scan_arpa.go).
			name: "enum_arpa", det: DetPhone, first: digitByte,
			lens:  func(wl int) bool { return wl == 1 },
			after: func(_ bool, c2 byte) bool { return c2 == '.' },
			may:   func(_ *scanner, src []byte, i, _ int, _ keyCtx) bool { return singleDotted(src, i) },
			scan:  func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanENUM(src, i) },
		},
		{
			// An address inside a host name: ec2-54-12-34-56.compute-1...,
			// also after a few letters, ip68-0-113-7.ph.example.net
			// (scan_ipdash.go).
			name: "ipv4_dashed", det: DetIPv4, first: alnumByte,
			lens:  lenAtMost(dashedWordMax),
			after: func(_ bool, c2 byte) bool { return c2 == '-' },
			may:   func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return dashedWordAt(src, i, w) },
			scan:  func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) { return scanIPv4DashedWord(src, i, w) },
		},
		{
			// An IPv4 address; also the octets of an in-addr.arpa name in
			// DNS wire form, (2)23(1)2(1)0(3)192(7)in-addr(4)arpa(0), at
			// the first label's length (scan_wirename.go).
			// Also after a label of a host name, as a hosting provider's
			// reverse names write the octets (scan_ipdash.go).
			name: "ipv4", det: DetIPv4, first: digitByte, dotted: true,
			lens: lenAtMost(3), after: func(_ bool, c2 byte) bool { return c2 == '.' || c2 == ')' }, keyed: keyedCtxs,
			may: func(_ *scanner, src []byte, i, w int, kc keyCtx) bool {
				return isKeyed(kc) || twoDots(src, w) || wireLabelAt(src, i, w) || androidLocationAt(src, i)
			},
			scan: func(s *scanner, src []byte, i, w int, kc keyCtx) (hit, bool) {
				if kc == ctxVersion {
					return hit{}, false // a version key's dotted numbers are versions
				}
				if wireLabelAt(src, i, w) {
					return scanIPv4Wire(src, i)
				}
				if !twoDots(src, w) {
					return s.scanAndroidLocation(src, i) // Location[fused 52.520008,13.404954 ...
				}
				return scanIPv4(src, i)
			},
		},
		{
			name: "ipv6", det: DetIPv6, first: func(c byte) bool { return hexByte(c) || c == ':' },
			lens: lenAtMost(4), after: func(_ bool, c2 byte) bool { return c2 == ':' }, keyed: keyedCtxs,
			may: func(_ *scanner, src []byte, i, w int, kc keyCtx) bool {
				return src[i] == ':' || isKeyed(kc) && digitByte(src[i]) || colonShape(src, w)
			},
			scan: func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanIPv6(src, i) },
		},
		{
			// 00:1A:2B:3C:4D:5E, 00-1a-2b-3c-4d-5e.
			name: "mac", det: DetMAC, first: hexByte,
			lens:  func(wl int) bool { return wl == 2 },
			after: func(_ bool, c2 byte) bool { return c2 == ':' || c2 == '-' }, keyed: keyedCtxs,
			may: func(_ *scanner, src []byte, i, w int, kc keyCtx) bool {
				switch {
				case isKeyed(kc) && digitByte(src[i]):
					return true
				case w >= len(src):
					return false
				case src[w] == ':':
					return colonShape(src, w)
				}
				return w+3 < len(src) && src[w+3] == '-'
			},
			scan: func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanMAC(src, i) },
		},
		{
			// 0123.4567.89ab (Cisco).
			name: "mac_dotted", det: DetMAC, first: hexByte,
			lens:  func(wl int) bool { return wl == 4 },
			after: func(_ bool, c2 byte) bool { return c2 == '.' }, keyed: keyedCtxs,
			may: func(_ *scanner, src []byte, i, w int, kc keyCtx) bool {
				return isKeyed(kc) && digitByte(src[i]) || w+5 < len(src) && src[w+5] == '.'
			},
			scan: func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanMAC(src, i) },
		},
		{
			// 123-45-6789, 123 45 6789, 123.45.6789; nine bare digits under
			// an ssn key.
			name: "ssn", det: DetSSN, first: digitByte,
			lens:  func(wl int) bool { return wl == 3 },
			after: func(_ bool, c2 byte) bool { return isSSNSep(c2) }, keyed: keyedCtxs,
			may: func(_ *scanner, src []byte, i, w int, kc keyCtx) bool {
				if isKeyed(kc) || w >= len(src) {
					return true
				}
				switch src[w] {
				case ' ':
					return ssnSpaced(src, w)
				case '.':
					return twoDots(src, w)
				}
				return true
			},
			scan: func(_ *scanner, src []byte, i, _ int, kc keyCtx) (hit, bool) { return scanSSN(src, i, kc == ctxSSN) },
		},
		{
			// 4111 1111 1111 1111, 3782-822463-10005, 4111111111111111.
			// And in a track: B4111111111111111^, 4111111111111111D2512…,
			// an odd PAN padded with F (scan_track.go).
			name: "card", det: DetCard, first: func(c byte) bool { return digitByte(c) || c == 'B' },
			lens: func(wl int) bool { return wl == 4 || wl >= 13 },
			after: func(long bool, c2 byte) bool {
				return long || c2 == ' ' || c2 == '-'
			},
			keyed: keyedCtxs,
			may: func(_ *scanner, src []byte, i, w int, kc keyCtx) bool {
				if src[i] == 'B' || w-i > 19 {
					return trackWordMay(src, i, w)
				}
				return w-i != 4 || isKeyed(kc) || threeDigits(src, w+1)
			},
			scan: func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if src[i] == 'B' || w-i > 19 || src[w-1] == 'F' {
					if m, ok := scanTrack(src, i, w); ok {
						return m, true
					}
					if src[i] == 'B' {
						return hit{}, false
					}
				}
				if w < len(src) && src[w] == '@' && (callIDCue(src, i) || idLocalPart(src[i:w])) {
					// "call-id 6427743331959373804@host": a Call-ID
					// (scan_sipfields.go); 18 digits or more before '@'
					// are one under any name (idLocalPart).
					return hit{}, false
				}
				return scanCard(src, i)
			},
		},
		{
			// National ids printed in groups (scan_natid.go), each its own
			// start so that the tables keep common words out: a NIR
			// "1 84 12 76 451 089 46", a CPF "111.444.777-35", an
			// Aadhaar "2341 2341 2346".
			// (One start for the NIR and the CPF: the registry's start
			// set is 64 wide; natIDDigitShape tells them apart.)
			name: "nir_cpf_printed", det: DetNationalID, first: digitByte,
			lens:  func(wl int) bool { return wl == 1 || wl == 3 },
			after: func(_ bool, c2 byte) bool { return c2 == ' ' || c2 == '.' },
			may:   natIDDigitMay,
			scan:  natIDScan,
		},
		{
			// A Bitcoin address (1..., 3..., bc1...) by its checksum,
			// an Ethereum address (0x and 40 hex digits) by its shape
			// (scan_crypto.go).
			name: "crypto_wallet", det: DetCrypto, first: cryptoFirst,
			lens: cryptoLen,
			scan: func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) { return scanCryptoWallet(src, i, w) },
		},
		{
			// And, after a name that says what it is, an id of another
			// issuer written in groups: TFN 123 456 782, HETU 131052-308T.
			name: "aadhaar_printed", det: DetNationalID, first: digitByte,
			lens:  func(wl int) bool { return wl >= 3 && wl <= 7 },
			after: func(_ bool, c2 byte) bool { return c2 == ' ' || c2 == '-' },
			may:   natIDDigitMay,
			scan:  natIDScan,
		},
		{
			// 12345678Z, 12345678-Z; a bare number after its name (PESEL
			// 44051401359) or under its key ("pesel": 44051401359); an
			// MRZ data line without filler.
			name: "national_id_digits", det: DetNationalID, first: digitByte,
			lens:  func(wl int) bool { return wl >= 8 && wl <= 18 || wl == 36 || wl == 44 },
			keyed: ctxs(ctxNatID),
			may: func(s *scanner, src []byte, i, w int, kc keyCtx) bool {
				return kc == ctxNatID || natIDDigitMay(s, src, i, w, kc) || steam64At(src, i, w)
			},
			scan: func(s *scanner, src []byte, i, w int, kc keyCtx) (hit, bool) {
				if steam64At(src, i, w) && kc != ctxNatID {
					// A SteamID64 (scan_gameid.go), a login's kind: the
					// registry's start set is full.
					if !s.enabled[DetName] {
						return hit{}, false
					}
					return s.playerAround(src, hit{det: DetName, start: i, end: w}), true
				}
				return natIDScan(s, src, i, w, kc)
			},
		},
		{
			// AB123456C, X1234567L, RSSMRA85T10A562S, HEGG560427MVZRRL04
			// (a CURP), an MRZ line without filler.
			name: "national_id_letters", det: DetNationalID, first: letterByte,
			lens: func(wl int) bool {
				return wl == 9 || wl == 10 || wl == 16 || wl == 18 || wl == 30 || wl == 36 || wl == 44
			},
			may:  natIDAlphaMay,
			scan: natIDScan,
		},
		{
			// AB 12 34 56 C, AB123456 C: a NINO's prefix letters.
			name: "nino_spaced", det: DetNationalID, first: func(c byte) bool { return ninoFirst(c) },
			lens:  func(wl int) bool { return wl == 2 || wl == 8 },
			after: func(_ bool, c2 byte) bool { return c2 == ' ' },
			may:   natIDAlphaMay,
			scan:  natIDScan,
		},
		{
			// X-1234567-L, X1234567-L.
			name: "nie_dashed", det: DetNationalID, first: func(c byte) bool { return nieLetter(c) >= 0 },
			lens:  func(wl int) bool { return wl == 1 || wl == 8 },
			after: func(_ bool, c2 byte) bool { return c2 == '-' },
			may:   natIDAlphaMay,
			scan:  natIDScan,
		},
		{
			// A machine-readable zone (scan_mrz.go), at the word before
			// its first '<': P<UTOERIKSSON<<ANNA..., L898902C36UTO7408122...
			name: "mrz", det: DetNationalID, first: func(c byte) bool { return class[c]&cAlnum != 0 },
			after: func(_ bool, c2 byte) bool { return c2 == '<' },
			scan:  natIDScan,
		},
		{
			// Under a phone key, any run of digits (scan_num.go), and a
			// CDR decoder's hex of a number's octets, A10301234567
			// (scan_bcd.go).
			name: "phone_keyed", det: DetPhone, first: func(c byte) bool { return digitByte(c) || c|0x20 >= 'a' && c|0x20 <= 'f' },
			lens: func(int) bool { return false }, keyed: ctxs(ctxPhone),
			scan: func(s *scanner, src []byte, i, _ int, kc keyCtx) (hit, bool) {
				if kc != ctxPhone || genericPartyKey(s.key) && compactDate(src, i) || sipIDParam(src, i) {
					return hit{}, false
				}
				if h, ok := scanPhoneCtx(src, i); ok || i > 0 {
					return h, ok
				}
				return keyedExtension(src, i, s.key) // a decoded value's first item, as its key's path reads it raw
			},
		},
		{
			// (415) 555-0123, 415-555-0123, 415.555.0123, 1-800-555-0199.
			name: "phone_national", det: DetPhone, first: func(c byte) bool { return digitByte(c) || c == '(' },
			lens:  func(wl int) bool { return wl == 1 || wl == 3 },
			after: func(_ bool, c2 byte) bool { return c2 == '-' || c2 == '.' || c2 >= '1' && c2 <= '9' || c2 == '(' },
			keyed: keyedCtxs &^ ctxs(ctxPhone),
			may: func(_ *scanner, src []byte, i, w int, kc keyCtx) bool {
				c := src[i]
				if c == '(' {
					return true // after: a digit 1-9 or '(' follows
				}
				if isKeyed(kc) || w >= len(src) {
					return true
				}
				if w-i == 1 && c != '1' {
					return false
				}
				if src[w] == '.' {
					return twoDots(src, w)
				}
				return true
			},
			scan: func(_ *scanner, src []byte, i, w int, kc keyCtx) (hit, bool) {
				// A digit start: three digits (or a leading 1), then '-' or
				// '.'; not under a phone key, where phone_keyed reads it.
				if c, wl := src[i], w-i; c != '(' && (kc == ctxPhone || !(wl == 3 || wl == 1 && c == '1') ||
					w >= len(src) || src[w] != '-' && src[w] != '.') {
					return hit{}, false
				}
				return scanPhoneNational(src, i)
			},
		},
		{
			// 0044 20 7946 0958, 011 44 20 7946 0958.
			name: "phone_intl", det: DetPhone, first: func(c byte) bool { return c == '0' },
			lens: func(wl int) bool { return wl >= 2 }, keyed: keyedCtxs &^ ctxs(ctxPhone),
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return w-i >= 2 && isIntlPrefix(src, i, w) },
			scan: func(_ *scanner, src []byte, i, w int, kc keyCtx) (hit, bool) {
				if kc == ctxPhone || w-i < 2 || !isIntlPrefix(src, i, w) {
					return hit{}, false // under a phone key phone_keyed reads it
				}
				return scanPhoneIntl(src, i)
			},
		},
		{
			// National numbers as people group them (scan_phone.go):
			// 030 12345678, (067) 665-11-02, 8 (701) 123-45-67, 06 12 34 56 78.
			name: "phone_local", det: DetPhone, first: func(c byte) bool { return digitByte(c) || c == '(' },
			// Also the number after a recording file name's date and
			// time, at the time's six digits: 20261123-195947_6015720438
			// (scan_vicirec.go).
			lens:  func(wl int) bool { return wl <= 6 },
			after: func(_ bool, c2 byte) bool { return class[c2]&(cGroupSep|cDigit) != 0 || c2 == '(' || c2 == '_' },
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				if src[i] == '(' {
					return src[w] == '(' || parenArea(src, i) || cuedMay(src, i, w)
				}
				if w < len(src) && src[w] == '_' {
					return recDateAt(src, i, w)
				}
				return w < len(src) && localMaybe(src, w, w-i, src[i], src[w]) && localShape(src, i, w) || w-i == 1 && cuedMay(src, i, w)
			},
			scan: func(s *scanner, src []byte, i, w int, kc keyCtx) (hit, bool) {
				if w < len(src) && src[w] == '_' {
					if kc == ctxVersion {
						return hit{}, false
					}
					return s.scanRecFullDate(src, i, w)
				}
				if kc == ctxPhone || kc == ctxVersion {
					return hit{}, false // phone_keyed reads a phone key's value; a version key's is a version
				}
				if (w-i == 1 || src[i] == '(') && cuedMay(src, i, w) {
					if h, ok := scanPhoneCued(src, i); ok {
						return h, true // "call me at 9 6123 4567" (scan_phonelabel.go)
					}
				}
				if src[i] != '(' && (w >= len(src) || !localMaybe(src, w, w-i, src[i], src[w]) || !localShape(src, i, w)) {
					return hit{}, false
				}
				return scanPhoneLocal(src, i)
			},
		},
		{
			// A trunk prefix and area code before '/': 030/12345678
			// (scan_phone.go).
			name: "phone_slash", det: DetPhone, first: func(c byte) bool { return c == '0' },
			lens:  func(wl int) bool { return wl >= 3 && wl <= 5 },
			after: func(_ bool, c2 byte) bool { return c2 == '/' },
			may:   func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return slashArea(src, i, w) },
			scan: func(_ *scanner, src []byte, i, w int, kc keyCtx) (hit, bool) {
				if kc == ctxPhone || kc == ctxVersion || !slashArea(src, i, w) {
					return hit{}, false // phone_keyed reads a phone key's value; a version key's is a version
				}
				return scanPhoneLocal(src, i)
			},
		},
		{
			// The number a SIP URI names: sip:4930690000@10.0.0.7,
			// <sips:2017@pbx;user=phone> (scan_phone.go). And a signed
			// Express session value with no key, s%3A<id>.<mac>
			// (scan_cookie.go). Each scan checks its detector's switch.
			name: "sip_user", det: detAlways, first: func(c byte) bool { return c == 's' || c == 'S' },
			lens:  func(wl int) bool { return wl == 1 || wl == 3 || wl == 4 },
			after: func(_ bool, c2 byte) bool { return c2 == ':' || c2 == '%' },
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				return sipScheme(src, i, w) || expressSessionAt(src, i, w)
			},
			scan: func(s *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if w-i == 1 {
					if !s.enabled[DetSecret] {
						return hit{}, false
					}
					return scanExpressSession(src, i, w)
				}
				if !s.enabled[DetPhone] {
					return hit{}, false
				}
				return s.scanSIPUser(src, i, w)
			},
		},
		{
			// A person's name in free text after a cue word: "requested
			// by Olena Kovalenko", "Dear Mr. Smith" (scan_textname.go),
			// also in its own script, "created by 李娜", at a letter's
			// lead byte (scan_worldname.go).
			name: "text_name", det: DetName, first: func(c byte) bool { return class[c]&cUpper != 0 || scriptNameLead(c) },
			// A name's first word is not part of an identifier, an
			// address or a path (titleWord refuses those too).
			after: func(_ bool, c2 byte) bool { return c2 != '_' && c2 != '@' && c2 != '/' },
			may:   func(s *scanner, src []byte, i, _ int, _ keyCtx) bool { return s.textNameCue(src, i) != cueNone },
			scan:  func(s *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return s.scanTextName(src, i) },
		},
		{
			// A person's name as a certificate subject's common name,
			// CN=Jane Doe (scan_dn.go), or a login written as a person's,
			// CN=jane.doe (scan_login_net.go): at the attribute's name.
			name: "dn_common_name", det: DetName, first: func(c byte) bool { return c == 'C' || c == 'c' },
			lens:  func(wl int) bool { return wl == 2 },
			after: func(_ bool, c2 byte) bool { return c2 == '=' },
			scan:  func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) { return scanCN(src, i, w) },
		},
		{
			// An Apple device's host name after its owner: Annas-iPhone,
			// Olena-Kovalenkos-MacBook-Air; a PC's after its user:
			// jane-doe-laptop (scan_device.go), at the device's name;
			// the owner after it in the device's name in other
			// languages, iPhone-von-Maria (scan_devicename.go);
			// and Android's android-<ANDROID_ID> (scan_deviceid.go),
			// whose first word has the length and the '-' after it that
			// this start's prefilter lets through.
			name: "device_owner", det: DetName, first: func(c byte) bool { return deviceFirst[c] },
			lens:  func(wl int) bool { return wl < len(deviceLen) && deviceLen[wl] },
			after: func(_ bool, c2 byte) bool { return deviceAfterByte[c2] },
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				return i >= 3 && src[i-1] == '-' && isAlnum(src[i-2]) || androidWordAt(src, i, w) || possessiveBefore(src, i) > 0 ||
					i >= 5 && src[i-1] == ' ' && lower(src[i-2]) == 's' || // Olena's AirPods (scan_ccx.go)
					ownerAfterDevice(src, i, w) || // iPhone von Maria (scan_devicename.go)
					windowsPrefixOwnerAt(src, i, w) // DESKTOP-JSMITH (scan_device.go)
			},
			scan: func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if windowsPrefixOwnerAt(src, i, w) {
					if h, ok := scanWindowsPrefixOwner(src, i, w); ok {
						return h, true
					}
				}
				if ownerAfterDevice(src, i, w) {
					if h, ok := scanOwnerAfterDevice(src, i); ok {
						return h, true
					}
				}
				if androidWordAt(src, i, w) {
					return scanAndroidHost(src, i, w) // a DetSecret hit (scan_deviceid.go)
				}
				if i > 0 && src[i-1] == ' ' {
					if possessiveBefore(src, i) > 0 {
						return scanDeviceOwner(src, i) // "Anna's iPhone", not "Apple's iPhone" (scan_devicename.go)
					}
					if !deviceAfter(src, i) {
						return hit{}, false
					}
					return possessiveDeviceOwner(src, i) // Olena's AirPods Pro (scan_ccx.go)
				}
				return scanDeviceOwner(src, i)
			},
		},
		{
			// A Windows account in free text, when the user is written
			// as a person's name: CORP\jane.doe, a field's example\jsmith
			// (scan_domainuser.go).
			name: "domain_user", det: DetName, first: func(c byte) bool { return class[c]&cAlnum != 0 },
			lens:  func(wl int) bool { return wl <= 15 },
			after: func(_ bool, c2 byte) bool { return c2 == '\\' },
			may:   func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return domainUserAt(src, i, w) },
			scan:  func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) { return scanDomainUser(src, i, w) },
		},
		{
			// A password glued to a short option of a program that
			// takes it so, from the program's name: mysql -u root
			// -pS3cret, sshpass -pS3cret, htpasswd -b file user pw
			// (scan_cmdpass.go); redis-cli -a pw, ldapsearch -w pw,
			// smbclient -U jdoe%pw, echo pw | sudo -S (scan_cmdopt.go); and a device
			// identity in text: imsi-310150123456789 (a 5G SUPI), IMEI
			// 490154203237518 (scan_deviceid.go); the argument of an
			// AUTH command: Redis's "AUTH" "s3cret", SMTP's AUTH PLAIN
			// dGVz... (scan_cmdpass.go); an APNs device token in the
			// provider API's path, /3/device/<64 hex digits>, or under
			// node-apn's "device" key (scan_deviceid.go); Cisco IOS's
			// "secret 0"/"secret 7" before a credential (scan_cmdpass.go). One start for all: the registry's
			// start set is 64 wide.
			name: "cmd_pass", det: DetSecret, first: func(c byte) bool {
				return c == 'm' || c == 's' || c == 'i' || c == 'I' || c == 'A' || c == 'd' || c == 'h' || c == 'r' || c == 'l' || c == 'k' || c == 'e' ||
					c == 'n' || c == 'N' || c == 'S' || c == 'p' || c == 'P' || c == 'C'
			},
			lens: func(wl int) bool { return wl >= 3 && wl <= 12 },
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				switch wl := w - i; src[i] {
				case 'r', 'l', 'k', 'e':
					// Only scan_cmdopt.go's programs begin so, and
					// only at these lengths: redis and rpcclient,
					// ldapsearch and its kin, keytool, echo.
					return (wl == 5 || wl == 9 || wl == 4 || wl == 7 || wl >= 7 && src[i+1] == 'd') && optPassProgramAt(src, i, w) != optPassNone
				case 'n', 'N', 'S', 'p', 'P', 'C':
					// net, SQLCMD.EXE, PsExec, ConvertTo-SecureString
					// (scan_wincmd.go).
					return (wl == 3 || wl == 4 || wl == 6 || wl == 8 || wl == 9) && winPassProgramAt(src, i, w) != optPassNone
				}
				if w-i == 3 {
					return false
				}
				return passProgramAt(src, i, w) || deviceWordAt(src, i, w) || authCommandAt(src, i, w) || apnsPathAt(src, i, w) || apnsKeyAt(src, i, w) ||
					dockerLoginAt(src, i, w) || (w-i == 6 || w-i == 8 || w-i == 9) && (optPassProgramAt(src, i, w) != optPassNone || winPassProgramAt(src, i, w) != optPassNone) || // sqlcmd, smbget, smbcacls, smbclient, mosquitto, schtasks
					w-i == 6 && iosSecretAt(src, i, w) // Cisco IOS: username jdoe secret 0 S3cret
			},
			scan: func(s *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if w-i == 6 && iosSecretAt(src, i, w) {
					return scanIOSSecret(src, w)
				}
				if src[i] == 'd' {
					if dockerLoginAt(src, i, w) {
						// The login alone when no password follows it
						// (--password-stdin): a name.
						if h, ok := scanCmdPass(src, i, w); ok && (h.det != DetName || s.enabled[DetName]) {
							return h, true
						}
						return hit{}, false
					}
					if apnsKeyAt(src, i, w) {
						return scanAPNsKey(src, i, w) // node-apn's "device":"…" (scan_deviceid.go)
					}
					return scanAPNsPath(src, i, w)
				}
				if h, ok := scanCmdPass(src, i, w); ok {
					return h, true
				}
				if kind := winPassProgramAt(src, i, w); kind != optPassNone {
					// net user jdoe P@ss, schtasks /RP, PsExec -p,
					// ConvertTo-SecureString -AsPlainText (scan_wincmd.go).
					return s.scanWinPass(src, w, kind)
				}
				if kind := optPassProgramAt(src, i, w); kind != optPassNone {
					// redis-cli -a, ldapsearch -w, smbclient -U
					// user%pw, echo pw | sudo -S (scan_cmdopt.go).
					if h, ok := scanOptPass(src, w, kind); ok && (h.det != DetName || s.enabled[DetName]) {
						return h, true
					}
					return hit{}, false
				}
				if src[i] == 'A' {
					return scanAuthCommand(src, i, w)
				}
				return scanDeviceID(src, i, w)
			},
		},
		{
			// The user of a home directory or a login path, when written
			// as a person's name: /home/jane.doe/, C:\Users\Jane.Doe\,
			// auth/ldap/login/jane.doe (scan_domainuser.go).
			//
			// And the member a URL's profile route names: /~jdoe/,
			// /@jane.doe, /u/jdoe, /user/jdoe/, /profile/jdoe,
			// /account/jane.doe (scan_profilepath.go), at '~', '@' or the
			// route's word; and a Matrix user id, @jane.doe:example.org
			// (scan_matrix.go), at an '@' that no '/' comes before.
			//
			// And a one-time token after a reset, invite or activation
			// route: /reset/4f9a2c1e... (scan_profilepath.go).
			name: "home_dir", det: DetName, first: func(c byte) bool { return strings.IndexByte("hHuUlLpPaAmMrRiIcCvVdD~@", c) >= 0 },
			lens:  func(wl int) bool { return wl <= 8 },
			after: func(_ bool, c2 byte) bool { return c2 == '/' || c2 == '\\' || class[c2]&cAlpha != 0 },
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				// The words' lengths and first bytes, written out: home,
				// users, login (homeDirAt); u, ~, @, profile(s), people,
				// user, member(s), author(s), account(s), LinkedIn's in
				// after a '/' (profileRouteAt).
				switch c, wl := src[i], w-i; {
				case wl == 3 || c|0x20 == 'd':
					return wl == 3 && davRouteAt(src, i, w) // /dav/jdoe/, /remote.php/dav/files/jdoe/ (scan_davpath.go)
				case wl == 1 && c == '@' && (i == 0 || src[i-1] != '/'):
					return matrixIDAt(src, i) // a Matrix user id (scan_matrix.go)
				case wl == 4 || wl == 5:
					return c != 'p' && c != 'P' && homeDirAt(src, i, w) || i > 0 && src[i-1] == '/' && (profileRouteAt(src, i, w) || tokenRouteAt(src, i, w))
				case wl == 1 && c != 'u' && c != 'U' && c != '~' && c != '@', wl > 1 && strings.IndexByte("pPaAmMrRiIcCvV", c) < 0:
					return false
				}
				return i > 0 && src[i-1] == '/' && (profileRouteAt(src, i, w) || tokenRouteAt(src, i, w))
			},
			scan: func(s *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if h, ok := scanHomeDir(src, i, w); ok {
					return h, true
				}
				if s.b64Depth > 0 {
					return hit{}, false // base64's decoded bytes spell "/~Wo" by chance: no route
				}
				if src[i] == '@' && (i == 0 || src[i-1] != '/') {
					return scanMatrixID(src, i)
				}
				if w-i == 3 {
					return scanDavPath(src, i, w) // the may above let no other 3-letter word through
				}
				if h, ok := scanProfilePath(src, i, w); ok {
					return h, true
				}
				if !s.enabled[DetSecret] {
					return hit{}, false
				}
				return s.tokenRoute(src, i, w)
			},
		},
		{
			// The owner of a OneDrive site in its URL, the user
			// principal name with '_' for '.' and '@' (scan_onedrive.go).
			name: "onedrive_owner", det: DetEmail, first: func(c byte) bool { return c == 'p' || c == 'P' },
			lens:  func(wl int) bool { return wl == 8 },
			after: func(_ bool, c2 byte) bool { return c2 == '/' },
			may:   func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return oneDriveAt(src, i, w) },
			scan:  func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) { return scanOneDrive(src, i, w) },
		},
		{
			// An IAM user's name in its ARN, when written as a
			// person's: arn:aws:iam::123456789012:user/Alice.Smith.
			name: "arn_user", det: DetName, first: func(c byte) bool { return c == 'u' || c == 'U' },
			lens:  func(wl int) bool { return wl == 4 },
			after: func(_ bool, c2 byte) bool { return c2 == '/' },
			may:   func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return arnUserAt(src, i, w) },
			scan:  func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) { return scanARNUser(src, i, w) },
		},
		{
			// The session of an assumed role, when named after a
			// person: assumed-role/S3Reader/jane.doe (scan_arn.go).
			name: "arn_session", det: DetName, first: func(c byte) bool { return c == 'a' || c == 'A' },
			lens:  func(wl int) bool { return wl == 7 },
			after: func(_ bool, c2 byte) bool { return c2 == '-' },
			may:   func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return arnSessionAt(src, i, w) },
			scan:  func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) { return scanARNSession(src, i, w) },
		},
		{
			// A login a cue word announces, when it is a person's:
			// user, for, by, to, sudo before a blank or its tag, and a
			// Dovecot process or auth driver before '(' in the messages
			// of sshd, PAM, sudo, su and Dovecot, sudo's TTY= behind a
			// login that opens a message, sshd's process title ("Accepted publickey
			// for jdoe from ...", scan_login.go); ROLE, A=authenticator:,
			// Connect, User@Host:, Key (, user ""x"", TO/FROM [USER] after GRANT/REVOKE, in database and
			// mail logs, an INSERT's VALUES (scan_dblog.go); "born", DOB, birthdate before a date of birth
			// (scan_docnum.go); "initiated" after the login that opens a
			// message, "Authentication failed" after "login: "
			// (scan_login.go); a SteamID2, a SteamID3 or a FiveM player
			// identifier, a player's name before "joined the game"
			// (scan_gameid.go). One start for all: the
			// registry's start set is 64 wide.
			name: "login_text", det: DetName, first: func(c byte) bool { return strings.IndexByte("ubtfsUiplmcovrRACHKTBVdDkaFPSjIM", c) >= 0 },
			lens: func(wl int) bool { return wl <= 15 },
			after: func(_ bool, c2 byte) bool {
				return c2 == ' ' || c2 == ':' || c2 == '[' || c2 == '(' || c2 == '=' || c2 == '\t' || c2 == '_' || c2 == ']' ||
					c2 == '.' || c2 == '"' // Terraform's aws_iam_user.jdoe, resource "okta_user" "jdoe" (scan_login.go)
			},
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				if w >= len(src) {
					return false
				}
				if src[w] == ']' {
					// Minecraft's "INFO]: <Name>", txAdmin's
					// "txAdmin] [12] Name left" (scan_player.go).
					return (w-i == 4 || w-i == 7) && playerCueWord(src, i, w)
				}
				if src[w] == '.' || src[w] == '"' {
					return loginCueWord(src, i, w) // only Terraform's user resources end so
				}
				if loginCueWord(src, i, w) || dbLoginWordAt(src, i, w) || bornWord(src, i, w) || gapCueMay(src, i, w) && gapCueAt(src, i, w) {
					return true
				}
				// The other cues by their words' lengths, written out:
				// most words reach this test, and each call costs.
				switch w - i {
				case 1, 8:
					return gameIDMay(src, i, w) && gameIDAt(src, i, w) // [U:1:N], license2:
				case 2:
					return ftpSessionLoginAt(src, i, w)
				case 4:
					return acctToolWord(src, i, w) || passWord(src, i, w) || playerEventWord(src, i, w) || gameIDMay(src, i, w) && gameIDAt(src, i, w) ||
						playerCueWord(src, i, w)
				case 5:
					return acctToolWord(src, i, w) || gameIDMay(src, i, w) && gameIDAt(src, i, w)
				case 7:
					return acctToolWord(src, i, w) || gameIDMay(src, i, w) && gameIDAt(src, i, w) || playerCueWord(src, i, w)
				case 6:
					return acctToolWord(src, i, w) || sqlValuesAt(src, i, w) || loggedWord(src, i, w) || playerEventWord(src, i, w) ||
						playerCueWord(src, i, w)
				case 9:
					return initiatedWord(src, i, w) || playerCueWord(src, i, w)
				case 14:
					return authFailedWord(src, i, w)
				}
				return false
			},
			scan: func(s *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if playerCueWord(src, i, w) {
					// A player's name after Minecraft's and FiveM's
					// cues (scan_player.go).
					return s.scanPlayerCue(src, i, w)
				}
				if playerEventWord(src, i, w) {
					// A player's name before "joined the game"
					// (scan_gameid.go).
					return scanPlayerEvent(src, i)
				}
				if gameIDAt(src, i, w) {
					// A SteamID or a FiveM player identifier
					// (scan_gameid.go), and the player's name
					// the record puts beside it (scan_player.go).
					h, ok := scanGameID(src, i, w)
					if ok {
						h = s.playerAround(src, h)
					}
					return h, ok
				}
				if initiatedWord(src, i, w) {
					// Argo CD's events: "jdoe initiated sync to HEAD"
					// (scan_login.go).
					return scanInitiatedBy(src, i)
				}
				if acctToolWord(src, i, w) {
					// useradd's login operand (scan_login_acct.go).
					if h, later, ok := scanAcctToolLogin(src, w); ok {
						if !later {
							return h, true
						}
						s.addPending(src, h.det, h.start, h.end)
					}
				}
				if w-i == 2 && src[i] == 't' && memberListBefore(src, i) {
					// gpasswd's member list (scan_login_acct.go).
					return s.scanMemberList(src, w+1)
				}
				if ftpSessionLoginAt(src, i, w) {
					// FileZilla Server's session login (scan_login_acct.go).
					return scanFTPSessionLogin(src, w)
				}
				if loggedWord(src, i, w) {
					// "jdoe is now logged in" (scan_login_acct.go).
					return scanLoggedIn(src, i)
				}
				if passWord(src, i, w) {
					// An FTP client's PASS command (scan_login_acct.go).
					if !s.enabled[DetSecret] {
						return hit{}, false
					}
					return scanFTPPass(src, w)
				}
				if authFailedWord(src, i, w) {
					// ClickHouse's "DB::Exception: jdoe: Authentication
					// failed: ..." (scan_login.go).
					return scanAuthFailedBy(src, i)
				}
				if gapCueMay(src, i, w) && gapCueAt(src, i, w) {
					// PostgreSQL's DETAIL values (scan_pgdetail.go), a
					// street line (scan_addrprose.go) or a document's
					// number (scan_docprose.go) in prose.
					if h, ok := scanGapCue(src, i, w); ok && s.enabled[h.det] {
						return h, true
					}
				}
				if bornWord(src, i, w) {
					// A date of birth in prose (scan_docnum.go).
					if !s.enabled[DetBirthDate] {
						return hit{}, false
					}
					return scanBornDate(src, i, w)
				}
				if h, ok := scanLoginCue(src, i, w); ok {
					return h, true
				}
				if sqlValuesAt(src, i, w) {
					// An INSERT's literal under a login's or a name's
					// column (scan_dblog.go).
					return s.scanSQLValues(src, i, w)
				}
				return scanDBLoginAfterWord(src, i, w)
			},
		},
		{
			// A login that brackets or quotes set off in firewall, VPN
			// and RADIUS messages: User <jdoe>, peer 'jdoe',
			// jdoe/203.0.113.5:51234 (scan_login_net.go); and MySQL's
			// slow log header, "# User@Host: jdoe[jdoe] @ host [ip]"
			// (scan_dblog.go); and the endpoint of an Asterisk channel
			// name or dial string named after its user:
			// PJSIP/jane.doe-0000001a (scan_sip.go); and a passenger's
			// name as airlines write it, SMITH/JOHN MR, M1SMITH/JOHN
			// (scan_worldname.go); and the login beside a Tomcat
			// request thread's name, http-nio-8080-exec-3
			// (scan_tomcat.go); and a user's namespace opening a
			// forge's project path, /jane.doe/dotfiles/-/blob/...
			// (scan_namespace.go); and a login alone in a column of a
			// tab-separated record (scan_columnlogin.go).
			name: "login_net", det: DetName, first: letterByte,
			// (A byte of a UTF-8 letter after the first word: jürgen.müller/...)
			// (',': OpenVPN's status rows, "jdoe,203.0.113.5:51234,...".)
			after: func(_ bool, c2 byte) bool { return strings.IndexByte(".>')]/_-[\t,", c2) >= 0 || c2 >= 0x80 },
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				if w < len(src) && src[w] == ',' {
					// Before a comma only a status row's common name,
					// which opens the row or follows a comma or a tab.
					return (i == 0 || src[i-1] == 0 || src[i-1] == ',' || src[i-1] == '\t') && netLoginMay(src, i)
				}
				return netLoginMay(src, i) || dbLoginAt(src, i, w) || w < len(src) && src[w] == '/' && (channelTech(src[i:w]) || paxNameMay(src, i, w)) ||
					class[src[i]]&cUpper != 0 && w < len(src) && (src[w] == '_' || src[w] == '-') && fileOwnerAt(src, i, w) ||
					tomcatThreadMay(src, i, w) || forgeNamespaceAt(src, i) > 0 || ttyLoginMay(src, i, w) ||
					w < len(src) && (src[w] == '.' || src[w] == '_' || src[w] == '-') && 'a' <= src[i] && src[i] <= 'z' && personLoginAt(src, i, w) > i ||
					i > 0 && src[i-1] == '\t' && columnLoginAt(src, i) > i
			},
			scan: func(s *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if ttyLoginMay(src, i, w) {
					if h, ok := scanTTYLogin(src, i); ok {
						return h, true // last, who and w: "jdoe     pts/0        203.0.113.5 ..." (scan_login.go)
					}
				}
				if src[i] == 'h' && tomcatThreadMay(src, i, w) {
					if h, ok := scanTomcatThreadLogin(src, i); ok {
						return h, true
					}
				}
				if class[src[i]]&cUpper != 0 && fileOwnerAt(src, i, w) {
					// A person's name in a file's name (scan_filename.go).
					if h, ok := scanFileOwner(src, i, w); ok {
						return h, true
					}
					if !netLoginMay(src, i) && !dbLoginAt(src, i, w) {
						return hit{}, false // Content-Type, X-Request-Id: no login's cue either
					}
				}
				if paxNameMay(src, i, w) {
					if h, ok := scanPaxName(src, i, w); ok {
						return h, true // SMITH/JOHN MR (scan_worldname.go)
					}
				}
				if i > 0 && src[i-1] == '/' {
					if h, ok := scanForgeNamespace(src, i); ok {
						return h, true
					}
				}
				if h, ok := scanNetLogin(src, i, w, len(s.key) == 0); ok {
					return h, true
				}
				if h, ok := scanDBLogin(src, i, w); ok {
					return h, true
				}
				if h, ok := scanPersonLogin(src, i, w); ok {
					return h, true // jane.doe, maria_garcia, j.smith (scan_personlogin.go)
				}
				if h, ok := scanColumnLogin(src, i); ok {
					return h, true // a tab-separated column's tomasz, abecker25 (scan_columnlogin.go)
				}
				return scanDialLogin(src, i, w)
			},
		},
		{
			// PostgreSQL's "[%p] %u@%d %r": the login after a pid in
			// brackets, before '@' and an address (scan_dblog.go).
			name: "login_db_pid", det: DetName, first: digitByte,
			lens:  func(wl int) bool { return wl <= 10 },
			after: func(_ bool, c2 byte) bool { return c2 == ']' },
			may:   func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return dbLoginWordAt(src, i, w) },
			scan:  func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) { return scanDBLoginAfterWord(src, i, w) },
		},
		{
			// A statement's password literal: PASSWORD 'x', IDENTIFIED
			// BY 'x' (scan_dblog.go).
			name: "sql_password", det: DetSecret, first: func(c byte) bool { return c|0x20 == 'p' || c|0x20 == 'b' },
			lens:  func(wl int) bool { return wl == 8 || wl == 2 },
			after: func(_ bool, c2 byte) bool { return c2 == ' ' },
			may:   func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return sqlPasswordAt(src, i, w) },
			scan:  func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) { return scanSQLPassword(src, i, w) },
		},
		{
			// The session id of Dovecot's mail process prefix,
			// imap(user)<pid><session>:, found from the pid (scan_login.go);
			// and a Zigbee device's IEEE address in a Zigbee2MQTT topic,
			// zigbee2mqtt/0x00158d0001a2b3c4, the device's name until it
			// is renamed (scan_device.go). One start for both: the
			// registry's start set is 64 wide.
			name: "dovecot_session", det: DetSecret, first: digitByte,
			after: func(_ bool, c2 byte) bool { return c2 == '>' || c2 == '\'' || c2 == '"' || c2 == '/' },
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				return w < len(src) && src[w] == '>' && dovecotSessionAt(src, i, w) || zigbeeTopicAt(src, i, w)
			},
			scan: func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if zigbeeTopicAt(src, i, w) {
					return hit{det: DetSecret, start: i, end: w}, true
				}
				return scanDovecotSession(src, i, w)
			},
		},
		{
			// The account a SIP URI names before an address host:
			// sip:alice@203.0.113.7:5060 (scan_sip.go).
			name: "sip_login", det: DetName, first: func(c byte) bool { return c == 's' || c == 'S' },
			lens:  func(wl int) bool { return wl == 3 || wl == 4 },
			after: func(_ bool, c2 byte) bool { return c2 == ':' },
			may:   func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return sipLoginScheme(src, i, w) },
			scan:  func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) { return scanSIPLogin(src, i, w) },
		},
		{
			// A number before '@' and a host or dialplan context that is
			// no e-mail domain: 4155550123@203.0.113.8, Asterisk's
			// [4930690000@from-trunk:1] (scan_sip.go).
			name: "phone_at", det: DetPhone, first: digitByte,
			lens:   func(wl int) bool { return wl >= 7 && wl <= 15 },
			after:  func(_ bool, c2 byte) bool { return c2 == '@' },
			may:    func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return numberAtMay(src, i, w) },
			scan:   func(s *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) { return s.scanNumberAt(src, i, w) },
			dotted: true, // "PJSIP/03056485500@trunk": after a product-like word
		},
		{
			// A bare number after a phone label in free text: "caller
			// 4155550123", "phone number 4930690000"; an international
			// number without '+' after "to" or "from" (scan_phonelabel.go).
			// And a one-time code that a word names, before or after it:
			// "Your verification code is 482913", "G-482913 is your
			// Google verification code", "Use 4829 13 to log in"
			// (scan_otp.go). And a whole postal address in text, from its
			// house number to its postcode (scan_addrprose.go). And a
			// medical record number after "MRN " (scan_mrn.go). One start
			// for all: the registry's start set is 64 wide. Each scan
			// checks its detector's switch.
			name: "phone_label", det: detAlways, first: digitByte,
			lens:  func(wl int) bool { return wl >= 1 && wl <= 20 }, // 18: 011 and 15 digits (dialLimit); 20: a dialled extension; 1: a house number
			after: func(_ bool, c2 byte) bool { return phoneLabelAfter(c2) || otpAfter(c2) || c2 == '>' },
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				return w-i >= 7 && (phoneLabelBefore(src, i) || routedE164(src, i, w) || calledNumber(src, i, w) || dialplanNumber(src, i, w)) ||
					w-i <= 8 && w-i >= 2 && otpMay(src, i, w) || w-i >= 2 && cuedMay(src, i, w) || streetTextMay(src, i, w) ||
					i >= 4 && (src[i-1] == ' ' || src[i-1] == '#') && mrnBefore(src, i, w) || emvNameTagAt(src, i, w)
			},
			scan: func(s *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if emvNameTagAt(src, i, w) {
					// EMV's cardholder name in a kernel's trace
					// (scan_track.go).
					if !s.enabled[DetName] {
						return hit{}, false
					}
					return scanEMVName(src, w)
				}
				if mrnBefore(src, i, w) {
					// A medical record number after "MRN " (scan_mrn.go).
					if !s.enabled[DetNationalID] {
						return hit{}, false
					}
					return scanMRN(src, i)
				}
				if streetTextMay(src, i, w) && s.enabled[DetAddress] {
					if h, ok := scanStreetText(src, i, w); ok {
						return h, true
					}
				}
				if w-i < 2 {
					return hit{}, false
				}
				if w-i >= 7 && s.enabled[DetPhone] {
					if h, ok := scanPhoneLabelled(src, i, w); ok {
						return h, true
					}
				}
				if w-i <= 5 && s.enabled[DetPhone] && cuedMay(src, i, w) {
					if h, ok := scanPhoneCued(src, i); ok {
						return h, true
					}
				}
				if w-i > 8 || !s.enabled[DetSecret] {
					return hit{}, false
				}
				return scanOTP(src, i, w)
			},
		},
		{
			// The number or extension of an Asterisk dial string or
			// channel name, at its technology: PJSIP/2001-0000001a,
			// SIP/trunk/03012345678 (scan_sip.go).
			//
			// And the mailbox of a voicemail spool path, at its root:
			// /var/spool/asterisk/voicemail/default/2001/INBOX/
			// (scan_vmspool.go).
			name: "dial_string", det: DetPhone, first: func(c byte) bool { return strings.IndexByte("SPIDLMWHOUslvuV", c) >= 0 },
			lens:  func(wl int) bool { return wl >= 3 && wl <= 9 },
			after: func(_ bool, c2 byte) bool { return c2 == '/' },
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				if w-i == 9 {
					return voicemailRootAt(src, i, w)
				}
				return channelTech(src[i:w])
			},
			scan: func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if w-i == 9 {
					return scanVoicemailBox(src, i, w)
				}
				return scanDialString(src, i, w)
			},
		},
		{
			// A caller id's display name: "Alice Smith" <sip:...>,
			// "Bob Smith" <4930690000> (scan_sip.go).
			name: "display_name", det: DetName, first: func(c byte) bool { return c == '"' },
			after: func(_ bool, c2 byte) bool { return class[c2]&cAlpha != 0 },
			may:   func(_ *scanner, src []byte, i, _ int, _ keyCtx) bool { return displayNameEnd(src, i) >= 0 },
			scan:  func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanDisplayName(src, i) },
		},
		{
			// A caller id's number: "Bob Smith" <4930690000>.
			name: "caller_number", det: DetPhone, first: digitByte,
			lens:  func(wl int) bool { return wl >= 3 && wl <= 15 },
			after: func(_ bool, c2 byte) bool { return c2 == '>' },
			may:   func(_ *scanner, src []byte, i, w int, _ keyCtx) bool { return callerNumberAt(src, i, w) },
			scan: func(_ *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if !callerNumberAt(src, i, w) {
					return hit{}, false
				}
				return hit{det: DetPhone, start: i, end: w}, true
			},
		},
		{
			// +44 20 7946 0958, +14155550123.
			name: "phone_plus", det: DetPhone, first: func(c byte) bool { return c == '+' },
			after: func(_ bool, c2 byte) bool { return c2 >= '1' && c2 <= '9' || c2 == '(' },
			scan:  func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanPhonePlus(src, i, false) },
		},
		{
			name: "aws_key", det: DetAWSKey, first: func(c byte) bool { return c == 'A' },
			lens: func(wl int) bool { return wl == 20 },
			scan: func(s *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanAWSKey(s, src, i) },
		},
		{
			// DE89370400440532013000, and printed in groups: DE89 3704 ...,
			// DE89-3704-...; in lower case de89-3704-...,
			// gb82west12345698765432 (not printed with blanks: "to 12",
			// "at 20").
			name: "iban", det: DetIBAN, first: func(c byte) bool { return class[c]&cAlpha != 0 },
			lens:  func(wl int) bool { return wl == 4 || wl >= 15 },
			after: func(long bool, c2 byte) bool { return long || c2 == ' ' || c2 == '-' },
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				if class[src[i]]&cUpper != 0 {
					return w-i >= 15 || digitByte(src[i+2]) && digitByte(src[i+3])
				}
				return (w-i >= longWord || src[w] == '-') && digitByte(src[i+2]) && digitByte(src[i+3]) && ibanCC(src[i], src[i+1])
			},
			scan: func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanIBAN(src, i) },
		},
		{
			// Base64 of a JSON object that holds personal data:
			// /track?data=eyJlbWFpbCI6... (scan_b64.go), and a WhatsApp
			// message id, "wamid." and base64 of a structure that
			// holds the user's number (scan_wamid.go). Gated by no one
			// detector: it reports the secret detector or the inner
			// one, and the phone detector for a message id.
			// (The id's encoded part begins with 'H', its first word is
			// long: the start is there, not at "wamid.", so that words
			// before a '.' need no look.)
			name: "b64_json", det: detAlways, first: func(c byte) bool { return c == 'e' || c == 'H' },
			lens:  func(wl int) bool { return wl >= 3 },
			after: func(long bool, c2 byte) bool { return long || c2 == '-' || c2 == '_' || c2 == '+' || c2 == '/' },
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				return b64JSONStart(src, i, w) || wamidAt(src, i, w)
			},
			scan: func(s *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if src[i] == 'H' {
					return s.scanWAMID(src, i, w)
				}
				return s.scanB64JSON(src, i, w)
			},
		},
		{
			// Base64 of printable text that holds personal data: an
			// e-mail address in an unsubscribe link (scan_b64.go). It
			// reports the inner detector (a secret for an address).
			name: "b64_text", det: detAlways, first: b64TextFirst,
			// Base64 of ASCII text has '+' or '/' ('-' or '_') only
			// for '>', '?' and '~': its first word is the value.
			lens: func(wl int) bool { return wl >= b64TextMin },
			may: func(_ *scanner, src []byte, i, _ int, _ keyCtx) bool {
				return b64Printable(src, i) && !b64Before(src, i)
			},
			scan: func(s *scanner, src []byte, i, w int, _ keyCtx) (hit, bool) {
				if w-i < b64TextMin {
					return hit{}, false // the scan's own test of the start's length: the fuzz reference skips lens
				}
				return s.scanB64Text(src, i)
			},
		},
		{
			name: "jwt", det: DetJWT, first: func(c byte) bool { return c == 'e' },
			lens:  func(wl int) bool { return wl >= 2 },
			after: func(long bool, c2 byte) bool { return long && c2 == '.' || c2 == '-' || c2 == '_' },
			may: func(_ *scanner, src []byte, i, w int, _ keyCtx) bool {
				var c2 byte
				if w < len(src) {
					c2 = src[w]
				}
				return jwtStart(src, i, w-i, c2)
			},
			scan: func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanJWT(src, i) },
		},
		{
			// "Bearer x", "Basic x" anywhere in the text.
			name: "bearer", det: DetBearer, first: func(c byte) bool { return c == 'B' || c == 'b' },
			lens:  func(wl int) bool { return wl == 5 || wl == 6 },
			after: func(_ bool, c2 byte) bool { return c2 == ' ' },
			scan:  func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanBearerWord(src, i) },
		},
		{
			name: "email", det: DetEmail, first: func(c byte) bool { return class[c]&cAlnum != 0 }, dotted: true,
			after: func(_ bool, c2 byte) bool { return class[c2]&cEmailNext != 0 },
			may: func(s *scanner, src []byte, i, _ int, _ keyCtx) bool {
				return i >= s.emailNone && i >= s.idEnd && s.emailAhead(src, i) || escapedAtStart(src, i)
			},
			scan: func(s *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return s.scanEmail(src, i) },
		},
	}
}

// vendorSepFirst[sep][c] is set when a vendor prefix starts with c and
// its first byte that is not a letter or digit is sep (ghp_: '_' and
// 'g'). vendorWord holds the first bytes of the prefixes of letters and
// digits whose body is letters and digits too (dapi, SK); vendorWordSep
// those whose body may hold a separator (AIza, ATATT3, eyJrIjoi), and the
// separators, where the token's first word may end ("AIza...-",
// "eyJrIjoi.../").
var (
	vendorSepFirst            [256][256]bool
	vendorWord, vendorWordSep struct{ first, after [256]bool }
)

func buildVendorStarts() {
	for _, r := range vendorRules {
		p, sep := r.prefix, byte(0)
		for j := 0; j < len(p); j++ {
			if class[p[j]]&cAlnum == 0 {
				sep = p[j]
				break
			}
		}
		if sep != 0 {
			vendorSepFirst[sep][p[0]] = true
			continue
		}
		w := &vendorWord
		for c := 0; c < 256; c++ {
			if tokenClass[c]&r.alphabet != 0 && class[c]&cAlnum == 0 {
				w = &vendorWordSep
				w.after[c] = true
			}
		}
		w.first[p[0]] = true
	}
}

// vendorSepStart is the start of the vendor prefixes whose first word
// ends with sep. (A prefix that ends its word with '~', sha256~, is found
// at the '~': tilde_token.)
func vendorSepStart(name string, sep byte) wordStart {
	return wordStart{
		name: name, det: DetToken, first: func(c byte) bool { return vendorSepFirst[sep][c] },
		after: func(_ bool, c2 byte) bool { return c2 == sep },
		may:   func(_ *scanner, src []byte, i, _ int, _ keyCtx) bool { return vendorMaybe(src, i) },
		scan:  func(_ *scanner, src []byte, i, _ int, _ keyCtx) (hit, bool) { return scanVendor(src, i) },
	}
}

// startSet is a set of wordStarts, by index.
type startSet uint64

// The prefilter's and the dispatch's tables, built from wordStarts: the
// hot fields in arrays of their own, so that a word's candidates cost a
// few cache lines.
var (
	startMay      [64]func(s *scanner, src []byte, i, w int, kc keyCtx) bool
	startScan     [64]func(s *scanner, src []byte, i, w int, kc keyCtx) (hit, bool)
	startWins     startSet
	startsOfDet   [NumDetectors + 1]startSet // the starts each detector switch gates (detAlways: none)
	startsByFirst [256]startSet
	startsByLen   [maxWordLen + 1]startSet // a word's length, capped at maxWordLen
	startsByAfter [2][256]startSet         // [long][byte after the word]
	startsByCtx   [numCtx]startSet         // starts whose lens and after a key context lifts
	startsDotted  startSet
	// The starts whose first tests scanCtx writes out (see there).
	startEmail, startKey, startPhoneLabel, startIPDashed, startTextName, startLoginNet startSet
	// The digit starts whose shape test, without a key that names the
	// value, is twoDots when a '.' follows the word (ipv4, ssn,
	// phone_national, phone_local), and the starts whose shape test is
	// colonShape when a ':' follows it (ipv6, mac): runStarts runs the
	// shared test once for all of them (see sharedShapes).
	startsTwoDots, startsColon startSet
)

// maxWordLen caps the word lengths the tables tell apart.
const maxWordLen = 64

// buildStarts sets wordStarts and the prefilter's tables. The byte classes
// must be set first (scan.go's init calls it).
func buildStarts() {
	buildVendorStarts()
	wordStarts = wordStartTable()
	if len(wordStarts) > 64 {
		panic("BUG: more word starts than a startSet holds")
	}
	for x, ws := range wordStarts {
		bit := startSet(1) << x
		startMay[x], startScan[x] = ws.may, ws.scan
		startsOfDet[ws.det] |= bit
		if ws.wins {
			startWins |= bit
		}
		for c := 0; c < 256; c++ {
			if ws.first(byte(c)) {
				startsByFirst[c] |= bit
			}
			for l, long := range [2]bool{false, true} {
				if ws.after == nil || ws.after(long, byte(c)) {
					startsByAfter[l][c] |= bit
				}
			}
		}
		for wl := 1; wl <= maxWordLen; wl++ {
			if ws.lens == nil || ws.lens(wl) {
				startsByLen[wl] |= bit
			}
		}
		for kc := range startsByCtx {
			if ws.keyed&(1<<kc) != 0 {
				startsByCtx[kc] |= bit
			}
		}
		if ws.dotted {
			startsDotted |= bit
		}
		switch ws.name {
		case "email":
			startEmail = bit
		case "key":
			startKey = bit
		case "phone_label":
			startPhoneLabel = bit
		case "ipv4_dashed":
			startIPDashed = bit
		case "text_name":
			startTextName = bit
		case "login_net":
			startLoginNet = bit
		case "ipv4", "ssn", "phone_national", "phone_local":
			startsTwoDots |= bit
		case "ipv6", "mac":
			startsColon |= bit
		}
	}
	if bits.OnesCount64(uint64(startsTwoDots)) != 4 || bits.OnesCount64(uint64(startsColon)) != 2 {
		panic("BUG: a start of startsTwoDots or startsColon is missing")
	}
	if startEmail == 0 || startKey == 0 || startPhoneLabel == 0 || startIPDashed == 0 || startTextName == 0 || startLoginNet == 0 {
		panic("BUG: no email, key, phone_label, ipv4_dashed, text_name or login_net word start")
	}
	// A word of maxWordLen bytes or more passes where any longer one
	// would: lens are monotone past that length for every start above.
	for _, ws := range wordStarts {
		if ws.lens != nil && ws.lens(maxWordLen) != ws.lens(maxWordLen+1000) {
			panic("BUG: word start " + ws.name + " tells apart lengths beyond maxWordLen")
		}
	}
}

// startsAt returns the starts that may match at the word src[i:w] under
// key context kc: the prefilter.
func startsAt(src []byte, i, w int, kc keyCtx) startSet {
	c := src[i]
	var c2 byte
	if w < len(src) {
		c2 = src[w]
	}
	wl := min(w-i, maxWordLen)
	long := 0
	if wl >= longWord {
		long = 1
	}
	set := startsByFirst[c] & (startsByLen[wl]&startsByAfter[long][c2] | startsByCtx[kc])
	if set != 0 && class[c]&cDigit != 0 && inDottedOrVersion(src, i) {
		set &= startsDotted
	}
	return set
}

// runStarts returns the best match of the starts in set at src[i], each
// after its shape test unless every is set (the fuzz reference).
//
// s.on must be current (see startsOn).
func (s *scanner) runStarts(src []byte, i, w int, kc keyCtx, set startSet, every bool) (best hit, found bool) {
	set &= s.on
	if !every && w < len(src) && set&(startsTwoDots|startsColon) != 0 {
		set = sharedShapes(src, i, w, kc, set)
	}
	for set != 0 {
		x := bits.TrailingZeros64(uint64(set))
		set &= set - 1
		if may := startMay[x]; !every && may != nil && !may(s, src, i, w, kc) {
			continue
		}
		m, ok := startScan[x](s, src, i, w, kc)
		if !ok {
			continue
		}
		if startWins&(1<<x) != 0 {
			return m, true
		}
		pick(&best, &found, m)
	}
	return best, found
}

// sharedShapes drops from set the starts at the word src[i:w] whose shape
// tests are one test they share, when it fails: without a key that names
// the value, a digit word before '.' needs two dots (twoDots) for ipv4,
// ssn, phone_national and phone_local, and a hex word before ':' the
// shape of IPv6 or a MAC (colonShape) for ipv6 and mac, so a time such as
// 20:00:00 or a rate such as 1.448 costs one test, not one call each.
// Their may functions say the same. w < len(src).
func sharedShapes(src []byte, i, w int, kc keyCtx, set startSet) startSet {
	if isKeyed(kc) {
		return set
	}
	k := class[src[i]]
	switch src[w] {
	case '.':
		if k&cDigit != 0 && set&startsTwoDots != 0 && !twoDots(src, w) {
			if i > 0 && (src[i-1] == ' ' || src[i-1] == '-') {
				if androidLocationAt(src, i) {
					return set // ipv4's start reads the coordinates (scan_geo.go)
				}
			}
			set &^= startsTwoDots
		}
	case ':':
		if k&(cDigit|cHexLet) != 0 && set&startsColon != 0 && !colonShape(src, w) {
			set &^= startsColon
		}
	}
	return set
}

// startsOn sets s.on to the starts whose detectors s.enabled turns on,
// computing it again only when s.enabled changed since the last call.
func (s *scanner) startsOn() {
	if s.enabled != s.onFor || !s.onSet {
		s.onFor, s.onSet = s.enabled, true
		s.on = startsOfDet[detAlways]
		for d, on := range s.enabled {
			if on {
				s.on |= startsOfDet[d]
			}
		}
	}
}
