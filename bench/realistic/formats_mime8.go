package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Held-out formats that carry people inside another standard's syntax:
// mail headers (RFC 5322 with RFC 2047 encoded-words), iCalendar and vCard
// bodies (RFC 5545, RFC 6350) and LDAP (RFC 2849 LDIF, slapd and 389-DS
// access logs, Active Directory's diagnostic events).
//
//   - mail_mime_headers: Postfix cleanup's header_checks WARN and INFO
//     lines ("QUEUEID: warning: header Name: value from host[addr];
//     from=<…> to=<…> proto=ESMTP helo=<…>: text"), Postfix smtpd with
//     debug_peer_list ("< host[addr]: MAIL FROM:<…>", "> host[addr]: 250
//     …"), Python smtplib at debuglevel 1 (send: and reply: with the repr
//     of bytes: \r\n, \xHH for non-ASCII), swaks' transcript (" -> ", " <- ",
//     "=== " lines; AUTH LOGIN and AUTH PLAIN in base64), and an
//     application dumping a message's headers as a Python dict. Headers:
//     From, To, Cc (lists), Reply-To, group syntax, comments, Subject,
//     Received with IPv4 and IPv6 literals ("[IPv6:2001:db8::1]"), with
//     display names quoted, unquoted, "Last, First", as a comment, or as
//     RFC 2047 encoded-words (UTF-8 and ISO-8859-1, Q and B). Planted:
//     addresses, names (an encoded-word's name labelled by its encoded
//     text, the only form in which the record holds it), client addresses,
//     AUTH credentials. Kept: Message-ID, DKIM-Signature and ARC-Seal b=
//     and bh= values, queue ids, MIME boundaries, dates, pids.
//   - ical_vcard_logs: Nextcloud's JSON log (SabreDAV request bodies in
//     "message", CRLF written \r\n, folding "\r\n " kept), Radicale's
//     DEBUG "Request content:" with the body as received (CRLF, folded at
//     75 octets), and a sync client's DEBUG trace of one unfolded content
//     line a record (DAVx5-style). VEVENTs with ORGANIZER and ATTENDEE
//     (CN quoted when it holds a comma), SUMMARY naming a person, LOCATION;
//     vCards 3.0 and 4.0 with FN, N, TEL (text and tel: URI), EMAIL, ADR
//     (street planted; city, region and code unlabelled: either outcome is
//     acceptable), BDAY (unlabelled: the scorer has no category for a date
//     of birth), NOTE with escaped commas. Kept: UID, DTSTAMP, DTSTART,
//     RRULE, SEQUENCE, REV, ETags, PRODID versions.
//   - ldif_ldap_logs: ldapsearch output and LDIF exports (a whole entry a
//     record in even streams, one line a record in odd ones: "# login,
//     people, example.com", dn, cn, sn, givenName, displayName, uid, mail,
//     telephoneNumber, mobile, postalAddress with $, homeDirectory,
//     userPassword:: base64 of {SSHA} or of a clear password, dn:: and cn::
//     base64 for non-ASCII values, jpegPhoto:: folded at 76 columns
//     (unlabelled: random bytes here), description folded); OpenLDAP slapd
//     at loglevel stats (ACCEPT from IP=…:port, BIND dn="…" method=128,
//     SRCH base=… filter="…", SRCH attr=…, MOD, RESULT, closed); 389-DS
//     access log (connection from, BIND, SRCH, RESULT … etime= dn="…");
//     Active Directory events 1644 and 2889 as rendered text. Kept:
//     uidNumber, gidNumber, entryUUID, entryCSN, createTimestamp,
//     conn/op/fd numbers, ports, etimes, OIDs.

// qWord returns s as the encoded text of an RFC 2047 Q encoded-word in
// the charset's bytes ("UTF-8" or "ISO-8859-1"): '_' for a space, =XX for
// every byte outside the letters and digits.
func qWord(s, charset string) string {
	var raw []byte
	if charset == "ISO-8859-1" {
		for _, r := range s {
			raw = append(raw, byte(r)) // the name lists' letters are all Latin-1
		}
	} else {
		raw = []byte(s)
	}
	var b strings.Builder
	for _, c := range raw {
		switch {
		case c == ' ':
			b.WriteByte('_')
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '.', c == '-':
			b.WriteByte(c)
		default:
			b.WriteByte('=')
			b.WriteByte("0123456789ABCDEF"[c>>4])
			b.WriteByte("0123456789ABCDEF"[c&15])
		}
	}
	return b.String()
}

// encodedWord writes s as an RFC 2047 encoded-word and returns it and its
// encoded text (the part the label names).
func (g *gen) encodedWord(s string) (word, text string) {
	cs := "UTF-8"
	if g.pct(30) {
		cs = "ISO-8859-1"
	}
	if g.pct(20) {
		cs = strings.ToLower(cs)
	}
	if g.pct(50) {
		text = qWord(s, strings.ToUpper(cs))
		return "=?" + cs + "?" + pick(g, []string{"Q", "q"}) + "?" + text + "?=", text
	}
	raw := []byte(s)
	if strings.ToUpper(cs) == "ISO-8859-1" {
		raw = raw[:0:0]
		for _, r := range s {
			raw = append(raw, byte(r))
		}
	}
	text = base64.StdEncoding.EncodeToString(raw)
	return "=?" + cs + "?" + pick(g, []string{"B", "b"}) + "?" + text + "?=", text
}

// mimeMailbox returns one RFC 5322 mailbox for a new person, labelling its
// address and the name it shows; quotes says whether a quoted display
// name may be used.
func (g *gen) mimeMailbox(quotes bool) string {
	f, l := g.name()
	addr := g.email(f, l)
	g.plantAt("email", addr)
	full := f + " " + l
	n := g.rng.IntN(9)
	if !quotes && (n == 0 || n == 2) {
		n = 1
	}
	switch n {
	case 0:
		g.plantAt("name", full)
		return `"` + full + `" <` + addr + ">"
	case 1:
		g.plantAt("name", full)
		return full + " <" + addr + ">"
	case 2:
		g.plantAt("name", l+", "+f)
		return `"` + l + ", " + f + `" <` + addr + ">"
	case 3:
		g.plantAt("name", full)
		return addr + " (" + full + ")"
	case 4, 5:
		w, t := g.encodedWord(full)
		g.plantAt("name", t)
		return w + " <" + addr + ">"
	case 6:
		return "<" + addr + ">"
	}
	return addr
}

