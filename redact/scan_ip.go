package redact

// parseIPv4 parses a dotted quad at src[i:]: four decimal octets 0-255
// without leading zeros. It does not look at what follows.
func parseIPv4(src []byte, i int) (end int, a [4]byte, ok bool) {
	n := len(src)
	// Octets with leading zeros count only all written in three digits,
	// as some firewalls and DNS servers print them (192.168.001.010): a
	// form no version or date takes.
	at := i
	for k := 0; k < 4; k++ {
		if k > 0 {
			if i >= n || src[i] != '.' {
				return 0, a, false
			}
			i++
		}
		start, v := i, 0
		for i < n && isDigit(src[i]) && i-start < 4 {
			v = v*10 + int(src[i]-'0')
			i++
		}
		d := i - start
		if d == 0 || d > 3 || v > 255 || (d > 1 && src[start] == '0' && (d != 3 || !zeroPadded(src, at))) {
			return 0, a, false
		}
		a[k] = byte(v)
	}
	return i, a, true
}

// zeroPadded reports whether src[i:] begins with four groups of three
// digits joined by dots. (Such octets are decimal: inet_aton would read
// 010 as octal, but what prints them pads with zeros.)
func zeroPadded(src []byte, i int) bool {
	if i+15 > len(src) {
		return false
	}
	for k := 0; k < 15; k++ {
		if c := src[i+k]; k%4 == 3 && c != '.' || k%4 != 3 && !isDigit(c) {
			return false
		}
	}
	return true
}

// scanIPv4 matches an IPv4 address at src[i]: bare, or followed by a port
// (which is not part of the span). It refuses addresses inside longer
// dotted numbers (1.2.3.4.5) and four-part versions (see versionBefore), but
// not in URL paths (/geo/203.0.113.7) or after a Java host name
// (host/10.1.2.3, see afterProduct).
func scanIPv4(src []byte, i int) (hit, bool) {
	if i >= 2 && src[i-1] == '.' && isAlnum(src[i-2]) {
		return labelQuad(src, i)
	}
	if afterProduct(src, i) || oidBefore(src, i) {
		return hit{}, false
	}
	end, a, ok := parseIPv4(src, i)
	if !ok {
		return hit{}, false
	}
	if end < len(src) {
		c := src[end]
		if isAlnum(c) || c == '_' || (c == '.' && end+1 < len(src) && isDigit(src[end+1])) {
			return hit{}, false
		}
	}
	if i > 0 && versionSep(src[i-1]) && versionBefore(src, i) || i > 2 && src[i-1] == '-' && dashProduct(src, i) {
		return hit{}, false
	}
	return hit{det: DetIPv4, start: i, end: end, ip: [16]byte{a[0], a[1], a[2], a[3]}}, true
}

// afterProduct reports whether src[i] follows a product token and a slash,
// as in a User-Agent ("Chrome/131.0.0.0", "Edg/", "Version/"), so that a
// number there is a version. Java's InetAddress.toString() writes
// "hostname/address" the same way, and ZooKeeper, Kafka and Hadoop log it
// ("zk1/10.1.2.3", "/10.1.2.3:3888", "[LearnerHandler-/10.1.2.3:3888]").
// What tells a product from a host name:
//   - a product name starts with an upper-case letter; host names and URL
//     path segments ("/geo/") are almost always lower case;
//   - it does not end with '-' or '_' (a thread name, then the empty host
//     name of an address that was never resolved) and is not the last
//     label of a dotted host name ("ZK1.EXAMPLE.COM/");
//   - a version is never followed by ":port", an address often is;
//   - a version has at most two parts of 32 or more: majors run high
//     (Chrome/131.0.0.0, Yealink 66.86.0.15) and builds pass 255, while
//     the minor parts stay small. An address with three such octets
//     (192.168.100.200) is taken for an address after any name.
func afterProduct(src []byte, i int) bool {
	if i < 2 || src[i-1] != '/' {
		return false
	}
	j := i - 1
	for j > 0 && (isAlnum(src[j-1]) || src[j-1] == '-' || src[j-1] == '_') {
		j--
	}
	if j > 0 && src[j-1] == '.' {
		return false // a host name
	}
	if j >= i-1 || !isUpper(src[j]) || src[i-2] == '-' || src[i-2] == '_' {
		return false
	}
	if transportWord(src[j : i-1]) {
		return false // Asterisk's "IPV4/UDP/192.0.2.7/5060": an address
	}
	end, a, ok := parseIPv4(src, i)
	if !ok {
		return true // not an address: a version whatever it is
	}
	if end+1 < len(src) && (src[end] == ':' || src[end] == '/') && isDigit(src[end+1]) {
		return false // host/address:port, transport/address/port
	}
	big := 0
	for _, o := range a {
		if o >= 32 {
			big++
		}
	}
	return big < 3
}

