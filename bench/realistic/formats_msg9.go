package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Held-out formats written from the software's documentation before the
// engine's rules were read:
//
//   - broker_logs (Text): message brokers' own logs, one product a stream.
//     RabbitMQ 3.9+ (the logging guide's connection lifecycle events:
//     accepting AMQP connection with the Erlang pid or, 3.12+, bare
//     addresses; user 'x' authenticated and granted access to vhost;
//     closing AMQP connection with vhost and user; a refused login whose
//     reason follows on its own line; HTTP access denied from the
//     management plugin; user and permission changes), ActiveMQ Artemis's
//     audit loggers (AMQ6015xx, AMQ601715/716 with user(roles)@addr:port),
//     Mosquitto 2 (New connection from, New client connected from ... as
//     id (p2, c1, k60, u'user'), IPv6 printed bare before :port), the NATS
//     server's client lines (addr:port - cid:N - "lang:version:name" -
//     authentication error - User "x") and Apache Kafka's SocketServer
//     failed authentication lines and the authorizer log (Principal =
//     User:x is Denied Operation = ... from host = ...).
//   - vpn_gateway_logs (Text): strongSwan charon through syslog (threads
//     and <conn|N> prefixes, EAP identities, IKE_SA established between
//     local[id]...remote[id], virtual IPs), ocserv (main[user]:addr:port),
//     WireGuard (kernel dyndbg lines, wg show and wg show all dump),
//     Pulse/Ivanti Connect Secure's WELF syslog (user=, realm=, roles=,
//     msg="AUTnnnnn: ..."), SonicWall's syslog (usr="...", src=ip:port:if).
//   - chat_identity_logs (Mixed): Matrix Synapse's request log and
//     handler lines, with nginx in front logging a token in the query;
//     Prosody and ejabberd (JIDs with resources, c2s and s2s); a SCIM 2.0
//     service provider's request log (RFC 7643 User and enterprise
//     extension, RFC 7644 filters and PATCH) with the body as an object or
//     a JSON string; tac_plus accounting and authentication lines.

// msgLogin writes a broker or VPN user: a person's login or address
// (planted), or a service account (kept).
func (g *gen) msgLogin(b []byte, mail bool, accounts []string) ([]byte, string) {
	switch n := g.rng.IntN(10); {
	case n < 5:
		l := g.personLogin()
		return g.plant(b, "name", l, ""), l
	case n < 7 && mail:
		f, l := g.name()
		e := g.email(f, l)
		return g.plant(b, "email", e, ""), e
	}
	a := pick(g, accounts)
	return g.keep(b, "account", a, ""), a
}

var brokerAccounts = []string{"orders-svc", "billing-worker", "guest", "admin", "celery", "telegraf", "monitoring", "shovel-user"}

// brokerPort appends ":port" and keeps it.
func (g *gen) brokerPort(b []byte) []byte {
	p := g.num(32768, 60999)
	return g.keep(b, "port", p, ":"+p)
}

func (g *gen) brokerLogs(st *streamState) Record {
	switch st.variant % 5 {
	case 1:
		return g.artemisAudit()
	case 2:
		return g.mosquittoLine(st)
	case 3:
		return g.natsLine()
	case 4:
		return g.kafkaAuthLine()
	}
	return g.rabbitLine()
}

func (g *gen) erlPid() string { return "<0." + g.num(300, 99999) + ".0>" }

// rabbitLine writes one RabbitMQ 3.9+ log line:
// "2026-11-23 20:00:01.123456+00:00 [info] <0.1234.0> message".
func (g *gen) rabbitLine() Record {
	b := make([]byte, 0, 320)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000000")+"+00:00", "")
	pid := g.erlPid()
	g.keepAt("counter", pid)
	ip, cat := g.clientIP()
	if cat == "ipv6" {
		ip = "[" + ip + "]"
	}
	peer := func(b []byte) []byte {
		b = g.plant(b, cat, strings.Trim(ip, "[]"), ip)
		b = g.brokerPort(b)
		return append(b, " -> 10.0.0.9:5672"...)
	}
	// The client's connection_name property: an application's name, or one
	// carrying its host or its user's login.
	connName := func(b []byte) []byte {
		switch g.rng.IntN(4) {
		case 0:
			l := g.personLogin()
			b = append(b, " - "...)
			b = g.plant(b, "name", l, "")
			return append(b, "@laptop"...)
		case 1:
			return append(b, " - "+pick(g, []string{"orders-api", "celery@worker-3", "spring-amqp#2b1c", "pika"})...)
		}
		return b
	}
	switch g.rng.IntN(8) {
	case 0:
		b = append(b, " [info] "+pid+" accepting AMQP connection "...)
		if g.pct(50) {
			b = append(b, pid+" ("...)
			b = peer(b)
			b = append(b, ')')
		} else {
			b = peer(b)
		}
	case 1, 2:
		b = append(b, " [info] "+pid+" connection "...)
		if g.pct(50) {
			b = append(b, pid+" ("...)
			b = peer(b)
			b = connName(b)
			b = append(b, ')')
		} else {
			b = peer(b)
			b = connName(b)
		}
		b = append(b, ": user '"...)
		b, _ = g.msgLogin(b, true, brokerAccounts)
		b = append(b, "' authenticated and granted access to vhost '"+pick(g, []string{"/", "orders", "prod"})+"'"...)
	case 3:
		b = append(b, " [info] "+pid+" closing AMQP connection "+pid+" ("...)
		b = peer(b)
		b = append(b, ", vhost: '/', user: '"...)
		b, _ = g.msgLogin(b, true, brokerAccounts)
		b = append(b, "')"...)
	case 4:
		// The reason follows on its own line; a multiline shipper groups it.
		b = append(b, " [error] "+pid+" Error on AMQP connection "+pid+" ("...)
		b = peer(b)
		b = append(b, ", state: starting):\n"+pick(g, []string{"PLAIN", "AMQPLAIN"})+" login refused: user '"...)
		b, _ = g.msgLogin(b, true, brokerAccounts)
		b = append(b, "' - invalid credentials"...)
	case 5:
		b = append(b, " [warning] "+pid+" HTTP access denied: user '"...)
		b, _ = g.msgLogin(b, true, brokerAccounts)
		b = append(b, pick(g, []string{"' - invalid credentials", "' - Not management user", "' - Access refused."})...)
	case 6:
		b = append(b, " [info] "+pid+" "...)
		verb := pick(g, [][2]string{{"Created user '", "'"}, {"Successfully set user tags for user '", "' to [management]"}, {"Successfully set permissions for user '", "' in virtual host '/' to '.*', '.*', '.*'"}, {"Successfully changed password for user '", "'"}})
		b = append(b, verb[0]...)
		b, _ = g.msgLogin(b, true, brokerAccounts)
		b = append(b, verb[1]...)
	default:
		// MQTT plugin: the client id is a device's or a library's.
		b = append(b, " [info] "+pid+" Accepted MQTT connection "...)
		b = peer(b)
		b = append(b, " for client ID "...)
		b = g.keep(b, "uniqueid", "mqttjs_"+g.hexID(8), "")
	}
	return Record{Line: b}
}

