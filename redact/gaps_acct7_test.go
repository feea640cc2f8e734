package redact

import "testing"

// TestAcct7ShadowUtils: the quoted login of shadow-utils' messages; the
// group names and system accounts beside it stay.
func TestAcct7ShadowUtils(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`useradd[4107]: add 'snowak' to group 'sudo'`, `useradd[4107]: add '[name]' to group 'sudo'`)
	f(`{"MESSAGE":"add 'jones.chloe' to shadow group 'docker'"}`, `{"MESSAGE":"add '[name]' to shadow group 'docker'"}`)
	f(`userdel[21544]: delete 'lgarcia' from shadow group 'adm'`, `userdel[21544]: delete '[name]' from shadow group 'adm'`)
	f(`userdel[52862]: removed group 'dmytro' owned by 'dmytro'`, `userdel[52862]: removed group '[name]' owned by '[name]'`)
	f(`passwd[2744]: password for 'tjones15' changed by 'root'`, `passwd[2744]: password for '[name]' changed by 'root'`)
	f(`chage[70498]: changed password expiry for nowak.oliver`, `chage[70498]: changed password expiry for [name]`)
	f(`gpasswd[9961]: user mpatel added by root to group lpadmin`, `gpasswd[9961]: user [name] added by root to group lpadmin`)
	// System accounts and groups stay.
	f(`useradd[4107]: add 'www-data' to group 'docker'`, `useradd[4107]: add 'www-data' to group 'docker'`)
	f(`groupdel[45684]: group 'libvirt' removed from /etc/group`, `groupdel[45684]: group 'libvirt' removed from /etc/group`)
	f(`chage[1]: changed password expiry for postgres`, `chage[1]: changed password expiry for postgres`)
	f(`passwd[2]: password for 'root' changed by 'root'`, `passwd[2]: password for 'root' changed by 'root'`)
	// English, not an account event.
	f(`waiting for reply changed for good`, `waiting for reply changed for good`)
}

// TestAcct7LoginPhrases: "login as X from", "Logout by X from", login(1)'s
// FOR/BY after a terminal, "USER X: Login successful.", "X is now logged
// in", a bracketed FTP session login opening a message.
func TestAcct7LoginPhrases(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`webmin[37028]: Successful login as fkovalenko from 198.51.100.130`, `webmin[37028]: Successful login as [name] from 198.51.100.0`)
	f(`webmin[1]: Non-existent login as sean from 203.0.113.121`, `webmin[1]: Non-existent login as [name] from 203.0.113.0`)
	f(`webmin[1]: Logout by oobrien15 from 203.0.113.9`, `webmin[1]: Logout by [name] from 203.0.113.0`)
	f(`webmin[1]: Invalid login as root from 203.0.113.9`, `webmin[1]: Invalid login as root from 203.0.113.0`)
	f(`login[77157]: FAILED LOGIN 2 FROM tty1 FOR egarcia, Authentication failure`, `login[77157]: FAILED LOGIN 2 FROM tty1 FOR [name], Authentication failure`)
	f(`login[1]: LOGIN ON tty2 BY obrien.oliver`, `login[1]: LOGIN ON tty2 BY [name]`)
	f(`login[1]: ROOT LOGIN  on '/dev/tty1'`, `login[1]: ROOT LOGIN  on '/dev/tty1'`)
	f(`proftpd[1]: ftp.example.com (::1[::1]) - USER pfischer28: Login successful.`, `proftpd[1]: ftp.example.com (::1[::1]) - USER [name]: Login successful.`)
	f(`proftpd[1]: x - USER djones (Login failed): Incorrect password`, `proftpd[1]: x - USER [name] (Login failed): Incorrect password`)
	f(`proftpd[1]: x - mod_ldap/2.9.5: user aisha: no such user in directory`, `proftpd[1]: x - mod_ldap/2.9.5: user [name]: no such user in directory`)
	f(`pure-ftpd: (?@203.0.113.50) [INFO] tgarcia is now logged in`, `pure-ftpd: (?@203.0.113.0) [INFO] [name] is now logged in`)
	f(`pure-ftpd: (?@203.0.113.50) [INFO] ftp is now logged in`, `pure-ftpd: (?@203.0.113.0) [INFO] ftp is now logged in`)
	f(`vsftpd[4211]: [hannah] OK LOGIN: Client "192.0.2.1"`, `vsftpd[4211]: [[name]] OK LOGIN: Client "192.0.2.0"`)
	f(`{"MESSAGE":"[chloe] FTP command: Client \"203.0.113.7\", \"USER chloe\""}`, `{"MESSAGE":"[[name]] FTP command: Client \"203.0.113.0\", \"USER [name]\""}`)
	f(`vsftpd[4211]: [ftp] OK LOGIN: Client "192.0.2.1"`, `vsftpd[4211]: [ftp] OK LOGIN: Client "192.0.2.0"`)
	// A category in brackets stays.
	f(`app[1]: [INFO] OK done`, `app[1]: [INFO] OK done`)
	f(`(not logged in) (192.0.2.7)> 331 Password required for jshevchenko70`, `(not logged in) (192.0.2.0)> 331 Password required for [name]`)
}

