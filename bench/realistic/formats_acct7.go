package realistic

import (
	"strconv"
	"strings"
)

// Held-out formats of Linux account management and file transfer, as
// the software writes its messages to syslog. Shapes syslog_auth,
// dir_ftp_logs and pam_session_syslog already produce (sshd's Accepted
// and Failed lines, pam_unix session lines of sshd/sudo/su, sudo's own
// line shape, vsftpd's OK LOGIN/UPLOAD lines, xferlog) are not repeated;
// what is new is the message text around the logins.
//
//   - shadow_utils_syslog: shadow-utils (useradd "new user: name=…, UID=…,
//     GID=…, home=…, shell=…, from=…", "new group: name=…, GID=…", "add
//     'login' to group 'g'", usermod "change user 'login' shell from … to
//     …", userdel "delete user 'login'", "removed group 'g' owned by
//     'login'", groupadd/groupmod/groupdel "group added to /etc/group:
//     name=…", gpasswd "user login added by root to group g", "members of
//     group g set by root to a,b", chage "changed password expiry for
//     login", passwd/chpasswd "password for 'login' changed by 'root'",
//     chsh "changed user 'login' shell to '/bin/zsh'", chfn "changed user
//     'login' information", login "FAILED LOGIN 1 FROM tty1 FOR login,
//     Authentication failure", "LOGIN ON tty1 BY login", "ROOT LOGIN  on
//     '/dev/tty1'"; su "FAILED SU (to root) login on pts/0" and pam_unix's
//     su-l authentication failure with logname=); polkitd ("Operator of
//     unix-session:2 successfully authenticated as unix-user:login to gain
//     … authorization for action … (owned by unix-user:login)"), pkexec
//     ("login: Executing command [USER=root] [TTY=…] [CWD=/home/login]
//     [COMMAND=…]"), gdm-password and lightdm pam_unix sessions, xrdp and
//     xrdp-sesman ("++ created session (access control check): username
//     login, ip addr:port - socket: N", "login successful for user login
//     on display 10", "Received system login request from xrdp for user:
//     login IP: ::ffff:addr"), Cockpit (cockpit-ws "New connection to
//     session from addr", cockpit-session pam_unix), Webmin ("Successful
//     login as login from addr", "Invalid login as …", "Logout by …"), and
//     an administrator's sudo running useradd -c / chfn -f with a GECOS
//     full name (sudo joins the arguments by blanks). One header a stream:
//     RFC 3164, RFC 5424, or journalctl -o json (MESSAGE, SYSLOG_IDENTIFIER,
//     _CMDLINE naming the GECOS comment).
//   - ftp_server_logs: vsftpd with log_ftp_protocol=YES ("FTP command:
//     Client "addr", "USER login"", "PASS <password>" as vsftpd masks it,
//     "FTP response: …"; an anonymous login's "anon password" an e-mail
//     address), with syslog_enable=YES behind a syslog header; ProFTPD's
//     SystemLog ("host (addr[addr]) - USER login: Login successful.",
//     "USER login (Login failed): Incorrect password", "Preparing to chroot
//     to directory '/home/login'", mod_sql and mod_ldap messages) and
//     ExtendedLog with LogFormat "%h %l %u %t \"%r\" %s %b" ("PASS (hidden)");
//     Pure-FTPd's syslog ("(?@addr) [INFO] login is now logged in",
//     "(login@addr) [NOTICE] /home/login//f uploaded  (N bytes, N.NNKB/sec)",
//     "[WARNING] Authentication failed for user [login]"); FileZilla Server
//     0.9's log ("(000123)12/7/2026 4:00:00 PM - login (addr)> USER login",
//     "331 Password required for login", "PASS ****", "230 Logged on");
//     sshd's internal-sftp at -l INFO ("session opened for local user login
//     from [addr]", "open "/home/login/…" flags WRITE,CREATE,TRUNCATE mode
//     0644", "close … bytes read 0 written N"). A few servers (FileZilla
//     Server's protocol trace when run with a custom build, proxies)
//     write the password of a PASS command in clear: planted as a secret.

