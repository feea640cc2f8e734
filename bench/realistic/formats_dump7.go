package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Debug output that applications write into their logs, one record per
// multi-line entry (the shapes app_frameworks2, app_telemetry and
// kafka_connect_logs do not write):
//
//   - rails_php_dumps: a whole Rails request as a multiline shipper groups
//     it (Started … for IP at …, Processing by, Parameters: in Hash#inspect
//     syntax, => or Ruby 3.4's " => ", ActiveRecord's Exists?/Load/Update
//     with their binds lists, the ↳ source line, Completed …); Laravel
//     (Monolog LineFormatter, inline line breaks) lines whose message is
//     PHP's print_r of an array or of a model (Class Object, [key:protected]),
//     var_export (quotes escaped as \'), var_dump (["key"]=> then
//     string(N) "…" on the next line) or serialize() (a:N:{s:N:"key";s:N:"…";}).
//   - http_debug_dumps: curl -v's trace (* info, > request, < response
//     header lines, {/} data markers, the body), Go's httputil.DumpRequest
//     (CRLF kept, or through %q), Python http.client at debuglevel 1
//     (send: b'…' with \r\n escapes, reply:, header: lines), Spring's
//     CommonsRequestLoggingFilter (Before/After request [METHOD uri?query,
//     client=, session=, user=, headers=[name:"value", …], payload=…]) and
//     OkHttp's HttpLoggingInterceptor at BODY level (--> METHOD url, header
//     lines, body, --> END, <-- code url (ms), <-- END HTTP), on Android
//     behind logcat's "I/okhttp.OkHttpClient: " on every line.
//   - exception_traces: Spring Boot console lines followed by the stack
//     trace (javax.mail's SendFailedException with "nested exception is:",
//     SMTPAddressFailedException's reply quoting the address, Spring's
//     DuplicateKeyException quoting PostgreSQL's "Key (col)=(value)", the
//     Caused by: chain and "... N more"), Python tracebacks (Django with
//     psycopg2's UniqueViolation and DETAIL:, "The above exception was the
//     direct cause…", loguru's diagnose=True variable values under the
//     frame), Node.js (Mongoose ValidationError "Path `email` is invalid
//     (value).", MongoServerError E11000 with util.inspect's keyValue) and
//     .NET (DbUpdateException, ---> Npgsql.PostgresException with its
//     Exception data: block, "--- End of inner exception stack trace ---").
//
// Every stream joins the lines of an entry in one way: newlines kept,
// escaped as "\n" (and tabs as "\t") as JSON-minded shippers do, or as
// rsyslog's #012 (tabs #011, CR #015).
//
// Planted: e-mail addresses, phone numbers, names and logins, client
// addresses, street lines, tokens, cookies, session ids, passwords,
// password hashes. Kept: request ids, uuids, times, durations, line
// numbers, pids, counters, record ids, byte counts, versions,
// "[FILTERED]". Class names, file paths and thread names are left
// unlabelled where they are not values (they carry no person); server
// addresses of a service the application called are unlabelled (a host's
// address, not a person's: either outcome is acceptable).

// dumpJoin rewrites an entry's line breaks as the stream's shipper does.
func dumpJoin(st *streamState, b []byte) []byte {
	switch st.variant % 3 {
	case 1:
		r := strings.NewReplacer("\n", `\n`, "\t", `\t`, "\r", `\r`)
		return []byte(r.Replace(string(b)))
	case 2:
		r := strings.NewReplacer("\n", "#012", "\t", "#011", "\r", "#015")
		return []byte(r.Replace(string(b)))
	}
	return b
}

func (g *gen) login(first, last string) string {
	f, l := strings.ToLower(ascii(first)), strings.ToLower(ascii(last))
	switch g.rng.IntN(3) {
	case 0:
		return f[:1] + l
	case 1:
		return f + "." + l
	}
	return f + "_" + l[:1]
}

func (g *gen) laravelHead(b []byte, lvl string) []byte {
	b = append(b, '[')
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05"), "")
	return append(b, "] "+pick(g, []string{"production", "local", "staging"})+"."+lvl+": "...)
}

// ---- rails_php_dumps ----

func (g *gen) railsPHPDumps(st *streamState) Record {
	var b []byte
	switch g.rng.IntN(7) {
	case 0, 1:
		b = g.railsRequest(st)
	case 2:
		b = g.phpPrintR()
	case 3:
		b = g.phpVarExport()
	case 4:
		b = g.phpVarDump()
	case 5:
		b = g.phpSerialize()
	default:
		b = g.phpPrintRModel()
	}
	return Record{Line: dumpJoin(st, b)}
}

