package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/rules"
)

func init() {
	register("rules", "check policy files: run their embedded tests, lint them, print the default", runRules)
}

const rulesUsage = `Usage:
  redactd rules test [-v] [FILE...]   run the tests embedded in each policy file
                                      (no FILE: the built-in policy)
  redactd rules lint FILE...          validate policy files (and warn about
                                      what is allowed but likely unintended)
  redactd rules default               print the built-in policy, a starting point
  redactd rules show pack:NAME|default
                                      print a built-in rule pack or the default
                                      policy (no NAME: list the packs)

"test" and "lint" report every problem of a file at once, one per line, as
FILE:LINE: key K: value "V": what is wrong. Neither reads the hash key: hash
and pseudonymize run with a public test key, so tests are stable and CI needs
no secret (the daemon and "redactd redact" read the real one).

Exit status: 0 when every file is valid and every test passes, 1 otherwise,
2 on a usage error.
`

func runRules(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, rulesUsage)
		return 2
	}
	switch args[0] {
	case "-h", "--help", "-help", "help":
		fmt.Fprint(os.Stdout, rulesUsage)
		return 0
	case "test":
		return runRulesTest(args[1:])
	case "lint":
		return runRulesLint(args[1:])
	case "default":
		return runRulesDefault(args[1:])
	case "show":
		return runRulesShow(args[1:])
	}
	fmt.Fprintf(os.Stderr, "redactd rules: unknown subcommand %q\n\n%s", args[0], rulesUsage)
	return 2
}

// rulesFlags parses a rules subcommand's flags; done is true when the
// command must end with code.
func rulesFlags(fs *flag.FlagSet, usage string, args []string) (code int, done bool) {
	return parseFlags(fs, usage, args)
}

func runRulesTest(args []string) int {
	fs := flag.NewFlagSet("rules test", flag.ContinueOnError)
	verbose := fs.Bool("v", false, "also list the tests that pass")
	if code, done := rulesFlags(fs, "Usage:\n  redactd rules test [-v] [FILE...]\n\nRuns the tests embedded in each policy file (no FILE: the built-in policy)\nand shows each failure as want/got lines with a caret at the first difference.\n\nFlags:\n", args); done {
		return code
	}
	files := fs.Args()
	code := 0
	if len(files) == 0 {
		if !testPolicy(os.Stdout, rules.Default(), *verbose) {
			code = 1
		}
		return code
	}
	for _, f := range files {
		pol, err := rules.LoadForTest(f)
		if err != nil {
			fmt.Fprintln(os.Stdout, err)
			code = 1
			continue
		}
		if !testPolicy(os.Stdout, pol, *verbose) {
			code = 1
		}
	}
	return code
}

// testPolicy runs pol's embedded tests and writes failures as diffs; it
// reports whether all passed. Test inputs and outputs come from the policy
// file, so printing them shows no record content.
func testPolicy(w io.Writer, pol *rules.Policy, verbose bool) bool {
	results := pol.RunTests()
	failed := 0
	for i, r := range results {
		name := fmt.Sprintf("test %d", i+1)
		if r.Name != "" {
			name = fmt.Sprintf("test %d (%s)", i+1, r.Name)
		}
		if r.Pass {
			if verbose {
				fmt.Fprintf(w, "%s:%d: %s: ok\n", pol.Source, r.Line, name)
			}
			continue
		}
		failed++
		fmt.Fprintf(w, "%s:%d: %s failed\n", pol.Source, r.Line, name)
		fmt.Fprintf(w, "  in:   %s\n", r.In)
		got := r.Got
		if r.Reason != redact.ReasonNone {
			got = "[quarantined: " + r.Reason.String() + "]"
		}
		switch {
		case r.HasOut:
			writeDiff(w, r.Out, got)
		case r.Quarantine != redact.ReasonNone:
			writeDiff(w, "[quarantined: "+r.Quarantine.String()+"]", got)
		}
		if r.Class >= 0 && r.Class != r.GotClass {
			topic := r.Topic
			if topic == "" {
				topic = "(none)"
			}
			fmt.Fprintf(w, "  class for topic %s: want %s, got %s\n", topic, pol.Classes[r.Class].Name, pol.Classes[r.GotClass].Name)
		}
	}
	switch {
	case len(results) == 0:
		fmt.Fprintf(w, "%s: no tests (add a tests: list to the file)\n", pol.Source)
	case failed > 0:
		fmt.Fprintf(w, "%s: %d of %d tests failed\n", pol.Source, failed, len(results))
	default:
		fmt.Fprintf(w, "%s: ok, %d tests passed\n", pol.Source, len(results))
	}
	return failed == 0
}

