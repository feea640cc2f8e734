package realistic

import (
	"strconv"
	"strings"
)

// Platform logs: what a PaaS, a serverless function, a mobile app and a
// browser leave in an application's log pipeline, each line written from
// its vendor's documentation:
//
//   - Heroku's router lines (logfmt: at=, method=, path="...", host=,
//     request_id=, fwd="client,proxy", dyno=, connect=Nms, service=Nms,
//     status=, bytes=, protocol=; code= and desc="..." on errors) and the
//     app's own lines, both behind the RFC 5424 timestamp and
//     source[dyno]: of Logplex;
//   - API Gateway access logs, the JSON of $context variables (requestId,
//     ip, caller, user, requestTime, httpMethod, resourcePath, status,
//     protocol, responseLength; identity.sourceIp and
//     authorizer.claims.email nested or as dotted keys);
//   - Lambda's START, END and REPORT lines (tab-separated fields, Init
//     Duration on a cold start) and the runtime's "time\trequestId\tLEVEL\t
//     message" lines between them;
//   - GraphQL servers' request logs: the POST body (operationName,
//     variables, query) as one JSON line;
//   - Android logcat -v threadtime (date time pid tid level tag: message);
//   - CSP violation reports (application/csp-report: document-uri,
//     referrer, blocked-uri, source-file...) and Network Error Logging
//     reports (the Reporting API's array of {age, type, url, body});
//   - journalctl -o json with a MESSAGE that is not UTF-8, written as an
//     array of byte values (systemd.journal-fields, JSON export format).
//
// The applications' messages carry the shapes that left personal data in
// the archive before: PostgreSQL's DETAIL lines echoing a failing row or a
// duplicate key, identity documents named in prose, users in paths (home
// directories, profile URLs), names and addresses in file names, and
// postal addresses in free text.

func (g *gen) platformLogs(st *streamState) Record {
	switch g.rng.IntN(13) {
	case 0, 1:
		return g.herokuRouter()
	case 2, 3, 4:
		return g.herokuApp()
	case 5:
		return g.apiGatewayAccess()
	case 6, 7:
		return g.lambdaLine(st)
	case 8:
		return g.graphqlRequest()
	case 9:
		return g.logcatLine()
	case 10:
		return g.cspReport()
	case 11:
		return g.nelReport()
	}
	return g.journaldBytes()
}

// rfc5424Time is Logplex's timestamp: microseconds and a numeric offset.
func (g *gen) rfc5424Time() string { return g.now.UTC().Format("2006-01-02T15:04:05.000000-07:00") }

// userPath returns a URL path naming a user the way sites route profiles:
// /u/jdoe, /~jdoe/, /@jane.doe, /users/jdoe/settings.
func (g *gen) userPath() string {
	login := g.personLogin()
	switch g.rng.IntN(4) {
	case 0:
		g.plantAt("name", login, "/u/"+login)
		return "/u/" + login
	case 1:
		g.plantAt("name", login, "/~"+login+"/")
		return "/~" + login + "/" + pick(g, []string{"", "index.html", "pub/notes.txt"})
	case 2:
		g.plantAt("name", login, "/@"+login)
		return "/@" + login
	}
	g.plantAt("name", login, "/profile/"+login)
	return "/profile/" + login + pick(g, []string{"", "/settings", "/edit"})
}

