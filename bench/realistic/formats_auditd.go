package realistic

import (
	"encoding/hex"
	"strconv"
	"strings"
)

// The Linux audit daemon's log, /var/log/audit/audit.log (RHEL Audit System
// Reference, "Audit Event Fields" and "Audit Record Types"; auditd.conf's
// log_format RAW and ENRICHED): one record a line,
//
//	type=TYPE msg=audit(EPOCH.MMM:SERIAL): field=value ...
//
// with the records of one event sharing the serial. Fields a user can set
// (acct, cmd, comm, exe, cwd, name, proctitle, EXECVE's a0..aN, ...) are
// written quoted when they hold printable ASCII only and, when they hold a
// space, a double quote, a control character or a byte above 0x7e, as the
// upper-case hex of their bytes, unquoted (audit_log_n_untrustedstring in
// the kernel, audit_encode_value in user space). PROCTITLE's value is the
// process's argv with the NULs between the arguments, so it is hex as soon
// as there are two arguments. User-space records (USER_LOGIN, USER_AUTH,
// USER_CMD, ...) carry their fields in msg='...'. With log_format=ENRICHED
// auditd appends, after a 0x1D byte, the names of the ids (UID="jane.doe"
// AUID="jane.doe" ...) and of arch and syscall.
//
// Labels: a login written as a person's, e-mail addresses, the addresses
// of hostname=, addr=, laddr=, the passwords and tokens on a command line
// are planted, in hex where auditd writes them so (the scorer reads the hex
// back as ausearch -i does); service accounts, pids, uids (4294967295 is
// "unset"), sessions, serials, epochs, syscall arguments (lower-case hex),
// inodes, SELinux contexts, SSH key fingerprints and the hex of a command
// that names no one are look-alikes.

// auditNeedsHex reports whether auditd writes v in hex.
func auditNeedsHex(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c == '"' || c < 0x21 || c > 0x7e {
			return true
		}
	}
	return false
}

func auditHex(v string) string { return strings.ToUpper(hex.EncodeToString([]byte(v))) }

// auditValue writes an untrusted string as auditd does: "v" or HEX.
func auditValue(v string) string {
	if auditNeedsHex(v) {
		return auditHex(v)
	}
	return `"` + v + `"`
}

// auditArg is one piece of a command line: its text and the personal
// values it holds (category, value).
type auditArg struct {
	text string
	vals [][2]string
}

func arg(text string, vals ...[2]string) auditArg { return auditArg{text, vals} }

// all is an argument that is one personal value of category cat.
func all(cat, text string) auditArg { return auditArg{text, [][2]string{{cat, text}}} }

// auditCmd joins parts into one string with sep, writes it as auditd does
// and labels the planted values in the form they take there.
func (g *gen) auditCmd(b []byte, parts []auditArg, sep string) []byte {
	var s strings.Builder
	planted := false
	for i, p := range parts {
		if i > 0 {
			s.WriteString(sep)
		}
		s.WriteString(p.text)
		planted = planted || len(p.vals) > 0
	}
	v := s.String()
	enc := auditValue(v)
	for _, p := range parts {
		for _, cv := range p.vals {
			if enc[0] == '"' {
				g.plantAt(cv[0], cv[1])
			} else {
				g.plantAt(cv[0], cv[1], auditHex(cv[1]))
			}
		}
	}
	if enc[0] != '"' && !planted {
		g.keepAt("hex", strings.ReplaceAll(v, "\x00", " "), enc)
	}
	return append(b, enc...)
}

// auditHead writes "type=T msg=audit(EPOCH.MMM:SERIAL): ", the event's time
// and serial kept.
func (g *gen) auditHead(b []byte, st *streamState, typ string) []byte {
	if st.variant%3 == 2 {
		b = append(b, "node="...)
		b = append(b, pick(g, []string{"web-01", "bastion.example.com", "db-primary"})...)
		b = append(b, ' ')
	}
	t := g.now.UTC()
	ms := t.Nanosecond() / 1e6
	ts := strconv.FormatInt(t.Unix(), 10) + "." + strconv.Itoa(1000 + ms)[1:]
	serial := strconv.Itoa(4000 + st.n*3 + g.rng.IntN(3))
	b = append(b, "type="+typ+" msg=audit("...)
	b = g.keep(b, "timestamp", ts, "")
	b = append(b, ':')
	b = g.keep(b, "counter", serial, serial+"): ")
	return b
}

