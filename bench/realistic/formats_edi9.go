package realistic

import (
	"strings"
)

// Interchange formats of health care, imaging and payments, as the
// integration engines and hubs between two systems log them:
//
//   - edi_health_x12: ASC X12 005010 health care transactions (837P and
//     837I claims, 270/271 eligibility inquiry and response, 835
//     remittance advice) from the HIPAA implementation guides' segment
//     lists: ISA (fixed-width, blank-padded), GS, ST, BHT, HL, NM1 by
//     entity code (IL subscriber, QC patient, 85 billing provider, PR
//     payer, 41 submitter) with its id qualifier (MI member id, XX NPI,
//     PI payer id, 46 ETIN), N3/N4 addresses, DMG (D8 birth date and
//     gender), REF (SY social security number, 1W member id, EI employer
//     id), PER (IC contact with TE phone and EM e-mail), CLM, HI, SV1,
//     TRN, EQ/EB, BPR, CLP, SE/GE/IEA. Element separator '*', component
//     ':', repetition '^', segment terminator '~'. Logged as the whole
//     interchange on one line behind a log4j prefix, as a segment-per-line
//     dump (one record a segment), or as a Mirth- or Rhapsody-like JSON
//     log event with the raw interchange in a string ("~\n" between
//     segments, escaped).
//   - dicom_headers: DICOM data sets (PS3.6 data dictionary) as DCMTK's
//     dcmdump prints them ("(0010,0010) PN [DOE^JANE]   #  8, 1
//     PatientName", "(no value available)" for empty elements), as
//     pydicom prints a Dataset ("(0010,0010) Patient's Name   PN:
//     'DOE^JANE'"), one element a record, and the DICOM JSON model of
//     PS3.18 F.2 (tags as eight hex digits, "vr", "Value" arrays, PN as
//     {"Alphabetic": ...}) as a DICOMweb QIDO-RS response logs it.
//   - swift_iso20022: SWIFT FIN MT103 (blocks 1 to 5, block 4 fields :20:
//     :23B: :32A: :50K: or :50F: :52A: :57A: :59: :70: :71A:) with the
//     lines of block 4 written as the escapes "\r\n" or "\n" or joined by a
//     blank; ISO 20022 pacs.008 and pain.001 credit transfer fragments
//     (GrpHdr/MsgId, PmtId with EndToEndId and UETR, Dbtr/Nm, PstlAdr
//     StrtNm/BldgNb/PstCd/TwnNm/Ctry, DbtrAcct/Id/IBAN or Othr/Id,
//     CtctDtls EmailAdr and PhneNb "+CC-number", RmtInf/Ustrd); UN/EDIFACT
//     PAXLST (UNA, UNB, UNH, BGM+745, NAD+MS contact with COM, TDT flight,
//     LOC/DTM legs, NAD+FL passengers with ATT+2 gender, DTM+329 birth
//     date YYMMDD, NAT+2, RFF+AVF booking reference, DOC+P passport with
//     DTM+36 expiry, CNT, UNT, UNZ; '?' releasing '+:?' and the
//     apostrophe) as an API-PNR gateway logs it.
//
// Planted: names of persons (subscribers, patients, individual providers,
// contacts, operators, referring physicians, debtors, creditors,
// passengers), birth dates, member ids and patient ids, social security
// numbers, passport numbers, street lines, phone numbers, e-mail addresses,
// IBANs and other account numbers of persons. Kept: interchange, group and
// transaction control numbers, dates and times, organisation NPIs and
// employer ids (an organisation's, 9 and 10 digits like an SSN or a phone
// number), claim and trace numbers, amounts, DICOM UIDs, BICs, message
// references, UETRs, value dates, flight numbers. Left unlabelled: gender
// codes (one letter), cities and postcodes (as in hl7v2), organisation
// names, an individual provider's NPI (public in NPPES: either outcome is
// acceptable), the patient control number and the DICOM accession number
// (a provider's own ids that PS3.15 de-identification removes but that
// name no one off that provider), institution names.

// x12Seg collects the segments of one message and the labels of each, so
// that a message can be written on one line or one segment a record.
type x12Seg struct {
	segs   []string
	plants [][]Value
	keeps  [][]Value
}

func (g *gen) addSeg(m *x12Seg, s string) {
	m.segs = append(m.segs, s)
	m.plants = append(m.plants, g.plants)
	m.keeps = append(m.keeps, g.keeps)
	g.plants, g.keeps = nil, nil
}

// npi returns a National Provider Identifier: nine digits and a Luhn
// check digit computed with the 80840 prefix (CMS NPI check digit).
func (g *gen) npi() string {
	d := pick(g, []string{"1", "2"}) + g.digits(8)
	c := luhnCheck("80840" + d)
	return d + string(rune('0'+c))
}

func up(s string) string { return strings.ToUpper(ascii(s)) }

var x12Orgs = []string{"NORTHWIND CLINICAL LABS", "RIVERBEND ORTHOPEDICS PC", "LAKESIDE IMAGING CTR", "CONTOSO HEALTH PLAN", "FABRIKAM DENTAL GROUP"}
var x12Payers = []string{"BLUE RIVER HEALTH PLAN", "ACME CASUALTY INS", "MEDICAID OF STATE", "UNITED BENEFITS ADMIN"}
var x12Cities = [][3]string{{"SPRINGFIELD", "IL", "62701"}, {"MIAMI", "FL", "33111"}, {"BOSTON", "MA", "021154401"}, {"AUSTIN", "TX", "78701"}}

