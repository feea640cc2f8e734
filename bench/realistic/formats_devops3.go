package realistic

// ci_runner_logs: the job logs CI runners write, as an archive receives
// them.
//
//   - GitHub Actions: every line behind the runner's timestamp
//     (2026-11-23T20:00:01.1234567Z, seven decimals), workflow commands
//     (##[group]Run …, ##[endgroup], ##[debug]…, ##[error]…), the
//     checkout action's [command] lines and "HEAD is now at <sha>", shell
//     traces of set -x ("+ git clone https://user:token@host/…", "+ echo
//     ::add-mask::…", "+ docker login -u … -p …"), Docker's "WARNING!
//     Using --password via the CLI is insecure", "Digest: sha256:…".
//   - GitLab CI: the runner's trace (gitlab-runner docs, Job logs: "Running
//     with gitlab-runner 17.5.2 (c6eae8d3)", section_start:<epoch>:<name>
//     with \r and ESC[0K, "Using docker image sha256:… for node:20 with
//     digest node@sha256:…", "Checking out <sha8> as detached HEAD",
//     "$ command" lines, [MASKED] variables, "Job succeeded"), in one
//     stream in two behind the timestamps of FF_TIMESTAMPS ("<RFC 3339
//     µs> 00O " with the stream and line flags).
//
// What such logs leak: a token in a clone URL or a registry URL (npm's
// .npmrc "//host/:_authToken=…", pip's --index-url with a user and
// password; pip itself prints "Looking in indexes: https://user:****@…"),
// docker login's -p, an env dump (env | sort: GITLAB_USER_EMAIL,
// GITLAB_USER_LOGIN, GITHUB_ACTOR, AWS_SECRET_ACCESS_KEY beside
// AWS_ACCESS_KEY_ID), a tool's debug output that prints a token under a
// neutral key (value, data, arg), and an access key pair printed
// together. Vendor tokens follow the prefixes and alphabets of gitleaks'
// rules (GitHub, GitLab personal, pipeline trigger, runner and deploy
// tokens, npm, PyPI, Slack, Stripe, SendGrid...). Kept: commit SHAs (full
// and short), image digests, checksums (sha256sum output), run and job
// ids, UUIDs, versions, durations, epochs.

// ciToken returns a token of one of the kinds a CI job holds, with the
// vendor tokens of secret_mix besides GitLab's CI-only kinds.
func (g *gen) ciToken() string {
	switch g.rng.IntN(8) {
	case 0:
		return "glptt-" + g.chars(40, b64url[:64])
	case 1:
		return "glrt-" + g.chars(20, b64url)
	case 2:
		return "gldt-" + g.chars(20, b64url)
	case 3:
		return "GR1348941" + g.chars(20, b64url)
	}
	for {
		tok, _, url := g.vendorToken()
		if !url {
			return tok
		}
	}
}

// awsKeyPair returns an access key id (AKIA and 16 capitals and digits)
// and its secret access key (40 characters of base64).
func (g *gen) awsKeyPair() (id, secret string) {
	return "AKIA" + g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), g.chars(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
}

// ciLogin returns a CI user: a person's login (planted as a name) or a
// service's (kept).
func (g *gen) ciLogin(b []byte) []byte {
	if g.pct(70) {
		return g.plant(b, "name", g.gitlabLogin(), "")
	}
	return g.keep(b, "account", pick(g, []string{"gitlab-ci-token", "x-access-token", "oauth2", "deploy-bot", "ci"}), "")
}

func (g *gen) sha40() string { return g.hexID(40) }

