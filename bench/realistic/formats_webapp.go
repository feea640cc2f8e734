package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
	"time"
)

// Held-out application and SaaS audit formats, written from their
// vendors' documentation before the engine was read:
//
//   - github_audit_json: GitHub Enterprise Cloud's audit log as the REST
//     API (GET /enterprises/{enterprise}/audit-log) and audit log
//     streaming deliver it, one event a line, members sorted by name:
//     @timestamp and created_at in epoch milliseconds, _document_id,
//     action, actor, actor_id, actor_ip, actor_is_bot,
//     actor_location.country_code, business, org, repo, user (the account
//     an action changed), user_agent, operation_type; Git events
//     (git.clone, git.fetch, git.push: repository, repository_public,
//     transport_protocol_name); token data of an API or Git call
//     (hashed_token, the SHA-256 of the token in base64,
//     programmatic_access_type, token_id, token_scopes); SAML single
//     sign-on responses (external_identity_nameid,
//     external_identity_username, issuer); repository and organisation
//     webhooks (hook.create, hook.config_changed) whose config and
//     config_was hold the hook's URL, a chat service's incoming webhook
//     among them.
//   - webapp_json: what a web application's own stack writes, one kind a
//     record: Spring Boot actuator's httpexchanges endpoint response
//     (exchanges[]: request headers as a map of arrays, remoteAddress,
//     uri; response headers; principal.name; session.id; timeTaken) and
//     auditevents response (events[]: principal, type, data.details
//     remoteAddress and sessionId, data.type and data.message of a
//     failure); the Hasura GraphQL Engine's http-log (detail.http_info.ip,
//     operation.user_vars) and query-log (query.variables,
//     generated_sql.prepared_arguments whose first element is the session
//     variables as a JSON string); a Node service's pino line logging a
//     GraphQL operation with its variables serialised into a string;
//     Laravel's Monolog JsonFormatter lines (message, context, level,
//     level_name, channel, datetime, extra from the WebProcessor: url,
//     ip, http_method, server, referrer, unique_id) with contexts an app
//     writes: a sign-in, an outgoing HTTP call with its headers and form
//     body, a failed chat notification whose exception message quotes the
//     webhook URL, spatie/laravel-activitylog's properties.attributes and
//     properties.old, settings changed as key/value pairs; Firebase
//     Analytics' BigQuery export rows (event_params and user_properties
//     as key/value pairs whose value is an object of string_value,
//     int_value, double_value; user_id, user_pseudo_id, device with
//     advertising_id and vendor_id, geo, app_info).
//
// Planted: people's logins, e-mail addresses, names, phone numbers, street
// lines, client addresses, session ids and cookies, passwords, bearer
// tokens and vendor tokens (GitHub ghp_/gho_, Slack xoxb-/xoxp- and
// incoming webhook paths, Google ya29., Stripe sk_live_), advertising
// and vendor device ids, the app instance id. Kept: epochs, document,
// request and hook ids, numeric ids, token hashes, organisations and
// their repositories, bots and service principals, durations, sizes,
// status codes, settings that are no person's (a time zone, a locale).
// Geography derived from an address (a country code, a city) is left
// unlabelled.

var ghOrgs = []string{"acme-corp", "northwind-labs", "example-inc", "octo-platform"}

var ghBots = []string{"dependabot[bot]", "github-actions[bot]", "renovate[bot]", "acme-deploy-app[bot]"}

// ghDocID returns an audit event's _document_id: 16 random bytes in
// URL-safe base64, without padding, as the examples show it.
func (g *gen) ghDocID() string {
	return g.chars(22, b64url)
}

// ghHashedToken returns the hashed_token of an event: the SHA-256 of the
// token, in standard base64 (44 characters with the padding).
func (g *gen) ghHashedToken() string {
	raw := make([]byte, 32)
	for i := range raw {
		raw[i] = byte(g.rng.IntN(256))
	}
	return base64.StdEncoding.EncodeToString(raw)
}

// jnk appends a number member and keeps it, labelled with its key.
func (g *gen) jnk(b []byte, key, cat, num string) []byte {
	g.keepAt(cat, num, `"`+key+`":`+num)
	return jn(b, key, num)
}

