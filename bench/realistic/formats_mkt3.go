package realistic

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Marketing automation, form builders and CRMs as the webhook receiver of
// a site's backend logs what they post (held out): ActiveCampaign's and
// Mailchimp's form-encoded webhooks, Typeform, Calendly and Jotform
// submissions, HubSpot webhooks and CRM objects, Klaviyo's profiles and
// events. Written from each vendor's developer documentation.

// formKV is one parameter of a form-encoded body and the label of its
// value: "" for none, a look-alike category (keepCats) or a planted one.
type formKV struct{ k, v, cat string }

var keepCats = map[string]bool{"timestamp": true, "uniqueid": true, "epoch": true, "orderid": true, "counter": true, "hash": true}

// formBody writes kvs as application/x-www-form-urlencoded (PHP's
// http_build_query: '+' for a blank, brackets percent-encoded unless raw)
// and labels every value in its encoded form.
func (g *gen) formBody(kvs []formKV, rawBrackets bool) []byte {
	var b []byte
	br := strings.NewReplacer("[", "%5B", "]", "%5D")
	for i, p := range kvs {
		if i > 0 {
			b = append(b, '&')
		}
		k := pctEnc(p.k, true, false)
		if rawBrackets {
			k = strings.NewReplacer("%5B", "[", "%5D", "]").Replace(k)
		} else {
			k = br.Replace(k)
		}
		v := pctEnc(p.v, true, false)
		b = append(b, k...)
		b = append(b, '=')
		b = append(b, v...)
		switch {
		case p.cat == "" || p.v == "":
		case keepCats[p.cat]:
			g.keepAt(p.cat, p.v, v)
		default:
			g.plantAt(p.cat, p.v, v)
		}
	}
	return b
}

// mailchimpForm is ActiveCampaign's webhooks in three streams of four and
// Mailchimp's in the fourth.
func (g *gen) mailchimpForm(st *streamState) Record {
	raw := st.variant%2 == 1
	if st.variant%4 == 3 {
		return g.mailchimpList(raw)
	}
	return g.activeCampaignHook(raw)
}

// acContact appends an ActiveCampaign contact's parameters (contact[id],
// email, names, phone, orgname, tags, ip and custom fields by their
// numeric id, any of which may be a phone number or a street).
func (g *gen) acContact(kvs []formKV, first, last, email string) []formKV {
	kvs = append(kvs, formKV{"contact[id]", g.num(10, 99999), "uniqueid"},
		formKV{"contact[email]", email, "email"},
		formKV{"contact[first_name]", first, "name"},
		formKV{"contact[last_name]", last, "name"})
	if g.pct(70) {
		kvs = append(kvs, formKV{"contact[phone]", g.phone(), "phone"})
	} else {
		kvs = append(kvs, formKV{"contact[phone]", "", ""})
	}
	kvs = append(kvs, formKV{"contact[orgname]", pick(g, []string{"", "Acme GmbH", "Northwind Traders"}), ""},
		formKV{"contact[customer_acct_name]", "", ""},
		formKV{"contact[tags]", pick(g, []string{"", "newsletter", "newsletter, webinar-2026", "TIER1, trial"}), ""})
	if g.pct(60) {
		kvs = append(kvs, formKV{"contact[ip]", g.ipv4(), "ipv4"})
	} else if g.pct(50) {
		kvs = append(kvs, formKV{"contact[ip]", g.ipv6(), "ipv6"})
	} else {
		// ActiveCampaign's own default when the API gave no address.
		kvs = append(kvs, formKV{"contact[ip]", "127.0.0.1", ""})
	}
	// Custom fields by their numeric id: the receiver cannot tell a
	// phone or a street from a plan name without the field list.
	for _, id := range []int{1 + g.rng.IntN(3), 4 + g.rng.IntN(4), 9 + g.rng.IntN(9)} {
		k := "contact[fields][" + strconv.Itoa(id) + "]"
		switch g.rng.IntN(6) {
		case 0:
			kvs = append(kvs, formKV{k, g.phone(), "phone"})
		case 1:
			p := g.postalAddr()
			kvs = append(kvs, formKV{k, p.street, "address"})
		case 2:
			kvs = append(kvs, formKV{k, g.now.AddDate(0, -g.rng.IntN(30), 0).Format("2006-01-02"), "timestamp"})
		case 3:
			kvs = append(kvs, formKV{k, pick(g, []string{"Free Forever", "Pro", "none"}), ""})
		case 4:
			kvs = append(kvs, formKV{k, g.num(0, 40), ""})
		default:
			kvs = append(kvs, formKV{k, "", ""})
		}
	}
	return kvs
}

