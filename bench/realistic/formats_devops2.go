package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Three families of the logs a platform team archives:
//
//   - gitlab_logs: GitLab's structured logs (Administer > Monitoring > Log
//     system): production_json.log (Rails requests: method, path, params as
//     an array of {key, value} with secrets [FILTERED], remote_ip, user_id,
//     username, ua, correlation_id, meta.user, meta.project,
//     meta.root_namespace), api_json.log (Grape: route, token_type,
//     meta.caller_id), audit_json.log (author_name, entity_path,
//     target_details, ip_address, failed_login) and the bundled nginx's
//     gitlab_access.log (log_format gitlab_access: $filtered_request_uri,
//     $remote_user, $gzip_ratio).
//   - atlassian_logs: Jira's access log (the documented pattern %a
//     %{jira.request.id}r %{jira.request.username}r %t "%m %U%q %H" %s %b
//     %D "%{Referer}i" "%{User-Agent}i" "%{jira.request.assession.id}r"),
//     atlassian-jira-security.log (login and HttpSession lines),
//     Confluence's conf_access_log (%t %{X-AUSERNAME}o %I %h %r %s %Dms %b
//     %{Referer}i %{User-Agent}i), the Jira Cloud audit records REST API
//     (records[]: authorKey, authorAccountId, remoteAddress, objectItem,
//     changedValues), Confluence's audit REST API (author.displayName,
//     author.username, affectedObject, changedValues) and the Slack Audit
//     Logs API's entries.
//   - argo_terraform: Argo CD's server and application controller logs
//     (logrus text: time="…" level=info msg="…" key=value, gRPC
//     interceptor fields grpc.method, grpc.service, grpc.time_ms,
//     grpc.request.claims with the OIDC claims), Atlantis's JSON log lines,
//     terraform plan output as a CI job prints it (attributes with e-mail
//     addresses and tokens, (sensitive value) where a variable is marked
//     sensitive) and terraform plan -json's machine-readable UI messages,
//     and Teleport's Kubernetes audit events (kube.request, exec with
//     kubernetes_users, kubernetes_groups, addr.remote).
//
// A personal namespace (/jane.doe/project, the user's login as the first
// path segment) carries the login: planted wherever it is written (path,
// params, meta.project, entity_path, the percent-encoded project id of the
// API); a group's namespace (/infra/api) is a look-alike. Correlation ids,
// Jira request ids (minute x count x concurrency), the access log's
// assession id (a hash of the session, used only to tie log lines
// together), commit SHAs, pipeline ids, durations, versions and resource
// names are kept.

var gitlabGroups = []string{"infra/api", "platform/runner-images", "web/storefront", "data/etl-jobs", "security/scanners"}

var gitlabProjects = []string{"dotfiles", "sandbox", "notes", "terraform-lab", "blog"}

// gitlabLogin returns a GitLab username made from a person's name.
func (g *gen) gitlabLogin() string {
	f, l := g.name()
	f, l = strings.ToLower(ascii(f)), strings.ToLower(ascii(l))
	switch g.rng.IntN(4) {
	case 0:
		return f + "." + l
	case 1:
		return f[:1] + l
	case 2:
		return f + "-" + l
	}
	return f + "_" + l
}

