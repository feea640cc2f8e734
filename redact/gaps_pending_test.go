package redact

import "testing"

// TestPendingAccessUser: an access log's user column is a login, which a
// service's account (gitlab-ci-token, svc-backup) keeps.
func TestPendingAccessUser(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`198.51.100.62 - gitlab-ci-token [23/Nov/2026:20:03:27 +0000] "GET /web/storefront.git/info/refs?service=git-upload-pack HTTP/1.1" 200 24756 "-" "git/2.31.0" -`,
		`198.51.100.0 - gitlab-ci-token [23/Nov/2026:20:03:27 +0000] "GET /web/storefront.git/info/refs?service=git-upload-pack HTTP/1.1" 200 24756 "-" "git/2.31.0" -`)
	f(`198.51.100.62 - svc-backup [23/Nov/2026:20:03:27 +0000] "GET /x HTTP/1.1" 200 24756 "-" "curl/8.5.0"`,
		`198.51.100.0 - svc-backup [23/Nov/2026:20:03:27 +0000] "GET /x HTTP/1.1" 200 24756 "-" "curl/8.5.0"`)
	f(`198.51.100.62 - jdoe [23/Nov/2026:20:03:27 +0000] "GET /x HTTP/1.1" 200 24756 "-" "curl/8.5.0"`,
		`198.51.100.0 - [name] [23/Nov/2026:20:03:27 +0000] "GET /x HTTP/1.1" 200 24756 "-" "curl/8.5.0"`)
	// Jira's access log: the request id, then the user.
	f(`2001:db8:0:3864::1765 1200x437816x7 automation [23/Nov/2026:20:00:04 +0000] "GET /rest/api/2/issue/SEC-740 HTTP/1.1" 401 76748 1280 "-" "curl/8.5.0" "4xbshwo"`,
		`2001:db8:: 1200x437816x7 automation [23/Nov/2026:20:00:04 +0000] "GET /rest/api/2/issue/SEC-740 HTTP/1.1" 401 76748 1280 "-" "curl/8.5.0" "4xbshwo"`)
}

// TestPendingTomcatThreadLogin: the user beside a Tomcat request thread's
// name in Jira's and Confluence's logs.
func TestPendingTomcatThreadLogin(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`2026-11-23 20:01:08,194+0000 http-nio-8080-exec-23 oshevchenko87 1201x976357x8 e8dzigk 203.0.113.31 /secure/Logout!default.jspa [c.a.j.w.session.currentusers.JiraUserSessionTracker] HttpSession [e8dzigk] destroyed for 'oshevchenko87'`,
		`2026-11-23 20:01:08,194+0000 http-nio-8080-exec-23 [name] 1201x976357x8 e8dzigk 203.0.113.0 /secure/Logout!default.jspa [c.a.j.w.session.currentusers.JiraUserSessionTracker] HttpSession [e8dzigk] destroyed for '[name]'`)
	f(`2026-11-23 20:01:08,194+0000 http-nio-8080-exec-23 anonymous 1201x976357x8 - 203.0.113.31 /login.jsp`,
		`2026-11-23 20:01:08,194+0000 http-nio-8080-exec-23 anonymous 1201x976357x8 - 203.0.113.0 /login.jsp`)
	f(`[23/Nov/2026:20:02:16 +0000] mykola_becker http-nio-8090-exec-56 198.51.100.7 GET /pages/viewpage.action?pageId=123 HTTP/1.1 200 35ms 1234`,
		`[23/Nov/2026:20:02:16 +0000] [name] http-nio-8090-exec-56 198.51.100.0 GET /pages/viewpage.action?pageId=123 HTTP/1.1 200 35ms 1234`)
	f(`[23/Nov/2026:20:02:16 +0000] - http-nio-8090-exec-56 198.51.100.7 GET /index.action HTTP/1.1 200 35ms 1234`,
		`[23/Nov/2026:20:02:16 +0000] - http-nio-8090-exec-56 198.51.100.0 GET /index.action HTTP/1.1 200 35ms 1234`)
	// No request id after, no address after: a word beside a thread.
	f(`2026-11-23 20:01:08,194 http-nio-8080-exec-23 INFO started`, `2026-11-23 20:01:08,194 http-nio-8080-exec-23 INFO started`)
}

