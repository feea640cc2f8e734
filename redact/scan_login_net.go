package redact

import "bytes"

// A login in the messages of firewalls, VPN servers and RADIUS servers,
// where brackets, angle brackets or quotes set it off and the words or
// addresses around it say it is a user:
//
//   - Cisco ASA: "Group <G> User <jane.doe> IP <203.0.113.5>" (722051,
//     716001...), and the AAA user in parentheses after a connection's
//     addresses: "... to inside:10.1.1.5/443 (10.1.1.5/443) (jane.doe)"
//     (302013);
//   - strongSwan: "received EAP identity 'jane.doe'", "to peer
//     'jane.doe'", "lease 10.10.1.5 by 'jane.doe' went offline", and an
//     identity in brackets after the peer's address:
//     "...203.0.113.5[jane.doe]";
//   - OpenVPN: the client instance's prefix, the common name and the
//     real address, "jane.doe/203.0.113.5:51234", and the common name in
//     brackets after the address or SENT CONTROL: "203.0.113.5:51234
//     [jane.doe] Peer Connection Initiated", "SENT CONTROL [jane.doe]:";
//     a client certificate's "CN=jane.doe";
//   - FreeRADIUS: "Login OK: [jane.doe/<via Auth-Type = eap>]", "Login
//     incorrect (...): [jane.doe]";
//   - F5 BIG-IP APM: "Username 'jane.doe'", "authenticate with
//     'jane.doe'", "Session variable 'session.logon.last.username' set to
//     'jane.doe'";
//   - Mosquitto: the username in a client's connect flags, "(p2, c1,
//     k60, u'jane.doe')";
//   - Cisco wireless controllers: "Username entry (jane.doe) joined with
//     ssid", "Username entry (jane.doe) created for mobile";
//   - OwnTracks' MQTT topics, owntracks/jane.doe/phone;
//   - Cisco ASA 302014: the AAA user in parentheses that ends a teardown
//     line, "... bytes 4211 TCP FINs from outside (jane.doe)".
//
// As for the other login cues (scan_login.go), the login counts when it is
// a person's (accountLogin: jane.doe, jdoe, jdoe2) and is no host or file
// name.

// netLoginEnd returns the end of the login at src[i], whose first word is
// src[i:w], and whether the bytes around it say it is a login.
func netLoginEnd(src []byte, i, w int, keyless bool) (int, bool) {
	n := len(src)
	e := loginEnd(src, i)
	if e == i || e-i > maxLogin {
		return 0, false
	}
	if e >= n && i == 0 {
		return 0, false
	}
	var open byte
	if i > 0 {
		open = src[i-1]
	}
	var ok bool
	switch open {
	case '<':
		ok = e < n && src[e] == '>' && (wordBefore(src, i-1, "user") || authMismatchHave(src, i-1))
	case '\'':
		ok = e < n && src[e] == '\'' && quoteLoginCue(src, i-1)
	case '[':
		ok = e < n && (src[e] == ']' || src[e] == '/' && hasPrefix(src[e:], "/<via ")) && bracketLoginCue(src, i-1) &&
			// After a detection, strongSwan's IKE_SA line: the identity
			// ends the line or precedes the other end's "...".
			(i > 1 || src[e] == ']' && (e+1 == n || hasPrefix(src[e+1:], "..."))) ||
			// vsftpd's session login opening a message (scan_login_acct.go).
			bracketMsgOpen(src, i-1) && ftpVerdictAfter(src[e:])
	case '(':
		// ") (jane.doe)": a group after a parenthesised address; the
		// user ending an ASA teardown line; a controller's username
		// entry; cron's user.
		ok = e < n && src[e] == ')' && (parenLoginCue(src, i-1) || e+1 == n && teardownBefore(src, i-1)) ||
			cronLogin(src, i, e)
	case '=':
		ok = cnBefore(src, i) && rdnEnd(src, e)
	case '/':
		// OwnTracks publishes to owntracks/USER/DEVICE; Nextcloud's
		// view of a user's files is //USER/files/... in its messages.
		ok = e < n && src[e] == '/' && (hasSuffixAt(src, i, "owntracks/") || nextcloudUserPath(src, i, e))
	case 0, ' ':
		// OpenVPN's "common_name/address:port", after a time, "-> " or
		// its syslog tag.
		// UNDEF stands for a client TLS has not named yet.
		ok = e+1 < n && src[e] == '/' && (open == 0 || openvpnPrefixAfter(src, i)) && addressAt(src, e+1) && string(src[i:e]) != "UNDEF" ||
			open == 0 && statusAddrAfter(src, e)
	case ',', '\t':
		ok = statusAddrAfter(src, e)
	}
	if ok && !personLogin(src[i:e]) && open != '<' && open != '\'' && open != '(' && open != '/' && !netLoginStrict(src, i, e, open, keyless) {
		// A login of one word only where the words around it name a
		// user (User <jdoe>, identity 'jdoe', ASA's ") (jdoe)") or an
		// address and port do: elsewhere in brackets and before '/'
		// such words are categories, flags and products (12[IKE],
		// port 22 [preauth], Chrome/98.1.2.3).
		return 0, false
	}
	if !ok || !accountLogin(src[i:e]) || fileName(src[i:e]) || hostName(src[i:e]) {
		return 0, false
	}
	return e, true
}

