package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Contact-centre and cloud telephony call records: Amazon Connect contact
// records on the Kinesis export stream, Microsoft Graph call records and
// Teams PSTN and Direct Routing call logs, Zoom Phone call logs (API and
// webhooks) and the Webex Calling Detailed Call History report.

// ccxTime is the ISO 8601 form these services write, in UTC with a Z.
func ccxTime(t time.Time, frac string) string {
	return t.UTC().Format("2006-01-02T15:04:05" + frac + "Z")
}

// ccxNull appends "key":null.
func ccxNull(b []byte, key string) []byte { return jn(b, key, "null") }

// ccxInt appends "key":n and keeps the number with its key, so that it is
// looked for where it was.
func (g *gen) ccxInt(b []byte, key, cat string, n int) []byte {
	s := strconv.Itoa(n)
	g.keepAt(cat, s, `"`+key+`":`+s)
	return jn(b, key, s)
}

// ccxPhone returns a customer's number as a contact centre receives it:
// E.164 with its '+', a third of them from the national plans' E.164
// forms without the blanks.
func (g *gen) ccxPhone() string {
	if g.pct(66) {
		return g.e164()
	}
	for {
		p := g.nationalPhone()
		if strings.HasPrefix(p, "+") {
			p = strings.NewReplacer(" ", "", "-", "", "(0)", "", "(", "", ")", "").Replace(p)
			return p
		}
	}
}

// connectARN returns the ARN of an instance's resource.
func connectARN(region, acct, instance, kind, id string) string {
	s := "arn:aws:connect:" + region + ":" + acct + ":instance/" + instance
	if kind != "" {
		s += "/" + kind + "/" + id
	}
	return s
}

// connectCTR is an Amazon Connect contact record (formerly contact trace
// record) as the data streaming export writes it to Kinesis: one JSON
// object, members in the order of the Administrator Guide's data model
// (alphabetical). The customer's endpoint is a phone number (VOICE), an
// e-mail address (EMAIL) or null (CHAT, TASK); Attributes is the free map
// a contact flow fills (a caller's name, e-mail, callback number, what
// the IVR collected); Agent is null for a contact nobody answered; the
// recording's location names the contact id and a time.
func (g *gen) connectCTR(st *streamState) Record {
	switch r := g.rng.IntN(100); {
	case r < 15:
		return g.connectAgentEvent()
	case r < 35:
		return g.connectFlowLog()
	}
	b := make([]byte, 0, 2600)
	b = append(b, '{')
	region := pick(g, []string{"us-east-1", "us-west-2", "eu-central-1", "eu-west-2", "ap-southeast-2"})
	acct := g.num(1, 9) + g.digits(11)
	instance := g.uuid()
	contact := g.uuid()
	channel := pick(g, []string{"VOICE", "VOICE", "VOICE", "VOICE", "CHAT", "TASK", "EMAIL"})
	method := "INBOUND"
	switch {
	case channel == "VOICE" && g.pct(25):
		method = pick(g, []string{"OUTBOUND", "TRANSFER", "CALLBACK", "API"})
	case channel == "TASK":
		method = "API"
	}
	first, last := g.name()
	start := g.now.Add(-time.Duration(300+g.rng.IntN(1800)) * time.Second)
	ts := func(off int) string { return ccxTime(start.Add(time.Duration(off)*time.Second), "") }
	answered := g.pct(80)
	b = g.jk(b, "AWSAccountId", "accountid", acct)
	b = g.jk(b, "AWSContactTraceRecordFormatVersion", "version", "2017-03-10")
	queued, acw, talk := 5+g.rng.IntN(200), g.rng.IntN(300), 20+g.rng.IntN(900)
	if answered {
		b = jo(b, "Agent")
		b = g.jk(b, "ARN", "arn", connectARN(region, acct, instance, "agent", g.uuid()))
		b = g.ccxInt(b, "AfterContactWorkDuration", "duration", acw)
		b = g.jk(b, "AfterContactWorkEndTimestamp", "timestamp", ts(queued+talk+acw))
		b = g.jk(b, "AfterContactWorkStartTimestamp", "timestamp", ts(queued+talk))
		b = g.ccxInt(b, "AgentInteractionDuration", "duration", talk)
		b = g.jk(b, "ConnectedToAgentTimestamp", "timestamp", ts(queued))
		b = g.ccxInt(b, "CustomerHoldDuration", "duration", g.rng.IntN(120))
		if g.pct(50) {
			b = jo(b, "DeviceInfo")
			b = g.js(b, "OperatingSystem", pick(g, []string{"Windows 10", "Windows 11", "macOS", "Linux"}))
			b = g.js(b, "PlatformName", pick(g, []string{"Chrome", "Edge", "Firefox"}))
			b = g.jk(b, "PlatformVersion", "version", pick(g, []string{"131.0.6778.86", "120.0.6099.109", "128.0", "119.0.2151.97"}))
			b = append(b, '}')
		}
		if g.pct(60) {
			b = jo(b, "HierarchyGroups")
			for i, grp := range []string{pick(g, []string{"EMEA", "Americas", "APAC"}), pick(g, []string{"Billing", "Support", "Sales"}), pick(g, []string{"Tier 1", "Tier 2", "Escalations"})} {
				b = jo(b, "Level"+strconv.Itoa(i+1))
				b = g.jk(b, "ARN", "arn", connectARN(region, acct, instance, "agent-group", g.uuid()))
				b = g.jk(b, "GroupName", "label", grp)
				b = append(b, '}')
			}
			b = append(b, '}')
		} else {
			b = ccxNull(b, "HierarchyGroups")
		}
		b = g.ccxInt(b, "LongestHoldDuration", "duration", g.rng.IntN(60))
		b = g.ccxInt(b, "NumberOfHolds", "counter", g.rng.IntN(3))
		b = jo(b, "RoutingProfile")
		b = g.jk(b, "ARN", "arn", connectARN(region, acct, instance, "routing-profile", g.uuid()))
		b = g.js(b, "Name", pick(g, []string{"Basic Routing Profile", "Voice and Chat", "Billing Tier 2"}))
		b = append(b, '}')
		af, al := g.name()
		switch g.rng.IntN(3) {
		case 0: // SAML: the user name is the e-mail address
			b = g.jp(b, "Username", "email", g.email(af, al))
		case 1:
			b = g.jp(b, "Username", "name", strings.ToLower(ascii(af))+"."+strings.ToLower(ascii(al)))
		default:
			b = g.jp(b, "Username", "name", strings.ToLower(ascii(af[:1]+al)))
		}
		b = append(b, '}')
		b = jn(b, "AgentConnectionAttempts", "1")
	} else {
		b = ccxNull(b, "Agent")
		b = jn(b, "AgentConnectionAttempts", "0")
	}
	if method == "OUTBOUND" && g.pct(50) {
		b = g.js(b, "AnsweringMachineDetectionStatus", pick(g, []string{"HUMAN_ANSWERED", "VOICEMAIL_BEEP", "AMD_UNANSWERED"}))
		b = jo(b, "Campaign")
		b = g.jk(b, "CampaignId", "uuid", g.uuid())
		b = append(b, '}')
	}
	// Attributes: what the flows stored, names chosen by each deployment.
	b = jo(b, "Attributes")
	if g.pct(50) {
		b = g.js(b, "greetingPlayed", "true")
	}
	if g.pct(40) {
		b = g.js(b, "language", pick(g, []string{"en_US", "de_DE", "uk_UA", "es_US"}))
	}
	if g.pct(55) {
		switch g.rng.IntN(3) {
		case 0:
			b = g.jp(b, "customerName", "name", first+" "+last)
		case 1:
			b = g.jp(b, "FirstName", "name", first)
			b = g.jp(b, "LastName", "name", last)
		default:
			b = g.jp(b, "CustomerFullName", "name", first+" "+last)
		}
	}
	if g.pct(40) {
		b = g.jp(b, pick(g, []string{"email", "customerEmail", "EmailAddress"}), "email", g.email(first, last))
	}
	if g.pct(35) {
		b = g.jp(b, pick(g, []string{"callbackNumber", "CallbackNumber", "ani", "customerPhone"}), "phone", g.ccxPhone())
	}
	if g.pct(30) {
		b = g.jk(b, "caseNumber", "orderid", "0000"+g.num(1000, 9999))
	}
	if g.pct(30) {
		b = g.jk(b, "customerId", "uuid", g.uuid())
	}
	if g.pct(30) {
		b = g.js(b, "lexIntent", pick(g, []string{"CheckBalance", "ResetPassword", "BookAppointment", "FallbackIntent"}))
		c := "0." + g.num(50, 99)
		g.keepAt("score", c, `"lexConfidence":"`+c+`"`)
		b = g.js(b, "lexConfidence", c)
	}
	b = append(b, '}')
	b = g.js(b, "Channel", channel)
	b = g.jk(b, "ConnectedToSystemTimestamp", "timestamp", ts(0))
	b = jo(b, "ContactDetails")
	if channel == "TASK" {
		b = g.js(b, "Name", pick(g, []string{"Callback request", "Follow-up", "Missed call"}))
		p := g.ccxPhone()
		desc := pick(g, []string{"Please call the customer back on ", "Customer asked for a callback at ", "Voicemail left, number: "}) + p
		g.plantAt("phone", p, jsonEsc(p))
		b = g.js(b, "Description", desc)
	}
	b = append(b, '}')
	b = g.jk(b, "ContactId", "uuid", contact)
	switch channel {
	case "VOICE":
		b = jo(b, "CustomerEndpoint")
		b = g.jp(b, "Address", "phone", g.ccxPhone())
		b = g.js(b, "Type", "TELEPHONE_NUMBER")
		b = append(b, '}')
	case "EMAIL":
		b = jo(b, "CustomerEndpoint")
		b = g.jp(b, "Address", "email", g.email(first, last))
		b = g.js(b, "Type", "EMAIL_ADDRESS")
		b = append(b, '}')
	default:
		b = ccxNull(b, "CustomerEndpoint")
	}
	b = g.js(b, "DisconnectReason", pick(g, []string{"CUSTOMER_DISCONNECT", "AGENT_DISCONNECT", "CONTACT_FLOW_DISCONNECT", "TELECOM_PROBLEM"}))
	b = g.jk(b, "DisconnectTimestamp", "timestamp", ts(queued+talk))
	if method == "TRANSFER" || method == "CALLBACK" {
		b = g.jk(b, "InitialContactId", "uuid", g.uuid())
	} else {
		b = ccxNull(b, "InitialContactId")
	}
	b = g.js(b, "InitiationMethod", method)
	b = g.jk(b, "InitiationTimestamp", "timestamp", ts(0))
	b = g.jk(b, "InstanceARN", "arn", connectARN(region, acct, instance, "", ""))
	b = g.jk(b, "LastUpdateTimestamp", "timestamp", ts(queued+talk+acw+2))
	b = ja(b, "MediaStreams")
	b = jo(b, "")
	b = g.js(b, "Type", map[bool]string{true: "AUDIO", false: "CHAT"}[channel == "VOICE"])
	b = append(b, "}]"...)
	b = ccxNull(b, "NextContactId")
	b = ccxNull(b, "PreviousContactId")
	b = jo(b, "Queue")
	b = g.jk(b, "ARN", "arn", connectARN(region, acct, instance, "queue", g.uuid()))
	b = g.jk(b, "DequeueTimestamp", "timestamp", ts(queued))
	b = g.ccxInt(b, "Duration", "duration", queued)
	b = g.jk(b, "EnqueueTimestamp", "timestamp", ts(1))
	b = g.js(b, "Name", pick(g, []string{"BasicQueue", "Billing", "Support EN", "VIP"}))
	b = append(b, '}')
	if channel == "VOICE" && answered && g.pct(70) {
		loc := "amazon-connect-" + g.hexID(12) + "/connect/" + pick(g, []string{"acme-support", "example-cc"}) + "/CallRecordings/" +
			start.Format("2006/01/02") + "/" + contact + "_" + start.Format("20060102T15:04") + "_UTC.wav"
		b = jo(b, "Recording")
		b = ccxNull(b, "DeletionReason")
		b = g.jk(b, "Location", "path", loc)
		b = g.js(b, "Status", "AVAILABLE")
		b = g.js(b, "Type", "AUDIO")
		b = append(b, '}')
		b = ja(b, "Recordings")
		b = jo(b, "")
		b = ccxNull(b, "DeletionReason")
		b = ccxNull(b, "FragmentStartNumber")
		b = ccxNull(b, "FragmentStopNumber")
		b = g.js(b, "Location", loc)
		b = g.js(b, "MediaStreamType", "AUDIO")
		b = ccxNull(b, "ParticipantType")
		b = ccxNull(b, "StartTimestamp")
		b = g.js(b, "Status", "AVAILABLE")
		b = ccxNull(b, "StopTimestamp")
		b = g.js(b, "StorageType", "S3")
		b = append(b, "}]"...)
	} else {
		b = ccxNull(b, "Recording")
		b = append(jkey(b, "Recordings"), "[]"...)
	}
	b = append(jkey(b, "References"), "[]"...)
	if channel == "VOICE" {
		b = jo(b, "SystemEndpoint")
		b = g.js(b, "Address", "+1"+pick(g, []string{"800", "888", "877"})+"555"+g.digits(4)) // the company's own number
		b = g.js(b, "Type", "TELEPHONE_NUMBER")
		b = append(b, '}')
	} else {
		b = ccxNull(b, "SystemEndpoint")
	}
	b = jo(b, "Tags")
	b = g.jk(b, "aws:connect:instanceId", "uuid", instance)
	if g.pct(40) {
		b = g.js(b, "Department", pick(g, []string{"Billing", "Retention", "Support"}))
	}
	b = append(b, '}')
	b = ccxNull(b, "TransferCompletedTimestamp")
	if answered && g.pct(15) {
		b = jo(b, "TransferredToEndpoint")
		b = g.jp(b, "Address", "phone", g.ccxPhone())
		b = g.js(b, "Type", "TELEPHONE_NUMBER")
		b = append(b, '}')
	} else {
		b = ccxNull(b, "TransferredToEndpoint")
	}
	b = append(b, '}')
	return Record{Line: b}
}

