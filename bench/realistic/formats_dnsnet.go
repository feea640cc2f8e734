package realistic

import (
	"strconv"
	"strings"
)

// DNS resolvers other than BIND, one product a stream, as their query logs
// are documented:
//
//   - Unbound (unbound.conf: log-queries, log-replies; logfile lines
//     "[epoch] unbound[pid:thread] info: IP name. TYPE CLASS" and, for a
//     reply, the rcode, the time taken, whether it came from the cache and
//     the reply's size);
//   - dnsmasq with log-queries (and log-queries=extra: a serial number and
//     the client's address/port): "query[TYPE] name from IP", "forwarded
//     name to server", "reply name is answer", "cached name is answer",
//     "/etc/hosts name is address", "config name is NXDOMAIN";
//   - Pi-hole's pihole.log, which is dnsmasq's with FTL's own lines:
//     "gravity blocked name is 0.0.0.0", "regex denied", "exactly denied";
//   - CoreDNS's log plugin in its default (common) format:
//     {remote}:{port} - {>id} "{type} {class} {name} {proto} {size} {>do}
//     {>bufsize}" {rcode} {>rflags} {rsize} {duration}, IPv6 remotes in
//     brackets;
//   - PowerDNS Recursor with quiet=no: "question for 'name|TYPE' from
//     IP:port";
//   - the Windows DNS Server debug log (dns.log): date, time, thread id,
//     PACKET, the packet's internal id, UDP/TCP, Snd/Rcv, the remote IP, the
//     xid in hex, R for a response, the opcode, [flags hex, flag chars,
//     rcode], the question type and the name as (length)label...(0).
//
// Personal: the client's address; reverse (PTR) lookups of a client's
// address; host names a device takes from its owner: an Apple device's
// (Annas-iPhone.local, annas-macbook-pro.lan) and a PC named after the
// person who uses it (jane-doe-laptop.corp.example.com,
// JOHN-SMITH-PC.corp.example.com). Kept: the names of services and
// infrastructure (www.example.com, _ldap._tcp.dc._msdcs.corp.example.com,
// dc01.corp.example.com, printer and meeting-room names), record types,
// ports, transaction ids, sizes, durations, serials and the resolvers' own
// upstream servers.

// infraNames are the names of services and of an organisation's own
// infrastructure: look-alikes that stay.
var infraNames = []string{
	"dc01.corp.example.com", "_ldap._tcp.dc._msdcs.corp.example.com", "wpad.corp.example.com",
	"printer-3f.corp.example.com", "confroom-berlin-pc.corp.example.com", "build-agent-07.corp.example.com",
	"vpn.example.net", "_kerberos._udp.corp.example.com", "kiosk-lobby.corp.example.com", "time.windows.com",
	"connectivity-check.ubuntu.com", "ocsp.digicert.com",
}

// personHost returns a host name that carries a person's name and the
// name as it is planted: an Apple device's (appleDevice) under .local or
// .lan, or a PC named after its user (jane-doe-laptop, JOHN-SMITH-PC,
// jsmith-desktop).
func (g *gen) personHost() (host, planted string) {
	if g.pct(45) {
		d := g.appleDevice()
		return d + pick(g, []string{".local", ".lan", ".fritz.box"}), d[:strings.LastIndex(d, "s-")+1]
	}
	f, l := g.name()
	f, l = strings.ToLower(ascii(f)), strings.ToLower(ascii(l))
	who := f + "-" + l
	if g.pct(25) {
		who = f[:1] + l
	}
	suffix := pick(g, []string{"-laptop", "-pc", "-desktop", "-mbp", "-notebook"})
	h := who + suffix
	if suffix == "-pc" && g.pct(60) {
		h = strings.ToUpper(h)
		who = strings.ToUpper(who)
	}
	return h + pick(g, []string{".corp.example.com", ".corp.example", ".lan", ""}), who
}

// dnsQuestion picks the name a client asks about, with its type, planting
// or keeping it: a service's name (kept), a reverse lookup of a client's
// address (planted), or a person's host name (planted).
func (g *gen) dnsQuestion() (name, qtype string) {
	switch n := g.rng.IntN(10); {
	case n < 2:
		a, c := g.clientIP()
		name = reverseName(a)
		g.plantAt(c, name)
		return name, "PTR"
	case n < 4:
		h, who := g.personHost()
		g.plantAt("name", who)
		return h, pick(g, []string{"A", "AAAA", "A"})
	case n < 6:
		name = pick(g, infraNames)
	default:
		name = pick(g, dnsNames)
	}
	g.keepAt("host", name)
	qtype = pick(g, []string{"A", "AAAA", "A", "HTTPS", "SRV", "TXT", "MX"})
	if strings.HasPrefix(name, "_") {
		qtype = "SRV"
	}
	return name, qtype
}

// dnsResolvers is one query log line of the stream's product.
func (g *gen) dnsResolvers(st *streamState) Record {
	switch st.variant % 6 {
	case 0:
		return g.unboundLine()
	case 1:
		return g.dnsmasqLine(false)
	case 2:
		return g.corednsLine()
	case 3:
		return g.pdnsRecursorLine(st)
	case 4:
		return g.windowsDNSLine()
	}
	return g.dnsmasqLine(true)
}

func (g *gen) unboundLine() Record {
	b := make([]byte, 0, 200)
	b = append(b, '[')
	b = g.keep(b, "epoch", strconv.FormatInt(g.now.Unix(), 10), "")
	b = append(b, "] "...)
	pid := g.num(400, 9999)
	b = g.keep(b, "counter", pid, "unbound["+pid+":"+g.num(0, 3)+"]")
	ip, cat := g.clientIP()
	name, qtype := g.dnsQuestion()
	if g.pct(50) {
		b = append(b, " info: "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " "+name+". "+qtype+" IN"...)
		return Record{Line: b}
	}
	b = append(b, " reply: "...)
	b = g.plant(b, cat, ip, "")
	b = append(b, " "+name+". "+qtype+" IN "+pick(g, []string{"NOERROR", "NOERROR", "NXDOMAIN", "SERVFAIL"})+" "...)
	b = g.keep(b, "duration", "0."+g.digits(6), "")
	b = append(b, ' ')
	b = append(b, pick(g, []string{"0", "1"})...)
	sz := g.num(40, 600)
	b = g.keep(b, "bytes", sz, " "+sz)
	return Record{Line: b}
}