func (g *gen) githubAudit(st *streamState) Record {
	first, last := g.name()
	login := g.githubLogin(first, last)
	bot := g.pct(15)
	org := pick(g, ghOrgs)
	repoName := pick(g, githubRepos)
	ms := strconv.FormatInt(g.now.UnixMilli(), 10)
	ip, ipCat := g.clientIP()
	kind := g.rng.IntN(6)
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	b = g.jnk(b, "@timestamp", "epoch", ms)
	b = g.jk(b, "_document_id", "requestid", g.ghDocID())
	var action string
	switch kind {
	case 0:
		action = pick(g, []string{"git.clone", "git.fetch", "git.push"})
	case 1:
		action = pick(g, []string{"repo.create", "repo.access", "repo.destroy", "repo.archived"})
	case 2:
		action = pick(g, []string{"org.add_member", "org.remove_member", "org.update_member", "team.add_member", "org.invite_member"})
	case 3:
		action = pick(g, []string{"business.sso_response", "org.sso_response"})
	case 4:
		action = pick(g, []string{"oauth_authorization.create", "personal_access_token.access_granted", "org_credential_authorization.grant"})
	default:
		action = pick(g, []string{"hook.create", "hook.config_changed"})
	}
	b = g.js(b, "action", action)
	if bot && kind != 3 {
		b = g.jk(b, "actor", "account", pick(g, ghBots))
	} else {
		b = g.jp(b, "actor", "name", login)
	}
	b = g.jnk(b, "actor_id", "counter", g.num(1000000, 190000000))
	if !bot || kind == 0 {
		b = g.jp(b, "actor_ip", ipCat, ip)
	}
	b = append(jkey(b, "actor_is_bot"), strconv.FormatBool(bot && kind != 3)...)
	b = jo(b, "actor_location")
	b = g.js(b, "country_code", pick(g, []string{"DE", "GB", "US", "UA", "FR"}))
	b = append(b, '}')
	b = g.js(b, "business", "acme-enterprise")
	b = g.jnk(b, "business_id", "counter", g.num(1000, 99999))
	b = g.jnk(b, "created_at", "epoch", ms)
	personal := kind == 0 && g.pct(25) && !bot
	switch kind {
	case 0:
		http := g.pct(60)
		if http && !bot {
			b = g.jk(b, "hashed_token", "hash", g.ghHashedToken())
		}
		b = g.js(b, "operation_type", map[bool]string{true: "modify", false: "access"}[action == "git.push"])
		if !personal {
			b = g.jk(b, "org", "account", org)
			b = g.jnk(b, "org_id", "counter", g.num(10000000, 99999999))
		}
		if http && !bot {
			b = g.js(b, "programmatic_access_type", pick(g, []string{"Personal access token (classic)", "OAuth access token", "Fine-grained personal access token"}))
		}
		full := org + "/" + repoName
		if personal {
			full = login + "/" + pick(g, []string{"dotfiles", "notes", "homelab"})
			g.plantAt("name", login)
			b = g.js(b, "repo", full)
			b = g.js(b, "repository", full)
		} else {
			b = g.jk(b, "repo", "repo", full)
			b = g.jk(b, "repository", "repo", full)
		}
		b = append(jkey(b, "repository_public"), "false"...)
		if http && !bot {
			b = g.jnk(b, "token_id", "counter", g.num(100000000, 999999999))
			b = g.jk(b, "token_scopes", "lookalike", pick(g, []string{"repo,workflow", "repo", "read:packages,repo"}))
		}
		if http {
			b = jn(b, "transport_protocol", "1")
			b = g.js(b, "transport_protocol_name", "http")
		} else {
			b = jn(b, "transport_protocol", "2")
			b = g.js(b, "transport_protocol_name", "ssh")
		}
		b = g.js(b, "user", "")
		b = g.js(b, "user_agent", "git/2."+g.num(39, 47)+".0")
	case 1:
		op := map[string]string{"repo.create": "create", "repo.access": "modify", "repo.destroy": "remove", "repo.archived": "modify"}[action]
		b = g.js(b, "operation_type", op)
		b = g.jk(b, "org", "account", org)
		b = g.jnk(b, "org_id", "counter", g.num(10000000, 99999999))
		b = append(jkey(b, "public_repo"), "false"...)
		b = g.jk(b, "repo", "repo", org+"/"+repoName)
		b = g.jnk(b, "repo_id", "counter", g.num(100000000, 999999999))
		ua, _ := g.ua()
		b = g.js(b, "user_agent", ua)
		b = g.js(b, "visibility", pick(g, []string{"private", "internal"}))
	case 2:
		f2, l2 := g.name()
		member := g.githubLogin(f2, l2)
		b = g.js(b, "operation_type", pick(g, []string{"create", "modify", "remove"}))
		b = g.jk(b, "org", "account", org)
		b = g.jnk(b, "org_id", "counter", g.num(10000000, 99999999))
		if action == "org.update_member" {
			b = g.js(b, "permission", pick(g, []string{"admin", "read", "write"}))
		}
		if action == "team.add_member" {
			b = g.jk(b, "team", "account", org+"/"+pick(g, []string{"platform", "sre", "payments"}))
		}
		b = g.jp(b, "user", "name", member)
		b = g.jnk(b, "user_id", "counter", g.num(1000000, 190000000))
		ua, _ := g.ua()
		b = g.js(b, "user_agent", ua)
	case 3:
		nameid := g.email(first, last)
		b = g.jp(b, "external_identity_nameid", "email", nameid)
		if g.pct(50) {
			b = g.jp(b, "external_identity_username", "name", strings.ToLower(ascii(first))+"."+strings.ToLower(ascii(last)))
		} else {
			b = append(jkey(b, "external_identity_username"), "null"...)
		}
		b = g.js(b, "issuer", "http://www.okta.com/exk"+g.chars(17, base62))
		if action == "business.sso_response" {
			b = g.js(b, "name", "Acme Enterprise")
		} else {
			b = g.jk(b, "org", "account", org)
		}
		b = g.js(b, "operation_type", "authentication")
		ua, _ := g.ua()
		b = g.js(b, "user_agent", ua)
	case 4:
		b = g.jk(b, "hashed_token", "hash", g.ghHashedToken())
		if action == "oauth_authorization.create" {
			b = g.js(b, "oauth_application_name", pick(g, []string{"Visual Studio Code", "GitHub CLI", "Terraform Cloud"}))
		}
		b = g.js(b, "operation_type", "create")
		b = g.jk(b, "org", "account", org)
		b = g.js(b, "programmatic_access_type", pick(g, []string{"Personal access token (classic)", "OAuth access token"}))
		b = g.jnk(b, "token_id", "counter", g.num(100000000, 999999999))
		b = g.jk(b, "token_scopes", "lookalike", pick(g, []string{"repo,read:org", "gist,repo,workflow", "admin:org"}))
		if action == "org_credential_authorization.grant" {
			b = g.jp(b, "user", "name", login)
		}
		ua, _ := g.ua()
		b = g.js(b, "user_agent", ua)
	default:
		b = g.webhookConfig(b, "config", action == "hook.create")
		if action == "hook.config_changed" {
			b = g.webhookConfig(b, "config_was", false)
		}
		b = ja(b, "events")
		b = append(b, `"push","pull_request"`...)
		b = append(b, ']')
		b = g.jnk(b, "hook_id", "counter", g.num(100000000, 999999999))
		b = g.js(b, "operation_type", map[bool]string{true: "create", false: "modify"}[action == "hook.create"])
		b = g.jk(b, "org", "account", org)
		b = g.jk(b, "repo", "repo", org+"/"+repoName)
	}
	return Record{Line: append(b, '}')}
}

// webhookConfig writes a hook's config object; its URL a chat service's
// incoming webhook (the path is the credential) or the team's CI.
func (g *gen) webhookConfig(b []byte, key string, chat bool) []byte {
	b = jo(b, key)
	b = g.js(b, "content_type", "json")
	b = g.js(b, "insecure_ssl", "0")
	if chat || g.pct(50) {
		u, path := g.chatWebhook()
		g.plantAt("vendor_token", path)
		b = g.js(b, "url", u)
	} else {
		b = g.js(b, "url", "https://ci.example.com/github-webhook/")
	}
	return append(b, '}')
}

// chatWebhook returns a Slack or Discord incoming webhook URL and the
// path after its host that authorises posting.
func (g *gen) chatWebhook() (url, secret string) {
	up := "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	if g.pct(70) {
		s := "services/T" + g.chars(10, up) + "/B" + g.chars(10, up) + "/" + g.chars(24, base62)
		return "https://hooks.slack.com/" + s, s
	}
	s := "api/webhooks/" + g.digits(18) + "/" + g.chars(68, b64url)
	return "https://discord.com/" + s, s
}

// webToken returns a vendor token an app sends or receives in its
// Authorization header or a GraphQL variable.
func (g *gen) webToken() string {
	switch g.rng.IntN(5) {
	case 0:
		return g.crcToken(pick(g, []string{"ghp_", "gho_"}))
	case 1:
		return "xoxb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.chars(24, base62)
	case 2:
		return "xoxp-" + g.digits(12) + "-" + g.digits(13) + "-" + g.digits(13) + "-" + g.hexID(32)
	case 3:
		return "ya29.a0" + g.chars(120, b64url)
	}
	return "sk_live_" + g.chars(pick(g, []int{24, 99}), base62)
}

func (g *gen) webappJSON(st *streamState) Record {
	switch g.rng.IntN(9) {
	case 0, 1:
		return g.springExchanges()
	case 2:
		return g.springAuditEvents()
	case 3:
		return g.hasuraLog()
	case 4:
		return g.pinoGraphQL()
	case 5, 6:
		return g.monologJSON()
	}
	return g.firebaseBQ()
}

