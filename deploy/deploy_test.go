package deploy

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/redactd/redactd/pipeline"
	"github.com/redactd/redactd/sinks"
)

// yamlFiles returns every YAML file of the kit.
func yamlFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 15 {
		t.Fatalf("found only %d YAML files: %q", len(files), files)
	}
	return files
}

// decodeAll returns the documents of a (multi-document) YAML file.
func decodeAll(t *testing.T, file string) []map[string]any {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var docs []map[string]any
	for {
		var doc map[string]any
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return docs
		}
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if doc != nil {
			docs = append(docs, doc)
		}
	}
}

func TestYAMLParses(t *testing.T) {
	for _, f := range yamlFiles(t) {
		if docs := decodeAll(t, f); len(docs) == 0 {
			t.Errorf("%s: no YAML document", f)
		}
	}
}

// manifests returns the Kubernetes objects of deploy/k8s by kind.
func manifests(t *testing.T) map[string]map[string]any {
	t.Helper()
	k := decodeAll(t, "k8s/kustomization.yaml")[0]
	objs := map[string]map[string]any{}
	for _, r := range k["resources"].([]any) {
		for _, doc := range decodeAll(t, filepath.Join("k8s", r.(string))) {
			kind, _ := doc["kind"].(string)
			if kind == "" || doc["apiVersion"] == nil {
				t.Fatalf("k8s/%s: a document without kind or apiVersion", r)
			}
			if objs[kind] != nil {
				t.Fatalf("two %s objects", kind)
			}
			objs[kind] = doc
		}
	}
	for _, g := range k["configMapGenerator"].([]any) {
		for _, f := range g.(map[string]any)["files"].([]any) {
			if _, err := os.Stat(filepath.Join("k8s", f.(string))); err != nil {
				t.Errorf("configMapGenerator: %v", err)
			}
		}
	}
	for _, kind := range []string{"Namespace", "ServiceAccount", "Secret", "Deployment", "Service", "ServiceMonitor", "PrometheusRule", "PodDisruptionBudget"} {
		if objs[kind] == nil {
			t.Errorf("deploy/k8s has no %s in kustomization.yaml", kind)
		}
	}
	return objs
}

// get walks nested maps and lists: get(doc, "spec", "template", "spec", "containers", 0).
func get(v any, path ...any) any {
	for _, p := range path {
		switch p := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[p]
		case int:
			l, _ := v.([]any)
			if p >= len(l) {
				return nil
			}
			v = l[p]
		}
	}
	return v
}

func str(v any, path ...any) string { s, _ := get(v, path...).(string); return s }

