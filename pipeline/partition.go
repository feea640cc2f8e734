package pipeline

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/rules"
)

// partition consumes one assigned partition for one generation: it reads,
// redacts, classifies and batches records, hands sealed batches to the
// upload workers and commits the watermark. Everything but the fetch
// goroutine runs on one goroutine, so none of it is locked.
type partition struct {
	p      *Pipeline
	gen    *kafka.Generation
	topic  string
	id     int
	start  int64 // assigned offset: absolute, or kafka.FirstOffset
	tm     *topicMetrics
	lag    prometheus.Gauge
	red    *redact.Redactor
	format redact.Format // the topic's record encoding (rules.Policy.FormatFor)
	in     []byte        // record with raw newlines made spaces, before redaction
	out    []byte        // redacted record scratch
	log    *slog.Logger
	policy policyView

	open     []*batch // at most one per (class, hour)
	unsent   []*batch // sealed, not yet taken by a worker
	inflight []*batch // taken by a worker, result not back yet
	done     chan *batch

	next int64 // next offset to read; -1 until known
	// replayBelow is the high watermark at the first fetch: records below
	// it may already be archived by a previous owner (see replay.go).
	replayBelow int64
	// oorCounted says an out-of-range skip was already counted, so the gap
	// it leaves is not checked again; set by the reader's error logger.
	oorCounted   atomic.Bool
	lastGapCheck time.Time
	archived     map[classHour][]offRange
	committed    int64 // last committed offset; -1 none by us
	// held is the first offset of the records given up in this generation
	// (an abandoned batch, a record not batched while stopping), when
	// holding: the watermark never passes it, however far reading goes on.
	held    int64
	holding bool

	// The lag gauge is the high watermark minus the committed offset: the
	// records not yet durable in the archive. lagHWM is the highest high
	// watermark seen by fetches or by pollLag, lagBase mirrors committed;
	// both are atomic because pollLag also updates the gauge, and it must
	// while the partition loop waits on a full upload queue (when reads
	// stop, a gauge updated only on read would freeze at the lag of the
	// last record read).
	lagHWM   atomic.Int64
	lagBase  atomic.Int64
	lagMu    sync.Mutex // makes setLag's read and Set one step
	pollDone chan struct{}

	// uploadCtx bounds this partition's uploads; cancelling it abandons
	// whatever is still in flight.
	uploadCtx    context.Context
	cancelUpload context.CancelFunc
}

// policyView holds what the per-record path needs from the policy.
type policyView struct {
	classify   func(topic string, rec []byte) int
	recordTime func(rec []byte) (time.Time, bool)
	nclasses   int
	defClass   int
	// maxAge bounds how old a record time may be (the longest class
	// retention plus a day); older or future times are not trusted.
	maxAge time.Duration
}

func (p *Pipeline) newPartition(gen *kafka.Generation, topic string, id int, start int64) *partition {
	pt := &partition{
		p: p, gen: gen, topic: topic, id: id, start: start,
		tm:          p.topicM[topic],
		lag:         p.m.lagFor(topic, id),
		red:         p.eng.NewRedactor(),
		log:         p.log.With("topic", topic, "partition", id, "generation", gen.ID),
		done:        make(chan *batch, p.cfg.Workers+1),
		next:        -1,
		replayBelow: -1,
		committed:   -1,
		policy: policyView{
			classify: p.pol.Classify, recordTime: p.pol.RecordTime,
			nclasses: len(p.pol.Classes), defClass: p.pol.DefaultClass,
			maxAge: maxRetention(p.pol.Classes),
		},
	}
	// The topic's declared format; a Redactor per partition keeps what
	// the stream taught it (a W3C #Fields: header) for this partition only.
	rf := p.pol.FormatFor(topic)
	if err := rf.Apply(pt.red); err != nil {
		panic("BUG: the policy's format for topic " + topic + " does not apply: " + err.Error())
	}
	pt.format = rf.Format
	pt.lagBase.Store(-1)
	if start >= 0 {
		pt.next, pt.committed = start, start
		pt.lagBase.Store(start)
	}
	return pt
}