func (g *gen) herokuRouter() Record {
	b := make([]byte, 0, 400)
	b = g.keep(b, "timestamp", g.rfc5424Time(), "")
	b = append(b, " heroku[router]: "...)
	status := pick(g, []string{"200", "200", "200", "302", "404", "503"})
	if status == "503" {
		b = append(b, `at=error code=`+pick(g, []string{"H12", "H13", "H10"})+` desc="`+pick(g, []string{"Request timeout", "Connection closed without response", "App crashed"})+`" `...)
	} else {
		b = append(b, "at=info "...)
	}
	b = append(b, "method="+pick(g, []string{"GET", "GET", "POST", "PATCH"})+` path="`...)
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, g.userPath()...)
	case 1:
		f, l := g.name()
		e := g.email(f, l)
		pe := pctEnc(e, false, false)
		g.plantAt("email", e, pe)
		b = append(b, "/account/verify?email="+pe+"&step=2"...)
	default:
		b = append(b, g.path()...)
	}
	b = append(b, `" host=`+pick(g, []string{"shop-api.herokuapp.com", "www.example.com"})+" request_id="...)
	b = g.keep(b, "requestid", g.uuid(), "")
	b = append(b, ` fwd="`...)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	if g.pct(40) {
		b = append(b, ","+g.privateIPv4()...)
	}
	b = append(b, `" dyno=web.`+g.num(1, 4)+" connect="...)
	b = g.keep(b, "duration", g.num(0, 3)+"ms", "")
	b = append(b, " service="...)
	b = g.keep(b, "duration", g.num(2, 30000)+"ms", "")
	b = append(b, " status="...)
	g.keepAt("status", status, "status="+status)
	n := g.num(0, 99999)
	g.keepAt("bytes", n, "bytes="+n)
	b = append(b, status+" bytes="+n...)
	if g.pct(70) {
		b = append(b, " protocol=https"...)
	}
	return Record{Line: b}
}

func (g *gen) herokuApp() Record {
	b := make([]byte, 0, 400)
	b = g.keep(b, "timestamp", g.rfc5424Time(), "")
	b = append(b, " app["+pick(g, []string{"web", "worker"})+"."+g.num(1, 3)+"]: "...)
	return Record{Line: append(b, g.gapMessage()...)}
}

// gapMessage returns an application message of one of the shapes the
// engine missed on real logs, with its values labelled.
func (g *gen) gapMessage() string {
	switch g.rng.IntN(7) {
	case 0:
		return g.pgFailingRow()
	case 1:
		return g.pgDuplicateKey()
	case 2:
		return g.documentProse()
	case 3:
		return g.homePath()
	case 4:
		return g.fileNameMsg()
	case 5:
		return g.addressProse()
	}
	f, l := g.name()
	e := g.email(f, l)
	g.plantAt("email", e)
	return "password reset requested for " + e
}

// pgFailingRow is PostgreSQL's check or not-null violation as a driver
// logs it: the message, then DETAIL: Failing row contains (...), the row's
// values in column order, text unquoted, NULL as null.
func (g *gen) pgFailingRow() string {
	f, l := g.name()
	e := g.email(f, l)
	ph := g.phone()
	id := g.num(10, 99999)
	dob := g.num(1950, 2005) + "-0" + g.num(1, 9) + "-" + g.num(10, 28)
	created := g.now.UTC().Format("2006-01-02 15:04:05") + "." + g.digits(6) + "+00"
	g.plantAt("email", e)
	g.plantAt("name", f, ", "+f)
	g.plantAt("name", l, ", "+l)
	g.plantAt("phone", ph, ", "+ph)
	g.plantAt("birth_date", dob, ", "+dob)
	g.keepAt("counter", id, "("+id+", ")
	g.keepAt("timestamp", created)
	cons := pick(g, []string{"users_phone_check", "users_email_check", "users_age_check"})
	row := "(" + id + ", " + e + ", " + f + ", " + l + ", " + ph + ", " + dob + ", " + pick(g, []string{"t", "f", "null"}) + ", " + created + ")"
	return `error: new row for relation "users" violates check constraint "` + cons + `" DETAIL: Failing row contains ` + row + "."
}

