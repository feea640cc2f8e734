package redact

import "testing"

// TestCronLogins: cron and crontab open their messages with the login
// whose job ran or whose crontab changed, in parentheses before a verb;
// crontab names the crontab's owner again after its verb. Service accounts,
// cron's own "(CRON) INFO" and the same shape in other programs' messages
// stay.
func TestCronLogins(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Dec  6 07:00:00 host CRON[8]: (mueller) CMD (/usr/local/bin/sync.sh)`, `Dec  6 07:00:00 host CRON[8]: ([name]) CMD (/usr/local/bin/sync.sh)`)
	f(`Dec  6 07:00:00 host crond[8]: (jane.doe) MAIL (mailed 12 bytes of output but got status 0x004b from MTA)`,
		`Dec  6 07:00:00 host crond[8]: ([name]) MAIL (mailed 12 bytes of output but got status 0x004b from MTA)`)
	f(`host crontab[9]: (jdoe) BEGIN EDIT (jdoe)`, `host crontab[9]: ([name]) BEGIN EDIT ([name])`)
	f(`host crontab[9]: (root) REPLACE (jdoe)`, `host crontab[9]: (root) REPLACE ([name])`)
	f(`{"SYSLOG_IDENTIFIER":"CRON","MESSAGE":"(jdoe) CMD (/usr/bin/true)"}`, `{"SYSLOG_IDENTIFIER":"CRON","MESSAGE":"([name]) CMD (/usr/bin/true)"}`)
	f(`host cron[8]: (root) CMD (test -x /usr/sbin/anacron)`, `host cron[8]: (root) CMD (test -x /usr/sbin/anacron)`)
	f(`host CROND[8]: (www-data) CMD (php /var/www/cron.php)`, `host CROND[8]: (www-data) CMD (php /var/www/cron.php)`)
	f(`host cron[1]: (CRON) INFO (pidfile fd = 3)`, `host cron[1]: (CRON) INFO (pidfile fd = 3)`)
	f(`host cron[1]: (*system*) RELOAD (/etc/crontab)`, `host cron[1]: (*system*) RELOAD (/etc/crontab)`)
	f(`app[3]: (value) LIST of things`, `app[3]: (value) LIST of things`)
}

// TestSalutations: a salutation names the person it greets, with a common
// given name alone ("Hi John,": it used to need a surname after it) and in
// the languages of the markets redactd reads; the words that greet no one
// stay, as does a given name and a capitalised word with no comma.
func TestSalutations(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Hello John, welcome back`, `Hello [name], welcome back`)
	f(`{"body":"Hi Maria, your driver is arriving. Call him at +44 7700 900123"}`, `{"body":"Hi [name], your driver is arriving. Call him at [phone]"}`)
	f(`sms text="Hey Alex! Your code expires soon"`, `sms text="Hey [name]! Your code expires soon"`)
	f(`Hallo Jonas, dein Paket kommt`, `Hallo [name], dein Paket kommt`)
	f(`Bonjour Marie, votre commande`, `Bonjour [name], votre commande`)
	f(`Hola Lucas, tu pedido`, `Hola [name], tu pedido`)
	f(`Liebe Frau Schmidt, danke`, `Liebe Frau [name], danke`)
	f(`Hello John Smith and welcome`, `Hello [name] and welcome`)
	f(`Hi Team, the build failed`, `Hi Team, the build failed`)
	f(`Hola Mundo! Hallo Welt! Hello World!`, `Hola Mundo! Hallo Welt! Hello World!`)
	f(`Liebe Kundin, lieber Kunde, Hallo zusammen`, `Liebe Kundin, lieber Kunde, Hallo zusammen`)
	f(`Hi there, Hello Kitty lunchbox`, `Hi there, Hello Kitty lunchbox`)
}

