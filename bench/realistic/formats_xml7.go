package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
	"time"
)

// XML carried inside log records (held out):
//
//   - freeswitch_xml_cdr: FreeSWITCH mod_xml_cdr documents, one CDR a Kafka
//     record (the module's wiki page and its example CDR): the <?xml?>
//     declaration, <cdr core-uuid=...>, <channel_data>, <variables> whose
//     values are URL-encoded (the module's default; sip_from_uri
//     1001%40pbx, sip_contact_uri 1001%40203.0.113.7%3A5060, a caller
//     name with %20), <app_log> with app_data attributes, the <callflow>
//     with its <caller_profile> in plain XML text (chan_name
//     sofia/internal/1001@host) and <times> in epoch microseconds. Even
//     streams indent the document over several lines as the example does;
//     odd streams write it on one line.
//   - windows_event_xml: Windows Security events rendered as XML, in the
//     forms collectors forward them: the event schema with double-quoted
//     attributes as Get-WinEvent's ToXml() and Winlogbeat's event.original
//     write them, single-quoted as wevtutil does, Splunk's XmlWinEventLog
//     with <RenderingInfo> and the message text whose line breaks and tabs
//     are character references (&#13;&#10;&#9;), Winlogbeat's JSON with
//     the XML as the event.original string, and NXLog's xm_xml to_xml()
//     (every field its own element). Events 4624, 4625, 4648, 4740, 4768,
//     4771, 4776 and 5140 from the security auditing reference;
//     <Security UserID='S-1-5-21-...'/>; Kerberos addresses as
//     ::ffff:10.1.2.3; a failed logon typed as CORP\login.
//   - soap_saml_logs: Apache CXF's LoggingInInterceptor and
//     LoggingOutInterceptor blocks (ID, Address, Encoding, Http-Method,
//     Content-Type, Headers {...}, Payload) and the newer ext logging's
//     REQ_IN/RESP_OUT form; Spring-WS MessageTracing's received/sent
//     lines; a WCF message log E2ETraceEvent with a MessageLogTraceRecord;
//     a SAML Response logged at debug by an IdP or SP (Shibboleth's
//     PROTOCOL_MESSAGE, Keycloak, SimpleSAMLphp: NameID in the
//     emailAddress format, mail/givenName/sn/telephoneNumber attributes,
//     SubjectConfirmationData Address); an nginx access line whose logged
//     request body carries the HTTP-POST binding's SAMLResponse.
//
// Labels. Users' names, logins, e-mail addresses, numbers and client
// addresses are planted in every form they take (URL-encoded, entity
// escaped). A base64 SAMLResponse is planted whole as a secret: it is a
// signed bearer assertion that signs its holder in until it expires, and
// a redactor is not expected to decode it to find the names inside. A
// WS-Security password and Basic credentials are secrets. Kept: UUIDs,
// epochs, record ids, ports, SIDs (object ids, as in windows_security),
// logon ids, status codes, workstation names (a machine, named by IT),
// SAML ids (_...) and instants, CXF message ids. Left unlabelled, with the
// reason where they are written: the PBX's and servers' own addresses,
// signatures, digests and X.509 certificates (public material), a SAML
// SessionIndex (ties a logout to a session; signs no one in).

// xmlText escapes s as XML character data.
func xmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// xmlAttr escapes s for an attribute value quoted with q.
func xmlAttr(s string, q byte) string {
	s = xmlText(s)
	if q == '\'' {
		return strings.ReplaceAll(s, "'", "&apos;")
	}
	return strings.ReplaceAll(s, `"`, "&quot;")
}

// xw writes an XML document, indented over lines or on one line.
type xw struct {
	b      []byte
	indent bool
	depth  int
}

func (w *xw) nl() {
	if w.indent {
		w.b = append(w.b, '\n')
		for range w.depth {
			w.b = append(w.b, "  "...)
		}
	}
}

func (w *xw) open(tag string) {
	w.nl()
	w.b = append(w.b, "<"+tag+">"...)
	w.depth++
}

func (w *xw) close(name string) {
	w.depth--
	w.nl()
	w.b = append(w.b, "</"+name+">"...)
}

// el writes <k>v</k>; v is written as it is (already escaped).
func (w *xw) el(k, v string) {
	w.nl()
	w.b = append(w.b, "<"+k+">"+v+"</"+k+">"...)
}

func (w *xw) raw(s string) {
	w.nl()
	w.b = append(w.b, s...)
}