func TestKubernetes(t *testing.T) {
	objs := manifests(t)
	dep := objs["Deployment"]
	if n, _ := get(dep, "spec", "replicas").(int); n < 2 {
		t.Errorf("Deployment replicas = %v, want at least 2 sharing the consumer group", get(dep, "spec", "replicas"))
	}
	podLabels := get(dep, "spec", "template", "metadata", "labels").(map[string]any)
	matches := func(what string, sel any) {
		t.Helper()
		m, _ := sel.(map[string]any)
		if len(m) == 0 {
			t.Errorf("%s: empty selector", what)
		}
		for k, v := range m {
			if podLabels[k] != v {
				t.Errorf("%s selects %s=%v, the pods have %v", what, k, v, podLabels[k])
			}
		}
	}
	matches("Deployment", get(dep, "spec", "selector", "matchLabels"))
	matches("Service", get(objs["Service"], "spec", "selector"))
	matches("PodDisruptionBudget", get(objs["PodDisruptionBudget"], "spec", "selector", "matchLabels"))
	if sm := get(objs["ServiceMonitor"], "spec", "selector", "matchLabels").(map[string]any); !reflect.DeepEqual(sm, get(objs["Service"], "metadata", "labels")) {
		t.Errorf("ServiceMonitor selects %v, the Service's labels are %v", sm, get(objs["Service"], "metadata", "labels"))
	}
	if p, s := str(objs["ServiceMonitor"], "spec", "endpoints", 0, "port"), str(objs["Service"], "spec", "ports", 0, "name"); p != s {
		t.Errorf("ServiceMonitor scrapes port %q, the Service's port is %q", p, s)
	}

	c := get(dep, "spec", "template", "spec", "containers", 0)
	if get(c, "securityContext", "readOnlyRootFilesystem") != true || get(c, "securityContext", "allowPrivilegeEscalation") != false ||
		get(dep, "spec", "template", "spec", "securityContext", "runAsNonRoot") != true {
		t.Errorf("container security context is not locked down: %v", get(c, "securityContext"))
	}
	for _, r := range []string{"requests", "limits"} {
		for _, res := range []string{"cpu", "memory"} {
			if get(c, "resources", r, res) == nil {
				t.Errorf("container has no resources.%s.%s", r, res)
			}
		}
	}
	if grace, _ := get(dep, "spec", "template", "spec", "terminationGracePeriodSeconds").(int); grace <= 30 {
		t.Errorf("terminationGracePeriodSeconds %d leaves no room for shutdown_timeout 30s", grace)
	}

	// The files the pods read are where config.yaml and rules.yaml say.
	mounts := map[string]string{} // volume name -> mount path
	for _, m := range get(c, "volumeMounts").([]any) {
		mounts[str(m, "name")] = str(m, "mountPath")
	}
	var configMount, keyMount, secretName string
	for _, v := range get(dep, "spec", "template", "spec", "volumes").([]any) {
		switch {
		case str(v, "configMap", "name") == "redactd-config":
			configMount = mounts[str(v, "name")]
		case str(v, "secret", "secretName") != "":
			keyMount, secretName = mounts[str(v, "name")], str(v, "secret", "secretName")
		}
	}
	if secretName != str(objs["Secret"], "metadata", "name") {
		t.Errorf("the Deployment mounts Secret %q, the kit ships %q", secretName, str(objs["Secret"], "metadata", "name"))
	}
	cfg := decodeAll(t, "k8s/config.yaml")[0]
	if got, want := str(cfg, "rules"), path.Join(configMount, "rules.yaml"); got != want {
		t.Errorf("config.yaml rules: %q, the ConfigMap is mounted at %q", got, want)
	}
	keyFile := str(decodeAll(t, "k8s/rules.yaml")[0], "hash_key", "file")
	if dir, name := path.Split(keyFile); strings.TrimSuffix(dir, "/") != keyMount || get(objs["Secret"], "stringData", name) == nil {
		t.Errorf("rules.yaml hash_key.file %q: the Secret's keys are mounted at %q: %v", keyFile, keyMount, get(objs["Secret"], "stringData"))
	}
	_, port, _ := strings.Cut(str(cfg, "metrics_addr"), ":")
	if p, _ := get(c, "ports", 0, "containerPort").(int); strconv.Itoa(p) != port {
		t.Errorf("containerPort %d, config.yaml metrics_addr %q", p, str(cfg, "metrics_addr"))
	}
	for _, probe := range []string{"readinessProbe", "livenessProbe"} {
		if get(c, probe, "httpGet", "port") != get(c, "ports", 0, "name") {
			t.Errorf("%s does not probe the metrics port", probe)
		}
	}
	if str(cfg, "group") == "" {
		t.Error("config.yaml has no consumer group: replicas would not share partitions")
	}

	// The PrometheusRule holds exactly the alerts of prometheus/alerts.yml.
	alerts := decodeAll(t, "prometheus/alerts.yml")[0]
	if !reflect.DeepEqual(get(objs["PrometheusRule"], "spec", "groups"), alerts["groups"]) {
		t.Error("k8s/prometheusrule.yaml and prometheus/alerts.yml differ: copy alerts.yml's groups into it")
	}
}

