package realistic

import (
	"strconv"
	"strings"
)

// Observability pipelines and the proxies and identity servers they carry:
//
//   - ecs_json: Elastic Common Schema documents as Filebeat and Elastic
//     Agent ship them (ECS field reference: base @timestamp, message;
//     agent, ecs, host.hostname, event.kind/category/type/outcome/dataset/
//     duration, source and client .ip/.port/.geo, user.name, user.email,
//     user.full_name, user_agent.original, url.original, url.path,
//     url.query, http.request.method/referrer, http.response.status_code
//     and body.bytes, process.name/pid, related.ip and related.user
//     arrays, trace.id). Filebeat's modules write nested objects (nginx
//     access, system auth with event.original); the ecs-logging libraries
//     write dotted keys at the top level ("log.level", "user.email"), one
//     layout a stream.
//   - journald_json: journalctl -o json (systemd.journal-fields(7), the
//     Journal Export Format's JSON form): __CURSOR, __REALTIME_TIMESTAMP,
//     __MONOTONIC_TIMESTAMP, _BOOT_ID, _MACHINE_ID, _HOSTNAME, _TRANSPORT,
//     _UID, _GID, _PID, _COMM, _EXE, _CMDLINE, _SYSTEMD_UNIT,
//     SYSLOG_IDENTIFIER, PRIORITY and MESSAGE from sshd, sudo,
//     NetworkManager's DHCP lines and dhclient; a MESSAGE that is not UTF-8
//     written as an array of its byte values.
//   - keycloak_events: the org.keycloak.events logger of Keycloak's
//     JBossLoggingEventListenerProvider behind Quarkus's default console
//     format (date level [category] (thread) message): "type=LOGIN,
//     realmId=…, clientId=…, userId=…, ipAddress=…, auth_method=…,
//     redirect_uri=…, code_id=…, username=…" (Keycloak 24+ quotes the
//     values and adds realmName and sessionId, one writing a stream),
//     LOGIN_ERROR with error=user_not_found or invalid_user_credentials,
//     REGISTER with email, CODE_TO_TOKEN, LOGOUT; and admin events as the
//     Admin REST API returns them (AdminEventRepresentation: time,
//     realmId, authDetails, operationType, resourceType, resourcePath,
//     representation as an embedded JSON string).
//   - squid_access: Squid's native access.log (logformat squid: "%ts.%03tu
//     %6tr %>a %Ss/%03>Hs %<st %rm %ru %[un %Sh/%<a %mt"), CONNECT tunnels
//     to host:port, proxy-authenticated users in the user field, URLs with
//     query strings naming e-mail addresses, phone numbers and tokens.
//   - traefik_json: Traefik's access log in JSON (accessLog.format json,
//     fields.headers.defaultmode keep): ClientAddr, ClientHost,
//     ClientPort, ClientUsername, Downstream*, Duration, Origin*,
//     Request*, RouterName, ServiceURL, StartLocal, StartUTC, request_*
//     and downstream_* headers.
//   - caddy_json: Caddy's http.log.access entries: request.remote_ip,
//     remote_port, client_ip, proto, method, host, uri, headers (a map of
//     arrays), tls.server_name; bytes_read, user_id, duration, size,
//     status, resp_headers.
//
// Planted: client and related addresses, logins (user.name, username=,
// ClientUsername, user_id, the rfc931 field), e-mail addresses, full
// names, phone numbers and tokens in query strings, cookies, Authorization
// credentials, Set-Cookie values, passwords in an admin representation,
// Keycloak's session ids (sessionId, the KEYCLOAK_SESSION cookie's;
// authSessionParentId, the AUTH_SESSION_ID cookie's). Kept: times, epochs,
// cursors, boot and machine ids, trace and request ids, Keycloak's user,
// code and token ids (UUIDs; a token id is a JWT's jti, not the token),
// durations, byte counts, ports, pids, status codes, service accounts and
// the servers' host names (host.hostname, agent.name, _HOSTNAME,
// RequestHost, tls.server_name). Keycloak's authSessionTabId, an id
// meaningless without its parent, is left unlabelled.

func (g *gen) ecsJSON(st *streamState) Record {
	if st.variant%2 == 1 {
		return g.ecsDotted()
	}
	if g.pct(50) {
		return g.ecsNginx()
	}
	return g.ecsAuth()
}

// obsHost returns a server's host name (a look-alike).
func (g *gen) obsHost() string {
	return pick(g, []string{"web-01", "web-02.prod.example.net", "edge-fra-3", "k8s-node-3.internal", "lb1", "auth-0.example.com"})
}

// obsQuery returns a request path with a query that names a person in two
// requests out of three (an e-mail address, a phone number, a login or an
// access token), recorded in its percent-encoded form; plain is the form
// before encoding of the query values, for fields that hold it decoded.
func (g *gen) obsQuery() (path, query string) {
	path = pick(g, []string{"/api/v1/orders", "/account/profile", "/search", "/oauth/callback", "/api/v2/contacts", "/checkout/confirm"})
	switch g.rng.IntN(6) {
	case 0:
		f, l := g.name()
		e := g.email(f, l)
		enc := pctEnc(e, false, false)
		g.plantAt("email", e, enc)
		query = "email=" + enc + "&src=newsletter"
	case 1:
		p := g.phone()
		enc := pctEnc(p, true, false)
		g.plantAt("phone", p, enc)
		query = "phone=" + enc + "&country=" + pick(g, []string{"DE", "GB", "UA", "US"})
	case 2:
		l := g.personLogin()
		g.plantAt("name", l)
		query = "user=" + l + "&page=" + g.num(1, 9)
	case 3:
		t := g.token(40)
		g.plantAt("secret", t)
		query = "access_token=" + t
	case 4:
		query = "page=" + g.num(1, 40) + "&per_page=50&sort=created_at"
	}
	return path, query
}

