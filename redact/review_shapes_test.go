package redact

import "testing"

// Shapes a review found leaking or over-redacted, each in the form its
// software writes it (see the realistic corpus for whole records), with
// the look-alikes beside them that must stay.
func TestReviewShapes(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	// HubSpot's property lists: the member's name is its sibling's value.
	f(`{"properties":[{"property":"firstname","value":"Anna"},{"property":"phone","value":"4155550123"},{"property":"lifecyclestage","value":"lead"}]}`,
		`{"properties":[{"property":"firstname","value":"[name]"},{"property":"phone","value":"[phone]"},{"property":"lifecyclestage","value":"lead"}]}`)
	f(`[{"objectId":1246965,"propertyName":"lastname","propertyValue":"Kovalenko","changeSource":"CRM","subscriptionType":"contact.propertyChange"}]`,
		`[{"objectId":1246965,"propertyName":"lastname","propertyValue":"[name]","changeSource":"CRM","subscriptionType":"contact.propertyChange"}]`)
	f(`{"fields":[{"objectTypeId":"0-1","name":"email","value":"anna@example.com"},{"objectTypeId":"0-1","name":"hs_lead_status","value":"NEW"}]}`,
		`{"fields":[{"objectTypeId":"0-1","name":"email","value":"[email]"},{"objectTypeId":"0-1","name":"hs_lead_status","value":"NEW"}]}`)
	f(`{"property":"plan","value":"Pro","propertyName":"status","propertyValue":"active"}`,
		`{"property":"plan","value":"Pro","propertyName":"status","propertyValue":"active"}`)
	// sudo's PWD is a directory; the MySQL clients' -p takes a password.
	f(`{"PWD":"/home/jane.doe","OLDPWD":"/srv/app","pwd":"hunter2"}`,
		`{"PWD":"/home/[name]","OLDPWD":"/srv/app","pwd":"[secret]"}`)
	f(`{"requestURI":"/api/v1/namespaces/db/pods/mysql-0/exec?command=mysql&command=-pS3cretPass&command=-u&command=root"}`,
		`{"requestURI":"/api/v1/namespaces/db/pods/mysql-0/exec?command=mysql&command=-p[secret]&command=-u&command=root"}`)
	// Asterisk endpoints named after their users: AMI, CEL rows by column.
	f(`{"Event":"Newchannel","Channel":"PJSIP/anna.kovalenko-00000003","CallerIDNum":"2001","Context":"from-internal"}`,
		`{"Event":"Newchannel","Channel":"PJSIP/[name]-00000003","CallerIDNum":"[phone]","Context":"from-internal"}`)
	f(`"CHAN_START","1795464010.710037","","2013","2013","","","s","from-internal","PJSIP/j.shevchenko-0000008d","","","3","","1795463962.483","1795463962.483","","","",""`,
		`"CHAN_START","1795464010.710037","","[phone]","[phone]","","","s","from-internal","PJSIP/[name]-0000008d","","","3","","1795463962.483","1795463962.483","","","",""`)
	// Windows Security events (EvtRender's XML quotes attributes with
	// '): the name attribute names the text; a DN's CN is the person's,
	// the rest the directory's; SIDs, Sysmon's Signature, %%NNNN inserts
	// are no secrets.
	f(`<EventData><Data Name='MemberName'>CN=Anna Kovalenko,OU=Staff,DC=corp,DC=example</Data><Data Name='MemberSid'>S-1-5-21-3623811015-3361044348-30300820-1013</Data><Data Name='SubjectUserSid'>S-1-5-18</Data><Data Name='SubjectUserName'>anna.kovalenko</Data></EventData>`,
		`<EventData><Data Name='MemberName'>CN=[name],OU=Staff,DC=corp,DC=example</Data><Data Name='MemberSid'>S-1-5-21-3623811015-3361044348-30300820-1013</Data><Data Name='SubjectUserSid'>S-1-5-18</Data><Data Name='SubjectUserName'>[name]</Data></EventData>`)
	f(`<Data Name='Signature'>Microsoft Windows</Data><Data Name='SignatureStatus'>Valid</Data><Data Name='AccessList'>%%1538 %%1794</Data><Data Name='TargetLogonId'>0x3e7</Data>`,
		`<Data Name='Signature'>Microsoft Windows</Data><Data Name='SignatureStatus'>Valid</Data><Data Name='AccessList'>%%1538 %%1794</Data><Data Name='TargetLogonId'>0x3e7</Data>`)
	f(`{"MemberName":"CN=Smith\\, Anna,OU=Staff,DC=corp","TargetSid":"S-1-5-32-544","sid":"Zx81kq0PxYz7Qw3e","Signature":"a8f5f167f44f4964e6c998dee827110c"}`,
		`{"MemberName":"CN=[name],OU=Staff,DC=corp","TargetSid":"S-1-5-32-544","sid":"[secret]","Signature":"[secret]"}`)
	f(`MemberName=CN=Anna Kovalenko,OU=Staff,DC=corp MemberSid=S-1-5-18 caller_name=CN=x y=1, z`,
		`MemberName=CN=[name],OU=Staff,DC=corp MemberSid=S-1-5-18 caller_name=[name] y=1, z`)
	// Logins behind an identity provider's prefix are a person's; the API
	// server's own users and groups are not.
	f(`{"user":{"username":"oidc:anna.kovalenko","groups":["oidc:platform","system:authenticated"]},"impersonatedUser":{"username":"https://issuer.example.com#j.smith"}}`,
		`{"user":{"username":"oidc:[name]","groups":["oidc:platform","system:authenticated"]},"impersonatedUser":{"username":"https://issuer.example.com#[name]"}}`)
	f(`{"user":{"username":"system:serviceaccount:kube-system:replicaset-controller"},"u2":{"username":"system:node:worker-1"}}`,
		`{"user":{"username":"system:serviceaccount:kube-system:replicaset-controller"},"u2":{"username":"system:node:worker-1"}}`)
	f(`E1123 forbidden: User "oidc:anna.kovalenko" cannot list pods; to User "system:kube-scheduler" user=ldap:j.smith user=oidc:deploy`,
		`E1123 forbidden: User "oidc:[name]" cannot list pods; to User "system:kube-scheduler" user=ldap:[name] user=oidc:deploy`)
	// Asterisk CEL's eventextra: JSON inside a quoted CSV field, its
	// quotes doubled.
	f(`"USER_DEFINED","1704067200.123456","","","","","","s","from-internal","PJSIP/2001-00000003","","","3","","1704067199.12","1704067199.12","","","CALLBACK","{""phone"":""+44 20 7946 0123"",""name"":""Anna Kovalenko"",""queue"":""sales""}"`,
		`"USER_DEFINED","1704067200.123456","","","","","","s","from-internal","PJSIP/[phone]-00000003","","","3","","1704067199.12","1704067199.12","","","CALLBACK","{""phone"":""[phone]"",""name"":""[name]"",""queue"":""sales""}"`)
	f(`"HANGUP","1704067200.123456","","","","","","s","from-trunk","PJSIP/trunk-00000003","","","3","","1704067199.12","1704067199.12","","","","{""hangupcause"":16,""hangupsource"":""PJSIP/trunk-00000003"",""dialstatus"":""ANSWER""}"`,
		`"HANGUP","1704067200.123456","","","","","","s","from-trunk","PJSIP/trunk-00000003","","","3","","1704067199.12","1704067199.12","","","","{""hangupcause"":16,""hangupsource"":""PJSIP/trunk-00000003"",""dialstatus"":""ANSWER""}"`)
	f(`"USER_DEFINED","1704067200.123456","","","","","","s","from-internal","PJSIP/trunk-00000003","","","3","","1704067199.12","1704067199.12","","","NOTE","said ""call me on +1 415 555 0123"" twice"`,
		`"USER_DEFINED","1704067200.123456","","","","","","s","from-internal","PJSIP/trunk-00000003","","","3","","1704067199.12","1704067199.12","","","NOTE","said ""call me on [phone]"" twice"`)
}

// The undoubling of a quoted CSV field's quotes reuses its buffers.
func TestCSVQuotedNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	in := []byte(`"USER_DEFINED","1704067200.123456","","","","","","s","from-internal","PJSIP/2001-00000003","","","3","","1704067199.12","1704067199.12","","","CALLBACK","{""phone"":""+44 20 7946 0123"",""name"":""Anna Kovalenko""}"`)
	dst, _ := r.Redact(nil, in, FormatAuto)
	if n := testing.AllocsPerRun(50, func() { dst, _ = r.Redact(dst[:0], in, FormatAuto) }); n != 0 {
		t.Errorf("Redact of a CEL row with JSON in eventextra: %v allocations, want 0", n)
	}
}
