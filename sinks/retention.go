package sinks

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// RetentionRequest is what EnforceRetention is asked to do. Both archive
// kinds take the same request; what each does with it is its own business.
type RetentionRequest struct {
	// Classes and their retention; an archive enforces exactly these.
	Classes []Retention
	// Prefix is the key prefix of the objects. A directory archive's keys
	// carry it (its janitor looks below it); an S3 archive has its own
	// prefix and ignores this one.
	Prefix string
	// Apply makes the archive enforce the classes now: an S3 archive writes
	// its bucket's lifecycle rules (read-modify-write of the rules redactd
	// owns), a directory runs its janitor once. Without Apply nothing is
	// changed: the report says what Apply would change and what drifts.
	Apply bool
	// Keep keeps enforcing until ctx ends, as the daemon does: a directory
	// runs its janitor now and every JanitorInterval in the background
	// (Apply then adds nothing); S3 lifecycle rules need nothing more.
	Keep            bool
	JanitorInterval time.Duration // default 1h
	// VerifyInterval, with Keep, plans again every interval until ctx
	// ends, updating redactd_lifecycle_drift, _orphaned_classes and
	// _last_verify_timestamp_seconds; with Apply too, an S3 archive applies
	// again, logging what it changed (rules deleted or edited by hand come
	// back). 0: only at the call.
	VerifyInterval time.Duration
	// Retire names classes no longer in Classes whose retention is to end
	// although objects remain under their prefix (lifecycle apply
	// --retire-class): their rule goes, the record marks them retired and
	// the janitor leaves them alone. Only with Apply.
	Retire []string
	// Registerer receives redactd_lifecycle_drift, set from the report,
	// and a directory's janitor metrics; nil registers none.
	Registerer prometheus.Registerer
	Logger     *slog.Logger // default slog.Default()
}

// RetentionReport is what EnforceRetention found and did.
type RetentionReport struct {
	Archive  string   // the archive's URL
	Enforcer string   // what enforces retention in it, for a person
	Applied  bool     // Apply changed the archive (or ran its janitor)
	Changes  []Change // the changes Apply wrote, or would write without Apply
	// Drift is what the archive does not enforce as the classes say after
	// the call: no drift means the archive enforces them.
	Drift []Change
	Notes []string
	// Orphaned are classes not in Classes whose prefix still holds objects,
	// expired by their last known retention; Retired those the operator
	// retired, objects kept.
	Orphaned []Orphan
	Retired  []Orphan
	Deleted  JanitorResult // what a directory's janitor deleted when Apply ran it

	text string // the answer for a person, see String
}

// String is the report for a person: a plan of the changes (applied or
// not), or what a directory's janitor did or does.
func (r RetentionReport) String() string { return r.text }

// DescribeRetention lists classes as "access=90d audit=365d".
func DescribeRetention(classes []Retention) string {
	parts := make([]string, len(classes))
	for i, c := range classes {
		parts[i] = fmt.Sprintf("%s=%dd", c.Class, c.Days)
	}
	return strings.Join(parts, " ")
}

// retentionMetrics are the gauges EnforceRetention sets; nil gauges
// without a Registerer.
type retentionMetrics struct {
	drift, orphaned, lastVerify prometheus.Gauge
}

func newRetentionMetrics(reg prometheus.Registerer) retentionMetrics {
	if reg == nil {
		return retentionMetrics{}
	}
	m := retentionMetrics{
		drift: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "redactd_lifecycle_drift",
			Help: "Differences between the retention the archive enforces and the configured one (rules missing or different, objects no retention covers).",
		}),
		orphaned: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "redactd_lifecycle_orphaned_classes",
			Help: "Classes no longer in the policy whose objects remain and are still expired by their last retention.",
		}),
	}
	m.lastVerify = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "redactd_lifecycle_last_verify_timestamp_seconds",
		Help: "Unix time at which the archive's retention was last verified (or applied) without error.",
	})
	reg.MustRegister(m.drift, m.orphaned, m.lastVerify)
	return m
}

// set sets the gauges from a report of a plan that succeeded.
func (m retentionMetrics) set(rep RetentionReport) {
	setGauge(m.drift, len(rep.Drift))
	setGauge(m.orphaned, len(rep.Orphaned))
	if m.lastVerify != nil {
		m.lastVerify.Set(float64(time.Now().UnixNano()) / 1e9)
	}
}