// artemisAudit writes one line of Artemis's audit loggers
// (org.apache.activemq.audit.base / .message / .resource).
func (g *gen) artemisAudit() Record {
	b := make([]byte, 0, 320)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05,000"), "")
	ip, cat := g.clientIP()
	who := func(b []byte, roles bool) []byte {
		b, _ = g.msgLogin(b, false, []string{"admin", "artemis", "bridge-user", "amq-console"})
		if roles {
			b = append(b, "("+pick(g, []string{"amq", "admins", "amq, senders", "consumers"})+")"...)
		}
		b = append(b, '@')
		if cat == "ipv6" {
			b = append(b, '[')
			b = g.plant(b, cat, ip, "")
			b = append(b, ']')
		} else {
			b = g.plant(b, cat, ip, "")
		}
		return g.brokerPort(b)
	}
	switch g.rng.IntN(6) {
	case 0:
		b = append(b, " INFO  [org.apache.activemq.audit.base] AMQ601715: User "...)
		b = who(b, true)
		b = append(b, " successfully authenticated"...)
	case 1:
		b = append(b, " WARN  [org.apache.activemq.audit.base] AMQ601716: User "...)
		b = who(b, false)
		b = append(b, " failed authentication, reason: AMQ229031: Unable to validate user from /"...)
		b = append(b, ip...) // the same address again: its label above covers every occurrence
		p := g.num(32768, 60999)
		b = append(b, ":"+p+". Username: "...)
		b, _ = g.msgLogin(b, false, []string{"admin"})
		b = append(b, "; SSL certificate subject DN: unavailable"...)
	case 2:
		b = append(b, " INFO  [org.apache.activemq.audit.message] AMQ601500: User "...)
		b = who(b, true)
		b = append(b, " sent a message "...)
		b = g.keep(b, "uuid", g.uuid(), "")
		b = append(b, ", context: {}, transaction: null"...)
	case 3:
		b = append(b, " INFO  [org.apache.activemq.audit.base] AMQ601019: User "...)
		b = who(b, true)
		b = append(b, " is creating a queue on target resource: "+pick(g, []string{"orders", "invoices.dlq", "telemetry"})+" with parameters: [durable=true, maxConsumers=-1]"...)
	case 4:
		b = append(b, " INFO  [org.apache.activemq.audit.resource] AMQ601767: "+pick(g, []string{"CORE", "AMQP", "OPENWIRE"})+" connection "...)
		b = g.keep(b, "hash", g.hexID(8), "")
		b = append(b, " for user "...)
		b = who(b, true)
		b = append(b, " created"...)
	default:
		b = append(b, " INFO  [org.apache.activemq.audit.base] AMQ601264: User "...)
		b = who(b, true)
		b = append(b, " is getting message count on target resource: QueueImpl[name=orders] "...)
	}
	return Record{Line: b}
}

// mosquittoLine writes one Mosquitto 2 log line, the time as epoch seconds
// (the default) or, in odd streams, log_timestamp_format %Y-%m-%dT%H:%M:%S.
func (g *gen) mosquittoLine(st *streamState) Record {
	b := make([]byte, 0, 240)
	if st.n%2 == 0 {
		b = g.keep(b, "epoch", strconv.FormatInt(g.now.Unix(), 10), "")
	} else {
		b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05"), "")
	}
	b = append(b, ": "...)
	ip, cat := g.clientIP()
	port := g.num(32768, 60999)
	addr := func(b []byte) []byte {
		b = g.plant(b, cat, ip, "") // IPv6 printed bare before ":port"
		return g.keep(b, "port", port, ":"+port)
	}
	id := pick(g, []string{"mqttjs_" + g.hexID(8), "sensor-" + g.digits(4), "auto-" + strings.ToUpper(g.uuid()), "paho" + g.digits(13)})
	switch g.rng.IntN(5) {
	case 0:
		b = append(b, "New connection from "...)
		b = addr(b)
		b = append(b, " on port "+pick(g, []string{"1883", "8883"})+"."...)
	case 1, 2:
		b = append(b, "New client connected from "...)
		b = addr(b)
		b = append(b, " as "...)
		b = g.keep(b, "uniqueid", id, "")
		b = append(b, " (p"+pick(g, []string{"2", "5"})+", c"+g.num(0, 1)+", k"+pick(g, []string{"60", "30", "120"})...)
		if g.pct(85) {
			b = append(b, ", u'"...)
			b, _ = g.msgLogin(b, true, []string{"telegraf", "homeassistant", "nodered", "zigbee2mqtt"})
			b = append(b, '\'')
		}
		b = append(b, ")."...)
	case 3:
		b = append(b, "Client "...)
		b = g.keep(b, "uniqueid", id, "")
		b = append(b, " ["...)
		b = addr(b)
		b = append(b, "] disconnected"...)
		b = append(b, pick(g, []string{".", ", not authorised.", ": session taken over."})...)
	default:
		b = append(b, "Sending CONNACK to "...)
		b = g.keep(b, "uniqueid", id, "")
		b = append(b, " ("+g.num(0, 1)+", "+pick(g, []string{"0", "5", "135"})+")"...)
	}
	return Record{Line: b}
}