// lagPollInterval is how often pollLag asks the partition leader for its
// high watermark.
var lagPollInterval = 15 * time.Second

// seenHWM raises lagHWM to h.
func (pt *partition) seenHWM(h int64) {
	for {
		cur := pt.lagHWM.Load()
		if h <= cur || pt.lagHWM.CompareAndSwap(cur, h) {
			return
		}
	}
}

// setLag updates the lag gauge, once the committed offset is known. The
// lock keeps a caller with an older committed offset from overwriting the
// value of one with a newer.
func (pt *partition) setLag() {
	pt.lagMu.Lock()
	if base := pt.lagBase.Load(); base >= 0 {
		pt.lag.Set(float64(max(pt.lagHWM.Load()-base, 0)))
	}
	pt.lagMu.Unlock()
}

// pollLag refreshes the high watermark every lagPollInterval until ctx
// ends, so that the lag gauge keeps growing while nothing is read (an
// archive outage stops reads once the upload queue is full).
func (pt *partition) pollLag(ctx context.Context) {
	defer close(pt.pollDone)
	t := time.NewTicker(lagPollInterval)
	defer t.Stop()
	// The connection is closed when ctx ends, so that a leader that does
	// not answer cannot hold up the drain for the read deadline.
	var conn *kafka.Conn
	stopClose := func() bool { return false }
	closeConn := func() {
		stopClose()
		_ = conn.Close()
		conn = nil
	}
	defer func() {
		if conn != nil {
			closeConn()
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if conn == nil {
			dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			c, err := pt.dialLeader(dctx)
			cancel()
			if err != nil {
				pt.log.Debug("lag poll: cannot reach the partition leader", "err", err)
				continue
			}
			conn = c
			stopClose = context.AfterFunc(ctx, func() { _ = c.Close() })
		}
		_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
		last, err := conn.ReadLastOffset()
		if err != nil {
			pt.log.Debug("lag poll: cannot read the high watermark", "err", err)
			closeConn()
			continue
		}
		pt.seenHWM(last)
		pt.setLag()
	}
}

// run consumes until the generation ends (gctx) or the pipeline stops
// (stop), then drains: open batches are sealed and uploaded and the
// watermark committed if that finishes in time, else they are abandoned
// uncommitted and the partition's next owner replays them.
func (pt *partition) run(gctx, stop context.Context) {
	live, cancelLive := context.WithCancel(stop)
	defer cancelLive()
	go func() {
		select {
		case <-gctx.Done():
			cancelLive()
		case <-live.Done():
		}
	}()
	pt.uploadCtx, pt.cancelUpload = context.WithCancel(context.Background())
	defer pt.cancelUpload()

	pt.checkStart(live)
	pt.pollDone = make(chan struct{})
	go pt.pollLag(live)
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers:   pt.p.cfg.Brokers,
		Topic:     pt.topic,
		Partition: pt.id,
		Dialer:    pt.p.dialer,
		MinBytes:  1,
		MaxBytes:  pt.p.cfg.fetchMaxBytes(),
		MaxWait:   250 * time.Millisecond,
		ErrorLogger: kafka.LoggerFunc(func(f string, a ...any) {
			if pt.p.kafkaError(f, a...) {
				pt.oorCounted.Store(true)
			}
		}),
	})
	if err := r.SetOffset(pt.start); err != nil {
		pt.log.Error("cannot set reader offset", "offset", pt.start, "err", err)
	}
	msgs := make(chan kafka.Message, 256)
	fetchDone := make(chan struct{})
	go func() {
		defer close(fetchDone)
		for {
			m, err := r.FetchMessage(live)
			if err != nil {
				if live.Err() != nil {
					return
				}
				pt.log.Warn("fetch failed, retrying", "err", err)
				if !sleepCtx(live, time.Second) {
					return
				}
				continue
			}
			select {
			case msgs <- m:
			case <-live.Done():
				return
			}
		}
	}()
	defer func() {
		<-fetchDone
		_ = r.Close()
	}()
	pt.log.Debug("partition assigned", "offset", pt.start)

	tickEvery := min(pt.p.cfg.Batch.IdleTimeout, pt.p.cfg.Batch.MaxAge) / 4
	tickEvery = min(max(tickEvery, 5*time.Millisecond), time.Second)
	tick := time.NewTicker(tickEvery)
	defer tick.Stop()
	for live.Err() == nil {
		select {
		case m := <-msgs:
			pt.handle(live, &m)
		case b := <-pt.done:
			pt.finished(b)
			pt.commit()
		case now := <-tick.C:
			pt.sealExpired(live, now)
			pt.commit()
			pt.setLag()
		case <-live.Done():
		}
	}
	cancelLive()
	<-pt.pollDone
	pt.drain(stop.Err() != nil)
}

