package pipeline

import (
	"context"
	"encoding/json"
	"strconv"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/redactd/redactd/redact"
)

// DeadLetter is the JSON message written to the dead-letter topic for a
// record that is not archived. It holds metadata only, never any byte of
// the record.
type DeadLetter struct {
	Topic     string    `json:"topic"`
	Partition int       `json:"partition"`
	Offset    int64     `json:"offset"`
	Reason    string    `json:"reason"`
	Detail    string    `json:"detail,omitempty"`
	Time      time.Time `json:"time"`            // when redactd dead-lettered it
	Timestamp time.Time `json:"kafka_timestamp"` // the record's Kafka timestamp
	Size      int       `json:"size"`            // the record's length in bytes
}

// deadLetterAttempts bounds the writes of one dead-letter message, so that
// a broken dead-letter topic delays its partition but never blocks it.
const deadLetterAttempts = 3

// deadLetterPause is how long after a failed dead-letter write the next
// ones are only counted, not tried.
const deadLetterPause = 30 * time.Second

// deadLetter records that m is not archived: counted by reason, logged
// with its coordinates, and written to the dead-letter topic. The offset
// advances either way.
func (pt *partition) deadLetter(live context.Context, m *kafka.Message, reason redact.Reason, detail string) {
	p := pt.p
	rs := reason.String()
	if reason >= redact.NumReasons {
		reason = redact.ReasonNone
	}
	p.quarC[reason].Inc()
	pt.log.Warn("record dead-lettered", "offset", m.Offset, "reason", rs, "detail", detail, "size", len(m.Value))
	if p.dlq == nil {
		return
	}
	body, err := json.Marshal(DeadLetter{
		Topic: pt.topic, Partition: pt.id, Offset: m.Offset,
		Reason: rs, Detail: detail, Time: time.Now().UTC(), Timestamp: m.Time.UTC(), Size: len(m.Value),
	})
	if err != nil {
		panic("BUG: cannot marshal dead letter: " + err.Error())
	}
	if until := p.dlqDownUntil.Load(); until != 0 && time.Now().UnixNano() < until {
		// The topic failed moments ago: do not hold every partition up
		// for the full retries of each record.
		p.m.deadLetterErrs.Inc()
		pt.log.Error("dead-letter topic unavailable; the record is counted and skipped",
			"offset", m.Offset, "reason", rs, "dead_letter_topic", p.cfg.DeadLetterTopic)
		return
	}
	key := pt.topic + "+" + strconv.Itoa(pt.id) + "+" + strconv.FormatInt(m.Offset, 10)
	for attempt := 1; ; attempt++ {
		wctx, cancel := context.WithTimeout(live, p.cfg.GroupTimeouts.request())
		err = p.dlq.WriteMessages(wctx, kafka.Message{Key: []byte(key), Value: body})
		cancel()
		if err == nil {
			p.m.deadLetters.Inc()
			p.dlqDownUntil.Store(0)
			return
		}
		if attempt >= deadLetterAttempts || live.Err() != nil {
			p.dlqDownUntil.Store(time.Now().Add(deadLetterPause).UnixNano())
			p.m.deadLetterErrs.Inc()
			pt.log.Error("cannot write dead letter; the record is counted and skipped",
				"offset", m.Offset, "reason", rs, "dead_letter_topic", p.cfg.DeadLetterTopic, "err", err)
			return
		}
		if !sleepCtx(live, backoff(attempt, 200*time.Millisecond, 2*time.Second)) {
			return
		}
	}
}
