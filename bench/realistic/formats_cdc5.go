package realistic

import (
	"encoding/base64"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// Change data capture as it reaches a log archive (held out).
//
// debezium_cdc_json: Debezium change events as a Kafka consumer prints a
// topic's values (Debezium documentation, MySQL, PostgreSQL and MongoDB
// connectors, "Data change events"): the JsonConverter envelope with its
// schema (schemas.enable=true: fields with type, optional, name such as
// io.debezium.time.Timestamp, io.debezium.time.Date, and Kafka Connect's
// Decimal whose value is the unscaled integer's big-endian bytes in
// base64) and payload, or the payload alone (schemas.enable=false), one
// connector a stream: MySQL (source server_id, gtid, file, pos, row,
// thread), PostgreSQL (schema, txId, lsn, xmin, sequence as a JSON array in
// a string), MongoDB (after, patch and filter, or updateDescription, as
// extended JSON inside JSON strings: $oid, $date, $numberLong); op c, u, d,
// r; a delete's after null and the tombstone (the value null) behind it.
// Rows of customer-facing tables: names, e-mail addresses, phones, birth
// dates (days since the epoch, negative before 1970; $date in MongoDB),
// street lines, IBANs and card holders, logins, password hashes, notes.
// Kept: ids, order numbers, amounts, card last4, GTIDs, LSNs, binlog
// positions, server ids, epochs, versions, uuids and object ids.
//
// kafka_connect_logs: a Kafka Connect worker's log4j lines
// ("[yyyy-MM-dd HH:mm:ss,SSS] LEVEL [connector|task-N] message (class:line)",
// connect-log4j.properties' connector.context), with the error handling of
// KIP-298 (errors.log.enable, errors.log.include.messages, the dead letter
// queue's __connect.errors.* headers as kcat prints them), the converter's
// and the sinks' exceptions that echo a record (JsonConverter's Jackson
// "[Source: (byte[])"..."]", Struct{...}, SinkRecord/ConnectRecord,
// Elasticsearch mapper_parsing_exception previews, a JDBC sink's
// BatchUpdateException with its INSERT and PostgreSQL's Detail: Key (...)),
// and the routine lines: offsets, rebalances, config dumps in which
// [hidden] hides a password but a connection URL's does not.

// cdcCol is one column of a captured row.
type cdcCol struct {
	name    string
	typ     string // Kafka Connect schema type
	logical string // schema name (io.debezium.time.Timestamp ...), "" for none
	val     string // the value's text; "" with null for SQL NULL
	str     bool   // written as a JSON string
	null    bool
	cat     string  // label category, "" for unlabelled
	keep    bool    // a look-alike rather than personal data
	inner   []Value // personal data inside a free-text value
}

const cdcVersion = "2.7.3.Final"

var cdcTables = []string{"customers", "users", "orders", "addresses", "payment_methods", "support_tickets"}

// cdcDays returns a birth date as Debezium's io.debezium.time.Date: days
// since 1970-01-01 (negative before), and the date.
func (g *gen) cdcDays() (int, time.Time) {
	d := time.Date(1948+g.rng.IntN(58), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28), 0, 0, 0, 0, time.UTC)
	return int(d.Unix() / 86400), d
}

// cdcDecimal encodes cents as Kafka Connect's Decimal: the unscaled value's
// two's-complement big-endian bytes in base64.
func cdcDecimal(cents int64) string {
	b := big.NewInt(cents).Bytes()
	if len(b) == 0 || b[0]&0x80 != 0 {
		b = append([]byte{0}, b...)
	}
	return base64.StdEncoding.EncodeToString(b)
}

