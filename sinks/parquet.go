package sinks

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/parquet-go/parquet-go"
	pqzstd "github.com/parquet-go/parquet-go/compress/zstd"
	"github.com/parquet-go/parquet-go/format"

	"github.com/redactd/redactd/redact/textfmt"
)

// Parquet objects (batch.format: parquet) hold one batch as one Parquet
// file, compressed with zstd inside, one row group:
//
//   - a batch of JSON objects gets one column per top-level key of the
//     batch (the schema is inferred per batch, columns sorted by name):
//     INT64 when every value is an integer, DOUBLE when every value is a
//     number, BOOLEAN when every value is true or false, a string when
//     every value is one, else the JSON logical type holding each value as
//     written (nested objects and arrays stay JSON text); a key missing
//     from a record, or null, is a null;
//   - a batch of a topic with a declared text format gets the text
//     layout: a line column plus one column per named field
//     (parquet_text.go);
//   - any other batch (text lines, JSON mixed with text, or JSON objects
//     with more than maxParquetColumns distinct keys, such as maps keyed by
//     ids) is one string column, "line", holding each record, as is a batch
//     the JSON layout cannot encode.
//
// A JSON object with a key twice keeps the last value, as encoding/json
// reads it.
//
// The object's Meta travels in the file's key/value metadata under
// "redactd.<name>" (the S3 user metadata names), so a directory archive
// needs no frame in front of the file: engines read it as it is.

// parquetMetaPrefix prefixes Meta's field names in the key/value metadata.
const parquetMetaPrefix = "redactd."

// parquetLine names the one column of a text batch.
const parquetLine = "line"

// maxParquetColumns bounds the columns of a JSON batch: past it the batch is
// written as lines.
const maxParquetColumns = 256

// column kinds, from the narrowest to the widest.
const (
	pqNone = iota // no value seen yet
	pqInt
	pqDouble
	pqBool
	pqString
	pqJSON
)

// encodeParquet appends src (records, each ending in '\n') as a Parquet
// file carrying m to dst.
// A text format c (not nil) writes the text layout (parquet_text.go).
func encodeParquet(dst, src []byte, m Meta, level int, c *textfmt.Config) ([]byte, error) {
	recs := splitLines(src)
	var opts []parquet.WriterOption
	for k, v := range metaValues(m) {
		opts = append(opts, parquet.KeyValueMetadata(parquetMetaPrefix+k, v))
	}
	opts = append(opts, parquet.Compression(&pqzstd.Codec{Level: pqzstd.Level(zstdLevelOf(level))}))
	if c != nil {
		if out, err := encodeParquetText(dst, recs, *c, opts); err == nil {
			return out, nil
		}
		return encodeParquetLines(dst, recs, opts)
	}
	if objs, ok := jsonObjects(recs); ok {
		if out, err := encodeParquetJSON(dst, objs, opts); err == nil {
			return out, nil
		}
	}
	return encodeParquetLines(dst, recs, opts)
}

// encodeParquetLines writes recs as one "line" column.
func encodeParquetLines(dst []byte, recs [][]byte, opts []parquet.WriterOption) (_ []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot write parquet: %v", r)
		}
	}()
	out := bytes.NewBuffer(dst)
	{
		schema := parquet.NewSchema("record", parquet.Group{parquetLine: parquet.String()})
		w := parquet.NewWriter(out, append(opts, schema)...)
		rows := make([]parquet.Row, len(recs))
		for i, r := range recs {
			rows[i] = parquet.Row{parquet.ByteArrayValue(r).Level(0, 0, 0)}
		}
		if _, err := w.WriteRows(rows); err != nil {
			return dst, fmt.Errorf("cannot write parquet: %w", err)
		}
		if err := w.Close(); err != nil {
			return dst, fmt.Errorf("cannot write parquet: %w", err)
		}
		return out.Bytes(), nil
	}
}