func (g *gen) ecsTimestamp() string { return g.now.UTC().Format("2006-01-02T15:04:05.000Z") }

// ecsAgent writes Filebeat's agent and ecs objects, the agent's members
// sorted by name (as Elasticsearch's _source shows them) or in the
// order of the ECS field reference (type and version before the name).
func (g *gen) ecsAgent(b []byte, host string) []byte {
	b = jo(b, "agent")
	if g.pct(50) {
		b = g.jk(b, "ephemeral_id", "uuid", g.uuid())
		b = g.jk(b, "id", "uuid", g.uuid())
		b = g.jk(b, "name", "host", host)
		b = g.js(b, "type", "filebeat")
		b = g.js(b, "version", "8.11.1")
	} else {
		b = g.js(b, "type", pick(g, []string{"filebeat", "winlogbeat", "auditbeat"}))
		b = g.js(b, "version", "8.11.1")
		b = g.jk(b, "id", "uuid", g.uuid())
		b = g.jk(b, "ephemeral_id", "uuid", g.uuid())
		b = g.jk(b, "name", "host", host)
	}
	b = append(b, '}')
	b = append(b, `,"ecs":{"version":"8.0.0"}`...)
	b = jo(b, "host")
	b = g.jk(b, "hostname", "host", host)
	b = g.js(b, "name", host)
	b = append(b, `,"os":{"family":"debian","kernel":"6.1.0-13-amd64","name":"Debian GNU/Linux","version":"12 (bookworm)"}`...)
	b = g.js(b, "architecture", "x86_64")
	return append(b, '}')
}

// ecsGeo writes a geo object of city precision (GeoIP), unlabelled.
func (g *gen) ecsGeo(b []byte) []byte {
	c := pick(g, []struct{ city, iso, region, lat, lon string }{
		{"Berlin", "DE", "Land Berlin", "52.5196", "13.4069"},
		{"London", "GB", "England", "51.5142", "-0.0931"},
		{"Kyiv", "UA", "Kyiv City", "50.4547", "30.5238"},
		{"Ashburn", "US", "Virginia", "39.0469", "-77.4903"},
	})
	b = jo(b, "geo")
	b = g.js(b, "city_name", c.city)
	b = g.js(b, "continent_name", "Europe")
	b = g.js(b, "country_iso_code", c.iso)
	b = g.js(b, "region_name", c.region)
	b = append(b, `,"location":{"lat":`+c.lat+`,"lon":`+c.lon+`}`...)
	return append(b, '}')
}