// pgDuplicateKey is a unique violation's DETAIL: Key (columns)=(values)
// already exists.
func (g *gen) pgDuplicateKey() string {
	f, l := g.name()
	head := `ERROR: duplicate key value violates unique constraint "`
	switch g.rng.IntN(4) {
	case 0:
		e := g.email(f, l)
		g.plantAt("email", e)
		return head + `users_email_key" DETAIL: Key (email)=(` + e + `) already exists.`
	case 1:
		login := g.personLogin()
		g.plantAt("name", login, "=("+login+")")
		return head + `users_username_key" DETAIL: Key (username)=(` + login + `) already exists.`
	case 2:
		g.plantAt("name", f, "=("+f)
		g.plantAt("name", l, l+")")
		return head + `customers_name_idx" DETAIL: Key (first_name, last_name)=(` + f + ", " + l + `) already exists.`
	}
	id := g.num(1000, 999999)
	g.keepAt("orderid", id, "=("+id+")")
	return head + `orders_pkey" DETAIL: Key (id)=(` + id + `) already exists.`
}

// documentProse names an identity document and its number in a sentence.
func (g *gen) documentProse() string {
	switch g.rng.IntN(4) {
	case 0:
		n := string(rune('A'+g.rng.IntN(26))) + g.digits(7)
		g.plantAt("passport", n)
		return "kyc: passport no. " + n + " accepted for applicant " + g.num(1000, 99999)
	case 1:
		n := "C" + g.digits(2) + "X" + g.digits(2) + "T" + g.digits(2)
		g.plantAt("passport", n)
		return "verification failed: passport number: " + n + " expired on 2025-01-31"
	case 2:
		n := "D" + g.digits(4) + "-" + g.digits(4)
		g.plantAt("driver_licence", n)
		return "checked driver's licence " + n + " against DVLA: ok"
	}
	n := pick(g, []string{"S", "B", "F"}) + g.digits(3) + "-" + g.digits(4) + "-" + g.digits(4)
	g.plantAt("driver_licence", n)
	return "Driver license number " + n + " (state IL) verified"
}

