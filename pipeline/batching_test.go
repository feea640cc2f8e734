package pipeline

import (
	"bytes"
	"context"
	"testing"
	"time"
)

// stopped is a context that has ended: seal then keeps batches in unsent
// instead of handing them to (absent) workers.
func stopped() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}

func TestSealIdleAndMaxAge(t *testing.T) {
	pt := hotPartition(t)
	cfg := pt.p.cfg.Batch
	m := hotMessage(1)
	pt.handle(context.Background(), &m)
	if len(pt.open) != 1 {
		t.Fatalf("%d open batches, want 1", len(pt.open))
	}
	b := pt.open[0]
	opened := b.opened
	pt.sealExpired(stopped(), opened.Add(cfg.IdleTimeout/2))
	if len(pt.open) != 1 {
		t.Fatalf("batch sealed before its idle timeout")
	}
	// A record after that tick defers the cut to an idle timeout after
	// the next tick, which sees it.
	m.Offset = 1
	pt.handle(context.Background(), &m)
	seen := opened.Add(cfg.IdleTimeout * 3 / 4)
	pt.sealExpired(stopped(), seen)
	pt.sealExpired(stopped(), opened.Add(cfg.IdleTimeout))
	if len(pt.open) != 1 {
		t.Fatalf("batch sealed an idle timeout after it opened, though a record came in between")
	}
	pt.sealExpired(stopped(), seen.Add(cfg.IdleTimeout))
	if len(pt.open) != 0 || len(pt.unsent) != 1 {
		t.Fatalf("idle batch not sealed: open %d unsent %d", len(pt.open), len(pt.unsent))
	}

	// A batch that keeps receiving records is cut at max_age.
	m.Offset = 2
	pt.handle(context.Background(), &m)
	b = pt.open[0]
	b.opened = b.last.Add(-cfg.MaxAge)
	pt.sealExpired(stopped(), b.last)
	if len(pt.open) != 0 || len(pt.unsent) != 2 {
		t.Fatalf("old batch not sealed: open %d unsent %d", len(pt.open), len(pt.unsent))
	}
}

func TestSealAtLimitsAndHour(t *testing.T) {
	pt := hotPartition(t)
	pt.p.cfg.Batch.MaxRecords = 3
	ctx := stopped()
	m := hotMessage(1)
	for i := range 7 {
		m.Offset = int64(i)
		pt.handle(ctx, &m)
	}
	if len(pt.unsent) != 2 || len(pt.open) != 1 || len(pt.open[0].offsets) != 1 || pt.unsent[1].offsets[0] != 3 {
		t.Fatalf("max_records 3 over 7 records: unsent %d open %d", len(pt.unsent), len(pt.open))
	}

	// A record of a later hour of the same class seals the earlier hour.
	later := hotMessage(2)
	later.Value = []byte(`{"kind":"access","ts":"` + time.Now().UTC().Format(time.RFC3339) + `"}`)
	later.Offset = 7
	pt.handle(ctx, &later)
	if len(pt.unsent) != 3 || len(pt.open) != 1 || pt.open[0].offsets[0] != 7 {
		t.Fatalf("hour boundary: unsent %d open %d", len(pt.unsent), len(pt.open))
	}

	// max_bytes is a bound on the uncompressed batch.
	pt2 := hotPartition(t)
	pt2.p.cfg.Batch.MaxBytes = 3 * (len(m.Value) + 1)
	for i := range 4 {
		m.Offset = int64(i)
		pt2.handle(ctx, &m)
	}
	for _, b := range append(pt2.unsent, pt2.open...) {
		if b.size > pt2.p.cfg.Batch.MaxBytes || len(batchBytes(b)) != b.size {
			t.Errorf("batch of %d bytes (%d in its chunks), max_bytes %d", b.size, len(batchBytes(b)), pt2.p.cfg.Batch.MaxBytes)
		}
	}
	if len(pt2.unsent) != 1 {
		t.Errorf("%d sealed batches, want 1", len(pt2.unsent))
	}
}

