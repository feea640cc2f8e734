package realistic

import (
	"strconv"
	"strings"
	"time"
)

// This file writes three audit trails of SaaS and infrastructure products
// that redactd had not been tuned for:
//
//   - snowflake_history_csv: Snowflake's ACCOUNT_USAGE views LOGIN_HISTORY
//     and QUERY_HISTORY exported as CSV, one view a stream, either as
//     Snowsight's "Download results" writes them (a field quoted only
//     when it holds a comma, a quote or a newline; NULL as an empty field)
//     or as COPY INTO @stage unloads them (FILE_FORMAT TYPE = CSV,
//     FIELD_OPTIONALLY_ENCLOSED_BY = '"', HEADER = TRUE: every string
//     quoted, NULL as \N).
//   - slack_dropbox_audit_json: Slack's Audit Logs API entries, Dropbox
//     Business team_log/get_events TeamEvent objects (".tag" unions) and
//     Box enterprise events (admin_logs stream), one product a record.
//   - teleport_audit_json: Teleport audit events as the file backend and
//     the event handler plugin write them, one event a line, members sorted
//     by name: session.start, user.login, exec, db.session.query and
//     kube.request, cert.create.

// sfUser returns a Snowflake user name: an SSO user named by the address
// (Snowflake upper-cases unquoted identifiers), a person's login, or a
// service user (kept). cat is "" for a service user.
func (g *gen) sfUser() (user, cat string) {
	first, last := g.name()
	switch g.rng.IntN(5) {
	case 0, 1:
		return strings.ToUpper(strings.ToLower(ascii(first)) + "." + strings.ToLower(ascii(last)) + "@" + pick(g, emailDomains)), "email"
	case 2:
		return strings.ToUpper(ascii(first)[:1] + ascii(last)), "name"
	case 3:
		return strings.ToUpper(ascii(first) + "_" + ascii(last)), "name"
	}
	return pick(g, []string{"SVC_LOOKER", "FIVETRAN_USER", "DBT_CLOUD", "AIRFLOW_SVC", "TABLEAU_READER"}), ""
}

// sfTime formats a TIMESTAMP_LTZ as Snowflake's default output format
// writes it, in the account's time zone (America/Los_Angeles).
func sfTime(t time.Time) string {
	return t.In(time.FixedZone("PST", -8*3600)).Format("2006-01-02 15:04:05.000 -0700")
}

// sqlBody returns s as the body of a single-quoted SQL literal (” inside).
func sqlBody(s string) string { return strings.ReplaceAll(s, "'", "''") }

var sfLoginCols = []string{"EVENT_ID", "EVENT_TIMESTAMP", "EVENT_TYPE", "USER_NAME", "CLIENT_IP", "REPORTED_CLIENT_TYPE",
	"REPORTED_CLIENT_VERSION", "FIRST_AUTHENTICATION_FACTOR", "SECOND_AUTHENTICATION_FACTOR", "IS_SUCCESS",
	"ERROR_CODE", "ERROR_MESSAGE", "RELATED_EVENT_ID", "CONNECTION", "CLIENT_PRIVATE_LINK_ID"}

var sfQueryCols = []string{"QUERY_ID", "QUERY_TEXT", "DATABASE_NAME", "SCHEMA_NAME", "QUERY_TYPE", "SESSION_ID",
	"USER_NAME", "ROLE_NAME", "WAREHOUSE_NAME", "WAREHOUSE_SIZE", "QUERY_TAG", "EXECUTION_STATUS", "ERROR_CODE",
	"ERROR_MESSAGE", "START_TIME", "END_TIME", "TOTAL_ELAPSED_TIME", "BYTES_SCANNED", "ROWS_PRODUCED"}

// sfCell is one field of an exported row: str says it is a VARCHAR (quoted
// by the unloader), null that it is SQL NULL.
type sfCell struct {
	v         string
	str, null bool
}

func sfS(v string) sfCell { return sfCell{v: v, str: true} }
func sfN(v string) sfCell { return sfCell{v: v} }

var sfNull = sfCell{null: true}

// sfRow writes cells as the stream's exporter does.
func sfRow(cells []sfCell, unload bool) []byte {
	var b []byte
	for i, c := range cells {
		if i > 0 {
			b = append(b, ',')
		}
		switch {
		case c.null && unload:
			b = append(b, `\N`...)
		case c.null:
		case c.str && (unload || strings.ContainsAny(c.v, ",\"\n")):
			b = csvq(b, c.v)
		default:
			b = append(b, c.v...)
		}
	}
	return b
}

