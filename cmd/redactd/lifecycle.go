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

	"github.com/redactd/redactd/problem"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

func init() {
	register("lifecycle", "plan, apply or verify the archive's retention rules (S3 lifecycle)", runLifecycle)
}

const lifecycleUsage = `Usage:
  redactd lifecycle plan|apply|verify [--config FILE] [--archive URL] [--rules FILE] [flags]
  redactd lifecycle apply --retire-class NAME [...]

Makes the archive enforce each retention class of the rule file. For an S3
archive that is the bucket's lifecycle configuration: one expiration rule per
class (ID redactd-TAG-class-NAME, prefix [PREFIX/]class=NAME/, the class's
days) and one rule aborting incomplete multipart uploads after a day (ID
redactd-TAG-abort-mpu), where TAG is 12 hex digits of the SHA-256 of
"PREFIX/" (or of "" without a prefix). Archives under prefixes side by side
share a bucket, each with its own rules; an archive whose prefix is inside
another's is refused. Rules of the form redactd-class-NAME (before IDs named
the prefix) are replaced by the new IDs. Rules whose ID does not start with
"redactd-" are left as they are.

  plan    print the changes apply would make (reads only)
  apply   read the rules, change what differs, write them back
  verify  print drift; exit status 1 when the bucket does not enforce the
          configured retention, 0 when it does

For a file:// archive, retention is enforced by the janitor that 'redactd run'
runs: plan prints what it keeps, apply runs it once now, verify checks the
classes.

A class removed from the rule file is never dropped while objects remain
under its prefix: it is "orphaned" and keeps being expired by its last
retention, which the archive records in [PREFIX/].redactd/retention.json.
Once its data is gone the rule goes by itself; to end its retention while
objects remain (to keep them deliberately), apply --retire-class NAME.
Objects under a class prefix whose retention is unknown are drift.

The rule file is read for its classes only: no hash key is needed.

Exit status: 0 ok (verify: no drift), 1 drift (also after apply) or error,
2 usage error.

Flags:
`

func runLifecycle(args []string) int {
	fs := flag.NewFlagSet("lifecycle", flag.ContinueOnError)
	var f runFlags
	f.register(fs, false)
	var retire stringList
	fs.Var(&retire, "retire-class", "with apply: end the retention of class `NAME`, no longer in the rule file, although objects remain (repeatable)")
	// Allow the action before or after the flags.
	action := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		action, args = args[0], args[1:]
	}
	if code, done := parseFlags(fs, lifecycleUsage, args); done {
		return code
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
		printUsage(fs, os.Stderr, lifecycleUsage)
		return 2
	default:
		fmt.Fprintf(os.Stderr, "redactd lifecycle: unknown action %q: want plan, apply or verify\n", action)
		return 2
	}
	if len(retire) > 0 && action != "apply" {
		fmt.Fprintf(os.Stderr, "redactd lifecycle: --retire-class needs apply, not %s\n", action)
		return 2
	}
	cfg, err := f.load(fs)
	if err == nil {
		err = errors.Join(problem.Join(cfg.loadProblems), cfg.validateArchive())
		if perr := sinks.ValidPrefix(cfg.Prefix); perr != nil {
			err = errors.Join(err, cfg.problem("prefix", cfg.Prefix, perr.Error()))
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "redactd lifecycle: invalid configuration:\n%s\n", indent(err.Error()))
		return 2
	}
	// Only the classes are read: the hash key is not needed (nothing is
	// hashed), so plan and verify run where the key is not available.
	pol, err := loadPolicyClasses(cfg.Rules)
	if err != nil {
		fmt.Fprintf(os.Stderr, "redactd lifecycle: rules:\n%s\n", indent(err.Error()))
		return 2
	}
	log := newLogger(os.Stderr, cfg.Log)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	code, err := lifecycle(ctx, os.Stdout, action, cfg, pol, log, retire...)
	if err != nil {
		fmt.Fprintf(os.Stderr, "redactd lifecycle %s: %v\n", action, err)
	}
	return code
}

// lifecycle runs one action and returns the exit code.
func lifecycle(ctx context.Context, w io.Writer, action string, cfg Config, pol *rules.Policy, log *slog.Logger, retire ...string) (int, error) {
	arch, err := openArchive(cfg, log)
	if err != nil {
		return 1, err
	}
	ret := retentions(pol)
	rep, err := arch.EnforceRetention(ctx, sinks.RetentionRequest{
		Classes: ret, Prefix: cfg.Prefix, Apply: action == "apply", Retire: retire, Logger: log,
	})
	if err != nil {
		return 1, err
	}
	if action != "verify" {
		fmt.Fprint(w, rep)
		if action == "apply" && len(rep.Drift) > 0 {
			fmt.Fprintf(w, "drift remains after apply (%d difference(s)):\n", len(rep.Drift))
			for _, c := range rep.Drift {
				fmt.Fprintf(w, "  %s\n", c)
			}
			return 1, nil
		}
		return 0, nil
	}
	if len(rep.Drift) > 0 {
		fmt.Fprintf(w, "drift: %s does not enforce the configured retention (%d difference(s)):\n", rep.Archive, len(rep.Drift))
		fixable := false
		for _, c := range rep.Drift {
			fmt.Fprintf(w, "  %s\n", c)
			fixable = fixable || c.Op != "uncovered"
		}
		if fixable {
			fmt.Fprintln(w, "run 'redactd lifecycle apply' with the same flags to fix the rules")
		}
		printOrphans(w, rep)
		return 1, nil
	}
	fmt.Fprintf(w, "ok: %s enforces %s (by %s)\n", rep.Archive, sinks.DescribeRetention(ret), rep.Enforcer)
	printOrphans(w, rep)
	return 0, nil
}