func TestSystemdUnit(t *testing.T) {
	unit := readUnit(t)
	for _, want := range []string{"DynamicUser=yes", "ProtectSystem=strict", "NoNewPrivileges=yes", "ProtectHome=yes",
		"PrivateTmp=yes", "CapabilityBoundingSet=", "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX", "SystemCallFilter=@system-service"} {
		if !slices.Contains(unit["Service"], want) {
			t.Errorf("redactd.service lacks %s", want)
		}
	}
	// The hash key reaches the service as a credential where rules.yaml reads it.
	var cred string
	for _, l := range unit["Service"] {
		if v, ok := strings.CutPrefix(l, "LoadCredential="); ok {
			cred, _, _ = strings.Cut(v, ":")
		}
	}
	if got, want := str(decodeAll(t, "systemd/rules.yaml")[0], "hash_key", "file"), "/run/credentials/redactd.service/"+cred; got != want {
		t.Errorf("systemd/rules.yaml hash_key.file %q, LoadCredential makes %q", got, want)
	}

	sa, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze not installed: the unit was not verified")
	}
	bin := redactd(t)
	// verify needs the binary at ExecStart's path: point it at the build.
	data, _ := os.ReadFile("systemd/redactd.service")
	tmp := filepath.Join(t.TempDir(), "redactd.service")
	os.WriteFile(tmp, bytes.ReplaceAll(data, []byte("/usr/local/bin/redactd"), []byte(bin)), 0o644)
	if out, err := exec.Command(sa, "verify", tmp).CombinedOutput(); err != nil {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
	out, err := exec.Command(sa, "security", "--offline=true", tmp).CombinedOutput()
	m := regexp.MustCompile(`Overall exposure level for redactd.service: ([0-9.]+)`).FindSubmatch(out)
	if err != nil || m == nil {
		t.Logf("systemd-analyze security --offline unavailable here (%v)", err)
		return
	}
	if e, _ := strconv.ParseFloat(string(m[1]), 64); e > 2.0 {
		t.Errorf("systemd-analyze security: exposure %s, want at most 2.0 (OK)", m[1])
	}
}

// readUnit returns the unit file's lines by section.
func readUnit(t *testing.T) map[string][]string {
	t.Helper()
	f, err := os.Open("systemd/redactd.service")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sections := map[string][]string{}
	var sec string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "" || l[0] == '#':
		case l[0] == '[':
			sec = strings.Trim(l, "[]")
		default:
			sections[sec] = append(sections[sec], l)
		}
	}
	return sections
}

// metricRE finds redactd metric names in PromQL.
var metricRE = regexp.MustCompile(`\bredactd_[a-z0-9_]+\b`)

// exprs returns the PromQL expressions of the alerts and the dashboard.
func exprs(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, g := range decodeAll(t, "prometheus/alerts.yml")[0]["groups"].([]any) {
		for _, r := range get(g, "rules").([]any) {
			out["alert "+str(r, "alert")] = str(r, "expr")
		}
	}
	data, err := os.ReadFile("grafana/redactd.json")
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Panels []struct {
			Title   string
			Targets []struct{ Expr string }
		}
		Templating struct {
			List []struct {
				Name  string
				Query any
			}
		}
	}
	if err := json.Unmarshal(data, &dash); err != nil {
		t.Fatalf("grafana/redactd.json: %v", err)
	}
	for _, p := range dash.Panels {
		for i, tg := range p.Targets {
			out[fmt.Sprintf("panel %q target %d", p.Title, i)] = tg.Expr
		}
	}
	for _, v := range dash.Templating.List {
		if q, ok := v.Query.(map[string]any); ok {
			out["variable "+v.Name], _ = q["query"].(string)
		}
	}
	return out
}

