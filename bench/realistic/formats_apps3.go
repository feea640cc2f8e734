package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
	"time"
)

// Five families of application servers, one product a stream each:
//
//   - tomcat_jenkins: Tomcat's AccessLogValve with the pattern
//     %h %l %u %t "%r" %s %b %D "%{Referer}i" "%{User-Agent}i" (URL
//     rewriting's ;jsessionid= path parameter in some requests), the
//     JsonAccessLogValve (every value a string, headers under
//     requestHeaders), catalina.out in Tomcat's OneLineFormatter
//     (dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message) with
//     exceptions that name a user or an e-mail address and their stack
//     frames, Jenkins build console output (Timestamper's prefix in every
//     other stream: causes "Started by user <full name>", "Started by
//     GitHub push by <login>", the git plugin's "Checking out Revision
//     <sha1> (refs/remotes/origin/main)", a pipeline's git log author line,
//     withCredentials masking as ****, the Mailer's "Sending e-mails to:")
//     and the Audit Trail plugin's log file ("<date> - <uri> by <user>",
//     build records with their cause, node and duration).
//   - mongodb_json: MongoDB 4.4+ structured log messages: Connection
//     accepted and ended (listener and conn contexts), client metadata,
//     Slow query for find, update and aggregate commands with their filter,
//     update document or $match stage, $clusterTime's signature,
//     planSummary, queryHash and planCacheKey; the 4.4 "Authentication
//     succeeded" (principalName) and 5.0+ "Successfully authenticated" and
//     "Failed to authenticate" (user, db, client; X.509 subjects).
//   - chat_servers: ejabberd's log (Accepted connection, c2s SASL
//     successes and failures with the full JID and the client address,
//     Closing c2s session), Prosody's (session ids c2s…, "Authenticated
//     as", server_epoll's FD lines, debug stanzas with to/from JIDs),
//     Matrix Synapse's logging format (asctime - logger - lineno - level -
//     request - message) with synapse.access.http lines ("{@user:server}
//     Processed request: …", access tokens as Synapse's redact_uri writes
//     them: <redacted>) and auth handler messages, Jitsi Meet's Jicofo and
//     videobridge lines naming a conference room.
//   - payments_push: Adyen's standard notification webhook (JSON,
//     notificationItems[].NotificationRequestItem with additionalData),
//     a Braintree webhook as a receiver logs its form body (bt_signature,
//     bt_payload: base64 XML in lines of 60, percent-encoded), APNs
//     provider API results and FCM HTTP v1 sends and errors as push
//     services log them, GA4's BigQuery export rows as JSON.
//   - samba_cups: Samba vfs_full_audit lines through syslog (the default
//     prefix %u|%I|%m|%S, then operation|ok|arguments), CUPS page_log
//     (PageLogFormat's default), access_log and error_log, and the
//     ingress-nginx controller's default log_format (upstream fields and
//     $req_id).
//
// Personal: client addresses, logins written as a person's, full names,
// e-mail addresses, JIDs and Matrix user ids, device push tokens, GA4's
// user_pseudo_id (the _ga cookie's client id, a secret as that cookie is),
// machines and home shares named after their user, names in document
// titles. Look-alikes: times, build numbers, commit ids, connection ids
// (c2s…, conn123, Erlang pids <0.1234.0>), request ids (GET-123, $req_id,
// apns-id), Adyen PSP references (16 digits), a card's last four digits and
// BIN, amounts, MongoDB query hashes, stack frames' file:line, durations.

// tomcatJenkins is one record of the family; the stream's variant picks
// the product.
func (g *gen) tomcatJenkins(st *streamState) Record {
	switch st.variant % 5 {
	case 1:
		return g.tomcatJSONAccess()
	case 2:
		return g.catalinaOut()
	case 3:
		return g.jenkinsConsole(st)
	case 4:
		return g.jenkinsAudit()
	}
	return g.tomcatAccess()
}

var tomcatApps = []string{"/shop", "/portal", "/api", ""}

// tomcatRequest returns %r: a method, a path (with ;jsessionid= when the
// client took no cookie, with a query from g.params) and the protocol.
func (g *gen) tomcatRequest(outer func(string) string) string {
	if outer == nil {
		outer = func(s string) string { return s }
	}
	method := pick(g, []string{"GET", "GET", "GET", "POST", "PUT"})
	target := pick(g, tomcatApps) + g.path()
	switch n := g.rng.IntN(10); {
	case n < 2:
		sid := strings.ToUpper(g.hexID(32))
		g.plantAt("secret", sid)
		target += ";jsessionid=" + sid
	case n < 3:
		f, l := g.name()
		e := g.email(f, l)
		enc := pctEnc(e, false, false)
		g.plantAt("email", e, outer(enc))
		target = "/api/customers/" + enc + "/orders"
	}
	if g.pct(40) {
		target += "?" + g.query(g.params(), false, outer)
	}
	return method + " " + target + " " + pick(g, []string{"HTTP/1.1", "HTTP/1.1", "HTTP/2.0"})
}

// tomcatUser writes %u: a person's login, an e-mail address, a container
// role account (kept) or "-".
func (g *gen) tomcatUser(b []byte, esc func(string) string) []byte {
	switch n := g.rng.IntN(10); {
	case n < 2:
		return g.plant(b, "name", g.personLogin(), "")
	case n < 3:
		f, l := g.name()
		e := g.email(f, l)
		return g.plant(b, "email", e, esc(e))
	case n < 4:
		// A container role account, not a person; %u is a name field to
		// redactd, which masks it whole: left unlabelled.
		return append(b, pick(g, []string{"tomcat", "manager", "deployer", "monitoring"})...)
	}
	return append(b, '-')
}

// tomcatAccess is AccessLogValve with
// pattern="%h %l %u %t &quot;%r&quot; %s %b %D &quot;%{Referer}i&quot; &quot;%{User-Agent}i&quot;".
func (g *gen) tomcatAccess() Record {
	b := make([]byte, 0, 500)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, " - "...)
	b = g.tomcatUser(b, func(s string) string { return s })
	b = append(b, " ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	b = append(b, "] \""...)
	b = append(b, g.tomcatRequest(nil)...)
	status := pick(g, []string{"200", "200", "302", "304", "401", "404", "500"})
	b = g.keep(b, "status", status, "\" "+status+" ")
	if status == "304" {
		b = append(b, '-')
	} else {
		b = append(b, g.num(20, 90000)...)
	}
	d := g.num(1, 250000)
	b = g.keep(b, "duration", d, " "+d+" \"")
	b = b[:len(b)-2]
	return Record{Line: g.refUA(b, func(s string) string { return s })}
}

// tomcatJSONAccess is JsonAccessLogValve with the same pattern plus %S and
// %{X-Forwarded-For}i: every value a JSON string, headers in requestHeaders.
func (g *gen) tomcatJSONAccess() Record {
	b := append(make([]byte, 0, 900), '{')
	ip, cat := g.clientIP()
	b = g.jp(b, "host", cat, ip)
	b = g.js(b, "logicalUserName", "-")
	b = jkey(b, "user")
	b = append(b, '"')
	b = g.tomcatUser(b, jsonEsc)
	b = append(b, '"')
	b = g.jk(b, "time", "timestamp", "["+g.clfTime()+"]")
	b = jkey(b, "request")
	b = append(b, '"')
	b = append(b, g.tomcatRequest(jsonEsc)...)
	b = append(b, '"')
	status := pick(g, []string{"200", "200", "302", "401", "404", "500"})
	b = g.jk(b, "statusCode", "status", status)
	b = g.js(b, "size", g.num(20, 90000))
	b = g.jk(b, "elapsedTime", "duration", g.num(1, 250000))
	if g.pct(50) {
		b = g.jp(b, "sessionId", "secret", strings.ToUpper(g.hexID(32)))
	} else {
		b = g.js(b, "sessionId", "-")
	}
	b = jo(b, "requestHeaders")
	if g.pct(40) {
		b = g.js(b, "Referer", "https://www.example.com"+g.path())
	} else {
		b = g.js(b, "Referer", "-")
	}
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "User-Agent", ua)
	if g.pct(35) {
		x, xc := g.clientIP()
		b = g.jp(b, "X-Forwarded-For", xc, x)
	} else {
		b = g.js(b, "X-Forwarded-For", "-")
	}
	return Record{Line: append(b, '}', '}')}
}

