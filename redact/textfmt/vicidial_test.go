package textfmt

import (
	"strings"
	"testing"
)

var (
	vicidialLogRow  = `"1795463743.41391","7126856","480","COLLECT","2026-11-23 19:51:47","1795463507","1795464115","608","DROP","57","6013174355","fsmith","AUTO","N","TEAM2","NONE","MAIN"`
	vicidialLeadRow = "A|priya|C8473897|API|522|-5.00|57|6015720438||Bob||Dubois|Hauptstraße 141|||Toronto|||119881|USA|U|0000-00-00||bdubois@example.com|||3|2026-11-23 20:03:26|0||0|2540577"
	vicidialRecRow  = "2010-12-03 12:00:01|1000|534820|876409|http://server/path/to/recording/20101203_120000_1234567890_1000-all.wav"
)

func joinFields(rec []byte, fs []Field) string {
	var parts []string
	for _, fd := range fs {
		parts = append(parts, string(fd.Name)+"="+string(rec[fd.Start:fd.End]))
	}
	return strings.Join(parts, " ")
}

// TestLooksVicidial: the shapes of vicidial_log rows, API responses,
// lead_all_info and recording_lookup rows, and lines of other shapes.
func TestLooksVicidial(t *testing.T) {
	f := func(name string, looks func([]byte) bool, in string, want bool) {
		t.Helper()
		if got := looks([]byte(in)); got != want {
			t.Errorf("%s(%q) = %v, want %v", name, in, got, want)
		}
	}
	f("LooksVicidialLog", LooksVicidialLog, vicidialLogRow, true)
	f("LooksVicidialLog", LooksVicidialLog, strings.Replace(vicidialLogRow, "2026-11-23 19:51:47", "2026-11-23", 1), false)
	f("LooksVicidialLog", LooksVicidialLog, strings.Replace(vicidialLogRow, "1795463743.41391", "1795463743", 1), false)
	f("LooksVicidialLog", LooksVicidialLog, `"1795463743.41391","x"`, false)
	f("LooksVicidialAPI", LooksVicidialAPI, "SUCCESS: add_lead LEAD HAS BEEN ADDED - 7275551111|6666|999|193715|-4", true)
	f("LooksVicidialAPI", LooksVicidialAPI, "NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |6666|1010542|12345678901234|9998887112|3333444|0", true)
	f("LooksVicidialAPI", LooksVicidialAPI, "ERROR: add_lead INVALID PHONE NUMBER LENGTH - 72755|6666 ", true)
	f("LooksVicidialAPI", LooksVicidialAPI, "ERROR: NO FUNCTION SPECIFIED", false)
	f("LooksVicidialAPI", LooksVicidialAPI, "ERROR: connection refused - retrying in 5s", false)
	f("LooksVicidialAPI", LooksVicidialAPI, "SUCCESS: Deployed app - v1.2", false)
	f("LooksVicidialLead", LooksVicidialLead, vicidialLeadRow, true)
	f("LooksVicidialLead", LooksVicidialLead, strings.Replace(vicidialLeadRow, "-5.00", "EST", 1), false)
	f("LooksVicidialLead", LooksVicidialLead, "a|b|c", false)
	f("LooksVicidialRecLookup", LooksVicidialRecLookup, vicidialRecRow, true)
	f("LooksVicidialRecLookup", LooksVicidialRecLookup, "2010-12-03 12:00:01|1000|534820|876409|63|/var/spool/asterisk/monitorDONE/MP3/x-all.mp3", true)
	f("LooksVicidialRecLookup", LooksVicidialRecLookup, "2010-12-03 12:00:01|1000|534820|876409|done", false)
	f("LooksVicidialRecLookup", LooksVicidialRecLookup, "2010-12-03 12:00:01|a|b", false)
}