// correlationID returns a GitLab correlation id: a ULID (26 Crockford
// base32 characters) as Labkit makes them.
func (g *gen) correlationID() string {
	return "01" + g.chars(24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
}

// gitlabProject returns a project path: a user's personal namespace
// (login labelled by the caller) or a group's. person says which.
func (g *gen) gitlabProject() (login, path string, person bool) {
	if g.pct(50) {
		login = g.gitlabLogin()
		return login, login + "/" + pick(g, gitlabProjects), true
	}
	return "", pick(g, gitlabGroups), false
}

// gitlabLogs is the gitlab_logs format: one log file a stream.
func (g *gen) gitlabLogs(st *streamState) Record {
	switch st.variant % 4 {
	case 0:
		return g.gitlabProduction()
	case 1:
		return g.gitlabAPI()
	case 2:
		return g.gitlabAuditLog()
	}
	return g.gitlabAccess()
}

func (g *gen) gitlabTime() string { return g.now.UTC().Format("2006-01-02T15:04:05.000Z") }

// gitlabTail writes the timing and correlation members that end a
// request's line.
func (g *gen) gitlabTail(b []byte) []byte {
	b = g.keep(jkey(b, "queue_duration_s"), "duration", "0.0"+g.digits(2), "")
	b = g.jk(b, "correlation_id", "requestid", g.correlationID())
	b = g.keep(jkey(b, "db_count"), "counter", g.num(1, 80), "")
	b = g.keep(jkey(b, "db_duration_s"), "duration", "0.0"+g.digits(3), "")
	b = g.keep(jkey(b, "view_duration_s"), "duration", "0."+g.digits(3), "")
	b = g.keep(jkey(b, "duration_s"), "duration", "0."+g.digits(5), "")
	b = g.js(b, "cpu_s", "0."+g.digits(6))
	return append(b, '}')
}

// gitlabUser writes user_id, username and ua (a person signed in, or
// nobody).
func (g *gen) gitlabUser(b []byte, login string) []byte {
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	if login == "" {
		b = jn(b, "user_id", "null")
		b = jn(b, "username", "null")
	} else {
		b = g.keep(jkey(b, "user_id"), "counter", g.num(2, 9999), "")
		b = g.jp(b, "username", "name", login)
	}
	return g.js(b, "ua", ua)
}

// gitlabProduction is a line of production_json.log.
func (g *gen) gitlabProduction() Record {
	b := make([]byte, 0, 900)
	ip, cat := g.clientIP()
	actor := g.gitlabLogin()
	owner, proj, person := g.gitlabProject()
	ns, name, _ := strings.Cut(proj, "/")
	b = append(b, '{')
	switch g.rng.IntN(3) {
	case 0:
		// sign-in: the login typed, the password filtered
		b = g.js(b, "method", "POST")
		b = g.js(b, "path", "/users/sign_in")
		b = g.js(b, "format", "html")
		b = g.js(b, "controller", "SessionsController")
		b = g.js(b, "action", "create")
		b = g.keep(jkey(b, "status"), "status", "302", "")
		b = g.jk(b, "time", "timestamp", g.gitlabTime())
		b = ja(b, "params")
		b = append(b, `{"key":"authenticity_token","value":"[FILTERED]"},{"key":"user","value":{`...)
		typed := actor
		if g.pct(40) {
			f, l := g.name()
			typed = g.email(f, l)
			b = g.jp(b, "login", "email", typed)
		} else {
			b = g.jp(b, "login", "name", typed)
		}
		b = append(b, `,"password":"[FILTERED]","remember_me":"0"}}]`...)
		b = g.jp(b, "remote_ip", cat, ip)
		b = g.gitlabUser(b, "")
		return Record{Line: g.gitlabTail(b)}
	case 1:
		iid := g.num(1, 900)
		path := "/" + proj + "/-/merge_requests/" + iid
		if person {
			g.plantAt("name", owner)
		} else {
			g.keepAt("path", proj)
		}
		b = g.js(b, "method", "GET")
		b = g.js(b, "path", path)
		b = g.js(b, "format", "html")
		b = g.js(b, "controller", "Projects::MergeRequestsController")
		b = g.js(b, "action", "show")
		b = g.keep(jkey(b, "status"), "status", "200", "")
		b = g.jk(b, "time", "timestamp", g.gitlabTime())
		b = ja(b, "params")
		b = append(b, `{"key":"namespace_id","value":"`+ns+`"},{"key":"project_id","value":"`+name+`"},{"key":"id","value":"`+iid+`"}]`...)
	default:
		sha := g.hexID(40)
		g.keepAt("hash", sha)
		if person {
			g.plantAt("name", owner)
		} else {
			g.keepAt("path", proj)
		}
		b = g.js(b, "method", "GET")
		b = g.js(b, "path", "/"+proj+"/-/commit/"+sha)
		b = g.js(b, "format", "html")
		b = g.js(b, "controller", "Projects::CommitController")
		b = g.js(b, "action", "show")
		b = g.keep(jkey(b, "status"), "status", "200", "")
		b = g.jk(b, "time", "timestamp", g.gitlabTime())
		b = ja(b, "params")
		b = append(b, `{"key":"namespace_id","value":"`+ns+`"},{"key":"project_id","value":"`+name+`"},{"key":"id","value":"`+sha+`"}]`...)
	}
	b = g.jp(b, "remote_ip", cat, ip)
	b = g.gitlabUser(b, actor)
	b = g.jp(b, "meta.user", "name", actor)
	b = g.js(b, "meta.project", proj)
	b = g.js(b, "meta.root_namespace", ns)
	b = g.js(b, "meta.caller_id", "Projects::MergeRequestsController#show")
	b = g.js(b, "meta.feature_category", "code_review_workflow")
	return Record{Line: g.gitlabTail(b)}
}

// gitlabAPI is a line of api_json.log: the project id percent-encoded in
// the path when it is given as a path.
func (g *gen) gitlabAPI() Record {
	b := make([]byte, 0, 900)
	ip, cat := g.clientIP()
	actor := g.gitlabLogin()
	owner, proj, person := g.gitlabProject()
	enc := strings.ReplaceAll(proj, "/", "%2F")
	if person {
		g.plantAt("name", owner)
	} else {
		g.keepAt("path", proj, enc)
	}
	b = append(b, '{')
	b = g.jk(b, "time", "timestamp", g.gitlabTime())
	b = g.js(b, "severity", "INFO")
	b = g.keep(jkey(b, "duration_s"), "duration", "0.0"+g.digits(4), "")
	b = g.keep(jkey(b, "status"), "status", "200", "")
	var route string
	switch g.rng.IntN(3) {
	case 0:
		pid := g.num(100000, 999999999)
		b = g.js(b, "method", "GET")
		g.keepAt("counter", pid, "/pipelines/"+pid+`"`)
		b = append(jkey(b, "path"), `"/api/v4/projects/`+enc+`/pipelines/`+pid+`"`...)
		route = "/api/:version/projects/:id/pipelines/:pipeline_id"
		b = ja(b, "params")
		b = append(b, `{"key":"private_token","value":"[FILTERED]"}]`...)
	case 1:
		sha := g.hexID(40)
		b = g.js(b, "method", "GET")
		g.keepAt("hash", sha)
		b = append(jkey(b, "path"), `"/api/v4/projects/`+enc+`/repository/commits/`+sha+`"`...)
		route = "/api/:version/projects/:id/repository/commits/:sha"
		b = ja(b, "params")
		b = append(b, `{"key":"stats","value":"true"}]`...)
	default:
		b = g.js(b, "method", "POST")
		b = g.js(b, "path", "/api/v4/projects/"+enc+"/issues")
		route = "/api/:version/projects/:id/issues"
		f, l := g.name()
		e := g.email(f, l)
		b = ja(b, "params")
		b = append(b, `{"key":"title","value":"Access request from `...)
		g.plantAt("email", e, jsonEsc(e))
		b = append(b, jsonEsc(e)...)
		b = append(b, `"},{"key":"labels","value":"access"}]`...)
	}
	b = g.js(b, "host", "gitlab.example.com")
	b = g.jp(b, "remote_ip", cat, ip)
	b = g.gitlabUser(b, actor)
	b = g.js(b, "route", route)
	b = g.js(b, "token_type", pick(g, []string{"PersonalAccessToken", "OauthAccessToken", "CiJobToken"}))
	b = g.keep(jkey(b, "token_id"), "counter", g.num(1, 99999), "")
	b = g.jp(b, "meta.user", "name", actor)
	b = g.js(b, "meta.project", proj)
	b = g.js(b, "meta.caller_id", "GET "+route)
	b = append(b, `,"api_error":[]`...)
	return Record{Line: g.gitlabTail(b)}
}

// gitlabAuditLog is a line of audit_json.log.
func (g *gen) gitlabAuditLog() Record {
	b := make([]byte, 0, 600)
	ip, cat := g.clientIP()
	f, l := g.name()
	b = append(b, '{')
	b = g.js(b, "severity", "INFO")
	b = g.jk(b, "time", "timestamp", g.gitlabTime())
	b = g.jk(b, "correlation_id", "requestid", g.correlationID())
	switch g.rng.IntN(3) {
	case 0:
		// failed sign-in: the author is the login typed
		login := g.gitlabLogin()
		b = jn(b, "author_id", "-1")
		b = g.jp(b, "author_name", "name", login)
		b = jn(b, "entity_id", "-1")
		b = g.js(b, "entity_type", "User")
		b = g.js(b, "failed_login", "STANDARD")
		b = g.js(b, "author_class", "Gitlab::Audit::UnauthenticatedAuthor")
		b = jn(b, "target_id", "-1")
		b = g.js(b, "target_type", "User")
		b = g.jp(b, "target_details", "name", login)
		b = g.jp(b, "ip_address", cat, ip)
		b = g.jp(b, "entity_path", "name", login)
	case 1:
		// a member added to a group's project
		f2, l2 := g.name()
		proj := pick(g, gitlabGroups)
		b = g.keep(jkey(b, "author_id"), "counter", g.num(2, 9999), "")
		b = g.jp(b, "author_name", "name", f+" "+l)
		b = g.keep(jkey(b, "entity_id"), "counter", g.num(2, 9999), "")
		b = g.js(b, "entity_type", "Project")
		b = g.js(b, "add", "user_access")
		b = g.js(b, "as", "Developer")
		b = g.js(b, "author_class", "User")
		b = g.keep(jkey(b, "target_id"), "counter", g.num(2, 9999), "")
		b = g.js(b, "target_type", "User")
		b = g.jp(b, "target_details", "name", f2+" "+l2)
		b = g.jp(b, "ip_address", cat, ip)
		b = g.jk(b, "entity_path", "path", proj)
		b = g.js(b, "custom_message", "Added user access as Developer")
	default:
		// visibility change of a personal project
		login := g.gitlabLogin()
		proj := login + "/" + pick(g, gitlabProjects)
		g.plantAt("name", login)
		b = g.keep(jkey(b, "author_id"), "counter", g.num(2, 9999), "")
		b = g.jp(b, "author_name", "name", f+" "+l)
		b = g.keep(jkey(b, "entity_id"), "counter", g.num(2, 9999), "")
		b = g.js(b, "entity_type", "Project")
		b = g.js(b, "change", "visibility")
		b = g.js(b, "from", "Private")
		b = g.js(b, "to", "Public")
		b = g.js(b, "author_class", "User")
		b = g.keep(jkey(b, "target_id"), "counter", g.num(2, 9999), "")
		b = g.js(b, "target_type", "Project")
		b = g.js(b, "target_details", proj)
		b = g.jp(b, "ip_address", cat, ip)
		b = g.js(b, "entity_path", proj)
	}
	return Record{Line: append(b, '}')}
}

// gitlabAccess is a line of the bundled nginx's gitlab_access.log:
// '$remote_addr - $remote_user [$time_local] "$request_method
// $filtered_request_uri $server_protocol" $status $body_bytes_sent
// "$filtered_http_referer" "$http_user_agent" $gzip_ratio'.
func (g *gen) gitlabAccess() Record {
	b := make([]byte, 0, 400)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, " - "...)
	owner, proj, person := g.gitlabProject()
	enc := strings.ReplaceAll(proj, "/", "%2F")
	if person {
		g.plantAt("name", owner)
	}
	var uri, ua string
	switch g.rng.IntN(3) {
	case 0:
		// git over HTTPS: the user of basic authentication
		if g.pct(60) {
			b = g.plant(b, "name", g.gitlabLogin(), "")
		} else {
			b = g.keep(b, "account", pick(g, []string{"gitlab-ci-token", "oauth2"}), "")
		}
		uri = "/" + proj + ".git/info/refs?service=git-upload-pack"
		ua = "git/2." + g.num(30, 47) + ".0"
		g.keepAt("version", strings.TrimPrefix(ua, "git/"))
	case 1:
		b = append(b, '-')
		uri = "/api/v4/projects/" + enc + "/jobs/" + g.num(1000000, 99999999) + "/trace?private_token=[FILTERED]"
		ua = "curl/8.4.0"
	default:
		b = append(b, '-')
		uri = "/" + proj + "/-/blob/main/README.md"
		ua, _ = g.ua()
	}
	if !person {
		form := proj
		if !strings.Contains(uri, proj) {
			form = enc
		}
		g.keepAt("path", proj, form)
	}
	b = append(b, " ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	b = append(b, "] \"GET "+uri+" HTTP/1.1\" "...)
	b = g.keep(b, "status", "200", "")
	b = append(b, ' ')
	b = g.keep(b, "bytes", g.num(200, 90000), "")
	b = append(b, ` "-" "`+ua+`" `...)
	return Record{Line: append(b, pick(g, []string{"-", "3.12", "1.87"})...)}
}

