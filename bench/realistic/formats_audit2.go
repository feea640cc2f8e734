package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Audit trails that products write for compliance, one product per record
// or per stream, as their documentation describes the records:
//
//   - vault_audit: HashiCorp Vault's file audit device (Audit devices;
//     the request and response entries: auth, request, response, error;
//     "hmac-sha256:" values, or the plain values when the device is
//     enabled with log_raw=true, in one stream in three) and Teleport's
//     audit events (Audit events and records reference: user.login,
//     auth, exec, session.command, db.session.query, port).
//   - saas_audit: the Microsoft 365 unified audit log (Office 365
//     Management Activity API schema: common schema, Azure AD
//     UserLoggedIn with ExtendedProperties and Actor, Exchange admin
//     cmdlets with Parameters, SharePoint sharing, Teams members), Google
//     Workspace Admin SDK Reports API activities (login, admin, drive
//     applications), Slack's Audit Logs API entries and Atlassian's
//     organization audit log events.
//   - db_audit: pgaudit's session and object audit lines behind
//     log_line_prefix, MySQL Enterprise Audit's JSON records, Percona
//     Audit Log Plugin's JSON and CSV records, MongoDB's auditLog in JSON
//     (atype, users, roles, remote, param).
//
// Labels: persons' names and logins written as a person's, e-mail
// addresses, IP addresses, phone numbers and secrets (passwords, tokens,
// a connection string's password) are planted; HMACs, uuids, object ids,
// timestamps, ports, counters, service accounts, policies and application
// names are look-alikes.

// vaultAuditLog is the vault_audit format: Vault two records in three,
// Teleport otherwise.
func (g *gen) vaultAuditLog(st *streamState) Record {
	b := make([]byte, 0, 1600)
	b = append(b, '{')
	if g.rng.IntN(3) < 2 {
		b = g.vaultEntry(b, st.variant%3 == 1)
	} else {
		b = g.teleportEvent(b)
	}
	return Record{Line: append(b, '}')}
}

// vaultToken returns a Vault service or batch token (Tokens: the hvs. and
// hvb. prefixes of 1.10 and later).
func (g *gen) vaultToken() string {
	if g.pct(80) {
		return "hvs.CAESI" + g.chars(86, b64url)
	}
	return "hvb.AAAAAQ" + g.chars(128, b64url)
}

// vaultValue writes a sensitive string member: its HMAC, or with log_raw
// the value itself (planted as cat).
func (g *gen) vaultValue(b []byte, key string, raw bool, cat, val string) []byte {
	if raw {
		return g.jp(b, key, cat, val)
	}
	return g.jk(b, key, "hash", g.vaultHMAC())
}

var vaultPolicies = []string{`["default"]`, `["default","dev-read"]`, `["default","ops"]`}

// vaultAuth writes an auth object for login through mount.
func (g *gen) vaultAuth(b []byte, raw bool, mount, login, email string, token string) []byte {
	b = jo(b, "auth")
	if raw {
		b = g.jp(b, "client_token", "secret", token)
		b = g.js(b, "accessor", g.chars(24, base62))
	} else {
		b = g.jk(b, "client_token", "hash", g.vaultHMAC())
		b = g.jk(b, "accessor", "hash", g.vaultHMAC())
	}
	b = g.jf(b, "display_name", planted, "name", login, func(s string) string { return mount + "-" + s })
	pol := pick(g, vaultPolicies)
	b = append(jkey(b, "policies"), pol...)
	b = append(jkey(b, "token_policies"), pol...)
	b = jo(b, "metadata")
	switch mount {
	case "oidc":
		b = g.js(b, "role", "default")
		b = g.jp(b, "email", "email", email)
	case "github":
		b = g.js(b, "org", "acme")
		b = g.jp(b, "username", "name", login)
	default:
		b = g.jp(b, "username", "name", login)
	}
	b = append(b, '}')
	b = g.jk(b, "entity_id", "uuid", g.uuid())
	b = g.js(b, "token_type", "service")
	b = g.keep(jkey(b, "token_ttl"), "duration", "2764800", "")
	b = g.jk(b, "token_issue_time", "timestamp", g.now.UTC().Add(-3600e9).Format("2006-01-02T15:04:05Z"))
	return append(b, '}')
}

