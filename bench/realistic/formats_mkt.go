package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Marketing platforms, e-mail delivery and captcha services, written from
// their public documentation: the events an e-mail service posts back
// (Amazon SES through SNS, Postmark, Mailchimp, Mailjet, Brevo), the
// collection requests of web analytics as the CDN in front of them logs
// them (Matomo's tracking API, GA4's gtag collect), and captcha
// verification as a site's backend and a captcha-solving client log it
// (reCAPTCHA, hCaptcha and Turnstile siteverify; createTask and
// getTaskResult of a solving API).

// escapeSince JSON-escapes the forms of every value labelled since the
// marks np and nk, for a JSON text that is then embedded as a string (an
// SNS notification's Message).
func (g *gen) escapeSince(np, nk int) {
	add := func(vs []Value) {
		for i := range vs {
			for j, f := range vs[i].Forms {
				vs[i].Forms[j] = jsonEsc(f)
			}
		}
	}
	add(g.plants[np:])
	add(g.keeps[nk:])
}

// mailbox returns "First Last <address>" as RFC 5322 writes a mailbox,
// planting both parts, or the bare address.
func (g *gen) mailbox(first, last, email string) string {
	g.plantAt("email", email)
	if g.pct(50) {
		return email
	}
	g.plantAt("name", first+" "+last)
	return first + " " + last + " <" + email + ">"
}

// sesMessageID returns an SES message id: 16 hex digits of the send time,
// a UUID and a six-digit suffix.
func (g *gen) sesMessageID() string {
	return "0100" + g.hexID(12) + "-" + g.uuid() + "-000000"
}

// smtpMessageID returns an RFC 5322 Message-ID as mailers make it: a
// time and a random part before the sending host. It reads like an
// address and is none.
func (g *gen) smtpMessageID() string {
	host := pick(g, []string{"shop.example.com", "mailer.example.net", "app.example.org"})
	switch g.rng.IntN(3) {
	case 0:
		return g.now.Format("20060102150405") + "." + g.num(1000, 99999) + "@" + host
	case 1:
		return g.hexID(16) + "." + g.num(100000, 999999) + "@" + host
	}
	return g.uuid() + "@" + host
}

func (g *gen) emailEvents(st *streamState) Record {
	switch st.variant % 3 {
	case 0:
		return g.sesEvent(g.pct(70))
	case 1:
		switch g.rng.IntN(10) {
		case 0, 1:
			return g.postmarkInbound()
		case 2, 3, 4:
			return g.mailjetBrevo()
		}
		return g.postmarkEvent()
	}
	switch g.rng.IntN(10) {
	case 0, 1:
		return g.mandrillEvents()
	case 2:
		return g.sesEvent(true)
	}
	return g.mailchimpHook(st.variant%2 == 0 || g.pct(50))
}

// postmarkInbound is Postmark's inbound webhook: the parsed message with
// FromFull, ToFull and CcFull as objects of Email, Name and MailboxHash,
// the headers as Name/Value pairs (Received with the sender's address,
// Message-ID) and the text body.
func (g *gen) postmarkInbound() Record {
	f, l := g.name()
	from := g.email(f, l)
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	b = g.js(b, "FromName", f+" "+l)
	g.plantAt("name", f+" "+l)
	b = g.js(b, "MessageStream", "inbound")
	b = g.js(b, "From", from)
	g.plantAt("email", from)
	b = jo(b, "FromFull")
	b = g.jp(b, "Email", "email", from)
	b = g.jp(b, "Name", "name", f+" "+l)
	b = g.js(b, "MailboxHash", "")
	b = append(b, '}')
	hash := g.hexID(8)
	b = g.js(b, "To", "support+"+hash+"@inbound.example.com")
	b = ja(b, "ToFull")
	b = append(b, `{"Email":"support+`+hash+`@inbound.example.com","Name":"Support","MailboxHash":"`+hash+`"}]`...)
	if g.pct(40) {
		cf, cl := g.name()
		ce := g.email(cf, cl)
		b = ja(b, "CcFull")
		b = jo(b, "")
		b = g.jp(b, "Email", "email", ce)
		b = g.jp(b, "Name", "name", cf+" "+cl)
		b = g.js(b, "MailboxHash", "")
		b = append(b, "}]"...)
	}
	b = g.js(b, "Subject", "Re: Order #"+g.num(10000, 99999))
	mid := g.uuid()
	b = g.jk(b, "MessageID", "uuid", mid)
	b = g.js(b, "Date", g.now.Format("Mon, 2 Jan 2006 15:04:05 -0700"))
	phone := g.phone()
	body := "Hi, please call me back on " + phone + ".\n\n" + f
	g.plantAt("phone", phone)
	b = g.js(b, "TextBody", body)
	b = ja(b, "Headers")
	ip := g.ipv4()
	b = append(b, `{"Name":"Received","Value":"from mail.example.org ([`+ip+`]) by inbound.postmarkapp.com"}`...)
	g.plantAt("ipv4", ip)
	smid := g.smtpMessageID()
	b = append(b, `,{"Name":"Message-ID","Value":"<`+smid+`>"}`...)
	g.keepAt("uniqueid", smid)
	b = append(b, `,{"Name":"X-Spam-Score","Value":"-0.1"}]`...)
	return Record{Line: append(b, '}')}
}

// mandrillEvents is the body of a Mandrill (Mailchimp Transactional)
// webhook: one form field, mandrill_events, whose value is a JSON array
// of events (event, ts, msg with email, sender, subject, _id; ip,
// location, user_agent for opens and clicks), percent-encoded.
func (g *gen) mandrillEvents() Record {
	var js []byte
	js = append(js, '[')
	n := 1 + g.rng.IntN(2)
	type pv struct{ cat, val string }
	var ps []pv
	for i := 0; i < n; i++ {
		if i > 0 {
			js = append(js, ',')
		}
		f, l := g.name()
		e := g.email(f, l)
		ev := pick(g, []string{"send", "open", "click", "hard_bounce"})
		ts := strconv.FormatInt(g.now.Unix(), 10)
		id := g.hexID(32)
		js = append(js, `{"event":"`+ev+`","_id":"`+id+`","ts":`+ts+`,"msg":{"ts":`+ts+`,"_id":"`+id+`","email":"`+e+`","sender":"orders@shop.example.com","subject":"Your receipt","tags":["receipt"],"state":"sent"}`...)
		ps = append(ps, pv{"email", e})
		g.keepAt("hash", id)
		if ev == "open" || ev == "click" {
			ip := g.ipv4()
			js = append(js, `,"ip":"`+ip+`","location":{"country_short":"DE","country":"Germany","city":"Berlin","latitude":52.52,"longitude":13.40},"user_agent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`...)
			ps = append(ps, pv{"ipv4", ip})
		}
		js = append(js, '}')
	}
	js = append(js, ']')
	enc := pctEnc(string(js), true, false)
	for _, p := range ps {
		g.plantAt(p.cat, p.val, pctEnc(p.val, true, false))
	}
	return Record{Line: []byte("mandrill_events=" + enc)}
}

