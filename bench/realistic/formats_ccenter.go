package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Cloud telephony and contact-centre platforms' records as an integration
// logs them, written from each vendor's API documentation: RingCentral's
// Call Log API records and telephony session notifications, Aircall's call
// webhooks and Dialpad's call events, and Twilio TaskRouter's events (the
// Event Streams CloudEvents and the workspace's form-encoded event
// callbacks) whose task and worker attributes are JSON strings.

// ccRelabel applies enc, the encoding a nested document went through when
// it was embedded as a string (JSON-escaped, form-encoded), to the forms of
// the values labelled since the marks p0 and k0.
func (g *gen) ccRelabel(p0, k0 int, enc func(string) string) {
	for i := p0; i < len(g.plants); i++ {
		fs := g.plants[i].Forms
		for j := range fs {
			fs[j] = enc(fs[j])
		}
	}
	for i := k0; i < len(g.keeps); i++ {
		fs := g.keeps[i].Forms
		for j := range fs {
			fs[j] = enc(fs[j])
		}
	}
}

// ccIntl returns a number in an international grouping, as Aircall's
// raw_digits and a contact card show it ("+33 1 23 45 67 89").
func (g *gen) ccIntl() string {
	for {
		if p := g.nationalPhone(); strings.HasPrefix(p, "+") {
			return p
		}
	}
}

// ccE164 folds an international grouping to E.164.
func ccE164(p string) string {
	return strings.NewReplacer(" ", "", "-", "", "(0)", "", "(", "", ")", "", ".", "").Replace(p)
}

// ---------------------------------------------------------------------------
// RingCentral

// rcID returns a call log record id: RingCentral's ids are opaque base64url
// strings ("Y3s1NDk3NjE3NTEzNjk0Nzc0NDQ5", "IVE3q8QB2uJbzUA").
func (g *gen) rcID() string {
	if g.pct(50) {
		return g.chars(13, base62) + "zUA"
	}
	return "Y3s" + g.chars(24, base62)
}

// rcTelSession returns a telephony session id ("s-" then hex groups
// joined by 'z', ending in Z and zeros as the API shows them).
func (g *gen) rcTelSession() string {
	return "s-a" + g.chars(12, hexDigits) + "z" + g.chars(11, hexDigits) + "z" + g.chars(7, hexDigits) + "0000"
}

// rcCNAM returns the name the network gave a PSTN caller: a person's in
// the carriers' LAST FIRST capitals (planted by the caller), or a generic
// one (unlabelled: "WIRELESS CALLER" names nobody).
func (g *gen) rcCNAM() (name string, person bool) {
	switch g.rng.IntN(4) {
	case 0:
		return pick(g, []string{"WIRELESS CALLER", "SAN FRANCISCO CA", "LONDON", "TOLL FREE CALL"}), false
	case 1:
		f, l := g.name()
		return strings.ToUpper(ascii(l)) + "," + strings.ToUpper(ascii(f)), true
	}
	f, l := g.name()
	return strings.ToUpper(ascii(l + " " + f)), true
}

// rcParty is one side of a RingCentral call: an extension of the account
// (a user with a direct number or only the company's main number) or a
// PSTN party.
type rcParty struct {
	phone, ext, extID, name, location string
	person                            bool // name is a person's
	direct                            bool // phone is the user's own number
}

func (g *gen) rcUser(main string) rcParty {
	f, l := g.name()
	p := rcParty{ext: g.sipExt(), extID: g.num(100000000, 999999999) + g.digits(2), name: f + " " + l, person: true}
	if g.pct(50) {
		p.phone, p.direct = "+1650555"+g.digits(4), true
	} else {
		p.phone = main
	}
	return p
}

func (g *gen) rcPSTN() rcParty {
	p := rcParty{phone: g.ccxPhone()}
	if g.pct(70) {
		p.name, p.person = g.rcCNAM()
	}
	switch {
	case strings.HasPrefix(p.phone, "+1"):
		p.location = pick(g, []string{"San Francisco, CA", "New York, NY", "Belmont, CA"})
	case strings.HasPrefix(p.phone, "+44"):
		p.location = "London, United Kingdom"
	}
	return p
}

// rcPartyJSON appends "key":{...} with the party's fields, labelled: a
// user's direct number, extension and name and a PSTN caller's number and
// name are planted; the company's main number (published) and the
// location (the number's exchange, a city) are left unlabelled; the
// extension id is the account's internal key, kept.
func (g *gen) rcPartyJSON(b []byte, key string, p rcParty, withExt bool) []byte {
	b = jo(b, key)
	if p.phone != "" {
		if p.direct || p.ext == "" {
			b = g.jp(b, "phoneNumber", "phone", p.phone)
		} else {
			b = g.js(b, "phoneNumber", p.phone)
		}
	}
	if p.ext != "" && withExt {
		b = g.jp(b, "extensionNumber", "phone", p.ext)
		b = g.jk(b, "extensionId", "counter", p.extID)
	}
	if p.name != "" {
		if p.person {
			b = g.jp(b, "name", "name", p.name)
		} else {
			b = g.js(b, "name", p.name)
		}
	}
	if p.location != "" {
		b = g.js(b, "location", p.location)
	}
	return append(b, '}')
}

// ringCentral writes, one kind a stream, RingCentral Call Log API records
// (GET /restapi/v1.0/account/~/call-log?view=Detailed: from, to, legs[],
// recording, message, sessionId, telephonySessionId) and telephony
// session notifications (event filter .../telephony/sessions: body with
// sequence, parties[] and their status, sipData on request).
func (g *gen) ringCentral(st *streamState) Record {
	if st.variant%2 == 1 {
		return g.rcSessionEvent()
	}
	return g.rcCallLog()
}

var rcResults = []struct{ result, reason, desc string }{
	{"Accepted", "Accepted", "The call connected to and was accepted by this number."},
	{"Call connected", "Accepted", "The call connected to and was accepted by this number."},
	{"Missed", "Missed", "The call was not answered."},
	{"Voicemail", "Voicemail", "The call went to voicemail."},
	{"Busy", "Busy", "The number was busy."},
}

