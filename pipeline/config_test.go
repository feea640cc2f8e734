package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
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
	f(func(c *Config) { c.Brokers = nil; c.Topics = nil; c.Group = "" }, "brokers:", "topics:", "group:")
	f(func(c *Config) { c.Brokers = []string{"no-port"} }, `brokers[0]: "no-port"`)
	f(func(c *Config) { c.Topics = []string{"a", "b/c", "a"} }, `topics[1]: "b/c"`, `topics[2]: "a": listed twice`)
	f(func(c *Config) { c.DeadLetterTopic = "cdn-access" }, "dead_letter_topic", "input topic")
	f(func(c *Config) { c.Prefix = "../x" }, `prefix: "../x"`)
	f(func(c *Config) { c.Batch.Codec = "lz4"; c.Batch.ZstdLevel = 40 }, `batch.codec: "lz4"`, "batch.zstd_level: 40")
	f(func(c *Config) { c.Batch.MaxBytes = 0; c.Batch.MaxRecords = -1 }, "batch.max_bytes: 0", "batch.max_records: -1")
	f(func(c *Config) { c.Batch.IdleTimeout = 0; c.ShutdownTimeout = -time.Second }, "batch.idle_timeout: 0s", "shutdown_timeout: -1s")
	f(func(c *Config) { c.Workers = 0; c.MaxRecordBytes = 0 }, "workers: 0", "max_record_bytes: 0")
	f(func(c *Config) { c.GroupTimeouts.Heartbeat = time.Minute }, "group_timeouts.heartbeat: 1m0s", "shorter than group_timeouts.session")
	f(func(c *Config) { c.TLS.CAFile = "ca.pem" }, "tls.enabled: false")
	f(func(c *Config) { c.TLS.Enabled = true; c.TLS.CertFile = "c.pem" }, "tls.cert_file")
	f(func(c *Config) { c.SASL.Mechanism = "gssapi" }, `sasl.mechanism: "gssapi"`)
	f(func(c *Config) { c.SASL.Mechanism = "plain" }, "sasl.username", "sasl.password")
	f(func(c *Config) {
		c.SASL = SASLConfig{Mechanism: "scram-sha-512", Username: "u", Password: "p", PasswordEnv: "X"}
	}, "exactly one of")
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
