package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Marketing clouds' exports and reporting webhooks as a data team's
// pipeline logs them (held out): Salesforce Marketing Cloud tracking
// extracts, Marketo's REST activities and bulk exports, Customer.io's and
// Iterable's reporting webhooks. Written from each vendor's documentation
// of the fields; values are the generator's own.

// sfmcExtracts are the tracking extract files and their columns in the
// order the extract writes them (Opens and Clicks with the optional
// IP address and browser columns on).
var sfmcExtracts = [][]string{
	{"Sent", "ClientID", "SendID", "SubscriberKey", "EmailAddress", "SubscriberID", "ListID", "EventDate", "EventType", "BatchID", "TriggeredSendExternalKey"},
	{"Opens", "ClientID", "SendID", "SubscriberKey", "EmailAddress", "SubscriberID", "ListID", "EventDate", "EventType", "BatchID", "TriggeredSendExternalKey", "IsUnique", "IpAddress", "Country", "Region", "City", "Browser", "EmailClient", "OperatingSystem", "Device"},
	{"Clicks", "ClientID", "SendID", "SubscriberKey", "EmailAddress", "SubscriberID", "ListID", "EventDate", "EventType", "SendURLID", "URLID", "URL", "Alias", "BatchID", "TriggeredSendExternalKey", "IsUnique", "IpAddress", "Country", "Region", "City", "Browser", "EmailClient", "OperatingSystem", "Device"},
	{"Bounces", "ClientID", "SendID", "SubscriberKey", "EmailAddress", "SubscriberID", "ListID", "EventDate", "EventType", "BounceCategory", "SMTPCode", "BounceReason", "BatchID", "TriggeredSendExternalKey"},
	{"Unsubs", "ClientID", "SendID", "SubscriberKey", "EmailAddress", "SubscriberID", "ListID", "EventDate", "EventType", "BatchID", "TriggeredSendExternalKey"},
	{"Subscribers", "ClientID", "SubscriberKey", "EmailAddress", "SubscriberID", "Status", "DateHeld", "DateCreated", "DateUnsubscribed"},
}

// sfmcDate writes Marketing Cloud's extract time, M/D/YYYY h:mm:ss AM in
// the account's Central Standard Time.
func sfmcDate(t time.Time) string {
	return t.In(time.FixedZone("CST", -6*3600)).Format("1/2/2006 3:04:05 PM")
}

