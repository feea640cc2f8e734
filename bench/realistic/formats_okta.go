package realistic

// Okta's System Log API returns events as JSON objects (LogEvent): who
// acted (actor: id, type, alternateId, displayName), from where (client:
// userAgent.rawUserAgent, ipAddress, geographicalContext; request.ipChain),
// what happened (eventType, displayMessage, outcome), to what (target[]:
// users, apps, groups), and the ids that tie events together
// (authenticationContext.externalSessionId, transaction.id, uuid,
// debugContext.debugData.requestId).
//
// Labels: a user's alternateId (the login, an e-mail address) and
// displayName, the client's and the ipChain's addresses are personal; the
// externalSessionId is a session id, a secret as session ids are under
// their keys elsewhere in the corpus. Okta's object ids (00u…, 0oa…,
// 00g…), the event uuid, transaction and request ids, and an app's or a
// group's displayName and alternateId are look-alikes. The geolocation
// Okta derives from the address (city, lat/lon to about a city) is left
// unlabelled: coarser than the network the policies keep.

var oktaEvents = []struct{ typ, legacy, msg string }{
	{"user.session.start", "core.user_auth.login_success", "User login to Okta"},
	{"user.authentication.sso", "app.auth.sso", "User single sign on to app"},
	{"user.authentication.auth_via_mfa", "core.user.factor.attempt_success", "Authentication of user via MFA"},
	{"user.account.lock", "core.user.account.locked", "Max sign in attempts exceeded"},
	{"group.user_membership.add", "core.user_group_member.user_add", "Add user to group membership"},
	{"user.lifecycle.create", "core.user.config.user_creation.success", "Create Okta user"},
}

// oktaID returns an Okta object id: a three-character type prefix and 17
// letters and digits (00u… users, 0oa… apps, 00g… groups).
func (g *gen) oktaID(prefix string) string { return prefix + g.chars(17, base62) }

