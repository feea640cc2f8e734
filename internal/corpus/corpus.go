// Package corpus generates realistic log records with planted personal data,
// and the ground truth that goes with them: which planted values must not
// survive redaction under the default policy, and which look-alikes (version
// strings, trace ids, byte counts...) must.
//
// Generation is deterministic: the same seed and the same sequence of calls
// give the same records, byte for byte, on every platform. The demo, the
// end-to-end tests and the benchmarks all draw from it.
//
// Every record carries its id in a field that redaction must leave alone
// ("rid=r0000000123" in text formats, "rid":"r0000000123" in JSON), so a test
// can find each input record in the archive exactly once; see ParseID.
package corpus

import (
	"math/rand/v2"
	"strconv"
	"time"
)

// Kind is a record format.
type Kind uint8

const (
	Nginx      Kind = iota // nginx "combined" access log + X-Forwarded-For, topic cdn-access
	CloudFront             // CloudFront standard log (W3C, tab-separated), topic cdn-access
	CDR                    // VoIP call detail record (CSV), topic voip-cdr
	DNS                    // BIND query log, topic dns-queries
	Audit                  // audit event (JSON), topic audit-log
	Telemetry              // application telemetry (nested JSON), topic app-telemetry
	NumKinds
)

// Topics the generator writes to.
const (
	TopicCDN       = "cdn-access"
	TopicCDR       = "voip-cdr"
	TopicDNS       = "dns-queries"
	TopicAudit     = "audit-log"
	TopicTelemetry = "app-telemetry"
)

var kindNames = [NumKinds]string{"nginx", "cloudfront", "cdr", "dns", "audit", "telemetry"}

var kindTopics = [NumKinds]string{TopicCDN, TopicCDN, TopicCDR, TopicDNS, TopicAudit, TopicTelemetry}

// String returns the kind's short name ("nginx", "cloudfront", "cdr", "dns",
// "audit", "telemetry").
func (k Kind) String() string {
	if k < NumKinds {
		return kindNames[k]
	}
	return "unknown"
}

// ParseKind returns the kind with the given short name.
func ParseKind(name string) (Kind, bool) {
	for i, n := range kindNames {
		if n == name {
			return Kind(i), true
		}
	}
	return 0, false
}

// Topic returns the Kafka topic records of kind k are written to.
func (k Kind) Topic() string {
	if k < NumKinds {
		return kindTopics[k]
	}
	return ""
}

// JSON reports whether records of kind k are JSON objects.
func (k Kind) JSON() bool { return k == Audit || k == Telemetry }

// Topics returns the five topics in a fixed order.
func Topics() []string {
	return []string{TopicCDN, TopicCDR, TopicDNS, TopicAudit, TopicTelemetry}
}

// KindsOf returns the kinds written to topic.
func KindsOf(topic string) []Kind {
	var ks []Kind
	for k := Kind(0); k < NumKinds; k++ {
		if kindTopics[k] == topic {
			ks = append(ks, k)
		}
	}
	return ks
}

// mixShare is each kind's share of Mix in percent: a CDN-heavy stream, as
// seen by a provider that archives edge logs next to its own services.
var mixShare = [NumKinds]int{Nginx: 34, CloudFront: 12, CDR: 12, DNS: 22, Audit: 8, Telemetry: 12}

// MixShare returns kind k's share of the records Mix returns, in percent.
func MixShare(k Kind) int {
	if k < NumKinds {
		return mixShare[k]
	}
	return 0
}

// Record is one generated log record.
type Record struct {
	Kind  Kind
	Topic string
	ID    uint64
	Time  time.Time // record time, also written inside Value
	Key   []byte    // Kafka key: the record id ("r0000000123"), never PII
	Value []byte    // the log line, without a trailing newline

	// Planted holds every piece of personal data put into Value, as it
	// appears there. None of them may appear in the redacted record under
	// the default policy (IPs truncated to /24 and /48, the rest masked).
	Planted [][]byte
	// Keep holds look-alikes that must survive redaction unchanged: the rid
	// field, browser and library versions, trace and request ids, Luhn-invalid
	// order numbers, byte counts, durations, epoch timestamps, ports.
	Keep [][]byte
}

// HasPII reports whether any personal data was planted in the record.
func (r *Record) HasPII() bool { return len(r.Planted) > 0 }

// DefaultStart is the record time of the first record of a new Gen.
var DefaultStart = time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)

// Gen generates records. It is not safe for concurrent use; give each
// goroutine its own Gen (with its own seed and SetNextID range).
type Gen struct {
	rng     *rand.Rand
	id      uint64
	now     time.Time
	planted [][]byte
	keep    [][]byte
}

