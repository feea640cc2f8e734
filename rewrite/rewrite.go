// Package rewrite re-applies a policy to archived objects: each object
// selected (class, topic, hour range, shard) is read, every record redacted
// again with the policy, and the object replaced atomically under the same
// key with its metadata kept and rules-version updated, expiring when the
// original would have (see sinks/replace.go). Objects the policy does not
// change are not written. Records the policy cannot redact with confidence
// (quarantined by the redactor) are dropped from the object and counted,
// never kept raw.
//
// A run is resumable: redaction is idempotent, so an object already
// rewritten by an interrupted run is unchanged by the next one and skipped;
// a replacement is atomic, so an object is either the old one or the new
// one. It is safe beside a running daemon, which never writes over an
// existing key.
//
// With Options.Erase the same machinery serves an erasure request: records
// are not redacted again; those that hold one of a data subject's
// identifiers are dropped or masked (erase.go).
package rewrite

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/redact/textfmt"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

// Store is what a rewrite needs of an archive; *sinks.S3 and *sinks.Dir
// have it.
type Store interface {
	List(ctx context.Context, prefix string, fn func(key string, size int64) error) error
	ListDirs(ctx context.Context, prefix string, fn func(dir string) error) error
	Load(ctx context.Context, key string) (sinks.Stored, error)
	Replace(ctx context.Context, old sinks.Stored, obj sinks.Object, days int) (time.Time, error)
}

// Options select the objects and say how to run.
type Options struct {
	// Prefix is the archive's key prefix ("" for a directory).
	Prefix string
	// Classes to rewrite; empty: every class of the policy.
	Classes []string
	// Topics to rewrite; empty: every topic found.
	Topics []string
	// From and To bound the record-time hours of the keys, inclusive;
	// zero: unbounded.
	From, To time.Time
	// DryRun changes nothing and reports what would change.
	DryRun bool
	// Shard K of Shards (1 <= K <= Shards) takes only the objects whose key
	// hashes (FNV-1a) to K-1 modulo Shards: N processes with the same
	// selection share the work, each resumable on its own. 0/0: all.
	Shard, Shards int
	// Progress, when set, is called after each object with the report so
	// far.
	Progress func(Report)
	// Level is the compression level of rewritten objects; 0: default.
	Level int
	// Erase, when set, makes the run an erasure: records are not redacted
	// again; those holding an identifier are dropped (or masked), see
	// erase.go.
	Erase *Eraser
}

// ObjectChange is what a rewrite did (or, dry, would do) to one object.
type ObjectChange struct {
	Key        string
	Records    int            // records before
	Dropped    int            // records not redactable with confidence, dropped
	Changed    int            // records whose bytes changed (erasure: records holding an identifier)
	Redactions map[string]int // detections per detector in this object
	ExpireOn   time.Time      // S3: the expiry kept; zero for a directory
}

// Report counts what a run did.
type Report struct {
	Objects   int // selected (in this shard)
	Rewritten int // replaced (dry run: would be)
	Unchanged int // the policy changes nothing in them
	Records   int64
	Dropped   int64
	Changed   int64 // records whose bytes changed
	RawIn     int64 // uncompressed bytes read
	RawOut    int64 // uncompressed bytes of the objects rewritten
	// Redactions counts detections per detector name in the objects read.
	Redactions map[string]int64
	Changes    []ObjectChange // the objects rewritten (or that would be)
	Elapsed    time.Duration

	// Erasure only: records erased per "class dt=DAY", per identifier
	// label, and the objects written under another key id than the
	// policy's, by key id (their pseudonyms could not be looked for).
	ErasedByDay   map[string]*ErasedCount
	ErasedByLabel map[string]int64
	OtherKeys     map[string]int
}

// ErasedCount is what an erasure touched in one class and day.
type ErasedCount struct {
	Objects, Records int
}

// ParseShard parses "K/N".
func ParseShard(s string) (k, n int, err error) {
	a, b, ok := strings.Cut(s, "/")
	if ok {
		k, err = strconv.Atoi(a)
		if err == nil {
			n, err = strconv.Atoi(b)
		}
	}
	if !ok || err != nil || n < 1 || k < 1 || k > n {
		return 0, 0, fmt.Errorf("shard %q: want K/N with 1 <= K <= N, such as 2/8", s)
	}
	return k, n, nil
}

// InShard reports whether key belongs to shard k of n (1-based).
func InShard(key string, k, n int) bool {
	if n <= 1 {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32()%uint32(n)) == k-1
}

