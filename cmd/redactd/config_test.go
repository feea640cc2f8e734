package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/redactd/redactd/problem"
	"github.com/redactd/redactd/rules"
)

// TestExampleConfig loads the documented example (every key) and checks it
// is valid and that the values it spells out are the defaults.
func TestExampleConfig(t *testing.T) {
	c, err := LoadConfig("testdata/redactd.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatalf("example config does not validate:\n%v", err)
	}
	d := DefaultConfig()
	d.Brokers, d.Topics, d.Group, d.Archive.URL = c.Brokers, c.Topics, c.Group, c.Archive.URL
	if !reflect.DeepEqual(c.Config, d.Config) || c.Lifecycle != d.Lifecycle || c.Log != d.Log ||
		c.Rules != d.Rules || c.Archive.S3Endpoint != d.Archive.S3Endpoint || c.Archive.S3Region != d.Archive.S3Region {
		t.Errorf("testdata/redactd.yaml does not show the defaults:\n got %+v\nwant %+v", c, d)
	}
	// Every key of the struct appears in the example, so the README's
	// reference (copied from it) is complete.
	data, _ := os.ReadFile("testdata/redactd.yaml")
	for _, key := range allKeys(reflect.TypeFor[Config](), "") {
		if key == "sasl.password" || key == "sasl.password_file" {
			continue // named in the comment next to password_env
		}
		if _, ok := c.lines[key]; !ok {
			t.Errorf("key %s missing from testdata/redactd.yaml", key)
		}
	}
	if !strings.Contains(string(data), "password_file") {
		t.Error("example does not mention sasl.password_file")
	}
}

func allKeys(t reflect.Type, path string) []string {
	var out []string
	for name, ft := range yamlFields(t) {
		p := joinPath(path, name)
		if ft.Type.Kind() == reflect.Struct && ft.Type != reflect.TypeFor[time.Duration]() {
			out = append(out, allKeys(ft.Type, p)...)
		} else {
			out = append(out, p)
		}
	}
	return out
}

