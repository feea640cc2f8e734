package sinks

import (
	"bytes"
	"fmt"

	"github.com/parquet-go/parquet-go"

	"github.com/redactd/redactd/redact/textfmt"
)

// Text topics with a declared format (the policy's formats: combined,
// cloudfront, w3c, csv/tsv with columns, logfmt, asterisk) are written as
// Parquet with one column per named field:
//
//   - "line", a required string: the redacted record as it is, so that
//     nothing is lost and `redactd query` reads the object line for line;
//   - one optional string column per field name the batch's records have
//     (as AppendColumnName spells it: sc_status for sc-status),
//     holding the field's value parsed from the redacted line with the
//     same textfmt parser the redaction used (quotes removed, doubled
//     quotes and backslash escapes decoded, %XX kept: the value `redactd
//     query --count-by NAME` reads). Columns are in name order.
//
// A record that does not parse, a header line (W3C #Fields:), and a JSON
// record on a text topic keep their line and have nulls in every field
// column; so do fields a record lacks. When a name repeats in a record
// (logfmt, extra key=value fields) the first value is the column's. A
// field named "line" stays in the line only. A batch with more than
// maxParquetColumns distinct names is written as lines only, as is any
// batch the layout cannot encode.
//
// The parser starts afresh for every object, so an object's columns depend
// on its records only: lines of a W3C stream before the object's first
// #Fields: header are named by the declared columns (CloudFront's standard
// fields for cloudfront).

// encodeParquetText writes recs in the text layout of c.
func encodeParquetText(dst []byte, recs [][]byte, c textfmt.Config, opts []parquet.WriterOption) (_ []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot write parquet: %v", r)
		}
	}()
	p, err := textfmt.NewParser(c)
	if err != nil {
		return dst, fmt.Errorf("text format %s: %w", c.Format, err)
	}
	// One pass parses every record: its values go to vals, each field as
	// (column number by first appearance, start, end) in cells.
	type cell struct{ col, start, end int }
	size := 0
	for _, r := range recs {
		size += len(r)
	}
	var (
		fields []textfmt.Field
		vals   = make([]byte, 0, size)         // a value is never longer than its record
		cells  = make([]cell, 0, 16*len(recs)) // about a combined line's fields
		starts = make([]int, len(recs)+1)      // record i's cells: cells[starts[i]:starts[i+1]]
		cols   = map[string]int{}
		names  []string
		seen   []int // seen[col] == i+1: record i has a value for col
		name   []byte
	)
	for i, rec := range recs {
		starts[i] = len(cells)
		if FirstNonSpace(rec) == '{' {
			continue // a JSON record on a text topic: its line only
		}
		var header bool
		fields, header, err = p.Parse(fields[:0], rec)
		if err != nil || header {
			continue
		}
		for _, f := range fields {
			name = AppendColumnName(name[:0], f.Name)
			if len(name) == 0 || string(name) == parquetLine {
				continue
			}
			col, ok := cols[string(name)]
			if !ok {
				col = len(names)
				cols[string(name)] = col
				names = append(names, string(name))
				seen = append(seen, 0)
			}
			if seen[col] == i+1 {
				continue // the first value of a repeated name
			}
			seen[col] = i + 1
			s := len(vals)
			vals = textfmt.AppendUnquoted(vals, rec[f.Start:f.End], f.Quoting)
			cells = append(cells, cell{col, s, len(vals)})
		}
	}
	starts[len(recs)] = len(cells)
	err = nil
	if len(names) > maxParquetColumns {
		return encodeParquetLines(dst, recs, opts)
	}
	g := parquet.Group{parquetLine: parquet.String()}
	for _, n := range names {
		g[n] = parquet.Optional(parquet.String())
	}
	schema := parquet.NewSchema("record", g)
	// Leaf column index of each name (the schema orders them by name).
	leaf := make([]int, len(names))
	for i, n := range names {
		lc, ok := schema.Lookup(n)
		if !ok {
			return dst, fmt.Errorf("BUG: sinks: text column %d missing from its schema", i)
		}
		leaf[i] = lc.ColumnIndex
	}
	lc, ok := schema.Lookup(parquetLine)
	if !ok {
		return dst, fmt.Errorf("BUG: sinks: line column missing from its schema")
	}
	lineCol := lc.ColumnIndex
	out := bytes.NewBuffer(dst)
	w := parquet.NewWriter(out, append(opts, schema)...)
	// Rows go to the writer a chunk at a time, in one reused buffer.
	const chunk = 1024
	width := len(names) + 1
	values := make([]parquet.Value, chunk*width)
	rows := make([]parquet.Row, 0, chunk)
	for i, rec := range recs {
		j := len(rows) * width
		row := parquet.Row(values[j : j+width : j+width])
		for c := range row {
			row[c] = parquet.NullValue().Level(0, 0, c)
		}
		row[lineCol] = parquet.ByteArrayValue(rec).Level(0, 0, lineCol)
		for _, x := range cells[starts[i]:starts[i+1]] {
			row[leaf[x.col]] = parquet.ByteArrayValue(vals[x.start:x.end]).Level(0, 1, leaf[x.col])
		}
		rows = append(rows, row)
		if len(rows) == chunk || i == len(recs)-1 {
			if _, err := w.WriteRows(rows); err != nil {
				return dst, fmt.Errorf("cannot write parquet: %w", err)
			}
			rows = rows[:0]
		}
	}
	if err := w.Close(); err != nil {
		return dst, fmt.Errorf("cannot write parquet: %w", err)
	}
	return out.Bytes(), nil
}

// AppendColumnName appends the Parquet column name of text field name to dst: ASCII
// letters lowercased, digits and '_' kept, ')' dropped, every other byte
// '_' (sc-status -> sc_status, cs(User-Agent) -> cs_user_agent), the only
// names Athena accepts. Names that differ only in these bytes share a
// column, which holds the value of the first of them in a record.
func AppendColumnName(dst, name []byte) []byte {
	for _, c := range name {
		switch {
		case c >= 'A' && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_':
			dst = append(dst, c)
		case c == ')':
		default:
			dst = append(dst, '_')
		}
	}
	return dst
}

// FirstNonSpace returns the first byte of b that is not white space, or 0:
// a record is JSON when it is '{' (or '['), here and in query.
func FirstNonSpace(b []byte) byte {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c
	}
	return 0
}
