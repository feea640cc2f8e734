package realistic

import (
	"strconv"
	"strings"
)

// Windows Security event log records as they reach an archive: rendered
// as XML, one event a line (wevtutil qe Security /f:xml, Get-WinEvent's
// ToXml(); the event schema http://schemas.microsoft.com/win/2004/08/events/event,
// <EventData> of <Data Name='...'> elements, single-quoted attributes), or
// as Winlogbeat ships them (winlog.event_data with the same names, and the
// ECS fields user.name, source.ip). Events from Microsoft's security
// auditing reference: 4624 (an account logged on), 4625 (failed to log
// on), 4720 (a user account was created: SamAccountName, DisplayName,
// UserPrincipalName, HomeDirectory), 4740 (an account was locked out).
//
// A login written as a person's name and a DisplayName are planted, as
// are the user principal name (an e-mail address) and the client address.
// Security identifiers are look-alikes: the well-known ones (S-1-5-18
// LocalSystem, S-1-0-0 nobody) name no one, and an account's SID is an
// object id as Okta's 00u... ids are. Logon ids (0x3e7), status codes,
// process ids, record ids, logon GUIDs and the machine accounts (DC01$)
// and service logins are kept.

var winServiceLogins = []string{"svc_backup", "sqlservice", "Administrator", "krbtgt", "DC01$", "SYSTEM", "ANONYMOUS LOGON"}

// winSID returns an account's SID in a domain: S-1-5-21, three
// sub-authorities and a relative id.
func (g *gen) winSID() string {
	return "S-1-5-21-" + g.num(1000000000, 4294967295) + "-" + g.num(1000000000, 4294967295) + "-" + g.num(100000000, 4294967295) + "-" + g.num(1000, 9999)
}

// winEvent is one event's fields in order: names and labelled values.
type winField struct {
	name, val string
	l         label
	cat       string
}

// winEventData returns the EventData of one event, its id and its time.
func (g *gen) winEventData() (string, []winField) {
	f, l := g.name()
	person := g.pct(65)
	login := pick(g, winServiceLogins)
	lcat, ll := "account", kept
	if person {
		login, lcat, ll = g.personLogin(), "name", planted
	}
	ip := g.ipv4()
	if g.pct(20) {
		ip = g.ipv6()
	}
	wkSID := pick(g, []string{"S-1-5-18", "S-1-0-0", "S-1-5-19", "S-1-5-20"})
	logonID := "0x" + strconv.FormatInt(int64(g.rng.IntN(1<<24)), 16)
	switch g.rng.IntN(4) {
	case 0:
		return "4624", []winField{
			{"SubjectUserSid", wkSID, kept, "uniqueid"},
			{"SubjectUserName", "DC01$", kept, "account"},
			{"SubjectDomainName", "CORP", plain, ""},
			{"SubjectLogonId", "0x3e7", kept, "counter"},
			{"TargetUserSid", g.winSID(), kept, "uniqueid"},
			{"TargetUserName", login, ll, lcat},
			{"TargetDomainName", "CORP", plain, ""},
			{"TargetLogonId", logonID, kept, "counter"},
			{"LogonType", pick(g, []string{"2", "3", "10"}), plain, ""},
			{"LogonProcessName", "NtLmSsp ", plain, ""},
			{"AuthenticationPackageName", "NTLM", plain, ""},
			{"WorkstationName", "WS-" + g.num(1000, 9999), plain, ""},
			{"LogonGuid", "{" + g.uuid() + "}", kept, "uuid"},
			{"KeyLength", "128", plain, ""},
			{"ProcessId", "0x" + strconv.FormatInt(int64(g.rng.IntN(1<<16)), 16), kept, "counter"},
			{"ProcessName", `C:\Windows\System32\lsass.exe`, plain, ""},
			{"IpAddress", ip, planted, ipCat(ip)},
			{"IpPort", g.num(1024, 65535), kept, "port"},
		}
	case 1:
		return "4625", []winField{
			{"SubjectUserSid", "S-1-0-0", kept, "uniqueid"},
			{"SubjectUserName", "-", plain, ""},
			{"SubjectLogonId", "0x0", plain, ""},
			{"TargetUserSid", "S-1-0-0", kept, "uniqueid"},
			{"TargetUserName", login, ll, lcat},
			{"TargetDomainName", "CORP", plain, ""},
			{"Status", "0xc000006d", kept, "status"},
			{"FailureReason", "%%2313", plain, ""},
			{"SubStatus", pick(g, []string{"0xc000006a", "0xc0000064"}), kept, "status"},
			{"LogonType", "3", plain, ""},
			{"IpAddress", ip, planted, ipCat(ip)},
			{"IpPort", g.num(1024, 65535), kept, "port"},
		}
	case 2:
		sam := g.personLogin()
		upn := sam + "@corp.example.com"
		return "4720", []winField{
			{"TargetUserName", sam, planted, "name"},
			{"TargetDomainName", "CORP", plain, ""},
			{"TargetSid", g.winSID(), kept, "uniqueid"},
			{"SubjectUserSid", g.winSID(), kept, "uniqueid"},
			{"SubjectUserName", login, ll, lcat},
			{"SubjectDomainName", "CORP", plain, ""},
			{"SubjectLogonId", logonID, kept, "counter"},
			{"SamAccountName", sam, planted, "name"},
			{"DisplayName", f + " " + l, planted, "name"},
			{"UserPrincipalName", upn, planted, "email"},
			{"HomeDirectory", "-", plain, ""},
			{"PrimaryGroupId", "513", plain, ""},
			{"PasswordLastSet", "%%1794", plain, ""},
			{"UserAccountControl", "%%2080 %%2082", plain, ""},
		}
	}
	return "4740", []winField{
		{"TargetUserName", login, ll, lcat},
		{"TargetDomainName", "WS-" + g.num(1000, 9999), plain, ""},
		{"TargetSid", g.winSID(), kept, "uniqueid"},
		{"SubjectUserSid", "S-1-5-18", kept, "uniqueid"},
		{"SubjectUserName", "DC01$", kept, "account"},
		{"SubjectDomainName", "CORP", plain, ""},
		{"SubjectLogonId", "0x3e7", kept, "counter"},
	}
}

