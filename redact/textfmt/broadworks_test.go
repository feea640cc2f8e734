package textfmt

import (
	"strings"
	"testing"
)

const bwNormal = `5812591421DA81EC7620261123195032.7451+000000,ExampleTel,Normal,+66915752119,+441134960000,Originating,+66915752119,Public,+8222419038,20261123195032.745,1+000000,Yes,20261123195049.745,20261123200013.745,017,VoIP,,90118222419038,internat,ia,8222419038,,remote,198.51.100.20:5060,BW458304922966801@198.51.100.10,PCMU/8000,10.148.14.7,5b21116c8c1de8ff31123120@10.148.14.7,,,,ExampleCo_HQ,,,,03068790060,Public,no-answer,2085,Public,no-answer,n,public,,41321270:0,44118384:1,Ordinary,,,,jane.doe@voip.example.net,,Dmytro,Public,,`

// TestLooksBroadWorksCDR: BroadWorks CDR lines, and lines that only
// resemble them.
func TestLooksBroadWorksCDR(t *testing.T) {
	f := func(in string, want bool) {
		t.Helper()
		if got := LooksBroadWorksCDR([]byte(in)); got != want {
			t.Errorf("LooksBroadWorksCDR(%q) = %v, want %v", in, got, want)
		}
	}
	f(bwNormal, true)
	f(`0001234567ABCDEF0120261123195032.745,SP,LongDuration,,,Terminating,4155550123,Private,+442079460123,20261123195032.745,1+000000,No,,,016,VoIP,,,`, true)
	f(`5812591421DA81EC7620261123195032.7451+000000,ExampleTel,Normal,+66915752119,+441134960000,Sideways,+66915752119,Public,x,y,z,1,2,3,4,5,6,7,8,9`, false)
	f(`2026-11-23 19:50:32,ExampleTel,Normal,+66915752119,+441134960000,Originating,+66915752119,Public,x,y,z,1,2,3,4,5,6`, false) // a blank in the first field
	f(`1795464000.661,"1795464000-12","sip/100","192.0.2.228:4569","2094","380449474915",0.000,11.884,11.884,"incoming","answered",""`, false)
	f(``, false)
}

// TestSplitBroadWorksCDR: the fields, named by position; past them, a
// party before its presentation indicator.
func TestSplitBroadWorksCDR(t *testing.T) {
	rec := []byte(bwNormal)
	fs := SplitBroadWorksCDR(nil, rec)
	var parts []string
	for _, k := range []int{3, 6, 8, 17, 20, 26, 35, 38, 50, 52, 53} {
		parts = append(parts, string(fs[k].Name)+"="+string(rec[fs[k].Start:fs[k].End]))
	}
	want := `subscriber_number=+66915752119|calling_number=+66915752119|called_number=+8222419038|dialed_digits=90118222419038|translated_called_number=8222419038|access_device_address=10.148.14.7|original_called_number=03068790060|redirecting_number=2085|col=jane.doe@voip.example.net|other_party_display_name=Dmytro|col=Public`
	if got := strings.Join(parts, "|"); got != want {
		t.Errorf("split\n got %s\nwant %s", got, want)
	}
}

func TestBroadWorksNoAllocs(t *testing.T) {
	dst := make([]Field, 0, 64)
	rec := []byte(bwNormal)
	if n := testing.AllocsPerRun(100, func() {
		if !LooksBroadWorksCDR(rec) {
			t.Fatal("not recognised")
		}
		dst = SplitBroadWorksCDR(dst[:0], rec)
	}); n != 0 {
		t.Errorf("%v allocations", n)
	}
}

// FuzzBroadWorksCDR: any bytes split without panic into named fields in
// order, inside the line and not overlapping.
func FuzzBroadWorksCDR(f *testing.F) {
	f.Add(bwNormal)
	f.Add(`0001234567ABCDEF01,SP,Normal,,,Terminating,"unterminated,Public,Hannah,Public`)
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		LooksBroadWorksCDR(rec)
		pos := 0
		for i, fd := range SplitBroadWorksCDR(nil, rec) {
			if int(fd.Start) < pos || fd.End < fd.Start || int(fd.End) > len(rec) || len(fd.Name) == 0 {
				t.Fatalf("field %d [%d:%d] %q after %d: %q", i, fd.Start, fd.End, fd.Name, pos, in)
			}
			pos = int(fd.End)
		}
	})
}