// sesEvent is an Amazon SES event (event publishing: eventType and the
// mail object with headers and commonHeaders, then bounce, complaint,
// delivery, send, reject, open or click), inside an SNS notification's
// Message when sns, or alone (SNS raw message delivery, a Firehose
// record).
func (g *gen) sesEvent(sns bool) Record {
	np, nk := len(g.plants), len(g.keeps)
	first, last := g.name()
	to := g.email(first, last)
	from := pick(g, []string{"orders@shop.example.com", "no-reply@mailer.example.net", "newsletter@app.example.org"})
	ev := pick(g, []string{"Bounce", "Bounce", "Complaint", "Delivery", "Send", "Open", "Open", "Click", "Click", "Reject"})
	ts := g.now.Add(-time.Duration(g.rng.IntN(600)) * time.Second).UTC()
	mid := g.sesMessageID()
	in := make([]byte, 0, 2000)
	in = append(in, '{')
	in = g.js(in, "eventType", ev)
	in = jo(in, "mail")
	in = g.jk(in, "timestamp", "timestamp", ts.Format("2006-01-02T15:04:05.000Z"))
	in = g.js(in, "source", from)
	in = g.js(in, "sourceArn", "arn:aws:ses:us-east-1:123456789012:identity/"+from[strings.IndexByte(from, '@')+1:])
	in = g.jk(in, "sendingAccountId", "uniqueid", "123456789012")
	in = g.jk(in, "messageId", "uniqueid", mid)
	in = ja(in, "destination")
	in = append(in, '"')
	in = append(in, to...)
	in = append(in, '"')
	cc := ""
	if g.pct(25) {
		cf, cl := g.name()
		cc = g.email(cf, cl)
		in = append(in, ",\""+cc+"\""...)
		g.plantAt("email", cc)
	}
	in = append(in, ']')
	g.plantAt("email", to)
	in = append(in, `,"headersTruncated":false`...)
	toHdr := g.mailbox(first, last, to)
	subject := pick(g, []string{"Your order #" + g.num(10000, 99999) + " has shipped", "Confirm your subscription", "Your invoice for November", "Password reset requested"})
	smid := g.smtpMessageID()
	in = ja(in, "headers")
	hdr := func(name, val string) {
		in = jo(in, "")
		in = g.js(in, "name", name)
		in = g.js(in, "value", val)
		in = append(in, '}')
	}
	hdr("From", "Example Shop <"+from+">")
	hdr("To", toHdr)
	hdr("Subject", subject)
	hdr("MIME-Version", "1.0")
	hdr("Content-Type", "multipart/alternative; boundary=\"----=_Part_"+g.num(100000, 999999)+"_"+g.num(100000000, 999999999)+"."+strconv.FormatInt(ts.UnixMilli(), 10)+"\"")
	if g.pct(60) {
		hdr("Message-ID", "<"+smid+">")
		g.keepAt("uniqueid", smid)
	}
	hdr("X-SES-CONFIGURATION-SET", "marketing")
	in = append(in, ']')
	in = jo(in, "commonHeaders")
	in = ja(in, "from")
	in = append(in, `"Example Shop <`+from+`>"]`...)
	in = ja(in, "to")
	in = append(in, '"')
	in = append(in, jsonEsc(toHdr)...)
	in = append(in, "\"]"...)
	in = g.js(in, "messageId", mid)
	in = g.js(in, "subject", subject)
	in = append(in, '}')
	in = jo(in, "tags")
	in = append(in, `"ses:configuration-set":["marketing"],"ses:source-ip":["`...)
	srcIP := g.ipv4()
	in = g.plant(in, "ipv4", srcIP, "")
	in = append(in, `"],"ses:from-domain":["`+from[strings.IndexByte(from, '@')+1:]+`"],"ses:caller-identity":["ses-sender"]`...)
	if g.pct(50) {
		in = append(in, `,"campaign":["black-friday-`+g.num(2024, 2026)+`"]`...)
	}
	in = append(in, "}}"...)
	evTime := ts.Add(time.Duration(1+g.rng.IntN(90000)) * time.Millisecond).Format("2006-01-02T15:04:05.000Z")
	switch ev {
	case "Bounce":
		in = jo(in, "bounce")
		in = g.js(in, "bounceType", "Permanent")
		in = g.js(in, "bounceSubType", pick(g, []string{"General", "NoEmail", "Suppressed"}))
		in = ja(in, "bouncedRecipients")
		in = jo(in, "")
		in = g.js(in, "emailAddress", to)
		in = g.js(in, "action", "failed")
		in = g.jk(in, "status", "status", "5.1.1")
		var diag string
		switch g.rng.IntN(3) {
		case 0:
			diag = "smtp; 550 5.1.1 <" + to + ">: Recipient address rejected: User unknown in virtual mailbox table"
		case 1:
			diag = "smtp; 550-5.1.1 The email account that you tried to reach does not exist. " + g.chars(20, lowerNum) + " - gsmtp"
		default:
			diag = "smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
		}
		in = g.js(in, "diagnosticCode", diag)
		in = append(in, "}]"...)
		in = g.jk(in, "timestamp", "timestamp", evTime)
		fid := "0100" + g.hexID(12) + "-" + g.uuid() + "-000000"
		in = g.jk(in, "feedbackId", "uniqueid", fid)
		in = g.js(in, "reportingMTA", "dsn; e226-"+g.num(10, 99)+".smtp-out.us-east-1.amazonses.com")
		if g.pct(50) {
			in = g.js(in, "remoteMtaIp", "198.51.100."+g.num(1, 254))
		}
		in = append(in, '}')
	case "Complaint":
		in = jo(in, "complaint")
		in = g.js(in, "feedbackId", "0100"+g.hexID(12)+"-"+g.uuid()+"-000000")
		in = g.js(in, "complaintSubType", "null")
		in = ja(in, "complainedRecipients")
		in = append(in, `{"emailAddress":"`+to+`"}]`...)
		in = g.jk(in, "timestamp", "timestamp", evTime)
		in = g.js(in, "userAgent", "Yahoo!-Mail-Feedback/2.0")
		in = g.js(in, "complaintFeedbackType", "abuse")
		in = g.js(in, "arrivalDate", ts.Format("2006-01-02T15:04:05.000Z"))
		in = append(in, '}')
	case "Delivery":
		in = jo(in, "delivery")
		in = g.jk(in, "timestamp", "timestamp", evTime)
		ms := strconv.Itoa(200 + g.rng.IntN(5000))
		in = jn(in, "processingTimeMillis", ms)
		g.keepAt("duration", ms, `"processingTimeMillis":`+ms)
		in = ja(in, "recipients")
		in = append(in, `"`+to+`"]`...)
		in = g.js(in, "smtpResponse", "250 2.6.0 <"+smid+"> [InternalId="+g.num(10000000000, 99999999999)+", Hostname=DM6PR11MB"+g.num(1000, 9999)+".namprd11.prod.outlook.com] Queued mail for delivery")
		in = g.js(in, "reportingMTA", "a8-"+g.num(10, 99)+".smtp-out.amazonses.com")
		in = append(in, '}')
	case "Send":
		in = append(in, `,"send":{}`...)
	case "Reject":
		in = append(in, `,"reject":{"reason":"Bad content"}`...)
	case "Open", "Click":
		key := "open"
		if ev == "Click" {
			key = "click"
		}
		in = jo(in, key)
		ip, cat := g.clientIP()
		in = g.jp(in, "ipAddress", cat, ip)
		in = g.jk(in, "timestamp", "timestamp", evTime)
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		in = g.js(in, "userAgent", ua)
		if ev == "Click" {
			link := "https://shop.example.com/unsubscribe?list=weekly&id=" + g.hexID(24)
			if g.pct(60) {
				link = "https://shop.example.com/account/confirm?email=" + pctEnc(to, false, false) + "&utm_source=ses&utm_campaign=welcome"
				g.plantAt("email", to, pctEnc(to, false, false))
			}
			in = g.js(in, "link", link)
			in = append(in, `,"linkTags":{"samplekey0":["samplevalue0"]}`...)
		}
		in = append(in, '}')
	}
	in = append(in, '}')
	if !sns {
		return Record{Line: in}
	}
	g.escapeSince(np, nk)
	b := make([]byte, 0, len(in)+900)
	b = append(b, '{')
	b = g.js(b, "Type", "Notification")
	b = g.jk(b, "MessageId", "uuid", g.uuid())
	b = g.js(b, "TopicArn", "arn:aws:sns:us-east-1:123456789012:ses-events")
	b = g.js(b, "Subject", "Amazon SES Email Event Notification")
	b = jkey(b, "Message")
	b = append(b, '"')
	b = append(b, jsonEsc(string(in))...)
	b = append(b, '"')
	b = g.jk(b, "Timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "SignatureVersion", "1")
	b = g.js(b, "Signature", g.chars(340, base62+"+/")+"==")
	b = g.js(b, "SigningCertURL", "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-"+g.hexID(32)+".pem")
	b = g.js(b, "UnsubscribeURL", "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:ses-events:"+g.uuid())
	return Record{Line: append(b, '}')}
}

// postmarkTime is a Postmark timestamp: seven fractional digits, Z.
func (g *gen) postmarkTime() string {
	return g.now.UTC().Format("2006-01-02T15:04:05") + "." + g.digits(7) + "Z"
}

// postmarkEvent is one of Postmark's webhooks: Bounce (ID, Type, TypeCode,
// Email, From, Details, Content), Delivery (Recipient, DeliveredAt,
// Details), Open and Click (Recipient, Client, OS, Platform, UserAgent,
// Geo with the reader's IP), SpamComplaint.
func (g *gen) postmarkEvent() Record {
	first, last := g.name()
	email := g.email(first, last)
	mid := g.uuid()
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	kind := pick(g, []string{"Bounce", "Delivery", "Open", "Open", "Click", "SpamComplaint"})
	b = g.js(b, "RecordType", kind)
	b = g.js(b, "MessageStream", pick(g, []string{"outbound", "broadcast"}))
	switch kind {
	case "Bounce", "SpamComplaint":
		id := g.num(1000000000, 2147483647) + g.digits(9)
		b = jn(b, "ID", id)
		g.keepAt("uniqueid", id, `"ID":`+id)
		typ, code := "HardBounce", "1"
		if kind == "SpamComplaint" {
			typ, code = "SpamComplaint", "512"
		}
		b = g.js(b, "Type", typ)
		b = jn(b, "TypeCode", code)
		b = g.js(b, "Name", "Hard bounce")
		b = g.js(b, "Tag", "welcome-email")
		b = g.jk(b, "MessageID", "uuid", mid)
		b = jn(b, "ServerID", g.num(1000, 99999))
		b = g.js(b, "Description", "The server was unable to deliver your message (ex: unknown user, mailbox not found).")
		b = g.js(b, "Details", "smtp;550 5.1.1 The email account that you tried to reach does not exist.")
		b = g.jp(b, "Email", "email", email)
		b = g.js(b, "From", "support@shop.example.com")
		b = g.jk(b, "BouncedAt", "timestamp", g.postmarkTime())
		b = append(b, `,"DumpAvailable":true,"Inactive":true,"CanActivate":true`...)
		b = g.js(b, "Subject", "Welcome aboard")
		if g.pct(40) {
			c := "Return-Path: <>\r\nReceived: from mx.example.org\r\nTo: " + email + "\r\nSubject: Welcome aboard\r\n"
			b = g.js(b, "Content", c)
			g.plantAt("email", email)
		}
	case "Delivery":
		b = jn(b, "ServerID", g.num(1000, 99999))
		b = g.jk(b, "MessageID", "uuid", mid)
		b = g.jp(b, "Recipient", "email", email)
		b = g.js(b, "Tag", "welcome-email")
		b = g.jk(b, "DeliveredAt", "timestamp", g.postmarkTime())
		b = g.js(b, "Details", "smtp;250 2.0.0 OK  "+strconv.FormatInt(g.now.Unix(), 10)+" "+g.chars(20, b64url)+" - gsmtp")
	default:
		if kind == "Open" {
			b = append(b, `,"FirstOpen":true`...)
		} else {
			b = g.js(b, "ClickLocation", "HTML")
		}
		b = jo(b, "Client")
		b = g.js(b, "Name", "Chrome 120.0.6099.109")
		b = g.js(b, "Company", "Google")
		b = g.js(b, "Family", "Chrome")
		b = append(b, '}')
		b = jo(b, "OS")
		b = g.js(b, "Name", "Windows 10")
		b = g.js(b, "Company", "Microsoft Corporation")
		b = g.js(b, "Family", "Windows")
		b = append(b, '}')
		b = g.js(b, "Platform", pick(g, []string{"WebMail", "Desktop", "Mobile"}))
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = g.js(b, "UserAgent", ua)
		if kind == "Open" {
			b = jn(b, "ReadSeconds", strconv.Itoa(g.rng.IntN(60)))
		} else {
			b = g.js(b, "OriginalLink", "https://shop.example.com/orders?ref=mail")
		}
		b = jo(b, "Geo")
		b = g.js(b, "CountryISOCode", "DE")
		b = g.js(b, "Country", "Germany")
		b = g.js(b, "RegionISOCode", "BE")
		b = g.js(b, "Region", "Berlin")
		b = g.js(b, "City", "Berlin")
		b = g.js(b, "Zip", "10115")
		b = g.js(b, "Coords", "52.5200,13.4050")
		ip, cat := g.clientIP()
		b = g.jp(b, "IP", cat, ip)
		b = append(b, '}')
		b = g.jk(b, "MessageID", "uuid", mid)
		b = jo(b, "Metadata")
		cid := g.num(100000, 9999999)
		b = g.js(b, "customer_id", cid)
		b = append(b, '}')
		b = g.jk(b, "ReceivedAt", "timestamp", g.postmarkTime())
		b = g.js(b, "Tag", "welcome-email")
		b = g.jp(b, "Recipient", "email", email)
	}
	return Record{Line: append(b, '}')}
}

// mailjetBrevo is a Mailjet event (event, time, MessageID, Message_GUID,
// email, mj_campaign_id, mj_contact_id, ip, geo, agent, and for bounces
// hard_bounce, error_related_to, error) in an array as the API batches
// them, or a Brevo transactional webhook (event, email, id, date,
// message-id in angle brackets, ts_event, subject, sending_ip, tags).
func (g *gen) mailjetBrevo() Record {
	first, last := g.name()
	email := g.email(first, last)
	b := make([]byte, 0, 900)
	if g.pct(50) {
		b = append(b, '[', '{')
		ev := pick(g, []string{"open", "click", "bounce", "sent"})
		b = g.js(b, "event", ev)
		ts := strconv.FormatInt(g.now.Unix(), 10)
		b = jn(b, "time", ts)
		g.keepAt("epoch", ts)
		mid := g.num(1, 9) + g.digits(16)
		b = jn(b, "MessageID", mid)
		g.keepAt("uniqueid", mid)
		b = g.jk(b, "Message_GUID", "uuid", g.uuid())
		b = g.jp(b, "email", "email", email)
		b = jn(b, "mj_campaign_id", g.num(1, 99999))
		b = jn(b, "mj_contact_id", g.num(1000000, 999999999))
		b = g.js(b, "customcampaign", "")
		b = g.js(b, "CustomID", "order-"+g.num(10000, 99999))
		switch ev {
		case "open", "click":
			if ev == "click" {
				b = g.js(b, "url", "https://shop.example.com/deals?utm_source=mj")
			}
			ip, cat := g.clientIP()
			b = g.jp(b, "ip", cat, ip)
			b = g.js(b, "geo", "FR")
			ua, ver := g.ua()
			if ver != "" {
				g.keepAt("version", ver)
			}
			b = g.js(b, "agent", ua)
		case "bounce":
			b = append(b, `,"blocked":false,"hard_bounce":true`...)
			b = g.js(b, "error_related_to", "recipient")
			b = g.js(b, "error", "user unknown")
			b = g.js(b, "comment", "Host or domain name not found. Name service error for name=example.org type=A: Host not found")
		case "sent":
			b = g.js(b, "smtp_reply", "250 2.0.0 OK "+strconv.FormatInt(g.now.Unix(), 10)+" "+g.chars(10, lowerNum)+" - gsmtp")
		}
		return Record{Line: append(b, '}', ']')}
	}
	b = append(b, '{')
	ev := pick(g, []string{"delivered", "opened", "click", "hard_bounce", "unsubscribed"})
	b = g.js(b, "event", ev)
	b = g.jp(b, "email", "email", email)
	b = jn(b, "id", g.num(10000, 999999))
	b = g.jk(b, "date", "timestamp", g.now.Format("2006-01-02 15:04:05"))
	smid := g.smtpMessageID()
	b = g.jk(b, "message-id", "uniqueid", "<"+smid+">")
	ts := strconv.FormatInt(g.now.Unix(), 10)
	b = jn(b, "ts_event", ts)
	g.keepAt("epoch", ts, `"ts_event":`+ts)
	b = g.js(b, "subject", "Your receipt from Example Shop")
	b = g.js(b, "tag", `["transactional"]`)
	b = g.js(b, "sending_ip", "185.41.28."+g.num(1, 254))
	b = jn(b, "ts_epoch", ts+g.digits(3))
	switch ev {
	case "opened", "click":
		ip, cat := g.clientIP()
		b = g.jp(b, "ip", cat, ip)
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = g.js(b, "user_agent", ua)
		if ev == "click" {
			b = g.js(b, "link", "https://shop.example.com/track?cid="+g.num(100, 999))
		}
	case "hard_bounce":
		b = g.js(b, "reason", "550 5.1.1 <"+email+">: Recipient address rejected: User unknown")
		g.plantAt("email", email)
	}
	b = ja(b, "tags")
	b = append(b, `"transactional"]`...)
	return Record{Line: append(b, '}')}
}

// mailchimpHook is the body of a Mailchimp Marketing webhook
// (application/x-www-form-urlencoded: type, fired_at, data[...] with
// nested merges), with its brackets percent-encoded as a browser or
// PHP's http_build_query writes them, or raw as Mailchimp's guide shows
// them.
func (g *gen) mailchimpHook(encodeBrackets bool) Record {
	type kv struct{ k, v, cat string }
	first, last := g.name()
	email := g.email(first, last)
	ip := g.ipv4()
	typ := pick(g, []string{"subscribe", "subscribe", "unsubscribe", "profile", "upemail", "cleaned", "campaign"})
	kvs := []kv{{"type", typ, ""}, {"fired_at", g.now.Format("2006-01-02 15:04:05"), "timestamp"}}
	sub := g.hexID(10)
	list := g.hexID(10)
	merges := func() {
		kvs = append(kvs, kv{"data[merges][EMAIL]", email, "email"}, kv{"data[merges][FNAME]", first, "name"},
			kv{"data[merges][LNAME]", last, "name"})
		if g.pct(50) {
			kvs = append(kvs, kv{"data[merges][PHONE]", g.phone(), "phone"})
		}
		if g.pct(30) {
			kvs = append(kvs, kv{"data[merges][ADDRESS][addr1]", g.street(), "address"},
				kv{"data[merges][ADDRESS][city]", "Berlin", ""}, kv{"data[merges][ADDRESS][zip]", "10115", ""},
				kv{"data[merges][ADDRESS][country]", "DE", ""})
		}
		kvs = append(kvs, kv{"data[merges][INTERESTS]", "Group1,Group2", ""})
	}
	switch typ {
	case "subscribe", "profile":
		kvs = append(kvs, kv{"data[id]", sub, "uniqueid"}, kv{"data[list_id]", list, "uniqueid"},
			kv{"data[email]", email, "email"}, kv{"data[email_type]", "html", ""})
		wid := g.num(100000000, 999999999)
		kvs = append(kvs, kv{"data[web_id]", wid, "uniqueid"})
		merges()
		kvs = append(kvs, kv{"data[ip_opt]", ip, "ipv4"})
		if typ == "subscribe" {
			kvs = append(kvs, kv{"data[ip_signup]", ip, "ipv4"})
		}
	case "unsubscribe":
		kvs = append(kvs, kv{"data[action]", pick(g, []string{"unsub", "delete"}), ""},
			kv{"data[reason]", "manual", ""}, kv{"data[id]", sub, "uniqueid"}, kv{"data[list_id]", list, "uniqueid"},
			kv{"data[email]", email, "email"}, kv{"data[email_type]", "html", ""})
		merges()
		kvs = append(kvs, kv{"data[ip_opt]", ip, "ipv4"}, kv{"data[campaign_id]", g.hexID(10), "uniqueid"})
	case "upemail":
		nf, nl := g.name()
		ne := g.email(nf, nl)
		kvs = append(kvs, kv{"data[list_id]", list, "uniqueid"}, kv{"data[new_id]", g.hexID(10), "uniqueid"},
			kv{"data[new_email]", ne, "email"}, kv{"data[old_email]", email, "email"})
	case "cleaned":
		kvs = append(kvs, kv{"data[list_id]", list, "uniqueid"}, kv{"data[campaign_id]", g.hexID(10), "uniqueid"},
			kv{"data[reason]", pick(g, []string{"hard", "abuse"}), ""}, kv{"data[email]", email, "email"})
	case "campaign":
		kvs = append(kvs, kv{"data[id]", g.hexID(10), "uniqueid"}, kv{"data[subject]", "Winter sale: 20% off", ""},
			kv{"data[status]", "sent", ""}, kv{"data[reason]", "", ""}, kv{"data[list_id]", list, "uniqueid"})
	}
	var sb strings.Builder
	for i, p := range kvs {
		if i > 0 {
			sb.WriteByte('&')
		}
		k := p.k
		if encodeBrackets {
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

// Web analytics collection requests as the CDN or reverse proxy in front
// of the collector logs them (nginx combined): Matomo's Tracking HTTP API
// (matomo.php or the older piwik.php) and GA4's gtag collect (/g/collect,
// measurement protocol v2, server-side tagging's first-party endpoint).

// pageURL returns a page address whose own query may carry the visitor's
// e-mail address, and the address ("" when none).
func (g *gen) pageURL() (u, email string) {
	base := "https://shop.example.com" + pick(g, []string{"/checkout/thank-you", "/account/welcome", "/newsletter/confirm", "/", "/products/winter-jacket"})
	if g.pct(35) {
		f, l := g.name()
		email = g.email(f, l)
		return base + "?email=" + pctEnc(email, false, false) + "&utm_source=newsletter", email
	}
	if g.pct(30) {
		return base + "?utm_source=google&utm_medium=cpc&gclid=" + g.chars(40, b64url), ""
	}
	return base, ""
}

// urlParam writes key=<u percent-encoded> and plants the e-mail address
// its query carries, then encoded twice.
func (g *gen) urlParam(key, u, email string) string {
	enc := pctEnc(u, false, false)
	if email != "" {
		g.plantAt("email", email, pctEnc(pctEnc(email, false, false), false, false))
	}
	return key + "=" + enc
}

func (g *gen) trackingHits(st *streamState) Record {
	ip, cat := g.clientIP()
	var b []byte
	b = g.plant(b, cat, ip, "")
	b = append(b, " - - ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	b = append(b, "] \""...)
	page, pageEmail := g.pageURL()
	var target string
	status := "204"
	switch {
	case g.pct(20):
		target = g.mauticHit(page, pageEmail)
		status = "200"
	case st.variant%2 == 0:
		target = g.matomoHit(page, pageEmail, ip)
		if g.pct(30) {
			status = "200"
		}
	case g.pct(30):
		target = g.uaHit(page, pageEmail)
	default:
		target = g.gaHit(page, pageEmail)
	}
	method := "GET"
	if g.pct(30) {
		method = "POST"
	}
	b = append(b, method+" "+target+" HTTP/"+pick(g, []string{"1.1", "2.0"})...)
	b = g.keep(b, "status", status, "\" "+status+" ")
	if status == "200" {
		b = append(b, "43"...)
	} else {
		b = append(b, '0')
	}
	b = append(b, " \""...)
	// The browser's Referer is the page itself, which names the visitor
	// again when its query does.
	b = append(b, nginxEsc(page)...)
	if pageEmail != "" {
		g.plantAt("email", pageEmail, pctEnc(pageEmail, false, false))
	}
	b = append(b, "\" \""...)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, nginxEsc(ua)...)
	b = append(b, '"')
	if g.pct(40) {
		b = append(b, " rt=0.00"+g.num(1, 9)+" request_id="...)
		b = g.keep(b, "requestid", g.hexID(32), "")
	}
	return Record{Line: b}
}

// matomoHit returns a request target of Matomo's Tracking HTTP API.
func (g *gen) matomoHit(page, pageEmail, ip string) string {
	ep := pick(g, []string{"/matomo.php", "/matomo.php", "/piwik.php", "/js/tracker.php"})
	var q []string
	q = append(q, "action_name="+pctEnc(pick(g, []string{"Checkout / Thank you", "Welcome", "Winter Jacket - Example Shop"}), false, false))
	site := g.num(1, 40)
	q = append(q, "idsite="+site, "rec=1", "r="+g.digits(6), "h="+strconv.Itoa(g.now.Hour()), "m="+strconv.Itoa(g.now.Minute()), "s="+strconv.Itoa(g.now.Second()))
	q = append(q, g.urlParam("url", page, pageEmail))
	if g.pct(50) {
		ref, refEmail := g.pageURL()
		q = append(q, g.urlParam("urlref", strings.Replace(ref, "shop.example.com", "www.example.org", 1), refEmail))
	}
	vid := g.hexID(16)
	q = append(q, "_id="+vid)
	g.plantAt("secret", vid)
	idts := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(9000000)), 10)
	q = append(q, "_idts="+idts, "_idvc="+g.num(1, 40))
	g.keepAt("epoch", idts)
	q = append(q, "_idn=0", "_refts=0", "send_image=0", "cookie=1", "res=1920x1080")
	pv := g.chars(6, base62)
	q = append(q, "pv_id="+pv)
	if g.pct(50) {
		// The site's own user id: a login e-mail or a customer number.
		var uid string
		if g.pct(60) {
			f, l := g.name()
			uid = g.email(f, l)
			g.plantAt("email", uid, pctEnc(uid, false, false))
		} else {
			f, l := g.name()
			uid = strings.ToLower(ascii(f))[:1] + strings.ToLower(ascii(l)) + g.num(1, 99)
			g.plantAt("name", uid)
		}
		q = append(q, "uid="+pctEnc(uid, false, false))
	}
	if g.pct(35) {
		// Custom variables as JSON: {"1":["email","..."],"2":["plan","pro"]}.
		f, l := g.name()
		e := g.email(f, l)
		cv := `{"1":["email","` + e + `"],"2":["plan","` + pick(g, []string{"pro", "free"}) + `"]}`
		g.plantAt("email", e, pctEnc(e, false, false))
		q = append(q, "_cvar="+pctEnc(cv, false, false))
	}
	if g.pct(30) {
		// Server-side tracking with the visitor's address overridden,
		// which needs token_auth.
		tok := g.hexID(32)
		g.plantAt("secret", tok)
		q = append(q, "cip="+ip, "token_auth="+tok)
		if g.pct(50) {
			cdt := strconv.FormatInt(g.now.Unix(), 10)
			q = append(q, "cdt="+cdt)
			g.keepAt("epoch", cdt)
		}
	}
	if g.pct(40) {
		q = append(q, "e_c=Newsletter", "e_a=Subscribe", "e_n="+pctEnc("footer form", false, false), "e_v="+g.num(1, 9))
	}
	gt := strconv.Itoa(50 + g.rng.IntN(3000))
	q = append(q, "pf_net="+strconv.Itoa(g.rng.IntN(300)), "pf_srv="+gt, "uadata="+pctEnc(`{"fullVersionList":[{"brand":"Chromium","version":"120.0.6099.109"}],"mobile":false,"platform":"Windows","platformVersion":"15.0.0"}`, false, false))
	g.keepAt("version", "120.0.6099.109")
	return ep + "?" + strings.Join(q, "&")
}

