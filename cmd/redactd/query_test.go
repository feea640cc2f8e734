package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/redactd/redactd/query"
	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

func mustHour(t testing.TB, s string) time.Time {
	t.Helper()
	h, err := time.Parse(query.HourLayout, s)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestParseQueryFlags(t *testing.T) {
	f := func(args string, wantErr string) {
		t.Helper()
		var stderr bytes.Buffer
		_, err := parseQueryFlags(strings.Fields(args), &stderr)
		switch {
		case wantErr == "" && err != nil:
			t.Errorf("%s: %v", args, err)
		case wantErr != "" && (err == nil || !strings.Contains(err.Error(), wantErr)):
			t.Errorf("%s: error %v, want one containing %q", args, err, wantErr)
		}
	}
	f("--archive file:///x --class access --from 2026-11-20T00 --to 2026-11-23T12", "")
	f("--archive file:///x --class access --from 2026-11-20 --where a=b --where c= --output csv", "")
	f("--class access --from 2026-11-20", "--archive is required")
	f("--archive file:///x --from 2026-11-20", "")
	f("--archive file:///x --from -7d --count-by status,user.id --output csv", "")
	f("--archive file:///x --from yesterday --fields a,b --text-format cloudfront", "")
	f("--archive file:///x --from -1h --count --count-by a", "give --count or --count-by, not both")
	f("--archive file:///x --from -1h --count --fields a", "--fields chooses what records print")
	f("--archive file:///x --from -1h --text-format apache", `--text-format "apache"`)
	f("--archive file:///x --from -1x", `--from: cannot parse "-1x"`)
	f("--archive file:///x --class ../x --from 2026-11-20", "--class \"../x\"")
	f("--archive file:///x --class a --topic a/b --from 2026-11-20", "--topic \"a/b\"")
	f("--archive file:///x --class a", "--from is required")
	f("--archive file:///x --class a --from 2026-11-21 --to 2026-11-20", "is before --from")
	f("--archive file:///x --class a --from 2026-11-21 --grep (", "--grep")
	f("--archive file:///x --class a --from 2026-11-21 --where nofield", "want field=value")
	f("--archive file:///x --class a --from 2026-11-21 --output xml", "--output \"xml\"")
	f("--archive file:///x --class a --from 2026-11-21 --workers 0", "--workers 0")
	f("--archive file:///x --class a --from 2026-11-21 extra", "unexpected argument")
	// Every problem is reported at once.
	var stderr bytes.Buffer
	_, err := parseQueryFlags([]string{"--output", "xml", "--limit", "-1"}, &stderr)
	for _, want := range []string{"--archive", "--from", "--output", "--limit"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("joined error %v lacks %s", err, want)
		}
	}
}

func TestTopLevel(t *testing.T) {
	f := func(rec string, want string) {
		t.Helper()
		kvs := topLevel([]byte(rec))
		got := "<nil>"
		if kvs != nil {
			var b strings.Builder
			for _, kv := range kvs {
				fmt.Fprintf(&b, "%s=%s|", kv.key, kv.value)
			}
			got = b.String()
		}
		if got != want {
			t.Errorf("topLevel(%q) = %q, want %q", rec, got, want)
		}
	}
	f(`{"a":1,"b":"x y","c":null,"d":{"e": [1, 2]},"f":true}`, `a=1|b=x y|c=|d={"e":[1,2]}|f=true|`)
	f(`{"s":"q\"uote\u00e9"}`, `s=q"uoteé|`)
	f(`{}`, ``)
	f(` {"a":1} `, `a=1|`)
	f(`[1,2]`, `<nil>`)
	f(`{"a":1`, `<nil>`)
	f(`{"a":1}{"b":2}`, `a=1|`) // the first value only: records are single lines of one object
	f(`text a=1`, `<nil>`)
}

