package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Mail transport and mail filter logs: Microsoft Exchange's message
// tracking log, Exchange Online's message trace exports and Gmail's log
// events in BigQuery, Rspamd's and spamd's log lines and two e-mail
// security gateways' SIEM records.
//
// Planted: e-mail addresses (senders, recipients, return paths, a user's
// login when it is an address), client addresses, logins (Rspamd's user:,
// spamd's "for user:uid"), display names, subjects and attachment names
// when they name a person ("Payslip for Jane Doe", "CV_Olena_Kovalenko.pdf").
// Kept: times, internal and network message ids, connector ids, event
// ids, sizes, counts, scores, tenant ids, hashes, queue ids. A Message-ID
// (RFC 5322 msg-id) is a random local part at a host: kept where a key or
// field name says it is one (messageID, MsgId, rfc2822_message_id,
// Rspamd's "id:", spamd's mid=), unlabelled in Exchange's unkeyed CSV
// columns.

// mailSubject returns a subject and, when it names a person, the name as
// it is written there ("" otherwise).
func (g *gen) mailSubject() (subj, name string) {
	f, l := g.name()
	full := f + " " + l
	switch g.rng.IntN(9) {
	case 0:
		return "Payslip for " + full, full
	case 1:
		return "Re: " + full + "'s sick note", full
	case 2:
		return "Fw: CV - " + full, full
	case 3:
		return "Leave request from " + full, full
	case 4:
		return "Welcome " + full + "!", full
	case 5:
		return "Quarterly report", ""
	case 6:
		return "Re: Invoice 2026-" + g.num(10, 11) + "-" + g.num(100, 999), ""
	case 7:
		return "Meeting notes", ""
	}
	return "Out of office", ""
}

// attachmentName returns a file name and, when it names a person, the name
// as the file name writes it.
func (g *gen) attachmentName() (file, name string) {
	f, l := g.name()
	af, al := ascii(f), ascii(l)
	switch g.rng.IntN(6) {
	case 0:
		return "CV_" + af + "_" + al + ".pdf", af + "_" + al
	case 1:
		return "Payslip November 2026 - " + f + " " + l + ".pdf", f + " " + l
	case 2:
		return f + " " + l + " - sick note.pdf", f + " " + l
	case 3:
		return "invoice_" + g.num(10000, 99999) + ".pdf", ""
	case 4:
		return "report-Q3.xlsx", ""
	}
	return "image001.png", ""
}

// plantName records a subject's name, if any, in the forms it takes.
func (g *gen) plantName(name string, forms ...string) {
	if name != "" {
		g.plantAt("name", name, forms...)
	}
}

// exCSV appends s as Exchange's CSV writer does: in double quotes, '"'
// doubled, only when it holds a comma, a quote or a line break.
func exCSV(b []byte, s string) []byte {
	if strings.ContainsAny(s, ",\"\r\n") {
		return csvq(b, s)
	}
	return append(b, s...)
}

var exchangeFields2013 = "date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data"