func (g *gen) cdcRow(table string, id int) []cdcCol {
	f, l := g.name()
	ids := strconv.Itoa(id)
	idc := cdcCol{name: "id", typ: "int32", val: ids, cat: "counter", keep: true}
	cust := cdcCol{name: "customer_id", typ: "int32", val: g.num(1001, 99999), cat: "counter", keep: true}
	ts := cdcCol{name: "created_at", typ: "int64", logical: "io.debezium.time.Timestamp", val: strconv.FormatInt(g.now.Add(-time.Duration(g.rng.IntN(9e6))*time.Second).UnixMilli(), 10), cat: "epoch", keep: true}
	switch table {
	case "customers":
		days, _ := g.cdcDays()
		return []cdcCol{idc,
			{name: "first_name", typ: "string", val: f, str: true, cat: "name"},
			{name: "last_name", typ: "string", val: l, str: true, cat: "name"},
			{name: "email", typ: "string", val: g.email(f, l), str: true, cat: "email"},
			{name: "phone", typ: "string", val: g.phone(), str: true, cat: "phone", null: g.pct(15)},
			{name: "birth_date", typ: "int32", logical: "io.debezium.time.Date", val: strconv.Itoa(days), cat: "birth_date"},
			ts}
	case "users":
		login := g.personLogin()
		return []cdcCol{idc,
			{name: "username", typ: "string", val: login, str: true, cat: "name"},
			{name: "email", typ: "string", val: g.email(f, l), str: true, cat: "email"},
			{name: "display_name", typ: "string", val: f + " " + l, str: true, cat: "name"},
			{name: "password_hash", typ: "string", val: "$2a$10$" + g.chars(53, "./"+base62), str: true, cat: "secret"},
			{name: "last_login_ip", typ: "string", val: g.ipv4(), str: true, cat: "ipv4"},
			{name: "mfa_enabled", typ: "boolean", val: pick(g, []string{"true", "false"})},
			ts}
	case "orders":
		cents := int64(500 + g.rng.IntN(90000))
		return []cdcCol{idc, cust,
			{name: "order_number", typ: "string", val: "SO-" + g.now.Format("2006") + "-" + g.digits(6), str: true, cat: "orderid", keep: true},
			{name: "status", typ: "string", val: pick(g, []string{"pending", "paid", "shipped", "refunded"}), str: true},
			{name: "total", typ: "bytes", logical: "org.apache.kafka.connect.data.Decimal", val: cdcDecimal(cents), str: true, cat: "amount", keep: true},
			{name: "currency", typ: "string", val: pick(g, []string{"EUR", "GBP", "USD", "UAH"}), str: true},
			{name: "shipping_name", typ: "string", val: f + " " + l, str: true, cat: "name"},
			{name: "shipping_phone", typ: "string", val: g.phone(), str: true, cat: "phone"},
			ts}
	case "addresses":
		// City and postcode alone name no one; left unlabelled.
		return []cdcCol{idc, cust,
			{name: "line1", typ: "string", val: g.street(), str: true, cat: "address"},
			{name: "line2", typ: "string", val: "", str: true, null: true},
			{name: "city", typ: "string", val: pick(g, []string{"Berlin", "London", "Kyiv", "Paris", "Lyon"}), str: true},
			{name: "postcode", typ: "string", val: pick(g, []string{"10117", "EC1A 1BB", "01001", "75001"}), str: true},
			{name: "country", typ: "string", val: pick(g, []string{"DE", "GB", "UA", "FR"}), str: true},
			{name: "recipient", typ: "string", val: f + " " + l, str: true, cat: "name"},
			ts}
	case "payment_methods":
		cols := []cdcCol{idc, cust,
			{name: "holder_name", typ: "string", val: f + " " + l, str: true, cat: "name"}}
		if g.pct(50) {
			cols = append(cols,
				cdcCol{name: "type", typ: "string", val: "card", str: true},
				cdcCol{name: "brand", typ: "string", val: pick(g, []string{"visa", "mastercard", "amex"}), str: true},
				cdcCol{name: "last4", typ: "string", val: g.digits(4), str: true, cat: "counter", keep: true},
				cdcCol{name: "exp_month", typ: "int16", val: g.num(1, 12)},
				cdcCol{name: "exp_year", typ: "int16", val: g.num(2027, 2032)})
		} else {
			cols = append(cols,
				cdcCol{name: "type", typ: "string", val: "sepa_debit", str: true},
				cdcCol{name: "iban", typ: "string", val: g.iban(), str: true, cat: "iban"},
				cdcCol{name: "mandate_ref", typ: "string", val: "MD-" + g.digits(8), str: true, cat: "orderid", keep: true})
		}
		return append(cols, ts)
	}
	ph := g.phone()
	em := g.email(f, l)
	notes := pick(g, []string{
		"Customer called from " + ph + ", please reply to " + em,
		"Parcel not delivered, new number " + ph + " (" + em + ")",
		"Refund to " + em + " requested; call back on " + ph,
	})
	return []cdcCol{idc, cust,
		{name: "subject", typ: "string", val: pick(g, []string{"Where is my order?", "Refund request", "Change of address"}), str: true},
		{name: "body", typ: "string", val: notes, str: true, inner: []Value{{Category: "phone", Text: ph}, {Category: "email", Text: em}}},
		{name: "priority", typ: "int16", val: g.num(1, 4)},
		ts}
}

