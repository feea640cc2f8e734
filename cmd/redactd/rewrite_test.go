package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/redactd/redactd/rewrite"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

// TestRewriteKilled: `redactd rewrite` killed with SIGKILL in the middle of
// an archive, then run again, leaves every object complete and redacted
// record by record as the policy says, nothing lost, duplicated or left
// raw. The dry run before changes nothing and says what would change.
func TestRewriteKilled(t *testing.T) {
	root := t.TempDir()
	d, err := sinks.NewDir(root)
	if err != nil {
		t.Fatal(err)
	}
	testRewriteKilled(t, d, "", []string{"--archive", "file://" + filepath.ToSlash(root)}, nil)
	// Nothing raw anywhere: a temporary file the kill left holds redacted
	// records only (and the janitor removes it after an hour).
	dec, err := sinks.NewDecoder(0)
	if err != nil {
		t.Fatal(err)
	}
	defer dec.Close()
	err = filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".tmp-") {
			t.Logf("left by the kill: %s", e.Name())
		}
		if raw, derr := dec.Decode(nil, skipMetaFrame(b), sinks.CodecZstd); derr == nil && bytes.Contains(raw, []byte("@example.org")) {
			t.Errorf("%s holds a raw address", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The same on MinIO; every rewritten object expires at its creation + 90
// days (within a day), by its expiry-date rule.
func TestRewriteKilledS3(t *testing.T) {
	srv := s3test.Start(t)
	bucket := srv.NewBucket(t)
	setS3Env(t, srv)
	cfg := DefaultConfig()
	cfg.Archive.URL = "s3://" + bucket + "/arch"
	cfg.Archive.S3Endpoint = srv.Endpoint
	cfg.Prefix = "arch"
	log := newLogger(io.Discard, cfg.Log)
	arch, err := openArchive(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if code, err := lifecycle(context.Background(), io.Discard, "apply", cfg, rules.Default(), log); code != 0 || err != nil {
		t.Fatalf("lifecycle apply: %d, %v", code, err)
	}
	created := time.Now()
	st := arch.(rewrite.Store)
	testRewriteKilled(t, st, "arch", []string{"--archive", cfg.Archive.URL, "--s3-endpoint", srv.Endpoint}, func(key string) {
		m, err := arch.Stat(context.Background(), key)
		if err != nil {
			t.Fatal(err)
		}
		i := strings.Index(m.Expiration, `expiry-date="`)
		if i < 0 || !strings.Contains(m.Expiration, "-expire-") {
			t.Fatalf("%s: x-amz-expiration %q, want the expiry-date rule", key, m.Expiration)
		}
		e := m.Expiration[i+len(`expiry-date="`):]
		when, err := time.Parse(time.RFC1123, e[:strings.IndexByte(e, '"')])
		if err != nil {
			t.Fatal(err)
		}
		if diff := when.Sub(created.AddDate(0, 0, 90)); diff < -time.Minute || diff > 24*time.Hour {
			t.Errorf("%s expires %v, want within a day after creation + 90 days", key, when)
		}
	})
}

func testRewriteKilled(t *testing.T, d rewrite.Store, prefix string, archiveArgs []string, check func(key string)) {
	type putter interface {
		Put(context.Context, sinks.Object) error
	}
	ctx := context.Background()
	enc, err := sinks.NewEncoder(sinks.CodecZstd, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	// 150 objects of 400 records; one record in three holds an address an
	// old policy let through.
	const objects, perObject = 150, 400
	orig := map[string][]string{}
	hour := sinks.HourOf(time.Now().Add(-time.Hour))
	for o := range objects {
		k := sinks.Key{Prefix: prefix, Class: "access", Topic: "cdn-access", Partition: o % 3, FirstOffset: int64(o * perObject), Hour: hour}
		var recs []string
		var raw []byte
		for i := range perObject {
			r := fmt.Sprintf(`{"n":%d,"msg":"GET /p/%d 200","ua":"curl/8.%d"}`, o*perObject+i, i, i%10)
			if i%3 == 0 {
				r = fmt.Sprintf(`{"n":%d,"msg":"reset for user%d@example.org","ua":"curl/8.%d"}`, o*perObject+i, i, i%10)
			}
			recs = append(recs, r)
			raw = append(append(raw, r...), '\n')
		}
		obj := sinks.Object{Key: k.String(), Body: enc.Encode(nil, raw), Meta: sinks.Meta{Class: "access", Records: perObject,
			FirstOffset: k.FirstOffset, LastOffset: k.FirstOffset + perObject - 1, RulesVersion: "old", RawSize: int64(len(raw))}}
		if err := d.(putter).Put(ctx, obj); err != nil {
			t.Fatal(err)
		}
		orig[k.String()] = recs
	}
	args := func(more ...string) []string { return append(append([]string{"rewrite"}, archiveArgs...), more...) }
	out, err := exec.Command(cliBin, args("--dry-run", "--progress", "0")...).CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte(fmt.Sprintf("would rewrite %d of %d objects (0 unchanged)", objects, objects))) ||
		!bytes.Contains(out, []byte("redactions email=134")) || !bytes.Contains(out, []byte(fmt.Sprintf("%d changed, 0 dropped", objects*134))) {
		t.Fatalf("dry run: %v\n%s", err, out)
	}

	// Kill it once it has rewritten some objects.
	cmd := exec.Command(cliBin, args("--progress", "1ns")...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	progress := regexp.MustCompile(`^rewrite: (\d+) objects, (\d+) rewritten`)
	sc := bufio.NewScanner(stderr)
	killedAt := ""
	for sc.Scan() {
		if m := progress.FindStringSubmatch(sc.Text()); m != nil && atoi(m[2]) >= 40 {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killedAt = sc.Text()
			break
		}
	}
	_, _ = io.Copy(io.Discard, stderr)
	_ = cmd.Wait()
	if killedAt == "" {
		t.Fatal("rewrite finished before it could be killed")
	}
	t.Logf("killed after %q", killedAt)

	out, err = exec.Command(cliBin, args("--progress", "0")...).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	t.Logf("rerun: %s", out)
	m := regexp.MustCompile(`rewrote (\d+) of (\d+) objects \((\d+) unchanged\)`).FindSubmatch(out)
	if m == nil || string(m[2]) != fmt.Sprint(objects) || string(m[3]) == "0" {
		t.Fatalf("rerun did not skip what the killed run did:\n%s", out)
	}

	// Record by record: what the policy makes of the original, in order.
	pol := rules.Default()
	red := pol.Engine().NewRedactor()
	rf := pol.FormatFor("cdn-access")
	if err := rf.Apply(red); err != nil {
		t.Fatal(err)
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
			t.Fatalf("%s: %v", key, err)
		}
		got := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
		if len(got) != len(recs) || st.Meta.Records != len(recs) || st.Meta.RulesVersion != pol.Version {
			t.Fatalf("%s: %d records (meta %d, rules-version %s), want %d", key, len(got), st.Meta.Records, st.Meta.RulesVersion, len(recs))
		}
		for i, r := range recs {
			want, err := red.Redact(nil, []byte(r), rf.Format)
			if err != nil {
				t.Fatal(err)
			}
			if got[i] != string(want) || strings.Contains(got[i], "@example.org") {
				t.Fatalf("%s record %d: %s, want %s", key, i, got[i], want)
			}
		}
		if check != nil {
			check(key)
		}
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// skipMetaFrame returns a Dir object's bytes after its zstd skippable
// metadata frame.
func skipMetaFrame(b []byte) []byte {
	if len(b) >= 8 && b[0] == 0x5D && b[1] == 0x2A && b[2] == 0x4D && b[3] == 0x18 {
		n := int(b[4]) | int(b[5])<<8 | int(b[6])<<16 | int(b[7])<<24
		if 8+n <= len(b) {
			return b[8+n:]
		}
	}
	return b
}
