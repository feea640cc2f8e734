package redact

import (
	"net/netip"
	"testing"
)

// TestIPIntAddr: the examples of Cisco's guide and of the CUCM CDR
// literature, both ways, and what is no such integer.
func TestIPIntAddr(t *testing.T) {
	f := func(in, want string) {
		t.Helper()
		a, ok := ipIntAddr([]byte(in))
		got := "-"
		if ok {
			got = a.String()
			if back := string(appendIPInt(nil, a)); back != in && in[0] == '-' {
				t.Errorf("%q -> %s -> %q", in, a, back)
			}
		}
		if got != want {
			t.Errorf("ipIntAddr(%q) = %s, want %s", in, got, want)
		}
	}
	f("-1139627840", "192.168.18.188") // the Call Reporting and Billing guide's example
	f("-2126438902", "10.30.65.129")
	f("1222848", "192.168.18.0")
	f("3155339456", "192.168.18.188") // the same bytes, unsigned
	f("-2147483648", "0.0.0.128")
	f("4294967295", "255.255.255.255")
	f("0", "-") // no address
	f("-0", "-")
	f("4294967296", "-")
	f("-2147483649", "-")
	f("012", "-")
	f("12a", "-")
	f("", "-")
	f("-", "-")
	f("12345678901", "-")
}

// TestCUCMCDR: a CUCM CDR file read by its header row: the addresses under
// the IP columns are truncated to /24 and written back as CUCM integers,
// or masked; other integers and a 0 address are kept; party numbers are
// masked by column.
func TestCUCMCDR(t *testing.T) {
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatAuto, true)
	f(`"cdrRecordType","globalCallID_callId","origIpAddr","callingPartyNumber","destIpAddr","originalCalledPartyNumber","origMediaTransportAddress_IP","duration"`,
		`"cdrRecordType","globalCallID_callId","origIpAddr","callingPartyNumber","destIpAddr","originalCalledPartyNumber","origMediaTransportAddress_IP","duration"`)
	f(`INTEGER,INTEGER,INTEGER,VARCHAR(50),INTEGER,VARCHAR(50),INTEGER,INTEGER`, `INTEGER,INTEGER,INTEGER,VARCHAR(50),INTEGER,VARCHAR(50),INTEGER,INTEGER`)
	// 192.168.18.188 and 10.30.65.129: their /24s as CUCM integers.
	f(`1,1234567,-1139627840,"2001",-2126438902,"4930901820",0,95`, `1,1234567,1222848,"[phone]",4267530,"[phone]",0,95`)
	f(`1,1234567,3155339456,"2001",1222848,"4930901820",-1,95`, `1,1234567,1222848,"[phone]",1222848,"[phone]",16777215,95`)
	// Not an integer: scanned as the text it is.
	f(`1,1234567,192.168.18.188,"2001",x,"4930901820",0,95`, `1,1234567,192.168.18.0,"[phone]",x,"[phone]",0,95`)

	o := DefaultOptions()
	o.Detectors[DetIPv4].Action = ActMask
	m := checker(t, mustEngine(t, o).NewRedactor(), FormatAuto, true)
	m(`"origIpAddr","callingPartyNumber","destIpAddr","duration"`, `"origIpAddr","callingPartyNumber","destIpAddr","duration"`)
	m(`-1139627840,"2001",0,95`, `[ipv4],"[phone]",0,95`)

	o = DefaultOptions()
	o.Detectors[DetIPv4].Action = ActPseudonymize
	o.HashKey, o.HashKeyID = testKey, "k1"
	r := mustEngine(t, o).NewRedactor()
	redactStr(r, `"origIpAddr","callingPartyNumber","destIpAddr","duration"`, FormatAuto)
	out, err := redactStr(r, `-1139627840,"2001",0,95`, FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	var ipf string
	for i := 0; i < len(out) && out[i] != ','; i++ {
		ipf = out[:i+1]
	}
	if a, ok := ipIntAddr([]byte(ipf)); !ok || a == netip.MustParseAddr("192.168.18.188") {
		t.Errorf("pseudonymized CUCM address %q: not another integer address", out)
	}
}

func TestIPIntNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	r.Redact(nil, []byte(`"cdrRecordType","origIpAddr","callingPartyNumber","destIpAddr"`), FormatAuto)
	row := []byte(`1,-1139627840,"2001",-2126438902`)
	dst, _ := r.Redact(nil, row, FormatAuto)
	if string(dst) != `1,1222848,"[phone]",4267530` {
		t.Fatalf("got %q", dst)
	}
	if n := testing.AllocsPerRun(50, func() { dst, _ = r.Redact(dst[:0], row, FormatAuto) }); n != 0 {
		t.Errorf("%v allocations per row, want 0", n)
	}
}

// TestCUCMJSON: CUCM CDR fields exported as JSON: an integer address stays
// a number when its replacement is one, and becomes a string when masked.
func TestCUCMJSON(t *testing.T) {
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatJSON, true)
	f(`{"origIpAddr":-1139627840,"destIpAddr":"-2126438902","callingPartyNumber":"2001","origMediaTransportAddress_IP":0,"duration":95}`,
		`{"origIpAddr":1222848,"destIpAddr":"4267530","callingPartyNumber":"[phone]","origMediaTransportAddress_IP":0,"duration":95}`)
	f(`{"origIpAddr":1.5,"destIpAddr":-21264389020}`, `{"origIpAddr":1.5,"destIpAddr":-21264389020}`)
	o := DefaultOptions()
	o.Detectors[DetIPv4].Action = ActMask
	m := checker(t, mustEngine(t, o).NewRedactor(), FormatJSON, true)
	m(`{"origIpAddr":-1139627840,"destIpAddr":"-2126438902"}`, `{"origIpAddr":"[ipv4]","destIpAddr":"[ipv4]"}`)
}

// FuzzIPInt: any input is safe; every address but 0.0.0.0 written as a
// CUCM integer reads back as itself.
func FuzzIPInt(f *testing.F) {
	f.Add("-1139627840", uint32(0xBC12A8C0))
	f.Fuzz(func(t *testing.T, in string, u uint32) {
		ipIntAddr([]byte(in))
		a := netip.AddrFrom4([4]byte{byte(u), byte(u >> 8), byte(u >> 16), byte(u >> 24)})
		s := appendIPInt(nil, a)
		b, ok := ipIntAddr(s)
		if ok != (u != 0) || ok && b != a {
			t.Fatalf("%v -> %q -> %v %v", a, s, b, ok)
		}
	})
}
