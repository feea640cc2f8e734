package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Logs of network access control, one format each:
//
//   - nps_log (CSV): Microsoft Network Policy Server accounting to local
//     files ("Interpret NPS Database Format Log Files"): the
//     database-compatible format, 66 comma-separated fields from
//     ComputerName, ServiceName, Record-Date, Record-Time, Packet-Type,
//     User-Name, Fully-Qualified-Distinguished-Name, Called-Station-ID,
//     Calling-Station-ID, Callback-Number, Framed-IP-Address,
//     NAS-Identifier, NAS-IP-Address, NAS-Port ... to MS-RAS-Client-Version,
//     strings in double quotes and empty fields empty; in every other
//     stream the IAS format ("Interpret IAS Format Log Files":
//     NAS-IP-Address, User-Name, Record-Date, Record-Time, Service-Name,
//     Computer-Name, then attribute number and value pairs: 4127
//     Authentication-Type, 4129 SAM-Account-Name, 4130
//     Fully-Qualified-User-Name, 4136 Packet-Type, 4142 Reason-Code, 31
//     Calling-Station-Id, 8 Framed-IP-Address, 25 Class...).
//   - openvpn_status (Text): OpenVPN's --status file (openvpn(8),
//     --status-version 1, 2 and 3: "OpenVPN CLIENT LIST", "Updated,",
//     the CLIENT_LIST and ROUTING_TABLE rows with their HEADER rows,
//     GLOBAL_STATS, END; version 3 tab-separated) and server log lines not
//     in netsec_syslog: "peer info: IV_HWADDR=", auth-user-pass-verify's
//     "TLS: Username/Password authentication succeeded for username",
//     IPv6 and v4-mapped peers ([AF_INET6]::ffff:IP:port), MULTI_sva with
//     an IPv6 pool, duplicate-cn and client-instance restarts.
//   - nac_syslog (Mixed): Cisco ISE syslog messages (ISE Syslog
//     reference: CISE_Passed_Authentications 5200, CISE_Failed_Attempts
//     5400, CISE_RADIUS_Accounting 3000; the header of message id,
//     segment count and number, time with zone, sequence number, code,
//     severity and class; attribute=value pairs separated by ", ", commas
//     inside a value escaped with '\'), Aruba ClearPass Policy Manager's
//     syslog export of session logs (Common.* and RADIUS.* columns as
//     key=value), NPS's SQL Server logging as the DTS-compliant XML
//     event (<Event><Timestamp data_type="4">...) on one line, and NPS's
//     IAS-format log file ("Interpret IAS Format Log Files":
//     NAS-IP-Address, User-Name, Record-Date, Record-Time, Service-Name,
//     Computer-Name, then attribute number and value pairs: 4127
//     Authentication-Type, 4129 SAM-Account-Name, 4130
//     Fully-Qualified-User-Name, 4136 Packet-Type, 4142 Reason-Code, 31
//     Calling-Station-Id, 8 Framed-IP-Address, 25 Class...).
//
// Logins written as a person's (jdoe, jane.doe, CORP\jdoe, a UPN),
// distinguished names' common names, MACs in every notation NAS vendors
// send (3C-A9-F4-12-34-56, 3c:a9:f4:12:34:56, 3ca9.f412.3456,
// 3ca9f4123456), client, framed and tunnel addresses (IPv4, IPv6,
// v4-mapped), a dial-up caller's number and devices named after their
// owners are planted. NAS identifiers, network device names, policy
// names, session and request ids, packet types, reason codes, ports,
// octet counters, machine accounts and service accounts are kept. The
// NAS's, the access point's and the policy server's own addresses and
// BSSIDs are left unlabelled: infrastructure, but nothing in a CSV field
// says so.

// nasMAC returns a MAC in the notation one NAS vendor sends in
// Calling-Station-Id: IETF (upper case with '-'), colons, Cisco's dotted
// groups or twelve bare digits.
func (g *gen) nasMAC() string {
	m := strings.ToLower(strings.NewReplacer("-", "", ":", "").Replace(g.mac()))
	switch g.rng.IntN(5) {
	case 0, 1:
		return strings.ToUpper(m[0:2] + "-" + m[2:4] + "-" + m[4:6] + "-" + m[6:8] + "-" + m[8:10] + "-" + m[10:12])
	case 2:
		return m[0:2] + ":" + m[2:4] + ":" + m[4:6] + ":" + m[6:8] + ":" + m[8:10] + ":" + m[10:12]
	case 3:
		return m[0:4] + "." + m[4:8] + "." + m[8:12]
	}
	return m
}

// dialupCLI returns a dial-up caller's number as a NAS sends it in
// Calling-Station-Id: E.164 with or without '+', or the digits the
// exchange delivered (national or international prefix).
func (g *gen) dialupCLI() string {
	switch g.rng.IntN(3) {
	case 0:
		return g.e164()
	case 1:
		return strings.TrimPrefix(g.e164(), "+")
	}
	return g.dialled()
}

// ietfMAC writes a MAC as ISE and NPS normalise it: upper case, '-'.
func ietfMAC(m string) string {
	h := strings.ToUpper(strings.NewReplacer("-", "", ":", "", ".", "").Replace(m))
	return h[0:2] + "-" + h[2:4] + "-" + h[4:6] + "-" + h[6:8] + "-" + h[8:10] + "-" + h[10:12]
}

