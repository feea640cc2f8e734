package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Application framework logs, error trackers and analytics exports, and
// help desk webhooks, in the shapes their documentation gives (one
// framework or product a stream, several shapes a product):
//
//   - app_frameworks2:
//   - Rails' default production log (Logger's formatter, log_tags
//     [:request_id]): "Started POST "/path?query" for IP at time",
//     "Processing by Controller#action as FORMAT", "Parameters: {…}" in
//     Hash#inspect syntax with filter_parameters' "[FILTERED]",
//     ActiveRecord's INSERT with its binds list, "Redirected to URL",
//     ActiveJob's "Performing … with arguments:" and
//     action_on_unpermitted_parameters = :log's "Unpermitted parameter:".
//   - gunicorn: the default access_log_format (%(h)s %(l)s %(u)s %(t)s
//     "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s") and the error log
//     ("[time] [pid] [LEVEL] message"); Django's verbose formatter from
//     its logging how-to ({levelname} {asctime} {module} {process:d}
//     {thread:d} {message}) with django.request's "Internal Server
//     Error: path" and traceback, "Not Found: path".
//   - Laravel's daily log (Monolog LineFormatter with inline line breaks
//     and stack traces): "[time] env.LEVEL: message {context} []", the
//     exception handler's context {"userId":N,"exception":"[object]
//     (Class(code: N): message at file:line)\n[stacktrace]\n#0 …"}, a
//     QueryException's SQL with its bindings put in place.
//   - Spring Boot 3's default console pattern (time, level, pid, "---",
//     [application] [thread], the correlation id [trace-span], logger,
//     message), logging.pattern.level with an MDC value, Hibernate 6's
//     bind trace, a constraint violation with its frames; the structured
//     ECS format (logging.structured.format.console=ecs), MDC keys as
//     members.
//   - Serilog's compact JSON (Serilog.Formatting.Compact, CLEF): @t,
//     @mt (the message template), @l unless Information, @x, @tr, @sp, the
//     properties beside them ({@User} destructured with $type); the
//     rendered form's @m (strings in quotes) and @i; ASP.NET Core request
//     logging and EF Core's CommandExecuted with sensitive data logging.
//
// Planted: e-mail addresses, names and logins under their keys, columns or
// placeholders, phone numbers, client addresses, street lines, password
// hashes (bcrypt); a name only positional in a parameter list is out of scope
// (name_text). Kept: request, trace, span and job ids, times, durations,
// pids, thread names, line numbers, record ids, Global IDs, versions,
// message templates, "[FILTERED]".

func (g *gen) appFrameworks2(st *streamState) Record {
	switch st.variant % 5 {
	case 1:
		return g.djangoLog()
	case 2:
		return g.laravelLog2()
	case 3:
		return g.springLog(st)
	case 4:
		return g.serilogEvent()
	}
	return g.railsLog2(st)
}

func (g *gen) railsHead(b []byte, lvl byte) []byte {
	b = append(b, lvl, ',', ' ', '[')
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02T15:04:05.000000"), "")
	level := map[byte]string{'I': " INFO", 'D': "DEBUG", 'W': " WARN", 'E': "ERROR"}[lvl]
	b = append(b, " #"+g.num(1, 9)+"] "+level+" -- : ["...)
	return append(g.keep(b, "requestid", g.uuid(), ""), "] "...)
}

func (g *gen) railsLog2(st *streamState) Record {
	b := make([]byte, 0, 900)
	first, last := g.name()
	email := g.email(first, last)
	arrow := rubyArrow(st.variant >= 5)
	ruby := func(k string) string { return `"` + k + `"` + arrow }
	switch g.rng.IntN(8) {
	case 0:
		b = g.railsHead(b, 'I')
		b = append(b, `Started POST "/users?email=`...)
		b = g.plant(b, "email", email, pctEnc(email, false, false))
		b = append(b, `&invite=`+g.chars(20, b64url)+`" for `...)
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
		b = append(b, " at "...)
		b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05 -0700"), "")
	case 1:
		b = g.railsHead(b, 'I')
		b = append(b, "  Parameters: {"+ruby("authenticity_token")+`"[FILTERED]", `+ruby("user")+"{"+ruby("email")+`"`...)
		g.keepAt("lookalike", "[FILTERED]", ruby("password")+`"[FILTERED]"`)
		b = g.plant(b, "email", email, "")
		b = append(b, `", `+ruby("password")+`"[FILTERED]", `+ruby("password_confirmation")+`"[FILTERED]", `+ruby("first_name")+`"`...)
		b = g.plant(b, "name", first, "")
		b = append(b, `", `+ruby("last_name")+`"`...)
		b = g.plant(b, "name", last, "")
		b = append(b, `", `+ruby("phone_number")+`"`...)
		b = g.plant(b, "phone", g.phone(), "")
		b = append(b, `", `+ruby("address_attributes")+"{"+ruby("street")+`"`...)
		b = g.plant(b, "address", g.street(), "")
		b = append(b, `", `+ruby("city")+`"Berlin", `+ruby("zip")+`"10115"}}, `+ruby("commit")+`"Create account"}`...)
	case 2:
		b = g.railsHead(b, 'D')
		b = append(b, "  User Create ("...)
		b = g.keep(b, "duration", g.num(0, 9)+"."+g.num(1, 9)+"ms", "")
		b = append(b, `)  INSERT INTO "users" ("email", "name", "phone", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5) RETURNING "id"  [["email", "`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `"], ["name", "`...)
		b = g.plant(b, "name", first+" "+last, "")
		b = append(b, `"], ["phone", "`...)
		b = g.plant(b, "phone", g.phone(), "")
		ts := g.now.UTC().Format("2006-01-02 15:04:05.000000")
		b = append(b, `"], ["created_at", "`...)
		b = g.keep(b, "timestamp", ts, "")
		b = append(b, `"], ["updated_at", "`+ts+`"]]`...)
	case 3:
		b = g.railsHead(b, 'I')
		b = append(b, "Redirected to https://shop.example.com/welcome?email="...)
		b = g.plant(b, "email", email, pctEnc(email, false, false))
		b = append(b, "&user_id="...)
		id := g.num(1000, 999999)
		b = g.keep(b, "counter", id, "user_id="+id)[:len(b)]
		b = append(b, id...)
	case 4:
		// ActiveJob's log subscriber: the job's arguments inspected, a
		// record as its Global ID.
		b = g.railsHead(b, 'I')
		jid := g.uuid()
		b = append(b, "[ActiveJob] [ActionMailer::MailDeliveryJob] ["...)
		b = g.keep(b, "uuid", jid, "")
		b = append(b, "] Performing ActionMailer::MailDeliveryJob (Job ID: "+jid+") from Async(mailers) enqueued at "...)
		b = g.keep(b, "timestamp", g.now.Add(-2*time.Second).UTC().Format("2006-01-02T15:04:05.000000000Z"), "")
		id := g.num(1, 99999)
		b = append(b, ` with arguments: "UserMailer", "welcome", "deliver_now", {:params=>{:user=>#<GlobalID:0x00007f`...)
		b = append(b, g.hexID(10)...)
		b = append(b, ` @uri=#<URI::GID `...)
		b = g.keep(b, "lookalike", "gid://shop/User/"+id, "")
		b = append(b, `>>, :email=>"`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `"}, :args=>[]}`...)
	case 5:
		// action_on_unpermitted_parameters = :log (Rails 7's context).
		b = g.railsHead(b, 'D')
		b = append(b, "Unpermitted parameter: :phone. Context: { controller: UsersController, action: update, request: #<ActionDispatch::Request:0x00007f"+g.hexID(10)+">, params: {"+ruby("_method")+`"patch", `+ruby("user")+"{"+ruby("email")+`"`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `", `+ruby("phone")+`"`...)
		b = g.plant(b, "phone", g.phone(), "")
		b = append(b, `"}, `+ruby("controller")+`"users", `+ruby("action")+`"update", `+ruby("id")+`"`...)
		id := g.num(1, 99999)
		b = g.keep(b, "counter", id, ruby("id")+`"`+id+`"`)[:len(b)]
		b = append(b, id+`"} }`...)
	case 6:
		b = g.railsHead(b, 'I')
		b = append(b, "Processing by Users::SessionsController#create as HTML"...)
	default:
		b = g.railsHead(b, 'I')
		b = append(b, "Completed 422 Unprocessable Content in "...)
		b = g.keep(b, "duration", g.num(2, 900)+"ms", "")
		b = append(b, " (Views: "+g.num(1, 90)+"."+g.num(0, 9)+"ms | ActiveRecord: "+g.num(0, 40)+"."+g.num(0, 9)+"ms (3 queries, 1 cached) | GC: 0.0ms)"...)
	}
	return Record{Line: b}
}