// connectAgentEvent is a record of an Amazon Connect agent event stream
// (Administrator Guide, Agent event streams data model): the agent's
// snapshot, its Configuration naming the agent (FirstName, LastName,
// Username), the routing profile and the contacts in hand.
func (g *gen) connectAgentEvent() Record {
	b := append(make([]byte, 0, 1600), '{')
	region, acct, instance := "eu-central-1", g.num(1, 9)+g.digits(11), g.uuid()
	b = g.jk(b, "AWSAccountId", "accountid", acct)
	b = g.jk(b, "AgentARN", "arn", connectARN(region, acct, instance, "agent", g.uuid()))
	b = jo(b, "CurrentAgentSnapshot")
	b = jo(b, "AgentStatus")
	b = g.jk(b, "ARN", "arn", connectARN(region, acct, instance, "agent-state", g.uuid()))
	b = g.js(b, "Name", pick(g, []string{"Available", "Offline", "Lunch"}))
	b = g.jk(b, "StartTimestamp", "timestamp", ccxTime(g.now.Add(-time.Minute), ".000"))
	b = append(b, '}')
	b = jo(b, "Configuration")
	b = ccxNull(b, "AgentHierarchyGroups")
	first, last := g.name()
	b = g.jp(b, "FirstName", "name", first)
	b = g.jp(b, "LastName", "name", last)
	b = jo(b, "RoutingProfile")
	b = g.jk(b, "ARN", "arn", connectARN(region, acct, instance, "routing-profile", g.uuid()))
	b = g.js(b, "Name", "Basic Routing Profile")
	b = append(b, '}')
	if g.pct(50) {
		b = g.jp(b, "Username", "email", g.email(first, last))
	} else {
		b = g.jp(b, "Username", "name", strings.ToLower(ascii(first+"."+last)))
	}
	b = append(b, '}')
	b = ja(b, "Contacts")
	if g.pct(60) {
		b = jo(b, "")
		b = g.js(b, "Channel", "VOICE")
		b = g.jk(b, "ConnectedToAgentTimestamp", "timestamp", ccxTime(g.now.Add(-20*time.Second), ".000"))
		b = g.jk(b, "ContactId", "uuid", g.uuid())
		b = g.js(b, "InitiationMethod", "INBOUND")
		b = jo(b, "Queue")
		b = g.jk(b, "ARN", "arn", connectARN(region, acct, instance, "queue", g.uuid()))
		b = g.js(b, "Name", "BasicQueue")
		b = append(b, '}')
		b = g.js(b, "State", pick(g, []string{"CONNECTED", "ENDED", "CONNECTING"}))
		b = append(b, '}')
	}
	b = append(b, "]}"...)
	b = g.jk(b, "EventId", "uuid", g.uuid())
	b = g.jk(b, "EventTimestamp", "timestamp", ccxTime(g.now, ".000"))
	b = g.js(b, "EventType", pick(g, []string{"STATE_CHANGE", "HEART_BEAT"}))
	b = g.jk(b, "InstanceARN", "arn", connectARN(region, acct, instance, "", ""))
	b = g.jk(b, "Version", "version", "2019-05-25")
	return Record{Line: append(b, '}')}
}