func (g *gen) railsRequest(st *streamState) []byte {
	b := make([]byte, 0, 1600)
	first, last := g.name()
	email := g.email(first, last)
	arrow := rubyArrow(st.variant >= 3)
	rk := func(k string) string { return `"` + k + `"` + arrow }
	old := st.variant%2 == 1 // Rails 6: the token and password digest unfiltered
	ms := func() string { return g.num(0, 3) + "." + g.num(1, 9) + "ms" }
	if g.pct(50) {
		b = append(b, `Started POST "/users" for `...)
	} else {
		b = append(b, `Started PATCH "/account" for `...)
	}
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, " at "...)
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05 -0700"), "")
	create := strings.HasPrefix(string(b), `Started POST`)
	phone := g.phone()
	full := first + " " + last
	if create {
		b = append(b, "\nProcessing by Users::RegistrationsController#create as HTML\n  Parameters: {"+rk("authenticity_token")+`"`...)
		if old {
			b = g.plant(b, "secret", g.chars(86, b64url)+"==", "")
		} else {
			b = append(b, "[FILTERED]"...)
		}
		b = append(b, `", `+rk("user")+"{"+rk("email")+`"`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `", `+rk("full_name")+`"`...)
		b = g.plant(b, "name", full, "")
		b = append(b, `", `+rk("phone")+`"`...)
		b = g.plant(b, "phone", phone, "")
		b = append(b, `", `+rk("password")+`"[FILTERED]", `+rk("password_confirmation")+`"[FILTERED]", `+rk("terms")+`"1"}, `+rk("commit")+`"Sign up"}`...)
		b = append(b, "\n  User Exists? ("+ms()+`)  SELECT 1 AS one FROM "users" WHERE "users"."email" = $1 LIMIT $2  [["email", "`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `"], ["LIMIT", 1]]`+"\n  ↳ app/controllers/users/registrations_controller.rb:"...)
		b = g.keep(b, "counter", g.num(10, 99), "")
		b = append(b, ":in `create'\n  TRANSACTION ("+ms()+")  BEGIN\n  User Create ("+ms()+`)  INSERT INTO "users" ("email", "encrypted_password", "full_name", "phone", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id"  [["email", "`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `"], ["encrypted_password", "`...)
		if old {
			b = g.plant(b, "secret", "$2a$12$"+g.chars(53, base62), "")
		} else {
			b = append(b, "[FILTERED]"...)
		}
		b = append(b, `"], ["full_name", "`...)
		b = g.plant(b, "name", full, "")
		b = append(b, `"], ["phone", "`...)
		b = g.plant(b, "phone", phone, "")
		ts := g.now.UTC().Format("2006-01-02 15:04:05.000000")
		b = append(b, `"], ["created_at", "`...)
		b = g.keep(b, "timestamp", ts, "")
		b = append(b, `"], ["updated_at", "`+ts+`"]]`+"\n  TRANSACTION ("+ms()+")  COMMIT\nRedirected to https://shop.example.com/welcome\nCompleted 302 Found in "...)
	} else {
		id := g.num(100, 99999)
		b = append(b, "\nProcessing by AccountsController#update as TURBO_STREAM\n  Parameters: {"+rk("_method")+`"patch", `+rk("user")+"{"+rk("phone")+`"`...)
		b = g.plant(b, "phone", phone, "")
		street := g.street()
		b = append(b, `", `+rk("street")+`"`...)
		b = g.plant(b, "address", street, "")
		b = append(b, `", `+rk("contact_email")+`"`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `"}}`+"\n  User Load ("+ms()+`)  SELECT "users".* FROM "users" WHERE "users"."id" = $1 LIMIT $2  [["id", `...)
		b = g.keep(b, "counter", id, `["id", `+id+`]`)[:len(b)]
		b = append(b, id+`], ["LIMIT", 1]]`+"\n  TRANSACTION ("+ms()+")  BEGIN\n  User Update ("+ms()+`)  UPDATE "users" SET "phone" = $1, "street" = $2, "contact_email" = $3, "updated_at" = $4 WHERE "users"."id" = $5  [["phone", "`...)
		b = g.plant(b, "phone", phone, "")
		b = append(b, `"], ["street", "`...)
		b = g.plant(b, "address", street, "")
		b = append(b, `"], ["contact_email", "`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `"], ["updated_at", "`...)
		b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000000"), "")
		b = append(b, `"], ["id", `+id+`]]`+"\n  TRANSACTION ("+ms()+")  COMMIT\nCompleted 200 OK in "...)
	}
	b = g.keep(b, "duration", g.num(20, 900)+"ms", "")
	return append(b, " (Views: "+g.num(1, 90)+".0ms | ActiveRecord: "+g.num(1, 9)+".4ms | Allocations: "+g.num(2000, 40000)+")"...)
}