func (g *gen) djangoLog() Record {
	b := make([]byte, 0, 1400)
	first, last := g.name()
	email := g.email(first, last)
	pid := g.num(7, 99999)
	switch g.rng.IntN(6) {
	case 0, 1:
		// gunicorn's default access log format.
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
		b = append(b, " - - ["...)
		b = g.keep(b, "timestamp", g.clfTime(), "")
		b = append(b, `] "GET /accounts/confirm-email/?email=`...)
		b = g.plant(b, "email", email, pctEnc(email, true, false))
		b = append(b, "&key="...)
		b = g.plant(b, "secret", g.chars(40, lowerNum), "")
		b = append(b, ` HTTP/1.1" 302 0 "https://mail.example.com/" "`...)
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = append(b, ua...)
		b = append(b, '"')
	case 2:
		b = append(b, '[')
		b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05 -0700"), "")
		b = append(b, "] ["+pid+"] [ERROR] Error handling request /accounts/password/reset/?email="...)
		b = g.plant(b, "email", email, pctEnc(email, false, false))
		b = append(b, "\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/gunicorn/workers/sync.py\", line 135, in handle\n    self.handle_request(listener, req, client, addr)\nConnectionResetError: [Errno 104] Connection reset by peer"...)
	case 3:
		b = append(b, "ERROR "...)
		b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05,000"), "")
		b = append(b, " log "+pid+" 1397"+g.digits(11)+" Internal Server Error: /api/accounts/\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py\", line 105, in _execute\n    return self.cursor.execute(sql, params)\npsycopg.errors.UniqueViolation: duplicate key value violates unique constraint \"accounts_user_email_key\"\nDETAIL:  Key (email)=("...)
		b = g.plant(b, "email", email, "")
		b = append(b, ") already exists."...)
	case 4:
		b = append(b, "WARNING "...)
		b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05,000"), "")
		login := g.personLogin()
		b = append(b, " log "+pid+" 1397"+g.digits(11)+" Not Found: /users/"...)
		b = g.plant(b, "name", login, "")
		b = append(b, "/followers/"...)
	default:
		b = append(b, "INFO "...)
		b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05,000"), "")
		b = append(b, " views "+pid+" 1397"+g.digits(11)+" signup completed: email="...)
		b = g.plant(b, "email", email, "")
		b = append(b, " phone="...)
		b = g.plant(b, "phone", g.e164(), "")
		b = append(b, " ip="...)
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
	}
	return Record{Line: b}
}

func (g *gen) laravelLog2() Record {
	b := make([]byte, 0, 1600)
	first, last := g.name()
	email := g.email(first, last)
	b = append(b, '[')
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05"), "")
	b = append(b, "] production."...)
	uid := g.num(1, 99999)
	switch g.rng.IntN(4) {
	case 0:
		// A QueryException: Laravel puts the bindings into the SQL.
		ts := g.now.Format("2006-01-02 15:04:05")
		hash := "$2y$12$" + g.chars(53, base62+"./")
		msg := "SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '" + email + "' for key 'users_email_unique' (Connection: mysql, SQL: insert into `users` (`name`, `email`, `password`, `updated_at`, `created_at`) values (" + first + " " + last + ", " + email + ", " + hash + ", " + ts + ", " + ts + "))"
		b = append(b, "ERROR: "+msg+` {"exception":"[object] (Illuminate\\Database\\UniqueConstraintViolationException(code: 23000): `...)
		b = append(b, jsonEsc(msg)...)
		b = append(b, " at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:"...)
		ln := g.num(500, 900)
		b = g.keep(b, "counter", ln, "Connection.php:"+ln+")")[:len(b)]
		b = append(b, ln+")\n[stacktrace]\n#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(779): Illuminate\\\\Database\\\\Connection->runQueryCallback()\n#1 /var/www/html/app/Http/Controllers/Auth/RegisteredUserController.php(42): Illuminate\\\\Database\\\\Eloquent\\\\Model->save()\n#2 {main}\n\"} []"...)
		g.plantAt("email", email)
		g.plantAt("name_text", first+" "+last) // only its place in the values says so
		g.plantAt("secret", hash)
	case 1:
		b = append(b, "ERROR: Expected response code \"250/251/252\" but got code \"550\", with message \"550 5.1.1 <"...)
		b = g.plant(b, "email", email, "")
		b = append(b, ">: Recipient address rejected: User unknown\". "...)
		b = append(b, '{')
		b = jn(b, "userId", uid)
		g.keepAt("counter", uid, `"userId":`+uid+`,`)
		b = append(jkey(b, "exception"), `"[object] (Symfony\\Component\\Mailer\\Exception\\UnexpectedResponseException(code: 550): Expected response code \"250/251/252\" but got code \"550\", with message \"550 5.1.1 <`...)
		b = append(b, email...)
		b = append(b, `>: Recipient address rejected: User unknown\". at /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342)
[stacktrace]
#0 /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(198): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->assertResponseCode()
#1 {main}
"} []`...)
	case 2:
		b = append(b, "WARNING: Failed login attempt "...)
		b = append(b, '{')
		b = g.jp(b, "email", "email", email)
		ip, cat := g.clientIP()
		b = g.jp(b, "ip", cat, ip)
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = g.js(b, "user_agent", ua)
		n := g.num(2, 9)
		b = jn(b, "attempts", n)
		g.keepAt("counter", n, `"attempts":`+n+`}`)
		b = append(b, "} []"...)
	default:
		b = append(b, "INFO: Order placed "...)
		b = append(b, '{')
		b = jn(b, "userId", uid)
		g.keepAt("counter", uid, `"userId":`+uid+`,`)
		b = g.jp(b, "email", "email", email)
		b = g.jk(b, "order", "orderid", g.orderID())
		b = jo(b, "shipping")
		b = g.jp(b, "name", "name", first+" "+last)
		b = g.jp(b, "address_line_1", "address", g.street())
		b = g.jp(b, "phone", "phone", g.phone())
		b = append(b, "}} "...)
		b = append(b, `{"request_id":"`...)
		b = g.keep(b, "requestid", g.uuid(), "")
		b = append(b, `"}`...)
	}
	return Record{Line: b}
}

var springThreads = []string{"nio-8080-exec-1", "nio-8080-exec-7", "io-8080-exec-10", "task-3", "scheduling-1"}