// mailboxList returns one to three mailboxes, or a group (RFC 5322 3.4).
func (g *gen) mailboxList(quotes bool) string {
	if g.pct(8) {
		return "undisclosed-recipients:;"
	}
	if g.pct(10) {
		return pick(g, []string{"Project team", "Board"}) + ": " + g.mimeMailbox(quotes) + ", " + g.mimeMailbox(quotes) + ";"
	}
	s := g.mimeMailbox(quotes)
	for i := g.rng.IntN(3); i > 0; i-- {
		s += ", " + g.mimeMailbox(quotes)
	}
	return s
}

var mimeRelays = []string{"mail.example.net", "smtp.example.org", "mx2.example.com", "o1.email.example.net", "mail-wr1-f54.google.example"}

// queueIDPostfix returns a short Postfix queue id (10 to 12 hex digits, upper case).
func (g *gen) queueIDPostfix() string {
	return strings.ToUpper(g.hexID(10 + g.rng.IntN(3)))
}

// mailDate writes an RFC 5322 date (kept).
func (g *gen) mailDate() string {
	t := g.now.UTC()
	d := t.Format("Mon, 2 Jan 2006 15:04:05 -0700")
	if g.pct(50) {
		d = t.Format("Mon, 02 Jan 2006 15:04:05 +0000")
	}
	g.keepAt("timestamp", d)
	return d
}

// mailHeader returns one header line (name and value, unfolded) and its
// name. Labels are recorded as it is written.
func (g *gen) mailHeader(quotes bool) (string, string) {
	switch g.rng.IntN(12) {
	case 0, 1:
		return "From", "From: " + g.mimeMailbox(quotes)
	case 2:
		return "To", "To: " + g.mailboxList(quotes)
	case 3:
		return "Cc", "Cc: " + g.mailboxList(quotes)
	case 4:
		return "Reply-To", "Reply-To: " + g.mimeMailbox(quotes)
	case 5, 6:
		s, name := g.mailSubject()
		if g.pct(40) {
			w, t := g.encodedWord(s)
			if name != "" {
				g.plantAt("name", t)
			}
			return "Subject", "Subject: " + w
		}
		g.plantName(name)
		return "Subject", "Subject: " + s
	case 7:
		relay := pick(g, mimeRelays)
		var lit string
		if g.pct(30) {
			ip := g.ipv6()
			g.plantAt("ipv6", ip)
			lit = "IPv6:" + ip
		} else {
			ip := g.ipv4()
			g.plantAt("ipv4", ip)
			lit = ip
		}
		q := g.queueIDPostfix()
		g.keepAt("uniqueid", q, "id "+q)
		f, l := g.name()
		rcpt := g.email(f, l)
		g.plantAt("email", rcpt)
		return "Received", "Received: from " + relay + " (" + relay + " [" + lit + "]) by mx1.example.com (Postfix) with ESMTPS id " + q + " for <" + rcpt + ">; " + g.mailDate()
	case 8:
		var id string
		if g.pct(50) {
			id = g.now.UTC().Format("20060102150405") + "." + strings.ToUpper(g.hexID(10)) + "@mx1.example.com"
		} else {
			id = "CAF" + g.chars(40, base62+"=_-") + "@mail.gmail.com"
		}
		g.keepAt("uniqueid", id, "<"+id+">")
		return "Message-ID", "Message-ID: <" + id + ">"
	case 9:
		bh := g.chars(43, base62+"+/") + "="
		sig := g.chars(172, base62+"+/") + "=="
		g.keepAt("hash", bh, "bh="+bh)
		g.keepAt("hash", sig, "b="+sig)
		t := strconv.FormatInt(g.now.Unix(), 10)
		g.keepAt("epoch", t, "t="+t)
		return "DKIM-Signature", "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.net; s=" + pick(g, []string{"selector1", "google", "s1"}) + "; t=" + t + "; bh=" + bh + "; h=From:To:Subject:Date:Message-ID; b=" + sig
	case 10:
		sig := g.chars(86, base62+"+/") + "=="
		g.keepAt("hash", sig, "b="+sig)
		return "ARC-Seal", "ARC-Seal: i=1; a=rsa-sha256; t=" + strconv.FormatInt(g.now.Unix(), 10) + "; cv=none; d=google.com; s=arc-20160816; b=" + sig
	}
	if g.pct(50) {
		bd := "000000000000" + g.hexID(12)
		g.keepAt("hash", bd)
		return "Content-Type", `Content-Type: multipart/alternative; boundary="` + bd + `"`
	}
	return "Date", "Date: " + g.mailDate()
}

// pyBytes returns s as Python's repr of bytes writes it (b'…'; "…" when s
// holds a ' and no "), and the escaping it applied to the content.
func pyBytes(s string) (string, func(string) string) {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	esc := func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c == '\\' || c == q:
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\r':
				b.WriteString(`\r`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\t':
				b.WriteString(`\t`)
			case c < 0x20 || c >= 0x7f:
				b.WriteString(`\x`)
				b.WriteByte(hexDigits[c>>4])
				b.WriteByte(hexDigits[c&15])
			default:
				b.WriteByte(c)
			}
		}
		return b.String()
	}
	return "b" + string(q) + esc(s) + string(q), esc
}