// nacUser is the identity a supplicant sent: a person's login in one of
// the forms Windows and RADIUS write it, a machine account, or a MAC
// (MAC authentication bypass).
type nacUser struct {
	userName string // User-Name as received
	sam      string // DOMAIN\login, or "" for a non-person
	upn      string // login@realm, or ""
	cn       string // the directory's common name (First Last), or ""
	login    string // the login alone, planted; "" when kept
	machine  bool
}

// nacUser returns an identity and labels nothing; the caller labels each
// form where it writes it (plantUser).
func (g *gen) nacIdentity() nacUser {
	if g.pct(15) {
		host := pick(g, []string{"DESKTOP-4F7K2QX", "LAPTOP-8Q2M1ZD", "WS042", "PC-KIOSK-03"})
		return nacUser{userName: "host/" + host + ".corp.example.com", sam: "CORP\\" + host + "$", machine: true}
	}
	f, l := g.name()
	fl, ll := strings.ToLower(ascii(f)), strings.ToLower(ascii(l))
	login := pick(g, []string{fl[:1] + ll, fl + "." + ll, fl[:1] + "." + ll, ll + fl[:1]})
	u := nacUser{sam: "CORP\\" + login, upn: login + "@corp.example.com", cn: f + " " + l, login: login}
	switch g.rng.IntN(4) {
	case 0:
		u.userName = login
	case 1:
		u.userName = u.sam
	case 2:
		u.userName = u.upn
	default:
		u.userName = "corp\\" + login
		if strings.ContainsAny(login[:1], "nrt") && !strings.Contains(login, ".") {
			// Known gap: a whole value corp\tdoe reads as "corp", a tab
			// and "doe" (a JSON-style escape; a lone corp\nathan is a
			// newline to the engine): written with the domain in
			// capitals instead.
			u.userName = u.sam
		}
	}
	return u
}

// plantUser writes one form of u's identity and labels it.
func (g *gen) plantUser(b []byte, u nacUser, form string) []byte {
	if u.machine || u.login == "" {
		return g.keep(b, "account", form, "")
	}
	switch {
	case strings.Contains(form, "@"):
		return g.plant(b, "email", form, "")
	case strings.Contains(form, "\\"):
		i := strings.IndexByte(form, '\\')
		b = append(b, form[:i+1]...)
		return g.plant(b, "name", form[i+1:], "")
	case strings.Contains(form, " "):
		return g.plant(b, "name", form, "")
	}
	return g.plant(b, "name", form, "")
}

// npsDate writes NPS's MM/DD/YYYY and HH:MM:SS.
func (g *gen) npsDate() (string, string) {
	t := g.now.UTC()
	return two(int(t.Month())) + "/" + two(t.Day()) + "/" + strconv.Itoa(t.Year()), t.Format("15:04:05")
}

// npsClass writes the Class attribute NPS issues in an Access-Accept:
// "311 1 <server IP> <date time> <serial>", unlabelled but for the serial.
func (g *gen) npsClass() string {
	t := g.now.UTC().Add(-26 * 3600e9)
	return "311 1 192.0.2.10 " + two(int(t.Month())) + "/" + two(t.Day()) + "/" + strconv.Itoa(t.Year()) + " " + t.Format("15:04:05") + " " + g.num(1, 99999)
}

// npsKind is one authentication scenario: what the NAS is and what it
// sends as Calling-Station-Id.
type npsKind struct {
	nas, nasIP, portType, eap, policy string
	calling                           string // "mac", "ip", "phone"
}

var npsKinds = []npsKind{
	{"WLC-HQ-01", "192.0.2.5", "19", "Microsoft: Protected EAP (PEAP)", "Secure Wireless Connections", "mac"},
	{"SW-FLOOR2", "192.0.2.6", "15", "Microsoft: Smart Card or other certificate", "Wired 802.1X", "mac"},
	{"VPN-GW01", "192.0.2.7", "5", "Microsoft: Secured password (EAP-MSCHAP v2)", "Remote Access VPN", "ip"},
	{"RAS-DIAL01", "192.0.2.8", "0", "", "Dial-up Connections", "phone"},
}

