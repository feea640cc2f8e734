package pipeline

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/redactd/redactd/problem"
	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/redact/textfmt"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

// How a batch is written depends on its topic and class: batch.format,
// overridden by batch.format_by_class, overridden by
// batch.format_by_topic, chooses NDJSON (compressed with batch.codec) or
// Parquet; a topic whose policy declares a text format (formats: combined,
// cloudfront, csv...) gets Parquet's text layout, one column per named
// field (sinks/parquet_text.go). Both are fixed at start: a batch's key
// and content depend only on its records and this configuration, so a
// replay writes the same key.

// layout is how the batches of one topic are written.
type layout struct {
	codecs []sinks.Codec   // by class index
	text   *textfmt.Config // the topic's declared text format; nil: none
}

func validFormat(f string) bool { return f == "ndjson" || f == "parquet" }

// formatOf returns the format ("ndjson" or "parquet") of the batches of
// topic and class.
func (b *BatchConfig) formatOf(topic, class string) string {
	if f, ok := b.FormatByTopic[topic]; ok {
		return f
	}
	if f, ok := b.FormatByClass[class]; ok {
		return f
	}
	return b.Format
}

// ValidatePolicy returns the problems of c that only the policy shows: a
// batch.format_by_class key that is not one of its classes.
func (c *Config) ValidatePolicy(pol *rules.Policy) error {
	var ps []*problem.Problem
	names := make([]string, len(pol.Classes))
	for i, cl := range pol.Classes {
		names[i] = cl.Name
	}
	for _, cl := range slices.Sorted(maps.Keys(c.Batch.FormatByClass)) {
		if !slices.Contains(names, cl) {
			ps = append(ps, problem.Value("batch.format_by_class."+cl, cl,
				"is not a class of the policy "+pol.Source+" (its classes: "+strings.Join(names, ", ")+")"))
		}
	}
	return problem.Join(ps)
}

// layouts returns the layout of every configured topic.
func (p *Pipeline) layouts() map[string]layout {
	codec, _ := sinks.ParseCodec(p.cfg.Batch.Codec) // validated
	ls := make(map[string]layout, len(p.cfg.Topics))
	for _, t := range p.cfg.Topics {
		var l layout
		for _, cl := range p.pol.Classes {
			c := codec
			if p.cfg.Batch.formatOf(t, cl.Name) == "parquet" {
				c = sinks.CodecParquet
			}
			l.codecs = append(l.codecs, c)
		}
		if rf := p.pol.FormatFor(t); rf.Text == redact.TextFields {
			f := rf.Fields
			l.text = &f
		}
		ls[t] = l
	}
	return ls
}

// Text objects are named .log.zst (.log.gz); before, every NDJSON object
// was .ndjson.zst (.ndjson.gz) whatever its records. During a rolling
// upgrade a previous owner of a partition running the old version may
// still be uploading a batch under the old name: If-None-Match on the new
// name does not see it, and a replay from the same first offset would
// archive its records twice. So before writing a text object the worker
// looks for the object under its old name (one Stat: an S3 HEAD per text
// object), and treats one it finds as it treats a 412: the records up to
// its last offset are in the archive. Objects written earlier are found
// by the replay's listing (replay.go), which lists every name.

// legacyObject returns the key and metadata of the object k's records
// would have gone to before text objects were named .log.zst: "" when k is
// not a text object or there is none.
func (w *uploader) legacyObject(ctx context.Context, k sinks.Key) (string, sinks.Meta, error) {
	if !k.Text {
		return "", sinks.Meta{}, nil
	}
	k.Text = false
	key := k.String()
	m, err := w.p.arch.Stat(ctx, key)
	switch {
	case errors.Is(err, sinks.ErrNotFound):
		return "", sinks.Meta{}, nil
	case err != nil:
		return "", sinks.Meta{}, fmt.Errorf("cannot stat %q (the object's name before .log.zst): %w", key, err)
	}
	return key, m, nil
}