// catalinaTime is OneLineFormatter's time: 23-Nov-2026 20:00:01.123.
func (g *gen) catalinaTime() string {
	t := g.now.UTC()
	return two(t.Day()) + "-" + months[t.Month()-1] + "-" + strconv.Itoa(t.Year()) + " " + t.Format("15:04:05.000")
}

// catalinaOut is one line of catalina.out: a OneLineFormatter record or a
// line of the stack trace that follows one.
func (g *gen) catalinaOut() Record {
	b := make([]byte, 0, 400)
	f, l := g.name()
	email := g.email(f, l)
	thread := "http-nio-8080-exec-" + g.num(1, 200)
	head := func(level, class string) {
		b = g.keep(b, "timestamp", g.catalinaTime(), "")
		b = append(b, " "+level+" ["+thread+"] "+class+" "...)
	}
	switch g.rng.IntN(8) {
	case 0:
		head("SEVERE", "org.apache.catalina.core.StandardWrapperValve.invoke")
		b = append(b, "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.IllegalStateException: No account for "...)
		b = g.plant(b, "email", email, "")
		b = append(b, "] with root cause"...)
	case 1:
		head("WARNING", "org.apache.catalina.realm.LockOutRealm.authenticate")
		b = append(b, "An attempt was made to authenticate the locked user ["...)
		b = g.plant(b, "name", g.personLogin(), "")
		b = append(b, ']')
	case 2:
		// The exception line a stack trace opens with.
		b = append(b, "org.springframework.security.core.userdetails.UsernameNotFoundException: User not found: "...)
		b = g.plant(b, "email", email, "")
	case 3:
		b = append(b, "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"customers_email_key\"  Detail: Key (email)=("...)
		b = g.plant(b, "email", email, "")
		b = append(b, ") already exists."...)
	case 4:
		cls := pick(g, []string{"AccountService", "CheckoutController", "CustomerRepository", "OrderMapper"})
		ln := g.num(20, 900)
		b = append(b, "\tat com.example.shop."+strings.ToLower(cls[:4])+"."+cls+"."+pick(g, []string{"find", "load", "submit", "map"})+"("...)
		b = g.keep(b, "counter", cls+".java:"+ln, "")
		b = append(b, ')')
	case 5:
		head("INFO", "org.apache.catalina.startup.Catalina.start")
		ms := g.num(800, 60000)
		b = g.keep(b, "duration", ms, "Server startup in ["+ms+"] milliseconds")
	case 6:
		head("WARNING", "org.apache.catalina.valves.StuckThreadDetectionValve.notifyStuckThreadDetected")
		secs := g.num(600, 4000)
		b = append(b, "Thread ["+thread+"] (id=["+g.num(20, 400)+"]) has been active for ["...)
		b = g.keep(b, "duration", secs, "["+secs+"]")
		b = append(b, "] milliseconds (since [11/23/26, 8:00 PM]) to serve the same request for [https://shop.example.com/account/settings?email="...)
		b = g.plant(b, "email", email, pctEnc(email, false, false))
		b = append(b, "] and may be stuck (configured threshold for this StuckThreadDetectionValve is [600] seconds). There is/are [1] thread(s) in total that are monitored by this Valve and may be stuck."...)
	default:
		head("SEVERE", "com.example.shop.web.GlobalExceptionHandler.handle")
		b = append(b, "Password reset failed for "...)
		b = g.plant(b, "email", email, "")
		b = append(b, ": mail server refused recipient"...)
	}
	return Record{Line: b}
}

var jenkinsJobs = []string{"shop-api", "web-frontend", "billing-service", "infra/terraform"}

// jenkinsConsole is one line of a build's console output.
func (g *gen) jenkinsConsole(st *streamState) Record {
	b := make([]byte, 0, 300)
	if st.variant%2 == 1 {
		// Timestamper: [2026-11-23T20:00:01.123Z] before every line.
		b = append(b, '[')
		b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"), "")
		b = append(b, "] "...)
	}
	f, l := g.name()
	job := pick(g, jenkinsJobs)
	switch g.rng.IntN(11) {
	case 0:
		b = append(b, "Started by user "...)
		b = g.plant(b, "name", f, "")
		b = append(b, ' ')
		b = g.plant(b, "name", l, "")
	case 1:
		b = append(b, "Started by GitHub push by "...)
		b = g.plant(b, "name", githubLoginOf(g, f, l), "")
	case 2:
		n := g.num(10, 4000)
		b = append(b, "Started by upstream project \""+job+"/main\" build number "...)
		b = g.keep(b, "counter", n, "")
	case 3:
		sha := g.hexID(40)
		b = append(b, "Checking out Revision "...)
		b = g.keep(b, "hash", sha, "")
		b = append(b, " (refs/remotes/origin/"+pick(g, []string{"main", "develop", "release-2.4"})+")"...)
	case 4:
		b = append(b, " > git checkout -f "...)
		b = g.keep(b, "hash", g.hexID(40), "")
		b = append(b, " # timeout=10"...)
	case 5:
		// A pipeline step printing the last commit's author.
		b = append(b, "Author: "...)
		b = g.plant(b, "name", f, "")
		b = append(b, ' ')
		b = g.plant(b, "name", l, "")
		b = append(b, " <"...)
		b = g.plant(b, "email", g.email(f, l), "")
		b = append(b, '>')
	case 6:
		b = append(b, "[Pipeline] withCredentials"...)
	case 7:
		b = append(b, "+ curl -sf -u ****:**** -H 'Authorization: Bearer ****' https://deploy.example.com/api/releases/"...)
		b = g.keep(b, "version", "2.4."+g.num(0, 40), "")
	case 8:
		b = append(b, "Sending e-mails to: "...)
		b = g.plant(b, "email", g.email(f, l), "")
		if g.pct(40) {
			f2, l2 := g.name()
			b = append(b, ' ')
			b = g.plant(b, "email", g.email(f2, l2), "")
		}
	case 9:
		b = append(b, "Running on linux-agent-0"+g.num(1, 9)+" in /home/jenkins/agent/workspace/"+strings.ReplaceAll(job, "/", "_")+"_main"...)
	default:
		b = append(b, "Finished: "+pick(g, []string{"SUCCESS", "SUCCESS", "FAILURE", "UNSTABLE", "ABORTED"})...)
	}
	return Record{Line: b}
}

// githubLoginOf returns a GitHub login made from a person's name.
func githubLoginOf(g *gen, first, last string) string {
	f, l := strings.ToLower(ascii(first)), strings.ToLower(ascii(last))
	switch g.rng.IntN(3) {
	case 0:
		return f + "-" + l
	case 1:
		return f[:1] + l
	}
	return f + l[:1] + g.num(1, 99)
}

