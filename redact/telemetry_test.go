package redact

import "testing"

// Application telemetry wrappers: GELF's additional fields name their
// value after the leading underscore, and a stack frame's file:line:col
// is no key and its value (auth.js, token.go are file names).
func TestTelemetryShapes(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	f(`{"version":"1.1","host":"web-1","short_message":"profile updated","_user_name":"Priya Dubois","_user_phone":"+442079460123","_request_id":"6c37e815-466e-4ce2-b87c-324fdf9e0e08","_container_name":"shop-api-1"}`,
		`{"version":"1.1","host":"web-1","short_message":"profile updated","_user_name":"[name]","_user_phone":"[phone]","_request_id":"6c37e815-466e-4ce2-b87c-324fdf9e0e08","_container_name":"shop-api-1"}`)
	f(`{"__private_password":"hunter2hunter2","_image_name":"registry.example.com/shop/api:2.14.1"}`,
		`{"__private_password":"[secret]","_image_name":"registry.example.com/shop/api:2.14.1"}`)
	f(`{"full_message":"InvalidCredentialsError: password mismatch\n    at verify (/app/auth.js:42:11)\n    at Session.check (/srv/token.ts:7:3)"}`,
		`{"full_message":"InvalidCredentialsError: password mismatch\n    at verify (/app/auth.js:42:11)\n    at Session.check (/srv/token.ts:7:3)"}`)
	f("2026/11/23 20:00:01 auth.go:42: token refresh failed", "2026/11/23 20:00:01 auth.go:42: token refresh failed")
	f("at com.example.AuthService.login(Password.java:118)", "at com.example.AuthService.login(Password.java:118)")
	// A key that only ends like a file name still names its value.
	f("auth.token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqYW5lIn0.c2lnbmF0dXJlc2lnbmF0dXJl", "auth.token: [secret]")
}

// Framework logs: Rails' Parameters: is Hash#inspect ("k"=>"v", Ruby 3.4
// "k" => "v"), a role word before "name" makes a person's name, and what a
// framework already filtered ([FILTERED], [Filtered], ***) stays as it is.
func TestFrameworkShapes(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	f(`  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"ann.lee@example.com", "password"=>"[FILTERED]", "name"=>"Jürgen Kovalenko"}, "commit"=>"Sign up"}`,
		`  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"[email]", "password"=>"[FILTERED]", "name"=>"[name]"}, "commit"=>"Sign up"}`)
	f(`  Parameters: {"user" => {"name" => "Olena O'Brien", "token" => "abcDEF123456ghiJKL"}}`,
		`  Parameters: {"user" => {"name" => "[name]", "token" => "[secret]"}}`)
	f(`  Parameters: {"product"=>{"name"=>"Blue Shirt", "sku"=>"BS-42"}}`, `  Parameters: {"product"=>{"name"=>"Blue Shirt", "sku"=>"BS-42"}}`)
	f(`{"customerName":"Lukas Müller","cardholder_name":"Ann Lee","billing-name":"Ann Lee","client_name":"Shop Web","rename":"Blue Shirt"}`,
		`{"customerName":"[name]","cardholder_name":"[name]","billing-name":"[name]","client_name":"Shop Web","rename":"Blue Shirt"}`)
	f(`{"password":"[Filtered]","token":"********","api_key":"<redacted>","secret":"s3cr3tS3cr3tS3cr3t"}`,
		`{"password":"[Filtered]","token":"********","api_key":"<redacted>","secret":"[secret]"}`)
	f("password=******** token=[REDACTED] pw=hunter2hunter2", "password=******** token=[REDACTED] pw=[secret]")
}

// Sentry's events: Relay normalises headers, cookies and the query string
// to [name, value] pairs, so the name in the first element says what the
// second holds; a list that is no pair (three elements, or names only
// the scanner does not know) is scanned as it was. What the SDK scrubbed
// ("[Filtered]") stays, also under Authorization. An application's audit
// message "user jdoe logged in" names a login.
func TestSentryShapes(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	f(`{"request":{"cookies":[["sessionid","wy8yzm4he09mcroymx3u9s1tbmbd263k"],["csrftoken","[Filtered]"]],"query_string":[["email","ann.lee@example.com"],["ref","nav"]]}}`,
		`{"request":{"cookies":[["sessionid","[secret]"],["csrftoken","[Filtered]"]],"query_string":[["email","[email]"],["ref","nav"]]}}`)
	f(`{"headers":[["Authorization","Bearer abcdefABCDEF0123456789xyz"],["X-Request-Id","6c37e815-466e-4ce2-b87c-324fdf9e0e08"]]}`,
		`{"headers":[["Authorization","Bearer [auth_header]"],["X-Request-Id","6c37e815-466e-4ce2-b87c-324fdf9e0e08"]]}`)
	f(`{"headers":[["Authorization","[Filtered]"]],"h":{"Authorization":"[Filtered]"}}`, `{"headers":[["Authorization","[Filtered]"]],"h":{"Authorization":"[Filtered]"}}`)
	f(`{"matrix":[["token","refresh","revoke"]],"fields":[["name","Blue Shirt"]]}`,
		`{"matrix":[["token","refresh","revoke"]],"fields":[["name","Blue Shirt"]]}`)
	f(`{"breadcrumbs":{"values":[{"category":"auth","message":"user ewilliams73 logged in"},{"message":"user pasted logged text"}]}}`,
		`{"breadcrumbs":{"values":[{"category":"auth","message":"user [name] logged in"},{"message":"user pasted logged text"}]}}`)
}

func TestTelemetryShapesNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	lines := [][]byte{
		[]byte(`{"short_message":"x","_user_name":"Priya Dubois","_client_ip":"192.0.2.7"}`),
		[]byte(`{"full_message":"password mismatch\n    at verify (/app/auth.js:42:11)"}`),
		[]byte(`Parameters: {"user"=>{"name"=>"Ann Lee", "password"=>"[FILTERED]"}, "customerName"=>"Ann Lee"}`),
		[]byte(`{"cookies":[["sessionid","wy8yzm4he09mcroymx3u9s1tbmbd263k"]],"message":"user ewilliams73 logged in"}`),
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