// vaultEntry is one audit device entry: a login (auth/<mount>/login/<user>
// with the password in request.data), a secret read (the response's data
// with log_raw) or a userpass user created by an operator.
func (g *gen) vaultEntry(b []byte, raw bool) []byte {
	first, last := g.name()
	email := g.email(first, last)
	login := g.personLogin()
	ip, cat := g.clientIP()
	mount := pick(g, []string{"userpass", "ldap", "oidc", "github", "userpass"})
	typ := "request"
	if g.pct(50) {
		typ = "response"
	}
	kind := g.rng.IntN(3)
	if mount == "oidc" && kind == 0 {
		kind = 1
	}
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000Z"))
	b = g.js(b, "type", typ)
	token := g.vaultToken()
	if kind != 0 {
		// an authenticated caller
		b = g.vaultAuth(b, raw, mount, login, email, token)
	} else {
		b = append(jo(b, "auth"), `"token_type":"default"}`...)
	}
	b = jo(b, "request")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.jk(b, "client_id", "hash", g.hexID(64))
	b = g.js(b, "operation", pick(g, []string{"update", "read"}))
	b = g.js(b, "mount_point", "auth/"+mount+"/")
	b = g.js(b, "mount_type", mount)
	b = g.js(b, "mount_accessor", "auth_"+mount+"_"+g.hexID(8))
	b = g.jk(b, "mount_running_version", "version", "v1.15.4+builtin.vault")
	if kind != 0 {
		b = g.vaultValue(b, "client_token", raw, "secret", token)
		b = g.jk(b, "client_token_accessor", "hash", g.vaultHMAC())
	}
	b = append(jo(b, "namespace"), `"id":"root"}`...)
	switch kind {
	case 0:
		b = g.jf(b, "path", planted, "name", login, func(s string) string { return "auth/" + mount + "/login/" + s })
		b = jo(b, "data")
		b = g.vaultValue(b, "password", raw, "secret", g.password())
		b = append(b, '}')
	case 1:
		b = g.js(b, "path", pick(g, []string{"secret/data/app/db", "kv/data/payments/stripe", "secret/data/ci/deploy"}))
	default:
		other := g.personLogin()
		b = g.jf(b, "path", planted, "name", other, func(s string) string { return "auth/userpass/users/" + s })
		b = jo(b, "data")
		b = g.vaultValue(b, "password", raw, "secret", g.password())
		if raw {
			b = g.js(b, "token_policies", "dev-read")
		} else {
			b = g.jk(b, "token_policies", "hash", g.vaultHMAC())
		}
		b = append(b, '}')
	}
	if g.pct(30) {
		// request headers the operator asked the device to log
		b = jo(b, "headers")
		b = ja(b, "x-forwarded-for")
		xff, xcat := g.clientIP()
		b = g.plant(append(b, '"'), xcat, xff, "")
		b = append(b, '"', ']')
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = append(ja(b, "user-agent"), '"')
		b = append(b, jsonEsc(ua)...)
		b = append(b, '"', ']', '}')
	}
	b = g.jp(b, "remote_address", cat, ip)
	b = g.keep(jkey(b, "remote_port"), "port", g.num(1024, 65535), "")
	b = append(b, '}')
	if typ == "response" {
		b = jo(b, "response")
		switch kind {
		case 0:
			b = g.vaultAuth(b, raw, mount, login, email, g.vaultToken())
		case 1:
			b = g.js(b, "mount_point", "secret/")
			b = g.js(b, "mount_type", "kv")
			b = jo(b, "data")
			b = jo(b, "data")
			b = g.vaultValue(b, pick(g, []string{"password", "db_password", "api_key"}), raw, "secret", g.token(24))
			if raw {
				b = g.js(b, "username", pick(g, []string{"app_rw", "billing_svc"}))
			} else {
				b = g.jk(b, "username", "hash", g.vaultHMAC())
			}
			b = append(b, '}')
			b = jo(b, "metadata")
			b = g.jk(b, "created_time", "timestamp", g.now.UTC().Add(-86400e9*7).Format("2006-01-02T15:04:05.000000000Z"))
			b = jn(b, "version", g.num(1, 12))
			b = append(b, "}}"...)
		}
		b = append(b, '}')
	}
	if kind == 0 && g.pct(25) {
		return g.js(b, "error", "invalid username or password")
	}
	return g.js(b, "error", "")
}

var teleportLogins = []string{"root", "ubuntu", "ec2-user", "postgres"}

// teleportCommand returns a command line a user runs, labelling what it
// carries.
func (g *gen) teleportCommand() string {
	first, last := g.name()
	switch g.rng.IntN(6) {
	case 0:
		pw := g.password()
		g.plantAt("secret", pw, "-p"+pw) // glued to the option: its form says where it is
		return "mysql -h db-01 -u app_rw -p" + pw + " shop"
	case 1:
		pw := g.token(16)
		g.plantAt("secret", pw)
		return "psql postgresql://app_rw:" + pw + "@db-01.internal:5432/shop"
	case 2:
		e := g.email(first, last)
		g.plantAt("email", e)
		return "grep -i " + e + " /var/log/mail.log"
	case 3:
		t := g.vaultToken()
		g.plantAt("secret", t)
		return "export VAULT_TOKEN=" + t
	case 4:
		u := g.personLogin()
		g.plantAt("name", u)
		return "sudo passwd " + u
	}
	return "tail -n 200 /var/log/nginx/access.log"
}