// natsLine writes one nats-server log line: "[pid] yyyy/mm/dd hh:mm:ss.us
// [LVL] addr:port - cid:N - ...".
func (g *gen) natsLine() Record {
	b := make([]byte, 0, 240)
	pid := g.num(1, 9999)
	b = g.keep(b, "counter", pid, "["+pid+"] ")
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006/01/02 15:04:05.000000"), "")
	ip, cat := g.clientIP()
	if cat == "ipv6" {
		b = append(b, " [ERR] ["...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ']')
	} else {
		b = append(b, " [ERR] "...)
		b = g.plant(b, cat, ip, "")
	}
	b = g.brokerPort(b)
	b = append(b, " - cid:"...)
	b = g.keep(b, "counter", g.num(5, 99999), "")
	if g.pct(60) {
		b = append(b, " - \""+pick(g, []string{"v1.31.0:go:orders-worker", "v2.11.0:node:", "v1.0.0:python3:NATS CLI Version 0.1.4"})+"\""...)
	}
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, " - authentication error - User \""...)
		b, _ = g.msgLogin(b, false, []string{"sys", "orders", "leafnode"})
		b = append(b, '"')
	case 1:
		b = append(b, " - authentication error"...)
	default:
		b = append(b, " - Publish Violation - User \""...)
		b, _ = g.msgLogin(b, false, []string{"sys", "orders"})
		b = append(b, "\", Subject \"orders.created\""...)
	}
	return Record{Line: b}
}

// kafkaAuthLine writes a Kafka broker's server.log SocketServer failure or
// a kafka-authorizer.log decision.
func (g *gen) kafkaAuthLine() Record {
	b := make([]byte, 0, 320)
	b = append(b, '[')
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05,000"), "")
	b = append(b, "] "...)
	ip, cat := g.clientIP()
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, "INFO [SocketServer listenerType=BROKER, nodeId="+g.num(1, 5)+"] Failed authentication with /"...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " (channelId=10.0.0.9:9093-"...)
		b = append(b, ip...)
		p := g.num(32768, 60999)
		b = append(b, ":"+p+"-"+g.num(1, 999)+") ("...)
		if g.pct(50) {
			b = append(b, "Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512"...)
		} else {
			b = append(b, "Authentication failed: Invalid username or password for user "...)
			b, _ = g.msgLogin(b, false, []string{"admin", "connect"})
		}
		b = append(b, ") (org.apache.kafka.common.network.Selector)"...)
	default:
		b = append(b, "INFO Principal = User:"...)
		if g.pct(30) {
			f, l := g.name()
			b = append(b, "CN="...)
			b = g.plant(b, "name", f+" "+l, "")
			b = append(b, ",OU=Engineering,O=Example Corp"...)
		} else {
			b, _ = g.msgLogin(b, true, []string{"ANONYMOUS", "connect-cluster", "schema-registry"})
		}
		b = append(b, " is "+pick(g, []string{"Denied", "Allowed"})+" Operation = "+pick(g, []string{"Read", "Write", "Describe"})+" from host = "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " on resource = Topic:LITERAL:"+pick(g, []string{"orders", "payments", "clickstream"})+" for request = Fetch with resourceRefCount = 1 (kafka.authorizer.logger)"...)
	}
	return Record{Line: b}
}

// VPN gateways.

func (g *gen) vpnGatewayLogs(st *streamState) Record {
	switch st.variant % 5 {
	case 1:
		return g.ocservLine()
	case 2:
		return g.wireguardLine(st)
	case 3:
		return g.pulseWELF()
	case 4:
		return g.sonicwallLine()
	}
	return g.charonLine()
}

func (g *gen) syslog3164(b []byte, host, prog string) []byte {
	t := g.now.UTC()
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	b = g.keep(b, "timestamp", months[t.Month()-1]+" "+day+" "+two(t.Hour())+":"+two(t.Minute())+":"+two(t.Second()), "")
	return append(b, " "+host+" "+prog+": "...)
}

// vpnIdentity returns an IKE or EAP identity: an address, a login or a
// certificate subject naming the person.
func (g *gen) vpnIdentity() (text, cat string) {
	switch g.rng.IntN(3) {
	case 0:
		f, l := g.name()
		return g.email(f, l), "email"
	case 1:
		return g.personLogin(), "name"
	}
	f, l := g.name()
	return f + " " + l, "name"
}

// charonLine writes one strongSwan charon line: thread and group, the
// connection name and unique id, then the message.
func (g *gen) charonLine() Record {
	b := g.syslog3164(make([]byte, 0, 320), "vpn-gw1", "charon")
	b = append(b, g.num(1, 16)+"[IKE] <ikev2-eap|"...)
	uid := g.num(1, 999)
	b = g.keep(b, "counter", uid, uid+">")
	b = append(b, ' ')
	ip, cat := g.clientIP()
	id, idCat := g.vpnIdentity()
	idForm := id
	if idCat == "name" && strings.Contains(id, " ") {
		idForm = "C=DE, O=Example GmbH, CN=" + id
	}
	vip := "10.10." + g.num(0, 3) + "." + g.num(2, 254)
	switch g.rng.IntN(9) {
	case 0:
		b = g.plant(b, cat, ip, "")
		b = append(b, " is initiating an IKE_SA"...)
	case 1:
		if idCat == "name" && strings.Contains(id, " ") {
			id, idCat = g.personLogin(), "name"
			idForm = id
		}
		b = append(b, "received EAP identity '"...)
		b = g.plant(b, idCat, id, "")
		b = append(b, '\'')
	case 2:
		b = append(b, "authentication of '"...)
		g.plantAt(idCat, id)
		b = append(b, idForm...)
		b = append(b, pick(g, []string{"' with EAP successful", "' with RSA_EMSA_PKCS1_SHA2_256 successful", "' with ECDSA-256 signature successful"})...)
	case 3:
		b = append(b, "IKE_SA ikev2-eap["+uid+"] established between 198.51.100.2[vpn.example.com]..."...)
		b = g.plant(b, cat, ip, "")
		b = append(b, '[')
		g.plantAt(idCat, id)
		b = append(b, idForm...)
		b = append(b, ']')
	case 4:
		b = append(b, "assigning virtual IP "...)
		b = g.plant(b, "ipv4", vip, "")
		b = append(b, " to peer '"...)
		g.plantAt(idCat, id)
		b = append(b, idForm...)
		b = append(b, '\'')
	case 5:
		b = append(b, "CHILD_SA ikev2-eap{"+g.num(1, 999)+"} established with SPIs "...)
		b = g.keep(b, "hash", g.hexID(8), "")
		b = append(b, "_i "...)
		b = g.keep(b, "hash", g.hexID(8), "")
		b = append(b, "_o and TS 0.0.0.0/0 === "...)
		b = g.plant(b, "ipv4", vip, "")
		b = append(b, "/32"...)
	case 6:
		if idCat != "email" {
			id, idCat = g.personLogin(), "name"
		}
		m := pick(g, [][2]string{{"RADIUS authentication of '", "' failed"}, {"XAuth authentication of '", "' successful"}, {"EAP-MSCHAPv2 verification failed for '", "'"}})
		b = append(b, m[0]...)
		b = g.plant(b, idCat, id, "")
		b = append(b, m[1]...)
	case 7:
		b = append(b, "deleting IKE_SA ikev2-eap["+uid+"] between 198.51.100.2[vpn.example.com]..."...)
		b = g.plant(b, cat, ip, "")
		b = append(b, '[')
		g.plantAt(idCat, id)
		b = append(b, idForm...)
		b = append(b, ']')
	default:
		b = append(b, "received packet: from "...)
		b = g.plant(b, cat, ip, "")
		p := pick(g, []string{"500", "4500", g.num(1024, 65535)})
		b = g.keep(b, "port", p, "["+p+"]")
		b = append(b, " to 198.51.100.2[4500] ("+g.num(80, 1500)+" bytes)"...)
	}
	return Record{Line: b}
}