// atlassianLogs is the atlassian_logs format: one log a stream.
func (g *gen) atlassianLogs(st *streamState) Record {
	switch st.variant % 6 {
	case 0:
		return g.jiraAccess()
	case 1:
		return g.jiraSecurity()
	case 2:
		return g.confluenceAccess()
	case 3:
		return g.jiraAuditRecord()
	case 4:
		return g.confluenceAudit()
	}
	f, l := g.name()
	ip, cat := g.clientIP()
	b := append(make([]byte, 0, 700), '{')
	b = g.slackAudit(b, f, l, ip, cat)
	return Record{Line: append(b, '}')}
}

// jiraRequestID returns %{jira.request.id}r: the minute of the day, the
// request counter and the number of concurrent requests, joined by x.
func (g *gen) jiraRequestID() string {
	t := g.now.UTC()
	return strconv.Itoa(t.Hour()*60+t.Minute()) + "x" + g.num(1, 999999) + "x" + g.num(1, 9)
}

// jiraUser writes a Jira username: a person's, a service's, or "-".
func (g *gen) jiraUser(b []byte) []byte {
	switch n := g.rng.IntN(10); {
	case n < 6:
		return g.plant(b, "name", g.personLogin(), "")
	case n < 8:
		f, l := g.name()
		return g.plant(b, "email", g.email(f, l), "")
	case n < 9:
		return g.keep(b, "account", pick(g, []string{"jira-bot", "svc-backup", "automation"}), "")
	}
	return append(b, '-')
}

