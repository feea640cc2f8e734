package pipeline

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"

	"github.com/redactd/redactd/redact"
)

// partition consumes one assigned partition for one generation: it reads,
// redacts, classifies and batches records, hands sealed batches to the
// upload workers and commits the watermark. Everything but the fetch
// goroutine runs on one goroutine, so none of it is locked.
type partition struct {
	p      *Pipeline
	gen    *kafka.Generation
	topic  string
	id     int
	start  int64 // assigned offset: absolute, or kafka.FirstOffset
	tm     *topicMetrics
	lag    prometheus.Gauge
	lagAt  prometheus.Gauge // when lag was last set
	red    *redact.Redactor
	format redact.Format // the topic's record encoding (rules.Policy.FormatFor)
	layout layout        // how its batches are written (layout.go)
	in     []byte        // record with raw newlines made spaces, before redaction
	out    []byte        // redacted record scratch
	log    *slog.Logger
	policy policyView

	open     []*batch // at most one per (class, hour)
	unsent   []*batch // sealed, not yet taken by a worker
	inflight []*batch // taken by a worker, result not back yet
	sealing  *batch   // being handed to a worker by seal, in none of the above
	done     chan *batch
	// oldest is when the oldest record not yet in the archive was read
	// (Unix nanoseconds, 0: none), for redactd_oldest_unarchived_seconds;
	// atomic because the metric is read at scrape time.
	oldest atomic.Int64

	next int64 // next offset to read; -1 until known
	// replayBelow is the high watermark at the first fetch: records below
	// it may already be archived by a previous owner (see replay.go).
	replayBelow int64
	// oorCounted says an out-of-range skip was already counted, so the gap
	// it leaves is not checked again; set by the reader's error logger.
	oorCounted   atomic.Bool
	lastGapCheck time.Time
	archived     map[classHour][]offRange
	committed    int64 // last committed offset; -1 none by us
	// held is the first offset of the records given up in this generation
	// (an abandoned batch, a record not batched while stopping), when
	// holding: the watermark never passes it, however far reading goes on.
	held    int64
	holding bool

	// The lag gauge is the high watermark minus the committed offset: the
	// records not yet durable in the archive. lagHWM is the highest high
	// watermark seen by fetches or by pollLag, lagBase mirrors committed;
	// both are atomic because pollLag also updates the gauge, and it must
	// while the partition loop waits on a full upload queue (when reads
	// stop, a gauge updated only on read would freeze at the lag of the
	// last record read).
	lagHWM   atomic.Int64
	lagBase  atomic.Int64
	lagMu    sync.Mutex // makes setLag's read and Set one step
	pollDone chan struct{}

	// uploadCtx bounds this partition's uploads; cancelling it abandons
	// whatever is still in flight.
	uploadCtx    context.Context
	cancelUpload context.CancelFunc
}

// policyView holds what the per-record path needs from the policy.
type policyView struct {
	classify   func(topic string, rec []byte) int
	recordTime func(rec []byte) (time.Time, bool)
	nclasses   int
	defClass   int
	// maxAge bounds how old a record time may be (the longest class
	// retention plus a day); older or future times are not trusted.
	maxAge time.Duration
}

func (p *Pipeline) newPartition(gen *kafka.Generation, topic string, id int, start int64) *partition {
	pt := &partition{
		p: p, gen: gen, topic: topic, id: id, start: start,
		tm:          p.topicM[topic],
		layout:      p.layout[topic],
		red:         p.eng.NewRedactor(),
		log:         p.log.With("topic", topic, "partition", id, "generation", gen.ID),
		done:        make(chan *batch, p.cfg.Workers+1),
		next:        -1,
		replayBelow: -1,
		committed:   -1,
		policy: policyView{
			classify: p.pol.Classify, recordTime: p.pol.RecordTime,
			nclasses: len(p.pol.Classes), defClass: p.pol.DefaultClass,
			maxAge: maxRetention(p.pol.Classes),
		},
	}
	pt.lag, pt.lagAt = p.m.lagFor(topic, id)
	// The topic's declared format; a Redactor per partition keeps what
	// the stream taught it (a W3C #Fields: header) for this partition only.
	rf := p.pol.FormatFor(topic)
	if err := rf.Apply(pt.red); err != nil {
		panic("BUG: the policy's format for topic " + topic + " does not apply: " + err.Error())
	}
	pt.format = rf.Format
	pt.lagBase.Store(-1)
	if start >= 0 {
		pt.next, pt.committed = start, start
		pt.lagBase.Store(start)
	}
	return pt
}

// run consumes until the generation ends (gctx) or the pipeline stops
// (stop), then drains: open batches are sealed and uploaded and the
// watermark committed if that finishes in time, else they are abandoned
// uncommitted and the partition's next owner replays them.
func (pt *partition) run(gctx, stop context.Context) {
	live, cancelLive := context.WithCancel(stop)
	defer cancelLive()
	go func() {
		select {
		case <-gctx.Done():
			cancelLive()
		case <-live.Done():
		}
	}()
	pt.uploadCtx, pt.cancelUpload = context.WithCancel(context.Background())
	defer pt.cancelUpload()
	pt.p.addPartition(pt)
	defer pt.p.removePartition(pt)

	pt.checkStart(live)
	pt.pollDone = make(chan struct{})
	go pt.pollLag(live)
	fq, stopFetch := pt.fetch(live)
	msgs := make([]kafka.Message, 0, fetchQueueLen) // the slice fq fills next
	defer stopFetch()
	pt.log.Debug("partition assigned", "offset", pt.start)

	tickEvery := min(pt.p.cfg.Batch.IdleTimeout, pt.p.cfg.Batch.MaxAge) / 4
	tickEvery = min(max(tickEvery, 5*time.Millisecond), time.Second)
	tick := time.NewTicker(tickEvery)
	defer tick.Stop()
	for live.Err() == nil {
		select {
		case <-fq.ready:
			msgs = fq.take(msgs)
			for i := range msgs {
				if live.Err() != nil {
					break // the rest is not handled, so not committed
				}
				pt.handle(live, &msgs[i])
			}
		case b := <-pt.done:
			pt.finished(b)
			pt.commit()
		case now := <-tick.C:
			pt.sealExpired(live, now)
			pt.commit()
			pt.setLag()
			pt.updateOldest()
		case <-live.Done():
		}
	}
	cancelLive()
	<-pt.pollDone
	pt.drain(stop.Err() != nil)
}