func (g *gen) rcCallLog() Record {
	acct := g.num(100000000, 999999999)
	main := "+1650555" + g.digits(4)
	user := g.rcUser(main)
	ext := g.rcPSTN()
	inbound := g.pct(60)
	from, to := ext, user
	dir := "Inbound"
	if !inbound {
		from, to, dir = user, ext, "Outbound"
		from.phone, from.direct = main, false
		if user.direct {
			from.phone, from.direct = user.phone, true
		}
	}
	res := pick(g, rcResults)
	if !inbound && (res.result == "Voicemail" || res.result == "Missed") {
		res = rcResults[1]
	}
	id := g.rcID()
	start := g.now.Add(-time.Duration(30+g.rng.IntN(3600)) * time.Second)
	dur := g.rng.IntN(1800)
	if res.result == "Missed" || res.result == "Busy" {
		dur = 0
	}
	sess := g.num(1000000000, 99999999999)
	tel := g.rcTelSession()
	b := append(make([]byte, 0, 2600), '{')
	uri := "https://platform.ringcentral.com/restapi/v1.0/account/" + acct + "/extension/" + user.extID + "/call-log/" + id + "?view=Detailed"
	b = g.js(b, "uri", uri)
	g.keepAt("uniqueid", id, "/call-log/"+id+"?")
	b = g.jk(b, "id", "uniqueid", id)
	// A call's session number under a bare sessionId is masked as a web
	// session's would be: either outcome is acceptable, so unlabelled.
	b = g.js(b, "sessionId", sess)
	b = g.jk(b, "telephonySessionId", "uniqueid", tel)
	b = g.jk(b, "startTime", "timestamp", ccxTime(start, ".000"))
	b = g.ccxInt(b, "duration", "duration", dur)
	if g.pct(50) {
		b = g.ccxInt(b, "durationMs", "duration", dur*1000+g.rng.IntN(1000))
	}
	b = g.js(b, "type", "Voice")
	b = g.js(b, "internalType", pick(g, []string{"Local", "LongDistance", "International", "Usual"}))
	b = g.js(b, "direction", dir)
	b = g.js(b, "action", pick(g, []string{"Phone Call", "VoIP Call", "RingOut PC"}))
	b = g.js(b, "result", res.result)
	b = g.rcPartyJSON(b, "to", to, true)
	b = g.rcPartyJSON(b, "from", from, true)
	b = jo(b, "extension")
	b = g.js(b, "uri", "https://platform.ringcentral.com/restapi/v1.0/account/"+acct+"/extension/"+user.extID)
	b = jn(b, "id", user.extID)
	b = append(b, '}')
	if g.pct(40) && dur > 0 {
		rid := g.num(1000000000, 9999999999)
		b = jo(b, "recording")
		b = g.js(b, "uri", "https://platform.ringcentral.com/restapi/v1.0/account/"+acct+"/recording/"+rid)
		b = g.jk(b, "id", "counter", rid)
		b = g.js(b, "type", pick(g, []string{"Automatic", "OnDemand"}))
		b = g.js(b, "contentUri", "https://media.ringcentral.com/restapi/v1.0/account/"+acct+"/recording/"+rid+"/content")
		b = append(b, '}')
	}
	if res.result == "Voicemail" {
		mid := g.num(1000000000, 9999999999)
		b = jo(b, "message")
		b = g.js(b, "uri", "https://platform.ringcentral.com/restapi/v1.0/account/"+acct+"/extension/"+user.extID+"/message-store/"+mid)
		b = g.jk(b, "id", "counter", mid)
		b = g.js(b, "type", "VoiceMail")
		b = append(b, '}')
	}
	if g.pct(15) {
		// A call a delegate (an assistant) placed for the user.
		f, l := g.name()
		b = jo(b, "delegate")
		b = g.js(b, "id", g.num(100000000, 999999999)+g.digits(2))
		b = g.jp(b, "name", "name", f+" "+l)
		b = append(b, '}')
		b = g.js(b, "delegationType", "Coworker")
	}
	b = g.js(b, "reason", res.reason)
	b = g.js(b, "reasonDescription", res.desc)
	b = jo(b, "billing")
	b = jn(b, "costIncluded", "0.0")
	b = jn(b, "costPurchased", "0.0")
	b = append(b, '}')
	b = g.js(b, "transport", "PSTN")
	b = g.jk(b, "lastModifiedTime", "timestamp", ccxTime(g.now, ".000"))
	b = ja(b, "legs")
	legs := 1 + g.rng.IntN(2)
	for i := 0; i < legs; i++ {
		b = jo(b, "")
		b = g.jk(b, "startTime", "timestamp", ccxTime(start.Add(time.Duration(i)*time.Second), ".000"))
		b = g.ccxInt(b, "duration", "duration", dur)
		b = g.js(b, "type", "Voice")
		b = g.js(b, "direction", dir)
		if i == 0 {
			b = g.js(b, "action", "Phone Call")
			b = g.js(b, "legType", pick(g, []string{"Accept", "PstnToSip", "SipToPstnMetered"}))
			b = jn(b, "master", "true")
		} else {
			b = g.js(b, "action", pick(g, []string{"FindMe", "VoIP Call", "Transfer"}))
			b = g.js(b, "legType", pick(g, []string{"FindMe", "FollowMe", "Transfer"}))
		}
		b = g.js(b, "result", res.result)
		b = g.rcPartyJSON(b, "from", from, i > 0 || !inbound)
		b = g.rcPartyJSON(b, "to", to, i > 0 || inbound)
		b = jo(b, "extension")
		b = g.js(b, "uri", "https://platform.ringcentral.com/restapi/v1.0/account/"+acct+"/extension/"+user.extID)
		b = jn(b, "id", user.extID)
		b = append(b, '}')
		b = g.js(b, "reason", res.reason)
		b = g.js(b, "transport", pick(g, []string{"PSTN", "VoIP"}))
		b = g.js(b, "telephonySessionId", tel)
		b = g.jk(b, "partyId", "uniqueid", "p-"+tel[2:]+"-"+strconv.Itoa(i+1))
		b = append(b, '}')
	}
	b = append(b, ']')
	return Record{Line: append(b, '}')}
}

var rcStatus = []string{"Setup", "Proceeding", "Answered", "Disconnected", "Hold", "VoiceMail", "Gone"}

