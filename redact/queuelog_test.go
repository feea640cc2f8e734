package redact

import "testing"

// TestQueueLog: Asterisk queue_log lines, read by the names
// textfmt.SplitQueueLog gives their fields: the caller id, the DID, the
// extension a call was transferred to, the member's name or interface are
// masked; times, positions, unique ids and numbered queues are kept.
func TestQueueLog(t *testing.T) {
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatAuto, true)
	f("1733400000|1733399990.123|support|NONE|ENTERQUEUE||4930901820|1",
		"1733400000|1733399990.123|support|NONE|ENTERQUEUE||[phone]|1")
	f("1733400000|1733399990.123|400|NONE|ENTERQUEUE||+442079460958|2\r",
		"1733400000|1733399990.123|400|NONE|ENTERQUEUE||[phone]|2\r")
	f("1733400000|1733399990.123|support|NONE|ENTERQUEUE||anonymous|1",
		"1733400000|1733399990.123|support|NONE|ENTERQUEUE||anonymous|1")
	f("1733400000|1733399990.123|NONE|NONE|DID|03020123456", "1733400000|1733399990.123|NONE|NONE|DID|[phone]")
	f("1733400005|1733399990.123|600|Alice Smith|CONNECT|5|1733399995.456|3",
		"1733400005|1733399990.123|600|[name]|CONNECT|5|1733399995.456|3")
	f("1733400005|1733399990.123|sales|PJSIP/2001|COMPLETEAGENT|5|95|1",
		"1733400005|1733399990.123|sales|PJSIP/[phone]|COMPLETEAGENT|5|95|1")
	f("1733400100|NONE|support|Local/2001@from-queue/n|ADDMEMBER|",
		"1733400100|NONE|support|Local/[phone]@from-queue/n|ADDMEMBER|")
	f("1733400100|1733399990.123|support|Emily Müller|BLINDTRANSFER|2017|from-internal|4|60|1",
		"1733400100|1733399990.123|support|[name]|BLINDTRANSFER|[phone]|from-internal|4|60|1")
	f("1733400100|1733399990.123|NONE|Agent/3001|AGENTLOGIN|PJSIP/2001-0000000a",
		"1733400100|1733399990.123|NONE|Agent/[phone]|AGENTLOGIN|PJSIP/[phone]-0000000a")
	f("1733400100|1733399990.123|support|NONE|ABANDON|1|2|12", "1733400100|1733399990.123|support|NONE|ABANDON|1|2|12")
	f("1733400100|NONE|NONE|NONE|QUEUESTART|", "1733400100|NONE|NONE|NONE|QUEUESTART|")
	// An unknown event's parameters are scanned as text, with no context.
	f("1733400100|1733399990.123|support|NONE|INFO|ping 203.0.113.7", "1733400100|1733399990.123|support|NONE|INFO|ping 203.0.113.0")
}

func TestQueueLogNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	lines := [][]byte{
		[]byte("1733400000|1733399990.123|support|NONE|ENTERQUEUE||4930901820|1"),
		[]byte("1733400005|1733399990.123|600|Alice Smith|CONNECT|5|1733399995.456|3"),
		[]byte("1733400100|NONE|support|Local/2001@from-queue/n|ADDMEMBER|"),
	}
	var dst []byte
	for _, l := range lines {
		dst, _ = r.Redact(dst[:0], l, FormatAuto)
	}
	if n := testing.AllocsPerRun(50, func() {
		for _, l := range lines {
			dst, _ = r.Redact(dst[:0], l, FormatAuto)
		}
	}); n != 0 {
		t.Errorf("%v allocations per round, want 0", n)
	}
}
