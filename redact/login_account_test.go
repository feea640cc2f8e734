package redact

import "testing"

func TestAccountLogin(t *testing.T) {
	f := func(v string, want bool) {
		t.Helper()
		if got := accountLogin([]byte(v)); got != want {
			t.Errorf("accountLogin(%q) = %v, want %v", v, got, want)
		}
	}
	// A person's, in the forms directories give.
	f("jane.doe", true)
	f("j.doe", true)
	f("jdoe", true)
	f("jane", true)
	f("jane_doe", true)
	f("j-doe", true)
	f("jdoe42", true)
	f("jürgen.müller", true)
	f("CORP\\jdoe", true)
	f("JDOE", true)
	f("jdoe-admin", true) // a person's second account still names them
	f("adm-jdoe", true)
	f("John Doe", true)
	// The system's, a service's, a scanner's.
	f("root", false)
	f("www-data", false)
	f("ec2-user", false)
	f("postgres", false)
	f("svc_backup", false)
	f("gitlab-runner", false)
	f("app_rw", false)
	f("kube-admin", false)
	f("test123", false)
	f("Administrator", false)
	f("CORP\\svc-sql", false)
	f("LOCAL SERVICE", false)
	f("anonymous", false)
	f("noreply", false)
	// Not a login's shape.
	f("1001", false)
	f("a1b2c3d4", false)
	f("6f6dc305-84ee-4f8e-87d6-1e1801facf12", false)
	f("x.y", false)
	f("a.b.c.d", false)
	f("jdoe123456", false)
	f("system:serviceaccount:ci:deployer", false)
	f("jdoe@example.com", false)
	f("/home/jdoe", false)
	f("", false)
	f("j", false)
}

func TestAccountLoginAllocs(t *testing.T) {
	vs := [][]byte{[]byte("jdoe"), []byte("svc_backup"), []byte("Administrator"), []byte("jürgen.müller")}
	if n := testing.AllocsPerRun(100, func() {
		for _, v := range vs {
			accountLogin(v)
		}
	}); n != 0 {
		t.Errorf("accountLogin allocates %.1f times per run, want 0", n)
	}
}
