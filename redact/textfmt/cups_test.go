package textfmt

import (
	"strings"
	"testing"
)

func TestLooksCUPSPageLog(t *testing.T) {
	f := func(in string, want bool) {
		t.Helper()
		if got := LooksCUPSPageLog([]byte(in)); got != want {
			t.Errorf("LooksCUPSPageLog(%q) = %v, want %v", in, got, want)
		}
	}
	f("HP_LaserJet_4F jdoe 142 [23/Nov/2026:20:00:01 +0000] total 3 - 198.51.100.7 Payslip.pdf na_letter_8.5x11in one-sided", true)
	f("HP_LaserJet_4F jdoe 142 [23/Nov/2026:20:00:01 +0000] 2 1 acct-7 localhost Microsoft Word - CV.docx iso_a4_210x297mm two-sided-long-edge", true)
	// An NCSA line: a quoted request after the time, the third field no job id.
	f(`192.0.2.7 - jdoe [23/Nov/2026:20:00:01 +0000] "GET / HTTP/1.1" 200 12 "-" "curl"`, false)
	f("HP jdoe 142 [23/Nov/2026:20:00:01 +0000] total 3 - host", false)
	f("HP jdoe x42 [23/Nov/2026:20:00:01 +0000] total 3 - host a b c", false)
}

func TestSplitCUPSPageLog(t *testing.T) {
	f := func(in, want string) {
		t.Helper()
		rec := []byte(in)
		var parts []string
		for _, fd := range SplitCUPSPageLog(nil, rec) {
			parts = append(parts, string(fd.Name)+"="+string(rec[fd.Start:fd.End]))
		}
		if got := strings.Join(parts, " "); got != want {
			t.Errorf("SplitCUPSPageLog(%q)\n got %s\nwant %s", in, got, want)
		}
	}
	f("HP_LaserJet_4F jdoe 142 [23/Nov/2026:20:00:01 +0000] total 3 - 198.51.100.7 Microsoft Word - CV Jane.docx na_letter_8.5x11in one-sided",
		"printer=HP_LaserJet_4F job-originating-user-name=jdoe job-id=142 time=[23/Nov/2026:20:00:01 +0000] page-number=total copies=3 "+
			"job-billing=- job-originating-host-name=198.51.100.7 job-name=Microsoft Word - CV Jane.docx media=na_letter_8.5x11in sides=one-sided")
}

func TestCUPSPageLogNoAllocs(t *testing.T) {
	rec := []byte("HP_LaserJet_4F jdoe 142 [23/Nov/2026:20:00:01 +0000] total 3 - 198.51.100.7 Payslip.pdf na_letter_8.5x11in one-sided")
	dst := make([]Field, 0, 16)
	if n := testing.AllocsPerRun(100, func() {
		if !LooksCUPSPageLog(rec) {
			t.Fatal("not recognised")
		}
		dst = SplitCUPSPageLog(dst[:0], rec)
	}); n != 0 {
		t.Errorf("page_log: %v allocations", n)
	}
}

// FuzzCUPSPageLog: what LooksCUPSPageLog accepts splits into its eleven
// fields, in order, without overlap.
func FuzzCUPSPageLog(f *testing.F) {
	f.Add("HP_LaserJet_4F jdoe 142 [23/Nov/2026:20:00:01 +0000] total 3 - 198.51.100.7 Payslip.pdf na_letter_8.5x11in one-sided")
	f.Add("p u 1 [23/Nov/2026:20:00:01 +0000] 1 1 - h  x y")
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		fs := SplitCUPSPageLog(nil, rec) // any bytes: no panic
		if !LooksCUPSPageLog(rec) {
			return
		}
		if len(fs) != len(cupsPageNames) {
			t.Fatalf("%d fields: %q", len(fs), in)
		}
		pos := 0
		for i, fd := range fs {
			if int(fd.Start) < pos || fd.End < fd.Start || int(fd.End) > len(in) || string(fd.Name) != string(cupsPageNames[i]) {
				t.Fatalf("field %d [%d:%d] %q after %d: %q", i, fd.Start, fd.End, fd.Name, pos, in)
			}
			pos = int(fd.End)
		}
	})
}