// checkStart logs and counts a committed offset that is out of the
// partition's range: kafka-go's reader silently moves such an offset to
// the log start, and the records in between (deleted by retention before
// they were archived) are lost.
func (pt *partition) checkStart(ctx context.Context) {
	if pt.start < 0 {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	conn, err := pt.dialLeader(ctx)
	if err != nil {
		pt.log.Warn("cannot check the committed offset against the partition's range", "err", err)
		return
	}
	defer conn.Close()
	first, last, err := conn.ReadOffsets()
	if err != nil {
		pt.log.Warn("cannot check the committed offset against the partition's range", "err", err)
		return
	}
	if pt.start < first || pt.start > last {
		pt.oorCounted.Store(true)
		pt.p.m.outOfRange.Inc()
		pt.log.Error("committed offset out of range: records were deleted before they were archived",
			"committed", pt.start, "log_start", first, "log_end", last)
	}
}

// gapCheckEvery rate-limits the checks of offset gaps.
const gapCheckEvery = time.Minute

// gap is called when the offset read is past the expected one. Compaction
// and transaction markers leave such gaps; so does kafka-go's reader when,
// reconnecting, it finds its offset below the log start and silently moves
// to the log start. Unless kafka-go reported the skip, a background check
// (at most once a minute) compares the log start with the expected offset.
func (pt *partition) gap(expected int64) {
	if pt.oorCounted.Swap(false) {
		return // already counted
	}
	now := time.Now()
	if now.Sub(pt.lastGapCheck) < gapCheckEvery {
		return
	}
	pt.lastGapCheck = now
	go pt.checkGap(expected)
}

// checkGap counts and logs records deleted from the partition before they
// were read: the log start is past expected.
func (pt *partition) checkGap(expected int64) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pt.dialLeader(ctx)
	if err != nil {
		pt.log.Warn("cannot check an offset gap against the log start", "err", err)
		return
	}
	defer conn.Close()
	first, err := conn.ReadFirstOffset()
	if err != nil {
		pt.log.Warn("cannot check an offset gap against the log start", "err", err)
		return
	}
	if first > expected {
		pt.p.m.outOfRange.Inc()
		pt.log.Error("offset out of range: records were deleted before they were archived",
			"expected", expected, "log_start", first)
	}
}

func (pt *partition) dialLeader(ctx context.Context) (conn *kafka.Conn, err error) {
	for _, b := range pt.p.cfg.Brokers {
		if conn, err = pt.p.dialer.DialLeader(ctx, "tcp", b, pt.topic, pt.id); err == nil {
			return conn, nil
		}
	}
	return nil, err
}

