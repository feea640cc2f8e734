package redact

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Key context: some values are personal data or secrets only because of the
// key they belong to. A key is either scanner.key (the JSON key of the value
// being scanned) or a key written in the text itself: `token=...`,
// `X-Api-Key: ...`, `"password":"..."`.

type keyCtx uint8

const (
	ctxNone      keyCtx = iota
	ctxSecret           // the whole value is a secret (DetSecret) when it looks like a credential
	ctxPassword         // the whole value is a secret (DetSecret), whatever it is
	ctxBearer           // Authorization: the credential after the scheme (DetBearer)
	ctxPhone            // bare digit runs are phone numbers
	ctxSSN              // bare nine-digit runs are SSNs
	ctxName             // the whole value is a name (DetName)
	ctxVersion          // a dotted number is a version, never an IPv4 address
	ctxNatID            // bare digit runs are national ids when they pass a check of a kind the key names (natIDKeyIDs)
	ctxLogin            // a login: a name (DetName) when written as a person's (personLogin), else text
	ctxAddress          // the whole value is a street line of a postal address (DetAddress)
	ctxCallID           // a SIP Call-ID ("a84b4c76e66710@pc33.example.com"): an id, never an e-mail address; its host's address is still one
	ctxBirth            // the whole value is a date of birth (DetBirthDate) when it holds a digit
	ctxPostal           // "address" alone: the whole value is a street line (DetAddress) when it reads as one (postalLine)
	ctxDocument         // an identity document's number (DetNationalID) when it reads as one (docNumber): passport, driving licence, identity card
	ctxRecording        // a call recording's file name (FreePBX's in-TO-FROM-date-time-id.wav): its two numbers are phone numbers (scan_recfile.go)
	ctxGeo              // the whole value is a precise coordinate or a pair of them (DetGeo) when it reads as one (geoValue)
	ctxMessageID        // an e-mail's Message-ID: as ctxCallID, but an address written there by hand is one (randomLocalPart)
	ctxPostcode         // an address's postcode beside its street line (DetAddress) when it reads as one (postcodeValue)
	numCtx
)

// keyInfo is what a key or field name says of its value: the detectors'
// context, and the inner structure the value has (kind*).
type keyInfo struct {
	ctx  keyCtx
	kind uint16
}

// Kinds of value a name announces.
const (
	kindCookie   uint16 = 1 << iota // a Cookie or Set-Cookie header value
	kindQuery                       // a query string or form body as a whole
	kindDial                        // an Asterisk channel name or Dial string
	kindClid                        // a caller id: "Name" <number>
	kindNameWord                    // a key called name: a cue for a person's name (scan_textname.go)
	kindIPInt                       // an IPv4 address as a CUCM CDR integer (ipint.go)
	kindID                          // an id: a bare number is no payment card (idKey, scan_dblog.go)
	kindRevName                     // a DNS name with its labels in reverse order (scan_revname.go)
	kindMAC                         // a MAC address, written as twelve bare hex digits too (macKey, scan_ccx.go)
	kindSubject                     // a mail subject: a cue for a person's name before each of its words (subjectField)
)

var comma = []byte(",")

// searchField reports whether key names what a visitor typed into a search
// box (q, s in WordPress, query, search, term, keyword(s)): people search
// for people, so a given name and a capitalised surname there are one's
// name, as under a key called name ("q=Peter Parker"; "q=New York" stays).
func searchField(key []byte) bool {
	switch len(key) {
	case 1:
		return key[0] == 'q' || key[0] == 's'
	case 2:
		return foldEq(key, "kw")
	case 4:
		return foldEq(key, "term")
	case 6:
		return foldEq(key, "search")
	case 7:
		return foldEq(key, "keyword")
	case 8:
		return foldEq(key, "keywords")
	case 10:
		return foldEq(key, "searchterm")
	case 11:
		return foldEq(key, "search_term") || foldEq(key, "search-term") || foldEq(key, "searchquery")
	case 12:
		return foldEq(key, "search_query") || foldEq(key, "search-query")
	}
	return false
}

// subjectField reports whether key names a mail message's subject
// (Exchange's message-subject column, Get-MessageTrace's Subject, the
// subject of Gmail's BigQuery export, mail gateways' SIEM records): people
// title mail after people ("Payslip for Jane Doe", "Re: Jane Doe's sick
// note", "Welcome Jane Doe!"), so a common given name and a capitalised
// surname anywhere in it are one's name, as after a cue word.
func subjectField(key []byte) bool {
	switch len(key) {
	case 7:
		return foldEq(key, "subject")
	case 11:
		return foldEq(key, "msg_subject") || foldEq(key, "msg-subject")
	case 12:
		return foldEq(key, "mail_subject") || foldEq(key, "mail-subject")
	case 13:
		return foldEq(key, "email_subject") || foldEq(key, "email-subject")
	case 15:
		return foldEq(key, "message_subject") || foldEq(key, "message-subject")
	}
	return false
}

// keyInfoOf classifies a key or field name.
func keyInfoOf(key []byte) keyInfo {
	if len(key) > 1 && key[0] == '$' {
		if string(key) == "$name" {
			// Mixpanel's reserved user profile property: the person's
			// full name, never a thing's (a bare name key is only a cue).
			return keyInfo{ctx: ctxName}
		}
		key = key[1:] // Mixpanel's reserved properties: $email, $phone
	}
	ki := keyInfo{ctx: keyContext(key)}
	switch {
	case cookieField(key):
		ki.kind = kindCookie
	case queryField(key):
		ki.kind = kindQuery
	case dialField(key):
		ki.kind = kindDial
	case clidField(key):
		ki.kind = kindClid
	case ipIntField(key):
		ki.kind = kindIPInt
	case reversedNameField(key):
		ki.kind = kindRevName
	case len(key) == 4 && lower(key[0]) == 'n' && lower(key[1]) == 'a' && lower(key[2]) == 'm' && lower(key[3]) == 'e',
		ki.ctx == ctxNone && (searchField(key) || personKey(key) || friendlyNameKey(key) || actorKey(key)):
		ki.kind = kindNameWord
	case ki.ctx == ctxNone && subjectField(key):
		ki.kind = kindSubject
	case ki.ctx == ctxNone && macKey(key):
		ki.kind = kindMAC
	case ki.ctx == ctxNone && idKey(key):
		ki.kind = kindID
	case ki.ctx == ctxLogin && userNameKey(key) || ki.ctx == ctxPhone && callingStationKey(key):
		// RADIUS's User-Name of a MAC authentication bypass and its
		// Calling-Station-Id: a MAC as twelve bare hex digits.
		ki.kind = kindMAC
	}
	return ki
}

// friendlyNameKey reports whether key is a friendly name (Twilio's
// friendlyName, Home Assistant's friendly_name, a device's FriendlyName):
// what people call a thing, or a person, so a cue for a person's name as
// a key called name is (kindNameWord), not a name key.
func friendlyNameKey(key []byte) bool {
	switch len(key) {
	case 12:
		return foldEq(key, "friendlyname")
	case 13:
		return foldEq(key, "friendly_name")
	}
	return false
}

// Key names are compared case-insensitively with '-' and '_' equal.
var (
	secretKeys = []string{
		"token", "access_token", "refresh_token", "id_token", "auth_token", "session_token",
		"api_key", "apikey", "api_token", "x_api_key", "x_auth_token", "x_access_token",
		"session", "sessionid", "session_id", "sid", "auth", "phpsessid", "jsessionid",
		"asp.net_sessionid", "connect.sid", "laravel_session", "_session_id",
		"x_amz_security_token", "x_amz_signature", "sig", "signature", "credentials", "key", "csrftoken",
		// Signed media URLs: Akamai token auth 2.0's query parameter
		// (exp=...~acl=...~hmac=...) and cookie, Wowza SecureToken's
		// hash (under its default prefix).
		"hdnts", "__token__", "wowzatokenhash",
		// A card's PIN block (ISO 9564) and ISO 8583's data element 52
		// that carries it, as message dumps name it (DE052: …, DE52=…).
		"pin_block", "pinblock", "encrypted_pin_block", "pin_data", "de052", "de52",
		// Analytics and advertising ids: one browser or device, followed
		// across visits (Google Analytics, Meta, Segment, Microsoft Ads,
		// Hotjar, Matomo cookies; mobile advertising ids). Prefixed
		// names (_ga_<property>, _pk_id.<site>) are in trackingPrefixes.
		"_ga", "_gid", "_gcl_au", "_fbp", "_fbc", "__utma", "__utmb", "__utmz", "ajs_anonymous_id",
		"ajs_user_id", "_uetsid", "_uetvid", "_hjsessionuser", "_hjsession", "idfa", "idfv", "gaid", "adid",
		"_kx", "__kla_id", // Klaviyo's web tracking: the exchange id and its cookie
		"advertising_id", "advertisingid", "google_aid", "ad_id",
		// The same ids under other SDKs' and APIs' names: Adjust's
		// gps_adid, Branch's aaid, OpenRTB's device.ifa, "MAIDs" of
		// audience exports.
		"gps_adid", "google_advertising_id", "google_ad_id", "aaid", "ifa", "maid", "mobile_ad_id",
		"advertiserid", // AppsFlyer's SDK payload (advertiserId; an ad platform's advertiser_id is an account)
		"mobile_advertising_id",
		// The subject an identity provider gave a person, as a sign-in
		// service keeps it beside its own id (Clerk's external
		// accounts' provider_user_id): one person at every site.
		"provider_user_id", "provideruserid",
		// Segment's, RudderStack's and mParticle's anonymousId: the id
		// their SDKs keep per browser or app install before a login.
		"anonymous_id", "anonymousid",
		// Ad click ids a landing page's URL carries (Google's gclid,
		// gbraid, wbraid and dclid, Meta's fbclid, which its _fbc cookie
		// then holds, Microsoft's msclkid, TikTok's ttclid, X's twclid,
		// LinkedIn's li_fat_id, Yandex's yclid): one click of one browser,
		// joined to the visitor by the advertiser.
		"gclid", "gbraid", "wbraid", "dclid", "fbclid", "msclkid", "ttclid", "twclid", "li_fat_id", "yclid",
		"mautic_device_id", // Mautic's tracker: the device id it sets as a cookie and sends with each hit
		"user_pseudo_id",   // GA4's BigQuery export: the _ga cookie's client id of the browser
		// The token a captcha widget puts in the form, under the field
		// names of reCAPTCHA, hCaptcha and Turnstile and of solving
		// services' answers: a credential until it is verified.
		"g_recaptcha_response", "h_captcha_response", "cf_turnstile_response", "grecaptcharesponse",
		"recaptcha_response", "captcha_response",
		// A resumable upload's session id (Google Cloud Storage's
		// upload_id): whoever holds the session URI can write the object
		// without other credentials.
		"upload_id",
		// A digest's response (RFC 7616 3.4.1), as Asterisk's security
		// events write the one a client sent and the one expected
		// (ChallengeResponseFailed: Response, ExpectedResponse;
		// InvalidPassword: ReceivedHash): a hash of the password and
		// the nonce, which a dictionary attack reverses offline.
		// ("response" alone is an outcome as often: see digestAt.)
		"expectedresponse", "receivedhash",
		// Salesforce's EventLogFile LOGIN_KEY: the string that ties
		// together the events of one login session, as SESSION_KEY does.
		"login_key",
	}
	// deviceKeys hold the identity of a phone or a SIM card in a mobile
	// network (3GPP TS 23.003: IMEI, IMEISV, IMSI, SUPI/SUCI; ITU-T
	// E.118: ICCID; 3GPP2 MEID and ESN). Each follows one device, so one
	// person, as an advertising id does; they are masked whatever they
	// look like (14 to 20 bare digits, which looksCredential would keep).
	deviceKeys = []string{
		"imei", "imeisv", "imsi", "iccid", "meid", "esn", "supi", "suci", "device_imei", "sim_iccid",
		"sim_serial", "subscriber_id",
		// A Zigbee or Thread device's IEEE address (EUI-64), as
		// Zigbee2MQTT and zigbee-herdsman name it.
		"ieee_address", "ieeeaddr", "ieee_addr", "eui64",
		// A push service's address of one app on one device (APNs device
		// tokens, FCM registration tokens): it follows the device as an
		// advertising id does.
		"device_token", "devicetoken", "push_token", "apns_token", "fcm_token", "registration_token",
		"registration_id", "registration_ids",
		// The same as a list (Iterable's dataFields.deviceTokens, a
		// multicast's tokens).
		"device_tokens", "devicetokens", "push_tokens", "pushtokens", "fcm_tokens", "apns_tokens", "registration_tokens",
		// Android's Settings.Secure.ANDROID_ID (the SSAID): 64 bits in hex,
		// one per app signing key, user and device, until a factory reset.
		"android_id", "androidid", "ssaid",
		// Diameter credit control (RFC 4006 8.46, 8.50) and 3GPP's Gy and
		// RADIUS VSAs (TS 29.061): the subscription's id (an MSISDN, an
		// IMSI, a SIP URI or an NAI, by Subscription-Id-Type), the
		// handset's IMEISV or MAC, and the cell that serves it
		// (3GPP-User-Location-Info: the tracking area and the E-UTRAN
		// cell id in hex), each one subscriber's.
		"subscription_id_data", "user_equipment_info_value", "3gpp_user_location_info", "user_location_info",
	}
	// accountingIDKeys are RADIUS accounting's session ids (RFC 2866
	// 5.5, RFC 2869 5.11; FreeRADIUS's Acct-Unique-Session-Id, an MD5 of
	// the session's attributes): they tie a session's Start, Interim and
	// Stop records together and authenticate nothing, so the "session"
	// in their names does not make them secrets.
	// Cisco ISE names the same correlation in its syslog: the NAS's
	// audit-session-id (a Cisco-AVPair), CPMSessionID and AcsSessionID.
	// FreeRADIUS's SQL schema names the first three radacct's
	// acctsessionid, acctuniqueid and acctmultisessionid.
	accountingIDKeys = []string{"acct_session_id", "acct_unique_session_id", "acct_multi_session_id",
		"audit_session_id", "cpmsessionid", "acssessionid", "acctsessionid", "acctuniqueid", "acctmultisessionid"}
	// trackingPrefixes begin the names of analytics cookies that carry a
	// property or site id after them: _ga_X4BC1DE2F3, _pk_id.1.1fff,
	// _hjSessionUser_123456, mp_0123abcd_mixpanel.
	trackingPrefixes = []string{"_ga_", "_pk_id", "_pk_ses", "_hjsessionuser_", "_hjsession_"}
	// passwordKeys hold a secret whatever it looks like.
	passwordKeys = []string{
		"secret", "client_secret", "secret_key", "secret_access_key", "aws_secret_access_key",
		"password", "passwd", "pwd", "pw", "pass", "passphrase", "private_key", "privatekey",
		// A card's security code and a PIN are never stored (PCI DSS 3.2).
		"cvv", "cvv2", "cvc", "cvc2", "cvn", "card_cvv", "card_cvc", "security_code", "card_security_code",
		"pin", "pin_code", "pincode", "otp", "otp_code",
		// One-time codes: a second factor, a phone or e-mail check, an
		// OAuth authorization code (RFC 6749 4.1.2), each a credential
		// while it is valid.
		"otpcode", "totp", "totp_code", "mfa_code", "mfacode", "2fa_code", "twofa_code", "sms_code", "smscode",
		"verification_code", "verificationcode", "verify_code", "one_time_code", "onetimecode",
		"one_time_password", "passcode", "authorization_code", "authorizationcode", "authcode",
		"auth_code", // a PBX account code's authorisation code (IP Office SMDR's AuthCode): a PIN
		// SAML's HTTP-POST and Redirect bindings: a signed bearer message
		// (an assertion signs its holder in until it expires) or the
		// artifact that fetches one. The engine does not decode the
		// base64 to look inside: the whole parameter goes.
		"samlresponse", "samlrequest", "samlart",
	}
	// secretSuffixes catch compound names such as csrf_token or db_password.
	secretSuffixes = []string{"_token", "_secret", "_password", "_passwd", "_apikey", "_api_key", "sessionid", "session_id"}
	bearerKeys     = []string{"authorization", "proxy_authorization"}
	phoneKeys      = []string{
		"caller", "callee", "src", "dst", "clid", "cli", "from_user", "to_user", "to", "from", "msisdn",
		"ani", "dnis", "tel", "telephone", "mobile", "cell", "caller_id", "callerid",
		"calling_number", "called_number", "calling", "called", "contact_number",
		"caller_id_number", "callee_id_number", "destination_number", "dialed_number", "caller_number",
		"callee_number", "sip_to_user", "sip_req_user", "cid_num", "cid_number", "src_number", "dst_number",
		"from_number", "to_number", "forwarded_from", "forwardedfrom", "sip_from_user", "sip_contact_user", "sip_from_user_stripped",
		"sip_to_user_stripped",
		// NICE CXone's contact export: From Addr and To Addr, the
		// parties' numbers (or, for e-mail, their addresses).
		"from_addr", "to_addr",
		// OpenSIPS/Kamailio accounting: the user parts of the request URIs.
		"src_user", "dst_user", "dst_ouser", "ruri_user", "caller_user", "callee_user",
		"src_username", "dst_username", "dst_ousername", // Kamailio acc's cdrs table
		// Asterisk AMI and CEL, RADIUS accounting, DID routing.
		"calleridnum", "caller_id_num", "connectedlinenum", "connected_line_num",
		"calling_station_id", "called_station_id", "did", "did_number",
		// The same attributes as FreeRADIUS's SQL schema names its
		// radacct and radpostauth columns, without separators.
		"callingstationid", "calledstationid",
		// Cisco voice gateways' number AVPairs (RADIUS VSAs, CUBE CDRs):
		// the calling, called and redirecting numbers received and sent.
		"gw_rxd_cgn", "gw_rxd_cdn", "gw_rxd_rdn", "gw_final_xlated_cgn", "gw_final_xlated_cdn", "gw_final_xlated_rdn",
		// Asterisk CEL's field names (CIDNum, CIDani...), FreePBX's CDR columns.
		"cidnum", "cidani", "cidrdnis", "ciddnid", "cid_rdnis", "cid_dnid", "rdnis", "dnid",
		"cnum", "outbound_cnum", "exten", // Asterisk CEL and AMI: the extension dialled
		"dialed_user", "dialed_extension", // FreeSWITCH's channel variables
		// FreeSWITCH's SIP variables: the digest user, and the URIs
		// without their scheme (1001@pbx, 1001%40203.0.113.7%3A5060 in
		// an XML CDR), whose user part is the extension or number.
		"sip_auth_username", "sip_from_uri", "sip_to_uri", "sip_req_uri", "sip_contact_uri",
		"extension",                     // CEL's BLINDTRANSFER extra, PBX APIs: the line a call went to
		"lastredirectdn", "huntpilotdn", // Cisco Unified CM CDRs
		// 3CX's CDR output fields (textfmt/threecx.go).
		"from_no", "to_no", "dial_no", "final_number", "from_dn", "to_dn", "final_dn",
		// Avaya IP Office's SMDR fields (textfmt/smdr.go).
		"dialled_number", "external_targeted_number",
		// Mobile-network and SS7/Diameter CDRs name the parties A and B, or
		// calling and called party (3GPP TS 32.298: callingPartyNumber).
		"calling_party", "called_party", "calling_party_number", "called_party_number",
		"a_number", "b_number", "anumber", "bnumber", "a_party", "b_party",
		"a_party_number", "b_party_number", "connected_number", "translated_number",
		// SMPP v3.4 submit_sm and deliver_sm (4.4.1, 4.6.1): the
		// originator's and the recipient's addresses, E.164 digits
		// without '+' for a subscriber (an alphanumeric sender or a
		// short code stays as text).
		"source_addr", "destination_addr", "dest_addr",
		// SMS gateways' delivery reports (Sinch's recipient_delivery_report_sms):
		// the subscriber as E.164 digits. An e-mail address under it is
		// still one.
		"recipient",
		// Number lookup services' answers (Vonage Number Insight's
		// international_format_number, E.164 digits without '+'; the
		// national and E.164 forms other lookups name).
		"international_format_number", "national_format_number", "international_number", "national_number",
		"e164", "e164_number", "e164_format",
	}
	// Any key that contains one of these says phone.
	phoneInfixes = []string{"phone", "msisdn"}
	ssnKeys      = []string{"ssn", "social_security_number", "socialsecuritynumber"}
	// nameKeys hold a person's name, or a company's or job title that
	// the Mautic and CapMonster policies count as personal data. "name"
	// alone is not one: it names services, files and Kubernetes objects.
	nameKeys = []string{
		"first_name", "firstname", "last_name", "lastname", "full_name", "fullname",
		"author_name", "committer_name", // GitLab audit events and push hooks, Git commits
		"display_name", "displayname", "given_name", "givenname", "family_name", "familyname",
		"surname", "middle_name", "middlename", "maiden_name", "nickname", "real_name", "realname",
		"fname", "lname", "forename", "name_first", "name_last", // Mailchimp's merge fields FNAME, LNAME
		"caller_name", "callername", "callee_name", "caller_id_name", "callee_id_name", "cid_name", "calleridname",
		"from_dispname", "to_dispname", "final_dispname", // 3CX's CDR output fields
		"connectedlinename", "connected_line_name", "cidname", "cnam", "outbound_cnam", "dst_cnam",
		"contact_name", "customer_name", "cardholder", "cardholder_name", "name_on_card",
		"company", "company_name", "companyname", "employer", "job_title", "jobtitle",
		"cs_username", "sip_from_display", "sip_to_display",
		"real_name_normalized", "display_name_normalized", // Slack's user profile
		"sortable_name", // Canvas's user: "Doe, Jane"
		// IMS LIS person names as LTI 1.1 launches carry them.
		"lis_person_name_full", "lis_person_name_given", "lis_person_name_family",
		"address_name", "payer_business_name", // PayPal IPN: the name on the address, the payer's company
		"membername", // Asterisk queue members (queue_log, AMI QueueMemberAdded's MemberName)
		// Avaya IP Office's SMDR: an extension's user, the user charged
		// and the user or hunt group that targeted the call (textfmt/smdr.go).
		"party1_name", "party2_name", "user_charged", "external_targeter_id",

		"remotenamedisplayable", // Genesys Cloud's conversation details: the caller id name
		// A proxy's login (captcha-solving and scraping APIs' proxyLogin,
		// residential proxies' user-<account>-country-de): the account.
		"proxy_login", "proxylogin", "proxy_user", "proxyuser", "proxy_username", "proxyusername",
		// The name on a card or an account (payment gateways' card
		// objects, SEPA mandates).
		"holder", "cardholder", "card_holder", "account_holder", "accountholder", "holder_name", "holdername",
		"nameoncard", "name_on_account", "nameonaccount", // Authorize.Net's bankAccount.nameOnAccount
		"debtor_name", "debtorname", "creditor_name", "creditorname", // ISO 20022 (SEPA) parties
		"ultimate_debtor", "ultimatedebtor", "ultimate_creditor", "ultimatecreditor", // NextGenPSD2's and pain.001's names of the parties behind them
		// A person's handle or profile on a social network: Mautic's
		// social fields (facebook, foursquare, instagram, linkedin,
		// skype, twitter), CRM properties (HubSpot's twitterhandle,
		// linkedinbio), enrichment APIs' handles. The value names one
		// person, whether a handle or the profile's URL.
		"twitter", "twitter_handle", "twitterhandle", "twitter_username", "twitter_url",
		"linkedin", "linkedin_url", "linkedin_profile", "linkedinbio", "linkedin_handle",
		"facebook", "facebook_url", "facebook_profile", "facebook_handle", "facebook_username",
		"instagram", "instagram_handle", "instagram_username", "instagram_url",
		"skype", "skype_id", "skypeid", "skype_name", "foursquare", "tiktok", "tiktok_handle",
		"telegram_username", "telegram_handle", "snapchat", "xing", "xing_url",
		// Parents' names and surnames as KYC and registry checks return
		// them (MetaMap's fatherName and motherName: the paternal and
		// maternal surnames of a Mexican CURP), and the name fields of
		// forms and APIs in Spanish, Portuguese, French, German,
		// Italian, Dutch and Polish. Not "nombre", "nome" or "nom"
		// alone: like "name", any thing's.
		"father_name", "fathername", "fathers_name", "mother_name", "mothername", "mothers_name",
		"mothers_maiden_name", "mother_maiden_name", "mothermaidenname", "patronymic",
		"nombres", "nombre_completo", "nombrecompleto", "apellido", "apellidos", "primer_apellido", "primerapellido",
		"segundo_apellido", "segundoapellido", "apellido_paterno", "apellidopaterno", "apellido_materno", "apellidomaterno",
		"sobrenome", "nome_completo", "nomecompleto", "prenom", "nom_de_famille", "nomdefamille", "nom_complet",
		"vorname", "nachname", "familienname", "geburtsname", "cognome", "voornaam", "achternaam", "imie", "nazwisko",
	}
	// userKeys hold a login name: a person's only when it is written as
	// one (personLogin), since user=postgres and "user":"system:..."
	// name no one.
	userKeys = []string{
		"user", "username", "user_name", "login", "login_name", "account_name", "accountname",
		// The login a person signs in with, beside the account's number
		// (Canvas's login_id and its LTI substitution user_login_id).
		"login_id", "loginid", "user_login_id",
		// Who did what, as a string: GitHub's audit log actor (the login
		// of the member or app that acted), Spring Security's audit
		// events' principal (the username that authenticated).
		"actor", "principal",
		// BeyondTrust PRA's syslog: who=Display Name (login), or a
		// login alone.
		"who",
		// An access log's user column (CLF's authuser, nginx's
		// $remote_user): a service's too (gitlab-ci-token, svc-backup).
		"remote_user",
		// OpenVPN's status file names each client by its certificate's
		// Common Name: a person's login (jane.doe) or a device's.
		"common_name",
		// NPS's accounting logs: the account's canonical name or
		// down-level logon name (canonicalNameTail, scan_login_net.go).
		"fully_qualified_distinguished_name", "fully_qualified_user_name", "fully_qualifed_user_name",
		// An ID token's subject: an id, but for Dex's, which encodes the
		// login (scan_dexsub.go); nothing else under it is read as one.
		"sub",
		// A project's path or namespace on a code forge: its first
		// segment is a user's login when written as one (scan_namespace.go).
		"entity_path", "meta.project", "project_path", "namespace_id", "root_namespace",
		"meta.root_namespace", "path_with_namespace",
		// The owner of a print job (RFC 8011's IPP attributes; CUPS's
		// page_log user, textfmt/cups.go).
		"job_originating_user_name", "requesting_user_name",
		// A file's owner and group by name (tar's and Wazuh's syscheck
		// uname, gname): a user's, and a user's private group.
		"samaccountname", "uname", "gname",
		// A macOS account's record name (loginwindow's shortName:)
		// beside its realName; Canvas's user short_name, the name the
		// user goes by.
		"shortname", "short_name",
		// Intune's managedDevice: "an automatically generated name",
		// the user's name, the device's type and the enrolment time
		// (jane.doe_iPhone_3/14/2026_4:11 PM; enrolledLogin).
		"manageddevicename",
		"principalname", "principal_name", // MongoDB's authentication messages, Kafka's and ES's audit logs
		"set_id", // Exim's authenticator failures: the id the client gave (server_set_id)
		// PAM's authentication failure line (logname=, ruser=) and the
		// Linux audit log's acct= name the account that logged in.
		"logname", "ruser", "acct",
		// The audit log's ENRICHED interpretations name the account
		// behind each id (AUID="jane.doe" UID=... OUID=...), groups
		// too (a user's private group): the raw ids are numbers.
		"auid", "uid", "euid", "suid", "fsuid", "ouid", "gid", "egid", "sgid", "fsgid", "ogid",
		// Ids of a user, which are names when written as one: OpenTelemetry's
		// enduser.id, an application's user_id.
		"user_id", "userid", "enduser.id", "enduser_id",
		// The id an app gives its user in an attribution or engagement
		// SDK (AppsFlyer's Customer User ID, setCustomerUserId; OneSignal's
		// and Braze's external user id): the app's login or address.
		"customer_user_id", "customeruserid", "external_user_id", "externaluserid",
		"app_user_id", "appuserid", "developer_identity", // RevenueCat's, AppsFlyer's SDK's; Branch's setIdentity
		// Mixpanel's distinct_id: the user's id once identified (the
		// same value as $user_id), else "$device:" and the device's id.
		"distinct_id",
		// PowerDNS's protobuf and dnstap exports (dnsdist, go-dnscollector):
		// the requestor a resolver's policy named, a user's login.
		"requestorid", "requestor_id",
		// The logins a person may use (Teleport's user and role
		// events, an SSH certificate's allowed logins): a list of them.
		"logins", "allowed_logins",
		// CloudTrail: the session an assumed role was given (by AWS SSO
		// or an identity provider, the person's login or address) and
		// the ids that end with it ("AROA…:jane.doe"; see idpLogin).
		"rolesessionname", "role_session_name", "principalid", "principal_id", "assumedroleid", "assumed_role_id",
		// Azure resource logs' identity (a sign-in's user, by display
		// name; the activity log's is an object of claims).
		"identity",
		// The Microsoft 365 unified audit log's ObjectId: the mailbox an
		// Exchange admin cmdlet changed, by its display name ("Jane
		// Doe"); elsewhere a GUID or a file's URL, which are no
		// person's login and are scanned as text.
		"objectid",
		// Asterisk's security events (res_security_log): the account a
		// SIP, IAX or AMI request named, a login or an extension. As a
		// cloud's account id (AWS's twelve digits, Cloudflare's hex) it
		// is no person's login and stays.
		"accountid",
		// Jira's audit records (REST API auditing/record): the author's
		// user key, the username on Server and Data Center.
		"authorkey",
		// GitHub Actions' default environment: the login of the person
		// who started the run (a CI job's env dump).
		"github_actor", "github_triggering_actor",
	}
	// addressKeys hold the street line of a postal address (billing and
	// shipping addresses of payment, shop and CRM webhooks: Shopify's
	// address1, Mailchimp's addr1). An object's "line1" and "line2" count
	// inside an address object only (json.go); "address" alone holds IP
	// and e-mail addresses as often.
	addressKeys = []string{
		"address1", "address2", "address_1", "address_2", "address_line1", "address_line_1", "address_line2",
		"address_line_2", "addressline1", "addressline2", "addr1", "addr2", "street", "street1", "street2",
		"street_address", "streetaddress", "street_line", "home_address", "postal_address", "mailing_address",
		"billing_address", "shipping_address", "billing_street", "shipping_street",
		"address_street",           // PayPal IPN
		"addr_line1", "addr_line2", // Jotform's address field
		"lieferadresse", "lieferanschrift", "rechnungsadresse", "anschrift",
	}
	// postalKeys may hold a postal address or anything else called an
	// address: an IP address, a host and port, an e-mail address, a
	// memory address. The value is a street line only when it reads as
	// one (postalLine).
	postalKeys = []string{"address", "addr", "delivery_address", "customer_address", "user_address",
		// Delivery and ride-hailing dispatch: where the courier or the
		// driver goes.
		"dropoff_address", "pickup_address", "drop_off_address", "pick_up_address", "destination_address",
		// The last word of an address's label in other languages, read
		// as its key ("adresse de livraison : 12 rue de Rivoli",
		// "indirizzo di consegna:", "afleveradres:", "adres dostawy:").
		"livraison", "facturation", "consegna", "spedizione", "fatturazione", "afleveradres", "bezorgadres",
		"factuuradres", "dostawy", "zamieszkania", "adres", "adresse", "indirizzo", "direccion", "endereco",
		// Help desks' contacts (Freshdesk's {{ticket.contact.address}}
		// placeholder as its webhooks name it).
		"contact_address", "requester_address", "ticket_contact_address"}
	// postcodeKeys name the postcode of a person's address: the zip, postcode
	// or postal_code member of an address object reads as
	// "address_postcode" (json.go); alone, a postcode is an area and stays.
	postcodeKeys = []string{"address_postcode", "address_zip", "shipping_zip", "billing_zip", "shipping_postcode",
		"billing_postcode", "shipping_postal_code", "billing_postal_code", "address_postal_code"}
	// birthKeys hold a date of birth, in any of the ways applications
	// write one (1985-03-14, 14/03/1985, 14.03.1985, "March 14, 1985"): a
	// person's, and with a name or a postal code nearly enough to know
	// who. KYC, HR, health and shop records carry it (Stripe's and
	// Onfido's dob, HL7's and FHIR's birthDate).
	birthKeys = []string{
		"dob", "date_of_birth", "dateofbirth", "birth_date", "birthdate", "birthday", "birth_day", "bday",
		"born", "born_on", "birth", "geburtsdatum", "geburtstag", "fecha_nacimiento", "fecha_de_nacimiento",
		"date_naissance", "date_de_naissance", "data_nascita", "data_di_nascita", "data_urodzenia",
		"data_nascimento", "geboortedatum", "dob_date", "customer_dob", "user_dob", "patient_dob",
		// The last word of the same labels written with blanks ("date de
		// naissance : 14/03/1985", "fecha de nacimiento:"), read as the key.
		"naissance", "nacimiento", "nascita", "nascimento", "urodzenia",
		// Written as one word (camelCase keys: fechaNacimiento,
		// dataNascimento).
		"fechanacimiento", "fechadenacimiento", "datanascimento", "datenaissance", "datedenaissance",
		"datanascita", "datadinascita",
	}
	// callIDKeys hold a SIP Call-ID (RFC 3261 8.1.1.4): a random word,
	// often "@" and the host that made it, which is no e-mail address.
	callIDKeys = []string{"call_id", "callid", "sip_call_id", "variable_sip_call_id", "sip_callid"}
	// messageIDKeys hold an e-mail's Message-ID (RFC 5322 3.6.4), a
	// random word, "@" and the sending host ("<20261123.4321@mx.example.com>",
	// Brevo's "message-id", SES's header list): as a Call-ID, no e-mail
	// address.
	messageIDKeys = []string{"message_id", "messageid", "msg_id", "msgid", "x_message_id",
		"rfc2822_message_id", "internet_message_id", // Gmail's BigQuery export, Microsoft Graph and Purview
		"mid"} // SpamAssassin spamd's result line (mid=<...>), Rspamd's $mid
	// versionKeys hold a version ("os":"10.0.19045.3693"), never an address.
	versionKeys = []string{"version", "ver", "os", "os_version", "osversion", "app_version", "appversion",
		"build", "firmware", "fw", "fw_version", "sw_version", "client_version", "sdk_version", "v",
		"ua",           // Kamailio's and OpenSIPS's xlog lines: "ua=$ua", a User-Agent
		"browser_type"} // Salesforce's EventLogFile: the client's User-Agent
	// nameSuffixes catch compounds such as effective_caller_id_name.
	nameSuffixes = []string{"_caller_id_name", "_callee_id_name", "_first_name", "_last_name", "_full_name", "_display_name",
		"_displayname"} // Gmail's BigQuery export: message_info.source.from_header_displayname
	// camelNameSuffixes catch camelCase compounds: userDisplayName,
	// customerFirstName, contactFullName (Azure AD, CRMs, payment APIs).
	camelNameSuffixes = []string{"firstname", "lastname", "fullname", "displayname", "givenname", "familyname", "middlename"}
	// phoneSuffixes catch compounds such as effective_caller_id_number.
	phoneSuffixes = []string{"_caller_id_number", "_callee_id_number", "_destination_number"}
)

