package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Application telemetry as collectors and frameworks write it.
//
// otlpJSON: OpenTelemetry Protocol, JSON Protobuf Encoding
// (opentelemetry-proto docs/specification.md and examples/logs.json,
// trace.json): one ExportLogsServiceRequest or ExportTraceServiceRequest a
// line, as the Collector's file exporter writes them. Field names in
// lowerCamelCase, traceId and spanId as hex (not base64), 64-bit integers
// (timeUnixNano, intValue) as strings, enum values as numbers. Attributes
// are arrays of {"key":…,"value":{"stringValue":…}}: what a value is lives
// in the sibling "key" member. Attribute names from the semantic
// conventions registry: enduser.id (a username or client id), user.email,
// user.full_name, user.name, user.id, user.hash, client.address,
// net.peer.ip (older), http.request.header.<name> (an array of strings),
// url.query, db.statement, exception.message.
//
// Planted: e-mail addresses, names, logins, client addresses, the bearer
// token of an Authorization header, personal values inside url.query,
// db.statement and log bodies. Kept: trace, span and parent span ids,
// nanosecond timestamps, service versions, durations, status codes, user.id
// UUIDs and user.hash digests, pod uids.

// otlpAttr appends one attribute {"key":k,"value":{"stringValue":v}}, v
// labelled as l/cat.
func (g *gen) otlpAttr(b []byte, k string, l label, cat, v string) []byte {
	b = append(jcomma(b), `{"key":"`+k+`","value":{`...)
	b = g.jf(b, "stringValue", l, cat, v, nil)
	return append(b, "}}"...)
}

// otlpAttrRaw appends an attribute whose value member is raw JSON.
func otlpAttrRaw(b []byte, k, typ, raw string) []byte {
	return append(jcomma(b), `{"key":"`+k+`","value":{"`+typ+`":`+raw+`}}`...)
}

func (g *gen) otlpResource(b []byte) []byte {
	b = append(b, `"resource":{"attributes":[`...)
	svc := pick(g, []string{"checkout", "accounts", "notifier", "frontend"})
	b = g.otlpAttr(b, "service.name", plain, "", svc)
	ver := g.num(1, 4) + "." + g.num(0, 30) + "." + g.num(0, 12)
	b = g.otlpAttr(b, "service.version", kept, "version", ver)
	b = g.otlpAttr(b, "deployment.environment", plain, "", "production")
	b = g.otlpAttr(b, "k8s.pod.uid", kept, "uuid", g.uuid())
	b = g.otlpAttr(b, "telemetry.sdk.language", plain, "", pick(g, []string{"java", "go", "python", "nodejs"}))
	b = g.otlpAttr(b, "telemetry.sdk.version", kept, "version", "1."+g.num(20, 40)+"."+g.num(0, 3))
	return append(b, "]}"...)
}

// otlpPersonAttrs appends the attributes that name the end user, a few of
// them a record.
func (g *gen) otlpPersonAttrs(b []byte, first, last string) []byte {
	email := g.email(first, last)
	switch g.rng.IntN(3) {
	case 0:
		b = g.otlpAttr(b, "enduser.id", planted, "email", email)
	case 1:
		b = g.otlpAttr(b, "enduser.id", planted, "name", g.personLogin())
	default:
		b = g.otlpAttr(b, "user.id", kept, "uuid", g.uuid())
		b = g.otlpAttr(b, "user.email", planted, "email", email)
	}
	if g.pct(40) {
		b = g.otlpAttr(b, "user.full_name", planted, "name", first+" "+last)
	}
	if g.pct(30) {
		b = g.otlpAttr(b, "user.name", planted, "name", g.personLogin())
	}
	if g.pct(25) {
		b = g.otlpAttr(b, "user.hash", kept, "hash", g.hexID(32))
	}
	ip, cat := g.clientIP()
	if g.pct(70) {
		b = g.otlpAttr(b, "client.address", planted, cat, ip)
		port := g.num(1024, 65535)
		b = otlpAttrRaw(b, "client.port", "intValue", `"`+port+`"`)
		g.keepAt("port", port, `"intValue":"`+port+`"`)
	} else {
		b = g.otlpAttr(b, "net.peer.ip", planted, cat, ip)
	}
	if g.pct(30) {
		// http.request.header.<key>: the header's values, an array.
		xff, cat := g.clientIP()
		g.plantAt(cat, xff)
		b = append(jcomma(b), `{"key":"http.request.header.x-forwarded-for","value":{"arrayValue":{"values":[{"stringValue":"`+xff+`, 10.0.3.7"}]}}}`...)
	}
	if g.pct(20) {
		b = append(jcomma(b), `{"key":"user.roles","value":{"arrayValue":{"values":[{"stringValue":"customer"},{"stringValue":"beta"}]}}}`...)
	}
	return b
}

// otlpHTTPAttrs appends a server span's HTTP attributes.
func (g *gen) otlpHTTPAttrs(b []byte, first, last string) []byte {
	b = g.otlpAttr(b, "http.request.method", plain, "", pick(g, []string{"GET", "POST"}))
	b = g.otlpAttr(b, "url.path", plain, "", pick(g, []string{"/api/users", "/api/orders", "/account/profile"}))
	if g.pct(60) {
		email := g.email(first, last)
		q := "email=" + pctEnc(email, false, false) + "&page=" + g.num(1, 9)
		if g.pct(40) {
			ph := g.e164()
			q = "phone=" + pctEnc(ph, false, false) + "&notify=sms"
			g.plantAt("phone", ph, pctEnc(ph, false, false))
		} else {
			g.plantAt("email", email, pctEnc(email, false, false))
		}
		b = g.otlpAttr(b, "url.query", plain, "", q)
	}
	code := pick(g, []string{"200", "201", "404", "500"})
	b = otlpAttrRaw(b, "http.response.status_code", "intValue", `"`+code+`"`)
	g.keepAt("status", code, `"intValue":"`+code+`"`)
	if g.pct(50) {
		tok := g.jwt(g.uuid())
		g.plantAt("jwt", tok)
		b = append(jcomma(b), `{"key":"http.request.header.authorization","value":{"arrayValue":{"values":[{"stringValue":"Bearer `+tok+`"}]}}}`...)
	}
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.otlpAttr(b, "user_agent.original", plain, "", ua)
	return b
}