// isTxnMarker reports whether m is a transaction control record, a commit
// or abort marker. kafka-go v0.4 neither hides control batches nor exposes
// the batch attribute that marks them, so a marker is recognised by its
// fixed form: a 4-byte key (version 0, type 0 abort or 1 commit) and a
// 6-byte value (version 0, then the coordinator epoch). A log record of
// that form would be six bytes starting with two NULs.
func isTxnMarker(m *kafka.Message) bool {
	k, v := m.Key, m.Value
	return len(k) == 4 && k[0] == 0 && k[1] == 0 && k[2] == 0 && k[3] <= 1 &&
		len(v) == 6 && v[0] == 0 && v[1] == 0
}

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
		p.stats.txnMarkers.Add(1)
		p.m.txnMarkers.Inc()
		return
	}
	pt.tm.recordsIn.Inc()
	pt.tm.bytesIn.Add(float64(len(m.Value)))
	p.stats.recordsIn.Add(1)

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
			p.stats.replayed.Add(1)
			return
		}
	}
	b := pt.batchFor(live, class, hour)
	if len(b.offsets) > 0 && len(b.buf)+len(out)+1 > p.cfg.Batch.MaxBytes {
		pt.seal(live, b)
		b = pt.batchFor(live, class, hour)
	}
	b.add(out, m.Offset)
	if len(b.offsets) >= p.cfg.Batch.MaxRecords || len(b.buf) >= p.cfg.Batch.MaxBytes {
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
	rm, sc := pt.p.redM, &pt.p.stats
	for d, n := range st.Detections {
		if n != 0 {
			rm.detectors[d].Add(float64(n))
			sc.detectors[d].Add(int64(n))
		}
	}
	for i, n := range st.Patterns {
		if n != 0 && i < len(rm.patterns) {
			rm.patterns[i].Add(float64(n))
			sc.patternN[i].Add(int64(n))
		}
	}
	for i, n := range st.Fields {
		if n != 0 && i < len(rm.fields) {
			rm.fields[i].Add(float64(n))
			sc.fieldN[i].Add(int64(n))
		}
	}
}

// batchFor returns the open batch for (class, hour), opening one if needed.
// Opening a batch for a later hour seals the class's batches of earlier
// hours: the hour boundary of record time cuts a batch.
func (pt *partition) batchFor(live context.Context, class int, hour int64) *batch {
	for _, b := range pt.open {
		if b.class == class && b.hour == hour {
			return b
		}
	}
	for i := 0; i < len(pt.open); {
		if b := pt.open[i]; b.class == class && b.hour < hour {
			pt.seal(live, b) // removes b from pt.open
			continue
		}
		i++
	}
	b := pt.p.getBatch()
	b.class, b.hour = class, hour
	b.opened = time.Now()
	pt.open = append(pt.open, b)
	return b
}

// seal moves b from the open batches to the upload workers. When the
// partition is stopping it keeps b in unsent for drain.
func (pt *partition) seal(live context.Context, b *batch) {
	for i, o := range pt.open {
		if o == b {
			pt.open = append(pt.open[:i], pt.open[i+1:]...)
			break
		}
	}
	if len(b.offsets) == 0 {
		pt.p.putBatch(b)
		return
	}
	b.pt = pt
	for {
		select {
		case pt.p.jobs <- b:
			pt.inflight = append(pt.inflight, b)
			return
		case d := <-pt.done:
			pt.finished(d)
		case <-live.Done():
			pt.unsent = append(pt.unsent, b)
			return
		}
	}
}

// sealExpired seals batches idle for batch.idle_timeout or open for batch.max_age.
func (pt *partition) sealExpired(live context.Context, now time.Time) {
	c := pt.p.cfg.Batch
	for i := 0; i < len(pt.open); {
		b := pt.open[i]
		if now.Sub(b.last) >= c.IdleTimeout || now.Sub(b.opened) >= c.MaxAge {
			pt.seal(live, b)
			continue
		}
		i++
	}
}

// finished takes back a batch from a worker.
func (pt *partition) finished(b *batch) {
	for i, o := range pt.inflight {
		if o == b {
			pt.inflight = append(pt.inflight[:i], pt.inflight[i+1:]...)
			break
		}
	}
	if b.err != nil {
		pt.log.Warn("batch abandoned, its records will be replayed by the next owner",
			"first_offset", b.offsets[0], "records", len(b.offsets), "err", b.err)
		// An abandoned batch holds the watermark at its first offset for
		// the rest of this generation.
		pt.abandonedAt(b.offsets[0])
		pt.p.stats.abandoned.Add(1)
		pt.p.m.abandoned.Inc()
	}
	pt.p.putBatch(b)
}

