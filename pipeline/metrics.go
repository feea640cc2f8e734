package pipeline

import (
	"strconv"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/rules"
)

// metrics are the pipeline's Prometheus metrics. Label values come from the
// configuration (topics, classes, detectors, rule names), never from records.
type metrics struct {
	recordsIn       *prometheus.CounterVec
	recordsOut      *prometheus.CounterVec
	bytesIn         *prometheus.CounterVec
	bytesOut        *prometheus.CounterVec
	redactions      *prometheus.CounterVec
	quarantined     *prometheus.CounterVec
	deadLetterErrs  prometheus.Counter
	deadLetters     prometheus.Counter
	replayed        prometheus.Counter
	batchRecords    prometheus.Histogram
	batchBytes      prometheus.Histogram
	uploadSeconds   prometheus.Histogram
	uploadErrors    *prometheus.CounterVec
	uploadPermanent prometheus.Counter
	commitSeconds   prometheus.Histogram
	commitErrors    prometheus.Counter
	abandoned       prometheus.Counter
	txnMarkers      prometheus.Counter
	lag             *prometheus.GaugeVec
	lagTime         *prometheus.GaugeVec
	outOfRange      prometheus.Counter
	timeUntrusted   prometheus.Counter
	lastUpload      prometheus.Gauge
}

// MetricNames lists every metric the pipeline exports, for dashboards and
// alert rules to be checked against (the archive's own are in
// sinks.MetricNames).
func MetricNames() []string {
	return []string{
		"redactd_records_in_total",
		"redactd_records_out_total",
		"redactd_bytes_in_total",
		"redactd_bytes_out_total",
		"redactd_redactions_total",
		"redactd_quarantined_total",
		"redactd_dead_letter_errors_total",
		"redactd_dead_letters_total",
		"redactd_records_replayed_total",
		"redactd_batch_records",
		"redactd_batch_bytes",
		"redactd_upload_seconds",
		"redactd_upload_errors_total",
		"redactd_upload_permanent_errors_total",
		"redactd_commit_seconds",
		"redactd_commit_errors_total",
		"redactd_batches_abandoned_total",
		"redactd_transaction_markers_total",
		"redactd_consumer_lag",
		"redactd_consumer_lag_timestamp_seconds",
		"redactd_offset_out_of_range_total",
		"redactd_record_time_untrusted_total",
		"redactd_last_upload_timestamp_seconds",
		"redactd_archive_healthy",
		"redactd_oldest_unarchived_seconds",
	}
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		recordsIn: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "redactd_records_in_total", Help: "Records read from Kafka.",
		}, []string{"topic"}),
		recordsOut: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "redactd_records_out_total", Help: "Redacted records written to the archive.",
		}, []string{"topic", "class"}),
		bytesIn: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "redactd_bytes_in_total", Help: "Record bytes read from Kafka.",
		}, []string{"topic"}),
		bytesOut: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "redactd_bytes_out_total", Help: "Encoded (compressed) bytes written to the archive.",
		}, []string{"class"}),
		redactions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "redactd_redactions_total",
			Help: "Values redacted, by builtin detector, or detector=pattern|field and the rule's name.",
		}, []string{"detector", "rule"}),
		quarantined: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "redactd_quarantined_total", Help: "Records dead-lettered instead of archived, by reason.",
		}, []string{"reason"}),
		deadLetterErrs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "redactd_dead_letter_errors_total", Help: "Dead-letter messages that could not be written.",
		}),
		deadLetters: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "redactd_dead_letters_total", Help: "Dead-letter messages written (metadata of quarantined records).",
		}),
		replayed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "redactd_records_replayed_total",
			Help: "Records read again (after a restart or rebalance) that were already in the archive, and not written twice.",
		}),
		batchRecords: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "redactd_batch_records", Help: "Records per archived object.",
			Buckets: prometheus.ExponentialBuckets(1, 4, 11),
		}),
		batchBytes: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "redactd_batch_bytes", Help: "Uncompressed bytes per archived object.",
			Buckets: prometheus.ExponentialBuckets(1024, 4, 11),
		}),
		uploadSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "redactd_upload_seconds", Help: "Time to write one object, retries included.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2.5, 12),
		}),
		uploadErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "redactd_upload_errors_total",
			Help: "Failed archive request attempts of the write path, each one, including those the S3 client retries by itself, by reason: network, timeout, 5xx, 4xx_retryable, 4xx_permanent, io, other.",
		}, []string{"reason"}),
		uploadPermanent: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "redactd_upload_permanent_errors_total",
			Help: "Object writes that failed with an error retrying cannot fix (access denied, no such bucket, invalid object); the batch is given up uncommitted.",
		}),
		commitSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "redactd_commit_seconds", Help: "Time to commit offsets.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2.5, 12),
		}),
		commitErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "redactd_commit_errors_total", Help: "Failed offset commits (retried at the next commit).",
		}),
		abandoned: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "redactd_batches_abandoned_total",
			Help: "Batches given up uncommitted at a shutdown or rebalance; the partition's next owner reads them again.",
		}),
		txnMarkers: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "redactd_transaction_markers_total",
			Help: "Transaction commit/abort markers read from Kafka and skipped: they are not log records.",
		}),
		lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "redactd_consumer_lag", Help: "Records not yet archived and committed: the partition's high watermark minus the committed offset, refreshed every 15s even while reads are paused.",
		}, []string{"topic", "partition"}),
		lagTime: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "redactd_consumer_lag_timestamp_seconds",
			Help: "Unix time redactd_consumer_lag was last refreshed. The lag of a partition being handed over, or of one whose broker cannot be reached, keeps its last value; time() minus this says how stale it is. Both are removed once a new generation gives the partition to another replica.",
		}, []string{"topic", "partition"}),
		outOfRange: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "redactd_offset_out_of_range_total", Help: "Fetches at an offset the broker no longer (or not yet) has.",
		}),
		timeUntrusted: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "redactd_record_time_untrusted_total", Help: "Record times older than the longest retention or in the future; the next time source was used.",
		}),
		lastUpload: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "redactd_last_upload_timestamp_seconds", Help: "Unix time of the last successful object write.",
		}),
	}
	if reg != nil {
		reg.MustRegister(m.recordsIn, m.recordsOut, m.bytesIn, m.bytesOut, m.redactions, m.quarantined,
			m.deadLetterErrs, m.deadLetters, m.replayed, m.batchRecords, m.batchBytes, m.uploadSeconds, m.uploadErrors, m.uploadPermanent,
			m.commitSeconds, m.commitErrors, m.abandoned, m.txnMarkers, m.lag, m.lagTime, m.outOfRange, m.timeUntrusted, m.lastUpload)
	}
	return m
}