// transportWord reports whether w names a network protocol, which an
// address follows where a product's version would follow a product.
func transportWord(w []byte) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	var b [4]byte
	for i, c := range w {
		b[i] = lower(c)
	}
	switch string(b[:len(w)]) {
	case "udp", "tcp", "tls", "ws", "wss", "sctp", "ipv4", "ipv6", "ip":
		return true
	}
	return false
}

// versionBefore reports whether the dotted number at src[i] is a version
// by what precedes it: the word "version", "ver" or "v" and a separator
// ("version 0.0.0.6", "Version: 1.2.3.4", "ver=1.2.3.4"), a '~' (Windows
// component builds, "amd64~~6.1.7601.17514"), or a SIP phone's vendor and
// model in its User-Agent ("Yealink SIP-T46S 66.86.0.15": a capitalised
// word, then a model of capitals and digits). Any other word before a
// number, such as "client 10.0.0.6", says nothing.
func versionBefore(src []byte, i int) bool {
	if i == 0 || !versionSep(src[i-1]) {
		return false
	}
	if src[i-1] == '~' {
		return true
	}
	// Up to two separator bytes: " ", ": ", "=", " = ".
	j := i
	for j > 0 && i-j < 3 && (src[j-1] == ' ' || src[j-1] == ':' || src[j-1] == '=') {
		j--
	}
	if j == 0 {
		return false
	}
	// The words end in a letter (version, ver, v) or, for a model, in a
	// capital or a digit: most words before an address ("client",
	// "0x7f8c8a9ffc6f") are ruled out by their last byte.
	model := i-j == 1 && src[j] == ' '
	switch e := src[j-1]; {
	case isDigit(e):
		return model && modelBefore(src, j)
	case 'a' <= e && e <= 'z':
		if e != 'n' && e != 'r' && e != 'v' {
			return false
		}
		model = false
	case !isUpper(e):
		return false
	}
	w := j
	for w > 0 && j-w < 8 && isAlpha(src[w-1]) {
		w--
	}
	// The word alone, not the end of a longer name such as "SIP-T46S".
	if w == 0 || !isAlnum(src[w-1]) && src[w-1] != '-' && src[w-1] != '_' && src[w-1] != '.' {
		word := src[w:j]
		switch len(word) {
		case 1:
			if lower(word[0]) == 'v' {
				return true
			}
		case 3:
			if lower(word[0]) == 'v' && lower(word[1]) == 'e' && lower(word[2]) == 'r' {
				return true
			}
		case 7:
			if isVersionWord(word) {
				return true
			}
		}
	}
	return model && modelBefore(src, j)
}

// dashProduct reports whether the dotted number at src[i] follows a
// product token and a '-' that open a User-Agent value, as FreePBX writes
// its own ("ua=FPBX-16.0.40.7(18.20.0)"): the token starts with a capital
// and holds letters and digits only. A host name before an address
// ("web-10.0.0.5") is in lower case; a bare value is not taken.
func dashProduct(src []byte, i int) bool {
	j := i - 1
	v := j
	for v > 0 && j-v < 16 && isAlnum(src[v-1]) {
		v--
	}
	return v < j && v > 0 && isUpper(src[v]) && uaKeyBefore(src, v)
}