// mauticHit returns a request target of Mautic's tracking pixel
// (mtracking.gif) as its JavaScript tracker calls it: the page's URL,
// title, language and referrer, the device id Mautic sets as a cookie
// (mautic_device_id), the contact's id (mtc_id) and, once a form has
// identified the visitor, the e-mail address.
func (g *gen) mauticHit(page, pageEmail string) string {
	var q []string
	q = append(q, g.urlParam("page_url", page, pageEmail))
	q = append(q, "page_title="+pctEnc("Example Shop", false, false), "page_language=en-US", "page_referrer="+pctEnc("https://www.example.org/", false, false))
	q = append(q, "counter="+g.num(0, 9), "timezone_offset=-60", "resolution=1920x1080", "platform=Win32", "do_not_track=0", "adblock=false")
	dev := g.chars(23, lowerNum)
	g.plantAt("secret", dev)
	q = append(q, "mautic_device_id="+dev, "mtc_id="+g.num(1, 99999))
	if g.pct(40) {
		f, l := g.name()
		e := g.email(f, l)
		g.plantAt("email", e, pctEnc(e, false, false))
		q = append(q, "email="+pctEnc(e, false, false))
	}
	return "/mtracking.gif?" + strings.Join(q, "&")
}

// uaHit returns a request target of Universal Analytics' collect endpoint
// (measurement protocol v1): tid UA-..., cid and _gid of the _ga and _gid
// cookies, t the hit type, dl, dt, jid, z.
func (g *gen) uaHit(page, pageEmail string) string {
	var q []string
	tid := "UA-" + g.num(1000000, 99999999) + "-" + g.num(1, 9)
	g.keepAt("uniqueid", tid)
	q = append(q, "v=1", "_v=j101", "a="+g.num(100000000, 999999999), "t="+pick(g, []string{"pageview", "event"}), "_s=1")
	q = append(q, g.urlParam("dl", page, pageEmail))
	q = append(q, "ul=en-us", "de=UTF-8", "dt=Welcome", "sd=24-bit", "sr=1920x1080", "vp=1903x961", "je=0", "_u=QACAAEABAAAAAC~", "jid=", "gjid=")
	cid := g.num(100000000, 2147483647) + "." + g.num(1690000000, 1700000000)
	gid := g.num(100000000, 2147483647) + "." + strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(80000)), 10)
	g.plantAt("secret", cid)
	g.plantAt("secret", gid)
	q = append(q, "cid="+cid, "tid="+tid, "_gid="+gid, "_r=1", "z="+g.num(100000000, 2147483647))
	return "/collect?" + strings.Join(q, "&")
}

