package redact

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/redactd/redactd/redact/textfmt"
)

// maxJSONDepth is the deepest nesting accepted, as in encoding/json.
const maxJSONDepth = 10000

// fieldTrie holds the field rules by path: nodes[0] is the record's top-level
// object, each node's children are its object keys, and elem is the node for
// "[]" (every element of an array).
type fieldTrie struct {
	nodes []fieldNode
	rules []fieldRule // by Options.Fields index
}

type fieldNode struct {
	names []string
	kids  []int32
	elem  int32 // -1 when there is none
	rule  int32 // index into rules, -1 when no rule ends here
}

type fieldRule struct {
	act       Action
	token     []byte // the mask token
	tokenJSON []byte // the mask token as a quoted JSON string
}

// compile builds the trie from the rules, checking each path and action.
// needKey names the first rule that needs Options.HashKey.
func (t *fieldTrie) compile(rules []FieldRule) (needKey string, errs []error) {
	if len(rules) == 0 {
		return "", nil
	}
	t.nodes = []fieldNode{{elem: -1, rule: -1}}
	t.rules = make([]fieldRule, len(rules))
	for ri, fr := range rules {
		name := fmt.Sprintf("fields[%d]", ri)
		fc := &t.rules[ri]
		fc.act = fr.Action
		switch fr.Action {
		case ActMask, ActDrop, ActKeep, ActTruncate:
		case ActHash, ActPseudonymize:
			if needKey == "" {
				needKey = name + ".action: " + fr.Action.String()
			}
		default:
			errs = append(errs, fmt.Errorf("%s.action: unknown action %d", name, fr.Action))
		}
		tok := "[redacted]"
		if fr.Token != "" {
			if err := checkToken(fr.Token); err != nil {
				errs = append(errs, fmt.Errorf("%s.token: %q: %v", name, fr.Token, err))
			}
			tok = fr.Token
		}
		fc.token = []byte(tok)
		fc.tokenJSON = append(appendEscaped([]byte{'"'}, fc.token), '"')

		n, err := t.insert(fr.Path)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s.path: %q: %v", name, fr.Path, err))
			continue
		}
		if prev := t.nodes[n].rule; prev >= 0 {
			errs = append(errs, fmt.Errorf("%s.path: %q is already the path of fields[%d]", name, fr.Path, prev))
			continue
		}
		t.nodes[n].rule = int32(ri)
	}
	// A record that is a top-level array is a batch of records (as some
	// shippers send them): each element gets the rules of a record.
	t.nodes[0].elem = 0
	return needKey, errs
}

// insert adds the nodes of path and returns the last one.
func (t *fieldTrie) insert(path string) (int32, error) {
	if path == "" {
		return 0, fmt.Errorf("empty")
	}
	n := int32(0)
	for _, seg := range strings.Split(path, ".") {
		name := seg
		arrays := 0
		for strings.HasSuffix(name, "[]") {
			name = name[:len(name)-2]
			arrays++
		}
		if name == "" {
			return 0, fmt.Errorf("empty key in segment %q (want a.b, a[].b)", seg)
		}
		if strings.ContainsAny(name, "[]") {
			return 0, fmt.Errorf("segment %q: brackets only as a trailing []", seg)
		}
		n = t.child(n, name, true)
		for range arrays {
			if t.nodes[n].elem < 0 {
				t.nodes = append(t.nodes, fieldNode{elem: -1, rule: -1})
				t.nodes[n].elem = int32(len(t.nodes) - 1)
			}
			n = t.nodes[n].elem
		}
	}
	return n, nil
}

func (t *fieldTrie) child(n int32, name string, add bool) int32 {
	nd := &t.nodes[n]
	for i, s := range nd.names {
		if s == name {
			return nd.kids[i]
		}
	}
	if !add {
		return -1
	}
	t.nodes = append(t.nodes, fieldNode{elem: -1, rule: -1})
	k := int32(len(t.nodes) - 1)
	nd = &t.nodes[n]
	nd.names = append(nd.names, name)
	nd.kids = append(nd.kids, k)
	return k
}

// lookup returns the child of n named key, -1 when there is none. It does
// not allocate.
func (t *fieldTrie) lookup(n int32, key []byte) int32 {
	nd := &t.nodes[n]
	for i, s := range nd.names {
		if string(key) == s {
			return nd.kids[i]
		}
	}
	return -1
}

// redactJSON walks the JSON record src once, copying it to dst with field
// rules applied and every string value (and every number, with its key as
// context) scanned.
func (r *Redactor) redactJSON(dst, src []byte) ([]byte, error) {
	dst, bad, qerr := r.walkJSON(dst, src)
	switch {
	case qerr != nil:
		return dst, qerr
	case bad >= 0:
		return dst, parseError(bad)
	}
	return dst, nil
}

func parseError(bad int) *QuarantineError {
	return &QuarantineError{Reason: ReasonParse, Detail: "byte " + strconv.Itoa(bad)}
}

// walkJSON is redactJSON without building the parse error: bad is the
// offset of the first syntax error, -1 if none. On failure dst is returned
// as it came.
func (r *Redactor) walkJSON(dst, src []byte) (_ []byte, bad int, qerr *QuarantineError) {
	base := len(dst)
	r.src, r.bad, r.qerr = src, -1, nil
	r.keyBuf = r.keyBuf[:0]
	root := int32(-1)
	if len(r.e.fields.nodes) > 0 && !r.noFields {
		root = 0
	}
	r.copied, r.aheadBudget = 0, aheadBudget
	dst, i := r.value(dst, skipWS(src, 0), root, actNone, nil, keyInfo{}, 0)
	if r.bad < 0 && r.qerr == nil {
		j := skipWS(src, i)
		if j != len(src) {
			r.bad = j
		}
		dst = append(dst, src[r.copied:j]...)
	}
	r.src = nil
	if r.failed() {
		return dst[:base], r.bad, r.qerr
	}
	return dst, -1, nil
}

// failed reports whether the walk has stopped.
func (r *Redactor) failed() bool { return r.bad >= 0 || r.qerr != nil }

// The walk copies the record lazily: what it does not change is copied in
// whole spans, when something is replaced or dropped after it (see
// replace) and at the end of the record, so that a record without
// detections costs one copy.

// replace appends the part of the record not yet copied that comes before
// src[from], and marks src[from:to] copied: the caller then appends what
// replaces it (nothing, to drop it). from must not lie before r.copied.
func (r *Redactor) replace(dst []byte, from, to int) []byte {
	dst = append(dst, r.src[r.copied:from]...)
	r.copied = to
	return dst
}

// value rewrites the JSON value at src[i] (no leading space). node is its
// field-trie node (-1: no rule below), ov the inherited IP action override,
// key the nearest object key (context for the detectors) and ki what it
// says (keyInfoOf(key)).
func (r *Redactor) value(dst []byte, i int, node int32, ov Action, key []byte, ki keyInfo, depth int) ([]byte, int) {
	src := r.src
	if i >= len(src) {
		r.bad = i
		return dst, i
	}
	if node >= 0 {
		if ri := r.e.fields.nodes[node].rule; ri >= 0 {
			fr := &r.e.fields.rules[ri]
			switch fr.act {
			case ActTruncate, ActPseudonymize:
				r.stats.Fields[ri]++
				ov = fr.act
			default: // keep, mask, hash; drop is done by the container
				end, ok := skipValue(src, i, depth)
				if !ok {
					r.bad = end
					return dst, end
				}
				r.stats.Fields[ri]++
				if fr.act == ActKeep {
					return dst, end
				}
				return r.applyField(r.replace(dst, i, end), src[i:end], fr), end
			}
		}
	}
	switch c := src[i]; {
	case c == '{':
		return r.object(dst, i, node, ov, key, ki, depth+1)
	case c == '[':
		return r.array(dst, i, node, ov, key, ki, depth+1)
	case c == '"':
		return r.stringValue(dst, i, ov, key, ki)
	case c == '-' || '0' <= c && c <= '9':
		return r.number(dst, i, ov, key, ki)
	}
	end, ok := scanLiteral(src, i)
	if !ok {
		r.bad = end
	}
	return dst, end
}

// applyField writes a keep, mask or hash field rule's result for the raw
// JSON value v.
func (r *Redactor) applyField(dst, v []byte, fr *fieldRule) []byte {
	switch fr.act {
	case ActKeep:
		return append(dst, v...)
	case ActHash:
		if v[0] == '"' {
			v = v[1 : len(v)-1]
			if bytes.IndexByte(v, '\\') >= 0 {
				r.unesc = appendUnescaped(r.unesc[:0], v)
				v = r.unesc
			}
		}
		dst = append(dst, '"')
		if r.e.isPseudonym(v) {
			dst = append(dst, v...)
		} else {
			dst = r.appendHash(dst, v)
		}
		return append(dst, '"')
	}
	return append(dst, fr.tokenJSON...)
}

