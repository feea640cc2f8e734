package pipeline

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
)

// hotPartition returns a partition of a pipeline that is not running, for
// driving handle directly: no batch is ever sealed (limits are huge) and
// nothing is below the replay watermark.
func hotPartition(t testing.TB) *partition {
	cfg := testConfig("127.0.0.1:1", "g", "in")
	cfg.Batch.MaxBytes = 1 << 30
	cfg.Batch.MaxRecords = 1 << 30
	p, err := New(cfg, testPolicy(t), newDir(t), WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	pt := p.newPartition(&kafka.Generation{}, "in", 0, 0)
	pt.replayBelow = 0
	return pt
}

func hotMessage(i int) kafka.Message {
	v := fmt.Sprintf(`{"id":"r%06d","kind":"access","ts":"2026-11-23T20:15:00Z","user":"someone%d@example.com","ip":"192.0.2.%d","path":"/index.html?x=1","status":200,"bytes":5123}`, i, i, i%250)
	return kafka.Message{Topic: "in", Value: []byte(v), Time: time.Date(2026, 11, 23, 20, 15, 0, 0, time.UTC), HighWaterMark: 1 << 40}
}

// resetOpen empties the open batches, keeping their memory, as a sealed and
// recycled batch would be.
func resetOpen(pt *partition) {
	for _, b := range pt.open {
		b.buf, b.ends, b.offsets = b.buf[:0], b.ends[:0], b.offsets[:0]
	}
}

func TestHandleNoAllocs(t *testing.T) {
	pt := hotPartition(t)
	ctx := context.Background()
	m := hotMessage(7)
	for i := range 10 { // warm up: batch, scratch and metric children
		m.Offset = int64(i)
		pt.handle(ctx, &m)
	}
	if len(pt.open) != 1 || len(pt.open[0].offsets) != 10 {
		t.Fatalf("open batches %d, want one of 10 records", len(pt.open))
	}
	if pt.p.Snapshot().Redactions["email"] != 10 {
		t.Fatalf("redactions %v, want 10 e-mails", pt.p.Snapshot().Redactions)
	}
	off := int64(10)
	allocs := testing.AllocsPerRun(1000, func() {
		resetOpen(pt)
		m.Offset = off
		off++
		pt.handle(ctx, &m)
	})
	if allocs != 0 {
		t.Fatalf("handle allocates %.1f times per record, want 0", allocs)
	}
}

func BenchmarkHandle(b *testing.B) {
	pt := hotPartition(b)
	ctx := context.Background()
	msgs := make([]kafka.Message, 64)
	for i := range msgs {
		msgs[i] = hotMessage(i)
	}
	var n int64
	for i := range msgs {
		n += int64(len(msgs[i].Value))
	}
	b.SetBytes(n / int64(len(msgs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i%4096 == 0 {
			resetOpen(pt)
		}
		m := &msgs[i%len(msgs)]
		m.Offset = int64(i)
		pt.handle(ctx, m)
	}
}
