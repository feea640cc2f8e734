package redact

import "testing"

// TestGame8LoginFor: after "login for" or "attempt for" the word is the
// login whatever its shape, also with an account number or the server it
// was tried on before " from <address>"; other words before "for" still
// need a person's login.
func TestGame8LoginFor(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`<ab12cd34> Successful login for pbecker (ID: 2757) from 198.51.100.209`, `<ab12cd34> Successful login for [name] (ID: 2757) from 198.51.100.0`)
	f(`Failed login for aschmidt from 198.51.100.44 (error: 1)`, `Failed login for [name] from 198.51.100.0 (error: 1)`)
	f(`IMAP Error: Login failed for hdubois34 against imap.example.com from 192.0.2.254. AUTHENTICATE PLAIN`, `IMAP Error: Login failed for [name] against imap.example.com from 192.0.2.0. AUTHENTICATE PLAIN`)
	f(`[I] Failed authentication attempt for jdoe from 203.0.113.7:51234: user's password is invalid`, `[I] Failed authentication attempt for [name] from 203.0.113.0:51234: user's password is invalid`)
	// Service accounts and words that no login noun names stay.
	f(`Successful login for root (ID: 1) from 198.51.100.9`, `Successful login for root (ID: 1) from 198.51.100.0`)
	f(`waiting for reply (ID: 7) from 203.0.113.5`, `waiting for reply (ID: 7) from 203.0.113.0`)
	f(`retry attempt for backup from 203.0.113.5`, `retry attempt for backup from 203.0.113.0`)
	f(`Login failed for nginx against imap.example.com from 203.0.113.5`, `Login failed for nginx against imap.example.com from 203.0.113.0`)
}

// TestGame8SessionProse: a session id named by the word before it in a
// sentence is a credential, as under a session key; a session number, a
// session's state and words stay.
func TestGame8SessionProse(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Successful login for a@example.com (ID: 5) from 203.0.113.87 in session udj1chc0ak2nj1ki5jhasxz8h3`, `Successful login for [email] (ID: 5) from 203.0.113.0 in session [secret]`)
	f(`Failed login for a@example.com from 203.0.113.9 in session r15y49w5v1mj7l20gxe9dshtkr (error: 1)`, `Failed login for [email] from 203.0.113.0 in session [secret] (error: 1)`)
	f(`12: : session 001000000000000001: realm <example.org> user <jdoe>: incoming packet ALLOCATE processed, success`, `12: : session 001000000000000001: realm <example.org> user <[name]>: incoming packet ALLOCATE processed, success`)
	f(`pam_unix(sshd:session): session opened for user root(uid=0) by (uid=0)`, `pam_unix(sshd:session): session opened for user root(uid=0) by (uid=0)`)
	f(`closing session c2s1a2b3c4d5e6 after timeout`, `closing session c2s1a2b3c4d5e6 after timeout`)
}