func FuzzTopLevel(f *testing.F) {
	f.Add(`{"a":1,"b":"x","c":{"d":[1]}}`)
	f.Add(`{"a":"\u00e9\n"}`)
	f.Add(`not json`)
	f.Add(`{"a":`)
	f.Fuzz(func(t *testing.T, rec string) {
		kvs := topLevel([]byte(rec))
		var m map[string]json.RawMessage
		if json.Unmarshal([]byte(rec), &m) != nil || m == nil {
			return // not a single object: topLevel may still read the first one
		}
		if kvs == nil {
			t.Fatalf("topLevel(%q) = nil for a JSON object", rec)
		}
		for _, kv := range kvs {
			if _, ok := m[kv.key]; !ok {
				t.Fatalf("topLevel(%q): key %q not in the object", rec, kv.key)
			}
		}
		seen := map[string]bool{}
		for _, kv := range kvs {
			seen[kv.key] = true
		}
		if len(seen) != len(m) {
			t.Fatalf("topLevel(%q): %d keys, encoding/json sees %d", rec, len(seen), len(m))
		}
	})
}

// testArchive is a directory archive written with sinks.Dir, as the daemon
// writes it.
type testArchive struct {
	*sinks.Dir
	dir string
}

func newTestArchive(t testing.TB) testArchive {
	t.Helper()
	dir := t.TempDir()
	d, err := sinks.NewDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return testArchive{d, dir}
}

// put writes recs as one object under k.
func (a testArchive) put(t testing.TB, k sinks.Key, recs ...string) {
	t.Helper()
	putRecords(t, a.Dir, k, recs...)
}