// gaHit returns a request target of GA4's collect endpoint.
func (g *gen) gaHit(page, pageEmail string) string {
	ep := pick(g, []string{"/g/collect", "/g/collect", "/metrics/g/collect"})
	var q []string
	tid := "G-" + g.chars(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
	g.keepAt("uniqueid", tid)
	q = append(q, "v=2", "tid="+tid, "gtm=45je4b"+g.num(10, 99)+"v9"+g.digits(9)+"za200", "_p="+strconv.FormatInt(g.now.UnixMilli(), 10))
	q = append(q, "gcd=13l3l3l3l1", "npa=0", "dma=0")
	cid := g.num(100000000, 2147483647) + "." + g.num(1690000000, 1700000000)
	q = append(q, "cid="+cid)
	g.plantAt("secret", cid)
	q = append(q, "ul=en-us", "sr=1920x1080", "uaa=x86", "uab=64", "uafvl="+pctEnc("Not_A Brand;8.0.0.0|Chromium;120.0.6099.109|Google Chrome;120.0.6099.109", false, false), "uamb=0", "uam=", "uap=Windows", "uapv=15.0.0", "uaw=0", "are=1", "frm=0", "pscdl=noapi")
	g.keepAt("version", "120.0.6099.109")
	sid := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(1800)), 10)
	q = append(q, "_s="+g.num(1, 9), "sid="+sid, "sct="+g.num(1, 30), "seg=1")
	g.keepAt("epoch", sid)
	q = append(q, g.urlParam("dl", page, pageEmail))
	if g.pct(40) {
		ref, refEmail := g.pageURL()
		q = append(q, g.urlParam("dr", strings.Replace(ref, "shop.example.com", "mail.example.net", 1), refEmail))
	}
	q = append(q, "dt="+pctEnc(pick(g, []string{"Thank you | Example Shop", "Welcome back", "Winter Jacket"}), false, false))
	en := pick(g, []string{"page_view", "sign_up", "purchase", "generate_lead"})
	q = append(q, "en="+en)
	if g.pct(45) {
		// A user id set in the tag, and event parameters an ill-advised
		// tag configuration fills with the form's fields.
		f, l := g.name()
		e := g.email(f, l)
		switch g.rng.IntN(3) {
		case 0:
			q = append(q, "uid="+pctEnc(e, false, false))
			g.plantAt("email", e, pctEnc(e, false, false))
		case 1:
			q = append(q, "ep.user_email="+pctEnc(e, false, false), "ep.form_id=newsletter")
			g.plantAt("email", e, pctEnc(e, false, false))
		default:
			p := g.phone()
			q = append(q, "up.phone_number="+pctEnc(p, false, false), "ep.customer_name="+pctEnc(f+" "+l, false, false))
			g.plantAt("phone", p, pctEnc(p, false, false))
			g.plantAt("name", f+" "+l, pctEnc(f+" "+l, false, false))
		}
	}
	if en == "purchase" {
		oid := "T-" + g.num(100000, 999999)
		q = append(q, "ep.transaction_id="+oid, "epn.value="+g.num(10, 400)+".00", "cu=EUR")
		g.keepAt("orderid", oid)
	}
	et := strconv.Itoa(g.rng.IntN(30000))
	q = append(q, "_et="+et, "tfd="+strconv.Itoa(500+g.rng.IntN(90000)))
	return ep + "?" + strings.Join(q, "&")
}