// TestMemberRoutes: the login after an account, member or user route is
// masked when it has a person's shape, a blog's author slug always; the
// routes' own pages, numeric ids and service accounts stay.
func TestMemberRoutes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`"GET /account/jane.doe/settings HTTP/1.1"`, `"GET /account/[name]/settings HTTP/1.1"`)
	f(`GET /accounts/j.smith GET /user/jane.doe GET /members/Anna.Kowalska/profile`, `GET /accounts/[name] GET /user/[name] GET /members/[name]/profile`)
	f(`GET /author/john-smith/ GET /blog/author/maria-garcia-lopez/page/2/`, `GET /author/[name]/ GET /blog/author/[name]/page/2/`)
	f(`GET /account/dashboard GET /user/42/edit GET /members/directory?page=2`, `GET /account/dashboard GET /user/42/edit GET /members/directory?page=2`)
	f(`GET /account/login/ GET /account/payment-methods GET /authors/admin`, `GET /account/login/ GET /account/payment-methods GET /authors/admin`)
}

// TestSearchQueryNames: people search for people, so a common given name
// and a capitalised surname typed into a search box (q, s, search, term,
// keyword...) are masked as under a key called name: in a query read part
// by part ('+' for a blank), read whole (%20), in a JSON field and in a
// referer. Searches for other things, and the same words after other
// keys, stay.
func TestSearchQueryNames(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`203.0.113.5 - - [06/Dec/2026:07:00:00 +0000] "GET /search?q=Peter%20Parker&type=people HTTP/1.1" 200 512 "-" "Mozilla/5.0"`,
		`203.0.113.0 - - [06/Dec/2026:07:00:00 +0000] "GET /search?q=[name]&type=people HTTP/1.1" 200 512 "-" "Mozilla/5.0"`)
	f(`203.0.113.5 - - [06/Dec/2026:07:00:00 +0000] "GET /?s=Maria+Garcia HTTP/1.1" 200 512 "https://www.google.com/search?q=Anna%20Kowalska%20linkedin&hl=en" "Mozilla/5.0"`,
		`203.0.113.0 - - [06/Dec/2026:07:00:00 +0000] "GET /?s=[name] HTTP/1.1" 200 512 "https://www.google.com/search?q=[name]%20linkedin&hl=en" "Mozilla/5.0"`)
	f(`{"search":"John Smith","page":2}`, `{"search":"[name]","page":2}`)
	f(`GET /x?a=1&keyword=Anna%20Kowalska`, `GET /x?a=1&keyword=[name]`)
	f(`GET /search?q=New%20York%20hotels&s=Summer+Sale GET /x?sort=Peter%20Parker`, `GET /search?q=New%20York%20hotels&s=Summer+Sale GET /x?sort=Peter%20Parker`)
	f(`x q=Peter Parker`, `x q=Peter Parker`)
}