// keepVerifying calls once every interval until ctx ends, setting the
// gauges from its report and logging what it changed and the drift.
func keepVerifying(ctx context.Context, interval time.Duration, m retentionMetrics, log *slog.Logger, nClasses int,
	once func(context.Context) (RetentionReport, error)) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		rep, err := once(ctx)
		if ctx.Err() != nil {
			return
		}
		if rep.Applied {
			for _, c := range rep.Changes {
				if c.Op != "uncovered" {
					log.Info("lifecycle rule changed by re-apply", "archive", rep.Archive, "change", c.String())
				}
			}
		}
		if errors.Is(err, ErrOtherArchive) {
			setGauge(m.drift, nClasses)
		}
		if err != nil {
			log.Warn("cannot verify the archive's retention", "archive", rep.Archive, "err", err)
			continue
		}
		m.set(rep)
		for _, c := range rep.Drift {
			log.Warn("lifecycle drift: the archive does not enforce the configured retention", "archive", rep.Archive, "change", c.String())
		}
	}
}

// lifecycleTimeout bounds the lifecycle requests of one EnforceRetention.
const lifecycleTimeout = time.Minute

func setGauge(g prometheus.Gauge, v int) {
	if g != nil {
		g.Set(float64(v))
	}
}

// EnforceRetention makes the bucket enforce r.Classes with lifecycle rules
// when r.Apply is set, and reports the drift that remains (see
// PlanLifecycle); without Apply it changes nothing. The drift is set on
// redactd_lifecycle_drift and the orphaned classes on
// redactd_lifecycle_orphaned_classes; when the bucket holds redactd rules
// of another archive (ErrOtherArchive) every class counts as drift, as
// nothing of this archive is enforced. Its requests take at most
// lifecycleTimeout.
func (s *S3) EnforceRetention(ctx context.Context, r RetentionRequest) (RetentionReport, error) {
	m := newRetentionMetrics(r.Registerer)
	rep, err := s.enforceOnce(ctx, r, r.Apply)
	if errors.Is(err, ErrOtherArchive) {
		setGauge(m.drift, len(r.Classes))
	}
	if err == nil {
		m.set(rep)
	}
	if r.Keep && r.VerifyInterval > 0 {
		// Also after an error: a daemon that starts anyway (on_start: off)
		// sees the store again once it answers or is fixed.
		again := r
		again.Retire = nil // retired once, recorded
		go keepVerifying(ctx, r.VerifyInterval, m, r.logger(), len(r.Classes), func(ctx context.Context) (RetentionReport, error) {
			return s.enforceOnce(ctx, again, again.Apply)
		})
	}
	return rep, err
}

func (r RetentionRequest) logger() *slog.Logger {
	if r.Logger == nil {
		return slog.Default()
	}
	return r.Logger
}

func (s *S3) enforceOnce(ctx context.Context, r RetentionRequest, apply bool) (RetentionReport, error) {
	ctx, cancel := context.WithTimeout(ctx, lifecycleTimeout)
	defer cancel()
	rep := RetentionReport{Archive: s.String(), Enforcer: "the bucket's lifecycle rules"}
	var p Plan
	var err error
	if apply {
		p, err = s.ApplyLifecycle(ctx, r.Classes, r.Retire...)
		rep.Applied, rep.Changes = err == nil && p.ruleChanges(), p.Changes
		rep.text = "applied: " + p.String()
		if rep.Applied {
			var now Plan
			if now, err = s.PlanLifecycle(ctx, r.Classes); err == nil { // what the bucket holds now
				p.Changes = now.Changes
			}
		}
	} else {
		if len(r.Retire) > 0 {
			return rep, errors.New("BUG: retiring a class needs Apply")
		}
		p, err = s.PlanLifecycle(ctx, r.Classes)
		rep.Changes, rep.text = p.Changes, p.String()
	}
	if err != nil {
		return rep, err
	}
	rep.Drift, rep.Notes, rep.Orphaned, rep.Retired = p.Changes, p.Notes, p.Orphaned, p.Retired
	return rep, nil
}

