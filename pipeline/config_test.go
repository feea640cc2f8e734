package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/redactd/redactd/problem"
)

func validConfig() Config {
	c := DefaultConfig()
	c.Brokers = []string{"127.0.0.1:9092"}
	c.Topics = []string{"cdn-access"}
	c.Group = "redactd"
	return c
}

func TestDefaultConfigValid(t *testing.T) {
	c := validConfig()
	if err := c.Validate(); err != nil {
		t.Fatalf("default config with brokers, topics and group: %v", err)
	}
	if c.Batch.MaxBytes != 64<<20 || c.Batch.Codec != "zstd" || c.MetricsAddr != ":9464" {
		t.Errorf("defaults changed: %+v", c.Batch)
	}
	if c.fetchMaxBytes() <= c.MaxRecordBytes {
		t.Errorf("fetch MaxBytes %d not above max_record_bytes %d", c.fetchMaxBytes(), c.MaxRecordBytes)
	}
}

func TestValidateNamesEveryProblem(t *testing.T) {
	f := func(edit func(c *Config), want ...string) {
		t.Helper()
		c := validConfig()
		edit(&c)
		err := c.Validate()
		if err == nil {
			t.Errorf("no error, want %q", want)
			return
		}
		for _, w := range want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("error %q does not mention %q", err, w)
			}
		}
	}
	f(func(c *Config) { c.Brokers = nil; c.Topics = nil; c.Group = "" }, "key brokers: at least", "key topics: at least", "key group: a consumer")
	f(func(c *Config) { c.Brokers = []string{"no-port"} }, `key brokers[0]: value "no-port": want host:port`)
	f(func(c *Config) { c.Topics = []string{"a", "b/c", "a"} }, `key topics[1]: value "b/c"`, `key topics[2]: value "a": listed twice`)
	f(func(c *Config) { c.DeadLetterTopic = "cdn-access" }, `key dead_letter_topic: value "cdn-access": is also an input topic`)
	f(func(c *Config) { c.Prefix = "../x" }, `key prefix: value "../x"`)
	f(func(c *Config) { c.Batch.Codec = "lz4"; c.Batch.ZstdLevel = 40 }, `key batch.codec: value "lz4"`, `key batch.zstd_level: value "40"`)
	f(func(c *Config) { c.Batch.Format = "csv" }, `key batch.format: value "csv": want ndjson or parquet`)
	f(func(c *Config) { c.Batch.MaxBytes = 0; c.Batch.MaxRecords = -1 }, `key batch.max_bytes: value "0"`, `key batch.max_records: value "-1"`)
	f(func(c *Config) { c.Batch.IdleTimeout = 0; c.ShutdownTimeout = -time.Second }, `key batch.idle_timeout: value "0s"`, `key shutdown_timeout: value "-1s"`)
	f(func(c *Config) { c.Workers = 0; c.MaxRecordBytes = 0 }, `key workers: value "0"`, `key max_record_bytes: value "0": must be a size from 1KiB to 64MiB`)
	f(func(c *Config) { c.MaxRecordBytes = 64<<20 + 1 }, `key max_record_bytes: value "67108865"`)
	f(func(c *Config) { c.GroupTimeouts.Heartbeat = time.Minute }, `key group_timeouts.heartbeat: value "1m0s": must be shorter than group_timeouts.session`)
	f(func(c *Config) { c.TLS.CAFile = "ca.pem" }, `key tls.enabled: value "false"`)
	f(func(c *Config) { c.TLS.Enabled = true; c.TLS.CertFile = "c.pem" }, "key tls.cert_file")
	f(func(c *Config) { c.SASL.Mechanism = "gssapi" }, `key sasl.mechanism: value "gssapi"`)
	f(func(c *Config) { c.SASL.Mechanism = "plain" }, "key sasl.username", "key sasl.password: set exactly one")
	f(func(c *Config) {
		c.SASL = SASLConfig{Mechanism: "scram-sha-512", Username: "u", Password: "p", PasswordEnv: "X"}
	}, "exactly one of")

	// Every problem is a *problem.Problem with its key, so that the caller
	// attaches the file and line without reading the message.
	c := validConfig()
	c.Brokers, c.Workers, c.SASL.Password = nil, 0, "secret"
	ps := problem.All(c.Validate())
	if len(ps) != 2 || ps[0].Key != "brokers" || ps[1].Key != "workers" || ps[1].Value != "0" {
		t.Errorf("problems %q", ps)
	}
	for _, p := range ps {
		if strings.Contains(p.Error(), "secret") {
			t.Errorf("a password is shown: %v", p)
		}
	}
}

func TestConfigYAML(t *testing.T) {
	c := validConfig()
	src := `
brokers: [k1:9092, k2:9092]
topics: [a, b]
group: g
dead_letter_topic: dlq
batch: {max_bytes: 1048576, idle_timeout: 2s, max_age: 1m, codec: gzip}
group_timeouts: {session: 10s}
shutdown_timeout: 45s
sasl: {mechanism: scram-sha-256, username: u, password_env: REDACTD_TEST_PW}
`
	if err := yaml.Unmarshal([]byte(src), &c); err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Batch.IdleTimeout != 2*time.Second || c.Batch.MaxAge != time.Minute || c.ShutdownTimeout != 45*time.Second ||
		c.GroupTimeouts.Session != 10*time.Second || c.GroupTimeouts.Heartbeat != 3*time.Second || len(c.Brokers) != 2 {
		t.Errorf("decoded %+v", c)
	}
	t.Setenv("REDACTD_TEST_PW", "s3cret")
	if _, _, err := c.transport(); err != nil {
		t.Errorf("transport with SCRAM: %v", err)
	}
}

func TestTransportSecrets(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c := validConfig()
	c.SASL = SASLConfig{Mechanism: "plain", Username: "u", PasswordFile: pw}
	d, _, err := c.transport()
	if err != nil || d.SASLMechanism == nil || d.SASLMechanism.Name() != "PLAIN" {
		t.Fatalf("plain from file: %v", err)
	}
	c.SASL = SASLConfig{Mechanism: "plain", Username: "u", PasswordEnv: "REDACTD_TEST_UNSET_VAR"}
	if _, _, err := c.transport(); err == nil || !strings.Contains(err.Error(), "sasl.password_env") {
		t.Errorf("unset password env: %v", err)
	}
	c.SASL = SASLConfig{}
	bad := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(bad, []byte("not a certificate"), 0o600); err != nil {
		t.Fatal(err)
	}
	c.TLS = TLSConfig{Enabled: true, CAFile: bad}
	if _, _, err := c.transport(); err == nil || !strings.Contains(err.Error(), "tls.ca_file") {
		t.Errorf("bad CA file: %v", err)
	}
	c.TLS = TLSConfig{Enabled: true, InsecureSkipVerify: true}
	d, tr, err := c.transport()
	if err != nil || d.TLS == nil || tr.TLS == nil || !d.TLS.InsecureSkipVerify {
		t.Errorf("TLS on: %v", err)
	}
}