// quoteLoginCue reports whether the quote at src[q] opens a login:
// strongSwan's "identity 'x'", "peer 'x'", "by 'x'"; OpenVPN's "by client
// 'x'"; F5 APM's "Username
// 'x'", "authenticate with 'x'", "username' set to 'x'"; Mosquitto's
// connect flags "k60, u'x'".
func quoteLoginCue(src []byte, q int) bool {
	if wordBefore(src, q, "identity") || wordBefore(src, q, "peer") || wordBefore(src, q, "by") || wordBefore(src, q, "username") {
		return true
	}
	if wordBefore(src, q, "client") {
		return wordBefore(src, q-8, "by") // OpenVPN: "new connection by client 'jdoe' will cause ..."
	}
	if wordBefore(src, q, "with") {
		return wordBefore(src, q-6, "authenticate")
	}
	if wordBefore(src, q, "to") {
		return hasSuffixAt(src, q, "username' set to ")
	}
	if wordBefore(src, q, "for") {
		return authNounBefore(src, q-5) // ocserv: "failed authentication for 'x'"
	}
	if wordBefore(src, q, "of") {
		return authNounBefore(src, q-4) // strongSwan: "XAuth authentication of 'x' successful"
	}
	// Mosquitto: "(p2, c1, k60, u'x')", the keepalive before the user.
	k := q - 4
	if k < 2 || string(src[q-3:q]) != ", u" {
		return false
	}
	d := k
	for d > 0 && isDigit(src[d]) {
		d--
	}
	return d < k && src[d] == 'k'
}

// authNounBefore reports whether one of the two words that end at
// src[b-1] (b the blank before "for" or "of") names a sign-in:
// "authentication", "verification", "authorization", or a word that ends
// in "login" or "logon" ("failed authentication for 'x'", ocserv;
// "EAP-MSCHAPv2 verification failed for 'x'", "RADIUS authentication of
// 'x' failed", strongSwan; tac_plus's "pap-login query for 'x'"). The
// quote around the login and accountLogin do the rest: "for 'orders'"
// after other words is a queue's or a table's name.
func authNounBefore(src []byte, b int) bool {
	for n := 0; n < 2 && b > 0 && src[b] == ' '; n++ {
		k := b
		for k > 0 && (isAlpha(src[k-1]) || src[k-1] == '-' || isDigit(src[k-1])) {
			k--
		}
		w := src[k:b]
		if foldEq(w, "authentication") || foldEq(w, "verification") || foldEq(w, "authorization") ||
			len(w) >= 5 && (foldEq(w[len(w)-5:], "login") || foldEq(w[len(w)-5:], "logon")) {
			return true
		}
		b = k - 1
	}
	return false
}

// parenLoginCue reports whether the '(' at src[o] opens a login: after a
// parenthesised address (ASA's ") (jane.doe)") or a wireless
// controller's "Username entry (".
func parenLoginCue(src []byte, o int) bool {
	return o >= 3 && src[o-1] == ' ' && src[o-2] == ')' && isDigit(src[o-3]) ||
		hasSuffixAt(src, o, "sername entry ")
}