// dnsmasqLine writes a dnsmasq log-queries line behind a syslog header; in
// Pi-hole's pihole.log (pihole set) also FTL's blocking lines.
func (g *gen) dnsmasqLine(pihole bool) Record {
	b := make([]byte, 0, 200)
	t := g.now.UTC()
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	b = g.keep(b, "timestamp", months[t.Month()-1]+" "+day+" "+two(t.Hour())+":"+two(t.Minute())+":"+two(t.Second()), "")
	pid := g.num(300, 9999)
	b = g.keep(b, "counter", pid, " dnsmasq["+pid+"]: ")
	ip, cat := g.clientIP()
	if g.pct(35) {
		// log-queries=extra: the query's serial and the client's
		// address/port.
		ser := g.num(1, 99999)
		b = g.keep(b, "counter", ser, ser+" ")
		b = g.plant(b, cat, ip, "")
		port := g.num(1024, 65535)
		b = g.keep(b, "port", port, "/"+port+" ")
	}
	np, nk := len(g.plants), len(g.keeps)
	name, qtype := g.dnsQuestion()
	switch n := g.rng.IntN(10); {
	case n < 4:
		b = append(b, "query["+qtype+"] "+name+" from "...)
		b = g.plant(b, cat, ip, "")
	case n < 6:
		b = append(b, "forwarded "+name+" to "...)
		b = append(b, pick(g, []string{"1.1.1.1", "9.9.9.9", "127.0.0.1#5335", "2620:fe::fe"})...)
	case n < 8 && pihole:
		b = append(b, pick(g, []string{"gravity blocked ", "regex denied ", "exactly denied "})+name+" is "...)
		b = append(b, pick(g, []string{"0.0.0.0", "::"})...)
	case n < 8:
		b = append(b, pick(g, []string{"reply ", "cached "})+name+" is "...)
		if qtype == "PTR" {
			h, who := g.personHost()
			g.plantAt("name", who)
			b = append(b, h...)
		} else {
			b = append(b, pick(g, []string{"<CNAME>", "NODATA", "NXDOMAIN", "93.184.216.34", "2606:2800:220:1::248"})...)
		}
	default:
		// A host known from /etc/hosts or a DHCP lease: the device
		// and its address, in place of the question.
		g.plants, g.keeps = g.plants[:np], g.keeps[:nk]
		h, who := g.personHost()
		g.plantAt("name", who)
		b = append(b, pick(g, []string{"/etc/hosts ", "DHCP "})+h+" is "...)
		b = g.plant(b, cat, ip, "")
	}
	return Record{Line: b}
}

func (g *gen) corednsLine() Record {
	b := make([]byte, 0, 200)
	b = append(b, "[INFO] "...)
	ip, cat := g.clientIP()
	if cat == "ipv6" {
		b = append(b, '[')
		b = g.plant(b, cat, ip, "")
		b = append(b, ']')
	} else {
		b = g.plant(b, cat, ip, "")
	}
	port := g.num(1024, 65535)
	b = g.keep(b, "port", port, ":"+port+" ")
	id := g.num(1, 65535)
	b = g.keep(b, "counter", id, "- "+id+" ")
	name, qtype := g.dnsQuestion()
	proto := pick(g, []string{"udp", "udp", "tcp"})
	sz := g.num(30, 90)
	b = append(b, "\""+qtype+" IN "+name+". "+proto+" "+sz+" "+pick(g, []string{"false", "true"})+" "+pick(g, []string{"512", "1232", "4096"})+"\" "...)
	b = append(b, pick(g, []string{"NOERROR", "NOERROR", "NXDOMAIN"})+" "+pick(g, []string{"qr,rd,ra", "qr,aa,rd", "qr,rd"})+" "...)
	rs := g.num(60, 600)
	b = g.keep(b, "bytes", rs, rs+" ")
	b = g.keep(b, "duration", "0.00"+g.digits(7)+"s", "")
	return Record{Line: b}
}

func (g *gen) pdnsRecursorLine(st *streamState) Record {
	b := make([]byte, 0, 200)
	b = g.syslogHead(b, st, "resolver-1", "pdns_recursor")
	ip, cat := g.clientIP()
	name, qtype := g.dnsQuestion()
	b = append(b, g.num(0, 3)+" ["...)
	b = g.keep(b, "counter", g.num(1, 999), "")
	b = append(b, "/"+g.num(1, 4)+"] question for '"+name+"|"+qtype+"' from "...)
	if cat == "ipv6" {
		b = append(b, '[')
		b = g.plant(b, cat, ip, "")
		b = append(b, ']')
	} else {
		b = g.plant(b, cat, ip, "")
	}
	port := g.num(1024, 65535)
	return Record{Line: g.keep(b, "port", port, ":"+port)}
}

