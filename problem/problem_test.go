package problem

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestProblemText(t *testing.T) {
	f := func(p Problem, want string) {
		t.Helper()
		if got := p.Error(); got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
	f(Problem{File: "p.yaml", Reason: "file is empty"}, "p.yaml: file is empty")
	f(Problem{File: "p.yaml", Line: 3, Key: "a.b", Reason: "bad"}, "p.yaml:3: key a.b: bad")
	f(Problem{File: "p.yaml", Line: 3, Key: "a", HasValue: true, Reason: "empty"}, `p.yaml:3: key a: value "": empty`)
	f(Problem{File: "p.yaml", Line: 1, Key: "a", Value: "tab\there", HasValue: true, Reason: "m"}, `p.yaml:1: key a: value "tab\there": m`)
	f(Problem{File: "p.yaml", Line: 1, Key: "a", Value: strings.Repeat("x", 100), HasValue: true, Reason: "m"},
		`p.yaml:1: key a: value "`+strings.Repeat("x", 80)+`...": m`)
	f(Problem{File: "c.yaml", Line: 4, Flag: "s3-endpoint", Key: "archive.s3_endpoint", Value: "x", HasValue: true, Reason: "m"},
		`flag --s3-endpoint: key archive.s3_endpoint: value "x": m`)
	f(*At("brokers", "at least one broker address is required"), "key brokers: at least one broker address is required")
	f(*Value("workers", "0", "must be between 1 and 1024"), `key workers: value "0": must be between 1 and 1024`)
}

func TestAllAndJoin(t *testing.T) {
	if Join(nil) != nil || All(nil) != nil {
		t.Fatal("no problems must be a nil error and no list")
	}
	a, b := At("a", "x"), Value("b", "1", "y")
	err := fmt.Errorf("wrapped: %w", errors.Join(Join([]*Problem{a, b}), fmt.Errorf("context: %w", At("c", "z")), errors.New("plain")))
	ps := All(err)
	var keys []string
	for _, p := range ps {
		keys = append(keys, p.Key+"/"+p.Reason)
	}
	if got, want := strings.Join(keys, " "), "a/x b/y c/z /plain"; got != want {
		t.Errorf("All = %q, want %q", got, want)
	}
	if ps[0] != a {
		t.Error("All copies problems; a caller could not attach a location")
	}
}