// cdcLabel labels a column written as form; enc is the encoding its text
// went through (nil for none).
func (g *gen) cdcLabel(c cdcCol, form string, enc func(string) string) {
	if c.null {
		return
	}
	for _, v := range c.inner {
		f := v.Text
		if enc != nil {
			f = enc(f)
		}
		g.plantAt(v.Category, v.Text, f)
	}
	if c.cat == "" {
		return
	}
	if c.keep {
		g.keepAt(c.cat, c.val, form)
	} else {
		g.plantAt(c.cat, c.val, form)
	}
}

// cdcRowJSON appends a row as the JsonConverter writes a Struct.
func (g *gen) cdcRowJSON(b []byte, key string, cols []cdcCol) []byte {
	b = jo(b, key)
	for _, c := range cols {
		b = jkey(b, c.name)
		switch {
		case c.null:
			b = append(b, "null"...)
		case c.str:
			b = append(b, '"')
			b = append(b, jsonEsc(c.val)...)
			b = append(b, '"')
			g.cdcLabel(c, jsonEsc(c.val), jsonEsc)
		default:
			b = append(b, c.val...)
			g.cdcLabel(c, `"`+c.name+`":`+c.val, nil)
		}
	}
	return append(b, '}')
}

// cdcSchemaFields appends a struct schema's field list.
func cdcSchemaFields(b []byte, cols []cdcCol) []byte {
	b = ja(b, "fields")
	for _, c := range cols {
		b = jo(b, "")
		b = append(b, `"type":"`+c.typ+`","optional":`...)
		b = append(b, strconv.FormatBool(c.null || c.name != "id")...)
		if c.logical != "" {
			b = append(b, `,"name":"`+c.logical+`","version":1`...)
			if c.typ == "bytes" {
				b = append(b, `,"parameters":{"scale":"2","connect.decimal.precision":"10"}`...)
			}
		}
		b = append(b, `,"field":"`+c.name+`"}`...)
	}
	return append(b, ']')
}

// cdcSource returns the source block's fields for the stream's connector.
func (g *gen) cdcSource(conn, table string, snapshot bool) []cdcCol {
	ts := g.now.Add(-time.Duration(g.rng.IntN(900)) * time.Millisecond).UnixMilli()
	snap := "false"
	if snapshot {
		snap = pick(g, []string{"true", "first", "last"})
	}
	cols := []cdcCol{
		{name: "version", typ: "string", val: cdcVersion, str: true, cat: "version", keep: true},
		{name: "connector", typ: "string", val: conn, str: true},
		{name: "name", typ: "string", val: map[string]string{"mysql": "dbserver1", "postgresql": "pg-shop", "mongodb": "fulfillment"}[conn], str: true},
		{name: "ts_ms", typ: "int64", val: strconv.FormatInt(ts, 10), cat: "epoch", keep: true},
		{name: "snapshot", typ: "string", val: snap, str: true},
		{name: "db", typ: "string", val: map[string]string{"mysql": "shop", "postgresql": "shop", "mongodb": "crm"}[conn], str: true},
	}
	switch conn {
	case "mysql":
		gtid := strings.ToUpper(g.uuid())
		return append(cols,
			cdcCol{name: "sequence", typ: "string", null: true},
			cdcCol{name: "table", typ: "string", val: table, str: true},
			cdcCol{name: "server_id", typ: "int64", val: g.num(1, 4294967), cat: "counter", keep: true},
			cdcCol{name: "gtid", typ: "string", val: gtid + ":" + g.num(1, 9999999), str: true, cat: "gtid", keep: true},
			cdcCol{name: "file", typ: "string", val: "mysql-bin.0000" + g.num(10, 99), str: true, cat: "counter", keep: true},
			cdcCol{name: "pos", typ: "int64", val: g.num(154, 99999999), cat: "counter", keep: true},
			cdcCol{name: "row", typ: "int32", val: g.num(0, 9)},
			cdcCol{name: "thread", typ: "int64", val: g.num(7, 99999), cat: "counter", keep: true},
			cdcCol{name: "query", typ: "string", null: true})
	case "postgresql":
		lsn := 24000000 + g.rng.IntN(900000000)
		return append(cols,
			cdcCol{name: "sequence", typ: "string", val: `["` + strconv.Itoa(lsn-g.rng.IntN(5000)) + `","` + strconv.Itoa(lsn) + `"]`, str: true},
			cdcCol{name: "schema", typ: "string", val: "public", str: true},
			cdcCol{name: "table", typ: "string", val: table, str: true},
			cdcCol{name: "txId", typ: "int64", val: g.num(500, 9999999), cat: "counter", keep: true},
			cdcCol{name: "lsn", typ: "int64", val: strconv.Itoa(lsn), cat: "counter", keep: true},
			cdcCol{name: "xmin", typ: "int64", null: true})
	}
	return append(cols,
		cdcCol{name: "sequence", typ: "string", null: true},
		cdcCol{name: "rs", typ: "string", val: "rs0", str: true},
		cdcCol{name: "collection", typ: "string", val: table, str: true},
		cdcCol{name: "ord", typ: "int32", val: g.num(1, 99)},
		cdcCol{name: "lsid", typ: "string", null: true},
		cdcCol{name: "txnNumber", typ: "int64", null: true})
}