// ciRunnerLogs is the ci_runner_logs format: GitHub Actions in even
// streams, GitLab CI in odd ones.
func (g *gen) ciRunnerLogs(st *streamState) Record {
	var b []byte
	gh := st.variant%2 == 0
	switch {
	case gh:
		b = g.keep(make([]byte, 0, 300), "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.0000000Z"), "")
		b = append(b, ' ')
	case st.variant%4 == 3:
		b = g.keep(make([]byte, 0, 300), "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000Z"), "")
		b = append(b, " 00O "...)
	default:
		b = make([]byte, 0, 300)
	}
	switch g.rng.IntN(14) {
	case 0:
		b = g.ciStepHead(b, gh)
	case 1:
		b = g.ciClone(b, gh)
	case 2:
		b = g.ciDockerLogin(b, gh)
	case 3:
		b = g.ciNpm(b, gh)
	case 4:
		b = g.ciPip(b, gh)
	case 5, 6:
		b = g.ciEnv(b, gh)
	case 7, 8:
		b = g.ciNeutral(b, gh)
	case 9:
		b = g.ciAWS(b, gh)
	case 10:
		b = g.ciMask(b, gh)
	case 11:
		b = g.ciDigest(b, gh)
	case 12:
		b = g.ciChecksum(b)
	default:
		b = g.ciCheckout(b, gh)
	}
	return Record{Line: b}
}

// ciTrace writes the prompt of a traced command: set -x's "+ " on
// GitHub, the runner's "$ " on GitLab.
func ciTrace(b []byte, gh bool) []byte {
	if gh {
		return append(b, "+ "...)
	}
	return append(b, "$ "...)
}

func (g *gen) ciStepHead(b []byte, gh bool) []byte {
	if gh {
		switch g.rng.IntN(3) {
		case 0:
			b = append(b, "##[group]Run actions/checkout@v"...)
			return g.keep(b, "version", pick(g, []string{"4", "4.2.2", "3.6.0"}), "")
		case 1:
			return append(b, "##[endgroup]"...)
		}
		b = append(b, "Current runner version: '"...)
		b = g.keep(b, "version", "2."+g.num(310, 321)+"."+g.num(0, 3), "")
		return append(b, '\'')
	}
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, "Running with gitlab-runner "...)
		b = g.keep(b, "version", "17."+g.num(0, 6)+"."+g.num(0, 3), "")
		b = append(b, " ("...)
		b = g.keep(b, "hash", g.hexID(8), "")
		return append(b, ')')
	case 1:
		b = append(b, "section_start:"...)
		b = g.keep(b, "epoch", "17954"+g.digits(5), "")
		return append(b, ":step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting \"step_script\" stage of the job script\x1b[0;m"...)
	}
	b = append(b, "\x1b[32;1mJob succeeded\x1b[0;m  duration "...)
	return g.keep(b, "duration", g.num(1, 9)+"m "+g.num(10, 59)+"s", "")
}

func (g *gen) ciClone(b []byte, gh bool) []byte {
	b = ciTrace(b, gh)
	b = append(b, "git clone "...)
	if g.pct(30) {
		b = append(b, "--depth "...)
		b = append(b, g.num(1, 50)...)
		b = append(b, ' ')
	}
	b = append(b, "https://"...)
	b = g.ciLogin(b)
	b = append(b, ':')
	b = g.plant(b, "secret", g.ciToken(), "")
	b = append(b, '@')
	b = append(b, pick(g, []string{"github.com", "gitlab.example.com", "git.example.org"})...)
	b = append(b, '/')
	b = append(b, pick(g, gitlabGroups)...)
	return append(b, ".git"...)
}

func (g *gen) ciDockerLogin(b []byte, gh bool) []byte {
	if g.pct(25) {
		return append(b, "WARNING! Using --password via the CLI is insecure. Use --password-stdin."...)
	}
	b = ciTrace(b, gh)
	b = append(b, "docker login -u "...)
	b = g.ciLogin(b)
	b = append(b, " -p "...)
	if g.pct(50) {
		b = g.plant(b, "secret", g.ciToken(), "")
	} else {
		b = g.plant(b, "secret", g.password(), "")
	}
	b = append(b, ' ')
	return append(b, pick(g, []string{"registry.gitlab.example.com", "ghcr.io", "docker.io", "123456789012.dkr.ecr.eu-west-1.amazonaws.com"})...)
}