func isVersionWord(w []byte) bool {
	for x, c := range []byte("version") {
		if lower(w[x]) != c {
			return false
		}
	}
	return true
}

// versionSep reports whether c may end what says "version" before a
// number: a separator after a version word or a model, or a '~'.
func versionSep(c byte) bool { return c == ' ' || c == ':' || c == '=' || c == '~' }

// modelBefore reports whether src[:j] ends with a vendor and a model, as a
// SIP User-Agent writes them before the firmware version: a word that
// starts with a capital, a space, and a token of capitals, digits, '-' and
// '_' with at least one capital and one digit ("Yealink SIP-T46S",
// "Grandstream GXP2170"), at the start of a User-Agent value.
func modelBefore(src []byte, j int) bool {
	m, digits, caps := j, 0, 0
	for m > 0 {
		c := src[m-1]
		switch {
		case isDigit(c):
			digits++
		case isUpper(c):
			caps++
		case c == '-' || c == '_':
		default:
			goto done
		}
		m--
	}
done:
	if digits == 0 || caps == 0 || m < 3 || src[m-1] != ' ' || !isAlnum(src[j-1]) {
		return false
	}
	v := m - 1
	for v > 0 && isAlpha(src[v-1]) {
		v--
	}
	if v >= m-2 || !isUpper(src[v]) {
		return false
	}
	// The vendor opens the value: of a User-Agent key ("User-Agent: ",
	// "ua=\"", "user_agent":"), or of what is scanned (a JSON value whose
	// key the caller holds). "Host SRV01 10.0.0.5" elsewhere is an address.
	if v > 0 && phoneVendor(src[v:m-1]) && wholeFieldVersion(src, v, j+1) {
		return true
	}
	return uaKeyBefore(src, v)
}

// uaKeyBefore reports whether the value at src[v] opens a User-Agent or
// Server field: the start of what is scanned, or a key ua, ...agent or
// server and up to three separator bytes ("User-Agent: ", "ua=\"").
func uaKeyBefore(src []byte, v int) bool {
	k := v
	for k > 0 && v-k < 3 && (src[k-1] == ' ' || src[k-1] == ':' || src[k-1] == '=' || src[k-1] == '"' || src[k-1] == '\'') {
		k--
	}
	if k == v {
		return v == 0
	}
	e := k
	for k > 0 && isAlpha(src[k-1]) {
		k--
	}
	word := src[k:e]
	if len(word) > 17 && foldEq(word[len(word)-17:], "clientapplication") {
		return true // ArcSight CEF's requestClientApplication
	}
	return len(word) == 2 && lower(word[0]) == 'u' && lower(word[1]) == 'a' || foldEq(word, "server") ||
		len(word) >= 5 && lower(word[len(word)-5]) == 'a' && lower(word[len(word)-4]) == 'g' &&
			lower(word[len(word)-3]) == 'e' && lower(word[len(word)-2]) == 'n' && lower(word[len(word)-1]) == 't'
}