// personNameCompound reports whether key is "name" after a word that
// names a person's role (customer_name, customerName, cardholder-name,
// shippingName): the name of that person. The roles that also name
// applications or devices (client, owner, driver) are left out.
func personNameCompound(key []byte) bool {
	k := len(key) - 4
	if k < 3 || !foldEq(key[k:], "name") {
		return false
	}
	e := k
	switch {
	case key[k-1] == '_' || key[k-1] == '-':
		e = k - 1
	case isUpper(key[k]) && !isUpper(key[k-1]) && isAlpha(key[k-1]):
	default:
		return false
	}
	s := e - 1
	for s > 0 && isAlpha(key[s-1]) && !(isUpper(key[s]) && !isUpper(key[s-1])) {
		s--
	}
	return foldIn(key[s:e], personRoleWords)
}

// personRoleWords are the words before "name" that make it a person's.
var personRoleWords = []string{"customer", "contact", "buyer", "payer", "payee", "recipient", "sender", "cardholder",
	"holder", "patient", "employee", "subscriber", "guest", "attendee", "applicant", "beneficiary", "passenger", "participant",
	"member", "requester", "assignee", "reporter", "shipping", "billing", "person", "author", "committer", "traveler",
	"from", "to", // an e-mail's FromName, from_name, reply_to_name
	// A call's parties: callingName, called_name, callerName (Webex,
	// Cisco's and SBCs' CDRs and logs).
	"calling", "called", "caller", "callee",
	// The name a telephone number carries, shown with it (Amazon Chime's
	// SourcePhoneNumberName, a CNAM lookup's number_name): a caller's.
	"number",
	// A contact card's formatted name (vCard's FN as WhatsApp's shared
	// contacts and Google's People API carry it) and an unstructured one.
	"formatted", "unstructured",
	// A referral's parties (referrer_name, inviterName, invitee_name)
	// and a delivery's courier, as apps put them in deep links and
	// notification data.
	"referrer", "referee", "inviter", "invitee", "courier",
	// A contact centre's agent (Five9's AGENT NAME, Talkdesk's and NICE
	// CXone's Agent Name): a person; a User-Agent is no agent_name.
	"agent"}

// thingPrefix reports whether the last word of p, the part of a key before
// a name suffix, names something other than a person: Entra ID's
// appDisplayName and resourceDisplayName ("Microsoft Graph"), a service
// principal's, a device's, a group's or a role's display name.
func thingPrefix(p []byte) bool {
	e := len(p)
	for e > 0 && (p[e-1] == '_' || p[e-1] == '-') {
		e--
	}
	k := e - 1
	for k > 0 && isAlpha(p[k-1]) && !(isUpper(p[k]) && !isUpper(p[k-1])) {
		k--
	}
	if k < 0 {
		return false
	}
	return foldIn(p[k:e], thingWords)
}

// thingWords are the words before a display name that make it a thing's.
var thingWords = []string{"app", "application", "resource", "service", "principal", "device", "group", "role",
	// What an audit record's activity or operation is called (Graph's
	// directoryAudit activityDisplayName: "Update user").
	"activity", "operation",
	"policy", "tenant", "product", "team", "channel", "site", "org", "organization", "domain", "bot",
	// Things a key's "fullname" names too: a class's, a file's, a
	// package's, a host's, a dataset's (class_fullname, host_fullname).
	"class", "file", "package", "pkg", "host", "dataset", "table", "module", "project", "repo", "node"}

// foldEq reports whether b and the lower-case name are equal, ignoring case
// and treating '-' as '_'.
func foldEq(b []byte, name string) bool {
	if len(b) != len(name) {
		return false
	}
	for i := 0; i < len(b); i++ {
		c := lower(b[i])
		if c == '-' {
			c = '_'
		}
		if c != name[i] {
			return false
		}
	}
	return true
}

// personLogin reports whether the login v is written as a person's name:
// two or three words of letters joined by dots (alice.smith, j.doe,
// mary.ann.lee), possibly after a Windows domain (CORP\alice.smith), or
// two or three capitalised words with blanks between them, as a user
// field holds a display name ("John Doe" in ECS's related.user). Letters
// may be UTF-8 ones (jürgen.müller, "Łukasz Wiśniewski").
func personLogin(v []byte) bool {
	if i := lastIndexByte(v, '\\'); i >= 0 {
		v = v[i+1:]
	}
	if windowsPrincipal(v) {
		return false
	}
	if len(v) < 4 || len(v) > 64 {
		return false
	}
	var sep byte
	parts, n := 1, 0
	for k, c := range v {
		switch {
		case isAlpha(c) || c >= 0x80:
			if n == 0 && sep == ' ' && !capitalAt(v, k) {
				return false
			}
			n++
		case c == '\'' && n > 0 && k+1 < len(v) && isUpper(v[k+1]):
			// O'Brien, D'Angelo: the apostrophe inside a surname.
		case (c == '.' || c == ' ') && n > 0 && (sep == 0 || sep == c):
			sep = c
			parts++
			n = 0
		default:
			return false
		}
	}
	return n >= 2 && parts >= 2 && parts <= 3 && (sep != ' ' || capitalAt(v, 0))
}

// capitalAt reports whether the letter at v[k], ASCII or UTF-8, is a
// capital.
func capitalAt(v []byte, k int) bool {
	if v[k] < 0x80 {
		return isUpper(v[k])
	}
	r, _ := utf8.DecodeRune(v[k:])
	return unicode.IsUpper(r)
}

// idpLogin returns where the login of v begins when v is a person's login
// (accountLogin) behind the prefix an identity provider's users are given:
// Kubernetes' --oidc-username-prefix ("oidc:jane.doe", by default the
// issuer's URL and '#'), a realm or a connector ("ldap:j.smith"). It returns 0 for any other value, and for the
// API server's own users ("system:node:...", "system:serviceaccount:...").
func idpLogin(v []byte) int {
	if p, e := idpSubjectAt(v, 0); p > 0 && e == len(v) {
		return p // Auth0's google-oauth2|103456789012345678901
	}
	if len(v) > 10 && string(v[:8]) == "https://" {
		// The API server's default prefix, the issuer's URL and '#':
		// "https://issuer.example.com#jane.doe".
		if h := lastIndexByte(v, '#'); h > 8 && accountLogin(v[h+1:]) {
			return h + 1
		}
		return 0
	}
	p := 0
	for p < len(v) && p <= 24 && (isAlnum(v[p]) || v[p] == '-' || v[p] == '_') {
		p++
	}
	if p == 0 || p >= len(v) || v[p] != ':' || foldEq(v[:p], "system") || !accountLogin(v[p+1:]) {
		return 0
	}
	if !personLogin(v[p+1:]) && !idpName(v[:p]) && !awsRoleID(v[:p]) {
		return 0 // curl's --user carol:pw2: a login and its password
	}
	return p + 1
}

// userNameKey reports whether key is "username" written with any case
// and one separator or none: User-Name (RADIUS), user_name, userName.
func userNameKey(key []byte) bool {
	if len(key) == 9 && (key[4] == '-' || key[4] == '_' || key[4] == '.') {
		return foldEq(key[:4], "user") && foldEq(key[5:], "name")
	}
	return foldEq(key, "username")
}

func foldIn(b []byte, names []string) bool {
	for _, n := range names {
		if foldEq(b, n) {
			return true
		}
	}
	return false
}

// keyContext classifies a key name. It accepts the forms the engine may pass:
// `phone`, `"phone"`, `phone=`, `user.phone` (the last path element counts).
func keyContext(key []byte) keyCtx {
	full := key
	key = keyName(key)
	if len(key) == 0 || maskTokenIn(key) || sourceFile(key) {
		return ctxNone
	}
	var buf [64]byte
	key = blankKey(key, &buf) // "Caller ID number" as caller_id_number (scan_ccx.go)
	if kc := keyContextName(key); kc != ctxNone {
		return kc
	}
	if len(key) == 4 && foldEq(key, "name") && personKey(subscriptParent(full)) {
		// A form field's billing_details[name], customer[name] (Stripe's
		// and Rails' nested parameters): the person's, as in JSON.
		return ctxName
	}
	if postcodeMember(key) && addressObject(subscriptParent(full)) {
		// Mailchimp's data[merges][ADDRESS][zip], a shop's
		// shipping_address[zip]: an address's postcode, as json.go
		// reads an address object's.
		return keyContextName(addressPostcodeKey)
	}
	if k := changeSide(key); k > 0 {
		// One side of a changed value (Wazuh's syscheck uname_after,
		// gname_before; an audit trail's email_old, phone_new): what
		// the name without its side says.
		return keyContextName(key[:k])
	}
	for i := len(key) - 1; i > 0; i-- {
		if key[i] == '.' {
			return dottedContext(key, i) // scan_dblog.go
		}
	}
	if kc := pairedKey(key); kc != ctxNone {
		return kc
	}
	if key[0] == '_' || key[0] == '$' {
		// GELF's additional fields (_user_email, _client_ip) and private
		// members (_user_name) name their value after the underscores;
		// analytics products' reserved properties after a '$'
		// (Mixpanel's $email, $first_name, $phone; PostHog's $ip).
		for len(key) > 0 && (key[0] == '_' || key[0] == '$') {
			key = key[1:]
		}
		return keyContext(key)
	}
	return ctxNone
}

// pairedKey returns what both names of a column headed by two names
// joined by '/' say of it, when they say the same: NICE CXone's ANI/DNIS
// (the customer's number whichever way the call went), a report's
// "Caller/Callee". Names that say different things, or nothing, say
// nothing together ("Hold/Transfer").
func pairedKey(key []byte) keyCtx {
	o := bytes.IndexByte(key, '/')
	if o <= 0 || o+1 >= len(key) || bytes.IndexByte(key[o+1:], '/') >= 0 || !isAlpha(key[0]) || !isAlpha(key[o+1]) {
		return ctxNone
	}
	a := keyContextName(key[:o])
	if a == ctxNone || a != keyContextName(key[o+1:]) {
		return ctxNone
	}
	return a
}

// sourceFile reports whether key is a source file's name (auth.js,
// token.go, Session.java): in a stack frame or a Go log prefix
// ("at verify (/app/auth.js:42:11)", "auth.go:42: ...") the ':' opens a
// line and a column, not a value the file's name would describe.
func sourceFile(key []byte) bool {
	d := lastIndexByte(key, '.')
	if d <= 0 {
		return false
	}
	switch string(key[d+1:]) {
	case "js", "mjs", "cjs", "jsx", "ts", "tsx", "go", "py", "rb", "java", "kt", "scala", "php",
		"cs", "c", "cc", "cpp", "h", "hpp", "rs", "ex", "exs", "erl", "swift", "dart", "lua", "groovy", "vue":
		return true
	}
	return false
}

// maskTokenIn reports whether key holds a word in square brackets, as mask
// tokens are written ("[phone]@0", what an earlier pass left of a key):
// such a key says nothing of its value, or redacting twice would differ
// from once. (A form field's subscript, user[password], reaches here as
// its last subscript, see keyName.)
func maskTokenIn(key []byte) bool {
	o := bytes.IndexByte(key, '[')
	if o < 0 {
		return false
	}
	for o >= 0 {
		c := o + 1
		for c < len(key) && (key[c] >= 'a' && key[c] <= 'z' || key[c] == '_') {
			c++
		}
		if c > o+1 && c < len(key) && key[c] == ']' {
			return true
		}
		n := bytes.IndexByte(key[o+1:], '[')
		if n < 0 {
			break
		}
		o += 1 + n
	}
	return false
}

// deviceSuffix reports whether key ends with the word imei, imeisv, imsi
// or iccid (after '_', '-' or a lower-case letter: deviceImei), a device
// identity (deviceKeys).
func deviceSuffix(key []byte) bool {
	for _, suf := range [...]string{"imei", "imeisv", "imsi", "iccid"} {
		k := len(key) - len(suf)
		if k > 0 && foldEq(key[k:], suf) &&
			(key[k-1] == '_' || key[k-1] == '-' || isUpper(key[k]) && !isUpper(key[k-1]) && isAlnum(key[k-1])) {
			return true
		}
	}
	return false
}

// keyStart returns where the key whose first word is at src[i] begins:
// at i, or at the underscores before it when they begin the key (_ga,
// __utma, _session_id: words start at letters and digits).
func keyStart(src []byte, i int) int {
	o := i
	for o > 0 && src[o-1] == '_' {
		o--
	}
	if o < i && (o == 0 || !isKeyByte(src[o-1])) {
		return o
	}
	return i
}

