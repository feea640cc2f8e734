package main

import (
	"bytes"
	"context"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/redactd/redactd/sinks"
)

// TestQueryAnswers: counts, counts by JSON paths and by named text fields,
// projections, every class, in each output format.
func TestQueryAnswers(t *testing.T) {
	a := demoArchive(t, "")
	// nginx combined lines, as the CDN topic writes them.
	a.put(t, sinks.Key{Class: "access", Topic: "nginx", Partition: 0, FirstOffset: 0, Hour: mustHour(t, "2026-11-23T00")},
		`203.0.113.0 - - [23/Nov/2026:00:00:01 +0000] "GET /a HTTP/1.1" 404 12 "-" "curl/8"`,
		`203.0.113.0 - - [23/Nov/2026:00:00:02 +0000] "GET /b HTTP/1.1" 200 12 "-" "curl/8"`,
		`198.51.100.0 - - [23/Nov/2026:00:00:03 +0000] "POST /c HTTP/1.1" 404 0 "-" "Mozilla/5.0 (X11, \"q\")"`)
	f := func(want string, args ...string) {
		t.Helper()
		r := runTestQuery(t, a, "", append([]string{"--from", "2026-11-22", "--to", "2026-11-23T12"}, args...)...)
		if r.err != nil {
			t.Errorf("%q: %v", args, r.err)
			return
		}
		if r.out != want {
			t.Errorf("%q:\n got %q\nwant %q", args, r.out, want)
		}
	}
	// Every class: 8 access records + 3 nginx lines + 1 audit record.
	f("12\n", "--count")
	f("{\"count\":12}\n", "--count", "--output", "jsonl")
	f("count\n12\n", "--count", "--output", "csv")
	f("11\n", "--count", "--class", "access")
	// JSON paths, key=value text and nginx fields count together.
	f("status  count\n200     5\n404     5\n-       1\n500     1\n", "--count-by", "status")
	f("status,count\n404,5\n", "--count-by", "status", "--where", "status=404", "--output", "csv", "--class", "access")
	f(`{"status":"404","remote_addr":"198.51.100.0","count":1}`+"\n"+`{"status":"404","remote_addr":"203.0.113.0","count":1}`+"\n",
		"--count-by", "status,remote_addr", "--topic", "nginx", "--where", "status=404", "--output", "jsonl")
	f(`{"action":"login","actor":"u1","count":1}`+"\n", "--class", "audit", "--count-by", "action,actor", "--output", "jsonl")
	// Projections keep JSON types; text fields are strings.
	f(`{"user":"u1","status":404}`+"\n", "--class", "access", "--topic", "cdn", "--fields", "user,status", "--where", "user=u1", "--where", "status=404")
	f(`{"status":"404","http_user_agent":"Mozilla/5.0 (X11, \"q\")","nope":null}`+"\n",
		"--topic", "nginx", "--fields", "status,http_user_agent,nope", "--where", "request=POST /c HTTP/1.1")
	f("request,status\nGET /a HTTP/1.1,404\nGET /b HTTP/1.1,200\nPOST /c HTTP/1.1,404\n", "--topic", "nginx", "--fields", "request,status", "--output", "csv")
	f("path    status\n/login  404\n/       200\n", "--topic", "web", "--fields", "path,status", "--output", "table")
}

// TestQueryRelativeTimes: -2h and today find what was archived an hour ago.
func TestQueryRelativeTimes(t *testing.T) {
	a := newTestArchive(t)
	hour := sinks.HourOf(time.Now().Add(-time.Hour))
	a.put(t, sinks.Key{Class: "access", Topic: "cdn", Hour: hour}, `{"n":1}`)
	a.put(t, sinks.Key{Class: "access", Topic: "cdn", Hour: hour.Add(-48 * time.Hour)}, `{"n":2}`)
	f := func(want string, args ...string) {
		t.Helper()
		r := runTestQuery(t, a, "", append([]string{"--count"}, args...)...)
		if r.err != nil || r.out != want {
			t.Errorf("%q: %q, %v; want %q", args, r.out, r.err, want)
		}
	}
	f("1\n", "--from", "-2h")
	f("1\n", "--from", "-1h", "--to", "-1h")
	f("2\n", "--from", "-7d")
	f("1\n", "--from", "-3d", "--to", "-2d")
	if hour.Hour() < 23 && hour.Day() == time.Now().UTC().Day() {
		f("1\n", "--from", "today")
	}
}

// TestQueryExitCodes: the binary's exit status tells "nothing matched" (1)
// from a usage or access error (2); a count of nothing still prints 0.
func TestQueryExitCodes(t *testing.T) {
	a := demoArchive(t, "")
	f := func(wantCode int, wantOut, wantErr string, args ...string) {
		t.Helper()
		out, errs, code := runBinary(t, append([]string{"query", "--archive", a.dir}, args...)...)
		if code != wantCode || out != wantOut || !strings.Contains(errs, wantErr) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want %d, %q, %q", args, code, out, errs, wantCode, wantOut, wantErr)
		}
	}
	f(0, "1\n", "", "--from", "2026-11-23", "--to", "2026-11-23T12", "--class", "audit", "--count")
	f(1, "0\n", "no record matched", "--from", "2026-11-23", "--to", "2026-11-23T12", "--count", "--grep", "nothing-like-this")
	f(1, "0\n", "no objects for class/topic", "--from", "2026-01-01", "--to", "2026-01-01", "--count")
	f(1, "", `no class "billing"`, "--from", "2026-11-22", "--class", "billing")
	f(2, "", "--count-by", "--from", "2026-11-22", "--count", "--count-by", "x")
	out, errs, code := runBinary(t, "query", "--archive", a.dir+"/missing", "--from", "2026-11-22")
	if code != 2 || out != "" || !strings.Contains(errs, "no archive there") {
		t.Errorf("missing archive: exit %d, %q, %q", code, out, errs)
	}
}

// slowArchive makes every object take a while to fetch.
type slowArchive struct{ testArchive }

func (s slowArchive) Get(ctx context.Context, key string) (io.ReadCloser, error) {
	time.Sleep(30 * time.Millisecond)
	return s.testArchive.Get(ctx, key)
}

// TestQueryProgressLines: without a terminal, a scan that runs longer than
// the interval writes whole progress lines on stderr, and a final one.
func TestQueryProgressLines(t *testing.T) {
	a := demoArchive(t, "")
	q, err := parseQueryFlags([]string{"--archive", "file:///unused", "--from", "2026-11-22", "--to", "2026-11-23T12", "--workers", "1"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var out, prog bytes.Buffer
	p := &progressOut{w: &prog, every: 40 * time.Millisecond}
	if _, err := runQueryOn(context.Background(), q, slowArchive{a}, "", &out, io.Discard, p); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(prog.String(), "\n"), "\n")
	re := regexp.MustCompile(`^redactd query: ([0-9]+/6 objects  [0-9.]+ [KMG]?i?B read  [0-9]+ records  [0-9]+ matched|listing the archive's partitions in range)$`)
	if len(lines) < 2 || !strings.HasPrefix(lines[len(lines)-1], "redactd query: 6/6 objects") {
		t.Errorf("want progress lines and a final one:\n%s", prog.String())
	}
	for _, l := range lines {
		if !re.MatchString(l) {
			t.Errorf("progress line %q", l)
		}
	}
	if strings.Contains(out.String(), "objects") {
		t.Error("progress on stdout")
	}
}