// connectFlowLog is a contact flow log entry as Amazon Connect writes it
// to CloudWatch Logs (Administrator Guide, Contact flow logs): the block's
// type and its Parameters, which quote what the block stored (a contact
// attribute's Key and Value), the text it played, or the result a Lambda
// function returned (ExternalResults).
func (g *gen) connectFlowLog() Record {
	b := append(make([]byte, 0, 900), '{')
	acct := g.num(1, 9) + g.digits(11)
	instance := g.uuid()
	b = g.jk(b, "ContactId", "uuid", g.uuid())
	b = g.jk(b, "ContactFlowId", "arn", connectARN("us-east-1", acct, instance, "contact-flow", g.uuid()))
	b = g.js(b, "ContactFlowName", pick(g, []string{"Main IVR", "Billing flow", "Callback"}))
	first, last := g.name()
	switch g.rng.IntN(4) {
	case 0:
		b = g.js(b, "ContactFlowModuleType", "SetAttributes")
		b = jo(b, "Parameters")
		switch g.rng.IntN(3) {
		case 0:
			b = g.js(b, "Key", "callbackNumber")
			b = g.jp(b, "Value", "phone", g.ccxPhone())
		case 1:
			b = g.js(b, "Key", "customerName")
			b = g.jp(b, "Value", "name", first+" "+last)
		default:
			b = g.js(b, "Key", "language")
			b = g.js(b, "Value", "en_US")
		}
		b = append(b, '}')
	case 1:
		b = g.js(b, "ContactFlowModuleType", "InvokeExternalResource")
		b = jo(b, "Parameters")
		b = g.jk(b, "FunctionArn", "arn", "arn:aws:lambda:us-east-1:"+acct+":function:crm-lookup")
		b = jo(b, "Parameters")
		b = g.jp(b, "phoneNumber", "phone", g.ccxPhone())
		b = append(b, "}}"...)
		b = jo(b, "ExternalResults")
		b = g.jp(b, "firstName", "name", first)
		b = g.jp(b, "lastName", "name", last)
		bal := g.num(1, 999) + "." + g.digits(2)
		b = g.jk(b, "balance", "price", bal)
		b = g.js(b, "isVip", "false")
		b = append(b, '}')
	case 2:
		b = g.js(b, "ContactFlowModuleType", "CheckAttribute")
		b = jo(b, "Parameters")
		b = g.js(b, "ComparisonMethod", "Equals")
		b = g.js(b, "Value", "true")
		b = append(b, '}')
		b = g.js(b, "Results", "NoMatch")
	default:
		b = g.js(b, "ContactFlowModuleType", "SetLoggingBehavior")
		b = jo(b, "Parameters")
		b = g.js(b, "LoggingBehavior", "Enable")
		b = append(b, '}')
	}
	b = g.jk(b, "Timestamp", "timestamp", ccxTime(g.now, ".000"))
	return Record{Line: append(b, '}')}
}

