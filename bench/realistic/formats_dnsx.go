package realistic

import (
	"strconv"
	"strings"
)

// Cloud DNS services' query logs, one service a stream:
//
//   - Amazon Route 53 Resolver (VPC Resolver) query logs, JSON, as the
//     developer guide's "Values that appear in VPC Resolver query logs"
//     lists them: version, account_id, region, vpc_id, query_timestamp,
//     query_name (with its final dot), query_type, query_class, rcode,
//     answers[] {Rdata, Type, Class}, srcaddr, srcport (a string),
//     transport, srcids {instance | resolver_endpoint}, and for queries a
//     DNS Firewall rule matched firewall_rule_group_id, firewall_rule_action,
//     firewall_domain_list_id;
//   - Route 53 public DNS query logs, one space-separated line: log format
//     version, timestamp, hosted zone id, query name, type, response code,
//     layer 4 protocol, edge location, resolver IP, and the EDNS client
//     subnet or "-";
//   - Google Cloud DNS logging: a Cloud Logging LogEntry of resource type
//     dns_query whose jsonPayload has queryName, queryType, responseCode,
//     rdata (the answers in zone-file presentation form, tab-separated),
//     sourceIP, sourceNetwork, authAnswer, protocol, serverLatency,
//     vmInstanceId, vmInstanceIdString, vmInstanceName, vmProjectId,
//     vmZoneName;
//   - Cloudflare Gateway DNS (Logpush dataset gateway_dns): Datetime,
//     AccountID, ColoCode, DeviceID, DeviceName, DstIP, Email, Location,
//     Protocol, QueryName, QueryNameReversed, QuerySize, QueryTypeName,
//     RCode, ResolvedIPs, ResolverDecision, SrcIP, SrcPort, UserID,
//     EDNSClientSubnet;
//   - Azure Firewall DNS proxy logs as diagnostic settings export them:
//     the resource-specific AZFWDnsQuery record (SourceIp, SourcePort,
//     QueryId, QueryType, QueryClass, QueryName, Protocol, RequestSize,
//     DnssecOkBit, EDNS0BufferSize, ResponseCode, ResponseFlags,
//     ResponseSize, RequestDurationSecs, ErrorNumber, ErrorMessage) and the
//     legacy AzureFirewallDnsProxy record whose properties.msg is a
//     CoreDNS-style line ("DNS Request: IP:port - id TYPE IN name. udp ...").
//
// Personal: the client's address (srcaddr, sourceIP, SrcIP, SourceIp, the
// public log's resolver IP), an EDNS client subnet longer than the /24 or
// /48 the policy keeps, the user's e-mail, a device named after its user,
// reverse lookups of an address and the host names that spell an address
// (ip-10-0-1-23.ec2.internal, ec2-203-0-113-7.compute-1.amazonaws.com,
// 203-0-113-7.dyn.example.net, the reversed labels of QueryNameReversed).
// Kept: account, VPC, instance, zone and resolver-endpoint ids, device and
// user UUIDs, service names, ports, sizes, durations, timestamps, versions.

// dnsxQ is one question of a generated query and what its answer needs.
type dnsxQ struct {
	name, qtype string
	addr        string // the IPv4 address a PTR question or an address-named host stands for
	cat         string // its category, for the answer
}

// dnsxQuestion picks a question, labelling its name: a reverse lookup of
// an address (planted, the address returned for the answer), a host whose
// name spells its address (planted), a device named after its user
// (planted), or a service's or the organisation's own name (kept). With
// private set, the addresses are a VPC's.
func (g *gen) dnsxQuestion(private bool) dnsxQ {
	addr := func() string {
		if private {
			return g.privateIPv4()
		}
		return g.ipv4()
	}
	switch n := g.rng.IntN(20); {
	case n < 5:
		a := addr()
		name := reverseName(a)
		g.plantAt("ipv4", name)
		return dnsxQ{name: name, qtype: "PTR", addr: a, cat: "ipv4"}
	case n < 6:
		name := reverseName(g.ipv6())
		g.plantAt("ipv6", name)
		return dnsxQ{name: name, qtype: "PTR"}
	case n < 8:
		a := addr()
		h := g.addrHost(a, private)
		return dnsxQ{name: h, qtype: "A", addr: a, cat: "ipv4"}
	case n < 11:
		h, who := g.personHost()
		g.plantAt("name", who)
		return dnsxQ{name: h, qtype: pick(g, []string{"A", "AAAA", "A"})}
	case n < 14:
		name := pick(g, infraNames)
		g.keepAt("host", name)
		qt := pick(g, []string{"A", "AAAA", "SRV"})
		if strings.HasPrefix(name, "_") {
			qt = "SRV"
		}
		return dnsxQ{name: name, qtype: qt}
	}
	name := pick(g, cloudDNSNames)
	g.keepAt("host", name)
	qt := pick(g, []string{"A", "AAAA", "A", "HTTPS", "TXT", "MX", "CNAME"})
	if strings.HasPrefix(name, "_") {
		qt = "SRV"
	}
	return dnsxQ{name: name, qtype: qt}
}

// cloudDNSNames are names workloads in a cloud ask about: kept.
var cloudDNSNames = []string{
	"s3.eu-central-1.amazonaws.com", "sts.amazonaws.com", "api.github.com", "registry-1.docker.io",
	"storage.googleapis.com", "metadata.google.internal", "login.microsoftonline.com",
	"www.example.com", "api.example.org", "_sip._udp.example.com", "pool.ntp.org", "db-1.prod.example.internal",
	"ssm.us-east-1.amazonaws.com", "packages.microsoft.com",
}

