package main

import (
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/redactd/redactd/rules"
)

// TestHelpOnce: every command's --help (and -h) prints its usage once, on
// stdout, with exit 0 and nothing on stderr; a bad flag prints the usage
// on stderr with exit 2.
func TestHelpOnce(t *testing.T) {
	f := func(args ...string) {
		t.Helper()
		out, errOut, code := runCLI(t, "", args...)
		if code != 0 || errOut != "" || strings.Count(out, "Usage:") != 1 {
			t.Errorf("%v: exit %d, %d usages on stdout, stderr %q", args, code, strings.Count(out, "Usage:"), errOut)
		}
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range commands {
			if !yield(n) {
				return
			}
		}
	})
	for _, n := range names {
		f(n, "--help")
		f(n, "-h")
	}
	for _, sub := range []string{"test", "lint", "default", "show"} {
		f("rules", sub, "--help")
	}
	f("--help")
	f("help")
	for _, n := range names {
		out, errOut, code := runCLI(t, "", n, "--no-such-flag")
		if code != 2 || out != "" || strings.Count(errOut, "Usage:") != 1 || !regexp.MustCompile(`flag provided but not defined|unknown subcommand`).MatchString(errOut) {
			t.Errorf("%s --no-such-flag: exit %d, stdout %q, stderr %q", n, code, out, errOut)
		}
	}
}

func TestVersionCommand(t *testing.T) {
	out, errOut, code := runCLI(t, "", "version")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := regexp.MustCompile(`^redactd \S+\ncommit (unknown|[0-9a-f]{40}(-dirty)?)\ngo ` + regexp.QuoteMeta(runtime.Version()) +
		`\nrules ` + rules.Default().Version + ` \(built-in policy\)\n$`)
	if !want.MatchString(out) {
		t.Errorf("redactd version printed\n%s\nwant %s", out, want)
	}
	if alias, _, _ := runCLI(t, "", "--version"); alias != out {
		t.Errorf("--version printed %q, version %q", alias, out)
	}
	if _, _, code := runCLI(t, "", "version", "extra"); code != 2 {
		t.Errorf("version extra: exit %d, want 2", code)
	}
}

// TestBuildOfLinked: link-time values win over the stamped build
// information.
func TestBuildOfLinked(t *testing.T) {
	defer func(v, c string) { version, commit = v, c }(version, commit)
	version, commit = "", ""
	b := buildOf()
	if b.GoVersion != runtime.Version() || b.Version == "" || b.Commit == "" {
		t.Errorf("buildOf() = %+v", b)
	}
	version, commit = "v9.9.9", "abc"
	if b := buildOf(); b.Version != "v9.9.9" || b.Commit != "abc" {
		t.Errorf("linked: %+v", b)
	}
}

func TestRulesShow(t *testing.T) {
	out, _, code := runCLI(t, "", "rules", "show")
	if code != 0 {
		t.Fatalf("rules show: exit %d", code)
	}
	for _, p := range rules.PackNames() {
		if !strings.Contains(out, "pack:"+p+" ") {
			t.Errorf("rules show lacks pack:%s:\n%s", p, out)
		}
		src, err := rules.PackYAML(p)
		if err != nil {
			t.Fatal(err)
		}
		got, _, code := runCLI(t, "", "rules", "show", "pack:"+p)
		if code != 0 || got != string(src) {
			t.Errorf("rules show pack:%s: exit %d, %d bytes, want %d", p, code, len(got), len(src))
		}
		// What it prints is what --rules pack:NAME runs: a valid policy
		// that passes its own tests.
		if out, _, code := runCLI(t, "", "rules", "test", writeFile(t, p+".yaml", got)); code != 0 {
			t.Errorf("printed pack:%s fails its tests: %s", p, out)
		}
	}
	if got, _, code := runCLI(t, "", "rules", "show", "default"); code != 0 || got != string(rules.DefaultYAML()) {
		t.Errorf("rules show default: exit %d", code)
	}
	f := func(wantErr string, args ...string) {
		t.Helper()
		out, errOut, code := runCLI(t, "", append([]string{"rules", "show"}, args...)...)
		if code != 2 || out != "" || !strings.Contains(errOut, wantErr) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	f(`no built-in rule pack "nope" (packs: analytics, audit, cdn, dns, voip)`, "pack:nope")
	f(`"cdn": want pack:NAME or default`, "cdn")
	f("name one pack, not 2", "pack:cdn", "pack:dns")
}
