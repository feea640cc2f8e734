package redact

import "testing"

// TestProfileRouteVerbs: the account flows' steps under /users/ (the
// link a confirmation or invitation e-mail carries) are routes, not a
// member's login; a login there is still one.
func TestProfileRouteVerbs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`GET /users/confirm?token=abc 200`, `GET /users/confirm?token=abc 200`)
	f(`GET /users/activate 200`, `GET /users/activate 200`)
	f(`GET /u/unsubscribe 200`, `GET /u/unsubscribe 200`)
	f(`GET /users/jsmith/repos 200`, `GET /users/[name]/repos 200`)
	f(`GET /users/jane.doe 200`, `GET /users/[name] 200`)
}

// TestInvertedName: a name written surname first, "Fischer, Lukas", as
// directories and forms sort them, under a key called name (a query's,
// a JSON member's, a text pair's). A place and its region, a list, or
// words that are no given name stay.
func TestInvertedName(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`GET /contact?name=Fischer%2C+Lukas&tel=1`, `GET /contact?name=[name]&tel=1`)
	f(`GET /contact?name=Fischer,+Lukas&tel=1`, `GET /contact?name=[name]&tel=1`)
	f(`{"name":"Doe, Jane"}`, `{"name":"[name]"}`)
	f(`name=Nowak, Tomasz user=x`, `name=[name] user=x`)
	f(`{"name":"Richmond, Virginia"}`, `{"name":"Richmond, Virginia"}`)
	f(`{"name":"Berlin, Germany"}`, `{"name":"Berlin, Germany"}`)
	f(`{"name":"Smith, John, Jane"}`, `{"name":"Smith, John, Jane"}`)
	f(`{"name":"Apple, Inc"}`, `{"name":"Apple, Inc"}`)
	f(`name="Warning, Error"`, `name="Warning, Error"`)
}

// TestPlusNameLogin: a site that stores the display name as its user name
// sends it in a cookie or a form with the blank as '+' or "%20"
// (user_name=Hannah+Becker); a login and a service account stay as the
// login rules read them.
func TestPlusNameLogin(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`x "_session_id=abc123def456ghi789jkl012mno345pq; user_name=Hannah+Becker"`,
		`x "_session_id=[secret]; user_name=[name]"`)
	f(`Cookie: theme=dark; username=Hannah+Becker`, `Cookie: theme=dark; username=[name]`)
	f(`x user_name=Hannah+Becker y`, `x user_name=[name] y`)
	f(`x user=postgres y`, `x user=postgres y`)
	f(`x user=Build+Agent y`, `x user=Build+Agent y`)
	f(`x user=Hannah+Street y`, `x user=Hannah+Street y`)
}
