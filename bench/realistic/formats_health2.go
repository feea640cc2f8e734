package realistic

import (
	"strings"
)

// Health and HR integration logs, from the public documentation of each:
//
//   - hl7v2: HL7 v2.5.1 messages (chapter 2 encoding rules, chapter 3 ADT
//     segments, chapter 7 OBX) as integration engines log them: ADT^A01,
//     ADT^A04, ADT^A08 and ORU^R01 with MSH, EVN, PID, NK1, PV1 and OBX.
//     Fields '|', components '^', repetitions '~', escape '\', subcomponents
//     '&'. The segment terminator (a carriage return) is logged as the two
//     characters "\r", as "<CR>", as the raw byte, or as a blank; behind
//     Mirth Connect's log4j layout ("%-5p %d [%t] %c: %m") in a channel
//     script's logger, or bare.
//   - fhir_json: FHIR R4 resources as servers log them (Patient,
//     Encounter, Observation, AuditEvent), and the request lines of HAPI
//     FHIR's LoggingInterceptor and of an nginx gateway in front of it,
//     with search parameters (family, given, birthdate, identifier, phone,
//     email).
//   - hr_events: an HRIS's employee webhooks (BambooHR's webhook payload of
//     employees[].fields, Workday-style worker records), SCIM 2.0 (RFC 7643,
//     RFC 7644) /Users requests and responses, PatchOp bodies, ListResponse
//     and the SCIM server's access log with filter queries.
//
// Labels: names, dates of birth, phone numbers, e-mail addresses, street
// lines, SSNs, IBANs, next of kin, and the identifiers an organisation
// gives a person and asks for back (a medical record number, an employee
// number) are planted: an MRN names one patient across every system of a
// hospital. A server's surrogate keys (FHIR logical ids of Patient
// resources, SCIM ids) are left unlabelled: pseudonymous, meaningless off
// that server; ids of non-person resources (Observation, Encounter), message
// control ids, timestamps, LOINC and ICD-10 codes, HL7 table values, units,
// observation values, versions, schema URNs and counts are look-alikes.
// Administrative sex (M/F/male/female) is left unlabelled: one letter or
// word that no redactor removes without removing every other "F".

func (g *gen) dob() (y, m, d string) {
	y = g.num(1940, 2010)
	m = g.num(1, 12)
	if len(m) == 1 {
		m = "0" + m
	}
	d = g.num(1, 28)
	if len(d) == 1 {
		d = "0" + d
	}
	return
}

func (g *gen) mrn() string {
	switch g.rng.IntN(3) {
	case 0:
		return g.num(1000000, 9999999)
	case 1:
		return "MRN" + g.digits(8)
	}
	return "E" + g.digits(7)
}

// usPhone returns a NANP number of the 555-01xx fiction range as HL7's
// and HR systems write it.
func (g *gen) usPhone() (area, local, text string) {
	area = pick(g, []string{"201", "212", "415", "617", "217"})
	local = "55501" + g.digits(2)
	switch g.rng.IntN(3) {
	case 0:
		text = "(" + area + ")" + local[:3] + "-" + local[3:]
	case 1:
		text = area + "-" + local[:3] + "-" + local[3:]
	default:
		text = "+1 " + area + " " + local[:3] + " " + local[3:]
	}
	return
}