var jiraPaths = []string{"/rest/api/2/issue/", "/browse/", "/rest/agile/1.0/issue/", "/secure/EditIssue!default.jspa?key="}

// jiraAccess is a line of Jira's access_log.
func (g *gen) jiraAccess() Record {
	b := make([]byte, 0, 400)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, ' ')
	b = g.keep(b, "requestid", g.jiraRequestID(), "")
	b = append(b, ' ')
	b = g.jiraUser(b)
	b = append(b, " ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	key := pick(g, []string{"OPS", "PROJ", "HR", "SEC"}) + "-" + g.num(1, 9999)
	b = append(b, "] \""...)
	switch g.rng.IntN(4) {
	case 0:
		b = append(b, "GET /rest/api/2/search?jql="...)
		f, l := g.name()
		e := g.email(f, l)
		enc := pctEnc("reporter = \""+e+"\"", false, false)
		g.plantAt("email", e, pctEnc(e, false, false))
		b = append(b, enc...)
		b = append(b, "&maxResults=50"...)
	case 1:
		// legacy query-string authentication
		b = append(b, "GET /rest/api/2/issue/"+key+"?os_username="...)
		b = g.plant(b, "name", g.personLogin(), "")
		b = append(b, "&os_password="...)
		pw := g.password()
		b = g.plant(b, "secret", pw, pctEnc(pw, false, false))
	default:
		b = append(b, pick(g, []string{"GET ", "PUT ", "POST "})+pick(g, jiraPaths)+key...)
	}
	b = append(b, " HTTP/1.1\" "...)
	b = g.keep(b, "status", pick(g, []string{"200", "204", "401", "302"}), "")
	b = append(b, ' ')
	b = g.keep(b, "bytes", g.num(100, 90000), "")
	b = append(b, ' ')
	b = g.keep(b, "duration", g.num(2, 4000), "")
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, " \"https://jira.example.com/browse/"+key+"\" \""+ua+"\" \""...)
	b = g.keep(b, "requestid", g.chars(7, lowerNum), "")
	return Record{Line: append(b, '"')}
}