// rcSessionEvent writes a telephony session notification as a webhook
// receiver logs it: uuid, event (the filter), timestamp, subscriptionId,
// ownerId and the body.
func (g *gen) rcSessionEvent() Record {
	acct := g.num(100000000, 999999999)
	main := "+1650555" + g.digits(4)
	user := g.rcUser(main)
	ext := g.rcPSTN()
	inbound := g.pct(60)
	tel := g.rcTelSession()
	b := append(make([]byte, 0, 1800), '{')
	b = g.jk(b, "uuid", "uuid", g.uuid())
	b = g.js(b, "event", "/restapi/v1.0/account/"+acct+"/extension/"+user.extID+"/telephony/sessions")
	b = g.jk(b, "timestamp", "timestamp", ccxTime(g.now, ".123"))
	b = g.jk(b, "subscriptionId", "uuid", g.uuid())
	b = g.js(b, "ownerId", user.extID)
	b = jo(b, "body")
	b = g.ccxInt(b, "sequence", "counter", 1+g.rng.IntN(40))
	b = g.js(b, "sessionId", g.num(1000000000, 99999999999))
	b = g.jk(b, "telephonySessionId", "uniqueid", tel)
	// The media server's private address and role: no person's, either
	// outcome acceptable.
	b = g.js(b, "serverId", "10."+g.num(0, 255)+"."+g.num(0, 255)+"."+g.num(1, 254)+".TAM")
	b = g.jk(b, "eventTime", "timestamp", ccxTime(g.now, ".000"))
	b = ja(b, "parties")
	b = jo(b, "")
	b = g.js(b, "accountId", acct)
	b = g.js(b, "extensionId", user.extID)
	b = g.jk(b, "id", "uniqueid", "p-"+tel[2:]+"-"+g.num(1, 4))
	party := func(b []byte, key string, p rcParty) []byte {
		b = jo(b, key)
		if p.phone != "" {
			if p.direct || p.ext == "" {
				b = g.jp(b, "phoneNumber", "phone", p.phone)
			} else {
				b = g.js(b, "phoneNumber", p.phone)
			}
		}
		if p.name != "" {
			if p.person {
				b = g.jp(b, "name", "name", p.name)
			} else {
				b = g.js(b, "name", p.name)
			}
		}
		if p.extID != "" {
			b = g.js(b, "extensionId", p.extID)
		}
		return append(b, '}')
	}
	if inbound {
		b = g.js(b, "direction", "Inbound")
		b = party(b, "to", user)
		b = party(b, "from", ext)
	} else {
		b = g.js(b, "direction", "Outbound")
		b = party(b, "to", ext)
		b = party(b, "from", user)
	}
	code := pick(g, rcStatus)
	b = jo(b, "status")
	b = g.js(b, "code", code)
	if code == "Disconnected" || code == "Gone" {
		b = g.js(b, "reason", pick(g, []string{"CallerInputRedirect", "BlockedBySettings", "Pickup"}))
	}
	b = jn(b, "rcc", "false")
	b = append(b, '}')
	b = jn(b, "missedCall", strconv.FormatBool(code == "VoiceMail"))
	b = jn(b, "standAlone", "false")
	b = jn(b, "muted", "false")
	if g.pct(50) {
		// The event filter's sipData=true: the SIP URIs of both ends.
		host := pick(g, []string{"sip.ringcentral.com", "sip-ams.ringcentral.com"})
		b = jo(b, "sipData")
		b = g.jk(b, "toTag", "hash", g.chars(10, base62))
		b = g.jk(b, "fromTag", "hash", g.num(100000000, 999999999))
		b = g.jp(b, "remoteUri", "phone", "sip:"+ext.phone+"@"+host)
		g.plants[len(g.plants)-1].Text = ext.phone
		lu := user.phone
		if user.direct {
			b = g.jp(b, "localUri", "phone", "sip:"+lu+"@"+host)
			g.plants[len(g.plants)-1].Text = lu
		} else {
			b = g.js(b, "localUri", "sip:"+lu+"@"+host)
		}
		b = append(b, '}')
	}
	if code == "Answered" && g.pct(40) {
		b = ja(b, "recordings")
		b = jo(b, "")
		b = g.jk(b, "id", "counter", g.num(1000000000, 9999999999))
		b = jn(b, "active", "true")
		b = append(b, "}]"...)
	}
	b = append(b, "}]"...)
	b = jo(b, "origin")
	b = g.js(b, "type", "Call")
	b = append(b, "}}"...)
	return Record{Line: append(b, '}')}
}

// ---------------------------------------------------------------------------
// Aircall and Dialpad

// aircallDialpad writes, one vendor a stream, Aircall call webhooks and
// Dialpad call events.
func (g *gen) aircallDialpad(st *streamState) Record {
	if st.variant%2 == 1 {
		return g.dialpadCall()
	}
	return g.aircallCall()
}

// aircallUser appends an Aircall user object (id, direct_link, name,
// email, available, availability_status): the agent's name and address.
func (g *gen) aircallUser(b []byte, key string) []byte {
	f, l := g.name()
	id := g.num(100000, 999999)
	b = jo(b, key)
	b = g.ccxInt(b, "id", "counter", atoi(id))
	b = g.js(b, "direct_link", "https://api.aircall.io/v1/users/"+id)
	b = g.jp(b, "name", "name", f+" "+l)
	b = g.jp(b, "email", "email", g.email(f, l))
	b = jn(b, "available", "true")
	b = g.js(b, "availability_status", pick(g, []string{"available", "custom", "unavailable"}))
	return append(b, '}')
}

