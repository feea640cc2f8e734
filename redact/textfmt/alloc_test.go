package textfmt

import "testing"

func TestParseNoAllocs(t *testing.T) {
	for _, c := range benchParsers {
		p := mustParser(t, c.cfg)
		dst := make([]Field, 0, 64)
		rec, hdr := []byte(c.rec), []byte(c.header)
		if n := testing.AllocsPerRun(100, func() {
			if len(hdr) > 0 {
				p.Parse(dst[:0], hdr)
			}
			var err error
			if dst, _, err = p.Parse(dst[:0], rec); err != nil {
				t.Fatal(err)
			}
		}); n != 0 {
			t.Errorf("%s: %v allocations per record", c.name, n)
		}
	}
}

// A stream whose #Fields: header changes back and forth allocates only
// until the Parser's buffers have grown to the longest header.
func TestW3CHeaderChangeNoAllocs(t *testing.T) {
	p := mustParser(t, Config{Format: W3C})
	dst := make([]Field, 0, 64)
	h1, h2 := []byte(iisHeader), []byte("#Fields: date time c-ip cs-uri-query")
	rec := []byte(iisLine)
	if n := testing.AllocsPerRun(100, func() {
		p.Parse(dst[:0], h1)
		dst, _, _ = p.Parse(dst[:0], rec)
		p.Parse(dst[:0], h2)
		dst, _, _ = p.Parse(dst[:0], rec)
	}); n != 0 {
		t.Errorf("%v allocations per header change", n)
	}
	if string(dst[2].Name) != "c-ip" || string(dst[4].Name) != "col_5" {
		t.Errorf("names after the change: %q %q", dst[2].Name, dst[4].Name)
	}
}

func TestSplitNoAllocs(t *testing.T) {
	dst := make([]Field, 0, 16)
	q, c, r := []byte(queryStr), []byte(cookieStr), []byte(combinedLine)
	if n := testing.AllocsPerRun(100, func() {
		dst = SplitQuery(dst[:0], q)
		dst = SplitCookie(dst[:0], c)
		FindQuery(r)
	}); n != 0 {
		t.Errorf("splitters: %v allocations", n)
	}
}

func TestShapesNoAllocs(t *testing.T) {
	a, c, h, fs := []byte(asteriskCSV), []byte(combinedLine), []byte(iisHeader), []byte(freeswitchCSV)
	ch := []byte(`"cdrRecordType","globalCallID_callId","callingPartyNumber","originalCalledPartyNumber"`)
	sc := []byte("web01 nginx: " + combinedLine)
	cel := []byte(`"ANSWER","1733392800.123456","Bob Jones","442079460958","442079460958","","","s","from-trunk","PJSIP/trunk-00000002","Dial","PJSIP/2001,30","3","","1733392800.2","1733392800.2","","","",""`)
	if n := testing.AllocsPerRun(100, func() {
		if !LooksAsteriskCSV(a) || !LooksCombined(c) || !IsW3CHeader(h) || !LooksFreeSWITCHCSV(fs) || !LooksCSVHeader(ch) || LooksAsteriskCEL(cel) != 20 ||
			CombinedAfterHeader(c) != -1 || CombinedAfterHeader(sc) != 13 {
			t.Fatal("shape not recognised")
		}
	}); n != 0 {
		t.Errorf("shapes: %v allocations", n)
	}
}
