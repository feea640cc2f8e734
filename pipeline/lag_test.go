package pipeline

import (
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/redactd/redactd/pipeline/kafkatest"
)

func lagValue(t testing.TB, r *running, topic, partition string) float64 {
	t.Helper()
	var m dto.Metric
	if err := r.p.m.lag.WithLabelValues(topic, partition).Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetGauge().GetValue()
}

// The lag gauge counts records not yet archived and committed, and it
// keeps counting while an archive outage has stopped reads: it is
// refreshed from the broker, not only when a record is read.
func TestConsumerLagGrowsWhileReadsStall(t *testing.T) {
	// Restored in a cleanup registered before start's, so after the
	// pipeline has stopped (cleanups run last-in first-out).
	old := lagPollInterval
	t.Cleanup(func() { lagPollInterval = old })
	lagPollInterval = 100 * time.Millisecond
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1})
	cfg := testConfig(addr, "g", "in")
	cfg.ShutdownTimeout = time.Second
	r := start(t, cfg, testPolicy(t), slowArchive{Archive: newDir(t), delay: time.Hour})

	kafkatest.Produce(t, addr, "in", sameHour(0, 1000))
	// Wait until reads stop: the workers hang in Put, the upload queue is
	// full and the partition loop waits on it.
	var last int64 = -1
	waitFor(t, 20*time.Second, "reads stall", func() bool {
		n := r.p.Snapshot().RecordsIn
		stalled := n > 0 && n == last
		last = n
		if !stalled {
			time.Sleep(400 * time.Millisecond)
		}
		return stalled
	})
	kafkatest.Produce(t, addr, "in", sameHour(1000, 3000))
	waitFor(t, 20*time.Second, "lag reaches 4000", func() bool { return lagValue(t, r, "in", "0") >= 4000 })
	if n := r.p.Snapshot().RecordsIn; n >= 4000 {
		t.Fatalf("read %d records: reads did not stall, so the gauge was not tested while they were", n)
	}
	t.Logf("read %d of 4000 records; lag %v", last, lagValue(t, r, "in", "0"))
}

// Once everything is archived and committed, the lag is 0.
func TestConsumerLagZeroWhenCaughtUp(t *testing.T) {
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1})
	cfg := testConfig(addr, "g", "in")
	r := start(t, cfg, testPolicy(t), newDir(t))
	kafkatest.Produce(t, addr, "in", sameHour(0, 500))
	waitFor(t, 20*time.Second, "all committed", committedAll(t, addr, "g", "in", map[int]int64{0: 500}))
	waitFor(t, 5*time.Second, "lag 0", func() bool { return lagValue(t, r, "in", "0") == 0 })
	kafkatest.Produce(t, addr, "in", sameHour(500, 100))
	waitFor(t, 20*time.Second, "all committed", committedAll(t, addr, "g", "in", map[int]int64{0: 600}))
	waitFor(t, 5*time.Second, "lag 0 again", func() bool { return lagValue(t, r, "in", "0") == 0 })
}
