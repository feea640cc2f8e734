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
