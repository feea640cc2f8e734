package pipeline

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"

	"github.com/redactd/redactd/problem"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

// Config is the pipeline part of the daemon's configuration file.
type Config struct {
	Brokers  []string `yaml:"brokers"`
	Topics   []string `yaml:"topics"`
	Group    string   `yaml:"group"`
	ClientID string   `yaml:"client_id"`
	// GroupTimeouts tune the consumer group protocol.
	GroupTimeouts GroupTimeouts `yaml:"group_timeouts"`
	TLS           TLSConfig     `yaml:"tls"`
	SASL          SASLConfig    `yaml:"sasl"`

	// DeadLetterTopic receives one JSON message of metadata (never the
	// record) for every record that is too large or cannot be redacted with
	// confidence. "" only counts and logs them.
	DeadLetterTopic string `yaml:"dead_letter_topic"`
	// DeadLetterCreate creates the dead-letter topic at start when it does
	// not exist (1 partition, the brokers' default replication); without
	// it a missing topic stops the start with an error naming it.
	DeadLetterCreate bool `yaml:"dead_letter_create"`
	// MaxRecordBytes is the largest record accepted; larger ones are
	// dead-lettered. The file takes a size: 1MiB, 512KiB or 65536.
	MaxRecordBytes int `yaml:"max_record_bytes" redactd:"size"`

	// Prefix is the archive key prefix ("" for none), see sinks.Key.
	Prefix string      `yaml:"prefix"`
	Batch  BatchConfig `yaml:"batch"`
	// Workers is the number of goroutines that encode and upload batches.
	Workers int `yaml:"workers"`
	// ShutdownTimeout bounds a graceful stop, and the flush of a partition's
	// open batches when a rebalance takes it away.
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
	// MetricsAddr is where /metrics, /healthz and /readyz are served; "" disables.
	MetricsAddr string `yaml:"metrics_addr"`
	// ArchiveUnhealthyAfter is how long archive write attempts must keep
	// failing, without a success between, before the archive is reported
	// unhealthy (/readyz 503, redactd_archive_healthy 0).
	ArchiveUnhealthyAfter time.Duration `yaml:"archive_unhealthy_after"`
}

// GroupTimeouts are the consumer group protocol's timings.
type GroupTimeouts struct {
	Session   time.Duration `yaml:"session"`
	Rebalance time.Duration `yaml:"rebalance"`
	Heartbeat time.Duration `yaml:"heartbeat"`
	// JoinBackoff is the wait before joining again after an error.
	JoinBackoff time.Duration `yaml:"join_backoff"`
	// Request is the deadline of each request to the group coordinator
	// (offset commit and fetch, heartbeat; a join or sync gets it plus the
	// rebalance or session timeout) and of each dead-letter write: a
	// broker that accepts and never answers fails it, counted and logged.
	// 0 means DefaultRequestTimeout.
	Request time.Duration `yaml:"request"`
}

// DefaultRequestTimeout is GroupTimeouts.Request's default.
const DefaultRequestTimeout = 10 * time.Second

// request returns the Request deadline, or its default.
func (g GroupTimeouts) request() time.Duration {
	if g.Request > 0 {
		return g.Request
	}
	return DefaultRequestTimeout
}

// TLSConfig enables TLS to the brokers.
type TLSConfig struct {
	Enabled            bool   `yaml:"enabled"`
	CAFile             string `yaml:"ca_file"`
	CertFile           string `yaml:"cert_file"`
	KeyFile            string `yaml:"key_file"`
	InsecureSkipVerify bool   `yaml:"insecure_skip_verify"`
}

// SASLConfig authenticates to the brokers. The password comes from exactly
// one of Password, PasswordEnv (an environment variable's name) and
// PasswordFile (trailing newline removed).
type SASLConfig struct {
	Mechanism    string `yaml:"mechanism"` // "", "plain", "scram-sha-256", "scram-sha-512"
	Username     string `yaml:"username"`
	Password     string `yaml:"password"`
	PasswordEnv  string `yaml:"password_env"`
	PasswordFile string `yaml:"password_file"`
}

