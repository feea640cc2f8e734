package redact

import "testing"

// TestMime8LDIF: the person attributes of an LDIF entry, plain and in
// base64 after "::" (RFC 2849), whatever their value looks like; the
// operational attributes and numbers beside them stay.
func TestMime8LDIF(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("uid: x\nsn: Bondarenko\nuidNumber: 47575", "uid: x\nsn: [name]\nuidNumber: 47575")
	f("x\npostalAddress: 209 High Street$London\ngidNumber: 100", "x\npostalAddress: [address]\ngidNumber: 100")
	f("cn:: Q2hsb8OpIEJlY2tlcg==", "cn:: [name]")
	f("x\nsn:: TcO8bGxlcg==\nentryUUID: b54d2371-3410-4f70-a672-5fb57bded1cd", "x\nsn:: [name]\nentryUUID: b54d2371-3410-4f70-a672-5fb57bded1cd")
	f("userPassword:: e1NTSEF9TTNCek1tVkNiM2s0WlRkYWJGRm9TbkJzTTJnNFpWZ3k=\nmemberOf: cn=adm,ou=groups,o=example", "userPassword:: [secret]\nmemberOf: cn=adm,ou=groups,o=example")
	f("dn:: Y249TcO8bGxlclwsIE9sZW5hLG91PXBlb3BsZSxkYz1jb3JwLGRjPWV4YW1wbGUsZGM9b3J\n nZw==\nobjectClass: person", "dn:: [name]\nobjectClass: person")
	f("dn: cn=Müller\\, Olena,ou=People,o=example", "dn: cn=[name],ou=People,o=example")
	// Look-alikes: a serial number, a group's cn, an entry's CSN.
	f("sn: 4711-0042\ncn: developers", "sn: 4711-0042\ncn: developers")
	f("entryCSN: 20261123200001.457562Z#000000#000#000000", "entryCSN: 20261123200001.457562Z#000000#000#000000")
	f("addr:: 1", "addr:: 1")
}

// TestMime8LDAPSearchComment: ldapsearch's comment line names the entry's
// first RDN value; a comment before a group's or an ou's DN stays.
func TestMime8LDAPSearchComment(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("# o.johnson, people, corp\ndn: uid=o.johnson,ou=people,dc=corp,dc=example,dc=org", "# [name], people, corp\ndn: uid=[name],ou=people,dc=corp,dc=example,dc=org")
	f("# extended LDIF\n#\n# LDAPv3\n# people, example.com\ndn: ou=people,dc=example,dc=com", "# extended LDIF\n#\n# LDAPv3\n# people, example.com\ndn: ou=people,dc=example,dc=com")
	f("# search result\nsearch: 2\nresult: 0 Success", "# search result\nsearch: 2\nresult: 0 Success")
}

// TestMime8ICalVCard: a vCard's or an iCalendar object's content lines,
// folded or not, as a CardDAV or CalDAV server logs a body: FN, N, ADR,
// TEL, BDAY values and the CN of ORGANIZER and ATTENDEE; UID, DTSTAMP,
// RRULE, SEQUENCE and PRODID stay.
func TestMime8ICalVCard(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Shevchenko;Seán;;;\r\nFN:Seán Shevchenko\r\nEND:VCARD", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:[name];;;\r\nFN:[name]\r\nEND:VCARD")
	f("x\nADR;TYPE=home:;;Rue de Rivoli 35;Mountain View;CA;94043;USA\nREV:2026-11-23T20:00:01Z", "x\nADR;TYPE=home:[address]\nREV:2026-11-23T20:00:01Z")
	f("x\nTEL;VALUE=uri;TYPE=cell:tel:+380443254020\n", "x\nTEL;VALUE=uri;TYPE=cell:tel:[phone]\n")
	f("x\r\nORGANIZER;CN=Olena García:mailto:o@example.com\r\n", "x\r\nORGANIZER;CN=[name]:mailto:[email]\r\n")
	// A fold inside the parameters and inside the quoted CN.
	f("x\r\nATTENDEE;ROLE=CHAIR;RSVP=TRU\r\n E;CN=\"S\r\n chmidt, Bob\";X-NUM-GUESTS=0:mailto:b@example.com\r\nEND:VEVENT",
		"x\r\nATTENDEE;ROLE=CHAIR;RSVP=TRU\r\n E;CN=\"[name]\";X-NUM-GUESTS=0:mailto:[email]\r\nEND:VEVENT")
	// One content line after a trace's prefix.
	f("D/SyncManager: << N:Dubois;Oliver;;;", "D/SyncManager: << N:[name];;;")
	f("D/SyncManager: << FN:Oliver Dubois", "D/SyncManager: << FN:[name]")
	// Look-alikes.
	f("x\r\nUID:3EA75947-9A98-4EBF-9F1E-1E37DD692FFD\r\nDTSTAMP:20261123T200002Z\r\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10\r\nSEQUENCE:2\r\nPRODID:-//Apple Inc.//macOS 14.1.2//EN",
		"x\r\nUID:3EA75947-9A98-4EBF-9F1E-1E37DD692FFD\r\nDTSTAMP:20261123T200002Z\r\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10\r\nSEQUENCE:2\r\nPRODID:-//Apple Inc.//macOS 14.1.2//EN")
	f("status N: 3 items", "status N: 3 items")
	f("run ADR: none", "run ADR: none")
}

// TestMime8EncodedDisplayName: an RFC 2047 encoded-word before an
// angle-addr is the mailbox's display name; an encoded subject, a
// Message-ID and an unrelated "=?" stay.
func TestMime8EncodedDisplayName(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`header From: =?UTF-8?Q?Jos=C3=A9_Garc=C3=ADa?= <jose@example.com> from x`, `header From: =?UTF-8?Q?[name]?= <[email]> from x`)
	f(`'Cc': '=?iso-8859-1?b?SvxyZ2VuIE38bGxlcg==?= <j@example.org>, Bob <b@example.org>'`, `'Cc': '=?iso-8859-1?b?[name]?= <[email]>, [name] <[email]>'`)
	f(`Subject: =?UTF-8?Q?Quarterly_report?=`, `Subject: =?UTF-8?Q?Quarterly_report?=`)
	f(`Message-ID: <20261207190001.4F1A22C0D3@mx1.example.com>`, `Message-ID: <20261207190001.4F1A22C0D3@mx1.example.com>`)
	f(`GET /a?b=?c HTTP/1.1`, `GET /a?b=?c HTTP/1.1`)
}
