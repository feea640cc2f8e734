package realistic

import (
	"strconv"
	"strings"
)

// suricataEve is an event of Suricata's EVE JSON output (Suricata User
// Guide, "Eve JSON Output" and "Eve JSON Format"): timestamp, flow_id,
// in_iface, event_type, src_ip, src_port, dest_ip, dest_port, proto,
// community_id, then the event's object: alert (action, gid,
// signature_id, rev, signature, category, severity, metadata) with the
// app-layer object of the flow, http (hostname, url, http_user_agent,
// xff, http_refer, http_method, protocol, status, length, and with
// dump-all-headers the request_headers name/value pairs), dns (version 2:
// a query with rrname and rrtype, an answer with flags, rcode and
// answers[] of rrname, rrtype, ttl, rdata), tls (subject, issuerdn,
// serial, fingerprint, sni, version, notbefore, notafter, ja3), dhcp
// (extended: client_mac, assigned_ip, dhcp_type, lease_time, hostname)
// and flow (pkts, bytes, start, end, age, state, reason, alerted).
//
// Planted: the client's address (src_ip of requests, dest_ip of
// replies), X-Forwarded-For, e-mail addresses and tokens in URLs and
// referrers, Cookie and Authorization header values, DHCP's MAC, address
// and host name (an Apple device named after its owner: Apple writes
// "Anna's iPhone" as Annas-iPhone), the same names in mDNS lookups, the
// addresses in DNS answers. Look-alikes: flow ids, community ids, rule
// messages (signature) and categories, signature ids, ports, byte and
// packet counts, certificate serials and fingerprints, JA3 hashes,
// timestamps.
func (g *gen) suricataEve(st *streamState) Record {
	ev := pick(g, []string{"alert", "alert", "http", "dns", "dns", "tls", "dhcp", "flow"})
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	ts := g.now.UTC().Format("2006-01-02T15:04:05.000000") + "+0000"
	b = g.jk(b, "timestamp", "timestamp", ts)
	fid := strconv.FormatInt(1e15+g.rng.Int64N(9e15), 10)
	g.keepAt("counter", fid, ":"+fid+",")
	b = jn(b, "flow_id", fid)
	b = g.js(b, "in_iface", pick(g, []string{"eth0", "enp3s0", "ens192"}))
	b = g.js(b, "event_type", ev)
	client, cat := g.clientIP()
	server := "198.51.100." + g.num(1, 254)
	if cat == "ipv6" {
		server = "2001:db8:53::" + g.num(1, 99)
	}
	cport := g.num(1024, 65535)
	sport := map[string]string{"alert": "80", "http": "80", "dns": "53", "tls": "443", "dhcp": "67", "flow": pick(g, []string{"22", "3389", "445"})}[ev]
	if ev == "dhcp" {
		client, cat, cport = g.ipv4(), "ipv4", "68"
		server = "192.0.2.1"
	}
	reply := ev == "dhcp" || ev == "dns" && g.pct(50)
	src, dst, sp, dp := client, server, cport, sport
	if reply {
		src, dst, sp, dp = server, client, sport, cport
	}
	if src == client {
		b = g.jp(b, "src_ip", cat, src)
	} else {
		b = g.js(b, "src_ip", src)
	}
	g.keepAt("port", sp, `"src_port":`+sp)
	b = jn(b, "src_port", sp)
	if dst == client {
		b = g.jp(b, "dest_ip", cat, dst)
	} else {
		b = g.js(b, "dest_ip", dst)
	}
	g.keepAt("port", dp, `"dest_port":`+dp)
	b = jn(b, "dest_port", dp)
	proto := "TCP"
	if ev == "dns" || ev == "dhcp" {
		proto = "UDP"
	}
	b = g.js(b, "proto", proto)
	// Community ID v1: "1:" and the base64 of a SHA-1 of the flow tuple.
	b = g.jk(b, "community_id", "hash", "1:"+g.chars(27, base62+"+/")+"=")
	switch ev {
	case "alert":
		b = jo(b, "alert")
		b = g.js(b, "action", pick(g, []string{"allowed", "blocked"}))
		b = jn(b, "gid", "1")
		sid := pick(g, []string{"2013028", "2100498", "2010935", "2027865", "2210044", "2019401"})
		g.keepAt("counter", sid, `"signature_id":`+sid)
		b = jn(b, "signature_id", sid)
		b = jn(b, "rev", g.num(1, 12))
		b = g.jk(b, "signature", "rule", pick(g, suricataSignatures))
		b = g.jk(b, "category", "rule", pick(g, []string{"Attempted Information Leak", "Potentially Bad Traffic", "Misc activity", "Generic Protocol Command Decode", "Attempted Administrator Privilege Gain"}))
		b = jn(b, "severity", g.num(1, 3))
		b = jo(b, "metadata")
		b = append(ja(b, "created_at"), `"2010_07_30"]`...)
		b = append(ja(b, "updated_at"), `"2024_03_18"]`...)
		b = append(b, '}', '}')
		b = g.eveHTTP(b)
		b = g.js(b, "app_proto", "http")
		b = g.eveFlow(b, false)
	case "http":
		b = jn(b, "tx_id", g.num(0, 4))
		b = g.eveHTTP(b)
	case "dns":
		b = jo(b, "dns")
		id := g.num(1, 65535)
		name, rrtype := pick(g, dnsNames), pick(g, []string{"A", "AAAA"})
		switch g.rng.IntN(4) {
		case 0:
			a, c := g.clientIP()
			name, rrtype = reverseName(a), "PTR"
			g.plantAt(c, name)
		case 1:
			// A device's own name over mDNS or the local resolver.
			dev := g.appleDevice()
			g.plantAt("name", dev)
			name = dev + ".local"
		}
		if !reply {
			b = g.js(b, "type", "query")
			b = jn(b, "id", id)
			b = g.js(b, "rrname", name)
			b = g.js(b, "rrtype", rrtype)
			b = jn(b, "tx_id", "0")
			b = jn(b, "opcode", "0")
		} else {
			b = jn(b, "version", "2")
			b = g.js(b, "type", "answer")
			b = jn(b, "id", id)
			b = g.js(b, "flags", "8180")
			b = append(b, `,"qr":true,"rd":true,"ra":true`...)
			b = g.js(b, "rrname", name)
			b = g.js(b, "rrtype", rrtype)
			b = g.js(b, "rcode", "NOERROR")
			b = ja(b, "answers")
			b = jo(b, "")
			b = g.js(b, "rrname", name)
			b = g.js(b, "rrtype", rrtype)
			ttl := g.num(30, 86400)
			g.keepAt("duration", ttl, `"ttl":`+ttl)
			b = jn(b, "ttl", ttl)
			switch rrtype {
			case "PTR":
				b = g.js(b, "rdata", "mail.example.com")
			case "AAAA":
				b = g.jp(b, "rdata", "ipv6", g.ipv6())
			default:
				b = g.jp(b, "rdata", "ipv4", g.ipv4())
			}
			b = append(b, '}', ']')
		}
		b = append(b, '}')
	case "tls":
		b = jo(b, "tls")
		host := pick(g, []string{"www.example.com", "api.example.org", "portal.example.net"})
		b = g.jk(b, "subject", "rule", "C=US, ST=California, O=Example Inc, CN="+host)
		b = g.jk(b, "issuerdn", "rule", pick(g, []string{"C=US, O=Let's Encrypt, CN=R3", "C=US, O=Google Trust Services, CN=GTS CA 1C3", "C=US, O=DigiCert Inc, CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1"}))
		var serial []string
		for k := 0; k < 16; k++ {
			serial = append(serial, strings.ToUpper(g.hexID(2)))
		}
		b = g.jk(b, "serial", "hash", strings.Join(serial, ":"))
		var fp []string
		for k := 0; k < 20; k++ {
			fp = append(fp, g.hexID(2))
		}
		b = g.jk(b, "fingerprint", "hash", strings.Join(fp, ":"))
		b = g.js(b, "sni", host)
		b = g.js(b, "version", pick(g, []string{"TLS 1.2", "TLS 1.3"}))
		b = g.jk(b, "notbefore", "timestamp", "2026-09-01T00:00:00")
		b = g.jk(b, "notafter", "timestamp", "2026-11-30T23:59:59")
		b = jo(b, "ja3")
		b = g.jk(b, "hash", "hash", g.hexID(32))
		b = g.js(b, "string", "771,4865-4866-4867-49195-49199,0-23-65281-10-11-35-16-5-13,29-23-24,0")
		b = append(b, '}', '}')
	case "dhcp":
		b = jo(b, "dhcp")
		b = g.js(b, "type", "reply")
		b = jn(b, "id", g.num(1e8, 4e9))
		mac := strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":"))
		b = g.jp(b, "client_mac", "mac", mac)
		b = g.jp(b, "assigned_ip", "ipv4", client)
		b = g.js(b, "client_ip", "0.0.0.0")
		b = g.js(b, "relay_ip", "0.0.0.0")
		b = g.js(b, "next_server_ip", "0.0.0.0")
		b = g.js(b, "dhcp_type", pick(g, []string{"offer", "ack"}))
		lease := pick(g, []string{"3600", "43200", "86400"})
		g.keepAt("duration", lease, `"lease_time":`+lease)
		b = jn(b, "lease_time", lease)
		b = g.js(b, "subnet_mask", "255.255.255.0")
		b = append(ja(b, "routers"), `"192.0.2.1"]`...)
		switch g.rng.IntN(3) {
		case 0:
			b = g.jk(b, "hostname", "uniqueid", "DESKTOP-"+g.chars(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
		default:
			b = g.jp(b, "hostname", "name", g.appleDevice())
		}
		b = append(b, '}')
	case "flow":
		b = g.js(b, "app_proto", pick(g, []string{"ssh", "rdp", "smb", "failed"}))
		b = g.eveFlow(b, true)
	}
	b = append(b, '}')
	return Record{Line: b}
}

