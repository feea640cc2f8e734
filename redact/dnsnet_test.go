package redact

import (
	"strings"
	"testing"

	"github.com/redactd/redactd/redact/textfmt"
)

// Query logs of DNS resolvers: the client's address, reverse lookups of a
// client's address also in the wire form of the Windows DNS debug log, and
// host names that carry a person's name; service and infrastructure names,
// record types, ports and ids stay.
func TestDNSResolverLogs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// dnsmasq log-queries, Pi-hole.
	f(`Nov 23 20:01:13 dnsmasq[3046]: query[AAAA] hannah-smith-laptop.lan from 198.51.100.170`,
		`Nov 23 20:01:13 dnsmasq[3046]: query[AAAA] [name]-laptop.lan from 198.51.100.0`)
	f(`Nov 23 20:01:58 dnsmasq[9905]: /etc/hosts CHLOE-BONDARENKO-PC.corp.example.com is 203.0.113.100`,
		`Nov 23 20:01:58 dnsmasq[9905]: /etc/hosts [name]-PC.corp.example.com is 203.0.113.0`)
	f(`Nov 23 20:01:48 dnsmasq[2345]: DHCP mdubois-desktop.lan is 203.0.113.239`,
		`Nov 23 20:01:48 dnsmasq[2345]: DHCP [name]-desktop.lan is 203.0.113.0`)
	f(`Nov 23 20:01:48 dnsmasq[2345]: gravity blocked ads.example.com is 0.0.0.0`,
		`Nov 23 20:01:48 dnsmasq[2345]: gravity blocked ads.example.com is 0.0.0.0`)
	// Rooms, departments, roles and system accounts before a PC's word
	// name no one.
	f(`query[A] confroom-berlin-pc.corp.example.com from 10.0.0.1`, `query[A] confroom-berlin-pc.corp.example.com from 10.0.0.0`)
	f(`query[A] finance-pc.corp.example.com kiosk-laptop build-desktop root-pc`, `query[A] finance-pc.corp.example.com kiosk-laptop build-desktop root-pc`)
	f(`query[A] www.example.com x-y-z-laptop node-3-pc`, `query[A] www.example.com x-y-z-laptop node-3-pc`)
	f(`pc laptop -pc a-pc desktop-app mbp.local`, `pc laptop -pc a-pc desktop-app mbp.local`)
	// CoreDNS log plugin, PowerDNS Recursor, Unbound.
	f(`[INFO] 198.51.100.96:8337 - 54117 "A IN ALICE-OBRIEN-PC.corp.example.com. udp 43 true 4096" NOERROR qr,rd 65 0.004270824s`,
		`[INFO] 198.51.100.0:8337 - 54117 "A IN [name]-PC.corp.example.com. udp 43 true 4096" NOERROR qr,rd 65 0.004270824s`)
	f(`0 [128/3] question for 'asmith-mbp.lan|A' from 198.51.100.240:54815`,
		`0 [128/3] question for '[name]-mbp.lan|A' from 198.51.100.0:54815`)
	f(`[1795464015] unbound[9065:2] reply: 192.0.2.218 dmytro-shevchenko-desktop.corp.example.com. A IN NOERROR 0.440885 0 53`,
		`[1795464015] unbound[9065:2] reply: 192.0.2.0 [name]-desktop.corp.example.com. A IN NOERROR 0.440885 0 53`)
	// Windows DNS Server debug log: names in wire form.
	f(`11/23/2026 8:05:00 PM 7F1A PACKET  00000D1DCD1D766C UDP Rcv 198.51.100.17    6ed7 R Q [8281   DR SERVFAIL] PTR    (3)208(1)2(1)0(3)192(7)in-addr(4)arpa(0)`,
		`11/23/2026 8:05:00 PM 7F1A PACKET  00000D1DCD1D766C UDP Rcv 198.51.100.0    6ed7 R Q [8281   DR SERVFAIL] PTR    (1)0(1)2(1)0(3)192(7)in-addr(4)arpa(0)`)
	f(`UDP Rcv 10.1.2.3 5b47 Q [0001   D   NOERROR] PTR    (2)99(3)113(1)0(3)203(7)IN-ADDR(4)ARPA(0)`,
		`UDP Rcv 10.1.2.0 5b47 Q [0001   D   NOERROR] PTR    (1)0(3)113(1)0(3)203(7)IN-ADDR(4)ARPA(0)`)
	f(`Q [0001   D   NOERROR] PTR    (1)7(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)4(1)3(1)2(1)1(1)8(1)b(1)d(1)0(1)1(1)0(1)0(1)2(3)ip6(4)arpa(0)`,
		`Q [0001   D   NOERROR] PTR    (1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)0(1)4(1)3(1)2(1)1(1)8(1)b(1)d(1)0(1)1(1)0(1)0(1)2(3)ip6(4)arpa(0)`)
	f(`Q [0001   D   NOERROR] A      (12)Tomaszs-iMac(5)local(0)`, `Q [0001   D   NOERROR] A      (12)[name]-iMac(5)local(0)`)
	f(`Q [0001   D   NOERROR] A      (22)oliver-becker-notebook(3)lan(0)`, `Q [0001   D   NOERROR] A      (22)[name]-notebook(3)lan(0)`)
	// Zones, other names and broken labels stay.
	f(`PTR (3)113(1)0(3)203(7)in-addr(4)arpa(0) (3)www(7)example(3)com(0) (3)300(1)2(1)0(3)192(7)in-addr(4)arpa(0)`,
		`PTR (3)113(1)0(3)203(7)in-addr(4)arpa(0) (3)www(7)example(3)com(0) (3)300(1)2(1)0(3)192(7)in-addr(4)arpa(0)`)
	f(`(2)23(1)2(1)0(3)192(7)in-addr`, `(2)23(1)2(1)0(3)192(7)in-addr`)
	f(`f(1) g(2) (3)208(1)2(1)0(3)192 x`, `f(1) g(2) (3)208(1)2(1)0(3)192 x`)
}