// Teams clients' user agents as call records show them (headerValue) and
// the version each one carries.
var teamsUAs = [][2]string{
	{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0 Teams/24335.206.3315.1300/49", "24335.206.3315.1300"},
	{"RTCC/7.0.0.0 UCWA/7.0.0.0 AndroidLync/6.25.0.27 (SM-G930U Android 8.0.0)", "6.25.0.27"},
	{"CallSignalingAgent (49/1.6.00.33567//)", "1.6.00.33567"},
	{"UCCAPI/16.0.12527.20122 OC/16.0.12527.20194 (Skype for Business)", "16.0.12527.20194"},
	{"RTCC/7.0.0.0 (iPhone; iOS 17.1.2) Teams/6.3.1", "6.3.1"},
}

// graphUser appends an identity's "user" (id, displayName, tenantId).
func (g *gen) graphUser(b []byte, key, id, display, tenant string) []byte {
	b = jo(b, key)
	b = g.jk(b, "id", "uuid", id)
	b = g.jp(b, "displayName", "name", display)
	b = g.jk(b, "tenantId", "uuid", tenant)
	return append(b, '}')
}

// graphIdentity appends an identitySet: a user of the tenant or, for a
// PSTN party, a phone identity whose id is the number.
func (g *gen) graphIdentity(b []byte, key string, user bool, id, display, tenant, phone string) []byte {
	b = jo(b, key)
	if user {
		b = g.graphUser(b, "user", id, display, tenant)
		b = ccxNull(b, "phone")
	} else {
		b = ccxNull(b, "user")
		b = jo(b, "phone")
		b = g.jp(b, "id", "phone", phone)
		b = ccxNull(b, "displayName")
		b = ccxNull(b, "tenantId")
		b = append(b, '}')
	}
	b = ccxNull(b, "guest")
	b = ccxNull(b, "application")
	return append(b, '}')
}

// graphNetwork appends a media's callerNetwork or calleeNetwork.
func (g *gen) graphNetwork(b []byte, key string) []byte {
	b = jo(b, key)
	ip := g.privateIPv4()
	b = g.jp(b, "ipAddress", "ipv4", ip)
	b = g.js(b, "subnet", ip[:strings.LastIndexByte(ip, '.')]+".0")
	b = jn(b, "linkSpeed", pick(g, []string{"54000000", "866700000", "1000000000"}))
	conn := pick(g, []string{"wifi", "wired"})
	b = g.js(b, "connectionType", conn)
	b = g.ccxInt(b, "port", "port", 50000+g.rng.IntN(10000))
	b = g.jp(b, "reflexiveIPAddress", "ipv4", g.ipv4())
	b = g.js(b, "relayIPAddress", "52.114."+g.num(1, 254)+"."+g.num(1, 254))
	b = g.ccxInt(b, "relayPort", "port", 3478+g.rng.IntN(60000))
	mac := strings.ToUpper(strings.ReplaceAll(g.mac(), ":", "-"))
	b = g.jp(b, "macAddress", "mac", mac)
	if conn == "wifi" {
		b = g.js(b, "wifiVendorDriver", "Intel(R) Wi-Fi 6 AX201 160MHz")
		b = g.jk(b, "wifiVendorDriverVersion", "version", "22.250.1.2")
		b = jn(b, "wifiChannel", g.num(1, 11))
		b = g.js(b, "wifiBand", "frequency50GHz")
		b = g.ccxInt(b, "wifiSignalStrength", "counter", 40+g.rng.IntN(60))
	} else {
		b = ccxNull(b, "wifiVendorDriver")
	}
	b = ccxNull(b, "dnsSuffix")
	r := "0." + g.digits(2)
	b = jn(b, "receivedQualityEventRatio", r)
	return append(b, '}')
}

// graphDevice appends a media's callerDevice or calleeDevice: the audio
// devices by name, one in eight a Bluetooth headset named after its owner.
func (g *gen) graphDevice(b []byte, key string) []byte {
	b = jo(b, key)
	capture := pick(g, []string{"Microphone (Realtek(R) Audio)", "Headset Microphone (Jabra Evolve2 65)", "Microphone (Poly BT700)", "MacBook Pro Microphone"})
	render := pick(g, []string{"Speakers (Realtek(R) Audio)", "Headset Earphone (Jabra Evolve2 65)", "Speakers (Poly BT700)", "MacBook Pro Speakers"})
	if g.pct(12) {
		first, _ := g.name()
		dev := first + "'s AirPods Pro"
		g.plantAt("name", first, "("+jsonEsc(dev)+")")
		capture, render = "Headset ("+dev+")", "Headphones ("+dev+")"
	}
	b = g.js(b, "captureDeviceName", capture)
	b = g.js(b, "captureDeviceDriver", "Microsoft: 10.0.22621.1")
	b = g.js(b, "renderDeviceName", render)
	b = g.js(b, "renderDeviceDriver", "Microsoft: 10.0.22621.1")
	b = jn(b, "receivedSignalLevel", "-"+g.num(10, 40))
	b = jn(b, "receivedNoiseLevel", "-"+g.num(60, 90))
	return append(b, '}')
}

// graphEndpoint appends a session's or segment's caller or callee.
func (g *gen) graphEndpoint(b []byte, key string, user bool, id, display, tenant, phone string) []byte {
	b = jo(b, key)
	if user {
		b = g.js(b, "@odata.type", "#microsoft.graph.callRecords.participantEndpoint")
		ua := pick(g, teamsUAs)
		b = jo(b, "userAgent")
		b = g.js(b, "@odata.type", "#microsoft.graph.callRecords.clientUserAgent")
		g.keepAt("version", ua[1])
		b = g.js(b, "headerValue", ua[0])
		b = g.js(b, "platform", pick(g, []string{"windows", "android", "macOS", "iOS"}))
		b = g.js(b, "productFamily", "teams")
		b = ccxNull(b, "azureADAppId")
		b = append(b, '}')
	} else {
		b = g.js(b, "@odata.type", "#microsoft.graph.callRecords.participantEndpoint")
		b = jo(b, "userAgent")
		b = g.js(b, "@odata.type", "#microsoft.graph.callRecords.serviceUserAgent")
		b = g.js(b, "headerValue", "Microsoft.PSTNHub.SIPProxy v.2024.11.28.2 i.EUWE.3")
		b = g.js(b, "role", "skypeForBusinessMicrosoftTeamsGateway")
		b = append(b, '}')
	}
	b = g.graphIdentity(b, "identity", user, id, display, tenant, phone)
	return append(b, '}')
}

// teamsCallRecords is a Microsoft Graph communications record: a
// callRecord read with $expand=sessions($expand=segments) (organizer,
// participants as identitySets, sessions and segments with endpoints,
// user agents, media with networks, devices and streams), a row of
// getPstnCalls (the Calling Plan's PSTN log: userPrincipalName,
// userDisplayName, callerNumber, calleeNumber, charge, callId) or a row of
// getDirectRoutingCalls.
func (g *gen) teamsCallRecords(st *streamState) Record {
	b := make([]byte, 0, 4000)
	b = append(b, '{')
	tenant := "dc368399-474c-4d40-900c-" + g.hexID(12)
	first, last := g.name()
	display := first + " " + last
	upn := g.email(first, last)
	userID := g.uuid()
	start := g.now.Add(-time.Duration(60+g.rng.IntN(3600)) * time.Second)
	dur := 5 + g.rng.IntN(1800)
	end := start.Add(time.Duration(dur) * time.Second)
	switch r := g.rng.IntN(100); {
	case r < 30: // pstnCallLogRow
		b = g.jk(b, "id", "uuid", g.uuid())
		cid := g.num(1000000000, 1999999999) + "_" + g.num(100000000, 199999999) + "@"
		g.keepAt("callid", cid)
		b = g.js(b, "callId", cid+pick(g, []string{"61.221.3.176", "52.114.76.76", "sbc.example.net"}))
		b = g.jk(b, "userId", "uuid", userID)
		b = g.jp(b, "userPrincipalName", "email", upn)
		b = g.jp(b, "userDisplayName", "name", display)
		b = g.jk(b, "startDateTime", "timestamp", ccxTime(start, ".0000000"))
		b = g.jk(b, "endDateTime", "timestamp", ccxTime(end, ".0000000"))
		b = g.ccxInt(b, "duration", "duration", dur)
		charge := "0." + g.digits(2)
		g.keepAt("price", charge, `"charge":`+charge)
		b = jn(b, "charge", charge)
		in := g.pct(50)
		b = g.js(b, "callType", map[bool]string{true: "user_in", false: "user_out"}[in])
		b = g.js(b, "currency", pick(g, []string{"USD", "EUR", "GBP"}))
		own, other := g.e164(), g.ccxPhone()
		if in {
			own, other = other, own
		}
		b = g.jp(b, "calleeNumber", "phone", other)
		b = g.js(b, "usageCountryCode", "US")
		b = g.js(b, "tenantCountryCode", "US")
		b = jn(b, "connectionCharge", charge)
		b = g.jp(b, "callerNumber", "phone", own)
		b = ccxNull(b, "destinationContext")
		b = g.js(b, "destinationName", pick(g, []string{"United States", "Germany", "United Kingdom", "Ukraine"}))
		b = ccxNull(b, "conferenceId")
		b = g.js(b, "licenseCapability", "MCOPSTNU")
		b = g.js(b, "inventoryType", "Subscriber")
		b = g.js(b, "operator", "Microsoft")
		b = g.js(b, "callDurationSource", "microsoft")
		b = append(b, '}')
		return Record{Line: b}
	case r < 45: // directRoutingLogRow
		b = g.jk(b, "id", "uuid", g.uuid())
		b = g.jk(b, "correlationId", "uuid", g.uuid())
		b = g.jk(b, "userId", "uuid", userID)
		b = g.jp(b, "userPrincipalName", "email", upn)
		b = g.jp(b, "userDisplayName", "name", display)
		b = g.jk(b, "startDateTime", "timestamp", ccxTime(start, ".0000000"))
		b = g.jk(b, "inviteDateTime", "timestamp", ccxTime(start.Add(-2*time.Second), ".0000000"))
		b = ccxNull(b, "failureDateTime")
		b = g.jk(b, "endDateTime", "timestamp", ccxTime(end, ".0000000"))
		b = g.ccxInt(b, "duration", "duration", dur)
		b = g.ccxInt(b, "callEndSubReason", "status", pick(g, []int{540000, 540200, 560486}))
		b = g.ccxInt(b, "finalSipCode", "status", pick(g, []int{0, 200, 486, 487}))
		b = g.js(b, "finalSipCodePhrase", "BYE")
		ext := g.ccxPhone()
		if g.pct(50) {
			ext = strings.TrimPrefix(ext, "+") // "E.164 format, but might include more data"
		}
		b = g.jp(b, "callerNumber", "phone", ext)
		b = g.jp(b, "calleeNumber", "phone", g.e164())
		b = g.js(b, "callType", pick(g, []string{"ByotIn", "ByotOut", "ByotOutUserForwarding"}))
		b = jn(b, "successfulCall", "true")
		b = g.js(b, "trunkFullyQualifiedDomainName", pick(g, []string{"sbc1.example.com", "sbc.contoso.example.net"}))
		b = jn(b, "mediaBypassEnabled", "false")
		b = g.js(b, "mediaPathLocation", "EUWE")
		b = g.js(b, "signalingLocation", "EUNO")
		b = append(b, '}')
		return Record{Line: b}
	}
	// A callRecord with its sessions and segments.
	pstn := g.pct(40)
	id := g.uuid()
	b = g.js(b, "@odata.context", "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))/$entity")
	b = jn(b, "version", g.num(1, 3))
	typ := "peerToPeer"
	if !pstn && g.pct(30) {
		typ = "groupCall"
	}
	b = g.js(b, "type", typ)
	b = append(jkey(b, "modalities"), `["audio"]`...)
	b = g.jk(b, "lastModifiedDateTime", "timestamp", ccxTime(end.Add(40*time.Second), ".000000"))
	b = g.jk(b, "startDateTime", "timestamp", ccxTime(start, ".0000000"))
	b = g.jk(b, "endDateTime", "timestamp", ccxTime(end, ".0000000"))
	b = g.jk(b, "id", "uuid", id)
	if typ == "groupCall" {
		thread := "19%3ameeting_" + g.chars(48, base62) + "%40thread.v2"
		g.keepAt("requestid", thread)
		b = g.js(b, "joinWebUrl", "https://teams.microsoft.com/l/meetup-join/"+thread+"/0?context=%7b%22Tid%22%3a%22"+tenant+"%22%2c%22Oid%22%3a%22"+userID+"%22%7d")
	} else {
		b = ccxNull(b, "joinWebUrl")
	}
	b = g.graphIdentity(b, "organizer", true, userID, display, tenant, "")
	f2, l2 := g.name()
	peerID, peer := g.uuid(), f2+" "+l2
	phone := g.ccxPhone()
	b = ja(b, "participants")
	b = g.graphIdentity(b, "", true, userID, display, tenant, "")
	b = g.graphIdentity(b, "", !pstn, peerID, peer, tenant, phone)
	if typ == "groupCall" && g.pct(50) {
		// A bot that joined (recording, transcription): an application.
		b = jo(b, "")
		b = ccxNull(b, "user")
		b = jo(b, "application")
		b = g.jk(b, "id", "uuid", g.uuid())
		b = g.jk(b, "displayName", "label", pick(g, []string{"Teams Recording Bot", "Compliance Recorder", "Call Transcription Service"}))
		b = append(b, "}}"...)
	}
	if typ == "groupCall" && g.pct(40) {
		gf, gl := g.name()
		b = jo(b, "")
		b = ccxNull(b, "user")
		b = jo(b, "guest")
		b = g.jk(b, "id", "hash", g.hexID(32))
		b = g.jp(b, "displayName", "name", gf+" "+gl+" (Guest)")
		b = g.jk(b, "tenantId", "uuid", tenant)
		b = append(b, "}}"...)
	}
	b = append(b, ']')
	b = ja(b, "sessions")
	b = jo(b, "")
	b = append(jkey(b, "modalities"), `["audio"]`...)
	b = g.js(b, "startDateTime", ccxTime(start, ".0000000"))
	b = g.js(b, "endDateTime", ccxTime(end, ".0000000"))
	sid := g.uuid()
	b = g.jk(b, "id", "uuid", sid)
	b = jn(b, "isTest", "false")
	b = ccxNull(b, "failureInfo")
	b = g.graphEndpoint(b, "caller", true, userID, display, tenant, "")
	b = g.graphEndpoint(b, "callee", !pstn, peerID, peer, tenant, phone)
	b = ja(b, "segments")
	b = jo(b, "")
	b = g.js(b, "startDateTime", ccxTime(start, ".0000000"))
	b = g.js(b, "endDateTime", ccxTime(end, ".0000000"))
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.graphEndpoint(b, "caller", true, userID, display, tenant, "")
	b = g.graphEndpoint(b, "callee", !pstn, peerID, peer, tenant, phone)
	b = ccxNull(b, "failureInfo")
	b = ja(b, "media")
	b = jo(b, "")
	b = g.js(b, "label", "main-audio")
	b = g.graphNetwork(b, "callerNetwork")
	if pstn {
		b = ccxNull(b, "calleeNetwork")
	} else {
		b = g.graphNetwork(b, "calleeNetwork")
	}
	b = g.graphDevice(b, "callerDevice")
	if pstn {
		b = ccxNull(b, "calleeDevice")
	} else {
		b = g.graphDevice(b, "calleeDevice")
	}
	b = ja(b, "streams")
	for _, dir := range []string{"callerToCallee", "calleeToCaller"} {
		b = jo(b, "")
		b = g.jk(b, "streamId", "counter", g.num(1000000000, 2147483647))
		b = g.js(b, "streamDirection", dir)
		j := "PT0.0" + g.digits(2) + "S"
		b = g.jk(b, "averageJitter", "duration", j)
		b = g.jk(b, "averageRoundTripTime", "duration", "PT0."+g.digits(3)+"S")
		b = jn(b, "averagePacketLossRate", "0")
		b = jn(b, "packetUtilization", g.num(100, 90000))
		b = jn(b, "wasMediaBypassed", "false")
		b = append(b, '}')
	}
	b = append(b, "]}]}]}]}"...)
	return Record{Line: b}
}

// zoomUserID returns a Zoom user or site id: 22 characters of base62.
func (g *gen) zoomUserID() string { return g.chars(21, base62) + "A" }

// zoomParty is one end of a Zoom Phone call: an extension of the account
// (number type 1, a user's name, an e-mail address) or an outside number
// (type 2, the caller id name the carrier sent, or none).
type zoomParty struct {
	number, name, email, did, ext string
	internal                      bool
}

func (g *gen) zoomParty() zoomParty {
	first, last := g.name()
	if g.pct(50) {
		ext := g.sipExt()
		return zoomParty{number: ext, ext: ext, name: first + " " + last, email: g.email(first, last), did: g.e164(), internal: true}
	}
	p := zoomParty{number: g.ccxPhone()}
	if g.pct(50) {
		p.name = strings.ToUpper(ascii(first + " " + last))
	}
	return p
}

// zoomPartyFields appends the caller_* or callee_* members of a call log.
func (g *gen) zoomPartyFields(b []byte, role string, p zoomParty, history bool) []byte {
	b = g.jp(b, role+"_number", "phone", p.number)
	if p.internal {
		b = jn(b, role+"_number_type", "1")
	} else {
		b = jn(b, role+"_number_type", "2")
	}
	if p.name != "" {
		b = g.jp(b, role+"_name", "name", p.name)
	} else {
		b = g.js(b, role+"_name", "")
	}
	if p.internal {
		b = g.jp(b, role+"_did_number", "phone", p.did)
		if history {
			b = g.jp(b, role+"_ext_number", "phone", p.ext)
			b = g.jp(b, role+"_email", "email", p.email)
			b = g.js(b, role+"_ext_type", "user")
		}
	} else {
		b = g.js(b, role+"_location", pick(g, []string{"San Jose, CA", "New York, NY", "Berlin", "London"}))
	}
	b = g.js(b, role+"_country_code", "1")
	b = g.js(b, role+"_country_iso_code", "US")
	return b
}

// zoomCallLog appends the members of a Zoom Phone call log object (Get
// account's call logs; the call_logs of the phone.*_call_log_completed
// webhooks) or, with history, of a call history's call path element
// (caller_ext_number, caller_email, device_private_ip, device_public_ip).
func (g *gen) zoomCallLog(b []byte, history bool) []byte {
	caller, callee := g.zoomParty(), g.zoomParty()
	b = g.jk(b, "id", "uuid", g.uuid())
	callID := g.num(7, 7) + g.digits(18)
	b = g.jk(b, "call_id", "callid", callID)
	b = g.jk(b, "user_id", "uuid", g.zoomUserID())
	b = g.zoomPartyFields(b, "caller", caller, history)
	b = g.zoomPartyFields(b, "callee", callee, history)
	dir := "outbound"
	if !caller.internal {
		dir = "inbound"
	}
	b = g.js(b, "direction", dir)
	dur := g.rng.IntN(1800)
	b = g.ccxInt(b, "duration", "duration", dur)
	b = g.js(b, "result", pick(g, []string{"Call connected", "No Answer", "Voicemail", "Rejected"}))
	t := g.now.Add(-time.Duration(dur) * time.Second)
	b = g.jk(b, "date_time", "timestamp", ccxTime(t, ""))
	b = g.js(b, "path", pick(g, []string{"pstn", "extension", "voiceMail", "autoReceptionist", "callQueue"}))
	b = g.jk(b, "answer_start_time", "timestamp", ccxTime(t.Add(4*time.Second), ""))
	b = g.jk(b, "call_end_time", "timestamp", ccxTime(g.now, ""))
	b = g.ccxInt(b, "waiting_time", "duration", g.rng.IntN(30))
	rec := g.pct(40)
	b = jn(b, "has_recording", strconv.FormatBool(rec))
	if rec {
		b = g.js(b, "recording_type", pick(g, []string{"OnDemand", "Automatic"}))
		b = g.jk(b, "recording_id", "hash", g.hexID(32))
	}
	b = jn(b, "has_voicemail", "false")
	b = g.js(b, "call_type", pick(g, []string{"voip", "pstn_off_net"}))
	charge := "0." + g.digits(2)
	b = g.jk(b, "rate", "price", charge)
	b = g.jk(b, "charge", "price", charge)
	b = g.js(b, "billing_currency", "USD")
	b = jo(b, "site")
	b = g.jk(b, "id", "uuid", g.zoomUserID())
	b = g.js(b, "name", pick(g, []string{"Main Site", "Berlin Office", "Kyiv Hub"}))
	b = append(b, '}')
	if history {
		b = g.jp(b, "device_private_ip", "ipv4", g.privateIPv4())
		b = g.jp(b, "device_public_ip", "ipv4", g.ipv4())
		b = g.js(b, "caller_device_type", pick(g, []string{"Windows_Client", "Mac_Client", "Android_App", "iOS_App", "Polycom"}))
		b = g.jk(b, "client_code", "counter", g.num(100, 999))
	}
	if caller.internal {
		b = jo(b, "owner")
		b = g.js(b, "type", "user")
		b = g.jk(b, "id", "uuid", g.zoomUserID())
		b = g.jp(b, "name", "name", caller.name)
		b = jkey(b, "extension_number")
		b = g.plant(b, "phone", caller.ext, "")
		b = append(b, '}')
	}
	return b
}

// webexColumns are the columns of the Webex Calling Detailed Call History
// report as the CSV has them, in the order used here.
var webexColumns = []string{"Start time", "Answer time", "Duration", "Report ID", "Report time", "Correlation ID",
	"Local call ID", "Remote call ID", "Network call ID", "Call ID", "User", "User type", "User UUID", "User number",
	"Calling number", "Calling line ID", "Called number", "Called line ID", "Dialed digits", "Direction", "Call type",
	"Answered", "Answer indicator", "Client type", "Sub client type", "Client version", "OS type", "Device MAC", "Model",
	"Location", "Site main number", "Site timezone", "Site UUID", "Redirecting number", "Redirect reason",
	"Original reason", "Releasing party", "Related call ID", "Related reason", "Transfer related call ID",
	"Inbound trunk", "Outbound trunk", "Route group", "International country", "Org UUID", "Call outcome",
	"Call outcome reason", "Ring duration", "Release time", "Public Calling IP Address", "Public Called IP Address",
	"Local SessionID", "Remote SessionID", "Final local SessionID", "Final remote SessionID", "Authorization code",
	"Caller ID number"}

// webexCDR is a row of the Webex Calling Detailed Call History CSV
// (Control Hub > Analytics > Calling > Detailed Call History, or the
// cdr_feed API's fields as a CSV export writes them): the header row
// first, then a leg a row; empty fields are empty, a field with a comma
// quoted.
func (g *gen) webexCDR(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte(strings.Join(webexColumns, ",")), Header: true}
	}
	first, last := g.name()
	user := first + " " + last
	ext := g.sipExt()
	userNum := g.e164()
	other := g.ccxPhone()
	orig := g.pct(50)
	start := g.now.Add(-time.Duration(60+g.rng.IntN(3600)) * time.Second)
	ring := 1 + g.rng.IntN(30)
	dur := g.rng.IntN(1800)
	f := map[string]string{}
	kept := func(col, cat, v string) { f[col] = v; g.keepAt(cat, v) }
	kept("Start time", "timestamp", ccxTime(start, ".000"))
	answered := dur > 0 && g.pct(85)
	if answered {
		kept("Answer time", "timestamp", ccxTime(start.Add(time.Duration(ring)*time.Second), ".000"))
	} else {
		dur = 0
	}
	f["Duration"] = strconv.Itoa(dur)
	kept("Report ID", "uuid", g.uuid())
	kept("Report time", "timestamp", ccxTime(start.Add(time.Duration(ring+dur+30)*time.Second), ".000"))
	kept("Correlation ID", "uuid", g.uuid())
	kept("Local call ID", "callid", g.num(100000000, 999999999)+":0")
	kept("Remote call ID", "callid", g.num(100000000, 999999999)+":0")
	nc := "BW" + g.num(1, 9) + g.digits(24) + "@"
	g.keepAt("callid", nc)
	f["Network call ID"] = nc + "10.21.0." + g.num(1, 254)
	cid := "SSE" + g.num(1, 9) + g.digits(24) + "@"
	g.keepAt("callid", cid)
	f["Call ID"] = cid + "10.177.4." + g.num(1, 254)
	f["User"] = user
	g.plantAt("name", user)
	f["User type"] = "User"
	kept("User UUID", "uuid", g.uuid())
	f["User number"] = userNum
	g.plantAt("phone", userNum)
	otherName := ""
	if g.pct(50) {
		f2, l2 := g.name()
		otherName = f2 + " " + l2
		g.plantAt("name", otherName)
	}
	g.plantAt("phone", other)
	if orig {
		f["Direction"] = "ORIGINATING"
		g.plantAt("phone", ext)
		f["Calling number"], f["Calling line ID"] = ext, user
		f["Called number"], f["Called line ID"] = other, otherName
		dialled := strings.TrimPrefix(other, "+")
		if g.pct(50) {
			d := g.dialled()
			g.plantAt("phone", d)
			dialled = "9" + d // an outside line prefix
		}
		g.plantAt("phone", dialled)
		f["Dialed digits"] = dialled
		f["Call type"] = pick(g, []string{"SIP_NATIONAL", "SIP_INTERNATIONAL", "SIP_MOBILE"})
		f["Outbound trunk"] = pick(g, []string{"PSTN-Trunk-1", "LGW-Berlin"})
	} else {
		f["Direction"] = "TERMINATING"
		f["Calling number"], f["Calling line ID"] = other, otherName
		f["Called number"], f["Called line ID"] = userNum, user
		f["Call type"] = "SIP_INBOUND"
		f["Inbound trunk"] = pick(g, []string{"PSTN-Trunk-1", "LGW-Berlin"})
	}
	f["Answered"] = strconv.FormatBool(answered)
	if answered {
		f["Answer indicator"] = "Yes"
	} else {
		f["Answer indicator"] = "No"
	}
	f["Client type"] = pick(g, []string{"SIP", "WXC_CLIENT", "WXC_DEVICE"})
	f["Sub client type"] = pick(g, []string{"", "MOBILE_NETWORK"})
	kept("Client version", "version", pick(g, []string{"44.10.0.30906", "43.9.0.28935", "sip88xx.14-2-1-0001-27"}))
	f["OS type"] = pick(g, []string{"windows", "mac", "android", "ios", "na"})
	if g.pct(50) {
		mac := strings.ToUpper(strings.NewReplacer(":", "", "-", "").Replace(g.mac()))
		f["Device MAC"] = mac
		g.plantAt("mac", mac)
		kept("Model", "version", pick(g, []string{"8851-3PCC", "8845", "DMS Cisco 8865", "Cisco 7841"}))
	}
	f["Location"] = pick(g, []string{"Richardson", "Berlin HQ", "Kyiv"})
	f["Site main number"] = "+1469228" + g.digits(4)
	f["Site timezone"] = pick(g, []string{"-300", "60", "120"})
	g.keepAt("offset", f["Site timezone"], ","+f["Site timezone"]+",")
	kept("Site UUID", "uuid", g.uuid())
	if g.pct(25) {
		r := g.e164()
		f["Redirecting number"] = r
		g.plantAt("phone", r)
		f["Redirect reason"] = pick(g, []string{"Unavailable", "UserBusy", "NoAnswer", "CallForwardAlways"})
		f["Original reason"] = f["Redirect reason"]
	}
	f["Releasing party"] = pick(g, []string{"Local", "Remote"})
	if g.pct(30) {
		kept("Related call ID", "callid", g.num(100000000, 999999999)+":0")
		f["Related reason"] = pick(g, []string{"CallQueue", "HuntGroup", "ConsultativeTransfer"})
		kept("Transfer related call ID", "callid", g.num(1000000000, 2999999999)+":0A")
	}
	f["International country"] = pick(g, []string{"US", "DE", "UA"})
	kept("Org UUID", "uuid", g.uuid())
	f["Call outcome"] = pick(g, []string{"Success", "Success", "Failure", "Refusal"})
	f["Call outcome reason"] = "Normal"
	f["Ring duration"] = strconv.Itoa(ring)
	g.keepAt("duration", f["Ring duration"], ","+f["Ring duration"]+",")
	kept("Release time", "timestamp", start.Add(time.Duration(ring+dur)*time.Second).Format("2006-01-02 15:04:05.000"))
	if g.pct(60) {
		ip := g.ipv4()
		f["Public Calling IP Address"] = ip
		g.plantAt("ipv4", ip)
	} else {
		f["Public Calling IP Address"] = "0.0.0.0"
	}
	f["Public Called IP Address"] = "0.0.0.0"
	for _, c := range []string{"Local SessionID", "Remote SessionID"} {
		kept(c, "hash", g.hexID(8)+"00105000a0000242be13"+g.hexID(4))
	}
	f["Final local SessionID"], f["Final remote SessionID"] = f["Local SessionID"], f["Remote SessionID"]
	if orig && g.pct(20) {
		// An account/authorization code the user keyed in to call out:
		// a credential.
		code := g.num(100000, 999999)
		f["Authorization code"] = code
		g.plantAt("secret", code)
	}
	if orig {
		// The number presented to the called party: the user's, written
		// nationally in a third of the rows.
		cid := userNum
		if g.pct(33) && strings.HasPrefix(userNum, "+1") {
			cid = userNum[2:]
			g.plantAt("phone", cid)
		}
		f["Caller ID number"] = cid
	}
	var b []byte
	for i, c := range webexColumns {
		if i > 0 {
			b = append(b, ',')
		}
		v := f[c]
		if strings.ContainsAny(v, ",\"") {
			b = csvq(b, v)
		} else {
			b = append(b, v...)
		}
	}
	g.keepAt("duration", f["Duration"], ","+f["Duration"]+",")
	return Record{Line: b}
}

