package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/redactd/redactd/pipeline"
	"github.com/redactd/redactd/problem"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

func init() {
	register("run", "consume Kafka, redact, archive to S3 or a directory (the daemon)", runRun)
}

const runUsage = `Usage:
  redactd run [--config FILE] [flags]

Runs the daemon: joins the consumer group, redacts every record with the
rule file's policy, tags it with a retention class and archives compressed
batches under class=/topic=/dt=/hour= keys. Offsets are committed only after
the records below them are in the archive.

At start it makes the archive enforce retention: for S3 it reconciles the
bucket's lifecycle rules (lifecycle.on_start: apply|verify|off), for a file://
archive it runs the retention janitor. SIGTERM or SIGINT stops fetching,
flushes, uploads and commits within shutdown_timeout.

Flags override the config file's keys. AWS credentials and region come from
the SDK's default chain (environment, shared profile, web identity, IMDS).

Flags:
`

// runFlags are the command-line overrides shared by run and lifecycle.
type runFlags struct {
	config, brokers, topics, group, rules string
	archive, s3Endpoint, bucket, prefix   string
	metricsAddr, logFormat, logLevel      string
}

func (f *runFlags) register(fs *flag.FlagSet, pipelineFlags bool) {
	fs.StringVar(&f.config, "config", "", "YAML config `FILE` (see README: Configuration)")
	fs.StringVar(&f.rules, "rules", "", "rule `FILE` (key rules); default: the built-in policy")
	fs.StringVar(&f.archive, "archive", "", "archive `URL`: s3://bucket[/prefix] or file:///dir (key archive.url)")
	fs.StringVar(&f.s3Endpoint, "s3-endpoint", "", "S3-compatible endpoint `URL`, e.g. http://127.0.0.1:9000 (key archive.s3_endpoint)")
	fs.StringVar(&f.bucket, "bucket", "", "S3 `bucket`: sets archive.url to s3://BUCKET[/prefix]")
	fs.StringVar(&f.prefix, "prefix", "", "archive key `prefix` (key prefix)")
	fs.StringVar(&f.logFormat, "log-format", "", "log format json|text (key log.format)")
	fs.StringVar(&f.logLevel, "log-level", "", "log level debug|info|warn|error (key log.level)")
	if pipelineFlags {
		fs.StringVar(&f.brokers, "brokers", "", "Kafka brokers, comma-separated `host:port` list (key brokers)")
		fs.StringVar(&f.topics, "topics", "", "comma-separated `topics` to consume (key topics)")
		fs.StringVar(&f.group, "group", "", "consumer group `id` (key group)")
		fs.StringVar(&f.metricsAddr, "metrics-addr", "", "`address` for /metrics, /healthz, /readyz; \"off\" disables (key metrics_addr)")
	}
}

// load reads the config file (or the defaults) and applies the flags that
// were given. It does not validate, and returns an error only when the file
// cannot be read as YAML at all; the problems of a file that can (unknown
// keys, types) are kept for Validate to report with every other one.
func (f *runFlags) load(fs *flag.FlagSet) (Config, error) {
	c := DefaultConfig()
	if f.config != "" {
		var err error
		if c, err = LoadConfig(f.config); err != nil && c.lines == nil {
			return c, err
		}
	}
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	if set["brokers"] {
		c.Brokers = splitList(f.brokers)
		c.setByFlag("brokers", "brokers")
	}
	if set["topics"] {
		c.Topics = splitList(f.topics)
		c.setByFlag("topics", "topics")
	}
	if set["group"] {
		c.Group = f.group
		c.setByFlag("group", "group")
	}
	if set["rules"] {
		c.Rules = f.rules
		c.setByFlag("rules", "rules")
	}
	if set["archive"] {
		c.Archive.URL = f.archive
		c.setByFlag("archive.url", "archive")
	}
	if set["bucket"] {
		u := sinks.URL{Scheme: "s3", Bucket: f.bucket}
		if a, err := sinks.ParseURL(c.Archive.URL); err == nil && a.Scheme == "s3" {
			u.Prefix = a.Prefix
		}
		c.Archive.URL = u.String()
		c.setByFlag("archive.url", "bucket")
	}
	if set["s3-endpoint"] {
		c.Archive.S3Endpoint = f.s3Endpoint
		c.setByFlag("archive.s3_endpoint", "s3-endpoint")
	}
	if set["prefix"] {
		c.Prefix = f.prefix
		c.setByFlag("prefix", "prefix")
		// --prefix wins over a prefix inside archive.url.
		if a, err := sinks.ParseURL(c.Archive.URL); err == nil && a.Scheme == "s3" && a.Prefix != "" {
			c.Archive.URL = a.WithPrefix("").String()
		}
	}
	if set["metrics-addr"] {
		c.MetricsAddr = f.metricsAddr
		if f.metricsAddr == "off" { // as in the file
			c.MetricsAddr = ""
		}
		c.setByFlag("metrics_addr", "metrics-addr")
	}
	if set["log-format"] {
		c.Log.Format = f.logFormat
		c.setByFlag("log.format", "log-format")
	}
	if set["log-level"] {
		c.Log.Level = f.logLevel
		c.setByFlag("log.level", "log-level")
	}
	// An s3 URL's path is the key prefix.
	if a, err := sinks.ParseURL(c.Archive.URL); err == nil && a.Scheme == "s3" && a.Prefix != "" && c.Prefix == "" {
		c.Prefix = a.Prefix
	}
	return c, nil
}

