package sinks

import (
	"bytes"
	"testing"
)

// The retention record is read from the archive, where anyone with write
// access could change it: decoding never panics, and what decodes
// re-encodes to a record that decodes the same.
func FuzzDecodeRecord(f *testing.F) {
	f.Add([]byte(`{"version":1,"classes":[{"class":"access","days":90},{"class":"old","days":0,"retired":true}],"expiry_dates":["2027-03-06"]}`))
	f.Add([]byte(`{"version":1,"classes":[]}`))
	f.Add([]byte(`{"version":2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := decodeRecord("fuzz", data)
		if err != nil {
			return
		}
		enc := r.encode()
		r2, err := decodeRecord("fuzz", enc)
		if err != nil {
			t.Fatalf("re-encoded record does not decode: %v\n%s", err, enc)
		}
		if !bytes.Equal(r2.encode(), enc) {
			t.Fatalf("record changed on a round trip:\n%s\n%s", enc, r2.encode())
		}
	})
}

// Rule IDs come from the bucket: parsing never panics, and the IDs redactd
// writes parse back to what they say.
func FuzzParseRuleID(f *testing.F) {
	for _, id := range []string{"redactd-class-access", "redactd-abort-mpu", "redactd-0123456789ab-class-x",
		"redactd-0123456789ab-expire-2027-01-02", "redactd-0123456789ab-class-~00", "x"} {
		f.Add(id, "logs/", "access")
	}
	f.Fuzz(func(t *testing.T, id, prefix, class string) {
		if ref, ok := parseRuleID(id); ok {
			_, _ = ref.root(prefix)
		}
		if ValidPrefix(prefix) != nil || ValidClass(class) != nil {
			return
		}
		ref, ok := parseRuleID(ClassRuleID(prefix, class))
		if !ok || ref.legacy || ref.kind != kindClass || ref.tag != archiveTag(rootOf(prefix)) || ref.class != "" && ref.class != class {
			t.Fatalf("ClassRuleID(%q, %q) = %q parses to %+v, %v", prefix, class, ClassRuleID(prefix, class), ref, ok)
		}
		if got, ok := ruleClass(ClassRuleID(prefix, class), ClassPrefix(prefix, class), rootOf(prefix)); ref.class != "" && (!ok || got != class) {
			t.Fatalf("ruleClass of %q = %q, %v", ClassRuleID(prefix, class), got, ok)
		}
	})
}
