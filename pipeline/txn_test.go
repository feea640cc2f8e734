package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/redactd/redactd/pipeline/kafkatest"
)

// Records of a transactional producer (Kafka Streams, Flink and NiFi with
// exactly-once) arrive with a commit marker after each transaction, which
// kafka-go hands out as a record. The markers are skipped and counted, not
// archived as lines of NUL bytes; the records and the offsets go on.
func TestTransactionMarkersNotArchived(t *testing.T) {
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1})
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr), kgo.TransactionalID("tx"), kgo.DefaultProduceTopic("in"))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx := context.Background()
	const txns, per = 4, 5
	for i := range txns {
		if err := cl.BeginTransaction(); err != nil {
			t.Fatal(err)
		}
		for j := range per {
			rec := sameHour(i*per+j, 1)[0]
			if err := cl.ProduceSync(ctx, &kgo.Record{Value: rec.Value}).FirstErr(); err != nil {
				t.Fatal(err)
			}
		}
		if err := cl.EndTransaction(ctx, kgo.TryCommit); err != nil {
			t.Fatal(err)
		}
	}
	n := txns * per
	kafkatest.Produce(t, addr, "in", sameHour(n, 1)) // and one plain record after them
	end := int64(txns*(per+1) + 1)                   // every record and marker has an offset

	dir := newDir(t)
	r := start(t, testConfig(addr, "g", "in"), testPolicy(t), dir)
	waitFor(t, 20*time.Second, "all offsets committed", committedAll(t, addr, "g", "in", map[int]int64{0: end}))
	s := r.p.Snapshot()
	r.Stop(t)

	objs := readArchive(t, dir)
	checkExactlyOnce(t, checkArchive(t, objs), n+1)
	for _, o := range objs {
		for _, l := range o.lines {
			if bytes.IndexByte([]byte(l), 0) >= 0 {
				t.Errorf("%s: a line with NUL bytes was archived: %q", o.key, l)
			}
		}
	}
	if s.RecordsIn != int64(n+1) {
		t.Errorf("RecordsIn = %d, want %d: markers are not records", s.RecordsIn, n+1)
	}
	if s.TxnMarkers != txns {
		t.Errorf("TxnMarkers = %d, want %d", s.TxnMarkers, txns)
	}
	if got := counterValue(t, r.p.m.txnMarkers); got != txns {
		t.Errorf("redactd_transaction_markers_total = %v, want %d", got, txns)
	}
	if q := fmt.Sprint(s.Quarantined); q != "map[]" {
		t.Errorf("quarantined %s, want none", q)
	}
}
