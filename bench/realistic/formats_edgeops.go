package realistic

import (
	"strconv"
	"strings"
)

// Edge, gateway and identity logs written for a held-out test: formats
// the engine was not built against. ArcSight CEF and QRadar LEEF as
// security products forward them, Citrix NetScaler (ADC/Gateway) ns.log
// messages, Cisco Meraki syslog, Duo Admin API logs, Kong Gateway's log
// plugins and lighttpd's mod_accesslog.
//
// Personal: logins (jdoe, jane.doe; alone, as DOMAIN\login, as a UPN or
// before a NetScaler context's '@client'), e-mail addresses, client
// addresses, stations' MACs, phone numbers of Duo's phones, names in
// CEF's suser and Duo's realname, session cookies and API keys. Kept:
// epochs, times, message and session ids, ports, byte counters,
// durations, UUIDs, Duo's object keys, rule names, service accounts.

// cefEsc escapes an extension value as the CEF specification asks:
// backslash and '=' with a backslash, a newline as \n.
func cefEsc(s string) string {
	return strings.NewReplacer(`\`, `\\`, "=", `\=`, "\n", `\n`).Replace(s)
}

// cefLEEF is one ArcSight Common Event Format or IBM QRadar Log Event
// Extended Format event, behind a syslog header in every other stream:
// CEF:0|vendor|product|version|signature|name|severity|key=value ...
// (values run to the next key, '=' escaped), LEEF:1.0 with tab-separated
// attributes and LEEF:2.0 with its own delimiter ('^').
func (g *gen) cefLEEF(st *streamState) Record {
	b := make([]byte, 0, 900)
	t := g.now.UTC()
	if st.variant%2 == 1 {
		b = append(b, "<134>"...)
		b = g.keep(b, "timestamp", months[t.Month()-1]+" "+two(t.Day())+" "+t.Format("15:04:05"), "")
		b = append(b, " siem-fwd01 "...)
	}
	kv := func(b []byte, k, cat, v string) []byte { return g.keep(b, cat, v, " "+k+"="+v) }
	ip, ipCat := g.clientIP()
	if g.pct(30) {
		ip, ipCat = g.privateIPv4(), "ipv4"
	}
	switch g.rng.IntN(6) {
	case 0: // Imperva Cloud WAF (Incapsula) SIEM integration, CEF.
		b = append(b, "CEF:0|Incapsula|SIEMintegration|1|1|Normal|0| "...)
		fid := g.digits(19)
		b = g.keep(b, "counter", fid, "fileId="+fid)
		b = append(b, " sourceServiceName=shop.example.com siteid="+g.num(1000000, 9999999)...)
		b = append(b, " requestClientApplication="...)
		ua, ver := g.ua()
		b = append(b, cefEsc(ua)...)
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = append(b, " deviceFacility=fra src="...)
		b = g.plant(b, ipCat, ip, "")
		b = append(b, " caIP="...)
		b = g.plant(b, ipCat, ip, "")
		b = append(b, " ccode=DE tag=shop.example.com"...)
		b = kv(b, "cn1", "status", pick(g, []string{"200", "302", "403"}))
		b = kv(b, "in", "bytes", g.num(100, 99999))
		b = append(b, " cs4Label=VID cs4="...)
		b = g.keep(b, "uuid", g.uuid(), "")
		b = append(b, " start="...)
		b = g.keep(b, "epoch", strconv.FormatInt(t.UnixMilli(), 10), "")
		b = append(b, " request=shop.example.com/account/login requestMethod=POST"...)
		if g.pct(60) {
			// The query string with its '=' escaped.
			f, l := g.name()
			e := g.email(f, l)
			b = append(b, ` qstr=return\=%2Forders&email\=`...)
			b = g.plant(b, "email", e, pctEnc(e, false, false))
		}
		if g.pct(70) {
			name, val := g.sessionCookie()
			b = append(b, " cookie="+name+`\=`...)
			b = g.plant(b, "secret", val, cefEsc(val))
			b = append(b, "; incap_ses_"+g.num(100, 999)+"_"+g.num(1000000, 9999999)+`\=`...)
			v := g.chars(48, base62+"+/")
			b = g.plant(b, "secret", v, cefEsc(v))
		}
		b = append(b, " ref=https://shop.example.com/cart"...)
	case 1: // Zscaler NSS web log feed, CEF output.
		act := pick(g, []string{"Allowed", "Blocked"})
		b = append(b, "CEF:0|Zscaler|NSSWeblog|5.7|"+act+"|"+act+"|3|act="+act+" reason="+act+" app=HTTPS dhost=www.example.net dst=203.0.113."+g.num(1, 254)+" src="...)
		b = g.plant(b, ipCat, ip, "")
		b = append(b, " sourceTranslatedAddress=198.51.100.2"...)
		b = kv(b, "in", "bytes", g.num(100, 99999))
		b = kv(b, "out", "bytes", g.num(100, 99999))
		b = append(b, " request=https://www.example.net/"...)
		if g.pct(40) {
			f, l := g.name()
			e := g.email(f, l)
			b = append(b, `newsletter/confirm?addr\=`...)
			b = g.plant(b, "email", e, pctEnc(e, false, false))
		} else {
			b = append(b, "index.html"...)
		}
		b = append(b, " requestContext=None outcome=200 requestMethod=GET suser="...)
		b = g.loginLabelled(b, true, []string{"svc-proxy", "scanner01", "kiosk-lobby"})
		b = append(b, " spriv=Finance"...)
		b = kv(b, "externalId", "counter", g.num(100000000, 999999999))
		b = append(b, " fileType=None destinationServiceName=General Browsing cat=Web Search"...)
		if g.pct(50) {
			b = append(b, " cs3Label=location cs3=Berlin Office cs5Label=devicehostname cs5="...)
			dev, owner := g.ownedDevice()
			g.plantAt("name", owner)
			b = append(b, dev...)
		}
	case 2: // Check Point Log Exporter, CEF: Identity Awareness user.
		b = append(b, "CEF:0|Check Point|VPN-1 & FireWall-1|Check Point|Log|https|Unknown|act=Accept"...)
		b = kv(b, "rt", "epoch", strconv.FormatInt(t.UnixMilli(), 10))
		b = kv(b, "spt", "port", g.num(1024, 65535))
		b = append(b, " dpt=443 cs2Label=Rule Name cs2=Allow web access layer_name=Network src="...)
		b = g.plant(b, ipCat, ip, "")
		b = append(b, " dst=203.0.113."+g.num(1, 254)+" proto=6 suser="...)
		f, l := g.name()
		login := strings.ToLower(ascii(f))[:1] + strings.ToLower(ascii(l))
		b = g.plant(b, "name", f+" "+l, "")
		b = append(b, " ("...)
		b = g.plant(b, "name", login, "")
		b = append(b, ")"...)
		b = kv(b, "loguid", "uuid", "{0x"+g.hexID(8)+",0x"+g.hexID(8)+",0x"+g.hexID(8)+",0x"+g.hexID(8)+"}")
		b = append(b, " origin=10.0.0.1 originsicname=CN\\=gw01,O\\=mgmt.corp.example.com.s7qx2b product=VPN-1 & FireWall-1"...)
	case 3: // Microsoft ATA / Defender for Identity, CEF.
		b = append(b, "CEF:0|Microsoft|ATA|1.9.0.0|BruteForceSuspiciousActivity|Suspicious authentication failures|5|start="...)
		b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05.0000000Z"), "")
		b = append(b, " app=Kerberos shost="...)
		host := pick(g, []string{"WS-0412", "LAPTOP-8Q2M1ZD", "DESKTOP-4F7K2QX"})
		b = g.keep(b, "account", host, "")
		b = append(b, " msg=Failed login for user "...)
		b = g.plant(b, "name", g.personLogin(), "")
		b = append(b, " from "...)
		b = g.plant(b, ipCat, ip, "")
		b = append(b, " cs1Label=url cs1=https://ata.corp.example.com/suspiciousActivity/"...)
		b = g.keep(b, "hash", g.hexID(24), "")
		b = append(b, " duser="...)
		b = g.loginLabelled(b, false, []string{"Administrator", "svc_sql", "krbtgt"})
	case 4: // LEEF 1.0: tab-separated attributes.
		b = append(b, "LEEF:1.0|Microsoft|MSExchange|2016|15345|src="...)
		b = g.plant(b, ipCat, ip, "")
		b = append(b, "\tdst=10.20.1.5"...)
		p := g.num(1024, 65535)
		b = g.keep(b, "port", p, "\tsrcPort="+p+"\t")
		b = append(b, "dstPort=443\tusrName="...)
		u := g.nacIdentity()
		if u.machine {
			b = g.keep(b, "account", u.sam, "")
		} else {
			b = append(b, "CORP\\"...)
			b = g.plant(b, "name", u.login, "")
		}
		b = append(b, "\tdevTime="...)
		b = g.keep(b, "timestamp", t.Format("Jan 02 2006 15:04:05"), "")
		b = append(b, "\tdevTimeFormat=MMM dd yyyy HH:mm:ss\tsev=3\tcat=Logon"...)
	default: // LEEF 2.0 with '^' as its delimiter.
		b = append(b, "LEEF:2.0|Lancope|StealthWatch|7.4|41|^|src="...)
		b = g.plant(b, ipCat, ip, "")
		b = append(b, "^dst=10.0.0."+g.num(2, 250)+"^sev=5"...)
		p := g.num(1024, 65535)
		b = g.keep(b, "port", p, "^srcPort="+p+"^")
		b = append(b, "dstPort=21^usrName="...)
		b = g.loginLabelled(b, true, []string{"ftpsync", "backup"})
		if g.pct(50) {
			b = append(b, "^srcMAC="...)
			b = g.plant(b, "mac", strings.ToUpper(strings.ReplaceAll(g.mac(), "-", ":")), "")
		}
		b = append(b, "^identHostName="...)
		dev, owner := g.ownedDevice()
		g.plantAt("name", owner)
		b = append(b, dev...)
	}
	return Record{Line: b}
}

// nsTime writes NetScaler's MM/DD/YYYY:hh:mm:ss date.
func (g *gen) nsTime() string {
	t := g.now.UTC()
	return two(int(t.Month())) + "/" + two(t.Day()) + "/" + strconv.Itoa(t.Year()) + ":" + t.Format("15:04:05")
}

// netscalerLog is one Citrix ADC (NetScaler) ns.log message as its
// syslog auditing writes it (MMDDYYYY dates, GMT): SSLVPN LOGIN, LOGOUT,
// HTTPREQUEST, TCPCONNSTAT and ICASTART, AAA LOGIN_FAILED and the AAA
// debug line with the parsed user name, UI CMD_EXECUTED.
func (g *gen) netscalerLog(st *streamState) Record {
	b := make([]byte, 0, 800)
	t := g.now.UTC()
	b = g.keep(b, "timestamp", months[t.Month()-1]+" "+two(t.Day())+" "+t.Format("15:04:05"), "")
	b = append(b, " <local0.info> 10.1.0.5 "...)
	b = g.keep(b, "timestamp", g.nsTime(), "")
	b = append(b, " GMT ns01 0-PPE-0 : default "...)
	client, cat := g.clientIP()
	if cat == "ipv6" {
		client = g.ipv4()
		cat = "ipv4"
	}
	// The user as the gateway names it: a login, or a UPN.
	var user string
	mail := g.pct(30)
	if mail {
		f, l := g.name()
		user = strings.ToLower(ascii(f)) + "." + strings.ToLower(ascii(l)) + "@corp.example.com"
	} else {
		user = g.personLogin()
	}
	ucat := "name"
	if mail {
		ucat = "email"
	}
	msgid := func(b []byte, ev string) []byte {
		b = append(b, ev...)
		id := g.num(10000, 9999999)
		return g.keep(b, "counter", id, " "+id+" 0 : ")
	}
	context := func(b []byte) []byte {
		b = append(b, "Context "...)
		b = g.plant(b, ucat, user, "")
		b = append(b, '@')
		b = g.plant(b, cat, client, "")
		sid := g.num(1, 99999)
		b = g.keep(b, "counter", sid, " - SessionId: "+sid)
		b = append(b, " - User "...)
		return g.plant(b, ucat, user, "")
	}
	vserver := " - Vserver 10.1.0.10:443"
	switch g.rng.IntN(7) {
	case 0:
		b = msgid(b, "SSLVPN LOGIN")
		b = context(b)
		b = append(b, " - Client_ip "...)
		b = g.plant(b, cat, client, "")
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = append(b, ` - Nat_ip "Mapped Ip"`+vserver+` - Browser_type "`+ua+`" - SSLVPN_client_type `+pick(g, []string{"ICA", "Agent", "Clientless"})+` - Group(s) "`+pick(g, []string{"N/A", "VPN-Users", "Finance"})+`"`...)
	case 1:
		b = msgid(b, "SSLVPN LOGOUT")
		b = context(b)
		b = append(b, " - Client_ip "...)
		b = g.plant(b, cat, client, "")
		start := g.now.Add(-g.durationN(7200)).UTC()
		b = append(b, ` - Nat_ip "Mapped Ip"`+vserver+` - Start_time "`...)
		s := two(int(start.Month())) + "/" + two(start.Day()) + "/" + strconv.Itoa(start.Year()) + ":" + start.Format("15:04:05")
		b = g.keep(b, "timestamp", s, "")
		b = append(b, ` " - End_time "`+g.nsTime()+` " - Duration `...)
		b = g.keep(b, "duration", "00:"+two(g.rng.IntN(60))+":"+two(g.rng.IntN(60)), "")
		b = append(b, "  - Http_resources_accessed "+g.num(0, 40)+" - NonHttp_services_accessed 0 - Total_TCP_connections "+g.num(1, 200)+" - Total_UDP_flows 0 - Total_policies_allowed "+g.num(1, 200)+" - Total_policies_denied 0"...)
		sent := g.num(1000, 9999999)
		b = g.keep(b, "bytes", sent, " - Total_bytes_send "+sent)
		b = append(b, " - Total_bytes_recv "+g.num(1000, 99999999)+" - Total_compressedbytes_send 0 - Total_compressedbytes_recv 0 - Compression_ratio_send 0.00% - Compression_ratio_recv 0.00% - LogoutMethod \"UserLogout\" - Group(s) \"N/A\""...)
	case 2:
		b = msgid(b, "SSLVPN HTTPREQUEST")
		b = context(b)
		b = append(b, " : Group(s) N/A :"+vserver[2:]+" - "+g.nsTime()+" GMT GET /Citrix/StoreWeb/Resources/List"...)
		if g.pct(40) {
			b = append(b, "?user="...)
			b = g.plant(b, ucat, user, pctEnc(user, false, false))
		}
		b = append(b, " - -"...)
	case 3:
		b = msgid(b, "SSLVPN TCPCONNSTAT")
		b = context(b)
		b = append(b, " - Client_ip "...)
		b = g.plant(b, cat, client, "")
		b = append(b, " - Nat_ip 10.10.1."+g.num(2, 250)+vserver+" - Source "...)
		b = g.plant(b, cat, client, "")
		p := g.num(1024, 65535)
		b = g.keep(b, "port", p, ":"+p+" ")
		b = append(b, "- Destination 10.1.1.20:443 - Start_time \""+g.nsTime()+" \" - End_time \""+g.nsTime()+" \" - Duration 00:00:"+two(g.rng.IntN(60))+"  - Total_bytes_send "+g.num(0, 99999)+" - Total_bytes_recv "+g.num(0, 99999)+" - Total_compressedbytes_send 0 - Total_compressedbytes_recv 0 - Compression_ratio_send 0.00% - Compression_ratio_recv 0.00% - Access Allowed - Group(s) \"N/A\""...)
	case 4:
		b = msgid(b, "SSLVPN ICASTART")
		b = append(b, " Source "...)
		b = g.plant(b, cat, client, "")
		p := g.num(1024, 65535)
		b = g.keep(b, "port", p, ":"+p+" ")
		b = append(b, "- Destination 10.1.2.40:2598 - customername  - username:domainname "...)
		login := g.personLogin()
		b = g.plant(b, "name", login, "")
		b = append(b, ":corp.example.com - applicationName Desktop $S1-2 - startTime \""+g.nsTime()+" \" - connectionId "...)
		b = g.keep(b, "counter", g.num(1000000, 9999999), "")
	case 5:
		b = msgid(b, "AAA LOGIN_FAILED")
		b = append(b, "User "...)
		b = g.plant(b, ucat, user, "")
		b = append(b, " - Client_ip "...)
		b = g.plant(b, cat, client, "")
		b = append(b, ` - Failure_reason "`+pick(g, []string{"Invalid credentials", "Account locked", "Password expired"})+`"`...)
		if g.pct(50) {
			b = append(b, " - Browser_type \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\""...)
		}
	default:
		if g.pct(50) {
			b = msgid(b, "AAA Message")
			b = append(b, `"AAA LOGIN REQ: parsed data; username: <`...)
			b = g.plant(b, ucat, user, "")
			b = append(b, `>, pwdlen <Non-Zero>, pwdlen2 <Non-Zero>, flags: <0x40000>, flags3: <0x0>"`...)
		} else {
			b = msgid(b, "UI CMD_EXECUTED")
			b = append(b, "User "...)
			b = g.keep(b, "account", "nsroot", "")
			b = append(b, " - Remote_ip 10.1.9."+g.num(2, 250)+` - Command "show aaa session -username `...)
			b = g.plant(b, ucat, user, "")
			b = append(b, `" - Status "Success"`...)
		}
	}
	return Record{Line: b}
}

