package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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

// checkDeadLetter makes sure the dead-letter topic exists before any
// record is read, creating it when dead_letter_create says so: a missing
// topic used to show only as ERROR lines at the first quarantined record.
// Brokers that cannot be reached are retried until ctx ends; a missing
// topic or one redactd may not see is an error naming it. It checks
// metadata, not the Write ACL: a principal that may describe but not write
// the topic shows at the first dead letter (redactd_dead_letter_errors_total).
func (p *Pipeline) checkDeadLetter(ctx context.Context) error {
	if p.dlq == nil {
		return nil
	}
	topic := p.cfg.DeadLetterTopic
	c := &kafka.Client{Addr: kafka.TCP(p.cfg.Brokers...), Transport: p.kt, Timeout: p.cfg.GroupTimeouts.request()}
	created := false
	for attempt := 1; ; attempt++ {
		rctx, cancel := context.WithTimeout(ctx, p.cfg.GroupTimeouts.request())
		md, err := c.Metadata(rctx, &kafka.MetadataRequest{Topics: []string{topic}})
		cancel()
		if err == nil {
			err = topicError(md, topic)
			switch {
			case err == nil:
				return nil
			case errors.Is(err, kafka.UnknownTopicOrPartition) && created:
				// Created; the metadata has not caught up yet.
			case errors.Is(err, kafka.UnknownTopicOrPartition) && p.cfg.DeadLetterCreate:
				if err = p.createDeadLetter(ctx, c); err == nil {
					created = true
					p.log.Info("dead-letter topic created", "dead_letter_topic", topic)
					continue // check it like any other
				}
				if errors.Is(err, kafka.TopicAuthorizationFailed) || errors.Is(err, kafka.ClusterAuthorizationFailed) ||
					errors.Is(err, kafka.PolicyViolation) || errors.Is(err, kafka.InvalidReplicationFactor) {
					return err
				}
			case errors.Is(err, kafka.UnknownTopicOrPartition):
				return fmt.Errorf("dead_letter_topic %q does not exist on brokers %v: create it (kafka-topics.sh --create --topic %s) or set dead_letter_create: true", topic, p.cfg.Brokers, topic)
			case errors.Is(err, kafka.TopicAuthorizationFailed):
				return fmt.Errorf("dead_letter_topic %q: not authorized to describe it (grant redactd's principal Describe and Write on the topic): %w", topic, err)
			}
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		p.log.Warn("dead-letter topic: cannot check it yet, retrying", "dead_letter_topic", topic, "attempt", attempt, "err", err)
		if !sleepCtx(ctx, backoff(attempt, 200*time.Millisecond, 10*time.Second)) {
			return ctx.Err()
		}
	}
}

// topicError returns the error metadata gives for topic, or one for a
// partition without a leader (retried: an election is under way).
func topicError(md *kafka.MetadataResponse, topic string) error {
	for _, t := range md.Topics {
		if t.Name != topic {
			continue
		}
		if t.Error != nil {
			return t.Error
		}
		if len(t.Partitions) == 0 {
			return kafka.UnknownTopicOrPartition
		}
		for _, pt := range t.Partitions {
			if pt.Error != nil {
				return fmt.Errorf("partition %d: %w", pt.ID, pt.Error)
			}
		}
		return nil
	}
	return kafka.UnknownTopicOrPartition
}

func (p *Pipeline) createDeadLetter(ctx context.Context, c *kafka.Client) error {
	topic := p.cfg.DeadLetterTopic
	rctx, cancel := context.WithTimeout(ctx, p.cfg.GroupTimeouts.request())
	defer cancel()
	resp, err := c.CreateTopics(rctx, &kafka.CreateTopicsRequest{Topics: []kafka.TopicConfig{{
		Topic: topic, NumPartitions: 1, ReplicationFactor: -1,
	}}})
	if err == nil {
		err = resp.Errors[topic]
	}
	if err != nil && !errors.Is(err, kafka.TopicAlreadyExists) {
		return fmt.Errorf("cannot create dead_letter_topic %q: %w", topic, err)
	}
	return nil
}
