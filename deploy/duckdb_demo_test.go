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
