package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/redactd/redactd/rules"
)

// TestRulesTestPacks runs "rules test" on every rule pack, as CI would.
func TestRulesTestPacks(t *testing.T) {
	packs, err := filepath.Glob("../../rules/packs/*.yaml")
	if err != nil || len(packs) < 4 {
		t.Fatalf("packs %v, %v", packs, err)
	}
	for _, p := range packs {
		out, errOut, code := runCLI(t, "", "rules", "test", p)
		if code != 0 || !strings.HasPrefix(out, p+": ok, ") {
			t.Errorf("rules test %s: exit %d\n%s%s", p, code, out, errOut)
		}
	}
	out, _, code := runCLI(t, "", append([]string{"rules", "test"}, packs...)...)
	if code != 0 || strings.Count(out, ": ok, ") != len(packs) {
		t.Errorf("rules test on all packs: exit %d\n%s", code, out)
	}
	out, _, code = runCLI(t, "", "rules", "test", "-v")
	if code != 0 || !strings.Contains(out, "<default>:") || !strings.HasSuffix(out, "<default>: ok, 7 tests passed\n") {
		t.Errorf("rules test (default): exit %d\n%s", code, out)
	}
}

func TestRulesTestFailures(t *testing.T) {
	p := writeFile(t, "p.yaml", `version: 1
tests:
  - name: right
    in: 'mail bob@example.org from 203.0.113.7'
    out: 'mail [email] from 203.0.113.0'
  - name: wrong address
    in: 'mail bob@example.org from 203.0.113.7'
    out: 'mail [email] from 203.0.113.7'
  - {in: 'x', out: 'x', topic: audit-log, class: audit}
  - {in: '{"a":', out: 'x', format: json}
  - {in: 'ok', quarantine: oversize}
`)
	out, _, code := runCLI(t, "", "rules", "test", p)
	want := p + `:6: test 2 (wrong address) failed
  in:   mail bob@example.org from 203.0.113.7
  want: mail [email] from 203.0.113.7
  got:  mail [email] from 203.0.113.0
` + strings.Repeat(" ", 8+len("mail [email] from 203.0.113.")) + `^
` + p + `:9: test 3 failed
  in:   x
  class for topic audit-log: want audit, got technical
` + p + `:10: test 4 failed
  in:   {"a":
  want: x
  got:  [quarantined: parse_error]
        ^
` + p + `:11: test 5 failed
  in:   ok
  want: [quarantined: oversize]
  got:  ok
        ^
` + p + `: 4 of 5 tests failed
`
	if code != 1 || out != want {
		t.Errorf("exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}

	bad := filepath.Join("..", "..", "rules", "testdata", "many-mistakes.yaml")
	out, _, code = runCLI(t, "", "rules", "test", bad)
	if code != 1 || strings.Count(out, "\n") != 16 || !strings.HasPrefix(out, bad+":3: key detectors.ipv4.prefix") {
		t.Errorf("rules test on a broken file: exit %d\n%s", code, out)
	}
}

func TestWriteDiff(t *testing.T) {
	f := func(want, got, caretLine string) {
		t.Helper()
		var b bytes.Buffer
		writeDiff(&b, want, got)
		lines := strings.Split(b.String(), "\n")
		if want == got {
			if b.Len() != 0 {
				t.Errorf("diff of equal strings: %q", b.String())
			}
			return
		}
		if len(lines) != 4 || lines[2] != caretLine {
			t.Errorf("writeDiff(%q, %q):\n%s\nwant caret line %q", want, got, b.String(), caretLine)
		}
	}
	f("abc", "abc", "")
	f("abc", "abd", strings.Repeat(" ", 8+2)+"^")
	f("abc", "ab", strings.Repeat(" ", 8+2)+"^")
	f("", "x", strings.Repeat(" ", 8)+"^")
	f("héllo wörld", "héllo world", strings.Repeat(" ", 8+7)+"^")
	f("日本語", "日本人", strings.Repeat(" ", 8+2)+"^")
}

func TestRulesLint(t *testing.T) {
	good := writeFile(t, "good.yaml", "version: 1\ndetectors: {email: hash}\nhash_key: {env: REDACTD_LINT_UNSET, id: k1}\n")
	out, _, code := runCLI(t, "", "rules", "lint", good)
	if code != 0 || !strings.HasPrefix(out, good+": ok (version ") {
		t.Errorf("lint good file (its key is not needed): exit %d %q", code, out)
	}
	bad := filepath.Join("..", "..", "rules", "testdata", "many-mistakes.yaml")
	out, _, code = runCLI(t, "", "rules", "lint", good, bad)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 1 || len(lines) != 17 || !strings.HasPrefix(lines[1], bad+":3: ") || !strings.HasPrefix(lines[16], bad+":19: key bogus: unknown key") {
		t.Errorf("lint: exit %d\n%s", code, out)
	}
	warn := writeFile(t, "warn.yaml", "version: 1\npatterns: [{name: a, regexp: 'A-[0-9]+'}]\n")
	out, _, code = runCLI(t, "", "rules", "lint", warn)
	if code != 0 || !strings.HasPrefix(out, warn+":2: key patterns[0].literals: warning: ") || !strings.Contains(out, warn+": ok (") {
		t.Errorf("lint with a warning: exit %d\n%s", code, out)
	}
	nested := writeFile(t, "nested.yaml", "version: 1\npattern_budget: 50ms\npatterns:\n  - {name: a, regexp: 'x(\\w+\\s?)*y', literals: [x]}\n")
	out, _, code = runCLI(t, "", "rules", "lint", nested)
	if code != 0 || !strings.HasPrefix(out, nested+`:4: key patterns[0].regexp: value "(\\w+\\s?)*": warning: nested quantifier`) || !strings.Contains(out, nested+": ok (") {
		t.Errorf("lint with a nested quantifier: exit %d\n%s", code, out)
	}
	budget := writeFile(t, "budget.yaml", "version: 1\npattern_budget: 1h\n")
	if out, _, code = runCLI(t, "", "rules", "lint", budget); code != 1 || !strings.Contains(out, "key pattern_budget: value \"1h\": must be a duration from 1ms to 10s") {
		t.Errorf("lint with a bad pattern_budget: exit %d\n%s", code, out)
	}
	_, errOut, code := runCLI(t, "", "rules", "lint")
	if code != 2 || !strings.Contains(errOut, "name at least one policy FILE") {
		t.Errorf("lint without files: exit %d %q", code, errOut)
	}
	out, _, code = runCLI(t, "", "rules", "lint", "/nonexistent.yaml")
	if code != 1 || !strings.Contains(out, "cannot read policy") {
		t.Errorf("lint missing file: exit %d %q", code, out)
	}
}

func TestRulesDefault(t *testing.T) {
	out, _, code := runCLI(t, "", "rules", "default")
	if code != 0 || out != string(rules.DefaultYAML()) {
		t.Errorf("rules default: exit %d, %d bytes", code, len(out))
	}
	// What it prints is a valid policy that passes its own tests.
	p := writeFile(t, "default.yaml", out)
	if out, _, code := runCLI(t, "", "rules", "test", p); code != 0 {
		t.Errorf("printed default fails: %s", out)
	}
}

func TestRulesUsage(t *testing.T) {
	f := func(wantCode int, wantOut, wantErr string, args ...string) {
		t.Helper()
		out, errOut, code := runCLI(t, "", args...)
		if code != wantCode || !strings.Contains(out, wantOut) || !strings.Contains(errOut, wantErr) {
			t.Errorf("%v: exit %d\nstdout %q\nstderr %q", args, code, out, errOut)
		}
	}
	f(0, "redactd rules test [-v] [FILE...]", "", "rules", "--help")
	f(0, "Runs the tests embedded", "", "rules", "test", "--help")
	f(0, "Validates policy files", "", "rules", "lint", "-h")
	f(0, "Prints the built-in policy", "", "rules", "default", "--help")
	f(2, "", "Usage:", "rules")
	f(2, "", `unknown subcommand "bogus"`, "rules", "bogus")
	f(2, "", "flag provided but not defined", "rules", "test", "--bogus")
}

func TestMainListsCommands(t *testing.T) {
	out, _, _ := runCLI(t, "", "--help")
	for _, c := range []string{"redact ", "rules ", "version "} {
		if !strings.Contains(out, "  "+c) {
			t.Errorf("usage lacks %q:\n%s", c, out)
		}
	}
}
