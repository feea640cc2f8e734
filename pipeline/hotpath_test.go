package pipeline

import (
	"bytes"
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
	ts := time.Now().UTC().Add(-time.Hour).Truncate(time.Minute)
	v := fmt.Sprintf(`{"id":"r%06d","kind":"access","ts":"%s","user":"someone%d@example.com","ip":"192.0.2.%d","path":"/index.html?x=1","status":200,"bytes":5123}`, i, ts.Format(time.RFC3339), i, i%250)
	return kafka.Message{Topic: "in", Value: []byte(v), Time: ts, HighWaterMark: 1 << 40}
}

// resetOpen empties the open batches, keeping their memory, as a sealed and
// recycled batch would be.
func resetOpen(pt *partition) {
	for _, b := range pt.open {
		b.chunks, b.size, b.ends, b.offsets = b.chunks[:min(len(b.chunks), 1)], 0, b.ends[:0], b.offsets[:0]
		if len(b.chunks) == 1 {
			b.chunks[0] = b.chunks[0][:0]
		}
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

// TestNewlineMadeSpaceBeforeScan: a record is archived as one line, so its
// raw newlines become spaces; that must happen before the scan, or PII split
// by a newline (invisible to the detectors) becomes whole in the archive.
func TestNewlineMadeSpaceBeforeScan(t *testing.T) {
	pt := hotPartition(t)
	ctx := context.Background()
	for i, v := range []string{
		"card 4111 1111\n1111 1111 end",
		"call +44 20\n7946 0958 end",
		"{\"note\":\"x\",\n \"mail\": \"alice@example.com\"}",
	} {
		m := kafka.Message{Topic: "in", Offset: int64(i), Value: []byte(v), Time: time.Now(), HighWaterMark: 1 << 40}
		pt.handle(ctx, &m)
	}
	if len(pt.open) != 1 {
		t.Fatalf("open batches %d, want 1", len(pt.open))
	}
	b := pt.open[0]
	buf := batchBytes(b)
	if len(b.offsets) != 3 {
		t.Fatalf("batch holds %d records, want 3", len(b.offsets))
	}
	for _, leak := range []string{"4111 1111 1111 1111", "+44 20 7946 0958", "alice@example.com"} {
		if bytes.Contains(buf, []byte(leak)) {
			t.Errorf("archived batch holds %q", leak)
		}
	}
	if n := bytes.Count(buf, []byte("\n")); n != 3 {
		t.Errorf("batch has %d newlines, want one per record (3)", n)
	}
}

// TestUntrustedRecordTime: a zero or far-future record time must not pick
// the partition (dt=1970-01-01 would be expired by the janitor at once).
func TestUntrustedRecordTime(t *testing.T) {
	pt := hotPartition(t)
	now := time.Now().Unix() / 3600
	for _, ts := range []string{"1970-01-01T00:00:00Z", "2999-01-01T00:00:00Z"} {
		m := kafka.Message{Topic: "in", Value: []byte(`{"ts":"` + ts + `"}`), Time: time.Unix(0, 0)}
		if h := pt.recordHour(&m); h < now-1 || h > now+1 {
			t.Errorf("record time %s gave hour %d, want about now (%d)", ts, h, now)
		}
	}
	ok := time.Now().Add(-48 * time.Hour).UTC()
	m := kafka.Message{Topic: "in", Value: []byte(`{"ts":"` + ok.Format(time.RFC3339) + `"}`), Time: time.Now()}
	if h := pt.recordHour(&m); h != ok.Unix()/3600 {
		t.Errorf("record time two days old gave hour %d, want %d", h, ok.Unix()/3600)
	}
}
