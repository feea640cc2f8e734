package redact

import "bytes"

// Contact-centre and cloud telephony call records (Amazon Connect contact
// records, Microsoft Graph call records, Zoom Phone call logs, the Webex
// Calling Detailed Call History): the shapes their field names and values
// take that the general rules did not cover.
//
//   - A calling or called party's "line ID" (Webex's "Calling line ID",
//     "Called line ID"; calling_line_id) is the caller id a phone shows:
//     the party's name, or its number. Under such a name the value is
//     masked as a name when it holds a letter; a bare number is found as a
//     phone number by the party's number rules.
//   - RFC 7989's Session-ID is two 32-digit lower-case hex UUIDs, the
//     local and the remote one, that follow a call end to end across SIP
//     servers ("Local SessionID", "remote_session_id"): an identifier of
//     the call, not a credential, though "session" names one in a web log;
//     so is a UUID under a call's or a media stream's session (Telnyx's
//     call_session_id).
//   - A MAC address written as twelve bare hex digits (Webex's "Device
//     MAC" 6C710D8ABC10, provisioning servers' file names and fields) is
//     one only under a name that says MAC: alone it is any hex number.
//   - "User" before a word that names a property of users is no login
//     after its cue: Webex's columns "User type", "User UUID", "User
//     number" (as JSON member names in its API), "user type" in text.
//   - A Bluetooth or Apple device shown by its display name, "Olena's
//     AirPods Pro", "Jürgen Smith's iPhone" (Windows' audio device names
//     that Teams call records quote, "Headset (Olena's AirPods Pro)"): the
//     owner's name before the possessive goes, the device stays.

// partyLineIDKey reports whether key is a party word followed by "line" and
// "id" (its last words): Calling line ID, called_line_id, callerLineId.
func partyLineIDKey(key []byte) bool {
	var w [3][]byte // the last three words, the last at w[2]
	n := 0
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
		w[0], w[1], w[2] = w[1], w[2], key[i:j]
		n++
		i = j
	}
	return n >= 3 && foldEq(w[2], "id") && foldEq(w[1], "line") && partyWord(w[0])
}

// sipSessionUUID reports whether v, the value of a key k that names a
// session, identifies a call's session rather than a login's: one of the
// UUIDs of RFC 7989's Session-ID (k holds the word local or remote: Local
// SessionID, remote_session_id; v is 32 lower-case hex digits), or a UUID
// or 32 hex digits under a session of a call, a SIP dialog or a media
// stream (call_session_id, callSessionId, media_session_id, sip_session_id),
// or a cloud PBX's own id of a call's session under such a key
// (RingCentral's telephonySessionId "s-a1c6…z6aaa…0000"): letters, digits
// and '-', which no credential is written in alone.
func sipSessionUUID(k, v []byte) bool {
	if len(k) < 10 || len(v) < 16 || len(v) > 64 {
		return false
	}
	hex := len(v) == 32 || len(v) == 36
	dashes, digits := 0, 0
	for x, c := range v {
		switch {
		case c == '-':
			dashes++
			if len(v) == 36 && x != 8 && x != 13 && x != 18 && x != 23 || len(v) != 36 {
				hex = false
			}
		case '0' <= c && c <= '9':
			digits++
		case 'a' <= c && c <= 'f', len(v) == 36 && 'A' <= c && c <= 'F':
		case isAlpha(c):
			hex = false
		default:
			return false
		}
	}
	if hex && len(v) == 36 && dashes != 4 {
		hex = false
	}
	if hex && len(v) == 32 && (keyWord(k, "local") || keyWord(k, "remote")) {
		return true
	}
	if !keyWord(k, "call") && !keyWord(k, "sip") && !keyWord(k, "media") && !keyWord(k, "rtp") && !keyWord(k, "telephony") {
		return false
	}
	return hex || dashes > 0 && digits > 0
}

// keyWord reports whether the lower-case word w is one of the words of
// key (split at separators and at a capital after a lower-case letter).
func keyWord(key []byte, w string) bool {
	for i := 0; i < len(key); {
		for i < len(key) && !isAlpha(key[i]) {
			i++
		}
		j := i + 1
		for j < len(key) && isAlpha(key[j]) && !(isUpper(key[j]) && !isUpper(key[j-1])) {
			j++
		}
		if i < len(key) && j-i == len(w) && foldEq(key[i:j], w) {
			return true
		}
		i = j
	}
	return false
}

// bareMAC reports whether v is a MAC address of twelve bare hex digits
// in one case, with a letter among them (all digits is a number).
func bareMAC(v []byte) bool {
	if len(v) != 12 {
		return false
	}
	up, low := false, false
	for _, c := range v {
		switch {
		case 'A' <= c && c <= 'F':
			up = true
		case 'a' <= c && c <= 'f':
			low = true
		case !isDigit(c):
			return false
		}
	}
	return up != low // mixed case is a random word
}

