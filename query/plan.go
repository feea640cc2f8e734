package query

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
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

// NothingError says that the archive holds nothing in a query's range: no
// such class, or no object of it between From and To. Other errors of Plan
// and Run are the archive's (access denied, unreachable).
type NothingError struct{ msg string }

func (e *NothingError) Error() string { return e.msg }

func nothing(format string, args ...any) error {
	return &NothingError{msg: fmt.Sprintf(format, args...)}
}

// Plan lists the objects of q's class (every class when q.Class is "") and
// topics in [q.From, q.To] and returns them in key order (hour, class,
// topic, partition, first offset). Only the prefixes of the range are
// listed (one per whole day, one per hour of a day partly in range), and
// the class directory when q names no topics, and the archive's root when
// it names no class.
func Plan(ctx context.Context, ar Archive, prefix string, q *Query) ([]Object, error) {
	classes := []string{q.Class}
	if q.Class == "" {
		var err error
		if classes, err = archiveClasses(ctx, ar, prefix); err != nil {
			return nil, err
		}
		if len(classes) == 0 {
			return nil, nothing("the archive holds no class (nothing under %q)", string(sinks.Key{Prefix: prefix}.AppendRoot(nil)))
		}
	}
	var objs []Object
	var searched []string
	for _, class := range classes {
		topics := q.Topics
		if len(topics) == 0 {
			var err error
			if topics, err = classTopics(ctx, ar, prefix, class); err != nil {
				return nil, err
			}
			if len(topics) == 0 && q.Class != "" {
				return nil, missingClassError(ctx, ar, prefix, class)
			}
		}
		for _, topic := range topics {
			searched = append(searched, class+"/"+topic)
			for _, p := range rangePrefixes(prefix, class, topic, q.From, q.To) {
				err := ar.List(ctx, p, func(key string, size int64) error {
					k, err := sinks.ParseKey(key)
					if err != nil {
						return nil // not an archive object (a stray upload): ignore
					}
					if k.Class != class || k.Topic != topic || k.Hour.Before(q.From) || k.Hour.After(q.To) {
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
	}
	if len(objs) == 0 {
		what := "class/topic " + strings.Join(searched, ", ")
		if q.Class != "" {
			var topics []string
			for _, s := range searched {
				topics = append(topics, strings.TrimPrefix(s, q.Class+"/"))
			}
			what = fmt.Sprintf("class %q, topic %s", q.Class, strings.Join(topics, ","))
		}
		return nil, nothing("no objects for %s between %s and %s (inclusive, UTC)",
			what, q.From.Format(HourLayout), q.To.Format(HourLayout))
	}
	slices.SortFunc(objs, func(a, b Object) int {
		return cmp.Or(
			a.K.Hour.Compare(b.K.Hour),
			strings.Compare(a.K.Class, b.K.Class),
			strings.Compare(a.K.Topic, b.K.Topic),
			cmp.Compare(a.K.Partition, b.K.Partition),
			cmp.Compare(a.K.FirstOffset, b.K.FirstOffset),
			strings.Compare(a.Key, b.Key),
		)
	})
	return objs, nil
}

// archiveClasses returns the classes in the archive, listing one level
// when the archive can, else every key.
func archiveClasses(ctx context.Context, ar Archive, prefix string) ([]string, error) {
	root := string(sinks.Key{Prefix: prefix}.AppendRoot(nil))
	var classes []string
	add := func(c string) {
		if !slices.Contains(classes, c) {
			classes = append(classes, c)
		}
	}
	var err error
	if dl, ok := ar.(DirLister); ok {
		err = dl.ListDirs(ctx, root, func(d string) error {
			if c, ok := sinks.ParseClassDir(root, d); ok {
				add(c)
			}
			return nil
		})
	} else {
		err = ar.List(ctx, root, func(key string, _ int64) error {
			if k, err := sinks.ParseKey(key); err == nil {
				add(k.Class)
			}
			return nil
		})
	}
	if err != nil {
		return nil, fmt.Errorf("cannot list %q: %w", root, err)
	}
	slices.Sort(classes)
	return classes, nil
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
			return nothing("no class %q in the archive (it has: %s)", class, strings.Join(classes, ", "))
		}
	}
	return nothing("no class %q in the archive (nothing under %q)", class, sinks.ClassPrefix(prefix, class))
}

// ParseHour parses an hour (2026-11-20T00), a day (2026-11-20, "today" or
// "yesterday"), an RFC 3339 time, "now", or a time relative to now: -30m,
// -1h, -7d, -2w (minutes, hours, days, weeks before now). It returns the
// UTC hour the time falls in; a day means its first hour, or its last one
// when end is set.
func ParseHour(s string, end bool, now time.Time) (time.Time, error) {
	day := func(t time.Time) time.Time {
		t = t.UTC().Truncate(24 * time.Hour)
		if end {
			t = t.Add(23 * time.Hour)
		}
		return t
	}
	switch s {
	case "now":
		return sinks.HourOf(now), nil
	case "today":
		return day(now), nil
	case "yesterday":
		return day(now.UTC().Add(-24 * time.Hour)), nil
	}
	if d, ok := parseAgo(s); ok {
		return sinks.HourOf(now.Add(-d)), nil
	}
	if t, err := time.Parse(HourLayout, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return day(t), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return sinks.HourOf(t), nil
	}
	return time.Time{}, fmt.Errorf("cannot parse %q: want 2006-01-02T15, 2006-01-02, RFC 3339, now, today, yesterday or -N followed by m, h, d or w (-1h, -7d)", s)
}

// parseAgo reads -N{m,h,d,w}: how long before now.
func parseAgo(s string) (time.Duration, bool) {
	if len(s) < 3 || s[0] != '-' {
		return 0, false
	}
	var unit time.Duration
	switch s[len(s)-1] {
	case 'm':
		unit = time.Minute
	case 'h':
		unit = time.Hour
	case 'd':
		unit = 24 * time.Hour
	case 'w':
		unit = 7 * 24 * time.Hour
	default:
		return 0, false
	}
	n, err := strconv.Atoi(s[1 : len(s)-1])
	if err != nil || n < 0 || n > 100*366*24*60 || s[1] == '+' || s[1] == '-' {
		return 0, false
	}
	d := time.Duration(n) * unit
	if d > 100*366*24*time.Hour {
		return 0, false
	}
	return d, true
}