// ocservLine writes one ocserv syslog line: main[user]:addr:port messages,
// worker and sec-mod lines.
func (g *gen) ocservLine() Record {
	b := g.syslog3164(make([]byte, 0, 260), "vpn-gw2", "ocserv["+g.num(300, 99999)+"]")
	ip, cat := g.clientIP()
	user := g.personLogin()
	hp := func(b []byte) []byte {
		if cat == "ipv6" {
			b = append(b, '[')
			b = g.plant(b, cat, ip, "")
			b = append(b, ']')
		} else {
			b = g.plant(b, cat, ip, "")
		}
		return g.brokerPort(b)
	}
	switch g.rng.IntN(6) {
	case 0:
		b = append(b, "main["...)
		b = g.plant(b, "name", user, "")
		b = append(b, "]:"...)
		b = hp(b)
		b = append(b, " user logged in"...)
	case 1:
		b = append(b, "main["...)
		b = g.plant(b, "name", user, "")
		b = append(b, "]:"...)
		b = hp(b)
		rx, tx := g.num(1000, 99999999), g.num(1000, 99999999)
		b = append(b, " user disconnected (reason: "+pick(g, []string{"user disconnected", "idle timeout", "DPD timeout"})+", rx: "...)
		b = g.keep(b, "bytes", rx, rx+",")
		b = append(b, " tx: "...)
		b = g.keep(b, "bytes", tx, tx+")")
	case 2:
		b = append(b, "worker["...)
		b = g.plant(b, "name", user, "")
		b = append(b, "]: "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " sending IPv4 "...)
		b = g.plant(b, "ipv4", "10.10."+g.num(0, 3)+"."+g.num(2, 254), "")
	case 3:
		b = append(b, "sec-mod: initiating session for user '"...)
		b = g.plant(b, "name", user, "")
		// The session's short id, the handle occtl shows: no credential,
		// but a session id as other products' are secrets; either outcome
		// is fine, so it is left unlabelled.
		b = append(b, "' (session: "+g.chars(6, b64url)+")"...)
	case 4:
		b = append(b, "worker: "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " worker-auth.c:"+g.num(900, 1600)+": failed authentication for '"...)
		b = g.plant(b, "name", user, "")
		b = append(b, '\'')
	default:
		b = append(b, "main: "...)
		b = hp(b)
		b = append(b, " user '"...)
		b = g.plant(b, "name", user, "")
		b = append(b, "' of group '"+pick(g, []string{"staff", "contractors", "it"})+"' authenticated (using cookie)"...)
	}
	return Record{Line: b}
}

// wgKey returns a Curve25519 key as wg(8) prints it: 32 bytes in base64.
func (g *gen) wgKey() string {
	k := make([]byte, 32)
	for i := range k {
		k[i] = byte(g.rng.IntN(256))
	}
	return base64.StdEncoding.EncodeToString(k)
}

// wireguardLine writes a kernel dyndbg line of the wireguard module, a line
// of wg show, or a line of wg show all dump (the interface's line with its
// private key, a peer's with its preshared key or "(none)").
//
// A peer's public key is kept: it is published to every peer, identifies a
// device's configuration rather than a person, and is what an operator
// greps the log for (as an SSH key fingerprint). The private key and the
// preshared key are secrets.
func (g *gen) wireguardLine(st *streamState) Record {
	b := make([]byte, 0, 260)
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	ep := func(b []byte) []byte {
		if cat == "ipv6" {
			b = append(b, '[')
			b = g.plant(b, cat, ip, "")
			b = append(b, ']')
		} else {
			b = g.plant(b, cat, ip, "")
		}
		return g.keep(b, "port", port, ":"+port)
	}
	vip := "10.10." + g.num(0, 3) + "." + g.num(2, 254)
	switch g.rng.IntN(7) {
	case 0, 1:
		b = g.syslog3164(b, "vpn-gw3", "kernel")
		b = append(b, "wireguard: wg0: "...)
		b = append(b, pick(g, []string{"Receiving handshake initiation from peer ", "Sending handshake response to peer ", "Receiving keepalive packet from peer "})...)
		pn := g.num(1, 400)
		b = g.keep(b, "counter", pn, pn+" (")
		b = ep(b)
		b = append(b, ')')
	case 2:
		b = append(b, "peer: "...)
		b = g.keep(b, "hash", g.wgKey(), "")
	case 3:
		b = append(b, "  endpoint: "...)
		b = ep(b)
	case 4:
		b = append(b, "  allowed ips: "...)
		b = g.plant(b, "ipv4", vip, "")
		b = append(b, "/32"...)
	case 5:
		if g.pct(30) {
			b = append(b, "wg0\t"...)
			b = g.plant(b, "secret", g.wgKey(), "")
			b = append(b, '\t')
			b = g.keep(b, "hash", g.wgKey(), "")
			b = append(b, "\t51820\toff"...)
			break
		}
		b = append(b, "wg0\t"...)
		b = g.keep(b, "hash", g.wgKey(), "")
		b = append(b, '\t')
		if g.pct(30) {
			b = g.plant(b, "secret", g.wgKey(), "")
		} else {
			b = append(b, "(none)"...)
		}
		b = append(b, '\t')
		b = ep(b)
		b = append(b, '\t')
		b = g.plant(b, "ipv4", vip, "")
		b = append(b, "/32\t"...)
		b = g.keep(b, "epoch", strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(300)), 10), "")
		rx, tx := g.num(1000, 99999999), g.num(1000, 99999999)
		b = g.keep(b, "bytes", rx, "\t"+rx+"\t")
		b = g.keep(b, "bytes", tx, tx)
		b = append(b, "\t25"...)
	default:
		b = append(b, "  transfer: "+g.num(1, 900)+"."+g.digits(2)+" MiB received, "+g.num(1, 900)+"."+g.digits(2)+" MiB sent"...)
	}
	return Record{Line: b}
}

