package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/redactd/redactd/pipeline"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

func init() {
	register("lifecycle", "plan, apply or verify the archive's retention rules (S3 lifecycle)", runLifecycle)
}

const lifecycleUsage = `Usage:
  redactd lifecycle plan|apply|verify [--config FILE] [--archive URL] [--rules FILE] [flags]

Makes the archive enforce each retention class of the rule file. For an S3
archive that is the bucket's lifecycle configuration: one expiration rule per
class (ID redactd-class-NAME, prefix [PREFIX/]class=NAME/, the class's days)
and one rule aborting incomplete multipart uploads after a day (ID
redactd-abort-mpu). Rules whose ID does not start with "redactd-" are left
as they are.

  plan    print the changes apply would make (reads only)
  apply   read the rules, change what differs, write them back
  verify  print drift; exit status 1 when the bucket does not enforce the
          configured retention, 0 when it does

For a file:// archive, retention is enforced by the janitor that 'redactd run'
runs: plan prints what it keeps, apply runs it once now, verify checks the
classes.

Exit status: 0 ok (verify: no drift), 1 drift or error, 2 usage error.

Flags:
`

func runLifecycle(args []string) int {
	fs := flag.NewFlagSet("lifecycle", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), lifecycleUsage)
		fs.PrintDefaults()
	}
	var f runFlags
	f.register(fs, false)
	// Allow the action before or after the flags.
	action := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		action, args = args[0], args[1:]
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	rest := fs.Args()
	if action == "" && len(rest) > 0 {
		action, rest = rest[0], rest[1:]
	}
	if len(rest) > 0 {
		fmt.Fprintf(os.Stderr, "redactd lifecycle: unexpected argument %q\n", rest[0])
		return 2
	}
	switch action {
	case "plan", "apply", "verify":
	case "":
		fmt.Fprintln(os.Stderr, "redactd lifecycle: want plan, apply or verify")
		fs.Usage()
		return 2
	default:
		fmt.Fprintf(os.Stderr, "redactd lifecycle: unknown action %q: want plan, apply or verify\n", action)
		return 2
	}
	cfg, err := f.load(fs)
	if err == nil {
		err = cfg.validateArchive()
		if perr := sinks.ValidPrefix(cfg.Prefix); perr != nil {
			err = errors.Join(err, cfg.problem("prefix", cfg.Prefix, perr.Error()))
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "redactd lifecycle: invalid configuration:\n%s\n", indent(err.Error()))
		return 2
	}
	pol, err := loadPolicy(cfg.Rules)
	if err != nil {
		fmt.Fprintf(os.Stderr, "redactd lifecycle: rules:\n%s\n", indent(err.Error()))
		return 2
	}
	log := newLogger(os.Stderr, cfg.Log)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	code, err := lifecycle(ctx, os.Stdout, action, cfg, pol, log)
	if err != nil {
		fmt.Fprintf(os.Stderr, "redactd lifecycle %s: %v\n", action, err)
	}
	return code
}

// lifecycle runs one action and returns the exit code.
func lifecycle(ctx context.Context, w io.Writer, action string, cfg Config, pol *rules.Policy, log *slog.Logger) (int, error) {
	arch, err := openArchive(cfg, log)
	if err != nil {
		return 1, err
	}
	ret := retentions(pol)
	switch a := arch.(type) {
	case *sinks.S3:
		switch action {
		case "plan":
			p, err := a.PlanLifecycle(ctx, ret)
			if err != nil {
				return 1, err
			}
			fmt.Fprint(w, p.String())
		case "apply":
			p, err := a.ApplyLifecycle(ctx, ret)
			if err != nil {
				return 1, err
			}
			fmt.Fprint(w, "applied: ", p.String())
		case "verify":
			drift, err := a.VerifyLifecycle(ctx, ret)
			if err != nil {
				return 1, err
			}
			if len(drift) > 0 {
				fmt.Fprintf(w, "drift: s3://%s does not enforce the configured retention (%d difference(s)):\n", a.Bucket(), len(drift))
				for _, c := range drift {
					fmt.Fprintf(w, "  %s\n", c)
				}
				fmt.Fprintln(w, "run 'redactd lifecycle apply' with the same flags to fix it")
				return 1, nil
			}
			fmt.Fprintf(w, "ok: %s enforces %s\n", a, describeRetention(ret))
		}
		return 0, nil
	case *sinks.Dir:
		switch action {
		case "plan", "verify":
			fmt.Fprintf(w, "ok: %s is a directory; the janitor of 'redactd run' enforces %s (a dt= partition is deleted once all its records are older than the class's days)\n", a, describeRetention(ret))
		case "apply":
			j, err := sinks.NewJanitor(a, cfg.Prefix, ret, sinks.JanitorOptions{Logger: log})
			if err != nil {
				return 1, err
			}
			res, err := j.RunOnce(ctx)
			if err != nil {
				return 1, err
			}
			fmt.Fprintf(w, "janitor: deleted %d partition(s), %d object(s), %d bytes from %s\n", res.Partitions, res.Objects, res.Bytes, a)
		}
		return 0, nil
	}
	return 1, fmt.Errorf("archive %T has no retention enforcement", arch)
}