// npsLog writes an NPS accounting line: database-compatible, or IAS when
// st.variant is negative (nac_syslog's IAS streams).
func (g *gen) npsLog(st *streamState) Record {
	b := make([]byte, 0, 600)
	k := pick(g, npsKinds)
	u := g.nacIdentity()
	date, tm := g.npsDate()
	pt := pick(g, []string{"1", "2", "2", "3", "4", "11"})
	reason := "0"
	if pt == "3" {
		reason = pick(g, []string{"16", "48", "65", "8"})
	}
	// Calling-Station-Id, labelled where it is written.
	var calling, callCat string
	switch k.calling {
	case "mac":
		calling, callCat = g.nasMAC(), "mac"
		if g.pct(50) {
			calling = ietfMAC(calling)
		}
	case "ip":
		calling, callCat = g.clientIP()
	default:
		calling, callCat = g.dialupCLI(), "phone"
	}
	framed := ""
	if pt == "2" && k.calling != "mac" || pt == "4" {
		framed = "10.20." + g.num(0, 63) + "." + g.num(2, 254)
	}
	if st.variant < 0 {
		// IAS format (nac_syslog's streams: its lines have no fixed
		// field count).
		b = append(b, k.nasIP+","...)
		b = g.plantUser(b, u, u.userName)
		b = append(b, ","+date+","+tm+",IAS,NPS01"...)
		b = append(b, ",4127,"+pick(g, []string{"5", "11", "1"})...)
		if u.sam != "" {
			b = append(b, ",4129,"...)
			b = g.plantUser(b, u, u.sam)
			b = append(b, ",4130,corp.example.com/"...)
			if u.machine {
				b = append(b, "Computers/"+strings.TrimSuffix(u.sam[5:], "$")...)
			} else {
				b = append(b, "Users/"...)
				b = g.plantUser(b, u, u.cn)
			}
		}
		b = append(b, ",4136,"+pt+",4142,"+reason...)
		b = append(b, ",31,"...)
		b = g.plant(b, callCat, calling, "")
		b = append(b, ",32,"+k.nas+",4,"+k.nasIP...)
		p := g.num(1, 50112)
		b = g.keep(b, "port", p, ",5,"+p+",")
		b = append(b, "61,"+k.portType+",4108,"+k.nasIP+",4128,"+k.nas...)
		if framed != "" {
			b = append(b, ",8,"...)
			b = g.plant(b, "ipv4", framed, "")
		}
		if pt == "2" {
			b = append(b, ",25,"+g.npsClass()...)
		}
		if pt == "4" {
			sid := strings.ToUpper(g.hexID(8))
			b = g.keep(b, "uniqueid", sid, ",44,"+sid+",")
			b = append(b, "40,"+pick(g, []string{"1", "2", "3"})...)
			o := g.num(1000, 99999999)
			b = g.keep(b, "bytes", o, ",42,"+o+",")
			b = append(b, "46,"+g.num(1, 86400)...)
		}
		b = append(b, ",4149,"+k.policy+",4154,Use Windows authentication for all users,4155,1"...)
		return Record{Line: b}
	}
	// Database-compatible format: 66 fields.
	lb := b
	lb = append(lb, `"NPS01","IAS",`+date+","+tm+","+pt+`,"`...)
	lb = g.plantUser(lb, u, u.userName)
	lb = append(lb, `","`...)
	if u.machine {
		lb = append(lb, "corp.example.com/Computers/"+strings.TrimSuffix(u.sam[5:], "$")...)
	} else if g.pct(50) {
		lb = g.plantUser(lb, u, u.sam)
	} else {
		lb = append(lb, "corp.example.com/Users/"...)
		lb = g.plantUser(lb, u, u.cn)
	}
	lb = append(lb, `",`...)
	// Called-Station-ID: the AP's BSSID and SSID, the VPN server or the
	// dialled number (unlabelled).
	switch k.calling {
	case "mac":
		lb = append(lb, `"70-10-6F-C4-9A-D0:CorpWiFi"`...)
	case "ip":
		lb = append(lb, `"198.51.100.1"`...)
	default:
		lb = append(lb, `"4930555000"`...)
	}
	lb = append(lb, `,"`...)
	lb = g.plant(lb, callCat, calling, "")
	lb = append(lb, `",,`...)
	if framed != "" {
		lb = append(lb, '"')
		lb = g.plant(lb, "ipv4", framed, "")
		lb = append(lb, '"')
	}
	lb = append(lb, `,"`+k.nas+`","`+k.nasIP+`"`...)
	p := g.num(1, 50112)
	lb = g.keep(lb, "port", p, ","+p+",")
	lb = append(lb, `0,"`+k.nasIP+`","`+k.nas+`",`...)
	// 18 Event-Timestamp, 19 Port-Limit, 20 NAS-Port-Type.
	if pt == "4" {
		ev := strconv.FormatInt(g.now.Unix(), 10)
		lb = g.keep(lb, "epoch", ev, ev+",")
	} else {
		lb = append(lb, ',')
	}
	lb = append(lb, ","+k.portType+","...)
	// 21 Connect-Info .. 31 EAP-Friendly-Name.
	if k.calling == "mac" {
		lb = append(lb, `"CONNECT 54Mbps 802.11a"`...)
	}
	lb = append(lb, ",,2,"+pick(g, []string{"5", "11", "1"})+`,"`+k.policy+`",`+reason+","...)
	if pt == "2" {
		lb = append(lb, `"`+g.npsClass()+`"`...)
	}
	lb = append(lb, ",,,,"...)
	if k.eap != "" {
		lb = append(lb, `"`+k.eap+`"`...)
	}
	lb = append(lb, ',')
	// 32 Acct-Status-Type .. 44 Acct-Interim-Interval, each with its comma.
	if pt == "4" {
		lb = append(lb, pick(g, []string{"1", "2", "3"})+",0,"...)
		for i := 0; i < 2; i++ {
			o := g.num(1000, 99999999)
			lb = g.keep(lb, "bytes", o, o+",")
		}
		sid := strings.ToUpper(g.hexID(8))
		lb = g.keep(lb, "uniqueid", sid, `"`+sid+`",`)
		lb = append(lb, "1,"+g.num(1, 86400)+","+g.num(1, 9999)+","+g.num(1, 9999)+",,,,,"...)
	} else {
		lb = append(lb, ",,,,,,,,,,,,,"...)
	}
	// 45..60 tunnel and MS-* attributes, empty; 61 Proxy-Policy-Name ..
	lb = append(lb, ",,,,,,,,,,,,,,,,"...)
	lb = append(lb, `"Use Windows authentication for all users",1,,,`...)
	// 65 MS-RAS-Client-Name and 66 MS-RAS-Client-Version of a VPN client.
	if k.calling == "ip" && g.pct(60) {
		lb = append(lb, `"`...)
		switch g.rng.IntN(3) {
		case 0:
			lb = g.plant(lb, "name", g.appleDevice(), "")
		case 1:
			f, l := g.name()
			lb = g.plant(lb, "name", strings.ToUpper(ascii(f)+"-"+ascii(l))+"-PC", "")
		default:
			lb = g.keep(lb, "host", pick(g, []string{"DESKTOP-4F7K2QX", "LAPTOP-8Q2M1ZD"}), "")
		}
		lb = append(lb, `","MSRASV5.20"`...)
	} else {
		lb = append(lb, ","...)
	}
	return Record{Line: lb}
}