func (g *gen) snowflakeHistory(st *streamState) Record {
	query, unload := st.variant%2 == 1, (st.variant/2)%2 == 1
	if st.n == 0 {
		cols := sfLoginCols
		if query {
			cols = sfQueryCols
		}
		cells := make([]sfCell, len(cols))
		for i, c := range cols {
			cells[i] = sfS(c)
		}
		return Record{Line: sfRow(cells, unload), Header: true}
	}
	t := g.now.Add(-time.Duration(g.rng.IntN(86400)) * time.Second)
	ts := sfTime(t)
	g.keepAt("timestamp", ts)
	user, ucat := g.sfUser()
	if ucat != "" {
		g.plantAt(ucat, user)
	} else {
		g.keepAt("lookalike", user)
	}
	if !query {
		ip, cat := g.clientIP()
		g.plantAt(cat, ip)
		id := g.num(1, 9) + g.digits(13)
		g.keepAt("uniqueid", id)
		client := pick(g, [][2]string{{"SNOWFLAKE_UI", "20261201163512"}, {"JDBC_DRIVER", "3.14.4"}, {"PYTHON_DRIVER", "3.12.3"},
			{"ODBC_DRIVER", "3.1.4"}, {"SNOWFLAKE_SQL_API", "1.0.0"}, {"GO_DRIVER", "1.10.0"}, {"OTHER", "0.0.0"}})
		g.keepAt("version", client[1])
		first := pick(g, []string{"PASSWORD", "PASSWORD", "SAML2_ASSERTION", "RSA_KEYPAIR", "OAUTH_ACCESS_TOKEN"})
		second := sfNull
		if first == "PASSWORD" && g.pct(60) {
			second = sfS("MFA_TOKEN")
		}
		ok, code, msg := "YES", sfNull, sfNull
		if g.pct(25) {
			e := pick(g, [][2]string{{"390100", "INCORRECT_USERNAME_PASSWORD"}, {"390102", "USER_LOCKED_TEMP"},
				{"390144", "JWT_TOKEN_INVALID_PUBLIC_KEY_FINGERPRINT_MISMATCH"}, {"390190", "SAML_ASSERTION_SUBJECT_MISMATCH"}})
			ok, code, msg = "NO", sfN(e[0]), sfS(e[1])
			g.keepAt("status", e[0], ","+e[0]+",")
		}
		cells := []sfCell{sfN(id), sfS(ts), sfS("LOGIN"), sfS(user), sfS(ip), sfS(client[0]), sfS(client[1]),
			sfS(first), second, sfS(ok), code, msg, sfN("0"), sfNull, sfNull}
		return Record{Line: sfRow(cells, unload)}
	}
	qid := g.hexID(8) + "-" + g.digits(4) + "-" + g.hexID(4) + "-0000-" + g.hexID(12)
	g.keepAt("uuid", qid)
	sid := g.num(1, 9) + g.digits(13)
	g.keepAt("uniqueid", sid)
	text, qtype, db, schema := g.sfQuery()
	role := pick(g, []string{"ANALYST", "TRANSFORMER", "SYSADMIN", "USERADMIN", "REPORTING_RO"})
	if strings.HasPrefix(qtype, "CREATE_USER") || qtype == "GRANT" || qtype == "ALTER_USER" {
		role = pick(g, []string{"USERADMIN", "SECURITYADMIN", "ACCOUNTADMIN"})
	}
	tag := sfNull
	if g.pct(35) {
		// dbt sets the query tag to JSON of its invocation.
		v := pick(g, []string{"1.7.4", "1.8.2", "1.9.0"})
		g.keepAt("version", v)
		tag = sfS(`{"app":"dbt","dbt_version":"` + v + `","node_id":"model.analytics.` + pick(g, []string{"dim_customers", "fct_orders", "stg_contacts"}) + `","invocation_id":"` + g.uuid() + `"}`)
	}
	status, code, msg := "SUCCESS", sfNull, sfNull
	if g.pct(20) {
		// Snowflake's errors echo the identifier or the literal they
		// failed on; ERROR_CODE is a VARCHAR with leading zeros.
		status = "FAILED_WITH_ERROR"
		switch g.rng.IntN(3) {
		case 0:
			first, _ := g.name()
			g.plantAt("name", first)
			code, msg = sfS("100038"), sfS("Numeric value '"+first+"' is not recognized")
		case 1:
			login := strings.ToUpper(string(ascii(pick(g, firstNames))[0]) + ascii(pick(g, lastNames)))
			g.plantAt("name", login)
			code, msg = sfS("002003"), sfS("SQL compilation error:\nUser '"+login+"' does not exist or not authorized.")
		default:
			code, msg = sfS("000904"), sfS("SQL compilation error: error line 1 at position "+g.num(7, 60)+"\ninvalid identifier 'EMAIL_ADDRESS'")
		}
		// Snowsight keeps the newline inside the quotes; a collector that
		// reads the file line by line joins the two lines with a space.
		msg.v = strings.ReplaceAll(msg.v, "\n", " ")
	}
	dur := g.rng.IntN(180000)
	end := t.Add(time.Duration(dur) * time.Millisecond)
	g.keepAt("timestamp", sfTime(end))
	elapsed := strconv.Itoa(dur)
	scanned := strconv.Itoa(g.rng.IntN(1 << 31))
	rows := strconv.Itoa(g.rng.IntN(100000))
	g.keepAt("duration", elapsed, ","+elapsed+",")
	g.keepAt("bytes", scanned, ","+scanned+",")
	cells := []sfCell{sfS(qid), sfS(text), sfS(db), sfS(schema), sfS(qtype), sfN(sid), sfS(user), sfS(role),
		sfS(pick(g, []string{"COMPUTE_WH", "TRANSFORMING", "REPORTING_WH"})), sfS(pick(g, []string{"X-Small", "Small", "Medium"})),
		tag, sfS(status), code, msg, sfS(ts), sfS(sfTime(end)), sfN(elapsed), sfN(scanned), sfN(rows)}
	return Record{Line: sfRow(cells, unload)}
}