// jenkinsAudit is one line of the Audit Trail plugin's log file:
// "yyyy-MM-dd HH:mm:ss:SSS - <uri> by <user>[ from <ip>]", or a build record
// with its cause.
func (g *gen) jenkinsAudit() Record {
	b := make([]byte, 0, 300)
	t := g.now.UTC()
	b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05")+":"+t.Format(".000")[1:], "")
	b = append(b, " - "...)
	job := pick(g, jenkinsJobs)
	if g.pct(35) {
		n := g.num(10, 4000)
		b = append(b, "job/"+strings.ReplaceAll(job, "/", "/job/")+"/ "...)
		b = g.keep(b, "counter", n, "#"+n+" ")
		b = b[:len(b)-1]
		b = append(b, " Started by "...)
		if g.pct(60) {
			f, l := g.name()
			b = append(b, "user "...)
			b = g.plant(b, "name", f, "")
			b = append(b, ' ')
			b = g.plant(b, "name", l, "")
		} else {
			b = append(b, "timer"...)
		}
		ms := g.num(900, 900000)
		b = append(b, ", Parameters:[] on node "+pick(g, []string{"built-in", "linux-agent-03"})+" started at "...)
		b = g.keep(b, "timestamp", t.Add(-time.Minute).Format("2006-01-02T15:04:05Z"), "")
		b = append(b, " completed in "...)
		b = g.keep(b, "duration", ms+"ms", "")
		return Record{Line: append(b, " completed: "+pick(g, []string{"SUCCESS", "FAILURE"})...)}
	}
	login := g.personLogin()
	person := true
	switch g.rng.IntN(5) {
	case 0:
		b = append(b, "/user/"...)
		b = g.plant(b, "name", login, "")
		b = append(b, "/configSubmit"...)
	case 1:
		b = append(b, "/credentials/store/system/domain/_/createCredentials"...)
	case 2:
		b = append(b, "/job/"+strings.ReplaceAll(job, "/", "/job/")+"/build"...)
	case 3:
		b = append(b, "/job/"+strings.ReplaceAll(job, "/", "/job/")+"/configSubmit"...)
	default:
		b = append(b, "/safeRestart"...)
	}
	b = append(b, " by "...)
	if g.pct(20) {
		person = false
		b = g.keep(b, "account", pick(g, []string{"admin", "SYSTEM", "jenkins"}), "")
	}
	if person {
		b = g.plant(b, "name", login, "")
	}
	if g.pct(50) {
		ip, cat := g.clientIP()
		b = append(b, " from "...)
		b = g.plant(b, cat, ip, "")
	}
	return Record{Line: b}
}

// MongoDB.

