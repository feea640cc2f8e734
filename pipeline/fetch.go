package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"
)

// The fetch side of a partition: its kafka-go reader, and the workarounds
// for what kafka-go v0.4 does not say (a committed offset out of range, a
// silent skip to the log start, transaction markers handed out as records).

// fetch starts the partition's reader at pt.start and a goroutine that
// fetches until live ends, retrying failed fetches. Records arrive on the
// returned queue in offset order; stopFetch waits for the goroutine and
// closes the reader, after live ended.
func (pt *partition) fetch(live context.Context) (q *fetchQueue, stopFetch func()) {
	rc := pt.p.ReaderConfig(pt.topic, pt.id)
	rc.ErrorLogger = kafka.LoggerFunc(func(f string, a ...any) {
		if pt.p.kafkaError(f, a...) {
			pt.oorCounted.Store(true)
		}
	})
	r := kafka.NewReader(rc)
	if err := r.SetOffset(pt.start); err != nil {
		pt.log.Error("cannot set reader offset", "offset", pt.start, "err", err)
	}
	q = newFetchQueue()
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
			if !q.put(live, &m) {
				return
			}
		}
	}()
	return q, func() {
		<-fetchDone
		_ = r.Close()
	}
}

// fetchQueueLen is how many fetched records wait for the partition loop
// at most (kafka-go's reader holds more, its QueueCapacity, behind them).
const fetchQueueLen = 256

// fetchQueue hands records from a partition's fetch goroutine to its loop
// in slices: the loop takes every waiting record at once, so that a record
// costs an uncontended lock rather than a channel send and a select over
// the loop's four channels (5% of the whole path's CPU, and more when the
// loop fell behind). The loop waits on ready, which holds a token
// whenever records may be waiting.
type fetchQueue struct {
	mu    sync.Mutex
	msgs  []kafka.Message
	ready chan struct{} // cap 1: records may be waiting
	room  chan struct{} // cap 1: the loop took records, a full queue has room
}

func newFetchQueue() *fetchQueue {
	return &fetchQueue{msgs: make([]kafka.Message, 0, fetchQueueLen),
		ready: make(chan struct{}, 1), room: make(chan struct{}, 1)}
}

// put appends a copy of *m, waiting while the queue is full; it returns
// false if live ended first.
func (q *fetchQueue) put(live context.Context, m *kafka.Message) bool {
	for {
		q.mu.Lock()
		if len(q.msgs) < fetchQueueLen {
			q.msgs = append(q.msgs, *m)
			q.mu.Unlock()
			select {
			case q.ready <- struct{}{}:
			default: // a token is there already
			}
			return true
		}
		q.mu.Unlock()
		select {
		case <-q.room: // possibly stale: the loop checks again
		case <-live.Done():
			return false
		}
	}
}

// take returns the waiting records (possibly none) in offset order and
// keeps spare, emptied, to fill next: the caller hands back the slice a
// take returned once it is done with its records.
func (q *fetchQueue) take(spare []kafka.Message) []kafka.Message {
	clear(spare) // the records' values may be collected
	q.mu.Lock()
	msgs := q.msgs
	q.msgs = spare[:0]
	q.mu.Unlock()
	select {
	case q.room <- struct{}{}:
	default:
	}
	return msgs
}

// ReaderConfig returns the settings a partition's kafka-go reader fetches
// with (brokers, dialer, fetch sizes and wait), without its error logger.
// The whole-path benchmark reads with the same settings for its ceiling.
func (p *Pipeline) ReaderConfig(topic string, partition int) kafka.ReaderConfig {
	return kafka.ReaderConfig{
		Brokers:   p.cfg.Brokers,
		Topic:     topic,
		Partition: partition,
		Dialer:    p.dialer,
		MinBytes:  1,
		MaxBytes:  p.cfg.fetchMaxBytes(),
		MaxWait:   250 * time.Millisecond,
	}
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

// kafkaError receives kafka-go's error log lines. They carry topics,
// partitions, offsets and errors, never record content. The format string
// tells offset-out-of-range apart, which is counted and reported as true.
func (p *Pipeline) kafkaError(format string, args ...any) (outOfRange bool) {
	outOfRange = strings.Contains(format, "before the first offset") || strings.Contains(format, "passed the last offset")
	for _, a := range args {
		if e, ok := a.(error); ok && errors.Is(e, kafka.OffsetOutOfRange) {
			outOfRange = true
		}
	}
	if outOfRange {
		p.m.outOfRange.Inc()
		p.log.Warn("kafka: offset out of range", "detail", fmt.Sprintf(format, args...))
		return true
	}
	p.log.Warn("kafka: " + fmt.Sprintf(format, args...))
	return false
}