// pulseWELF writes a Pulse/Ivanti Connect Secure event in WELF over syslog.
func (g *gen) pulseWELF() Record {
	b := make([]byte, 0, 520)
	b = append(b, "<134>"...)
	b = g.syslog3164(b, "pcs1", "PulseSecure")
	b = append(b, "id=firewall time=\""...)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05"), "")
	b = append(b, "\" pri=6 fw=198.51.100.4 vpn=ive user="...)
	ip, cat := g.clientIP()
	var user string
	if g.pct(30) {
		f, l := g.name()
		user = g.email(f, l)
		b = g.plant(b, "email", user, "")
	} else {
		user = g.personLogin()
		b = g.plant(b, "name", user, "")
	}
	realm := pick(g, []string{"Users", "AD Users", "Contractors"})
	b = append(b, " realm=\""+realm+"\" roles=\""+pick(g, []string{"Users", "Users, VPN Tunnel", "Engineering, Users"})+"\" proto=auth src="...)
	b = g.plant(b, cat, ip, "")
	b = append(b, " dst= dstname= type=vpn op= arg=\"\" result= sent= rcvd= agent=\""...)
	agent := "Pulse-Secure/9.1.18.24587 (Windows 10) Pulse/9.1.18.24587"
	b = g.keep(b, "version", "9.1.18.24587", agent)
	b = append(b, "\" duration= msg=\""...)
	sess := g.hexID(8)
	switch g.rng.IntN(5) {
	case 0:
		b = append(b, "AUT24414: Agent login succeeded for "...)
		b = append(b, user...)
		b = append(b, "/"+realm+" from "+ip+" with "+agent+"."...)
	case 1:
		b = append(b, "AUT24326: Primary authentication successful for "...)
		b = append(b, user...)
		b = append(b, "/"+pick(g, []string{"AD", "LDAP-Corp"})+" from "+ip...)
	case 2:
		b = append(b, "NWC23464: VPN Tunneling: Session started for user with IPv4 address "...)
		b = g.plant(b, "ipv4", "10.10."+g.num(0, 3)+"."+g.num(2, 254), "")
		b = append(b, ", hostname "...)
		l := strings.ToUpper(g.personLogin())
		if strings.ContainsAny(l, "@.") {
			l = strings.NewReplacer(".", "", "@", "").Replace(l)
		}
		b = g.plant(b, "name", l+"-LT", "")
	case 3:
		b = append(b, "AUT23457: Login failed using auth server AD (Active Directory).  Reason: Failed"...)
	default:
		// The session's id: a session id, which this corpus plants as a
		// secret under its key (Dovecot's), yet here an internal handle
		// no client presents; either outcome is fine, so unlabelled.
		b = append(b, "AUT22673: Logout from "+ip+" (session:"+sess+")"...)
	}
	b = append(b, '"')
	return Record{Line: b}
}

// sonicwallLine writes a SonicOS syslog event: key=value pairs, usr quoted,
// src and dst as address:port:interface.
func (g *gen) sonicwallLine() Record {
	b := make([]byte, 0, 400)
	b = append(b, "<134>id=firewall sn=0040103AB1C2 time=\""...)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05")+" UTC", "")
	b = append(b, "\" fw=198.51.100.3 pri=6 c=0 gcat=2 "...)
	ev := pick(g, [][2]string{{"1080", "SSL VPN zone remote user login allowed"}, {"1079", "User login denied due to bad credentials"}, {"1153", "SSL VPN Traffic"}, {"199", "NetExtender connected"}})
	b = append(b, "m="+ev[0]+" msg=\""+ev[1]+"\" sess=\"sslvpnc\" n="...)
	b = g.keep(b, "counter", g.num(1000, 999999), "")
	b = append(b, " usr=\""...)
	b, _ = g.msgLogin(b, true, []string{"admin", "svc-backup"})
	b = append(b, "\" src="...)
	ip, cat := g.clientIP()
	if cat == "ipv6" {
		ip, cat = g.ipv4(), "ipv4"
	}
	b = g.plant(b, cat, ip, "")
	p := g.num(1024, 65535)
	b = g.keep(b, "port", p, ":"+p+":X1")
	if ev[0] == "199" {
		b = append(b, " dst="...)
		b = g.plant(b, "ipv4", "10.10."+g.num(0, 3)+"."+g.num(2, 254), "")
	} else {
		b = append(b, " dst=198.51.100.3:4433:X1"...)
	}
	b = append(b, " proto=tcp/https fw_action=\"NA\""...)
	return Record{Line: b}
}

// Chat servers, provisioning and device administration.

func (g *gen) chatIdentityLogs(st *streamState) Record {
	switch st.variant % 4 {
	case 1:
		return g.xmppLine(st)
	case 2:
		return g.scimRequest(st)
	case 3:
		return g.tacplusLine()
	}
	return g.matrixSynapseLine()
}

var matrixServers = []string{"example.org", "matrix.example.com", "chat.example.net"}

// mxid returns a Matrix user id @localpart:server and its localpart.
func (g *gen) mxid() (string, string) {
	l := strings.ReplaceAll(g.personLogin(), "_", ".")
	return "@" + l + ":" + pick(g, matrixServers), l
}

// sytToken returns a Synapse access token: syt_, the base64 localpart, 20
// random characters and a 6-character checksum.
func (g *gen) sytToken(local string) string {
	lp := strings.TrimRight(base64.URLEncoding.EncodeToString([]byte(local)), "=")
	return "syt_" + lp + "_" + g.chars(20, base62) + "_" + g.chars(6, base62)
}