// parseIPv6 parses the longest IPv6 address at src[i:] in any textual form
// (full, compressed, with an IPv4 tail), without a zone.
func parseIPv6(src []byte, i int) (end int, ip [16]byte, ok bool) {
	n := len(src)
	ellipsis := -1
	j, k := i, 0
	if j+1 < n && src[j] == ':' && src[j+1] == ':' {
		ellipsis = 0
		j += 2
		if j >= n || !isHex(src[j]) {
			return 0, ip, false // "::" alone
		}
	}
	end = j
	for k < 16 {
		off, acc := j, 0
		for j < n && isHex(src[j]) && j-off <= 4 {
			acc = acc<<4 | hexVal(src[j])
			j++
		}
		nd := j - off
		if nd == 0 {
			break
		}
		if nd > 4 {
			if k > 0 && portAt(src, off-1) {
				break // "2001:db8::7:52311": a port after the address
			}
			return 0, ip, false // a hex run, not a group
		}
		if j+1 < n && src[j] == '.' && isDigit(src[j+1]) {
			// IPv4 tail in the last 32 bits. A '.' without a digit
			// after it ends the address: a full stop.
			e4, a4, ok4 := 0, [4]byte{}, false
			if (ellipsis >= 0 || k == 12) && k <= 12 {
				e4, a4, ok4 = parseIPv4(src, off)
			}
			if !ok4 {
				if k >= 4 && dotPortAt(src, j) {
					// "2001:db8::5.443": nfdump and tcpdump write
					// the port after a '.'. This group is the last.
					ip[k], ip[k+1] = byte(acc>>8), byte(acc)
					k += 2
					end = j
					break
				}
				return 0, ip, false
			}
			copy(ip[k:], a4[:])
			k += 4
			j, end = e4, e4
			break
		}
		ip[k], ip[k+1] = byte(acc>>8), byte(acc)
		k += 2
		end = j
		if j >= n || src[j] != ':' {
			break
		}
		if j+1 < n && src[j+1] == ':' {
			if ellipsis >= 0 {
				break // a second "::" is not part of the address
			}
			ellipsis = k
			j += 2
			end = j
			if j >= n || !isHex(src[j]) {
				break
			}
			continue
		}
		if j+1 >= n || !isHex(src[j+1]) {
			break
		}
		if k == 16 {
			if portAt(src, j) {
				break // eight groups and ":port", as ALB and HAProxy write a client
			}
			return 0, ip, false // more than eight groups
		}
		j++
	}
	if ellipsis < 0 {
		if k != 16 {
			return 0, ip, false
		}
	} else {
		if k == 16 || (k == 0 && ellipsis == 0 && end-i <= 2) {
			return 0, ip, false
		}
		m := 16 - k
		for x := k - 1; x >= ellipsis; x-- {
			ip[x+m] = ip[x]
		}
		for x := ellipsis; x < ellipsis+m; x++ {
			ip[x] = 0
		}
	}
	return end, ip, true
}

// scanIPv6 matches an IPv6 address at src[i], with its zone ("%eth0") in
// the span but not in addr. Bracketed forms ([2001:db8::1]:443) match
// inside the brackets because '[' is not part of a word.
func scanIPv6(src []byte, i int) (hit, bool) {
	if i > 0 && (src[i-1] == ':' && !afterIfName(src, i-1) || src[i] == ':' && isAlnum(src[i-1])) {
		return hit{}, false // ":::8080", "Foo::1", or inside something longer
	}
	end, ip, ok := parseIPv6(src, i)
	if !ok {
		return hit{}, false
	}
	n := len(src)
	e := end
	if e < n && src[e] == '%' {
		z := e + 1
		for z < n && (isAlnum(src[z]) || src[z] == '_' || src[z] == '-' || src[z] == '.') {
			z++
		}
		if z == e+1 {
			return hit{}, false // '%' without a zone: part of something else
		}
		// A zone running into another '%' ("1::%0%0") is no interface
		// name: match the address alone. Taking the zone would make the
		// output form a new zone with the next "%0" on a second pass.
		if z == n || src[z] != '%' {
			e = z
		}
	}
	if e < n {
		c := src[e]
		// ".digit" right after a group is a broken IPv4 tail ("::1.2.3");
		// after "::" it is just punctuation.
		// ":[" is a group that a mask token replaced ("::2:[phone]" from
		// "::2:0000000", no address): redacting twice must equal once.
		if isAlnum(c) || c == '_' || (c == '.' && e+1 < n && isDigit(src[e+1]) && src[e-1] != ':' && !dotPortAt(src, e)) ||
			(c == ':' && e+1 < n && (src[e+1] == ':' || isHex(src[e+1]) || src[e+1] == '[') && !portAt(src, e)) {
			return hit{}, false
		}
	}
	return hit{det: DetIPv6, start: i, end: e, ip: ip}, true
}