// jiraSecurity is a line of atlassian-jira-security.log.
func (g *gen) jiraSecurity() Record {
	b := make([]byte, 0, 400)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05,000")+"+0000", "")
	b = append(b, " http-nio-8080-exec-"+g.num(1, 60)+" "...)
	login := g.personLogin()
	ip, cat := g.clientIP()
	asid := g.chars(7, lowerNum)
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, "anonymous "...)
		b = g.keep(b, "requestid", g.jiraRequestID(), "")
		b = append(b, " - "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " /login.jsp [c.a.j.security.login.LoginLoggers] login : '"...)
		b = g.plant(b, "name", login, "")
		b = append(b, "' failed to login. Elevated security check is now required."...)
	case 1:
		b = g.plant(b, "name", login, "")
		b = append(b, ' ')
		b = g.keep(b, "requestid", g.jiraRequestID(), "")
		b = append(b, ' ')
		b = g.keep(b, "requestid", asid, "")
		b = append(b, ' ')
		b = g.plant(b, cat, ip, "")
		b = append(b, " /rest/gadget/1.0/login [c.a.j.s.login.event.LoginEventListener] login : '"...)
		b = g.plant(b, "name", login, "")
		b = append(b, "' logged in successfully"...)
	default:
		b = g.plant(b, "name", login, "")
		b = append(b, ' ')
		b = g.keep(b, "requestid", g.jiraRequestID(), "")
		b = append(b, ' ')
		b = g.keep(b, "requestid", asid, "")
		b = append(b, ' ')
		b = g.plant(b, cat, ip, "")
		b = append(b, " /secure/Logout!default.jspa [c.a.j.w.session.currentusers.JiraUserSessionTracker] HttpSession ["...)
		b = g.keep(b, "requestid", asid, "")
		b = append(b, "] destroyed for '"...)
		b = g.plant(b, "name", login, "")
		b = append(b, '\'')
	}
	return Record{Line: b}
}

// confluenceAccess is a line of Confluence's conf_access_log:
// %t %{X-AUSERNAME}o %I %h %r %s %Dms %b %{Referer}i %{User-Agent}i.
func (g *gen) confluenceAccess() Record {
	b := make([]byte, 0, 400)
	b = append(b, '[')
	b = g.keep(b, "timestamp", g.clfTime(), "")
	b = append(b, "] "...)
	b = g.jiraUser(b)
	b = append(b, " http-nio-8090-exec-"+g.num(1, 60)+" "...)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	page := g.num(10000, 99999999)
	b = append(b, " GET "...)
	if g.pct(30) {
		f, l := g.name()
		b = append(b, "/display/~"...)
		b = g.plant(b, "name", strings.ToLower(ascii(f))[:1]+strings.ToLower(ascii(l)), "")
	} else {
		b = g.keep(b, "counter", page, "/pages/viewpage.action?pageId="+page)
	}
	b = append(b, " HTTP/1.1 "...)
	b = g.keep(b, "status", "200", "")
	b = append(b, ' ')
	b = g.keep(b, "duration", g.num(3, 3000), "")
	b = append(b, "ms "...)
	b = g.keep(b, "bytes", g.num(100, 90000), "")
	ua, _ := g.ua()
	b = append(b, " https://wiki.example.com/display/ENG/Runbooks "+ua...)
	return Record{Line: b}
}

