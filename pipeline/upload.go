package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"time"

	"github.com/redactd/redactd/sinks"
)

// uploader is one upload worker with its reusable encoders (one per codec,
// made on first use) and body buffer.
type uploader struct {
	p    *Pipeline
	encs map[sinks.Codec]*sinks.Encoder
	body []byte
	key  []byte
	raw  []byte // the records of the batch being uploaded, see takeRecords
}

// maxKeptRaw is the largest raw buffer a worker keeps between batches: a
// larger batch gets a buffer of its own, so that workers do not hold
// batch.max_bytes each while idle.
const maxKeptRaw = 16 << 20

// takeRecords moves the records of b out of its chunks (batch.go) into the
// worker's one buffer, which the encoders take. put calls it at its first
// attempt at b; the next attempts find the records there.
func (w *uploader) takeRecords(b *batch) {
	if cap(w.raw) > maxKeptRaw {
		w.raw = nil
	}
	w.raw = b.moveTo(slices.Grow(w.raw[:0], b.size))
}

// encoder returns the worker's encoder for codec.
func (w *uploader) encoder(codec sinks.Codec) (*sinks.Encoder, error) {
	if e := w.encs[codec]; e != nil {
		return e, nil
	}
	e, err := sinks.NewEncoder(codec, w.p.level(codec))
	if err != nil {
		return nil, err
	}
	if w.encs == nil {
		w.encs = map[sinks.Codec]*sinks.Encoder{}
	}
	w.encs[codec] = e
	return e, nil
}

func (w *uploader) close() {
	for _, e := range w.encs {
		e.Close()
	}
}

// upload writes b until it is in the archive or its partition abandons it,
// retrying with backoff, then hands b back to its partition. A permanent
// error (sinks.IsPermanent: access denied, no such bucket, an invalid
// object) fails the batch at once, counted and logged: retrying cannot fix
// it, and the partition never commits past the batch's records.
func (w *uploader) upload(b *batch) {
	ctx := b.pt.uploadCtx
	for attempt := 1; ; attempt++ {
		err := w.put(ctx, b)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			b.err = err
			break
		}
		// One failed attempt of ours; an S3 archive told of the attempts
		// its client retried inside Put already (sinks.RetryObserver).
		w.p.archiveFailed(sinks.FailureReason(err), err)
		if sinks.IsPermanent(err) {
			w.p.m.uploadPermanent.Inc()
			b.pt.log.Error("archive write failed permanently; the batch is given up and its records are not committed",
				"first_offset", b.offsets[b.written], "records", len(b.offsets)-b.written, "err", err)
			b.err = err
			break
		}
		b.pt.log.Warn("archive write failed, retrying", "first_offset", b.offsets[b.written], "attempt", attempt, "err", err)
		if !sleepCtx(ctx, backoff(attempt, 100*time.Millisecond, 30*time.Second)) {
			b.err = err
			break
		}
	}
	b.pt.done <- b
}

// put writes the records of b not yet written, from w.raw. An object that already
// exists under the key (a replay) holds the records up to its LastOffset:
// those are dropped and the rest is written under the key of the next
// record, until every record is in the archive. Treating "exists" as "the
// whole batch is done" would lose the records a shorter first run left out.
func (w *uploader) put(ctx context.Context, b *batch) error {
	p, pt := w.p, b.pt
	if len(b.chunks) > 0 {
		w.takeRecords(b)
	}
	if len(w.raw) != b.size {
		panic("BUG: an upload worker holds " + strconv.Itoa(len(w.raw)) + " bytes for a batch of " + strconv.Itoa(b.size))
	}
	codec := pt.layout.codecs[b.class]
	enc, err := w.encoder(codec)
	if err != nil {
		return sinks.Permanent(fmt.Errorf("cannot make the %s encoder: %w", codec, err))
	}
	for b.written < len(b.offsets) {
		first := b.offsets[b.written]
		raw := w.raw[b.start(b.written):]
		k := sinks.Key{
			Prefix: p.cfg.Prefix, Class: p.pol.Classes[b.class].Name,
			Topic: pt.topic, Partition: pt.id, FirstOffset: first,
			Hour: time.Unix(b.hour*3600, 0).UTC(), Codec: codec,
			Text: codec != sinks.CodecParquet && !p.ndjsonNames && sinks.TextRecords(raw),
		}
		w.key = k.AppendTo(w.key[:0])
		key := string(w.key)
		// A text object may exist under its name before .log.zst (layout.go).
		if old, meta, err := w.legacyObject(ctx, k); err != nil {
			return err
		} else if old != "" {
			if err := w.skipExisting(b, old, meta); err != nil {
				return err
			}
			continue
		}
		n := len(b.offsets) - b.written
		obj := sinks.Object{Key: key, Meta: sinks.Meta{
			Class:        k.Class,
			Records:      n,
			FirstOffset:  first,
			LastOffset:   b.offsets[len(b.offsets)-1],
			RulesVersion: p.pol.Version,
			KeyID:        p.eng.KeyID(),
			RawSize:      int64(len(raw)),
		}}
		body, err := enc.EncodeText(w.body[:0], raw, obj.Meta, pt.layout.text)
		if err != nil {
			return sinks.Permanent(fmt.Errorf("cannot encode %q: %w", key, err))
		}
		w.body, obj.Body = body, body
		t0 := time.Now()
		err = p.arch.Put(ctx, obj)
		p.m.uploadSeconds.Observe(time.Since(t0).Seconds())
		if err == nil {
			b.written = len(b.offsets)
			p.archiveSucceeded()
			p.m.lastUpload.SetToCurrentTime()
			p.m.batchRecords.Observe(float64(n))
			p.m.batchBytes.Observe(float64(len(raw)))
			p.bytesOut[b.class].Add(float64(len(w.body)))
			pt.tm.recordsOut[b.class].Add(float64(n))
			return nil
		}
		if !errors.Is(err, sinks.ErrExists) {
			return fmt.Errorf("cannot write %q: %w", key, err)
		}
		meta, err := p.arch.Stat(ctx, key)
		if err != nil {
			return fmt.Errorf("cannot stat existing %q: %w", key, err)
		}
		if err := w.skipExisting(b, key, meta); err != nil {
			return err
		}
	}
	return nil
}

// skipExisting marks the records of b that the existing object key holds
// (up to meta.LastOffset) as written.
func (w *uploader) skipExisting(b *batch, key string, meta sinks.Meta) error {
	first := b.offsets[b.written]
	if meta.LastOffset < first {
		return fmt.Errorf("existing %q claims last offset %d before its first offset %d", key, meta.LastOffset, first)
	}
	i := sort.Search(len(b.offsets), func(i int) bool { return b.offsets[i] > meta.LastOffset })
	b.pt.log.Info("object already in archive (replay), continuing after it",
		"key", key, "existing_last_offset", meta.LastOffset, "dropped", i-b.written, "remaining", len(b.offsets)-i)
	w.p.m.replayed.Add(float64(i - b.written))
	b.written = i
	return nil
}
