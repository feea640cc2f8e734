package realistic

import (
	"fmt"
	"strconv"
	"strings"
)

// Network edge logs: a FortiGate's key=value log messages, Cisco ASA and
// AnyConnect syslog with F5 BIG-IP APM session logs, Wi-Fi access points
// and controllers, an MQTT broker with the home automation around it and
// mDNS, and a Kerberos KDC with its LDAP directory.
//
// Personal: logins (jane.doe, jdoe; the user part of a Kerberos principal,
// of an LDAP DN and of an MQTT username), names in device and service
// instance names (Janes-iPhone, "Jane Doe’s MacBook Pro"), subscriber and
// client addresses, a station's MAC, e-mail addresses, a Zigbee device's
// IEEE address, GPS fixes. Look-alikes: log ids and message ids, the
// firewall's own serial number, session and connection ids, ports, byte
// counters, interface names, realms and service principals (krbtgt/…,
// HTTP/host@REALM), OIDs, service accounts.

// personOwner returns a device owner's name as device names carry it
// (Jane, Janes, jane-doe), with the planted part.
func (g *gen) ownedDevice() (dev, owner string) {
	d := g.appleDevice()
	return d, d[:strings.LastIndex(d, "s-")+1]
}

// fgtDevs are FortiGate models with serial numbers of their form: the
// model prefix and eleven letters and digits.
var fgtDevs = [][2]string{{"FGT-1", "FG100FTK2000"}, {"FGT-HQ", "FG200F4Q2101"}, {"fw-branch2", "FGT60FTK2209"}}

// fortigateKV is one FortiOS log message as a FortiGate sends it to
// syslog or FortiAnalyzer, from the FortiOS Log Message Reference: the
// header fields (date, time, devname, devid, eventtime, tz, logid, type,
// subtype, level, vd) and a traffic forward, UTM webfilter, event VPN,
// user or system body. Strings are quoted, numbers and addresses bare.
func (g *gen) fortigateKV(st *streamState) Record {
	b := make([]byte, 0, 900)
	t := g.now.UTC()
	dev := fgtDevs[st.variant%len(fgtDevs)]
	if st.variant%2 == 1 {
		// A syslog server's RFC 3164 header in front of the message.
		b = append(b, "<189>"...)
	}
	b = g.keep(b, "timestamp", t.Format("2006-01-02"), "date="+t.Format("2006-01-02"))
	b = g.keep(b, "timestamp", t.Format("15:04:05"), " time="+t.Format("15:04:05"))
	b = append(b, ` devname="`+dev[0]+`"`...)
	serial := dev[1] + g.digits(4)
	b = g.keep(b, "serial", serial, ` devid="`+serial+`"`)
	ev := strconv.FormatInt(t.UnixNano(), 10)
	b = g.keep(b, "epoch", ev, " eventtime="+ev)
	b = append(b, ` tz="+0000"`...)
	client, ccat := g.ipv4(), "ipv4"
	if g.pct(30) {
		client = "10." + g.num(1, 30) + "." + g.num(0, 255) + "." + g.num(1, 254)
	}
	sport := g.num(1024, 65535)
	user := func(b []byte) ([]byte, string) {
		n := len(g.plants)
		b = g.loginLabelled(b, true, []string{"svc_backup", "scanner", "kiosk01", "printer-03"})
		if len(g.plants) > n {
			return b, g.plants[n].Text
		}
		return b, g.keeps[len(g.keeps)-1].Text
	}
	kv := func(b []byte, k, cat, v string, quoted bool) []byte {
		f := k + "=" + v
		if quoted {
			f = k + `="` + v + `"`
		}
		return g.keep(b, cat, v, " "+f)
	}
	switch g.rng.IntN(6) {
	case 0, 1: // traffic forward
		b = append(b, ` logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=`...)
		b = g.plant(b, ccat, client, "")
		b = kv(b, "srcport", "port", sport, false)
		b = append(b, ` srcintf="internal" srcintfrole="lan" dstip=203.0.113.`+g.num(1, 254)...)
		b = append(b, ` dstport=443 dstintf="wan1" dstintfrole="wan" srccountry="Reserved" dstcountry="United States"`...)
		b = kv(b, "sessionid", "counter", g.num(100000, 99999999), false)
		b = append(b, ` proto=6 action="close" policyid=`+g.num(1, 60)+` policytype="policy"`...)
		b = kv(b, "poluuid", "uuid", g.uuid(), true)
		b = append(b, ` policyname="LAN-to-WAN" service="HTTPS" trandisp="snat" transip=203.0.113.2`...)
		b = kv(b, "transport", "port", g.num(1024, 65535), false)
		b = append(b, ` appid=41540 app="SSL_TLSv1.3" appcat="Network.Service" apprisk="medium" applist="default"`...)
		b = kv(b, "duration", "duration", g.num(1, 3600), false)
		for _, k := range []string{"sentbyte", "rcvdbyte", "sentpkt", "rcvdpkt"} {
			b = kv(b, k, "bytes", g.num(100, 9999999), false)
		}
		mac := strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":"))
		b = append(b, ` srcmac="`...)
		b = g.plant(b, "mac", mac, "")
		b = append(b, `" mastersrcmac="`...)
		b = g.plant(b, "mac", mac, "")
		b = append(b, `" srcserver=0`...)
		if g.pct(60) {
			dev, owner := g.ownedDevice()
			g.plantAt("name", owner)
			b = append(b, ` srchwvendor="Apple" devtype="Phone" osname="iOS" srcswversion="17.1.2" srcname="`+dev+`"`...)
			g.keepAt("version", "17.1.2", `srcswversion="17.1.2"`)
		}
		switch g.rng.IntN(3) {
		case 0:
			b = append(b, ` user="`...)
			b, _ = user(b)
			b = append(b, `" group="Staff" authserver="LDAP-DC1"`...)
		case 1:
			b = append(b, ` unauthuser="`...)
			b, _ = user(b)
			b = append(b, `" unauthusersource="kerberos"`...)
		}
	case 2: // UTM webfilter
		sub := pick(g, []string{"ftgd_blk", "ftgd_allow"})
		b = append(b, ` logid="031601305`+map[string]string{"ftgd_blk": "6", "ftgd_allow": "9"}[sub]+`" type="utm" subtype="webfilter" eventtype="`+sub+`" level="warning" vd="root" policyid=`+g.num(1, 60)...)
		b = kv(b, "sessionid", "counter", g.num(100000, 99999999), false)
		b = append(b, ` user="`...)
		b, _ = user(b)
		b = append(b, `" group="Staff" srcip=`...)
		b = g.plant(b, ccat, client, "")
		b = kv(b, "srcport", "port", sport, false)
		b = append(b, ` srcintf="internal" srcintfrole="lan" dstip=203.0.113.`+g.num(1, 254)+` dstport=443 dstintf="wan1" dstintfrole="wan" proto=6 service="HTTPS"`...)
		host := pick(g, []string{"www.example.com", "shop.example.net", "mail.example.org"})
		b = append(b, ` hostname="`+host+`" profile="default" action="`+map[string]string{"ftgd_blk": "blocked", "ftgd_allow": "passthrough"}[sub]+`" reqtype="direct" url="`...)
		b = append(b, "https://"+host...)
		switch g.rng.IntN(3) {
		case 0:
			f, l := g.name()
			e := g.email(f, l)
			b = append(b, "/account/reset?email="...)
			b = g.plant(b, "email", e, pctEnc(e, false, false))
		case 1:
			b = append(b, "/search?q=weather"...)
		default:
			b = append(b, "/"...)
		}
		b = append(b, `"`...)
		b = kv(b, "sentbyte", "bytes", g.num(100, 99999), false)
		b = kv(b, "rcvdbyte", "bytes", g.num(100, 99999), false)
		b = append(b, ` direction="outgoing" msg="URL belongs to a category with warnings enabled" method="domain" cat=`+g.num(1, 90)+` catdesc="Information Technology"`...)
	case 3: // event vpn
		b = append(b, ` logid="0101039947" type="event" subtype="vpn" level="information" vd="root" logdesc="SSL VPN tunnel up" action="tunnel-up" tunneltype="ssl-tunnel"`...)
		b = kv(b, "tunnelid", "counter", g.num(1000, 999999999), false)
		b = append(b, " remip="...)
		b = g.plant(b, "ipv4", g.ipv4(), "")
		b = append(b, " tunnelip="...)
		b = g.plant(b, "ipv4", "10.212.134."+g.num(1, 254), "")
		b = append(b, ` user="`...)
		b, _ = user(b)
		b = append(b, `" group="SSLVPN-Users" dst_host="N/A" reason="tunnel established" msg="SSL tunnel established"`...)
	case 4: // event user
		b = append(b, ` logid="0102043008" type="event" subtype="user" level="notice" vd="root" logdesc="Authentication success" srcip=`...)
		b = g.plant(b, ccat, client, "")
		b = append(b, ` dstip=192.0.2.1 policyid=`+g.num(1, 60)+` interface="internal" user="`...)
		var login string
		b, login = user(b)
		b = append(b, `" group="N/A" authproto="HTTPS(`...)
		b = g.plant(b, ccat, client, "")
		b = append(b, `)" action="authentication" status="success" reason="N/A" msg="User `...)
		b = append(b, login+` succeeded in authentication"`...)
	default: // event system: admin login
		admin := g.pct(50)
		b = append(b, ` logid="0100032001" type="event" subtype="system" level="information" vd="root" logdesc="Admin login successful"`...)
		b = kv(b, "sn", "epoch", strconv.FormatInt(t.Unix(), 10), true)
		b = append(b, ` user="`...)
		var login string
		if admin {
			login = "admin"
			b = g.keep(b, "account", login, "")
		} else {
			login = g.personLogin()
			b = g.plant(b, "name", login, "")
		}
		b = append(b, `" ui="https(`...)
		b = g.plant(b, ccat, client, "")
		b = append(b, `)" method="https" srcip=`...)
		b = append(b, client...)
		b = append(b, ` dstip=192.0.2.1 action="login" status="success" reason="none" profile="super_admin" msg="Administrator `+login+` logged in successfully from https(`+client+`)"`...)
	}
	return Record{Line: b}
}

