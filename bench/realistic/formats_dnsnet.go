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