// object walks the object at src[i]; okey is the key that holds it (or the
// array that holds it), which may say whose object it is; oki is what it
// says.
func (r *Redactor) object(dst []byte, i int, node int32, ov Action, okey []byte, oki keyInfo, depth int) ([]byte, int) {
	src := r.src
	if depth > maxJSONDepth {
		r.bad = i
		return dst, i
	}
	open := i
	i++ // '{'
	ws := i
	i = skipWS(src, i)
	if i < len(src) && src[i] == '}' {
		return dst, i + 1
	}
	written := 0
	sep := 0 // the ',' before the member, once one was written
	// label is what a "name", "alias", "key" or "field" member said of
	// the object: in {"name":"Authorization","value":"..."} (HAR headers,
	// Kubernetes env vars) or Mautic's {"alias":"phone","value":"..."},
	// the "value" that follows takes it as its key.
	var label []byte
	// labelField: label came from a "field" member, the only label that
	// the bare "from" and "to" of a change record take (fromToKey).
	var labelField bool
	// pairName and pairLabel: the last "<prefix>Name" member's key and
	// value, which names the "<prefix>Value" after it (pairKey).
	var pairName, pairLabel []byte
	person := false     // a member said the object is a person ("object":"customer")
	contact := false    // an earlier member holds an e-mail address or a phone number
	secret := false     // an earlier member said the object is a Kubernetes Secret
	thing := false      // an earlier member said the object is no person (json_thing.go)
	phone := false      // an earlier "type" member said the object is a phone endpoint (phoneType)
	targetUser := false // an earlier "target_type" member said the target is a user (GitLab's audit events)
	entityUser := false // and "entity_type" the entity
	actionUser := false // an earlier "action" member acted on a user (Duo's administrator log)
	stasis := false     // an earlier "type" member said the event is ARI's StasisStart (stasisEvent)
	street := false     // an earlier member holds a street line (mStreet)
	allSecret := r.secretData == depth
	for {
		if i >= len(src) || src[i] != '"' {
			r.bad = i
			return dst, i
		}
		kEnd, esc, ok := scanString(src, i)
		if !ok {
			r.bad = kEnd
			return dst, kEnd
		}
		mark := len(r.keyBuf)
		key := src[i+1 : kEnd-1]
		if esc {
			r.keyBuf = appendUnescaped(r.keyBuf, key)
			key = r.keyBuf[mark:]
		}
		mi := r.members.lookup(key)
		j := skipWS(src, kEnd)
		if j >= len(src) || src[j] != ':' {
			r.bad = j
			return dst, j
		}
		vs := skipWS(src, j+1)
		child := int32(-1)
		if node >= 0 {
			child = r.e.fields.lookup(node, key)
		}
		kept := true
		if child >= 0 {
			if ri := r.e.fields.nodes[child].rule; ri >= 0 && r.e.fields.rules[ri].act == ActDrop {
				end, ok := skipValue(src, vs, depth)
				if !ok {
					r.bad = end
					return dst, end
				}
				r.stats.Fields[ri]++
				kept = false
				i = end
			}
		}
		if kept {
			// The key is rewritten when it holds a detection, while key
			// itself (the name as written) still gives the field rules
			// and the detectors' context.
			changed := false
			if mi.flags&mClean == 0 && (mi.flags&mPlain == 0 || len(r.e.patterns) > 0) {
				var err *QuarantineError
				if changed, err = r.redactContent(key, actNone, nil, keyInfo{}, strMaybe); err != nil {
					r.qerr = err
					return dst, i
				}
				if !changed {
					r.members.markClean(key)
				}
			}
			if changed {
				dst = append(r.replace(dst, i, kEnd), '"')
				dst = appendEscaped(dst, r.work)
				dst = append(dst, '"')
			}
			ctxKey, cki := key, mi.ki
			inner := r.secretData
			gql := false
			if mi.flags&mPairName != 0 && !esc && vs < len(src) && src[vs] == '"' {
				if end, vesc, ok := scanString(src, vs); ok && !vesc && end-vs-2 <= 64 {
					pairName, pairLabel = key, src[vs+1:end-1]
				}
			}
			switch f := mi.flags; {
			case !allSecret && f&mWeighed == 0:
				// Most keys: none of the cases below holds (their
				// names' tests are f's bits).
			case allSecret:
				// A member of a Kubernetes Secret's data: whatever
				// its name, the value is the secret.
				ctxKey, cki = passwordKey, r.sc.infoOf(passwordKey)
			case f&mSecretData != 0 && (secret || r.secretAhead(src, vs, depth)):
				// {"kind":"Secret","data":{...}}, in any order
				// (kubectl writes members sorted: data before kind).
				r.secretData = depth + 1
			case (person || len(okey) > 0) && loginMember(key) && (person || personKey(okey)) && !systemLogin(src, vs):
				// GitHub's {"sender":{"login":"octocat"}}, a user
				// object's "username": a person's handle.
				ctxKey, cki = personNameKey, r.sc.infoOf(personNameKey)
			case f&mLine != 0 && (addressObject(okey) || !postcodeMember(key) && r.postcodeAhead(src, vs, depth)):
				// Stripe's {"address":{"line1":"Unter den Linden 77",...}},
				// FHIR's {"address":[{"line":["534 Erewhon St"],...}]};
				// and a line whose object no key calls an address but
				// whose later members are its city or postcode: a
				// captured table's row ({"line1":...,"city":...,"postcode":...}
				// in a change event's "after"), whose postcode is then
				// the address's too.
				ctxKey, cki = addressLineKey, r.sc.infoOf(addressLineKey)
				street = street || !postcodeMember(key)
				if postcodeMember(key) {
					// Its postcode, beside the street line: Shopify's
					// shipping_address.zip, EasyPost's to_address.zip.
					ctxKey, cki = addressPostcodeKey, r.sc.infoOf(addressPostcodeKey)
				}
			case f&mLine != 0 && street && postcodeMember(key):
				// A postcode beside a street line in an object no key
				// calls an address: HubSpot's contact properties
				// {"address":"...","zip":"..."}, Klaviyo's location
				// {"address1":...,"zip":...}. Alone it stays.
				ctxKey, cki = addressPostcodeKey, r.sc.infoOf(addressPostcodeKey)
			case f&mFHIR != 0 && key[0] == 'r':
				// FHIR (HL7 FHIR R4 datatypes): a Reference to a
				// person's resource makes its display the person's name.
				person = person || fhirPersonRef(src, vs)
			case f&mFHIR != 0 && (key[0] == 'd' && (person || personKey(okey)) ||
				key[0] != 'd' && (len(okey) == 4 && foldEq(okey, "name") || oki.ctx == ctxName)):
				// A Reference's display; a HumanName's family, given
				// and text ({"name":[{"family":...}]}, or a contact's
				// "name" object, already a person's).
				ctxKey, cki = personNameKey, r.sc.infoOf(personNameKey)
			case f&mValue != 0 && len(okey) == 10 && foldEq(okey, "identifier"):
				// FHIR's Identifier, {"identifier":[{"system":...,"value":"12345"}]}:
				// a medical record number, an SSN, a login
				// (AuditEvent's agent.who.identifier).
				ctxKey = identifierKey(src, vs)
				cki = r.sc.infoOf(ctxKey)
			case f&mAnswer != 0:
				// Typeform's {"type":"text","text":"Jane Doe",
				// "field":{"ref":"full_name"}}: the answer takes the
				// name its question's ref gives it.
				if ref := r.fieldRefAhead(src, vs, depth); ref != nil {
					ctxKey, cki = ref, r.sc.infoOf(ref)
				}
			case f&mDatePart != 0 && (oki.ctx == ctxBirth || oki.ctx == ctxDocument):
				// Stripe's {"dob":{"day":14,"month":3,"year":1987}}:
				// the parts of a date of birth; a document's
				// {"number":...} beside its issuer.
				ctxKey, cki = okey, oki
			case f&mDatePart != 0 && cardObjectKey(okey) && foldIn(key, cardChildren):
				// An access card's number in its object: Gallagher's
				// {"card":{"number":"65160"}}, Brivo's
				// {"credential":{"referenceId":"71625"}} (scan_docnum.go).
				ctxKey, cki = cardNumberKey, r.sc.infoOf(cardNumberKey)
			case f&mNameCtx != 0 && modifiedPropertiesKey(okey):
				// {"displayName":"TelephoneNumber","oldValue":"[]",
				// "newValue":"[\"+4930...\"]"}: the attribute's name,
				// no person's, labels the values after it.
				ctxKey, cki = nil, keyInfo{}
				if vs < len(src) && src[vs] == '"' {
					if end, esc, ok := scanString(src, vs); ok && !esc && end-vs-2 <= 64 {
						label = src[vs+1 : end-1]
					}
				}
			case mi.ki.ctx == ctxName && !person && (thing || thingType(okey) || r.thingAhead(src, vs, depth)):
				// {"type":"AppInstance","displayName":"Slack"}; Graph's
				// identitySet {"application":{"displayName":"Teams Bot"}}.
				ctxKey, cki = nil, keyInfo{}
			case f&mDICOM != 0 && textfmt.DICOMJSONKey(okey) != nil:
				// DICOM JSON, {"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^Jane"}]}}:
				// the value and a person name's groups are what the
				// attribute's tag names.
				ctxKey, cki = okey, oki
			case f&mAnyValue != 0 && len(okey) > 0:
				// OpenTelemetry's {"key":"user.phone","value":{"stringValue":"..."}}:
				// the value's key is the label, passed down as okey.
				ctxKey, cki = okey, oki
			case f&mOperator != 0 && label == nil && oki.ctx != ctxNone && mi.ki.ctx == ctxNone:
				// {"match":{"last_name":{"query":"Garcia"}}},
				// {"lastName":{"$eq":"Garcia"}}: the operand is the
				// field's.
				ctxKey, cki = okey, oki
			case f&mNumber != 0 && (phone || partyObject(okey)):
				// Vonage's endpoints, {"type":"phone","number":"447700900000"}:
				// E.164 digits without '+', named by the sibling type;
				// a party's, {"caller":{"name":...,"number":"2001"}}
				// (ARI's Channel: caller and connected; scan_keypbx.go).
				ctxKey, cki = phoneNumberKey, r.sc.infoOf(phoneNumberKey)
			case f&mArgs != 0 && stasis:
				// ARI's {"type":"StasisStart",...,"args":["inbound","2001"]}:
				// what the dialplan passed to Stasis(), the caller's
				// number or the extension dialled (scan_keypbx.go).
				ctxKey, cki = phoneNumberKey, r.sc.infoOf(phoneNumberKey)
			case f&mTarget != 0 && len(key) == 6 && (key[0]|0x20 == 'a' || actionUser && vs < len(src) && src[vs] == '"'):
				// Duo's administrator log: {"action":"user_update",...,
				// "object":"jdoe"}: the object an action on a user or an
				// administrator names is that person's login. Any other
				// "object" says what the object is (mType below).
				if key[0]|0x20 == 'a' {
					actionUser = actionUser || userAction(src, vs)
				} else {
					ctxKey, cki = loginKey, r.sc.infoOf(loginKey)
				}
			case f&mTarget != 0 && len(key) != 6 && key[len(key)-1] == 'e':
				// GitLab's audit events: "target_type":"User" before
				// the target's "target_details", "entity_type":"User"
				// before the entity's "entity_path".
				if vs+6 <= len(src) && src[vs] == '"' && src[vs+5] == '"' && foldEq(src[vs+1:vs+5], "user") {
					targetUser = targetUser || key[0] == 't'
					entityUser = entityUser || key[0] == 'e'
				}
			case f&mTarget != 0 && len(key) != 6 && vs < len(src) && src[vs] == '"':
				// The target or entity a type before names: a user's
				// login or name, or a project's path (scan_namespace.go).
				if key[0] == 't' && targetUser || key[0] == 'e' && entityUser {
					ctxKey, cki = loginKey, r.sc.infoOf(loginKey)
				} else {
					ctxKey, cki = entityPathKey, r.sc.infoOf(entityPathKey)
				}
			case f&mVendorID != 0 && len(okey) == 6 && foldEq(okey, "device"):
				// The BigQuery export of Firebase Analytics and GA4,
				// {"device":{"vendor_id":"..."}}: iOS's
				// identifierForVendor, one device's id for every app of
				// its vendor, as the advertising id beside it is.
				ctxKey, cki = idfvKey, r.sc.infoOf(idfvKey)
			case f&mGraphQL != 0 && child < 0 && !r.gqlIn && vs < len(src) && src[vs] == '{':
				// {"query":"query Q($v: String!) { users(where: {email:
				// {_eq: $v}}) ...","variables":{"v":"..."}}: each
				// variable takes the field its query binds it to.
				gql = r.graphQLQuery(src, open, depth)
			case f&mPairValue != 0 && pairLabel != nil && samePairPrefix(pairName, key):
				// {"matchVariableName":"CookieValue:PHPSESSID",
				// "matchVariableValue":"..."}: the value takes the name
				// its pair's name member gives it (pairKey).
				ctxKey, cki = pairLabel, r.sc.infoOf(pairLabel)
			case f&mMember == 0:
				// Not one of the member names below: most keys.
			case label != nil && f&mValue != 0 && len(label) == 20 && awsAccessKeyID(label):
				// {"id":"AKIA…","value":"…"}: the secret of an access
				// key beside its id.
				ctxKey, cki = awsSecretKey, r.sc.infoOf(awsSecretKey)
			case label != nil && f&mValue != 0 && (labelField || !fromToKey(key)):
				ctxKey, cki = label, r.sc.infoOf(label)
			case f&mName != 0 && serviceNameAt(src, vs) && (person || contact || personKey(okey) || r.contactAhead(src, vs, depth)):
				// {"actor_details":{"name":"svc_backup",...}}: a service
				// account acting where a person would (1Password's
				// service accounts, CI tokens) is named by its login.
				ctxKey, cki = nil, keyInfo{}
			case f&mName != 0 && (person || contact || personKey(okey) && !thing && !r.versionAhead(src, vs, depth) && !(foldEq(okey, "agent") && r.hostAhead(src, vs, depth)) || r.contactAhead(src, vs, depth) ||
				r.personTypeAhead(src, vs, depth)):
				// {"customer":{"name":"Jenny Rosen",...}}, or
				// {"name":"Jenny Rosen","email":...}: the name of a
				// person, where "name" alone names anything. (Not
				// under a person's key when a type before said the
				// object is a thing: ECS's {"agent":{"type":"filebeat",
				// "name":"web-01"}}; nor when an address after it says
				// an agent's object is a machine: Wazuh's {"agent":
				// {"name":"bastion","ip":"10.0.2.11"}}. A user's or a
				// customer's address says where the person was.)
				ctxKey, cki = personNameKey, r.sc.infoOf(personNameKey)
			case f&mName != 0 && oki.ctx == ctxLogin && !personKey(okey):
				// Spring Boot's HTTP exchanges, {"principal":{"name":"jdoe"}}:
				// the name of what a login key holds is the login.
				ctxKey, cki = loginKey, r.sc.infoOf(loginKey)
			case f&mLabel != 0 && len(key) == 2 && len(okey) == 7 && foldEq(okey, "session"):
				// {"session":{"id":"..."}} (Spring Boot's HTTP exchanges):
				// a session's id is the session, as under session_id.
				ctxKey, cki = sessionIDKey, r.sc.infoOf(sessionIDKey)
			case f&mType != 0:
				// Stripe's {"object":"customer",...,"name":...}.
				if vs < len(src) && src[vs] == '"' {
					if end, esc, ok := scanString(src, vs); ok && !esc {
						person = person || personKey(src[vs+1:end-1])
						thing = thing || thingType(src[vs+1:end-1])
						secret = secret || string(key) == "kind" && string(src[vs+1:end-1]) == "Secret"
						phone = phone || string(key) == "type" && phoneType(src[vs+1:end-1])
						stasis = stasis || string(key) == "type" && stasisEvent(src[vs+1:end-1])
						if label == nil && string(key) == "type" && end-vs-2 <= 32 {
							// Keycloak's CredentialRepresentation,
							// {"type":"password","value":"..."}: a type
							// that is a credential's name labels the
							// "value" after it, as "name" does.
							if c := r.sc.infoOf(src[vs+1 : end-1]).ctx; c == ctxPassword || c == ctxSecret {
								label = src[vs+1 : end-1]
							}
						}
					}
				}
			case f&mLabel != 0 && len(key) == 2 && vs+1 < len(src) && src[vs] == '"' && class[src[vs+1]]&cAlpha != 0 &&
				loginIDAt(src, vs) && (userObjectKey(okey) && src[vs+1] >= 'a' && src[vs+1] <= 'z' || r.userTypeAhead(src, vs, depth)):
				// Jira's audit records, {"id":"jdoe","name":"Jane
				// Doe","typeName":"USER"}: a user's id is a login; so is
				// a user object's (Datadog's standard attribute
				// {"usr":{"id":"jdoe"}}, Sentry's {"user":{"id":...}})
				// when written in lower case as logins are, where
				// Slack's and others' ids are capitals ("U024BE7LH").
				ctxKey, cki = loginKey, r.sc.infoOf(loginKey)
			case f&mLabel != 0 && (len(key) != 2 || vs+21 < len(src) && src[vs+1] == 'A' && src[vs+21] == '"'):
				// ("id" labels a value only as an access key id: see
				// awsSecretKey. Any other id is not read.)
				if vs < len(src) && src[vs] == '"' {
					if end, esc, ok := scanString(src, vs); ok && !esc && end-vs-2 <= 64 {
						label = src[vs+1 : end-1]
						labelField = lower(key[0]) == 'f'
						if len(key) == 3 && (attributeName(label) || objectKeyID(src, label, end)) {
							// {"key":"enduser.id","value":...}: a
							// "key" that names an attribute is no
							// secret key; nor one that is an
							// object's id beside its name (json_keyid.go).
							ctxKey, cki = nil, keyInfo{}
						}
					}
				}
			}
			contact = contact || mi.flags&mContact != 0
			street = street || mi.flags&mStreet != 0 && vs < len(src) && src[vs] == '"'
			var cols [][2]int
			if child < 0 && vs < len(src) && src[vs] == '[' && bindArrayKey(key) {
				// {"query":"... values (?, ?)","bindings":[...]}: the
				// values of a statement's markers (json_binds.go).
				cols = r.statementColumns(src, open, depth)
			}
			if len(cols) > 0 {
				dst, i = r.bindArray(dst, vs, cols, ov, ctxKey, cki, depth)
			} else if gql {
				dst, i = r.graphQLVariables(dst, vs, ov, depth)
			} else {
				dst, i = r.value(dst, vs, child, ov, ctxKey, cki, depth)
			}
			r.secretData = inner
			if r.failed() {
				return dst, i
			}
			written++
		}
		r.keyBuf = r.keyBuf[:mark]
		j = skipWS(src, i)
		if j >= len(src) {
			r.bad = j
			return dst, j
		}
		if !kept {
			// Drop the member and the ',' that joins it to the others:
			// the one before it, or after it when none was written yet.
			switch {
			case written > 0:
				dst = r.replace(dst, sep, j)
			case src[j] == ',':
				dst = r.replace(dst, ws, j+1)
			default:
				dst = r.replace(dst, ws, j)
			}
		}
		switch src[j] {
		case ',':
			sep, ws = j, j+1
			i = skipWS(src, ws)
		case '}':
			return dst, j + 1
		default:
			r.bad = j
			return dst, j
		}
	}
}

