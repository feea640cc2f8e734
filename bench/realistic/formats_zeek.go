package realistic

import (
	"strconv"
	"strings"
)

// zeekTSV is a line of a Zeek log in its default ASCII writer's format
// (Zeek documentation, "Zeek Log Formats and Inspection" and the script
// reference of each log's Info record): a header of "#separator \x09",
// "#set_separator", "#empty_field", "#unset_field", "#path", "#open",
// "#fields" and "#types" lines, then one tab-separated line per entry,
// "-" for an unset field and "(empty)" for an empty set, sets joined
// with ','; when the log rotates, a "#close" line and the header again.
// One log a stream, in turn conn.log (with policy/protocols/conn/
// mac-logging's orig_l2_addr and resp_l2_addr), http.log (username from
// Basic authentication; password with HTTP::default_capture_password),
// dns.log, dhcp.log and ssl.log (with SSL::log_include_client_
// certificate_subject_issuer).
//
// Planted: originators' addresses, addresses in answers, DHCP's
// client, requested and assigned addresses and MACs, HTTP logins written
// as a person's and captured passwords, e-mail addresses in URIs, the
// names and addresses in client certificate subjects, reverse lookups of
// a client's address. Look-alikes: connection uids (C + 17 base62), file
// ids (F...), epochs, ports, byte and packet counts, durations, DNS
// transaction ids, status codes, certificate fingerprints (SHA-256 hex),
// versions.
func (g *gen) zeekTSV(st *streamState) Record {
	kind := zeekKinds[st.variant%len(zeekKinds)]
	hdr := zeekHeader(kind)
	n := st.n
	if n >= st.headerN {
		n -= st.headerN
		if n == 0 { // rotation: the old file closes, the new one opens
			line := "#close\t" + g.now.UTC().Format("2006-01-02-15-04-05")
			g.keepAt("header", line)
			return Record{Line: []byte(line), Header: true}
		}
		n--
	}
	if n < len(hdr) {
		g.keepAt("header", hdr[n])
		return Record{Line: []byte(hdr[n]), Header: true}
	}
	var f []string
	ts := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(6)
	g.keepAt("epoch", ts)
	f = append(f, ts)
	tab := func(cat, v string) {
		g.keepAt(cat, v, "\t"+v+"\t")
		f = append(f, v)
	}
	id := func() {
		uid := g.zeekUID('C')
		g.keepAt("uniqueid", uid)
		f = append(f, uid)
		ip, cat := g.clientIP()
		g.plantAt(cat, ip)
		f = append(f, ip)
		tab("port", g.num(1024, 65535))
		if cat == "ipv6" {
			f = append(f, "2001:db8:53::"+g.num(1, 99))
		} else {
			f = append(f, "198.51.100."+g.num(1, 254))
		}
	}
	switch kind {
	case "conn":
		id()
		port := pick(g, []string{"443", "80", "53", "22", "123"})
		f = append(f, port)
		proto, svc := "tcp", map[string]string{"443": "ssl", "80": "http", "53": "dns", "22": "ssh", "123": "ntp"}[port]
		if port == "53" || port == "123" {
			proto = "udp"
		}
		f = append(f, proto, svc)
		dur := g.num(0, 99) + "." + g.digits(6)
		g.keepAt("duration", dur)
		f = append(f, dur)
		tab("bytes", g.num(40, 99999))
		tab("bytes", g.num(40, 999999))
		f = append(f, pick(g, []string{"SF", "S0", "RSTO", "SH"}), "T", "F", "0")
		f = append(f, pick(g, []string{"ShADadFf", "Dd", "ShADadfR", "S", "D"}))
		tab("counter", g.num(1, 999))
		tab("bytes", g.num(40, 99999))
		tab("counter", g.num(1, 999))
		tab("bytes", g.num(40, 999999))
		f = append(f, "(empty)")
		mac := strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":")) // Zeek writes MACs lower case with ':'
		g.plantAt("mac", mac)
		f = append(f, mac)
		if g.pct(50) {
			f = append(f, "-")
		} else {
			gw := "00:00:5e:00:01:" + g.hexID(2) // a router's VRRP address
			f = append(f, gw)
		}
	case "http":
		id()
		f = append(f, pick(g, []string{"80", "8080"}))
		f = append(f, g.num(1, 3), pick(g, []string{"GET", "GET", "POST"}), pick(g, []string{"www.example.com", "intranet.example.org", "api.example.net"}))
		uri := g.path()
		switch g.rng.IntN(4) {
		case 0:
			fn, ln := g.name()
			e := g.email(fn, ln)
			enc := pctEnc(e, false, false)
			g.plantAt("email", e, enc)
			uri += "?email=" + enc
		case 1:
			tok := g.token(32)
			g.plantAt("secret", tok)
			uri += "?token=" + tok
		}
		f = append(f, uri, "-", "1.1")
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		f = append(f, ua, "-")
		tab("bytes", g.num(0, 999))
		tab("bytes", g.num(0, 99999))
		status := pick(g, []string{"200", "302", "401", "404"})
		tab("status", status)
		f = append(f, map[string]string{"200": "OK", "302": "Found", "401": "Unauthorized", "404": "Not Found"}[status], "-", "-", "(empty)")
		switch g.rng.IntN(3) {
		case 0:
			f = append(f, "-", "-")
		default:
			var b []byte
			b = g.loginLabelled(b, false, []string{"admin", "backup", "monitor", "svc-ci"})
			f = append(f, string(b))
			if g.pct(50) {
				pw := g.token(12)
				g.plantAt("secret", pw)
				f = append(f, pw)
			} else {
				f = append(f, "-")
			}
		}
		if g.pct(20) {
			ip := g.ipv4()
			g.plantAt("ipv4", ip)
			f = append(f, "X-FORWARDED-FOR -> "+ip)
		} else {
			f = append(f, "-")
		}
		f = append(f, "-", "-", "-")
		fid := g.zeekUID('F')
		g.keepAt("uniqueid", fid)
		f = append(f, fid, "-", pick(g, []string{"text/html", "application/json", "image/png"}))
	case "dns":
		id()
		f = append(f, "53", "udp")
		tab("counter", g.num(1, 65535))
		rtt := "0.0" + g.digits(5)
		g.keepAt("duration", rtt)
		f = append(f, rtt)
		name, qt, qn := pick(g, dnsNames), "1", "A"
		var ans string
		switch g.rng.IntN(5) {
		case 0:
			a, c := g.clientIP()
			name = reverseName(a)
			g.plantAt(c, name)
			qt, qn = "12", "PTR"
			ans = pick(g, []string{"mail.example.com", "host-" + g.num(1, 254) + ".example.net"})
		case 1:
			qt, qn = "28", "AAAA"
			ip := g.ipv6()
			g.plantAt("ipv6", ip)
			ans = ip
		default:
			ip := g.ipv4()
			g.plantAt("ipv4", ip)
			ans = ip
			if g.pct(30) {
				ip2 := g.ipv4()
				g.plantAt("ipv4", ip2)
				ans += "," + ip2
			}
		}
		f = append(f, name, "1", "C_INTERNET", qt, qn, "0", "NOERROR", "F", "F", "T", "T", "0", ans)
		ttl := g.num(30, 86400) + ".000000"
		g.keepAt("duration", ttl)
		f = append(f, ttl, "F")
	case "dhcp":
		u1, u2 := g.zeekUID('C'), g.zeekUID('C')
		g.keepAt("uniqueid", u1)
		g.keepAt("uniqueid", u2)
		f = append(f, u1+","+u2)
		ip := g.ipv4()
		g.plantAt("ipv4", ip)
		f = append(f, ip, "192.0.2.1")
		mac := strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":"))
		g.plantAt("mac", mac)
		f = append(f, mac)
		host := "DESKTOP-" + g.chars(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		g.keepAt("uniqueid", host)
		f = append(f, host, host+".corp.example.com", "corp.example.com", ip, ip)
		lease := g.num(1, 24) + "00.000000"
		g.keepAt("duration", lease)
		f = append(f, lease, "-", "-", pick(g, []string{"REQUEST,ACK", "DISCOVER,OFFER,REQUEST,ACK", "INFORM,ACK"}))
		dur := "0." + g.digits(6)
		g.keepAt("duration", dur)
		f = append(f, dur)
	case "ssl":
		id()
		f = append(f, "443", pick(g, []string{"TLSv13", "TLSv12"}), pick(g, []string{"TLS_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"}), "x25519")
		f = append(f, pick(g, []string{"vpn.example.com", "mail.example.org", "portal.example.net"}), "F", "-", "h2", "T", "CsiI")
		fp := g.hexID(64)
		g.keepAt("hash", fp)
		f = append(f, fp)
		if g.pct(60) {
			cfp := g.hexID(64)
			g.keepAt("hash", cfp)
			f = append(f, cfp)
		} else {
			f = append(f, "(empty)")
		}
		f = append(f, "CN=vpn.example.com", "CN=R3,O=Let's Encrypt,C=US")
		if f[len(f)-3] == "(empty)" {
			f = append(f, "-", "-")
		} else {
			// RFC 4514 as Zeek writes a subject: the most significant
			// RDN last, ',' between RDNs.
			fn, ln := g.name()
			full := fn + " " + ln
			g.plantAt("name", full)
			subj := "CN=" + full + ",OU=Staff,O=Example Corp,C=DE"
			if g.pct(50) {
				e := g.email(fn, ln)
				g.plantAt("email", e)
				subj = "emailAddress=" + e + "," + subj
			}
			f = append(f, subj, "CN=Example Corp Issuing CA 01,O=Example Corp,C=DE")
		}
		f = append(f, "T", "ok")
	}
	return Record{Line: []byte(strings.Join(f, "\t"))}
}

