package redact

import (
	"encoding/json"
	"testing"
)

// TestGapsPlatform covers shapes that reached the archive from real
// application and platform logs: PostgreSQL's DETAIL lines echoing a key
// or a failing row, identity documents named in prose, members in URL
// paths, names in upload file names, journald's byte arrays and street
// lines in prose. Each has its look-alikes beside it.
func TestGapsPlatform(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// PostgreSQL: a failing row's values, a unique key's values.
	f(`DETAIL:  Failing row contains (42, jane.doe@example.com, Jane, Doe, +44 20 7946 0123, 1987-03-14, t, 2026-11-23 20:00:01+00).`,
		`DETAIL:  Failing row contains (42, [name], t, 2026-11-23 20:00:01+00).`)
	f(`DETAIL:  Failing row contains (21438, Jane, (067) 667-46-87, null).`, `DETAIL:  Failing row contains (21438, [name], null).`)
	f(`DETAIL:  Failing row contains (7, active, EUR, 19.99, null, 2026-11-23 20:00:01+00, 8f3c5d9e-1a2b-4c3d-9e8f-7a6b5c4d3e2f).`,
		`DETAIL:  Failing row contains (7, active, EUR, 19.99, null, 2026-11-23 20:00:01+00, 8f3c5d9e-1a2b-4c3d-9e8f-7a6b5c4d3e2f).`)
	f(`DETAIL:  Key (first_name, last_name)=(Jane, Doe) already exists.`, `DETAIL:  Key (first_name, last_name)=([name]) already exists.`)
	f(`DETAIL:  Key (tenant_id, email)=(42, jane@example.com) already exists.`, `DETAIL:  Key (tenant_id, email)=(42, [email]) already exists.`)
	f(`DETAIL:  Key (username)=(jane.doe) already exists.`, `DETAIL:  Key (username)=([name]) already exists.`)
	f(`DETAIL:  Key (username)=(admin) already exists.`, `DETAIL:  Key (username)=(admin) already exists.`)
	f(`DETAIL:  Key (user_id)=(42) is not present in table "users".`, `DETAIL:  Key (user_id)=(42) is not present in table "users".`)
	f(`{"detail":"Key (phone)=(+44 20 7946 0123) already exists."}`, `{"detail":"Key (phone)=([phone]) already exists."}`)
	f(`the row contains (1, 2) and Key (a)=(b)`, `the row contains (1, 2) and Key (a)=(b)`)

	// Identity documents in prose.
	f(`kyc: passport no. X1234567 accepted`, `kyc: passport no. [national_id] accepted`)
	f(`verification failed: passport number: C01X00T47 expired`, `verification failed: passport number: [national_id] expired`)
	f(`checked driver's licence D1234-5678 against DVLA`, `checked driver's licence [national_id] against DVLA`)
	f(`Driver license number S123-4567-8901 (state IL)`, `Driver license number [national_id] (state IL)`)
	f(`passport expired on 2030-01-01; passport no. on file; licence 2 of 5; passport photo /img/a.png`,
		`passport expired on 2030-01-01; passport no. on file; licence 2 of 5; passport photo /img/a.png`)

	// Members in URL paths and users in home directories.
	f(`GET /u/jdoe HTTP/1.1`, `GET /u/[name] HTTP/1.1`)
	f(`GET /~jdoe/index.html HTTP/1.1`, `GET /~[name]/index.html HTTP/1.1`)
	f(`path="/@jane.doe" host=x`, `path="/@[name]" host=x`)
	f(`"referrer":"https://shop.example.com/profile/tomasz_fischer/settings"`, `"referrer":"https://shop.example.com/profile/[name]/settings"`)
	f(`GET /node_modules/@babel/core/lib/index.js /@vite/client /mail/u/0/#inbox /profile/settings /u/settings ~/.ssh /~root/`,
		`GET /node_modules/@babel/core/lib/index.js /@vite/client /mail/u/0/#inbox /profile/settings /u/settings ~/.ssh /~root/`)
	f(`open C:\Users\nick\AppData\x.tmp and C:\Users\nowak.emily\Desktop`, `open C:\Users\[name]\AppData\x.tmp and C:\Users\[name]\Desktop`)
	f(`open /Users/jane.doe/Library/Logs/x.log`, `open /Users/[name]/Library/Logs/x.log`)
	f(`line one\nline two`, `line one\nline two`)

	// Names in file names.
	f(`stored invoice_Jane_Doe_2026.pdf size=12345`, `stored invoice_[name]_2026.pdf size=12345`)
	f(`stored CV-Jane-Doe.docx`, `stored CV-[name].docx`)
	f(`stored Scan_Max_Mustermann.pdf`, `stored Scan_[name].pdf`)
	f(`stored Contract-Pierre-Dubois.pdf`, `stored Contract-[name].pdf`)
	f(`stored Scan_Sean_OBrien.pdf CV-Mary-McDonald.docx`, `stored Scan_[name].pdf CV-[name].docx`)
	f(`stored Release_Notes_2026.pdf Quarterly_Report.xlsx Meeting_Minutes_2026-11.docx CV_Template_Final.docx Hello_World.go IMG_1234.JPG`,
		`stored Release_Notes_2026.pdf Quarterly_Report.xlsx Meeting_Minutes_2026-11.docx CV_Template_Final.docx Hello_World.go IMG_1234.JPG`)

	// journalctl -o json: a MESSAGE that is not UTF-8, as its bytes.
	f(`{"MESSAGE":[72,105,32,106,97,110,101,64,101,120,97,109,112,108,101,46,99,111,109,32,252],"_PID":"1"}`,
		`{"MESSAGE":[72,105,32,91,101,109,97,105,108,93,32,252],"_PID":"1"}`)
	f(`{"MESSAGE":[72,101,108,108,111,32,119,111,114,108,100],"data":[106,97,110,101,64,101,120,97,109,112,108,101,46,99,111,109],"PORTS":[80,443,8080,256,1,2,3,4]}`,
		`{"MESSAGE":[72,101,108,108,111,32,119,111,114,108,100],"data":[106,97,110,101,64,101,120,97,109,112,108,101,46,99,111,109],"PORTS":[80,443,8080,256,1,2,3,4]}`)

	// API Gateway's authorizer claims: Cognito's namespaced names.
	f(`{"authorizer":{"claims":{"cognito:username":"jdoe","custom:phone_number":"+447700900123","cognito:groups":"admins","token_use":"id"}}}`,
		`{"authorizer":{"claims":{"cognito:username":"[name]","custom:phone_number":"[phone]","cognito:groups":"admins","token_use":"id"}}}`)

	// Street lines in prose.
	f(`order 1234 shipping to 221B Baker Street, London NW1 6XE`, `order 1234 shipping to [address]`)
	f(`label created, ship to 1600 Amphitheatre Pkwy, Mountain View, CA 94043`, `label created, ship to [address]`)
	f(`Lieferadresse: Hauptstraße 5, 10115 Berlin`, `Lieferadresse: [address] Berlin`)
	f(`Anschrift: Unter den Linden 77, 10117 Berlin`, `Anschrift: [address] Berlin`)
	f(`scaled to 3 Replicas Total; upgraded to 2 Nodes; to 3 items; moved to 10 Downing, next`,
		`scaled to 3 Replicas Total; upgraded to 2 Nodes; to 3 items; moved to 10 Downing, next`)
}