// auditLogin returns a login, planted when it is a person's.
func (g *gen) auditLogin() (string, string) {
	if g.pct(55) {
		return g.personLogin(), "name"
	}
	return pick(g, serviceAccounts), ""
}

func (g *gen) auditIDs(b []byte, uid string) []byte {
	pid := g.num(900, 65000)
	b = g.keep(b, "counter", pid, "pid="+pid+" ")
	b = append(b, "uid="+uid+" auid="...)
	if g.pct(30) {
		b = g.keep(b, "counter", "4294967295", "4294967295 ses=4294967295")
		return b
	}
	auid := g.num(1000, 1999)
	ses := g.num(1, 900)
	return g.keep(b, "counter", auid, auid+" ses="+ses)
}

func (g *gen) auditAddr(b []byte, key string) []byte {
	b = append(b, key+"="...)
	switch n := g.rng.IntN(10); {
	case n < 2:
		return append(b, '?')
	case n < 4:
		return g.plant(b, "ipv6", g.ipv6(), "")
	}
	return g.plant(b, "ipv4", g.ipv4(), "")
}

// auditEnriched writes ENRICHED's interpretations after 0x1D in every
// other stream: ARCH and SYSCALL, and for each of ids the account's name,
// login (planted when cat is set) but for UID in a record root wrote.
func (g *gen) auditEnriched(b []byte, st *streamState, ids []string, root bool, login, cat string) []byte {
	if st.variant%2 == 0 {
		return b
	}
	b = append(b, 0x1d)
	if !root {
		b = append(b, `ARCH=x86_64 SYSCALL=execve `...)
	}
	for i, k := range ids {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, k+`="`...)
		switch {
		case root && k == "UID":
			b = append(b, "root"...)
		case cat == "":
			b = g.keep(b, "account", login, "")
		default:
			b = g.plant(b, cat, login, "")
		}
		b = append(b, '"')
	}
	return b
}

var auditLoginTypes = []struct{ typ, op, exe string }{
	{"USER_LOGIN", "login", "/usr/sbin/sshd"},
	{"USER_AUTH", "PAM:authentication", "/usr/sbin/sshd"},
	{"USER_ACCT", "PAM:accounting", "/usr/sbin/sshd"},
	{"CRED_ACQ", "PAM:setcred", "/usr/sbin/sshd"},
	{"USER_START", "PAM:session_open", "/usr/sbin/sshd"},
	{"USER_END", "PAM:session_close", "/usr/sbin/sshd"},
	{"USER_AUTH", "PAM:authentication", "/usr/bin/sudo"},
	{"USER_LOGIN", "login", "/usr/sbin/sshd"},
}

var auditGrantors = []string{"pam_unix", "pam_sss", "pam_selinux,pam_loginuid,pam_keyinit,pam_limits,pam_systemd,pam_unix", "?"}