// DHCP servers' logs: MACs also inside a client id, Android's
// android-<ANDROID_ID> host names, host names after a person; the
// broadcast address, interfaces, lease times and ids stay.
func TestDHCPLogs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Nov 23 20:00:19 gw-1 dhcpd[95039]: DHCPACK on 192.168.20.3 to ba:b6:95:d0:61:f4 (android-1bf4447c62e42d04) via vlan20`,
		`Nov 23 20:00:19 gw-1 dhcpd[95039]: DHCPACK on 192.168.20.0 to [mac] (android-[secret]) via vlan20`)
	f(`dhcpd[1]: DHCPDISCOVER from 00:11:22:33:44:55 (JOHN-SMITH-PC) via eth0`, `dhcpd[1]: DHCPDISCOVER from [mac] ([name]-PC) via eth0`)
	f(`dhcpd[1]: DHCPACK on 192.168.1.50 to 00:11:22:33:44:55 (Janes-iPhone) via eth0`, `dhcpd[1]: DHCPACK on 192.168.1.0 to [mac] ([name]-iPhone) via eth0`)
	f(`INFO  [kea-dhcp4.leases/1234.139] DHCP4_LEASE_ALLOC [hwtype=1 d6:f0:d2:89:e6:c2], cid=[01:d6:f0:d2:89:e6:c2], tid=0xfeb17bf8: lease 198.51.100.227 has been allocated for 86400 seconds`,
		`INFO  [kea-dhcp4.leases/1234.139] DHCP4_LEASE_ALLOC [hwtype=1 [mac]], cid=[01:[mac]], tid=0xfeb17bf8: lease 198.51.100.0 has been allocated for 86400 seconds`)
	f(`DHCP4_PACKET_RECEIVED [hwtype=1 d6:f0:d2:89:e6:c2], cid=[no info], tid=0x0b87acbf: DHCPDISCOVER (type 1) received from 0.0.0.0 to 255.255.255.255 on interface eth0`,
		`DHCP4_PACKET_RECEIVED [hwtype=1 [mac]], cid=[no info], tid=0x0b87acbf: DHCPDISCOVER (type 1) received from 0.0.0.0 to 255.255.255.255 on interface eth0`)
	f(`{"client-id":"01:04:8c:4c:05:65:1a","hostname":"android-cb754012a687fcbf","hw-address":"04:8c:4c:05:65:1a","subnet-id":25,"valid-lft":86400}`,
		`{"client-id":"01:[mac]","hostname":"android-[secret]","hw-address":"[mac]","subnet-id":25,"valid-lft":86400}`)
	f(`dnsmasq-dhcp[7]: 3506291712 client provides name: android-0a1b2c3d4e5f6789`, `dnsmasq-dhcp[7]: 3506291712 client provides name: android-[secret]`)
	// Not a client id or an ANDROID_ID: other lengths, upper case, no
	// digit or no letter, other hardware types, a longer name.
	f(`02:d6:f0:d2:89:e6:c2 01-d6-f0-d2-89-e6-c2 x01:d6:f0:d2:89:e6:c2`, `02:d6:f0:d2:89:e6:c2 01-d6-f0-d2-89-e6-c2 x01:d6:f0:d2:89:e6:c2`)
	f(`android-dhcp-14 android-0A1B2C3D4E5F6789 android-1234567890123456 android-abcdefabcdefabcd android-0a1b2c3d4e5f67890 my-android-0a1b2c3d4e5f6789`,
		`android-dhcp-14 android-0A1B2C3D4E5F6789 android-1234567890123456 android-abcdefabcdefabcd android-0a1b2c3d4e5f67890 my-android-0a1b2c3d4e5f6789`)
}

// Network infrastructure: netfilter's MAC= field, FreeRADIUS detail
// lines, Squid's access.log user.
func TestNetInfraLogs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Nov 23 20:00:02 fw-1 kernel: [22762.710188] [UFW BLOCK] IN=enp3s0 OUT= MAC=52:54:00:95:d9:ad:e8:07:d3:9d:42:e8:08:00 SRC=203.0.113.187 DST=198.51.100.10 LEN=428 TOS=0x00 PREC=0x00 TTL=117 ID=15530 DF PROTO=TCP SPT=61139 DPT=22 WINDOW=21002 RES=0x00 SYN URGP=0`,
		`Nov 23 20:00:02 fw-1 kernel: [22762.710188] [UFW BLOCK] IN=enp3s0 OUT= MAC=[mac]:08:00 SRC=203.0.113.0 DST=198.51.100.0 LEN=428 TOS=0x00 PREC=0x00 TTL=117 ID=15530 DF PROTO=TCP SPT=61139 DPT=22 WINDOW=21002 RES=0x00 SYN URGP=0`)
	f(`IN=eth0 OUT= MAC=52:54:00:95:d9:ad:e8:07:d3:9d:42:e8:86:dd SRC=2001:db8:1:2::7`, `IN=eth0 OUT= MAC=[mac]:86:dd SRC=2001:db8:1::`)
	// Fifteen or thirteen octets are no frame header.
	f(`MAC=52:54:00:95:d9:ad:e8:07:d3:9d:42:e8:08:00:11 x`, `MAC=52:54:00:95:d9:ad:e8:07:d3:9d:42:e8:08:00:11 x`)
	f("\tUser-Name = \"jane.doe\"", "\tUser-Name = \"[name]\"")
	f("\tCalling-Station-Id = \"3C-22-FB-12-34-56\"", "\tCalling-Station-Id = \"[mac]\"")
	f("\tFramed-IP-Address = 10.20.30.40", "\tFramed-IP-Address = 10.20.30.0")
	f("\tAcct-Session-Id = \"84A877BB-45579941\"", "\tAcct-Session-Id = \"84A877BB-45579941\"")
	f("\tAcct-Unique-Session-Id = \"88f21ee49e7c10b826b404b00b4970f6\"", "\tAcct-Unique-Session-Id = \"88f21ee49e7c10b826b404b00b4970f6\"")
	f("\tAcct-Multi-Session-Id = \"88f21ee49e7c10b8\"", "\tAcct-Multi-Session-Id = \"88f21ee49e7c10b8\"")
	// A session id under another key is still a secret.
	f("\tX-Session-Id = \"88f21ee49e7c10b826b404b00b4970f6\" web_session_id=88f21ee49e7c10b826b404b00b4970f6",
		"\tX-Session-Id = \"[secret]\" web_session_id=[secret]")
	f(`1795464140.000   69965 192.0.2.175 TCP_MISS/304 4536336 GET http://cdn.example.net/search?user=priya_obrien&page=2 lfischer HIER_NONE/- application/json`,
		`1795464140.000   69965 192.0.2.0 TCP_MISS/304 4536336 GET http://cdn.example.net/search?user=[name]&page=2 [name] HIER_NONE/- application/json`)
	f(`1795464135.707   35866 192.0.2.60 TCP_TUNNEL/200 545787 CONNECT portal.example.co.uk:443 sean.williams HIER_DIRECT/93.184.216.34 -`,
		`1795464135.707   35866 192.0.2.0 TCP_TUNNEL/200 545787 CONNECT portal.example.co.uk:443 [name] HIER_DIRECT/93.184.216.0 -`)
	f(`1795464135.707      3 192.0.2.60 TCP_DENIED/407 3900 GET http://www.example.com/ - HIER_NONE/- text/html`,
		`1795464135.707      3 192.0.2.0 TCP_DENIED/407 3900 GET http://www.example.com/ - HIER_NONE/- text/html`)
	f(`1795464135.707      3 192.0.2.60 TCP_MISS/200 3900 GET http://www.example.com/ squid HIER_NONE/- text/html`,
		`1795464135.707      3 192.0.2.0 TCP_MISS/200 3900 GET http://www.example.com/ squid HIER_NONE/- text/html`)
}