// openvpnStatus writes the lines of an OpenVPN status file (version 1, 2
// or 3 by stream) and, one line in three, a server log line.
func (g *gen) openvpnStatus(st *streamState) Record {
	ver := 1 + st.variant%4
	if ver == 4 {
		return g.openvpnLogLine()
	}
	sep := ","
	if ver == 3 {
		sep = "\t"
	}
	b := make([]byte, 0, 300)
	t := g.now.UTC()
	ts := t.Format("2006-01-02 15:04:05")
	epoch := strconv.FormatInt(t.Unix(), 10)
	switch st.n % 10 {
	case 0:
		if ver == 1 {
			return Record{Line: []byte("OpenVPN CLIENT LIST"), Header: true}
		}
		return Record{Line: []byte("TITLE" + sep + "OpenVPN 2.6.8 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] built on Nov 17 2023"), Header: true}
	case 1:
		if ver == 1 {
			b = append(b, "Updated,"...)
			b = g.keep(b, "timestamp", ts, "")
			return Record{Line: b}
		}
		b = append(b, "TIME"+sep...)
		b = g.keep(b, "timestamp", ts, "")
		b = g.keep(b, "epoch", epoch, sep+epoch)
		return Record{Line: b}
	case 2:
		if ver == 1 {
			return Record{Line: []byte("Common Name,Real Address,Bytes Received,Bytes Sent,Connected Since"), Header: true}
		}
		h := []string{"HEADER", "CLIENT_LIST", "Common Name", "Real Address", "Virtual Address", "Virtual IPv6 Address", "Bytes Received", "Bytes Sent", "Connected Since", "Connected Since (time_t)", "Username", "Client ID", "Peer ID", "Data Channel Cipher"}
		return Record{Line: []byte(strings.Join(h, sep)), Header: true}
	case 6:
		if ver == 1 {
			return Record{Line: []byte("ROUTING TABLE"), Header: true}
		}
		h := []string{"HEADER", "ROUTING_TABLE", "Virtual Address", "Common Name", "Real Address", "Last Ref", "Last Ref (time_t)"}
		return Record{Line: []byte(strings.Join(h, sep)), Header: true}
	case 7:
		if ver == 1 {
			return Record{Line: []byte("Virtual Address,Common Name,Real Address,Last Ref"), Header: true}
		}
	case 9:
		if ver == 1 {
			return Record{Line: []byte("GLOBAL STATS"), Header: true}
		}
		return Record{Line: []byte("GLOBAL_STATS" + sep + "Max bcast/mcast queue length" + sep + "0"), Header: true}
	}
	// A client row (3, 4, 5) or a routing row (7).
	cn, person := g.openvpnCN()
	var real, realCat, realForm string
	port := g.num(1024, 65535)
	switch g.rng.IntN(5) {
	case 0:
		real, realCat = g.ipv6(), "ipv6"
		realForm = real // IPv6 peers are printed without their port
	default:
		real, realCat = g.ipv4(), "ipv4"
		realForm = real + ":" + port
	}
	vip := "10.8." + g.num(0, 3) + "." + g.num(2, 254)
	cnOut := func(b []byte) []byte {
		if person {
			return g.plant(b, "name", cn, "")
		}
		return g.keep(b, "account", cn, "")
	}
	if st.n%10 >= 7 {
		if ver == 1 {
			b = g.plant(b, "ipv4", vip, "")
			b = append(b, ',')
			b = cnOut(b)
			b = append(b, ',')
			b = g.plant(b, realCat, real, "")
			if realForm != real {
				b = g.keep(b, "port", port, ":"+port+",")
			} else {
				b = append(b, ',')
			}
			b = g.keep(b, "timestamp", ts, "")
			return Record{Line: b}
		}
		b = append(b, "ROUTING_TABLE"+sep...)
		b = g.plant(b, "ipv4", vip, "")
		b = append(b, sep...)
		b = cnOut(b)
		b = append(b, sep...)
		b = g.plant(b, realCat, real, "")
		if realForm != real {
			b = g.keep(b, "port", port, ":"+port+sep)
		} else {
			b = append(b, sep...)
		}
		b = g.keep(b, "timestamp", ts, "")
		b = g.keep(b, "epoch", epoch, sep+epoch)
		return Record{Line: b}
	}
	since := t.Add(-g.durationN(3600 * 30))
	sinceTS := since.Format("2006-01-02 15:04:05")
	if ver == 1 {
		b = cnOut(b)
		b = append(b, ',')
		b = g.plant(b, realCat, real, "")
		if realForm != real {
			b = g.keep(b, "port", port, ":"+port+",")
		} else {
			b = append(b, ',')
		}
		for i := 0; i < 2; i++ {
			o := g.num(1000, 999999999)
			b = g.keep(b, "bytes", o, o+",")
		}
		b = g.keep(b, "timestamp", sinceTS, "")
		return Record{Line: b}
	}
	b = append(b, "CLIENT_LIST"+sep...)
	b = cnOut(b)
	b = append(b, sep...)
	b = g.plant(b, realCat, real, "")
	if realForm != real {
		b = g.keep(b, "port", port, ":"+port+sep)
	} else {
		b = append(b, sep...)
	}
	b = g.plant(b, "ipv4", vip, "")
	b = append(b, sep...)
	if g.pct(30) {
		v6 := "2001:db8:100::" + strconv.FormatInt(int64(0x1000+g.rng.IntN(0xfff)), 16)
		b = g.plant(b, "ipv6", v6, "")
	}
	b = append(b, sep...)
	for i := 0; i < 2; i++ {
		o := g.num(1000, 999999999)
		b = g.keep(b, "bytes", o, o+sep)
	}
	b = g.keep(b, "timestamp", sinceTS, "")
	se := strconv.FormatInt(since.Unix(), 10)
	b = g.keep(b, "epoch", se, sep+se+sep)
	// Username: the auth-user-pass login, which the server checks
	// against the common name (username-as-common-name), or UNDEF.
	if person && g.pct(40) {
		b = g.plant(b, "name", cn, "")
	} else {
		b = append(b, "UNDEF"...)
	}
	cid := g.num(0, 400)
	b = g.keep(b, "counter", cid, sep+cid+sep)
	b = append(b, g.num(0, 30)+sep+pick(g, []string{"AES-256-GCM", "CHACHA20-POLY1305", "AES-128-GCM"})...)
	return Record{Line: b}
}