// printOrphans tells of the classes no longer in the policy that the
// archive still expires, or keeps because they were retired.
func printOrphans(w io.Writer, rep sinks.RetentionReport) {
	for _, o := range rep.Orphaned {
		fmt.Fprintf(w, "  orphaned: %s; 'redactd lifecycle apply --retire-class %s' ends it\n", o, o.Class)
	}
	for _, o := range rep.Retired {
		if o.Objects > 0 {
			fmt.Fprintf(w, "  retired: class %s: %d objects under %q kept without expiry\n", o.Class, o.Objects, o.Prefix)
		}
	}
}

// archive is what the daemon and lifecycle need of an archive: sinks.S3 and
// sinks.Dir have both parts, each enforcing retention its own way.
type archive interface {
	sinks.Archive
	EnforceRetention(ctx context.Context, r sinks.RetentionRequest) (sinks.RetentionReport, error)
}

// openArchive opens cfg's archive (a validated URL). An S3 archive's prefix
// is cfg.Prefix, the one the pipeline writes keys under.
func openArchive(cfg Config, log *slog.Logger) (archive, error) {
	u, err := sinks.ParseURL(cfg.Archive.URL)
	if err != nil {
		return nil, fmt.Errorf("archive.url %q: %w", cfg.Archive.URL, err)
	}
	a, err := sinks.OpenURL(u.WithPrefix(cfg.Prefix), sinks.OpenOptions{Endpoint: cfg.Archive.S3Endpoint, Region: cfg.Archive.S3Region,
		RequestTimeout: cfg.Archive.S3RequestTimeout, UploadTimeout: cfg.Archive.S3UploadTimeout, Logger: log})
	if err != nil {
		return nil, err
	}
	ar, ok := a.(archive)
	if !ok {
		return nil, fmt.Errorf("archive %s has no retention enforcement", a)
	}
	return ar, nil
}

// enforceRetention makes the archive enforce each class's retention until
// ctx ends, as lifecycle.on_start says: apply (change the store to match),
// verify (refuse to start on drift) or off (only report drift). The archive
// sets redactd_lifecycle_drift on reg.
func enforceRetention(ctx context.Context, cfg Config, pol *rules.Policy, arch archive, log *slog.Logger, reg prometheus.Registerer) error {
	ret := retentions(pol)
	rep, err := arch.EnforceRetention(ctx, sinks.RetentionRequest{
		Classes: ret, Prefix: cfg.Prefix, Apply: cfg.Lifecycle.OnStart == "apply", Keep: true,
		JanitorInterval: cfg.Lifecycle.JanitorInterval, VerifyInterval: cfg.Lifecycle.VerifyInterval, Registerer: reg, Logger: log,
	})
	if rep.Applied {
		for _, c := range rep.Changes {
			log.Info("lifecycle rule changed", "archive", rep.Archive, "change", c.String())
		}
	}
	off := cfg.Lifecycle.OnStart == "off"
	switch {
	case errors.Is(err, sinks.ErrOtherArchive) && off:
		// Nothing of this archive is enforced: every class is drift.
		log.Error("the bucket's lifecycle rules belong to an archive whose prefix overlaps this one's; this archive's objects will not expire (lifecycle.on_start: off)",
			"archive", rep.Archive, "err", err)
		return nil
	case err != nil && off && !errors.Is(err, sinks.ErrOtherArchive):
		log.Warn("cannot read the archive's retention rules (lifecycle.on_start: off)", "archive", rep.Archive, "err", err)
		return nil
	case err != nil:
		return fmt.Errorf("retention (lifecycle.on_start %s): %w", cfg.Lifecycle.OnStart, err)
	}
	for _, o := range rep.Orphaned {
		log.Warn("orphaned retention class: not in the policy, objects remain and are still expired by its last retention; "+
			"'redactd lifecycle apply --retire-class "+o.Class+"' ends it", "archive", rep.Archive, "class", o.Class,
			"prefix", o.Prefix, "objects", o.Objects, "more", o.More, "retention_days", o.Days)
	}
	for _, c := range rep.Drift {
		log.Warn("lifecycle drift: the archive does not enforce the configured retention", "archive", rep.Archive, "change", c.String())
	}
	if len(rep.Drift) > 0 && !off {
		lines := make([]string, len(rep.Drift))
		for i, c := range rep.Drift {
			lines[i] = c.String()
		}
		return fmt.Errorf("%s does not enforce the configured retention (%d difference(s)): %s; run 'redactd lifecycle plan'",
			rep.Archive, len(rep.Drift), strings.Join(lines, "; "))
	}
	log.Info("retention in force", "archive", rep.Archive, "by", rep.Enforcer, "retention", sinks.DescribeRetention(ret))
	return nil
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// loadPolicyClasses reads the rule file for its classes only: a hash key
// is replaced by the public test key, so no secret is needed. Never use
// the returned policy to redact.
func loadPolicyClasses(path string) (*rules.Policy, error) {
	if path == "" {
		return rules.Default(), nil
	}
	return rules.LoadForTest(path)
}