func (g *gen) otlpStatement(b []byte, first, last string) []byte {
	email := g.email(first, last)
	stmt := "SELECT id, name FROM users WHERE email = '" + email + "' LIMIT 1"
	g.plantAt("email", email)
	b = g.otlpAttr(b, "db.system", plain, "", "postgresql")
	b = g.otlpAttr(b, "db.statement", plain, "", stmt)
	return b
}

func (g *gen) otlpIDs(b []byte, st *streamState, parent bool) []byte {
	tid, sid := g.hexID(32), g.hexID(16)
	if st.variant%3 == 2 {
		// The proto examples write ids in upper case.
		tid, sid = strings.ToUpper(tid), strings.ToUpper(sid)
	}
	b = g.jk(b, "traceId", "hash", tid)
	b = g.jk(b, "spanId", "hash", sid)
	if parent {
		b = g.jk(b, "parentSpanId", "hash", g.hexID(16))
	}
	return b
}

func (g *gen) otlpNanos(t time.Time) string { return strconv.FormatInt(t.UnixNano(), 10) }

func (g *gen) otlpJSON(st *streamState) Record {
	first, last := g.name()
	b := make([]byte, 0, 2000)
	if g.pct(50) {
		b = append(b, `{"resourceLogs":[{`...)
		b = g.otlpResource(b)
		b = append(b, `,"scopeLogs":[{"scope":{"name":"`+pick(g, []string{"io.opentelemetry.logback-appender-1.0", "otelslog", "opentelemetry.sdk._logs"})+`","version":"`...)
		b = g.keep(b, "version", "2."+g.num(0, 9)+".0", "")
		b = append(b, `"},"logRecords":[{`...)
		ts := g.otlpNanos(g.now)
		b = g.jk(b, "timeUnixNano", "epoch", ts)
		b = g.js(b, "observedTimeUnixNano", g.otlpNanos(g.now.Add(time.Duration(g.rng.IntN(900))*time.Microsecond)))
		b = jn(b, "severityNumber", "9")
		b = g.js(b, "severityText", "INFO")
		b = g.otlpIDs(b, st, false)
		b = jn(b, "flags", "1")
		b = jo(b, "body")
		email := g.email(first, last)
		switch g.rng.IntN(4) {
		case 0:
			b = append(jkey(b, "stringValue"), `"password reset requested for `...)
			b = g.plant(b, "email", email, "")
			b = append(b, `"`...)
		case 1:
			b = append(jkey(b, "stringValue"), `"login failed for user `...)
			b = g.plant(b, "name", g.personLogin(), "")
			b = append(b, ` from `...)
			ip, cat := g.clientIP()
			b = g.plant(b, cat, ip, "")
			b = append(b, `"`...)
		case 2:
			// A structured body: an AnyValue map (kvlistValue).
			b = append(b, `"kvlistValue":{"values":[`...)
			b = g.otlpAttr(b, "event", plain, "", "signup")
			b = g.otlpAttr(b, "email", planted, "email", email)
			if g.pct(50) {
				b = g.otlpAttr(b, "phone", planted, "phone", g.phone())
			}
			b = g.otlpAttr(b, "request_id", kept, "requestid", g.uuid())
			b = append(b, "]}"...)
		default:
			b = append(jkey(b, "stringValue"), `"order `...)
			b = g.keep(b, "orderid", g.orderID(), "")
			b = append(b, ` shipped in `...)
			b = g.keep(b, "duration", g.num(20, 900)+"ms", "")
			b = append(b, `"`...)
		}
		b = append(b, '}')
		b = ja(b, "attributes")
		b = g.otlpPersonAttrs(b, first, last)
		if g.pct(40) {
			b = g.otlpStatement(b, first, last)
		}
		b = otlpAttrRaw(b, "thread.id", "intValue", `"`+g.num(1, 400)+`"`)
		b = append(b, `]}]}]}]}`...)
		return Record{Line: b}
	}
	b = append(b, `{"resourceSpans":[{`...)
	b = g.otlpResource(b)
	b = append(b, `,"scopeSpans":[{"scope":{"name":"`+pick(g, []string{"io.opentelemetry.tomcat-10.0", "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "@opentelemetry/instrumentation-http"})+`","version":"`...)
	b = g.keep(b, "version", "0."+g.num(40, 60)+"."+g.num(0, 3), "")
	b = append(b, `"},"spans":[{`...)
	b = g.otlpIDs(b, st, g.pct(60))
	b = g.js(b, "name", pick(g, []string{"GET /api/users", "POST /api/orders", "SELECT shop.users"}))
	b = jn(b, "kind", "2")
	start := g.now
	d := time.Duration(1+g.rng.IntN(900000)) * time.Microsecond
	b = g.jk(b, "startTimeUnixNano", "epoch", g.otlpNanos(start))
	b = g.jk(b, "endTimeUnixNano", "epoch", g.otlpNanos(start.Add(d)))
	b = ja(b, "attributes")
	b = g.otlpHTTPAttrs(b, first, last)
	b = g.otlpPersonAttrs(b, first, last)
	if g.pct(30) {
		b = g.otlpStatement(b, first, last)
	}
	ms := strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 3, 64)
	b = otlpAttrRaw(b, "http.server.request.duration_ms", "doubleValue", ms)
	g.keepAt("duration", ms, `"doubleValue":`+ms+`}`)
	b = append(b, ']')
	if g.pct(40) {
		email := g.email(first, last)
		b = append(ja(b, "events"), '{')
		b = g.js(b, "timeUnixNano", g.otlpNanos(start.Add(d/2)))
		b = g.js(b, "name", "exception")
		b = ja(b, "attributes")
		b = g.otlpAttr(b, "exception.type", plain, "", "UserNotFoundException")
		b = g.otlpAttr(b, "exception.message", plain, "", "no account for "+email)
		g.plantAt("email", email)
		b = append(b, "]}]"...)
		b = append(jo(b, "status"), `"code":2,"message":"no account for `...)
		b = append(b, email...)
		b = append(b, `"}`...)
	} else {
		b = append(jo(b, "status"), `"code":1}`...)
	}
	b = append(b, `}]}]}]}`...)
	return Record{Line: b}
}

// containerLogs: what a node's log collector reads, one wrapper a stream
// as one file would hold it.
//
//   - Docker's json-file driver (Docker docs, JSON File logging driver):
//     {"log":"<line>\n","stream":"stdout","time":"<RFC 3339 nanoseconds>"},
//     the application's line (itself a JSON object or a text line) as a
//     JSON string with its newline.
//   - The CRI format the kubelet's runtime writes (kubelet-cri-logging
//     design; Loki's cri stage): "<RFC 3339 nanoseconds> <stream> <F|P>
//     <line>", the line as the program wrote it.
//   - journald's JSON output (journalctl -o json; systemd.journal-fields):
//     every field a string: __CURSOR, __REALTIME_TIMESTAMP and
//     __MONOTONIC_TIMESTAMP in microseconds, _BOOT_ID and _MACHINE_ID (128
//     bits in hex), _HOSTNAME, _PID, _UID, _COMM, _EXE, _CMDLINE,
//     _SYSTEMD_UNIT, SYSLOG_IDENTIFIER, PRIORITY, MESSAGE.
//   - GELF 1.1 (Graylog, GELF Payload Specification; Docker's gelf
//     driver): version, host, short_message, full_message, timestamp
//     (seconds with a fraction), level, and additional fields whose names
//     start with '_' (_user_email, _client_ip, _request_id, and Docker's
//     _container_id, _container_name, _image_name, _command).
//
// The wrapped lines: pino JSON request logs (req.url with the user's
// query, req.remoteAddress), logfmt lines (user=, email=, ip=,
// trace_id=, duration=), nginx combined lines. Planted: addresses, logins,
// e-mail addresses, phone numbers, passwords on command lines. Kept:
// timestamps, container and image ids, boot and machine ids, cursors,
// pids, request ids, trace ids, durations, versions.

// innerLine returns an application's log line; its labels are recorded.
func (g *gen) innerLine() string {
	first, last := g.name()
	ip, cat := g.clientIP()
	switch g.rng.IntN(4) {
	case 3:
		// zap's production JSON encoder: epoch seconds, caller file:line.
		b := make([]byte, 0, 300)
		b = append(b, `{"level":"info","ts":`...)
		ts := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(7)
		b = g.keep(b, "epoch", ts, "")
		caller := pick(g, []string{"auth/token.go", "auth/password.go", "session/store.go"}) + ":" + g.num(20, 400)
		b = g.jk(b, "caller", "counter", caller)
		b = g.js(b, "msg", "login succeeded")
		b = g.jp(b, "user", "name", g.personLogin())
		b = g.jp(b, "remote_ip", cat, ip)
		b = g.jk(b, "request_id", "requestid", g.hexID(20))
		lat := "0.00" + g.digits(4)
		b = jn(b, "latency", lat)
		g.keepAt("duration", lat, `"latency":`+lat+`}`)
		return string(append(b, '}'))
	case 0:
		// pino's request log (pino-http): level number, epoch ms time.
		b := make([]byte, 0, 400)
		b = append(b, `{"level":30,"time":`...)
		ms := strconv.FormatInt(g.now.UnixMilli(), 10)
		b = g.keep(b, "epoch", ms, "")
		b = append(b, `,"pid":1,"hostname":"api-`+g.hexID(10)+`-`+g.chars(5, lowerNum)+`"`...)
		b = g.jk(b, "reqId", "requestid", g.uuid())
		b = jo(b, "req")
		b = g.js(b, "method", "GET")
		email := g.email(first, last)
		enc := pctEnc(email, false, false)
		g.plantAt("email", email, enc)
		b = g.js(b, "url", "/api/users?email="+enc)
		b = g.jp(b, "remoteAddress", cat, ip)
		port := g.num(1024, 65535)
		b = jn(b, "remotePort", port)
		g.keepAt("port", port, `"remotePort":`+port+`}`)
		b = append(b, '}')
		b = g.js(b, "msg", "request completed")
		rt := g.num(2, 900)
		b = jn(b, "responseTime", rt)
		g.keepAt("duration", rt, `"responseTime":`+rt+`}`)
		return string(append(b, '}'))
	case 1:
		b := make([]byte, 0, 300)
		b = append(b, "time="...)
		b = g.keep(b, "timestamp", g.now.Format("2006-01-02T15:04:05.000Z07:00"), "")
		b = append(b, ` level=info msg="login succeeded" user=`...)
		b = g.plant(b, "name", g.personLogin(), "")
		b = append(b, " email="...)
		b = g.plant(b, "email", g.email(first, last), "")
		b = append(b, " ip="...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " trace_id="...)
		b = g.keep(b, "hash", g.hexID(32), "")
		b = append(b, " duration="...)
		b = g.keep(b, "duration", g.num(1, 90)+"."+g.digits(3)+"ms", "")
		if g.pct(40) {
			b = append(b, " phone="...)
			b = g.plant(b, "phone", g.e164(), "")
		}
		return string(b)
	}
	b := make([]byte, 0, 300)
	b = g.plant(b, cat, ip, "")
	b = append(b, " - - ["+g.clfTime()+`] "GET /password/reset?email=`...)
	email := g.email(first, last)
	b = g.plant(b, "email", email, pctEnc(email, false, false))
	b = append(b, ` HTTP/1.1" 302 0 "-" "`...)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, ua...)
	return string(append(b, '"'))
}

// escLabels rewrites the forms of the labels recorded since p, k as they
// read inside a JSON string.
func (g *gen) escLabels(p, k int) {
	for _, vs := range [][]Value{g.plants[p:], g.keeps[k:]} {
		for i := range vs {
			forms := make([]string, len(vs[i].Forms))
			for j, f := range vs[i].Forms {
				forms[j] = jsonEsc(f)
			}
			vs[i].Forms = forms
		}
	}
}

func (g *gen) containerLogs(st *streamState) Record {
	ts := g.now.UTC().Format("2006-01-02T15:04:05.000000000Z")
	switch st.variant % 4 {
	case 0:
		// Docker json-file.
		p, k := len(g.plants), len(g.keeps)
		line := g.innerLine()
		g.escLabels(p, k)
		b := make([]byte, 0, 600)
		b = append(b, `{"log":"`...)
		b = append(b, jsonEsc(line+"\n")...)
		b = append(b, `","stream":"`+pick(g, []string{"stdout", "stdout", "stderr"})+`"`...)
		b = g.jk(b, "time", "timestamp", ts)
		if st.variant >= 4 {
			// --log-opt labels / tag: attrs.
			b = append(jo(b, "attrs"), `"tag":"shop/api"}`...)
		}
		return Record{Line: append(b, '}')}
	case 1:
		b := make([]byte, 0, 600)
		b = g.keep(b, "timestamp", ts, "")
		b = append(b, " "+pick(g, []string{"stdout", "stderr"})+" F "...)
		b = append(b, g.innerLine()...)
		return Record{Line: b}
	case 2:
		return g.journald()
	}
	return g.gelf()
}

func (g *gen) journald() Record {
	b := make([]byte, 0, 1500)
	us := strconv.FormatInt(g.now.UnixMicro(), 10)
	b = append(b, '{')
	b = g.jk(b, "__CURSOR", "hash", "s="+g.hexID(32)+";i="+strconv.FormatInt(int64(0x1a000+g.rng.IntN(0xfffff)), 16)+";b="+g.hexID(32)+";m="+strconv.FormatInt(int64(g.rng.IntN(0xfffffff)), 16)+";t="+strconv.FormatInt(g.now.UnixMicro(), 16)+";x="+g.hexID(16))
	b = g.jk(b, "__REALTIME_TIMESTAMP", "epoch", us)
	b = g.js(b, "__MONOTONIC_TIMESTAMP", g.num(100000000, 999999999))
	b = g.jk(b, "_BOOT_ID", "hash", g.hexID(32))
	b = g.js(b, "_TRANSPORT", "syslog")
	b = g.js(b, "PRIORITY", "6")
	b = g.js(b, "SYSLOG_FACILITY", "10")
	b = g.js(b, "_UID", "0")
	b = g.js(b, "_GID", "0")
	b = g.js(b, "_CAP_EFFECTIVE", "1ffffffffff")
	b = g.jk(b, "_MACHINE_ID", "hash", g.hexID(32))
	b = g.js(b, "_HOSTNAME", pick(g, []string{"web-01", "db-02.internal", "bastion"}))
	pid := g.num(300, 99999)
	ip, cat := g.clientIP()
	login := g.personLogin()
	var ident, comm, exe, cmd, unit, msg string
	switch g.rng.IntN(3) {
	case 0:
		ident, comm, exe, unit = "sshd", "sshd", "/usr/sbin/sshd", "ssh.service"
		cmd = "sshd: " + login + " [priv]"
		g.plantAt("name", login, "sshd: "+login+" ")
		port := g.num(1024, 65535)
		msg = "Accepted publickey for " + login + " from " + ip + " port " + port + " ssh2: ED25519 SHA256:" + g.chars(43, base62)
		g.plantAt("name", login, "for "+login+" ")
		g.plantAt(cat, ip)
		g.keepAt("port", port, " "+port+" ")
	case 1:
		ident, comm, exe, unit = "backup.sh", "mysqldump", "/usr/bin/mysqldump", "backup.service"
		pw := g.token(14)
		cmd = "mysqldump -u backup -p" + pw + " --single-transaction shop"
		g.plantAt("secret", pw)
		f, l := g.name()
		e := g.email(f, l)
		msg = "dump finished, report sent to " + e
		g.plantAt("email", e)
	default:
		ident, comm, exe, unit = "sudo", "sudo", "/usr/bin/sudo", "session-"+g.num(2, 900)+".scope"
		cmd = "sudo systemctl restart nginx"
		msg = login + " : TTY=pts/" + g.num(0, 9) + " ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx"
		g.plantAt("name", login, jsonEsc(msg)[:len(login)+1])
	}
	b = g.js(b, "SYSLOG_IDENTIFIER", ident)
	b = g.jk(b, "_PID", "counter", pid)
	b = g.js(b, "_COMM", comm)
	b = g.js(b, "_EXE", exe)
	b = g.js(b, "_CMDLINE", cmd)
	b = g.js(b, "_SYSTEMD_CGROUP", "/system.slice/"+unit)
	b = g.js(b, "_SYSTEMD_UNIT", unit)
	b = g.jk(b, "_SYSTEMD_INVOCATION_ID", "hash", g.hexID(32))
	b = g.js(b, "MESSAGE", msg)
	b = g.js(b, "_SOURCE_REALTIME_TIMESTAMP", us)
	return Record{Line: append(b, '}')}
}

func (g *gen) gelf() Record {
	first, last := g.name()
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	b = g.js(b, "version", "1.1")
	b = g.js(b, "host", pick(g, []string{"web-01", "worker-3", "ip-10-0-3-7"}))
	email := g.email(first, last)
	ip, cat := g.clientIP()
	switch g.rng.IntN(2) {
	case 0:
		b = append(jkey(b, "short_message"), `"Login failed for `...)
		b = g.plant(b, "email", email, "")
		b = append(b, `"`...)
		b = append(jkey(b, "full_message"), `"Login failed for `...)
		b = append(b, email...)
		b = append(b, `\nInvalidCredentialsError: password mismatch\n    at verify (/app/auth.js:`...)
		// A stack frame's line and column: a look-alike.
		pos := g.num(10, 400) + ":" + g.num(1, 40)
		b = g.keep(b, "counter", pos, "auth.js:"+pos+")")[:len(b)]
		b = append(b, pos+`)\n    at async login (/app/routes.js:88:5)"`...)
	default:
		b = g.js(b, "short_message", "profile updated")
	}
	ts := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(3)
	b = jn(b, "timestamp", ts)
	g.keepAt("epoch", ts)
	b = jn(b, "level", pick(g, []string{"3", "6"}))
	b = g.jp(b, "_user_email", "email", email)
	if g.pct(50) {
		b = g.jp(b, "_user_name", "name", first+" "+last)
	}
	b = g.jp(b, "_client_ip", cat, ip)
	b = g.jk(b, "_request_id", "requestid", g.uuid())
	uid := g.num(1000, 999999)
	b = jn(b, "_user_id", uid)
	g.keepAt("counter", uid, `"_user_id":`+uid+`,`)
	// Docker's gelf driver.
	b = g.jk(b, "_container_id", "hash", g.hexID(64))
	b = g.js(b, "_container_name", "shop-api-1")
	b = g.jk(b, "_image_id", "hash", "sha256:"+g.hexID(64))
	b = g.js(b, "_image_name", "registry.example.com/shop/api:2.14.1")
	g.keepAt("version", "2.14.1")
	b = g.js(b, "_command", "node server.js")
	b = g.jk(b, "_created", "timestamp", g.now.Add(-72*time.Hour).UTC().Format("2006-01-02T15:04:05.000000000Z"))
	return Record{Line: append(b, '}')}
}

// frameworkLogs: the logs web frameworks write by default, one framework
// a stream; a record is one event, a stack trace's lines joined by '\n'
// as a multi-line collector joins them.
//
//   - Rails (ActionController::LogSubscriber start_processing and
//     process_action, ActiveRecord::LogSubscriber; Logger's default
//     formatter "I, [time #pid]  INFO -- : " and config.log_tags =
//     [:request_id]): Started GET "path?query" for ip at time, Processing
//     by C#a as HTML, Parameters: as Hash#inspect ({"k"=>"v"}, and Ruby
//     3.4's {"k" => "v"}) with filter_parameters' [FILTERED], User Load
//     (0.4ms) SELECT ... [["email", "…"], ["LIMIT", 1]] binds, Completed
//     200 OK in 12ms (Views: …ms | ActiveRecord: …ms | Allocations: n).
//   - Python logging (%(asctime)s %(levelname)s [%(name)s] %(message)s),
//     Django's runserver access lines, and loguru's diagnose=True
//     tracebacks, whose frames print the values of the variables under
//     the source line (│ and └ markers).
//   - Java logback PatternLayout "%d [%thread] %-5level %logger{36}
//     [%X{traceId},%X{spanId}] {%X} - %msg" (%X alone: the whole MDC as
//     k=v, k=v) and log4j2's {k=v, k=v}, with an exception's message and
//     its "\tat Class.method(File.java:42)" frames.
//   - Laravel's Monolog LineFormatter "[%datetime%] %channel%.%level_name%:
//     %message% %context% %extra%" with the context as JSON.
//   - Node: winston's default json format ({"level","message",meta}) and
//     simple format ("info: message {meta}").
//
// Planted: e-mail addresses, names, logins, phone numbers, client
// addresses, passwords that escaped filtering. Kept: request ids, trace
// and span ids, times, durations, allocations, line numbers, pids,
// versions, record ids.

func (g *gen) frameworkLogs(st *streamState) Record {
	switch st.variant % 6 {
	case 1:
		return g.javaLog(st)
	case 2, 5:
		return g.railsLog(st)
	case 3:
		return g.pythonLog()
	case 4:
		return g.laravelLog()
	}
	return g.winstonLog()
}

// rubyHash writes Hash#inspect of string pairs: "k"=>"v" (Ruby 3.4: "k" => "v").
func rubyArrow(spaced bool) string {
	if spaced {
		return " => "
	}
	return "=>"
}

func (g *gen) railsLog(st *streamState) Record {
	b := make([]byte, 0, 600)
	b = append(b, "I, ["...)
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02T15:04:05.000000"), "")
	b = append(b, " #"+g.num(10, 99999)+"]  INFO -- : ["...)
	b = g.keep(b, "requestid", g.uuid(), "")
	b = append(b, "] "...)
	first, last := g.name()
	email := g.email(first, last)
	arrow := rubyArrow(st.variant >= 5)
	switch g.rng.IntN(5) {
	case 0:
		b = append(b, `Started GET "/users?email=`...)
		b = g.plant(b, "email", email, pctEnc(email, false, false))
		b = append(b, `&page=2" for `...)
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
		b = append(b, " at "...)
		b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05 -0700"), "")
	case 1:
		// Parameters: nested hash; the password filtered, the rest not.
		// filter_parameters' mark: what Rails left of the value.
		g.keepAt("lookalike", "[FILTERED]", `"authenticity_token"`+arrow+`"[FILTERED]"`)
		b = append(b, `  Parameters: {"authenticity_token"`+arrow+`"[FILTERED]", "user"`+arrow+`{"email"`+arrow+`"`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `", "password"`+arrow+`"[FILTERED]", "name"`+arrow+`"`...)
		b = g.plant(b, "name", first+" "+last, "")
		b = append(b, `", "phone"`+arrow+`"`...)
		b = g.plant(b, "phone", g.phone(), "")
		b = append(b, `"}, "commit"`+arrow+`"Sign up"}`...)
	case 2:
		b = append(b, "  User Load ("...)
		d := g.num(0, 9) + "." + g.num(1, 9) + "ms"
		b = g.keep(b, "duration", d, "")
		b = append(b, `)  SELECT "users".* FROM "users" WHERE "users"."email" = $1 LIMIT $2  [["email", "`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `"], ["LIMIT", 1]]`...)
	case 3:
		b = append(b, `  Parameters: {"token"`+arrow+`"[FILTERED]", "id"`+arrow+`"`...)
		b = g.keep(b, "counter", g.num(1000, 99999999), "")
		b = append(b, `", "login"`+arrow+`"`...)
		b = g.plant(b, "name", g.personLogin(), "")
		b = append(b, `"}`...)
	default:
		b = append(b, "Completed 200 OK in "...)
		b = g.keep(b, "duration", g.num(2, 900)+"ms", "")
		b = append(b, " (Views: "...)
		b = g.keep(b, "duration", g.num(1, 90)+"."+g.num(0, 9)+"ms", "")
		b = append(b, " | ActiveRecord: "+g.num(0, 40)+"."+g.num(0, 9)+"ms | Allocations: "...)
		al := g.num(1000, 99999)
		b = g.keep(b, "counter", al, ": "+al+")")[:len(b)]
		b = append(b, al+")"...)
	}
	return Record{Line: b}
}

func (g *gen) pythonLog() Record {
	b := make([]byte, 0, 900)
	first, last := g.name()
	email := g.email(first, last)
	switch g.rng.IntN(3) {
	case 0:
		// Django's runserver (django.server).
		b = append(b, "["+g.now.Format("02/Jan/2006 15:04:05")+`] "GET /accounts/password_reset/?email=`...)
		b = g.plant(b, "email", email, pctEnc(email, false, false))
		b = append(b, ` HTTP/1.1" 200 `...)
		sz := g.num(1000, 9999)
		b = g.keep(b, "bytes", sz, " "+sz)[:len(b)]
		b = append(b, sz...)
	case 1:
		b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05,000"), "")
		b = append(b, " INFO [accounts.views] password reset requested for "...)
		b = g.plant(b, "email", email, "")
		b = append(b, " (user id "...)
		id := g.num(1000, 999999)
		b = g.keep(b, "counter", id, " "+id+")")[:len(b)]
		b = append(b, id+")"...)
	default:
		// loguru with diagnose=True: values under the source line.
		b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05.000"), "")
		b = append(b, " | ERROR    | accounts.tasks:send_welcome:"...)
		ln := g.num(20, 300)
		b = g.keep(b, "counter", ln, "send_welcome:"+ln+" ")[:len(b)]
		b = append(b, ln+" - An error has been caught in function 'send_welcome'\nTraceback (most recent call last):\n  File \"/app/accounts/tasks.py\", line "+ln+", in send_welcome\n    deliver(user_email, phone)\n    │       │           └ '"...)
		ph := g.phone()
		b = g.plant(b, "phone", ph, "")
		b = append(b, "'\n    │       └ '"...)
		b = g.plant(b, "email", email, "")
		b = append(b, "'\n    └ <function deliver at 0x7f3a"+g.hexID(8)+">\nsmtplib.SMTPRecipientsRefused: {'"...)
		b = append(b, email...)
		b = append(b, "': (550, b'5.1.1 mailbox unavailable')}"...)
	}
	return Record{Line: b}
}

func (g *gen) javaLog(st *streamState) Record {
	b := make([]byte, 0, 900)
	first, last := g.name()
	email := g.email(first, last)
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05.000"), "")
	b = append(b, " [http-nio-8080-exec-"+g.num(1, 20)+"] "...)
	lvl := pick(g, []string{"INFO ", "WARN ", "ERROR"})
	b = append(b, lvl+" c.e.shop.web.AccountController ["...)
	b = g.keep(b, "hash", g.hexID(32), "")
	b = append(b, ',')
	b = g.keep(b, "hash", g.hexID(16), "")
	b = append(b, "] "...)
	login := g.personLogin()
	if g.pct(50) {
		// logback %X: k=v, k=v (two services' logs in one stream)
		b = append(b, "{userId="...)
		b = g.plant(b, "name", login, "")
		b = append(b, ", email="...)
		b = g.plant(b, "email", email, "")
		b = append(b, ", requestId="...)
		b = g.keep(b, "requestid", g.uuid(), "")
		b = append(b, "}"...)
	} else {
		// log4j2 %X: {k=v, k=v}, sorted.
		b = append(b, "{clientIp="...)
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
		b = append(b, ", email="...)
		b = g.plant(b, "email", email, "")
		b = append(b, ", userId="...)
		b = g.plant(b, "name", login, "")
		b = append(b, "}"...)
	}
	b = append(b, " - "...)
	if lvl == "ERROR" {
		b = append(b, "lookup failed\ncom.example.shop.UserNotFoundException: "...)
		e2 := g.email(first, last)
		b = g.plant(b, "email", e2, "")
		b = append(b, "\n\tat com.example.shop.UserService.find(UserService.java:"...)
		ln := g.num(20, 400)
		b = g.keep(b, "counter", ln, "UserService.java:"+ln+")")[:len(b)]
		b = append(b, ln+")\n\tat com.example.shop.web.AccountController.reset(AccountController.java:88)\nCaused by: jakarta.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <"...)
		b = g.plant(b, "email", e2, "")
		b = append(b, ">: Recipient address rejected\n\t... 52 common frames omitted"...)
	} else {
		b = append(b, "password reset link sent to "...)
		b = g.plant(b, "email", email, "")
		b = append(b, " in "...)
		b = g.keep(b, "duration", g.num(2, 900)+" ms", "")
	}
	return Record{Line: b}
}

func (g *gen) laravelLog() Record {
	b := make([]byte, 0, 900)
	first, last := g.name()
	email := g.email(first, last)
	b = append(b, '[')
	b = g.keep(b, "timestamp", g.now.Format("2006-01-02 15:04:05"), "")
	b = append(b, "] production."...)
	if g.pct(50) {
		b = append(b, "INFO: User registered "...)
		b = append(b, '{')
		b = g.jp(b, "email", "email", email)
		b = g.jp(b, "name", "name", first+" "+last)
		b = g.jp(b, "phone", "phone", g.phone())
		id := g.num(1000, 999999)
		b = jn(b, "user_id", id)
		g.keepAt("counter", id, `"user_id":`+id+`}`)
		b = append(b, "} []"...)
	} else {
		b = append(b, "ERROR: Login failed for "...)
		b = g.plant(b, "email", email, "")
		b = append(b, ' ', '{')
		ip, cat := g.clientIP()
		b = g.jp(b, "ip", cat, ip)
		b = g.js(b, "exception", `[object] (Illuminate\Auth\AuthenticationException(code: 0): Unauthenticated. at /var/www/app/Http/Middleware/Authenticate.php:18)`)
		b = append(b, "} {"...)
		b = g.jk(b, "uid", "hash", g.chars(7, hexDigits))
		b = append(b, '}')
	}
	return Record{Line: b}
}

func (g *gen) winstonLog() Record {
	b := make([]byte, 0, 600)
	first, last := g.name()
	email := g.email(first, last)
	if g.pct(50) {
		b = append(b, '{')
		b = g.js(b, "level", "info")
		b = append(jkey(b, "message"), `"checkout completed for `...)
		b = g.plant(b, "email", email, "")
		b = append(b, '"')
		b = g.jk(b, "orderId", "orderid", g.orderID())
		b = g.jp(b, "customerName", "name", first+" "+last)
		b = g.jp(b, "shippingPhone", "phone", g.phone())
		b = g.jk(b, "service", "version", "checkout@"+g.num(1, 9)+"."+g.num(0, 20)+"."+g.num(0, 9))
		b = g.jk(b, "timestamp", "timestamp", g.now.Format("2006-01-02T15:04:05.000Z"))
		return Record{Line: append(b, '}')}
	}
	if g.pct(30) {
		// winston's errors() format: the stack under "stack".
		b = append(b, '{')
		b = g.js(b, "level", "error")
		b = append(jkey(b, "message"), `"no account for `...)
		b = g.plant(b, "email", email, "")
		b = append(b, `"`...)
		ln := g.num(10, 300) + ":" + g.num(1, 40)
		b = append(jkey(b, "stack"), `"Error: no account for `...)
		b = append(b, email...)
		g.plantAt("email", email)
		b = append(b, `\n    at lookup (/srv/app/auth/session.js:`...)
		b = g.keep(b, "counter", ln, "")
		b = append(b, `)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"`...)
		b = g.jk(b, "timestamp", "timestamp", g.now.Format("2006-01-02T15:04:05.000Z"))
		return Record{Line: append(b, '}')}
	}
	b = append(b, "warn: login throttled {"...)
	b = g.jp(b, "user", "email", email)
	ip, cat := g.clientIP()
	b = g.jp(b, "ip", cat, ip)
	b = g.jk(b, "requestId", "requestid", g.uuid())
	n := g.num(3, 9)
	b = jn(b, "attempts", n)
	g.keepAt("counter", n, `"attempts":`+n+`}`)
	return Record{Line: append(b, '}')}
}

// productEvents: error and analytics events as their services' APIs and
// webhooks deliver them, one product a stream.
//
//   - Sentry's event payload (Sentry developer docs, Event Payloads and
//     its interfaces; the SDKs' Event and Request types): event_id,
//     timestamp (seconds with a fraction), platform, release, environment,
//     user {id, email, ip_address, username}, request {url, method,
//     query_string (a string, or after Relay's normalisation a list of
//     [key, value] pairs), data, cookies, headers (an object, or pairs),
//     env.REMOTE_ADDR}, exception.values[] with stacktrace frames and
//     their vars (Python's repr, quotes included), breadcrumbs.values[]
//     with messages and an http crumb's data.url, contexts.trace
//     {trace_id, span_id}. Values the SDK scrubbed read "[Filtered]".
//   - Segment's Spec: identify (traits: email, name, firstName, lastName,
//     phone, birthday, address {street, city, postalCode, country},
//     username) and track (event, properties, context.traits.email), with
//     the common fields messageId, anonymousId, userId, context {ip,
//     library, page {url, search}, userAgent, locale, timezone},
//     timestamp, sentAt, receivedAt.
//
// Planted: e-mail addresses, names, logins, phone numbers, birthdays,
// street lines, client addresses, session cookies, personal values in
// queries, messages and frame variables. Kept: event, trace, span, message
// and anonymous ids, user ids of the database, releases and SDK versions,
// timestamps, line numbers, order ids, status codes, "[Filtered]".

func (g *gen) productEvents(st *streamState) Record {
	if st.variant%2 == 0 {
		return g.sentryEvent(st)
	}
	return g.segmentEvent()
}

func (g *gen) sentryEvent(st *streamState) Record {
	first, last := g.name()
	email := g.email(first, last)
	login := g.personLogin()
	ip, cat := g.clientIP()
	pairs := st.variant >= 2 // Relay's normalised form
	b := make([]byte, 0, 3000)
	b = append(b, '{')
	b = g.jk(b, "event_id", "hash", g.hexID(32))
	ts := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(6)
	b = jn(b, "timestamp", ts)
	g.keepAt("epoch", ts)
	b = g.js(b, "platform", "python")
	b = g.js(b, "level", "error")
	b = g.js(b, "logger", "django.request")
	b = g.js(b, "transaction", "/api/users/{id}/reset")
	b = g.js(b, "server_name", "web-"+g.num(1, 9))
	rel := "shop@" + g.num(1, 4) + "." + g.num(0, 30) + "." + g.num(0, 9)
	b = g.jk(b, "release", "version", rel)
	b = g.js(b, "environment", "production")
	b = jo(b, "user")
	uid := g.num(1000, 9999999)
	b = g.jk(b, "id", "counter", uid)
	b = g.jp(b, "email", "email", email)
	b = g.jp(b, "ip_address", cat, ip)
	b = g.jp(b, "username", "name", login)
	b = append(b, '}')
	b = jo(b, "request")
	b = g.js(b, "url", "https://shop.example.com/api/users/"+uid+"/reset")
	b = g.js(b, "method", "POST")
	enc := pctEnc(email, false, false)
	if pairs {
		b = ja(b, "query_string")
		b = append(b, `["email","`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `"],["ref","nav"]]`...)
	} else {
		g.plantAt("email", email, enc)
		b = g.js(b, "query_string", "email="+enc+"&ref=nav")
	}
	b = jo(b, "data")
	b = g.jp(b, "email", "email", email)
	b = g.js(b, "password", "[Filtered]")
	g.keepAt("lookalike", "[Filtered]", `"password":"[Filtered]"`)
	b = g.jp(b, "phone", "phone", g.phone())
	b = append(b, '}')
	sid := g.chars(32, lowerNum)
	if pairs {
		b = append(ja(b, "cookies"), `["sessionid","`...)
		b = g.plant(b, "secret", sid, "")
		b = append(b, `"],["csrftoken","[Filtered]"]]`...)
		g.keepAt("lookalike", "[Filtered]", `["Authorization","[Filtered]"]`)
		b = append(ja(b, "headers"), `["Authorization","[Filtered]"],["User-Agent","`...)
	} else {
		b = jo(b, "cookies")
		b = g.jp(b, "sessionid", "secret", sid)
		b = g.js(b, "csrftoken", "[Filtered]")
		b = append(b, '}')
		g.keepAt("lookalike", "[Filtered]", `"Authorization":"[Filtered]"`)
		b = append(jo(b, "headers"), `"Authorization":"[Filtered]","User-Agent":"`...)
	}
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, ua...)
	xff, xcat := g.clientIP()
	g.plantAt(xcat, xff)
	if pairs {
		b = append(b, `"],["X-Forwarded-For","`+xff+`"]]`...)
	} else {
		b = append(b, `","X-Forwarded-For":"`+xff+`"}`...)
	}
	b = jo(b, "env")
	b = g.jp(b, "REMOTE_ADDR", cat, ip)
	b = append(b, "}}"...)
	b = append(jo(b, "exception"), `"values":[{"type":"SMTPRecipientsRefused","value":"{'`...)
	g.plantAt("email", email)
	b = append(b, email...)
	b = append(b, `': (550, b'5.1.1 mailbox unavailable')}","module":"smtplib","stacktrace":{"frames":[{"filename":"accounts/views.py","function":"reset","module":"accounts.views","lineno":`...)
	ln := g.num(20, 400)
	b = append(b, ln...)
	g.keepAt("counter", ln, `"lineno":`+ln+`,`)
	b = append(b, `,"in_app":true,"vars":{"email":"'`...)
	b = g.plant(b, "email", email, "")
	b = append(b, `'","user_id":"`+uid+`","request":"<WSGIRequest: POST '/api/users/`+uid+`/reset'>"}}]}}]}`...)
	b = append(jo(b, "breadcrumbs"), `"values":[`...)
	b = append(b, '{')
	b = jn(b, "timestamp", ts)
	b = g.js(b, "type", "default")
	b = g.js(b, "category", "query")
	b = append(jkey(b, "message"), `"SELECT \"auth_user\".\"id\" FROM \"auth_user\" WHERE \"auth_user\".\"email\" = '`...)
	b = g.plant(b, "email", email, "")
	b = append(b, `' LIMIT 21"},{`...)
	b = g.js(b, "type", "default")
	b = g.js(b, "category", "auth")
	b = append(jkey(b, "message"), `"user `...)
	b = g.plant(b, "name", login, "")
	b = append(b, ` logged in"},{`...)
	b = g.js(b, "type", "http")
	b = g.js(b, "category", "httplib")
	b = jo(b, "data")
	ph := g.e164()
	phEnc := pctEnc(ph, false, false)
	g.plantAt("phone", ph, phEnc)
	b = g.js(b, "url", "https://api.sms.example.net/v1/send?to="+phEnc)
	b = g.js(b, "method", "POST")
	b = jn(b, "status_code", "200")
	g.keepAt("status", "200", `"status_code":200`)
	b = append(b, "}}]}"...)
	b = append(jo(b, "contexts"), `"trace":{`...)
	b = g.jk(b, "trace_id", "hash", g.hexID(32))
	b = g.jk(b, "span_id", "hash", g.hexID(16))
	b = g.js(b, "op", "http.server")
	b = append(b, `},"runtime":{"name":"CPython","version":"3.12.`+g.num(0, 9)+`"}}`...)
	b = append(jo(b, "sdk"), `"name":"sentry.python.django","version":"`...)
	b = g.keep(b, "version", "2."+g.num(0, 20)+"."+g.num(0, 9), "")
	b = append(b, `"}}`...)
	return Record{Line: b}
}

