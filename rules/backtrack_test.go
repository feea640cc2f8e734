package rules

import "testing"

func TestBacktrackingShape(t *testing.T) {
	f := func(re, want string) {
		t.Helper()
		got, why := backtrackingShape(re)
		if got != want {
			t.Errorf("backtrackingShape(%q) = %q (%s), want %q", re, got, why, want)
		}
	}
	// Catastrophic shapes.
	f(`(a+)+$`, `(a+)+`)
	f(`^(\w+\s?)*$`, `(\w+\s?)*`)
	f(`(?:x*y*)+z`, `(?:x*y*)+`)
	f(`((ab)+c)*`, `((ab)+c)*`)
	f(`(a|ab){2,}c`, `(a|ab){2,}`)
	f(`([a-z]+\.)+com`, `([a-z]+\.)+`)
	f(`(.*,)*x`, `(.*,)*`)
	// Safe ones.
	f(`ORD-[0-9]{8}`, "")
	f(`(ab)+c`, "")
	f(`(a+){2}`, "")   // bounded outer repeat
	f(`(?>a+)+b`, "")  // atomic
	f(`[(a+)+]x`, "")  // inside a class
	f(`\(a+\)+`, "")   // escaped parentheses
	f(`(a{1,3})+`, "") // bounded inner repeat
	f(`\d{4}-\d{2}-\d{2}`, "")
	f(`(unclosed`, "")
}