// exchangeTrackingLog: Exchange Server 2013-2019 message tracking
// (MSGTRK*.LOG): the #Software, #Version, #Log-type, #Date and #Fields
// header, then one CSV row an event (RECEIVE, SUBMIT, SEND, DELIVER,
// EXPAND, RESOLVE, FAIL, DSN, AGENTINFO, HAREDIRECT) in the #Fields order;
// several recipients joined by ';', a recipient status per recipient;
// Exchange 2019's three extra fields in odd streams.
func (g *gen) exchangeTrackingLog(st *streamState) Record {
	fields := exchangeFields2013
	ver := "15.01.2507.035"
	if st.variant%2 == 1 {
		fields = exchangeFields
		ver = "15.02.1544.004"
	}
	switch st.n {
	case 0:
		return Record{Line: []byte("#Software: Microsoft Exchange Server"), Header: true}
	case 1:
		return Record{Line: []byte("#Version: " + ver), Header: true}
	case 2:
		return Record{Line: []byte("#Log-type: Message Tracking Log"), Header: true}
	case 3:
		return Record{Line: []byte("#Date: " + g.now.UTC().Format("2006-01-02T15:04:05.000Z")), Header: true}
	case 4:
		return Record{Line: []byte("#Fields: " + fields), Header: true}
	}
	t := g.now.UTC()
	b := make([]byte, 0, 900)
	b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05.000Z"), "")
	events := []string{"RECEIVE", "RECEIVE", "SUBMIT", "SEND", "DELIVER", "DELIVER", "EXPAND", "RESOLVE", "FAIL", "DSN", "AGENTINFO", "HAREDIRECT"}
	ev := pick(g, events)
	fromF, fromL := g.name()
	from := g.email(fromF, fromL)
	nr := 1 + g.rng.IntN(3)
	rcpts := make([]string, nr)
	for i := range rcpts {
		f, l := g.name()
		rcpts[i] = g.email(f, l)
	}
	smtpIn := ev == "RECEIVE" && g.pct(70)
	// client-ip, client-hostname, server-ip, server-hostname
	b = append(b, ',')
	switch {
	case smtpIn:
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
		b = append(b, ","+pick(g, []string{"mail.example.net", "mx1.example.org", "EX02.corp.example.com"})+","...)
		b = append(b, "10.0.0."+g.num(2, 40)+",EX01.corp.example.com,"...)
	case ev == "SEND":
		b = append(b, "10.0.0."+g.num(2, 40)+",EX01.corp.example.com,"...)
		mx := g.ipv4()
		b = g.plant(b, "ipv4", mx, "")
		b = append(b, ",mx"+g.num(1, 3)+".example.org,"...)
	default:
		b = append(b, ",EX01.corp.example.com,,EX01,"...)
	}
	// source-context, connector-id, source
	switch ev {
	case "RECEIVE", "SEND":
		ctx := "08DC" + strings.ToUpper(g.hexID(12))
		b = g.keep(b, "hash", ctx, "")
		b = append(b, ";"+t.Add(-time.Duration(g.rng.IntN(900))*time.Millisecond).Format("2006-01-02T15:04:05.000Z")+";"+g.num(0, 9)...)
		if smtpIn {
			conn := pick(g, []string{`EX01\Default Frontend EX01`, `EX01\Client Proxy EX01`, `Inbound from Office 365`})
			b = append(b, ","+conn+",SMTP,"...)
		} else if ev == "SEND" {
			b = append(b, ",Internet Send Connector,SMTP,"...)
		} else {
			b = append(b, ",,STOREDRIVER,"...)
		}
	case "SUBMIT":
		ctx := "MDB:" + g.uuid() + ", Mailbox:" + g.uuid() + ", Event:" + g.num(100000, 9999999) + ", MessageClass:IPM.Note, CreationTime:" + t.Add(-2*time.Second).Format("2006-01-02T15:04:05.000Z") + ", ClientType:" + pick(g, []string{"OWA", "MOMT", "AirSync"}) + ", SubmissionAssistant:MailboxTransportSubmissionEmailAgent"
		b = exCSV(b, ctx)
		b = append(b, ",,STOREDRIVER,"...)
	case "DELIVER":
		b = g.keep(b, "counter", g.num(10000, 99999), "")
		b = append(b, ",,STOREDRIVER,"...)
	case "EXPAND", "RESOLVE":
		b = append(b, ",,ROUTING,"...)
	case "AGENTINFO":
		b = append(b, "Transport Rule Agent,,AGENT,"...)
	default:
		b = append(b, ",,"+pick(g, []string{"SMTP", "DSN", "ROUTING"})+","...)
	}
	b = append(b, ev...)
	imid := g.num(100000000, 999999999) + g.digits(4)
	b = g.keep(b, "counter", imid, ","+imid+",")
	// The Message-ID column, named by the #Fields header: an id.
	b = g.keep(b, "requestid", "<"+strings.ToUpper(g.hexID(32))+"@EX01.corp.example.com>", "")
	b = append(b, ',')
	b = g.keep(b, "uuid", g.uuid(), "")
	b = append(b, ',')
	// recipient-address and recipient-status
	var rs []string
	for i, r := range rcpts {
		if i > 0 {
			b = append(b, ';')
		}
		b = g.plant(b, "email", r, "")
		switch ev {
		case "FAIL":
			rs = append(rs, "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")
		case "SEND", "RECEIVE":
			rs = append(rs, "250 2.1.5 Recipient OK")
		default:
			rs = append(rs, "")
		}
	}
	b = append(b, ',')
	b = exCSV(b, strings.Join(rs, ";"))
	size := g.num(2000, 9000000)
	b = g.keep(b, "bytes", size, ","+size+",")
	b = append(b, strconv.Itoa(nr)+","...)
	// related-recipient-address: EXPAND names the group, RESOLVE the
	// address it resolved to.
	switch ev {
	case "EXPAND":
		b = append(b, "all-staff@corp.example.com"...)
	case "RESOLVE":
		f, l := g.name()
		b = g.plant(b, "email", g.email(f, l), "")
	}
	b = append(b, ',')
	if ev == "SEND" || ev == "DSN" {
		b = append(b, "<"+strings.ToUpper(g.hexID(32))+"@EX01.corp.example.com>"...)
	}
	b = append(b, ',')
	subj, who := g.mailSubject()
	b = exCSV(b, subj)
	g.plantName(who)
	b = append(b, ',')
	b = g.plant(b, "email", from, "")
	b = append(b, ',')
	if g.pct(85) {
		b = g.plant(b, "email", from, "")
	} else {
		b = append(b, "<>"...)
	}
	b = append(b, ',')
	switch ev {
	case "SUBMIT", "RECEIVE":
		mi := t.Add(-3*time.Second).Format("2006-01-02T15:04:05.000Z") + ";SRV=EX01.corp.example.com:TOTAL-SUB=0.262|SA=0.128|MTSS=0.116"
		b = exCSV(b, mi)
	case "DELIVER":
		b = append(b, "0cI:"...)
	}
	b = append(b, ","+pick(g, []string{"Incoming", "Originating"})+","...)
	if g.pct(30) {
		b = g.keep(b, "uuid", g.uuid(), "")
	}
	b = append(b, ',')
	if smtpIn && g.pct(60) {
		oc, ocat := g.clientIP()
		b = g.plant(b, ocat, oc, "")
	}
	b = append(b, ",10.0.0."+g.num(2, 40)+","...)
	cd := "S:DeliveryPriority=Normal;S:AccountForest=corp.example.com"
	if ev == "AGENTINFO" {
		cd = "S:AMA=SUM|action=p|error=|atch=" + g.num(0, 3) + ";S:TRA=ETR|ruleId=" + g.uuid() + "|st=" + t.Format("1/2/2006 3:04:05 PM") + "|action=SetHeader|sev=1|mode=Enforce"
	}
	b = exCSV(b, cd)
	if st.variant%2 == 1 {
		b = append(b, ",Email,"...)
		b = g.keep(b, "uuid", g.uuid(), "")
		b = append(b, ",15.02.1544.004"...)
	}
	return Record{Line: b}
}