// sfQuery returns a statement an analyst, a pipeline or an administrator
// ran, with the personal data it names planted.
func (g *gen) sfQuery() (text, qtype, db, schema string) {
	first, last := g.name()
	email := g.email(first, last)
	switch g.rng.IntN(8) {
	case 0:
		g.plantAt("email", email)
		return "SELECT customer_id, email, phone, created_at FROM analytics.public.customers WHERE email = '" + email + "'", "SELECT", "ANALYTICS", "PUBLIC"
	case 1:
		g.plantAt("name", last, sqlBody(last))
		g.plantAt("name", first, sqlBody(first))
		return "select * from crm.contacts where last_name = '" + sqlBody(last) + "' and first_name ilike '" + sqlBody(first) + "%' limit 100", "SELECT", "CRM", "PUBLIC"
	case 2:
		p := g.phone()
		g.plantAt("phone", p)
		id := g.num(10000, 99999)
		return "UPDATE crm.public.contacts SET phone = '" + p + "', updated_at = CURRENT_TIMESTAMP() WHERE contact_id = " + id, "UPDATE", "CRM", "PUBLIC"
	case 3:
		p := g.phone()
		g.plantAt("email", email)
		g.plantAt("name", first+" "+last, sqlBody(first+" "+last))
		g.plantAt("phone", p)
		return "INSERT INTO support.tickets (requester_email, requester_name, subject, body) VALUES ('" + email + "', '" +
			sqlBody(first+" "+last) + "', 'Refund', 'Please call me back on " + p + "')", "INSERT", "SUPPORT", "PUBLIC"
	case 4:
		// A SCIM-less SSO user created by hand: the user is named by its
		// address, a quoted identifier ("" inside the CSV field).
		up := strings.ToUpper(strings.ToLower(ascii(first)) + "." + strings.ToLower(ascii(last)) + "@example.com")
		g.plantAt("email", up)
		g.plantAt("email", strings.ToLower(up))
		g.plantAt("name", first, sqlBody(first))
		g.plantAt("name", last, sqlBody(last))
		return `CREATE USER "` + up + `" LOGIN_NAME = '` + strings.ToLower(up) + `' FIRST_NAME = '` + sqlBody(first) +
			`' LAST_NAME = '` + sqlBody(last) + `' EMAIL = '` + strings.ToLower(up) + `' DEFAULT_ROLE = ANALYST MUST_CHANGE_PASSWORD = FALSE`, "CREATE_USER", "", ""
	case 5:
		login := strings.ToUpper(ascii(first)[:1] + ascii(last))
		g.plantAt("name", login)
		return "GRANT ROLE ANALYST TO USER " + login, "GRANT", "", ""
	case 6:
		d := g.now.AddDate(0, 0, -g.rng.IntN(30)).Format("2006-01-02")
		g.keepAt("timestamp", d)
		return "SELECT event_date, COUNT(*) AS n FROM analytics.public.events WHERE event_date >= '" + d + "' GROUP BY 1 ORDER BY 1", "SELECT", "ANALYTICS", "PUBLIC"
	}
	g.plantAt("email", email)
	return "DELETE FROM marketing.public.newsletter_subscribers WHERE LOWER(email) = LOWER('" + email + "')", "DELETE", "MARKETING", "PUBLIC"
}

// slackDropboxAudit is one entry of Slack's Audit Logs API, of Dropbox's
// team_log/get_events, or of Box's enterprise event stream.
func (g *gen) slackDropboxAudit(st *streamState) Record {
	first, last := g.name()
	ip, cat := g.clientIP()
	b := make([]byte, 0, 1600)
	switch g.rng.IntN(3) {
	case 0:
		b = g.slackAuditEntry(b, first, last, ip, cat)
	case 1:
		b = g.dropboxEvent(b, first, last, ip, cat)
	default:
		b = g.boxEvent(b, first, last, ip, cat)
	}
	return Record{Line: b}
}

const slackIDChars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"

func (g *gen) slackAuditEntry(b []byte, first, last, ip, cat string) []byte {
	email := g.email(first, last)
	b = append(b, '{')
	b = g.jk(b, "id", "uuid", g.uuid())
	epoch := strconv.FormatInt(g.now.Unix(), 10)
	b = g.keep(jkey(b, "date_create"), "epoch", epoch, "")
	action := pick(g, []string{"user_email_updated", "role_change_to_admin", "app_installed", "user_created", "guest_created", "user_login_failed"})
	b = g.js(b, "action", action)
	user := func(b []byte, first, last, email string) []byte {
		b = jo(b, "user")
		b = g.jk(b, "id", "lookalike", "W"+g.chars(10, slackIDChars))
		b = g.jp(b, "name", "name", first+" "+last)
		b = g.jp(b, "email", "email", email)
		b = g.jk(b, "team", "lookalike", "T"+g.chars(10, slackIDChars))
		return append(b, '}')
	}
	b = jo(b, "actor")
	b = g.js(b, "type", "user")
	b = user(b, first, last, email)
	b = append(b, '}')
	b = jo(b, "entity")
	var details []byte
	switch action {
	case "app_installed":
		b = g.js(b, "type", "app")
		b = jo(b, "app")
		b = g.jk(b, "id", "lookalike", "A"+g.chars(10, slackIDChars))
		b = g.js(b, "name", pick(g, []string{"Jira Cloud", "Google Drive", "Zoom"}))
		b = append(b, `,"is_distributed":true,"is_directory_approved":true,"is_workflow_app":false,"scopes":["chat:write","users:read","users:read.email"]}`...)
		details = append(details, `{"reason":[],"is_internal_integration":false,"app_owner_id":"`...)
		details = g.keep(details, "lookalike", "W"+g.chars(10, slackIDChars), "")
		details = append(details, `"}`...)
	default:
		f2, l2 := first, last
		e2 := email
		if action != "user_email_updated" && action != "user_login_failed" {
			f2, l2 = g.name()
			e2 = g.email(f2, l2)
		}
		b = g.js(b, "type", "user")
		b = user(b, f2, l2, e2)
		switch action {
		case "user_email_updated":
			old := g.email(first, last) // the address before the change
			details = append(details, '{')
			details = g.jp(details, "previous_value", "email", old)
			details = g.jp(details, "new_value", "email", email)
			details = append(details, '}')
		case "role_change_to_admin":
			details = append(details, `{"previous_role":"user","new_role":"admin"}`...)
		case "guest_created":
			details = append(details, `{"expiration_ts":`...)
			exp := strconv.FormatInt(g.now.Unix()+30*86400, 10)
			details = g.keep(details, "epoch", exp, "")
			details = append(details, `,"channels":["`...)
			details = g.keep(details, "lookalike", "C"+g.chars(10, slackIDChars), "")
			details = append(details, `"]}`...)
		}
	}
	b = append(b, '}')
	b = jo(b, "context")
	b = jo(b, "location")
	b = g.js(b, "type", "workspace")
	b = g.jk(b, "id", "lookalike", "T"+g.chars(10, slackIDChars))
	b = g.js(b, "name", "Acme Support")
	b = g.js(b, "domain", "acme-support")
	b = append(b, '}')
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "ua", ua)
	b = g.jp(b, "ip_address", cat, ip)
	// Slack's session ids are decimal numbers, not credentials.
	sess := g.num(1, 9) + g.digits(12)
	b = g.jk(b, "session_id", "uniqueid", sess)
	b = append(b, '}')
	if details != nil {
		b = append(jkey(b, "details"), details...)
	}
	return append(b, '}')
}

