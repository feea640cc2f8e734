package pipeline

import (
	"context"
	"strconv"
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
		pt.lagAt.SetToCurrentTime()
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

// lagKey names one partition's lag series.
type lagKey struct {
	topic     string
	partition int
}

// keepLag removes the lag series of the partitions this replica owned in
// its last generation and does not own in gen, the one it has just
// joined: another replica reports them now. A partition that is drained
// (a rebalance, a broker fault) keeps its last value, marked stale by
// redactd_consumer_lag_timestamp_seconds, until then; before, the drain
// deleted it and dashboards read nothing exactly when lag mattered.
// Called from Run's goroutine only.
func (p *Pipeline) keepLag(gen map[string][]kafka.PartitionAssignment) {
	now := make(map[lagKey]bool)
	for topic, as := range gen {
		for _, a := range as {
			now[lagKey{topic, a.ID}] = true
		}
	}
	for k := range p.lagOwned {
		if !now[k] {
			part := strconv.Itoa(k.partition)
			p.m.lag.DeleteLabelValues(k.topic, part)
			p.m.lagTime.DeleteLabelValues(k.topic, part)
		}
	}
	p.lagOwned = now
}
