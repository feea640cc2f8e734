package pipeline

import (
	"context"
	"testing"
	"time"

	"github.com/redactd/redactd/pipeline/kafkatest"
	"github.com/redactd/redactd/sinks"
)

// Two pipelines in one group; one stops mid-stream. Its partitions move to
// the other, and every record is archived exactly once.
func TestRebalanceExactlyOnce(t *testing.T) {
	const n, parts = 3000, 4
	addr, _ := kafkatest.Start(t, map[string]int{"in": parts})
	arch := newDir(t)
	pol := testPolicy(t)
	recs := corpus(n, parts, hourBase)
	cfg := testConfig(addr, "g", "in")
	cfg.Batch.MaxAge = 300 * time.Millisecond

	a := start(t, cfg, pol, arch)
	kafkatest.Produce(t, addr, "in", recs[:n/3])
	waitFor(t, 20*time.Second, "a reads", func() bool { return a.p.Snapshot().RecordsIn > 0 })
	b := start(t, cfg, pol, arch)
	// Produce the second third only once b has joined: produced earlier,
	// a may read all of it before the rebalance, and b would have nothing
	// to read until a stops.
	waitFor(t, 20*time.Second, "b joins", b.p.Ready)
	kafkatest.Produce(t, addr, "in", recs[n/3:2*n/3])
	waitFor(t, 20*time.Second, "b reads after the rebalance", func() bool { return b.p.Snapshot().RecordsIn > 0 })
	a.Stop(t)
	kafkatest.Produce(t, addr, "in", recs[2*n/3:])
	waitFor(t, 30*time.Second, "all offsets committed", committedAll(t, addr, "g", "in", ends(recs, parts)))
	sa, sb := a.p.Snapshot(), b.p.Snapshot()
	b.Stop(t)

	checkExactlyOnce(t, checkArchive(t, readArchive(t, arch)), n)
	if sa.RecordsIn == 0 || sb.RecordsIn == 0 {
		t.Errorf("records in: a %d, b %d; want both to have consumed", sa.RecordsIn, sb.RecordsIn)
	}
	t.Logf("a read %d wrote %d objects; b read %d wrote %d objects, %d replayed", sa.RecordsIn, sa.Objects, sb.RecordsIn, sb.Objects, sb.Replayed)
}

// slowArchive delays every Put, giving up when ctx ends first.
type slowArchive struct {
	sinks.Archive
	delay time.Duration
}

func (s slowArchive) Put(ctx context.Context, obj sinks.Object) error {
	select {
	case <-time.After(s.delay):
		return s.Archive.Put(ctx, obj)
	case <-ctx.Done():
		return ctx.Err()
	}
}

// A member whose uploads cannot finish within the shutdown timeout abandons
// its batches uncommitted; the member that takes its partitions replays
// them, and still every record is archived exactly once.
func TestRebalanceAbandonedBatchesReplayed(t *testing.T) {
	const n, parts = 1200, 2
	addr, _ := kafkatest.Start(t, map[string]int{"in": parts})
	dir := newDir(t)
	pol := testPolicy(t)
	recs := corpus(n, parts, hourBase)
	cfg := testConfig(addr, "g", "in")
	slow := cfg
	slow.ShutdownTimeout = time.Second

	a := start(t, slow, pol, slowArchive{Archive: dir, delay: 400 * time.Millisecond})
	kafkatest.Produce(t, addr, "in", recs[:n/2])
	waitFor(t, 20*time.Second, "a writes an object", func() bool { return a.p.Snapshot().Objects > 0 })
	b := start(t, cfg, pol, dir)
	waitFor(t, 20*time.Second, "b joins", b.p.Ready)
	a.Stop(t)
	kafkatest.Produce(t, addr, "in", recs[n/2:])
	waitFor(t, 30*time.Second, "all offsets committed", committedAll(t, addr, "g", "in", ends(recs, parts)))
	sa, sb := a.p.Snapshot(), b.p.Snapshot()
	b.Stop(t)
	checkExactlyOnce(t, checkArchive(t, readArchive(t, dir)), n)
	// The point of the test: a gave batches up, and b archived them.
	if sa.Abandoned == 0 {
		t.Errorf("a abandoned no batch (wrote %d objects): the test did not exercise abandonment", sa.Objects)
	}
	if sb.RecordsIn+sa.RecordsIn <= int64(n) {
		t.Errorf("records read: a %d + b %d, want more than %d (the abandoned ones read twice)", sa.RecordsIn, sb.RecordsIn, n)
	}
	t.Logf("a read %d, wrote %d objects, abandoned %d batches; b read %d, wrote %d objects, found %d records already archived",
		sa.RecordsIn, sa.Objects, sa.Abandoned, sb.RecordsIn, sb.Objects, sb.Replayed)
}
