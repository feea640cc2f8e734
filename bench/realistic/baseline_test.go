package realistic_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/redactd/redactd/bench/realistic"
	"github.com/redactd/redactd/bench/realistic/suite"
)

var update = flag.Bool("update", false, "rewrite testdata/baseline.json with today's figures")

const baselinePath = "testdata/baseline.json"

// baseline is the committed ratchet: per policy, the leaks, destroyed
// look-alikes ("format/category") and broken records ("format/*") that
// the engine is allowed today.
type baseline map[string]map[string]realistic.Cell

// TestAccuracy scores the engine on the realistic corpus under the default
// policy and the rule packs of suite.Runs, prints the tables, and fails when any
// cell is worse than the committed baseline. When a fix makes a cell
// better, run `go test ./bench/realistic -run TestAccuracy -update` and
// commit the lower baseline with the fix.
func TestAccuracy(t *testing.T) {
	corpus := realistic.Default()
	cur := baseline{}
	var tables bytes.Buffer
	for _, run := range suite.Runs() {
		rep, err := run.Score(corpus)
		if err != nil {
			t.Fatal(err)
		}
		rep.WriteTable(&tables, "policy "+run.Policy)
		cur[run.Policy] = rep.Cells()
		// The target, beyond the ratchet: no planted value leaks (but for
		// the OutOfScope categories) and no line loses its layout.
		if tot := rep.Total(); tot.Leaks > 0 || tot.Broken > 0 {
			t.Errorf("policy %s: %d leaks and %d broken lines, want 0 (go run ./bench/realistic/score -examples)", run.Policy, tot.Leaks, tot.Broken)
		}
	}
	t.Log("\n" + tables.String())

	if testing.Verbose() {
		fmt.Print(tables.String())
	}
	if *update {
		b, err := json.MarshalIndent(cur, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(baselinePath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(baselinePath, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", baselinePath)
		return
	}
	data, err := os.ReadFile(baselinePath)
	if err != nil {
		t.Fatalf("%v (run go test ./bench/realistic -run TestAccuracy -update to create it)", err)
	}
	var base baseline
	if err := json.Unmarshal(data, &base); err != nil {
		t.Fatalf("%s: %v", baselinePath, err)
	}
	var worse, better []string
	for _, run := range suite.Runs() {
		w, b := realistic.Compare(base[run.Policy], cur[run.Policy])
		for _, s := range w {
			worse = append(worse, run.Policy+": "+s)
		}
		for _, s := range b {
			better = append(better, run.Policy+": "+s)
		}
	}
	if len(better) > 0 {
		t.Logf("better than the baseline; ratchet it down with -update:\n  %s", strings.Join(better, "\n  "))
	}
	if len(worse) > 0 {
		t.Errorf("worse than the baseline %s:\n  %s", baselinePath, strings.Join(worse, "\n  "))
	}
}