// o365MessageTrace: one source a stream. Get-MessageTrace piped to
// Export-Csv -NoTypeInformation (every field quoted: Organization,
// MessageId, Received, SenderAddress, RecipientAddress, Subject, Status,
// ToIP, FromIP, Size, MessageTraceId, StartDate, EndDate, Index); the
// admin center's downloadable message trace report (origin_timestamp_utc,
// sender_address, recipient_status "address##Receive, Deliver",
// message_subject, total_bytes, message_id, network_message_id,
// original_client_ip, directionality, connector_id, delivery_priority);
// Gmail log events exported to BigQuery (event_info, message_info with
// source, destination[], connection_info, attachment[]), one row as JSON.
func (g *gen) o365MessageTrace(st *streamState) Record {
	switch st.variant % 3 {
	case 1:
		return g.getMessageTrace(st)
	case 2:
		return g.traceReport(st)
	}
	return g.gmailBigQuery()
}

func (g *gen) getMessageTrace(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte(`"Organization","MessageId","Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageTraceId","StartDate","EndDate","Index"`), Header: true}
	}
	t := g.now.UTC()
	b := make([]byte, 0, 600)
	b = append(b, `"contoso.onmicrosoft.com","`...)
	mid := "<" + g.chars(20, base62) + "@" + pick(g, []string{"mail.gmail.com", "EX01.corp.example.com", "PH0PR11MB4872.namprd11.prod.outlook.com"}) + ">"
	b = g.keep(b, "requestid", mid, "")
	b = append(b, `","`...)
	b = g.keep(b, "timestamp", t.Format("1/2/2006 3:04:05 PM"), "")
	b = append(b, `","`...)
	f, l := g.name()
	b = g.plant(b, "email", g.email(f, l), "")
	b = append(b, `","`...)
	f2, l2 := g.name()
	b = g.plant(b, "email", g.email(f2, l2), "")
	b = append(b, `",`...)
	subj, who := g.mailSubject()
	b = csvq(b, subj)
	g.plantName(who)
	b = append(b, `,"`+pick(g, []string{"Delivered", "Failed", "FilteredAsSpam", "Quarantined", "Expanded"})+`","`...)
	if g.pct(50) {
		b = g.plant(b, "ipv4", g.ipv4(), "")
	}
	b = append(b, `","`...)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, `","`...)
	size := g.num(2000, 9000000)
	b = g.keep(b, "bytes", size, `"`+size+`"`)[:len(b)]
	b = append(b, size+`","`...)
	b = g.keep(b, "uuid", g.uuid(), "")
	b = append(b, `","`+t.Add(-48*time.Hour).Format("1/2/2006")+` 12:00:00 AM","`+t.Format("1/2/2006")+` 12:00:00 AM","`+strconv.Itoa(st.n-1)+`"`...)
	return Record{Line: b}
}