// asaGroups are AnyConnect group policies: look-alikes.
var asaGroups = []string{"GroupPolicy_VPN", "DfltGrpPolicy", "GP-Staff", "AnyConnect-Contractors"}

// ciscoASA is one Cisco Secure Firewall ASA syslog message (Cisco Secure
// Firewall ASA Series Syslog Messages: 302013, 302014, 302015, 113004,
// 113005, 113008, 113039, 722051, 722022, 722037, 716001, 111008,
// 111010, 611101, 734001), behind the ASA's own timestamp (logging
// timestamp) and a syslog priority, or in every third stream an F5 BIG-IP
// APM access policy log (apmd messages 01490500 New session, 01490010
// Username, 01490248 Received client info, 01490005 Following rule,
// 01490102 Access policy result, 01490007 session variable, 01490017
// AD agent, 01490521 Session statistics).
func (g *gen) ciscoASA(st *streamState) Record {
	if st.variant%3 == 2 {
		return g.f5APM(st)
	}
	b := make([]byte, 0, 400)
	t := g.now.UTC()
	b = append(b, "<166>"...)
	b = g.keep(b, "timestamp", months[t.Month()-1]+" "+two(t.Day())+" "+strconv.Itoa(t.Year())+" "+t.Format("15:04:05"), "")
	b = append(b, " asa-edge01 : "...)
	client := g.ipv4()
	port := g.num(1024, 65535)
	user := func(b []byte) []byte {
		return g.loginLabelled(b, false, []string{"vpnuser", "svc_monitor", "helpdesk", "enable_15"})
	}
	switch g.rng.IntN(14) {
	case 0, 1:
		conn := g.num(10000, 999999999)
		proto := pick(g, []string{"TCP", "UDP"})
		msg := "302013"
		if proto == "UDP" {
			msg = "302015"
		}
		b = append(b, "%ASA-6-"+msg+": Built inbound "+proto+" connection"...)
		b = g.keep(b, "counter", conn, " "+conn+" ")
		b = append(b, "for outside:"...)
		b = g.plant(b, "ipv4", client, "")
		b = g.keep(b, "port", port, "/"+port+" (")
		b = append(b, client+"/"+port+")"...)
		lip := "10.1." + g.num(0, 20) + "." + g.num(2, 254)
		b = append(b, " to inside:"+lip+"/443 (203.0.113.10/443)"...)
		if g.pct(50) {
			b = append(b, " ("...)
			b = user(b)
			b = append(b, ')')
		}
	case 2:
		conn := g.num(10000, 999999999)
		b = append(b, "%ASA-6-302014: Teardown TCP connection"...)
		b = g.keep(b, "counter", conn, " "+conn+" ")
		b = append(b, "for outside:"...)
		b = g.plant(b, "ipv4", client, "")
		b = g.keep(b, "port", port, "/"+port+" ")
		b = append(b, "to inside:10.1.4."+g.num(2, 254)+"/443 duration 0:"+two(g.rng.IntN(60))+":"+two(g.rng.IntN(60))+" bytes "...)
		b = g.keep(b, "bytes", g.num(100, 99999999), "")
		b = append(b, " TCP FINs from outside"...)
		if g.pct(40) {
			b = append(b, " ("...)
			b = user(b)
			b = append(b, ')')
		}
	case 3:
		b = append(b, "%ASA-6-113004: AAA user authentication Successful : server =  192.0.2.10 : user = "...)
		b = user(b)
	case 4:
		b = append(b, "%ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = 192.0.2.10 : user = ***** : user IP = "...)
		b = g.plant(b, "ipv4", client, "")
	case 5:
		b = append(b, "%ASA-6-113008: AAA transaction status ACCEPT : user = "...)
		b = user(b)
	case 6, 7:
		grp := pick(g, asaGroups)
		b = append(b, "%ASA-4-722051: Group <"+grp+"> User <"...)
		b = user(b)
		b = append(b, "> IP <"...)
		b = g.plant(b, "ipv4", client, "")
		b = append(b, "> IPv4 Address <"...)
		b = g.plant(b, "ipv4", "10.10."+g.num(0, 3)+"."+g.num(2, 254), "")
		b = append(b, "> IPv6 address <::> assigned to session"...)
	case 8:
		grp := pick(g, asaGroups)
		id := pick(g, []string{"6-716001", "6-113039", "6-722022", "4-722037"})
		b = append(b, "%ASA-"+id+": Group <"+grp+"> User <"...)
		b = user(b)
		b = append(b, "> IP <"...)
		b = g.plant(b, "ipv4", client, "")
		switch id[2:] {
		case "716001":
			b = append(b, "> WebVPN session started."...)
		case "113039":
			b = append(b, "> AnyConnect parent session started."...)
		case "722022":
			b = append(b, "> TCP SVC connection established without compression"...)
		default:
			b = append(b, "> SVC closing connection: DPD failure."...)
		}
	case 9:
		b = append(b, "%ASA-5-111008: User '"...)
		b = user(b)
		b = append(b, "' executed the '"+pick(g, []string{"write memory", "show running-config", "clear crypto ipsec sa"})+"' command."...)
	case 10:
		b = append(b, "%ASA-5-111010: User '"...)
		b = user(b)
		b = append(b, "', running 'CLI' from IP "...)
		b = g.plant(b, "ipv4", client, "")
		b = append(b, ", executed 'write memory'"...)
	case 11:
		b = append(b, "%ASA-6-611101: User authentication succeeded: IP address: "...)
		b = g.plant(b, "ipv4", client, "")
		b = append(b, ", Uname: "...)
		b = user(b)
	case 12:
		b = append(b, "%ASA-6-734001: DAP: User "...)
		b = user(b)
		b = append(b, ", Addr "...)
		b = g.plant(b, "ipv4", client, "")
		b = append(b, ", Connection AnyConnect: The following DAP records were selected for this connection: DfltAccessPolicy"...)
	default:
		b = append(b, "%ASA-6-605005: Login permitted from "...)
		b = g.plant(b, "ipv4", client, "")
		b = g.keep(b, "port", port, "/"+port+" ")
		b = append(b, "to management:192.0.2.1/https for user \""...)
		b = user(b)
		b = append(b, '"')
	}
	return Record{Line: b}
}

