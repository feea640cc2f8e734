package realistic

import (
	"encoding/hex"
	"strconv"
	"strings"
)

// Load balancers and DNS servers not covered elsewhere, one product a
// stream:
//
//   - Azure Application Gateway's access log (diagnostic category
//     ApplicationGatewayAccessLog, v2 SKU properties: instanceId,
//     clientIP, clientPort, httpMethod, originalRequestUriWithArgs,
//     requestUri, requestQuery, userAgent, httpStatus, receivedBytes,
//     sentBytes, timeTaken, transactionId, sslCipher, serverRouted,
//     originalHost, host; WAFMode), one resource log record a line;
//   - HAProxy in TCP mode (option tcplog: "%ci:%cp [%t] %ft %b/%s
//     %Tw/%Tc/%Tt %B %ts %ac/%fc/%bc/%sc/%rc %sq/%bq"); a client's IPv6
//     address written bare before its ":port", and an IPv4 client on a
//     dual-stack bind written as an IPv4-mapped address (::ffff:a.b.c.d);
//   - the Windows DNS Server analytical channel
//     (Microsoft-Windows-DNSServer/Analytical, events 256 QUERY_RECEIVED
//     and 257 RESPONSE_SUCCESS) as Get-WinEvent renders its message:
//     "TCP=0; InterfaceIP=; Source=; RD=; QNAME=; QTYPE=; XID=; Port=;
//     Flags=; PacketData=0x…" — the packet in hex holds the question;
//   - BIND and Infoblox NIOS named: response logging ("client
//     addr#port: UDP: query: name IN A response: NOERROR + name. ttl IN
//     A addr;") and the rpz category ("rpz QNAME NXDOMAIN rewrite
//     name/A/IN via name.rpz.local").
//
// Personal: client addresses (IPv4, IPv6, mapped), host names naming
// their owner (Annas-iPhone.lan, jane-doe-laptop) and the addresses DNS
// gives for them, reverse lookups of a client, query strings naming a
// person, the question inside PacketData. Kept: transaction ids, XIDs,
// ports, byte counts, times, backend names, cipher suites, RPZ zone
// names, the services' names asked about.

func (g *gen) lbDNSMore(st *streamState) Record {
	switch st.variant % 4 {
	case 0:
		return g.appGatewayLog()
	case 1:
		return g.haproxyTCP()
	case 2:
		return g.winDNSAnalytical()
	}
	return g.namedResponses()
}

func (g *gen) appGatewayLog() Record {
	b := make([]byte, 0, 1400)
	t := g.now.UTC()
	b = append(b, '{')
	b = g.jk(b, "timeStamp", "timestamp", t.Format("2006-01-02T15:04:05+00:00"))
	b = g.js(b, "resourceId", "/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/RG-WEB/PROVIDERS/MICROSOFT.NETWORK/APPLICATIONGATEWAYS/AGW-PROD")
	b = g.js(b, "listenerName", "https-listener")
	b = g.js(b, "ruleName", "rule-web")
	b = g.js(b, "backendPoolName", "pool-web")
	b = g.js(b, "operationName", "ApplicationGatewayAccess")
	b = g.js(b, "category", "ApplicationGatewayAccessLog")
	b = jo(b, "properties")
	b = g.js(b, "instanceId", "appgw_"+g.num(0, 3))
	ip, cat := g.clientIP()
	b = g.jp(b, "clientIP", cat, ip)
	b = jn(b, "clientPort", g.num(1024, 65535))
	b = g.js(b, "httpMethod", pick(g, []string{"GET", "GET", "POST"}))
	path := pick(g, []string{"/account/profile", "/api/v1/orders", "/login", "/search", "/static/app.js"})
	var query, queryPlain string
	switch g.rng.IntN(4) {
	case 0:
		f, l := g.name()
		e := g.email(f, l)
		query = "email=" + pctEnc(e, false, false) + "&next=%2Fhome"
		g.plantAt("email", e, pctEnc(e, false, false))
		queryPlain = query
	case 1:
		query = "q=" + pick(g, []string{"winter+boots", "router+manual", "invoice"}) + "&page=" + g.num(1, 9)
		queryPlain = query
	case 2:
		f, l := g.name()
		n := f + " " + l
		query = "customer=" + pctEnc(n, true, false) + "&sort=desc"
		g.plantAt("name", n, pctEnc(n, true, false))
		queryPlain = query
	}
	uri := path
	if query != "" {
		uri += "?" + queryPlain
	}
	b = g.js(b, "originalRequestUriWithArgs", uri)
	b = g.js(b, "requestUri", path)
	b = g.js(b, "requestQuery", query)
	ua, _ := g.ua()
	b = g.js(b, "userAgent", ua)
	b = jn(b, "httpStatus", pick(g, []string{"200", "200", "302", "404", "403"}))
	b = g.js(b, "httpVersion", "HTTP/1.1")
	rb := g.num(300, 9000)
	b = jn(b, "receivedBytes", rb)
	g.keepAt("bytes", rb, `"receivedBytes":`+rb)
	sb := g.num(300, 900000)
	b = jn(b, "sentBytes", sb)
	g.keepAt("bytes", sb, `"sentBytes":`+sb)
	b = jn(b, "clientResponseTime", "0")
	tt := "0." + g.digits(3)
	b = jn(b, "timeTaken", tt)
	b = g.js(b, "WAFEvaluationTime", "0.000")
	b = g.js(b, "WAFMode", "Detection")
	b = g.jk(b, "transactionId", "requestid", g.hexID(32))
	b = g.js(b, "sslEnabled", "on")
	b = g.js(b, "sslCipher", "ECDHE-RSA-AES256-GCM-SHA384")
	b = g.js(b, "sslProtocol", "TLSv1.2")
	b = g.js(b, "sslClientVerify", "NONE")
	b = g.js(b, "serverRouted", "10.0.2."+g.num(4, 9)+":443")
	b = g.js(b, "serverStatus", "200")
	b = g.js(b, "serverResponseLatency", "0."+g.digits(3))
	b = g.js(b, "upstreamSourcePort", g.num(1024, 65535))
	b = g.js(b, "originalHost", "www.example.com")
	b = g.js(b, "host", "www.example.com")
	b = append(b, '}', '}')
	return Record{Line: b}
}

