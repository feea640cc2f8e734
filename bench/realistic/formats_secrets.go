package realistic

import (
	"encoding/base64"
	"hash/crc32"
	"strings"
)

// secret_mix: the lines through which credentials reach a log archive in
// practice. Application JSON logs that quote a token in a message, a
// config object or an environment dump; nginx request lines with a token
// in the query string; CI job output and config files (export, YAML,
// code, connection strings, curl -u, --password); webhook calls; service
// account JSON with a PEM key in \n escapes; Authorization headers of many
// schemes; secrets under compound key names. Beside them, the look-alikes
// such lines carry: commit and image digests, UUIDs, trace and request
// ids, versions, other vendors' public ids and documentation placeholders.
//
// Token formats follow each vendor's own documentation of its format
// (GitHub's "Behind GitHub's new authentication token formats", npm's
// announcement of the same format, Slack's token types, Stripe's API keys,
// GitLab's token prefixes, Google's API key and OAuth docs, HashiCorp
// Vault's token docs, Telegram's Bot API, Azure Storage connection
// strings...), written from the prefix, alphabet and length each
// documents, with random bodies.

// vendorToken returns a token of a randomly chosen vendor format, its
// natural key name (the variable or JSON key it is usually kept under) and
// whether it is a URL (a webhook) rather than a bare token.
func (g *gen) vendorToken() (tok, key string, url bool) {
	an := base62
	switch g.rng.IntN(34) {
	case 0, 1:
		return g.crcToken(pick(g, []string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_"})), "GITHUB_TOKEN", false
	case 2:
		return "github_pat_" + g.chars(22, an) + "_" + g.chars(59, an), "GH_TOKEN", false
	case 3:
		return "glpat-" + g.chars(20, b64url), "GITLAB_TOKEN", false
	case 4:
		return "xoxb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.chars(24, an), "SLACK_BOT_TOKEN", false
	case 5:
		return "xoxp-" + g.digits(12) + "-" + g.digits(13) + "-" + g.digits(13) + "-" + g.hexID(32), "SLACK_TOKEN", false
	case 6:
		return "https://hooks.slack.com/services/T" + g.chars(10, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "/B" + g.chars(10, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "/" + g.chars(24, an), "slack_webhook_url", true
	case 7:
		return pick(g, []string{"sk_live_", "rk_live_", "sk_test_"}) + g.chars(pick(g, []int{24, 99}), an), "STRIPE_SECRET_KEY", false
	case 8:
		return "SG." + g.chars(22, b64url) + "." + g.chars(43, b64url), "SENDGRID_API_KEY", false
	case 9:
		return "SK" + g.hexID(32), "TWILIO_API_KEY", false
	case 10:
		return g.crcToken("npm_"), "NPM_TOKEN", false
	case 11:
		return "pypi-AgEIcHlwaS5vcmc" + g.chars(150, b64url), "PYPI_TOKEN", false
	case 12:
		return "AIza" + g.chars(35, b64url), "GOOGLE_API_KEY", false
	case 13:
		return "ya29.a0" + g.chars(140, b64url), "access_token", false
	case 14:
		return "sk-proj-" + g.chars(58, b64url) + "T3BlbkFJ" + g.chars(58, b64url), "OPENAI_API_KEY", false
	case 15:
		return "sk-ant-api03-" + g.chars(93, b64url) + "AA", "ANTHROPIC_API_KEY", false
	case 16:
		return "hf_" + g.chars(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), "HF_TOKEN", false
	case 17:
		return pick(g, []string{"shpat_", "shpca_", "shpss_"}) + g.hexID(32), "SHOPIFY_ACCESS_TOKEN", false
	case 18:
		return "dop_v1_" + g.hexID(64), "DIGITALOCEAN_TOKEN", false
	case 19:
		return "hvs." + g.chars(95, b64url), "VAULT_TOKEN", false
	case 20:
		return "ATATT3xFfGF0" + g.chars(174, b64url), "JIRA_API_TOKEN", false
	case 21:
		return g.hexID(32) + "-us" + g.num(1, 21), "MAILCHIMP_API_KEY", false
	case 22:
		return "PMAK-" + g.hexID(24) + "-" + g.hexID(34), "POSTMAN_API_KEY", false
	case 23:
		return "dp.st.prd." + g.chars(43, an), "DOPPLER_TOKEN", false
	case 24:
		return "dapi" + g.hexID(32), "DATABRICKS_TOKEN", false
	case 25:
		return "glsa_" + g.chars(32, an) + "_" + g.hexID(8), "GRAFANA_TOKEN", false
	case 26:
		return "NRAK-" + g.chars(27, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "NEW_RELIC_API_KEY", false
	case 27:
		return "lin_api_" + g.chars(40, an), "LINEAR_API_KEY", false
	case 28:
		return "ntn_" + g.digits(11) + g.chars(35, an), "NOTION_TOKEN", false
	case 29:
		return "HRKU-AA" + g.chars(58, b64url), "HEROKU_API_KEY", false
	case 30:
		return "fo1_" + g.chars(43, b64url), "FLY_API_TOKEN", false
	case 31:
		return "https://discord.com/api/webhooks/" + g.digits(18) + "/" + g.chars(68, b64url), "discord_webhook", true
	case 32:
		return "AGE-SECRET-KEY-1" + g.chars(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), "SOPS_AGE_KEY", false
	}
	return "sq0atp-" + g.chars(22, b64url), "SQUARE_ACCESS_TOKEN", false
}

// crcToken returns prefix, 30 random base62 characters and the six base62
// digits (0-9A-Za-z) of their CRC-32, as GitHub and npm tokens end.
func (g *gen) crcToken(prefix string) string {
	body := g.chars(30, base62)
	v := crc32.ChecksumIEEE([]byte(body))
	var sum [6]byte
	for i := 5; i >= 0; i-- {
		sum[i] = base62[v%62]
		v /= 62
	}
	return prefix + body + string(sum[:])
}

// tokenSecret returns the part of a vendor token that is the secret: a
// webhook URL's path after the host, else the whole token.
func tokenSecret(tok string, url bool) string {
	if !url {
		return tok
	}
	i := strings.Index(tok, "://")
	j := strings.IndexByte(tok[i+3:], '/')
	return tok[i+3+j+1:]
}

// pemKey returns a PEM private key block with a random body of the
// documented armour, its lines joined by sep ("\n" as a file holds it, " "
// as a one-line log holds it).
func (g *gen) pemKey(sep string) string {
	label := pick(g, []string{"PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"})
	raw := make([]byte, 120+g.rng.IntN(500))
	for i := range raw {
		raw[i] = byte(g.rng.IntN(256))
	}
	body := base64.StdEncoding.EncodeToString(raw)
	var b strings.Builder
	b.WriteString("-----BEGIN " + label + "-----" + sep)
	for len(body) > 64 {
		b.WriteString(body[:64] + sep)
		body = body[64:]
	}
	b.WriteString(body + sep + "-----END " + label + "-----")
	return b.String()
}

// password returns a password as people choose them: words, digits and
// punctuation, or a generated one.
func (g *gen) password() string {
	if g.pct(50) {
		return g.token(12 + g.rng.IntN(12))
	}
	return pick(g, []string{"Summer", "Winter", "Kyiv", "Berlin", "Dragon", "Coffee"}) + g.digits(4) + pick(g, []string{"!", "#", "$", "?", ""})
}

// secretMix is the secret_mix format: one of the line kinds above per
// record.
func (g *gen) secretMix(st *streamState) Record {
	switch g.rng.IntN(12) {
	case 10:
		return g.secretErrorLine()
	case 11:
		return g.secretEscapedKey()
	case 0, 1:
		return g.secretAppJSON()
	case 2:
		return g.secretRequestLine()
	case 3, 4:
		return g.secretCILine()
	case 5:
		return g.secretWebhookLine()
	case 6:
		return g.secretServiceAccount()
	case 7:
		return g.secretAuthHeader()
	case 8:
		return g.secretCompoundKeys()
	}
	return g.secretLookalikes()
}

// secretAppJSON is a structured application log line quoting a token in
// its message, under its natural key in a config object, in an env dump
// (["KEY=value", ...]) or in request headers.
func (g *gen) secretAppJSON() Record {
	tok, key, url := g.vendorToken()
	sec := tokenSecret(tok, url)
	b := make([]byte, 0, 800)
	b = append(b, '{')
	b = g.jk(b, "ts", "timestamp", g.now.Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "level", pick(g, []string{"error", "warn", "info", "debug"}))
	b = g.js(b, "service", pick(g, []string{"deployer", "notifier", "billing-sync", "ci-runner"}))
	b = g.jk(b, "trace_id", "hash", g.hexID(32))
	switch g.rng.IntN(4) {
	case 0:
		msg := pick(g, []string{"request failed with credentials ", "rotating key ", "token rejected: ", "using "}) + tok + pick(g, []string{"", " (scope missing)", ", retry in 30s", " from env"})
		b = g.js(b, "msg", msg)
		g.plantAt("vendor_token", sec, jsonEsc(sec))
	case 1:
		b = g.js(b, "msg", "loaded configuration")
		b = jo(b, "config")
		b = g.js(b, "region", pick(g, []string{"eu-central-1", "us-east-1", "fra1"}))
		b = g.jf(b, strings.ToLower(key), planted, "vendor_token", tok, nil)
		g.plants[len(g.plants)-1].Text, g.plants[len(g.plants)-1].Forms = sec, []string{jsonEsc(sec)}
		b = jn(b, "timeout_ms", g.num(100, 30000))
		b = append(b, '}')
	case 2:
		b = g.js(b, "msg", "worker environment")
		b = ja(b, "env")
		b = append(b, `"PATH=/usr/local/bin:/usr/bin","HOME=/home/app",`...)
		b = append(b, '"')
		b = append(b, jsonEsc(key+"=")...)
		b = g.plant(b, "vendor_token", sec, jsonEsc(tok))
		g.plants[len(g.plants)-1].Forms = []string{jsonEsc(sec)}
		b = append(b, `","LANG=C.UTF-8"]`...)
	default:
		b = g.js(b, "msg", "outbound request")
		b = jo(b, "headers")
		b = g.js(b, "accept", "application/json")
		if url {
			b = g.js(b, "x-target", tok)
		} else {
			b = g.js(b, pick(g, []string{"x-api-key", "authorization", "private-token"}), pick(g, []string{"", "token ", "Bearer "})+tok)
		}
		g.plantAt("vendor_token", sec, jsonEsc(sec))
		b = g.jk(b, "x-request-id", "uuid", g.uuid())
		b = append(b, '}')
	}
	b = g.jk(b, "commit", "hash", g.hexID(40))
	return Record{Line: append(b, '}')}
}

// secretRequestLine is an nginx combined line whose query string carries a
// token under a neutral or a natural parameter name, percent-encoded as
// RFC 3986 asks (base64's '+', '/' and '=' as %2B, %2F, %3D).
func (g *gen) secretRequestLine() Record {
	tok, _, url := g.vendorToken()
	sec := tokenSecret(tok, url)
	b := g.clfHeadOnly(make([]byte, 0, 500))
	name := pick(g, []string{"code", "key", "token", "access_token", "apikey", "hook", "state_token", "t"})
	lower := g.pct(20)
	enc := pctEnc(tok, false, lower)
	target := pick(g, []string{"/oauth/callback", "/api/v1/hooks", "/webhook", "/download"}) + "?" + name + "=" + enc + "&state=" + g.hexID(16)
	b = append(b, nginxEsc(pick(g, []string{"GET", "POST"})+" "+target+" HTTP/1.1")...)
	g.plantAt("vendor_token", sec, pctEnc(sec, false, lower))
	status := pick(g, []string{"200", "302", "401", "403"})
	b = g.keep(b, "status", status, "\" "+status+" ")
	b = append(b, g.num(0, 4000)...)
	b = append(b, ` "-" "`...)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, nginxEsc(ua)...)
	return Record{Line: append(b, '"')}
}

// clfHeadOnly writes `$remote_addr - - [$time_local] "` (the request
// follows).
func (g *gen) clfHeadOnly(b []byte) []byte {
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, " - - ["...)
	b = g.keep(b, "timestamp", g.clfTime(), "")
	return append(b, "] \""...)
}

// secretCILine is a line of CI job output or a config file: shell
// exports, YAML, .env, code, connection strings, curl and client options.
func (g *gen) secretCILine() Record {
	var line string
	switch g.rng.IntN(11) {
	case 0:
		tok, key, url := g.vendorToken()
		line = "+ export " + key + "=" + tok
		g.plantAt("vendor_token", tokenSecret(tok, url))
	case 1:
		tok, key, url := g.vendorToken()
		line = pick(g, []string{"  ", "    "}) + strings.ToLower(key) + ": " + pick(g, []string{"", "'", "\""})
		q := line[len(line)-1:]
		if q != "'" && q != "\"" {
			q = ""
		}
		line += tok + q
		g.plantAt("vendor_token", tokenSecret(tok, url))
	case 2:
		tok, key, url := g.vendorToken()
		line = "\t" + key + " := \"" + tok + "\""
		g.plantAt("vendor_token", tokenSecret(tok, url))
	case 3:
		pw := g.password()
		scheme := pick(g, []string{"postgres://app:", "mysql://shop:", "redis://:", "amqp://guest:", "mongodb+srv://svc:"})
		line = "DATABASE_URL=" + scheme + pctEnc(pw, false, false) + "@" + pick(g, []string{"db.internal:5432/shop", "cache:6379/0", "mq.internal/vhost", "cluster0.example.net/app"})
		g.plantAt("secret", pw, pctEnc(pw, false, false))
	case 4:
		pw := g.password()
		line = "+ curl -sS -u deploy:" + pw + " https://registry.example.com/v2/_catalog"
		g.plantAt("secret", pw)
	case 5:
		pw := g.password()
		line = "mysqldump --user=backup --password " + pw + " --single-transaction shop"
		g.plantAt("secret", pw)
	case 6:
		tok := g.crcToken("ghs_")
		line = "Cloning into 'repo'... git clone https://x-access-token:" + tok + "@github.com/example/repo.git"
		g.plantAt("vendor_token", tok)
	case 7:
		tok := g.crcToken("npm_")
		line = "npm config set //registry.npmjs.org/:_authToken " + tok
		g.plantAt("vendor_token", tok)
	case 8:
		pw := g.password()
		line = `INFO connect params {'user': 'svc_backup', 'password': '` + pw + `', 'host': 'db.internal'}`
		g.plantAt("secret", pw)
	case 9:
		pw := g.password()
		line = `$config['db_password'] = '` + pw + `';`
		g.plantAt("secret", pw)
	default:
		pw := g.password()
		line = `<connectionString><password>` + pw + `</password><server>db.internal</server></connectionString>`
		g.plantAt("secret", pw)
	}
	if g.pct(40) {
		line += " # job " + g.num(1000, 99999) + " at " + g.hexID(7)
		g.keepAt("hash", line[len(line)-7:])
	}
	return Record{Line: []byte(line)}
}

// secretWebhookLine is a notifier's logfmt line or free-text line about a
// webhook call, the URL whole.
func (g *gen) secretWebhookLine() Record {
	var tok string
	switch g.rng.IntN(3) {
	case 0:
		tok = "https://hooks.slack.com/services/T" + g.chars(10, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "/B" + g.chars(10, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "/" + g.chars(24, base62)
	case 1:
		tok = "https://discord.com/api/webhooks/" + g.digits(18) + "/" + g.chars(68, b64url)
	default:
		// Telegram Bot API: https://api.telegram.org/bot<token>/METHOD,
		// the token "<bot id>:<35 characters>".
		sec := "AA" + g.chars(33, b64url)
		tok = "https://api.telegram.org/bot" + g.digits(10) + ":" + sec + "/sendMessage"
		line := "time=" + g.now.Format("2006-01-02T15:04:05Z") + " level=info msg=\"notify\" url=" + tok + " status=200 duration_ms=" + g.num(20, 900)
		g.plantAt("vendor_token", sec)
		return Record{Line: []byte(line)}
	}
	var line string
	if g.pct(50) {
		line = "time=" + g.now.Format("2006-01-02T15:04:05Z") + " level=info msg=\"notify\" url=" + tok + " status=" + pick(g, []string{"200", "204", "429"}) + " duration_ms=" + g.num(20, 900)
	} else {
		line = "POST " + tok + " -> " + pick(g, []string{"200 OK", "204 No Content", "404 Not Found"})
	}
	g.plantAt("vendor_token", tokenSecret(tok, true))
	return Record{Line: []byte(line)}
}

// secretServiceAccount is a service account key (Google's JSON key file
// layout) logged whole, or a PEM key on one line of text.
func (g *gen) secretServiceAccount() Record {
	if g.pct(35) {
		key := g.pemKey(" ")
		line := pick(g, []string{"loaded signing key ", "ssh: using identity ", "DEBUG tls config key="}) + key + pick(g, []string{"", " from /etc/keys", " ok"})
		g.plantAt("private_key", key)
		return Record{Line: []byte(line)}
	}
	key := g.pemKey("\n") + "\n"
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	b = g.js(b, "type", "service_account")
	b = g.js(b, "project_id", "shop-prod-"+g.num(100000, 999999))
	b = g.jk(b, "private_key_id", "hash", g.hexID(40))
	b = g.jf(b, "private_key", planted, "private_key", key, nil)
	b = g.js(b, "client_id", g.digits(21))
	b = g.js(b, "token_uri", "https://oauth2.googleapis.com/token")
	return Record{Line: append(b, '}')}
}

// secretAuthHeader is an HTTP request dump with an Authorization header
// of one of the schemes in use (RFC 9110 auth-scheme, any token).
func (g *gen) secretAuthHeader() Record {
	var scheme, cred string
	var plants []string
	switch g.rng.IntN(7) {
	case 6:
		// Digest (RFC 7616 3.4): a list of auth-params; the user name
		// and the response (a hash of the password) are its secrets.
		f, l := g.name()
		user := strings.ToLower(ascii(f)) + "." + strings.ToLower(ascii(l))
		resp := g.chars(64, hexDigits)
		scheme = "Digest"
		cred = `username="` + user + `", realm="api@example.org", uri="/api/v1/items", algorithm=SHA-256, nonce="` +
			g.chars(32, b64url) + `", nc=00000001, cnonce="` + g.chars(16, hexDigits) + `", qop=auth, response="` + resp + `"`
		plants = []string{user, resp}
	case 0:
		scheme, cred = "Basic", base64.StdEncoding.EncodeToString([]byte("deploy:"+g.password()))
	case 1:
		scheme, cred = "Bearer", g.chars(40, b64url)
	case 2:
		scheme, cred = "token", g.crcToken("ghp_")
	case 3:
		scheme, cred = "Api-Token", "dt0c01."+g.chars(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")+"."+g.chars(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
	case 4:
		scheme, cred = "SSWS", "00"+g.chars(40, b64url)
	default:
		scheme, cred = "Token", g.hexID(40)
	}
	hdr := pick(g, []string{"Authorization", "authorization", "Proxy-Authorization"})
	var line string
	if g.pct(50) {
		line = "> " + pick(g, []string{"GET", "POST"}) + " /api/v1/items HTTP/1.1\\r\\n> Host: api.example.com\\r\\n> " + hdr + ": " + scheme + " " + cred + "\\r\\n> User-Agent: curl/8.4.0"
	} else {
		line = `{"method":"GET","url":"/api/v1/items","headers":{"` + strings.ToLower(hdr) + `":"` + jsonEsc(scheme+" "+cred) + `","accept":"*/*"}}`
	}
	if plants == nil {
		plants = []string{cred}
	}
	for _, p := range plants {
		g.plantAt("secret", p)
	}
	return Record{Line: []byte(line)}
}

// secretCompoundKeys is a logfmt or JSON line whose secrets sit under
// camelCase, kebab, snake and numbered key names.
func (g *gen) secretCompoundKeys() Record {
	keys := []string{"clientSecret", "db-password", "apiToken2", "refreshToken", "AWS_SECRET_ACCESS_KEY", "signingKey", "x-auth-token", "sessionToken", "privateKey", "webhookSecret"}
	k1 := pick(g, keys)
	v1 := g.token(20 + g.rng.IntN(20))
	if g.pct(50) {
		line := "level=debug msg=\"client init\" " + k1 + "=" + v1 + " user_id=" + g.num(1000, 99999) + " request_id="
		g.plantAt("secret", v1)
		id := g.uuid()
		g.keepAt("uuid", id)
		return Record{Line: []byte(line + id)}
	}
	b := make([]byte, 0, 400)
	b = append(b, '{')
	b = g.js(b, "event", "client.init")
	b = g.jp(b, k1, "secret", v1)
	b = g.js(b, "token_type", "Bearer")
	g.keepAt("lookalike", "Bearer", `"token_type":"Bearer"`)
	b = jn(b, "expires_in", "3600")
	g.keepAt("lookalike", "3600", `"expires_in":3600`)
	b = g.jk(b, "request_id", "uuid", g.uuid())
	return Record{Line: append(b, '}')}
}

// secretLookalikes is a deploy or audit line full of ids that read like
// tokens and must be kept: digests, UUIDs, base64 request ids, versions,
// other vendors' public ids, and placeholders from documentation.
func (g *gen) secretLookalikes() Record {
	b := make([]byte, 0, 600)
	b = append(b, "deploy "...)
	b = append(b, "sha="...)
	b = g.keep(b, "hash", g.hexID(40), "")
	b = append(b, " image=registry.example.com/shop/api@sha256:"...)
	b = g.keep(b, "hash", g.hexID(64), "")
	b = append(b, " pod_uid="...)
	b = g.keep(b, "uuid", g.uuid(), "")
	b = append(b, " request_id="...)
	b = g.keep(b, "requestid", g.chars(22, b64url), "")
	b = append(b, " version="...)
	b = g.keep(b, "version", pick(g, []string{"v1.29.3", "2.14.0", "6.1.7601.17514", "v0.9.0-rc.1+6eba5be"}), "")
	b = append(b, ' ')
	switch g.rng.IntN(6) {
	case 0:
		b = g.keep(b, "lookalike", "task-"+g.digits(4), "")
	case 1:
		b = append(b, "customer="...)
		b = g.keep(b, "lookalike", "cus_"+g.chars(14, base62), "")
	case 2:
		b = append(b, "publishable="...)
		b = g.keep(b, "lookalike", "pk_live_"+g.chars(24, base62), "")
	case 3:
		b = append(b, "channel="...)
		b = g.keep(b, "lookalike", "C0"+g.chars(8, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "")
	case 4:
		b = append(b, "docs: set GITHUB_TOKEN like "...)
		b = g.keep(b, "lookalike", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "")
	default:
		b = append(b, "message="...)
		b = g.keep(b, "lookalike", "SM"+g.hexID(32), "")
	}
	return Record{Line: b}
}

// secretErrorLine is a plain-text error line that quotes the token it
// failed with, in the words of the message.
func (g *gen) secretErrorLine() Record {
	tok, _, url := g.vendorToken()
	line := g.now.Format("2006-01-02T15:04:05Z") + " " + pick(g, []string{"ERROR", "WARN"}) + " [" + pick(g, []string{"sync", "notify", "publish"}) + "] " +
		pick(g, []string{"401 Bad credentials for ", "request with ", "revoking leaked credential ", "falling back to "}) + tok +
		pick(g, []string{"", " at https://api.example.com/user", "; retry 3/5", " (expired?)"})
	g.plantAt("vendor_token", tokenSecret(tok, url))
	return Record{Line: []byte(line)}
}

// secretEscapedKey is a logfmt line holding a PEM key with its newlines
// written as \n, as a config dump or an environment variable shows it.
func (g *gen) secretEscapedKey() Record {
	key := g.pemKey(`\n`)
	line := "time=" + g.now.Format("2006-01-02T15:04:05Z") + ` level=debug msg="tls material" ` +
		pick(g, []string{"private_key", "TLS_KEY", "key_pem", "ssh_key"}) + `="` + key + `\n" cert_serial=`
	g.plantAt("private_key", strings.ReplaceAll(key, `\n`, "\n"), key)
	serial := g.hexID(32)
	g.keepAt("hash", serial)
	return Record{Line: []byte(line + serial)}
}