// activeCampaignHook is an ActiveCampaign webhook: type, date_time (ISO
// 8601 with the account's offset), initiated_by, initiated_from, list,
// the contact, and per type the campaign, link, deal or note.
func (g *gen) activeCampaignHook(raw bool) Record {
	first, last := g.name()
	email := g.email(first, last)
	typ := pick(g, []string{"subscribe", "subscribe", "update", "unsubscribe", "open", "click", "deal_add", "deal_note_add", "contact_tag_added"})
	by := pick(g, []string{"admin", "public", "api", "system"})
	if typ == "open" || typ == "click" {
		by = "contact"
	}
	kvs := []formKV{
		{"url", "https://hooks.example.com/activecampaign", ""},
		{"type", typ, ""},
		{"date_time", g.now.In(time.FixedZone("", -5*3600)).Format("2006-01-02T15:04:05-07:00"), "timestamp"},
		{"initiated_by", by, ""},
		{"initiated_from", by, ""},
		{"list", g.num(0, 12), ""},
	}
	switch typ {
	case "subscribe":
		kvs = append(kvs, formKV{"form[id]", g.num(1, 40), ""})
	case "unsubscribe":
		kvs = append(kvs, formKV{"unsubscribe[reason]", pick(g, []string{"", "Too many emails", "I never signed up"}), ""})
	case "open", "click":
		kvs = append(kvs, formKV{"campaign[id]", g.num(100, 9999), "uniqueid"},
			formKV{"campaign[name]", pick(g, []string{"Winter sale", "November newsletter", "Webinar reminder"}), ""},
			formKV{"campaign[status]", "sent", ""},
			formKV{"message[id]", g.num(100, 9999), "uniqueid"},
			formKV{"message[subject]", "Your November update", ""})
	case "contact_tag_added":
		kvs = append(kvs, formKV{"tag", pick(g, []string{"webinar-2026", "vip", "churn-risk"}), ""})
	}
	kvs = g.acContact(kvs, first, last, email)
	switch typ {
	case "click":
		u := "https://shop.example.com/offer?utm_source=activecampaign"
		if g.pct(50) {
			u += "&email=" + pctEnc(email, false, false)
			// The link's own query encodes the address once, the form
			// body again.
			g.plantAt("email", email, pctEnc(pctEnc(email, false, false), true, false))
		}
		kvs = append(kvs, formKV{"link[id]", g.num(1, 400), "uniqueid"}, formKV{"link[url]", u, ""})
	case "deal_add", "deal_note_add":
		of, ol := g.name()
		kvs = append(kvs, formKV{"deal[id]", g.num(100, 99999), "uniqueid"},
			formKV{"deal[title]", "Northwind Traders - Enterprise", ""},
			formKV{"deal[create_date]", g.now.Format("2006-01-02 15:04:05"), "timestamp"},
			formKV{"deal[orgid]", g.num(1, 999), ""},
			formKV{"deal[orgname]", "Northwind Traders", ""},
			formKV{"deal[stageid]", g.num(1, 9), ""},
			formKV{"deal[stage_title]", "Qualified", ""},
			formKV{"deal[pipelineid]", g.num(1, 5), ""},
			formKV{"deal[pipeline_title]", "Sales", ""},
			formKV{"deal[value]", g.num(1, 99) + "," + g.num(100, 999) + ".00", ""},
			formKV{"deal[value_raw]", g.num(1000, 99999), ""},
			formKV{"deal[currency]", "usd", ""},
			formKV{"deal[currency_symbol]", "$", ""},
			formKV{"deal[owner]", g.num(1, 40), ""},
			formKV{"deal[owner_firstname]", of, "name"},
			formKV{"deal[owner_lastname]", ol, "name"},
			formKV{"deal[contactid]", g.num(10, 99999), "uniqueid"},
			formKV{"deal[contact_email]", email, "email"},
			formKV{"deal[contact_firstname]", first, "name"},
			formKV{"deal[contact_lastname]", last, "name"},
			formKV{"deal[status]", "0", ""})
		if typ == "deal_note_add" {
			ph := g.phone()
			note := "Called back on " + ph + ", wants a demo next week"
			kvs = append(kvs, formKV{"note[id]", g.num(10, 9999), "uniqueid"}, formKV{"note[note]", note, ""})
			g.plantAt("phone", ph, pctEnc(ph, true, false))
		}
	}
	return Record{Line: g.formBody(kvs, raw)}
}

// mailchimpList is a Mailchimp Marketing webhook (type, fired_at,
// data[...]): subscribe with the audience's merge fields (ADDRESS as its
// parts, BIRTHDAY, a phone under the audience's own MMERGE tag,
// GROUPINGS), upemail, cleaned and campaign.
func (g *gen) mailchimpList(raw bool) Record {
	first, last := g.name()
	email := g.email(first, last)
	typ := pick(g, []string{"subscribe", "subscribe", "profile", "upemail", "cleaned", "campaign"})
	kvs := []formKV{{"type", typ, ""}, {"fired_at", g.now.Format("2006-01-02 15:04:05"), "timestamp"}}
	list := g.hexID(10)
	switch typ {
	case "subscribe", "profile":
		ip := g.ipv4()
		kvs = append(kvs, formKV{"data[id]", g.hexID(10), "uniqueid"}, formKV{"data[list_id]", list, "uniqueid"},
			formKV{"data[email]", email, "email"}, formKV{"data[email_type]", "html", ""},
			formKV{"data[ip_opt]", ip, "ipv4"}, formKV{"data[web_id]", g.num(100000000, 999999999), "uniqueid"},
			formKV{"data[merges][EMAIL]", email, "email"}, formKV{"data[merges][FNAME]", first, "name"},
			formKV{"data[merges][LNAME]", last, "name"})
		if typ == "subscribe" {
			kvs = append(kvs, formKV{"data[ip_signup]", ip, "ipv4"})
		}
		if g.pct(60) {
			kvs = append(kvs, formKV{"data[merges][PHONE]", g.phone(), "phone"})
		}
		if g.pct(40) {
			kvs = append(kvs, formKV{"data[merges][MMERGE" + g.num(5, 9) + "]", g.phone(), "phone"})
		}
		if g.pct(50) {
			p := g.postalAddr()
			kvs = append(kvs, formKV{"data[merges][ADDRESS][addr1]", p.street, "address"},
				formKV{"data[merges][ADDRESS][addr2]", p.unit, ""},
				formKV{"data[merges][ADDRESS][city]", p.city, ""},
				formKV{"data[merges][ADDRESS][state]", p.region, ""},
				formKV{"data[merges][ADDRESS][zip]", p.zip, "address"},
				formKV{"data[merges][ADDRESS][country]", p.cc, ""})
		}
		if g.pct(40) {
			// A birthday merge field is month and day only.
			kvs = append(kvs, formKV{"data[merges][BIRTHDAY]", two(1+g.rng.IntN(12)) + "/" + two(1+g.rng.IntN(28)), ""})
		}
		kvs = append(kvs, formKV{"data[merges][GROUPINGS][0][id]", g.num(1000, 9999), "uniqueid"},
			formKV{"data[merges][GROUPINGS][0][unique_id]", g.hexID(10), "uniqueid"},
			formKV{"data[merges][GROUPINGS][0][name]", "Interests", ""},
			formKV{"data[merges][GROUPINGS][0][groups]", "Product news, Events", ""})
	case "upemail":
		nf, nl := g.name()
		kvs = append(kvs, formKV{"data[list_id]", list, "uniqueid"}, formKV{"data[new_id]", g.hexID(10), "uniqueid"},
			formKV{"data[new_email]", g.email(nf, nl), "email"}, formKV{"data[old_email]", email, "email"})
	case "cleaned":
		kvs = append(kvs, formKV{"data[list_id]", list, "uniqueid"}, formKV{"data[campaign_id]", g.hexID(10), "uniqueid"},
			formKV{"data[reason]", pick(g, []string{"hard", "abuse"}), ""}, formKV{"data[email]", email, "email"})
	case "campaign":
		kvs = append(kvs, formKV{"data[id]", g.hexID(10), "uniqueid"}, formKV{"data[subject]", "Winter sale: 20% off", ""},
			formKV{"data[status]", "sent", ""}, formKV{"data[reason]", "", ""}, formKV{"data[list_id]", list, "uniqueid"})
	}
	return Record{Line: g.formBody(kvs, raw)}
}