func (g *gen) springLog(st *streamState) Record {
	b := make([]byte, 0, 1600)
	first, last := g.name()
	email := g.email(first, last)
	login := g.personLogin()
	pid := g.num(1000, 99999)
	if st.variant >= 5 || g.pct(25) {
		// Structured ECS console output.
		b = append(b, '{')
		b = g.jk(b, "@timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000000Z"))
		b = g.js(b, "log.level", "INFO")
		b = jn(b, "process.pid", pid)
		g.keepAt("counter", pid, `"process.pid":`+pid+`,`)
		b = g.js(b, "process.thread.name", "http-"+pick(g, springThreads))
		b = g.js(b, "service.name", "accounts")
		b = g.js(b, "log.logger", "com.example.accounts.web.SignupController")
		b = append(jkey(b, "message"), `"Account created for `...)
		b = g.plant(b, "email", email, "")
		b = append(b, '"')
		b = g.jk(b, "traceId", "hash", g.hexID(32))
		b = g.jk(b, "spanId", "hash", g.hexID(16))
		b = g.jp(b, "userEmail", "email", email)
		b = g.jp(b, "clientIp", "ipv4", g.ipv4())
		b = g.jp(b, "username", "name", login)
		b = g.js(b, "ecs.version", "8.11")
		return Record{Line: append(b, '}')}
	}
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"), "")
	lvl := pick(g, []string{" INFO", " INFO", " WARN", "ERROR", "DEBUG", "TRACE"})
	if g.pct(50) {
		// logging.pattern.level=user:%X{user} %5p (the reference
		// guide's example of an MDC value in the default pattern)
		b = append(b, " user:"...)
		b = g.plant(b, "name", login, "")
	}
	b = append(b, " "+lvl+" "...)
	b = g.keep(b, "counter", pid, " "+pid+" --- ")[:len(b)]
	b = append(b, pid+" --- [accounts] ["+pick(g, springThreads)+"] ["...)
	b = g.keep(b, "hash", g.hexID(32), "")
	b = append(b, '-')
	b = g.keep(b, "hash", g.hexID(16), "")
	b = append(b, "] "...)
	switch lvl {
	case "TRACE":
		b = append(b, "org.hibernate.orm.jdbc.bind              : binding parameter (1:VARCHAR) <- ["...)
		b = g.plant(b, "email", email, "")
		b = append(b, "]"...)
	case "DEBUG":
		b = append(b, "o.s.s.w.a.AnonymousAuthenticationFilter  : Set SecurityContextHolder to anonymous SecurityContext"...)
	case "ERROR":
		b = append(b, "o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"users_email_key\"\n  Detail: Key (email)=("...)
		b = g.plant(b, "email", email, "")
		b = append(b, ") already exists.] [insert into users (email,phone,id) values (?,?,?)]] with root cause\n\norg.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"users_email_key\"\n  Detail: Key (email)=("...)
		b = append(b, email...)
		g.plantAt("email", email)
		b = append(b, ") already exists.\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:"...)
		ln := g.num(2000, 2800)
		b = g.keep(b, "counter", ln, "QueryExecutorImpl.java:"+ln+")")[:len(b)]
		b = append(b, ln+")\n\tat com.example.accounts.web.SignupController.signup(SignupController.java:57)"...)
	case " WARN":
		b = append(b, "c.e.accounts.sms.VerificationService     : SMS to "...)
		b = g.plant(b, "phone", g.e164(), "")
		b = append(b, " not delivered (status=undelivered, attempt "...)
		n := g.num(2, 5)
		b = g.keep(b, "counter", n, "attempt "+n+")")[:len(b)]
		b = append(b, n+")"...)
	default:
		b = append(b, "c.e.accounts.web.SignupController        : Signup request from "...)
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
		b = append(b, " for "...)
		b = g.plant(b, "email", email, "")
		b = append(b, " completed in "...)
		b = g.keep(b, "duration", g.num(2, 900)+" ms", "")
	}
	return Record{Line: b}
}

