package redact

import (
	"bytes"
	"strings"
)

// A device's host name that carries its owner's name. Apple names a
// device after its owner ("Anna's iPhone", "Olena Kovalenko's MacBook
// Pro") and writes it as a host name without the apostrophe and with
// hyphens for blanks: Annas-iPhone, Olena-Kovalenkos-MacBook-Pro. That
// name is what the device sends as its DHCP host name (dhcpd's "DHCPACK
// on ... (Annas-iPhone)", Zeek's host_name, Suricata's dhcp.hostname,
// dnsmasq, Kea) and what it announces over mDNS (Annas-MacBook-Pro.local);
// servers often write it in lower case.
//
// The match is the owner's name: one to three words of letters joined by
// hyphens, the last ending in the possessive 's', followed by a hyphen and
// an Apple device name (iPhone, iPad, iPod, MacBook, MacBook-Pro,
// MacBook-Air, iMac, Mac-mini, Mac-Pro, Mac-Studio), which stays: "[name]-iPhone". Possessives that name no one (Kids-iPad,
// Sales-MacBook) stay.
//
// Organisations name a PC after the person who uses it, without the
// possessive: jane-doe-laptop, JOHN-SMITH-PC, jsmith-desktop,
// olena-kovalenko-mbp; resolvers and DHCP servers log those names too
// (dnsmasq's "query[A] jane-doe-laptop.lan", dhcpd's "(JOHN-SMITH-PC)").
// Before such a word (pcWords) the owner is one or two words of letters
// at the start of the label, none of them a word that names a room, a
// department or a role (pcOwnerStop: confroom-berlin-pc, finance-pc,
// kiosk-pc stay), and not a system's account (build-pc).

// deviceWords are Apple's device names as they follow the owner's name,
// in lower case with "_" for the hyphen (foldEq reads "-" as "_").
// Android phones a person renames take the same host name form
// (Marias-Galaxy-S23, Olenas-Pixel-8).
var deviceWords = []string{"iphone", "ipad", "ipod", "macbook_pro", "macbook_air", "macbook", "imac", "mac_mini", "mac_pro", "mac_studio", "airpods", "galaxy", "pixel"}

// pcWords are the words that end a PC's name after its user's: they
// follow the owner without a possessive.
// Apple's device names count here too, without the possessive that
// scanDeviceOwner otherwise wants: a managed fleet names them after their
// user as it names PCs (jane-doe-iphone, jdoe-macbook-pro).
// A phone is named so too, as MQTT clients and MDM inventories name
// them (jdoe-phone, jane.doe-phone); "nb" is the notebook of fleets that
// name machines USER-NB (JDOE-NB), as NetBIOS's 15 bytes leave little
// room; "lt" their laptop (JDOE-LT, as a VPN gateway's session start
// logs the client's host name).
var pcWords = []string{"laptop", "pc", "desktop", "notebook", "nb", "lt", "mbp", "iphone", "ipad", "macbook_pro", "macbook_air", "macbook", "imac", "phone"}

// deviceFirst, deviceLen and deviceAfterByte are the prefilter of the
// device names: their first bytes, the lengths of their first words
// (iPhone, MacBook; Mac in Mac-mini) and the bytes that may follow that
// word: the end of a host name's label or of the text, a hyphen, a
// delimiter (Technitium's "QNAME: jdoe-mbp; QTYPE", "[jane-pc]",
// "<hostname>jane-pc</hostname>"); '/' only before a DNS class (dnstap-read's name/IN/A, see
// classSlash), not in a path or a product (Mozilla/5.0, MacBook/).
var deviceFirst, deviceLen, deviceAfterByte = func() (f [256]bool, l [9 + pcNumberMax]bool, a [256]bool) {
	f['a'], f['A'] = true, true // android-<hex> (scan_deviceid.go): seven letters, as MacBook
	for _, w := range append(append([]string(nil), deviceWords...), pcWords...) {
		f[w[0]], f[w[0]-'a'+'A'] = true, true
		n := 0
		for n < len(w) && w[n] != '_' {
			n++
		}
		l[n] = true
	}
	for _, w := range pcWords {
		for d := 1; d <= pcNumberMax && strings.IndexByte(w, '_') < 0; d++ {
			l[len(w)+d] = true // jane-doe-pc01, jsmith-laptop2
		}
	}
	// Any byte that may end a host name's label, as wordAfter reads the
	// device's word (jane-laptop: ..., Annas-iPhone! ...).
	// (class is not filled yet: package variables come before init.)
	for c := range a {
		b := byte(c)
		a[c] = !('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_')
	}
	return f, l, a
}()

