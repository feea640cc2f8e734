package redact

import "testing"

// TestKnownForgeNamespace: a user's namespace opens a forge's web and Git
// paths; a group's stays, and so does a namespace that spells no person.
func TestKnownForgeNamespace(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"method":"GET","path":"/emily_williams/blog/-/commit/b4e2376d96de71f8eb3d5955c3b45fd6c6ea6015","status":200}`,
		`{"method":"GET","path":"/[name]/blog/-/commit/b4e2376d96de71f8eb3d5955c3b45fd6c6ea6015","status":200}`)
	f(`192.0.2.26 - - [23/Nov/2026:20:04:14 +0000] "GET /tsmith/notes.git/info/refs?service=git-upload-pack HTTP/1.1" 200 4349 "-" "git/2.31.0" 1.87`,
		`192.0.2.0 - - [23/Nov/2026:20:04:14 +0000] "GET /[name]/notes.git/info/refs?service=git-upload-pack HTTP/1.1" 200 4349 "-" "git/2.31.0" 1.87`)
	f(`GET https://gitlab.example.com/hannah.garcia/dotfiles/-/blob/main/README.md`, `GET https://gitlab.example.com/[name]/dotfiles/-/blob/main/README.md`)
	f(`GET /api/v4/projects/ojohnson%2Fsandbox/pipelines/81586649`, `GET /api/v4/projects/[name]%2Fsandbox/pipelines/81586649`)
	f(`{"meta.project":"lobrien/sandbox","target_details":"ekovalenko/terraform-lab"}`, `{"meta.project":"[name]/sandbox","target_details":"[name]/terraform-lab"}`)
	// Groups, and paths of another shape.
	f(`GET /infra/api/-/blob/main/README.md HTTP/1.1`, `GET /infra/api/-/blob/main/README.md HTTP/1.1`)
	f(`GET /platform/runner-images.git/info/refs HTTP/1.1`, `GET /platform/runner-images.git/info/refs HTTP/1.1`)
	f(`GET /security/scanners/-/jobs/42 HTTP/1.1`, `GET /security/scanners/-/jobs/42 HTTP/1.1`)
	f(`GET /static/jsmith.png HTTP/1.1`, `GET /static/jsmith.png HTTP/1.1`)
}

// TestKnownNameLogin: "name" names things, but a login that spells a
// person's name (a given name or a surname in it, or an initial and a
// surname) is the person's.
func TestKnownNameLogin(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`    + name          = "obrien.aisha"`, `    + name          = "[name]"`)
	f(`    + name          = "mdubois"`, `    + name          = "[name]"`)
	f(`name=jane_doe status=active`, `name=[name] status=active`)
	f(`{"name":"jsmith42","kind":"User"}`, `{"name":"[name]","kind":"User"}`)
	// Names of things.
	f(`    + name          = "eks-prod"`, `    + name          = "eks-prod"`)
	f(`    + name          = "readonly"`, `    + name          = "readonly"`)
	f(`{"name":"app.config"}`, `{"name":"app.config"}`)
	f(`{"name":"aws.s3"}`, `{"name":"aws.s3"}`)
	f(`name=security-scanners`, `name=security-scanners`)
	f(`name=web-01`, `name=web-01`)
}

// TestKnownDockerLoginUser: docker login's -u is a person's login even
// when the password comes from stdin; a registry's fixed user stays.
func TestKnownDockerLoginUser(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`+ docker login -u jdoe --password-stdin registry.example.com`, `+ docker login -u [name] --password-stdin registry.example.com`)
	f(`$ echo "$PAT" | docker login -u jane.doe --password-stdin ghcr.io`, `$ echo "$PAT" | docker login -u [name] --password-stdin ghcr.io`)
	f(`docker login -u jdoe -p S3cretPass registry.example.com`, `docker login -u [secret] registry.example.com`)
	f(`docker login -u gitlab-ci-token --password-stdin registry.gitlab.com`, `docker login -u gitlab-ci-token --password-stdin registry.gitlab.com`)
	f(`docker login -u $CI_REGISTRY_USER --password-stdin $CI_REGISTRY`, `docker login -u $CI_REGISTRY_USER --password-stdin $CI_REGISTRY`)
	f(`docker login -u AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com`, `docker login -u AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com`)
	f(`docker login -u oauth2accesstoken --password-stdin https://gcr.io`, `docker login -u oauth2accesstoken --password-stdin https://gcr.io`)
}