// serilogEvent is one CLEF event: Serilog's CompactJsonFormatter (@mt) or
// RenderedCompactJsonFormatter (@m and @i).
func (g *gen) serilogEvent() Record {
	first, last := g.name()
	email := g.email(first, last)
	rendered := g.pct(35)
	b := make([]byte, 0, 1600)
	b = append(b, '{')
	b = g.jk(b, "@t", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.0000000Z"))
	tmpl := func(mt, m string) {
		if rendered {
			b = append(jkey(b, "@m"), '"')
			b = append(b, jsonEsc(m)...)
			b = append(b, '"')
			b = g.jk(b, "@i", "hash", g.hexID(8))
			return
		}
		b = g.jk(b, "@mt", "lookalike", mt)
	}
	conn := "0HN" + strings.ToUpper(g.chars(10, lowerNum))
	ctx := func(source, path string) {
		b = g.jk(b, "@tr", "hash", g.hexID(32))
		b = g.jk(b, "@sp", "hash", g.hexID(16))
		b = g.js(b, "SourceContext", source)
		b = g.jk(b, "RequestId", "requestid", conn+":0000000"+g.num(1, 9))
		b = g.js(b, "RequestPath", path)
		b = g.jk(b, "ConnectionId", "requestid", conn)
	}
	switch g.rng.IntN(5) {
	case 0:
		ip, cat := g.clientIP()
		tmpl("User {Email} signed in from {RemoteIpAddress}", `User "`+email+`" signed in from "`+ip+`"`)
		if rendered {
			g.plantAt("email", email, jsonEsc(email))
			g.plantAt(cat, ip)
		}
		b = g.jp(b, "Email", "email", email)
		b = g.jp(b, "RemoteIpAddress", cat, ip)
		ctx("Shop.Web.Controllers.AccountController", "/account/login")
	case 1:
		b = g.js(b, "@l", "Warning")
		id := g.num(1, 99999)
		tmpl("Profile update rejected for {@User}", `Profile update rejected for UserDto { Id: `+id+`, Email: "`+email+`", DisplayName: "`+first+" "+last+`" }`)
		if rendered {
			g.plantAt("email", email)
			g.plantAt("name", first+" "+last)
		}
		b = jo(b, "User")
		b = jn(b, "Id", id)
		g.keepAt("counter", id, `"Id":`+id+`,`)
		b = g.jp(b, "Email", "email", email)
		b = g.jp(b, "DisplayName", "name", first+" "+last)
		b = g.jp(b, "PhoneNumber", "phone", g.phone())
		b = g.js(b, "$type", "UserDto")
		b = append(b, '}')
		ctx("Shop.Web.Controllers.ProfileController", "/api/profile")
	case 2:
		b = g.js(b, "@l", "Error")
		tmpl("Failed to send confirmation to {Email}", `Failed to send confirmation to "`+email+`"`)
		if rendered {
			g.plantAt("email", email)
		}
		b = append(jkey(b, "@x"), `"MailKit.Net.Smtp.SmtpCommandException: 5.1.1 <`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `>: Recipient address rejected: User unknown\r\n   at MailKit.Net.Smtp.SmtpClient.ProcessRcptToResponse(MimeMessage message, SmtpResponse response)\r\n   at Shop.Notifications.EmailSender.SendAsync(String to, String subject) in /src/Shop.Notifications/EmailSender.cs:line `...)
		ln := g.num(20, 300)
		b = g.keep(b, "counter", ln, "line "+ln+`"`)[:len(b)]
		b = append(b, ln+`"`...)
		b = g.jp(b, "Email", "email", email)
		ctx("Shop.Notifications.EmailSender", "/account/register")
	case 3:
		// UseSerilogRequestLogging, with the query string added by
		// EnrichDiagnosticContext.
		el := g.num(1, 900) + "." + g.digits(4)
		tmpl("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", "HTTP \"GET\" \"/account/confirm\" responded 302 in "+el+" ms")
		b = g.js(b, "RequestMethod", "GET")
		b = jn(b, "StatusCode", "302")
		g.keepAt("status", "302", `"StatusCode":302`)
		b = jn(b, "Elapsed", el)
		g.keepAt("duration", el)
		enc := pctEnc(email, false, false)
		g.plantAt("email", email, enc)
		b = g.js(b, "QueryString", "?email="+enc+"&code="+g.chars(6, "0123456789"))
		ip, cat := g.clientIP()
		b = g.jp(b, "ClientIp", cat, ip)
		ctx("Serilog.AspNetCore.RequestLoggingMiddleware", "/account/confirm")
	default:
		// EF Core CommandExecuted with EnableSensitiveDataLogging.
		ph := g.phone()
		name := first + " " + last
		el := g.num(1, 90)
		params := "@p0='" + email + "' (Nullable = false) (Size = 256), @p1='" + name + "' (Size = 4000), @p2='" + ph + "' (Size = 4000)"
		sql := "SET IMPLICIT_TRANSACTIONS OFF;\nSET NOCOUNT ON;\nINSERT INTO [Users] ([Email], [Name], [PhoneNumber])\nOUTPUT INSERTED.[Id]\nVALUES (@p0, @p1, @p2);"
		tmpl("Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}",
			"Executed DbCommand ("+el+"ms) [Parameters=["+params+"], CommandType='Text', CommandTimeout='30']\n"+sql)
		b = g.js(b, "elapsed", el)
		b = g.js(b, "parameters", params)
		g.plantAt("email", email)
		g.plantAt("phone", ph)
		g.plantAt("name_text", name) // named by its place in the statement only
		b = g.js(b, "commandType", "Text")
		b = jn(b, "commandTimeout", "30")
		b = g.js(b, "newLine", "\n")
		b = g.js(b, "commandText", sql)
		b = append(jo(b, "EventId"), `"Id":20101,"Name":"Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted"}`...)
		g.keepAt("counter", "20101", `"Id":20101,`)
		ctx("Microsoft.EntityFrameworkCore.Database.Command", "/account/register")
	}
	return Record{Line: append(b, '}')}
}

// errorTracking: error events and product analytics as their services
// export them, one product a stream.
//
//   - Sentry's event payload from a browser SDK (platform javascript):
//     request {url with its query, headers Referer and User-Agent}, user
//     {id, email, ip_address, username}, breadcrumbs.values[] as the
//     browser integrations record them (ui.click selectors, console
//     messages, fetch and xhr crumbs' data {method, url, status_code},
//     navigation's data {from, to}), exception frames with colno,
//     contexts.browser and os, tags.
//   - Sentry's event from sentry-ruby with send_default_pii and
//     include_local_variables: request {url, method, query_string, data
//     (the params), cookies, headers, env {SERVER_NAME, REMOTE_ADDR}},
//     frames' vars as Ruby's inspect of the locals (#<User id: …, email:
//     "…">), breadcrumbs of sql.active_record and net.http (data url,
//     method, status, http.query), extra.
//   - Analytics: Segment's page and identify calls (properties url,
//     referrer, search; context.campaign, context.page, context.traits),
//     Amplitude's Export API event rows (user_id, device_id, ip_address,
//     city, event_properties, user_properties, amplitude_id, session_id,
//     $insert_id) and Mixpanel's raw event export (event, properties with
//     time, distinct_id, $current_url, $email, $phone, $city, $insert_id)
//     and engage rows ($distinct_id, $properties {$email, $first_name,
//     $last_name, $phone}), and the ingestion API's profile update
//     ($token, $distinct_id, $ip, $set).
//
// Planted: e-mail addresses (raw and percent-encoded), names and logins
// under their keys, phone numbers, client addresses, session cookies,
// values in queries, messages, selectors' values and frame variables.
// Kept: event, trace, span, insert, device and anonymous ids, database
// ids, Amplitude and session ids, times, line and column numbers, status
// codes, versions, "[Filtered]".

func (g *gen) errorTracking(st *streamState) Record {
	switch st.variant % 3 {
	case 1:
		return g.sentryRuby()
	case 2:
		switch g.rng.IntN(3) {
		case 0:
			return g.segmentPage()
		case 1:
			return g.amplitudeRow()
		}
		return g.mixpanelRow()
	}
	return g.sentryBrowser()
}

func (g *gen) sentryTimestamp() string {
	return strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(3)
}

func (g *gen) sentryBrowser() Record {
	first, last := g.name()
	email := g.email(first, last)
	enc := pctEnc(email, false, false)
	ip, cat := g.clientIP()
	b := make([]byte, 0, 3000)
	b = append(b, '{')
	b = g.jk(b, "event_id", "hash", g.hexID(32))
	b = g.js(b, "level", "error")
	b = g.js(b, "platform", "javascript")
	ts := g.sentryTimestamp()
	b = jn(b, "timestamp", ts)
	g.keepAt("epoch", ts)
	b = g.jk(b, "release", "version", "web@"+g.num(1, 9)+"."+g.num(0, 40)+"."+g.num(0, 9))
	b = g.js(b, "environment", "production")
	b = jo(b, "request")
	g.plantAt("email", email, enc)
	b = g.js(b, "url", "https://app.example.com/account/settings?email="+enc+"&tab=profile")
	b = jo(b, "headers")
	b = g.js(b, "Referer", "https://app.example.com/signup")
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "User-Agent", ua)
	b = append(b, "}}"...)
	b = jo(b, "user")
	uid := g.num(1000, 9999999)
	b = g.jk(b, "id", "counter", uid)
	b = g.jp(b, "email", "email", email)
	b = g.jp(b, "ip_address", cat, ip)
	if g.pct(50) {
		b = g.jp(b, "username", "name", g.personLogin())
	}
	b = append(b, '}')
	b = append(jo(b, "exception"), `"values":[{"type":"TypeError","value":"Cannot read properties of undefined (reading 'id')","stacktrace":{"frames":[`...)
	for i := 0; i < 2; i++ {
		b = append(b, '{')
		b = g.js(b, "filename", "https://app.example.com/assets/index-"+g.hexID(8)+".js")
		b = g.js(b, "function", pick(g, []string{"onSubmit", "saveProfile", "HTMLFormElement.<anonymous>"}))
		ln, col := g.num(1, 4000), g.num(1, 900)
		b = jn(b, "lineno", ln)
		b = jn(b, "colno", col)
		g.keepAt("counter", col, `"colno":`+col+`,`)
		b = append(b, `,"in_app":true}`...)
		if i == 0 {
			b = append(b, ',')
		}
	}
	b = append(b, `]},"mechanism":{"type":"onunhandledrejection","handled":false}}]}`...)
	b = append(jo(b, "breadcrumbs"), `"values":[`...)
	b = append(b, '{')
	b = jn(b, "timestamp", ts)
	b = g.js(b, "category", "ui.click")
	b = g.js(b, "message", `form#profile > input[name="email"]`)
	b = append(b, "},{"...)
	b = jn(b, "timestamp", ts)
	b = g.js(b, "category", "console")
	b = g.js(b, "level", "log")
	b = append(jkey(b, "message"), `"saving profile for `...)
	b = g.plant(b, "email", email, "")
	b = append(b, `"`...)
	b = append(b, `,"data":{"arguments":["saving profile for `...)
	b = g.plant(b, "email", email, "")
	b = append(b, `"],"logger":"console"}},{`...)
	b = jn(b, "timestamp", ts)
	b = g.js(b, "type", "http")
	b = g.js(b, "category", pick(g, []string{"fetch", "xhr"}))
	b = jo(b, "data")
	b = g.js(b, "method", "GET")
	ph := g.e164()
	phEnc := pctEnc(ph, false, false)
	g.plantAt("phone", ph, phEnc)
	b = g.js(b, "url", "/api/v1/contacts/lookup?phone="+phEnc)
	b = jn(b, "status_code", "404")
	g.keepAt("status", "404", `"status_code":404`)
	b = append(b, "}},{"...)
	b = jn(b, "timestamp", ts)
	b = g.js(b, "category", "navigation")
	b = jo(b, "data")
	b = g.js(b, "from", "/signup?step=2")
	g.plantAt("email", email, enc)
	b = g.js(b, "to", "/welcome?email="+enc)
	b = append(b, "}}]}"...)
	b = append(jo(b, "contexts"), `"browser":{"name":"Chrome","version":"`...)
	b = g.keep(b, "version", "120.0.6099.109", "")
	b = append(b, `"},"os":{"name":"Windows","version":">=10"},"trace":{`...)
	b = g.jk(b, "trace_id", "hash", g.hexID(32))
	b = g.jk(b, "span_id", "hash", g.hexID(16))
	b = append(b, "}}"...)
	b = append(jo(b, "tags"), `"transaction":"/account/settings","url":"https://app.example.com/account/settings"}`...)
	b = append(jo(b, "sdk"), `"name":"sentry.javascript.react","version":"`...)
	b = g.keep(b, "version", "8."+g.num(0, 40)+"."+g.num(0, 9), "")
	b = append(b, `"}}`...)
	return Record{Line: b}
}

