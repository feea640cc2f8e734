package textfmt

import (
	"strings"
	"testing"
)

const acEnd = "<134>Nov 23 20:00:01 sbc01.example.com  [S=41] |CALL_END |SBC |20767593291410201017029@10.33.45.80 |1871197419|LCL |203.0.113.7 |5060 |10.33.45.72 |5060 |UDP |2091@10.8.8.10 |2091@10.8.8.10 |+14155550123@sip.example.net |+14155550123@sip.example.net |15 |LCL |GWAPP_NORMAL_CALL_CLEAR |NORMAL_CALL_CLEAR |06:13:54.950 UTC Thu Mar 02 2012 |06:13:57.950 UTC Thu Mar 02 2012 |06:14:12.950 UTC Thu Mar 02 2012 |-1 |+442079460123 |+442079460123 |40 |1 (Teams) |0 (DefaultSRD) |2 |3 |1 (Teams) |0 (MRLan) |no |BYE |BYE |Jane Doe |Olena Kovalenko "

// TestLooksAudioCodesCDR: signaling CDRs, and the field names' line,
// media CDRs and text that only resemble them.
func TestLooksAudioCodesCDR(t *testing.T) {
	f := func(in string, want bool) {
		t.Helper()
		if got := LooksAudioCodesCDR([]byte(in)); got != want {
			t.Errorf("LooksAudioCodesCDR(%q) = %v, want %v", in, got, want)
		}
	}
	f(acEnd, true)
	f(strings.Replace(acEnd, "CALL_END", "CALL_START", 1), true)
	f("[S=40] |SBCReportType |EPTyp |SIPCallId |SessionId |Orig |SourceIp |SourcePort |DestIp |DestPort |TransportType |SrcURI |SrcURIBeforeMap |DstURI |DstURIBeforeMap |Durat |TrmSd |TrmReason |TrmReasonCategory |SetupTime |ConnectTime |ReleaseTime |RedirectReason |RedirectURINum |RedirectURINumBeforeMap |TxSigIPDiffServ|IPGroup (description) |SrdId (name) |SIPInterfaceId |ProxySetId |IpProfileId (name) |MediaRealmId (name) |DirectMedia |SIPTrmReason", false)
	f("[S=42] |MEDIA_END |2076759329@10.33.45.80 |1 |audio |g711Ulaw64k |20 |10.33.45.80 |6010 |10.8.8.10 |6000", false)
	f("[S=43] |CALL_END |SBC |short", false)
	f("[S=] |CALL_END", false)
	f("", false)
}

// TestSplitAudioCodesCDR: the values without their padding, named by
// position; the URIs split into a party's user and the host.
func TestSplitAudioCodesCDR(t *testing.T) {
	rec := []byte(acEnd)
	var parts []string
	for _, fd := range SplitAudioCodesCDR(nil, rec) {
		parts = append(parts, string(fd.Name)+"="+string(rec[fd.Start:fd.End]))
	}
	want := "SBCReportType=CALL_END|EPTyp=SBC|call_id=20767593291410201017029@10.33.45.80|SessionId=1871197419|Orig=LCL|SourceIp=203.0.113.7|SourcePort=5060|DestIp=10.33.45.72|DestPort=5060|TransportType=UDP|" +
		"src_user=2091|host=10.8.8.10|src_user=2091|host=10.8.8.10|dst_user=+14155550123|host=sip.example.net|dst_user=+14155550123|host=sip.example.net|" +
		"Durat=15|TrmSd=LCL|TrmReason=GWAPP_NORMAL_CALL_CLEAR|TrmReasonCategory=NORMAL_CALL_CLEAR|SetupTime=06:13:54.950 UTC Thu Mar 02 2012|ConnectTime=06:13:57.950 UTC Thu Mar 02 2012|ReleaseTime=06:14:12.950 UTC Thu Mar 02 2012|" +
		"RedirectReason=-1|redirect_number=+442079460123|redirect_number=+442079460123|TxSigIPDiffServ=40|IPGroup=1 (Teams)|SrdId=0 (DefaultSRD)|SIPInterfaceId=2|ProxySetId=3|IpProfileId=1 (Teams)|MediaRealmId=0 (MRLan)|DirectMedia=no|SIPTrmReason=BYE|SIPTermDesc=BYE|caller_name=Jane Doe|callee_name=Olena Kovalenko"
	if got := strings.Join(parts, "|"); got != want {
		t.Errorf("SplitAudioCodesCDR\n got %s\nwant %s", got, want)
	}
}

func FuzzAudioCodesCDR(f *testing.F) {
	f.Add(acEnd)
	f.Add("[S=1] |CALL_END |SBC |x@y |1|RMT |1.2.3.4 |5060 |5.6.7.8 |5060 |UDP |@ |a@ |@b |||||||||||||||||||||||")
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		LooksAudioCodesCDR(rec)
		checkSpans(t, rec, SplitAudioCodesCDR(nil, rec))
	})
}