// BatchConfig says when an open batch is cut and how it is encoded.
type BatchConfig struct {
	// MaxBytes is the largest uncompressed batch. The file takes a size:
	// 64MiB, 512KiB or 67108864.
	MaxBytes int `yaml:"max_bytes" redactd:"size"`
	// MaxRecords is the most records in a batch.
	MaxRecords int `yaml:"max_records"`
	// IdleTimeout cuts a batch that received no record for this long.
	IdleTimeout time.Duration `yaml:"idle_timeout"`
	// MaxAge cuts a batch this long after its first record, so that a
	// trickle of records still gets archived and committed.
	MaxAge time.Duration `yaml:"max_age"`
	// Codec is "zstd" or "gzip" (ndjson objects).
	Codec string `yaml:"codec"`
	// Format is "ndjson" (one record per line, compressed with Codec) or
	// "parquet" (a Parquet file, zstd at ZstdLevel inside; see
	// sinks/parquet.go).
	Format string `yaml:"format"`
	// FormatByTopic and FormatByClass set Format for a topic (one of
	// topics) and for a retention class (of the policy): a topic's entry
	// wins over its class's, which wins over Format. See formatOf.
	FormatByTopic map[string]string `yaml:"format_by_topic"`
	FormatByClass map[string]string `yaml:"format_by_class"`
	// ZstdLevel is the zstd compression level, 1 to 22.
	ZstdLevel int `yaml:"zstd_level"`
}

// DefaultConfig returns the defaults. Brokers, Topics and Group have none.
func DefaultConfig() Config {
	return Config{
		ClientID: "redactd",
		GroupTimeouts: GroupTimeouts{
			Session:     30 * time.Second,
			Rebalance:   30 * time.Second,
			Heartbeat:   3 * time.Second,
			JoinBackoff: 2 * time.Second,
			Request:     DefaultRequestTimeout,
		},
		MaxRecordBytes: 1 << 20,
		Batch: BatchConfig{
			MaxBytes:    64 << 20,
			MaxRecords:  1_000_000,
			IdleTimeout: 30 * time.Second,
			MaxAge:      5 * time.Minute,
			Codec:       "zstd",
			Format:      "ndjson",
			ZstdLevel:   1, // see BenchmarkZstdLevel: the fastest level, at the same ratio on these logs
		},
		Workers:         4,
		ShutdownTimeout: 30 * time.Second,
		MetricsAddr:     ":9464",

		ArchiveUnhealthyAfter: time.Minute,
	}
}

