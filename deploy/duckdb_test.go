package deploy

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/redactd/redactd/sinks"
)

// needTool skips the test when a tool cannot be had, except in CI where it
// must be there.
func needTool(t *testing.T, why string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s: %v", why, err)
	}
	t.Skipf("%s (CI unset, so skipping): %v", why, err)
}

// needDuckDB returns node with @duckdb/node-api installed, or skips (fails
// under CI).
func needDuckDB(t *testing.T) string {
	t.Helper()
	node, err := exec.LookPath("node")
	needTool(t, "node is not installed", err)
	out, err := exec.Command("sh", "duckdb/install.sh").CombinedOutput()
	if err != nil {
		err = fmt.Errorf("%v\n%s", err, out)
	}
	needTool(t, "cannot install @duckdb/node-api with npm", err)
	return node
}

// TestDuckDBReadsArchive writes an archive the way the daemon does
// (sinks.Dir, both codecs, JSON and text topics, text objects named
// .log.* and, as before that name, .ndjson.*, several hours and partitions), then has DuckDB read it with deploy/duckdb/check.mjs: every
// record of every object, by class and topic, and the JSON topics as JSON.
// query.sql is run against the demo's archive (TestDuckDBQueriesDemoArchive).
func TestDuckDBReadsArchive(t *testing.T) {
	node := needDuckDB(t)

	dir := t.TempDir()
	d, err := sinks.NewDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	type topic struct {
		class string
		json  bool
	}
	topics := map[string]topic{
		"app-telemetry": {"technical", true},
		"audit-log":     {"audit", true},
		"voip-cdr":      {"access", false},
		"dns-queries":   {"technical", false},
	}
	wantLines := map[string]map[string]int{}
	wantJSON := map[string]int{}
	start := time.Date(2026, 11, 22, 22, 0, 0, 0, time.UTC)
	n := 0
	names := slices.Sorted(maps.Keys(topics))
	for ti, name := range names {
		tp := topics[name]
		for h := range 4 { // 22:00 to 01:00: two days
			for part := range 3 {
				k := sinks.Key{Class: tp.class, Topic: name, Partition: part, FirstOffset: int64(100 * h),
					Hour: start.Add(time.Duration(h) * time.Hour), Codec: sinks.Codec(part % 2),
					Text: !tp.json && h%2 == 0} // text under both names: .log.* and, as before, .ndjson.*
				var raw []byte
				recs := 1 + ti + (h+part)%4 // a different total per topic
				for i := range recs {
					n++
					if tp.json {
						raw = fmt.Appendf(raw, `{"ts":"%s","user":{"id":"k1:%016x"},"path":"/p/%d","status":%d,"ip":"203.0.113.0"}`+"\n",
							k.Hour.Format(time.RFC3339), n%5, i, []int{200, 404, 500}[n%3])
					} else {
						raw = fmt.Appendf(raw, "ts=%s call_id=c%d from=[phone] to=[phone] dur=%d\n", k.Hour.Format(time.RFC3339), n, i)
					}
				}
				enc, err := sinks.NewEncoder(k.Codec, 0)
				if err != nil {
					t.Fatal(err)
				}
				obj := sinks.Object{Key: k.String(), Body: enc.Encode(nil, raw), Meta: sinks.Meta{
					Class: tp.class, Records: recs, FirstOffset: k.FirstOffset, LastOffset: k.FirstOffset + int64(recs) - 1,
					RulesVersion: "test", KeyID: "k1", RawSize: int64(len(raw)),
				}}
				enc.Close()
				if err := d.Put(context.Background(), obj); err != nil {
					t.Fatal(err)
				}
				if wantLines[tp.class] == nil {
					wantLines[tp.class] = map[string]int{}
				}
				wantLines[tp.class][name] += recs
				if tp.json {
					wantJSON[tp.class] += recs
				}
			}
		}
	}

	cmd := exec.Command(node, "duckdb/check.mjs", dir, "app-telemetry", "audit-log")
	out, err := cmd.Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("node duckdb/check.mjs: %v\n%s", err, stderr)
	}
	t.Logf("DuckDB: %s", out)
	var got struct {
		Lines       map[string]map[string]int `json:"lines"`
		JSON        map[string]int            `json:"json"`
		JSONColumns []string                  `json:"json_columns"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("check.mjs output %q: %v", out, err)
	}
	if !reflect.DeepEqual(got.Lines, wantLines) {
		t.Errorf("records per class and topic:\n got %v\nwant %v", got.Lines, wantLines)
	}
	if !reflect.DeepEqual(got.JSON, wantJSON) {
		t.Errorf("JSON records per class:\n got %v\nwant %v", got.JSON, wantJSON)
	}
	for _, c := range []string{"class", "topic", "dt", "hour", "ts", "user", "path", "status", "ip"} {
		if !slices.Contains(got.JSONColumns, c) {
			t.Errorf("DuckDB did not find column %q: %v", c, got.JSONColumns)
		}
	}
}