// TestPendingCommentBy: a comment's author (Atlantis: "Comment by jdoe:
// atlantis apply").
func TestPendingCommentBy(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"level":"info","msg":"Comment by fatima-fischer: atlantis apply -p eks-prod"}`,
		`{"level":"info","msg":"Comment by [name]: atlantis apply -p eks-prod"}`)
	f(`Comment by atlantis-bot: plan ok`, `Comment by atlantis-bot: plan ok`)
	f(`Caused by jdoe: error`, `Caused by jdoe: error`)
}

// TestPendingJiraAudit: Jira's and Confluence's audit records: a user's
// id beside its type, a changed value beside its field's name.
func TestPendingJiraAudit(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"objectItem":{"id":"bob","name":"Bob Jones","typeName":"USER","parentId":"1"}}`,
		`{"objectItem":{"id":"[name]","name":"[name]","typeName":"USER","parentId":"1"}}`)
	f(`{"objectItem":{"id":10764,"name":"Operations","typeName":"PROJECT"}}`,
		`{"objectItem":{"id":10764,"name":"Operations","typeName":"PROJECT"}}`)
	f(`{"objectItem":{"id":"svc-backup","typeName":"USER"}}`, `{"objectItem":{"id":"svc-backup","typeName":"USER"}}`)
	f(`{"id":"cus_NffrFeUfNV2Hib","object":"customer"}`, `{"id":"cus_NffrFeUfNV2Hib","object":"customer"}`)
	f(`{"changedValues":[{"fieldName":"Project lead","changedTo":"Dmytro Patel"}]}`,
		`{"changedValues":[{"fieldName":"Project lead","changedTo":"[name]"}]}`)
	f(`{"changedValues":[{"fieldName":"Status","changedFrom":"Open","changedTo":"Done"}]}`,
		`{"changedValues":[{"fieldName":"Status","changedFrom":"Open","changedTo":"Done"}]}`)
	f(`... HttpSession [e8dzigk] destroyed for 'oshevchenko87'`, `... HttpSession [e8dzigk] destroyed for '[name]'`)
}

// TestPendingStatusAfterQuery: an access log's status, bytes and time
// after a query whose value was redacted are no phone number.
func TestPendingStatusAfterQuery(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`GET /x?os_password=AMrfLuhrwcC0Wu0UZO22 HTTP/1.1" 302 8583 604 "-"`, `GET /x?os_password=[secret] HTTP/1.1" 302 8583 604 "-"`)
}

// TestPendingArgo: Argo CD's event messages and the Dex subject in its
// gRPC claims.
func TestPendingArgo(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`time="2026-11-23T20:00:01Z" level=info msg="juergen_becker initiated sync to HEAD (f62048f)" application=payments-api`,
		`time="2026-11-23T20:00:01Z" level=info msg="[name] initiated sync to HEAD (f62048f)" application=payments-api`)
	f(`time="2026-11-23T20:00:01Z" level=info msg="admin initiated sync to HEAD (f62048f)" application=payments-api`,
		`time="2026-11-23T20:00:01Z" level=info msg="admin initiated sync to HEAD (f62048f)" application=payments-api`)
	f(`time="2026-11-23T20:00:01Z" level=info msg="Unknown user initiated sync locally" application=payments-api`,
		`time="2026-11-23T20:00:01Z" level=info msg="Unknown user initiated sync locally" application=payments-api`)
	f(`the job initiated a rollback`, `the job initiated a rollback`)
	// Dex's subject: jpatel at ldap, base64 of a protobuf message.
	f(`{"iss":"https://argocd.example.com/api/dex","sub":"CgZqcGF0ZWwSBGxkYXA"}`,
		`{"iss":"https://argocd.example.com/api/dex","sub":"[name]"}`)
	f(`grpc.request.claims="{\"iss\":\"https://argocd.example.com/api/dex\",\"sub\":\"Cg1kbXl0cm8uZHVib2lzEgRsZGFw\"}" grpc.x=1`,
		`grpc.request.claims="{\"iss\":\"https://argocd.example.com/api/dex\",\"sub\":\"[name]\"}" grpc.x=1`)
	// Any other subject is an id, and "sub" no user key.
	f(`{"sub":"00uid4BxXw6I6TV4m0g3"}`, `{"sub":"00uid4BxXw6I6TV4m0g3"}`)
	f(`{"sub":"3f2a1b4c-1111-2222-3333-444455556666"}`, `{"sub":"3f2a1b4c-1111-2222-3333-444455556666"}`)
	f(`{"sub":"jdoe"}`, `{"sub":"jdoe"}`)
	f(`sub=billing`, `sub=billing`)
	// A Dex subject of a service account stays.
	f(`{"sub":"Cg5zdmMtZGVwbG95LWJvdBIEbGRhcA"}`, `{"sub":"Cg5zdmMtZGVwbG95LWJvdBIEbGRhcA"}`)
}

