package redact

import "testing"

// TestShopAddressObjects: a shop order's "billing" and "shipping" objects
// hold the address lines themselves (WooCommerce's order webhook:
// address_1, city, postcode), and a customer's addresses come as an
// array (Magento's "addresses"): the postcode beside a street line is the
// address's, as under shipping_address. Alone, or in an object that is no
// address, a postcode-like member stays.
func TestShopAddressObjects(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"billing":{"first_name":"John","address_1":"969 Market","city":"San Francisco","postcode":"94103","country":"US"}}`,
		`{"billing":{"first_name":"[name]","address_1":"[address]","city":"San Francisco","postcode":"[address]","country":"US"}}`)
	f(`{"shipping":{"address_1":"10 Downing Street","postcode":"SW1A 2AA"}}`,
		`{"shipping":{"address_1":"[address]","postcode":"[address]"}}`)
	f(`{"addresses":[{"street":["6146 Honey Bluff Parkway"],"city":"Calder","postcode":"49628-7978"}]}`,
		`{"addresses":[{"street":["[address]"],"city":"Calder","postcode":"[address]"}]}`)
	f(`{"billing":{"plan":"pro","cycle":"monthly","seats":12}}`, `{"billing":{"plan":"pro","cycle":"monthly","seats":12}}`)
	f(`{"delivery":{"status":"sent","attempts":3,"zip":"true"}}`, `{"delivery":{"status":"sent","attempts":3,"zip":"true"}}`)
	f(`{"store":{"zip":"94103"}}`, `{"store":{"zip":"94103"}}`)
}

// TestFlatPlusQuery: in a text line of no known format (an application's
// request log, an ALB line), a URL's query string whose '+' stands for a
// space is read part by part, as the request field of an access log is:
// name=Jane+Doe is a name, phone=%2B44+20+7946+0958 a number. A '?' that
// opens no URL's query (inside a password) changes nothing.
func TestFlatPlusQuery(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`2026-12-06T10:00:00Z INFO request GET /signup?name=Jane+Doe&phone=%2B44+20+7946+0958 took 12ms`,
		`2026-12-06T10:00:00Z INFO request GET /signup?name=[name]&phone=[phone] took 12ms`)
	f(`0.037 200 200 0 57 "GET https://www.example.com:443/signup?name=Jane+Doe&city=Leeds HTTP/1.1" "curl/7.46.0"`,
		`0.037 200 200 0 57 "GET https://www.example.com:443/signup?name=[name]&city=Leeds HTTP/1.1" "curl/7.46.0"`)
	f(`redirect url=/cb?state=ok&full_name=Jane+Doe; next /a?b=1`, `redirect url=/cb?state=ok&full_name=[name]; next /a?b=1`)
	f(`redirect to https://shop.example.com/search?q=red+shoes&size=42 done`, `redirect to https://shop.example.com/search?q=red+shoes&size=42 done`)
	f(`x password=p?ss+w=rd y`, `x password=[secret] y`)
	f(`is it 1+1=2? yes+no=maybe`, `is it 1+1=2? yes+no=maybe`)
}

// TestCallbackLabel: "callback" alone names the number after it, as a
// CDR's userfield or a ticket writes it; an epoch or a count after it
// stays.
func TestCallbackLabel(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`note: callback 2015550142 asap`, `note: callback [phone] asap`)
	f(`callback 3 of 5 failed`, `callback 3 of 5 failed`)
	f(`jQuery callback 1765015200 fired`, `jQuery callback 1765015200 fired`)
}