// phpPrintR writes Log::debug(print_r($request->all(), true)).
func (g *gen) phpPrintR() []byte {
	b := g.laravelHead(make([]byte, 0, 900), "DEBUG")
	first, last := g.name()
	b = append(b, "checkout payload Array\n(\n    [name] => "...)
	b = g.plant(b, "name", first+" "+last, "")
	b = append(b, "\n    [email] => "...)
	b = g.plant(b, "email", g.email(first, last), "")
	b = append(b, "\n    [phone] => "...)
	b = g.plant(b, "phone", g.phone(), "")
	b = append(b, "\n    [address] => Array\n        (\n            [line1] => "...)
	b = g.plant(b, "address", g.street(), "")
	b = append(b, "\n            [city] => "+pick(g, []string{"Leeds", "Berlin", "Lyon", "Kyiv"})+"\n        )\n\n    [quantity] => "...)
	q := g.num(1, 9)
	b = g.keep(b, "counter", q, "[quantity] => "+q)[:len(b)]
	b = append(b, q+"\n    [order_id] => "...)
	b = g.keep(b, "orderid", g.orderID(), "")
	b = append(b, "\n    [_token] => "...)
	b = g.plant(b, "secret", g.token(40), "")
	return append(b, "\n)\n"...)
}

// phpPrintRModel writes print_r of an Eloquent model: its protected
// members with their visibility.
func (g *gen) phpPrintRModel() []byte {
	b := g.laravelHead(make([]byte, 0, 900), "INFO")
	first, last := g.name()
	id := g.num(10, 99999)
	b = append(b, "user updated App\\Models\\User Object\n(\n    [connection:protected] => pgsql\n    [table:protected] => users\n    [attributes:protected] => Array\n        (\n            [id] => "...)
	b = g.keep(b, "counter", id, "[id] => "+id)[:len(b)]
	b = append(b, id+"\n            [name] => "...)
	b = g.plant(b, "name", first+" "+last, "")
	b = append(b, "\n            [email] => "...)
	b = g.plant(b, "email", g.email(first, last), "")
	b = append(b, "\n            [mobile] => "...)
	b = g.plant(b, "phone", g.phone(), "")
	b = append(b, "\n            [password] => "...)
	b = g.plant(b, "secret", "$2y$10$"+g.chars(53, base62), "")
	b = append(b, "\n            [remember_token] => "...)
	b = g.plant(b, "secret", g.token(60), "")
	b = append(b, "\n            [created_at] => "...)
	b = g.keep(b, "timestamp", g.now.Add(-400*24*3600e9).Format("2006-01-02 15:04:05"), "")
	b = append(b, "\n        )\n\n    [exists] => 1\n    [wasRecentlyCreated] => \n)\n"...)
	return b
}

// phpVarExport writes Log::info('…'.var_export($data, true)): strings in
// single quotes with ' and \ escaped.
func (g *gen) phpVarExport() []byte {
	b := g.laravelHead(make([]byte, 0, 700), "INFO")
	first, last := g.name()
	esc := func(s string) string { return strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) }
	b = append(b, "newsletter signup array (\n  'email' => '"...)
	b = g.plant(b, "email", g.email(first, last), "")
	b = append(b, "',\n  'first_name' => '"...)
	b = g.plant(b, "name", esc(first), "") // var_export's \' is in no decoding the tests know
	b = append(b, "',\n  'last_name' => '"...)
	b = g.plant(b, "name", esc(last), "")
	b = append(b, "',\n  'phone' => '"...)
	b = g.plant(b, "phone", g.phone(), "")
	b = append(b, "',\n  'ip' => '"...)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	id := g.num(100, 999999)
	b = append(b, "',\n  'list_id' => "...)
	b = g.keep(b, "counter", id, "'list_id' => "+id)[:len(b)]
	b = append(b, id+",\n  'double_opt_in' => true,\n  'submitted_at' => '"...)
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02T15:04:05P"), "")
	return append(b, "',\n)"...)
}

