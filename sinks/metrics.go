package sinks

import "github.com/prometheus/client_golang/prometheus"

// metrics are the janitor's Prometheus metrics. Label values are configured
// class names, never record data.
type metrics struct {
	deletedObjects *prometheus.CounterVec
	deletedBytes   *prometheus.CounterVec
	errors         prometheus.Counter
	lastRun        prometheus.Gauge
}

// MetricNames lists every metric the archive exports (the janitor's and
// redactd_lifecycle_drift), for dashboards and alert rules to be checked
// against.
func MetricNames() []string {
	return []string{
		"redactd_janitor_deleted_objects_total",
		"redactd_janitor_deleted_bytes_total",
		"redactd_janitor_errors_total",
		"redactd_janitor_last_run_timestamp_seconds",
		"redactd_lifecycle_drift",
		"redactd_lifecycle_orphaned_classes",
		"redactd_lifecycle_last_verify_timestamp_seconds",
	}
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		deletedObjects: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "redactd_janitor_deleted_objects_total",
			Help: "Archive objects the filesystem janitor deleted because their class's retention expired.",
		}, []string{"class"}),
		deletedBytes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "redactd_janitor_deleted_bytes_total",
			Help: "Bytes of archive objects the filesystem janitor deleted.",
		}, []string{"class"}),
		errors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "redactd_janitor_errors_total",
			Help: "Janitor runs that failed to delete or scan part of the archive.",
		}),
		lastRun: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "redactd_janitor_last_run_timestamp_seconds",
			Help: "Unix time at which the filesystem janitor last completed a run without error.",
		}),
	}
	if reg != nil {
		reg.MustRegister(m.deletedObjects, m.deletedBytes, m.errors, m.lastRun)
	}
	return m
}