// f5APM writes one BIG-IP APM access policy log line (/var/log/apm):
// "Mon DD HH:MM:SS host level apmd[pid]: msgid:level: /Partition/profile:
// Partition:sessionid: message".
func (g *gen) f5APM(st *streamState) Record {
	b := make([]byte, 0, 400)
	t := g.now.UTC()
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	b = g.keep(b, "timestamp", months[t.Month()-1]+" "+day+" "+t.Format("15:04:05"), "")
	pid := g.num(3000, 29999)
	b = g.keep(b, "counter", pid, " bigip-apm1 notice apmd["+pid+"]: ")
	sid := g.hexID(8)
	var msg string
	switch g.rng.IntN(9) {
	case 0:
		msg = "01490500:5:"
	case 1, 2:
		msg = "01490010:5:"
	case 3:
		msg = "01490248:5:"
	case 4:
		msg = "01490005:5:"
	case 5:
		msg = "01490102:5:"
	case 6:
		msg = "01490007:5:"
	case 7:
		msg = "01490017:5:"
	default:
		msg = "01490521:5:"
	}
	b = g.keep(b, "msgid", msg[:8], msg)
	b = append(b, " /Common/ap_vpn:Common:"...)
	b = g.keep(b, "session", sid, sid+": ")
	login := func(b []byte) []byte {
		return g.loginLabelled(b, true, []string{"svc_ldapbind", "guest", "f5monitor"})
	}
	switch msg[:8] {
	case "01490500":
		b = append(b, "New session from client IP "...)
		b = g.plant(b, "ipv4", g.ipv4(), "")
		b = append(b, " (ST=/CC=/C=) at VIP 203.0.113.10 Listener /Common/vs_vpn_443 (Reputation=Unknown)"...)
	case "01490010":
		b = append(b, "Username '"...)
		b = login(b)
		b = append(b, "'"...)
	case "01490248":
		b = append(b, "Received client info - Hostname: "...)
		if g.pct(70) {
			dev, owner := g.ownedDevice()
			g.plantAt("name", owner)
			b = append(b, dev...)
		} else {
			h := "DESKTOP-" + g.chars(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
			b = g.keep(b, "host", h, "")
		}
		b = append(b, " Type: Mozilla Version: 5 Platform: "+pick(g, []string{"Win10", "Macintosh", "iOS"})+" CPU: "+pick(g, []string{"x64", "unknown"})+" UI Mode: Full Javascript Support: 1 ActiveX Support: 0 Plugin Support: 0"...)
	case "01490005":
		b = append(b, "Following rule '"+pick(g, []string{"Successful", "fallback", "Windows"})+"' from item '"+pick(g, []string{"Logon Page", "AD Auth", "Client OS"})+"' to item '"+pick(g, []string{"AD Auth", "Advanced Resource Assign", "Allow"})+"'"...)
	case "01490102":
		b = append(b, "Access policy result: "+pick(g, []string{"Network_Access", "Logon_Deny", "Webtop"})...)
	case "01490007":
		b = append(b, "Session variable 'session.logon.last.username' set to '"...)
		b = login(b)
		b = append(b, "'"...)
	case "01490017":
		b = append(b, "AD agent: Auth (logon attempt:"+g.num(0, 2)+"): authenticate with '"...)
		b = login(b)
		b = append(b, "' "+pick(g, []string{"successful", "failed"})...)
	default:
		b = append(b, "Session statistics - bytes in: "...)
		b = g.keep(b, "bytes", g.num(1000, 99999999), "")
		b = append(b, ", bytes out: "...)
		b = g.keep(b, "bytes", g.num(1000, 99999999), "")
	}
	return Record{Line: b}
}

// stationMAC returns a Wi-Fi client's MAC as hostapd prints it (lower
// case, colons).
func (g *gen) stationMAC() string {
	return strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":"))
}