// phpVarDump writes var_dump's output captured with ob_start: each key on
// its own line, the value typed on the next.
func (g *gen) phpVarDump() []byte {
	b := g.laravelHead(make([]byte, 0, 700), "DEBUG")
	first, last := g.name()
	email, phone, login := g.email(first, last), g.phone(), g.login(first, last)
	str := func(b []byte, cat, v string) []byte {
		b = append(b, "string("+strconv.Itoa(len(v))+`) "`...)
		b = g.plant(b, cat, v, "")
		return append(b, '"')
	}
	b = append(b, "array(6) {\n  [\"username\"]=>\n  "...)
	b = str(b, "name", login)
	b = append(b, "\n  [\"email\"]=>\n  "...)
	b = str(b, "email", email)
	b = append(b, "\n  [\"telephone\"]=>\n  "...)
	b = str(b, "phone", phone)
	b = append(b, "\n  [\"password\"]=>\n  "...)
	b = str(b, "secret", g.token(14))
	id := g.num(100, 99999)
	b = append(b, "\n  [\"customer_id\"]=>\n  int("...)
	b = g.keep(b, "counter", id, "int("+id+")")[:len(b)]
	b = append(b, id+")\n  [\"verified\"]=>\n  bool(false)\n}\n"...)
	return b
}

// phpSerialize writes a session or queued job's data as serialize()
// writes it: s:<bytes>:"…";, i:<n>;, b:<0|1>;.
func (g *gen) phpSerialize() []byte {
	b := g.laravelHead(make([]byte, 0, 700), "WARNING")
	first, last := g.name()
	s := func(b []byte, cat, v string) []byte {
		b = append(b, "s:"+strconv.Itoa(len(v))+`:"`...)
		if cat == "" {
			b = append(b, v...)
		} else {
			b = g.plant(b, cat, v, "")
		}
		return append(b, `";`...)
	}
	b = append(b, "Session data could not be restored: a:6:{"...)
	b = s(b, "", "_token")
	b = s(b, "secret", g.token(40))
	b = s(b, "", "email")
	b = s(b, "email", g.email(first, last))
	b = s(b, "", "phone")
	b = s(b, "phone", g.phone())
	b = s(b, "", "name")
	b = s(b, "name", first+" "+last)
	b = s(b, "", "cart_id")
	id := g.num(1000, 999999)
	b = g.keep(b, "counter", id, "i:"+id+";")
	b = s(b, "", "remember")
	return append(b, "b:1;}"...)
}

// ---- http_debug_dumps ----

func (g *gen) httpDebugDumps(st *streamState) Record {
	var b []byte
	switch g.rng.IntN(6) {
	case 0:
		b = g.curlVerbose()
	case 1:
		b = g.goDumpRequest(st)
	case 2:
		b = g.pyHTTPClient()
	case 3:
		b = g.springRequestLog()
	default:
		b = g.okhttpLog(st)
	}
	return Record{Line: dumpJoin(st, b)}
}

func (g *gen) bearer(first, last string) (string, string) {
	if g.pct(50) {
		return "jwt", g.jwt(g.email(first, last))
	}
	return "secret", g.token(40)
}

func (g *gen) curlVerbose() []byte {
	b := make([]byte, 0, 1400)
	first, last := g.name()
	email := g.email(first, last)
	srv := g.privateIPv4()
	b = append(b, "*   Trying "+srv+":443...\n* Connected to api.example.com ("+srv+") port 443 (#0)\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n> POST /v2/contacts HTTP/1.1\n> Host: api.example.com\n> User-Agent: curl/"...)
	b = g.keep(b, "version", "8."+g.num(0, 9)+"."+g.num(0, 3), "")
	b = append(b, "\n> Accept: */*\n> Authorization: Bearer "...)
	cat, tok := g.bearer(first, last)
	b = g.plant(b, cat, tok, "")
	cn, cv := g.sessionCookie()
	b = append(b, "\n> Cookie: "+cn+"="...)
	b = g.plant(b, "secret", cv, "")
	body := `{"email":"` + email + `","phone":"`
	phone := g.phone()
	body += phone + `"}`
	b = append(b, "\n> Content-Type: application/json\n> Content-Length: "+strconv.Itoa(len(body))+"\n>\n} ["+strconv.Itoa(len(body))+" bytes data]\n"+`{"email":"`...)
	b = g.plant(b, "email", email, "")
	b = append(b, `","phone":"`...)
	b = g.plant(b, "phone", phone, "")
	b = append(b, "\"}\n< HTTP/1.1 201 Created\n< Date: "+g.now.Format("Mon, 02 Jan 2006 15:04:05 GMT")+"\n< Content-Type: application/json\n< Set-Cookie: session_id="...)
	b = g.plant(b, "secret", g.hexID(32), "")
	b = append(b, "; Path=/; Secure; HttpOnly\n< X-Request-Id: "...)
	b = g.keep(b, "requestid", g.uuid(), "")
	b = append(b, "\n<\n{ [88 bytes data]\n"+`{"id":"`...)
	b = g.keep(b, "uuid", g.uuid(), "")
	b = append(b, `","owner":"`...)
	b = g.plant(b, "email", email, "")
	return append(b, "\",\"status\":\"active\"}\n* Connection #0 to host api.example.com left intact"...)
}

