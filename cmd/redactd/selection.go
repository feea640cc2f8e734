package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/redactd/redactd/query"
	"github.com/redactd/redactd/rewrite"
	"github.com/redactd/redactd/rules"
)

// selection holds the flags with which rewrite and erase pick archived
// objects, and how they run over them.
type selection struct {
	classes, topics    stringList
	from, to, shard    string
	shardIndex, shards int
	dry                bool
	every              time.Duration
}

// register adds the selection flags to fs; verb names the command's work
// in their help ("rewrite", "erase").
func (s *selection) register(fs *flag.FlagSet, verb, dryHelp string) {
	fs.Var(&s.classes, "class", verb+" class `NAME` only (repeatable; default: every class of the policy)")
	fs.Var(&s.topics, "topic", verb+" topic `NAME` only (repeatable; default: every topic)")
	fs.StringVar(&s.from, "from", "", "first `hour` (2026-11-20T00, 2026-11-20 or today); default: the oldest")
	fs.StringVar(&s.to, "to", "", "last `hour`, inclusive; default: the newest")
	fs.BoolVar(&s.dry, "dry-run", false, dryHelp)
	fs.StringVar(&s.shard, "shard", "", "take only share `K/N` of the objects (N processes, K = 1..N)")
	fs.IntVar(&s.shardIndex, "shard-index", -1, "with --shards: take share `I` (0-based, as a Kubernetes Indexed Job's $(JOB_COMPLETION_INDEX))")
	fs.IntVar(&s.shards, "shards", 0, "with --shard-index: the number of shares `N`")
	fs.DurationVar(&s.every, "progress", 5*time.Second, "print progress on stderr every `interval` (0: never)")
}

// options returns the rewrite options the flags select and what is wrong
// with them, each error naming its flag.
func (s *selection) options(now time.Time) (rewrite.Options, []error) {
	o := rewrite.Options{Classes: s.classes, Topics: s.topics, DryRun: s.dry}
	var errs []error
	var err error
	if s.from != "" {
		if o.From, err = query.ParseHour(s.from, false, now); err != nil {
			errs = append(errs, fmt.Errorf("--from: %w", err))
		}
	}
	if s.to != "" {
		if o.To, err = query.ParseHour(s.to, true, now); err != nil {
			errs = append(errs, fmt.Errorf("--to: %w", err))
		}
	}
	switch {
	case s.shard != "" && (s.shards != 0 || s.shardIndex >= 0):
		errs = append(errs, errors.New("give --shard K/N or --shard-index I --shards N, not both"))
	case s.shard != "":
		if o.Shard, o.Shards, err = rewrite.ParseShard(s.shard); err != nil {
			errs = append(errs, fmt.Errorf("--shard: %w", err))
		}
	case s.shards != 0 || s.shardIndex >= 0:
		if s.shards < 1 || s.shardIndex < 0 || s.shardIndex >= s.shards {
			errs = append(errs, fmt.Errorf("--shard-index %d --shards %d: want 0 <= I < N", s.shardIndex, s.shards))
		} else {
			o.Shard, o.Shards = s.shardIndex+1, s.shards
		}
	}
	return o, errs
}

// loadRewriting loads the configuration and the policy of the rewriting
// command cmd, after the argument problems errs found so far: all of them
// are printed at once. code is 0 when both loaded, else the exit status.
func loadRewriting(cmd string, f *runFlags, fs *flag.FlagSet, errs []error) (cfg Config, pol *rules.Policy, code int) {
	cfg, err := f.load(fs)
	if err == nil {
		err = cfg.validateArchive()
	}
	if err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		fmt.Fprintf(os.Stderr, "redactd %s: invalid arguments:\n%s\n", cmd, indent(err.Error()))
		return cfg, nil, 2
	}
	if pol, err = loadPolicy(cfg.Rules); err != nil {
		fmt.Fprintf(os.Stderr, "redactd %s: rules:\n%s\n", cmd, indent(err.Error()))
		return cfg, nil, 2
	}
	return cfg, pol, 0
}

// openRewritable opens the configured archive as a store objects can be
// replaced in.
func openRewritable(cfg Config, logTo io.Writer) (rewrite.Store, archive, error) {
	arch, err := openArchive(cfg, newLogger(logTo, cfg.Log))
	if err != nil {
		return nil, nil, err
	}
	st, ok := arch.(rewrite.Store)
	if !ok {
		return nil, nil, fmt.Errorf("BUG: archive %T cannot be rewritten", arch)
	}
	return st, arch, nil
}