// ciscoDottedMAC writes a MAC as IOS-XE does (1234.5678.9abc).
func ciscoDottedMAC(mac string) string {
	h := strings.ReplaceAll(mac, ":", "")
	return h[0:4] + "." + h[4:8] + "." + h[8:12]
}

// wifiLogs is one line of a Wi-Fi access point or controller log, one
// product a stream:
//
//   - hostapd (hostapd_logger and wpa_msg): "IFACE: STA MAC IEEE 802.11:
//     associated (aid N)", "IEEE 802.1X: authenticated - EAP type: 25
//     (PEAP)", "STA identity 'ID'", "WPA: pairwise key handshake completed
//     (RSN)", "RADIUS: starting accounting session ID", the AP-STA-CONNECTED
//     and AP-STA-DISCONNECTED control events, and wpa_supplicant's
//     CTRL-EVENT lines on the client;
//   - a UniFi Network controller's client events (User[...] has connected
//     to AP[...], disconnected, roams), and the OpenWrt router's dnsmasq
//     DHCPACK naming the client's option 12 host name;
//   - a Cisco Catalyst 9800 controller (CLIENT_ORCH_LOG-6 messages with
//     "Username entry (USER) joined with ssid (SSID) for device with MAC:
//     xxxx.xxxx.xxxx") and AireOS's APF-6-USER_NAME_CREATED.
func (g *gen) wifiLogs(st *streamState) Record {
	b := make([]byte, 0, 300)
	mac := g.stationMAC()
	switch st.variant % 3 {
	case 0:
		prog := "hostapd"
		if g.pct(25) {
			prog = "wpa_supplicant"
		}
		b = g.syslogHead(b, st, "ap-lobby", prog)
		iface := pick(g, []string{"wlan0", "wlan1", "phy0-ap0"})
		b = append(b, iface+": "...)
		if prog == "wpa_supplicant" {
			switch g.rng.IntN(4) {
			case 0:
				b = append(b, "CTRL-EVENT-EAP-STARTED EAP authentication started"...)
			case 1:
				b = append(b, "CTRL-EVENT-EAP-METHOD EAP vendor 0 method 25 (PEAP) selected"...)
			case 2:
				b = append(b, "CTRL-EVENT-CONNECTED - Connection to 02:1a:11:f0:44:"+g.hexID(2)+" completed [id=0 id_str=]"...)
			default:
				b = append(b, "CTRL-EVENT-EAP-SUCCESS EAP authentication completed successfully"...)
			}
			return Record{Line: b}
		}
		switch g.rng.IntN(9) {
		case 0:
			b = append(b, "STA "...)
			b = g.plant(b, "mac", mac, "")
			aid := g.num(1, 60)
			b = g.keep(b, "counter", aid, " IEEE 802.11: associated (aid "+aid+")")
		case 1:
			b = append(b, "AP-STA-CONNECTED "...)
			b = g.plant(b, "mac", mac, "")
		case 2:
			b = append(b, "AP-STA-DISCONNECTED "...)
			b = g.plant(b, "mac", mac, "")
		case 3:
			b = append(b, "STA "...)
			b = g.plant(b, "mac", mac, "")
			b = append(b, " WPA: pairwise key handshake completed (RSN)"...)
		case 4:
			b = append(b, "STA "...)
			b = g.plant(b, "mac", mac, "")
			b = append(b, " IEEE 802.1X: authenticated - EAP type: 25 (PEAP)"...)
		case 5, 6:
			b = append(b, "STA "...)
			b = g.plant(b, "mac", mac, "")
			b = append(b, " IEEE 802.1X: STA identity '"...)
			b = g.loginLabelled(b, true, []string{"anonymous", "host/DESKTOP-4F7K2QX.corp.example.com"})
			b = append(b, "'"...)
		case 7:
			b = append(b, "STA "...)
			b = g.plant(b, "mac", mac, "")
			sess := strings.ToUpper(g.hexID(16))
			b = g.keep(b, "session", sess, " RADIUS: starting accounting session "+sess)
		default:
			b = append(b, "STA "...)
			b = g.plant(b, "mac", mac, "")
			b = append(b, " IEEE 802.11: disassociated"...)
		}
	case 1:
		if g.pct(30) {
			// OpenWrt's dnsmasq: the option 12 host name after the MAC.
			b = g.syslogHead(b, st, "OpenWrt", "dnsmasq-dhcp")
			b = append(b, "DHCPACK(br-lan) "...)
			b = g.plant(b, "ipv4", "192.168.1."+g.num(100, 249), "")
			b = append(b, ' ')
			b = g.plant(b, "mac", mac, "")
			b = append(b, ' ')
			b = append(b, g.dhcpHost()...)
			return Record{Line: b}
		}
		b = g.syslogHead(b, st, "unifi", "unifi")
		ap := pick(g, []string{"AP[U6-Lite-Office]", "AP[Lobby-U6-Pro]", "AP[f0:9f:c2:11:22:33]"})
		var who string
		if g.pct(60) {
			dev, owner := g.ownedDevice()
			g.plantAt("name", owner)
			who = dev
		} else {
			g.plantAt("mac", mac)
			who = mac
		}
		switch g.rng.IntN(3) {
		case 0:
			b = append(b, "User["+who+"] has connected to "+ap+` with SSID "Corp-WiFi" on "channel `+pick(g, []string{"36(na)", "6(ng)", "44(na)"})+`"`...)
		case 1:
			mins := g.num(1, 59)
			b = append(b, "User["+who+`] disconnected from "Corp-WiFi" (`...)
			b = g.keep(b, "duration", mins+"m "+g.num(1, 59)+"s", "")
			b = append(b, " connected, "+g.num(1, 900)+"."+g.num(0, 9)+" MB) [last AP: "+ap+"]"...)
		default:
			b = append(b, "User["+who+"] roams from "+ap+" to AP[Hall-U6-LR] on \"channel 44(na)\""...)
		}
	default:
		t := g.now.UTC()
		if g.pct(65) {
			b = append(b, "<190>"...)
			b = g.keep(b, "timestamp", months[t.Month()-1]+" "+two(t.Day())+" "+t.Format("15:04:05.000"), "")
			b = append(b, ": %CLIENT_ORCH_LOG-6-CLIENT_ADDED_TO_RUN_STATE: Chassis 1 R0/0: wncd: Username entry ("...)
			b = g.loginLabelled(b, true, []string{"guest", "anonymous"})
			b = append(b, ") joined with ssid ("+pick(g, []string{"Corp-WiFi", "eduroam"})+") for device with MAC: "...)
			b = g.plant(b, "mac", ciscoDottedMAC(mac), "")
			b = append(b, " on channel ("+pick(g, []string{"36", "1", "149"})+")"...)
			return Record{Line: b}
		}
		b = append(b, "*apfMsConnTask_"+g.num(0, 7)+": "...)
		b = g.keep(b, "timestamp", months[t.Month()-1]+" "+two(t.Day())+" "+t.Format("15:04:05.000"), "")
		line := g.num(3000, 7000)
		b = append(b, ": %APF-6-USER_NAME_CREATED: apf_ms.c:"+line+" Username entry ("...)
		n := len(g.plants)
		b = g.loginLabelled(b, true, []string{"guest", "anonymous"})
		ln := 5
		if len(g.plants) > n {
			ln = len(g.plants[n].Text)
		}
		b = append(b, ") created for mobile, username length = "+strconv.Itoa(ln)+" "...)
		b = g.plant(b, "mac", mac, "")
	}
	return Record{Line: b}
}