func (g *gen) segmentEvent() Record {
	first, last := g.name()
	email := g.email(first, last)
	ip, cat := g.clientIP()
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	// anonymousId: analytics.js keeps it in the ajs_anonymous_id cookie, one
	// browser followed across visits: a tracker, masked as that cookie is.
	b = g.jp(b, "anonymousId", "secret", g.uuid())
	b = g.jk(b, "messageId", "hash", "ajs-next-"+g.hexID(32))
	b = g.jk(b, "userId", "hash", g.hexID(13))
	identify := g.pct(55)
	if identify {
		b = g.js(b, "type", "identify")
		b = jo(b, "traits")
		b = g.jp(b, "email", "email", email)
		if g.pct(50) {
			b = g.jp(b, "name", "name", first+" "+last)
		} else {
			b = g.jp(b, "firstName", "name", first)
			b = g.jp(b, "lastName", "name", last)
		}
		b = g.jp(b, "phone", "phone", g.phone())
		if g.pct(50) {
			b = g.jp(b, "birthday", "birth_date", strconv.Itoa(1950+g.rng.IntN(55))+"-"+two(1+g.rng.IntN(12))+"-"+two(1+g.rng.IntN(28)))
		}
		if g.pct(60) {
			b = jo(b, "address")
			b = g.jp(b, "street", "address", g.street())
			b = g.js(b, "city", pick(g, []string{"Berlin", "London", "Kyiv", "Paris"}))
			b = g.js(b, "postalCode", g.digits(5))
			b = g.js(b, "country", pick(g, []string{"DE", "GB", "UA", "FR"}))
			b = append(b, '}')
		}
		if g.pct(30) {
			b = g.jp(b, "username", "name", g.personLogin())
		}
		b = g.js(b, "plan", "premium")
		n := g.num(1, 99)
		b = jn(b, "logins", n)
		g.keepAt("counter", n, `"logins":`+n+`,`)
		b = g.jk(b, "createdAt", "timestamp", g.now.Add(-400*24*time.Hour).UTC().Format("2006-01-02T15:04:05.000Z"))
		b = append(b, '}')
	} else {
		b = g.js(b, "type", "track")
		b = g.js(b, "event", "Order Completed")
		b = jo(b, "properties")
		b = g.jk(b, "order_id", "orderid", g.orderID())
		b = jn(b, "total", g.num(5, 900)+".99")
		b = g.js(b, "currency", "EUR")
		b = append(b, '}')
	}
	b = jo(b, "context")
	b = g.jp(b, "ip", cat, ip)
	b = append(jo(b, "library"), `"name":"analytics.js","version":"`...)
	b = g.keep(b, "version", "npm:next-1."+g.num(40, 70)+".0", "")
	b = append(b, `"}`...)
	b = g.js(b, "locale", "en-US")
	b = jo(b, "page")
	b = g.js(b, "path", "/checkout/confirm")
	encE := pctEnc(email, false, false)
	g.plantAt("email", email, encE)
	b = g.js(b, "search", "?email="+encE)
	b = g.js(b, "url", "https://shop.example.com/checkout/confirm?email="+encE)
	b = append(b, '}')
	if !identify {
		b = jo(b, "traits")
		b = g.jp(b, "email", "email", email)
		b = append(b, '}')
	}
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "userAgent", ua)
	b = g.js(b, "timezone", "Europe/Berlin")
	b = append(b, '}')
	b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "sentAt", g.now.Add(40*time.Millisecond).UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "receivedAt", g.now.Add(90*time.Millisecond).UTC().Format("2006-01-02T15:04:05.000Z"))
	return Record{Line: append(b, '}')}
}
