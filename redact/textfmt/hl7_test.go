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
}