// jiraAuditRecord is one member of records[] of GET /rest/api/3/auditing/record.
func (g *gen) jiraAuditRecord() Record {
	b := make([]byte, 0, 800)
	ip, cat := g.clientIP()
	f, l := g.name()
	login := g.personLogin()
	b = append(b, '{')
	b = g.keep(jkey(b, "id"), "counter", g.num(1000, 999999), "")
	switch g.rng.IntN(3) {
	case 0:
		b = g.js(b, "summary", "User's email changed")
		b = g.jp(b, "remoteAddress", cat, ip)
		b = g.jp(b, "authorKey", "name", login)
		b = g.jk(b, "authorAccountId", "hash", g.hexID(24))
		b = g.jk(b, "created", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000+0000"))
		b = g.js(b, "category", "user management")
		b = g.js(b, "eventSource", "")
		b = jo(b, "objectItem")
		u := g.personLogin()
		b = g.jp(b, "id", "name", u)
		b = g.jp(b, "name", "name", u)
		b = g.js(b, "typeName", "USER")
		b = g.js(b, "parentId", "1")
		b = g.js(b, "parentName", "Jira Internal Directory")
		b = append(b, '}')
		b = ja(b, "changedValues")
		f2, l2 := g.name()
		b = jo(b, "")
		b = g.js(b, "fieldName", "Email")
		b = g.jp(b, "changedFrom", "email", g.email(f2, l2))
		b = g.jp(b, "changedTo", "email", g.email(f2, l2))
		b = append(b, "}]"...)
	case 1:
		b = g.js(b, "summary", "User added to group")
		b = g.jp(b, "remoteAddress", cat, ip)
		b = g.jp(b, "authorKey", "name", login)
		b = g.jk(b, "authorAccountId", "hash", g.hexID(24))
		b = g.jk(b, "created", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000+0000"))
		b = g.js(b, "category", "group management")
		b = jo(b, "objectItem")
		b = g.jk(b, "name", "account", "jira-software-users")
		b = g.js(b, "typeName", "GROUP")
		b = append(b, '}')
		b = ja(b, "associatedItems")
		b = jo(b, "")
		b = g.jk(b, "id", "hash", g.hexID(24))
		b = g.jp(b, "name", "name", f+" "+l)
		b = g.js(b, "typeName", "USER")
		b = g.js(b, "parentId", "10000")
		b = g.js(b, "parentName", "com.atlassian.crowd.directory.IdentityPlatformRemoteDirectory")
		b = append(b, "}]"...)
	default:
		b = g.js(b, "summary", "Project created")
		b = g.jp(b, "remoteAddress", cat, ip)
		b = g.jp(b, "authorKey", "name", login)
		b = g.jk(b, "authorAccountId", "hash", g.hexID(24))
		b = g.jk(b, "created", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000+0000"))
		b = g.js(b, "category", "projects")
		b = jo(b, "objectItem")
		b = g.keep(jkey(b, "id"), "counter", g.num(10000, 19999), "")
		b = g.js(b, "name", "Operations")
		b = g.js(b, "typeName", "PROJECT")
		b = append(b, '}')
		b = ja(b, "changedValues")
		b = jo(b, "")
		b = g.js(b, "fieldName", "Project lead")
		b = g.jp(b, "changedTo", "name", f+" "+l)
		b = append(b, "}]"...)
	}
	return Record{Line: append(b, '}')}
}

// confluenceAudit is a record of Confluence's audit REST API
// (/rest/api/audit).
func (g *gen) confluenceAudit() Record {
	b := make([]byte, 0, 800)
	ip, cat := g.clientIP()
	f, l := g.name()
	login := g.personLogin()
	b = append(b, '{')
	b = jo(b, "author")
	b = g.js(b, "type", "user")
	b = g.jp(b, "displayName", "name", f+" "+l)
	b = g.jp(b, "username", "name", login)
	b = g.jk(b, "userKey", "hash", g.hexID(32))
	b = append(b, '}')
	b = g.jp(b, "remoteAddress", cat, ip)
	b = g.keep(jkey(b, "creationDate"), "epoch", strconv.FormatInt(g.now.UnixMilli(), 10), "")
	if g.pct(50) {
		b = g.js(b, "summary", "User details updated")
		b = g.js(b, "category", "Users and groups")
		b = append(b, `,"sysAdmin":false`...)
		b = jo(b, "affectedObject")
		u := g.personLogin()
		b = g.jp(b, "name", "name", u)
		b = g.js(b, "objectType", "User")
		b = append(b, '}')
		f2, l2 := g.name()
		b = ja(b, "changedValues")
		b = jo(b, "")
		b = g.js(b, "name", "Email")
		b = g.jp(b, "oldValue", "email", g.email(f2, l2))
		b = g.jp(b, "newValue", "email", g.email(f2, l2))
		b = append(b, "}]"...)
	} else {
		b = g.js(b, "summary", "Space permission added")
		b = g.js(b, "category", "Permissions")
		b = append(b, `,"sysAdmin":false`...)
		b = jo(b, "affectedObject")
		b = g.js(b, "name", "Engineering")
		b = g.js(b, "objectType", "Space")
		b = append(b, '}')
		b = ja(b, "changedValues")
		b = append(b, "]"...)
	}
	b = ja(b, "associatedObjects")
	return Record{Line: append(b, "]}"...)}
}

// argoTerraform is the argo_terraform format: one tool a stream.
func (g *gen) argoTerraform(st *streamState) Record {
	switch st.variant % 5 {
	case 0:
		return g.argoLog()
	case 1:
		return g.atlantisLog()
	case 2:
		return g.terraformPlan()
	case 3:
		return g.terraformJSON()
	}
	return g.teleportKube()
}

var argoApps = []string{"guestbook", "payments-api", "ingress-nginx", "cert-manager", "monitoring"}

// argoLog is a line of argocd-server or argocd-application-controller.
func (g *gen) argoLog() Record {
	b := make([]byte, 0, 600)
	b = append(b, `time="`...)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"), "")
	app := pick(g, argoApps)
	f, l := g.name()
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, `" level=info msg="finished unary call with code OK" grpc.code=OK grpc.method=Sync grpc.request.claims="{\"at_hash\":\"`...)
		b = append(b, g.chars(22, b64url)...)
		b = append(b, `\",\"aud\":\"argo-cd\",\"email\":\"`...)
		e := g.email(f, l)
		b = g.plant(b, "email", e, "")
		b = append(b, `\",\"email_verified\":true,\"exp\":`...)
		b = g.keep(b, "epoch", strconv.FormatInt(g.now.Unix()+86400, 10), "")
		b = append(b, `,\"groups\":[\"platform\"],\"iat\":`...)
		b = g.keep(b, "epoch", strconv.FormatInt(g.now.Unix(), 10), "")
		b = append(b, `,\"iss\":\"https://argocd.example.com/api/dex\",\"name\":\"`...)
		b = g.plant(b, "name", f+" "+l, "")
		b = append(b, `\",\"sub\":\"`...)
		// Dex's subject: the upstream user id and the connector id as a
		// protobuf message, base64 without padding: it carries the login.
		login := g.personLogin()
		conn := pick(g, []string{"ldap", "gitlab", "github"})
		pb := "\x0a" + string(rune(len(login))) + login + "\x12" + string(rune(len(conn))) + conn
		b = g.plant(b, "name", base64.RawURLEncoding.EncodeToString([]byte(pb)), "")
		b = append(b, `\"}" grpc.request.content="name:\"`+app+`\" revision:\"HEAD\" prune:true" grpc.service=application.ApplicationService grpc.start_time="`...)
		b = append(b, g.now.UTC().Format("2006-01-02T15:04:05Z")...)
		b = append(b, `" grpc.time_ms=`...)
		b = g.keep(b, "duration", g.num(10, 900)+"."+g.digits(3), "")
		b = append(b, " span.kind=server system=grpc"...)
	case 1:
		sha := g.hexID(7)
		b = append(b, `" level=info msg="`...)
		if g.pct(50) {
			b = g.plant(b, "email", g.email(f, l), "")
		} else {
			b = g.plant(b, "name", g.personLogin(), "")
		}
		b = append(b, ` initiated sync to HEAD (`...)
		b = g.keep(b, "hash", sha, "")
		b = append(b, `)" application=`+app+" dest-namespace="+app+` dest-server="https://kubernetes.default.svc" reason=OperationStarted type=Normal`...)
	default:
		b = append(b, `" level=info msg="Reconciliation completed" application=argocd/`+app+` dedup_ms=0 dest-name= dest-namespace=`+app+` dest-server="https://kubernetes.default.svc" diff_ms=`...)
		b = g.keep(b, "duration", g.num(0, 90), "")
		b = append(b, " fields.level=0 git_ms="...)
		b = g.keep(b, "duration", g.num(0, 900), "")
		b = append(b, " health_ms=0 live_ms=1 patch_ms=0 setop_ms=0 settings_ms=0 sync_ms=0 time_ms="...)
		b = g.keep(b, "duration", g.num(20, 2000), "")
	}
	return Record{Line: b}
}

// atlantisLog is a line of Atlantis's JSON log.
func (g *gen) atlantisLog() Record {
	b := make([]byte, 0, 500)
	pull := g.num(1, 4000)
	fl, ll := g.name()
	login := githubLoginOf(g, fl, ll)
	b = append(b, '{')
	b = g.js(b, "level", "info")
	b = g.jk(b, "ts", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	switch g.rng.IntN(3) {
	case 0:
		b = g.js(b, "caller", "events/events_controller.go:575")
		b = append(jkey(b, "msg"), `"parsed comment as command=\"plan\" verbose=false dir=\"\" workspace=\"\" project=\"\" flags=\"\""`...)
	case 1:
		b = g.js(b, "caller", "events/command_runner.go:295")
		b = append(jkey(b, "msg"), `"Comment by `...)
		b = g.plant(b, "name", login, "")
		b = append(b, `: atlantis apply -p `+pick(g, []string{"network", "eks-prod", "iam"})+`"`...)
	default:
		b = g.js(b, "caller", "locking/locking.go:112")
		b = append(jkey(b, "msg"), `"acquired lock with id \"acme/infra/.`...)
		b = append(b, `/default\""`...)
	}
	b = jo(b, "json")
	b = g.js(b, "repo", "acme/infra")
	b = g.keep(jkey(b, "pull"), "counter", pull, `"`+pull+`"`)
	b = g.jp(b, "user", "name", login)
	return Record{Line: append(b, "}}"...)}
}

// terraformPlan is a line of terraform plan's human-readable output as a
// CI job's log keeps it.
func (g *gen) terraformPlan() Record {
	b := make([]byte, 0, 200)
	f, l := g.name()
	pad := strings.Repeat(" ", 2+2*g.rng.IntN(3))
	switch g.rng.IntN(8) {
	case 0:
		b = append(b, pad+`+ owner_email   = "`...)
		b = g.plant(b, "email", g.email(f, l), "")
		b = append(b, '"')
	case 1:
		b = append(b, pad+`~ db_password   = (sensitive value)`...)
	case 2:
		b = append(b, pad+`+ "Owner"       = "`...)
		b = g.plant(b, "name", f+" "+l, "")
		b = append(b, '"')
	case 3:
		b = append(b, pad+`+ api_token     = "`...)
		b = g.plant(b, "secret", "glpat-"+g.chars(20, b64url), "")
		b = append(b, '"')
	case 4:
		b = append(b, pad+`~ engine_version = "`...)
		v1, v2 := "15."+g.num(1, 6), "16."+g.num(1, 4)
		b = g.keep(b, "version", v1, "")
		b = append(b, `" -> "`...)
		b = g.keep(b, "version", v2, "")
		b = append(b, '"')
	case 5:
		b = append(b, pad+`+ id            = (known after apply)`...)
	case 6:
		b = append(b, pad+`# aws_db_instance.main will be updated in-place`...)
	default:
		b = append(b, pad+`+ name          = "`...)
		b = g.plant(b, "name", g.personLogin(), "")
		b = append(b, '"')
	}
	return Record{Line: b}
}

// terraformJSON is a message of terraform plan -json.
func (g *gen) terraformJSON() Record {
	b := make([]byte, 0, 600)
	b = append(b, '{')
	b = g.js(b, "@level", "info")
	addr := pick(g, []string{"aws_iam_user_policy.readonly", "aws_db_instance.main", "google_project_iam_member.viewer"})
	if g.pct(50) {
		b = g.js(b, "@message", addr+": Plan to update")
		b = g.js(b, "@module", "terraform.ui")
		b = g.jk(b, "@timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000Z07:00"))
		b = jo(b, "change")
		b = jo(b, "resource")
		b = g.js(b, "addr", addr)
		b = g.js(b, "module", "")
		b = g.js(b, "resource", addr)
		typ, name, _ := strings.Cut(addr, ".")
		b = g.js(b, "resource_type", typ)
		b = g.js(b, "resource_name", name)
		b = append(b, `,"resource_key":null}`...)
		b = g.js(b, "action", "update")
		b = append(b, '}')
		b = g.js(b, "type", "planned_change")
		return Record{Line: append(b, '}')}
	}
	f, l := g.name()
	b = g.js(b, "@message", "Warning: Argument is deprecated")
	b = g.js(b, "@module", "terraform.ui")
	b = g.jk(b, "@timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000Z07:00"))
	b = jo(b, "diagnostic")
	b = g.js(b, "severity", "warning")
	b = g.js(b, "summary", "Argument is deprecated")
	e := g.email(f, l)
	g.plantAt("email", e, jsonEsc(e))
	b = g.js(b, "detail", "member = \"user:"+e+"\" uses a deprecated argument")
	b = append(b, "}"...)
	b = g.js(b, "type", "diagnostic")
	return Record{Line: append(b, '}')}
}