// sfmcCRMID returns a Salesforce record id as Marketing Connect uses for
// the subscriber key: a key prefix, the pod and a base62 serial, 15 or 18
// characters.
func (g *gen) sfmcCRMID() string {
	id := pick(g, []string{"003", "00Q"}) + g.num(1, 9) + g.chars(1, "0123456789ABCDEFGHIJ") + "0000" + g.token(6)
	if g.pct(50) {
		id += g.chars(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")
	}
	return id
}

// sfmcTrackingCSV is one tracking extract file a stream: its header row,
// then events, comma-delimited with every value quoted (the extract's
// default) or only where needed, or tab-delimited (the TAB output type).
func (g *gen) sfmcTrackingCSV(st *streamState) Record {
	ext := sfmcExtracts[st.variant%len(sfmcExtracts)]
	sep := ","
	if (st.variant/len(sfmcExtracts))%3 == 2 || st.variant%5 == 4 {
		sep = "\t"
	}
	quoteAll := sep == "," && (st.variant/2)%2 == 0
	cell := func(v string) string {
		switch {
		case sep == "\t":
			return v
		case quoteAll:
			return csvQuote(v)
		}
		return csvField(v)
	}
	if st.n == 0 {
		hs := make([]string, len(ext)-1)
		for i, h := range ext[1:] {
			hs[i] = cell(h)
		}
		return Record{Line: []byte(strings.Join(hs, sep)), Header: true}
	}
	first, last := g.name()
	email := g.email(first, last)
	when := g.now.Add(-time.Duration(g.rng.IntN(86400*3)) * time.Second)
	ip, ipCat := g.clientIP()
	cols := ext[1:]
	vals := make([]string, len(cols))
	// keep labels a look-alike with the delimiters around it, so that a
	// short number is looked for where it was.
	keep := func(i int, cat, v string) {
		vals[i] = v
		f := cell(v)
		switch {
		case i == 0:
			f += sep
		case i == len(cols)-1:
			f = sep + f
		default:
			f = sep + f + sep
		}
		g.keepAt(cat, v, f)
	}
	evType := map[string]string{"Sent": "Sent", "Opens": "Open", "Clicks": "Click", "Unsubs": "Unsubscribe"}[ext[0]]
	bounce := pick(g, [][4]string{
		{"HardBounce", "Hard bounce", "550", "smtp;550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table"},
		{"HardBounce", "Hard bounce", "550", "smtp;550 5.1.1 The email account that you tried to reach does not exist. %s"},
		{"SoftBounce", "Soft bounce", "452", "smtp;452 4.2.2 The email account that you tried to reach is over quota. <%s>"},
		{"OtherBounce", "Block bounce", "554", "smtp;554 5.7.1 <%s>: Relay access denied"},
		{"OtherBounce", "Technical/Other bounce", "421", "smtp;421 4.4.2 Connection timed out"},
		{"SoftBounce", "Unknown bounce", "", "Unknown"},
	})
	if ext[0] == "Bounces" {
		evType = bounce[0]
	}
	for i, c := range cols {
		switch c {
		case "ClientID":
			keep(i, "uniqueid", "10"+g.digits(5))
		case "SendID", "BatchID", "SubscriberID", "SendURLID", "URLID":
			keep(i, "uniqueid", g.num(1, 9)+g.digits(5+g.rng.IntN(3)))
		case "ListID":
			keep(i, "uniqueid", g.num(100, 99999))
		case "SubscriberKey":
			switch g.rng.IntN(10) {
			case 0, 1, 2, 3, 4:
				// By default the subscriber key is the address.
				vals[i] = email
				g.plantAt("email", email, cell(email))
			case 5, 6, 7:
				keep(i, "uniqueid", g.sfmcCRMID())
			default:
				keep(i, "uuid", strings.ToUpper(g.uuid()))
			}
		case "EmailAddress":
			vals[i] = email
			g.plantAt("email", email)
		case "EventDate", "DateCreated":
			keep(i, "timestamp", sfmcDate(when))
		case "DateHeld", "DateUnsubscribed":
			// empty unless the subscriber is held or unsubscribed
		case "Status":
			vals[i] = pick(g, []string{"Active", "Active", "Held", "Unsubscribed", "Bounced"})
		case "EventType":
			vals[i] = evType
		case "TriggeredSendExternalKey":
			if g.pct(50) {
				vals[i] = pick(g, []string{"welcome_series_01", "PasswordReset", "order-confirmation", "2741"})
			}
		case "IsUnique":
			vals[i] = pick(g, []string{"True", "False"})
		case "IpAddress":
			vals[i] = ip
			g.plantAt(ipCat, ip)
		case "Country":
			vals[i] = pick(g, []string{"United States", "Germany", "United Kingdom", ""})
		case "Region":
			vals[i] = pick(g, []string{"Texas", "Berlin", "England", ""})
		case "City":
			vals[i] = pick(g, []string{"Austin", "Berlin", "London", ""})
		case "Browser":
			vals[i] = pick(g, []string{"Chrome 120.0", "Safari 17.1", "Firefox 121.0", "Unknown"})
		case "EmailClient":
			vals[i] = pick(g, []string{"Gmail", "Apple Mail", "Outlook 2019", "Yahoo! Mail"})
		case "OperatingSystem":
			vals[i] = pick(g, []string{"Windows 10", "iOS 17", "Mac OS X", "Android 14"})
		case "Device":
			vals[i] = pick(g, []string{"Desktop", "Mobile", "Tablet"})
		case "URL":
			u := "https://www.example-shop.com/" + pick(g, []string{"sale", "account/preferences", "p/sneakers-2026"}) +
				"?utm_source=salesforce&utm_medium=email&utm_campaign=" + pick(g, []string{"winter_sale", "nl_2026_12", "welcome"})
			if g.pct(40) {
				// AMPscript %%emailaddr%% personalises the link.
				enc := pctEnc(email, false, false)
				u += "&email=" + enc
				g.plantAt("email", email, enc)
			} else if g.pct(40) {
				sk := "&sk=" + strconv.Itoa(100000+g.rng.IntN(900000))
				u += sk
			}
			vals[i] = u
		case "Alias":
			vals[i] = pick(g, []string{"Hero CTA", "Footer - Preferences", "", "Shop now"})
		case "BounceCategory":
			vals[i] = bounce[1]
		case "SMTPCode":
			vals[i] = bounce[2]
		case "BounceReason":
			r := bounce[3]
			if strings.Contains(r, "%s") {
				r = strings.Replace(r, "%s", email, 1)
				g.plantAt("email", email)
			}
			vals[i] = r
		}
	}
	for i := range vals {
		vals[i] = cell(vals[i])
	}
	return Record{Line: []byte(strings.Join(vals, sep))}
}

// marketoActivityTypes are standard activity types: id, name, the
// primary attribute's meaning.
var marketoActivityTypes = []struct {
	id   int
	name string
}{
	{1, "Visit Webpage"}, {2, "Fill Out Form"}, {3, "Click Link"}, {6, "Send Email"}, {7, "Email Delivered"},
	{8, "Email Bounced"}, {10, "Open Email"}, {11, "Click Email"}, {12, "New Lead"}, {13, "Change Data Value"}, {22, "Change Score"},
}

// mktoAttr is one attribute of an activity: its name, value and the
// value's label ("" none, a look-alike category or a planted one).
type mktoAttr struct{ name, val, cat string }

// marketoActivity makes one activity's primary attribute and attributes,
// labelling the personal values in the forms given by enc (the JSON
// string of the REST response, or the attributes column of the bulk
// export, JSON again inside a CSV cell).
func (g *gen) marketoActivity(typ int, first, last, email string) (primaryID, primary string, attrs []mktoAttr) {
	ip, ipCat := g.clientIP()
	ua, ver := g.ua()
	if ver != "" && typ != 6 && typ != 7 && typ != 8 && typ != 12 && typ != 13 && typ != 22 {
		g.keepAt("version", ver)
	}
	page := pick(g, []string{"/pricing.html", "/lp/webinar-2026.html", "/blog/post-42", "/contact-us"})
	host := "www.example.com"
	qp := "utm_source=google&utm_medium=cpc&utm_campaign=q4_demand"
	qpCat := ""
	if g.pct(35) {
		// A landing page link carries the known address (mkt_tok's
		// page prefill or the sender's own merge field).
		qp += "&email=" + pctEnc(email, false, false)
		qpCat = "email"
	}
	switch typ {
	case 1, 3:
		primaryID = g.num(10, 9999)
		primary = host + page
		if typ == 3 {
			primary = "https://" + host + page + "?" + qp
		}
		attrs = []mktoAttr{{"Client IP Address", ip, ipCat}, {"Query Parameters", qp, qpCat},
			{"Referrer URL", pick(g, []string{"https://www.google.com/", "", "https://" + host + "/"}), ""},
			{"User Agent", ua, ""}, {"Webpage URL", page, ""}}
	case 2:
		primaryID = g.num(1000, 9999)
		primary = pick(g, []string{"LP-Webinar.Form", "Contact Us Form", "Gated Content - Whitepaper"})
		ph := g.phone()
		// _mkt_trk is the Munchkin cookie (a visitor id), unlabelled as
		// analytics visitor ids are elsewhere.
		fields := `{"FirstName":"` + jsonEsc(first) + `","LastName":"` + jsonEsc(last) + `","Email":"` + jsonEsc(email) +
			`","Phone":"` + jsonEsc(ph) + `","Company":"Northwind Traders","Country":"United States","Unsubscribed":"no","_mkt_trk":"id:` +
			g.num(100, 999) + `-ABC-` + g.num(100, 999) + `&token:_mch-example.com-` + g.digits(13) + `-` + g.digits(5) + `"}`
		g.plantAt("name", first)
		g.plantAt("name", last)
		g.plantAt("phone", ph)
		attrs = []mktoAttr{{"Client IP Address", ip, ipCat}, {"Form Fields", fields, "form:" + email},
			{"Query Parameters", qp, qpCat}, {"Referrer URL", "https://" + host + page, ""},
			{"User Agent", ua, ""}, {"Webpage ID", g.num(1000, 9999), ""}}
	case 6, 7, 10, 11:
		primaryID = g.num(1000, 9999)
		primary = pick(g, []string{"Webinar Invite.Email 1", "Nurture Track 2.Welcome", "Q4 Newsletter.Email"})
		attrs = []mktoAttr{{"Campaign Run ID", g.num(1000, 99999), ""}, {"Step ID", g.num(1, 40), ""},
			{"Choice Number", "0", ""}, {"Is Mock", "false", ""}}
		if typ == 10 || typ == 11 {
			attrs = append(attrs, mktoAttr{"Device", pick(g, []string{"iPhone", "Desktop"}), ""},
				mktoAttr{"Platform", pick(g, []string{"iOS", "Windows"}), ""}, mktoAttr{"User Agent", ua, ""},
				mktoAttr{"Is Bot Activity", "false", ""})
		}
		if typ == 11 {
			attrs = append(attrs, mktoAttr{"Link", "https://" + host + page + "?" + qp, qpCat}, mktoAttr{"Link ID", g.num(100, 99999), ""})
		}
	case 8:
		primaryID = g.num(1000, 9999)
		primary = "Q4 Newsletter.Email"
		attrs = []mktoAttr{{"Campaign Run ID", g.num(1000, 99999), ""}, {"Category", "1", ""},
			{"Details", "550 5.1.1 <" + email + ">: Recipient address rejected: User unknown", "email:" + email},
			{"Email", email, "email"}, {"Subcategory", "1003", ""}, {"Step ID", g.num(1, 40), ""}}
	case 12:
		primary = first + " " + last
		attrs = []mktoAttr{{"Source Type", pick(g, []string{"New lead", "Web form fillout", "List import"}), ""},
			{"Form Name", "Contact Us Form", ""}, {"Lead Source", "Website", ""}}
		g.plantAt("name", first)
		g.plantAt("name", last)
	case 13:
		primaryID = g.num(10, 200)
		field := pick(g, []string{"Phone Number", "Email Address", "Last Name", "Lead Status"})
		primary = field
		switch field {
		case "Phone Number":
			attrs = []mktoAttr{{"New Value", g.phone(), "phone"}, {"Old Value", g.phone(), "phone"}}
		case "Email Address":
			f2, l2 := g.name()
			attrs = []mktoAttr{{"New Value", email, "email"}, {"Old Value", g.email(f2, l2), "email"}}
		case "Last Name":
			_, l2 := g.name()
			attrs = []mktoAttr{{"New Value", last, "name"}, {"Old Value", l2, "name"}}
		default:
			attrs = []mktoAttr{{"New Value", "MQL", ""}, {"Old Value", "Engaged", ""}}
		}
		attrs = append(attrs, mktoAttr{"Reason", pick(g, []string{"Form fill-out, URL: " + host + page, "Changed by Smart Campaign", "Sync from CRM"}), ""},
			mktoAttr{"Source", pick(g, []string{"Web form fillout", "Salesforce.com", "Web service API"}), ""})
	default: // 22 Change Score
		primaryID = g.num(10, 200)
		primary = "Behavior Score"
		n := g.rng.IntN(90)
		attrs = []mktoAttr{{"Change Value", "+" + strconv.Itoa(5+g.rng.IntN(20)), ""}, {"New Value", strconv.Itoa(n + 10), ""},
			{"Old Value", strconv.Itoa(n), ""}, {"Reason", "Visited pricing page", ""}}
	}
	return primaryID, primary, attrs
}

// labelAttr labels an attribute's value as it appears once encoded by
// enc: a planted category, "email:<address>" for an address inside the
// value, "form:<address>" for the Form Fields JSON (the names and phone
// planted by marketoActivity; the address here).
func (g *gen) labelAttr(a mktoAttr, enc func(string) string) {
	switch {
	case a.cat == "":
	case strings.HasPrefix(a.cat, "email:") || strings.HasPrefix(a.cat, "form:"):
		addr := a.cat[strings.IndexByte(a.cat, ':')+1:]
		g.plantAt("email", addr, enc(addr))
	case a.cat == "email" && strings.Contains(a.val, "%40"):
		// Query Parameters and links hold the address percent-encoded:
		// the caller labels it in that form.
	default:
		g.plantAt(a.cat, a.val, enc(a.val))
	}
}

// marketoActivityJSON is a stream of Marketo's REST Get Lead Activities
// responses in one stream of three, the bulk activity export's CSV in the
// second and the bulk lead export's CSV in the third.
func (g *gen) marketoActivityJSON(st *streamState) Record {
	switch st.variant % 3 {
	case 1:
		return g.marketoBulkActivities(st)
	case 2:
		return g.marketoBulkLeads(st)
	}
	var b []byte
	b = append(b, '{')
	b = g.jk(b, "requestId", "requestid", g.hexID(4)+"#"+g.hexID(11))
	b = append(jkey(b, "result"), '[')
	n := 1 + g.rng.IntN(3)
	first, last := g.name()
	email := g.email(first, last)
	lead := g.num(1000, 9999999)
	for i := 0; i < n; i++ {
		t := pick(g, marketoActivityTypes)
		id := g.num(1000000, 99999999)
		b = jo(b, "")
		b = jn(b, "id", id)
		g.keepAt("uniqueid", id, `"id":`+id)
		if g.pct(50) {
			b = g.jk(b, "marketoGUID", "uniqueid", id)
		} else {
			b = g.jk(b, "marketoGUID", "uuid", g.uuid())
		}
		b = jn(b, "leadId", lead)
		g.keepAt("uniqueid", lead, `"leadId":`+lead)
		b = g.jk(b, "activityDate", "timestamp", g.now.Add(-time.Duration(g.rng.IntN(86400))*time.Second).UTC().Format("2006-01-02T15:04:05Z"))
		b = jn(b, "activityTypeId", strconv.Itoa(t.id))
		if g.pct(60) {
			b = jn(b, "campaignId", g.num(1000, 9999))
		}
		pid, prim, attrs := g.marketoActivity(t.id, first, last, email)
		if pid != "" {
			b = jn(b, "primaryAttributeValueId", pid)
		}
		b = g.js(b, "primaryAttributeValue", prim)
		if t.id == 3 && strings.Contains(prim, "email=") {
			enc := pctEnc(email, false, false)
			g.plantAt("email", email, enc)
		}
		b = append(jkey(b, "attributes"), '[')
		for _, a := range attrs {
			b = jo(b, "")
			b = g.js(b, "name", a.name)
			b = g.js(b, "value", a.val)
			b = append(b, '}')
			g.labelAttr(a, jsonEsc)
			if (a.name == "Query Parameters" || a.name == "Link") && a.cat == "email" {
				g.plantAt("email", email, pctEnc(email, false, false))
			}
		}
		b = append(b, ']', '}')
	}
	b = append(b, ']')
	b = append(jkey(b, "success"), "true"...)
	if g.pct(50) {
		// A paging cursor (base32 of the position): unlabelled, no
		// person in it and nothing a redactor must keep.
		b = g.js(b, "nextPageToken", "GIYDAOBNGEYS2MBWKQYDAORQGA5DAMBOGAYDAKZQGAYDALBQ")
		b = append(jkey(b, "moreResult"), "true"...)
	}
	return Record{Line: append(b, '}')}
}

// marketoBulkActivities is the bulk activity extract's CSV: a header row,
// then marketoGUID, leadId, activityDate, activityTypeId, campaignId,
// primaryAttributeValueId, primaryAttributeValue and attributes, a JSON
// object of the activity's attributes in one quoted cell.
func (g *gen) marketoBulkActivities(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte("marketoGUID,leadId,activityDate,activityTypeId,campaignId,primaryAttributeValueId,primaryAttributeValue,attributes"), Header: true}
	}
	first, last := g.name()
	email := g.email(first, last)
	t := pick(g, marketoActivityTypes)
	guid := g.uuid()
	lead := g.num(1000, 9999999)
	g.keepAt("uuid", guid)
	g.keepAt("uniqueid", lead, ","+lead+",")
	date := g.now.Add(-time.Duration(g.rng.IntN(86400)) * time.Second).UTC().Format("2006-01-02T15:04:05Z")
	g.keepAt("timestamp", date)
	camp := ""
	if g.pct(60) {
		camp = g.num(1000, 9999)
	}
	pid, prim, attrs := g.marketoActivity(t.id, first, last, email)
	if t.id == 3 && strings.Contains(prim, "email=") {
		g.plantAt("email", email, pctEnc(email, false, false))
	}
	var j strings.Builder
	j.WriteByte('{')
	for i, a := range attrs {
		if i > 0 {
			j.WriteByte(',')
		}
		j.WriteString(`"` + jsonEsc(a.name) + `":"` + jsonEsc(a.val) + `"`)
		g.labelAttr(a, func(s string) string { return strings.ReplaceAll(jsonEsc(s), `"`, `""`) })
		if (a.name == "Query Parameters" || a.name == "Link") && a.cat == "email" {
			g.plantAt("email", email, pctEnc(email, false, false))
		}
	}
	j.WriteByte('}')
	cells := []string{guid, lead, date, strconv.Itoa(t.id), camp, pid, csvField(prim), csvQuote(j.String())}
	return Record{Line: []byte(strings.Join(cells, ","))}
}