// freeswitchXMLCDR is one mod_xml_cdr document.
func (g *gen) freeswitchXMLCDR(st *streamState) Record {
	w := &xw{b: make([]byte, 0, 6000), indent: st.variant%2 == 0}
	enc := func(s string) string { return pctEnc(s, false, false) }
	core, id := g.uuid(), g.uuid()
	g.keepAt("uuid", core)
	g.keepAt("uuid", id)
	ext := g.sipExt()
	f, l := g.name()
	name := f + " " + l
	// The PBX's own address or domain: a server, left unlabelled.
	domain := pick(g, []string{"pbx.example.com", "10.0.0.5", "172.16.20.4"})
	outbound := g.pct(60)
	dest := g.sipExt()
	if outbound {
		dest = g.sipNumber()
	}
	ip := g.ipv4()
	if g.pct(40) {
		ip = "192.168." + g.num(0, 255) + "." + g.num(2, 254)
	}
	port := g.num(1024, 65535)
	g.plantAt("ipv4", ip)
	g.plantAt("phone", ext)
	g.plantAt("phone", dest, dest, enc(dest))
	g.plantAt("name", name, enc(name), xmlText(name))
	g.keepAt("port", port, ">"+port+"<", "%3A"+port+"<")

	w.b = append(w.b, `<?xml version="1.0"?>`...)
	if w.indent {
		w.b = append(w.b, '\n')
	}
	w.b = append(w.b, `<cdr core-uuid="`+core+`" switchname="fs01">`...)
	w.depth++
	w.open("channel_data")
	w.el("state", "CS_REPORTING")
	w.el("direction", "inbound")
	w.el("state_number", "11")
	w.el("flags", "0=1;1=1;3=1;38=1;39=1;41=1;54=1;76=1;113=1;114=1;160=1")
	w.el("caps", "1=1;2=1;3=1;4=1;5=1;6=1")
	w.close("channel_data")
	w.open("variables")
	w.el("direction", "inbound")
	w.el("uuid", id)
	w.el("session_id", g.num(1, 9999))
	w.el("sip_from_user", ext)
	w.el("sip_from_uri", enc(ext+"@"+domain))
	w.el("sip_from_host", domain)
	w.el("channel_name", enc("sofia/internal/"+ext+"@"+domain))
	w.el("sip_local_network_addr", "10.0.0.5")
	w.el("sip_network_ip", ip)
	w.el("sip_network_port", port)
	w.el("sip_received_ip", ip)
	w.el("sip_received_port", port)
	w.el("sip_via_protocol", "udp")
	w.el("sip_authorized", "true")
	w.el("sip_auth_username", ext)
	w.el("sip_auth_realm", domain)
	w.el("sip_contact_user", ext)
	w.el("sip_contact_port", port)
	w.el("sip_contact_uri", enc(ext+"@"+ip+":"+port))
	w.el("sip_contact_host", ip)
	ver := "66.86.0." + g.num(10, 99)
	g.keepAt("version", ver)
	w.el("sip_user_agent", enc("Yealink SIP-T46S "+ver))
	w.el("sip_call_id", enc(g.hexID(32)+"@"+ip))
	w.el("sip_to_user", dest)
	w.el("sip_to_uri", enc(dest+"@"+domain))
	w.el("sip_req_user", dest)
	w.el("caller_id_name", enc(name))
	w.el("caller_id_number", ext)
	w.el("effective_caller_id_name", enc(name))
	if outbound {
		cli := g.e164()
		g.plantAt("phone", cli, enc(cli))
		w.el("effective_caller_id_number", enc(cli))
		w.el("outbound_caller_id_number", enc(cli))
	} else {
		w.el("effective_caller_id_number", ext)
		w.el("dialed_extension", dest)
		w.el("dialed_user", dest)
	}
	w.el("read_codec", "PCMU")
	w.el("read_rate", "8000")
	w.el("write_codec", "PCMU")
	w.el("write_rate", "8000")
	media := g.ipv4()
	mport := strconv.Itoa(16384 + 2*g.rng.IntN(8000))
	g.plantAt("ipv4", media)
	g.keepAt("port", mport, ">"+mport+"<")
	w.el("remote_media_ip", media)
	w.el("remote_media_port", mport)
	w.el("rtp_use_codec_string", enc("OPUS,G722,PCMU,PCMA"))
	start := g.now.Add(-time.Duration(20+g.rng.IntN(900)) * time.Second)
	stamp := func(t time.Time) string { return enc(t.Format("2006-01-02 15:04:05")) }
	w.el("start_stamp", stamp(start))
	w.el("end_stamp", stamp(g.now))
	se := strconv.FormatInt(start.Unix(), 10)
	g.keepAt("epoch", se, ">"+se+"<")
	w.el("start_epoch", se)
	w.el("start_uepoch", strconv.FormatInt(start.UnixMicro(), 10))
	dur := int(g.now.Sub(start).Seconds())
	w.el("duration", strconv.Itoa(dur))
	w.el("billsec", strconv.Itoa(max(0, dur-4)))
	w.el("hangup_cause", pick(g, []string{"NORMAL_CLEARING", "ORIGINATOR_CANCEL", "USER_BUSY"}))
	w.el("sip_hangup_disposition", "send_bye")
	app := "user/" + dest + "@" + domain
	if outbound {
		app = "sofia/gateway/carrier/" + dest
		w.el("bridge_channel", enc("sofia/external/"+dest+"@sip.carrier.example.net"))
	}
	w.el("last_app", "bridge")
	w.el("last_arg", enc(app))
	w.close("variables")
	w.open("app_log")
	us := strconv.FormatInt(start.UnixMicro(), 10)
	g.keepAt("epoch", us, `="`+us+`"`)
	w.raw(`<application app_name="set" app_data="` + xmlAttr("effective_caller_id_name="+name, '"') + `" app_stamp="` + us + `"></application>`)
	w.raw(`<application app_name="bridge" app_data="` + xmlAttr(app, '"') + `" app_stamp="` + us + `"></application>`)
	w.close("app_log")
	w.raw(`<callflow dialplan="XML" unique-id="` + id + `" profile_index="1">`)
	w.depth++
	w.raw(`<extension name="` + pick(g, []string{"outbound", "local_extension"}) + `" number="` + dest + `">`)
	w.depth++
	w.raw(`<application app_name="bridge" app_data="` + xmlAttr(app, '"') + `"></application>`)
	w.close("extension")
	w.open("caller_profile")
	w.el("username", ext)
	w.el("dialplan", "XML")
	w.el("caller_id_name", xmlText(name))
	w.el("ani", ext)
	w.el("aniii", "")
	w.el("caller_id_number", ext)
	w.el("network_addr", ip)
	if g.pct(30) {
		r := g.e164()
		g.plantAt("phone", r)
		w.el("rdnis", r)
	} else {
		w.el("rdnis", "")
	}
	w.el("destination_number", dest)
	w.el("uuid", id)
	w.el("source", "mod_sofia")
	w.el("context", "default")
	w.el("chan_name", "sofia/internal/"+ext+"@"+domain)
	w.close("caller_profile")
	w.open("times")
	w.el("created_time", us)
	w.el("profile_created_time", us)
	w.el("progress_time", "0")
	w.el("answered_time", strconv.FormatInt(start.Add(4*time.Second).UnixMicro(), 10))
	w.el("hangup_time", strconv.FormatInt(g.now.UnixMicro(), 10))
	w.el("transfer_time", "0")
	w.close("times")
	w.close("callflow")
	w.close("cdr")
	return Record{Line: w.b}
}