// cdcMongoDoc writes a row as MongoDB extended JSON as the connector puts
// it into a string (", " between members, ": " after names), and labels
// each value in its doubly escaped form.
func (g *gen) cdcMongoDoc(cols []cdcCol, oid string, only map[string]bool) string {
	var s strings.Builder
	s.WriteString(`{"_id": {"$oid": "` + oid + `"}`)
	for _, c := range cols {
		if c.name == "id" || c.null || (only != nil && !only[c.name]) {
			continue
		}
		s.WriteString(`, "` + c.name + `": `)
		switch {
		case c.name == "birth_date":
			ms := strconv.Itoa(c.valInt() * 86400000)
			s.WriteString(`{"$date": ` + ms + `}`)
			g.plantAt("birth_date", ms, jsonEsc(`{"$date": `+ms+`}`))
			continue
		case c.name == "created_at":
			s.WriteString(`{"$date": ` + c.val + `}`)
		case c.name == "customer_id":
			s.WriteString(`{"$numberLong": "` + c.val + `"}`)
		case c.str:
			s.WriteString(`"` + jsonEsc(c.val) + `"`)
		default:
			s.WriteString(c.val)
		}
		if c.str {
			g.cdcLabel(c, jsonEsc(jsonEsc(c.val)), func(s string) string { return jsonEsc(jsonEsc(s)) })
		} else {
			g.cdcLabel(c, c.val, nil)
		}
	}
	s.WriteString("}")
	return s.String()
}

func (c cdcCol) valInt() int { n, _ := strconv.Atoi(c.val); return n }

