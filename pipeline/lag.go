package pipeline

import (
	"context"
	"time"

	"github.com/segmentio/kafka-go"
)

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
