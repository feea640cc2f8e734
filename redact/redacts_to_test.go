package redact

import "testing"

// redactsTo returns a checking closure for whole records: f(in, want)
// fails the test when r redacts in (FormatAuto) to anything but want, or
// when redacting the result again changes it.
func redactsTo(t *testing.T, r *Redactor) func(in, want string) {
	return func(in, want string) {
		t.Helper()
		got, err := r.Redact(nil, []byte(in), FormatAuto)
		if err != nil || string(got) != want {
			t.Errorf("Redact(%q)\n got  %q (%v)\n want %q", in, got, err, want)
		}
		again, _ := r.Redact(nil, got, FormatAuto)
		if string(again) != string(got) {
			t.Errorf("Redact twice differs from once:\n once  %q\n twice %q", got, again)
		}
	}
}