// aircallCall writes an Aircall webhook body: resource, event, timestamp,
// the webhook's token and the call object (raw_digits, user, contact with
// phone_numbers[] and emails[], number, comments, tags, recording).
func (g *gen) aircallCall() Record {
	ev := pick(g, []string{"call.created", "call.answered", "call.ended", "call.ended", "call.transferred", "call.commented"})
	b := append(make([]byte, 0, 2600), '{')
	b = g.js(b, "resource", "call")
	b = g.js(b, "event", ev)
	ts := g.now.Unix()
	b = g.ccxInt(b, "timestamp", "epoch", int(ts))
	// The webhook's verification token: a credential.
	b = g.jp(b, "token", "secret", g.chars(32, hexDigits))
	b = jo(b, "data")
	id := g.num(10000000, 999999999)
	b = g.ccxInt(b, "id", "counter", atoi(id))
	b = g.js(b, "direct_link", "https://api.aircall.io/v1/calls/"+id)
	inbound := g.pct(65)
	b = g.js(b, "direction", map[bool]string{true: "inbound", false: "outbound"}[inbound])
	start := ts - int64(30+g.rng.IntN(900))
	answered := ev != "call.created" && (ev != "call.ended" || g.pct(80))
	status := "done"
	if ev == "call.created" {
		status = "initial"
	} else if ev == "call.answered" || ev == "call.transferred" {
		status = "answered"
	}
	b = g.js(b, "status", status)
	if !answered && ev == "call.ended" {
		b = g.js(b, "missed_call_reason", pick(g, []string{"agents_did_not_answer", "out_of_opening_hours", "short_abandoned", "no_available_agent"}))
	} else {
		b = ccxNull(b, "missed_call_reason")
	}
	b = g.ccxInt(b, "started_at", "epoch", int(start))
	dur := 0
	if answered {
		b = g.ccxInt(b, "answered_at", "epoch", int(start)+5+g.rng.IntN(20))
		dur = 10 + g.rng.IntN(900)
	} else {
		b = ccxNull(b, "answered_at")
	}
	if status == "done" {
		b = g.ccxInt(b, "ended_at", "epoch", int(ts)-30)
	} else {
		b = ccxNull(b, "ended_at")
	}
	b = g.ccxInt(b, "duration", "duration", dur)
	b = ccxNull(b, "voicemail")
	if status == "done" && answered && g.pct(60) {
		// A pre-signed S3 URL valid for a few minutes: the signature is a
		// credential; the access key id names a key, no person (left
		// unlabelled, as in cloudtrail_json).
		sig := g.chars(64, hexDigits)
		u := "https://aircall-production-recordings.s3.amazonaws.com/calls/" + id + "/recording.mp3?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA" +
			g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "%2F" + g.now.Format("20060102") + "%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=" +
			g.now.Format("20060102T150405Z") + "&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=" + sig
		b = g.js(b, "recording", u)
		g.plantAt("secret", sig)
	} else {
		b = ccxNull(b, "recording")
	}
	b = ccxNull(b, "asset")
	raw := g.ccxIntl()
	if g.pct(8) {
		b = g.js(b, "raw_digits", "anonymous")
	} else {
		b = g.jp(b, "raw_digits", "phone", raw)
	}
	if ev == "call.created" && inbound {
		b = ccxNull(b, "user")
	} else {
		b = g.aircallUser(b, "user")
	}
	if g.pct(60) {
		f, l := g.name()
		cid := g.num(1000000, 99999999)
		b = jo(b, "contact")
		b = g.ccxInt(b, "id", "counter", atoi(cid))
		b = g.js(b, "direct_link", "https://api.aircall.io/v1/contacts/"+cid)
		b = g.jp(b, "first_name", "name", f)
		if g.pct(80) {
			b = g.jp(b, "last_name", "name", l)
		} else {
			b = g.js(b, "last_name", "")
		}
		b = g.js(b, "company_name", pick(g, []string{"", "Acme SARL", "Globex GmbH"}))
		b = g.js(b, "information", "")
		b = jn(b, "is_shared", "true")
		b = g.ccxInt(b, "created_at", "epoch", int(start)-86400*int64ToInt(g.rng.Int64N(400)))
		b = g.ccxInt(b, "updated_at", "epoch", int(start))
		b = ja(b, "emails")
		if g.pct(60) {
			b = jo(b, "")
			b = g.ccxInt(b, "id", "counter", atoi(g.num(10000000, 99999999)))
			b = g.js(b, "label", pick(g, []string{"Work", "Home", "Other"}))
			b = g.jp(b, "value", "email", g.email(f, l))
			b = append(b, '}')
		}
		b = append(b, ']')
		b = ja(b, "phone_numbers")
		b = jo(b, "")
		b = g.ccxInt(b, "id", "counter", atoi(g.num(10000000, 99999999)))
		b = g.js(b, "label", pick(g, []string{"Work", "Mobile", "Home"}))
		b = g.jp(b, "value", "phone", ccE164(raw))
		b = append(b, '}')
		if g.pct(30) {
			b = jo(b, "")
			b = g.ccxInt(b, "id", "counter", atoi(g.num(10000000, 99999999)))
			b = g.js(b, "label", "Other")
			b = g.jp(b, "value", "phone", ccE164(g.ccxIntl()))
			b = append(b, '}')
		}
		b = append(b, ']')
		b = ja(b, "urls")
		b = append(b, ']')
		b = append(b, '}')
	} else {
		b = ccxNull(b, "contact")
	}
	nid := g.num(10000, 999999)
	b = jo(b, "number")
	b = g.ccxInt(b, "id", "counter", atoi(nid))
	b = g.js(b, "direct_link", "https://api.aircall.io/v1/numbers/"+nid)
	b = g.js(b, "name", pick(g, []string{"Paris Support", "Sales UK", "Main line"}))
	// The company's published line: no person's, unlabelled.
	b = g.js(b, "digits", pick(g, []string{"+33 1 84 88 ", "+44 20 3966 "})+g.digits(2)+" "+g.digits(2))
	b = g.js(b, "country", pick(g, []string{"FR", "GB"}))
	b = g.js(b, "time_zone", pick(g, []string{"Europe/Paris", "Europe/London"}))
	b = jn(b, "open", "true")
	b = g.js(b, "availability_status", "custom")
	b = jn(b, "is_ivr", "false")
	b = jn(b, "live_recording_activated", "true")
	b = append(b, '}')
	b = jn(b, "archived", "false")
	b = ccxNull(b, "assigned_to")
	if ev == "call.transferred" {
		b = g.aircallUser(b, "transferred_by")
		b = g.aircallUser(b, "transferred_to")
	}
	b = ja(b, "tags")
	if g.pct(40) {
		b = jo(b, "")
		b = g.ccxInt(b, "id", "counter", atoi(g.num(10000, 99999)))
		b = g.js(b, "name", pick(g, []string{"VIP", "Callback", "Billing"}))
		b = append(b, '}')
	}
	b = append(b, ']')
	b = ja(b, "comments")
	if ev == "call.commented" || g.pct(20) {
		other := g.phone()
		var content string
		if g.pct(50) {
			content = "Customer asked to be called back on " + other
		} else {
			content = "Rappeler le client au " + other + " avant 18h"
		}
		b = jo(b, "")
		b = g.ccxInt(b, "id", "counter", atoi(g.num(1000000, 9999999)))
		b = g.js(b, "content", content)
		g.plantAt("phone", other)
		b = g.ccxInt(b, "posted_at", "epoch", int(ts))
		b = append(b, '}')
	}
	b = append(b, ']')
	b = ja(b, "teams")
	b = append(b, ']')
	b = append(b, '}')
	return Record{Line: append(b, '}')}
}