// dbxMember writes a Dropbox ".tag":"team_member" (or "non_team_member")
// user object's members.
func (g *gen) dbxMember(b []byte, tag, first, last, email string) []byte {
	b = g.js(b, ".tag", tag)
	b = g.jk(b, "account_id", "lookalike", "dbid:AA"+g.chars(41, b64url))
	b = g.jp(b, "display_name", "name", first+" "+last)
	b = g.jp(b, "email", "email", email)
	if tag == "team_member" {
		b = g.jk(b, "team_member_id", "lookalike", "dbmid:AA"+g.chars(41, b64url))
	}
	return b
}

func (g *gen) dropboxEvent(b []byte, first, last, ip, cat string) []byte {
	email := g.email(first, last)
	ev := pick(g, []string{"shared_content_add_member", "file_download", "login_fail", "login_success", "member_change_email", "member_change_name"})
	category := map[string]string{"shared_content_add_member": "sharing", "file_download": "file_operations", "login_fail": "logins",
		"login_success": "logins", "member_change_email": "members", "member_change_name": "members"}[ev]
	b = append(b, '{')
	b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	b = append(jo(b, "event_category"), `".tag":"`+category+`"}`...)
	b = jo(b, "actor")
	admin := ev == "member_change_email" || ev == "member_change_name"
	tag := "user"
	if admin {
		tag = "admin"
	}
	b = g.js(b, ".tag", tag)
	af, al := first, last
	ae := email
	if admin {
		af, al = g.name()
		ae = g.email(af, al)
	}
	b = g.dbxMember(jo(b, tag), "team_member", af, al, ae)
	b = append(b, "}}"...)
	b = jo(b, "origin")
	b = jo(b, "geo_location")
	// The city is the address's geolocation, coarser than the network
	// the policies keep: unlabelled.
	geo := pick(g, [][3]string{{"Berlin", "Berlin", "DE"}, {"London", "England", "GB"}, {"Kyiv", "Kyiv City", "UA"}, {"San Francisco", "California", "US"}})
	b = g.js(b, "city", geo[0])
	b = g.js(b, "region", geo[1])
	b = g.js(b, "country", geo[2])
	b = g.jp(b, "ip_address", cat, ip)
	b = append(b, '}')
	b = jo(b, "access_method")
	switch g.rng.IntN(3) {
	case 0:
		// dbwsid/dbdsid are session identifiers the audit log shows to
		// any admin, not cookies: unlabelled.
		b = append(b, `".tag":"end_user","end_user":{".tag":"web","session_id":"dbwsid:`+g.digits(39)+`"}`...)
	case 1:
		b = append(b, `".tag":"end_user","end_user":{".tag":"desktop","session_id":"dbdsid:`+g.digits(39)+`"}`...)
	default:
		b = append(b, `".tag":"api","request_id":"dbarod:`...)
		b = g.keep(b, "requestid", g.chars(40, b64url), "")
		b = append(b, `"`...)
	}
	b = append(b, "}}"...)
	ext := ev == "shared_content_add_member" && g.pct(60)
	b = append(jkey(b, "involve_non_team_member"), strconv.FormatBool(ext)...)
	b = jo(b, "context")
	b = g.dbxMember(b, "team_member", first, last, email)
	b = append(b, '}')
	// A member's folder in a team space is named after the member.
	file := pick(g, []string{"offer-letter.pdf", "Q4 forecast.xlsx", "passport scan.jpg", "Contract.docx"})
	folder := pick(g, []string{"Contracts", "HR", "Finance"})
	asset := func(b []byte) []byte {
		b = ja(b, "assets")
		b = jo(b, "")
		b = g.js(b, ".tag", "file")
		b = jo(b, "path")
		b = append(jkey(b, "contextual"), '"', '/')
		b = g.plant(b, "name", first+" "+last, jsonEsc(first+" "+last))
		b = append(b, "/"+folder+"/"+file+`"`...)
		b = jo(b, "namespace_relative")
		b = g.jk(b, "ns_id", "uniqueid", g.num(1000000000, 9999999999))
		b = g.js(b, "relative_path", "/"+folder+"/"+file)
		b = append(b, `,"is_shared_namespace":false}}`...)
		b = g.js(b, "display_name", file)
		b = g.jk(b, "file_id", "lookalike", "id:"+g.chars(21, b64url))
		return append(b, "}]"...)
	}
	switch ev {
	case "shared_content_add_member":
		b = ja(b, "participants")
		b = jo(b, "")
		b = g.js(b, ".tag", "user")
		pf, pl := g.name()
		ptag := "team_member"
		if ext {
			ptag = "non_team_member"
		}
		b = g.dbxMember(jo(b, "user"), ptag, pf, pl, g.email(pf, pl))
		b = append(b, "}}]"...)
		b = asset(b)
		b = append(jo(b, "event_type"), `".tag":"shared_content_add_member","description":"Added users and/or groups to shared file/folder"}`...)
		b = append(jo(b, "details"), `".tag":"shared_content_add_member_details","shared_content_access_level":{".tag":"editor"}}`...)
	case "file_download":
		b = asset(b)
		b = append(jo(b, "event_type"), `".tag":"file_download","description":"Downloaded files and/or folders"}`...)
		b = append(jo(b, "details"), `".tag":"file_download_details"}`...)
	case "login_fail", "login_success":
		b = append(jo(b, "event_type"), `".tag":"`+ev+`","description":"`...)
		if ev == "login_fail" {
			b = append(b, `Failed to sign in"}`...)
			b = jo(b, "details")
			b = append(b, `".tag":"login_fail_details","is_emm_managed":false,"login_method":{".tag":"password"},"error_details":{"user_friendly_message":"Incorrect email or password.","technical_error_message":"`...)
			// The technical message names the address that was tried.
			b = g.plant(b, "email", email, jsonEsc(email))
			b = append(b, ` failed password check"}}`...)
		} else {
			b = append(b, `Signed in"}`...)
			b = append(jo(b, "details"), `".tag":"login_success_details","is_emm_managed":false,"login_method":{".tag":"two_factor_authentication"}}`...)
		}
	case "member_change_email":
		b = append(jo(b, "event_type"), `".tag":"member_change_email","description":"Changed team member email"}`...)
		b = jo(b, "details")
		b = g.js(b, ".tag", "member_change_email_details")
		b = g.jp(b, "new_value", "email", email)
		b = g.jp(b, "previous_value", "email", g.email(first, last))
		b = append(b, '}')
	default:
		b = append(jo(b, "event_type"), `".tag":"member_change_name","description":"Changed team member name"}`...)
		b = jo(b, "details")
		b = g.js(b, ".tag", "member_change_name_details")
		b = jo(b, "new_value")
		b = g.jp(b, "given_name", "name", first)
		b = g.jp(b, "surname", "name", last)
		b = g.jp(b, "display_name", "name", first+" "+last)
		// The initials alone identify nobody: unlabelled.
		b = g.js(b, "abbreviated_name", first[:1]+last[:1])
		b = append(b, '}')
		of := pick(g, firstNames)
		b = jo(b, "previous_value")
		b = g.jp(b, "given_name", "name", of)
		b = g.jp(b, "surname", "name", last)
		b = g.jp(b, "display_name", "name", of+" "+last)
		b = g.js(b, "abbreviated_name", of[:1]+last[:1])
		b = append(b, "}}"...)
	}
	return append(b, '}')
}