// debeziumEvent writes one change event value.
func (g *gen) debeziumEvent(st *streamState) Record {
	if len(st.pending) > 0 {
		r := st.pending[0]
		st.pending = st.pending[1:]
		return r
	}
	conn := []string{"mysql", "postgresql", "mongodb"}[st.variant%3]
	schemas := st.variant%2 == 0
	table := pick(g, cdcTables)
	id := 1001 + g.rng.IntN(90000)
	op := pick(g, []string{"c", "c", "u", "u", "u", "d", "r"})
	if st.n < 3 {
		op = "r"
	}
	row := g.cdcRow(table, id)
	var before []cdcCol
	if op == "u" || op == "d" {
		before = append([]cdcCol(nil), row...)
		if op == "u" {
			// An update changes a column or two; the rest repeats.
			fresh := g.cdcRow(table, id)
			for i := range row {
				if i > 0 && i < len(fresh) && fresh[i].name == row[i].name && g.pct(40) && row[i].name != "created_at" {
					row[i] = fresh[i]
				}
			}
		}
	}
	src := g.cdcSource(conn, table, op == "r")
	var b []byte
	if schemas {
		b = append(b, `{"schema":{"type":"struct","fields":[`...)
		if conn == "mongodb" {
			for _, f := range []string{"before", "after", "patch", "filter"} {
				b = append(jcomma(b), `{"type":"string","optional":true,"name":"io.debezium.data.Json","version":1,"field":"`+f+`"}`...)
			}
		} else {
			name := map[string]string{"mysql": "dbserver1.shop.", "postgresql": "pg-shop.public."}[conn] + table + ".Value"
			for _, f := range []string{"before", "after"} {
				b = append(jcomma(b), `{"type":"struct"`...)
				b = cdcSchemaFields(b, row)
				b = append(b, `,"optional":true,"name":"`+name+`","field":"`+f+`"}`...)
			}
		}
		b = append(b, `,{"type":"struct"`...)
		b = cdcSchemaFields(b, src)
		b = append(b, `,"optional":false,"name":"io.debezium.connector.`+conn+`.Source","field":"source"}`...)
		b = append(b, `,{"type":"string","optional":false,"field":"op"},{"type":"int64","optional":true,"field":"ts_ms"},{"type":"struct","fields":[{"type":"string","optional":false,"field":"id"},{"type":"int64","optional":false,"field":"total_order"},{"type":"int64","optional":false,"field":"data_collection_order"}],"optional":true,"name":"event.block","version":1,"field":"transaction"}],"optional":false,"name":"`+conn+`.`+table+`.Envelope","version":1},"payload":{`...)
	} else {
		b = append(b, '{')
	}
	if conn == "mongodb" {
		oid := g.hexID(24)
		g.keepAt("hash", oid)
		switch op {
		case "c", "r":
			b = jkey(b, "after")
			b = append(b, `"`+jsonEsc(g.cdcMongoDoc(row, oid, nil))+`"`...)
			b = append(b, `,"patch":null,"filter":null`...)
		case "u":
			set := map[string]bool{}
			for i := range row {
				if row[i].val != before[i].val {
					set[row[i].name] = true
				}
			}
			if len(set) == 0 {
				set[row[1].name] = true
			}
			doc := g.cdcMongoDoc(row, oid, set)
			if st.variant%2 == 0 {
				b = append(b, `"after":null,"patch":"`+jsonEsc(`{"$v": 1, "$set": `+strings.Replace(doc, `{"_id": {"$oid": "`+oid+`"}, `, "{", 1)+`}`)+`"`...)
				b = append(b, `,"filter":"`+jsonEsc(`{"_id": {"$oid": "`+oid+`"}}`)+`"`...)
			} else {
				b = append(b, `"after":"`+jsonEsc(g.cdcMongoDoc(row, oid, nil))+`"`...)
				b = append(b, `,"updateDescription":{"removedFields":null,"updatedFields":"`+jsonEsc(strings.Replace(doc, `{"_id": {"$oid": "`+oid+`"}, `, "{", 1))+`","truncatedArrays":null}`...)
			}
		default:
			b = append(b, `"after":null,"patch":null,"filter":"`+jsonEsc(`{"_id": {"$oid": "`+oid+`"}}`)+`"`...)
		}
	} else {
		if before == nil {
			b = append(jkey(b, "before"), "null"...)
		} else {
			b = g.cdcRowJSON(b, "before", before)
		}
		if op == "d" {
			b = append(jkey(b, "after"), "null"...)
		} else {
			b = g.cdcRowJSON(b, "after", row)
		}
	}
	b = g.cdcRowJSON(b, "source", src)
	b = g.js(b, "op", op)
	ts := strconv.FormatInt(g.now.UnixMilli(), 10)
	g.keepAt("epoch", ts)
	b = jn(b, "ts_ms", ts)
	if g.pct(30) && op != "r" {
		tx := g.num(500, 9999999) + ":" + g.num(24000000, 999999999)
		if conn == "mysql" {
			tx = strings.ToUpper(g.uuid()) + ":" + g.num(1, 99999)
		}
		g.keepAt("txid", tx)
		b = append(jkey(b, "transaction"), `{"id":"`+tx+`","total_order":`+g.num(1, 9)+`,"data_collection_order":`+g.num(1, 5)+`}`...)
	} else {
		b = append(jkey(b, "transaction"), "null"...)
	}
	b = append(b, '}')
	if schemas {
		b = append(b, '}')
	}
	if op == "d" && conn != "mongodb" {
		st.pending = append(st.pending, Record{Line: []byte("null")})
	}
	return Record{Line: b}
}

// Kafka Connect worker logs.

var kcConnectors = []struct{ name, topic, kind string }{
	{"sink-es-customers", "customers", "es"},
	{"sink-jdbc-crm", "crm.customers", "jdbc"},
	{"sink-s3-archive", "orders", "s3"},
	{"mysql-source-shop", "dbserver1.shop.customers", "debezium"},
}

// kcLine starts a log4j line: "[date] LEVEL [connector|scope] ".
func (g *gen) kcLine(level, ctx string) []byte {
	ts := g.now.UTC().Format("2006-01-02 15:04:05,000")
	g.keepAt("timestamp", ts)
	b := []byte("[" + ts + "] " + level + " ")
	if ctx != "" {
		b = append(b, "["+ctx+"] "...)
	}
	return b
}

// kcStruct writes a row as Struct.toString does (null fields left out,
// values unquoted) and labels it.
func (g *gen) kcStruct(cols []cdcCol) string {
	var s strings.Builder
	s.WriteString("Struct{")
	n := 0
	for _, c := range cols {
		if c.null {
			continue
		}
		if n > 0 {
			s.WriteByte(',')
		}
		n++
		s.WriteString(c.name + "=" + c.val)
		if c.str || c.keep {
			g.cdcLabel(c, c.val, nil)
		} else {
			g.cdcLabel(c, c.name+"="+c.val, nil)
		}
	}
	s.WriteString("}")
	return s.String()
}

// kcJSON writes a row as the JSON a producer sent (plain, without schema)
// and labels it.
func (g *gen) kcJSON(cols []cdcCol) string {
	var b []byte
	b = g.cdcRowJSON(b, "", cols)
	return string(b)
}

