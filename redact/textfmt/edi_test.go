package textfmt

import (
	"strings"
	"testing"
)

// named returns the named fields of rec as "name=value" words.
func named(fs []Field, rec []byte) string {
	var got []string
	for _, f := range fs {
		if f.Name != nil {
			got = append(got, string(f.Name)+"="+string(rec[f.Start:f.End]))
		}
	}
	return strings.Join(got, " ")
}

// TestSplitEDI: X12 elements by segment, position and qualifier (with the
// ISA's own separators), EDIFACT components by tag and qualifier, SWIFT
// MT party lines, DICOM elements by tag.
func TestSplitEDI(t *testing.T) {
	f := func(split func([]Field, []byte) []Field, in, want string) {
		t.Helper()
		if got := named(split(nil, []byte(in)), []byte(in)); got != want {
			t.Errorf("%q:\n got  %s\n want %s", in, got, want)
		}
	}
	isa := "ISA|00|          |00|          |ZZ|SUBMIT01       |ZZ|RECEIVER22     |261123|2000|^|00501|000000905|0|P|>\n"
	f(SplitX12, "x "+isa+"NM1|IL|1|DOE|JANE||||MI|W123\nPER|IC|JOHN ROE|EM|J@X.COM|TE|2125550123\nNM1|85|2|ACME LAB|||||XX|1234567893\nN3|1 LAB WAY\nIEA|1|000000905\n",
		"family_name=DOE given_name=JANE mrn=W123 contact_name=JOHN ROE email=J@X.COM phone=2125550123")
	f(SplitX12, "REF*SY*123456789~", "ssn=123456789")
	f(SplitX12, "REF*EI*123456789~", "")
	if LooksX12([]byte("SELECT * FROM t WHERE a ~ 'x'")) || !LooksX12([]byte("DMG*D8*19800101*F~")) {
		t.Error("LooksX12")
	}
	f(SplitEDIFACT, "UNA:+.? 'UNH+1+PAXLST:D:05B:UN:IATA'NAD+FL+++O?'NEIL:JANE+1 OAK ST+CITY'DTM+329:800101'DOC+P:110:111+X123'COM+555 0123:TE'",
		"family_name=O?'NEIL given_name=JANE street=1 OAK ST dob=800101 document_number=X123 phone=555 0123")
	f(SplitSwiftMT, `{4:\n:20:REF1\n:50K:/DE89370400440532013000\nJANE DOE\n1 OAK ST\n:59:ACME LTD\n-}`,
		"account_number=DE89370400440532013000 contact_name=JANE DOE address_line1=1 OAK ST contact_name=ACME LTD")
	f(SplitDICOMElement, "(0010,0010) PN [DOE^JANE=ドウ^ジェーン]   #  20, 1 PatientName",
		"family_name=DOE given_name=JANE family_name=ドウ given_name=ジェーン")
	f(SplitDICOMElement, "  (0010, 0020) Patient ID                          LO: 'MRN1'", "mrn=MRN1")
	if LooksDICOMElement([]byte("(0020,000d) UI [1.2.3]   #   6, 1 StudyInstanceUID")) {
		t.Error("LooksDICOMElement of a UID")
	}
}

// FuzzEDI: the EDI splitters on any record: no panic, fields in order,
// inside the record and apart.
func FuzzEDI(f *testing.F) {
	for _, s := range []string{
		"ISA*00*          *00*          *ZZ*A              *ZZ*B              *261123*2000*^*00501*000000905*0*P*:~NM1*IL*1*DOE*JANE~\\nPER*IC*X*TE*1~",
		"UNA:+.? 'NAD+FL+++DOE:JANE'COM+1:TE'RFF+AVF:ABC'",
		"{4: :50F:/123 1/JANE 2/ST 4/19800101 :59:/1 X -}",
		"(0010,0010) PN [DOE^JANE] # 8, 1 PatientName",
		"(0010, 0030) Patient's Birth Date DA: '19800101",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		LooksX12(rec)
		LooksEDIFACT(rec)
		LooksSwiftMT(rec)
		LooksDICOMElement(rec)
		for _, split := range []func([]Field, []byte) []Field{SplitX12, SplitEDIFACT, SplitSwiftMT, SplitDICOMElement} {
			prev := int32(0)
			for _, fl := range split(nil, rec) {
				if fl.Start < prev || fl.End < fl.Start || int(fl.End) > len(rec) {
					t.Fatalf("field [%d,%d) after %d in a record of %d: %q", fl.Start, fl.End, prev, len(rec), in)
				}
				prev = fl.End
			}
		}
		DICOMJSONKey(rec)
	})
}
