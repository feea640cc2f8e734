package redact

import "testing"

// TestAMISnapshotKeys: prefixed AMI channel keys take the context of the
// unprefixed ones; words that merely end alike do not.
func TestAMISnapshotKeys(t *testing.T) {
	f := func(key string, want keyCtx) {
		t.Helper()
		if got := keyContext([]byte(key)); got != want {
			t.Errorf("keyContext(%q) = %d, want %d", key, got, want)
		}
	}
	f("DestCallerIDNum", ctxPhone)
	f("destcalleridnum", ctxPhone)
	f("TransfereeConnectedLineNum", ctxPhone)
	f("OrigTransfererCallerIDName", ctxName)
	f("DestConnectedLineName", ctxName)
	f("DestExten", ctxPhone)
	f("dest_exten", ctxPhone)
	f("Exten", ctxPhone)
	f("destexten", ctxNone) // no word boundary before "exten"
	f("Sextent", ctxNone)
	f("DestChannel", ctxNone)
	f("DestUniqueid", ctxNone)
	f("CallerIDNumX", ctxNone)
}

// TestAMIEvents: AMI events as JSON and as the text AMI writes.
func TestAMIEvents(t *testing.T) {
	j := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatJSON, true)
	j(`{"Event":"DialBegin","DestCallerIDNum":"03068471532","DestCallerIDName":"Hannah Patel","DestConnectedLineNum":"2001","DestConnectedLineName":"Bob Jones","DestExten":"2017","DestUniqueid":"1733399990.123"}`,
		`{"Event":"DialBegin","DestCallerIDNum":"[phone]","DestCallerIDName":"[name]","DestConnectedLineNum":"[phone]","DestConnectedLineName":"[name]","DestExten":"[phone]","DestUniqueid":"1733399990.123"}`)
	f := checker(t, mustEngine(t, DefaultOptions()).NewRedactor(), FormatText, true)
	f("Event: AgentConnect Queue: support MemberName: Alice Smith DestCallerIDNum: 4930901820 DestCallerIDName: Alice Smith HoldTime: 12",
		"Event: AgentConnect Queue: support MemberName: [name] DestCallerIDNum: [phone] DestCallerIDName: [name] HoldTime: 12")
}
