package realistic

import "strconv"

// The logs of document stores and search engines, where a query's values
// are written out: MongoDB's structured log (MongoDB manual, Log Messages:
// one JSON object a line with t, s, c, id, ctx, msg, attr; "Connection
// accepted" with attr.remote, "Authentication succeeded/failed" with
// attr.principalName, "Slow query" with attr.command and its filter,
// "client metadata" with attr.doc's driver and application) and the
// Elasticsearch search slow log (Elasticsearch reference, Slow log: the
// plain-text layout of 6.x/7.x, "[index][shard] took[...], took_millis[...],
// total_hits[...], ... source[{...}], id[...]", and the ECS JSON layout of
// 8.x whose elasticsearch.slowlog.source holds the query as an escaped
// JSON string, with the caller's user.name).
//
// Query values are planted where the field names them: a match or term on
// an e-mail, phone or name field in the DSL's short form ({"match":
// {"full_name":"..."}}), an e-mail or phone in the long form ({"term":
// {"email":{"value":"..."}}}: the value says what it is), MongoDB filters
// comparing a field with a value. A login written as a person's
// (principalName, user.name) is planted, service users kept. Connection
// ids, shard numbers, took_millis, query hashes, plan cache keys, driver
// names and versions, X-Opaque-Ids are look-alikes.

var mongoServiceUsers = []string{"__system", "backup", "monitor", "app_rw", "clusterAdmin"}

// searchLog is one record: a MongoDB log line in even streams, an
// Elasticsearch slow log line in odd ones (text in stream 1 mod 4, JSON
// in 3 mod 4).
func (g *gen) searchLog(st *streamState) Record {
	if st.variant%2 == 0 {
		return g.mongoLog()
	}
	return g.esSlowLog(st.variant%4 == 3)
}

func (g *gen) mongoLog() Record {
	t := g.now.UTC()
	conn := g.num(1, 99999)
	ip := g.ipv4()
	remote := ip + ":" + g.num(1024, 65535)
	if g.pct(15) {
		ip = g.ipv6()
		remote = "[" + ip + "]:" + g.num(1024, 65535)
	}
	b := make([]byte, 0, 900)
	b = append(b, '{')
	b = jo(b, "t")
	b = g.jk(b, "$date", "timestamp", t.Format("2006-01-02T15:04:05.000-07:00"))
	b = append(b, '}')
	b = g.js(b, "s", "I")
	ev := g.rng.IntN(4)
	comp := [...]string{"NETWORK", "ACCESS", "COMMAND", "NETWORK"}[ev]
	b = g.js(b, "c", comp)
	b = jn(b, "id", [...]string{"22943", "20250", "51803", "51800"}[ev])
	b = g.js(b, "ctx", "conn"+conn)
	switch ev {
	case 0:
		b = g.js(b, "msg", "Connection accepted")
		b = jo(b, "attr")
		b = g.jf(b, "remote", planted, ipCat(ip), remote, nil)
		g.plants[len(g.plants)-1].Text = ip
		b = jo(b, "uuid")
		b = jo(b, "uuid")
		b = g.jk(b, "$uuid", "uuid", g.uuid())
		b = append(b, '}', '}')
		b = jn(b, "connectionId", conn)
		b = jn(b, "connectionCount", g.num(1, 500))
		b = append(b, '}')
	case 1:
		ok := g.pct(70)
		if ok {
			b = g.js(b, "msg", "Authentication succeeded")
		} else {
			b = g.js(b, "msg", "Authentication failed")
		}
		b = jo(b, "attr")
		b = g.js(b, "mechanism", "SCRAM-SHA-256")
		b = jn(b, "speculative", "true")
		if g.pct(60) {
			b = g.jp(b, "principalName", "name", g.personLogin())
		} else {
			b = g.jk(b, "principalName", "account", pick(g, mongoServiceUsers))
		}
		b = g.js(b, "authenticationDatabase", "admin")
		b = g.jf(b, "remote", planted, ipCat(ip), remote, nil)
		g.plants[len(g.plants)-1].Text = ip
		b = append(jo(b, "extraInfo"), '}')
		if !ok {
			b = g.js(b, "error", "AuthenticationFailed: SCRAM authentication failed, storedKey mismatch")
		}
		b = append(b, '}')
	case 2:
		f, l := g.name()
		b = g.js(b, "msg", "Slow query")
		b = jo(b, "attr")
		b = g.js(b, "type", "command")
		b = g.js(b, "ns", "shop.customers")
		b = jo(b, "command")
		b = g.js(b, "find", "customers")
		b = jo(b, "filter")
		switch g.rng.IntN(4) {
		case 0:
			b = g.jp(b, "email", "email", g.email(f, l))
		case 1:
			b = g.jp(b, "phone", "phone", g.phone())
		case 2:
			// Query operators (MongoDB manual, Query and Projection
			// Operators): the operand of $eq and the elements of $in.
			b = jo(b, "last_name")
			b = g.jp(b, "$eq", "name", l)
			b = append(b, '}')
			b = jo(b, "phone")
			b = append(ja(b, "$in"), '"')
			p := g.phone()
			b = g.plant(b, "phone", p, "")
			b = append(b, '"', ']', '}')
		default:
			b = g.jp(b, "last_name", "name", l)
			b = g.jp(b, "first_name", "name", f)
		}
		b = append(b, '}')
		b = jo(b, "lsid")
		b = jo(b, "id")
		b = g.jk(b, "$uuid", "uuid", g.uuid())
		b = append(b, '}', '}')
		b = g.js(b, "$db", "shop")
		b = append(b, '}')
		b = g.js(b, "planSummary", "IXSCAN { email: 1 }")
		b = jn(b, "keysExamined", g.num(0, 50))
		b = jn(b, "docsExamined", g.num(0, 50))
		b = g.jk(b, "queryHash", "hash", g.hexID(8))
		b = g.jk(b, "planCacheKey", "hash", g.hexID(8))
		b = jn(b, "nreturned", g.num(0, 10))
		b = jn(b, "reslen", g.num(100, 9000))
		b = g.jf(b, "remote", planted, ipCat(ip), remote, nil)
		g.plants[len(g.plants)-1].Text = ip
		b = g.js(b, "protocol", "op_msg")
		b = jn(b, "durationMillis", g.num(100, 9000))
		b = append(b, '}')
	default:
		b = g.js(b, "msg", "client metadata")
		b = jo(b, "attr")
		b = g.jf(b, "remote", planted, ipCat(ip), remote, nil)
		g.plants[len(g.plants)-1].Text = ip
		b = g.js(b, "client", "conn"+conn)
		b = jo(b, "doc")
		b = jo(b, "driver")
		drv := pick(g, []string{"nodejs", "PyMongo", "mongo-java-driver", "mongo-go-driver"})
		b = g.jk(b, "name", "app", drv)
		v := g.num(3, 5) + "." + g.num(0, 12) + "." + g.num(0, 9)
		b = g.jk(b, "version", "version", v)
		b = append(b, '}')
		b = jo(b, "os")
		b = g.js(b, "type", "Linux")
		b = g.js(b, "architecture", "x86_64")
		b = append(b, '}', '}', '}')
	}
	return Record{Line: append(b, '}')}
}

