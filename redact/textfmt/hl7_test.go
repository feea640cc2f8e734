package textfmt

import (
	"strings"
	"testing"
)

// TestSplitHL7: a logged HL7 v2 message's prefix, its fields by segment
// and position, the named components, with each way of writing the
// segment terminator.
func TestSplitHL7(t *testing.T) {
	for _, sep := range []string{`\r`, "<CR>", "\r", " ", "\r\n", `\r\n`} {
		rec := []byte("x: MSH|^~\\&|A|B|C|D|20261123200001||ADT^A01|M1|P|2.5.1" + sep +
			"PID|1||123456^^^H^MR~987-65-4321^^^USSSA^SS||Doe^Jane^Q||19850314|F|||1 Oak St^^City^ST^12345||^PRN^PH^^1^217^5550123|||||ACCT1|123-45-6789" + sep +
			"PV1|1|I|W||||99^Careful^Adam")
		var got []string
		for _, f := range SplitHL7(nil, rec) {
			if f.Name != nil {
				got = append(got, string(f.Name)+"="+string(rec[f.Start:f.End]))
			}
		}
		want := "mrn=123456 mrn=987-65-4321 family_name=Doe given_name=Jane given_name=Q dob=19850314 street=1 Oak St " +
			"phone_area_code=217 phone=5550123 mrn=ACCT1 ssn=123-45-6789 family_name=Careful given_name=Adam"
		if g := strings.Join(got, " "); g != want {
			t.Errorf("sep %q:\n got  %s\n want %s", sep, g, want)
		}
	}
	if LooksHL7([]byte("MSH|^~ no message here at all")) || !LooksHL7([]byte(`MSH|^~\&|A|B|C|D|1||ADT^A01|1|P|2.3`)) {
		t.Error("LooksHL7")
	}
	if !LooksHL7([]byte("PID|1||123456^^^H^MR||Doe^Jane")) || LooksHL7([]byte("PID|USER|CMD|TIME|STAT|X")) || LooksHL7([]byte("ZZZ|1||123456^^^H^MR||Doe^Jane")) {
		t.Error("LooksHL7 of a lone segment")
	}
	var got []string
	rec := []byte("PID|1||123456^^^H^MR||Doe^Jane")
	for _, f := range SplitHL7(nil, rec) {
		if f.Name != nil {
			got = append(got, string(f.Name)+"="+string(rec[f.Start:f.End]))
		}
	}
	if g := strings.Join(got, " "); g != "mrn=123456 family_name=Doe given_name=Jane" {
		t.Errorf("lone PID: %s", g)
	}
}

// FuzzHL7: SplitHL7 on any record, a message or a lone segment: no panic,
// fields in order, inside the record and apart.
func FuzzHL7(f *testing.F) {
	for _, s := range []string{
		"x: MSH|^~\\&|A|B|C|D|20261123200001||ADT^A01|M1|P|2.5.1\\rPID|1||123456^^^H^MR||Doe^Jane",
		"PID|1||00482913^^^HOSP^MR||DOE^JANE^Q||19750314|F",
		"  NK1|1|DOE^JOHN|SPO^Spouse<CR>PV1|1|I",
		"PID|USER|CMD",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		LooksHL7(rec)
		prev := int32(0)
		for _, fl := range SplitHL7(nil, rec) {
			if fl.Start < prev || fl.End < fl.Start || int(fl.End) > len(rec) {
				t.Fatalf("field [%d,%d) after %d in a record of %d: %q", fl.Start, fl.End, prev, len(rec), in)
			}
			prev = fl.End
		}
	})
}
