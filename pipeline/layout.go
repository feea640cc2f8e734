package pipeline

import (
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
