package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Infrastructure and audit logs that security teams archive: syslog from
// sshd, sudo, PAM, Postfix and Dovecot (RFC 3164 and RFC 5424 headers),
// HAProxy's HTTP log format, and the AWS S3 server access log and
// Application Load Balancer access log (space-separated, documented field
// by field).
//
// Logins: a person's login or e-mail address is personal data, whether it
// is written as the name (jane.doe, j.smith) or as one word (jsmith, jane,
// jane_doe, jsmith2), as directories and identity providers form them; the
// accounts of services and of the operating system (root, www-data,
// postgres, git, ubuntu...) and the names brute-force scanners try (admin,
// test, oracle) are look-alikes.
// An SSH key's fingerprint (SHA256:...) is the hash of a public key, kept;
// Dovecot's session=<...> is a session id, a secret as session ids are
// elsewhere in the corpus.

// serviceAccounts are logins of the system and of services.
var serviceAccounts = []string{"root", "www-data", "postgres", "git", "ubuntu", "ec2-user", "deploy", "nobody", "backup", "ansible", "nagios", "mysql"}

// scannerLogins are the names SSH brute-force scanners try.
var scannerLogins = []string{"admin", "test", "oracle", "guest", "support", "ubnt", "pi", "user", "ftpuser"}

// personLogin returns a person's login in one of the forms directories
// give them: the name with a dot (jane.doe, j.doe, doe.jane), an initial
// and the surname (jdoe), the given name alone (jane), with an underscore
// (jane_doe), or with a number that tells namesakes apart (jdoe2).
func (g *gen) personLogin() string {
	f, l := g.name()
	f, l = strings.ToLower(ascii(f)), strings.ToLower(ascii(l))
	switch g.rng.IntN(7) {
	case 0:
		return f[:1] + "." + l
	case 1:
		return l + "." + f
	case 2:
		return f[:1] + l
	case 3:
		return f
	case 4:
		return f + "_" + l
	case 5:
		return f[:1] + l + g.num(1, 99)
	}
	return f + "." + l
}

// loginLabelled writes a login of the kind the caller allows: a person's
// (planted), an e-mail address (planted) when mail is set, or a service
// account (kept).
func (g *gen) loginLabelled(b []byte, mail bool, accounts []string) []byte {
	switch n := g.rng.IntN(10); {
	case n < 5:
		return g.plant(b, "name", g.personLogin(), "")
	case n < 7 && mail:
		f, l := g.name()
		return g.plant(b, "email", g.email(f, l), "")
	}
	return g.keep(b, "account", pick(g, accounts), "")
}

// syslogHead writes an RFC 3164 header (Nov 23 20:00:01 host prog[pid]: ),
// or in every other stream RFC 5424's (<38>1 2026-11-23T20:00:01.123456+00:00
// host prog pid - - ).
func (g *gen) syslogHead(b []byte, st *streamState, host, prog string) []byte {
	pid := g.num(300, 99999)
	t := g.now.UTC()
	if st.variant%2 == 0 {
		day := strconv.Itoa(t.Day())
		if len(day) == 1 {
			day = " " + day
		}
		b = g.keep(b, "timestamp", months[t.Month()-1]+" "+day+" "+two(t.Hour())+":"+two(t.Minute())+":"+two(t.Second()), "")
		b = append(b, ' ')
		b = append(b, host...)
		b = append(b, ' ')
		return g.keep(b, "counter", pid, prog+"["+pid+"]: ")
	}
	b = append(b, "<"+pick(g, []string{"38", "86", "22", "34"})+">1 "...)
	b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05.000000")+"+00:00", "")
	b = append(b, ' ')
	b = append(b, host...)
	b = append(b, ' ')
	return g.keep(b, "counter", pid, prog+" "+pid+" - - ")
}

// sshFingerprint returns an OpenSSH key fingerprint: SHA256: and the
// unpadded base64 of a SHA-256 digest.
func (g *gen) sshFingerprint() string {
	return "SHA256:" + g.chars(43, base62+"+/")
}

// port writes " port N" as sshd does, the number kept.
func (g *gen) sshPort(b []byte) []byte {
	p := g.num(1024, 65535)
	return g.keep(b, "port", p, " port "+p)
}