// FuzzGapsParsers runs the readers this file's shapes added on arbitrary
// input: journald's byte arrays (the record stays JSON, the array an
// array of bytes, and redacting twice changes nothing) and PostgreSQL's
// key and row lists (no panic, idempotent).
func FuzzGapsParsers(f *testing.F) {
	f.Add([]byte("Hi jane@example.com \xfc"), "(first_name, last_name)=(Jane, Doe) already exists.")
	f.Add([]byte("Failing row contains (42, Jane, (067) 667-46-87, 1987-03-14)."), "(a, b)=(x, y, z) is not")
	f.Add([]byte{0, 255, 1, 200}, "()=()")
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, msg []byte, detail string) {
		rec := []byte(`{"MESSAGE":[`)
		for k, c := range msg {
			if k > 0 {
				rec = append(rec, ',')
			}
			rec = appendUint8(rec, c)
		}
		rec = append(rec, `],"_PID":"1"}`...)
		out, err := r.Redact(nil, rec, FormatJSON)
		if err != nil {
			return
		}
		if !json.Valid(out) {
			t.Fatalf("invalid JSON %q from %q", out, rec)
		}
		var v struct{ MESSAGE []int }
		if err := json.Unmarshal(out, &v); err != nil {
			t.Fatalf("MESSAGE is no array of bytes: %q (%v)", out, err)
		}
		for _, c := range v.MESSAGE {
			if c < 0 || c > 255 {
				t.Fatalf("MESSAGE holds %d: %q", c, out)
			}
		}
		again, _ := r.Redact(nil, out, FormatJSON)
		if string(again) != string(out) {
			t.Fatalf("twice differs from once:\n once  %q\n twice %q", out, again)
		}
		for _, text := range []string{"DETAIL:  Key " + detail, "DETAIL:  Failing row contains " + detail} {
			once, err := r.Redact(nil, []byte(text), FormatText)
			if err != nil {
				continue
			}
			twice, _ := r.Redact(nil, once, FormatText)
			if string(twice) != string(once) {
				t.Fatalf("twice differs from once:\n once  %q\n twice %q", once, twice)
			}
		}
	})
}