func (g *gen) mongoHead(b []byte, comp, id, ctx, msg string) []byte {
	b = append(b, '{')
	b = jo(b, "t")
	b = g.jk(b, "$date", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000+00:00"))
	b = append(b, '}')
	b = g.js(b, "s", "I")
	b = g.js(b, "c", comp)
	g.keepAt("counter", id, `"id":`+id)
	b = jn(b, "id", id)
	b = g.js(b, "ctx", ctx)
	return g.js(b, "msg", msg)
}

// mongoRemote writes "key":"ip:port" and plants the address.
func (g *gen) mongoRemote(b []byte, key string) []byte {
	ip, cat := g.clientIP()
	remote := ip + ":" + g.num(1024, 65535)
	if cat == "ipv6" {
		remote = "[" + ip + "]:" + g.num(1024, 65535)
	}
	b = g.js(b, key, remote)
	g.plantAt(cat, ip)
	return b
}

// mongoFilter writes a query filter naming a person: an e-mail address,
// a phone number, a name by equality, $regex or $in.
func (g *gen) mongoFilter(b []byte) []byte {
	f, l := g.name()
	b = jo(b, "filter")
	switch g.rng.IntN(6) {
	case 0:
		b = g.jp(b, "email", "email", g.email(f, l))
	case 1:
		b = g.jp(b, "customer.email", "email", strings.ToLower(g.email(f, l)))
		b = g.js(b, "status", "active")
	case 2:
		b = jo(b, "lastName")
		b = jkey(b, "$regex")
		b = append(b, `"^`...)
		b = g.plant(b, "name", l, "")
		b = append(b, '"')
		b = g.js(b, "$options", "i")
		b = append(b, '}')
	case 3:
		b = ja(b, "$or")
		b = jo(b, "")
		b = g.jp(b, "email", "email", g.email(f, l))
		b = append(b, '}')
		b = jo(b, "")
		b = g.jp(b, "phone", "phone", g.phone())
		b = append(b, '}', ']')
	case 4:
		b = g.jp(b, "firstName", "name", f)
		b = g.jp(b, "lastName", "name", l)
	default:
		b = jo(b, "email")
		b = ja(b, "$in")
		b = append(b, '"')
		b = g.plant(b, "email", g.email(f, l), "")
		f2, l2 := g.name()
		b = append(b, `","`...)
		b = g.plant(b, "email", g.email(f2, l2), "")
		b = append(b, '"', ']', '}')
	}
	return append(b, '}')
}

// mongoClusterTime writes $clusterTime as a driver sends it to a replica
// set: the signature's hash (base64 HMAC) and keyId are look-alikes.
func (g *gen) mongoClusterTime(b []byte) []byte {
	b = jo(b, "$clusterTime")
	b = jo(b, "clusterTime")
	b = jo(b, "$timestamp")
	ts := strconv.FormatInt(g.now.Unix(), 10)
	g.keepAt("epoch", ts, `"t":`+ts)
	b = jn(b, "t", ts)
	b = jn(b, "i", g.num(1, 40))
	b = append(b, '}', '}')
	b = jo(b, "signature")
	b = jo(b, "hash")
	b = jo(b, "$binary")
	b = g.jk(b, "base64", "hash", base64.StdEncoding.EncodeToString([]byte(g.chars(20, base62))))
	b = g.js(b, "subType", "0")
	b = append(b, '}', '}')
	key := "73" + g.digits(17)
	b = jo(b, "keyId")
	b = g.jk(b, "$numberLong", "counter", key)
	return append(b, '}', '}', '}')
}

func (g *gen) mongoJSON(st *streamState) Record {
	b := make([]byte, 0, 1200)
	conn := g.num(1, 99999)
	switch g.rng.IntN(8) {
	case 0, 1:
		b = g.mongoHead(b, "NETWORK", "22943", "listener", "Connection accepted")
		b = jo(b, "attr")
		b = g.mongoRemote(b, "remote")
		b = jo(b, "uuid")
		b = g.jk(b, "$uuid", "uuid", g.uuid())
		b = append(b, '}')
		b = jn(b, "connectionId", conn)
		b = jn(b, "connectionCount", g.num(1, 400))
		b = append(b, '}')
	case 2:
		b = g.mongoHead(b, "NETWORK", "51800", "conn"+conn, "client metadata")
		b = jo(b, "attr")
		b = g.mongoRemote(b, "remote")
		b = g.js(b, "client", "conn"+conn)
		b = ja(b, "negotiatedCompressors")
		b = append(b, ']')
		b = jo(b, "doc")
		b = jo(b, "application")
		b = g.js(b, "name", pick(g, []string{"shop-api", "billing-worker", "MongoDB Compass", "mongosh 2.1.1"}))
		b = append(b, '}')
		b = jo(b, "driver")
		b = g.js(b, "name", "nodejs")
		b = g.jk(b, "version", "version", "6.3.0")
		b = append(b, '}')
		b = jo(b, "os")
		b = g.js(b, "type", "Linux")
		b = g.js(b, "architecture", "x64")
		b = g.jk(b, "version", "version", "5.15.0-1051-aws")
		b = append(b, '}')
		b = g.js(b, "platform", "Node.js v20.10.0, LE (unified)")
		b = append(b, '}', '}')
	case 3, 4:
		b = g.mongoHead(b, "COMMAND", "51803", "conn"+conn, "Slow query")
		b = jo(b, "attr")
		kind := g.rng.IntN(3)
		b = g.js(b, "type", [...]string{"command", "update", "command"}[kind])
		b = g.js(b, "ns", "shop.customers")
		b = g.js(b, "appName", "shop-api")
		b = jo(b, "command")
		switch kind {
		case 0:
			b = g.js(b, "find", "customers")
			b = g.mongoFilter(b)
			b = jn(b, "limit", "1")
			b = jo(b, "lsid")
			b = jo(b, "id")
			b = g.jk(b, "$uuid", "uuid", g.uuid())
			b = append(b, '}', '}')
			b = g.mongoClusterTime(b)
			b = g.js(b, "$db", "shop")
		case 1:
			f, l := g.name()
			b = jo(b, "q")
			b = g.jp(b, "email", "email", g.email(f, l))
			b = append(b, '}')
			b = jo(b, "u")
			b = jo(b, "$set")
			b = g.jp(b, "phone", "phone", g.phone())
			b = g.jp(b, "address.street", "address", g.street())
			b = append(b, '}', '}')
			b = jn(b, "multi", "false")
			b = jn(b, "upsert", "false")
		default:
			f, l := g.name()
			b = g.js(b, "aggregate", "orders")
			b = ja(b, "pipeline")
			b = jo(b, "")
			b = jo(b, "$match")
			b = g.jp(b, "customer.email", "email", g.email(f, l))
			b = append(b, '}', '}')
			b = jo(b, "")
			b = jo(b, "$group")
			b = g.js(b, "_id", "$status")
			b = jo(b, "n")
			b = jn(b, "$sum", "1")
			b = append(b, '}', '}', '}', ']')
			b = append(jo(b, "cursor"), '}')
			b = g.js(b, "$db", "shop")
		}
		b = append(b, '}')
		b = g.js(b, "planSummary", pick(g, []string{"IXSCAN { email: 1 }", "COLLSCAN", "IXSCAN { lastName: 1, firstName: 1 }"}))
		b = jn(b, "keysExamined", g.num(0, 5000))
		b = jn(b, "docsExamined", g.num(0, 90000))
		b = g.jk(b, "queryHash", "hash", strings.ToUpper(g.hexID(8)))
		b = g.jk(b, "planCacheKey", "hash", strings.ToUpper(g.hexID(8)))
		b = g.js(b, "queryFramework", "classic")
		b = jn(b, "nreturned", g.num(0, 10))
		b = jn(b, "reslen", g.num(100, 9000))
		b = jo(b, "storage")
		b = jo(b, "data")
		n := g.num(1000, 9000000)
		g.keepAt("bytes", n, `"bytesRead":`+n)
		b = jn(b, "bytesRead", n)
		b = append(b, '}', '}')
		b = g.mongoRemote(b, "remote")
		b = g.js(b, "protocol", "op_msg")
		ms := g.num(100, 9000)
		g.keepAt("duration", ms, `"durationMillis":`+ms)
		b = jn(b, "durationMillis", ms)
		b = append(b, '}')
	case 5:
		// 4.4's message.
		b = g.mongoHead(b, "ACCESS", "20250", "conn"+conn, "Authentication succeeded")
		b = jo(b, "attr")
		b = g.js(b, "mechanism", "SCRAM-SHA-256")
		b = jn(b, "speculative", "true")
		if g.pct(65) {
			b = g.jp(b, "principalName", "name", g.personLogin())
		} else {
			b = g.jk(b, "principalName", "account", pick(g, mongoServiceUsers))
		}
		b = g.js(b, "authenticationDatabase", "admin")
		b = g.mongoRemote(b, "remote")
		b = append(jo(b, "extraInfo"), '}')
		b = append(b, '}')
	case 6:
		// 5.0+: Successfully authenticated, an X.509 subject or a login.
		b = g.mongoHead(b, "ACCESS", "5286306", "conn"+conn, "Successfully authenticated")
		b = jo(b, "attr")
		b = g.mongoRemote(b, "client")
		b = jn(b, "isSpeculative", "false")
		b = jn(b, "isClusterMember", "false")
		if g.pct(40) {
			f, l := g.name()
			b = g.js(b, "mechanism", "MONGODB-X509")
			b = jkey(b, "user")
			b = append(b, `"CN=`...)
			b = g.plant(b, "name", f, "")
			b = append(b, ' ')
			b = g.plant(b, "name", l, "")
			b = append(b, `,OU=Engineering,O=Example Corp,L=Berlin,C=DE"`...)
			b = g.js(b, "db", "$external")
		} else {
			b = g.js(b, "mechanism", "SCRAM-SHA-256")
			b = g.jp(b, "user", "name", g.personLogin())
			b = g.js(b, "db", "admin")
		}
		b = jn(b, "result", "0")
		b = append(jo(b, "extraInfo"), '}')
		b = append(b, '}')
	default:
		b = g.mongoHead(b, "ACCESS", "5286307", "conn"+conn, "Failed to authenticate")
		b = jo(b, "attr")
		b = g.mongoRemote(b, "client")
		b = jn(b, "isSpeculative", "true")
		b = jn(b, "isClusterMember", "false")
		b = g.js(b, "mechanism", "SCRAM-SHA-256")
		login := g.personLogin()
		g.plantAt("name", login)
		b = g.js(b, "user", login)
		b = g.js(b, "db", "admin")
		b = g.js(b, "error", `UserNotFound: Could not find user "`+login+`" for db "admin"`)
		b = jn(b, "result", "11")
		b = append(b, '}')
	}
	return Record{Line: append(b, '}')}
}

// Chat servers.

// jid returns a person's bare JID and its planted text.
func (g *gen) jid() string {
	f, l := g.name()
	f, l = strings.ToLower(ascii(f)), strings.ToLower(ascii(l))
	local := f + "." + l
	if g.pct(30) {
		local = f[:1] + l
	}
	return local + "@" + pick(g, []string{"example.com", "chat.example.org", "example.net"})
}

func (g *gen) xmppResource() string {
	return pick(g, []string{"phone-", "desktop-", "Conversations.", "gajim."}) + g.chars(4, lowerNum)
}

func (g *gen) chatServers(st *streamState) Record {
	switch st.variant % 4 {
	case 1:
		return g.prosodyLine()
	case 2:
		return g.synapseLine()
	case 3:
		return g.jitsiLine()
	}
	return g.ejabberdLine()
}

// ejabberdLine is one line of ejabberd.log (logger's format: time with
// microseconds and offset, [level], (listener|pid), message).
func (g *gen) ejabberdLine() Record {
	b := make([]byte, 0, 300)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000000+00:00"), "")
	pid := "<0." + g.num(400, 30000) + ".0>"
	ip := g.ipv4()
	addr := "::ffff:" + ip
	if g.pct(20) {
		ip = g.ipv6()
		addr = ip
	}
	jid := g.jid()
	n := g.rng.IntN(4)
	if n < 3 {
		g.plantAt(ipCat(ip), ip)
	}
	switch n {
	case 0:
		b = append(b, " [info] ("...)
		b = g.keep(b, "counter", pid, "")
		b = append(b, ") Accepted connection "+addr+":"+g.num(1024, 65535)+" -> ::ffff:203.0.113.10:5222"...)
	case 1:
		b = append(b, " [info] (tls|"...)
		b = g.keep(b, "counter", pid, "")
		b = append(b, ") Accepted c2s "+pick(g, []string{"SCRAM-SHA-1", "PLAIN", "SCRAM-SHA-256"})+" authentication for "...)
		b = g.plant(b, "email", jid, "")
		b = append(b, " by "+pick(g, []string{"sql", "ldap", "mnesia"})+" backend from "+addr...)
	case 2:
		b = append(b, " [info] (tls|"...)
		b = g.keep(b, "counter", pid, "")
		b = append(b, ") Failed c2s PLAIN authentication for "...)
		b = g.plant(b, "email", jid, "")
		b = append(b, " from "+addr+": Invalid username or password"...)
	default:
		b = append(b, " [info] (tls|"...)
		b = g.keep(b, "counter", pid, "")
		b = append(b, ") Closing c2s session for "...)
		b = g.plant(b, "email", jid, "")
		b = append(b, "/"+g.xmppResource()+": Connection failed: connection closed"...)
	}
	return Record{Line: b}
}

// prosodyLine is one line of prosody.log: "Mon dd HH:MM:SS source\tlevel\tmessage".
func (g *gen) prosodyLine() Record {
	b := make([]byte, 0, 300)
	t := g.now.UTC()
	b = g.keep(b, "timestamp", months[t.Month()-1]+" "+two(t.Day())+" "+t.Format("15:04:05"), "")
	b = append(b, ' ')
	sess := "c2s" + g.hexID(12)
	switch g.rng.IntN(5) {
	case 0:
		b = g.keep(b, "counter", sess, "")
		b = append(b, "\tinfo\tClient connected"...)
	case 1:
		b = g.keep(b, "counter", sess, "")
		b = append(b, "\tinfo\tAuthenticated as "...)
		b = g.plant(b, "email", g.jid(), "")
	case 2:
		ip, cat := g.clientIP()
		b = append(b, "server_epoll\tdebug\tAccepted new connection FD "+g.num(12, 900)+" ("...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ", "+g.num(1024, 65535)+", 203.0.113.10, 5222)"...)
	case 3:
		b = g.keep(b, "counter", sess, "")
		b = append(b, "\tdebug\tReceived[c2s]: <message xml:lang='en' to='"...)
		b = g.plant(b, "email", g.jid(), "")
		b = append(b, "' type='chat' id='"+g.uuid()+"'>"...)
	default:
		b = g.keep(b, "counter", sess, "")
		b = append(b, "\tinfo\tClient disconnected: "+pick(g, []string{"connection closed", "closed", "ssl handshake failed"})...)
	}
	return Record{Line: b}
}

// matrixUser returns a Matrix user id @localpart:server.
func (g *gen) matrixUser() string {
	return "@" + g.personLogin() + ":" + pick(g, []string{"example.org", "matrix.example.com"})
}

// synapseLine is one line of homeserver.log with Synapse's default
// formatter: "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s -
// %(request)s - %(message)s".
func (g *gen) synapseLine() Record {
	b := make([]byte, 0, 500)
	t := g.now.UTC()
	b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05")+","+t.Format(".000")[1:], "")
	method := pick(g, []string{"GET", "GET", "PUT", "POST"})
	rid := method + "-" + g.num(1, 99999)
	user := g.matrixUser()
	if g.pct(75) {
		b = append(b, " - synapse.access.http.8008 - 465 - INFO - "...)
		b = g.keep(b, "requestid", rid, "")
		b = append(b, " - "...)
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
		b = append(b, " - 8008 - {"...)
		authed := g.pct(85)
		if authed {
			b = g.plant(b, "name", user, "")
		} else {
			b = append(b, "None"...)
		}
		b = append(b, "} Processed request: "...)
		d := "0." + g.digits(3) + "sec/0.000sec"
		b = g.keep(b, "duration", d, "")
		b = append(b, " (0.00"+g.digits(1)+"sec, 0.000sec) (0.00"+g.digits(1)+"sec/0.0"+g.digits(2)+"sec/"+g.num(1, 9)+") "+g.num(40, 90000)+"B 200 \""...)
		var target string
		switch g.rng.IntN(4) {
		case 0:
			target = "/_matrix/client/v3/sync?since=s" + g.num(100000, 999999) + "_" + g.num(1000, 99999) + "_" + g.num(1, 9) + "&timeout=30000&access_token=<redacted>"
		case 1:
			enc := pctEnc(user, false, false)
			g.plantAt("name", user, enc)
			target = "/_matrix/client/v3/profile/" + enc + "/displayname"
		case 2:
			target = "/_matrix/client/v3/rooms/%21" + g.chars(18, base62[10:]) + "%3Aexample.org/send/m.room.message/m" + g.digits(13) + ".0"
		default:
			target = "/_matrix/client/v3/keys/query?access_token=<redacted>"
		}
		b = append(b, method+" "+target+" HTTP/1.1\" \""...)
		b = append(b, pick(g, []string{"Element/1.11.50 (Mozilla/5.0)", "Element X/0.3.2", "mautrix-telegram/0.15.1"})...)
		return Record{Line: append(b, "\" [0 dbevts]"...)}
	}
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, " - synapse.handlers.auth - 1340 - WARNING - "...)
		b = g.keep(b, "requestid", "POST-"+g.num(1, 99999), "")
		b = append(b, " - Failed password login for user "...)
		b = g.plant(b, "name", user, "")
	case 1:
		b = append(b, " - synapse.handlers.device - 612 - INFO - "...)
		b = g.keep(b, "requestid", "POST-"+g.num(1, 99999), "")
		b = append(b, " - Logging in user "...)
		b = g.plant(b, "name", user, "")
		b = append(b, " on device "+g.chars(10, base62[10:36])...)
	default:
		b = append(b, " - synapse.http.server - 124 - INFO - "...)
		b = g.keep(b, "requestid", rid, "")
		b = append(b, " - <XForwardedForRequest at 0x7f"+g.hexID(10)+" method='"+method+"' uri='/_matrix/client/v3/rooms/...' clientproto='HTTP/1.1' site='8008'> SynapseError: 403 - User "...)
		b = g.plant(b, "name", user, "")
		b = append(b, " not in room !"+g.chars(18, base62[10:])+":example.org"...)
	}
	return Record{Line: b}
}