func (g *gen) traceReport(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte("origin_timestamp_utc,sender_address,recipient_status,message_subject,total_bytes,message_id,network_message_id,original_client_ip,directionality,connector_id,delivery_priority"), Header: true}
	}
	t := g.now.UTC()
	b := make([]byte, 0, 600)
	b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05.0000000Z"), "")
	b = append(b, ',')
	f, l := g.name()
	b = g.plant(b, "email", g.email(f, l), "")
	b = append(b, ',')
	// recipient_status: address##events, recipients joined by ';'. The
	// events hold ", ": the field is quoted.
	n := 1 + g.rng.IntN(2)
	b = append(b, '"')
	for i := 0; i < n; i++ {
		if i > 0 {
			b = append(b, ';')
		}
		f2, l2 := g.name()
		b = g.plant(b, "email", g.email(f2, l2), "")
		b = append(b, "##"+pick(g, []string{"Receive, Deliver", "Receive, Send", "Receive, Fail", "Receive, Expand"})...)
	}
	b = append(b, `",`...)
	subj, who := g.mailSubject()
	b = exCSV(b, subj)
	g.plantName(who)
	size := g.num(2000, 9000000)
	b = g.keep(b, "bytes", size, ","+size+",")
	b = g.keep(b, "requestid", "<"+g.chars(24, base62)+"@"+pick(g, []string{"mail.gmail.com", "AM6PR04MB5351.eurprd04.prod.outlook.com"})+">", "")
	b = append(b, ',')
	b = g.keep(b, "uuid", g.uuid(), "")
	b = append(b, ',')
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, ","+pick(g, []string{"Inbound", "Outbound", "Intra-org"})+","+pick(g, []string{"", "Outbound to Partner", "Inbound from Relay"})+",Normal"...)
	return Record{Line: b}
}

func (g *gen) gmailBigQuery() Record {
	t := g.now.UTC()
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	b = jo(b, "event_info")
	us := strconv.FormatInt(t.UnixMicro(), 10)
	b = g.jk(b, "timestamp_usec", "epoch", us)
	el := g.num(1000, 900000)
	b = g.jk(b, "elapsed_time_usec", "duration", el)
	b = jn(b, "success", "true")
	b = append(b, '}')
	b = jo(b, "message_info")
	b = g.jk(b, "rfc2822_message_id", "requestid", "<CA"+g.chars(40, b64url)+"@mail.gmail.com>")
	subj, who := g.mailSubject()
	b = g.js(b, "subject", subj)
	g.plantName(who, jsonEsc(who))
	b = jo(b, "source")
	f, l := g.name()
	from := g.email(f, l)
	b = g.jp(b, "address", "email", from)
	b = g.jp(b, "from_header_address", "email", from)
	if g.pct(60) {
		b = g.jp(b, "from_header_displayname", "name", f+" "+l)
	}
	b = g.js(b, "service", pick(g, []string{"smtp-inbound", "gmail-ui", "smtp-msa"}))
	b = append(b, '}')
	b = ja(b, "destination")
	for i := 0; i < 1+g.rng.IntN(2); i++ {
		b = jo(b, "")
		f2, l2 := g.name()
		b = g.jp(b, "address", "email", g.email(f2, l2))
		b = g.js(b, "service", "gmail-ui")
		b = g.js(b, "selector", "")
		b = append(b, '}')
	}
	b = append(b, ']')
	b = jo(b, "connection_info")
	ip, cat := g.clientIP()
	b = g.jp(b, "client_ip", cat, ip)
	b = g.js(b, "smtp_tls_cipher", "ECDHE-RSA-AES128-GCM-SHA256")
	b = g.js(b, "smtp_tls_version", "TLSv1.3")
	b = jn(b, "smtp_reply_code", "250")
	b = append(b, '}')
	b = jn(b, "num_message_attachments", "1")
	b = jn(b, "payload_size", g.num(2000, 9000000))
	b = ja(b, "attachment")
	b = jo(b, "")
	file, named := g.attachmentName()
	b = g.js(b, "file_name", file)
	g.plantName(named, jsonEsc(named))
	b = g.js(b, "file_extension_type", file[strings.LastIndexByte(file, '.')+1:])
	b = g.jk(b, "sha256", "hash", g.hexID(64))
	b = append(b, "}]"...)
	b = jo(b, "spam_info")
	b = g.js(b, "classification", pick(g, []string{"1", "2", "3"}))
	b = g.js(b, "disposition", pick(g, []string{"1", "2"}))
	b = append(b, "}}}"...)
	return Record{Line: b}
}