// macKey reports whether key names a MAC address: its last word is mac
// (Device MAC, device_mac, clientMac, mac) or it is macaddress,
// mac_address, mac address (a CSV column: Windows' DHCP audit log),
// macaddr or mac_addr.
func macKey(key []byte) bool {
	key = keyName(key)
	n := len(key)
	if n >= 3 && foldEq(key[n-3:], "mac") && (n == 3 || !isAlpha(key[n-4]) || isUpper(key[n-3]) && !isUpper(key[n-4])) {
		return true
	}
	if n > 10 && foldEq(key[n-10:], "macaddress") && (isUpper(key[n-10]) && !isUpper(key[n-11]) || !isAlpha(key[n-11])) {
		return true // Intune's wiFiMacAddress and ethernetMacAddress, Jamf's wifiMacAddress
	}
	if n > 12 && foldEq(key[n-12:], "_mac_address") {
		return true // ClearPass's Common.Endpoint-MAC-Address, Host-MAC-Address
	}
	return foldEq(key, "macaddress") || foldEq(key, "mac_address") || foldEq(key, "mac address") || foldEq(key, "macaddr") || foldEq(key, "mac_addr")
}

// possessiveDeviceOwner matches the owner's name in a device's display
// name, before "'s " (or "’s ") and the device word at src[i]: one or two
// capitalised words of letters (UTF-8 letters too), separated by a blank,
// after a byte that ends no word. The device word stays.
func possessiveDeviceOwner(src []byte, i int) (hit, bool) {
	e := i - 3 // the apostrophe
	if e < 1 || src[i-1] != ' ' || lower(src[i-2]) != 's' {
		return hit{}, false
	}
	if src[e] != '\'' {
		if e < 3 || src[e] != 0x99 || src[e-1] != 0x80 || src[e-2] != 0xe2 {
			return hit{}, false
		}
		e -= 2 // ’ is three bytes
	}
	word := func(end int) int { // the start of the capitalised word ending at end, or -1
		s := end
		for s > 0 && (isAlpha(src[s-1]) || src[s-1] >= 0x80) {
			s--
		}
		if end-s < 2 || !isUpper(src[s]) {
			return -1
		}
		return s
	}
	s := word(e)
	if s < 0 || possessiveStop(src[s:e]) {
		return hit{}, false
	}
	if s >= 4 && src[s-1] == ' ' {
		if k := word(s - 1); k >= 0 && (k == 0 || !isAlnum(src[k-1]) && src[k-1] != '-' && src[k-1] != '.') && !possessiveStop(src[k:s-1]) {
			s = k // Olena Kovalenko's
		}
	}
	if s > 0 && (isAlnum(src[s-1]) || src[s-1] == '-' || src[s-1] == '.' || src[s-1] == '_' || src[s-1] == '\'') {
		return hit{}, false
	}
	return hit{det: DetName, start: s, end: e}, true
}

// userAttrWord reports whether w, a word after "user ", names a property of
// a user or a kind of thing rather than a login: type, UUID, number, role.
func userAttrWord(w []byte) bool {
	if len(w) < 2 || len(w) > 11 {
		return false
	}
	var b [11]byte
	for k, c := range w {
		b[k] = lower(c)
	}
	switch string(b[:len(w)]) {
	case "type", "types", "id", "ids", "uuid", "guid", "number", "name", "names", "role", "roles", "group", "groups",
		"status", "state", "profile", "profiles", "info", "details", "count", "list", "mode", "level", "class",
		"key", "object", "entity", "record", "records", "principal", "directory", "location", "email", "phone",
		"language", "locale", "timezone", "settings", "permissions", "rights", "access", "interface", "input",
		"defined", "specified", "supplied", "provided", "request", "requests", "experience", "extension",
		"attributes", "attribute", "identity", "category", "code", "agent", "license",
		"initiated", // Argo CD: "Unknown user initiated sync locally"
		// Words of the sentence that goes on: Windows' "Unknown user
		// name or bad password", Wazuh's "Unknown user or bad password",
		// "user is locked", "user not found", "user does not exist".
		"or", "and", "nor", "not", "is", "was", "has", "does", "with":
		return true
	}
	return false
}

// partyIDWord reports whether w, the word before a number word in a key,
// is "id" after a party word or after "line" (callerIdNumber, Caller ID
// number, connectedLineIdNumber): the caller id's number.
func partyIDWord(before, w []byte) bool {
	return before != nil && foldEq(w, "id") && (partyWord(before) || foldEq(before, "line"))
}

// blankKey returns key with its blanks as '_' in buf, when key holds a
// blank and fits: CSV headers and JSON member names written as words
// ("Authorization code", "First Name", "Caller ID number") are classified
// as their snake_case forms are. Otherwise it returns key.
func blankKey(key []byte, buf *[64]byte) []byte {
	if len(key) > len(buf) || bytes.IndexByte(key, ' ') < 0 {
		return key
	}
	for i, c := range key {
		if c == ' ' {
			c = '_'
		}
		buf[i] = c
	}
	return buf[:len(key)]
}