// mqttClient returns an MQTT client id: a person's device (planted), an
// id a library generated, or a service's (kept).
func (g *gen) mqttClient() string {
	switch n := g.rng.IntN(10); {
	case n < 4:
		l := g.personLogin()
		g.plantAt("name", l)
		return l + "-" + pick(g, []string{"phone", "ipad", "laptop"})
	case n < 7:
		id := pick(g, []string{"mosq-" + g.chars(22, base62), "auto-" + strings.ToUpper(g.uuid()), "paho" + g.digits(13)})
		g.keepAt("client_id", id)
		return id
	}
	id := pick(g, []string{"homeassistant", "zigbee2mqtt", "nodered_" + g.hexID(8), "tasmota_" + strings.ToUpper(g.hexID(6))})
	g.keepAt("client_id", id)
	return id
}

// zigbeeIEEE returns a Zigbee device's IEEE (EUI-64) address as
// Zigbee2MQTT writes it.
func (g *gen) zigbeeIEEE() string {
	return "0x" + pick(g, []string{"00158d00", "00124b00", "847127ff", "ec1bbdff"}) + g.chars(8, hexDigits)
}

// iotMQTT is one line of a home or building automation system, one
// product a stream:
//
//   - the Mosquitto broker's log (mosquitto.conf(5) log_type all, epoch
//     or log_timestamp_format prefix): "New connection from IP:port on
//     port 1883.", "New client connected from IP:port as ID (p2, c1, k60,
//     u'USER').", "Client ID disconnected.", "Received PUBLISH from ID
//     (d0, q1, r0, m12, 'TOPIC', ... (N bytes))", "Sending PUBLISH to
//     ...", with OwnTracks topics owntracks/USER/DEVICE;
//   - mosquitto_sub -v output of OwnTracks location messages (JSON with
//     _type, tid, lat, lon, acc, batt, tst) and Zigbee2MQTT bridge events
//     (device_joined, device_interview with ieee_address);
//   - Home Assistant state_changed events of device_tracker and person
//     entities (latitude, longitude, gps_accuracy, friendly_name);
//   - avahi-daemon and avahi-browse -p -r (mDNS/DNS-SD): address records,
//     host names, service instance names with \DDD escapes and TXT
//     records.
func (g *gen) iotMQTT(st *streamState) Record {
	switch st.variant % 4 {
	case 1:
		return g.homeAssistant()
	case 2:
		return g.mqttPayload()
	case 3:
		return g.avahi(st)
	}
	return g.mosquitto(st)
}