// Directory and FTP servers: slapd's stats lines, vsftpd.log, xferlog.
func TestDirFTPLogs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Nov 23 20:00:01 ldap-1 slapd[712]: conn=1001 op=0 BIND dn="uid=jdoe,ou=people,dc=example,dc=com" method=128`,
		`Nov 23 20:00:01 ldap-1 slapd[712]: conn=1001 op=0 BIND dn="uid=[name],ou=people,dc=example,dc=com" method=128`)
	f(`Nov 23 20:00:01 ldap-1 slapd[712]: conn=1001 op=0 BIND dn="cn=admin,dc=example,dc=com" method=128`,
		`Nov 23 20:00:01 ldap-1 slapd[712]: conn=1001 op=0 BIND dn="cn=admin,dc=example,dc=com" method=128`)
	f(`slapd[712]: conn=1001 op=1 SRCH base="ou=people,dc=example,dc=com" scope=2 deref=0 filter="(mail=jane.doe@example.com)"`,
		`slapd[712]: conn=1001 op=1 SRCH base="ou=people,dc=example,dc=com" scope=2 deref=0 filter="(mail=[email])"`)
	f(`slapd[712]: conn=1001 fd=12 ACCEPT from IP=192.0.2.7:51234 (IP=0.0.0.0:389)`, `slapd[712]: conn=1001 fd=12 ACCEPT from IP=192.0.2.0:51234 (IP=0.0.0.0:389)`)
	f(`Mon Nov 23 20:01:44 2026 [pid 32067] [aisha.dubois] OK LOGIN: Client "2001:db8:5e89:82b2::731f"`,
		`Mon Nov 23 20:01:44 2026 [pid 32067] [[name]] OK LOGIN: Client "2001:db8:5e89::"`)
	f(`Mon Nov 23 20:01:44 2026 [pid 32067] [mjones] OK UPLOAD: Client "::ffff:192.0.2.149", "/home/mjones/a.pdf", 12 bytes, 1.50Kbyte/sec`,
		`Mon Nov 23 20:01:44 2026 [pid 32067] [[name]] OK UPLOAD: Client "::ffff:192.0.2.0", "/home/[name]/a.pdf", 12 bytes, 1.50Kbyte/sec`)
	f(`Mon Nov 23 20:01:44 2026 [pid 32067] [ftp] OK LOGIN: Client "192.0.2.149"`, `Mon Nov 23 20:01:44 2026 [pid 32067] [ftp] OK LOGIN: Client "192.0.2.0"`)
	f(`[pid x] [jdoe] [pd 7] [jdoe] [INFO] x`, `[pid x] [jdoe] [pd 7] [jdoe] [INFO] x`)
	f(`Mon Nov 23 20:02:34 2026 306 203.0.113.157 6125889 /pub/mirror/debian/README a _ i r olena ftp 0 * c`,
		`Mon Nov 23 20:02:34 2026 306 203.0.113.0 6125889 /pub/mirror/debian/README a _ i r [name] ftp 0 * c`)
	f(`Mon Nov 23 20:02:34 2026 306 203.0.113.157 6125889 /pub/mirror/debian/README a _ i a anonymous ftp 0 * c`,
		`Mon Nov 23 20:02:34 2026 306 203.0.113.0 6125889 /pub/mirror/debian/README a _ i a anonymous ftp 0 * c`)
}

func TestDNSNetAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	for _, line := range []string{
		`UDP Rcv 198.51.100.17 6ed7 R Q [8281 DR SERVFAIL] PTR (3)208(1)2(1)0(3)192(7)in-addr(4)arpa(0) query[A] jane-doe-laptop.lan`,
		`DHCP4_LEASE_ALLOC [hwtype=1 d6:f0:d2:89:e6:c2], cid=[01:d6:f0:d2:89:e6:c2] (android-0a1b2c3d4e5f6789)`,
		`IN=eth0 OUT= MAC=52:54:00:95:d9:ad:e8:07:d3:9d:42:e8:08:00 SRC=203.0.113.187`,
		"\tAcct-Session-Id = \"84A877BB-45579941\"",
		`1795464140.000   69965 192.0.2.175 TCP_MISS/304 4536336 GET http://cdn.example.net/search?user=priya_obrien&page=2 lfischer HIER_NONE/- application/json`,
		`Mon Nov 23 20:01:44 2026 [pid 32067] [aisha.dubois] OK LOGIN: Client "192.0.2.149"`,
		`Mon Nov 23 20:02:34 2026 306 203.0.113.157 6125889 /pub/mirror/debian/README a _ i r olena ftp 0 * c`,
	} {
		src := []byte(line)
		dst := make([]byte, 0, 4*len(src))
		dst, _ = r.Redact(dst[:0], src, FormatAuto) // warm the redactor's buffers
		if n := testing.AllocsPerRun(100, func() { dst, _ = r.Redact(dst[:0], src, FormatAuto) }); n != 0 {
			t.Errorf("%q: %v allocations per record, want 0", line, n)
		}
	}
}