// acctGroups are group names every distribution ships or admins create
// for a role: look-alikes, never a person.
var acctGroups = []string{"sudo", "docker", "wheel", "adm", "www-data", "lpadmin", "plugdev", "developers", "sftponly", "libvirt"}

// acctSystem are system and service accounts.
var acctSystem = []string{"root", "www-data", "postgres", "nobody", "backup", "deploy", "jenkins", "nginx", "mysql", "systemd-network"}

// acctLogin writes a login: a person's (planted, 70%) or a system one
// (kept). It returns the login and whether it is a person's.
func (g *gen) acctLogin() (string, bool) {
	if g.pct(70) {
		l := g.personLogin()
		g.plantAt("name", l)
		return l, true
	}
	l := pick(g, acctSystem)
	return l, false
}

// keepLogin records a system login as kept, framed by before/after so
// that it is found as a word.
func (g *gen) keepLogin(l string, person bool, before, after string) {
	if !person {
		g.keepAt("account", l, before+l+after)
	}
}

// acctWrap puts msg behind the stream's header: RFC 3164, RFC 5424 or a
// journalctl -o json record (cmdline for _CMDLINE, "" for none).
func (g *gen) acctWrap(st *streamState, host, prog, msg, cmdline string) Record {
	b := make([]byte, 0, 200+len(msg))
	switch st.variant % 3 {
	case 0, 1:
		s := *st
		s.variant = st.variant % 3 // syslogHead: even 3164, odd 5424
		b = g.syslogHead(b, &s, host, prog)
		b = append(b, msg...)
		return Record{Line: b}
	}
	pid := g.num(300, 99999)
	us := strconv.FormatInt(g.now.UnixMicro(), 10)
	b = append(b, '{')
	b = g.jk(b, "__CURSOR", "hash", "s="+g.hexID(32)+";i="+strconv.FormatInt(int64(g.rng.IntN(1<<24)), 16)+";b="+g.hexID(32)+";m="+strconv.FormatInt(int64(g.rng.IntN(1<<30)), 16)+";t="+strconv.FormatInt(g.now.UnixMicro(), 16)+";x="+g.hexID(16))
	b = g.jk(b, "__REALTIME_TIMESTAMP", "timestamp", us)
	b = g.jk(b, "__MONOTONIC_TIMESTAMP", "counter", g.num(10000000, 999999999999))
	b = g.jk(b, "_BOOT_ID", "hash", g.hexID(32))
	b = g.js(b, "_TRANSPORT", "syslog")
	b = g.js(b, "PRIORITY", pick(g, []string{"5", "6", "4"}))
	b = g.js(b, "SYSLOG_FACILITY", pick(g, []string{"10", "4"}))
	b = g.js(b, "SYSLOG_IDENTIFIER", prog)
	b = g.jk(b, "SYSLOG_PID", "counter", pid)
	b = g.js(b, "_UID", "0")
	b = g.js(b, "_GID", "0")
	comm := prog
	if i := strings.IndexByte(comm, '/'); i >= 0 {
		comm = comm[:i]
	}
	b = g.js(b, "_COMM", comm)
	if cmdline != "" {
		b = g.js(b, "_CMDLINE", cmdline)
	}
	b = g.jk(b, "_PID", "counter", pid)
	b = g.js(b, "_HOSTNAME", host)
	b = g.jk(b, "_MACHINE_ID", "hash", g.hexID(32))
	b = g.js(b, "MESSAGE", msg)
	b = g.jk(b, "_SOURCE_REALTIME_TIMESTAMP", "timestamp", us)
	return Record{Line: append(b, '}')}
}

// gecos plants a full name as useradd -c and chfn -f take it.
func (g *gen) gecos() string {
	f, l := g.name()
	n := f + " " + l
	g.plantAt("name", n)
	return n
}

// acctPrune drops the labels recorded for values a message variant did
// not write (the cases share one set of drawn values).
func (g *gen) acctPrune(r Record) Record {
	in := func(v Value) bool {
		for _, f := range v.Forms {
			if !strings.Contains(string(r.Line), f) {
				return false
			}
		}
		return true
	}
	ps, ks := g.plants[:0], g.keeps[:0]
	for _, v := range g.plants {
		if in(v) {
			ps = append(ps, v)
		}
	}
	for _, v := range g.keeps {
		if in(v) {
			ks = append(ks, v)
		}
	}
	g.plants, g.keeps = ps, ks
	return r
}