// durationN returns a random duration of up to n seconds.
func (g *gen) durationN(n int) time.Duration {
	return time.Duration(1+g.rng.IntN(n)) * time.Second
}

// openvpnCN returns a certificate's common name: a person's login or
// address (planted) or a device's or a service's name (kept).
func (g *gen) openvpnCN() (string, bool) {
	switch g.rng.IntN(10) {
	case 0, 1, 2, 3, 4:
		return g.personLogin(), true
	case 5:
		f, l := g.name()
		return g.email(f, l), true
	}
	return pick(g, []string{"router-branch2", "client1", "laptop-0042", "site-b-gw", "monitoring"}), false
}

// openvpnLogLine writes a server log line of the kinds netsec_syslog
// does not.
func (g *gen) openvpnLogLine() Record {
	b := make([]byte, 0, 300)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05"), "")
	b = append(b, ' ')
	cn, person := g.openvpnCN()
	port := g.num(1024, 65535)
	ip, cat := g.ipv4(), "ipv4"
	addr := ip + ":" + port
	mapped := g.pct(25)
	v6 := g.pct(20)
	switch {
	case mapped:
		addr = "::ffff:" + ip + ":" + port
	case v6:
		ip, cat = g.ipv6(), "ipv6"
		addr = ip
	}
	g.plantAt(cat, ip)
	if !v6 {
		g.keepAt("port", port, ":"+port)
	}
	if person {
		g.plantAt(pick(g, []string{"name"}), cn)
		if strings.Contains(cn, "@") {
			g.plants[len(g.plants)-1].Category = "email"
		}
	} else {
		g.keepAt("account", cn)
	}
	sockAddr := "[AF_INET]" + ip + ":" + port
	if mapped {
		sockAddr = "[AF_INET6]::ffff:" + ip + ":" + port
	} else if v6 {
		sockAddr = "[AF_INET6]" + ip + ":" + port
	}
	switch g.rng.IntN(7) {
	case 0:
		mac := strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":"))
		g.plantAt("mac", mac)
		b = append(b, addr+" peer info: IV_HWADDR="+mac...)
	case 1:
		b = append(b, addr+" TLS: Username/Password authentication succeeded for username '"+cn+"'"...)
		if g.pct(50) {
			b = append(b, " [CN SET]"...)
		}
	case 2:
		b = append(b, addr+" ["+cn+"] Peer Connection Initiated with "+sockAddr...)
	case 3:
		vip := "10.8.0." + g.num(2, 254)
		vip6 := "2001:db8:100::" + strconv.FormatInt(int64(0x1000+g.rng.IntN(0xfff)), 16)
		g.plantAt("ipv4", vip)
		g.plantAt("ipv6", vip6)
		b = append(b, cn+"/"+addr+" MULTI_sva: pool returned IPv4="+vip+", IPv6="+vip6...)
	case 4:
		// No address in this line: drop its labels (the first made).
		g.plants = g.plants[1:]
		if !v6 {
			g.keeps = append(g.keeps[:1], g.keeps[2:]...) // after the time
		}
		b = append(b, "MULTI: new connection by client '"+cn+"' will cause previous active sessions by this client to be dropped.  Remember to use the --duplicate-cn option if you want multiple clients using the same certificate or username to concurrently connect."...)
	case 5:
		b = append(b, cn+"/"+addr+" SIGUSR1[soft,connection-reset] received, client-instance restarting"...)
	default:
		b = append(b, addr+" TLS Auth Error: Auth Username/Password verification failed for peer"...)
		// No name in this line: drop the label made for it.
		g.plants = g.plants[:len(g.plants)-boolInt(person)]
		if !person {
			g.keeps = g.keeps[:len(g.keeps)-1]
		}
	}
	if strings.Contains(string(b), "'"+cn+"'") || strings.Contains(string(b), cn+"/") || strings.Contains(string(b), "["+cn+"]") {
		return Record{Line: b}
	}
	// The common name is not in the line (peer info, MAC): unlabel it.
	for i := len(g.plants) - 1; i >= 0; i-- {
		if g.plants[i].Text == cn {
			g.plants = append(g.plants[:i], g.plants[i+1:]...)
		}
	}
	for i := len(g.keeps) - 1; i >= 0; i-- {
		if g.keeps[i].Text == cn {
			g.keeps = append(g.keeps[:i], g.keeps[i+1:]...)
		}
	}
	return Record{Line: b}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nacSyslog writes a Cisco ISE, ClearPass or NPS DTS event, one product a