// Validate returns every problem in c, joined, each a *problem.Problem
// naming the YAML key, the bad value and the rule it broke; the caller
// that read the file attaches its name and line.
func (c *Config) Validate() error {
	var ps []*problem.Problem
	bad := func(key string, v any, why string) {
		ps = append(ps, problem.Value(key, fmt.Sprint(v), why))
	}
	missing := func(key, why string) { ps = append(ps, problem.At(key, why)) }
	if len(c.Brokers) == 0 {
		missing("brokers", "at least one broker address is required")
	}
	for i, b := range c.Brokers {
		if b == "" || strings.ContainsAny(b, " /") || !strings.Contains(b, ":") {
			bad(fmt.Sprintf("brokers[%d]", i), b, "want host:port")
		}
	}
	if len(c.Topics) == 0 {
		missing("topics", "at least one topic is required")
	}
	seen := map[string]bool{}
	for i, t := range c.Topics {
		if err := sinks.ValidTopic(t); err != nil {
			bad(fmt.Sprintf("topics[%d]", i), t, err.Error())
		} else if seen[t] {
			bad(fmt.Sprintf("topics[%d]", i), t, "listed twice")
		}
		seen[t] = true
	}
	if c.Group == "" {
		missing("group", "a consumer group id is required")
	}
	if c.DeadLetterCreate && c.DeadLetterTopic == "" {
		bad("dead_letter_create", true, "needs dead_letter_topic")
	}
	if c.DeadLetterTopic != "" {
		if err := sinks.ValidTopic(c.DeadLetterTopic); err != nil {
			bad("dead_letter_topic", c.DeadLetterTopic, err.Error())
		} else if seen[c.DeadLetterTopic] {
			bad("dead_letter_topic", c.DeadLetterTopic, "is also an input topic")
		}
	}
	if err := sinks.ValidPrefix(c.Prefix); err != nil {
		bad("prefix", c.Prefix, err.Error())
	}
	pos := func(key string, d time.Duration) {
		if d <= 0 {
			bad(key, d, "must be positive")
		}
	}
	pos("group_timeouts.session", c.GroupTimeouts.Session)
	pos("group_timeouts.rebalance", c.GroupTimeouts.Rebalance)
	pos("group_timeouts.heartbeat", c.GroupTimeouts.Heartbeat)
	pos("group_timeouts.join_backoff", c.GroupTimeouts.JoinBackoff)
	if c.GroupTimeouts.Request < 0 {
		bad("group_timeouts.request", c.GroupTimeouts.Request, "must not be negative (0: the default, 10s)")
	}
	if c.GroupTimeouts.Heartbeat > 0 && c.GroupTimeouts.Session > 0 && c.GroupTimeouts.Heartbeat >= c.GroupTimeouts.Session {
		bad("group_timeouts.heartbeat", c.GroupTimeouts.Heartbeat, "must be shorter than group_timeouts.session")
	}
	if err := rules.ValidRecordBytes(int64(c.MaxRecordBytes)); err != nil {
		bad("max_record_bytes", c.MaxRecordBytes, err.Error())
	}
	if c.Batch.MaxBytes <= 0 || c.Batch.MaxBytes > 1<<30 {
		bad("batch.max_bytes", c.Batch.MaxBytes, "must be between 1 and 1073741824")
	}
	if c.Batch.MaxRecords <= 0 {
		bad("batch.max_records", c.Batch.MaxRecords, "must be positive")
	}
	pos("batch.idle_timeout", c.Batch.IdleTimeout)
	pos("batch.max_age", c.Batch.MaxAge)
	if _, err := sinks.ParseCodec(c.Batch.Codec); err != nil {
		bad("batch.codec", c.Batch.Codec, "want zstd or gzip")
	}
	if !validFormat(c.Batch.Format) {
		bad("batch.format", c.Batch.Format, "want ndjson or parquet")
	}
	for _, t := range slices.Sorted(maps.Keys(c.Batch.FormatByTopic)) {
		key := "batch.format_by_topic." + t
		if !seen[t] {
			bad(key, t, "is not one of topics")
		}
		if f := c.Batch.FormatByTopic[t]; !validFormat(f) {
			bad(key, f, "want ndjson or parquet")
		}
	}
	for _, cl := range slices.Sorted(maps.Keys(c.Batch.FormatByClass)) {
		if f := c.Batch.FormatByClass[cl]; !validFormat(f) {
			bad("batch.format_by_class."+cl, f, "want ndjson or parquet")
		}
	}
	if c.Batch.ZstdLevel < 1 || c.Batch.ZstdLevel > 22 {
		bad("batch.zstd_level", c.Batch.ZstdLevel, "must be between 1 and 22")
	}
	if c.Workers < 1 || c.Workers > 1024 {
		bad("workers", c.Workers, "must be between 1 and 1024")
	}
	pos("shutdown_timeout", c.ShutdownTimeout)
	pos("archive_unhealthy_after", c.ArchiveUnhealthyAfter)
	if c.TLS.Enabled {
		if (c.TLS.CertFile == "") != (c.TLS.KeyFile == "") {
			bad("tls.cert_file", c.TLS.CertFile, "tls.cert_file and tls.key_file go together")
		}
	} else if c.TLS.CAFile != "" || c.TLS.CertFile != "" || c.TLS.KeyFile != "" || c.TLS.InsecureSkipVerify {
		bad("tls.enabled", false, "tls.* files or insecure_skip_verify are set but TLS is not enabled")
	}
	switch c.SASL.Mechanism {
	case "":
		if c.SASL.Username != "" {
			bad("sasl.mechanism", "", "sasl.username is set: want plain, scram-sha-256 or scram-sha-512")
		}
	case "plain", "scram-sha-256", "scram-sha-512":
		if c.SASL.Username == "" {
			bad("sasl.username", "", "required with sasl.mechanism "+c.SASL.Mechanism)
		}
		n := 0
		for _, s := range []string{c.SASL.Password, c.SASL.PasswordEnv, c.SASL.PasswordFile} {
			if s != "" {
				n++
			}
		}
		if n != 1 {
			missing("sasl.password", "set exactly one of sasl.password, sasl.password_env, sasl.password_file")
		}
	default:
		bad("sasl.mechanism", c.SASL.Mechanism, "want plain, scram-sha-256 or scram-sha-512")
	}
	return problem.Join(ps)
}