func (r *Redactor) array(dst []byte, i int, node int32, ov Action, key []byte, ki keyInfo, depth int) ([]byte, int) {
	src := r.src
	if depth > maxJSONDepth {
		r.bad = i
		return dst, i
	}
	if journalField(key) && node < 0 {
		// journalctl's bytes of a value that is not UTF-8 (json_bytes.go).
		if d, end, ok := r.journalArray(dst, i, ov, key, ki); ok {
			return d, end
		}
	}
	i++ // '['
	ws := i
	i = skipWS(src, i)
	if i < len(src) && src[i] == ']' {
		return dst, i + 1
	}
	// An array that is an element of an array may be a [name, value]
	// pair: Sentry's normalised request headers, cookies and query.
	inArray := false
	if c := prevNonWS(src, i-1); c == '[' || c == ',' {
		inArray = true
	}
	first := true
	elem, drop, dropRule := int32(-1), false, int32(-1)
	if node >= 0 {
		elem = r.e.fields.nodes[node].elem
		if elem >= 0 {
			if ri := r.e.fields.nodes[elem].rule; ri >= 0 && r.e.fields.rules[ri].act == ActDrop {
				drop, dropRule = true, ri
			}
		}
	}
	for {
		if drop {
			end, ok := skipValue(src, i, depth)
			if !ok {
				r.bad = end
				return dst, end
			}
			r.stats.Fields[dropRule]++
			i = end
		} else {
			start := i
			dst, i = r.value(dst, i, elem, ov, key, ki, depth)
			if r.failed() {
				return dst, i
			}
			if first && inArray && src[start] == '"' {
				if dst, i = r.pairValue(dst, start, i, elem, ov, depth); r.failed() {
					return dst, i
				}
			}
			first = false
			if src[start] == '"' && src[start+1] == '-' {
				// An option in an argument vector: its value is the
				// next element (json_argv.go).
				if dst, i = r.argvValue(dst, start, i, elem, ov, depth); r.failed() {
					return dst, i
				}
			}
		}
		j := skipWS(src, i)
		if j >= len(src) {
			r.bad = j
			return dst, j
		}
		switch src[j] {
		case ',':
			i = skipWS(src, j+1)
		case ']':
			if drop {
				dst = r.replace(dst, ws, j) // every element
			}
			return dst, j + 1
		default:
			r.bad = j
			return dst, j
		}
	}
}

