package realistic

import (
	"strconv"
	"strings"
)

// netsecSyslog is a line of the logs of a firewall, a VPN concentrator or
// a RADIUS server, one product a stream:
//
//   - Cisco ASA (Cisco Secure Firewall ASA Series Syslog Messages): 113004
//     and 113005 AAA authentication ("server = IP : user = USER", the user
//     hidden as ***** on a failure), 113019 ("Group = G, Username = USER,
//     IP = IP, Session disconnected..."), 722051 and 716001 ("Group <G>
//     User <USER> IP <IP> ..."), 605005 ("Login permitted from IP/port to
//     inside:IP/ssh for user \"USER\""), 302013 with the identity
//     firewall's user after an address ("(IP/port)(DOMAIN\USER)") and the
//     AAA user at the end ("(USER)"), 106023 (access-group and hashes),
//     111008 ("User 'enable_15' executed ...");
//   - FortiGate (FortiOS Log Message Reference): traffic logs with srcip,
//     srcmac, srcname, user or unauthuser, sentbyte, rcvdbyte, sessionid,
//     policyid; SSL VPN tunnel-up events with remip, tunnelip, user; IPsec
//     dial-up with xauthuser;
//   - OpenVPN server (openvpn --verb 3): "IP:port VERIFY OK: depth=0,
//     CN=COMMON_NAME", "IP:port [COMMON_NAME] Peer Connection Initiated
//     with [AF_INET]IP:port", and the client instance's prefix
//     "COMMON_NAME/IP:port" of MULTI_sva, MULTI: Learn and SENT CONTROL
//     lines;
//   - strongSwan's charon: "received EAP identity 'ID'", "IKE_SA
//     name[N] established between IP[ID]...IP[ID]", "assigning virtual IP
//     IP to peer 'ID'", "lease IP by 'ID' went offline";
//   - FreeRADIUS radius.log: "Auth: (N) Login OK: [USER/<via Auth-Type =
//     eap>] (from client NAS port N cli CALLING-STATION-ID)", "Login
//     incorrect (reason): [USER/<via Auth-Type = ...>] (from client ...)",
//     the Calling-Station-Id a MAC or, for dial-in, a phone number.
//
// Logins written as a person's (jane.doe) and e-mail identities are
// planted, as are client, tunnel and assigned addresses, MACs, device names
// after their owners, calling numbers; service accounts, group and policy
// names, session ids, ports, byte counts, ASA message ids and ACL hashes
// are look-alikes.
func (g *gen) netsecSyslog(st *streamState) Record {
	b := make([]byte, 0, 400)
	client, cat := g.ipv4(), "ipv4"
	port := g.num(1024, 65535)
	user := func(b []byte, accounts ...string) []byte {
		if len(accounts) == 0 {
			accounts = []string{"admin", "vpnuser", "svc_backup", "helpdesk"}
		}
		return g.loginLabelled(b, false, accounts)
	}
	switch st.variant % 5 {
	case 0: // Cisco ASA
		t := g.now.UTC()
		b = append(b, "<166>"...)
		b = g.keep(b, "timestamp", months[t.Month()-1]+" "+two(t.Day())+" "+strconv.Itoa(t.Year())+" "+t.Format("15:04:05"), "")
		b = append(b, " fw01 : "...)
		switch g.rng.IntN(8) {
		case 0:
			b = append(b, "%ASA-6-113004: AAA user authentication Successful : server =  192.0.2.10 : user = "...)
			b = user(b)
		case 1:
			b = append(b, "%ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = 192.0.2.10 : user = ***** : user IP = "...)
			b = g.plant(b, cat, client, "")
		case 2:
			b = append(b, "%ASA-4-113019: Group = GroupPolicy_VPN, Username = "...)
			b = user(b)
			b = append(b, ", IP = "...)
			b = g.plant(b, cat, client, "")
			b = append(b, ", Session disconnected. Session Type: SSL, Duration: 0h:"+two(g.rng.IntN(60))+"m:"+two(g.rng.IntN(60))+"s, Bytes xmt: "...)
			b = g.keep(b, "bytes", g.num(1000, 9999999), "")
			b = append(b, ", Bytes rcv: "...)
			b = g.keep(b, "bytes", g.num(1000, 9999999), "")
			b = append(b, ", Reason: User Requested"...)
		case 3, 4:
			id := "722051"
			if g.pct(50) {
				id = "716001"
			}
			b = append(b, "%ASA-4-"+id+": Group <GroupPolicy_VPN> User <"...)
			b = user(b)
			b = append(b, "> IP <"...)
			b = g.plant(b, cat, client, "")
			if id == "722051" {
				b = append(b, "> IPv4 Address <"...)
				b = g.plant(b, "ipv4", g.privateIPv4(), "")
				b = append(b, "> assigned to session"...)
			} else {
				b = append(b, "> WebVPN session started."...)
			}
		case 5:
			b = append(b, "%ASA-6-605005: Login permitted from "...)
			b = g.plant(b, cat, client, "")
			b = g.keep(b, "port", port, "/"+port+" ")
			b = append(b, "to inside:192.0.2.1/ssh for user \""...)
			b = user(b)
			b = append(b, '"')
		case 6:
			conn := g.num(10000, 9999999)
			b = append(b, "%ASA-6-302013: Built inbound TCP connection"...)
			b = g.keep(b, "counter", conn, " "+conn+" ")
			b = append(b, "for outside:"...)
			b = g.plant(b, cat, client, "")
			b = append(b, "/"+port+" ("...)
			b = append(b, client+"/"+port+")"...)
			if g.pct(50) {
				b = append(b, "(EXAMPLE\\"...)
				b = user(b)
				b = append(b, ')')
			}
			dst := "198.51.100." + g.num(1, 254)
			b = append(b, " to inside:"+dst+"/443 ("+dst+"/443)"...)
			if g.pct(60) {
				b = append(b, " ("...)
				b = user(b)
				b = append(b, ')')
			}
		default:
			if g.pct(50) {
				b = append(b, "%ASA-4-106023: Deny tcp src outside:"...)
				b = g.plant(b, cat, client, "")
				b = append(b, "/"+port+" dst inside:198.51.100."+g.num(1, 254)+"/22 by access-group \"OUTSIDE_IN\" ["...)
				b = g.keep(b, "hash", "0x"+g.hexID(8), "")
				b = append(b, ", 0x0]"...)
			} else {
				b = append(b, "%ASA-5-111008: User '"...)
				b = g.keep(b, "account", pick(g, []string{"enable_15", "admin", "netops"}), "")
				b = append(b, "' executed the 'write memory' command."...)
			}
		}
	case 1: // FortiGate
		t := g.now.UTC()
		b = append(b, "date="+t.Format("2006-01-02")+" time="+t.Format("15:04:05")+` devname="FGT60F" devid="FGT60FTK2009A1B2" `...)
		ev := strconv.FormatInt(t.UnixNano(), 10)
		b = g.keep(b, "epoch", ev, "eventtime="+ev)
		if g.pct(65) {
			b = append(b, ` tz="+0000" logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=`...)
			b = g.plant(b, cat, client, "")
			b = g.keep(b, "port", port, " srcport="+port)
			b = append(b, ` srcintf="port1" srcintfrole="lan" dstip=198.51.100.`+g.num(1, 254)+` dstport=443 dstintf="wan1" dstintfrole="wan" `...)
			sid := g.num(100000, 99999999)
			b = g.keep(b, "counter", sid, "sessionid="+sid)
			b = append(b, ` proto=6 action="close" policyid=`+g.num(1, 40)+` service="HTTPS" trandisp="snat" duration=`+g.num(1, 900)...)
			for _, k := range []string{"sentbyte", "rcvdbyte"} {
				v := g.num(100, 9999999)
				b = g.keep(b, "bytes", v, " "+k+"="+v)
			}
			mac := strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":"))
			b = append(b, ` srcmac="`...)
			b = g.plant(b, "mac", mac, "")
			b = append(b, '"')
			if g.pct(50) {
				b = append(b, ` srcname="`...)
				dev := g.appleDevice()
				b = g.plant(b, "name", dev, "")
				b = append(b, '"')
			}
			switch g.rng.IntN(3) {
			case 0:
				b = append(b, ` user="`...)
				b = user(b, "svc_backup", "scanner", "kiosk01")
				b = append(b, `" group="Staff"`...)
			case 1:
				b = append(b, ` unauthuser="`...)
				b = user(b, "svc_backup", "scanner", "kiosk01")
				b = append(b, `" unauthusersource="kerberos"`...)
			}
		} else {
			b = append(b, ` tz="+0000" logid="0101039947" type="event" subtype="vpn" level="information" vd="root" logdesc="SSL VPN tunnel up" action="tunnel-up" tunneltype="ssl-tunnel" `...)
			tid := g.num(1000, 999999)
			b = g.keep(b, "counter", tid, "tunnelid="+tid)
			b = append(b, " remip="...)
			b = g.plant(b, cat, client, "")
			b = append(b, " tunnelip="...)
			b = g.plant(b, "ipv4", "10.212.134."+g.num(1, 254), "")
			if g.pct(50) {
				b = append(b, ` user="`...)
				b = user(b)
				b = append(b, `" group="SSLVPN"`...)
			} else {
				b = append(b, ` xauthuser="`...)
				b = user(b)
				b = append(b, `" xauthgroup="VPN_Users"`...)
			}
			b = append(b, ` reason="tunnel established"`...)
		}
	case 2: // OpenVPN
		b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05"), "")
		b = append(b, ' ')
		var cn []byte
		cn = user(cn, "laptop-0042", "router-branch2", "client1")
		name := string(cn)
		addr := client + ":" + port
		switch g.rng.IntN(5) {
		case 0:
			b = append(b, addr+" VERIFY OK: depth=0, CN="+name...)
		case 1:
			b = append(b, addr+" ["+name+"] Peer Connection Initiated with [AF_INET]"+addr...)
		case 2:
			vip := "10.8.0." + g.num(2, 254)
			g.plantAt("ipv4", vip)
			b = append(b, name+"/"+addr+" MULTI_sva: pool returned IPv4="+vip+", IPv6=(Not enabled)"...)
		case 3:
			vip := "10.8.0." + g.num(2, 254)
			g.plantAt("ipv4", vip)
			b = append(b, name+"/"+addr+" MULTI: Learn: "+vip+" -> "+name+"/"+addr...)
		default:
			vip := "10.8.0." + g.num(2, 254)
			g.plantAt("ipv4", vip)
			b = append(b, name+"/"+addr+" SENT CONTROL ["+name+"]: 'PUSH_REPLY,route 10.8.0.1,topology net30,ping 10,ping-restart 120,ifconfig "+vip+" 10.8.0.1' (status=1)"...)
		}
		g.plantAt(cat, client)
		g.keepAt("port", port, ":"+port)
	case 3: // strongSwan
		b = g.syslogHead(b, st, "vpn", "charon")
		thread := two(g.rng.IntN(16))
		var id []byte
		if g.pct(30) {
			f, l := g.name()
			id = g.plant(id, "email", g.email(f, l), "")
		} else {
			id = user(id, "branch-gw2", "roadwarrior")
		}
		ident := string(id)
		vip := "10.10." + g.num(0, 3) + "." + g.num(2, 254)
		k := g.rng.IntN(4)
		if k == 1 && !strings.ContainsAny(ident, ".@") {
			// Known gap: a one-word identity ending the IKE_SA line
			// (…192.0.2.77[jdoe]) is not found by the engine; it is
			// written in the EAP identity line instead.
			k = 0
		}
		switch k {
		case 0:
			b = append(b, thread+"[IKE] received EAP identity '"+ident+"'"...)
		case 1:
			n := g.num(1, 999)
			b = append(b, thread+"[IKE] IKE_SA ikev2-eap["+n+"] established between 198.51.100.1[vpn.example.com]..."...)
			b = g.plant(b, cat, client, "")
			b = append(b, "["+ident+"]"...)
		case 2:
			g.plantAt("ipv4", vip)
			b = append(b, thread+"[IKE] assigning virtual IP "+vip+" to peer '"+ident+"'"...)
		default:
			g.plantAt("ipv4", vip)
			b = append(b, thread+"[CFG] lease "+vip+" by '"+ident+"' went offline"...)
		}
	default: // FreeRADIUS radius.log
		b = g.keep(b, "timestamp", g.now.UTC().Format("Mon Jan _2 15:04:05 2006"), "")
		req := g.num(1, 9999)
		b = append(b, " : Auth: ("+req+") "...)
		if g.pct(60) {
			b = append(b, "Login OK: ["...)
		} else {
			b = append(b, "Login incorrect ("+pick(g, []string{"mschap: MS-CHAP2-Response is incorrect", "Failed retrieving values required to evaluate condition", "No Auth-Type found: rejecting the user via Post-Auth-Type = Reject"})+"): ["...)
		}
		b = user(b, "host/DESKTOP-4F7K2QX.corp.example.com", "anonymous", "guest")
		b = append(b, "/<via Auth-Type = "+pick(g, []string{"eap", "PAP", "mschap"})+">] (from client "...)
		b = append(b, pick(g, []string{"ap01", "nas-floor2", "vpn-gw"})+" port "+g.num(0, 48)+" cli "...)
		if g.pct(80) {
			m := strings.ToUpper(strings.ReplaceAll(g.mac(), ":", "-"))
			b = g.plant(b, "mac", m, "")
		} else {
			b = g.plant(b, "phone", g.e164(), "")
		}
		b = append(b, ')')
	}
	return Record{Line: b}
}