// reform rewrites the forms of the labels recorded since pl and kp with
// enc, the escaping the record applied after they were recorded; a text
// that the escaping changes beyond what the scorer undoes (\' for a quote)
// is rewritten too.
func (g *gen) reform(pl, kp int, enc func(string) string) {
	fix := func(vs []Value) {
		for i := range vs {
			for j, f := range vs[i].Forms {
				vs[i].Forms[j] = enc(f)
			}
			if strings.Contains(vs[i].Text, "'") && strings.Contains(enc("'"), `\'`) {
				vs[i].Text = strings.ReplaceAll(vs[i].Text, "'", `\'`)
			}
		}
	}
	fix(g.plants[pl:])
	fix(g.keeps[kp:])
}

func (g *gen) mailMIMEHeaders(st *streamState) Record {
	switch st.variant % 4 {
	case 0:
		if g.pct(70) {
			return g.mimePostfixHeaderCheck(st)
		}
		return g.mimePostfixPeer(st)
	case 1:
		return g.mimeSmtplib(st)
	case 2:
		return g.mimeSwaks()
	}
	return g.mimeAppDump()
}

// mimePostfixHeaderCheck is cleanup(8)'s log of a header_checks WARN or
// INFO action.
func (g *gen) mimePostfixHeaderCheck(st *streamState) Record {
	b := g.syslogHead(nil, st, "mx1", "postfix/cleanup")
	q := g.queueIDPostfix()
	b = g.keep(b, "uniqueid", q, q+": ")
	b = append(b, pick(g, []string{"warning", "info"})+": header "...)
	_, h := g.mailHeader(true)
	b = append(b, h...)
	relay := pick(g, mimeRelays)
	b = append(b, " from "+relay+"["...)
	if g.pct(25) {
		b = g.plant(b, "ipv6", g.ipv6(), "")
	} else {
		b = g.plant(b, "ipv4", g.ipv4(), "")
	}
	f, l := g.name()
	b = append(b, "]; from=<"...)
	b = g.plant(b, "email", g.email(f, l), "")
	b = append(b, "> to=<"...)
	f, l = g.name()
	b = g.plant(b, "email", g.email(f, l), "")
	b = append(b, "> proto=ESMTP helo=<"+relay+">"...)
	if g.pct(50) {
		b = append(b, ": "+pick(g, []string{"external sender", "subject logged", "suspicious sender"})...)
	}
	return Record{Line: b}
}

// mimePostfixPeer is smtpd(8) with debug_peer_list naming the client.
func (g *gen) mimePostfixPeer(st *streamState) Record {
	b := g.syslogHead(nil, st, "mx1", "postfix/smtpd")
	relay := pick(g, mimeRelays)
	dir := pick(g, []string{"< ", "> "})
	b = append(b, dir+relay+"["...)
	b = g.plant(b, "ipv4", g.ipv4(), "")
	b = append(b, "]: "...)
	f, l := g.name()
	if dir == "> " {
		switch g.rng.IntN(3) {
		case 0:
			b = append(b, "250 2.1.0 Ok"...)
		case 1:
			b = append(b, "250 2.1.5 Ok"...)
		default:
			b = append(b, "550 5.1.1 <"...)
			b = g.plant(b, "email", g.email(f, l), "")
			b = append(b, ">: Recipient address rejected: User unknown in virtual mailbox table"...)
		}
		return Record{Line: b}
	}
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, "MAIL FROM:<"...)
		b = g.plant(b, "email", g.email(f, l), "")
		sz := g.num(900, 90000)
		b = g.keep(b, "bytes", sz, "> SIZE="+sz)
	case 1:
		a := g.email(f, l)
		g.plantAt("email", a)
		b = append(b, "RCPT TO:<"+a+"> ORCPT=rfc822;"+a...)
	default:
		b = append(b, "EHLO "+relay...)
	}
	return Record{Line: b}
}

// mimeSmtplib is Python smtplib at debuglevel 1 (or 2, with a time).
func (g *gen) mimeSmtplib(st *streamState) Record {
	var b []byte
	if st.variant%8 >= 4 {
		b = g.keep(b, "timestamp", g.now.UTC().Format("15:04:05.000000"), "")
		b = append(b, ' ')
	}
	pl, kp := len(g.plants), len(g.keeps)
	switch g.rng.IntN(4) {
	case 0:
		f, l := g.name()
		a := g.email(f, l)
		g.plantAt("email", a)
		return Record{Line: append(b, "send: 'mail FROM:<"+a+"> size="+g.num(900, 90000)+"\\r\\n'"...)}
	case 1:
		return Record{Line: append(b, "reply: retcode (250); Msg: b'2.1.5 Ok'"...)}
	case 2:
		return Record{Line: append(b, "reply: b'250-"+pick(g, mimeRelays)+"\\r\\n'"...)}
	}
	var hs []string
	for i := 2 + g.rng.IntN(4); i > 0; i-- {
		_, h := g.mailHeader(false)
		hs = append(hs, h)
	}
	hs = append(hs, `Content-Type: text/plain; charset="utf-8"`, "MIME-Version: 1.0")
	s := strings.Join(hs, "\r\n") + "\r\n\r\n"
	r, esc := pyBytes(s)
	g.reform(pl, kp, esc)
	return Record{Line: append(append(b, "send: "...), r...)}
}

// mimeSwaks is one line of swaks' transcript.
func (g *gen) mimeSwaks() Record {
	var b []byte
	f, l := g.name()
	switch g.rng.IntN(9) {
	case 0:
		b = append(b, "=== Trying "+pick(g, mimeRelays)+":587..."...)
	case 1:
		b = append(b, " -> MAIL FROM:<"...)
		b = g.plant(b, "email", g.email(f, l), "")
		b = append(b, '>')
	case 2:
		b = append(b, " -> RCPT TO:<"...)
		b = g.plant(b, "email", g.email(f, l), "")
		b = append(b, '>')
	case 3:
		a := g.email(f, l)
		enc := base64.StdEncoding.EncodeToString([]byte(a))
		b = append(b, " -> "...)
		b = g.plant(b, "email", enc, "")
	case 4:
		pw := g.token(8+g.rng.IntN(8)) + "!"
		b = append(b, " -> "...)
		b = g.plant(b, "secret", base64.StdEncoding.EncodeToString([]byte(pw)), "")
	case 5:
		a := g.email(f, l)
		pw := g.token(12)
		b = append(b, " -> AUTH PLAIN "...)
		b = g.plant(b, "secret", base64.StdEncoding.EncodeToString([]byte("\x00"+a+"\x00"+pw)), "")
	case 6:
		b = append(b, " <-  250 2.0.0 Ok: queued as "...)
		b = g.keep(b, "uniqueid", g.queueIDPostfix(), "")
	case 7:
		b = append(b, " <-  334 "+pick(g, []string{"VXNlcm5hbWU6", "UGFzc3dvcmQ6"})...)
	default:
		_, h := g.mailHeader(true)
		b = append(b, " -> "+h...)
	}
	return Record{Line: b}
}