func (g *gen) shadowUtilsSyslog(st *streamState) Record {
	return g.acctPrune(g.shadowUtilsLine(st))
}

func (g *gen) shadowUtilsLine(st *streamState) Record {
	host := pick(g, []string{"ws-114", "build-3", "files", "jump-01", "desk-lab2"})
	ip, ipCat := g.clientIP()
	login, person := g.acctLogin()
	grp := pick(g, acctGroups)
	g.keepAt("account", grp, "'"+grp+"'", " "+grp)
	uid := g.num(1000, 60000)
	if !person {
		uid = g.num(100, 999)
	}
	g.keepAt("counter", uid, "="+uid)
	home := "/home/" + login
	if !person {
		home = pick(g, []string{"/var/lib/", "/srv/", "/opt/"}) + login
		g.keepAt("path", home)
	}
	tty := pick(g, []string{"tty1", "tty2", "pts/0", "pts/3"})
	var prog, msg, cmd string
	switch g.rng.IntN(20) {
	case 0:
		prog = "useradd"
		msg = "new user: name=" + login + ", UID=" + uid + ", GID=" + uid + ", home=" + home + ", shell=" + pick(g, []string{"/bin/bash", "/bin/sh", "/usr/sbin/nologin", "/bin/zsh"}) + ", from=" + pick(g, []string{"/dev/pts/0", "/dev/pts/1", "none"})
		cmd = "useradd -m -s /bin/bash " + login
		if person && g.pct(60) {
			cmd = "useradd -m -c " + g.gecos() + " -s /bin/bash " + login
		}
		g.keepLogin(login, person, "name=", ",")
	case 1:
		prog = "useradd"
		if g.pct(50) {
			msg = "new group: name=" + login + ", GID=" + uid
			g.keepLogin(login, person, "name=", ",")
		} else {
			msg = "add '" + login + "' to " + pick(g, []string{"", "shadow "}) + "group '" + grp + "'"
			g.keepLogin(login, person, "'", "'")
		}
	case 2:
		prog = "usermod"
		switch g.rng.IntN(4) {
		case 0:
			msg = "add '" + login + "' to group '" + grp + "'"
		case 1:
			msg = "change user '" + login + "' shell from '/bin/sh' to '/bin/bash'"
		case 2:
			msg = "lock user '" + login + "' password"
		default:
			msg = "change user '" + login + "' password"
		}
		g.keepLogin(login, person, "'", "'")
	case 3:
		prog = "userdel"
		switch g.rng.IntN(3) {
		case 0:
			msg = "delete user '" + login + "'"
		case 1:
			msg = "removed group '" + login + "' owned by '" + login + "'"
		default:
			msg = "delete '" + login + "' from " + pick(g, []string{"", "shadow "}) + "group '" + grp + "'"
		}
		g.keepLogin(login, person, "'", "'")
	case 4:
		prog = pick(g, []string{"groupadd", "groupmod", "groupdel"})
		gid := g.num(1001, 2999)
		g.keepAt("counter", gid, "="+gid)
		switch prog {
		case "groupadd":
			msg = "group added to /etc/group: name=" + grp + ", GID=" + gid
		case "groupmod":
			msg = "group changed in /etc/group (group " + grp + "/" + gid + ", new name: " + grp + "-old)"
		default:
			msg = "group '" + grp + "' removed from /etc/group"
		}
	case 5:
		prog = "gpasswd"
		switch g.rng.IntN(3) {
		case 0:
			msg = "user " + login + " added by root to group " + grp
		case 1:
			msg = "user " + login + " removed by root from group " + grp
		default:
			other := g.personLogin()
			g.plantAt("name", other)
			msg = "members of group " + grp + " set by root to " + login + "," + other
		}
		g.keepLogin(login, person, "user ", " ")
	case 6:
		prog = pick(g, []string{"chage", "passwd", "chpasswd"})
		switch prog {
		case "chage":
			msg = "changed password expiry for " + login
		case "passwd":
			msg = "password for '" + login + "' changed by 'root'"
		default:
			msg = "pam_unix(chpasswd:chauthtok): password changed for " + login
		}
		g.keepLogin(login, person, " ", "")
	case 7:
		prog = pick(g, []string{"chsh", "chfn"})
		if prog == "chsh" {
			msg = "changed user '" + login + "' shell to '/bin/zsh'"
		} else {
			msg = "changed user '" + login + "' information"
			if person {
				cmd = "chfn -f " + g.gecos() + " " + login
			}
		}
		g.keepLogin(login, person, "'", "'")
	case 8:
		prog = "login"
		switch g.rng.IntN(4) {
		case 0:
			msg = "FAILED LOGIN " + g.num(1, 3) + " FROM " + tty + " FOR " + login + ", Authentication failure"
		case 1:
			msg = "LOGIN ON " + tty + " BY " + login
		case 2:
			msg = "pam_unix(login:session): session opened for user " + login + "(uid=" + uid + ") by LOGIN(uid=0)"
		default:
			msg = "ROOT LOGIN  on '/dev/" + tty + "'"
		}
		g.keepLogin(login, person, " ", "")
	case 9:
		prog = "su"
		if g.pct(50) {
			msg = "FAILED SU (to root) " + login + " on " + tty
		} else {
			msg = "pam_unix(su-l:auth): authentication failure; logname=" + login + " uid=" + uid + " euid=0 tty=/dev/" + tty + " ruser=" + login + " rhost=  user=root"
		}
		g.keepLogin(login, person, " ", " ")
	case 10:
		prog = "polkitd"
		sess := g.num(1, 40)
		act := pick(g, []string{"org.freedesktop.packagekit.system-update", "org.freedesktop.NetworkManager.settings.modify.system", "org.freedesktop.login1.reboot", "org.libvirt.unix.manage"})
		g.keepAt("path", act)
		if g.pct(60) {
			msg = "Operator of unix-session:" + sess + " successfully authenticated as unix-user:" + login + " to gain TEMPORARY authorization for action " + act + " for system-bus-name::1." + g.num(40, 400) + " [/usr/bin/gnome-software --gapplication-service] (owned by unix-user:" + login + ")"
		} else {
			msg = "Operator of unix-session:" + sess + " FAILED to authenticate to gain authorization for action " + act + " for unix-process:" + g.num(1000, 99999) + ":" + g.num(10000, 999999) + " [/usr/bin/pkexec /usr/sbin/gparted] (owned by unix-user:" + login + ")"
		}
		g.keepLogin(login, person, "unix-user:", "")
	case 11:
		prog = "pkexec"
		cwd := home
		msg = login + ": Executing command [USER=root] [TTY=unknown] [CWD=" + cwd + "] [COMMAND=/usr/sbin/gparted]"
		g.keepLogin(login, person, "", ":")
	case 12:
		prog = pick(g, []string{"gdm-password]", "lightdm", "gdm-autologin]"})
		svc := strings.TrimSuffix(prog, "]")
		if g.pct(30) {
			msg = "pam_unix(" + svc + ":auth): authentication failure; logname= uid=0 euid=0 tty=:0 ruser= rhost=  user=" + login
		} else {
			msg = "pam_unix(" + svc + ":session): session opened for user " + login + "(uid=" + uid + ") by (uid=0)"
		}
		g.keepLogin(login, person, " ", "(")
		if prog == "lightdm" && g.pct(30) {
			msg = "pam_unix(lightdm-greeter:session): session opened for user lightdm(uid=" + g.num(100, 130) + ") by (uid=0)"
			g.keepAt("account", "lightdm", " lightdm(")
		}
		// gdm's session worker is "gdm-session-worker [pam/<svc>]":
		// syslog's tag keeps the tail, the bracket included.
	case 13, 14:
		port := g.num(1024, 65535)
		g.keepAt("port", port, ":"+port)
		if g.pct(50) {
			prog = "xrdp-sesman"
			switch g.rng.IntN(3) {
			case 0:
				msg = "[INFO ] ++ created session (access control check): username " + login + ", ip " + ip + ":" + port + " - socket: " + g.num(7, 20)
				if ipCat == "ipv6" {
					msg = "[INFO ] ++ created session (access control check): username " + login + ", ip [" + ip + "]:" + port + " - socket: " + g.num(7, 20)
				}
			case 1:
				msg = "[INFO ] Received system login request from xrdp for user: " + login + " IP: ::ffff:" + ip
				if ipCat == "ipv6" {
					msg = "[INFO ] Received system login request from xrdp for user: " + login + " IP: " + ip
				}
			default:
				msg = "[INFO ] AUTHFAIL: user=" + login + " ip=::ffff:" + ip + " port=" + port + " time=" + strconv.FormatInt(g.now.Unix(), 10)
				if ipCat == "ipv6" {
					msg = "[INFO ] AUTHFAIL: user=" + login + " ip=" + ip + " port=" + port + " time=" + strconv.FormatInt(g.now.Unix(), 10)
				}
				g.keepAt("port", port, "port="+port)
			}
			g.plantAt(ipCat, ip)
		} else {
			prog = "xrdp"
			msg = "[INFO ] login successful for user " + login + " on display " + g.num(10, 30)
		}
		g.keepLogin(login, person, " ", " ")
	case 15:
		if g.pct(50) {
			prog = "cockpit-ws"
			msg = "New connection to session from " + ip
			g.plantAt(ipCat, ip)
		} else {
			prog = "cockpit-session"
			msg = "pam_unix(cockpit:session): session opened for user " + login + "(uid=" + uid + ") by (uid=0)"
			g.keepLogin(login, person, " ", "(")
		}
	case 16:
		prog = "webmin"
		switch g.rng.IntN(4) {
		case 0:
			msg = "Successful login as " + login + " from " + ip
		case 1:
			msg = "Invalid login as " + login + " from " + ip
		case 2:
			msg = "Logout by " + login + " from " + ip
		default:
			msg = "Non-existent login as " + login + " from " + ip
		}
		g.plantAt(ipCat, ip)
		g.keepLogin(login, person, " ", " ")
	case 17:
		prog = "runuser"
		msg = "pam_unix(runuser-l:session): session opened for user " + login + "(uid=" + uid + ") by (uid=0)"
		g.keepLogin(login, person, " ", "(")
	default:
		// An administrator's sudo runs useradd -c or chfn -f: sudo
		// joins the arguments with blanks, the name's quotes gone.
		prog = "sudo"
		admin := g.personLogin()
		g.plantAt("name", admin)
		target := g.personLogin()
		g.plantAt("name", target)
		full := g.gecos()
		c := "/usr/sbin/useradd -m -c " + full + " -G " + grp + " " + target
		if g.pct(40) {
			c = "/usr/bin/chfn -f " + full + " " + target
		}
		msg = "  " + admin + " : TTY=pts/" + g.num(0, 9) + " ; PWD=/home/" + admin + " ; USER=root ; COMMAND=" + c
	}
	return g.acctWrap(st, host, prog, msg, cmd)
}