// marketoLeadCols are the fields a bulk lead export was asked for.
var marketoLeadCols = []string{"id", "firstName", "lastName", "email", "phone", "company", "address", "city", "state", "postalCode", "country", "leadScore", "createdAt", "updatedAt", "unsubscribed"}

// marketoBulkLeads is the bulk lead extract's CSV: a header of the
// requested fields, then one lead a row, quoted where needed, null empty.
func (g *gen) marketoBulkLeads(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte(strings.Join(marketoLeadCols, ",")), Header: true}
	}
	first, last := g.name()
	email := g.email(first, last)
	p := g.postalAddr()
	vals := make([]string, len(marketoLeadCols))
	for i, c := range marketoLeadCols {
		switch c {
		case "id":
			vals[i] = g.num(1000, 9999999)
			g.keepAt("uniqueid", vals[i], vals[i]+",")
		case "firstName":
			vals[i] = first
			g.plantAt("name", first, csvField(first))
		case "lastName":
			vals[i] = last
			g.plantAt("name", last, csvField(last))
		case "email":
			vals[i] = email
			g.plantAt("email", email)
		case "phone":
			if g.pct(75) {
				vals[i] = g.phone()
				g.plantAt("phone", vals[i])
			}
		case "company":
			vals[i] = pick(g, []string{"Northwind Traders", "Acme, Inc.", "", "Contoso Ltd"})
		case "address":
			vals[i] = p.street
			if p.unit != "" && g.pct(50) {
				vals[i] += ", " + p.unit
			}
			g.plantAt("address", p.street)
		case "city":
			vals[i] = p.city
		case "state":
			vals[i] = p.region
		case "postalCode":
			vals[i] = p.zip
			g.plantAt("address", p.zip, ","+csvField(p.zip)+",")
		case "country":
			vals[i] = p.country
		case "leadScore":
			vals[i] = g.num(0, 120)
		case "createdAt", "updatedAt":
			vals[i] = g.now.Add(-time.Duration(g.rng.IntN(86400*400)) * time.Second).UTC().Format("2006-01-02T15:04:05Z")
			g.keepAt("timestamp", vals[i])
		case "unsubscribed":
			vals[i] = pick(g, []string{"false", "false", "true"})
		}
	}
	for i := range vals {
		vals[i] = csvField(vals[i])
	}
	return Record{Line: []byte(strings.Join(vals, ","))}
}