// ecsNginx is Filebeat's nginx module access document: the original line
// in event.original, its parts in source, url, http, user_agent, user.
func (g *gen) ecsNginx() Record {
	host := g.obsHost()
	ip, cat := g.clientIP()
	path, query := g.obsQuery()
	uri := path
	if query != "" {
		uri += "?" + query
	}
	login := ""
	if g.pct(35) {
		login = g.personLogin()
	}
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	ref := "-"
	if g.pct(40) {
		f, l := g.name()
		e := g.email(f, l)
		enc := pctEnc(e, false, false)
		g.plantAt("email", e, enc)
		ref = "https://mail.example.com/redirect?to=" + enc
	}
	status, size := pick(g, []string{"200", "200", "302", "404"}), g.num(100, 90000)
	b := make([]byte, 0, 2200)
	b = append(b, '{')
	b = g.jk(b, "@timestamp", "timestamp", g.ecsTimestamp())
	b = g.ecsAgent(b, host)
	b = append(b, `,"log":{"offset":`+g.num(1000, 9000000)+`,"file":{"path":"/var/log/nginx/access.log"}}`...)
	b = jo(b, "source")
	b = g.jp(b, "address", cat, ip)
	b = g.jp(b, "ip", cat, ip)
	b = g.ecsGeo(b)
	b = append(b, '}')
	b = jo(b, "url")
	b = g.js(b, "original", uri)
	b = g.js(b, "path", path)
	if query != "" {
		b = g.js(b, "query", query)
	}
	b = append(b, '}')
	b = jo(b, "http")
	b = append(b, `"version":"1.1","request":{"method":"GET"`...)
	if ref != "-" {
		b = g.js(b, "referrer", ref)
	}
	b = append(b, `},"response":{"status_code":`+status+`,"body":{"bytes":`+size+`}}}`...)
	g.keepAt("bytes", size, `"bytes":`+size+`}`)
	b = jo(b, "user_agent")
	b = g.js(b, "original", ua)
	b = append(b, '}')
	if login != "" {
		b = jo(b, "user")
		b = g.jp(b, "name", "name", login)
		b = append(b, '}')
	}
	b = jo(b, "related")
	b = ja(b, "ip")
	b = append(b, '"')
	b = g.plant(b, cat, ip, "")
	b = append(b, `"]`...)
	if login != "" {
		b = ja(b, "user")
		b = append(b, '"')
		b = g.plant(b, "name", login, "")
		b = append(b, `"]`...)
	}
	b = append(b, '}')
	b = append(b, `,"event":{"kind":"event","category":["web"],"type":["access"],"outcome":"success","dataset":"nginx.access","module":"nginx"`...)
	b = g.jk(b, "created", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000Z"))
	u := login
	if u == "" {
		u = "-"
	}
	orig := ip + " - " + u + " [" + g.clfTime() + "] \"GET " + uri + " HTTP/1.1\" " + status + " " + size + " \"" + ref + "\" \"" + ua + "\""
	b = g.js(b, "original", orig)
	b = append(b, '}')
	b = append(b, `,"fileset":{"name":"access"},"input":{"type":"log"}`...)
	return Record{Line: append(b, '}')}
}

// ecsAuth is Filebeat's system module auth document for an sshd or sudo
// line: process, user, source, related.
func (g *gen) ecsAuth() Record {
	host := g.obsHost()
	ip, cat := g.clientIP()
	login := g.personLogin()
	pid := g.num(300, 99999)
	port := g.num(1024, 65535)
	ok := g.pct(60)
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = g.jk(b, "@timestamp", "timestamp", g.ecsTimestamp())
	b = g.ecsAgent(b, host)
	b = jo(b, "process")
	b = g.js(b, "name", "sshd")
	b = jn(b, "pid", pid)
	g.keepAt("counter", pid, `"pid":`+pid)
	b = append(b, '}')
	b = jo(b, "source")
	b = g.jp(b, "ip", cat, ip)
	b = jn(b, "port", port)
	g.keepAt("port", port, `"port":`+port)
	b = g.ecsGeo(b)
	b = append(b, '}')
	b = jo(b, "user")
	b = g.jp(b, "name", "name", login)
	b = append(b, '}')
	b = append(b, `,"system":{"auth":{"ssh":{"method":"password","event":"`...)
	msg := ""
	if ok {
		b = append(b, `Accepted"}}}`...)
		msg = "Accepted password for " + login + " from " + ip + " port " + port + " ssh2"
	} else {
		b = append(b, `Invalid"}}}`...)
		msg = "Invalid user " + login + " from " + ip + " port " + port
	}
	g.plantAt("name", login)
	g.plantAt(cat, ip)
	b = jo(b, "related")
	b = ja(b, "ip")
	b = append(b, '"')
	b = append(b, ip...)
	b = append(b, `"]`...)
	b = ja(b, "user")
	b = append(b, '"')
	b = append(b, login...)
	b = append(b, `"]}`...)
	outcome, typ := "success", "start"
	if !ok {
		outcome, typ = "failure", "info"
	}
	b = append(b, `,"event":{"kind":"event","category":["authentication","session"],"type":["`+typ+`"],"outcome":"`+outcome+`","action":"ssh_login","dataset":"system.auth","module":"system"`...)
	t := g.now.UTC()
	orig := months[t.Month()-1] + " " + strconv.Itoa(t.Day()) + " " + t.Format("15:04:05") + " " + host + " sshd[" + pid + "]: " + msg
	b = g.js(b, "original", orig)
	b = append(b, '}')
	b = g.js(b, "message", msg)
	b = append(b, `,"log":{"file":{"path":"/var/log/auth.log"}},"input":{"type":"log"}`...)
	return Record{Line: append(b, '}')}
}

// ecsDotted is an ecs-logging library's line (Java, Go, .NET, Node): the
// ECS names as dotted keys of one flat object.
func (g *gen) ecsDotted() Record {
	first, last := g.name()
	email := g.email(first, last)
	login := g.personLogin()
	ip, cat := g.clientIP()
	path, query := g.obsQuery()
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	b = g.jk(b, "@timestamp", "timestamp", g.ecsTimestamp())
	b = g.js(b, "log.level", pick(g, []string{"info", "warn", "error"}))
	b = g.js(b, "log.logger", pick(g, []string{"com.example.shop.AccountService", "accounts", "http"}))
	b = g.js(b, "ecs.version", "1.6.0")
	b = g.js(b, "service.name", pick(g, []string{"checkout", "accounts", "notifier"}))
	b = g.js(b, "service.version", "2.14.0")
	b = g.js(b, "event.dataset", "accounts.log")
	b = g.jk(b, "trace.id", "hash", g.hexID(32))
	b = g.jk(b, "transaction.id", "hash", g.hexID(16))
	b = g.jk(b, "http.request.id", "requestid", g.uuid())
	b = g.js(b, "http.request.method", pick(g, []string{"GET", "POST", "PUT"}))
	b = g.jp(b, "client.ip", cat, ip)
	if g.pct(50) {
		b = g.jp(b, "source.ip", cat, ip)
	}
	b = g.js(b, "client.geo.city_name", pick(g, []string{"Berlin", "London", "Kyiv"}))
	b = g.js(b, "client.geo.country_iso_code", pick(g, []string{"DE", "GB", "UA"}))
	b = g.js(b, "url.path", path)
	if query != "" {
		b = g.js(b, "url.query", query)
		b = g.js(b, "url.original", path+"?"+query)
	}
	if g.pct(40) {
		p := g.phone()
		b = g.jp(b, "user.phone", "phone", p)
	}
	b = g.jp(b, "user.name", "name", login)
	b = g.jp(b, "user.email", "email", email)
	b = g.jp(b, "user.full_name", "name", first+" "+last)
	g.plantAt("name", last)
	b = g.jk(b, "user.id", "uuid", g.uuid())
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "user_agent.original", ua)
	d := g.num(100000, 900000000)
	b = jn(b, "event.duration", d)
	g.keepAt("duration", d, `"event.duration":`+d)
	b = g.js(b, "event.action", pick(g, []string{"profile-updated", "password-changed", "order-placed"}))
	b = g.js(b, "event.outcome", "success")
	b = g.jk(b, "host.hostname", "host", g.obsHost())
	b = ja(b, "related.user")
	b = append(b, '"')
	b = append(b, jsonEsc(login)...)
	b = append(b, `","`...)
	b = append(b, jsonEsc(email)...)
	b = append(b, `"]`...)
	b = ja(b, "related.ip")
	b = append(b, '"')
	b = append(b, ip...)
	b = append(b, `"]`...)
	b = g.js(b, "message", "account "+pick(g, []string{"updated", "verified", "locked"}))
	return Record{Line: append(b, '}')}
}

