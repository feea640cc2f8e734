package realistic

import (
	"strconv"
	"strings"
)

// Webhooks of two public APIs, written from their documentation: Twilio's
// Voice and Messaging request parameters (form-encoded) and GitHub's
// webhook event payloads (JSON).

// twilioSID returns a Twilio resource id: a two-letter prefix and 32
// lower-case hex digits.
func (g *gen) twilioSID(prefix string) string { return prefix + g.chars(32, hexDigits) }

// twilioForm is the body of a request Twilio makes to an application's
// webhook: a voice call's parameters (CallSid, AccountSid, From, To,
// CallStatus, ApiVersion, Direction, ForwardedFrom, CallerName and the
// geographic From*/To* data) or an incoming message's (MessageSid, SmsSid,
// Body, NumMedia, NumSegments...), form-encoded with '+' for a space.
func (g *gen) twilioForm(st *streamState) Record {
	type kv struct{ k, v, cat string }
	var kvs []kv
	from, to := g.e164(), g.e164()
	account := kv{"AccountSid", "AC" + g.chars(32, hexDigits), "secret"} // a vendor_token by its prefix
	if g.pct(50) {
		sid := g.twilioSID("CA")
		kvs = append(kvs, kv{"Called", to, "phone"}, kv{"ToState", "CA", ""}, kv{"CallerCountry", "US", ""},
			kv{"Direction", "inbound", ""}, kv{"CallerState", "CA", ""}, kv{"ToZip", "94105", ""},
			kv{"CallSid", sid, "sid"}, kv{"To", to, "phone"}, kv{"CallerZip", "94103", ""},
			kv{"ToCountry", "US", ""}, kv{"ApiVersion", "2010-04-01", "date"}, kv{"CalledZip", "94105", ""},
			kv{"CallStatus", pick(g, []string{"ringing", "in-progress", "completed"}), ""},
			kv{"From", from, "phone"}, account, kv{"Caller", from, "phone"})
		if g.pct(40) {
			f, l := g.name()
			kvs = append(kvs, kv{"CallerName", f + " " + l, "name"})
		}
		if g.pct(30) {
			kvs = append(kvs, kv{"ForwardedFrom", strings.TrimPrefix(g.e164(), "+"), "phone"})
		}
		if g.pct(30) {
			d := strconv.Itoa(1 + g.rng.IntN(600))
			kvs = append(kvs, kv{"CallDuration", d, "duration"}, kv{"RecordingSid", g.twilioSID("RE"), "sid"})
		}
	} else {
		sid := g.twilioSID("SM")
		f, _ := g.name()
		body := "Hi, this is " + f + ", please call me back"
		var extra []kv
		if g.pct(50) {
			alt := g.e164()
			body += " on " + alt
			extra = append(extra, kv{"", alt, "phone"})
		}
		kvs = append(kvs, kv{"ToCountry", "US", ""}, kv{"ToState", "CA", ""}, kv{"SmsMessageSid", sid, "sid"},
			kv{"NumMedia", "0", ""}, kv{"ToCity", "SAN FRANCISCO", ""}, kv{"FromZip", "94105", ""},
			kv{"SmsSid", sid, "sid"}, kv{"FromState", "CA", ""}, kv{"SmsStatus", "received", ""},
			kv{"Body", body, ""}, kv{"FromCountry", "US", ""}, kv{"To", to, "phone"},
			kv{"MessagingServiceSid", g.twilioSID("MG"), "sid"}, kv{"NumSegments", "1", ""},
			kv{"MessageSid", sid, "sid"}, account, kv{"From", from, "phone"}, kv{"ApiVersion", "2010-04-01", "date"})
		for _, e := range extra {
			g.plantAt(e.cat, e.v, pctEnc(e.v, true, false))
		}
	}
	var sb strings.Builder
	for i, p := range kvs {
		if i > 0 {
			sb.WriteByte('&')
		}
		v := pctEnc(p.v, true, false)
		sb.WriteString(p.k + "=" + v)
		switch p.cat {
		case "":
		case "sid", "date", "duration":
			g.keepAt(p.cat, p.v, v)
		default:
			g.plantAt(p.cat, p.v, v)
		}
	}
	return Record{Line: []byte(sb.String())}
}

