package redact

import "testing"

// TestWebAppAuditShapes: GitHub's enterprise audit log, Spring Boot's
// actuator, the BigQuery export of Firebase Analytics, Microsoft Graph's
// directory audits and form bodies (bench/realistic formats_webapp.go).
func TestWebAppAuditShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// GitHub's audit log: the actor is a member's login, whatever its
	// shape; an app's stays. Its own repository repeats the login.
	f(`{"action":"git.clone","actor":"tsmith20","repo":"tsmith20/homelab","repository":"tsmith20/homelab"}`,
		`{"action":"git.clone","actor":"[name]","repo":"[name]/homelab","repository":"[name]/homelab"}`)
	f(`{"actor":"dependabot[bot]","repo":"acme-corp/billing-api"}`, `{"actor":"dependabot[bot]","repo":"acme-corp/billing-api"}`)
	f(`actor=tsmith20 action=git.push repo=tsmith20/dotfiles`, `actor=[name] action=git.push repo=[name]/dotfiles`)
	// The digest of a token and the token's scopes grant nothing; the
	// token does, and a password's hash stays a secret.
	f(`{"hashed_token":"82+hcPj2wjtPk6NkWGlmWodB+TsHHPdwtIOeYv3VOA0=","token_scopes":"repo,workflow","token_id":127034716}`,
		`{"hashed_token":"82+hcPj2wjtPk6NkWGlmWodB+TsHHPdwtIOeYv3VOA0=","token_scopes":"repo,workflow","token_id":127034716}`)
	f(`{"token_hash":"9f86d081884c7d659a2feaa0c55ad015","tokenScopes":"admin:org"}`,
		`{"token_hash":"9f86d081884c7d659a2feaa0c55ad015","tokenScopes":"admin:org"}`)
	f(`{"access_token":"gho_16C7e42F292c6912E7710c838347Ae178B4a","password_hash":"$2y$12$Q8xDuVy0.1r2yJvR.qkIRY1qkhtZVkwogU0J2QxTD49j0rCa9lHtr"}`,
		`{"access_token":"[secret]","password_hash":"[secret]"}`)

	// Spring Boot's actuator: the principal is a login; the management
	// user is a service's; a session object's id is the session.
	f(`{"principal":{"name":"alice"},"session":{"id":"0451cb19-217f-4e8d-bec0-9afaf59925b3"},"timeTaken":"PT0.023S"}`,
		`{"principal":{"name":"[name]"},"session":{"id":"[secret]"},"timeTaken":"PT0.023S"}`)
	f(`{"principal":{"name":"actuator"}}`, `{"principal":{"name":"actuator"}}`)
	f(`{"events":[{"principal":"lukas","type":"AUTHENTICATION_SUCCESS","data":{"details":{"sessionId":"97B958CA06D36AE44A0AE093437FFBF9"}}}]}`,
		`{"events":[{"principal":"[name]","type":"AUTHENTICATION_SUCCESS","data":{"details":{"sessionId":"[secret]"}}}]}`)
	f(`{"principal":"anonymousUser"}`, `{"principal":"anonymousUser"}`)
	f(`{"user":{"name":"Jane Doe"},"actor":{"name":"Jane Doe","type":"User"}}`,
		`{"user":{"name":"[name]"},"actor":{"name":"[name]","type":"User"}}`)
	f(`{"service":{"name":"billing"},"job":{"id":"42"}}`, `{"service":{"name":"billing"},"job":{"id":"42"}}`)

	// Firebase's and GA4's BigQuery export: a user property's value
	// object takes the property's name; iOS's vendor id under device is
	// the device's; a zeroed advertising id is no one's.
	f(`{"key":"full_name","value":{"string_value":"Aisha O'Brien","set_timestamp_micros":"1791403201802000"}}`,
		`{"key":"full_name","value":{"string_value":"[name]","set_timestamp_micros":"1791403201802000"}}`)
	f(`{"key":"engagement_time_msec","value":{"int_value":"49105"}}`, `{"key":"engagement_time_msec","value":{"int_value":"49105"}}`)
	f(`{"key":"firebase_screen_class","value":{"string_value":"CheckoutActivity"}}`,
		`{"key":"firebase_screen_class","value":{"string_value":"CheckoutActivity"}}`)
	f(`{"device":{"vendor_id":"9EF0AAA4-C02D-41AC-AFE4-D3A2C98CB7E9","advertising_id":"00000000-0000-0000-0000-000000000000"}}`,
		`{"device":{"vendor_id":"[secret]","advertising_id":"00000000-0000-0000-0000-000000000000"}}`)
	f(`{"device":{"advertising_id":"d080f32a-885e-4928-b05b-cde74db92122"}}`, `{"device":{"advertising_id":"[secret]"}}`)
	f(`{"vendor_id":"acme-supplies","product":{"vendor_id":"V-1042"}}`, `{"vendor_id":"acme-supplies","product":{"vendor_id":"V-1042"}}`)

	// Microsoft Graph's directory audit: a modified property's name is
	// no person's, and names the JSON text of its old and new values.
	f(`{"activityDisplayName":"Update user","modifiedProperties":[{"displayName":"Surname","oldValue":"[\"Patel\"]","newValue":"[\"Smith\"]"},{"displayName":"StreetAddress","oldValue":"[]","newValue":"[\"4 Maple Avenue\"]"},{"displayName":"Included Updated Properties","oldValue":null,"newValue":"\"Surname, StreetAddress\""}]}`,
		`{"activityDisplayName":"Update user","modifiedProperties":[{"displayName":"Surname","oldValue":"[name]","newValue":"[name]"},{"displayName":"StreetAddress","oldValue":"[]","newValue":"[address]"},{"displayName":"Included Updated Properties","oldValue":null,"newValue":"\"Surname, StreetAddress\""}]}`)
	f(`{"modifiedProperties":[{"displayName":"Group.DisplayName","oldValue":null,"newValue":"\"Finance\""},{"displayName":"AccountEnabled","oldValue":"[]","newValue":"[true]"}]}`,
		`{"modifiedProperties":[{"displayName":"Group.DisplayName","oldValue":null,"newValue":"\"Finance\""},{"displayName":"AccountEnabled","oldValue":"[]","newValue":"[true]"}]}`)
	f(`{"operationDisplayName":"Add member to group","displayName":"Jane Doe"}`, `{"operationDisplayName":"Add member to group","displayName":"[name]"}`)

	// A GraphQL request: a variable takes the field its query binds it
	// to, and its value is looked for again (the SQL's arguments).
	f(`{"query":"query Q($v: String!) { customers(where: {last_name: {_ilike: $v}}) { id } }","variables":{"v":"Nowak"},"prepared_arguments":["{\"x-hasura-role\":\"user\"}","Nowak"]}`,
		`{"query":"query Q($v: String!) { customers(where: {last_name: [name] $v}}) { id } }","variables":{"v":"[name]"},"prepared_arguments":["{\"x-hasura-role\":\"user\"}","[name]"]}`)
	f(`{"query":"mutation M($login: String!, $n: Int) { user(login: $login) { id } orders(first: $n, status: $s) { id } }","variables":{"login":"tsmith20","n":20,"s":"OPEN"}}`,
		`{"query":"mutation M($login: String!, $n: Int) { user(login: $login) { id } orders(first: $n, status: $s) { id } }","variables":{"login":"[name]","n":20,"s":"OPEN"}}`)
	f(`{"query":"query Q($id: ID!) { order(id: $id) { total } }","variables":{"id":"ord_1042"}}`,
		`{"query":"query Q($id: ID!) { order(id: $id) { total } }","variables":{"id":"ord_1042"}}`)
	f(`{"query":"{ me { id } }","variables":{"x@y.example.com":"1"}}`, `{"query":"{ me { id } }","variables":{"[email]":"1"}}`)

	// A form body with a Kazakh or Russian number after its trunk 8.
	f(`{"original":"phone=8+702+662+31+71&plan=pro"}`, `{"original":"phone=[phone]&plan=pro"}`)
	f(`{"original":"phone=8+702+66&plan=pro","q":"pages=8+9+10&x=1"}`, `{"original":"phone=8+702+66&plan=pro","q":"pages=8+9+10&x=1"}`)
}

// TestEchoesUnderDropRules: a policy that drops, masks or hashes fields
// still looks for a record's values again; one that keeps a field does
// not, since the field's value may stand elsewhere too.
func TestEchoesUnderDropRules(t *testing.T) {
	in := `{"actor":"tsmith20","repo":"tsmith20/homelab","password":"x"}`
	opts := DefaultOptions()
	opts.Fields = []FieldRule{{Path: "password", Action: ActDrop}}
	f := redactsTo(t, mustEngine(t, opts).NewRedactor())
	f(in, `{"actor":"[name]","repo":"[name]/homelab"}`)

	opts = DefaultOptions()
	opts.Fields = []FieldRule{{Path: "password", Action: ActDrop}, {Path: "note", Action: ActKeep}}
	f = redactsTo(t, mustEngine(t, opts).NewRedactor())
	f(in, `{"actor":"[name]","repo":"tsmith20/homelab"}`)
}
