package redact

import (
	"testing"

	"github.com/redactd/redactd/redact/textfmt"
)

// TestSQLBindLists: a prepared statement logged with its bind list in the
// same record (JDBC proxies, Ecto, Django, Sequelize, knex, Prisma,
// TypeORM): each value is read as its marker's column; the markers
// themselves stay.
func TestSQLBindLists(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Name:dataSource, Connection:3, Time:1, Success:True, Type:Prepared, Batch:True, QuerySize:1, BatchSize:2, Query:["insert into contacts (first_name, last_name, dob) values (?, ?, ?)"], Params:[(Jane,O'Brien,1985-03-14),(Marta,Nowak,1990-01-02)]`,
		`Name:dataSource, Connection:3, Time:1, Success:True, Type:Prepared, Batch:True, QuerySize:1, BatchSize:2, Query:["insert into contacts (first_name, last_name, dob) values (?, ?, ?)"], Params:[([name],[name],[birth_date]),([name],[name],[birth_date])]`)
	f(`Query:["update customers set first_name=?, last_name=? where id=?"], Params:[(Jane,Kowalski,42)]`,
		`Query:["update customers set first_name=?, last_name=? where id=?"], Params:[([name],[name],42)]`)
	f(`INSERT INTO "users" ("email","name","inserted_at") VALUES ($1,$2,$3) RETURNING "id" ["jane.doe@example.com", "Jane Kowalski", ~N[2026-12-06 10:00:01]]`,
		`INSERT INTO "users" ("email","name","inserted_at") VALUES ($1,$2,$3) RETURNING "id" ["[email]", "[name]", ~N[2026-12-06 10:00:01]]`)
	f(`(0.001) UPDATE "auth_user" SET "first_name" = %s, "last_name" = %s WHERE "auth_user"."id" = %s; args=('Jane', 'Kowalski', 7); alias=default`,
		`(0.001) UPDATE "auth_user" SET "first_name" = %s, "last_name" = %s WHERE "auth_user"."id" = %s; args=('[name]', '[name]', 7); alias=default`)
	f(`(0.001) INSERT INTO "auth_user" ("username", "first_name") VALUES ('jdoe', 'Jane') RETURNING "auth_user"."id"; args=('jdoe', 'Jane'); alias=default`,
		`(0.001) INSERT INTO "auth_user" ("username", "first_name") VALUES ('[name]', '[name]') RETURNING "auth_user"."id"; args=('[name]', '[name]'); alias=default`)
	f("Executing (default): INSERT INTO `customers` (`id`,`firstName`,`lastName`) VALUES (DEFAULT,?,?); {\"bind\":[\"Jane\",\"Kowalski\"]}",
		"Executing (default): INSERT INTO `customers` (`id`,`firstName`,`lastName`) VALUES (DEFAULT,?,?); {\"bind\":[\"[name]\",\"[name]\"]}")
	f(`query: SELECT * FROM "user" WHERE "last_name" = $1 AND "status" = $2 -- PARAMETERS: ["Kowalski","active"]`,
		`query: SELECT * FROM "user" WHERE "last_name" = $1 AND "status" = $2 -- PARAMETERS: ["[name]","active"]`)
	// Not as many values as markers: the list is scanned as text.
	f(`Query:["update c set last_name=? where id=?"], Params:[(Kowalski)]`, `Query:["update c set last_name=? where id=?"], Params:[(Kowalski)]`)
}

// TestSQLBindLines: Hibernate's and MyBatis' bind lines name no column;
// the statement logged just before them does, and its marker columns are
// kept for them. Another stream (SetText) forgets them.
func TestSQLBindLines(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	f(`2026-12-06 10:00:01.123 DEBUG 1 --- [main] org.hibernate.SQL : insert into person (first_name, last_name, status) values (?, ?, ?)`,
		`2026-12-06 10:00:01.123 DEBUG 1 --- [main] org.hibernate.SQL : insert into person (first_name, last_name, status) values (?, ?, ?)`)
	f(`2026-12-06 10:00:01.124 TRACE 1 --- [main] o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [Jürgen]`,
		`2026-12-06 10:00:01.124 TRACE 1 --- [main] o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [[name]]`)
	f(`2026-12-06 10:00:01.124 TRACE 1 --- [main] org.hibernate.orm.jdbc.bind : binding parameter (2:VARCHAR) <- [Kowalski]`,
		`2026-12-06 10:00:01.124 TRACE 1 --- [main] org.hibernate.orm.jdbc.bind : binding parameter (2:VARCHAR) <- [[name]]`)
	f(`2026-12-06 10:00:01.124 TRACE 1 --- [main] org.hibernate.orm.jdbc.bind : binding parameter (3:VARCHAR) <- [active]`,
		`2026-12-06 10:00:01.124 TRACE 1 --- [main] org.hibernate.orm.jdbc.bind : binding parameter (3:VARCHAR) <- [active]`)
	f(`DEBUG [main] - ==>  Preparing: UPDATE users SET first_name = ?, phone = ? WHERE id = ?`,
		`DEBUG [main] - ==>  Preparing: UPDATE users SET first_name = ?, phone = ? WHERE id = ?`)
	f(`DEBUG [main] - ==> Parameters: Jane(String), 4155550123(String), 42(Long)`,
		`DEBUG [main] - ==> Parameters: [name](String), [phone](String), 42(Long)`)
	if err := r.SetText(TextAuto, textfmt.Config{}); err != nil {
		t.Fatal(err)
	}
	f(`DEBUG [main] - ==> Parameters: Jane(String), 4155550123(String), 42(Long)`,
		`DEBUG [main] - ==> Parameters: Jane(String), 4155550123(String), 42(Long)`)
}

// TestUnnamedCookieList: a cookie header logged with no name and no
// quotes (morgan's :req[cookie], a Go handler printing the Cookie
// header): three pairs or more joined by "; " that end the line read as
// cookies, so an account's or a visitor's number is masked, even under a
// login's key; fewer pairs, or text after them, are not a header.
func TestUnnamedCookieList(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`POST /signup 422 last_seen=1795393580; acct=344371792; cookie_consent=1; consent_date=20261123; lang=en-GB`,
		`POST /signup 422 last_seen=1795393580; acct=[secret]; cookie_consent=1; consent_date=20261123; lang=en-GB`)
	f(`GET / 302 acct=81608344; visitor_id=30389028; lang=en-GB`, `GET / 302 acct=[secret]; visitor_id=[secret]; lang=en-GB`)
	f(`GET / 302 acct=81608344; lang=en-GB`, `GET / 302 acct=81608344; lang=en-GB`)
	f(`GET / 302 ref=81608344; lang=en-GB; x=1 done`, `GET / 302 ref=81608344; lang=en-GB; x=1 done`)
}