// githubLogin returns a GitHub user name made from a person's name.
func (g *gen) githubLogin(first, last string) string {
	f, l := strings.ToLower(ascii(first)), strings.ToLower(ascii(last))
	switch g.rng.IntN(3) {
	case 0:
		return f + l
	case 1:
		return f[:1] + l + g.num(1, 99)
	}
	return f + "-" + l
}

var githubRepos = []string{"billing-api", "edge-proxy", "web-frontend", "infra", "docs"}

// github is a GitHub webhook payload: an issues event (action, issue with
// its user and body, repository with full_name and owner, sender) or a
// push event (ref, before/after commit ids, pusher, commits with author
// and committer, sender), as the webhook events and payloads reference
// documents them.
func (g *gen) github(st *streamState) Record {
	first, last := g.name()
	login := g.githubLogin(first, last)
	org := pick(g, []string{"acme-corp", "example-org", "octo-labs"})
	repo := pick(g, githubRepos)
	id := g.num(1000000, 99999999)
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	user := func(b []byte, key string) []byte {
		b = jo(b, key)
		b = g.jp(b, "login", "name", login)
		b = jn(b, "id", id)
		b = g.jk(b, "node_id", "hash", "MDQ6VXNlcj"+g.chars(8, base62))
		b = g.js(b, "avatar_url", "https://avatars.githubusercontent.com/u/"+id+"?v=4")
		b = g.js(b, "type", "User")
		b = append(b, `,"site_admin":false}`...)
		return b
	}
	repository := func(b []byte) []byte {
		b = jo(b, "repository")
		b = jn(b, "id", g.num(100000000, 999999999))
		b = g.jk(b, "name", "repo", repo)
		b = g.jk(b, "full_name", "repo", org+"/"+repo)
		b = append(b, `,"private":true`...)
		b = jo(b, "owner")
		b = g.js(b, "login", org)
		b = g.js(b, "type", "Organization")
		b = append(b, '}')
		return append(b, '}')
	}
	if g.pct(50) {
		b = g.js(b, "action", pick(g, []string{"opened", "edited", "closed"}))
		b = jo(b, "issue")
		n := g.num(1, 4000)
		b = g.js(b, "url", "https://api.github.com/repos/"+org+"/"+repo+"/issues/"+n)
		b = jn(b, "number", n)
		b = g.js(b, "title", "Checkout fails with HTTP 502 after login")
		b = user(b, "user")
		email := g.email(first, last)
		ip := g.ipv4()
		b = g.js(b, "body", "Reproduced as "+email+" from "+ip+"; build 1.4.2, see logs.")
		g.plantAt("email", email)
		g.plantAt("ipv4", ip)
		b = g.jk(b, "created_at", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
		b = append(b, '}')
	} else {
		before, after := g.chars(40, hexDigits), g.chars(40, hexDigits)
		b = g.js(b, "ref", "refs/heads/main")
		b = g.jk(b, "before", "hash", before)
		b = g.jk(b, "after", "hash", after)
		email := g.email(first, last)
		b = jo(b, "pusher")
		b = g.jp(b, "name", "name", login)
		b = g.jp(b, "email", "email", email)
		b = append(b, '}')
		b = ja(b, "commits")
		b = jo(b, "")
		b = g.jk(b, "id", "hash", after)
		b = g.js(b, "message", "Fix retry budget for upstream timeouts")
		b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
		for _, who := range []string{"author", "committer"} {
			b = jo(b, who)
			b = g.jp(b, "name", "name", first+" "+last)
			b = g.jp(b, "email", "email", email)
			b = g.jp(b, "username", "name", login)
			b = append(b, '}')
		}
		b = append(b, "}]"...)
	}
	b = repository(b)
	b = user(b, "sender")
	return Record{Line: append(b, '}')}
}