// homePath names a file in a user's home directory, on Linux, Windows or
// macOS.
func (g *gen) homePath() string {
	login := g.personLogin()
	switch g.rng.IntN(3) {
	case 0:
		g.plantAt("name", login, "/home/"+login+"/")
		return "open /home/" + login + "/.config/app/settings.json: permission denied"
	case 1:
		g.plantAt("name", login, `\Users\`+login+`\`)
		return `upload staged at C:\Users\` + login + `\AppData\Local\Temp\upload-` + g.num(1000, 9999) + ".tmp"
	}
	g.plantAt("name", login, "/Users/"+login+"/")
	return "crash report written to /Users/" + login + "/Library/Logs/DiagnosticReports/app.ips"
}

// fileNameMsg names an uploaded file whose name holds its owner's name or
// address, or a file name that holds none.
func (g *gen) fileNameMsg() string {
	f, l := g.name()
	fa, la := ascii(f), ascii(l)
	size := g.num(1000, 999999)
	g.keepAt("bytes", size, "size="+size)
	var name string
	switch g.rng.IntN(6) {
	case 0:
		name = "invoice_" + fa + "_" + la + "_2026.pdf"
		g.plantAt("name", fa, "_"+fa+"_")
		g.plantAt("name", la, "_"+la+"_")
	case 1:
		name = "CV-" + fa + "-" + la + ".docx"
		g.plantAt("name", fa, "-"+fa+"-")
		g.plantAt("name", la, "-"+la+".")
	case 2:
		e := g.email(f, l)
		name = e + ".csv"
		g.plantAt("email", e)
	case 3:
		name = "Scan_" + fa + "_" + la + ".pdf"
		g.plantAt("name", fa, "_"+fa+"_")
		g.plantAt("name", la, "_"+la+".")
	case 4:
		name = pick(g, []string{"Release_Notes_2026.pdf", "Quarterly_Report.xlsx", "Annual_Budget_Q3.xlsx", "Meeting_Minutes_2026-11.docx", "Privacy_Policy_v2.pdf"})
		g.keepAt("header", name)
	default:
		name = "IMG_" + g.digits(4) + ".JPG"
		g.keepAt("header", name)
	}
	return "stored upload " + name + " size=" + size + " bucket=uploads"
}

// addressProse writes a postal address in a sentence, as shops and
// couriers log them: UK, German and US forms.
func (g *gen) addressProse() string {
	switch g.rng.IntN(3) {
	case 0:
		st := g.num(1, 240) + pick(g, []string{"", "B"}) + " " + pick(g, []string{"Baker Street", "High Street", "Station Road", "Church Lane"})
		g.plantAt("address", st)
		return "order " + g.num(100000, 999999) + " shipping to " + st + ", London NW1 6XE"
	case 1:
		st := pick(g, []string{"Hauptstraße", "Schillerstraße", "Bahnhofstraße", "Goethestr."}) + " " + g.num(1, 120)
		g.plantAt("address", st)
		return "Lieferadresse: " + st + ", 10115 Berlin"
	}
	st := g.num(100, 9999) + " " + pick(g, []string{"Amphitheatre Pkwy", "Main St", "Elm Street", "Oak Avenue"})
	g.plantAt("address", st)
	return "label created, ship to " + st + ", Mountain View, CA 94043"
}

func (g *gen) apiGatewayAccess() Record {
	b := make([]byte, 0, 600)
	b = append(b, '{')
	b = g.jk(b, "requestId", "requestid", g.uuid())
	ip, cat := g.clientIP()
	b = g.jp(b, "ip", cat, ip)
	b = g.js(b, "caller", "-")
	if g.pct(40) {
		b = g.jp(b, "user", "name", g.personLogin())
	} else {
		b = g.js(b, "user", "-")
	}
	t := g.clfTime()
	b = g.jk(b, "requestTime", "timestamp", t)
	b = g.js(b, "httpMethod", pick(g, []string{"GET", "POST", "PUT"}))
	b = g.js(b, "resourcePath", pick(g, []string{"/users/{id}", "/orders", "/profile"}))
	b = g.jk(b, "status", "status", pick(g, []string{"200", "201", "403"}))
	b = g.js(b, "protocol", "HTTP/1.1")
	b = g.jk(b, "responseLength", "bytes", g.num(2, 9999))
	f, l := g.name()
	e := g.email(f, l)
	sub := g.uuid()
	if g.pct(50) {
		b = jo(b, "identity")
		b = g.jp(b, "sourceIp", cat, ip)
		b = g.js(b, "userAgent", pick(g, browserUAs))
		b = append(b, '}')
		b = jo(b, "authorizer")
		b = jo(b, "claims")
		b = g.jp(b, "email", "email", e)
		b = g.jk(b, "sub", "uuid", sub)
		if g.pct(50) {
			// A Cognito user pool's claims: namespaced names.
			b = g.jp(b, "cognito:username", "name", g.personLogin())
			b = g.js(b, "cognito:groups", "customers")
		}
		b = append(b, '}', '}')
	} else {
		b = g.jp(b, "identity.sourceIp", cat, ip)
		b = g.jp(b, "authorizer.claims.email", "email", e)
		b = g.jk(b, "authorizer.claims.sub", "uuid", sub)
		b = g.jk(b, "integrationLatency", "duration", g.num(3, 900))
	}
	return Record{Line: append(b, '}')}
}

func (g *gen) lambdaLine(st *streamState) Record {
	id := g.uuid()
	b := make([]byte, 0, 400)
	switch st.n % 4 {
	case 0:
		b = append(b, "START RequestId: "...)
		b = g.keep(b, "requestid", id, "")
		return Record{Line: append(b, " Version: $LATEST"...)}
	case 1:
		b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"), "")
		b = append(b, '\t')
		b = g.keep(b, "requestid", id, "")
		b = append(b, "\t"+pick(g, []string{"INFO", "ERROR", "WARN"})+"\t"...)
		return Record{Line: append(b, g.gapMessage()...)}
	case 2:
		b = append(b, "END RequestId: "...)
		return Record{Line: g.keep(b, "requestid", id, "")}
	}
	b = append(b, "REPORT RequestId: "...)
	b = g.keep(b, "requestid", id, "")
	d := g.num(1, 2999) + "." + g.digits(2)
	b = append(b, "\tDuration: "...)
	g.keepAt("duration", d, "Duration: "+d+" ms")
	b = append(b, d+" ms\tBilled Duration: "+g.num(1, 3000)+" ms\tMemory Size: 128 MB\tMax Memory Used: "+g.num(40, 127)+" MB\t"...)
	if g.pct(30) {
		in := g.num(80, 900) + "." + g.digits(2)
		g.keepAt("duration", in, "Init Duration: "+in+" ms")
		b = append(b, "Init Duration: "+in+" ms\t"...)
	}
	return Record{Line: b}
}

func (g *gen) graphqlRequest() Record {
	b := make([]byte, 0, 600)
	b = append(b, '{')
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "level", "info")
	b = g.js(b, "msg", "graphql request")
	b = g.js(b, "operationName", "UpdateUser")
	b = jo(b, "variables")
	b = jo(b, "input")
	b = g.jk(b, "id", "uuid", g.uuid())
	f, l := g.name()
	e := g.email(f, l)
	b = g.jp(b, "email", "email", e)
	b = g.jp(b, "phone", "phone", g.e164())
	if g.pct(50) {
		b = g.jp(b, "firstName", "name", f)
		b = g.jp(b, "lastName", "name", l)
	}
	if g.pct(40) {
		b = jo(b, "address")
		b = g.jp(b, "line1", "address", g.street())
		b = g.js(b, "city", "Berlin")
		b = append(b, '}')
	}
	b = append(b, '}', '}')
	b = g.js(b, "query", "mutation UpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { id email } }")
	b = g.jk(b, "durationMs", "duration", g.num(3, 900))
	return Record{Line: append(b, '}')}
}

func (g *gen) logcatLine() Record {
	b := make([]byte, 0, 300)
	b = g.keep(b, "timestamp", g.now.UTC().Format("01-02 15:04:05.000"), "")
	pid, tid := g.num(300, 32000), g.num(300, 32000)
	b = append(b, " "+strings.Repeat(" ", 5-len(pid))+pid+" "+strings.Repeat(" ", 5-len(tid))+tid+" "...)
	switch g.rng.IntN(5) {
	case 0:
		return Record{Line: append(b, "I ActivityManager: Start proc "+pid+":com.example.shop/u0a"+g.num(10, 300)+" for activity com.example.shop/.MainActivity"...)}
	case 1:
		f, l := g.name()
		e := g.email(f, l)
		g.plantAt("email", e)
		return Record{Line: append(b, "D LoginActivity: signed in as "+e...)}
	case 2:
		ph := g.e164()
		g.plantAt("phone", ph)
		f, l := g.name()
		g.plantAt("name", f, "firstName="+f)
		g.plantAt("name", l, "lastName="+l)
		return Record{Line: append(b, "D ProfileRepo: User{firstName="+f+", lastName="+l+", phone="+ph+"}"...)}
	case 3:
		return Record{Line: append(b, "W OkHttp: <-- 200 https://api.example.com/v1/profile (143ms)"...)}
	}
	return Record{Line: append(b, "E AppUpload: "+g.gapMessage()...)}
}

func (g *gen) cspReport() Record {
	b := make([]byte, 0, 800)
	b = append(b, '{')
	b = jo(b, "csp-report")
	host := "https://shop.example.com"
	f, l := g.name()
	e := g.email(f, l)
	pe := pctEnc(e, false, false)
	doc := host + "/account?email=" + pe
	g.plantAt("email", e, pe)
	b = g.js(b, "document-uri", doc)
	ref := host + pick(g, []string{"/", "/login"})
	if g.pct(50) {
		up := g.userPath()
		ref = host + up
	}
	b = g.js(b, "referrer", ref)
	b = g.js(b, "violated-directive", "script-src-elem")
	b = g.js(b, "effective-directive", "script-src-elem")
	b = g.js(b, "original-policy", "default-src 'self'; script-src 'self'; report-uri /csp-report")
	b = g.js(b, "disposition", "enforce")
	b = g.js(b, "blocked-uri", pick(g, []string{"inline", "eval", "https://cdn.example.net/widget.js"}))
	b = jn(b, "line-number", g.num(1, 400))
	b = jn(b, "column-number", g.num(1, 90))
	if g.pct(50) {
		b = g.js(b, "source-file", doc)
	}
	b = jn(b, "status-code", "200")
	b = g.js(b, "script-sample", "")
	return Record{Line: append(b, '}', '}')}
}

func (g *gen) nelReport() Record {
	b := make([]byte, 0, 800)
	b = append(b, '[', '{')
	age := g.num(0, 60000)
	b = jn(b, "age", age)
	b = g.js(b, "type", "network-error")
	url := "https://shop.example.com" + g.path()
	if g.pct(40) {
		url = "https://shop.example.com" + g.userPath()
	}
	b = g.js(b, "url", url)
	b = g.js(b, "user_agent", pick(g, browserUAs))
	b = jo(b, "body")
	b = jn(b, "sampling_fraction", "1.0")
	b = g.js(b, "referrer", "https://shop.example.com/")
	b = g.js(b, "server_ip", g.ipv4()) // the server's address: no label either way
	b = g.js(b, "protocol", pick(g, []string{"h2", "http/1.1"}))
	b = g.js(b, "method", "GET")
	b = ja(b, "request_headers")
	b = append(b, ']')
	b = jo(b, "response_headers")
	b = append(b, '}')
	b = jn(b, "status_code", "0")
	el := g.num(10, 9000)
	b = jn(b, "elapsed_time", el)
	g.keepAt("duration", el, `"elapsed_time":`+el)
	b = g.js(b, "phase", "connection")
	b = g.js(b, "type", pick(g, []string{"tcp.reset", "tcp.timed_out", "tls.cert.invalid"}))
	return Record{Line: append(b, '}', '}', ']')}
}

// journaldBytes is journalctl -o json's record whose MESSAGE is not valid
// UTF-8: the field becomes an array of its bytes (here Latin-1 text).
func (g *gen) journaldBytes() Record {
	f, l := g.name()
	e := g.email(f, l)
	msg := "Benutzer " + e + " angemeldet \xfcber Port " + g.num(1024, 65535)
	g.plantAt("email", e, byteArray(e))
	b := make([]byte, 0, 800)
	b = append(b, '{')
	us := strconv.FormatInt(g.now.UnixMicro(), 10)
	b = g.jk(b, "__REALTIME_TIMESTAMP", "epoch", us)
	b = g.js(b, "_HOSTNAME", "web-01")
	b = g.js(b, "SYSLOG_IDENTIFIER", "shop-worker")
	b = g.jk(b, "_PID", "counter", g.num(300, 99999))
	b = jkey(b, "MESSAGE")
	b = append(b, '[')
	b = append(b, byteArray(msg)...)
	b = append(b, ']')
	b = g.js(b, "PRIORITY", "6")
	return Record{Line: append(b, '}')}
}

// byteArray writes s's bytes as decimal numbers joined by commas.
func byteArray(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(s[i]), 10)
	}
	return string(b)
}

// byteArraysText returns s with every JSON array of eight or more numbers
// from 0 to 255 replaced by the bytes they spell, as journalctl -o json
// writes a value that is not UTF-8: the scorer's view of such a field.
func byteArraysText(s string) string {
	var out []byte
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '[' {
			continue
		}
		var bs []byte
		k := i + 1
		ok := false
		for k < len(s) {
			v, d := 0, k
			for k < len(s) && s[k] >= '0' && s[k] <= '9' && k-d < 3 {
				v = v*10 + int(s[k]-'0')
				k++
			}
			if k == d || v > 255 {
				break
			}
			bs = append(bs, byte(v))
			if k < len(s) && s[k] == ',' {
				k++
				continue
			}
			ok = k < len(s) && s[k] == ']'
			break
		}
		if !ok || len(bs) < 8 {
			continue
		}
		out = append(out, s[last:i]...)
		out = append(out, bs...)
		last = k + 1
		i = k
	}
	if out == nil {
		return s
	}
	return string(append(out, s[last:]...))
}
