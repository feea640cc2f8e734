package realistic

import (
	"strconv"
	"strings"
)

// Network devices' own syslog, one product a stream:
//
//   - Cisco IOS and IOS-XE switches and routers (the System Message Guide's
//     "seq: host: *Mmm dd hh:mm:ss.mmm UTC: %FACILITY-SEVERITY-MNEMONIC: text"):
//     SEC-6-IPACCESSLOGP and IPV6_ACL-6-ACCESSLOGP ("list ACL denied tcp
//     addr(port) -> addr(port), 1 packet"), AUTHMGR, DOT1X, MAB and
//     SESSION_MGR ("for client (xxxx.xxxx.xxxx) on Interface Gi1/0/5
//     AuditSessionID …", IOS-XE adding ", Username: …"),
//     SW_MATM-4-MACFLAP_NOTIF, PORT_SECURITY-2-PSECURE_VIOLATION,
//     SW_DAI-4-DHCP_SNOOPING_DENY with its ([mac/ip/mac/ip/time]) tuple,
//     SEC_LOGIN-5-LOGIN_SUCCESS and -4-LOGIN_FAILED ([user: ] [Source: ]
//     [localport: ]), PARSER-5-CFGLOG_LOGGEDCMD, SYS-5-CONFIG_I,
//     LINEPROTO-5-UPDOWN, BGP-5-ADJCHANGE and OSPF-5-ADJCHG;
//   - Juniper SRX security flow logs (RT_FLOW_SESSION_CREATE, _CLOSE,
//     _DENY), in the standard form ("session created src/port->dst/port
//     0x0 service nat-src/port->nat-dst/port …  user(roles) ifname …")
//     and in structured-data form ([junos@2636.1.1.1.2.N source-address=""
//     … username="" roles=""]), with the management daemon's
//     UI_LOGIN_EVENT and UI_AUTH_EVENT;
//   - MikroTik RouterOS (topics, then the message: the firewall's "prefix
//     chain: in:if out:if, connection-state:new src-mac m, proto TCP (SYN),
//     a:p->a:p, len N" and its NAT form, "user X logged in from A via
//     winbox", "login failure for user X from A via ssh", the DHCP server's
//     "srv assigned A for MAC host", hotspot "user (A): logged in", PPP
//     "<pppoe-user>: authenticated" and wireless "MAC@wlan1: connected");
//   - Sophos Firewall (SFOS) key=value logs (device_name, log_id, log_type
//     Firewall, Content Filtering and Authentication: user_name, src_mac,
//     src_ip, url, tran_src_ip).
//
// Personal: client addresses (IPv4, IPv6 in SRX's a/port and IOS's
// a(port) forms), MACs in every notation these vendors use (Cisco's
// dotted groups, colons, upper-case colons), logins of people (802.1X
// user names, VTY and SSH logins, hotspot and PPP users), host names
// that carry their owner's name. Kept: interface names (Gi1/0/5,
// ge-0/0/1.0, ether1, Port2), VLANs, rule and policy names, ACL names,
// log ids, AuditSessionIDs and session ids, ports, byte and packet
// counters, serial numbers, BGP prefixes, ASNs, versions and the
// administrators' service accounts. Routers' and neighbours' own
// addresses, NAT pools and servers are left unlabelled.

func (g *gen) netdevSyslog(st *streamState) Record {
	switch st.variant % 4 {
	case 0:
		return g.ciscoIOSLine(st)
	case 1:
		return g.junosFlowLine(st)
	case 2:
		return g.mikrotikLine(st)
	}
	return g.sophosLine()
}

// ciscoMAC writes a MAC in Cisco's dotted notation (3c22.fb12.3456).
func ciscoMAC(m string) string {
	h := strings.ToLower(strings.NewReplacer("-", "", ":", "", ".", "").Replace(m))
	return h[0:4] + "." + h[4:8] + "." + h[8:12]
}

