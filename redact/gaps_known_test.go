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
