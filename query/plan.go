package query

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/redactd/redactd/sinks"
)

// HourLayout is how a query names an hour: 2026-11-23T20.
const HourLayout = "2006-01-02T15"

// Object is one archive object in a query's range.
type Object struct {
	Key  string
	Size int64
	K    sinks.Key
}

// Plan lists the objects of q's class and topics in [q.From, q.To] and
// returns them in key order (hour, topic, partition, first offset). Only
// the prefixes of the range are listed (one per whole day, one per hour of
// a day partly in range), and the class directory when q names no topics.
func Plan(ctx context.Context, ar Archive, prefix string, q *Query) ([]Object, error) {
	topics := q.Topics
	if len(topics) == 0 {
		var err error
		if topics, err = classTopics(ctx, ar, prefix, q.Class); err != nil {
			return nil, err
		}
		if len(topics) == 0 {
			return nil, missingClassError(ctx, ar, prefix, q.Class)
		}
	}
	var objs []Object
	for _, topic := range topics {
		for _, p := range rangePrefixes(prefix, q.Class, topic, q.From, q.To) {
			err := ar.List(ctx, p, func(key string, size int64) error {
				k, err := sinks.ParseKey(key)
				if err != nil {
					return nil // not an archive object (a stray upload): ignore
				}
				if k.Class != q.Class || k.Topic != topic || k.Hour.Before(q.From) || k.Hour.After(q.To) {
					return nil
				}
				objs = append(objs, Object{Key: key, Size: size, K: k})
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("cannot list %q: %w", p, err)
			}
		}
	}
	if len(objs) == 0 {
		return nil, fmt.Errorf("no objects for class %q, topic %s between %s and %s (inclusive, UTC)",
			q.Class, strings.Join(topics, ","), q.From.Format(HourLayout), q.To.Format(HourLayout))
	}
	slices.SortFunc(objs, func(a, b Object) int {
		return cmp.Or(
			a.K.Hour.Compare(b.K.Hour),
			strings.Compare(a.K.Topic, b.K.Topic),
			cmp.Compare(a.K.Partition, b.K.Partition),
			cmp.Compare(a.K.FirstOffset, b.K.FirstOffset),
			strings.Compare(a.Key, b.Key),
		)
	})
	return objs, nil
}

// rangePrefixes returns the key prefixes that hold class/topic objects from
// hour from to hour to: one per whole day in range (dt=D/), one per hour
// for the days only partly in range (dt=D/hour=H/).
func rangePrefixes(prefix, class, topic string, from, to time.Time) []string {
	var ps []string
	k := sinks.Key{Prefix: prefix, Class: class, Topic: topic}
	for h := from; !h.After(to); {
		day := h.Truncate(24 * time.Hour)
		last := day.Add(23 * time.Hour)
		k.Hour = h
		if h.Equal(day) && !last.After(to) {
			ps = append(ps, string(k.AppendDayDir(nil)))
			h = day.Add(24 * time.Hour)
			continue
		}
		ps = append(ps, string(k.AppendHourDir(nil)))
		h = h.Add(time.Hour)
	}
	return ps
}

// classTopics returns the topics archived under class, listing one level
// when the archive can, else every key of the class.
func classTopics(ctx context.Context, ar Archive, prefix, class string) ([]string, error) {
	dir := sinks.ClassPrefix(prefix, class)
	var topics []string
	add := func(t string) {
		if !slices.Contains(topics, t) {
			topics = append(topics, t)
		}
	}
	var err error
	if dl, ok := ar.(DirLister); ok {
		err = dl.ListDirs(ctx, dir, func(d string) error {
			if t, ok := sinks.ParseTopicDir(dir, d); ok {
				add(t)
			}
			return nil
		})
	} else {
		err = ar.List(ctx, dir, func(key string, _ int64) error {
			if k, err := sinks.ParseKey(key); err == nil && k.Class == class {
				add(k.Topic)
			}
			return nil
		})
	}
	if err != nil {
		return nil, fmt.Errorf("cannot list %q: %w", dir, err)
	}
	slices.Sort(topics)
	return topics, nil
}

// missingClassError says that class has no objects, naming the classes the
// archive has when it can list them cheaply.
func missingClassError(ctx context.Context, ar Archive, prefix, class string) error {
	if dl, ok := ar.(DirLister); ok {
		root := string(sinks.Key{Prefix: prefix}.AppendRoot(nil))
		var classes []string
		_ = dl.ListDirs(ctx, root, func(d string) error {
			if c, ok := sinks.ParseClassDir(root, d); ok {
				classes = append(classes, c)
			}
			return nil
		})
		if len(classes) > 0 {
			return fmt.Errorf("no class %q in the archive (it has: %s)", class, strings.Join(classes, ", "))
		}
	}
	return fmt.Errorf("no class %q in the archive (nothing under %q)", class, sinks.ClassPrefix(prefix, class))
}

// ParseHour parses an hour (2026-11-20T00), a day (2026-11-20, or
// "today"), an RFC 3339 time or "now", and returns its UTC hour. A day
// means its first hour, or its last one when end is set.
func ParseHour(s string, end bool, now time.Time) (time.Time, error) {
	switch s {
	case "now":
		return sinks.HourOf(now), nil
	case "today":
		t := now.UTC().Truncate(24 * time.Hour)
		if end {
			t = t.Add(23 * time.Hour)
		}
		return t, nil
	}
	if t, err := time.Parse(HourLayout, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		if end {
			t = t.Add(23 * time.Hour)
		}
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return sinks.HourOf(t), nil
	}
	return time.Time{}, fmt.Errorf("cannot parse %q: want 2006-01-02T15, 2006-01-02, RFC 3339, today or now", s)
}