func TestSplitVicidial(t *testing.T) {
	f := func(split func([]Field, []byte) []Field, in, want string) {
		t.Helper()
		rec := []byte(in)
		if got := joinFields(rec, split(nil, rec)); got != want {
			t.Errorf("split(%q)\n got %s\nwant %s", in, got, want)
		}
	}
	f(SplitVicidialLog, vicidialLogRow, "uniqueid=1795463743.41391 lead_id=7126856 list_id=480 campaign_id=COLLECT call_date=2026-11-23 19:51:47 "+
		"start_epoch=1795463507 end_epoch=1795464115 length_in_sec=608 status=DROP phone_code=57 phone_number=6013174355 user=fsmith "+
		"comments=AUTO processed=N user_group=TEAM2 term_reason=NONE alt_dial=MAIN")
	f(SplitVicidialAPI, "SUCCESS: add_lead LEAD HAS BEEN ADDED - 7275551111|6666|999|193715|-4",
		"message=SUCCESS: add_lead LEAD HAS BEEN ADDED -  phone_number=7275551111 data=6666 data=999 data=193715 data=-4")
	f(SplitVicidialAPI, "SUCCESS: update_lead LEAD HAS BEEN UPDATED - garcia.alice|3690468|959395300",
		"message=SUCCESS: update_lead LEAD HAS BEEN UPDATED -  user=garcia.alice data=3690468 phone_number=959395300")
	f(SplitVicidialAPI, "ERROR: add_lead DUPLICATE NAME PHONE IN LIST - Bob|Smith|7275551113|101|8765444|101",
		"message=ERROR: add_lead DUPLICATE NAME PHONE IN LIST -  user=Bob user=Smith phone_number=7275551113 data=101 data=8765444 data=101")
	f(SplitVicidialAPI, "ERROR: add_lead INVALID PHONE NUMBER LENGTH - 72755|6666 ",
		"message=ERROR: add_lead INVALID PHONE NUMBER LENGTH -  data=72755 data=6666")
	f(SplitVicidialLead, vicidialLeadRow, "status=A user=priya vendor_lead_code=C8473897 source_id=API list_id=522 gmt_offset_now=-5.00 "+
		"phone_code=57 phone_number=6015720438 title= first_name=Bob middle_initial= last_name=Dubois address1=Hauptstraße 141 address2= address3= "+
		"city=Toronto state= province= postal_code=119881 country_code=USA gender=U date_of_birth=0000-00-00 alt_phone= email=bdubois@example.com "+
		"security_phrase= comments= called_count=3 last_local_call_time=2026-11-23 20:03:26 rank=0 owner= entry_list_id=0 lead_id=2540577")
	f(SplitVicidialRecLookup, vicidialRecRow, "start_time=2010-12-03 12:00:01 user=1000 recording_id=534820 lead_id=876409 "+
		"location=http://server/path/to/recording/20101203_120000_1234567890_1000-all.wav")
}

func TestVicidialNoAllocs(t *testing.T) {
	dst := make([]Field, 0, 40)
	for _, c := range []struct {
		in    string
		looks func([]byte) bool
		split func([]Field, []byte) []Field
	}{
		{vicidialLogRow, LooksVicidialLog, SplitVicidialLog},
		{"SUCCESS: add_lead LEAD HAS BEEN ADDED - 7275551111|6666|999|193715|-4", LooksVicidialAPI, SplitVicidialAPI},
		{vicidialLeadRow, LooksVicidialLead, SplitVicidialLead},
		{vicidialRecRow, LooksVicidialRecLookup, SplitVicidialRecLookup},
	} {
		rec := []byte(c.in)
		if n := testing.AllocsPerRun(100, func() {
			if !c.looks(rec) {
				t.Fatal("not recognised")
			}
			dst = c.split(dst[:0], rec)
		}); n != 0 {
			t.Errorf("%q: %v allocations", c.in, n)
		}
	}
}

// FuzzVicidial: the VICIdial splitters take any bytes; what a Looks
// function accepts splits into fields in order, inside the record, one
// per separator and one more.
func FuzzVicidial(f *testing.F) {
	f.Add(vicidialLogRow)
	f.Add(vicidialLeadRow)
	f.Add(vicidialRecRow)
	f.Add("SUCCESS: add_lead LEAD HAS BEEN ADDED - 7275551111|6666|999|193715|-4")
	f.Add("NOTICE: update_lead LEADS FOUND IN THE SYSTEM: |6666|1010542|12345678901234|9998887112|3333444|0")
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		for _, c := range []struct {
			looks func([]byte) bool
			split func([]Field, []byte) []Field
			sep   string
		}{
			{LooksVicidialLog, SplitVicidialLog, ""},
			{LooksVicidialAPI, SplitVicidialAPI, ""},
			{LooksVicidialLead, SplitVicidialLead, "|"},
			{LooksVicidialRecLookup, SplitVicidialRecLookup, "|"},
		} {
			fs := c.split(nil, rec) // any bytes: no panic
			if !c.looks(rec) {
				continue
			}
			pos := 0
			for i, fd := range fs {
				if int(fd.Start) < pos || fd.End < fd.Start || int(fd.End) > len(rec) || len(fd.Name) == 0 {
					t.Fatalf("field %d [%d:%d] %q after %d: %q", i, fd.Start, fd.End, fd.Name, pos, in)
				}
				pos = int(fd.End)
			}
			if c.sep != "" && len(fs) != strings.Count(strings.TrimSuffix(in, "\r"), c.sep)+1 {
				t.Fatalf("%d fields for %d separators: %q", len(fs), strings.Count(in, c.sep), in)
			}
		}
	})
}