// webUser returns how an app names its signed-in user: a login or an
// e-mail address (planted, with its category) or a service principal.
func (g *gen) webUser() (user, cat string) {
	f, l := g.name()
	switch g.rng.IntN(5) {
	case 0, 1:
		return g.email(f, l), "email"
	case 2, 3:
		return g.personLogin(), "name"
	}
	return pick(g, []string{"actuator", "svc-billing", "anonymousUser"}), "account"
}

func (g *gen) jWebUser(b []byte, key, user, cat string) []byte {
	if cat == "account" {
		return g.jk(b, key, cat, user)
	}
	return g.jp(b, key, cat, user)
}

// springExchanges is the httpexchanges endpoint's response with one or
// two exchanges, recorded with the Include options that add the remote
// address, the principal, the session id and (in half of them) the
// Authorization and Cookie headers.
func (g *gen) springExchanges() Record {
	b := make([]byte, 0, 1600)
	b = append(b, `{"exchanges":[`...)
	n := 1 + g.rng.IntN(2)
	for i := 0; i < n; i++ {
		sensitive := g.pct(50)
		b = jo(b, "")
		b = g.jk(b, "timestamp", "timestamp", g.now.Add(time.Duration(i)*time.Second).UTC().Format("2006-01-02T15:04:05.000000Z"))
		b = jo(b, "request")
		b = jo(b, "headers")
		b = append(jkey(b, "accept"), `["application/json"]`...)
		if sensitive {
			b = ja(b, "authorization")
			switch g.rng.IntN(3) {
			case 0:
				f, l := g.name()
				jwt := g.jwt(g.email(f, l))
				b = append(b, `"Bearer `...)
				b = g.plant(b, "jwt", jwt, "")
				b = append(b, '"')
			case 1:
				tok := g.webToken()
				b = append(b, `"Bearer `...)
				b = g.plant(b, "vendor_token", tok, "")
				b = append(b, '"')
			default:
				user := g.personLogin()
				pw := g.password()
				cred := base64.StdEncoding.EncodeToString([]byte(user + ":" + pw))
				b = append(b, `"Basic `...)
				b = g.plant(b, "secret", cred, "")
				b = append(b, '"')
			}
			b = append(b, ']')
			name, val := g.sessionCookie()
			b = ja(b, "cookie")
			b = append(b, '"')
			b = append(b, name+"="...)
			b = g.plant(b, "secret", val, "")
			b = append(b, "; locale=en-GB\"]"...)
		}
		b = append(jkey(b, "host"), `["api.example.com"]`...)
		ua, _ := g.ua()
		b = ja(b, "user-agent")
		b = append(b, '"')
		b = append(b, jsonEsc(ua)...)
		b = append(b, `"]`...)
		client, ccat := g.clientIP()
		if g.pct(50) {
			b = ja(b, "x-forwarded-for")
			b = append(b, '"')
			b = g.plant(b, ccat, client, "")
			b = append(b, `, 10.0.3.17"]`...)
		}
		b = append(b, '}')
		method := pick(g, []string{"GET", "POST", "PUT"})
		b = g.js(b, "method", method)
		b = g.jp(b, "remoteAddress", ccat, client)
		uri := "https://api.example.com" + pick(g, []string{"/api/orders", "/api/users", "/api/invoices"})
		switch g.rng.IntN(4) {
		case 0:
			f, l := g.name()
			e := g.email(f, l)
			enc := pctEnc(e, false, false)
			g.plantAt("email", e, enc)
			uri += "/search?email=" + enc
		case 1:
			id := g.num(10000, 999999)
			g.keepAt("orderid", id, "/"+id)
			uri += "/" + id
		case 2:
			p := g.phone()
			enc := pctEnc(p, true, false)
			g.plantAt("phone", p, enc)
			uri += "?phone=" + enc
		}
		b = g.js(b, "uri", uri)
		b = append(b, '}')
		b = jo(b, "response")
		b = jo(b, "headers")
		b = append(jkey(b, "Content-Type"), `["application/json"]`...)
		if sensitive && g.pct(40) {
			sid := g.uuid()
			b = ja(b, "Set-Cookie")
			b = append(b, `"SESSION=`...)
			b = g.plant(b, "secret", base64.StdEncoding.EncodeToString([]byte(sid)), "")
			b = append(b, `; Path=/; Secure; HttpOnly; SameSite=Lax"]`...)
		}
		rid := g.uuid()
		b = ja(b, "X-Request-Id")
		b = append(b, '"')
		b = g.keep(b, "uuid", rid, "")
		b = append(b, `"]`...)
		b = append(b, '}')
		status := pick(g, []string{"200", "201", "401", "404"})
		b = g.jnk(b, "status", "status", status)
		b = append(b, '}')
		user, ucat := g.webUser()
		if status != "401" {
			b = jo(b, "principal")
			b = g.jWebUser(b, "name", user, ucat)
			b = append(b, '}')
		}
		b = jo(b, "session")
		b = g.jp(b, "id", "secret", g.uuid())
		b = append(b, '}')
		b = g.jk(b, "timeTaken", "duration", "PT0."+g.digits(3)+"S")
		b = append(b, '}')
	}
	return Record{Line: append(b, "]}"...)}
}

// springAuditEvents is the auditevents endpoint's response: Spring
// Security's authentication events, their data the
// WebAuthenticationDetails and, for a failure, the exception.
func (g *gen) springAuditEvents() Record {
	b := make([]byte, 0, 900)
	b = append(b, `{"events":[`...)
	n := 1 + g.rng.IntN(2)
	for i := 0; i < n; i++ {
		ok := g.pct(60)
		b = jo(b, "")
		b = g.jk(b, "timestamp", "timestamp", g.now.Add(time.Duration(i)*time.Second).UTC().Format("2006-01-02T15:04:05.000000Z"))
		user, ucat := g.webUser()
		b = g.jWebUser(b, "principal", user, ucat)
		if ok {
			b = g.js(b, "type", "AUTHENTICATION_SUCCESS")
		} else {
			b = g.js(b, "type", "AUTHENTICATION_FAILURE")
		}
		b = jo(b, "data")
		b = jo(b, "details")
		ip, cat := g.clientIP()
		b = g.jp(b, "remoteAddress", cat, ip)
		if ok || g.pct(50) {
			b = g.jp(b, "sessionId", "secret", strings.ToUpper(g.hexID(32)))
		} else {
			b = append(jkey(b, "sessionId"), "null"...)
		}
		b = append(b, '}')
		if !ok {
			b = g.js(b, "type", "org.springframework.security.authentication.BadCredentialsException")
			b = g.js(b, "message", "Bad credentials")
		}
		b = append(b, "}}"...)
	}
	return Record{Line: append(b, "]}"...)}
}

func (g *gen) hasuraTime() string {
	return g.now.UTC().Format("2006-01-02T15:04:05.000+0000")
}

