package redact

import "testing"

// TestEdgeGatewayShapes covers what Azure Front Door's WAF log, ProxySG's
// ELFF access log, Cisco Umbrella's CSV and Zscaler's NSS feeds write:
// name/value member pairs that share a prefix, a W3C field named for an
// authentication group, Active Directory's default groups after a domain,
// and a SIP phone's firmware version ending a CSV or TSV column.
// Look-alikes stay.
func TestEdgeGatewayShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// A pair's value takes the name its "<prefix>Name" member gives it.
	f(`{"matches":[{"matchVariableName":"CookieValue:PHPSESSID","matchVariableValue":"knblfta800dvpfj5rgdpygk3b1"}]}`,
		`{"matches":[{"matchVariableName":"CookieValue:PHPSESSID","matchVariableValue":"[secret]"}]}`)
	f(`{"matchVariableName":"CookieValue:_fbp","matchVariableValue":"fb.1.1692814340169.2044929218"}`,
		`{"matchVariableName":"CookieValue:_fbp","matchVariableValue":"[secret]"}`)
	f(`{"header_name":"X-Api-Key","header_value":"k3yS3cr3tValue0987654321abc"}`,
		`{"header_name":"X-Api-Key","header_value":"[secret]"}`)
	// A harmless name leaves its value; other prefixes do not pair.
	f(`{"matchVariableName":"QueryParamValue:page","matchVariableValue":"12"}`,
		`{"matchVariableName":"QueryParamValue:page","matchVariableValue":"12"}`)
	f(`{"tagName":"build","tagValue":"1.2.3","headerName":"X-Api-Key","metricValue":"k3yS3cr3tValue0987654321abc"}`,
		`{"tagName":"build","tagValue":"1.2.3","headerName":"X-Api-Key","metricValue":"k3yS3cr3tValue0987654321abc"}`)

	// An authentication group is no credential; nor is a default group.
	// (The header names the fields of the lines after it.)
	const fields = "#Fields: date time c-ip cs-username cs-auth-group sc-status"
	f(fields, fields)
	f(`2026-11-23 20:02:16 10.15.144.118 CORP\bjones56 CORP\Finance 403`,
		`2026-11-23 20:02:16 10.15.144.0 [name] CORP\Finance 403`)
	f(`2026-11-23 20:02:28 10.19.115.74 hannah_patel "CORP\Domain Users" 200`,
		`2026-11-23 20:02:28 10.19.115.0 [name] "CORP\Domain Users" 200`)
	f(`auth_group=admins auth_token=k3yS3cr3tValue0987654321abc`, `auth_group=admins auth_token=[secret]`)
	f(`Logon CORP\Domain Admins by CORP\jane.doe`, `Logon CORP\Domain Admins by CORP\[name]`)

	// A phone's firmware version ends a CSV or TSV column.
	f(`"2026-11-23 20:00:09","Fanvil X4U 2.12.1.4","200"`, `"2026-11-23 20:00:09","Fanvil X4U 2.12.1.4","200"`)
	f("POST\t403\tYealink SIP-T46S 66.86.0.15\tNone", "POST\t403\tYealink SIP-T46S 66.86.0.15\tNone")
	f("POST\t403\tGrandstream GXP2170 1.0.11.23", "POST\t403\tGrandstream GXP2170 1.0.11.23")
	// No phone maker: an address.
	f("POST\tGateway GW01 198.51.100.23\tNone", "POST\tGateway GW01 198.51.100.0\tNone")

	// A login alone in a tab-separated column, built from the name lists.
	f("text/html\tNone\tabecker25\tTomaszs-iPad\t8752026257282006250",
		"text/html\tNone\t[name]\t[name]-iPad\t8752026257282006250")
	f("None\ttomasz\tNA\tNA", "None\t[name]\tNA\tNA")
	f("None\tobrien.alice\tNA", "None\t[name]\tNA")
	// Systems' accounts, protocol names and capitalised words stay; so
	// does a login inside a longer column.
	f("x\troot\tadmin\tsvc-backup\twww-data\tnobody\t1", "x\troot\tadmin\tsvc-backup\twww-data\tnobody\t1")
	f("x\tdns\thttp\tssl\tGeneral Browsing\tBerlin Office\t1", "x\tdns\thttp\tssl\tGeneral Browsing\tBerlin Office\t1")
	f("x\tcheckout/tomasz\t1", "x\tcheckout/tomasz\t1")
}