// customerioIterableHooks is Customer.io's reporting webhooks in even
// streams and Iterable's system webhooks in odd ones, one body a line.
func (g *gen) customerioIterableHooks(st *streamState) Record {
	if st.variant%2 == 1 {
		return g.iterableHook()
	}
	return g.customerioHook()
}

// customerioHook is a Customer.io reporting webhook: event_id (a ULID),
// object_type, metric, timestamp and data with the customer's
// identifiers, the delivery, and per metric the link, failure or push
// recipients.
func (g *gen) customerioHook() Record {
	first, last := g.name()
	email := g.email(first, last)
	obj := pick(g, []string{"email", "email", "email", "sms", "push"})
	var metric string
	switch obj {
	case "email":
		metric = pick(g, []string{"sent", "delivered", "opened", "clicked", "clicked", "bounced", "converted", "unsubscribed"})
	case "sms":
		metric = pick(g, []string{"sent", "delivered", "clicked", "failed"})
	default:
		metric = pick(g, []string{"sent", "delivered", "opened", "bounced"})
	}
	var b []byte
	b = append(b, '{')
	b = jo(b, "data")
	b = jn(b, "action_id", g.num(1, 400))
	b = jn(b, "campaign_id", g.num(1, 200))
	var cid, ccat string
	switch g.rng.IntN(3) {
	case 0:
		cid, ccat = email, "email"
	case 1:
		cid, ccat = g.num(1000, 999999), "uniqueid"
	default:
		cid, ccat = g.uuid(), "uuid"
	}
	if ccat == "email" {
		b = g.jp(b, "customer_id", ccat, cid)
	} else {
		b = g.jk(b, "customer_id", ccat, cid)
	}
	b = g.jk(b, "delivery_id", "uniqueid", g.token(24))
	b = jo(b, "identifiers")
	b = g.jk(b, "cio_id", "hash", g.hexID(12))
	if g.pct(80) {
		b = g.jp(b, "email", "email", email)
	} else {
		b = append(jkey(b, "email"), "null"...)
	}
	if ccat == "email" {
		b = g.jp(b, "id", ccat, cid)
	} else {
		b = g.jk(b, "id", ccat, cid)
	}
	b = append(b, '}')
	switch obj {
	case "email":
		b = g.jp(b, "recipient", "email", email)
		subj := pick(g, []string{"Your order has shipped", "", "Reset your password"})
		if subj == "" {
			// A given name alone in a sentence: out of scope
			// (name_text), as no structure marks it.
			subj = "Welcome aboard, " + first + "!"
			g.plantAt("name_text", first)
		}
		b = g.js(b, "subject", subj)
	case "sms":
		ph := g.e164()
		b = g.jp(b, "recipient", "phone", ph)
	case "push":
		b = ja(b, "recipients")
		b = jo(b, "")
		if g.pct(50) {
			b = g.jp(b, "device_id", "device_id", g.fcmToken())
			b = g.js(b, "device_platform", "android")
		} else {
			b = g.jp(b, "device_id", "device_id", g.apnsToken())
			b = g.js(b, "device_platform", "ios")
		}
		b = append(b, '}', ']')
	}
	switch metric {
	case "clicked":
		u := "https://www.example-shop.com/" + pick(g, []string{"cart", "sale", "account"}) + "?utm_campaign=" + pick(g, []string{"abandoned_cart", "winter"}) + "&utm_medium=" + obj + "&utm_source=customerio"
		if g.pct(40) {
			enc := pctEnc(email, false, false)
			u += "&email=" + enc
			g.plantAt("email", email, enc)
		}
		b = g.js(b, "href", u)
		b = jn(b, "link_id", g.num(1, 400))
		b = append(jkey(b, "machine"), "false"...)
	case "bounced", "failed":
		var msg string
		switch obj {
		case "email":
			msg = pick(g, []string{"550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table",
				"552 5.2.2 <%s>: mailbox full", "554 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org"})
			if strings.Contains(msg, "%s") {
				msg = strings.Replace(msg, "%s", email, 1)
				g.plantAt("email", email)
			}
		case "sms":
			msg = "Twilio Error: 30006 Landline or unreachable carrier"
		default:
			msg = "Device not registered"
		}
		b = g.js(b, "failure_message", msg)
	case "converted":
		b = g.js(b, "conversion_event", "purchase")
	}
	if obj == "email" {
		b = g.js(b, "journey_id", g.ulid())
	}
	b = append(b, '}')
	eid := g.ulid()
	b = g.jk(b, "event_id", "uniqueid", eid)
	b = g.js(b, "metric", metric)
	b = g.js(b, "object_type", obj)
	ts := strconv.FormatInt(g.now.Unix()-int64(g.rng.IntN(3600)), 10)
	b = jn(b, "timestamp", ts)
	g.keepAt("epoch", ts)
	return Record{Line: append(b, '}')}
}