// mimeAppDump is an application logging a message's headers as a
// Python dict (str repr: single quotes, or double when the value holds a
// single quote; non-ASCII as it is).
func (g *gen) mimeAppDump() Record {
	b := g.keep(nil, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05,000"), "")
	b = append(b, " INFO notifications.mailer: sending message headers={"...)
	seen := map[string]bool{}
	for i := 2 + g.rng.IntN(3); i > 0; i-- {
		pl, kp := len(g.plants), len(g.keeps)
		name, h := g.mailHeader(false)
		if seen[name] {
			// A dict holds a header once: drop the repeat and its labels.
			g.plants, g.keeps = g.plants[:pl], g.keeps[:kp]
			if i == 1 {
				b = b[:len(b)-2]
			}
			continue
		}
		seen[name] = true
		v := strings.TrimPrefix(h, name+": ")
		q := "'"
		if strings.Contains(v, "'") {
			q = `"`
		}
		b = append(b, "'"+name+"': "+q+v+q...)
		if i > 1 {
			b = append(b, ", "...)
		}
	}
	return Record{Line: append(b, '}')}
}

// icsLabel is a value inside one content line.
type icsLabel struct {
	cat, text string
	keep      bool
}

// icsBody is an iCalendar or vCard object as content lines, unfolded,
// with the values each line holds.
type icsBody struct {
	lines  []string
	labels [][]icsLabel
}

func (c *icsBody) add(line string, labs ...icsLabel) {
	c.lines = append(c.lines, line)
	c.labels = append(c.labels, labs)
}

func pl8(cat, text string) icsLabel { return icsLabel{cat: cat, text: text} }
func kp8(cat, text string) icsLabel { return icsLabel{cat: cat, text: text, keep: true} }

// icsFoldAt returns the byte offsets at which RFC 5545 3.1 folding breaks
// line (75 octets a line, the continuation's leading space counted), never
// inside a UTF-8 sequence.
func icsFoldAt(line string) []int {
	var at []int
	start, limit := 0, 75
	for len(line)-start > limit {
		p := start + limit
		for p > start && line[p]&0xC0 == 0x80 {
			p--
		}
		at = append(at, p)
		start, limit = p, 74
	}
	return at
}

// icsFold writes line folded at the offsets icsFoldAt returns.
func icsFold(line string, at []int) string {
	var b strings.Builder
	prev := 0
	for _, p := range at {
		b.WriteString(line[prev:p])
		b.WriteString("\r\n ")
		prev = p
	}
	b.WriteString(line[prev:])
	return b.String()
}

// emit returns the object's lines joined by CRLF (folded when fold is
// set) after enc, and records every label in the form enc gives it.
func (g *gen) icsEmit(c *icsBody, fold bool, enc func(string) string) string {
	var out []string
	for i, line := range c.lines {
		var at []int
		if fold {
			at = icsFoldAt(line)
		}
		for _, l := range c.labels[i] {
			j := strings.Index(line, l.text)
			text := l.text
			if j >= 0 {
				var sub []int
				for _, p := range at {
					if p > j && p < j+len(l.text) {
						sub = append(sub, p-j)
					}
				}
				text = icsFold(l.text, sub)
			}
			form := enc(text)
			if l.keep {
				g.keepAt(l.cat, text, form)
			} else {
				g.plantAt(l.cat, text, form)
			}
		}
		out = append(out, icsFold(line, at))
	}
	return enc(strings.Join(out, "\r\n"))
}

// icsText escapes a TEXT value (RFC 5545 3.3.11): backslash, comma,
// semicolon, and line breaks as \n.
func icsText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ",", `\,`, ";", `\;`, "\n", `\n`)
	return r.Replace(s)
}

// icsParam writes a parameter value, quoted when it holds , ; or :.
func icsParam(s string) string {
	if strings.ContainsAny(s, ",;:") {
		return `"` + s + `"`
	}
	return s
}