// keyName returns the name in a key as the engine may pass it: without
// quotes, delimiters and blanks around it, and the field of a form field
// such as mauticform[firstname]; nil when that is empty or longer than 64
// bytes.
func keyName(key []byte) []byte {
	for len(key) > 0 {
		switch key[len(key)-1] {
		case '=', ':', '"', ' ', '\'':
			key = key[:len(key)-1]
			continue
		}
		break
	}
	for len(key) > 0 && (key[0] == '"' || key[0] == '\'' || key[0] == ' ') {
		key = key[1:]
	}
	// A claim type URI (WS-Federation and SAML claims, as Azure's
	// activity log keys them): the name is its last segment,
	// http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname.
	if len(key) > 8 && lower(key[0]) == 'h' && (hasPrefix(key, "http://") || hasPrefix(key, "https://")) {
		if o := lastIndexByte(key, '/'); o+1 < len(key) {
			key = key[o+1:]
		}
	}
	if len(key) == 0 || len(key) > 64 {
		return nil
	}
	// A namespaced claim or attribute, as Cognito's tokens and API
	// Gateway's authorizer.claims write them: cognito:username,
	// custom:phone_number. The name is after the last ':', and may
	// start with '_' (a WAF's CookieValue:_ga names the _ga cookie).
	if o := bytes.LastIndexByte(key, ':'); o > 0 && o+1 < len(key) && isAlpha(key[0]) && (isAlpha(key[o+1]) || key[o+1] == '_') {
		key = key[o+1:]
	}
	// A form field such as mauticform[firstname] or user[password].
	if key[len(key)-1] == ']' {
		if o := lastIndexByte(key, '['); o >= 0 && o+2 < len(key) {
			key = key[o+1 : len(key)-1]
		}
	}
	return key
}

// subscriptParent returns the name before a form field's last subscript:
// billing_details of billing_details[name], customer of
// data[customer][name]; nil when the key has no subscript.
func subscriptParent(key []byte) []byte {
	for len(key) > 0 && (key[len(key)-1] == '=' || key[len(key)-1] == '"' || key[len(key)-1] == ':') {
		key = key[:len(key)-1]
	}
	if len(key) < 4 || key[len(key)-1] != ']' {
		return nil
	}
	o := lastIndexByte(key, '[')
	if o <= 0 {
		return nil
	}
	key = key[:o]
	if key[len(key)-1] == ']' {
		if p := lastIndexByte(key, '['); p >= 0 {
			return key[p+1 : len(key)-1]
		}
		return nil
	}
	for p := len(key) - 1; p >= 0; p-- {
		if key[p] == '"' || key[p] == ' ' || key[p] == '&' || key[p] == '?' {
			return key[p+1:]
		}
	}
	return key
}

func keyContextName(key []byte) keyCtx {
	if len(key) == 0 {
		return ctxNone
	}
	if len(key) >= len(keyFirst) || keyFirst[len(key)]&(1<<(lower(key[0])&31)) == 0 {
		goto compound // no exact name has this length and first letter
	}
	for h, x := foldHash(key), foldHash(key); ; x++ {
		e := &keyTable[x%uint32(len(keyTable))]
		if e.name == "" {
			break
		}
		if e.hash == h && foldEq(key, e.name) {
			return e.ctx
		}
	}
compound:
	if len(key) == 6 && foldEq(key, "strtnm") || len(key) == 7 && foldEq(key, "adrline") {
		// ISO 20022's postal address elements (PostalAddress24:
		// StrtNm, AdrLine) in pacs, pain and camt messages: a street.
		return ctxAddress
	}
	if len(key) == 7 && foldEq(key, "birthdt") {
		return ctxBirth // ISO 20022's DateAndPlaceOfBirth/BirthDt
	}
	if recordLocatorKey(key) {
		// A booking's record locator (an airline's PNR, EDIFACT's
		// RFF+AVF): with the surname it opens the booking, as a
		// password does.
		return ctxPassword
	}
	if len(key) < 5 {
		if len(key) == 4 && foldEq(key, "dest") {
			return ctxPhone // a debug trace's dest=03079271039, as dst
		}
		if len(key) == 3 && (foldEq(key, "cgn") || foldEq(key, "cdn") || foldEq(key, "rdn") || foldEq(key, "frm")) {
			// Cisco voice gateways' calling, called and redirecting
			// numbers in feature VSAs (FEAT_VSA=...,cgn:...,cdn:...),
			// the short forms of gw_rxd_cgn: here, as "mrn" below.
			return ctxPhone
		}
		if len(key) == 3 && foldEq(key, "usr") {
			// The user key's short form: SonicWall's and Fortinet's
			// syslog (usr="jdoe"), Datadog's usr.name. As "user": a
			// login where it is a person's. Here, not in keyTable,
			// which is full.
			return ctxLogin
		}
		if len(key) == 3 && (foldEq(key, "mrn") || foldEq(key, "vin")) {
			// A hospital's medical record number (HL7's PID-3) and a
			// vehicle's identification number (ISO 3779: the keeper's,
			// as a plate is), read as a document's number (docNumber);
			// their compounds (patient_mrn, vehicle_vin) are
			// docKeyNames. Here, not in keyTable, which is full.
			return ctxDocument
		}
		if shortBankKey(key) {
			// Plaid's account numbers by payment rail, {"ach":[{"account":...}]}
			// (the member takes the object's key: datePartKey).
			return ctxDocument
		}
		return ctxNone // shorter than any suffix or infix rule
	}
	if key[0] == '_' {
		for _, p := range trackingPrefixes {
			if len(key) > len(p) && foldEq(key[:len(p)], p) {
				return ctxSecret
			}
		}
	}
	if principalNameKey(key) {
		// Before secretCompound, which reads "session" in SQL Server's
		// session_server_principal_name.
		return ctxLogin
	}
	if kc := secretCompound(key); kc != ctxNone {
		return kc
	}
	if deviceSuffix(key) {
		return ctxPassword // device_imei, ueImsi, sim-iccid
	}
	if kc := amiSnapshotKey(key); kc != ctxNone {
		return kc // DestCallerIDNum, TransfereeConnectedLineName (scan_keyami.go)
	}
	if kc := pbxKey(key); kc != ctxNone {
		return kc // CALLERID(num), FROM_DID, dialstring, origmailbox (scan_keypbx.go)
	}
	switch key[len(key)-1] | 0x20 {
	case 'n', 't', 'd', 'y':
		for _, suf := range secretSuffixes {
			if len(key) > len(suf) && foldEq(key[len(key)-len(suf):], suf) {
				if hashWord(keyWordBefore(key, len(key)-len(suf))) {
					return ctxNone // hashed_token (secretCompound)
				}
				return ctxSecret
			}
		}
		// SCIM's externalId (RFC 7643 3.1): the provisioning client's
		// id for the user, which Entra ID fills with the user's
		// mailNickname (a login); an IdP's own id (Okta's 00u…) has no
		// login's shape and stays.
		if len(key) == 10 && string(key) == "externalId" {
			return ctxLogin
		}
		// canvas_user_login_id, userLoginId: the login a person signs
		// in with (ctxLogin names only one written as a person's).
		if k := len(key) - 8; k > 0 && foldEq(key[k:], "login_id") && (key[k-1] == '_' || key[k-1] == '-') {
			return ctxLogin
		}
		if k := len(key) - 7; k > 0 && foldEq(key[k:], "loginid") && isUpper(key[k]) && !isUpper(key[k-1]) && isAlnum(key[k-1]) {
			return ctxLogin // userLoginId
		}
	case 'r':
		for _, suf := range phoneSuffixes {
			if len(key) > len(suf) && foldEq(key[len(key)-len(suf):], suf) {
				return ctxPhone
			}
		}
		// db_user, verto_user, sessionUser: a login (ctxLogin names
		// only one written as a person's).
		if k := len(key) - 4; foldEq(key[k:], "user") && (key[k-1] == '_' || key[k-1] == '-' ||
			isUpper(key[k]) && !isUpper(key[k-1]) && isAlnum(key[k-1])) {
			return ctxLogin
		}
		// FortiOS's unauthuser, dstunauthuser and xauthuser: the login
		// a firewall learned without or with authentication.
		if k := len(key) - 8; k >= 1 && foldEq(key[k:], "authuser") {
			return ctxLogin
		}
		if directionLoginKey(key) {
			return ctxLogin // CEF's suser, duser; srcuser (scan_key_edge.go)
		}
	case 's':
		// kubernetes_users, db_users, allowedUsers: a list of logins, as
		// a key ending in "user" names one (a count under it is no
		// login and stays).
		if k := len(key) - 5; k > 0 && foldEq(key[k:], "users") && (key[k-1] == '_' || key[k-1] == '-' ||
			isUpper(key[k]) && !isUpper(key[k-1]) && isAlnum(key[k-1])) {
			return ctxLogin
		}
	case 'e':
		if directionLoginKey(key) {
			return ctxLogin // LEEF's usrName, srcusername (scan_key_edge.go)
		}
		// sasl_username, sip_auth_username, remoteUsername: a login.
		if k := len(key) - 8; k > 0 && foldEq(key[k:], "username") && (key[k-1] == '_' || key[k-1] == '-' ||
			isUpper(key[k]) && !isUpper(key[k-1]) && isAlnum(key[k-1])) {
			return ctxLogin
		}
		for _, suf := range nameSuffixes {
			if k := len(key) - len(suf); k > 0 && foldEq(key[k:], suf) && !thingPrefix(key[:k]) {
				return ctxName
			}
		}
		if personNameCompound(key) {
			return ctxName // customer_name, customerName, cardholderName
		}
		for _, suf := range camelNameSuffixes {
			// userDisplayName, customerFirstName: the suffix starts a
			// word of its own (a capital after a lower-case letter, or
			// after '_' or '-': Jotform's q3_fullName, customer_fullname).
			if k := len(key) - len(suf); k > 0 && foldEq(key[k:], suf) &&
				(isUpper(key[k]) && !isUpper(key[k-1]) && isAlnum(key[k-1]) || key[k-1] == '_' || key[k-1] == '-') &&
				!thingPrefix(key[:k]) {
				return ctxName
			}
		}
	}
	for x, c := range key {
		switch c | 0x20 { // only 'P', 'p', 'M' and 'm' become 'p' or 'm'
		case 'p', 'm':
			for _, in := range phoneInfixes {
				if x+len(in) <= len(key) && foldEq(key[x:x+len(in)], in) {
					if numberResourceID(key) {
						return ctxNone // phone_number_id: the API's id of the number (scan_partykey.go)
					}
					return ctxPhone
				}
			}
		}
	}
	if docKey(key) {
		return ctxDocument // passport_number, driversLicense, id_card_no
	}
	if recKey(key) {
		return ctxRecording // the CDR's recordingfile
	}
	if geoKey(key) {
		return ctxGeo // gps_lat, deviceLongitude (scan_geo.go)
	}
	if natIDKinds(key, false) != 0 {
		return ctxNatID // pesel, customerTaxId...
	}
	if phoneCompound(key) {
		return ctxPhone // callingPartyNumber, destNo, redirecting_nr...
	}
	if partyIDKey(key) {
		return ctxPhone // WhatsApp's wa_id, recipient_id (scan_partykey.go)
	}
	if partyLineIDKey(key) {
		return ctxName // Webex's Calling line ID: the caller id shown (scan_ccx.go)
	}
	return ctxNone
}

// flagWords before a password word make a key a flag about it.
var flagWords = []string{"using", "uses", "has", "have", "is", "with", "requires", "require", "needs"}

// personAttribute reports whether the word of key after offset j names
// an attribute of a person (name, email, phone, login...): then the word
// before it names someone, not software. A contact centre's agent_name,
// "Agent Email" and AgentLogin are the agent's, a person; a User-Agent,
// agent_version and agent_type stay what software writes.
func personAttribute(key []byte, j int) bool {
	w := keyWordAfter(key, j)
	switch len(w) {
	case 4:
		return foldEq(w, "name") || foldEq(w, "mail")
	case 5:
		return foldEq(w, "email") || foldEq(w, "phone") || foldEq(w, "login")
	case 8:
		return foldEq(w, "fullname") || foldEq(w, "username")
	case 9:
		return foldEq(w, "firstname")
	}
	return false
}

// secretCompound classifies a compound key name by the words it holds, in
// any case and with any separators (clientSecret, db-password, sessionToken,
// X_CSRF_TOKEN, access_token2): a password or secret word makes it
// ctxPassword, a token, session, credential, api key or auth word ctxSecret
// ("author" is not one). A version word makes it ctxVersion (app_version,
// osVersion).
func secretCompound(key []byte) keyCtx {
	if foldEq(key, "x_amz_credential") {
		return ctxNone // an access key id and its scope, found by aws_key
	}
	if l := len(key) - 5; l > 0 && (key[l-1] == '-' || key[l-1] == '_') && foldEq(key[l:], "stdin") {
		// docker login's, helm registry login's --password-stdin: the
		// password comes on standard input, the next word is no value.
		return ctxNone
	}
	kc := ctxNone
	var pw, ppw []byte // the word before, and the one before it
	for i := 0; i < len(key); {
		// The next word: a run of letters, cut where a lower-case letter
		// is followed by a capital (sessionToken). Separators and digits
		// between words do not break "api_key" or "private-key".
		for i < len(key) && !isAlpha(key[i]) {
			i++
		}
		j := i + 1
		for j < len(key) && isAlpha(key[j]) && !(isUpper(key[j]) && !isUpper(key[j-1])) {
			j++
		}
		if i >= len(key) {
			break
		}
		w := key[i:j]
		var prev byte
		if len(w) == 3 && pw != nil && foldEq(w, "key") {
			prev = keyQualifier(pw)
			if prev != 0 && keyAttribute(key, j) {
				// private_key_id, apiKeyName: a property of the key, not the key.
				ppw, pw, i = pw, w, j
				continue
			}
		}
		switch c := wordContext(w, prev); {
		case c == ctxPassword && pw != nil && foldIn(pw, flagWords):
			// UsingPassword="1" (Asterisk's SuccessfulAuth), hasPassword,
			// is_password: whether there is one, a flag.
		case c == ctxPassword:
			return ctxPassword
		case c == ctxSecret && pw != nil && hashWord(pw):
			// GitHub's hashed_token: the token's digest, by which the
			// audit log finds what it did; it grants nothing.
		case c == ctxSecret:
			kc = ctxSecret
		case c == ctxVersion && kc == ctxNone && !personAttribute(key, j):
			kc = ctxVersion
		}
		ppw, pw, i = pw, w, j
	}
	if kc == ctxSecret && pw != nil && len(pw) == 2 && foldEq(pw, "id") && ppw != nil && foldEq(ppw, "token") {
		// token_id, refreshTokenId: a token's identifier (a JWT's jti,
		// Keycloak's token_id), which grants nothing; a session's id
		// is the session (session_id stays a secret).
		return ctxNone
	}
	if kc == ctxSecret && pw != nil && secretProperty(pw) {
		// auth_provider, token_endpoint, session_duration, sip_auth_realm:
		// the last word names a property of the credential, not the
		// credential (a password word returned above whatever follows).
		return ctxNone
	}
	return kc
}

// secretProperty reports whether the word w, last in a compound key after
// a token, session or auth word, names something about the credential
// that is not itself secret: where it comes from or goes, its kind, state
// or lifetime.
func secretProperty(w []byte) bool {
	switch len(w) {
	case 3:
		return foldEq(w, "url") || foldEq(w, "uri") || foldEq(w, "ttl")
	case 4:
		return foldEq(w, "type") || foldEq(w, "kind") || foldEq(w, "mode") || foldEq(w, "host") || foldEq(w, "time") ||
			foldEq(w, "hash")
	case 5:
		return foldEq(w, "realm") || foldEq(w, "scope") || foldEq(w, "count") || foldEq(w, "error") ||
			foldEq(w, "group") // ProxySG's cs-auth-group: the directory group a login is in
	case 6:
		return foldEq(w, "groups") || foldEq(w, "method") || foldEq(w, "scheme") || foldEq(w, "status") || foldEq(w, "result") ||
			foldEq(w, "scopes") || foldEq(w, "sha256") || foldEq(w, "digest") ||
			foldEq(w, "issuer") || foldEq(w, "format") || foldEq(w, "reason") ||
			foldEq(w, "expiry") || foldEq(w, "length")
	case 7:
		return foldEq(w, "expires") || foldEq(w, "timeout") || foldEq(w, "backend") ||
			foldEq(w, "version") // CloudTrail's SignatureVersion: SigV4
	case 8:
		return foldEq(w, "provider") || foldEq(w, "endpoint") || foldEq(w, "duration") || foldEq(w, "lifetime") ||
			foldEq(w, "audience") || foldEq(w, "protocol") || foldEq(w, "policies") // Vault's token_policies
	}
	return false
}

// hashWord reports whether w, before a token or session word in a
// compound key, says the value is that credential's digest (hashed_token,
// sha256_token): a one-way hash of a random token, which no one can use
// or reverse. A password's hash stays a password (ctxPassword returns
// before).
func hashWord(w []byte) bool {
	switch len(w) {
	case 4:
		return foldEq(w, "hash")
	case 6:
		return foldEq(w, "hashed") || foldEq(w, "sha256") || foldEq(w, "digest")
	}
	return false
}

// keyWordBefore returns the word of letters that ends at key[:k], after any
// separators at its end: "hashed" of hashed_token.
func keyWordBefore(key []byte, k int) []byte {
	for k > 0 && (key[k-1] == '_' || key[k-1] == '-' || key[k-1] == '.') {
		k--
	}
	j := k
	for j > 0 && isAlpha(key[j-1]) && !(isUpper(key[j]) && !isUpper(key[j-1])) {
		j--
	}
	return key[j:k]
}

// keyQualifier returns what the word w makes of a "key" after it: 'p'
// when the key is a secret whatever it holds (private, signing,
// encryption, master, hmac, ssh, shared), 'a' when it is a credential if
// it looks like one (api, client, access, app, license), else 0 (a public,
// primary, sort or cache key is no secret).
func keyQualifier(w []byte) byte {
	switch len(w) {
	case 3:
		switch {
		case foldEq(w, "api"), foldEq(w, "app"):
			return 'a'
		case foldEq(w, "ssh"):
			return 'p'
		}
	case 4:
		if foldEq(w, "hmac") {
			return 'p'
		}
	case 6:
		switch {
		case foldEq(w, "client"), foldEq(w, "access"):
			return 'a'
		case foldEq(w, "master"), foldEq(w, "shared"):
			return 'p'
		}
	case 7:
		switch {
		case foldEq(w, "private"), foldEq(w, "signing"):
			return 'p'
		case foldEq(w, "license"):
			return 'a'
		}
	case 10:
		if foldEq(w, "encryption") {
			return 'p'
		}
	}
	return 0
}

// keyWordAfter returns the word of key after offset j, past separators
// and digits: a run of letters, cut where a capital follows a lower-case
// letter (agentName: name); empty at the key's end.
func keyWordAfter(key []byte, j int) []byte {
	for j < len(key) && !isAlpha(key[j]) {
		j++
	}
	if j >= len(key) {
		return nil
	}
	e := j + 1
	for e < len(key) && isAlpha(key[e]) && !(isUpper(key[e]) && !isUpper(key[e-1])) {
		e++
	}
	return key[j:e]
}

// keyAttribute reports whether the word of key after offset j (past
// separators and digits) names a property of a key: id, ids, name, type,
// file, path, size, length, alias, version.
func keyAttribute(key []byte, j int) bool {
	switch w := keyWordAfter(key, j); len(w) {
	case 2:
		return foldEq(w, "id")
	case 3:
		return foldEq(w, "ids")
	case 4:
		return foldEq(w, "name") || foldEq(w, "type") || foldEq(w, "file") || foldEq(w, "path") || foldEq(w, "size")
	case 5:
		return foldEq(w, "alias")
	case 6:
		return foldEq(w, "length") || foldEq(w, "policy") // Teleport's private_key_policy
	case 7:
		return foldEq(w, "version")
	}
	return false
}

// wordContext classifies one word of a compound key; prev is what the
// word before it makes of "key" (see keyQualifier: private_key, apiKey).
func wordContext(w []byte, prev byte) keyCtx {
	switch len(w) {
	case 3:
		switch {
		case foldEq(w, "pwd"):
			return ctxPassword
		case foldEq(w, "sid"), foldEq(w, "jwt"):
			return ctxSecret
		case foldEq(w, "key") && prev == 'p':
			return ctxPassword
		case foldEq(w, "key") && prev == 'a':
			return ctxSecret
		}
	case 4:
		if foldEq(w, "auth") || foldEq(w, "sess") || foldEq(w, "csrf") || foldEq(w, "xsrf") {
			return ctxSecret
		}
	case 5:
		if foldEq(w, "token") || foldEq(w, "agent") {
			if lower(w[0]) == 'a' {
				return ctxVersion // a User-Agent holds versions
			}
			return ctxSecret
		}
	case 6:
		switch {
		case foldEq(w, "secret"), foldEq(w, "passwd"):
			return ctxPassword
		case foldEq(w, "sessid"), foldEq(w, "apikey"):
			return ctxSecret
		}
	case 7:
		switch {
		case foldEq(w, "session"):
			return ctxSecret
		case foldEq(w, "version"):
			return ctxVersion
		}
	case 8:
		if foldEq(w, "password") {
			return ctxPassword
		}
	case 9:
		if foldEq(w, "sessionid") || foldEq(w, "signature") {
			return ctxSecret
		}
	case 10:
		switch {
		case foldEq(w, "passphrase"), foldEq(w, "privatekey"):
			return ctxPassword
		}
	case 11:
		if foldEq(w, "credentials") {
			return ctxSecret
		}
	}
	return ctxNone
}

