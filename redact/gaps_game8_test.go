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

// TestGame8SteamIDs: Valve's SteamIDs in their three writings and FiveM's
// player identifiers are one person's account; numbers and words of the
// same length or prefix stay.
func TestGame8SteamIDs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`L 11/23/2026 - 20:00:58: "x<319><STEAM_1:1:482195592><Red>" disconnected`, `L 11/23/2026 - 20:00:58: "[name]<319><[name]><Red>" disconnected`)
	f(`"y<28><[U:1:305315415]><Blue>" entered the game`, `"[name]<28><[[name]]><Blue>" entered the game`)
	f(`11/23/2026 20:00:01: Got connection SteamID 76561198012345678`, `11/23/2026 20:00:01: Got connection SteamID [name]`)
	f(`203.0.113.7:61234/76561198012345678/x joined [windows/76561198012345678]`, `203.0.113.0:61234/[name]/[name] joined [windows/[name]]`)
	f(`Connecting: x (steam:110000112345678, license:`+"0123456789abcdef0123456789abcdef01234567"+`, discord:441712345678901234, fivem:1234567)`,
		`Connecting: [name] (steam:[name], license:[name], discord:[name], fivem:[name])`)
	// Look-alikes: another 17-digit number, a universe other than 0-5,
	// a steam: that holds no id, a team's U.
	f(`order 12345678901234567 shipped`, `order 12345678901234567 shipped`)
	f(`build 7656119.1.2 ok; STEAM_9:0:1 and [U:2:5] and steam:deck`, `build 7656119.1.2 ok; STEAM_9:0:1 and [U:2:5] and steam:deck`)
	f(`{"event":"steam:sync","id":"76561198012345678x"}`, `{"event":"steam:sync","id":"76561198012345678x"}`)
}

// TestGame8PlayerEvents: the player's name that opens a game server's
// join, leave and login messages; a sentence with the same verbs, and a
// service account, stay.
func TestGame8PlayerEvents(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`[20:00:00] [Server thread/INFO]: xX_Juergen_Xx joined the game`, `[20:00:00] [Server thread/INFO]: [name] joined the game`)
	f(`[20:00:01] [Server thread/INFO]: Juergen79 lost connection: Timed out`, `[20:00:01] [Server thread/INFO]: [name] lost connection: Timed out`)
	f(`[20:00:02] [Server thread/INFO]: DarkFischer left the game`, `[20:00:02] [Server thread/INFO]: [name] left the game`)
	f(`worker: root joined the game`, `worker: root joined the game`)
	f(`the upstream lost connection to the backend`, `the upstream lost connection to the backend`)
	f(`INFO: cache[/var/tmp] logged in 3ms`, `INFO: cache[/var/tmp] logged in 3ms`)
}

// TestGame8SignedMediaURLs: the credentials of signed HLS and DASH URLs
// under their parameters' names: Akamai's hdnts token, Wowza's
// SecureToken hash, CloudFront's signature; the key pair's id, the
// token's start and end times and an HMAC's or a policy's name stay.
func TestGame8SignedMediaURLs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`"GET /hls/seg_7.ts?hdnts=exp=1795467804~acl=/hls/live/2001234/*~hmac=2f00c36a58003400e40c27614585c658ef9801004b569ba6ac83abe80b539a70 HTTP/1.1" 200`,
		`"GET /hls/seg_7.ts?hdnts=[secret] HTTP/1.1" 200`)
	f("live/myStream/playlist.m3u8?wowzatokenstarttime=1795463946&wowzatokenendtime=1795467606&wowzatokenhash=eQaP3J-F-V8oTqClKQcbOK66IVz8lQnywywJF67sC3J=\t203.0.113.212",
		"live/myStream/playlist.m3u8?wowzatokenstarttime=1795463946&wowzatokenendtime=1795467606&wowzatokenhash=[secret]\t203.0.113.0")
	f(`GET /x.m3u8?Policy=eyJTdGF0ZW1lbnQiOlt7IlJlc291cmNlIjoiaHR0cHM6Ly9kMTEx&Signature=abcDEF123-~ghi_JKL456mno&Key-Pair-Id=K2JCJMDEHXQW5F HTTP/1.1`,
		`GET /x.m3u8?Policy=eyJTdGF0ZW1lbnQiOlt7IlJlc291cmNlIjoiaHR0cHM6Ly9kMTEx&Signature=[secret]&Key-Pair-Id=K2JCJMDEHXQW5F HTTP/1.1`)
	f(`{"policy":"allow","hmac":"sha256","Policy":"default-deny"}`, `{"policy":"allow","hmac":"sha256","Policy":"default-deny"}`)
}