func (g *gen) boxUser(b []byte, key, first, last, email string) []byte {
	b = jo(b, key)
	b = g.js(b, "type", "user")
	b = g.jk(b, "id", "uniqueid", g.num(10000000, 39999999999))
	b = g.jp(b, "name", "name", first+" "+last)
	b = g.jp(b, "login", "email", email)
	return append(b, '}')
}

func (g *gen) boxEvent(b []byte, first, last, ip, cat string) []byte {
	email := g.email(first, last)
	ev := pick(g, []string{"LOGIN", "FAILED_LOGIN", "COLLABORATION_INVITE", "DOWNLOAD", "ADD_LOGIN_ACTIVITY_DEVICE", "SHARE"})
	b = append(b, '{')
	b = g.js(b, "type", "event")
	if g.pct(50) {
		b = g.jk(b, "event_id", "uuid", g.uuid())
	} else {
		b = g.jk(b, "event_id", "hash", g.hexID(40))
	}
	b = g.boxUser(b, "created_by", first, last, email)
	b = g.jk(b, "created_at", "timestamp", g.now.In(time.FixedZone("", -8*3600)).Format("2006-01-02T15:04:05-07:00"))
	b = append(jkey(b, "action_by"), "null"...)
	b = g.js(b, "event_type", ev)
	if ev == "FAILED_LOGIN" && g.pct(30) {
		b = g.js(b, "ip_address", "Unknown IP")
	} else {
		b = g.jp(b, "ip_address", cat, ip)
	}
	// Box's session id names the actor's session, not a credential; the
	// policy masks any value under a session key as one, so either
	// outcome is right and it is not labelled.
	b = g.js(b, "session_id", g.hexID(22))
	file := pick(g, []string{"Offer letter.pdf", "Payroll 2026-11.xlsx", "Board deck.pptx"})
	item := func(b []byte) []byte {
		b = jo(b, "source")
		b = g.js(b, "item_type", "file")
		b = g.jk(b, "item_id", "uniqueid", g.num(100000000, 1999999999999))
		b = g.js(b, "item_name", file)
		b = jo(b, "parent")
		b = g.js(b, "type", "folder")
		b = g.js(b, "name", "HR")
		b = g.jk(b, "id", "uniqueid", g.num(100000000, 199999999999))
		b = append(b, '}')
		b = g.boxUser(b, "owned_by", first, last, email)
		return append(b, '}')
	}
	switch ev {
	case "LOGIN", "FAILED_LOGIN", "ADD_LOGIN_ACTIVITY_DEVICE":
		b = g.boxUser(b, "source", first, last, email)
		b = jo(b, "additional_details")
		if ev == "ADD_LOGIN_ACTIVITY_DEVICE" {
			// Devices are named by their owners' operating systems after
			// the person: "Jane Doe's MacBook Pro".
			b = jkey(b, "device_name")
			b = append(b, '"')
			b = g.plant(b, "name", first+" "+last, jsonEsc(first+" "+last))
			b = append(b, jsonEsc("'s "+pick(g, []string{"MacBook Pro", "iPhone", "iPad"}))+`"`...)
			b = g.js(b, "device_id", g.uuid())
		} else {
			ua, ver := g.ua()
			if ver != "" {
				g.keepAt("version", ver)
			}
			b = g.js(b, "user_agent", ua)
		}
		b = append(b, '}')
	case "COLLABORATION_INVITE":
		b = jo(b, "source")
		b = g.js(b, "item_type", "folder")
		b = g.jk(b, "item_id", "uniqueid", g.num(100000000, 199999999999))
		b = g.js(b, "item_name", "Contracts")
		b = g.boxUser(b, "owned_by", first, last, email)
		b = append(b, '}')
		b = jo(b, "additional_details")
		if g.pct(50) {
			// An invitee without a Box account is named by the address
			// only.
			f2, l2 := g.name()
			b = g.jp(b, "invite_email", "email", g.email(f2, l2))
		} else {
			f2, l2 := g.name()
			b = g.boxUser(b, "accessible_by", f2, l2, g.email(f2, l2))
		}
		b = g.js(b, "role", pick(g, []string{"Editor", "Viewer", "Co-owner"}))
		b = append(b, `,"is_performed_by_admin":false}`...)
	case "DOWNLOAD":
		b = item(b)
		b = jo(b, "additional_details")
		size := strconv.Itoa(g.rng.IntN(1 << 30))
		b = g.keep(jkey(b, "size"), "bytes", size, "")
		b = g.jk(b, "version_id", "uniqueid", g.num(100000000, 1999999999999))
		b = g.js(b, "service_name", pick(g, []string{"Box Drive", "Box Sync for Mac", "Webapp"}))
		b = append(b, '}')
	default:
		b = item(b)
		b = jo(b, "additional_details")
		b = g.js(b, "shared_link_id", g.chars(32, lowerNum))
		b = g.js(b, "access", pick(g, []string{"open", "company", "collaborators"}))
		b = append(b, '}')
	}
	return append(b, '}')
}