func (g *gen) sentryRuby() Record {
	first, last := g.name()
	email := g.email(first, last)
	ip, cat := g.clientIP()
	ph := g.phone()
	uid := g.num(1, 99999)
	b := make([]byte, 0, 3000)
	b = append(b, '{')
	b = g.jk(b, "event_id", "hash", g.hexID(32))
	b = g.js(b, "level", "error")
	b = g.js(b, "platform", "ruby")
	b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	b = g.js(b, "server_name", "web-"+g.hexID(6))
	b = g.js(b, "transaction", "UsersController#update")
	b = jo(b, "user")
	b = g.jk(b, "id", "counter", uid)
	b = g.jp(b, "email", "email", email)
	b = g.jp(b, "ip_address", cat, ip)
	b = append(b, '}')
	b = jo(b, "request")
	b = g.js(b, "url", "https://shop.example.com/users/"+uid)
	b = g.js(b, "method", "PATCH")
	enc := pctEnc(email, false, false)
	g.plantAt("email", email, enc)
	b = g.js(b, "query_string", "return_to=%2Faccount&email="+enc)
	b = jo(b, "data")
	b = g.js(b, "_method", "patch")
	b = jo(b, "user")
	b = g.jp(b, "email", "email", email)
	b = g.jp(b, "phone", "phone", ph)
	b = g.jp(b, "first_name", "name", first)
	b = g.jp(b, "last_name", "name", last)
	b = g.js(b, "password", "[Filtered]")
	g.keepAt("lookalike", "[Filtered]", `"password":"[Filtered]"`)
	b = append(b, "}}"...)
	b = jo(b, "cookies")
	b = g.jp(b, "_shop_session", "secret", g.chars(48, base62)+"--"+g.hexID(40))
	b = append(b, '}')
	b = jo(b, "headers")
	b = g.js(b, "Host", "shop.example.com")
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "User-Agent", ua)
	xip, xcat := g.clientIP()
	b = g.jp(b, "X-Real-Ip", xcat, xip)
	b = append(b, '}')
	b = jo(b, "env")
	b = g.js(b, "SERVER_NAME", "shop.example.com")
	b = g.jp(b, "REMOTE_ADDR", xcat, xip)
	b = append(b, "}}"...)
	b = append(jo(b, "exception"), `"values":[{"type":"ActiveRecord::RecordInvalid","value":"Validation failed: Phone is invalid","module":"ActiveRecord","stacktrace":{"frames":[{"filename":"app/controllers/users_controller.rb","abs_path":"/app/app/controllers/users_controller.rb","function":"update","lineno":`...)
	ln := g.num(10, 200)
	b = append(b, ln...)
	g.keepAt("counter", ln, `"lineno":`+ln+`,`)
	b = append(b, `,"in_app":true,"vars":{`...)
	b = append(jkey(b, "user"), `"#<User id: `+uid+`, email: \"`...)
	b = g.plant(b, "email", email, "")
	b = append(b, `\", name: \"`...)
	name := first + " " + last
	b = g.plant(b, "name", name, jsonEsc(name))
	b = append(b, `\", phone: \"`...)
	b = g.plant(b, "phone", ph, "")
	b = append(b, `\", created_at: \"`...)
	b = g.keep(b, "timestamp", g.now.Add(-90*24*time.Hour).UTC().Format("2006-01-02 15:04:05.000000000")+" +0000", "")
	b = append(b, `\">"`...)
	b = append(jkey(b, "user_params"), `"{\"email\" => \"`...)
	b = g.plant(b, "email", email, "")
	b = append(b, `\", \"phone\" => \"`...)
	b = g.plant(b, "phone", ph, "")
	b = append(b, `\"}"}}]}}]}`...)
	b = append(jo(b, "breadcrumbs"), `"values":[{`...)
	b = g.js(b, "category", "sql.active_record")
	b = g.js(b, "message", `UPDATE "users" SET "phone" = $1, "updated_at" = $2 WHERE "users"."id" = $3`)
	b = append(b, `,"data":{"connection_id":`+g.num(1000, 99999)+`,"binds":["`...)
	b = g.plant(b, "phone", ph, "")
	b = append(b, `"]},"level":"info"},{`...)
	b = g.js(b, "category", "net.http")
	b = jo(b, "data")
	b = jn(b, "status", "200")
	g.keepAt("status", "200", `"status":200`)
	b = g.js(b, "method", "GET")
	b = g.js(b, "url", "https://api.crm.example.net/v2/people/search")
	g.plantAt("email", email, enc)
	b = g.js(b, "http.query", "email="+enc)
	b = append(b, `},"level":"info"}]}`...)
	b = append(jo(b, "extra"), `"signup_source":"checkout"`...)
	b = g.jp(b, "billing_email", "email", email)
	b = append(b, '}')
	b = append(jo(b, "sdk"), `"name":"sentry.ruby.rails","version":"`...)
	b = g.keep(b, "version", "5."+g.num(10, 22)+"."+g.num(0, 9), "")
	b = append(b, `"}}`...)
	return Record{Line: b}
}

