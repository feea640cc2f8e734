package pipeline

import (
	"bytes"
	"context"
	"errors"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/rules"
)

// Record handling: one record read from Kafka is redacted, classified,
// given its record-time hour and appended to its batch, or dead-lettered.

// handle processes one record. m.Value is never logged or put in an error.
func (pt *partition) handle(live context.Context, m *kafka.Message) {
	p := pt.p
	if pt.replayBelow < 0 {
		pt.replayBelow = m.HighWaterMark
	}
	if pt.committed < 0 {
		// Assigned without a committed offset: the group stands at the
		// first record read, and committing it would say nothing.
		pt.committed = m.Offset
		pt.lagBase.Store(m.Offset)
	}
	if pt.next >= 0 && m.Offset > pt.next {
		pt.gap(pt.next)
	}
	pt.next = m.Offset + 1
	pt.seenHWM(m.HighWaterMark) // the gauge follows at the next tick or commit
	if isTxnMarker(m) {
		// A transaction's commit or abort marker, which kafka-go hands
		// out as a record: not log data, and archived it would be a line
		// of NUL bytes that breaks JSON readers. Its offset is consumed
		// like any other; it is not counted as a record read.
		p.m.txnMarkers.Inc()
		return
	}
	pt.tm.recordsIn.Inc()
	pt.tm.bytesIn.Add(float64(len(m.Value)))

	if len(m.Value) > p.cfg.MaxRecordBytes {
		pt.deadLetter(live, m, redact.ReasonOversize, "record larger than max_record_bytes")
		return
	}
	// Records are newline-delimited: a raw newline inside one (a multi-line
	// text record, pretty-printed JSON) becomes a space BEFORE redaction, so
	// the bytes archived are exactly the bytes scanned (a card number split
	// by a newline must not become whole after the scan).
	in := m.Value
	if bytes.IndexByte(in, '\n') >= 0 {
		pt.in = append(pt.in[:0], in...)
		for i := bytes.IndexByte(pt.in, '\n'); i >= 0; i = bytes.IndexByte(pt.in, '\n') {
			pt.in[i] = ' '
		}
		in = pt.in
	}
	out, err := pt.red.Redact(pt.out[:0], in, pt.format)
	if err != nil {
		var q *redact.QuarantineError
		if errors.As(err, &q) {
			pt.deadLetter(live, m, q.Reason, q.Detail)
		} else {
			pt.deadLetter(live, m, redact.ReasonNone, "redactor error")
		}
		return
	}
	pt.out = out
	pt.countRedactions()
	if bytes.IndexByte(out, '\n') >= 0 {
		// The redactor never writes a newline of its own; this is a broken
		// invariant, and the record is not archived.
		pt.deadLetter(live, m, redact.ReasonParse, "newline in redacted output")
		return
	}

	class := pt.policy.classify(pt.topic, m.Value)
	if class < 0 || class >= pt.policy.nclasses {
		class = pt.policy.defClass
	}
	hour := pt.recordHour(m)
	if m.Offset < pt.replayBelow {
		rs, err := pt.archivedRanges(live, class, hour)
		if err != nil {
			// Stopping: this record is not in any batch, so hold the
			// watermark at it; the next owner replays it.
			pt.abandonedAt(m.Offset)
			return
		}
		if inRanges(rs, m.Offset) {
			p.m.replayed.Inc()
			return
		}
	}
	b := pt.batchFor(live, class, hour)
	if len(b.offsets) > 0 && b.size+len(out)+1 > p.cfg.Batch.MaxBytes {
		pt.seal(live, b)
		b = pt.batchFor(live, class, hour)
	}
	b.add(out, m.Offset)
	if len(b.offsets) >= p.cfg.Batch.MaxRecords || b.size >= p.cfg.Batch.MaxBytes {
		pt.seal(live, b)
	}
}

// recordHour returns the record-time hour as hours since the Unix epoch:
// the policy's timestamp field, else the Kafka timestamp, else now. A time
// older than the longest retention or more than an hour in the future is
// not trusted (a zero timestamp would land in dt=1970-01-01 and be expired
// at once; a far-future one would be kept for years), so the next source is
// used and the record counted in redactd_record_time_untrusted_total.
func (pt *partition) recordHour(m *kafka.Message) int64 {
	now := time.Now()
	lo, hi := now.Add(-pt.policy.maxAge).Unix(), now.Add(time.Hour).Unix()
	if t, ok := pt.policy.recordTime(m.Value); ok {
		if u := t.Unix(); u >= lo && u <= hi {
			return u / 3600
		}
		pt.p.m.timeUntrusted.Inc()
	}
	if u := m.Time.Unix(); u >= lo && u <= hi {
		return u / 3600
	}
	if !m.Time.IsZero() {
		pt.p.m.timeUntrusted.Inc()
	}
	return now.Unix() / 3600
}

// maxRetention is the longest class retention plus a day.
func maxRetention(classes []rules.Class) time.Duration {
	d := 0
	for _, c := range classes {
		d = max(d, c.Days)
	}
	return time.Duration(d+1) * 24 * time.Hour
}

func (pt *partition) countRedactions() {
	st := pt.red.Stats()
	rm := pt.p.redM
	for d, n := range st.Detections {
		if n != 0 {
			rm.detectors[d].Add(float64(n))
		}
	}
	for i, n := range st.Patterns {
		if n != 0 && i < len(rm.patterns) {
			rm.patterns[i].Add(float64(n))
		}
	}
	for i, n := range st.Fields {
		if n != 0 && i < len(rm.fields) {
			rm.fields[i].Add(float64(n))
		}
	}
}
