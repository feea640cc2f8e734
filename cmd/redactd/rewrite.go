package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/redactd/redactd/rewrite"
	"github.com/redactd/redactd/rules"
)

func init() {
	register("rewrite", "re-apply the policy to archived objects (after a policy change or a detector fix), keeping their expiry", runRewrite)
}

const rewriteUsage = `Usage:
  redactd rewrite [--config FILE] [--archive URL] [--rules FILE] [--class C] [--topic T] [--from TIME] [--to TIME] [--dry-run] [--shard K/N]

Reads every archived object selected (all classes of the policy, or
--class; all topics, or --topic; the hours --from..--to, inclusive),
redacts each record again with the policy (the current one by default, so
the hash key must be available) and replaces the object atomically under the
same key: metadata kept, rules-version updated. Objects the policy does not
change are not written. Records it cannot redact with confidence are
dropped from the object and counted, never kept raw.

A rewritten object expires when the original would have: a directory's
janitor goes by the key's day; on S3 the object is tagged with its first
expiry date (redactd-expire=YYYY-MM-DD) and the bucket gets an expiration
rule for that date (ID redactd-TAG-expire-DATE), written before the object.

Resumable: stop it (or kill it) at any point and run it again; objects done
are unchanged by the policy and skipped. Safe beside a running daemon.
--shard K/N takes only the K-th of N deterministic shares of the objects
(by a hash of the key), for N processes; --shard-index I --shards N is the
same with a 0-based I, as in deploy/k8s/rewrite-job.yaml (an Indexed Job).

TIME is an hour (2026-11-20T00), a day (2026-11-20) or "today".

Exit status: 0 done, 1 some objects not rewritten (run again) or an error,
2 usage error.

Flags:
`

func runRewrite(args []string) int {
	fs := flag.NewFlagSet("rewrite", flag.ContinueOnError)
	var f runFlags
	f.register(fs, false)
	var sel selection
	sel.register(fs, "rewrite", "change nothing: print what would change (objects, records, redactions per detector)")
	if code, done := parseFlags(fs, rewriteUsage, args); done {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "redactd rewrite: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	o, errs := sel.options(time.Now())
	cfg, pol, code := loadRewriting("rewrite", &f, fs, errs)
	if code != 0 {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	code, err := rewriteArchive(ctx, os.Stdout, os.Stderr, cfg, pol, o, sel.every)
	if err != nil {
		fmt.Fprintf(os.Stderr, "redactd rewrite: %v\n", err)
	}
	return code
}

// rewriteArchive runs the rewrite and prints its report on w, progress on
// progress every interval.
func rewriteArchive(ctx context.Context, w, progress io.Writer, cfg Config, pol *rules.Policy, o rewrite.Options, every time.Duration) (int, error) {
	st, arch, err := openRewritable(cfg, progress)
	if err != nil {
		return 1, err
	}
	o.Prefix = cfg.Prefix
	var last time.Time
	o.Progress = func(r rewrite.Report) {
		if every > 0 && time.Since(last) >= every {
			last = time.Now()
			fmt.Fprintf(progress, "rewrite: %d objects, %d rewritten, %d unchanged, %d records (%d dropped), %.0f records/s\n",
				r.Objects, r.Rewritten, r.Unchanged, r.Records, r.Dropped, float64(r.Records)/r.Elapsed.Seconds())
		}
	}
	rep, err := rewrite.Run(ctx, st, pol, o)
	verb := "rewrote"
	if o.DryRun {
		verb = "would rewrite"
		for _, c := range rep.Changes {
			fmt.Fprintf(w, "  %s: %d records, %d changed, %d dropped, redactions %s\n", c.Key, c.Records, c.Changed, c.Dropped, describeCounts(c.Redactions))
		}
	}
	secs := rep.Elapsed.Seconds()
	fmt.Fprintf(w, "%s %d of %d objects (%d unchanged) in %s with policy %s (rules-version %s): %d records read, %d changed, %d dropped (not redactable with confidence); %.0f records/s, %.1f MB/s uncompressed\n",
		verb, rep.Rewritten, rep.Objects, rep.Unchanged, arch, pol.Source, pol.Version, rep.Records, rep.Changed, rep.Dropped,
		float64(rep.Records)/secs, float64(rep.RawIn)/secs/1e6)
	if len(rep.Redactions) > 0 {
		counts := map[string]int{}
		for d, n := range rep.Redactions {
			counts[d] = int(n)
		}
		fmt.Fprintf(w, "redactions in the objects read: %s\n", describeCounts(counts))
	}
	if err != nil {
		return 1, err
	}
	return 0, nil
}

// describeCounts lists counts as "email=3 ipv4=1", by name.
func describeCounts(m map[string]int) string {
	if len(m) == 0 {
		return "none"
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s=%d", k, m[k]))
	}
	return strings.Join(parts, " ")
}
