package pipeline

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/redactd/redactd/pipeline/kafkatest"
)

// A committed offset the broker no longer has (retention deleted the
// records) is logged and counted, and consumption goes on from the log
// start.
func TestOffsetOutOfRangeCounted(t *testing.T) {
	addr, cluster := kafkatest.Start(t, map[string]int{"in": 1})
	arch := newDir(t)
	pol := testPolicy(t)
	cfg := testConfig(addr, "g", "in")
	kafkatest.Produce(t, addr, "in", sameHour(0, 5))
	r := start(t, cfg, pol, arch)
	waitFor(t, 20*time.Second, "first commit", committedAll(t, addr, "g", "in", map[int]int64{0: 5}))
	r.Stop(t)

	kafkatest.Produce(t, addr, "in", sameHour(5, 5))
	if err := cluster.DeleteRecords("in", 0, 8); err != nil {
		t.Fatal(err)
	}
	r2 := start(t, cfg, pol, arch)
	waitFor(t, 20*time.Second, "commit after the gap", committedAll(t, addr, "g", "in", map[int]int64{0: 10}))
	r2.Stop(t)
	if got := counterValue(t, r2.p.m.outOfRange); got < 1 {
		t.Errorf("redactd_offset_out_of_range_total = %v, want >= 1", got)
	}
	seen := checkArchive(t, readArchive(t, arch))
	for _, id := range []string{"r000000", "r000004", "r000008", "r000009"} {
		if seen[id] != 1 {
			t.Errorf("record %s archived %d times, want 1", id, seen[id])
		}
	}
	for _, id := range []string{"r000005", "r000006", "r000007"} {
		if seen[id] != 0 {
			t.Errorf("deleted record %s archived", id)
		}
	}
}

// Failed commits are counted and retried; they never stop the partition.
func TestCommitErrorsRetried(t *testing.T) {
	addr, cluster := kafkatest.Start(t, map[string]int{"in": 1})
	var failed atomic.Int32
	cluster.ControlKey(int16(kmsg.OffsetCommit), func(req kmsg.Request) (kmsg.Response, error, bool) {
		if failed.Load() >= 3 {
			return nil, nil, false
		}
		cluster.KeepControl()
		failed.Add(1)
		creq := req.(*kmsg.OffsetCommitRequest)
		resp := creq.ResponseKind().(*kmsg.OffsetCommitResponse)
		for _, rt := range creq.Topics {
			st := kmsg.NewOffsetCommitResponseTopic()
			st.Topic = rt.Topic
			for _, rp := range rt.Partitions {
				sp := kmsg.NewOffsetCommitResponseTopicPartition()
				sp.Partition = rp.Partition
				sp.ErrorCode = kerr.CoordinatorLoadInProgress.Code
				st.Partitions = append(st.Partitions, sp)
			}
			resp.Topics = append(resp.Topics, st)
		}
		return resp, nil, true
	})
	arch := newDir(t)
	kafkatest.Produce(t, addr, "in", sameHour(0, 50))
	r := start(t, testConfig(addr, "g", "in"), testPolicy(t), arch)
	waitFor(t, 20*time.Second, "commit after failures", committedAll(t, addr, "g", "in", map[int]int64{0: 50}))
	r.Stop(t)
	if got := counterValue(t, r.p.m.commitErrors); got != 3 {
		t.Errorf("redactd_commit_errors_total = %v, want 3", got)
	}
	checkExactlyOnce(t, checkArchive(t, readArchive(t, arch)), 50)
}

func counterValue(t testing.TB, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

// An offset gap is checked against the log start: records deleted before
// they were read are counted as out of range, compaction gaps are not.
func TestOffsetGapChecked(t *testing.T) {
	addr, cluster := kafkatest.Start(t, map[string]int{"in": 1})
	kafkatest.Produce(t, addr, "in", sameHour(0, 10))
	if err := cluster.DeleteRecords("in", 0, 8); err != nil {
		t.Fatal(err)
	}
	p, err := New(testConfig(addr, "g", "in"), testPolicy(t), newDir(t), WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	pt := p.newPartition(&kafka.Generation{}, "in", 0, 0)
	pt.checkGap(8) // a gap that ends at the log start: nothing deleted unread
	if got := counterValue(t, p.m.outOfRange); got != 0 {
		t.Fatalf("out of range %v after a gap at the log start", got)
	}
	pt.checkGap(5)
	if got := counterValue(t, p.m.outOfRange); got != 1 {
		t.Fatalf("out of range %v after records 5..7 were deleted unread, want 1", got)
	}
	// A skip kafka-go already reported is not checked again.
	pt.oorCounted.Store(true)
	pt.gap(5)
	if !pt.lastGapCheck.IsZero() || pt.oorCounted.Load() {
		t.Fatalf("gap already counted was checked again")
	}
	pt.gap(5)
	first := pt.lastGapCheck
	pt.gap(5) // rate-limited
	if first.IsZero() || !pt.lastGapCheck.Equal(first) {
		t.Fatalf("gap checks not rate-limited")
	}
	waitFor(t, 10*time.Second, "background gap check", func() bool { return counterValue(t, p.m.outOfRange) == 2 })
}