func (g *gen) mosquitto(st *streamState) Record {
	b := make([]byte, 0, 300)
	t := g.now.UTC()
	if st.variant%8 == 0 {
		ep := strconv.FormatInt(t.Unix(), 10)
		b = g.keep(b, "epoch", ep, ep+": ")
	} else {
		b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05"), t.Format("2006-01-02T15:04:05")+": ")
	}
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	// Mosquitto writes address:port without brackets: after an IPv6
	// address the port reads as its last group and is not labelled.
	portAt := func(b []byte) []byte {
		if cat == "ipv6" {
			return append(b, ":"+port+" "...)
		}
		return g.keep(b, "port", port, ":"+port+" ")
	}
	switch g.rng.IntN(7) {
	case 0:
		b = append(b, "New connection from "...)
		b = g.plant(b, cat, ip, "")
		b = portAt(b)
		b = append(b, "on port "+pick(g, []string{"1883", "8883"})+"."...)
	case 1, 2:
		b = append(b, "New client connected from "...)
		b = g.plant(b, cat, ip, "")
		b = portAt(b)
		b = append(b, "as "+g.mqttClient()+" (p"+pick(g, []string{"2", "4", "5"})+", c1, k60, u'"...)
		b = g.loginLabelled(b, true, []string{"homeassistant", "zigbee2mqtt", "nodered", "sensor-gw"})
		b = append(b, "')."...)
	case 3:
		b = append(b, "Client "+g.mqttClient()+pick(g, []string{" disconnected.", " closed its connection.", " has exceeded timeout, disconnecting."})...)
	case 4, 5:
		dir := pick(g, []string{"Received PUBLISH from ", "Sending PUBLISH to "})
		b = append(b, dir+g.mqttClient()+" (d0, q"+g.num(0, 1)+", r"+g.num(0, 1)+", m"+g.num(0, 90)+", '"...)
		b = append(b, g.mqttTopic()...)
		n := g.num(2, 600)
		b = g.keep(b, "bytes", n, "', ... ("+n+" bytes))")
	default:
		b = append(b, "Socket error on client "+g.mqttClient()+", disconnecting."...)
	}
	return Record{Line: b}
}

// mqttTopic returns a topic, planting the user or e-mail address in it.
func (g *gen) mqttTopic() string {
	switch g.rng.IntN(4) {
	case 0:
		l := g.personLogin()
		g.plantAt("name", l)
		return "owntracks/" + l + "/" + pick(g, []string{"iphone", "pixel", "phone"})
	case 1:
		f, l := g.name()
		e := g.email(f, l)
		g.plantAt("email", e)
		return "users/" + e + "/notifications"
	case 2:
		ieee := g.zigbeeIEEE()
		g.plantAt("device_id", ieee)
		return "zigbee2mqtt/" + ieee
	}
	t := pick(g, []string{"zigbee2mqtt/Living room sensor", "homeassistant/sensor/boiler_temp/state", "tele/tasmota_3F2A1B/SENSOR", "zigbee2mqtt/bridge/state"})
	g.keepAt("topic", t)
	return t
}

func (g *gen) coord(lo, span float64, dec int) string {
	return strconv.FormatFloat(lo+g.rng.Float64()*span, 'f', dec, 64)
}

// mqttPayload is a line of mosquitto_sub -v: the topic, a space and the
// payload (OwnTracks location or Zigbee2MQTT bridge event JSON).
func (g *gen) mqttPayload() Record {
	b := make([]byte, 0, 400)
	if g.pct(55) {
		l := g.personLogin()
		dev := pick(g, []string{"iphone", "pixel", "phone"})
		b = append(b, "owntracks/"...)
		b = g.plant(b, "name", l, "")
		b = append(b, "/"+dev+" "...)
		b = append(b, `{"_type":"location","tid":"`+strings.ToUpper(l[:1])+`P"`...)
		lat, lon := g.coord(35, 25, 4+g.rng.IntN(4)), g.coord(-10, 40, 4+g.rng.IntN(4))
		b = jn(b, "lat", lat)
		g.plantAt("geo", lat, `"lat":`+lat)
		b = jn(b, "lon", lon)
		g.plantAt("geo", lon, `"lon":`+lon)
		acc := g.num(3, 60)
		b = jn(b, "acc", acc)
		g.keepAt("distance", acc, `"acc":`+acc+",")
		b = jn(b, "alt", g.num(20, 400))
		b = jn(b, "batt", g.num(5, 100))
		b = g.js(b, "conn", pick(g, []string{"w", "m"}))
		tst := strconv.FormatInt(g.now.Unix(), 10)
		b = jn(b, "tst", tst)
		g.keepAt("epoch", tst, `"tst":`+tst)
		if g.pct(50) {
			b = g.js(b, "SSID", "Corp-WiFi")
			b = ja(b, "inregions")
			b = append(b, `"home"]`...)
		}
		b = append(b, '}')
		return Record{Line: b}
	}
	ieee := g.zigbeeIEEE()
	b = append(b, "zigbee2mqtt/bridge/event "...)
	b = append(b, '{')
	b = g.js(b, "type", pick(g, []string{"device_joined", "device_interview", "device_announce"}))
	b = jo(b, "data")
	b = g.jp(b, "friendly_name", "device_id", ieee)
	b = g.jp(b, "ieee_address", "device_id", ieee)
	if g.pct(50) {
		b = g.js(b, "status", "successful")
		b = jn(b, "supported", "true")
		b = jo(b, "definition")
		b = g.js(b, "model", pick(g, []string{"WSDCGQ11LM", "E1766", "TS0201"}))
		b = g.js(b, "vendor", pick(g, []string{"Aqara", "IKEA", "Tuya"}))
		b = append(b, '}')
	}
	b = append(b, '}', '}')
	return Record{Line: b}
}

