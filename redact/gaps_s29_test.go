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

// TestWhatsAppMessageID: a WhatsApp message id carries the user's number
// in base64; the encoded part is masked, "wamid." stays. An id whose first
// field is no number keeps its value.
func TestWhatsAppMessageID(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// 0x1c 0x18 0x0b "16503879439" ...
	f(`{"id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA","status":"read"}`,
		`{"id":"wamid.[phone]","status":"read"}`)
	f(`msg_id=wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhgUM0VCMDRDQzA0RTc2QjA1MjIzNzYA status=delivered`,
		`msg_id=wamid.[phone] status=delivered`)
	// Look-alikes: a placeholder, an id of no number (0x1c 0x18 0x0b
	// "group-abcde").
	f(`{"id":"wamid.ID"}`, `{"id":"wamid.ID"}`)
	f(`{"id":"wamid.HBgLZ3JvdXAtYWJjZGUVAgARGBJDQjZC"}`, `{"id":"wamid.HBgLZ3JvdXAtYWJjZGUVAgARGBJDQjZC"}`)
}

// TestSQLPrefixedLiteralEmail: a prefixed SQL string literal (N”, E”)
// keeps its prefix and quotes around a masked address; an apostrophe in a
// local part (o'brien@, o”brien@ doubled in SQL) is the address's.
func TestSQLPrefixedLiteralEmail(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`INSERT INTO users (email) VALUES (N'jane.doe@example.com')`, `INSERT INTO users (email) VALUES (N'[email]')`)
	f(`VALUES (E'jane.doe@example.com', N'o''brien@example.com')`, `VALUES (E'[email]', N'[email]')`)
	f(`contact O'Brien@example.com now`, `contact [email] now`)
	f(`'o'brien@example.com'`, `'[email]'`)
	f(`to n'diaye@example.com today`, `to [email] today`)
}