// zoomWebexCDR writes, one source a stream, Zoom Phone's call logs as an
// API collector stores them (one call log object a line), Zoom Phone's
// call log webhooks (phone.caller_call_log_completed and
// phone.callee_call_log_completed; phone.caller_call_history_completed
// with a call path element) and the Webex Calling Detailed Call History
// CSV.
func (g *gen) zoomWebexCDR(st *streamState) Record {
	switch st.variant % 4 {
	case 3:
		return g.webexCDRJSON()
	case 0:
		b := append(make([]byte, 0, 1500), '{')
		b = g.zoomCallLog(b, false)
		return Record{Line: append(b, '}')}
	case 1:
		b := append(make([]byte, 0, 1800), '{')
		history := g.pct(40)
		ev := pick(g, []string{"phone.caller_call_log_completed", "phone.callee_call_log_completed"})
		arr := "call_logs"
		if history {
			ev = pick(g, []string{"phone.caller_call_history_completed", "phone.callee_call_history_completed"})
			arr = "call_elements"
		}
		if g.pct(25) {
			return g.zoomRinging()
		}
		b = g.js(b, "event", ev)
		b = jo(b, "payload")
		b = g.jk(b, "account_id", "uuid", g.zoomUserID())
		b = jo(b, "object")
		b = g.jk(b, "user_id", "uuid", g.zoomUserID())
		b = ja(b, arr)
		b = jo(b, "")
		b = g.zoomCallLog(b, history)
		b = append(b, "}]}}"...)
		ts := strconv.FormatInt(g.now.UnixMilli(), 10)
		g.keepAt("epoch", ts)
		b = jn(b, "event_ts", ts)
		return Record{Line: append(b, '}')}
	}
	return g.webexCDR(st)
}