// eveHTTP appends the http object of an EVE event.
func (g *gen) eveHTTP(b []byte) []byte {
	b = jo(b, "http")
	host := pick(g, []string{"www.example.com", "shop.example.org", "intranet.example.net"})
	b = g.js(b, "hostname", host)
	url := g.path()
	switch g.rng.IntN(4) {
	case 0:
		f, l := g.name()
		e := g.email(f, l)
		enc := pctEnc(e, false, false)
		g.plantAt("email", e, enc)
		url += "?email=" + enc
	case 1:
		tok := g.token(32)
		g.plantAt("secret", tok)
		url += "?session=" + tok
	}
	b = jkey(b, "url")
	b = append(b, '"')
	b = append(b, jsonEsc(url)...)
	b = append(b, '"')
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "http_user_agent", ua)
	if g.pct(30) {
		b = g.jp(b, "xff", "ipv4", g.ipv4())
	}
	if g.pct(30) {
		b = g.js(b, "http_refer", "https://"+host+g.path())
	}
	b = g.js(b, "http_method", pick(g, []string{"GET", "POST"}))
	b = g.js(b, "protocol", "HTTP/1.1")
	status := pick(g, []string{"200", "302", "403", "404"})
	g.keepAt("status", status, `"status":`+status)
	b = jn(b, "status", status)
	n := g.num(0, 99999)
	g.keepAt("bytes", n, `"length":`+n)
	b = jn(b, "length", n)
	if g.pct(50) {
		// dump-all-headers: request headers as name/value objects.
		b = ja(b, "request_headers")
		b = jo(b, "")
		b = g.js(b, "name", "Host")
		b = g.js(b, "value", host)
		b = append(b, '}')
		b = jo(b, "")
		if g.pct(50) {
			name, val := g.sessionCookie()
			g.plantAt("secret", pctDecodeAll(val, false), jsonEsc(val))
			b = g.js(b, "name", "Cookie")
			b = jkey(b, "value")
			b = append(b, '"')
			b = append(b, jsonEsc(name+"="+val+"; theme=dark")...)
			b = append(b, '"')
		} else {
			tok := g.token(40)
			g.plantAt("secret", tok)
			b = g.js(b, "name", "Authorization")
			b = g.js(b, "value", "Bearer "+tok)
		}
		b = append(b, '}', ']')
	}
	return append(b, '}')
}

