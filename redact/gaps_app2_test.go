package redact

import "testing"

// Shapes of framework logs, error trackers' and analytics exports, and
// help desk webhooks (bench/realistic formats app_frameworks2,
// error_tracking, support_hooks).
func TestApp2Shapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// A help desk's "body" with blanks is prose, not a form: its '+'
	// opens a phone number.
	f(`{"body":"<p>Please call me back on +380 44 006 31 32 after 5pm.</p>"}`,
		`{"body":"<p>Please call me back on [phone] after 5pm.</p>"}`)
	f(`{"body":"a=1&to=%2B4930123456+x"}`, `{"body":"a=1&to=[phone]+x"}`)
	// Mixpanel's reserved properties: the name after the '$'.
	f(`{"$distinct_id":"42","$properties":{"$first_name":"Emily","$last_name":"Johnson","$name":"Chloé Smith"}}`,
		`{"$distinct_id":"42","$properties":{"$first_name":"[name]","$last_name":"[name]","$name":"[name]"}}`)
	// ActiveRecord's binds: a column and its value as a pair.
	f(`$1  [["email", "a@example.com"], ["name", "Hannah Williams"], ["first_name", "Olena"], ["LIMIT", 1]]`,
		`$1  [["email", "[email]"], ["name", "[name]"], ["first_name", "[name]"], ["LIMIT", 1]]`)
	f(`permitted: ["name", "phone", "email"]`, `permitted: ["name", "phone", "email"]`)
	// A street line after "address is", and a Ukrainian street's abbreviation.
	f(`my new address is Rue de Provence 52, please update`, `my new address is [address], please update`)
	f(`my new address is вул. Шевченка, 62, please`, `my new address is [address], please`)
	f(`Address: Unter den Linden 162. My mobile is`, `Address: [address]. My mobile is`)
	f(`his address is 3 of 5`, `his address is 3 of 5`)
	f(`{"ticket_contact_address":"Hauptstraße 13"}`, `{"ticket_contact_address":"[address]"}`)
	// A bcrypt hash where a QueryException put its bindings.
	f("values (x, $2y$12$ZKSCTmFjUrRDj4iqf/qN/Dd1Xrk7xLeYxzGP/wK2B36Elm2Girlsu, 2026-11-23)", "values (x, [vendor_token], 2026-11-23)")
	f(`{"password_digest":"$2a$12$k.zEniM6.aJaVRME2Wv5eqyBZwo8RHq6lhzj.Nybym16WqbJvY4q."}`, `{"password_digest":"[secret]"}`)
	f("cost $2y$12$ short", "cost $2y$12$ short")
	f("price $2.50 or $2y$10$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "price $2.50 or $2y$10$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
}