// homeAssistant is a Home Assistant event as its websocket API and the
// recorder export it: a state_changed event of a device_tracker or person
// entity whose attributes hold a GPS fix.
func (g *gen) homeAssistant() Record {
	b := make([]byte, 0, 700)
	f, l := g.name()
	fl, ll := strings.ToLower(ascii(f)), strings.ToLower(ascii(l))
	var entity, friendly string
	if g.pct(50) {
		entity = "device_tracker." + fl + "s_iphone"
		g.plantAt("name", fl+"s", jsonEsc(entity))
		friendly = f + "’s iPhone"
		g.plantAt("name", f, jsonEsc(friendly))
	} else {
		entity = "person." + fl + "_" + ll
		g.plantAt("name", fl+"_"+ll, jsonEsc(entity))
		friendly = f + " " + l
		// A person entity's friendly_name is the person's name, but
		// the same key names every lamp and sensor: only the entity's
		// domain, in the enclosing object, tells them apart. Planted,
		// measured, out of scope as a name in prose is.
		g.plantAt("name_text", friendly, jsonEsc(friendly))
	}
	b = append(b, '{')
	b = g.js(b, "event_type", "state_changed")
	b = jo(b, "data")
	b = g.js(b, "entity_id", entity)
	b = jo(b, "new_state")
	b = g.js(b, "entity_id", entity)
	b = g.js(b, "state", pick(g, []string{"home", "not_home", "Work"}))
	b = jo(b, "attributes")
	b = g.js(b, "source_type", "gps")
	lat, lon := g.coord(35, 25, 6), g.coord(-10, 40, 6)
	b = jn(b, "latitude", lat)
	g.plantAt("geo", lat, `"latitude":`+lat)
	b = jn(b, "longitude", lon)
	g.plantAt("geo", lon, `"longitude":`+lon)
	acc := g.num(3, 80)
	b = jn(b, "gps_accuracy", acc)
	g.keepAt("distance", acc, `"gps_accuracy":`+acc)
	b = jn(b, "battery_level", g.num(5, 100))
	b = g.js(b, "friendly_name", friendly)
	b = append(b, '}')
	ts := g.now.UTC().Format("2006-01-02T15:04:05.000000+00:00")
	b = g.jk(b, "last_changed", "timestamp", ts)
	b = jo(b, "context")
	b = g.jk(b, "id", "ulid", "01J"+g.chars(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
	b = append(b, "}}}"...)
	b = g.js(b, "origin", "LOCAL")
	b = g.jk(b, "time_fired", "timestamp", ts)
	b = append(b, '}')
	return Record{Line: b}
}

// avahiEsc escapes a DNS-SD instance name as avahi-browse prints it: '.'
// and '\' with a backslash, bytes outside printable ASCII as \DDD.
func avahiEsc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, "\\%03d", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// avahi is avahi-daemon's syslog or a line of avahi-browse -a -r -p.
func (g *gen) avahi(st *streamState) Record {
	b := make([]byte, 0, 300)
	lan := "192.168.1." + g.num(20, 250)
	if g.pct(30) {
		dn, who := g.appleDisplayName()
		r := strings.NewReplacer(" ", "-", "’", "", "'", "")
		host := r.Replace(ascii(dn))
		g.plantAt("name", avahiEsc(who), avahiEsc(dn))
		g.plantAt("name", r.Replace(ascii(who)))
		b = append(b, "=;wlan0;IPv4;"+avahiEsc(dn)+";"...)
		svc := pick(g, []string{"_airplay._tcp", "_companion-link._tcp", "_raop._tcp", "_ssh._tcp"})
		b = append(b, svc+";local;"+host+".local;"...)
		b = g.plant(b, "ipv4", lan, "")
		b = append(b, ";"+pick(g, []string{"7000", "22", "49152"})+`;"model=MacBookPro18,1" "deviceid=`...)
		mac := strings.ToUpper(g.stationMAC())
		b = g.plant(b, "mac", mac, "")
		b = append(b, `" "srcvers=`...)
		b = g.keep(b, "version", "770.8.1", "")
		b = append(b, '"')
		return Record{Line: b}
	}
	b = g.syslogHead(b, st, "raspberrypi", "avahi-daemon")
	switch g.rng.IntN(5) {
	case 0:
		b = append(b, "Registering new address record for "...)
		b = g.plant(b, "ipv4", lan, "")
		b = append(b, " on wlan0.IPv4."...)
	case 1:
		b = append(b, "Joining mDNS multicast group on interface wlan0.IPv4 with address "...)
		b = g.plant(b, "ipv4", lan, "")
		b = append(b, "."...)
	case 2:
		h, who := g.personHost()
		if i := strings.IndexByte(h, '.'); i >= 0 {
			h = h[:i]
		}
		g.plantAt("name", who)
		cookie := g.num(1000000000, 4294967295)
		b = append(b, "Server startup complete. Host name is "+h+".local. Local service cookie is "...)
		b = g.keep(b, "counter", cookie, cookie+".")
	case 3:
		// A static service named %h: the host name.
		h, who := g.personHost()
		if i := strings.IndexByte(h, '.'); i >= 0 {
			h = h[:i]
		}
		g.plantAt("name", who)
		b = append(b, "Service \""+h+"\" (/services/ssh.service) successfully established."...)
	default:
		b = append(b, "Withdrawing address record for "...)
		b = g.plant(b, "ipv4", lan, "")
		b = append(b, " on wlan0."...)
	}
	return Record{Line: b}
}

// krbEtypes are the encryption types MIT krb5kdc names in its log
// (etype names with their numbers, krb5 1.18 and later).
var krbEtypes = []string{"aes256-cts-hmac-sha1-96(18)", "aes128-cts-hmac-sha1-96(17)", "aes256-cts-hmac-sha384-192(20)", "aes128-cts-hmac-sha256-128(19)", "DEPRECATED:arcfour-hmac(23)"}

// kerberosKDC is a line of an MIT Kerberos KDC's or kadmind's log, or in
// every third stream of OpenLDAP's slapd (loglevel stats, 2.5 and 2.6:
// with the log file's hex time and thread prefix or behind syslog).
func (g *gen) kerberosKDC(st *streamState) Record {
	if st.variant%3 == 2 {
		return g.slapd2(st)
	}
	b := make([]byte, 0, 500)
	k := g.rng.IntN(10)
	prog := "krb5kdc"
	if k == 9 {
		prog = "kadmind"
	}
	if st.variant%3 == 0 {
		// krb5.conf [logging] kdc = FILE:/var/log/krb5kdc.log: the
		// KDC's own prefix with the severity.
		t := g.now.UTC()
		b = g.keep(b, "timestamp", months[t.Month()-1]+" "+two(t.Day())+" "+t.Format("15:04:05"), "")
		pid := g.num(300, 99999)
		b = g.keep(b, "counter", pid, " kdc1 "+prog+"["+pid+"](info): ")
	} else {
		b = g.syslogHead(b, st, "kdc1", prog)
	}
	realm := pick(g, []string{"EXAMPLE.COM", "CORP.EXAMPLE.ORG"})
	ip, cat := g.clientIP()
	person := func() string {
		l := g.personLogin()
		g.plantAt("name", l)
		return l
	}
	client := func() string {
		switch g.rng.IntN(10) {
		case 0:
			h := "WS" + g.num(100, 999) + "$"
			g.keepAt("account", h+"@"+realm)
			return h
		case 1:
			h := "host/ws-" + g.num(10, 99) + "." + strings.ToLower(realm)
			g.keepAt("account", h+"@"+realm)
			return h
		case 2:
			return person() + "/admin"
		}
		return person()
	}
	etypes := func() string {
		n := 2 + g.rng.IntN(3)
		if g.pct(30) {
			// krb5 before 1.18: bare numbers.
			return strconv.Itoa(n) + " etypes {" + strings.Join([]string{"18", "17", "20", "19"}[:n], " ") + "}"
		}
		return strconv.Itoa(n) + " etypes {" + strings.Join(krbEtypes[:n], ", ") + "}"
	}
	switch k {
	case 0, 1, 2:
		c := client()
		auth := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(3600)), 10)
		b = append(b, "AS_REQ ("+etypes()+") "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ": ISSUE: "...)
		b = g.keep(b, "epoch", auth, "authtime "+auth)
		b = append(b, ", etypes {rep=aes256-cts-hmac-sha1-96(18), tkt=aes256-cts-hmac-sha1-96(18), ses=aes256-cts-hmac-sha1-96(18)}, "+c+"@"+realm+" for "...)
		b = g.keep(b, "principal", "krbtgt/"+realm+"@"+realm, "")
	case 3, 4:
		c := client()
		reason := pick(g, [][2]string{{"NEEDED_PREAUTH", "Additional pre-authentication required"}, {"PREAUTH_FAILED", "Preauthentication failed"}, {"CLIENT_NOT_FOUND", "Client not found in Kerberos database"}})
		b = append(b, "AS_REQ ("+etypes()+") "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ": "+reason[0]+": "+c+"@"+realm+" for "...)
		b = g.keep(b, "principal", "krbtgt/"+realm+"@"+realm, "")
		b = append(b, ", "+reason[1]...)
	case 5, 6, 7:
		c := client()
		svc := pick(g, []string{"HTTP/intranet.example.com", "cifs/fs01.example.com", "ldap/dc1.example.com", "host/bastion.example.com"})
		auth := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(3600)), 10)
		b = append(b, "TGS_REQ ("+etypes()+") "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ": ISSUE: "...)
		b = g.keep(b, "epoch", auth, "authtime "+auth)
		b = append(b, ", etypes {rep=18 tkt=18 ses=18}, "+c+"@"+realm+" for "...)
		b = g.keep(b, "principal", svc+"@"+realm, "")
	case 8:
		c := person()
		b = append(b, "TGS_REQ ("+etypes()+") "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ": LOOKING_UP_SERVER: authtime 0,  "+c+"@"+realm+" for "...)
		b = g.keep(b, "principal", "host/old-nas.example.com@"+realm, "")
		b = append(b, ", Server not found in Kerberos database"...)
	default:
		// kadmind's password change service (kpasswd).
		c := person()
		b = append(b, "chpw request from "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " for "+c+"@"+realm+": "+pick(g, []string{"success", "Password is too short"})...)
	}
	return Record{Line: b}
}

