package realistic

import (
	"strconv"
	"strings"
)

// Identity and privileged-access audit logs as security teams ship them:
// the 1Password Events API, JumpCloud Directory Insights and the syslog of
// privileged access management (CyberArk Vault/PSM in CEF, BeyondTrust
// Privileged Remote Access and Password Safe).
//
// Planted: people's e-mail addresses and display names, their logins in
// every form a directory writes them (jdoe, CORP\jdoe, jdoe@CORP.EXAMPLE.COM),
// client addresses (IPv4 and IPv6), a geolocation to four decimals and the
// free-text reasons people type (a name, a phone number). Kept: the
// products' ids (1Password's 26-character base32 uuids, JumpCloud's 24-hex
// object ids, UUIDs), ticket numbers, versions, timestamps, ports, country
// codes and service accounts (svc_backup, PasswordManager).

// opID returns a 1Password object id: 26 characters of RFC 4648 base32
// without padding, upper case.
func (g *gen) opID() string { return g.chars(26, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") }

var opClients = []struct{ app, ver, plat, pver, os, osver string }{
	{"1Password Browser Extension", "20240", "Chrome", "124.0.6367.91", "MacOSX", "14.4.1"},
	{"1Password for Windows", "80800062", "Microsoft Windows", "10.0.22631", "Windows", "10.0.22631"},
	{"1Password for Mac", "81000045", "Apple Mac", "arm64", "MacOSX", "14.5"},
	{"1Password CLI", "2260001", "Linux", "6.5.0-35-generic", "Linux", "Ubuntu 22.04"},
	{"1Password for iOS", "81000037", "iPhone", "17.5", "iOS", "17.5"},
}

var opCities = [][5]string{
	{"DE", "Berlin", "Berlin", "52.5244", "13.4105"},
	{"GB", "England", "London", "51.5085", "-0.1257"},
	{"CA", "Ontario", "Toronto", "43.7001", "-79.4163"},
	{"UA", "Kyiv City", "Kyiv", "50.4547", "30.5238"},
	{"US", "California", "San Jose", "37.3394", "-121.8950"},
}

// opUser writes a 1Password user object: uuid (kept), name and email.
func (g *gen) opUser(b []byte, key string) []byte {
	f, l := g.name()
	b = jo(b, key)
	b = g.jk(b, "uuid", "hash", g.opID())
	b = g.jp(b, "name", "name", f+" "+l)
	b = g.jp(b, "email", "email", g.email(f, l))
	return append(b, '}')
}

func (g *gen) opClient(b []byte) []byte {
	c := pick(g, opClients)
	b = jo(b, "client")
	b = g.js(b, "app_name", c.app)
	b = g.jk(b, "app_version", "version", c.ver)
	b = g.js(b, "platform_name", c.plat)
	b = g.jk(b, "platform_version", "version", c.pver)
	b = g.js(b, "os_name", c.os)
	b = g.jk(b, "os_version", "version", c.osver)
	ip, cat := g.clientIP()
	b = g.jp(b, "ip_address", cat, ip)
	return append(b, '}')
}

// opLocation writes the location the Events API derives from the address;
// its coordinates have four decimals and are planted (about 10 m on the
// grid, though the fix is a city's: either way a place tied to a person).
func (g *gen) opLocation(b []byte) []byte {
	c := pick(g, opCities)
	b = jo(b, "location")
	b = g.jk(b, "country", "status", c[0])
	b = g.js(b, "region", c[1])
	b = g.js(b, "city", c[2])
	b = jn(b, "latitude", c[3])
	g.plantAt("geo", c[3], `"latitude":`+c[3])
	b = jn(b, "longitude", c[4])
	g.plantAt("geo", c[4], `"longitude":`+c[4])
	return append(b, '}')
}

func (g *gen) opTime() string { return g.now.UTC().Format("2006-01-02T15:04:05.000000000Z") }

// onePasswordEvents is one item of the 1Password Events API's
// /api/v2/signinattempts, /api/v2/itemusages or /api/v1/auditevents
// responses, as SIEM shippers forward them one per line.
func (g *gen) onePasswordEvents(st *streamState) Record {
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	b = g.jk(b, "uuid", "hash", g.opID())
	switch n := g.rng.IntN(3); n {
	case 0: // sign-in attempt
		// A session's id, unlabelled: no credential (it cannot be
		// replayed), but the corpus treats ids under session keys as
		// secrets (okta_json's externalSessionId); either is fine.
		b = g.js(b, "session_uuid", g.opID())
		b = g.jk(b, "timestamp", "timestamp", g.opTime())
		cat := pick(g, [][2]string{{"success", "credentials_ok"}, {"success", "mfa_ok"}, {"credentials_failed", "password_secret_bad"}, {"mfa_failed", "totp_bad"}, {"sso_failed", "sso_failed"}})
		b = g.js(b, "category", cat[0])
		b = g.js(b, "type", cat[1])
		b = g.jk(b, "country", "status", pick(g, []string{"DE", "GB", "CA", "UA", "US"}))
		if cat[0] == "sso_failed" {
			// details.value echoes the identity provider's error, which
			// names the account the assertion was for.
			f, l := g.name()
			e := g.email(f, l)
			b = jo(b, "details")
			b = g.js(b, "value", "The SSO provider did not return a matching user for "+e)
			g.plantAt("email", e)
			b = append(b, '}')
		} else {
			b = append(b, `,"details":null`...)
		}
		b = g.opUser(b, "target_user")
		b = g.opClient(b)
		b = g.opLocation(b)
	case 1: // item usage
		b = g.jk(b, "timestamp", "timestamp", g.opTime())
		v := g.num(1, 40)
		b = jn(b, "used_version", v)
		b = g.jk(b, "vault_uuid", "hash", g.opID())
		b = g.jk(b, "item_uuid", "hash", g.opID())
		b = g.js(b, "action", pick(g, []string{"fill", "reveal", "secure-copy", "select-sso-provider", "enter-item-edit-mode"}))
		b = g.opUser(b, "user")
		b = g.opClient(b)
		b = g.opLocation(b)
	default: // audit event
		b = g.jk(b, "timestamp", "timestamp", g.opTime())
		svc := g.pct(20)
		if svc {
			// A service account acts for a pipeline: its name is kept; its
			// generated address is no one's, either outcome is fine.
			b = g.jk(b, "actor_uuid", "hash", g.opID())
			b = jo(b, "actor_details")
			b = g.jk(b, "uuid", "hash", g.opID())
			b = g.jk(b, "name", "account", pick(g, []string{"svc_backup", "svc-terraform", "ci-deploy"}))
			b = g.js(b, "email", strings.ToLower(g.chars(12, lowerNum))+"@1passwordserviceaccounts.com")
			b = append(b, '}')
		} else {
			b = g.jk(b, "actor_uuid", "hash", g.opID())
			b = g.opUser(b, "actor_details")
		}
		act := pick(g, [][2]string{{"join", "gm"}, {"grant", "vault"}, {"revk", "vault"}, {"inv", "user"}, {"suspend", "user"}, {"create", "item"}, {"uev", "user"}})
		b = g.js(b, "action", act[0])
		b = g.js(b, "object_type", act[1])
		b = g.jk(b, "object_uuid", "hash", g.opID())
		switch act[1] {
		case "user", "gm":
			b = jn(b, "aux_id", g.num(1000, 99999))
			b = g.jk(b, "aux_uuid", "hash", g.opID())
			b = g.opUser(b, "aux_details")
			if act[0] == "inv" || act[0] == "uev" {
				f, l := g.name()
				b = g.jp(b, "aux_info", "email", g.email(f, l))
			} else {
				b = g.js(b, "aux_info", pick(g, []string{"A", "R", "S"}))
			}
		default:
			b = g.js(b, "aux_info", pick(g, []string{"1048576", "34603008", ""}))
		}
		b = jo(b, "session")
		b = g.js(b, "uuid", g.opID()) // a session's id: as session_uuid
		b = g.jk(b, "login_time", "timestamp", g.now.Add(-37*60e9).UTC().Format("2006-01-02T15:04:05.000000000Z"))
		b = g.jk(b, "device_uuid", "hash", strings.ToLower(g.opID()))
		ip, cat := g.clientIP()
		b = g.jp(b, "ip", cat, ip)
		b = append(b, '}')
		b = g.opLocation(b)
	}
	b = append(b, '}')
	return Record{Line: b}
}

// jcID returns a JumpCloud object id: 24 hex digits (a MongoDB ObjectId).
func (g *gen) jcID() string { return g.hexID(24) }

var jcGeo = []struct{ cc, tz, lat, lon, region, rc, cont string }{
	{"FR", "Europe/Paris", "48.8323", "2.4075", "Paris", "75", "EU"},
	{"US", "America/Denver", "39.7392", "-104.9903", "Colorado", "CO", "NA"},
	{"GB", "Europe/London", "51.5072", "-0.1276", "England", "ENG", "EU"},
	{"DE", "Europe/Berlin", "50.1109", "8.6821", "Hesse", "HE", "EU"},
}

// jcInitiatedBy writes initiated_by: a user's id with username or email,
// or an admin's with email; an API key's has neither.
func (g *gen) jcInitiatedBy(b []byte, typ string) (out []byte, login string) {
	b = jo(b, "initiated_by")
	b = g.jk(b, "id", "hash", g.jcID())
	b = g.js(b, "type", typ)
	f, l := g.name()
	switch {
	case typ == "admin":
		b = g.jp(b, "email", "email", g.email(f, l))
	case g.pct(50):
		login = g.personLogin()
		b = g.jp(b, "username", "name", login)
	default:
		b = g.jp(b, "email", "email", g.email(f, l))
	}
	return append(b, '}'), login
}

func (g *gen) jcGeoUA(b []byte) []byte {
	c := pick(g, jcGeo)
	b = jo(b, "geoip")
	b = g.jk(b, "country_code", "status", c.cc)
	b = g.js(b, "timezone", c.tz)
	b = jn(b, "latitude", c.lat)
	g.plantAt("geo", c.lat, `"latitude":`+c.lat)
	b = g.js(b, "continent_code", c.cont)
	b = g.js(b, "region_name", c.region)
	b = jn(b, "longitude", c.lon)
	g.plantAt("geo", c.lon, `"longitude":`+c.lon)
	b = g.js(b, "region_code", c.rc)
	b = append(b, '}')
	b = jo(b, "useragent")
	maj := g.num(110, 131)
	b = g.js(b, "os", "Mac OS X")
	b = g.js(b, "minor", "0")
	b = g.js(b, "os_minor", "15")
	b = g.jk(b, "os_version", "version", "10.15.7")
	b = g.js(b, "os_major", "10")
	b = g.jk(b, "version", "version", maj+".0.0.0")
	b = g.js(b, "os_patch", "7")
	b = g.js(b, "patch", "0")
	b = g.js(b, "os_full", "Mac OS X 10.15.7")
	b = g.js(b, "major", maj)
	b = g.js(b, "name", "Chrome")
	b = g.js(b, "os_name", "Mac OS X")
	b = g.js(b, "device", "Mac")
	return append(b, '}')
}

// jumpCloudInsights is one Directory Insights event as the API's
// /insights/directory/v1/events returns it, one per line.
func (g *gen) jumpCloudInsights(st *streamState) Record {
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	ev := pick(g, []string{"sso_auth", "user_login_attempt", "radius_auth_attempt", "ldap_bind", "admin_login_attempt", "user_update"})
	typ := "user"
	if ev == "admin_login_attempt" || ev == "user_update" {
		typ = "admin"
	}
	b, _ = g.jcInitiatedBy(b, typ)
	ip, cat := g.clientIP()
	if ev != "ldap_bind" && ev != "radius_auth_attempt" {
		b = g.jcGeoUA(b)
	}
	success := g.pct(75)
	f, l := g.name()
	login := strings.ToLower(ascii(f))[:1] + strings.ToLower(ascii(l))
	switch ev {
	case "sso_auth":
		b = jo(b, "application")
		b = g.jk(b, "id", "hash", g.jcID())
		name := pick(g, []string{"Slack", "Salesforce", "AWS IAM Identity Center", "Atlassian Cloud"})
		b = g.js(b, "display_label", name)
		b = g.js(b, "name", strings.ToLower(strings.Fields(name)[0]))
		b = g.js(b, "sso_type", pick(g, []string{"saml", "oidc"}))
		b = append(b, '}')
		b = jo(b, "auth_context")
		b = jo(b, "auth_methods")
		b = append(b, `"password":{"success":true},"totp":{"success":`+strconv.FormatBool(success)+`}`...)
		b = append(b, '}')
		b = append(b, `,"policies_applied":[`...)
		b = jo(b, "")
		b = g.jk(b, "id", "hash", g.jcID())
		b = g.js(b, "name", "Require MFA outside office")
		b = append(b, `,"metadata":{"action":"allow","resultDetails":null}}]`...)
		b = append(b, '}')
		b = append(b, `,"idp_initiated":false`...)
		b = append(b, `,"mfa_meta":{"type":"TOTP"}`...)
		b = g.jp(b, "username", "name", login)
	case "user_login_attempt":
		b = g.jp(b, "username", "name", login)
		if !success {
			b = g.js(b, "error_message", "invalid credentials")
		}
	case "radius_auth_attempt":
		b = jo(b, "resource")
		b = g.jk(b, "id", "hash", g.jcID())
		b = g.js(b, "type", "radius_server")
		b = g.js(b, "name", "Office Wi-Fi")
		b = append(b, '}')
		// NT-style logins reach RADIUS from Windows supplicants.
		dom := pick(g, []string{"CORP", "EXAMPLE"})
		form := dom + `\\` + login
		b = jkey(b, "username")
		b = append(b, '"')
		b = g.plant(b, "name", login, form)
		b = append(b, '"')
		b = g.js(b, "auth_type", pick(g, []string{"PAP", "MSCHAPv2", "EAP-TTLS/PAP"}))
		b = g.js(b, "nas_mfa_state", pick(g, []string{"MFA_NOT_REQUIRED", "MFA_SUCCESS"}))
		m := g.mac()
		b = g.jp(b, "mac", "mac", m)
		if !success {
			b = g.js(b, "error_message", "Access-Reject: user "+dom+`\`+login+" rejected")
			g.plantAt("name", login, jsonEsc(dom+`\`+login))
		}
	case "ldap_bind":
		org := g.jcID()
		dn := "uid=" + login + ",ou=Users,o=" + org + ",dc=jumpcloud,dc=com"
		b = g.jf(b, "dn", plain, "", dn, nil)
		g.plantAt("name", login, "uid="+login+",")
		g.keepAt("hash", org)
		b = g.js(b, "auth_method", "simple")
		b = g.js(b, "start_tls", "true")
		b = g.jp(b, "username", "name", login)
		if !success {
			b = g.js(b, "error_message", "Invalid Credentials")
		}
	case "admin_login_attempt":
		b = append(b, `,"mfa":true`...)
	case "user_update":
		b = jo(b, "resource")
		b = g.jk(b, "id", "hash", g.jcID())
		b = g.js(b, "type", "user")
		b = g.jp(b, "username", "name", login)
		b = append(b, '}')
		b = ja(b, "changes")
		switch g.rng.IntN(3) {
		case 0:
			b = jo(b, "")
			b = g.js(b, "field", "email")
			b = g.jp(b, "from", "email", g.email(f, l))
			f2, l2 := g.name()
			b = g.jp(b, "to", "email", g.email(f2, l2))
			b = append(b, '}')
		case 1:
			b = jo(b, "")
			b = g.js(b, "field", "phoneNumbers")
			b = jkey(b, "from")
			b = append(b, "null"...)
			b = ja(b, "to")
			b = jo(b, "")
			b = g.js(b, "type", "mobile")
			b = g.jp(b, "number", "phone", g.phone())
			b = g.jk(b, "id", "hash", g.jcID())
			b = append(b, "}]}"...)
		default:
			b = jo(b, "")
			b = g.js(b, "field", "displayname")
			b = g.jp(b, "from", "name", f)
			b = g.jp(b, "to", "name", f+" "+l)
			b = append(b, '}')
			b = jo(b, "")
			b = g.js(b, "field", "suspended")
			b = append(b, `,"from":false,"to":true}`...)
		}
		b = append(b, ']')
	}
	if ev != "admin_login_attempt" {
		b = append(b, `,"mfa":`+strconv.FormatBool(g.pct(60))...)
	}
	b = g.js(b, "event_type", ev)
	b = append(b, `,"provider":null`...)
	svc := map[string]string{"sso_auth": "sso", "radius_auth_attempt": "radius", "ldap_bind": "ldap"}[ev]
	if svc == "" {
		svc = "directory"
	}
	b = g.js(b, "service", svc)
	b = append(b, `,"success":`+strconv.FormatBool(success)...)
	b = g.jk(b, "organization", "hash", g.jcID())
	b = g.js(b, "@version", "1")
	b = g.jp(b, "client_ip", cat, ip)
	b = g.jk(b, "id", "hash", g.jcID())
	b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = append(b, '}')
	return Record{Line: b}
}

// pamLogin is a person's login in one of the forms PAM products log it,
// with its text and its form before any escaping: jdoe, CORP\jdoe,
// jdoe@CORP.EXAMPLE.COM, or an e-mail address for SSO users.
func (g *gen) pamLogin() (cat, text, form string) {
	f, l := g.name()
	return g.pamLoginOf(f, l)
}

// pamLoginOf is pamLogin for the person named f l.
func (g *gen) pamLoginOf(f, l string) (cat, text, form string) {
	lf, ll := strings.ToLower(ascii(f)), strings.ToLower(ascii(l))
	login := pick(g, []string{lf + "." + ll, lf[:1] + ll, lf + "_" + ll, lf[:1] + "." + ll})
	switch g.rng.IntN(4) {
	case 0:
		return "name", login, login
	case 1:
		return "name", login, pick(g, []string{"CORP", "EXAMPLE", "ACME"}) + `\` + login
	case 2:
		return "name", login, login + "@CORP.EXAMPLE.COM"
	}
	e := g.email(f, l)
	return "email", e, e
}

// pamReason is the free text a user types when requesting access: a
// ticket (kept), sometimes a person to call and their number (planted).
func (g *gen) pamReason() (text string, ticket string, plants []Value) {
	ticket = pick(g, []string{"INC", "CHG", "RITM"}) + g.digits(7)
	switch g.rng.IntN(3) {
	case 0:
		return ticket + " disk full on db node", ticket, nil
	case 1:
		f, l := g.name()
		p := g.phone()
		return ticket + " approved by " + f + " " + l + ", on call " + p, ticket,
			[]Value{{Category: "name_text", Text: f + " " + l, Forms: []string{f + " " + l}}, {Category: "phone", Text: p, Forms: []string{p}}}
	}
	p := g.phone()
	return "emergency patch per " + ticket + " call back " + p, ticket, []Value{{Category: "phone", Text: p, Forms: []string{p}}}
}

var pamTargets = []string{"svc_backup", "Administrator", "root", "oracle", "sa", "PasswordManager"}

// pamSessionSyslog is one syslog line of a privileged access management
// product, one product a stream: CyberArk Vault's audit in CEF (the
// ArcSight translator: cs1Label "Affected User Name", cs2 the safe, fname
// the object's path Root\..., cn2 a ticket id, msg the reason), BeyondTrust
// Privileged Remote Access (RFC 3164 header, "BG: site:seg:total:" and
// field=value;... with \ escapes), and BeyondInsight Password Safe's
// Event Forwarder JSON body behind "<pri>time sender-ip".
func (g *gen) pamSessionSyslog(st *streamState) Record {
	b := make([]byte, 0, 900)
	t := g.now.UTC()
	switch st.variant % 3 {
	case 0:
		return g.cyberArkCEF(st, b)
	case 1:
		day := strconv.Itoa(t.Day())
		if len(day) == 1 {
			day = " " + day
		}
		b = g.keep(b, "timestamp", months[t.Month()-1]+" "+day+" "+t.Format("15:04:05"), "")
		b = append(b, " pra01 BG: "...)
		site := "4521"
		b = g.keep(b, "counter", site, site+":01:01:")
		return g.beyondTrustPRA(b)
	}
	b = append(b, "<14>"...)
	b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05Z"), "")
	b = append(b, " 10.20.0.15 "...)
	return g.passwordSafeJSON(b)
}

func (g *gen) cyberArkCEF(st *streamState, b []byte) Record {
	t := g.now.UTC()
	if st.variant%2 == 0 {
		b = append(b, "<5>1 "...)
		b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05Z"), "")
		b = append(b, " VAULT01 CEF:0|Cyber-Ark|Vault|"...)
	} else {
		b = g.keep(b, "timestamp", months[t.Month()-1]+" "+two(t.Day())+" "+t.Format("15:04:05"), "")
		b = append(b, " VAULT01 CEF:0|Cyber-Ark|Vault|"...)
	}
	ver := pick(g, []string{"12.6.0000", "13.2.0000", "11.5.0000"})
	b = g.keep(b, "version", ver, "")
	ev := pick(g, [][2]string{{"295", "Retrieve password"}, {"300", "PSM Connect"}, {"302", "PSM Disconnect"}, {"7", "Logon"}, {"38", "CPM Verify Password"}})
	b = append(b, "|"+ev[0]+"|"+ev[1]+"|5|act="+ev[1]...)
	cat, text, form := g.pamLogin()
	b = append(b, " suser="...)
	if ev[1] == "CPM Verify Password" {
		b = g.keep(b, "account", "PasswordManager", "")
	} else {
		b = g.plant(b, cat, text, cefEsc(form))
	}
	target := pick(g, pamTargets)
	host := pick(g, []string{"srv-db01.corp.example.com", "10.40.2.17", "WIN-APP07"})
	b = append(b, ` fname=Root\\`...)
	b = append(b, cefEsc(pick(g, []string{"Operating System-WinDomain-", "Database-Oracle-", "UnixSSH-"})+host+"-"+target)...)
	b = append(b, " dvc=10.20.0.10 shost="...)
	ip, ipCat := g.clientIP()
	b = g.plant(b, ipCat, ip, "")
	b = append(b, " dhost="+host+" duser="...)
	b = g.keep(b, "account", target, "")
	b = append(b, " externalId= app="...)
	if ev[0] == "300" || ev[0] == "302" {
		b = append(b, pick(g, []string{"RDP", "SSH", "PSM-SQLPlus"})...)
	}
	reason, ticket, plants := g.pamReason()
	b = append(b, " reason="...)
	b = append(b, cefEsc(reason)...)
	b = append(b, ` cs1Label="Affected User Name" cs1=`...)
	if ev[0] == "7" {
		// A Logon names its user again as the affected one.
		b = g.plant(b, cat, text, cefEsc(form))
	}
	b = append(b, ` cs2Label="Safe Name" cs2=`+pick(g, []string{"P-WIN-DOMAIN", "DB-ORA-PROD", "Linux-Root"})...)
	b = append(b, ` cs3Label="Device Type" cs3=Operating System cs4Label="Database" cs4= cs5Label="Other info" cs5=`...)
	if ev[0] == "300" || ev[0] == "302" {
		sid := g.uuid()
		b = g.keep(b, "uuid", sid, "")
	}
	b = append(b, ` cn1Label="Request Id" cn1=`...)
	if g.pct(40) {
		b = g.keep(b, "counter", g.num(10, 9999), "")
	}
	b = append(b, ` cn2Label="Ticket Id" cn2=`...)
	b = append(b, ticket...)
	b = append(b, " msg="...)
	b = append(b, cefEsc(reason)...)
	g.keepAt("orderid", ticket)
	for _, p := range plants {
		g.plantAt(p.Category, p.Text, p.Forms...)
	}
	return Record{Line: b}
}

// praEsc escapes a PRA payload value: '=', ';' and '\' take a backslash.
func praEsc(s string) string {
	return strings.NewReplacer(`\`, `\\`, "=", `\=`, ";", `\;`).Replace(s)
}

func (g *gen) beyondTrustPRA(b []byte) Record {
	b = append(b, "site=access.example.com;when="...)
	ep := strconv.FormatInt(g.now.Unix(), 10)
	b = g.keep(b, "epoch", ep, "")
	// who is the user's display name and, in parentheses, the same
	// user's login.
	f, l := g.name()
	cat, text, form := g.pamLoginOf(f, l)
	b = append(b, ";who="...)
	b = g.plant(b, "name", f+" "+l, "")
	b = append(b, " ("...)
	b = g.plant(b, cat, text, praEsc(form))
	b = append(b, ");who_ip="...)
	ip, ipCat := g.clientIP()
	b = g.plant(b, ipCat, ip, "")
	switch g.rng.IntN(4) {
	case 0:
		b = append(b, ";event=login;target="+pick(g, []string{"web/login", "access_console"})+";status="+pick(g, []string{"success", "failure"})...)
	case 1:
		b = append(b, ";event=logout;target=access_console"...)
	case 2:
		f2, l2 := g.name()
		login := g.personLogin()
		b = append(b, ";event=user_changed;id="+g.num(2, 400)+";username="...)
		b = g.plant(b, "name", login, praEsc(login))
		b = append(b, ";public_display_name="...)
		b = g.plant(b, "name", f2+" "+l2, "")
		b = append(b, ";email_address="...)
		e := g.email(f2, l2)
		b = g.plant(b, "email", e, "")
		b = append(b, ";password=***;enabled=1"...)
	default:
		target := pick(g, pamTargets)
		b = append(b, ";event=account_changed;name="+target+" (WIN-APP07);username="...)
		b = g.keep(b, "account", target, "")
		b = append(b, ";password=***;auto_rotate_credentials=1;personal=0;group="+g.num(1, 40)...)
		reason, ticket, plants := g.pamReason()
		b = append(b, ";description="...)
		b = append(b, praEsc(reason)...)
		g.keepAt("orderid", ticket)
		for _, p := range plants {
			g.plantAt(p.Category, p.Text, praEsc(p.Forms[0]))
		}
	}
	return Record{Line: b}
}

func (g *gen) passwordSafeJSON(b []byte) Record {
	b = append(b, '{')
	b = g.js(b, "AgentID", "PBPS")
	b = g.js(b, "SourceHost", "BI-MGMT01")
	b = g.js(b, "SourceIP", "10.20.0.15")
	op := pick(g, [][3]string{{"Login", "User Login", "1"}, {"Read", "Password Request Release", "6"}, {"Edit", "Managed Account Edit", "4"}})
	b = g.js(b, "EventName", op[0])
	b = g.js(b, "EventDesc", op[1])
	b = jn(b, "EventSeverity", pick(g, []string{"0", "1"}))
	ip, ipCat := g.clientIP()
	b = g.jp(b, "EventSubject", ipCat, ip)
	cat, text, form := g.pamLogin()
	b = jkey(b, "User")
	b = append(b, '"')
	b = g.plant(b, cat, text, jsonEsc(form))
	b = append(b, '"')
	b = jkey(b, "UserName")
	b = append(b, '"')
	b = g.plant(b, cat, text, jsonEsc(form))
	b = append(b, '"')
	b = g.jk(b, "UserID", "counter", g.num(2, 900))
	b = g.js(b, "RoleUsed", pick(g, []string{"Requestor", "Administrator", "Approver"}))
	oid := g.num(10, 9000)
	b = jn(b, "ObjectID", oid)
	g.keepAt("counter", oid, `"ObjectID":`+oid)
	b = g.js(b, "Operation", op[0])
	b = append(b, `,"Failed":false`...)
	target := pick(g, pamTargets)
	b = jkey(b, "Target")
	b = append(b, `"FAccount=`...)
	b = g.keep(b, "account", target, "")
	b = append(b, ` FAlias=`+target+` FDomain=corp.example.com PFid=`+g.num(1, 60)+`"`...)
	reason, ticket, plants := g.pamReason()
	b = g.js(b, "Details", "Reason: "+reason)
	g.keepAt("orderid", ticket)
	for _, p := range plants {
		g.plantAt(p.Category, p.Text, jsonEsc(p.Forms[0]))
	}
	b = g.jk(b, "LogTime", "timestamp", g.now.UTC().Format("01/02/2006 15:04:05"))
	b = append(b, '}')
	return Record{Line: b}
}