// zoomRinging is a Zoom Phone call event webhook (phone.callee_ringing,
// phone.caller_connected, phone.callee_missed): caller and callee objects
// with phone_number, extension_number (a JSON number), name, user_id,
// device_type and connection_type.
func (g *gen) zoomRinging() Record {
	b := append(make([]byte, 0, 900), '{')
	b = g.js(b, "event", pick(g, []string{"phone.callee_ringing", "phone.caller_connected", "phone.callee_missed"}))
	b = jo(b, "payload")
	b = g.jk(b, "account_id", "uuid", g.zoomUserID())
	b = jo(b, "object")
	callID := "7" + g.digits(18)
	b = g.jk(b, "call_id", "callid", callID)
	for _, role := range []string{"caller", "callee"} {
		p := g.zoomParty()
		b = jo(b, role)
		if p.internal {
			b = jkey(b, "extension_number")
			b = g.plant(b, "phone", p.ext, "")
			b = g.jp(b, "phone_number", "phone", p.did)
			b = g.jk(b, "user_id", "uuid", g.zoomUserID())
			b = g.jp(b, "name", "name", p.name)
			b = g.jk(b, "device_type", "version", pick(g, []string{"MacOS_Client(5.17.5.2543)", "Windows_Client(6.0.2.4680)", "Polycom VVX 450(6.4.3.5018)"}))
			b = g.js(b, "extension_type", "user")
		} else {
			b = g.jp(b, "phone_number", "phone", p.number)
			if p.name != "" {
				b = g.jp(b, "name", "name", p.name)
			}
		}
		b = g.js(b, "connection_type", pick(g, []string{"pstn_off_net", "voip", "internal"}))
		b = append(b, '}')
	}
	b = g.jk(b, "ringing_start_time", "timestamp", ccxTime(g.now, ""))
	b = append(b, "}}"...)
	ts := strconv.FormatInt(g.now.UnixMilli(), 10)
	g.keepAt("epoch", ts)
	b = jn(b, "event_ts", ts)
	return Record{Line: append(b, '}')}
}