// merakiLog is one Cisco Meraki syslog message (MX appliances, MR access
// points, MS switches) from the Meraki documentation's event types and
// log samples: an RFC 5424-like header with the epoch in nanoseconds and
// the device's name, then flows, urls, events (association, 802.1X,
// splash, DHCP lease, client and AnyConnect VPN), security_event and
// airmarshal_events.
func (g *gen) merakiLog(st *streamState) Record {
	b := make([]byte, 0, 700)
	t := g.now.UTC()
	b = append(b, "<134>1 "...)
	ep := strconv.FormatInt(t.Unix(), 10) + "." + g.digits(9)
	b = g.keep(b, "epoch", ep, "")
	dev := pick(g, []string{"MX84_HQ", "AP_2ndFloor", "MS225-Core", "Q2XX-ABCD-1234"})
	b = append(b, " "+dev+" "...)
	client := "10." + g.num(0, 30) + "." + g.num(0, 255) + "." + g.num(2, 254)
	mac := strings.ToUpper(strings.ReplaceAll(g.mac(), "-", ":"))
	sport := g.num(1024, 65535)
	switch g.rng.IntN(9) {
	case 0:
		b = append(b, "flows "+pick(g, []string{"allow", "deny"})+" src="...)
		b = g.plant(b, "ipv4", client, "")
		b = append(b, " dst=203.0.113."+g.num(1, 254)+" mac="...)
		b = g.plant(b, "mac", mac, "")
		b = append(b, " protocol=tcp"...)
		b = g.keep(b, "port", sport, " sport="+sport+" ")
		b = append(b, "dport=443"...)
	case 1:
		b = append(b, "urls src="...)
		b = g.plant(b, "ipv4", client, "")
		b = g.keep(b, "port", sport, ":"+sport+" ")
		b = append(b, "dst=203.0.113."+g.num(1, 254)+":443 mac="...)
		b = g.plant(b, "mac", mac, "")
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = append(b, " agent='"+ua+"' request: GET https://www.example.com/"...)
		switch g.rng.IntN(3) {
		case 0:
			f, l := g.name()
			e := g.email(f, l)
			b = append(b, "account/verify?email="...)
			b = g.plant(b, "email", e, pctEnc(e, false, false))
		case 1:
			b = append(b, "track?uid="...)
			b = g.keep(b, "uuid", g.uuid(), "")
		default:
			b = append(b, "static/app.js"...)
		}
	case 2:
		b = append(b, "events type=association radio='1' vap='2' client_mac='"...)
		b = g.plant(b, "mac", mac, "")
		b = append(b, "' channel='44'"...)
		rssi := g.num(10, 60)
		b = g.keep(b, "counter", rssi, " rssi='"+rssi+"'")
		aid := g.num(100000000, 2000000000)
		b = g.keep(b, "counter", aid, " aid='"+aid+"'")
	case 3:
		ev := pick(g, []string{"8021x_eap_success", "8021x_auth", "8021x_client_deauth"})
		b = append(b, "events type="+ev+" radio='0' vap='1' client_mac='"...)
		b = g.plant(b, "mac", mac, "")
		b = append(b, "' client_ip='"...)
		b = g.plant(b, "ipv4", client, "")
		b = append(b, "' identity='"...)
		u := g.nacIdentity()
		b = g.plantUser(b, u, u.userName)
		aid := g.num(100000000, 2000000000)
		b = g.keep(b, "counter", aid, "' aid='"+aid+"'")
	case 4:
		b = append(b, "events type=8021x_client_auth port='"+g.num(1, 48)+"' identity='"...)
		b = g.loginLabelled(b, true, []string{"host/PRN-03", "svc_voip"})
		b = append(b, "'"...)
	case 5:
		b = append(b, "events dhcp lease of ip "...)
		b = g.plant(b, "ipv4", client, "")
		b = append(b, " from server mac E0:55:3D:12:34:56 for client mac "...)
		b = g.plant(b, "mac", mac, "")
		b = append(b, " from router 10.0.0.1 on subnet 255.255.255.0 with dns 10.0.0.53"...)
	case 6:
		ev := pick(g, []string{"client_vpn_connect", "anyconnect_vpn_connect", "anyconnect_vpn_disconnect"})
		b = append(b, "events "+ev+" user id '"...)
		b = g.loginLabelled(b, true, []string{"vpn-test"})
		b = append(b, "' local ip 192.168.5."+g.num(2, 250)+" connected from "...)
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
	case 7:
		b = append(b, "security_event ids_alerted signature=1:"+g.num(20000, 60000)+":2 priority=1 timestamp="...)
		b = g.keep(b, "epoch", strconv.FormatInt(t.Unix(), 10)+"."+g.digits(6), "")
		b = append(b, " dhost="...)
		b = g.plant(b, "mac", mac, "")
		b = append(b, " direction=ingress protocol=tcp/ip src=203.0.113."+g.num(1, 254)+":80 dst="...)
		b = g.plant(b, "ipv4", client, "")
		b = g.keep(b, "port", sport, ":"+sport+" ")
		b = append(b, "message: EXPLOIT-KIT Multiple exploit kit single digit exe detection"...)
	default:
		b = append(b, "events type=splash_auth ip='"...)
		b = g.plant(b, "ipv4", client, "")
		b = append(b, " [More Information] ' duration='3600' vap='2' download='5242880bps' upload='5242880bps'"...)
		if g.pct(50) {
			b = append(b, " user='"...)
			f, l := g.name()
			b = g.plant(b, "email", g.email(f, l), "")
			b = append(b, "'"...)
		}
	}
	return Record{Line: b}
}

