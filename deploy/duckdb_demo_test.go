package deploy

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestDuckDBQueriesDemoArchive runs `redactd demo` for a few seconds (the
// corpus the README's tour shows: nginx and CloudFront lines on cdn-access,
// CSV call records, BIND lines, JSON audit and telemetry), then runs every
// statement of deploy/duckdb/query.sql against its archive with DuckDB, and
// holds the results of the statements marked "-- check:" against what
// `redactd query` counts in the same archive: two readers of the text
// formats (DuckDB's regular expressions, redactd's field splitter) must
// agree record for record.
func TestDuckDBQueriesDemoArchive(t *testing.T) {
	node := needDuckDB(t)
	bin := redactd(t)
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	demo := exec.CommandContext(ctx, bin, "demo", "--duration", "4s", "--rate", "3000", "--archive", dir)
	if out, err := demo.CombinedOutput(); err != nil {
		t.Fatalf("redactd demo: %v\n%s", err, out)
	}
	runs, _ := filepath.Glob(filepath.Join(dir, "run-*"))
	if len(runs) != 1 {
		t.Fatalf("demo archive: %v", runs)
	}
	arch := runs[0]

	// query.sql, then the sql blocks of deploy/README.md (which use its
	// views), each marked as a check that must return rows.
	sql, err := os.ReadFile("duckdb/query.sql")
	if err != nil {
		t.Fatal(err)
	}
	readme, _ := os.ReadFile("README.md")
	all := string(sql)
	nReadme := 0
	for _, m := range regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllStringSubmatch(string(readme), -1) {
		if strings.Contains(m[1], ".parquet") {
			continue // TestDuckDBReadsParquetDemo runs it
		}
		nReadme++
		all += fmt.Sprintf("\n-- check: readme_%d\n%s", nReadme, m[1])
	}
	sqlFile := filepath.Join(t.TempDir(), "query.sql")
	if err := os.WriteFile(sqlFile, []byte(all), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, node, "duckdb/check.mjs", arch)
	cmd.Env = append(os.Environ(), "QUERY_SQL="+sqlFile, "ENGINE_SQL=athena/table.sql,trino/table.sql")
	out, err := cmd.Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("node duckdb/check.mjs: %v\n%s", err, stderr)
	}
	var got struct {
		QuerySQL []int                                  `json:"query_sql"`
		Checks   map[string][]map[string]any            `json:"checks"`
		Engines  map[string]map[string][]map[string]any `json:"engine_checks"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("check.mjs output %q: %v", out, err)
	}
	for i := 1; i <= nReadme; i++ {
		if len(got.Checks[fmt.Sprintf("readme_%d", i)]) == 0 {
			t.Errorf("deploy/README.md: sql block %d returns no rows on the demo's archive", i)
		}
	}
	if nReadme == 0 {
		t.Error("deploy/README.md has no sql block")
	}
	// Statements end a line with ';' outside the comment lines.
	if n := strings.Count(regexp.MustCompile(`(?m)^--.*\n`).ReplaceAllString(all, ""), ";\n"); n < 10 || len(got.QuerySQL) != n {
		t.Errorf("query.sql: %d of %d statements ran", len(got.QuerySQL), n)
	}

	// query returns `redactd query ARGS` counted by fields, as "v1/v2" -> n.
	query := func(fields string, args ...string) map[string]string {
		t.Helper()
		args = append([]string{"query", "--archive", arch, "--from", "-2d", "--quiet", "--output", "jsonl", "--count-by", fields}, args...)
		out, err := exec.CommandContext(ctx, bin, args...).Output()
		if err != nil {
			t.Fatalf("redactd %s: %v", strings.Join(args, " "), err)
		}
		m := map[string]string{}
		sc := bufio.NewScanner(strings.NewReader(string(out)))
		for sc.Scan() {
			var row map[string]any
			if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
				t.Fatalf("redactd query output %q: %v", sc.Text(), err)
			}
			var key []string
			absent := false
			for _, f := range strings.Split(fields, ",") {
				absent = absent || row[f] == nil
				key = append(key, fmt.Sprint(row[f]))
			}
			if !absent { // records of another layout
				m[strings.Join(key, "/")] = fmt.Sprint(row["count"])
			}
		}
		return m
	}
	// check returns a check's rows as "v1/v2" -> n.
	check := func(name string, cols ...string) map[string]string {
		t.Helper()
		return rowsOf(t, got.Checks, name, cols...)
	}
	same := func(what string, duck, redactd map[string]string, atLeast int) {
		t.Helper()
		if len(duck) < atLeast || !reflect.DeepEqual(duck, redactd) {
			t.Errorf("%s:\nDuckDB  %v\nredactd %v", what, duck, redactd)
		}
	}
	nginx, cf := query("status", "--topic", "cdn-access"), query("sc-status", "--topic", "cdn-access")
	same("nginx lines by status", check("nginx_status", "status"), nginx, 4)
	same("CloudFront lines by status", check("cloudfront_status", "sc_status"), cf, 4)
	same("audit events by event and result", check("audit_events", "event", "result"), query("event,result", "--class", "audit"), 4)
	// The Athena and Trino views, run by DuckDB over the same lines.
	for _, f := range []string{"athena/table.sql", "trino/table.sql"} {
		same(f+": cdn_nginx by status", rowsOf(t, got.Engines[f], "nginx_status", "status"), nginx, 4)
		same(f+": cdn_cloudfront by status", rowsOf(t, got.Engines[f], "cloudfront_status", "sc_status"), cf, 4)
	}

	// Records per class and topic: every topic of the demo, as many records
	// as `redactd query --count` finds in each.
	var pairs []string
	for _, r := range got.Checks["records"] {
		class, topic := fmt.Sprint(r["class"]), fmt.Sprint(r["topic"])
		pairs = append(pairs, class+"/"+topic)
		out, err := exec.CommandContext(ctx, bin, "query", "--archive", arch, "--from", "-2d", "--quiet",
			"--class", class, "--topic", topic, "--count").Output()
		if err != nil {
			t.Fatalf("redactd query --count %s/%s: %v", class, topic, err)
		}
		if n := strings.TrimSpace(string(out)); n != fmt.Sprint(r["records"]) {
			t.Errorf("%s/%s: DuckDB counts %v records, redactd query %s", class, topic, r["records"], n)
		}
	}
	want := []string{"access/cdn-access", "access/voip-cdr", "audit/audit-log", "technical/app-telemetry", "technical/dns-queries"}
	if slices.Sort(pairs); !slices.Equal(pairs, want) {
		t.Errorf("classes and topics: %v, want %v", pairs, want)
	}
}

// rowsOf returns the rows of check name as "v1/v2" -> n.
func rowsOf(t *testing.T, checks map[string][]map[string]any, name string, cols ...string) map[string]string {
	t.Helper()
	rows, ok := checks[name]
	if !ok || len(rows) == 0 {
		t.Errorf("check %s missing or empty", name)
	}
	m := map[string]string{}
	for _, r := range rows {
		var key []string
		for _, c := range cols {
			key = append(key, fmt.Sprint(r[c]))
		}
		m[strings.Join(key, "/")] = fmt.Sprint(r["n"])
	}
	return m
}

// readmeQueries returns the `redactd query` command lines of the sh blocks
// of a README (continuation lines joined), split into arguments (single
// quotes honoured), without the redirections.
func readmeQueries(t *testing.T, file string) [][]string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var cmds [][]string
	inSh := false
	var cur string
	for _, l := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(l, "```sh"):
			inSh = true
			continue
		case strings.HasPrefix(l, "```"):
			inSh = false
			continue
		}
		if !inSh {
			continue
		}
		if cur != "" {
			cur += " " + strings.TrimSpace(l)
		} else if strings.HasPrefix(strings.TrimSpace(l), "redactd query ") {
			cur = strings.TrimSpace(l)
		}
		if cur == "" || strings.HasSuffix(cur, "\\") {
			cur = strings.TrimSuffix(cur, "\\")
			continue
		}
		if i := strings.Index(cur, " >"); i >= 0 {
			cur = cur[:i]
		}
		var args []string
		for i, part := range strings.Split(cur, "'") {
			if i%2 == 1 {
				args = append(args, part)
			} else {
				args = append(args, strings.Fields(part)...)
			}
		}
		cmds = append(cmds, args[1:])
		cur = ""
	}
	return cmds
}