// tpUser returns the Teleport user: an SSO user named by the address, a
// GitHub login, a local user, or a bot (kept).
func (g *gen) tpUser(first, last string) (user, cat string) {
	switch g.rng.IntN(6) {
	case 0, 1, 2:
		return strings.ToLower(ascii(first)) + "." + strings.ToLower(ascii(last)) + "@example.com", "email"
	case 3:
		return strings.ToLower(ascii(first)) + "-" + strings.ToLower(ascii(last)), "name"
	case 4:
		return strings.ToLower(ascii(first)[:1] + ascii(last)), "name"
	}
	return "bot-" + pick(g, []string{"ci", "argocd", "terraform"}), ""
}

// teleportEvents is one Teleport audit event. The file backend writes the
// members sorted by name, as here.
func (g *gen) teleportEvents(st *streamState) Record {
	first, last := g.name()
	ip, cat := g.clientIP()
	user, ucat := g.tpUser(first, last)
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	ts := g.now.UTC().Format("2006-01-02T15:04:05.000Z")
	sid := g.uuid()
	uidV := g.uuid()
	userMember := func(b []byte) []byte {
		if ucat == "" {
			return g.jk(b, "user", "lookalike", user)
		}
		return g.jp(b, "user", ucat, user)
	}
	osLogin := func(b []byte) []byte {
		// Shared OS logins are kept; a person's own login planted.
		if g.pct(50) {
			return g.jk(b, "login", "lookalike", pick(g, []string{"root", "ubuntu", "ec2-user", "deploy"}))
		}
		return g.jp(b, "login", "name", strings.ToLower(ascii(first)[:1]+ascii(last)))
	}
	host := pick(g, []string{"db-01", "ip-10-1-2-3.ec2.internal", "bastion-eu", "web-7"})
	local := g.privateIPv4() + ":3022"
	switch g.rng.IntN(6) {
	case 0:
		b = g.js(b, "addr.local", local)
		b = g.tpRemote(b, ip, cat)
		b = g.js(b, "cluster_name", "teleport.example.com")
		b = g.js(b, "code", "T2000I")
		b = append(b, `,"ei":0`...)
		b = g.js(b, "event", "session.start")
		b = append(b, `,"initial_command":[""]`...)
		b = osLogin(b)
		b = g.js(b, "namespace", "default")
		b = g.js(b, "private_key_policy", "none")
		b = g.js(b, "proto", "ssh")
		b = g.js(b, "server_addr", local)
		b = g.js(b, "server_hostname", host)
		b = g.jk(b, "server_id", "uuid", g.uuid())
		b = append(b, `,"server_labels":{"env":"prod","teleport.internal/resource-id":"`+g.uuid()+`"}`...)
		b = g.js(b, "session_recording", "node")
		b = g.js(b, "sid", sid) // a session id: a secret under its key by policy, not labelled
		b = g.js(b, "size", "80:25")
		b = g.jk(b, "time", "timestamp", ts)
		b = g.jk(b, "uid", "uuid", uidV)
		b = userMember(b)
		b = append(b, `,"user_kind":1`...)
	case 1:
		method := pick(g, []string{"saml", "oidc", "github", "local"})
		b = g.tpRemote(b, ip, cat)
		if method != "local" {
			b = jo(b, "attributes")
			switch method {
			case "saml":
				b = append(ja(b, "email"), '"')
				b = g.plant(b, "email", g.email(first, last), "")
				b = append(b, `"],"firstName":["`...)
				b = g.plant(b, "name", first, jsonEsc(first))
				b = append(b, `"],"groups":["Everyone","sre"],"lastName":["`...)
				b = g.plant(b, "name", last, jsonEsc(last))
				b = append(b, `"]`...)
			case "oidc":
				b = g.jp(b, "email", "email", g.email(first, last))
				b = append(b, `,"email_verified":true,"groups":["sre"]`...)
				b = g.jp(b, "name", "name", first+" "+last)
				b = g.jk(b, "sub", "uuid", g.uuid())
			default:
				b = append(b, `"organization":"acme","teams":["acme/sre"]`...)
				b = g.jp(b, "username", "name", strings.ToLower(ascii(first))+"-"+strings.ToLower(ascii(last)))
			}
			b = append(b, '}')
		}
		b = g.js(b, "cluster_name", "teleport.example.com")
		ok := g.pct(80)
		if ok {
			b = g.js(b, "code", "T1001I")
		} else {
			b = g.js(b, "code", "T1000W")
		}
		b = append(b, `,"ei":0`...)
		if !ok {
			b = g.js(b, "error", "invalid username, password or second factor")
		}
		b = g.js(b, "event", "user.login")
		b = g.js(b, "method", method)
		b = append(b, `,"success":`+strconv.FormatBool(ok)...)
		b = g.jk(b, "time", "timestamp", ts)
		b = g.jk(b, "uid", "uuid", uidV)
		b = userMember(b)
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = g.js(b, "user_agent", ua)
	case 2:
		b = g.js(b, "addr.local", local)
		b = g.tpRemote(b, ip, cat)
		b = g.js(b, "cluster_name", "teleport.example.com")
		b = g.js(b, "code", "T3002I")
		b = jkey(b, "command")
		b = append(b, '"')
		b = g.tpCommand(b)
		b = append(b, '"')
		b = append(b, `,"ei":0`...)
		b = g.js(b, "event", "exec")
		b = g.js(b, "exitCode", "0")
		b = g.js(b, "exitError", "")
		b = osLogin(b)
		b = g.js(b, "namespace", "default")
		b = g.js(b, "proto", "ssh")
		b = g.js(b, "server_hostname", host)
		b = g.jk(b, "server_id", "uuid", g.uuid())
		b = g.js(b, "sid", sid) // a session id: a secret under its key by policy, not labelled
		b = g.jk(b, "time", "timestamp", ts)
		b = g.jk(b, "uid", "uuid", uidV)
		b = userMember(b)
	case 3:
		b = g.js(b, "cluster_name", "teleport.example.com")
		b = g.js(b, "code", "TDB02I")
		b = g.js(b, "db_name", pick(g, []string{"app", "crm", "billing"}))
		b = g.js(b, "db_origin", "dynamic")
		proto := pick(g, []string{"postgres", "postgres", "mysql", "mongodb"})
		b = g.js(b, "db_protocol", proto)
		b = g.tpQuery(b, proto, first, last)
		b = append(b, `,"db_roles":["access"]`...)
		b = g.js(b, "db_service", "prod-"+proto)
		b = g.js(b, "db_type", pick(g, []string{"rds", "self-hosted"}))
		b = g.js(b, "db_uri", "prod-"+proto+".cluster-c1a2b3.eu-west-1.rds.amazonaws.com:5432")
		b = g.js(b, "db_user", pick(g, []string{"readonly", "app_rw", "teleport-admin"}))
		b = append(b, `,"ei":`+g.num(1, 400)...)
		b = g.js(b, "event", "db.session.query")
		b = g.js(b, "sid", sid) // a session id: a secret under its key by policy, not labelled
		b = append(b, `,"success":true`...)
		b = g.jk(b, "time", "timestamp", ts)
		b = g.jk(b, "uid", "uuid", uidV)
		b = userMember(b)
	case 4:
		b = g.js(b, "addr.local", g.privateIPv4()+":3027")
		b = g.tpRemote(b, ip, cat)
		b = g.js(b, "cluster_name", "teleport.example.com")
		b = g.js(b, "code", "T3009I")
		b = append(b, `,"ei":0`...)
		b = g.js(b, "event", "kube.request")
		b = append(b, `,"kubernetes_cluster":"gke_acme-prod","kubernetes_groups":["system:authenticated","sre"]`...)
		b = append(ja(b, "kubernetes_users"), '"')
		if ucat == "" {
			b = g.keep(b, "lookalike", user, "") // a bot's Kubernetes user, as its Teleport user
		} else {
			b = g.plant(b, ucat, user, jsonEsc(user))
		}
		b = append(b, `"]`...)
		b = osLogin(b)
		b = g.js(b, "namespace", "default")
		b = g.js(b, "proto", "kube")
		pod := "web-" + g.hexID(10) + "-" + g.chars(5, lowerNum)
		b = g.js(b, "request_path", "/api/v1/namespaces/prod/pods/"+pod+"/log?container=app&follow=true&tailLines=100")
		b = g.js(b, "resource_api_group", "core/v1")
		b = g.js(b, "resource_kind", "pods")
		b = g.js(b, "resource_name", pod)
		b = g.js(b, "resource_namespace", "prod")
		b = append(b, `,"response_code":200`...)
		b = g.jk(b, "server_id", "uuid", g.uuid())
		b = g.jk(b, "time", "timestamp", ts)
		b = g.jk(b, "uid", "uuid", uidV)
		b = userMember(b)
		b = g.js(b, "verb", "GET")
	default:
		b = g.js(b, "cert_type", "user")
		b = g.js(b, "code", "TC000I")
		b = append(b, `,"ei":0`...)
		b = g.js(b, "event", "cert.create")
		b = jo(b, "identity")
		b = g.jp(b, "client_ip", cat, ip)
		b = g.jk(b, "expires", "timestamp", g.now.Add(12*time.Hour).UTC().Format("2006-01-02T15:04:05Z"))
		b = append(ja(b, "logins"), '"')
		lg := strings.ToLower(ascii(first)[:1] + ascii(last))
		b = g.plant(b, "name", lg, "")
		b = append(b, `","root","-teleport-internal-join"]`...)
		b = append(b, `,"roles":["access","editor"],"route_to_cluster":"teleport.example.com","teleport_cluster":"teleport.example.com"`...)
		b = userMember(b)
		b = append(b, '}')
		b = g.jk(b, "time", "timestamp", ts)
		b = g.jk(b, "uid", "uuid", uidV)
	}
	return Record{Line: append(b, '}')}
}