// calEvent is an iTIP invitation or a stored event.
func (g *gen) calEvent() *icsBody {
	c := &icsBody{}
	c.add("BEGIN:VCALENDAR")
	prod := pick(g, [][2]string{{"-//Apple Inc.//macOS 14.1.2//EN", "14.1.2"}, {"-//Nextcloud calendar v4.5.2", "4.5.2"}, {"-//Google Inc//Google Calendar 70.9054//EN", "70.9054"}, {"-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "16.0"}, {"-//Sabre//Sabre VObject 4.5.4//EN", "4.5.4"}})
	c.add("PRODID:"+prod[0], kp8("version", prod[1]))
	c.add("VERSION:2.0")
	if g.pct(50) {
		c.add("METHOD:REQUEST")
	}
	c.add("BEGIN:VEVENT")
	var uid string
	if g.pct(30) {
		uid = "040000008200E00074C5B7101A82E00800000000" + strings.ToUpper(g.hexID(16)) + "000000000000000010000000" + strings.ToUpper(g.hexID(32))
		c.add("UID:"+uid, kp8("hash", uid))
	} else {
		uid = strings.ToUpper(g.uuid())
		c.add("UID:"+uid, kp8("uuid", uid))
	}
	st := g.now.UTC().Format("20060102T150405Z")
	c.add("DTSTAMP:"+st, kp8("timestamp", st))
	start := g.now.Add(72*3600e9).Format("20060102T15") + "0000"
	c.add("DTSTART;TZID=Europe/Berlin:"+start, kp8("timestamp", start))
	if g.pct(40) {
		r := "FREQ=WEEKLY;BYDAY=" + pick(g, []string{"MO", "TU,TH", "MO,WE,FR"}) + ";COUNT=" + g.num(2, 52)
		c.add("RRULE:"+r, kp8("counter", "RRULE:"+r))
	}
	seq := g.num(0, 9)
	c.add("SEQUENCE:"+seq, kp8("counter", "SEQUENCE:"+seq))
	f, l := g.name()
	switch g.rng.IntN(4) {
	case 0:
		c.add("SUMMARY:1:1 "+f+" "+l, pl8("name", f+" "+l))
	case 1:
		c.add("SUMMARY:Interview: "+icsText(f+" "+l+", backend role"), pl8("name", f+" "+l))
	case 2:
		c.add("SUMMARY:" + pick(g, []string{"Sprint planning", "Team sync", "Quarterly review"}))
	default:
		c.add("SUMMARY:Call with "+icsText(f+" "+l), pl8("name", f+" "+l))
	}
	if g.pct(30) {
		s := icsText(g.street())
		c.add("LOCATION:"+s+`\, `+pick(g, []string{"Berlin", "London", "Kyiv"}), pl8("address", s))
	}
	if g.pct(30) {
		p := g.phone()
		c.add("DESCRIPTION:Dial-in: "+p+`\nAgenda: see doc`, pl8("phone", p))
	}
	c.add(g.calAddr("ORGANIZER", false))
	for i := 1 + g.rng.IntN(3); i > 0; i-- {
		c.add(g.calAddr("ATTENDEE", true))
	}
	c.add("END:VEVENT")
	c.add("END:VCALENDAR")
	return c
}

// calAddr returns an ORGANIZER or ATTENDEE line; its labels are the
// caller's to add: calAddr returns them through the pending slice.
func (g *gen) calAddr(prop string, attendee bool) (string, icsLabel, icsLabel) {
	f, l := g.name()
	a := g.email(f, l)
	cn := f + " " + l
	if g.pct(30) {
		cn = l + ", " + f
	}
	line := prop
	if attendee {
		line += ";CUTYPE=INDIVIDUAL;ROLE=" + pick(g, []string{"REQ-PARTICIPANT", "OPT-PARTICIPANT", "CHAIR"}) + ";PARTSTAT=" + pick(g, []string{"NEEDS-ACTION", "ACCEPTED", "TENTATIVE"}) + ";RSVP=TRUE"
	}
	line += ";CN=" + icsParam(cn)
	if attendee && g.pct(40) {
		line += ";X-NUM-GUESTS=0"
	}
	return line + ":mailto:" + a, pl8("name", cn), pl8("email", a)
}

// vCard is a contact in vCard 3.0 (Apple, Google) or 4.0 (RFC 6350).
func (g *gen) vCard() *icsBody {
	c := &icsBody{}
	v4 := g.pct(40)
	c.add("BEGIN:VCARD")
	if v4 {
		c.add("VERSION:4.0")
	} else {
		c.add("VERSION:3.0")
	}
	prod := pick(g, [][2]string{{"-//Apple Inc.//iPhone OS 17.1.2//EN", "17.1.2"}, {"-//Sabre//Sabre VObject 4.5.4//EN", "4.5.4"}, {"ez-vcard 0.12.1", "0.12.1"}})
	c.add("PRODID:"+prod[0], kp8("version", prod[1]))
	f, l := g.name()
	c.add("N:"+icsText(l)+";"+icsText(f)+";;;", pl8("name", icsText(l)), pl8("name", icsText(f)))
	c.add("FN:"+f+" "+l, pl8("name", f+" "+l))
	if g.pct(50) {
		c.add(`ORG:Example\, Inc.;Sales`)
	}
	p := g.phone()
	switch {
	case v4 && g.pct(50):
		e := g.e164()
		c.add("TEL;VALUE=uri;TYPE=cell:tel:"+e, pl8("phone", e))
	case v4:
		c.add("TEL;TYPE=\"voice,cell\":"+p, pl8("phone", p))
	default:
		c.add("TEL;TYPE=CELL;TYPE=VOICE;TYPE=pref:"+p, pl8("phone", p))
	}
	a := g.email(f, l)
	if !v4 && g.pct(50) {
		c.add("item1.EMAIL;type=INTERNET;type=pref:"+a, pl8("email", a))
		c.add("item1.X-ABLabel:_$!<Other>!$_")
	} else {
		c.add("EMAIL;TYPE=work:"+a, pl8("email", a))
	}
	if g.pct(60) {
		s := icsText(g.street())
		c.add("ADR;TYPE=home:;;"+s+";"+pick(g, []string{"Mountain View;CA;94043;USA", "Berlin;;10117;Germany", "London;;SW1A 1AA;United Kingdom"}), pl8("address", s))
	}
	if g.pct(50) {
		// BDAY unlabelled: the scorer has no category for a date of birth.
		c.add("BDAY:" + pick(g, []string{"1985-04-12", "19790923", "--0412"}))
	}
	if g.pct(30) {
		c.add(`NOTE:Met at the conference\, prefers calls after 5pm\; no mail`)
	}
	u := g.uuid()
	c.add("UID:urn:uuid:"+u, kp8("uuid", u))
	rev := g.now.UTC().Format("2006-01-02T15:04:05Z")
	c.add("REV:"+rev, kp8("timestamp", rev))
	c.add("END:VCARD")
	return c
}

// nextcloudJSON escapes s as PHP's json_encode does by default: \/ for '/',
// \uXXXX for every non-ASCII character, \r \n \t.
func nextcloudJSON(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || r == '/':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r >= 0x7f:
			h := strconv.FormatInt(int64(r), 16)
			b.WriteString(`\u` + strings.Repeat("0", 4-len(h)) + h)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (g *gen) icalVCardLogs(st *streamState) Record {
	var c *icsBody
	card := g.pct(50)
	if card {
		c = g.vCard()
	} else {
		c = g.calEvent()
	}
	login := g.personLogin()
	obj := g.uuid()
	ext, coll := ".ics", "personal"
	if card {
		ext, coll = ".vcf", "contacts"
	}
	switch st.variant % 3 {
	case 0: // Nextcloud's JSON log
		ip := g.ipv4()
		u := pick(g, [][2]string{{"DAVx5/4.3.9-ose (2023/12/01; dav4jvm; okhttp/4.12.0) Android/14", "4.3.9"}, {"iOS/17.1.2 (21B101) dataaccessd/1.0", "17.1.2"}, {"Thunderbird/115.5.0", "115.5.0"}})
		b := []byte(`{"reqId":"`)
		b = g.keep(b, "requestid", g.chars(20, base62), "")
		b = append(b, `","level":0,"time":"`...)
		b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05+00:00"), "")
		b = append(b, `","remoteAddr":"`...)
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, `","user":"`...)
		b = g.plant(b, "name", login, "")
		b = append(b, `","app":"dav","method":"PUT","url":"\/remote.php\/dav\/`...)
		if card {
			b = append(b, "addressbooks\\/users\\/"...)
		} else {
			b = append(b, "calendars\\/"...)
		}
		b = append(b, login+`\/`+coll+`\/`...)
		b = g.keep(b, "uuid", obj, "")
		b = append(b, ext+`","message":"Request body: `...)
		b = append(b, g.icsEmit(c, true, nextcloudJSON)...)
		b = append(b, `","userAgent":"`...)
		b = g.keep(b, "version", u[1], nextcloudJSON(u[0]))
		b = append(b, `","version":"28.0.1.1","data":{"app":"dav"}}`...)
		return Record{Line: b}
	case 1: // Radicale
		b := []byte("[")
		b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05 +0000"), "")
		tid := g.num(10, 99)
		b = append(b, "] ["+g.num(300, 9999)+"/Thread-"+tid+" (process_request_thread)] "...)
		if g.pct(25) {
			b = append(b, "[INFO] PUT request for '/"...)
			b = g.plant(b, "name", login, "")
			b = append(b, "/"+coll+"/"...)
			b = g.keep(b, "uuid", obj, "")
			b = append(b, ext+"' received from "...)
			b = g.plant(b, "ipv4", g.ipv4(), "")
			b = append(b, " using 'DAVx5/4.3.9-ose (2023/12/01; dav4jvm; okhttp/4.12.0) Android/14'"...)
			return Record{Line: b}
		}
		b = append(b, "[DEBUG] Request content:\n"...)
		b = append(b, g.icsEmit(c, true, func(s string) string { return s })...)
		return Record{Line: b}
	}
	// A sync client's debug trace: one unfolded content line a record.
	b := g.keep(nil, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000"), "")
	mgr := "CalendarSyncManager"
	if card {
		mgr = "ContactsSyncManager"
	}
	b = append(b, " D/SyncManager["+mgr+"]: "...)
	if g.pct(10) {
		b = append(b, "Uploaded "...)
		b = g.keep(b, "uuid", obj, "")
		b = append(b, ext+", new ETag: \""...)
		b = g.keep(b, "hash", g.hexID(32), "")
		return Record{Line: append(b, '"')}
	}
	i := 1 + g.rng.IntN(len(c.lines)-2)
	one := &icsBody{lines: c.lines[i : i+1], labels: c.labels[i : i+1]}
	b = append(b, "<< "...)
	b = append(b, g.icsEmit(one, false, func(s string) string { return s })...)
	return Record{Line: b}
}

// ldapBase returns a directory's suffix.
func (g *gen) ldapBase() string {
	return pick(g, []string{"dc=example,dc=com", "dc=corp,dc=example,dc=org", "o=example", "dc=example,dc=co,dc=uk"})
}

// ldifSafe reports whether s may be written as an LDIF SAFE-STRING (RFC
// 2849): ASCII, not starting with a space, ':' or '<', not ending in a space.
func ldifSafe(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[0] == ':' || s[0] == '<' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x7f || s[i] == 0 || s[i] == '\n' || s[i] == '\r' {
			return false
		}
	}
	return true
}

// ldifAttr adds "attr: value" or, for a value that is not a SAFE-STRING,
// "attr:: base64"; a planted value is labelled in the form written.
func ldifAttr(c *icsBody, attr, cat, v string) {
	if ldifSafe(v) {
		if cat == "" {
			c.add(attr + ": " + v)
			return
		}
		c.add(attr+": "+v, pl8(cat, v))
		return
	}
	e := base64.StdEncoding.EncodeToString([]byte(v))
	if cat == "" {
		c.add(attr + ":: " + e)
		return
	}
	c.add(attr+":: "+e, pl8(cat, e))
}

// ldifEntry is an inetOrgPerson/posixAccount entry as ldapsearch -LLL or
// slapcat writes it (operational attributes with +).
func (g *gen) ldifEntry(ldapsearch bool) *icsBody {
	c := &icsBody{}
	f, l := g.name()
	login := g.personLogin()
	base := g.ldapBase()
	ou := pick(g, []string{"people", "People", "users"})
	if ldapsearch {
		c.add("# "+login+", "+ou+", "+strings.SplitN(base[strings.IndexByte(base, '=')+1:], ",", 2)[0], pl8("name", login))
	}
	full := f + " " + l
	if g.pct(30) {
		// An RDN of the person's name, "Last, First" with the comma
		// escaped (RFC 4514); base64 when the name is not ASCII.
		rdn := l + `\, ` + f
		dn := "cn=" + rdn + ",ou=" + ou + "," + base
		if ldifSafe(dn) {
			c.add("dn: "+dn, pl8("name", rdn))
		} else {
			ldifAttr(c, "dn", "name", dn)
		}
	} else {
		c.add("dn: uid="+login+",ou="+ou+","+base, pl8("name", login))
	}
	c.add("objectClass: inetOrgPerson")
	c.add("objectClass: posixAccount")
	ldifAttr(c, "cn", "name", full)
	ldifAttr(c, "sn", "name", l)
	ldifAttr(c, "givenName", "name", f)
	if g.pct(50) {
		ldifAttr(c, "displayName", "name", full)
	}
	c.add("uid: "+login, pl8("name", login))
	a := g.email(f, l)
	c.add("mail: "+a, pl8("email", a))
	p := g.phone()
	c.add("telephoneNumber: "+p, pl8("phone", p))
	if g.pct(50) {
		m := g.e164()
		c.add("mobile: "+m, pl8("phone", m))
	}
	if g.pct(40) {
		s := g.street()
		ldifAttr(c, "postalAddress", "address", s+"$"+pick(g, []string{"Berlin", "London", "Kyiv"}))
	}
	un := g.num(10000, 60000)
	c.add("uidNumber: "+un, kp8("counter", "uidNumber: "+un))
	gn := pick(g, []string{"100", "10000", "5001"})
	c.add("gidNumber: "+gn, kp8("counter", "gidNumber: "+gn))
	c.add("homeDirectory: /home/"+login, pl8("name", login))
	c.add("loginShell: /bin/bash")
	if g.pct(60) {
		var pw string
		if g.pct(70) {
			pw = "{SSHA}" + base64.StdEncoding.EncodeToString([]byte(g.chars(24, base62)))
		} else {
			pw = g.token(10) + "!"
		}
		e := base64.StdEncoding.EncodeToString([]byte(pw))
		c.add("userPassword:: "+e, pl8("secret", e))
	}
	if g.pct(25) {
		// A photo: random bytes here, so unlabelled; wrapped at 76 columns.
		ph := base64.StdEncoding.EncodeToString([]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00" + g.chars(120, base62)))
		c.add("jpegPhoto:: " + ph)
	}
	c.add("memberOf: cn=" + pick(g, acctGroups) + ",ou=groups," + base)
	if !ldapsearch || g.pct(50) {
		u := g.uuid()
		c.add("entryUUID: "+u, kp8("uuid", u))
		ts := g.now.UTC().Format("20060102150405")
		csn := ts + "." + g.digits(6) + "Z#000000#000#000000"
		c.add("entryCSN: "+csn, kp8("timestamp", csn))
		c.add("createTimestamp: "+ts+"Z", kp8("timestamp", ts+"Z"))
		c.add("creatorsName: cn=admin," + base)
	}
	return c
}

// ldifWrap folds lines longer than 76 columns as ldapsearch does (a
// continuation starts with one space); labels are folded with them.
func (g *gen) ldifEmit(c *icsBody) string {
	var out []string
	for i, line := range c.lines {
		var at []int
		for p := 76; p < len(line); p += 75 {
			at = append(at, p)
		}
		for _, lb := range c.labels[i] {
			j := strings.Index(line, lb.text)
			text := lb.text
			if j >= 0 {
				var sub []int
				for _, p := range at {
					if p > j && p < j+len(lb.text) {
						sub = append(sub, p-j)
					}
				}
				text = ldifFold(lb.text, sub)
			}
			if lb.keep {
				g.keepAt(lb.cat, text)
			} else {
				g.plantAt(lb.cat, text)
			}
		}
		out = append(out, ldifFold(line, at))
	}
	return strings.Join(out, "\n")
}

func ldifFold(s string, at []int) string {
	var b strings.Builder
	prev := 0
	for _, p := range at {
		b.WriteString(s[prev:p])
		b.WriteString("\n ")
		prev = p
	}
	b.WriteString(s[prev:])
	return b.String()
}

// ldapFilter returns a search filter naming a person, as slapd and 389-DS
// log it.
func (g *gen) ldapFilter() string {
	f, l := g.name()
	switch g.rng.IntN(6) {
	case 0:
		lg := g.personLogin()
		g.plantAt("name", lg)
		return "(uid=" + lg + ")"
	case 1:
		a := g.email(f, l)
		g.plantAt("email", a)
		return "(&(objectClass=person)(mail=" + a + "))"
	case 2:
		g.plantAt("name", ascii(f)+" "+ascii(l))
		return "(|(cn=" + ascii(f) + " " + ascii(l) + "*)(displayName=" + ascii(f) + " " + ascii(l) + "*))"
	case 3:
		p := g.e164()
		g.plantAt("phone", p)
		return "(telephoneNumber=" + p + ")"
	case 4:
		lg := g.personLogin()
		g.plantAt("name", lg)
		return "(&(objectClass=user)(sAMAccountName=" + lg + "))"
	}
	return "(objectClass=*)"
}

// ldapClient writes a client address: IPv4, or IPv6 in brackets for
// slapd (IP=[…]:port).
func (g *gen) ldapClient(b []byte, brackets bool) []byte {
	if g.pct(25) {
		ip := g.ipv6()
		if brackets {
			return g.plant(b, "ipv6", ip, "["+ip+"]")
		}
		return g.plant(b, "ipv6", ip, "")
	}
	return g.plant(b, "ipv4", g.ipv4(), "")
}

func (g *gen) ldifLDAPLogs(st *streamState) Record {
	switch st.variant % 5 {
	case 0: // ldapsearch output, an entry a record
		c := g.ldifEntry(true)
		return Record{Line: []byte(g.ldifEmit(c))}
	case 1: // an LDIF export tailed line by line
		c := g.ldifEntry(false)
		i := g.rng.IntN(len(c.lines))
		one := &icsBody{lines: c.lines[i : i+1], labels: c.labels[i : i+1]}
		return Record{Line: []byte(g.ldifEmit(one))}
	case 2:
		return g.slapdStatsLine(st)
	case 3:
		return g.dsAccess()
	}
	return g.adLDAPEvent()
}

func (g *gen) ldapConnOp(b []byte, conn string) []byte {
	b = g.keep(b, "counter", conn, "conn="+conn+" ")
	op := g.num(0, 12)
	return g.keep(b, "counter", op, "op="+op+" ")
}

// slapdStatsLine is OpenLDAP slapd at loglevel stats behind syslog.
func (g *gen) slapdStatsLine(st *streamState) Record {
	b := g.syslogHead(nil, st, "ldap1", "slapd")
	conn := g.num(1000, 99999)
	base := g.ldapBase()
	switch g.rng.IntN(6) {
	case 0:
		b = g.keep(b, "counter", conn, "conn="+conn+" ")
		fd := g.num(10, 200)
		b = g.keep(b, "counter", fd, "fd="+fd+" ")
		b = append(b, "ACCEPT from IP="...)
		b = g.ldapClient(b, true)
		port := g.num(30000, 65535)
		b = g.keep(b, "port", port, ":"+port+" ")
		return Record{Line: append(b, "(IP=0.0.0.0:389)"...)}
	case 1:
		b = g.ldapConnOp(b, conn)
		lg := g.personLogin()
		b = append(b, `BIND dn="uid=`...)
		b = g.plant(b, "name", lg, "")
		b = append(b, ",ou=people,"+base+`" `+pick(g, []string{"method=128", "mech=SIMPLE bind_ssf=0 ssf=256"})...)
	case 2:
		b = g.ldapConnOp(b, conn)
		b = append(b, `SRCH base="ou=people,`+base+`" scope=2 deref=0 filter="`+g.ldapFilter()+`"`...)
	case 3:
		b = g.ldapConnOp(b, conn)
		b = append(b, "SRCH attr=cn mail telephoneNumber memberOf"...)
	case 4:
		b = g.ldapConnOp(b, conn)
		lg := g.personLogin()
		b = append(b, `MOD dn="uid=`...)
		b = g.plant(b, "name", lg, "")
		b = append(b, ",ou=people,"+base+`"`...)
	default:
		b = g.ldapConnOp(b, conn)
		n := g.num(0, 40)
		b = append(b, "SEARCH RESULT tag=101 err=0 qtime=0.000012 etime=0.000"+g.digits(3)+" "...)
		b = g.keep(b, "counter", n, "nentries="+n+" ")
		b = append(b, "text="...)
	}
	return Record{Line: b}
}

// dsAccess is a 389 Directory Server access log line.
func (g *gen) dsAccess() Record {
	t := g.now.UTC()
	b := []byte("[")
	b = g.keep(b, "timestamp", t.Format("02/Jan/2006:15:04:05.000000000 -0700"), "")
	b = append(b, "] "...)
	conn := g.num(1, 9999)
	base := g.ldapBase()
	lg := g.personLogin()
	switch g.rng.IntN(5) {
	case 0:
		b = g.keep(b, "counter", conn, "conn="+conn+" ")
		b = append(b, "fd=64 slot=64 connection from "...)
		b = g.ldapClient(b, false)
		return Record{Line: append(b, " to 192.0.2.10"...)}
	case 1:
		b = g.ldapConnOp(b, conn)
		b = append(b, `BIND dn="uid=`...)
		b = g.plant(b, "name", lg, "")
		return Record{Line: append(b, ",ou=People,"+base+`" method=128 version=3`...)}
	case 2:
		b = g.ldapConnOp(b, conn)
		return Record{Line: append(b, `SRCH base="`+base+`" scope=2 filter="`+g.ldapFilter()+`" attrs="cn mail uid"`...)}
	case 3:
		b = g.ldapConnOp(b, conn)
		b = append(b, "RESULT err=0 tag=97 nentries=0 wtime=0.000"+g.digits(6)+" optime=0.00"+g.digits(7)+" etime=0.00"+g.digits(7)+` dn="uid=`...)
		b = g.plant(b, "name", strings.ToLower(lg), "")
		return Record{Line: append(b, ",ou=people,"+base+`"`...)}
	}
	b = g.ldapConnOp(b, conn)
	return Record{Line: append(b, "RESULT err=49 tag=97 nentries=0 wtime=0.000088 optime=0.000712 etime=0.000799 - Invalid credentials"...)}
}

// adLDAPEvent is a Directory Service event as Windows renders it: 1644
// (expensive search, Field Engineering diagnostics) or 2889 (unsigned
// bind), CRLF written as \r\n by the forwarder.
func (g *gen) adLDAPEvent() Record {
	b := g.keep(nil, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"), "")
	b = append(b, " dc01.corp.example.com Microsoft-Windows-ActiveDirectory_DomainService "...)
	if g.pct(50) {
		b = append(b, `2889 The following client performed a SASL (Negotiate/Kerberos/NTLM/Digest) LDAP bind without requesting signing (integrity verification), or performed a simple bind over a cleartext (non-SSL/TLS-encrypted) LDAP connection.\r\n \r\nClient IP address:\r\n`...)
		b = g.ldapClient(b, true)
		port := g.num(30000, 65535)
		b = g.keep(b, "port", port, ":"+port+`\r\n`)
		b = append(b, `Identity the client attempted to authenticate as:\r\nCORP\`...)
		b = g.plant(b, "name", g.personLogin(), "")
		return Record{Line: append(b, `\r\nBinding Type:\r\n0`...)}
	}
	b = append(b, `1644 Internal event: A client issued a search operation with the following options.\r\n \r\nClient:\r\n`...)
	b = g.ldapClient(b, true)
	port := g.num(30000, 65535)
	b = g.keep(b, "port", port, ":"+port+` \r\n`)
	b = append(b, `Starting node:\r\nDC=corp,DC=example,DC=com \r\nFilter:\r\n`...)
	b = append(b, strings.ReplaceAll(strings.ReplaceAll(g.ldapFilter(), "(", " ( "), ")", " ) ")...)
	n := g.num(1, 5000)
	b = append(b, ` \r\nSearch scope:\r\nsubtree \r\nAttribute selection:\r\n[all_with_list]cn,mail \r\nVisited entries:\r\n`...)
	b = g.keep(b, "counter", n, n+` \r\n`)
	return Record{Line: append(b, `Returned entries:\r\n1 \r\nUsed indexes:\r\nidx_sAMAccountName:1:N;`...)}
}