// kafkaConnectLog writes one line of a worker's log.
func (g *gen) kafkaConnectLog(st *streamState) Record {
	if len(st.pending) > 0 {
		r := st.pending[0]
		st.pending = st.pending[1:]
		g.plants, g.keeps = r.Planted, r.Keep
		return Record{Line: r.Line}
	}
	var out []Record
	add := func(b []byte) {
		out = append(out, Record{Line: b, Planted: g.plants, Keep: g.keeps})
		g.plants, g.keeps = nil, nil
	}
	cn := kcConnectors[(st.variant+g.rng.IntN(2))%len(kcConnectors)]
	task := g.num(0, 3)
	ctx := cn.name + "|task-" + task
	part, off := g.num(0, 11), g.num(1000, 9999999)
	tsr := strconv.FormatInt(g.now.Add(-time.Duration(g.rng.IntN(600))*time.Second).UnixMilli(), 10)
	table := pick(g, []string{"customers", "users", "orders", "addresses", "payment_methods", "support_tickets"})
	row := g.cdcRow(table, 1001+g.rng.IntN(90000))
	where := func() string {
		g.keepAt("counter", off, "offset="+off)
		g.keepAt("epoch", tsr)
		return "{topic='" + cn.topic + "', partition=" + part + ", offset=" + off + ", timestamp=" + tsr + ", timestampType=CreateTime}"
	}
	switch g.rng.IntN(12) {
	case 0: // JsonConverter on a value that is not JSON
		b := g.kcLine("ERROR", ctx)
		b = append(b, "Error encountered in task "+cn.name+"-"+task+". Executing stage 'VALUE_CONVERTER' with class 'org.apache.kafka.connect.json.JsonConverter', where consumed record is "+where()+". (org.apache.kafka.connect.runtime.errors.LogReporter:66)"...)
		add(b)
		add([]byte("org.apache.kafka.connect.errors.DataException: Converting byte[] to Kafka Connect data failed due to serialization error of topic " + cn.topic + ": "))
		add([]byte("Caused by: org.apache.kafka.common.errors.SerializationException: com.fasterxml.jackson.core.JsonParseException: Unexpected character (''' (code 39)): was expecting double-quote to start field name"))
		// A producer that wrote single quotes around the first member.
		row[0].cat = ""
		body := strings.Replace(g.kcJSON(row), `{"id":`+row[0].val, `{'id':`+row[0].val, 1)
		g.keepAt("counter", row[0].val, `'id':`+row[0].val)
		b = append([]byte{}, " at [Source: (byte[])\""...)
		b = append(b, body...)
		b = append(b, "\"; line: 1, column: 3]"...)
		add(b)
		add([]byte("\tat org.apache.kafka.connect.json.JsonConverter.toConnectData(JsonConverter.java:333)"))
	case 1: // an SMT, errors.log.include.messages=true
		b := g.kcLine("ERROR", ctx)
		st := g.kcStruct(row)
		g.keepAt("counter", off, "kafkaOffset="+off)
		b = append(b, "Error encountered in task "+cn.name+"-"+task+". Executing stage 'TRANSFORMATION' with class 'org.apache.kafka.connect.transforms.ReplaceField$Value', where consumed record is SinkRecord{kafkaOffset="+off+", timestampType=CreateTime, originalTopic="+cn.topic+", originalKafkaPartition="+part+", originalKafkaOffset="+off+"} ConnectRecord{topic='"+cn.topic+"', kafkaPartition="+part+", key=Struct{id="+row[0].val+"}, keySchema=Schema{STRUCT}, value="+st+", valueSchema=Schema{"+table+".Value:STRUCT}, timestamp="+tsr+", headers=ConnectHeaders(headers=)}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)"...)
		g.keepAt("epoch", tsr)
		add(b)
		add([]byte("org.apache.kafka.connect.errors.DataException: Schema{" + table + ".Value:STRUCT} does not contain field: customer_email"))
	case 2: // Elasticsearch sink
		cn = kcConnectors[0]
		ctx = cn.name + "|task-" + task
		var c cdcCol
		for _, x := range row {
			if x.cat != "" && !x.keep && !x.null && x.inner == nil {
				c = x
				break
			}
		}
		if c.name == "" {
			c = row[len(row)-1]
		}
		docID := cn.topic + "+" + part + "+" + off
		g.keepAt("counter", docID)
		b := g.kcLine("WARN", ctx)
		b = append(b, "Ignoring malformed document "+docID+" due to 'Elasticsearch exception [type=mapper_parsing_exception, reason=failed to parse field ["+c.name+"] of type [long] in document with id '"+docID+"'. Preview of field's value: '"+c.val+"']' (io.confluent.connect.elasticsearch.ElasticsearchClient:469)"...)
		g.cdcLabel(c, "'"+c.val+"'", nil)
		add(b)
		b = g.kcLine("DEBUG", ctx)
		b = append(b, "Bulk response item: {\"index\":{\"_index\":\""+cn.topic+"\",\"_id\":\""+docID+"\",\"status\":400,\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"failed to parse field ["+c.name+"] of type [long] in document with id '"+docID+"'. Preview of field's value: '"+jsonEsc(c.val)+"'\"}}} document: "...)
		g.keepAt("counter", docID)
		g.cdcLabel(c, jsonEsc(c.val), jsonEsc)
		b = append(b, g.kcJSON(row)...)
		add(b)
	case 3: // JDBC sink
		cn = kcConnectors[1]
		ctx = cn.name + "|task-" + task
		b := g.kcLine("WARN", ctx)
		b = append(b, "Write of "+g.num(1, 500)+" records failed, remainingRetries="+g.num(0, 10)+" (io.confluent.connect.jdbc.sink.JdbcSinkTask:101)"...)
		add(b)
		var names, vals []string
		var email cdcCol
		for _, c := range row {
			names = append(names, `"`+c.name+`"`)
			switch {
			case c.null:
				vals = append(vals, "NULL")
			case c.str:
				vals = append(vals, sqlLit(c.val))
				if c.inner == nil {
					g.cdcLabel(c, sqlLit(c.val)[1:len(sqlLit(c.val))-1], nil)
				} else {
					g.cdcLabel(c, c.val, nil)
				}
			default:
				vals = append(vals, c.val)
				g.cdcLabel(c, c.val, nil)
			}
			if c.name == "email" || c.name == "order_number" || c.name == "iban" {
				email = c
			}
		}
		b = []byte("java.sql.BatchUpdateException: Batch entry 0 INSERT INTO \"" + table + "\" (" + strings.Join(names, ",") + ") VALUES (" + strings.Join(vals, ",") + ") ON CONFLICT (\"id\") DO UPDATE SET " + strings.Join(names[1:], ",") + " was aborted: ERROR: duplicate key value violates unique constraint \"" + table + "_" + email.name + "_key\"")
		add(b)
		if email.name != "" {
			b = []byte("  Detail: Key (" + email.name + ")=(" + email.val + ") already exists.  Call getNextException to see other errors in the batch.")
			g.cdcLabel(email, email.val, nil)
			add(b)
		}
	case 4: // dead letter queue, as kcat -f 'Headers: %h\nValue: %s\n' prints it
		b := []byte("Topic dlq-" + cn.name + " Partition 0 Offset " + off + " Headers: ")
		g.keepAt("counter", off)
		b = append(b, "__connect.errors.topic="+cn.topic+",__connect.errors.partition="+part+",__connect.errors.offset="+off+",__connect.errors.connector.name="+cn.name+",__connect.errors.task.id="+task+",__connect.errors.stage=VALUE_CONVERTER,__connect.errors.class.name=org.apache.kafka.connect.json.JsonConverter,__connect.errors.exception.class.name=org.apache.kafka.connect.errors.DataException,__connect.errors.exception.message=Converting byte[] to Kafka Connect data failed due to serialization error: ,__connect.errors.exception.stacktrace=org.apache.kafka.connect.errors.DataException: Converting byte[] to Kafka Connect data failed due to serialization error: "...)
		add(b)
		body := g.kcJSON(row)
		add([]byte("Caused by: org.apache.kafka.common.errors.SerializationException: com.fasterxml.jackson.core.io.JsonEOFException: Unexpected end-of-input: expected close marker for Object (start marker at [Source: (byte[])\"" + body[:len(body)-1] + "\"; line: 1, column: 1])"))
		g.kcJSON(row)
		add([]byte("Value: " + body[:len(body)-1]))
	case 5: // config dump, a password hidden and a URL's not
		b := g.kcLine("INFO", ctx)
		if cn.kind == "debezium" {
			add(append(b, "Starting MySqlConnectorTask with configuration:"...))
			for _, kv := range [][2]string{{"connector.class", "io.debezium.connector.mysql.MySqlConnector"}, {"database.hostname", "mysql-primary.internal"}, {"database.port", "3306"}, {"database.user", "debezium"}, {"database.password", "********"}, {"database.server.id", g.num(1, 4294967)}, {"topic.prefix", "dbserver1"}, {"table.include.list", "shop.customers,shop.orders"}} {
				add(append(g.kcLine("INFO", ctx), "   "+kv[0]+" = "+kv[1]...))
			}
			break
		}
		add(append(b, "JdbcSinkConfig values: "...))
		pw := g.token(16)
		user := pick(g, []string{"kc_writer", "connect"})
		g.plantAt("secret", pw)
		add([]byte("\tconnection.url = jdbc:postgresql://pg-crm.internal:5432/crm?user=" + user + "&password=" + pw + "&sslmode=require"))
		add([]byte("\tconnection.password = [hidden]"))
		add([]byte("\tconnection.user = " + user))
		add([]byte("\tinsert.mode = upsert"))
		bs := g.num(100, 5000)
		g.keepAt("counter", bs, "= "+bs)
		add([]byte("\tbatch.size = " + bs))
		add([]byte("\tpk.fields = [id]"))
	case 6:
		b := g.kcLine("INFO", ctx)
		ep := g.num(1, 40)
		g.keepAt("counter", off, "offset="+off)
		b = append(b, "[Consumer clientId=connector-consumer-"+cn.name+"-"+task+", groupId=connect-"+cn.name+"] Setting offset for partition "+cn.topic+"-"+part+" to the committed offset FetchPosition{offset="+off+", offsetEpoch=Optional["+ep+"], currentLeader=LeaderAndEpoch{leader=Optional[b-2.kafka.internal:9092 (id: 2 rack: use1-az2)], epoch="+ep+"}} (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator:951)"...)
		add(b)
	case 7:
		b := g.kcLine("INFO", "")
		gen, member := g.num(1, 400), "connect-1-"+g.uuid()
		g.keepAt("uuid", member)
		g.keepAt("counter", gen, "generation "+gen)
		b = append(b, "[Worker clientId=connect-1, groupId=connect-cluster] Joined group at generation "+gen+" with protocol version 2 and got assignment: Assignment{error=0, leader='"+member+"', leaderUrl='http://"+g.privateIPv4()+":8083/', offset="+g.num(1, 900)+", connectorIds=["+cn.name+"], taskIds=["+cn.name+"-"+task+"], revokedConnectorIds=[], revokedTaskIds=[], delay=0} with rebalance delay: 0 (org.apache.kafka.connect.runtime.distributed.DistributedHerder:2306)"...)
		add(b)
	case 8:
		b := g.kcLine("INFO", cn.name+"|task-"+task+"|offsets")
		n := g.num(1, 4000)
		g.keepAt("counter", n, "for "+n+" acknowledged")
		b = append(b, "WorkerSourceTask{id="+cn.name+"-"+task+"} Committing offsets for "+n+" acknowledged messages (org.apache.kafka.connect.runtime.WorkerSourceTask:233)"...)
		add(b)
	case 9:
		b := g.kcLine("INFO", ctx)
		gtid := strings.ToUpper(g.uuid())
		pos := g.num(154, 99999999)
		g.keepAt("gtid", gtid+":1-"+off)
		g.keepAt("counter", pos, "pos="+pos)
		b = append(b, g.num(1, 4096)+" records sent during previous 00:00:"+g.num(10, 59)+"."+g.digits(3)+", last recorded offset of {server=dbserver1} partition is {transaction_id=null, ts_sec="+strconv.FormatInt(g.now.Unix(), 10)+", file=mysql-bin.000042, pos="+pos+", gtids="+gtid+":1-"+off+", row=1, server_id=223344, event=2} (io.debezium.connector.common.BaseSourceTask:213)"...)
		add(b)
	case 10:
		b := g.kcLine("INFO", "")
		v := pick(g, []string{"3.7.1", "3.8.0", "7.6.1-ccs"})
		g.keepAt("version", v)
		add(append(b, "Kafka version: "+v+" (org.apache.kafka.common.utils.AppInfoParser:124)"...))
		c := g.hexID(16)
		g.keepAt("hash", c)
		add(append(g.kcLine("INFO", ""), "Kafka commitId: "+c+" (org.apache.kafka.common.utils.AppInfoParser:125)"...))
	default: // the sink's consumer sees a record whose value it cannot route
		b := g.kcLine("ERROR", ctx)
		b = append(b, "WorkerSinkTask{id="+cn.name+"-"+task+"} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted. Error: Conversion error: null value for field that is required and has no default value; record: "...)
		b = append(b, g.kcJSON(row)...)
		b = append(b, " (org.apache.kafka.connect.runtime.WorkerSinkTask:612)"...)
		add(b)
	}
	st.pending = out[1:]
	r := out[0]
	g.plants, g.keeps = r.Planted, r.Keep
	return Record{Line: r.Line}
}