func TestConfigUnknownKeys(t *testing.T) {
	const file = `brokers: [k:9092]
brokerz: [k:9092]
batch:
  codec: zstd
  codek: gzip
archive: {url: "file:///tmp/x", bucket: b}
`
	_, err := ParseConfig("c.yaml", []byte(file))
	if err == nil {
		t.Fatal("no error for unknown keys")
	}
	for _, want := range []string{
		`c.yaml:2: key brokerz: unknown key (known keys here: archive, archive_unhealthy_after, batch, brokers,`,
		`c.yaml:5: key batch.codek: unknown key`,
		`c.yaml:6: key archive.bucket: unknown key (known keys here: s3_endpoint, s3_region, s3_request_timeout, s3_upload_timeout, url)`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

func TestConfigTypeError(t *testing.T) {
	_, err := ParseConfig("c.yaml", []byte("group: g\nworkers: many\nbatch:\n  idle_timeout: soon\n"))
	if err == nil {
		t.Fatal("no error for bad types")
	}
	for _, want := range []string{"c.yaml:2: ", "c.yaml:4: "} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

// TestConfigValidate checks that every problem is reported at once, each
// with the line it is on, the key and the value.
func TestConfigValidate(t *testing.T) {
	const file = `brokers: [good:9092, "bad host"]
topics: [cdn-access]
group: g
batch:
  codec: lz4
archive:
  url: ftp://x/y
lifecycle:
  on_start: maybe
  verify_interval: 2s
log:
  format: xml
`
	c, err := ParseConfig("c.yaml", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	err = c.Validate()
	if err == nil {
		t.Fatal("Validate accepted a bad config")
	}
	for _, want := range []string{
		`c.yaml:1: key brokers[1]: value "bad host": want host:port`,
		`c.yaml:5: key batch.codec: value "lz4": want zstd or gzip`,
		`c.yaml:7: key archive.url: value "ftp://x/y": unknown scheme`,
		`c.yaml:9: key lifecycle.on_start: value "maybe"`,
		`c.yaml:10: key lifecycle.verify_interval: value "2s": must be 0 (off) or at least 10s`,
		`c.yaml:12: key log.format: value "xml"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if n := len(problem.All(err)); n != 6 {
		t.Errorf("%d problems, want 6:\n%v", n, err)
	}
}

func TestFlagsOverrideConfig(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml")
	const file = "brokers: [old:9092]\ntopics: [a]\ngroup: old\narchive: {url: 's3://bkt/logs'}\n"
	if err := os.WriteFile(path, []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	f := func(args []string, check func(c Config)) {
		t.Helper()
		fs := flag.NewFlagSet("run", flag.ContinueOnError)
		var rf runFlags
		rf.register(fs, true)
		if err := fs.Parse(append([]string{"--config", path}, args...)); err != nil {
			t.Fatal(err)
		}
		c, err := rf.load(fs)
		if err != nil {
			t.Fatal(err)
		}
		check(c)
	}
	f(nil, func(c Config) {
		if c.Group != "old" || c.Prefix != "logs" || c.Archive.URL != "s3://bkt/logs" {
			t.Errorf("file values: group %q prefix %q url %q", c.Group, c.Prefix, c.Archive.URL)
		}
	})
	f([]string{"--brokers", "a:1, b:2", "--topics", "x,y", "--group", "new", "--metrics-addr", "off"}, func(c Config) {
		if !reflect.DeepEqual(c.Brokers, []string{"a:1", "b:2"}) || !reflect.DeepEqual(c.Topics, []string{"x", "y"}) ||
			c.Group != "new" || c.MetricsAddr != "" {
			t.Errorf("flags not applied: %+v", c.Config)
		}
		if p := c.locate(problem.At("brokers[1]", "x")); p.Error() != "flag --brokers: key brokers[1]: x" {
			t.Errorf("located brokers[1]: %v", p)
		}
		if p := c.locate(problem.At("archive.url", "x")); !strings.HasSuffix(p.File, "c.yaml") || p.Line != 4 {
			t.Errorf("located archive.url: %v", p)
		}
	})
	f([]string{"--bucket", "other"}, func(c Config) {
		if c.Archive.URL != "s3://other/logs" || c.Prefix != "logs" {
			t.Errorf("--bucket: url %q prefix %q", c.Archive.URL, c.Prefix)
		}
	})
	f([]string{"--prefix", "p2"}, func(c Config) {
		if c.Archive.URL != "s3://bkt" || c.Prefix != "p2" {
			t.Errorf("--prefix: url %q prefix %q", c.Archive.URL, c.Prefix)
		}
		if err := c.Validate(); err != nil {
			t.Errorf("--prefix over a URL prefix: %v", err)
		}
	})
	f([]string{"--archive", "file:///var/tmp/a", "--s3-endpoint", "http://m:9000"}, func(c Config) {
		err := c.Validate()
		if err == nil || !strings.Contains(err.Error(), "flag --s3-endpoint: key archive.s3_endpoint") {
			t.Errorf("s3 endpoint with a file archive: %v", err)
		}
	})
}

// FuzzParseConfig: no panic on any input; an accepted file validates
// without panicking; every error names the file.
func FuzzParseConfig(f *testing.F) {
	seed, _ := os.ReadFile("testdata/redactd.yaml")
	f.Add(seed)
	f.Add([]byte("brokers: [a:1]\nbatch: {codec: gzip}\n"))
	f.Add([]byte("- a\n- b\n"))
	f.Add([]byte("archive: {url: 's3://b/p'}\nprefix: q\n"))
	f.Add([]byte("batch:\n  idle_timeout: 3x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseConfig("f.yaml", data)
		if err != nil {
			for _, p := range problem.All(err) {
				if p.File != "f.yaml" || !strings.HasPrefix(p.Error(), "f.yaml") {
					t.Fatalf("error does not name the file: %v", p)
				}
			}
			return
		}
		if err := c.Validate(); err != nil {
			for _, p := range problem.All(err) {
				if p.File != "f.yaml" || p.Key == "" {
					t.Fatalf("problem does not say where: %+v", p)
				}
			}
		}
	})
}

// TestRunBadConfig: `redactd run` refuses an invalid configuration with
// exit status 2 before connecting to anything.
func TestRunBadConfig(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(path, []byte("brokers: [k:9092]\ntopics: [t]\ngroup: g\nbatch: {codec: lz4}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	f := func(code int, args ...string) {
		t.Helper()
		if got := runRun(args); got != code {
			t.Errorf("redactd run %s: exit %d, want %d", strings.Join(args, " "), got, code)
		}
	}
	f(2, "--config", path, "--archive", "file:///tmp/x")
	f(2, "--config", path+".missing")
	f(2, "--brokers", "k:9092", "--topics", "t", "--group", "g") // no archive
	f(2, "extra-arg")
	f(0, "--help")
}

// TestConfigAllProblemsAtOnce: an unknown key, a value of the wrong type,
// a size that does not parse and values that break the checks are all
// reported by one Validate, each naming the line, the key and the value.
func TestConfigAllProblemsAtOnce(t *testing.T) {
	const file = `brokers: [k:9092]
topics: [t]
group: g
brokerz: [x:1]
workers: many
batch:
  max_bytes: lots
  idle_timeout: soon
  codec: lz4
metrics_addr: localhost
archive: {url: "file:///tmp/x"}
`
	c, err := ParseConfig("c.yaml", []byte(file))
	if err == nil {
		t.Fatal("ParseConfig reported nothing")
	}
	err = c.Validate()
	want := []string{
		`c.yaml:4: key brokerz: unknown key`,
		`c.yaml:7: key batch.max_bytes: value "lots": want a size such as 64MiB, 512KiB, 2MB or 65536 (bytes)`,
		`c.yaml:5: key workers: value "many": want a whole number`,
		`c.yaml:8: key batch.idle_timeout: value "soon": want a duration such as 30s, 5m or 1h`,
		`c.yaml:9: key batch.codec: value "lz4": want zstd or gzip`,
		`c.yaml:10: key metrics_addr: value "localhost": want host:port, :port or off`,
	}
	for _, w := range want {
		if !strings.Contains(fmt.Sprint(err), w) {
			t.Errorf("error lacks %q:\n%v", w, err)
		}
	}
	// A key that could not be read is not checked again (max_bytes is not
	// also "must be between 1 and ...").
	if n := len(problem.All(err)); n != len(want) {
		t.Errorf("%d problems, want %d:\n%v", n, len(want), err)
	}
}

// TestConfigSizesAndOff: the file takes the policy file's size syntax and
// "off" for metrics_addr, as the flag does.
func TestConfigSizesAndOff(t *testing.T) {
	f := func(yaml string, check func(c Config), wantErr string) {
		t.Helper()
		c, err := ParseConfig("c.yaml", []byte("brokers: [k:1]\ntopics: [t]\ngroup: g\narchive: {url: 'file:///tmp/x'}\n"+yaml))
		if err == nil {
			err = c.Validate()
		} else {
			err = c.Validate() // Validate reports the file's problems too
		}
		if wantErr == "" && err != nil || wantErr != "" && !strings.Contains(fmt.Sprint(err), wantErr) {
			t.Errorf("%q: error %v, want %q", yaml, err, wantErr)
			return
		}
		if check != nil {
			check(c)
		}
	}
	f("batch: {max_bytes: 64MiB}\nmax_record_bytes: 512KiB\n", func(c Config) {
		if c.Batch.MaxBytes != 64<<20 || c.MaxRecordBytes != 512<<10 {
			t.Errorf("sizes: %d %d", c.Batch.MaxBytes, c.MaxRecordBytes)
		}
	}, "")
	f("batch:\n  max_bytes: '8 MiB'\n", func(c Config) {
		if c.Batch.MaxBytes != 8<<20 {
			t.Errorf("quoted size: %d", c.Batch.MaxBytes)
		}
	}, "")
	f("batch: {max_bytes: 65536}\n", func(c Config) {
		if c.Batch.MaxBytes != 65536 {
			t.Errorf("bytes: %d", c.Batch.MaxBytes)
		}
	}, "")
	f("batch:\n  max_bytes: 2GiB\n", nil, `c.yaml:6: key batch.max_bytes: value "2147483648": must be between 1 and 1073741824`)
	f("max_record_bytes: 1.5MiB\n", nil, `c.yaml:5: key max_record_bytes: value "1.5MiB": want a size`)
	f("max_record_bytes: [1]\n", nil, `c.yaml:5: key max_record_bytes`)
	f("metrics_addr: off\n", func(c Config) {
		if c.MetricsAddr != "" {
			t.Errorf("metrics_addr off: %q", c.MetricsAddr)
		}
	}, "")
	f("metrics_addr: \"127.0.0.1:99999\"\n", nil, `key metrics_addr: value "127.0.0.1:99999": want host:port, :port or off (port 0 to 65535)`)
}

// TestRunReportsConfigAndRules: `redactd run` shows the configuration's
// problems and the policy file's in one go, and connects to nothing.
func TestRunReportsConfigAndRules(t *testing.T) {
	rulesFile := writeFile(t, "rules.yaml", "classes: []\nbogus: 1\n")
	cfg := writeFile(t, "c.yaml", "brokers: [k:9092]\ntopics: [t]\ngroup: g\nworkers: 0\nbrokerz: 1\narchive: {url: 'file:///tmp/x'}\nrules: "+rulesFile+"\n")
	_, errOut, code := runCLI(t, "", "run", "--config", cfg)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	for _, w := range []string{"key brokerz: unknown key", `key workers: value "0"`, rulesFile + ":2: key bogus"} {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errOut)
		}
	}
}

// TestConfigFormatByTopicAndClass: batch.format_by_topic and
// batch.format_by_class name the key, line and value that are wrong: a
// topic not consumed, a class the policy lacks, a format that is none.
func TestConfigFormatByTopicAndClass(t *testing.T) {
	const file = `brokers: [k:9092]
topics: [cdn-nginx, audit-log]
group: g
archive: {url: "file:///tmp/x"}
batch:
  format_by_topic:
    cdn-nginx: parquet
    cdn-typo: parquet
    audit-log: orc
  format_by_class:
    audit: parquet
    acess: parquet
    technical: csv
`
	c, err := ParseConfig("c.yaml", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	err = errors.Join(c.Validate(), c.ValidatePolicy(rules.Default()))
	want := []string{
		`c.yaml:8: key batch.format_by_topic.cdn-typo: value "cdn-typo": is not one of topics`,
		`c.yaml:9: key batch.format_by_topic.audit-log: value "orc": want ndjson or parquet`,
		`c.yaml:13: key batch.format_by_class.technical: value "csv": want ndjson or parquet`,
		`c.yaml:12: key batch.format_by_class.acess: value "acess": is not a class of the policy <default> (its classes: technical, access, audit)`,
	}
	for _, w := range want {
		if !strings.Contains(fmt.Sprint(err), w) {
			t.Errorf("error lacks %q:\n%v", w, err)
		}
	}
	if n := len(problem.All(err)); n != len(want) {
		t.Errorf("%d problems, want %d:\n%v", n, len(want), err)
	}
}