// TestSpacedFileOwners: a person's name in a document's file name written
// with blanks (office suites' and phones' default names, SharePoint's
// audit events, quoted upload paths, %20 in URLs) is masked like one
// joined by '_'; a file name with neither a given name nor a document kind
// before its words stays, as do a name and a full stop in prose.
func TestSpacedFileOwners(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"Operation":"FileUploaded","SourceFileName":"Lebenslauf Max Mustermann.docx","ObjectId":"https://contoso.sharepoint.com/sites/HR/Shared Documents/Lebenslauf Max Mustermann.docx"}`,
		`{"Operation":"FileUploaded","SourceFileName":"Lebenslauf [name].docx","ObjectId":"https://contoso.sharepoint.com/sites/HR/Shared Documents/Lebenslauf [name].docx"}`)
	f(`uploaded "Invoice Jane Doe 2026.pdf" (532 KB)`, `uploaded "Invoice [name] 2026.pdf" (532 KB)`)
	f(`GET /files/Lebenslauf%20Max%20Mustermann.pdf`, `GET /files/Lebenslauf%20[name].pdf`)
	f(`scan "Anna Maria Kowalska.pdf" and "Passport Scan Hans Mueller (1).jpg"`, `scan "[name].pdf" and "Passport Scan [name] (1).jpg"`)
	f(`opened "Quarterly Report Q3.xlsx" and "Meeting Notes John.docx"`, `opened "Quarterly Report Q3.xlsx" and "Meeting Notes John.docx"`)
	f(`Mozilla/5.0 (Windows NT 10.0; Win64; x64) Thanks Anna. Ok`, `Mozilla/5.0 (Windows NT 10.0; Win64; x64) Thanks Anna. Ok`)
}

// TestBirthDateLabels: a date of birth after DOB, birthdate or birthday
// and a blank (clinical and HR label-and-value lines), and after the
// last word of a label written with blanks in French, Spanish, Italian,
// Portuguese or Polish, is masked; the same words before a count stay.
func TestBirthDateLabels(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`patient MRN 00482913 DOB 03/14/1985 admitted`, `patient MRN [national_id] DOB [birth_date] admitted`) // the MRN since session 36
	f(`birthdate 1985-03-14 Birthday 14.03.1985`, `birthdate [birth_date] Birthday [birth_date]`)
	f(`date de naissance : 14/03/1985; fecha de nacimiento: 14/03/1985`, `date de naissance : [birth_date]; fecha de nacimiento: [birth_date]`)
	f(`dob 12 items, Birthday 3 days ago, the dob field is 1985`, `dob 12 items, Birthday 3 days ago, the dob field is 1985`)
}

// TestPersonLabels: a word that introduces a person works as a label
// with a colon too ("emergency contact: Maria Rossi"); other labels
// before capitalised words stay (but for a given name and a frequent
// surname, a name without any cue: gaps_s27_test.go).
func TestPersonLabels(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`emergency contact: Maria Rossi, +39 347 123 4567`, `emergency contact: [name], [phone]`)
	f(`Customer: Olga Petrenko (ID 55123) caller: John Smith`, `Customer: [name] (ID 55123) caller: [name]`)
	f(`to: New York for: Google Chrome Dear: John status: Maria Example`, `to: New York for: Google Chrome Dear: John status: Maria Example`)
}

// TestSQLValuesEveryNameColumn: every literal of an INSERT under a name
// or login column is masked, not only the first (a scan that resumes
// after the first cannot see the column list; the scanner keeps the
// others), and what stands between them is scanned as usual.
func TestSQLValuesEveryNameColumn(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`o.h.SQL - insert into customer (first_name, last_name, phone) values ('Olga', 'Petrenko', '+380 44 123 4567')`,
		`o.h.SQL - insert into customer (first_name, last_name, phone) values ('[name]', '[name]', '[phone]')`)
	f(`INSERT INTO users (id, username, email, full_name, city) VALUES (7, 'jane.doe', 'jane@example.com', 'Jane Doe', 'Lviv');`,
		`INSERT INTO users (id, username, email, full_name, city) VALUES (7, '[name]', '[email]', '[name]', 'Lviv');`)
	f(`INSERT INTO t (first_name, last_name) VALUES ('Olga', 'Petrenko'); INSERT INTO t (first_name, last_name) VALUES ('Anna', 'Kowalska')`,
		`INSERT INTO t (first_name, last_name) VALUES ('[name]', '[name]'); INSERT INTO t (first_name, last_name) VALUES ('[name]', '[name]')`)
	f(`{"sql":"INSERT INTO t (first_name, last_name, note) VALUES ('Olga', 'Petrenko', 'from 203.0.113.7')"}`,
		`{"sql":"INSERT INTO t (first_name, last_name, note) VALUES ('[name]', '[name]', 'from 203.0.113.0')"}`)
	f(`INSERT INTO t (code, city) VALUES ('A1', 'Lviv')`, `INSERT INTO t (code, city) VALUES ('A1', 'Lviv')`)
}

// TestUserWordsAndIDsOtherLanguages: "user" in German, French, Spanish and
// Italian messages announces a login as it does in English, with the same
// tests after it (a person's shape, or an address or a login verb after
// it); their words for unknown stay. Personal numbers of more issuers
// (Denmark's CPR, Sweden's personnummer, Switzerland's AHV, the JMBG...)
// are masked under their keys in any form of digits.
func TestUserWordsAndIDsOtherLanguages(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"log":"Anmeldung fehlgeschlagen für Benutzer m.schneider von 192.0.2.33"}`, `{"log":"Anmeldung fehlgeschlagen für Benutzer [name] von 192.0.2.0"}`)
	f(`{"message":"Utilisateur jean.dupont connecté depuis 192.0.2.34"}`, `{"message":"Utilisateur [name] connecté depuis 192.0.2.0"}`)
	f(`{"message":"Usuario jperez inició sesión desde 192.0.2.35"}`, `{"message":"Usuario [name] inició sesión desde 192.0.2.0"}`)
	f(`Utente mario.rossi ha effettuato l'accesso`, `Utente [name] ha effettuato l'accesso`)
	f(`Usuario desconocido; Utilisateur inconnu; Benutzer unbekannt; Usuario admin inició sesión`, `Usuario desconocido; Utilisateur inconnu; Benutzer unbekannt; Usuario admin inició sesión`)
	f(`{"cpr":"010190-1234","personnummer":"19900101-1234","ahv":"756.1234.5678.97","jmbg":"0101990710006"}`,
		`{"cpr":"[national_id]","personnummer":"[national_id]","ahv":"[national_id]","jmbg":"[national_id]"}`)
	f(`cpr=010190-1234 personnummer: 19900101-1234`, `cpr=[national_id] personnummer: [national_id]`)
	f(`{"sin":"12","cpr":"n/a","cosine":"0.12345678901"}`, `{"sin":"12","cpr":"n/a","cosine":"0.12345678901"}`)
}