// scanDeviceOwner matches the owner's name before the device name at
// src[i] (after "s-"): one to three words of letters joined by hyphens,
// the last a possessive, the first at the start of the text or after a
// byte that ends a host name's label.
func scanDeviceOwner(src []byte, i int) (hit, bool) {
	if e := possessiveBefore(src, i); e > 0 {
		return scanDisplayOwner(src, i, e) // Anna's iPhone (scan_devicename.go)
	}
	if i < 3 || src[i-1] != '-' {
		return hit{}, false
	}
	if wordAfter(src, i, pcWords) || pcNumbered(src, i) {
		if h, ok := scanPCOwner(src, i); ok && (h.end-h.start >= 3 || !appleWord(src, i)) {
			return h, true // (Xs-iPad: a model, not an owner of two letters)
		}
		if !appleWord(src, i) {
			return hit{}, false
		}
		// Else an Apple device's owner may still be a possessive.
	}
	if i < 4 || !deviceAfter(src, i) {
		return hit{}, false
	}
	e := i - 1 // the end of the name
	s := e
	for s > 0 && isAlpha(src[s-1]) {
		s--
	}
	if e-s < 3 || lower(src[e-1]) != 's' || possessiveStop(src[s:e]) {
		return hit{}, false
	}
	for words := 1; words < 3 && s >= 3 && src[s-1] == '-' && isAlpha(src[s-2]); words++ {
		k := s - 1
		for k > 0 && isAlpha(src[k-1]) {
			k--
		}
		if s-1-k < 2 {
			break
		}
		s = k // an earlier word of the owner's name: Olena-Kovalenkos-
	}
	if s > 0 && (isAlnum(src[s-1]) || src[s-1] == '-' || src[s-1] == '.' || src[s-1] == '_' || src[s-1] >= 0x80) {
		return hit{}, false // inside a longer name
	}
	return hit{det: DetName, start: s, end: e}, true
}

// scanPCOwner matches the user's name before a PC's word at src[i] (after
// '-'): one or two words of letters joined by a hyphen, at the start of the
// host name's label.
func scanPCOwner(src []byte, i int) (hit, bool) {
	e := i - 1
	s := e
	for s > 0 && e-s < 3 && isDigit(src[s-1]) {
		s-- // a login's number: jsmith2-laptop
	}
	d := s
	for s > 0 && isAlpha(src[s-1]) {
		s--
	}
	if d-s < 2 || pcOwnerStop(src[s:d]) {
		return hit{}, false
	}
	if s >= 2 && (src[s-1] == '-' || src[s-1] == '.' || src[s-1] == '_') && isAlpha(src[s-2]) {
		// A login's joiner: jane-doe-, jane.doe-, jane_doe-, j.doe-.
		k := s - 1
		for k > 0 && isAlpha(src[k-1]) {
			k--
		}
		if s-1-k < 2 && src[s-1] != '.' && (src[s-1] != '-' || d-s < 4 || !lowerRun(src[k:d])) || pcOwnerStop(src[k:s-1]) {
			// (An initial and a hyphen before a surname of four letters
			// or more, in lower case, is a login's, as the '.' it stands
			// for in a host name: p-smith-mbp, e-obrien-laptop.)
			return hit{}, false
		}
		s = k
	}
	if s > 0 && (isAlnum(src[s-1]) || src[s-1] == '-' || src[s-1] == '.' || src[s-1] == '_' || src[s-1] >= 0x80) {
		return hit{}, false // inside a longer name
	}
	if systemAccount(src[s:e]) {
		return hit{}, false
	}
	return hit{det: DetName, start: s, end: e}, true
}