func (g *gen) auditd(st *streamState) Record {
	b := make([]byte, 0, 600)
	switch g.rng.IntN(8) {
	case 0, 1, 2:
		lt := pick(g, auditLoginTypes)
		b = g.auditHead(b, st, lt.typ)
		b = g.auditIDs(b, "0")
		b = append(b, " subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op="+lt.op...)
		if lt.op != "login" {
			b = append(b, " grantors="+pick(g, auditGrantors)...)
		}
		login, cat := g.auditLogin()
		switch n := g.rng.IntN(10); {
		case n < 2 && lt.op == "login":
			// sshd's failed login of an unknown user: "(invalid user)".
			b = append(b, " acct="...)
			b = g.keep(b, "hex", "(invalid user)", auditHex("(invalid user)"))
			login, cat = "(invalid user)", ""
		case n < 4:
			// A directory user whose name has a blank (SSSD, winbind).
			f, l := g.name()
			login, cat = f+" "+l, "name"
			b = append(b, " acct="...)
			b = g.plant(b, cat, login, auditHex(login))
		default:
			b = append(b, ` acct="`...)
			if cat == "" {
				b = g.keep(b, "account", login, "")
			} else {
				b = g.plant(b, cat, login, "")
			}
			b = append(b, '"')
		}
		b = append(b, ` exe="`+lt.exe+`" hostname=`...)
		if lt.exe == "/usr/bin/sudo" {
			b = append(b, "? addr=? terminal=/dev/pts/"+g.num(0, 9)...)
		} else {
			if g.pct(40) {
				b = append(b, '?')
			} else {
				ip := g.ipv4()
				b = g.plant(b, "ipv4", ip, "")
			}
			b = append(b, ' ')
			b = g.auditAddr(b, "addr")
			b = append(b, " terminal="+pick(g, []string{"ssh", "/dev/pts/1", "sshd"})...)
		}
		b = append(b, " res="+pick(g, []string{"success", "success", "failed"})+"'"...)
		if login != "(invalid user)" {
			b = g.auditEnriched(b, st, []string{"UID", "AUID"}, true, login, cat)
		}
	case 3:
		// sudo's USER_CMD: the command in cmd=, hex when it has a blank.
		login, cat := g.auditLogin()
		b = g.auditHead(b, st, "USER_CMD")
		b = g.auditIDs(b, g.num(1000, 1999))
		b = append(b, ` msg='cwd=`...)
		if cat == "" {
			b = append(b, `"/root"`...)
		} else {
			b = append(b, `"/home/`...)
			b = g.plant(b, cat, login, "")
			b = append(b, '"')
		}
		b = append(b, " cmd="...)
		b = g.auditCmd(b, g.auditArgv(login, cat), " ")
		b = append(b, ` exe="/usr/bin/sudo" terminal=pts/`+g.num(0, 9)+" res=success'"...)
		b = g.auditEnriched(b, st, []string{"UID", "AUID"}, false, login, cat)
	case 4:
		// execve(2): SYSCALL with its arguments in lower-case hex.
		login, cat := g.auditLogin()
		b = g.auditHead(b, st, "SYSCALL")
		b = append(b, "arch=c000003e syscall=59 success=yes exit=0 "...)
		for k := 0; k < 4; k++ {
			a := strconv.FormatUint(uint64(0x550000000000+g.rng.IntN(0xffffffff)), 16)
			b = g.keep(b, "hash", a, "a"+strconv.Itoa(k)+"="+a+" ")
		}
		uid := g.num(1000, 1999)
		pid := g.num(900, 65000)
		b = g.keep(b, "counter", pid, "items=2 ppid="+g.num(900, 65000)+" pid="+pid+" ")
		b = append(b, "auid="+uid+" uid="+uid+" gid="+uid+" euid="+uid+" suid="+uid+" fsuid="+uid+" egid="+uid+" sgid="+uid+" fsgid="+uid+
			" tty=pts"+g.num(0, 9)+" ses="+g.num(1, 900)+` comm="`...)
		bin := pick(g, []string{"ssh", "mysql", "curl", "git", "psql"})
		b = append(b, bin+`" exe="/usr/bin/`+bin+`" subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 key="exec"`...)
		b = g.auditEnriched(b, st, []string{"AUID", "UID", "GID", "EUID", "SUID", "FSUID", "EGID", "SGID", "FSGID"}, false, login, cat)
	case 5:
		// EXECVE: each argument its own field, hex when it has a blank.
		login, cat := g.auditLogin()
		args := g.auditArgv(login, cat)
		b = g.auditHead(b, st, "EXECVE")
		b = append(b, "argc="+strconv.Itoa(len(args))...)
		for k, a := range args {
			b = append(b, " a"+strconv.Itoa(k)+"="...)
			b = g.auditCmd(b, []auditArg{a}, "")
		}
	case 6:
		// PROCTITLE: argv with its NULs, in hex.
		login, cat := g.auditLogin()
		b = g.auditHead(b, st, "PROCTITLE")
		b = append(b, "proctitle="...)
		b = g.auditCmd(b, g.auditArgv(login, cat), "\x00")
	default:
		switch g.rng.IntN(3) {
		case 0:
			// sshd's session key: the server's fingerprint, the peer.
			b = g.auditHead(b, st, "CRYPTO_KEY_USER")
			b = g.auditIDs(b, "0")
			b = append(b, " msg='op=destroy kind=server fp="...)
			b = g.keep(b, "hash", g.sshFingerprint(), "")
			b = append(b, " direction=? spid="+g.num(900, 65000)+" suid=74 rport="...)
			p := g.num(1024, 65535)
			b = g.keep(b, "port", p, p+" ")
			b = g.auditAddr(b, "laddr")
			b = append(b, ` lport=22 exe="/usr/sbin/sshd" hostname=? `...)
			b = g.auditAddr(b, "addr")
			b = append(b, " terminal=? res=success'"...)
		case 1:
			// useradd: the new account and its comment (GECOS).
			login := g.personLogin()
			b = g.auditHead(b, st, "ADD_USER")
			b = g.auditIDs(b, "0")
			id := g.num(1001, 1999)
			b = g.keep(b, "counter", id, " msg='op=add-user id="+id)
			b = append(b, ` acct="`...)
			b = g.plant(b, "name", login, "")
			b = append(b, `" exe="/usr/sbin/useradd" hostname=? addr=? terminal=pts/0 res=success'`...)
		default:
			// CWD and PATH of an event.
			login, cat := g.auditLogin()
			if g.pct(50) {
				b = g.auditHead(b, st, "CWD")
				b = append(b, `cwd="/home/`...)
				if cat == "" {
					b = append(b, "deploy"...)
				} else {
					b = g.plant(b, cat, login, "")
				}
				b = append(b, '"')
			} else {
				b = g.auditHead(b, st, "PATH")
				ino := g.num(100000, 9999999)
				b = g.keep(b, "counter", ino, `item=0 name="/usr/bin/ssh" inode=`+ino)
				b = append(b, ` dev=fd:00 mode=0100755 ouid=0 ogid=0 rdev=00:00 obj=system_u:object_r:ssh_exec_t:s0 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0`...)
				if st.variant%2 == 1 {
					b = append(b, "\x1dOUID=\"root\" OGID=\"root\""...)
				}
			}
		}
	}
	return Record{Line: b}
}