// ftpServerLogs is one FTP or SFTP server a stream.
func (g *gen) ftpServerLogs(st *streamState) Record {
	return g.acctPrune(g.ftpServerLine(st))
}

func (g *gen) ftpServerLine(st *streamState) Record {
	switch st.variant % 5 {
	case 0:
		return g.vsftpdProtocol(st)
	case 1:
		return g.proftpdLog(st)
	case 2:
		return g.pureFTPd(st)
	case 3:
		return g.filezillaServer(st)
	}
	return g.internalSFTP(st)
}

// ftpLogin returns an FTP login: a person's (planted), anonymous/ftp or
// a service account (kept, framed by before/after).
func (g *gen) ftpLogin(before, after string) (string, bool) {
	l, person := g.ftpUser()
	if !person {
		g.keepAt("account", l, before+l+after)
	}
	return l, person
}

func (g *gen) vsftpdProtocol(st *streamState) Record {
	ip, cat := g.clientIP()
	g.plantAt(cat, ip)
	syslogged := (st.variant/5)%2 == 1
	var b []byte
	pid := g.num(300, 99999)
	if !syslogged {
		b = g.ftpDate(b)
		b = g.keep(b, "counter", pid, " [pid "+pid+"] ")
	}
	user, person := g.ftpLogin("[", "]")
	kind := g.rng.IntN(6)
	// The session's login in brackets once logged in; an anonymous
	// session's is vsftpd's ftp_username, "ftp".
	logged := g.pct(60) && kind != 3
	if logged {
		b = append(b, "["+user+"] "...)
	}
	client := `Client "` + ip + `"`
	switch kind {
	case 0:
		b = append(b, "FTP command: "+client+`, "USER `+user+`"`...)
	case 1:
		b = append(b, "FTP command: "+client+`, "PASS <password>"`...)
	case 2:
		b = append(b, "FTP response: "+client+`, "331 Please specify the password."`...)
	case 3:
		b = append(b, "[ftp] "...)
		f, l := g.name()
		e := g.email(f, l)
		g.plantAt("email", e)
		b = append(b, "OK LOGIN: "+client+`, anon password "`+e+`"`...)
	case 4:
		f := g.ftpFile(user, person)
		b = append(b, "FTP command: "+client+`, "`+pick(g, []string{"RETR ", "STOR ", "CWD ", "SIZE "})+f+`"`...)
	default:
		b = append(b, "FTP response: "+client+`, "230 Login successful."`...)
	}
	if syslogged {
		return g.acctWrap(st, "ftp01", "vsftpd", string(b), "")
	}
	return Record{Line: b}
}