func (g *gen) segmentPage() Record {
	first, last := g.name()
	email := g.email(first, last)
	enc := pctEnc(email, false, false)
	ip, cat := g.clientIP()
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	// anonymousId: analytics.js keeps it in the ajs_anonymous_id cookie, one
	// browser followed across visits: a tracker, masked as that cookie is.
	b = g.jp(b, "anonymousId", "secret", g.uuid())
	b = g.jk(b, "messageId", "hash", "ajs-next-"+g.hexID(32))
	b = g.js(b, "type", "page")
	b = g.js(b, "name", "Confirm subscription")
	page := "https://shop.example.com/newsletter/confirm?email=" + enc + "&utm_source=newsletter"
	g.plantAt("email", email, enc)
	ref := "https://mail.example.com/"
	b = jo(b, "properties")
	b = g.js(b, "path", "/newsletter/confirm")
	b = g.js(b, "referrer", ref)
	b = g.js(b, "search", "?email="+enc+"&utm_source=newsletter")
	b = g.js(b, "title", "Confirm your subscription")
	b = g.js(b, "url", page)
	b = append(b, '}')
	b = jo(b, "context")
	b = append(jo(b, "campaign"), `"name":"winter_sale","source":"newsletter","medium":"email"}`...)
	b = g.jp(b, "ip", cat, ip)
	b = append(jo(b, "library"), `"name":"analytics.js","version":"`...)
	b = g.keep(b, "version", "npm:next-1."+g.num(40, 70)+".0", "")
	b = append(b, `"}`...)
	b = g.js(b, "locale", "de-DE")
	b = jo(b, "page")
	b = g.js(b, "path", "/newsletter/confirm")
	b = g.js(b, "referrer", ref)
	b = g.js(b, "url", page)
	b = append(b, '}')
	b = jo(b, "traits")
	b = g.jp(b, "email", "email", email)
	b = g.jp(b, "first_name", "name", first)
	b = g.jp(b, "last_name", "name", last)
	b = append(b, '}')
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "userAgent", ua)
	b = append(b, '}')
	b = g.jk(b, "userId", "counter", g.num(1000, 999999))
	b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "sentAt", g.now.Add(30*time.Millisecond).UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "receivedAt", g.now.Add(80*time.Millisecond).UTC().Format("2006-01-02T15:04:05.000Z"))
	return Record{Line: append(b, '}')}
}

var geoCities = [][3]string{{"Berlin", "Berlin", "Germany"}, {"London", "England", "United Kingdom"}, {"Kyiv", "Kyiv City", "Ukraine"}, {"Lyon", "Auvergne-Rhone-Alpes", "France"}}

func (g *gen) amplitudeRow() Record {
	first, last := g.name()
	email := g.email(first, last)
	ip, cat := g.clientIP()
	geo := pick(g, geoCities)
	t := g.now.UTC().Format("2006-01-02 15:04:05.000000")
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = g.jk(b, "$insert_id", "uuid", g.uuid())
	aid := g.num(100000000, 999999999) + g.digits(3)
	b = jn(b, "amplitude_id", aid)
	g.keepAt("counter", aid)
	b = jn(b, "app", "4"+g.digits(5))
	b = g.js(b, "city", geo[0])
	b = g.jk(b, "client_event_time", "timestamp", t)
	b = g.js(b, "country", geo[2])
	b = g.js(b, "device_family", "Windows")
	b = g.jk(b, "device_id", "uuid", g.uuid())
	eid := g.num(1, 999)
	b = jn(b, "event_id", eid)
	b = jo(b, "event_properties")
	if g.pct(50) {
		b = g.js(b, "form", "checkout")
		b = g.jp(b, "shipping_phone", "phone", g.phone())
	} else {
		enc := pctEnc(email, false, false)
		g.plantAt("email", email, enc)
		b = g.js(b, "page_url", "https://shop.example.com/account/verify?email="+enc)
	}
	b = append(b, '}')
	b = g.jk(b, "event_time", "timestamp", t)
	b = g.js(b, "event_type", pick(g, []string{"Checkout Started", "Account Verified", "Sign Up"}))
	b = g.jp(b, "ip_address", cat, ip)
	b = g.js(b, "library", "amplitude-ts/2."+g.num(0, 11)+".0")
	b = g.js(b, "os_name", "Chrome")
	b = g.js(b, "platform", "Web")
	b = g.js(b, "region", geo[1])
	sid := strconv.FormatInt(g.now.UnixMilli()-int64(g.rng.IntN(900000)), 10)
	b = jn(b, "session_id", sid)
	g.keepAt("epoch", sid)
	if g.pct(50) {
		b = g.jp(b, "user_id", "email", email)
	} else {
		b = g.jk(b, "user_id", "counter", g.num(1000, 999999))
	}
	b = jo(b, "user_properties")
	b = g.jp(b, "email", "email", email)
	b = g.jp(b, "name", "name", first+" "+last)
	if g.pct(60) {
		b = g.jp(b, "phone", "phone", g.phone())
	}
	b = g.js(b, "initial_referrer", "https://www.google.com/")
	b = g.js(b, "plan", "free")
	b = append(b, '}')
	b = g.jk(b, "uuid", "uuid", g.uuid())
	return Record{Line: append(b, '}')}
}

