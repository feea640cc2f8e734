package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/redactd/redactd/sinks"
)

// memArchive is an in-memory sinks.Archive with the same contract as Dir
// and S3 (Put fails with ErrExists on an existing key), for fuzzing.
type memArchive struct {
	mu   sync.Mutex
	objs map[string]sinks.Object
}

func (m *memArchive) Put(_ context.Context, obj sinks.Object) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.objs[obj.Key]; ok {
		return fmt.Errorf("cannot upload %q: %w", obj.Key, sinks.ErrExists)
	}
	if m.objs == nil {
		m.objs = map[string]sinks.Object{}
	}
	obj.Body = bytes.Clone(obj.Body)
	m.objs[obj.Key] = obj
	return nil
}

func (m *memArchive) Stat(_ context.Context, key string) (sinks.Meta, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	o, ok := m.objs[key]
	if !ok {
		return sinks.Meta{}, fmt.Errorf("cannot stat %q: %w", key, sinks.ErrNotFound)
	}
	return o.Meta, nil
}

func (m *memArchive) List(_ context.Context, prefix string, fn func(string, int64) error) error {
	m.mu.Lock()
	var keys []string
	for k := range m.objs {
		if strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
	}
	m.mu.Unlock()
	sort.Strings(keys)
	for _, k := range keys {
		if err := fn(k, int64(len(m.objs[k].Body))); err != nil {
			return err
		}
	}
	return nil
}

func (m *memArchive) Get(_ context.Context, key string) (io.ReadCloser, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	o, ok := m.objs[key]
	if !ok {
		return nil, fmt.Errorf("cannot read %q: %w", key, sinks.ErrNotFound)
	}
	return io.NopCloser(bytes.NewReader(o.Body)), nil
}

// FuzzReplayExactlyOnce: a first run cuts the records of one partition
// into batches and uploads some of them (then "crashes" before commit);
// a replay from a committed offset cuts them differently. With the replay
// listing and the 412 continuation, every record from the committed offset
// on is archived exactly once.
func FuzzReplayExactlyOnce(f *testing.F) {
	f.Add(uint8(20), []byte{5, 5, 5, 5}, []byte{1, 0, 1, 1}, []byte{7, 7, 7}, uint8(0))
	f.Add(uint8(10), []byte{10}, []byte{1}, []byte{3, 3, 3, 1}, uint8(0))
	f.Add(uint8(10), []byte{2, 8}, []byte{0, 1}, []byte{10}, uint8(3))
	f.Add(uint8(30), []byte{4, 9, 1, 16}, []byte{1, 1, 0, 1}, []byte{2, 11, 30}, uint8(5))
	f.Fuzz(func(t *testing.T, n uint8, firstCuts, uploaded, replayCuts []byte, committed uint8) {
		if n == 0 || len(firstCuts) > 64 || len(replayCuts) > 64 {
			return
		}
		arch := &memArchive{}
		p, err := New(testConfig("127.0.0.1:1", "g", "in"), testPolicy(t), arch, WithLogger(testLogger(t)))
		if err != nil {
			t.Fatal(err)
		}
		enc, err := sinks.NewEncoder(sinks.CodecZstd, 1)
		if err != nil {
			t.Fatal(err)
		}
		defer enc.Close()
		w := &uploader{p: p, encs: map[sinks.Codec]*sinks.Encoder{sinks.CodecZstd: enc}}
		ctx := context.Background()
		hour := hourBase.Unix() / 3600
		// Offsets with gaps, as compaction or transactions leave them.
		offs := make([]int64, n)
		for i := range offs {
			offs[i] = int64(i) * 2
		}
		mk := func(pt *partition, o []int64) *batch {
			b := &batch{pt: pt, hour: hour}
			for _, off := range o {
				b.add(fmt.Appendf(nil, `{"o":%d}`, off), off)
			}
			return b
		}
		cut := func(cuts []byte, o []int64) [][]int64 {
			var out [][]int64
			for i := 0; len(o) > 0; i++ {
				k := len(o)
				if i < len(cuts) && cuts[i] > 0 {
					k = min(int(cuts[i]), len(o))
				}
				out = append(out, o[:k])
				o = o[k:]
			}
			return out
		}

		// First run: some batches uploaded, in any order, none committed.
		first := &partition{p: p, topic: "in", layout: p.layout["in"], tm: p.topicM["in"], log: p.log, uploadCtx: ctx}
		for i, seg := range cut(firstCuts, offs) {
			if i < len(uploaded) && uploaded[i]&1 == 1 {
				if err := w.put(ctx, mk(first, seg)); err != nil {
					t.Fatal(err)
				}
			}
		}

		// Replay from a committed offset at or below the first batch not
		// uploaded (anything else would be a commit ahead of uploads).
		start := int(committed) % (int(n) + 1)
		for i, seg := range cut(firstCuts, offs) {
			if !(i < len(uploaded) && uploaded[i]&1 == 1) {
				start = min(start, int(seg[0]/2))
				break
			}
		}
		pt := &partition{p: p, topic: "in", layout: p.layout["in"], tm: p.topicM["in"], log: p.log, uploadCtx: ctx, start: int64(start) * 2}
		rs, err := pt.archivedRanges(ctx, 0, hour)
		if err != nil {
			t.Fatal(err)
		}
		var todo []int64
		for _, o := range offs[start:] {
			if !inRanges(rs, o) {
				todo = append(todo, o)
			}
		}
		for _, seg := range cut(replayCuts, todo) {
			if err := w.put(ctx, mk(pt, seg)); err != nil {
				t.Fatal(err)
			}
		}

		count := map[int64]int{}
		for key, o := range arch.objs {
			if o.Meta.Records < 1 || o.Meta.LastOffset < o.Meta.FirstOffset {
				t.Fatalf("%s: bad meta %+v", key, o.Meta)
			}
			r, err := sinks.NewReader(bytes.NewReader(o.Body), sinks.CodecZstd)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := io.ReadAll(r)
			r.Close()
			if err != nil {
				t.Fatal(err)
			}
			lines := bytes.Split(bytes.TrimSuffix(raw, []byte("\n")), []byte("\n"))
			if len(lines) != o.Meta.Records {
				t.Fatalf("%s: %d lines, meta says %d", key, len(lines), o.Meta.Records)
			}
			for _, l := range lines {
				var off int64
				if _, err := fmt.Sscanf(string(l), `{"o":%d}`, &off); err != nil {
					t.Fatalf("%s: line %q", key, l)
				}
				count[off]++
			}
		}
		for _, o := range offs[start:] {
			if count[o] != 1 {
				t.Fatalf("offset %d archived %d times (n=%d start=%d)", o, count[o], n, start)
			}
		}
	})
}