// journaldJSON writes journalctl -o json records.
func (g *gen) journaldJSON(st *streamState) Record {
	host := pick(g, []string{"web-01", "db-02.internal", "bastion", "laptop-7h3k"})
	us := strconv.FormatInt(g.now.UnixMicro(), 10)
	b := make([]byte, 0, 1800)
	b = append(b, '{')
	b = g.jk(b, "__CURSOR", "hash", "s="+g.hexID(32)+";i="+strconv.FormatInt(int64(0x1a000+g.rng.IntN(0xfffff)), 16)+";b="+g.hexID(32)+";m="+strconv.FormatInt(int64(g.rng.IntN(0xfffffff)), 16)+";t="+strconv.FormatInt(g.now.UnixMicro(), 16)+";x="+g.hexID(16))
	b = g.jk(b, "__REALTIME_TIMESTAMP", "epoch", us)
	mono := g.num(100000000, 999999999)
	b = g.jk(b, "__MONOTONIC_TIMESTAMP", "epoch", mono)
	b = g.jk(b, "_BOOT_ID", "hash", g.hexID(32))
	b = g.jk(b, "_MACHINE_ID", "hash", g.hexID(32))
	b = g.jk(b, "_HOSTNAME", "host", host)
	b = g.js(b, "_TRANSPORT", pick(g, []string{"syslog", "journal", "stdout"}))
	b = g.js(b, "PRIORITY", pick(g, []string{"6", "5", "4"}))
	b = g.js(b, "SYSLOG_FACILITY", pick(g, []string{"4", "10", "3"}))
	pid := g.num(300, 99999)
	ip, cat := g.clientIP()
	login := g.personLogin()
	var ident, comm, exe, cmd, unit, msg, uid string
	var bytesMsg bool
	uid = "0"
	switch g.rng.IntN(6) {
	case 0:
		ident, comm, exe, unit = "sshd", "sshd", "/usr/sbin/sshd", "ssh.service"
		port := g.num(1024, 65535)
		if g.pct(50) {
			cmd = "sshd: " + login + " [priv]"
			g.plantAt("name", login, "sshd: "+login+" ")
			msg = "Accepted password for " + login + " from " + ip + " port " + port + " ssh2"
		} else {
			cmd = "sshd: " + ip + " [preauth]"
			msg = "Failed password for invalid user " + login + " from " + ip + " port " + port + " ssh2"
		}
		g.plantAt("name", login, " "+login+" from")
		g.plantAt(cat, ip)
		g.keepAt("port", port, " port "+port+" ")
	case 1:
		ident, comm, exe, unit = "sudo", "sudo", "/usr/bin/sudo", "session-"+g.num(2, 900)+".scope"
		uid = g.num(1000, 1999)
		cmd = "sudo systemctl restart nginx"
		msg = login + " : TTY=pts/" + g.num(0, 9) + " ; PWD=/home/" + login + " ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx"
		g.plantAt("name", login, login+" : ", "/home/"+login+" ")
	case 2:
		ident, comm, exe, unit = "NetworkManager", "NetworkManager", "/usr/sbin/NetworkManager", "NetworkManager.service"
		cmd = "/usr/sbin/NetworkManager --no-daemon"
		lease := g.ipv4()
		g.plantAt("ipv4", lease)
		ts := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(4)
		g.keepAt("epoch", ts)
		ifc := pick(g, []string{"wlp2s0", "enp0s31f6", "eth0"})
		switch g.rng.IntN(3) {
		case 0:
			msg = "<info>  [" + ts + "] dhcp4 (" + ifc + "): option ip_address           => '" + lease + "'"
		case 1:
			msg = "<info>  [" + ts + "] dhcp4 (" + ifc + "): state changed new lease, address=" + lease
		default:
			msg = "<info>  [" + ts + "] device (" + ifc + "): DHCPv4 lease renewal requested for " + lease
		}
	case 3:
		ident, comm, exe, unit = "dhclient", "dhclient", "/sbin/dhclient", "ifup@eth0.service"
		cmd = "/sbin/dhclient -4 -v -i -pf /run/dhclient.eth0.pid eth0"
		lease := g.ipv4()
		g.plantAt("ipv4", lease)
		switch g.rng.IntN(3) {
		case 0:
			msg = "DHCPREQUEST for " + lease + " on eth0 to 10.0.0.1 port 67"
		case 1:
			msg = "DHCPACK of " + lease + " from 10.0.0.1"
		default:
			secs := g.num(600, 43200)
			msg = "bound to " + lease + " -- renewal in " + secs + " seconds."
			g.keepAt("duration", secs, " in "+secs+" ")
		}
	case 4:
		ident, comm, exe, unit = "shop-worker", "python3", "/usr/bin/python3.11", "shop-worker.service"
		uid = g.num(100, 999)
		cmd = "/usr/bin/python3 -m shop.worker --queue mail"
		f, l := g.name()
		e := g.email(f, l)
		msg = "Benutzer " + e + " angemeldet \xfcber Port " + g.num(1024, 65535)
		g.plantAt("email", e, byteArray(e))
		bytesMsg = true
	default:
		ident, comm, exe, unit = "systemd-logind", "systemd-logind", "/usr/lib/systemd/systemd-logind", "systemd-logind.service"
		cmd = "/lib/systemd/systemd-logind"
		n := g.num(2, 900)
		msg = "New session " + n + " of user " + login + "."
		g.plantAt("name", login, " user "+login+".")
	}
	b = g.jf(b, "_UID", kept, "counter", uid, nil)
	g.keeps[len(g.keeps)-1].Forms = []string{`"_UID":"` + uid + `"`}
	b = g.js(b, "_GID", uid)
	b = g.js(b, "_CAP_EFFECTIVE", "0")
	b = g.js(b, "SYSLOG_IDENTIFIER", ident)
	b = g.jk(b, "_PID", "counter", pid)
	b = g.js(b, "_COMM", comm)
	b = g.js(b, "_EXE", exe)
	b = g.js(b, "_CMDLINE", cmd)
	b = g.js(b, "_SYSTEMD_CGROUP", "/system.slice/"+unit)
	b = g.js(b, "_SYSTEMD_UNIT", unit)
	b = g.jk(b, "_SYSTEMD_INVOCATION_ID", "hash", g.hexID(32))
	if bytesMsg {
		b = jkey(b, "MESSAGE")
		b = append(b, '[')
		b = append(b, byteArray(msg)...)
		b = append(b, ']')
	} else {
		b = g.js(b, "MESSAGE", msg)
	}
	b = g.js(b, "_SOURCE_REALTIME_TIMESTAMP", us)
	return Record{Line: append(b, '}')}
}

