package redact

import "testing"

// TestCDCAddressLine: a "line1" or "line2" beside a city or postcode is a
// street line whatever its object is called: a captured row in a change
// event's "after", the same row echoed as JSON in a text line or as an
// INSERT's columns. Alone it stays.
func TestCDCAddressLine(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"after":{"id":41909,"customer_id":41309,"line1":"Unter den Linden 4","line2":null,"city":"Kyiv","postcode":"10117"},"op":"c"}`,
		`{"after":{"id":41909,"customer_id":41309,"line1":"[address]","line2":null,"city":"Kyiv","postcode":"[address]"},"op":"c"}`)
	f(`{"before":{"id":7,"line1":"160 High Street","zip":"EC1A 1BB"}}`, `{"before":{"id":7,"line1":"[address]","zip":"[address]"}}`)
	// No city nor postcode: a line of something else.
	f(`{"receipt":{"line1":"Thank you 4 shopping","line2":"See you soon"}}`, `{"receipt":{"line1":"Thank you 4 shopping","line2":"See you soon"}}`)
	f(`ERROR record: {"id":80338,"line1":"Rue de Rivoli 81","line2":null,"city":"Lyon","postcode":"75001"} (WorkerSinkTask:612)`,
		`ERROR record: {"id":80338,"line1":"[address]","line2":null,"city":"Lyon","postcode":"75001"} (WorkerSinkTask:612)`)
	// A postcode alone stays.
	f(`{"after":{"id":41909,"city":"Kyiv","postcode":"10117"}}`, `{"after":{"id":41909,"city":"Kyiv","postcode":"10117"}}`)
	f(`banner {"line1":"Rue de Rivoli 81"} {"city":"Lyon"}`, `banner {"line1":"Rue de Rivoli 81"} {"city":"Lyon"}`)
	// Kafka Connect's Struct.toString, and a MongoDB $set of a line and its country.
	f(`value=Struct{id=31746,customer_id=65126,line1=90 Oak Street,city=Lyon,postcode=10117,country=FR,created_at=1790058433600}, valueSchema=Schema{STRUCT}`,
		`value=Struct{id=31746,customer_id=65126,line1=[address],city=Lyon,postcode=10117,country=FR,created_at=1790058433600}, valueSchema=Schema{STRUCT}`)
	f(`value=Struct{id=31746,line1=Hall B,stand=42}`, `value=Struct{id=31746,line1=Hall B,stand=42}`)
	f(`{"patch":"{\"$v\": 1, \"$set\": {\"line1\": \"Unter den Linden 169\", \"country\": \"DE\"}}"}`,
		`{"patch":"{\"$v\": 1, \"$set\": {\"line1\": \"[address]\", \"country\": \"DE\"}}"}`)
	f(`java.sql.BatchUpdateException: Batch entry 0 INSERT INTO "addresses" ("id","line1","line2","city","postcode") VALUES (18634,'Unter den Linden 145',NULL,'Kyiv','10117') was aborted`,
		`java.sql.BatchUpdateException: Batch entry 0 INSERT INTO "addresses" ("id","line1","line2","city","postcode") VALUES (18634,'[address]',NULL,'Kyiv','[address]') was aborted`)
}

// TestExtendedJSONWrapper: MongoDB Extended JSON's type wrappers ($date,
// $numberLong...) hold the field's own value, as a change stream or
// Debezium's MongoDB connector writes a document.
func TestExtendedJSONWrapper(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"_id":{"$oid":"92187da2d0d8928e1234abcd"},"birth_date":{"$date":-21859200000},"created_at":{"$date":1789509317001},"customer_id":{"$numberLong":"35909"}}`,
		`{"_id":{"$oid":"92187da2d0d8928e1234abcd"},"birth_date":{"$date":"[birth_date]"},"created_at":{"$date":1789509317001},"customer_id":{"$numberLong":"35909"}}`)
	f(`{"after":"{\"_id\": {\"$oid\": \"92187da2d0d8928e1234abcd\"}, \"dob\": {\"$date\": 449971200000}, \"points\": {\"$numberLong\": \"1200\"}}"}`,
		`{"after":"{\"_id\": {\"$oid\": \"92187da2d0d8928e1234abcd\"}, \"dob\": {\"$date\": \"[birth_date]\"}, \"points\": {\"$numberLong\": \"1200\"}}"}`)
}

// TestElidedSurname: O'Brien, O'Neill, D'Angelo after a given name are a
// surname by their shape; a capital and an apostrophe elsewhere stay.
func TestElidedSurname(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"recipient":"Alice O'Brien","status":"shipped"}`, `{"recipient":"[name]","status":"shipped"}`)
	f(`customer Alice O'Brien called`, `customer [name] called`)
	f(`refund approved by Emily D'Angelo.`, `refund approved by [name].`)
	f(`{"recipient":"Alice O'Reilly-Media.com"}`, `{"recipient":"Alice O'Reilly-Media.com"}`)
	f(`built with Rock'N'Roll mode`, `built with Rock'N'Roll mode`)
}

// TestESPreviewValue: Elasticsearch's mapper_parsing_exception names the
// field it failed on and previews its value; the value is read under the
// field's name. Another "value" stays what it is.
func TestESPreviewValue(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`WARN Ignoring malformed document customers+1+6900129 due to 'Elasticsearch exception [type=mapper_parsing_exception, reason=failed to parse field [line1] of type [long] in document with id 'customers+1+6900129'. Preview of field's value: 'Rue de la Paix 95']'`,
		`WARN Ignoring malformed document customers+1+6900129 due to 'Elasticsearch exception [type=mapper_parsing_exception, reason=failed to parse field [line1] of type [long] in document with id 'customers+1+6900129'. Preview of field's value: '[address]']'`)
	f(`reason=failed to parse field [customer.first_name] of type [long] in document with id '42'. Preview of field's value: 'Olena'`,
		`reason=failed to parse field [customer.first_name] of type [long] in document with id '42'. Preview of field's value: '[name]'`)
	f(`reason=failed to parse field [line1] of type [long] in document with id '42'. Preview of field's value: 'Unter den Linden 198'`,
		`reason=failed to parse field [line1] of type [long] in document with id '42'. Preview of field's value: '[address]'`)
	f(`reason=failed to parse field [line1] of type [long] in document with id '42'. Preview of field's value: 'Error 42'`,
		`reason=failed to parse field [line1] of type [long] in document with id '42'. Preview of field's value: 'Error 42'`)
	f(`reason=failed to parse field [line1] of type [long] in document with id '42'. Preview of field's value: 'Thank you'`,
		`reason=failed to parse field [line1] of type [long] in document with id '42'. Preview of field's value: 'Thank you'`)
	f(`reason=failed to parse field [created_at] of type [date] in document with id '42'. Preview of field's value: '1795464062345'`,
		`reason=failed to parse field [created_at] of type [date] in document with id '42'. Preview of field's value: '1795464062345'`)
}