// jitsiRoom returns a room name: a person's name (planted) or a team's.
func (g *gen) jitsiRoom() (room string, person bool) {
	if g.pct(50) {
		return pick(g, []string{"standup", "weekly-sync", "design-review", "allhands", "support-escalation"}), false
	}
	f, l := g.name()
	f, l = strings.ToLower(ascii(f)), strings.ToLower(ascii(l))
	return f + pick(g, []string{".", "-", "_"}) + l + pick(g, []string{"", "-1on1", "-interview"}), true
}

// jitsiLine is a Jicofo or videobridge log line naming a conference.
func (g *gen) jitsiLine() Record {
	b := make([]byte, 0, 300)
	room, person := g.jitsiRoom()
	jid := room + "@conference.meet.example.com"
	if person {
		name := room
		if i := strings.LastIndex(room, "-"); i > 0 && (strings.HasSuffix(room, "-1on1") || strings.HasSuffix(room, "-interview")) {
			name = room[:i]
		}
		g.plantAt("name", name)
	}
	comp := "Jicofo"
	if g.pct(35) {
		comp = "JVB"
	}
	b = append(b, comp+" "...)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000"), "")
	b = append(b, " INFO: ["+g.num(20, 300)+"] "...)
	if comp == "JVB" {
		b = append(b, "[confId="+g.hexID(16)+" conf_name="+jid+" meeting_id="+g.hexID(8)+"] Conference.<init>#"+g.num(100, 300)+": Created new conference."...)
		return Record{Line: b}
	}
	if g.pct(50) {
		b = append(b, "ConferenceIqHandler.handleConferenceIq#"+g.num(60, 120)+": Focus request for room: "+jid...)
	} else {
		ep := g.hexID(8)
		b = append(b, "[room="+jid+" meeting_id="+g.uuid()+"] JitsiMeetConferenceImpl.onMemberJoined#"+g.num(500, 900)+": Member joined:"...)
		b = g.keep(b, "counter", ep, "")
	}
	return Record{Line: b}
}

// Payments and push.