// TestREADMEQueriesOnDemo runs every `redactd query` example of README.md
// and deploy/README.md against the demo's archive, with the archive (or
// --config) replaced by the demo's and fixed dates by the last two days:
// each must find records (exit 0), so the examples fit the data the demo
// and the README's tour show.
func TestREADMEQueriesOnDemo(t *testing.T) {
	bin := redactd(t)
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, bin, "demo", "--duration", "3s", "--rate", "3000", "--archive", dir).CombinedOutput(); err != nil {
		t.Fatalf("redactd demo: %v\n%s", err, out)
	}
	runs, _ := filepath.Glob(filepath.Join(dir, "run-*"))
	if len(runs) != 1 {
		t.Fatalf("demo archive: %v", runs)
	}
	n := 0
	for _, file := range []string{"../README.md", "README.md"} {
		for _, args := range readmeQueries(t, file) {
			run := []string{"query", "--quiet"}
			for i := 1; i < len(args); i++ {
				switch a, v := args[i], args[min(i+1, len(args)-1)]; a {
				case "--archive", "--config":
					run = append(run, "--archive", runs[0])
					i++
				case "--from", "--to":
					if _, err := time.Parse(time.DateOnly, v[:min(len(v), 10)]); err == nil || v == "yesterday" {
						v = map[string]string{"--from": "-2d", "--to": "now"}[a]
					}
					run = append(run, a, v)
					i++
				default:
					run = append(run, a)
				}
			}
			out, err := exec.CommandContext(ctx, bin, run...).CombinedOutput()
			if err != nil || len(out) == 0 {
				t.Errorf("%s: redactd %s: %v\n%s", file, strings.Join(args, " "), err, out)
			}
			n++
		}
	}
	if n < 8 {
		t.Errorf("only %d query examples found", n)
	}
}