// TestJSONBindArrays: a statement and its bind array as members of one
// JSON object (Laravel's query log, knex's query event): each element
// takes its marker's column as its key, whichever member comes first.
func TestJSONBindArrays(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("{\"query\":\"insert into `users` (`name`, `email`, `updated_at`) values (?, ?, ?)\",\"bindings\":[\"Jane Kowalski\",\"jane@example.com\",\"2026-12-06 10:00:01\"],\"time\":1.52}",
		"{\"query\":\"insert into `users` (`name`, `email`, `updated_at`) values (?, ?, ?)\",\"bindings\":[\"[name]\",\"[email]\",\"2026-12-06 10:00:01\"],\"time\":1.52}")
	f(`{"sql":"update \"users\" set \"last_name\" = ?, \"phone\" = ? where \"id\" = ?","bindings":["Kowalski","4155550123",42]}`,
		`{"sql":"update \"users\" set \"last_name\" = ?, \"phone\" = ? where \"id\" = ?","bindings":["[name]","[phone]",42]}`)
	f(`{"bindings":["Kowalski",7],"query":"update users set last_name = ? where id = ?"}`,
		`{"bindings":["[name]",7],"query":"update users set last_name = ? where id = ?"}`)
	f(`{"sql":"select 1","bindings":["Kowalski"]}`, `{"sql":"select 1","bindings":["Kowalski"]}`)
}

// TestSQLBindsAllocs: the bind readers of text and JSON records allocate
// nothing once a Redactor has seen them.
func TestSQLBindsAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	recs := [][]byte{
		[]byte(`Query:["update c set first_name=?, dob=? where id=?"], Params:[(Jane,1985-03-14,42)]`),
		[]byte(`org.hibernate.SQL : insert into person (first_name, last_name) values (?, ?)`),
		[]byte(`BasicBinder : binding parameter [2] as [VARCHAR] - [Kowalski]`),
		[]byte(`{"sql":"update users set last_name = ? where id = ?","bindings":["Kowalski",7]}`),
		[]byte(`GET / 302 acct=81608344; visitor_id=30389028; lang=en-GB`),
	}
	dst := make([]byte, 0, 4096)
	for _, rec := range recs {
		dst, _ = r.Redact(dst[:0], rec, FormatAuto)
	}
	if n := testing.AllocsPerRun(50, func() {
		for _, rec := range recs {
			dst, _ = r.Redact(dst[:0], rec, FormatAuto)
		}
	}); n != 0 {
		t.Fatalf("%v allocations per run", n)
	}
}

