package sinks

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// JanitorOptions configures a Janitor.
type JanitorOptions struct {
	// Interval between runs; default 1h.
	Interval time.Duration
	// Registerer receives the janitor's metrics; nil registers none.
	Registerer prometheus.Registerer
	// Logger; default slog.Default().
	Logger *slog.Logger
	// Now returns the current time; default time.Now (tests set it).
	Now func() time.Time
}

// Janitor enforces retention on a Dir archive, the filesystem counterpart
// of S3 lifecycle rules. A day partition
//
//	<prefix>/class=C/topic=T/dt=YYYY-MM-DD/
//
// is deleted, whole, once every record time it can hold is older than C's
// days: at dt + 1 day + days, UTC. (Partitions are by record time; S3
// expires by upload time, rounded up to the next midnight.) Classes not
// configured are left alone, as are files outside the key layout, except
// temporary files older than an hour left by a crash mid-write.
type Janitor struct {
	dir     *Dir
	prefix  string
	classes []Retention
	o       JanitorOptions
	m       *metrics
}

// JanitorResult is what one run deleted.
type JanitorResult struct {
	Partitions int
	Objects    int
	Bytes      int64
}

// NewJanitor returns a janitor for the classes of d below prefix ("" for
// the usual file:// archive).
func NewJanitor(d *Dir, prefix string, classes []Retention, o JanitorOptions) (*Janitor, error) {
	if err := ValidPrefix(prefix); err != nil {
		return nil, err
	}
	if err := validateRetention(classes); err != nil {
		return nil, err
	}
	if o.Interval <= 0 {
		o.Interval = time.Hour
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	j := &Janitor{dir: d, prefix: strings.TrimSuffix(prefix, "/"), classes: classes, o: o, m: newMetrics(o.Registerer)}
	for _, c := range classes {
		j.m.deletedObjects.WithLabelValues(c.Class)
		j.m.deletedBytes.WithLabelValues(c.Class)
	}
	return j, nil
}

// Run runs the janitor at once and then every Interval until ctx ends. It
// returns nil when ctx ends; errors of single runs are logged and counted.
func (j *Janitor) Run(ctx context.Context) error {
	t := time.NewTicker(j.o.Interval)
	defer t.Stop()
	for {
		if _, err := j.RunOnce(ctx); err != nil && ctx.Err() == nil {
			j.o.Logger.Error("janitor run failed", "archive", j.dir.String(), "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// RunOnce deletes every expired partition now.
func (j *Janitor) RunOnce(ctx context.Context) (JanitorResult, error) {
	now := j.o.Now().UTC()
	var res JanitorResult
	var errs []error
	for _, c := range j.classes {
		classDir := j.dir.path(ClassPrefix(j.prefix, c.Class))
		topics, err := os.ReadDir(classDir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, t := range topics {
			if _, ok := ParseTopicDir("", t.Name()); !t.IsDir() || !ok {
				continue
			}
			topicDir := filepath.Join(classDir, t.Name())
			days, err := os.ReadDir(topicDir)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			for _, dd := range days {
				if err := ctx.Err(); err != nil {
					return res, err
				}
				p := filepath.Join(topicDir, dd.Name())
				if strings.HasPrefix(dd.Name(), ".tmp-") {
					errs = append(errs, removeStaleTemp(p, now))
					continue
				}
				day, ok := parseDaySeg(dd.Name())
				if !ok || !dd.IsDir() {
					continue
				}
				if now.Before(day.AddDate(0, 0, 1+c.Days)) {
					errs = append(errs, j.removeStaleTemps(p, now))
					continue
				}
				n, size, err := removePartition(p)
				res.Objects += n
				res.Bytes += size
				j.m.deletedObjects.WithLabelValues(c.Class).Add(float64(n))
				j.m.deletedBytes.WithLabelValues(c.Class).Add(float64(size))
				if err != nil {
					errs = append(errs, err)
					continue
				}
				res.Partitions++
				j.o.Logger.Info("janitor deleted expired partition", "archive", j.dir.String(),
					"class", c.Class, "partition", strings.TrimPrefix(filepath.ToSlash(p), filepath.ToSlash(j.dir.Root())+"/"),
					"objects", n, "bytes", size, "retention_days", c.Days)
			}
			if err := syncDir(topicDir); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		j.m.errors.Inc()
		return res, fmt.Errorf("janitor in %s: %w", j.dir, err)
	}
	j.m.lastRun.Set(float64(now.UnixNano()) / 1e9)
	return res, nil
}

// removePartition deletes the partition directory p, counting its files.
func removePartition(p string) (n int, size int64, err error) {
	err = filepath.WalkDir(p, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
			if fi, err := e.Info(); err == nil {
				n++
				size += fi.Size()
			}
		}
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	if err := os.RemoveAll(p); err != nil {
		return 0, 0, err
	}
	return n, size, nil
}

// removeStaleTemps removes temporary files left in a kept partition's hour
// directories by a crash mid-write.
func (j *Janitor) removeStaleTemps(day string, now time.Time) error {
	hours, err := os.ReadDir(day)
	if err != nil {
		return err
	}
	var errs []error
	for _, h := range hours {
		if !h.IsDir() {
			continue
		}
		files, err := os.ReadDir(filepath.Join(day, h.Name()))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, f := range files {
			if strings.HasPrefix(f.Name(), ".tmp-") {
				errs = append(errs, removeStaleTemp(filepath.Join(day, h.Name(), f.Name()), now))
			}
		}
	}
	return errors.Join(errs...)
}

func removeStaleTemp(path string, now time.Time) error {
	fi, err := os.Lstat(path)
	if err != nil || now.Sub(fi.ModTime()) < time.Hour {
		return nil
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