// New returns a generator seeded with seed. Record ids start at 1 and
// record times at DefaultStart.
func New(seed uint64) *Gen {
	return &Gen{
		rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		id:  1,
		now: DefaultStart,
	}
}

// SetTime sets the time of the next record. Each record is 0 to 2 ms later
// than the one before (about 1000 records per second of record time).
func (g *Gen) SetTime(t time.Time) { g.now = t.UTC() }

// SetNextID sets the id of the next record. Generators used side by side
// should use disjoint id ranges so that ids stay unique.
func (g *Gen) SetNextID(id uint64) { g.id = id }

// Next returns a new record of kind k.
func (g *Gen) Next(k Kind) Record {
	r := Record{Kind: k, Topic: k.Topic(), ID: g.id, Time: g.now}
	g.id++
	g.now = g.now.Add(time.Duration(g.rng.IntN(2000)) * time.Microsecond)
	g.planted, g.keep = nil, nil
	r.Key = AppendID(make([]byte, 0, idLen), r.ID)
	b := make([]byte, 0, 512)
	switch k {
	case Nginx:
		b = g.nginx(b, &r)
	case CloudFront:
		b = g.cloudFront(b, &r)
	case CDR:
		b = g.cdr(b, &r)
	case DNS:
		b = g.dns(b, &r)
	case Audit:
		b = g.audit(b, &r)
	case Telemetry:
		b = g.telemetry(b, &r)
	default:
		panic("BUG: corpus: unknown kind " + strconv.Itoa(int(k)))
	}
	r.Value = b
	r.Planted, r.Keep = g.planted, g.keep
	g.planted, g.keep = nil, nil
	return r
}

// Mix returns the next record of a realistic mix of all kinds (see
// MixShare): the cdn-access topic carries about 46% of the records.
func (g *Gen) Mix() Record {
	n := g.rng.IntN(100)
	for k := Kind(0); k < NumKinds; k++ {
		if n < mixShare[k] {
			return g.Next(k)
		}
		n -= mixShare[k]
	}
	panic("BUG: corpus: mix shares do not add up to 100")
}

// Records returns n records of kind k.
func (g *Gen) Records(k Kind, n int) []Record {
	rs := make([]Record, n)
	for i := range rs {
		rs[i] = g.Next(k)
	}
	return rs
}

// MixRecords returns n records from Mix.
func (g *Gen) MixRecords(n int) []Record {
	rs := make([]Record, n)
	for i := range rs {
		rs[i] = g.Mix()
	}
	return rs
}

// Values returns the Value of every record, in order.
func Values(rs []Record) [][]byte {
	vs := make([][]byte, len(rs))
	for i := range rs {
		vs[i] = rs[i].Value
	}
	return vs
}

// idLen is the length of an encoded id: 'r' and ten digits.
const idLen = 11

// AppendID appends the id as it appears in records ("r0000000123") to dst.
// Ids above 9999999999 are written with more digits.
func AppendID(dst []byte, id uint64) []byte {
	dst = append(dst, 'r')
	var d [20]byte
	s := strconv.AppendUint(d[:0], id, 10)
	for i := len(s); i < idLen-1; i++ {
		dst = append(dst, '0')
	}
	return append(dst, s...)
}

// ParseID returns the record id from the rid field of a record (original or
// redacted): the first "rid=r<digits>" or "\"rid\":\"r<digits>\"" in v.
// It does not allocate.
func ParseID(v []byte) (id uint64, ok bool) {
	for i := 0; i+4 < len(v); i++ {
		if v[i] != 'r' || v[i+1] != 'i' || v[i+2] != 'd' {
			continue
		}
		j := i + 3
		switch {
		case v[j] == '=':
			j++
		case v[j] == '"' && j+2 < len(v) && v[j+1] == ':' && v[j+2] == '"' && (i == 0 || v[i-1] == '"'):
			j += 3
		default:
			continue
		}
		if j >= len(v) || v[j] != 'r' {
			continue
		}
		j++
		start := j
		var n uint64
		for j < len(v) && v[j] >= '0' && v[j] <= '9' && j-start < 19 {
			n = n*10 + uint64(v[j]-'0')
			j++
		}
		if j-start < idLen-1 {
			continue
		}
		if j < len(v) && v[j] >= '0' && v[j] <= '9' {
			continue // more than 19 digits: not an id we wrote
		}
		return n, true
	}
	return 0, false
}
