package realistic

import "strings"

// Audit logs of identity and access products as their APIs and log sinks
// write them, one JSON object a line, one product per record:
//
//   - Microsoft Entra ID sign-in logs (Microsoft Graph signIn resource):
//     userDisplayName, userPrincipalName, ipAddress, appDisplayName and
//     resourceDisplayName (applications: look-alikes), deviceDetail,
//     location, status;
//   - the Microsoft 365 unified audit log (Office 365 Management Activity
//     API, common schema and SharePoint/OneDrive and Exchange mailbox
//     schemas): UserId, ClientIP (Exchange writes it with a port, an IPv6
//     address in brackets), ObjectId and SiteUrl of a OneDrive file, whose
//     path names the owner's personal site: the user principal name with
//     '.' and '@' written as '_' (/personal/jane_doe_contoso_com/),
//     MailboxOwnerUPN;
//   - HashiCorp Vault audit device entries (type request/response): auth
//     with the client token and accessor as "hmac-sha256:..." (Vault's
//     salted HMAC: look-alikes that must stay so that entries can be
//     correlated), display_name (mount prefix and login), metadata.username,
//     token_issue_time, request.path (auth/userpass/login/<username>),
//     remote_address;
//   - GitLab audit events (audit event schema, streaming destinations):
//     author_name, author_email, ip_address, entity_path and target_details
//     (a project's path);
//   - Teleport audit events: user.login (user, addr.remote as address:port,
//     identity traits) and session.start (login, server, private key
//     policy, sid).
//
// Labels: persons' names, logins written as a person's, e-mail addresses
// (also in the underscored form of a OneDrive path) and IP addresses are
// planted; ids, HMACs, timestamps, durations, application and project
// names, service logins and policy words are look-alikes.

func (g *gen) idAuditJSON(st *streamState) Record {
	first, last := g.name()
	email := g.email(first, last)
	login := g.personLogin()
	ip, cat := g.clientIP()
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	switch g.rng.IntN(6) {
	case 0:
		b = g.entraSignIn(b, first+" "+last, email, ip, cat)
	case 1, 2:
		b = g.m365Audit(b, first, last, email, ip, cat)
	case 3:
		b = g.vaultAudit(b, login, ip, cat)
	case 4:
		b = g.gitlabAudit(b, first+" "+last, email, ip, cat)
	default:
		b = g.teleportAudit(b, login, email, ip, cat)
	}
	b = append(b, '}')
	return Record{Line: b}
}

var entraApps = []string{"Microsoft Teams", "Office 365 Exchange Online", "Azure Portal", "Graph Explorer", "Microsoft Authentication Broker"}
var entraResources = []string{"Microsoft Graph", "Windows Azure Service Management API", "Office 365 SharePoint Online"}