// x12Person plants an NM1 person (entity code ent) with its id, address
// and demographics and returns the segments.
func (g *gen) x12Person(m *x12Seg, ent string, withAddr, withDMG bool) {
	first, last := g.name()
	F, L := up(first), up(last)
	g.plantAt("name", L)
	g.plantAt("name", F)
	mid := pick(g, []string{"", "", "Q", "MARIE"})
	s := "NM1*" + ent + "*1*" + L + "*" + F + "*" + mid
	if ent == "IL" || g.pct(40) {
		mem := pick(g, []string{"W", "XYZ", "", "JQH"}) + g.digits(9)
		if ent == "QC" && g.pct(50) {
			mem += "01"
		}
		g.plantAt("memberid", mem)
		s += "***MI*" + mem
	}
	g.addSeg(m, s)
	if withAddr {
		st := up(g.usStreet())
		g.plantAt("address", st)
		seg := "N3*" + st
		if g.pct(25) {
			seg += "*APT " + g.num(1, 40) + pick(g, []string{"A", "B", ""})
		}
		g.addSeg(m, seg)
		c := pick(g, x12Cities)
		g.addSeg(m, "N4*"+c[0]+"*"+c[1]+"*"+c[2])
	}
	if withDMG {
		y, mo, d := g.dob()
		g.plantAt("birth_date", y+mo+d, "*"+y+mo+d)
		g.addSeg(m, "DMG*D8*"+y+mo+d+"*"+pick(g, []string{"F", "M", "U"}))
	}
	if ent == "IL" && g.pct(30) {
		ssn := strings.NewReplacer(" ", "", "-", "").Replace(g.ssn())
		g.plantAt("ssn", ssn)
		g.addSeg(m, "REF*SY*"+ssn)
	}
	if ent == "IL" && g.pct(25) {
		mem := g.digits(3) + "-" + g.digits(2) + "-" + g.digits(4) + "-" + g.digits(2)
		g.plantAt("memberid", mem)
		g.addSeg(m, "REF*1W*"+mem)
	}
}

// usStreet returns a US street line as claims carry it.
func (g *gen) usStreet() string {
	return g.num(1, 9999) + " " + pick(g, []string{"N MAIN ST", "Oak Street", "Maple Ave", "SEAWAY DR", "W 42ND ST", "Elm Court"})
}

// x12Contact plants a PER contact: a person's name with phone and e-mail.
func (g *gen) x12Contact(m *x12Seg, fn string) {
	first, last := g.name()
	F, L := up(first), up(last)
	g.plantAt("name", F)
	g.plantAt("name", L)
	_, _, ph := g.usPhone()
	ph = strings.NewReplacer("(", "", ")", "", "-", "", " ", "", "+1", "").Replace(ph)
	g.plantAt("phone", ph)
	s := "PER*" + fn + "*" + F + " " + L + "*TE*" + ph
	if g.pct(60) {
		e := strings.ToUpper(g.email(first, last))
		g.plantAt("email", e)
		s += "*EM*" + e
	} else if g.pct(50) {
		ext := g.num(100, 999)
		s += "*EX*" + ext
	}
	g.addSeg(m, s)
}

// x12Org writes an organisation's NM1 with its NPI or ETIN kept.
func (g *gen) x12Org(m *x12Seg, ent, name string) {
	if g.pct(70) {
		n := g.npi()
		g.keepAt("uniqueid", n, "*XX*"+n)
		g.addSeg(m, "NM1*"+ent+"*2*"+name+"*****XX*"+n)
		return
	}
	id := g.chars(2, "ABCDEFGHJKLMNPQRSTUVWXYZ") + g.digits(5)
	g.keepAt("uniqueid", id, "*46*"+id)
	g.addSeg(m, "NM1*"+ent+"*2*"+name+"*****46*"+id)
}

