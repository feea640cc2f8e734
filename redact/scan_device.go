package redact

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
// MacBook-Air, iMac, Mac-mini, Mac-Pro, Mac-Studio, Apple-Watch), which
// stays: "[name]-iPhone". Possessives that name no one (Kids-iPad,
// Sales-MacBook) stay.

// deviceWords are Apple's device names as they follow the owner's name,
// in lower case with "_" for the hyphen (foldEq reads "-" as "_").
var deviceWords = []string{"iphone", "ipad", "ipod", "macbook_pro", "macbook_air", "macbook", "imac", "mac_mini", "mac_pro", "mac_studio", "apple_watch"}

// scanDeviceName matches the owner's name at src[i] in a device's host
// name.
func scanDeviceName(src []byte, i int) (hit, bool) {
	if i > 0 && (isAlnum(src[i-1]) || src[i-1] == '-' || src[i-1] == '.' || src[i-1] == '_' || src[i-1] >= 0x80) {
		return hit{}, false // inside a longer name
	}
	n := len(src)
	e := i
	for words := 0; words < 3; words++ {
		s := e
		for e < n && isAlpha(src[e]) {
			e++
		}
		if e-s < 2 || e >= n || src[e] != '-' {
			return hit{}, false
		}
		if lower(src[e-1]) == 's' && e-s >= 3 && deviceAfter(src, e+1) && !possessiveStop(src[s:e]) {
			return hit{det: DetName, start: i, end: e}, true
		}
		e++ // the hyphen between two words of the name
	}
	return hit{}, false
}

// deviceAfter reports whether an Apple device name begins at src[k] and
// ends there: at the end of the text or of the host name's label.
func deviceAfter(src []byte, k int) bool {
	for _, w := range deviceWords {
		e := k + len(w)
		if e > len(src) || !foldEq(src[k:e], w) {
			continue
		}
		return e == len(src) || !isAlnum(src[e])
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