// mailFilters: one product a stream. Rspamd's task log line
// (rspamd_task_write_log with the default log_format: id, qid, ip, user,
// from, the (default: action) block with score and symbols, len, time,
// dns req, digest, rcpts, mime_rcpts) and a custom log_format adding
// mime_from and subject; SpamAssassin spamd through syslog (connection
// from, setuid to, processing message, identified spam / clean message,
// result: with user=, rhost=, raddr=, mid=); Proofpoint TAP SIEM API
// messagesDelivered and Mimecast SIEM log records as JSON (sender,
// recipient[], headerFrom with a display name, senderIP, subject,
// messageParts[].filename).
func (g *gen) mailFilters(st *streamState) Record {
	switch st.variant % 4 {
	case 1, 3:
		return g.rspamdLine(st.variant%4 == 3)
	case 2:
		return g.spamdLine()
	}
	if g.pct(50) {
		return g.proofpointJSON()
	}
	return g.mimecastJSON()
}

func (g *gen) rspamdLine(custom bool) Record {
	t := g.now.UTC()
	b := make([]byte, 0, 900)
	b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05")+"."+g.digits(3), "")
	b = append(b, " #"...)
	pid := g.num(1000, 99999)
	b = g.keep(b, "counter", pid, "#"+pid+"(")[:len(b)]
	b = append(b, pid+"(normal) <"+g.hexID(6)+">; task; rspamd_task_write_log: id: <"...)
	// The Message-ID under "id": a key that holds user ids written as
	// addresses as often, so unlabelled.
	b = append(b, g.chars(16, base62)+"@"+pick(g, []string{"mail.example.net", "EX01.corp.example.com", "mail.gmail.com"})...)
	b = append(b, ">, qid: <"...)
	qid := strings.ToUpper(g.hexID(10))
	b = g.keep(b, "uniqueid", qid, "")
	b = append(b, ">, ip: "...)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, ',')
	f, l := g.name()
	from := g.email(f, l)
	if g.pct(40) {
		b = append(b, " user: "...)
		if g.pct(50) {
			b = g.plant(b, "email", from, "")
		} else {
			login := g.personLogin()
			b = g.plant(b, "name", login, " "+login+",")[:len(b)]
			b = append(b, login...)
		}
		b = append(b, ',')
	}
	b = append(b, " from: <"...)
	b = g.plant(b, "email", from, "")
	score := g.num(0, 14) + "." + g.digits(2)
	act := pick(g, []string{"F (no action)", "T (reject)", "F (add header)", "F (greylist)"})
	b = append(b, ">, (default: "+act+": ["+score+"/15.00] [BAYES_HAM(-3.00){100.00%;},R_SPF_ALLOW(-0.20){+ip4:203.0.113.0/24;},MIME_GOOD(-0.10){text/plain;},ARC_NA(0.00){},RCPT_COUNT_ONE(0.00){1;}]), len: "...)
	size := g.num(800, 900000)
	b = g.keep(b, "bytes", size, " "+size+",")[:len(b)]
	b = append(b, size+", time: "+g.num(10, 900)+"."+g.digits(3)+"ms, dns req: "+g.num(1, 60)+", digest: <"...)
	b = g.keep(b, "hash", g.hexID(32), "")
	b = append(b, ">, rcpts: <"...)
	f2, l2 := g.name()
	to := g.email(f2, l2)
	b = g.plant(b, "email", to, "")
	b = append(b, ">, mime_rcpts: <"...)
	b = g.plant(b, "email", to, "")
	b = append(b, '>')
	if custom {
		b = append(b, ", mime_from: <"...)
		b = g.plant(b, "email", from, "")
		subj, who := g.mailSubject()
		b = append(b, ">, subject: \""+subj+"\""...)
		g.plantName(who)
	}
	return Record{Line: b}
}