// clientAddr returns a LAN client's address and plants it.
func (g *gen) clientAddr(private bool) string {
	ip := g.ipv4()
	if private {
		ip = pick(g, []string{"10." + g.num(1, 40) + "." + g.num(0, 255) + ".", "192.168." + g.num(0, 30) + ".", "172.16." + g.num(0, 31) + "."}) + g.num(2, 254)
	}
	g.plantAt("ipv4", ip)
	return ip
}

var iosIfaces = []string{"GigabitEthernet1/0/5", "GigabitEthernet1/0/17", "TenGigabitEthernet1/1/1", "GigabitEthernet2/0/44", "FastEthernet0/12"}

func shortIface(s string) string {
	for _, p := range [][2]string{{"GigabitEthernet", "Gi"}, {"TenGigabitEthernet", "Te"}, {"FastEthernet", "Fa"}} {
		if strings.HasPrefix(s, p[0]) {
			return p[1] + s[len(p[0]):]
		}
	}
	return s
}

func (g *gen) ciscoIOSLine(st *streamState) Record {
	b := make([]byte, 0, 400)
	t := g.now.UTC()
	host := pick(g, []string{"sw-access-3f", "core-rtr01", "dist-sw02.corp.example.com"})
	if st.variant%2 == 0 {
		// Syslog server's BSD header, then the device's sequence number.
		b = append(b, "<189>"...)
		seq := g.num(1000, 999999)
		b = g.keep(b, "counter", seq, seq+": ")
		b = append(b, host+": *"...)
	} else {
		day := strconv.Itoa(t.Day())
		if len(day) == 1 {
			day = " " + day
		}
		b = append(b, months[t.Month()-1]+" "+day+" "+t.Format("15:04:05")+" "+host+" "...)
		seq := g.num(1000, 999999)
		b = g.keep(b, "counter", seq, " "+seq+": ")
	}
	ts := months[t.Month()-1] + " " + strconv.Itoa(t.Day()) + " " + t.Format("15:04:05.000")
	b = g.keep(b, "timestamp", ts, ts)
	b = append(b, " UTC: "...)
	iface := pick(g, iosIfaces)
	sh := shortIface(iface)
	audit := strings.ToUpper(g.hexID(24))
	mac := func() string {
		m := ciscoMAC(g.mac())
		g.plantAt("mac", m)
		return m
	}
	iosUser := func(b []byte) []byte {
		return g.loginLabelled(b, false, []string{"admin", "netops", "rancid", "svc-backup"})
	}
	switch g.rng.IntN(12) {
	case 0:
		acl := pick(g, []string{"ACL-IN", "VTY-ACCESS", "101", "GUEST-IN"})
		src := g.clientAddr(g.pct(50))
		sp, dp := g.num(1024, 65535), pick(g, []string{"22", "23", "445", "3389", "53"})
		b = append(b, "%SEC-6-IPACCESSLOGP: list "+acl+" denied "+pick(g, []string{"tcp", "udp"})+" "+src...)
		b = g.keep(b, "port", sp, "("+sp+")")
		b = append(b, " -> 198.51.100."+g.num(1, 254)+"("+dp+"), "+g.num(1, 40)+" packet"...)
	case 1:
		src := strings.ToUpper(g.ipv6())
		g.plantAt("ipv6", src)
		sp := g.num(1024, 65535)
		b = append(b, "%IPV6_ACL-6-ACCESSLOGP: list IPV6-IN/"+g.num(1, 9)+"0 denied tcp "+src...)
		b = g.keep(b, "port", sp, "("+sp+")")
		b = append(b, " -> 2001:DB8::1(22), 1 packet"...)
	case 2, 3:
		m := mac()
		ev := pick(g, []string{"%AUTHMGR-5-START: Starting 'dot1x'", "%DOT1X-5-SUCCESS: Authentication successful", "%MAB-5-FAIL: Authentication failed", "%SESSION_MGR-5-SUCCESS: Authorization succeeded", "%AUTHMGR-7-RESULT: Authentication result 'success' from 'dot1x'"})
		b = append(b, ev+" for client ("+m+") on Interface "+sh+" AuditSessionID "...)
		b = g.keep(b, "requestid", audit, "")
		if strings.Contains(ev, "DOT1X-5-SUCCESS") || strings.Contains(ev, "SESSION_MGR") {
			b = append(b, ", Username: "...)
			u := g.nacIdentity()
			b = g.plantUser(b, u, u.userName)
		}
	case 4:
		m := mac()
		vlan := g.num(2, 400)
		b = append(b, "%SW_MATM-4-MACFLAP_NOTIF: Host "+m+" in vlan "+vlan+" is flapping between port "+sh+" and port "+shortIface(pick(g, iosIfaces))...)
	case 5:
		m := mac()
		b = append(b, "%PORT_SECURITY-2-PSECURE_VIOLATION: Security violation occurred, caused by MAC address "+m+" on port "+iface+"."...)
	case 6:
		m := mac()
		ip := g.clientAddr(true)
		b = append(b, "%SW_DAI-4-DHCP_SNOOPING_DENY: 1 Invalid ARPs (Req) on "+sh+", vlan "+g.num(2, 400)+".(["+m+"/"+ip+"/0000.0000.0000/"+ip[:strings.LastIndexByte(ip, '.')]+".1/"...)
		b = append(b, t.Format("15:04:05")+" UTC "+t.Format("Mon Jan 2 2006")+"])"...)
	case 7:
		src := g.clientAddr(g.pct(60))
		ok := g.pct(70)
		if ok {
			b = append(b, "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: "...)
		} else {
			b = append(b, "%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: "...)
		}
		b = iosUser(b)
		b = append(b, "] [Source: "+src+"] [localport: 22]"...)
		if !ok {
			b = append(b, " [Reason: Login Authentication Failed]"...)
		}
		b = append(b, " at "+t.Format("15:04:05")+" UTC "+t.Format("Mon Jan 2 2006")...)
	case 8:
		b = append(b, "%PARSER-5-CFGLOG_LOGGEDCMD: User:"...)
		b = iosUser(b)
		b = append(b, "  logged command:"...)
		switch g.rng.IntN(4) {
		case 0:
			b = append(b, "interface "+iface...)
		case 1:
			b = append(b, "switchport access vlan "+g.num(2, 400)...)
		case 2:
			// A static route: the network and its mask are no one's.
			r := pick(g, [][2]string{{"10.20.0.0", "255.255.0.0"}, {"172.16.0.0", "255.240.0.0"}, {"198.51.100.0", "255.255.255.0"}, {"10.64.8.0", "255.255.248.0"}})
			net, mask := r[0], r[1]
			b = append(b, "ip route "...)
			b = g.keep(b, "prefix", net+" "+mask, "")
			b = append(b, " 192.0.2.254"...)
		default:
			b = append(b, "network "...)
			b = g.keep(b, "prefix", "203.0.113.0 mask 255.255.255.0", "")
		}
	case 9:
		b = append(b, "%SYS-5-CONFIG_I: Configured from console by "...)
		b = iosUser(b)
		src := g.clientAddr(true)
		b = append(b, " on vty"+g.num(0, 4)+" ("+src+")"...)
	case 10:
		// Routing adjacencies: the neighbour is a router, unlabelled;
		// the ASN a look-alike.
		nb := "198.51.100." + g.num(1, 254)
		switch g.rng.IntN(3) {
		case 0:
			b = append(b, "%BGP-5-ADJCHANGE: neighbor "+nb+" Up "...)
		case 1:
			b = append(b, "%BGP-5-ADJCHANGE: neighbor "+nb+" Down BGP Notification sent"...)
		default:
			b = append(b, "%OSPF-5-ADJCHG: Process 1, Nbr 10.255.0."+g.num(1, 40)+" on "+iface+" from LOADING to FULL, Loading Done"...)
		}
	default:
		b = append(b, "%LINEPROTO-5-UPDOWN: Line protocol on Interface "+iface+", changed state to "+pick(g, []string{"up", "down"})...)
		g.keepAt("iface", iface)
	}
	return Record{Line: b}
}