// TestKnownSMDRNames: an IP Office SMDR user's name with a comma, quoted or
// not, is one field; a trunk party named in words is a person.
func TestKnownSMDRNames(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`2026/11/23 20:00:00,00:01:12,5,201,O,01632960123,901632960123,,0,1000123,0,E201,"Doe, Jane",T9001,Line 5.1,3,0,,,,,,,,,,,,,,192.0.2.10,12345,192.0.2.10,23456,2026/11/23 20:01:17`,
		`2026/11/23 20:00:00,00:01:12,5,[phone],O,[phone],[phone],,0,1000123,0,E[phone],"[name]",T9001,Line 5.1,3,0,,,,,,,,,,,,,,192.0.2.0,12345,192.0.2.0,23456,2026/11/23 20:01:17`)
	f(`2026/11/23 20:00:00,00:01:12,5,201,O,01632960123,901632960123,,0,1000123,0,E201,Doe, Jane,T9001,Line 5.1,3,0,,,,,,,,,,,,,,192.0.2.10,12345,192.0.2.10,23456,2026/11/23 20:01:17`,
		`2026/11/23 20:00:00,00:01:12,5,[phone],O,[phone],[phone],,0,1000123,0,E[phone],[name],T9001,Line 5.1,3,0,,,,,,,,,,,,,,192.0.2.0,12345,192.0.2.0,23456,2026/11/23 20:01:17`)
	f(`2026/11/23 20:00:00,00:01:12,5,01632960123,I,201,201,,0,1000123,0,T9001,Olena Kovalenko,E201,Jane Doe,3,0,,,,,,,,,,,,,,192.0.2.10,12345,192.0.2.10,23456,2026/11/23 20:01:17`,
		`2026/11/23 20:00:00,00:01:12,5,[phone],I,[phone],[phone],,0,1000123,0,T9001,[name],E[phone],[name],3,0,,,,,,,,,,,,,,192.0.2.0,12345,192.0.2.0,23456,2026/11/23 20:01:17`)
	f(`2026/11/23 20:00:00,00:01:12,5,201,O,01632960123,901632960123,,0,1000123,0,E201,Extn201,V9501,VM Channel 1,3,0,,,,,,,,,,,,,,192.0.2.10,12345,192.0.2.10,23456,2026/11/23 20:01:17`,
		`2026/11/23 20:00:00,00:01:12,5,[phone],O,[phone],[phone],,0,1000123,0,E[phone],[name],V9501,VM Channel 1,3,0,,,,,,,,,,,,,,192.0.2.0,12345,192.0.2.0,23456,2026/11/23 20:01:17`)
}

// TestKnownSecretObject: a JSON object under a secret's key in a text line
// is the secret whole; its member names say nothing of it.
func TestKnownSecretObject(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`password={"a":"x"} user=svc-backup`, `password=[secret] user=svc-backup`)
	f(`msg="login" password={\"a\":\"x\"} attempt=2`, `msg="login" password=[secret] attempt=2`)
	f(`{"msg":"cfg password={\"a\":\"x\"} done"}`, `{"msg":"cfg password=[secret] done"}`)
	f(`token={"access_token":"abc","expires_in":3600} next=1`, `token=[secret] next=1`)
	// An object under another key is walked: its members have keys.
	f(`params={"page":"2","sort":"asc"} status=200`, `params={"page":"2","sort":"asc"} status=200`)
}

// TestKnownShortCSVHeader: a header of two or three columns gives the rows
// after it their names when one of them is a key the engine reads values
// by; "Jane,Doe" is no header.
func TestKnownShortCSVHeader(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`username,password`, `username,password`)
	f(`jdoe,hunter2xyz`, `[name],[secret]`)
	f(`svc-backup,Zq9!pLm2`, `svc-backup,[secret]`)
	f(`first_name,last_name`, `first_name,last_name`)
	f(`Olena,Kovalenko`, `[name],[name]`)
	f(`id,email,note`, `id,email,note`)
	f(`7,jane@example.com,called back`, `7,[email],called back`)
	g := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	g(`ok,done`, `ok,done`)
	g(`alpha,beta`, `alpha,beta`)
}

