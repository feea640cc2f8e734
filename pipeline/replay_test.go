package pipeline

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/redactd/redactd/pipeline/kafkatest"
	"github.com/redactd/redactd/sinks"
)

// sameHour builds n records of one class and one record hour on partition
// 0, ids from first.
func sameHour(first, n int) []kafkatest.Record {
	recs := make([]kafkatest.Record, n)
	for i := range recs {
		id := first + i
		ts := hourBase.Add(time.Duration(id) * time.Second)
		v := fmt.Sprintf(`{"id":"r%06d","kind":"app","ts":%q,"user":"u%d@example.com","ip":"10.1.2.%d","msg":"line\nbreak"}`,
			id, ts.Format(time.RFC3339), id, id%250+1)
		recs[i] = kafkatest.Record{Value: []byte(v), Time: ts}
	}
	return recs
}

// A first run cut a batch short (idle timeout) and did not commit; the
// replay sees more records and would build a longer batch from the same
// first offset. The records of the existing object must not be written
// again, and the rest must be.
func TestReplayAfterShorterBatch(t *testing.T) {
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1})
	arch := newDir(t)
	pol := testPolicy(t)
	kafkatest.Produce(t, addr, "in", sameHour(0, 5))
	r := start(t, testConfig(addr, "first", "in"), pol, arch)
	waitFor(t, 20*time.Second, "first run committed", committedAll(t, addr, "first", "in", map[int]int64{0: 5}))
	r.Stop(t)
	if objs := readArchive(t, arch); len(objs) != 1 || objs[0].meta.LastOffset != 4 {
		t.Fatalf("first run wrote %d objects, want one of offsets 0..4", len(objs))
	}

	// A new group replays from offset 0, as after a crash before commit.
	kafkatest.Produce(t, addr, "in", sameHour(5, 5))
	r2 := start(t, testConfig(addr, "second", "in"), pol, arch)
	waitFor(t, 20*time.Second, "replay committed", committedAll(t, addr, "second", "in", map[int]int64{0: 10}))
	snap := r2.p.Snapshot()
	r2.Stop(t)
	objs := readArchive(t, arch)
	checkExactlyOnce(t, checkArchive(t, objs), 10)
	if len(objs) != 2 || objs[1].key.FirstOffset != 5 || snap.Replayed != 5 {
		t.Errorf("%d objects (second at %d), %d replayed; want the second from offset 5 and 5 replayed", len(objs), objs[len(objs)-1].key.FirstOffset, snap.Replayed)
	}
}

// A first run built one long batch; the replay cuts shorter batches
// (max_records), whose later first offsets have no object of their own:
// the records must still not be written twice.
func TestReplayAfterLongerBatch(t *testing.T) {
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1})
	arch := newDir(t)
	pol := testPolicy(t)
	kafkatest.Produce(t, addr, "in", sameHour(0, 10))
	r := start(t, testConfig(addr, "first", "in"), pol, arch)
	waitFor(t, 20*time.Second, "first run committed", committedAll(t, addr, "first", "in", map[int]int64{0: 10}))
	r.Stop(t)
	if objs := readArchive(t, arch); len(objs) != 1 || objs[0].meta.Records != 10 {
		t.Fatalf("first run wrote %d objects, want one of 10 records", len(objs))
	}

	kafkatest.Produce(t, addr, "in", sameHour(10, 4))
	cfg := testConfig(addr, "second", "in")
	cfg.Batch.MaxRecords = 3
	r2 := start(t, cfg, pol, arch)
	waitFor(t, 20*time.Second, "replay committed", committedAll(t, addr, "second", "in", map[int]int64{0: 14}))
	snap := r2.p.Snapshot()
	r2.Stop(t)
	objs := readArchive(t, arch)
	checkExactlyOnce(t, checkArchive(t, objs), 14)
	if snap.Replayed != 10 {
		t.Errorf("%d replayed, want 10", snap.Replayed)
	}
}

// The 412 path itself: a batch whose key exists continues after the
// existing object's last offset, object after object.
func TestUploadExistsContinues(t *testing.T) {
	f := func(name string, existing [][2]int64, batchOffsets []int64, wantKeys []int64) {
		t.Run(name, func(t *testing.T) {
			arch := newDir(t)
			p, err := New(testConfig("127.0.0.1:1", "g", "in"), testPolicy(t), arch, WithLogger(testLogger(t)))
			if err != nil {
				t.Fatal(err)
			}
			enc, err := sinks.NewEncoder(sinks.CodecZstd, 3)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			pt := &partition{p: p, topic: "in", layout: p.layout["in"], id: 0, tm: p.topicM["in"], log: p.log, uploadCtx: ctx}
			hour := hourBase.Unix() / 3600
			mk := func(offs []int64) *batch {
				b := &batch{pt: pt, class: 0, hour: hour}
				for _, o := range offs {
					b.add(fmt.Appendf(nil, `{"id":"r%06d","kind":"app","ts":%q,"ip":"10.0.0.0","msg":"line\nbreak"}`,
						o, hourBase.Format(time.RFC3339)), o)
				}
				return b
			}
			w := &uploader{p: p, encs: map[sinks.Codec]*sinks.Encoder{sinks.CodecZstd: enc}}
			for _, e := range existing {
				var offs []int64
				for o := e[0]; o <= e[1]; o++ {
					offs = append(offs, o)
				}
				if err := w.put(ctx, mk(offs)); err != nil {
					t.Fatal(err)
				}
			}
			b := mk(batchOffsets)
			if err := w.put(ctx, b); err != nil {
				t.Fatalf("put: %v", err)
			}
			if b.written != len(batchOffsets) {
				t.Errorf("written %d of %d", b.written, len(batchOffsets))
			}
			objs := readArchive(t, arch)
			var keys []int64
			for _, o := range objs {
				keys = append(keys, o.key.FirstOffset)
			}
			if fmt.Sprint(keys) != fmt.Sprint(wantKeys) {
				t.Errorf("objects at %v, want %v", keys, wantKeys)
			}
			seen := checkArchive(t, objs)
			for _, o := range batchOffsets {
				if c := seen[fmt.Sprintf("r%06d", o)]; c != 1 {
					t.Errorf("record %d archived %d times", o, c)
				}
			}
		})
	}
	f("shorter existing", [][2]int64{{0, 4}}, []int64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, []int64{0, 5})
	f("longer existing", [][2]int64{{0, 9}}, []int64{0, 1, 2}, []int64{0})
	f("two existing", [][2]int64{{0, 1}, {2, 3}}, []int64{0, 1, 2, 3, 4, 5}, []int64{0, 2, 4})
	f("gaps in offsets", [][2]int64{{10, 20}}, []int64{10, 15, 21, 30}, []int64{10, 21})
	f("all exist exactly", [][2]int64{{3, 5}}, []int64{3, 4, 5}, []int64{3})
}
