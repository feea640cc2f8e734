package main

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/redactd/redactd/pipeline"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

// openArchive opens cfg's archive (validated URL).
func openArchive(ctx context.Context, cfg Config) (sinks.Archive, error) {
	a, err := parseArchiveURL(cfg.Archive.URL)
	if err != nil {
		return nil, fmt.Errorf("archive.url %q: %w", cfg.Archive.URL, err)
	}
	switch a.scheme {
	case "file":
		d, err := sinks.NewDir(a.dir)
		if err != nil {
			return nil, fmt.Errorf("archive.url %q: %w", cfg.Archive.URL, err)
		}
		return d, nil
	}
	return nil, fmt.Errorf("archive.url %q: s3 archives are not wired yet", cfg.Archive.URL)
}

// enforceRetention makes the archive enforce each class's retention: for a
// directory it starts the janitor (until ctx ends).
func enforceRetention(ctx context.Context, cfg Config, pol *rules.Policy, arch sinks.Archive, p *pipeline.Pipeline, log *slog.Logger, reg prometheus.Registerer) error {
	switch a := arch.(type) {
	case *sinks.Dir:
		j, err := sinks.NewJanitor(a, cfg.Prefix, retentions(pol), sinks.JanitorOptions{
			Interval: cfg.Lifecycle.JanitorInterval, Registerer: reg, Logger: log,
		})
		if err != nil {
			return fmt.Errorf("retention janitor: %w", err)
		}
		go func() { _ = j.Run(ctx) }()
		log.Info("retention janitor started", "archive", a.String(), "interval", cfg.Lifecycle.JanitorInterval.String())
		p.SetLifecycleDrift(0)
		return nil
	}
	return fmt.Errorf("archive %T: no retention enforcement", arch)
}