func (g *gen) ciNpm(b []byte, gh bool) []byte {
	host := pick(g, []string{"registry.npmjs.org", "npm.pkg.github.com", "gitlab.example.com/api/v4/projects/42/packages/npm"})
	switch g.rng.IntN(3) {
	case 0:
		b = ciTrace(b, gh)
		b = append(b, "npm config set //"...)
		b = append(b, host...)
		b = append(b, "/:_authToken="...)
		return g.plant(b, "secret", g.ciToken(), "")
	case 1:
		// cat .npmrc: the file's line as it stands
		b = append(b, "//"...)
		b = append(b, host...)
		b = append(b, "/:_authToken="...)
		return g.plant(b, "secret", g.ciToken(), "")
	}
	b = ciTrace(b, gh)
	b = append(b, "npm install --registry https://"...)
	b = g.ciLogin(b)
	b = append(b, ':')
	b = g.plant(b, "secret", g.password(), "")
	b = append(b, '@')
	b = append(b, "registry.example.com/npm/ "...)
	b = append(b, pick(g, []string{"left-pad", "@acme/ui", "typescript"})...)
	b = append(b, '@')
	return g.keep(b, "version", g.num(1, 9)+"."+g.num(0, 20)+"."+g.num(0, 9), "")
}

func (g *gen) ciPip(b []byte, gh bool) []byte {
	if g.pct(40) {
		// pip masks the password itself, not the user
		b = append(b, "Looking in indexes: https://pypi.org/simple, https://"...)
		b = g.ciLogin(b)
		return append(b, ":****@pypi.example.com/simple"...)
	}
	b = ciTrace(b, gh)
	b = append(b, "pip install --index-url https://"...)
	if g.pct(50) {
		b = append(b, "__token__:"...)
		b = g.plant(b, "secret", "pypi-AgEIcHlwaS5vcmc"+g.chars(120, b64url), "")
	} else {
		b = g.ciLogin(b)
		b = append(b, ':')
		b = g.plant(b, "secret", g.password(), "")
	}
	b = append(b, "@pypi.example.com/simple/ requests=="...)
	return g.keep(b, "version", "2."+g.num(28, 32)+"."+g.num(0, 3), "")
}

// ciEnv writes one line of an env dump.
func (g *gen) ciEnv(b []byte, gh bool) []byte {
	f, l := g.name()
	if gh {
		switch g.rng.IntN(6) {
		case 0:
			b = append(b, "GITHUB_ACTOR="...)
			return g.plant(b, "name", g.gitlabLogin(), "")
		case 1:
			b = append(b, "GITHUB_RUN_ID="...)
			return g.keep(b, "uniqueid", "1"+g.digits(10), "")
		case 2:
			b = append(b, "GITHUB_SHA="...)
			return g.keep(b, "hash", g.sha40(), "")
		case 3:
			b = append(b, "GITHUB_TOKEN="...)
			return g.plant(b, "secret", "ghs_"+g.chars(36, base62), "")
		case 4:
			b = append(b, "ACTIONS_RUNTIME_TOKEN="...)
			return g.plant(b, "secret", g.jwt(""), "")
		}
		b = append(b, "GITHUB_JOB_ID="...)
		return g.keep(b, "uniqueid", "3"+g.digits(10), "")
	}
	switch g.rng.IntN(7) {
	case 0:
		b = append(b, "GITLAB_USER_EMAIL="...)
		return g.plant(b, "email", g.email(f, l), "")
	case 1:
		b = append(b, "GITLAB_USER_LOGIN="...)
		return g.plant(b, "name", g.gitlabLogin(), "")
	case 2:
		b = append(b, "GITLAB_USER_NAME="...)
		return g.plant(b, "name", f+" "+l, "")
	case 3:
		b = append(b, "CI_JOB_ID="...)
		return g.keep(b, "uniqueid", "8"+g.digits(9), "")
	case 4:
		b = append(b, "CI_COMMIT_SHA="...)
		return g.keep(b, "hash", g.sha40(), "")
	case 5:
		b = append(b, "CI_JOB_TOKEN="...)
		if g.pct(50) {
			return append(b, "[MASKED]"...)
		}
		return g.plant(b, "secret", "glcbt-"+g.chars(2, "0123456789abcdef")+"_"+g.chars(20, b64url), "")
	}
	b = append(b, "CI_PIPELINE_ID="...)
	return g.keep(b, "uniqueid", g.digits(10), "")
}