// keycloakEvents writes the org.keycloak.events logger's lines behind
// Quarkus's console format, and one record in five an admin event JSON.
func (g *gen) keycloakEvents(st *streamState) Record {
	if g.pct(20) {
		return g.keycloakAdmin()
	}
	quoted := st.variant%2 == 1
	realm := pick(g, []string{"master", "customers", "staff"})
	realmID := g.uuid()
	if g.pct(50) {
		realmID = realm
	}
	client := pick(g, []string{"account-console", "security-admin-console", "shop-web", "grafana"})
	ip, cat := g.clientIP()
	first, last := g.name()
	login := g.personLogin()
	if g.pct(30) {
		login = g.email(first, last)
	}
	lcat := "name"
	if strings.Contains(login, "@") {
		lcat = "email"
	}
	b := make([]byte, 0, 900)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05,000"), "")
	typ := pick(g, []string{"LOGIN", "LOGIN", "LOGIN_ERROR", "LOGIN_ERROR", "CODE_TO_TOKEN", "LOGOUT", "REGISTER"})
	lvl := "DEBUG"
	if typ == "LOGIN_ERROR" {
		lvl = "WARN "
	}
	b = append(b, " "+lvl+" [org.keycloak.events] (executor-thread-"+g.num(1, 40)+") "...)
	kv := func(k, v string) {
		if len(b) > 0 && b[len(b)-1] != ' ' {
			b = append(b, ", "...)
		}
		b = append(b, k+"="...)
		if quoted {
			b = append(b, '"')
		}
		b = append(b, v...)
		if quoted {
			b = append(b, '"')
		}
	}
	kvP := func(k, c, v string) {
		kv(k, v)
		g.plantAt(c, v)
	}
	kvK := func(k, c, v string) {
		kv(k, v)
		g.keepAt(c, v)
	}
	// The root authentication session's id is the AUTH_SESSION_ID
	// cookie's value (a secret); its tab id, meaningless without it, is
	// left unlabelled.
	authSession := func(kvP func(k, c, v string)) {
		kvP("authSessionParentId", "secret", g.uuid())
		kv("authSessionTabId", g.chars(11, b64url))
	}
	kv("type", typ)
	kv("realmId", realmID)
	if quoted {
		kv("realmName", realm)
	}
	kv("clientId", client)
	userID := g.uuid()
	if typ == "LOGIN_ERROR" && g.pct(60) {
		kv("userId", "null")
	} else {
		kvK("userId", "uuid", userID)
	}
	if quoted && typ != "LOGIN_ERROR" {
		// The user session's id, which the KEYCLOAK_SESSION cookie
		// carries: a secret as session ids are.
		kvP("sessionId", "secret", g.uuid())
	}
	kvP("ipAddress", cat, ip)
	redirect := "https://" + pick(g, []string{"shop.example.com/", "sso.example.com/realms/" + realm + "/account/#/", "grafana.example.net/login/generic_oauth"})
	switch typ {
	case "LOGIN_ERROR":
		kv("error", pick(g, []string{"user_not_found", "invalid_user_credentials", "user_temporarily_disabled"}))
		kv("auth_method", "openid-connect")
		kv("auth_type", "code")
		kv("redirect_uri", redirect)
		kvK("code_id", "uuid", g.uuid())
		kvP("username", lcat, login)
		authSession(kvP)
	case "CODE_TO_TOKEN":
		kvK("token_id", "uuid", g.uuid())
		kv("grant_type", "authorization_code")
		kvK("refresh_token_type", "header", "Refresh")
		kv("scope", "openid profile email")
		kvK("refresh_token_id", "uuid", g.uuid())
		kvK("code_id", "uuid", g.uuid())
		kv("client_auth_method", "client-secret")
	case "LOGOUT":
		kv("redirect_uri", redirect)
	case "REGISTER":
		kv("auth_method", "openid-connect")
		kv("auth_type", "code")
		kv("register_method", "form")
		kv("redirect_uri", redirect)
		kvK("code_id", "uuid", g.uuid())
		e := g.email(first, last)
		kvP("email", "email", e)
		kvP("username", lcat, login)
	default:
		kv("auth_method", "openid-connect")
		kv("auth_type", "code")
		kv("response_type", "code")
		kv("redirect_uri", redirect)
		kv("consent", "no_consent_required")
		kvK("code_id", "uuid", g.uuid())
		kv("response_mode", "query")
		kvP("username", lcat, login)
		authSession(kvP)
	}
	return Record{Line: b}
}