func TestMetricsExist(t *testing.T) {
	names := append(pipeline.MetricNames(), sinks.MetricNames()...)
	exists := func(n string) bool {
		if slices.Contains(names, n) {
			return true
		}
		for _, suf := range []string{"_bucket", "_sum", "_count"} { // histogram series
			if b, ok := strings.CutSuffix(n, suf); ok && slices.Contains(names, b) {
				return true
			}
		}
		return false
	}
	used := map[string]bool{}
	for where, e := range exprs(t) {
		if strings.TrimSpace(e) == "" {
			t.Errorf("%s: empty expression", where)
		}
		for _, n := range metricRE.FindAllString(e, -1) {
			used[n] = true
			if !exists(n) {
				t.Errorf("%s uses %s, which the daemon does not export (pipeline.MetricNames, sinks.MetricNames)", where, n)
			}
		}
	}
	if len(used) < 10 {
		t.Errorf("alerts and dashboard use only %d metrics: %v", len(used), used)
	}
	// The alerts the kit promises.
	ex := exprs(t)
	for alert, metric := range map[string]string{
		"RedactdConsumerLagGrowing": "redactd_consumer_lag",
		"RedactdQuarantineRate":     "redactd_quarantined_total",
		"RedactdUploadErrors":       "redactd_upload_errors_total",
		"RedactdLifecycleDrift":     "redactd_lifecycle_drift",
		"RedactdNoUploads":          "redactd_oldest_unarchived_seconds",
		"RedactdArchiveUnhealthy":   "redactd_archive_healthy",
		"RedactdLagStale":           "redactd_consumer_lag_timestamp_seconds",
	} {
		if !strings.Contains(ex["alert "+alert], metric) {
			t.Errorf("alert %s missing or not over %s", alert, metric)
		}
	}
}

// redactd builds the daemon once.
var buildOnce = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "redactd-deploy-test-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "redactd")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/redactd/redactd/cmd/redactd").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

func redactd(t *testing.T) string {
	t.Helper()
	bin, err := buildOnce()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// helpFlags returns the flags `redactd cmd --help` lists.
func helpFlags(t *testing.T, cmd string) []string {
	t.Helper()
	out, err := exec.Command(redactd(t), cmd, "--help").CombinedOutput()
	if err != nil {
		t.Fatalf("redactd %s --help: %v\n%s", cmd, err, out)
	}
	var flags []string
	for _, m := range regexp.MustCompile(`(?m)^\s+-([a-z0-9-]+)`).FindAllSubmatch(out, -1) {
		flags = append(flags, string(m[1]))
	}
	if len(flags) == 0 {
		t.Fatalf("redactd %s --help lists no flags:\n%s", cmd, out)
	}
	return flags
}

// commandLines returns every redactd command line of the kit: subcommand
// and arguments.
func commandLines(t *testing.T) map[string][]string {
	t.Helper()
	lines := map[string][]string{}
	for _, l := range readUnit(t)["Service"] {
		if v, ok := strings.CutPrefix(l, "ExecStart="); ok {
			f := strings.Fields(v)
			if f[0] != "/usr/local/bin/redactd" {
				t.Errorf("ExecStart runs %s", f[0])
			}
			lines["systemd ExecStart"] = f[1:]
		}
	}
	data, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "CMD "); ok {
			var args []string
			if err := json.Unmarshal([]byte(v), &args); err != nil {
				t.Fatalf("Dockerfile CMD is not an exec-form JSON array: %v", err)
			}
			lines["Dockerfile CMD"] = args
		}
	}
	var args []string
	for _, a := range get(manifests(t)["Deployment"], "spec", "template", "spec", "containers", 0, "args").([]any) {
		args = append(args, a.(string))
	}
	lines["k8s Deployment args"] = args
	args = nil
	for _, a := range get(decodeAll(t, "docker-compose.yml")[0], "services", "redactd", "command").([]any) {
		args = append(args, a.(string))
	}
	lines["docker-compose redactd command"] = args
	if len(lines) != 4 {
		t.Fatalf("found %d command lines, want 4: %q", len(lines), lines)
	}
	return lines
}

