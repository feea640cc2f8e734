package textfmt

import (
	"strings"
	"testing"
)

// TestLooksFreeSWITCHLog: the log lines whose messages name a caller, with
// and without 1.10's prefixes, and lines that only resemble them.
func TestLooksFreeSWITCHLog(t *testing.T) {
	f := func(in string, want bool) {
		t.Helper()
		if got := LooksFreeSWITCHLog([]byte(in)); got != want {
			t.Errorf("LooksFreeSWITCHLog(%q) = %v, want %v", in, got, want)
		}
	}
	f("2026-11-23 20:00:02.994000 [INFO] mod_dialplan_xml.c:649 Processing Oliver Kovalenko <2004>->+380508542869 in context default", true)
	f("a37271f3-4862-4b56-b72b-bfa0df51185d 2026-11-23 20:01:03.419000 98.31% [WARNING] sofia_reg.c:3149 Can't find user [2015@198.51.100.10] from 198.51.100.148", true)
	f("2026-11-23 20:00:23.017000 97.02% [WARNING] sofia_reg.c:1849 SIP auth failure (INVITE) on sofia profile 'external' for [+442079460915@sbc1.example.org] from ip 203.0.113.155", true)
	f("2026-11-23 20:00:29.188000 [ERR] switch_ivr_originate.c:3986 Cannot create outgoing channel of type [sofia] cause: [UNALLOCATED_NUMBER] dialing 03087591156", true)
	f("2026-11-23 20:00:02.604000 [DEBUG] switch_core_state_machine.c:629 (sofia/internal/2015@sip.example.net) State Change CS_INIT -> CS_ROUTING", false)
	f("2026-11-23 20:00:08.282000 EXECUTE [depth=0] sofia/internal/2094@sbc1.example.org set(effective_caller_id_name=Hannah)", false)
	f("2026-11-23 20:00:02.994000 [INFO] mod_dialplan_xml.c:649 Processing the queue", false)
	f("2026-11-23T20:00:02.994000 [INFO] x.c:1 Processing a <1>->2 in context d", false)
	f("1733400000|1733399990.123|support|NONE|ENTERQUEUE||4930901820|1", false)
	f("", false)
}

// TestSplitFreeSWITCHLog: the fields and their names, by message.
func TestSplitFreeSWITCHLog(t *testing.T) {
	f := func(in, want string) {
		t.Helper()
		rec := []byte(in)
		var parts []string
		for _, fd := range SplitFreeSWITCHLog(nil, rec) {
			parts = append(parts, string(fd.Name)+"="+string(rec[fd.Start:fd.End]))
		}
		if got := strings.Join(parts, "|"); got != want {
			t.Errorf("SplitFreeSWITCHLog(%q)\n got %s\nwant %s", in, got, want)
		}
	}
	f("2026-11-23 20:00:02.994000 [INFO] mod_dialplan_xml.c:649 Processing Oliver Kovalenko <2004>->+380508542869 in context default",
		"time=2026-11-23 20:00:02.994000 [INFO] mod_dialplan_xml.c:649|caller_id_name=Oliver Kovalenko|caller_id_number=2004|destination_number=+380508542869|context=default")
	f("a37271f3-4862-4b56-b72b-bfa0df51185d 2026-11-23 20:01:03.419000 98.31% [WARNING] sofia_reg.c:3149 Can't find user [2015@198.51.100.10] from 198.51.100.148",
		"time=a37271f3-4862-4b56-b72b-bfa0df51185d 2026-11-23 20:01:03.419000 98.31% [WARNING] sofia_reg.c:3149|message=Can't find user |sip_from_user=2015|sip_from_host=198.51.100.10|message= from 198.51.100.148")
	f("2026-11-23 20:00:23.017000 [WARNING] sofia_reg.c:1849 SIP auth failure (INVITE) on sofia profile 'external' for [jane.doe@sbc1.example.org] from ip 203.0.113.155",
		"time=2026-11-23 20:00:23.017000 [WARNING] sofia_reg.c:1849|message=SIP auth failure (INVITE) on sofia profile 'external' for |username=jane.doe|sip_from_host=sbc1.example.org|message= from ip 203.0.113.155")
	f("2026-11-23 20:00:29.188000 [ERR] switch_ivr_originate.c:3986 Cannot create outgoing channel of type [sofia] cause: [UNALLOCATED_NUMBER] dialing 03087591156",
		"time=2026-11-23 20:00:29.188000 [ERR] switch_ivr_originate.c:3986|message=Cannot create outgoing channel of type [sofia] cause: [UNALLOCATED_NUMBER]|destination_number=03087591156")
	f("2026-11-23 20:00:02.994000 [INFO] mod_dialplan_xml.c:649 Processing x ->y in context", // no " in context " after the arrow
		"time=2026-11-23 20:00:02.994000 [INFO] mod_dialplan_xml.c:649|message=Processing x ->y in context")
	f("not a log line", "message=not a log line")
}

func TestFreeSWITCHLogNoAllocs(t *testing.T) {
	rec := []byte("2026-11-23 20:00:02.994000 [INFO] mod_dialplan_xml.c:649 Processing Oliver Kovalenko <2004>->+380508542869 in context default")
	dst := make([]Field, 0, 16)
	if n := testing.AllocsPerRun(100, func() {
		if !LooksFreeSWITCHLog(rec) {
			t.Fatal("not recognised")
		}
		dst = SplitFreeSWITCHLog(dst[:0], rec)
	}); n != 0 {
		t.Errorf("FreeSWITCH log: %v allocations", n)
	}
}

// FuzzFreeSWITCHLog: any bytes split without panic into named fields in
// order, inside the line and not overlapping.
func FuzzFreeSWITCHLog(f *testing.F) {
	f.Add("2026-11-23 20:00:02.994000 [INFO] mod_dialplan_xml.c:649 Processing Oliver Kovalenko <2004>->+380508542869 in context default")
	f.Add("a37271f3-4862-4b56-b72b-bfa0df51185d 2026-11-23 20:01:03.419000 98.31% [WARNING] sofia_reg.c:3149 Can't find user [2015@198.51.100.10] from 198.51.100.148")
	f.Add("2026-11-23 20:00:29.188000 [ERR] switch_ivr_originate.c:3986 Cannot create outgoing channel dialing 03087591156")
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		LooksFreeSWITCHLog(rec)
		fs := SplitFreeSWITCHLog(nil, rec)
		pos := 0
		for i, fd := range fs {
			if int(fd.Start) < pos || fd.End < fd.Start || int(fd.End) > len(rec) || len(fd.Name) == 0 {
				t.Fatalf("field %d [%d:%d] %q after %d: %q", i, fd.Start, fd.End, fd.Name, pos, in)
			}
			pos = int(fd.End)
		}
	})
}
