package pipeline

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/redactd/redactd/sinks"
)

// Archive health: every failed attempt of the write path is counted by
// reason (the S3 client's own retries included, through
// sinks.RetryObserver); the archive is unhealthy, and /readyz answers 503,
// once attempts have failed for archive_unhealthy_after without a success
// in between. Nothing here depends on records still arriving: a batch
// whose upload fails is retried until it succeeds, so a failing archive
// keeps failing attempts.

// archiveFailed records one failed attempt.
func (p *Pipeline) archiveFailed(reason string, err error) {
	if reason == "" {
		return
	}
	c, ok := p.uploadErrC[reason]
	if !ok {
		c = p.uploadErrC[sinks.ReasonOther]
	}
	c.Inc()
	msg := reason + ": " + err.Error()
	p.lastFailure.Store(&msg)
	p.failingSince.CompareAndSwap(0, time.Now().UnixNano())
}

// archiveSucceeded records a successful write: the archive is healthy.
func (p *Pipeline) archiveSucceeded() {
	p.archiveOK.Store(true)
	p.failingSince.Store(0)
}

// archiveHealth reports whether the archive is healthy and, when not, why.
func (p *Pipeline) archiveHealth() (bool, string) {
	if !p.archiveOK.Load() {
		return false, "archive not reachable"
	}
	since := p.failingSince.Load()
	if since == 0 {
		return true, ""
	}
	d := time.Since(time.Unix(0, since))
	if d < p.cfg.ArchiveUnhealthyAfter {
		return true, ""
	}
	why := "archive writes failing for " + d.Round(time.Second).String()
	if m := p.lastFailure.Load(); m != nil {
		why += " (last: " + *m + ")"
	}
	return false, why
}

func (p *Pipeline) addPartition(pt *partition) {
	p.partsMu.Lock()
	p.parts[pt] = struct{}{}
	p.partsMu.Unlock()
}

func (p *Pipeline) removePartition(pt *partition) {
	p.partsMu.Lock()
	delete(p.parts, pt)
	p.partsMu.Unlock()
}

// oldestUnarchived returns how long ago the oldest record read but not yet
// in the archive was read, 0 when every record read is archived.
func (p *Pipeline) oldestUnarchived() time.Duration {
	var o int64
	p.partsMu.Lock()
	for pt := range p.parts {
		if t := pt.oldest.Load(); t != 0 && (o == 0 || t < o) {
			o = t
		}
	}
	p.partsMu.Unlock()
	if o == 0 {
		return 0
	}
	return max(time.Since(time.Unix(0, o)), 0)
}

// registerHealth makes the upload error children and the gauges read at
// scrape time.
func (p *Pipeline) registerHealth() {
	p.uploadErrC = map[string]prometheus.Counter{}
	for _, r := range sinks.FailureReasons() {
		p.uploadErrC[r] = p.m.uploadErrors.WithLabelValues(r)
	}
	p.parts = map[*partition]struct{}{}
	p.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "redactd_archive_healthy",
			Help: "1 when the archive answered and writes have not been failing for archive_unhealthy_after; 0 otherwise (/readyz then answers 503 and says why).",
		}, func() float64 {
			if ok, _ := p.archiveHealth(); ok {
				return 1
			}
			return 0
		}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "redactd_oldest_unarchived_seconds",
			Help: "Seconds since the oldest record read but not yet in the archive was read; 0 when none waits. Grows through an archive outage even once reads stop.",
		}, func() float64 { return p.oldestUnarchived().Seconds() }),
	)
}
