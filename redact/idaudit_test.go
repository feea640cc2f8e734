package redact

import "testing"

// Identity and access audit records redact as a whole: Entra ID sign-ins
// (an application's display name stays), Microsoft 365 OneDrive events (the
// owner in the site URL goes), Vault entries (HMACs, policies and times
// stay; the login in the path goes), GitLab events (author_name goes) and
// Teleport events (a key policy stays).
func TestIdentityAuditRecords(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	f(`{"userDisplayName":"Ann Lee","userPrincipalName":"ann.lee@contoso.example.com","appDisplayName":"Graph Explorer","resourceDisplayName":"Microsoft Graph","ipAddress":"203.0.113.45"}`,
		`{"userDisplayName":"[name]","userPrincipalName":"[email]","appDisplayName":"Graph Explorer","resourceDisplayName":"Microsoft Graph","ipAddress":"203.0.113.0"}`)
	f(`{"Workload":"OneDrive","UserId":"ann.lee@contoso.example.com","ObjectId":"https://contoso-my.sharepoint.com/personal/ann_lee_contoso_example_com/Documents/q4.xlsx","ClientIP":"[2001:db8::1:45]:51234"}`,
		`{"Workload":"OneDrive","UserId":"[email]","ObjectId":"https://contoso-my.sharepoint.com/personal/[email]/Documents/q4.xlsx","ClientIP":"[2001:db8::]:51234"}`)
	f(`{"auth":{"client_token":"hmac-sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","display_name":"ldap-ann.lee","token_policies":["default","dev-read"],"token_issue_time":"2026-11-23T19:00:00Z"},"request":{"path":"auth/ldap/login/ann.lee","data":{"password":"hmac-sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},"remote_address":"198.51.100.7"}}`,
		`{"auth":{"client_token":"hmac-sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","display_name":"[name]","token_policies":["default","dev-read"],"token_issue_time":"2026-11-23T19:00:00Z"},"request":{"path":"auth/ldap/login/[name]","data":{"password":"hmac-sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},"remote_address":"198.51.100.0"}}`)
	f(`{"author_name":"Jürgen Jones","details":{"author_name":"Jürgen Jones","entity_path":"acme/web"},"event":"session.start","private_key_policy":"none"}`,
		`{"author_name":"[name]","details":{"author_name":"[name]","entity_path":"acme/web"},"event":"session.start","private_key_policy":"none"}`)
}

func TestIdentityAuditRecordsNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	recs := [][]byte{
		[]byte(`{"appDisplayName":"Graph Explorer","ObjectId":"https://contoso-my.sharepoint.com/personal/ann_lee_contoso_example_com/Documents/q4.xlsx"}`),
		[]byte(`{"client_token":"hmac-sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","path":"auth/ldap/login/ann.lee","author_name":"Ann Lee","private_key_policy":"none"}`),
	}
	var dst []byte
	n := testing.AllocsPerRun(50, func() {
		for _, rec := range recs {
			dst, _ = r.Redact(dst[:0], rec, FormatAuto)
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per round, want 0", n)
	}
}