// winXField is one EventData field of a Windows event.
type winXField struct {
	name, val string
	l         label
	cat       string
}

var winEventTexts = map[string]string{
	"4624": "An account was successfully logged on.",
	"4625": "An account failed to log on.",
	"4648": "A logon was attempted using explicit credentials.",
	"4740": "A user account was locked out.",
	"4768": "A Kerberos authentication ticket (TGT) was requested.",
	"4771": "Kerberos pre-authentication failed.",
	"4776": "The computer attempted to validate the credentials for an account.",
	"5140": "A network share object was accessed.",
}

// winMessageLabels are the labels the rendered message gives the
// EventData fields (the message templates of the auditing reference).
var winMessageLabels = map[string]string{
	"SubjectUserSid": "Security ID", "TargetUserSid": "Security ID", "TargetSid": "Security ID",
	"SubjectUserName": "Account Name", "TargetUserName": "Account Name",
	"SubjectDomainName": "Account Domain", "TargetDomainName": "Account Domain",
	"SubjectLogonId": "Logon ID", "TargetLogonId": "Logon ID",
	"IpAddress": "Source Network Address", "IpPort": "Source Port",
	"WorkstationName": "Workstation Name", "Workstation": "Source Workstation",
	"LogonType": "Logon Type", "ServiceName": "Service Name", "TicketOptions": "Ticket Options",
	"Status": "Result Code", "SubStatus": "Sub Status", "TargetServerName": "Target Server Name",
	"ShareName": "Share Name", "ShareLocalPath": "Share Path", "AccessMask": "Access Mask",
	"LogonGuid": "Logon GUID", "TargetLogonGuid": "Logon GUID", "ProcessId": "Process ID", "ProcessName": "Process Name",
}

var winCategories = map[string]string{"12544": "Logon", "13824": "User Account Management", "14336": "Credential Validation", "14339": "Kerberos Authentication Service", "12808": "File Share"}