// zigbeeIEEE reports whether v is a Zigbee device's IEEE address as
// Zigbee2MQTT writes it: "0x" and sixteen lower-case hex digits.
func zigbeeIEEE(v []byte) bool {
	if len(v) != 18 || v[0] != '0' || v[1] != 'x' {
		return false
	}
	for _, c := range v[2:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// zigbeeTopicAt reports whether the word src[i:w] is a Zigbee device's
// IEEE address after Zigbee2MQTT's base topic, or as the device's default
// friendly_name in a payload quoted in text (mosquitto_sub -v).
func zigbeeTopicAt(src []byte, i, w int) bool {
	return w-i == 18 && src[i] == '0' && zigbeeIEEE(src[i:w]) &&
		(hasSuffixAt(src, i, "zigbee2mqtt/") || hasSuffixAt(src, i, `"friendly_name":"`))
}

// appleWord reports whether the device word at src[i] is one of Apple's
// (iPhone, iPad, iMac, MacBook), not a PC's.
func appleWord(src []byte, i int) bool {
	return i+1 < len(src) && (lower(src[i]) == 'i' || lower(src[i]) == 'm' && lower(src[i+1]) == 'a')
}

// pcNumberMax is how many digits may number a PC after its word: an
// organisation's second laptop or its asset count (jane-doe-pc01,
// jsmith-laptop2).
const pcNumberMax = 2

// pcNumbered reports whether a PC's word and one or two digits begin at
// src[k] and end there, as wordAfter reads a word.
func pcNumbered(src []byte, k int) bool {
	for _, w := range pcWords {
		e := k + len(w)
		if e >= len(src) || strings.IndexByte(w, '_') >= 0 || !foldEq(src[k:e], w) || !isDigit(src[e]) {
			continue
		}
		d := e
		for d < len(src) && isDigit(src[d]) && d-e < pcNumberMax {
			d++
		}
		if d == len(src) || !isAlnum(src[d]) && src[d] != '-' && src[d] != '_' && (src[d] != '/' || classSlash(src, d)) {
			return true
		}
	}
	return false
}

// wordAfter reports whether one of words (lower case, '_' for '-') begins
// at src[k] and ends there: at the end of the text or of the label.
func wordAfter(src []byte, k int, words []string) bool {
	for _, w := range words {
		e := k + len(w)
		if e <= len(src) && foldEq(src[k:e], w) && (e == len(src) || !isAlnum(src[e]) && src[e] != '-' && src[e] != '_' && (src[e] != '/' || classSlash(src, e))) {
			return true
		}
	}
	return false
}

// pcOwnerStop reports whether w, a word before a PC's word, names a room, a
// place, a department or a role rather than a person.
func pcOwnerStop(w []byte) bool {
	var b [12]byte
	if len(w) > len(b) {
		return true // no given name or surname of the shapes logins take is this long
	}
	for k, c := range w {
		b[k] = lower(c)
	}
	switch string(b[:len(w)]) {
	case "ip", "sip", "voip", "cell", "mobile", "smart", "android", "company", "conf", "confroom", "conference", "meeting", "room", "boardroom", "lobby", "kiosk", "reception", "frontdesk",
		"front", "desk", "hotdesk", "lab", "labs", "training", "classroom", "library", "shared", "spare", "loaner",
		"guest", "guests", "test", "dev", "build", "demo", "print", "scan", "pos", "till", "shop", "store",
		"warehouse", "office", "finance", "accounting", "hr", "it", "sales", "marketing", "support", "helpdesk",
		"admin", "media", "studio", "server", "backup", "win", "windows", "linux", "ubuntu", "gaming", "home",
		"family", "kids", "old", "new", "my", "work", "main", "virtual", "vm", "commerce", "learning", "banking":
		return true
	}
	return false
}

// deviceAfter reports whether an Apple device name begins at src[k] and
// ends there: at the end of the text or of the host name's label.
func deviceAfter(src []byte, k int) bool {
	if k >= len(src) {
		return false
	}
	c := lower(src[k])
	for _, w := range deviceWords {
		e := k + len(w)
		if w[0] != c {
			continue
		}
		if e > len(src) || !foldEq(src[k:e], w) {
			continue
		}
		return e == len(src) || !isAlnum(src[e]) && (src[e] != '/' || classSlash(src, e))
	}
	return false
}

// classSlash reports whether src[e], a '/' after a name, opens the class
// and type that BIND's dnstap-read writes after a query's name
// (jane-doe-laptop/IN/A): a class mnemonic (RFC 1035 3.2.4, RFC 6895) and
// another '/'. A '/' elsewhere after a device's word is a path's or a
// product's (/shop/asus-laptop/, MacBook/).
func classSlash(src []byte, e int) bool {
	c := src[e+1:]
	for _, class := range [...]string{"IN/", "CH/", "HS/", "ANY/", "NONE/"} {
		if len(c) >= len(class) && string(c[:len(class)]) == class {
			return true
		}
	}
	return false
}

// possessiveStop reports whether w, a word ending in 's' before a device
// name, is no person's: a group, a department, a room.
func possessiveStop(w []byte) bool {
	var b [12]byte
	if len(w) > len(b) {
		return false
	}
	for k, c := range w {
		b[k] = lower(c)
	}
	switch string(b[:len(w)]) {
	case "kids", "sales", "guests", "windows", "ops", "devops", "labs", "tests", "demos", "students", "teachers",
		"parents", "users", "admins", "others", "class", "reception", "events", "loans", "spares", "shared":
		return true
	}
	return false
}

// Windows names a new PC DESKTOP- or LAPTOP- and seven random letters and
// digits (DESKTOP-7H3K2LQ); a user who renames it often keeps the prefix
// and puts their own name after it: DESKTOP-JSMITH, LAPTOP-JANE. The
// word after the prefix is masked when it spells a person (an initial and
// a surname, a given name, or a login of name words: nameLogin); the
// default's random word, which holds digits or no name, stays.

// windowsPrefixOwnerAt reports, cheaply, whether the word src[i:w] is
// DESKTOP or LAPTOP before a '-', at the start of a host name's label.
func windowsPrefixOwnerAt(src []byte, i, w int) bool {
	if w-i != 7 && w-i != 6 || w+4 >= len(src) || src[w] != '-' || !isAlpha(src[w+1]) {
		return false
	}
	if i > 0 && (isAlnum(src[i-1]) || src[i-1] == '-' || src[i-1] == '_' || src[i-1] == '.') {
		return false
	}
	return foldEq(src[i:w], "desktop") || foldEq(src[i:w], "laptop")
}

// scanWindowsPrefixOwner matches the owner's name after a Windows PC's
// DESKTOP- or LAPTOP- prefix at src[i:w] (windowsPrefixOwnerAt): the rest
// of the label, up to 15 bytes as NetBIOS allows.
func scanWindowsPrefixOwner(src []byte, i, w int) (hit, bool) {
	if !windowsPrefixOwnerAt(src, i, w) {
		return hit{}, false
	}
	v := w + 1
	e := v
	for e < len(src) && e-v <= 15 && (isAlnum(src[e]) || src[e] == '-' || src[e] == '_' || src[e] == '.' && e+1 < len(src) && isAlpha(src[e+1]) && !hostLabelAfter(src, e)) {
		e++
	}
	if e-v > 15 || e < len(src) && (isAlnum(src[e]) || src[e] >= 0x80) {
		return hit{}, false
	}
	owner := src[v:e]
	if nameLogin(owner) || pcGivenName(owner) {
		return hit{det: DetName, start: v, end: e}, true
	}
	return hit{}, false
}

// hostLabelAfter reports whether the '.' at src[e] ends the host name's
// label: a domain follows (DESKTOP-JANE.corp.example.com), not the rest of
// a dotted login.
func hostLabelAfter(src []byte, e int) bool {
	return bytes.IndexByte(src[e+1:min(len(src), e+24)], '.') >= 0
}

// pcGivenName reports whether w, in any case, is a common given name.
func pcGivenName(w []byte) bool {
	var b [16]byte
	if len(w) < 3 || len(w) > len(b) {
		return false
	}
	for k, c := range w {
		if !isAlpha(c) {
			return false
		}
		b[k] = lower(c)
	}
	b[0] -= 'a' - 'A'
	return givenName(b[:len(w)])
}

// lowerRun reports whether b holds only lower-case ASCII letters and
// hyphens.
func lowerRun(b []byte) bool {
	for _, c := range b {
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return true
}