// eveFlow appends the flow object of an EVE event.
func (g *gen) eveFlow(b []byte, ended bool) []byte {
	b = jo(b, "flow")
	for _, k := range []string{"pkts_toserver", "pkts_toclient", "bytes_toserver", "bytes_toclient"} {
		v := g.num(1, 99999)
		g.keepAt("bytes", v, `"`+k+`":`+v)
		b = jn(b, k, v)
	}
	start := g.now.Add(-5e9).UTC().Format("2006-01-02T15:04:05.000000") + "+0000"
	b = g.jk(b, "start", "timestamp", start)
	if ended {
		end := g.now.UTC().Format("2006-01-02T15:04:05.000000") + "+0000"
		b = g.jk(b, "end", "timestamp", end)
		b = jn(b, "age", "5")
		b = g.js(b, "state", pick(g, []string{"closed", "established", "new"}))
		b = g.js(b, "reason", "timeout")
		b = append(b, `,"alerted":false`...)
	}
	return append(b, '}')
}

// appleDevice returns the host name an Apple device takes from its
// owner's name: "Anna's iPhone" becomes Annas-iPhone (macOS's local host
// name, the DHCP host name option), sometimes in lower case.
func (g *gen) appleDevice() string {
	first, _ := g.name()
	first = ascii(first)
	d := first + "s-" + pick(g, []string{"iPhone", "iPad", "MacBook-Pro", "MacBook-Air", "iMac", "Mac-mini"})
	if g.pct(30) {
		d = strings.ToLower(d)
	}
	return d
}

// suricataSignatures are rule messages of the Emerging Threats and
// Suricata rule sets: look-alikes that name protocols, tools and ports.
var suricataSignatures = []string{
	"ET POLICY curl User-Agent Outbound",
	"GPL ATTACK_RESPONSE id check returned root",
	"ET SCAN Suspicious inbound to mySQL port 3306",
	"ET INFO Observed DNS Query to .cloud TLD",
	"SURICATA HTTP unable to match response to request",
	"ET POLICY Dropbox.com Offsite File Backup in Use",
	"ET USER_AGENTS Suspicious User Agent (Mozilla/4.0)",
	"ET POLICY SSH session in progress on Unusual Port",
	"ET EXPLOIT Apache log4j RCE Attempt (CVE-2021-44228)",
}
