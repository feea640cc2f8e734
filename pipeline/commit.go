package pipeline

import (
	"context"
	"time"
)

// Offsets: the watermark a partition commits is the first record not yet
// inside an uploaded object; a partition that stops (shutdown, rebalance)
// drains its batches first and commits what they made durable.

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
	n := len(pt.unsent) + len(pt.inflight)
	if n > 0 {
		pt.log.Warn("partition drain timed out; abandoning batches for replay", "why", why, "batches", n, "committed", pt.committed)
	}
	if shutdown && pt.holding {
		n++ // records given up earlier (a permanent error, a replay check cut short)
	}
	if shutdown {
		pt.p.stopAbandoned.Add(int64(n))
	}
	pt.p.m.abandoned.Add(float64(len(pt.unsent)))
	for _, b := range pt.unsent {
		pt.p.putBatch(b)
	}
	pt.unsent = nil
	pt.cancelUpload()
	for len(pt.inflight) > 0 {
		pt.finished(<-pt.done)
	}
	// The lag series stays (stale, see keepLag) until a generation gives
	// the partition to another replica.
	pt.log.Debug("partition released", "why", why, "committed", pt.committed)
}