// matrixSynapseLine writes a Synapse log line in the default log config's
// format, or the nginx line in front of it.
func (g *gen) matrixSynapseLine() Record {
	b := make([]byte, 0, 480)
	ip, cat := g.clientIP()
	id, local := g.mxid()
	if g.pct(12) {
		// nginx combined in front of Synapse: a client that passes its
		// token in the query, which nginx logs as it is.
		b = g.plant(b, cat, ip, "")
		b = append(b, " - - ["...)
		b = g.keep(b, "timestamp", g.now.UTC().Format("02/Jan/2006:15:04:05 -0700"), "")
		b = append(b, "] \"GET /_matrix/media/v3/download/"+pick(g, matrixServers)+"/"+g.chars(24, base62)+"?access_token="...)
		b = g.plant(b, "secret", g.sytToken(local), "")
		b = append(b, " HTTP/1.1\" 200 "+g.num(1000, 900000)+" \"-\" \"Element/1.11.50\""...)
		return Record{Line: b}
	}
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05,000"), "")
	method := pick(g, []string{"GET", "PUT", "POST"})
	rid := method + "-" + g.num(1, 99999)
	switch g.rng.IntN(6) {
	case 0, 1, 2:
		b = append(b, " - synapse.access.http.8008 - 465 - INFO - "+rid+" - "...)
		if cat == "ipv4" && g.pct(50) {
			b = append(b, "::ffff:"...)
		}
		b = g.plant(b, cat, ip, "")
		b = append(b, " - 8008 - {"...)
		b = g.plant(b, "name", id, "")
		b = append(b, "} Processed request: 0.0"+g.digits(2)+"sec/-0.000sec (0.00"+g.digits(1)+"sec, 0.000sec) (0.000sec/0.00"+g.digits(1)+"sec/"+g.num(1, 9)+") "+g.num(2, 9999)+"B 200 \""+method+" "...)
		switch g.rng.IntN(3) {
		case 0:
			b = append(b, "/_matrix/client/v3/sync?since=s"+g.digits(6)+"_"+g.digits(5)+"_"+g.num(0, 9)+"_"+g.digits(4)+"&timeout=30000&access_token=<redacted>"...)
		case 1:
			// A client encodes the id in the path.
			o, _ := g.mxid()
			enc := strings.NewReplacer("@", "%40", ":", "%3A").Replace(o)
			b = append(b, "/_matrix/client/v3/profile/"...)
			b = g.plant(b, "name", o, enc)
			b = append(b, "/displayname"...)
		default:
			o, _ := g.mxid()
			b = append(b, "/_synapse/admin/v2/users/"...)
			b = g.plant(b, "name", o, "")
		}
		b = append(b, " HTTP/1.1\" \""+pick(g, []string{"Element/1.11.50 (Linux; Android 14)", "FluffyChat/1.14.1", "mozilla/5.0"})+"\" [0 dbevts]"...)
	case 3:
		b = append(b, " - synapse.rest.client.login - 495 - INFO - POST-"+g.num(1, 99999)+" - Got login request with identifier: "...)
		if g.pct(50) {
			b = append(b, "{'type': 'm.id.user', 'user': '"...)
			b = g.plant(b, "name", local, "")
			b = append(b, "'}, medium: None, address: None, user: None"...)
		} else {
			f, l := g.name()
			e := g.email(f, l)
			b = append(b, "{'type': 'm.id.thirdparty', 'medium': 'email', 'address': '"...)
			b = g.plant(b, "email", e, "")
			b = append(b, "'}, medium: None, address: None, user: None"...)
		}
	case 4:
		b = append(b, " - synapse.handlers.auth - 1460 - INFO - POST-"+g.num(1, 99999)+" - Failed password login for user "...)
		b = g.plant(b, "name", id, "")
	default:
		b = append(b, " - synapse.handlers.device - 1022 - INFO - PUT-"+g.num(1, 99999)+" - Updating device "...)
		b = g.keep(b, "uniqueid", g.chars(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "")
		b = append(b, " display name of user "...)
		b = g.plant(b, "name", id, "")
		b = append(b, " to \""...)
		f, _ := g.name()
		b = g.plant(b, "name", f, "")
		b = append(b, "'s Pixel 8\""...)
	}
	return Record{Line: b}
}

// xmppJID returns a bare JID localpart@domain.
func (g *gen) xmppJID() string {
	return strings.ReplaceAll(g.personLogin(), "_", ".") + "@" + pick(g, []string{"example.org", "xmpp.example.com", "example.net"})
}

// xmppLine writes a Prosody (even streams' halves) or ejabberd log line.
func (g *gen) xmppLine(st *streamState) Record {
	b := make([]byte, 0, 320)
	ip, cat := g.clientIP()
	j := g.xmppJID()
	res := pick(g, []string{"phone-" + g.digits(4), "Conversations." + g.chars(4, base62), "gajim." + g.hexID(8), "Psi+"})
	if st.variant%8 < 4 && st.n%3 != 0 || st.variant%8 >= 4 && st.n%3 == 0 {
		// Prosody: "Mon dd hh:mm:ss source\tlevel\tmessage".
		t := g.now.UTC()
		b = g.keep(b, "timestamp", months[t.Month()-1]+" "+two(t.Day())+" "+two(t.Hour())+":"+two(t.Minute())+":"+two(t.Second()), "")
		b = append(b, ' ')
		sess := "c2s" + g.hexID(12)
		switch g.rng.IntN(6) {
		case 0:
			b = g.keep(b, "uniqueid", sess, sess+"\tinfo\tClient connected")
		case 1:
			b = g.keep(b, "uniqueid", sess, sess+"\tinfo\tAuthenticated as ")
			b = g.plant(b, "email", j, "")
		case 2:
			b = g.keep(b, "uniqueid", sess, sess+"\tdebug\tResource bound: ")
			b = g.plant(b, "email", j, "")
			b = append(b, "/"+res...)
		case 3:
			b = append(b, "mod_c2s\tinfo\tAuthentication failed for "...)
			b = g.plant(b, "email", j, "")
			b = append(b, " from "...)
			b = g.plant(b, cat, ip, "")
		case 4:
			s := "s2sout" + g.hexID(12)
			b = g.keep(b, "uniqueid", s, s+"\tinfo\tOutgoing s2s connection example.org->"+pick(g, []string{"example.net", "jabber.example.com"})+" complete")
		default:
			b = g.keep(b, "uniqueid", sess, sess+"\tdebug\tReceived[c2s]: <message to='")
			to := g.xmppJID()
			b = g.plant(b, "email", to, "")
			b = append(b, "' type='chat' id='"...)
			b = g.keep(b, "uuid", g.uuid(), "")
			b = append(b, "'><body>"...)
			if g.pct(50) {
				ph := g.phone()
				b = append(b, "call me on "...)
				b = g.plant(b, "phone", ph, "")
			} else {
				b = append(b, "see you at 5"...)
			}
			b = append(b, "</body></message>"...)
		}
		return Record{Line: b}
	}
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000000")+"+00:00", "")
	pid, owner := g.erlPid(), g.erlPid()
	switch g.rng.IntN(4) {
	case 0:
		b = append(b, " [info] "+pid+"@ejabberd_c2s:handle_auth_success/4:437 (tls|"+owner+") Accepted c2s "+pick(g, []string{"SCRAM-SHA-1", "PLAIN", "SCRAM-SHA-256"})+" authentication for "...)
		b = g.plant(b, "email", j, "")
		b = append(b, " by "+pick(g, []string{"sql", "ldap", "mnesia"})+" backend from "...)
		if cat == "ipv4" {
			b = append(b, "::ffff:"...)
		}
		b = g.plant(b, cat, ip, "")
	case 1:
		b = append(b, " [info] "+pid+"@ejabberd_c2s:handle_auth_failure/4:451 (tcp|"+owner+") Failed c2s PLAIN authentication for "...)
		b = g.plant(b, "email", j, "")
		b = append(b, " from "...)
		if cat == "ipv4" {
			b = append(b, "::ffff:"...)
		}
		b = g.plant(b, cat, ip, "")
		b = append(b, ": Invalid username or password"...)
	case 2:
		b = append(b, " [info] "+pid+"@ejabberd_c2s:process_terminated/2:293 (tls|"+owner+") Closing c2s session for "...)
		b = g.plant(b, "email", j, "")
		b = append(b, "/"+res+": Connection failed: connection closed"...)
	default:
		b = append(b, " [info] "+pid+"@ejabberd_s2s_in:handle_auth_success/5:190 (tls|"+owner+") Accepted inbound s2s EXTERNAL authentication example.net -> example.org ("...)
		if cat == "ipv4" {
			b = append(b, "::ffff:"...)
		}
		// The peer server's address: a host's, not a person's; either
		// outcome is fine, so it is left unlabelled.
		b = append(b, "198.51.100.7)"...)
	}
	return Record{Line: b}
}

// scimUserBody appends an RFC 7643 User resource's members (without braces)
// and labels them. withID writes the service provider's id and meta.
func (g *gen) scimUserBody(b []byte, withID bool) []byte {
	f, l := g.name()
	email := g.email(f, l)
	b = append(jkey(b, "schemas"), `["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]`...)
	uid := g.uuid()
	if withID {
		b = g.jk(b, "id", "uuid", uid)
	}
	if g.pct(50) {
		b = g.jp(b, "userName", "email", email)
	} else {
		b = g.jp(b, "userName", "name", g.login(f, l))
	}
	if g.pct(50) {
		b = g.jk(b, "externalId", "uniqueid", "00u"+g.chars(17, base62))
	} else {
		b = g.jp(b, "externalId", "name", g.login(f, l))
	}
	b = jo(b, "name")
	b = g.jp(b, "formatted", "name", f+" "+l)
	b = g.jp(b, "familyName", "name", l)
	b = g.jp(b, "givenName", "name", f)
	b = append(b, '}')
	b = g.jp(b, "displayName", "name", f+" "+l)
	b = ja(b, "emails")
	b = jo(b, "")
	b = g.jp(b, "value", "email", email)
	b = g.js(b, "type", "work")
	b = append(jkey(b, "primary"), "true}"...)
	b = append(b, ']')
	if g.pct(70) {
		b = ja(b, "phoneNumbers")
		b = jo(b, "")
		ph := g.phone()
		if g.pct(25) {
			b = g.jf(b, "value", planted, "phone", ph, func(s string) string { return "tel:" + s })
		} else {
			b = g.jp(b, "value", "phone", ph)
		}
		b = g.js(b, "type", pick(g, []string{"work", "mobile"}))
		b = append(b, "}]"...)
	}
	if g.pct(50) {
		p := g.postalAddr()
		b = ja(b, "addresses")
		b = jo(b, "")
		b = g.js(b, "type", "work")
		// formatted: the lines joined by a newline (RFC 7643 4.1.2).
		form := jsonEsc(p.street + "\n" + p.city + " " + p.zip + "\n" + p.country)
		g.plantAt("address", p.street, jsonEsc(p.street))
		g.plantAt("address", p.zip, jsonEsc(p.zip))
		b = append(jkey(b, "formatted"), '"')
		b = append(b, form...)
		b = append(b, '"')
		b = g.jp(b, "streetAddress", "address", p.street)
		b = g.js(b, "locality", p.city)
		b = g.jp(b, "postalCode", "address", p.zip)
		b = g.js(b, "country", p.cc)
		b = append(b, "}]"...)
	}
	b = append(jkey(b, "active"), "true"...)
	b = jo(b, "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
	b = g.jp(b, "employeeNumber", "employee_id", g.empNo())
	b = g.js(b, "department", pick(g, []string{"Finance", "Engineering", "Sales"}))
	b = g.js(b, "costCenter", "CC-"+g.digits(4))
	b = jo(b, "manager")
	b = g.jk(b, "value", "uuid", g.uuid())
	mf, ml := g.name()
	b = g.jp(b, "displayName", "name", mf+" "+ml)
	b = append(b, "}}"...)
	if withID {
		b = jo(b, "meta")
		b = g.js(b, "resourceType", "User")
		b = g.jk(b, "created", "timestamp", g.now.Add(-72*3600e9).UTC().Format("2006-01-02T15:04:05Z"))
		b = g.jk(b, "lastModified", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
		v := g.hexID(15)
		g.keepAt("hash", v)
		b = g.js(b, "version", `W/"`+v+`"`)
		b = g.js(b, "location", "https://app.example.com/scim/v2/Users/"+uid)
		b = append(b, '}')
	}
	return b
}

// scimRequest writes a service provider's request log entry as JSON: the
// body as an object (even streams) or as a JSON string (odd streams).
func (g *gen) scimRequest(st *streamState) Record {
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	b = g.jk(b, "ts", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "level", "info")
	b = g.js(b, "logger", "scim")
	ip, cat := g.clientIP()
	b = g.jp(b, "remote_addr", cat, ip)
	b = g.js(b, "user_agent", pick(g, []string{"Okta SCIM Client 1.0.0", "Azure AD SCIM Client", "OneLogin SCIM"}))
	b = g.jk(b, "request_id", "requestid", g.uuid())
	var body []byte
	method, path, status := "POST", "/scim/v2/Users", "201"
	switch g.rng.IntN(4) {
	case 0:
		body = g.scimUserBody(append(body, '{'), false)
		body = append(body, '}')
	case 1:
		method, status = "PUT", "200"
		id := g.uuid()
		path += "/" + id
		g.keepAt("uuid", id)
		body = g.scimUserBody(append(body, '{'), true)
		body = append(body, '}')
	case 2:
		method, status = "PATCH", "200"
		id := g.uuid()
		path += "/" + id
		g.keepAt("uuid", id)
		body = append(body, `{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[`...)
		f, l := g.name()
		switch g.rng.IntN(3) {
		case 0:
			body = append(body, `{"op":"replace","path":"emails[type eq \"work\"].value"`...)
			body = g.jp(body, "value", "email", g.email(f, l))
		case 1:
			body = append(body, `{"op":"replace"`...)
			body = jo(body, "value")
			body = g.jp(body, "name.familyName", "name", l)
			body = g.jp(body, "phoneNumbers[type eq \"mobile\"].value", "phone", g.phone())
			body = append(body, '}')
		default:
			body = append(body, `{"op":"replace","path":"active","value":false`...)
		}
		body = append(body, "}]}"...)
	default:
		method, status = "GET", "200"
		f, l := g.name()
		e := g.email(f, l)
		q := "?filter=" + pctEnc(`userName eq "`+e+`"`, false, false) + "&startIndex=1&count=100"
		g.plantAt("email", e, pctEnc(e, false, false))
		path += q
	}
	b = g.js(b, "method", method)
	b = append(jkey(b, "path"), '"')
	b = append(b, jsonEsc(path)...)
	b = append(b, '"')
	b = jn(b, "status", status)
	d := g.num(3, 900)
	b = jn(b, "duration_ms", d)
	if len(body) > 0 {
		if st.variant%2 == 1 {
			// The body logged as a string: every label's form escaped again.
			for i := range g.plants {
				for k, f := range g.plants[i].Forms {
					if strings.Contains(string(body), f) {
						g.plants[i].Forms[k] = jsonEsc(f)
					}
				}
			}
			for i := range g.keeps {
				for k, f := range g.keeps[i].Forms {
					if strings.Contains(string(body), f) {
						g.keeps[i].Forms[k] = jsonEsc(f)
					}
				}
			}
			b = append(jkey(b, "body"), '"')
			b = append(b, jsonEsc(string(body))...)
			b = append(b, '"')
		} else {
			b = append(jkey(b, "body"), body...)
		}
	}
	b = append(b, '}')
	return Record{Line: b}
}

// tacplusLine writes a tac_plus accounting record (tab-separated: time,
// NAS, user, port, remote address, record type, then attribute-value
// pairs) or a tac_plus syslog authentication line.
func (g *gen) tacplusLine() Record {
	b := make([]byte, 0, 320)
	t := g.now.UTC()
	user := g.personLogin()
	ip, cat := g.clientIP()
	if g.pct(25) {
		b = g.syslog3164(b, "aaa1", "tac_plus["+g.num(300, 99999)+"]")
		switch g.rng.IntN(2) {
		case 0:
			b = append(b, "login failure: "...)
			b = g.plant(b, "name", user, "")
			b = append(b, ' ')
			b = g.plant(b, cat, ip, "")
			b = append(b, " (10.0.0."+g.num(1, 9)+") vty"+g.num(0, 4)...)
		default:
			b = append(b, "pap-login query for '"...)
			b = g.plant(b, "name", user, "")
			b = append(b, "' port tty"+g.num(1, 9)+" from 10.0.0."+g.num(1, 9)+" accepted"...)
		}
		return Record{Line: b}
	}
	b = g.keep(b, "timestamp", months[t.Month()-1]+" "+two(t.Day())+" "+two(t.Hour())+":"+two(t.Minute())+":"+two(t.Second()), "")
	b = append(b, "\t10.0.0."+g.num(1, 9)+"\t"...)
	b = g.plant(b, "name", user, "")
	b = append(b, "\ttty"+g.num(1, 9)+"\t"...)
	b = g.plant(b, cat, ip, "")
	rt := pick(g, []string{"start", "stop", "update"})
	b = append(b, "\t"+rt+"\t"...)
	tid := g.num(1, 99999)
	b = g.keep(b, "counter", tid, "task_id="+tid)
	b = append(b, "\ttimezone=UTC\tservice=shell"...)
	switch g.rng.IntN(4) {
	case 0:
		b = append(b, "\tpriv-lvl=15\tcmd="+pick(g, []string{"show running-config <cr>", "configure terminal <cr>", "interface GigabitEthernet0/1 <cr>", "write memory <cr>"})...)
	case 1:
		// A command that names an account and its secret.
		o := g.personLogin()
		pw := g.token(12)
		b = append(b, "\tpriv-lvl=15\tcmd=username "...)
		b = g.plant(b, "name", o, "")
		b = append(b, " privilege 15 secret 0 "...)
		b = g.plant(b, "secret", pw, "")
		b = append(b, " <cr>"...)
	case 2:
		el := g.num(1, 9999)
		b = append(b, "\tdisc-cause=1\tdisc-cause-ext=1020\tpre-session-time="+g.num(0, 9)+"\telapsed_time="...)
		b = g.keep(b, "duration", el, "")
		b = append(b, "\tstop_time="...)
		b = g.keep(b, "epoch", strconv.FormatInt(g.now.Unix(), 10), "")
	default:
		b = append(b, "\tpriv-lvl=1\tcmd=ping "...)
		b = append(b, "10.0.0."+g.num(10, 99)+" <cr>"...)
	}
	return Record{Line: b}
}
