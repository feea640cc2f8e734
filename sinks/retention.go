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
	Drift   []Change
	Notes   []string
	Deleted JanitorResult // what a directory's janitor deleted when Apply ran it

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

// driftGauge is redactd_lifecycle_drift; nil without a Registerer.
func driftGauge(reg prometheus.Registerer) prometheus.Gauge {
	if reg == nil {
		return nil
	}
	g := prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "redactd_lifecycle_drift", Help: "Retention classes the bucket lifecycle does not enforce as configured.",
	})
	reg.MustRegister(g)
	return g
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
// redactd_lifecycle_drift; when the bucket holds redactd rules of another
// archive (ErrOtherArchive) every class counts as drift, as nothing of this
// archive is enforced. Its requests take at most lifecycleTimeout.
func (s *S3) EnforceRetention(ctx context.Context, r RetentionRequest) (RetentionReport, error) {
	ctx, cancel := context.WithTimeout(ctx, lifecycleTimeout)
	defer cancel()
	drift := driftGauge(r.Registerer)
	rep := RetentionReport{Archive: s.String(), Enforcer: "the bucket's lifecycle rules"}
	var p Plan
	var err error
	if r.Apply {
		p, err = s.ApplyLifecycle(ctx, r.Classes)
		rep.Applied, rep.Changes = err == nil && len(p.Changes) > 0, p.Changes
		rep.text = "applied: " + p.String()
		if rep.Applied {
			var now Plan
			if now, err = s.PlanLifecycle(ctx, r.Classes); err == nil { // what the bucket holds now
				p.Changes = now.Changes
			}
		}
	} else {
		p, err = s.PlanLifecycle(ctx, r.Classes)
		rep.Changes, rep.text = p.Changes, p.String()
	}
	if errors.Is(err, ErrOtherArchive) {
		setGauge(drift, len(r.Classes))
	}
	if err != nil {
		return rep, err
	}
	rep.Drift, rep.Notes = p.Changes, p.Notes
	setGauge(drift, len(rep.Drift))
	return rep, nil
}

// EnforceRetention runs the janitor below r.Prefix: once now with r.Apply,
// or now and every r.JanitorInterval until ctx ends with r.Keep. A
// directory has nothing that could drift from the classes, so the drift is
// always none.
func (d *Dir) EnforceRetention(ctx context.Context, r RetentionRequest) (RetentionReport, error) {
	drift := driftGauge(r.Registerer)
	rep := RetentionReport{Archive: d.String(), Enforcer: "the janitor of 'redactd run'"}
	rep.text = fmt.Sprintf("ok: %s is a directory; %s enforces %s (a dt= partition is deleted once all its records are older than the class's days)\n",
		d, rep.Enforcer, DescribeRetention(r.Classes))
	if !r.Apply && !r.Keep {
		setGauge(drift, 0)
		return rep, nil
	}
	var reg prometheus.Registerer
	if r.Keep {
		reg = r.Registerer
	}
	j, err := NewJanitor(d, r.Prefix, r.Classes, JanitorOptions{Interval: r.JanitorInterval, Registerer: reg, Logger: r.Logger})
	if err != nil {
		return rep, fmt.Errorf("retention janitor: %w", err)
	}
	setGauge(drift, 0)
	if r.Keep {
		go func() { _ = j.Run(ctx) }()
		rep.Applied = true
		return rep, nil
	}
	res, err := j.RunOnce(ctx)
	rep.Applied, rep.Deleted = true, res
	if err != nil {
		return rep, err
	}
	rep.text = fmt.Sprintf("janitor: deleted %d partition(s), %d object(s), %d bytes from %s\n", res.Partitions, res.Objects, res.Bytes, d)
	return rep, nil
}
