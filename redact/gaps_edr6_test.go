package redact

import "testing"

// Host security agents' output (osquery results, Falco alerts, Wazuh
// alerts): the logins, passwords and hosts their records carry.

// TestEDRChangeSideKeys: one side of a changed value takes what the name
// without it says (Wazuh's syscheck uname_after, gname_before).
func TestEDRChangeSideKeys(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"syscheck":{"path":"/etc/app.conf","uname_after":"epatel","gname_after":"epatel","uname_before":"root","size_after":"741","md5_after":"0dd6a5fd0ac9e3c64b6b14e7a5f1b2c3"}}`,
		`{"syscheck":{"path":"/etc/app.conf","uname_after":"[name]","gname_after":"[name]","uname_before":"root","size_after":"741","md5_after":"0dd6a5fd0ac9e3c64b6b14e7a5f1b2c3"}}`)
	f(`{"email_old":"jane.doe@example.com","status_new":"active","version_prev":"1.4.2"}`,
		`{"email_old":"[email]","status_new":"active","version_prev":"1.4.2"}`)
}

// TestEDRCommandCredentials: curl's user beside its password when it is a
// person's login; sshpass's and mysql's quoted passwords; htpasswd's
// batch mode.
func TestEDRCommandCredentials(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"cmdline":"curl -u smithb3:Winter2003? https://api.example.com/v1/orders"}`,
		`{"cmdline":"curl -u [secret] https://api.example.com/v1/orders"}`)
	f(`curl --user jane.doe:S3cret https://api.example.com/`, `curl --user [secret] https://api.example.com/`)
	f(`curl -u admin:S3cret https://api.example.com/`, `curl -u admin:[secret] https://api.example.com/`)
	f(`{"cmdline":"sshpass -p 'Falcon1995$' ssh root@bastion-eu"}`, `{"cmdline":"sshpass -p '[secret]' ssh root@bastion-eu"}`)
	f(`sshpass -p S3cret! ssh deploy@web-01`, `sshpass -p [secret] ssh deploy@web-01`)
	f(`mysql -u root -p"Tr0ub4dor&3" shop`, `mysql -u root -p"[secret]" shop`)
	f(`ssh -p 2222 deploy@web-01`, `ssh -p 2222 deploy@web-01`)
	f(`COMMAND=/usr/bin/htpasswd -b /etc/nginx/.htpasswd owilliams Dragon2018#`, `COMMAND=/usr/bin/htpasswd -b /etc/nginx/.htpasswd [secret]`)
	f(`htpasswd -nbB admin 'S3cr et!'`, `htpasswd -nbB admin '[secret]'`)
	f(`htpasswd -c /etc/nginx/.htpasswd admin`, `htpasswd -c /etc/nginx/.htpasswd admin`) // asks for it
}

// TestEDRAccountNameLabel: Windows' rendered security messages name the
// account after "Account Name:" and tabs.
func TestEDRAccountNameLabel(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"message":"Account For Which Logon Failed:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\tchloe\r\n\tAccount Domain:\t\tCORP\r\n"}`,
		`{"message":"Account For Which Logon Failed:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t[name]\r\n\tAccount Domain:\t\tCORP\r\n"}`)
	f(`User Name: jane.doe`, `User Name: [name]`)
	f(`Account Name: SYSTEM Account Name: - Account Name: DC01$ Service Name: krbtgt Host Name: web-01`,
		`Account Name: SYSTEM Account Name: - Account Name: DC01$ Service Name: krbtgt Host Name: web-01`)
}

// TestEDRLoginAtHost: an SSH key's comment user@hostname, scp's target.
func TestEDRLoginAtHost(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"comment":"beckerl8@laptop"}`, `{"comment":"[name]@laptop"}`)
	f(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOvi0eOYkmqf jdoe@workstation`, `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOvi0eOYkmqf [name]@workstation`)
	f(`scp dump.sql jdoe@nas:~/backup/`, `scp dump.sql [name]@nas:~/backup/`)
	f(`image@sha256:0dd6a5fd git@github root@web-01 nginx@1.25 user@1000 deploy@bastion`,
		`image@sha256:0dd6a5fd git@github root@web-01 nginx@1.25 user@1000 deploy@bastion`)
	f(`first.last@localhost`, `first.last@localhost`)
}

// TestEDRProseAndHosts: "user" before a word of the sentence names no
// login; an agent object with an address is a machine.
func TestEDRProseAndHosts(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Logon Failure - Unknown user or bad password`, `Logon Failure - Unknown user or bad password`)
	f(`Invalid user jdoe from 203.0.113.33 port 54051`, `Invalid user [name] from 203.0.113.0 port 54051`)
	f(`{"agent":{"id":"003","name":"bastion","ip":"10.0.2.11"}}`, `{"agent":{"id":"003","name":"bastion","ip":"10.0.2.0"}}`)
	f(`{"agent":{"id":"4711","name":"Jane Doe","ip":"10.0.2.11"}}`, `{"agent":{"id":"4711","name":"[name]","ip":"10.0.2.0"}}`)
	f(`{"agent":{"id":"4711","name":"Jane Doe","email":"jane.doe@example.com"}}`, `{"agent":{"id":"4711","name":"[name]","email":"[email]"}}`)
}
