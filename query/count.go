package query

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Counter counts records by the values of some fields (--count-by), read
// with a FieldReader. A record without one of the fields counts under that
// field's absence, which is not the empty value. Not safe for concurrent
// use.
type Counter struct {
	fields []string
	groups map[string]*int64 // pointers, so that counting a known group looks up without allocating
	key    []byte
	total  int64
}

// NewCounter returns a counter by fields; with none it only counts.
func NewCounter(fields []string) *Counter {
	return &Counter{fields: fields, groups: map[string]*int64{}}
}

// Add counts the record fr was Set to. It allocates only for a group not
// seen before.
func (c *Counter) Add(fr *FieldReader) {
	c.total++
	if len(c.fields) == 0 {
		return
	}
	c.key = c.key[:0]
	for _, f := range c.fields {
		v, ok := fr.Field(f)
		if !ok {
			c.key = append(c.key, '-')
			continue
		}
		// Length-prefixed, so no value can be mistaken for two.
		c.key = strconv.AppendInt(c.key, int64(len(v)), 10)
		c.key = append(c.key, ':')
		c.key = append(c.key, v...)
	}
	if n := c.groups[string(c.key)]; n != nil {
		*n++
		return
	}
	n := int64(1)
	c.groups[string(c.key)] = &n
}

// Total is the number of records counted.
func (c *Counter) Total() int64 { return c.total }

// Group is the count of one combination of values.
type Group struct {
	Values  []string // by field, "" when absent
	Present []bool   // by field
	Count   int64
}

// Groups returns the groups, largest first, ties by values.
func (c *Counter) Groups() []Group {
	gs := make([]Group, 0, len(c.groups))
	for k, n := range c.groups {
		g := Group{Count: *n, Values: make([]string, len(c.fields)), Present: make([]bool, len(c.fields))}
		for i := range c.fields {
			if k[0] == '-' {
				k = k[1:]
				continue
			}
			colon := strings.IndexByte(k, ':')
			l, err := strconv.Atoi(k[:colon])
			if err != nil {
				panic("BUG: query: counter key " + strconv.Quote(k))
			}
			g.Values[i], g.Present[i] = k[colon+1:colon+1+l], true
			k = k[colon+1+l:]
		}
		gs = append(gs, g)
	}
	slices.SortFunc(gs, func(a, b Group) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		for i := range a.Values {
			if c := cmp.Or(cmp.Compare(boolInt(a.Present[i]), boolInt(b.Present[i])), strings.Compare(a.Values[i], b.Values[i])); c != 0 {
				return c
			}
		}
		return 0
	})
	return gs
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