// planRetention reconciles r with what the directory holds and records.
func (d *Dir) planRetention(ctx context.Context, r RetentionRequest) (RetentionReport, retentionRecord, classPlan, error) {
	var rec retentionRecord
	var cp classPlan
	rep := RetentionReport{Archive: d.String(), Enforcer: "the janitor of 'redactd run'"}
	if err := validateRetention(r.Classes); err != nil {
		return rep, rec, cp, err
	}
	if err := ValidPrefix(r.Prefix); err != nil {
		return rep, rec, cp, err
	}
	if len(r.Retire) > 0 && !r.Apply {
		return rep, rec, cp, errors.New("BUG: retiring a class needs Apply")
	}
	inPolicy := map[string]bool{}
	for _, c := range r.Classes {
		inPolicy[c.Class] = true
	}
	tally, err := tallyClasses(ctx, d, r.Prefix, inPolicy)
	if err != nil {
		return rep, rec, cp, err
	}
	if rec, err = d.readRecord(r.Prefix); err != nil {
		return rep, rec, cp, err
	}
	if cp, err = reconcile(r.Prefix, r.Classes, tally, rec, nil, r.Retire); err != nil {
		return rep, rec, cp, err
	}
	rep.Orphaned, rep.Retired = cp.orphaned, cp.retired
	for _, o := range cp.uncovered {
		rep.Drift = append(rep.Drift, uncoveredChange(o))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s is a directory; %s enforces %s (a dt= partition is deleted once all its records are older than the class's days)\n",
		d, rep.Enforcer, DescribeRetention(r.Classes))
	for _, o := range cp.orphaned {
		fmt.Fprintf(&b, "  orphaned: %s; 'redactd lifecycle apply --retire-class %s' stops it\n", o, o.Class)
	}
	for _, o := range cp.retired {
		if o.Objects > 0 {
			fmt.Fprintf(&b, "  retired: class %s: %s under %q kept without expiry\n", o.Class, o.count(), o.Prefix)
		}
	}
	for _, c := range rep.Drift {
		fmt.Fprintf(&b, "  drift: %s\n", c)
	}
	rep.text = "ok: " + b.String()
	if len(rep.Drift) > 0 {
		rep.text = "drift: " + b.String()
	}
	return rep, rec, cp, nil
}

// EnforceRetention runs the janitor below r.Prefix: once now with r.Apply,
// or now and every r.JanitorInterval until ctx ends with r.Keep. The
// janitor deletes the partitions of the configured classes and of the
// classes no longer configured whose last retention the archive's record
// holds (orphaned); objects under a class directory whose retention is
// unknown are drift, verified again every r.VerifyInterval with Keep. With
// Apply or Keep the record is updated first.
func (d *Dir) EnforceRetention(ctx context.Context, r RetentionRequest) (RetentionReport, error) {
	m := newRetentionMetrics(r.Registerer)
	rep, rec, cp, err := d.planRetention(ctx, r)
	if err != nil {
		return rep, err
	}
	if !r.Apply && !r.Keep {
		m.set(rep)
		return rep, nil
	}
	if !sameRecord(rec, cp.record) {
		if err := d.writeRecord(r.Prefix, cp.record); err != nil {
			return rep, err
		}
	}
	var reg prometheus.Registerer
	if r.Keep {
		reg = r.Registerer
	}
	j, err := NewJanitor(d, r.Prefix, cp.enforce, JanitorOptions{Interval: r.JanitorInterval, Registerer: reg, Logger: r.Logger})
	if err != nil {
		return rep, fmt.Errorf("retention janitor: %w", err)
	}
	m.set(rep)
	if r.Keep {
		go func() { _ = j.Run(ctx) }()
		if r.VerifyInterval > 0 {
			again := r
			again.Retire, again.Apply = nil, false
			go keepVerifying(ctx, r.VerifyInterval, m, r.logger(), len(r.Classes), func(ctx context.Context) (RetentionReport, error) {
				rep, _, _, err := d.planRetention(ctx, again)
				return rep, err
			})
		}
		rep.Applied = true
		return rep, nil
	}
	res, err := j.RunOnce(ctx)
	rep.Applied, rep.Deleted = true, res
	if err != nil {
		return rep, err
	}
	rep.text += fmt.Sprintf("janitor: deleted %d partition(s), %d object(s), %d bytes from %s\n", res.Partitions, res.Objects, res.Bytes, d)
	return rep, nil
}
