package redact

// A device's identities in free text, where no key names them (under
// imei=, "imsi": the key grammar's deviceKeys mask them as secrets):
//
//   - the 5G core's subscription and equipment identifiers, written
//     "imsi-" and 5 to 15 digits (a SUPI, 3GPP TS 29.571's Supi),
//     "imei-" and 15 digits, "imeisv-" and 16 (a PEI);
//   - an IMEI after its name and a blank ("IMEI 490154203237518"): 15
//     digits whose last is the Luhn check digit (TS 23.003 6.2.1), or the
//     14 digits without it; an IMSI after its name, 14 or 15 digits.
//
//   - an Android device's host name, "android-" and 16 lower-case hex
//     digits: Android 8 and later send the device's ANDROID_ID that way as
//     their DHCP host name (dhcpd's "(android-3f2a9c1b2d4e5f60)", Kea's
//     "hostname", dnsmasq's "client provides name:"), an identifier of the
//     device as lasting as its MAC.
//
// The digits are masked as the keyed value is, a secret.

// deviceWordAt reports whether the word src[i:w] names a device identity:
// imsi, imei or imeisv, in any case.
func deviceWordAt(src []byte, i, w int) bool {
	switch w - i {
	case 4:
		return foldEq(src[i:w], "imsi") || foldEq(src[i:w], "imei")
	case 6:
		return foldEq(src[i:w], "imeisv")
	}
	return false
}

// scanDeviceID matches the digits of a SUPI or PEI ("imsi-310150123456789")
// or of an IMEI or IMSI after its name and a blank, at the word src[i:w].
func scanDeviceID(src []byte, i, w int) (hit, bool) {
	if !deviceWordAt(src, i, w) || w+1 >= len(src) || i > 0 && (isAlnum(src[i-1]) || src[i-1] == '-' || src[i-1] == '_') {
		return hit{}, false
	}
	v := w + 1
	e := v
	for e < len(src) && e-v <= 16 && isDigit(src[e]) {
		e++
	}
	if e < len(src) && (isAlnum(src[e]) || src[e] == '-' || src[e] == '.' && e+1 < len(src) && isDigit(src[e+1])) {
		return hit{}, false // a longer word, a version or a range
	}
	n := e - v
	imsi := lower(src[i+2]) == 's' // imsi, not imei or imeisv
	switch src[w] {
	case '-': // a SUPI or PEI
		if imsi && n >= 5 && n <= 15 || !imsi && (w-i == 4 && n == 15 || w-i == 6 && n == 16) {
			return hit{det: DetSecret, start: v, end: e}, true
		}
	case ' ':
		if imsi && (n == 14 || n == 15) || w-i == 4 && !imsi && (n == 14 || n == 15 && luhn(src[v:e])) ||
			w-i == 6 && n == 16 {
			return hit{det: DetSecret, start: v, end: e}, true
		}
	}
	return hit{}, false
}

// androidIDHex is the number of hex digits of an ANDROID_ID in a host name.
const androidIDHex = 16

// androidWordAt reports whether the word src[i:w] is "android" (any case)
// before '-'.
func androidWordAt(src []byte, i, w int) bool {
	return w-i == 7 && w < len(src) && src[w] == '-' && foldEq(src[i:w], "android")
}

// scanAndroidHost matches the 16 hex digits of "android-<hex>" after the
// word src[i:w]: lower case with at least one letter and one digit (an
// ANDROID_ID is random), the name starting and ending a host name's label.
func scanAndroidHost(src []byte, i, w int) (hit, bool) {
	if !androidWordAt(src, i, w) || i > 0 && (isAlnum(src[i-1]) || src[i-1] == '-' || src[i-1] == '_') {
		return hit{}, false
	}
	v := w + 1
	e := v + androidIDHex
	if e > len(src) || e < len(src) && (isAlnum(src[e]) || src[e] == '-' || src[e] == '_') {
		return hit{}, false
	}
	letters, digits := 0, 0
	for _, c := range src[v:e] {
		switch {
		case isDigit(c):
			digits++
		case c >= 'a' && c <= 'f':
			letters++
		default:
			return hit{}, false
		}
	}
	if letters == 0 || digits == 0 {
		return hit{}, false
	}
	return hit{det: DetSecret, start: v, end: e}, true
}

// APNs device tokens in the provider API's request path (Apple's "Sending
// notification requests to APNs": POST /3/device/<device token>), as an
// HTTP/2 client or a push service logs the request: 64 hex digits, the
// address of one app on one device, masked as the keyed token is.

// apnsPathAt reports, cheaply, whether the word src[i:w] is the "device"
// of "/3/device/".
func apnsPathAt(src []byte, i, w int) bool {
	return w-i == 6 && i >= 3 && w+65 <= len(src) && src[w] == '/' && string(src[i-3:i]) == "/3/" && string(src[i:w]) == "device"
}

// scanAPNsPath matches the device token after "/3/device/" at src[w].
func scanAPNsPath(src []byte, i, w int) (hit, bool) {
	if !apnsPathAt(src, i, w) {
		return hit{}, false
	}
	return apnsToken(src, w+1)
}

// apnsToken matches the 64 hex digits of an APNs device token at src[v],
// not followed by more of a word.
func apnsToken(src []byte, v int) (hit, bool) {
	e := v
	for e < len(src) && hexByte(src[e]) {
		e++
	}
	if e-v != 64 || e < len(src) && (isAlnum(src[e]) || src[e] == '_') {
		return hit{}, false
	}
	return hit{det: DetSecret, start: v, end: e}, true
}

// apnsKeyAt reports, cheaply, whether the word src[i:w] is a "device" key
// followed by its separator in free text: node-apn's results logged
// as JSON ("device":"…") or by util.inspect (device: '…'), whose value
// scanAPNsKey reads.
func apnsKeyAt(src []byte, i, w int) bool {
	return w-i == 6 && w+66 <= len(src) && string(src[i:w]) == "device" && (i == 0 || !isAlnum(src[i-1]) && src[i-1] != '_' && src[i-1] != '.' && src[i-1] != '/') &&
		(src[w] == '"' || src[w] == '\'' || src[w] == ':' || src[w] == '=')
}

// scanAPNsKey matches an APNs device token, 64 hex digits quoted or bare,
// as the value of the "device" key at src[i:w].
func scanAPNsKey(src []byte, i, w int) (hit, bool) {
	if !apnsKeyAt(src, i, w) {
		return hit{}, false
	}
	v := w
	if src[v] == '"' || src[v] == '\'' {
		v++
	}
	if v >= len(src) || src[v] != ':' && src[v] != '=' {
		return hit{}, false
	}
	v++
	if v < len(src) && src[v] == ' ' {
		v++
	}
	if v < len(src) && (src[v] == '"' || src[v] == '\'') {
		v++
	}
	return apnsToken(src, v)
}