// winXEvent returns one event's id, task and fields.
func (g *gen) winXEvent() (string, string, []winXField) {
	person := g.pct(70)
	login, lcat, ll := pick(g, []string{"svc_backup", "sqlservice", "Administrator", "DC01$", "WS-0412$"}), "account", kept
	if person {
		login, lcat, ll = g.personLogin(), "name", planted
	}
	ip := pick(g, []string{g.ipv4(), "10.1." + g.num(0, 255) + "." + g.num(2, 254)})
	ipForm := ip
	ws := pick(g, []string{"WS-" + g.num(1000, 9999), "DESKTOP-" + strings.ToUpper(g.chars(7, lowerNum)), "LAPTOP-" + strings.ToUpper(g.chars(8, lowerNum))})
	port := g.num(49152, 65535)
	logon := "0x" + strconv.FormatInt(int64(0x100000+g.rng.IntN(1<<24)), 16)
	sid := g.winSID()
	switch g.rng.IntN(8) {
	case 0:
		if g.pct(25) {
			ipForm = g.ipv6()
		}
		return "4624", "12544", []winXField{
			{"SubjectUserSid", "S-1-5-18", kept, "uniqueid"},
			{"SubjectUserName", "DC01$", kept, "account"},
			{"SubjectDomainName", "CORP", plain, ""},
			{"SubjectLogonId", "0x3e7", kept, "counter"},
			{"TargetUserSid", sid, kept, "uniqueid"},
			{"TargetUserName", login, ll, lcat},
			{"TargetDomainName", "CORP", plain, ""},
			{"TargetLogonId", logon, kept, "counter"},
			{"LogonType", "3", plain, ""},
			{"LogonProcessName", "Kerberos", plain, ""},
			{"AuthenticationPackageName", "Kerberos", plain, ""},
			{"WorkstationName", ws, kept, "host"},
			{"LogonGuid", "{" + g.uuid() + "}", kept, "uuid"},
			{"TransmittedServices", "-", plain, ""},
			{"LmPackageName", "-", plain, ""},
			{"KeyLength", "0", plain, ""},
			{"ProcessId", "0x0", plain, ""},
			{"ProcessName", "-", plain, ""},
			{"IpAddress", ipForm, planted, ipCat(ipForm)},
			{"IpPort", port, kept, "port"},
			{"ImpersonationLevel", "%%1833", plain, ""},
			{"VirtualAccount", "%%1843", plain, ""},
			{"ElevatedToken", "%%1842", plain, ""},
		}
	case 1:
		typed := login
		if person && g.pct(40) {
			// Typed at the prompt as DOMAIN\login: the login stays
			// whole in TargetUserName, the domain field empty.
			typed = `CORP\` + login
		}
		return "4625", "12544", []winXField{
			{"SubjectUserSid", "S-1-0-0", kept, "uniqueid"},
			{"SubjectUserName", "-", plain, ""},
			{"SubjectDomainName", "-", plain, ""},
			{"SubjectLogonId", "0x0", plain, ""},
			{"TargetUserSid", "S-1-0-0", kept, "uniqueid"},
			{"TargetUserName", typed, ll, lcat},
			{"TargetDomainName", "", plain, ""},
			{"Status", "0xc000006d", kept, "status"},
			{"FailureReason", "%%2313", plain, ""},
			{"SubStatus", pick(g, []string{"0xc000006a", "0xc0000064"}), kept, "status"},
			{"LogonType", "10", plain, ""},
			{"LogonProcessName", "User32 ", plain, ""},
			{"AuthenticationPackageName", "Negotiate", plain, ""},
			{"WorkstationName", ws, kept, "host"},
			{"IpAddress", ipForm, planted, ipCat(ipForm)},
			{"IpPort", port, kept, "port"},
		}
	case 2:
		other := g.personLogin()
		return "4648", "12544", []winXField{
			{"SubjectUserSid", sid, kept, "uniqueid"},
			{"SubjectUserName", login, ll, lcat},
			{"SubjectDomainName", "CORP", plain, ""},
			{"SubjectLogonId", logon, kept, "counter"},
			{"LogonGuid", "{00000000-0000-0000-0000-000000000000}", plain, ""},
			{"TargetUserName", other, planted, "name"},
			{"TargetDomainName", "CORP", plain, ""},
			{"TargetLogonGuid", "{" + g.uuid() + "}", kept, "uuid"},
			{"TargetServerName", "FS01.corp.example.com", plain, ""},
			{"TargetInfo", "FS01.corp.example.com", plain, ""},
			{"ProcessId", "0x" + strconv.FormatInt(int64(0x200+g.rng.IntN(1<<14)), 16), kept, "counter"},
			{"ProcessName", `C:\Windows\System32\svchost.exe`, plain, ""},
			{"IpAddress", "-", plain, ""},
			{"IpPort", "-", plain, ""},
		}
	case 3:
		return "4740", "13824", []winXField{
			{"TargetUserName", login, ll, lcat},
			{"TargetDomainName", ws, kept, "host"},
			{"TargetSid", sid, kept, "uniqueid"},
			{"SubjectUserSid", "S-1-5-18", kept, "uniqueid"},
			{"SubjectUserName", "DC01$", kept, "account"},
			{"SubjectDomainName", "CORP", plain, ""},
			{"SubjectLogonId", "0x3e7", kept, "counter"},
		}
	case 4:
		ipForm = "::ffff:" + ip
		return "4768", "14339", []winXField{
			{"TargetUserName", login, ll, lcat},
			{"TargetDomainName", "CORP.EXAMPLE.COM", plain, ""},
			{"TargetSid", sid, kept, "uniqueid"},
			{"ServiceName", "krbtgt", plain, ""},
			{"ServiceSid", "S-1-5-21-3623811015-3361044348-30300820-502", kept, "uniqueid"},
			{"TicketOptions", "0x40810010", kept, "status"},
			{"Status", "0x0", plain, ""},
			{"TicketEncryptionType", "0x12", plain, ""},
			{"PreAuthType", "2", plain, ""},
			{"IpAddress", ipForm, planted, "ipv4"},
			{"IpPort", port, kept, "port"},
			{"CertIssuerName", "", plain, ""},
			{"CertSerialNumber", "", plain, ""},
			{"CertThumbprint", "", plain, ""},
		}
	case 5:
		ipForm = "::ffff:" + ip
		return "4771", "14339", []winXField{
			{"TargetUserName", login, ll, lcat},
			{"TargetSid", sid, kept, "uniqueid"},
			{"ServiceName", "krbtgt/CORP.EXAMPLE.COM", plain, ""},
			{"TicketOptions", "0x40810010", kept, "status"},
			{"Status", "0x18", plain, ""},
			{"PreAuthType", "2", plain, ""},
			{"IpAddress", ipForm, planted, "ipv4"},
			{"IpPort", port, kept, "port"},
			{"CertIssuerName", "", plain, ""},
			{"CertSerialNumber", "", plain, ""},
			{"CertThumbprint", "", plain, ""},
		}
	case 6:
		return "4776", "14336", []winXField{
			{"PackageName", "MICROSOFT_AUTHENTICATION_PACKAGE_V1_0", plain, ""},
			{"TargetUserName", login, ll, lcat},
			{"Workstation", ws, kept, "host"},
			{"Status", pick(g, []string{"0x0", "0xc000006a", "0xc0000234"}), plain, ""},
		}
	}
	share := pick(g, []string{`\\*\IPC$`, `\\*\SYSVOL`, `\\*\Finance`})
	return "5140", "12808", []winXField{
		{"SubjectUserSid", sid, kept, "uniqueid"},
		{"SubjectUserName", login, ll, lcat},
		{"SubjectDomainName", "CORP", plain, ""},
		{"SubjectLogonId", logon, kept, "counter"},
		{"ObjectType", "File", plain, ""},
		{"IpAddress", ipForm, planted, ipCat(ipForm)},
		{"IpPort", port, kept, "port"},
		{"ShareName", share, plain, ""},
		{"ShareLocalPath", "", plain, ""},
		{"AccessMask", "0x1", plain, ""},
		{"AccessList", "%%4416\n\t\t\t\t", plain, ""},
	}
}

// winEventXML renders one event as XML with attribute quote q; with
// rendering set, Splunk's RenderingInfo follows System and EventData.
func (g *gen) winEventXML(id, task string, data []winXField, q byte, rendering bool, host, rec string, t time.Time) []byte {
	a := func(k, v string) string { return " " + k + "=" + string(q) + v + string(q) }
	b := make([]byte, 0, 2400)
	b = append(b, "<Event"+a("xmlns", "http://schemas.microsoft.com/win/2004/08/events/event")+"><System><Provider"+a("Name", "Microsoft-Windows-Security-Auditing")+a("Guid", "{54849625-5478-4994-a5ba-3e3b0328c30d}")+"/><EventID>"+id+"</EventID><Version>0</Version><Level>0</Level><Task>"+task+"</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated"...)
	ts := t.Format("2006-01-02T15:04:05.0000000Z")
	b = append(b, a("SystemTime", ts)+"/><EventRecordID>"+rec+"</EventRecordID><Correlation"+a("ActivityID", "{"+strings.ToUpper(g.uuid())+"}")+"/><Execution"+a("ProcessID", "788")+a("ThreadID", g.num(1000, 9000))+"/><Channel>Security</Channel><Computer>"+host+"</Computer><Security"...)
	for _, d := range data {
		if d.l == planted && d.cat == "name" && strings.HasPrefix(d.name, "Subject") {
			// An event a user's session raises carries the user's SID.
			b = append(b, a("UserID", data[0].val)...)
			break
		}
	}
	b = append(b, "/></System><EventData>"...)
	for _, d := range data {
		v := xmlText(d.val)
		if d.val == "" {
			b = append(b, "<Data"+a("Name", d.name)+"/>"...)
			continue
		}
		b = append(b, "<Data"+a("Name", d.name)+">"+v+"</Data>"...)
	}
	b = append(b, "</EventData>"...)
	if rendering {
		// The message text: line breaks and tabs as character
		// references, as the rendered XML carries them.
		var m strings.Builder
		m.WriteString(winEventTexts[id])
		for _, d := range data {
			if d.val == "" || d.val == "-" {
				continue
			}
			l, ok := winMessageLabels[d.name]
			if !ok {
				l = d.name
			}
			m.WriteString("&#13;&#10;&#9;" + l + ":&#9;&#9;" + xmlText(d.val))
		}
		b = append(b, "<RenderingInfo"+a("Culture", "en-US")+"><Message>"+m.String()+"</Message><Level>Information</Level><Task>Logon</Task><Opcode>Info</Opcode><Channel>Security</Channel><Provider>Microsoft Windows security auditing.</Provider><Keywords><Keyword>Audit Success</Keyword></Keywords></RenderingInfo>"...)
	}
	return append(b, "</Event>"...)
}

// windowsEventXML writes one event in the stream's form: 0 ToXml()
// (double quotes), 1 wevtutil (single quotes), 2 Splunk XmlWinEventLog
// (with RenderingInfo), 3 Winlogbeat JSON with event.original, 4 NXLog
// to_xml().
func (g *gen) windowsEventXML(st *streamState) Record {
	id, task, data := g.winXEvent()
	rec := g.num(1000000, 99999999)
	g.keepAt("counter", rec)
	t := g.now.UTC()
	host := pick(g, []string{"DC01.corp.example.com", "DC02.corp.example.com", "FS01.corp.example.com"})
	label := func(forms func(v string) []string) {
		for _, d := range data {
			if d.val == "" || d.l == plain {
				continue
			}
			fs := forms(d.val)
			if d.l == planted {
				g.plantAt(d.cat, d.val, fs...)
			} else {
				g.keepAt(d.cat, d.val, fs...)
			}
		}
	}
	xmlForms := func(v string) []string { return []string{">" + xmlText(v) + "<"} }
	switch st.variant % 5 {
	case 0, 1, 2:
		q := byte('"')
		if st.variant%5 == 1 {
			q = '\''
		}
		rendering := st.variant%5 == 2
		label(func(v string) []string {
			fs := xmlForms(v)
			if rendering {
				fs = append(fs, ":&#9;&#9;"+xmlText(v))
			}
			return fs
		})
		return Record{Line: g.winEventXML(id, task, data, q, rendering, host, rec, t)}
	case 3:
		x := string(g.winEventXML(id, task, data, '"', false, host, rec, t))
		label(func(v string) []string {
			return []string{jsonEsc(">" + xmlText(v) + "<")}
		})
		b := make([]byte, 0, 3000)
		b = append(b, '{')
		b = g.jk(b, "@timestamp", "timestamp", t.Format("2006-01-02T15:04:05.000Z"))
		b = jo(b, "event")
		b = g.js(b, "code", id)
		b = g.js(b, "provider", "Microsoft-Windows-Security-Auditing")
		b = g.js(b, "original", x)
		b = append(b, '}')
		b = jo(b, "winlog")
		b = g.js(b, "channel", "Security")
		b = g.js(b, "computer_name", host)
		b = jn(b, "record_id", rec)
		b = append(b, '}')
		b = jo(b, "host")
		b = g.js(b, "name", strings.ToLower(strings.SplitN(host, ".", 2)[0]))
		b = append(b, '}')
		return Record{Line: append(b, '}')}
	}
	// NXLog's to_xml(): the fields of im_msvistalog, every one an element.
	b := make([]byte, 0, 2400)
	b = append(b, "<Event><EventTime>"+t.Format("2006-01-02 15:04:05")+"</EventTime><Hostname>"+host+"</Hostname><Keywords>-9214364837600034816</Keywords><EventType>AUDIT_SUCCESS</EventType><SeverityValue>2</SeverityValue><Severity>INFO</Severity><EventID>"+id+"</EventID><SourceName>Microsoft-Windows-Security-Auditing</SourceName><ProviderGuid>{54849625-5478-4994-A5BA-3E3B0328C30D}</ProviderGuid><Version>0</Version><Task>"+task+"</Task><OpcodeValue>0</OpcodeValue><RecordNumber>"+rec+"</RecordNumber><ProcessID>788</ProcessID><ThreadID>"+g.num(1000, 9000)+"</ThreadID><Channel>Security</Channel>"...)
	b = append(b, "<Message>"+xmlText(winEventTexts[id])+"</Message><Category>"+winCategories[task]+"</Category><Opcode>Info</Opcode>"...)
	for _, d := range data {
		if d.val == "" {
			b = append(b, "<"+d.name+"></"+d.name+">"...)
			continue
		}
		b = append(b, "<"+d.name+">"+xmlText(d.val)+"</"+d.name+">"...)
	}
	label(xmlForms)
	b = append(b, "<EventReceivedTime>"+t.Add(time.Second).Format("2006-01-02 15:04:05")+"</EventReceivedTime><SourceModuleName>eventlog</SourceModuleName><SourceModuleType>im_msvistalog</SourceModuleType></Event>"...)
	return Record{Line: b}
}

// samlPerson is who a SAML assertion or SOAP call is about.
type samlPerson struct {
	first, last, login, mail, phone string
}

func (g *gen) samlPerson() samlPerson {
	f, l := g.name()
	return samlPerson{first: f, last: l, login: g.personLogin(), mail: g.email(f, l), phone: g.e164()}
}

// samlResponse returns a SAML 2.0 Response with one assertion about p, in
// the prefixes p (protocol) and a (assertion), and plants its values.
// With pretty set it is indented over lines.
func (g *gen) samlResponse(p samlPerson, pp, ap string, pretty bool, client string) string {
	w := &xw{indent: pretty}
	rid, aid, req := "_"+g.hexID(32), "_"+g.hexID(32), "_"+g.hexID(32)
	g.keepAt("requestid", rid)
	g.keepAt("requestid", req)
	now := g.now.UTC()
	inst := now.Format("2006-01-02T15:04:05.000Z")
	g.keepAt("timestamp", inst)
	sp := "https://" + pick(g, []string{"sp.example.com/Shibboleth.sso/SAML2/POST", "app.example.com/saml/acs", "crm.example.org/auth/realms/staff/broker/saml/endpoint"})
	idp := pick(g, []string{"https://idp.example.com/idp/shibboleth", "https://sso.example.com/realms/corp", "https://login.example.edu/simplesaml/saml2/idp/metadata.php"})
	w.b = append(w.b, `<`+pp+`:Response xmlns:`+pp+`="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:`+ap+`="urn:oasis:names:tc:SAML:2.0:assertion" Destination="`+sp+`" ID="`+rid+`" InResponseTo="`+req+`" IssueInstant="`+inst+`" Version="2.0">`...)
	w.depth++
	w.el(ap+":Issuer", idp)
	w.raw(`<` + pp + `:Status><` + pp + `:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></` + pp + `:Status>`)
	w.raw(`<` + ap + `:Assertion ID="` + aid + `" IssueInstant="` + inst + `" Version="2.0">`)
	w.depth++
	w.el(ap+":Issuer", idp)
	// Signature, digest and certificate: public material, unlabelled.
	w.raw(`<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><ds:Reference URI="#` + aid + `"><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>` + base64.StdEncoding.EncodeToString([]byte(g.hexID(32))[:32]) + `</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>` + g.chars(344, b64Alpha) + `</ds:SignatureValue></ds:Signature>`)
	w.open(ap + ":Subject")
	nameID := p.mail
	w.raw(`<` + ap + `:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" SPNameQualifier="` + sp + `">` + xmlText(nameID) + `</` + ap + `:NameID>`)
	w.raw(`<` + ap + `:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">`)
	w.depth++
	w.raw(`<` + ap + `:SubjectConfirmationData Address="` + client + `" InResponseTo="` + req + `" NotOnOrAfter="` + now.Add(5*time.Minute).Format("2006-01-02T15:04:05.000Z") + `" Recipient="` + sp + `"/>`)
	w.close(ap + ":SubjectConfirmation")
	w.close(ap + ":Subject")
	w.raw(`<` + ap + `:Conditions NotBefore="` + now.Add(-time.Minute).Format("2006-01-02T15:04:05.000Z") + `" NotOnOrAfter="` + now.Add(5*time.Minute).Format("2006-01-02T15:04:05.000Z") + `"><` + ap + `:AudienceRestriction><` + ap + `:Audience>` + sp + `</` + ap + `:Audience></` + ap + `:AudienceRestriction></` + ap + `:Conditions>`)
	// SessionIndex ties a logout to this session: unlabelled.
	w.raw(`<` + ap + `:AuthnStatement AuthnInstant="` + inst + `" SessionIndex="_` + g.hexID(40) + `"><` + ap + `:AuthnContext><` + ap + `:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</` + ap + `:AuthnContextClassRef></` + ap + `:AuthnContext></` + ap + `:AuthnStatement>`)
	w.open(ap + ":AttributeStatement")
	attr := func(name, friendly, v string) {
		fn := ""
		if friendly != "" {
			fn = ` FriendlyName="` + friendly + `"`
		}
		w.raw(`<` + ap + `:Attribute Name="` + name + `"` + fn + ` NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><` + ap + `:AttributeValue xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="xs:string">` + xmlText(v) + `</` + ap + `:AttributeValue></` + ap + `:Attribute>`)
	}
	if g.pct(50) {
		// OIDs with friendly names (the SAML2 attribute profiles).
		attr("urn:oid:0.9.2342.19200300.100.1.3", "mail", p.mail)
		attr("urn:oid:2.5.4.42", "givenName", p.first)
		attr("urn:oid:2.5.4.4", "sn", p.last)
		attr("urn:oid:2.5.4.20", "telephoneNumber", p.phone)
		attr("urn:oid:0.9.2342.19200300.100.1.1", "uid", p.login)
	} else {
		attr("mail", "", p.mail)
		attr("givenName", "", p.first)
		attr("sn", "", p.last)
		attr("telephoneNumber", "", p.phone)
		attr("uid", "", p.login)
	}
	attr("eduPersonAffiliation", "", pick(g, []string{"staff", "member", "student"}))
	w.close(ap + ":AttributeStatement")
	w.close(ap + ":Assertion")
	w.close(pp + ":Response")
	g.plantAt("email", p.mail, ">"+xmlText(p.mail)+"<")
	g.plantAt("name", p.first, ">"+xmlText(p.first)+"<")
	g.plantAt("name", p.last, ">"+xmlText(p.last)+"<")
	g.plantAt("phone", p.phone, ">"+p.phone+"<")
	g.plantAt("name", p.login, ">"+p.login+"<")
	g.plantAt(ipCat(client), client, `Address="`+client+`"`)
	return string(w.b)
}

const b64Alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// soapCustomer is a SOAP envelope updating a customer, the client's
// WS-Security UsernameToken in its header when sec is set.
func (g *gen) soapEnvelope(p samlPerson, env string, sec bool) string {
	var b strings.Builder
	b.WriteString(`<` + env + `:Envelope xmlns:` + env + `="http://schemas.xmlsoap.org/soap/envelope/">`)
	if sec {
		user, pw := "crm-sync", g.token(16)
		g.keepAt("account", user, ">"+user+"<")
		g.plantAt("secret", pw, ">"+xmlText(pw)+"<")
		b.WriteString(`<` + env + `:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" ` + env + `:mustUnderstand="1"><wsse:UsernameToken wsu:Id="UsernameToken-` + g.num(1, 99) + `" xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"><wsse:Username>` + user + `</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">` + xmlText(pw) + `</wsse:Password></wsse:UsernameToken></wsse:Security></` + env + `:Header>`)
	}
	cid := g.digits(7)
	g.keepAt("uniqueid", cid, "<customerId>"+cid+"<")
	oid := "SO-" + g.digits(8)
	g.keepAt("orderid", oid)
	company := pick(g, []string{"Smith & Sons Ltd", "Bauer & Partner GmbH", "Acme Corp"})
	b.WriteString(`<` + env + `:Body><ns2:updateCustomer xmlns:ns2="http://crm.example.com/ws/customer/v2"><customer><customerId>` + cid + `</customerId><firstName>` + xmlText(p.first) + `</firstName><lastName>` + xmlText(p.last) + `</lastName><company>` + xmlText(company) + `</company><email>` + xmlText(p.mail) + `</email><phone>` + p.phone + `</phone><lastOrder>` + oid + `</lastOrder><status>ACTIVE</status></customer></ns2:updateCustomer></` + env + `:Body></` + env + `:Envelope>`)
	g.plantAt("name", p.first, ">"+xmlText(p.first)+"<")
	g.plantAt("name", p.last, ">"+xmlText(p.last)+"<")
	g.plantAt("email", p.mail, ">"+xmlText(p.mail)+"<")
	g.plantAt("phone", p.phone, ">"+p.phone+"<")
	return b.String()
}

// soapSAMLLog writes one record of an application log carrying SOAP or
// SAML: the stream's framework decides the wrapper.
func (g *gen) soapSAMLLog(st *streamState) Record {
	p := g.samlPerson()
	ts := g.now.Format("2006-01-02 15:04:05,000")
	client := g.ipv4()
	if g.pct(15) {
		client = g.ipv6()
	}
	switch (st.variant + st.n) % 7 {
	case 0, 1: // CXF LoggingInInterceptor / LoggingOutInterceptor (CXF 3.1)
		id := g.num(1, 9999)
		g.keepAt("counter", id, "ID: "+id+"\n")
		in := st.n%2 == 0
		dir, sep := "Inbound Message", "----------------------------"
		if !in {
			dir, sep = "Outbound Message", "---------------------------"
		}
		b := []byte(ts + " INFO  [org.apache.cxf.services.CustomerService.CustomerServicePort.CustomerServicePortType] (default task-" + g.num(1, 64) + ") " + dir + "\n" + sep + "\nID: " + id + "\n")
		if in {
			b = append(b, "Address: http://crm.example.com:8080/ws/customer\nEncoding: UTF-8\nHttp-Method: POST\nContent-Type: text/xml; charset=UTF-8\nHeaders: {Accept=[*/*], "...)
			if g.pct(50) {
				cred := "crm-sync:" + g.token(12)
				enc := base64.StdEncoding.EncodeToString([]byte(cred))
				g.plantAt("secret", enc)
				b = append(b, "Authorization=[Basic "+enc+"], "...)
			}
			ln := g.num(600, 1500)
			b = append(b, "connection=[keep-alive], Content-Length=["+ln+"], content-type=[text/xml; charset=UTF-8], Host=[crm.example.com:8080], SOAPAction=[\"urn:updateCustomer\"], User-Agent=[Apache-CXF/3.5.5], X-Forwarded-For=["...)
			b = g.plant(b, ipCat(client), client, "")
			b = append(b, "]}\nPayload: "...)
			b = append(b, g.soapEnvelope(p, "soap", true)...)
		} else {
			b = append(b, "Response-Code: 200\nEncoding: UTF-8\nContent-Type: text/xml\nHeaders: {}\nPayload: "...)
			b = append(b, g.soapEnvelope(p, "soap", false)...)
		}
		return Record{Line: append(b, "\n--------------------------------------"...)}
	case 2: // CXF ext logging (3.3+): REQ_IN with ExchangeId
		ex := g.uuid()
		g.keepAt("uuid", ex)
		b := []byte(ts + " INFO  [org.apache.cxf.services.CustomerService.REQ_IN] (qtp" + g.digits(9) + "-" + g.num(20, 90) + ") REQ_IN\n    Address: https://crm.example.com/ws/customer\n    HttpMethod: POST\n    Content-Type: text/xml;charset=UTF-8\n    ExchangeId: " + ex + "\n    ServiceName: CustomerService\n    PortName: CustomerServicePort\n    PortTypeName: CustomerServicePortType\n    Headers: {SOAPAction=\"urn:updateCustomer\", Cookie=JSESSIONID=")
		sess := g.hexID(32)
		b = g.plant(b, "secret", strings.ToUpper(sess), "")
		b = append(b, ", X-Real-IP="...)
		b = g.plant(b, ipCat(client), client, "")
		b = append(b, ", Content-Type=text/xml;charset=UTF-8}\n    Payload: "...)
		b = append(b, g.soapEnvelope(p, "soapenv", g.pct(50))...)
		return Record{Line: b}
	case 3: // Spring-WS MessageTracing
		env := g.soapEnvelope(p, "SOAP-ENV", false)
		if g.pct(50) {
			return Record{Line: []byte(g.now.Format("2006-01-02T15:04:05.000Z") + " DEBUG 1 --- [nio-8080-exec-" + g.num(1, 10) + "] o.s.ws.server.MessageTracing.received    : Received request [" + env + "]")}
		}
		return Record{Line: []byte(g.now.Format("2006-01-02T15:04:05.000Z") + " TRACE 1 --- [nio-8080-exec-" + g.num(1, 10) + "] o.s.ws.server.MessageTracing.sent        : Sent response [<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Header/><SOAP-ENV:Body><ns2:updateCustomerResponse xmlns:ns2=\"http://crm.example.com/ws/customer/v2\"><result>OK</result></ns2:updateCustomerResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>] for request [" + env + "]")}
	case 4: // WCF message logging, one E2ETraceEvent a record
		host := pick(g, []string{"WEB01", "APP02"})
		b := []byte(`<E2ETraceEvent xmlns="http://schemas.microsoft.com/2004/06/E2ETraceEvent"><System xmlns="http://schemas.microsoft.com/2004/06/windows/eventlog/system"><EventID>0</EventID><Type>3</Type><SubType Name="Information">0</SubType><Level>8</Level><TimeCreated SystemTime="` + g.now.UTC().Format("2006-01-02T15:04:05.0000000Z") + `" /><Source Name="System.ServiceModel.MessageLogging" /><Correlation ActivityID="{` + g.uuid() + `}" /><Execution ProcessName="w3wp" ProcessID="` + g.num(1000, 9000) + `" ThreadID="` + g.num(1, 90) + `" /><Channel /><Computer>` + host + `</Computer></System><ApplicationData><TraceData><DataItem><MessageLogTraceRecord Time="` + g.now.Format("2006-01-02T15:04:05.0000000+00:00") + `" Source="ServiceLevelReceiveRequest" Type="System.ServiceModel.Dispatcher.BufferedMessage" xmlns="http://schemas.microsoft.com/2004/06/ServiceModel/Management/MessageTrace"><HttpRequest><Method>POST</Method><QueryString></QueryString><WebHeaders><Content-Length>` + g.num(600, 1500) + `</Content-Length><Content-Type>text/xml; charset=utf-8</Content-Type><Host>crm.example.com</Host><X-Forwarded-For>`)
		b = g.plant(b, ipCat(client), client, "")
		b = append(b, `</X-Forwarded-For><SOAPAction>"urn:updateCustomer"</SOAPAction></WebHeaders></HttpRequest>`...)
		b = append(b, g.soapEnvelope(p, "s", false)...)
		return Record{Line: append(b, `</MessageLogTraceRecord></DataItem></TraceData></ApplicationData></E2ETraceEvent>`...)}
	case 5: // a SAML Response at debug
		switch st.variant % 3 {
		case 0: // Shibboleth IdP idp-process.log, PROTOCOL_MESSAGE, indented
			x := g.samlResponse(p, "saml2p", "saml2", true, client)
			g.plantAt(ipCat(client), client, " - "+client+" - ")
			return Record{Line: []byte(g.now.Format("2006-01-02 15:04:05,000") + " - " + client + " - DEBUG [PROTOCOL_MESSAGE:26] - \n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + x)}
		case 1: // Keycloak as a broker, one line
			x := g.samlResponse(p, "samlp", "saml", false, client)
			return Record{Line: []byte(g.now.Format("2006-01-02 15:04:05,000") + " DEBUG [org.keycloak.broker.saml.SAMLEndpoint] (executor-thread-" + g.num(1, 40) + ") SAML response: " + x)}
		}
		x := g.samlResponse(p, "samlp", "saml", false, client)
		return Record{Line: []byte(g.now.Format("Jan _2 15:04:05") + " simplesamlphp DEBUG [" + g.hexID(10) + "] Received SAML2 Response: " + x)}
	}
	// nginx with the request body logged: the HTTP-POST binding's
	// SAMLResponse, planted whole as a secret (see the file comment).
	np, nk := len(g.plants), len(g.keeps)
	x := g.samlResponse(p, "samlp", "saml", false, client)
	// What is inside is only in the base64: forget its labels.
	g.plants, g.keeps = g.plants[:np], g.keeps[:nk]
	resp := base64.StdEncoding.EncodeToString([]byte(x))
	form := pctEnc(resp, false, false)
	b := []byte(client + " - - [" + g.now.Format("02/Jan/2006:15:04:05 -0700") + "] \"POST /Shibboleth.sso/SAML2/POST HTTP/1.1\" 302 0 \"https://idp.example.com/\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\" body=\"SAMLResponse=")
	g.plantAt(ipCat(client), client, client+" - - [")
	g.plantAt("secret", resp, form)
	b = append(b, form...)
	relay := "ss:mem:" + g.hexID(64)
	b = append(b, "&RelayState="+relay+"\""...)
	return Record{Line: b}
}