// TestProseSecret: a credential named by the word before it in a
// sentence ("with password Tr0ub4dor&3", "Your password is Xk9#mP2vQ7",
// "with secret wJalr..."), as an application or a script echoes one. The
// word after must read as a credential (eight bytes or more, a letter and
// a digit): what people write after those words stays.
func TestProseSecret(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`login with password Tr0ub4dor&3 failed`, `login with password [secret] failed`)
	f(`Your password is Xk9#mP2vQ7`, `Your password is [secret]`)
	f(`using credential AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
		`using credential [aws_key] with secret [secret]`)
	f(`refresh token abc123def456 revoked`, `refresh token [secret] revoked`)
	f(`token expired after 3600s`, `token expired after 3600s`)
	f(`secret manager v2.1.0 started`, `secret manager v2.1.0 started`)
	f(`token 3 of 5`, `token 3 of 5`)
	f(`the password policy requires 12 characters`, `the password policy requires 12 characters`)
	f(`mypassword Tr0ub4dor&3`, `mypassword Tr0ub4dor&3`)
}

// TestWholeAddressValue: a value that is a postal address from its house
// number to its postcode (and a country) is one whatever its key
// ("old"/"new" of an address change event); a street line alone or a
// count with a comma stays.
func TestWholeAddressValue(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"old":"221B Baker Street, London NW1 6XE","new":"1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"}`,
		`{"old":"[address]","new":"[address]"}`)
	f(`{"v":"3 regions, 12500 orders","w":"10 Main Street","x":"42 Oak Avenue, Springfield"}`,
		`{"v":"3 regions, 12500 orders","w":"[address]","x":"[address]"}`)
	// The number after the street's name, the town after the postcode.
	f(`{"old":"Berliner Straße 63, 70919 Stuttgart","new":"Kalverstraat 320, 3533 HH Amsterdam"}`,
		`{"old":"[address]","new":"[address]"}`)
	f(`{"old":"ul. Piotrkowska 127, 90-001 Łódź, Poland"}`, `{"old":"[address]"}`)
	// A house number before a street's word, Japan's block and lot, a
	// number after a comma or with a flat.
	f(`{"old":"74 bis boulevard Haussmann, 69004 Lyon","new":"2-18-6 Ginza, Chuo-ku, Tokyo 104-0061"}`,
		`{"old":"[address]","new":"[address]"}`)
	f(`{"old":"Avenida Diagonal, 291, 08013 Barcelona","new":"Rua das Flores, 595, apto 75, São Paulo - SP, 01310-100"}`,
		`{"old":"[address]","new":"[address]"}`)
	f(`{"old":"al. Jerozolimskie 126/59, 00-187 Warszawa","new":"Herengracht 131-H, 1015 AA Amsterdam"}`,
		`{"old":"[address]","new":"[address]"}`)
	f(`{"a":"2-18-6 tests, 104-0061 cases","b":"Chapter 2, 3 sections","c":"10 rue, 3 pages"}`,
		`{"a":"2-18-6 tests, 104-0061 cases","b":"Chapter 2, 3 sections","c":"10 rue, 3 pages"}`)
	f(`{"v":"Release 3, build 12","w":"Hauptstraße 5","x":"Version 2, 10117 rows, 3 tables"}`,
		`{"v":"Release 3, build 12","w":"[address]","x":"Version 2, 10117 rows, 3 tables"}`)
}

// TestWholeStreetLineValue: a value that is a street line and nothing
// else (a town after a comma at most) is an address under any key, as
// marketing tools keep one in a custom field named by a number; a word and
// a number that only look like one stay.
func TestWholeStreetLineValue(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"fields":{"6":"9400 Market St","7":"Viale Monza 130","8":"3-20-13 Shibuya","9":"Calle de Alcalá 45"}}`,
		`{"fields":{"6":"[address]","7":"[address]","8":"[address]","9":"[address]"}}`)
	f(`{"cf_1":"139B Park Avenue","cf_2":"10 rue de Rivoli","cf_3":"Rua Augusta, 422","cf_4":"Hauptstr. 5","cf_5":"2-18-6 Ginza-ku"}`,
		`{"cf_1":"[address]","cf_2":"[address]","cf_3":"[address]","cf_4":"[address]","cf_5":"[address]"}`)
	f(`url=https://hooks.example.com&contact[fields][6]=9400+Market+St&contact%5Bfields%5D%5B7%5D=Kalverstraat+320&list=2`,
		`url=https://hooks.example.com&contact[fields][6]=[address]&contact%5Bfields%5D%5B7%5D=[address]&list=2`)
	// Look-alikes: a word and a number, a street's word alone before one,
	// a date before a word, a title with a number first.
	f(`{"os":"Windows 10","room":"Room 12","route":"Highway 101","via":"Via 2","ring":"Ring 3","t":"Terminal 2"}`,
		`{"os":"Windows 10","room":"Room 12","route":"Highway 101","via":"Via 2","ring":"Ring 3","t":"Terminal 2"}`)
	f(`{"d":"12-05-26 Report","e":"05-11-26 Summary","title":"5 Ways to Save","plan":"Pro 2 Seats","s":"3 Doors Down","c":"Sales, 2024"}`,
		`{"d":"12-05-26 Report","e":"05-11-26 Summary","title":"5 Ways to Save","plan":"Pro 2 Seats","s":"3 Doors Down","c":"Sales, 2024"}`)
	f(`{"a":"42 Oak Avenue, Springfield, and more text","b":"Via, 2","c":"10 Main Street is closed"}`,
		`{"a":"42 Oak Avenue, Springfield, and more text","b":"Via, 2","c":"10 Main Street is closed"}`)
}

