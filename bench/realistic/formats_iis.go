package realistic

import (
	"strings"
)

// iisW3C is a line of a Microsoft IIS log in the W3C extended format
// (IIS documentation, "W3C Logging" and the logFile element's
// logExtFileFlags): #Software, #Version, #Date and #Fields directives at
// the start of the file (again when IIS restarts the log), then one line a
// request, fields separated by single spaces, a blank inside a value
// written '+', '-' for an empty field. The fields are IIS 10's defaults
// with s-computername, cs-host, cs(Cookie), sc-bytes and cs-bytes also
// selected: date time s-ip cs-method cs-uri-stem cs-uri-query s-port
// cs-username c-ip cs(User-Agent) cs(Cookie) cs(Referer) cs-host sc-status
// sc-substatus sc-win32-status sc-bytes cs-bytes time-taken. Requests are
// Outlook on the web and Exchange ActiveSync (Cmd=Sync&User=...&DeviceId=...)
// and an ASP.NET application.
//
// Planted: the client's address, the authenticated user (DOMAIN\user, a
// UPN, or a login; service accounts are left unlabelled: the policies
// mask cs-username whole), ActiveSync's User parameter, e-mail addresses in
// queries, the cookies that carry a session or an authentication ticket
// (ASP.NET_SessionId, .ASPXAUTH, .AspNetCore.Session, .AspNetCore.Cookies,
// X-OWA-CANARY). Look-alikes: the server's computer name, statuses,
// Win32 status codes, byte counts, times taken, user agents' versions.
func (g *gen) iisW3C(st *streamState) Record {
	hdr := []string{
		"#Software: Microsoft Internet Information Services 10.0",
		"#Version: 1.0",
		"#Date: " + g.now.UTC().Format("2006-01-02 15:04:05"),
		"#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Cookie) cs(Referer) cs-host sc-status sc-substatus sc-win32-status sc-bytes cs-bytes time-taken",
	}
	n := st.n
	if n >= st.headerN {
		n -= st.headerN
	}
	if n < len(hdr) {
		g.keepAt("header", hdr[n])
		return Record{Line: []byte(hdr[n]), Header: true}
	}
	var f []string
	sp := func(cat, v string) {
		g.keepAt(cat, v, " "+v+" ")
		f = append(f, v)
	}
	date := g.now.UTC().Format("2006-01-02")
	g.keepAt("timestamp", date)
	f = append(f, date, g.now.UTC().Format("15:04:05"), "198.51.100.10")
	first, last := g.name()
	login := g.personLogin()
	var user string
	switch g.rng.IntN(5) {
	case 0:
		user = "-"
	case 1:
		user = "EXAMPLE\\" + login
		g.plantAt("name", login, user)
	case 2:
		user = g.email(first, last)
		g.plantAt("email", user)
	case 3:
		user = login
		g.plantAt("name", login)
	default:
		// A service account: not labelled, since the policies mask
		// cs-username whole (an authenticated web user is a person's
		// account as a rule).
		user = "EXAMPLE\\" + pick(g, []string{"svc_sharepoint", "HealthMailbox0a1b2c3", "backup"})
	}
	host := pick(g, []string{"mail.example.com", "portal.example.com"})
	switch g.rng.IntN(3) {
	case 0: // Exchange ActiveSync
		f = append(f, "POST", "/Microsoft-Server-ActiveSync/default.eas")
		// The mailbox the device syncs: its owner's login or address.
		au := login
		if strings.Contains(user, "@") {
			au = user
		}
		if strings.Contains(au, "@") {
			g.plantAt("email", au, pctEnc(au, false, false))
			au = pctEnc(au, false, false)
		} else {
			g.plantAt("name", au)
		}
		f = append(f, "Cmd="+pick(g, []string{"Sync", "Ping", "FolderSync", "SendMail"})+"&User="+au+"&DeviceId=Appl"+g.chars(11, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")+"&DeviceType=iPhone")
	case 1: // Outlook on the web
		f = append(f, "GET", "/owa/")
		if g.pct(50) {
			e := g.email(first, last)
			g.plantAt("email", e, pctEnc(e, false, false))
			f = append(f, "ae=Item&t=IPM.Note&email="+pctEnc(e, false, false))
		} else {
			f = append(f, "-")
		}
	default:
		f = append(f, pick(g, []string{"GET", "POST"}), "/app"+g.path())
		f = append(f, "-")
	}
	f = append(f, "443", user)
	ip, cat := g.clientIP()
	g.plantAt(cat, ip)
	f = append(f, ip)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	f = append(f, strings.ReplaceAll(ua, " ", "+"))
	var cookies []string
	if g.pct(70) {
		sid := g.chars(24, "abcdefghijklmnopqrstuvwxyz012345")
		g.plantAt("secret", sid)
		cookies = append(cookies, "ASP.NET_SessionId="+sid)
	}
	switch g.rng.IntN(4) {
	case 0:
		t := strings.ToUpper(g.hexID(160))
		g.plantAt("secret", t)
		cookies = append(cookies, ".ASPXAUTH="+t)
	case 1:
		t := "CfDJ8" + g.chars(120, b64url)
		g.plantAt("secret", t)
		cookies = append(cookies, pick(g, []string{".AspNetCore.Cookies=", ".AspNetCore.Session="})+t)
	case 2:
		t := g.hexID(32) + "." + g.chars(40, b64url)
		g.plantAt("secret", t)
		cookies = append(cookies, "X-OWA-CANARY="+t)
	}
	cookies = append(cookies, pick(g, []string{"theme=dark", "lang=en-US", "PrivateComputer=true"}))
	f = append(f, strings.Join(cookies, ";+"))
	if g.pct(40) {
		f = append(f, "https://"+host+"/owa/")
	} else {
		f = append(f, "-")
	}
	f = append(f, host)
	status := pick(g, []string{"200", "200", "302", "401", "440"})
	sp("status", status)
	f = append(f, "0")
	win32 := pick(g, []string{"0", "0", "64", "1236", "2148074254"})
	sp("status", win32)
	sp("bytes", g.num(200, 999999))
	sp("bytes", g.num(200, 99999))
	tt := g.num(1, 30000)
	g.keepAt("duration", tt, " "+tt)
	f = append(f, tt)
	return Record{Line: []byte(strings.Join(f, " "))}
}