// windowsDNSLine writes a dns.log packet line; the name in wire form
// (RFC 1035 4.1.2) with each label's length in parentheses.
func (g *gen) windowsDNSLine() Record {
	b := make([]byte, 0, 200)
	t := g.now.UTC()
	h, ampm := t.Hour()%12, "AM"
	if h == 0 {
		h = 12
	}
	if t.Hour() >= 12 {
		ampm = "PM"
	}
	ts := strconv.Itoa(int(t.Month())) + "/" + strconv.Itoa(t.Day()) + "/" + strconv.Itoa(t.Year()) + " " +
		strconv.Itoa(h) + ":" + two(t.Minute()) + ":" + two(t.Second()) + " " + ampm
	b = g.keep(b, "timestamp", ts, "")
	b = append(b, ' ')
	b = g.keep(b, "counter", strings.ToUpper(g.chars(4, hexDigits)), "")
	b = append(b, " PACKET  "...)
	b = g.keep(b, "hash", "0000"+strings.ToUpper(g.hexID(12)), "")
	ip, cat := g.clientIP()
	b = append(b, " "+pick(g, []string{"UDP", "UDP", "TCP"})+" "+pick(g, []string{"Rcv", "Snd"})+" "...)
	b = g.plant(b, cat, ip, "")
	b = append(b, strings.Repeat(" ", max(1, 16-len(ip)))...)
	xid := g.chars(4, hexDigits)
	b = g.keep(b, "counter", xid, " "+xid+" ")
	resp := g.pct(50)
	if resp {
		b = append(b, "R Q ["...)
		b = append(b, pick(g, []string{"8081   DR  NOERROR", "8385 A DR NXDOMAIN", "8281   DR SERVFAIL"})...)
	} else {
		b = append(b, "  Q [0001   D   NOERROR"...)
	}
	b = append(b, "] "...)
	// The question: encode the name after dnsQuestion labelled it.
	n0 := len(g.plants)
	name, qtype := g.dnsQuestion()
	wire := wireName(name)
	if len(g.plants) > n0 && qtype == "PTR" {
		g.plants[len(g.plants)-1] = Value{Category: g.plants[len(g.plants)-1].Category, Text: wire, Forms: []string{wire}}
	}
	if len(g.keeps) > 0 && g.keeps[len(g.keeps)-1].Text == name {
		g.keeps[len(g.keeps)-1] = Value{Category: "host", Text: wire, Forms: []string{wire}}
	}
	b = append(b, qtype+strings.Repeat(" ", max(1, 7-len(qtype)))...)
	b = append(b, wire...)
	return Record{Line: b}
}

// wireName writes a name as the Windows DNS debug log does: each label
// after its length in parentheses, then (0).
func wireName(name string) string {
	var b strings.Builder
	for _, l := range strings.Split(name, ".") {
		b.WriteString("(" + strconv.Itoa(len(l)) + ")" + l)
	}
	b.WriteString("(0)")
	return b.String()
}

// DHCP servers' logs, one server a stream:
//
//   - ISC dhcpd behind a syslog header (dhcpd.conf(5), dhcpd(8)):
//     "DHCPDISCOVER from MAC (host) via eth0", "DHCPOFFER on IP to MAC
//     (host) via eth0", "DHCPREQUEST for IP (server) from MAC (host) via
//     eth0", "DHCPACK on IP to MAC (host) via eth0", "DHCPRELEASE of IP
//     from MAC (host) via eth0 (found)", "DHCPINFORM from IP via eth0",
//     and the DNS updates "Added new forward map from host.domain to IP",
//     "Added reverse map from N.N.N.N.in-addr.arpa. to host.domain";
//   - Kea DHCPv4's text log ("YYYY-MM-DD HH:MM:SS.mmm INFO
//     [kea-dhcp4.leases/pid.tid] DHCP4_LEASE_ALLOC [hwtype=1 MAC],
//     cid=[01:MAC], tid=0x...: lease IP has been allocated for N
//     seconds", DHCP4_PACKET_RECEIVED, DHCP4_LEASE_ADVERT,
//     DHCP4_RELEASE, DHCP4_CLIENT_HOSTNAME_DATA) and, among them, the
//     control agent's JSON answers to lease4-get (arguments: ip-address, hw-address, client-id, hostname,
//     valid-lft, cltt, subnet-id, state, fqdn-fwd, fqdn-rev);
//   - dnsmasq's DHCP lines (dnsmasq-dhcp: "DHCPACK(eth0) IP MAC host";
//     log-dhcp's numbered lines: "client provides name:", "vendor class:",
//     "requested options:", "tags:").
//
// Personal: client addresses, MACs (also inside a client id 01:MAC), host
// names a device takes from its user (Annas-iPhone, JOHN-SMITH-PC), an
// Android device's android-<16 hex> name (derived from its ANDROID_ID).
// Kept: Windows' default DESKTOP-XXXXXXX names, printers' and appliances'
// names, interface names, lease times, transaction ids, subnet ids, vendor
// classes, option lists.

// dhcpHost writes a client's host name and labels it.
func (g *gen) dhcpHost() string {
	switch n := g.rng.IntN(10); {
	case n < 3:
		d := g.appleDevice()
		g.plantAt("name", d[:strings.LastIndex(d, "s-")+1])
		return d
	case n < 5:
		h, who := g.personHost()
		if i := strings.IndexByte(h, '.'); i >= 0 {
			h = h[:i]
		}
		g.plantAt("name", who)
		return h
	case n < 7:
		d := "android-" + g.hexID(16)
		g.plantAt("device_id", d)
		return d
	}
	h := pick(g, []string{"DESKTOP-" + g.chars(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "HPE1A2B3", "Chromecast",
		"raspberrypi", "NPI" + strings.ToUpper(g.hexID(6)), "SEP" + strings.ToUpper(g.hexID(12))})
	g.keepAt("host", h)
	return h
}

// clientID returns a DHCP client identifier as servers print it: the
// hardware type 01 and the MAC, lower case and colon-separated.
func clientID(mac string) string {
	return "01:" + strings.ToLower(strings.ReplaceAll(mac, "-", ":"))
}

// dhcpMAC returns a MAC as DHCP servers print a chaddr (lower case,
// colons) and plants it.
func (g *gen) dhcpMAC() string {
	m := strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":"))
	g.plantAt("mac", m)
	return m
}