// putRecords writes recs as one object under k, encoded as the daemon does.
func putRecords(t testing.TB, ar sinks.Archive, k sinks.Key, recs ...string) {
	t.Helper()
	var raw []byte
	for _, r := range recs {
		raw = append(raw, r...)
		raw = append(raw, '\n')
	}
	enc, err := sinks.NewEncoder(k.Codec, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	obj := sinks.Object{Key: k.String(), Body: enc.Encode(nil, raw), Meta: sinks.Meta{
		Class: k.Class, Records: len(recs), FirstOffset: k.FirstOffset, LastOffset: k.FirstOffset + int64(len(recs)) - 1,
		RulesVersion: "test", RawSize: int64(len(raw)),
	}}
	if err := ar.Put(context.Background(), obj); err != nil {
		t.Fatal(err)
	}
}

// demoArchive writes a small archive across two days, two topics, three
// partitions and both codecs. Records say where they are so that the order
// of the output can be checked.
func demoArchive(t testing.TB, prefix string) testArchive {
	a := newTestArchive(t)
	fillDemo(t, a.Dir, prefix)
	return a
}

func fillDemo(t testing.TB, ar sinks.Archive, prefix string) {
	a := struct {
		put func(testing.TB, sinks.Key, ...string)
	}{func(t testing.TB, k sinks.Key, recs ...string) {
		t.Helper()
		putRecords(t, ar, k, recs...)
	}}
	key := func(class, topic string, part int, off int64, hour string, c sinks.Codec) sinks.Key {
		return sinks.Key{Prefix: prefix, Class: class, Topic: topic, Partition: part, FirstOffset: off, Hour: mustHour(t, hour), Codec: c}
	}
	rec := func(topic string, part int, off int64, hour, status, user string) string {
		return fmt.Sprintf(`{"topic":%q,"p":%d,"off":%d,"hour":%q,"status":%s,"user":%q}`, topic, part, off, hour, status, user)
	}
	// cdn: partition 10 sorts after 2 (numeric, not lexical order).
	a.put(t, key("access", "cdn", 10, 5, "2026-11-22T23", sinks.CodecZstd),
		rec("cdn", 10, 5, "22T23", "200", "u1"), rec("cdn", 10, 6, "22T23", "404", "u2"))
	a.put(t, key("access", "cdn", 2, 100, "2026-11-22T23", sinks.CodecGzip),
		rec("cdn", 2, 100, "22T23", "500", "u3"))
	a.put(t, key("access", "cdn", 2, 7, "2026-11-22T23", sinks.CodecZstd),
		rec("cdn", 2, 7, "22T23", "200", "u1"), rec("cdn", 2, 8, "22T23", "200", "u4"))
	a.put(t, key("access", "cdn", 0, 1, "2026-11-23T00", sinks.CodecZstd),
		rec("cdn", 0, 1, "23T00", "404", "u1"))
	a.put(t, key("access", "cdn", 0, 0, "2026-11-21T05", sinks.CodecZstd), // out of range below
		rec("cdn", 0, 0, "21T05", "200", "u9"))
	a.put(t, key("access", "cdn", 0, 9, "2026-11-23T13", sinks.CodecZstd), // out of range above
		rec("cdn", 0, 9, "23T13", "200", "u9"))
	// web: text records.
	a.put(t, key("access", "web", 0, 3, "2026-11-23T00", sinks.CodecZstd),
		`ts=2026-11-23T00:10:00Z status=404 path=/login user=u7`,
		`ts=2026-11-23T00:11:00Z status=200 path=/ user=u1`)
	a.put(t, key("audit", "iam", 0, 0, "2026-11-23T00", sinks.CodecZstd),
		`{"actor":"u1","action":"login"}`)
}

type queryRun struct {
	out, stderr string
	st          *query.Stats
	err         error
}

func runTestQuery(t testing.TB, a query.Archive, prefix string, args ...string) queryRun {
	t.Helper()
	var stderr bytes.Buffer
	q, err := parseQueryFlags(append([]string{"--archive", "file:///unused"}, args...), &stderr)
	if err != nil {
		t.Fatalf("flags %q: %v", args, err)
	}
	var out, msgs bytes.Buffer
	st, err := runQueryOn(context.Background(), q, a, prefix, &out, &msgs, nil)
	return queryRun{out: out.String(), stderr: msgs.String(), st: st, err: err}
}

// where returns the "topic/p/off" of each JSON record in out, or the ts of
// each text record.
func where(t testing.TB, out string) []string {
	t.Helper()
	var got []string
	for line := range strings.Lines(out) {
		var r struct {
			Topic string
			P     int
			Off   int
		}
		if json.Unmarshal([]byte(line), &r) == nil {
			got = append(got, fmt.Sprintf("%s/%d/%d", r.Topic, r.P, r.Off))
			continue
		}
		v, _ := query.TextField([]byte(line), "ts")
		got = append(got, "text@"+string(v))
	}
	return got
}

func TestQueryOrderAndRange(t *testing.T) {
	for _, prefix := range []string{"", "logs/redactd"} {
		a := demoArchive(t, prefix)
		r := runTestQuery(t, a, prefix, "--class", "access", "--from", "2026-11-22T20", "--to", "2026-11-23T12")
		if r.err != nil {
			t.Fatal(r.err)
		}
		want := []string{
			"cdn/2/7", "cdn/2/8", "cdn/2/100", "cdn/10/5", "cdn/10/6", // 22T23: partition 2 before 10, offsets in order
			"cdn/0/1", "text@2026-11-23T00:10:00Z", "text@2026-11-23T00:11:00Z", // 23T00: topic cdn before web
		}
		if got := where(t, r.out); !slices.Equal(got, want) {
			t.Errorf("prefix %q: records\n got %q\nwant %q", prefix, got, want)
		}
		if r.st.Planned.Load() != 5 || r.st.Objects.Load() != 5 || r.st.Matched.Load() != 8 || r.st.Records.Load() != 8 || r.st.Bytes.Load() == 0 {
			t.Errorf("stats: planned %d objects %d matched %d records %d bytes %d",
				r.st.Planned.Load(), r.st.Objects.Load(), r.st.Matched.Load(), r.st.Records.Load(), r.st.Bytes.Load())
		}
		if r.stderr != "" {
			t.Errorf("stderr: %q", r.stderr)
		}
	}
}

func TestQueryFilters(t *testing.T) {
	a := demoArchive(t, "")
	f := func(want []string, args ...string) {
		t.Helper()
		args = append([]string{"--class", "access", "--from", "2026-11-22", "--to", "2026-11-23T12"}, args...)
		r := runTestQuery(t, a, "", args...)
		if r.err != nil {
			t.Fatalf("%q: %v", args, r.err)
		}
		if got := where(t, r.out); !slices.Equal(got, want) {
			t.Errorf("%q:\n got %q\nwant %q", args, got, want)
		}
	}
	f([]string{"cdn/10/6", "cdn/0/1", "text@2026-11-23T00:10:00Z"}, "--grep", `"status":404|status=404`)
	f([]string{"cdn/2/7", "cdn/2/8"}, "--topic", "cdn", "--limit", "2")
	f([]string{"text@2026-11-23T00:11:00Z"}, "--topic", "web", "--where", "status=200")
	f([]string{"text@2026-11-23T00:10:00Z"}, "--where", "status=404", "--where", "path=/login")
	f([]string{"cdn/2/7", "cdn/2/8", "cdn/2/100", "cdn/10/5", "cdn/10/6", "cdn/0/1"}, "--topic", "cdn,nope", "--workers", "1")
}

func TestQueryWhereJSON(t *testing.T) {
	a := demoArchive(t, "")
	r := runTestQuery(t, a, "", "--class", "access", "--from", "2026-11-22", "--to", "2026-11-23T12",
		"--where", "status=404", "--where", "user=u1")
	if r.err != nil {
		t.Fatal(r.err)
	}
	if got, want := where(t, r.out), []string{"cdn/0/1"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestQueryOutputTableCSV(t *testing.T) {
	a := demoArchive(t, "")
	r := runTestQuery(t, a, "", "--class", "access", "--topic", "cdn", "--from", "2026-11-22T23", "--to", "2026-11-22T23",
		"--output", "csv", "--limit", "3")
	if r.err != nil {
		t.Fatal(r.err)
	}
	want := "topic,p,off,hour,status,user\n" +
		"cdn,2,7,22T23,200,u1\n" +
		"cdn,2,8,22T23,200,u4\n" +
		"cdn,2,100,22T23,500,u3\n"
	if r.out != want {
		t.Errorf("csv:\n%s\nwant:\n%s", r.out, want)
	}
	r = runTestQuery(t, a, "", "--class", "access", "--from", "2026-11-23T00", "--to", "2026-11-23T00", "--output", "table")
	if r.err != nil {
		t.Fatal(r.err)
	}
	// Text records go whole into a _raw column (the last column is not cut).
	want = "topic  p  off  hour   status  user  _raw\n" +
		"cdn    0  1    23T00  404     u1\n" +
		"                                    ts=2026-11-23T00:10:00Z status=404 path=/login user=u7\n" +
		"                                    ts=2026-11-23T00:11:00Z status=200 path=/ user=u1\n"
	if r.out != want {
		t.Errorf("table:\n%q\nwant:\n%q", r.out, want)
	}
	// Text only: one _raw column.
	r = runTestQuery(t, a, "", "--class", "access", "--topic", "web", "--from", "2026-11-23T00", "--to", "2026-11-23T00", "--output", "csv")
	want = "_raw\n" +
		"ts=2026-11-23T00:10:00Z status=404 path=/login user=u7\n" +
		"ts=2026-11-23T00:11:00Z status=200 path=/ user=u1\n"
	if r.err != nil || r.out != want {
		t.Errorf("text csv: %v\n%s\nwant:\n%s", r.err, r.out, want)
	}
}

func TestQueryMessages(t *testing.T) {
	a := demoArchive(t, "")
	r := runTestQuery(t, a, "", "--class", "billing", "--from", "2026-11-22")
	if r.err == nil || !strings.Contains(r.err.Error(), `no class "billing"`) {
		t.Errorf("missing class: %v", r.err)
	}
	r = runTestQuery(t, a, "", "--class", "access", "--from", "2026-10-01", "--to", "2026-10-02")
	if r.err == nil || !strings.Contains(r.err.Error(), `no objects for class "access", topic cdn,web between 2026-10-01T00 and 2026-10-02T23`) {
		t.Errorf("empty range: %v", r.err)
	}
	// An unreadable object is named, the others are still read.
	bad := sinks.Key{Class: "access", Topic: "cdn", Partition: 3, FirstOffset: 0, Hour: mustHour(t, "2026-11-23T00")}
	p := filepath.Join(a.dir, filepath.FromSlash(bad.String()))
	if err := os.WriteFile(p, []byte("this is not zstd"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runTestQuery(t, a, "", "--class", "access", "--from", "2026-11-23T00", "--to", "2026-11-23T00")
	if r.err != nil {
		t.Fatal(r.err)
	}
	if r.st.Unreadable.Load() != 1 || !strings.Contains(r.stderr, "cannot read "+bad.String()+": ") {
		t.Errorf("unreadable: %d, stderr %q", r.st.Unreadable.Load(), r.stderr)
	}
	if got := len(where(t, r.out)); got != 3 {
		t.Errorf("unreadable: %d records from the readable objects, want 3", got)
	}
	var msgs bytes.Buffer
	if code := queryExit(context.Background(), r.st, nil, &msgs); code != 2 || !strings.Contains(msgs.String(), "1 of 3 objects could not be read") {
		t.Errorf("exit %d: %q", code, msgs.String())
	}
}

func runBinary(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(cliBin, args...) // built by TestMain
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	return o.String(), e.String(), cmd.ProcessState.ExitCode()
}

// TestQueryCommand runs the built command the way an analyst does, with
// stdout and stderr piped: records only on stdout, nothing on stderr.
func TestQueryCommand(t *testing.T) {
	a := demoArchive(t, "")
	url := "file://" + filepath.ToSlash(a.dir)
	out, errs, code := runBinary(t, "query", "--archive", url, "--class", "access", "--from", "2026-11-20T00", "--to", "2026-11-23T12", "--grep", "404")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if got, want := where(t, out), []string{"cdn/10/6", "cdn/0/1", "text@2026-11-23T00:10:00Z"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// A plain directory path works too.
	out, _, code = runBinary(t, "query", "--archive", a.dir, "--class", "audit", "--from", "2026-11-23", "--output", "csv", "--to", "2026-11-23")
	if want := "actor,action\nu1,login\n"; code != 0 || out != want {
		t.Errorf("audit csv: exit %d, %q, want %q", code, out, want)
	}
	f := func(wantCode int, wantErr string, args ...string) {
		t.Helper()
		_, errs, code := runBinary(t, append([]string{"query", "--archive", url}, args...)...)
		if code != wantCode || !strings.Contains(errs, wantErr) {
			t.Errorf("%q: exit %d, stderr %q; want exit %d and %q", args, code, errs, wantCode, wantErr)
		}
	}
	f(1, `no class "billing" in the archive (it has: access, audit)`, "--class", "billing", "--from", "2026-11-22")
	f(1, `no objects for class "access"`, "--class", "access", "--from", "2026-01-01", "--to", "2026-01-02")
	f(1, "no record matched in 5 objects (8 records)", "--class", "access", "--from", "2026-11-22", "--to", "2026-11-23T12", "--grep", "nothing-like-this")
	f(2, "--from is required", "--class", "access")
	if out, _, code := runBinary(t, "query", "--help"); code != 0 || !strings.HasPrefix(out, "Usage:\n  redactd query") {
		t.Errorf("--help: exit %d, stdout %q", code, out)
	}
	_, errs, code = runBinary(t, "query", "--archive", filepath.Join(a.dir, "nope"), "--class", "access", "--from", "2026-11-22")
	if code != 2 || !strings.Contains(errs, "no archive there") {
		t.Errorf("missing dir: exit %d, %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(a.dir, "nope")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("query created the missing archive directory: %v", err)
	}
}

// TestQueryInterrupt sends SIGINT while a query streams and expects a clean
// stop: exit 130, whole records only, a message on stderr.
func TestQueryInterrupt(t *testing.T) {
	a := newTestArchive(t)
	recs := make([]string, 5000)
	for i := range recs {
		recs[i] = fmt.Sprintf(`{"n":%d,"pad":"%s"}`, i, strings.Repeat("x", 200))
	}
	for p := range 40 {
		a.put(t, sinks.Key{Class: "access", Topic: "big", Partition: p, Hour: mustHour(t, "2026-11-23T00")}, recs...)
	}
	cmd := exec.Command(cliBin, "query", "--archive", a.dir, "--class", "access", "--from", "2026-11-23T00", "--to", "2026-11-23T00", "--workers", "1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var errs bytes.Buffer
	cmd.Stderr = &errs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(stdout)
	if _, err := r.ReadString('\n'); err != nil { // it is streaming
		t.Fatal(err)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	rest, _ := io.ReadAll(r)
	err = cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != 130 {
		t.Fatalf("exit %d (%v), stderr %q", code, err, errs.String())
	}
	if !strings.Contains(errs.String(), "redactd query: interrupted after") {
		t.Errorf("stderr %q", errs.String())
	}
	if len(rest) > 0 && rest[len(rest)-1] != '\n' {
		t.Errorf("output ends in a partial record")
	}
	if n := bytes.Count(rest, []byte{'\n'}) + 1; n >= 40*5000 {
		t.Errorf("all %d records were written: the interrupt did not stop the query", n)
	}
}

// TestQueryS3 runs the built command against a real MinIO server, the way
// it reads an S3 archive: one delimiter listing for the topics, then one
// listing per day or hour in range.
func TestQueryS3(t *testing.T) {
	srv := s3test.Start(t)
	bucket := srv.NewBucket(t)
	ar, err := sinks.NewS3(srv.Client(), bucket, "logs/redactd", sinks.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	fillDemo(t, ar, "logs/redactd")
	run := func(args ...string) (string, string, int) {
		t.Helper()
		cmd := exec.Command(cliBin, append([]string{"query", "--archive", "s3://" + bucket + "/logs/redactd", "--s3-endpoint", srv.Endpoint}, args...)...)
		cmd.Env = append(os.Environ(), srv.Env()...)
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		_ = cmd.Run()
		return o.String(), e.String(), cmd.ProcessState.ExitCode()
	}
	out, errs, code := run("--class", "access", "--from", "2026-11-22T20", "--to", "2026-11-23T12")
	want := []string{"cdn/2/7", "cdn/2/8", "cdn/2/100", "cdn/10/5", "cdn/10/6", "cdn/0/1", "text@2026-11-23T00:10:00Z", "text@2026-11-23T00:11:00Z"}
	if got := where(t, out); code != 0 || errs != "" || !slices.Equal(got, want) {
		t.Errorf("exit %d, stderr %q, records\n got %q\nwant %q", code, errs, got, want)
	}
	_, errs, code = run("--class", "billing", "--from", "2026-11-22")
	if code != 1 || !strings.Contains(errs, `no class "billing" in the archive (it has: access, audit)`) {
		t.Errorf("missing class: exit %d, %q", code, errs)
	}
	out, _, code = run("--class", "access", "--topic", "web", "--from", "2026-11-23T00", "--to", "2026-11-23T00", "--where", "status=200")
	if got, want := where(t, out), []string{"text@2026-11-23T00:11:00Z"}; code != 0 || !slices.Equal(got, want) {
		t.Errorf("--where on S3: exit %d, got %q, want %q", code, got, want)
	}
}

// TestQueryProgressOnTerminal runs the query with stderr on a pseudo-terminal
// (util-linux script): a progress line appears there, and stdout, redirected
// to a file, still holds only records.
func TestQueryProgressOnTerminal(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("script (util-linux) not installed: no pseudo-terminal to test with")
	}
	a := demoArchive(t, "")
	outFile := filepath.Join(t.TempDir(), "out.ndjson")
	shell := fmt.Sprintf("%s query --archive %s --class access --from 2026-11-22 --to 2026-11-23T12 > %s",
		cliBin, a.dir, outFile)
	tty, err := exec.Command(script, "-qec", shell, "/dev/null").CombinedOutput()
	if err != nil {
		t.Fatalf("script: %v\n%s", err, tty)
	}
	if !regexp.MustCompile(`\r5/5 objects  [0-9.]+ [KMG]?i?B read  8 records  8 matched`).Match(tty) {
		t.Errorf("no final progress line on the terminal: %q", tty)
	}
	out, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(where(t, string(out))); got != 8 || bytes.Contains(out, []byte("objects")) {
		t.Errorf("stdout: %d records, or progress mixed in: %q", got, out)
	}
}