// auditArgv returns a command line a person runs: the arguments, with the
// personal ones labelled. login is the account's, planted (category cat)
// when it is a person's.
func (g *gen) auditArgv(login, cat string) []auditArg {
	f, l := g.name()
	target := func() auditArg {
		ip := g.ipv4()
		if cat == "" {
			return arg(login+"@"+ip, [2]string{"ipv4", ip})
		}
		return arg(login+"@"+ip, [2]string{cat, login}, [2]string{"ipv4", ip})
	}
	switch g.rng.IntN(8) {
	case 0:
		return []auditArg{arg("ssh"), arg("-p"), arg("2222"), target()}
	case 1:
		pw := g.token(14)
		return []auditArg{arg("mysql"), arg("-u"), arg("app"), arg("--password="+pw, [2]string{"secret", pw}), arg("-h"), all("ipv4", g.privateIPv4())}
	case 2:
		tok := g.token(32)
		return []auditArg{arg("curl"), arg("-s"), arg("-H"), arg("Authorization: Bearer "+tok, [2]string{"secret", tok}), arg("https://api.example.com/v1/users")}
	case 3:
		return []auditArg{arg("git"), arg("config"), arg("--global"), arg("user.email"), all("email", g.email(f, l))}
	case 4:
		t := target()
		t.text += ":/srv/backup/"
		return []auditArg{arg("scp"), arg("-r"), arg("backup.tar.gz"), t}
	case 5:
		if cat != "" {
			return []auditArg{arg("tail"), arg("-n"), arg("50"), arg("/home/"+login+"/.bash_history", [2]string{cat, login})}
		}
		return []auditArg{arg("systemctl"), arg("restart"), arg("nginx.service")}
	case 6:
		return []auditArg{arg("mail"), arg("-s"), arg("backup report"), all("email", g.email(f, l))}
	}
	return []auditArg{arg("journalctl"), arg("-u"), arg("sshd"), arg("--since"), arg("today")}
}
