package redact

import "testing"

// TestSaaSShapes: product analytics exports, Salesforce's EventLogFile,
// Android logcat, RFC 5424 syslog and Entra ID sign-in logs
// (bench/realistic formats_saas.go).
func TestSaaSShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// Salesforce EventLogFile: LOGIN_KEY ties a login session's events
	// together as SESSION_KEY does; BROWSER_TYPE is the User-Agent, whose
	// version is no address.
	f(`"EVENT_TYPE","SESSION_KEY","LOGIN_KEY","BROWSER_TYPE","CLIENT_IP"`,
		`"EVENT_TYPE","SESSION_KEY","LOGIN_KEY","BROWSER_TYPE","CLIENT_IP"`)
	f(`"Login","kqDBaYBMkd1ok5bS","QfNecrLXSII6fsBq","Fanvil X4U 2.12.1.4","192.0.2.7"`,
		`"Login","[secret]","[secret]","Fanvil X4U 2.12.1.4","192.0.2.0"`)
	f(`login_key=QfNecrLXSII6fsBq user=x`, `login_key=[secret] user=x`)
	f(`{"browser_type":"Fanvil X4U 2.12.1.4"}`, `{"browser_type":"Fanvil X4U 2.12.1.4"}`)
	// Mixpanel's distinct_id: the user's login once identified; a
	// device's id or a number stays.
	f(`{"distinct_id":"jane.doe","$user_id":"jane.doe"}`, `{"distinct_id":"[name]","$user_id":"[name]"}`)
	f(`{"distinct_id":"$device:18c0d2e1a2b3c4-0f1e2d3c4b5a69"}`, `{"distinct_id":"$device:18c0d2e1a2b3c4-0f1e2d3c4b5a69"}`)
	f(`{"distinct_id":"4711"}`, `{"distinct_id":"4711"}`)
	// Android's ANDROID_ID (SSAID) follows one device.
	f(`I DeviceRegistration: register androidId=9774d56d682e549c sdk=34`,
		`I DeviceRegistration: register androidId=[secret] sdk=34`)
	f(`{"android_id":"9774d56d682e549c"}`, `{"android_id":"[secret]"}`)
	// An Entra ID guest's user principal name holds the guest's address.
	f(`{"userPrincipalName":"jane.doe_example.com#EXT#@contoso.onmicrosoft.com"}`, `{"userPrincipalName":"[email]"}`)
	f(`guest jane.doe_example.com#EXT#@contoso.onmicrosoft.com added`, `guest [email] added`)
	f(`issue #EXT#@ foo`, `issue #EXT#@ foo`)
	// su's failure on a terminal, RFC 5424's example message; a
	// contraction after "user" is no login.
	f(`'su root' failed for lonvick on /dev/pts/8`, `'su root' failed for [name] on /dev/pts/8`)
	f(`'su root' failed for root on /dev/pts/8`, `'su root' failed for root on /dev/pts/8`)
	f(`session opened for jane.doe on tty1`, `session opened for [name] on tty1`)
	f(`waiting for reply on pts/3`, `waiting for reply on pts/3`)
	f(`The user didn't enter the right credentials.`, `The user didn't enter the right credentials.`)
	f(`{"additionalDetails":"The user didn't enter the right credentials."}`,
		`{"additionalDetails":"The user didn't enter the right credentials."}`)
	f(`user can't log in`, `user can't log in`)
	f(`user jdoe's session expired`, `user [name]'s session expired`)
	// Android's Location.toString: a fix to a few metres; a coarse one
	// stays.
	f(`D LocationRepo: Location[fused 52.520008,13.404954 hAcc=12.0 et=+3d2h4m5s678ms alt=34.5]`,
		`D LocationRepo: Location[fused [geo] hAcc=12.0 et=+3d2h4m5s678ms alt=34.5]`)
	f(`Location[gps -33.868820,-151.209290]`, `Location[gps [geo]]`)
	f(`Location[network 52.52,13.40 hAcc=1500]`, `Location[network [geo] hAcc=1500]`)
	f(`Location[fused 52.5,13.4 hAcc=1500]`, `Location[fused 52.5,13.4 hAcc=1500]`)
	f(`at Location[ 52.520008,13.404954]`, `at Location[ 52.520008,13.404954]`)
	f(`rate 52.520008,13.404954 ok`, `rate 52.520008,13.404954 ok`)
	// android.accounts.Account's toString names the account's login.
	f(`Account {name=jdoe, type=com.example.account}`, `Account {name=[name], type=com.example.account}`)
	f(`Account {name=root, type=com.example.account}`, `Account {name=root, type=com.example.account}`)
	f(`Account {name=jane.doe@example.com, type=com.google}`, `Account {name=[email], type=com.google}`)
}

// TestQueryHistoryShapes: a warehouse's query history as CSV (Snowflake's
// QUERY_HISTORY), SQL's LIKE, and lists of logins under a "…users" key
// (Teleport's kube.request).
func TestQueryHistoryShapes(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	// An INSERT in a CSV column: its literals named by its columns, and
	// the row's other columns still read by the header's names.
	f(`QUERY_ID,QUERY_TEXT,QUERY_TYPE,SESSION_ID,USER_NAME,ROLE_NAME`, `QUERY_ID,QUERY_TEXT,QUERY_TYPE,SESSION_ID,USER_NAME,ROLE_NAME`)
	f(`01a,"INSERT INTO t (requester_email, requester_name, status) VALUES ('a@example.com', 'Jane O''Brien', 'open')",INSERT,39968104133843,BOB_FISCHER,ANALYST`,
		`01a,"INSERT INTO t (requester_email, requester_name, status) VALUES ('[email]', '[name]', 'open')",INSERT,39968104133843,[name],ANALYST`)
	// A database log's INSERT is still read as one.
	f(`insert into users (email, first_name) values ('a@example.com', 'Jane')`, `insert into users (email, first_name) values ('[email]', '[name]')`)
	// LIKE and ILIKE compare a column as '=' does; a title's pattern stays.
	f(`select * from t where first_name ilike 'Aisha%' limit 1`, `select * from t where first_name ilike '[name]' limit 1`)
	f(`where last_name LIKE 'O''Brien'`, `where last_name LIKE '[name]'`)
	f(`where title like 'Senior%' and status like 'ok'`, `where title like 'Senior%' and status like 'ok'`)
	f(`we like 'this'`, `we like 'this'`)
	// A list of logins under a key ending in "users"; a count stays.
	f(`{"kubernetes_users":["tjohnson","bot-ci"],"active_users":42,"max_users":"100"}`,
		`{"kubernetes_users":["[name]","bot-ci"],"active_users":42,"max_users":"100"}`)
}
