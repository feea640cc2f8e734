package main

import (
	"bufio"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// readmeBlocks returns the fenced code blocks of README.md with their
// language and the line each starts on.
type readmeBlock struct {
	lang  string
	line  int
	lines []string
}

func readmeBlocks(t *testing.T) []readmeBlock {
	t.Helper()
	f, err := os.Open("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []readmeBlock
	var cur *readmeBlock
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if strings.HasPrefix(l, "```") {
			if cur == nil {
				cur = &readmeBlock{lang: strings.TrimPrefix(l, "```"), line: n}
			} else {
				out = append(out, *cur)
				cur = nil
			}
			continue
		}
		if cur != nil {
			cur.lines = append(cur.lines, l)
		}
	}
	if len(out) == 0 {
		t.Fatal("README.md has no code blocks")
	}
	return out
}

var flagRE = regexp.MustCompile(`(?:^|\s)--([a-z0-9-]+)`)

// TestREADMECommands checks every command shown in the README's sh blocks:
// redactd subcommands exist and take the flags shown, make targets exist,
// and the `echo ... | redactd redact` examples print what the README says.
func TestREADMECommands(t *testing.T) {
	makefile, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, b := range readmeBlocks(t) {
		if b.lang != "sh" {
			continue
		}
		for i, l := range b.lines {
			line := b.line + 1 + i
			cmd := strings.TrimPrefix(strings.TrimSpace(l), "$ ")
			if c, _, ok := strings.Cut(cmd, " #"); ok {
				cmd = strings.TrimSpace(c)
			}
			switch {
			case strings.HasPrefix(cmd, "make "):
				target := strings.Fields(cmd)[1]
				if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(target) + `:`).Match(makefile) {
					t.Errorf("README.md:%d: make target %q not in the Makefile", line, target)
				}
				checked++
				continue
			case strings.HasPrefix(cmd, "echo '") && strings.HasSuffix(cmd, "| redactd redact"):
				in, _, _ := strings.Cut(strings.TrimPrefix(cmd, "echo '"), "' |")
				out, err := runWithStdin(t, in+"\n", "redact")
				if err != nil {
					t.Errorf("README.md:%d: %v", line, err)
				} else if want := b.lines[i+1]; strings.TrimSpace(out) != want {
					t.Errorf("README.md:%d: redactd redact prints\n  %s\nREADME shows\n  %s", line, strings.TrimSpace(out), want)
				}
				checked++
				continue
			}
			// A redactd command line: "redactd sub ..." or "./bin/redactd sub ...".
			j := strings.Index(cmd, "redactd ")
			if j < 0 || (j > 0 && !strings.HasSuffix(cmd[:j], "./bin/") && !strings.HasSuffix(cmd[:j], "| ")) {
				continue
			}
			args := cmd[j+len("redactd "):]
			for _, stop := range []string{" <", " >", " |"} {
				if k := strings.Index(args, stop); k >= 0 {
					args = args[:k]
				}
			}
			fields := strings.Fields(args)
			sub := fields[0]
			if _, ok := commands[sub]; !ok {
				t.Errorf("README.md:%d: no command %q", line, sub)
				continue
			}
			helpArgs := []string{sub}
			if sub == "rules" || sub == "lifecycle" {
				helpArgs = append(helpArgs, fields[1]) // the action
			}
			help := helpOf(t, helpArgs...)
			for _, m := range flagRE.FindAllStringSubmatch(args, -1) {
				if !strings.Contains(help, "-"+m[1]+" ") && !strings.Contains(help, "-"+m[1]+"\n") {
					t.Errorf("README.md:%d: redactd %s has no flag --%s", line, sub, m[1])
				}
			}
			checked++
		}
	}
	if checked < 15 {
		t.Errorf("only %d commands checked: did the README's blocks change form?", checked)
	}
}

// TestREADMEConfig checks that the README's configuration reference is the
// tested example file.
func TestREADMEConfig(t *testing.T) {
	example, err := os.ReadFile("testdata/redactd.yaml")
	if err != nil {
		t.Fatal(err)
	}
	body := string(example)
	body = body[strings.Index(body, "# Kafka"):]
	for _, b := range readmeBlocks(t) {
		if b.lang == "yaml" && strings.Join(b.lines, "\n")+"\n" == body {
			return
		}
	}
	t.Error("README.md does not show cmd/redactd/testdata/redactd.yaml (from \"# Kafka\" on) as a yaml block")
}

func helpOf(t *testing.T, args ...string) string {
	t.Helper()
	out, _ := exec.Command(cliBin, append(args, "--help")...).CombinedOutput()
	return string(out)
}

func runWithStdin(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(cliBin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.Output()
	return string(out), err
}