func (g *gen) spamdLine() Record {
	t := g.now
	b := make([]byte, 0, 700)
	b = append(b, t.Format("Jan _2 15:04:05")+" mx1 spamd["...)
	pid := g.num(1000, 99999)
	b = g.keep(b, "counter", pid, "["+pid+"]")[:len(b)]
	b = append(b, pid+"]: "...)
	f, l := g.name()
	// userForm writes the user spamd scans for: an address or a login,
	// the login labelled with the bytes around it (before, after).
	userForm := func(b []byte, before, after string) []byte {
		if g.pct(50) {
			return g.plant(b, "email", g.email(f, l), "")
		}
		user := g.personLogin()
		g.plantAt("name", user, before+user+after)
		return append(b, user...)
	}
	uid := g.num(1001, 4000)
	mid := g.chars(18, base62) + "@" + pick(g, []string{"mail.example.net", "mail.gmail.com"})
	switch g.rng.IntN(5) {
	case 0:
		b = append(b, "spamd: connection from "...)
		ip, cat := g.clientIP()
		b = append(b, "mail.example.net ["...)
		b = g.plant(b, cat, ip, "")
		b = append(b, "]:"+g.num(30000, 65000)+" to port 783, fd "+g.num(5, 12)...)
	case 1:
		b = append(b, "spamd: setuid to "...)
		b = userForm(b, " ", " ")
		b = append(b, " succeeded"...)
	case 2:
		// The Message-ID after "message": no key names it, so it is
		// left unlabelled (an address's shape).
		b = append(b, "spamd: processing message <"+mid...)
		b = append(b, "> for "...)
		b = userForm(b, " ", ":")
		b = append(b, ":"+uid...)
	case 3:
		sc := g.num(0, 20) + "." + g.num(0, 9)
		b = append(b, "spamd: "+pick(g, []string{"identified spam (", "clean message ("})+sc+"/5.0) for "...)
		b = userForm(b, " ", ":")
		b = append(b, ":"+uid+" in "+g.num(0, 9)+"."+g.num(1, 9)+" seconds, "...)
		size := g.num(800, 900000)
		b = g.keep(b, "bytes", size, " "+size+" bytes")[:len(b)]
		b = append(b, size+" bytes."...)
	default:
		b = append(b, "spamd: result: "+pick(g, []string{"Y 7", ". 0", ". -1"})+" - BAYES_00,DKIM_SIGNED,DKIM_VALID,HTML_MESSAGE,SPF_PASS scantime="+g.num(0, 4)+"."+g.num(1, 9)+",size="...)
		size := g.num(800, 900000)
		b = g.keep(b, "bytes", size, "="+size+",")[:len(b)]
		b = append(b, size+",user="...)
		b = userForm(b, "=", ",")
		b = append(b, ",uid="+uid+",required_score=5.0,rhost="...)
		ip, cat := g.clientIP()
		b = append(b, "mail.example.net,raddr="...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ",rport="+g.num(30000, 65000)+",mid=<"...)
		b = g.keep(b, "requestid", mid, "")
		b = append(b, ">,bayes=0."+g.digits(6)+",autolearn=no autolearn_force=no"...)
	}
	return Record{Line: b}
}