// syslogAuth is one line of /var/log/auth.log or mail.log: OpenSSH's
// sshd (auth.c, auth2-pubkey.c: "Accepted publickey for USER from IP
// port N ssh2: RSA SHA256:..."), PAM's pam_unix session and auth messages,
// sudo's log line (USER : TTY=... ; PWD=... ; USER=... ; COMMAND=...),
// Postfix smtpd/qmgr/smtp ("client=host[IP], sasl_username=",
// "from=<...>", "to=<...>") and Dovecot's login process ("imap-login:
// Login: user=<...>, method=PLAIN, rip=IP, lip=IP, mpid=N, TLS,
// session=<...>").
func (g *gen) syslogAuth(st *streamState) Record {
	b := make([]byte, 0, 300)
	host := pick(g, []string{"bastion-1", "web-02", "mail", "db-primary", "ip-10-0-3-17"})
	ip := g.ipv4()
	if g.pct(15) {
		ip = g.ipv6()
	}
	ipCat := "ipv4"
	if strings.Contains(ip, ":") {
		ipCat = "ipv6"
	}
	switch g.rng.IntN(16) {
	case 0, 1:
		b = g.syslogHead(b, st, host, "sshd")
		method := pick(g, []string{"publickey", "password", "keyboard-interactive/pam"})
		b = append(b, "Accepted "+method+" for "...)
		b = g.loginLabelled(b, false, serviceAccounts)
		b = append(b, " from "...)
		b = g.plant(b, ipCat, ip, "")
		b = g.sshPort(b)
		b = append(b, " ssh2"...)
		if method == "publickey" {
			b = append(b, ": "+pick(g, []string{"RSA", "ED25519", "ECDSA"})+" "...)
			b = g.keep(b, "hash", g.sshFingerprint(), "")
		}
	case 2:
		b = g.syslogHead(b, st, host, "sshd")
		b = append(b, "Failed password for "...)
		if g.pct(50) {
			b = append(b, "invalid user "...)
			if g.pct(50) {
				b = g.keep(b, "account", pick(g, scannerLogins), "")
			} else {
				b = g.plant(b, "name", g.personLogin(), "")
			}
		} else {
			b = g.loginLabelled(b, false, serviceAccounts)
		}
		b = append(b, " from "...)
		b = g.plant(b, ipCat, ip, "")
		b = g.sshPort(b)
		b = append(b, " ssh2"...)
	case 3:
		b = g.syslogHead(b, st, host, "sshd")
		msg := pick(g, []string{"Disconnected from authenticating user ", "Connection closed by authenticating user ",
			"Disconnected from user ", "Invalid user "})
		b = append(b, msg...)
		b = g.loginLabelled(b, false, scannerLogins)
		b = append(b, ' ')
		if msg == "Invalid user " {
			b = append(b, "from "...)
		}
		b = g.plant(b, ipCat, ip, "")
		b = g.sshPort(b)
		if g.pct(60) {
			b = append(b, " [preauth]"...)
		}
	case 4:
		b = g.syslogHead(b, st, host, "sshd")
		uid := g.num(1000, 1999)
		b = append(b, "pam_unix(sshd:session): session opened for user "...)
		if g.pct(70) {
			b = g.plant(b, "name", g.personLogin(), "")
		} else {
			b = g.keep(b, "account", pick(g, serviceAccounts), "")
		}
		b = g.keep(b, "counter", uid, "(uid="+uid+")")
		b = append(b, " by (uid=0)"...)
	case 5:
		b = g.syslogHead(b, st, host, "sshd")
		b = append(b, "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost="...)
		b = g.plant(b, ipCat, ip, "")
		if g.pct(70) {
			b = append(b, "  user="...)
			b = g.loginLabelled(b, false, serviceAccounts)
		}
	case 6, 7:
		// sudo: the invoking user, then TTY, PWD, the target USER and
		// COMMAND, joined by " ; ".
		b = g.syslogHead(b, st, host, "sudo")
		person := g.pct(70)
		// PWD is the working directory (sudo logs the environment's
		// PWD): the path stays, the login in it is the person's.
		sub := pick(g, []string{"", "", "/src", "/deploy/app"})
		var who string
		if person {
			who = g.personLogin()
			home := "/home/" + who + " "
			if sub != "" {
				home = "/home/" + who + "/"
				g.keepAt("path", sub[1:]+" ;")
			}
			g.plantAt("name", who, "   "+who+" : ", home)
			b = append(b, "   "+who+" : "...)
		} else {
			who = pick(g, []string{"ubuntu", "deploy", "ansible", "ec2-user"})
			b = g.keep(b, "account", who, "   "+who+" : ")
		}
		if g.pct(20) {
			b = append(b, g.num(1, 3)+" incorrect password attempts ; "...)
		}
		b = append(b, "TTY=pts/"+g.num(0, 9)+" ; PWD=/home/"...)
		b = append(b, who...) // labelled above: the home directory names the login again
		b = append(b, sub...)
		if !person {
			g.keepAt("path", "PWD=/home/"+who+sub+" ;")
		}
		b = append(b, " ; USER="...)
		b = g.keep(b, "account", pick(g, []string{"root", "root", "postgres", "www-data"}), "")
		b = append(b, " ; COMMAND="...)
		if g.pct(15) {
			// The MySQL clients take a password glued to -p.
			pw := g.password()
			b = append(b, pick(g, []string{"/usr/bin/mysql -u root ", "/usr/bin/mysqldump --single-transaction -uroot "})...)
			b = g.plant(b, "secret", pw, "-p"+pw) // the option's letter glued to it
			b = append(b, " shop"...)
			break
		}
		b = append(b, pick(g, []string{"/usr/bin/systemctl restart nginx", "/usr/bin/journalctl -u sshd", "/bin/bash",
			"/usr/bin/apt-get upgrade -y", "/usr/bin/tail -n 200 /var/log/auth.log"})...)
	case 8:
		// su / sudo sessions: "session opened for user root(uid=0) by jane.doe(uid=1000)".
		prog := pick(g, []string{"sudo", "su"})
		b = g.syslogHead(b, st, host, prog)
		target := pick(g, []string{"root", "postgres", "www-data"})
		b = append(b, "pam_unix("+prog+":session): session opened for user "...)
		b = g.keep(b, "account", target, target+"(uid=")
		b = append(b, g.num(0, 120)+") by "...)
		uid := g.num(1000, 1999)
		if g.pct(70) {
			b = g.plant(b, "name", g.personLogin(), "")
		} else {
			b = g.keep(b, "account", "ubuntu", "")
		}
		b = g.keep(b, "counter", uid, "(uid="+uid+")")
	case 9:
		// Postfix smtpd: the client and the SASL login.
		b = g.syslogHead(b, st, host, "postfix/smtpd")
		qid := strings.ToUpper(g.hexID(11))
		b = g.keep(b, "uniqueid", qid, "")
		b = append(b, ": client="+pick(g, []string{"unknown", "mail.example.net", "host.example.org"})+"["...)
		b = g.plant(b, ipCat, ip, "")
		b = append(b, ']')
		if g.pct(60) {
			b = append(b, ", sasl_method="+pick(g, []string{"PLAIN", "LOGIN"})+", sasl_username="...)
			b = g.loginLabelled(b, true, []string{"relay", "noreply", "postmaster"})
		}
	case 10:
		// Postfix qmgr and smtp: sender and recipient.
		qid := strings.ToUpper(g.hexID(11))
		f, l := g.name()
		addr := g.email(f, l)
		if g.pct(50) {
			b = g.syslogHead(b, st, host, "postfix/qmgr")
			b = g.keep(b, "uniqueid", qid, "")
			b = append(b, ": from=<"...)
			b = g.plant(b, "email", addr, "")
			b = append(b, ">, size="+g.num(800, 90000)+", nrcpt=1 (queue active)"...)
		} else {
			b = g.syslogHead(b, st, host, "postfix/smtp")
			b = g.keep(b, "uniqueid", qid, "")
			b = append(b, ": to=<"...)
			b = g.plant(b, "email", addr, "")
			b = append(b, ">, relay=mx.example.org["...)
			b = g.plant(b, ipCat, ip, "")
			b = append(b, "]:25, delay=0."+g.digits(2)+", delays=0.1/0/0.2/0.1, dsn=2.0.0, status=sent (250 2.0.0 OK)"...)
		}
	case 11:
		// Postfix rejects: sender, recipient and the client's HELO.
		b = g.syslogHead(b, st, host, "postfix/smtpd")
		f1, l1 := g.name()
		f2, l2 := g.name()
		from, to := g.email(f1, l1), g.email(f2, l2)
		b = append(b, "NOQUEUE: reject: RCPT from unknown["...)
		b = g.plant(b, ipCat, ip, "")
		b = append(b, "]: 554 5.7.1 <"...)
		b = g.plant(b, "email", to, "")
		b = append(b, ">: Relay access denied; from=<"...)
		b = g.plant(b, "email", from, "")
		b = append(b, "> to=<"+to+"> proto=ESMTP helo=<mail.example.net>"...)
	case 13:
		// sudo's PAM authentication failure: logname=, ruser=, user=.
		b = g.syslogHead(b, st, host, "sudo")
		who := g.personLogin()
		g.plantAt("name", who, "logname="+who+" ", "ruser="+who+" ", "user="+who)
		b = append(b, "pam_unix(sudo:auth): authentication failure; logname="+who+" uid="...)
		uid := g.num(1000, 1999)
		b = g.keep(b, "counter", uid, uid+" euid=0")
		b = append(b, " tty=/dev/pts/"+g.num(0, 9)+" ruser="+who+" rhost=  user="+who...)
	case 14:
		// su's log of a switch of user, and systemd-logind's session.
		if g.pct(50) {
			b = g.syslogHead(b, st, host, "su")
			target := pick(g, []string{"root", "postgres", "www-data"})
			b = append(b, pick(g, []string{"", "FAILED SU "})...)
			b = g.keep(b, "account", target, "(to "+target+") ")
			b = g.plant(b, "name", g.personLogin(), "")
			b = append(b, " on pts/"+g.num(0, 9)...)
		} else {
			b = g.syslogHead(b, st, host, "systemd-logind")
			n := g.num(1, 9999)
			b = append(b, "New "...)
			b = g.keep(b, "counter", n, "session "+n+" of")
			b = append(b, " user "...)
			b = g.loginLabelled(b, false, serviceAccounts)
			b = append(b, '.')
		}
	case 15:
		// Dovecot's auth process: the passdb driver, the user and the
		// remote address (auth_verbose).
		b = g.syslogHead(b, st, host, "dovecot")
		b = append(b, "auth-worker("+g.num(100, 99999)+"): "+pick(g, []string{"pam", "ldap", "sql"})+"("...)
		if g.pct(50) {
			f, l := g.name()
			b = g.plant(b, "email", g.email(f, l), "")
		} else {
			b = g.plant(b, "name", g.personLogin(), "")
		}
		b = append(b, ',')
		b = g.plant(b, ipCat, ip, "")
		b = append(b, "): "+pick(g, []string{"unknown user", "Password mismatch", "pam_authenticate() failed: Authentication failure"})...)
	default:
		// Dovecot: the login process and the mail process's logout.
		var user string
		if g.pct(70) {
			f, l := g.name()
			user = g.email(f, l)
			g.plantAt("email", user)
		} else {
			user = g.personLogin()
			g.plantAt("name", user)
		}
		sess := base64.StdEncoding.EncodeToString([]byte(g.chars(12, base62)))
		if g.pct(70) {
			b = g.syslogHead(b, st, host, "dovecot")
			b = append(b, pick(g, []string{"imap-login: Login", "pop3-login: Login", "imap-login: Disconnected (auth failed, 1 attempts in 2 secs)"})...)
			b = append(b, ": user=<"+user+">, method=PLAIN, rip="...)
			b = g.plant(b, ipCat, ip, "")
			b = append(b, ", lip=10.0.0.5, mpid="...)
			b = g.keep(b, "counter", g.num(1000, 99999), "")
			b = append(b, ", TLS, session=<"...)
			b = g.plant(b, "secret", sess, "")
			b = append(b, '>')
		} else {
			b = g.syslogHead(b, st, host, "dovecot")
			b = append(b, "imap("+user+")<"+g.num(1000, 99999)+"><"...)
			b = g.plant(b, "secret", sess, "")
			b = append(b, ">: Logged out in="+g.num(10, 9999)+" out="+g.num(100, 999999)+" deleted=0 expunged=0 trashed=0"...)
		}
	}
	return Record{Line: b}
}