// TestKnownMyNumber: "my number" in prose is the writer's phone; Japan's
// My Number is a proper name, with capitals, or a key.
func TestKnownMyNumber(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`my number is 0491 570 156`, `my number is [phone]`)
	f(`customer said my number 0491570156 changed`, `customer said my number [phone] changed`)
	f(`My Number 1234 5678 9018`, `My Number [national_id]`)
	f(`my_number=123456789018`, `my_number=[national_id]`)
}

// TestKnownCalledNumber: bare digits after "call" or "called" are a phone
// number when they read as one people dial; a call's id is not.
func TestKnownCalledNumber(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`customer called 4930690000 twice`, `customer called [phone] twice`)
	f(`please call 0491570156 tomorrow`, `please call [phone] tomorrow`)
	f(`my number 0491570156`, `my number [phone]`)
	f(`call 1000123 ended`, `call 1000123 ended`)
	f(`call 1764012345 ended after 12s`, `call 1764012345 ended after 12s`)
	f(`function called 1234567890 times`, `function called 1234567890 times`)
}

// TestKnownExpressSession: a signed Express session value is a secret by
// its shape, with no key before it, percent-encoded or not.
func TestKnownExpressSession(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`session s%3AaBcDeFgHiJkLmNoPqRsTuVwXyZ012345.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg expired`, `session [secret] expired`)
	f(`destroying s:Jx7Q2vLp9YtR4mWc8NbK3sHd6FgA1ZeU.k2J%2Bq9PZ0sX7m4vB1cN8yT5rW3aE6hL2dG9fK0uQ1iY rid=7`, `destroying [secret] rid=7`)
	f(`{"msg":"store miss","sid":"x","cookie":"s%3AaBcDeFgHiJkLmNoPqRsTuVwXyZ012345.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg"}`,
		`{"msg":"store miss","sid":"x","cookie":"[secret]"}`)
	// Words of that start that are no session.
	f(`s:1 e:0 retries=3`, `s:1 e:0 retries=3`)
	f(`units s%3A per request`, `units s%3A per request`)
	f(`s:com.example.Service.method took 12ms`, `s:com.example.Service.method took 12ms`)
}

// TestKnownWindowsPrefixOwner: a PC renamed after its user behind
// Windows' DESKTOP- or LAPTOP- prefix; the default's random word stays.
func TestKnownWindowsPrefixOwner(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`host DESKTOP-JSMITH joined domain`, `host DESKTOP-[name] joined domain`)
	f(`host LAPTOP-JANE joined domain`, `host LAPTOP-[name] joined domain`)
	f(`host JSMITH-PC joined domain`, `host [name]-PC joined domain`)
	f(`DHCPACK on 10.0.0.5 to aa:bb:cc:dd:ee:ff (LAPTOP-OKOVALENKO) via eth0`, `DHCPACK on 10.0.0.0 to [mac] (LAPTOP-[name]) via eth0`)
	f(`query[A] desktop-jane.corp.example.com from 10.0.0.5`, `query[A] desktop-[name].corp.example.com from 10.0.0.0`)
	f(`host DESKTOP-7H3K2LQ joined domain`, `host DESKTOP-7H3K2LQ joined domain`)
	f(`host LAPTOP-SALES joined domain`, `host LAPTOP-SALES joined domain`)
	f(`host DESKTOP-ABCDEFG joined domain`, `host DESKTOP-ABCDEFG joined domain`)
}

// TestKnownNameObjectUnderFile: first and last under a "name" object are a
// person's given name and surname whatever holds the object, a "file"
// too: no software names a file in parts so, while a person's name
// record does. A file's own name is a string under "name", kept when it
// names no one.
func TestKnownNameObjectUnderFile(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"file":{"name":{"first":"Jane","last":"Doe"}}}`, `{"file":{"name":{"first":"[name]","last":"[name]"}}}`)
	f(`{"file":{"name":"report.pdf","size":1024}}`, `{"file":{"name":"report.pdf","size":1024}}`)
}

// TestKnownPostcodeBeforeDigits: a numeric postcode's shape before more
// digit groups opens a phone number, which an address after a cue must
// not cut at its first group (FuzzScanPlantedPhone).
func TestKnownPostcodeBeforeDigits(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`delivery address 0 A, 0044 20 7946 0958, 0`, `delivery address [address], 0`)
	f(`delivery address 12 Main St, 10115 Berlin, phone 0044 20 7946 0958`, `delivery address [address] Berlin, phone [phone]`)
}