func (g *gen) paymentsPush(st *streamState) Record {
	switch st.variant % 4 {
	case 1:
		return g.braintreeForm()
	case 2:
		return g.pushSendLog()
	case 3:
		return g.ga4Row()
	}
	return g.adyenNotification()
}

// pspReference returns an Adyen PSP reference: 16 digits.
func (g *gen) pspReference() string { return pick(g, []string{"88", "79", "99"}) + g.digits(14) }

// adyenNotification is a standard notification webhook's body as the
// merchant's endpoint logs it.
func (g *gen) adyenNotification() Record {
	f, l := g.name()
	b := append(make([]byte, 0, 1400), '{')
	b = g.js(b, "live", "false")
	b = ja(b, "notificationItems")
	b = jo(b, "")
	b = jo(b, "NotificationRequestItem")
	event := pick(g, []string{"AUTHORISATION", "AUTHORISATION", "CAPTURE", "REFUND", "CHARGEBACK"})
	last4 := g.digits(4)
	expiry := two(1+g.rng.IntN(12)) + "/20" + g.num(27, 33)
	auth := g.digits(6)
	b = jo(b, "additionalData")
	b = g.js(b, "hmacSignature", base64.StdEncoding.EncodeToString([]byte(g.chars(32, base62))))
	if event == "AUTHORISATION" {
		bin := pick(g, []string{"411111", "545454", "371449", "400000"})
		g.keepAt("counter", bin, `"cardBin":"`+bin+`"`)
		b = g.js(b, "cardBin", bin)
		g.keepAt("counter", last4, `"cardSummary":"`+last4+`"`)
		b = g.js(b, "cardSummary", last4)
		b = g.jp(b, "cardHolderName", "name", f+" "+l)
		b = g.js(b, "expiryDate", expiry)
		b = g.js(b, "authCode", auth)
		b = g.jp(b, "shopperEmail", "email", g.email(f, l))
		b = g.jk(b, "shopperReference", "uuid", g.uuid())
		ip, cat := g.clientIP()
		b = g.jp(b, "shopperIP", cat, ip)
		b = g.js(b, "shopperCountry", pick(g, []string{"NL", "DE", "GB", "UA"}))
		b = g.js(b, "threeDAuthenticated", "true")
		b = g.js(b, "totalFraudScore", g.num(0, 80))
		b = g.js(b, "paymentMethodVariant", pick(g, []string{"visa", "mccredit", "amex"}))
	}
	b = append(b, '}')
	b = jo(b, "amount")
	b = g.js(b, "currency", pick(g, []string{"EUR", "GBP", "USD"}))
	v := g.num(100, 250000)
	g.keepAt("counter", v, `"value":`+v)
	b = jn(b, "value", v)
	b = append(b, '}')
	b = g.js(b, "eventCode", event)
	b = g.jk(b, "eventDate", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05+00:00"))
	b = g.js(b, "merchantAccountCode", "ExampleShopECOM")
	b = g.jk(b, "merchantReference", "orderid", "order-"+g.num(10000, 99999))
	if event != "AUTHORISATION" {
		b = g.jk(b, "originalReference", "requestid", g.pspReference())
	}
	b = g.js(b, "paymentMethod", pick(g, []string{"visa", "mc", "amex"}))
	b = g.jk(b, "pspReference", "requestid", g.pspReference())
	if event == "AUTHORISATION" {
		b = g.js(b, "reason", auth+":"+last4+":"+expiry)
	} else {
		b = g.js(b, "reason", "")
	}
	b = g.js(b, "success", "true")
	return Record{Line: append(b, '}', '}', ']', '}')}
}

// braintreeForm is a Braintree webhook's form body as a receiver logs it:
// bt_signature (public key | HMAC-SHA1) and bt_payload, the notification's
// XML in base64 lines of 60 characters (Ruby's Base64.encode64),
// percent-encoded. Each base64 line that decodes to part of a personal
// value is planted: 60 characters decode to 45 bytes on their own.
func (g *gen) braintreeForm() Record {
	f, l := g.name()
	email := g.email(f, l)
	kind := pick(g, []string{"transaction_settled", "subscription_charged_successfully", "dispute_opened"})
	var x strings.Builder
	type span struct{ from, to int }
	var spans []span
	put := func(s string, personal bool) {
		if personal {
			spans = append(spans, span{x.Len(), x.Len() + len(s)})
		}
		x.WriteString(s)
	}
	put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<notification>\n  <timestamp type=\"datetime\">"+g.now.UTC().Format("2006-01-02T15:04:05Z")+"</timestamp>\n  <kind>"+kind+"</kind>\n  <subject>\n    <transaction>\n      <id>"+g.chars(8, lowerNum)+"</id>\n      <status>settled</status>\n      <amount>"+g.num(1, 900)+"."+g.digits(2)+"</amount>\n      <customer>\n        <id>"+g.digits(9)+"</id>\n        <first-name>", false)
	put(f, true)
	put("</first-name>\n        <last-name>", false)
	put(l, true)
	put("</last-name>\n        <email>", false)
	put(email, true)
	put("</email>\n      </customer>\n      <credit-card>\n        <bin>411111</bin>\n        <last-4>"+g.digits(4)+"</last-4>\n        <cardholder-name>", false)
	put(f+" "+l, true)
	put("</cardholder-name>\n      </credit-card>\n    </transaction>\n  </subject>\n</notification>\n", false)
	raw := []byte(x.String())
	b := make([]byte, 0, 2400)
	b = append(b, "bt_signature="...)
	b = append(b, g.chars(16, lowerNum)+"%7C"+g.hexID(40)...)
	b = append(b, "&bt_payload="...)
	for i := 0; i < len(raw); i += 45 {
		j := min(i+45, len(raw))
		line := base64.StdEncoding.EncodeToString(raw[i:j])
		enc := strings.NewReplacer("+", "%2B", "/", "%2F", "=", "%3D").Replace(line)
		for _, s := range spans {
			if s.from < j && s.to > i {
				g.plantAt("email", line, enc)
				break
			}
		}
		b = append(b, enc...)
		b = append(b, "%0A"...)
	}
	return Record{Line: b}
}

// apnsToken returns an APNs device token: 32 bytes in hex.
func (g *gen) apnsToken() string { return g.hexID(64) }

// fcmToken returns an FCM registration token: an instance id, ':' and
// "APA91b" with its base64url body.
func (g *gen) fcmToken() string {
	return g.chars(22, b64url) + ":APA91b" + g.chars(134, b64url)
}