// teardownBefore reports whether the '(' at src[o] follows a blank on an
// ASA connection teardown line (302014, 302016: "Teardown TCP connection
// ... duration 0:00:30 bytes N [reason] (user)"); the caller checks that
// the login ends the line. src may begin after the last detection (the
// inside address), so the words looked for are those after it.
func teardownBefore(src []byte, o int) bool {
	if o == 0 || src[o-1] != ' ' {
		return false
	}
	d := bytes.Index(src[:o], []byte(" duration "))
	return d >= 0 && bytes.Contains(src[d:o], []byte(" bytes "))
}

// bracketLoginCue reports whether the '[' at src[o] opens a login: right
// after an address (strongSwan's identity: 203.0.113.5[jane.doe]), which
// is a detection of its own, or after
// an address and port and a blank (OpenVPN: 203.0.113.5:51234 [jane.doe]),
// after OpenVPN's "SENT CONTROL ", or after FreeRADIUS's "Login OK: " or
// "Login incorrect (...): ".
func bracketLoginCue(src []byte, o int) bool {
	switch {
	case o == 0:
		// Right after a detection, which the scanner does not show
		// (scanFrom): the peer's address.
		return true
	case o >= 1 && isDigit(src[o-1]):
		return true
	case o >= 2 && src[o-1] == ' ' && isDigit(src[o-2]) && addressPortBefore(src, o-1):
		return true
	case o >= 1 && src[o-1] == ' ':
		return wordBefore(src, o-1, "control") || pidBefore(src, o-1) ||
			o >= 4 && src[o-2] == ':' && (src[o-3] == ')' || src[o-3] == 'K' && src[o-4] == 'O' || hasSuffixAt(src, o-2, "incorrect") || hasSuffixAt(src, o-2, "Invalid user")) ||
			o == 1 && peerInitiatedAfter(src, o+1) ||
			hasSuffixAt(src, o-1, " failed for") // Zimbra: "authentication failed for [jdoe]"
	case ocservProcessBefore(src, o):
		return true
	}
	return false
}

// ocservProcessBefore reports whether the '[' at src[o] follows ocserv's
// process name, which it writes with the session's user in brackets:
// "main[jdoe]:203.0.113.5:51234 user logged in", "worker[jdoe]:
// 203.0.113.5 sending IPv4 10.10.0.5". The caller wants "]:" and the
// client's address after the login.
func ocservProcessBefore(src []byte, o int) bool {
	var k int
	switch {
	case hasSuffixAt(src, o, "main"):
		k = o - 4
	case hasSuffixAt(src, o, "worker"):
		k = o - 6
	default:
		return false
	}
	return k == 0 || src[k-1] == ' '
}

// peerInitiatedAfter reports whether the word at src[i] is closed by "]
// Peer Connection Initiated": OpenVPN's "[jdoe]" after a peer's IPv6
// address written without its port (the address, a detection, ends just
// before the blank that src starts with).
func peerInitiatedAfter(src []byte, i int) bool {
	e := loginEnd(src, i)
	return hasPrefix(src[e:], "] Peer Connection Initiated")
}

// addressPortBefore reports whether an address and port end at src[b-1]
// (b is the blank after them): 203.0.113.5:51234, [2001:db8::5]:1194. A
// time (10:00:00) is none: a log line's "10:00:00 [main]" names a thread.
func addressPortBefore(src []byte, b int) bool {
	k := b - 1
	for k >= 0 && b-1-k < 5 && isDigit(src[k]) {
		k--
	}
	if k == b-1 || k < 0 || src[k] != ':' {
		return false
	}
	if k == 0 {
		return true // the scan resumed after a detection: the address
	}
	k--
	if src[k] == ']' {
		return true
	}
	dots := 0
	for k >= 0 && (isDigit(src[k]) || src[k] == '.') {
		if src[k] == '.' {
			dots++
		}
		k--
	}
	return dots == 3
}

// pidBefore reports whether vsftpd's "[pid N]" ends at src[b-1] (b is the
// blank after it): vsftpd.log writes the session's user in brackets after
// it ("[pid 4211] [jdoe] OK LOGIN: Client ...").
func pidBefore(src []byte, b int) bool {
	k := b - 1
	if k < 0 || src[k] != ']' {
		return false
	}
	d := k
	for d > 0 && isDigit(src[d-1]) {
		d--
	}
	return d < k && d >= 5 && string(src[d-5:d]) == "[pid "
}

