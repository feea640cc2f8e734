package redact

import "testing"

// TestHealthHRShapes: HL7 v2 messages split by segment and position, FHIR
// resources and searches, HR webhooks and SCIM bodies and filters.
func TestHealthHRShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// HL7 v2: PID-3 ids, PID-5 name, PID-7 birth date, PID-11 street,
	// PID-13 phone (its area code too), PID-18 the patient's account
	// number, PID-19 SSN; NK1 and PV1 names; codes, times, control
	// ids and OBX values stay. Segments after "\r", "<CR>", a CR or a blank.
	f(`MSH|^~\&|EPIC|HOSP|MIRTH|HOSP|20261123200001||ADT^A01^ADT_A01|MSG00001|P|2.5.1\rEVN|A01|20261123200001\rPID|1||MRN12345678^^^HOSP^MR||Doe^Jane^Q|Smith|19850314|F|||123 Oak Street^^Springfield^IL^62701^USA||(217)555-0123|||S||123456789|123-45-6789\rNK1|1|Doe^John|SPO^Spouse^HL70063||(217)555-0124\rPV1|1|I|4W^401^A^HOSP||||1234567890^Careful^Adam^^^DR|||MED`,
		`MSH|^~\&|EPIC|HOSP|MIRTH|HOSP|20261123200001||ADT^A01^ADT_A01|MSG00001|P|2.5.1\rEVN|A01|20261123200001\rPID|1||[national_id]^^^HOSP^MR||[name]^[name]^[name]|[name]|[birth_date]|F|||[address]^^Springfield^IL^62701^USA||[phone]|||S||[national_id]|[ssn]\rNK1|1|[name]^[name]|SPO^Spouse^HL70063||[phone]\rPV1|1|I|4W^401^A^HOSP||||1234567890^[name]^[name]^^^DR|||MED`)
	f("INFO  2026-11-23 20:00:01,543 [ADT Inbound] transformer: Received message: MSH|^~\\&|LAB|MAIN|MIRTH|MAIN|20261123200001||ORU^R01^ORU_R01|Q1234|P|2.4<CR>PID|1||3215700^^^MAIN^MR||Patel^Emily||||||||^PRN^PH^^1^201^5550153<CR>OBX|1|NM|2345-7^Glucose^LN||95|mg/dL|70-105|N|||F",
		"INFO  2026-11-23 20:00:01,543 [ADT Inbound] transformer: Received message: MSH|^~\\&|LAB|MAIN|MIRTH|MAIN|20261123200001||ORU^R01^ORU_R01|Q1234|P|2.4<CR>PID|1||[national_id]^^^MAIN^MR||[name]^[name]||||||||^PRN^PH^^1^[phone]^[phone]<CR>OBX|1|NM|2345-7^Glucose^LN||95|mg/dL|70-105|N|||F")
	// FHIR resources: a HumanName's parts, Address.line, an Identifier's
	// value (a record number; a login in an AuditEvent), a Reference's
	// display when it refers to a person, an agent's name.
	f(`{"resourceType":"Patient","id":"123","identifier":[{"system":"urn:oid:1.2.36.146.595.217.0.1","value":"12345678"}],"name":[{"family":"Chalmers","given":["Peter","James"],"text":"Peter Chalmers"}],"address":[{"line":["534 Erewhon St"],"city":"PleasantVille"}],"contact":[{"name":{"family":"du Marché","given":["Bénédicte"]}}]}`,
		`{"resourceType":"Patient","id":"123","identifier":[{"system":"urn:oid:1.2.36.146.595.217.0.1","value":"[national_id]"}],"name":[{"family":"[name]","given":["[name]","[name]"],"text":"[name]"}],"address":[{"line":["[address]"],"city":"PleasantVille"}],"contact":[{"name":{"family":"[name]","given":["[name]"]}}]}`)
	f(`{"resourceType":"Observation","id":"obs-1","code":{"coding":[{"system":"http://loinc.org","code":"29463-7","display":"Body Weight"}]},"subject":{"reference":"Patient/123","display":"Peter Chalmers"},"performer":[{"reference":"Organization/1","display":"ACME Labs"}]}`,
		`{"resourceType":"Observation","id":"obs-1","code":{"coding":[{"system":"http://loinc.org","code":"29463-7","display":"Body Weight"}]},"subject":{"reference":"Patient/123","display":"[name]"},"performer":[{"reference":"Organization/1","display":"ACME Labs"}]}`)
	f(`{"resourceType":"AuditEvent","agent":[{"who":{"identifier":{"value":"j.smith"}},"name":"Jane Smith","requestor":true}]}`,
		`{"resourceType":"AuditEvent","agent":[{"who":{"identifier":{"value":"[name]"}},"name":"[name]","requestor":true}]}`)
	// FHIR searches: family and given beside another person parameter;
	// identifier=system|value. A font's family stays.
	f(`GET /fhir/Patient?family=Chalmers&given=Peter&birthdate=1974-12-25 HTTP/1.1`,
		`GET /fhir/Patient?family=[name]&given=[name]&birthdate=[birth_date] HTTP/1.1`)
	f(`Params[?identifier=urn:oid:1.2.36.146.595.217.0.1%7CMRN12345678] ResponseEncoding[JSON]`,
		`Params[?identifier=urn:oid:1.2.36.146.595.217.0.1%7C[national_id]] ResponseEncoding[JSON]`)
	f(`GET /css?family=Roboto:wght@400 HTTP/1.1`, `GET /css?family=Roboto:wght@400 HTTP/1.1`)
	// HR: record numbers under their keys; SCIM PATCH operations named by
	// their path; a SCIM filter's compared string named by its attribute.
	f(`{"mrn":"MRN59994142","employeeNumber":"33185","Employee_ID":"E123456","employeeCount":"2500"}`,
		`{"mrn":"[national_id]","employeeNumber":"[national_id]","Employee_ID":"[national_id]","employeeCount":"2500"}`)
	f(`{"Operations":[{"op":"replace","path":"name.familyName","value":"Nowak"},{"op":"replace","path":"active","value":false}]}`,
		`{"Operations":[{"op":"replace","path":"name.familyName","value":"[name]"},{"op":"replace","path":"active","value":false}]}`)
	f(`"GET /scim/v2/Users?filter=name.familyName%20eq%20%22Shevchenko%22&startIndex=1 HTTP/1.1" 200`,
		`"GET /scim/v2/Users?filter=name.familyName%20eq%20%22[name]%22&startIndex=1 HTTP/1.1" 200`)
	f(`GET /scim/v2/Groups?filter=displayName+eq+%22Engineering%22 HTTP/1.1`,
		`GET /scim/v2/Groups?filter=displayName+eq+%22[name]%22 HTTP/1.1`)
}
