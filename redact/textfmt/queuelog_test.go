package textfmt

import (
	"strings"
	"testing"
)

// TestLooksQueueLog: queue_log lines of the documented events, and lines
// that only resemble them.
func TestLooksQueueLog(t *testing.T) {
	f := func(in string, want bool) {
		t.Helper()
		if got := LooksQueueLog([]byte(in)); got != want {
			t.Errorf("LooksQueueLog(%q) = %v, want %v", in, got, want)
		}
	}
	f("1366720340|1366720340.303267|MYQUEUE|SIP/8007|RINGNOANSWER|1000", true)
	f("1733400000|1733399990.123|support|NONE|ENTERQUEUE||4930901820|1", true)
	f("1733400100|NONE|support|Alice Smith|ADDMEMBER|", true)
	f("1733400100|NONE|NONE|NONE|QUEUESTART|\r", true)
	f("1733400100|REALTIME|400|Local/2001@from-queue/n|PAUSE", true)
	f("1733400100|NONE|support|Alice Smith|addmember|", false) // event not in capitals
	f("1733400100|NONE|support|Alice Smith|AB|", false)        // too short an event
	f("1733400100|NO NE|support|x|CONNECT|1", false)           // blank in the unique id
	f("17334001|NONE|support|x|CONNECT|1|2|3", false)          // 8 digits: no epoch
	f("1733400100,NONE,support,x,CONNECT,1", false)
	f("1733400100|NONE|support|CONNECT", false) // a field short
	f("1733400100|NONE|support|x|CONNECT x|1", false)
	f("1733400100|pbx1-1733399990.12|support|NONE|ENTERQUEUE||4930901820|1", true) // systemname prefix
	f("1733400100|web01|myapp|worker|ERROR|disk full", false)                      // another pipe log
	f("1733400100|1733399990|support|NONE|ENTERQUEUE||4930901820|1", false)        // no sequence number
	f("1733400100|1733399990.|support|NONE|ENTERQUEUE||4930901820|1", false)
	f("", false)
}

// TestSplitQueueLog: the fields and their names, by event.
func TestSplitQueueLog(t *testing.T) {
	f := func(in, want string) {
		t.Helper()
		rec := []byte(in)
		var parts []string
		for _, fd := range SplitQueueLog(nil, rec) {
			parts = append(parts, string(fd.Name)+"="+string(rec[fd.Start:fd.End]))
		}
		if got := strings.Join(parts, " "); got != want {
			t.Errorf("SplitQueueLog(%q)\n got %s\nwant %s", in, got, want)
		}
	}
	f("1733400000|1733399990.123|support|NONE|ENTERQUEUE||+4930901820|1",
		"time=1733400000 uniqueid=1733399990.123 queuename=support agent=NONE event=ENTERQUEUE url= callerid=+4930901820 position=1")
	f("1733400005|1733399990.123|600|Alice Smith|CONNECT|5|1733399995.456|3",
		"time=1733400005 uniqueid=1733399990.123 queuename=600 membername=Alice Smith event=CONNECT holdtime=5 bridgeduniqueid=1733399995.456 ringtime=3")
	f("1733400005|1733399990.123|support|PJSIP/2001|BLINDTRANSFER|4930901820|from-internal|5|60|1\r",
		"time=1733400005 uniqueid=1733399990.123 queuename=support channel=PJSIP/2001 event=BLINDTRANSFER exten=4930901820 context=from-internal holdtime=5 calltime=60 origposition=1")
	f("1733400005|1733399990.123|NONE|NONE|DID|4930901820", "time=1733400005 uniqueid=1733399990.123 queuename=NONE agent=NONE event=DID did=4930901820")
	f("1733400005|NONE|q|AGENT_7|SOMETHING|a|b", "time=1733400005 uniqueid=NONE queuename=q agent=AGENT_7 event=SOMETHING data1=a data2=b")
	f("1733400005|NONE|q|alice|QUEUESTART|", "time=1733400005 uniqueid=NONE queuename=q membername=alice event=QUEUESTART data1=")
	f("1733400005|NONE|q||X|1|2|3|4|5|6|7|8|9|10|11|12",
		"time=1733400005 uniqueid=NONE queuename=q agent= event=X data1=1 data2=2 data3=3 data4=4 data5=5 data6=6 data7=7 data8=8 data9=9 data10=10 data=11 data=12")
}

func TestQueueLogNoAllocs(t *testing.T) {
	rec := []byte("1733400000|1733399990.123|support|Alice Smith|ENTERQUEUE||+4930901820|1")
	dst := make([]Field, 0, 16)
	if n := testing.AllocsPerRun(100, func() {
		if !LooksQueueLog(rec) {
			t.Fatal("not recognised")
		}
		dst = SplitQueueLog(dst[:0], rec)
	}); n != 0 {
		t.Errorf("queue_log: %v allocations", n)
	}
}

// FuzzQueueLog: what LooksQueueLog accepts splits into at least five named
// fields that tile the line between the '|' separators.
func FuzzQueueLog(f *testing.F) {
	f.Add("1733400000|1733399990.123|support|NONE|ENTERQUEUE||+4930901820|1")
	f.Add("1733400100|NONE|support|Local/2001@from-queue/n|ADDMEMBER|\r")
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		fs := SplitQueueLog(nil, rec) // any bytes: no panic
		if !LooksQueueLog(rec) {
			return
		}
		if len(fs) < 5 {
			t.Fatalf("%d fields: %q", len(fs), in)
		}
		pos := 0
		for i, fd := range fs {
			if int(fd.Start) != pos || fd.End < fd.Start || len(fd.Name) == 0 {
				t.Fatalf("field %d [%d:%d] %q after %d: %q", i, fd.Start, fd.End, fd.Name, pos, in)
			}
			pos = int(fd.End) + 1
		}
		if end := strings.TrimSuffix(in, "\r"); int(fs[len(fs)-1].End) != len(end) {
			t.Fatalf("last field ends at %d of %d: %q", fs[len(fs)-1].End, len(end), in)
		}
	})
}