// wordBefore reports whether the word w (lower case) ends at src[b-1]
// with a blank at src[b], the word starting after a blank or the start.
func wordBefore(src []byte, b int, w string) bool {
	if b < 1+len(w) || src[b] != ' ' && src[b] != '\'' && src[b] != '<' {
		return false
	}
	if src[b] != ' ' {
		b-- // the quote or bracket itself: "peer 'x'" has the blank before it
		if src[b] != ' ' {
			return false
		}
	}
	k := b - len(w)
	if k < 0 || !foldEq(src[k:b], w) {
		return false
	}
	return k == 0 || src[k-1] == ' '
}

// netLoginLeadBefore holds the bytes before a word that one of the tests
// of login_net's may (registry.go) needs when the word has none of the
// shapes netLoginLead lets through: netLoginMay's cues, dbLoginAt's '"'
// and '[', forgeNamespaceAt's '/' and personLoginAt's openers.
var netLoginLeadBefore = [256]bool{
	'<': true, '\'': true, '[': true, '(': true, '/': true, ' ': true, ',': true, '\t': true,
	'"': true, '=': true, ':': true, '>': true,
	0: true, // netLoginMay reads a NUL before the word as the text's start
}

// netLoginLead reports whether login_net's may can hold at the word that
// starts with the letter src[i] and is followed by c2 (0 at the end): the
// word opens the text, follows a byte of netLoginLeadBefore, begins with a
// capital (fileOwnerAt, paxNameMay, channelTech's names) or 'h'
// (tomcatThreadMay), or is followed by '/' and begins with 's' or 'l'
// (channelTech's sofia and loopback). scanCtx tests it before the may:
// the words of a host name, a W3C or TSV line's fields and most of a
// path's have none of it.
func netLoginLead(src []byte, i int, c2 byte) bool {
	c := src[i]
	return i == 0 || netLoginLeadBefore[src[i-1]] || class[c]&cUpper != 0 || c == 'h' || c2 == '/' && (c == 's' || c == 'l' || c == 'p' && hasPrefix(src[i:], "pts/"))
}

// netLoginMay reports, cheaply, whether the bytes before the word at
// src[i] may set off a login (netLoginEnd's cues, without the login's
// end): most dotted words are host names that no cue precedes.
func netLoginMay(src []byte, i int) bool {
	if i == 0 || src[i-1] == 0 {
		// (netLoginEnd reads a NUL before the word as no byte at all.)
		return netLoginSlash(src, i) || statusAddrAfter(src, loginEnd(src, i))
	}
	switch src[i-1] {
	case '<':
		return wordBefore(src, i-1, "user") || authMismatchHave(src, i-1) || pppIfaceLen(src, i) > 0
	case '\'':
		return quoteLoginCue(src, i-1)
	case '[':
		return bracketLoginCue(src, i-1) || bracketMsgOpen(src, i-1)
	case '(':
		if parenLoginCue(src, i-1) {
			return true
		}
		e := loginEnd(src, i)
		return e+1 == len(src) && src[e] == ')' && teardownBefore(src, i-1) || cronLogin(src, i, e)
	case '/':
		return hasSuffixAt(src, i, "owntracks/") || i >= 2 && src[i-2] == '/' && nextcloudUserPath(src, i, loginEnd(src, i))
	case ' ':
		// OpenVPN's prefix follows a time ("2026-11-23 20:00:10
		// jane.doe/..."), MULTI: Learn's "-> " or its syslog tag.
		return openvpnPrefixAfter(src, i) && netLoginSlash(src, i)
	case ',', '\t':
		// OpenVPN's status rows: "CLIENT_LIST,jdoe,203.0.113.5:51234",
		// or the common name right after a detection (ROUTING_TABLE's
		// virtual address, v1's "10.8.0.6,jdoe,..."). Most words after
		// a comma or a tab (every field of a W3C line) are neither.
		return (i == 1 || hasSuffixAt(src, i-1, "CLIENT_LIST")) && statusAddrAfter(src, loginEnd(src, i))
	}
	return false
}

