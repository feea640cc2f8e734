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
			src := []byte(line)
			s := &r.sc
			for n := 0; n+len(key) <= len(src); n++ {
				if string(src[n:n+len(key)]) == key && cefCustomKey(src[n:n+len(key)]) {
					if l := s.cefLabel(src, n, n+len(key)); len(l) > 64 || l != nil && !bytes.Contains(src, l) {
						t.Fatalf("cefLabel(%q, %d) = %q", src, n, l)
					}
				}
			}
			onceIsTwice(t, r, src, FormatText)
		}
	})
}

// TestVicidialRecords: VICIdial's exports and API responses without a
// header are read by position, and its recording file names anywhere.
func TestVicidialRecords(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`"1795463886.6046","4204078","806","COLLECT","2026-11-23 19:52:11","1795463531","1795464026","495","SALE","52","3338105616","sbondarenko92","cust asked for callback on 8189072504","N","AGENTS","AGENT","MAIN"`,
		`"1795463886.6046","4204078","806","COLLECT","2026-11-23 19:52:11","1795463531","1795464026","495","SALE","52","[phone]","[name]","cust asked for callback on [phone]","N","AGENTS","AGENT","MAIN"`)
	f(`"1795463886.6046","4204078","806","COLLECT","2026-11-23 19:52:11","1795463531","1795464026","495","SALE","52","3338105616","1001","spoke to Maria, call back after 5pm","N","AGENTS","AGENT","MAIN"`,
		`"1795463886.6046","4204078","806","COLLECT","2026-11-23 19:52:11","1795463531","1795464026","495","SALE","52","[phone]","1001","spoke to [name], call back after 5pm","N","AGENTS","AGENT","MAIN"`)
	f(`SUCCESS: add_lead LEAD HAS BEEN ADDED - 7275551111|6666|999|193715|-4`, `SUCCESS: add_lead LEAD HAS BEEN ADDED - [phone]|6666|999|193715|-4`)
	f(`SUCCESS: update_lead LEAD HAS BEEN UPDATED - garcia.alice|3690468|959395300`, `SUCCESS: update_lead LEAD HAS BEEN UPDATED - [name]|3690468|[phone]`)
	f(`NOTICE: add_lead SCHEDULED CALLBACK ADDED - 1234|2011-09-29 12:00:01|TESTCAMP|6666|USERONLY|CALLBK`,
		`NOTICE: add_lead SCHEDULED CALLBACK ADDED - 1234|2011-09-29 12:00:01|TESTCAMP|6666|USERONLY|CALLBK`)
	f(`A|priya|C8473897|API|522|-5.00|57|6015720438||Bob||Dubois|Hauptstraße 141|||Toronto|||119881|USA|U|0000-00-00||bdubois@example.com|||3|2026-11-23 20:03:26|0||0|2540577`,
		`A|[name]|C8473897|API|522|-5.00|57|[phone]||[name]||[name]|[address]|||Toronto|||119881|USA|U|0000-00-00||[email]|||3|2026-11-23 20:03:26|0||0|2540577`)
	f(`2026-11-23 19:03:49|afischer|377212|9022479|http://10.10.10.15/RECORDINGS/MP3/20261123-190349_6015720438-all.mp3`,
		`2026-11-23 19:03:49|[name]|377212|9022479|http://10.10.10.0/RECORDINGS/MP3/20261123-190349_[phone]-all.mp3`)
	// Recording file names in any text: the number, and the agent's
	// login with it; the dialer's own user and numeric agents stay.
	f(`GET /RECORDINGS/MP3/20261123-195947_3216201076_s.fischer-all.mp3 HTTP/1.1`, `GET /RECORDINGS/MP3/20261123-195947_[phone]-all.mp3 HTTP/1.1`)
	f(`file=20101203_120000_1234567890_1000-all.wav agent=VDAD`, `file=20101203_120000_[phone]_1000-all.wav agent=VDAD`)
	f(`20261123-195947_91142925765_VDAD-all`, `20261123-195947_[phone]_VDAD-all`)
	// Look-alikes: no date, no time, too few digits.
	f(`20261323-195947_91142925765 20261123-245947_91142925765 20261123-195947_123456 x20261123-195947_91142925765`,
		`20261323-195947_91142925765 20261123-245947_91142925765 20261123-195947_123456 x20261123-195947_91142925765`)
}

// TestDialledAbroadGlued: a number after a phone label dialled with 011
// and up to 15 digits after it, glued as a dialer writes it.
func TestDialledAbroadGlued(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`prefers mobile 0118615809392133 after 6pm`, `prefers mobile [phone] after 6pm`)
	f(`prefers mobile 0115491138924382\tafter 6pm`, `prefers mobile [phone]\tafter 6pm`)
	f(`order 0118615809392133 shipped`, `order 0118615809392133 shipped`)
}