// goDumpRequest writes log.Printf("%s", dump) of httputil.DumpRequest (CRLF
// line ends) or, every other stream, log.Printf("%q", dump).
func (g *gen) goDumpRequest(st *streamState) []byte {
	first, last := g.name()
	login := g.login(first, last)
	pw := g.token(12)
	ip, cat := g.clientIP()
	var d []byte
	d = append(d, "POST /login HTTP/1.1\r\nHost: auth.example.com\r\nAccept-Encoding: gzip\r\nAuthorization: Basic "...)
	basic := base64.StdEncoding.EncodeToString([]byte(login + ":" + pw))
	d = append(d, basic+"\r\nContent-Type: application/x-www-form-urlencoded\r\nUser-Agent: Go-http-client/1.1\r\nX-Forwarded-For: "+ip+"\r\nX-Real-Ip: "+ip+"\r\n\r\nusername="+login+"&password="+pw+"&remember=1"...)
	b := append(make([]byte, 0, 700), g.now.Format("2006/01/02 15:04:05")...)
	g.keepAt("timestamp", g.now.Format("2006/01/02 15:04:05"))
	b = append(b, " request dump: "...)
	quoted := st.variant%2 == 1
	if quoted {
		b = strconv.AppendQuote(b, string(d))
	} else {
		b = append(b, d...)
	}
	g.plantAt("secret", basic)
	g.plantAt("name", login, "username="+login)
	g.plantAt("secret", pw, "password="+pw)
	g.plantAt(cat, ip, "X-Forwarded-For: "+ip, "X-Real-Ip: "+ip)
	return b
}

// pyHTTPClient writes what http.client prints at debuglevel 1 (requests
// under logging's basicConfig with HTTPConnection.debuglevel = 1).
func (g *gen) pyHTTPClient() []byte {
	b := make([]byte, 0, 1000)
	first, last := g.name()
	email, pw := g.email(first, last), g.token(16)
	body := `{"email": "` + email + `", "password": "` + pw + `"}`
	b = append(b, "send: b'POST /api/v1/auth/login HTTP/1.1\\r\\nHost: accounts.example.com\\r\\nUser-Agent: python-requests/"...)
	b = g.keep(b, "version", "2.3"+g.num(1, 2)+".0", "")
	b = append(b, "\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nContent-Length: "+strconv.Itoa(len(body))+"\\r\\nContent-Type: application/json\\r\\n\\r\\n'\nsend: b'{\"email\": \""...)
	b = g.plant(b, "email", email, "")
	b = append(b, `", "password": "`...)
	b = g.plant(b, "secret", pw, "")
	b = append(b, "\"}'\nreply: 'HTTP/1.1 200 OK\\r\\n'\nheader: Date: "+g.now.Format("Mon, 02 Jan 2006 15:04:05 GMT")+"\nheader: Content-Type: application/json\nheader: Set-Cookie: sessionid="...)
	b = g.plant(b, "secret", g.chars(32, lowerNum), "")
	b = append(b, "; expires="+g.now.Add(14*24*3600e9).Format("Mon, 02 Jan 2006 15:04:05 GMT")+"; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax\nheader: X-Auth-Token: "...)
	b = g.plant(b, "secret", g.token(40), "")
	b = append(b, "\nheader: X-Request-ID: "...)
	b = g.keep(b, "requestid", g.uuid(), "")
	return append(b, "\nheader: Content-Length: 41"...)
}

// springRequestLog writes CommonsRequestLoggingFilter's after-request
// message with query string, client info, headers and payload included.
func (g *gen) springRequestLog() []byte {
	b := make([]byte, 0, 1200)
	first, last := g.name()
	email, phone, login := g.email(first, last), g.phone(), g.login(first, last)
	ip, cat := g.clientIP()
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02T15:04:05.000Z07:00"), "")
	b = append(b, " DEBUG "...)
	pid := g.num(1, 9999)
	b = g.keep(b, "counter", pid, " "+pid+" ---")[:len(b)]
	b = append(b, pid+" --- [nio-8080-exec-"+g.num(1, 9)+"] o.s.w.f.CommonsRequestLoggingFilter     : After request [POST /api/customers?email="...)
	b = g.plant(b, "email", email, pctEnc(email, false, false))
	b = append(b, "&source=web, client="...)
	b = g.plant(b, cat, ip, "")
	b = append(b, ", session="...)
	b = g.plant(b, "secret", strings.ToUpper(g.hexID(32)), "")
	b = append(b, ", user="...)
	b = g.plant(b, "name", login, "")
	b = append(b, `, headers=[host:"api.example.com", authorization:"Bearer `...)
	cat2, tok := g.bearer(first, last)
	b = g.plant(b, cat2, tok, "")
	b = append(b, `", content-type:"application/json", content-length:"`+g.num(60, 200)+`", x-forwarded-for:"`...)
	b = g.plant(b, cat, ip, "")
	b = append(b, `", user-agent:"Mozilla/5.0"], payload={`+"\n"+`  "fullName": "`...)
	b = g.plant(b, "name", first+" "+last, "")
	b = append(b, "\",\n  \"phone\": \""...)
	b = g.plant(b, "phone", phone, "")
	b = append(b, "\",\n  \"orderNumber\": \""...)
	b = g.keep(b, "orderid", g.orderID(), "")
	return append(b, "\"\n}]"...)
}