// webexCDRJSON is an item of the Webex Calling Detailed Call History API
// (GET /v1/cdr_feed and the CDR stream): the report's columns as member
// names with blanks, Duration and Ring duration as JSON numbers.
func (g *gen) webexCDRJSON() Record {
	row := g.webexCDR(&streamState{n: 1})
	// The CSV row's values, its labels already recorded.
	vals := strings.Split(string(row.Line), ",")
	keeps := g.keeps[:0]
	for _, k := range g.keeps {
		if len(k.Forms) == 0 || !strings.HasPrefix(k.Forms[0], ",") {
			keeps = append(keeps, k) // a short number is kept with its key below
		}
	}
	g.keeps = keeps
	b := append(make([]byte, 0, 2600), '{')
	for i, c := range webexColumns {
		v := ""
		if i < len(vals) {
			v = vals[i]
		}
		if v == "" {
			continue
		}
		if c == "Duration" || c == "Ring duration" {
			b = jn(b, c, v)
			g.keepAt("duration", v, `"`+c+`":`+v)
			continue
		}
		if c == "Site timezone" {
			g.keepAt("offset", v, `"`+c+`":"`+v+`"`)
		}
		b = jkey(b, c)
		b = append(b, '"')
		b = append(b, jsonEsc(v)...)
		b = append(b, '"')
	}
	return Record{Line: append(b, '}')}
}

// audioCodesColumns are the SBC signaling CDR fields of AudioCodes'
// Mediant devices in their syslog order (User's Manual, Reporting
// Information to External Party: CDR fields for SBC signaling).
var audioCodesColumns = []string{"SBCReportType", "EPTyp", "SIPCallId", "SessionId", "Orig", "SourceIp",
	"SourcePort", "DestIp", "DestPort", "TransportType", "SrcURI", "SrcURIBeforeMap", "DstURI", "DstURIBeforeMap",
	"Durat", "TrmSd", "TrmReason", "TrmReasonCategory", "SetupTime", "ConnectTime", "ReleaseTime", "RedirectReason",
	"RedirectURINum", "RedirectURINumBeforeMap", "TxSigIPDiffServ", "IPGroup (description)", "SrdId (name)",
	"SIPInterfaceId", "ProxySetId", "IpProfileId (name)", "MediaRealmId (name)", "DirectMedia", "SIPTrmReason",
	"SIPTermDesc", "Caller", "Callee"}

// audioCodesCDR is an AudioCodes SBC signaling CDR sent over syslog: a
// sequence number "[S=n]", then every field after '|', padded with
// blanks; the field names' line now and then. The URIs' user parts are
// the parties' numbers (a Teams user's E.164, a PBX extension, a
// carrier's national form), Caller and Callee their display names.
func (g *gen) audioCodesCDR(st *streamState) Record {
	seq := strconv.Itoa(40 + st.n)
	head := "<134>" + g.now.Format("Jan _2 15:04:05") + " sbc01.example.com  [S=" + seq + "] "
	if st.n%15 == 0 {
		var b []byte
		b = append(b, head...)
		for _, c := range audioCodesColumns {
			b = append(b, '|')
			b = append(b, c...)
			b = append(b, ' ')
		}
		return Record{Line: b, Header: true}
	}
	src, dst := g.sipNumber(), g.sipNumber()
	if g.pct(30) {
		src = g.sipExt()
	}
	g.plantAt("phone", src)
	g.plantAt("phone", dst)
	srcIP, dstIP := g.ipv4(), "10.33.45."+g.num(1, 254)
	g.plantAt("ipv4", srcIP)
	cid := g.num(1, 9) + g.digits(22) + "@"
	g.keepAt("callid", cid)
	setup := g.now.Add(-time.Duration(30+g.rng.IntN(1800)) * time.Second)
	dur := g.rng.IntN(1500)
	const layout = "15:04:05.000 UTC Mon Jan 02 2006"
	connect := ""
	if dur > 0 {
		connect = setup.Add(3 * time.Second).Format(layout)
		g.keepAt("timestamp", connect)
	}
	release := setup.Add(time.Duration(3+dur) * time.Second).Format(layout)
	g.keepAt("timestamp", setup.Format(layout))
	g.keepAt("timestamp", release)
	sess := g.num(100000000, 2147483647)
	g.keepAt("counter", sess)
	port := pick(g, []string{"5060", "5061", "5067"})
	g.keepAt("port", port, "|"+port+" ")
	g.keepAt("duration", strconv.Itoa(dur), "|"+strconv.Itoa(dur)+" ")
	redirect := ""
	if g.pct(20) {
		redirect = g.e164()
		g.plantAt("phone", redirect)
	}
	caller, callee := "", ""
	if g.pct(60) {
		f, l := g.name()
		caller = f + " " + l
		g.plantAt("name", caller)
	}
	if g.pct(40) {
		f, l := g.name()
		callee = f + " " + l
		g.plantAt("name", callee)
	}
	srcHost := pick(g, []string{"10.8.8.10", "pbx.example.com", srcIP})
	dstHost := pick(g, []string{"sip.pstnhub.microsoft.com", "10.33.45.80", "sip.example.net"})
	vals := []string{"CALL_END", "SBC", cid + "10.33.45.80", sess, pick(g, []string{"LCL", "RMT"}), srcIP, port, dstIP, "5060",
		pick(g, []string{"UDP", "TCP", "TLS"}), src + "@" + srcHost, src + "@" + srcHost, dst + "@" + dstHost, dst + "@" + dstHost,
		strconv.Itoa(dur), pick(g, []string{"LCL", "RMT"}), "GWAPP_NORMAL_CALL_CLEAR", pick(g, []string{"NORMAL_CALL_CLEAR", "NO_ANSWER", "BUSY"}),
		setup.Format(layout), connect, release, "-1", redirect, redirect, "40", pick(g, []string{"1 (Teams)", "2 (PSTN)", "3 (IP-PBX)"}),
		"0 (DefaultSRD)", "2", "3", "1 (Teams)", "0 (MRLan)", "no", pick(g, []string{"BYE", "CANCEL", "486"}),
		pick(g, []string{"BYE", "Busy Here", "SIP ;cause=200 ;text=\"Call completed elsewhere\""}), caller, callee}
	b := append([]byte(nil), head...)
	for _, v := range vals {
		b = append(b, '|')
		b = append(b, v...)
		b = append(b, ' ')
	}
	return Record{Line: b}
}

