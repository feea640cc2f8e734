package deploy

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redactd/redactd/pipeline/kafkatest"
)

// dashPanel is what the tests read of a Grafana panel.
type dashPanel struct {
	ID         int
	Type       string
	Title      string
	Datasource *struct{ UID string }
	GridPos    struct{ H, W, X, Y int }
	Targets    []struct {
		RefID      string
		Expr       string
		Datasource *struct{ UID string }
	}
	Panels []dashPanel // a collapsed row's
}

// dashboard reads grafana/redactd.json and returns its panels, those of
// collapsed rows included.
func dashboard(t *testing.T) (panels []dashPanel, vars map[string]string) {
	t.Helper()
	data, err := os.ReadFile("grafana/redactd.json")
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Panels     []dashPanel
		Templating struct {
			List []struct {
				Name  string
				Type  string
				Query any
			}
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatalf("grafana/redactd.json is not valid JSON: %v", err)
	}
	var walk func([]dashPanel)
	walk = func(ps []dashPanel) {
		for _, p := range ps {
			panels = append(panels, p)
			walk(p.Panels)
		}
	}
	walk(d.Panels)
	vars = map[string]string{}
	for _, v := range d.Templating.List {
		q, _ := v.Query.(map[string]any)
		s, _ := q["query"].(string)
		vars[v.Name] = s
	}
	return panels, vars
}

// The dashboard is well formed: unique ids and titles, every panel on the
// 24-column grid without overlapping another, every graph with a query
// on the data source variable, and no variable used that is not defined.
func TestDashboardWellFormed(t *testing.T) {
	panels, vars := dashboard(t)
	ids, titles := map[int]bool{}, map[string]bool{}
	type cell struct{ x, y int }
	taken := map[cell]string{}
	graphs := 0
	varRE := regexp.MustCompile(`\$\{?(\w+)`)
	for _, p := range panels {
		if ids[p.ID] {
			t.Errorf("panel %q: id %d used twice", p.Title, p.ID)
		}
		ids[p.ID] = true
		if titles[p.Title] {
			t.Errorf("title %q used twice", p.Title)
		}
		titles[p.Title] = true
		g := p.GridPos
		if g.W <= 0 || g.H <= 0 || g.X < 0 || g.X+g.W > 24 {
			t.Errorf("panel %q: gridPos %+v is off the 24-column grid", p.Title, g)
		}
		for x := g.X; x < g.X+g.W; x++ {
			for y := g.Y; y < g.Y+g.H; y++ {
				if other, ok := taken[cell{x, y}]; ok {
					t.Errorf("panel %q overlaps %q at (%d,%d)", p.Title, other, x, y)
					x, y = g.X+g.W, g.Y+g.H
				}
				taken[cell{x, y}] = p.Title
			}
		}
		if p.Type == "row" {
			continue
		}
		graphs++
		if p.Datasource == nil || p.Datasource.UID != "${datasource}" {
			t.Errorf("panel %q: data source is not ${datasource}", p.Title)
		}
		if len(p.Targets) == 0 {
			t.Errorf("panel %q has no query", p.Title)
		}
		refs := map[string]bool{}
		for _, tg := range p.Targets {
			if strings.TrimSpace(tg.Expr) == "" || tg.RefID == "" || refs[tg.RefID] {
				t.Errorf("panel %q: target %q with expression %q (empty, or refId missing or repeated)", p.Title, tg.RefID, tg.Expr)
			}
			refs[tg.RefID] = true
			for _, m := range varRE.FindAllStringSubmatch(tg.Expr, -1) {
				if _, ok := vars[m[1]]; !ok && !strings.HasPrefix(m[1], "__") {
					t.Errorf("panel %q uses $%s, which the dashboard does not define", p.Title, m[1])
				}
			}
		}
	}
	if graphs < 20 {
		t.Errorf("only %d panels", graphs)
	}
}

// dashExprs returns the PromQL of every dashboard panel and variable, as
// Prometheus would get it ($instance as .*, $__rate_interval as 1m).
func dashExprs(t *testing.T) map[string]string {
	t.Helper()
	panels, vars := dashboard(t)
	r := strings.NewReplacer("$__rate_interval", "1m", "$instance", ".*")
	out := map[string]string{}
	for _, p := range panels {
		for _, tg := range p.Targets {
			out[fmt.Sprintf("panel %q target %s", p.Title, tg.RefID)] = r.Replace(tg.Expr)
		}
	}
	for name, q := range vars {
		if m := regexp.MustCompile(`^label_values\((\w+), *(\w+)\)$`).FindStringSubmatch(q); m != nil {
			out["variable "+name] = fmt.Sprintf("count by (%s) (%s)", m[2], m[1])
		}
	}
	return out
}