// TestAsteriskCallerFunctions: the value a dialplan's Set() gives a
// party's name or number, as Asterisk's verbose log prints it, is masked
// by what the function's argument says it is; an expression (a dialplan
// listing) stays.
func TestAsteriskCallerFunctions(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`[2026-12-06 07:00:00] VERBOSE[1234][C-00000012] pbx.c: Executing [s@from-trunk:1] Set("PJSIP/trunk-0000001a", "CALLERID(name)=Max Mustermann") in new stack`,
		`[2026-12-06 07:00:00] VERBOSE[1234][C-00000012] pbx.c: Executing [s@from-trunk:1] Set("PJSIP/trunk-0000001a", "CALLERID(name)=[name]") in new stack`)
	f(`Set("PJSIP/x", "CALLERID(num)=0612345678") Set(CONNECTEDLINE(name)=Anna Schmidt) Set("x", "REDIRECTING(from-num)=+4930123456")`,
		`Set("PJSIP/x", "CALLERID(num)=[phone]") Set(CONNECTEDLINE(name)=[name]) Set("x", "REDIRECTING(from-num)=[phone]")`)
	f(`Set(CALLERID(name)=${DB(cidname/${CALLERID(num)})}) Set(CALLERID(num)=${CALLERID(num):1}) Set(CALLERID(name)=)`,
		`Set(CALLERID(name)=${DB(cidname/${CALLERID(num)})}) Set(CALLERID(num)=${CALLERID(num):1}) Set(CALLERID(name)=)`)
}

