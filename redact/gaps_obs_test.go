package redact

import "testing"

// TestObservabilityShapes covers what log shippers, proxies and identity
// servers write (bench/realistic's ecs_json, keycloak_events and
// squid_access): an access log line carried whole in a JSON string, a
// credential named by its object's type, token ids beside tokens, and the
// service accounts a proxy authenticates.
func TestObservabilityShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// Filebeat's event.original (and Docker's "log"): a combined line in
	// a string is read by its fields, so the remote user is a login.
	f(`{"event":{"original":"198.51.100.54 - aobrien [23/Nov/2026:20:00:07 +0000] \"GET /api/v2/contacts?page=2 HTTP/1.1\" 200 26582 \"-\" \"okhttp/4.12.0\""}}`,
		`{"event":{"original":"198.51.100.0 - [name] [23/Nov/2026:20:00:07 +0000] \"GET /api/v2/contacts?page=2 HTTP/1.1\" 200 26582 \"-\" \"okhttp/4.12.0\""}}`)
	f(`{"log":"2001:db8:3d94:7d3a::f677 - j.smith [23/Nov/2026:20:00:57 +0000] \"GET /?email=bob%40example.org HTTP/1.1\" 302 0 \"-\" \"curl/8.4.0\"\n","stream":"stdout"}`,
		`{"log":"2001:db8:3d94:: - [name] [23/Nov/2026:20:00:57 +0000] \"GET /?email=[email] HTTP/1.1\" 302 0 \"-\" \"curl/8.4.0\"\n","stream":"stdout"}`)
	// A service's login there stays; so does a line that only starts
	// like one.
	f(`{"message":"192.0.2.7 - www-data [23/Nov/2026:20:00:07 +0000] \"GET / HTTP/1.1\" 200 12 \"-\" \"curl/8.4.0\""}`,
		`{"message":"192.0.2.0 - www-data [23/Nov/2026:20:00:07 +0000] \"GET / HTTP/1.1\" 200 12 \"-\" \"curl/8.4.0\""}`)
	f(`{"message":"deadbeef - cache [warm] said \"ok\" to the loader, twice \"ok\""}`,
		`{"message":"deadbeef - cache [warm] said \"ok\" to the loader, twice \"ok\""}`)

	// ECS's url.query as a dotted key (ecs-logging) is a query, as
	// "query" is.
	f(`{"url.query":"phone=%2B7+707+451+55+98&country=GB","url.path":"/a+b"}`,
		`{"url.query":"phone=[phone]&country=GB","url.path":"/a+b"}`)

	// ECS's agent: a Beat's name is its host's, whatever the order of
	// its members; an agent of a call centre is a person.
	f(`{"agent":{"type":"filebeat","version":"8.11.1","id":"x","name":"web-01"}}`,
		`{"agent":{"type":"filebeat","version":"8.11.1","id":"x","name":"web-01"}}`)
	f(`{"agent":{"name":"web-01","type":"winlogbeat","version":"8.11.1"}}`,
		`{"agent":{"name":"web-01","type":"winlogbeat","version":"8.11.1"}}`)
	f(`{"agent":{"type":"agent","name":"Jane Doe"}}`, `{"agent":{"type":"agent","name":"[name]"}}`)

	// Keycloak's CredentialRepresentation: the type names the value.
	f(`{"type":"password","value":"fRiDhOU84WnPZ9","temporary":false}`,
		`{"type":"password","value":"[secret]","temporary":false}`)
	f(`{"representation":"{\"type\":\"password\",\"value\":\"fRiDhOU84WnPZ9\",\"temporary\":false}"}`,
		`{"representation":"{\"type\":\"password\",\"value\":\"[secret]\",\"temporary\":false}"}`)
	f(`{"type":"work","value":"Main office"}`, `{"type":"work","value":"Main office"}`)
	f(`{"type":"counter","value":"1234"}`, `{"type":"counter","value":"1234"}`)

	// A token's id (a JWT's jti) is no token; a session's id is the
	// session, and an id token is a token.
	f(`type=CODE_TO_TOKEN, token_id=728afece-7961-4d8c-af7c-0c9207c46a8e, refresh_token_id=1a676ee3-e178-46d6-8368-fdecc20cefa2, session_id=9f5a32e6-2b82-4feb-a2be-925ea9b062d3`,
		`type=CODE_TO_TOKEN, token_id=728afece-7961-4d8c-af7c-0c9207c46a8e, refresh_token_id=1a676ee3-e178-46d6-8368-fdecc20cefa2, session_id=[secret]`)
	f(`{"refreshTokenId":"1a676ee3-e178-46d6-8368-fdecc20cefa2","id_token":"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJl"}`,
		`{"refreshTokenId":"1a676ee3-e178-46d6-8368-fdecc20cefa2","id_token":"[secret]"}`)

	// Squid's user field: a Windows role's account stays.
	f(`1795464156.935  18521 192.0.2.138 TCP_TUNNEL/200 5501342 CONNECT portal.example.co.uk:443 wsus HIER_DIRECT/203.0.113.9 -`,
		`1795464156.935  18521 192.0.2.0 TCP_TUNNEL/200 5501342 CONNECT portal.example.co.uk:443 wsus HIER_DIRECT/203.0.113.9 -`)
}
