package realistic

import (
	"strconv"
	"strings"
)

// Database servers' own logs, which operators ship with the application
// logs: PostgreSQL's server log (PostgreSQL documentation, 19.8 Error
// Reporting and Logging: log_line_prefix escapes, log_connections,
// log_disconnections, log_statement = 'all', log_min_duration_statement;
// 20.8.4 csvlog and 20.8.5 jsonlog) and MySQL's general query log, slow
// query log and error log (MySQL 8.0 Reference Manual, 7.4.3 The General
// Query Log, 7.4.5 The Slow Query Log, 7.4.2 The Error Log).
//
// A database login written as a person's name (jane.doe) is personal data,
// as it is in syslog_auth; the accounts of services (postgres, replicator,
// grafana) are look-alikes. The literals of a logged statement are planted
// where the statement says what they are (a column compared with or set to
// a literal, the columns of a unique key in DETAIL) or where the value says
// it itself (an e-mail address, a card or IBAN among a bind's parameters);
// a password in CREATE ROLE / ALTER ROLE ... PASSWORD is a secret. Process
// ids, session ids (%c: the backend's start time and pid in hex), SQLSTATE
// codes, virtual transaction ids, query ids, durations and row counts are
// look-alikes.

// dbAccounts are database logins of services and administrators.
var dbAccounts = []string{"postgres", "replicator", "grafana", "metabase", "airflow", "debezium", "app_rw", "billing_svc"}

var dbNames = []string{"billing", "shop", "crm", "analytics", "accounts"}

