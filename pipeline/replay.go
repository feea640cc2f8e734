package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/redactd/redactd/sinks"
)

// A partition whose previous owner stopped without committing everything it
// uploaded replays records that are already archived, and its batches need
// not be cut where the previous owner cut them: a batch closed by the idle
// timeout or at shutdown may be shorter or longer this time. The
// deterministic key and If-None-Match only catch a replayed batch that
// starts at the same offset as an existing object. So, for records read
// below the high watermark seen at assignment, the partition lists the
// existing objects of each (class, hour) it opens and skips the records
// their offset ranges hold. Every record is then archived exactly once
// whatever the batch boundaries; the 412 handling in upload.go remains for
// a previous owner that is still uploading.

// offRange is the inclusive offset range of one existing object.
type offRange struct{ first, last int64 }

type classHour struct {
	class int
	hour  int64
}

// archivedRanges returns the offset ranges of the existing objects for
// (class, hour) of this partition that may hold records at or after the
// partition's start offset. It retries until it succeeds or live ends.
func (pt *partition) archivedRanges(live context.Context, class int, hour int64) ([]offRange, error) {
	if r, ok := pt.archived[classHour{class, hour}]; ok {
		return r, nil
	}
	var (
		r   []offRange
		err error
	)
	for attempt := 1; ; attempt++ {
		r, err = pt.listArchived(live, class, hour)
		if err == nil {
			break
		}
		pt.p.archiveFailed(sinks.FailureReason(err), err)
		pt.log.Warn("cannot list archived objects for replay, retrying", "class", pt.p.pol.Classes[class].Name, "attempt", attempt, "err", err)
		if !sleepCtx(live, backoff(attempt, 100*time.Millisecond, 10*time.Second)) {
			return nil, err
		}
	}
	if pt.archived == nil {
		pt.archived = make(map[classHour][]offRange)
	}
	pt.archived[classHour{class, hour}] = r
	return r, nil
}

func (pt *partition) listArchived(ctx context.Context, class int, hour int64) ([]offRange, error) {
	p := pt.p
	k := sinks.Key{Prefix: p.cfg.Prefix, Class: p.pol.Classes[class].Name, Topic: pt.topic,
		Partition: pt.id, Hour: time.Unix(hour*3600, 0).UTC(), Codec: pt.layout.codecs[class]}
	prefix := string(k.AppendPartitionPrefix(nil)) // ".../hour=HH/topic+partition+"
	var keys []sinks.Key
	var names []string
	err := p.arch.List(ctx, prefix, func(key string, _ int64) error {
		pk, err := sinks.ParseKey(key)
		if err != nil || pk.Topic != pt.topic || pk.Partition != pt.id || pk.Class != k.Class {
			return nil // not ours: leave it alone
		}
		keys = append(keys, pk)
		names = append(names, key)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cannot list %q: %w", prefix, err)
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return keys[idx[a]].FirstOffset < keys[idx[b]].FirstOffset })
	start := max(pt.start, 0)
	// The last object starting before start may reach past it; all objects
	// starting at or after start are replay candidates.
	from := sort.Search(len(idx), func(i int) bool { return keys[idx[i]].FirstOffset >= start })
	if from > 0 {
		from--
	}
	var out []offRange
	for _, i := range idx[from:] {
		m, err := p.arch.Stat(ctx, names[i])
		if errors.Is(err, sinks.ErrNotFound) {
			continue // expired or removed meanwhile
		}
		if err != nil {
			return nil, fmt.Errorf("cannot stat %q: %w", names[i], err)
		}
		if m.LastOffset < keys[i].FirstOffset {
			return nil, fmt.Errorf("object %q has last offset %d before its first offset %d", names[i], m.LastOffset, keys[i].FirstOffset)
		}
		if m.LastOffset >= start {
			out = append(out, offRange{keys[i].FirstOffset, m.LastOffset})
		}
	}
	return out, nil
}

// inRanges reports whether off lies inside one of rs.
func inRanges(rs []offRange, off int64) bool {
	for _, r := range rs {
		if off >= r.first && off <= r.last {
			return true
		}
	}
	return false
}
