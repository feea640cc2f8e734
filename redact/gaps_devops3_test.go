package redact

import "testing"

// TestDevops3CILogs: what a CI job's trace prints of a person and a
// credential: the login in a clone or registry URL's userinfo, docker
// login's password, GitHub Actions' GITHUB_ACTOR.
func TestDevops3CILogs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// A person's login before the password is redacted with it; a
	// service's user stays.
	f(`+ git clone https://jane.doe:S3cretPassw0rd@git.example.org/infra/api.git`,
		`+ git clone https://[secret]@git.example.org/infra/api.git`)
	f(`Looking in indexes: https://pypi.org/simple, https://jdoe:****@pypi.example.com/simple`,
		`Looking in indexes: https://pypi.org/simple, https://[secret]@pypi.example.com/simple`)
	f(`+ git clone https://oauth2:S3cretPassw0rd@gitlab.example.com/infra/api.git`,
		`+ git clone https://oauth2:[secret]@gitlab.example.com/infra/api.git`)
	f(`postgres://postgres:S3cret@db:5432/app`, `postgres://postgres:[secret]@db:5432/app`)
	// docker login's -p takes the next word; docker run's -p is a port.
	f(`+ docker login -u gitlab-ci-token -p Winter2912? registry.example.com`,
		`+ docker login -u gitlab-ci-token -p [secret] registry.example.com`)
	f(`$ docker login -u jane.doe -p Winter2912? ghcr.io`, `$ docker login -u [secret] ghcr.io`)
	f(`docker run -p 8080:80 nginx:1.27`, `docker run -p 8080:80 nginx:1.27`)
	f(`GITHUB_ACTOR=hannah_jones`, `GITHUB_ACTOR=[name]`)
	f(`GITHUB_ACTOR=dependabot[bot]`, `GITHUB_ACTOR=dependabot[bot]`)
}

// TestDevops3AWSPair: a secret access key printed beside its key id, under
// a neutral key or joined by ':'.
func TestDevops3AWSPair(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"id":"AKIAIOSFODNN7EXAMPLE","value":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}`,
		`{"id":"[aws_key]","value":"[secret]"}`)
	f(`+ echo AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, `+ echo [aws_key]`)
	// A timestamp or a port after the id is no secret.
	f(`+ aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
		`+ aws configure set aws_secret_access_key [secret]`)
	f(`+ aws configure set region eu-west-1`, `+ aws configure set region eu-west-1`)
	f(`2026-11-23T20:00:23.7910000Z {"id":"AKIAIOSFODNN7EXAMPLE","value":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}`,
		`2026-11-23T20:00:23.7910000Z {"id":"[aws_key]","value":"[secret]"}`)
	f(`AKIAIOSFODNN7EXAMPLE`, `[aws_key]`)
	f(`key AKIAIOSFODNN7EXAMPLE:443 used`, `key [aws_key]:443 used`)
	f(`{"id":"order-42","value":"19.99"}`, `{"id":"order-42","value":"19.99"}`)
	f(`{"id":"email","value":"jane@example.com"}`, `{"id":"email","value":"[email]"}`)
}