// keycloakAdmin writes an AdminEventRepresentation as the Admin REST API
// returns it (admin-events, includeRepresentation on).
func (g *gen) keycloakAdmin() Record {
	ip, cat := g.clientIP()
	first, last := g.name()
	email := g.email(first, last)
	login := g.personLogin()
	uid := g.uuid()
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	ms := strconv.FormatInt(g.now.UnixMilli(), 10)
	b = jn(b, "time", ms)
	g.keepAt("epoch", ms)
	realmID := g.uuid()
	b = g.jk(b, "realmId", "uuid", realmID)
	b = jo(b, "authDetails")
	b = g.jk(b, "realmId", "uuid", realmID)
	b = g.jk(b, "clientId", "uuid", g.uuid())
	b = g.jk(b, "userId", "uuid", g.uuid())
	b = g.jp(b, "ipAddress", cat, ip)
	b = append(b, '}')
	op := pick(g, []string{"CREATE", "UPDATE", "ACTION"})
	b = g.js(b, "operationType", op)
	b = g.js(b, "resourceType", "USER")
	path := "users/" + uid
	if op == "ACTION" {
		path += "/reset-password"
	}
	b = g.jk(b, "resourcePath", "uuid", path)
	var rep string
	if op == "ACTION" {
		pw := g.token(14)
		rep = `{"type":"password","value":"` + pw + `","temporary":false}`
		g.plantAt("secret", pw)
	} else {
		rep = `{"username":"` + login + `","enabled":true,"emailVerified":false,"firstName":"` + jsonEsc(first) + `","lastName":"` + jsonEsc(last) + `","email":"` + email + `","requiredActions":[],"groups":[]}`
		g.plantAt("name", login, login+`\"`)
		g.plantAt("email", email)
		g.plantAt("name", first, jsonEsc(jsonEsc(first))+`\"`)
		g.plantAt("name", last, jsonEsc(jsonEsc(last))+`\"`)
	}
	b = jkey(b, "representation")
	b = append(b, '"')
	b = append(b, jsonEsc(rep)...)
	b = append(b, '"')
	b = append(b, `,"details":{}`...)
	return Record{Line: append(b, '}')}
}

// squidLog writes Squid's native access.log line.
func (g *gen) squidLog(st *streamState) Record {
	b := make([]byte, 0, 400)
	ts := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(3)
	b = g.keep(b, "epoch", ts, "")
	el := g.num(0, 120000)
	b = append(b, strings.Repeat(" ", max(0, 6-len(el)))...)
	b = g.keep(b, "duration", el, " "+el+" ")
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	connect := g.pct(30)
	var code string
	if connect {
		code = pick(g, []string{"TCP_TUNNEL/200", "TCP_DENIED/407", "TCP_TUNNEL/200"})
	} else {
		code = pick(g, []string{"TCP_MISS/200", "TCP_HIT/200", "TCP_REFRESH_MODIFIED/200", "TCP_MISS/304", "TCP_DENIED/403", "TCP_MEM_HIT/200"})
	}
	b = g.keep(b, "status", code, " "+code+" ")
	sz := g.num(0, 9000000)
	b = g.keep(b, "bytes", sz, sz+" ")
	host := pick(g, []string{"www.example.com", "api.example.org", "login.example.net", "portal.example.co.uk", "updates.example.com"})
	if connect {
		hp := host + ":" + pick(g, []string{"443", "443", "8443", "5222"})
		b = append(b, "CONNECT "...)
		b = g.keep(b, "host", hp, "")
	} else {
		path, query := g.obsQuery()
		method := pick(g, []string{"GET", "GET", "POST", "HEAD"})
		b = append(b, method+" http://"+host+path...)
		if query != "" {
			b = append(b, '?')
			b = append(b, query...)
		}
	}
	b = append(b, ' ')
	switch n := g.rng.IntN(10); {
	case code == "TCP_DENIED/407" || n < 4:
		b = append(b, '-')
	case n < 7:
		b = g.plant(b, "name", g.personLogin(), "")
	case n < 8:
		f, l := g.name()
		b = g.plant(b, "email", g.email(f, l), "")
	case n < 9:
		// Kerberos (negotiate_kerberos_auth) names a principal.
		l := g.personLogin()
		g.plantAt("name", l)
		b = append(b, l+"@EXAMPLE.COM"...)
	default:
		b = g.keep(b, "account", pick(g, []string{"svc-backup", "wsus", "monitoring"}), "")
	}
	switch {
	case code == "TCP_DENIED/407" || code == "TCP_DENIED/403":
		b = append(b, " HIER_NONE/- text/html"...)
	case strings.HasPrefix(code, "TCP_HIT") || strings.HasPrefix(code, "TCP_MEM"):
		b = append(b, " HIER_NONE/- "...)
		b = append(b, pick(g, []string{"image/png", "application/javascript"})...)
	default:
		b = append(b, " "+pick(g, []string{"HIER_DIRECT/93.184.216.34", "FIRSTUP_PARENT/10.0.0.3", "HIER_DIRECT/2606:2800:220:1:248:1893:25c8:1946"})+" "...)
		if connect {
			b = append(b, '-')
		} else {
			b = append(b, pick(g, []string{"text/html", "application/json", "-"})...)
		}
	}
	return Record{Line: b}
}