func (g *gen) x12Message(st *streamState) (*x12Seg, string) {
	m := &x12Seg{}
	d8 := g.now.UTC().Format("20060102")
	d6 := d8[2:]
	hm := g.now.UTC().Format("1504")
	ctl := g.digits(9)
	pad := func(s string, n int) string { return s + strings.Repeat(" ", n-len(s)) }
	snd, rcv := pick(g, []string{"SUBMIT01", "CLEARHSE7", "133052274"}), pick(g, []string{"RECEIVER22", "610279", "PAYERX"})
	g.keepAt("requestid", ctl, "*"+ctl+"*")
	kind := pick(g, []string{"837P", "837P", "837I", "270", "271", "835"})
	g.addSeg(m, "ISA*00*          *00*          *ZZ*"+pad(snd, 15)+"*ZZ*"+pad(rcv, 15)+"*"+d6+"*"+hm+"*^*00501*"+ctl+"*0*"+pick(g, []string{"P", "T"})+"*:")
	gsCode, impl, stID := "HC", "005010X222A1", "837"
	switch kind {
	case "837I":
		impl = "005010X223A2"
	case "270":
		gsCode, impl, stID = "HS", "005010X279A1", "270"
	case "271":
		gsCode, impl, stID = "HB", "005010X279A1", "271"
	case "835":
		gsCode, impl, stID = "HP", "005010X221A1", "835"
	}
	grp := g.num(1, 99999)
	g.keepAt("timestamp", d8, "*"+d8+"*")
	g.addSeg(m, "GS*"+gsCode+"*"+strings.TrimSpace(snd)+"*"+rcv+"*"+d8+"*"+hm+"*"+grp+"*X*"+impl)
	stc := "0" + g.digits(3)
	g.keepAt("requestid", stc, "ST*"+stID+"*"+stc)
	g.addSeg(m, "ST*"+stID+"*"+stc+"*"+impl)
	switch kind {
	case "837P", "837I":
		bref := g.digits(4) + g.chars(3, "ABCDEFGHJKLMNPQRSTUVWXYZ")
		g.keepAt("requestid", bref, "*"+bref+"*")
		g.addSeg(m, "BHT*0019*00*"+bref+"*"+d8+"*"+hm+"*CH")
		g.x12Org(m, "41", pick(g, x12Orgs))
		g.x12Contact(m, "IC")
		g.addSeg(m, "NM1*40*2*"+pick(g, x12Payers)+"*****46*"+g.digits(5))
		g.addSeg(m, "HL*1**20*1")
		if g.pct(35) {
			// An individual billing provider: a person, whose NPI is
			// public in NPPES (unlabelled).
			first, last := g.name()
			F, L := up(first), up(last)
			g.plantAt("name", L)
			g.plantAt("name", F)
			g.addSeg(m, "NM1*85*1*"+L+"*"+F+"****XX*"+g.npi())
		} else {
			g.x12Org(m, "85", pick(g, x12Orgs))
		}
		g.addSeg(m, "N3*"+g.num(100, 999)+" HEALTHCARE PKWY")
		c := pick(g, x12Cities)
		g.addSeg(m, "N4*"+c[0]+"*"+c[1]+"*"+c[2])
		ein := g.num(10, 99) + g.digits(7)
		g.keepAt("account", ein, "REF*EI*"+ein)
		g.addSeg(m, "REF*EI*"+ein)
		g.addSeg(m, "HL*2*1*22*"+pick(g, []string{"0", "1"}))
		grpNo := g.digits(5) + "-A"
		g.addSeg(m, "SBR*P*"+pick(g, []string{"18", ""})+"*"+grpNo+"******"+pick(g, []string{"CI", "HM", "MC"}))
		g.x12Person(m, "IL", true, true)
		g.addSeg(m, "NM1*PR*2*"+pick(g, x12Payers)+"*****PI*"+g.digits(5))
		if g.pct(40) {
			g.addSeg(m, "HL*3*2*23*0")
			g.addSeg(m, "PAT*"+pick(g, []string{"19", "01"}))
			g.x12Person(m, "QC", true, true)
		}
		acct := g.digits(2) + pick(g, []string{"A", "B", ""}) + g.digits(6)
		amt := g.num(40, 4000) + "." + g.digits(2)
		g.keepAt("amount", amt, "*"+amt+"*")
		pos := "11:B:1"
		if kind == "837I" {
			pos = "13:A:1"
		}
		g.addSeg(m, "CLM*"+acct+"*"+amt+"***"+pos+"*Y*A*Y*Y")
		ref := g.digits(17)
		g.keepAt("requestid", ref, "REF*D9*"+ref)
		g.addSeg(m, "REF*D9*"+ref)
		icd := pick(g, []string{"J0300", "R509", "E119", "I10", "M545"})
		g.keepAt("code", icd, ":"+icd)
		g.addSeg(m, "HI*ABK:"+icd+pick(g, []string{"", "*ABF:Z0000"}))
		g.addSeg(m, "LX*1")
		cpt := pick(g, []string{"99213", "99214", "80053", "71046"})
		g.keepAt("code", cpt, "HC:"+cpt)
		svc := "SV1*HC:" + cpt + "*" + amt + "*UN*1***1"
		if kind == "837I" {
			svc = "SV2*0450*HC:" + cpt + "*" + amt + "*UN*1"
		}
		g.addSeg(m, svc)
		dos := g.now.UTC().AddDate(0, 0, -g.rng.IntN(30)).Format("20060102")
		g.keepAt("timestamp", dos, "D8*"+dos)
		g.addSeg(m, "DTP*472*D8*"+dos)
	case "270", "271":
		bref := g.digits(8)
		g.keepAt("requestid", bref, "*"+bref+"*")
		g.addSeg(m, "BHT*0022*"+map[string]string{"270": "13", "271": "11"}[kind]+"*"+bref+"*"+d8+"*"+hm)
		g.addSeg(m, "HL*1**20*1")
		g.addSeg(m, "NM1*PR*2*"+pick(g, x12Payers)+"*****PI*"+g.digits(5))
		if kind == "271" && g.pct(50) {
			g.addSeg(m, "PER*IC**UR*https://payer.example.com/eligibility")
		}
		g.addSeg(m, "HL*2*1*21*1")
		g.x12Org(m, "1P", pick(g, x12Orgs))
		g.addSeg(m, "HL*3*2*22*0")
		trn := g.digits(5) + "-" + g.digits(6)
		g.keepAt("requestid", trn, "TRN*1*"+trn)
		g.addSeg(m, "TRN*1*"+trn+"*9"+g.digits(9))
		g.x12Person(m, "IL", kind == "271", true)
		dtp := g.now.UTC().Format("20060102")
		g.addSeg(m, "DTP*291*D8*"+dtp)
		if kind == "270" {
			g.addSeg(m, "EQ*"+pick(g, []string{"30", "1^33^35", "88"}))
		} else if g.pct(20) {
			g.addSeg(m, "AAA*Y**"+pick(g, []string{"72", "73", "75"})+"*C")
		} else {
			g.addSeg(m, "EB*1*IND*30**"+pick(g, []string{"GOLD PPO 500", "BRONZE HMO", "SILVER EPO"}))
			cop := g.num(10, 60)
			g.addSeg(m, "EB*B*IND*98***27*"+cop)
			g.addSeg(m, "MSG*CALL MEMBER SERVICES FOR PRIOR AUTHORIZATION")
		}
	case "835":
		paid := g.num(100, 9000) + "." + g.digits(2)
		g.keepAt("amount", paid, "BPR*I*"+paid)
		// The payer's and payee's bank routing and account numbers are
		// organisations' (unlabelled).
		g.addSeg(m, "BPR*I*"+paid+"*C*ACH*CCP*01*"+g.digits(9)+"*DA*"+g.digits(8)+"*1"+g.digits(9)+"**01*"+g.digits(9)+"*DA*"+g.digits(7)+"*"+d8)
		eft := g.digits(10)
		g.keepAt("requestid", eft, "TRN*1*"+eft)
		g.addSeg(m, "TRN*1*"+eft+"*1"+g.digits(9))
		g.addSeg(m, "DTM*405*"+d8)
		g.addSeg(m, "N1*PR*"+pick(g, x12Payers))
		g.addSeg(m, "N3*PO BOX "+g.num(100, 99999))
		c := pick(g, x12Cities)
		g.addSeg(m, "N4*"+c[0]+"*"+c[1]+"*"+c[2])
		g.addSeg(m, "PER*BL*EDI SUPPORT*TE*800555"+g.digits(4))
		n := g.npi()
		g.keepAt("uniqueid", n, "*XX*"+n)
		g.addSeg(m, "N1*PE*"+pick(g, x12Orgs)+"*XX*"+n)
		g.addSeg(m, "LX*1")
		acct := g.digits(8)
		billed := g.num(100, 900) + ".00"
		icn := g.digits(14)
		g.keepAt("requestid", icn, "*"+icn)
		g.addSeg(m, "CLP*"+acct+"*1*"+billed+"*"+paid+"**12*"+icn+"*11*1")
		g.addSeg(m, "CAS*CO*45*"+g.num(1, 99)+".00")
		g.x12Person(m, "QC", false, false)
		if g.pct(30) {
			g.x12Person(m, "IL", false, false)
		}
		g.addSeg(m, "SVC*HC:99213*"+billed+"*"+paid)
	}
	g.addSeg(m, "SE*"+itoa(len(m.segs)-1)+"*"+stc)
	g.addSeg(m, "GE*1*"+grp)
	g.addSeg(m, "IEA*1*"+ctl)
	return m, kind
}

