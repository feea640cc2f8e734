package realistic

import (
	"strconv"
	"strings"
)

// Flow exports as collectors write them, one collector a stream:
//
//   - nfdump(1) "-o long" text: date first seen, duration, protocol,
//     "src:port -> dst:port", TCP flags, ToS, packets, bytes, flows; an
//     IPv6 address is followed by its port after a '.' (2001:db8::5.443),
//     written whole (-6);
//   - GoFlow2's JSON output (the flow message fields: type, time_received_ns,
//     sequence_num, sampler_address, time_flow_start_ns, bytes, packets,
//     src_addr, dst_addr, etype, proto, src_port, dst_port, in_if, out_if,
//     src_mac, dst_mac, tcp_flags, src_as, dst_as, next_hop, src_net,
//     dst_net);
//   - pmacct's print plugin in JSON (event_type, mac_src, ip_src, ip_dst,
//     port_src, port_dst, ip_proto, stamp_inserted, stamp_updated,
//     packets, bytes).
//
// Personal: the inside host's address and MAC. Kept: ports, byte and
// packet counters, interface indexes, sequence numbers, times, ASNs,
// the networks (src_net and dst_net prefixes). The exporter's address,
// the next hop and the servers are unlabelled.

func (g *gen) flowExports(st *streamState) Record {
	switch st.variant % 3 {
	case 0:
		return g.nfdumpLong(st)
	case 1:
		return g.goflowJSON()
	}
	return g.pmacctJSON()
}

func (g *gen) nfdumpLong(st *streamState) Record {
	b := make([]byte, 0, 200)
	if st.n == 0 {
		return Record{Line: []byte("Date first seen          Duration Proto      Src IP Addr:Port          Dst IP Addr:Port   Flags Tos  Packets    Bytes Flows"), Header: true}
	}
	t := g.now.UTC()
	b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05.000"), "")
	dur := strconv.Itoa(g.rng.IntN(300)) + "." + g.digits(3)
	b = append(b, "  "...)
	b = g.keep(b, "duration", dur, " "+dur+" ")
	proto := pick(g, []string{"TCP", "UDP", "TCP"})
	b = append(b, proto+strings.Repeat(" ", 10-len(proto))...)
	sp := g.num(1024, 65535)
	dp := pick(g, []string{"443", "80", "53", "993", "123"})
	out := g.pct(70)
	var local, remote string
	if g.pct(25) {
		local = g.ipv6()
		g.plantAt("ipv6", local)
		remote = "2001:db8:ffff::" + g.num(1, 99)
		local += "." + sp
		remote += "." + dp
		g.keepAt("port", sp, "."+sp+" ")
	} else {
		local = g.clientAddr(g.pct(60))
		remote = "203.0.113." + g.num(1, 254)
		local += ":" + sp
		remote += ":" + dp
		g.keepAt("port", sp, ":"+sp+" ")
	}
	if !out {
		local, remote = remote, local
	}
	b = append(b, strings.Repeat(" ", max(1, 24-len(local)))+local+" -> "+remote...)
	b = append(b, strings.Repeat(" ", max(1, 20-len(remote)))...)
	flags := "......"
	if proto == "TCP" {
		flags = pick(g, []string{".AP.SF", ".A..S.", ".AP...", "...R.."})
	}
	b = append(b, " "+flags+"   0 "...)
	pk := g.num(1, 9999)
	by := g.num(40, 9999999)
	b = g.keep(b, "counter", pk, " "+pk+" ")
	b = g.keep(b, "bytes", by, " "+by+" ")
	b = append(b, "    1"...)
	return Record{Line: b}
}