func splitList(s string) []string {
	var out []string
	for p := range strings.SplitSeq(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseLevel(s string) (slog.Level, bool) {
	switch s {
	case "debug":
		return slog.LevelDebug, true
	case "info", "":
		return slog.LevelInfo, true
	case "warn":
		return slog.LevelWarn, true
	case "error":
		return slog.LevelError, true
	}
	return 0, false
}

// newLogger returns the daemon's logger on w. Nothing logs record content:
// records are identified by topic, partition and offset only.
func newLogger(w io.Writer, c LogConfig) *slog.Logger {
	lvl, _ := parseLevel(c.Level)
	o := &slog.HandlerOptions{Level: lvl}
	if c.Format == "text" {
		return slog.New(slog.NewTextHandler(w, o))
	}
	return slog.New(slog.NewJSONHandler(w, o))
}

// loadPolicy reads the rule file, or returns the built-in policy.
func loadPolicy(path string) (*rules.Policy, error) {
	if path == "" {
		return rules.Default(), nil
	}
	return rules.Load(path)
}

func runRun(args []string) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	var f runFlags
	f.register(fs, true)
	if code, done := parseFlags(fs, runUsage, args); done {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "redactd run: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	cfg, err := f.load(fs)
	if err == nil {
		err = cfg.Validate()
	}
	// The policy file is checked too, so that one run shows every mistake.
	pol, perr := loadPolicy(cfg.Rules)
	if perr == nil {
		err = problem.Join(append(problem.All(err), problem.All(cfg.ValidatePolicy(pol))...))
	}
	if err != nil || perr != nil {
		if err != nil {
			fmt.Fprintf(os.Stderr, "redactd run: invalid configuration:\n%s\n", indent(err.Error()))
		}
		if perr != nil {
			fmt.Fprintf(os.Stderr, "redactd run: rules:\n%s\n", indent(perr.Error()))
		}
		return 2
	}
	log := newLogger(os.Stderr, cfg.Log)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	p, _, err := startPipeline(ctx, cfg, pol, log, newRegistry(pol.Version))
	if err != nil {
		if ctx.Err() != nil {
			log.Info("stopped during start-up; no record was read")
			return 0
		}
		log.Error("cannot start", "err", err)
		return 1
	}
	select {
	case <-ctx.Done():
	case <-p.Done():
		if err := p.Close(); err != nil {
			log.Error("pipeline stopped", "err", err)
			return 1
		}
		return 0
	}
	stop() // a second signal kills the process at once
	log.Info("stopping: flushing open batches", "deadline", cfg.ShutdownTimeout.String())
	return stopped(log, p.Close(), p.AbandonedAtStop())
}

// exitAbandoned is run's exit code after a stop that had to give up
// batches: nothing is lost, but not everything read was archived.
const exitAbandoned = 3

// stopped logs how a graceful stop ended and returns the exit code: 0 when
// everything read was archived and committed, exitAbandoned when batches
// were given up at the shutdown timeout, 1 after an error.
func stopped(log *slog.Logger, err error, abandoned int64) int {
	const replay = "nothing is lost: records not archived are not committed, and the next start reads and archives them again, without duplicates"
	switch {
	case err != nil:
		log.Error("stopped with an error; "+replay, "err", err)
		return 1
	case abandoned > 0:
		log.Error("stopped, but batches were not archived within shutdown_timeout; "+replay, "batches", abandoned)
		return exitAbandoned
	}
	log.Info("stopped")
	return 0
}

func indent(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }

// retentions returns the policy's classes as the archive's retention.
func retentions(pol *rules.Policy) []sinks.Retention {
	rs := make([]sinks.Retention, len(pol.Classes))
	for i, c := range pol.Classes {
		rs[i] = sinks.Retention{Class: c.Name, Days: c.Days}
	}
	return rs
}

// startPipeline opens the archive, makes it enforce retention until ctx
// ends (bucket lifecycle rules, or the janitor of a directory) and starts
// the pipeline, which runs until ctx ends or Close: what `run` and `demo`
// share, so the demo goes through the same code path.
func startPipeline(ctx context.Context, cfg Config, pol *rules.Policy, log *slog.Logger, reg *prometheus.Registry) (*pipeline.Pipeline, archive, error) {
	arch, err := openArchive(cfg, log)
	if err != nil {
		return nil, nil, err
	}
	p, err := pipeline.New(cfg.Config, pol, arch, pipeline.WithLogger(log), pipeline.WithRegistry(reg))
	if err != nil {
		return nil, nil, err
	}
	if err := enforceRetention(ctx, cfg, pol, arch, log, reg); err != nil {
		return nil, nil, err
	}
	log.Info("starting", "brokers", cfg.Brokers, "topics", cfg.Topics, "group", cfg.Group,
		"archive", cfg.Archive.URL, "rules", pol.Source, "rules_version", pol.Version)
	p.Start(ctx)
	return p, arch, nil
}