// TestSpokeToName: a call centre's note names the person talked to by
// the given name alone; a team or a place after the same words stays.
func TestSpokeToName(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`spoke to Maria, call back after 5pm`, `spoke to [name], call back after 5pm`)
	f(`talked with Olena about the invoice`, `talked with [name] about the invoice`)
	f(`spoke to Support, ticket raised; talked to Paris office`, `spoke to Support, ticket raised; talked to Paris office`)
	f(`{"date_of_birth":"0000-00-00","dob":"1985-03-14"}`, `{"date_of_birth":"0000-00-00","dob":"[birth_date]"}`)
}

// FuzzRecFullDate: a recording file name's reader matches after the time
// and inside the text, and redacting any text around one twice equals
// once.
func FuzzRecFullDate(f *testing.F) {
	f.Add("20261123-195947_3216201076_s.fischer-all.mp3")
	f.Add("20101203_120000_1234567890_1000-all.wav")
	f.Add("20261123-195947_91142925765_VDAD-all")
	f.Add("x_20261123-195947_0118615809392133_a.b.wav")
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		for i := 0; i+6 <= len(src); i++ {
			if i > 0 && isDigit(src[i-1]) {
				continue
			}
			w := i
			for w < len(src) && isDigit(src[w]) {
				w++
			}
			if h, ok := r.sc.scanRecFullDate(src, i, w); ok && (h.start != w+1 || h.end <= h.start || h.end > len(src)) {
				t.Fatalf("scanRecFullDate(%q, %d, %d) = [%d, %d)", src, i, w, h.start, h.end)
			}
		}
		for _, line := range []string{s, "GET /RECORDINGS/" + s + " HTTP/1.1", `{"filename":"` + s + `"}`} {
			onceIsTwice(t, r, []byte(line), FormatAuto)
		}
	})
}

// TestFamilyCueName: a relation before a given name and a surname
// introduces a person, as "customer" does; other words after it stay.
func TestFamilyCueName(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`spouse Tomasz O'Brien handles billing`, `spouse [name] handles billing`)
	f(`son Oliver Smith called; partner Acme Corp signed; the father process exited`,
		`son [name] called; partner Acme Corp signed; the father process exited`)
}

// TestActorName: a notification names who invited, mentioned or shared
// by a common given name (and a surname) before its verb; a product or a
// company before the same verbs stays.
func TestActorName(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"$og_title":"Aisha invited you to Example Shop","body":"Jürgen Schmidt shared a file with you"}`,
		`{"$og_title":"[name] invited you to Example Shop","body":"[name] shared a file with you"}`)
	f(`Maria has invited you; Olena wants to connect; Tomasz mentioned you in #general; Hannah Fischer sent you a message`,
		`[name] has invited you; [name] wants to connect; [name] mentioned you in #general; [name] sent you a message`)
	f(`Acme invited you to join; GitHub sent you a notification; Reminder sent yesterday; Paris wants to know`,
		`Acme invited you to join; GitHub sent you a notification; Reminder sent yesterday; Paris wants to know`)
}

// TestRouteQueryToken: a one-time link's token under a short query name
// on a verify, reset, confirm or magic-link route, also after an address
// the scan has passed; other routes' and short values stay.
func TestRouteQueryToken(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"$deeplink_path":"account/verify?email=olena%40mail.example.com&t=nc65hBY41c6vfHqGRyESHlH7"}`,
		`{"$deeplink_path":"account/verify?email=[email]&t=[secret]"}`)
	f(`GET /reset-password?k=Zx81bQpLm2n4Vt7wRs9a HTTP/1.1`, `GET /reset-password?k=[secret] HTTP/1.1`)
	f(`GET /magic_link?c=Zx81bQpLm2n4Vt7wRs9a&utm_source=mail HTTP/1.1`, `GET /magic_link?c=[secret]&utm_source=mail HTTP/1.1`)
	f(`GET /search?q=Zx81bQpLm2n4Vt7wRs9a HTTP/1.1`, `GET /search?q=Zx81bQpLm2n4Vt7wRs9a HTTP/1.1`)
	f(`GET /verify?id=12345&v=abc HTTP/1.1`, `GET /verify?id=12345&v=abc HTTP/1.1`)
	f(`GET /verifying?t=Zx81bQpLm2n4Vt7wRs9a HTTP/1.1`, `GET /verifying?t=Zx81bQpLm2n4Vt7wRs9a HTTP/1.1`)
}

// FuzzRouteQueryToken: a token route's query and a notification's actor
// in any text: no panic, twice as once.
func FuzzRouteQueryToken(f *testing.F) {
	f.Add("account/verify?email=a%40b.example&t=nc65hBY41c6vfHqGRyESHlH7", "Aisha invited you")
	f.Add("/reset-password?k=Zx81bQpLm2n4Vt7wRs9a&x=1", "Hannah Fischer shared a file")
	f.Add("/magic_link?c=Zx81bQpLm2n4Vt7wRs9a#frag", "Maria has invited you")
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, path, note string) {
		for _, line := range []string{"GET " + path + " HTTP/1.1", `{"p":"` + path + `","n":"` + note + `"}`, note + " " + path} {
			onceIsTwice(t, r, []byte(line), FormatAuto)
		}
	})
}

// TestIrishSurnamePair: a common given name and an O', D', Al- or El-
// surname are a name with no cue, as a given name and a listed surname
// are.
func TestIrishSurnamePair(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"text":"Olena O'Brien","note":"Mykola O'Connor updated the ticket"}`, `{"text":"[name]","note":"[name] updated the ticket"}`)
	f(`"2026-12-07T10:00:00Z","GET","/account/settings","Ahmed Al-Farsi","200"`, `"2026-12-07T10:00:00Z","GET","/account/settings","[name]","200"`)
	f(`Acme O'Brien Ltd; Olena O'B; Jane O'brien-x`, `Acme O'Brien Ltd; Olena O'B; Jane O'brien-x`)
}