// ciNeutral writes a token under a key that says nothing of it: a tool's
// debug output, a JSON line, an argument list.
func (g *gen) ciNeutral(b []byte, gh bool) []byte {
	tok := g.ciToken()
	switch g.rng.IntN(4) {
	case 0:
		if gh {
			b = append(b, "##[debug]"...)
		}
		b = append(b, "set output: value="...)
		return g.plant(b, "secret", tok, "")
	case 1:
		b = append(b, `{"level":"debug","msg":"resolved input","id":"`...)
		b = g.keep(b, "uuid", g.uuid(), "")
		b = append(b, `","data":"`...)
		b = g.plant(b, "secret", tok, "")
		return append(b, `"}`...)
	case 2:
		b = append(b, "exec: arg["...)
		b = append(b, g.num(1, 6)...)
		b = append(b, "]="...)
		return g.plant(b, "secret", tok, "")
	}
	b = append(b, "value: "...)
	return g.plant(b, "secret", tok, "")
}

// ciAWS writes an access key pair as jobs print it.
func (g *gen) ciAWS(b []byte, gh bool) []byte {
	id, sec := g.awsKeyPair()
	switch g.rng.IntN(4) {
	case 0:
		b = append(b, "AWS_ACCESS_KEY_ID="...)
		b = append(b, id...)
		b = append(b, " AWS_SECRET_ACCESS_KEY="...)
		return g.plant(b, "secret", sec, "")
	case 1:
		b = ciTrace(b, gh)
		b = append(b, "aws configure set aws_secret_access_key "...)
		return g.plant(b, "secret", sec, "")
	case 2:
		b = append(b, `{"id":"`...)
		b = append(b, id...)
		b = append(b, `","value":"`...)
		b = g.plant(b, "secret", sec, "")
		return append(b, `"}`...)
	}
	b = ciTrace(b, gh)
	b = append(b, "echo "...)
	b = append(b, id...)
	b = append(b, ':')
	return g.plant(b, "secret", sec, "")
}

func (g *gen) ciMask(b []byte, gh bool) []byte {
	if !gh {
		b = append(b, "$ echo \"token is [MASKED]\""...)
		return b
	}
	b = append(b, "+ echo ::add-mask::"...)
	return g.plant(b, "secret", g.ciToken(), "")
}

func (g *gen) ciDigest(b []byte, gh bool) []byte {
	d := "sha256:" + g.hexID(64)
	if gh {
		b = append(b, pick(g, []string{"latest", "main", "v1.4.2"})...)
		b = append(b, ": digest: "...)
		b = g.keep(b, "hash", d, "")
		b = append(b, " size: "...)
		return g.keep(b, "bytes", g.num(500, 4000), "")
	}
	b = append(b, "Using docker image "...)
	b = g.keep(b, "hash", "sha256:"+g.hexID(64), "")
	b = append(b, " for node:20-alpine with digest node@"...)
	return g.keep(b, "hash", d, "")
}

func (g *gen) ciChecksum(b []byte) []byte {
	b = g.keep(b, "hash", g.hexID(64), "")
	b = append(b, "  "...)
	return append(b, pick(g, []string{"dist/app-linux-amd64.tar.gz", "terraform_1.9.8_linux_amd64.zip", "SHA256SUMS"})...)
}

func (g *gen) ciCheckout(b []byte, gh bool) []byte {
	sha := g.sha40()
	if gh {
		if g.pct(50) {
			b = append(b, "HEAD is now at "...)
			b = g.keep(b, "hash", sha[:7], "")
			return append(b, " Merge pull request #"+g.num(10, 999)+" from feature/cache"...)
		}
		b = append(b, "##[debug]job "...)
		b = g.keep(b, "uuid", g.uuid(), "")
		b = append(b, " checked out "...)
		return g.keep(b, "hash", sha, "")
	}
	b = append(b, "Checking out "...)
	b = g.keep(b, "hash", sha[:8], "")
	b = append(b, " as detached HEAD (ref is "...)
	b = append(b, pick(g, []string{"main", "refs/merge-requests/" + g.num(10, 999) + "/head"})...)
	b = append(b, ")..."...)
	return b
}