func int64ToInt(n int64) int { return int(n) }

// ccxIntl is ccIntl, kept apart so that the E.164 contact card and the
// raw digits are the same number.
func (g *gen) ccxIntl() string { return g.ccIntl() }

// dialpadTarget appends a Dialpad target object (id, type, name, phone,
// email, office_id). A user's name, direct line and address are planted;
// an office's, department's or call centre's are the company's, unlabelled.
func (g *gen) dialpadTarget(b []byte, key, kind string) ([]byte, string) {
	id := g.num(1000000000, 9999999999) + g.digits(6)
	phone := "+1" + pick(g, []string{"415", "650", "212"}) + "555" + g.digits(4)
	b = jo(b, key)
	b = jn(b, "id", id)
	g.keepAt("counter", id, `"id":`+id)
	b = g.js(b, "type", kind)
	if kind == "user" {
		f, l := g.name()
		b = g.jp(b, "name", "name", f+" "+l)
		b = g.jp(b, "phone", "phone", phone)
		b = g.jp(b, "email", "email", g.email(f, l))
	} else {
		b = g.js(b, "name", pick(g, []string{"Support", "Sales EMEA", "Main Office"}))
		b = g.js(b, "phone", phone)
		// A team's mailbox names no person: either outcome acceptable.
		b = g.js(b, "email", pick(g, []string{"support@example.com", "sales@example.org"}))
	}
	oid := g.num(1000000000, 9999999999) + g.digits(6)
	b = jn(b, "office_id", oid)
	return append(b, '}'), phone
}

// dialpadCall writes a Dialpad call event (call event subscription
// payload, as the webhook receiver logs it after decoding the JWT): the
// related call ids, the external and internal numbers, target, contact,
// proxy and entry point targets, times in epoch milliseconds, durations
// in milliseconds, CSAT and recording fields, a voicemail transcription.
func (g *gen) dialpadCall() Record {
	b := append(make([]byte, 0, 2400), '{')
	state := pick(g, []string{"calling", "ringing", "connected", "hangup", "hangup", "voicemail", "recording"})
	start := g.now.UnixMilli() - int64(5000+g.rng.IntN(900000))
	inbound := g.pct(60)
	b = g.ccxInt(b, "date_started", "epoch", int(start))
	callID := g.num(1000000000, 9999999999) + g.digits(6)
	b = jn(b, "call_id", callID)
	g.keepAt("counter", callID, `"call_id":`+callID)
	b = g.js(b, "state", state)
	b = g.js(b, "direction", map[bool]string{true: "inbound", false: "outbound"}[inbound])
	ext := g.ccxPhone()
	b = g.jp(b, "external_number", "phone", ext)
	kind := pick(g, []string{"user", "user", "callcenter", "department", "office"})
	var tb []byte
	tb, tphone := g.dialpadTarget(nil, "target", kind)
	if kind == "user" {
		b = g.jp(b, "internal_number", "phone", tphone)
	} else {
		b = g.js(b, "internal_number", tphone)
	}
	b = g.ccxInt(b, "date_rang", "epoch", int(start)+800)
	b = g.ccxInt(b, "date_first_rang", "epoch", int(start)+750)
	b = ccxNull(b, "date_queued")
	b = g.js(b, "target_availability_status", pick(g, []string{"open", "closed", "holiday"}))
	b = ccxNull(b, "callback_requested")
	connected := state != "calling" && state != "ringing" && g.pct(75)
	if connected {
		b = g.ccxInt(b, "date_connected", "epoch", int(start)+6000)
	} else {
		b = ccxNull(b, "date_connected")
	}
	if state == "hangup" || state == "voicemail" {
		b = g.ccxInt(b, "date_ended", "epoch", int(g.now.UnixMilli()))
	} else {
		b = ccxNull(b, "date_ended")
	}
	totMs := 10000 + g.rng.IntN(900000)
	talkMs, holdMs := 0, 0
	if connected {
		talkMs = g.rng.IntN(totMs)
		holdMs = g.rng.IntN(totMs - talkMs + 1)
	}
	talk := strconv.Itoa(talkMs) + "." + g.digits(3)
	b = jn(b, "talk_time", talk)
	g.keepAt("duration", talk, `"talk_time":`+talk)
	hold := strconv.Itoa(holdMs) + "." + g.digits(1)
	b = jn(b, "hold_time", hold)
	g.keepAt("duration", hold, `"hold_time":`+hold)
	tot := strconv.Itoa(totMs) + "." + g.digits(3)
	b = jn(b, "duration", tot)
	g.keepAt("duration", tot, `"duration":`+tot)
	b = jn(b, "total_duration", tot)
	b = jn(b, "is_transferred", "false")
	b = ccxNull(b, "csat_score")
	b = ccxNull(b, "csat_recording_url")
	b = ccxNull(b, "csat_transcription")
	b = jn(b, "was_recorded", strconv.FormatBool(state == "recording"))
	mos := "4." + g.digits(1)
	b = jn(b, "mos_score", mos)
	if g.pct(30) {
		m := g.num(1000000000, 9999999999) + g.digits(6)
		b = jn(b, "master_call_id", m)
		g.keepAt("counter", m, `"master_call_id":`+m)
	} else {
		b = ccxNull(b, "master_call_id")
	}
	b = ccxNull(b, "entry_point_call_id")
	b = ccxNull(b, "operator_call_id")
	b = g.js(b, "group_id", pick(g, []string{"Office:", "CallCenter:", "Department:"})+g.num(1000000000, 9999999999)+g.digits(6))
	b = ja(b, "labels")
	b = append(b, ']')
	b = g.ccxInt(b, "event_timestamp", "epoch", int(g.now.UnixMilli()))
	b = append(jcomma(b), tb...) // the target built above, its key included
	b = jo(b, "contact")
	cid := g.num(1000000000, 9999999999) + g.digits(6)
	b = g.jk(b, "id", "counter", cid)
	b = g.js(b, "type", pick(g, []string{"local", "shared", "crm"}))
	if g.pct(70) {
		f, l := g.name()
		b = g.jp(b, "name", "name", f+" "+l)
		b = g.jp(b, "phone", "phone", ext)
		if g.pct(50) {
			b = g.jp(b, "email", "email", g.email(f, l))
		} else {
			b = g.js(b, "email", "")
		}
	} else {
		b = g.js(b, "name", "")
		b = g.jp(b, "phone", "phone", ext)
		b = g.js(b, "email", "")
	}
	b = append(b, '}')
	if !inbound && g.pct(50) {
		b, _ = g.dialpadTarget(b, "proxy_target", pick(g, []string{"office", "department"}))
	} else {
		b = jo(b, "proxy_target")
		b = append(b, '}')
	}
	if inbound && kind == "user" && g.pct(50) {
		b, _ = g.dialpadTarget(b, "entry_point_target", "callcenter")
	} else {
		b = jo(b, "entry_point_target")
		b = append(b, '}')
	}
	b = ja(b, "recording_details")
	b = append(b, ']')
	if state == "voicemail" {
		other := g.phone()
		f, _ := g.name()
		msg := "Hi, it's " + f + " about my order, please call me back on " + other + ". Thanks."
		b = g.js(b, "voicemail_link", "https://dialpad.com/r/"+g.num(1000000000, 9999999999)+g.digits(6))
		b = g.js(b, "transcription_text", msg)
		g.plantAt("phone", other)
		g.plantAt("name_text", f)
	} else {
		b = ccxNull(b, "voicemail_link")
	}
	return Record{Line: append(b, '}')}
}

