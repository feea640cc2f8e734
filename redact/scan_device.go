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
// MacBook-Air, iMac, Mac-mini, Mac-Pro, Mac-Studio), which stays: "[name]-iPhone". Possessives that name no one (Kids-iPad,
// Sales-MacBook) stay.

// deviceWords are Apple's device names as they follow the owner's name,
// in lower case with "_" for the hyphen (foldEq reads "-" as "_").
var deviceWords = []string{"iphone", "ipad", "ipod", "macbook_pro", "macbook_air", "macbook", "imac", "mac_mini", "mac_pro", "mac_studio"}

// deviceFirst, deviceLen and deviceAfterByte are the prefilter of the
// device names: their first bytes, the lengths of their first words
// (iPhone, MacBook; Mac in Mac-mini) and the bytes that may follow that
// word: the end of a host name's label or of the text, a hyphen, a
// delimiter; not '/' (Mozilla/5.0, MacBook/ in a path).
var deviceFirst, deviceLen, deviceAfterByte = func() (f [256]bool, l [8]bool, a [256]bool) {
	for _, w := range deviceWords {
		f[w[0]], f[w[0]-'a'+'A'] = true, true
		n := 0
		for n < len(w) && w[n] != '_' {
			n++
		}
		l[n] = true
	}
	for _, c := range []byte{0, '-', '.', ' ', '\t', '"', '\'', ')', ','} {
		a[c] = true
	}
	return f, l, a
}()

// scanDeviceOwner matches the owner's name before the device name at
// src[i] (after "s-"): one to three words of letters joined by hyphens,
// the last a possessive, the first at the start of the text or after a
// byte that ends a host name's label.
func scanDeviceOwner(src []byte, i int) (hit, bool) {
	if i < 4 || src[i-1] != '-' || !deviceAfter(src, i) {
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