// hasuraLog writes an http-log or a query-log line of the Hasura GraphQL
// Engine.
func (g *gen) hasuraLog() Record {
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	rid := g.uuid()
	f, l := g.name()
	email := g.email(f, l)
	if g.pct(50) {
		b = g.jk(b, "timestamp", "timestamp", g.hasuraTime())
		b = g.js(b, "level", "info")
		b = g.js(b, "type", "http-log")
		b = jo(b, "detail")
		b = g.jk(b, "request_id", "uuid", rid)
		b = jo(b, "operation")
		b = append(jkey(b, "query_execution_time"), "0.00"+g.digits(5)...)
		b = jo(b, "user_vars")
		b = g.js(b, "x-hasura-role", "user")
		switch g.rng.IntN(3) {
		case 0:
			b = g.jp(b, "x-hasura-user-id", "email", email)
		case 1:
			b = g.jk(b, "x-hasura-user-id", "uuid", g.uuid())
		default:
			b = g.jk(b, "x-hasura-user-id", "counter", g.num(1000, 99999))
		}
		b = append(b, '}')
		b = append(jkey(b, "error"), "null"...)
		b = g.jk(b, "request_id", "uuid", rid)
		b = g.jnk(b, "response_size", "bytes", g.num(200, 9000))
		b = jo(b, "query")
		b = g.js(b, "operationName", pick(g, []string{"GetOrders", "MyProfile", "UpdateAddress"}))
		b = append(b, "}}"...)
		b = jo(b, "http_info")
		b = jn(b, "status", "200")
		b = g.js(b, "http_version", "HTTP/1.1")
		b = g.js(b, "url", "/v1/graphql")
		ip, cat := g.clientIP()
		b = g.jp(b, "ip", cat, ip)
		b = g.js(b, "method", "POST")
		b = append(jkey(b, "content_encoding"), "null"...)
		b = append(b, "}}"...)
		return Record{Line: append(b, '}')}
	}
	b = g.jk(b, "timestamp", "timestamp", g.hasuraTime())
	b = g.js(b, "level", "info")
	b = g.js(b, "type", "query-log")
	b = jo(b, "detail")
	b = g.js(b, "kind", "database")
	b = g.jk(b, "request_id", "uuid", rid)
	b = jo(b, "query")
	var argCat, arg, col string
	switch g.rng.IntN(3) {
	case 0:
		argCat, arg, col = "email", email, "email"
		b = g.js(b, "operationName", "UserByEmail")
		b = g.js(b, "query", "query UserByEmail($v: String!) { users(where: {email: {_eq: $v}}) { id name } }")
	case 1:
		argCat, arg, col = "phone", g.e164(), "phone"
		b = g.js(b, "operationName", "UserByPhone")
		b = g.js(b, "query", "query UserByPhone($v: String!) { users(where: {phone: {_eq: $v}}) { id } }")
	default:
		argCat, arg, col = "name", l, "last_name"
		b = g.js(b, "operationName", "SearchCustomers")
		b = g.js(b, "query", "query SearchCustomers($v: String!) { customers(where: {last_name: {_ilike: $v}}) { id } }")
	}
	b = jo(b, "variables")
	b = g.jp(b, "v", argCat, arg)
	b = append(b, "}}"...)
	b = jo(b, "generated_sql")
	b = jo(b, "profile")
	b = ja(b, "prepared_arguments")
	uid := g.uuid()
	g.keepAt("uuid", uid)
	b = append(b, `"{\"x-hasura-role\":\"user\",\"x-hasura-user-id\":\"`+uid+`\"}",`...)
	b = append(b, '"')
	b = append(b, jsonEsc(arg)...)
	b = append(b, `"]`...)
	b = g.js(b, "query", `SELECT coalesce(json_agg("root"), '[]') AS "root" FROM (SELECT "public"."users"."id" AS "id" FROM "public"."users" WHERE (("public"."users"."`+col+`") = (($2)::text))) AS "root"`)
	b = append(b, "}}}}"...)
	return Record{Line: b}
}

// pinoGraphQL is a Node service's pino line for a GraphQL operation,
// its variables JSON.stringify'd into one string member.
func (g *gen) pinoGraphQL() Record {
	b := make([]byte, 0, 900)
	b = append(b, '{')
	b = jn(b, "level", "30")
	ms := strconv.FormatInt(g.now.UnixMilli(), 10)
	b = g.jnk(b, "time", "epoch", ms)
	pid := g.num(1, 90)
	b = g.jnk(b, "pid", "counter", pid)
	b = g.js(b, "hostname", "api-"+g.hexID(5)+"-"+g.chars(5, lowerNum))
	b = g.jk(b, "reqId", "requestid", "req-"+g.chars(4, lowerNum))
	b = g.js(b, "msg", "graphql operation")
	f, l := g.name()
	email := g.email(f, l)
	var op string
	var vars []byte // the variables object as JSON
	switch g.rng.IntN(5) {
	case 0:
		op = "SignIn"
		pw := g.password()
		vars = append(vars, `{"email":"`+email+`","password":"`...)
		vars = append(vars, jsonEsc(pw)...)
		vars = append(vars, `"}`...)
		g.plantAt("email", email)
		g.plantAt("secret", pw, jsonEsc(jsonEsc(pw)))
	case 1:
		op = "UpdateProfile"
		ph := g.phone()
		st := g.street()
		vars = append(vars, `{"input":{"firstName":"`+jsonEsc(f)+`","lastName":"`+jsonEsc(l)+`","phone":"`+ph+`","address":{"line1":"`+jsonEsc(st)+`","city":"Leeds"}}}`...)
		g.plantAt("name", f, jsonEsc(jsonEsc(f)))
		g.plantAt("name", l, jsonEsc(jsonEsc(l)))
		g.plantAt("phone", ph)
		g.plantAt("address", st, jsonEsc(jsonEsc(st)))
	case 2:
		op = "ConnectIntegration"
		tok := g.webToken()
		vars = append(vars, `{"provider":"`+pick(g, []string{"slack", "github", "google", "stripe"})+`","accessToken":"`+tok+`"}`...)
		g.plantAt("vendor_token", tok)
	case 3:
		op = "InviteMember"
		f2, l2 := g.name()
		inv := g.email(f2, l2)
		vars = append(vars, `{"teamId":"`+g.uuid()+`","email":"`+inv+`","role":"EDITOR"}`...)
		g.plantAt("email", inv)
	default:
		op = "Orders"
		n := g.num(10, 50)
		vars = append(vars, `{"first":`+n+`,"after":null,"status":"OPEN"}`...)
	}
	b = g.js(b, "operationName", op)
	b = g.js(b, "variables", string(vars))
	user, ucat := g.webUser()
	if ucat != "account" {
		b = g.jp(b, "user", ucat, user)
	}
	b = g.jnk(b, "responseTime", "duration", g.num(3, 900))
	return Record{Line: append(b, '}')}
}