var srxServices = []string{"junos-https", "junos-http", "junos-dns-udp", "junos-ssh", "junos-smtp", "None"}

func (g *gen) junosFlowLine(st *streamState) Record {
	b := make([]byte, 0, 900)
	t := g.now.UTC()
	ev := pick(g, []string{"RT_FLOW_SESSION_CREATE", "RT_FLOW_SESSION_CLOSE", "RT_FLOW_SESSION_CLOSE", "RT_FLOW_SESSION_DENY", "UI_LOGIN_EVENT"})
	structured := st.variant%2 == 1
	host := pick(g, []string{"srx-edge01", "srx340-branch", "fw01.corp.example.com"})
	var src, srcCat string
	switch {
	case ev == "UI_LOGIN_EVENT":
	case g.pct(20):
		src, srcCat = g.ipv6(), "ipv6"
	default:
		src, srcCat = g.clientAddr(g.pct(70)), ""
	}
	if srcCat == "ipv6" {
		g.plantAt("ipv6", src)
	}
	sp, dp := g.num(1024, 65535), pick(g, []string{"443", "80", "53", "22", "25"})
	dst := "203.0.113." + g.num(1, 254)
	if srcCat == "ipv6" {
		dst = "2001:db8:ffff::" + g.num(1, 99)
	}
	natSrc, natSp := "198.51.100.2", g.num(1024, 65535)
	if srcCat == "ipv6" {
		natSrc = src
		natSp = sp
	}
	svc := pick(g, srxServices)
	sess := g.num(10000, 99999999)
	policy := pick(g, []string{"trust-to-untrust", "guest-internet", "default-deny", "allow-dns"})
	iface := pick(g, []string{"ge-0/0/1.0", "ge-0/0/2.100", "reth1.0", "irb.10"})
	var user, roles string
	userPlant := false
	if g.pct(45) {
		u := g.nacIdentity()
		if !u.machine {
			user, roles, userPlant = u.login, pick(g, []string{"Staff", "Engineering", "N/A"}), true
		}
	}
	if user == "" {
		user, roles = "N/A", "N/A"
	}
	if structured {
		b = append(b, "<14>1 "...)
		b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05.000Z"), "")
		b = append(b, " "+host+" "...)
	} else {
		day := strconv.Itoa(t.Day())
		if len(day) == 1 {
			day = " " + day
		}
		b = append(b, months[t.Month()-1]+" "+day+" "+t.Format("15:04:05")+" "+host+" "...)
	}
	if ev == "UI_LOGIN_EVENT" {
		admin := g.clientAddr(true)
		pid := g.num(1000, 99999)
		var login []byte
		login = g.loginLabelled(login, false, []string{"root", "netadmin", "rancid", "ansible"})
		lp := g.num(1024, 65535)
		if structured {
			b = g.keep(b, "counter", pid, "mgd "+pid+" ")
			b = append(b, "UI_LOGIN_EVENT [junos@2636.1.1.1.2.129 username=\""...)
			b = append(b, login...)
			b = append(b, "\" hostname=\""+host+"\" ssh-connection=\""+admin+" "+lp+" 192.0.2.1 22\" client-mode=\"cli\"] User '"...)
			b = append(b, login...)
			return Record{Line: append(b, "' login, class 'j-super-user'"...)}
		}
		b = g.keep(b, "counter", pid, "mgd["+pid+"]: ")
		b = append(b, "UI_LOGIN_EVENT: User '"...)
		b = append(b, login...)
		b = append(b, "' login, class 'j-super-user' ["+pid+"], ssh-connection '"+admin+" "+lp+" 192.0.2.1 22', client-mode 'cli'"...)
		return Record{Line: b}
	}
	userField := user + "(" + roles + ")"
	pkts, bytesIn := g.num(1, 900), g.num(40, 9999999)
	if structured {
		code := map[string]string{"RT_FLOW_SESSION_CREATE": "40", "RT_FLOW_SESSION_CLOSE": "40", "RT_FLOW_SESSION_DENY": "40"}[ev]
		b = append(b, "RT_FLOW - "+ev+" [junos@2636.1.1.1.2."+code+" source-address=\""+src+"\" source-port=\""...)
		b = g.keep(b, "port", sp, sp+"\"")
		b = append(b, " destination-address=\""+dst+"\" destination-port=\""+dp+"\" connection-tag=\"0\" service-name=\""+svc+"\""...)
		if ev != "RT_FLOW_SESSION_DENY" {
			b = append(b, " nat-source-address=\""+natSrc+"\" nat-source-port=\""+natSp+"\" nat-destination-address=\""+dst+"\" nat-destination-port=\""+dp+"\""...)
		}
		b = append(b, " protocol-id=\"6\" policy-name=\""+policy+"\" source-zone-name=\"trust\" destination-zone-name=\"untrust\" session-id-32=\""...)
		b = g.keep(b, "counter", sess, sess+"\"")
		if ev == "RT_FLOW_SESSION_CLOSE" {
			b = append(b, " reason=\"TCP FIN\" packets-from-client=\""+pkts+"\" bytes-from-client=\""...)
			b = g.keep(b, "bytes", bytesIn, bytesIn+"\"")
			b = append(b, " elapsed-time=\""+g.num(1, 3600)+"\""...)
		}
		b = append(b, " username=\""...)
		if userPlant {
			b = g.plant(b, "name", user, "")
		} else {
			b = append(b, user...)
		}
		b = append(b, "\" roles=\""+roles+"\" packet-incoming-interface=\""...)
		b = g.keep(b, "iface", iface, "")
		b = append(b, "\" application=\"UNKNOWN\" nested-application=\"UNKNOWN\" encrypted=\"No\" application-category=\"N/A\"]"...)
		return Record{Line: b}
	}
	b = append(b, "RT_FLOW: "+ev+": "...)
	sa := src + "/" + sp
	da := dst + "/" + dp
	switch ev {
	case "RT_FLOW_SESSION_CREATE":
		b = append(b, "session created "+sa+"->"+da+" 0x0 "+svc+" "+natSrc+"/"+natSp+"->"+da+" 0x0 source rule r1 N/A N/A 6 "+policy+" trust untrust "...)
	case "RT_FLOW_SESSION_CLOSE":
		b = append(b, "session closed TCP FIN: "+sa+"->"+da+" 0x0 "+svc+" "+natSrc+"/"+natSp+"->"+da+" 0x0 source rule r1 N/A N/A 6 "+policy+" trust untrust "...)
	default:
		b = append(b, "session denied "+sa+"->"+da+" 0x0 "+svc+" 6(0) "+policy+" trust untrust "...)
	}
	g.keepAt("port", sp, "/"+sp+"->")
	b = g.keep(b, "counter", sess, sess+" ")
	if ev == "RT_FLOW_SESSION_CLOSE" {
		b = append(b, pkts+"("...)
		b = g.keep(b, "bytes", bytesIn, bytesIn+")")
		b = append(b, " "+g.num(1, 900)+"("+g.num(40, 9999999)+") "+g.num(1, 3600)+" UNKNOWN UNKNOWN "...)
	}
	if userPlant {
		b = g.plant(b, "name", user, "")
		b = append(b, "("+roles+")"...)
	} else {
		b = append(b, userField...)
	}
	b = append(b, ' ')
	b = g.keep(b, "iface", iface, "")
	b = append(b, " UNKNOWN UNKNOWN N/A No N/A N/A -1 N/A N/A"...)
	return Record{Line: b}
}

