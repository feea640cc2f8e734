package main

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestDemo runs the demo as `make run` does, for a few seconds, and checks
// that its summary shows every record archived, each class, the
// redactions, the archive's files and the before/after samples.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end demo: skipped with -short")
	}
	var out, errOut bytes.Buffer
	o := demoOptions{Duration: 4 * time.Second, Dir: t.TempDir(), Rate: 1000, Partitions: 2, LogLevel: "error", Seed: 3}
	if err := demo(context.Background(), o, &out, &errOut); err != nil {
		t.Fatalf("demo: %v\nstderr:\n%s", err, errOut.String())
	}
	s := out.String()
	m := regexp.MustCompile(`Records: (\d+) produced, (\d+) consumed, (\d+) archived, 0 quarantined`).FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("summary has no records line:\n%s", s)
	}
	produced, _ := strconv.Atoi(m[1])
	archived, _ := strconv.Atoi(m[3])
	if produced < 1000 || archived != produced {
		t.Errorf("produced %d, archived %d: want every produced record archived", produced, archived)
	}
	for _, want := range []string{
		"technical", "access", "audit", "cdn-access", "voip-cdr", "dns-queries", "audit-log", "app-telemetry",
		"Redactions by detector:", "ipv4", "email", "phone",
		"Archive ", "ndjson.zst", "ratio",
		"class=audit", "365 days",
		"before:", "after:",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q", want)
		}
	}
	if strings.Contains(s, "not in the archive") {
		t.Errorf("a before/after sample was not found in the archive:\n%s", s)
	}
	if n := strings.Count(s, "before:"); n != 3 {
		t.Errorf("%d before/after samples, want 3", n)
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if b, ok := strings.CutPrefix(strings.TrimSpace(l), "before: "); ok && i+1 < len(lines) {
			if a, _ := strings.CutPrefix(strings.TrimSpace(lines[i+1]), "after:  "); a == b {
				t.Errorf("sample unchanged by redaction: line %d", i)
			}
		}
	}
	if !strings.Contains(errOut.String(), "rec/s") || !strings.Contains(errOut.String(), "kfake") {
		t.Errorf("no progress lines on stderr:\n%s", errOut.String())
	}
}