// monologJSON is a Laravel application's line through Monolog's
// JsonFormatter, with the WebProcessor's extra.
func (g *gen) monologJSON() Record {
	b := make([]byte, 0, 1600)
	b = append(b, '{')
	f, l := g.name()
	email := g.email(f, l)
	level, levelName := "200", "INFO"
	var msg string
	ctx := make([]byte, 0, 800)
	ctx = append(ctx, '{')
	switch g.rng.IntN(6) {
	case 0:
		msg = "User logged in"
		ctx = g.jnk(ctx, "user_id", "counter", g.num(10, 99999))
		ctx = g.jp(ctx, "email", "email", email)
		ip, cat := g.clientIP()
		ctx = g.jp(ctx, "ip", cat, ip)
	case 1:
		msg = "HTTP request sent"
		tok := g.webToken()
		ctx = g.js(ctx, "method", "POST")
		ctx = g.js(ctx, "url", pick(g, []string{"https://api.stripe.com/v1/customers", "https://slack.com/api/chat.postMessage", "https://api.github.com/repos/acme-corp/infra/issues"}))
		ctx = jo(ctx, "headers")
		ctx = ja(ctx, "Authorization")
		ctx = append(ctx, `"Bearer `...)
		ctx = g.plant(ctx, "vendor_token", tok, "")
		ctx = append(ctx, `"]`...)
		ctx = append(jkey(ctx, "Content-Type"), `["application/x-www-form-urlencoded"]`...)
		ctx = append(ctx, '}')
		encE := pctEnc(email, true, false)
		encN := pctEnc(f+" "+l, true, false)
		g.plantAt("email", email, encE)
		g.plantAt("name", f+" "+l, jsonEsc(encN))
		ctx = g.js(ctx, "body", "email="+encE+"&name="+encN+"&metadata%5Bplan%5D=team")
	case 2:
		level, levelName = "400", "ERROR"
		u, path := g.chatWebhook()
		g.plantAt("vendor_token", path)
		msg = "Failed to send notification"
		ctx = jo(ctx, "exception")
		ctx = g.js(ctx, "class", `GuzzleHttp\Exception\ClientException`)
		ctx = g.js(ctx, "message", "Client error: `POST "+u+"` resulted in a `404 Not Found` response:\nno_service\n")
		ctx = jn(ctx, "code", "404")
		ctx = g.js(ctx, "file", "/var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113")
		ctx = append(ctx, '}')
	case 3:
		msg = "updated"
		f2, l2 := g.name()
		old := g.email(f2, l2)
		ctx = g.js(ctx, "log_name", "default")
		ctx = g.js(ctx, "subject_type", `App\Models\User`)
		ctx = g.jnk(ctx, "subject_id", "counter", g.num(10, 99999))
		ctx = g.js(ctx, "causer_type", `App\Models\User`)
		ctx = g.jnk(ctx, "causer_id", "counter", g.num(1, 99))
		ctx = jo(ctx, "properties")
		ctx = jo(ctx, "attributes")
		ctx = g.jp(ctx, "name", "name", f+" "+l)
		ctx = g.jp(ctx, "email", "email", email)
		ph := g.phone()
		ctx = g.jp(ctx, "phone", "phone", ph)
		ctx = append(ctx, '}')
		ctx = jo(ctx, "old")
		ctx = g.jp(ctx, "name", "name", f2+" "+l2)
		ctx = g.jp(ctx, "email", "email", old)
		ctx = append(ctx, "}}"...)
	case 4:
		msg = "Setting changed"
		switch g.rng.IntN(4) {
		case 0:
			ctx = g.js(ctx, "key", "billing.contact_email")
			ctx = g.jp(ctx, "value", "email", email)
		case 1:
			ctx = g.js(ctx, "key", "support.phone")
			ctx = g.jp(ctx, "value", "phone", g.phone())
		case 2:
			ctx = g.js(ctx, "key", "mail.mailers.smtp.password")
			ctx = g.jp(ctx, "value", "secret", g.password())
		default:
			ctx = g.js(ctx, "key", "app.timezone")
			ctx = g.jk(ctx, "value", "setting", "Europe/Berlin")
		}
		ctx = g.jnk(ctx, "changed_by", "counter", g.num(1, 99))
	default:
		level, levelName = "300", "WARNING"
		msg = "Validation failed"
		ctx = jo(ctx, "errors")
		ctx = append(jkey(ctx, "phone"), `["The phone field format is invalid."]`...)
		ctx = append(ctx, '}')
		ctx = jo(ctx, "input")
		ctx = g.jp(ctx, "name", "name", f+" "+l)
		ctx = g.jp(ctx, "phone", "phone", g.phone())
		ctx = g.jp(ctx, "address_line_1", "address", g.street())
		ctx = append(ctx, '}')
	}
	ctx = append(ctx, '}')
	b = g.js(b, "message", msg)
	b = append(jkey(b, "context"), ctx...)
	b = jn(b, "level", level)
	b = g.js(b, "level_name", levelName)
	b = g.js(b, "channel", "production")
	b = g.jk(b, "datetime", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000+00:00"))
	b = jo(b, "extra")
	path := pick(g, []string{"/login", "/settings/profile", "/admin/settings", "/api/notify"})
	if g.pct(30) {
		enc := pctEnc(email, false, false)
		g.plantAt("email", email, jsonEsc(enc))
		path += "?email=" + enc
	}
	b = g.js(b, "url", path)
	ip, cat := g.clientIP()
	b = g.jp(b, "ip", cat, ip)
	b = g.js(b, "http_method", pick(g, []string{"GET", "POST"}))
	b = g.js(b, "server", "app.example.com")
	b = append(jkey(b, "referrer"), "null"...)
	b = g.jk(b, "unique_id", "requestid", g.hexID(7))
	b = append(b, '}')
	return Record{Line: append(b, '}')}
}

// fbParam writes one element of event_params or user_properties: the key
// and its value object.
func (g *gen) fbParam(b []byte, key, typ string, l label, cat, val string, setMicros string) []byte {
	b = jo(b, "")
	b = g.js(b, "key", key)
	b = jo(b, "value")
	if typ == "string_value" {
		b = g.jf(b, typ, l, cat, val, nil)
	} else if typ == "int_value" {
		// INT64 columns are JSON strings in the export.
		b = g.jf(b, typ, l, cat, val, nil)
	} else {
		b = jn(b, typ, val)
	}
	if setMicros != "" {
		b = g.jk(b, "set_timestamp_micros", "epoch", setMicros)
	}
	return append(b, "}}"...)
}

// firebaseBQ is one row of Firebase Analytics' BigQuery export
// (events_YYYYMMDD) as JSON lines, INT64 columns as strings as BigQuery's
// JSON export writes them.
func (g *gen) firebaseBQ() Record {
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = g.js(b, "event_date", g.now.UTC().Format("20060102"))
	us := strconv.FormatInt(g.now.UnixMicro(), 10)
	b = g.jk(b, "event_timestamp", "epoch", us)
	ev := pick(g, []string{"screen_view", "login", "purchase", "sign_up", "share"})
	b = g.js(b, "event_name", ev)
	b = ja(b, "event_params")
	sess := strconv.FormatInt(g.now.Add(-time.Duration(g.rng.IntN(1800))*time.Second).Unix(), 10)
	b = g.fbParam(b, "ga_session_id", "int_value", kept, "epoch", sess, "")
	b = g.fbParam(b, "engagement_time_msec", "int_value", kept, "duration", g.num(100, 99999), "")
	f, l := g.name()
	email := g.email(f, l)
	switch ev {
	case "screen_view":
		b = g.fbParam(b, "firebase_screen_class", "string_value", plain, "", pick(g, []string{"CheckoutActivity", "ProfileViewController", "MainActivity"}), "")
		b = g.fbParam(b, "firebase_screen_id", "int_value", kept, "counter", "-"+g.digits(18), "")
	case "login", "sign_up":
		b = g.fbParam(b, "method", "string_value", plain, "", pick(g, []string{"google.com", "password", "apple.com"}), "")
		b = g.fbParam(b, "email", "string_value", planted, "email", email, "")
	case "purchase":
		b = g.fbParam(b, "transaction_id", "string_value", kept, "orderid", "T-"+g.num(100000, 999999), "")
		b = g.fbParam(b, "value", "double_value", plain, "", g.num(5, 300)+".99", "")
		b = g.fbParam(b, "shipping_phone", "string_value", planted, "phone", g.phone(), "")
	default:
		b = g.fbParam(b, "content_type", "string_value", plain, "", "referral", "")
		f2, l2 := g.name()
		b = g.fbParam(b, "invitee_email", "string_value", planted, "email", g.email(f2, l2), "")
	}
	b = append(b, ']')
	b = g.jk(b, "event_previous_timestamp", "epoch", strconv.FormatInt(g.now.Add(-time.Duration(1+g.rng.IntN(99999))*time.Millisecond).UnixMicro(), 10))
	b = g.jk(b, "event_bundle_sequence_id", "counter", g.num(1, 9999))
	switch g.rng.IntN(3) {
	case 0:
		b = g.jp(b, "user_id", "email", email)
	case 1:
		b = g.jk(b, "user_id", "counter", g.num(100000, 9999999))
	default:
		b = append(jkey(b, "user_id"), "null"...)
	}
	b = g.jp(b, "user_pseudo_id", "secret", g.hexID(32))
	b = ja(b, "user_properties")
	set := strconv.FormatInt(g.now.Add(-time.Duration(g.rng.IntN(90*24))*time.Hour).UnixMicro(), 10)
	first := strconv.FormatInt(g.now.Add(-time.Duration(100+g.rng.IntN(900))*24*time.Hour).Truncate(time.Hour).UnixMilli(), 10)
	b = g.fbParam(b, "first_open_time", "int_value", kept, "epoch", first, set)
	b = g.fbParam(b, "plan", "string_value", plain, "", pick(g, []string{"free", "pro"}), set)
	if g.pct(60) {
		b = g.fbParam(b, "user_email", "string_value", planted, "email", email, set)
	}
	if g.pct(40) {
		b = g.fbParam(b, "full_name", "string_value", planted, "name", f+" "+l, set)
	}
	b = append(b, ']')
	b = g.jk(b, "user_first_touch_timestamp", "epoch", first+"000")
	b = jo(b, "device")
	b = g.js(b, "category", "mobile")
	ios := g.pct(45)
	if ios {
		b = g.js(b, "mobile_brand_name", "Apple")
		b = g.js(b, "mobile_model_name", "iPhone")
		b = g.js(b, "operating_system", "iOS")
		b = g.js(b, "operating_system_version", "iOS 18.1")
		b = g.jp(b, "vendor_id", "device_id", strings.ToUpper(g.uuid()))
		if g.pct(30) {
			b = g.jp(b, "advertising_id", "device_id", strings.ToUpper(g.uuid()))
		} else {
			b = g.jk(b, "advertising_id", "uuid", "00000000-0000-0000-0000-000000000000")
		}
	} else {
		b = g.js(b, "mobile_brand_name", "Samsung")
		b = g.js(b, "mobile_model_name", "SM-S921B")
		b = g.js(b, "operating_system", "Android")
		b = g.js(b, "operating_system_version", "Android 14")
		b = append(jkey(b, "vendor_id"), "null"...)
		b = g.jp(b, "advertising_id", "device_id", g.uuid())
	}
	b = g.js(b, "language", "en-gb")
	b = g.js(b, "is_limited_ad_tracking", "No")
	b = g.js(b, "time_zone_offset_seconds", "3600")
	b = append(b, '}')
	b = jo(b, "geo")
	b = g.js(b, "city", pick(g, []string{"Leeds", "Berlin", "Lviv"}))
	b = g.js(b, "country", pick(g, []string{"United Kingdom", "Germany", "Ukraine"}))
	b = g.js(b, "continent", "Europe")
	b = append(b, '}')
	b = jo(b, "app_info")
	b = g.js(b, "id", "com.example.shop")
	b = g.jk(b, "version", "version", "4."+g.num(0, 20)+"."+g.num(0, 9))
	b = g.js(b, "firebase_app_id", "1:"+g.digits(12)+":android:"+g.hexID(16))
	b = g.js(b, "install_source", "com.android.vending")
	b = append(b, '}')
	b = g.jk(b, "stream_id", "counter", g.digits(10))
	if ios {
		b = g.js(b, "platform", "IOS")
	} else {
		b = g.js(b, "platform", "ANDROID")
	}
	return Record{Line: append(b, '}')}
}

// entraAuditJSON is a Microsoft Entra ID audit log item (Microsoft Graph
// directoryAudit: activityDisplayName, category, initiatedBy.user or .app,
// targetResources[] with modifiedProperties[] of displayName, oldValue
// and newValue, each value a JSON text in a string; additionalDetails[]
// of key/value pairs), one item a line as the Graph API returns it in
// even streams, wrapped as diagnostic settings export it (time,
// resourceId, operationName, category AuditLogs, properties) in odd
// ones.
func (g *gen) entraAuditJSON(st *streamState) Record {
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	t := g.now.UTC().Format("2006-01-02T15:04:05.0000000Z")
	corr := g.uuid()
	f, l := g.name()
	upn := strings.ToLower(ascii(f)) + "." + strings.ToLower(ascii(l)) + "@contoso.example.com"
	af, al := g.name()
	admin := strings.ToLower(ascii(af)) + "." + strings.ToLower(ascii(al)) + "@contoso.example.com"
	kind := g.rng.IntN(5)
	activity := []string{"Update user", "Add member to group", "Invite external user", "Reset user password", "Add user"}[kind]
	wrapped := st.variant%2 == 1
	if wrapped {
		b = g.jk(b, "time", "timestamp", t)
		b = g.js(b, "resourceId", "/tenants/"+g.uuid()+"/providers/Microsoft.aadiam")
		b = g.jk(b, "operationName", "lookalike", activity)
		b = g.js(b, "operationVersion", "1.0")
		b = g.js(b, "category", "AuditLogs")
		b = g.js(b, "resultSignature", "None")
		b = jn(b, "durationMs", "0")
		b = g.js(b, "callerIpAddress", "<null>")
		b = g.jk(b, "correlationId", "uuid", corr)
		b = g.jp(b, "identity", "name", af+" "+al)
		b = jn(b, "Level", "4")
		b = jo(b, "properties")
	}
	b = g.jk(b, "id", "requestid", "Directory_"+corr+"_"+g.chars(5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")+"_"+g.digits(9))
	b = g.js(b, "category", map[bool]string{true: "GroupManagement", false: "UserManagement"}[kind == 1])
	b = g.jk(b, "correlationId", "uuid", corr)
	b = g.js(b, "result", "success")
	b = g.js(b, "resultReason", "")
	b = g.jk(b, "activityDisplayName", "lookalike", activity)
	b = g.jk(b, "activityDateTime", "timestamp", t)
	b = g.js(b, "loggedByService", map[bool]string{true: "Invited Users", false: "Core Directory"}[kind == 2])
	b = g.js(b, "operationType", map[bool]string{true: "Add", false: "Update"}[kind == 1 || kind == 2 || kind == 4])
	b = jo(b, "initiatedBy")
	if g.pct(80) {
		b = jo(b, "user")
		b = g.jk(b, "id", "uuid", g.uuid())
		b = g.jp(b, "displayName", "name", af+" "+al)
		b = g.jp(b, "userPrincipalName", "email", admin)
		ip, cat := g.clientIP()
		b = g.jp(b, "ipAddress", cat, ip)
		b = append(jkey(b, "roles"), "[]"...)
		b = append(b, '}')
	} else {
		b = jo(b, "app")
		b = g.jk(b, "appId", "uuid", g.uuid())
		b = g.js(b, "displayName", pick(g, []string{"Microsoft Azure AD Connect", "Workday to Entra ID provisioning", "Microsoft Graph PowerShell"}))
		b = g.jk(b, "servicePrincipalId", "uuid", g.uuid())
		b = append(jkey(b, "servicePrincipalName"), "null"...)
		b = append(b, '}')
	}
	b = append(b, '}')
	b = ja(b, "targetResources")
	b = jo(b, "")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.jp(b, "displayName", "name", f+" "+l)
	b = g.js(b, "type", "User")
	if kind == 2 {
		em := g.email(f, l)
		ext := strings.Replace(em, "@", "_", 1)
		g.plantAt("email", ext)
		b = g.js(b, "userPrincipalName", ext+"#EXT#@contoso.onmicrosoft.com")
	} else {
		b = g.jp(b, "userPrincipalName", "email", upn)
	}
	b = ja(b, "modifiedProperties")
	mp := func(name, old, new string) {
		b = jo(b, "")
		b = g.jk(b, "displayName", "lookalike", name)
		if old == "" {
			b = append(jkey(b, "oldValue"), "null"...)
		} else {
			b = g.js(b, "oldValue", old)
		}
		b = g.js(b, "newValue", new)
		b = append(b, '}')
	}
	// jarr is a modified property's value: a JSON array of strings.
	jarr := func(cat, v string) string {
		if cat != "" {
			g.plantAt(cat, v, jsonEsc(jsonEsc(v)))
		}
		return `["` + jsonEsc(v) + `"]`
	}
	switch kind {
	case 0:
		var names []string
		if g.pct(60) {
			ph := g.e164()
			mp("TelephoneNumber", "[]", jarr("phone", ph))
			names = append(names, "TelephoneNumber")
		}
		if g.pct(50) {
			ph := g.e164()
			g.plantAt("phone", ph)
			mp("StrongAuthenticationUserDetails", "[]", `[{"PhoneNumber":"`+ph+`","AlternativePhoneNumber":null,"Email":null,"VoiceOnlyPhoneNumber":null}]`)
			names = append(names, "StrongAuthenticationUserDetails")
		}
		f2, l2 := g.name()
		mp("DisplayName", jarr("name", f2+" "+l2), jarr("", f+" "+l))
		mp("Surname", jarr("name", l2), jarr("", l))
		names = append(names, "DisplayName", "Surname")
		if g.pct(50) {
			mp("StreetAddress", "[]", jarr("address", g.street()))
			names = append(names, "StreetAddress")
		}
		mp("Included Updated Properties", "", `"`+strings.Join(names, ", ")+`"`)
	case 1:
		// The user is the target; the group rides in modifiedProperties.
		mp("Group.ObjectID", "", `"`+g.uuid()+`"`)
		mp("Group.DisplayName", "", `"`+pick(g, []string{"Finance", "VPN Users", "sg-aws-admins"})+`"`)
	case 2:
		// nothing modified: the invitation's address is in additionalDetails
	case 3:
		mp("Included Updated Properties", "", `""`)
	default:
		mp("AccountEnabled", "[]", "[true]")
		mp("Mail", "[]", jarr("email", upn))
		mp("GivenName", "[]", jarr("name", f))
		mp("UserPrincipalName", "[]", jarr("email", upn))
		if g.pct(50) {
			mp("Mobile", "[]", jarr("phone", g.e164()))
		}
	}
	b = append(b, ']')
	b = append(jkey(b, "administrativeUnits"), "[]"...)
	b = append(b, "}]"...)
	b = ja(b, "additionalDetails")
	kv := func(k string, l label, cat, v string) {
		b = jo(b, "")
		b = g.js(b, "key", k)
		b = g.jf(b, "value", l, cat, v, nil)
		b = append(b, '}')
	}
	switch kind {
	case 2:
		kv("invitedUserEmailAddress", planted, "email", g.email(f, l))
		kv("UserType", plain, "", "Guest")
	case 4:
		kv("UserType", plain, "", "Member")
	default:
		ua, _ := g.ua()
		kv("User-Agent", plain, "", ua)
	}
	b = append(b, ']')
	if wrapped {
		b = append(b, '}')
	}
	return Record{Line: append(b, '}')}
}

// apmTransaction is an Elastic APM transaction: in even streams the
// document APM Server stores (ECS fields: @timestamp, agent, client.ip,
// source.ip, http.request with headers, cookies and body.original,
// transaction, trace, url, user, user_agent, labels), in odd ones the
// agent's intake v2 NDJSON event (transaction.context.request with
// socket.remote_address, headers, cookies, body; context.user;
// context.tags).
func (g *gen) apmTransaction(st *streamState) Record {
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	f, l := g.name()
	email := g.email(f, l)
	login := g.personLogin()
	ip, cat := g.clientIP()
	method := pick(g, []string{"GET", "POST"})
	path := pick(g, []string{"/api/orders", "/account/profile", "/login"})
	query := ""
	switch g.rng.IntN(3) {
	case 0:
		enc := pctEnc(email, false, false)
		g.plantAt("email", email, enc)
		query = "email=" + enc
	case 1:
		query = "page=" + g.num(1, 9)
	}
	full := "https://shop.example.com" + path
	if query != "" {
		full += "?" + query
	}
	cname, cval := g.sessionCookie()
	body := ""
	if method == "POST" {
		switch g.rng.IntN(3) {
		case 0:
			pw := g.password()
			body = `{"username":"` + login + `","password":"` + jsonEsc(pw) + `"}`
			g.plantAt("name", login)
			g.plantAt("secret", pw, jsonEsc(jsonEsc(pw)))
		case 1:
			ph := g.phone()
			encP := pctEnc(ph, true, false)
			encE := pctEnc(email, true, false)
			body = "phone=" + encP + "&email=" + encE
			g.plantAt("phone", ph, encP)
			g.plantAt("email", email, encE)
		default:
			body = "[REDACTED]"
			g.keepAt("lookalike", body)
		}
	}
	txID, traceID := g.hexID(16), g.hexID(32)
	dur := g.num(900, 250000)
	userID := g.num(100, 999999)
	var uid func([]byte) []byte = func(b []byte) []byte { return g.jnk(b, "id", "counter", userID) }
	if g.pct(30) {
		uid = func(b []byte) []byte { return g.jp(b, "id", "email", email) }
	}
	if st.variant%2 == 0 {
		b = g.jk(b, "@timestamp", "timestamp", g.isoMilli(g.now))
		b = jo(b, "agent")
		b = g.js(b, "name", pick(g, []string{"java", "nodejs", "python"}))
		b = g.jk(b, "version", "version", "1."+g.num(30, 52)+"."+g.num(0, 9))
		b = append(b, '}')
		b = jo(b, "client")
		b = g.jp(b, "ip", cat, ip)
		b = append(b, '}')
		b = jo(b, "http")
		b = jo(b, "request")
		if body != "" {
			b = jo(b, "body")
			b = g.js(b, "original", body)
			b = append(b, '}')
		}
		b = jo(b, "cookies")
		b = g.jp(b, cname, "secret", cval)
		b = append(b, '}')
		b = jo(b, "headers")
		b = ja(b, "Cookie")
		b = append(b, `"`+cname+`=`...)
		b = append(b, jsonEsc(cval)...)
		b = append(b, `"]`...)
		ua, _ := g.ua()
		b = ja(b, "User-Agent")
		b = append(b, `"`+jsonEsc(ua)+`"]`...)
		if g.pct(40) {
			jwt := g.jwt(email)
			b = ja(b, "Authorization")
			b = append(b, `"Bearer `...)
			b = g.plant(b, "jwt", jwt, "")
			b = append(b, `"]`...)
		}
		b = append(b, '}')
		b = g.js(b, "method", method)
		b = append(b, '}')
		b = jo(b, "response")
		b = g.jnk(b, "status_code", "status", "200")
		b = append(b, "}}"...)
		b = jo(b, "labels")
		b = g.js(b, "tenant", "eu-1")
		if g.pct(40) {
			b = g.jp(b, "customer_email", "email", email)
		}
		b = append(b, '}')
		b = jo(b, "processor")
		b = g.js(b, "event", "transaction")
		b = append(b, '}')
		b = jo(b, "service")
		b = g.js(b, "name", "shop-api")
		b = g.js(b, "environment", "production")
		b = append(b, '}')
		b = jo(b, "source")
		b = g.jp(b, "ip", cat, ip)
		b = append(b, '}')
		b = jo(b, "trace")
		b = g.jk(b, "id", "hash", traceID)
		b = append(b, '}')
		b = jo(b, "transaction")
		b = jo(b, "duration")
		b = g.jnk(b, "us", "duration", dur)
		b = append(b, '}')
		b = g.jk(b, "id", "hash", txID)
		b = g.js(b, "name", method+" "+path)
		b = g.js(b, "result", "HTTP 2xx")
		b = append(jkey(b, "sampled"), "true"...)
		b = g.js(b, "type", "request")
		b = append(b, '}')
		b = jo(b, "url")
		b = g.js(b, "domain", "shop.example.com")
		b = g.js(b, "full", full)
		b = g.js(b, "path", path)
		if query != "" {
			b = g.js(b, "query", query)
		}
		b = jn(b, "port", "443")
		b = g.js(b, "scheme", "https")
		b = append(b, '}')
		b = jo(b, "user")
		b = g.jp(b, "email", "email", email)
		b = uid(b)
		b = g.jp(b, "name", "name", login)
		b = append(b, '}')
		b = jo(b, "user_agent")
		b = g.js(b, "original", ua)
		b = append(b, '}')
		return Record{Line: append(b, '}')}
	}
	b = jo(b, "transaction")
	b = g.jk(b, "id", "hash", txID)
	b = g.jk(b, "trace_id", "hash", traceID)
	b = g.js(b, "name", method+" "+path)
	b = g.js(b, "type", "request")
	b = jn(b, "duration", dur[:len(dur)-3]+"."+dur[len(dur)-3:])
	b = g.js(b, "result", "HTTP 2xx")
	ts := strconv.FormatInt(g.now.UnixMicro(), 10)
	b = g.jnk(b, "timestamp", "epoch", ts)
	b = jo(b, "context")
	b = jo(b, "request")
	b = jo(b, "socket")
	b = g.jp(b, "remote_address", cat, ip)
	b = append(b, '}')
	b = g.js(b, "method", method)
	b = jo(b, "url")
	b = g.js(b, "full", full)
	b = g.js(b, "hostname", "shop.example.com")
	b = g.js(b, "pathname", path)
	if query != "" {
		b = g.js(b, "search", "?"+query)
	}
	b = append(b, '}')
	b = jo(b, "headers")
	b = g.js(b, "cookie", cname+"="+cval)
	g.plantAt("secret", cval, jsonEsc(cval))
	b = g.js(b, "host", "shop.example.com")
	if g.pct(40) {
		b = g.js(b, "authorization", "token "+g.webTokenPlant())
	}
	b = append(b, '}')
	b = jo(b, "cookies")
	b = g.jp(b, cname, "secret", cval)
	b = append(b, '}')
	if body != "" {
		b = g.js(b, "body", body)
	}
	b = append(b, '}')
	b = jo(b, "response")
	b = jn(b, "status_code", "200")
	b = append(b, '}')
	b = jo(b, "user")
	b = uid(b)
	b = g.jp(b, "email", "email", email)
	b = g.jp(b, "username", "name", login)
	b = append(b, '}')
	b = jo(b, "tags")
	b = g.js(b, "plan", "pro")
	if g.pct(40) {
		b = g.jp(b, "phone", "phone", g.phone())
	}
	b = append(b, "}}"...)
	b = append(jkey(b, "sampled"), "true"...)
	b = jo(b, "span_count")
	b = jn(b, "started", g.num(1, 12))
	b = append(b, "}}"...)
	return Record{Line: append(b, '}')}
}

// webTokenPlant returns a vendor token and plants it.
func (g *gen) webTokenPlant() string {
	tok := g.webToken()
	g.plantAt("vendor_token", tok)
	return tok
}