func (g *gen) proftpdLog(st *streamState) Record {
	ip, cat := g.clientIP()
	g.plantAt(cat, ip)
	if (st.variant/5)%2 == 1 {
		// ExtendedLog, LogFormat "%h %l %u %t \"%r\" %s %b".
		user, person := g.ftpLogin(" ", " [")
		b := []byte(ip + " - ")
		if g.pct(20) {
			b = append(b, '-')
			person = false
		} else {
			b = append(b, user...)
		}
		b = append(b, " ["...)
		b = g.keep(b, "timestamp", g.clfTime(), "")
		b = append(b, "] \""...)
		switch g.rng.IntN(4) {
		case 0:
			b = append(b, `USER `+user+`" 331 -`...)
		case 1:
			b = append(b, `PASS (hidden)" 230 -`...)
		default:
			sz := g.num(0, 9999999)
			g.keepAt("bytes", sz, " "+sz)
			b = append(b, pick(g, []string{"RETR ", "STOR "})+g.ftpFile(user, person)+`" 226 `+sz...)
		}
		return Record{Line: b}
	}
	user, person := g.ftpLogin(" ", ":")
	vhost := pick(g, []string{"ftp.example.com", "files.example.org"})
	pre := vhost + " (" + ip + "[" + ip + "]) - "
	prog := "proftpd"
	var msg string
	switch g.rng.IntN(8) {
	case 0:
		msg = pre + "FTP session opened."
	case 1:
		msg = pre + "USER " + user + ": Login successful."
	case 2:
		msg = pre + "USER " + user + " (Login failed): Incorrect password"
	case 3:
		msg = pre + "USER " + user + ": no such user found from " + ip + " [" + ip + "] to 10.0.0.5:21"
	case 4:
		if person {
			msg = pre + "Preparing to chroot to directory '/home/" + user + "'"
		} else {
			msg = pre + "FTP session closed."
		}
	case 5:
		prog = "proftpd"
		msg = pre + "mod_sql/4.5: user '" + user + "' authenticated by SQLAuthenticate"
	case 6:
		msg = pre + "mod_ldap/2.9.5: user " + user + ": no such user in directory"
	default:
		msg = pre + "SECURITY VIOLATION: Root login attempted"
	}
	return g.acctWrap(st, "ftp02", prog, msg, "")
}

