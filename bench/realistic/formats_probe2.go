package realistic

import (
	"strconv"
	"strings"
)

// Logs of formats that hand-probing found leaking before any corpus
// format measured them:
//
//   - db_statement_logs (Text): SQL statements with their literals as
//     servers and ORMs log them, one logger a stream: MySQL's general
//     query log (`time\t    id Query\tstatement`), PostgreSQL with
//     log_statement = 'all' behind log_line_prefix '%m [%p] %q%u@%d '
//     (`LOG:  statement: …`), and a Spring Boot application's SQL
//     logging: p6spy's SingleLineFormat (`now|elapsed|category|connection
//     N|url …|prepared|sql` with the literals inlined), datasource-proxy's
//     SLF4JQueryLoggingListener (`Query:["…"], Params:[(…)]`) and
//     Hibernate's org.hibernate.SQL line followed by one bind TRACE line a
//     parameter (6.2's `binding parameter (1:VARCHAR) <- [v]`, 5's
//     BasicBinder `binding parameter [1] as [VARCHAR] - [v]`) behind Spring
//     Boot 3's console pattern. INSERTs name their columns (email, phone,
//     first_name, last_name, dob, username, password_hash, address lines,
//     postcode), some with several rows; UPDATEs set them by name.
//     Planted: the personal literals; kept: ids, amounts, statuses,
//     timestamps, epoch milliseconds, durations, connection and thread ids.
//   - shop_order_webhooks (JSON): WooCommerce's order webhook body (REST
//     API v3 order properties in their documented order: billing and
//     shipping objects, customer_ip_address, customer_user_agent,
//     customer_note, line_items), Magento 2's REST customer
//     (GET /V1/customers/:id: firstname, lastname, dob, addresses[] with
//     street[], telephone, postcode, region) and an address-change event
//     whose old and new values are whole addresses as bare strings.
//   - app_request_logs (Text): request lines of web frameworks that log
//     the path with its query: Rails's `Started GET "…" for IP at …` and
//     `Completed …`, gunicorn's default access_log_format and Django
//     runserver's line, Express morgan's `dev` and `short` formats and a
//     custom format with :req[cookie], Go's log/slog TextHandler
//     (`time=… level=INFO msg=request method=GET path="/a?x=…"`, values
//     quoted by strconv.Quote when they hold a blank, '=' or '"') with the
//     request's Cookie header. Queries are form-encoded (WHATWG: '+' for a
//     blank, %40, %2B); cookies carry numeric account and visitor ids
//     (planted as secret), express-session's connect.sid (secret), an
//     epoch cookie, a consent flag and a compact date (kept); search terms
//     (q=red+shoes), page numbers, versions and counts are kept.

// one is a record of one line, labelled by the stream.
func one(b []byte) Record { return Record{Line: b} }

// rec is a record of a multi-line entry, taking the labels made so far.
func (g *gen) rec(b []byte) Record {
	r := Record{Line: b, Planted: g.plants, Keep: g.keeps}
	g.plants, g.keeps = nil, nil
	return r
}

// sqlVal is one column's value in a statement.
type sqlVal struct {
	col   string
	text  string
	plant string // category of personal data, or ""
	keep  string // category of a look-alike, or ""
	bare  bool   // written without quotes: a number, NULL or NOW()
	typ   string // JDBC type name for bind logging
}

func (v sqlVal) lit() string {
	if v.bare {
		return v.text
	}
	return sqlLit(v.text)
}

// label records v as it appears in form (the whole literal with the
// character before it, for a kept number).
func (g *gen) labelSQL(v sqlVal, form string) {
	switch {
	case v.plant != "":
		inner := form
		if !v.bare && strings.HasPrefix(form, "'") {
			inner = form[1 : len(form)-1]
		}
		g.plantAt(v.plant, v.text, inner)
	case v.keep != "":
		g.keepAt(v.keep, v.text, form)
	}
}

func (g *gen) dobISO() string {
	y, m, d := g.dob()
	return y + "-" + m + "-" + d
}