// pushSendLog is a push service's log line: an APNs provider API result
// in logfmt or an FCM HTTP v1 send or failure as JSON.
func (g *gen) pushSendLog() Record {
	b := make([]byte, 0, 600)
	if g.pct(50) {
		tok := g.apnsToken()
		b = append(b, "time="...)
		b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"), "")
		var status, reason string
		switch g.rng.IntN(4) {
		case 0:
			status, reason = "200", ""
		case 1:
			status, reason = "410", "Unregistered"
		case 2:
			status, reason = "400", "BadDeviceToken"
		default:
			status, reason = "400", "DeviceTokenNotForTopic"
		}
		lvl := "info"
		if status != "200" {
			lvl = "warn"
		}
		b = append(b, " level="+lvl+" msg=\"apns push\" path=/3/device/"...)
		b = g.plant(b, "device_id", tok, "")
		b = append(b, " apns-id="...)
		b = g.keep(b, "uuid", strings.ToUpper(g.uuid()), "")
		b = append(b, " apns-topic=com.example.shop apns-push-type=alert"...)
		b = g.keep(b, "status", status, " status="+status)
		if reason != "" {
			b = append(b, " reason="+reason...)
		}
		if status == "410" {
			ms := strconv.FormatInt(g.now.Add(-48*time.Hour).UnixMilli(), 10)
			b = g.keep(b, "epoch", ms, " timestamp="+ms)
		}
		d := g.num(20, 900)
		return Record{Line: g.keep(b, "duration", d+"ms", " took="+d+"ms")}
	}
	tok := g.fcmToken()
	b = append(b, '{')
	ok := g.pct(50)
	b = g.js(b, "severity", map[bool]string{true: "INFO", false: "ERROR"}[ok])
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000Z"))
	if ok {
		b = g.js(b, "msg", "fcm send")
		b = jo(b, "request")
		b = jo(b, "message")
		b = g.jp(b, "token", "device_id", tok)
		b = jo(b, "notification")
		b = g.js(b, "title", "Your order has shipped")
		b = append(b, '}')
		b = jo(b, "data")
		b = g.jk(b, "order_id", "orderid", g.num(100000, 999999))
		b = append(b, '}', '}', '}')
		b = g.jk(b, "name", "requestid", "projects/example-shop/messages/0:"+strconv.FormatInt(g.now.UnixMicro(), 10)+"%"+g.hexID(16))
		return Record{Line: append(b, '}')}
	}
	b = g.js(b, "msg", "fcm send failed")
	b = g.jp(b, "registration_token", "device_id", tok)
	b = jo(b, "error")
	b = jn(b, "code", "404")
	b = g.js(b, "message", "Requested entity was not found.")
	b = g.js(b, "status", "NOT_FOUND")
	b = ja(b, "details")
	b = jo(b, "")
	b = g.js(b, "@type", "type.googleapis.com/google.firebase.fcm.v1.FcmError")
	b = g.js(b, "errorCode", "UNREGISTERED")
	return Record{Line: append(b, '}', ']', '}', '}')}
}

// ga4Param appends one event_params element.
func ga4Param(b []byte, key, typ, raw string) []byte {
	b = jo(b, "")
	b = append(jkey(b, "key"), '"')
	b = append(b, key...)
	b = append(b, '"')
	b = jo(b, "value")
	b = jkey(b, typ)
	b = append(b, raw...)
	return append(b, '}', '}')
}

// ga4Row is one row of the GA4 BigQuery export (events_YYYYMMDD) as
// newline-delimited JSON: INT64 values as strings, nulls left out.
func (g *gen) ga4Row() Record {
	b := append(make([]byte, 0, 1600), '{')
	b = g.jk(b, "event_date", "timestamp", g.now.UTC().Format("20060102"))
	us := strconv.FormatInt(g.now.UnixMicro(), 10)
	b = g.jk(b, "event_timestamp", "epoch", us)
	b = g.js(b, "event_name", pick(g, []string{"page_view", "page_view", "view_search_results", "sign_up"}))
	b = ja(b, "event_params")
	page := "https://www.example.com" + g.path()
	switch g.rng.IntN(5) {
	case 0:
		f, l := g.name()
		e := g.email(f, l)
		enc := pctEnc(e, false, false)
		g.plantAt("email", e, enc)
		page += "?email=" + enc + "&utm_source=newsletter"
	case 1:
		f, l := g.name()
		g.plantAt("name_text", f+" "+l, pctEnc(f+" "+l, false, false))
		page = "https://www.example.com/search?q=" + pctEnc(f+" "+l, false, false)
	case 2:
		p := g.phone()
		enc := pctEnc(p, false, false)
		g.plantAt("phone", p, enc)
		page += "?phone=" + enc
	default:
		page += "?utm_source=google&utm_medium=cpc&utm_campaign=winter_sale"
	}
	b = ga4Param(b, "page_location", "string_value", `"`+jsonEsc(page)+`"`)
	sid := strconv.FormatInt(g.now.Add(-time.Duration(g.rng.IntN(1800))*time.Second).Unix(), 10)
	g.keepAt("epoch", sid)
	b = ga4Param(b, "ga_session_id", "int_value", `"`+sid+`"`)
	b = ga4Param(b, "page_title", "string_value", `"Example Shop"`)
	b = ga4Param(b, "engagement_time_msec", "int_value", `"`+g.num(1, 90000)+`"`)
	b = append(b, ']')
	b = g.js(b, "event_bundle_sequence_id", g.num(1, 40))
	if g.pct(40) {
		b = g.jk(b, "user_id", "uuid", g.uuid())
	}
	first := strconv.FormatInt(g.now.Add(-time.Duration(g.rng.IntN(400*24))*time.Hour).Unix(), 10)
	b = g.jp(b, "user_pseudo_id", "secret", g.num(100000000, 2147483647)+"."+first)
	b = jo(b, "device")
	mobile := g.pct(60)
	if mobile {
		b = g.js(b, "category", "mobile")
		b = g.js(b, "mobile_brand_name", "Apple")
		b = g.js(b, "mobile_model_name", "iPhone")
		b = g.js(b, "operating_system", "iOS")
		b = g.jk(b, "operating_system_version", "version", "iOS 17.1.2")
	} else {
		b = g.js(b, "category", "desktop")
		b = g.js(b, "mobile_brand_name", "Google")
		b = g.js(b, "mobile_model_name", "Chrome")
		b = g.js(b, "operating_system", "Windows")
		b = g.jk(b, "operating_system_version", "version", "Windows 10")
	}
	b = g.js(b, "language", pick(g, []string{"en-us", "de-de", "uk-ua"}))
	b = g.js(b, "is_limited_ad_tracking", "No")
	b = jo(b, "web_info")
	b = g.js(b, "browser", "Safari")
	b = g.jk(b, "browser_version", "version", "17.1.2")
	b = g.js(b, "hostname", "www.example.com")
	b = append(b, '}', '}')
	b = jo(b, "geo")
	city := pick(g, [][3]string{{"Berlin", "Germany", "Europe"}, {"London", "United Kingdom", "Europe"}, {"Kyiv", "Ukraine", "Europe"}})
	b = g.js(b, "city", city[0])
	b = g.js(b, "country", city[1])
	b = g.js(b, "continent", city[2])
	b = g.js(b, "region", city[0])
	b = g.js(b, "metro", "(not set)")
	b = append(b, '}')
	b = jo(b, "traffic_source")
	b = g.js(b, "name", "(direct)")
	b = g.js(b, "medium", "(none)")
	b = g.js(b, "source", "(direct)")
	b = append(b, '}')
	b = g.js(b, "stream_id", "4178"+g.digits(6))
	b = g.js(b, "platform", "WEB")
	return Record{Line: append(b, '}')}
}

// File and print servers.

func (g *gen) sambaCups(st *streamState) Record {
	switch st.variant % 5 {
	case 1:
		return g.cupsPageLog()
	case 2:
		return g.cupsAccessLog()
	case 3:
		return g.cupsErrorLog()
	case 4:
		return g.ingressNginx()
	}
	return g.sambaAudit(st)
}

// personDoc returns a document's file name that names a person (both
// parts planted) or one that does not (kept).
func (g *gen) personDoc(sep string) string {
	if g.pct(35) {
		name := pick(g, []string{"Quarterly_Report.xlsx", "Release_Notes_2026.pdf", "Meeting_Minutes_2026-11.docx", "Budget_Q3.xlsx"})
		g.keepAt("header", name)
		return name
	}
	f, l := g.name()
	fa, la := ascii(f), ascii(l)
	kind := pick(g, []string{"Payslip", "Contract", "CV", "Sick_Note", "Offer_Letter"})
	if sep == "-" {
		kind = strings.ReplaceAll(kind, "_", "-")
	}
	g.plantAt("name", fa, sep+fa+sep)
	g.plantAt("name", la, sep+la+".")
	return kind + sep + fa + sep + la + "." + pick(g, []string{"pdf", "docx"})
}