// hl7Esc escapes text as HL7 v2 (2.7) does: \F\ \S\ \T\ \R\ \E\.
func hl7Esc(s string) string {
	return strings.NewReplacer(`\`, `\E\`, "|", `\F\`, "^", `\S\`, "&", `\T\`, "~", `\R\`).Replace(s)
}

var hl7Facilities = []string{"EPIC^HOSP", "CERNER^STJ", "LAB^MAINLAB", "RIS^RADIOLOGY"}

var loincTests = [][4]string{
	{"2345-7", "Glucose", "mg/dL", "70-105"},
	{"718-7", "Hemoglobin", "g/dL", "12.0-16.0"},
	{"2951-2", "Sodium", "mmol/L", "135-145"},
	{"6690-2", "WBC", "10*3/uL", "4.5-11.0"},
	{"8867-4", "Heart rate", "/min", "60-100"},
}

// hl7v2 writes one message a record.
func (g *gen) hl7v2(st *streamState) Record {
	sep := []string{`\r`, "<CR>", "\r", " "}[st.variant%4]
	var segs []string
	ts := g.now.UTC().Format("20060102150405")
	g.keepAt("timestamp", ts)
	ctl := pick(g, []string{"MSG", "", "Q"}) + g.digits(8)
	g.keepAt("requestid", ctl, "|"+ctl+"|")
	typ := pick(g, []string{"ADT^A01^ADT_A01", "ADT^A04^ADT_A01", "ADT^A08^ADT_A01", "ORU^R01^ORU_R01", "ORU^R01^ORU_R01"})
	ver := pick(g, []string{"2.3", "2.5.1", "2.4"})
	g.keepAt("version", ver, "|"+ver)
	segs = append(segs, `MSH|^~\&|`+pick(g, hl7Facilities)+"|MIRTH|"+pick(g, []string{"HOSP", "MAIN"})+"|"+ts+"||"+typ+"|"+ctl+"|P|"+ver)
	if strings.HasPrefix(typ, "ADT") {
		segs = append(segs, "EVN|"+typ[4:7]+"|"+ts)
	}
	// PID
	first, last := g.name()
	middle := pick(g, []string{"Q", "", "Marie", "J"})
	mrn := g.mrn()
	g.plantAt("mrn", mrn)
	pid3 := mrn + "^^^" + pick(g, []string{"HOSP", "STJ", "MAIN"}) + "^MR"
	ssn := g.ssn()
	if g.pct(30) {
		ssn = strings.ReplaceAll(ssn, " ", "-")
		pid3 += "~" + ssn + "^^^USSSA^SS"
	}
	g.plantAt("name", last, hl7Esc(last))
	g.plantAt("name", first)
	y, m, d := g.dob()
	g.plantAt("birth_date", y+m+d)
	sex := pick(g, []string{"F", "M", "U"})
	street := g.street()
	g.plantAt("address", street, hl7Esc(street))
	city := pick(g, []string{"Springfield^IL^62701", "Boston^MA^02115", "Berlin^^10115", "Kyiv^^01001"})
	area, local, ph := g.usPhone()
	var pid13 string
	switch g.rng.IntN(3) {
	case 0:
		g.plantAt("phone", ph)
		pid13 = ph
	case 1:
		// XTN components: number, use code, equipment, e-mail, country,
		// area, local number.
		g.plantAt("phone", local, "^"+local)
		pid13 = "^PRN^PH^^1^" + area + "^" + local
	default:
		e := g.email(first, last)
		g.plantAt("phone", ph)
		g.plantAt("email", e)
		pid13 = ph + "^PRN^PH~^NET^Internet^" + e
	}
	mother := pick(g, lastNames)
	g.plantAt("name", mother, hl7Esc(mother))
	pid := "PID|1||" + pid3 + "||" + hl7Esc(last) + "^" + first + "^" + middle + "|" + hl7Esc(mother) + "|" + y + m + d + "|" + sex + "|||" +
		hl7Esc(street) + "^^" + city + "^USA||" + pid13 + "|||" + pick(g, []string{"S", "M", "W"}) + "||"
	acct := g.digits(9)
	pid += acct + "|"
	if g.pct(60) {
		s := strings.ReplaceAll(g.ssn(), " ", "-")
		g.plantAt("ssn", s)
		pid += s
	}
	if strings.Contains(pid3, "USSSA") {
		g.plantAt("ssn", ssn)
	}
	segs = append(segs, pid)
	if g.pct(50) {
		kf, kl := g.name()
		_, _, kph := g.usPhone()
		g.plantAt("name", kf)
		g.plantAt("name", kl, hl7Esc(kl))
		g.plantAt("phone", kph)
		rel := pick(g, []string{"SPO^Spouse^HL70063", "MTH^Mother^HL70063", "CHD^Child^HL70063"})
		segs = append(segs, "NK1|1|"+hl7Esc(kl)+"^"+kf+"|"+rel+"||"+kph+"||EC^Emergency Contact^HL70131")
	}
	df, dl := g.name()
	docID := g.digits(10)
	g.plantAt("name", dl, hl7Esc(dl))
	g.plantAt("name", df)
	visit := "V" + g.digits(8)
	segs = append(segs, "PV1|1|"+pick(g, []string{"I", "O", "E"})+"|4W^4"+g.digits(2)+"^A^HOSP||||"+docID+"^"+hl7Esc(dl)+"^"+df+"^^^DR^^^NPI|||MED||||1|||"+docID+"^"+hl7Esc(dl)+"^"+df+"|IP|"+visit+"|||||||||||||||||||||||||"+ts)
	if strings.HasPrefix(typ, "ORU") {
		segs = append(segs, "OBR|1|"+g.digits(7)+"|"+g.digits(7)+"|24323-8^Comprehensive metabolic panel^LN|||"+ts)
		for i := 1; i <= 1+g.rng.IntN(3); i++ {
			t := pick(g, loincTests)
			val := g.num(10, 150)
			if g.pct(40) {
				val += "." + g.digits(1)
			}
			g.keepAt("code", t[0], "|"+t[0]+"^")
			g.keepAt("counter", val, "|"+val+"|")
			segs = append(segs, "OBX|"+itoa(i)+"|NM|"+t[0]+"^"+t[1]+"^LN||"+val+"|"+t[2]+"|"+t[3]+"|N|||F|||"+ts)
		}
	} else if g.pct(40) {
		code := pick(g, []string{"J20.9", "I10", "E11.9", "S72.001A"})
		g.keepAt("code", code, "|"+code+"^")
		segs = append(segs, "DG1|1|I10|"+code+"^"+pick(g, []string{"Acute bronchitis", "Hypertension", "Diabetes", "Fracture"})+"^I10||"+ts+"|A")
	}
	msg := strings.Join(segs, sep)
	var b []byte
	switch st.variant % 3 {
	case 0:
		// Mirth Connect: a channel's JavaScript logger.
		thr := pick(g, []string{"ADT Inbound", "LAB Results", "ORU to EHR"})
		b = append(b, "INFO  "+g.now.UTC().Format("2006-01-02 15:04:05,000")+" ["+thr+" JavaScript Transformer Step on "+thr+" ("+g.uuid()+"), Destination 1] transformer: Received message: "...)
	case 1:
		b = append(b, g.now.UTC().Format("2006-01-02T15:04:05.000Z")+" [hl7-listener] INFO  inbound message ("+itoa(len(msg))+" bytes): "...)
	}
	b = append(b, msg...)
	return Record{Line: b}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for n > 0 {
		d = append([]byte{byte('0' + n%10)}, d...)
		n /= 10
	}
	return string(d)
}

// fhirJSON writes FHIR R4 resources and request log lines.
func (g *gen) fhirJSON(st *streamState) Record {
	first, last := g.name()
	pid := g.num(100, 99999)
	if g.pct(40) {
		pid = g.uuid()
	}
	switch g.rng.IntN(7) {
	case 0, 1:
		return g.fhirPatient(first, last, pid)
	case 2:
		return g.fhirObservation(first, last, pid)
	case 3:
		return g.fhirEncounter(pid)
	case 4:
		return g.fhirAudit(pid)
	}
	return g.fhirRequest(first, last, pid)
}

func (g *gen) fhirMeta(b []byte) []byte {
	b = jo(b, "meta")
	b = g.jk(b, "versionId", "version", g.num(1, 9))
	b = g.jk(b, "lastUpdated", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000+00:00"))
	return append(b, '}')
}

func (g *gen) fhirPatient(first, last, pid string) Record {
	b := []byte(`{"resourceType":"Patient"`)
	b = g.js(b, "id", pid)
	b = g.fhirMeta(b)
	b = ja(b, "identifier")
	b = jo(b, "")
	b = g.js(b, "use", "usual")
	b = append(b, `,"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]}`...)
	b = g.js(b, "system", "urn:oid:1.2.36.146.595.217.0.1")
	b = g.jp(b, "value", "mrn", g.mrn())
	b = append(b, '}')
	if g.pct(50) {
		b = jo(b, "")
		b = g.js(b, "system", "http://hl7.org/fhir/sid/us-ssn")
		b = g.jp(b, "value", "ssn", strings.ReplaceAll(g.ssn(), " ", "-"))
		b = append(b, '}')
	}
	b = append(b, `],"active":true`...)
	b = ja(b, "name")
	b = jo(b, "")
	b = g.js(b, "use", "official")
	b = g.jp(b, "family", "name", last)
	b = ja(b, "given")
	b = append(b, '"')
	b = append(b, jsonEsc(first)...)
	g.plantAt("name", first, jsonEsc(first))
	b = append(b, `"]`...)
	if g.pct(40) {
		b = g.jp(b, "text", "name", first+" "+last)
	}
	b = append(b, "}]"...)
	b = ja(b, "telecom")
	_, _, ph := g.usPhone()
	b = jo(b, "")
	b = g.js(b, "system", "phone")
	b = g.jp(b, "value", "phone", ph)
	b = g.js(b, "use", pick(g, []string{"home", "mobile", "work"}))
	b = append(b, '}')
	b = jo(b, "")
	b = g.js(b, "system", "email")
	b = g.jp(b, "value", "email", g.email(first, last))
	b = append(b, "}]"...)
	b = g.js(b, "gender", pick(g, []string{"female", "male", "unknown"}))
	y, m, d := g.dob()
	b = g.jp(b, "birthDate", "birth_date", y+"-"+m+"-"+d)
	b = ja(b, "address")
	b = jo(b, "")
	b = g.js(b, "use", "home")
	b = ja(b, "line")
	st := g.street()
	b = append(b, '"')
	b = append(b, jsonEsc(st)...)
	g.plantAt("address", st, jsonEsc(st))
	b = append(b, `"]`...)
	b = g.js(b, "city", pick(g, []string{"Springfield", "Boston", "Berlin"}))
	b = g.js(b, "postalCode", g.digits(5))
	b = g.js(b, "country", "US")
	b = append(b, "}]"...)
	if g.pct(50) {
		kf, kl := g.name()
		_, _, kph := g.usPhone()
		b = append(b, `,"contact":[{"relationship":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0131","code":"N"}]}]`...)
		b = jo(b, "name")
		b = g.jp(b, "family", "name", kl)
		b = ja(b, "given")
		b = append(b, '"')
		b = append(b, jsonEsc(kf)...)
		g.plantAt("name", kf, jsonEsc(kf))
		b = append(b, `"]}`...)
		b = append(b, `,"telecom":[{"system":"phone"`...)
		b = g.jp(b, "value", "phone", kph)
		b = append(b, "}]}]"...)
	}
	b = append(b, `,"managingOrganization":{"reference":"Organization/1"}}`...)
	return Record{Line: b}
}

func (g *gen) fhirObservation(first, last, pid string) Record {
	t := pick(g, loincTests)
	b := []byte(`{"resourceType":"Observation"`)
	oid := g.num(1000, 999999)
	b = g.jk(b, "id", "requestid", oid)
	b = g.fhirMeta(b)
	b = g.js(b, "status", "final")
	b = append(b, `,"code":{"coding":[{"system":"http://loinc.org"`...)
	b = g.jk(b, "code", "code", t[0])
	b = g.js(b, "display", t[1])
	b = append(b, "}]}"...)
	b = jo(b, "subject")
	b = g.js(b, "reference", "Patient/"+pid)
	if g.pct(50) {
		b = g.jp(b, "display", "name", first+" "+last)
	}
	b = append(b, '}')
	b = g.jk(b, "effectiveDateTime", "timestamp", g.now.UTC().Add(-3600e9).Format("2006-01-02T15:04:05Z"))
	val := g.num(10, 150) + "." + g.digits(1)
	b = append(b, `,"valueQuantity":{"value":`...)
	b = append(b, val...)
	g.keepAt("counter", val, `"value":`+val)
	b = g.js(b, "unit", t[2])
	b = append(b, `,"system":"http://unitsofmeasure.org"}}`...)
	return Record{Line: b}
}

func (g *gen) fhirEncounter(pid string) Record {
	b := []byte(`{"resourceType":"Encounter"`)
	b = g.jk(b, "id", "requestid", "enc-"+g.num(1000, 999999))
	b = g.fhirMeta(b)
	b = g.js(b, "status", "finished")
	b = append(b, `,"class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB","display":"ambulatory"}`...)
	b = jo(b, "subject")
	b = g.js(b, "reference", "Patient/"+pid)
	b = append(b, '}')
	df, dl := g.name()
	b = append(b, `,"participant":[{"individual":{"reference":"Practitioner/`...)
	b = append(b, g.num(1, 999)...)
	b = append(b, '"')
	b = g.jp(b, "display", "name", "Dr "+df+" "+dl)
	b = append(b, "}}]"...)
	b = jo(b, "period")
	b = g.jk(b, "start", "timestamp", g.now.UTC().Add(-7200e9).Format("2006-01-02T15:04:05Z"))
	b = g.jk(b, "end", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	b = append(b, '}')
	code := pick(g, []string{"J20.9", "I10", "E11.9", "S72.001A"})
	b = append(b, `,"reasonCode":[{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10"`...)
	b = g.jk(b, "code", "code", code)
	return Record{Line: append(b, "}]}]}"...)}
}

func (g *gen) fhirAudit(pid string) Record {
	b := []byte(`{"resourceType":"AuditEvent"`)
	b = g.jk(b, "id", "uuid", g.uuid())
	b = append(b, `,"type":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"110110","display":"Patient Record"}`...)
	b = g.js(b, "action", pick(g, []string{"R", "U", "C"}))
	b = g.jk(b, "recorded", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.js(b, "outcome", "0")
	b = append(b, `,"agent":[{"who":{"identifier":{`...)
	login := g.personLogin()
	b = g.jp(b, "value", "name", login)
	b = append(b, `}}`...)
	if g.pct(50) {
		f, l := g.name()
		b = g.jp(b, "name", "name", f+" "+l)
	}
	b = append(b, `,"requestor":true,"network":{`...)
	ip, cat := g.clientIP()
	b = g.jp(b, "address", cat, ip)
	b = append(b, `,"type":"2"}}]`...)
	b = append(b, `,"source":{"observer":{"display":"fhir.example.org"}}`...)
	b = append(b, `,"entity":[{"what":{"reference":"Patient/`...)
	b = append(b, pid...)
	b = append(b, `/_history/`...)
	b = append(b, g.num(1, 9)...)
	return Record{Line: append(b, `"}}]}`...)}
}

func (g *gen) fhirRequest(first, last, pid string) Record {
	var q string
	hapi, obs := g.pct(50), false
	if !hapi && g.pct(30) {
		obs = true
	}
	if !obs {
		q = g.fhirSearch(first, last)
	}
	ip, cat := g.clientIP()
	g.plantAt(cat, ip)
	if hapi {
		// HAPI FHIR LoggingInterceptor default message format.
		ts := g.now.UTC().Format("2006-01-02 15:04:05.000")
		g.keepAt("timestamp", ts)
		return Record{Line: []byte(ts + " [http-nio-8080-exec-" + g.num(1, 20) + "] INFO  fhirtest.access [LoggingInterceptor.java:175] Path[/fhir] Source[" + ip +
			"] Operation[search-type Patient] UA[HAPI-FHIR/6.10.0 (FHIR Client; FHIR 4.0.1/R4; apache)] Params[?" + q + "] ResponseEncoding[JSON] Operation[read Patient/" + pid + "]")}
	}
	path := "/fhir/Patient?" + q
	if obs {
		path = "/fhir/Observation?subject=Patient/" + pid + "&code=http://loinc.org%7C" + pick(g, loincTests)[0]
	}
	b := []byte(ip + " - - [" + g.now.UTC().Format("02/Jan/2006:15:04:05 -0700") + "] \"GET " + path + " HTTP/1.1\" 200 " + g.num(300, 9000) + " \"-\" \"HAPI-FHIR/6.10.0 (FHIR Client; FHIR 4.0.1/R4; okhttp)\"")
	return Record{Line: b}
}

// fhirSearch returns the query of a Patient search, its values planted.
func (g *gen) fhirSearch(first, last string) string {
	var q string
	switch g.rng.IntN(4) {
	case 0:
		y, m, d := g.dob()
		dob := y + "-" + m + "-" + d
		g.plantAt("name", last, pctEnc(last, false, false))
		g.plantAt("name", first, pctEnc(first, false, false))
		g.plantAt("birth_date", dob)
		q = "family=" + pctEnc(last, false, false) + "&given=" + pctEnc(first, false, false) + "&birthdate=" + dob
	case 1:
		mrn := g.mrn()
		g.plantAt("mrn", mrn)
		q = "identifier=urn:oid:1.2.36.146.595.217.0.1%7C" + mrn
	case 2:
		e := g.email(first, last)
		g.plantAt("email", e, pctEnc(e, false, false))
		q = "email=" + pctEnc(e, false, false)
	default:
		_, local, ph := g.usPhone()
		_ = local
		g.plantAt("phone", ph, pctEnc(ph, false, false))
		q = "phone=" + pctEnc(ph, false, false) + "&_count=" + g.num(10, 50)
	}
	return q
}

// hrEvents writes HRIS webhooks, SCIM bodies and a SCIM server's access
// log.
func (g *gen) hrEvents(st *streamState) Record {
	first, last := g.name()
	switch g.rng.IntN(6) {
	case 0:
		return g.bambooHook(first, last)
	case 1:
		return g.workerRecord(first, last)
	case 2, 3:
		return g.scimUser(first, last)
	case 4:
		return g.scimPatch(first, last)
	}
	return g.scimAccess(first, last)
}

func (g *gen) empNo() string {
	if g.pct(50) {
		return g.num(10000, 999999)
	}
	return "E" + g.digits(6)
}

func (g *gen) bambooHook(first, last string) Record {
	b := []byte(`{"employees":[{`)
	id := g.empNo()
	b = g.js(b, "id", g.num(100, 9999)) // BambooHR's own id: a surrogate key
	b = append(b, `,"timestamp":"`...)
	ts := g.now.UTC().Format("2006-01-02T15:04:05+00:00")
	g.keepAt("timestamp", ts)
	b = append(b, ts...)
	b = append(b, `","fields":{`...)
	b = g.jp(b, "employeeNumber", "employee_id", id)
	b = g.jp(b, "firstName", "name", first)
	b = g.jp(b, "lastName", "name", last)
	b = g.jp(b, "workEmail", "email", g.email(first, last))
	_, _, ph := g.usPhone()
	b = g.jp(b, "homePhone", "phone", ph)
	b = g.jp(b, "mobilePhone", "phone", g.phone())
	y, m, d := g.dob()
	b = g.jp(b, "dateOfBirth", "birth_date", y+"-"+m+"-"+d)
	b = g.jp(b, "address1", "address", g.street())
	b = g.js(b, "city", pick(g, []string{"Lindon", "Austin", "Berlin"}))
	b = g.js(b, "department", pick(g, []string{"Engineering", "Sales", "Finance"}))
	b = g.js(b, "jobTitle", pick(g, []string{"Account Executive", "Software Engineer", "Controller"}))
	b = g.jk(b, "hireDate", "timestamp", g.num(2015, 2026)+"-0"+g.num(1, 9)+"-1"+g.num(0, 9))
	b = append(b, `},"changedFields":["firstName","homePhone","address1"]}]}`...)
	return Record{Line: b}
}

func (g *gen) workerRecord(first, last string) Record {
	b := []byte(`{"event":"worker.hired"`)
	b = g.jk(b, "eventId", "uuid", g.uuid())
	b = jo(b, "worker")
	b = g.jp(b, "Employee_ID", "employee_id", g.empNo())
	b = jo(b, "Legal_Name")
	b = g.jp(b, "First_Name", "name", first)
	b = g.jp(b, "Last_Name", "name", last)
	b = append(b, '}')
	b = g.jp(b, "Email_Address", "email", g.email(first, last))
	b = g.jp(b, "Phone_Number", "phone", g.phone())
	y, m, d := g.dob()
	b = g.jp(b, "Birth_Date", "birth_date", y+"-"+m+"-"+d)
	if g.pct(50) {
		b = g.jp(b, "National_ID", "ssn", strings.ReplaceAll(g.ssn(), " ", "-"))
	} else {
		b = g.jp(b, "SSN", "ssn", g.ssn())
	}
	b = jo(b, "Payment_Election")
	b = g.jp(b, "IBAN", "iban", g.iban())
	b = g.jp(b, "Account_Holder", "name", first+" "+last)
	b = append(b, '}')
	b = jo(b, "Home_Address")
	b = g.jp(b, "Address_Line_1", "address", g.street())
	b = g.js(b, "Municipality", pick(g, []string{"Pleasanton", "Dublin", "Berlin"}))
	b = g.js(b, "Country", "US")
	b = append(b, '}')
	b = g.jk(b, "Hire_Date", "timestamp", g.now.UTC().Format("2006-01-02"))
	b = g.js(b, "Organization", "Supervisory_Org_"+g.num(100, 999))
	return Record{Line: append(b, "}}"...)}
}

const scimUserURN = "urn:ietf:params:scim:schemas:core:2.0:User"
const scimEntURN = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"

func (g *gen) scimUser(first, last string) Record {
	e := g.email(first, last)
	b := []byte(`{"schemas":["` + scimUserURN + `","` + scimEntURN + `"]`)
	g.keepAt("urn", scimUserURN)
	id := g.uuid()
	resp := g.pct(50)
	if resp {
		b = g.js(b, "id", id)
	}
	b = g.jk(b, "externalId", "uuid", g.uuid())
	b = g.jp(b, "userName", "email", e)
	b = jo(b, "name")
	b = g.jp(b, "formatted", "name", first+" "+last)
	b = g.jp(b, "familyName", "name", last)
	b = g.jp(b, "givenName", "name", first)
	b = append(b, '}')
	b = g.jp(b, "displayName", "name", first+" "+last)
	b = append(b, `,"active":true,"emails":[{`...)
	b = g.jp(b, "value", "email", e)
	b = append(b, `,"type":"work","primary":true}],"phoneNumbers":[{`...)
	b = g.jp(b, "value", "phone", g.phone())
	b = append(b, `,"type":"mobile"}],"addresses":[{"type":"home"`...)
	b = g.jp(b, "streetAddress", "address", g.street())
	b = g.js(b, "locality", pick(g, []string{"Hollywood", "Berlin", "Kyiv"}))
	b = g.js(b, "postalCode", g.digits(5))
	b = g.js(b, "country", "US")
	b = append(b, `,"primary":true}]`...)
	b = jo(b, scimEntURN)
	b = g.jp(b, "employeeNumber", "employee_id", g.empNo())
	b = g.js(b, "costCenter", g.num(1000, 9999))
	b = g.js(b, "department", pick(g, []string{"Tour Operations", "Engineering", "Finance"}))
	b = jo(b, "manager")
	b = g.js(b, "value", g.uuid())
	mf, ml := g.name()
	b = g.jp(b, "displayName", "name", mf+" "+ml)
	b = append(b, "}}"...)
	if resp {
		b = jo(b, "meta")
		b = g.js(b, "resourceType", "User")
		b = g.jk(b, "created", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
		b = g.jk(b, "lastModified", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
		b = g.js(b, "location", "https://scim.example.com/scim/v2/Users/"+id)
		v := g.hexID(16)
		b = g.jk(b, "version", "hash", `W/"`+v+`"`)
		b = append(b, '}')
	}
	return Record{Line: append(b, '}')}
}

func (g *gen) scimPatch(first, last string) Record {
	b := []byte(`{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[`)
	g.keepAt("urn", "urn:ietf:params:scim:api:messages:2.0:PatchOp")
	b = append(b, `{"op":"replace","path":"name.familyName"`...)
	b = g.jp(b, "value", "name", last)
	b = append(b, `},{"op":"replace","path":"emails[type eq \"work\"].value"`...)
	b = g.jp(b, "value", "email", g.email(first, last))
	b = append(b, `},{"op":"add","path":"phoneNumbers[type eq \"mobile\"].value"`...)
	b = g.jp(b, "value", "phone", g.phone())
	b = append(b, `},{"op":"replace","path":"active","value":false}`...)
	if g.pct(50) {
		b = append(b, `,{"op":"replace","value":{`...)
		b = g.jp(b, "displayName", "name", first+" "+last)
		b = append(b, "}}"...)
	}
	return Record{Line: append(b, "]}"...)}
}

func (g *gen) scimAccess(first, last string) Record {
	ip, cat := g.clientIP()
	g.plantAt(cat, ip)
	var path string
	switch g.rng.IntN(3) {
	case 0:
		e := g.email(first, last)
		f := `userName eq "` + e + `"`
		g.plantAt("email", e, pctEnc(e, false, false))
		path = "/scim/v2/Users?filter=" + pctEnc(f, false, false) + "&startIndex=1&count=100"
	case 1:
		path = "/scim/v2/Users/" + g.uuid()
	default:
		f := `name.familyName eq "` + last + `"`
		g.plantAt("name", last, pctEnc(last, false, false))
		path = "/scim/v2/Users?filter=" + pctEnc(f, false, false)
	}
	method := pick(g, []string{"GET", "GET", "PATCH", "PUT"})
	size := g.num(200, 4000)
	g.keepAt("bytes", size, " "+size+" ")
	return Record{Line: []byte(ip + " - - [" + g.now.UTC().Format("02/Jan/2006:15:04:05 -0700") + "] \"" + method + " " + path + " HTTP/1.1\" 200 " + size + " \"-\" \"Okta SCIM Client 1.0.0\"")}
}