func TestFlagsAreReal(t *testing.T) {
	known := map[string][]string{}
	for where, args := range commandLines(t) {
		if len(args) == 0 {
			t.Errorf("%s: no subcommand", where)
			continue
		}
		cmd := args[0]
		if known[cmd] == nil {
			known[cmd] = helpFlags(t, cmd)
		}
		n := 0
		for _, a := range args[1:] {
			name, ok := strings.CutPrefix(a, "--")
			if !ok {
				name, ok = strings.CutPrefix(a, "-")
			}
			if !ok {
				continue // a flag's value
			}
			name, _, _ = strings.Cut(name, "=")
			n++
			if !slices.Contains(known[cmd], name) {
				t.Errorf("%s: redactd %s has no flag --%s (it has %v)", where, cmd, name, known[cmd])
			}
		}
		if n == 0 {
			t.Errorf("%s: no flags checked in %q", where, args)
		}
	}
}

// TestConfigsValid runs each shipped config through the daemon's own
// validation: `run` validates the config and reads the rule file before
// any network use, so with a missing rule file it stops right there.
func TestConfigsValid(t *testing.T) {
	check := func(file string) string {
		t.Helper()
		cmd := exec.Command(redactd(t), "run", "--config", file, "--rules", "/nonexistent/redactd-rules.yaml")
		out, _ := cmd.CombinedOutput()
		return string(out)
	}
	for _, f := range []string{"k8s/config.yaml", "systemd/config.yaml", "compose/config.yaml"} {
		out := check(f)
		if strings.Contains(out, "invalid configuration") || !strings.Contains(out, "/nonexistent/redactd-rules.yaml") {
			t.Errorf("%s:\n%s", f, out)
		}
	}
	// The check can fail: a config with an unknown key does.
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	data, _ := os.ReadFile("k8s/config.yaml")
	os.WriteFile(bad, append(data, "no_such_key: 1\n"...), 0o644)
	if out := check(bad); !strings.Contains(out, "invalid configuration") || !strings.Contains(out, "no_such_key") {
		t.Errorf("a config with an unknown key passed:\n%s", out)
	}
	for _, f := range []string{"k8s/rules.yaml", "systemd/rules.yaml", "compose/rules.yaml"} {
		if out, err := exec.Command(redactd(t), "rules", "test", f).CombinedOutput(); err != nil {
			t.Errorf("redactd rules test %s: %v\n%s", f, err, out)
		}
	}
}

// docCommandRE finds "redactd CMD ..." in documentation and comments (not
// "rules", whose subcommands take files, not flags).
var docCommandRE = regexp.MustCompile(`redactd (query|run|lifecycle|demo|redact) ([^\n]*)`)

// TestDocumentedFlagsAreReal checks the flags of every redactd command line
// written in the README, the compose file and the unit's comments.
func TestDocumentedFlagsAreReal(t *testing.T) {
	known := map[string][]string{}
	n := 0
	for _, file := range []string{"README.md", "docker-compose.yml", "systemd/redactd.service", "k8s/secret.yaml"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		// Comment markers at line starts would hide continuations.
		text := regexp.MustCompile(`(?m)^[ \t]*#[ \t]?`).ReplaceAllString(string(data), "")
		text = strings.ReplaceAll(text, "\\\n", " ") // shell line continuations
		for _, m := range docCommandRE.FindAllStringSubmatch(text, -1) {
			cmd := m[1]
			if known[cmd] == nil {
				known[cmd] = helpFlags(t, cmd)
			}
			for _, f := range regexp.MustCompile(`(?:^|\s)--([a-z0-9-]+)`).FindAllStringSubmatch(m[2], -1) {
				n++
				if f[1] != "help" && !slices.Contains(known[cmd], f[1]) {
					t.Errorf("%s: redactd %s has no flag --%s", file, cmd, f[1])
				}
			}
		}
	}
	if n < 10 {
		t.Errorf("checked only %d documented flags", n)
	}
}
