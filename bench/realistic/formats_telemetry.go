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