// duoKey returns a Duo object key: a two-letter type and 18 letters and
// digits (DU… users, DI… integrations, DP… phones).
func (g *gen) duoKey(p string) string { return p + g.chars(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") }

// duoLog is one Duo Admin API log object a line, as a collector writes
// what it pulled: authentication logs (v2: access_device, application,
// auth_device, email, factor, reason, result, txid, user), telephony
// logs (v2: phone, credits, context) and administrator logs (v1: action,
// object, username, description as a JSON string).
func (g *gen) duoLog(st *streamState) Record {
	b := make([]byte, 0, 1200)
	t := g.now.UTC()
	f, l := g.name()
	login := g.personLogin()
	switch n := g.rng.IntN(10); {
	case n < 6:
		b = append(b, '{')
		b = jo(b, "access_device")
		b = g.js(b, "browser", "Chrome")
		b = g.jk(b, "browser_version", "version", "120.0.6099.109")
		ip, cat := g.clientIP()
		if g.pct(50) {
			dev, owner := g.ownedDevice()
			g.plantAt("name", owner)
			b = g.js(b, "hostname", dev)
		} else {
			b = append(jkey(b, "hostname"), "null"...)
		}
		b = g.jp(b, "ip", cat, ip)
		b = jo(b, "location")
		b = g.js(b, "city", "Berlin")
		b = g.js(b, "country", "Germany")
		b = g.js(b, "state", "Berlin")
		b = append(b, '}')
		b = g.js(b, "os", "Windows")
		b = g.jk(b, "os_version", "version", "10")
		b = append(b, '}')
		b = jo(b, "application")
		b = g.jk(b, "key", "requestid", g.duoKey("DI"))
		b = g.js(b, "name", pick(g, []string{"Microsoft RDP", "Cisco ASA", "Okta", "Web SSO"}))
		b = append(b, '}')
		b = jo(b, "auth_device")
		aip, acat := g.clientIP()
		b = g.jp(b, "ip", acat, aip)
		b = g.jk(b, "key", "requestid", g.duoKey("DP"))
		switch g.rng.IntN(3) {
		case 0:
			b = g.jp(b, "name", "phone", g.e164())
		case 1:
			p := "(" + pick(g, []string{"201", "415", "617"}) + ") 555-01" + g.digits(2)
			b = jkey(b, "name")
			b = append(b, `"My iPhone (`...)
			b = g.plant(b, "phone", p, "")
			b = append(b, `)"`...)
		default:
			b = g.js(b, "name", "WA00"+g.digits(6)) // a hardware token's serial
		}
		b = append(b, '}')
		if g.pct(60) {
			b = g.jp(b, "email", "email", g.email(f, l))
		} else {
			b = g.js(b, "email", "")
		}
		b = g.js(b, "event_type", "authentication")
		b = g.js(b, "factor", pick(g, []string{"duo_push", "phone_call", "sms_passcode", "hardware_token"}))
		b = g.jk(b, "isotimestamp", "timestamp", t.Format("2006-01-02T15:04:05.000000+00:00"))
		b = g.js(b, "reason", pick(g, []string{"user_approved", "user_marked_fraud", "deny_unenrolled_user", "invalid_passcode"}))
		b = g.js(b, "result", pick(g, []string{"success", "denied", "fraud"}))
		ts := strconv.FormatInt(t.Unix(), 10)
		g.keepAt("epoch", ts, `"timestamp":`+ts)
		b = jn(b, "timestamp", ts)
		b = g.jk(b, "txid", "uuid", g.uuid())
		b = jo(b, "user")
		b = append(jkey(b, "groups"), `["Duo Users","VPN"]`...)
		b = g.jk(b, "key", "requestid", g.duoKey("DU"))
		b = g.jp(b, "name", "name", login)
		b = append(b, "}}"...)
	case n < 8:
		b = append(b, '{')
		b = g.js(b, "context", pick(g, []string{"authentication", "enrollment", "administrator login"}))
		b = jn(b, "credits", g.num(1, 3))
		b = g.jp(b, "phone", "phone", g.e164())
		b = g.jk(b, "telephony_id", "uuid", g.uuid())
		b = g.jk(b, "ts", "timestamp", t.Format("2006-01-02T15:04:05.000000+00:00"))
		b = g.jk(b, "txid", "uuid", g.uuid())
		b = g.js(b, "type", pick(g, []string{"sms", "phone"}))
		b = append(b, '}')
	default:
		b = append(b, '{')
		action := pick(g, []string{"user_update", "user_create", "phone_create"})
		b = g.js(b, "action", action)
		// The description is a JSON object in a string.
		ph, mail := g.e164(), g.email(f, l)
		desc := `{"email": "` + mail + `", "phone": "` + ph + `", "realname": "` + f + " " + l + `", "status": "Active"}`
		b = jkey(b, "description")
		b = append(b, '"')
		g.plantAt("email", mail)
		g.plantAt("phone", ph)
		g.plantAt("name", f+" "+l, jsonEsc(f+" "+l))
		b = append(b, jsonEsc(desc)...)
		b = append(b, '"')
		b = g.jk(b, "isotimestamp", "timestamp", t.Format("2006-01-02T15:04:05+00:00"))
		if action == "phone_create" {
			// A phone's action names the phone by its number.
			b = g.jp(b, "object", "phone", g.e164())
		} else {
			b = g.jp(b, "object", "name", login)
		}
		ts := strconv.FormatInt(t.Unix(), 10)
		g.keepAt("epoch", ts, `"timestamp":`+ts)
		b = jn(b, "timestamp", ts)
		af, al := g.name()
		b = g.jp(b, "username", "name", af+" "+al)
		b = append(b, '}')
	}
	return Record{Line: b}
}

// kongLog is one request as Kong Gateway's file-log and http-log plugins
// serialise it (kong.log.serialize): request with headers (Authorization
// already REDACTED by Kong, an apikey header, cookies, X-Forwarded-For,
// the consumer headers key-auth adds), querystring as an object,
// upstream_uri, response, route, service, consumer, authenticated_entity,
// latencies, tries, client_ip, started_at.
func (g *gen) kongLog(st *streamState) Record {
	b := make([]byte, 0, 2000)
	t := g.now.UTC()
	ip, cat := g.clientIP()
	f, l := g.name()
	mail := g.email(f, l)
	withMail := g.pct(50)
	path := "/v1/orders"
	q := ""
	if withMail {
		path = "/v1/customers"
		q = "?email=" + pctEnc(mail, false, false) + "&limit=20"
	}
	b = append(b, '{')
	b = jo(b, "request")
	b = jo(b, "querystring")
	if withMail {
		b = g.jp(b, "email", "email", mail)
		b = g.js(b, "limit", "20")
	}
	b = append(b, '}')
	b = jn(b, "size", g.num(100, 2000))
	if q != "" {
		g.plantAt("email", mail, pctEnc(mail, false, false))
	}
	b = g.js(b, "uri", path+q)
	b = g.js(b, "url", "https://api.example.com:8443"+path+q)
	b = jo(b, "headers")
	b = g.js(b, "host", "api.example.com")
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "user-agent", ua)
	b = g.js(b, "accept", "application/json")
	if g.pct(50) {
		b = g.js(b, "authorization", "REDACTED")
	} else {
		b = g.jp(b, "apikey", "secret", g.token(32))
	}
	if g.pct(50) {
		xff := ip
		b = g.jf(b, "x-forwarded-for", planted, cat, xff, nil)
	}
	if g.pct(40) {
		name, val := g.sessionCookie()
		b = jkey(b, "cookie")
		b = append(b, '"')
		b = append(b, name+"="...)
		b = g.plant(b, "secret", val, jsonEsc(val))
		b = append(b, '"')
	}
	person := g.pct(50)
	var consumer string
	if person {
		consumer = g.personLogin()
	} else {
		consumer = pick(g, []string{"mobile-app", "partner-acme", "billing-service"})
	}
	cid := g.uuid()
	b = g.jk(b, "x-consumer-id", "uuid", cid)
	if person {
		b = g.jp(b, "x-consumer-username", "name", consumer)
	} else {
		b = g.jk(b, "x-consumer-username", "account", consumer)
	}
	b = append(b, '}')
	b = g.js(b, "method", pick(g, []string{"GET", "POST"}))
	b = append(b, '}')
	b = g.js(b, "upstream_uri", path+q)
	if q != "" {
		g.plantAt("email", mail, pctEnc(mail, false, false))
	}
	b = jo(b, "response")
	st2 := pick(g, []string{"200", "201", "401", "404"})
	g.keepAt("status", st2, `"status":`+st2)
	b = jn(b, "status", st2)
	b = jn(b, "size", g.num(200, 9999))
	b = jo(b, "headers")
	b = g.js(b, "content-type", "application/json")
	rid := g.hexID(32)
	b = g.jk(b, "x-kong-request-id", "requestid", rid)
	b = g.js(b, "x-kong-upstream-latency", g.num(1, 900))
	b = g.js(b, "via", "1.1 kong/3.8.0.0-enterprise-edition")
	g.keepAt("version", "3.8.0.0")
	b = append(b, "}}"...)
	b = jo(b, "route")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.js(b, "name", "customers-api")
	b = append(jkey(b, "paths"), `["/v1"]`...)
	b = append(b, '}')
	b = jo(b, "service")
	b = g.js(b, "host", "customers.internal")
	b = jn(b, "port", "8080")
	b = g.js(b, "protocol", "http")
	b = g.js(b, "name", "customers")
	b = append(b, '}')
	b = jo(b, "consumer")
	b = g.jk(b, "id", "uuid", cid)
	if person {
		b = g.jp(b, "username", "name", consumer)
		if g.pct(50) {
			b = g.jp(b, "custom_id", "email", mail)
		}
	} else {
		b = g.jk(b, "username", "account", consumer)
	}
	ca := strconv.FormatInt(t.Unix()-int64(g.rng.IntN(9999999)), 10)
	g.keepAt("epoch", ca, `"created_at":`+ca)
	b = jn(b, "created_at", ca)
	b = append(b, '}')
	b = jo(b, "authenticated_entity")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = append(b, '}')
	b = jo(b, "latencies")
	b = jn(b, "request", g.num(2, 900))
	b = jn(b, "kong", g.num(0, 20))
	b = jn(b, "proxy", g.num(1, 900))
	b = append(b, '}')
	b = append(jkey(b, "tries"), `[{"balancer_latency":0,"port":8080,"ip":"10.0.3.17"}]`...)
	b = g.jp(b, "client_ip", cat, ip)
	sa := strconv.FormatInt(t.UnixMilli(), 10)
	g.keepAt("epoch", sa, `"started_at":`+sa)
	b = jn(b, "started_at", sa)
	b = g.js(b, "source", "upstream")
	b = append(b, '}')
	return Record{Line: b}
}

// lighttpdAccess is a lighttpd mod_accesslog line in its default format,
// %h %V %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i": the virtual
// host where Apache's common format has the ident, the user of HTTP
// authentication after it.
func (g *gen) lighttpdAccess(st *streamState) Record {
	b := make([]byte, 0, 500)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, ' ')
	b = append(b, pick(g, []string{"www.example.com", "files.example.org", "192.0.2.80"})...)
	b = append(b, ' ')
	if g.pct(40) {
		b = g.loginLabelled(b, true, []string{"admin", "backup", "munin"})
	} else {
		b = append(b, '-')
	}
	b = append(b, " ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	b = append(b, `] "GET `...)
	switch g.rng.IntN(4) {
	case 0:
		f, l := g.name()
		e := g.email(f, l)
		b = append(b, "/webmail/?_task=mail&_user="...)
		b = g.plant(b, "email", e, pctEnc(e, false, false))
	case 1:
		b = append(b, "/dav/"...)
		login := g.personLogin()
		b = g.plant(b, "name", login, "")
		b = append(b, "/Documents/report.pdf"...)
	default:
		b = append(b, g.path()...)
	}
	st2 := pick(g, []string{"200", "304", "401", "404"})
	b = append(b, ` HTTP/1.1"`...)
	b = g.keep(b, "status", st2, " "+st2+" ")
	b = append(b, g.num(0, 99999)...)
	b = append(b, ` "`...)
	if g.pct(30) {
		b = append(b, "https://www.example.com/"...)
	} else {
		b = append(b, '-')
	}
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, `" "`+nginxEsc(ua)+`"`...)
	return Record{Line: b}
}