// haproxyHTTP is a line of HAProxy's HTTP log format ("option httplog",
// configuration manual section 8.2.3) behind its syslog header:
// client_ip:port [accept_date] frontend backend/server Tq/Tw/Tc/Tr/Ta
// status bytes captured_request_cookie captured_response_cookie
// termination_state actconn/feconn/beconn/srv_conn/retries
// srv_queue/backend_queue {captured request headers} {captured response
// headers} "request line". The headers each stream captures ("capture
// request header") are fixed: Host|User-Agent|X-Forwarded-For, or
// Host|X-Forwarded-For|Authorization.
func (g *gen) haproxyHTTP(st *streamState) Record {
	b := make([]byte, 0, 500)
	t := g.now.UTC()
	b = append(b, months[t.Month()-1]+" "...)
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	b = g.keep(b, "timestamp", day+" "+two(t.Hour())+":"+two(t.Minute())+":"+two(t.Second()), "")
	pid := g.num(1000, 60000)
	b = g.keep(b, "counter", pid, " lb-1 haproxy["+pid+"]: ")
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	cport := g.num(1024, 65535)
	b = g.clientPort(b, ip, cport, ":"+cport+" [")
	ms := strconv.Itoa(1000 + g.rng.IntN(999))[1:]
	b = g.keep(b, "timestamp", two(t.Day())+"/"+months[t.Month()-1]+"/"+strconv.Itoa(t.Year())+":"+two(t.Hour())+":"+two(t.Minute())+":"+two(t.Second())+"."+ms, "")
	b = append(b, "] "+pick(g, []string{"fe_https~", "http-in", "fe_api"})+" "+pick(g, []string{"be_app/app-2", "static/srv1", "be_api/api-07"})+" "...)
	tq, tw, tc, tr := g.num(0, 30), "0", g.num(0, 5), g.num(1, 900)
	timers := tq + "/" + tw + "/" + tc + "/" + tr + "/" + g.num(1000, 1999)
	b = g.keep(b, "duration", timers, "")
	status := pick(g, []string{"200", "200", "304", "302", "404", "503"})
	b = g.keep(b, "status", status, " "+status+" ")
	b = append(b, g.num(100, 90000)+" "...)
	// Captured cookie: "capture cookie SESSID len 32" in every other stream.
	if st.variant%2 == 1 && g.pct(80) {
		name, val := g.sessionCookie()
		b = append(b, name+"="...)
		b = g.plant(b, "secret", val, "")
		b = append(b, " - --NI "...)
	} else {
		b = append(b, "- - ---- "...)
	}
	b = g.keep(b, "counter", g.num(1, 900)+"/"+g.num(1, 900)+"/"+g.num(0, 90)+"/"+g.num(0, 40)+"/0", "")
	b = append(b, " 0/0 {"...)
	b = append(b, pick(g, []string{"www.example.com", "api.example.com", "shop.example.org"})...)
	xff := func() {
		b = append(b, '|')
		if g.pct(80) {
			x, c := g.clientIP()
			b = g.plant(b, c, x, "")
			if g.pct(30) {
				b = append(b, ", "...)
				b = g.plant(b, "ipv4", g.ipv4(), "")
			}
		}
	}
	if st.variant%3 != 2 {
		b = append(b, '|')
		ua, ver := g.ua()
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = append(b, ua...)
		xff()
	} else {
		xff()
		b = append(b, '|')
		switch g.rng.IntN(3) {
		case 0:
			f, _ := g.name()
			cred := base64.StdEncoding.EncodeToString([]byte(strings.ToLower(ascii(f)) + ":" + g.token(12)))
			b = append(b, "Basic "...)
			b = g.plant(b, "secret", cred, "")
		case 1:
			b = append(b, "Bearer "...)
			b = g.plant(b, "jwt", g.jwt(g.personLogin()), "")
		}
	}
	b = append(b, "} {} \""...)
	method := pick(g, []string{"GET", "GET", "POST", "HEAD"})
	target := g.path()
	if g.pct(60) {
		target += "?" + g.query(g.params(), false, nil)
	}
	b = append(b, method+" "+target+" HTTP/1.1\""...)
	return Record{Line: b}
}