// sqlLit quotes s as an SQL string literal (quotes doubled).
func sqlLit(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// dbLogin returns a login and whether it names a person.
func (g *gen) dbLogin() (string, bool) {
	if g.pct(55) {
		return g.personLogin(), true
	}
	return pick(g, dbAccounts), false
}

// labelLogin labels a login written in the record as form.
func (g *gen) labelLogin(login string, person bool, form string) {
	if person {
		g.plantAt("name", login, form)
	} else {
		g.keepAt("account", login, form)
	}
}

// sqlPlant appends an SQL literal holding personal data of category cat.
// A quote inside the literal stays doubled in the label: no decoding of
// the line undoes SQL's quoting.
func (g *gen) sqlPlant(b []byte, cat, text string) []byte {
	lit := sqlLit(text)
	return g.plant(b, cat, lit[1:len(lit)-1], lit)
}

// pgStatement writes a statement as log_statement = 'all' logs it, with
// literals a person's data. It returns the command tag.
func (g *gen) pgStatement(b []byte) ([]byte, string) {
	f, l := g.name()
	switch g.rng.IntN(7) {
	case 0:
		b = append(b, "SELECT id, first_name, last_name FROM customers WHERE email = "...)
		b = g.sqlPlant(b, "email", g.email(f, l))
		return append(b, " LIMIT 1"...), "SELECT"
	case 1:
		b = append(b, "UPDATE customers SET phone = "...)
		b = g.sqlPlant(b, "phone", g.phone())
		b = append(b, ", updated_at = now() WHERE id = "...)
		b = append(b, g.num(1000, 999999)...)
		return b, "UPDATE"
	case 2:
		b = append(b, "SELECT * FROM customers WHERE last_name = "...)
		b = g.sqlPlant(b, "name", l)
		b = append(b, " AND first_name = "...)
		b = g.sqlPlant(b, "name", f)
		return b, "SELECT"
	case 3:
		b = append(b, "UPDATE payment_methods SET iban = "...)
		b = g.sqlPlant(b, "iban", g.iban())
		b = append(b, " WHERE customer_id = "...)
		b = append(b, g.num(1000, 999999)...)
		return b, "UPDATE"
	case 4:
		b = append(b, "SELECT id FROM users WHERE username = "...)
		b = g.sqlPlant(b, "name", g.personLogin())
		return append(b, " AND active"...), "SELECT"
	case 5:
		// ALTER USER is PostgreSQL's alternative spelling of ALTER ROLE
		// (and MySQL's only one).
		word := pick(g, []string{"ROLE", "ROLE", "USER"})
		b = append(b, "ALTER "+word+" "...)
		login, person := g.dbLogin()
		g.labelLogin(login, person, word+" "+login+" ")
		b = append(b, login...)
		b = append(b, " WITH PASSWORD "...)
		return g.sqlPlant(b, "secret", g.token(12+g.rng.IntN(8))), "ALTER " + word
	}
	b = append(b, "CREATE ROLE "...)
	login := g.personLogin()
	g.plantAt("name", login, "ROLE "+login+" ")
	b = append(b, login...)
	b = append(b, " LOGIN PASSWORD "...)
	return g.sqlPlant(b, "secret", g.token(12+g.rng.IntN(8))), "CREATE ROLE"
}

// pgEvent is one message of a backend: severity, SQLSTATE, message and
// the DETAIL that follows it (empty when none).
type pgEvent struct {
	sev, state, tag string
	msg, detail     []byte
	session         bool // written by a client backend (log_line_prefix's %q)
	// the labels of msg are g.plants[p0:p1] and g.keeps[k0:k1]; detail's follow
	p0, p1, k0, k1 int
}

// markDetail notes where the labels of the DETAIL start.
func (e *pgEvent) markDetail(g *gen) { e.p1, e.k1 = len(g.plants), len(g.keeps) }

// pgEvent makes a backend's message for login on db from host:port.
func (g *gen) pgEvent(login string, person bool, db, host, port string) (e pgEvent) {
	e = pgEvent{sev: "LOG", state: "00000", session: true, p0: len(g.plants), k0: len(g.keeps)}
	e.p1, e.k1 = -1, -1
	defer func() {
		if e.p1 < 0 {
			e.markDetail(g)
		}
	}()
	f, l := g.name()
	switch n := g.rng.IntN(20); {
	case n < 2:
		e.tag = "authentication"
		e.msg = append(e.msg, "connection authorized: user="...)
		g.labelLogin(login, person, "user="+login+" ")
		e.msg = append(e.msg, login...)
		e.msg = append(e.msg, " database="+db+" application_name="+pick(g, []string{"psql", "PostgreSQL JDBC Driver", "pgAdmin 4 - DB:" + db})...)
		if g.pct(60) {
			e.msg = append(e.msg, " SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"...)
		}
	case n < 3:
		e.tag = ""
		e.msg = append(e.msg, "connection received: host="...)
		g.plantAt(ipCat(host), host)
		e.msg = append(e.msg, host...)
		e.msg = g.keep(e.msg, "port", port, " port="+port)
	case n < 4:
		e.tag = "idle"
		e.msg = append(e.msg, "disconnection: session time: 0:"+two(g.rng.IntN(60))+":"+two(g.rng.IntN(60))+"."+g.digits(3)+" user="...)
		g.labelLogin(login, person, "user="+login+" ")
		e.msg = append(e.msg, login...)
		e.msg = append(e.msg, " database="+db+" host="...)
		g.plantAt(ipCat(host), host)
		e.msg = append(e.msg, host...)
		e.msg = g.keep(e.msg, "port", port, " port="+port)
	case n < 5:
		e.sev, e.state, e.tag = "FATAL", "28P01", "authentication"
		e.msg = append(e.msg, "password authentication failed for user \""...)
		g.labelLogin(login, person, login) // quoted "" in csvlog, \" in jsonlog
		e.msg = append(e.msg, login...)
		e.msg = append(e.msg, '"')
		e.markDetail(g)
		e.detail = append(e.detail, "Connection matched file \"/etc/postgresql/16/main/pg_hba.conf\" line "+g.num(90, 130)+": \"host all all 0.0.0.0/0 scram-sha-256\""...)
	case n < 7:
		e.sev, e.state, e.tag = "ERROR", "23505", "INSERT"
		if g.pct(50) {
			e.msg = append(e.msg, "duplicate key value violates unique constraint \"users_email_key\""...)
			e.markDetail(g)
			e.detail = append(e.detail, "Key (email)=("...)
			e.detail = g.plant(e.detail, "email", g.email(f, l), "")
		} else {
			e.msg = append(e.msg, "duplicate key value violates unique constraint \"users_username_key\""...)
			e.markDetail(g)
			e.detail = append(e.detail, "Key (username)=("...)
			e.detail = g.plant(e.detail, "name", g.personLogin(), "")
		}
		e.detail = append(e.detail, ") already exists."...)
	case n < 8:
		e.tag = "SELECT"
		e.msg = append(e.msg, "execute <unnamed>: SELECT id, status FROM orders WHERE customer_email = $1 AND created_at > $2"...)
		e.markDetail(g)
		e.detail = append(e.detail, "parameters: $1 = "...)
		e.detail = g.sqlPlant(e.detail, "email", g.email(f, l))
		e.detail = append(e.detail, ", $2 = '"...)
		e.detail = g.keep(e.detail, "timestamp", g.now.Add(-720*3600e9).Format("2006-01-02 15:04:05"), "")
		e.detail = append(e.detail, '\'')
	case n < 9:
		e.session = false
		e.tag = ""
		w := g.num(20, 4000)
		e.msg = append(e.msg, "checkpoint complete: wrote "+w+" buffers ("+g.num(0, 9)+"."+g.digits(1)+"%); 0 WAL file(s) added, 0 removed, "+g.num(0, 3)+" recycled; write="...)
		e.msg = g.keep(e.msg, "duration", g.num(0, 269)+"."+g.digits(3)+" s", "")
		e.msg = append(e.msg, ", sync=0."+g.digits(3)+" s, total="...)
		e.msg = g.keep(e.msg, "duration", g.num(0, 270)+"."+g.digits(3)+" s", "")
		e.msg = append(e.msg, "; sync files="+g.num(1, 60)+", longest=0."+g.digits(3)+" s, average=0."+g.digits(3)+" s; distance="+g.num(100, 99999)+" kB, estimate="+g.num(100, 99999)+" kB"...)
	case n < 12:
		e.msg = append(e.msg, "duration: "...)
		e.msg = g.keep(e.msg, "duration", g.num(0, 9999)+"."+g.digits(3)+" ms", "")
		e.msg = append(e.msg, "  statement: "...)
		e.msg, e.tag = g.pgStatement(e.msg)
	default:
		e.msg = append(e.msg, "statement: "...)
		e.msg, e.tag = g.pgStatement(e.msg)
	}
	return e
}

// ipCat is the category of an address written by a generator.
func ipCat(s string) string {
	if strings.IndexByte(s, ':') >= 0 {
		return "ipv6"
	}
	return "ipv4"
}

// pgSessionID is %c: the backend's start time and pid in hex, joined by a dot.
func (g *gen) pgSessionID(pid int) string {
	return strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(3600)), 16) + "." + strconv.FormatInt(int64(pid), 16)
}

