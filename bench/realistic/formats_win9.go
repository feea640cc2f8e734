package realistic

import (
	"bytes"
	"strconv"
	"strings"
)

// Held-out formats of administrators' own tools: what Windows, macOS and
// configuration management write when an admin creates accounts, maps
// shares and hands out passwords.
//
//   - powershell_sysmon: PowerShell Operational event 4104 (script block
//     logging: ScriptBlockText, ScriptBlockId, Path, MessageNumber of
//     MessageTotal; the rendered message "Creating Scriptblock text (1 of
//     1):" with CRLF) as Winlogbeat ships it (winlog.event_data and the
//     powershell module's ECS fields: user.name, user.domain,
//     powershell.file.script_block_text, file.path); Sysmon event 1
//     (process creation: Image, CommandLine, CurrentDirectory, User as
//     DOMAIN\login, LogonId, Hashes, ParentImage, ParentCommandLine,
//     ParentUser) as NXLog's im_msvistalog writes it to JSON (flat: the
//     header fields EventTime … SourceModuleType beside the event data)
//     and as Winlogbeat's sysmon module (winlog.event_data, ECS
//     process.command_line, process.args as an array, related.user);
//     PowerShell transcripts (Start-Transcript -IncludeInvocationHeader:
//     the ********************** banner, Username, RunAs User, Machine,
//     Host Application, Process ID, the version lines, "Command start
//     time:", PS C:\Users\login> prompts and the cmdlets' list output
//     "GivenName : …"), one line a record as a file shipper reads it.
//     The command lines are the ones admins type: net user with a
//     positional password, net use /user:, cmdkey /pass:, schtasks /RU
//     /RP, runas, PsExec -u -p, ConvertTo-SecureString -AsPlainText,
//     New-ADUser and Set-ADUser with names, mail and phones,
//     Set-ADAccountPassword, Invoke-RestMethod with a Bearer header,
//     curl.exe -u, Send-MailMessage; home paths C:\Users\login\….
//     A user's SID is left unlabelled: it names an account, not a person,
//     and either outcome is acceptable.
//   - macos_unified_log: log show in its default style (the column header,
//     thread, type, activity, PID, TTL), --style syslog and --style
//     compact; /var/log/system.log and /var/log/install.log (BSD
//     headers with the computer's local host name). Messages of
//     opendirectoryd ("Failed to authenticate user <login> (error:
//     5000)."), authd, SecurityAgent ("User info context values set for
//     login"), loginwindow, sshd, sudo, launchd (com.apple.xpc.launchd
//     gui/501 domains, LaunchAgents under /Users/login/Library),
//     airportd and WiFiManager (SSID, BSSID, the interface's MAC),
//     mDNSResponder (Marias-MacBook-Pro.local.), tccd, installd and
//     Installer ("Opened from: /Users/login/Downloads/…"), and apps that
//     log with %{public}@ (signed-in addresses, tokens); <private> where
//     the system masks a value.
//   - config_mgmt_runs: ansible-playbook output (PLAY and TASK banners,
//     ok/changed lines with the loop item as a dict, debug msg blocks,
//     fatal FAILED! JSON, -vvv's ESTABLISH SSH CONNECTION and SSH: EXEC
//     lines and the result with invocation.module_args: no_log values as
//     VALUE_SPECIFIED_IN_NO_LOG_PARAMETER, the user module's
//     NOT_LOGGING_PASSWORD, but uri headers and body, a URL's user
//     info and a command's -p in clear; PLAY RECAP); puppet agent -t
//     (Info and Notice lines, User[login] comment changed 'a' to 'b',
//     password changed [redacted], Exec titles that are commands,
//     show_diff content diffs) and its syslog form; Chef Infra Client
//     (resource action lines, "- create user", template diffs, execute
//     and git resources); Salt state.apply's highstate blocks (ID,
//     Function, Name, Comment, Changes, XXX-REDACTED-XXX) and the
//     minion's log (the changes dict at INFO); Terraform plan and apply
//     (resource blocks with + ~ - markers, tags, heredoc user_data,
//     (sensitive value), connection strings, outputs), colourised in
//     one stream of four.

// wPerson is a person an admin acts on: names, login, mail.
type wPerson struct{ first, last, full, login, mail string }

func (g *gen) wPerson() wPerson {
	f, l := g.name()
	fl, ll := strings.ToLower(ascii(f)), strings.ToLower(ascii(l))
	var login string
	switch g.rng.IntN(5) {
	case 0:
		login = fl[:1] + ll
	case 1:
		login = fl + "." + ll
	case 2:
		login = fl
	case 3:
		login = ll + fl[:1]
	default:
		login = fl[:1] + ll + g.num(1, 9)
	}
	return wPerson{f, l, f + " " + l, login, g.email(f, l)}
}

// plantAll labels every part of a person; w9prune later drops the
// labels of the parts a line does not write.
func (g *gen) plantAll(p wPerson) {
	g.plantAt("name", p.full)
	g.plantAt("name", p.first)
	g.plantAt("name", p.last)
	g.plantAt("name", p.login)
	g.plantAt("email", p.mail)
}

// pv plants v and returns it.
func (g *gen) pv(cat, v string) string { g.plantAt(cat, v); return v }

// kv keeps v and returns it.
func (g *gen) kv(cat, v string) string { g.keepAt(cat, v); return v }

