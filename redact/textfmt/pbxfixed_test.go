package textfmt

import "testing"

const (
	mitelLine    = "%11/23 08:00P 00:29:42 T165  030 380443503479              I  2058                    009"
	mitelWide    = "-11/23 08:01P 00:08:13 T062     017 12125550194               I  4453013X 2044                 010"
	avayaCustom  = "112326 2000 02658 7 9    103  00380441002606     46852                           46658              2     017"
	avayaUnfmt   = "20010577A127 127 493034241501   43664     82043         2   0030              000"
	avayaGlued   = "2001039679   124 00442079460660 49998     360126815415  6   0700              000"
	mitelNotTime = "%11/23 0800P  00:29:42 T165  030 380443503479              I  2058                    009"
)

func fieldMap(rec []byte, fs []Field) map[string]string {
	got := map[string]string{}
	for _, f := range fs {
		got[string(f.Name)] += string(rec[f.Start:f.End]) + ";"
	}
	return got
}

func TestMitelSMDRShape(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{mitelLine, true},
		{mitelWide, true},
		{mitelNotTime, false},
		{"%11/23 08:00P 00:29:42 T165  030 380443503479", false},
		{avayaCustom, false},
	} {
		if got := LooksMitelSMDR([]byte(c.in)); got != c.want {
			t.Errorf("LooksMitelSMDR(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	for in, want := range map[string]map[string]string{
		mitelLine: {"calling_party": "T165;", "time_to_answer": "030;", "dialed_number": "380443503479;",
			"completion_status": "I;", "called_party": "2058;", "system_id": "009;"},
		mitelWide: {"calling_party": "T062;", "time_to_answer": "017;", "dialed_number": "12125550194;",
			"called_party": "4453013;", "transfer": "X;", "third_party_number": "2044;", "system_id": "010;"},
	} {
		rec := []byte(in)
		fs := SplitMitelSMDR(nil, rec)
		checkSpans(t, rec, fs)
		got := fieldMap(rec, fs)
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: field %s = %q, want %q", in, k, got[k], v)
			}
		}
	}
}

func TestAvayaCDRShape(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{avayaCustom, 1},
		{avayaUnfmt, 2},
		{avayaGlued, 2},
		{mitelLine, 0},
		{"132626 2000 02658 7 9    103  00380441002606     46852", 0}, // month 13
		{"2001057 A127 127 493034241501   43664     82043         2   0030              000", 0},
	} {
		if got := LooksAvayaCDR([]byte(c.in)); got != c.want {
			t.Errorf("LooksAvayaCDR(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	for in, want := range map[string]map[string]string{
		avayaCustom: {"date": "112326;", "sec_dur": "02658;", "cond_code": "7;", "party_number": "00380441002606;46852;46658;", "code": "9;103;2;017;"},
		avayaUnfmt: {"time": "2001;", "duration": "0577;", "cond_code": "A;", "code_dial": "127;", "dialed_number": "493034241501;",
			"calling_number": "43664;", "acct_code": "82043;", "auth_code": "", "frl": "2;", "out_crt_id": "003;", "feat_flag": "0;"},
		avayaGlued: {"dialed_number": "00442079460660;", "calling_number": "49998;", "acct_code": "36012;", "auth_code": "6815415;"},
	} {
		rec := []byte(in)
		fs := SplitAvayaCDR(nil, rec)
		checkSpans(t, rec, fs)
		got := fieldMap(rec, fs)
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: field %s = %q, want %q", in, k, got[k], v)
			}
		}
	}
}

func FuzzPBXFixed(f *testing.F) {
	for _, s := range []string{mitelLine, mitelWide, avayaCustom, avayaUnfmt, avayaGlued} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		if LooksMitelSMDR(rec) {
			checkSpans(t, rec, SplitMitelSMDR(nil, rec))
		}
		LooksAvayaCDR(rec)
		checkSpans(t, rec, SplitAvayaCDR(nil, rec))
		checkSpans(t, rec, SplitMitelSMDR(nil, rec))
	})
}