// Captcha verification: the site's backend asking reCAPTCHA, hCaptcha or
// Turnstile's siteverify whether the visitor's token is good, and a
// solving service's client creating a task and fetching its result.

// recaptchaKey returns a reCAPTCHA site key or secret: both are 40
// characters starting 6L, the site key public and the secret not.
func (g *gen) recaptchaKey() string {
	return "6L" + pick(g, []string{"c", "d", "e", "f"}) + g.chars(5, base62) + "AAAAA" + g.chars(28, b64url)
}

// captchaToken returns the token the widget gives the browser.
func (g *gen) captchaToken(provider string) string {
	switch provider {
	case "hcaptcha":
		return "P1_eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9." + g.chars(300, b64url) + "." + g.chars(43, b64url)
	case "turnstile":
		return "0." + g.chars(330, b64url) + "." + g.hexID(64)
	}
	return "03A" + g.chars(480, b64url)
}

func (g *gen) captchaLogs(st *streamState) Record {
	switch g.rng.IntN(9) {
	case 0, 1:
		return g.siteverifyJSON()
	case 2:
		return g.siteverifyText()
	case 3:
		return g.siteverifySquid()
	case 4:
		return g.legacySolver()
	case 5:
		return g.enterpriseAssessment()
	}
	return g.solverTask()
}

