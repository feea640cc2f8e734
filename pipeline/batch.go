package pipeline

import (
	"context"
	"slices"
	"time"
)

// batch is one open or sealed batch: newline-delimited redacted records of
// one (class, topic, partition, record hour), with each record's offset and
// end so that a replay can drop the records an existing object holds.
type batch struct {
	pt       *partition
	class    int
	hour     int64 // hours since the Unix epoch, UTC
	buf      []byte
	ends     []int   // ends[i]: end of record i in buf, after its '\n'
	offsets  []int64 // offsets[i]: Kafka offset of record i
	maxBytes int     // batch.max_bytes: the buffer never grows past it for nothing
	opened   time.Time
	// last is when the batch was last seen to grow and seen its record
	// count then: set at opening, then by the partition's tick
	// (sealExpired) when the count changed. The clock is not read per
	// record (that was 3% of the whole path's CPU): the idle cut comes
	// between batch.idle_timeout and one tick (a quarter of it) later.
	last time.Time
	seen int
	// written is the number of leading records already in the archive
	// (uploaded by us or found in an existing object).
	written int
	err     error // set when the upload was abandoned
}

// add appends one redacted record (without newline) at offset off.
func (b *batch) add(rec []byte, off int64) {
	if cap(b.buf)-len(b.buf) <= len(rec) {
		b.grow(len(rec) + 1)
	}
	b.buf = append(b.buf, rec...)
	b.buf = append(b.buf, '\n')
	b.ends = append(b.ends, len(b.buf))
	b.offsets = append(b.offsets, off)
}

// minBatchCap is the first capacity of a batch's buffer.
const minBatchCap = 64 << 10

// grow makes room for n more bytes in b.buf by doubling its capacity, up to
// b.maxBytes (batch.max_bytes, which seals the batch) unless n needs more.
// append alone grows a large slice by a quarter at a time, which copied a
// batch's bytes about four times over on its way to a few MiB: a tenth of
// the whole path's CPU time in BenchmarkPipelineVsReader.
func (b *batch) grow(n int) {
	c := max(2*cap(b.buf), minBatchCap)
	if b.maxBytes > 0 {
		c = min(c, b.maxBytes)
	}
	c = max(c, len(b.buf)+n)
	b.buf = slices.Grow(b.buf, c-len(b.buf))
}

// from returns the records from index i on.
func (b *batch) from(i int) []byte {
	if i == 0 {
		return b.buf
	}
	return b.buf[b.ends[i-1]:]
}

// maxPooledBatch is the largest buffer kept for reuse.
const maxPooledBatch = 128 << 20

func (p *Pipeline) getBatch() *batch {
	if b, ok := p.batchPool.Get().(*batch); ok {
		return b
	}
	return &batch{}
}

func (p *Pipeline) putBatch(b *batch) {
	if cap(b.buf) > maxPooledBatch {
		return
	}
	*b = batch{buf: b.buf[:0], ends: b.ends[:0], offsets: b.offsets[:0]}
	p.batchPool.Put(b)
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
	b.class, b.hour, b.maxBytes = class, hour, pt.p.cfg.Batch.MaxBytes
	b.opened = time.Now()
	b.last = b.opened
	pt.open = append(pt.open, b)
	if pt.oldest.Load() == 0 {
		pt.oldest.Store(b.opened.UnixNano())
	}
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
	pt.sealing = b
	defer func() { pt.sealing = nil }()
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
		if n := len(b.offsets); n != b.seen {
			b.seen, b.last = n, now
		}
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
		pt.p.m.abandoned.Inc()
	}
	pt.p.putBatch(b)
	pt.updateOldest()
}

// updateOldest sets pt.oldest to when the oldest record not yet in the
// archive was read: the opening time of the oldest batch still open,
// being sealed, waiting for a worker or uploading; 0 when there is none.
func (pt *partition) updateOldest() {
	var o int64
	see := func(b *batch) {
		// Not b.written: a worker writes it while the batch is in flight.
		if b != nil && len(b.offsets) > 0 && (o == 0 || b.opened.UnixNano() < o) {
			o = b.opened.UnixNano()
		}
	}
	see(pt.sealing)
	for _, l := range [][]*batch{pt.open, pt.unsent, pt.inflight} {
		for _, b := range l {
			see(b)
		}
	}
	pt.oldest.Store(o)
}