// duckDBPreamble starts a node script (node --input-type=module -e) with a
// DuckDB connection, conn, and rows(sql), which returns a query's rows as
// JSON objects.
const duckDBPreamble = `
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
async function loadDuckDB() {
  try { return await import('@duckdb/node-api'); } catch {
    const prefix = process.env.DUCKDB_NODE_PREFIX ?? join(process.cwd(), '..', '.cache', 'duckdb');
    return await import(pathToFileURL(createRequire(join(prefix, 'package.json')).resolve('@duckdb/node-api')).href);
  }
}
const { DuckDBInstance } = await loadDuckDB();
const conn = await (await DuckDBInstance.create(':memory:')).connect();
const rows = async (q) => (await conn.runAndReadAll(q)).getRowObjectsJson();
`

// TestDuckDBReadsParquetDemo runs `redactd demo --batch-format parquet`:
// the daemon writes Parquet objects, DuckDB's read_parquet reads every one
// of them (typed columns for the JSON topics, a line column for the text
// ones), and its counts per class and topic, and of audit events by type,
// equal what `redactd query` reads from the same objects.
func TestDuckDBReadsParquetDemo(t *testing.T) {
	node := needDuckDB(t)
	bin := redactd(t)
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, bin, "demo", "--duration", "4s", "--rate", "3000", "--archive", dir, "--batch-format", "parquet").CombinedOutput(); err != nil {
		t.Fatalf("redactd demo: %v\n%s", err, out)
	}
	runs, _ := filepath.Glob(filepath.Join(dir, "run-*"))
	if len(runs) != 1 {
		t.Fatalf("demo archive: %v", runs)
	}
	arch := runs[0]
	if objs, _ := filepath.Glob(filepath.Join(arch, "class=*/topic=*/dt=*/hour=*/*")); len(objs) == 0 || slices.ContainsFunc(objs, func(p string) bool {
		return !strings.HasSuffix(p, ".parquet")
	}) {
		t.Fatalf("want only .parquet objects, got %d: %v", len(objs), objs[:min(len(objs), 3)])
	}
	script := duckDBPreamble + `
const dir = process.argv[1];
const src = (glob) => "read_parquet('" + dir + glob + "', hive_partitioning = true, union_by_name = true)";
console.log(JSON.stringify({
  records: await rows('SELECT class, topic, count(*) AS n FROM ' + src('/class=*/topic=*/dt=*/hour=*/*.parquet') + ' GROUP BY ALL'),
  events: await rows('SELECT event, result, count(*) AS n FROM ' + src('/class=audit/topic=audit-log/dt=*/hour=*/*.parquet') + ' GROUP BY ALL'),
  audit_columns: await rows('DESCRIBE SELECT * FROM ' + src('/class=audit/topic=audit-log/dt=*/hour=*/*.parquet')),
  cdn_columns: await rows('DESCRIBE SELECT * FROM ' + src('/class=access/topic=cdn-access/dt=*/hour=*/*.parquet')),
  readme: await Promise.all(JSON.parse(process.env.README_SQL).map(async (q) => (await rows(q.replaceAll('/var/lib/redactd/archive', dir))).length)),
}));
`
	// The sql blocks of deploy/README.md that read Parquet (those of the
	// Parquet text topics, which the demo lacks, run in
	// TestDuckDBReadsParquetText).
	readme, _ := os.ReadFile("README.md")
	var blocks []string
	for _, m := range regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllStringSubmatch(string(readme), -1) {
		if strings.Contains(m[1], ".parquet") && !strings.Contains(m[1], "topic=cdn-nginx") {
			blocks = append(blocks, strings.TrimSuffix(strings.TrimSpace(m[1]), ";"))
		}
	}
	readmeSQL, _ := json.Marshal(blocks)
	cmd := exec.CommandContext(ctx, node, "--input-type=module", "-e", script, arch)
	cmd.Env = append(os.Environ(), "README_SQL="+string(readmeSQL))
	out, err := cmd.Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("node: %v\n%s", err, stderr)
	}
	var got struct {
		Records      []map[string]any `json:"records"`
		Events       []map[string]any `json:"events"`
		AuditColumns []map[string]any `json:"audit_columns"`
		CDNColumns   []map[string]any `json:"cdn_columns"`
		Readme       []int            `json:"readme"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("node output %q: %v", out, err)
	}
	if len(blocks) == 0 || len(got.Readme) != len(blocks) || slices.Contains(got.Readme, 0) {
		t.Errorf("deploy/README.md Parquet sql blocks: %d, rows %v: each must return rows", len(blocks), got.Readme)
	}
	total := 0
	for _, r := range got.Records {
		class, topic := fmt.Sprint(r["class"]), fmt.Sprint(r["topic"])
		out, err := exec.CommandContext(ctx, bin, "query", "--archive", arch, "--from", "-2d", "--quiet",
			"--class", class, "--topic", topic, "--count").Output()
		if err != nil {
			t.Fatalf("redactd query --count %s/%s: %v", class, topic, err)
		}
		if n := strings.TrimSpace(string(out)); n != fmt.Sprint(r["n"]) {
			t.Errorf("%s/%s: DuckDB reads %v records, redactd query %s", class, topic, r["n"], n)
		}
		total++
	}
	if total != 5 {
		t.Errorf("DuckDB found %d class/topic pairs, want the demo's 5: %v", total, got.Records)
	}
	events := map[string]string{}
	for _, r := range got.Events {
		events[fmt.Sprint(r["event"])+"/"+fmt.Sprint(r["result"])] = fmt.Sprint(r["n"])
	}
	out, err = exec.CommandContext(ctx, bin, "query", "--archive", arch, "--from", "-2d", "--quiet",
		"--class", "audit", "--count-by", "event,result", "--output", "jsonl").Output()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var r map[string]any
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		want[fmt.Sprint(r["event"])+"/"+fmt.Sprint(r["result"])] = fmt.Sprint(r["count"])
	}
	if len(events) < 4 || !reflect.DeepEqual(events, want) {
		t.Errorf("audit events:\nDuckDB  %v\nredactd %v", events, want)
	}
	// Columns: typed for JSON, nested objects as JSON; one line column for text.
	cols := func(rows []map[string]any) map[string]string {
		m := map[string]string{}
		for _, r := range rows {
			m[fmt.Sprint(r["column_name"])] = fmt.Sprint(r["column_type"])
		}
		return m
	}
	audit := cols(got.AuditColumns)
	for c, typ := range map[string]string{"event": "VARCHAR", "mfa": "BOOLEAN", "actor": "JSON", "class": "VARCHAR"} {
		if audit[c] != typ {
			t.Errorf("audit column %s: %q, want %s (all: %v)", c, audit[c], typ, audit)
		}
	}
	if cdn := cols(got.CDNColumns); cdn["line"] != "VARCHAR" {
		t.Errorf("cdn-access columns %v: want a line column", cdn)
	}
}
