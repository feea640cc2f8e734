package pipeline

import (
	"context"
	"sync"
	"time"
)

// batch is one open or sealed batch: newline-delimited redacted records of
// one (class, topic, partition, record hour), with each record's offset and
// end so that a replay can drop the records an existing object holds.
type batch struct {
	pt    *partition
	class int
	hour  int64 // hours since the Unix epoch, UTC
	// chunks hold the records in order, each whole in one chunk (see
	// getChunk); size is their length in all.
	chunks  [][]byte
	size    int
	ends    []int   // ends[i]: end of record i in the batch, after its '\n'
	offsets []int64 // offsets[i]: Kafka offset of record i
	opened  time.Time
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
	n := len(rec) + 1
	if k := len(b.chunks); k == 0 || cap(b.chunks[k-1])-len(b.chunks[k-1]) < n {
		b.chunks = append(b.chunks, getChunk(n))
	}
	c := &b.chunks[len(b.chunks)-1]
	*c = append(append(*c, rec...), '\n')
	b.size += n
	b.ends = append(b.ends, b.size)
	b.offsets = append(b.offsets, off)
}

// moveTo appends all the records to dst and returns it, giving each chunk
// back to the pool as soon as it is copied, so that a batch is held about
// once, not twice, while it moves.
func (b *batch) moveTo(dst []byte) []byte {
	for i, c := range b.chunks {
		dst = append(dst, c...)
		putChunks(b.chunks[i : i+1])
	}
	b.chunks = b.chunks[:0]
	return dst
}

// start returns where record i starts in the batch's bytes.
func (b *batch) start(i int) int {
	if i == 0 {
		return 0
	}
	return b.ends[i-1]
}

// chunkSize is the size of a batch's chunks. A batch grows a chunk at a
// time and its chunks go back to a pool once it is uploaded: grown as one
// buffer, by append or by doubling, it was reallocated, copied and cleared
// on fresh memory on its way to a few MiB, 8-10% of the whole path's CPU
// in BenchmarkPipelineVsReader.
const chunkSize = 1 << 20

// chunkPool holds *[chunkSize]byte: an array pointer goes in and out of
// the pool without an allocation, where a *[]byte would need one per Put.
var chunkPool = sync.Pool{New: func() any { return new([chunkSize]byte) }}

// getChunk returns an empty chunk with room for n bytes: a pooled one,
// or for a record longer than chunkSize one of its own.
func getChunk(n int) []byte {
	if n > chunkSize {
		return make([]byte, 0, n)
	}
	return chunkPool.Get().(*[chunkSize]byte)[:0]
}

// putChunks gives the pooled chunks among cs back and clears cs.
func putChunks(cs [][]byte) {
	for i, c := range cs {
		if cap(c) == chunkSize { // from the pool: a record's own chunk is larger
			chunkPool.Put((*[chunkSize]byte)(c[:chunkSize]))
		}
		cs[i] = nil
	}
}

func (p *Pipeline) getBatch() *batch {
	if b, ok := p.batchPool.Get().(*batch); ok {
		return b
	}
	return &batch{}
}

func (p *Pipeline) putBatch(b *batch) {
	putChunks(b.chunks)
	*b = batch{chunks: b.chunks[:0], ends: b.ends[:0], offsets: b.offsets[:0]}
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
	b.class, b.hour = class, hour
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
