package redact

import (
	"strings"
	"testing"
)

// TestGapSecShapes covers what firewalls, web application firewalls and web
// servers' error logs left in the archive: ModSecurity's match text, a
// login with injected text after it, WordPress's login form, Apache
// httpd's authentication failures, a lower-case domain before a login that
// starts with an escape's letter, a phone number with '+' for blanks in a
// query, and PAN-OS's sequence number. Each has its look-alikes beside it.
func TestGapSecShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// ModSecurity v3: the value is the named variable's.
	f("Matched \"Operator `DetectSQLi' with parameter `' against variable `ARGS:username' (Value: `jdoe' OR 1=1--' ) [id \"942100\"]",
		"Matched \"Operator `DetectSQLi' with parameter `' against variable `ARGS:username' (Value: `[name]' OR 1=1--' ) [id \"942100\"]")
	f("against variable `ARGS_POST:password' (Value: `Summer2024!' ) [line \"45\"]",
		"against variable `ARGS_POST:password' (Value: `[secret]' ) [line \"45\"]")
	f(`{"match":"Matched \"Operator `+"`Rx' with parameter `x' against variable `ARGS:user' (Value: `jane.doe<script>' )"+`"}`,
		`{"match":"Matched \"Operator `+"`Rx' with parameter `x' against variable `ARGS:user' (Value: `[name]<script>' )"+`"}`)
	// A variable without a name, or a service account: left to the rest.
	f("against variable `REQUEST_URI' (Value: `/wp-login.php' ) [id \"920440\"]",
		"against variable `REQUEST_URI' (Value: `/wp-login.php' ) [id \"920440\"]")
	f("against variable `ARGS:username' (Value: `admin' OR 1=1' )",
		"against variable `ARGS:username' (Value: `admin' OR 1=1' )")
	f("Value: `x' is no ModSecurity text", "Value: `x' is no ModSecurity text")
	// ModSecurity 2's data action: the matched part, then the whole value.
	f(`[data "Matched Data: jdoe' union select found within ARGS:username: jdoe' union select 1--"] [severity "CRITICAL"]`,
		`[data "Matched Data: [name]' union select found within ARGS:username: [name]' union select 1--"] [severity "CRITICAL"]`)
	f(`[data "Matched Data: Summer2024 found within ARGS:pwd: Summer2024"]`, `[data "Matched Data: [secret] found within ARGS:pwd: [secret]"]`)
	f(`[data "Matched Data: <script> found within ARGS:q: <script>alert(1)"]`, `[data "Matched Data: <script> found within ARGS:q: <script>alert(1)"]`)
	f(`Data: jdoe found within nothing`, `Data: jdoe found within nothing`)

	// A login with injected text after it, in a query inside JSON.
	f(`{"uri":"/login?username=becker.lukas%27+OR+1%3D1--"}`, `{"uri":"/login?username=[name]%27+OR+1%3D1--"}`)
	f(`{"uri":"/login?username=root%27+OR+1%3D1--"}`, `{"uri":"/login?username=root%27+OR+1%3D1--"}`)

	// WordPress's login form: log= is the login when pwd= follows.
	f(`{"body":"log=jdoe&pwd=Summer2024&wp-submit=Log+In"}`, `{"body":"log=[name]&pwd=[secret]&wp-submit=Log+In"}`)
	f("log=jane.doe&pwd=x&wp-submit=Log+In&redirect_to=%2Fwp-admin%2F", "log=[name]&pwd=[secret]&wp-submit=Log+In&redirect_to=%2Fwp-admin%2F")
	f("log=admin&pwd=x&wp-submit=Log+In", "log=admin&pwd=[secret]&wp-submit=Log+In")
	f("log=debug&level=3+4", "log=debug&level=3+4")
	f("GET /a?log=info&page=2 HTTP/1.1", "GET /a?log=info&page=2 HTTP/1.1")

	// Apache httpd's mod_auth_basic and mod_authnz_ldap.
	f("[Mon Nov 23 20:01:17.498000 2026] [auth_basic:error] [pid 7331:tid 1403] [client 192.0.2.105:29374] AH01618: user juergen not found: /admin",
		"[Mon Nov 23 20:01:17.498000 2026] [auth_basic:error] [pid 7331:tid 1403] [client 192.0.2.0:29374] AH01618: user [name] not found: /admin")
	f(`AH01617: user ffischer62: authentication failure for "/": Password Mismatch`,
		`AH01617: user [name]: authentication failure for "/": Password Mismatch`)
	f("AH01695: auth_ldap authenticate: user bschmidt authentication failed; URI /private/ [ldap_search_ext_s() for user failed][No Such Object]",
		"AH01695: auth_ldap authenticate: user [name] authentication failed; URI /private/ [ldap_search_ext_s() for user failed][No Such Object]")
	f("AH01618: user admin not found: /admin", "AH01618: user admin not found: /admin")
	// mod_auth_digest quotes the user as `x'.
	f("AH01790: user `jdoe' in realm `Private' not found: /private/", "AH01790: user `[name]' in realm `Private' not found: /private/")
	f("AH01790: user `admin' in realm `Private' not found: /private/", "AH01790: user `admin' in realm `Private' not found: /private/")
	f("user profile not found in cache", "user profile not found in cache")

	// A lower-case domain as a whole CSV field: \t and \n are the
	// account's first letter, no escape.
	f("x,Allow-Web,corp\\tomasz.nowak,,web-browsing", "x,Allow-Web,corp\\[name],,web-browsing")
	f("x,Allow-Web,example\\nathan,,web-browsing", "x,Allow-Web,example\\[name],,web-browsing")
	f("x,example\\svc_backup,", "x,example\\svc_backup,")
	f(`{"msg":"done\nnext"}`, `{"msg":"done\nnext"}`)
	f(`user="corp\tsmith" ok`, `user="[name]" ok`)

	// A phone number in a query, blanks as '+'.
	f(`x,alert,"shop.example.com/api/track?phone=%28067%29+521-00-70",(9999)`, `x,alert,"shop.example.com/api/track?phone=[phone]",(9999)`)
	f("GET /t?tel=020+7946+0958&page=2 HTTP/1.1", "GET /t?tel=[phone]&page=2 HTTP/1.1")
	f("GET /t?phone=1+2&v=2024+11+23 HTTP/1.1", "GET /t?phone=1+2&v=2024+11+23 HTTP/1.1")

	// PAN-OS: the sequence number before the action flags is a counter,
	// Luhn-valid or not; a card elsewhere in the line is still one.
	f("0,any,0,61739328340849624,0x8000000000000000,0,0", "0,any,0,61739328340849624,0x8000000000000000,0,0")
	f("0,AD,4111111111111111,0x0,", "0,AD,4111111111111111,0x0,")
	f("0,card,4111111111111111,ok,", "0,card,[card],ok,")
	f("x,DELIVER,,4046291389038,<51d71210efd3ad44@mail.example.net>,y", "x,DELIVER,,4046291389038,<51d71210efd3ad44@mail.example.net>,y") // a Message-ID: 16 hex digits name no mailbox (idLocalPart)
	f("x,DELIVER,,4046291389038,<not an id>,y", "x,DELIVER,,[card],<not an id>,y")

	// Sysmon through Winlogbeat: a Windows path's \t, \n or \r is the
	// next component's first letter, no escape.
	f(`{"CurrentDirectory":"C:\\Users\\t.williams\\","CommandLine":"powershell.exe -File C:\\Users\\t.jones\\Documents\\a.ps1"}`,
		`{"CurrentDirectory":"C:\\Users\\[name]\\","CommandLine":"powershell.exe -File C:\\Users\\[name]\\Documents\\a.ps1"}`)
	f(`{"msg":"line one\nline two","p":"x\ttab","path":"C:\\temp\\new"}`, `{"msg":"line one\nline two","p":"x\ttab","path":"C:\\temp\\new"}`)
	// mysql.exe's -p on Windows; net user's login.
	f(`{"CommandLine":"\"C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysql.exe\" -u app -pDragon3427! -h db01 shop"}`,
		`{"CommandLine":"\"C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysql.exe\" -u app -p[secret] -h db01 shop"}`)
	f(`{"CommandLine":"net user sean_fischer /add /domain"}`, `{"CommandLine":"net user [name] /add /domain"}`)
	f(`{"CommandLine":"net user administrator /active:yes"}`, `{"CommandLine":"net user administrator /active:yes"}`)
}

