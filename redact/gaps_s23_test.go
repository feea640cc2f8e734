package redact

import (
	"testing"

	"github.com/redactd/redactd/redact/textfmt"
)

// TestQueryCodesAndClickIDs: a one-time code in a reset or sign-in link,
// an ad click id in a landing page's URL, and a person's name in a form
// field's subscript under a person's key are masked; status and promo
// codes and a thing's name stay.
func TestQueryCodesAndClickIDs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`"GET /reset?email=a%40b.com&code=482913 HTTP/1.1" 200`, `"GET /reset?email=[email]&code=[secret] HTTP/1.1" 200`)
	f(`GET /verify?code=20481234&next=/home`, `GET /verify?code=[secret]&next=/home`)
	f(`GET /x?code=404&promo=1 GET /y?code=ABC123 GET /z?code=12345`, `GET /x?code=404&promo=1 GET /y?code=ABC123 GET /z?code=12345`)
	f(`status code=200 code=E1234 error_code=42`, `status code=200 code=E1234 error_code=42`)
	f(`GET /lp?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgRkT9Q&utm_source=google HTTP/1.1`,
		`GET /lp?gclid=[secret]&utm_source=google HTTP/1.1`)
	f(`/lp?fbclid=IwAR2xYzAbCdEf&msclkid=2f0b6e3c1d5a4e6f&ttclid=E.C.P.abc`, `/lp?fbclid=[secret]&msclkid=[secret]&ttclid=[secret]`)
	f(`{"page":{"url":"https://shop.example/?gclid=EAIaIQobChMI"},"gclid":"EAIaIQobChMI"}`,
		`{"page":{"url":"https://shop.example/?gclid=[secret]"},"gclid":"[secret]"}`)
	f(`billing_details[name]=Jane+Roe&shipping[name]=Jane+Roe&data[customer][name]=Jane+Roe`,
		`billing_details[name]=[name]&shipping[name]=[name]&data[customer][name]=[name]`)
	f(`product[name]=Widget&repository[name]=api&plan[name]=Pro`, `product[name]=Widget&repository[name]=api&plan[name]=Pro`)
}

// TestUnquotedDisplayNames: a display name written without quotes is
// marked by its address, in angle brackets or parentheses after it or as
// a comment after the address, whatever stands before it; a key's value
// reads on over it. A role mailbox's word and a thing's name before
// something else in parentheses stay.
func TestUnquotedDisplayNames(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`to=Jane Doe <jane@example.com>, Bob Smith <bob@example.org>`, `to=[name] <[email]>, [name] <[email]>`)
	f(`Identity: Jane Doe (jane@example.com) Allowed`, `Identity: [name] ([email]) Allowed`)
	f(`user=Jane Doe (jane@example.com) action=login`, `user=[name] ([email]) action=login`)
	f(`jane@example.com (Jane Doe)`, `[email] ([name])`)
	f(`x jane@example.com (Jane Doe), bob@example.org (Bob Smith)`, `x [email] ([name]), [email] ([name])`)
	f(`assigned to Jane Doe <jane@example.com> by admin`, `assigned to [name] <[email]> by admin`)
	f(`see Release Notes (v1.2) and Chrome <x>; 10.0.0.1 (Gateway Router)`, `see Release Notes (v1.2) and Chrome <x>; 10.0.0.0 (Gateway Router)`)
	f(`00:11:22:33:44:55 (Apple Inc)`, `[mac] (Apple Inc)`)
}

// TestQueryCodeInForm: a query read part by part (one with a '+' for a
// blank) masks its code as a query read whole does.
func TestQueryCodeInForm(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`198.51.100.7 - - [23/Nov/2026:20:01:48 +0000] "GET /cb?code=tbDcJloWI8qAEohp5dNEuMcIphAbSb2MrU4lwBZb&q=a+b HTTP/1.1" 200 1 "-" "-"`,
		`198.51.100.0 - - [23/Nov/2026:20:01:48 +0000] "GET /cb?code=[secret]&q=a+b HTTP/1.1" 200 1 "-" "-"`)
	f(`198.51.100.7 - - [23/Nov/2026:20:01:48 +0000] "GET /x?code=404&q=a+b HTTP/1.1" 200 1 "-" "-"`,
		`198.51.100.0 - - [23/Nov/2026:20:01:48 +0000] "GET /x?code=404&q=a+b HTTP/1.1" 200 1 "-" "-"`)
}

// TestLogfmtQueryTail: a logfmt key that ends a query string takes its
// last parameter's name, and the value its '+' blanks, so a number is
// found on the first pass as on the second.
func TestLogfmtQueryTail(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	if err := r.SetText(TextFields, textfmt.DefaultConfig(textfmt.Logfmt)); err != nil {
		t.Fatal(err)
	}
	f := redactsTo(t, r)
	f(`a%40b.co&phone=020+7946+0958 level=info`, `[email]&phone=[phone] level=info`)
	f(`[email]&phone=[phone] level=info`, `[email]&phone=[phone] level=info`)
	f(`x=1 a&b=c&status=200`, `x=1 a&b=c&status=200`)
}