// authMismatchHave reports whether the '<' at src[b] follows Asterisk's
// "username mismatch, have ": check_auth's warning quotes the user the
// request's From header gave ("have <jdoe>, digest has <1001>"); the
// digest's user after it is the peer's extension.
func authMismatchHave(src []byte, b int) bool {
	return hasSuffixAt(src, b, "username mismatch, have ")
}

// openvpnPrefixAfter reports whether the blank at src[i-1] follows what
// OpenVPN writes before a client instance's "common_name/address:port":
// a time's last digit, MULTI: Learn's "->", or its syslog tag
// ("openvpn[812]: ", "ovpn-server[812]: "). After another program's tag
// a word before '/' and an address is a host (ZooKeeper's
// "zk1/10.1.2.3:2181").
func openvpnPrefixAfter(src []byte, i int) bool {
	if i < 2 {
		return false
	}
	switch c := src[i-2]; {
	case isDigit(c) || c == '>':
		return true
	case c != ':' || i < 4 || src[i-3] != ']':
		return false
	}
	k := i - 4
	for k > 0 && isDigit(src[k]) {
		k--
	}
	if src[k] != '[' {
		return false
	}
	return hasSuffixAt(src, k, "openvpn") || hasSuffixAt(src, k, "ovpn-server") || hasSuffixAt(src, k, "ovpn-client")
}

// pppIfaceLen returns the length of the prefix of a MikroTik RouterOS
// PPP server's dynamic interface name at src[i], after its '<': the
// protocol and '-' ("pppoe-", "l2tp-", "pptp-", "sstp-", "ovpn-"), which
// the session's user follows (<pppoe-jdoe>); 0 when there is none.
func pppIfaceLen(src []byte, i int) int {
	if i+6 >= len(src) {
		return 0
	}
	switch w := src[i : i+5]; {
	case string(w) == "pppoe" && src[i+5] == '-':
		return 6
	case w[4] == '-' && (string(w[:4]) == "l2tp" || string(w[:4]) == "pptp" || string(w[:4]) == "sstp" || string(w[:4]) == "ovpn"):
		return 5
	}
	return 0
}

// scanPPPIface matches the user in a PPP session's dynamic interface
// name (pppIfaceLen) whose '<' is at src[i-1], when it is a person's.
func scanPPPIface(src []byte, i int) (hit, bool) {
	v := i + pppIfaceLen(src, i)
	e := loginEnd(src, v)
	if v == i || e == v || e-v > maxLogin || e >= len(src) || src[e] != '>' || !accountLogin(src[v:e]) {
		return hit{}, false
	}
	if e-v > 3 && string(src[v:v+3]) == "out" && allDigits(src[v+3:e]) {
		return hit{}, false // a client's interface as RouterOS names it: pppoe-out1
	}
	return hit{det: DetName, start: v, end: e}, true
}

// netLoginSlash reports, cheaply, whether the login at src[i] is
// followed by '/' and a digit or a hex digit (OpenVPN's common_name/address).
func netLoginSlash(src []byte, i int) bool {
	e := loginEnd(src, i)
	return e+1 < len(src) && src[e] == '/' && (isHex(src[e+1]) || src[e+1] == ':')
}

// scanNetLogin matches the login at src[i] set off as netLoginEnd says.
func scanNetLogin(src []byte, i, w int, keyless bool) (hit, bool) {
	if i > 0 && src[i-1] == '<' && pppIfaceLen(src, i) > 0 {
		return scanPPPIface(src, i)
	}
	if i > 0 && src[i-1] == '[' {
		if pe := radiusCredentialEnd(src, i); pe > 0 {
			return hit{det: DetSecret, start: i, end: pe}, true
		}
	}
	e, ok := netLoginEnd(src, i, w, keyless)
	if !ok {
		return hit{}, false
	}
	// In OpenVPN's status row the Username column repeats the common
	// name (username-as-common-name): look for it again (echo.go).
	return hit{det: DetName, start: i, end: e, echo: statusAddrAfter(src, e)}, true
}

