package pipeline

import (
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/segmentio/kafka-go"

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

// lagSeries returns the partitions p exports a lag for, with the lag and
// how long ago it was refreshed.
func lagSeries(t testing.TB, p *Pipeline) map[string][2]float64 {
	t.Helper()
	mfs, err := p.gatherer.Gather()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][2]float64{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			var part string
			for _, l := range m.GetLabel() {
				if l.GetName() == "partition" {
					part = l.GetValue()
				}
			}
			v := out[part]
			switch mf.GetName() {
			case "redactd_consumer_lag":
				v[0] = m.GetGauge().GetValue()
			case "redactd_consumer_lag_timestamp_seconds":
				v[1] = float64(time.Now().UnixNano())/1e9 - m.GetGauge().GetValue()
			default:
				continue
			}
			out[part] = v
		}
	}
	return out
}

// A partition's lag stays exported while it is drained (a rebalance, a
// stop, a broker fault), with its last value and the time it was last
// refreshed; it goes only when a generation gives the partition to
// another replica, so two replicas do not both report it for long.
func TestLagKeptUntilAnotherReplicaOwnsIt(t *testing.T) {
	const parts = 2
	addr, _ := kafkatest.Start(t, map[string]int{"in": parts})
	cfg := testConfig(addr, "g", "in")
	kafkatest.Produce(t, addr, "in", corpus(200, parts, hourBase))
	a := start(t, cfg, testPolicy(t), newDir(t))
	waitFor(t, 20*time.Second, "a reports both partitions", func() bool { return len(lagSeries(t, a.p)) == parts })

	b := start(t, cfg, testPolicy(t), newDir(t))
	waitFor(t, 30*time.Second, "the partitions split between a and b", func() bool {
		la, lb := lagSeries(t, a.p), lagSeries(t, b.p)
		return len(la) == 1 && len(lb) == 1 && a.p.joined.Load() && b.p.joined.Load()
	})
	la, lb := lagSeries(t, a.p), lagSeries(t, b.p)
	for k := range la {
		if _, both := lb[k]; both {
			t.Errorf("partition %s reported by both replicas after the rebalance", k)
		}
	}

	// A stop drains every partition; nothing takes them over within this
	// process, so the last values stay, with their age.
	a.Stop(t)
	if got := lagSeries(t, a.p); len(got) != 1 {
		t.Errorf("after a stop a reports %v; want its partition's last lag kept", got)
	} else {
		for part, v := range got {
			if v[1] < 0 || v[1] > 60 {
				t.Errorf("partition %s: lag refreshed %vs ago", part, v[1])
			}
		}
	}
}

func TestKeepLagRemovesOnlyLostPartitions(t *testing.T) {
	p, err := New(testConfig("127.0.0.1:1", "g", "in"), testPolicy(t), newDir(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []int{0, 1, 2} {
		l, at := p.m.lagFor("in", id)
		l.Set(float64(10 * id))
		at.SetToCurrentTime()
	}
	p.keepLag(map[string][]kafka.PartitionAssignment{"in": {{ID: 0}, {ID: 1}, {ID: 2}}})
	p.keepLag(map[string][]kafka.PartitionAssignment{"in": {{ID: 1}}})
	got := lagSeries(t, p)
	if len(got) != 1 || got["1"][0] != 10 {
		t.Errorf("after losing partitions 0 and 2: %v, want only 1 with its value", got)
	}
}