// TestRecordingNamesOtherSchemes: a call recording's file name under a
// recording key holds the parties' numbers in schemes other than
// FreePBX's too; dates, Unix times, unique ids and the other detectors'
// findings in a recording's URL are read as before.
func TestRecordingNamesOtherSchemes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"recording":"rec-20261206-0612345678.wav"}`, `{"recording":"rec-20261206-[phone].wav"}`)
	f(`{"recordingfile":"2026/12/06/rec_4930123456_20261206.mp3"}`, `{"recordingfile":"2026/12/06/rec_[phone]_20261206.mp3"}`)
	f(`{"recording":"1733468400.123-+4930123456.wav"}`, `{"recording":"1733468400.123-[phone].wav"}`)
	f(`{"recording_url":"https://u:secretpw@rec.example.com/20261206/call-0612345678.wav"}`, `{"recording_url":"https://u:[secret]@rec.example.com/20261206/call-[phone].wav"}`)
	f(`{"recording":true,"recording_url":"https://api.example.com/recordings/RE1234567890abcdef1234567890abcdef.mp3"}`,
		`{"recording":true,"recording_url":"https://api.example.com/recordings/RE1234567890abcdef1234567890abcdef.mp3"}`)
	f(`{"recording":"20261206070000-1733468400.12.wav"}`, `{"recording":"20261206070000-1733468400.12.wav"}`)
}

// TestPersonKeysAsCues: a key that holds a person (customer, patient,
// owner...) is a cue for a given name and a surname in its value, in JSON
// and in text, as a key called name is; a compound given name (Jean-Pierre)
// is a given name. Ids and products under such keys stay.
func TestPersonKeysAsCues(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`x=1 customer="Fatima Hassan" y=2 customer="Anna Al-Sayed"`, `x=1 customer="[name]" y=2 customer="[name]"`)
	f(`{"customer":"Fatima Al-Sayed","patient":"Anna Kowalska","ward":"4B"}`, `{"customer":"[name]","patient":"[name]","ward":"4B"}`)
	f(`patient: Anna Kowalska; approved by Jean-Pierre Dupont`, `patient: [name]; approved by [name]`)
	f(`{"customer":"cus_9f8e7d","driver":"Google Chrome"} client="Mozilla Firefox"`, `{"customer":"cus_9f8e7d","driver":"Google Chrome"} client="Mozilla Firefox"`)
}

// TestPathTokens: the one-time token of a password reset, an invitation
// or an activation link in a URL's path is masked as a secret; the
// routes' own pages and an asset's hashed name stay.
func TestPathTokens(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`GET /reset/4f9a2c1e8b7d6a5f4e3d2c1b0a998877 HTTP/1.1`, `GET /reset/[secret] HTTP/1.1`)
	f(`GET /password/reset/Zx8kQ2mN7pLr4TvW9yB1cD3e?x=1 GET /invite/AbCdEf1234567890XyZ`, `GET /password/reset/[secret]?x=1 GET /invite/[secret]`)
	f(`{"link":"https://app.example.com/activate/7f3e9a2b-1c4d-4e5f-8a9b-0c1d2e3f4a5b"}`, `{"link":"https://app.example.com/activate/[secret]"}`)
	f(`GET /assets/4f9a2c1e8b7d6a5f4e3d2c1b0a998877.js GET /reset/password GET /verify/email-confirmation-page`,
		`GET /assets/4f9a2c1e8b7d6a5f4e3d2c1b0a998877.js GET /reset/password GET /verify/email-confirmation-page`)
}

// TestIDKeysKeepAddresses: a Call-ID's or a Message-ID's "@host" makes no
// e-mail address when its word reads as random, but a person's address
// under such a key (mid=, message_id, written by hand or by a filter) is
// still masked.
func TestIDKeysKeepAddresses(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`mid=jane@example.org mid= zq7planted@example.org`, `mid=[email] mid= [email]`)
	f(`{"call_id":"a84b4c76e66710@pc33.example.com","message_id":"john.smith1985@gmail.com"}`, `{"call_id":"a84b4c76e66710@pc33.example.com","message_id":"[email]"}`)
	f(`mid=<CAF=abc123@mail.gmail.com> message_id=<20261123.4321@mx.example.com>`, `mid=<CAF=abc123@mail.gmail.com> message_id=<20261123.4321@mx.example.com>`)
	f(`callid=3c26700b9f2f-ynnx8hpmf1nx@snom370-000413230A17`, `callid=3c26700b9f2f-ynnx8hpmf1nx@snom370-000413230A17`)
}