// FuzzDNSWireName: any text in the shapes of a resolver's or a DHCP
// server's log: no panic, redacting twice equals once; a client's address
// in a wire-form PTR name, a person's name before a PC's word, the MAC in
// a client id and an ANDROID_ID never survive.
func FuzzDNSWireName(f *testing.F) {
	for _, s := range []string{
		"PTR    (3)%s(1)2(1)0(3)192(7)in-addr(4)arpa(0)",
		"Q [0001   D   NOERROR] A      (%s)jane-doe-pc(3)lan(0)",
		"query[A] %s-laptop.lan from 192.0.2.7",
		"(1)%s(1)0(3)ip6(4)arpa(0)",
		"(3)www(7)%s(3)com(0)",
		"DHCP4_LEASE_ALLOC [hwtype=1 %s], cid=[01:d6:f0:d2:89:e6:c2]",
		"DHCPACK on 192.0.2.7 to 00:11:22:33:44:55 (android-%s) via eth0",
		"IN=eth0 OUT= MAC=52:54:00:95:d9:ad:%s:08:00 SRC=203.0.113.187",
		"\tAcct-%s-Id = \"84A877BB-45579941\"",
		"1795464140.000   69965 192.0.2.175 TCP_MISS/304 4536336 GET http://cdn.example.net/ %s HIER_NONE/- -",
		"Mon Nov 23 20:01:44 2026 [pid 32067] [%s] OK LOGIN: Client \"192.0.2.149\"",
		"Mon Nov 23 20:02:34 2026 306 203.0.113.157 6125889 /pub/%s a _ i r olena ftp 0 * c",
	} {
		f.Add(s, "208")
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, shape, word string) {
		line := strings.Replace(shape, "%s", word, 1)
		if strings.ContainsAny(line, "\n") {
			return
		}
		out, err := r.Redact(nil, []byte(line), FormatText)
		if err != nil {
			return
		}
		again, err := r.Redact(nil, out, FormatText)
		if err != nil || string(again) != string(out) {
			t.Fatalf("%q: once %q, twice %q (%v)", line, out, again, err)
		}
		survivors := []string{"(3)217(1)2(1)0(3)192", "ksenia-nowak", "d6:f0:d2:89:e6:c2]", "0a1b2c3d4e5f6789", "e8:07:d3:9d:42:e8"}
		for _, v := range survivors {
			if strings.Contains(line, v) {
				return // the fuzzed text holds the planted text itself, where it need not be a value
			}
		}
		planted := line + " PTR (3)217(1)2(1)0(3)192(7)in-addr(4)arpa(0) (20)ksenia-nowak-laptop(0) cid=[01:d6:f0:d2:89:e6:c2] (android-0a1b2c3d4e5f6789) MAC=52:54:00:95:d9:ad:e8:07:d3:9d:42:e8:08:00"
		// The planted line as a stream's first: an earlier fuzzed input
		// may be a CSV header ("a,b,user_agent") whose row this line
		// would be, its third column a user agent's, where no address is
		// read (",, PTR (3)217..." kept it: a CSV header names the rows that fit it).
		if err := r.SetText(TextAuto, textfmt.Config{}); err != nil {
			t.Fatal(err)
		}
		got, err := r.Redact(nil, []byte(planted), FormatText)
		if err != nil {
			return
		}
		for _, v := range survivors {
			if strings.Contains(string(got), v) {
				t.Fatalf("%q: planted value %q survived: %q", planted, v, got)
			}
		}
	})
}