func (g *gen) mikrotikLine(st *streamState) Record {
	b := make([]byte, 0, 300)
	t := g.now.UTC()
	if st.variant%2 == 0 {
		// Remote logging action to a syslog server (BSD format).
		day := strconv.Itoa(t.Day())
		if len(day) == 1 {
			day = " " + day
		}
		b = append(b, "<30>"+months[t.Month()-1]+" "+day+" "+t.Format("15:04:05")+" MikroTik "...)
	} else {
		// /log print and a disk action: time, topics, message.
		b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05"), "")
		b = append(b, ' ')
	}
	macColon := func() string {
		m := strings.ToUpper(strings.ReplaceAll(g.mac(), "-", ":"))
		g.plantAt("mac", m)
		return m
	}
	user := func(b []byte) []byte {
		return g.loginLabelled(b, false, []string{"admin", "api-backup", "oxidized"})
	}
	switch g.rng.IntN(8) {
	case 0, 1:
		chain := pick(g, []string{"input", "forward"})
		pre := pick(g, []string{"", "DROP-WAN ", "GUEST ", "fw-log "})
		src := g.clientAddr(chain == "forward")
		sp := g.num(1024, 65535)
		b = append(b, "firewall,info "+pre+chain+": in:"+pick(g, []string{"bridge", "ether2", "vlan10-guest"})+" out:"+pick(g, []string{"ether1", "pppoe-out1", "(unknown 0)"})+", connection-state:new src-mac "+macColon()+", proto TCP (SYN), "+src...)
		g.keepAt("port", sp, ":"+sp+"->")
		b = append(b, ":"+sp+"->203.0.113."+g.num(1, 254)+":"+pick(g, []string{"443", "80", "8291", "22"})+", len "+g.num(40, 1500)...)
	case 2:
		b = append(b, "system,info,account user "...)
		b = user(b)
		b = append(b, " logged in from "+g.clientAddr(g.pct(50))+" via "+pick(g, []string{"winbox", "ssh", "web", "api"})...)
	case 3:
		b = append(b, "system,error,critical login failure for user "...)
		b = user(b)
		b = append(b, " from "+g.clientAddr(false)+" via "+pick(g, []string{"ssh", "winbox", "telnet"})...)
	case 4:
		ip := g.clientAddr(true)
		m := macColon()
		b = append(b, "dhcp,info "+pick(g, []string{"defconf", "dhcp1", "guest-dhcp"})+" assigned "+ip+" for "+m...)
		if g.pct(70) {
			b = append(b, ' ')
			b = append(b, g.dhcpHost()...)
		}
	case 5:
		ip := g.clientAddr(true)
		b = append(b, "hotspot,account,info,debug "...)
		b = g.loginLabelled(b, true, []string{"guest", "T-" + strings.ToUpper(g.hexID(6))})
		b = append(b, " ("+ip+"): "+pick(g, []string{"logged in", "logged out: keepalive timeout", "login failed: invalid username or password"})...)
	case 6:
		login := g.personLogin()
		ifn := "<pppoe-" + login + ">"
		g.plantAt("name", login)
		if g.pct(50) {
			b = append(b, "pppoe,ppp,info "+ifn+": authenticated"...)
		} else {
			b = append(b, "pppoe,ppp,info,account "+login+" logged in, "+g.clientAddr(false)...)
		}
	default:
		m := macColon()
		b = append(b, "wireless,info "+m+"@wlan"+g.num(1, 2)+": "+pick(g, []string{"connected, signal strength -" + g.num(40, 85), "disconnected, received deauth: sending station leaving (3)", "connected, signal strength -61, wpa2"})...)
	}
	return Record{Line: b}
}

