package textfmt

import "bytes"

// AudioCodes' Mediant SBCs send a signaling CDR for each leg of a call
// over syslog (User's Manual, "Reporting Information to External Party",
// CDR fields for SBC signaling): after the syslog header, a sequence
// number "[S=41]" and the fields, each after '|' and padded with blanks:
//
//	[S=41] |CALL_END |SBC |20767593291410201017029@10.33.45.80 |1871197419|LCL |10.33.45.80 |5060 |...
//
// The default field order is AudioCodesColumns (33 fields up to
// SIPTrmReason in older versions, SIPTermDesc, Caller and Callee after it
// in later ones); a line of the field names themselves comes now and
// then. The source and destination URIs are user@host: the user part,
// a number or an extension, is named as a party's user ("src_user",
// "dst_user"), the host "host"; the redirect number a party's number;
// Caller and Callee, the parties' display names, as caller names.

// AudioCodesColumns are the default SBC signaling CDR fields, in order.
var AudioCodesColumns = []string{"SBCReportType", "EPTyp", "SIPCallId", "SessionId", "Orig", "SourceIp",
	"SourcePort", "DestIp", "DestPort", "TransportType", "SrcURI", "SrcURIBeforeMap", "DstURI", "DstURIBeforeMap",
	"Durat", "TrmSd", "TrmReason", "TrmReasonCategory", "SetupTime", "ConnectTime", "ReleaseTime", "RedirectReason",
	"RedirectURINum", "RedirectURINumBeforeMap", "TxSigIPDiffServ", "IPGroup", "SrdId",
	"SIPInterfaceId", "ProxySetId", "IpProfileId", "MediaRealmId", "DirectMedia", "SIPTrmReason",
	"SIPTermDesc", "Caller", "Callee"}

// The fields SplitAudioCodesCDR names for what they hold.
var (
	acNames    = names(AudioCodesColumns...)
	acMore     = []byte("col")
	acSrcUser  = []byte("src_user")
	acDstUser  = []byte("dst_user")
	acHost     = []byte("host")
	acRedirect = []byte("redirect_number")
	acCaller   = []byte("caller_name")
	acCallee   = []byte("callee_name")
	acCallID   = []byte("call_id")
	acSeq      = []byte("[S=")
)

// Positions of the fields with a name of their own.
const (
	acCallIDPos   = 2
	acSrcURI      = 10
	acDstURIAfter = 13
	acRedirectPos = 22
	acRedirectMap = 23
	acCallerPos   = 34
	acCalleePos   = 35
	acMinFields   = 33
	acHeadMax     = 160 // "[S=" comes after the syslog header, within this
	acMinLen      = 120 // shorter than the 33 fields of the oldest order, even with most empty
)

// LooksAudioCodesCDR reports whether rec is an AudioCodes SBC signaling
// CDR: "[S=" digits "] |" and a report type CALL_START, CALL_CONNECT or
// CALL_END, with at least the 33 fields of the oldest default order.
//
// It does not allocate.
func LooksAudioCodesCDR(rec []byte) bool {
	i := acStart(rec)
	if i < 0 {
		return false
	}
	r := rec[i:]
	if !bytes.HasPrefix(r, []byte("CALL_START")) && !bytes.HasPrefix(r, []byte("CALL_CONNECT")) && !bytes.HasPrefix(r, []byte("CALL_END")) {
		return false
	}
	return bytes.Count(r, []byte{'|'}) >= acMinFields-1
}

// acStart returns the offset of the first field's value ("] |" after
// "[S=" and digits), or -1.
func acStart(rec []byte) int {
	if len(rec) < acMinLen {
		return -1
	}
	head := rec[:min(len(rec), acHeadMax)]
	k := bytes.IndexByte(head, '[')
	for k >= 0 && !bytes.HasPrefix(head[k:], acSeq) {
		n := bytes.IndexByte(head[k+1:], '[')
		if n < 0 {
			return -1
		}
		k += 1 + n
	}
	if k < 0 {
		return -1
	}
	i := k + len(acSeq)
	s := i
	for i < len(rec) && isDigit(rec[i]) {
		i++
	}
	if i == s || i+3 > len(rec) || rec[i] != ']' || rec[i+1] != ' ' || rec[i+2] != '|' {
		return -1
	}
	return i + 3
}

// SplitAudioCodesCDR appends the fields of rec, an AudioCodes SBC
// signaling CDR, to dst: each value without the blanks that pad it, named
// by AudioCodesColumns (col past them), the URIs split at '@'.
//
// It does not allocate beyond dst's growth.
func SplitAudioCodesCDR(dst []Field, rec []byte) []Field {
	s := acStart(rec)
	if s < 0 {
		return dst
	}
	add := func(name []byte, a, b int) {
		dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(a), End: int32(b)})
	}
	k := 0
	for s <= len(rec) {
		e := s
		for e < len(rec) && rec[e] != '|' {
			e++
		}
		v := e
		for v > s && (rec[v-1] == ' ' || rec[v-1] == '\r') {
			v--
		}
		name := nameAt(acNames, k, acMore)
		switch {
		case k == acCallIDPos:
			name = acCallID
		case k >= acSrcURI && k <= acDstURIAfter:
			user := acSrcUser
			if k > acSrcURI+1 {
				user = acDstUser
			}
			if at := bytes.IndexByte(rec[s:v], '@'); at >= 0 {
				add(user, s, s+at)
				add(acHost, s+at+1, v)
				name = nil
			} else {
				name = user
			}
		case k == acRedirectPos || k == acRedirectMap:
			name = acRedirect
		case k == acCallerPos:
			name = acCaller
		case k == acCalleePos:
			name = acCallee
		}
		if name != nil {
			add(name, s, v)
		}
		k++
		if e >= len(rec) {
			break
		}
		s = e + 1
	}
	return dst
}