// abandonedAt caps the watermark: nothing at or after off may be committed
// in this generation any more, even when later records are read and
// archived (a batch failed by a permanent error does not stop reading).
func (pt *partition) abandonedAt(off int64) {
	if !pt.holding || off < pt.held {
		pt.held, pt.holding = off, true
	}
}

// watermark is the offset to commit: the first record not yet inside an
// uploaded object (or dead-lettered), -1 when unknown.
func (pt *partition) watermark() int64 {
	w := pt.next
	if w < 0 {
		return -1
	}
	if pt.holding {
		w = min(w, pt.held)
	}
	for _, l := range [][]*batch{pt.open, pt.unsent, pt.inflight} {
		for _, b := range l {
			if len(b.offsets) > 0 {
				w = min(w, b.offsets[0])
			}
		}
	}
	return w
}

// commit commits the watermark when it moved. A failed commit is logged and
// counted; the next commit carries the same or a later offset.
func (pt *partition) commit() {
	w := pt.watermark()
	if w <= pt.committed {
		return
	}
	t0 := time.Now()
	err := pt.gen.CommitOffsets(map[string]map[int]int64{pt.topic: {pt.id: w}})
	pt.p.m.commitSeconds.Observe(time.Since(t0).Seconds())
	if err != nil {
		pt.p.m.commitErrors.Inc()
		pt.log.Warn("offset commit failed, will retry", "offset", w, "err", err)
		return
	}
	pt.committed = w
	pt.lagBase.Store(w)
	pt.setLag()
	pt.p.stats.commits.Add(1)
}

// drain ends the partition's generation: open batches are sealed and
// uploaded, and the watermark committed, if that finishes within the
// shutdown timeout; the rest is abandoned uncommitted.
func (pt *partition) drain(shutdown bool) {
	// Within the shutdown timeout, leaving time for the commit; on a
	// rebalance also within half the rebalance timeout, so that this
	// member rejoins before the coordinator gives up on it.
	budget := pt.p.cfg.ShutdownTimeout * 3 / 4
	why := "shutdown"
	if !shutdown {
		why = "rebalance"
		budget = min(budget, pt.p.cfg.GroupTimeouts.Rebalance/2)
	}
	dctx, cancel := context.WithTimeout(context.Background(), budget)
	defer cancel()
	pt.log.Debug("draining partition", "why", why, "open", len(pt.open), "inflight", len(pt.inflight))
	for len(pt.open) > 0 {
		pt.seal(dctx, pt.open[0])
	}
	for len(pt.unsent) > 0 && dctx.Err() == nil {
		b := pt.unsent[0]
		select {
		case pt.p.jobs <- b:
			pt.unsent = pt.unsent[1:]
			pt.inflight = append(pt.inflight, b)
		case d := <-pt.done:
			pt.finished(d)
		case <-dctx.Done():
		}
	}
	for len(pt.inflight) > 0 && dctx.Err() == nil {
		select {
		case d := <-pt.done:
			pt.finished(d)
		case <-dctx.Done():
		}
	}
	for attempt := 1; ; attempt++ {
		pt.commit()
		if pt.watermark() <= pt.committed || attempt == 3 || !sleepCtx(dctx, 100*time.Millisecond) {
			break
		}
	}
	if n := len(pt.unsent) + len(pt.inflight); n > 0 {
		pt.log.Warn("partition drain timed out; abandoning batches for replay", "why", why, "batches", n, "committed", pt.committed)
	}
	pt.p.stats.abandoned.Add(int64(len(pt.unsent)))
	pt.p.m.abandoned.Add(float64(len(pt.unsent)))
	for _, b := range pt.unsent {
		pt.p.putBatch(b)
	}
	pt.unsent = nil
	pt.cancelUpload()
	for len(pt.inflight) > 0 {
		pt.finished(<-pt.done)
	}
	pt.p.m.lag.DeleteLabelValues(pt.topic, strconv.Itoa(pt.id))
	pt.log.Debug("partition released", "why", why, "committed", pt.committed)
}