// Form builders.

func (g *gen) formBuildersJSON(st *streamState) Record {
	switch st.variant % 3 {
	case 0:
		if g.pct(25) {
			return g.typeformResponse(false)
		}
		return g.typeformResponse(true)
	case 1:
		return g.calendlyInvitee()
	}
	return g.jotformSubmission()
}

// ulid returns a ULID (Crockford base32, 26 characters), as Typeform's
// event ids and Klaviyo's profile ids are.
func (g *gen) ulid() string {
	return "01" + g.chars(24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
}

// tfField is one question of a typeform: its id, ref, type and title,
// and the answer's type and value.
type tfField struct {
	id, ref, typ, title string
	atype, val, cat     string
}

// typeformResponse is a Typeform webhook (event_id, event_type,
// form_response with hidden fields, definition.fields[] and answers[]
// typed text, email, phone_number, choice, number, date) or, without
// webhook, a Responses API item (landing_id, token, metadata with the
// user agent, referer and the hashed network_id).
func (g *gen) typeformResponse(webhook bool) Record {
	first, last := g.name()
	email := g.email(first, last)
	formID := g.chars(6, base62)
	fid := func() string { return g.chars(12, base62) }
	fields := []tfField{
		{fid(), g.uuid(), "short_text", "What's your name?", "text", first + " " + last, "name"},
		{fid(), "email", "email", "And your email address, " + "{{field:name}}?", "email", email, "email"},
	}
	if g.pct(60) {
		fields = append(fields, tfField{fid(), g.uuid(), "phone_number", "Best number to reach you?", "phone_number", g.e164(), "phone"})
	}
	fields = append(fields, tfField{fid(), "topic", "multiple_choice", "What is this about?", "choice", pick(g, []string{"Sales", "Support", "Partnership"}), ""})
	if g.pct(50) {
		fields = append(fields, tfField{fid(), "seats", "number", "How many seats?", "number", g.num(1, 500), ""})
	}
	if g.pct(50) {
		ph := g.phone()
		msg := pick(g, []string{"Please call me back on " + ph + " after 5pm.", "My number changed, it is now " + ph + "."})
		fields = append(fields, tfField{fid(), g.uuid(), "long_text", "Anything else?", "text", msg, "phone:" + ph})
	} else if g.pct(40) {
		p := g.postalAddr()
		fields = append(fields, tfField{fid(), "shipping", "short_text", "Where should we send the sample?", "text", p.line(), "postal"})
		defer g.plantPostal(p, jsonEsc)
	}
	if g.pct(30) {
		fields = append(fields, tfField{fid(), "visit", "date", "Preferred date", "date", g.now.AddDate(0, 0, 3+g.rng.IntN(20)).Format("2006-01-02"), "timestamp"})
	}
	token := g.chars(32, lowerNum)
	landed := g.now.Add(-time.Duration(30+g.rng.IntN(600)) * time.Second).Format("2006-01-02T15:04:05Z")
	submitted := g.now.Format("2006-01-02T15:04:05Z")
	b := make([]byte, 0, 2500)
	b = append(b, '{')
	inner := func(b []byte) []byte {
		if webhook {
			b = g.jk(b, "form_id", "uniqueid", formID)
		} else {
			b = g.jk(b, "landing_id", "uniqueid", token)
		}
		// The response's token: an id, but under a key named token a
		// redactor cannot tell it from a credential, and either outcome
		// is acceptable: unlabelled (landing_id and response_id, the
		// same id, are kept).
		b = g.js(b, "token", token)
		if !webhook {
			b = g.jk(b, "response_id", "uniqueid", token)
			b = g.js(b, "response_type", "completed")
		}
		b = g.jk(b, "landed_at", "timestamp", landed)
		b = g.jk(b, "submitted_at", "timestamp", submitted)
		if !webhook {
			b = jo(b, "metadata")
			ua, ver := g.ua()
			b = g.js(b, "user_agent", ua)
			if ver != "" {
				g.keepAt("version", ver)
			}
			b = g.js(b, "platform", pick(g, []string{"other", "mobile"}))
			ref := "https://acme.typeform.com/to/" + formID
			if g.pct(40) {
				ref += "?email=" + pctEnc(email, false, false)
				g.plantAt("email", email, pctEnc(email, false, false))
			}
			b = g.js(b, "referer", ref)
			b = g.jk(b, "network_id", "hash", g.hexID(10))
			b = g.js(b, "browser", "default")
			b = append(b, '}')
		}
		b = jo(b, "hidden")
		if g.pct(50) {
			b = g.jp(b, "email", "email", email)
		}
		if g.pct(50) {
			b = g.jk(b, "user_id", "uniqueid", g.num(10000, 9999999))
		}
		b = g.js(b, "utm_source", pick(g, []string{"newsletter", "google", "linkedin"}))
		b = append(b, '}')
		b = jo(b, "calculated")
		b = jn(b, "score", g.num(0, 10))
		b = append(b, '}')
		if webhook {
			b = jo(b, "definition")
			b = g.jk(b, "id", "uniqueid", formID)
			b = g.js(b, "title", pick(g, []string{"Contact us", "Book a demo", "Request a sample"}))
			b = ja(b, "fields")
			for _, f := range fields {
				b = jo(b, "")
				b = g.jk(b, "id", "uniqueid", f.id)
				b = g.js(b, "ref", f.ref)
				b = g.js(b, "type", f.typ)
				b = g.js(b, "title", f.title)
				b = append(b, `,"properties":{}`...)
				if f.typ == "multiple_choice" {
					b = append(b, `,"allow_multiple_selections":false,"allow_other_choice":false`...)
				}
				b = append(b, '}')
			}
			b = append(b, "]}"...)
		}
		b = ja(b, "answers")
		for _, f := range fields {
			b = jo(b, "")
			b = g.js(b, "type", f.atype)
			switch {
			case f.atype == "choice":
				b = jo(b, "choice")
				b = g.js(b, "label", f.val)
				b = append(b, '}')
			case f.atype == "number":
				b = jn(b, "number", f.val)
			case strings.HasPrefix(f.cat, "phone:"):
				b = g.js(b, f.atype, f.val)
				ph := f.cat[len("phone:"):]
				g.plantAt("phone", ph)
			case f.cat == "postal":
				b = g.js(b, f.atype, f.val)
			case f.cat == "timestamp":
				b = g.jk(b, f.atype, "timestamp", f.val)
			default:
				b = g.jp(b, f.atype, f.cat, f.val)
			}
			b = jo(b, "field")
			b = g.jk(b, "id", "uniqueid", f.id)
			b = g.js(b, "type", f.typ)
			b = g.js(b, "ref", f.ref)
			b = append(b, "}}"...)
		}
		b = append(b, ']')
		if webhook {
			b = jo(b, "ending")
			b = g.js(b, "id", "DefaultTyScreen")
			b = g.js(b, "ref", "default_tys")
			b = append(b, '}')
		}
		return b
	}
	if webhook {
		b = g.jk(b, "event_id", "uniqueid", g.ulid())
		b = g.js(b, "event_type", "form_response")
		b = jo(b, "form_response")
		b = inner(b)
		b = append(b, '}')
	} else {
		b = inner(b)
	}
	return Record{Line: append(b, '}')}
}

// calendlyURI returns an API resource URI with a UUID, as Calendly's v2
// API names users, event types, scheduled events and invitees.
func (g *gen) calendlyURI(kind string) string {
	u := "https://api.calendly.com/" + kind + "/" + g.uuid()
	g.keepAt("uuid", u[strings.LastIndexByte(u, '/')+1:])
	return u
}

// calendlyInvitee is a Calendly webhook (created_at, created_by, event
// invitee.created or invitee.canceled, payload): the invitee (email,
// first_name, last_name, name, text_reminder_number, timezone,
// questions_and_answers[], tracking with UTM parameters, cancel and
// reschedule URLs) with the scheduled_event (location, event_guests,
// event_memberships of the hosts).
func (g *gen) calendlyInvitee() Record {
	first, last := g.name()
	email := g.email(first, last)
	ev := pick(g, []string{"invitee.created", "invitee.created", "invitee.canceled"})
	created := g.now.Add(-time.Second).Format("2006-01-02T15:04:05.000000Z")
	b := make([]byte, 0, 3000)
	b = append(b, '{')
	b = g.jk(b, "created_at", "timestamp", created)
	b = g.js(b, "created_by", g.calendlyURI("users"))
	b = g.js(b, "event", ev)
	b = jo(b, "payload")
	cu := g.uuid()
	b = g.js(b, "cancel_url", "https://calendly.com/cancellations/"+cu)
	g.keepAt("uuid", cu)
	b = g.jk(b, "created_at", "timestamp", created)
	b = g.jp(b, "email", "email", email)
	b = g.js(b, "event", g.calendlyURI("scheduled_events"))
	if g.pct(50) {
		b = g.jp(b, "first_name", "name", first)
		b = g.jp(b, "last_name", "name", last)
	} else {
		b = jn(b, "first_name", "null")
		b = jn(b, "last_name", "null")
	}
	b = g.jp(b, "name", "name", first+" "+last)
	b = jn(b, "new_invitee", "null")
	b = jn(b, "old_invitee", "null")
	b = ja(b, "questions_and_answers")
	pos := 0
	if g.pct(60) {
		b = jo(b, "")
		b = g.jp(b, "answer", "phone", g.phone())
		b = jn(b, "position", strconv.Itoa(pos))
		b = g.js(b, "question", pick(g, []string{"Phone number", "Mobile", "Your phone"}))
		b = append(b, '}')
		pos++
	}
	if g.pct(50) {
		b = jo(b, "")
		cf, cl := g.name()
		ce := g.email(cf, cl)
		b = g.js(b, "answer", "Please also invite my colleague "+cf+" "+cl+" ("+ce+")")
		g.plantAt("name_text", cf+" "+cl)
		g.plantAt("email", ce)
		b = jn(b, "position", strconv.Itoa(pos))
		b = g.js(b, "question", "Please share anything that will help prepare for our meeting.")
		b = append(b, '}')
		pos++
	}
	if g.pct(40) {
		b = jo(b, "")
		b = g.js(b, "answer", pick(g, []string{"Acme GmbH", "Northwind Traders", "Contoso Ltd"}))
		b = jn(b, "position", strconv.Itoa(pos))
		b = g.js(b, "question", "Company")
		b = append(b, '}')
	}
	b = append(b, ']')
	ru := g.uuid()
	b = g.js(b, "reschedule_url", "https://calendly.com/reschedulings/"+ru)
	g.keepAt("uuid", ru)
	b = jn(b, "rescheduled", "false")
	b = jn(b, "routing_form_submission", "null")
	b = jo(b, "scheduled_event")
	b = g.jk(b, "created_at", "timestamp", created)
	start := g.now.Add(time.Duration(24+g.rng.IntN(300)) * time.Hour).Truncate(30 * time.Minute)
	b = g.jk(b, "end_time", "timestamp", start.Add(30*time.Minute).Format("2006-01-02T15:04:05.000000Z"))
	b = ja(b, "event_guests")
	if g.pct(30) {
		gf, gl := g.name()
		b = jo(b, "")
		b = g.jk(b, "created_at", "timestamp", created)
		b = g.jp(b, "email", "email", g.email(gf, gl))
		b = g.jk(b, "updated_at", "timestamp", created)
		b = append(b, '}')
	}
	b = append(b, ']')
	b = ja(b, "event_memberships")
	hf, hl := g.name()
	b = jo(b, "")
	b = g.js(b, "user", g.calendlyURI("users"))
	b = g.jp(b, "user_email", "email", strings.ToLower(ascii(hf))+"."+strings.ToLower(ascii(hl))+"@acme.example.com")
	b = g.jp(b, "user_name", "name", hf+" "+hl)
	b = append(b, "}]"...)
	b = g.js(b, "event_type", g.calendlyURI("event_types"))
	b = jo(b, "invitees_counter")
	b = append(b, `"active":1,"limit":1,"total":1}`...)
	b = jo(b, "location")
	switch g.rng.IntN(4) {
	case 0:
		// The host calls the invitee: the location is the invitee's number.
		b = g.jp(b, "location", "phone", g.phone())
		b = g.js(b, "type", "outbound_call")
	case 1:
		p := g.postalAddr()
		b = g.js(b, "location", p.line())
		g.plantPostal(p, jsonEsc)
		b = g.js(b, "type", "physical")
	case 2:
		b = g.js(b, "join_url", "https://us02web.zoom.us/j/"+g.digits(11))
		b = g.js(b, "status", "pushed")
		b = g.js(b, "type", "zoom")
	default:
		b = g.js(b, "join_url", "https://meet.google.com/"+g.chars(3, "abcdefghijklmnopqrstuvwxyz")+"-"+g.chars(4, "abcdefghijklmnopqrstuvwxyz")+"-"+g.chars(3, "abcdefghijklmnopqrstuvwxyz"))
		b = g.js(b, "status", "processed")
		b = g.js(b, "type", "google_conference")
	}
	b = append(b, '}')
	// The event type's name is the host's wording; it names the invitee
	// only when an operator put a name in it: left unlabelled.
	b = g.js(b, "name", pick(g, []string{"30 Minute Meeting", "Product demo", "Intro call"}))
	b = g.jk(b, "start_time", "timestamp", start.Format("2006-01-02T15:04:05.000000Z"))
	b = g.js(b, "status", "active")
	b = g.jk(b, "updated_at", "timestamp", created)
	b = g.js(b, "uri", g.calendlyURI("scheduled_events"))
	b = append(b, '}')
	status := "active"
	if ev == "invitee.canceled" {
		status = "canceled"
	}
	b = g.js(b, "status", status)
	if g.pct(55) {
		b = g.jp(b, "text_reminder_number", "phone", g.e164Spaced())
	} else {
		b = jn(b, "text_reminder_number", "null")
	}
	b = g.js(b, "timezone", pick(g, []string{"Europe/Berlin", "America/New_York", "Europe/Kyiv", "Asia/Kolkata"}))
	b = jo(b, "tracking")
	b = g.js(b, "utm_campaign", pick(g, []string{"winter-sale", "demo-2026"}))
	b = g.js(b, "utm_source", pick(g, []string{"newsletter", "linkedin"}))
	b = jn(b, "utm_medium", "null")
	if g.pct(30) {
		b = g.jp(b, "utm_content", "email", email)
	} else {
		b = jn(b, "utm_content", "null")
	}
	b = jn(b, "utm_term", "null")
	b = jn(b, "salesforce_uuid", "null")
	b = append(b, '}')
	b = g.jk(b, "updated_at", "timestamp", created)
	iu := g.uuid()
	b = g.js(b, "uri", g.calendlyURI("scheduled_events")+"/invitees/"+iu)
	g.keepAt("uuid", iu)
	b = jn(b, "no_show", "null")
	b = jn(b, "payment", "null")
	b = jn(b, "reconfirmation", "null")
	if ev == "invitee.canceled" {
		b = jo(b, "cancellation")
		b = g.js(b, "canceled_by", first+" "+last)
		g.plantAt("name", first+" "+last)
		b = g.js(b, "reason", "Something came up")
		b = g.js(b, "canceler_type", "invitee")
		b = g.jk(b, "created_at", "timestamp", created)
		b = append(b, '}')
	}
	b = append(b, "}}"...)
	return Record{Line: b}
}

// e164Spaced returns an international number as Calendly's phone input
// writes it: '+', the country code and the national groups.
func (g *gen) e164Spaced() string {
	switch g.rng.IntN(4) {
	case 0:
		return "+1 " + pick(g, []string{"212", "415", "617"}) + "-555-01" + g.digits(2)
	case 1:
		return "+44 7700 900" + g.digits(3)
	case 2:
		return "+49 30 " + g.num(20000000, 99999999)
	}
	return "+380 67 " + g.digits(3) + " " + g.digits(4)
}

// phpJSON returns s as the body of a string json_encode writes by
// default: '/' as `\/`, every non-ASCII character as \uXXXX.
func phpJSON(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '/':
			b.WriteString(`\/`)
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r >= utf8.RuneSelf:
			if r > 0xffff {
				r = '?'
			}
			const hex = "0123456789abcdef"
			b.WriteString(`\u`)
			b.WriteByte(hex[r>>12&15])
			b.WriteByte(hex[r>>8&15])
			b.WriteByte(hex[r>>4&15])
			b.WriteByte(hex[r&15])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// jotformSubmission is a Jotform webhook's multipart fields as the
// receiver logs them in JSON: formID, submissionID, formTitle, ip,
// pretty ("Label:value" pairs joined by ", ") and rawRequest, the
// submission as a JSON string json_encode wrote (`\/`, \u escapes), its
// questions named q<n>_<name> with composite answers (fullName's first
// and last, phoneNumber's full or area and phone, address's addr_line1
// to postal).
func (g *gen) jotformSubmission() Record {
	first, last := g.name()
	email := g.email(first, last)
	formID := "2" + g.digits(14)
	subID := "5" + g.digits(18)
	ip := g.ipv4()
	phone := g.phone()
	var p postal
	addr := g.pct(50)
	if addr {
		p = g.postalAddr()
	}
	msg := pick(g, []string{"I'd like a quote for 20 seats.", "Please call me back.", "Wrong size delivered, order " + g.num(10000, 99999)})
	// rawRequest: the submission as json_encode wrote it.
	var r strings.Builder
	ms := g.now.UnixMilli()
	r.WriteString(`{"slug":"submit\/` + formID + `","jsExecutionTracker":"build-date-` + strconv.FormatInt(ms-90000, 10) + `=>init-started:` + strconv.FormatInt(ms-60000, 10) + `","submitSource":"form","submitDate":"` + strconv.FormatInt(ms, 10) + `","buildDate":"` + strconv.FormatInt(ms-90000, 10) + `","uploadServerUrl":"https:\/\/upload.jotform.com\/upload","eventObserver":"1",`)
	r.WriteString(`"q3_fullName":{"first":"` + phpJSON(first) + `","last":"` + phpJSON(last) + `"},`)
	r.WriteString(`"q4_email":"` + phpJSON(email) + `",`)
	split := g.pct(40)
	if split {
		// The phone field's two inputs: area code and number (NANP).
		area, local := pick(g, []string{"212", "415", "617"}), "555-01"+g.digits(2)
		phone = "(" + area + ") " + local
		r.WriteString(`"q5_phoneNumber":{"area":"` + area + `","phone":"` + local + `"},`)
		g.plantAt("phone", local)
	} else {
		r.WriteString(`"q5_phoneNumber":{"full":"` + phpJSON(phone) + `"},`)
	}
	if addr {
		r.WriteString(`"q6_address":{"addr_line1":"` + phpJSON(p.street) + `","addr_line2":"` + phpJSON(p.unit) + `","city":"` + phpJSON(p.city) + `","state":"` + phpJSON(p.region) + `","postal":"` + phpJSON(p.zip) + `","country":"` + phpJSON(p.country) + `"},`)
	}
	r.WriteString(`"q7_message":"` + phpJSON(msg) + `","event_id":"` + strconv.FormatInt(ms-60000, 10) + `_` + formID + `_` + g.chars(7, lowerNum) + `","timeToSubmit":"` + g.num(8, 300) + `","validatedNewRequiredFieldIDs":"{\"new\":1}","path":"\/submit\/` + formID + `"}`)
	raw := r.String()
	// The forms a value takes inside rawRequest: json_encode's escapes,
	// then the outer JSON string's.
	in := func(s string) string { return jsonEsc(phpJSON(s)) }
	pretty := "Full Name:" + first + " " + last + ", E-mail:" + email + ", Phone Number:" + phone
	if addr {
		pretty += ", Address:Street Address: " + p.street + " City: " + p.city + " Postal / Zip Code: " + p.zip
	}
	pretty += ", Message:" + msg
	g.plantAt("name", first, in(first), jsonEsc(first))
	g.plantAt("name", last, in(last), jsonEsc(last))
	g.plantAt("email", email, in(email), jsonEsc(email))
	if split {
		g.plantAt("phone", phone, jsonEsc(phone))
	} else {
		g.plantAt("phone", phone, in(phone), jsonEsc(phone))
	}
	if addr {
		for _, v := range []string{p.street, p.zip} {
			g.plantAt("address", v, in(v), jsonEsc(v))
		}
	}
	g.keepAt("uniqueid", formID)
	g.keepAt("uniqueid", subID)
	g.keepAt("epoch", strconv.FormatInt(ms, 10))
	b := make([]byte, 0, 2500)
	b = append(b, '{')
	b = g.js(b, "action", "")
	b = g.js(b, "webhookURL", "https://hooks.example.com/jotform")
	b = g.js(b, "username", pick(g, []string{"acme_forms", "northwind"}))
	b = g.js(b, "formID", formID)
	b = g.js(b, "type", "WEB")
	b = g.js(b, "customParams", "")
	b = g.js(b, "product", "false")
	b = g.js(b, "formTitle", pick(g, []string{"Contact Us", "Quote Request", "Returns"}))
	b = g.js(b, "customTitle", "")
	b = g.js(b, "submissionID", subID)
	b = g.js(b, "event", "")
	b = g.js(b, "documentID", "")
	b = g.js(b, "teamID", "")
	b = g.js(b, "subject", "")
	b = g.js(b, "isSilent", "false")
	b = g.js(b, "customBody", "")
	b = g.js(b, "rawRequest", raw)
	b = g.js(b, "fromTable", "")
	b = g.js(b, "appID", "")
	b = g.js(b, "pretty", pretty)
	b = g.js(b, "unread", "")
	b = g.js(b, "parent", "")
	b = g.jp(b, "ip", "ipv4", ip)
	return Record{Line: append(b, '}')}
}

// HubSpot and Klaviyo.

func (g *gen) hubspotKlaviyoJSON(st *streamState) Record {
	if st.variant%2 == 0 {
		if g.pct(40) {
			return g.hubspotWebhook()
		}
		return g.hubspotContact()
	}
	if g.pct(50) {
		return g.klaviyoProfile()
	}
	return g.klaviyoEvent()
}

// hubspotWebhook is a HubSpot webhook request body: an array of events
// (eventId, subscriptionId, portalId, appId, occurredAt, subscriptionType,
// attemptNumber, objectId, changeSource, and for a property change
// propertyName and propertyValue).
func (g *gen) hubspotWebhook() Record {
	portal := g.num(1000000, 49999999)
	app := g.num(100000, 4999999)
	b := []byte{'['}
	n := 1 + g.rng.IntN(3)
	obj := g.num(1000, 99999999)
	first, last := g.name()
	for i := 0; i < n; i++ {
		b = jo(b, "")
		b = jn(b, "eventId", g.num(100000000, 2147483647))
		b = jn(b, "subscriptionId", g.num(100000, 9999999))
		b = jn(b, "portalId", portal)
		b = jn(b, "appId", app)
		ms := strconv.FormatInt(g.now.UnixMilli()-int64(g.rng.IntN(5000)), 10)
		b = jkey(b, "occurredAt")
		b = g.keep(b, "epoch", ms, "")
		typ := pick(g, []string{"contact.propertyChange", "contact.propertyChange", "contact.propertyChange", "contact.creation", "contact.privacyDeletion"})
		b = g.js(b, "subscriptionType", typ)
		b = jn(b, "attemptNumber", g.num(0, 3))
		b = jkey(b, "objectId")
		b = g.keep(b, "uniqueid", obj, "")
		b = g.js(b, "changeSource", pick(g, []string{"CRM_UI", "FORM", "INTEGRATION", "API", "IMPORT"}))
		if typ == "contact.propertyChange" {
			prop := pick(g, []string{"email", "phone", "mobilephone", "firstname", "lastname", "address", "zip", "hs_whatsapp_phone_number", "lifecyclestage", "hs_lead_status", "jobtitle", "ip_city"})
			b = g.js(b, "propertyName", prop)
			switch prop {
			case "email":
				b = g.jp(b, "propertyValue", "email", g.email(first, last))
			case "phone", "mobilephone", "hs_whatsapp_phone_number":
				b = g.jp(b, "propertyValue", "phone", g.phone())
			case "firstname":
				b = g.jp(b, "propertyValue", "name", first)
			case "lastname":
				b = g.jp(b, "propertyValue", "name", last)
			case "address":
				b = g.jp(b, "propertyValue", "address", g.postalAddr().street)
			case "zip":
				// A postcode alone, without the street, names no
				// letterbox (formats_addr.go): unlabelled.
				b = g.js(b, "propertyValue", g.postalAddr().zip)
			case "lifecyclestage":
				b = g.js(b, "propertyValue", pick(g, []string{"lead", "marketingqualifiedlead", "customer"}))
			case "hs_lead_status":
				b = g.js(b, "propertyValue", pick(g, []string{"NEW", "OPEN", "IN_PROGRESS"}))
			case "jobtitle":
				b = g.js(b, "propertyValue", pick(g, []string{"CTO", "Head of Marketing"}))
			default:
				b = g.js(b, "propertyValue", pick(g, []string{"Berlin", "Kyiv", "Boston"}))
			}
		}
		b = g.js(b, "sourceId", "userId:"+g.num(1000000, 99999999))
		b = append(b, '}')
	}
	return Record{Line: append(b, ']')}
}

// hubspotContact is a CRM v3 contact object (id, properties with string
// values, createdAt, updatedAt, archived), alone or as a search
// response's results, in a third of them with propertiesWithHistory.
func (g *gen) hubspotContact() Record {
	first, last := g.name()
	email := g.email(first, last)
	id := g.num(1000, 99999999)
	created := g.now.AddDate(0, 0, -g.rng.IntN(400)).Format("2006-01-02T15:04:05.000Z")
	updated := g.now.Format("2006-01-02T15:04:05.000Z")
	b := make([]byte, 0, 2000)
	search := g.pct(40)
	if search {
		b = append(b, `{"total":1,"results":[`...)
	}
	b = append(b, '{')
	b = g.jk(b, "id", "uniqueid", id)
	b = jo(b, "properties")
	// The API returns properties in alphabetical order.
	p := g.postalAddr()
	street := g.pct(50)
	if street {
		b = g.jp(b, "address", "address", p.street)
		b = g.js(b, "city", p.city)
	}
	b = g.js(b, "company", pick(g, []string{"Acme GmbH", "Northwind Traders", ""}))
	b = g.jk(b, "createdate", "timestamp", created)
	b = g.jp(b, "email", "email", email)
	b = g.jp(b, "firstname", "name", first)
	b = g.js(b, "hs_analytics_source", pick(g, []string{"ORGANIC_SEARCH", "EMAIL_MARKETING", "DIRECT_TRAFFIC"}))
	if g.pct(50) {
		// The contact's first page view: the site's own URL, with the
		// visitor's address when a mailing linked it.
		u := "https://www.example.com/pricing"
		if g.pct(50) {
			u += "?email=" + pctEnc(email, false, false)
			g.plantAt("email", email, pctEnc(email, false, false))
		}
		b = g.js(b, "hs_analytics_first_url", u)
	}
	b = g.js(b, "hs_email_domain", email[strings.IndexByte(email, '@')+1:])
	if g.pct(40) {
		b = g.js(b, "hs_ip_timezone", pick(g, []string{"Europe/Berlin", "America/New_York"}))
	}
	b = g.jk(b, "hs_object_id", "uniqueid", id)
	if g.pct(40) {
		b = g.jk(b, "hubspotutk", "hash", g.hexID(32))
	}
	if g.pct(30) {
		b = g.jp(b, "ip_address", "ipv4", g.ipv4())
	}
	b = g.jk(b, "lastmodifieddate", "timestamp", updated)
	b = g.jp(b, "lastname", "name", last)
	b = g.js(b, "lifecyclestage", pick(g, []string{"lead", "subscriber", "customer"}))
	if g.pct(40) {
		b = g.jp(b, "mobilephone", "phone", g.phone())
	} else {
		b = jn(b, "mobilephone", "null")
	}
	if g.pct(60) {
		b = g.jp(b, "phone", "phone", g.phone())
	} else {
		b = jn(b, "phone", "null")
	}
	if g.pct(40) {
		b = g.js(b, "website", "https://www.example.org")
	}
	if g.pct(40) {
		// A postcode next to the street is personal; alone it is a
		// delivery zone (formats_addr.go), left unlabelled.
		if street {
			b = g.jp(b, "zip", "address", p.zip)
		} else {
			b = g.js(b, "zip", p.zip)
		}
	}
	b = append(b, '}')
	if g.pct(30) {
		b = jo(b, "propertiesWithHistory")
		b = ja(b, "email")
		b = jo(b, "")
		b = g.jp(b, "value", "email", email)
		b = g.jk(b, "timestamp", "timestamp", created)
		b = g.js(b, "sourceType", "FORM")
		b = g.js(b, "sourceId", g.uuid())
		b = append(b, '}')
		if g.pct(50) {
			of, ol := g.name()
			b = jo(b, "")
			b = g.jp(b, "value", "email", g.email(of, ol))
			b = g.jk(b, "timestamp", "timestamp", g.now.AddDate(-1, 0, 0).Format("2006-01-02T15:04:05.000Z"))
			b = g.js(b, "sourceType", "CRM_UI")
			b = g.js(b, "sourceId", "userId:"+g.num(1000000, 9999999))
			b = jn(b, "updatedByUserId", g.num(1000000, 9999999))
			b = append(b, '}')
		}
		b = append(b, "]}"...)
	}
	b = g.jk(b, "createdAt", "timestamp", created)
	b = g.jk(b, "updatedAt", "timestamp", updated)
	b = jn(b, "archived", "false")
	b = append(b, '}')
	if search {
		b = append(b, `],"paging":{"next":{"after":"`+g.num(2, 99)+`"}}}`...)
	}
	return Record{Line: b}
}

// klaviyoLocation writes a profile's location (address1, address2, city,
// country, latitude, longitude, region, zip, timezone, ip).
func (g *gen) klaviyoLocation(b []byte) []byte {
	b = jo(b, "location")
	if g.pct(60) {
		p := g.postalAddr()
		b = g.jp(b, "address1", "address", p.street)
		if p.unit != "" {
			b = g.js(b, "address2", p.unit)
		} else {
			b = jn(b, "address2", "null")
		}
		b = g.js(b, "city", p.city)
		b = g.js(b, "country", p.country)
		// The coordinates of Klaviyo's IP lookup: a city's, unlabelled.
		ll := pick(g, [][2]string{{"52.5200", "13.4050"}, {"50.4501", "30.5234"}, {"42.3601", "-71.0589"}})
		b = g.js(b, "latitude", ll[0])
		b = g.js(b, "longitude", ll[1])
		b = g.js(b, "region", p.region)
		b = g.jp(b, "zip", "address", p.zip)
	} else {
		b = append(b, `"address1":null,"address2":null,"city":null,"country":null,"latitude":null,"longitude":null,"region":null,"zip":null`...)
	}
	b = g.js(b, "timezone", pick(g, []string{"Europe/Berlin", "America/New_York"}))
	if g.pct(60) {
		b = g.jp(b, "ip", "ipv4", g.ipv4())
	} else {
		b = jn(b, "ip", "null")
	}
	return append(b, '}')
}

// klaviyoProfile is a Get Profile response (data: type, id, attributes
// with email, phone_number in E.164, external_id, anonymous_id, names,
// organization, locale, title, image, created, updated, location,
// properties, links) as a sync job logs it.
func (g *gen) klaviyoProfile() Record {
	first, last := g.name()
	email := g.email(first, last)
	id := g.ulid()
	b := make([]byte, 0, 2000)
	b = append(b, `{"data":{"type":"profile"`...)
	b = g.jk(b, "id", "uniqueid", id)
	b = jo(b, "attributes")
	b = g.jp(b, "email", "email", email)
	if g.pct(60) {
		b = g.jp(b, "phone_number", "phone", g.e164())
	} else {
		b = jn(b, "phone_number", "null")
	}
	switch g.rng.IntN(3) {
	case 0:
		b = g.jk(b, "external_id", "uniqueid", g.num(10000, 9999999))
	case 1:
		b = g.jp(b, "external_id", "email", email)
	default:
		b = jn(b, "external_id", "null")
	}
	b = jn(b, "anonymous_id", "null")
	b = g.jp(b, "first_name", "name", first)
	b = g.jp(b, "last_name", "name", last)
	b = g.js(b, "organization", pick(g, []string{"Acme GmbH", "Northwind Traders"}))
	b = g.js(b, "locale", pick(g, []string{"en-US", "de-DE", "uk-UA"}))
	b = g.js(b, "title", pick(g, []string{"Buyer", "CTO"}))
	b = jn(b, "image", "null")
	b = g.jk(b, "created", "timestamp", g.now.AddDate(0, -3, 0).Format("2006-01-02T15:04:05+00:00"))
	b = g.jk(b, "updated", "timestamp", g.now.Format("2006-01-02T15:04:05+00:00"))
	b = g.jk(b, "last_event_date", "timestamp", g.now.Add(-time.Hour).Format("2006-01-02T15:04:05+00:00"))
	b = g.klaviyoLocation(b)
	b = jo(b, "properties")
	if g.pct(50) {
		b = g.js(b, "Birthday", g.now.AddDate(-20-g.rng.IntN(40), 0, -g.rng.IntN(300)).Format("2006-01-02"))
	}
	if g.pct(40) {
		b = g.jp(b, "$phone_number", "phone", g.phone())
	}
	if g.pct(30) {
		b = g.jp(b, "Shopify Customer Name", "name", first+" "+last)
	}
	b = g.js(b, "$source", pick(g, []string{"Shopify", "Signup form", "API"}))
	b = jn(b, "Accepts Marketing", "true")
	b = append(b, '}')
	b = append(b, '}')
	b = jo(b, "links")
	b = g.js(b, "self", "https://a.klaviyo.com/api/profiles/"+id+"/")
	g.keepAt("uniqueid", id, "profiles/"+id+"/")
	b = append(b, "}}}"...)
	return Record{Line: b}
}

// klaviyoEvent is an event as the Get Events API returns it (type, id,
// attributes with timestamp, event_properties, datetime, uuid,
// relationships) or as a Create Event request body sends it (metric by
// name, the profile's email, phone_number and _kx, properties).
func (g *gen) klaviyoEvent() Record {
	first, last := g.name()
	email := g.email(first, last)
	b := make([]byte, 0, 2000)
	order := g.orderID()
	// members appends the event's properties (inside an open object).
	members := func(b []byte) []byte {
		if g.pct(50) {
			b = g.jk(b, "OrderId", "orderid", order)
		}
		b = jn(b, "$value", g.num(5, 500)+"."+g.digits(2))
		b = ja(b, "ItemNames")
		b = append(b, `"Winter Jacket","Wool Hat"]`...)
		if g.pct(50) {
			p := g.postalAddr()
			b = jo(b, "BillingAddress")
			b = g.jp(b, "FirstName", "name", first)
			b = g.jp(b, "LastName", "name", last)
			b = g.jp(b, "Address1", "address", p.street)
			b = g.js(b, "City", p.city)
			b = g.js(b, "RegionCode", p.region)
			b = g.js(b, "CountryCode", p.cc)
			b = g.jp(b, "Zip", "address", p.zip)
			b = g.jp(b, "Phone", "phone", g.phone())
			b = append(b, '}')
		}
		if g.pct(30) {
			b = g.js(b, "Message", "Gift for "+first+", deliver to reception")
			g.plantAt("name_text", first)
		}
		return b
	}
	ts := g.now.Unix()
	if g.pct(50) {
		b = append(b, `{"type":"event"`...)
		b = g.jk(b, "id", "uniqueid", g.chars(11, base62))
		b = jo(b, "attributes")
		b = jkey(b, "timestamp")
		b = g.keep(b, "epoch", strconv.FormatInt(ts, 10), "")
		b = jo(b, "event_properties")
		b = g.jk(b, "$event_id", "uniqueid", order+":"+g.num(1, 9))
		b = append(members(b), '}')
		b = g.jk(b, "datetime", "timestamp", g.now.Format("2006-01-02T15:04:05+00:00"))
		b = g.jk(b, "uuid", "uuid", g.uuid())
		b = append(b, '}')
		b = jo(b, "relationships")
		pid := g.ulid()
		b = append(b, `"profile":{"data":{"type":"profile","id":"`+pid+`"}},"metric":{"data":{"type":"metric","id":"`...)
		mid := g.chars(6, base62)
		b = append(b, mid+`"}}}}`...)
		g.keepAt("uniqueid", pid)
		g.keepAt("uniqueid", mid)
		return Record{Line: b}
	}
	b = append(b, `{"data":{"type":"event","attributes":{`...)
	b = jo(b, "properties")
	b = append(members(b), '}')
	b = append(b, `,"metric":{"data":{"type":"metric","attributes":{"name":"`...)
	b = append(b, pick(g, []string{"Placed Order", "Viewed Product", "Started Checkout"})...)
	b = append(b, `"}}},"profile":{"data":{"type":"profile","attributes":{`...)
	b = g.jp(b, "email", "email", email)
	if g.pct(50) {
		b = g.jp(b, "phone_number", "phone", g.e164())
	}
	if g.pct(50) {
		// _kx, the exchange id of Klaviyo's web tracking: the cookie that
		// follows the person, a secret as tracking ids are here.
		b = g.jp(b, "_kx", "secret", g.chars(44, b64url))
	}
	b = append(b, `}}}`...)
	b = g.jk(b, "time", "timestamp", g.now.Format("2006-01-02T15:04:05+00:00"))
	b = jn(b, "value", g.num(5, 500))
	b = g.js(b, "value_currency", "USD")
	b = g.jk(b, "unique_id", "uuid", g.uuid())
	b = append(b, "}}}"...)
	return Record{Line: b}
}
