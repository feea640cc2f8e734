package redact

import "testing"

// TestAudit2Shapes covers what compliance audit trails write: Vault's
// userpass users endpoint, curl's -u in a process's argv (Teleport's
// enhanced session recording), passwd's operand in a command, Google
// Workspace's signed uniqueQualifier, pgaudit's GRANT and INSERT
// statements, Percona's audit log USER field. Each with its look-alikes.
func TestAudit2Shapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// Vault: auth/<mount>/users/<name> names a login of that method.
	f(`{"path":"auth/userpass/users/sgarcia26"}`, `{"path":"auth/userpass/users/[name]"}`)
	f(`{"path":"auth/ldap/users/juergen/password"}`, `{"path":"auth/ldap/users/[name]/password"}`)
	f(`{"path":"auth/userpass/users/root"}`, `{"path":"auth/userpass/users/root"}`)
	f(`{"path":"/api/users/settings"}`, `{"path":"/api/users/settings"}`)
	f(`{"path":"oauth/app/users/me"}`, `{"path":"oauth/app/users/me"}`)

	// curl's -u / --user in an argument vector: user:password.
	f(`{"argv":["-s","-u","deploy:Dragon0606","https://ci.example.com/api/json"]}`,
		`{"argv":["-s","-u","[secret]","https://ci.example.com/api/json"]}`)
	f(`{"argv":["curl","--user","deploy:Dragon0606"]}`, `{"argv":["curl","--user","[secret]"]}`)
	f(`{"argv":["-u","root","-n"]}`, `{"argv":["-u","root","-n"]}`)
	f(`{"argv":["docker","run","-u","1000:1000","img"]}`, `{"argv":["docker","run","-u","1000:1000","img"]}`)
	f(`{"argv":["curl","-u","ci:4711","-s"]}`, `{"argv":["curl","-u","[secret]","-s"]}`)

	// passwd's operand, when passwd opens a command.
	f(`{"command":"sudo passwd jones.juergen"}`, `{"command":"sudo passwd [name]"}`)
	f(`{"command":"passwd -l aisha"}`, `{"command":"passwd -l [name]"}`)
	f(`COMMAND=/usr/bin/passwd jdoe`, `COMMAND=/usr/bin/passwd [name]`)
	f(`{"command":"passwd root"}`, `{"command":"passwd root"}`)
	f(`the passwd file changed`, `the passwd file changed`)

	// A signed 64-bit number is no card.
	f(`{"uniqueQualifier":"-4145717847662102224"}`, `{"uniqueQualifier":"-4145717847662102224"}`)
	f(`card 4145717847662102224`, `card [card]`)
	f(`id=-4111111111111111`, `id=-4111111111111111`)

	// pgaudit's ROLE class: GRANT's grantee.
	f(`AUDIT: SESSION,137,1,ROLE,GRANT,TABLE,public.customers,GRANT SELECT ON public.customers TO t.garcia,<not logged>`,
		`AUDIT: SESSION,137,1,ROLE,GRANT,TABLE,public.customers,GRANT SELECT ON public.customers TO [name],<not logged>`)
	f(`grant readonly to jane.doe;`, `grant readonly to [name];`)
	f(`GRANT SELECT ON t TO app_rw`, `GRANT SELECT ON t TO app_rw`)
	f(`moved to kx.ops`, `moved to kx.ops`) // (a person's login there is one anyway: gaps_s27_test.go)
	// Snowflake's USER keyword before the grantee, REVOKE's FROM, and a
	// statement on a user (IF EXISTS, a quoted identifier); a role's
	// grantee, a service account and FROM in a query stay.
	f(`GRANT ROLE ANALYST TO USER ADUBOIS;`, `GRANT ROLE ANALYST TO USER [name];`)
	f(`7da2357a,REVOKE ROLE SYSADMIN FROM USER MKOVALENKO,SECURITY,REVOKE,SUCCESS`,
		`7da2357a,REVOKE ROLE SYSADMIN FROM USER [name],SECURITY,REVOKE,SUCCESS`)
	f(`REVOKE SELECT ON payroll FROM jsmith;`, `REVOKE SELECT ON payroll FROM [name];`)
	f(`DROP USER IF EXISTS "JANE.DOE"; DESCRIBE USER adubois; SHOW GRANTS TO USER kcho`,
		`DROP USER IF EXISTS "[name]"; DESCRIBE USER [name]; SHOW GRANTS TO USER [name]`)
	f(`CREATE USER IF NOT EXISTS jdoe PASSWORD='abc12345'`, `CREATE USER IF NOT EXISTS [name] PASSWORD='[secret]'`)
	f(`GRANT ROLE ANALYST TO ROLE SYSADMIN; REVOKE ROLE X FROM USER FIVETRAN_SVC`, `GRANT ROLE ANALYST TO ROLE SYSADMIN; REVOKE ROLE X FROM USER FIVETRAN_SVC`)
	f(`SELECT name FROM users WHERE id = 3; DELETE FROM jsmith_tmp`, `SELECT name FROM users WHERE id = 3; DELETE FROM jsmith_tmp`)

	// An INSERT's literal under a login's or a name's column.
	f(`INSERT INTO public.users (username, email, created_at) VALUES ('kovalenko.dmytro', 'a@example.com', now())`,
		`INSERT INTO public.users (username, email, created_at) VALUES ('[name]', '[email]', now())`)
	f(`{"query":"INSERT INTO users (id, username) VALUES (42, 'emily')"}`, `{"query":"INSERT INTO users (id, username) VALUES (42, '[name]')"}`)
	f(`INSERT INTO t (first_name, city) VALUES ('Jane', 'Berlin')`, `INSERT INTO t (first_name, city) VALUES ('[name]', 'Berlin')`)
	f(`INSERT INTO t (username) VALUES ('postgres')`, `INSERT INTO t (username) VALUES ('postgres')`)
	f(`INSERT INTO t (status, qty) VALUES ('active', 3)`, `INSERT INTO t (status, qty) VALUES ('active', 3)`)

	// Percona's USER: "priv_user[user] @ host [ip]" as a value.
	f(`{"user":"chloe[chloe] @ localhost [203.0.113.5]"}`, `{"user":"[name][[name]] @ localhost [203.0.113.0]"}`)
	f(`"Query","1","jane.doe[jane.doe] @ localhost [203.0.113.5]","localhost"`,
		`"Query","1","[name][[name]] @ localhost [203.0.113.0]","localhost"`)
	f(`{"user":"root[root] @ localhost [203.0.113.5]"}`, `{"user":"root[root] @ localhost [203.0.113.0]"}`)
	f(`{"tags":"a[b] c"}`, `{"tags":"a[b] c"}`)
}

// TestAudit2ObjectID: the unified audit log's ObjectId names a mailbox by
// its display name in Exchange admin records; a GUID or a URL stays text.
func TestAudit2ObjectID(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"Workload":"Exchange","ObjectId":"Aisha Smith","Operation":"Set-Mailbox"}`, `{"Workload":"Exchange","ObjectId":"[name]","Operation":"Set-Mailbox"}`)
	f(`{"ObjectId":"Seán O'Brien"}`, `{"ObjectId":"[name]"}`)
	f(`{"ObjectId":"00000002-0000-0ff1-ce00-000000000000"}`, `{"ObjectId":"00000002-0000-0ff1-ce00-000000000000"}`)
	f(`{"ObjectId":"https://contoso-my.sharepoint.com/sites/finance/Shared Documents/q4.xlsx"}`,
		`{"ObjectId":"https://contoso-my.sharepoint.com/sites/finance/Shared Documents/q4.xlsx"}`)
	f(`{"ObjectId":"Unknown"}`, `{"ObjectId":"Unknown"}`)
}