// TestLabelledPostcode: a postcode after its label in a form's text
// rendering; other codes stay.
func TestLabelledPostcode(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Address:Street Address: 46 Smith Road City: Sydney Postal / Zip Code: 2396, Message:hi`,
		`Address:Street Address: [address] City: Sydney Postal / Zip Code: [address], Message:hi`)
	f(`Zip Code: 3344 CJ, Message:hi; Postal Code: SW1A 1AA; Postcode: 29-966`, `Zip Code: [address], Message:hi; Postal Code: [address]; Postcode: [address]`)
	f(`Promo Code: SAVE20, Error Code: 2396; Zip Code: none`, `Promo Code: SAVE20, Error Code: 2396; Zip Code: none`)
}

// FuzzLabelledPostcode: a labelled postcode's reader stays inside the
// text, and redacting a form's text twice equals once.
func FuzzLabelledPostcode(f *testing.F) {
	f.Add("Postal / Zip Code: 2396, Message:hi")
	f.Add("Zip Code: 3344 CJ")
	f.Add("PLZ: 10117 Berlin")
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		for v := 0; v <= len(src); v++ {
			if a, e, ok := labelledPostcode(src, v); ok && (a < v || e <= a || e > len(src)) {
				t.Fatalf("labelledPostcode(%q, %d) = [%d, %d)", src, v, a, e)
			}
		}
		onceIsTwice(t, r, src, FormatText)
	})
}

// onceIsTwice fails t when redacting line a second time changes what the
// first pass wrote. Lines with a line break, and lines the engine
// refuses, are skipped.
func onceIsTwice(t *testing.T, r *Redactor, line []byte, format Format) {
	t.Helper()
	if bytes.ContainsAny(line, "\n\r") {
		return
	}
	out, err := r.Redact(nil, line, format)
	if err != nil {
		return
	}
	out = bytes.Clone(out)
	again, err := r.Redact(nil, out, format)
	if err != nil || !bytes.Equal(again, out) {
		t.Fatalf("not idempotent:\n in %q\nout %q\n2nd %q (%v)", line, out, again, err)
	}
}

// TestPANUnderKey: India's PAN under a "pan" key (a card's number has no
// letters and stays a card), and a given name alone after a
// self-introduction.
func TestPANUnderKey(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"pan":"ABCPE1234F","customer_pan":"ABCPE1234G"}`, `{"pan":"[national_id]","customer_pan":"[national_id]"}`)
	f(`pan=ABCPE1234F pan_card: ABCPE1234G pan=4012888888881881`, `pan=[national_id] pan_card: [national_id] pan=[card]`)
	f(`{"span":"ABCPE1234F","japan":"ABCPE1234F","pan":"ABCPE12345"}`, `{"span":"ABCPE1234F","japan":"ABCPE1234F","pan":"ABCPE12345"}`)
	f(`{"body":"Hi it's Dmytro, my new number is 07700 900456"}`, `{"body":"Hi it's [name], my new number is [phone]"}`)
	f(`this is Olena calling; I'm Paris based; it's Monday`, `this is [name] calling; I'm Paris based; it's Monday`)
}

// TestChangeSides: the two sides of a change are read under the field
// that changed (a "name" among a person's fields, as any name key); a
// status's or a plan's change stays.
func TestChangeSides(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"changes":{"phone":{"old":"+420 601 234 567","new":"+420 777 123 456"},"name":{"old":"Jan Novák","new":"Jan Nováková"},"status":{"old":"active","new":"locked"}}}`,
		`{"changes":{"phone":{"old":"[phone]","new":"[phone]"},"name":{"old":"[name]","new":"[name]"},"status":{"old":"active","new":"locked"}}}`)
	f(`{"changes":{"last_name":{"previous":"Kowalska","current":"Nowak"},"plan":{"before":"free","after":"pro"}}}`,
		`{"changes":{"last_name":{"previous":"[name]","current":"[name]"},"plan":{"before":"free","after":"pro"}}}`)
}
