package redact

import "testing"

// TestCarrierCDRNumbers: an MSC or SMSC CDR decoder prints a party's
// number as its octets in hex (TS 24.008 BCD: the type-of-number octet,
// then the digits low nibble first, F filling an odd count), under the
// number's key or its CSV column; an SMS party's address is its number.
// Look-alikes stay: a call reference in hex, a sequence number, a run of
// hex under no phone key, a source address that is a host's.
func TestCarrierCDRNumbers(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`CDR servedMSISDN=0x919451113254F7 calledNumber=0xA10301234567 callReference=8F4FFF79E480E6C1 sequenceNumber=21757805`,
		`CDR servedMSISDN=[phone] calledNumber=[phone] callReference=8F4FFF79E480E6C1 sequenceNumber=21757805`)
	f(`callingNumber=0x81031234567890 checksum=0x91945111325400`, `callingNumber=[phone] checksum=0x91945111325400`)
	f(`calledNumber=0xA1ZZ01 x=1`, `calledNumber=0xA1ZZ01 x=1`)
	f(`originatingAddress="4915112345678 (international)" messageReference=240`, `originatingAddress="[phone] (international)" messageReference=240`)
	f(`recipient_addr=jane@example.com sourceAddress=10.1.2.3`, `recipient_addr=[email] sourceAddress=10.1.2.0`)
	g := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	g("recordType,servedMSISDN,callingNumber,calledNumber,callReference", "recordType,servedMSISDN,callingNumber,calledNumber,callReference")
	g("1,919451113254F7,A10301234567,814523232323,8F4FFF79E480E6C1", "1,[phone],[phone],[phone],8F4FFF79E480E6C1")
}

// TestEscapedCRLFHeaders: a SIP message logged on one line with its CRLFs
// written out (\r\n) reads header by header: Call-ID's value is an id, not
// an e-mail address. A Windows path's components stay a path (D:\logs\nightly).
// xlog's "$ci=" names the Call-ID too.
func TestEscapedCRLFHeaders(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`RX: INVITE sip:+4915112345678@ims.example.net SIP/2.0\r\nCall-ID: 9935dd160e1f18af099178d899c8a0ae@ims.example.net\r\nCSeq: 6 INVITE`,
		`RX: INVITE sip:[phone]@ims.example.net SIP/2.0\r\nCall-ID: 9935dd160e1f18af099178d899c8a0ae@ims.example.net\r\nCSeq: 6 INVITE`)
	f(`dir D:\logs\nightly\run.txt`, `dir D:\logs\nightly\run.txt`)
	f(`Term-UE ($ci=5511502070292985313@pbx.example.com) from jane@example.com`, `Term-UE ($ci=5511502070292985313@pbx.example.com) from [email]`)
}