// Every dashboard expression is valid PromQL: promtool checks them as
// recording rules.
func TestDashboardPromQL(t *testing.T) {
	promtool, err := exec.LookPath("promtool")
	needTool(t, "promtool (Debian package prometheus; make tools installs it)", err)
	var b strings.Builder
	b.WriteString("groups:\n- name: dashboard\n  rules:\n")
	where := map[string]string{}
	i := 0
	for w, e := range dashExprs(t) {
		i++
		rec := fmt.Sprintf("dashboard:expr_%d", i)
		where[rec] = w
		q, _ := json.Marshal(e)
		fmt.Fprintf(&b, "  - record: %s\n    expr: %s\n", rec, q)
	}
	file := filepath.Join(t.TempDir(), "dashboard.rules.yml")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(promtool, "check", "rules", file).CombinedOutput(); err != nil {
		msg := string(out)
		for rec, w := range where {
			msg = strings.ReplaceAll(msg, `"`+rec+`"`, w)
		}
		t.Fatalf("promtool check rules on the dashboard's expressions: %v\n%s", err, msg)
	}
}

// series is a scraped /metrics: every label set of each metric name.
type series map[string][]map[string]string

var seriesRE = regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? `)
var labelRE = regexp.MustCompile(`(\w+)="((?:[^"\\]|\\.)*)"`)

func parseMetrics(r io.Reader) series {
	s := series{}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		m := seriesRE.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		ls := map[string]string{}
		for _, l := range labelRE.FindAllStringSubmatch(m[2], -1) {
			ls[l[1]] = l[2]
		}
		s[m[1]] = append(s[m[1]], ls)
	}
	return s
}

// hasLabel reports whether some series of name has label (with value, if
// value is not "").
func (s series) hasLabel(name, label, value string) bool {
	for _, ls := range s[name] {
		if v, ok := ls[label]; ok && (value == "" || v == value) {
			return true
		}
	}
	return false
}