// legacySolver is a solving service's older HTTP API as the client's
// outbound proxy (Squid) or the client's own log writes it: in.php with
// the account key, the method, googlekey, pageurl and the proxy as
// login:password@host:port, answered OK|<id>; res.php?action=get, answered
// {"status":1,"request":"<token>"} in JSON mode.
func (g *gen) legacySolver() Record {
	key := g.hexID(32)
	id := g.num(1000000000, 2147483647)
	if g.pct(50) {
		var b []byte
		ts := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(3)
		b = g.keep(b, "epoch", ts, "")
		b = append(b, "    "+strconv.Itoa(60+g.rng.IntN(900))+" 10.0.3."+g.num(2, 40)+" TCP_MISS/200 "+g.num(100, 700)+" GET http://2captcha.com/"...)
		g.plantAt("secret", key)
		if g.pct(50) {
			f, l := g.name()
			login := strings.ToLower(ascii(f)) + strings.ToLower(ascii(l))[:1] + g.num(10, 99)
			pw := g.token(12)
			pip := g.ipv4()
			port := g.num(1024, 65000)
			g.plantAt("name", login)
			g.plantAt("secret", pw)
			g.plantAt("ipv4", pip)
			proxy := login + ":" + pw + "@" + pip + ":" + port
			b = append(b, "in.php?key="+key+"&method=userrecaptcha&googlekey="...)
			b = g.keep(b, "uniqueid", g.recaptchaKey(), "")
			b = append(b, "&pageurl="+pctEnc("https://www.example.org/login", false, false)+"&proxy="+pctEnc(proxy, false, false)+"&proxytype=HTTP&json=1"...)
			g.plantAt("name", login, pctEnc(login, false, false))
		} else {
			b = append(b, "res.php?key="+key+"&action=get&id="...)
			b = g.keep(b, "uniqueid", id, "")
			b = append(b, "&json=1"...)
		}
		b = append(b, " - HIER_DIRECT/198.51.100."+g.num(1, 254)+" application/json"...)
		return Record{Line: b}
	}
	b := make([]byte, 0, 800)
	b = append(b, '{')
	b = g.jk(b, "ts", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "msg", "res.php")
	b = jn(b, "captcha_id", id)
	g.keepAt("uniqueid", id)
	b = jo(b, "answer")
	b = jn(b, "status", "1")
	b = g.jp(b, "request", "secret", g.captchaToken("recaptcha"))
	b = append(b, "}}"...)
	return Record{Line: b}
}