// addrHost returns a host name that spells the IPv4 address a, as
// providers name hosts after their address, and plants the address as the
// name spells it: AWS's ip-10-0-1-23.ec2.internal (private) and
// ec2-203-0-113-7.compute-1.amazonaws.com, ISPs' 203-0-113-7.dyn…,
// host-…, c-…, Cox-style ip203-0-113-7…, a hosting provider's
// static.7.113.0.203.clients… and Google Cloud's 7.113.0.203.bc.googleusercontent.com
// (octets reversed).
func (g *gen) addrHost(a string, private bool) string {
	d := strings.ReplaceAll(a, ".", "-")
	region := pick(g, []string{"eu-central-1", "us-west-2", "eu-west-1"})
	if private || strings.HasPrefix(a, "10.") {
		g.plantAt("ipv4", d)
		if g.pct(50) {
			return "ip-" + d + ".ec2.internal"
		}
		return "ip-" + d + "." + region + ".compute.internal"
	}
	o := strings.Split(a, ".")
	rev := o[3] + "." + o[2] + "." + o[1] + "." + o[0]
	switch g.rng.IntN(8) {
	case 0:
		g.plantAt("ipv4", d)
		return "ec2-" + d + ".compute-1.amazonaws.com"
	case 1:
		g.plantAt("ipv4", d)
		return "ec2-" + d + "." + region + ".compute.amazonaws.com"
	case 2:
		g.plantAt("ipv4", d)
		return d + ".dyn.example.net"
	case 3:
		g.plantAt("ipv4", d)
		return "host-" + d + ".isp.example"
	case 4:
		g.plantAt("ipv4", d)
		return "c-" + d + ".hsd1.ca.example.net"
	case 5:
		g.plantAt("ipv4", d)
		return "ip" + d + ".ph.ph.example.net"
	case 6:
		g.plantAt("ipv4", rev)
		return "static." + rev + ".clients.example.de"
	}
	g.plantAt("ipv4", rev)
	return rev + ".bc.googleusercontent.com"
}

// dnsxAnswer returns the answer to q as zone-file rdata, labelling it:
// for a PTR of an address, a host that spells it or a device named after
// its user (planted); for an address-named host, the address (planted);
// otherwise a public service's address or a CNAME (not labelled: the
// engine may cut a server's address like any other).
func (g *gen) dnsxAnswer(q dnsxQ, private bool) (rdata, rtype string) {
	switch {
	case q.qtype == "PTR" && q.addr != "":
		if g.pct(25) {
			h, who := g.personHost()
			g.plantAt("name", who)
			return h + ".", "PTR"
		}
		return g.addrHost(q.addr, private) + ".", "PTR"
	case q.qtype == "PTR":
		return pick(g, infraNames) + ".", "PTR"
	case q.addr != "":
		g.plantAt(q.cat, q.addr)
		return q.addr, "A"
	case q.qtype == "AAAA":
		return pick(g, []string{"2606:2800:220:1:248:1893:25c8:1946", "2a00:1450:4001:82a::200e"}), "AAAA"
	case q.qtype == "CNAME" || q.qtype == "HTTPS":
		return pick(g, []string{"d111111abcdef8.cloudfront.net.", "example.com.edgekey.net."}), "CNAME"
	case q.qtype == "TXT":
		return `"v=spf1 include:_spf.example.com ~all"`, "TXT"
	case q.qtype == "MX":
		return "10 mx1.example.com.", "MX"
	case q.qtype == "SRV":
		return "0 100 389 dc01.corp.example.com.", "SRV"
	}
	return pick(g, []string{"93.184.216.34", "140.82.121.6", "52.95.150.10", "142.250.185.78"}), "A"
}

func (g *gen) cloudDNSLogs(st *streamState) Record {
	switch st.variant % 6 {
	case 0:
		return g.route53Resolver(false)
	case 1:
		return g.route53Public()
	case 2:
		return g.gcpCloudDNS()
	case 3:
		return g.cfGatewayDNS()
	case 4:
		return g.azureDNSProxy()
	}
	return g.route53Resolver(true)
}

