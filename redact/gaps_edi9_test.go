package redact

import "testing"

// TestEDIShapes: EDI messages whose elements hold a person's data by
// their place: X12 health care transactions (one interchange a line, a
// segment alone, inside a JSON event), DICOM elements printed by dcmdump
// and pydicom and the DICOM JSON model, EDIFACT passenger lists, SWIFT MT
// party fields and ISO 20022 postal address elements.
func TestEDIShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// X12: NM1 of a person (an organisation's name and NPI stay), N3 of
	// a person's loop (an organisation's stays), DMG02, REF*SY and
	// REF*1W, PER's contact and numbers by qualifier; control numbers,
	// dates, amounts, the employer id (REF*EI, SSN-shaped) stay.
	f("INFO [x12-router] 837P interchange: ISA*00*          *00*          *ZZ*CLEARHSE7      *ZZ*610279         *261123*2000*^*00501*459866986*0*P*:~GS*HC*CLEARHSE7*610279*20261123*2000*24234*X*005010X222A1~ST*837*0820*005010X222A1~NM1*41*2*CONTOSO HEALTH PLAN*****46*VN72764~PER*IC*OLIVER WILLIAMS*TE*2175550121*EM*OW@EXAMPLE.COM~NM1*85*2*LAKESIDE IMAGING CTR*****XX*1831562693~N3*565 HEALTHCARE PKWY~REF*EI*166351050~NM1*IL*1*MUELLER*PRIYA*Q***MI*JQH920967571~N3*6132 OAK STREET~N4*MIAMI*FL*33111~DMG*D8*20050708*F~REF*SY*440154128~REF*1W*816-13-9151-98~CLM*17B586168*396.87***11:B:1*Y*A*Y*Y~SE*12*0820~GE*1*24234~IEA*1*459866986~",
		"INFO [x12-router] 837P interchange: ISA*00*          *00*          *ZZ*CLEARHSE7      *ZZ*610279         *261123*2000*^*00501*459866986*0*P*:~GS*HC*CLEARHSE7*610279*20261123*2000*24234*X*005010X222A1~ST*837*0820*005010X222A1~NM1*41*2*CONTOSO HEALTH PLAN*****46*VN72764~PER*IC*[name]*TE*[phone]*EM*[email]~NM1*85*2*LAKESIDE IMAGING CTR*****XX*1831562693~N3*565 HEALTHCARE PKWY~REF*EI*166351050~NM1*IL*1*[name]*[name]*[name]***MI*[national_id]~N3*[address]~N4*MIAMI*FL*33111~DMG*D8*[birth_date]*F~REF*SY*[ssn]~REF*1W*[national_id]~CLM*17B586168*396.87***11:B:1*Y*A*Y*Y~SE*12*0820~GE*1*24234~IEA*1*459866986~")
	f("NM1*QC*1*SHEVCHENKO*SEAN~", "NM1*QC*1*[name]*[name]~")
	f("DMG*D8*19640326*M~", "DMG*D8*[birth_date]*M~")
	f("NM1*PR*2*BLUE RIVER HEALTH PLAN*****PI*99478~", "NM1*PR*2*BLUE RIVER HEALTH PLAN*****PI*99478~")
	f(`{"channelName":"X12 271 Inbound","raw":"ISA*00*          *00*          *ZZ*SUBMIT01       *ZZ*610279         *261123*2002*^*00501*992863222*0*T*:~\nNM1*IL*1*BONDARENKO*OLENA****MI*XYZ856898666~\nDMG*D8*19681211*U~\nIEA*1*992863222~\n"}`,
		`{"channelName":"X12 271 Inbound","raw":"ISA*00*          *00*          *ZZ*SUBMIT01       *ZZ*610279         *261123*2002*^*00501*992863222*0*T*:~\nNM1*IL*1*[name]*[name]****MI*[national_id]~\nDMG*D8*[birth_date]*U~\nIEA*1*992863222~\n"}`)
	// DICOM: person names by component, ids, birth date, address and
	// phone by tag; UIDs, dates and times stay.
	f("(0010,0010) PN [DOE^JANE^^MRS]                          #  14, 1 PatientName",
		"(0010,0010) PN [[name]^[name]^^MRS]                          #  14, 1 PatientName")
	f("(0010,0020) LO [MRN22304052]                           #  12, 1 PatientID",
		"(0010,0020) LO [[national_id]]                           #  12, 1 PatientID")
	f("(0020,000d) UI [1.2.840.113619.2.55.3.327750757.3026.1959228628.97] #  50, 1 StudyInstanceUID",
		"(0020,000d) UI [1.2.840.113619.2.55.3.327750757.3026.1959228628.97] #  50, 1 StudyInstanceUID")
	f("(0010, 0030) Patient's Birth Date                DA: '19780116'",
		"(0010, 0030) Patient's Birth Date                DA: '[birth_date]'")
	f("(0008, 1070) Operators' Name                     PN: 'Nowak^Hannah'",
		"(0008, 1070) Operators' Name                     PN: '[name]^[name]'")
	f(`{"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^Jane"}]},"00100030":{"vr":"DA","Value":["19431206"]},"00101040":{"vr":"LO","Value":["1721 Maple Ave^MIAMI"]},"0020000D":{"vr":"UI","Value":["1.2.840.113619.2.55.3.3277"]},"00080020":{"vr":"DA","Value":["20261123"]}}`,
		`{"00100010":{"vr":"PN","Value":[{"Alphabetic":"[name]"}]},"00100030":{"vr":"DA","Value":["[birth_date]"]},"00101040":{"vr":"LO","Value":["[address]"]},"0020000D":{"vr":"UI","Value":["1.2.840.113619.2.55.3.3277"]},"00080020":{"vr":"DA","Value":["20261123"]}}`)
	// EDIFACT PAXLST: a passenger's names (a released apostrophe),
	// street, birth date, document number; the contact's name and
	// number; flight, times and references stay.
	f(`PAXLST: UNA:+.? 'UNB+UNOA:4+LHAPI+UKBF+261123:2004+219183'UNH+PAX001+PAXLST:D:05B:UN:IATA'NAD+MS+++NOWAK OLIVER'COM+415 555 0135:TE'TDT+20+UA18+++UA'DTM+189:2611232004:201'NAD+FL+++O?'NEIL:DMYTRO+1898 W 42ND ST+AUSTIN+TX'DTM+329:421227'DOC+P:110:111+P87920483'DTM+36:311123'UNZ+1+219183'`,
		`PAXLST: UNA:+.? 'UNB+UNOA:4+LHAPI+UKBF+261123:2004+219183'UNH+PAX001+PAXLST:D:05B:UN:IATA'NAD+MS+++[name]'COM+[phone]:TE'TDT+20+UA18+++UA'DTM+189:2611232004:201'NAD+FL+++[name]:[name]+[address]+AUSTIN+TX'DTM+329:[birth_date]'DOC+P:110:111+[national_id]'DTM+36:311123'UNZ+1+219183'`)
	// SWIFT MT103: the parties' accounts, names and addresses, option
	// F's numbered lines; BICs, references, the UETR and 32A stay.
	f(`FIN {1:F01NWBKGB2LAXXX5053418521}{3:{121:0d8ade45-4e34-45dd-be07-79bdfa50bd47}}{4:\n:20:FT433PKEHBAR\n:32A:261123EUR92706,18\n:50F:/GB32MIDL36987227624956\n1/SEAN SCHMIDT\n2/12 OAK STREET\n3/US/SPRINGFIELD\n4/19880921\n:57A:DEUTDEFFXXX\n:59:/4198436997\nAISHA BECKER\n219 MAPLE AVENUE\n:70:INVOICE 095692\n-}`,
		`FIN {1:F01NWBKGB2LAXXX5053418521}{3:{121:0d8ade45-4e34-45dd-be07-79bdfa50bd47}}{4:\n:20:FT433PKEHBAR\n:32A:261123EUR92706,18\n:50F:/[iban]\n1/[name]\n2/[address]\n3/US/SPRINGFIELD\n4/[birth_date]\n:57A:DEUTDEFFXXX\n:59:/[iban]\n[name]\n[address]\n:70:INVOICE 095692\n-}`)
	// ISO 20022: StrtNm and AdrLine are street lines, BirthDt a date of
	// birth; a town and a building number stay.
	f(`<Dbtr><Nm>Jane Doe</Nm><PstlAdr><StrtNm>Oak Street</StrtNm><BldgNb>12</BldgNb><TwnNm>Berlin</TwnNm></PstlAdr><BirthDt>1980-01-02</BirthDt></Dbtr>`,
		`<Dbtr><Nm>[name]</Nm><PstlAdr><StrtNm>[address]</StrtNm><BldgNb>12</BldgNb><TwnNm>Berlin</TwnNm></PstlAdr><BirthDt>[birth_date]</BirthDt></Dbtr>`)
	// A JSON document ending a text line after a prefix is walked as
	// JSON; a line whose braces hold no JSON is scanned as text.
	f(`INFO dicomweb-proxy: GET /studies 200 body={"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^Jane"}]},"00080020":{"vr":"DA","Value":["20261123"]}}`,
		`INFO dicomweb-proxy: GET /studies 200 body={"00100010":{"vr":"PN","Value":[{"Alphabetic":"[name]"}]},"00080020":{"vr":"DA","Value":["20261123"]}}`)
	f(`INFO worker: done {"jobs": 3, not json}`, `INFO worker: done {"jobs": 3, not json}`)
	// A booking's record locator under its key and EDIFACT's RFF+AVF; a
	// flight number stays.
	f(`pnr=UNJ3FL flight=UA1207`, `pnr=[secret] flight=UA1207`)
	f(`UNH+PAX001+PAXLST:D:05B:UN:IATA'TDT+20+UA1207+++UA'RFF+AVF:E48TBS'UNT+3+PAX001'`,
		`UNH+PAX001+PAXLST:D:05B:UN:IATA'TDT+20+UA1207+++UA'RFF+AVF:[secret]'UNT+3+PAX001'`)
}