// okhttpLog writes HttpLoggingInterceptor's BODY level: one log call a
// line, every line behind logcat's tag on Android streams.
func (g *gen) okhttpLog(st *streamState) []byte {
	first, last := g.name()
	email, phone := g.email(first, last), g.phone()
	var lines [][]byte
	add := func(s ...string) {
		lines = append(lines, []byte(strings.Join(s, "")))
	}
	url := "https://api.example.com/v1/users/me"
	add("--> PUT ", url)
	add("Content-Type: application/json; charset=UTF-8")
	body := `{"email":"` + email + `","phone":"` + phone + `","displayName":"` + first + " " + last + `"}`
	add("Content-Length: ", strconv.Itoa(len(body)))
	cat, tok := g.bearer(first, last)
	g.plantAt(cat, tok)
	add("Authorization: Bearer ", tok)
	add("")
	g.plantAt("email", email)
	g.plantAt("phone", phone)
	g.plantAt("name", first+" "+last)
	add(body)
	add("--> END PUT (", strconv.Itoa(len(body)), "-byte body)")
	ms := g.num(40, 900)
	g.keepAt("duration", ms+"ms")
	add("<-- 200 OK ", url, " (", ms, "ms)")
	add("content-type: application/json")
	sess := g.hexID(40)
	g.plantAt("secret", sess)
	add("set-cookie: __Host-session=", sess, "; Path=/; Secure; HttpOnly")
	rid := g.uuid()
	g.keepAt("requestid", rid)
	add("x-request-id: ", rid)
	add("")
	uid := g.uuid()
	g.keepAt("uuid", uid)
	add(`{"id":"`, uid, `","email":"`, email, `","updatedAt":"`, g.now.UTC().Format("2006-01-02T15:04:05Z"), `"}`)
	add("<-- END HTTP (", g.num(90, 200), "-byte body)")
	var b []byte
	for i, l := range lines {
		if i > 0 {
			b = append(b, '\n')
		}
		if st.variant >= 3 {
			b = append(b, "I/okhttp.OkHttpClient: "...)
		}
		b = append(b, l...)
	}
	return b
}

// ---- exception_traces ----

func (g *gen) exceptionTraces(st *streamState) Record {
	var b []byte
	switch g.rng.IntN(7) {
	case 0:
		b = g.javaMailTrace()
	case 1:
		b = g.javaDuplicateKey()
	case 2:
		b = g.pyUniqueViolation()
	case 3:
		b = g.pyLoguru()
	case 4:
		b = g.nodeMongoose()
	case 5:
		b = g.nodeE11000()
	default:
		b = g.dotnetDbUpdate()
	}
	return Record{Line: dumpJoin(st, b)}
}

func (g *gen) springHead(b []byte, thread, logger, msg string) []byte {
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02T15:04:05.000Z07:00"), "")
	pid := g.num(1, 9999)
	b = append(b, " ERROR "...)
	b = g.keep(b, "counter", pid, " "+pid+" ---")[:len(b)]
	return append(b, pid+" --- [shop] ["+thread+"] "+logger+" : "+msg+"\n"...)
}

func (g *gen) frames(b []byte, fr ...string) []byte {
	for _, f := range fr {
		b = append(b, "\tat "+f+"\n"...)
	}
	return b
}

