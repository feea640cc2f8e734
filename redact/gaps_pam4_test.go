package redact

import "testing"

// TestPam4ChangeFromTo: a change record's bare "from" and "to" take the
// field a sibling "field" names (JumpCloud's Directory Insights
// changes[]); elsewhere "from" and "to" keep their own meaning.
func TestPam4ChangeFromTo(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"changes":[{"field":"displayname","from":"Fatima","to":"Fatima García"},{"field":"suspended","from":false,"to":true}]}`,
		`{"changes":[{"field":"displayname","from":"[name]","to":"[name]"},{"field":"suspended","from":false,"to":true}]}`)
	f(`{"changes":[{"field":"department","from":"Sales","to":"Support"}]}`,
		`{"changes":[{"field":"department","from":"Sales","to":"Support"}]}`)
	// A label other than "field" does not name them: a route's hops.
	f(`{"name":"lastname","from":"LHR","to":"JFK"}`, `{"name":"lastname","from":"LHR","to":"JFK"}`)
}

// TestPam4EscapedDomainUser: DOMAIN\user with the backslash doubled by an
// escape (CEF extension values, BeyondTrust's syslog payload).
func TestPam4EscapedDomainUser(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`CEF:0|Cyber-Ark|Vault|12.6.0000|7|Logon|5|act=Logon suser=ACME\\dmytro_bondarenko dvc=10.20.0.10`,
		`CEF:0|Cyber-Ark|Vault|12.6.0000|7|Logon|5|act=Logon suser=ACME\\[name] dvc=10.20.0.0`)
	f(`shost=10.1.2.3 (ACME\\c.shevchenko);event=logout`, `shost=10.1.2.0 (ACME\\[name]);event=logout`)
	// A service account, a path and a builtin domain stay.
	f(`act=Logon duser=CORP\\svc_backup cs2=x`, `act=Logon duser=CORP\\svc_backup cs2=x`)
	f(`copied C:\\Users\\Public\\x.txt`, `copied C:\\Users\\Public\\x.txt`)
	f(`user NT AUTHORITY\\SYSTEM logged on`, `user NT AUTHORITY\\SYSTEM logged on`)
}

// TestPam4WhoKey: BeyondTrust PRA's who= field is the acting user's
// display name and login, or a login; a system account stays.
func TestPam4WhoKey(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`site=access.example.com;when=1795464284;who=Hannah Williams (ACME\\hannah_williams);who_ip=198.51.100.7;event=logout`,
		`site=access.example.com;when=1795464284;who=[name];who_ip=198.51.100.0;event=logout`)
	f(`who=root;event=login`, `who=root;event=login`)
	f(`who=hwilliams;event=login`, `who=[name];event=login`)
	// Only the key itself: who_ip and whoami are not it.
	f(`who_ip=198.51.100.7;whoami=jenkins;event=login`, `who_ip=198.51.100.0;whoami=jenkins;event=login`)
}

// TestPam4NameParenLogin: a display name under a name key and the login in
// parentheses after it, as PAM products write who acted.
func TestPam4NameParenLogin(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`site=access.example.com;who=Hannah Williams (hwilliams);who_ip=198.51.100.7;event=logout`,
		`site=access.example.com;who=[name];who_ip=198.51.100.0;event=logout`)
	f(`display_name=Jane Doe (jane.doe@example.com) action=login`, `display_name=[name] action=login`)
	// Not a whole value: the text after it stays.
	f(`display_name=Jane Doe (Sales) joined team 42`, `display_name=[name] (Sales) joined team 42`)
}

// TestPam4ServiceActorName: a service account named where a person's name
// goes keeps its login; a person's name beside it does not.
func TestPam4ServiceActorName(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"actor_details":{"uuid":"RZS7MSH7SUH77BSJY4X66TY5FF","name":"svc_backup"},"aux_details":{"uuid":"QWGLNAZVSALSZZYWFWUFMBHXKC","name":"Alice Williams"}}`,
		`{"actor_details":{"uuid":"RZS7MSH7SUH77BSJY4X66TY5FF","name":"svc_backup"},"aux_details":{"uuid":"QWGLNAZVSALSZZYWFWUFMBHXKC","name":"[name]"}}`)
	f(`{"user":{"name":"ci-deploy"}}`, `{"user":{"name":"ci-deploy"}}`)
	f(`{"user":{"name":"hwilliams"}}`, `{"user":{"name":"[name]"}}`)
	f(`{"actor_details":{"name":"svc-terraform","email":"l6xt9aqs25vh@example.com"}}`, `{"actor_details":{"name":"svc-terraform","email":"[email]"}}`)
}

// TestPam4NameLabelStays: a "name" that labels its sibling "value" is
// still read as the label, whatever word it is.
func TestPam4NameLabelStays(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"env":[{"name":"STRIPE_API_KEY","value":"sk_live_51HxYz2eZvKYlo2C0aBcDeFgHiJkLmNoP"},{"name":"LOG_LEVEL","value":"debug"}]}`,
		`{"env":[{"name":"STRIPE_API_KEY","value":"[secret]"},{"name":"LOG_LEVEL","value":"debug"}]}`)
}
