package redact

import "testing"

// TestBankAccountObjects: an account's number inside a bank account's
// object takes the object's key: Open Banking's DebtorAccount and
// CreditorAccount Identification, Plaid's numbers by payment rail, a
// CLABE; the names of ISO 20022's ultimate parties. Routing numbers,
// sort codes, scheme names and amounts stay.
func TestBankAccountObjects(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"DebtorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"11280001234567","Name":"Jane Smith"},"InstructedAmount":{"Amount":"165.88","Currency":"GBP"}}`,
		`{"DebtorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"[iban]","Name":"[name]"},"InstructedAmount":{"Amount":"165.88","Currency":"GBP"}}`)
	f(`{"numbers":{"ach":[{"account":"1111222233330000","account_id":"vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D","routing":"011401533"}],"bacs":[{"account":"31926819","sort_code":"601613"}],"eft":[{"account":"111122223333","institution":"021","branch":"01140"}]}}`,
		`{"numbers":{"ach":[{"account":"[iban]","account_id":"vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D","routing":"011401533"}],"bacs":[{"account":"[iban]","sort_code":"601613"}],"eft":[{"account":"[iban]","institution":"021","branch":"01140"}]}}`)
	f(`spei transfer clabe=032180000118359719 amount=1500.00`, `spei transfer clabe=[iban] amount=1500.00`)
	f(`{"ultimateDebtor":"Max Mustermann","ultimate_creditor":"Erika Mustermann","endToEndId":"E2E-20261207-0001"}`,
		`{"ultimateDebtor":"[name]","ultimate_creditor":"[name]","endToEndId":"E2E-20261207-0001"}`)
	// Look-alikes: an account object of a SaaS API, a status under a
	// rail, a secondary identification too short to be a number.
	f(`{"account":{"id":"acct_1032D82eZvKYlo2C","name":"Acme"},"ach":"enabled"}`, `{"account":{"id":"acct_1032D82eZvKYlo2C","name":"Acme"},"ach":"enabled"}`)
	f(`{"CreditorAccount":{"SecondaryIdentification":"0002"}}`, `{"CreditorAccount":{"SecondaryIdentification":"0002"}}`)
}

// TestVehicleAndHealthNumbers: a VIN under its key, the NHS number and
// Medicare number under theirs or after their names in text, India's PAN
// after "PAN" when the value has its shape.
func TestVehicleAndHealthNumbers(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"vin":"1HGCM82633A004352","vehicle_vin":"WVWZZZ1JZXW000001","model_year":2019}`,
		`{"vin":"[national_id]","vehicle_vin":"[national_id]","model_year":2019}`)
	f(`vehicle registered VIN: 1HGCM82633A004352 odometer=120553`, `vehicle registered VIN: [national_id] odometer=120553`)
	f(`{"nhs":"9434765919","medicare":"2123456701","chi":"0101010000"}`,
		`{"nhs":"[national_id]","medicare":"[national_id]","chi":"[national_id]"}`)
	f(`referral NHS 943 476 5919, Medicare 2123 45670 1`, `referral NHS [national_id], Medicare [national_id]`)
	f(`KYC ok PAN ABCPE1234F aadhaar verified`, `KYC ok PAN [national_id] aadhaar verified`)
	f(`pan: AAAPZ1234C`, `pan: [national_id]`)
	// Look-alikes: an NHS trust's code, a VIN key's status, a card's PAN
	// (the card detector's), a word of that shape without the label.
	f(`NHS trust RJ1 visits=12`, `NHS trust RJ1 visits=12`)
	f(`{"vin":"pending"}`, `{"vin":"pending"}`)
	f(`PAN 4111111111111111`, `PAN [card]`)
	f(`order ABCPE1234F shipped`, `order ABCPE1234F shipped`)
	f(`SPAN ABCPE1234F`, `SPAN ABCPE1234F`)
}

// TestTTYLoginColumn: last, lastb, who and w open a line with the login
// before the terminal; a service account stays.
func TestTTYLoginColumn(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`jdoe     pts/0        203.0.113.45     Mon Dec  7 01:02   still logged in`,
		`[name]     pts/0        203.0.113.0     Mon Dec  7 01:02   still logged in`)
	f("mwong    pts/1        2026-12-07 01:02 (203.0.113.45)\nkpatel   pts/2        2026-12-07 01:05 (198.51.100.7)",
		"[name]    pts/1        2026-12-07 01:02 (203.0.113.0)\n[name]   pts/2        2026-12-07 01:05 (198.51.100.0)")
	f(`{"message":"mike.w   pts/4    198.51.100.2    01:02    0.00s  0.04s  0.00s w"}`,
		`{"message":"[name]   pts/4    198.51.100.0    01:02    0.00s  0.04s  0.00s w"}`)
	// Look-alikes: root and the boot record, a word that does not open
	// the line, a pts word not after a login.
	f(`root     pts/1        10.0.0.5         Mon Dec  7 00:01 - 00:10  (00:09)`,
		`root     pts/1        10.0.0.0         Mon Dec  7 00:01 - 00:10  (00:09)`)
	f(`reboot   system boot  6.1.0-13-amd64   Mon Dec  7 00:00   still running`,
		`reboot   system boot  6.1.0-13-amd64   Mon Dec  7 00:00   still running`)
	f(`session 4 on pts/3 closed`, `session 4 on pts/3 closed`)
}

// TestCryptoWallets: Bitcoin and Ethereum addresses anywhere, by their
// checks; hashes, failed checksums and the null address stay.
func TestCryptoWallets(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`payout created wallet=0x52908400098527886E0F7030069857D2E4169EE7 amount=0.5 ETH`,
		`payout created wallet=[crypto_wallet] amount=0.5 ETH`)
	f(`deposit from 1BoatSLRHtKNngkdXEeobR76b53LETtpyT to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy`,
		`deposit from [crypto_wallet] to [crypto_wallet]`)
	f(`{"to":"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq","alt":"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"}`,
		`{"to":"[crypto_wallet]","alt":"[crypto_wallet]"}`)
	f(`taproot bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297 ok`, `taproot [crypto_wallet] ok`)
	f(`/api/v1/address/1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa/balance`, `/api/v1/address/[crypto_wallet]/balance`)
	// Look-alikes: a checksum off by one character, the null address, a
	// transaction hash, a SHA-1 without 0x, mixed case bech32, an id
	// glued by '_'.
	for _, keep := range []string{
		`from 1BoatSLRHtKNngkdXEeobR76b53LETtpyA`,
		`to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp`,
		`to 0x0000000000000000000000000000000000000000`,
		`txid=0x4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b`,
		`commit 52908400098527886e0f7030069857d2e4169ee7`,
		`to bc1qAr0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq`,
		`ref=wallet_1BoatSLRHtKNngkdXEeobR76b53LETtpyT`,
	} {
		f(keep, keep)
	}
	// Off, the detector finds nothing.
	o := DefaultOptions()
	o.Detectors[DetCrypto].Enabled = false
	g := redactsTo(t, mustEngine(t, o).NewRedactor())
	g(`wallet=0x52908400098527886E0F7030069857D2E4169EE7`, `wallet=0x52908400098527886E0F7030069857D2E4169EE7`)
}