// slapd2 writes an OpenLDAP 2.5/2.6 stats line, with the logfile prefix
// (hex epoch.nanoseconds and the thread id) or behind syslog.
func (g *gen) slapd2(st *streamState) Record {
	b := make([]byte, 0, 400)
	if g.pct(50) {
		ts := strconv.FormatInt(g.now.Unix(), 16) + "." + g.hexID(8)
		b = g.keep(b, "timestamp", ts, ts+" ")
		th := "0x7f" + g.hexID(10)
		b = g.keep(b, "thread", th, th+" ")
	} else {
		b = g.syslogHead(b, st, "ldap-2", "slapd")
	}
	conn := g.num(1000, 99999)
	b = g.keep(b, "counter", conn, "conn="+conn)
	op := g.num(0, 12)
	dn := func(b []byte) []byte {
		l := g.personLogin()
		b = append(b, "uid="...)
		b = g.plant(b, "name", l, "")
		return append(b, ",ou=people,dc=example,dc=com"...)
	}
	switch g.rng.IntN(10) {
	case 0:
		fd := g.num(10, 400)
		b = g.keep(b, "counter", fd, " fd="+fd)
		b = append(b, " ACCEPT from IP="...)
		b = g.plant(b, "ipv4", g.ipv4(), "")
		port := g.num(1024, 65535)
		b = g.keep(b, "port", port, ":"+port+" ")
		b = append(b, "(IP=0.0.0.0:389)"...)
	case 1, 2:
		b = append(b, " op="+op+" BIND dn=\""...)
		b = dn(b)
		b = append(b, "\" "+pick(g, []string{"method=128", "mech=SIMPLE bind_ssf=0 ssf=256"})...)
	case 3:
		b = append(b, " op="+op+" SRCH base=\"dc=example,dc=com\" scope=2 deref=0 filter=\"(&(objectClass=inetOrgPerson)(|(uid="...)
		l := g.personLogin()
		b = g.plant(b, "name", l, "")
		b = append(b, ")(mail="...)
		f, ln := g.name()
		b = g.plant(b, "email", g.email(f, ln), "")
		b = append(b, ")))\""...)
	case 4:
		b = append(b, " op="+op+" SRCH base=\"ou=people,dc=example,dc=com\" scope=1 deref=0 filter=\"(mail="...)
		f, ln := g.name()
		b = g.plant(b, "email", g.email(f, ln), "")
		b = append(b, ")\""...)
	case 5:
		b = append(b, " op="+op+" PASSMOD id=\""...)
		b = dn(b)
		b = append(b, "\" new"...)
	case 6:
		b = append(b, " op="+op+" MOD dn=\""...)
		b = dn(b)
		b = append(b, "\""...)
	case 7:
		b = append(b, " op="+op+" EXT oid="...)
		b = g.keep(b, "oid", "1.3.6.1.4.1.1466.20037", "")
	case 8:
		b = append(b, " op="+op+" BIND dn=\"cn="...)
		f, l := g.name()
		b = g.plant(b, "name", f+" "+l, "")
		b = append(b, ",ou=staff,dc=example,dc=com\" method=128"...)
	default:
		tag := pick(g, []string{"97", "101", "103"})
		b = g.keep(b, "status", tag, " op="+op+" RESULT tag="+tag)
		b = append(b, " err="+pick(g, []string{"0", "49", "32"})+" qtime=0.000"+g.digits(3)+" etime=0.00"+g.digits(4)+" text="...)
	}
	return Record{Line: b}
}