// postgresLog is one record of a PostgreSQL server log. The stream's
// variant picks the destination: stderr with log_line_prefix
// '%m [%p] %q%u@%d %r ' (variant 0 mod 4) or pgBadger's
// '%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h ' (2), jsonlog (1) or
// csvlog (3). A message's DETAIL is its own stderr line and a
// column or member of csvlog and jsonlog.
func (g *gen) postgresLog(st *streamState) Record {
	login, person := g.dbLogin()
	db := pick(g, dbNames)
	host := g.ipv4()
	if g.pct(20) {
		host = g.ipv6()
	}
	port := g.num(32768, 60999)
	pidN := 1000 + g.rng.IntN(90000)
	pid := strconv.Itoa(pidN)
	e := g.pgEvent(login, person, db, host, port)
	t := g.now.UTC()
	b := make([]byte, 0, 512)
	switch st.variant % 4 {
	case 0, 2:
		// stderr: prefix, then "SEV:  message"; DETAIL on the next line
		// as a stream would carry it (here: the same record, as the
		// collector joins nothing; the DETAIL line stands alone half the time).
		writePrefix := func(b []byte) []byte {
			if st.variant%4 == 0 {
				b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05.000")+" UTC", "")
				b = g.keep(b, "counter", pid, " ["+pid+"] ")
				if !e.session {
					return b
				}
				if e.tag == "" {
					b = append(b, "[unknown]@[unknown] "...)
				} else {
					g.labelLogin(login, person, login+"@"+db)
					b = append(b, login+"@"+db+" "...)
				}
				g.plantAt(ipCat(host), host)
				return append(b, host+"("+port+") "...)
			}
			b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05")+" UTC", "")
			b = g.keep(b, "counter", pid, " ["+pid+"]: ")
			b = append(b, "["+strconv.Itoa(st.n%40+1)+"-1] "...)
			if !e.session {
				return b
			}
			if e.tag == "" {
				return append(b, "user=[unknown],db=[unknown],app=[unknown],client="+host+" "...)
			}
			g.labelLogin(login, person, "user="+login+",")
			b = append(b, "user="+login+",db="+db+",app=psql,client="...)
			g.plantAt(ipCat(host), host)
			return append(b, host+" "...)
		}
		if e.tag == "" && e.session {
			g.plantAt(ipCat(host), host)
		}
		if len(e.detail) > 0 && g.pct(50) {
			// the DETAIL line of the same backend
			g.plants = append(g.plants[:e.p0], g.plants[e.p1:]...)
			g.keeps = append(g.keeps[:e.k0], g.keeps[e.k1:]...)
			b = writePrefix(b)
			b = append(b, "DETAIL:  "...)
			b = append(b, e.detail...)
			return Record{Line: b}
		}
		g.plants, g.keeps = g.plants[:e.p1], g.keeps[:e.k1]
		b = writePrefix(b)
		b = append(b, e.sev+":  "...)
		b = append(b, e.msg...)
		return Record{Line: b}
	case 3:
		// csvlog: log_time, user_name, database_name, process_id,
		// connection_from, session_id, session_line_num, command_tag,
		// session_start_time, virtual_transaction_id, transaction_id,
		// error_severity, sql_state_code, message, detail, hint,
		// internal_query, internal_query_pos, context, query, query_pos,
		// location, application_name, backend_type, leader_pid, query_id.
		b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05.000")+" UTC", "")
		b = append(b, ',')
		if e.session && e.tag != "" {
			g.labelLogin(login, person, "\""+login+"\"")
			b = append(b, "\""+login+"\",\""+db+"\""...)
		} else {
			b = append(b, ',')
		}
		b = g.keep(b, "counter", pid, ","+pid+",")
		if e.session {
			g.plantAt(ipCat(host), host)
			b = append(b, "\""+host+":"+port+"\""...)
		}
		b = append(b, ',')
		b = g.keep(b, "uniqueid", g.pgSessionID(pidN), "")
		b = append(b, ","+strconv.Itoa(st.n%40+1)+",\""+e.tag+"\","...)
		b = g.keep(b, "timestamp", t.Add(-37e9).Format("2006-01-02 15:04:05")+" UTC", "")
		b = append(b, ","...)
		b = g.keep(b, "counter", g.num(1, 40)+"/"+g.num(1, 9999), "")
		b = append(b, ",0,"+e.sev...)
		b = g.keep(b, "status", e.state, ","+e.state+",")
		b = append(b, csvQuote(string(e.msg))...)
		b = append(b, ',')
		if len(e.detail) > 0 {
			b = append(b, csvQuote(string(e.detail))...)
		}
		b = append(b, ",,,,,,,,"...)
		if e.session {
			b = append(b, "\"psql\",\"client backend\",,"...)
		} else {
			b = append(b, "\"\",\"checkpointer\",,"...)
		}
		if q := g.queryID(); q != "0" {
			b = g.keep(b, "requestid", q, "")
		} else {
			b = append(b, '0')
		}
		return Record{Line: b}
	}
	// jsonlog
	b = append(b, '{')
	b = g.jk(b, "timestamp", "timestamp", t.Format("2006-01-02 15:04:05.000")+" UTC")
	if e.session && e.tag != "" {
		b = g.jf(b, "user", labelOf(person), loginCat(person), login, nil)
		b = g.js(b, "dbname", db)
	}
	b = jn(b, "pid", pid)
	if e.session {
		b = g.jp(b, "remote_host", ipCat(host), host)
		b = jn(b, "remote_port", port)
	}
	b = g.jk(b, "session_id", "uniqueid", g.pgSessionID(pidN))
	b = jn(b, "line_num", strconv.Itoa(st.n%40+1))
	if e.tag != "" {
		b = g.js(b, "ps", e.tag)
	}
	b = g.jk(b, "session_start", "timestamp", t.Add(-37e9).Format("2006-01-02 15:04:05")+" UTC")
	b = g.jk(b, "vxid", "counter", g.num(1, 40)+"/"+g.num(1, 9999))
	b = jn(b, "txid", "0")
	b = g.js(b, "error_severity", e.sev)
	if e.state != "00000" {
		b = g.jk(b, "state_code", "status", e.state)
	}
	b = jkey(b, "message")
	b = append(b, '"')
	b = append(b, jsonEsc(string(e.msg))...)
	b = append(b, '"')
	if len(e.detail) > 0 {
		b = jkey(b, "detail")
		b = append(b, '"')
		b = append(b, jsonEsc(string(e.detail))...)
		b = append(b, '"')
	}
	if e.session {
		b = g.js(b, "application_name", "psql")
		b = g.js(b, "backend_type", "client backend")
	} else {
		b = g.js(b, "backend_type", "checkpointer")
	}
	b = jkey(b, "query_id")
	if q := g.queryID(); q != "0" {
		b = g.keep(b, "requestid", q, "")
	} else {
		b = append(b, '0')
	}
	return Record{Line: append(b, '}')}
}