// prevNonWS returns the byte at or before src[i] that is no JSON
// whitespace, or 0.
func prevNonWS(src []byte, i int) byte {
	for ; i >= 0; i-- {
		switch src[i] {
		case ' ', '\t', '\n', '\r':
			continue
		}
		return src[i]
	}
	return 0
}

// pairValue is called after the first element src[i:end], a string, of an
// array that is itself an element of an array. When the array is a [name,
// value] pair (Sentry's normalised headers, cookies and query string:
// [["Cookie","…"],["email","…"]]), exactly two elements whose first is a
// name the scanner knows as a key, it writes the value with that name as
// its key and returns the index after it; else it returns end and writes
// nothing.
func (r *Redactor) pairValue(dst []byte, i, end int, elem int32, ov Action, depth int) ([]byte, int) {
	src := r.src
	if end-i-2 > 64 || end-i < 3 {
		return dst, end
	}
	name := src[i+1 : end-1]
	for _, c := range name {
		if c == '\\' || c == ' ' {
			return dst, end
		}
	}
	ki := r.sc.infoOf(name)
	if ki.ctx == ctxNone {
		return dst, end
	}
	j := skipWS(src, end)
	if j >= len(src) || src[j] != ',' {
		return dst, end
	}
	v := skipWS(src, j+1)
	e, ok := skipValue(src, v, depth)
	if !ok {
		return dst, end
	}
	if k := skipWS(src, e); k >= len(src) || src[k] != ']' {
		return dst, end // a list, not a pair
	}
	return r.value(dst, v, elem, ov, name, ki, depth)
}

// stringValue scans one string value. A value without detections is copied
// as it was, escapes and all; one with detections is decoded, rewritten and
// re-escaped.
func (r *Redactor) stringValue(dst []byte, i int, ov Action, key []byte, ki keyInfo) ([]byte, int) {
	src := r.src
	end, info, ok := scanStringInfo(src, i)
	if !ok {
		r.bad = end
		return dst, end
	}
	content := src[i+1 : end-1]
	// The memo may load the bytes after a short value up to its
	// capacity: not past the record, which the caller may not own.
	raw := content[: len(content) : len(src)-i-1]
	mk, clean := r.memo.lookup(key, raw, ki, ov)
	if clean {
		return dst, end
	}
	if info&strEsc != 0 {
		r.unesc = appendUnescaped(r.unesc[:0], content)
		content = r.unesc
		info = strMaybe // an escape may spell anything
	}
	changed, err := r.redactContent(content, ov, key, ki, info)
	if err != nil {
		r.qerr = err
		return dst, end
	}
	if !changed {
		r.memo.add(mk, key, raw, ki, ov)
		return dst, end
	}
	dst = append(r.replace(dst, i, end), '"')
	dst = appendEscaped(dst, r.work)
	return append(dst, '"'), end
}

// redactContent runs the builtin detectors (with key as context, ki being
// keyInfoOf(key)) and the user patterns on content, the decoded text of a JSON string (a value or
// an object key). When it reports a change, r.work holds the rewritten
// text; content must not alias r.work. info is what scanStringInfo saw of
// the raw string (strMaybe when content is not a raw string): without
// strView it has no view to build, without strPlus no form to split.
func (r *Redactor) redactContent(content []byte, ov Action, key []byte, ki keyInfo, info strInfo) (changed bool, err *QuarantineError) {
	if !r.noFields && (len(key) == len(lastAppliedKey) && string(key) == lastAppliedKey || embeddedObject(content)) {
		if changed, ok := r.embeddedJSON(content); ok {
			return changed, nil // r.work holds the document redacted (json_embedded.go)
		}
	}
	if !r.noFields && (embeddedCombined(content) || embeddedMessage(content)) {
		if changed, ok := r.embeddedLine(content); ok {
			return changed, nil // r.work holds the line redacted (json_embedded.go)
		}
	}
	r.sc.setKeyInfo(key, ki)
	pat := len(r.e.patterns) > 0 && r.anyPatternWanted(content)
	var found bool
	structured := false
	if len(key) > 0 && len(content) > 0 && r.structuredJSON(content, key, info) {
		var ok bool
		r.work, ok = r.structuredValue(r.work[:0], content, key, r.sc.kinfo, ov, 0, true)
		if ok {
			structured = true
			found = !bytes.Equal(r.work, content)
			if !found && !pat {
				return false, nil
			}
			if !found {
				r.work = append(r.work[:0], content...)
			}
		} else {
			r.sc.setKeyInfo(key, ki) // structuredValue found nothing to split: scan as usual
		}
	}
	if structured {
		// r.work holds the value, its parts redacted.
	} else if first := viewStart(content, info); first < len(content) {
		var n int
		r.work, n = r.redactViewed(r.work[:0], content, ov, first)
		found = n > 0
		if !found && !pat {
			return false, nil
		}
	} else {
		var m match
		m, found = r.next(content)
		if !found && !pat {
			return false, nil
		}
		r.work = r.redactSpan(r.work[:0], content, ov, m, found)
	}
	if pat {
		var perr error
		r.work, perr = r.runPatterns(r.work, 0)
		if perr != nil {
			return false, perr.(*QuarantineError)
		}
		if !found && bytes.Equal(r.work, content) {
			return false, nil
		}
	}
	return true, nil
}