// ediHealthX12 writes one interchange a record, or one segment a record
// of a dump.
func (g *gen) ediHealthX12(st *streamState) Record {
	if len(st.pending) > 0 {
		r := st.pending[0]
		st.pending = st.pending[1:]
		g.plants, g.keeps = r.Planted, r.Keep
		return Record{Line: r.Line}
	}
	m, kind := g.x12Message(st)
	ts := g.now.UTC().Format("2006-01-02 15:04:05,000")
	switch st.variant % 4 {
	case 1:
		// A segment-per-line dump: the first line names the file.
		var out []Record
		out = append(out, Record{Line: []byte(ts + " INFO  [sftp-poller] dumping " + kind + " interchange from /inbound/" + strings.ToLower(kind) + "_" + g.digits(6) + ".x12")})
		for i, s := range m.segs {
			out = append(out, Record{Line: []byte(s + "~"), Planted: m.plants[i], Keep: m.keeps[i]})
		}
		st.pending = out[1:]
		return out[0]
	case 2, 3:
		// Mirth Connect / Rhapsody-like JSON event.
		for i := range m.segs {
			g.plants = append(g.plants, m.plants[i]...)
			g.keeps = append(g.keeps, m.keeps[i]...)
		}
		raw := strings.Join(m.segs, "~\n") + "~\n"
		var b []byte
		b = append(b, '{')
		if st.variant%4 == 2 {
			b = g.js(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
			b = g.js(b, "level", "INFO")
			b = g.js(b, "channelId", g.uuid())
			b = g.js(b, "channelName", "X12 "+kind+" Inbound")
			b = g.js(b, "connector", "Source")
			b = jn(b, "messageId", g.num(1, 999999))
			b = g.js(b, "status", pick(g, []string{"RECEIVED", "TRANSFORMED", "SENT"}))
			b = g.js(b, "dataType", "X12")
			b = g.js(b, "raw", raw)
		} else {
			b = g.js(b, "@timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
			b = g.js(b, "route", "Claims/"+kind)
			b = g.js(b, "communicationPoint", pick(g, []string{"AS2 In", "SFTP Poll", "HTTP Server"}))
			b = jn(b, "messageId", g.num(100000, 9999999))
			b = g.js(b, "body", raw)
			b = jn(b, "bodySize", itoa(len(raw)))
		}
		return Record{Line: append(b, '}')}
	}
	for i := range m.segs {
		g.plants = append(g.plants, m.plants[i]...)
		g.keeps = append(g.keeps, m.keeps[i]...)
	}
	term := "~"
	if g.pct(30) {
		term = "~\\n"
	}
	line := ts + " INFO  [" + pick(g, []string{"x12-router", "EdiInbound-3", "claims-outbound"}) + "] " + kind + " interchange: " + strings.Join(m.segs, term) + "~"
	return Record{Line: []byte(line)}
}

// DICOM.

type dcmElem struct {
	tag, vr, kw, name, val string
}

var dcmInstitutions = []string{"Lakeside General Hospital", "NORTHWIND IMAGING CENTER", "Riverbend Radiology"}

// dcmDataset returns the elements of one image's header, labelled.
func (g *gen) dcmDataset() []dcmElem {
	first, last := g.name()
	F, L := up(first), up(last)
	if g.pct(40) {
		F, L = ascii(first), ascii(last)
	}
	root := pick(g, []string{"1.2.840.113619.2.55.3", "1.3.12.2.1107.5.2.30", "1.2.826.0.1.3680043.8.498"})
	study := root + "." + g.digits(9) + "." + g.digits(4) + "." + g.digits(10) + "." + g.num(1, 999)
	series := study + "." + g.num(1, 9)
	sop := series + "." + g.num(1, 400)
	g.keepAt("uid", study)
	g.keepAt("uid", series)
	g.keepAt("uid", sop)
	d := g.now.UTC().AddDate(0, 0, -g.rng.IntN(5)).Format("20060102")
	tm := g.now.UTC().Format("150405") + "." + g.digits(3)
	g.keepAt("timestamp", tm)
	pid := g.mrn()
	g.plantAt("mrn", pid)
	g.plantAt("name", L)
	g.plantAt("name", F)
	y, mo, dd := g.dob()
	g.plantAt("birth_date", y+mo+dd)
	el := []dcmElem{
		{"0008,0005", "CS", "SpecificCharacterSet", "Specific Character Set", "ISO_IR 100"},
		{"0008,0016", "UI", "SOPClassUID", "SOP Class UID", pick(g, []string{"1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.4", "1.2.840.10008.5.1.4.1.1.1.2"})},
		{"0008,0018", "UI", "SOPInstanceUID", "SOP Instance UID", sop},
		{"0008,0020", "DA", "StudyDate", "Study Date", d},
		{"0008,0030", "TM", "StudyTime", "Study Time", tm},
		{"0008,0050", "SH", "AccessionNumber", "Accession Number", pick(g, []string{"A", "ACC", ""}) + g.digits(8)},
		{"0008,0060", "CS", "Modality", "Modality", pick(g, []string{"CT", "MR", "DX", "US"})},
		{"0008,0080", "LO", "InstitutionName", "Institution Name", pick(g, dcmInstitutions)},
	}
	if g.pct(70) {
		rf, rl := g.name()
		g.plantAt("name", up(rl))
		g.plantAt("name", up(rf))
		el = append(el, dcmElem{"0008,0090", "PN", "ReferringPhysicianName", "Referring Physician's Name", up(rl) + "^" + up(rf) + pick(g, []string{"", "^^DR", "^J^^MD"})})
	} else {
		el = append(el, dcmElem{"0008,0090", "PN", "ReferringPhysicianName", "Referring Physician's Name", ""})
	}
	if g.pct(60) {
		of, ol := g.name()
		g.plantAt("name", ascii(ol))
		g.plantAt("name", ascii(of))
		el = append(el, dcmElem{"0008,1070", "PN", "OperatorsName", "Operators' Name", ascii(ol) + "^" + ascii(of)})
	}
	el = append(el,
		dcmElem{"0010,0010", "PN", "PatientName", "Patient's Name", L + "^" + F + pick(g, []string{"", "^M", "^^MRS"})},
		dcmElem{"0010,0020", "LO", "PatientID", "Patient ID", pid},
		dcmElem{"0010,0030", "DA", "PatientBirthDate", "Patient's Birth Date", y + mo + dd},
		dcmElem{"0010,0040", "CS", "PatientSex", "Patient's Sex", pick(g, []string{"F", "M", "O"})},
	)
	if g.pct(50) {
		st := g.usStreet()
		c := pick(g, x12Cities)
		g.plantAt("address", st)
		el = append(el, dcmElem{"0010,1040", "LO", "PatientAddress", "Patient's Address", st + "^" + c[0] + "^" + c[1] + "^" + c[2][:5]})
	}
	if g.pct(40) {
		_, _, ph := g.usPhone()
		g.plantAt("phone", ph)
		el = append(el, dcmElem{"0010,2154", "SH", "PatientTelephoneNumbers", "Patient's Telephone Numbers", ph})
	}
	el = append(el,
		dcmElem{"0018,0050", "DS", "SliceThickness", "Slice Thickness", pick(g, []string{"1.25", "5", "0.625"})},
		dcmElem{"0020,000d", "UI", "StudyInstanceUID", "Study Instance UID", study},
		dcmElem{"0020,000e", "UI", "SeriesInstanceUID", "Series Instance UID", series},
		dcmElem{"0020,0011", "IS", "SeriesNumber", "Series Number", g.num(1, 12)},
		dcmElem{"0020,0013", "IS", "InstanceNumber", "Instance Number", g.num(1, 400)},
	)
	return el
}

// dicomHeaders writes dcmdump or pydicom lines (one element a record) or
// a DICOM JSON data set (one a record).
func (g *gen) dicomHeaders(st *streamState) Record {
	if len(st.pending) > 0 {
		r := st.pending[0]
		st.pending = st.pending[1:]
		g.plants, g.keeps = r.Planted, r.Keep
		return Record{Line: r.Line}
	}
	el := g.dcmDataset()
	plants, keeps := g.plants, g.keeps
	g.plants, g.keeps = nil, nil
	// labelsFor returns the labels whose text is in line.
	labelsFor := func(line string) ([]Value, []Value) {
		var p, k []Value
		for _, v := range plants {
			if containsText(line, v.Text) {
				p = append(p, v)
			}
		}
		for _, v := range keeps {
			if strings.Contains(line, v.Text) {
				k = append(k, v)
			}
		}
		return p, k
	}
	switch st.variant % 3 {
	case 0:
		// dcmdump: "# Dicom-Data-Set", then one element a line.
		var out []Record
		out = append(out, Record{Line: []byte("# Dicom-File-Format"), Header: true})
		out = append(out, Record{Line: []byte("# Dicom-Data-Set"), Header: true})
		out = append(out, Record{Line: []byte("# Used TransferSyntax: Little Endian Explicit"), Header: true})
		for _, e := range el {
			var v string
			n := len(e.val)
			if n%2 == 1 {
				n++ // values are padded to even length
			}
			if e.val == "" {
				v = "(no value available)"
			} else if e.vr == "DS" || e.vr == "IS" {
				v = e.val
			} else {
				v = "[" + e.val + "]"
			}
			line := "(" + e.tag + ") " + e.vr + " " + v
			if pad := 40 - len(v); pad > 0 {
				line += strings.Repeat(" ", pad)
			} else {
				line += " "
			}
			ln := itoa(n)
			for len(ln) < 3 {
				ln = " " + ln
			}
			vm := "1"
			if e.val == "" {
				vm = "0"
			}
			line += "# " + ln + ", " + vm + " " + e.kw
			p, k := labelsFor(line)
			out = append(out, Record{Line: []byte(line), Planted: p, Keep: k})
		}
		st.pending = out[1:]
		g.plants, g.keeps = out[0].Planted, out[0].Keep
		return Record{Line: out[0].Line, Header: true}
	case 1:
		// pydicom's str(Dataset): one element a line.
		var out []Record
		for _, e := range el {
			name := e.name
			if len(name) < 35 {
				name += strings.Repeat(" ", 35-len(name))
			}
			v := "'" + e.val + "'"
			if e.vr == "DS" || e.vr == "IS" {
				v = `"` + e.val + `"`
			}
			line := "(" + strings.ToUpper(e.tag[:4]) + ", " + strings.ToUpper(e.tag[5:]) + ") " + name + " " + e.vr + ": " + v
			p, k := labelsFor(line)
			out = append(out, Record{Line: []byte(line), Planted: p, Keep: k})
		}
		st.pending = out[1:]
		g.plants, g.keeps = out[0].Planted, out[0].Keep
		return Record{Line: out[0].Line}
	}
	// DICOM JSON (PS3.18 F.2), as a QIDO-RS response body logged by a
	// DICOMweb proxy: tags upper-case hex without the comma.
	var b []byte
	b = append(b, "{"...)
	for _, e := range el {
		tag := strings.ToUpper(e.tag[:4] + e.tag[5:])
		b = jo(b, tag)
		b = g.js(b, "vr", e.vr)
		if e.val == "" {
			b = append(b, '}')
			continue
		}
		b = ja(b, "Value")
		switch e.vr {
		case "PN":
			b = append(b, '{')
			b = g.js(b, "Alphabetic", e.val)
			b = append(b, '}')
		case "IS":
			b = append(b, e.val...)
		case "DS":
			b = append(b, e.val...)
		default:
			b = append(b, '"')
			b = append(b, jsonEsc(e.val)...)
			b = append(b, '"')
		}
		b = append(b, "]}"...)
	}
	b = append(b, '}')
	g.plants, g.keeps = plants, keeps
	if g.pct(50) {
		pre := g.now.UTC().Format("2006-01-02T15:04:05.000Z") + " INFO dicomweb-proxy: GET /dicom-web/studies?PatientID=... 200 application/dicom+json body="
		return Record{Line: append([]byte(pre), b...)}
	}
	return Record{Line: b}
}

// containsText reports whether text occurs in line (its letters as written).
func containsText(line, text string) bool { return text != "" && strings.Contains(line, text) }

// SWIFT MT103, ISO 20022 and EDIFACT PAXLST.

var bics = []string{"DEUTDEFFXXX", "BNPAFRPPXXX", "NWBKGB2LXXX", "CHASUS33XXX", "PBANUA2XXXX", "COBADEFFXXX", "RABONL2U"}

func (g *gen) bic() string {
	b := pick(g, bics)
	g.keepAt("bic", b)
	return b
}

// mt103 writes a FIN message of type 103 as a payment hub logs it.
func (g *gen) mt103(st *streamState) []byte {
	nl := []string{`\r\n`, `\n`, " "}[st.variant%3]
	// Blocks 1 and 2 carry logical terminal addresses: the BIC8, a
	// terminal code and the branch.
	pad12 := func(b string) string {
		if len(b) == 8 {
			b += "XXX"
		}
		b = b[:8] + "A" + b[8:]
		g.keepAt("bic", b)
		return b
	}
	snd, rcv := pick(g, bics), pick(g, bics)
	sess, seq := g.digits(4), g.digits(6)
	ref := pick(g, []string{"FT", "TRF", "PAY"}) + g.digits(2) + g.chars(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
	g.keepAt("reference", ref)
	uetr := g.uuid()
	g.keepAt("uuid", uetr)
	vd := g.now.UTC().Format("060102")
	ccy := pick(g, []string{"EUR", "USD", "GBP"})
	amt := g.num(10, 99999) + "," + g.digits(2)
	g.keepAt("amount", vd+ccy+amt)
	var b []byte
	b = append(b, g.now.UTC().Format("2006-01-02 15:04:05.000")+" INFO  [mt-gateway] outbound FIN "...)
	b = append(b, "{1:F01"+pad12(snd)+sess+seq+"}{2:I103"+pad12(rcv)+"N}{3:{108:"+g.chars(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")+"}{121:"+uetr+"}}{4:"+nl...)
	b = append(b, ":20:"+ref+nl+":23B:CRED"+nl+":32A:"+vd+ccy+amt+nl...)
	// Ordering customer.
	first, last := g.name()
	F, L := up(first), up(last)
	g.plantAt("name", F)
	g.plantAt("name", L)
	acc := strings.ReplaceAll(g.iban(), " ", "")
	g.plantAt("iban", acc)
	str := up(g.usStreet())
	g.plantAt("address", str)
	c := pick(g, x12Cities)
	if g.pct(60) {
		b = append(b, ":50K:/"+acc+nl+F+" "+L+nl+str+nl+c[0]+" "+c[2][:5]+nl...)
	} else {
		y, mo, d := g.dob()
		g.plantAt("birth_date", y+mo+d)
		b = append(b, ":50F:/"+acc+nl+"1/"+F+" "+L+nl+"2/"+str+nl+"3/US/"+c[0]+nl+"4/"+y+mo+d+nl...)
	}
	b = append(b, ":52A:"+g.bic()+nl+":57A:"+g.bic()+nl...)
	// Beneficiary.
	bf, bl := g.name()
	BF, BL := up(bf), up(bl)
	g.plantAt("name", BF)
	g.plantAt("name", BL)
	var bacc string
	if g.pct(70) {
		bacc = strings.ReplaceAll(g.iban(), " ", "")
		g.plantAt("iban", bacc)
	} else {
		bacc = g.digits(10)
		g.plantAt("bank_account", bacc)
	}
	bstr := up(g.usStreet())
	g.plantAt("address", bstr)
	b = append(b, ":59:/"+bacc+nl+BF+" "+BL+nl+bstr+nl...)
	inv := pick(g, []string{"INV", "INVOICE ", "RE "}) + g.digits(6)
	g.keepAt("orderid", inv)
	b = append(b, ":70:"+inv+nl+":71A:"+pick(g, []string{"SHA", "OUR", "BEN"})+nl+"-}{5:{CHK:"+strings.ToUpper(g.hexID(12))+"}}"...)
	return b
}

// pacs008 writes an ISO 20022 credit transfer fragment.
func (g *gen) iso20022() []byte {
	pain := g.pct(40)
	var b []byte
	b = append(b, g.now.UTC().Format("2006-01-02T15:04:05.000Z")+" DEBUG c.h.iso.Mapper - "...)
	msgID := "MSG" + g.now.UTC().Format("20060102") + g.digits(6)
	g.keepAt("reference", msgID)
	e2e := "E2E-" + g.digits(10)
	g.keepAt("reference", e2e)
	uetr := g.uuid()
	if !pain {
		g.keepAt("uuid", uetr)
	}
	amt := g.num(1, 50000) + "." + g.digits(2)
	g.keepAt("amount", amt, ">"+amt+"<")
	party := func(tag string) []byte {
		var p []byte
		first, last := g.name()
		g.plantAt("name", first)
		g.plantAt("name", last)
		p = append(p, "<"+tag+"><Nm>"+first+" "+xmlEsc(last)+"</Nm><PstlAdr>"...)
		street := pick(g, []string{"Oak Street", "Hauptstrasse", "Rue de Rivoli", "Maple Avenue"})
		g.plantAt("address", street)
		p = append(p, "<StrtNm>"+street+"</StrtNm><BldgNb>"+g.num(1, 240)+"</BldgNb><PstCd>"+g.digits(5)+"</PstCd><TwnNm>"+pick(g, []string{"Berlin", "Paris", "Springfield"})+"</TwnNm><Ctry>"+pick(g, []string{"DE", "FR", "US"})+"</Ctry></PstlAdr>"...)
		if g.pct(40) {
			e := g.email(first, last)
			ph := "+49-" + g.num(30, 89) + g.digits(7)
			g.plantAt("email", e)
			g.plantAt("phone", ph)
			p = append(p, "<CtctDtls><EmailAdr>"+xmlEsc(e)+"</EmailAdr><PhneNb>"+ph+"</PhneNb></CtctDtls>"...)
		}
		p = append(p, "</"+tag+"><"+tag+"Acct><Id>"...)
		if g.pct(75) {
			iban := strings.ReplaceAll(g.iban(), " ", "")
			g.plantAt("iban", iban)
			p = append(p, "<IBAN>"+iban+"</IBAN>"...)
		} else {
			acc := g.digits(12)
			g.plantAt("bank_account", acc)
			p = append(p, "<Othr><Id>"+acc+"</Id></Othr>"...)
		}
		p = append(p, "</Id></"+tag+"Acct>"...)
		return p
	}
	if pain {
		b = append(b, "pain.001 PmtInf: <PmtInf><PmtInfId>"+msgID+"</PmtInfId><PmtMtd>TRF</PmtMtd><ReqdExctnDt><Dt>"+g.now.UTC().Format("2006-01-02")+"</Dt></ReqdExctnDt>"...)
		b = append(b, party("Dbtr")...)
		b = append(b, "<DbtrAgt><FinInstnId><BICFI>"+g.bic()+"</BICFI></FinInstnId></DbtrAgt><CdtTrfTxInf><PmtId><EndToEndId>"+e2e+"</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">"+amt+"</InstdAmt></Amt>"...)
	} else {
		b = append(b, "pacs.008 CdtTrfTxInf: <CdtTrfTxInf><PmtId><InstrId>"+msgID+"</InstrId><EndToEndId>"+e2e+"</EndToEndId><UETR>"+uetr+"</UETR></PmtId><IntrBkSttlmAmt Ccy=\"EUR\">"+amt+"</IntrBkSttlmAmt><IntrBkSttlmDt>"+g.now.UTC().Format("2006-01-02")+"</IntrBkSttlmDt><ChrgBr>SLEV</ChrgBr>"...)
		b = append(b, party("Dbtr")...)
		b = append(b, "<DbtrAgt><FinInstnId><BICFI>"+g.bic()+"</BICFI></FinInstnId></DbtrAgt>"...)
	}
	b = append(b, "<CdtrAgt><FinInstnId><BICFI>"+g.bic()+"</BICFI></FinInstnId></CdtrAgt>"...)
	b = append(b, party("Cdtr")...)
	inv := pick(g, []string{"Invoice ", "INV-", "Rechnung Nr. "}) + g.now.UTC().Format("2006") + "-" + g.digits(5)
	g.keepAt("orderid", inv)
	b = append(b, "<RmtInf><Ustrd>"+inv+"</Ustrd></RmtInf></CdtTrfTxInf>"...)
	if pain {
		b = append(b, "</PmtInf>"...)
	}
	if !pain {
		b = append(b, " uetr="+uetr...)
	}
	return b
}

// edifactEsc releases EDIFACT's service characters with '?'.
func edifactEsc(s string) string {
	return strings.NewReplacer("?", "??", "+", "?+", ":", "?:", "'", "?'").Replace(s)
}

// paxlst writes a UN/EDIFACT PAXLST interchange as an API gateway logs it.
func (g *gen) paxlst() []byte {
	ts := g.now.UTC()
	ref := g.digits(6)
	g.keepAt("reference", ref, "+"+ref+"'")
	flt := pick(g, []string{"BA", "LH", "PS", "AF", "UA"}) + g.num(10, 2999)
	g.keepAt("flight", flt)
	segs := []string{"UNA:+.? ", "UNB+UNOA:4+" + pick(g, []string{"APIS*ABE", "LHAPI", "BAAPIS"}) + "+" + pick(g, []string{"USCSAPIS", "UKBF", "DEBPOL"}) + "+" + ts.Format("060102:1504") + "+" + ref}
	segs = append(segs, "UNH+PAX001+PAXLST:D:05B:UN:IATA+"+flt+"/"+ts.Format("060102")+"/1200+01:F", "BGM+745")
	if g.pct(60) {
		first, last := g.name()
		F, L := up(first), strings.ReplaceAll(up(last), "'", "")
		g.plantAt("name", F)
		g.plantAt("name", L, edifactEsc(L))
		_, _, ph := g.usPhone()
		ph = strings.NewReplacer("(", "", ")", " ", "-", " ", "+1 ", "").Replace(ph)
		g.plantAt("phone", ph)
		segs = append(segs, "NAD+MS+++"+edifactEsc(L)+" "+F, "COM+"+ph+":TE")
	}
	segs = append(segs, "TDT+20+"+flt+"+++"+flt[:2])
	dep, arr := pick(g, []string{"LHR", "FRA", "KBP", "CDG"}), pick(g, []string{"JFK", "IAD", "ORD", "SFO"})
	segs = append(segs, "LOC+125+"+dep, "DTM+189:"+ts.Format("0601021504")+":201", "LOC+87+"+arr, "DTM+232:"+ts.Add(8*3600e9).Format("0601021504")+":201")
	n := 1 + g.rng.IntN(2)
	for i := 0; i < n; i++ {
		first, last := g.name()
		// Travel documents and API data drop the apostrophe (ICAO 9303
		// transliteration: O'BRIEN is OBRIEN).
		F, L := up(first), strings.ReplaceAll(up(last), "'", "")
		g.plantAt("name", F)
		g.plantAt("name", L, edifactEsc(L))
		nad := "NAD+FL+++" + edifactEsc(L) + ":" + F
		if g.pct(30) {
			nad += ":" + pick(g, []string{"MARIE", "JAMES", "ANN"})
		}
		if g.pct(50) {
			st := up(g.usStreet())
			g.plantAt("address", st)
			c := pick(g, x12Cities)
			nad += "+" + st + "+" + c[0] + "+" + c[1] + "+" + c[2][:5] + "+USA"
		}
		y, mo, d := g.dob()
		g.plantAt("birth_date", y[2:]+mo+d, "DTM+329:"+y[2:]+mo+d)
		pp := pick(g, []string{"", "P", "C"}) + g.digits(8) + pick(g, []string{"", "X"})
		g.plantAt("passport", pp)
		exp := ts.AddDate(2+g.rng.IntN(8), 0, 0).Format("060102")
		nat := pick(g, []string{"GBR", "DEU", "UKR", "USA", "FRA"})
		segs = append(segs, nad, "ATT+2++"+pick(g, []string{"F", "M", "X"}), "DTM+329:"+y[2:]+mo+d, "LOC+178+"+dep, "LOC+179+"+arr, "NAT+2+"+nat)
		if g.pct(60) {
			// The booking reference locates a reservation; a PNR record
			// locator is a person's booking (planted as a secret: it
			// and the name open the booking).
			loc := g.chars(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
			g.plantAt("secret", loc, "RFF+AVF:"+loc)
			segs = append(segs, "RFF+AVF:"+loc)
		}
		segs = append(segs, "DOC+P:110:111+"+pp, "DTM+36:"+exp, "LOC+91+"+nat)
	}
	segs = append(segs, "CNT+42:"+itoa(n), "UNT+"+itoa(len(segs))+"+PAX001", "UNZ+1+"+ref)
	sep := pick(g, []string{"'", "'\\n", "'"})
	return append([]byte(ts.Format("2006-01-02T15:04:05.000Z")+" api-gateway INFO PAXLST sent to "+pick(g, []string{"CBP", "UKBF", "BPOL"})+": "), (strings.Join(segs, sep) + "'")...)
}

// swiftISO20022 writes one payment or passenger message a record.
func (g *gen) swiftISO20022(st *streamState) Record {
	switch g.rng.IntN(3) {
	case 0:
		return Record{Line: g.mt103(st)}
	case 1:
		return Record{Line: g.iso20022()}
	}
	return Record{Line: g.paxlst()}
}
