package rules

import (
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/redact/textfmt"
)

// RecordFormat is how the records of a topic are read.
type RecordFormat struct {
	// Name is the format as the policy names it: auto, text, json, or a
	// text format (csv, tsv, w3c, cloudfront, combined, logfmt, asterisk,
	// freeswitch_csv).
	Name string
	// Format is the record encoding passed to Redact: JSON records are
	// told by their first byte for every name but json (always JSON)
	// and text (never JSON).
	Format redact.Format
	// Text is how text records are read, and Fields the declared text
	// format when Text is redact.TextFields.
	Text   redact.TextMode
	Fields textfmt.Config
}

// AutoFormat is the format of a topic the policy declares none for: JSON
// by the first byte, text records by named fields when their shape is
// recognised (W3C headers, combined lines, Asterisk and FreeSWITCH CDR
// rows), else as text.
var AutoFormat = RecordFormat{Name: "auto", Format: redact.FormatAuto, Text: redact.TextAuto}

// FormatNames lists the names ParseRecordFormat accepts.
func FormatNames() []string {
	return []string{"auto", "text", "json", "csv", "tsv", "w3c", "cloudfront", "combined", "logfmt", "asterisk", "freeswitch_csv"}
}

// ParseRecordFormat reads a record format name (see FormatNames), with a
// text format's preset column names.
func ParseRecordFormat(s string) (RecordFormat, bool) {
	switch s {
	case "auto":
		return AutoFormat, true
	case "text":
		return RecordFormat{Name: s, Format: redact.FormatText, Text: redact.TextFlat}, true
	case "json":
		return RecordFormat{Name: s, Format: redact.FormatJSON, Text: redact.TextFlat}, true
	}
	f, ok := textfmt.ParseFormat(s)
	if !ok {
		return RecordFormat{}, false
	}
	return RecordFormat{Name: s, Format: redact.FormatAuto, Text: redact.TextFields, Fields: textfmt.DefaultConfig(f)}, true
}

// Apply sets r to read text records in format f; call it when r starts on
// the records of a topic (a partition, a file).
func (f RecordFormat) Apply(r *redact.Redactor) error { return r.SetText(f.Text, f.Fields) }

type topicFormat struct {
	prefix string
	f      RecordFormat
}

// FormatFor returns the record format of topic: the one declared for it
// in formats: (exact name, then longest prefix), else AutoFormat.
func (p *Policy) FormatFor(topic string) RecordFormat {
	if f, ok := p.formats[topic]; ok {
		return f
	}
	for _, tf := range p.formatPrefixes {
		if strings.HasPrefix(topic, tf.prefix) {
			return tf.f
		}
	}
	return AutoFormat
}

// formatsKey reads formats: a mapping of topic (a final * matches a prefix)
// to a format name, or to {format, columns, delimiter, strict} for delimited
// text and W3C logs whose columns the policy names.
func (p *parser) formatsKey(e kv, d *draft) {
	pol := d.pol
	for _, t := range p.pairs(e.v, e.key) {
		name := t.k.Value
		if !topicRE.MatchString(name) {
			p.badKey(t.k, t.key, "is not a Kafka topic name (letters, digits, '.', '_', '-', at most 249; a final * matches a prefix)")
			continue
		}
		f, ok := p.recordFormat(t)
		if !ok {
			continue
		}
		if prefix, isPrefix := strings.CutSuffix(name, "*"); isPrefix {
			pol.formatPrefixes = append(pol.formatPrefixes, topicFormat{prefix: prefix, f: f})
		} else {
			pol.formats[name] = f
		}
	}
	slices.SortStableFunc(pol.formatPrefixes, func(a, b topicFormat) int { return len(b.prefix) - len(a.prefix) })
}

// recordFormat reads one topic's format: a name, or a mapping.
func (p *parser) recordFormat(t kv) (RecordFormat, bool) {
	known := "one of " + strings.Join(FormatNames(), ", ")
	if t.v.Kind == yaml.ScalarNode {
		s, ok := p.str(t)
		if !ok {
			return RecordFormat{}, false
		}
		f, ok := ParseRecordFormat(s)
		if !ok {
			p.bad(t.v, t.key, "unknown format (want %s)", known)
		}
		return f, ok
	}
	if t.v.Kind != yaml.MappingNode {
		p.bad(t.v, t.key, "must be a format name (%s) or a mapping such as {format: csv, columns: [ts, caller, callee]}", known)
		return RecordFormat{}, false
	}
	m := p.object(t.v, t.key, "format", "columns", "delimiter", "strict")
	x, has := p.need(m, t.v, t.key, "format", known)
	if !has {
		return RecordFormat{}, false
	}
	s, ok := p.str(x)
	if !ok {
		return RecordFormat{}, false
	}
	f, ok := ParseRecordFormat(s)
	if !ok {
		p.bad(x.v, x.key, "unknown format (want %s)", known)
		return RecordFormat{}, false
	}
	if f.Text != redact.TextFields {
		if len(m) > 1 {
			p.bad(t.v, t.key, "format %s takes no columns, delimiter or strict", s)
			return RecordFormat{}, false
		}
		return f, true
	}
	if y, has := m["columns"]; has {
		cols, _ := p.strs(y)
		if len(cols) == 0 {
			p.bad(y.v, y.key, "lists no column")
			ok = false
		}
		f.Fields.Columns = cols
	}
	if y, has := m["delimiter"]; has {
		if d, dok := p.str(y); dok {
			f.Fields.Delimiter = d
		} else {
			ok = false
		}
	}
	if y, has := m["strict"]; has {
		if b, bok := p.str(y); bok && (b == "true" || b == "false") {
			f.Fields.Strict = b == "true"
		} else {
			p.bad(y.v, y.key, "must be true or false")
			ok = false
		}
	}
	if err := f.Fields.Validate(); err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			p.bad(t.v, t.key, "%s", line)
		}
		return RecordFormat{}, false
	}
	return f, ok
}