// encodeParquetJSON writes objs with one column per key; an error (too many
// keys, or one the library refuses) tells the caller to write lines.
func encodeParquetJSON(dst []byte, objs []map[string]json.RawMessage, opts []parquet.WriterOption) (_ []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot write parquet: %v", r)
		}
	}()
	out := bytes.NewBuffer(dst)
	// Infer the columns.
	kinds := map[string]int{}
	for _, o := range objs {
		for k, v := range o {
			if kinds[k] == pqJSON || isNull(v) {
				if _, seen := kinds[k]; !seen {
					kinds[k] = pqNone
				}
				continue
			}
			kinds[k] = widen(kinds[k], kindOf(v))
		}
	}
	if len(kinds) > maxParquetColumns {
		return dst, fmt.Errorf("%d keys: more than %d columns", len(kinds), maxParquetColumns)
	}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	slices.Sort(names)
	g := parquet.Group{}
	for _, k := range names {
		var n parquet.Node
		switch kinds[k] {
		case pqInt:
			n = parquet.Int(64)
		case pqDouble:
			n = parquet.Leaf(parquet.DoubleType)
		case pqBool:
			n = parquet.Leaf(parquet.BooleanType)
		case pqString, pqNone:
			n = parquet.String()
		default:
			n = parquet.JSON()
		}
		g[k] = parquet.Optional(n)
	}
	schema := parquet.NewSchema("record", g)
	w := parquet.NewWriter(out, append(opts, schema)...)
	rows := make([]parquet.Row, len(objs))
	for i, o := range objs {
		row := make(parquet.Row, len(names))
		for c, k := range names {
			v, ok := o[k]
			if !ok || isNull(v) {
				row[c] = parquet.NullValue().Level(0, 0, c)
				continue
			}
			var pv parquet.Value
			switch kinds[k] {
			case pqInt:
				n, _ := strconv.ParseInt(string(v), 10, 64)
				pv = parquet.Int64Value(n)
			case pqDouble:
				f, _ := strconv.ParseFloat(string(v), 64)
				pv = parquet.DoubleValue(f)
			case pqBool:
				pv = parquet.BooleanValue(string(v) == "true")
			case pqString:
				var s string
				if err := json.Unmarshal(v, &s); err != nil {
					return dst, fmt.Errorf("BUG: sinks: string column %q: %w", k, err)
				}
				pv = parquet.ByteArrayValue([]byte(s))
			default:
				pv = parquet.ByteArrayValue(v)
			}
			row[c] = pv.Level(0, 1, c)
		}
		rows[i] = row
	}
	if _, err := w.WriteRows(rows); err != nil {
		return dst, fmt.Errorf("cannot write parquet: %w", err)
	}
	if err := w.Close(); err != nil {
		return dst, fmt.Errorf("cannot write parquet: %w", err)
	}
	return out.Bytes(), nil
}

// zstdLevelOf maps a zstd level (1..22, 0: 3) to the parquet codec's.
func zstdLevelOf(level int) int {
	if level <= 0 {
		return 3
	}
	return level
}

func splitLines(src []byte) [][]byte {
	var recs [][]byte
	for len(src) > 0 {
		i := bytes.IndexByte(src, '\n')
		if i < 0 {
			recs = append(recs, src)
			break
		}
		recs = append(recs, src[:i])
		src = src[i+1:]
	}
	return recs
}

// jsonObjects parses every record as a JSON object; ok is false when one
// is not.
func jsonObjects(recs [][]byte) ([]map[string]json.RawMessage, bool) {
	objs := make([]map[string]json.RawMessage, len(recs))
	for i, r := range recs {
		if len(r) == 0 || r[0] != '{' || json.Unmarshal(r, &objs[i]) != nil {
			return nil, false
		}
	}
	return objs, len(recs) > 0
}

func isNull(v json.RawMessage) bool { return string(v) == "null" }

func kindOf(v json.RawMessage) int {
	switch c := v[0]; {
	case c == '"':
		return pqString
	case c == 't' || c == 'f':
		return pqBool
	case c == '-' || (c >= '0' && c <= '9'):
		if _, err := strconv.ParseInt(string(v), 10, 64); err == nil {
			return pqInt
		}
		if _, err := strconv.ParseFloat(string(v), 64); err == nil {
			return pqDouble
		}
		// Out of range for both (1e400, 2^64): kept as written.
	}
	return pqJSON
}