func (g *gen) javaMailTrace() []byte {
	b := make([]byte, 0, 1800)
	first, last := g.name()
	email := g.email(first, last)
	order := g.orderID()
	g.keepAt("orderid", order)
	b = g.springHead(b, "   scheduling-1", "c.e.shop.notify.ReceiptMailer", "Could not send receipt for order "+order)
	b = append(b, "org.springframework.mail.MailSendException: Failed messages: javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <"...)
	b = g.plant(b, "email", email, "")
	b = append(b, ">: Recipient address rejected: User unknown in virtual mailbox table\n"...)
	b = g.frames(b, "org.springframework.mail.javamail.JavaMailSenderImpl.doSend(JavaMailSenderImpl.java:440)",
		"org.springframework.mail.javamail.JavaMailSenderImpl.send(JavaMailSenderImpl.java:323)",
		"com.example.shop.notify.ReceiptMailer.send(ReceiptMailer.java:57)")
	b = append(b, "Caused by: javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <"...)
	b = g.plant(b, "email", email, "")
	b = append(b, ">: Recipient address rejected: User unknown in virtual mailbox table\n"...)
	b = g.frames(b, "com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)",
		"com.sun.mail.smtp.SMTPTransport.sendMessage(SMTPTransport.java:1286)")
	n := g.num(12, 60)
	b = append(b, "\t... "...)
	b = g.keep(b, "counter", n, "... "+n+" more")[:len(b)]
	return append(b, n+" more"...)
}

func (g *gen) javaDuplicateKey() []byte {
	b := make([]byte, 0, 1800)
	first, last := g.name()
	col, cat, val := "email", "email", g.email(first, last)
	if g.pct(40) {
		col, cat, val = "phone", "phone", g.phone()
	}
	b = g.springHead(b, "nio-8080-exec-"+g.num(1, 9), "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [INSERT INTO customers (email, phone, full_name) VALUES (?, ?, ?)]; ERROR: duplicate key value violates unique constraint \"customers_"+col+"_key\"")
	b = append(b, "  Detail: Key ("+col+")=("...)
	b = g.plant(b, cat, val, "")
	b = append(b, ") already exists.] with root cause\n\norg.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"customers_"+col+"_key\"\n  Detail: Key ("+col+")=("...)
	b = g.plant(b, cat, val, "")
	b = append(b, ") already exists.\n"...)
	b = g.frames(b, "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
		"org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)",
		"com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
		"org.springframework.jdbc.core.JdbcTemplate.lambda$update$2(JdbcTemplate.java:965)")
	b = append(b, "\t... "+g.num(80, 120)+" common frames omitted"...)
	return b
}

func (g *gen) pyUniqueViolation() []byte {
	b := make([]byte, 0, 1800)
	first, last := g.name()
	col, cat, val := "phone", "phone", g.phone()
	if g.pct(40) {
		col, cat, val = "email", "email", g.email(first, last)
	}
	b = append(b, "ERROR "...)
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05,000"), "")
	b = append(b, " log Internal Server Error: /api/profile/\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.11/site-packages/django/db/backends/utils.py\", line 89, in _execute\n    return self.cursor.execute(sql, params)\npsycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"users_"+col+"_key\"\nDETAIL:  Key ("+col+")=("...)
	b = g.plant(b, cat, val, "")
	b = append(b, ") already exists.\n\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"/app/profiles/views.py\", line "...)
	ln := g.num(20, 300)
	b = g.keep(b, "counter", ln, "line "+ln+",")[:len(b)]
	b = append(b, ln+", in update\n    user.save(update_fields=[\"phone\", \"full_name\"])\ndjango.db.utils.IntegrityError: duplicate key value violates unique constraint \"users_"+col+"_key\"\nDETAIL:  Key ("+col+")=("...)
	b = g.plant(b, cat, val, "")
	return append(b, ") already exists."...)
}

// pyLoguru writes loguru's logger.exception with diagnose=True: the value
// of every name on the failing line, drawn under it.
func (g *gen) pyLoguru() []byte {
	b := make([]byte, 0, 1500)
	first, last := g.name()
	email, phone := g.email(first, last), g.phone()
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05.000"), "")
	b = append(b, " | ERROR    | app.notify:send_sms:"...)
	ln := g.num(20, 300)
	b = g.keep(b, "counter", ln, "send_sms:"+ln+" ")[:len(b)]
	b = append(b, ln+" - SMS delivery failed\nTraceback (most recent call last):\n\n  File \"/app/notify.py\", line "+ln+", in send_sms\n    client.messages.create(to=phone, body=text)\n    │                         │          └ 'Your order has shipped'\n    │                         └ '"...)
	b = g.plant(b, "phone", phone, "")
	b = append(b, "'\n    └ <twilio.rest.Client object at 0x7f"+g.hexID(9)+">\n\n  File \"/app/notify.py\", line 31, in notify_user\n    send_sms(user.phone, user.email)\n    │        │    │      │    └ '"...)
	b = g.plant(b, "email", email, "")
	b = append(b, "'\n    │        │    │      └ <User id="+g.num(1, 9999)+">\n    │        │    └ '"...)
	b = g.plant(b, "phone", phone, "")
	b = append(b, "'\n    │        └ <User id="+g.num(1, 9999)+">\n    └ <function send_sms at 0x7f"+g.hexID(9)+">\n\ntwilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number "...)
	b = g.plant(b, "phone", phone, "")
	return append(b, " is not a valid phone number."...)
}

