package pipeline

import (
	"context"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
)

// TestFetchQueue: records come out in the order they went in, none lost or
// repeated, while the producer outruns the consumer (a full queue waits)
// and while it does not (a token is left for every put).
func TestFetchQueue(t *testing.T) {
	f := func(n int, slow bool) {
		t.Helper()
		q := newFetchQueue()
		ctx := context.Background()
		go func() {
			for i := range n {
				m := kafka.Message{Offset: int64(i)}
				if !q.put(ctx, &m) {
					return
				}
				if !slow && i%1000 == 0 {
					time.Sleep(time.Millisecond) // let the consumer catch up and wait
				}
			}
		}()
		var msgs []kafka.Message
		next := int64(0)
		deadline := time.After(30 * time.Second)
		for next < int64(n) {
			select {
			case <-q.ready:
			case <-deadline:
				t.Fatalf("n=%d slow=%v: stuck after %d records", n, slow, next)
			}
			msgs = q.take(msgs)
			if len(msgs) > fetchQueueLen {
				t.Fatalf("took %d records, more than the queue holds (%d)", len(msgs), fetchQueueLen)
			}
			for _, m := range msgs {
				if m.Offset != next {
					t.Fatalf("n=%d slow=%v: record %d where %d was next", n, slow, m.Offset, next)
				}
				next++
			}
			if slow {
				time.Sleep(50 * time.Microsecond) // the queue fills meanwhile
			}
		}
	}
	f(1, false)
	f(10_000, false)
	f(10_000, true)
}

// TestFetchQueuePutStops: a put waiting on a full queue returns false when
// the partition stops.
func TestFetchQueuePutStops(t *testing.T) {
	q := newFetchQueue()
	ctx, cancel := context.WithCancel(context.Background())
	for i := range fetchQueueLen {
		m := kafka.Message{Offset: int64(i)}
		if !q.put(ctx, &m) {
			t.Fatalf("put %d into a queue with room returned false", i)
		}
	}
	done := make(chan bool)
	go func() {
		m := kafka.Message{Offset: fetchQueueLen}
		done <- q.put(ctx, &m)
	}()
	select {
	case <-done:
		t.Fatal("put into a full queue did not wait")
	case <-time.After(50 * time.Millisecond):
	}
	cancel()
	if <-done {
		t.Fatal("put returned true after the partition stopped, with the queue still full")
	}
}