// teleportKube is a Teleport Kubernetes audit event.
func (g *gen) teleportKube() Record {
	b := make([]byte, 0, 900)
	f, l := g.name()
	user := g.email(f, l)
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	addr := func(s string) string {
		if cat == "ipv6" {
			return "[" + s + "]:" + port
		}
		return s + ":" + port
	}
	b = append(b, '{')
	b = jn(b, "ei", "0")
	exec := g.pct(40)
	if exec {
		b = g.js(b, "event", "exec")
		b = g.js(b, "code", "T3002I")
	} else {
		b = g.js(b, "event", "kube.request")
		b = g.js(b, "code", "T3009I")
	}
	b = g.jk(b, "uid", "uuid", g.uuid())
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "cluster_name", "teleport.example.com")
	b = g.jp(b, "user", "email", user)
	b = g.jp(b, "login", "email", user)
	b = jn(b, "user_kind", "1")
	b = g.jk(b, "server_id", "uuid", g.uuid())
	b = g.jf(b, "addr.remote", planted, cat, ip, addr)
	b = g.js(b, "proto", "kube")
	b = g.js(b, "kubernetes_cluster", pick(g, []string{"prod-eu", "staging"}))
	b = ja(b, "kubernetes_users")
	b = append(b, '"')
	b = g.plant(b, "email", user, "")
	b = append(b, `"]`...)
	b = append(ja(b, "kubernetes_groups"), `"system:authenticated","developers"]`...)
	if exec {
		b = g.js(b, "kubernetes_pod_namespace", "default")
		b = g.js(b, "kubernetes_pod_name", "payments-api-"+g.chars(10, lowerNum)+"-"+g.chars(5, lowerNum))
		b = g.js(b, "kubernetes_container_name", "app")
		b = g.js(b, "command", g.teleportCommand())
		b = g.keep(jcomma(b), "status", "0", `"exitCode":"0"`)
		return Record{Line: append(b, '}')}
	}
	b = g.js(b, "request_path", "/api/v1/namespaces/default/pods")
	b = g.js(b, "verb", "GET")
	b = jn(b, "response_code", "200")
	b = g.js(b, "resource_api_group", "core/v1")
	b = g.js(b, "resource_namespace", "default")
	b = g.js(b, "resource_kind", "pods")
	return Record{Line: append(b, '}')}
}
