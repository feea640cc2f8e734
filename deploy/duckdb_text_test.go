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
	"syscall"
	"testing"
	"time"

	"github.com/redactd/redactd/internal/corpus"
	"github.com/redactd/redactd/pipeline/kafkatest"
	"github.com/redactd/redactd/sinks"
)

// textRules declares the text formats of the topics TestDuckDBReadsParquetText
// writes, as the cdn pack does; cdn-nginx-ndjson gets the same lines as
// cdn-nginx, kept as NDJSON, for the size comparison.
const textRules = `version: 1
detectors:
  ipv4: {action: truncate, prefix: 24}
  ipv6: {action: truncate, prefix: 48}
  email: mask
  phone: mask
  secret: mask
  jwt: mask
classes: {access: 90}
routing: {default: access}
formats:
  cdn-nginx: combined
  cdn-nginx-ndjson: combined
  cdn-cloudfront: cloudfront
`

// TestDuckDBReadsParquetText runs `redactd run` against a Kafka broker
// with nginx and CloudFront lines on topics whose policy declares their
// formats and batch.format_by_topic writing them as Parquet; DuckDB reads
// the objects through the columns the Athena and Trino tables declare
// (redactd_nginx_parquet, redactd_cloudfront_parquet), and its counts by
// status equal `redactd query --count-by`'s on the same objects. It logs
// the objects' sizes against the same nginx lines as NDJSON+zstd.
func TestDuckDBReadsParquetText(t *testing.T) {
	node := needDuckDB(t)
	bin := redactd(t)
	topics := []string{"cdn-nginx", "cdn-nginx-ndjson", "cdn-cloudfront"}
	addr, _ := kafkatest.Start(t, map[string]int{topics[0]: 1, topics[1]: 1, topics[2]: 1})
	g := corpus.New(11)
	g.SetTime(time.Now().Add(-time.Hour))
	var nginx, cf []kafkatest.Record
	for range 6000 {
		r := g.Next(corpus.Nginx)
		nginx = append(nginx, kafkatest.Record{Value: r.Value, Time: r.Time})
	}
	for range 2000 {
		r := g.Next(corpus.CloudFront)
		cf = append(cf, kafkatest.Record{Value: r.Value, Time: r.Time})
	}
	kafkatest.Produce(t, addr, "cdn-nginx", nginx)
	kafkatest.Produce(t, addr, "cdn-nginx-ndjson", nginx)
	kafkatest.Produce(t, addr, "cdn-cloudfront", cf)

	dir := t.TempDir()
	arch := filepath.Join(dir, "archive")
	rulesFile, cfgFile := filepath.Join(dir, "rules.yaml"), filepath.Join(dir, "redactd.yaml")
	if err := os.WriteFile(rulesFile, []byte(textRules), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := fmt.Sprintf(`brokers: [%q]
topics: [cdn-nginx, cdn-nginx-ndjson, cdn-cloudfront]
group: duckdb-text
rules: %q
metrics_addr: "off"
group_timeouts: {session: 6s, heartbeat: 500ms, join_backoff: 200ms}
batch:
  idle_timeout: 500ms
  format_by_topic: {cdn-nginx: parquet, cdn-cloudfront: parquet}
archive: {url: %q}
log: {format: text}
`, addr, rulesFile, "file://"+filepath.ToSlash(arch))
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	run := exec.CommandContext(ctx, bin, "run", "--config", cfgFile)
	var logs strings.Builder
	run.Stdout, run.Stderr = &logs, &logs
	if err := run.Start(); err != nil {
		t.Fatal(err)
	}
	stopped := false
	defer func() {
		if !stopped {
			_ = run.Process.Kill()
			_ = run.Wait()
		}
	}()
	want := map[string]int64{"cdn-nginx": int64(len(nginx)), "cdn-nginx-ndjson": int64(len(nginx)), "cdn-cloudfront": int64(len(cf))}
	deadline := time.Now().Add(2 * time.Minute)
	for t2 := range want {
		for kafkatest.Committed(t, addr, "duckdb-text", t2, 1)[0] != want[t2] {
			if time.Now().After(deadline) {
				t.Fatalf("%s not committed to its end within 2m; log:\n%s", t2, logs.String())
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	_ = run.Process.Signal(syscall.SIGTERM)
	if err := run.Wait(); err != nil {
		t.Fatalf("redactd run: %v\n%s", err, logs.String())
	}
	stopped = true

	// Objects: Parquet for the two declared topics, NDJSON for the twin.
	sizes := map[string][2]int64{} // topic -> {object bytes, raw bytes}
	d, err := sinks.NewDir(arch)
	if err != nil {
		t.Fatal(err)
	}
	err = d.List(ctx, "", func(key string, size int64) error {
		k, err := sinks.ParseKey(key)
		if err != nil {
			return err
		}
		if (k.Codec == sinks.CodecParquet) != (k.Topic != "cdn-nginx-ndjson") {
			t.Errorf("%s: wrong format for its topic", key)
		}
		m, err := d.Stat(ctx, key)
		if err != nil {
			return err
		}
		s := sizes[k.Topic]
		sizes[k.Topic] = [2]int64{s[0] + m.Size, s[1] + m.RawSize}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range topics {
		s := sizes[tp]
		if s[0] == 0 {
			t.Fatalf("no object of %s", tp)
		}
		t.Logf("%s: %d bytes of redacted lines in %d bytes of objects: %.2fx", tp, s[1], s[0], float64(s[1])/float64(s[0]))
	}

	// The Athena and Trino tables' columns, read by DuckDB.
	tables := map[string]map[string][]string{} // file -> table -> columns
	for _, f := range []string{"athena/table.sql", "trino/table.sql"} {
		tables[f] = parquetTextTables(t, f)
	}
	if !reflect.DeepEqual(tables["athena/table.sql"], tables["trino/table.sql"]) {
		t.Errorf("Athena and Trino declare different Parquet text tables:\n%v\n%v", tables["athena/table.sql"], tables["trino/table.sql"])
	}
	cols := tables["athena/table.sql"]
	for _, tc := range []struct{ table, topic string }{{"redactd_nginx_parquet", "cdn-nginx"}, {"redactd_cloudfront_parquet", "cdn-cloudfront"}} {
		if len(cols[tc.table]) < 8 || !slices.Contains(cols[tc.table], "line") {
			t.Fatalf("%s declares %v", tc.table, cols[tc.table])
		}
		if !athenaProjects(t, tc.table, "access", tc.topic) {
			t.Errorf("athena/table.sql: %s does not project class access, topic %s onto the key layout", tc.table, tc.topic)
		}
	}
	view := func(table, topic string) string {
		var sel []string
		for _, c := range cols[table] {
			sel = append(sel, `"`+c+`"`)
		}
		return fmt.Sprintf("CREATE VIEW %s AS SELECT %s, class, topic, dt, hour FROM read_parquet('%s/class=*/topic=%s/dt=*/hour=*/*.parquet', hive_partitioning = true, union_by_name = true)",
			table, strings.Join(sel, ", "), arch, topic)
	}
	script := duckDBPreamble + `
const v = JSON.parse(process.env.VIEWS);
for (const q of v) await rows(q);
console.log(JSON.stringify({
  nginx_status: await rows('SELECT status, count(*) AS n FROM redactd_nginx_parquet WHERE status IS NOT NULL GROUP BY ALL'),
  cloudfront_status: await rows('SELECT sc_status, count(*) AS n FROM redactd_cloudfront_parquet WHERE sc_status IS NOT NULL GROUP BY ALL'),
  nginx_records: await rows('SELECT count(*) AS n FROM redactd_nginx_parquet'),
  readme: await Promise.all(JSON.parse(process.env.README_SQL).map(async (q) => ({ n: (await rows(q)).length }))),
  nginx_columns: await rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('` + arch + `/class=*/topic=cdn-nginx/dt=*/hour=*/*.parquet', union_by_name = true))"),
}));
`
	// The sql blocks of deploy/README.md on the Parquet text topics.
	readme, _ := os.ReadFile("README.md")
	var blocks []string
	for _, m := range regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllStringSubmatch(string(readme), -1) {
		if strings.Contains(m[1], "topic=cdn-nginx") {
			blocks = append(blocks, strings.ReplaceAll(strings.TrimSuffix(strings.TrimSpace(m[1]), ";"), "/var/lib/redactd/archive", arch))
		}
	}
	if len(blocks) == 0 {
		t.Error("deploy/README.md has no sql block on topic=cdn-nginx")
	}
	views, _ := json.Marshal([]string{view("redactd_nginx_parquet", "cdn-nginx"), view("redactd_cloudfront_parquet", "cdn-cloudfront")})
	cmd := exec.CommandContext(ctx, node, "--input-type=module", "-e", script)
	readmeSQL, _ := json.Marshal(blocks)
	cmd.Env = append(os.Environ(), "VIEWS="+string(views), "README_SQL="+string(readmeSQL))
	out, err := cmd.Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("node: %v\n%s", err, stderr)
	}
	var got map[string][]map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("node output %q: %v", out, err)
	}
	if len(got["readme"]) != len(blocks) {
		t.Errorf("deploy/README.md: %d sql blocks on cdn-nginx, %d ran", len(blocks), len(got["readme"]))
	}
	for i, r := range got["readme"] {
		if fmt.Sprint(r["n"]) == "0" {
			t.Errorf("deploy/README.md: sql block %d on cdn-nginx returns no rows", i+1)
		}
	}
	counts := func(rows []map[string]any, col string) map[string]string {
		m := map[string]string{}
		for _, r := range rows {
			m[fmt.Sprint(r[col])] = fmt.Sprint(r["n"])
		}
		return m
	}
	// query returns `redactd query --count-by field` on topic as value -> n.
	query := func(topic, field string) map[string]string {
		args := []string{"query", "--archive", arch, "--from", "-2d", "--quiet", "--topic", topic, "--output", "jsonl", "--count-by", field}
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
			if row[field] != nil {
				m[fmt.Sprint(row[field])] = fmt.Sprint(row["count"])
			}
		}
		return m
	}
	same := func(what string, duck, redactd map[string]string) {
		t.Helper()
		if len(duck) < 3 || !reflect.DeepEqual(duck, redactd) {
			t.Errorf("%s:\nDuckDB  %v\nredactd %v", what, duck, redactd)
		}
	}
	same("nginx lines by status", counts(got["nginx_status"], "status"), query("cdn-nginx", "status"))
	same("CloudFront lines by sc-status", counts(got["cloudfront_status"], "sc_status"), query("cdn-cloudfront", "sc-status"))
	same("CloudFront lines by sc_status", counts(got["cloudfront_status"], "sc_status"), query("cdn-cloudfront", "sc_status"))
	if n := fmt.Sprint(got["nginx_records"][0]["n"]); n != fmt.Sprint(len(nginx)) {
		t.Errorf("DuckDB reads %s nginx records, want the %d produced", n, len(nginx))
	}
	types := map[string]string{}
	for _, r := range got["nginx_columns"] {
		types[fmt.Sprint(r["column_name"])] = fmt.Sprint(r["column_type"])
	}
	for _, c := range []string{"line", "remote_addr", "status", "request", "http_user_agent"} {
		if types[c] != "VARCHAR" {
			t.Errorf("cdn-nginx column %s: %q, want VARCHAR (all: %v)", c, types[c], types)
		}
	}
}

// parquetTextTables returns the columns of the Parquet text tables
// (redactd_*_parquet other than the audit one) that file declares, in
// order, without the partition columns.
func parquetTextTables(t *testing.T, file string) map[string][]string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	re := regexp.MustCompile(`(?s)CREATE (?:EXTERNAL )?TABLE IF NOT EXISTS (?:hive\.logs\.)?(redactd_(?:nginx|cloudfront)_parquet) \((.*?)\n\)`)
	col := regexp.MustCompile("^\\s*[`\"]?([a-z_]+)[`\"]?\\s+(string|varchar)")
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		var cols []string
		for l := range strings.SplitSeq(m[2], "\n") {
			if c := col.FindStringSubmatch(l); c != nil && !slices.Contains([]string{"class", "topic", "dt", "hour"}, c[1]) {
				cols = append(cols, c[1])
			}
		}
		out[m[1]] = cols
	}
	if len(out) != 2 {
		t.Errorf("%s: Parquet text tables %v, want redactd_nginx_parquet and redactd_cloudfront_parquet", file, out)
	}
	return out
}

// athenaProjects reports whether athena/table.sql's table projects class
// and topic (enum values that include them) onto the archive's key layout.
func athenaProjects(t *testing.T, table, class, topic string) bool {
	t.Helper()
	b, err := os.ReadFile("athena/table.sql")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "TABLE IF NOT EXISTS "+table+" (")
	if i < 0 {
		return false
	}
	s = s[i:]
	s = s[:strings.Index(s, ");")]
	prop := func(k string) string {
		m := regexp.MustCompile(`'` + regexp.QuoteMeta(k) + `'\s*=\s*'([^']*)'`).FindStringSubmatch(s)
		if m == nil {
			return ""
		}
		return m[1]
	}
	layout := string(sinks.Key{Class: "${class}", Topic: "${topic}"}.AppendTopicDir(nil)) + "dt=${dt}/hour=${hour}/"
	return strings.Contains(s, "STORED AS PARQUET") && prop("projection.enabled") == "true" &&
		slices.Contains(strings.Split(prop("projection.class.values"), ","), class) &&
		slices.Contains(strings.Split(prop("projection.topic.values"), ","), topic) &&
		strings.HasSuffix(prop("storage.location.template"), "/"+layout)
}