func TestPathEscape(t *testing.T) {
	f := func(s string, want bool) {
		t.Helper()
		i := strings.LastIndexByte(s, '\\')
		if got := pathEscape([]byte(s), i); got != want {
			t.Errorf("pathEscape(%q) = %v, want %v", s, got, want)
		}
	}
	f(`C:\Users\tomasz`, true)
	f(`C:\temp`, true)
	f(`\\fs01\share\new`, true)
	f(`line one\nline two`, false) // a blank before the word
	f(`x\ttab`, false)             // no backslash or drive before the word
	f(`a\\b\tc`, false)            // the backslash before is escaped
	f(`C:\Users\t`, false)         // nothing after the escape's letter
}

func TestLowerDomainEscape(t *testing.T) {
	f := func(s string, want bool) {
		t.Helper()
		i := strings.IndexByte(s, '\\')
		if got := domainEscape([]byte(s), i); got != want {
			t.Errorf("domainEscape(%q) = %v, want %v", s, got, want)
		}
	}
	f(`,corp\nathan,`, true)
	f(`=corp\tomasz.nowak`, true)
	f(`"example\rachel"`, true)
	f(`corp\nathan`, false)        // the whole text: a newline
	f(` corp\nathan,`, false)      // after a blank: prose
	f(`,corp\nathan next,`, false) // the field goes on
	f(`,c\nathan,`, false)         // one letter
	f(`,corp\n,`, false)
}