// tpRemote appends "addr.remote":"ip:port", the address planted and the
// port kept.
func (g *gen) tpRemote(b []byte, ip, cat string) []byte {
	b = append(jkey(b, "addr.remote"), '"')
	if cat == "ipv6" {
		b = append(b, '[')
	}
	b = g.plant(b, cat, ip, "")
	if cat == "ipv6" {
		b = append(b, ']')
	}
	p := g.num(1024, 65535)
	g.keepAt("port", p, ":"+p+`"`)
	return append(b, ":"+p+`"`...)
}

// tpCommand appends an exec command line whose arguments name a person or
// carry a credential.
func (g *gen) tpCommand(b []byte) []byte {
	switch g.rng.IntN(4) {
	case 0:
		ip := g.ipv4()
		b = append(b, "grep -c "...)
		b = g.plant(b, "ipv4", ip, "")
		return append(b, " /var/log/nginx/access.log"...)
	case 1:
		f, l := g.name()
		e := g.email(f, l)
		b = append(b, "sudo -u postgres psql -c "...)
		b = append(b, jsonEsc(`"SELECT id FROM users WHERE email='`)...)
		b = g.plant(b, "email", e, "")
		return append(b, jsonEsc(`'"`)...)
	case 2:
		pw := g.token(16)
		b = append(b, "mysqldump -u backup "...)
		b = g.plant(b, "secret", pw, "-p"+pw) // glued to the option's letter: its form says where it is
		return append(b, " --single-transaction billing"...)
	}
	return append(b, "systemctl restart nginx"...)
}

