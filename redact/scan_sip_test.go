package redact

import "testing"

// The shapes added for VoIP, payment and sign-in logs (SIP numbers and
// display names, dial strings, number@context, card security codes, a
// person object's name, camelCase name keys, addresses after a transport
// word) redact without allocating, in text and in JSON.
func TestVoIPAndPersonShapesNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	lines := [][]byte{
		[]byte(`{"object":"customer","name":"Jenny Rosen","to":[{"name":"Ann Lee"}],"userDisplayName":"C W"}`),
		[]byte(`From: "Bob Smith" <sip:4930690000@198.51.100.7> Called SIP/trunk/03065524669 [4930690000@from-trunk:1] cvv=123 IPV4/UDP/192.0.2.118/5397`),
	}
	const want = `From: "[name]" <sip:[phone]@198.51.100.0> Called SIP/trunk/[phone] [[phone]@from-trunk:1] cvv=[secret] IPV4/UDP/192.0.2.0/5397`
	var dst []byte
	for _, l := range lines {
		dst, _ = r.Redact(dst[:0], l, FormatAuto)
	}
	if string(dst) != want {
		t.Fatalf("got  %s\nwant %s", dst, want)
	}
	n := testing.AllocsPerRun(50, func() {
		for _, l := range lines {
			dst, _ = r.Redact(dst[:0], l, FormatAuto)
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per round, want 0", n)
	}
}
