package textfmt

import (
	"strings"
	"testing"
)

const (
	ribbonStop = `STOP,SBC-LON-01,0x4245BF72E6AA7F72,970222735,(UTC) Coordinated Universal Time,11/23/2026,19:56:38.0,4,141,307,11/23/2026,20:00:00.0,2,30700,16,1,2,,,12125550117,011442079460682,,1,9011442079460682,1,,,12125550117,RL_PSTN_OUT,1,IPTG_CARRIER_A:198.51.100.20,198.51.100.10,198.51.100.20,TG_PBX_HQ,,198.51.100.118:5060/198.51.100.10:5060,,198.51.100.10:5060/198.51.100.20:5060,"SIP,ce12@198.51.100.118,""Lukas Johnson"" <sip:2034@198.51.100.118>;tag=ase5a090b1,0",3`
	yateTabs   = "1795464000.661\t1795464000-1\tsip/100\t192.0.2.228:4569\t2094\t00442079460436\t0.000\t11.884\t11.884\toutgoing\trejected\tbusy"
	yateCommas = `1795464000.661,"1795464000-12","sip/100","192.0.2.228:4569","2094","380449474915",0.000,11.884,11.884,"incoming","answered",""`
)

// TestLooksRibbonYate: Ribbon SBC accounting records and Yate cdrfile
// lines, and lines that only resemble them.
func TestLooksRibbonYate(t *testing.T) {
	f := func(in string, ribbon, yate bool) {
		t.Helper()
		if got := LooksRibbonAcct([]byte(in)); got != ribbon {
			t.Errorf("LooksRibbonAcct(%q) = %v, want %v", in, got, ribbon)
		}
		if got := LooksYateCDR([]byte(in)); got != yate {
			t.Errorf("LooksYateCDR(%q) = %v, want %v", in, got, yate)
		}
	}
	f(ribbonStop, true, false)
	f("ATTEMPT,GW1,0x00016E2A000003F5,1,GMT,11/23/2026,19:56:38.0,,,,,,,,,,,,4155550123,2045", true, false)
	f("STOP,SBC 1,0x00016E2A000003F5,1,GMT,11/23/2026,19:56:38.0,,,,,,,,,,,,4155550123", false, false)    // a blank in the gateway
	f("STOP,SBC1,0x00016E2A0003F5,1,GMT,11/23/2026,19:56:38.0,,,,,,,,,,,,,4155550123,2045", false, false) // 14 hex digits
	f("STOP, the service at 0x00016E2A000003F5, and restart it please, now", false, false)
	f(yateTabs, false, true)
	f(yateCommas, false, true)
	f("1795464000.661\tINFO\tsip/100 answered after 11.884 seconds by the callee", false, false)
	f("1795464000.661,1795464000-1,sip/100,x,y,z", false, false) // a comma layout quotes the billid
	f("", false, false)
}

// TestSplitRibbonYate: the fields, named by position; a quoted field's
// span inside its quotes.
func TestSplitRibbonYate(t *testing.T) {
	f := func(split func([]Field, []byte) []Field, in string, pick []int, want string) {
		t.Helper()
		rec := []byte(in)
		fs := split(nil, rec)
		var parts []string
		for _, k := range pick {
			parts = append(parts, string(fs[k].Name)+"="+string(rec[fs[k].Start:fs[k].End]))
		}
		if got := strings.Join(parts, "|"); got != want {
			t.Errorf("split(%q)\n got %s\nwant %s", in, got, want)
		}
	}
	f(SplitRibbonAcct, ribbonStop, []int{0, 2, 19, 20, 23, 27, 35, 38, 39},
		`record_type=STOP|accounting_id=0x4245BF72E6AA7F72|calling_number=12125550117|called_number=011442079460682|called_number=9011442079460682|charged_party_number=12125550117|ingress_ip_circuit_end_point=198.51.100.118:5060/198.51.100.10:5060|col=SIP,ce12@198.51.100.118,""Lukas Johnson"" <sip:2034@198.51.100.118>;tag=ase5a090b1,0|col=3`)
	f(SplitYateCDR, yateTabs, []int{1, 3, 4, 5, 11}, "billid=1795464000-1|address=192.0.2.228:4569|caller=2094|called=00442079460436|reason=busy")
	f(SplitYateCDR, yateCommas, []int{1, 4, 5, 6, 11}, "billid=1795464000-12|caller=2094|called=380449474915|billtime=0.000|reason=")
}

func TestRibbonYateNoAllocs(t *testing.T) {
	dst := make([]Field, 0, 64)
	for _, in := range []string{ribbonStop, yateTabs, yateCommas} {
		rec := []byte(in)
		if n := testing.AllocsPerRun(100, func() {
			if LooksRibbonAcct(rec) {
				dst = SplitRibbonAcct(dst[:0], rec)
			} else if LooksYateCDR(rec) {
				dst = SplitYateCDR(dst[:0], rec)
			} else {
				t.Fatal("not recognised")
			}
		}); n != 0 {
			t.Errorf("%.20q: %v allocations", in, n)
		}
	}
}

// FuzzRibbonYate: any bytes split without panic into named fields in
// order, inside the line and not overlapping.
func FuzzRibbonYate(f *testing.F) {
	f.Add(ribbonStop)
	f.Add(yateTabs)
	f.Add(yateCommas)
	f.Add(`STOP,GW,0x00016E2A000003F5,"unterminated,1`)
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		LooksRibbonAcct(rec)
		LooksYateCDR(rec)
		for _, split := range []func([]Field, []byte) []Field{SplitRibbonAcct, SplitYateCDR} {
			pos := 0
			for i, fd := range split(nil, rec) {
				if int(fd.Start) < pos || fd.End < fd.Start || int(fd.End) > len(rec) || len(fd.Name) == 0 {
					t.Fatalf("field %d [%d:%d] %q after %d: %q", i, fd.Start, fd.End, fd.Name, pos, in)
				}
				pos = int(fd.End)
			}
		}
	})
}