// writeDiff writes want and got on two lines with a caret under the first
// byte where they differ; nothing more when they are equal.
func writeDiff(w io.Writer, want, got string) {
	if want == got {
		return
	}
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	// Step back to the start of a UTF-8 sequence so the caret sits under
	// the character that differs.
	for i > 0 && !utf8.RuneStart(want[min(i, len(want)-1)]) {
		i--
	}
	col := utf8.RuneCountInString(got[:min(i, len(got))])
	fmt.Fprintf(w, "  want: %s\n  got:  %s\n        %s^\n", want, got, strings.Repeat(" ", col))
}

func runRulesLint(args []string) int {
	fs := flag.NewFlagSet("rules lint", flag.ContinueOnError)
	if code, done := rulesFlags(fs, "Usage:\n  redactd rules lint FILE...\n\nValidates policy files and lists every problem, one per line.\n", args); done {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "redactd rules lint: name at least one policy FILE")
		return 2
	}
	code := 0
	for _, f := range fs.Args() {
		pol, err := rules.LoadForTest(f)
		if err != nil {
			fmt.Fprintln(os.Stdout, err)
			code = 1
			continue
		}
		for _, w := range pol.Warnings() {
			fmt.Fprintln(os.Stdout, w)
		}
		fmt.Fprintf(os.Stdout, "%s: ok (version %s, %d classes, %d tests)\n", f, pol.Version, len(pol.Classes), len(pol.Tests()))
	}
	return code
}

func runRulesDefault(args []string) int {
	fs := flag.NewFlagSet("rules default", flag.ContinueOnError)
	if code, done := rulesFlags(fs, "Usage:\n  redactd rules default > policy.yaml\n\nPrints the built-in policy.\n", args); done {
		return code
	}
	if _, err := os.Stdout.Write(rules.DefaultYAML()); err != nil {
		return 1
	}
	return 0
}

const rulesShowUsage = `Usage:
  redactd rules show pack:NAME > policy.yaml
  redactd rules show default
  redactd rules show

Prints a built-in rule pack (what --rules pack:NAME or "rules: pack:NAME"
runs) or the built-in default policy, to read or to start a policy file
from. Without NAME it lists the packs with their first comment line.
`

func runRulesShow(args []string) int {
	fs := flag.NewFlagSet("rules show", flag.ContinueOnError)
	if code, done := rulesFlags(fs, rulesShowUsage, args); done {
		return code
	}
	switch fs.NArg() {
	case 0:
		for _, name := range rules.PackNames() {
			data, _ := rules.PackYAML(name)
			first, _, _ := strings.Cut(string(data), "\n")
			_, about, _ := strings.Cut(first, ": ")
			fmt.Fprintf(os.Stdout, "pack:%-10s %s\n", name, about)
		}
		return 0
	case 1:
	default:
		fmt.Fprintf(os.Stderr, "redactd rules show: name one pack, not %d\n", fs.NArg())
		return 2
	}
	name := fs.Arg(0)
	var data []byte
	switch {
	case name == "default":
		data = rules.DefaultYAML()
	case strings.HasPrefix(name, "pack:"):
		var err error
		if data, err = rules.PackYAML(name); err != nil {
			fmt.Fprintf(os.Stderr, "redactd rules show: %v\n", err)
			return 2
		}
	default:
		fmt.Fprintf(os.Stderr, "redactd rules show: %q: want pack:NAME or default (packs: %s)\n", name, strings.Join(rules.PackNames(), ", "))
		return 2
	}
	if _, err := os.Stdout.Write(data); err != nil {
		return 1
	}
	return 0
}
