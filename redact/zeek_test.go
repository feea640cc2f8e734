package redact

import (
	"strings"
	"testing"
)

// Zeek's ASCII logs: the #fields line names the tab-separated columns of
// the entries after it, as W3C's #Fields: does (textfmt/zeek.go); the
// names give the values their context.
func TestTextFieldsZeek(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := checker(t, r, FormatAuto, true)
	f(`#separator \x09`, `#separator \x09`)
	f("#path\thttp", "#path\thttp")
	f("#fields\tts\tuid\tid.orig_h\tid.orig_p\thost\tuser_agent\tstatus_code\tusername\tpassword\tresp_fuids",
		"#fields\tts\tuid\tid.orig_h\tid.orig_p\thost\tuser_agent\tstatus_code\tusername\tpassword\tresp_fuids")
	f("#types\ttime\tstring\taddr\tport\tstring\tstring\tcount\tstring\tstring\tvector[string]",
		"#types\ttime\tstring\taddr\tport\tstring\tstring\tcount\tstring\tstring\tvector[string]")
	// A login written as a person's and a captured password; a service
	// account stays, and so do the uid, the port and the file id.
	f("1763928000.486539\tCHhAvVGS1DHFjwGM9\t192.0.2.77\t51234\twww.example.com\tcurl/8.4.0\t401\tjane.doe\tS3cretPass!\tFqH8Lm2P1aYw9bUcX3",
		"1763928000.486539\tCHhAvVGS1DHFjwGM9\t192.0.2.0\t51234\twww.example.com\tcurl/8.4.0\t401\t[name]\t[secret]\tFqH8Lm2P1aYw9bUcX3")
	f("1763928001.1\tC4J4Th3PJpwUYZZ6gc\t2001:db8:85a3::8a2e:370:7334\t137\tapi.example.net\tYealink SIP-T46S 66.86.0.15\t200\tmonitor\t-\t(empty)",
		"1763928001.1\tC4J4Th3PJpwUYZZ6gc\t2001:db8:85a3::\t137\tapi.example.net\tYealink SIP-T46S 66.86.0.15\t200\tmonitor\t-\t(empty)")
	// ssl.log's client certificate subject: the common name when it is
	// a person's, the e-mail address; the CA's names stay.
	f("#fields\tts\tuid\tserver_name\tsubject\tissuer\tclient_subject", "#fields\tts\tuid\tserver_name\tsubject\tissuer\tclient_subject")
	f("1763928002.5\tCxT4Lq2c8YJw1mZd9\tvpn.example.com\tCN=vpn.example.com\tCN=R3,O=Let's Encrypt,C=US\temailAddress=jane.doe@example.com,CN=Jane Doe,OU=Staff,O=Example Corp",
		"1763928002.5\tCxT4Lq2c8YJw1mZd9\tvpn.example.com\tCN=vpn.example.com\tCN=R3,O=Let's Encrypt,C=US\temailAddress=[email],CN=[name],OU=Staff,O=Example Corp")
	f("#close\t2026-11-23-21-00-00", "#close\t2026-11-23-21-00-00")
}

func TestZeekNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	lines := [][]byte{
		[]byte(`#separator \x09`),
		[]byte("#fields\tts\tuid\tid.orig_h\tusername\tpassword\tclient_subject"),
		[]byte("1763928000.486539\tCHhAvVGS1DHFjwGM9\t192.0.2.77\tjane.doe\tS3cretPass!\tCN=Olena Kovalenko,O=Example"),
	}
	var dst []byte
	for _, l := range lines {
		dst, _ = r.Redact(dst[:0], l, FormatAuto)
	}
	n := testing.AllocsPerRun(50, func() {
		for _, l := range lines[2:] {
			dst, _ = r.Redact(dst[:0], l, FormatAuto)
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per entry, want 0", n)
	}
}

// FuzzCNName: a common name written as a person's is never left, wherever
// the distinguished name stands; no panic; redacting twice equals once.
func FuzzCNName(f *testing.F) {
	for _, s := range []string{
		"subject=CN=%s,OU=Staff,O=Example Corp",
		"/C=DE/O=Example/CN=%s/emailAddress=x@example.com",
		`{"tls":{"subject":"C=US, O=Example, CN=%s"}}`,
		"VERIFY OK: depth=0, CN=%s",
		"1763928000.1\tC1\tCN=%s",
		"CN=Example Corp Issuing CA 01 %s",
	} {
		f.Add(s, "Olena Kovalenko")
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, shape, name string) {
		line := strings.Replace(shape, "%s", name, 1)
		if strings.ContainsAny(line, "\n") {
			return
		}
		out, err := r.Redact(nil, []byte(line), FormatAuto)
		if err != nil {
			return
		}
		again, err := r.Redact(nil, out, FormatAuto)
		if err != nil || string(again) != string(out) {
			t.Fatalf("%q: once %q, twice %q (%v)", line, out, again, err)
		}
		// A planted name in a DN of its own.
		dn := "client_subject=CN=Olena Kovalenko,O=" + strings.Map(func(r rune) rune {
			if r < 'a' || r > 'z' {
				return -1
			}
			return r
		}, name)
		got, err := r.Redact(nil, []byte(dn), FormatText)
		if err == nil && strings.Contains(string(got), "Kovalenko") {
			t.Fatalf("%q: name survived: %q", dn, got)
		}
	})
}