// stream.
func (g *gen) nacSyslog(st *streamState) Record {
	switch st.variant % 4 {
	case 1:
		return g.iseSyslog(st)
	case 2:
		return g.clearpassSyslog()
	case 3:
		return g.npsLog(&streamState{variant: -1})
	}
	return g.npsDTS()
}

// iseEsc escapes a value as ISE writes it: ',' as "\,".
func iseEsc(s string) string { return strings.ReplaceAll(s, ",", `\,`) }

func (g *gen) iseSyslog(st *streamState) Record {
	b := make([]byte, 0, 1500)
	t := g.now.UTC()
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	b = append(b, "<181>"...)
	b = g.keep(b, "timestamp", months[t.Month()-1]+" "+day+" "+t.Format("15:04:05"), "")
	b = append(b, " ise01 "...)
	kind := g.rng.IntN(3)
	cat, code, class := "CISE_Passed_Authentications", "5200", "Passed-Authentication: Authentication succeeded"
	switch kind {
	case 1:
		cat, code, class = "CISE_Failed_Attempts", "5400", "Failed-Attempt: Authentication failed"
	case 2:
		cat, code, class = "CISE_RADIUS_Accounting", "3000", "Radius-Accounting: RADIUS Accounting "+pick(g, []string{"start", "stop", "watchdog update"})+" request"
	}
	msgID := "00" + g.digits(8)
	b = append(b, cat+" "...)
	b = g.keep(b, "counter", msgID, "")
	b = append(b, " 1 0 "...)
	b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05.000")+" +00:00", "")
	seq := "00" + g.digits(8)
	b = g.keep(b, "counter", seq, " "+seq+" ")
	b = append(b, code+" NOTICE "+class+", ConfigVersionId="+g.num(10, 400)+", Device IP Address=192.0.2.6, DestinationIPAddress=192.0.2.20, DestinationPort=1812"...)
	mab := kind != 2 && g.pct(25)
	u := g.nacIdentity()
	mac := g.nasMAC()
	ietf := ietfMAC(mac)
	b = append(b, ", UserName="...)
	switch {
	case mab:
		b = g.plant(b, "mac", ietf, "")
	default:
		b = g.plantUser(b, u, u.userName)
	}
	b = append(b, ", Protocol=Radius"...)
	lat := g.num(1, 900)
	b = g.keep(b, "duration", lat, ", RequestLatency="+lat)
	b = append(b, ", NetworkDeviceName=SW-FLOOR2, User-Name="...)
	if mab {
		b = g.plant(b, "mac", strings.ToLower(strings.ReplaceAll(ietf, "-", "")), "")
	} else {
		b = g.plantUser(b, u, u.userName)
	}
	b = append(b, ", NAS-IP-Address=192.0.2.6"...)
	p := "501" + g.digits(2)
	b = g.keep(b, "port", p, ", NAS-Port="+p)
	b = append(b, ", Service-Type="+pick(g, []string{"Framed", "Call Check"})...)
	vpn := !mab && g.pct(25)
	if kind != 1 && g.pct(70) {
		b = append(b, ", Framed-IP-Address="...)
		b = g.plant(b, "ipv4", "10.20."+g.num(0, 63)+"."+g.num(2, 254), "")
	}
	b = append(b, ", Called-Station-ID="...)
	if vpn {
		b = append(b, "198.51.100.1, Calling-Station-ID="...)
		ip, c := g.clientIP()
		b = g.plant(b, c, ip, "")
		b = append(b, ", NAS-Port-Type=Virtual"...)
	} else {
		b = append(b, "00-11-22-33-44-55, Calling-Station-ID="...)
		b = g.plant(b, "mac", mac, "")
		b = append(b, ", NAS-Port-Type=Ethernet, NAS-Port-Id=GigabitEthernet1/0/"+g.num(1, 48)...)
	}
	sess := strings.ToUpper(g.hexID(24))
	b = g.keep(b, "uniqueid", sess, ", cisco-av-pair=audit-session-id="+sess)
	acs := "ise01/" + g.num(400000000, 499999999) + "/" + g.num(1, 99999)
	b = g.keep(b, "uniqueid", acs, ", AcsSessionID="+acs)
	if kind == 2 {
		asid := strings.ToUpper(g.hexID(8))
		b = g.keep(b, "uniqueid", asid, ", Acct-Session-Id="+asid)
		b = append(b, ", Acct-Status-Type="+pick(g, []string{"Start", "Stop", "Interim-Update"})...)
		for _, k := range []string{"Acct-Input-Octets", "Acct-Output-Octets"} {
			o := g.num(1000, 999999999)
			b = g.keep(b, "bytes", o, ", "+k+"="+o)
		}
		ev := strconv.FormatInt(t.Unix(), 10)
		b = g.keep(b, "epoch", ev, ", Event-Timestamp="+ev)
	} else {
		b = append(b, ", AuthenticationIdentityStore="+pick(g, []string{"CORP-AD", "Internal Endpoints"})+", AuthenticationMethod="+pick(g, []string{"MSCHAPV2", "Lookup", "x509_PKI"})+", SelectedAccessService=Default Network Access"...)
		if kind == 1 {
			b = append(b, ", FailureReason="+pick(g, []string{"24408 User authentication against Active Directory failed since user has entered the wrong password", "22056 Subject not found in the applicable identity store(s)", "15039 Rejected per authorization profile"})...)
		} else {
			b = append(b, ", SelectedAuthorizationProfiles="+pick(g, []string{"PermitAccess", "Employee_VLAN"})...)
		}
		b = append(b, ", IdentityGroup=Endpoint Identity Groups:Profiled:Workstation, Step=11001, Step=11017, Step=15049, Step=15008, Step=11507"...)
		b = append(b, `, NetworkDeviceGroups=Location#All Locations#Berlin, NetworkDeviceGroups=Device Type#All Device Types#Switch, EapTunnel=PEAP, EapAuthentication=EAP-MSCHAPv2`...)
		b = g.keep(b, "uniqueid", sess, ", CPMSessionID="+sess)
		b = append(b, ", EndPointMACAddress="...)
		b = g.plant(b, "mac", ietf, "")
		b = append(b, ", ISEPolicySetName="+pick(g, []string{"Wired", "Wireless", "VPN"})...)
		if !mab && !u.machine && g.pct(70) {
			b = append(b, ", AD-User-Resolved-Identities="...)
			b = g.plantUser(b, u, u.upn)
			b = append(b, ", AD-User-Join-Point=CORP.EXAMPLE.COM, AD-User-Resolved-DNs=CN="...)
			b = g.plantUser(b, u, iseEsc(u.cn))
			b = append(b, `\,OU=Staff\,DC=corp\,DC=example\,DC=com, AD-Groups-Names=corp.example.com/Users/Domain Users, AD-Groups-Names=corp.example.com/Groups/VPN-Users`...)
		}
		if kind == 0 {
			b = append(b, ", Response={"...)
			if mab {
				b = append(b, "UserName="...)
				b = g.plant(b, "mac", ietf, "")
			} else {
				b = append(b, "UserName="...)
				b = g.plantUser(b, u, u.userName)
			}
			b = g.keep(b, "uniqueid", sess, "; Class=CACS:"+sess+":"+acs+"; ")
			b = append(b, "MS-MPPE-Send-Key=****; MS-MPPE-Recv-Key=****; LicenseTypes=Essential license consumed.; }"...)
		}
	}
	_ = st
	return Record{Line: b}
}