func (g *gen) sophosLine() Record {
	b := make([]byte, 0, 1200)
	t := g.now.UTC()
	b = append(b, `device="SFW" date=`+t.Format("2006-01-02")+` time=`+t.Format("15:04:05")+` timezone="UTC" device_name="XG230" device_id=`...)
	serial := "C4" + strings.ToUpper(g.chars(11, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
	b = g.keep(b, "serial", serial, serial)
	src := g.clientAddr(true)
	mac := strings.ToUpper(strings.ReplaceAll(g.mac(), "-", ":"))
	g.plantAt("mac", mac)
	user := func(b []byte) []byte {
		b = append(b, ` user_name="`...)
		if g.pct(70) {
			u := g.nacIdentity()
			if u.machine {
				b = g.keep(b, "account", "kiosk01", "")
			} else if g.pct(30) {
				b = g.plant(b, "email", u.upn, "")
			} else {
				b = g.plant(b, "name", u.login, "")
			}
		}
		return append(b, `"`...)
	}
	switch g.rng.IntN(3) {
	case 0:
		logid := "0101016" + g.digits(5)
		b = g.keep(b, "requestid", logid, " log_id="+logid)
		b = append(b, ` log_type="Firewall" log_component="Firewall Rule" log_subtype="Allowed" status="Allow" priority=Information duration=`+g.num(1, 3600)+` fw_rule_id=`+g.num(1, 90)+` policy_type=1`...)
		b = user(b)
		b = append(b, ` user_gp="Staff" iap=0 in_interface="Port1" out_interface="Port2" src_mac=`+mac+` src_ip=`+src+` src_country_code=R1 dst_ip=203.0.113.`+g.num(1, 254)+` dst_country_code=USA protocol="TCP" src_port=`...)
		sp := g.num(1024, 65535)
		b = g.keep(b, "port", sp, sp+" ")
		b = append(b, `dst_port=443 sent_pkts=`+g.num(1, 999)+` recv_pkts=`+g.num(1, 999)+` sent_bytes=`...)
		sb := g.num(100, 9999999)
		b = g.keep(b, "bytes", sb, sb)
		b = append(b, ` recv_bytes=`+g.num(100, 9999999)+` tran_src_ip=198.51.100.2 tran_src_port=`+g.num(1024, 65535)+` srczonetype="LAN" srczone="LAN" dstzonetype="WAN" dstzone="WAN" connevent="Stop" connid="`+g.num(100000000, 999999999)+`"`...)
	case 1:
		logid := "0502110" + g.digits(5)
		b = g.keep(b, "requestid", logid, " log_id="+logid)
		b = append(b, ` log_type="Content Filtering" log_component="HTTP" log_subtype="Denied" status="" priority=Warning fw_rule_id=`+g.num(1, 90)...)
		b = user(b)
		b = append(b, ` user_gp="Staff" category="Gambling" category_type="Objectionable" url="https://casino.example.net/`...)
		if g.pct(40) {
			f, l := g.name()
			e := g.email(f, l)
			b = append(b, "signup?email="...)
			b = g.plant(b, "email", e, pctEnc(e, false, false))
		}
		b = append(b, `" contenttype="text/html" src_ip=`+src+` dst_ip=203.0.113.`+g.num(1, 254)+` protocol="TCP" src_port=`+g.num(1024, 65535)+` dst_port=443 src_mac=`+mac...)
	default:
		logid := "0629170" + g.digits(5)
		b = g.keep(b, "requestid", logid, " log_id="+logid)
		b = append(b, ` log_type="Event" log_component="Firewall Authentication" log_subtype="Authentication" status="`+pick(g, []string{"Successful", "Failed"})+`" priority=Information`...)
		b = user(b)
		b = append(b, ` usergroupname="Staff" auth_client="`+pick(g, []string{"Clientless", "SSO", "CTA", "Web Client"})+`" auth_mechanism="AD" src_ip=`+src+` src_mac=`+mac+` message="User authenticated successfully" name=""`...)
	}
	return Record{Line: b}
}