// dotPortAt reports whether the '.' at src[c] puts a port after an IPv6
// address, as nfdump and tcpdump print one ("2001:db8::5.443"): one to
// five digits up to 65535, then no letter, digit or further dotted digit.
// A valid IPv4 tail is read before this is asked.
func dotPortAt(src []byte, c int) bool {
	j, v := c+1, 0
	for j < len(src) && isDigit(src[j]) && j-c <= 6 {
		v = v*10 + int(src[j]-'0')
		j++
	}
	if nd := j - c - 1; nd == 0 || nd > 5 || v > 65535 {
		return false
	}
	return j == len(src) || !isAlnum(src[j]) && src[j] != '_' && !(src[j] == '.' && j+1 < len(src) && isDigit(src[j+1]))
}

// afterIfName reports whether the ':' at src[c] ends an interface name
// ("eth0:fe80::1", "en0:2001:db8::1"): a word with a letter that is not a
// hex digit, so that it cannot be a group of the same address.
func afterIfName(src []byte, c int) bool {
	w, name := c, false
	for w > 0 && isAlnum(src[w-1]) {
		if class[src[w-1]]&(cDigit|cHexLet) == 0 {
			name = true
		}
		w--
	}
	return name && (w == 0 || src[w-1] != ':')
}

// scanMAC matches a MAC address at src[i]: 00:1a:2b:3c:4d:5e,
// 00-1A-2B-3C-4D-5E or 001a.2b3c.4d5e.
// frameMACs matches the two MACs of netfilter's MAC= field at src[i]: the
// frame's destination and source addresses then its EtherType, fourteen
// octets ("MAC=52:54:00:12:34:56:3c:22:fb:12:34:56:08:00"), as the LOG and
// NFLOG targets print the link-layer header. The EtherType stays.
func frameMACs(src []byte, i int) (hit, bool) {
	const octets, addrs = 14, 12
	e := i + 3*octets - 1
	if e > len(src) || e < len(src) && (isAlnum(src[e]) || src[e] == ':') {
		return hit{}, false
	}
	for g := 0; g < octets; g++ {
		p := i + 3*g
		if g > 0 && src[p-1] != ':' || !isHex(src[p]) || !isHex(src[p+1]) {
			return hit{}, false
		}
	}
	return hit{det: DetMAC, start: i, end: i + 3*addrs - 1}, true
}

// clientIDMAC matches the MAC inside a DHCP client identifier at src[i]:
// hardware type 01 (Ethernet), then the six octets, as dhcpd, Kea
// ("cid=[01:00:11:22:33:44:55]") and dnsmasq print it. The type stays.
func clientIDMAC(src []byte, i int) (hit, bool) {
	if i+20 > len(src) || src[i] != '0' || src[i+1] != '1' || src[i+2] != ':' {
		return hit{}, false
	}
	for g := 0; g < 6; g++ {
		p := i + 3 + 3*g
		if src[p-1] != ':' || !isHex(src[p]) || !isHex(src[p+1]) {
			return hit{}, false
		}
	}
	if e := i + 20; e < len(src) && (isAlnum(src[e]) || src[e] == ':') {
		return hit{}, false
	}
	return hit{det: DetMAC, start: i + 3, end: i + 20}, true
}