func describeRetention(ret []sinks.Retention) string {
	parts := make([]string, len(ret))
	for i, r := range ret {
		parts[i] = fmt.Sprintf("%s=%dd", r.Class, r.Days)
	}
	return strings.Join(parts, " ")
}

// openArchive opens cfg's archive (a validated URL). An S3 archive's prefix
// is cfg.Prefix, the one the pipeline writes keys under.
func openArchive(cfg Config, log *slog.Logger) (sinks.Archive, error) {
	u, err := sinks.ParseURL(cfg.Archive.URL)
	if err != nil {
		return nil, fmt.Errorf("archive.url %q: %w", cfg.Archive.URL, err)
	}
	return sinks.OpenURL(u.WithPrefix(cfg.Prefix), sinks.OpenOptions{Endpoint: cfg.Archive.S3Endpoint, Region: cfg.Archive.S3Region, Logger: log})
}

// enforceRetention makes the archive enforce each class's retention: for a
// directory it starts the janitor (until ctx ends), for S3 it applies or
// verifies the bucket's lifecycle rules as lifecycle.on_start says, and
// sets redactd_lifecycle_drift.
func enforceRetention(ctx context.Context, cfg Config, pol *rules.Policy, arch sinks.Archive, p *pipeline.Pipeline, log *slog.Logger, reg prometheus.Registerer) error {
	ret := retentions(pol)
	switch a := arch.(type) {
	case *sinks.Dir:
		j, err := sinks.NewJanitor(a, cfg.Prefix, ret, sinks.JanitorOptions{
			Interval: cfg.Lifecycle.JanitorInterval, Registerer: reg, Logger: log,
		})
		if err != nil {
			return fmt.Errorf("retention janitor: %w", err)
		}
		go func() { _ = j.Run(ctx) }()
		log.Info("retention janitor started", "archive", a.String(), "retention", describeRetention(ret),
			"interval", cfg.Lifecycle.JanitorInterval.String())
		p.SetLifecycleDrift(0)
		return nil
	case *sinks.S3:
		lctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		if cfg.Lifecycle.OnStart == "apply" {
			plan, err := a.ApplyLifecycle(lctx, ret)
			if err != nil {
				return fmt.Errorf("lifecycle.on_start apply: %w", err)
			}
			for _, c := range plan.Changes {
				log.Info("lifecycle rule changed", "bucket", a.Bucket(), "change", c.String())
			}
		}
		drift, err := a.VerifyLifecycle(lctx, ret)
		if errors.Is(err, sinks.ErrOtherArchive) {
			// Nothing of this archive is enforced: every class is drift.
			p.SetLifecycleDrift(len(ret))
			if cfg.Lifecycle.OnStart == "off" {
				log.Error("the bucket's lifecycle rules belong to another archive; this archive's objects will not expire (lifecycle.on_start: off)",
					"bucket", a.Bucket(), "err", err)
				return nil
			}
			return fmt.Errorf("lifecycle verify: %w", err)
		}
		if err != nil {
			if cfg.Lifecycle.OnStart == "off" {
				log.Warn("cannot read the bucket's lifecycle rules (lifecycle.on_start: off)", "bucket", a.Bucket(), "err", err)
				return nil
			}
			return fmt.Errorf("lifecycle verify: %w", err)
		}
		p.SetLifecycleDrift(len(drift))
		for _, c := range drift {
			log.Warn("lifecycle drift: the bucket does not enforce the configured retention", "bucket", a.Bucket(), "change", c.String())
		}
		if len(drift) > 0 && cfg.Lifecycle.OnStart != "off" {
			return fmt.Errorf("bucket %q does not enforce the configured retention (%d difference(s)); run 'redactd lifecycle plan'", a.Bucket(), len(drift))
		}
		log.Info("lifecycle rules in force", "bucket", a.Bucket(), "retention", describeRetention(ret))
		return nil
	}
	return fmt.Errorf("archive %T has no retention enforcement", arch)
}