// enterpriseAssessment is a reCAPTCHA Enterprise assessment as the
// backend logs the call (projects.assessments.create): the event with the
// token, siteKey, expectedAction, userIpAddress, userAgent and userInfo
// (accountId, userIds of email and phoneNumber), and the answer's
// riskAnalysis and tokenProperties.
func (g *gen) enterpriseAssessment() Record {
	f, l := g.name()
	email := g.email(f, l)
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "msg", "assessment")
	b = jo(b, "event")
	b = g.jp(b, "token", "secret", g.captchaToken("recaptcha"))
	b = g.jk(b, "siteKey", "uniqueid", g.recaptchaKey())
	b = g.js(b, "expectedAction", "LOGIN")
	ip, cat := g.clientIP()
	b = g.jp(b, "userIpAddress", cat, ip)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "userAgent", ua)
	b = jo(b, "userInfo")
	b = g.jp(b, "accountId", "email", email)
	b = ja(b, "userIds")
	b = jo(b, "")
	b = g.jp(b, "email", "email", email)
	b = append(b, '}')
	if g.pct(50) {
		b = jo(b, "")
		b = g.jp(b, "phoneNumber", "phone", g.e164())
		b = append(b, '}')
	}
	b = append(b, "]}}"...)
	b = jo(b, "riskAnalysis")
	b = jn(b, "score", "0."+g.num(1, 9))
	b = append(b, `,"reasons":[]}`...)
	b = jo(b, "tokenProperties")
	b = append(b, `"valid":true`...)
	b = g.js(b, "hostname", "www.example.org")
	b = g.js(b, "action", "LOGIN")
	b = g.jk(b, "createTime", "timestamp", g.now.Add(-5*time.Second).UTC().Format("2006-01-02T15:04:05.000Z"))
	b = append(b, '}')
	b = g.jk(b, "name", "hash", "projects/shop-prod-"+g.num(100000, 999999)+"/assessments/"+g.hexID(16))
	return Record{Line: append(b, '}')}
}

// siteverifyParams returns the parameters of a siteverify request:
// secret, response, remoteip, and hCaptcha's sitekey or Turnstile's
// idempotency_key. It plants them as enc writes them (nil: as they are).
func (g *gen) siteverifyParams(provider string, enc func(string) string) (secret, token, ip, ipCat, extraKey, extraVal string) {
	switch provider {
	case "hcaptcha":
		secret = "0x" + g.hexID(40)
		if g.pct(40) {
			secret = "ES_" + g.hexID(32)
		}
		extraKey, extraVal = "sitekey", g.uuid()
	case "turnstile":
		secret = "0x4AAAAAAA" + g.chars(24, b64url)
		extraKey, extraVal = "idempotency_key", g.uuid()
	default:
		secret = g.recaptchaKey()
	}
	token = g.captchaToken(provider)
	ip, ipCat = g.clientIP()
	if enc == nil {
		enc = func(s string) string { return s }
	}
	g.plantAt("secret", secret, enc(secret))
	g.plantAt("secret", token, enc(token))
	g.plantAt(ipCat, ip, enc(ip))
	if extraVal != "" {
		g.keepAt("uuid", extraVal)
	}
	return
}

var captchaProviders = []string{"recaptcha", "recaptcha", "hcaptcha", "turnstile"}

// siteverifyResult appends the JSON answer of siteverify.
func (g *gen) siteverifyResult(b []byte, provider string) []byte {
	b = append(b, '{')
	ok := g.pct(80)
	b = append(b, `"success":`+strconv.FormatBool(ok)...)
	if ok {
		b = g.jk(b, "challenge_ts", "timestamp", g.now.Add(-time.Duration(2+g.rng.IntN(60))*time.Second).UTC().Format("2006-01-02T15:04:05Z"))
		b = g.js(b, "hostname", "shop.example.com")
		switch provider {
		case "recaptcha":
			if g.pct(60) {
				b = jn(b, "score", "0."+g.num(1, 9))
				b = g.js(b, "action", pick(g, []string{"login", "signup", "checkout"}))
			}
		case "hcaptcha":
			b = append(b, `,"credit":false`...)
		case "turnstile":
			b = g.js(b, "action", "login")
			b = g.jk(b, "cdata", "uniqueid", "sess-"+g.hexID(12))
			b = jo(b, "metadata")
			b = g.jk(b, "ephemeral_id", "uniqueid", "x:"+g.hexID(20))
			b = append(b, '}')
		}
		b = append(b, `,"error-codes":[]`...)
	} else {
		b = append(b, `,"error-codes":["`+pick(g, []string{"timeout-or-duplicate", "invalid-input-response", "missing-input-response"})+`"]`...)
	}
	return append(b, '}')
}

