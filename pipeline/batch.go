package pipeline

import "time"

// batch is one open or sealed batch: newline-delimited redacted records of
// one (class, topic, partition, record hour), with each record's offset and
// end so that a replay can drop the records an existing object holds.
type batch struct {
	pt      *partition
	class   int
	hour    int64 // hours since the Unix epoch, UTC
	buf     []byte
	ends    []int   // ends[i]: end of record i in buf, after its '\n'
	offsets []int64 // offsets[i]: Kafka offset of record i
	opened  time.Time
	last    time.Time
	// written is the number of leading records already in the archive
	// (uploaded by us or found in an existing object).
	written int
	err     error // set when the upload was abandoned
}

// add appends one redacted record (without newline) at offset off.
func (b *batch) add(rec []byte, off int64) {
	b.buf = append(b.buf, rec...)
	b.buf = append(b.buf, '\n')
	b.ends = append(b.ends, len(b.buf))
	b.offsets = append(b.offsets, off)
	b.last = time.Now()
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