// memberWord reports, cheaply, whether key may be one of the member names
// that object reads: name, type, kind, object, value(s), labelKey's (id
// among them) and
// the property pairs (valueKey).
func memberWord(key []byte) bool {
	if len(key) == 2 {
		return lower(key[0]) == 'i' || lower(key[0]) == 't' && lower(key[1]) == 'o' // "id", "to"
	}
	if len(key) < 3 || len(key) > 14 {
		return false
	}
	switch lower(key[0]) {
	case 'n':
		return len(key) <= 6 || len(key) == 8 || len(key) == 9 // newValue, new_value
	case 'k', 'a', 'h':
		return len(key) <= 6
	case 'v':
		return len(key) <= 6 || len(key) == 8 // "variable"
	case 'f':
		return len(key) <= 6 || len(key) == 9 || len(key) == 10 // fieldName, field_name
	case 'c':
		return len(key) == 9 || len(key) == 11 // changedTo, changedFrom
	case 't', 'o':
		return len(key) <= 6 || len(key) == 8 || len(key) == 9 || len(key) == 10 // typeName, oldValue, old_value, objectType
	case 'p':
		return len(key) >= 8 || len(key) == 4
	}
	return false
}

// valueKey reports whether a JSON member called key holds the value a
// sibling labelKey member names: "value", "values", and HubSpot's
// webhook "propertyValue" (after its "propertyName"), and Jira's audit
// records' "changedFrom" and "changedTo" (after their "fieldName").
func valueKey(key []byte) bool {
	return foldEq(key, "value") || foldEq(key, "values") || foldEq(key, "propertyvalue") ||
		foldEq(key, "property_value") || foldEq(key, "changedto") || foldEq(key, "changedfrom") ||
		foldEq(key, "oldvalue") || foldEq(key, "newvalue") || foldEq(key, "old_value") || foldEq(key, "new_value") ||
		fromToKey(key)
}

// fromToKey reports whether key is the bare "from" or "to" of a change
// record, {"field":"email","from":"...","to":"..."} (JumpCloud's
// Directory Insights changes[], and audit trails like it): values only
// after a "field" label, since "from" and "to" alone are a message's
// parties.
func fromToKey(key []byte) bool {
	return len(key) == 2 && foldEq(key, "to") || len(key) == 4 && foldEq(key, "from")
}

// modifiedPropertiesKey reports whether key holds Microsoft Graph's
// modifiedProperty objects (a directoryAudit's targetResources, Intune's
// auditResource): {"displayName":"Surname","oldValue":"[\"Doe\"]",
// "newValue":...}, whose displayName is the attribute that changed.
func modifiedPropertiesKey(key []byte) bool {
	return len(key) == 18 && foldEq(key, "modifiedproperties")
}

// typeKey reports whether a JSON member called key says what the object
// is: Stripe's "object", and "type" and "kind"; Jira's audit records'
// "typeName" (objectItem, associatedItems) and Confluence's "objectType"
// (affectedObject).
func typeKey(key []byte) bool {
	switch len(key) {
	case 4:
		return foldEq(key, "type") || foldEq(key, "kind")
	case 6:
		return foldEq(key, "object")
	case 7:
		// A contact centre's participant: Genesys Cloud's
		// {"participantName":"Billing Support","purpose":"acd"}.
		return foldEq(key, "purpose")
	case 8:
		return foldEq(key, "typename")
	case 10:
		return foldEq(key, "objecttype")
	}
	return false
}

// contactKey reports whether a member called key holds a way to reach a
// person (an e-mail address, a phone number): an object that has one is a
// person, and its "name" is the person's.
// Only the value's own names count: "phone_verified" or "email_count"
// says nothing of a person.
func contactKey(key []byte) bool {
	for _, suf := range contactSuffixes {
		if len(key) >= len(suf) && foldEq(key[len(key)-len(suf):], suf) {
			return true
		}
	}
	return foldEq(key, "mobile") || foldEq(key, "mail") || foldEq(key, "msisdn") || foldEq(key, "telephone")
}

var contactSuffixes = []string{"email", "email_address", "emailaddress", "phone", "phone_number", "phonenumber"}

// contactAhead reports whether one of the members that follow the value
// at src[vs], in the same object, is a contactKey (see membersAhead). The
// names it reads are the ones the walk reads next: it looks them up in
// r.members.
func (r *Redactor) contactAhead(src []byte, vs, depth int) bool {
	return r.membersAhead(src, vs, depth, func(name []byte, esc bool, _ int) bool {
		return !esc && r.members.lookup(name).flags&mContactAny != 0
	})
}

// fieldRefAhead returns the "ref" of a "field" object among the members
// that follow the value at src[vs] (Typeform's answers: the question's
// reference, "full_name", "email", or an id), nil when there is none.
func (r *Redactor) fieldRefAhead(src []byte, vs, depth int) []byte {
	var ref []byte
	r.membersAhead(src, vs, depth, func(name []byte, esc bool, v int) bool {
		if esc || string(name) != "field" || v >= len(src) || src[v] != '{' {
			return false
		}
		ref = stringMember(src, v, depth+1, "ref")
		return true
	})
	return ref
}

// stringMember returns the unescaped string value of the member called
// name of the object at src[o] (one level, eight members at most), nil
// when it has none.
func stringMember(src []byte, o, depth int, name string) []byte {
	i := skipWS(src, o+1)
	for n := 0; n < 8 && i < len(src) && src[i] == '"'; n++ {
		end, esc, ok := scanString(src, i)
		if !ok {
			return nil
		}
		j := skipWS(src, end)
		if j >= len(src) || src[j] != ':' {
			return nil
		}
		v := skipWS(src, j+1)
		if !esc && string(src[i+1:end-1]) == name {
			if v < len(src) && src[v] == '"' {
				if e, vesc, ok := scanString(src, v); ok && !vesc && e-v-2 <= 64 {
					return src[v+1 : e-1]
				}
			}
			return nil
		}
		e, ok := skipValue(src, v, depth)
		if !ok {
			return nil
		}
		i = skipWS(src, e)
		if i >= len(src) || src[i] != ',' {
			return nil
		}
		i = skipWS(src, i+1)
	}
	return nil
}

// aheadBudget bounds the bytes one record's look-aheads may skip: each
// skips the value before the members it reads, and nested objects would
// otherwise skip the same bytes once per level (quadratic in the record).
// A record that spends it reads what follows without looking ahead.
const aheadBudget = 256 << 10

// membersAhead reports whether match holds for one of the members that
// follow the value at src[vs] in the same object: their names (esc when
// the name holds an escape) and where their values start. It reads at most
// eight members and stops at anything it cannot read.
func (r *Redactor) membersAhead(src []byte, vs, depth int, match func(name []byte, esc bool, vs int) bool) bool {
	if r.aheadBudget <= 0 {
		return false
	}
	i, ok := skipValue(src, vs, depth)
	r.aheadBudget -= i - vs
	for n := 0; ok && n < 8 && r.aheadBudget > 0; n++ {
		i = skipWS(src, i)
		if i >= len(src) || src[i] != ',' {
			return false
		}
		i = skipWS(src, i+1)
		if i >= len(src) || src[i] != '"' {
			return false
		}
		end, esc, sok := scanString(src, i)
		if !sok {
			return false
		}
		j := skipWS(src, end)
		if j >= len(src) || src[j] != ':' {
			return false
		}
		v := skipWS(src, j+1)
		if match(src[i+1:end-1], esc, v) {
			return true
		}
		i, ok = skipValue(src, v, depth)
		r.aheadBudget -= i - v
	}
	return false
}

// loginMember reports whether a JSON member called key holds a login
// name: in a person object, the person's handle.
func loginMember(key []byte) bool {
	switch len(key) {
	case 5:
		return foldEq(key, "login")
	case 8:
		return foldEq(key, "username")
	case 9:
		return foldEq(key, "user_name")
	case 11:
		return foldEq(key, "screen_name")
	}
	return false
}

// systemLogin reports whether the JSON value at src[vs] is not a string, or
// is a login that names a system or a provider's namespace rather than a
// person: it holds a ':' (Kubernetes' "system:serviceaccount:ns:name",
// "system:node:...", "oidc:..."), is a bot's (GitHub's "dependabot[bot]",
// "github-actions[bot]"), or is an e-mail address, which the e-mail
// detector finds.
func systemLogin(src []byte, vs int) bool {
	if vs >= len(src) || src[vs] != '"' {
		return true
	}
	end, _, ok := scanString(src, vs)
	return !ok || bytes.IndexByte(src[vs:end], ':') >= 0 || bytes.IndexByte(src[vs:end], '@') >= 0 ||
		bytes.IndexByte(src[vs:end], '[') >= 0
}