func (g *gen) proofpointJSON() Record {
	t := g.now.UTC()
	b := make([]byte, 0, 1800)
	b = append(b, '{')
	b = g.jk(b, "GUID", "requestid", g.chars(32, b64url))
	b = g.jk(b, "QID", "uniqueid", g.chars(14, base62))
	b = append(b, `,"ccAddresses":[]`...)
	b = g.js(b, "clusterId", "corp_hosted")
	b = g.js(b, "completelyRewritten", "true")
	f, l := g.name()
	from := g.email(f, l)
	b = g.jp(b, "fromAddress", "email", from)
	b = append(b, `,"headerCC":null`...)
	hf := `"` + f + " " + l + `" <` + from + ">"
	b = g.js(b, "headerFrom", hf)
	g.plantAt("name", f+" "+l, jsonEsc(f+" "+l))
	b = append(b, `,"headerReplyTo":null`...)
	f2, l2 := g.name()
	to := g.email(f2, l2)
	b = g.js(b, "headerTo", f2+" "+l2+" <"+to+">")
	g.plantAt("name", f2+" "+l2, jsonEsc(f2+" "+l2))
	g.plantAt("email", to)
	b = jn(b, "impostorScore", "0")
	b = jn(b, "malwareScore", "0")
	b = g.jk(b, "messageID", "requestid", "<"+g.chars(20, base62)+"@mail.example.net>")
	b = ja(b, "messageParts")
	b = jo(b, "")
	b = g.js(b, "contentType", "application/pdf")
	b = g.js(b, "disposition", "attached")
	file, named := g.attachmentName()
	b = g.js(b, "filename", file)
	g.plantName(named, jsonEsc(named))
	b = g.jk(b, "md5", "hash", g.hexID(32))
	b = g.js(b, "sandboxStatus", "clean")
	b = g.jk(b, "sha256", "hash", g.hexID(64))
	b = append(b, "}]"...)
	size := g.num(2000, 9000000)
	b = jn(b, "messageSize", size)
	g.keepAt("bytes", size, `"messageSize":`+size)
	b = g.jk(b, "messageTime", "timestamp", t.Format("2006-01-02T15:04:05.000Z"))
	b = append(b, `,"modulesRun":["spam","urldefense","sandbox"]`...)
	b = jn(b, "phishScore", "0")
	b = append(b, `,"policyRoutes":["default_inbound"],"quarantineFolder":null,"quarantineRule":null`...)
	b = ja(b, "recipient")
	b = append(b, '"')
	b = g.plant(b, "email", to, "")
	b = append(b, `"]`...)
	b = g.jp(b, "sender", "email", from)
	ip, cat := g.clientIP()
	b = g.jp(b, "senderIP", cat, ip)
	b = jn(b, "spamScore", g.num(0, 100))
	subj, who := g.mailSubject()
	b = g.js(b, "subject", subj)
	g.plantName(who, jsonEsc(who))
	b = append(b, `,"toAddresses":["`...)
	b = g.plant(b, "email", to, "")
	b = append(b, `"],"xmailer":"Microsoft Outlook 16.0"}`...)
	return Record{Line: b}
}

func (g *gen) mimecastJSON() Record {
	t := g.now.UTC()
	b := make([]byte, 0, 1000)
	b = append(b, '{')
	b = g.jk(b, "datetime", "timestamp", t.Format("2006-01-02T15:04:05-0700"))
	b = g.jk(b, "aCode", "uniqueid", g.chars(22, b64url))
	b = g.js(b, "acc", "C"+g.digits(1)+"A"+g.digits(1))
	ip, cat := g.clientIP()
	b = g.jp(b, "IP", cat, ip)
	b = g.js(b, "Dir", pick(g, []string{"Inbound", "Outbound", "Internal"}))
	subj, who := g.mailSubject()
	b = g.js(b, "Subject", subj)
	g.plantName(who, jsonEsc(who))
	b = g.jk(b, "MsgId", "requestid", "<"+g.chars(20, base62)+"@mail.example.net>")
	f, l := g.name()
	from := g.email(f, l)
	b = g.jp(b, "headerFrom", "email", from)
	b = g.jp(b, "Sender", "email", from)
	f2, l2 := g.name()
	b = g.jp(b, "Rcpt", "email", g.email(f2, l2))
	if g.pct(50) {
		file, named := g.attachmentName()
		b = g.js(b, "fileName", file)
		g.plantName(named, jsonEsc(named))
		b = g.jk(b, "sha256", "hash", g.hexID(64))
	}
	b = g.js(b, "Act", pick(g, []string{"Acc", "Rej", "Hld"}))
	b = g.js(b, "TlsVer", "TLSv1.2")
	b = g.js(b, "Cphr", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")
	b = g.js(b, "SpamScore", g.num(0, 20))
	b = append(b, '}')
	return Record{Line: b}
}
