package textfmt

import (
	"strings"
	"testing"
)

const tcxInbound = "Call 69719,7A0B78AB289FFBD4_336,00:00:05,2026/11/23 20:00:02,2026/11/23 20:00:04,2026/11/23 20:00:11,TerminatedBySrc,+442079460115,Ext.2035,10001,2035,2035,ReplacedDst,Ext.2073,2073,,,,,Chain: Line:10001>>+442079460115;Ext.2035;Ext.2073;,Line,Extension,Extension,,Oliver O'Brien,Dmytro Patel,"

// TestLooksThreeCXCDR: 3CX CDR lines, and lines that only resemble them.
func TestLooksThreeCXCDR(t *testing.T) {
	f := func(in string, want bool) {
		t.Helper()
		if got := LooksThreeCXCDR([]byte(in)); got != want {
			t.Errorf("LooksThreeCXCDR(%q) = %v, want %v", in, got, want)
		}
	}
	f(tcxInbound, true)
	f("Call 4,00000C39F1A7A4CE_5,00:12:07,2026/11/23 20:06:31,,2026/11/23 20:18:52,Failed_Cancelled,Ext.101,,101,,,,,,,,,,,,,,,,,", true)
	f("Call 4,00000c39f1a7a4ce_5,00:12:07,x,y,z,a,b,c,d,e,f,g,h,i,j,k", false) // lower-case call id
	f("Call 4,00000C39F1A7A4CE_5,12:07,2026/11/23 20:06:31,,2026/11/23 20:18:52,x,y", false)
	f("Call me back at 00000C39F1A7A4CE_5 today, 00:12:07, thanks a lot", false)
	f("", false)
}

// TestSplitThreeCXCDR: the fields, named by position; an extension's
// number without "Ext."; a line's dn named "line"; the chain split.
func TestSplitThreeCXCDR(t *testing.T) {
	rec := []byte(tcxInbound)
	var parts []string
	for _, fd := range SplitThreeCXCDR(nil, rec) {
		parts = append(parts, string(fd.Name)+"="+string(rec[fd.Start:fd.End]))
	}
	want := "historyid=Call 69719|callid=7A0B78AB289FFBD4_336|duration=00:00:05|time-start=2026/11/23 20:00:02|time-answered=2026/11/23 20:00:04|time-end=2026/11/23 20:00:11|reason-terminated=TerminatedBySrc|" +
		"from-no=+442079460115|to-no=2035|line=10001|to-dn=2035|dial-no=2035|reason-changed=ReplacedDst|final-number=2073|final-dn=2073|bill-code=|bill-rate=|bill-cost=|bill-name=|" +
		"line=10001|dial-no=+442079460115|extension=2035|extension=2073|from-type=Line|to-type=Extension|final-type=Extension|from-dispname=|to-dispname=Oliver O'Brien|final-dispname=Dmytro Patel|missed-queue-calls="
	if got := strings.Join(parts, "|"); got != want {
		t.Errorf("SplitThreeCXCDR\n got %s\nwant %s", got, want)
	}
}

func TestThreeCXCDRNoAllocs(t *testing.T) {
	rec := []byte(tcxInbound)
	dst := make([]Field, 0, 40)
	if n := testing.AllocsPerRun(100, func() {
		if !LooksThreeCXCDR(rec) {
			t.Fatal("not recognised")
		}
		dst = SplitThreeCXCDR(dst[:0], rec)
	}); n != 0 {
		t.Errorf("3CX CDR: %v allocations", n)
	}
}

// FuzzThreeCXCDR: any bytes split without panic into named fields in
// order, inside the line and not overlapping.
func FuzzThreeCXCDR(f *testing.F) {
	f.Add(tcxInbound)
	f.Add("Call 4,00000C39F1A7A4CE_5,00:12:07,,,,,Ext.101,,101,,,,,,,,,,Chain: Ext.101;Line:>>;Queue 800;,Line,Line,Line,,,,")
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		LooksThreeCXCDR(rec)
		pos := 0
		for i, fd := range SplitThreeCXCDR(nil, rec) {
			if int(fd.Start) < pos || fd.End < fd.Start || int(fd.End) > len(rec) || len(fd.Name) == 0 {
				t.Fatalf("field %d [%d:%d] %q after %d: %q", i, fd.Start, fd.End, fd.Name, pos, in)
			}
			pos = int(fd.End)
		}
	})
}
