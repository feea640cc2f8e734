package redact

import "testing"

// TestWorldNumbers: numbers of any country's plan after a word that says
// they are a phone's; SMS gateways' recipients; the personal ids of other
// issuers (Presidio's US, UK, AU, SG, KR, FI, IN, TR, ZA, CN, SE ones)
// under their keys and names, in KYC vendors' objects and in text.
func TestWorldNumbers(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// A phone label before digits in groups, whatever the plan.
	f(`STOP my new number is 929 737 018`, `STOP my new number is [phone]`)
	f(`HELP contact me at 24 51 64 29`, `HELP contact me at [phone]`)
	f(`pls call me back on 08-568 417 41 thx`, `pls call me back on [phone] thx`)
	f(`INFO call 777 856 096`, `INFO call [phone]`)
	f(`call 347 1234567 now`, `call 347 1234567 now`) // "call" alone is a weak label: three groups
	f(`reach me at 9 7952 7525.`, `reach me at [phone].`)
	f(`CALL reach me at (03) 784 5016`, `CALL reach me at [phone]`)
	f(`Works nights, reach them on 13999588573`, `Works nights, reach them on [phone]`)
	f(`Works nights, call her on 135 6870 8335`, `Works nights, call her on [phone]`)
	f(`arrived at 12345678 and on 2026-11-23`, `arrived at 12345678 and on 2026-11-23`)
	f(`contact me at 0660 8504862`, `contact me at [phone]`)
	f(`Assistant's line: 01 324 73 53`, `Assistant's line: [phone]`)
	f(`Prefers WhatsApp. Alt number 959 29 088`, `Prefers WhatsApp. Alt number [phone]`)
	f(`STOP contact me at 011 15-4410-3770`, `STOP contact me at [phone]`)
	// Not after a phone label, or not a number's shape: they stay.
	f(`TRACK order 81234567 paid 120,50 not arrived, invoice 4412 9931`, `TRACK order 81234567 paid 120,50 not arrived, invoice 4412 9931`)
	f(`call me back on 23 11 2026`, `call me back on 23 11 2026`)
	f(`call me back on 2026-11-23 at 10 30`, `call me back on 2026-11-23 at 10 30`)
	f(`call 3 of 12 took 1200 ms`, `call 3 of 12 took 1200 ms`)
	f(`line 1234 col 56`, `line 1234 col 56`)
	f(`call me at 12 34 56 78 90 12 34 56`, `call me at 12 34 56 78 90 12 34 56`)
	// A delivery report's recipient.
	f(`{"type":"recipient_delivery_report_sms","batch_id":"01FC66621XXXXX119Z8PMV1QPQ","recipient":"14035550159","code":0}`,
		`{"type":"recipient_delivery_report_sms","batch_id":"01FC66621XXXXX119Z8PMV1QPQ","recipient":"[phone]","code":0}`)
	f(`{"recipient":"jane.doe@example.com"}`, `{"recipient":"[email]"}`)
	// KYC vendors' objects: Jumio's personalNumber, Onfido's
	// document_numbers, Sumsub's idDocs.
	f(`{"data":{"type":"ID_CARD","issuingCountry":"KOR","personalNumber":"780425-1817839"}}`,
		`{"data":{"type":"ID_CARD","issuingCountry":"KOR","personalNumber":"[national_id]"}}`)
	f(`{"document_numbers":[{"value":"110673-366K","type":"personal_number"}],"date_of_expiry":"2030-08-23"}`,
		`{"document_numbers":[{"value":"[national_id]","type":"personal_number"}],"date_of_expiry":"2030-08-23"}`)
	f(`{"idDocs":[{"idDocType":"HEALTH_CARD","country":"AUS","validUntil":"2028-09-23","number":"4093417004"}]}`,
		`{"idDocs":[{"idDocType":"HEALTH_CARD","country":"AUS","validUntil":"2028-09-23","number":"[national_id]"}]}`)
	f(`{"tfn":"218991988","nhs_number":"943 476 5919","uinfin":"S1234567D","hetu":"131052-308T"}`,
		`{"tfn":"[national_id]","nhs_number":"[national_id]","uinfin":"[national_id]","hetu":"[national_id]"}`)
	// Their names in text.
	f(`manual review: NRIC G7348900N (SGP), score 60.66`, `manual review: NRIC [national_id] (SGP), score 60.66`)
	f(`document check passed for HETU 071299-6922 (FIN)`, `document check passed for HETU [national_id] (FIN)`)
	f(`manual review: personnummer 820305-6935 (SWE)`, `manual review: personnummer [national_id] (SWE)`)
	f(`Medicare number 3291 70178 1 (AUS)`, `Medicare number [national_id] (AUS)`)
	f(`TFN 158 910 109 (AUS)`, `TFN [national_id] (AUS)`)
	f(`PAN no. VVWPS9027I, score 88.73`, `PAN no. [national_id], score 88.73`)
	f(`{"pan":"4012888888881881"}`, `{"pan":"[card]"}`)
	f(`TC Kimlik No 21084375280 (TUR)`, `TC Kimlik No [national_id] (TUR)`)
	f(`resident identity card no. 310101196805249340 (CHN)`, `resident identity card no. [national_id] (CHN)`)
	f(`SA ID number 7305143679088 (ZAF)`, `SA ID number [national_id] (ZAF)`)
	// A name and no id's form, or a date after it: kept.
	f(`NRIC check took 12 ms`, `NRIC check took 12 ms`)
	f(`personnummer 2026-11-23 expired`, `personnummer 2026-11-23 expired`)
	f(`TFN lookup 23 11 2026 done`, `TFN lookup 23 11 2026 done`)
	f(`pan 100 tilt 20`, `pan 100 tilt 20`)
}