// wafShapes are the lines of FuzzWAFShapes, %s the value.
var wafShapes = []string{
	"Matched \"Operator `Rx' with parameter `x' against variable `ARGS:username' (Value: `%s' OR 1=1' ) [id \"942100\"]",
	"against variable `ARGS:password' (Value: `%s' )",
	`{"match":"against variable ` + "`ARGS:user' (Value: `%s<script>' )" + `"}`,
	"log=%s&pwd=x&wp-submit=Log+In",
	"AH01618: user %s not found: /admin",
	"AH01617: user %s: authentication failure for \"/\": Password Mismatch",
	"1,2026/11/23 20:00:00,0128010,USERID,login,vsys1,192.0.2.7,corp\\%s,,0,1,0x0,",
	`{"CurrentDirectory":"C:\\Users\\%s\\","User":"CORP\\x"}`,
	"x,DELIVER,,4046291389038,<%s@mail.example.net>,y",
	"GET /t?phone=%s HTTP/1.1",
}

// FuzzWAFShapes checks the rules of scan_waf.go on any value: no panic,
// redacting twice is redacting once, and a person's login in each shape
// is masked.
func FuzzWAFShapes(f *testing.F) {
	for i := range wafShapes {
		f.Add(uint8(i), "nowak.olena")
		f.Add(uint8(i), "020+7946+0958")
		f.Add(uint8(i), "' )")
	}
	// A list whose decoding a first pass needed ('+' for a blank): the
	// extension before the ',' is masked then, not only when a second
	// pass reads the raw value.
	f.Add(uint8(len(wafShapes)-1), "0000,000000+0")
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, which uint8, v string) {
		shape := wafShapes[int(which)%len(wafShapes)]
		line := strings.Replace(shape, "%s", v, 1)
		if strings.ContainsAny(line, "\n") {
			return
		}
		out, err := r.Redact(nil, []byte(line), FormatAuto)
		if err != nil {
			return
		}
		again, err := r.Redact(nil, out, FormatAuto)
		if err != nil || string(again) != string(out) {
			t.Fatalf("%q: once %q, twice %q (%v)", line, out, again, err)
		}
		if strings.HasSuffix(shape, "HTTP/1.1") || strings.Contains(shape, "password") || strings.Contains(shape, "DELIVER") {
			return
		}
		planted := strings.Replace(shape, "%s", "kseniia.nowak", 1)
		if got, err := r.Redact(nil, []byte(planted), FormatAuto); err != nil || strings.Contains(string(got), "kseniia") {
			t.Fatalf("%q: login survived: %q (%v)", planted, got, err)
		}
	})
}

func TestWAFShapesNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	lines := [][]byte{
		[]byte("Matched \"Operator `Rx' with parameter `x' against variable `ARGS:username' (Value: `jdoe' OR 1=1--' ) [id \"942100\"]"),
		[]byte(`{"body":"log=jdoe&pwd=Summer2024&wp-submit=Log+In","uri":"/login?username=jdoe%27+OR+1%3D1--"}`),
		[]byte("AH01618: user juergen not found: /admin"),
		[]byte(`x,corp\tomasz.nowak,,alert,"shop.example.com/t?phone=020+7946+0958",(9999),0,61739328340849624,0x8000000000000000,`),
	}
	var dst []byte
	for _, l := range lines {
		dst, _ = r.Redact(dst[:0], l, FormatAuto)
	}
	n := testing.AllocsPerRun(50, func() {
		for _, l := range lines {
			dst, _ = r.Redact(dst[:0], l, FormatAuto)
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per round, want 0", n)
	}
}