func (g *gen) pureFTPd(st *streamState) Record {
	ip, cat := g.clientIP()
	g.plantAt(cat, ip)
	user, person := g.ftpLogin("(", "@")
	var msg string
	switch g.rng.IntN(6) {
	case 0:
		msg = "(?@" + ip + ") [INFO] New connection from " + ip
	case 1:
		msg = "(?@" + ip + ") [INFO] " + user + " is now logged in"
	case 2:
		msg = "(?@" + ip + ") [WARNING] Authentication failed for user [" + user + "]"
	case 3:
		sz := g.num(1, 9999999)
		g.keepAt("bytes", sz, "("+sz+" bytes")
		f := g.ftpFile(user, person)
		if strings.HasPrefix(f, "/home/") {
			f = strings.Replace(f, user+"/", user+"//", 1)
		}
		msg = "(" + user + "@" + ip + ") [NOTICE] " + f + " " + pick(g, []string{"uploaded", "downloaded"}) + "  (" + sz + " bytes, " + g.num(1, 9999) + "." + g.digits(2) + "KB/sec)"
	case 4:
		msg = "(" + user + "@" + ip + ") [INFO] Logout."
	default:
		msg = "(" + user + "@" + ip + ") [INFO] Timeout - try typing a little faster next time"
	}
	return g.acctWrap(st, "ftp03", "pure-ftpd", msg, "")
}