// teleportEvent is one Teleport audit event.
func (g *gen) teleportEvent(b []byte) []byte {
	first, last := g.name()
	email := g.email(first, last)
	login := g.personLogin()
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	addr := func(s string) string {
		if cat == "ipv6" {
			return "[" + s + "]:" + port
		}
		return s + ":" + port
	}
	user := func(b []byte) []byte {
		if g.pct(40) {
			return g.jp(b, "user", "email", email)
		}
		return g.jp(b, "user", "name", login)
	}
	head := func(b []byte, event, code string) []byte {
		b = jn(b, "ei", g.num(0, 40))
		b = g.js(b, "event", event)
		b = g.jk(b, "uid", "uuid", g.uuid())
		b = g.js(b, "code", code)
		b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
		return g.js(b, "cluster_name", "teleport.example.com")
	}
	server := func(b []byte) []byte {
		b = g.jk(b, "login", "account", pick(g, teleportLogins))
		b = jn(b, "user_kind", "1")
		b = g.js(b, "sid", g.uuid())
		b = g.js(b, "namespace", "default")
		b = g.jk(b, "server_id", "uuid", g.uuid())
		b = g.js(b, "server_hostname", pick(g, []string{"db-01", "bastion", "web-02"}))
		b = g.jf(b, "addr.local", planted, "ipv4", "10.0."+g.num(0, 9)+"."+g.num(2, 250), func(s string) string { return s + ":3022" })
		return g.jf(b, "addr.remote", planted, cat, ip, addr)
	}
	switch g.rng.IntN(6) {
	case 0:
		b = head(b, "auth", "T3007W")
		b = user(b)
		b = append(b, `,"success":false`...)
		b = g.js(b, "error", "ssh: principal \""+pick(g, teleportLogins)+"\" not in the set of valid principals for given certificate")
		return g.jf(b, "addr.remote", planted, cat, ip, addr)
	case 1:
		b = head(b, "exec", "T3002I")
		b = user(b)
		b = server(b)
		b = g.js(b, "command", g.teleportCommand()) // labelled by teleportCommand
		b = g.keep(jcomma(b), "status", "0", `"exitCode":"0"`)
		return g.js(b, "exitError", "")
	case 2:
		// enhanced session recording: the program, its path and argv
		b = head(b, "session.command", "T4000I")
		b = user(b)
		b = server(b)
		b = g.keep(jkey(b, "pid"), "counter", g.num(3000, 99999), "")
		b = jn(b, "cgroup_id", g.num(4000, 9999))
		b = g.js(b, "program", "curl")
		b = g.js(b, "path", "/usr/bin/curl")
		b = ja(b, "argv")
		pw := g.password()
		b = append(b, `"-s","-u",`...)
		g.plantAt("secret", pw, jsonEsc(pw))
		b = append(b, `"deploy:`+jsonEsc(pw)+`","https://ci.example.com/api/json"]`...)
		return jn(b, "return_code", "0")
	case 3:
		b = head(b, "db.session.query", "TDB02I")
		b = user(b)
		b = g.js(b, "sid", g.uuid())
		b = g.js(b, "db_service", "shop-prod")
		b = g.js(b, "db_protocol", "postgres")
		b = g.js(b, "db_uri", "db-01.internal:5432")
		b = g.js(b, "db_name", "shop")
		b = g.jk(b, "db_user", "account", "app_ro")
		q := "SELECT id, status FROM orders WHERE customer_email = '"
		e := g.email(first, last)
		g.plantAt("email", e)
		b = g.js(b, "db_query", q+e+"' LIMIT 20")
		return append(b, `,"db_query_parameters":null`...)
	case 4:
		b = head(b, "port", "T3003I")
		b = user(b)
		b = g.js(b, "sid", g.uuid())
		b = g.jf(b, "addr.local", planted, "ipv4", "10.0."+g.num(0, 9)+"."+g.num(2, 250), func(s string) string { return s + ":3022" })
		b = g.jf(b, "addr.remote", planted, cat, ip, addr)
		return g.js(b, "addr", "localhost:5432")
	}
	b = head(b, "user.login", "T1000I")
	b = user(b)
	b = g.js(b, "method", pick(g, []string{"oidc", "saml", "local", "github"}))
	b = append(b, `,"success":true`...)
	b = g.jf(b, "addr.remote", planted, cat, ip, addr)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "user_agent", ua)
	b = jo(b, "attributes")
	b = g.jp(b, "email", "email", email)
	b = ja(b, "groups")
	return append(b, `"devs","oncall"]}`...)
}

// saasAudit is the saas_audit format: one product per record.
func (g *gen) saasAudit(st *streamState) Record {
	first, last := g.name()
	ip, cat := g.clientIP()
	b := make([]byte, 0, 1600)
	b = append(b, '{')
	switch g.rng.IntN(5) {
	case 0, 1:
		b = g.m365Record(b, first, last, ip, cat)
	case 2:
		b = g.workspaceActivity(b, first, last, ip, cat)
	case 3:
		b = g.slackAudit(b, first, last, ip, cat)
	default:
		b = g.atlassianAudit(b, first, last, ip, cat)
	}
	return Record{Line: append(b, '}')}
}

// m365Upn returns a user principal name in the tenant's domain.
func m365Upn(first, last string) string {
	return strings.ToLower(ascii(first)) + "." + strings.ToLower(ascii(last)) + "@contoso.example.com"
}