// leaseIP returns a client's address from a LAN pool or a documentation
// range, planted.
func (g *gen) leaseIP() string {
	ip := g.ipv4()
	if g.pct(50) {
		ip = "192.168." + g.num(0, 20) + "." + g.num(2, 254)
	}
	g.plantAt("ipv4", ip)
	return ip
}

func (g *gen) dhcpServers(st *streamState) Record {
	switch st.variant % 3 {
	case 0:
		return g.iscDHCPD(st)
	case 1:
		if g.pct(30) {
			return g.keaJSON()
		}
		return g.keaText()
	}
	return g.dnsmasqDHCP()
}

func (g *gen) iscDHCPD(st *streamState) Record {
	b := make([]byte, 0, 200)
	b = g.syslogHead(b, st, "gw-1", "dhcpd")
	ifc := pick(g, []string{"eth0", "eth1", "ens192", "br0", "vlan20"})
	via := func() string {
		g.keepAt("iface", ifc, "via "+ifc)
		return " via " + ifc
	}
	client := func() string {
		c := g.dhcpMAC()
		if g.pct(80) {
			c += " (" + g.dhcpHost() + ")"
		}
		return c
	}
	switch g.rng.IntN(8) {
	case 0:
		b = append(b, "DHCPDISCOVER from "+client()+via()...)
	case 1:
		b = append(b, "DHCPOFFER on "+g.leaseIP()+" to "+client()+via()...)
	case 2:
		b = append(b, "DHCPREQUEST for "+g.leaseIP()+" (192.168.0.1) from "+client()+via()...)
	case 3:
		b = append(b, "DHCPACK on "+g.leaseIP()+" to "+client()+via()...)
	case 4:
		b = append(b, "DHCPRELEASE of "+g.leaseIP()+" from "+client()+via()+" (found)"...)
	case 5:
		b = append(b, "DHCPINFORM from "+g.leaseIP()+via()...)
	case 6:
		h, who := g.personHost()
		g.plantAt("name", who)
		if !strings.Contains(h, ".") {
			h += ".corp.example.com"
		}
		b = append(b, "Added new forward map from "+h+" to "+g.leaseIP()...)
	default:
		h, who := g.personHost()
		g.plantAt("name", who)
		if !strings.Contains(h, ".") {
			h += ".corp.example.com"
		}
		ip := "192.168." + g.num(0, 20) + "." + g.num(2, 254)
		rev := reverseName(ip)
		g.plantAt("ipv4", rev)
		b = append(b, "Added reverse map from "+rev+". to "+h...)
	}
	return Record{Line: b}
}

func (g *gen) keaHead(b []byte, msg string) []byte {
	t := g.now.UTC()
	b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05.000"), "")
	b = append(b, " INFO  [kea-dhcp4."...)
	pid := g.num(300, 9999)
	b = append(b, pick(g, []string{"leases", "packets", "dhcp4", "ddns"})...)
	b = g.keep(b, "counter", pid, "/"+pid+".")
	b = append(b, "1398"+g.digits(8)+"] "+msg+" "...)
	return b
}

func (g *gen) keaText() Record {
	b := make([]byte, 0, 260)
	mac := g.dhcpMAC()
	cid := "no info"
	if g.pct(60) {
		cid = clientID(mac)
		g.plantAt("mac", cid)
	}
	tid := "0x" + g.hexID(8)
	ident := func(b []byte) []byte {
		b = append(b, "[hwtype=1 "+mac+"], cid=["+cid+"], "...)
		return g.keep(b, "counter", tid, "tid="+tid+": ")
	}
	switch g.rng.IntN(5) {
	case 0:
		b = ident(g.keaHead(b, "DHCP4_LEASE_ALLOC"))
		lft := pick(g, []string{"4000", "3600", "86400", "7200"})
		b = append(b, "lease "+g.leaseIP()+" has been allocated for "...)
		b = g.keep(b, "duration", lft, lft+" seconds")
	case 1:
		b = ident(g.keaHead(b, "DHCP4_PACKET_RECEIVED"))
		ifc := pick(g, []string{"eth0", "ens3", "vlan10"})
		b = append(b, pick(g, []string{"DHCPDISCOVER (type 1)", "DHCPREQUEST (type 3)"})+" received from 0.0.0.0 to "...)
		b = g.keep(b, "netaddr", "255.255.255.255", "") // the limited broadcast address (RFC 919)
		b = append(b, " on interface "...)
		b = g.keep(b, "iface", ifc, "")
	case 2:
		b = ident(g.keaHead(b, "DHCP4_LEASE_ADVERT"))
		b = append(b, "lease "+g.leaseIP()+" will be advertised"...)
	case 3:
		b = ident(g.keaHead(b, "DHCP4_RELEASE"))
		b = append(b, "address "+g.leaseIP()+" was released properly."...)
	default:
		b = ident(g.keaHead(b, "DHCP4_CLIENT_HOSTNAME_DATA"))
		b = append(b, "client sent Hostname option: "+g.dhcpHost()...)
	}
	return Record{Line: b}
}

func (g *gen) keaJSON() Record {
	b := make([]byte, 0, 400)
	b = append(b, `{"arguments":{`...)
	mac := g.dhcpMAC()
	ip := g.leaseIP()
	b = jn(b, "cltt", strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(3600)), 10))
	cid := clientID(mac)
	g.plantAt("mac", cid)
	b = g.js(b, "client-id", cid)
	b = append(b, `,"fqdn-fwd":false,"fqdn-rev":false`...)
	b = g.js(b, "hostname", g.dhcpHost())
	b = g.js(b, "hw-address", mac)
	b = g.js(b, "ip-address", ip)
	b = jn(b, "state", "0")
	sub := g.num(1, 40)
	b = g.keep(b, "counter", sub, `,"subnet-id":`+sub)
	lft := pick(g, []string{"4000", "3600", "86400"})
	b = g.keep(b, "duration", lft, `,"valid-lft":`+lft)
	b = append(b, `},"result":0,"text":"IPv4 lease found."}`...)
	return Record{Line: b}
}

