package redact

import "testing"

// TestMarketingCloudGaps: marketing clouds' exports and reporting webhooks
// (bench/realistic formats_mktg6.go): push tokens under a device's id key
// and in a list of tokens, an FCM registration token under any key.
func TestMarketingCloudGaps(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	fcm := "hI6qBBiN910R2tEY5Gli4Y:APA91b82gAX6bIATG9buTQrRTNTK8MNq0g-qCNyRtP8ZkvHCRNsECaBHjCRBUda77igwq-zqSGYMp96H5VgCkqNjoQ9-xcySf661jWD9y6Igmr6zEa-2QaTkSgBkQIpkPjujh4jS5qBb"
	apns := "fb97ff23feb1989298785a8781bea14298b396d67ce8da0b1bebaf3e834de15f"
	// Customer.io's push recipients; Iterable's deviceTokens.
	f(`{"recipients":[{"device_id":"`+fcm+`","device_platform":"android"},{"device_id":"`+apns+`","device_platform":"ios"}]}`,
		`{"recipients":[{"device_id":"[secret]","device_platform":"android"},{"device_id":"[secret]","device_platform":"ios"}]}`)
	f(`{"dataFields":{"deviceTokens":["`+apns+`","`+fcm+`"],"badge":""}}`,
		`{"dataFields":{"deviceTokens":["[secret]","[secret]"],"badge":""}}`)
	// An FCM token under a key that does not say so.
	f(`{"to":"`+fcm+`","priority":"high"}`, `{"to":"[secret]","priority":"high"}`)
	// A device id an app made up, a hash under its own key and a
	// shorter run stay.
	f(`{"device_id":"3f0c2b1e-8a7d-4c6b-9e5f-1a2b3c4d5e6f","sha256":"`+apns+`","id":"hI6qBBiN910R2tEY5Gli4Y:APA91b82gAX"}`,
		`{"device_id":"3f0c2b1e-8a7d-4c6b-9e5f-1a2b3c4d5e6f","sha256":"`+apns+`","id":"hI6qBBiN910R2tEY5Gli4Y:APA91b82gAX"}`)
}

// TestCSVPostcodeBesideStreet: a postcode column of a CSV export whose
// header also has a street line's column is the row's address; a
// postcode column alone (a store list, a report by area) stays.
func TestCSVPostcodeBesideStreet(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`id,firstName,lastName,email,address,city,postalCode,country`, `id,firstName,lastName,email,address,city,postalCode,country`)
	f(`2132355,Jane,Doe,jane.doe@example.com,ul. Kwiatowa 117/1,Kraków,43-152,Poland`,
		`2132355,[name],[name],[email],[address],Kraków,[address],Poland`)
	f(`4208954,Jürgen,Müller,juergen.mueller@example.com,"Hauptstraße 5, 2. OG",Berlin,10115,Germany`,
		`4208954,[name],[name],[email],"[address]",Berlin,[address],Germany`)

	g := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	g(`store_id,manager_email,city,postalCode,revenue`, `store_id,manager_email,city,postalCode,revenue`)
	g(`17,ops@example.com,Kraków,43-152,10450.00`, `17,[email],Kraków,43-152,10450.00`)
}

// TestCSVJSONCellFlat: a JSON document in a quoted field of a CSV row that
// no header names (Marketo's bulk activity export, a warehouse's JSON
// column) is read as JSON, its quotes undoubled: a form's fields inside
// it by their names; ids, counts and a user agent's version stay.
func TestCSVJSONCellFlat(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`3cfd5499-81b9-454a-9931-c80ebaf7f4a7,1333542,2026-11-22T20:41:16Z,2,2697,5090,LP-Webinar.Form,"{""Client IP Address"":""203.0.113.7"",""Form Fields"":""{\""FirstName\"":\""Alice\"",\""LastName\"":\""Williams\"",\""Email\"":\""awilliams@example.co.uk\""}"",""Webpage ID"":""3256""}"`,
		`3cfd5499-81b9-454a-9931-c80ebaf7f4a7,1333542,2026-11-22T20:41:16Z,2,2697,5090,LP-Webinar.Form,"{""Client IP Address"":""203.0.113.0"",""Form Fields"":""{\""FirstName\"":\""[name]\"",\""LastName\"":\""[name]\"",\""Email\"":\""[email]\""}"",""Webpage ID"":""3256""}"`)
	f(`9b465fd0-0d5a-43f6-8514-271378ea6fb3,1759651,2026-11-23T01:36:24Z,10,,8284,Nurture Track 2.Welcome,"{""Campaign Run ID"":""82712"",""Step ID"":""23"",""User Agent"":""Fanvil X4U 2.12.1.4""}"`,
		`9b465fd0-0d5a-43f6-8514-271378ea6fb3,1759651,2026-11-23T01:36:24Z,10,,8284,Nurture Track 2.Welcome,"{""Campaign Run ID"":""82712"",""Step ID"":""23"",""User Agent"":""Fanvil X4U 2.12.1.4""}"`)
	// Not a cell: a quote inside a word, a field that goes on after the
	// object.
	f(`note x"{""a"":""b""}" and "{""k"":1}" tail`, `note x"{""a"":""b""}" and "{""k"":1}" tail`)
}