// clearpassSyslog writes a ClearPass session log exported through syslog:
// the export filter's columns as key=value, separated by ','.
func (g *gen) clearpassSyslog() Record {
	b := make([]byte, 0, 800)
	t := g.now.UTC()
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	b = append(b, "<143>"...)
	b = g.keep(b, "timestamp", months[t.Month()-1]+" "+day+" "+t.Format("15:04:05"), "")
	b = append(b, " cppm01 "...)
	b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05,000"), "")
	b = append(b, " 192.0.2.30 Session_Logs "...)
	id := g.num(10000, 9999999)
	b = g.keep(b, "counter", id, id+" 1 0 ")
	u := g.nacIdentity()
	mac := g.nasMAC()
	h := strings.ToLower(strings.NewReplacer("-", "", ":", "", ".", "").Replace(mac))
	accept := g.pct(75)
	b = append(b, "Common.Alerts-Present="+map[bool]string{true: "0", false: "1"}[accept]+",Common.Auth-Type="+pick(g, []string{"EAP-PEAP", "MAC-AUTH", "EAP-TLS"})...)
	b = append(b, ",Common.Enforcement-Profiles=["+pick(g, []string{"Allow Access Profile", "Employee VLAN", "Deny Access Profile"})+"]"...)
	b = append(b, ",Common.Endpoint-MAC-Address="...)
	b = g.plant(b, "mac", h, "")
	b = append(b, ",Common.Error-Code="+map[bool]string{true: "0", false: "216"}[accept]...)
	b = append(b, ",Common.Host-MAC-Address="...)
	b = g.plant(b, "mac", h, "")
	b = append(b, ",Common.Login-Status="+map[bool]string{true: "ACCEPT", false: "REJECT"}[accept]...)
	b = append(b, ",Common.NAS-IP-Address=192.0.2.40"...)
	rid := "R" + g.hexID(8) + "-0" + g.num(1, 9) + "-" + g.hexID(8)
	b = g.keep(b, "requestid", rid, ",Common.Request-Id="+rid)
	b = append(b, ",Common.Request-Timestamp="...)
	b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05")+"+00", "")
	b = append(b, ",Common.Roles=["+pick(g, []string{"Employee", "Contractor", "Guest"})+"], [User Authenticated]"...)
	b = append(b, ",Common.Service=Corp 802.1X Wireless,Common.Username="...)
	b = g.plantUser(b, u, u.userName)
	b = append(b, ",RADIUS.Acct-Calling-Station-Id="...)
	b = g.plant(b, "mac", mac, "")
	if accept && g.pct(70) {
		b = append(b, ",RADIUS.Acct-Framed-IP-Address="...)
		b = g.plant(b, "ipv4", "10.30."+g.num(0, 63)+"."+g.num(2, 254), "")
	}
	b = append(b, ",RADIUS.Acct-NAS-Port-Type=Wireless-802.11,RADIUS.Auth-Source=AD:"+pick(g, []string{"dc01.corp.example.com", "dc02.corp.example.com"})...)
	if !u.machine && g.pct(50) {
		b = append(b, ",Common.Full-Username="...)
		b = g.plantUser(b, u, u.upn)
	}
	return Record{Line: b}
}