// iterableHook is an Iterable system webhook: email, eventName and
// dataFields (the event's fields and, on sends, the user's profile
// fields merged in; createdAt as "YYYY-MM-DD hh:mm:ss +00:00").
func (g *gen) iterableHook() Record {
	first, last := g.name()
	email := g.email(first, last)
	ev := pick(g, []string{"emailSend", "emailOpen", "emailClick", "emailClick", "emailBounce", "emailUnSubscribe", "smsSend", "smsReceived", "pushSend", "pushBounce"})
	var b []byte
	b = append(b, '{')
	b = g.jp(b, "email", "email", email)
	b = g.js(b, "eventName", ev)
	b = jo(b, "dataFields")
	created := g.now.Add(-time.Duration(g.rng.IntN(3600)) * time.Second).UTC().Format("2006-01-02 15:04:05 +00:00")
	b = g.jk(b, "createdAt", "timestamp", created)
	camp, tmpl := g.num(100000, 9999999), g.num(100000, 9999999)
	b = jn(b, "campaignId", camp)
	g.keepAt("uniqueid", camp, `"campaignId":`+camp)
	b = jn(b, "templateId", tmpl)
	g.keepAt("uniqueid", tmpl, `"templateId":`+tmpl)
	b = g.jk(b, "messageId", "hash", g.hexID(32))
	b = g.jp(b, "email", "email", email)
	ua, ver := g.ua()
	ip, ipCat := g.clientIP()
	switch ev {
	case "emailSend":
		b = g.js(b, "emailSubject", pick(g, []string{"Your cart misses you", "Order #" + g.num(10000, 99999) + " confirmed"}))
		b = jn(b, "channelId", g.num(1000, 99999))
		b = jn(b, "messageTypeId", g.num(1000, 99999))
		b = g.js(b, "locale", pick(g, []string{"en-US", "de-DE"}))
		b = g.jp(b, "firstName", "name", first)
		b = g.jp(b, "lastName", "name", last)
		if g.pct(60) {
			b = g.jp(b, "phoneNumber", "phone", g.e164())
		}
		if g.pct(40) {
			b = g.jp(b, "userId", "email", email)
		} else {
			b = g.jk(b, "userId", "uniqueid", "u_"+g.digits(8))
		}
		b = g.jk(b, "signupDate", "timestamp", g.now.AddDate(0, -g.rng.IntN(30), 0).UTC().Format("2006-01-02 15:04:05 +00:00"))
	case "emailOpen", "emailClick":
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = g.jp(b, "ip", ipCat, ip)
		b = g.js(b, "userAgent", ua)
		b = g.js(b, "userAgentDevice", pick(g, []string{"Mac", "iPhone", "Windows", "Android"}))
		b = g.js(b, "city", pick(g, []string{"San Francisco", "Berlin", "London"}))
		b = g.js(b, "region", pick(g, []string{"CA", "BE", "ENG"}))
		b = g.js(b, "country", pick(g, []string{"United States", "Germany", "United Kingdom"}))
		if ev == "emailClick" {
			u := "https://www.example-shop.com/" + pick(g, []string{"deals", "account/orders", "p/jacket"}) + "?utm_source=iterable&utm_medium=email"
			if g.pct(40) {
				enc := pctEnc(email, false, false)
				u += "&em=" + enc
				g.plantAt("email", email, enc)
			}
			b = g.js(b, "url", u)
			b = g.js(b, "linkUrl", u)
			b = g.jk(b, "canonicalUrlId", "uniqueid", g.num(1, 9)+g.digits(9))
			b = jn(b, "hrefIndex", g.num(0, 12))
			b = g.jk(b, "linkId", "hash", g.hexID(40))
		}
	case "emailBounce":
		b = g.js(b, "recipientState", pick(g, []string{"HardBounce", "SoftBounce"}))
		msg := "smtp; 550 5.1.1 <" + email + ">: Recipient address rejected: User unknown"
		g.plantAt("email", email)
		b = g.js(b, "bounceMessage", msg)
	case "emailUnSubscribe":
		b = g.js(b, "unsubSource", pick(g, []string{"EmailLink", "ListUnsubscribe", "Complaint"}))
		b = ja(b, "emailListIds")
		b = append(b, g.num(1000, 99999)...)
		b = append(b, ']')
	case "smsSend", "smsReceived":
		to, from := g.e164(), "+1"+pick(g, []string{"415", "212"})+"55501"+g.digits(2)
		if ev == "smsReceived" {
			to, from = from, to
			b = g.jp(b, "fromPhoneNumber", "phone", from)
			b = g.js(b, "toPhoneNumber", to)
			b = g.js(b, "smsMessage", pick(g, []string{"STOP", "YES", "Help"}))
		} else {
			b = g.jp(b, "toPhoneNumber", "phone", to)
			b = g.js(b, "fromPhoneNumber", from)
			b = jn(b, "fromSMSSenderId", g.num(100, 9999))
			b = g.js(b, "smsMessage", "Hi "+first+", your code expires soon. Reply STOP to opt out.")
			g.plantAt("name_text", first) // as the subject's
		}
		b = g.jk(b, "smsProviderResponseCode", "status", "queued")
	case "pushSend", "pushBounce":
		b = g.js(b, "platformEndpoint", "")
		b = ja(b, "deviceTokens")
		tok := g.apnsToken()
		if g.pct(50) {
			tok = g.fcmToken()
		}
		b = jcomma(b)
		b = append(b, '"')
		b = append(b, tok...)
		b = append(b, '"', ']')
		g.plantAt("device_id", tok)
		b = g.js(b, "pushMessage", "Your order is on its way")
		b = g.js(b, "badge", "")
		if ev == "pushBounce" {
			b = g.js(b, "reason", "Unregistered")
		}
	}
	b = append(b, '}', '}')
	return Record{Line: b}
}