// esQuery writes a search body whose values a field names, and returns it.
func (g *gen) esQuery(esc func(string) string) []byte {
	f, l := g.name()
	var b []byte
	plantQ := func(cat, v string) {
		g.plantAt(cat, v, esc("\""+v+"\""))
		b = append(b, '"')
		b = append(b, v...)
		b = append(b, '"')
	}
	b = append(b, `{"size":`+g.num(1, 50)+`,"query":{"bool":{"must":[`...)
	switch g.rng.IntN(5) {
	case 4:
		// The long form of a full-text query (Query DSL, match query:
		// {"match":{FIELD:{"query":...,"operator":"and"}}}).
		b = append(b, `{"match":{"last_name":{"query":`...)
		plantQ("name", l)
		b = append(b, `,"operator":"and"}}}`...)
	case 0:
		b = append(b, `{"match":{"full_name":`...)
		plantQ("name", f+" "+l)
		b = append(b, `}}`...)
	case 1:
		b = append(b, `{"term":{"email":{"value":`...)
		plantQ("email", g.email(f, l))
		b = append(b, `}}}`...)
	case 2:
		b = append(b, `{"match_phrase":{"phone":`...)
		plantQ("phone", g.phone())
		b = append(b, `}}`...)
	default:
		b = append(b, `{"term":{"customer.last_name.keyword":`...)
		plantQ("name", l)
		b = append(b, `}}`...)
	}
	b = append(b, `],"filter":[{"range":{"created_at":{"gte":"now-30d"}}}]}}}`...)
	return b
}

func (g *gen) esSlowLog(asJSON bool) Record {
	t := g.now.UTC()
	idx := pick(g, []string{"customers", "orders-2026.11", "support-tickets"})
	shard := strconv.Itoa(g.rng.IntN(5))
	took := g.num(500, 30000)
	hits := g.num(0, 5000)
	opaque := g.hexID(16)
	b := make([]byte, 0, 900)
	if !asJSON {
		b = append(b, '[')
		b = g.keep(b, "timestamp", t.Format("2006-01-02T15:04:05,000"), "")
		b = append(b, "][WARN ][i.s.s.query              ] [es-node-"+g.num(1, 9)+"] ["+idx+"]["+shard+"] took["...)
		b = append(b, took[:len(took)-3]+"."+took[len(took)-3:len(took)-2]+"s], took_millis["...)
		b = g.keep(b, "duration", took, "")
		b = append(b, "], total_hits["+hits+" hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[5], source["...)
		b = append(b, g.esQuery(func(s string) string { return s })...)
		b = append(b, "], id["...)
		b = g.keep(b, "requestid", opaque, "")
		return Record{Line: append(b, "], "...)}
	}
	b = append(b, '{')
	b = g.jk(b, "@timestamp", "timestamp", t.Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "log.level", "WARN")
	b = g.js(b, "log.logger", "index.search.slowlog.query")
	b = g.js(b, "elasticsearch.slowlog.message", "["+idx+"]["+shard+"]")
	b = g.js(b, "elasticsearch.slowlog.took", took+"ms")
	b = jn(b, "elasticsearch.slowlog.took_millis", took)
	b = g.js(b, "elasticsearch.slowlog.total_hits", hits+" hits")
	b = g.js(b, "elasticsearch.slowlog.search_type", "QUERY_THEN_FETCH")
	q := g.esQuery(jsonEsc)
	b = jkey(b, "elasticsearch.slowlog.source")
	b = append(b, '"')
	b = append(b, jsonEsc(string(q))...)
	b = append(b, '"')
	b = g.jk(b, "elasticsearch.slowlog.id", "requestid", opaque)
	b = g.js(b, "auth.type", "REALM")
	if g.pct(60) {
		b = g.jp(b, "user.name", "name", g.personLogin())
	} else {
		b = g.jk(b, "user.name", "account", pick(g, []string{"elastic", "kibana_system", "logstash_writer"}))
	}
	b = g.js(b, "elasticsearch.node.name", "es-node-"+g.num(1, 9))
	b = g.js(b, "elasticsearch.cluster.name", "prod")
	return Record{Line: append(b, '}')}
}