func (g *gen) mixpanelRow() Record {
	first, last := g.name()
	email := g.email(first, last)
	geo := pick(g, geoCities)
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	switch g.rng.IntN(3) {
	case 0:
		// Raw event export.
		b = g.js(b, "event", pick(g, []string{"Sign Up", "Purchase", "Page View"}))
		b = jo(b, "properties")
		tm := strconv.FormatInt(g.now.Unix(), 10)
		b = jn(b, "time", tm)
		g.keepAt("epoch", tm)
		did := "$device:" + g.hexID(14) + "-" + g.hexID(15)
		if g.pct(50) {
			b = g.jp(b, "distinct_id", "email", email)
		} else {
			b = g.jk(b, "distinct_id", "lookalike", did)
		}
		b = g.js(b, "$browser", "Chrome")
		b = jn(b, "$browser_version", "120")
		b = g.js(b, "$city", geo[0])
		enc := pctEnc(email, false, false)
		g.plantAt("email", email, enc)
		b = g.js(b, "$current_url", "https://shop.example.com/signup/complete?email="+enc)
		b = g.jp(b, "$email", "email", email)
		b = g.js(b, "$initial_referrer", "$direct")
		b = g.jk(b, "$insert_id", "hash", g.chars(16, lowerNum))
		b = g.js(b, "$lib_version", "2."+g.num(40, 60)+".0")
		b = g.js(b, "$os", "Windows")
		b = g.js(b, "$region", geo[1])
		ms := strconv.FormatInt(g.now.UnixMilli(), 10)
		b = jn(b, "mp_processing_time_ms", ms)
		g.keepAt("epoch", ms)
		b = g.js(b, "mp_country_code", "DE")
		b = g.js(b, "mp_lib", "web")
		b = append(b, '}')
	case 1:
		// Engage (profiles) export.
		b = g.jk(b, "$distinct_id", "counter", g.num(1000, 999999))
		b = jo(b, "$properties")
		b = g.jk(b, "$created", "timestamp", g.now.Add(-300*24*time.Hour).UTC().Format("2006-01-02T15:04:05"))
		b = g.jp(b, "$email", "email", email)
		b = g.jp(b, "$first_name", "name", first)
		b = g.jp(b, "$last_name", "name", last)
		b = g.jp(b, "$phone", "phone", g.phone())
		b = g.js(b, "$city", geo[0])
		b = g.js(b, "$region", geo[1])
		b = g.js(b, "$country_code", "DE")
		b = g.jk(b, "$last_seen", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05"))
		b = g.js(b, "$timezone", "Europe/Berlin")
		b = append(b, '}')
	default:
		// Ingestion API profile update.
		b = g.js(b, "$token", g.hexID(32))
		b = g.jk(b, "$distinct_id", "counter", g.num(1000, 999999))
		ip, cat := g.clientIP()
		b = g.jp(b, "$ip", cat, ip)
		b = jo(b, "$set")
		b = g.jp(b, "$name", "name", first+" "+last)
		b = g.jp(b, "$email", "email", email)
		b = g.jp(b, "$phone", "phone", g.phone())
		b = g.jp(b, "Address", "address", g.street())
		b = append(b, '}')
	}
	return Record{Line: append(b, '}')}
}

// supportHooks: help desk webhooks as the receiving service logs their
// bodies, one product a stream.
//
//   - Zendesk: event-based webhooks (zen:event-type:ticket.created with
//     detail {id, requester_id, subject, description, via, …}), trigger
//     webhooks whose JSON body an admin writes from placeholders
//     ({{ticket.requester.name}}, {{ticket.requester.email}},
//     {{ticket.requester.phone}}, {{ticket.latest_comment}}), and the
//     Tickets API's ticket object (via.source.from {address, name}).
//   - Intercom: webhook notifications (notification_event with topic,
//     data.item a conversation whose source has an HTML body and an
//     author {type, id, name, email}, conversation_parts, contacts; or a
//     contact with email, phone, name, location, custom_attributes).
//   - Mailchimp Marketing webhooks (form-encoded type, fired_at, data[…]
//     with merges; an audience's own merge tags MMERGE5…, BIRTHDAY as
//     MM/DD, GROUPINGS).
//   - Freshdesk: an automation rule's webhook in its simple form
//     ({"freshdesk_webhook":{ticket_…, ticket_requester_name, _email,
//     _phone, _address}}) and the Tickets API's ticket with requester
//     {name, email, mobile, phone}, description (HTML) and
//     description_text, to_emails, cc_emails.
//
// Descriptions and comments are what customers write: a phone number, a
// street line, an e-mail address in prose; the name they sign with is out
// of scope (name_text). Planted: requester and author names, e-mail
// addresses, phone numbers, street lines, agents' names and addresses,
// client addresses. Kept: ticket, conversation, part, contact and event
// ids, times, epochs, counts.

func (g *gen) supportHooks(st *streamState) Record {
	switch st.variant % 4 {
	case 1:
		return g.intercomHook()
	case 2:
		if g.pct(50) {
			return g.mailchimpProfile(st.variant >= 4)
		}
		return g.freshdeskHook()
	case 3:
		return g.freshdeskHook()
	}
	return g.zendeskHook()
}

// supportText returns a customer's message quoting personal data, with
// everything it quotes planted, HTML-wrapped when html.
func (g *gen) supportText(first, last string, html bool) string {
	var s string
	switch g.rng.IntN(4) {
	case 0:
		ph := g.phone()
		g.plantAt("phone", ph, jsonEsc(ph))
		s = "Hi, I never received my order. Please call me back on " + ph + " after 5pm."
	case 1:
		st := g.street()
		g.plantAt("address", st, jsonEsc(st))
		s = "I moved last month, my new address is " + st + ", please update the delivery."
	case 2:
		f, l := g.name()
		e := g.email(f, l)
		g.plantAt("email", e)
		s = "Please send the invoice to my accountant at " + e + " instead."
	default:
		ph := g.phone()
		st := g.street()
		g.plantAt("phone", ph, jsonEsc(ph))
		g.plantAt("address", st, jsonEsc(st))
		s = "The courier could not find the house. Address: " + st + ". My mobile is " + ph + "."
	}
	sign := ""
	if g.pct(40) {
		g.plantAt("name_text", first+" "+last)
		sign = "Thanks, " + first + " " + last
	}
	switch {
	case html && sign != "":
		return "<p>" + s + "</p><p>" + sign + "</p>"
	case html:
		return "<p>" + s + "</p>"
	case sign != "":
		return s + "\n\n" + sign
	}
	return s
}

func (g *gen) zendeskHook() Record {
	first, last := g.name()
	email := g.email(first, last)
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	tid := g.num(1000, 999999)
	rid := g.num(10000000, 99999999) + g.digits(5)
	switch g.rng.IntN(3) {
	case 0:
		b = g.js(b, "account_id", g.num(1000000, 9999999))
		b = jo(b, "detail")
		b = g.jk(b, "actor_id", "counter", rid)
		b = g.jk(b, "created_at", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
		b = g.js(b, "description", g.supportText(first, last, false))
		b = g.jk(b, "id", "counter", tid)
		b = g.js(b, "priority", "NORMAL")
		b = g.js(b, "requester_id", rid)
		b = g.js(b, "status", "NEW")
		b = g.js(b, "subject", "Where is my order?")
		b = g.js(b, "type", "QUESTION")
		b = append(jo(b, "via"), `"channel":"web_form"}`...)
		b = append(b, '}')
		b = append(jo(b, "event"), '}')
		b = g.jk(b, "id", "uuid", g.uuid())
		b = g.js(b, "subject", "zen:ticket:"+tid)
		b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000000Z"))
		b = g.js(b, "type", "zen:event-type:ticket.created")
		b = g.js(b, "zendesk_event_version", "2022-11-06")
	case 1:
		// A trigger's webhook with the body an admin wrote.
		b = append(jo(b, "ticket"), ""...)
		b = g.jk(b, "id", "counter", tid)
		b = g.js(b, "title", "Where is my order?")
		b = g.js(b, "url", "example.zendesk.com/agent/tickets/"+tid)
		b = g.js(b, "status", "Open")
		b = g.jp(b, "requester_name", "name", first+" "+last)
		b = g.jp(b, "requester_email", "email", email)
		if g.pct(60) {
			b = g.jp(b, "requester_phone", "phone", g.phone())
		}
		b = g.js(b, "latest_comment", g.supportText(first, last, false))
		af, al := g.name()
		b = g.jp(b, "assignee_name", "name", af+" "+al)
		b = append(b, '}')
	default:
		b = jo(b, "ticket")
		b = g.js(b, "url", "https://example.zendesk.com/api/v2/tickets/"+tid+".json")
		b = jn(b, "id", tid)
		g.keepAt("counter", tid, `"id":`+tid+`,`)
		b = jn(b, "external_id", "null")
		b = append(jo(b, "via"), `"channel":"email","source":{"from":{`...)
		b = g.jp(b, "address", "email", email)
		b = g.jp(b, "name", "name", first+" "+last)
		b = append(b, `},"to":{"name":"Example Support","address":"support@example.zendesk.com"},"rel":null}}`...)
		b = g.jk(b, "created_at", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
		b = g.js(b, "subject", "Delivery problem")
		b = g.js(b, "description", g.supportText(first, last, false))
		b = g.js(b, "status", "new")
		b = jn(b, "requester_id", rid)
		g.keepAt("counter", rid, `"requester_id":`+rid+`,`)
		b = jn(b, "submitter_id", rid)
		b = append(ja(b, "tags"), `"delivery","web"]`...)
		b = append(b, '}')
	}
	return Record{Line: append(b, '}')}
}

func (g *gen) intercomHook() Record {
	first, last := g.name()
	email := g.email(first, last)
	b := make([]byte, 0, 2600)
	b = append(b, '{')
	b = g.js(b, "type", "notification_event")
	b = g.js(b, "app_id", g.chars(8, lowerNum))
	b = jo(b, "data")
	b = g.js(b, "type", "notification_event_data")
	b = jo(b, "item")
	created := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(3600)), 10)
	topic := "conversation.user.created"
	if g.pct(35) {
		topic = "contact.user.created"
		b = g.js(b, "type", "contact")
		b = g.jk(b, "id", "hash", g.hexID(24))
		b = g.jk(b, "workspace_id", "lookalike", g.chars(8, lowerNum))
		b = g.jk(b, "external_id", "counter", g.num(1000, 999999))
		b = g.js(b, "role", "user")
		b = g.jp(b, "email", "email", email)
		b = g.jp(b, "phone", "phone", g.e164())
		b = g.jp(b, "name", "name", first+" "+last)
		b = jn(b, "created_at", created)
		g.keepAt("epoch", created)
		b = jn(b, "signed_up_at", created)
		geo := pick(g, geoCities)
		b = append(jo(b, "location"), `"type":"location","country":"`+geo[2]+`","region":"`+geo[1]+`","city":"`+geo[0]+`"}`...)
		b = jo(b, "custom_attributes")
		b = g.jp(b, "shipping_address", "address", g.street())
		b = g.js(b, "plan", "pro")
		b = append(b, '}')
	} else {
		b = g.js(b, "type", "conversation")
		cid := g.num(100000000, 999999999)
		b = g.jk(b, "id", "counter", cid)
		b = jn(b, "created_at", created)
		g.keepAt("epoch", created)
		b = jo(b, "source")
		b = g.js(b, "type", "conversation")
		b = g.jk(b, "id", "counter", g.num(1000000000, 2999999999))
		b = g.js(b, "delivered_as", "customer_initiated")
		b = g.js(b, "subject", "")
		b = g.js(b, "body", g.supportText(first, last, true))
		b = jo(b, "author")
		b = g.js(b, "type", "user")
		b = g.jk(b, "id", "hash", g.hexID(24))
		b = g.jp(b, "name", "name", first+" "+last)
		b = g.jp(b, "email", "email", email)
		b = append(b, '}')
		enc := pctEnc(email, false, false)
		g.plantAt("email", email, enc)
		b = g.js(b, "url", "https://shop.example.com/orders?email="+enc)
		b = append(b, `,"redacted":false}`...)
		b = append(jo(b, "contacts"), `"type":"contact.list","contacts":[{"type":"contact","id":"`...)
		b = g.keep(b, "hash", g.hexID(24), "")
		b = append(b, `","external_id":"`+g.num(1000, 99999)+`"}]}`...)
		b = g.js(b, "state", "open")
		b = append(jo(b, "conversation_parts"), `"type":"conversation_part.list","conversation_parts":[{"type":"conversation_part","id":"`...)
		b = g.keep(b, "counter", g.num(1000000000, 2999999999), "")
		b = append(b, `","part_type":"comment"`...)
		af, al := g.name()
		ae := g.email(af, al)
		b = g.js(b, "body", "<p>Hi "+first+", thanks for reaching out. Could you confirm the phone number on the order?</p>")
		g.plantAt("name_text", first)
		b = append(b, `,"author":{"type":"admin","id":"`+g.num(1000000, 9999999)+`"`...)
		b = g.jp(b, "name", "name", af+" "+al)
		b = g.jp(b, "email", "email", ae)
		b = append(b, `}}],"total_count":1}`...)
	}
	b = append(b, "}}"...)
	b = append(jo(b, "links"), '}')
	b = g.jk(b, "id", "lookalike", "notif_"+g.uuid())
	b = g.js(b, "topic", topic)
	b = g.js(b, "delivery_status", "pending")
	b = jn(b, "delivery_attempts", "1")
	b = jn(b, "first_sent_at", created)
	b = jn(b, "created_at", created)
	return Record{Line: append(b, '}')}
}

// mailchimpProfile is a Mailchimp profile or subscribe webhook of an
// audience with its own merge fields.
func (g *gen) mailchimpProfile(raw bool) Record {
	type kv struct{ k, v, cat string }
	first, last := g.name()
	email := g.email(first, last)
	typ := pick(g, []string{"subscribe", "profile"})
	kvs := []kv{{"type", typ, ""}, {"fired_at", g.now.Format("2006-01-02 15:04:05"), "timestamp"},
		{"data[id]", g.hexID(10), "uniqueid"}, {"data[list_id]", g.hexID(10), "uniqueid"},
		{"data[email]", email, "email"}, {"data[email_type]", "html", ""},
		{"data[merges][EMAIL]", email, "email"}, {"data[merges][FNAME]", first, "name"}, {"data[merges][LNAME]", last, "name"},
		{"data[merges][PHONE]", g.phone(), "phone"},
		{"data[merges][BIRTHDAY]", two(1+g.rng.IntN(12)) + "/" + two(1+g.rng.IntN(28)), ""},
		{"data[merges][MMERGE5]", g.phone(), "phone"},
		{"data[merges][GROUPINGS][0][id]", g.num(1000, 9999), ""}, {"data[merges][GROUPINGS][0][name]", "Interests", ""},
		{"data[merges][GROUPINGS][0][groups]", "Shoes, Jackets", ""},
		{"data[ip_opt]", g.ipv4(), "ipv4"}}
	var sb strings.Builder
	for i, p := range kvs {
		if i > 0 {
			sb.WriteByte('&')
		}
		k := p.k
		if !raw {
			k = strings.NewReplacer("[", "%5B", "]", "%5D").Replace(k)
		}
		v := pctEnc(p.v, true, false)
		sb.WriteString(k + "=" + v)
		switch p.cat {
		case "":
		case "timestamp", "uniqueid":
			g.keepAt(p.cat, p.v, v)
		default:
			g.plantAt(p.cat, p.v, v)
		}
	}
	return Record{Line: []byte(sb.String())}
}

func (g *gen) freshdeskHook() Record {
	first, last := g.name()
	email := g.email(first, last)
	ph := g.phone()
	tid := g.num(100, 99999)
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	if g.pct(50) {
		b = jo(b, "freshdesk_webhook")
		b = g.jk(b, "ticket_id", "counter", tid)
		b = g.js(b, "ticket_subject", "Damaged parcel")
		b = g.js(b, "ticket_description", g.supportText(first, last, true))
		b = g.js(b, "ticket_url", "https://example.freshdesk.com/helpdesk/tickets/"+tid)
		b = g.js(b, "ticket_status", "Open")
		b = g.js(b, "ticket_priority", "Medium")
		b = g.jp(b, "ticket_requester_name", "name", first+" "+last)
		b = g.jp(b, "ticket_requester_email", "email", email)
		b = g.jp(b, "ticket_requester_phone", "phone", ph)
		if g.pct(50) {
			b = g.jp(b, "ticket_contact_address", "address", g.street())
		}
		b = g.jk(b, "ticket_due_by_time", "timestamp", g.now.Add(72*time.Hour).UTC().Format("Mon, 02 Jan, 2006 at 3:04 PM"))
		b = append(b, '}')
		return Record{Line: append(b, '}')}
	}
	b = append(ja(b, "cc_emails"), '"')
	cf, cl := g.name()
	b = g.plant(b, "email", g.email(cf, cl), "")
	b = append(b, `"]`...)
	b = append(ja(b, "fwd_emails"), ']')
	b = append(ja(b, "to_emails"), `"support@example.freshdesk.com"]`...)
	b = jn(b, "id", tid)
	g.keepAt("counter", tid, `"id":`+tid+`,`)
	b = jn(b, "priority", "2")
	b = jn(b, "source", "1")
	b = jn(b, "status", "2")
	b = g.js(b, "subject", "Damaged parcel")
	rid := g.num(10000000000, 99999999999)
	b = jn(b, "requester_id", rid)
	g.keepAt("counter", rid, `"requester_id":`+rid+`,`)
	b = g.jk(b, "created_at", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	text := g.supportText(first, last, false)
	b = g.js(b, "description", "<div>"+text+"</div>")
	b = g.js(b, "description_text", text)
	b = jo(b, "requester")
	b = jn(b, "id", rid)
	b = g.jp(b, "name", "name", first+" "+last)
	b = g.jp(b, "email", "email", email)
	b = g.jp(b, "mobile", "phone", ph)
	b = jn(b, "phone", "null")
	b = append(b, '}')
	return Record{Line: append(b, '}')}
}
