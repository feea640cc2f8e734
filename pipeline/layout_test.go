package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/redactd/redactd/pipeline/kafkatest"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

// nginxLines returns n nginx combined lines from id first on, one per
// record, each naming its id in the request path, with a client address
// to redact and a status of 200, 404 or 500.
func nginxLines(first, n int, base time.Time) []kafkatest.Record {
	recs := make([]kafkatest.Record, n)
	statuses := []int{200, 404, 500}
	for i := range recs {
		id := first + i
		ts := base.Add(time.Duration(id) * time.Second).UTC()
		v := fmt.Sprintf(`10.1.2.%d - - [%s] "GET /r%06d?email=u%d@example.com HTTP/1.1" %d 512 "-" "curl/8.5.0"`,
			id%250+1, ts.Format("02/Jan/2006:15:04:05 -0700"), id, id, statuses[id%3])
		recs[i] = kafkatest.Record{Value: []byte(v), Time: ts}
	}
	return recs
}

// TestFormatByTopicAndClass: batch.format_by_topic and format_by_class
// choose each object's format; the nginx topic, declared combined in the
// policy, gets Parquet with a column per field; a replay by a new group
// writes no record twice and no key twice.
func TestFormatByTopicAndClass(t *testing.T) {
	addr, _ := kafkatest.Start(t, map[string]int{"app-logs": 2, "web-nginx": 1})
	pol, err := rules.ParseForTest("test.yaml", []byte(testPolicyYAML+"formats: {web-nginx: combined}\n"))
	if err != nil {
		t.Fatal(err)
	}
	arch := newDir(t)
	const nApp, nWeb = 600, 300
	app := corpus(nApp, 2, hourBase)
	kafkatest.Produce(t, addr, "app-logs", app[:nApp/2])
	kafkatest.Produce(t, addr, "web-nginx", nginxLines(0, nWeb/2, hourBase))
	cfg := func(group string) Config {
		c := testConfig(addr, group, "app-logs", "web-nginx")
		c.Batch.FormatByClass = map[string]string{"audit": "parquet"}
		c.Batch.FormatByTopic = map[string]string{"web-nginx": "parquet"}
		return c
	}
	r := start(t, cfg("first"), pol, arch)
	waitFor(t, 20*time.Second, "first run committed", committedAll(t, addr, "first", "web-nginx", map[int]int64{0: nWeb / 2}))
	waitFor(t, 20*time.Second, "first run committed", committedAll(t, addr, "first", "app-logs", ends(app[:nApp/2], 2)))
	r.Stop(t)
	firstKeys := map[string]bool{}
	for _, o := range readArchive(t, arch) {
		firstKeys[o.key.String()] = true
	}

	// A new group replays everything from offset 0, with more records.
	kafkatest.Produce(t, addr, "app-logs", app[nApp/2:])
	kafkatest.Produce(t, addr, "web-nginx", nginxLines(nWeb/2, nWeb/2, hourBase))
	r2 := start(t, cfg("second"), pol, arch)
	waitFor(t, 20*time.Second, "replay committed", committedAll(t, addr, "second", "web-nginx", map[int]int64{0: nWeb}))
	waitFor(t, 20*time.Second, "replay committed", committedAll(t, addr, "second", "app-logs", ends(app, 2)))
	snap := r2.p.Snapshot()
	r2.Stop(t)
	if snap.Replayed != nApp/2+nWeb/2 {
		t.Errorf("replayed %d records, want the %d of the first run", snap.Replayed, nApp/2+nWeb/2)
	}

	objs := readArchive(t, arch)
	var appObjs []object
	web := map[string]int{}
	idRE := regexp.MustCompile(`GET /(r\d{6})\?email=\[email\] HTTP`)
	ctx := context.Background()
	for _, o := range objs {
		wantExt := ".ndjson.zst"
		if o.key.Topic == "web-nginx" || o.key.Class == "audit" {
			wantExt = ".parquet"
		}
		if k := o.key.String(); !strings.HasSuffix(k, wantExt) {
			t.Errorf("%s: want a %s object", k, wantExt)
		}
		if o.key.Topic == "app-logs" {
			appObjs = append(appObjs, o)
			continue
		}
		rc, err := arch.Get(ctx, o.key.String())
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		rows := textColumns(t, body)
		if len(rows) != len(o.lines) {
			t.Fatalf("%s: %d rows, %d lines", o.key, len(rows), len(o.lines))
		}
		for i, l := range o.lines {
			m := idRE.FindStringSubmatch(l)
			if m == nil {
				t.Errorf("%s: line %d not redacted as expected", o.key, i)
				continue
			}
			web[m[1]]++
			if want := fmt.Sprint([]int{200, 404, 500}[atoi(m[1][1:])%3]); rows[i]["status"] != want || rows[i]["line"] != l ||
				rows[i]["remote_addr"] != "10.1.2.0" || !strings.HasPrefix(rows[i]["request"], "GET /"+m[1]) {
				t.Errorf("%s: row %d %v, want status %s and the line's fields", o.key, i, rows[i], want)
			}
		}
	}
	checkExactlyOnce(t, checkArchive(t, appObjs), nApp)
	checkExactlyOnce(t, web, nWeb)
	for k := range firstKeys {
		if _, err := arch.Stat(ctx, k); err != nil {
			t.Errorf("object %s of the first run: %v", k, err)
		}
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// textColumns reads a Parquet object's rows as column name -> value.
func textColumns(t *testing.T, body []byte) []map[string]string {
	t.Helper()
	f, err := parquet.OpenFile(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		t.Fatal(err)
	}
	fields := f.Schema().Fields()
	r := parquet.NewReader(f)
	defer r.Close()
	var out []map[string]string
	buf := make([]parquet.Row, 64)
	for {
		n, err := r.ReadRows(buf)
		for _, row := range buf[:n] {
			m := map[string]string{}
			for _, v := range row {
				if !v.IsNull() {
					m[fields[v.Column()].Name()] = string(v.ByteArray())
				}
			}
			out = append(out, m)
		}
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestValidatePolicyFormatByClass: New refuses a format_by_class key that
// is not a class of the policy, naming the key.
func TestValidatePolicyFormatByClass(t *testing.T) {
	c := testConfig("127.0.0.1:1", "g", "in")
	c.Batch.FormatByClass = map[string]string{"audits": "parquet"}
	_, err := New(c, testPolicy(t), &memArchive{})
	if err == nil || !strings.Contains(err.Error(), `key batch.format_by_class.audits: value "audits": is not a class of the policy test.yaml`) {
		t.Errorf("New: %v", err)
	}
}

// countingArchive counts the requests made of an archive.
type countingArchive struct {
	sinks.Archive
	puts, stats atomic.Int64
}

func (c *countingArchive) Put(ctx context.Context, obj sinks.Object) error {
	c.puts.Add(1)
	return c.Archive.Put(ctx, obj)
}

func (c *countingArchive) Stat(ctx context.Context, key string) (sinks.Meta, error) {
	c.stats.Add(1)
	return c.Archive.Stat(ctx, key)
}

// webIDs returns how often each nginx record id (nginxLines) is in the
// objects of topic web, and checks every text object is named .log.zst
// unless legacy allows .ndjson.zst.
func webIDs(t *testing.T, objs []object, legacy map[string]bool) map[string]int {
	t.Helper()
	idRE := regexp.MustCompile(`GET /(r\d{6})\?`)
	ids := map[string]int{}
	for _, o := range objs {
		if k := o.key.String(); !o.key.Text && !legacy[k] {
			t.Errorf("%s: a text object not named .log.zst", k)
		}
		for _, l := range o.lines {
			if m := idRE.FindStringSubmatch(l); m != nil {
				ids[m[1]]++
			}
		}
	}
	return ids
}

// TestReplayAcrossTextRename: a daemon naming text objects .ndjson.zst (the
// versions before .log.zst) archives half a topic without committing it;
// after the upgrade a replay from offset 0 writes the rest under .log.zst
// and none of the first half again.
func TestReplayAcrossTextRename(t *testing.T) {
	addr, _ := kafkatest.Start(t, map[string]int{"web": 2})
	arch := newDir(t)
	pol := testPolicy(t)
	const n = 400
	recs := nginxLines(0, n, hourBase)
	for i := range recs {
		recs[i].Partition = int32(i % 2)
	}
	kafkatest.Produce(t, addr, "web", recs[:n/2])
	old, err := New(testConfig(addr, "first", "web"), pol, arch, WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	old.ndjsonNames = true
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- old.Run(ctx) }()
	waitFor(t, 20*time.Second, "first run committed", committedAll(t, addr, "first", "web", ends(recs[:n/2], 2)))
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	legacy := map[string]bool{}
	for _, o := range readArchive(t, arch) {
		if o.key.Text || !strings.HasSuffix(o.key.String(), ".ndjson.zst") {
			t.Fatalf("first run wrote %s, want the old .ndjson.zst name", o.key)
		}
		legacy[o.key.String()] = true
	}

	// The upgraded daemon, a new group: everything is replayed from 0.
	kafkatest.Produce(t, addr, "web", recs[n/2:])
	r := start(t, testConfig(addr, "second", "web"), pol, arch)
	waitFor(t, 20*time.Second, "replay committed", committedAll(t, addr, "second", "web", ends(recs, 2)))
	snap := r.p.Snapshot()
	r.Stop(t)
	objs := readArchive(t, arch)
	checkExactlyOnce(t, webIDs(t, objs, legacy), n)
	if snap.Replayed != n/2 {
		t.Errorf("replayed %d, want the first run's %d", snap.Replayed, n/2)
	}
	newer := 0
	for _, o := range objs {
		if o.key.Text {
			newer++
		}
	}
	if newer == 0 || newer+len(legacy) != len(objs) {
		t.Errorf("%d objects: %d of the first run, %d .log.zst", len(objs), len(legacy), newer)
	}
}

// TestLegacyNameChecked: a previous owner still on the old version wrote
// a batch under the old name after the new owner listed the partition;
// the new owner's batch from the same first offset finds it by its old
// name (one Stat per text object) and writes only the records after it.
// On a directory archive, and on MinIO unless -short.
func TestLegacyNameChecked(t *testing.T) {
	t.Run("dir", func(t *testing.T) { testLegacyNameChecked(t, newDir(t)) })
	t.Run("s3", func(t *testing.T) {
		if testing.Short() {
			t.Skip("starts MinIO")
		}
		srv := s3test.Start(t)
		a, err := sinks.NewS3(srv.Client(), srv.NewBucket(t), "", sinks.OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		testLegacyNameChecked(t, a)
	})
}

func testLegacyNameChecked(t *testing.T, dir sinks.Archive) {
	arch := &countingArchive{Archive: dir}
	p, err := New(testConfig("127.0.0.1:1", "g", "in"), testPolicy(t), arch, WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	pt := &partition{p: p, topic: "in", layout: p.layout["in"], tm: p.topicM["in"], log: p.log, uploadCtx: ctx}
	hour := hourBase.Unix() / 3600
	mk := func(first, n int) *batch {
		b := &batch{pt: pt, hour: hour}
		for _, r := range nginxLines(first, n, hourBase) {
			b.add(r.Value, int64(first))
			first++
		}
		return b
	}
	w := &uploader{p: p}
	defer w.close()
	p.ndjsonNames = true // the previous owner, on the old version
	if err := w.put(ctx, mk(10, 10)); err != nil {
		t.Fatal(err)
	}
	p.ndjsonNames = false
	puts, stats := arch.puts.Load(), arch.stats.Load()
	b := mk(10, 25)
	if err := w.put(ctx, b); err != nil {
		t.Fatal(err)
	}
	if b.written != 25 {
		t.Errorf("written %d of 25", b.written)
	}
	objs := readArchive(t, dir)
	if len(objs) != 2 || objs[0].key.Text || !objs[1].key.Text || objs[1].key.FirstOffset != 20 {
		var keys []string
		for _, o := range objs {
			keys = append(keys, o.key.String())
		}
		t.Fatalf("objects %v, want the old one at 10 and a .log.zst one at 20", keys)
	}
	ids := webIDs(t, objs, map[string]bool{objs[0].key.String(): true})
	for i := 10; i < 35; i++ {
		if c := ids[fmt.Sprintf("r%06d", i)]; c != 1 {
			t.Errorf("record %d archived %d times", i, c)
		}
	}
	if len(ids) != 25 {
		t.Errorf("%d distinct records archived, want 25", len(ids))
	}
	// Requests of the upgraded put: a Stat of the old name at 10 (found),
	// then at 20 a Stat of the old name (missing) and the Put.
	if p, s := arch.puts.Load()-puts, arch.stats.Load()-stats; p != 1 || s != 2 {
		t.Errorf("%d puts and %d stats, want 1 and 2", p, s)
	}
	// A JSON batch has no old name to look for: its Put alone.
	puts, stats = arch.puts.Load(), arch.stats.Load()
	j := &batch{pt: pt, hour: hour}
	j.add([]byte(`{"id":"r000100","kind":"app"}`), 100)
	if err := w.put(ctx, j); err != nil {
		t.Fatal(err)
	}
	if p, s := arch.puts.Load()-puts, arch.stats.Load()-stats; p != 1 || s != 0 {
		t.Errorf("JSON batch: %d puts and %d stats, want 1 and 0", p, s)
	}
}
