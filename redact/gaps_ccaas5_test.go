package redact

import "testing"

// TestContactCentreExportColumns: a contact centre's CSV export names its
// columns as its product does: NICE CXone's ANI/DNIS (two phone names
// joined by '/'), From Addr and To Addr; Five9's and CXone's Agent Name is
// a person, as a customer's name is. Contact ids, times, skills and a
// column whose two names say nothing stay.
func TestContactCentreExportColumns(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("Contact ID,Master Contact ID,Contact Start,Skill,ANI/DNIS,Agent Name,Hold/Transfer,From Addr,To Addr,Handle Time",
		"Contact ID,Master Contact ID,Contact Start,Skill,ANI/DNIS,Agent Name,Hold/Transfer,From Addr,To Addr,Handle Time")
	f(`91265399123,91265399173,11/23/2026 7:26:31 PM,Billing Support,4155719761,"Patel, Oliver",2,4155719761,care@example.com,1288`,
		`91265399123,91265399173,11/23/2026 7:26:31 PM,Billing Support,[phone],"[name]",2,[phone],[email],1288`)
	g := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	g("CALL ID,TIMESTAMP,AGENT NAME,SKILL,TALK TIME", "CALL ID,TIMESTAMP,AGENT NAME,SKILL,TALK TIME")
	g(`300000000011779,"Mon, 23 Nov 2026 11:07:20",Seán O'Brien,Retention,00:22:16`,
		`300000000011779,"Mon, 23 Nov 2026 11:07:20",[name],Retention,00:22:16`)
	// A User-Agent and an agent's version are software's.
	h := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	h(`{"agent_name":"Olena Kovalenko","agent_version":"7.50.3","user_agent":"Datadog Agent/7.50.3"}`,
		`{"agent_name":"[name]","agent_version":"7.50.3","user_agent":"Datadog Agent/7.50.3"}`)
}

// TestParticipantPurpose: a call's participants are named alike, people
// and not: Genesys Cloud's participantName is the customer's or the
// agent's name, or an ACD queue's or an IVR flow's when the participant's
// purpose says so.
func TestParticipantPurpose(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"participants":[{"participantName":"Alice Smith","purpose":"customer"},{"participantName":"Main IVR","purpose":"ivr"},{"participantName":"Billing Support","purpose":"acd"},{"participantName":"Tomasz Nowak","purpose":"agent"}]}`,
		`{"participants":[{"participantName":"[name]","purpose":"customer"},{"participantName":"Main IVR","purpose":"ivr"},{"participantName":"Billing Support","purpose":"acd"},{"participantName":"[name]","purpose":"agent"}]}`)
}

// TestAgentNoteCues: an agent's wrap-up note names a callback number
// after "VM left at" or "best number", and the caller by the given name
// alone after "verified". A job left at a time, a verified team and a
// best score stay.
func TestAgentNoteCues(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`VM left at 6504659259, no answer`, `VM left at [phone], no answer`)
	f(`message left on 16507454516`, `message left on [phone]`)
	f(`Spoke with spouse, best number 9165891028`, `Spoke with spouse, best number [phone]`)
	f(`Verified Tomasz, said "call me at (415) 555-0123", ticket updated`, `Verified [name], said "call me at [phone]", ticket updated`)
	f(`job left at 1732387200; verified Support queue; best score 4155250983`, `job left at 1732387200; verified Support queue; best score 4155250983`)
}