// npsDTS writes the XML event NPS passes to SQL Server's report_event for
// one RADIUS request, on one line as a trace of it shows.
func (g *gen) npsDTS() Record {
	b := make([]byte, 0, 1500)
	t := g.now.UTC()
	el := func(b []byte, name, typ string) []byte {
		return append(b, "<"+name+` data_type="`+typ+`">`...)
	}
	end := func(b []byte, name string) []byte { return append(b, "</"+name+">"...) }
	k := pick(g, npsKinds)
	u := g.nacIdentity()
	b = append(b, "<Event>"...)
	b = el(b, "Timestamp", "4")
	b = g.keep(b, "timestamp", two(int(t.Month()))+"/"+two(t.Day())+"/"+strconv.Itoa(t.Year())+" "+t.Format("15:04:05.000"), "")
	b = end(b, "Timestamp")
	b = el(b, "Computer-Name", "1")
	b = append(b, "NPS01"...)
	b = end(b, "Computer-Name")
	b = el(b, "Event-Source", "1")
	b = append(b, "IAS"...)
	b = end(b, "Event-Source")
	b = el(b, "User-Name", "1")
	b = g.plantUser(b, u, u.userName)
	b = end(b, "User-Name")
	b = el(b, "NAS-IP-Address", "3")
	b = append(b, k.nasIP...)
	b = end(b, "NAS-IP-Address")
	b = el(b, "NAS-Port", "0")
	p := g.num(1, 50112)
	b = append(b, p...)
	g.keepAt("port", p, ">"+p+"<")
	b = end(b, "NAS-Port")
	b = el(b, "Calling-Station-Id", "1")
	switch k.calling {
	case "mac":
		b = g.plant(b, "mac", ietfMAC(g.nasMAC()), "")
	case "ip":
		ip, c := g.clientIP()
		b = g.plant(b, c, ip, "")
	default:
		b = g.plant(b, "phone", g.dialupCLI(), "")
	}
	b = end(b, "Calling-Station-Id")
	b = el(b, "NAS-Identifier", "1")
	b = append(b, k.nas...)
	b = end(b, "NAS-Identifier")
	b = el(b, "Client-IP-Address", "3")
	b = append(b, k.nasIP...)
	b = end(b, "Client-IP-Address")
	b = el(b, "Client-Vendor", "0")
	b = append(b, '0')
	b = end(b, "Client-Vendor")
	b = el(b, "Client-Friendly-Name", "1")
	b = append(b, k.nas...)
	b = end(b, "Client-Friendly-Name")
	if u.sam != "" {
		b = el(b, "SAM-Account-Name", "1")
		b = g.plantUser(b, u, u.sam)
		b = end(b, "SAM-Account-Name")
		b = el(b, "Fully-Qualifed-User-Name", "1")
		b = g.plantUser(b, u, u.sam)
		b = end(b, "Fully-Qualifed-User-Name")
	}
	pt := pick(g, []string{"1", "2", "3"})
	b = el(b, "Packet-Type", "0")
	b = append(b, pt...)
	b = end(b, "Packet-Type")
	b = el(b, "Reason-Code", "0")
	b = append(b, map[bool]string{true: "16", false: "0"}[pt == "3"]...)
	b = end(b, "Reason-Code")
	if pt == "2" {
		b = el(b, "Class", "1")
		b = append(b, g.npsClass()...)
		b = end(b, "Class")
		if k.calling != "mac" {
			b = el(b, "Framed-IP-Address", "3")
			b = g.plant(b, "ipv4", "10.20."+g.num(0, 63)+"."+g.num(2, 254), "")
			b = end(b, "Framed-IP-Address")
		}
	}
	b = el(b, "NP-Policy-Name", "1")
	b = append(b, k.policy...)
	b = end(b, "NP-Policy-Name")
	b = el(b, "Proxy-Policy-Name", "1")
	b = append(b, "Use Windows authentication for all users"...)
	b = end(b, "Proxy-Policy-Name")
	b = el(b, "Provider-Type", "0")
	b = append(b, '1')
	b = end(b, "Provider-Type")
	b = append(b, "</Event>"...)
	return Record{Line: b}
}