func TestWatermark(t *testing.T) {
	f := func(next int64, open, unsent, inflight []int64, want int64) {
		t.Helper()
		pt := &partition{next: next}
		mk := func(firsts []int64) (bs []*batch) {
			for _, o := range firsts {
				bs = append(bs, &batch{offsets: []int64{o, o + 1}})
			}
			return bs
		}
		pt.open, pt.unsent, pt.inflight = mk(open), mk(unsent), mk(inflight)
		if got := pt.watermark(); got != want {
			t.Errorf("watermark(next %d, open %v, unsent %v, inflight %v) = %d, want %d", next, open, unsent, inflight, got, want)
		}
	}
	f(-1, nil, nil, nil, -1)
	f(10, nil, nil, nil, 10)
	f(10, []int64{7}, nil, nil, 7)
	f(10, []int64{7, 3}, nil, []int64{5}, 3)
	f(10, nil, []int64{4}, []int64{8}, 4)
	f(10, []int64{9}, nil, []int64{2}, 2)

	// A batch given up holds the watermark while later records are read.
	pt := &partition{next: 10}
	pt.abandonedAt(6)
	pt.abandonedAt(8)
	pt.next = 20
	if got := pt.watermark(); got != 6 {
		t.Errorf("watermark after batches given up at 6 and 8, next 20: %d, want 6", got)
	}
}

// BenchmarkBatchFill fills a new batch with 8 MiB of records, as a
// partition does between two seals, and gives its chunks back as an
// upload does: the cost of growing the batch.
func BenchmarkBatchFill(b *testing.B) {
	rec := []byte(hotMessage(1).Value)
	const size = 8 << 20
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		bt := &batch{}
		for off := int64(0); bt.size < size; off++ {
			bt.add(rec, off)
		}
		putChunks(bt.chunks) // as the upload does
	}
}

// batchBytes returns a copy of the records in b.
func batchBytes(b *batch) []byte {
	var out []byte
	for _, c := range b.chunks {
		out = append(out, c...)
	}
	return out
}

// TestBatchChunks: a batch's records, moved out of its chunks, are the
// records added, each starting where start says, across chunk boundaries
// and with a record longer than a chunk.
func TestBatchChunks(t *testing.T) {
	b := &batch{}
	var want [][]byte
	for i := range 6000 {
		n := 1 + i%700
		if i == 2500 {
			n = chunkSize + 10 // a chunk of its own
		}
		rec := bytes.Repeat([]byte{'a' + byte(i%26)}, n)
		b.add(rec, int64(100+i))
		want = append(want, append(rec, '\n'))
	}
	if len(b.chunks) < 3 {
		t.Fatalf("%d chunks for %d bytes, want several", len(b.chunks), b.size)
	}
	got := b.moveTo([]byte("x"))[1:]
	if len(b.chunks) != 0 {
		t.Fatalf("%d chunks left after the move", len(b.chunks))
	}
	for _, i := range []int{0, 1, 1499, 2500, 2501, 5999, 6000} {
		exp := bytes.Join(want[i:], nil)
		if !bytes.Equal(got[b.start(i):], exp) {
			t.Fatalf("records from %d: %d bytes, want %d", i, len(got[b.start(i):]), len(exp))
		}
	}
	if b.ends[len(b.ends)-1] != b.size || b.size != len(got) || b.offsets[2500] != 2600 {
		t.Fatalf("ends end at %d, size %d, moved %d; offset of record 2500 %d", b.ends[len(b.ends)-1], b.size, len(got), b.offsets[2500])
	}
}

// TestChunkPoolNoAllocs: a chunk goes back to the pool and out again
// without an allocation.
func TestChunkPoolNoAllocs(t *testing.T) {
	cs := [][]byte{getChunk(10)}
	putChunks(cs)
	allocs := testing.AllocsPerRun(100, func() {
		cs[0] = getChunk(100)
		cs[0] = append(cs[0], "record\n"...)
		putChunks(cs)
	})
	if allocs != 0 {
		t.Fatalf("a chunk's round trip through the pool allocates %.1f times, want 0", allocs)
	}
}