// serviceNameAt reports whether the JSON value at src[vs] is a string of
// one word that is a system's or a service's account (systemAccount:
// svc_backup, ci-deploy, jenkins), no person's name.
func serviceNameAt(src []byte, vs int) bool {
	if vs >= len(src) || src[vs] != '"' {
		return false
	}
	end, esc, ok := scanString(src, vs)
	if !ok || esc || end-vs-2 < 2 || end-vs-2 > maxLogin {
		return false
	}
	v := src[vs+1 : end-1]
	for _, c := range v {
		if !isAlnum(c) && c != '_' && c != '-' && c != '.' {
			return false
		}
	}
	return systemAccount(v)
}

// addressLineKey is the key context of a street line in an address object,
// addressPostcodeKey of its postcode.
var (
	addressLineKey     = []byte("address_line1")
	addressPostcodeKey = []byte("address_postcode")
)

// postcodeAhead reports whether one of the members that follow the value
// at src[vs], in the same object, is a postcode, a city or a country (see
// membersAhead): the object is a postal address.
func (r *Redactor) postcodeAhead(src []byte, vs, depth int) bool {
	return r.membersAhead(src, vs, depth, func(name []byte, esc bool, _ int) bool {
		return !esc && (postcodeMember(name) || len(name) == 4 && foldEq(name, "city") || len(name) == 7 && foldEq(name, "country"))
	})
}

// postcodeMember reports whether key names an address object's postcode.
func postcodeMember(key []byte) bool {
	switch len(key) {
	case 3:
		return foldEq(key, "zip")
	case 7:
		return foldEq(key, "zipcode")
	case 8:
		return foldEq(key, "postcode") || foldEq(key, "zip_code")
	case 10:
		return foldEq(key, "postalcode")
	case 11:
		return foldEq(key, "postal_code")
	case 6:
		return foldEq(key, "postal") // Jotform's address field: addr_line1 ... postal
	}
	return false
}

// addressObject reports whether the key okey holds a postal address
// object: address, billing_address, shippingAddress, an array of them
// (Magento's customer "addresses"), or a shop order's "billing" and
// "shipping" objects that hold the address lines themselves
// (WooCommerce's {"billing":{"address_1":...,"postcode":...}}).
func addressObject(okey []byte) bool {
	n := len(okey)
	switch {
	case n < 6 || n > 32:
		return false
	case n >= 7 && foldEq(okey[n-7:], "address"), n >= 9 && foldEq(okey[n-9:], "addresses"):
		return true
	}
	switch n {
	case 6:
		return foldEq(okey, "billto") || foldEq(okey, "shipto")
	case 7:
		return foldEq(okey, "billing") || foldEq(okey, "bill_to") || foldEq(okey, "ship_to")
	case 8:
		return foldEq(okey, "shipping") || foldEq(okey, "delivery")
	}
	return false
}

// passwordKey is the key context of a value that is a secret whatever it
// holds.
var passwordKey = []byte("password")

// sessionIDKey is the key context of a session object's id.
var sessionIDKey = []byte("session_id")

// idfvKey is the key context of a device's vendor id.
var idfvKey = []byte("idfv")

// secretDataKey reports whether key holds a Kubernetes Secret's values:
// "data" (base64) or "stringData" (plain).
func secretDataKey(key []byte) bool {
	return len(key) == 4 && string(key) == "data" || len(key) == 10 && string(key) == "stringData"
}

// secretAhead reports whether one of the members that follow the value at
// src[vs], in the same object, is "kind":"Secret" (see membersAhead).
func (r *Redactor) secretAhead(src []byte, vs, depth int) bool {
	return r.membersAhead(src, vs, depth, func(name []byte, _ bool, v int) bool {
		if string(name) != "kind" {
			return false
		}
		ve, _, ok := scanString(src, v)
		return ok && string(src[v:ve]) == `"Secret"`
	})
}

// phoneNumberKey is the key context of a phone endpoint's "number".
var phoneNumberKey = []byte("phone_number")

// phoneType reports whether the value of a "type" member says the object
// is a telephone endpoint (Vonage's Voice and Messages APIs: "phone",
// "sms", "mms", "whatsapp", "viber_service").
func phoneType(v []byte) bool {
	switch string(v) {
	case "phone", "sms", "mms", "whatsapp", "viber_service", "tel":
		return true
	}
	return false
}

// fhirMember reports whether key is one of the FHIR members object weighs:
// a HumanName's "family", "given" and "text" (under "name"), a Reference's
// "reference" and "display"; and the parts other schemas give a name
// object: {"name":{"first":"Peter","last":"Novak"}} (Jotform's full name,
// MongoDB user documents, the randomuser.me shape), SCIM's "formatted"
// (RFC 7643 4.1.1), under "name" or a key that names one ("fullName").
func fhirMember(key []byte) bool {
	switch string(key) {
	case "family", "given", "text", "display", "reference", "first", "last", "middle", "formatted", "full":
		return true
	}
	return false
}

// fhirPersonRef reports whether the JSON string at src[vs] is a FHIR
// reference to a person's resource: Patient/123, Practitioner/7,
// RelatedPerson/..., Person/... (a relative URL, or an absolute one).
func fhirPersonRef(src []byte, vs int) bool {
	if vs >= len(src) || src[vs] != '"' {
		return false
	}
	end, _, ok := scanString(src, vs)
	if !ok {
		return false
	}
	v := src[vs+1 : end-1]
	for k := 0; k < len(v); k++ {
		if k > 0 && v[k-1] != '/' {
			continue
		}
		for _, t := range [...]string{"Patient/", "Practitioner/", "RelatedPerson/", "Person/"} {
			if k+len(t) <= len(v) && string(v[k:k+len(t)]) == t {
				return true
			}
		}
	}
	return false
}

var (
	mrnKey   = []byte("mrn")
	loginKey = []byte("login")
)

// identifierKey returns the key context of a FHIR Identifier's value at
// src[vs]: a document's number (a medical record number, an SSN: mrn)
// when it reads as one, else a login.
func identifierKey(src []byte, vs int) []byte {
	if vs < len(src) && src[vs] == '"' {
		if end, esc, ok := scanString(src, vs); ok && !esc && !docNumber(src[vs+1:end-1]) {
			return loginKey
		}
	}
	return mrnKey
}

// userObjectKey reports whether key names a user object, whose "id" is
// the user's login when written as one: "user", or Datadog's "usr".
func userObjectKey(key []byte) bool {
	return len(key) == 4 && foldEq(key, "user") || len(key) == 3 && foldEq(key, "usr")
}

// personNameKey is the key context of a person object's "name".
var personNameKey = []byte("full_name")

// entityPathKey is the key context of a project's path (scan_namespace.go).
var entityPathKey = []byte("entity_path")

// awsSecretKey names the value an access key id labels.
var awsSecretKey = []byte("secret_access_key")

// personKey reports whether key holds a person: its "name" member is a
// person's name. Payment, CRM, mail and call webhooks (Stripe's customer
// and billing_details, SendGrid's and Postmark's from and to, Mautic's
// lead and contact).
func personKey(key []byte) bool {
	if len(key) < 2 || len(key) > 20 {
		return false
	}
	var b [20]byte
	for i, c := range key {
		c = lower(c)
		if c == '-' || c == ' ' {
			c = '_' // and a label's blank: Jira's "fieldName":"Project lead"
		}
		b[i] = c
	}
	switch string(b[:len(key)]) { // no allocation: a switch on a converted []byte
	case "project_lead", "team_lead", "component_lead", "customer", "billing_details", "billing", "shipping", "user", "usr", "contact", "owner", "account_holder",
		"cardholder", "recipient", "recipients", "sender", "author", "person", "lead", "member", "patient", "agent",
		"employee", "client", "buyer", "payer", "payee", "subscriber", "caller", "callee", "connected", "guest",
		"attendee", "attendees", "applicant", "beneficiary", "from", "to", "cc", "bcc", "reply_to",
		"requester", "assignee", "reporter", "driver", "passenger", "profile", "individual", "holder",
		"committer", "pusher", "reviewer", "creator", "actor", "merged_by", "closed_by", "requested_by",
		// Addressees: Stripe Checkout's customer_details and shipping_details,
		// an invoice's customer_shipping, Shopify's addresses.
		"customer_details", "shipping_details", "customer_shipping", "billing_address", "shipping_address",
		"default_address", "addresses",
		// A payment card object's name is its holder's (Stripe's card
		// and payment_method.card, Braintree's credit_card).
		"card", "credit_card", "payment_card":
		return true
	}
	return false
}

// attributeName reports whether v reads as the name of an attribute, a
// header or a setting ("enduser.id", "http.response.status_code",
// "k8s.pod.name", "Content-Type"): words of letters, each with at most two
// digits, joined by dots, dashes or underscores. A random key has more
// digits ("a8f5f167f44f...").
func attributeName(v []byte) bool {
	if len(v) == 0 || !isAlpha(v[0]) {
		return false
	}
	digits := 0
	for _, c := range v {
		switch {
		case isAlpha(c):
		case isDigit(c):
			if digits++; digits > 2 {
				return false
			}
		case c == '.' || c == '_' || c == '-':
			digits = 0
		default:
			return false
		}
	}
	return true
}