// widen returns the kind of a column holding values of kinds a and b.
func widen(a, b int) int {
	switch {
	case a == pqNone || a == b:
		return b
	case (a == pqInt && b == pqDouble) || (a == pqDouble && b == pqInt):
		return pqDouble
	}
	return pqJSON
}

// parquetRecords appends the records of the Parquet file data to dst, one
// per line: the "line" column of a text batch as it is, a row of a JSON
// batch as a JSON object of its non-null columns (in column order). It
// stops with an error past max bytes of output. A file the library cannot
// read, even by panicking, is an error: objects come from storage.
func parquetRecords(dst, data []byte, max int64) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = dst, fmt.Errorf("cannot read parquet: %v", r)
		}
	}()
	start := len(dst)
	f, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return dst, fmt.Errorf("cannot read parquet: %w", err)
	}
	fields := f.Schema().Fields()
	// A text object has a required line column (and, with a declared text
	// format, optional field columns); every column of a JSON object is
	// optional.
	lineCol := -1
	for i, fd := range fields {
		if fd.Name() == parquetLine && fd.Leaf() && !fd.Optional() && !fd.Repeated() {
			lineCol = i
		}
	}
	text := lineCol >= 0
	r := parquet.NewReader(f)
	defer r.Close()
	rows := make([]parquet.Row, 256)
	for {
		n, err := r.ReadRows(rows)
		for _, row := range rows[:n] {
			if text {
				for _, v := range row {
					if v.Column() == lineCol {
						dst = append(dst, v.ByteArray()...)
					}
				}
				dst = append(dst, '\n')
				continue
			}
			dst = append(dst, '{')
			first := true
			for _, v := range row {
				if v.IsNull() {
					continue
				}
				if !first {
					dst = append(dst, ',')
				}
				first = false
				field := fields[v.Column()]
				name, _ := json.Marshal(field.Name())
				dst = append(dst, name...)
				dst = append(dst, ':')
				switch v.Kind() {
				case parquet.Int64, parquet.Int32:
					dst = strconv.AppendInt(dst, v.Int64(), 10)
				case parquet.Double:
					dst = strconv.AppendFloat(dst, v.Double(), 'g', -1, 64)
				case parquet.Boolean:
					dst = strconv.AppendBool(dst, v.Boolean())
				default:
					if lt := field.Type().LogicalType(); lt != nil && isJSONType(lt) {
						dst = append(dst, v.ByteArray()...)
					} else {
						b, _ := json.Marshal(string(v.ByteArray()))
						dst = append(dst, b...)
					}
				}
			}
			dst = append(dst, '}', '\n')
		}
		if int64(len(dst)-start) > max {
			return dst, fmt.Errorf("cannot read parquet: more than %d bytes of records", max)
		}
		if errors.Is(err, io.EOF) {
			return dst, nil
		}
		if err != nil {
			return dst, fmt.Errorf("cannot read parquet: %w", err)
		}
	}
}

// parquetMeta reads the Meta of a Parquet object from its footer.
func parquetMeta(r io.ReaderAt, size int64) (m Meta, err error) {
	defer func() {
		if x := recover(); x != nil {
			m, err = Meta{}, fmt.Errorf("%w: cannot read parquet footer: %v", errNoMeta, x)
		}
	}()
	f, err := parquet.OpenFile(r, size, parquet.SkipPageIndex(true), parquet.SkipBloomFilters(true))
	if err != nil {
		return Meta{}, fmt.Errorf("%w: %w", errNoMeta, err)
	}
	return metaFromValues(func(k string) string {
		v, _ := f.Lookup(parquetMetaPrefix + k)
		return v
	})
}

func isJSONType(lt *format.LogicalType) bool {
	_, ok := lt.Value.(*format.JsonType)
	return ok
}
