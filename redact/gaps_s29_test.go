package redact

import "testing"

// TestDuoActionObject: Duo's administrator log names the user an action
// changed only by the "object" after the action; any other object keeps
// its value and still says what the object is.
func TestDuoActionObject(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"action":"user_update","object":"fkhan","timestamp":1700000000}`,
		`{"action":"user_update","object":"[name]","timestamp":1700000000}`)
	f(`{"action":"user_create","description":"{}","object":"fatima","username":"Ada Lovelace"}`,
		`{"action":"user_create","description":"{}","object":"[name]","username":"[name]"}`)
	f(`{"action":"admin_create","object":"jdoe@example.com"}`, `{"action":"admin_create","object":"[email]"}`)
	f(`{"action":"user.delete","object":"Jane Doe"}`, `{"action":"user.delete","object":"[name]"}`)
	// Look-alikes: an action on something else, an object before the
	// action, and Stripe's "object" that types the object.
	f(`{"action":"group_create","object":"VPN Users"}`, `{"action":"group_create","object":"VPN Users"}`)
	f(`{"action":"integration_update","object":"Microsoft RDP"}`, `{"action":"integration_update","object":"Microsoft RDP"}`)
	f(`{"action":"username_policy","object":"default"}`, `{"action":"username_policy","object":"default"}`)
	f(`{"object":"customer","name":"Jenny Rosen"}`, `{"object":"customer","name":"[name]"}`)
	f(`{"object":"invoice","action":"user_update","amount":1200}`, `{"object":"invoice","action":"user_update","amount":1200}`)
}