// ---------------------------------------------------------------------------
// Twilio TaskRouter

// trTask is a Flex task: its attributes (a JSON document) and the values
// it names.
type trTask struct {
	channel string // voice, chat, sms, whatsapp
	attrs   []byte
}

// trTaskAttributes builds a Flex task's attributes: a voice call's (Studio's
// Send to Flex: from, to, caller, called, name, call_sid, caller_city...,
// conversations, a plugin's customers{}), a WebChat's (pre_engagement_data
// with the visitor's name, address and question) or a Conversations
// message's (from "whatsapp:+…", customerAddress, customerName).
func (g *gen) trTaskAttributes(acct string) trTask {
	var b []byte
	b = append(b, '{')
	var t trTask
	switch g.rng.IntN(4) {
	case 0, 1:
		t.channel = "voice"
		from, to := g.ccxPhone(), "+1650555"+g.digits(4)
		b = g.jp(b, "from", "phone", from)
		// The contact centre's number: published, unlabelled.
		b = g.js(b, "to", to)
		b = g.js(b, "direction", "inbound")
		b = g.jp(b, "name", "phone", from)
		b = g.js(b, "url", "https://api.twilio.com")
		b = g.jp(b, "account_sid", "secret", acct)
		b = g.js(b, "type", "inbound")
		b = g.jk(b, "call_sid", "sid", g.twilioSID("CA"))
		b = g.jp(b, "caller", "phone", from)
		b = g.js(b, "called", to)
		// The exchange's city and ZIP code: coarse, unlabelled.
		b = g.js(b, "caller_city", "SAN FRANCISCO")
		b = g.js(b, "caller_state", "CA")
		b = g.js(b, "caller_zip", "94103")
		b = g.js(b, "caller_country", "US")
		if g.pct(50) {
			f, l := g.name()
			b = jo(b, "customers")
			b = g.jp(b, "name", "name", f+" "+l)
			b = g.jp(b, "phone", "phone", from)
			if g.pct(60) {
				b = g.jp(b, "email", "email", g.email(f, l))
			}
			b = g.jk(b, "external_id", "orderid", "CUST-"+g.digits(7))
			b = append(b, '}')
		}
		b = jo(b, "conversations")
		b = g.jk(b, "conversation_id", "sid", g.twilioSID("WT"))
		b = g.js(b, "external_contact", to)
		b = append(b, '}')
	case 2:
		t.channel = "chat"
		f, l := g.name()
		full := f + " " + l
		b = g.jp(b, "from", "name", full)
		b = g.js(b, "channelType", "web")
		b = g.jk(b, "channelSid", "sid", g.twilioSID("CH"))
		b = g.jp(b, "name", "name", full)
		b = jo(b, "pre_engagement_data")
		b = g.jp(b, "friendlyName", "name", full)
		b = g.jp(b, "email", "email", g.email(f, l))
		ord := "#" + g.num(100000, 999999)
		q := "Where is my order " + ord + "?"
		b = g.js(b, "question", q)
		g.keepAt("orderid", ord)
		b = append(b, '}')
		b = g.js(b, "initiatedBy", "customer")
	default:
		ch := pick(g, []string{"whatsapp", "sms"})
		t.channel = ch
		from := g.ccxPhone()
		addr := from
		if ch == "whatsapp" {
			addr = "whatsapp:" + from
		}
		b = g.jp(b, "from", "phone", addr)
		g.plants[len(g.plants)-1].Text = from
		b = g.js(b, "channelType", ch)
		b = g.jk(b, "conversationSid", "sid", g.twilioSID("CH"))
		b = g.jp(b, "customerAddress", "phone", addr)
		g.plants[len(g.plants)-1].Text = from
		if g.pct(50) {
			f, l := g.name()
			b = g.jp(b, "customerName", "name", f+" "+l)
		} else {
			b = g.jp(b, "customerName", "phone", addr)
			g.plants[len(g.plants)-1].Text = from
		}
		b = g.js(b, "direction", "inbound")
		b = g.js(b, "initiatedBy", "customer")
	}
	t.attrs = append(b, '}')
	return t
}