// siteverifyJSON is a structured log entry of the backend's call: the
// request as sent (form fields, or Turnstile's JSON body) and the answer.
func (g *gen) siteverifyJSON() Record {
	provider := pick(g, captchaProviders)
	secret, token, ip, _, ek, ev := g.siteverifyParams(provider, nil)
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "level", "debug")
	b = g.js(b, "logger", "captcha")
	b = g.js(b, "msg", "siteverify")
	b = g.js(b, "provider", provider)
	b = g.jk(b, "request_id", "requestid", g.uuid())
	b = jo(b, "request")
	b = g.js(b, "secret", secret)
	b = g.js(b, "response", token)
	b = g.js(b, "remoteip", ip)
	if ek != "" {
		b = g.js(b, ek, ev)
	}
	b = append(b, '}')
	b = jkey(b, "result")
	b = g.siteverifyResult(b, provider)
	if g.pct(40) {
		f, l := g.name()
		b = g.jp(b, "login", "email", g.email(f, l))
	}
	ms := strconv.Itoa(40 + g.rng.IntN(900))
	b = jn(b, "duration_ms", ms)
	g.keepAt("duration", ms, `"duration_ms":`+ms)
	return Record{Line: append(b, '}')}
}

// siteverifyText is a text debug line with the form-encoded request body,
// or the answer in Python's repr of the parsed JSON.
func (g *gen) siteverifyText() Record {
	provider := pick(g, captchaProviders)
	url := map[string]string{"recaptcha": "https://www.google.com/recaptcha/api/siteverify", "hcaptcha": "https://api.hcaptcha.com/siteverify", "turnstile": "https://challenges.cloudflare.com/turnstile/v0/siteverify"}[provider]
	form := func(s string) string { return pctEnc(s, true, false) }
	secret, token, ip, _, ek, ev := g.siteverifyParams(provider, form)
	var b []byte
	ts := g.now.Format("2006-01-02 15:04:05") + "," + g.digits(3)
	b = g.keep(b, "timestamp", ts, "")
	b = append(b, " DEBUG [captcha."+provider+"] POST "+url+" data="...)
	b = append(b, "secret="+pctEnc(secret, true, false)+"&response="+pctEnc(token, true, false)+"&remoteip="+pctEnc(ip, true, false)...)
	if ek != "" {
		b = append(b, "&"+ek+"="+ev...)
	}
	b = append(b, " -> "...)
	b = g.siteverifyResult(b, provider)
	return Record{Line: b}
}

// siteverifySquid is the outbound proxy's access.log line (Squid native
// format) of an old integration that calls siteverify with GET, so the
// secret and the token are in the logged URL.
func (g *gen) siteverifySquid() Record {
	secret, token, ip, _, _, _ := g.siteverifyParams("recaptcha", nil)
	var b []byte
	ts := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(3)
	b = g.keep(b, "epoch", ts, "")
	b = append(b, "    "+strconv.Itoa(60+g.rng.IntN(900))+" 10.0.3."+g.num(2, 40)+" TCP_MISS/200 "+g.num(300, 700)+" GET "...)
	b = append(b, "https://www.google.com/recaptcha/api/siteverify?secret="+secret+"&response="+token+"&remoteip="+ip...)
	b = append(b, " - HIER_DIRECT/142.250.185."+g.num(1, 254)+" application/json"...)
	return Record{Line: b}
}

// solverTask is a solving API's exchange as its client logs it:
// createTask with the account's clientKey and a task (RecaptchaV2Task,
// RecaptchaV3TaskProxyless, TurnstileTask, HCaptchaTask) that carries the
// proxy's address, login and password, the user agent and cookies; the
// answer's taskId; getTaskResult and its solution with the token.
func (g *gen) solverTask() Record {
	key := g.hexID(32)
	taskID := g.num(100000000, 1999999999)
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	b = g.jk(b, "ts", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	step := g.rng.IntN(4)
	switch step {
	case 0:
		b = g.js(b, "msg", "createTask")
		b = jo(b, "request")
		b = g.jp(b, "clientKey", "secret", key)
		b = jo(b, "task")
		typ := pick(g, []string{"RecaptchaV2Task", "RecaptchaV3TaskProxyless", "TurnstileTask", "HCaptchaTask"})
		b = g.js(b, "type", typ)
		b = g.js(b, "websiteURL", "https://www.example.org/login")
		switch typ {
		case "TurnstileTask":
			b = g.jk(b, "websiteKey", "uniqueid", "0x4AAAAAAA"+g.chars(14, base62))
		case "HCaptchaTask":
			b = g.jk(b, "websiteKey", "uuid", g.uuid())
		default:
			b = g.jk(b, "websiteKey", "uniqueid", g.recaptchaKey())
		}
		if typ == "RecaptchaV3TaskProxyless" {
			b = jn(b, "minScore", "0.7")
			b = g.js(b, "pageAction", "login")
		} else {
			b = g.js(b, "proxyType", pick(g, []string{"http", "socks5"}))
			pip := g.ipv4()
			b = g.jp(b, "proxyAddress", "ipv4", pip)
			port := g.num(1024, 65000)
			b = jn(b, "proxyPort", port)
			g.keepAt("port", port, `"proxyPort":`+port)
			f, l := g.name()
			login := strings.ToLower(ascii(f)) + "." + strings.ToLower(ascii(l))
			if g.pct(40) {
				login = "user-" + strings.ToLower(ascii(l)) + "-country-de"
				g.plantAt("name", login)
				b = g.js(b, "proxyLogin", login)
			} else {
				b = g.jp(b, "proxyLogin", "name", login)
			}
			b = g.jp(b, "proxyPassword", "secret", g.token(14))
			ua, ver := g.ua()
			if ver != "" {
				g.keepAt("version", ver)
			}
			b = g.js(b, "userAgent", ua)
			if g.pct(50) {
				sid := g.chars(26, lowerNum)
				g.plantAt("secret", sid)
				b = g.js(b, "cookies", "PHPSESSID="+sid+"; lang=en")
			}
		}
		b = append(b, "}}"...)
	case 1:
		b = g.js(b, "msg", "createTask response")
		b = append(b, `,"response":{"errorId":0`...)
		b = jn(b, "taskId", taskID)
		g.keepAt("uniqueid", taskID, `"taskId":`+taskID)
		b = append(b, '}')
	case 2:
		b = g.js(b, "msg", "getTaskResult")
		b = jo(b, "request")
		b = g.jp(b, "clientKey", "secret", key)
		b = jn(b, "taskId", taskID)
		g.keepAt("uniqueid", taskID, `"taskId":`+taskID)
		b = append(b, '}')
	default:
		b = g.js(b, "msg", "getTaskResult response")
		b = append(b, `,"response":{"errorId":0,"status":"ready"`...)
		b = jo(b, "solution")
		if g.pct(60) {
			b = g.jp(b, "gRecaptchaResponse", "secret", g.captchaToken("recaptcha"))
		} else {
			b = g.jp(b, "token", "secret", g.captchaToken("turnstile"))
			ua, ver := g.ua()
			if ver != "" {
				g.keepAt("version", ver)
			}
			b = g.js(b, "userAgent", ua)
		}
		b = append(b, '}')
		b = jn(b, "cost", "0.0006")
		ip := g.ipv4()
		b = g.jp(b, "ip", "ipv4", ip)
		ct := strconv.FormatInt(g.now.Unix()-10, 10)
		et := strconv.FormatInt(g.now.Unix(), 10)
		b = jn(b, "createTime", ct)
		b = jn(b, "endTime", et)
		g.keepAt("epoch", ct, `"createTime":`+ct)
		g.keepAt("epoch", et, `"endTime":`+et)
		b = jn(b, "solveCount", "0")
		b = append(b, '}')
	}
	return Record{Line: append(b, '}')}
}
