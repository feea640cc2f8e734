package textfmt

import "testing"

const smdrLine = "2026/12/01 10:00:00,00:00:30,5,201,O,07700900123,907700900123,,0,1000012,0,E201,Anna Schmidt,T9001,Line 1.1,0,0,1,4455,,0.12,EUR,,,,,,,,,,,,,"

func TestIPOfficeSMDRShape(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{smdrLine, true},
		{"2026/12/01 10:05:10,00:01:42,3,,I,202,202,,1,1000013,0,E203,Extn203,E202,Extn202,0,0,,,,,,,,,,,", true},
		{"2026/12/01 10:05:10,00:01:42,3,4930901820,X,202,202,,0,1000013,0,T9002,Line 2.1", false},
		{"2026-12-01 10:05:10,00:01:42,3,4930901820,I,202,202,,0,1000013,0,T9002,Line 2.1", false},
		{"2026/12/01 10:05:10 00:01:42,3,4930901820,I,202,202,,0,1000013,0,T9002,Line 2.1", false},
		{"short", false},
	} {
		if got := LooksIPOfficeSMDR([]byte(c.in)); got != c.want {
			t.Errorf("LooksIPOfficeSMDR(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	rec := []byte(smdrLine)
	fs := SplitIPOfficeSMDR(nil, rec)
	checkSpans(t, rec, fs)
	want := map[string]string{"caller": "201", "called_number": "07700900123", "party1_name": "Anna Schmidt",
		"party_line": "Line 1.1", "auth_code": "4455", "extension": "201", "party2_device": "T9001"}
	got := map[string]string{}
	for _, f := range fs {
		got[string(f.Name)] = string(rec[f.Start:f.End])
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("field %s = %q, want %q", k, got[k], v)
		}
	}
}

// TestIPOfficeSMDRNameComma: a user's name with a comma, quoted or not,
// is one field, and the fields after it keep their names.
func TestIPOfficeSMDRNameComma(t *testing.T) {
	for _, in := range []string{
		`2026/12/01 10:00:00,00:00:30,5,201,O,07700900123,907700900123,,0,1000012,0,E201,"Schmidt, Anna",T9001,Line 1.1,0,0,1,4455,,0.12,EUR,,,,,,,,,,,,,`,
		`2026/12/01 10:00:00,00:00:30,5,201,O,07700900123,907700900123,,0,1000012,0,E201,Schmidt, Anna,T9001,Line 1.1,0,0,1,4455,,0.12,EUR,,,,,,,,,,,,,`,
		`2026/12/01 10:00:00,00:00:30,5,201,O,07700900123,907700900123,,0,1000012,0,E201,Anna Schmidt,T9001,Schmidt, Anna,0,0,1,4455,,0.12,EUR,,,,,,,,,,,,,`,
	} {
		rec := []byte(in)
		fs := SplitIPOfficeSMDR(nil, rec)
		checkSpans(t, rec, fs)
		got := map[string]string{}
		for _, f := range fs {
			got[string(f.Name)] = string(rec[f.Start:f.End])
		}
		if got["party2_device"] != "T9001" || got["auth_code"] != "4455" || got["hold_time"] != "0" {
			t.Errorf("%s: fields %q", in, got)
		}
		if got["party1_name"] != "Schmidt, Anna" && got["party2_name"] != "Schmidt, Anna" {
			t.Errorf("%s: names %q, %q", in, got["party1_name"], got["party2_name"])
		}
	}
}

func FuzzIPOfficeSMDR(f *testing.F) {
	f.Add(smdrLine)
	f.Add("2026/12/01 10:05:10,00:01:42,3,,I,,,,,,,,,E,Extn")
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		LooksIPOfficeSMDR(rec)
		checkSpans(t, rec, SplitIPOfficeSMDR(nil, rec))
	})
}