// trWorker returns a Flex worker's friendly name (the SSO user name, an
// e-mail address) and attributes (full_name, email, contact_uri as a Voice
// SDK identity with '.' and '@' written _2E and _40, roles, routing).
func (g *gen) trWorker() (name string, attrs []byte) {
	f, l := g.name()
	mail := strings.ToLower(ascii(f)) + "." + strings.ToLower(ascii(l)) + "@" + pick(g, []string{"example.com", "support.example.org"})
	b := []byte{'{'}
	b = g.jp(b, "full_name", "name", f+" "+l)
	b = g.jp(b, "email", "email", mail)
	b = g.js(b, "image_url", "https://www.gravatar.com/avatar/"+g.chars(32, hexDigits)+"?d=mp")
	ident := strings.NewReplacer(".", "_2E", "@", "_40", "-", "_2D").Replace(mail)
	b = g.jp(b, "contact_uri", "email", "client:"+ident)
	g.plants[len(g.plants)-1].Text = mail
	g.plants[len(g.plants)-1].Forms = []string{ident}
	b = ja(b, "roles")
	b = append(b, `"agent"]`...)
	b = jo(b, "routing")
	b = ja(b, "skills")
	b = append(b, `"support","billing"]`...)
	b = jo(b, "levels")
	b = jn(b, "support", g.num(1, 5))
	b = append(b, "}}"...)
	b = jo(b, "disabled_skills")
	b = ja(b, "skills")
	b = append(b, ']')
	b = jo(b, "levels")
	b = append(b, "}}"...)
	return mail, append(b, '}')
}

var trEventNames = map[string]string{"task.created": "TaskCreated", "reservation.created": "ReservationCreated",
	"reservation.accepted": "ReservationAccepted", "reservation.wrapup": "ReservationWrapup", "task.completed": "TaskCompleted",
	"task.canceled": "TaskCanceled", "worker.activity.update": "WorkerActivityUpdate"}

var trEvents = []string{"task.created", "reservation.created", "reservation.accepted", "reservation.wrapup", "task.completed", "task.canceled", "worker.activity.update"}

// taskRouter writes, one kind a stream, TaskRouter Event Streams events
// (CloudEvents, schema TaskRouter.WDSEvent: payload with task_attributes
// and worker_attributes as JSON strings) and the form-encoded event
// callbacks a workspace POSTs to its EventCallbackUrl (TaskAttributes and
// WorkerAttributes percent-encoded).
func (g *gen) taskRouter(st *streamState) Record {
	ev := pick(g, trEvents)
	acct := g.twilioSID("AC")
	ws := g.twilioSID("WS")
	taskSid := g.twilioSID("WT")
	resSid := g.twilioSID("WR")
	workerSid := g.twilioSID("WK")
	queue := pick(g, []string{"Everyone", "Support EN", "Billing"})
	p0, k0 := len(g.plants), len(g.keeps)
	task := g.trTaskAttributes(acct)
	p1, k1 := len(g.plants), len(g.keeps)
	wname, wattrs := g.trWorker()
	p2, k2 := len(g.plants), len(g.keeps)
	withTask := ev != "worker.activity.update"
	withWorker := strings.HasPrefix(ev, "reservation.") || ev == "worker.activity.update"
	desc := "Task " + taskSid + " created"
	switch {
	case ev == "worker.activity.update":
		desc = "Worker " + wname + " updated to Available Activity"
	case strings.HasPrefix(ev, "reservation."):
		desc = "Reservation " + resSid + " " + strings.TrimPrefix(ev, "reservation.") + " by worker " + wname
	case ev == "task.completed":
		desc = "Task " + taskSid + " completed"
	case ev == "task.canceled":
		desc = "Task " + taskSid + " canceled"
	}
	if st.variant%2 == 1 {
		return g.trCallback(ev, acct, ws, taskSid, resSid, workerSid, queue, desc, wname, task, wattrs, withTask, withWorker, m6(p0, k0, p1, k1, p2, k2))
	}
	// JSON: the nested attributes become JSON strings.
	g.ccRelabel(p0, k0, jsonEsc)
	g.ccCarried(m6(p0, k0, p1, k1, p2, k2), withTask, withWorker)
	b := append(make([]byte, 0, 3000), '{')
	b = g.js(b, "specversion", "1.0")
	b = g.js(b, "type", "com.twilio.taskrouter."+ev)
	b = g.js(b, "source", "/v1/Workspaces/"+ws)
	evSid := g.twilioSID("EV")
	b = g.jk(b, "id", "sid", evSid)
	b = g.js(b, "dataschema", "https://events-schemas.twilio.com/TaskRouter.WDSEvent/4")
	b = g.js(b, "datacontenttype", "application/json")
	b = g.jk(b, "time", "timestamp", ccxTime(g.now, ".000"))
	b = jo(b, "data")
	b = g.js(b, "name", trEventNames[ev])
	b = g.jp(b, "account_sid", "secret", acct)
	b = g.js(b, "account_friendly_name", "Acme Support")
	b = g.jk(b, "timestamp", "timestamp", ccxTime(g.now, ".000"))
	b = g.js(b, "level", "INFO")
	b = g.js(b, "group", strings.SplitN(ev, ".", 2)[0])
	b = g.js(b, "product_name", "TaskRouter")
	b = g.js(b, "publisher", "Flex Task Assignment")
	b = g.js(b, "publisher_metadata", "{}")
	b = g.js(b, "payload_type", "application/json")
	b = jo(b, "payload")
	b = g.js(b, "sid", evSid)
	b = g.js(b, "eventtype", ev)
	b = g.js(b, "account_sid", acct)
	g.plantAt("secret", acct)
	b = g.js(b, "timestamp", ccxTime(g.now, ".000"))
	b = g.jk(b, "workspace_sid", "sid", ws)
	b = g.js(b, "workspace_name", "Flex Task Assignment")
	if withTask {
		b = g.jk(b, "task_sid", "sid", taskSid)
		b = jkey(b, "task_attributes")
		b = append(b, '"')
		b = append(b, jsonEsc(string(task.attrs))...)
		b = append(b, '"')
		b = g.ccxInt(b, "task_age", "duration", g.rng.IntN(600))
		b = g.jk(b, "task_date_created", "timestamp", ccxTime(g.now.Add(-time.Minute), ".000"))
		b = jn(b, "task_priority", "0")
		b = g.js(b, "task_assignment_status", map[string]string{"task.created": "pending", "task.completed": "completed", "task.canceled": "canceled"}[ev]+map[bool]string{true: "assigned"}[strings.HasPrefix(ev, "reservation.")])
		if ev == "task.canceled" {
			b = g.js(b, "task_canceled_reason", "hangup")
			b = g.js(b, "reason", "hangup")
		}
		b = g.jk(b, "task_channel_sid", "sid", g.twilioSID("TC"))
		b = g.js(b, "task_channel_unique_name", map[bool]string{true: "voice", false: "chat"}[task.channel == "voice"])
		b = g.jk(b, "task_queue_sid", "sid", g.twilioSID("WQ"))
		b = g.js(b, "task_queue_name", queue)
		b = g.jk(b, "task_version", "counter", strconv.Itoa(1+g.rng.IntN(9)))
		b = g.jk(b, "workflow_sid", "sid", g.twilioSID("WW"))
		b = g.js(b, "workflow_name", "Assign to Anyone")
	}
	if withWorker {
		if strings.HasPrefix(ev, "reservation.") {
			b = g.jk(b, "reservation_sid", "sid", resSid)
		}
		b = g.jk(b, "worker_sid", "sid", workerSid)
		b = g.jp(b, "worker_name", "email", wname)
		b = jkey(b, "worker_attributes")
		b = append(b, '"')
		b = append(b, jsonEsc(string(wattrs))...)
		b = append(b, '"')
		b = g.jk(b, "worker_activity_sid", "sid", g.twilioSID("WA"))
		b = g.js(b, "worker_activity_name", pick(g, []string{"Available", "Busy"}))
		ms := g.rng.IntN(3600000)
		b = g.ccxInt(b, "worker_time_in_previous_activity", "duration", ms/1000)
		b = g.ccxInt(b, "worker_time_in_previous_activity_ms", "duration", ms)
	}
	rt, rs := "task", taskSid
	if ev == "worker.activity.update" {
		rt, rs = "worker", workerSid
	} else if strings.HasPrefix(ev, "reservation.") {
		rt, rs = "reservation", resSid
	}
	b = g.js(b, "resource_type", rt)
	b = g.js(b, "resource_sid", rs)
	b = g.js(b, "event_description", desc)
	if withWorker {
		g.plantAt("email", wname)
	}
	b = append(b, "}}"...)
	return Record{Line: append(b, '}')}
}

