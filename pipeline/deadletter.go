package pipeline

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net"
	"strconv"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol"
	"github.com/segmentio/kafka-go/protocol/apiversions"
	"github.com/segmentio/kafka-go/protocol/metadata"
	"github.com/segmentio/kafka-go/protocol/saslauthenticate"
	"github.com/segmentio/kafka-go/protocol/saslhandshake"
	"github.com/segmentio/kafka-go/sasl"

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
// topic or one redactd may not see is an error naming it. Once the topic
// exists, checkDeadLetterWrite asks whether redactd may write it.
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
				return p.checkDeadLetterWrite(ctx)
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

// Topic operations as Kafka numbers them (AclOperation): bit n of an
// authorized-operations field is set when operation n is allowed.
const (
	aclOpWrite = 4
	// opsUnknown is what brokers put in the field when they were not
	// asked, or cannot say (Integer.MIN_VALUE).
	opsUnknown = math.MinInt32
)

// writeVerdict is what a broker's answer says about writing a topic.
type writeVerdict int

const (
	writeUnknown writeVerdict = iota // the broker did not say
	writeAllowed
	writeDenied
)

// deadLetterWriteVerdict reads the topic's authorized operations from a
// Metadata response of the given version. Versions before 8 carry none,
// and a broker that was not asked (or has no answer) sends opsUnknown.
func deadLetterWriteVerdict(version int16, ops int32) writeVerdict {
	switch {
	case version < 8 || ops == opsUnknown:
		return writeUnknown
	case ops&(1<<aclOpWrite) != 0:
		return writeAllowed
	}
	return writeDenied
}

// checkDeadLetterWrite asks a broker whether redactd's principal may write
// the dead-letter topic, without writing to it: Metadata v8+ with
// IncludeTopicAuthorizedOperations (KIP-430). A broker that says no stops
// the start with an error naming the topic, the principal and the
// listener; one that cannot say (older than Kafka 2.3, or the question
// failed) is logged as a warning and the start goes on, the first dead
// letter then showing a missing ACL (redactd_dead_letter_errors_total).
func (p *Pipeline) checkDeadLetterWrite(ctx context.Context) error {
	topic := p.cfg.DeadLetterTopic
	version, ops, broker, err := p.topicAuthorizedOps(ctx, topic)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		p.log.Warn("dead-letter topic: cannot ask the broker whether redactd may write it; going on unchecked",
			"dead_letter_topic", topic, "err", err)
		return nil
	}
	switch deadLetterWriteVerdict(version, ops) {
	case writeAllowed:
		return nil
	case writeUnknown:
		p.log.Warn("dead-letter topic: the broker does not report authorized operations (Metadata v8+, Kafka 2.3+), so write permission is not checked at start",
			"dead_letter_topic", topic, "broker", broker, "metadata_version", version)
		return nil
	}
	principal, listener := p.principal()
	return fmt.Errorf("dead_letter_topic %q: broker %s (%s listener) reports that %s may not write it: grant Write on the topic (kafka-acls.sh --bootstrap-server %s --add --allow-principal %q --operation Write --topic %s)",
		topic, broker, listener, principal, broker, principal, topic)
}

// principal names redactd's Kafka principal as brokers see it by default,
// and the kind of listener it connects to.
func (p *Pipeline) principal() (principal, listener string) {
	tc, mech := p.kt.TLS, p.cfg.SASL.Mechanism
	switch {
	case mech != "" && tc != nil:
		return "User:" + p.cfg.SASL.Username, "SASL_SSL"
	case mech != "":
		return "User:" + p.cfg.SASL.Username, "SASL_PLAINTEXT"
	case tc != nil && len(tc.Certificates) > 0 && tc.Certificates[0].Leaf != nil:
		return "User:" + tc.Certificates[0].Leaf.Subject.String(), "SSL"
	case tc != nil && len(tc.Certificates) > 0:
		return "the TLS client certificate's subject", "SSL"
	case tc != nil:
		return "User:ANONYMOUS", "SSL"
	}
	return "User:ANONYMOUS", "PLAINTEXT"
}