func (g *gen) goflowJSON() Record {
	b := make([]byte, 0, 900)
	ns := strconv.FormatInt(g.now.UnixNano(), 10)
	b = append(b, '{')
	b = g.js(b, "type", pick(g, []string{"IPFIX", "NETFLOW_V9", "SFLOW_5"}))
	b = jn(b, "time_received_ns", ns)
	g.keepAt("epoch", ns, ns)
	seq := g.num(1, 9999999)
	b = jn(b, "sequence_num", seq)
	b = jn(b, "sampling_rate", pick(g, []string{"0", "1000", "512"}))
	b = g.js(b, "sampler_address", "192.0.2.254")
	b = jn(b, "time_flow_start_ns", ns)
	b = jn(b, "time_flow_end_ns", ns)
	by := g.num(40, 9999999)
	b = jn(b, "bytes", by)
	g.keepAt("bytes", by, `"bytes":`+by)
	b = jn(b, "packets", g.num(1, 9999))
	v6 := g.pct(20)
	var local, remote string
	if v6 {
		local, remote = g.ipv6(), "2001:db8:ffff::"+g.num(1, 99)
		g.plantAt("ipv6", local, `"`+local+`"`)
	} else {
		local, remote = g.clientAddr(g.pct(60)), "203.0.113."+g.num(1, 254)
	}
	out := g.pct(70)
	src, dst := local, remote
	sp, dp := g.num(1024, 65535), pick(g, []string{"443", "80", "53"})
	if !out {
		src, dst, sp, dp = remote, local, dp, sp
	}
	b = g.js(b, "src_addr", src)
	b = g.js(b, "dst_addr", dst)
	b = g.js(b, "etype", map[bool]string{true: "IPv6", false: "IPv4"}[v6])
	b = g.js(b, "proto", pick(g, []string{"TCP", "UDP"}))
	b = jn(b, "src_port", sp)
	b = jn(b, "dst_port", dp)
	if out {
		g.keepAt("port", sp, `"src_port":`+sp)
	} else {
		g.keepAt("port", dp, `"dst_port":`+dp)
	}
	b = jn(b, "in_if", g.num(1, 48))
	b = jn(b, "out_if", g.num(1, 48))
	mac := strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":"))
	if out {
		b = g.jp(b, "src_mac", "mac", mac)
		b = g.js(b, "dst_mac", "00:1b:54:aa:10:01")
	} else {
		b = g.js(b, "src_mac", "00:1b:54:aa:10:01")
		b = g.jp(b, "dst_mac", "mac", mac)
	}
	b = jn(b, "tcp_flags", g.num(0, 31))
	b = jn(b, "src_as", map[bool]string{true: "0", false: "64500"}[out])
	b = jn(b, "dst_as", map[bool]string{true: "64500", false: "0"}[out])
	b = g.js(b, "next_hop", "198.51.100.1")
	netOf := func(a string) string {
		if strings.Contains(a, ":") {
			return "2001:db8::/32"
		}
		return a[:strings.LastIndexByte(a, '.')] + ".0/24"
	}
	b = g.jk(b, "src_net", "prefix", netOf(src))
	b = g.jk(b, "dst_net", "prefix", netOf(dst))
	b = append(b, '}')
	return Record{Line: b}
}

func (g *gen) pmacctJSON() Record {
	b := make([]byte, 0, 400)
	t := g.now.UTC()
	b = append(b, '{')
	b = g.js(b, "event_type", "purge")
	mac := strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":"))
	b = g.jp(b, "mac_src", "mac", mac)
	src := g.clientAddr(g.pct(70))
	b = g.js(b, "ip_src", src)
	b = g.js(b, "ip_dst", "203.0.113."+g.num(1, 254))
	sp := g.num(1024, 65535)
	b = jn(b, "port_src", sp)
	g.keepAt("port", sp, `"port_src":`+sp)
	b = jn(b, "port_dst", pick(g, []string{"443", "80", "53"}))
	b = g.js(b, "ip_proto", pick(g, []string{"tcp", "udp"}))
	ins := t.Truncate(60e9).Format("2006-01-02 15:04:05")
	b = g.jk(b, "stamp_inserted", "timestamp", ins)
	b = g.jk(b, "stamp_updated", "timestamp", t.Format("2006-01-02 15:04:05"))
	b = jn(b, "packets", g.num(1, 999))
	by := g.num(40, 999999)
	b = jn(b, "bytes", by)
	g.keepAt("bytes", by, `"bytes":`+by)
	b = append(b, '}')
	return Record{Line: b}
}