// telnyxWebhook is a Telnyx API v2 webhook: a Call Control event
// (call.initiated, call.answered, call.hangup) or a Messaging event
// (message.received with the sender's carrier and the text).
func (g *gen) telnyxWebhook() Record {
	b := append(make([]byte, 0, 1200), '{')
	b = jo(b, "data")
	call := g.pct(65)
	from, to := g.e164(), g.e164()
	if call {
		b = g.js(b, "event_type", pick(g, []string{"call.initiated", "call.answered", "call.hangup"}))
	} else {
		b = g.js(b, "event_type", "message.received")
	}
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.jk(b, "occurred_at", "timestamp", ccxTime(g.now, ".000000"))
	b = jo(b, "payload")
	if call {
		b = g.jk(b, "call_control_id", "requestid", "v3:"+g.chars(22, b64url)+"_"+g.chars(8, b64url))
		b = g.jk(b, "call_leg_id", "uuid", g.uuid())
		b = g.jk(b, "call_session_id", "uuid", g.uuid())
		b = ccxNull(b, "client_state")
		b = g.jk(b, "connection_id", "counter", "1"+g.digits(18))
		b = g.js(b, "direction", pick(g, []string{"incoming", "outgoing"}))
		b = g.jp(b, "from", "phone", from)
		b = g.jp(b, "to", "phone", to)
		if g.pct(40) {
			f, l := g.name()
			b = g.jp(b, "caller_id_name", "name", f+" "+l)
		}
		b = g.js(b, "state", pick(g, []string{"parked", "answered", "hangup"}))
		b = g.jk(b, "start_time", "timestamp", ccxTime(g.now.Add(-time.Minute), ".000000"))
	} else {
		b = jo(b, "from")
		b = g.js(b, "carrier", pick(g, []string{"T-Mobile USA", "Vodafone", "Kyivstar"}))
		b = g.js(b, "line_type", "Wireless")
		b = g.jp(b, "phone_number", "phone", from)
		b = append(b, '}')
		b = ja(b, "to")
		b = jo(b, "")
		b = g.jp(b, "phone_number", "phone", to)
		b = g.js(b, "status", "webhook_delivered")
		b = append(b, "}]"...)
		p := g.ccxPhone()
		g.plantAt("phone", p, jsonEsc(p))
		b = g.js(b, "text", pick(g, []string{"Please call me back on ", "New number: ", "Call "})+p)
		b = g.jk(b, "messaging_profile_id", "uuid", g.uuid())
		b = jo(b, "cost")
		b = g.jk(b, "amount", "price", "0.00"+g.digits(2))
		b = g.js(b, "currency", "USD")
		b = append(b, '}')
		b = jn(b, "parts", "1")
	}
	b = append(b, '}')
	b = g.js(b, "record_type", "event")
	b = append(b, '}')
	b = jo(b, "meta")
	b = jn(b, "attempt", "1")
	b = g.js(b, "delivered_to", "https://hooks.example.com/telnyx")
	return Record{Line: append(b, "}}"...)}
}

// genesysConversation is a Genesys Cloud analytics conversation detail
// record (POST /api/v2/analytics/conversations/details/query): the
// customer's and the agent's participants, their voice sessions with ani
// and dnis as tel: URIs, the caller's displayable name, callback numbers,
// segments and metrics.
func (g *gen) genesysConversation() Record {
	b := append(make([]byte, 0, 2200), '{')
	start := g.now.Add(-time.Duration(60+g.rng.IntN(1800)) * time.Second)
	b = g.jk(b, "conversationId", "uuid", g.uuid())
	b = g.jk(b, "conversationStart", "timestamp", ccxTime(start, ".000"))
	b = g.jk(b, "conversationEnd", "timestamp", ccxTime(g.now, ".000"))
	b = g.js(b, "originatingDirection", "inbound")
	b = ja(b, "divisionIds")
	u := g.uuid()
	g.keepAt("uuid", u)
	b = append(b, `"`+u+`"]`...)
	cust := g.e164()
	dnis := "+18005550" + g.digits(3)
	b = ja(b, "participants")
	for _, purpose := range []string{"customer", "agent"} {
		b = jo(b, "")
		b = g.jk(b, "participantId", "uuid", g.uuid())
		f, l := g.name()
		if purpose == "customer" {
			if g.pct(50) {
				b = g.jp(b, "participantName", "name", f+" "+l)
			} else {
				b = g.js(b, "participantName", "Customer")
			}
		} else {
			b = g.jp(b, "participantName", "name", f+" "+l)
			b = g.jk(b, "userId", "uuid", g.uuid())
		}
		b = g.js(b, "purpose", purpose)
		b = ja(b, "sessions")
		b = jo(b, "")
		b = g.js(b, "mediaType", "voice")
		// A media session's id; a bare sessionId is masked as a web
		// session's would be, so it is left unlabelled.
		b = g.js(b, "sessionId", g.uuid())
		b = g.jp(b, "ani", "phone", "tel:"+cust)
		g.plantAt("phone", cust)
		b = g.js(b, "dnis", "tel:"+dnis)
		b = g.js(b, "direction", "inbound")
		b = g.jk(b, "edgeId", "uuid", g.uuid())
		if purpose == "customer" {
			if g.pct(50) {
				b = g.jp(b, "remoteNameDisplayable", "name", strings.ToUpper(ascii(f+" "+l)))
			}
			if g.pct(30) {
				cb := g.ccxPhone()
				b = ja(b, "callbackNumbers")
				b = g.plant(b, "phone", cb, `"tel:`+cb+`"`)
				b = append(b, ']')
			}
		} else {
			b = g.jp(b, "addressOther", "phone", "tel:"+cust)
			b = g.js(b, "addressSelf", "sip:"+g.uuid()+"@localhost")
		}
		b = ja(b, "metrics")
		b = jo(b, "")
		b = g.js(b, "name", pick(g, []string{"tTalk", "tAnswered", "tHandle", "tAcw"}))
		v := g.num(1000, 900000)
		b = g.ccxInt(b, "value", "duration", atoi(v))
		b = g.jk(b, "emitDate", "timestamp", ccxTime(g.now, ".000"))
		b = append(b, "}]"...)
		b = ja(b, "segments")
		b = jo(b, "")
		b = g.jk(b, "segmentStart", "timestamp", ccxTime(start, ".000"))
		b = g.jk(b, "segmentEnd", "timestamp", ccxTime(g.now, ".000"))
		b = g.js(b, "segmentType", pick(g, []string{"interact", "alert", "wrapup"}))
		b = g.js(b, "disconnectType", pick(g, []string{"peer", "client", "endpoint"}))
		if purpose == "agent" {
			b = g.jk(b, "queueId", "uuid", g.uuid())
			b = g.jk(b, "wrapUpCode", "uuid", g.uuid())
		}
		b = append(b, "}]}]}"...)
	}
	b = append(b, ']')
	return Record{Line: append(b, '}')}
}

// sbcCPaaS writes, one source a stream, AudioCodes SBC syslog CDRs,
// Telnyx API v2 webhooks and Genesys Cloud conversation detail records.
func (g *gen) sbcCPaaS(st *streamState) Record {
	switch st.variant % 3 {
	case 1:
		return g.telnyxWebhook()
	case 2:
		return g.genesysConversation()
	}
	return g.audioCodesCDR(st)
}