// topicAuthorizedOps asks the first broker that answers for the
// operations redactd may do on topic. It opens its own connection (TLS and
// SASL as configured) because kafka-go's Transport answers Metadata
// requests from its cache, which never holds authorized operations. It
// returns the Metadata version the broker accepted and the broker's
// address.
func (p *Pipeline) topicAuthorizedOps(ctx context.Context, topic string) (version int16, ops int32, broker string, err error) {
	for _, broker = range p.cfg.Brokers {
		version, ops, err = p.askTopicOps(ctx, broker, topic)
		if err == nil || ctx.Err() != nil {
			return version, ops, broker, err
		}
		err = fmt.Errorf("broker %s: %w", broker, err)
	}
	return 0, 0, "", err
}

func (p *Pipeline) askTopicOps(ctx context.Context, broker, topic string) (int16, int32, error) {
	ctx, cancel := context.WithTimeout(ctx, p.cfg.GroupTimeouts.request())
	defer cancel()
	deadline, _ := ctx.Deadline()
	nc, err := (&net.Dialer{}).DialContext(ctx, "tcp", broker)
	if err != nil {
		return 0, 0, err
	}
	defer nc.Close()
	if tc := p.kt.TLS; tc != nil {
		if tc.ServerName == "" {
			tc = tc.Clone()
			tc.ServerName, _, _ = net.SplitHostPort(broker)
		}
		nc = tls.Client(nc, tc)
	}
	stop := context.AfterFunc(ctx, func() { _ = nc.Close() })
	defer stop()
	_ = nc.SetDeadline(deadline)
	pc := protocol.NewConn(nc, p.cfg.ClientID)

	r, err := pc.RoundTrip(new(apiversions.Request))
	if err != nil {
		return 0, 0, fmt.Errorf("api versions: %w", err)
	}
	av := r.(*apiversions.Response)
	if av.ErrorCode != 0 {
		return 0, 0, fmt.Errorf("api versions: %w", kafka.Error(av.ErrorCode))
	}
	versions := map[protocol.ApiKey]int16{}
	for _, k := range av.ApiKeys {
		versions[protocol.ApiKey(k.ApiKey)] = protocol.ApiKey(k.ApiKey).SelectVersion(k.MinVersion, k.MaxVersion)
	}
	pc.SetVersions(versions)
	if mech := p.kt.SASL; mech != nil {
		if err := saslAuthenticate(ctx, pc, mech); err != nil {
			return 0, 0, fmt.Errorf("sasl %s: %w", mech.Name(), err)
		}
	}
	version, ok := versions[protocol.Metadata]
	if !ok {
		return 0, 0, errors.New("the broker lists no Metadata API version")
	}
	r, err = pc.RoundTrip(&metadata.Request{TopicNames: []string{topic}, IncludeTopicAuthorizedOperations: true})
	if err != nil {
		return 0, 0, fmt.Errorf("metadata: %w", err)
	}
	for _, t := range r.(*metadata.Response).Topics {
		if t.Name != topic {
			continue
		}
		if t.ErrorCode != 0 {
			return 0, 0, fmt.Errorf("metadata: %w", kafka.Error(t.ErrorCode))
		}
		return version, t.TopicAuthorizedOperations, nil
	}
	return 0, 0, fmt.Errorf("metadata: topic %q not in the answer", topic)
}

// saslAuthenticate runs mech's exchange on pc, as kafka-go's Transport
// does on its own connections.
func saslAuthenticate(ctx context.Context, pc *protocol.Conn, mech sasl.Mechanism) error {
	r, err := pc.RoundTrip(&saslhandshake.Request{Mechanism: mech.Name()})
	if err != nil {
		return err
	}
	if code := r.(*saslhandshake.Response).ErrorCode; code != 0 {
		return kafka.Error(code)
	}
	sess, state, err := mech.Start(ctx)
	if err != nil {
		return err
	}
	for done := false; !done; {
		r, err := pc.RoundTrip(&saslauthenticate.Request{AuthBytes: state})
		if err != nil {
			return err
		}
		res := r.(*saslauthenticate.Response)
		if res.ErrorCode != 0 {
			return kafka.Error(res.ErrorCode)
		}
		if done, state, err = sess.Next(ctx, res.AuthBytes); err != nil {
			return err
		}
	}
	return nil
}