// TestNamesWithoutCue: a common given name and a frequent surname are a
// person's name with no word before them (a message's subject, a Python
// tuple of task arguments); a sign-off or greeting and its comma cue a
// given name alone. Products, places and a given name alone stay.
func TestNamesWithoutCue(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Jane Doe updated the ticket`, `[name] updated the ticket`)
	f(`2026-12-06 10:00:01,123 INFO Task send_invoice[abc] received: args=('Jane Doe', 42)`,
		`2026-12-06 10:00:01,123 INFO Task send_invoice[abc] received: args=('[name]', 42)`)
	f(`{"msg":"Maria Garcia replied"}`, `{"msg":"[name] replied"}`)
	f(`Welcome back, Maria!`, `Welcome back, [name]!`)
	f(`Thanks, Jane`, `Thanks, [name]`)
	f(`Best regards, Maria Rossi.`, `Best regards, [name].`)
	f(`Ford Mustang for sale in San Jose, Visit Santa Maria and Jordan Hill, the John Deere tractor`,
		`Ford Mustang for sale in San Jose, Visit Santa Maria and Jordan Hill, the John Deere tractor`)
	f(`Jane_Doe Jane.Doe jane Doe Jane doe Jane Doe-x /Jane Doe`, `Jane_Doe Jane.Doe jane Doe Jane doe Jane Doe-x /Jane Doe`)
	f(`Thanks, Team`, `Thanks, Team`)
}

// TestProseSecretTo: "rotated token to <secret>", "api key <secret>": the
// credential after its word in a sentence.
func TestProseSecretTo(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`INFO rotated token to 3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c`, `INFO rotated token to [secret]`)
	f(`WARN api key 9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f revoked`, `WARN api key [secret] revoked`)
	f(`changed password to Tr0ub4dor&3 for jdoe`, `changed password to [secret] for jdoe`)
	f(`token to expire in 3600s; my key 9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f`, `token to expire in 3600s; my key 9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f`)
}

// TestPersonLoginsWithoutCue: a login spelled as a person's name
// (given.surname, given_surname, initial.surname) under a key no list
// knows, after a word that is no cue, or opening a message; host names,
// package names, identifiers and keys stay.
func TestPersonLoginsWithoutCue(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"assignee":"maria.garcia","reviewer":"j.smith","actor":"olena_kovalenko"}`, `{"assignee":"[name]","reviewer":"[name]","actor":"[name]"}`)
	f(`INFO deploy triggered by jane.doe via slack`, `INFO deploy triggered by [name] via slack`)
	f(`2026-12-06 10:00:01 jane.doe logged in.`, `2026-12-06 10:00:01 [name] logged in.`)
	f(`GET /track?visitor=jane.doe&ref=abc HTTP/1.1`, `GET /track?visitor=[name]&ref=abc HTTP/1.1`)
	f(`www.example.com org.apache.kafka user_id=5 created_at maria.db jane.doe.example.com j_smith {"first_name":"x"}`,
		`www.example.com org.apache.kafka user_id=5 created_at maria.db jane.doe.example.com j_smith {"first_name":"[name]"}`)
}

// TestOpenVPNPeerShapes: OpenVPN's common name before an IPv4-mapped peer
// with its port, and in brackets after an IPv6 peer written without one.
func TestOpenVPNPeerShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`2026-11-23 20:04:00 onowak/::ffff:198.51.100.165:46872 MULTI_sva: pool returned IPv4=10.8.0.117`,
		`2026-11-23 20:04:00 [name]/::ffff:198.51.100.0:46872 MULTI_sva: pool returned IPv4=10.8.0.0`)
	f(`2026-11-23 20:04:04 2001:db8:0:3783::877d [lukas] Peer Connection Initiated with [AF_INET6]2001:db8:0:3783::877d:27866`,
		`2026-11-23 20:04:04 2001:db8:: [[name]] Peer Connection Initiated with [AF_INET6]2001:db8:::27866`)
	f(`2026-11-23 20:04:04 [main] Peer Connection Initiated`, `2026-11-23 20:04:04 [main] Peer Connection Initiated`)
}

// TestUTF8LoginBeforeSlash: OpenVPN's common_name/address prefix with a
// login in UTF-8 letters (the word the prefilter sees ends at the first
// non-ASCII byte).
func TestUTF8LoginBeforeSlash(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`2026-11-23 20:00:10 jürgen.müller/203.0.113.5:51234 MULTI_sva: pool returned IPv4=10.8.0.6`,
		`2026-11-23 20:00:10 [name]/203.0.113.0:51234 MULTI_sva: pool returned IPv4=10.8.0.0`)
}