// tpQuery appends db_query (and db_query_parameters for a prepared
// statement) with the literals a person's lookup carries.
func (g *gen) tpQuery(b []byte, proto, first, last string) []byte {
	email := g.email(first, last)
	if proto == "mongodb" {
		// Teleport logs MongoDB's wire message, the command as relaxed
		// Extended JSON inside the string.
		q := `OpMsg(RequestID=` + g.num(1, 99999) + `, Flags=0, Body={"find": "users","filter": {"email": "` + email + `"},"limit": {"$numberInt":"1"},"$db": "app"})`
		g.plantAt("email", email, jsonEsc(email))
		return g.js(b, "db_query", q)
	}
	switch g.rng.IntN(4) {
	case 0:
		g.plantAt("email", email)
		return g.js(b, "db_query", "SELECT id, first_name, last_name FROM users WHERE email = '"+email+"';")
	case 1:
		p := g.phone()
		g.plantAt("phone", p)
		return g.js(b, "db_query", "UPDATE customers SET phone = '"+p+"' WHERE id = "+g.num(1000, 99999)+";")
	case 2:
		g.plantAt("name", first, jsonEsc(sqlBody(first)))
		g.plantAt("name", last, jsonEsc(sqlBody(last)))
		return g.js(b, "db_query", "select * from employees where first_name = '"+sqlBody(first)+"' and last_name = '"+sqlBody(last)+"'")
	}
	b = g.js(b, "db_query", "SELECT * FROM accounts WHERE email = $1 AND status = $2")
	b = append(ja(b, "db_query_parameters"), '"')
	b = g.plant(b, "email", email, jsonEsc(email))
	return append(b, `","active"]`...)
}