// TestPendingNamespace: a user's namespace in GitLab's project paths, and
// an audit event's target or entity by the type before it.
func TestPendingNamespace(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"params":[{"key":"namespace_id","value":"alice-shevchenko"},{"key":"project_id","value":"terraform-lab"}],"meta.project":"alice-shevchenko/terraform-lab","meta.root_namespace":"alice-shevchenko"}`,
		`{"params":[{"key":"namespace_id","value":"[name]"},{"key":"project_id","value":"terraform-lab"}],"meta.project":"[name]/terraform-lab","meta.root_namespace":"[name]"}`)
	f(`{"meta.project":"olena.jones/dotfiles"}`, `{"meta.project":"[name]/dotfiles"}`)
	// A group's namespace stays.
	f(`{"params":[{"key":"namespace_id","value":"infra"}],"meta.project":"infra/api","meta.root_namespace":"infra"}`,
		`{"params":[{"key":"namespace_id","value":"infra"}],"meta.project":"infra/api","meta.root_namespace":"infra"}`)
	f(`{"meta.project":"platform/runner-images","meta.root_namespace":"platform"}`,
		`{"meta.project":"platform/runner-images","meta.root_namespace":"platform"}`)
	f(`{"meta.project":"web-team/storefront"}`, `{"meta.project":"web-team/storefront"}`)
	f(`{"entity_type":"User","target_type":"User","target_details":"pschmidt","entity_path":"pschmidt"}`,
		`{"entity_type":"User","target_type":"User","target_details":"[name]","entity_path":"[name]"}`)
	f(`{"entity_type":"Project","target_type":"User","target_details":"Jane Doe","entity_path":"infra/api"}`,
		`{"entity_type":"Project","target_type":"User","target_details":"[name]","entity_path":"infra/api"}`)
	f(`{"target_type":"Project","target_details":"oliver_patel/terraform-lab","entity_path":"oliver_patel/terraform-lab"}`,
		`{"target_type":"Project","target_details":"[name]/terraform-lab","entity_path":"[name]/terraform-lab"}`)
	f(`{"target_type":"Group","target_details":"platform"}`, `{"target_type":"Group","target_details":"platform"}`)
}

// TestPendingPasswordStdin: --password-stdin takes no value: the registry
// after it stays.
func TestPendingPasswordStdin(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`+ docker login --username gitlab-ci-token --password-stdin registry.example.com`,
		`+ docker login --username gitlab-ci-token --password-stdin registry.example.com`)
	f(`$ echo "$CR_PAT" | docker login --password-stdin ghcr.io`, `$ echo "$CR_PAT" | docker login --password-stdin ghcr.io`)
	f(`mysql --password S3cretPassw0rd`, `mysql --password [secret]`)
}

// TestPendingGitLabAPIPath: a user's namespace in GitLab's API path.
func TestPendingGitLabAPIPath(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"method":"GET","path":"/api/v4/projects/sean-obrien%2Fblog/repository/commits/62a4fc69d18ef"}`,
		`{"method":"GET","path":"/api/v4/projects/[name]%2Fblog/repository/commits/62a4fc69d18ef"}`)
	f(`"GET /api/v4/projects/olena.jones%2Fsandbox/jobs/85082183/trace HTTP/1.1"`,
		`"GET /api/v4/projects/[name]%2Fsandbox/jobs/85082183/trace HTTP/1.1"`)
	f(`"GET /api/v4/projects/infra%2Fapi/jobs/85082183/trace HTTP/1.1"`, `"GET /api/v4/projects/infra%2Fapi/jobs/85082183/trace HTTP/1.1"`)
	f(`"GET /api/v4/projects/1234/jobs/85082183/trace HTTP/1.1"`, `"GET /api/v4/projects/1234/jobs/85082183/trace HTTP/1.1"`)
}