// traefikJSON writes a Traefik access log entry with headers kept.
func (g *gen) traefikJSON(st *streamState) Record {
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	path, query := g.obsQuery()
	rpath := path
	if query != "" {
		rpath += "?" + query
	}
	host := pick(g, []string{"app.example.com", "api.example.org", "grafana.example.net"})
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = jkey(b, "ClientAddr")
	b = append(b, '"')
	if cat == "ipv6" {
		b = append(b, '[')
	}
	b = g.plant(b, cat, ip, "")
	if cat == "ipv6" {
		b = append(b, ']')
	}
	b = append(b, ":"+port+`"`...)
	b = g.jp(b, "ClientHost", cat, ip)
	b = g.ctKeep(b, "ClientPort", "port", port)
	login := ""
	if g.pct(35) {
		login = g.personLogin()
		b = g.jp(b, "ClientUsername", "name", login)
	} else {
		b = g.js(b, "ClientUsername", "-")
	}
	size := g.num(100, 900000)
	b = jn(b, "DownstreamContentSize", size)
	g.keepAt("bytes", size, `"DownstreamContentSize":`+size)
	status := pick(g, []string{"200", "200", "302", "401", "404"})
	b = jn(b, "DownstreamStatus", status)
	d := g.num(100000, 9000000000)
	b = jn(b, "Duration", d)
	g.keepAt("duration", d, `"Duration":`+d)
	b = jn(b, "OriginContentSize", size)
	od := g.num(90000, 8000000)
	b = jn(b, "OriginDuration", od)
	g.keepAt("duration", od, `"OriginDuration":`+od)
	b = jn(b, "OriginStatus", status)
	b = jn(b, "Overhead", g.num(10000, 90000))
	b = g.js(b, "RequestAddr", host)
	b = jn(b, "RequestContentSize", "0")
	rc := g.num(1, 99999)
	b = jn(b, "RequestCount", rc)
	g.keepAt("counter", rc, `"RequestCount":`+rc)
	b = g.jk(b, "RequestHost", "host", host)
	b = g.js(b, "RequestMethod", "GET")
	b = g.js(b, "RequestPath", rpath)
	b = g.js(b, "RequestPort", "-")
	b = g.js(b, "RequestProtocol", "HTTP/2.0")
	b = g.js(b, "RequestScheme", "https")
	b = jn(b, "RetryAttempts", "0")
	b = g.js(b, "RouterName", "websecure-app@docker")
	b = g.js(b, "ServiceAddr", "172.18.0."+g.num(2, 40)+":8080")
	b = g.js(b, "ServiceName", "app@docker")
	b = g.js(b, "ServiceURL", "http://172.18.0.5:8080")
	b = g.jk(b, "StartLocal", "timestamp", g.now.Format("2006-01-02T15:04:05.000000000Z07:00"))
	b = g.jk(b, "StartUTC", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000000Z"))
	b = g.js(b, "TLSCipher", "TLS_AES_128_GCM_SHA256")
	b = g.js(b, "TLSVersion", "1.3")
	b = g.js(b, "entryPointName", "websecure")
	b = g.js(b, "downstream_Content-Type", "application/json; charset=utf-8")
	if status == "302" || g.pct(20) {
		cn, cv := g.sessionCookie()
		b = jkey(b, "downstream_Set-Cookie")
		b = append(b, `"`+cn+`=`...)
		b = g.plant(b, "secret", cv, "")
		b = append(b, `; Path=/; HttpOnly; Secure; SameSite=Lax"`...)
	}
	b = g.jk(b, "downstream_X-Request-Id", "requestid", g.uuid())
	b = g.js(b, "level", "info")
	b = g.js(b, "msg", "")
	b = g.js(b, "request_Accept", "application/json")
	switch g.rng.IntN(4) {
	case 0:
		b = jkey(b, "request_Authorization")
		b = append(b, `"Bearer `...)
		b = g.plant(b, "secret", g.jwt(g.uuid()), "")
		b = append(b, '"')
	case 1:
		l := login
		if l == "" {
			l = g.personLogin()
		}
		pw := g.token(12)
		cred := b64std(l + ":" + pw)
		g.plantAt("secret", cred)
		b = g.js(b, "request_Authorization", "Basic "+cred)
	}
	if g.pct(70) {
		cn, cv := g.sessionCookie()
		b = jkey(b, "request_Cookie")
		b = append(b, `"_ga_ABC123=GS1.1.`+g.num(1700000000, 1800000000)+`; `+cn+`=`...)
		b = g.plant(b, "secret", cv, "")
		b = append(b, '"')
	}
	if g.pct(40) {
		f, l := g.name()
		e := g.email(f, l)
		enc := pctEnc(e, false, false)
		g.plantAt("email", e, enc)
		b = g.js(b, "request_Referer", "https://"+host+"/invite?email="+enc)
	}
	b = g.js(b, "request_User-Agent", ua)
	b = g.jp(b, "request_X-Forwarded-For", cat, ip)
	b = g.js(b, "request_X-Forwarded-Host", host)
	b = g.jp(b, "request_X-Real-Ip", cat, ip)
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	return Record{Line: append(b, '}')}
}

// caddyJSON writes a Caddy http.log.access entry.
func (g *gen) caddyJSON(st *streamState) Record {
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	path, query := g.obsQuery()
	uri := path
	if query != "" {
		uri += "?" + query
	}
	host := pick(g, []string{"app.example.com", "files.example.org", "status.example.net"})
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = g.js(b, "level", "info")
	ts := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(7)
	b = jn(b, "ts", ts)
	g.keepAt("epoch", ts)
	b = g.js(b, "logger", "http.log.access.log"+g.num(0, 3))
	b = g.js(b, "msg", "handled request")
	b = jo(b, "request")
	b = g.jp(b, "remote_ip", cat, ip)
	b = g.ctKeep(b, "remote_port", "port", port)
	if g.pct(50) {
		b = g.jp(b, "client_ip", cat, ip)
	} else {
		b = g.js(b, "client_ip", "10.0.0."+g.num(2, 250))
	}
	b = g.js(b, "proto", pick(g, []string{"HTTP/2.0", "HTTP/1.1", "HTTP/3.0"}))
	b = g.js(b, "method", pick(g, []string{"GET", "POST"}))
	b = g.jk(b, "host", "host", host)
	b = g.js(b, "uri", uri)
	b = jo(b, "headers")
	b = append(b, `"Accept-Encoding":["gzip, deflate, br"]`...)
	b = ja(b, "User-Agent")
	b = append(b, '"')
	b = append(b, jsonEsc(ua)...)
	b = append(b, `"]`...)
	login := ""
	switch g.rng.IntN(4) {
	case 0:
		b = ja(b, "Authorization")
		b = append(b, `"Bearer `...)
		b = g.plant(b, "secret", g.token(40), "")
		b = append(b, `"]`...)
	case 1:
		login = g.personLogin()
		cred := b64std(login + ":" + g.token(12))
		g.plantAt("secret", cred)
		b = ja(b, "Authorization")
		b = append(b, `"Basic `+cred+`"]`...)
	}
	if g.pct(70) {
		cn, cv := g.sessionCookie()
		b = ja(b, "Cookie")
		b = append(b, `"`+cn+`=`...)
		b = g.plant(b, "secret", cv, "")
		b = append(b, `; lang=en"]`...)
	}
	if g.pct(40) {
		b = ja(b, "X-Forwarded-For")
		b = append(b, '"')
		b = g.plant(b, cat, ip, "")
		b = append(b, `"]`...)
	}
	b = append(b, '}')
	b = jo(b, "tls")
	b = append(b, `"resumed":false,"version":772,"cipher_suite":4865,"proto":"h2"`...)
	b = g.jk(b, "server_name", "host", host)
	b = append(b, "}}"...)
	br := g.num(0, 4000)
	b = jn(b, "bytes_read", br)
	g.keepAt("bytes", br, `"bytes_read":`+br)
	if login != "" {
		b = g.jp(b, "user_id", "name", login)
	} else {
		b = g.js(b, "user_id", "")
	}
	d := "0.00" + g.digits(6)
	b = jn(b, "duration", d)
	g.keepAt("duration", d, `"duration":`+d)
	size := g.num(100, 900000)
	b = jn(b, "size", size)
	g.keepAt("bytes", size, `"size":`+size)
	status := pick(g, []string{"200", "200", "304", "302"})
	b = jn(b, "status", status)
	b = jo(b, "resp_headers")
	b = append(b, `"Server":["Caddy"],"Alt-Svc":["h3=\":443\"; ma=2592000"],"Content-Type":["text/html; charset=utf-8"]`...)
	if status == "302" {
		cn, cv := g.sessionCookie()
		b = ja(b, "Set-Cookie")
		b = append(b, `"`+cn+`=`...)
		b = g.plant(b, "secret", cv, "")
		b = append(b, `; Path=/; HttpOnly"]`...)
		b = ja(b, "Location")
		b = append(b, `"/dashboard"]`...)
	}
	b = append(b, '}')
	return Record{Line: append(b, '}')}
}