func (g *gen) dnsmasqDHCP() Record {
	b := make([]byte, 0, 200)
	t := g.now.UTC()
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	b = g.keep(b, "timestamp", months[t.Month()-1]+" "+day+" "+two(t.Hour())+":"+two(t.Minute())+":"+two(t.Second()), "")
	pid := g.num(300, 9999)
	b = g.keep(b, "counter", pid, " dnsmasq-dhcp["+pid+"]: ")
	ser := g.num(100000000, 4294967295)
	ifc := pick(g, []string{"eth0", "br-lan", "wlan0"})
	switch n := g.rng.IntN(10); {
	case n < 2:
		b = g.keep(b, "counter", ser, ser+" ")
		b = append(b, "client provides name: "+g.dhcpHost()...)
	case n < 3:
		b = g.keep(b, "counter", ser, ser+" ")
		vc := pick(g, []string{"MSFT 5.0", "android-dhcp-14", "udhcp 1.36.1", "dhcpcd-9.4.1:Linux-6.1.0:aarch64:Raspberry Pi 4 Model B Rev 1.4"})
		b = g.keep(b, "version", vc, "vendor class: "+vc)
	case n < 4:
		b = g.keep(b, "counter", ser, ser+" ")
		b = append(b, "requested options: 1:netmask, 121:classless-static-route, 3:router, "...)
		b = append(b, "6:dns-server, 15:domain-name, 119:domain-search, 252"...)
	case n < 5:
		b = g.keep(b, "counter", ser, ser+" ")
		b = append(b, "tags: lan, known, "+ifc...)
	case n < 6:
		b = append(b, "DHCPDISCOVER("+ifc+") "+g.dhcpMAC()...)
	default:
		msg := pick(g, []string{"DHCPOFFER", "DHCPREQUEST", "DHCPACK", "DHCPACK"})
		b = append(b, msg+"("+ifc+") "+g.leaseIP()+" "+g.dhcpMAC()...)
		if msg == "DHCPACK" && g.pct(80) {
			b = append(b, " "+g.dhcpHost()...)
		}
	}
	return Record{Line: b}
}

// Network infrastructure logs, one product a stream:
//
//   - Linux netfilter's LOG/NFLOG target as the kernel writes it (iptables
//     -j LOG --log-prefix, ufw, nftables' log statement): "[prefix] IN=if
//     OUT=if MAC=dst:src:type SRC=ip DST=ip LEN= TOS= PREC= TTL= ID= [DF]
//     PROTO= SPT= DPT= [WINDOW= RES= flags URGP=]", MAC= being the frame's
//     destination and source addresses and its EtherType, fourteen octets;
//   - FreeRADIUS's detail file (rlm_detail): a record is a date line then
//     one tab-indented "Attribute = value" line per attribute, each line a
//     record here (User-Name, Calling-Station-Id as a MAC for Wi-Fi or a
//     number for dial-up and mobile, Called-Station-Id "BSSID:SSID",
//     Framed-IP-Address, Acct-Session-Id, Acct-Unique-Session-Id, octet and
//     time counters, Event-Timestamp, Timestamp);
//   - Squid's native access.log: "time.ms elapsed client code/status bytes
//     method URL user hierarchy/peer type", the user the proxy
//     authentication's login (or "-"), the URL with its query.
//
// Personal: source addresses, the sending host's MAC, RADIUS users,
// calling stations and framed addresses, Squid's client and user, personal
// data in URL queries. Kept: interfaces, EtherTypes, lengths, TTLs, ids,
// ports, session ids, counters, SSIDs, status codes, byte counts, elapsed
// times, content types.

func (g *gen) netInfra(st *streamState) Record {
	switch st.variant % 3 {
	case 0:
		return g.netfilterLine()
	case 1:
		return g.radiusDetail(st)
	}
	return g.squidAccess()
}

func (g *gen) netfilterLine() Record {
	b := make([]byte, 0, 300)
	t := g.now.UTC()
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	b = g.keep(b, "timestamp", months[t.Month()-1]+" "+day+" "+two(t.Hour())+":"+two(t.Minute())+":"+two(t.Second()), "")
	b = append(b, " fw-1 kernel: ["...)
	up := g.num(1000, 999999) + "." + g.digits(6)
	b = g.keep(b, "duration", up, "")
	b = append(b, "] "...)
	b = append(b, pick(g, []string{"[UFW BLOCK] ", "[UFW ALLOW] ", "IPTABLES-DROP: ", "nft-in-drop: ", "FW-FORWARD "})...)
	in := pick(g, []string{"eth0", "ens18", "br-lan", "wlan0", "enp3s0"})
	b = g.keep(b, "iface", in, "IN="+in)
	out := pick(g, []string{"", "", "eth1", "wg0"})
	b = append(b, " OUT="+out...)
	// MAC=: the firewall's own address, then the sender's, then the
	// EtherType (08:00 IPv4, 86:dd IPv6).
	src, cat := g.clientIP()
	et := "08:00"
	if cat == "ipv6" {
		et = "86:dd"
	}
	dst := "52:54:00:" + g.chars(2, hexDigits) + ":" + g.chars(2, hexDigits) + ":" + g.chars(2, hexDigits)
	smac := strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":"))
	g.plantAt("mac", smac)
	b = append(b, " MAC="+dst+":"+smac...)
	b = g.keep(b, "ethertype", et, ":"+et+" ")
	b = append(b, "SRC="...)
	b = g.plant(b, cat, src, "")
	b = append(b, " DST="...)
	if cat == "ipv6" {
		b = append(b, "2001:db8:ffff::10"...)
	} else {
		b = append(b, "198.51.100.10"...)
	}
	ln := g.num(40, 1500)
	b = g.keep(b, "bytes", ln, " LEN="+ln)
	if cat == "ipv4" {
		ttl := pick(g, []string{"52", "64", "117", "128"})
		id := g.num(1, 65535)
		b = append(b, " TOS=0x00 PREC=0x00"...)
		b = g.keep(b, "counter", ttl, " TTL="+ttl)
		b = g.keep(b, "counter", id, " ID="+id)
		if g.pct(60) {
			b = append(b, " DF"...)
		}
	} else {
		b = append(b, " TC=0 HOPLIMIT=64 FLOWLBL="+g.num(0, 1048575)...)
	}
	proto := pick(g, []string{"TCP", "TCP", "UDP", "ICMP"})
	b = append(b, " PROTO="+proto...)
	if proto != "ICMP" {
		spt, dpt := g.num(1024, 65535), pick(g, []string{"22", "443", "3389", "53", "8080", "5060"})
		b = g.keep(b, "port", spt, " SPT="+spt)
		b = g.keep(b, "port", dpt, " DPT="+dpt)
		if proto == "TCP" {
			w := g.num(1024, 65535)
			b = g.keep(b, "counter", w, " WINDOW="+w)
			b = append(b, " RES=0x00 SYN URGP=0"...)
		} else {
			b = append(b, " LEN="+g.num(8, 512)...)
		}
	} else {
		b = append(b, " TYPE=8 CODE=0 ID="+g.num(1, 65535)+" SEQ="+g.num(1, 999)...)
	}
	return Record{Line: b}
}

