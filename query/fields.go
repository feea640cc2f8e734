package query

import (
	"errors"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/redact/textfmt"
	"github.com/redactd/redactd/sinks"
)

// FieldReader reads a record's named fields, for --where, --count-by and
// --fields:
//
//   - in a JSON record (one starting with '{'), a dotted path: "status",
//     "user.id";
//   - in a text record of a known layout, the layout's field names, or
//     the names of their Parquet columns (sc_status for sc-status, see
//     sinks.AppendColumnName):
//     nginx/Apache combined lines ("remote_addr", "request", "status",
//     "body_bytes_sent", "http_user_agent", ...) and CloudFront standard
//     log lines ("sc-status", "cs-uri-stem", "c-ip", ...: tab-separated,
//     starting with a date and a time), both recognised by their shape
//     unless a format is given, or the format given to NewFieldReader
//     (csv with columns, tsv, logfmt, asterisk, w3c);
//   - else the first key=value (or key="value") token (TextField).
//
// A FieldReader is not safe for concurrent use: use one per goroutine.
type FieldReader struct {
	format textfmt.Format // 0: combined lines by their shape, else key=value
	parser *textfmt.Parser
	combo  *textfmt.Parser // the auto-detected combined parser
	cf     *textfmt.Parser // the auto-detected CloudFront parser
	fields []textfmt.Field
	buf    []byte // unquoted values of rec
	col    []byte // a field's column name (sinks.AppendColumnName)
	rec    []byte // the record of Set
	json   bool   // rec is a JSON object
	ok     bool   // fields holds rec's fields
	header bool   // rec is a header line
}

// NewFieldReader returns a reader for text records of format c (c.Format
// 0: nginx/Apache combined when a line looks like one, else key=value).
func NewFieldReader(c textfmt.Config) (*FieldReader, error) {
	r := &FieldReader{format: c.Format}
	var err error
	if c.Format != 0 {
		if r.parser, err = textfmt.NewParser(c); err != nil {
			return nil, err
		}
	}
	if r.combo, err = textfmt.NewParser(textfmt.DefaultConfig(textfmt.Combined)); err != nil {
		return nil, errors.New("BUG: query: combined parser: " + err.Error())
	}
	if r.cf, err = textfmt.NewParser(textfmt.DefaultConfig(textfmt.CloudFront)); err != nil {
		return nil, errors.New("BUG: query: cloudfront parser: " + err.Error())
	}
	return r, nil
}

// Set makes rec the record Field reads, splitting a text record once for
// every name asked of it. rec must stay unchanged until the next Set.
func (r *FieldReader) Set(rec []byte) {
	r.rec, r.buf, r.ok, r.json = rec, r.buf[:0], false, sinks.FirstNonSpace(rec) == '{'
	if r.json {
		return
	}
	p := r.parser
	switch {
	case p != nil:
	case looksCloudFront(rec):
		p = r.cf
	case textfmt.LooksCombined(rec):
		p = r.combo
	default:
		return
	}
	var err error
	var header bool
	r.fields, header, err = p.Parse(r.fields[:0], rec)
	r.ok = err == nil && !header
	r.header = header
}

// Field returns the value of name in the record given to Set: JSON strings
// without quotes (escapes kept, as redact.JSONField does), text fields
// unquoted. v is valid until the next Set; it may alias the record.
func (r *FieldReader) Field(name string) (v []byte, ok bool) {
	rec := r.rec
	if r.json {
		return redact.JSONField(rec, name)
	}
	if r.ok {
		for _, f := range r.fields {
			if string(f.Name) == name {
				return r.value(rec, f), true
			}
		}
		// The name of the field's Parquet column (sc_status for
		// sc-status), as engines reading the archive spell it.
		for _, f := range r.fields {
			r.col = sinks.AppendColumnName(r.col[:0], f.Name)
			if string(r.col) == name {
				return r.value(rec, f), true
			}
		}
	}
	return TextField(rec, name)
}

// value returns the text of field f of rec, unquoted into r.buf when the
// field is quoted.
func (r *FieldReader) value(rec []byte, f textfmt.Field) []byte {
	raw := rec[f.Start:f.End]
	if f.Quoting == textfmt.QuoteNone {
		return raw
	}
	n := len(r.buf)
	r.buf = textfmt.AppendUnquoted(r.buf, raw, f.Quoting)
	return r.buf[n:len(r.buf):len(r.buf)]
}

// IsHeader reports whether the record given to Set is a header line of the
// reader's format (a W3C "#Fields:" or "#Version:" line), not a record.
func (r *FieldReader) IsHeader() bool { return r.header }

// Raw is Field for output that keeps types: in a JSON record it returns the
// value as written (strings quoted, objects whole) and isJSON true; in a
// text record the unquoted text and isJSON false.
func (r *FieldReader) Raw(name string) (v []byte, isJSON, ok bool) {
	if r.json {
		v, ok = redact.JSONRaw(r.rec, name)
		return v, true, ok
	}
	v, ok = r.Field(name)
	return v, false, ok
}

// looksCloudFront reports whether rec starts as a CloudFront standard log
// line does: "2026-11-23\t20:00:01\t".
func looksCloudFront(rec []byte) bool {
	const shape = "dddd-dd-dd\tdd:dd:dd\t"
	if len(rec) < len(shape) {
		return false
	}
	for i := 0; i < len(shape); i++ {
		c := rec[i]
		if shape[i] == 'd' {
			if c < '0' || c > '9' {
				return false
			}
		} else if c != shape[i] {
			return false
		}
	}
	return true
}
