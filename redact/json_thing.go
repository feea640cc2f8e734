package redact

// An object whose type says it is a thing, not a person: Okta's System
// Log targets ({"type":"AppInstance","displayName":"Salesforce.com"},
// {"type":"UserGroup","displayName":"Engineering"}), SCIM and directory
// objects, cloud audit resources. Their displayName or full_name names the
// app, group or role, so a name key there does not make the value a
// person's name; the value is still scanned as text (an e-mail address in
// it stays an e-mail address). A type the list does not know (User,
// customer, admin) leaves the name key as it is.

// thingType reports whether v, the value of a "type", "kind" or "object"
// member, names a kind of object that is not a person.
func thingType(v []byte) bool {
	if len(v) < 3 || len(v) > 40 {
		return false
	}
	for _, t := range thingTypes {
		if foldEq(v, t) {
			return true
		}
	}
	for _, suf := range thingSuffixes {
		if len(v) > len(suf) && foldEq(v[len(v)-len(suf):], suf) {
			return true
		}
	}
	return false
}

var (
	thingTypes = []string{
		"app", "application", "group", "role", "team", "service", "policy", "rule",
		"organization", "organisation", "project", "repository", "channel", "bot", "integration",
		"resource", "tenant", "workspace",
		// A call's participants that are no person: an ACD queue, an
		// IVR or a flow (Genesys Cloud's purpose acd, ivr, workflow).
		"queue", "acd", "ivr", "flow", "workflow",
	}
	// thingSuffixes catch compounds: AppInstance, UserGroup, PolicyRule,
	// OAuthClient, and the Elastic Beats that ship logs (ECS's agent.type
	// filebeat, winlogbeat, metricbeat). Not "device" (phones and laptops
	// are named after their owner: "Anna's iPhone") nor "entity"
	// (PersonEntity, UserEntity).
	thingSuffixes = []string{"instance", "group", "policy", "rule", "_app", "client", "beat"}
)

// thingAhead reports whether a "type", "kind" or "object" member after the
// value at src[vs] in the same object says the object is a thing
// (thingType): members sorted by name put "type" after "displayName".
func (r *Redactor) thingAhead(src []byte, vs, depth int) bool {
	return r.membersAhead(src, vs, depth, func(name []byte, esc bool, v int) bool {
		if esc || !typeKey(name) || v >= len(src) || src[v] != '"' {
			return false
		}
		end, e, ok := scanString(src, v)
		return ok && !e && thingType(src[v+1:end-1])
	})
}

// personTypeAhead reports whether a "type", "kind" or "object" member
// after the value at src[vs] in the same object says the object is a
// person (personKey: "user", "USER"): Jira's {"name":"jdoe","typeName":"USER"},
// Confluence's {"name":"jdoe","objectType":"User"}.
func (r *Redactor) personTypeAhead(src []byte, vs, depth int) bool {
	return r.membersAhead(src, vs, depth, func(name []byte, esc bool, v int) bool {
		if esc || !typeKey(name) || v >= len(src) || src[v] != '"' {
			return false
		}
		end, e, ok := scanString(src, v)
		return ok && !e && personKey(src[v+1:end-1])
	})
}

// userTypeAhead reports whether a "type", "kind" or "object" member after
// the value at src[vs] in the same object says, in one word, that the
// object is a user (Jira's "typeName":"USER", Confluence's
// "objectType":"User"): its "id" is then the user's login.
func (r *Redactor) userTypeAhead(src []byte, vs, depth int) bool {
	return r.membersAhead(src, vs, depth, func(name []byte, esc bool, v int) bool {
		if esc || !typeKey(name) || v+6 > len(src) || src[v] != '"' || src[v+5] != '"' {
			return false
		}
		return foldEq(src[v+1:v+5], "user")
	})
}

// loginIDAt reports, cheaply, whether the JSON string at src[vs] may be a
// person's login (accountLogin), before userTypeAhead reads ahead: most
// ids are numbers, UUIDs or prefixed keys.
func loginIDAt(src []byte, vs int) bool {
	e := vs + 1
	for e < len(src) && e-vs <= maxLogin && src[e] != '"' && src[e] != '\\' {
		e++
	}
	return e < len(src) && src[e] == '"' && accountLogin(src[vs+1:e])
}