// TestSQLInsertColumns: an INSERT with a column list in a database's log
// names each value by its column, so that a first name that no detector
// finds alone is one under first_name.
func TestSQLInsertColumns(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`2026-12-06 10:00:00,123 ERROR [main] o.h.SQL - insert into users (email, first_name, last_name) values ('jane.doe@example.com', 'Jane', 'Doe')`,
		`2026-12-06 10:00:00,123 ERROR [main] o.h.SQL - insert into users (email, first_name, last_name) values ('[email]', '[name]', '[name]')`)
	f("2026-12-06T10:00:00.000000Z\t   42 Query\tINSERT INTO `customers` (`id`,`name`,`city`) VALUES (7,'Bob Smith','York'),(8,'Ann Lee','Leeds')",
		"2026-12-06T10:00:00.000000Z\t   42 Query\tINSERT INTO `customers` (`id`,`name`,`city`) VALUES (7,'[name]','York'),(8,'[name]','Leeds')")
	f(`LOG:  statement: INSERT INTO accounts (username, dob, plan) VALUES ('jdoe', '1985-03-14', 'pro');`,
		`LOG:  statement: INSERT INTO accounts (username, dob, plan) VALUES ('[name]', '[birth_date]', 'pro');`)
	// p6spy's line: the prepared statement, then the one with its literals.
	f(`1795464145622|22|statement|connection 49|url jdbc:postgresql://db:5432/shop|insert into customers (first_name, dob) values (?, ?)|insert into customers (first_name, dob) values ('Olena', '1990-06-10')`,
		`1795464145622|22|statement|connection 49|url jdbc:postgresql://db:5432/shop|insert into customers (first_name, dob) values (?, ?)|insert into customers (first_name, dob) values ('[name]', '[birth_date]')`)
	// A postcode column beside a street line's is the address's; alone it
	// is a zone and stays.
	f(`LOG:  statement: INSERT INTO addresses (customer_id, address_line1, city, postcode, country) VALUES (515211, 'Berliner Straße 63', 'Stuttgart', '70919', 'DE')`,
		`LOG:  statement: INSERT INTO addresses (customer_id, address_line1, city, postcode, country) VALUES (515211, '[address]', 'Stuttgart', '[address]', 'DE')`)
	f(`LOG:  statement: INSERT INTO zones (name, postcode) VALUES ('north', '70919')`,
		`LOG:  statement: INSERT INTO zones (name, postcode) VALUES ('north', '70919')`)
}

// TestCookieNumberIDs: in a cookie header, a number a site numbers its
// accounts or visitors with is an id as a mixed one is, and so is Google's
// click-id cookie (numbers joined by dots); an epoch time, a compact date,
// a count and a version stay.
func TestCookieNumberIDs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Cookie: acct=882913377; lang=en; last=1700000000; d=20240101; _gcl_au=1.1.1234567890.1700000000; cart=3; v=1.2.3`,
		`Cookie: acct=[secret]; lang=en; last=1700000000; d=20240101; _gcl_au=[secret]; cart=3; v=1.2.3`)
	f(`{"headers":{"cookie":"acct=882913377; lang=de"}}`, `{"headers":{"cookie":"acct=[secret]; lang=de"}}`)
}

// TestMaskSuffixKept: a secret key's value that a detector masked in part
// on the first pass (SE0SID=A=0&000000A under a W3C cookie field: the
// cookie A's id) is left as the first pass wrote it by a second one, and a
// value with a bracketed part is read to its closing bracket.
func TestMaskSuffixKept(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	if _, err := r.Redact(nil, []byte("#Fields: date time c-ip cs(Cookie) cs-uri-query"), FormatAuto); err != nil {
		t.Fatal(err)
	}
	in := []byte("0000000000\t00000000\t0000000000.00\tSE0SID=A=0&000000A")
	once, _ := r.Redact(nil, in, FormatAuto)
	twice, _ := r.Redact(nil, once, FormatAuto)
	if string(once) != string(twice) {
		t.Fatalf("once %q, twice %q", once, twice)
	}
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`a token=a1b2c3d4[0] b`, `a token=[secret] b`)
	f(`a SE0SID=A=[secret] b`, `a SE0SID=A=[secret] b`)
}

// TestCallIDCueNamedAddress: after a Call-ID cue in text, a random word
// and a host is the call's id; an address whose local part reads as a
// person's (FuzzTextFields' planted one) is an address, as under a
// Message-ID key.
func TestCallIDCueNamedAddress(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`new request BYE call-id a84b4c76e66710@pc33.example.com from 192.0.2.7`, `new request BYE call-id a84b4c76e66710@pc33.example.com from 192.0.2.0`)
	f(`x "callid zq7planted@example.org 0000"`, `x "callid [email] 0000"`)
}