// TestNumberedPC: a PC named after its user keeps its user's name masked
// when a number follows its word; rooms, roles and build machines stay.
func TestNumberedPC(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Q [0001   D   NOERROR] A      (13)jane-doe-pc01(4)corp(0)`, `Q [0001   D   NOERROR] A      (13)[name]-pc01(4)corp(0)`)
	f(`query: jane-doe-pc01.corp.example.com IN A`, `query: [name]-pc01.corp.example.com IN A`)
	f(`DHCPACK on 10.0.0.5 to eth0 (JSMITH-LAPTOP2) via eth0`, `DHCPACK on 10.0.0.0 to eth0 ([name]-LAPTOP2) via eth0`)
	f(`host finance-pc01 kiosk-pc3 build-pc12 jdoe-pc123 web-01 pc01`, `host finance-pc01 kiosk-pc3 build-pc12 jdoe-pc123 web-01 pc01`)
}

// TestNationalIDAnyForm: under a key that names a national id or a tax
// number of no one country, a number of another issuer's form than the
// checked ones is masked; under a key of one kind it must pass that
// kind's check, and a date or a status word stays.
func TestNationalIDAnyForm(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"national_id_number":"T22000129","nationalIdNumber":"L01X00T47","id_number":"T22000129"}`,
		`{"national_id_number":"[national_id]","nationalIdNumber":"[national_id]","id_number":"[national_id]"}`)
	f(`{"tax_id":"12/345/67890","taxId":"181/815/08155"}`, `{"tax_id":"[national_id]","taxId":"[national_id]"}`)
	f(`national_id_number=T22000129 tax_id=181/815/08155 ok`, `national_id_number=[national_id] tax_id=[national_id] ok`)
	f(`{"national_id":"N/A","tax_id":"pending","id_number":"14/03/1985","pesel":"T22000129","order_id_number":"T22000129"}`,
		`{"national_id":"N/A","tax_id":"pending","id_number":"14/03/1985","pesel":"T22000129","order_id_number":"T22000129"}`)
}

// TestCardHolderName: a payment card object's name is its holder's.
func TestCardHolderName(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"card":{"number":"4111111111111111","exp_month":12,"name":"JANE DOE","brand":"visa"}}`,
		`{"card":{"number":"[card]","exp_month":12,"name":"[name]","brand":"visa"}}`)
	f(`card[name]=Jane+Doe&card[brand]=visa`, `card[name]=[name]&card[brand]=visa`)
	f(`{"product":{"name":"Gold Rewards"}}`, `{"product":{"name":"Gold Rewards"}}`)
}

// TestDeviceNamedAfterUser: a managed fleet names phones and Macs after
// their users without a possessive, as it names PCs.
func TestDeviceNamedAfterUser(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"QueryName":"jane-doe-iphone.lan","QueryType":"A"}`, `{"QueryName":"[name]-iphone.lan","QueryType":"A"}`)
	f(`query[A] jdoe-macbook-pro.local from 10.0.0.5`, `query[A] [name]-macbook-pro.local from 10.0.0.0`)
	f(`(sales-iphone) (kids-ipad) (test-iphone) (Xs-iPad)`, `(sales-iphone) (kids-ipad) (test-iphone) (Xs-iPad)`)
}

// TestThreadNameAfterTime: a bracketed word after a log line's time is
// a thread's name (Logback's [%thread]), not a login; after an address
// and port it is OpenVPN's common name.
func TestThreadNameAfterTime(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`2026-12-06 10:00:00 [main] INFO  c.e.Auth - Login failed`, `2026-12-06 10:00:00 [main] INFO  c.e.Auth - Login failed`)
	f(`10:00:00.123 [scheduler] DEBUG run`, `10:00:00.123 [scheduler] DEBUG run`)
	f(`Sat Dec  6 10:00:01 2026 203.0.113.5:1194 [jane.doe] Peer Connection Initiated`,
		`Sat Dec  6 10:00:01 2026 203.0.113.0:1194 [[name]] Peer Connection Initiated`)
}

// TestArgsArrayNotQuery: "args" names nginx's query string, but a value
// without a '=' is none: a job's or a command's arguments are scanned as
// they are, so a number's '+' is its sign, not a blank. (A given name and
// a frequent surname are a name there too, as anywhere: gaps_s27_test.go.)
func TestArgsArrayNotQuery(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"args":["Jane Doe","jane@example.com","+14155550123"]}`, `{"args":["[name]","[email]","[phone]"]}`)
	f(`{"args":["Jane Example","jane@example.com","+14155550123"]}`, `{"args":["Jane Example","[email]","[phone]"]}`)
	f(`{"args":"phone=%2B44+20+7946+0958&x=1"}`, `{"args":"phone=[phone]&x=1"}`)
}