var zeekKinds = []string{"conn", "http", "dns", "dhcp", "ssl"}

var zeekFields = map[string][2]string{
	"conn": {"ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto service duration orig_bytes resp_bytes conn_state local_orig local_resp missed_bytes history orig_pkts orig_ip_bytes resp_pkts resp_ip_bytes tunnel_parents orig_l2_addr resp_l2_addr",
		"time string addr port addr port enum string interval count count string bool bool count string count count count count set[string] string string"},
	"http": {"ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri referrer version user_agent origin request_body_len response_body_len status_code status_msg info_code info_msg tags username password proxied orig_fuids orig_filenames orig_mime_types resp_fuids resp_filenames resp_mime_types",
		"time string addr port addr port count string string string string string string string count count count string count string set[enum] string string set[string] vector[string] vector[string] vector[string] vector[string] vector[string] vector[string]"},
	"dns": {"ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto trans_id rtt query qclass qclass_name qtype qtype_name rcode rcode_name AA TC RD RA Z answers TTLs rejected",
		"time string addr port addr port enum count interval string count string count string count string bool bool bool bool count vector[string] vector[interval] bool"},
	"dhcp": {"ts uids client_addr server_addr mac host_name client_fqdn domain requested_addr assigned_addr lease_time client_message server_message msg_types duration",
		"time set[string] addr addr string string string string addr addr interval string string vector[string] interval"},
	"ssl": {"ts uid id.orig_h id.orig_p id.resp_h id.resp_p version cipher curve server_name resumed last_alert next_protocol established ssl_history cert_chain_fps client_cert_chain_fps subject issuer client_subject client_issuer sni_matches_cert validation_status",
		"time string addr port addr port string string string string bool string string bool string vector[string] vector[string] string string string string bool string"},
}

// zeekHeader returns the header lines of a Zeek ASCII log of kind.
func zeekHeader(kind string) []string {
	fl := zeekFields[kind]
	return []string{
		`#separator \x09`,
		"#set_separator\t,",
		"#empty_field\t(empty)",
		"#unset_field\t-",
		"#path\t" + kind,
		"#open\t2026-11-23-20-00-00",
		"#fields\t" + strings.ReplaceAll(fl[0], " ", "\t"),
		"#types\t" + strings.ReplaceAll(fl[1], " ", "\t"),
	}
}

// zeekUID returns a Zeek unique id: the letter (C for a connection, F for
// a file) and 17 base62 characters.
func (g *gen) zeekUID(c byte) string { return string(c) + g.chars(17, base62) }