// trCallback writes a workspace's event callback body: the parameters
// TaskRouter POSTs (EventType, AccountSid, WorkspaceSid, WorkspaceName,
// EventDescription, ResourceType, ResourceSid, Timestamp, TimestampMs) and
// the event's field data (TaskSid, TaskAttributes, TaskAge, ..., WorkerSid,
// WorkerName, WorkerAttributes, WorkerActivityName...), form-encoded with
// '+' for a space.
func (g *gen) trCallback(ev, acct, ws, taskSid, resSid, workerSid, queue, desc, wname string, task trTask, wattrs []byte, withTask, withWorker bool, m [6]int) Record {
	enc := func(s string) string { return pctEnc(s, true, false) }
	g.ccRelabel(m[0], m[1], func(s string) string { return enc(jsonEsc(s)) })
	g.ccCarried(m, withTask, withWorker)
	var sb strings.Builder
	add := func(k, v string) {
		if sb.Len() > 0 {
			sb.WriteByte('&')
		}
		sb.WriteString(k + "=" + enc(v))
	}
	keep := func(k, cat, v string) {
		add(k, v)
		g.keepAt(cat, v, k+"="+enc(v))
	}
	ts := g.now.UnixMilli()
	add("EventType", ev)
	add("AccountSid", acct)
	g.plantAt("secret", acct)
	keep("WorkspaceSid", "sid", ws)
	add("WorkspaceName", "Flex Task Assignment")
	add("EventDescription", desc)
	rt, rs := "Task", taskSid
	if ev == "worker.activity.update" {
		rt, rs = "Worker", workerSid
	} else if strings.HasPrefix(ev, "reservation.") {
		rt, rs = "Reservation", resSid
	}
	add("ResourceType", rt)
	add("ResourceSid", rs)
	keep("Timestamp", "epoch", strconv.FormatInt(ts/1000, 10))
	keep("TimestampMs", "epoch", strconv.FormatInt(ts, 10))
	if withTask {
		keep("TaskSid", "sid", taskSid)
		add("TaskAttributes", string(task.attrs))
		keep("TaskAge", "duration", strconv.Itoa(g.rng.IntN(600)))
		add("TaskPriority", "0")
		add("TaskAssignmentStatus", map[string]string{"task.created": "pending", "task.completed": "completed", "task.canceled": "canceled"}[ev]+map[bool]string{true: "reserved"}[strings.HasPrefix(ev, "reservation.")])
		keep("TaskQueueSid", "sid", g.twilioSID("WQ"))
		add("TaskQueueName", queue)
		keep("TaskChannelSid", "sid", g.twilioSID("TC"))
		add("TaskChannelUniqueName", map[bool]string{true: "voice", false: "chat"}[task.channel == "voice"])
		keep("WorkflowSid", "sid", g.twilioSID("WW"))
		add("WorkflowName", "Assign to Anyone")
		if ev == "task.canceled" {
			add("TaskCanceledReason", "hangup")
		}
	}
	if withWorker {
		if strings.HasPrefix(ev, "reservation.") {
			keep("ReservationSid", "sid", resSid)
		}
		keep("WorkerSid", "sid", workerSid)
		add("WorkerName", wname)
		add("WorkerAttributes", string(wattrs))
		keep("WorkerActivitySid", "sid", g.twilioSID("WA"))
		add("WorkerActivityName", pick(g, []string{"Available", "Busy"}))
		keep("WorkerTimeInPreviousActivity", "duration", strconv.Itoa(g.rng.IntN(3600)))
		g.plantAt("email", wname, enc(wname))
	}
	return Record{Line: []byte(sb.String())}
}

func m6(a, b, c, d, e, f int) [6]int { return [6]int{a, b, c, d, e, f} }

// ccCarried drops the labels of the task's (m[0]:m[2]) or the worker's
// (m[2]:m[4]) attributes when the event does not carry them; m holds the
// plant and keep marks taken before each was built.
func (g *gen) ccCarried(m [6]int, withTask, withWorker bool) {
	p0, k0, p1, k1, p2, k2 := m[0], m[1], m[2], m[3], m[4], m[5]
	var plants, keeps []Value
	plants = append(plants, g.plants[:p0]...)
	keeps = append(keeps, g.keeps[:k0]...)
	if withTask {
		plants = append(plants, g.plants[p0:p1]...)
		keeps = append(keeps, g.keeps[k0:k1]...)
	}
	if withWorker {
		plants = append(plants, g.plants[p1:p2]...)
		keeps = append(keeps, g.keeps[k1:k2]...)
	}
	g.plants, g.keeps = plants, keeps
}