func (o Options) validate(pol *rules.Policy) error {
	var errs []error
	for _, c := range o.Classes {
		if _, ok := pol.ClassIndex(c); !ok {
			errs = append(errs, fmt.Errorf("class %q is not in the policy %s", c, pol.Source))
		}
	}
	for _, t := range o.Topics {
		if err := sinks.ValidTopic(t); err != nil {
			errs = append(errs, err)
		}
	}
	if o.Shards != 0 || o.Shard != 0 {
		if o.Shards < 1 || o.Shard < 1 || o.Shard > o.Shards {
			errs = append(errs, fmt.Errorf("shard %d/%d: want 1 <= K <= N", o.Shard, o.Shards))
		}
	}
	if !o.From.IsZero() && !o.To.IsZero() && o.To.Before(o.From) {
		errs = append(errs, fmt.Errorf("time range: to %s is before from %s", o.To.Format(time.RFC3339), o.From.Format(time.RFC3339)))
	}
	if err := sinks.ValidPrefix(o.Prefix); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Run rewrites the selected objects of st with pol. It goes on past an
// object that fails and returns the errors joined at the end: a rerun
// does what is left.
func Run(ctx context.Context, st Store, pol *rules.Policy, o Options) (Report, error) {
	start := time.Now()
	rep := Report{Redactions: map[string]int64{}, ErasedByDay: map[string]*ErasedCount{}, ErasedByLabel: map[string]int64{}, OtherKeys: map[string]int{}}
	if err := o.validate(pol); err != nil {
		return rep, err
	}
	classes := o.Classes
	if len(classes) == 0 {
		for _, c := range pol.Classes {
			classes = append(classes, c.Name)
		}
	}
	days := map[string]int{}
	for _, c := range pol.Classes {
		days[c.Name] = c.Days
	}
	w := &worker{pol: pol, eng: pol.Engine(), reds: map[string]*redact.Redactor{}, encs: map[sinks.Codec]*sinks.Encoder{}}
	dec, err := sinks.NewDecoder(0)
	if err != nil {
		return rep, err
	}
	defer dec.Close()
	defer func() {
		for _, e := range w.encs {
			e.Close()
		}
	}()
	w.dec = dec
	var errs []error
	for _, class := range classes {
		keys, err := selectKeys(ctx, st, class, o)
		if err != nil {
			return rep, err
		}
		for _, key := range keys {
			if err := ctx.Err(); err != nil {
				rep.Elapsed = time.Since(start)
				return rep, err
			}
			rep.Objects++
			err := w.one(ctx, st, key, o, days[class], &rep)
			if err != nil {
				errs = append(errs, err)
			}
			if o.Progress != nil {
				rep.Elapsed = time.Since(start)
				o.Progress(rep)
			}
		}
	}
	rep.Elapsed = time.Since(start)
	if len(errs) > 0 {
		return rep, fmt.Errorf("%d object(s) not rewritten (run again to finish): %w", len(errs), errors.Join(errs...))
	}
	return rep, nil
}

// selectKeys lists the keys of class in the options' topics, hours and
// shard, in key order.
func selectKeys(ctx context.Context, st Store, class string, o Options) ([]string, error) {
	classDir := sinks.ClassPrefix(o.Prefix, class)
	topics := o.Topics
	if len(topics) == 0 {
		err := st.ListDirs(ctx, classDir, func(dir string) error {
			if t, ok := sinks.ParseTopicDir(classDir, dir); ok {
				topics = append(topics, t)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	var keys []string
	for _, topic := range topics {
		prefix := string(sinks.Key{Prefix: o.Prefix, Class: class, Topic: topic}.AppendTopicDir(nil))
		err := st.List(ctx, prefix, func(key string, _ int64) error {
			k, err := sinks.ParseKey(key)
			if err != nil || k.Class != class || k.Topic != topic {
				return nil // not an archive object of this selection
			}
			if !o.From.IsZero() && k.Hour.Before(sinks.HourOf(o.From)) || !o.To.IsZero() && k.Hour.After(o.To) {
				return nil
			}
			if o.Shards > 1 && !InShard(key, o.Shard, o.Shards) {
				return nil
			}
			keys = append(keys, key)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(keys)
	return keys, nil
}

// worker holds what is reused from object to object.
type worker struct {
	pol      *rules.Policy
	eng      *redact.Engine
	reds     map[string]*redact.Redactor // by topic
	dec      *sinks.Decoder
	encs     map[sinks.Codec]*sinks.Encoder
	raw, out []byte
	rec      []byte
	lower    []byte
}

func (w *worker) redactor(topic string) (*redact.Redactor, redact.Format, error) {
	rf := w.pol.FormatFor(topic)
	r, ok := w.reds[topic]
	if !ok {
		r = w.eng.NewRedactor()
		w.reds[topic] = r
	}
	// Each object starts a stream of its own (a W3C #Fields: header is
	// learnt again from the object's records).
	if err := rf.Apply(r); err != nil {
		return nil, 0, fmt.Errorf("BUG: the policy's format for topic %s does not apply: %w", topic, err)
	}
	return r, rf.Format, nil
}

func (w *worker) one(ctx context.Context, st Store, key string, o Options, days int, rep *Report) error {
	k, err := sinks.ParseKey(key)
	if err != nil {
		return err
	}
	obj, err := st.Load(ctx, key)
	if err != nil {
		return err
	}
	w.raw, err = w.dec.Decode(w.raw[:0], obj.Body, k.Codec)
	if err != nil {
		return fmt.Errorf("cannot decode %q: %w", key, err)
	}
	red, format, err := w.redactor(k.Topic)
	if err != nil {
		return err
	}
	ch := ObjectChange{Key: key, Redactions: map[string]int{}}
	w.out = w.out[:0]
	raw := w.raw
	otherKey := o.Erase != nil && obj.Meta.KeyID != "" && obj.Meta.KeyID != w.eng.KeyID()
	if otherKey {
		rep.OtherKeys[obj.Meta.KeyID]++
	}
	for len(raw) > 0 {
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			raw = nil
		}
		ch.Records++
		if o.Erase != nil {
			var hits uint64
			n := len(w.out)
			w.out, hits, w.lower = o.Erase.match(w.out, line, otherKey, w.lower)
			if hits == 0 {
				w.out = append(w.out[:n], line...)
				w.out = append(w.out, '\n')
				continue
			}
			ch.Changed++
			for i, l := range o.Erase.Labels {
				if hits&(1<<min(i, 63)) != 0 {
					rep.ErasedByLabel[l]++
				}
			}
			if o.Erase.mode == EraseDrop {
				ch.Dropped++
				w.out = w.out[:n]
			} else {
				w.out = append(w.out, '\n')
			}
			continue
		}
		w.rec, err = red.Redact(w.rec[:0], line, format)
		if err != nil || bytes.IndexByte(w.rec, '\n') >= 0 {
			ch.Dropped++ // never kept raw: not in the output
			continue
		}
		for d, n := range red.Stats().Detections {
			if n != 0 {
				ch.Redactions[redact.Detector(d).String()] += int(n)
			}
		}
		if !bytes.Equal(w.rec, line) {
			ch.Changed++
		}
		w.out = append(w.out, w.rec...)
		w.out = append(w.out, '\n')
	}
	rep.Records += int64(ch.Records)
	rep.Dropped += int64(ch.Dropped)
	rep.Changed += int64(ch.Changed)
	rep.RawIn += int64(len(w.raw))
	for d, n := range ch.Redactions {
		rep.Redactions[d] += int64(n)
	}
	if ch.Dropped == 0 && ch.Changed == 0 {
		rep.Unchanged++
		return nil
	}
	if o.Erase != nil {
		day := k.Class + " dt=" + k.Hour.Format(time.DateOnly)
		c := rep.ErasedByDay[day]
		if c == nil {
			c = &ErasedCount{}
			rep.ErasedByDay[day] = c
		}
		c.Objects++
		c.Records += ch.Changed
	}
	rep.Rewritten++
	rep.RawOut += int64(len(w.out))
	if o.DryRun {
		rep.Changes = append(rep.Changes, ch)
		return nil
	}
	enc := w.encs[k.Codec]
	if enc == nil {
		if enc, err = sinks.NewEncoder(k.Codec, o.Level); err != nil {
			return err
		}
		w.encs[k.Codec] = enc
	}
	m := obj.Meta
	m.Records = ch.Records - ch.Dropped
	m.RawSize = int64(len(w.out))
	if o.Erase == nil { // an erasure leaves the records' redaction as it was
		m.RulesVersion = w.pol.Version
		m.KeyID = w.eng.KeyID()
	}
	m.Size, m.Expiration = 0, ""
	// A Parquet object carries its metadata inside, and a text topic with
	// a declared format its field columns: EncodeText writes both.
	var text *textfmt.Config
	if rf := w.pol.FormatFor(k.Topic); rf.Text == redact.TextFields {
		text = &rf.Fields
	}
	body, err := enc.EncodeText(nil, w.out, m, text)
	if err != nil {
		return fmt.Errorf("cannot encode %q: %w", key, err)
	}
	next := sinks.Object{Key: key, Body: body, Meta: m}
	ch.ExpireOn, err = st.Replace(ctx, obj, next, days)
	if err != nil {
		rep.Rewritten--
		return err
	}
	rep.Changes = append(rep.Changes, ch)
	return nil
}