// albAccess is an Application Load Balancer access log entry, its fields
// in the order the Elastic Load Balancing guide lists them: type time elb
// client:port target:port request/target/response processing times
// elb_status_code target_status_code received_bytes sent_bytes "request"
// "user_agent" ssl_cipher ssl_protocol target_group_arn "trace_id"
// "domain_name" "chosen_cert_arn" matched_rule_priority
// request_creation_time "actions_executed" "redirect_url" "error_reason"
// "target:port_list" "target_status_code_list" "classification"
// "classification_reason" conn_trace_id.
func (g *gen) albAccess(st *streamState) Record {
	b := make([]byte, 0, 900)
	typ := pick(g, []string{"https", "https", "h2", "http"})
	t := g.now.UTC()
	b = append(b, typ+" "...)
	b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05.000000Z"), "")
	b = append(b, " app/prod-web/"...)
	b = g.keep(b, "hash", g.hexID(16), "")
	b = append(b, ' ')
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	cport := g.num(1024, 65535)
	b = g.clientPort(b, ip, cport, ":"+cport+" ")
	b = append(b, "10.0."+g.num(0, 9)+"."+g.num(2, 250)+":8080 "...)
	durs := "0." + g.digits(3) + " 0." + g.digits(3) + " 0.000"
	b = g.keep(b, "duration", durs, "")
	status := pick(g, []string{"200", "200", "302", "404", "500"})
	b = g.keep(b, "status", status, " "+status+" "+status+" ")
	b = append(b, g.num(100, 2000)+" "+g.num(100, 90000)+" \""...)
	method := pick(g, []string{"GET", "GET", "POST"})
	host := pick(g, []string{"www.example.com", "api.example.com"})
	scheme, port := "https", "443"
	if typ == "http" {
		scheme, port = "http", "80"
	}
	target := g.path()
	if g.pct(60) {
		target += "?" + g.query(g.params(), false, nil)
	}
	b = append(b, method+" "+scheme+"://"+host+":"+port+target+" HTTP/"+pick(g, []string{"1.1", "2.0"})+"\" \""...)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, ua+"\" "...)
	if typ == "http" {
		b = append(b, "- - "...)
	} else {
		b = append(b, pick(g, []string{"ECDHE-RSA-AES128-GCM-SHA256", "TLS_AES_128_GCM_SHA256"})+" "+pick(g, []string{"TLSv1.2", "TLSv1.3"})+" "...)
	}
	acct := "123456789012"
	b = append(b, "arn:aws:elasticloadbalancing:eu-west-1:"+acct+":targetgroup/web-tg/"...)
	b = g.keep(b, "hash", g.hexID(16), "")
	b = append(b, " \""...)
	trace := "Root=1-" + strconv.FormatInt(t.Unix(), 16) + "-" + g.hexID(24)
	b = g.keep(b, "requestid", trace, "")
	b = append(b, "\" \""+host+"\" \""...)
	if typ == "http" {
		b = append(b, '-')
	} else {
		b = append(b, "arn:aws:acm:eu-west-1:"+acct+":certificate/"...)
		b = g.keep(b, "uuid", g.uuid(), "")
	}
	b = append(b, "\" "+g.num(0, 50)+" "+t.Add(-7*1e6).Format("2006-01-02T15:04:05.000000Z")+" \""...)
	b = append(b, pick(g, []string{"forward", "waf,forward", "authenticate,forward"})+"\" \"-\" \"-\" \"10.0.1."+g.num(2, 250)+":8080\" \""+status+"\" \"-\" \"-\" "...)
	b = g.keep(b, "requestid", "TID_"+g.hexID(32), "")
	return Record{Line: b}
}

