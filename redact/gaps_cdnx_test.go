package redact

import "testing"

// TestIDPairNotCard: Adobe Analytics' data feeds write a 128-bit visitor
// or hit id as two unsigned 64-bit numbers in adjacent columns
// (visid_high, visid_low); one that passes the Luhn check and starts
// like a 19-digit Visa is still an id. A card number alone, or beside a
// short number, is a card.
func TestIDPairNotCard(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("1795464016\t7766409096355455073\t4361922131325482339\t2001:db8:180a:6d51::e808:c432",
		"1795464016\t7766409096355455073\t4361922131325482339\t2001:db8:180a::")
	f("4361922131325482339\t12867905255604071558\t6", "4361922131325482339\t12867905255604071558\t6")
	f(`"7766409096355455073","4361922131325482339"`, `"7766409096355455073","4361922131325482339"`)
	f("card 4361922131325482339 declined", "card [card] declined")
	f("4111111111111111\t1795464016", "[card]\t1795464016")
	f("4361922131325482339\t42", "[card]\t42")
}

// TestUploadIDSecret: a resumable upload's session id (Google Cloud
// Storage's upload_id) lets whoever holds the session URI write the
// object; a numeric upload_id is an application's row id.
func TestUploadIDSecret(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`POST /upload/storage/v1/b/acme/o?uploadType=resumable&name=a.csv&upload_id=ADPycdNI-sy6-0Ifiqy6l2q13f4nKHKPbXiANZu2O2fT7Y6Qo-ZbVwdnC3wEaeyfT4 200`,
		`POST /upload/storage/v1/b/acme/o?uploadType=resumable&name=a.csv&upload_id=[secret] 200`)
	f(`GET /files?upload_id=1234 200`, `GET /files?upload_id=1234 200`)
}