// haproxyTCP is one line of HAProxy's TCP log format behind syslog.
func (g *gen) haproxyTCP() Record {
	b := make([]byte, 0, 300)
	t := g.now.UTC()
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	b = append(b, months[t.Month()-1]+" "+day+" "+t.Format("15:04:05")+" lb01 "...)
	pid := g.num(300, 99999)
	b = g.keep(b, "counter", pid, "haproxy["+pid+"]: ")
	cp := g.num(1024, 65535)
	bareV6 := false
	switch g.rng.IntN(3) {
	case 0:
		ip := g.ipv6()
		bareV6 = true
		b = g.plant(b, "ipv6", ip, "")
	case 1:
		ip := g.ipv4()
		g.plantAt("ipv4", ip, "::ffff:"+ip)
		b = append(b, "::ffff:"+ip...)
	default:
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
		bareV6 = cat == "ipv6"
	}
	if bareV6 && len(cp) < 5 {
		// "2001:db8::4dcb:7567" is an address by itself: a port of
		// four digits reads as its last group, and no reader can
		// tell them apart. Unlabelled.
		b = append(b, ":"+cp+" "...)
	} else {
		b = g.keep(b, "port", cp, ":"+cp+" ")
	}
	ts := two(t.Day()) + "/" + months[t.Month()-1] + "/" + strconv.Itoa(t.Year()) + ":" + t.Format("15:04:05.000")
	b = g.keep(b, "timestamp", ts, "["+ts+"]")
	fe := pick(g, [][2]string{{"fe_smtp", "be_smtp/mail0"}, {"fe_imaps", "be_imap/imap0"}, {"fe_mysql", "be_mysql/db0"}, {"fe_rdp", "be_rdp/rdgw0"}})
	b = append(b, " "+fe[0]+" "+fe[1]+g.num(1, 3)+" "...)
	timers := g.num(0, 9) + "/" + g.num(0, 9) + "/" + g.num(10, 99999)
	b = g.keep(b, "duration", timers, "")
	by := g.num(100, 9999999)
	b = g.keep(b, "bytes", by, " "+by+" ")
	b = append(b, pick(g, []string{"--", "cD", "sD", "CD"})+" "...)
	conns := g.num(1, 40) + "/" + g.num(1, 40) + "/" + g.num(0, 20) + "/" + g.num(0, 5) + "/0"
	b = g.keep(b, "counter", conns, "")
	b = append(b, " 0/0"...)
	return Record{Line: b}
}

// dnsQuery writes a DNS query message (RFC 1035 4.1) for name and type
// with transaction id xid and RD set.
func dnsQuery(xid uint16, name string, qtype uint16) []byte {
	m := []byte{byte(xid >> 8), byte(xid), 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0}
	for _, l := range strings.Split(strings.TrimSuffix(name, "."), ".") {
		m = append(m, byte(len(l)))
		m = append(m, l...)
	}
	m = append(m, 0, byte(qtype>>8), byte(qtype), 0, 1)
	return m
}

var qtypeCodes = map[string]uint16{"A": 1, "AAAA": 28, "PTR": 12, "SRV": 33, "TXT": 16, "MX": 15, "HTTPS": 65}

