package redact

import "testing"

// Logins in auth logs, assumed-role sessions, Dovecot's session ids and
// IPv6 client:port redact as a whole record through the engine, and a
// service account, a port and a phone's firmware stay.
func TestAuthLogLines(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	f("Nov 23 20:00:01 bastion-1 sshd[4242]: Accepted publickey for jane.doe from 203.0.113.5 port 52311 ssh2: RSA SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8",
		"Nov 23 20:00:01 bastion-1 sshd[4242]: Accepted publickey for [name] from 203.0.113.0 port 52311 ssh2: RSA SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8")
	f("sshd[7]: Failed password for invalid user admin from 198.51.100.7 port 4022 ssh2",
		"sshd[7]: Failed password for invalid user admin from 198.51.100.0 port 4022 ssh2")
	f("Nov  3 20:00:01 web-02 sudo:    j.smith : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls /home/j.smith/.ssh",
		"Nov  3 20:00:01 web-02 sudo:    [name] : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls /home/[name]/.ssh")
	f("pam_unix(su:session): session opened for user postgres(uid=114) by ann.lee(uid=1000)",
		"pam_unix(su:session): session opened for user postgres(uid=114) by [name](uid=1000)")
	f("dovecot[9]: imap(ann.lee)<4211><Dz/ePx+qKNm4Cv8B>: Logged out in=70 out=889",
		"dovecot[9]: imap([name])<4211><[secret]>: Logged out in=70 out=889")
	f("203.0.113.9 arn:aws:sts::123456789012:assumed-role/S3Reader/jane.doe arn:aws:sts::123456789012:assumed-role/fn-role/export-fn",
		"203.0.113.0 arn:aws:sts::123456789012:assumed-role/S3Reader/[name] arn:aws:sts::123456789012:assumed-role/fn-role/export-fn")
	f("sudo: pam_unix(sudo:auth): authentication failure; logname=ann.lee uid=1000 euid=0 tty=/dev/pts/0 ruser=ann.lee rhost=  user=ann.lee",
		"sudo: pam_unix(sudo:auth): authentication failure; logname=[name] uid=1000 euid=0 tty=/dev/pts/0 ruser=[name] rhost=  user=[name]")
	f("su[811]: FAILED SU (to postgres) j.smith on pts/1 | systemd-logind[612]: New session 12 of user ann.lee. Removed session 11.",
		"su[811]: FAILED SU (to postgres) [name] on pts/1 | systemd-logind[612]: New session 12 of user [name]. Removed session 11.")
	f("dovecot: auth-worker(4211): ldap(ann.lee,192.0.2.1): unknown user; auth-worker(4211): sql(nginx.conf,192.0.2.1): x",
		"dovecot: auth-worker(4211): ldap([name],192.0.2.0): unknown user; auth-worker(4211): sql(nginx.conf,192.0.2.0): x")
	f(`h2 2026-11-23T20:00:01Z app/web/1f 2001:db8:fa79:84b5:8e10:ba7f:56ac:a9b7:21848 10.0.0.7:8080 "GET / HTTP/2.0" "Yealink SIP-T46S 66.86.0.15"`,
		`h2 2026-11-23T20:00:01Z app/web/1f 2001:db8:fa79:::21848 10.0.0.0:8080 "GET / HTTP/2.0" "Yealink SIP-T46S 66.86.0.15"`)
}

// journald's JSON export splits the syslog line: SYSLOG_IDENTIFIER holds
// "sudo", MESSAGE opens with the login, and _CMDLINE holds sshd's process
// title. The login is found from sudo's TTY= and sshd's title; root, a
// scanner's name and words that only look like the shape stay.
func TestJournaldLogins(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	f(`{"SYSLOG_IDENTIFIER":"sudo","MESSAGE":"j.smith : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls"}`,
		`{"SYSLOG_IDENTIFIER":"sudo","MESSAGE":"[name] : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls"}`)
	f(`{"MESSAGE":"ann.lee : 3 incorrect password attempts ; TTY=pts/1 ; PWD=/home/ann.lee ; USER=root ; COMMAND=/bin/sh"}`,
		`{"MESSAGE":"[name] : 3 incorrect password attempts ; TTY=pts/1 ; PWD=/home/[name] ; USER=root ; COMMAND=/bin/sh"}`)
	f(`{"MESSAGE":"root : TTY=pts/0 ; PWD=/root ; USER=postgres ; COMMAND=/usr/bin/psql"}`,
		`{"MESSAGE":"root : TTY=pts/0 ; PWD=/root ; USER=postgres ; COMMAND=/usr/bin/psql"}`)
	f(`{"MESSAGE":"console ready : TTY=ttyS0 ; baud=115200"}`, `{"MESSAGE":"console ready : TTY=ttyS0 ; baud=115200"}`)
	f(`{"_CMDLINE":"sshd: jane.doe [priv]","_COMM":"sshd"}`, `{"_CMDLINE":"sshd: [name] [priv]","_COMM":"sshd"}`)
	f(`{"_CMDLINE":"sshd: hgarcia90@pts/3"}`, `{"_CMDLINE":"sshd: [name]@pts/3"}`)
	f(`{"_CMDLINE":"sshd: olena [net]"}`, `{"_CMDLINE":"sshd: [name] [net]"}`)
	f(`{"_CMDLINE":"sshd: root@notty"}`, `{"_CMDLINE":"sshd: root@notty"}`)
	f(`{"_CMDLINE":"sshd: admin [priv]"}`, `{"_CMDLINE":"sshd: admin [priv]"}`)
	f(`{"_CMDLINE":"sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups"}`, `{"_CMDLINE":"sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups"}`)
	f("ps: 4211 sshd: jane.doe [priv] 4215 sshd: jane.doe@pts/0", "ps: 4211 sshd: [name] [priv] 4215 sshd: [name]@pts/0")
}

func TestAuthLogLinesNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	lines := [][]byte{
		[]byte("sshd[4242]: Accepted publickey for jane.doe from 203.0.113.5 port 52311 ssh2"),
		[]byte("sudo:    j.smith : 3 incorrect password attempts ; TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls"),
		[]byte("dovecot[9]: imap(ann.lee)<4211><Dz/ePx+qKNm4Cv8B>: Logged out in=70 out=889"),
		[]byte(`{"MESSAGE":"j.smith : TTY=pts/0 ; PWD=/srv","_CMDLINE":"sshd: jane.doe [priv]"}`),
		[]byte("arn:aws:sts::123456789012:assumed-role/S3Reader/jane.doe 2001:db8::7:52311 {h|Grandstream GXP2170 1.0.11.23|192.0.2.1}"),
	}
	var dst []byte
	n := testing.AllocsPerRun(50, func() {
		for _, l := range lines {
			dst, _ = r.Redact(dst[:0], l, FormatAuto)
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per round, want 0", n)
	}
}