func (g *gen) entraSignIn(b []byte, name, upn, ip, cat string) []byte {
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.jk(b, "createdDateTime", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	b = g.jp(b, "userDisplayName", "name", name)
	b = g.jp(b, "userPrincipalName", "email", upn)
	b = g.jk(b, "userId", "uuid", g.uuid())
	b = g.jk(b, "appId", "uuid", g.uuid())
	b = g.jk(b, "appDisplayName", "app", pick(g, entraApps))
	b = g.jp(b, "ipAddress", cat, ip)
	b = g.js(b, "clientAppUsed", pick(g, []string{"Browser", "Mobile Apps and Desktop clients"}))
	b = g.jk(b, "correlationId", "uuid", g.uuid())
	b = g.js(b, "conditionalAccessStatus", pick(g, []string{"success", "notApplied", "failure"}))
	b = append(b, `,"isInteractive":true`...)
	b = g.js(b, "riskDetail", "none")
	b = g.js(b, "riskLevelAggregated", "none")
	b = g.jk(b, "resourceDisplayName", "app", pick(g, entraResources))
	b = g.jk(b, "resourceId", "uuid", g.uuid())
	b = jo(b, "status")
	if g.pct(70) {
		b = jn(b, "errorCode", "0")
		b = append(b, `,"failureReason":"Other.","additionalDetails":null}`...)
	} else {
		b = jn(b, "errorCode", "50126")
		b = g.js(b, "failureReason", "Error validating credentials due to invalid username or password.")
		b = append(b, '}')
	}
	b = jo(b, "deviceDetail")
	b = g.js(b, "deviceId", "")
	b = g.js(b, "operatingSystem", pick(g, []string{"Windows 10", "MacOs", "Ios"}))
	ver := pick(g, []string{"120.0.2210", "119.0.6045", "17.4.1"})
	b = g.jk(b, "browser", "version", pick(g, []string{"Edge ", "Chrome ", "Safari "})+ver)
	b = append(b, `,"isCompliant":false,"isManaged":false,"trustType":""}`...)
	b = jo(b, "location")
	city := pick(g, [][3]string{{"Redmond", "Washington", "US"}, {"Berlin", "Berlin", "DE"}, {"Kyiv", "Kyiv", "UA"}})
	b = g.js(b, "city", city[0])
	b = g.js(b, "state", city[1])
	b = g.js(b, "countryOrRegion", city[2])
	return append(b, `,"geoCoordinates":{"altitude":null,"latitude":47.68,"longitude":-122.12}}`...)
}

// oneDriveOwner writes a user principal name as OneDrive's personal site
// path does: '.', '@' and '-' as '_'.
func oneDriveOwner(upn string) string {
	return strings.NewReplacer(".", "_", "@", "_", "-", "_").Replace(strings.ToLower(upn))
}

func (g *gen) m365Audit(b []byte, first, last, upn, ip, cat string) []byte {
	b = g.jk(b, "CreationTime", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05"))
	b = g.jk(b, "Id", "uuid", g.uuid())
	if g.pct(60) {
		// SharePoint/OneDrive: a file in the owner's personal site.
		upn = strings.ToLower(ascii(first)) + "." + strings.ToLower(ascii(last)) + "@contoso.example.com"
		owner := oneDriveOwner(upn)
		b = g.js(b, "Operation", pick(g, []string{"FileAccessed", "FileDownloaded", "FileModified", "SharingSet"}))
		b = g.jk(b, "OrganizationId", "uuid", g.uuid())
		b = jn(b, "RecordType", "6")
		b = g.js(b, "UserKey", "i:0h.f|membership|"+strings.ToLower(g.hexID(16))+"@live.com")
		b = append(b, `,"UserType":0,"Version":1`...)
		b = g.js(b, "Workload", "OneDrive")
		b = g.jp(b, "ClientIP", cat, ip)
		b = g.jp(b, "UserId", "email", upn)
		b = g.js(b, "EventSource", "SharePoint")
		b = g.js(b, "ItemType", "File")
		b = g.jk(b, "ListId", "uuid", g.uuid())
		file := pick(g, []string{"Q4 report.xlsx", "notes.docx", "budget-2027.xlsx"})
		site := "https://contoso-my.sharepoint.com/personal/" + owner + "/"
		g.plantAt("email", owner, owner)
		b = g.js(b, "ObjectId", site+"Documents/"+file)
		b = g.js(b, "SiteUrl", site)
		b = g.js(b, "SourceFileExtension", file[strings.LastIndexByte(file, '.')+1:])
		b = g.js(b, "SourceFileName", file)
		b = g.js(b, "SourceRelativeUrl", "Documents")
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		return g.js(b, "UserAgent", ua)
	}
	// Exchange: a mailbox's items accessed by a client.
	b = g.js(b, "Operation", "MailItemsAccessed")
	b = g.jk(b, "OrganizationId", "uuid", g.uuid())
	b = jn(b, "RecordType", "50")
	b = g.js(b, "ResultStatus", "Succeeded")
	b = g.jk(b, "UserKey", "hash", strings.ToUpper(g.hexID(16)))
	b = append(b, `,"UserType":0,"Version":1`...)
	b = g.js(b, "Workload", "Exchange")
	port := g.num(1024, 65535)
	if cat == "ipv6" {
		b = g.jf(b, "ClientIP", planted, cat, ip, func(s string) string { return "[" + s + "]:" + port })
	} else {
		b = g.jf(b, "ClientIP", planted, cat, ip, func(s string) string { return s + ":" + port })
	}
	b = g.jp(b, "UserId", "email", upn)
	b = g.js(b, "ClientInfoString", "Client=OWA;Action=ViaProxy")
	b = g.jk(b, "MailboxGuid", "uuid", g.uuid())
	b = g.jp(b, "MailboxOwnerUPN", "email", upn)
	return g.js(b, "LogonType", "0")
}

func (g *gen) vaultHMAC() string { return "hmac-sha256:" + strings.ToLower(g.hexID(64)) }

func (g *gen) vaultAudit(b []byte, login, ip, cat string) []byte {
	mount := pick(g, []string{"userpass", "ldap", "okta"})
	typ := pick(g, []string{"request", "response"})
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000Z"))
	b = g.js(b, "type", typ)
	b = jo(b, "auth")
	tok := g.vaultHMAC()
	b = g.jk(b, "client_token", "hash", tok)
	b = g.jk(b, "accessor", "hash", g.vaultHMAC())
	b = g.jf(b, "display_name", planted, "name", login, func(s string) string { return mount + "-" + s })
	b = append(b, `,"policies":["default","dev-read"],"token_policies":["default","dev-read"]`...)
	b = jo(b, "metadata")
	b = g.jp(b, "username", "name", login)
	b = append(b, '}')
	b = g.jk(b, "entity_id", "uuid", g.uuid())
	b = g.js(b, "token_type", "service")
	b = jn(b, "token_ttl", "2764800")
	b = g.jk(b, "token_issue_time", "timestamp", g.now.UTC().Add(-3600e9).Format("2006-01-02T15:04:05Z"))
	b = append(b, '}')
	b = jo(b, "request")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.js(b, "operation", "update")
	b = g.js(b, "mount_type", mount)
	b = g.jk(b, "client_token", "hash", tok)
	b = jo(b, "namespace")
	b = g.js(b, "id", "root")
	b = append(b, '}')
	if g.pct(50) {
		b = g.jf(b, "path", planted, "name", login, func(s string) string { return "auth/" + mount + "/login/" + s })
		b = jo(b, "data")
		b = g.jk(b, "password", "hash", g.vaultHMAC())
		b = append(b, '}')
	} else {
		b = g.js(b, "path", pick(g, []string{"secret/data/app/db", "database/creds/readonly", "sys/mounts"}))
	}
	b = g.jp(b, "remote_address", cat, ip)
	b = jn(b, "remote_port", g.num(1024, 65535))
	b = append(b, '}')
	if typ == "response" {
		b = jo(b, "response")
		b = jo(b, "auth")
		b = g.jk(b, "client_token", "hash", g.vaultHMAC())
		b = g.jk(b, "accessor", "hash", g.vaultHMAC())
		b = append(b, "}}"...)
	}
	return g.js(b, "error", "")
}

var gitlabEvents = []struct{ name, typ, msg string }{
	{"project_visibility_level_updated", "Project", "Changed visibility from Private to Public"},
	{"user_access_locked", "User", "User access locked"},
	{"member_created", "Project", "Added user as Developer"},
	{"personal_access_token_created", "User", "Created personal access token"},
}

func (g *gen) gitlabAudit(b []byte, name, email, ip, cat string) []byte {
	ev := pick(g, gitlabEvents)
	project := pick(g, []string{"acme/web", "platform/infra", "acme/payments-api"})
	b = jn(b, "id", g.num(1000, 99999))
	b = jn(b, "author_id", g.num(2, 9999))
	b = jn(b, "entity_id", g.num(2, 9999))
	b = g.js(b, "entity_type", ev.typ)
	target := func(b []byte, key string) []byte { return g.jk(b, key, "lookalike", project) }
	b = jo(b, "details")
	b = g.jp(b, "author_name", "name", name)
	b = g.jp(b, "author_email", "email", email)
	b = g.js(b, "author_class", "User")
	b = jn(b, "target_id", g.num(2, 9999))
	b = g.js(b, "target_type", ev.typ)
	b = target(b, "target_details")
	b = g.js(b, "custom_message", ev.msg)
	b = g.jp(b, "ip_address", cat, ip)
	b = target(b, "entity_path")
	b = append(b, '}')
	b = g.jp(b, "ip_address", cat, ip)
	b = g.jp(b, "author_name", "name", name)
	b = target(b, "entity_path")
	b = target(b, "target_details")
	b = g.jk(b, "created_at", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	return g.js(b, "event_name", ev.name)
}

func (g *gen) teleportAudit(b []byte, login, email, ip, cat string) []byte {
	port := g.num(1024, 65535)
	addr := func(s string) string {
		if cat == "ipv6" {
			return "[" + s + "]:" + port
		}
		return s + ":" + port
	}
	b = jn(b, "ei", "0")
	if g.pct(50) {
		b = g.js(b, "event", "user.login")
		b = g.js(b, "code", "T1000I")
		b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
		b = g.jk(b, "uid", "uuid", g.uuid())
		if g.pct(50) {
			b = g.jp(b, "user", "email", email)
		} else {
			b = g.jp(b, "user", "name", login)
		}
		b = g.js(b, "method", pick(g, []string{"oidc", "saml", "local"}))
		b = append(b, `,"success":true`...)
		b = g.jf(b, "addr.remote", planted, cat, ip, addr)
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = g.js(b, "user_agent", ua)
		b = jo(b, "attributes")
		b = g.jp(b, "email", "email", email)
		return append(b, `,"groups":["devs","oncall"]}`...)
	}
	b = g.js(b, "event", "session.start")
	b = g.js(b, "code", "T2000I")
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.jk(b, "uid", "uuid", g.uuid())
	b = g.js(b, "cluster_name", "teleport.example.com")
	b = g.jp(b, "user", "name", login)
	b = g.jk(b, "login", "account", pick(g, []string{"root", "ubuntu", "ec2-user"}))
	b = jn(b, "user_kind", "1")
	b = g.js(b, "sid", g.uuid()) // a session id: not labelled (a secret under its key elsewhere)
	b = g.jk(b, "private_key_policy", "lookalike", "none")
	b = g.js(b, "namespace", "default")
	b = g.jk(b, "server_id", "uuid", g.uuid())
	b = g.js(b, "server_hostname", pick(g, []string{"db-01", "bastion", "web-02"}))
	b = g.jf(b, "addr.remote", planted, cat, ip, addr)
	b = g.js(b, "proto", "ssh")
	b = g.js(b, "size", "80:24")
	return g.js(b, "session_recording", "node")
}