// userAction reports whether the JSON value at vs is an action on a user
// or an administrator, as Duo's administrator log names them
// ("user_update", "admin_create", "user.delete").
func userAction(src []byte, vs int) bool {
	if vs >= len(src) || src[vs] != '"' {
		return false
	}
	v := src[vs+1:]
	n := 0
	switch {
	case len(v) > 5 && foldEq(v[:4], "user"):
		n = 4
	case len(v) > 6 && foldEq(v[:5], "admin"):
		n = 5
	default:
		return false
	}
	return v[n] == '_' || v[n] == '.'
}

// anyValueKey reports whether key is a member of OpenTelemetry's AnyValue
// (OTLP/JSON) that holds a scalar.
func anyValueKey(key []byte) bool {
	return foldEq(key, "stringvalue") || foldEq(key, "intvalue") || foldEq(key, "doublevalue") ||
		// The BigQuery export of Google Analytics 4 and Firebase: an
		// event_params or user_properties element, {"key":"email",
		// "value":{"string_value":"..."}}.
		foldEq(key, "string_value") || foldEq(key, "int_value") || foldEq(key, "double_value") ||
		foldEq(key, "float_value")
}

// labelKey reports whether a JSON member called key names what a sibling
// "value" member holds: {"name":"email","value":...} (an access key's
// {"id":"AKIA…","value":...}), the property
// lists of CRM APIs ({"property":"phone","value":...} of HubSpot's
// contacts API, "propertyName" of its webhooks), and the operations of a
// SCIM PATCH (RFC 7644 3.5.2: {"op":"replace","path":"name.familyName",
// "value":...}) or a JSON Patch (RFC 6902).
func labelKey(key []byte) bool {
	return foldEq(key, "name") || foldEq(key, "alias") || foldEq(key, "key") || foldEq(key, "id") || foldEq(key, "field") ||
		foldEq(key, "fieldname") || foldEq(key, "field_name") ||
		foldEq(key, "header") || foldEq(key, "property") || foldEq(key, "propertyname") ||
		foldEq(key, "property_name") || string(key) == "path" ||
		foldEq(key, "variable") // ARI's ChannelVarset, AMI's VarSet: {"variable":"CALLERID(num)","value":...}
}

// structuredJSON reports, cheaply, whether a JSON string value may have an
// inner structure that structuredValue reads: its key names a cookie or a
// query, or it holds a '?'.
func (r *Redactor) structuredJSON(content, key []byte, info strInfo) bool {
	ki := r.sc.kinfo // setKey(key) came first
	return ki.kind&(kindClid|kindIPInt|kindRevName) != 0 || info&strPlus != 0 && formValue(content, ki) ||
		ki.kind&kindQuery != 0 && wpLoginForm(content) ||
		(ki.ctx == ctxPhone || ki.ctx == ctxName) && len(content) >= 3 && len(content) <= 21 && allDigitsPlus(content)
}

// number scans a number with its key as context (phone numbers, card
// numbers, secrets under a secret-like key). A number with a detection is
// written as a JSON string.
func (r *Redactor) number(dst []byte, i int, ov Action, key []byte, ki keyInfo) ([]byte, int) {
	src := r.src
	end, ok := scanNumber(src, i)
	if !ok {
		r.bad = end
		return dst, end
	}
	num := src[i:end]
	r.sc.setKeyInfo(key, ki)
	m, found := r.next(num)
	if found && m.det == DetCard && idKey(key) {
		found = false // a 64-bit id that passes Luhn: "flow_id": 5463682683956514 (scan_idkey.go)
	}
	if !found && r.e.enabled[DetPhone] && r.sc.kinfo.ctx == ctxPhone && partyNumber(key, num) {
		// A CDR's party under its key, however short: "dst": 2017.
		m, found = match{det: DetPhone, start: 0, end: len(num)}, true
	}
	if !found && ki.kind&kindIPInt != 0 {
		return r.ipIntNumber(dst, i, end, num, ov), end
	}
	if !found {
		return dst, end
	}
	r.work = r.redactSpan(r.work[:0], num, ov, m, found)
	dst = append(r.replace(dst, i, end), '"')
	dst = appendEscaped(dst, r.work)
	return append(dst, '"'), end
}

// plainKeyByte marks the bytes of keys in which no builtin detector finds
// anything (lower-case letters and '_': no digit, separator, '@', nor the
// capitals of an AWS key id), so that the usual keys ("user", "trace_id")
// are not scanned. FuzzPlainKey checks this against the scanner.
var plainKeyByte = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	t['_'] = true
	return t
}()

// plainKey reports whether every byte of key is a plainKeyByte, and key is
// shorter than any vendor token such bytes can spell (glc_ and 32 letters).
func plainKey(key []byte) bool {
	if len(key) >= plainKeyMax {
		return false
	}
	for _, c := range key {
		if !plainKeyByte[c] {
			return false
		}
	}
	return true
}

// plainKeyMax is the length of the shortest vendor token (scan_vendor.go)
// written in plainKeyBytes only: a rule whose prefix is such bytes and whose
// body may be lower-case letters.
var plainKeyMax = func() int {
	m := 1 << 30
	for _, r := range vendorRules {
		if plainKey0(r.prefix) && tokenClass['a']&r.alphabet != 0 {
			m = min(m, len(r.prefix)+r.min)
		}
	}
	return m
}()

func plainKey0(s string) bool {
	for i := 0; i < len(s); i++ {
		if !plainKeyByte[s[i]] {
			return false
		}
	}
	return true
}

// jsonSpace marks the bytes JSON allows between tokens.
var jsonSpace = [256]bool{' ': true, '\t': true, '\n': true, '\r': true}

// strStop marks the bytes that end a run of plain string content: the
// closing quote, an escape, and the control characters JSON forbids raw.
var strStop = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

func skipWS(src []byte, i int) int {
	// Most calls find a token at once: one compare, no table load.
	for i < len(src) && src[i] <= ' ' && jsonSpace[src[i]] {
		i++
	}
	return i
}

// scanString checks the string starting at src[i] == '"' and returns the
// offset just past its closing quote and whether it holds escapes. When ok
// is false, end is the offset of the error.
func scanString(src []byte, i int) (end int, esc, ok bool) {
	j := i + 1
	for {
		// scanStringInfo's loops, without its flags: names and the values
		// skipValue steps over need none.
		for ; j+8 <= len(src); j += 8 {
			if stop := jsonStops(binary.LittleEndian.Uint64(src[j:])); stop != 0 {
				j += bits.TrailingZeros64(stop) >> 3
				break
			}
		}
		for j < len(src) && !strStop[src[j]] {
			j++
		}
		if j >= len(src) {
			return j, esc, false
		}
		switch src[j] {
		case '"':
			return j + 1, esc, true
		case '\\':
			esc = true
			n := escapeLen(src, j)
			if n == 0 {
				return j, esc, false
			}
			j += n
		default: // a raw control character
			return j, esc, false
		}
	}
}

// escapeLen returns the length of the JSON escape at src[j] == '\\', 0
// when it is not a valid one.
func escapeLen(src []byte, j int) int {
	if j+1 >= len(src) {
		return 0
	}
	switch src[j+1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2
	case 'u':
		if j+6 <= len(src) && jsonHex(src[j+2]) && jsonHex(src[j+3]) && jsonHex(src[j+4]) && jsonHex(src[j+5]) {
			return 6
		}
	}
	return 0
}

// jsonStops flags (with the high bit of the byte) the bytes of x that end
// a run of plain JSON string content: '"', '\\' and the control
// characters. The lowest flagged byte is the first such byte: a borrow
// only flags bytes above one that is flagged.
func jsonStops(x uint64) uint64 {
	q := x ^ (lsb8 * '"')
	b := x ^ (lsb8 * '\\')
	return ((q-lsb8)&^q | (b-lsb8)&^b | (x-lsb8*0x20)&^x) & msb8
}

// strInfo says what scanStringInfo saw in the raw bytes of a string.
type strInfo uint8

const (
	strEsc  strInfo = 1 << iota // a backslash escape
	strView                     // '%', DEL or a byte >= 0x80: the view of the content may differ from it
	strPlus                     // '+'
)

// viewStart returns where the view of content, a string scanStringInfo
// reported info of, starts to differ from it: len(content) when it does not.
func viewStart(content []byte, info strInfo) int {
	if info&strView == 0 {
		return len(content)
	}
	return nextStop(content, 0)
}

// strMaybe is what a caller that has not scanned a string assumes of it.
const strMaybe = strEsc | strView | strPlus