// radiusCredentialEnd returns the end of the login and password that
// FreeRADIUS writes in brackets when radiusd.conf's auth_badpass or
// auth_goodpass is on ("Login incorrect: [jdoe/Hunter2!] (from client
// ap01 port 0 cli …)", "Login OK: [jdoe/pw]", "Invalid user: [x/pw]"), the
// word at src[i] after the '[' being the login: the password runs to the
// "] (from client " that closes the pair, whatever it holds. The pair is
// masked whole, as a user:password pair is; 0 when there is none (the
// "[jdoe/<via Auth-Type = PAP>]" form names the method, not a password).
func radiusCredentialEnd(src []byte, i int) int {
	e := loginEnd(src, i)
	if e >= len(src) || src[e] != '/' || e == i || hasPrefix(src[e:], "/<via ") || !bracketLoginCue(src, i-1) ||
		e-i == 4 && string(src[i:e]) == "host" {
		return 0 // (host/pc01.corp.example.com: a machine's account, no password)
	}
	const closing = "] (from client "
	k := bytes.Index(src[e+1:], []byte(closing))
	if k <= 0 || bytes.Contains(src[e+1:e+1+k], []byte("/<via ")) {
		return 0 // a machine's account, host/name.example.com/<via …>: no password
	}
	return e + 1 + k
}

// netLoginStrict reports whether the login src[i:e] of one word is set off
// as only a login is: OpenVPN's "jdoe/203.0.113.5:51234" (an address and
// a port after the '/'), "203.0.113.5:51234 [jdoe]" and "SENT CONTROL
// [jdoe]", strongSwan's "192.0.2.77[jdoe]" (a whole IPv4 address before
// the '['; right after a detection, only before "...": a JSON string
// "[order]" also starts at its '[', so strongSwan's second identity,
// which ends the line, is found only when written as a name).
func netLoginStrict(src []byte, i, e int, open byte, keyless bool) bool {
	switch open {
	case 0, ' ':
		if open == 0 && statusAddrAfter(src, e) {
			return true // OpenVPN's status: jdoe,203.0.113.5:51234,...
		}
		if e+1 >= len(src) || src[e] != '/' {
			return false
		}
		if m, ok := scanIPv4(src, e+1); ok {
			return m.end+1 < len(src) && src[m.end] == ':' && isDigit(src[m.end+1])
		}
		// An IPv6 peer, written without its port: jdoe/2001:db8::5
		// MULTI_sva; or an IPv4 one mapped, with its port:
		// jdoe/::ffff:198.51.100.7:46872.
		end, _, ok := parseIPv6(src, e+1)
		return ok && end < len(src) && (src[end] == ' ' || src[end] == ':' && end+1 < len(src) && isDigit(src[end+1]) && src[e+1] == ':')

	case '[':
		o := i - 1
		switch {
		case upperWord(src[i:e]):
			return false // 12[IKE], [INFO]: a category
		case hasPrefix(src[e:], "/<via "):
			return true // FreeRADIUS: Login OK: [jdoe/<via Auth-Type = PAP>]
		case o == 0:
			// Right after a detection, strongSwan's 192.0.2.77[jdoe]
			// before the other end's "...": a JSON string "[order]"
			// also starts at its '['.
			return hasPrefix(src[e:], "]...") || ftpVerdictAfter(src[e:])
		case src[o-1] == ' ':
			// (OpenVPN's "[jdoe] Peer Connection Initiated" after an
			// IPv6 peer without its port: the address was the last
			// detection, so the text resumes at the blank.)
			return wordBefore(src, o-1, "control") || portBefore(src, o-1) || pidBefore(src, o-1) ||
				hasPrefix(src[e:], "] Peer Connection Initiated") || hasPrefix(src[e:], "] (from client ") ||
				bracketMsgOpen(src, o) && ftpVerdictAfter(src[e:]) ||
				hasSuffixAt(src, o-1, " failed for") && hasPrefix(src[e:], "]") // Zimbra: "authentication failed for [jdoe] (no such account)"
		case ocservProcessBefore(src, o):
			r := src[e:]
			return hasPrefix(r, "]:") && (addressAt(r, 2) || hasPrefix(r, "]:[") && addressAt(r, 3) || hasPrefix(r, "]: ") && addressAt(r, 3))
		}
		return ipv4Before(src, o)
	case '=':
		return !upperWord(src[i:e]) // a client certificate's CN=jdoe; CN=ISRG is a CA's
	case ',', '\t':
		return true // OpenVPN's status: the address and port say it (statusAddrAfter)
	}
	return false
}

