package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

// TestEraseKilled: `redactd erase` of an e-mail address, a phone number
// and an IP, held raw in old objects and as keyed pseudonyms in newer
// ones, killed with SIGKILL mid-run and run again: every record of the
// subject is gone, every other record is as it was, record by record; the
// report names the identifiers by pseudonym only.
func TestEraseKilled(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("REDACTD_ERASE_TEST_KEY", "0123456789abcdef-erase-test-key")
	policy := filepath.Join(dir, "rules.yaml")
	if err := os.WriteFile(policy, []byte(`version: 1
detectors:
  ipv4: pseudonymize
  email: hash
  phone: hash
hash_key: {env: REDACTD_ERASE_TEST_KEY, id: k7}
classes:
  access: 90
routing:
  default: access
`), 0o600); err != nil {
		t.Fatal(err)
	}
	pol, err := rules.Load(policy)
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Join(dir, "archive")
	d, err := sinks.NewDir(root)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	red := pol.Engine().NewRedactor()
	if err := rules.AutoFormat.Apply(red); err != nil {
		t.Fatal(err)
	}
	enc, err := sinks.NewEncoder(sinks.CodecZstd, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	type rec struct {
		text    string
		subject bool
	}
	const objects = 120
	orig := map[string][]rec{}
	hour := sinks.HourOf(time.Now().Add(-time.Hour))
	for o := range objects {
		var recs []rec
		var raw []byte
		for i := range 100 {
			r := rec{text: fmt.Sprintf(`{"n":%d,"msg":"GET /p/%d by user%d@example.org from 203.0.113.%d"}`, i, i, i, i%200+1)}
			switch i % 25 {
			case 3:
				r = rec{fmt.Sprintf(`{"n":%d,"msg":"login jane.doe@example.com"}`, i), true}
			case 7:
				r = rec{fmt.Sprintf(`{"n":%d,"msg":"sms to +44 7700 900123 sent"}`, i), true}
			case 11:
				r = rec{fmt.Sprintf(`{"n":%d,"msg":"GET / from 192.0.2.44"}`, i), true}
			case 12:
				r = rec{fmt.Sprintf(`{"n":%d,"msg":"GET / from 192.0.2.45 for jane.doe@example.net"}`, i), false}
			}
			if o%2 == 1 { // written by the policy: pseudonyms
				out, err := red.Redact(nil, []byte(r.text), redact.FormatAuto)
				if err != nil {
					t.Fatal(err)
				}
				r.text = string(out)
			}
			recs = append(recs, r)
			raw = append(append(raw, r.text...), '\n')
		}
		k := sinks.Key{Class: "access", Topic: "app", Partition: o % 2, FirstOffset: int64(o * 100), Hour: hour}
		keyID := ""
		if o%2 == 1 {
			keyID = pol.Engine().KeyID()
		}
		if err := d.Put(ctx, sinks.Object{Key: k.String(), Body: enc.Encode(nil, raw), Meta: sinks.Meta{Class: "access",
			Records: 100, FirstOffset: k.FirstOffset, LastOffset: k.FirstOffset + 99, KeyID: keyID}}); err != nil {
			t.Fatal(err)
		}
		orig[k.String()] = recs
	}
	args := func(more ...string) []string {
		return append([]string{"erase", "--archive", "file://" + filepath.ToSlash(root), "--rules", policy,
			"--email", "Jane.Doe@example.com", "--phone", "+44 7700 900123", "--ip", "192.0.2.44"}, more...)
	}
	out, err := exec.Command(cliBin, args("--dry-run", "--progress", "0")...).CombinedOutput()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("would erase %d record(s) in %d of %d objects", objects*12, objects, objects)) ||
		!strings.Contains(string(out), ".ndjson.zst: 12 of 100 record(s)") {
		t.Fatalf("dry run: %v\n%s", err, out)
	}
	cmd := exec.Command(cliBin, args("--progress", "1ns")...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	progress := regexp.MustCompile(`^erase: (\d+) objects read, (\d+) rewritten`)
	sc := bufio.NewScanner(stderr)
	killed := ""
	for sc.Scan() {
		if m := progress.FindStringSubmatch(sc.Text()); m != nil && atoi(m[2]) >= 30 {
			_ = cmd.Process.Signal(syscall.SIGKILL)
			killed = sc.Text()
			break
		}
	}
	_, _ = io.Copy(io.Discard, stderr)
	_ = cmd.Wait()
	if killed == "" {
		t.Fatal("erase finished before it could be killed")
	}
	t.Logf("killed after %q", killed)
	report := filepath.Join(dir, "report.json")
	out, err = exec.Command(cliBin, args("--progress", "0", "--report", report)...).CombinedOutput()
	if err != nil || strings.Contains(string(out), "in 0 of") {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	t.Logf("rerun:\n%s", out)
	for _, secret := range []string{"jane.doe@example.com", "Jane.Doe", "7700 900123", "192.0.2.44"} {
		if strings.Contains(string(out), secret) {
			t.Errorf("output holds %q", secret)
		}
	}
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var rep erasureReport
	if err := json.Unmarshal(b, &rep); err != nil || len(rep.ByID) != 3 {
		t.Fatalf("report: %v\n%s", err, b)
	}
	for _, secret := range []string{"jane.doe", "Jane.Doe", "7700", "192.0.2.44"} {
		if strings.Contains(string(b), secret) {
			t.Errorf("report holds %q:\n%s", secret, b)
		}
	}

	dec, err := sinks.NewDecoder(0)
	if err != nil {
		t.Fatal(err)
	}
	defer dec.Close()
	for key, recs := range orig {
		st, err := d.Load(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := dec.Decode(nil, st.Body, sinks.CodecZstd)
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
		var want []string
		for _, r := range recs {
			if !r.subject {
				want = append(want, r.text)
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") || st.Meta.Records != len(want) {
			t.Fatalf("%s: %d records (meta %d), want %d", key, len(got), st.Meta.Records, len(want))
		}
	}
}