func (g *gen) radiusDetail(st *streamState) Record {
	b := make([]byte, 0, 120)
	if st.n%12 == 0 {
		t := g.now.UTC()
		day := strconv.Itoa(t.Day())
		if len(day) == 1 {
			day = " " + day
		}
		ts := t.Weekday().String()[:3] + " " + months[t.Month()-1] + " " + day + " " + t.Format("15:04:05 2006")
		return Record{Line: g.keep(b, "timestamp", ts, "")}
	}
	b = append(b, '\t')
	switch g.rng.IntN(14) {
	case 0, 1:
		b = append(b, `User-Name = "`...)
		switch n := g.rng.IntN(10); {
		case n < 5:
			b = g.plant(b, "name", g.personLogin(), "")
		case n < 8:
			f, l := g.name()
			b = g.plant(b, "email", g.email(f, l), "")
		default:
			h := "host/DESKTOP-" + g.chars(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + ".corp.example.com"
			b = g.keep(b, "account", h, "")
		}
		b = append(b, '"')
	case 2, 3:
		b = append(b, `Calling-Station-Id = "`...)
		if g.pct(70) {
			m := strings.ToUpper(strings.ReplaceAll(g.mac(), ":", "-"))
			b = g.plant(b, "mac", m, "")
		} else {
			b = g.plant(b, "phone", g.e164(), "")
		}
		b = append(b, '"')
	case 4:
		ssid := pick(g, []string{"CorpWiFi", "eduroam", "Guest-WLAN", "Staff"})
		b = append(b, `Called-Station-Id = "`+strings.ToUpper(strings.ReplaceAll(g.mac(), ":", "-"))+":"...)
		b = g.keep(b, "ssid", ssid, ssid+`"`)
	case 5:
		b = append(b, "Framed-IP-Address = "...)
		b = g.plant(b, "ipv4", g.leaseIPText(), "")
	case 6:
		sid := strings.ToUpper(g.hexID(8)) + "-" + g.digits(8)
		b = g.keep(b, "requestid", sid, `Acct-Session-Id = "`+sid+`"`)
	case 7:
		u := g.hexID(32)
		b = g.keep(b, "hash", u, `Acct-Unique-Session-Id = "`+u+`"`)
	case 8:
		v := g.num(1000, 999999999)
		b = g.keep(b, "bytes", v, pick(g, []string{"Acct-Input-Octets", "Acct-Output-Octets"})+" = "+v)
	case 9:
		v := g.num(1, 86400)
		b = g.keep(b, "duration", v, "Acct-Session-Time = "+v)
	case 10:
		ts := months[g.now.Month()-1] + " " + two(g.now.Day()) + " " + strconv.Itoa(g.now.Year()) + " " + g.now.UTC().Format("15:04:05") + " UTC"
		b = g.keep(b, "timestamp", ts, `Event-Timestamp = "`+ts+`"`)
	case 11:
		v := strconv.FormatInt(g.now.Unix(), 10)
		b = g.keep(b, "epoch", v, "Timestamp = "+v)
	case 12:
		nas := pick(g, []string{"ap-3f-east", "vpn-gw-2", "wlc-01"})
		b = g.keep(b, "host", nas, `NAS-Identifier = "`+nas+`"`)
	default:
		b = append(b, "Acct-Status-Type = "+pick(g, []string{"Start", "Stop", "Interim-Update"})...)
	}
	return Record{Line: b}
}

// leaseIPText returns a client's address from a LAN pool or a
// documentation range, unlabelled.
func (g *gen) leaseIPText() string {
	if g.pct(50) {
		return "10." + g.num(0, 255) + "." + g.num(0, 255) + "." + g.num(2, 254)
	}
	return g.ipv4()
}

func (g *gen) squidAccess() Record {
	b := make([]byte, 0, 300)
	ts := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(3)
	b = g.keep(b, "epoch", ts, "")
	el := g.num(0, 99999)
	b = append(b, strings.Repeat(" ", max(1, 7-len(el)))...)
	b = g.keep(b, "duration", el, " "+el+" ")
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	code := pick(g, []string{"TCP_MISS/200", "TCP_TUNNEL/200", "TCP_HIT/200", "TCP_DENIED/403", "TCP_MISS/304", "TCP_DENIED/407"})
	b = g.keep(b, "status", code, " "+code+" ")
	sz := g.num(0, 5000000)
	b = g.keep(b, "bytes", sz, sz)
	var url string
	method := "GET"
	host := pick(g, []string{"www.example.com", "api.example.org", "cdn.example.net", "portal.example.co.uk"})
	if code == "TCP_TUNNEL/200" {
		method, url = "CONNECT", host+":443"
		g.keepAt("host", url)
	} else {
		url = "http://" + host + g.path()
		switch g.rng.IntN(6) {
		case 0:
			f, l := g.name()
			e := g.email(f, l)
			enc := pctEnc(e, false, false)
			g.plantAt("email", e, enc)
			url += "?email=" + enc + "&ref=newsletter"
		case 1:
			t := g.token(32)
			g.plantAt("secret", t)
			url += "?token=" + t
		case 2:
			l := g.personLogin()
			g.plantAt("name", l)
			url += "?user=" + l + "&page=2"
		case 3:
			url += "?page=" + g.num(1, 9) + "&sort=asc"
		}
	}
	b = append(b, " "+method+" "+url+" "...)
	if code == "TCP_DENIED/407" || g.pct(40) {
		b = append(b, '-')
	} else if g.pct(70) {
		b = g.plant(b, "name", g.personLogin(), "")
	} else {
		f, l := g.name()
		b = g.plant(b, "email", g.email(f, l), "")
	}
	b = append(b, " "+pick(g, []string{"HIER_DIRECT/93.184.216.34", "HIER_NONE/-", "FIRSTUP_PARENT/10.0.0.3"})+" "...)
	ct := pick(g, []string{"text/html", "application/json", "image/png", "-"})
	if ct != "-" {
		b = g.keep(b, "header", ct, "")
	} else {
		b = append(b, '-')
	}
	return Record{Line: b}
}

// Directory and file-transfer servers, one a stream:
//
//   - OpenLDAP slapd at loglevel stats (slapd.conf(5), "olcLogLevel:
//     stats"): "conn=N fd=N ACCEPT from IP=ip:port (IP=0.0.0.0:389)",
//     "conn=N op=N BIND dn="..." method=128", "BIND dn="..." mech=SIMPLE
//     ssf=0", "RESULT tag=97 err=0 text=", "SRCH base="..." scope=2
//     deref=0 filter="(...)"", "SRCH attr=...", "SEARCH RESULT tag=101
//     err=0 nentries=N text=", "MOD dn=", "MOD attr=", "UNBIND", "fd=N
//     closed";
//   - vsftpd's own log (vsftpd.conf(5), dual_log_enable, log_ftp_protocol
//     off): "Sat Nov 23 20:00:01 2026 [pid N] [user] OK LOGIN: Client
//     "ip"", "OK UPLOAD: Client "ip", "/path", N bytes, N.NNKbyte/sec",
//     "FAIL LOGIN", "CONNECT: Client "ip"";
//   - xferlog (xferlog(5), as vsftpd and ProFTPD write it): current-time
//     transfer-time remote-host file-size filename transfer-type
//     special-action-flag direction access-mode username service-name
//     authentication-method authenticated-user-id completion-status.
//
// Personal: client addresses, a person's login in a DN's uid= or its cn=
// (First Last), values an LDAP filter compares with mail, uid, cn or
// telephoneNumber, FTP users and their home directories. Kept: connection,
// operation and descriptor numbers, tags, error codes, entry counts,
// search bases, attribute lists, the DNs of services and administrators,
// ports, sizes, transfer times, public paths.

// serviceDNs are the bind DNs of administrators and services: look-alikes.
var serviceDNs = []string{"cn=admin,dc=example,dc=com", "cn=replicator,dc=example,dc=com",
	"uid=svc-nextcloud,ou=services,dc=example,dc=com", "cn=readonly,ou=system,dc=example,dc=com"}

func (g *gen) dirFTP(st *streamState) Record {
	switch st.variant % 3 {
	case 0:
		return g.slapdStats(st)
	case 1:
		return g.vsftpdLog()
	}
	return g.xferlog()
}

// personDN returns a person's entry DN, planting the login or the name.
func (g *gen) personDN() string {
	if g.pct(60) {
		l := g.personLogin()
		g.plantAt("name", l)
		return "uid=" + l + ",ou=people,dc=example,dc=com"
	}
	f, l := g.name()
	g.plantAt("name", f+" "+l)
	return "cn=" + f + " " + l + ",ou=staff,dc=example,dc=com"
}

func (g *gen) slapdStats(st *streamState) Record {
	b := make([]byte, 0, 260)
	b = g.syslogHead(b, st, "ldap-1", "slapd")
	conn := g.num(1000, 99999)
	b = g.keep(b, "counter", conn, "conn="+conn)
	op := g.num(0, 12)
	switch g.rng.IntN(10) {
	case 0:
		fd := g.num(10, 400)
		b = g.keep(b, "counter", fd, " fd="+fd)
		ip, cat := g.clientIP()
		b = append(b, " ACCEPT from IP="...)
		if cat == "ipv6" {
			b = append(b, '[')
			b = g.plant(b, cat, ip, "")
			b = append(b, ']')
		} else {
			b = g.plant(b, cat, ip, "")
		}
		port := g.num(1024, 65535)
		b = g.keep(b, "port", port, ":"+port+" ")
		b = append(b, "(IP=0.0.0.0:"+pick(g, []string{"389", "636"})+")"...)
	case 1, 2:
		b = append(b, " op="+op+" BIND dn=\""...)
		if g.pct(70) {
			b = append(b, g.personDN()...)
		} else {
			b = g.keep(b, "account", pick(g, serviceDNs), "")
		}
		b = append(b, "\" "+pick(g, []string{"method=128", "mech=SIMPLE ssf=0", "mech=SIMPLE bind_ssf=0 ssf=256"})...)
	case 3:
		tag := pick(g, []string{"97", "103", "105", "107"})
		b = g.keep(b, "status", tag, " op="+op+" RESULT tag="+tag)
		b = append(b, " err="+pick(g, []string{"0", "0", "49", "32"})+" qtime=0.000"+g.digits(3)+" etime=0.00"+g.digits(4)+" text="...)
	case 4, 5, 6:
		base := pick(g, []string{"ou=people,dc=example,dc=com", "dc=example,dc=com", "ou=groups,dc=example,dc=com"})
		b = append(b, " op="+op+" SRCH "...)
		b = g.keep(b, "dn", base, "base=\""+base+"\"")
		b = append(b, " scope="+pick(g, []string{"1", "2"})+" deref=0 filter=\""...)
		switch g.rng.IntN(5) {
		case 0:
			f, l := g.name()
			b = append(b, "(mail="...)
			b = g.plant(b, "email", g.email(f, l), "")
			b = append(b, ')')
		case 1:
			l := g.personLogin()
			g.plantAt("name", l)
			b = append(b, "(&(objectClass=posixAccount)(uid="+l+"))"...)
		case 2:
			f, l := g.name()
			g.plantAt("name", f+" "+l)
			b = append(b, "(|(cn="+f+" "+l+")(displayName="+f+" "+l+"))"...)
		case 3:
			p := g.e164()
			g.plantAt("phone", p)
			b = append(b, "(telephoneNumber="+p+")"...)
		default:
			b = g.keep(b, "filter", "(objectClass=groupOfNames)", "")
		}
		b = append(b, '"')
	case 7:
		b = append(b, " op="+op+" SRCH attr="...)
		b = g.keep(b, "attrs", "cn mail uid memberOf", "")
	case 8:
		n := g.num(0, 40)
		b = g.keep(b, "counter", n, " op="+op+" SEARCH RESULT tag=101 err=0 qtime=0.000012 etime=0.000331 nentries="+n)
		b = append(b, " text="...)
	default:
		b = append(b, " op="+op+" MOD dn=\""...)
		b = append(b, g.personDN()...)
		b = append(b, '"')
	}
	return Record{Line: b}
}

// ftpDate writes the ctime(3) date vsftpd and xferlog begin with.
func (g *gen) ftpDate(b []byte) []byte {
	t := g.now.UTC()
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	ts := t.Weekday().String()[:3] + " " + months[t.Month()-1] + " " + day + " " + t.Format("15:04:05 2006")
	return g.keep(b, "timestamp", ts, "")
}

// ftpUser returns the login of an FTP session, planted when a person's:
// a person's login, anonymous or ftp (kept), a service account (kept).
func (g *gen) ftpUser() (login string, person bool) {
	switch n := g.rng.IntN(10); {
	case n < 6:
		l := g.personLogin()
		g.plantAt("name", l)
		return l, true
	case n < 8:
		l := pick(g, []string{"anonymous", "ftp"})
		return l, false
	}
	l := pick(g, []string{"backup", "deploy", "www-data"})
	return l, false
}

// ftpFile returns a transferred file's path: under the person's home
// directory (the login is already planted) or a public path (kept).
func (g *gen) ftpFile(login string, person bool) string {
	name := pick(g, []string{"report-2026-11.pdf", "photos.zip", "invoice_4471.pdf", "backup.tar.gz"})
	if person && g.pct(60) {
		return "/home/" + login + "/" + name
	}
	p := "/pub/" + pick(g, []string{"releases/app-2.4.1.tar.gz", "mirror/debian/README", "incoming/" + name})
	g.keepAt("path", p)
	return p
}

func (g *gen) vsftpdLog() Record {
	b := make([]byte, 0, 200)
	b = g.ftpDate(b)
	pid := g.num(300, 99999)
	b = g.keep(b, "counter", pid, " [pid "+pid+"] ")
	ip, cat := g.clientIP()
	client := func(b []byte) []byte {
		b = append(b, `Client "`...)
		if cat == "ipv4" && g.pct(30) {
			b = append(b, "::ffff:"...)
		}
		b = g.plant(b, cat, ip, "")
		return append(b, '"')
	}
	if g.pct(15) {
		return Record{Line: client(append(b, "CONNECT: "...))}
	}
	user, person := g.ftpUser()
	b = append(b, "["+user+"] "...)
	switch g.rng.IntN(4) {
	case 0:
		b = client(append(b, pick(g, []string{"OK LOGIN: ", "FAIL LOGIN: "})...))
	default:
		b = client(append(b, pick(g, []string{"OK UPLOAD: ", "OK DOWNLOAD: ", "FAIL DOWNLOAD: "})...))
		b = append(b, ", \""+g.ftpFile(user, person)+"\", "...)
		sz := g.num(0, 99999999)
		b = g.keep(b, "bytes", sz, sz+" bytes")
		rate := g.num(1, 99999) + "." + g.digits(2)
		b = g.keep(b, "duration", rate, ", "+rate+"Kbyte/sec")
	}
	return Record{Line: b}
}

func (g *gen) xferlog() Record {
	b := make([]byte, 0, 200)
	b = g.ftpDate(b)
	tt := g.num(0, 600)
	b = g.keep(b, "duration", tt, " "+tt+" ")
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	sz := g.num(0, 99999999)
	b = g.keep(b, "bytes", sz, " "+sz+" ")
	user, person := g.ftpUser()
	b = append(b, g.ftpFile(user, person)...)
	b = append(b, " "+pick(g, []string{"b", "a"})+" _ "+pick(g, []string{"o", "i"})+" "...)
	if person {
		b = append(b, "r "+user+" ftp 0 * "...)
	} else {
		b = append(b, pick(g, []string{"a", "g"})+" "+user+" ftp 0 * "...)
	}
	b = append(b, pick(g, []string{"c", "c", "i"})...)
	return Record{Line: b}
}