func (g *gen) oktaJSON(st *streamState) Record {
	ev := pick(g, oktaEvents)
	first, last := g.name()
	email := g.email(first, last)
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = jo(b, "actor")
	b = g.jk(b, "id", "hash", g.oktaID("00u"))
	b = g.js(b, "type", "User")
	b = g.jp(b, "alternateId", "email", email)
	b = g.jp(b, "displayName", "name", first+" "+last)
	b = append(b, `,"detailEntry":null}`...)
	ip, cat := g.clientIP()
	b = jo(b, "client")
	b = jo(b, "userAgent")
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "rawUserAgent", ua)
	b = g.js(b, "os", pick(g, []string{"Mac OS X", "Windows 10", "Linux", "iOS"}))
	b = g.js(b, "browser", pick(g, []string{"CHROME", "FIREFOX", "SAFARI", "UNKNOWN"}))
	b = append(b, '}')
	b = g.js(b, "zone", "null")
	b = g.js(b, "device", pick(g, []string{"Computer", "Mobile"}))
	b = append(b, `,"id":null`...)
	b = g.jp(b, "ipAddress", cat, ip)
	geo := func(b []byte) []byte {
		b = jo(b, "geographicalContext")
		city := pick(g, [][4]string{{"Berlin", "Land Berlin", "Germany", "52.5196,13.4069"}, {"London", "England", "United Kingdom", "51.5072,-0.1276"}, {"Kyiv", "Kyiv City", "Ukraine", "50.4501,30.5234"}})
		b = g.js(b, "city", city[0])
		b = g.js(b, "state", city[1])
		b = g.js(b, "country", city[2])
		b = g.js(b, "postalCode", "null")
		lat, lon := city[3][:7], city[3][8:]
		b = jo(b, "geolocation")
		b = jn(b, "lat", lat)
		b = jn(b, "lon", lon)
		return append(b, "}}"...)
	}
	b = geo(b)
	b = append(b, '}')
	b = jo(b, "authenticationContext")
	b = append(b, `"authenticationProvider":null,"credentialProvider":null,"credentialType":null,"issuer":null`...)
	b = g.js(b, "interface", "null")
	b = jn(b, "authenticationStep", "0")
	b = g.jp(b, "externalSessionId", "secret", "102"+g.chars(22, b64url))
	b = append(b, '}')
	b = g.js(b, "displayMessage", ev.msg)
	b = g.js(b, "eventType", ev.typ)
	b = jo(b, "outcome")
	if ev.typ == "user.account.lock" {
		b = g.js(b, "result", "FAILURE")
		b = g.js(b, "reason", "LOCKED_OUT")
	} else {
		b = g.js(b, "result", "SUCCESS")
		b = append(b, `,"reason":null`...)
	}
	b = append(b, '}')
	b = g.jk(b, "published", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = jo(b, "securityContext")
	b = jn(b, "asNumber", pick(g, []string{"3320", "5089", "15895"}))
	b = g.js(b, "asOrg", pick(g, []string{"deutsche telekom ag", "virgin media", "kyivstar"}))
	b = g.js(b, "isp", "example isp")
	b = g.js(b, "domain", pick(g, []string{"example.net", "example.com"}))
	b = append(b, `,"isProxy":false}`...)
	b = g.js(b, "severity", "INFO")
	b = jo(b, "debugContext")
	b = jo(b, "debugData")
	rid := g.chars(27, base62)
	b = g.jk(b, "requestId", "requestid", rid)
	b = g.js(b, "requestUri", "/api/v1/authn")
	b = g.js(b, "threatSuspected", "false")
	b = append(b, "}}"...)
	b = g.js(b, "legacyEventType", ev.legacy)
	b = jo(b, "transaction")
	b = g.js(b, "type", "WEB")
	b = g.jk(b, "id", "requestid", rid)
	b = append(b, `,"detail":{}}`...)
	b = g.jk(b, "uuid", "uuid", g.uuid())
	b = g.js(b, "version", "0")
	b = jo(b, "request")
	b = ja(b, "ipChain")
	b = jo(b, "")
	b = g.jp(b, "ip", cat, ip)
	b = geo(b)
	v := "V4"
	if cat == "ipv6" {
		v = "V6"
	}
	b = g.js(b, "version", v)
	b = append(b, `,"source":null}]}`...)
	b = ja(b, "target")
	switch ev.typ {
	case "user.authentication.sso":
		app := pick(g, [][2]string{{"salesforce", "Salesforce.com"}, {"slack", "Slack"}, {"github_enterprise", "GitHub Enterprise Cloud - Organization"}})
		b = jo(b, "")
		if st.variant%2 == 1 {
			// Members sorted by name, as a collector that re-encodes
			// the event writes them: the type after the displayName.
			b = g.jk(b, "alternateId", "app", app[1])
			b = append(jkey(b, "detailEntry"), `{"signOnModeType":"SAML_2_0"}`...)
			b = g.jk(b, "displayName", "app", app[1])
			b = g.jk(b, "id", "hash", g.oktaID("0oa"))
			b = g.js(b, "type", "AppInstance")
			b = append(b, '}')
			break
		}
		b = g.jk(b, "id", "hash", g.oktaID("0oa"))
		b = g.js(b, "type", "AppInstance")
		b = g.jk(b, "alternateId", "app", app[1])
		b = g.jk(b, "displayName", "app", app[1])
		b = append(b, `,"detailEntry":{"signOnModeType":"SAML_2_0"}}`...)
	case "group.user_membership.add", "user.lifecycle.create":
		f2, l2 := g.name()
		b = jo(b, "")
		b = g.jk(b, "id", "hash", g.oktaID("00u"))
		b = g.js(b, "type", "User")
		b = g.jp(b, "alternateId", "email", g.email(f2, l2))
		b = g.jp(b, "displayName", "name", f2+" "+l2)
		b = append(b, `,"detailEntry":null}`...)
		if ev.typ == "group.user_membership.add" {
			b = jo(b, "")
			b = g.jk(b, "id", "hash", g.oktaID("00g"))
			b = g.js(b, "type", "UserGroup")
			grp := pick(g, []string{"Engineering", "Finance-Admins", "Everyone"})
			b = g.jk(b, "alternateId", "app", "unknown")
			b = g.jk(b, "displayName", "app", grp)
			b = append(b, `,"detailEntry":null}`...)
		}
	default:
		b = jo(b, "")
		b = g.jk(b, "id", "hash", g.oktaID("00u"))
		b = g.js(b, "type", "User")
		b = g.jp(b, "alternateId", "email", email)
		b = g.jp(b, "displayName", "name", first+" "+last)
		b = append(b, `,"detailEntry":null}`...)
	}
	b = append(b, ']')
	return Record{Line: append(b, '}')}
}