// indexFold returns the offset of the lower-case word w in key, ignoring
// case, -1 when it is not there.
func indexFold(key []byte, w string) int {
	for i := 0; i+len(w) <= len(key); i++ {
		if lower(key[i]) == w[0] && foldEq(key[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}

// looksCredential reports whether v, the value of a token, session, sid
// or auth key, can be a credential: not a word such as SIMPLE, Bearer or
// kerberos (letters only, under 12), not a counter or a short number
// (digits only, under 16), not a hexadecimal number written with "0x"
// (a pointer, as Asterisk's security events give a SessionID), not
// null/true/false, and at least 4 bytes. Values under password and secret
// keys are masked without this test. The callers also leave prose
// (looksProse).
func looksCredential(v []byte) bool {
	if len(v) < 4 || isNullWord(v) || hexNumber(v) || resourceSID(v) || vaultHMAC(v) || notCredential(v) ||
		securityID(v) || titledWords(v) || diameterSessionID(v) {
		return false
	}
	letters, digits, zeros, parens := 0, 0, 0, 0
	for _, c := range v {
		switch {
		case isAlpha(c):
			letters++
		case c == '0':
			zeros++
			digits++
		case isDigit(c):
			digits++
		case c == '-':
			zeros++
		case c == '(' || c == ')':
			parens++
		}
	}
	switch {
	case letters == len(v):
		return len(v) >= 12
	case zeros == len(v):
		// The nil UUID: an advertising id with ad tracking limited
		// (Apple's zeroed IDFA, a reset AAID), no one's.
		return false
	case digits+parens == len(v):
		// (A request's number in parentheses, as FreeRADIUS writes it
		// after its "Auth:" label: "Auth: (1965) Login incorrect".)
		return digits >= 16
	}
	return true
}

// oauthCode reports whether the value of a query's "code" reads as an
// OAuth authorization code or a one-time code rather than a status or
// error code (200, invalid_request, ERR_1234): twenty bytes or more of a
// token's alphabet, with letters and digits, and upper and lower case or
// a token's punctuation ('/', '-', '_', '.', '~'); or six to eight digits,
// the code of a reset, sign-in or confirmation link (/verify?code=482913;
// HTTP statuses have three).
func oauthCode(v []byte) bool {
	if len(v) >= 6 && len(v) <= 8 && allDigits(v) {
		return true
	}
	if len(v) < 20 || len(v) > 2048 || uuidText(v) {
		return false // a request's or a flow's UUID: an id, as everywhere else
	}
	upper, lowerc, digit, punct := false, false, false, false
	for _, c := range v {
		switch {
		case 'A' <= c && c <= 'Z':
			upper = true
		case 'a' <= c && c <= 'z':
			lowerc = true
		case isDigit(c):
			digit = true
		case c == '/' || c == '-' || c == '_' || c == '.' || c == '~' || c == '%':
			punct = true
		default:
			return false
		}
	}
	return digit && (upper || lowerc) && (upper && lowerc || punct)
}

// uuidText reports whether v is a UUID in its text form (RFC 9562:
// 8-4-4-4-12 hex digits).
func uuidText(v []byte) bool {
	if len(v) != 36 {
		return false
	}
	for k, c := range v {
		if k == 8 || k == 13 || k == 18 || k == 23 {
			if c != '-' {
				return false
			}
		} else if !isHex(c) {
			return false
		}
	}
	return true
}

// vaultHMAC reports whether v is a value HashiCorp Vault's audit device
// wrote in place of a secret: "hmac-sha256:" and the hex of a salted
// HMAC-SHA256 (64 digits). It cannot be reversed, and it must stay so
// that audit entries can be matched (sys/audit-hash).
func vaultHMAC(v []byte) bool {
	const p = "hmac-sha256:"
	if len(v) != len(p)+64 || string(v[:len(p)]) != p {
		return false
	}
	for _, c := range v[len(p):] {
		if !isDigit(c) && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// resourceSID reports whether v is the id of a Twilio resource, two
// capitals and 32 lower-case hex digits (CA... a call, SM... a message,
// RE... a recording): an identifier under its CallSid or MessageSid key,
// not a credential. Account and API key SIDs (AC..., SK...) are masked as
// vendor tokens anywhere.
func resourceSID(v []byte) bool {
	if len(v) != 34 || !isUpper(v[0]) || !isUpper(v[1]) || v[0] == 'A' && v[1] == 'C' || v[0] == 'S' && v[1] == 'K' {
		return false
	}
	for _, c := range v[2:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// dnCommonName returns the end of the common name of v when v is an LDAP
// distinguished name (RFC 4514) that begins with one, as Windows events
// give a group member (MemberName: CN=Jane Doe,OU=Staff,DC=corp,DC=example):
// under a name key only the CN's value is the person's, the rest the
// directory's structure. It returns 0 for any other value.
func dnCommonName(v []byte) int {
	if len(v) < 6 || lower(v[0]) != 'c' || lower(v[1]) != 'n' || v[2] != '=' {
		return 0
	}
	for c := 3; c < len(v); c++ {
		switch v[c] {
		case '\\':
			c++ // an escaped ',' or '+' belongs to the value
		case ',', '+':
			if c > 3 && c+3 < len(v) && isAlpha(v[c+1]) {
				return c
			}
			return 0
		case '=', '"', '\'', '<', ';', '\t', '\n':
			return 0 // another field before any ','
		}
	}
	return 0
}

// securityID reports whether v is a Windows security identifier,
// S-1-5-18 or S-1-5-21-3623811015-3361044348-30300820-1013: the account an
// event names, under keys such as SubjectUserSid, MemberSid, TargetSid,
// where "sid" elsewhere abbreviates a session id.
func securityID(v []byte) bool {
	if len(v) < 5 || len(v) > 184 || v[0] != 'S' || v[1] != '-' || v[2] != '1' || v[3] != '-' {
		return false
	}
	run := 0
	for _, c := range v[4:] {
		switch {
		case isDigit(c):
			run++
		case c == '-' && run > 0:
			run = 0
		default:
			return false
		}
	}
	return run > 0
}

// titledWords reports whether v is two or more words, each a capital and
// lower-case letters, joined by single blanks: a product or a publisher
// ("Microsoft Windows", Sysmon's Signature), which no credential reads as.
func titledWords(v []byte) bool {
	words, n := 1, 0
	for _, c := range v {
		switch {
		case n == 0 && isUpper(c):
			n++
		case n > 0 && c >= 'a' && c <= 'z':
			n++
		case c == ' ' && n >= 2:
			words++
			n = 0
		default:
			return false
		}
	}
	return words >= 2 && n >= 2
}

// hexNumber reports whether v is "0x" and one to sixteen hex digits.
func hexNumber(v []byte) bool {
	if len(v) < 3 || len(v) > 18 || v[0] != '0' || v[1] != 'x' && v[1] != 'X' {
		return false
	}
	for _, c := range v[2:] {
		if !isHex(c) {
			return false
		}
	}
	return true
}

// accountingIDAt reports whether the key src[name:k], which starts after
// '-' or '_', ends a longer key that is a RADIUS accounting id
// (accountingIDKeys): "Session-Id" in Acct-Session-Id.
func accountingIDAt(src []byte, name, k int) bool {
	ks := name
	for ks > 0 && (isAlpha(src[ks-1]) || src[ks-1] == '-' || src[ks-1] == '_') && name-ks < 24 {
		ks--
	}
	for ; ks < name; ks++ {
		if ks == 0 || !isAlpha(src[ks-1]) {
			for _, a := range accountingIDKeys {
				if foldEq(src[ks:k], a) {
					return true
				}
			}
		}
	}
	return false
}

// keyFirst[n] has bit c&31 set when an exact key name of length n starts
// with the letter c.
var keyFirst [40]uint32

// keyTable is an open-addressing hash table of the exact key names, keyed
// by foldHash. It holds at most half as many names as entries (init
// panics past that), so that a lookup ends at an empty entry soon.
var keyTable [2048]struct {
	hash uint32
	name string
	ctx  keyCtx
}

func init() {
	added := 0
	add := func(names []string, kc keyCtx) {
		for _, n := range names {
			if added++; 2*added > len(keyTable) {
				panic("BUG: keyTable holds too many key names: make it larger")
			}
			h := foldHash([]byte(n))
			x := h
			for keyTable[x%uint32(len(keyTable))].name != "" {
				x++
			}
			e := &keyTable[x%uint32(len(keyTable))]
			e.hash, e.name, e.ctx = h, n, kc
			if len(n) >= len(keyFirst) {
				panic("BUG: key name longer than keyFirst allows: " + n)
			}
			keyFirst[len(n)] |= 1 << (n[0] & 31)
		}
	}
	add(secretKeys, ctxSecret)
	add(passwordKeys, ctxPassword)
	add(deviceKeys, ctxPassword)
	add(versionKeys, ctxVersion)
	add(bearerKeys, ctxBearer)
	add(phoneKeys, ctxPhone)
	add(ssnKeys, ctxSSN)
	add(nameKeys, ctxName)
	add(userKeys, ctxLogin)
	add(callIDKeys, ctxCallID)
	add(messageIDKeys, ctxMessageID)
	add(addressKeys, ctxAddress)
	add(birthKeys, ctxBirth)
	add(postalKeys, ctxPostal)
	add(geoKeys, ctxGeo)
	add(postcodeKeys, ctxPostcode)
	add(natIDShortNames(), ctxNatID)
	add(accountingIDKeys, ctxNone)
}

// foldHash is FNV-1a over b folded as foldEq folds it.
func foldHash(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		c = lower(c)
		if c == '-' {
			c = '_'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// noKeyBefore returns where a key may start again after the run of key
// bytes src[i:k] was found to be no key (no delimiter after it): a later
// start in the run ends at the same place, unless it follows a "--" and
// reads as a long option ("A--password value").
func noKeyBefore(src []byte, i, k int) int {
	for o := k - 1; o > i; o-- {
		if src[o] == '-' && src[o-1] == '-' {
			return o + 1
		}
	}
	return k
}

// keyDelimAfter reports whether what follows a run of key bytes src[i:k]
// may be what scanKeyed reads between a key and its value: a quote, a
// backslash, '>', '=' or ':', or blanks before '=', ':', '-' or '>' (or
// any byte after a "-" option: "-p value"). When it cannot, scanKeyed
// finds no key in the run: scanCtx drops the start without the call, and
// sets keyNone as scanKeyed would (noKeyBefore).
func keyDelimAfter(src []byte, i, k int) bool {
	if k >= len(src) {
		return false
	}
	switch src[k] {
	case '"', '\'', '\\', '>', '=', ':':
		return true
	case '?':
		return k+1 < len(src) && src[k+1] == '=' && encodedTextAt(src, i) >= 0 // an encoded-word's text (scan_mime.go)
	case ',':
		return ldifCommentAt(src, keyStart(src, i)) // ldapsearch's "# jane.doe, people" (scan_ldif.go)
	case '[':
		return subscriptEnd(src, k) > 0 // bank_account[account_number]=
	case ']':
		return printRKeyAt(src, keyStart(src, i), k) // print_r's [remember_token] => (scan_phpdump.go)
	case ' ':
		if i > 1 && src[i-1] == '-' || cliSetBefore(src, i) || proseSecretAt(src, i, k) > 0 || xmlNameStart(src, i) >= 0 && attrElemText(src, xmlNameStart(src, i), k) > 0 ||
			k-i == 11 && peerAddressLabel(src, i, k) || sqlLikeAt(src, k+1) > 0 {
			return true
		}
		for k < len(src) && src[k] == ' ' {
			k++
		}
		if k >= len(src) {
			return false
		}
		switch src[k] {
		case '=', ':', '-', '>':
			return true
		}
	}
	return false
}

// subscriptEnd returns the end of the subscripts that open at src[k] ('[')
// after a form field's name, when '=' follows them: Stripe's card[name]=
// and data[customer][email]=, Rails' and PHP's user[email]=. 0: none.
func subscriptEnd(src []byte, k int) int {
	for d := 0; d < 4 && k < len(src) && src[k] == '['; d++ {
		e := k + 1
		for e < len(src) && e-k <= 64 && isKeyByte(src[e]) {
			e++
		}
		if e == k+1 || e >= len(src) || src[e] != ']' {
			return 0
		}
		k = e + 1
	}
	if k < len(src) && src[k] == '=' {
		return k
	}
	return 0
}

// isValueEnd reports whether b ends an unquoted value in text.
func isValueEnd(b byte) bool {
	switch b {
	case ' ', '\t', '\r', '\n', '&', ';', ',', '"', '\'', '<', '>', '\\', '}', ']', ')':
		return true
	}
	return false
}

// scanKeyed looks for a key at src[i] (`key=`, `key:`, `"key":`) whose name
// gives its value a meaning, and returns the detection in that value.
func (s *scanner) scanKeyed(src []byte, i int) (hit, bool) {
	n := len(src)
	k := i
	printR := false
	for k < n && isKeyByte(src[k]) {
		k++
	}
	if k < n && src[k] == '[' {
		if e := subscriptEnd(src, k); e > 0 {
			k = e // card[name]=: keyContext reads the field's name and its parent
		}
	}
	j := k
	if j < n {
		switch src[j] {
		case '"', '\'':
			if q := serialValue(src, keyStart(src, i), k); q > 0 {
				j = q - 1 // PHP's serialize(): s:5:"email";s:16:"...", read as "email":"..." (scan_phpdump.go)
			} else if i > 0 && src[i-1] == src[j] {
				j++ // "key": or 'key':
				if j < n && src[j] == ']' && i > 1 && src[i-2] == '[' {
					j++ // a subscript: cfg['password'] = ..., os.environ["API_TOKEN"] = ...
				} else if j < n && src[j] == ':' && i > 1 && src[i-2] == '[' {
					if e := phpVisibility(src, j); e > 0 {
						j = e + 1 // var_dump of an object: ["password":protected]=> (scan_phpdump.go)
					}
				}
			}
		case '\\':
			if i > 1 && src[i-1] == '"' && src[i-2] == '\\' && j+1 < n && src[j+1] == '"' {
				j += 2 // JSON inside a string: \"password\":\"...\"
			} else if j+2 < n && src[j+1] == '=' && src[j+2] != '=' && src[j+2] != ' ' {
				j++ // ArcSight CEF escapes '=' in a value: cookie=SESSID\=...
			}
		case '>':
			if src[k-1] == '-' && k > i+1 {
				k-- // key->value
				j = k
			}
		case ']':
			if printRKeyAt(src, keyStart(src, i), k) {
				printR = true // PHP's print_r: [key] => value (scan_phpdump.go)
				j++
			}
		case ':':
			if o := keyStart(src, i); o > 0 && src[o-1] == '[' {
				if e := phpVisibility(src, k); e > 0 && printRKeyAt(src, o, e) {
					printR = true // print_r of an object: [password:protected] => value
					j = e + 1
				}
			}
		}
	}
	sp := j
	for j < n && src[j] == ' ' {
		j++
	}
	spaced := j > sp // "key = value"
	delim := byte(0)
	elem := false     // <key>value</key>
	attrName := false // <Attribute Name="key"><AttributeValue>value
	if j < n {
		delim = src[j]
		j++
		if delim != '=' && delim != ':' && (delim == '-' || delim == '>' || spaced && (i > 1 && src[i-1] == '-' || cliSetBefore(src, i))) {
			delim, j, spaced, elem = otherDelim(src, i, sp, j, spaced)
			attrName = elem && j > k+2 && (src[i-1] == '"' || src[i-1] == '\'') // Name="sn"><AttributeValue>
		} else if spaced && sp == k && xmlNameStart(src, i) >= 0 && isAlpha(delim) {
			if t := attrElemText(src, xmlNameStart(src, i), k); t > 0 {
				delim, j, spaced, elem = '=', t, false, true // <User-Name data_type="1">value</User-Name>
			}
		} else if spaced && sp == k+1 && isAlpha(delim) && (src[k] == '"' || src[k] == '\'') && src[k] == src[i-1] && nameAttrBefore(src, i-1) {
			if t := attrValueChild(src, sp); t > 0 {
				// <saml:Attribute Name="mail" ...><saml:AttributeValue>value:
				// the Name attribute names its value element's text.
				delim, j, spaced, elem, attrName = '=', t, false, true, true
			} else if v := valueAttrAt(src, j-1); v > 0 {
				// <param name="password" value="..."/>, .NET's
				// <add key="ApiKey" value="..."/>: the name attribute
				// names the value attribute beside it.
				delim, j, spaced = '=', v, false
			}
		} else if delim != '=' && delim != ':' && sp == k && j == k+2 {
			if v := proseSecretAt(src, i, k); v > 0 {
				delim, j = '=', v // "with password Tr0ub4dor&3": the word after the key's
			} else if v := sqlLikeAt(src, j-1); v > 0 {
				delim, j = '=', v // first_name ILIKE 'jan%': SQL's pattern match compares the column too
			}
		}
	}
	if delim == ',' && stringPairAt(src, i, k, j) {
		delim = ':' // ["email", "jane@example.com"]: a name and its value as a pair
	} else if delim == '"' && j-1 == sp+1 && argvPairAt(src, i, k) {
		delim, j = ':', j-1 // "HSET" "user:42" "email" "jane@example.com": a field and its value
	}
	if delim == ':' && j+1 < n && src[j] == '/' && src[j+1] == '/' {
		return hit{}, false // a URL scheme ("https://"), not a key
	}
	if delim == ':' && j+8 < n && src[j] == 'p' && src[j+1] == 'r' && (hasPrefix(src[j:], "private]") || hasPrefix(src[j:], "protected]")) {
		return hit{}, false // a dumped PHP member's class and visibility: [email:App\User:private] (scan_phpdump.go)
	}
	ldif64 := false
	if delim == ':' && !spaced && j+1 < n && src[j] == ':' && src[j+1] == ' ' && k-i >= 2 && (i == 0 || src[i-1] == '\n' || src[i-1] == ' ') {
		j++ // LDIF's "attr:: base64" (RFC 2849): the value is the attribute's, encoded
		ldif64 = true
	}
	if j < n && (src[j] == '=' && delim == ':' || src[j] == '>' && delim == '=' && !elem) {
		j++ // key := value, key => value
		spaced = true
		if delim == '=' && j < n && (src[j] == '\n' || src[j] == '\r' || src[j] == ' ') {
			if q := varDumpString(src, j); q > 0 {
				j = q // PHP's var_dump: the typed value on the next line (scan_phpdump.go)
			}
		}
	}
	if delim != '=' && delim != ':' {
		if spaced && j-1 == k+1 && s.enabled[DetPhone] && peerAddressLabel(src, i, k) {
			if h, ok := peerAddressPair(src, j-1); ok {
				return h, true // ", PeerAddress 4155550123," (scan_partykey.go)
			}
		}
		s.keyNone = noKeyBefore(src, i, k)
		return hit{}, false
	}
	name := keyStart(src, i)
	if k-name == 3 && delim == '=' && !spaced && j < n && (src[j] == '"' || src[j] == '\'') && foldEq(src[name:k], "key") && xmlTagAttr(src, name) {
		// <entry key="db.password">, <add key="ApiKey" value=...>: the
		// attribute names the element's value (nameAttrBefore); its
		// own is a name, no API key.
		return hit{}, false
	}
	if k-name > 64 {
		// A long dotted path: its last element names the key (as in
		// keyContext), and a later start whose key is still that long
		// would find the same one; from k-64 on, a key is read whole.
		s.keyNone = k - 64
		for d := k - 1; d > i; d-- {
			if src[d] == '.' {
				name = d + 1
				break
			}
		}
		if k-name > 64 {
			return hit{}, false
		}
	}
	if delim == '=' && !spaced && j < n && src[j] == '=' && (j+1 >= n || class[src[j+1]]&cAlnum == 0 && src[j+1] != '"' && src[j+1] != '\'') {
		// Base64 padding ("qXDO...Nn9== -") rather than a key: nothing
		// to mask after it, and a later start in the run ends here too.
		s.keyNone = k
		return hit{}, false
	}
	// "key = value", "key: value", and "key= value" as print("password=",
	// pw) writes it.
	bl := j
	for j < n && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	for j+4 < n && src[j] == '&' && src[j+1] == '#' {
		// Blanks as XML character references: a Windows event's
		// rendered message inside its XML ("Account Name:&#9;&#9;jdoe").
		l := blankCharRef(src[j:])
		if l == 0 {
			break
		}
		j += l
	}
	if j >= n || j > bl && delim == '=' && i > 0 && (src[i-1] == '?' || src[i-1] == '&') {
		// A query parameter's value never follows a blank: in
		// "GET /a?sid= HTTP/1.1" the parameter is empty.
		return hit{}, false
	}
	if delim == '=' && !spaced && auditHexLead[src[j]] {
		// acct=416E6E61204C6565: a Linux audit value in hex (scan_audithex.go).
		if h, ok := s.scanAuditHex(src, name, k, j); ok {
			return h, true
		}
	}
	if delim == ':' && (name == 0 || src[name-1] == '\n') && (ldif64 || j == k+2) {
		if h, ok := s.ldifAttr(src, name, k, j, ldif64); ok {
			return h, true
		}
	}
	kc := ctxNone
	if k-name >= 5 || keyFirst[k-name]&(1<<(lower(src[name])&31)) != 0 || hasDot(src[name:k]) {
		// Else no exact name has this length and first letter, and the
		// key is too short for the compound rules (see keyContextName).
		kc = s.cachedContext(src[name:k])
	}
	if (kc == ctxSecret || kc == ctxPassword) && delim == ':' && name == i && i > 0 && src[i-1] == '"' && j == k+1 && s.enabled[DetSecret] {
		if v, e, ok := redisValueArg(src, i); ok {
			s.addPending(src, DetSecret, v, e) // "SETEX" "otp:+44…" "300" "482913" (scan_redis.go)
		}
	}
	if kc == ctxNone && k-name == 5 && delim == '=' && src[name] == 'v' && isoFieldSecret(src, name) {
		// jPOS's <field id="52" value="..."/>: an ISO 8583 message's
		// PIN block or card data, named by the element's number.
		kc = ctxSecret
	}
	if kc == ctxNone && attrName && k-name == 2 && (foldEq(src[name:k], "sn") || foldEq(src[name:k], "cn")) {
		// An attribute named by LDAP's schema (RFC 4519): surname and
		// common name, as a SAML assertion or a directory export
		// names them (<Attribute Name="sn">). Elsewhere "sn" is often a
		// serial number, and stays one.
		kc = ctxName
	}
	if kc == ctxSecret && name > 0 && (src[name-1] == '-' || src[name-1] == '_') && (accountingIDAt(src, name, k) || plainKeyTail(src, name, k)) {
		// Session-Id in Acct-Session-Id: an id, not a session's secret;
		// key in idempotency_key: a request's id (scan_tracking.go).
		kc = ctxNone
	}
	if kc == ctxNone && printR && (k-name == 5 && (foldEq(src[name:k], "line1") || foldEq(src[name:k], "line2")) || k-name == 4 && foldEq(src[name:k], "line")) &&
		addressObject(printRParent(src, i-1)) {
		kc = ctxAddress // print_r of Stripe's address object: [address] => Array ( [line1] => ... ), as in JSON
	}
	if kc == ctxNone && (k-name <= 16 || k-name == 19) {
		var h hit
		var ok bool
		if kc, h, ok = s.keyedCues(src, i, name, k, j, delim); ok {
			return h, true
		}
	}
	if kc == ctxNone && delim == ':' && (src[j] == '`' && k-name == 5 || k-name == 4 && name >= 8) {
		if h, ok := s.modsecValue(src, name, j); ok {
			return h, true // ModSecurity: against variable `ARGS:username' (Value: `...' ) (scan_waf.go)
		}
	}
	if kc != ctxNone && delim == '=' && !spaced && j == k+1 && cookieQuoted(src, name) && s.enabled[DetSecret] && !s.inCookies(src, name) {
		// "SESSID=...; intercom-id-x=...": an unnamed cookie header
		// whose first cookie a key list names (scan_cookie.go).
		s.markQuotedCookies(src, name, cookieEnd(src, j))
	}
	if kc == ctxNone && j+12 <= n && (j+12 == n || isValueEnd(src[j+12])) && s.enabled[DetMAC] && bareMAC(src[j:j+12]) && macKey(src[name:k]) {
		// A MAC as twelve bare hex digits under a MAC's key, as in a
		// field (scan_ccx.go): ClearPass's Endpoint-MAC-Address=3ca9f4123456.
		return hit{det: DetMAC, start: j, end: j + 12}, true
	}
	if kc == ctxNone {
		if s.enabled[DetSecret] {
			// Cookies no list names (scan_cookie.go): a cookie header
			// marks its value; a pair inside one may be an id.
			query := delim == '=' && name > 0 && (src[name-1] == '?' || src[name-1] == '&')
			if cookieField(src[name:k]) && !(delim == '=' && s.inCookies(src, name)) && !query {
				// (A query's cookie=1, Matomo's "cookies enabled", is a
				// parameter: a cookie header in a query is encoded.)
				// (Inside a cookie header, ".AspNetCore.Cookies=..." is
				// a cookie, not another header.)
				s.markCookies(src, j)
				return hit{}, false
			}
			if delim == '=' && !spaced && k-name == 4 && (name == 0 || src[name-1] == '?' || src[name-1] == '&' || src[name-1] == '=') &&
				foldEq(src[name:k], "code") {
				// OAuth 2.0's redirect back to the client (RFC 6749
				// 4.1.2): ?code=...&state=..., the authorization code,
				// a credential until it is redeemed. A query logged
				// without its '?' (CloudFront's cs-uri-query) starts
				// the value.
				if s.enabled[DetToken] && vendorMaybe(src, j) {
					if m, ok := scanVendor(src, j); ok {
						return m, true // a vendor's token, by its own name
					}
				}
				if e := valueEndQ(src, j, 0); oauthCode(src[j:e]) {
					return hit{det: DetSecret, start: j, end: e}, true
				}
			}
			if delim == '=' && !spaced && j < n && isUpper(src[j]) && s.enabled[DetName] && k-name <= 16 && s.cachedInfo(src[name:k]).kind&kindNameWord != 0 {
				if e := encodedNameEnd(src, j); e > j {
					return hit{det: DetName, start: j, end: e}, true // name=John+Smith, name=Smith%2C+John decoded
				}
			}
			if delim == '=' && !spaced {
				if trackGate(src[name:k]) && trackingKey(src[name:k]) {
					// A visitor id, a captcha token, a proxy's userinfo (scan_tracking.go).
					if a, e := keyedSpan(src[name:k], src[j:valueEndQ(src, j, 0)], query); e > 0 {
						return hit{det: DetSecret, start: j + a, end: j + e}, true
					}
				}
				return s.cookieValue(src, name, k)
			}
		}
		return hit{}, false // a later start may still name one: "sid" in "x_sid"
	}
	if bindMarkerAt(src, j) {
		return hit{}, false // first_name = ?, "email" = $1: a prepared statement's marker
	}
	if (kc == ctxLogin || kc == ctxName) && delim == '=' && !spaced && j == k+1 && s.enabled[DetSecret] && isDigit(src[j]) && cookieListAt(src, name, k) {
		// acct=81608344 opening an unnamed cookie header: a login key,
		// but a number there is the site's id of the account.
		s.markCookies(src, name)
		if e := cookieEnd(src, j); cookieID(src[j:e]) {
			return hit{det: DetSecret, start: j, end: e}, true
		}
	}
	if s.enabled[DetToken] && vendorMaybe(src, i) {
		if m, ok := scanVendor(src, i); ok {
			return m, true // the key is itself a token: "secret_... : x"
		}
	}
	if delim == '=' && j+2 < n && src[j+1] == '\'' && sqlLiteralPrefix(src[j]) {
		j++ // SQL Server's N'Jane Doe', PostgreSQL's E'...': the literal after its prefix
	}
	vq := byte(0) // the byte that ends a quoted value
	unclosed := false
	if src[j] == '"' || src[j] == '\'' || src[j] == '<' && !elem {
		// Quotes, or angle brackets as Dovecot and Postfix write a value
		// (session=<Zx81kq0P...>, from=<a@example.com>).
		vq = src[j]
		if vq == '<' {
			vq = '>'
		}
		switch {
		case j+1 >= n || src[j+1] == ' ' || src[j+1] == '\t':
			// A quote before a blank or the end closes the field the
			// key stands in ("GET /a?sid=" 200): no value.
			return hit{}, false
		case valueEndQ(src, j+1, vq) >= n, vq == '>' && !bracketed(src, j+1):
			// No closing quote (a line cut short): the value is what
			// follows the quote up to the first value-ending byte, so
			// that the mask never runs across later fields.
			vq, unclosed = 0, true
		}
	}
	lineValue := false
	if printR && vq == 0 {
		// print_r writes a value bare, up to the end of its line.
		if e := valueEndQ(src, j, '\n'); e < n && e > j {
			vq = '\n'
			if src[e-1] == '\r' {
				vq, e = '\r', e-1 // a CRLF line: the value ends before its CR
			}
			if printRNested(src[j:e]) {
				return hit{}, false // Array or Class Object: its members follow
			}
			lineValue = true
		}
	}
	quoted := vq != 0 || elem
	escQuoted := j+1 < n && src[j] == '\\' && src[j+1] == '"' // \"value\"
	v := j
	switch {
	case elem:
		vq = '<'
		if x := valueEndQ(src, v, '<'); x+1 >= n || src[x+1] != '/' {
			// No closing tag after the text ("<token>0 | P<UTO..."):
			// read it as an unquoted value, up to its first blank, so
			// that the mask never runs into what follows.
			vq, quoted = 0, false
		}
	case lineValue:
	case quoted, unclosed:
		v++
	case escQuoted:
		v += 2
		quoted = true
	}
	if !quoted && jsonObjectAt(src, v) {
		// "last_name":{"value":"Garcia"} in a text line (a search
		// engine's slow log): an object, whose members have keys of
		// their own; masking from its brace would leave them bare. But
		// under a secret's key the whole object is the secret
		// (password={"a":"x"}): its member names say nothing of it.
		if e := jsonObjectEnd(src, v); e > 0 && (kc == ctxSecret || kc == ctxPassword) && s.enabled[DetSecret] {
			return hit{det: DetSecret, start: v, end: e}, true
		}
		return hit{}, false
	}
	if (kc == ctxSecret || kc == ctxPassword || kc == ctxBearer) && s.enabled[DetPrivateKey] && hasPEMAt(src, v) {
		if m, ok := scanPEM(src, v+5); ok {
			// The block, not its first word; in a quoted value, the
			// value up to its closing quote, whatever the block's END
			// line says (a trailing "\n" inside, an END line outside).
			switch {
			case escQuoted: // \"...\": the first backslash may be the block's own \n
				m.end = max(m.end, escValueEnd(src, v))
			case quoted:
				m.end = valueEndQ(src, v, vq)
			}
			return m, true
		}
	}
	switch kc {
	case ctxSecret, ctxPassword:
		if !s.enabled[DetSecret] {
			return hit{}, false
		}
		e := valueEndQ(src, v, vq)
		if escQuoted {
			e = escValueEnd(src, v)
		}
		if !quoted && e > v+1 && e < len(src) && src[v] == '{' && src[e] == '}' {
			e = valueEndQ(src, e+1, 0) // LDAP's {SSHA}W6ph5Mm...=: the scheme opens the hash
		}
		if !quoted && name > 0 && src[name-1] == ';' {
			// A path parameter (URL rewriting's ;jsessionid=, RFC 3986
			// 3.3): the query after it is no part of the value.
			if q := bytes.IndexByte(src[v:e], '?'); q >= 0 {
				e = v + q
			}
		}
		if e == v || (!quoted && (isNullWord(src[v:e]) || isAnswerWord(src[v:e]) || hasPrefix(src[v:], "(sensitive"))) ||
			scrubbedMark(src[v:e]) || e < n && src[e] == ']' && scrubbedMark(src[v:e+1]) {
			return hit{}, false // Terraform's plan writes "(sensitive value)" in its place; a framework's [FILTERED]
		}
		if !quoted && kc == ctxSecret && dovecotCall(src[v:e]) {
			return hit{}, false // Dovecot's "auth: pam(jdoe,203.0.113.5,<...>)": a driver and its login, scanned on
		}
		if kc == ctxPassword && workDir(src[name:k], src[v:e]) {
			return hit{}, false // PWD=/home/jane.doe: the path goes on to be scanned
		}
		if !quoted && !escQuoted && psCmdletCall(src[v:]) {
			return hit{}, false // $pw = ConvertTo-SecureString 'x' -AsPlainText: the cmdlet's argument is scanned on (scan_wincmd.go)
		}
		if kc == ctxPassword && !quoted && !escQuoted {
			e = passwordEnd(src, e)
		}
		if !quoted {
			e = s.outlast(src, v, e)
			if e < n && src[e] == ']' && bytes.IndexByte(src[v:e], '[') >= 0 {
				e++ // a value with a bracketed part: x[0], ab12[email]
			}
		}
		if containsMask(src[v:e]) {
			return hit{}, false // what is left after a detector's mask: a second pass keeps it (A=[secret], [card]@host)
		}
		if kc == ctxSecret && (!looksCredential(src[v:e]) || looksProse(src[v:e]) || sessionKey(src[name:k]) && sipCallID(src[v:e]) || e < n && src[e] == ';' && diameterSessionAt(src, v)) {
			return hit{}, false
		}
		return hit{det: DetSecret, start: v, end: e}, true
	case ctxName:
		if !s.enabled[DetName] {
			return hit{}, false
		}
		e := valueEndQ(src, v, vq)
		if escQuoted {
			e = escValueEnd(src, v)
		}
		if e == v || (!quoted && isNullWord(src[v:e])) || e == v+1 && src[v] == '-' || pathName(src[v:e]) {
			return hit{}, false
		}
		dn := src[v:e]
		if !quoted {
			dn = src[v:min(n, v+256)] // a blank in the CN, a ',' after it
		}
		if c := dnCommonName(dn); c > 0 {
			return hit{det: DetName, start: v + 3, end: v + c}, true
		}
		if !quoted {
			e = parenLoginAfter(src, nameRunOn(src, v, s.outlast(src, v, e)))
		}
		return hit{det: DetName, start: v, end: e}, true
	case ctxBearer:
		if !s.enabled[DetBearer] {
			return hit{}, false
		}
		e := -1 // the credential ends at the first value-ending byte
		if !quoted && !escQuoted && src[v] == '[' {
			// Authorization=[Basic ...]: a header's values as Java's
			// Map<String, List<String>> prints them (CXF's Headers:
			// {...}, Spring's HttpHeaders).
			if c := bytes.IndexByte(src[v+1:min(n, v+2048)], ']'); c > 0 {
				v, e = v+1, v+1+c
			}
		}
		if escQuoted {
			e = escValueEnd(src, v)
		} else if quoted {
			e = valueEndQ(src, v, vq)
		}
		if quoted && scrubbedMark(src[v:valueEndQ(src, v, vq)]) {
			return hit{}, false // Authorization: "[Filtered]"
		}
		h, ok := s.bearerValue(src, v, e)
		if ok {
			h = s.outlastScheme(src, v, h)
		}
		if ok && !quoted && h.det == DetBearer {
			h.end = s.outlast(src, h.start, h.end)
		}
		return h, ok
	case ctxAddress:
		if !s.enabled[DetAddress] {
			return hit{}, false
		}
		e := valueEndQ(src, v, vq)
		if escQuoted {
			e = escValueEnd(src, v)
		}
		if !quoted && queryParam(src, name) {
			e = queryValueEnd(src, v)
		}
		if e == v || !quoted && !formSpaced(src[v:e]) && !queryParam(src, name) || !streetLine(src[v:e]) {
			if e2, ok := addressToPostcode(src, v); ok && !quoted {
				return hit{det: DetAddress, start: v, end: e2}, true
			}
			if e, ok := streetInText(src, v, quoted); ok {
				return hit{det: DetAddress, start: v, end: withPostcode(src, v, e)}, true // street: 221B Baker Street, London
			}
			return hit{}, false // unquoted, a street line's blanks end it: only a quoted or form-encoded one is read whole
		}
		return hit{det: DetAddress, start: v, end: e}, true
	case ctxPostal:
		if !s.enabled[DetAddress] {
			return hit{}, false
		}
		e := valueEndQ(src, v, vq)
		if escQuoted {
			e = escValueEnd(src, v)
		}
		if !quoted && queryParam(src, name) {
			e = queryValueEnd(src, v)
		}
		if !quoted && !formSpaced(src[v:e]) && !queryParam(src, name) || !postalLine(src[v:e]) {
			if e2, ok := addressToPostcode(src, v); ok && (!quoted || e2 <= e) {
				// "ul. Floriańska 48/19, 81-347 Warszawa", "4-23-14
				// Roppongi, Minato-ku, Osaka 846-6865": up to the postcode.
				return hit{det: DetAddress, start: v, end: e2}, true
			}
			if e, ok := streetInText(src, v, quoted); ok {
				return hit{det: DetAddress, start: v, end: withPostcode(src, v, e)}, true // Lieferadresse: Hauptstraße 5, 10115 Berlin
			}
			return hit{}, false // "address":"10.0.0.1:8080": scanned as text
		}
		return hit{det: DetAddress, start: v, end: e}, true
	case ctxGeo:
		if !s.enabled[DetGeo] {
			return hit{}, false
		}
		if name > 0 && (src[name-1] == '_' || src[name-1] == '-' || src[name-1] == '.') {
			// The last word of a longer key: commit_lat=12.34 is Ceph's
			// commit latency, gps_lat a coordinate (geoKey).
			b := name
			for b > 0 && isKeyByte(src[b-1]) {
				b--
			}
			if s.cachedContext(src[b:k]) != ctxGeo {
				return hit{}, false
			}
		}
		e := valueEndQ(src, v, vq)
		if escQuoted {
			e = escValueEnd(src, v)
		}
		if !quoted && !escQuoted && e+1 < n && src[e] == ',' && bytes.Count(src, comma) == 1 {
			// loc=52.520008,13.404954: the pair, unquoted, where its
			// comma is the record's only one (a CSV row has others).
			if e2, ok := geoNumber(src, e+1); ok && (e2 == n || isValueEnd(src[e2])) {
				e = e2
			}
		}
		if !geoValue(src[v:e]) {
			// A meeting's or a delivery's location written as the place:
			// Calendly's {"location":"9688 Elm St, New York, NY 10024",
			// "type":"physical"}. Quoted only, and only a street line.
			if quoted && s.enabled[DetAddress] {
				if postalLine(src[v:e]) && namesStreet(src[v:e]) {
					return hit{det: DetAddress, start: v, end: e}, true
				}
				if e2, ok := addressToPostcode(src, v); ok && e2 <= e {
					return hit{det: DetAddress, start: v, end: e2}, true
				}
			}
			return hit{}, false
		}
		return hit{det: DetGeo, start: v, end: e}, true
	case ctxBirth:
		if !s.enabled[DetBirthDate] {
			return hit{}, false
		}
		e := valueEndQ(src, v, vq)
		if escQuoted {
			e = escValueEnd(src, v)
		}
		if !quoted && e > v {
			// DOB: March 14, 1985. Only a whole date is read on: not from
			// an empty value ("dob=, 2001:db8::42"), nor over the first
			// groups of what follows ("dob=0, 203.0.113.7").
			if e2 := birthDateEnd(src, v, e); e2 > e && datePart(src[v:e]) &&
				(e2 == n || src[e2] == ' ' || src[e2] == ',' || src[e2] == ';' || src[e2] == '"' || src[e2] == '&') {
				e = e2
			}
		}
		if !birthDate(src[v:e]) {
			return hit{}, false
		}
		return hit{det: DetBirthDate, start: v, end: e}, true
	case ctxCallID, ctxMessageID:
		// No e-mail address starts inside the value; the scanner goes
		// on in it for the rest (the host's IP address).
		e := valueEndQ(src, v, vq)
		if escQuoted {
			e = escValueEnd(src, v)
		}
		if kc == ctxCallID || randomLocalPart(src[v:e]) || v > 0 && src[v-1] == '<' {
			s.idEnd = max(s.idEnd, e) // but a person's address under a Message-ID key is one
		}
		return hit{}, false
	case ctxLogin:
		if !s.enabled[DetName] {
			return hit{}, false
		}
		e := valueEndQ(src, v, vq)
		if escQuoted {
			e = escValueEnd(src, v)
		}
		if (!quoted || elem) && e+1 < n && src[e] == '\\' && isAlpha(src[e+1]) {
			// A Windows domain: CORP\alice.smith; in an element's text
			// too (NPS's <User-Name data_type="1">corp\tdoe</User-Name>).
			e = valueEndQ(src, e+1, vq)
		} else if !quoted && e < n && src[e] == '\\' {
			// A domain before something else than a user's name: an
			// earlier pass's mask token (BA\[email]), which the domain
			// was not masked beside.
			return hit{}, false
		}
		if k-name == 3 && foldEq(src[name:k], "sub") {
			if dexSubjectLogin(src[v:e]) {
				return hit{det: DetName, start: v, end: e}, true
			}
			return hit{}, false
		}
		if p := idpLogin(src[v:e]); p > 0 {
			return hit{det: DetName, start: v + p, end: e}, true // user=oidc:jane.doe
		}
		if a, b := turnLogin(src, v, e); b > a {
			return hit{det: DetName, start: a, end: b}, true // coturn: username=<1795550681:jdoe>
		}
		if !quoted {
			e = delimitedValueEnd(src, v, e) // LEEF's usrName=jdoe^srcMAC=...
		}
		if delim == ':' && !quoted && e < n && src[e] == ' ' && pairHeaderWord(src[v:e]) {
			// username:domainname jdoe:corp.example.com (NetScaler's
			// ICA start): the key names the parts of the pair after it.
			if c := pairLoginEnd(src, e+1); c > e+1 && accountLogin(src[e+1:c]) {
				return hit{det: DetName, start: e + 1, end: c}, true
			}
			return hit{}, false // the header word is no login ([name]:corp, a second pass)
		}
		if !quoted && v < n && isUpper(src[v]) {
			if d := mailboxNameEnd(src, v); d > e {
				return hit{det: DetName, start: v, end: d}, true // Identity: Jane Doe (jane@example.com)
			}
			if d := displayLoginEnd(src, v); d > e {
				return hit{det: DetName, start: v, end: d}, true // suser=Jane Doe (jdoe)
			}
		}
		if s.enabled[DetPhone] && (v > 0 && src[v-1] == '>' && foldEq(src[name:k], "username") || k-name == 9 && foldEq(src[name:k], "accountid") ||
			k-name > 9 && (src[k-9] == '-' || src[k-9] == '_') && foldEq(src[k-8:k], "username")) {
			// A caller profile's <username>1001</username> (FreeSWITCH's
			// XML CDR), an Asterisk security event's AccountID="2001",
			// a device's login (Cisco's cisco-username=2084): the
			// directory user, an extension.
			if p, ok := shortExtension(src, v); ok {
				return p, true
			}
		}
		if userNameKey(src[name:k]) {
			if h, ok := s.subscriberLogin(src[v:e]); ok {
				h.start, h.end = h.start+v, h.end+v
				return h, true // a GGSN's User-Name: the MSISDN, the IMSI, msisdn@apn
			}
		}
		if s.enabled[DetPhone] && e-v >= 10 && allDigitsPlus(src[v:e]) && (userNameKey(src[name:k]) || k-name == 9 && foldEq(src[name:k], "accountid")) {
			// A login that is a dialable number (a voice gateway's
			// RADIUS User-Name, a SIP account named by its DID, an
			// Asterisk security event's AccountID="4930123456") is one.
			if p, ok := scanPhoneCtx(src, v); ok && p.end == e {
				return p, true
			}
		}
		if e-v == 12 && s.enabled[DetMAC] && bareMAC(src[v:e]) && userNameKey(src[name:k]) {
			return hit{det: DetMAC, start: v, end: e}, true // MAC authentication bypass: User-Name=3ca9f4123456
		}
		if e-v == 5 && string(src[v:e]) == "phone" {
			// A SIP or tel URI's user=phone (RFC 3261), the user= most
			// VoIP records hold, settled before the account lists.
			return hit{}, false
		}
		if !quoted && e+2 < n && src[e] == ' ' && isUpper(src[v]) {
			if t := blankName(src, v, e); t > e {
				// user=Hannah Becker, username=Hannah%20Becker decoded;
				// who=Hannah Becker (hbecker).
				return hit{det: DetName, start: v, end: parenLoginAfter(src, t)}, true
			}
		}
		if !accountLogin(src[v:e]) || e < n && src[e] == ';' && foldEq(src[i:k], "accountname") {
			if plusName(src[v:e]) {
				return hit{det: DetName, start: v, end: e}, true // user_name=Hannah+Becker
			}
			if s.enabled[DetSecret] && delim == '=' && !spaced && s.inCookies(src, name) {
				return s.cookieValue(src, name, k) // a cookie uid=e7d1f770801e5ec5: an id
			}
			// user=postgres: the value is scanned as text. AccountName
			// in a connection string (AccountName=x;AccountKey=...)
			// names an Azure storage account.
			return hit{}, false
		}
		if b := lastIndexByte(src[v:e], '\\'); b > 0 && directionLoginKey(src[name:k]) {
			v += b + 1 // srcuser=corp\mrossi: the domain stays, as in a firewall's user column
		}
		// The login of who acted (GitHub's audit log actor) is a
		// person's or an app's, not an organisation's: where the record
		// repeats it, in the namespace of the actor's own repository
		// ("repo":"jdoe/dotfiles"), it is the same person (echo.go).
		return hit{det: DetName, start: v, end: e, echo: echoLoginKey(src[name:k], src[v:e])}, true
	case ctxPhone:
		if s.enabled[DetMAC] && v+12 <= n && (v+12 == n || isValueEnd(src[v+12])) && bareMAC(src[v:v+12]) && callingStationKey(src[name:k]) {
			return hit{det: DetMAC, start: v, end: v + 12}, true // Calling-Station-Id=3ca9f4123456
		}
		if !s.enabled[DetPhone] || v >= n || genericPartyKey(src[name:k]) && compactDate(src, v) {
			return hit{}, false
		}
		if s.enabled[DetIPv4] {
			if _, ok := scanIPv4(src, v); ok {
				return hit{}, false
			}
		}
		if queryParam(src, name) {
			if e := queryValueEnd(src, v); formPhone(src[v:e]) {
				return hit{det: DetPhone, start: v, end: e}, true // phone=020+7946+0958 (scan_waf.go)
			}
		}
		if v = ciscoNumberStart(src, v, n); v >= n {
			return hit{}, false
		}
		p, pok := scanPhoneCtx(src, v)
		if !pok {
			// (Not after "x]!": "x]!phone=2045" is a key that does not
			// stand alone, as no field's name would read it.)
			p, pok = keyedExtension(src, v, src[name:k])
			pok = pok && (name == 0 || keyLead(src[name-1]))
		}
		if s.enabled[DetCard] {
			// A card number under a phone key ("dst=4111 1111 1111
			// 1111") is longer than any phone number: read as one, its
			// last group would stay. Digits a phone number covers whole
			// (msisdn=4915112345678, Luhn-valid by chance) are one.
			if m, ok := scanCard(src, v); ok && (!pok || m.end > p.end) {
				return m, true
			}
		}
		return p, pok
	case ctxSSN:
		if !s.enabled[DetSSN] || v >= n {
			return hit{}, false
		}
		return scanSSN(src, v, true)
	case ctxNatID:
		if !s.enabled[DetNationalID] || natIDKeyPart(src, name, k) {
			return hit{}, false
		}
		ids := natIDKeyIDs(src[name:k])
		if h, ok := natIDValue(src, v, ids); ok || ids != idAll {
			return h, ok
		}
		// A key that names a national id or a tax number of any country
		// (national_id, tax_id, id_number): a value of another issuer's
		// form than the checked ones is still one (a German identity
		// card's T22000129, a Steuernummer's 12/345/67890).
		e := valueEndQ(src, v, vq)
		if escQuoted {
			e = escValueEnd(src, v)
		}
		if natIDAnyForm(src[v:e]) {
			return hit{det: DetNationalID, start: v, end: e}, true
		}
		return hit{}, false
	case ctxRecording:
		if !s.enabled[DetPhone] {
			return hit{}, false
		}
		e := valueEndQ(src, v, vq)
		if escQuoted {
			e = escValueEnd(src, v)
		}
		h, ok := recordingValue(src[v:e], 0)
		h.start, h.end = h.start+v, h.end+v
		return h, ok
	case ctxPostcode:
		e := valueEndQ(src, v, vq)
		if escQuoted {
			e = escValueEnd(src, v)
		}
		if !s.enabled[DetAddress] || !postcodeValue(src[v:e]) {
			return hit{}, false
		}
		return hit{det: DetAddress, start: v, end: e}, true
	case ctxDocument:
		det, on := s.docDetector(src[name:k])
		if !on {
			return hit{}, false
		}
		e := valueEndQ(src, v, vq)
		if escQuoted {
			e = escValueEnd(src, v)
		}
		if cardPAN(src[v:e]) && s.enabled[DetCard] {
			return hit{det: DetCard, start: v, end: e}, true // a payment card's number under card_number
		}
		if !docNumber(src[v:e]) && !(plateKey(src[name:k]) && plateNumber(src[v:e])) {
			if det != DetNationalID {
				return hit{}, false
			}
			return natIDValue(src, v, idAll) // a machine-readable zone, or nothing
		}
		return hit{det: det, start: v, end: e}, true
	}
	return hit{}, false
}

// keyedCues applies, to a key without a context of its own at
// src[name:k] (its value at src[j], after delim), the rules that give it
// one by what surrounds it, or find its value's detection at once (ok):
// a label elsewhere in the record (CEF's csNLabel, an AVP's name, a JSON
// field above an operator), a route or a form that says what a short
// name holds, India's PAN by its shape. Kept out of scanKeyed so that
// scanKeyed stays below the compiler's size for big functions, past which
// its small callees (cachedContext, isValueEnd, cookieField) are no
// longer inlined (4.7% of RedactText's instructions).
func (s *scanner) keyedCues(src []byte, i, name, k, j int, delim byte) (keyCtx, hit, bool) {
	n := len(src)
	kl := k - name
	kc := ctxNone
	if kl >= 3 && kl <= 16 && j+10 <= n && isUpper(src[j]) && isDigit(src[j+5]) && s.enabled[DetNationalID] &&
		panShape(src[j:j+10]) && (j+10 == n || isValueEnd(src[j+10])) && panKey(src[name:k]) {
		// (First: none of the rules below reads a PAN's value under a
		// pan key.)
		return kc, hit{det: DetNationalID, start: j, end: j + 10}, true // pan=ABCPE1234F: India's PAN, not a card's (scan_natid.go)
	}
	if kl > 10 && kl != 11 && kl != 19 {
		return kc, hit{}, false // every rule below wants a key of these lengths
	}
	// The rules by the key's length, in the order they are weighed: one
	// that gives a context leaves the rest out.
	query := delim == '=' && name > 0 && (src[name-1] == '?' || src[name-1] == '&')
	switch kl {
	case 4:
		if delim == '=' && name >= 9 && string(src[name-9:name]) == "Account {" && foldEq(src[name:k], "name") {
			kc = ctxLogin // Android's android.accounts.Account: "Account {name=jdoe, type=com.example}"
		}
		if kc == ctxNone && delim == ':' && isUpper(src[name]) && foldEq(src[name:k], "name") && accountLabelBefore(src, name) {
			kc = ctxLogin // a Windows event's rendered message: "\tAccount Name:\t\tjdoe", "User Name: jdoe"
		}
		if kc == ctxNone && foldEq(src[name:k], "name") && s.enabled[DetName] {
			if v, e := nameValue(src, j); e > v && nameLogin(src[v:e]) {
				return kc, hit{det: DetName, start: v, end: e}, true // name = "jdoe" (scan_namespace.go)
			}
			if q := src[j]; q == '"' || q == '\'' {
				if e := valueEndQ(src, j+1, q); e < n && fullNameBesideContact(src, j+1, e, s.emailEnd != 0) {
					return kc, hit{det: DetName, start: j + 1, end: e}, true // name="Jane Doe" email=jane@example.com
				}
			}
		}
	case 5:
		if query && fhirNameParam(src[name:k]) && fhirPersonQuery(src, name) {
			kc = ctxName // FHIR's Patient?family=Doe&given=Jane (scan_fhir.go)
		}
	case 6:
		if delim == '=' && foldEq(src[name:k], "number") && inXMLElement(src, name, "extension") {
			kc = ctxPhone // <extension name="local" number="1002">: the number a dialplan matched
		}
		if kc == ctxNone && query && fhirNameParam(src[name:k]) && fhirPersonQuery(src, name) {
			kc = ctxName
		}
		if kc == ctxNone && query && foldEq(src[name:k], "filter") && s.enabled[DetName] {
			if h, ok := s.scimFilterName(src, j); ok {
				return kc, h, true // SCIM's filter=name.familyName%20eq%20%22Doe%22 (scan_fhir.go)
			}
		}
	case 10:
		if query && foldEq(src[name:k], "identifier") && s.enabled[DetNationalID] {
			if h, ok := fhirToken(src, j); ok {
				return kc, h, true // FHIR's identifier=system|value (scan_fhir.go)
			}
		}
	}
	if kc == ctxNone && query && kl <= 8 && j == k+1 && s.enabled[DetSecret] && s.routeQueryToken(src, name, k) {
		// account/verify?email=…&t=AbC…: a one-time link's token under
		// a short name no list knows (scan_profilepath.go).
		e, _ := routeTokenEnd(src, j)
		return kc, hit{det: DetSecret, start: j, end: e}, true
	}
	if kc == ctxNone && kl == 8 && foldEq(src[name:k], "response") && digestAt(src, j) {
		kc = ctxSecret // Response="8e0c…": a digest's response (scan_diameter.go)
	}
	if kc == ctxNone && kl <= 6 && name >= 2 && src[name-1] == ' ' && (kl == 1 || src[name]|0x20 == 'n') {
		// "Calling Number=4155550123", "Called Party Number i = 0x2183,
		// '…'": a label of words whose last is the key (scan_partykey.go).
		if kl == 1 {
			if h, ok := q931Number(src, name, k, j); ok {
				return kc, h, true
			}
		} else if spacedPartyKey(src, name, k) {
			kc = ctxPhone
		}
	}
	if kc == ctxNone && delim == ':' && kl <= 10 && s.enabled[DetAddress] && postcodeLabel(src, name, k) {
		// A form's text rendering, "Postal / Zip Code: 2396, Message:…"
		// (scan_addrprose.go).
		if a, e, ok := labelledPostcode(src, j); ok {
			return kc, hit{det: DetAddress, start: a, end: e}, true
		}
	}
	if kc != ctxNone {
		return kc, hit{}, false
	}
	switch kl {
	case 3:
		if delim == '=' && foldEq(src[name:k], "val") {
			// Wireshark's AVP summary, "AVP: Subscription-Id-Data(444) l=20
			// f=-M- val=447700900123": the AVP's name is the key
			// (scan_diameter.go).
			if a := avpNameBefore(src, name); a != nil {
				kc = s.cachedContext(a)
			}
		}
		if kc == ctxNone && delim == '=' && src[name] == 'c' {
			kc = s.cefContext(src, name, k)
		}
	case 11, 19:
		if delim == '=' && (src[name] == 'f' || src[name] == 'd') {
			kc = s.cefContext(src, name, k)
		}
	case 5, 6:
		if operatorKey(src[name:k]) {
			kc = s.operandContext(src, name, j)
		}
		if kc == ctxNone && kl == 5 && (delim == ':' && src[j] == '"' || delim == '=') && lineKey(src[name:k]) && postcodeAheadText(src, j) {
			// JSON in a text line (a connector's or a client's error that
			// echoes the record): a "line1" whose object also has a
			// "city" or "postcode" is a street line, as json.go reads it.
			kc = ctxAddress
		}
	}
	return kc, hit{}, false
}

// cefContext returns the context of the CEF custom field whose key is
// src[name:k] (cs1=asmith under cs1Label=Affected User Name: the value
// is what its label names; scan_cef.go), ctxNone for another key.
func (s *scanner) cefContext(src []byte, name, k int) keyCtx {
	if !cefCustomKey(src[name:k]) {
		return ctxNone
	}
	if l := s.cefLabel(src, name, k); l != nil {
		return s.cefLabelContext(l)
	}
	return ctxNone
}

// operandContext returns the context of an operator's value (query,
// value, $eq, old, new...) at src[j] whose key starts at src[name]: the
// field's above it when the text holds JSON ({"last_name":{"query":
// "Garcia"}}, Elasticsearch's slow log source[...]), a label's before it
// ({"name":"full_name","value":"Jane Doe"} in a TSV cell: labelKey), or
// the field an Elasticsearch mapper_parsing_exception names ("failed to
// parse field [email] ... Preview of field's value: 'jane@example.com'").
func (s *scanner) operandContext(src []byte, name, j int) keyCtx {
	if o := outerJSONKey(src, name); o != nil {
		return s.cachedContext(o)
	}
	if l := pairLabelBefore(src, name); l != nil {
		return s.cachedContext(l)
	}
	f := esPreviewField(src, name)
	if f == nil {
		return ctxNone
	}
	kc := s.cachedContext(f)
	if kc == ctxNone && lineKey(f) && j < len(src) && src[j] == '\'' {
		// A street line's field by its value's shape.
		if e := bytes.IndexByte(src[j+1:], '\''); e > 0 && (wholeStreetLine(src[j+1:j+1+e]) || numberedLine(src[j+1:j+1+e])) {
			kc = ctxAddress
		}
	}
	return kc
}

// attrElemText returns where the text of the XML element named src[i:k]
// begins when its start tag (opened at src[i-1]) carries attributes and
// its text ends at the element's end tag, as NPS's DTS events write each
// attribute (<User-Name data_type="1">CORP\jdoe</User-Name>); else 0.
//
// src[i:k] may carry a namespace prefix (<wsse:Password Type="...">);
// i is then where the prefix starts (xmlNameStart).
func attrElemText(src []byte, i, k int) int {
	g := k
	for g < len(src) && g-k < 256 && src[g] != '>' && src[g] != '<' {
		g++
	}
	if g >= len(src) || src[g] != '>' || src[g-1] == '/' {
		return 0
	}
	e := bytes.IndexByte(src[g+1:], '<')
	if e < 0 {
		return 0
	}
	e += g + 1
	if c := e + 2 + k - i; c >= len(src) || src[e+1] != '/' || src[c] != '>' || !bytes.Equal(src[e+2:c], src[i:k]) {
		return 0
	}
	return g + 1
}

// otherDelim reads what stands after a key at src[j-1] when it is not '='
// or ':' (sp is where blanks after the key began): "->", the '>' of <key>,
// or the blank after a long option. It returns
// the delimiter as '=' or ':' (another byte: none), where the value may
// start, whether blanks may come before it, and whether the value is an
// XML element's text.
func otherDelim(src []byte, i, sp, j int, spaced bool) (delim byte, _ int, _, elem bool) {
	n := len(src)
	delim = src[j-1]
	switch {
	case delim == '-' && j < n && src[j] == '>':
		return '=', j + 1, true, false // key -> value
	case delim == '>' && !spaced && xmlNameStart(src, i) >= 0:
		return '=', j, spaced, true // <key>value, <ns:key>value (<wsse:Password>)
	case delim == '>' && !spaced && i > 0 && (src[i-1] == '"' || src[i-1] == '\'') && nameAttrBefore(src, i-1):
		// <Data Name='TargetUserName'>value</Data>: Windows event XML
		// (rendered with single quotes), <param name="password">: the
		// name attribute names the text, or its value element's
		// (<Attribute Name="mail"><AttributeValue>value).
		if t := attrValueChild(src, j-1); t > 0 {
			return '=', t, spaced, true
		}
		return '=', j, spaced, true
	case spaced && (isAlnum(delim) || delim == '"' || delim == '\'') && (i > 1 && src[i-1] == '-' && src[i-2] == '-' || cliSetBefore(src, i) || wordOptionAt(src, i, sp)) && sp+1 == j-1:
		// --password value: a long option and its argument; aws
		// configure set aws_secret_access_key value; a CLI's word
		// option after one '-' (-username jdoe, PowerShell's -UserName).
		return '=', j - 1, spaced, false
	}
	return delim, j, spaced, false
}

// sqlLikeAt returns the offset of the quoted pattern after SQL's LIKE or
// ILIKE (any case, NOT before it not read) at src[o], or 0: the column
// before the operator names the literal as "=" would.
func sqlLikeAt(src []byte, o int) int {
	w := o
	if w < len(src) && src[w]|0x20 == 'i' {
		w++
	}
	if w+6 > len(src) || !foldEq(src[w:w+4], "like") || src[w+4] != ' ' || src[w+5] != '\'' {
		return 0
	}
	return w + 5
}

// nameRunOn returns the end of the unquoted name src[v:e] extended over
// the words that go on with it: when the name begins with a capital, up
// to three more words after single blanks that begin with a capital too
// and end the value (not a key: no '=' or ':' follows them), as in
// caller_name=John Doe, CALLER_ID_NAME=JOHN DOE.
func nameRunOn(src []byte, v, e int) int {
	if e > v && (src[v] >= 'a' && src[v] <= 'z' || utf8Letter(src[v])) {
		return lowerNameRunOn(src, e)
	}
	if e <= v || !isUpper(src[v]) {
		return e
	}
	for w := 0; w < 3 && e+1 < len(src) && src[e] == ' ' && isUpper(src[e+1]); w++ {
		k := e + 1
		for k < len(src) && (isAlpha(src[k]) || utf8Letter(src[k]) || (src[k] == '\'' || src[k] == '-') && k+1 < len(src) && isAlpha(src[k+1])) {
			k++
		}
		if k < len(src) && !isValueEnd(src[k]) {
			break
		}
		e = k
	}
	return e
}

// lowerNameRunOn returns the end of a name written in lower case under a
// name key (caller_name=anna kovalenko) whose first word ends at e: up to
// two more words of letters, in lower case too, after single blanks, when
// they end the value (the end of the text, a ',' or ';', or a blank before
// the next key).
// Else a word after the name is the message's ("caller_name=anna logged
// in"), and the name is its first word.
func lowerNameRunOn(src []byte, e int) int {
	n := len(src)
	end := e
	for w := 0; w < 2 && end+2 < n && src[end] == ' ' && (src[end+1] >= 'a' && src[end+1] <= 'z' || utf8Letter(src[end+1])); w++ {
		k := end + 1
		for k < n && (isAlpha(src[k]) || utf8Letter(src[k]) || src[k] == '-' && k+1 < n && isAlpha(src[k+1])) {
			k++
		}
		if k < n && !isValueEnd(src[k]) {
			break // a key ("dest=") or a word of digits: not the name's
		}
		end = k
	}
	if end == e || end < n && src[end] != ' ' && !isValueEnd(src[end]) {
		return e
	}
	if end < n && src[end] == ' ' && !keyAhead(src, end+1) {
		return e
	}
	return end
}

// keyAhead reports whether a key and its '=' or ':' start at src[i]
// ("dest=2002", "status: ok").
func keyAhead(src []byte, i int) bool {
	k := i
	for k < len(src) && k-i < 64 && isKeyByte(src[k]) {
		k++
	}
	return k > i && k < len(src) && (src[k] == '=' || src[k] == ':')
}

// nameAttrBefore reports whether the quote at src[q] opens the value of
// an XML attribute called name (Name="...", name="...") or FriendlyName
// (SAML's attribute whose Name is an OID: FriendlyName="givenName").
func nameAttrBefore(src []byte, q int) bool {
	if q >= 5 && src[q-1] == '=' && src[q-5] == ' ' && foldEq(src[q-4:q-1], "key") && xmlTagAttr(src, q-4) {
		return true // Java's properties XML <entry key="...">, .NET's <add key="..." value="...">
	}
	if q < 6 || src[q-1] != '=' || lower(src[q-5]) != 'n' || lower(src[q-4]) != 'a' || lower(src[q-3]) != 'm' || lower(src[q-2]) != 'e' {
		return false
	}
	return src[q-6] == ' ' || q >= 14 && src[q-14] == ' ' && foldEq(src[q-13:q-5], "friendly")
}

// isoFieldSecret reports whether the attribute at src[v] is the value of
// an ISO 8583 data element that holds a card's secrets, as jPOS's XML
// dump writes them (<field id="52" value="48539B225CCD4BE7"
// type="binary"/>): 35 and 45 (track 2 and track 1 data, unless masked),
// 52 (the PIN block). The chip's data (55) is read by its tags.
func isoFieldSecret(src []byte, v int) bool {
	if v < 14 || string(src[v:v+5]) != "value" || src[v-1] != ' ' || src[v-2] != '"' {
		return false
	}
	d := v - 3
	b := d
	for b > 0 && d-b < 3 && isDigit(src[b]) {
		b--
	}
	if b < 10 || string(src[b-3:b+1]) != "id=\"" || string(src[b-10:b-3]) != "<field " {
		return false
	}
	switch string(src[b+1 : d+1]) {
	case "52":
		return true
	case "35", "45":
		// Track data, unless a masking logger already blanked it
		// (554125______0890=____): then the card detector reads it.
		for e := v + 7; e < len(src) && src[e] != '"' && e-v < 120; e++ {
			if src[e] == '*' || src[e] == '_' {
				return false
			}
		}
		return true
	}
	return false
}

// valueAttrAt returns where the quoted value of a value attribute at
// src[a] begins (value="...", Value='...'), at its quote; 0 when none is
// there.
func valueAttrAt(src []byte, a int) int {
	if a+7 >= len(src) || !foldEq(src[a:a+6], "value=") || src[a+6] != '"' && src[a+6] != '\'' {
		return 0
	}
	return a + 6
}

// xmlTagAttr reports whether the attribute whose name begins at src[a]
// stands inside an XML start tag: after a blank, with only the tag's
// name and other attributes back to its '<'.
func xmlTagAttr(src []byte, a int) bool {
	if a < 3 || src[a-1] != ' ' {
		return false
	}
	for p := a - 2; p >= 0 && a-p <= 256; p-- {
		switch src[p] {
		case '<':
			return isAlpha(src[p+1])
		case '>', '\n':
			return false
		}
	}
	return false
}

// xmlNameStart returns where the name of the XML start tag whose local
// name begins at src[i] starts: i right after '<', or the start of its
// namespace prefix (<wsse:Password>, <ns2:email>); -1 when src[i] opens
// no tag's name. A prefix is a word of at most 32 bytes that starts with
// a letter.
func xmlNameStart(src []byte, i int) int {
	if i > 0 && src[i-1] == '<' {
		return i
	}
	if i < 3 || src[i-1] != ':' {
		return -1
	}
	for p := i - 2; p >= 0 && i-p <= 33; p-- {
		switch c := src[p]; {
		case c == '<':
			if p+1 < i-1 && isAlpha(src[p+1]) {
				return p + 1
			}
			return -1
		case !isAlnum(c) && c != '_' && c != '-' && c != '.':
			return -1
		}
	}
	return -1
}

// attrValueChild returns where the text of the value element begins when
// the start tag whose attributes go on at src[a] closes and its first
// child is one (<saml:AttributeValue xsi:type="xs:string">, <Value>): a
// SAML attribute, an XACML or WS-Federation claim, whose Name names the
// value. 0 when there is none.
func attrValueChild(src []byte, a int) int {
	n := len(src)
	g := a
	for g < n && g-a < 256 && src[g] != '>' && src[g] != '<' {
		g++
	}
	if g >= n || src[g] != '>' || src[g-1] == '/' {
		return 0
	}
	g++
	for g < n && (src[g] == ' ' || src[g] == '\n' || src[g] == '\r' || src[g] == '\t') {
		g++
	}
	if g+6 >= n || src[g] != '<' || !isAlpha(src[g+1]) {
		return 0
	}
	e := g + 1
	for e < n && e-g < 64 && (isAlnum(src[e]) || src[e] == ':' || src[e] == '_' || src[e] == '-') {
		e++
	}
	if e-g < 6 || !foldEq(src[e-5:e], "value") {
		return 0
	}
	for e < n && e-g < 256 && src[e] != '>' && src[e] != '<' {
		e++
	}
	if e >= n || src[e] != '>' || src[e-1] == '/' {
		return 0
	}
	return e + 1
}

// hasLetter reports whether v holds a letter (any non-ASCII byte counts as
// one): a name does, and "-", "0" or "2026" under a name key are not one.
func hasLetter(v []byte) bool {
	for _, c := range v {
		if class[c]&cAlpha != 0 || c >= 0x80 {
			return true
		}
	}
	return false
}

// hasDot reports whether key holds a '.' (keyContext then also classifies
// the part after the last one).
func hasDot(key []byte) bool {
	for _, c := range key {
		if c == '.' {
			return true
		}
	}
	return false
}

// outlast returns the end of the unquoted value src[v:e], extended to the
// end of a detection that starts at v and goes further: a value ends at a
// space, but what starts it may not ("auth: (555) 123-4567").
func (s *scanner) outlast(src []byte, v, e int) int {
	if s.inValue || v >= len(src) {
		return e
	}
	w := v + 1
	for w < len(src) && isAlnum(src[w-1]) && isAlnum(src[w]) {
		w++
	}
	s.inValue = true
	if h, ok := s.runStarts(src, v, w, ctxNone, startsAt(src, v, w, ctxNone), false); ok && h.start == v && h.end > e {
		e = h.end
	}
	s.inValue = false
	return e
}

// outlastScheme returns h, the credential of the Authorization value at
// src[v], or the detection that starts the value and runs past the word
// bearerValue took for a scheme: a spaced id such as "AB 12 34 56 C".
func (s *scanner) outlastScheme(src []byte, v int, h hit) hit {
	if h.start == v || h.start-v > 3 || s.inValue {
		return h // no scheme, or one longer than the two letters of a NINO's prefix
	}
	w := v + 1
	for w < len(src) && isAlnum(src[w]) {
		w++
	}
	s.inValue = true
	m, ok := s.runStarts(src, v, w, ctxNone, startsAt(src, v, w, ctxNone), false)
	s.inValue = false
	if ok && m.start == v && m.end > h.start {
		return m
	}
	return h
}

// isAnswerWord reports whether an unquoted value after a password key is
// an answer about one rather than one: MySQL's "(using password: YES)",
// "password: none".
func isAnswerWord(b []byte) bool {
	return foldEq(b, "yes") || foldEq(b, "no") || foldEq(b, "none")
}

// scrubbedMark reports whether v is what a framework left of a value it
// filtered itself: Rails' filter_parameters "[FILTERED]", Sentry's
// "[Filtered]", "[REDACTED]", "<redacted>", a run of asterisks. Masking
// it again hides nothing and loses that the source filtered it.
func scrubbedMark(v []byte) bool {
	if len(v) < 3 || len(v) > 12 {
		return false
	}
	if v[0] == '*' {
		for _, c := range v {
			if c != '*' {
				return false
			}
		}
		return true
	}
	if (v[0] == '[' && v[len(v)-1] == ']') || (v[0] == '<' && v[len(v)-1] == '>') {
		w := v[1 : len(v)-1]
		return foldEq(w, "filtered") || foldEq(w, "redacted") || foldEq(w, "masked") || foldEq(w, "removed")
	}
	return false
}

func isNullWord(b []byte) bool {
	return foldEq(b, "null") || foldEq(b, "true") || foldEq(b, "false")
}

// valueEnd returns where the value starting at src[v] ends: at the closing
// quote (not escaped) when quoted, else at the first isValueEnd byte.
func valueEnd(src []byte, v int, quoted bool) int {
	if quoted {
		return valueEndQ(src, v, '"')
	}
	return valueEndQ(src, v, 0)
}

// valueEndQ returns where the value starting at src[v] ends: at the
// closing quote q ('"' or '\”, not escaped; '<' for an XML element's
// text), or when q is 0 at the first isValueEnd byte or at a '|' that
// another key follows: pairs joined by pipes, as Cassandra's audit log
// writes them (user:jdoe|host:...|source:/203.0.113.5|port:...). A '|'
// inside a value (a password, a cookie's fields) stays in it.
func valueEndQ(src []byte, v int, q byte) int {
	e := v
	if q != 0 {
		for e < len(src) {
			if src[e] == q {
				if q != '\'' || e == v || e+1 >= len(src) || src[e+1] != '\'' {
					break
				}
				e++ // SQL's doubled quote inside a literal: 'O''Brien'
			} else if src[e] == '\\' && e+1 < len(src) {
				e++
			}
			e++
		}
		if e > len(src) {
			e = len(src)
		}
		return e
	}
	for e < len(src) && !isValueEnd(src[e]) && !(src[e] == '|' && keyAhead(src, e+1)) {
		e++
	}
	return e
}

// queryParam reports whether the key at src[name] is a parameter of a query
// string: after '?' or '&'. A query holds no raw blank, so in the decoded
// view a blank inside its value was %20 (see queryValueEnd).
func queryParam(src []byte, name int) bool {
	if name == 0 || src[name-1] == '\t' {
		// A query logged without its '?' (CloudFront's cs-uri-query,
		// Akamai's queryStr): the field starts with the first
		// parameter, and another follows.
		return bytes.IndexByte(src[name:], '&') > 0
	}
	return src[name-1] == '?' || src[name-1] == '&'
}

// queryValueEnd returns the end of the query parameter's value at src[v]:
// the next '&', quote, tab, line end or '#', or the blank before the
// request line's " HTTP/" (a decoded %20 is part of the value).
func queryValueEnd(src []byte, v int) int {
	e := v
	for e < len(src) && e-v < 256 {
		switch src[e] {
		case '&', '"', '\'', '\t', '\r', '\n', '#':
			return e
		case ' ':
			if hasPrefix(src[e+1:], "HTTP/") {
				return e
			}
		}
		e++
	}
	return e
}

// dovecotCall reports whether v opens with a Dovecot process or auth
// driver and its '(' (pam(, passwd-file(, imap(): the value of "auth:" in
// Dovecot's log, no credential.
func dovecotCall(v []byte) bool {
	p := bytes.IndexByte(v, '(')
	return p > 0 && p <= 16 && dovecotProcess(v[:p]) != loginNone
}

// outerJSONKey returns the key of the JSON object that the key at
// src[name] (after its opening quote) opens: "outer":{"name" gives outer;
// nil when the bytes before are not that.
func outerJSONKey(src []byte, name int) []byte {
	p := name - 2 // the '{' before the key's quote
	if p < 4 || src[name-1] != '"' || src[p] != '{' || src[p-1] != ':' || src[p-2] != '"' {
		return nil
	}
	e := p - 2
	b := e
	for b > 0 && e-b <= 64 && src[b-1] != '"' {
		b--
	}
	if b == 0 || b == e || e-b > 64 {
		return nil
	}
	return src[b:e]
}

// pairLabelBefore returns the label of the "value" key at src[name] when
// the member just before it names what it holds: `"name":"email","value"`
// (labelKey's members), in JSON that a text line carries; nil otherwise.
func pairLabelBefore(src []byte, name int) []byte {
	e := name - 3 // the label's closing quote
	if e < 8 || src[name-1] != '"' || src[name-2] != ',' || src[e] != '"' {
		return nil
	}
	b := e
	for b > 0 && e-b <= 64 && src[b-1] != '"' && src[b-1] != '\\' {
		b--
	}
	if b < 4 || b == e || src[b-1] != '"' || src[b-2] != ':' || src[b-3] != '"' {
		return nil
	}
	ke := b - 3
	kb := ke
	for kb > 0 && ke-kb <= 14 && (isAlpha(src[kb-1]) || src[kb-1] == '_') {
		kb--
	}
	if kb == 0 || kb == ke || src[kb-1] != '"' || !labelKey(src[kb:ke]) {
		return nil
	}
	return src[b:e]
}

// formSpaced reports whether the unquoted value v writes its blanks as
// '+', as a query string or form body does (address=221B+Baker+Street):
// such a value is whole up to its '&', where a blank ends a plain one.
func formSpaced(v []byte) bool {
	return bytes.IndexByte(v, '+') > 0 && v[len(v)-1] != '+'
}

// passwordEnd returns the end of an unquoted password whose value ends
// at src[e]: past a '&' or ';' that no parameter follows
// (--db-password=Tr0ub4dor&3), the password's own.
func passwordEnd(src []byte, e int) int {
	for e+1 < len(src) && (src[e] == '&' || src[e] == ';') && !isValueEnd(src[e+1]) && !paramAhead(src, e+1) {
		e = valueEndQ(src, e+1, 0)
	}
	return e
}

// streetLine reports whether v, under an address key, reads as a street
// line: a letter, and a blank or a digit (Unter den Linden 77, 123 Oak St,
// Flat 2), and not an IP or e-mail address, which their detectors find.
func streetLine(v []byte) bool {
	if len(v) < 3 || len(v) > 200 || isNullWord(v) || bytes.IndexByte(v, '@') >= 0 {
		return false
	}
	letter, other := false, false
	for _, c := range v {
		switch {
		case isAlpha(c) || c >= 0x80:
			letter = true
		case c == ' ' || c == '+' || isDigit(c):
			other = true
		}
	}
	if !letter || !other {
		return false
	}
	_, ip := scanIPv4(v, 0)
	return !ip
}

// botSuffix ends the name of a GitHub App's bot account.
var botSuffix = []byte("[bot]")

// workDir reports whether v, under the key key, is a working directory
// rather than a password: the shell's PWD and OLDPWD (an environment dump,
// sudo's "PWD=/home/jane.doe ;") hold an absolute path, where "pwd"
// abbreviates a password elsewhere (ODBC's PWD=, ?pwd=). A path is '/'
// and segments of path bytes, and either two segments or one of
// lower-case letters (/root, /tmp): a password seldom reads so.
func workDir(key, v []byte) bool {
	if len(key) > 2 && key[0] == '"' {
		key = key[1 : len(key)-1]
	}
	if !foldEq(key, "pwd") && !foldEq(key, "oldpwd") || len(v) < 2 || v[0] != '/' {
		return false
	}
	segs, lowerOnly := 1, true
	for _, c := range v[1:] {
		switch {
		case c == '/':
			segs++
		case c >= 'a' && c <= 'z':
		case isAlnum(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '@' || c == '~' || c == '[' || c == ']':
			lowerOnly = false // '[' and ']': a mask token left by an earlier pass
		default:
			return false
		}
	}
	return segs >= 2 || lowerOnly
}

// pathName reports whether v, under a name key, is a path rather than a
// person's name: two or more segments of letters, digits, '.', '_' and
// '-' joined by '/' (GitHub's "full_name":"octocat/Hello-World", a
// project's "display_name":"team/service"), or one file's name without a
// blank (CEF's fname=eicar.exe, the file an event names, "name":
// "values.yaml").
func pathName(v []byte) bool {
	if len(v) > 3 && v[len(v)-1] != '.' && fileName(v) && bytes.IndexByte(v, ' ') < 0 {
		return true
	}
	segs, n := 1, 0
	for _, c := range v {
		switch {
		case isAlnum(c) || c == '.' || c == '_' || c == '-' || c == '[' || c == ']' || c == ':':
			// (A mask a first pass wrote, SIP/[phone], is a segment:
			// redacting twice equals once.)
			n++
		case c == '/' && n > 0:
			segs++
			n = 0
		default:
			return false
		}
	}
	return segs >= 2 && n > 0
}

// paramAhead reports whether the text at src[i], up to its first
// value-ending byte, is a parameter ("next=/a"): what may follow a '&' or
// ';' that ends a value, where a password's own '&' is followed by more of
// it.
func paramAhead(src []byte, i int) bool {
	for ; i < len(src) && !isValueEnd(src[i]); i++ {
		if src[i] == '=' {
			return true
		}
	}
	return false
}

// bracketed reports whether an angle-bracketed value starting at src[v]
// is closed by a '>' before any blank.
func bracketed(src []byte, v int) bool {
	for ; v < len(src); v++ {
		switch src[v] {
		case '>':
			return true
		case ' ', '\t', '<':
			return false
		}
	}
	return false
}

// escValueEnd returns where a value quoted as \"...\" (JSON inside a
// string) ends: at its first backslash.
func escValueEnd(src []byte, v int) int {
	e := v
	for e < len(src) && src[e] != '\\' {
		e++
	}
	return e
}

// keyedValue handles a value whose JSON key (scanner.key) makes the whole
// value a secret or an Authorization credential.
func (s *scanner) keyedValue(src []byte, from int, kc keyCtx) (hit, bool) {
	if (kc == ctxSecret || kc == ctxPassword || kc == ctxBearer) && s.enabled[DetPrivateKey] && from == 0 && hasPEMAt(src, 0) {
		if m, ok := scanPEM(src, 5); ok && m.end == len(src) {
			return m, true
		}
	}
	if kc == ctxPassword && workDir(s.key, src) {
		return s.scanFrom(src, from, ctxNone) // {"PWD":"/home/jane.doe"}
	}
	if (kc == ctxSecret || kc == ctxPassword) && s.enabled[DetSecret] {
		if from == 0 && len(src) > 0 && !isNullWord(src) && !vaultHMAC(src) && !scrubbedMark(src) && (kc == ctxPassword || looksCredential(src) && !looksProse(src) && !(sessionKey(s.key) && sipCallID(src)) && !maskTokenIn(src)) {
			return hit{det: DetSecret, start: 0, end: len(src)}, true
		}
		if kc == ctxSecret && (looksProse(src) || sessionKey(s.key) && sipCallID(src)) {
			// A rule's message under "signature" (scan_prose.go); a SIP
			// Call-ID under a session key, whose host is scanned
			// (scan_diameter.go).
			return s.scanFrom(src, from, ctxNone)
		}
		return hit{}, false
	}
	if kc == ctxLogin {
		if len(s.key) >= 24 && canonicalNameKey(s.key) {
			if p := canonicalNameTail(src); s.enabled[DetName] && from == 0 && p > 0 {
				return hit{det: DetName, start: p, end: len(src)}, true // corp.example.com/Users/Jane Doe
			}
			return s.scanFrom(src, from, ctxNone)
		}
		if len(s.key) == 3 && foldEq(s.key, "sub") {
			if s.enabled[DetName] && from == 0 && dexSubjectLogin(src) {
				return hit{det: DetName, start: 0, end: len(src)}, true // Dex's subject (scan_dexsub.go)
			}
			return s.scanFrom(src, from, ctxNone)
		}
		if namespaceKey(s.key) {
			if e := namespaceLoginEnd(src); s.enabled[DetName] && from == 0 && e > 0 {
				return hit{det: DetName, start: 0, end: e}, true
			}
			return s.scanFrom(src, from, ctxNone)
		}
		if s.enabled[DetName] && from == 0 && accountLogin(src) {
			// An actor's login is looked for again (keyedValue's text
			// case says why).
			return hit{det: DetName, start: 0, end: len(src), echo: echoLoginKey(s.key, src)}, true
		}
		if d := downLevelLogin(src); s.enabled[DetName] && from == 0 && d > 0 && accountLogin(src[d:]) {
			return hit{det: DetName, start: d, end: len(src)}, true // a field's CORP\tdoe (JSON: "corp\\tdoe")
		}
		if p := idpLogin(src); s.enabled[DetName] && from == 0 && p > 0 {
			return hit{det: DetName, start: p, end: len(src)}, true
		}
		if e := injectedLoginEnd(src); s.enabled[DetName] && from == 0 && e > 0 && accountLogin(src[:e]) {
			return hit{det: DetName, start: 0, end: e}, true // username=jdoe' OR 1=1-- (scan_waf.go)
		}
		if e := enrolledLogin(src); s.enabled[DetName] && from == 0 && e > 0 && accountLogin(src[:e]) {
			return hit{det: DetName, start: 0, end: e}, true // jane.doe_iPhone_3/14/2026_4:11 PM
		}
		if from == 0 && userNameKey(s.key) {
			if h, ok := s.subscriberLogin(src); ok {
				return h, true // a radacct row's username: the MSISDN, the IMSI (scan_subscriber.go)
			}
		}
		return s.scanFrom(src, from, ctxNone) // "user":"system:serviceaccount:...", an e-mail
	}
	if kc == ctxPostcode {
		if s.enabled[DetAddress] && from == 0 && postcodeValue(src) {
			return hit{det: DetAddress, start: 0, end: len(src)}, true
		}
		return s.scanFrom(src, from, ctxNone)
	}
	if kc == ctxPostal {
		if s.enabled[DetAddress] && from == 0 && postalLine(src) {
			return hit{det: DetAddress, start: 0, end: len(src)}, true
		}
		return s.scanFrom(src, from, ctxNone)
	}
	if kc == ctxRecording {
		// The file name's numbers, and what the other detectors find in
		// the rest (a URL's credentials, an e-mail address in a path):
		// the first of the two.
		h, ok := s.scanFrom(src, from, ctxNone)
		if s.enabled[DetPhone] {
			if r, found := recordingValue(src, from); found && (!ok || r.start < h.start || r.start == h.start && r.end > h.end) {
				return r, true
			}
		}
		return h, ok
	}
	if kc == ctxDocument {
		if from == 0 && cardPAN(src) && s.enabled[DetCard] {
			return hit{det: DetCard, start: 0, end: len(src)}, true // a payment card's number under card_number
		}
		if det, on := s.docDetector(s.key); on && from == 0 && (docNumber(src) || plateKey(s.key) && plateNumber(src)) {
			return hit{det: det, start: 0, end: len(src)}, true
		}
		return s.scanFrom(src, from, ctxNatID) // a machine-readable zone, other ids
	}
	if kc == ctxGeo {
		if s.enabled[DetGeo] && from == 0 && geoValue(src) {
			return hit{det: DetGeo, start: 0, end: len(src)}, true
		}
		if s.enabled[DetAddress] && from == 0 && (postalLine(src) && namesStreet(src) || wholeAddress(src) || wholeStreetLine(src)) {
			// A location written as the place, a street line that
			// names its kind of street (Calendly's {"location":"9688
			// Elm St, New York","type":"physical"}), or an address
			// read whole as under any key ("3-28-1 Ginza, Chuo-ku,
			// Tokyo 070-2783"); "Room 4.12" stays.
			return hit{det: DetAddress, start: 0, end: len(src)}, true
		}
		return s.scanFrom(src, from, ctxNone)
	}
	if kc == ctxBirth {
		if s.enabled[DetBirthDate] && from == 0 && birthDate(src) {
			return hit{det: DetBirthDate, start: 0, end: len(src)}, true
		}
		return s.scanFrom(src, from, ctxNone)
	}
	if kc == ctxAddress {
		if s.enabled[DetAddress] && from == 0 && streetLine(src) {
			return hit{det: DetAddress, start: 0, end: len(src)}, true
		}
		return s.scanFrom(src, from, ctxNone) // an IP or e-mail address under an address key
	}
	if kc == ctxName && s.enabled[DetName] {
		if pathName(src) || bytes.HasSuffix(src, botSuffix) {
			// "full_name":"octocat/Hello-World": a repository;
			// "name":"github-actions[bot]": GitHub's bot account. Read
			// as text at every call, not only the first: the value's
			// later detections (a second address after the '/') too.
			return s.scanFrom(src, from, ctxNone)
		}
		if c := dnCommonName(src); from == 0 && c > 0 {
			return hit{det: DetName, start: 3, end: c}, true
		}
		if from == 0 && len(src) > 0 && !isNullWord(src) && hasLetter(src) && !windowsPrincipal(src) {
			return hit{det: DetName, start: 0, end: len(src)}, true
		}
		return hit{}, false
	}
	if kc == ctxBearer && s.enabled[DetBearer] {
		if from == 0 && len(src) > 0 && !scrubbedMark(src) {
			h, ok := s.bearerValue(src, 0, len(src))
			if ok {
				h = s.outlastScheme(src, 0, h)
			}
			return h, ok
		}
		return hit{}, false
	}
	return s.scanFrom(src, from, ctxNone)
}

// bearerValue is the package's bearerValue, but when the credential is a
// private key block, the block; and when what reads as a scheme starts
// another detection that is more than the scheme word (an IBAN's "DE89
// 3704 ...", a vendor token "sk_live_..." before a blank), that one.
func (s *scanner) bearerValue(src []byte, v, e int) (hit, bool) {
	h, ok := bearerValue(src, v, e)
	if ok && s.enabled[DetPrivateKey] && hasPEMAt(src, h.start) {
		if m, found := scanPEM(src, h.start+5); found {
			return m, true // a key block after a scheme word: the block
		}
	}
	if !ok || h.start == v || s.inValue {
		return h, ok
	}
	w := v + 1
	for w < len(src) && isAlnum(src[w-1]) && isAlnum(src[w]) {
		w++
	}
	scheme := v
	for scheme < h.start && src[scheme] != ' ' {
		scheme++
	}
	s.inValue = true
	m, found := s.runStarts(src, v, w, ctxNone, startsAt(src, v, w, ctxNone), false)
	s.inValue = false
	if found && m.start == v && (m.end > scheme || m.end == scheme && m.det == DetToken) {
		return m, true
	}
	return h, ok
}

// bearerValue returns the credential of the Authorization value at src[v:]:
// the part after a scheme such as "Bearer " or "Basic ", else the whole
// value. The value ends at e, or when e < 0 at the first value-ending byte
// after the scheme.
func bearerValue(src []byte, v, e int) (hit, bool) {
	lim := e
	if lim < 0 {
		lim = len(src)
	}
	c := v
	// The scheme: any auth-scheme token (RFC 9110: Bearer, Basic, Digest,
	// Api-Token, SSWS, AWS4-HMAC-SHA256...) followed by a blank and the
	// credential. Without one the whole value is the credential.
	t := c
	for t < lim && t-c <= 32 && (isAlnum(src[t]) || src[t] == '-' || src[t] == '_') {
		t++
	}
	if t > c && t < lim && src[t] == ' ' && isAlpha(src[c]) {
		c = t
		for c < lim && src[c] == ' ' {
			c++
		}
		if c == lim {
			c = v // "Authorization: sometoken " ends with blanks: no scheme
		}
	}
	if e < 0 {
		if e = authParams(src, c); e < 0 {
			e = valueEnd(src, c, false)
		}
	}
	for e > c && (src[e-1] == ' ' || src[e-1] == '\t') {
		e--
	}
	if c >= e {
		return hit{}, false
	}
	return hit{det: DetBearer, start: c, end: e}, true
}

// authParams returns the end of the list of auth-params (RFC 9110
// 11.2: name=value or name="quoted", separated by commas) that starts at
// src[c], -1 when none does: Digest's username="alice", realm="...",
// response="...", AWS4-HMAC-SHA256's Credential=..., Signature=... All of
// it is the credential; it does not end at the first quote or comma.
func authParams(src []byte, c int) int {
	n, end := len(src), -1
	for i := c; ; {
		t := i
		for t < n && (isAlnum(src[t]) || src[t] == '-' || src[t] == '_') {
			t++
		}
		if t == i || t+1 >= n || src[t] != '=' || src[t+1] == '=' {
			return end // a token68 ("abc==") or no parameter
		}
		v := t + 1
		if src[v] == '"' {
			v++
			for v < n && src[v] != '"' {
				if src[v] == '\\' {
					v++
				}
				v++
			}
			if v >= n {
				return end // unclosed: valueEnd decides
			}
			v++
		} else {
			// Unquoted, up to a comma or blank: a ';' or '&' is the
			// value's own (SignedHeaders=content-type;host).
			for v < n && (src[v] == ';' || src[v] == '&' || !isValueEnd(src[v])) {
				v++
			}
		}
		end = v
		for v < n && src[v] == ' ' {
			v++
		}
		if v >= n || src[v] != ',' {
			return end
		}
		v++
		for v < n && src[v] == ' ' {
			v++
		}
		i = v
	}
}

func lastIndexByte(b []byte, c byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// birthDate reports whether v, under a birth date key, is a date: a digit
// in at most 40 bytes of digits, letters (month names), blanks and the
// separators dates use. "N/A", "null" and "unknown" stay.
func birthDate(v []byte) bool {
	if len(v) == 0 || len(v) > 40 {
		return false
	}
	digit := false // a digit but 0: 0000-00-00 is a database's empty date
	for _, c := range v {
		switch {
		case isDigit(c):
			digit = digit || c != '0'
		case isAlpha(c) || c >= 0x80 || c == ' ' || c == '-' || c == '/' || c == '.' || c == ',' || c == ':' ||
			c == 'T' || c == 'Z' || c == '+':
		default:
			return false
		}
	}
	return digit
}

// birthDateEnd extends an unquoted date of birth that ends at src[e]
// over the blanks of a written date: "14 March 1985", "March 14, 1985",
// "14. März 1985". A written date has at most three parts, one of them
// a month's name, and each word read on must end cleanly: digits alone
// ("1, 1 84 12") are not a written date but whatever follows the value.
func birthDateEnd(src []byte, v, e int) int {
	month := e > v && !isDigit(src[v]) && dateWord(src[v:e])
	end := e
	for parts := 1; parts < 3 && e+1 < len(src) && (src[e] == ' ' || src[e] == ',' && e+2 < len(src) && src[e+1] == ' '); parts++ {
		k := e + 1
		if src[e] == ',' {
			k++
		}
		w := k
		for w < len(src) && (isAlnum(src[w]) || src[w] >= 0x80) {
			w++
		}
		if w == k || w-k > 9 || !dateWord(src[k:w]) {
			break
		}
		if w < len(src) && src[w] == '.' && isDigit(src[w-1]) {
			w++ // "14." of German dates
		}
		if w < len(src) && !dateEndByte(src[w]) {
			break
		}
		month = month || !isDigit(src[k])
		e = w
		if month {
			end = e
		}
	}
	return end
}

// dateEndByte reports whether c may follow a written date's last word.
func dateEndByte(c byte) bool {
	return c == ' ' || c == ',' || c == ';' || c == '"' || c == '&' || c == ')' || c == '\t' || c == '\n' || c == '\r'
}

// datePart reports whether w, a value a written date may open with, is a
// month's name or a plausible day (1 to 31) or year (1900 to 2099): "0" is
// none, so "dob=0, 203.0.113.7" is not read on over the address.
func datePart(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	if !isDigit(w[0]) {
		return dateWord(w)
	}
	n := 0
	for _, c := range w {
		if !isDigit(c) {
			return true // 14. or 1985-03-14: its own shape
		}
		n = n*10 + int(c-'0')
	}
	return len(w) <= 2 && n >= 1 && n <= 31 || len(w) == 4 && n >= 1900 && n <= 2099
}

// dateWord reports whether w may be part of a written date: one to four
// digits, or a month's name or its abbreviation (English, German,
// French, Spanish, Italian: its first letters decide).
func dateWord(w []byte) bool {
	if isDigit(w[0]) {
		if len(w) > 4 {
			return false
		}
		for _, c := range w {
			if !isDigit(c) {
				return false
			}
		}
		return true
	}
	if len(w) < 3 {
		return false
	}
	var m [9]byte
	n := copy(m[:], w)
	for k := range n {
		m[k] = lower(m[k])
	}
	for _, p := range monthPrefixes {
		if n >= len(p) && string(m[:len(p)]) == p {
			return true
		}
	}
	return false
}

// monthPrefixes begin the names of months in English, German, French,
// Spanish and Italian (UTF-8 letters as written: März, février, août).
var monthPrefixes = []string{
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	"mär", "mai", "okt", "dez", "fév", "avr", "juin", "juil", "aoû", "déc", "ene", "abr", "ago", "dic",
	"gen", "mag", "giu", "lug", "set", "ott",
}

// postalLine reports whether v, under a key called address, reads as a
// postal address's street line rather than the other things called an
// address (10.0.0.1:8080, db.internal:5432, unix:/run/x.sock, 0x7ffd5c3a,
// an e-mail address): words with blanks between them, a number among
// them, no ':', '/', '\\' or '@', and a house number first ("1600
// Amphitheatre Parkway", "221B Baker Street"), after the street's
// capitalised name ("Unter den Linden 77"), or a street word ("Rue de
// Rivoli 10", "ul. Marszałkowska 10").
func postalLine(v []byte) bool {
	// A query string or form body writes a blank as '+' (WHATWG
	// application/x-www-form-urlencoded): address=221B+Baker+Street.
	if len(v) < 6 || len(v) > 200 || bytes.IndexByte(v, ' ') < 0 && bytes.IndexByte(v, '+') < 0 ||
		bytes.ContainsAny(v, ":\\@") || !streetLine(v) {
		return false
	}
	for k, c := range v {
		// A path or a URL is no street line; a slash between digits is
		// a house and flat number ("ul. Piotrkowska 94/58"), in the
		// street line alone: a whole address after it is read up to
		// its postcode (addressToPostcode), the town kept.
		if c == '/' && (k == 0 || k+1 >= len(v) || !isDigit(v[k-1]) || !isDigit(v[k+1]) || bytes.IndexByte(v, ',') >= 0) {
			return false
		}
	}
	digit, words, houseFirst, houseAfter := false, 0, false, false
	prevWord := false
	for k := 0; k < len(v); {
		var w int
		if k, w = addrWordAt(v, k); w == k {
			break
		}
		word := v[k:w]
		if isDigit(word[0]) {
			digit = true
			if words == 0 && (len(word) <= 6 || len(word) <= 8 && blockLot(word)) {
				houseFirst = true // 123 Oak St; Japan's chome-block-lot, 8-17-16 Roppongi
			}
			if prevWord && len(word) <= 5 && capitalAt(v, 0) {
				houseAfter = true // Unter den Linden 77
			}
			prevWord = false
		} else {
			if streetWord(word) {
				words += 100 // a street word settles it, with a number
			}
			prevWord = true
		}
		words++
		k = w
	}
	return digit && words >= 2 && (houseFirst || houseAfter || words >= 100)
}

// namesStreet reports whether one of v's words is a kind of street
// (streetWord): "9688 Elm St", "ul. Floriańska 160".
func namesStreet(v []byte) bool {
	for k := 0; k < len(v); {
		var w int
		if k, w = addrWordAt(v, k); w > k && streetWord(v[k:w]) {
			return true
		}
		k = w
	}
	return false
}

// addrWordAt returns the bounds of the word of an address line at or after
// v[k]: blanks, commas and '+' (a form's blank) separate words.
func addrWordAt(v []byte, k int) (start, end int) {
	for k < len(v) && (v[k] == ' ' || v[k] == ',' || v[k] == '+') {
		k++
	}
	end = k
	for end < len(v) && v[end] != ' ' && v[end] != ',' && v[end] != '+' {
		end++
	}
	return k, end
}

// blockLot reports whether w is a Japanese address's chome, block and
// lot numbers ("8-17-16"): three groups of one or two digits.
func blockLot(w []byte) bool {
	groups, n := 1, 0
	for _, c := range w {
		switch {
		case isDigit(c):
			if n++; n > 2 {
				return false
			}
		case c == '-' && n > 0:
			groups, n = groups+1, 0
		default:
			return false
		}
	}
	return groups == 3 && n > 0
}

// streetWord reports whether w names a kind of street, in English,
// German, French, Spanish, Italian, Polish or Dutch (with or without its
// abbreviation's full stop).
func streetWord(w []byte) bool {
	if len(w) > 0 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	if len(w) < 2 || len(w) > 32 {
		return false
	}
	var b [32]byte
	for k, c := range w {
		b[k] = lower(c)
	}
	switch string(b[:len(w)]) {
	case "street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "boulevard", "blvd",
		"way", "parkway", "pkwy", "place", "pl", "court", "ct", "square", "sq", "terrace", "close", "crescent",
		"highway", "hwy", "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "damm", "ring", "rue",
		"chemin", "allée", "impasse", "via", "viale", "rua", "travessa", "alameda", "piazza", "corso", "calle", "avenida", "carrer", "plaza", "paseo",
		"ulica", "ul", "aleja", "al", "straat", "laan", "plein", "gracht", "singel", "kade", "markt", "utca", "gata", "vej",
		"вул", "вулиця", "ул", "улица", "пр", "просп", "проспект", "пл", "площа", "площадь", "пров", "провулок", "пер", "переулок":
		return true
	}
	return streetCompound(b[:len(w)])
}

// streetCompound reports whether the lower-case word w is a street's name
// compounded with its type: Musterstraße, Hauptstr., Kalverstraat.
func streetCompound(w []byte) bool {
	for _, suf := range [...]string{"straße", "strasse", "str", "weg", "gasse", "platz", "allee", "damm", "ufer", "chaussee", "markt",
		"straat", "laan", "gracht", "singel", "kade", "dijk", "plein", "steeg", "gatan", "gata", "gade", "vej", "vägen", "veien"} {
		if len(w) > len(suf)+2 && string(w[len(w)-len(suf):]) == suf {
			return !compoundNoStreet(w, len(w)-len(suf))
		}
	}
	return false
}

// compoundNoStreet reports whether the lower-case word w, whose street
// suffix starts at w[s:], is a common noun that ends like a street: an
// English word in -gade, a German market that is no square.
func compoundNoStreet(w []byte, s int) bool {
	switch string(w) {
	case "brigade", "renegade":
		return true
	}
	if string(w[s:]) == "markt" {
		switch string(w[:s]) {
		case "super", "floh", "weihnachts", "online", "arbeits", "aktien", "finanz", "bio", "getränke":
			return true
		}
	}
	return false
}

// idpName reports whether p, the prefix before a login's ':', names an
// identity provider or a directory (oidc:jdoe, ldap:jdoe), as a login of
// one word needs: "carol:pw2" is a login and a password.
// awsRoleID reports whether p is an IAM role's unique id (AROA…), which
// CloudTrail writes before an assumed role's session: "AROA…:jane.doe".
func awsRoleID(p []byte) bool { return len(p) > 4 && string(p[:4]) == "AROA" && awsUniqueID(p) }

func idpName(p []byte) bool {
	for _, w := range [...]string{"oidc", "ldap", "saml", "okta", "azure", "aad", "entra", "google", "github",
		"gitlab", "keycloak", "dex", "auth0", "sso", "idp", "ad", "kerberos", "krb", "iam", "cognito"} {
		if foldEq(p, w) {
			return true
		}
	}
	return false
}

// idpSubjectAt returns where the subject starts and ends in the user id
// at v that Auth0 writes as connection|subject for users of a social or
// enterprise identity provider (google-oauth2|103456789012345678901,
// github|583231, apple|001234.9f2c….0456, the '|' percent-encoded in a
// Management API path, /api/v2/users/google-oauth2%7C1034…): the
// provider's subject names one person at every site that signs in with
// it. The tenant's own database ids (auth0|5f7c8ec7c33c6c004bbafe82) are
// no provider's and stay, as other user ids do. It returns 0, 0 for any
// other value.
func idpSubjectAt(src []byte, v int) (int, int) {
	k := v
	for k < len(src) && k-v <= 16 && (isLowerAlnum(src[k]) || src[k] == '-') {
		k++
	}
	if k == v || k+3 >= len(src) {
		return 0, 0
	}
	p := k + 1
	if src[k] == '%' && src[k+1] == '7' && src[k+2]|0x20 == 'c' {
		p = k + 3
	} else if src[k] != '|' {
		return 0, 0
	}
	if !socialConnection(src[v:k]) {
		return 0, 0
	}
	e := p
	for e < len(src) && e-p <= 128 && (isAlnum(src[e]) || src[e] == '.' || src[e] == '_' || src[e] == '-') {
		e++
	}
	if e-p < 3 {
		return 0, 0
	}
	return p - v, e - v
}

func isLowerAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// socialConnection reports whether w is the strategy of an Auth0
// connection to another identity provider.
func socialConnection(w []byte) bool {
	switch string(w) { // no allocation: a switch on a converted []byte
	case "google-oauth2", "github", "apple", "facebook", "windowslive", "linkedin", "twitter", "amazon",
		"bitbucket", "paypal", "salesforce", "yahoo", "discord", "line", "oauth2", "samlp", "waad", "adfs", "oidc",
		"google-apps", "okta", "pingfederate":
		return true
	}
	return false
}

// stringPairAt reports whether the quoted word src[i:k], followed by the comma
// before src[j], opens a pair of two strings, ["name", "value"]: the
// binds ActiveRecord logs after a statement ([["email", "…"], ["name",
// "…"]]) and the [name, value] lists of Sentry's Relay (headers, cookies,
// query_string) written as text. The value must close the pair, so that a
// list of names (["name", "phone", "email"]) names nothing.
func stringPairAt(src []byte, i, k, j int) bool {
	if i < 2 || src[i-1] != '"' || src[i-2] != '[' || k >= len(src) || src[k] != '"' {
		return false
	}
	for j < len(src) && src[j] == ' ' {
		j++
	}
	if j >= len(src) || src[j] != '"' {
		return false
	}
	for e := j + 1; e < len(src); e++ {
		switch src[e] {
		case '\\':
			e++
		case '"':
			return e+1 < len(src) && src[e+1] == ']'
		}
	}
	return false
}

// argvPairAt reports whether the key src[i:k] is one of a command's
// arguments printed each in quotes with one blank between, as Redis's
// MONITOR writes them ("HSET" "user:42" "email" "…" "name" "…"), and
// another argument follows it: a field and its value, read as a pair
// as a JSON array's are (stringPairAt). An argument before it tells such
// a list from a quoted word in prose.
func argvPairAt(src []byte, i, k int) bool {
	return i >= 3 && src[i-1] == '"' && src[i-2] == ' ' && src[i-3] == '"' && k+2 < len(src) && src[k] == '"' &&
		src[k+1] == ' ' && src[k+2] == '"'
}

// fullNameBesideContact reports whether the quoted value src[v:e] under
// a key called "name" is a person's full name: capitalised words (Jane
// Doe, Seán Müller) in a record that also holds an e-mail address, after
// it (an '@' in src) or before it (mailBefore: the scanner returned one
// earlier in the record, whose text src no longer holds). So a JSON
// object's "name" is read beside its "email" (json.go); "name" alone
// names products, services and events as often.
func fullNameBesideContact(src []byte, v, e int, mailBefore bool) bool {
	val := src[v:e]
	return e-v >= 5 && bytes.IndexByte(val, ' ') > 0 && personLogin(val) && (mailBefore || bytes.IndexByte(src, '@') >= 0)
}

// containsMask reports whether v holds, after or before something else,
// a mask this engine writes: a lower-case label in brackets ([secret],
// [email], [vendor_token]). Such a value is what is left of one a
// detector masked in part, which a second pass must leave as the first
// did.
func containsMask(v []byte) bool {
	for lb := bytes.IndexByte(v, '['); lb >= 0; {
		k := lb + 1
		for k < len(v) && (v[k] >= 'a' && v[k] <= 'z' || v[k] == '_') && k-lb <= 20 {
			k++
		}
		if k < len(v) && v[k] == ']' && k-lb >= 3 && (lb > 0 || k+1 < len(v)) {
			return true
		}
		next := bytes.IndexByte(v[lb+1:], '[')
		if next < 0 {
			break
		}
		lb += 1 + next
	}
	return false
}

// bindMarkerAt reports whether a prepared statement's marker (?, %s, $1)
// stands at src[j], alone: the value is bound elsewhere (a bind list that
// textfmt.SplitSQLBinds names by this key).
func bindMarkerAt(src []byte, j int) bool {
	e := j
	switch {
	case src[j] == '?':
		e++
	case src[j] == '%' && j+1 < len(src) && src[j+1] == 's':
		e += 2
	case src[j] == '$' && j+1 < len(src) && isDigit(src[j+1]):
		for e++; e < len(src) && isDigit(src[e]); e++ {
		}
	default:
		return false
	}
	return e == len(src) || src[e] == ' ' || src[e] == ',' || src[e] == ')' || src[e] == '"' || src[e] == ';'
}

// plusName reports whether v, a login key's value, is a given name and a
// surname joined by '+' (or "%20" where the value's end reads past '%'),
// as a form or a cookie encodes the blank
// of the display name a site stores as its user name (user_name=Hannah+Becker).
func plusName(v []byte) bool {
	e := titleWordU(v, 0)
	if e == 0 || !givenName(v[:e]) {
		return false
	}
	switch {
	case e+1 < len(v) && v[e] == '+':
		e++
	case e+3 < len(v) && string(v[e:e+3]) == "%20":
		e += 3
	default:
		return false
	}
	t := titleWordU(v, e)
	return t == len(v) && t > e && !surnameStop(v[e:t])
}

// encodedNameEnd returns the end of the value at src[v] of a key called
// name when it is a person's name written with '+' for its blank, as a
// form encodes it ("John+Smith"), or surname first with a comma
// ("Smith,John", "Smith, John", "Smith,+John": %2C decoded), the given
// name a common one; v when it is not. Cue-read names with a plain blank
// are textName's ("name=John Smith").
func encodedNameEnd(src []byte, v int) int {
	w := titleWordU(src, v)
	if w == v || w+2 >= len(src) {
		return v
	}
	g := w + 1
	switch src[w] {
	case '+':
		t := titleWordU(src, g)
		if t == g || !givenName(src[v:w]) || surnameStop(src[g:t]) || !nameValueEnd(src, t) {
			return v
		}
		return t
	case ',':
		if src[g] == ' ' || src[g] == '+' {
			g++
		}
		t := titleWordU(src, g)
		if t == g || !givenName(src[g:t]) || surnameStop(src[v:w]) || !nameValueEnd(src, t) {
			return v
		}
		return t
	}
	return v
}

// parenLoginAfter returns the end of the login in parentheses after a
// display name ending at e, "Jane Doe (jdoe)", "Jane Doe (CORP\\jdoe)",
// "Jane Doe (jane@example.com)" as directories and PAM products write who
// acted (BeyondTrust's who=), when the parenthesis closes the value; it
// returns e otherwise ("Jane Doe (Sales) x" is a name and more text).
func parenLoginAfter(src []byte, e int) int {
	if e+3 >= len(src) || src[e] != ' ' || src[e+1] != '(' {
		return e
	}
	t := e + 2
	for t < len(src) && t-e <= 66 && (isAlnum(src[t]) || src[t] == '.' || src[t] == '_' || src[t] == '-' || src[t] == '@' || src[t] == '\\') {
		t++
	}
	if t == e+2 || t == len(src) || src[t] != ')' || !nameValueEnd(src, t+1) || titleWordU(src, e+2) == t {
		// (A capitalised word is a department or a role: Jane Doe (Sales).)
		return e
	}
	return t + 1
}

// nameValueEnd reports whether src[t] ends a key's value: the record's
// end, a blank, a separator or a closing quote.
func nameValueEnd(src []byte, t int) bool {
	if t == len(src) {
		return true
	}
	switch src[t] {
	case ' ', '\t', ',', ';', '&', '"', '\'', ')', ']', '|':
		return true
	}
	return false
}

// blankName returns the end of a login's value that is a person's name
// written with its blank, when src[v:e] is a common given name and a
// capitalised surname follows the blank at src[e] up to the value's end
// ("user=Hannah Becker logged in", "username=Hannah%20Becker" decoded: a
// site that keeps the display name as its user name); it returns e
// otherwise. A following key ("user=Jane role=admin") or stop word
// ("user=Jane Street") is no surname.
func blankName(src []byte, v, e int) int {
	if titleWordU(src, v) != e || !givenName(src[v:e]) {
		return e
	}
	t := titleWordU(src, e+1)
	if t == e+1 || surnameStop(src[e+1:t]) {
		return e
	}
	if !nameValueEnd(src, t) {
		return e
	}
	return t
}

// extensionEnd reports whether c may end a value that is an extension
// alone: the end of a quoted or delimited value, a blank, a separator.
func extensionEnd(c byte) bool {
	switch c {
	case ' ', '\t', '"', '\'', ',', ';', '&', ')', ']', '}', '<', '>', '|', '\n', '\r', '/', '@',
		'(': // Cisco's "Called Number=2045(TON=Unknown, NPI=Unknown)"
		return true
	}
	return false
}

// keyLead reports whether c, the byte before a key, lets the key stand
// alone: a value's end or a key's own separators ('.', '_', '-', ':',
// '=', '?').
func keyLead(c byte) bool {
	switch c {
	case '=', '?', '.', '_', '-', ':':
		return true
	}
	return extensionEnd(c)
}

// principalNameKey reports whether key ends in a principal's name as a
// word of its own: SQL Server's audit columns (server_principal_name,
// session_server_principal_name, target_server_principal_name,
// database_principal_name), Kafka's and other brokers' clientPrincipalName.
// The login in it is a person's or a service's (ctxLogin keeps dbo, sa
// and app_shop).
func principalNameKey(key []byte) bool {
	const camel, snake = "principalname", "principal_name"
	n := len(key)
	if n > len(snake) && key[n-1]|0x20 == 'e' && foldEq(key[n-len(snake):], snake) {
		c := key[n-len(snake)-1]
		return c == '_' || c == '-' || c == '.'
	}
	if k := n - len(camel); k > 0 && key[n-1]|0x20 == 'e' && key[k] == 'P' && isAlnum(key[k-1]) && !isUpper(key[k-1]) &&
		foldEq(key[k:], camel) {
		return true
	}
	return false
}

// postcodeAheadText reports whether a "city", "postcode", "zip",
// "postal_code" or "country" member follows the value at src[v] of a text
// line in the same object: JSON's "city": or a struct's city= (Kafka
// Connect's Struct{line1=…,city=…}), before the next '{', '}' or ')',
// within 256 bytes.
func postcodeAheadText(src []byte, v int) bool {
	end := min(len(src), v+256)
	for i := v + 1; i < end; i++ {
		switch src[i] {
		case '{', '}', ')':
			return false
		case ',':
			k := i + 1
			for k < end && src[k] == ' ' {
				k++
			}
			q := k < end && src[k] == '"'
			if q {
				k++
			}
			e := k
			for e < end && e-k <= 12 && (isAlpha(src[e]) || src[e] == '_') {
				e++
			}
			w := src[k:e]
			if q && e < end && src[e] == '"' {
				e++
			}
			if len(w) == 0 || e >= end || src[e] != ':' && src[e] != '=' {
				continue
			}
			if postcodeMember(w) || len(w) == 4 && foldEq(w, "city") || len(w) == 7 && foldEq(w, "country") {
				return true
			}
		}
	}
	return false
}

// esParseField opens the field's name in an Elasticsearch
// mapper_parsing_exception's reason.
var esParseField = []byte("failed to parse field [")

// numberedLine reports whether v, the value of a field named line1 or
// line2, reads as a street line that names no street type (Unter den
// Linden 198, Lange Voorhout 263, 12 Rose Hill): two to six words, a
// house number of one to five digits (a letter after it maybe) first or
// last, and a word of three letters or more. "Thank you", "Error 42" (one
// word before the number) stay.
func numberedLine(v []byte) bool {
	if len(v) > 64 {
		return false
	}
	words, letters, numAt := 0, false, -1
	for i := 0; i < len(v); {
		for i < len(v) && v[i] == ' ' {
			i++
		}
		if i == len(v) {
			break
		}
		w := i
		for w < len(v) && v[w] != ' ' {
			w++
		}
		word := v[i:w]
		d := 0
		for d < len(word) && isDigit(word[d]) {
			d++
		}
		switch {
		case d >= 1 && d <= 5 && (d == len(word) || d == len(word)-1 && isAlpha(word[d])):
			numAt = words
		case len(word) >= 3 && hasLetter(word):
			letters = true
		}
		words++
		i = w
	}
	return words >= 3 && words <= 6 && letters && (numAt == 0 || numAt == words-1)
}

// lineKey reports whether key is an address object's "line1" or "line2".
func lineKey(key []byte) bool {
	return len(key) == 5 && (string(key) == "line1" || string(key) == "line2")
}

// esPreviewField returns the field named by the Elasticsearch
// mapper_parsing_exception whose "Preview of field's value:" ends at
// src[name] ("value" starts there): "failed to parse field [K] of type
// [T] in document with id '…'. Preview of field's value: '…'". It returns
// nil for any other "value".
func esPreviewField(src []byte, name int) []byte {
	if !hasSuffixAt(src, name, "Preview of field's ") {
		return nil
	}
	lo := max(0, name-400)
	p := bytes.LastIndex(src[lo:name], esParseField)
	if p < 0 {
		return nil
	}
	p += lo + len(esParseField)
	e := bytes.IndexByte(src[p:name], ']')
	if e <= 0 || e > 64 {
		return nil
	}
	f := src[p : p+e]
	if d := lastIndexByte(f, '.'); d >= 0 {
		f = f[d+1:] // an object's field: address.line1, user.email
	}
	return f
}

// changeSide returns the length of key without a suffix that names one
// side of a change ("_before", "_after", "_old", "_new", "_prev"), or 0.
func changeSide(key []byte) int {
	n := len(key)
	if n < 6 || key[n-1]|0x20 != 'r' && key[n-1]|0x20 != 'd' && key[n-1]|0x20 != 'w' && key[n-1]|0x20 != 'e' && key[n-1]|0x20 != 'v' {
		return 0
	}
	for _, suf := range [...]string{"_after", "_before", "_old", "_new", "_prev", "-after", "-before"} {
		if k := n - len(suf); k > 1 && foldEq(key[k:], suf) {
			return k
		}
	}
	return 0
}

// accountLabelBefore reports whether the word before src[name], after one
// blank, is "Account" or "User" starting a label: the two words are a
// login's label, as Windows renders its security events' messages
// ("Account Name:" under Subject, New Logon, Account For Which Logon
// Failed) and many tools print a login ("User Name: jdoe").
func accountLabelBefore(src []byte, name int) bool {
	if name < 5 || src[name-1] != ' ' {
		return false
	}
	w := name - 1
	for w > 0 && isAlpha(src[w-1]) {
		w--
	}
	if w > 0 && src[w-1] != ' ' && src[w-1] != '\t' && src[w-1] != '\n' && src[w-1] != '"' && src[w-1] != ',' && src[w-1] != ';' {
		return false
	}
	word := src[w : name-1]
	return string(word) == "Account" || string(word) == "User"
}

// blankCharRef returns the length of the XML character reference for a
// tab or a space that b opens (&#9; &#x9; &#32; &#x20;), 0 when it opens
// none. Line breaks (&#10; &#13;) are not blanks: a value never starts
// on the next line.
func blankCharRef(b []byte) int {
	if len(b) < 4 || b[0] != '&' || b[1] != '#' {
		return 0
	}
	d, base := 2, 10
	if b[2] == 'x' || b[2] == 'X' {
		d, base = 3, 16
	}
	v, e := 0, d
	for e < len(b) && e-d < 3 && isHex(b[e]) && (base == 16 || isDigit(b[e])) {
		v = v*base + hexVal(b[e])
		e++
	}
	if e == d || e >= len(b) || b[e] != ';' || v != '\t' && v != ' ' {
		return 0
	}
	return e + 1
}

// echoLoginKey reports whether the login v under key is looked for again
// in the record (echo.go): an actor's (GitHub's audit log), and a user's
// ("user", "username": the session's owner, whose login the record
// repeats in paths and messages, as Nextcloud's /remote.php/dav/files/jdoe/
// and Gitea's [uid: 309, name: jdoe]) when it has a person's shape
// (echoLoginShape). Not "login", which may be an organisation's, repeated
// in its repositories' names.
func echoLoginKey(key, v []byte) bool {
	switch len(key) {
	case 4:
		return foldEq(key, "user") && echoLoginShape(v)
	case 5:
		return foldEq(key, "actor")
	case 8:
		return foldEq(key, "username") && echoLoginShape(v)
	}
	return false
}

// echoLoginShape reports whether the login v is built from a person's
// names (jdoe, abecker25, jane.doe, hannah), so that its other
// occurrences in the record are the person's: a word such as release,
// main or alpha, a team's or a bot's login, is not looked for again.
func echoLoginShape(v []byte) bool {
	return nameLogin(v) || givenNameAlone(v) || personLogin(v)
}

// turnLogin returns where the login lies in the value src[v:e] when it
// is a TURN server's user name in angle brackets, as coturn logs it:
// "<jdoe>", or with the TURN REST API's expiry time before a ':'
// ("<1795550681:jdoe>", draft-uberti-behave-turn-rest); a == b when it
// is no such value or the login is a service's. The brackets may be in
// the value or around it.
func turnLogin(src []byte, v, e int) (a, b int) {
	switch {
	case e-v >= 3 && src[v] == '<' && src[e-1] == '>':
		a, b = v+1, e-1
	case v > 0 && src[v-1] == '<' && e < len(src) && src[e] == '>':
		a, b = v, e
	default:
		return 0, 0
	}
	d := a
	for d < b && isDigit(src[d]) {
		d++
	}
	if d-a < 9 || d >= b || src[d] != ':' {
		return 0, 0 // a bare login in brackets: the key's usual reading
	}
	a = d + 1
	if loginEnd(src, a) != b || !accountLogin(src[a:b]) {
		return 0, 0
	}
	return a, b
}

// recordLocatorKey reports whether key names a booking's record locator:
// pnr, record_locator, booking_reference, booking_ref (any case, with or
// without the underscore).
func recordLocatorKey(key []byte) bool {
	switch len(key) {
	case 3:
		return foldEq(key, "pnr")
	case 10:
		return foldEq(key, "bookingref")
	case 11:
		return foldEq(key, "booking_ref")
	case 13:
		return foldEq(key, "recordlocator")
	case 14:
		return foldEq(key, "record_locator")
	case 16:
		return foldEq(key, "bookingreference")
	case 17:
		return foldEq(key, "booking_reference")
	}
	return false
}
