package redact

import (
	"bytes"
	"testing"
)

// TestCEFCustomFields: a CEF custom field's value is read under what its
// label names, the label before or after it, quoted or not, with other
// matches between them; a label that names nothing personal leaves the
// value as it is.
func TestCEFCustomFields(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`CEF:0|Cyber-Ark|Vault|13.2.0000|7|Logon|5|act=Logon duser=sa cs1Label="Affected User Name" cs1=asmith cs2Label="Safe Name" cs2=Linux-Root cn2Label="Ticket Id" cn2=INC7322144`,
		`CEF:0|Cyber-Ark|Vault|13.2.0000|7|Logon|5|act=Logon duser=sa cs1Label="Affected User Name" cs1=[name] cs2Label="Safe Name" cs2=Linux-Root cn2Label="Ticket Id" cn2=INC7322144`)
	f(`CEF:0|Fortinet|Fortigate|v7.2|13|traffic|3|cs1=jane.doe cs1Label=User Name cn1=4155550123 cn1Label=Caller Number cs2Label=Policy Name cs2=allow-web`,
		`CEF:0|Fortinet|Fortigate|v7.2|13|traffic|3|cs1=[name] cs1Label=User Name cn1=[phone] cn1Label=Caller Number cs2Label=Policy Name cs2=allow-web`)
	f(`CEF:0|V|P|1|1|y|3|flexString1Label=Customer Name flexString1=Jane Doe deviceCustomString2Label=Virus Name deviceCustomString2=EICAR`,
		`CEF:0|V|P|1|1|y|3|flexString1Label=Customer Name flexString1=[name] deviceCustomString2Label=Virus Name deviceCustomString2=EICAR`)
	// The label before an earlier match: read all the same.
	f(`CEF:0|V|P|1|1|y|3|cs1Label=User Name suser=asmith src=10.1.2.3 cs1=bjones.x`,
		`CEF:0|V|P|1|1|y|3|cs1Label=User Name suser=[name] src=10.1.2.0 cs1=[name]`)
	// Not a label's key: cs7, xcs1Label.
	f(`CEF:0|V|P|1|1|y|3|cs7Label=User Name cs7=bjones xcs1Label=User Name cs1=bjones`,
		`CEF:0|V|P|1|1|y|3|cs7Label=User Name cs7=bjones xcs1Label=User Name cs1=bjones`)
}

// TestCEFFileAndHeader: CEF's fname names a file, a profile path with
// escaped backslashes still names its user, and a header field that
// follows "password" is the event's name, not a credential.
func TestCEFFileAndHeader(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`CEF:0|Trend Micro|Deep Security Agent|10.0|4000000|Eicar_test_file|6|act=Quarantine fname=eicar.exe filePath=C:\\Users\\jsmith\\Downloads\\eicar.exe`,
		`CEF:0|Trend Micro|Deep Security Agent|10.0|4000000|Eicar_test_file|6|act=Quarantine fname=eicar.exe filePath=C:\\Users\\[name]\\Downloads\\eicar.exe`)
	f(`CEF:0|Vendor|Product|1.0|100|User password changed|5|act=password change`,
		`CEF:0|Vendor|Product|1.0|100|User password changed|5|act=password change`)
	f(`{"fname":"Payroll_2026.xlsx","name":"values.yaml","first_name":"Jane"}`,
		`{"fname":"Payroll_2026.xlsx","name":"values.yaml","first_name":"[name]"}`)
	f(`fname=Jane lname=Doe`, `fname=[name] lname=[name]`)
	// A credential after "password" is still one when '|' does not cut it.
	f(`reset done, password Xk8#pQ2vLm9w sent`, `reset done, password [secret] sent`)
}

// FuzzCEFLabel: a CEF record with custom fields and labels in any order
// and with any values redacts without panic, twice as once, and
// cefLabel returns a part of the text of at most 64 bytes.
func FuzzCEFLabel(f *testing.F) {
	f.Add("cs1Label=User Name", "asmith", "suser=jdoe src=10.1.2.3")
	f.Add(`cs2Label="Caller Number"`, "4155550123", "")
	f.Add("cs1Label=", "x", "cs1Label=Email")
	f.Add("flexString1Label=Customer Name", "Jane Doe", "act=password changed|5")
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, label, value, between string) {
		key := "cs1"
		if i := bytes.IndexByte([]byte(label), 'L'); i > 0 {
			key = label[:i]
		}
		for _, line := range []string{
			"CEF:0|V|P|1|1|y|3|" + label + " " + between + " " + key + "=" + value,
			"CEF:0|V|P|1|1|y|3|" + key + "=" + value + " " + between + " " + label,
		} {
			if bytes.ContainsAny([]byte(line), "\n\r") {
				return
			}
			src := []byte(line)
			s := &r.sc
			for n := 0; n+len(key) <= len(src); n++ {
				if string(src[n:n+len(key)]) == key && cefCustomKey(src[n:n+len(key)]) {
					if l := s.cefLabel(src, n, n+len(key)); len(l) > 64 || l != nil && !bytes.Contains(src, l) {
						t.Fatalf("cefLabel(%q, %d) = %q", src, n, l)
					}
				}
			}
			out, err := r.Redact(nil, src, FormatText)
			if err != nil {
				continue
			}
			out = bytes.Clone(out)
			again, err := r.Redact(nil, out, FormatText)
			if err != nil || !bytes.Equal(again, out) {
				t.Fatalf("not idempotent:\n in %q\nout %q\n2nd %q (%v)", src, out, again, err)
			}
		}
	})
}