// statusAddrAfter reports whether the word ending at src[e] is followed
// by ',' or a tab and a client's real address, as OpenVPN's status file
// writes the common name before it (--status-version 1 to 3:
// "jdoe,203.0.113.5:51234,...", "CLIENT_LIST,jdoe,203.0.113.5:51234,...",
// "ROUTING_TABLE,10.8.0.6,jdoe,..."): an IPv4 address with its port, or an
// IPv6 address (written without one), then the same separator.
func statusAddrAfter(src []byte, e int) bool {
	n := len(src)
	if e+8 >= n || src[e] != ',' && src[e] != '\t' {
		return false
	}
	if !addrShapeAt(src, e+1) {
		return false // most fields after a tab or a comma: no address
	}
	sep := src[e]
	if m, ok := scanIPv4(src, e+1); ok {
		k := m.end
		if k+1 >= n || src[k] != ':' || !isDigit(src[k+1]) {
			return false
		}
		for k++; k < n && isDigit(src[k]); k++ {
		}
		return k < n && src[k] == sep
	}
	if !isHex(src[e+1]) && src[e+1] != ':' {
		return false
	}
	end, _, ok := parseIPv6(src, e+1)
	return ok && end < n && src[end] == sep
}

// addrShapeAt reports, cheaply, whether an address may start at src[k]:
// hex digits, then within five bytes a '.' after one at least (IPv4) or
// a ':' (IPv6).
func addrShapeAt(src []byte, k int) bool {
	for j := k; j < len(src) && j < k+5; j++ {
		switch c := src[j]; {
		case c == ':':
			return true
		case c == '.':
			return j > k
		case !isHex(c):
			return false
		}
	}
	return false
}

