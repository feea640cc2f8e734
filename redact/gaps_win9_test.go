package redact

import "testing"

// TestWin9CommandPasswords: passwords Windows admins type as positional
// arguments or behind slash options (net user, net use, schtasks /RP,
// PsExec -p, sqlcmd -P with its -U login, ConvertTo-SecureString
// -AsPlainText); prompts, variables, options and other programs stay.
func TestWin9CommandPasswords(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`CommandLine: net user jdoe Summer2026! /add`, `CommandLine: net user [name] [secret] /add`)
	f(`net  user alice Changeme12 /add /domain`, `net  user [name] [secret] /add /domain`)
	f(`C:\Windows\system32\NET.EXE user svc_backup Backup-2026! /add`, `C:\Windows\system32\NET.EXE user svc_backup [secret] /add`)
	f(`net use \\fs01\IPC$ /user:jane.doe@corp.example.com Kyiv-2865!`, `net use \\fs01\IPC$ /user:[email] [secret]`)
	f(`net use Z: \\fs01\share /user:CORP\jdoe Start60! /persistent:no`, `net use Z: \\fs01\share /user:[name] [secret] /persistent:no`)
	f(`schtasks /create /tn "Sync" /tr "C:\Scripts\sync.cmd" /sc daily /RU CORP\jdoe /RP Dragon7635?`, `schtasks /create /tn "Sync" /tr "C:\Scripts\sync.cmd" /sc daily /RU CORP\[name] /RP [secret]`)
	f(`PsExec64.exe \\nas02 -u CORP\jdoe -p Dragon1172! -accepteula cmd /c ipconfig`, `PsExec64.exe \\nas02 -u CORP\[name] -p [secret] -accepteula cmd /c ipconfig`)
	f(`"C:\Tools\Binn\SQLCMD.EXE" -S sql01 -U pbecker6 -P Passw0rd62 -Q "SELECT 1"`, `"C:\Tools\Binn\SQLCMD.EXE" -S sql01 -U [name] -P [secret] -Q "SELECT 1"`)
	f(`$pw = ConvertTo-SecureString 'Kyiv-2094$' -AsPlainText -Force; $c = 1`, `$pw = ConvertTo-SecureString '[secret]' -AsPlainText -Force; $c = 1`)
	f(`-NewPassword (ConvertTo-SecureString -AsPlainText "Spring-7680%" -Force)`, `-NewPassword (ConvertTo-SecureString -AsPlainText "[secret]" -Force)`)
	f(`{"ScriptBlockText":"$c = New-Object PSCredential (\"AD\\aisha\", (ConvertTo-SecureString \"Winter8361!\" -AsPlainText -Force))"}`,
		`{"ScriptBlockText":"$c = New-Object PSCredential (\"AD\\[name]\", (ConvertTo-SecureString \"[secret]\" -AsPlainText -Force))"}`)
	// A prompt, a variable, no password, a SecureString from a key, ssh's -p port.
	f(`net use Z: \\srv\share * /user:CORP\svc_backup /persistent:yes`, `net use Z: \\srv\share * /user:CORP\svc_backup /persistent:yes`)
	f(`net user administrator /active:yes`, `net user administrator /active:yes`)
	f(`schtasks /create /tn Sync /RU SYSTEM /RP $env:PW`, `schtasks /create /tn Sync /RU SYSTEM /RP $env:PW`)
	f(`$s = ConvertTo-SecureString $enc -Key $key`, `$s = ConvertTo-SecureString $enc -Key $key`)
	f(`ssh -p 2222 deploy@build01`, `ssh -p 2222 deploy@build01`)
	f(`the net use of funds was 12 percent`, `the net use of funds was 12 percent`)
}

// TestWin9AccountPlaces: a configuration tool's user resource (Puppet's
// User[jdoe], Chef's linux_user[jdoe]), a macOS record's shortName, the
// home directory in a file URI; services' accounts and other bracketed
// titles stay.
func TestWin9AccountPlaces(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Notice: /Stage[main]/Profile::Users/User[jonesp]/ensure: created`, `Notice: /Stage[main]/Profile::Users/User[[name]]/ensure: created`)
	f(`  * linux_user[anowak] action create`, `  * linux_user[[name]] action create`)
	f(`[2026-11-23T20:02:05+00:00] INFO: user[hannah.becker] created`, `[2026-11-23T20:02:05+00:00] INFO: user[[name]] created`)
	f(`loginwindow: Login: shortName: okovalenko, uid: 524`, `loginwindow: Login: shortName: [name], uid: 524`)
	f(`PackageKit: Extracting file:///Users/pwilliams4/Downloads/Teams.pkg#Teams.pkg`, `PackageKit: Extracting file:///Users/[name]/Downloads/Teams.pkg#Teams.pkg`)
	// Services' accounts, an index, other resources.
	f(`Notice: /Stage[main]/Postgresql/User[postgres]/ensure: created`, `Notice: /Stage[main]/Postgresql/User[postgres]/ensure: created`)
	f(`Notice: /Stage[main]/Nginx/File[/etc/nginx/nginx.conf]/content: changed`, `Notice: /Stage[main]/Nginx/File[/etc/nginx/nginx.conf]/content: changed`)
	f(`users = User[0] + User[12]`, `users = User[0] + User[12]`)
	f(`loginwindow: shortName: root`, `loginwindow: shortName: root`)
	f(`open https://example.com/Users/alice/profile`, `open https://example.com/Users/alice/profile`)
}

// TestWin9TerraformAndConnString: a Terraform resource of a user type
// named after its login (its address, its block's label, apply's id
// echo), a connection string's User ID; services' names stay.
func TestWin9TerraformAndConnString(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`aws_iam_user.cjones: Creation complete after 3s [id=cjones]`, `aws_iam_user.[name]: Creation complete after 3s [id=[name]]`)
	f(`  - resource "okta_user" "priya.patel" {`, `  - resource "okta_user" "[name]" {`)
	f(`Server=tcp:sql1,1433;Initial Catalog=app;User ID=patelo;Password=Pass1234;`, `Server=tcp:sql1,1433;Initial Catalog=app;User ID=[name];Password=[secret];`)
	// Services, other resources, prose.
	f(`aws_iam_user.deploy: Creation complete after 1s [id=deploy]`, `aws_iam_user.deploy: Creation complete after 1s [id=deploy]`)
	f(`  + resource "aws_iam_user" "ci" {`, `  + resource "aws_iam_user" "ci" {`)
	f(`aws_iam_user_policy.readonly: Refreshing state...`, `aws_iam_user_policy.readonly: Refreshing state...`)
	f(`Server=db1;User ID=sa;Password=[secret];`, `Server=db1;User ID=sa;Password=[secret];`)
	f(`ask the user. then wait`, `ask the user. then wait`)
}
