package realistic

// Exim's main log (The Exim specification, chapter "Log files": the
// mainlog, its log line flags and the default log_selector): a message's
// arrival ("<= sender H=host [ip]:port P=esmtpsa X=... A=authenticator:id
// S=size id=message-id T="subject" for recipients", when +received_recipients
// and +subject are selected), its deliveries ("=> recipient R=router
// T=transport H=host [ip] X=... C="response""), "Completed", rejected
// recipients ("H=(helo) [ip]:port F=<sender> rejected RCPT <rcpt>:
// reason") and failed logins ("authenticator failed for (helo) [ip]:port:
// 535 Incorrect authentication data (set_id=id)").
//
// Planted: addresses, e-mail addresses, the authenticated id (A=...:id,
// set_id=) when written as a person's login, subjects naming a person.
// Kept: message ids (1vWxYz-000Abc-1D: Exim's base-62 id), sizes, ports,
// service senders' logins, router and transport names, TLS ciphers.

// eximID returns an Exim 4.97+ message id: 6, 6 and 2 base-62 characters.
func (g *gen) eximID() string {
	return g.chars(6, base62) + "-" + g.chars(6, base62) + "-" + g.chars(2, base62)
}

func (g *gen) eximLog(st *streamState) Record {
	t := g.now.UTC()
	b := make([]byte, 0, 500)
	b = g.keep(b, "timestamp", t.Format("2006-01-02 15:04:05"), "")
	b = append(b, ' ')
	f, l := g.name()
	ip := g.ipv4()
	port := g.num(1024, 65535)
	switch n := g.rng.IntN(10); {
	case n < 4:
		id := g.eximID()
		b = g.keep(b, "uniqueid", id, " "+id+" ")[:len(b)]
		b = append(b, id+" <= "...)
		b = g.plant(b, "email", g.email(f, l), "")
		b = append(b, " H="+pick(g, []string{"(laptop)", "mail.example.net", "(WS-1042)"})+" ["...)
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, "]:"...)
		b = g.keep(b, "port", port, "]:"+port+" ")[:len(b)]
		b = append(b, port+" P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A="...)
		auth := pick(g, []string{"dovecot_plain", "dovecot_login", "plain_server"})
		b = append(b, auth+":"...)
		if g.pct(70) {
			login := g.personLogin()
			b = g.plant(b, "name", login, ":"+login+" ")[:len(b)]
			b = append(b, login...)
		} else {
			acct := pick(g, []string{"noreply", "alerts", "billing"})
			b = g.keep(b, "account", acct, ":"+acct+" ")[:len(b)]
			b = append(b, acct...)
		}
		b = append(b, " S="+g.num(800, 90000)+" id="...)
		mid := g.digits(14) + "." + g.chars(6, base62) + "@mail.example.com"
		b = append(b, mid...)
		b = append(b, " T=\"Invoice for "...)
		b = g.plant(b, "name", f+" "+l, "")
		b = append(b, "\" for "...)
		f2, l2 := g.name()
		b = g.plant(b, "email", g.email(f2, l2), "")
	case n < 7:
		id := g.eximID()
		b = g.keep(b, "uniqueid", id, " "+id+" ")[:len(b)]
		b = append(b, id+" => "...)
		b = g.plant(b, "email", g.email(f, l), "")
		mx := g.ipv4()
		b = append(b, " R=dnslookup T=remote_smtp H=mx"+g.num(1, 3)+".example.org ["...)
		b = g.plant(b, "ipv4", mx, "")
		b = append(b, "] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 OK "+g.num(1790000000, 1799999999)+" "+g.chars(12, "0123456789abcdef")+" - gsmtp\""...)
	case n < 8:
		id := g.eximID()
		b = g.keep(b, "uniqueid", id, " "+id+" ")[:len(b)]
		b = append(b, id+" Completed"...)
	case n < 9:
		b = append(b, "H=(client.example.net) ["...)
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, "]:"+port+" F=<"...)
		b = g.plant(b, "email", g.email(f, l), "")
		b = append(b, "> rejected RCPT <"...)
		f2, l2 := g.name()
		b = g.plant(b, "email", g.email(f2, l2), "")
		b = append(b, ">: relay not permitted"...)
	default:
		b = append(b, pick(g, []string{"dovecot_login", "dovecot_plain"})+" authenticator failed for ("+pick(g, []string{"User", "ylmf-pc", "WIN-3PJ0V"})+") ["...)
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, "]:"+port+": 535 Incorrect authentication data (set_id="...)
		if g.pct(60) {
			login := g.personLogin()
			b = g.plant(b, "name", login, "="+login+")")[:len(b)]
			b = append(b, login...)
		} else {
			acct := pick(g, scannerLogins)
			b = g.keep(b, "account", acct, "="+acct+")")[:len(b)]
			b = append(b, acct...)
		}
		b = append(b, ')')
	}
	return Record{Line: b}
}