func (g *gen) bcrypt() string {
	return "$2a$10$" + g.chars(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
}

func (g *gen) sqlTime() string { return g.now.UTC().Format("2006-01-02 15:04:05") }

// sqlRow returns a table and one row of its columns.
func (g *gen) sqlRow(table string) []sqlVal {
	f, l := g.name()
	switch table {
	case "customers":
		return []sqlVal{
			{col: "email", text: g.email(f, l), plant: "email", typ: "VARCHAR"},
			{col: "phone", text: g.phone(), plant: "phone", typ: "VARCHAR"},
			{col: "first_name", text: f, plant: "name", typ: "VARCHAR"},
			{col: "last_name", text: l, plant: "name", typ: "VARCHAR"},
			{col: "dob", text: g.dobISO(), plant: "birth_date", typ: "DATE"},
			{col: "status", text: pick(g, []string{"active", "pending", "guest"}), keep: "status", typ: "VARCHAR"},
			{col: "created_at", text: "NOW()", bare: true},
		}
	case "users":
		return []sqlVal{
			{col: "id", text: g.num(100000, 9999999), keep: "counter", bare: true, typ: "BIGINT"},
			{col: "username", text: g.personLogin(), plant: "name", typ: "VARCHAR"},
			{col: "email", text: g.email(f, l), plant: "email", typ: "VARCHAR"},
			{col: "password_hash", text: g.bcrypt(), plant: "secret", typ: "VARCHAR"},
			{col: "first_name", text: f, plant: "name", typ: "VARCHAR"},
			{col: "last_name", text: l, plant: "name", typ: "VARCHAR"},
			{col: "is_active", text: pick(g, []string{"1", "0"}), bare: true, typ: "BOOLEAN"},
			{col: "created_at", text: g.sqlTime(), keep: "timestamp", typ: "TIMESTAMP"},
		}
	case "addresses":
		p := g.postalAddr()
		v := []sqlVal{
			{col: "customer_id", text: g.num(10000, 999999), keep: "counter", bare: true, typ: "BIGINT"},
			{col: "address_line1", text: p.street, plant: "address", typ: "VARCHAR"},
			{col: "address_line2", text: p.unit, typ: "VARCHAR"},
			{col: "city", text: p.city, typ: "VARCHAR"},
			{col: "postcode", text: p.zip, plant: "address", typ: "VARCHAR"},
			{col: "country", text: p.cc, typ: "VARCHAR"},
			{col: "phone", text: g.phone(), plant: "phone", typ: "VARCHAR"},
		}
		if p.unit == "" {
			v[2] = sqlVal{col: "address_line2", text: "NULL", bare: true, typ: "VARCHAR"}
		}
		return v
	case "newsletter_subscribers":
		return []sqlVal{
			{col: "email", text: g.email(f, l), plant: "email", typ: "VARCHAR"},
			{col: "first_name", text: f, plant: "name", typ: "VARCHAR"},
			{col: "source", text: pick(g, []string{"footer", "checkout", "popup"}), typ: "VARCHAR"},
			{col: "subscribed_at", text: "NOW()", bare: true},
		}
	}
	return []sqlVal{
		{col: "id", text: g.num(1000000, 9999999), keep: "counter", bare: true, typ: "BIGINT"},
		{col: "customer_id", text: g.num(10000, 999999), keep: "counter", bare: true, typ: "BIGINT"},
		{col: "total", text: g.num(1, 999) + "." + g.digits(2), keep: "counter", bare: true, typ: "NUMERIC"},
		{col: "currency", text: pick(g, []string{"EUR", "USD", "GBP"}), typ: "VARCHAR"},
		{col: "status", text: pick(g, []string{"paid", "pending", "refunded"}), keep: "status", typ: "VARCHAR"},
		{col: "created_at", text: g.sqlTime(), keep: "timestamp", typ: "TIMESTAMP"},
	}
}

// sqlStmt is a statement with its parameters: the SQL with '?' markers
// and the values in marker order.
type sqlStmt struct {
	head   string // up to VALUES or SET
	rows   [][]sqlVal
	update bool
	where  sqlVal
}

func (g *gen) sqlStatement(lower bool) sqlStmt {
	table := pick(g, []string{"customers", "users", "addresses", "newsletter_subscribers", "orders"})
	kw := func(s string) string {
		if lower {
			return strings.ToLower(s)
		}
		return s
	}
	if g.pct(30) && table != "newsletter_subscribers" {
		row := g.sqlRow(table)
		var set []sqlVal
		for _, v := range row {
			if v.plant != "" && v.col != "address_line1" || v.col == "status" {
				if v.col == "postcode" {
					v.plant = "" // a postcode without its street: a zone
				}
				set = append(set, v)
			}
		}
		if len(set) > 2 {
			n := 1 + g.rng.IntN(2)
			s := g.rng.IntN(len(set) - n + 1)
			set = set[s : s+n]
		}
		id := g.num(1000, 9999999)
		return sqlStmt{head: kw("UPDATE ") + table + kw(" SET "), rows: [][]sqlVal{set}, update: true,
			where: sqlVal{col: "id", text: id, keep: "counter", bare: true, typ: "BIGINT"}}
	}
	rows := [][]sqlVal{g.sqlRow(table)}
	if table == "newsletter_subscribers" || g.pct(15) {
		for n := g.rng.IntN(3); n >= 0; n-- {
			rows = append(rows, g.sqlRow(table))
		}
	}
	cols := make([]string, len(rows[0]))
	for i, v := range rows[0] {
		cols[i] = v.col
	}
	return sqlStmt{head: kw("INSERT INTO ") + table + " (" + strings.Join(cols, ", ") + kw(") VALUES "), rows: rows}
}

// write appends the statement, with its literals when inline, or '?'.
func (g *gen) writeSQL(b []byte, s sqlStmt, inline bool) []byte {
	b = append(b, s.head...)
	if s.update {
		for i, v := range s.rows[0] {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = append(b, v.col+" = "...)
			if inline {
				g.labelSQL(v, v.lit())
				b = append(b, v.lit()...)
			} else {
				b = append(b, '?')
			}
		}
		b = append(b, ", updated_at = NOW() WHERE id = "...)
		if inline {
			g.labelSQL(s.where, "id = "+s.where.text)
			return append(b, s.where.text...)
		}
		return append(b, '?')
	}
	for r, row := range s.rows {
		if r > 0 {
			b = append(b, ", "...)
		}
		b = append(b, '(')
		for i, v := range row {
			sep := "("
			if i > 0 {
				b = append(b, ", "...)
				sep = " "
			}
			switch {
			case !inline && v.text != "NOW()":
				b = append(b, '?')
			case v.bare:
				g.labelSQL(v, sep+v.lit())
				b = append(b, v.lit()...)
			default:
				g.labelSQL(v, v.lit())
				b = append(b, v.lit()...)
			}
		}
		b = append(b, ')')
	}
	return b
}

// params returns the bound values in marker order.
func (s sqlStmt) params() []sqlVal {
	var out []sqlVal
	for _, row := range s.rows {
		for _, v := range row {
			if v.text != "NOW()" {
				out = append(out, v)
			}
		}
	}
	if s.update {
		out = append(out, s.where)
	}
	return out
}

// springPrefix is Spring Boot 3's default console pattern:
// date level pid --- [app] [thread] logger : .
func (g *gen) springPrefix(b []byte, level, logger string) []byte {
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z07:00"), "")
	b = append(b, ' ')
	b = append(b, strings.Repeat(" ", 5-len(level))+level...)
	b = append(b, " 4242 --- [shop-api] [nio-8080-exec-"+g.num(1, 9)+"] "...)
	b = append(b, logger...)
	if len(logger) < 40 {
		b = append(b, strings.Repeat(" ", 40-len(logger))...)
	}
	return append(b, " : "...)
}

func (g *gen) dbStatementLogs(st *streamState) Record {
	b := make([]byte, 0, 600)
	switch st.variant % 3 {
	case 0:
		b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000Z"), "")
		id := g.num(8, 99999)
		b = append(b, '\t')
		b = g.keep(b, "counter", id, strings.Repeat(" ", 6-len(id))+id+" ")
		if g.pct(10) {
			return one(append(b, "Query\tCOMMIT"...))
		}
		b = append(b, "Query\t"...)
		return one(g.writeSQL(b, g.sqlStatement(false), true))
	case 1:
		b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000 UTC"), "")
		pid := g.num(1000, 99999)
		b = g.keep(b, "counter", pid, " ["+pid+"] ")
		b = append(b, pick(g, []string{"shop_app", "app", "web"})+"@shop LOG:  "...)
		if g.pct(30) {
			b = append(b, "duration: "...)
			b = g.keep(b, "duration", g.num(0, 999)+"."+g.digits(3)+" ms", "")
			b = append(b, "  "...)
		}
		b = append(b, "statement: "...)
		return one(g.writeSQL(b, g.sqlStatement(false), true))
	}
	switch g.rng.IntN(3) {
	case 0:
		// p6spy SingleLineFormat.
		ms := strconv.FormatInt(g.now.UnixMilli(), 10)
		b = g.keep(b, "epoch", ms, "")
		el := g.num(0, 40)
		g.keepAt("duration", el, "|"+el+"|")
		c := g.num(1, 50)
		g.keepAt("counter", c, "connection "+c+"|")
		b = append(b, "|"+el+"|statement|connection "+c+"|url jdbc:"+pick(g, []string{"mysql://db.internal:3306/shop", "postgresql://db.internal:5432/shop"})+"|"...)
		s := g.sqlStatement(true)
		b = g.writeSQL(b, s, false)
		b = append(b, '|')
		return one(g.writeSQL(b, s, true))
	case 1:
		// datasource-proxy SLF4JQueryLoggingListener.
		b = g.springPrefix(b, "INFO", "n.t.d.l.l.SLF4JQueryLoggingListener")
		c := g.num(1, 50)
		b = append(b, "Name:dataSource, Connection:"+c+", Time:"+g.num(0, 30)+", Success:True, Type:Prepared, Batch:False, QuerySize:1, BatchSize:0, Query:[\""...)
		s := g.sqlStatement(true)
		b = g.writeSQL(b, s, false)
		b = append(b, "\"], Params:[("...)
		for i, v := range s.params() {
			if i > 0 {
				b = append(b, ',')
			}
			form := v.text
			if v.keep != "" && v.bare {
				form = "," + v.text
				if i == 0 {
					form = "(" + v.text
				}
			}
			g.labelSQL(v, form)
			b = append(b, v.text...)
		}
		return one(append(b, ")]"...))
	}
	return g.fromPending(st, func() []Record {
		s := g.sqlStatement(true)
		b := g.springPrefix(make([]byte, 0, 400), "DEBUG", "org.hibernate.SQL")
		out := []Record{g.rec(g.writeSQL(b, s, false))}
		h5 := st.variant%2 == 1
		for i, v := range s.params() {
			logger := "org.hibernate.orm.jdbc.bind"
			if h5 {
				logger = "o.h.type.descriptor.sql.BasicBinder"
			}
			b := g.springPrefix(make([]byte, 0, 200), "TRACE", logger)
			n := strconv.Itoa(i + 1)
			if h5 {
				b = append(b, "binding parameter ["+n+"] as ["+v.typ+"] - ["...)
			} else {
				b = append(b, "binding parameter ("+n+":"+v.typ+") <- ["...)
			}
			if v.plant != "" {
				g.plantAt(v.plant, v.text)
			} else {
				g.labelSQL(v, "["+v.text+"]")
			}
			b = append(b, v.text...)
			out = append(out, g.rec(append(b, ']')))
		}
		return out
	})
}

// WooCommerce and Magento.

func (g *gen) shopOrderWebhooks(st *streamState) Record {
	switch g.rng.IntN(5) {
	case 0, 1, 2:
		return one(g.wooOrder())
	case 3:
		return one(g.magentoCustomer())
	}
	return one(g.addressChange())
}

// wooAddress writes a billing or shipping object: first_name, last_name,
// company, address_1, address_2, city, state, postcode, country, then
// email (billing only) and phone.
func (g *gen) wooAddress(b []byte, key, first, last, email string) []byte {
	p := g.postalAddr()
	b = jo(b, key)
	b = g.jp(b, "first_name", "name", first)
	b = g.jp(b, "last_name", "name", last)
	if g.pct(20) {
		b = g.js(b, "company", pick(g, []string{"Acme GmbH", "Example Ltd", "Globex Corp"}))
	} else {
		b = g.js(b, "company", "")
	}
	b = g.jp(b, "address_1", "address", p.street)
	b = g.js(b, "address_2", p.unit)
	b = g.js(b, "city", p.city)
	b = g.js(b, "state", p.region)
	b = g.jp(b, "postcode", "address", p.zip)
	b = g.js(b, "country", p.cc)
	if email != "" {
		b = g.jp(b, "email", "email", email)
	}
	if key == "billing" || g.pct(40) {
		b = g.jp(b, "phone", "phone", g.phone())
	} else {
		b = g.js(b, "phone", "")
	}
	return append(b, '}')
}

func (g *gen) wooOrder() []byte {
	f, l := g.name()
	b := make([]byte, 0, 1800)
	b = append(b, '{')
	id := g.num(100, 99999)
	b = jkey(b, "id")
	b = g.keep(b, "orderid", id, "")
	b = jn(b, "parent_id", "0")
	b = g.js(b, "status", pick(g, []string{"processing", "pending", "on-hold", "completed"}))
	b = g.js(b, "currency", pick(g, []string{"USD", "EUR", "GBP"}))
	b = g.jk(b, "version", "version", pick(g, []string{"8.3.1", "9.4.2", "7.9.0"}))
	b = jn(b, "prices_include_tax", "false")
	t := g.now.UTC().Format("2006-01-02T15:04:05")
	b = g.jk(b, "date_created", "timestamp", t)
	b = g.js(b, "discount_total", "0.00")
	b = g.js(b, "shipping_total", g.num(0, 15)+".00")
	total := g.num(5, 900) + "." + g.digits(2)
	b = g.jk(b, "total", "counter", total)
	b = g.js(b, "total_tax", g.num(0, 90)+"."+g.digits(2))
	b = jn(b, "customer_id", g.num(0, 9999))
	b = g.jk(b, "order_key", "hash", "wc_order_"+g.chars(13, base62))
	b = g.wooAddress(b, "billing", f, l, g.email(f, l))
	if g.pct(30) {
		f, l = g.name()
	}
	b = g.wooAddress(b, "shipping", f, l, "")
	b = g.js(b, "payment_method", pick(g, []string{"bacs", "stripe", "cod", "paypal"}))
	b = g.js(b, "transaction_id", "")
	ip, cat := g.clientIP()
	b = g.jp(b, "customer_ip_address", cat, ip)
	ua, ver := g.ua()
	b = g.js(b, "customer_user_agent", ua)
	if ver != "" {
		g.keepAt("version", ver, jsonEsc(ver))
	}
	b = g.js(b, "created_via", "checkout")
	b = g.wooNote(b)
	b = g.jk(b, "cart_hash", "hash", g.hexID(32))
	b = g.js(b, "number", id)
	b = ja(b, "line_items")
	for n := 1 + g.rng.IntN(2); n > 0; n-- {
		b = jo(b, "")
		b = jn(b, "id", g.num(100, 9999))
		b = g.js(b, "name", pick(g, []string{"Hoodie - Blue, L", "Beanie", "Album", "T-Shirt with Logo"}))
		b = jn(b, "product_id", g.num(10, 999))
		b = jn(b, "variation_id", "0")
		q := g.num(1, 5)
		b = jn(b, "quantity", q)
		b = g.js(b, "subtotal", g.num(1, 99)+".00")
		b = g.js(b, "total", g.num(1, 99)+".00")
		b = g.jk(b, "sku", "orderid", "woo-"+pick(g, []string{"hoodie", "beanie", "album"})+"-"+g.num(1, 99))
		b = jn(b, "price", g.num(1, 99))
		b = append(b, '}')
	}
	b = append(b, ']')
	return append(b, '}')
}

// wooNote writes customer_note: what a shopper types at checkout.
func (g *gen) wooNote(b []byte) []byte {
	b = jkey(b, "customer_note")
	b = append(b, '"')
	switch g.rng.IntN(5) {
	case 0:
		b = append(b, "Please call me on "...)
		b = g.plant(b, "phone", g.phone(), "")
		b = append(b, " before delivery"...)
	case 1:
		b = append(b, "Leave the parcel with my neighbour, "...)
		f, l := g.name()
		for g.plantedText(f) || g.plantedText(l) {
			f, l = g.name()
		}
		b = g.plant(b, "name_text", f+" "+l, "")
		b = append(b, ", if I'm not in"...)
	case 2:
		p := g.postalAddr()
		b = append(b, "Please ship to my office instead: "...)
		b = g.plant(b, "address", p.street, jsonEsc(p.street))
		b = append(b, ", "...)
		b = g.plant(b, "address", p.zip, "")
		b = append(b, " "+jsonEsc(p.city)...)
	case 3:
		b = append(b, "Gift - please no invoice in the box"...)
	}
	return append(b, '"')
}

// plantedText reports whether the record's planted values include text.
func (g *gen) plantedText(text string) bool {
	for _, v := range g.plants {
		if v.Text == text {
			return true
		}
	}
	return false
}

// magentoCustomer is the customer GET /V1/customers/:id returns.
func (g *gen) magentoCustomer() []byte {
	f, l := g.name()
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	id := g.num(1, 99999)
	b = jn(b, "id", id)
	b = jn(b, "group_id", "1")
	b = g.js(b, "default_billing", g.num(1, 9999))
	b = g.js(b, "default_shipping", g.num(1, 9999))
	b = g.jk(b, "created_at", "timestamp", g.sqlTime())
	b = g.jk(b, "updated_at", "timestamp", g.now.Add(3600e9).UTC().Format("2006-01-02 15:04:05"))
	b = g.js(b, "created_in", "Default Store View")
	if g.pct(60) {
		b = g.jp(b, "dob", "birth_date", g.dobISO())
	}
	b = g.jp(b, "email", "email", g.email(f, l))
	b = g.jp(b, "firstname", "name", f)
	b = g.jp(b, "lastname", "name", l)
	b = jn(b, "gender", g.num(0, 2))
	b = jn(b, "store_id", "1")
	b = jn(b, "website_id", "1")
	b = ja(b, "addresses")
	for n := 1 + g.rng.IntN(2); n > 0; n-- {
		p := g.postalAddr()
		b = jo(b, "")
		b = jn(b, "id", g.num(1, 9999))
		b = jn(b, "customer_id", id)
		b = jo(b, "region")
		b = g.js(b, "region_code", p.region)
		b = g.js(b, "region", p.region)
		b = jn(b, "region_id", g.num(0, 99))
		b = append(b, '}')
		b = jn(b, "region_id", g.num(0, 99))
		b = g.js(b, "country_id", p.cc)
		b = ja(b, "street")
		b = jcomma(b)
		b = g.plant(b, "address", p.street, `"`+jsonEsc(p.street)+`"`)
		if p.unit != "" {
			b = append(b, `,"`+jsonEsc(p.unit)+`"`...)
		}
		b = append(b, ']')
		b = g.jp(b, "telephone", "phone", g.phone())
		b = g.jp(b, "postcode", "address", p.zip)
		b = g.js(b, "city", p.city)
		b = g.jp(b, "firstname", "name", f)
		b = g.jp(b, "lastname", "name", l)
		b = jn(b, "default_shipping", "true")
		b = jn(b, "default_billing", "true")
		b = append(b, '}')
	}
	b = append(b, ']')
	b = jn(b, "disable_auto_group_change", "0")
	b = append(jo(b, "extension_attributes"), `"is_subscribed":false}`...)
	return append(b, '}')
}

// addressChange is an application's event naming the old and new address.
func (g *gen) addressChange() []byte {
	b := make([]byte, 0, 600)
	b = append(b, '{')
	b = g.js(b, "event", pick(g, []string{"customer.address_changed", "address.updated"}))
	b = g.jk(b, "event_id", "uuid", g.uuid())
	b = jn(b, "customer_id", g.num(1000, 999999))
	b = g.jk(b, "occurred_at", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	b = g.js(b, "field", pick(g, []string{"shipping_address", "billing_address", "address"}))
	for _, k := range []string{"old", "new"} {
		p := g.postalAddr()
		line := p.line()
		b = jkey(b, k)
		b = append(b, '"')
		g.plantAt("address", p.street, jsonEsc(p.street))
		g.plantAt("address", p.zip, jsonEsc(p.zip))
		b = append(b, jsonEsc(line)...)
		b = append(b, '"')
	}
	b = g.js(b, "source", pick(g, []string{"account_page", "support_agent", "api"}))
	return append(b, '}')
}

// Web framework request logs.

// query returns a form-encoded query string with personal values.
func (g *gen) reqQuery() (path, q string) {
	f, l := g.name()
	enc := func(s string) string { return pctEnc(s, true, false) }
	switch g.rng.IntN(6) {
	case 0:
		e := g.email(f, l)
		g.plantAt("name", f, enc(f))
		g.plantAt("name", l, enc(l))
		g.plantAt("email", e, enc(e))
		return "/signup", "name=" + enc(f+" "+l) + "&email=" + enc(e) + "&plan=" + pick(g, []string{"free", "pro"})
	case 1:
		p := g.phone()
		g.plantAt("phone", p, enc(p))
		return "/account/verify", "phone=" + enc(p) + "&channel=sms"
	case 2:
		e := g.email(f, l)
		g.plantAt("email", e, enc(e))
		pg := g.num(2, 40)
		g.keepAt("counter", pg, "page="+pg)
		return "/admin/users", "email=" + enc(e) + "&page=" + pg
	case 3:
		t := pick(g, []string{"red shoes", "usb c cable", "garden chair", "winter jacket 2026"})
		g.keepAt("header", t, "q="+enc(t))
		pg := g.num(1, 9)
		g.keepAt("counter", pg, "page="+pg)
		return "/search", "q=" + enc(t) + "&page=" + pg + "&sort=price"
	case 4:
		d := g.now.Format("20060102")
		g.keepAt("timestamp", d, "date="+d)
		v := pick(g, []string{"2.14.1", "3.0.7", "1.9.12"})
		g.keepAt("version", v, "v="+v)
		return "/api/reports", "date=" + d + "&v=" + v + "&limit=" + g.num(10, 100)
	}
	p := g.phone()
	e := g.email(f, l)
	g.plantAt("name", f, enc(f))
	g.plantAt("name", l, enc(l))
	g.plantAt("phone", p, enc(p))
	g.plantAt("email", e, enc(e))
	return "/contact", "first_name=" + enc(f) + "&last_name=" + enc(l) + "&phone=" + enc(p) + "&email=" + enc(e)
}

// appCookie returns a Cookie header an application logs, its values labelled.
func (g *gen) appCookie() string {
	var parts []string
	acct := g.num(10000000, 999999999)
	g.plantAt("secret", acct, "acct="+acct)
	parts = append(parts, "acct="+acct)
	if g.pct(60) {
		v := g.num(1000000, 99999999)
		g.plantAt("secret", v, "visitor_id="+v)
		parts = append(parts, "visitor_id="+v)
	}
	if g.pct(50) {
		v := "s%3A" + g.chars(32, b64url) + "." + g.chars(43, base62)
		g.plantAt("secret", pctDecodeAll(v, false), v)
		parts = append(parts, "connect.sid="+v)
	}
	e := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(86400)), 10)
	g.keepAt("epoch", e, "last_seen="+e)
	parts = append(parts, "last_seen="+e)
	d := g.now.Format("20060102")
	g.keepAt("timestamp", d, "consent_date="+d)
	parts = append(parts, "cookie_consent=1", "consent_date="+d, "lang=en-GB")
	g.rng.Shuffle(len(parts)-3, func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
	return strings.Join(parts, "; ")
}

func (g *gen) appRequestLogs(st *streamState) Record {
	b := make([]byte, 0, 500)
	url := ""
	if st.variant%4 != 0 || !g.pct(25) {
		path, q := g.reqQuery()
		url = path + "?" + q
	}
	ip, cat := g.clientIP()
	method := pick(g, []string{"GET", "GET", "POST"})
	status := pick(g, []string{"200", "200", "302", "404", "422"})
	switch st.variant % 4 {
	case 0:
		if url == "" {
			b = append(b, "Completed "+status+" "+pick(g, []string{"OK", "Found"})+" in "...)
			b = g.keep(b, "duration", g.num(1, 900)+"ms", "")
			b = append(b, " (Views: "+g.num(0, 99)+"."+g.digits(1)+"ms | ActiveRecord: "+g.num(0, 99)+"."+g.digits(1)+"ms | Allocations: "...)
			n := g.num(1000, 99999)
			return one(g.keep(b, "counter", n, "Allocations: "+n+")"))
		}
		b = append(b, "Started "+method+" \""+url+"\" for "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " at "...)
		return one(g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05 -0700"), ""))
	case 1:
		if g.pct(50) {
			// gunicorn's default access_log_format.
			b = g.plant(b, cat, ip, "")
			b = append(b, " - - ["...)
			b = g.keep(b, "timestamp", g.now.UTC().Format("02/Jan/2006:15:04:05 -0700"), "")
			b = append(b, "] \""+method+" "+url+" HTTP/1.1\" "+status+" "...)
			n := g.num(100, 99999)
			b = g.keep(b, "bytes", n, " "+n+" ")
			ua, ver := g.ua()
			if ver != "" {
				g.keepAt("version", ver)
			}
			return one(append(b, " \"-\" \""+ua+"\""...))
		}
		// Django runserver.
		b = append(b, '[')
		b = g.keep(b, "timestamp", g.now.UTC().Format("02/Jan/2006 15:04:05"), "")
		b = append(b, "] \""+method+" "+url+" HTTP/1.1\" "+status+" "...)
		n := g.num(100, 99999)
		return one(g.keep(b, "bytes", n, " "+n))
	case 2:
		switch g.rng.IntN(3) {
		case 0: // dev
			b = append(b, method+" "+url+" "+status+" "...)
			b = g.keep(b, "duration", g.num(0, 900)+"."+g.digits(3)+" ms", "")
			n := g.num(100, 99999)
			return one(g.keep(b, "bytes", n, " - "+n))
		case 1: // short
			b = g.plant(b, cat, ip, "")
			n := g.num(100, 99999)
			b = append(b, " - "+method+" "+url+" HTTP/1.1 "+status+" "...)
			b = g.keep(b, "bytes", n, " "+n+" ")
			b = append(b, "- "...)
			return one(g.keep(b, "duration", g.num(0, 900)+"."+g.digits(3)+" ms", ""))
		}
		// A custom format: ':method :url :status :req[cookie]'.
		b = append(b, method+" "+url+" "+status+" "...)
		return one(append(b, g.appCookie()...))
	}
	// log/slog TextHandler.
	b = append(b, "time="...)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z07:00"), "")
	b = append(b, " level=INFO msg=request method="+method+" path="+strconv.Quote(url)+" status="+status+" duration="...)
	b = g.keep(b, "duration", g.num(0, 900)+"."+g.digits(3)+"ms", "")
	b = append(b, " remote_addr="...)
	port := g.num(32768, 60999)
	if cat == "ipv6" {
		b = g.plant(b, cat, ip, "["+ip+"]")
		b = append(b, ":"+port...)
	} else {
		b = g.plant(b, cat, ip, "")
		b = append(b, ":"+port...)
	}
	if g.pct(60) {
		b = append(b, " cookie="...)
		b = append(b, strconv.Quote(g.appCookie())...)
	}
	return one(b)
}