func (g *gen) winDNSAnalytical() Record {
	b := make([]byte, 0, 500)
	n0 := len(g.plants)
	name, qtype := g.dnsQuestion()
	personal := len(g.plants) > n0
	xid := uint16(g.rng.IntN(65536))
	pkt := dnsQuery(xid, name, qtypeCodes[qtype])
	hexPkt := strings.ToUpper(hex.EncodeToString(pkt))
	if personal {
		// The question in the packet: its labels, in hex.
		v := &g.plants[len(g.plants)-1]
		lab := strings.ToUpper(hex.EncodeToString([]byte(v.Text)))
		if strings.Contains(hexPkt, lab) {
			v.Forms = append(v.Forms, lab)
		}
	}
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	if g.pct(50) {
		b = append(b, "QUERY_RECEIVED: TCP="+pick(g, []string{"0", "0", "1"})+"; InterfaceIP=192.0.2.53; Source="...)
		b = g.plant(b, cat, ip, "")
		b = append(b, "; RD=1; QNAME="+name+".; QTYPE="+strconv.Itoa(int(qtypeCodes[qtype]))+"; XID="...)
		x := strconv.Itoa(int(xid))
		b = g.keep(b, "counter", x, x+";")
		b = g.keep(b, "port", port, " Port="+port+";")
		b = append(b, " Flags=256; ServerScope=Default; CacheScope=Default; PolicyName=NULL; PacketData=0x"+hexPkt...)
	} else {
		b = append(b, "RESPONSE_SUCCESS: TCP=0; InterfaceIP=192.0.2.53; Destination="...)
		b = g.plant(b, cat, ip, "")
		b = append(b, "; AA=1; AD=0; QNAME="+name+".; QTYPE="+strconv.Itoa(int(qtypeCodes[qtype]))+"; XID="...)
		x := strconv.Itoa(int(xid))
		b = g.keep(b, "counter", x, x+";")
		b = append(b, " DNSSEC=0; RCODE=0; Port="+port+"; Flags=34176; Scope=Default; Zone=corp.example.com; PolicyName=NULL; PacketData=0x"+hexPkt...)
		g.keepAt("port", port, " Port="+port+";")
	}
	return Record{Line: b}
}

func (g *gen) namedResponses() Record {
	b := make([]byte, 0, 400)
	t := g.now.UTC()
	b = g.keep(b, "timestamp", t.Format("02-Jan-2006 15:04:05.000"), "")
	b = append(b, ' ')
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	if g.pct(30) {
		// rpz category.
		b = append(b, "rpz: info: client @0x7f"+g.hexID(10)+" "...)
		b = g.plant(b, cat, ip, "")
		b = g.keep(b, "port", port, "#"+port+" ")
		bad := pick(g, []string{"ads.example.net", "tracker.example.org", "malware.example.com"})
		b = append(b, "("+bad+"): rpz QNAME "+pick(g, []string{"NXDOMAIN", "NODATA", "Local-Data"})+" rewrite "+bad+"/A/IN via "+bad+".rpz.corp.example.com"...)
		return Record{Line: b}
	}
	b = append(b, "queries: info: client "...)
	b = g.plant(b, cat, ip, "")
	b = g.keep(b, "port", port, "#"+port+":")
	n0 := len(g.plants)
	name, qtype := g.dnsQuestion()
	personal := len(g.plants) > n0 && qtype != "PTR"
	b = append(b, " UDP: query: "+name+" IN "+qtype+" response: "...)
	switch {
	case personal && (qtype == "A" || qtype == "AAAA"):
		var ans string
		if qtype == "A" {
			ans = g.privateIPv4()
			g.plantAt("ipv4", ans)
		} else {
			ans = g.ipv6()
			g.plantAt("ipv6", ans)
		}
		ttl := g.num(60, 3600)
		b = append(b, "NOERROR +A "+name+". "+ttl+" IN "+qtype+" "+ans+";"...)
	case qtype == "PTR":
		if g.pct(50) {
			h, who := g.personHost()
			g.plantAt("name", who)
			b = append(b, "NOERROR +A "+name+". 3600 IN PTR "+h+".;"...)
		} else {
			b = append(b, "NXDOMAIN +"...)
		}
	default:
		b = append(b, "NOERROR + "+name+". "+g.num(60, 86400)+" IN "+qtype+" "...)
		switch qtype {
		case "A":
			b = append(b, "203.0.113."+g.num(1, 254)+";"...)
		case "AAAA":
			b = append(b, "2001:db8:ffff::"+g.num(1, 99)+";"...)
		default:
			b = append(b, "\\# 0;"...)
		}
	}
	return Record{Line: b}
}