// topicMetrics are the children of one topic, resolved at start-up.
type topicMetrics struct {
	recordsIn  prometheus.Counter
	bytesIn    prometheus.Counter
	recordsOut []prometheus.Counter // by class index
}

// redactionMetrics are the redaction counters, resolved at start-up.
type redactionMetrics struct {
	detectors [redact.NumDetectors]prometheus.Counter
	patterns  []prometheus.Counter // by Options.Patterns index
	fields    []prometheus.Counter // by Options.Fields index
}

func (m *metrics) forTopic(topic string, classes []rules.Class) *topicMetrics {
	t := &topicMetrics{
		recordsIn: m.recordsIn.WithLabelValues(topic),
		bytesIn:   m.bytesIn.WithLabelValues(topic),
	}
	for _, c := range classes {
		t.recordsOut = append(t.recordsOut, m.recordsOut.WithLabelValues(topic, c.Name))
	}
	return t
}

func (m *metrics) forRedaction(o *redact.Options) *redactionMetrics {
	r := &redactionMetrics{}
	for d := redact.Detector(0); d < redact.NumDetectors; d++ {
		r.detectors[d] = m.redactions.WithLabelValues(d.String(), "")
	}
	for _, p := range o.Patterns {
		r.patterns = append(r.patterns, m.redactions.WithLabelValues("pattern", p.Name))
	}
	for _, f := range o.Fields {
		r.fields = append(r.fields, m.redactions.WithLabelValues("field", f.Path))
	}
	return r
}

func (m *metrics) lagFor(topic string, partition int) (lag, at prometheus.Gauge) {
	p := strconv.Itoa(partition)
	return m.lag.WithLabelValues(topic, p), m.lagTime.WithLabelValues(topic, p)
}