// upperWord reports whether w has no lower-case letter.
func upperWord(w []byte) bool {
	for _, c := range w {
		if c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// portBefore reports whether ":digits" with an address's last byte before
// it ends at src[b-1] (b is the blank after the port), or with nothing
// before it: the scan resumed after a detection, the address.
func portBefore(src []byte, b int) bool {
	k := b
	for k > 0 && isDigit(src[k-1]) {
		k--
	}
	return k < b && k >= 1 && src[k-1] == ':' && (k == 1 || isDigit(src[k-2]) || src[k-2] == ']')
}

// ipv4Before reports whether a whole dotted IPv4 address ends at src[o-1].
func ipv4Before(src []byte, o int) bool {
	k, dots := o, 0
	for k > 0 && o-k < 15 && (isDigit(src[k-1]) || src[k-1] == '.') {
		if src[k-1] == '.' {
			dots++
		}
		k--
	}
	if dots != 3 || k == o {
		return false
	}
	m, ok := scanIPv4(src, k)
	return ok && m.end == o
}

// cronLogin reports whether the word src[i:e] after a '(' is the login of
// a cron or crontab message: the user whose job ran or whose crontab
// changed, in parentheses opening the message, before one of cron's verbs
// ("CRON[812]: (jdoe) CMD (/home/jdoe/bin/sync)", "(jdoe) MAIL (mailed 1
// byte of output ...)", crontab's "(root) BEGIN EDIT (jdoe)"), or the
// crontab's owner after an editing verb ("BEGIN EDIT (jdoe)" ending the
// line). The daemon's own "(CRON) INFO (...)" and "(*system*) RELOAD"
// have no login of the right shape; service accounts are left by the
// caller (accountLogin).
func cronLogin(src []byte, i, e int) bool {
	if e <= i || e >= len(src) || src[e] != ')' {
		return false
	}
	if i == 1 || i >= 3 && src[i-2] == ' ' && src[i-3] == ':' && cronTag(src, i-3) {
		// The message opens with the login (journald's MESSAGE field
		// alone, or after cron's syslog tag): a cron verb follows.
		rest := src[e+1:]
		if len(rest) < 4 || rest[0] != ' ' {
			return false
		}
		rest = rest[1:]
		for _, v := range cronVerbs {
			if hasPrefix(rest, v) && (len(rest) == len(v) || rest[len(v)] == ' ') {
				return true
			}
		}
		return false
	}
	// crontab's owner after its verb, ending the message.
	if e+1 != len(src) || i < 2 || src[i-2] != ' ' {
		return false
	}
	for _, v := range crontabVerbs {
		if k := i - 2 - len(v); k >= 2 && string(src[k:i-2]) == v && src[k-1] == ' ' && src[k-2] == ')' {
			return true
		}
	}
	return false
}

// cronTag reports whether the syslog tag that ends at the ':' src[c] is
// cron's or crontab's: CRON[812], crond[812], crontab[9], cron.
func cronTag(src []byte, c int) bool {
	k := c
	if k > 0 && src[k-1] == ']' {
		k--
		for k > 0 && isDigit(src[k-1]) {
			k--
		}
		if k == 0 || src[k-1] != '[' {
			return false
		}
		k--
	}
	b := k
	for b > 0 && isAlpha(src[b-1]) {
		b--
	}
	if b > 0 && src[b-1] != ' ' {
		return false
	}
	switch string(src[b:k]) {
	case "cron", "CRON", "crond", "CROND", "crontab":
		return true
	}
	return false
}

// cronVerbs are the words cron (Vixie cron, cronie) and crontab write
// after the login that opens their messages.
var cronVerbs = [...]string{"CMD", "CMDOUT", "CMDEND", "MAIL", "BEGIN EDIT", "END EDIT", "REPLACE", "LIST", "DELETE", "RELOAD", "ORPHAN", "AUTH"}

// crontabVerbs are crontab's verbs that name the crontab's owner after
// them.
var crontabVerbs = [...]string{"BEGIN EDIT", "END EDIT", "REPLACE", "LIST", "DELETE"}

// canonicalNameKey reports whether key names an account's canonical name
// as NPS logs it: Fully-Qualified-Distinguished-Name in its
// database-compatible log, Fully-Qualified-User-Name in the IAS format
// and Fully-Qualifed-User-Name (sic) in its DTS events.
func canonicalNameKey(key []byte) bool {
	return foldEq(key, "fully_qualified_distinguished_name") || foldEq(key, "fully_qualified_user_name") ||
		foldEq(key, "fully_qualifed_user_name")
}

// canonicalNameTail returns where the account's name begins in v, an
// Active Directory canonical name (corp.example.com/Users/Jane Doe, the
// domain, the organisational units, the common name) or a down-level
// logon name (CORP\jdoe): after the last '/' or '\', when what follows is
// a login or a capitalised name of words; 0 for a computer's
// (.../Computers/WS042, WS042$) or anything else.
func canonicalNameTail(v []byte) int {
	p := len(v) - 1
	for p >= 0 && v[p] != '/' && v[p] != '\\' {
		p--
	}
	if p <= 0 || p+1 >= len(v) || v[len(v)-1] == '$' || bytes.Contains(v[:p+1], []byte("/Computers/")) {
		return 0
	}
	t := v[p+1:]
	if accountLogin(t) || isUpper(t[0]) && bytes.IndexByte(t, ' ') > 0 {
		return p + 1
	}
	return 0
}

// downLevelLogin returns where the login begins in v when v is a
// down-level logon name, DOMAIN\login (a NetBIOS domain of up to 15
// letters, digits, '-' and '.'), else 0.
func downLevelLogin(v []byte) int {
	d := 0
	for d < len(v) && d <= 15 && (isAlnum(v[d]) || v[d] == '-' || v[d] == '.') {
		d++
	}
	if d == 0 || d > 15 || d+1 >= len(v) || v[d] != '\\' {
		return 0
	}
	return d + 1
}

// nextcloudUserPath reports whether the login src[i:e] opens Nextcloud's
// (and ownCloud's) view of a user's storage, as its exceptions write it
// with the root's slash doubled: "File with name //jdoe/files/Documents
// could not be located", also //jdoe/files_trashbin/, //jdoe/files_versions/.
func nextcloudUserPath(src []byte, i, e int) bool {
	return i >= 2 && src[i-2] == '/' && (i == 2 || src[i-3] == ' ' || src[i-3] == '"' || src[i-3] == '\'') &&
		e < len(src) && hasPrefix(src[e:], "/files")
}