// scrapeDaemon runs the built daemon against an in-process kfake broker
// and a file archive until it has archived records, dead-lettered one and
// reported lag, and returns its /metrics.
func scrapeDaemon(t *testing.T) series {
	t.Helper()
	addr, _ := kafkatest.Start(t, map[string]int{"in": 2, "dlq": 1})
	recs := []kafkatest.Record{{Value: []byte(`{"msg":"x","pad":"` + strings.Repeat("x", 2000) + `"}`)}}
	for i := range 20 {
		recs = append(recs, kafkatest.Record{Partition: int32(i % 2), Value: []byte(fmt.Sprintf(`{"msg":"line %d","ip":"10.1.2.3"}`, i))})
	}
	kafkatest.Produce(t, addr, "in", recs)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	metricsAddr := l.Addr().String()
	l.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "redactd.yaml")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf(`brokers: [%q]
topics: [in]
group: dashboard-test
dead_letter_topic: dlq
max_record_bytes: 1024
metrics_addr: %q
archive: {url: %q}
batch: {max_age: 1s, idle_timeout: 200ms}
log: {format: text}
`, addr, metricsAddr, "file://"+filepath.Join(dir, "archive"))), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(redactd(t), "run", "--config", cfg)
	var logs syncBuf
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	var s series
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get("http://" + metricsAddr + "/metrics")
		if err == nil {
			s = parseMetrics(resp.Body)
			resp.Body.Close()
			if s.hasLabel("redactd_consumer_lag", "partition", "1") && s.hasLabel("redactd_quarantined_total", "reason", "oversize") &&
				len(s["redactd_upload_seconds_count"]) > 0 && s["redactd_last_upload_timestamp_seconds"] != nil {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the daemon did not archive and report lag within 60s; log:\n%s", logs.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	return s
}

var (
	metricNameRE = regexp.MustCompile(`\b(?:redactd|go|process)_[a-z0-9_]+\b`)
	selectorRE   = regexp.MustCompile(`\b((?:redactd|go|process)_[a-z0-9_]+)\{([^}]*)\}`)
	matcherRE    = regexp.MustCompile(`(\w+)\s*(=~|!~|!=|=)\s*"([^"]*)"`)
	byRE         = regexp.MustCompile(`\b(?:by|without)\s*\(([^)]*)\)`)
)

// Every metric a dashboard panel or an alert names is in the /metrics of a
// running daemon, with the labels the expression selects on or groups by
// (and, for label="value", a series with that value), so that the
// dashboard and the alerts cannot rot silently when a metric is renamed
// or a label dropped.
func TestDashboardMetricsLive(t *testing.T) {
	s := scrapeDaemon(t)
	all := dashExprs(t)
	for w, e := range exprs(t) {
		if strings.HasPrefix(w, "alert ") {
			all[w] = e
		}
	}
	scrapeLabels := []string{"instance", "job"} // added by Prometheus
	used := map[string]bool{}
	for where, e := range all {
		names := metricNameRE.FindAllString(e, -1)
		for _, n := range names {
			used[n] = true
			if len(s[n]) == 0 {
				t.Errorf("%s: %s is not in the daemon's /metrics", where, n)
			}
		}
		for _, m := range selectorRE.FindAllStringSubmatch(e, -1) {
			for _, mm := range matcherRE.FindAllStringSubmatch(m[2], -1) {
				label, op, value := mm[1], mm[2], mm[3]
				if slices.Contains(scrapeLabels, label) {
					continue
				}
				if op != "=" {
					value = ""
				}
				if !s.hasLabel(m[1], label, value) {
					t.Errorf("%s: no series %s{%s%s%q} in the daemon's /metrics", where, m[1], label, op, mm[3])
				}
			}
		}
		for _, m := range byRE.FindAllStringSubmatch(e, -1) {
			for _, label := range strings.Split(m[1], ",") {
				label = strings.TrimSpace(label)
				if label == "" || slices.Contains(scrapeLabels, label) {
					continue
				}
				if !slices.ContainsFunc(names, func(n string) bool { return s.hasLabel(n, label, "") }) {
					t.Errorf("%s: groups by %q, which no metric it names has", where, label)
				}
			}
		}
	}
	for _, want := range []string{"redactd_upload_errors_total", "redactd_archive_healthy", "redactd_oldest_unarchived_seconds",
		"redactd_consumer_lag_timestamp_seconds", "process_resident_memory_bytes", "go_memstats_heap_inuse_bytes"} {
		if !used[want] {
			t.Errorf("no panel or alert shows %s", want)
		}
	}
	t.Logf("%d expressions name %d metrics", len(all), len(used))
}

// syncBuf is a log buffer the daemon's output goroutines write to.
type syncBuf struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *syncBuf) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuf) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// The operator's documentation of the alerts stays true: every alert of
// alerts.yml has a row in deploy/README.md's alert table and no row names
// an alert that is gone; every runbook an alert or the table points to is
// a heading of the README; and the runbooks the issue asks for exist.
func TestAlertRunbooksDocumented(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	var alerts []string
	annotations := map[string]string{}
	for _, g := range decodeAll(t, "prometheus/alerts.yml")[0]["groups"].([]any) {
		for _, r := range get(g, "rules").([]any) {
			a := str(r, "alert")
			alerts = append(alerts, a)
			annotations[a] = str(r, "annotations", "description")
		}
	}
	headings := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^#+ (.+)$`).FindAllStringSubmatch(readme, -1) {
		headings[m[1]] = true
	}
	tableRows := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^\| (Redactd\w+) \|`).FindAllStringSubmatch(readme, -1) {
		tableRows[m[1]] = true
	}
	for _, a := range alerts {
		if !tableRows[a] {
			t.Errorf("alert %s has no row in README.md's alert table", a)
		}
		for _, m := range regexp.MustCompile(`"(Runbook: [^"]+)"`).FindAllStringSubmatch(annotations[a], -1) {
			if !headings[m[1]] {
				t.Errorf("alert %s points to %q, which is not a heading of README.md", a, m[1])
			}
		}
	}
	for row := range tableRows {
		if !slices.Contains(alerts, row) {
			t.Errorf("README.md's alert table lists %s, which alerts.yml does not have", row)
		}
	}
	for _, m := range regexp.MustCompile(`\]\(#(runbook-[a-z0-9-]+)\)`).FindAllStringSubmatch(readme, -1) {
		found := false
		for h := range headings {
			if strings.ReplaceAll(strings.ToLower(strings.ReplaceAll(h, ":", "")), " ", "-") == m[1] {
				found = true
			}
		}
		if !found {
			t.Errorf("README.md links #%s, which no heading makes", m[1])
		}
	}
	for _, h := range []string{"Runbook: S3 outage", "Runbook: S3 hanging", "Runbook: broker outage"} {
		if !headings[h] {
			t.Errorf("README.md has no %q", h)
		}
	}
	// Every alert named in the per-fault table is one of alerts.yml.
	for _, m := range regexp.MustCompile(`\bRedactd[A-Z]\w+`).FindAllString(readme, -1) {
		if !slices.Contains(alerts, m) {
			t.Errorf("README.md names %s, which alerts.yml does not have", m)
		}
	}
}