func scanMAC(src []byte, i int) (hit, bool) {
	n := len(src)
	if i >= 2 && (src[i-1] == ':' || src[i-1] == '-' || src[i-1] == '.') && (isHex(src[i-2]) || src[i-2] == src[i-1]) {
		return hit{}, false
	}
	if i+17 <= n && isHex(src[i]) && isHex(src[i+1]) && (src[i+2] == ':' || src[i+2] == '-') {
		sep := src[i+2]
		for g := 1; g < 6; g++ {
			p := i + 3*g
			if src[p-1] != sep || !isHex(src[p]) || !isHex(src[p+1]) {
				return hit{}, false
			}
		}
		e := i + 17
		if e < n && (isAlnum(src[e]) || (src[e] == sep && e+1 < n && (isHex(src[e+1]) || src[e+1] == sep))) {
			if h, ok := frameMACs(src, i); ok {
				return h, true
			}
			return clientIDMAC(src, i)
		}
		return hit{det: DetMAC, start: i, end: e}, true
	}
	if i+14 <= n {
		digits := 0
		for x := 0; x < 14; x++ {
			c := src[i+x]
			if x == 4 || x == 9 {
				if c != '.' {
					return hit{}, false
				}
				continue
			}
			if !isHex(c) {
				return hit{}, false
			}
			if isDigit(c) {
				digits++
			}
		}
		e := i + 14
		if digits == 0 || (e < n && (isAlnum(src[e]) || (src[e] == '.' && e+1 < n && isAlnum(src[e+1])))) {
			return hit{}, false
		}
		return hit{det: DetMAC, start: i, end: e}, true
	}
	return hit{}, false
}

// hasFoldPrefix reports whether b starts with the lower-case s, ignoring
// the case of b.
func hasFoldPrefix(b []byte, s string) bool {
	if len(b) < len(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(b[i]) != s[i] {
			return false
		}
	}
	return true
}

// dashedIPv4Tail reports, cheaply, whether the digit word that ends at
// src[w] may start a dashed address (see scanIPv4Dashed): three more
// groups of one to three digits, each after a '-', then a '.' and a
// letter. Dates (2026-12-05) and phone numbers fail it within a few bytes.
func dashedIPv4Tail(src []byte, w int) bool {
	n := len(src)
	for k := 0; k < 3; k++ {
		if w+1 >= n || src[w] != '-' || !isDigit(src[w+1]) {
			return false
		}
		w += 2
		for d := 1; w < n && isDigit(src[w]); d++ {
			if d == 3 {
				return false
			}
			w++
		}
	}
	return w+1 < n && src[w] == '.' && isAlpha(src[w+1])
}

// scanIPv4Dashed matches an IPv4 address written with dashes inside a host
// name, as providers name hosts after their address:
// ec2-54-12-34-56.compute-1.amazonaws.com, host-203-0-113-7.static.isp.net,
// ip-10-0-1-2.ec2.internal, 203-0-113-7.dyn.example.net. The address starts
// a label or follows a word and a dash, and the name goes on with a dot and
// a letter; octets are written without leading zeros. It does not
// allocate.
func scanIPv4Dashed(src []byte, i int) (hit, bool) {
	if i > 0 {
		if c := src[i-1]; c == '-' {
			if i < 2 || !isAlnum(src[i-2]) {
				return hit{}, false
			}
		} else if isAlnum(c) || c == '.' || c == '_' {
			return hit{}, false
		}
	}
	return dashedQuad(src, i)
}

// dashedQuad matches the four dashed octets of scanIPv4Dashed at src[i],
// whatever comes before them, and the dot and letter after.
func dashedQuad(src []byte, i int) (hit, bool) {
	n := len(src)
	var a [4]byte
	j := i
	for k := 0; k < 4; k++ {
		if k > 0 {
			if j >= n || src[j] != '-' {
				return hit{}, false
			}
			j++
		}
		s, v := j, 0
		for j < n && isDigit(src[j]) && j-s < 4 {
			v = v*10 + int(src[j]-'0')
			j++
		}
		if d := j - s; d == 0 || d > 3 || v > 255 || d > 1 && src[s] == '0' {
			return hit{}, false
		}
		a[k] = byte(v)
	}
	if j+1 >= n || src[j] != '.' || !isAlpha(src[j+1]) {
		return hit{}, false
	}
	return hit{det: DetIPv4, start: i, end: j, ip: [16]byte{a[0], a[1], a[2], a[3]}}, true
}