// tlsConfig loads the TLS files; nil when TLS is off.
func (c *TLSConfig) tlsConfig() (*tls.Config, error) {
	if !c.Enabled {
		return nil, nil
	}
	tc := &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: c.InsecureSkipVerify} //nolint:gosec // operator's explicit choice
	if c.CAFile != "" {
		pem, err := os.ReadFile(c.CAFile)
		if err != nil {
			return nil, fmt.Errorf("tls.ca_file: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("tls.ca_file: %q holds no PEM certificate", c.CAFile)
		}
		tc.RootCAs = pool
	}
	if c.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(c.CertFile, c.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("tls.cert_file/tls.key_file: %w", err)
		}
		tc.Certificates = []tls.Certificate{cert}
	}
	return tc, nil
}

// mechanism builds the SASL mechanism; nil when SASL is off.
func (c *SASLConfig) mechanism() (sasl.Mechanism, error) {
	if c.Mechanism == "" {
		return nil, nil
	}
	pass := c.Password
	switch {
	case c.PasswordEnv != "":
		v, ok := os.LookupEnv(c.PasswordEnv)
		if !ok {
			return nil, fmt.Errorf("sasl.password_env: environment variable %q is not set", c.PasswordEnv)
		}
		pass = v
	case c.PasswordFile != "":
		b, err := os.ReadFile(c.PasswordFile)
		if err != nil {
			return nil, fmt.Errorf("sasl.password_file: %w", err)
		}
		pass = strings.TrimRight(string(b), "\r\n")
	}
	switch c.Mechanism {
	case "plain":
		return plain.Mechanism{Username: c.Username, Password: pass}, nil
	case "scram-sha-256":
		return scram.Mechanism(scram.SHA256, c.Username, pass)
	case "scram-sha-512":
		return scram.Mechanism(scram.SHA512, c.Username, pass)
	}
	return nil, fmt.Errorf("sasl.mechanism: %q: want plain, scram-sha-256 or scram-sha-512", c.Mechanism)
}

// transport returns the dialer (consumer group, readers) and transport
// (dead-letter writer) that carry TLS and SASL.
func (c *Config) transport() (*kafka.Dialer, *kafka.Transport, error) {
	tc, err := c.TLS.tlsConfig()
	if err != nil {
		return nil, nil, err
	}
	mech, err := c.SASL.mechanism()
	if err != nil {
		return nil, nil, err
	}
	d := &kafka.Dialer{
		ClientID:      c.ClientID,
		Timeout:       10 * time.Second,
		DualStack:     true,
		TLS:           tc,
		SASLMechanism: mech,
	}
	t := &kafka.Transport{ClientID: c.ClientID, TLS: tc, SASL: mech, DialTimeout: 10 * time.Second}
	return d, t, nil
}

// fetchMaxBytes is the reader's MaxBytes: larger than the largest accepted
// record, with room for the record batch framing.
func (c *Config) fetchMaxBytes() int {
	return max(2*c.MaxRecordBytes+64<<10, 10<<20)
}