func (g *gen) m365Common(b []byte, op, workload string, recordType int, upn, ip, cat string, port bool) []byte {
	b = g.jk(b, "CreationTime", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05"))
	b = g.jk(b, "Id", "uuid", g.uuid())
	b = g.js(b, "Operation", op)
	b = g.jk(b, "OrganizationId", "uuid", g.uuid())
	b = jn(b, "RecordType", strconv.Itoa(recordType))
	b = g.js(b, "ResultStatus", pick(g, []string{"Success", "Succeeded", "True"}))
	b = g.jk(b, "UserKey", "uuid", g.uuid())
	b = append(b, `,"UserType":0,"Version":1`...)
	b = g.js(b, "Workload", workload)
	p := g.num(1024, 65535)
	switch {
	case port && cat == "ipv6":
		b = g.jf(b, "ClientIP", planted, cat, ip, func(s string) string { return "[" + s + "]:" + p })
	case port:
		b = g.jf(b, "ClientIP", planted, cat, ip, func(s string) string { return s + ":" + p })
	default:
		b = g.jp(b, "ClientIP", cat, ip)
	}
	return g.jp(b, "UserId", "email", upn)
}

func (g *gen) m365Record(b []byte, first, last, ip, cat string) []byte {
	upn := m365Upn(first, last)
	ua, ver := g.ua()
	uaKeep := func() {
		if ver != "" {
			g.keepAt("version", ver)
		}
	}
	switch g.rng.IntN(4) {
	case 0:
		// Azure AD sign-in (RecordType 15): ExtendedProperties and Actor
		// (Type 5 a UPN, 0 the object id).
		b = g.m365Common(b, "UserLoggedIn", "AzureActiveDirectory", 15, upn, ip, cat, false)
		b = jn(b, "AzureActiveDirectoryEventType", "1")
		b = ja(b, "ExtendedProperties")
		b = append(b, `{"Name":"ResultStatusDetail","Value":"Success"},{"Name":"UserAgent","Value":"`...)
		uaKeep()
		b = append(b, jsonEsc(ua)...)
		b = append(b, `"},{"Name":"RequestType","Value":"OAuth2:Authorize"}]`...)
		b = append(ja(b, "ModifiedProperties"), ']')
		b = ja(b, "Actor")
		b = append(jo(b, ""), `"ID":"`...)
		b = g.keep(b, "uuid", g.uuid(), "")
		b = append(b, `","Type":0}`...)
		b = append(jo(b, ""), `"ID":"`...)
		b = g.plant(b, "email", upn, "")
		b = append(b, `","Type":5}]`...)
		b = g.jk(b, "ActorContextId", "uuid", g.uuid())
		b = g.jp(b, "ActorIpAddress", cat, ip)
		b = g.jk(b, "InterSystemsId", "uuid", g.uuid())
		b = g.jk(b, "IntraSystemId", "uuid", g.uuid())
		b = g.js(b, "SupportTicketId", "")
		b = ja(b, "Target")
		b = append(jo(b, ""), `"ID":"`...)
		b = g.keep(b, "uuid", "00000003-0000-0000-c000-000000000000", "")
		b = append(b, `","Type":0}]`...)
		b = g.jk(b, "TargetContextId", "uuid", g.uuid())
		return g.jk(b, "ApplicationId", "uuid", g.uuid())
	case 1:
		// Exchange admin cmdlet (RecordType 1): Set-Mailbox forwarding.
		admin := m365Upn(g.name())
		b = g.m365Common(b, "Set-Mailbox", "Exchange", 1, admin, ip, cat, true)
		b = g.jf(b, "ObjectId", planted, "name", first+" "+last, nil)
		b = ja(b, "Parameters")
		b = append(b, `{"Name":"Identity","Value":"`...)
		b = g.plant(b, "email", upn, "")
		b = append(b, `"},{"Name":"ForwardingSmtpAddress","Value":"smtp:`...)
		fw := g.email(g.name())
		b = g.plant(b, "email", fw, "")
		b = append(b, `"},{"Name":"DeliverToMailboxAndForward","Value":"True"}]`...)
		b = g.js(b, "OriginatingServer", "DB8PR04MB"+g.digits(4)+" (15.20.7472.0)")
		return g.js(b, "SessionId", g.uuid())
	case 2:
		// SharePoint sharing (RecordType 14) to a guest, in the owner's
		// OneDrive.
		b = g.m365Common(b, "SharingInvitationCreated", "OneDrive", 14, upn, ip, cat, false)
		owner := oneDriveOwner(upn)
		site := "https://contoso-my.sharepoint.com/personal/" + owner + "/"
		g.plantAt("email", owner, owner)
		file := pick(g, []string{"Contract draft.docx", "payroll-2026.xlsx", "CV.pdf"})
		b = g.js(b, "ObjectId", site+"Documents/"+file)
		b = g.js(b, "SiteUrl", site)
		b = g.js(b, "SourceFileName", file)
		b = g.js(b, "EventSource", "SharePoint")
		b = g.js(b, "ItemType", "File")
		b = g.jk(b, "ListItemUniqueId", "uuid", g.uuid())
		b = g.jk(b, "Site", "uuid", g.uuid())
		uaKeep()
		b = g.js(b, "UserAgent", ua)
		b = g.jp(b, "TargetUserOrGroupName", "email", g.email(g.name()))
		return g.js(b, "TargetUserOrGroupType", "Guest")
	}
	// Teams (RecordType 25): members added to a team.
	b = g.m365Common(b, "MemberAdded", "MicrosoftTeams", 25, upn, ip, cat, false)
	b = ja(b, "Members")
	f2, l2 := g.name()
	b = append(b, `{"DisplayName":"`...)
	b = g.plant(b, "name", f2+" "+l2, jsonEsc(f2+" "+l2))
	b = append(b, `","Role":1,"UPN":"`...)
	b = g.plant(b, "email", m365Upn(f2, l2), "")
	b = append(b, `"}]`...)
	b = g.js(b, "TeamName", pick(g, []string{"Finance", "Platform", "Sales EMEA"}))
	b = g.jk(b, "TeamGuid", "lookalike", "19:"+g.hexID(32)+"@thread.tacv2")
	return g.jk(b, "AADGroupId", "uuid", g.uuid())
}

// workspaceActivity is an Admin SDK Reports API activity resource.
func (g *gen) workspaceActivity(b []byte, first, last, ip, cat string) []byte {
	email := strings.ToLower(ascii(first)) + "." + strings.ToLower(ascii(last)) + "@example.com"
	app := pick(g, []string{"login", "admin", "drive", "token"})
	b = g.js(b, "kind", "admin#reports#activity")
	b = jo(b, "id")
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.jk(b, "uniqueQualifier", "counter", "-"+g.num(1, 9)+g.digits(18))
	b = g.js(b, "applicationName", app)
	b = g.jk(b, "customerId", "lookalike", "C0"+g.chars(7, lowerNum))
	b = append(b, '}')
	b = g.js(b, "etag", "\""+g.chars(27, b64url)+"/"+g.chars(27, b64url)+"\"")
	b = jo(b, "actor")
	b = g.js(b, "callerType", "USER")
	b = g.jp(b, "email", "email", email)
	b = g.jk(b, "profileId", "lookalike", "1"+g.digits(20))
	b = append(b, '}')
	if g.pct(80) {
		b = g.jp(b, "ipAddress", cat, ip)
	}
	b = ja(b, "events")
	b = jo(b, "")
	param := func(b []byte, name string) []byte {
		b = jo(b, "")
		b = g.js(b, "name", name)
		return b
	}
	switch app {
	case "login":
		b = g.js(b, "type", "login")
		b = g.js(b, "name", pick(g, []string{"login_success", "login_failure", "login_challenge"}))
		b = ja(b, "parameters")
		b = g.js(param(b, "login_type"), "value", "google_password")
		b = append(b, '}')
		b = append(ja(param(b, "login_challenge_method"), "multiValue"), `"password","google_authenticator"]}`...)
		b = append(param(b, "is_suspicious"), `,"boolValue":false}`...)
		b = append(b, ']')
	case "admin":
		b = g.js(b, "type", "USER_SETTINGS")
		b = g.js(b, "name", pick(g, []string{"CHANGE_PASSWORD", "SUSPEND_USER", "CREATE_USER"}))
		b = ja(b, "parameters")
		b = param(b, "USER_EMAIL")
		b = g.jp(b, "value", "email", g.email(g.name()))
		b = append(b, "}]"...)
	case "drive":
		b = g.js(b, "type", "acl_change")
		b = g.js(b, "name", "change_user_access")
		b = ja(b, "parameters")
		b = g.jk(param(b, "doc_id"), "value", "lookalike", "1"+g.chars(43, b64url))
		b = append(b, '}')
		b = g.js(param(b, "doc_type"), "value", "document")
		b = append(b, '}')
		b = g.jp(param(b, "owner"), "value", "email", email)
		b = append(b, '}')
		b = g.jp(param(b, "target_user"), "value", "email", g.email(g.name()))
		b = append(b, '}')
		b = g.js(param(b, "visibility"), "value", "shared_externally")
		b = append(b, "}]"...)
	default:
		b = g.js(b, "type", "auth")
		b = g.js(b, "name", "authorize")
		b = ja(b, "parameters")
		b = g.jk(param(b, "client_id"), "value", "lookalike", g.digits(12)+"-"+g.chars(32, lowerNum)+".apps.googleusercontent.com")
		b = append(b, '}')
		b = g.js(param(b, "app_name"), "value", pick(g, []string{"Slack", "Zoom", "GitHub"}))
		b = append(b, '}')
		b = append(ja(param(b, "scope"), "multiValue"), `"https://www.googleapis.com/auth/userinfo.email","openid"]}]`...)
	}
	return append(b, "}]"...)
}

// slackAudit is an entry of Slack's Audit Logs API (entries[]).
func (g *gen) slackAudit(b []byte, first, last, ip, cat string) []byte {
	email := g.email(first, last)
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.keep(jkey(b, "date_create"), "epoch", strconv.FormatInt(g.now.Unix(), 10), "")
	action := pick(g, []string{"user_login", "user_logout", "file_downloaded", "user_channel_join"})
	b = g.js(b, "action", action)
	user := func(b []byte, first, last, email string) []byte {
		b = jo(b, "user")
		b = g.jk(b, "id", "lookalike", "W"+g.chars(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
		b = g.jp(b, "name", "name", first+" "+last)
		b = g.jp(b, "email", "email", email)
		b = g.jk(b, "team", "lookalike", "T"+g.chars(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
		return append(b, '}')
	}
	b = jo(b, "actor")
	b = g.js(b, "type", "user")
	b = user(b, first, last, email)
	b = append(b, '}')
	b = jo(b, "entity")
	switch action {
	case "file_downloaded":
		b = g.js(b, "type", "file")
		b = jo(b, "file")
		b = g.jk(b, "id", "lookalike", "F"+g.chars(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
		b = g.js(b, "name", "q4-forecast.xlsx")
		b = g.js(b, "filetype", "xlsx")
		b = g.js(b, "title", "Q4 forecast")
		b = append(b, '}')
	case "user_channel_join":
		b = g.js(b, "type", "channel")
		b = jo(b, "channel")
		b = g.jk(b, "id", "lookalike", "C"+g.chars(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
		b = g.js(b, "privacy", "private")
		b = g.js(b, "name", "incident-2026")
		b = append(b, `,"is_shared":false,"is_org_shared":false}`...)
	default:
		b = g.js(b, "type", "user")
		b = user(b, first, last, email)
	}
	b = append(b, '}')
	b = jo(b, "context")
	b = jo(b, "location")
	b = g.js(b, "type", "enterprise")
	b = g.jk(b, "id", "lookalike", "E"+g.chars(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
	b = g.js(b, "name", "Acme")
	b = g.js(b, "domain", "acme")
	b = append(b, '}')
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "ua", ua)
	b = g.jp(b, "ip_address", cat, ip)
	return append(b, '}')
}

// atlassianAudit is an event of the organizations REST API's events
// (Atlassian Admin: audit log), its attributes and message.
func (g *gen) atlassianAudit(b []byte, first, last, ip, cat string) []byte {
	email := g.email(first, last)
	name := first + " " + last
	account := g.hexID(24)
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.js(b, "type", "events")
	b = jo(b, "attributes")
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	action := pick(g, []string{"user_logged_in", "user_added_to_group", "api_token_created"})
	b = g.js(b, "action", action)
	b = jo(b, "actor")
	b = g.jk(b, "id", "hash", account)
	b = g.jp(b, "name", "name", name)
	b = g.jp(b, "email", "email", email)
	b = jo(b, "links")
	b = g.jk(b, "self", "lookalike", "https://api.atlassian.com/users/"+account+"/manage/profile")
	b = append(b, "}}"...)
	b = ja(b, "context")
	if action == "user_added_to_group" {
		f2, l2 := g.name()
		b = jo(b, "")
		b = g.jk(b, "id", "hash", g.hexID(24))
		b = g.js(b, "type", "users")
		b = jo(b, "attributes")
		b = g.jp(b, "email", "email", g.email(f2, l2))
		b = g.jp(b, "name", "name", f2+" "+l2)
		b = append(b, "}}"...)
		b = append(jo(b, ""), `"id":"`+g.uuid()+`","type":"groups","attributes":{"name":"jira-software-users"}}`...)
	}
	b = append(b, ']')
	b = ja(b, "container")
	b = append(b, `{"id":"`+g.uuid()+`","type":"sites","attributes":{"siteName":"acme","siteHostName":"acme.atlassian.net"}}]`...)
	b = jo(b, "location")
	b = g.jp(b, "ip", cat, ip)
	b = g.js(b, "geo", "Berlin, Germany")
	b = g.js(b, "countryName", "Germany")
	b = g.js(b, "regionName", "Berlin")
	b = g.js(b, "city", "Berlin")
	b = append(b, "}}"...)
	b = jo(b, "message")
	msg := map[string]string{"user_logged_in": " logged in", "user_added_to_group": " added a user to jira-software-users", "api_token_created": " created an API token"}[action]
	g.plantAt("name_text", name, jsonEsc(name))
	b = g.js(b, "content", name+msg)
	b = g.js(b, "format", "simple")
	return append(b, '}')
}

// dbAudit is the db_audit format: pgaudit (variant 0 mod 4), MySQL
// Enterprise Audit JSON (1), Percona's JSON or CSV (2), MongoDB (3).
func (g *gen) dbAudit(st *streamState) Record {
	switch st.variant % 4 {
	case 0:
		return g.pgaudit(st)
	case 1:
		return g.mysqlEnterpriseAudit(st)
	case 2:
		return g.perconaAudit(st)
	}
	return g.mongoAudit()
}

// auditStatement returns a statement whose literals are a person's data,
// its pgaudit class and command, and the object it reads or writes; the
// literals are planted with the quoting given.
func (g *gen) auditStatement(lit func(string) string) (stmt, class, command, object string) {
	f, l := g.name()
	plant := func(cat, v string) string {
		// a quote inside the literal stays doubled in the label, as
		// sqlPlant does: no decoding of the line undoes SQL's quoting
		q := sqlLit(v)
		g.plantAt(cat, q[1:len(q)-1], lit(v))
		return lit(v)
	}
	switch g.rng.IntN(6) {
	case 0:
		return "SELECT id, first_name, last_name FROM public.customers WHERE email = " + plant("email", g.email(f, l)), "READ", "SELECT", "public.customers"
	case 1:
		return "UPDATE public.customers SET phone = " + plant("phone", g.phone()) + " WHERE id = " + g.num(1000, 99999), "WRITE", "UPDATE", "public.customers"
	case 2:
		return "INSERT INTO public.users (username, email, created_at) VALUES (" + plant("name", g.personLogin()) + ", " + plant("email", g.email(f, l)) + ", now())", "WRITE", "INSERT", "public.users"
	case 3:
		return "DELETE FROM public.sessions WHERE user_id = " + g.num(1000, 99999), "WRITE", "DELETE", "public.sessions"
	case 4:
		return "SELECT * FROM public.customers WHERE last_name = " + plant("name", l) + " AND first_name = " + plant("name", f), "READ", "SELECT", "public.customers"
	}
	return "SELECT count(*) FROM public.orders WHERE created_at > now() - interval '1 day'", "READ", "SELECT", "public.orders"
}

// csvField quotes s as pgaudit's append_valid_csv does: only when it holds
// a quote, comma or line break, quotes doubled.
func csvField(s string) string {
	if strings.ContainsAny(s, "\",\r\n") {
		return csvQuote(s)
	}
	return s
}

// pgaudit writes "AUDIT: type,statement id,substatement id,class,command,
// object type,object name,statement,parameter" behind the prefix
// '%m [%p] %q%u@%d %r '.
func (g *gen) pgaudit(st *streamState) Record {
	login, person := g.dbLogin()
	db := pick(g, dbNames)
	host, port := g.ipv4(), g.num(32768, 60999)
	if g.pct(20) {
		host = g.ipv6()
	}
	b := make([]byte, 0, 600)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000")+" UTC", "")
	pid := g.num(1000, 90000)
	b = g.keep(b, "counter", pid, " ["+pid+"] ")
	g.labelLogin(login, person, login+"@"+db)
	b = append(b, login+"@"+db+" "...)
	g.plantAt(ipCat(host), host)
	b = append(b, host+"("+port+") LOG:  AUDIT: "...)
	typ := "SESSION"
	if g.pct(25) {
		typ = "OBJECT"
	}
	sid := g.num(1, 400)
	b = append(b, typ+","...)
	b = g.keep(b, "counter", sid, sid+",1,")
	if g.pct(15) {
		// a role statement: the role named is a login
		other := g.personLogin()
		g.plantAt("name", other)
		stmt := "GRANT SELECT ON public.customers TO " + other
		b = append(b, "ROLE,GRANT,TABLE,public.customers,"+stmt+",<not logged>"...)
		return Record{Line: b}
	}
	if g.pct(30) {
		// a prepared statement with pgaudit.log_parameter = on
		f, l := g.name()
		e := g.email(f, l)
		b = append(b, "READ,SELECT,TABLE,public.customers,"...)
		b = append(b, `SELECT id FROM public.customers WHERE email = $1 AND status = $2,`...)
		g.plantAt("email", e)
		b = append(b, csvField(e)+",active"...)
		return Record{Line: b}
	}
	stmt, class, command, object := g.auditStatement(sqlLit)
	b = append(b, class+","+command+",TABLE,"+object+","...)
	b = append(b, csvField(stmt)...)
	b = append(b, ","+pick(g, []string{"<not logged>", "<none>"})...)
	return Record{Line: b}
}

// mysqlUser returns a MySQL account and whether it is a person's.
func (g *gen) mysqlUser() (string, bool) {
	if g.pct(55) {
		return g.personLogin(), true
	}
	return pick(g, []string{"root", "app_rw", "repl", "backup"}), false
}

// mysqlEnterpriseAudit writes a record of audit_log_format=JSON, as a
// shipper forwards each element of the file's array on one line.
func (g *gen) mysqlEnterpriseAudit(st *streamState) Record {
	user, person := g.mysqlUser()
	ip, cat := g.clientIP()
	conn := g.num(5, 99999)
	b := make([]byte, 0, 700)
	b = append(b, '{')
	b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02 15:04:05"))
	b = g.keep(jkey(b, "id"), "counter", strconv.Itoa(st.n), "")
	connect := g.pct(30)
	if connect {
		b = g.js(b, "class", "connection")
		b = g.js(b, "event", "connect")
	} else {
		b = g.js(b, "class", "general")
		b = g.js(b, "event", "status")
	}
	b = jn(b, "connection_id", conn)
	account := func(b []byte, key string) []byte {
		b = jo(b, key)
		if person {
			b = g.jp(b, "user", "name", user)
		} else {
			b = g.jk(b, "user", "account", user)
		}
		return b
	}
	b = account(b, "account")
	b = g.js(b, "host", "%")
	b = append(b, '}')
	b = account(b, "login")
	b = g.js(b, "os", "")
	b = g.jp(b, "ip", cat, ip)
	b = g.js(b, "proxy", "")
	b = append(b, '}')
	if connect {
		b = jo(b, "connection_data")
		b = g.js(b, "connection_type", "ssl")
		b = jn(b, "status", pick(g, []string{"0", "1045"}))
		b = g.js(b, "db", pick(g, dbNames))
		b = jo(b, "connection_attributes")
		b = g.js(b, "_pid", g.num(1000, 90000))
		b = g.js(b, "_client_name", "libmysql")
		b = g.jk(b, "_client_version", "version", "8.0.36")
		b = g.js(b, "program_name", "mysql")
		return Record{Line: append(b, "}}}"...)}
	}
	stmt, _, command, _ := g.auditStatement(func(s string) string { return jsonEsc(sqlLit(s)) })
	b = jo(b, "general_data")
	b = g.js(b, "command", "Query")
	b = g.js(b, "sql_command", strings.ToLower(command))
	b = jkey(b, "query")
	b = append(b, '"')
	b = append(b, jsonEsc(strings.ReplaceAll(stmt, "public.", ""))...)
	b = append(b, '"')
	b = jn(b, "status", "0")
	return Record{Line: append(b, "}}"...)}
}

// perconaAudit writes Percona Audit Log Plugin records: JSON
// (audit_log_format=JSON) in half the records, CSV otherwise.
func (g *gen) perconaAudit(st *streamState) Record {
	user, person := g.mysqlUser()
	ip, cat := g.clientIP()
	conn := g.num(5, 99999)
	rec := g.num(1, 99999) + "_" + g.now.UTC().Add(-3600e9).Format("2006-01-02T15:04:05")
	db := pick(g, dbNames)
	// USER is "priv_user[user] @ host [ip]"
	userField := user + "[" + user + "] @ localhost [" + ip + "]"
	g.labelLogin(user, person, user+"["+user+"]")
	g.plantAt(cat, ip)
	csv := g.pct(50)
	name, class, stmt := "Connect", "", ""
	if g.pct(75) {
		lit := func(s string) string { return jsonEsc(sqlLit(s)) }
		if csv {
			lit = func(s string) string { return strings.ReplaceAll(sqlLit(s), `"`, `""`) }
		}
		var command string
		stmt, _, command, _ = g.auditStatement(lit)
		name, class = "Query", strings.ToLower(command)
		stmt = strings.ReplaceAll(stmt, "public.", "")
	}
	if csv {
		// NAME,RECORD,TIMESTAMP,COMMAND_CLASS,CONNECTION_ID,STATUS,SQLTEXT,USER,HOST,OS_USER,IP,DB
		ts := g.now.UTC().Format("2006-01-02T15:04:05") + " UTC"
		b := make([]byte, 0, 500)
		b = append(b, `"`+name+`",`...)
		b = g.keep(b, "counter", rec, `"`+rec+`"`)
		b = append(b, ',')
		b = g.keep(b, "timestamp", ts, `"`+ts+`"`)
		b = append(b, `,"`+class+`",`...)
		b = g.keep(b, "counter", conn, `"`+conn+`"`)
		b = append(b, ",0,\""...)
		b = append(b, stmt...) // quotes already doubled
		b = append(b, "\","...)
		b = append(b, csvQuote(userField)...)
		b = append(b, `,"localhost","",`...)
		b = append(b, csvQuote(ip)...)
		b = append(b, ","+csvQuote(db)...)
		return Record{Line: b}
	}
	b := make([]byte, 0, 600)
	b = append(b, `{"audit_record":{`...)
	b = g.js(b, "name", name)
	b = g.jk(b, "record", "counter", rec)
	b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	if name == "Query" {
		b = g.js(b, "command_class", class)
	}
	b = g.jk(b, "connection_id", "counter", conn)
	b = jn(b, "status", "0")
	if name == "Query" {
		b = jkey(b, "sqltext")
		b = append(b, '"')
		b = append(b, stmt...) // already JSON-escaped
		b = append(b, '"')
	}
	b = g.js(b, "user", userField)
	b = g.js(b, "host", "localhost")
	b = g.js(b, "os_user", "")
	b = g.js(b, "ip", ip)
	b = g.js(b, "db", db)
	return Record{Line: append(b, "}}"...)}
}

// mongoAudit writes a MongoDB audit message (auditLog.destination file,
// format JSON; Extended JSON v2 relaxed).
func (g *gen) mongoAudit() Record {
	ip, cat := g.clientIP()
	user, person := g.personLogin(), true
	if g.pct(35) {
		user, person = pick(g, mongoServiceUsers), false
	}
	b := make([]byte, 0, 900)
	b = append(b, '{')
	atype := pick(g, []string{"authenticate", "authCheck", "authCheck", "createUser", "authCheck"})
	b = g.js(b, "atype", atype)
	b = jo(b, "ts")
	b = g.jk(b, "$date", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000+00:00"))
	b = append(b, '}')
	b = jo(b, "uuid")
	b = jo(b, "$binary")
	uid := base64.StdEncoding.EncodeToString([]byte(g.chars(16, lowerNum)))
	b = g.jk(b, "base64", "hash", uid)
	b = g.js(b, "subType", "04")
	b = append(b, "}}"...)
	b = jo(b, "local")
	b = g.js(b, "ip", "10.0.1."+g.num(2, 250))
	b = jn(b, "port", "27017")
	b = append(b, '}')
	b = jo(b, "remote")
	b = g.jp(b, "ip", cat, ip)
	b = g.keep(jkey(b, "port"), "port", g.num(1024, 65535), "")
	b = append(b, '}')
	users := func(b []byte) []byte {
		b = ja(b, "users")
		b = jo(b, "")
		if person {
			b = g.jp(b, "user", "name", user)
		} else {
			b = g.jk(b, "user", "account", user)
		}
		b = g.js(b, "db", "admin")
		return append(b, "}]"...)
	}
	first, last := g.name()
	switch atype {
	case "authenticate":
		b = append(ja(b, "users"), ']')
		b = append(ja(b, "roles"), ']')
		b = jo(b, "param")
		if person {
			b = g.jp(b, "user", "name", user)
		} else {
			b = g.jk(b, "user", "account", user)
		}
		b = g.js(b, "db", "admin")
		b = g.js(b, "mechanism", "SCRAM-SHA-256")
		b = append(b, '}')
		return Record{Line: append(jn(b, "result", pick(g, []string{"0", "18"})), '}')}
	case "createUser":
		b = users(b)
		b = append(ja(b, "roles"), `{"role":"userAdminAnyDatabase","db":"admin"}]`...)
		b = jo(b, "param")
		other := g.personLogin()
		b = g.jp(b, "user", "name", other)
		b = g.js(b, "db", "shop")
		b = jo(b, "customData")
		b = g.jp(b, "fullName", "name", first+" "+last)
		b = g.jp(b, "email", "email", g.email(first, last))
		b = append(b, '}')
		b = append(ja(b, "roles"), `{"role":"readWrite","db":"shop"}]`...)
		b = append(b, '}')
		return Record{Line: append(jn(b, "result", "0"), '}')}
	}
	b = users(b)
	b = append(ja(b, "roles"), `{"role":"readWrite","db":"shop"}]`...)
	b = jo(b, "param")
	cmd := pick(g, []string{"find", "insert", "update"})
	b = g.js(b, "command", cmd)
	b = g.js(b, "ns", "shop.customers")
	b = jo(b, "args")
	b = g.js(b, cmd, "customers")
	switch cmd {
	case "find":
		b = jo(b, "filter")
		if g.pct(50) {
			b = g.jp(b, "email", "email", g.email(first, last))
		} else {
			b = g.jp(b, "phone", "phone", g.phone())
		}
		b = append(b, '}')
	case "insert":
		b = ja(b, "documents")
		b = jo(b, "")
		b = append(jo(b, "_id"), `"$oid":"`...)
		b = g.keep(b, "hash", g.hexID(24), "")
		b = append(b, `"}`...)
		b = g.jp(b, "name", "name", first+" "+last)
		b = g.jp(b, "email", "email", g.email(first, last))
		b = g.jp(b, "phone", "phone", g.phone())
		b = append(b, "}]"...)
		b = append(b, `,"ordered":true`...)
	default:
		b = ja(b, "updates")
		b = jo(b, "")
		b = append(jo(b, "q"), `"_id":{"$oid":"`...)
		b = g.keep(b, "hash", g.hexID(24), "")
		b = append(b, `"}}`...)
		b = append(jo(b, "u"), `"$set":{`...)
		b = g.jp(b, "phone", "phone", g.phone())
		b = append(b, "}}}]"...)
	}
	b = jo(b, "lsid")
	b = append(jo(b, "id"), `"$uuid":"`...)
	b = g.keep(b, "uuid", g.uuid(), "")
	b = append(b, `"}}`...)
	b = g.js(b, "$db", "shop")
	b = append(b, "}}"...)
	return Record{Line: append(jn(b, "result", "0"), '}')}
}
