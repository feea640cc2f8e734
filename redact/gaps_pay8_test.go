package redact

import "testing"

// TestPay8SchoolIDs: a school's number for its student under the keys
// LMSs write it with (SIS ids, IMS LIS's person sourcedId), an access
// control system's badge; course and account ids beside them stay.
func TestPay8SchoolIDs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"sis_user_id":"S4011745","user_id":54367}`, `{"sis_user_id":"[national_id]","user_id":54367}`)
	f(`{"userName":"x","studentId":"S3231866"}`, `{"userName":"x","studentId":"[national_id]"}`)
	f(`roles=Learner&lis_person_sourcedid=S2910465&context_id=4711`, `roles=Learner&lis_person_sourcedid=[national_id]&context_id=4711`)
	f(`Cardholder="x" Badge="004512" SerialNumber="884352"`, `Cardholder="[name]" Badge="[national_id]" SerialNumber="884352"`)
	// A course's or a context's number stays.
	f(`{"course_id":"48054","context_id":"e2fe0f74ce9ea1a2911628a4d2e5292388c20dc6"}`, `{"course_id":"48054","context_id":"e2fe0f74ce9ea1a2911628a4d2e5292388c20dc6"}`)
	f(`{"badge_count":3,"badge":"gold"}`, `{"badge_count":3,"badge":"gold"}`)
}

// TestPay8LMSNames: IMS LIS person names in an LTI launch, Canvas's
// sortable_name and the login ids beside the account's number.
func TestPay8LMSNames(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`lis_person_name_family=Kovalenko&lis_person_name_given=Olena&roles=Learner`, `lis_person_name_family=[name]&lis_person_name_given=[name]&roles=Learner`)
	f(`{"sortable_name":"Schmidt, Tomasz","id":54367}`, `{"sortable_name":"[name]","id":54367}`)
	f(`custom_canvas_user_id=12480&custom_canvas_user_login_id=okovalenko&ext_roles=x`, `custom_canvas_user_id=12480&custom_canvas_user_login_id=[name]&ext_roles=x`)
	f(`{"login_id":"jane.doe","id":5}`, `{"login_id":"[name]","id":5}`)
	// A service's login stays, and so does an id under a login key.
	f(`{"login_id":"svc-backup"}`, `{"login_id":"svc-backup"}`)
	f(`{"loginId":"4711"}`, `{"loginId":"4711"}`)
}

// TestPay8Tracks: a card's number in track 1 after its format code, in a
// track 2 equivalent with its D separator (EMV tag 57, DE 35 in hex) and
// padded with F in BCD (EMV tag 5A); masked numbers, AIDs, cryptograms
// and hex digests stay.
func TestPay8Tracks(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// jPOS's DE 45: the whole track is the secret (TestS37ISOFields);
	// elsewhere track 1 is read by its parts.
	f(`<field id="45" value="B4111111111111111^DOE/JANE^2512101000000"/>`, `<field id="45" value="[secret]"/>`)
	f(`track1=B4111111111111111^DOE/JANE^2512101000000 ok`, `track1=B[card]^[name]^2512101000000 ok`)
	f(`{"track1":"B5413330089010434^X^25121010000"}`, `{"track1":"B[card]^X^25121010000"}`)
	f(`[EMV] 57 13 4761739001010010D25122011143804400000F`, `[EMV] 57 13 [card]`)
	f(`DE035: 5413330089010434D2512201123456789`, `DE035: [card]`)
	f(`[EMV] 5A 08 378282246310005F`, `[EMV] 5A 08 [card]F`)
	// Look-alikes.
	f(`pan=411111******1111 aid=A0000000031010 9F26 08 DD28185B9F3BBB2C`, `pan=411111******1111 aid=A0000000031010 9F26 08 DD28185B9F3BBB2C`)
	f(`BUILD4111111111111111^x`, `BUILD4111111111111111^x`)
	f(`B4111111111111112^x 4111111111111112D2512 sha=4111111111111111DEADBEEF`, `B4111111111111112^x 4111111111111112D2512 sha=4111111111111111DEADBEEF`)
	f(`5A 08 4111111111111111F`, `5A 08 4111111111111111F`)
}

// TestPay8PINBlock: a PIN block under its names and ISO 8583's DE 52; the
// STAN and RRN beside it stay.
func TestPay8PINBlock(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`DEBUG [iso-mux-4] DE052: F69888DA6A87B0D2`, `DEBUG [iso-mux-4] DE052: [secret]`)
	f(`{"pin_block":"4E3FB7F3AD0E9792","stan":"339872"}`, `{"pin_block":"[secret]","stan":"339872"}`)
	f(`DE011: 339872 DE037: 633012345678`, `DE011: 339872 DE037: 633012345678`)
}