// smbUser returns a Samba session user: a person's login (planted) or a
// service account (kept).
func (g *gen) smbUser() (login string, person bool) {
	if g.pct(80) {
		return g.personLogin(), true
	}
	return pick(g, []string{"svc-backup", "scanner", "nobody"}), false
}

// sambaAudit is one vfs_full_audit line through syslog:
// smbd_audit: %u|%I|%m|%S|operation|ok|arguments.
func (g *gen) sambaAudit(st *streamState) Record {
	b := make([]byte, 0, 400)
	t := g.now.UTC()
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	b = g.keep(b, "timestamp", months[t.Month()-1]+" "+day+" "+t.Format("15:04:05"), "")
	b = append(b, " fs01 smbd_audit: "...)
	login, person := g.smbUser()
	if person {
		b = g.plant(b, "name", login, "")
	} else {
		b = g.keep(b, "account", login, "")
	}
	b = append(b, '|')
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, '|')
	if person && g.pct(50) {
		// A NetBIOS name (15 bytes at most) made from its user's.
		f, l := g.name()
		who := strings.ToUpper(ascii(f)[:1] + ascii(l))
		if len(who) > 8 {
			who = who[:8]
		}
		g.plantAt("name", who)
		b = append(b, who+"-"+pick(g, []string{"LAPTOP", "PC", "NB"})...)
	} else {
		b = append(b, "WS-0"+g.num(100, 999)...)
	}
	b = append(b, '|')
	share := pick(g, []string{"projects", "finance", "public", "scans"})
	root := "/srv/samba/" + share
	if person && g.pct(40) {
		// The [homes] share takes its user's name.
		share = login
		root = "/home/" + login
		g.plantAt("name", login)
	}
	b = append(b, share+"|"...)
	switch g.rng.IntN(6) {
	case 0:
		b = append(b, "connect|ok|"+share...)
	case 1:
		b = append(b, "openat|ok|"+pick(g, []string{"r", "w"})+"|"+root+"/Documents/"+g.personDoc("_")...)
	case 2:
		b = append(b, "create_file|ok|0x100080|file|open|"+root+"/HR/"+g.personDoc("_")...)
	case 3:
		b = append(b, "unlinkat|ok|"+root+"/"+g.personDoc("-")...)
	case 4:
		old := g.personDoc("_")
		b = append(b, "renameat|ok|"+root+"/"+old+"|"+root+"/Archive/"+old...)
	default:
		b = append(b, "disconnect|ok|"+share...)
	}
	return Record{Line: b}
}

var cupsPrinters = []string{"HP_LaserJet_4F", "Canon_iR-ADV_C5535", "Brother_HL-L2350DW", "Xerox_WC7855_Finance"}

// cupsHost writes a client: an address (planted), a host named after its
// user (planted) or localhost.
func (g *gen) cupsHost(b []byte) []byte {
	switch g.rng.IntN(4) {
	case 0:
		return append(b, "localhost"...)
	case 1:
		h, who := g.personHost()
		g.plantAt("name", who)
		return append(b, h...)
	}
	ip, cat := g.clientIP()
	return g.plant(b, cat, ip, "")
}

// cupsUser writes a job's or request's user.
func (g *gen) cupsUser(b []byte) []byte {
	if g.pct(80) {
		return g.plant(b, "name", g.personLogin(), "")
	}
	return g.keep(b, "account", pick(g, []string{"root", "lp", "scanner"}), "")
}

// cupsPageLog is a page_log line with PageLogFormat's default:
// %p %u %j %T %P %C %{job-billing} %{job-originating-host-name} %{job-name} %{media} %{sides}.
func (g *gen) cupsPageLog() Record {
	b := make([]byte, 0, 300)
	b = append(b, pick(g, cupsPrinters)+" "...)
	b = g.cupsUser(b)
	job := g.num(1, 9999)
	b = g.keep(b, "counter", job, " "+job+" [")
	b = g.keep(b, "timestamp", g.clfTime(), "")
	b = append(b, "] total "+g.num(1, 40)+" - "...)
	b = g.cupsHost(b)
	b = append(b, ' ')
	if g.pct(30) {
		b = append(b, "Microsoft Word - "...)
	}
	b = append(b, g.personDoc("_")...)
	b = append(b, " "+pick(g, []string{"na_letter_8.5x11in", "iso_a4_210x297mm"})+" "+pick(g, []string{"one-sided", "two-sided-long-edge"})...)
	return Record{Line: b}
}

// cupsAccessLog is an access_log line: host group user [time] "request"
// status bytes ipp-operation ipp-status.
func (g *gen) cupsAccessLog() Record {
	b := make([]byte, 0, 300)
	b = g.cupsHost(b)
	b = append(b, " - "...)
	op := pick(g, []string{"Print-Job", "Create-Job", "Send-Document", "Get-Jobs", "Cancel-Job", "Get-Printer-Attributes"})
	switch n := g.rng.IntN(10); {
	case n < 5:
		b = g.plant(b, "name", g.personLogin(), "")
	case n < 6:
		b = append(b, pick(g, []string{"root", "lp"})...) // %u: masked whole (see tomcatUser)
	default:
		b = append(b, '-')
	}
	b = append(b, " ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	res := "/printers/" + pick(g, cupsPrinters)
	if op == "Get-Jobs" {
		res = "/"
	}
	if op == "Cancel-Job" {
		res = "/jobs/" + g.num(1, 9999)
	}
	b = append(b, "] \"POST "+res+" HTTP/1.1\" 200 "+g.num(100, 900000)+" "+op+" successful-ok"...)
	return Record{Line: b}
}

// cupsErrorLog is an error_log line at LogLevel info.
func (g *gen) cupsErrorLog() Record {
	b := make([]byte, 0, 300)
	b = append(b, "I ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	job := g.num(1, 9999)
	b = append(b, "] "...)
	b = g.keep(b, "counter", job, "[Job "+job+"]")
	b = append(b, ' ')
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, "Queued on \""+pick(g, cupsPrinters)+"\" by \""...)
		b = g.cupsUser(b)
		b = append(b, "\"."...)
	case 1:
		b = append(b, "Canceled by \""...)
		b = g.cupsUser(b)
		b = append(b, "\"."...)
	default:
		b = append(b, "Job completed."...)
	}
	return Record{Line: b}
}

// ingressNginx is the ingress-nginx controller's default log_format
// upstreaminfo.
func (g *gen) ingressNginx() Record {
	b := make([]byte, 0, 600)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, " - "...)
	if g.pct(10) {
		b = g.plant(b, "name", g.personLogin(), "")
	} else {
		b = append(b, '-')
	}
	b = append(b, " ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	b = append(b, "] \""...)
	target := g.path()
	if g.pct(50) {
		target += "?" + g.query(g.params(), false, nil)
	}
	b = append(b, pick(g, []string{"GET", "GET", "POST"})+" "+target+" HTTP/1.1"...)
	status := pick(g, []string{"200", "200", "201", "302", "404", "502"})
	b = g.keep(b, "status", status, "\" "+status+" ")
	b = append(b, g.num(0, 90000)...)
	b = g.refUA(b, func(s string) string { return s })
	rt := "0." + g.digits(3)
	b = append(b, " "+g.num(200, 4000)+" "...)
	b = g.keep(b, "duration", rt, rt+" [")
	b = b[:len(b)-2]
	svc := pick(g, []string{"default-shop-api-8080", "payments-checkout-80", "web-frontend-3000"})
	b = append(b, " ["+svc+"] [] "+g.privateIPv4()+":"+svc[strings.LastIndexByte(svc, '-')+1:]+" "+g.num(0, 90000)+" "+rt+" "+status+" "...)
	return Record{Line: g.keep(b, "requestid", g.hexID(32), "")}
}
