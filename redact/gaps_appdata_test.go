package redact

import "testing"

// TestAppDataGaps: the held-out product-analytics, customer-platform and
// database formats (bench/realistic formats_appdata.go), each fix with the
// look-alikes it must leave: pipe-joined pairs, a principal's name under
// SQL Server's audit columns, SQL's N'…' and E'…' literals, an INSERT whose
// name comes after an address, a login before "Authentication failed", a
// host name after an initial and a surname, a label and value pair in
// JSON that a text line carries, a command's quoted arguments as pairs, a
// Redis key's value, "address to" in a message, a hash as a number.
func TestAppDataGaps(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// Pairs joined by '|' (Cassandra's FileAuditLogger): the value ends at
	// the pipe that another key follows; a pipe inside a value stays.
	f(`INFO  [Native-Transport-Requests-2] 2026-11-23 20:01:05,144 FileAuditLogger.java:51 - user:lukas|host:10.0.3.7:7000|source:/198.51.100.7|port:43724|timestamp:1795464065144|type:LOGIN_SUCCESS|category:AUTH|operation:LOGIN SUCCESSFUL`,
		`INFO  [Native-Transport-Requests-2] 2026-11-23 20:01:05,144 FileAuditLogger.java:51 - user:[name]|host:10.0.3.0:7000|source:/198.51.100.0|port:43724|timestamp:1795464065144|type:LOGIN_SUCCESS|category:AUTH|operation:LOGIN SUCCESSFUL`)
	f(`user:cassandra|host:10.0.3.7:7000|type:SELECT`, `user:cassandra|host:10.0.3.0:7000|type:SELECT`)
	f(`password=ab|cd x`, `password=[secret] x`)
	f(`operation:LOGIN FAILURE; Provided username swilliams and/or password are incorrect`,
		`operation:LOGIN FAILURE; Provided username [name] and/or password are incorrect`)
	f(`Invalid username or password`, `Invalid username or password`)

	// SQL Server's audit columns name a principal: a person's login,
	// a domain login, or a service's, which stays.
	f(`{"session_server_principal_name":"jane.doe","server_principal_name":"CONTOSO\\pgarcia95","target_server_principal_name":"emueller20"}`,
		`{"session_server_principal_name":"[name]","server_principal_name":"[name]","target_server_principal_name":"[name]"}`)
	f(`{"server_principal_name":"sqladmin","database_principal_name":"dbo","clientPrincipalName":"svc_reporting","user":"pgadmin"}`,
		`{"server_principal_name":"sqladmin","database_principal_name":"dbo","clientPrincipalName":"svc_reporting","user":"pgadmin"}`)

	// N'' and E'' literals, after "=" and in VALUES; an INSERT's name
	// after an address and a number.
	f(`UPDATE dbo.Customers SET FullName = N'Oliver García' WHERE CustomerId = 33582`,
		`UPDATE dbo.Customers SET FullName = N'[name]' WHERE CustomerId = 33582`)
	f(`INSERT INTO dbo.c (FullName, Tier) VALUES (N'Xyzzy Qwerty', N'gold')`, `INSERT INTO dbo.c (FullName, Tier) VALUES (N'[name]', N'gold')`)
	f(`{"query":"INSERT INTO crm.contacts (id, email, phone, full_name) VALUES (65337, 'a@example.com', '+447700900123', 'Chloé Qwerty')"}`,
		`{"query":"INSERT INTO crm.contacts (id, email, phone, full_name) VALUES (65337, '[email]', '[phone]', '[name]')"}`)
	f(`INSERT INTO t (email, plan) VALUES ('a@example.com', 'Gold Plus')`, `INSERT INTO t (email, plan) VALUES ('[email]', 'Gold Plus')`)

	// A login before ": Authentication failed": after an exception's
	// name, or written as a person's; a level, a part or a service's
	// account stays.
	f(`Code: 516. DB::Exception: fatima: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)`,
		`Code: 516. DB::Exception: [name]: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)`)
	f(`x: jane.doe: authentication failure`, `x: [name]: authentication failure`)
	f(`Code: 516. DB::Exception: default: Authentication failed`, `Code: 516. DB::Exception: default: Authentication failed`)
	f(`sshd[1]: fatal: authentication failed`, `sshd[1]: fatal: authentication failed`)
	f(`x: Kerberos: Authentication failed`, `x: Kerberos: Authentication failed`)
	f(`pam_unix(sshd:auth): authentication failure; logname= uid=0`, `pam_unix(sshd:auth): authentication failure; logname= uid=0`)

	// A host name after its user's initial and surname; words that
	// name no one stay.
	f(`{"client_hostname":"p-smith-mbp"}`, `{"client_hostname":"[name]-mbp"}`)
	f(`e-commerce-pc x-ray-pc e-learning-laptop`, `e-commerce-pc x-ray-pc e-learning-laptop`)

	// A label and value pair in JSON inside a text line (a Snowplow
	// form's elements in a TSV cell).
	f("web\t{\"elements\":[{\"name\":\"full_name\",\"value\":\"Chloé Qwerty\",\"nodeName\":\"INPUT\"},{\"name\":\"plan\",\"value\":\"Gold Plus\"}]}\tx",
		"web\t{\"elements\":[{\"name\":\"full_name\",\"value\":\"[name]\",\"nodeName\":\"INPUT\"},{\"name\":\"plan\",\"value\":\"Gold Plus\"}]}\tx")

	// A command's quoted arguments as field and value pairs (Redis's
	// MONITOR); "name" a person's beside an e-mail address, before or
	// after it; a quoted word in prose is no pair.
	f(`1795464004.525737 [2 10.1.2.3:38699] "HSET" "user:29299" "email" "a@example.com" "name" "Seán Müller" "phone" "+447700900123"`,
		`1795464004.525737 [2 10.1.2.0:38699] "HSET" "user:29299" "email" "[email]" "name" "[name]" "phone" "[phone]"`)
	f(`name="Xyzzy Qwerty" email=a@example.com`, `name="[name]" email=[email]`)
	f(`name="Xyzzy Qwerty" status=ok`, `name="Xyzzy Qwerty" status=ok`)
	f(`the "name" "Field Two" is required`, `the "name" "Field Two" is required`)

	// A Redis key named for a secret: its value argument is one too.
	f(`1795464007.641879 [1 10.1.2.3:34870] "SETEX" "otp:+447700900123" "300" "771931"`,
		`1795464007.641879 [1 10.1.2.0:34870] "SETEX" "otp:[secret]" "300" "[secret]"`)
	f(`1795464007.641879 [0 lua] "SET" "stats:pageviews" "771931"`, `1795464007.641879 [0 lua] "SET" "stats:pageviews" "771931"`)

	// "address to" in a customer's message; a bind address stays.
	f(`{"message_body":"Hi, please update my address to Rue de Rivoli 187"}`, `{"message_body":"Hi, please update my address to [address]"}`)
	f(`bind address to 0.0.0.0:8080, set the address to Team 4`, `bind address to 0.0.0.0:8080, set the address to Team 4`)

	// A hash as a number is no card; under a card's key it may be one.
	f(`{"normalized_query_hash":"4357100800715892784","queryHash":"4357100800715892784","card_hash":"4111111111111111"}`,
		`{"normalized_query_hash":"4357100800715892784","queryHash":"4357100800715892784","card_hash":"[card]"}`)
}
