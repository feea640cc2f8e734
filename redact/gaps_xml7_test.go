package redact

import "testing"

// TestXMLQualifiedElements: an element's local name is the key whatever
// its namespace prefix (<wsse:Password>, <ns2:email>), and an element
// whose start tag carries attributes (a WS-Security password's Type URI,
// longer than a hundred bytes) is still keyed by its name. Ids, statuses,
// a service's user name and an item's text stay.
func TestXMLQualifiedElements(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`<wsse:UsernameToken><wsse:Username>crm-sync</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">Tr0ub4dor&amp;3x</wsse:Password></wsse:UsernameToken>`,
		`<wsse:UsernameToken><wsse:Username>crm-sync</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">[secret]</wsse:Password></wsse:UsernameToken>`)
	f(`<ns2:customer><ns2:id>4780156</ns2:id><ns2:status>ACTIVE</ns2:status><ns2:firstName>Chloé</ns2:firstName><ns2:email>chloe.becker@example.com</ns2:email><x:userName>jdoe</x:userName></ns2:customer>`,
		`<ns2:customer><ns2:id>4780156</ns2:id><ns2:status>ACTIVE</ns2:status><ns2:firstName>[name]</ns2:firstName><ns2:email>[email]</ns2:email><x:userName>[name]</x:userName></ns2:customer>`)
	f(`<Password Type="PasswordDigest">c2VjcmV0MTIzNDU2</Password> <Item Type="x">Widget 3</Item>`,
		`<Password Type="PasswordDigest">[secret]</Password> <Item Type="x">Widget 3</Item>`)
}

// TestSAMLAttributeValues: a SAML attribute's Name (or, when the Name is
// an OID, its FriendlyName) names the text of its AttributeValue; LDAP's
// sn and cn are names there, while "sn" elsewhere (a serial number) and
// an affiliation stay. An OID in a URN is no address.
func TestSAMLAttributeValues(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`<saml:Attribute Name="givenName" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"><saml:AttributeValue xsi:type="xs:string">Chloé</saml:AttributeValue></saml:Attribute><saml:Attribute Name="urn:oid:2.5.4.4" FriendlyName="sn"><saml:AttributeValue>O'Brien</saml:AttributeValue></saml:Attribute><saml:Attribute Name="cn"><saml:AttributeValue>Chloé O'Brien</saml:AttributeValue></saml:Attribute>`,
		`<saml:Attribute Name="givenName" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"><saml:AttributeValue xsi:type="xs:string">[name]</saml:AttributeValue></saml:Attribute><saml:Attribute Name="urn:oid:2.5.4.4" FriendlyName="sn"><saml:AttributeValue>[name]</saml:AttributeValue></saml:Attribute><saml:Attribute Name="cn"><saml:AttributeValue>[name]</saml:AttributeValue></saml:Attribute>`)
	f(`<saml:Attribute Name="uid">
  <saml:AttributeValue>jdoe</saml:AttributeValue>
</saml:Attribute>`,
		`<saml:Attribute Name="uid">
  <saml:AttributeValue>[name]</saml:AttributeValue>
</saml:Attribute>`)
	f(`<saml:Attribute Name="eduPersonAffiliation"><saml:AttributeValue>staff</saml:AttributeValue></saml:Attribute><sn>ABC123</sn> sn=ABC12345 <Data Name='sn'>X1</Data> <Attribute Name="urn:oid:2.5.4.42"/>`,
		`<saml:Attribute Name="eduPersonAffiliation"><saml:AttributeValue>staff</saml:AttributeValue></saml:Attribute><sn>ABC123</sn> sn=ABC12345 <Data Name='sn'>X1</Data> <Attribute Name="urn:oid:2.5.4.42"/>`)
}

// TestSAMLBindingParameters: SAMLResponse and SAMLRequest are bearer
// messages (a signed assertion signs its holder in until it expires): the
// whole parameter goes, without decoding the base64. RelayState stays.
func TestSAMLBindingParameters(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`body="SAMLResponse=PHNhbWxwOlJlc3BvbnNlIHhtbG5zOnNhbWxwPSJ1cm46b2FzaXM6bmFtZXM6dGM6U0FNTDoyLjA6cHJvdG9jb2wiIH%2B%3D&RelayState=ss:mem:5a8be672d74c83c20366"`,
		`body="SAMLResponse=[secret]&RelayState=ss:mem:5a8be672d74c83c20366"`)
	f(`GET /idp/profile/SAML2/Redirect/SSO?SAMLRequest=fZJNT8MwDIbv%2FIoq9zZtSsc&RelayState=cookie%3A1700000000_ab12 HTTP/1.1`,
		`GET /idp/profile/SAML2/Redirect/SSO?SAMLRequest=[secret]&RelayState=cookie%3A1700000000_ab12 HTTP/1.1`)
}