func (g *gen) nodeMongoose() []byte {
	b := make([]byte, 0, 1200)
	first, last := g.name()
	bad := strings.Replace(g.email(first, last), "@", "@@", 1)
	phone := g.phone()
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"), "")
	b = append(b, " error: POST /signup failed ValidationError: User validation failed: email: Path `email` is invalid ("...)
	b = g.plant(b, "email", bad, "")
	b = append(b, ")., phone: "...)
	b = g.plant(b, "phone", phone, "")
	b = append(b, " is not a valid phone number!\n    at model.Document.invalidate (/app/node_modules/mongoose/lib/document.js:"...)
	b = g.keep(b, "counter", "3289", "document.js:3289:32")[:len(b)]
	b = append(b, "3289:32)\n    at /app/node_modules/mongoose/lib/document.js:3050:17\n    at /app/node_modules/mongoose/lib/schemaType.js:1388:9\n    at process.processTicksAndRejections (node:internal/process/task_queues:77:11) {\n  errors: {\n    email: ValidatorError: Path `email` is invalid ("...)
	b = g.plant(b, "email", bad, "")
	b = append(b, ").\n        at validate (/app/node_modules/mongoose/lib/schemaType.js:1385:13) {\n      properties: [Object],\n      kind: 'regexp',\n      path: 'email',\n      value: '"...)
	b = g.plant(b, "email", bad, "")
	return append(b, "',\n      reason: undefined,\n      [Symbol(mongoose:validatorError)]: true\n    }\n  },\n  _message: 'User validation failed'\n}"...)
}

func (g *gen) nodeE11000() []byte {
	b := make([]byte, 0, 1000)
	first, last := g.name()
	key, cat, val := "email", "email", g.email(first, last)
	if g.pct(40) {
		key, cat, val = "phone", "phone", g.e164()
	}
	b = append(b, "["...)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"), "")
	b = append(b, "] ERROR: MongoServerError: E11000 duplicate key error collection: app.users index: "+key+"_1 dup key: { "+key+": \""...)
	b = g.plant(b, cat, val, "")
	b = append(b, "\" }\n    at InsertOneOperation.execute (/srv/app/node_modules/mongodb/lib/operations/insert.js:51:33)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async executeOperationAsync (/srv/app/node_modules/mongodb/lib/operations/execute_operation.js:106:16) {\n  index: 0,\n  code: 11000,\n  keyPattern: { "+key+": 1 },\n  keyValue: { "+key+": '"...)
	b = g.plant(b, cat, val, "")
	return append(b, "' },\n  [Symbol(errorLabels)]: Set(0) {}\n}"...)
}

func (g *gen) dotnetDbUpdate() []byte {
	b := make([]byte, 0, 2000)
	first, last := g.name()
	email := g.email(first, last)
	b = append(b, "fail: Microsoft.EntityFrameworkCore.Update["...)
	b = g.keep(b, "counter", "10000", "[10000]")[:len(b)]
	b = append(b, "10000]\n      An exception occurred in the database while saving changes for context type 'Shop.Data.AppDbContext'.\n      Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n       ---> Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint \"IX_Users_NormalizedEmail\"\n      \n      DETAIL: Key (\"NormalizedEmail\")=("...)
	up := strings.ToUpper(email)
	b = g.plant(b, "email", up, "")
	b = append(b, ") already exists.\n         at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n         at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)\n        Exception data:\n          Severity: ERROR\n          SqlState: 23505\n          MessageText: duplicate key value violates unique constraint \"IX_Users_NormalizedEmail\"\n          Detail: Key (\"NormalizedEmail\")=("...)
	b = g.plant(b, "email", up, "")
	b = append(b, ") already exists.\n          SchemaName: public\n          TableName: AspNetUsers\n          ConstraintName: IX_Users_NormalizedEmail\n          File: nbtinsert.c\n          Line: "...)
	b = g.keep(b, "counter", "666", "Line: 666")[:len(b)]
	b = append(b, "666\n          Routine: _bt_check_unique\n         --- End of inner exception stack trace ---\n         at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)\n         at Shop.Services.AccountService.RegisterAsync(RegisterRequest request) in /src/Shop/Services/AccountService.cs:line "...)
	ln := g.num(30, 300)
	b = g.keep(b, "counter", ln, ":line "+ln)[:len(b)]
	return append(b, ln...)
}