// queryID is compute_query_id's signed 64-bit hash (0 when not computed).
func (g *gen) queryID() string {
	if g.pct(30) {
		return "0"
	}
	q := strconv.FormatInt(int64(g.rng.Uint64()>>1), 10)
	if g.pct(50) {
		return "-" + q
	}
	return q
}

func labelOf(person bool) label {
	if person {
		return planted
	}
	return kept
}

func loginCat(person bool) string {
	if person {
		return "name"
	}
	return "account"
}

// csvQuote quotes s as a CSV field ("" for ").
func csvQuote(s string) string { return "\"" + strings.ReplaceAll(s, "\"", "\"\"") + "\"" }

// mysqlLog is one line of MySQL's general query log (a stream in three),
// slow query log or error log (8.0 format: time, thread id, [priority],
// [error code], [subsystem], message).
func (g *gen) mysqlLog(st *streamState) Record {
	login, person := g.dbLogin()
	db := pick(g, dbNames)
	host := g.ipv4()
	if g.pct(15) {
		host = g.ipv6()
	}
	id := g.num(8, 9999)
	t := g.now.UTC()
	ts := t.Format("2006-01-02T15:04:05.000000Z")
	b := make([]byte, 0, 400)
	switch st.variant % 3 {
	case 0:
		b = g.keep(b, "timestamp", ts, "")
		b = append(b, '\t')
		b = g.keep(b, "counter", id, strings.Repeat(" ", 6-len(id))+id+" ")
		switch n := g.rng.IntN(10); {
		case n < 2:
			b = append(b, "Connect\t"...)
			g.labelLogin(login, person, "\t"+login+"@")
			b = append(b, login+"@"...)
			b = g.plant(b, ipCat(host), host, "")
			b = append(b, " on "+db+" using "+pick(g, []string{"TCP/IP", "SSL/TLS"})...)
		case n < 3:
			b = append(b, "Connect\tAccess denied for user '"...)
			g.labelLogin(login, person, "'"+login+"'")
			b = append(b, login+"'@'"...)
			b = g.plant(b, ipCat(host), host, "")
			b = append(b, "' (using password: YES)"...)
		case n < 4:
			b = append(b, "Quit\t"...)
		default:
			b = append(b, "Query\t"...)
			b = g.mysqlQuery(b)
		}
		return Record{Line: b}
	case 1:
		switch st.n % 5 {
		case 0:
			return Record{Line: g.keep(append(b, "# Time: "...), "timestamp", ts, "")}
		case 1:
			b = append(b, "# User@Host: "...)
			g.labelLogin(login, person, "Host: "+login+"[")
			g.labelLogin(login, person, "["+login+"]")
			b = append(b, login+"["+login+"] @ "...)
			if g.pct(40) {
				b = append(b, "client"+g.num(1, 99)+".example.net "...)
			} else {
				b = append(b, ' ')
			}
			b = g.plant(b, ipCat(host), host, "["+host+"]")
			return Record{Line: g.keep(b, "counter", id, "  Id: "+strings.Repeat(" ", 5-len(id))+id)}
		case 2:
			b = append(b, "# Query_time: "...)
			b = g.keep(b, "duration", g.num(1, 30)+"."+g.digits(6), "")
			b = append(b, "  Lock_time: 0."+g.digits(6)+" Rows_sent: "...)
			b = g.keep(b, "counter", g.num(0, 500), "")
			b = append(b, "  Rows_examined: "...)
			return Record{Line: g.keep(b, "counter", g.num(1000, 9999999), "")}
		case 3:
			return Record{Line: append(g.keep(append(b, "SET timestamp="...), "epoch", strconv.FormatInt(t.Unix(), 10), ""), ';')}
		}
		b = g.mysqlQuery(b)
		return Record{Line: append(b, ';')}
	}
	b = g.keep(b, "timestamp", ts, "")
	b = append(b, ' ')
	b = append(b, id...)
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, " [Note] [MY-010914] [Server] Aborted connection "+id+" to db: '"+db+"' user: '"...)
		g.labelLogin(login, person, "user: '"+login+"'")
		b = append(b, login+"' host: '"...)
		b = g.plant(b, ipCat(host), host, "")
		b = append(b, "' (Got an error reading communication packets)."...)
	case 1:
		b = append(b, " [Warning] [MY-010055] [Server] IP address '"...)
		b = g.plant(b, ipCat(host), host, "")
		b = append(b, "' could not be resolved: Name or service not known"...)
	default:
		b = append(b, " [Warning] [MY-013360] [Server] Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'"...)
	}
	return Record{Line: b}
}

// mysqlQuery writes a statement as the client sent it.
func (g *gen) mysqlQuery(b []byte) []byte {
	f, l := g.name()
	switch g.rng.IntN(5) {
	case 0:
		b = append(b, "SELECT * FROM customers WHERE email="...)
		return g.sqlPlant(b, "email", g.email(f, l))
	case 1:
		b = append(b, "UPDATE users SET last_login_ip="...)
		ip := g.ipv4()
		b = g.plant(b, "ipv4", ip, "'"+ip+"'")
		b = append(b, " WHERE username="...)
		return g.sqlPlant(b, "name", g.personLogin())
	case 2:
		b = append(b, "SELECT first_name, last_name FROM customers WHERE last_name = "...)
		b = g.sqlPlant(b, "name", l)
		return append(b, " ORDER BY id LIMIT 50"...)
	case 3:
		b = append(b, "UPDATE customers SET phone='"...)
		b = g.plant(b, "phone", g.phone(), "")
		return append(b, "' WHERE id="+g.num(1, 999999)...)
	}
	return append(b, "SELECT COUNT(*) FROM orders WHERE created_at > NOW() - INTERVAL 1 DAY"...)
}