// TestAcct7FTPPass: the argument of an FTP PASS command is a password;
// the masks servers write instead stay.
func TestAcct7FTPPass(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`(884219)11/23/2026 8:03:53 PM - (not logged in) (198.51.100.44)> PASS Winter3465!`, `(884219)11/23/2026 8:03:53 PM - (not logged in) (198.51.100.0)> PASS [secret]`)
	f(`[pid 1] FTP command: Client "192.0.2.1", "PASS <password>"`, `[pid 1] FTP command: Client "192.0.2.0", "PASS <password>"`)
	f(`"PASS (hidden)" 230 -`, `"PASS (hidden)" 230 -`)
	f(`(000001)1/2/2026 1:00:00 PM - (not logged in) (192.0.2.7)> PASS ********`, `(000001)1/2/2026 1:00:00 PM - (not logged in) (192.0.2.0)> PASS ********`)
	// A word PASS in prose stays.
	f(`test suite: 12 PASS 0 FAIL`, `test suite: 12 PASS 0 FAIL`)
}

// TestAcct7Commands: the login pkexec names first, and the login operand
// of the account tools on a command line (sudo's COMMAND=, journald's
// _CMDLINE); options' arguments, groups and system accounts stay.
func TestAcct7Commands(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`pkexec[76291]: olena: Executing command [USER=root] [TTY=unknown] [CWD=/home/olena] [COMMAND=/usr/sbin/gparted]`,
		`pkexec[76291]: [name]: Executing command [USER=root] [TTY=unknown] [CWD=/home/[name]] [COMMAND=/usr/sbin/gparted]`)
	f(`{"MESSAGE":"oliver_smith: Executing command [USER=root] [TTY=unknown] [CWD=/home/oliver_smith] [COMMAND=/usr/bin/x]"}`,
		`{"MESSAGE":"[name]: Executing command [USER=root] [TTY=unknown] [CWD=/home/[name]] [COMMAND=/usr/bin/x]"}`)
	f(`pkexec[1]: root: Executing command [USER=root] [TTY=unknown] [CWD=/root] [COMMAND=/usr/bin/x]`,
		`pkexec[1]: root: Executing command [USER=root] [TTY=unknown] [CWD=/root] [COMMAND=/usr/bin/x]`)
	f(`sudo[1]:   jdoe42 : TTY=pts/2 ; PWD=/home/jdoe42 ; USER=root ; COMMAND=/usr/sbin/useradd -m -G wheel nowak.chloe`,
		`sudo[1]:   [name] : TTY=pts/2 ; PWD=/home/[name] ; USER=root ; COMMAND=/usr/sbin/useradd -m -G wheel [name]`)
	// A GECOS name between: the name is found, and the login after it
	// (kept for later by the scan, gaps_s36_test.go).
	f(`COMMAND=/usr/sbin/useradd -m -c Hannah Becker -G wheel nowak.chloe`, `COMMAND=/usr/sbin/useradd -m -c [name] -G wheel [name]`)
	f(`{"_CMDLINE":"useradd -m -s /bin/bash adubois61","MESSAGE":"x"}`, `{"_CMDLINE":"useradd -m -s /bin/bash [name]","MESSAGE":"x"}`)
	f(`COMMAND=/usr/sbin/usermod -aG docker fkovalenko`, `COMMAND=/usr/sbin/usermod -aG docker [name]`)
	f(`COMMAND=/usr/bin/passwd -l www-data`, `COMMAND=/usr/bin/passwd -l www-data`)
	f(`COMMAND=/usr/sbin/usermod -s /bin/zsh`, `COMMAND=/usr/sbin/usermod -s /bin/zsh`)
	f(`COMMAND=/usr/sbin/useradd -D -g users`, `COMMAND=/usr/sbin/useradd -D -g users`)
	f(`the passwd file is here`, `the passwd file is here`)
}
