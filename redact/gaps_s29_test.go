package redact

import "testing"

// TestDuoActionObject: Duo's administrator log names the user an action
// changed only by the "object" after the action; any other object keeps
// its value and still says what the object is.
func TestDuoActionObject(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"action":"user_update","object":"fkhan","timestamp":1700000000}`,
		`{"action":"user_update","object":"[name]","timestamp":1700000000}`)
	f(`{"action":"user_create","description":"{}","object":"fatima","username":"Ada Lovelace"}`,
		`{"action":"user_create","description":"{}","object":"[name]","username":"[name]"}`)
	f(`{"action":"admin_create","object":"jdoe@example.com"}`, `{"action":"admin_create","object":"[email]"}`)
	f(`{"action":"user.delete","object":"Jane Doe"}`, `{"action":"user.delete","object":"[name]"}`)
	// Look-alikes: an action on something else, an object before the
	// action, and Stripe's "object" that types the object.
	f(`{"action":"group_create","object":"VPN Users"}`, `{"action":"group_create","object":"VPN Users"}`)
	f(`{"action":"integration_update","object":"Microsoft RDP"}`, `{"action":"integration_update","object":"Microsoft RDP"}`)
	f(`{"action":"username_policy","object":"default"}`, `{"action":"username_policy","object":"default"}`)
	f(`{"object":"customer","name":"Jenny Rosen"}`, `{"object":"customer","name":"[name]"}`)
	f(`{"object":"invoice","action":"user_update","amount":1200}`, `{"object":"invoice","action":"user_update","amount":1200}`)
}

// TestWhatsAppMessageID: a WhatsApp message id carries the user's number
// in base64; the encoded part is masked, "wamid." stays. An id whose first
// field is no number keeps its value.
func TestWhatsAppMessageID(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// 0x1c 0x18 0x0b "16503879439" ...
	f(`{"id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA","status":"read"}`,
		`{"id":"wamid.[phone]","status":"read"}`)
	f(`msg_id=wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhgUM0VCMDRDQzA0RTc2QjA1MjIzNzYA status=delivered`,
		`msg_id=wamid.[phone] status=delivered`)
	// Look-alikes: a placeholder, an id of no number (0x1c 0x18 0x0b
	// "group-abcde").
	f(`{"id":"wamid.ID"}`, `{"id":"wamid.ID"}`)
	f(`{"id":"wamid.HBgLZ3JvdXAtYWJjZGUVAgARGBJDQjZC"}`, `{"id":"wamid.HBgLZ3JvdXAtYWJjZGUVAgARGBJDQjZC"}`)
}

// TestSQLPrefixedLiteralEmail: a prefixed SQL string literal (N”, E”)
// keeps its prefix and quotes around a masked address; an apostrophe in a
// local part (o'brien@, o”brien@ doubled in SQL) is the address's.
func TestSQLPrefixedLiteralEmail(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`INSERT INTO users (email) VALUES (N'jane.doe@example.com')`, `INSERT INTO users (email) VALUES (N'[email]')`)
	f(`VALUES (E'jane.doe@example.com', N'o''brien@example.com')`, `VALUES (E'[email]', N'[email]')`)
	f(`contact O'Brien@example.com now`, `contact [email] now`)
	f(`'o'brien@example.com'`, `'[email]'`)
	f(`to n'diaye@example.com today`, `to [email] today`)
}

// TestBankAccountNumber: a bank account's number under a key that names
// one is masked as an IBAN is; the bank's routing number and sort code,
// an AWS account number and a placeholder stay.
func TestBankAccountNumber(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"routing_number":"021000021","account_number":"000123456789","account_holder_name":"Jane Doe"}`,
		`{"routing_number":"021000021","account_number":"[iban]","account_holder_name":"[name]"}`)
	f(`{"currency":"GBP","details":{"legalType":"PRIVATE","sortCode":"231470","accountNumber":"28821822"}}`,
		`{"currency":"GBP","details":{"legalType":"PRIVATE","sortCode":"231470","accountNumber":"[iban]"}}`)
	f(`{"beneficiary":{"bank_account_number":"6222020200112233445","swift":"ICBKCNBJ"}}`,
		`{"beneficiary":{"bank_account_number":"[iban]","swift":"ICBKCNBJ"}}`)
	f(`account_number=000123456789 status=ok`, `account_number=[iban] status=ok`)
	f(`Kontonummer: 1234567890 BLZ 37040044`, `Kontonummer: [iban] BLZ 37040044`)
	f(`{"awsAccountNumber":"123456789012","account_id":"acct_1032D82eZvKYlo2C","accountNumber":"N/A"}`,
		`{"awsAccountNumber":"123456789012","account_id":"acct_1032D82eZvKYlo2C","accountNumber":"N/A"}`)
	f(`{"passport_number":"C01X00T47"}`, `{"passport_number":"[national_id]"}`)
}

// TestFormSubscriptKeys: a form field's name with subscripts (Stripe's
// card[name]=, Rails' user[email]=) is read as its last subscript, with
// its parent, anywhere in a line, not only where the line is a form body.
func TestFormSubscriptKeys(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`POST /v1/tokens card[name]=Jenny+Rosen&card[number]=4242424242424242`,
		`POST /v1/tokens card[name]=[name]&card[number]=[card]`)
	f(`x bank_account[account_holder_name]=Jenny+Rosen&bank_account[routing_number]=110000000&bank_account[account_number]=000123456789`,
		`x bank_account[account_holder_name]=[name]&bank_account[routing_number]=110000000&bank_account[account_number]=[iban]`)
	f(`x user[first_name]=Jenny&user[last_name]=Rosen`, `x user[first_name]=[name]&user[last_name]=[name]`)
	f(`params data[customer][email]=jenny%40example.com`, `params data[customer][email]=[email]`)
	f(`x billing_details[name]=Jenny+Rosen`, `x billing_details[name]=[name]`)
	// Look-alikes: a product's name, an index, a map's key, a log's
	// bracketed level and thread.
	f(`x product[name]=Widget+Pro&product[price]=1200`, `x product[name]=Widget+Pro&product[price]=1200`)
	f(`[INFO] [main] x[0]=1 arr[idx]=5 m[key]=v`, `[INFO] [main] x[0]=1 arr[idx]=5 m[key]=v`)
}

// TestDialledInternationalPrefix: under a phone key, a number dialled with
// an international prefix (00, 011) may have the 15 digits of E.164 after
// it; in free text a run of zeros stays.
func TestDialledInternationalPrefix(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`callerid=<0118615855873210>`, `callerid=<[phone]>`)
	f(`dst=0118615855873210 disposition=ANSWERED`, `dst=[phone] disposition=ANSWERED`)
	f(`dst=00861585587321012 x`, `dst=[phone] x`)
	f(`0000000(0000.00000`, `0000000(0000.00000`)
}
