package pipeline

import (
	"sync/atomic"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/rules"
)

// Snapshot is the pipeline's progress so far, for the demo and tests.
type Snapshot struct {
	RecordsIn    int64
	RecordsOut   map[string]int64 // by class
	Redactions   map[string]int64 // by detector name, "pattern:NAME" and "field:PATH"
	Quarantined  map[string]int64 // by reason
	DeadLettered int64            // dead-letter messages written
	Objects      int64            // archive objects written
	RawBytes     int64            // uncompressed bytes in those objects
	EncodedBytes int64            // their encoded size
	Replayed     int64            // records found already archived (412) and not written again
	Commits      int64            // successful offset commits
	Abandoned    int64            // batches given up uncommitted at a shutdown or rebalance; the next owner re-reads them
	TxnMarkers   int64            // transaction commit/abort markers read and skipped (not log records)
}

type counters struct {
	classes      []string
	patterns     []string
	fields       []string
	recordsIn    atomic.Int64
	recordsOut   []atomic.Int64
	detectors    [redact.NumDetectors]atomic.Int64
	patternN     []atomic.Int64
	fieldN       []atomic.Int64
	quarantined  [redact.NumReasons]atomic.Int64
	deadLettered atomic.Int64
	objects      atomic.Int64
	rawBytes     atomic.Int64
	encBytes     atomic.Int64
	replayed     atomic.Int64
	commits      atomic.Int64
	abandoned    atomic.Int64
	txnMarkers   atomic.Int64
}

func (c *counters) init(pol *rules.Policy) {
	for _, cl := range pol.Classes {
		c.classes = append(c.classes, cl.Name)
	}
	for _, pat := range pol.Redact.Patterns {
		c.patterns = append(c.patterns, pat.Name)
	}
	for _, f := range pol.Redact.Fields {
		c.fields = append(c.fields, f.Path)
	}
	c.recordsOut = make([]atomic.Int64, len(c.classes))
	c.patternN = make([]atomic.Int64, len(c.patterns))
	c.fieldN = make([]atomic.Int64, len(c.fields))
}

func (c *counters) wrote(class, records, raw, enc int) {
	c.recordsOut[class].Add(int64(records))
	c.objects.Add(1)
	c.rawBytes.Add(int64(raw))
	c.encBytes.Add(int64(enc))
}

// Snapshot returns the counters so far. It is safe to call at any time.
func (p *Pipeline) Snapshot() Snapshot {
	c := &p.stats
	s := Snapshot{
		RecordsIn:    c.recordsIn.Load(),
		RecordsOut:   map[string]int64{},
		Redactions:   map[string]int64{},
		Quarantined:  map[string]int64{},
		DeadLettered: c.deadLettered.Load(),
		Objects:      c.objects.Load(),
		RawBytes:     c.rawBytes.Load(),
		EncodedBytes: c.encBytes.Load(),
		Replayed:     c.replayed.Load(),
		Commits:      c.commits.Load(),
		Abandoned:    c.abandoned.Load(),
		TxnMarkers:   c.txnMarkers.Load(),
	}
	for i, name := range c.classes {
		s.RecordsOut[name] = c.recordsOut[i].Load()
	}
	for d := range c.detectors {
		if n := c.detectors[d].Load(); n != 0 {
			s.Redactions[redact.Detector(d).String()] = n
		}
	}
	for i, name := range c.patterns {
		if n := c.patternN[i].Load(); n != 0 {
			s.Redactions["pattern:"+name] += n
		}
	}
	for i, name := range c.fields {
		if n := c.fieldN[i].Load(); n != 0 {
			s.Redactions["field:"+name] += n
		}
	}
	for r := range c.quarantined {
		if n := c.quarantined[r].Load(); n != 0 {
			s.Quarantined[redact.Reason(r).String()] = n
		}
	}
	return s
}