// hasWordIn reports whether f occurs in s not glued to a letter or digit.
func hasWordIn(s, f string) bool {
	alnum := func(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	for i := 0; ; {
		j := strings.Index(s[i:], f)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(f)
		if (j == 0 || !alnum(s[j-1]) || !alnum(f[0])) && (e == len(s) || !alnum(s[e]) || !alnum(f[len(f)-1])) {
			return true
		}
		i = j + 1
	}
}

// w9prune keeps the labels whose forms the line writes as words, and
// drops repeated ones.
func (g *gen) w9prune(line string) {
	seen := map[string]bool{}
	ps := g.plants[:0]
	for _, v := range g.plants {
		if v.Category == "secret" && len(v.Forms) == 1 && v.Forms[0] == v.Text && !hasWordIn(line, v.Text) {
			// A password glued to its switch (mysql -pSecret): the
			// form takes the switch's letters.
			if i := strings.Index(line, v.Text); i > 0 {
				j := i
				for j > 0 && (line[j-1] >= 'a' && line[j-1] <= 'z' || line[j-1] >= 'A' && line[j-1] <= 'Z') {
					j--
				}
				v.Forms = []string{line[j : i+len(v.Text)]}
			}
		}
		ok := !seen[v.Category+"\x00"+v.Text]
		for _, f := range v.Forms {
			ok = ok && hasWordIn(line, f)
		}
		if ok {
			seen[v.Category+"\x00"+v.Text] = true
			ps = append(ps, v)
		}
	}
	ks := g.keeps[:0]
	for _, v := range g.keeps {
		ok := !seen["k"+v.Category+"\x00"+v.Text]
		for _, f := range v.Forms {
			ok = ok && strings.Contains(line, f)
		}
		if ok {
			seen["k"+v.Category+"\x00"+v.Text] = true
			ks = append(ks, v)
		}
	}
	g.plants, g.keeps = ps, ks
}

// w9line is a one-line record, its labels pruned to the line.
func (g *gen) w9line(b []byte) Record {
	g.w9prune(string(b))
	return Record{Line: b}
}

// w9rec is a record of a multi-record entry, taking the labels made so
// far, pruned to the line.
func (g *gen) w9rec(b []byte) Record {
	g.w9prune(string(b))
	return g.rec(b)
}

// winPass returns a password as an admin types one for a new account.
func (g *gen) winPass() string {
	switch g.rng.IntN(3) {
	case 0:
		return pick(g, []string{"P@ssw0rd", "Welcome", "Start", "Passw0rd", "Changeme"}) + g.digits(2) + pick(g, []string{"!", "#", "", "?"})
	case 1:
		return g.password()
	}
	return pick(g, []string{"Herbst", "Spring", "Kyiv", "London"}) + "-" + g.digits(4) + pick(g, []string{"!", "$", "%"})
}

var winDomains = []string{"CORP", "AD", "CONTOSO", "EXAMPLE"}

// winServiceUsers are accounts that are no one's.
var winServiceUsers = []string{"svc_backup", "svc_sql", "Administrator", "svc-deploy", "sqlsvc", "svc_veeam"}

// psCommand returns a command line an admin runs, with its image, the
// values labelled (planted as they are written; none needs escaping in
// JSON). who is the admin running it.
func (g *gen) psCommand(dom string, who wPerson) (cmd, image string) {
	p := g.wPerson()
	g.plantAll(p)
	g.plantAll(who)
	pw := g.pv("secret", g.winPass())
	srv := pick(g, []string{"fs01", "FS01.corp.example.com", "srv-files", "nas02", "10.20.0.15"})
	ps := `C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe`
	switch g.rng.IntN(18) {
	case 0:
		return "net user " + p.login + " " + pw + " /add", `C:\Windows\System32\net.exe`
	case 1:
		return "net  user " + p.login + " " + pw + " /add /domain /fullname:\"" + p.full + "\"", `C:\Windows\System32\net1.exe`
	case 2:
		return `net use Z: \\` + srv + `\share /user:` + dom + `\` + p.login + " " + pw + " /persistent:no", `C:\Windows\System32\net.exe`
	case 3:
		return `net use \\` + srv + `\IPC$ /user:` + p.login + "@corp.example.com " + pw, `C:\Windows\System32\net.exe`
	case 4:
		return "cmdkey /add:" + srv + " /user:" + dom + `\` + p.login + " /pass:" + pw, `C:\Windows\System32\cmdkey.exe`
	case 5:
		return `schtasks /create /tn "Nightly Sync" /tr "C:\Scripts\sync.cmd" /sc daily /st 02:30 /RU ` + dom + `\` + p.login + " /RP " + pw, `C:\Windows\System32\schtasks.exe`
	case 6:
		return "runas /user:" + dom + `\` + p.login + ` "mmc dsa.msc"`, `C:\Windows\System32\runas.exe`
	case 7:
		return `PsExec64.exe \\` + srv + " -u " + dom + `\` + p.login + " -p " + pw + " -accepteula cmd /c ipconfig", `C:\Tools\PsExec64.exe`
	case 8:
		return "powershell.exe -NoProfile -Command \"$pw = ConvertTo-SecureString '" + pw + "' -AsPlainText -Force; $c = New-Object System.Management.Automation.PSCredential('" + dom + `\` + p.login + "', $pw); Enter-PSSession -ComputerName " + srv + " -Credential $c\"", ps
	case 9:
		phone := g.pv("phone", g.phone())
		return "powershell.exe -Command New-ADUser -Name \"" + p.full + "\" -GivenName \"" + p.first + "\" -Surname \"" + p.last + "\" -SamAccountName " + p.login + " -UserPrincipalName " + p.login + "@corp.example.com -EmailAddress " + p.mail + " -OfficePhone '" + phone + "' -AccountPassword (ConvertTo-SecureString \"" + pw + "\" -AsPlainText -Force) -Enabled $true", ps
	case 10:
		return "powershell.exe -c \"Set-ADAccountPassword -Identity " + p.login + " -Reset -NewPassword (ConvertTo-SecureString -AsPlainText '" + pw + "' -Force)\"", ps
	case 11:
		tok := g.pv("secret", g.token(40))
		return "powershell.exe -NoP -c \"Invoke-RestMethod -Uri https://api.example.com/v2/users?email=" + p.mail + " -Headers @{Authorization='Bearer " + tok + "'}\"", ps
	case 12:
		return `curl.exe -s -u ` + p.login + ":" + pw + ` https://jira.example.com/rest/api/2/myself -o C:\Users\` + who.login + `\AppData\Local\Temp\me.json`, `C:\Windows\System32\curl.exe`
	case 13:
		mob := g.pv("phone", g.phone())
		return "powershell.exe Set-ADUser -Identity " + p.login + " -MobilePhone \"" + mob + "\" -EmailAddress \"" + p.mail + "\" -DisplayName \"" + p.full + "\"", ps
	case 14:
		return "powershell.exe Send-MailMessage -To \"" + p.full + " <" + p.mail + ">\" -From it-helpdesk@corp.example.com -Subject 'Your new account' -Body 'Login: " + p.login + " Password: " + pw + "' -SmtpServer smtp.corp.example.com", ps
	case 15:
		return `"C:\Program Files\Microsoft SQL Server\Client SDK\ODBC\170\Tools\Binn\SQLCMD.EXE" -S sql01 -U ` + p.login + " -P " + pw + ` -Q "SELECT 1"`, `C:\Program Files\Microsoft SQL Server\Client SDK\ODBC\170\Tools\Binn\SQLCMD.EXE`
	case 16:
		kb := g.kv("version", "KB50"+g.digits(5))
		return "wusa.exe C:\\Windows\\Temp\\windows10.0-" + strings.ToLower(kb) + "-x64.msu /quiet /norestart", `C:\Windows\System32\wusa.exe`
	}
	h := g.kv("hash", strings.ToUpper(g.hexID(64)))
	return "powershell.exe -c \"if ((Get-FileHash C:\\Users\\" + who.login + "\\Downloads\\setup.msi).Hash -ne '" + h + "') { exit 1 }\"", ps
}

// psScript returns a script block an admin ran, lines joined by CRLF.
func (g *gen) psScript(dom string, who wPerson) string {
	p := g.wPerson()
	g.plantAll(p)
	g.plantAll(who)
	pw := g.pv("secret", g.winPass())
	switch g.rng.IntN(6) {
	case 0:
		phone := g.pv("phone", g.phone())
		return "Import-Module ActiveDirectory\r\n$pw = ConvertTo-SecureString '" + pw + "' -AsPlainText -Force\r\nNew-ADUser -Name \"" + p.full + "\" `\r\n    -GivenName \"" + p.first + "\" -Surname \"" + p.last + "\" `\r\n    -SamAccountName \"" + p.login + "\" -EmailAddress \"" + p.mail + "\" `\r\n    -OfficePhone \"" + phone + "\" -AccountPassword $pw -Enabled $true -Path \"OU=Staff,DC=corp,DC=example,DC=com\""
	case 1:
		return "$cred = New-Object System.Management.Automation.PSCredential (\"" + dom + `\` + p.login + "\", (ConvertTo-SecureString \"" + pw + "\" -AsPlainText -Force))\r\nInvoke-Command -ComputerName SRV-APP01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }"
	case 2:
		tok := g.pv("secret", g.token(36))
		return "$headers = @{ Authorization = \"Bearer " + tok + "\"; 'Content-Type' = 'application/json' }\r\n$body = @{ email = '" + p.mail + "'; displayName = '" + p.full + "' } | ConvertTo-Json\r\nInvoke-WebRequest -Uri 'https://graph.example.com/v1.0/users' -Method Post -Headers $headers -Body $body"
	case 3:
		return "Set-ADAccountPassword -Identity '" + p.login + "' -Reset -NewPassword (ConvertTo-SecureString -AsPlainText '" + pw + "' -Force)\r\nSet-ADUser -Identity '" + p.login + "' -ChangePasswordAtLogon $true\r\nWrite-Host \"Password for " + p.full + " reset\""
	case 4:
		return "Get-ADUser -Filter \"EmailAddress -eq '" + p.mail + "'\" -Properties MobilePhone, Department |\r\n    Select-Object Name, SamAccountName, MobilePhone"
	}
	return "# " + pick(g, []string{"Maintenance", "Cleanup"}) + "\r\nGet-ChildItem -Path C:\\Users\\" + who.login + "\\AppData\\Local\\Temp -Recurse | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-" + g.num(7, 30) + ") } | Remove-Item -Force"
}

func (g *gen) powershellSysmon(st *streamState) Record {
	switch st.variant % 4 {
	case 0:
		return g.w9line(bytes.ReplaceAll(g.ps4104(), []byte(`\u000d`), []byte(`\r`)))
	case 1:
		return g.w9line(bytes.ReplaceAll(g.sysmonNXLog(), []byte(`\u000d`), []byte(`\r`)))
	case 2:
		return g.w9line(g.sysmonBeat())
	}
	return g.fromPending(st, g.psTranscript)
}

// winHost returns a workstation's or server's name (no one's).
func (g *gen) winHost() string {
	return pick(g, []string{"WS-", "LT-", "SRV-APP", "PC"}) + g.num(100, 9999)
}

func (g *gen) ps4104() []byte {
	dom := pick(g, winDomains)
	who := g.wPerson()
	host := g.winHost()
	t := g.now.UTC()
	script := g.psScript(dom, who)
	sbID := g.uuid()
	g.keepAt("uuid", sbID)
	path := `C:\Users\` + who.login + `\Documents\` + pick(g, []string{"onboard.ps1", "reset.ps1", "Tools\\sync.ps1"})
	if g.pct(30) {
		path = ""
	}
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = g.jk(b, "@timestamp", "timestamp", t.Format("2006-01-02T15:04:05.000Z"))
	b = jo(b, "agent")
	b = g.js(b, "type", "winlogbeat")
	b = g.jk(b, "version", "version", "8.11.3")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = append(b, '}')
	b = jo(b, "event")
	b = g.js(b, "code", "4104")
	b = g.js(b, "kind", "event")
	b = g.js(b, "provider", "Microsoft-Windows-PowerShell")
	b = g.js(b, "action", "Execute a Remote Command")
	b = g.js(b, "module", "powershell")
	b = append(b, '}')
	b = jo(b, "host")
	b = g.js(b, "name", strings.ToLower(host)+".corp.example.com")
	b = append(b, '}')
	b = jo(b, "winlog")
	b = g.js(b, "channel", "Microsoft-Windows-PowerShell/Operational")
	b = g.js(b, "computer_name", host+".corp.example.com")
	b = g.js(b, "event_id", "4104")
	b = jo(b, "process")
	b = jn(b, "pid", g.num(1000, 30000))
	b = jo(b, "thread")
	b = jn(b, "id", g.num(1000, 30000))
	b = append(b, "}}"...)
	b = g.js(b, "provider_guid", "{a0c1853b-5c40-4b15-8766-3cf1c58f985a}")
	b = g.js(b, "provider_name", "Microsoft-Windows-PowerShell")
	b = g.jk(b, "record_id", "counter", g.num(10000, 9999999))
	b = g.js(b, "task", "Execute a Remote Command")
	b = g.js(b, "opcode", "On create calls")
	b = jo(b, "user")
	b = g.js(b, "domain", dom)
	b = g.js(b, "identifier", "S-1-5-21-"+g.num(1000000000, 2000000000)+"-"+g.num(1000000000, 2000000000)+"-"+g.num(1000000000, 2000000000)+"-"+g.num(1100, 9999))
	b = g.js(b, "name", who.login)
	b = g.js(b, "type", "User")
	b = append(b, '}')
	b = jn(b, "version", "1")
	b = jo(b, "event_data")
	b = g.js(b, "MessageNumber", "1")
	b = g.js(b, "MessageTotal", "1")
	b = g.js(b, "Path", path)
	b = g.js(b, "ScriptBlockId", sbID)
	b = g.js(b, "ScriptBlockText", script)
	b = append(b, "}}"...)
	b = g.js(b, "message", "Creating Scriptblock text (1 of 1):\r\n"+script+"\r\n\r\nScriptBlock ID: "+sbID+"\r\nPath: "+path)
	b = jo(b, "powershell")
	b = jo(b, "file")
	b = g.js(b, "script_block_id", sbID)
	b = g.js(b, "script_block_text", script)
	b = append(b, "}}"...)
	b = jo(b, "user")
	b = g.js(b, "name", who.login)
	b = g.js(b, "domain", dom)
	b = append(b, '}')
	if path != "" {
		b = jo(b, "file")
		b = g.js(b, "path", path)
		b = g.js(b, "directory", path[:strings.LastIndexByte(path, '\\')])
		b = g.js(b, "name", path[strings.LastIndexByte(path, '\\')+1:])
		b = append(b, '}')
	}
	return append(b, '}')
}

// sysmonValues draws one process creation.
type sysmonEvent struct {
	dom, host, user, cmd, image, cwd, parentImg, parentCmd, parentUser string
	login                                                              string
}

func (g *gen) sysmonDraw() sysmonEvent {
	dom := pick(g, winDomains)
	who := g.wPerson()
	e := sysmonEvent{dom: dom, host: g.winHost(), login: who.login}
	e.cmd, e.image = g.psCommand(dom, who)
	e.user = dom + `\` + who.login
	e.cwd = `C:\Users\` + who.login + `\`
	if g.pct(25) {
		svc := pick(g, winServiceUsers)
		g.keepAt("account", svc, `\`+svc)
		e.user = dom + `\` + svc
		e.cwd = `C:\Windows\system32\`
	}
	e.parentUser = e.user
	switch g.rng.IntN(3) {
	case 0:
		e.parentImg, e.parentCmd = `C:\Windows\System32\cmd.exe`, `"C:\Windows\system32\cmd.exe" `
	case 1:
		e.parentImg, e.parentCmd = `C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe`, `"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe" `
	default:
		// A wrapper script's line carries the same secrets.
		e.parentImg, e.parentCmd = `C:\Windows\System32\cmd.exe`, `C:\Windows\system32\cmd.exe /c ""C:\Users\`+who.login+`\Desktop\setup.cmd" "`
	}
	return e
}

func (g *gen) sysmonHashes() string {
	return "MD5=" + strings.ToUpper(g.hexID(32)) + ",SHA256=" + strings.ToUpper(g.hexID(64)) + ",IMPHASH=" + strings.ToUpper(g.hexID(32))
}

// sysmonNXLog writes Sysmon event 1 as NXLog's to_json() of an
// im_msvistalog record: flat, header fields first.
func (g *gen) sysmonNXLog() []byte {
	e := g.sysmonDraw()
	t := g.now.UTC()
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = g.jk(b, "EventTime", "timestamp", t.Format("2006-01-02 15:04:05"))
	b = g.js(b, "Hostname", e.host+".corp.example.com")
	b = jn(b, "Keywords", "-9223372036854775808")
	b = g.js(b, "EventType", "INFO")
	b = jn(b, "SeverityValue", "2")
	b = g.js(b, "Severity", "INFO")
	b = jn(b, "EventID", "1")
	b = g.js(b, "SourceName", "Microsoft-Windows-Sysmon")
	b = g.js(b, "ProviderGuid", "{5770385F-C22A-43E0-BF4C-06F5698FFBD9}")
	b = jn(b, "Version", "5")
	b = jn(b, "TaskValue", "1")
	b = jn(b, "OpcodeValue", "0")
	rn := g.num(100000, 99999999)
	g.keepAt("counter", rn, `"RecordNumber":`+rn)
	b = jn(b, "RecordNumber", rn)
	b = jn(b, "ExecutionProcessID", g.num(1000, 9999))
	b = jn(b, "ExecutionThreadID", g.num(1000, 9999))
	b = g.js(b, "Channel", "Microsoft-Windows-Sysmon/Operational")
	b = g.js(b, "Domain", "NT AUTHORITY")
	b = g.js(b, "AccountName", "SYSTEM")
	b = g.js(b, "UserID", "S-1-5-18")
	b = g.js(b, "AccountType", "User")
	b = g.js(b, "Message", "Process Create:\r\nRuleName: -\r\nUtcTime: "+t.Format("2006-01-02 15:04:05.000")+"\r\nImage: "+e.image+"\r\nCommandLine: "+e.cmd+"\r\nCurrentDirectory: "+e.cwd+"\r\nUser: "+e.user+"\r\nParentCommandLine: "+e.parentCmd)
	b = g.js(b, "Category", "Process Create (rule: ProcessCreate)")
	b = g.js(b, "Opcode", "Info")
	b = g.js(b, "RuleName", "-")
	b = g.jk(b, "UtcTime", "timestamp", t.Format("2006-01-02 15:04:05.000"))
	b = g.jk(b, "ProcessGuid", "uuid", "{"+g.uuid()+"}")
	b = g.js(b, "ProcessId", g.num(1000, 65000))
	b = g.js(b, "Image", e.image)
	b = g.jk(b, "FileVersion", "version", "10.0.19041."+g.num(1000, 4000)+" (WinBuild.160101.0800)")
	b = g.js(b, "Description", pick(g, []string{"Net Command", "Windows PowerShell", "Credential Manager Command Line Utility", "Task Scheduler Configuration Tool"}))
	b = g.js(b, "Product", "Microsoft® Windows® Operating System")
	b = g.js(b, "Company", "Microsoft Corporation")
	b = g.js(b, "OriginalFileName", e.image[strings.LastIndexByte(e.image, '\\')+1:])
	b = g.js(b, "CommandLine", e.cmd)
	b = g.js(b, "CurrentDirectory", e.cwd)
	b = g.js(b, "User", e.user)
	b = g.jk(b, "LogonGuid", "uuid", "{"+g.uuid()+"}")
	b = g.jk(b, "LogonId", "hash", "0x"+g.hexID(7))
	b = g.js(b, "TerminalSessionId", g.num(0, 3))
	b = g.js(b, "IntegrityLevel", pick(g, []string{"High", "Medium"}))
	b = g.jk(b, "Hashes", "hash", g.sysmonHashes())
	b = g.jk(b, "ParentProcessGuid", "uuid", "{"+g.uuid()+"}")
	b = g.js(b, "ParentProcessId", g.num(1000, 65000))
	b = g.js(b, "ParentImage", e.parentImg)
	b = g.js(b, "ParentCommandLine", e.parentCmd)
	b = g.js(b, "ParentUser", e.parentUser)
	b = g.jk(b, "EventReceivedTime", "timestamp", t.Add(1e9).Format("2006-01-02 15:04:05"))
	b = g.js(b, "SourceModuleName", "in_sysmon")
	b = g.js(b, "SourceModuleType", "im_msvistalog")
	return append(b, '}')
}

// winArgs splits a command line as CommandLineToArgvW does for the
// shapes psCommand writes (quotes removed, no escapes).
func winArgs(cmd string) []string {
	var out []string
	var cur strings.Builder
	in, any := false, false
	for i := 0; i < len(cmd); i++ {
		c := cmd[i]
		switch {
		case c == '"':
			in, any = !in, true
		case c == ' ' && !in:
			if any {
				out = append(out, cur.String())
				cur.Reset()
				any = false
			}
		default:
			cur.WriteByte(c)
			any = true
		}
	}
	if any {
		out = append(out, cur.String())
	}
	return out
}

// sysmonBeat writes Sysmon event 1 as Winlogbeat's sysmon module does.
func (g *gen) sysmonBeat() []byte {
	e := g.sysmonDraw()
	t := g.now.UTC()
	b := make([]byte, 0, 2400)
	b = append(b, '{')
	b = g.jk(b, "@timestamp", "timestamp", t.Format("2006-01-02T15:04:05.000Z"))
	b = jo(b, "event")
	b = g.js(b, "code", "1")
	b = g.js(b, "provider", "Microsoft-Windows-Sysmon")
	b = g.js(b, "module", "sysmon")
	b = ja(b, "category")
	b = append(b, `"process"]`...)
	b = g.js(b, "action", "Process Create (rule: ProcessCreate)")
	b = append(b, '}')
	b = jo(b, "process")
	b = jn(b, "pid", g.num(1000, 65000))
	b = g.js(b, "executable", e.image)
	b = g.js(b, "command_line", e.cmd)
	b = ja(b, "args")
	for i, a := range winArgs(e.cmd) {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, jsonEsc(a)...)
		b = append(b, '"')
	}
	b = append(b, ']')
	b = g.js(b, "working_directory", e.cwd)
	b = jo(b, "hash")
	b = g.jk(b, "sha256", "hash", g.hexID(64))
	b = append(b, '}')
	b = jo(b, "parent")
	b = g.js(b, "executable", e.parentImg)
	b = g.js(b, "command_line", e.parentCmd)
	b = append(b, "}}"...)
	_, name, _ := strings.Cut(e.user, `\`)
	b = jo(b, "user")
	b = g.js(b, "domain", e.dom)
	b = g.js(b, "name", name)
	b = append(b, '}')
	b = jo(b, "related")
	b = ja(b, "user")
	b = append(b, '"')
	b = append(b, jsonEsc(name)...)
	b = append(b, `"]}`...)
	b = jo(b, "winlog")
	b = g.js(b, "channel", "Microsoft-Windows-Sysmon/Operational")
	b = g.js(b, "computer_name", e.host+".corp.example.com")
	b = g.js(b, "event_id", "1")
	b = g.jk(b, "record_id", "counter", g.num(100000, 99999999))
	b = jo(b, "event_data")
	b = g.js(b, "RuleName", "-")
	b = g.jk(b, "UtcTime", "timestamp", t.Format("2006-01-02 15:04:05.000"))
	b = g.jk(b, "ProcessGuid", "uuid", "{"+g.uuid()+"}")
	b = g.js(b, "Image", e.image)
	b = g.js(b, "CommandLine", e.cmd)
	b = g.js(b, "CurrentDirectory", e.cwd)
	b = g.js(b, "User", e.user)
	b = g.jk(b, "LogonId", "hash", "0x"+g.hexID(6))
	b = g.js(b, "IntegrityLevel", "High")
	b = g.jk(b, "Hashes", "hash", g.sysmonHashes())
	b = g.js(b, "ParentImage", e.parentImg)
	b = g.js(b, "ParentCommandLine", e.parentCmd)
	b = g.js(b, "ParentUser", e.parentUser)
	return append(b, "}}}"...)
}

// psTranscript is one transcript session, a record a line.
func (g *gen) psTranscript() []Record {
	dom := pick(g, winDomains)
	who := g.wPerson()
	host := g.winHost()
	var out []Record
	line := func(s string) {
		g.plantAll(who)
		out = append(out, g.w9rec([]byte(s)))
	}
	stamp := func() string {
		return g.kv("timestamp", g.now.Format("20060102150405"))
	}
	star := "**********************"
	line(star)
	line("Windows PowerShell transcript start")
	line("Start time: " + stamp())
	line("Username: " + dom + `\` + who.login)
	runas := who.login
	if g.pct(40) {
		runas = "adm-" + who.login
	}
	line("RunAs User: " + dom + `\` + runas)
	line("Configuration Name: ")
	build := g.kv("version", "10.0.19041."+g.num(1000, 4000))
	line("Machine: " + host + " (Microsoft Windows NT " + build + ".0)")
	line(`Host Application: C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe -NoLogo`)
	pid := g.kv("counter", g.num(1000, 30000))
	line("Process ID: " + pid)
	line("PSVersion: " + g.kv("version", "5.1.19041."+g.num(1000, 4000)))
	line("PSEdition: Desktop")
	line("PSCompatibleVersions: 1.0, 2.0, 3.0, 4.0, 5.0, 5.1.19041.3803")
	line("BuildVersion: " + build)
	line("CLRVersion: 4.0.30319.42000")
	line("WSManStackVersion: 3.0")
	line("PSRemotingProtocolVersion: 2.3")
	line("SerializationVersion: 1.1.0.1")
	line(star)
	for n := 0; n < 2+g.rng.IntN(3); n++ {
		line(star)
		line("Command start time: " + stamp())
		line(star)
		cmd, _ := g.psCommand(dom, who)
		line(`PS C:\Users\` + who.login + "> " + cmd)
		p := g.wPerson()
		switch g.rng.IntN(4) {
		case 0:
			line("The command completed successfully.")
		case 1:
			// Get-ADUser's list output.
			g.plantAll(p)
			line("DistinguishedName : CN=" + p.full + ",OU=Staff,DC=corp,DC=example,DC=com")
			g.plantAll(p)
			line("Enabled           : True")
			g.plantAll(p)
			line("GivenName         : " + p.first)
			g.plantAll(p)
			line("Name              : " + p.full)
			line("ObjectClass       : user")
			line("ObjectGUID        : " + g.kv("uuid", g.uuid()))
			g.plantAll(p)
			line("SamAccountName    : " + p.login)
			g.plantAll(p)
			line("Surname           : " + p.last)
			g.plantAll(p)
			line("UserPrincipalName : " + p.login + "@corp.example.com")
			g.plantAll(p)
			line("EmailAddress      : " + p.mail)
			line("MobilePhone       : " + g.pv("phone", g.phone()))
		case 2:
			line("CMDKEY: Credential added successfully.")
		default:
			line("Transcript started, output file is C:\\Users\\" + who.login + "\\Documents\\PowerShell_transcript." + host + "." + g.chars(8, base62) + "." + g.now.Format("20060102150405") + ".txt")
		}
	}
	line(star)
	line("Windows PowerShell transcript end")
	line("End time: " + stamp())
	line(star)
	return out
}

// macHost returns a Mac's local host name as macOS derives it from the
// computer name ("Maria’s MacBook Pro" → Marias-MacBook-Pro), the
// owner's words planted; or a name no one's.
func (g *gen) macHost() string {
	model := pick(g, []string{"MacBook-Pro", "MacBook-Air", "iMac", "Mac-mini", "Mac-Studio"})
	switch g.rng.IntN(4) {
	case 0, 1:
		f := pick(g, ownerFirst)
		g.plantAt("name", f+"s")
		return f + "s-" + model
	case 2:
		f, l := g.name()
		f, l = ascii(f), strings.ReplaceAll(ascii(l), "'", "")
		g.plantAt("name", f)
		g.plantAt("name", l+"s")
		return f + "-" + l + "s-" + model
	}
	h := pick(g, []string{"mac-", "MBP-", "ITM"}) + g.chars(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
	g.keepAt("host", h)
	return h
}

// macMsg is one unified log entry's producer and message.
type macMsg struct{ proc, lib, sub, msg string }

func (g *gen) macMessage(p wPerson, host string) macMsg {
	uid := g.kv("counter", g.num(501, 530))
	masked := g.pct(25)
	login := p.login
	if masked {
		login = "<private>"
	}
	switch g.rng.IntN(20) {
	case 0:
		return macMsg{"opendirectoryd", "PlugInLibrary", "com.apple.opendirectoryd:auth", "Failed to authenticate user <" + login + "> (error: 5000)."}
	case 1:
		return macMsg{"opendirectoryd", "Core", "com.apple.opendirectoryd:session", "ODRecordVerifyPassword succeeded for user '" + login + "' (uid " + uid + ") in node /Local/Default"}
	case 2:
		pid, pid2 := g.kv("counter", g.num(300, 9000)), g.kv("counter", g.num(300, 9000))
		return macMsg{"authd", "Security", "com.apple.Authorization:authd", "Succeeded authorizing right 'system.preferences.security' by client '/System/Library/ExtensionKit/Extensions/SecurityPrivacyExtension.appex' [" + pid + "] for authorization created by '/System/Applications/System Settings.app' [" + pid2 + "] (3,1) (engine " + g.num(100, 900) + ")"}
	case 3:
		return macMsg{"authd", "Security", "com.apple.Authorization:authd", "Validating credential " + login + " (" + uid + ") for " + pick(g, []string{"system.login.screensaver", "system.preferences", "com.apple.activitymonitor.kill"}) + " (engine " + g.num(100, 900) + ")"}
	case 4:
		return macMsg{"SecurityAgent", "Security", "com.apple.Authorization:SecurityAgent", "User info context values set for " + login}
	case 5:
		return macMsg{"loginwindow", "Login", "com.apple.loginwindow.logging:Standard", "-[LoginWindowController loginUser:] | Login: shortName: " + login + ", realName: " + p.full + ", uid: " + uid}
	case 6:
		return macMsg{"loginwindow", "Login", "com.apple.loginwindow.logging:Standard", "-[SessionAgentNotificationCenter sendBSDNotification:withOptions:] | sending BSD notification: com.apple.sessionagent.screenIsUnlocked"}
	case 7:
		ip, cat := g.clientIP()
		g.plantAt(cat, ip)
		port := g.kv("port", g.num(49152, 65535))
		return macMsg{"sshd-session", "sshd-session", "com.openssh.sshd:", pick(g, []string{"Accepted keyboard-interactive/pam for ", "Failed password for ", "Accepted publickey for "}) + p.login + " from " + ip + " port " + port + " ssh2"}
	case 8:
		return macMsg{"com.apple.xpc.launchd", "xpc", "com.apple.xpc:launchd", "(gui/" + uid + "/com.example.sync [" + g.kv("counter", g.num(300, 90000)) + "]) Service exited with abnormal code: 1"}
	case 9:
		return macMsg{"com.apple.xpc.launchd", "xpc", "com.apple.xpc:launchd", "Failed to bootstrap path: path = /Users/" + p.login + "/Library/LaunchAgents/com.example.agent.plist, error = 108: Invalid property list"}
	case 10:
		ssid := pick(g, []string{"CORP-WLAN", "eduroam", "Guest", "FRITZ!Box 7590 XY"})
		if g.pct(50) {
			ssid = p.first + "’s iPhone"
		} else {
			g.keepAt("ssid", ssid)
		}
		bssid := g.pv("mac", strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":")))
		if masked {
			return macMsg{"airportd", "WiFiPolicy", "com.apple.WiFiPolicy:", "__WiFiLQAMgrLogStats(<private>:Stationary): Rssi: -" + g.num(40, 80) + " {0 0} Snr: " + g.num(10, 40)}
		}
		return macMsg{"airportd", "IO80211", "com.apple.WiFiManager:", "Attempting auto-join to SSID \"" + ssid + "\" BSSID " + bssid + " channel " + pick(g, []string{"36", "6", "149", "11"}) + " RSSI -" + g.num(40, 80)}
	case 11:
		m := g.pv("mac", strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":")))
		return macMsg{"airportd", "airportd", "com.apple.airport:", "en0: interface MAC address " + m + " (private address " + pick(g, []string{"off", "fixed", "rotating"}) + ")"}
	case 12:
		return macMsg{"mDNSResponder", "mDNSResponder", "com.apple.mDNSResponder:Default", "[R" + g.num(1000, 99999) + "] getaddrinfo start -- flags: 0xC000D000, ifindex: 0, protocols: 0, hostname: " + host + ".local, options: 0x0"}
	case 13:
		return macMsg{"mDNSResponder", "mDNSResponder", "com.apple.mDNSResponder:Default", "Name conflict: renaming \"" + host + ".local.\" to \"" + host + "-2.local.\""}
	case 14:
		return macMsg{"com.microsoft.teams2", "MSTeams", "com.microsoft.teams:auth", "Signed in as " + p.mail + " (tenant " + g.kv("uuid", g.uuid()) + ")"}
	case 15:
		tok := g.pv("secret", g.token(40))
		return macMsg{"Slack", "Slack", "com.tinyspeck.slackmacgap:network", "API request to https://slack.com/api/users.info failed (401); Authorization: Bearer " + tok}
	case 16:
		return macMsg{"tccd", "TCC", "com.apple.TCC:access", "AUTHREQ_RESULT: msgID=" + g.num(300, 9000) + "." + g.num(1, 900) + ", authValue=2, authReason=4, authVersion=1, desired=2, error=(null), client=/Users/" + p.login + "/Applications/Zoom.app"}
	case 17:
		ph := g.pv("phone", g.phone())
		return macMsg{"CallHistorySyncHelper", "CallHistory", "com.apple.callhistory:sync", "Inserting call record: remote " + ph + ", duration " + g.num(3, 900) + "s, name " + p.full}
	case 18:
		pw := g.pv("secret", g.winPass())
		return macMsg{"sudo", "sudo", "com.apple.sudo:", p.login + " : TTY=ttys00" + g.num(0, 9) + " ; PWD=/Users/" + p.login + " ; USER=root ; COMMAND=/usr/sbin/sysadminctl -addUser " + login + " -fullName " + p.full + " -password " + pw}
	}
	return macMsg{"kernel", "kernel", "", "Sandbox: " + pick(g, []string{"mdworker_shared", "com.apple.WebKit"}) + "(" + g.kv("counter", g.num(300, 90000)) + ") deny(1) file-read-data /Users/" + p.login + "/Documents/" + pick(g, []string{"Taxes 2026.pdf", "notes.txt", "cv.docx"})}
}

func (g *gen) macosUnifiedLog(st *streamState) Record {
	if st.variant%5 == 0 && st.n == 0 {
		return Record{Line: []byte("Timestamp                       Thread     Type        Activity             PID    TTL  "), Header: true}
	}
	host := g.macHost()
	p := g.wPerson()
	g.plantAll(p)
	t := g.now.UTC()
	b := make([]byte, 0, 400)
	switch st.variant % 5 {
	case 0: // log show, default style
		m := g.macMessage(p, host)
		b = append(b, g.kv("timestamp", t.Format("2006-01-02 15:04:05.000000-0700"))...)
		b = append(b, ' ')
		b = append(b, padR(g.kv("hash", "0x"+g.hexID(5)), 10)...)
		b = append(b, ' ')
		b = append(b, padR(pick(g, []string{"Default", "Info", "Error", "Default"}), 11)...)
		b = append(b, ' ')
		b = append(b, padR("0x"+g.hexID(6), 20)...)
		b = append(b, ' ')
		b = append(b, padR(g.kv("counter", g.num(100, 99999)), 6)...)
		b = append(b, ' ')
		b = append(b, "0    "...)
		b = append(b, m.proc+": ("+m.lib+") "...)
		if m.sub != "" {
			b = append(b, "["+m.sub+"] "...)
		}
		b = append(b, m.msg...)
	case 1: // log show --style syslog
		m := g.macMessage(p, host)
		b = append(b, g.kv("timestamp", t.Format("2006-01-02 15:04:05.000000-0700"))...)
		b = append(b, "  localhost "+m.proc+"["...)
		b = append(b, g.kv("counter", g.num(100, 99999))...)
		b = append(b, "]: ("+m.lib+") "...)
		if m.sub != "" {
			b = append(b, "["+m.sub+"] "...)
		}
		b = append(b, m.msg...)
	case 2: // log stream --style compact
		m := g.macMessage(p, host)
		b = append(b, g.kv("timestamp", t.Format("2006-01-02 15:04:05.000"))...)
		b = append(b, ' ')
		b = append(b, pick(g, []string{"Df", "I ", "E ", "Df"})...)
		b = append(b, " "+m.proc+"["...)
		b = append(b, g.kv("counter", g.num(100, 99999))+":"+g.hexID(5)...)
		b = append(b, "] "...)
		if m.sub != "" {
			b = append(b, "["+m.sub+"] "...)
		}
		b = append(b, m.msg...)
	case 3: // /var/log/system.log
		m := g.macMessage(p, host)
		day := strconv.Itoa(t.Day())
		if len(day) == 1 {
			day = " " + day
		}
		b = append(b, g.kv("timestamp", months[t.Month()-1]+" "+day+" "+t.Format("15:04:05"))...)
		b = append(b, " "+host+" "+m.proc+"["...)
		b = append(b, g.kv("counter", g.num(100, 99999))...)
		b = append(b, "]: "...)
		b = append(b, m.msg...)
	default: // /var/log/install.log
		b = append(b, g.kv("timestamp", t.Format("2006-01-02 15:04:05-07"))...)
		b = append(b, " "+host+" "...)
		pid := g.kv("counter", g.num(100, 99999))
		app := pick(g, []string{"Zoom", "Slack", "Microsoft Teams", "Google Chrome", "Docker"})
		ver := g.kv("version", g.num(1, 9)+"."+g.num(0, 40)+"."+g.num(1, 200))
		switch g.rng.IntN(6) {
		case 0:
			b = append(b, "installd["+pid+"]: PackageKit: Installed \""+app+"\" ("+ver+")"...)
		case 1:
			b = append(b, "Installer["+pid+"]: Opened from: /Users/"+p.login+"/Downloads/"+strings.ReplaceAll(app, " ", "")+"-"+ver+".pkg"...)
		case 2:
			b = append(b, "installer["+pid+"]: Product archive /Users/"+p.login+"/Downloads/"+strings.ReplaceAll(app, " ", "")+".pkg trustLevel=350"...)
		case 3:
			b = append(b, "Installer["+pid+"]: Administrator authorization granted for "+p.login+" ("+p.full+")"...)
		case 4:
			b = append(b, "softwareupdated["+pid+"]: SUOSUServiceDaemon: Scan for client pid "+g.kv("counter", g.num(100, 9999))+" ("+g.kv("uuid", strings.ToUpper(g.uuid()))+")"...)
		default:
			b = append(b, "installd["+pid+"]: PackageKit: Extracting file:///Users/"+p.login+"/Downloads/"+strings.ReplaceAll(app, " ", "")+".pkg#"+strings.ReplaceAll(app, " ", "")+".pkg (destination=/Library/InstallerSandboxes/.PKInstallSandboxManager/"+g.kv("uuid", strings.ToUpper(g.uuid()))+".activeSandbox/Root, uid=0)"...)
		}
	}
	return g.w9line(b)
}

// padR pads s with blanks to n columns.
func padR(s string, n int) string {
	for len(s) < n {
		s += " "
	}
	return s
}

// banner pads an Ansible banner with stars to 79 columns.
func banner(s string) string {
	s += " "
	for len(s) < 79 {
		s += "*"
	}
	return s
}

var cmHosts = []string{"web1", "web2", "db1", "app-03.example.com", "lb1"}

func (g *gen) configMgmtRuns(st *streamState) Record {
	p := g.wPerson()
	g.plantAll(p)
	var b []byte
	switch st.variant % 5 {
	case 0:
		b = g.ansibleLine(p)
	case 1:
		b = g.puppetLine(p)
	case 2:
		b = g.chefLine(p)
	case 3:
		b = g.saltLine(p)
	default:
		b = g.terraformLine(p, st.variant%10 == 4)
	}
	return g.w9line(b)
}

func (g *gen) ansibleLine(p wPerson) []byte {
	h := pick(g, cmHosts)
	pw := g.pv("secret", g.winPass())
	hash := g.pv("secret", "$6$"+g.chars(16, base62+"./")+"$"+g.chars(86, base62+"./"))
	switch g.rng.IntN(16) {
	case 0:
		return []byte(banner("PLAY [" + pick(g, []string{"Provision users", "Deploy app", "Database setup"}) + "]"))
	case 1:
		return []byte(banner("TASK [users : Create account for " + p.full + "]"))
	case 2:
		return []byte("changed: [" + h + "] => (item={'name': '" + p.login + "', 'comment': '" + p.full + "', 'groups': 'wheel', 'password': '" + hash + "'})")
	case 3:
		return []byte("ok: [" + h + "] => (item={\"email\": \"" + p.mail + "\", \"name\": \"" + p.login + "\", \"shell\": \"/bin/bash\"})")
	case 4:
		return []byte("ok: [" + h + "] => {\n    \"msg\": \"Created " + p.login + " with temporary password " + pw + "\"\n}")
	case 5:
		return []byte("fatal: [" + h + "]: FAILED! => {\"changed\": false, \"msg\": \"unable to connect to database: FATAL:  password authentication failed for user \\\"" + p.login + "\\\"\"}")
	case 6:
		return []byte("<" + h + "> ESTABLISH SSH CONNECTION FOR USER: " + p.login)
	case 7:
		ip := g.pv("ipv4", g.ipv4())
		cp := g.kv("hash", g.hexID(10))
		return []byte("<" + ip + "> SSH: EXEC ssh -C -o ControlMaster=auto -o ControlPersist=60s -o KbdInteractiveAuthentication=no -o PreferredAuthentications=gssapi-with-mic,gssapi-keyex,hostbased,publickey -o PasswordAuthentication=no -o 'User=\"" + p.login + "\"' -o ConnectTimeout=10 -o 'ControlPath=\"/home/" + p.login + "/.ansible/cp/" + cp + "\"' " + ip + " '/bin/sh -c '\"'\"'echo ~" + p.login + " && sleep 0'\"'\"''")
	case 8:
		// The user module logs no password (NOT_LOGGING_PASSWORD), the
		// comment and the name in clear.
		uid := g.kv("counter", g.num(1001, 60000))
		return []byte("changed: [" + h + "] => {\n    \"changed\": true,\n    \"comment\": \"" + p.full + "\",\n    \"create_home\": true,\n    \"group\": " + uid + ",\n    \"home\": \"/home/" + p.login + "\",\n    \"name\": \"" + p.login + "\",\n    \"password\": \"NOT_LOGGING_PASSWORD\",\n    \"shell\": \"/bin/bash\",\n    \"state\": \"present\",\n    \"system\": false,\n    \"uid\": " + uid + "\n}")
	case 9:
		tok := g.pv("secret", g.token(40))
		return []byte("ok: [" + h + "] => {\n    \"changed\": false,\n    \"invocation\": {\n        \"module_args\": {\n            \"body\": {\n                \"email\": \"" + p.mail + "\",\n                \"name\": \"" + p.full + "\",\n                \"password\": \"" + pw + "\"\n            },\n            \"body_format\": \"json\",\n            \"headers\": {\n                \"Authorization\": \"Bearer " + tok + "\"\n            },\n            \"method\": \"POST\",\n            \"url\": \"https://api.example.com/v1/users\",\n            \"url_password\": \"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER\",\n            \"url_username\": \"" + p.login + "\",\n            \"validate_certs\": true\n        }\n    },\n    \"status\": 201\n}")
	case 10:
		return []byte("changed: [" + h + "] => {\"changed\": true, \"invocation\": {\"module_args\": {\"login_host\": \"localhost\", \"login_password\": \"" + pw + "\", \"login_user\": \"" + p.login + "\", \"name\": \"app\", \"password\": \"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER\", \"priv\": \"app.*:ALL\", \"state\": \"present\"}}, \"msg\": \"User added\", \"user\": \"app\"}")
	case 11:
		return []byte("changed: [" + h + "] => {\"changed\": true, \"cmd\": \"mysql -u root -p" + pw + " -e \\\"CREATE USER '" + p.login + "'@'%'\\\"\", \"delta\": \"0:00:00.0" + g.digits(5) + "\", \"rc\": 0, \"stderr\": \"mysql: [Warning] Using a password on the command line interface can be insecure.\"}")
	case 12:
		return []byte("changed: [" + h + "] => {\"changed\": true, \"dest\": \"/opt/app/app.jar\", \"url\": \"https://" + p.login + ":" + pw + "@nexus.example.com/repository/releases/app-" + g.kv("version", "2."+g.num(0, 20)+"."+g.num(0, 9)) + ".jar\", \"checksum_src\": \"" + g.kv("hash", g.hexID(40)) + "\"}")
	case 13:
		return []byte(h + "                       : ok=" + g.num(3, 40) + "   changed=" + g.num(0, 9) + "    unreachable=0    failed=0    skipped=" + g.num(0, 5) + "    rescued=0    ignored=0")
	case 14:
		return []byte("Using module file /usr/lib/python3/dist-packages/ansible/modules/" + pick(g, []string{"user.py", "uri.py", "command.py"}))
	}
	return []byte("TASK [Gathering Facts] *********************************************************\nok: [" + h + "]")
}

func (g *gen) puppetLine(p wPerson) []byte {
	h := pick(g, cmHosts)
	pw := g.pv("secret", g.winPass())
	q := g.wPerson()
	g.plantAll(q)
	var msg string
	switch g.rng.IntN(12) {
	case 0:
		msg = "Info: Applying configuration version '" + g.kv("epoch", g.num(1790000000, 1799999999)) + "'"
	case 1:
		msg = "Notice: /Stage[main]/Profile::Users/User[" + p.login + "]/ensure: created"
	case 2:
		msg = "Notice: /Stage[main]/Profile::Users/User[" + p.login + "]/comment: comment changed '" + p.full + "' to '" + q.full + "'"
	case 3:
		msg = "Notice: /Stage[main]/Profile::Users/User[" + p.login + "]/password: changed [redacted] to [redacted]"
	case 4:
		msg = "Notice: /Stage[main]/Accounts::Legacy/User[" + p.login + "]/password: changed password '" + g.pv("secret", "$6$"+g.chars(16, base62+"./")+"$"+g.chars(86, base62+"./")) + "'"
	case 5:
		msg = "Notice: /Stage[main]/Ssh::Keys/Ssh_authorized_key[" + p.login + "@laptop]/ensure: created"
	case 6:
		msg = "Notice: /Stage[main]/Mysql::Setup/Exec[mysql -u root -p" + pw + " -e \"CREATE USER '" + p.login + "'@'%'\"]/returns: executed successfully"
	case 7:
		old := g.pv("secret", g.winPass())
		msg = "Notice: /Stage[main]/App::Config/File[/etc/app/db.conf]/content: \n--- /etc/app/db.conf\t2026-11-20 09:12:44.000000000 +0000\n+++ /tmp/puppet-file20261123-" + g.kv("counter", g.num(1000, 99999)) + "-" + g.chars(6, lowerNum) + "\t2026-11-23 20:00:01.000000000 +0000\n@@ -1,4 +1,4 @@\n host=db1.example.com\n user=" + p.login + "\n-password=" + old + "\n+password=" + pw + "\n port=5432"
	case 8:
		msg = "Info: Computing checksum on file /home/" + p.login + "/.bashrc"
	case 9:
		msg = "Notice: /Stage[main]/Profile::Users/File[/home/" + p.login + "/.ssh/authorized_keys]/content: content changed '{sha256}" + g.kv("hash", g.hexID(64)) + "' to '{sha256}" + g.kv("hash", g.hexID(64)) + "'"
	case 10:
		msg = "Notice: Applied catalog in " + g.kv("duration", g.num(1, 90)+"."+g.digits(2)) + " seconds"
	default:
		msg = "Info: Caching catalog for " + h
	}
	if g.pct(30) && !strings.Contains(msg, "\n") {
		// The agent's syslog: the message without its level, resource in parentheses.
		_, rest, _ := strings.Cut(msg, ": ")
		t := g.now.UTC()
		day := strconv.Itoa(t.Day())
		if len(day) == 1 {
			day = " " + day
		}
		return []byte(g.kv("timestamp", months[t.Month()-1]+" "+day+" "+t.Format("15:04:05")) + " " + h + " puppet-agent[" + g.kv("counter", g.num(1000, 99999)) + "]: " + rest)
	}
	return []byte(msg)
}

func (g *gen) chefLine(p wPerson) []byte {
	pw := g.pv("secret", g.winPass())
	ts := "[" + g.kv("timestamp", g.now.UTC().Format("2006-01-02T15:04:05+00:00")) + "] "
	switch g.rng.IntN(13) {
	case 0:
		return []byte("Starting Chef Infra Client, version " + g.kv("version", "18.4."+g.num(2, 12)))
	case 1:
		return []byte("  * linux_user[" + p.login + "] action create")
	case 2:
		return []byte("    - create user " + p.login)
	case 3:
		return []byte("    - alter user " + p.login)
	case 4:
		return []byte(ts + "INFO: linux_user[" + p.login + "] created")
	case 5:
		return []byte("    - update content in file /etc/app/database.yml from " + g.kv("hash", g.hexID(6)) + " to " + g.kv("hash", g.hexID(6)))
	case 6:
		return []byte("    -  password: " + g.pv("secret", g.winPass()))
	case 7:
		return []byte("    +  password: " + pw)
	case 8:
		return []byte("    +  username: " + p.login)
	case 9:
		return []byte("    - execute psql -c \"CREATE ROLE " + p.login + " LOGIN PASSWORD '" + pw + "'\"")
	case 10:
		tok := g.pv("secret", "ghp_"+g.token(36))
		return []byte("    - clone from https://" + p.login + ":" + tok + "@github.com/example/app.git into /srv/app")
	case 11:
		return []byte(ts + "INFO: template[/home/" + p.login + "/.netrc] sending run action to execute[reload] (delayed)")
	}
	return []byte("Chef Infra Client finished, " + g.num(1, 9) + "/" + g.num(20, 90) + " resources updated in " + g.num(5, 59) + " seconds")
}

func (g *gen) saltLine(p wPerson) []byte {
	pw := g.pv("secret", g.winPass())
	t := g.now.UTC()
	started := g.kv("timestamp", t.Format("15:04:05.000000"))
	dur := g.kv("duration", g.num(1, 900)+"."+g.digits(3)+" ms")
	uid := g.kv("counter", g.num(1001, 60000))
	ph := g.pv("phone", g.phone())
	log := g.kv("timestamp", t.Format("2006-01-02 15:04:05")+","+g.digits(3)) + " [salt.state       :" + g.num(300, 3000) + " ][INFO    ][" + g.kv("counter", g.num(1000, 99999)) + "] "
	switch g.rng.IntN(8) {
	case 0:
		return []byte("----------\n          ID: " + p.login + "\n    Function: user.present\n        Name: " + p.login + "\n      Result: True\n     Comment: New user " + p.login + " created\n     Started: " + started + "\n    Duration: " + dur + "\n     Changes:   \n              ----------\n              fullname:\n                  " + p.full + "\n              home:\n                  /home/" + p.login + "\n              homephone:\n                  " + ph + "\n              passwd:\n                  XXX-REDACTED-XXX\n              uid:\n                  " + uid)
	case 1:
		return []byte("----------\n          ID: create-db-user\n    Function: cmd.run\n        Name: mysql -uroot -p" + pw + " -e \"CREATE USER '" + p.login + "'@'localhost'\"\n      Result: True\n     Comment: Command \"mysql -uroot -p" + pw + " -e \"CREATE USER '" + p.login + "'@'localhost'\"\" run\n     Started: " + started + "\n    Duration: " + dur + "\n     Changes:   \n              ----------\n              pid:\n                  " + uid + "\n              retcode:\n                  0")
	case 2:
		return []byte("  Name: " + p.login + " - Function: user.present - Result: Changed - Started: " + started + " - Duration: " + dur)
	case 3:
		return []byte(log + "Executing state user.present for [" + p.login + "]")
	case 4:
		return []byte(log + "{'fullname': '" + p.full + "', 'home': '/home/" + p.login + "', 'workphone': '" + ph + "', 'passwd': 'XXX-REDACTED-XXX', 'uid': " + uid + "}")
	case 5:
		return []byte("----------\n          ID: app-config\n    Function: file.managed\n        Name: /etc/app/settings.ini\n      Result: True\n     Comment: File /etc/app/settings.ini updated\n     Started: " + started + "\n    Duration: " + dur + "\n     Changes:   \n              ----------\n              diff:\n                  ---\n                  +++\n                  @@ -2,3 +2,3 @@\n                   admin_email = " + p.mail + "\n                  -smtp_password = " + g.pv("secret", g.winPass()) + "\n                  +smtp_password = " + pw)
	case 6:
		return []byte(log + "Completed state [" + p.login + "] at time " + started + " (duration_in_ms=" + g.num(1, 900) + "." + g.digits(3) + ")")
	}
	return []byte("Summary for " + pick(g, cmHosts) + "\n-------------\nSucceeded: " + g.num(5, 40) + " (changed=" + g.num(0, 9) + ")\nFailed:     0\n-------------\nTotal states run:     " + g.num(5, 40) + "\nTotal run time: " + g.num(1, 90) + "." + g.digits(3) + " s")
}

// terraformLine writes one line of terraform plan or apply output, with
// the colour codes of a terminal when color is set.
func (g *gen) terraformLine(p wPerson, color bool) []byte {
	pw := g.pv("secret", g.winPass())
	add, chg, del, bold, reset := "+", "~", "-", "", ""
	if color {
		add, chg, del, bold, reset = "\x1b[32m+\x1b[0m", "\x1b[33m~\x1b[0m", "\x1b[31m-\x1b[0m", "\x1b[1m", "\x1b[0m"
	}
	res := strings.NewReplacer(".", "_", "-", "_").Replace(p.login)
	switch g.rng.IntN(18) {
	case 0:
		return []byte("  " + bold + "# aws_iam_user." + res + "" + reset + " will be created")
	case 1:
		return []byte("  " + add + " resource \"aws_iam_user\" \"" + res + "\" {")
	case 2:
		return []byte("      " + add + " name          = \"" + p.login + "\"")
	case 3:
		return []byte("          " + add + " \"Owner\" = \"" + p.mail + "\"")
	case 4:
		return []byte("          " + add + " \"Contact\" = \"" + p.full + "\"")
	case 5:
		return []byte("      " + add + " email        = \"" + p.mail + "\"")
	case 6:
		return []byte("      " + add + " first_name   = \"" + p.first + "\"")
	case 7:
		return []byte("      " + add + " mobile_phone = \"" + g.pv("phone", g.phone()) + "\"")
	case 8:
		return []byte("      " + add + " password     = (sensitive value)")
	case 9:
		return []byte("      " + chg + " connection_string = \"Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=app;User ID=" + p.login + ";Password=" + pw + ";Encrypt=True;\" -> (known after apply)")
	case 10:
		return []byte("            export DB_PASSWORD='" + pw + "'")
	case 11:
		return []byte("            useradd -m -c \"" + p.full + "\" " + p.login)
	case 12:
		return []byte("      " + chg + " email = \"" + p.mail + "\" -> \"" + g.pv("email", g.email(p.first, p.last)) + "\"")
	case 13:
		return []byte(bold + "aws_iam_user." + res + ": Creation complete after " + g.num(1, 9) + "s [id=" + p.login + "]" + reset)
	case 14:
		return []byte(bold + "Plan:" + reset + " " + g.num(1, 9) + " to add, " + g.num(0, 5) + " to change, " + g.num(0, 3) + " to destroy.")
	case 15:
		return []byte("admin_email = \"" + p.mail + "\"")
	case 16:
		return []byte("  " + del + " resource \"okta_user\" \"" + res + "\" {\n      " + del + " email      = \"" + p.mail + "\" -> null\n      " + del + " first_name = \"" + p.first + "\" -> null\n      " + del + " id         = \"" + g.kv("requestid", "00u"+g.token(17)) + "\" -> null\n      " + del + " last_name  = \"" + p.last + "\" -> null\n      " + del + " login      = \"" + p.login + "@example.com\" -> null\n    }")
	}
	return []byte("aws_instance.web: Modifications complete after " + g.num(1, 59) + "s [id=" + g.kv("requestid", "i-0"+g.hexID(16)) + "]")
}
