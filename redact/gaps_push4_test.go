package redact

import "testing"

// TestPushBackendGaps: mobile engagement back-ends as an app team logs
// them (bench/realistic formats_push4.go): node-apn's results naming the
// device token under "device", iOS's identifierForVendor under a vendor
// key (Airship's identifiers), a referral's parties under role keys, and
// Branch's "~id" link id, which is an id and no card number.
func TestPushBackendGaps(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// node-apn's result, as JSON in a text line, as a JSON record and as
	// util.inspect prints it.
	f(`2026-11-23T20:03:25.015Z [push] apn result {"sent":[],"failed":[{"device":"bc3d7e2b358143a5ac4774aa8ca4e338fb2ce4ae0c4add9e3de27e696b783054","status":"400","response":{"reason":"BadDeviceToken"}}]}`,
		`2026-11-23T20:03:25.015Z [push] apn result {"sent":[],"failed":[{"device":"[secret]","status":"400","response":{"reason":"BadDeviceToken"}}]}`)
	f(`{"sent":[{"device":"0f7951fdb1e9f82e49dbe3831e7bc11dce8eb7630734ac49ac4005ac5ddd6f29"}],"failed":[]}`,
		`{"sent":[{"device":"[secret]"}],"failed":[]}`)
	f(`apn result { sent: [ { device: '0f7951fdb1e9f82e49dbe3831e7bc11dce8eb7630734ac49ac4005ac5ddd6f29' } ], failed: [] }`,
		`apn result { sent: [ { device: '[secret]' } ], failed: [] }`)
	// Not a token: a device's model, a hash under its own key, a shorter
	// hex run, a path segment named device.
	f(`{"device":"iPhone14,2","sha256":"0f7951fdb1e9f82e49dbe3831e7bc11dce8eb7630734ac49ac4005ac5ddd6f29"}`,
		`{"device":"iPhone14,2","sha256":"0f7951fdb1e9f82e49dbe3831e7bc11dce8eb7630734ac49ac4005ac5ddd6f29"}`)
	f(`device=0f7951fdb1e9f82e49dbe3831e7bc11d checksum sha256:0f7951fdb1e9f82e49dbe3831e7bc11dce8eb7630734ac49ac4005ac5ddd6f29`,
		`device=0f7951fdb1e9f82e49dbe3831e7bc11d checksum sha256:0f7951fdb1e9f82e49dbe3831e7bc11dce8eb7630734ac49ac4005ac5ddd6f29`)

	// identifierForVendor: upper case as UUIDString writes it.
	f(`{"identifiers":{"com.urbanairship.idfa":"00000000-0000-0000-0000-000000000000","com.urbanairship.vendor":"842BA226-B0F1-4A82-BECA-C85F8616F04A"}}`,
		`{"identifiers":{"com.urbanairship.idfa":"00000000-0000-0000-0000-000000000000","com.urbanairship.vendor":"[secret]"}}`)
	f(`{"vendorId":"842BA226-B0F1-4A82-BECA-C85F8616F04A","identifierForVendor":"D0EED0E6-02FE-4C11-9C14-2D1BECA56840"}`,
		`{"vendorId":"[secret]","identifierForVendor":"[secret]"}`)
	// A supplier's vendor id and a vendor's name stay.
	f(`{"vendor_id":"6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b","vendor":"Apple","po.vendor":"ACME-0042"}`,
		`{"vendor_id":"6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b","vendor":"Apple","po.vendor":"ACME-0042"}`)

	// A referral's parties.
	f(`{"referrer_name":"Seán Becker","inviterName":"Tomasz Müller","referral_code":"PQS6GGJZ"}`,
		`{"referrer_name":"[name]","inviterName":"[name]","referral_code":"PQS6GGJZ"}`)

	// Branch's link id and JSON-LD's @id: ids, even when the digits pass
	// Luhn's check.
	f(`{"~id":"395040316491280794","@id":"395040316491280794","~campaign_id":"395040316491280794"}`,
		`{"~id":"395040316491280794","@id":"395040316491280794","~campaign_id":"395040316491280794"}`)
}