// portAt reports whether src[c], a ':' after an IPv6 address, begins a
// port that cannot be a group of it: ":" and five decimal digits, or two
// to four after eight groups, then no further group. Load balancers write a client as address:port without
// brackets (ALB's client:port, HAProxy's %ci:%cp).
func portAt(src []byte, c int) bool {
	if c < 1 || c >= len(src) || src[c] != ':' || src[c-1] == ':' {
		return false
	}
	j := c + 1
	for j < len(src) && isDigit(src[j]) && j-c <= 6 {
		j++
	}
	nd := j - c - 1
	if nd == 0 || nd > 5 || j < len(src) && (isAlnum(src[j]) || src[j] == ':' || src[j] == '.' && j+1 < len(src) && isDigit(src[j+1])) {
		return false
	}
	if nd < 5 {
		// Not a group only after eight groups: count them. One digit
		// ("1:2:3:4:5:6:7:8:9") is a list, no client's port.
		if nd < 2 {
			return false
		}
		g := 1
		for x := c - 1; x >= 0 && c-x <= 40 && (isHex(src[x]) || src[x] == ':'); x-- {
			if src[x] == ':' {
				if x > 0 && src[x-1] == ':' {
					return false // compressed: four digits may be a group
				}
				g++
			}
		}
		return g == 8
	}
	return true
}

// phoneVendor reports whether w names a maker of SIP phones or softphones,
// whose User-Agent ends with a four-part firmware version: only then does
// a whole field "Vendor MODEL 1.2.3.4" read as one ("Gateway GW01
// 198.51.100.23" is an address).
func phoneVendor(w []byte) bool {
	for _, v := range [...]string{"yealink", "grandstream", "polycom", "poly", "snom", "cisco", "fanvil", "avaya",
		"mitel", "panasonic", "gigaset", "aastra", "htek", "obihai", "linksys", "zoiper", "bria", "microsip",
		"linphone", "unify", "alcatel", "digium", "sangoma", "akuvox", "flyingvoice", "audiocodes"} {
		if foldEq(w, v) {
			return true
		}
	}
	return false
}

// wholeFieldVersion reports whether the vendor at src[v], its model and
// the number at src[i] are a whole field of a log line whose format names
// no User-Agent key: a "quoted" field (ALB's and S3's user_agent, a CSV
// column such as Umbrella's userAgent), a tab-separated column (a Zscaler
// NSS feed), or one of HAProxy's {captured|headers}, or an XML element's
// text (FreeSWITCH's XML CDR). The number runs to the field's end, as a
// firmware version ends a SIP phone's User-Agent.
func wholeFieldVersion(src []byte, v, i int) bool {
	var end byte
	switch src[v-1] {
	case '"':
		if v > 1 && src[v-2] != ' ' && src[v-2] != ',' && src[v-2] != '\t' {
			return false
		}
		end = '"'
	case '\t':
		end = '\t'
	case '{', '|':
		end = '}'
	case '>':
		end = '<' // an XML element's text: FreeSWITCH's XML CDR <sip_user_agent>
	default:
		return false
	}
	e := i
	for e < len(src) && e-i < 24 && (isDigit(src[e]) || src[e] == '.') {
		e++
	}
	if e == len(src) {
		return end == '\t' // the last column
	}
	return src[e] == end || end == '}' && src[e] == '|'
}

// oidBefore reports whether src[i] opens an object identifier in a URN
// (RFC 3061, urn:oid:2.5.4.42: SAML's and LDAP's attribute names), whose
// four arcs read like an address.
func oidBefore(src []byte, i int) bool {
	return i >= 4 && src[i-1] == ':' && foldEq(src[i-4:i-1], "oid")
}
