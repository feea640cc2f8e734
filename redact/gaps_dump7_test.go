package redact

import "testing"

// TestDumpPHP: PHP's debug dumps in a Laravel log read as keys and
// values, as JSON would: print_r's [key] => value to the end of its line
// (an address object's line1 by its parent), var_dump's typed value on the
// line after its key, serialize()'s s:N:"key";s:N:"value";.
func TestDumpPHP(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("[2026-11-23 20:00:01] production.DEBUG: checkout Array\n(\n    [name] => Bob Smith\n    [street] => Rue de la Paix 62\n    [_token] => nWZBnZj4IAUued3S4pu6ku86ntUaP94RIhRrzPi2\n    [remember_token] => A0flck9kOOPjWyQ9XDMTAZIXpotuzKDQdq8g1z6B2J2BbnW8HZ0UMMwdHIH3\n    [quantity] => 3\n    [items] => Array\n        (\n            [0] => 12\n        )\n\n)\n",
		"[2026-11-23 20:00:01] production.DEBUG: checkout Array\n(\n    [name] => [name]\n    [street] => [address]\n    [_token] => [secret]\n    [remember_token] => [secret]\n    [quantity] => 3\n    [items] => Array\n        (\n            [0] => 12\n        )\n\n)\n")
	f("Array\n(\n    [address] => Array\n        (\n            [line1] => Unter den Linden 77\n            [city] => Berlin\n        )\n\n    [log] => Array\n        (\n            [line1] => Error at step 2\n        )\n\n)",
		"Array\n(\n    [address] => Array\n        (\n            [line1] => [address]\n            [city] => Berlin\n        )\n\n    [log] => Array\n        (\n            [line1] => Error at step 2\n        )\n\n)")
	f("Array\r\n(\r\n    [billing_address] => Array\r\n        (\r\n            [line1] => Unter den Linden 77\r\n        )\r\n\r\n)",
		"Array\r\n(\r\n    [billing_address] => Array\r\n        (\r\n            [line1] => [address]\r\n        )\r\n\r\n)")
	// A key in brackets without print_r's " => " is no print_r key.
	f("[token] expired at 20:00", "[token] expired at 20:00")
	f("array(3) {\n  [\"username\"]=>\n  string(8) \"cmueller\"\n  [\"password\"]=>\n  string(14) \"kzgHdlbo1Gh6C6\"\n  [\"customer_id\"]=>\n  int(39273)\n}",
		"array(3) {\n  [\"username\"]=>\n  string(8) \"[name]\"\n  [\"password\"]=>\n  string(14) \"[secret]\"\n  [\"customer_id\"]=>\n  int(39273)\n}")
	f(`a:4:{s:6:"_token";s:40:"nWZBnZj4IAUued3S4pu6ku86ntUaP94RIhRrzPi2";s:8:"username";s:4:"jdoe";s:7:"cart_id";i:4242;s:8:"remember";b:1;}`,
		`a:4:{s:6:"_token";s:40:"[secret]";s:8:"username";s:4:"[name]";s:7:"cart_id";i:4242;s:8:"remember";b:1;}`)
	f(`a:1:{s:4:"note";s:5:"hello";}`, `a:1:{s:4:"note";s:5:"hello";}`)
	// Monolog without inline line breaks: each one a blank.
	f(`app.DEBUG: array(2) {   ["username"]=>   string(4) "jdoe"   ["password"]=>   string(13) "hunter2secret" } [] []`,
		`app.DEBUG: array(2) {   ["username"]=>   string(4) "[name]"   ["password"]=>   string(13) "[secret]" } [] []`)
	f(`app.DEBUG: Array (     [name] => Bob Smith     [_token] => nWZBnZj4IAUued3S4pu6ku86ntUaP94RIhRrzPi2     [quantity] => 3 )`,
		`app.DEBUG: Array (     [name] => [name]     [_token] => [secret]     [quantity] => 3 )`)
	f(`:password => "hunter2secret", :note => "string(3) x"`, `:password => "[secret]", :note => "string(3) x"`)
	// An object's members, with their visibility (and class) in the key.
	f("App\\Models\\User Object\n(\n    [password:protected] => hunter2secret\n    [username:App\\Models\\User:private] => jdoe\n    [attributes:protected] => Array\n        (\n            [id] => 42\n        )\n\n)",
		"App\\Models\\User Object\n(\n    [password:protected] => [secret]\n    [username:App\\Models\\User:private] => [name]\n    [attributes:protected] => Array\n        (\n            [id] => 42\n        )\n\n)")
	f("object(App\\User)#12 (2) {\n  [\"password\":protected]=>\n  string(13) \"hunter2secret\"\n  [\"username\":\"App\\User\":private]=>\n  string(4) \"jdoe\"\n}",
		"object(App\\User)#12 (2) {\n  [\"password\":protected]=>\n  string(13) \"[secret]\"\n  [\"username\":\"App\\User\":private]=>\n  string(4) \"[name]\"\n}")
}

// TestDumpRsyslogEscapes: rsyslog writes a multi-line entry's line feeds
// as #012 (tabs #011, CR #015); the lines read as lines, as with \n.
func TestDumpRsyslogEscapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("--> PUT https://api.example.com/v1/me#012Authorization: Bearer Vu7zWWFZn6o8GQSicDnGljtZrTGhWVMG4GPnD2o6#012#012{\"id\":1}",
		"--> PUT https://api.example.com/v1/me#012Authorization: Bearer [auth_header]#012#012{\"id\":1}")
	f("POST /login HTTP/1.1#015#012Authorization: Basic YWtvdmFsZW5rbzpNanVGZHh5MmFmNTU=#015#012#015#012username=akovalenko&password=MjuFdxy2af55",
		"POST /login HTTP/1.1#015#012Authorization: Basic [auth_header]#015#012#015#012username=[name]&password=[secret]")
	// Not an escape: an order's number, an HTML character reference.
	f("order #0125 shipped, see &#012; ticket #011", "order #0125 shipped, see &#012; ticket #011")
}

// TestDumpDoubledAt: an address typed with its '@' doubled, as a
// validation error quotes it.
func TestDumpDoubledAt(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("ValidationError: User validation failed: email: Path `email` is invalid (Tomasz.Fischer@@Example.com.ua).",
		"ValidationError: User validation failed: email: Path `email` is invalid ([email]).")
	f("@@ -12,7 +12,8 @@ func main()", "@@ -12,7 +12,8 @@ func main()")
}
