package pipeline

import (
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/redactd/redactd/redact"
)

// Snapshot is the pipeline's progress so far, for the demo and tests. It
// is read from the pipeline's Prometheus metrics, which are the one place
// anything is counted: what a Snapshot says, /metrics says.
type Snapshot struct {
	RecordsIn    int64            // redactd_records_in_total
	RecordsOut   map[string]int64 // by class: redactd_records_out_total
	Redactions   map[string]int64 // by detector name, "pattern:NAME" and "field:PATH": redactd_redactions_total
	Quarantined  map[string]int64 // by reason: redactd_quarantined_total
	DeadLettered int64            // dead-letter messages written: redactd_dead_letters_total
	Objects      int64            // archive objects written: the count of redactd_batch_records
	RawBytes     int64            // uncompressed bytes in those objects: the sum of redactd_batch_bytes
	EncodedBytes int64            // their encoded size: redactd_bytes_out_total
	Replayed     int64            // records found already archived and not written again: redactd_records_replayed_total
	Commits      int64            // successful offset commits: redactd_commit_seconds count - redactd_commit_errors_total
	Abandoned    int64            // batches given up uncommitted: redactd_batches_abandoned_total
	TxnMarkers   int64            // transaction commit/abort markers skipped: redactd_transaction_markers_total
}

// read returns the current value of one metric child.
func read(m prometheus.Metric) *dto.Metric {
	var d dto.Metric
	if err := m.Write(&d); err != nil {
		panic("BUG: a pipeline metric cannot be read: " + err.Error())
	}
	return &d
}

func count(c prometheus.Counter) int64 { return int64(read(c).GetCounter().GetValue()) }

// Snapshot returns the counts so far. It is safe to call at any time.
func (p *Pipeline) Snapshot() Snapshot {
	m := p.m
	commits := read(m.commitSeconds).GetHistogram()
	batchBytes := read(m.batchBytes).GetHistogram()
	s := Snapshot{
		RecordsOut:   map[string]int64{},
		Redactions:   map[string]int64{},
		Quarantined:  map[string]int64{},
		DeadLettered: count(m.deadLetters),
		Objects:      int64(read(m.batchRecords).GetHistogram().GetSampleCount()),
		RawBytes:     int64(batchBytes.GetSampleSum()),
		Replayed:     count(m.replayed),
		Commits:      int64(commits.GetSampleCount()) - count(m.commitErrors),
		Abandoned:    count(m.abandoned),
		TxnMarkers:   count(m.txnMarkers),
	}
	for _, tm := range p.topicM {
		s.RecordsIn += count(tm.recordsIn)
		for i, c := range tm.recordsOut {
			s.RecordsOut[p.pol.Classes[i].Name] += count(c)
		}
	}
	for _, c := range p.pol.Classes {
		s.RecordsOut[c.Name] += 0 // every class, archived or not
	}
	for _, c := range p.bytesOut {
		s.EncodedBytes += count(c)
	}
	for d, c := range p.redM.detectors {
		if n := count(c); n != 0 {
			s.Redactions[redact.Detector(d).String()] = n
		}
	}
	for i, c := range p.redM.patterns {
		if n := count(c); n != 0 {
			s.Redactions["pattern:"+p.pol.Redact.Patterns[i].Name] += n
		}
	}
	for i, c := range p.redM.fields {
		if n := count(c); n != 0 {
			s.Redactions["field:"+p.pol.Redact.Fields[i].Path] += n
		}
	}
	for r, c := range p.quarC {
		if n := count(c); n != 0 {
			s.Quarantined[redact.Reason(r).String()] = n
		}
	}
	return s
}