func (g *gen) filezillaServer(st *streamState) Record {
	ip, cat := g.clientIP()
	g.plantAt(cat, ip)
	user, person := g.ftpLogin(" ", " (")
	conn := g.num(1, 999999)
	for len(conn) < 6 {
		conn = "0" + conn
	}
	t := g.now.UTC()
	h := t.Hour() % 12
	if h == 0 {
		h = 12
	}
	ampm := "AM"
	if t.Hour() >= 12 {
		ampm = "PM"
	}
	ts := strconv.Itoa(int(t.Month())) + "/" + strconv.Itoa(t.Day()) + "/" + strconv.Itoa(t.Year()) + " " + strconv.Itoa(h) + ":" + two(t.Minute()) + ":" + two(t.Second()) + " " + ampm
	b := g.keep(nil, "counter", conn, "("+conn+")")
	b = g.keep(b, "timestamp", ts, "")
	who := user
	pre := g.rng.IntN(7)
	if pre < 3 {
		who = "(not logged in)"
	} else if !person {
		who = user
	}
	b = append(b, " - "+who+" ("+ip+")> "...)
	switch pre {
	case 0:
		b = append(b, "USER "+user...)
	case 1:
		b = append(b, "331 Password required for "+user...)
	case 2:
		if g.pct(30) {
			pw := g.password()
			b = g.plant(b, "secret", pw, "PASS "+pw)
		} else {
			b = append(b, "PASS "+strings.Repeat("*", 8+g.rng.IntN(8))...)
		}
	case 3:
		b = append(b, "230 Logged on"...)
	case 4:
		f := g.ftpFile(user, person)
		b = append(b, pick(g, []string{"RETR ", "STOR ", "CWD "})+f...)
	case 5:
		b = append(b, "226 Successfully transferred \""+g.ftpFile(user, person)+"\""...)
	default:
		b = append(b, "disconnected."...)
	}
	return Record{Line: b}
}

func (g *gen) internalSFTP(st *streamState) Record {
	ip, cat := g.clientIP()
	user, person := g.ftpLogin(" ", " ")
	var msg string
	prog := "internal-sftp"
	if g.pct(30) {
		prog = "sftp-server"
	}
	f := g.ftpFile(user, person)
	switch g.rng.IntN(7) {
	case 0:
		msg = "session opened for local user " + user + " from [" + ip + "]"
		g.plantAt(cat, ip)
	case 1:
		msg = "session closed for local user " + user + " from [" + ip + "]"
		g.plantAt(cat, ip)
	case 2:
		msg = "open \"" + f + "\" flags " + pick(g, []string{"READ", "WRITE,CREATE,TRUNCATE"}) + " mode 0" + pick(g, []string{"644", "600", "666"})
	case 3:
		sz := g.num(0, 9999999)
		g.keepAt("bytes", sz, " "+sz)
		msg = "close \"" + f + "\" bytes read " + pick(g, []string{"0", sz}) + " written " + sz
	case 4:
		msg = "opendir \"" + f[:strings.LastIndexByte(f, '/')] + "\""
	case 5:
		prog = "sshd"
		msg = "subsystem request for sftp by user " + user
	default:
		msg = "remove name \"" + f + "\""
	}
	return g.acctWrap(st, "sftp-gw", prog, msg, "")
}