// scanStringInfo is scanString, which also reports what the string holds
// that the view (view.go) and the form splitting care about, in the same
// pass: a string with neither strEsc nor strView has no view to build.
func scanStringInfo(src []byte, i int) (end int, info strInfo, ok bool) {
	j := i + 1
	var view, plus uint64 // high bits of the bytes seen, 8 at a time
	for {
		for ; j+8 <= len(src); j += 8 {
			x := binary.LittleEndian.Uint64(src[j:])
			p := x ^ (lsb8 * '%')
			a := x ^ (lsb8 * '+')
			v := x | (x + lsb8) | (p-lsb8)&^p
			pl := (a - lsb8) &^ a
			if stop := jsonStops(x); stop != 0 {
				k := uint(bits.TrailingZeros64(stop)) &^ 7 // bit offset of the stop byte
				below := uint64(1)<<k - 1
				view |= v & below
				plus |= pl & below
				j += int(k >> 3)
				break // src[j] is the stop byte
			}
			view |= v
			plus |= pl
		}
		for j < len(src) && !strStop[src[j]] { // fewer than 8 bytes left
			switch c := src[j]; {
			case c == '%' || c >= 0x7f:
				info |= strView
			case c == '+':
				info |= strPlus
			}
			j++
		}
		if j >= len(src) {
			return j, info, false
		}
		switch src[j] {
		case '"':
			if view&msb8 != 0 {
				info |= strView
			}
			if plus&msb8 != 0 {
				info |= strPlus
			}
			return j + 1, info, true
		case '\\':
			info |= strEsc
			n := escapeLen(src, j)
			if n == 0 {
				return j, info, false
			}
			j += n
		default: // a raw control character
			return j, info, false
		}
	}
}

const (
	lsb8 = 0x0101010101010101
	msb8 = 0x8080808080808080
)

func jsonHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func jsonDigit(c byte) bool { return '0' <= c && c <= '9' }

// scanNumber checks the number at src[i] against JSON's grammar
// (-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?).
func scanNumber(src []byte, i int) (end int, ok bool) {
	if i < len(src) && src[i] == '-' {
		i++
	}
	switch {
	case i >= len(src) || !jsonDigit(src[i]):
		return i, false
	case src[i] == '0':
		i++
	default:
		for i < len(src) && jsonDigit(src[i]) {
			i++
		}
	}
	if i < len(src) && src[i] == '.' {
		i++
		if i >= len(src) || !jsonDigit(src[i]) {
			return i, false
		}
		for i < len(src) && jsonDigit(src[i]) {
			i++
		}
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		i++
		if i < len(src) && (src[i] == '+' || src[i] == '-') {
			i++
		}
		if i >= len(src) || !jsonDigit(src[i]) {
			return i, false
		}
		for i < len(src) && jsonDigit(src[i]) {
			i++
		}
	}
	return i, true
}

func scanLiteral(src []byte, i int) (end int, ok bool) {
	var lit string
	switch src[i] {
	case 't':
		lit = "true"
	case 'f':
		lit = "false"
	case 'n':
		lit = "null"
	default:
		return i, false
	}
	if len(src)-i >= len(lit) && string(src[i:i+len(lit)]) == lit {
		return i + len(lit), true
	}
	return i, false
}

// skipValue checks the value at src[i] (no leading space) and returns the
// offset just past it. When ok is false, end is the offset of the error.
func skipValue(src []byte, i, depth int) (end int, ok bool) {
	if i >= len(src) {
		return i, false
	}
	switch c := src[i]; {
	case c == '"':
		end, _, ok = scanString(src, i)
		return end, ok
	case c == '-' || jsonDigit(c):
		return scanNumber(src, i)
	case c != '{' && c != '[':
		return scanLiteral(src, i)
	}
	depth++
	if depth > maxJSONDepth {
		return i, false
	}
	obj := src[i] == '{'
	closer := byte(']')
	if obj {
		closer = '}'
	}
	i = skipWS(src, i+1)
	if i < len(src) && src[i] == closer {
		return i + 1, true
	}
	for {
		if obj {
			if i >= len(src) || src[i] != '"' {
				return i, false
			}
			if i, _, ok = scanString(src, i); !ok {
				return i, false
			}
			i = skipWS(src, i)
			if i >= len(src) || src[i] != ':' {
				return i, false
			}
			i = skipWS(src, i+1)
		}
		if i, ok = skipValue(src, i, depth); !ok {
			return i, false
		}
		i = skipWS(src, i)
		switch {
		case i >= len(src):
			return i, false
		case src[i] == ',':
			i = skipWS(src, i+1)
		case src[i] == closer:
			return i + 1, true
		default:
			return i, false
		}
	}
}

// appendUnescaped appends the decoded form of s, the checked content of a
// JSON string. A lone UTF-16 surrogate becomes U+FFFD.
func appendUnescaped(dst, s []byte) []byte {
	for i := 0; i < len(s); {
		k := bytes.IndexByte(s[i:], '\\')
		if k < 0 {
			return append(dst, s[i:]...)
		}
		dst = append(dst, s[i:i+k]...)
		i += k
		if i+1 >= len(s) {
			return dst
		}
		c := s[i+1]
		i += 2
		switch c {
		case 'b', 'f', 'n', 'r', 't':
			dst = append(dst, controlEscape[c])
		case 'u':
			if i+4 > len(s) {
				return dst
			}
			ru := hex4(s[i:])
			i += 4
			if utf16.IsSurrogate(ru) {
				r2 := utf8.RuneError
				if i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
					r2 = utf16.DecodeRune(ru, hex4(s[i+2:]))
				}
				if r2 != utf8.RuneError {
					i += 6
				}
				ru = r2
			}
			dst = utf8.AppendRune(dst, ru)
		default: // '"', '\\', '/'
			dst = append(dst, c)
		}
	}
	return dst
}

// controlEscape maps the letter of a JSON escape such as \n to the byte
// it stands for.
var controlEscape = [256]byte{'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

func hex4(s []byte) rune {
	var v rune
	for _, c := range s[:4] {
		v <<= 4
		switch {
		case c <= '9':
			v |= rune(c - '0')
		case c >= 'a':
			v |= rune(c - 'a' + 10)
		default:
			v |= rune(c - 'A' + 10)
		}
	}
	return v
}

const hexDigits = "0123456789abcdef"

// appendEscaped appends s as JSON string content: quote, backslash and
// control characters escaped, every other byte (invalid UTF-8 included) as
// it is.
func appendEscaped(dst, s []byte) []byte {
	start := 0
	for i, c := range s {
		if !strStop[c] {
			continue
		}
		dst = append(dst, s[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		}
		start = i + 1
	}
	return append(dst, s[start:]...)
}

// JSONField returns the raw value at path (dotted, e.g. "meta.log_type") in
// the JSON object rec: string values without their quotes (and unescaped
// only when they hold no escapes), other scalars as written. It does not
// allocate. ok is false when rec is not a JSON object or has no such field.
// The returned slice aliases rec.
func JSONField(rec []byte, path string) (v []byte, ok bool) {
	v, ok = JSONRaw(rec, path)
	if ok && v[0] == '"' {
		return v[1 : len(v)-1], true
	}
	return v, ok
}

// JSONRaw returns the value at path (dotted) in the JSON object rec as
// written: a string with its quotes and escapes, an object or array whole.
// It does not allocate; the returned slice aliases rec.
func JSONRaw(rec []byte, path string) (v []byte, ok bool) {
	i := skipWS(rec, 0)
	for {
		if i >= len(rec) || rec[i] != '{' || path == "" {
			return nil, false
		}
		seg, rest, more := strings.Cut(path, ".")
		if more && rest == "" {
			return nil, false
		}
		i = skipWS(rec, i+1)
		for {
			if i >= len(rec) || rec[i] != '"' {
				return nil, false
			}
			end, esc, ok := scanString(rec, i)
			if !ok {
				return nil, false
			}
			match := keyEqual(rec[i+1:end-1], esc, seg)
			i = skipWS(rec, end)
			if i >= len(rec) || rec[i] != ':' {
				return nil, false
			}
			i = skipWS(rec, i+1)
			if match {
				break
			}
			if i, ok = skipValue(rec, i, 1); !ok {
				return nil, false
			}
			i = skipWS(rec, i)
			if i >= len(rec) || rec[i] != ',' {
				return nil, false
			}
			i = skipWS(rec, i+1)
		}
		if more {
			path = rest
			continue
		}
		end, ok := skipValue(rec, i, 1)
		if !ok || end <= i {
			return nil, false
		}
		return rec[i:end], true
	}
}

// keyEqual compares a raw JSON key with name, decoding escapes, one at a
// time, when the key has any. It does not allocate.
func keyEqual(raw []byte, esc bool, name string) bool {
	if !esc {
		return string(raw) == name
	}
	var buf [8]byte
	for len(raw) > 0 {
		var dec []byte
		n := bytes.IndexByte(raw, '\\')
		switch {
		case n < 0:
			dec, n = raw, len(raw)
		case n > 0:
			dec = raw[:n]
		default:
			n = 2
			if len(raw) >= 6 && raw[1] == 'u' {
				n = 6
				if len(raw) >= 12 && raw[6] == '\\' && raw[7] == 'u' &&
					utf16.DecodeRune(hex4(raw[2:]), hex4(raw[8:])) != utf8.RuneError {
					n = 12 // a surrogate pair
				}
			}
			dec = appendUnescaped(buf[:0], raw[:n])
		}
		if len(name) < len(dec) || name[:len(dec)] != string(dec) {
			return false
		}
		name, raw = name[len(dec):], raw[n:]
	}
	return name == ""
}