// TestBracketedHeaderCredential: a header map printed by Java
// (Map<String, List<String>>: CXF's "Headers: {...}") puts each value in
// brackets; the credential after the scheme goes, not the scheme, and the
// other headers stay.
func TestBracketedHeaderCredential(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Headers: {Accept=[*/*], Authorization=[Basic Y3JtLXN5bmM6a1ZqRHVEWXFvOWI0], Content-Length=[834], SOAPAction=["urn:updateCustomer"]}`,
		`Headers: {Accept=[*/*], Authorization=[Basic [auth_header]], Content-Length=[834], SOAPAction=["urn:updateCustomer"]}`)
}

// TestFreeSWITCHURIVariables: an XML CDR's SIP variables, URL-encoded:
// the digest user and the user part of the URIs without their scheme are
// extensions or numbers; hosts and ports stay. FreeSWITCH's user endpoint
// (user/1001@domain) and a bridge string in an element's text name the
// number too; "user/" without '@' is a path.
func TestFreeSWITCHURIVariables(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`<sip_auth_username>2045</sip_auth_username><sip_from_uri>2063%40172.16.20.4</sip_from_uri><sip_from_host>pbx.example.com</sip_from_host><sip_contact_uri>2044%40203.0.113.58%3A39274</sip_contact_uri><sip_contact_port>39274</sip_contact_port><sip_to_uri>%2B442079460301%40pbx.example.com</sip_to_uri>`,
		`<sip_auth_username>[phone]</sip_auth_username><sip_from_uri>[phone]%40172.16.20.0</sip_from_uri><sip_from_host>pbx.example.com</sip_from_host><sip_contact_uri>[phone]%40203.0.113.0%3A39274</sip_contact_uri><sip_contact_port>39274</sip_contact_port><sip_to_uri>[phone]%40pbx.example.com</sip_to_uri>`)
	f(`<last_arg>sofia%2Fgateway%2Fcarrier%2F011442079460301</last_arg><last_arg>user%2F2039%40pbx.example.com</last_arg><application app_name="bridge" app_data="user/2039@10.0.0.5"></application>`,
		`<last_arg>sofia%2Fgateway%2Fcarrier%2F[phone]</last_arg><last_arg>user%2F[phone]%40pbx.example.com</last_arg><application app_name="bridge" app_data="user/[phone]@10.0.0.0"></application>`)
	f(`GET /api/user/12345 HTTP/1.1 user/12345 ok, user/password reset, user/2039 <path>user/2039</path>`,
		`GET /api/user/12345 HTTP/1.1 user/12345 ok, user/password reset, user/2039 <path>user/2039</path>`)
}

// TestWindowsMessageCharRefs: a Windows event's rendered message inside
// its XML writes tabs and line breaks as character references; the blanks
// after "Account Name:" are still blanks, and a label is not read across
// a line break. Security ids, domains, workstations and ports stay.
func TestWindowsMessageCharRefs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`<Message>An account failed to log on.&#13;&#10;&#13;&#10;Subject:&#13;&#10;&#9;Security ID:&#9;&#9;S-1-0-0&#13;&#10;&#9;Account Name:&#9;&#9;-&#13;&#10;Account For Which Logon Failed:&#13;&#10;&#9;Account Name:&#9;&#9;j.smith&#13;&#10;&#9;Account Domain:&#9;&#9;CORP&#13;&#10;&#9;Workstation Name:&#9;WS-1234&#13;&#10;&#9;Source Network Address:&#9;203.0.113.7&#13;&#10;&#9;Source Port:&#9;&#9;49731</Message>`,
		`<Message>An account failed to log on.&#13;&#10;&#13;&#10;Subject:&#13;&#10;&#9;Security ID:&#9;&#9;S-1-0-0&#13;&#10;&#9;Account Name:&#9;&#9;-&#13;&#10;Account For Which Logon Failed:&#13;&#10;&#9;Account Name:&#9;&#9;[name]&#13;&#10;&#9;Account Domain:&#9;&#9;CORP&#13;&#10;&#9;Workstation Name:&#9;WS-1234&#13;&#10;&#9;Source Network Address:&#9;203.0.113.0&#13;&#10;&#9;Source Port:&#9;&#9;49731</Message>`)
	f(`Account Name:&#x9;&#x9;jdoe&#xD;&#xA;`, `Account Name:&#x9;&#x9;[name]&#xD;&#xA;`)
}