// s3Access is an Amazon S3 server access log record: bucket_owner bucket
// [time] remote_ip requester request_id operation key "request_uri"
// http_status error_code bytes_sent object_size total_time turn_around
// "referer" "user_agent" version_id host_id signature_version
// cipher_suite authentication_type host_header tls_version
// access_point_arn acl_required, as the Amazon S3 user guide documents
// them. The requester is a canonical user id, an IAM user's or an assumed
// role's ARN (whose session name is often the person's e-mail address or
// login) or "-"; the key is URL-encoded; a presigned URL carries its
// X-Amz-Credential and X-Amz-Signature in the request URI.
func (g *gen) s3Access(st *streamState) Record {
	b := make([]byte, 0, 900)
	owner := g.chars(64, hexDigits)
	b = g.keep(b, "hash", owner, "")
	bucket := pick(g, []string{"acme-uploads", "amzn-s3-demo-bucket1", "billing-exports"})
	b = append(b, " "+bucket+" ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	b = append(b, "] "...)
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, ' ')
	acct := "123456789012"
	switch g.rng.IntN(6) {
	case 0:
		b = g.keep(b, "hash", g.chars(64, hexDigits), "")
	case 1:
		b = append(b, "arn:aws:iam::"+acct+":user/"...)
		b = g.plant(b, "name", g.personLogin(), "")
	case 2:
		b = append(b, "arn:aws:sts::"+acct+":assumed-role/"+pick(g, []string{"AWSReservedSSO_ReadOnly_0123abcd4567ef89", "DataAnalyst", "S3Reader"})+"/"...)
		if g.pct(50) {
			f, l := g.name()
			b = g.plant(b, "email", g.email(f, l), "")
		} else {
			b = g.plant(b, "name", g.personLogin(), "")
		}
	case 3:
		b = append(b, "arn:aws:sts::"+acct+":assumed-role/lambda-export-role/"...)
		b = g.keep(b, "account", "export-fn", "")
	default:
		b = append(b, '-')
	}
	b = append(b, ' ')
	b = g.keep(b, "requestid", strings.ToUpper(g.hexID(16)), "")
	op := pick(g, []string{"REST.GET.OBJECT", "REST.PUT.OBJECT", "REST.HEAD.OBJECT"})
	b = append(b, " "+op+" "...)
	var key string
	switch g.rng.IntN(4) {
	case 0:
		f, l := g.name()
		e := g.email(f, l)
		file := pick(g, []string{"avatar.png", "invoice-2026-11.pdf"})
		key = "users/" + pctEnc(e, false, false) + "/" + file
		g.plantAt("email", e, pctEnc(e, false, false))
	case 1:
		key = "exports/" + g.now.Format("2006/01/02") + "/part-" + g.digits(5) + ".csv.gz"
	default:
		key = "assets/" + g.hexID(12) + ".js"
	}
	b = append(b, key+" \""+strings.Split(op, ".")[1]+" /"+bucket+"/"+key...)
	if g.pct(25) {
		// A presigned URL: the access key id and the signature.
		akid := "AKIA" + g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
		sig := g.chars(64, hexDigits)
		b = append(b, "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="...)
		g.plantAt("secret", akid)
		b = append(b, akid+"%2F"+g.now.Format("20060102")+"%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date="+g.now.Format("20060102T150405Z")+"&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature="...)
		b = g.plant(b, "secret", sig, "")
	} else if g.pct(20) {
		b = append(b, "?versionId="...)
		b = g.keep(b, "hash", g.chars(32, b64url[:62]), "")
	}
	status := pick(g, []string{"200", "200", "206", "403", "404"})
	b = append(b, " HTTP/1.1\""...)
	b = g.keep(b, "status", status, " "+status+" ")
	size := g.num(1000, 9000000)
	b = append(b, "- "+size+" "+size+" "+g.num(5, 900)+" "+g.num(1, 90)+" \""...)
	if g.pct(30) {
		ref := "https://app.example.com/files?" + g.query(g.params(), false, nil)
		b = append(b, ref...)
	} else {
		b = append(b, '-')
	}
	b = append(b, "\" \""...)
	ua := pick(g, []string{"aws-cli/2.15.10 Python/3.11.6 Linux/6.1.0 exe/x86_64.amzn.2 prompt/off command/s3.cp", "Boto3/1.34.11 md/Botocore#1.34.11 ua/2.0 os/linux#6.1.0 lang/python#3.11.6", "S3Console/0.4"})
	if g.pct(60) {
		var ver string
		if ua, ver = g.ua(); ver != "" {
			g.keepAt("version", ver)
		}
	}
	b = append(b, ua+"\" - "...)
	hostID := base64.StdEncoding.EncodeToString([]byte(g.chars(57, base62)))
	b = g.keep(b, "hash", hostID, "")
	b = append(b, " SigV4 ECDHE-RSA-AES128-GCM-SHA256 "+pick(g, []string{"AuthHeader", "QueryString"})+" "+bucket+".s3.eu-west-1.amazonaws.com TLSv1.2 - "+pick(g, []string{"-", "Yes"})...)
	return Record{Line: b}
}

// clientPort writes form, the client's port after its address as load
// balancers write it (address:port, IPv6 without brackets), and labels the
// port a look-alike where a reader can tell it from the address: after an
// IPv4 or a full IPv6 address, or when it has five digits. After a
// compressed IPv6 address ("2001:db8::7:5025") it may be the last group.
func (g *gen) clientPort(b []byte, ip, port, form string) []byte {
	if strings.Contains(ip, "::") && len(port) < 5 {
		return append(b, form...)
	}
	return g.keep(b, "port", port, form)
}