// route53Resolver writes a VPC Resolver query log record; inbound is an
// inbound endpoint's stream, whose clients are on premises.
func (g *gen) route53Resolver(inbound bool) Record {
	b := make([]byte, 0, 700)
	b = append(b, '{')
	b = g.ctKeep(b, "version", "version", pick(g, []string{"1.100000", "1.000000"}))
	b = g.ctKeep(b, "account_id", "account_id", g.cloudAccount())
	b = g.js(b, "region", pick(g, []string{"us-east-1", "eu-central-1"}))
	b = g.ctKeep(b, "vpc_id", "uniqueid", "vpc-"+g.hexID(17))
	b = g.jk(b, "query_timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	q := g.dnsxQuestion(!inbound)
	b = g.js(b, "query_name", q.name+".")
	b = g.js(b, "query_type", q.qtype)
	b = g.js(b, "query_class", "IN")
	rcode := pick(g, []string{"NOERROR", "NOERROR", "NOERROR", "NXDOMAIN", "SERVFAIL"})
	b = g.js(b, "rcode", rcode)
	b = ja(b, "answers")
	if rcode == "NOERROR" {
		rd, rt := g.dnsxAnswer(q, !inbound)
		b = jo(b, "")
		b = g.js(b, "Rdata", rd)
		b = g.js(b, "Type", rt)
		b = g.js(b, "Class", "IN")
		b = append(b, '}')
	}
	b = append(b, ']')
	if inbound {
		ip, cat := g.clientIP()
		b = g.jp(b, "srcaddr", cat, ip)
	} else {
		b = g.jp(b, "srcaddr", "ipv4", g.privateIPv4())
	}
	b = g.ctKeep(b, "srcport", "port", g.num(1024, 65535))
	b = g.js(b, "transport", pick(g, []string{"UDP", "UDP", "TCP"}))
	b = jo(b, "srcids")
	if inbound {
		b = g.ctKeep(b, "resolver_endpoint", "uniqueid", "rslvr-in-"+g.hexID(17))
	} else {
		b = g.ctKeep(b, "instance", "uniqueid", "i-"+g.hexID(17))
	}
	b = append(b, '}')
	if g.pct(20) {
		b = g.ctKeep(b, "firewall_rule_group_id", "uniqueid", "rslvr-frg-"+g.hexID(17))
		b = g.js(b, "firewall_rule_action", pick(g, []string{"BLOCK", "ALERT", "ALLOW"}))
		b = g.ctKeep(b, "firewall_domain_list_id", "uniqueid", "rslvr-fdl-"+g.hexID(17))
	}
	return Record{Line: append(b, '}')}
}

// route53Public writes a public hosted zone's query log line.
func (g *gen) route53Public() Record {
	b := make([]byte, 0, 200)
	b = append(b, "1.0 "...)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"), "")
	b = append(b, ' ')
	b = g.keep(b, "hash", "Z"+strings.ToUpper(g.chars(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")), "")
	var name, qtype string
	switch n := g.rng.IntN(10); {
	case n < 2:
		// The zone is a reverse zone: a remote resolver looks up one
		// of the zone's addresses.
		a := g.ipv4()
		name, qtype = reverseName(a), "PTR"
		g.plantAt("ipv4", name)
	default:
		name = pick(g, []string{"example.com", "www.example.com", "_dmarc.example.com", "mail.example.com", "api.example.com", "_acme-challenge.example.com"})
		g.keepAt("host", name)
		qtype = pick(g, []string{"A", "AAAA", "MX", "TXT", "A", "HTTPS"})
	}
	b = append(b, ' ')
	b = append(b, name...)
	b = append(b, " "+qtype+" "+pick(g, []string{"NOERROR", "NOERROR", "NXDOMAIN"})+" "+pick(g, []string{"UDP", "UDP", "TCP"})+" "...)
	edge := pick(g, []string{"FRA6", "IAD12", "LHR50-C1", "NRT57-P2", "SFO5-C3"})
	b = g.keep(b, "uniqueid", edge, " "+edge+" ")
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, ' ')
	switch n := g.rng.IntN(10); {
	case n < 5:
		b = append(b, '-')
	case n < 8:
		// A /24 subnet is what the policy keeps of an address.
		o := strings.Split(g.ipv4(), ".")
		b = append(b, o[0]+"."+o[1]+"."+o[2]+".0/24"...)
	default:
		// An IPv6 /56: more than the /48 the policy keeps.
		s := "2001:db8:" + strconv.FormatUint(uint64(1+g.rng.IntN(0xfffe)), 16) + ":" + strconv.FormatUint(uint64(1+g.rng.IntN(0xff))<<8, 16) + "::"
		b = g.plant(b, "ipv6", s, "")
		b = append(b, "/56"...)
	}
	return Record{Line: b}
}

// gcpCloudDNS writes a Cloud DNS query log entry of a VM's query.
func (g *gen) gcpCloudDNS() Record {
	project := pick(g, gcpProjects)
	zone := pick(g, []string{"europe-west3-a", "us-central1-b", "europe-west1-c"})
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	b = g.ctKeep(b, "insertId", "uniqueid", g.chars(12, lowerNum))
	b = jo(b, "jsonPayload")
	b = append(b, `"authAnswer":`+pick(g, []string{"true", "false"})...)
	b = g.js(b, "protocol", pick(g, []string{"UDP", "UDP", "TCP"}))
	q := g.dnsxQuestion(true)
	b = g.js(b, "queryName", q.name+".")
	b = g.js(b, "queryType", q.qtype)
	rcode := pick(g, []string{"NOERROR", "NOERROR", "NXDOMAIN"})
	if rcode == "NOERROR" {
		rd, rt := g.dnsxAnswer(q, true)
		// The answer in presentation form: owner, TTL, class, type
		// (lower case) and rdata, tab-separated.
		rr := q.name + ".\t" + g.num(30, 3600) + "\tIN\t" + strings.ToLower(rt) + "\t" + rd
		b = g.js(b, "rdata", rr)
	}
	b = g.js(b, "responseCode", rcode)
	b = jn(b, "serverLatency", g.num(0, 40))
	b = g.jp(b, "sourceIP", "ipv4", g.privateIPv4())
	b = g.js(b, "sourceNetwork", pick(g, []string{"default", "prod-vpc", "shared-vpc-host"}))
	id := g.num(1, 9) + g.digits(18)
	b = jkey(b, "vmInstanceId")
	b = g.keep(b, "uniqueid", id, "")
	b = g.ctKeep(b, "vmInstanceIdString", "uniqueid", id)
	b = g.js(b, "vmInstanceName", pick(g, []string{"web-1", "gke-prod-pool-1-8c2f4a1b-x7k2", "batch-worker-3", "bastion"}))
	b = g.js(b, "vmProjectId", project)
	b = g.js(b, "vmZoneName", zone)
	b = append(b, '}')
	b = g.js(b, "logName", "projects/"+project+"/logs/dns.googleapis.com%2Fdns_queries")
	b = g.jk(b, "receiveTimestamp", "timestamp", g.now.UTC().Add(1500e6).Format("2006-01-02T15:04:05.000000000Z"))
	b = jo(b, "resource")
	b = jo(b, "labels")
	b = g.js(b, "location", zone[:len(zone)-2])
	b = g.js(b, "project_id", project)
	b = g.js(b, "source_type", "gce-vm")
	b = g.js(b, "target_name", "")
	b = g.js(b, "target_type", pick(g, []string{"external", "private-zone", "internal"}))
	b = append(b, '}')
	b = g.js(b, "type", "dns_query")
	b = append(b, '}')
	b = g.js(b, "severity", "INFO")
	b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000000Z"))
	return Record{Line: append(b, '}')}
}

// appleDisplayName returns an Apple device's name as its owner sees it
// (macOS's computer name, an iPhone's name in Settings): the owner's given
// name, or full name, a possessive with U+2019 as macOS writes it or with
// an ASCII apostrophe as a person retyping it does, and the model; and
// the owner's name as planted.
func (g *gen) appleDisplayName() (name, who string) {
	f, l := g.name()
	who = f
	if g.pct(30) {
		who = f + " " + l
	}
	return who + pick(g, []string{"’", "'"}) + "s " + pick(g, []string{"iPhone", "iPad", "MacBook Pro", "MacBook Air", "iMac", "Mac mini"}), who
}

// reversedLabels returns name with its labels in reverse order, as
// Gateway's QueryNameReversed writes it.
func reversedLabels(name string) string {
	l := strings.Split(name, ".")
	for i, j := 0, len(l)-1; i < j; i, j = i+1, j-1 {
		l[i], l[j] = l[j], l[i]
	}
	return strings.Join(l, ".")
}

// cfGatewayDNS writes a Gateway DNS Logpush record.
func (g *gen) cfGatewayDNS() Record {
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	b = g.jk(b, "Datetime", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	b = g.ctKeep(b, "AccountID", "uniqueid", g.hexID(32))
	b = g.js(b, "ColoCode", pick(g, []string{"FRA", "AMS", "LHR", "IAD"}))
	b = jn(b, "ColoID", g.num(10, 400))
	user := g.pct(70)
	if user {
		b = g.ctKeep(b, "DeviceID", "uuid", g.uuid())
		switch g.rng.IntN(3) {
		case 0:
			d := g.appleDevice()
			g.plantAt("name", d[:strings.LastIndex(d, "s-")+1])
			b = g.js(b, "DeviceName", d)
		case 1:
			// The WARP client reports a Mac's or an iPhone's name as
			// its owner sees it.
			d, who := g.appleDisplayName()
			g.plantAt("name", who)
			b = g.js(b, "DeviceName", d)
		default:
			b = g.ctKeep(b, "DeviceName", "host", "DESKTOP-"+g.chars(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
		}
	} else {
		b = g.js(b, "DeviceID", "")
		b = g.js(b, "DeviceName", "")
	}
	b = g.js(b, "DstIP", pick(g, []string{"172.64.36.1", "172.64.36.2", "2a06:98c1:54::1"}))
	b = jn(b, "DstPort", pick(g, []string{"53", "443", "853"}))
	if user {
		f, l := g.name()
		b = g.jp(b, "Email", "email", g.email(f, l))
	} else {
		b = g.js(b, "Email", "")
	}
	b = g.js(b, "Location", pick(g, []string{"Berlin Office", "HQ", "Kyiv Branch", "Home"}))
	b = g.ctKeep(b, "LocationID", "uniqueid", g.hexID(32))
	b = g.js(b, "Protocol", pick(g, []string{"https", "udp", "tls"}))
	np := len(g.plants)
	q := g.dnsxQuestion(false)
	b = g.js(b, "QueryName", q.name)
	rev := reversedLabels(q.name)
	if len(g.plants) > np && strings.HasSuffix(q.name, ".arpa") {
		// Reversed, a PTR name spells the address in order: an
		// in-addr.arpa name's address is the plain dotted quad.
		p := &g.plants[len(g.plants)-1]
		p.Forms = append(p.Forms, rev)
		if q.addr != "" {
			g.plantAt("ipv4", q.addr, rev)
		}
	}
	b = g.js(b, "QueryNameReversed", rev)
	b = g.ctKeep(b, "QuerySize", "bytes", g.num(40, 90))
	b = g.js(b, "QueryTypeName", q.qtype)
	b = jn(b, "RCode", "0")
	b = ja(b, "ResolvedIPs")
	if q.qtype == "A" || q.qtype == "AAAA" {
		rd, _ := g.dnsxAnswer(q, false)
		b = append(b, `"`+rd+`"`...)
	}
	b = append(b, ']')
	b = g.js(b, "ResolverDecision", pick(g, []string{"allowedOnNoPolicyMatch", "allowedByQueryName", "blockedByCategory", "overrideForSafeSearch"}))
	ip, cat := g.clientIP()
	b = g.jp(b, "SrcIP", cat, ip)
	b = jn(b, "SrcPort", "0")
	if user {
		b = g.ctKeep(b, "UserID", "uuid", g.uuid())
	} else {
		b = g.js(b, "UserID", "")
	}
	b = g.js(b, "EDNSClientSubnet", "")
	return Record{Line: append(b, '}')}
}

// azureDNSProxy writes an Azure Firewall DNS proxy record: the
// resource-specific AZFWDnsQuery or the legacy AzureFirewallDnsProxy one.
func (g *gen) azureDNSProxy() Record {
	b := make([]byte, 0, 900)
	b = append(b, '{')
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.0000000Z"))
	sub := g.uuid()
	b = g.jk(b, "resourceId", "uuid", "/SUBSCRIPTIONS/"+strings.ToUpper(sub)+"/RESOURCEGROUPS/RG-HUB/PROVIDERS/MICROSOFT.NETWORK/AZUREFIREWALLS/FW-HUB")
	ip := g.privateIPv4()
	port, id := g.num(1024, 65535), g.num(1, 65535)
	q := g.dnsxQuestion(true)
	rcode := pick(g, []string{"NOERROR", "NOERROR", "NXDOMAIN"})
	reqSize, respSize := g.num(30, 80), g.num(60, 400)
	dur := "0.00" + g.digits(4)
	if g.pct(50) {
		b = g.js(b, "category", "AZFWDnsQuery")
		b = g.js(b, "operationName", "AZFWDnsQuery")
		b = jo(b, "properties")
		b = g.jp(b, "SourceIp", "ipv4", ip)
		b = jkey(b, "SourcePort")
		b = g.keep(b, "port", port, port+",")
		b = append(b, `"QueryId":`...)
		b = g.keep(b, "counter", id, id+",")
		b = append(b, `"QueryType":"`+q.qtype+`","QueryClass":"IN"`...)
		b = g.js(b, "QueryName", q.name+".")
		b = g.js(b, "Protocol", pick(g, []string{"udp", "tcp"}))
		b = jkey(b, "RequestSize")
		b = g.keep(b, "bytes", reqSize, reqSize+",")
		b = append(b, `"DnssecOkBit":false,"EDNS0BufferSize":`+pick(g, []string{"512", "1232", "4096"})...)
		b = g.js(b, "ResponseCode", rcode)
		b = g.js(b, "ResponseFlags", "qr,rd,ra")
		b = jkey(b, "ResponseSize")
		b = g.keep(b, "bytes", respSize, respSize+",")
		b = append(b, `"RequestDurationSecs":`...)
		b = g.keep(b, "duration", dur, dur+",")
		b = append(b, `"ErrorNumber":0,"ErrorMessage":""}`...)
		return Record{Line: append(b, '}')}
	}
	b = g.js(b, "category", "AzureFirewallDnsProxy")
	b = g.js(b, "operationName", "AzureFirewallDnsProxyLog")
	b = jo(b, "properties")
	b = jkey(b, "msg")
	b = append(b, '"')
	if g.pct(15) {
		// A failed upstream exchange names the client's socket.
		b = append(b, "Error: 2 "+q.name+". "+q.qtype+": read udp "...)
		b = g.plant(b, "ipv4", ip, "")
		b = g.keep(b, "port", port, ":"+port+"->")
		b = append(b, "168.63.129.16:53: i/o timeout"...)
		return Record{Line: append(b, `"}}`...)}
	}
	b = append(b, "DNS Request: "...)
	b = g.plant(b, "ipv4", ip, "")
	b = g.keep(b, "port", port, ":"+port+" ")
	b = g.keep(b, "counter", id, "- "+id+" ")
	b = append(b, q.qtype+" IN "+q.name+". "+pick(g, []string{"udp", "tcp"})+" "...)
	b = g.keep(b, "bytes", reqSize, reqSize+" ")
	b = append(b, "false "+pick(g, []string{"512", "1232", "4096"})+" "+rcode+" qr,rd,ra "...)
	b = g.keep(b, "bytes", respSize, respSize+" ")
	b = g.keep(b, "duration", dur+"000s", "")
	return Record{Line: append(b, `"}}`...)}
}

// dnstap, as its readers and collectors print it, one tool a stream:
//
//   - BIND's dnstap-read, default form (dns_dt_datatotext): the time, the
//     message type (CQ, CR, RQ, RR, AQ, AR, FQ, FR), the query address and
//     port, "->" for a query or "<-" for a response, the response address
//     and port (an IPv6 address printed bare, the port after a colon), UDP
//     or TCP, the message size with "b", and name/class/type;
//   - dnstap-read -y: a YAML document a message (type, identity, version,
//     message: type, query_time, response_time, socket_family,
//     socket_protocol, query_address, response_address, query_port,
//     response_port, the message size and the message in dig's
//     presentation form, with its OPT pseudosection and CLIENT-SUBNET);
//   - go-dnscollector's JSON (network.query-ip, query-port, response-ip,
//     dns.qname, dns.id, dns.resource-records.an[] {name, rdatatype,
//     ttl, rdata}, edns.options[] with CSUBNET data, dnstap.operation,
//     identity, timestamp-rfc3339ns, latency), its flat JSON
//     ("network.query-ip", "dns.resource-records.an.0.rdata") and its
//     default text line (timestamp identity operation rcode query-ip
//     query-port family protocol length qname qtype latency);
//   - golang-dnstap's quiet text (dnstap -q): time, type, address,
//     protocol, size, "qname." class type.
//
// Personal: client addresses (the query address of CQ/CR, the response
// address of AQ/AR), an ECS subnet of a single host (/32, or an IPv6 /56
// or longer), reverse lookups and the host names that spell an address,
// devices named after their users. Kept: ports, ids, sizes, latencies,
// timestamps, identities and versions, service names.

func (g *gen) dnstapText(st *streamState) Record {
	switch st.variant % 6 {
	case 0:
		return g.dnscollectorJSON(false)
	case 1:
		return g.dnstapRead()
	case 2:
		return g.dnstapYAML()
	case 3:
		return g.dnscollectorText()
	case 4:
		return g.dnstapQuiet()
	}
	return g.dnscollectorJSON(true)
}

// dnstapServer returns the server's own address in the family of the
// client's: not labelled.
func dnstapServer(cat string) string {
	if cat == "ipv6" {
		return "2001:db8:53::53"
	}
	return "198.51.100.53"
}

// dnstapPort returns a client's source port; after an IPv6 address
// printed bare, one of five digits, as a resolver's random ports mostly
// are, so that it cannot be read as a group of the address.
func (g *gen) dnstapPort(cat string) string {
	if cat == "ipv6" {
		return g.num(10000, 65535)
	}
	return g.num(1024, 65535)
}

func (g *gen) dnstapRead() Record {
	b := make([]byte, 0, 200)
	t := g.now
	b = g.keep(b, "timestamp", two(t.Day())+"-"+months[t.Month()-1]+"-"+strconv.Itoa(t.Year())+" "+t.Format("15:04:05.000"), "")
	ip, cat := g.clientIP()
	port := g.dnstapPort(cat)
	q := g.dnsxQuestion(false)
	typ := pick(g, []string{"CQ", "CR", "CQ", "CR", "RQ", "RR", "AQ", "AR"})
	b = append(b, " "+typ+" "...)
	query := typ[1] == 'Q'
	arrow := " -> "
	if !query {
		arrow = " <- "
	}
	switch typ[0] {
	case 'C', 'A':
		// The client asked (C) or asked this authoritative server (A).
		b = g.plant(b, cat, ip, "")
		b = g.keep(b, "port", port, ":"+port+arrow)
		b = append(b, dnstapServer(cat)+":53"...)
	default:
		// The resolver's own query upstream: its address, then the
		// authoritative server's.
		sp := g.num(10000, 65535)
		b = append(b, dnstapServer(cat)...)
		b = g.keep(b, "port", sp, ":"+sp+arrow)
		auth := pick(g, []string{"192.0.2.1:53", "198.51.100.1:53"})
		if cat == "ipv6" {
			auth = "2001:db8::1:53"
		}
		b = append(b, auth...)
	}
	b = append(b, " "+pick(g, []string{"UDP", "UDP", "TCP"})...)
	sz := g.num(29, 512)
	b = g.keep(b, "bytes", sz, " "+sz+"b ")
	b = append(b, q.name+"/IN/"+q.qtype...)
	return Record{Line: b}
}

func (g *gen) dnstapYAML() Record {
	ip, cat := g.clientIP()
	port := g.dnstapPort(cat)
	q := g.dnsxQuestion(false)
	resp := g.pct(60)
	var b strings.Builder
	b.WriteString("---\ntype: MESSAGE\nidentity: ns1.example.net\nversion: ")
	ver := pick(g, []string{"9.18.24", "9.16.48", "9.20.3"})
	g.keepAt("version", ver, "bind-"+ver)
	b.WriteString("bind-" + ver + "\nmessage:\n  type: ")
	if resp {
		b.WriteString("CLIENT_RESPONSE\n")
	} else {
		b.WriteString("CLIENT_QUERY\n")
	}
	qt := g.now.UTC().Format("2006-01-02T15:04:05.000Z")
	g.keepAt("timestamp", qt)
	b.WriteString("  query_time: !!timestamp " + qt + "\n")
	if resp {
		rt := g.now.UTC().Add(2e6).Format("2006-01-02T15:04:05.000Z")
		g.keepAt("timestamp", rt)
		b.WriteString("  response_time: !!timestamp " + rt + "\n")
	}
	fam := "INET"
	if cat == "ipv6" {
		fam = "INET6"
	}
	b.WriteString("  socket_family: " + fam + "\n  socket_protocol: UDP\n  query_address: " + ip + "\n")
	g.plantAt(cat, ip)
	b.WriteString("  response_address: " + dnstapServer(cat) + "\n  query_port: " + port + "\n  response_port: 53\n")
	g.keepAt("port", port, "query_port: "+port+"\n")
	id := g.num(1, 65535)
	sz := g.num(40, 300)
	ecs := ""
	switch n := g.rng.IntN(10); {
	case n < 3:
		o := strings.Split(g.ipv4(), ".")
		ecs = o[0] + "." + o[1] + "." + o[2] + ".0/24/0" // a /24: what the policy keeps
	case n < 5 && cat == "ipv4":
		ecs = ip + "/32/0" // the client itself
	}
	if resp {
		b.WriteString("  response_message_size: " + sz + "b\n  response_message: |\n")
		b.WriteString("    ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: " + id + "\n")
		b.WriteString("    ;; flags: qr rd ra; QUESTION: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n")
	} else {
		b.WriteString("  query_message_size: " + sz + "b\n  query_message: |\n")
		b.WriteString("    ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: " + id + "\n")
		b.WriteString("    ;; flags: rd ad; QUESTION: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n")
	}
	g.keepAt("counter", id, "id: "+id+"\n")
	g.keepAt("bytes", sz, "size: "+sz+"b\n")
	b.WriteString("    ;; OPT PSEUDOSECTION:\n    ; EDNS: version: 0, flags:; udp: 1232\n")
	if ecs != "" {
		b.WriteString("    ; CLIENT-SUBNET: " + ecs + "\n")
	}
	cookie := g.hexID(16)
	g.keepAt("hash", cookie)
	b.WriteString("    ; COOKIE: " + cookie + "\n")
	b.WriteString("    ;; QUESTION SECTION:\n    ;" + q.name + ".\t\tIN\t" + q.qtype + "\n")
	if resp {
		rd, rt := g.dnsxAnswer(q, false)
		ttl := g.num(30, 86400)
		b.WriteString("\n    ;; ANSWER SECTION:\n    " + q.name + ".\t" + ttl + "\tIN\t" + rt + "\t" + rd + "\n")
	}
	return Record{Line: []byte(strings.TrimSuffix(b.String(), "\n"))}
}

// dnscollectorJSON writes go-dnscollector's JSON, nested or flat.
func (g *gen) dnscollectorJSON(flat bool) Record {
	ip, cat := g.clientIP()
	port := g.dnstapPort(cat)
	q := g.dnsxQuestion(false)
	resp := g.pct(60)
	fam := "IPv4"
	if cat == "ipv6" {
		fam = "IPv6"
	}
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	key := func(parent, k string) string {
		if flat {
			return parent + "." + k
		}
		return k
	}
	if !flat {
		b = jo(b, "network")
	}
	b = g.js(b, key("network", "family"), fam)
	b = g.js(b, key("network", "protocol"), "UDP")
	b = g.jp(b, key("network", "query-ip"), cat, ip)
	b = g.ctKeep(b, key("network", "query-port"), "port", port)
	b = g.js(b, key("network", "response-ip"), dnstapServer(cat))
	b = g.js(b, key("network", "response-port"), "53")
	if !flat {
		b = append(b, '}')
		b = jo(b, "dns")
	}
	id, sz := g.num(1, 65535), g.num(40, 400)
	b = jn(b, key("dns", "id"), id)
	g.keepAt("counter", id, `"`+key("dns", "id")+`":`+id+",")
	b = jn(b, key("dns", "length"), sz)
	g.keepAt("bytes", sz, `"`+key("dns", "length")+`":`+sz+",")
	rcode := pick(g, []string{"NOERROR", "NOERROR", "NXDOMAIN"})
	b = g.js(b, key("dns", "rcode"), rcode)
	b = g.js(b, key("dns", "qname"), q.name)
	b = g.js(b, key("dns", "qtype"), q.qtype)
	if !flat {
		b = jo(b, "resource-records")
		b = ja(b, "an")
	}
	if resp && rcode == "NOERROR" {
		rd, rt := g.dnsxAnswer(q, false)
		ttl := g.num(30, 86400)
		if flat {
			b = g.js(b, "dns.resource-records.an.0.name", q.name)
			b = g.js(b, "dns.resource-records.an.0.rdatatype", rt)
			b = jn(b, "dns.resource-records.an.0.ttl", ttl)
			b = g.js(b, "dns.resource-records.an.0.rdata", rd)
		} else {
			b = jo(b, "")
			b = g.js(b, "name", q.name)
			b = g.js(b, "rdatatype", rt)
			b = jn(b, "ttl", ttl)
			b = g.js(b, "rdata", rd)
			b = append(b, '}')
		}
	}
	if !flat {
		b = append(b, `],"ns":[],"ar":[]}`...)
		b = append(b, '}')
		b = jo(b, "edns")
	}
	b = jn(b, key("edns", "udp-size"), "1232")
	b = jn(b, key("edns", "dnssec-ok"), "0")
	var ecs string
	switch n := g.rng.IntN(10); {
	case n < 3:
		o := strings.Split(g.ipv4(), ".")
		ecs = o[0] + "." + o[1] + "." + o[2] + ".0/24"
	case n < 5 && cat == "ipv4":
		ecs = ip + "/32"
	case n < 5:
		ecs = ip + "/128"
	}
	if flat {
		if ecs != "" {
			b = g.js(b, "edns.options.0.code", "8")
			b = g.js(b, "edns.options.0.name", "CSUBNET")
			b = g.js(b, "edns.options.0.data", ecs)
		}
	} else {
		b = ja(b, "options")
		if ecs != "" {
			b = append(b, `{"code":8,"name":"CSUBNET"`...)
			b = g.js(b, "data", ecs)
			b = append(b, '}')
		}
		b = append(b, "]}"...)
		b = jo(b, "dnstap")
	}
	op := "CLIENT_QUERY"
	if resp {
		op = "CLIENT_RESPONSE"
	}
	b = g.js(b, key("dnstap", "operation"), op)
	b = g.jk(b, key("dnstap", "identity"), "host", pick(g, []string{"dnsdist1", "unbound-fra1", "resolver-2"}))
	b = g.jk(b, key("dnstap", "timestamp-rfc3339ns"), "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000000Z"))
	b = g.ctKeep(b, key("dnstap", "latency"), "duration", "0.00"+g.digits(4))
	if !flat {
		b = append(b, '}')
	}
	if g.pct(30) {
		// dnsdist's protobuf messages add PowerDNS's fields: the
		// requestor and the device a policy named (a user's login, a
		// device's name, both set by Lua from the client's identity).
		if !flat {
			b = jo(b, "powerdns")
			b = append(b, `"tags":[]`...)
		}
		b = g.js(b, key("powerdns", "applied-policy"), "")
		if g.pct(60) {
			b = g.jp(b, key("powerdns", "requestor-id"), "name", g.personLogin())
		} else {
			b = g.jk(b, key("powerdns", "requestor-id"), "account", pick(g, []string{"svc-dns", "guest-wifi", "iot-vlan"}))
		}
		b = g.ctKeep(b, key("powerdns", "device-id"), "hash", g.hexID(16))
		h, who := g.personHost()
		g.plantAt("name", who)
		b = g.js(b, key("powerdns", "device-name"), h)
		if !flat {
			b = append(b, '}')
		}
	}
	return Record{Line: append(b, '}')}
}

func (g *gen) dnscollectorText() Record {
	b := make([]byte, 0, 200)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000000Z"), "")
	b = append(b, ' ')
	b = append(b, pick(g, []string{"dnsdist1", "unbound-fra1", "resolver-2"})...)
	b = append(b, ' ')
	b = append(b, pick(g, []string{"CLIENT_QUERY", "CLIENT_RESPONSE", "CQ", "CR"})...)
	b = append(b, ' ')
	b = append(b, pick(g, []string{"NOERROR", "NOERROR", "NXDOMAIN"})...)
	b = append(b, ' ')
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	port := g.dnstapPort(cat)
	b = g.keep(b, "port", port, " "+port+" ")
	fam := "IPv4"
	if cat == "ipv6" {
		fam = "IPv6"
	}
	b = append(b, fam+" UDP "...)
	sz := g.num(40, 400)
	b = g.keep(b, "bytes", sz, sz+"b ")
	q := g.dnsxQuestion(false)
	b = append(b, q.name+" "+q.qtype+" "...)
	return Record{Line: g.keep(b, "duration", "0.00"+g.digits(4), "")}
}

func (g *gen) dnstapQuiet() Record {
	b := make([]byte, 0, 200)
	b = g.keep(b, "timestamp", g.now.UTC().Format("15:04:05.000000"), "")
	typ := pick(g, []string{"CQ", "CR", "CQ", "CR", "AQ", "AR"})
	b = append(b, " "+typ+" "...)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, " "+pick(g, []string{"UDP", "UDP", "TCP"})...)
	sz := g.num(29, 512)
	b = g.keep(b, "bytes", sz, " "+sz+"b ")
	q := g.dnsxQuestion(false)
	return Record{Line: append(b, "\""+q.name+".\" IN "+q.qtype...)}
}

// Cloud network sensors' logs, one a stream:
//
//   - AWS Network Firewall alert and flow logs (the Suricata EVE record
//     under "event", beside firewall_name, availability_zone and
//     event_timestamp): alert with http.hostname/url/http_user_agent or
//     tls.sni, netflow with pkts, bytes, start, end, age;
//   - Azure NSG flow logs version 2: a records[] object whose
//     properties.flows[].flows[].flowTuples are comma-separated strings:
//     epoch, source and destination IP, ports, protocol T/U, direction
//     I/O, decision A/D, state B/C/E, then packets and bytes both ways
//     (empty at B);
//   - Google Cloud VPC flow logs (LogEntry jsonPayload: connection
//     {src_ip, src_port, dest_ip, dest_port, protocol}, bytes_sent and
//     packets_sent as strings, rtt_msec, reporter, src_instance,
//     dest_location, start_time, end_time).
//
// Personal: the addresses of the flows' clients (a VM's private address,
// a remote person's public one), the SNI or Host of a device named after
// its user, an e-mail address in a URL's query. Kept: flow ids, ports,
// counts, epochs, timestamps, signature ids, instance names.
func (g *gen) cloudFlowLogs(st *streamState) Record {
	switch st.variant % 3 {
	case 0:
		return g.awsNetworkFirewall()
	case 1:
		return g.azureNSGFlow()
	}
	return g.gcpVPCFlow()
}

func (g *gen) awsNetworkFirewall() Record {
	b := make([]byte, 0, 900)
	b = append(b, '{')
	b = g.js(b, "firewall_name", "fw-prod")
	b = g.js(b, "availability_zone", "us-east-1a")
	b = g.ctKeep(b, "event_timestamp", "epoch", strconv.FormatInt(g.now.Unix(), 10))
	b = jo(b, "event")
	b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000")+"+0000")
	fid := g.num(1, 9) + g.digits(15)
	b = jn(b, "flow_id", fid)
	g.keepAt("uniqueid", fid, `"flow_id":`+fid+",")
	alert := g.pct(60)
	if alert {
		b = g.js(b, "event_type", "alert")
	} else {
		b = g.js(b, "event_type", "netflow")
	}
	src := g.privateIPv4()
	b = g.jp(b, "src_ip", "ipv4", src)
	sp := g.num(1024, 65535)
	b = jn(b, "src_port", sp)
	g.keepAt("port", sp, `"src_port":`+sp+",")
	dst, dcat := g.clientIP()
	b = g.jp(b, "dest_ip", dcat, dst)
	dp := pick(g, []string{"443", "80", "8443"})
	b = jn(b, "dest_port", dp)
	b = g.js(b, "proto", "TCP")
	if !alert {
		b = g.js(b, "app_proto", pick(g, []string{"tls", "http", "unknown"}))
		b = jo(b, "netflow")
		pk, by := g.num(1, 900), g.num(60, 900000)
		b = jn(b, "pkts", pk)
		b = jn(b, "bytes", by)
		g.keepAt("bytes", by, `"bytes":`+by+",")
		b = g.jk(b, "start", "timestamp", g.now.UTC().Add(-30e9).Format("2006-01-02T15:04:05.000000")+"+0000")
		b = g.jk(b, "end", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000")+"+0000")
		b = jn(b, "age", g.num(0, 60))
		b = jn(b, "min_ttl", "63")
		b = jn(b, "max_ttl", "64")
		return Record{Line: append(b, "}}}"...)}
	}
	tls := g.pct(50)
	host := pick(g, cloudDNSNames)
	personal := g.pct(30)
	var who string
	if personal {
		host, who = g.personHost()
	}
	if tls {
		b = g.js(b, "app_proto", "tls")
	} else {
		b = g.js(b, "app_proto", "http")
	}
	b = jo(b, "alert")
	b = g.js(b, "action", pick(g, []string{"blocked", "allowed"}))
	sid := g.num(1, 99)
	b = jn(b, "signature_id", sid)
	b = jn(b, "rev", "0")
	// The stateful engine's own rules (default actions, the domain
	// list) sign their alerts with fixed messages: look-alikes under a
	// key that names secrets elsewhere.
	if tls {
		b = g.ctKeep(b, "signature", "status", "not matching any TLS allowlisted FQDNs")
	} else {
		b = g.ctKeep(b, "signature", "status", pick(g, []string{"aws:alert_established action", "aws:alert_strict action", "aws:drop_established action"}))
	}
	b = g.js(b, "category", "")
	b = jn(b, "severity", "3")
	b = append(b, '}')
	if personal {
		g.plantAt("name", who)
	} else {
		g.keepAt("host", host)
	}
	if tls {
		b = jo(b, "tls")
		b = g.js(b, "sni", host)
		b = g.js(b, "version", "TLS 1.2")
		return Record{Line: append(b, "}}}"...)}
	}
	b = jo(b, "http")
	b = g.js(b, "hostname", host)
	if g.pct(30) {
		f, l := g.name()
		e := g.email(f, l)
		b = jkey(b, "url")
		b = append(b, `"/account/reset?email=`...)
		b = g.plant(b, "email", e, pctEnc(e, false, false))
		b = append(b, '"')
	} else {
		b = g.js(b, "url", g.path())
	}
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "http_user_agent", ua)
	b = g.js(b, "http_method", pick(g, []string{"GET", "POST"}))
	b = jn(b, "length", "0")
	return Record{Line: append(b, "}}}"...)}
}

func (g *gen) azureNSGFlow() Record {
	b := make([]byte, 0, 1200)
	b = append(b, `{"records":[{`...)
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.0000000Z"))
	b = g.ctKeep(b, "systemId", "uuid", g.uuid())
	mac := strings.ToUpper(g.hexID(12))
	b = g.js(b, "macAddress", mac) // a VM's NIC: no person's device
	b = g.js(b, "category", "NetworkSecurityGroupFlowEvent")
	b = g.js(b, "resourceId", "/SUBSCRIPTIONS/"+strings.ToUpper(g.uuid())+"/RESOURCEGROUPS/RG-WEB/PROVIDERS/MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/NSG-WEB")
	b = g.js(b, "operationName", "NetworkSecurityGroupFlowEvents")
	b = append(b, `,"properties":{"Version":2,"flows":[{"rule":"`...)
	b = append(b, pick(g, []string{"DefaultRule_AllowInternetOutBound", "UserRule_AllowHTTPS", "DefaultRule_DenyAllInBound"})...)
	b = append(b, `","flows":[{"mac":"`+mac+`","flowTuples":[`...)
	n := 1 + g.rng.IntN(3)
	vm := "10.0." + g.num(0, 9) + "." + g.num(4, 250)
	g.plantAt("ipv4", vm)
	for k := 0; k < n; k++ {
		if k > 0 {
			b = append(b, ',')
		}
		remote := g.ipv4()
		g.plantAt("ipv4", remote)
		ep := strconv.FormatInt(g.now.Unix()+int64(k), 10)
		sp, dp := g.num(1024, 65535), pick(g, []string{"443", "80", "22", "3389"})
		dir := pick(g, []string{"I", "O"})
		a, c := vm, remote
		if dir == "I" {
			a, c = remote, vm
		}
		state := pick(g, []string{"B", "C", "E"})
		t := ep + "," + a + "," + c + "," + sp + "," + dp + "," + pick(g, []string{"T", "U"}) + "," + dir + "," + pick(g, []string{"A", "A", "D"}) + "," + state + ","
		if state == "B" {
			t += ",,,"
		} else {
			t += g.num(1, 90) + "," + g.num(60, 90000) + "," + g.num(1, 90) + "," + g.num(60, 90000)
		}
		g.keepAt("epoch", ep, `"`+ep+",")
		g.keepAt("port", sp, ","+sp+","+dp+",")
		b = append(b, '"')
		b = append(b, t...)
		b = append(b, '"')
	}
	return Record{Line: append(b, "]}]}]}}]}"...)}
}

func (g *gen) gcpVPCFlow() Record {
	project := pick(g, gcpProjects)
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	b = g.ctKeep(b, "insertId", "uniqueid", g.chars(14, lowerNum))
	b = jo(b, "jsonPayload")
	by := g.num(60, 900000)
	b = g.ctKeep(b, "bytes_sent", "bytes", by)
	b = jo(b, "connection")
	remote, rcat := g.clientIP()
	b = g.jp(b, "dest_ip", rcat, remote)
	b = jn(b, "dest_port", pick(g, []string{"443", "80"}))
	b = jn(b, "protocol", "6")
	b = g.jp(b, "src_ip", "ipv4", g.privateIPv4())
	sp := g.num(1024, 65535)
	b = jn(b, "src_port", sp)
	g.keepAt("port", sp, `"src_port":`+sp+"}")
	b = append(b, '}')
	b = jo(b, "dest_location")
	b = g.js(b, "city", pick(g, []string{"Berlin", "Kyiv", "London"}))
	b = g.js(b, "continent", "Europe")
	b = g.js(b, "country", pick(g, []string{"deu", "ukr", "gbr"}))
	b = append(b, '}')
	b = g.jk(b, "end_time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000000Z"))
	b = g.ctKeep(b, "packets_sent", "counter", g.num(1, 900))
	b = g.js(b, "reporter", "SRC")
	b = g.ctKeep(b, "rtt_msec", "duration", g.num(1, 400))
	b = jo(b, "src_instance")
	b = g.js(b, "project_id", project)
	b = g.js(b, "region", "europe-west3")
	b = g.js(b, "vm_name", pick(g, []string{"web-1", "gke-prod-pool-1-8c2f4a1b-x7k2", "batch-worker-3"}))
	b = g.js(b, "zone", "europe-west3-a")
	b = append(b, '}')
	b = g.jk(b, "start_time", "timestamp", g.now.UTC().Add(-5e9).Format("2006-01-02T15:04:05.000000000Z"))
	b = append(b, '}')
	b = g.js(b, "logName", "projects/"+project+"/logs/compute.googleapis.com%2Fvpc_flows")
	b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000000Z"))
	return Record{Line: append(b, '}')}
}