// windowsEvent is one Security event, rendered as XML in even streams and
// as Winlogbeat's JSON in odd ones.
func (g *gen) windowsEvent(st *streamState) Record {
	id, data := g.winEventData()
	rec := g.num(100000, 9999999)
	t := g.now.UTC()
	host := pick(g, []string{"DC01.corp.example.com", "DC02.corp.example.com", "FS01.corp.example.com"})
	b := make([]byte, 0, 1600)
	if st.variant%2 == 0 {
		b = append(b, "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>"+id+"</EventID><Version>0</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='"...)
		b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05.0000000Z"), "")
		b = append(b, "'/><EventRecordID>"...)
		b = g.keep(b, "counter", rec, "")
		b = append(b, "</EventRecordID><Correlation/><Execution ProcessID='"+g.num(500, 900)+"' ThreadID='"+g.num(1000, 9000)+"'/><Channel>Security</Channel><Computer>"+host+"</Computer><Security/></System><EventData>"...)
		for _, d := range data {
			b = append(b, "<Data Name='"+d.name+"'>"...)
			v := strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(d.val)
			switch d.l {
			case planted:
				b = g.plant(b, d.cat, d.val, ">"+v+"<")[:len(b)]
				b = append(b, v...)
			case kept:
				b = g.keep(b, d.cat, d.val, ">"+v+"<")[:len(b)]
				b = append(b, v...)
			default:
				b = append(b, v...)
			}
			b = append(b, "</Data>"...)
		}
		return Record{Line: append(b, "</EventData></Event>"...)}
	}
	b = append(b, '{')
	b = g.jk(b, "@timestamp", "timestamp", t.Format("2006-01-02T15:04:05.000Z"))
	b = jo(b, "event")
	b = g.js(b, "code", id)
	b = g.js(b, "provider", "Microsoft-Windows-Security-Auditing")
	b = g.js(b, "kind", "event")
	b = append(b, '}')
	b = jo(b, "winlog")
	b = g.js(b, "channel", "Security")
	b = g.js(b, "event_id", id)
	b = g.js(b, "computer_name", host)
	b = jn(b, "record_id", rec)
	b = jo(b, "event_data")
	var user, ip string
	var userL label
	for _, d := range data {
		b = g.jf(b, d.name, d.l, d.cat, d.val, nil)
		switch d.name {
		case "TargetUserName":
			user, userL = d.val, d.l
		case "IpAddress":
			ip = d.val
		}
	}
	b = append(b, '}', '}')
	if user != "" && user != "-" {
		b = jo(b, "user")
		cat := "account"
		if userL == planted {
			cat = "name"
		}
		b = g.jf(b, "name", userL, cat, user, nil)
		b = g.js(b, "domain", "CORP")
		b = append(b, '}')
	}
	if ip != "" {
		b = jo(b, "source")
		b = g.jp(b, "ip", ipCat(ip), ip)
		b = append(b, '}')
	}
	return Record{Line: append(b, '}')}
}
