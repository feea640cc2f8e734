package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/redactd/redactd/query"
	"github.com/redactd/redactd/redact/textfmt"
	"github.com/redactd/redactd/sinks"
)

func init() {
	register("query", "search archived records by class, topic and time range", runQuery)
}

const queryUsage = `Usage:
  redactd query --archive URL --from TIME [--to TIME] [--class CLASS] [flags]
  redactd query --config /etc/redactd/config.yaml --from TIME [flags]

Searches the archive. Only the partitions in [--from, --to] are listed
(class=/topic=/dt=/hour= prefixes) of the class given, or of every class in
the archive without --class; nothing else in the bucket is read. Objects are
downloaded and decompressed in parallel and records are written in key
order: hour, class, topic, partition, first offset, then offset order inside
each object.

TIME is an hour (2026-11-20T00), a day (2026-11-20, "today" or "yesterday":
from its first hour, or up to its last hour for --to), an RFC 3339 time,
"now", or a time before now: -30m, -1h, -7d, -2w. Times are UTC hours: a
range holds the whole hours it touches.

A record matches when it matches --grep (a Go regular expression over the
whole record) and every --where. A FIELD (in --where, --count-by, --fields)
is a dotted path in a JSON record (status, user.id); in a text record it is
a field of the record's layout: nginx/Apache combined lines are recognised
(remote_addr, remote_user, time_local, request, status, body_bytes_sent,
http_referer, http_user_agent), --text-format names another (cloudfront:
sc-status, cs-uri-stem, c-ip, ...); else the first key=value token.

Answers instead of records: --count prints how many records matched;
--count-by FIELD[,FIELD] counts them by the fields' values, largest first.
--fields FIELD[,FIELD] prints only those fields of each record.
--output: jsonl (records as stored; the default), table or csv (columns:
a JSON record's top-level keys, or the --fields, or the --count-by fields
and count; a text record is one _raw column).

Progress (objects, bytes, records, matches) goes to stderr: rewritten in
place on a terminal, else a line every 10s once a scan runs that long;
--quiet turns it off. Stdout holds only the answer.

S3 credentials come from the AWS SDK's default chain (environment, shared
profile, web identity, instance role); reading needs s3:ListBucket and
s3:GetObject.

Exit status: 0 records matched, 1 nothing matched (also: nothing archived in
range, no such class), 2 usage or access error (bad flag, archive missing or
unreachable, listing denied, an object that could not be read: the others
are still read and written), 130 interrupted.

Flags:
`

// queryConfig is a parsed `redactd query` command line: the query, where
// to read it and how to print it.
type queryConfig struct {
	query.Query
	Config      string
	Archive     string
	S3          sinks.OpenOptions
	Output      string // jsonl, table or csv
	ColumnsFrom int
	Count       bool     // print the number of matching records
	CountBy     []string // count by these fields
	Fields      []string // print only these fields
	Quiet       bool     // no progress on stderr
}

// answers reports whether the query prints counts rather than records.
func (q *queryConfig) answers() bool { return q.Count || len(q.CountBy) > 0 }

// multiFlag collects a repeatable flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func parseQueryFlags(args []string, stderr io.Writer) (*queryConfig, error) {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {} // printed once, below
	var (
		q                                   queryConfig
		from, to, grep, countBy, fields, tf string
		topics, where                       multiFlag
	)
	fs.StringVar(&q.Config, "config", "", "take the archive (url, s3_endpoint, s3_region, prefix) from the daemon's config `FILE`")
	fs.StringVar(&q.Archive, "archive", "", "archive `URL`: s3://bucket[/prefix], file:///dir or a directory (required without --config)")
	fs.StringVar(&q.S3.Endpoint, "s3-endpoint", "", "S3-compatible endpoint `URL`, e.g. http://127.0.0.1:9000 (default: AWS)")
	fs.StringVar(&q.S3.Region, "s3-region", "", "S3 `region` (default: the AWS SDK's configuration)")
	fs.StringVar(&q.Class, "class", "", "retention `class` to search (default: every class)")
	fs.Var(&topics, "topic", "only this `topic` (repeatable; default: every topic of the class)")
	fs.StringVar(&from, "from", "", "first `hour` to search, inclusive (required)")
	fs.StringVar(&to, "to", "now", "last `hour` to search, inclusive")
	fs.StringVar(&grep, "grep", "", "only records matching this regular `expression`")
	fs.Var(&where, "where", "only records whose `field=value` holds (repeatable, all must hold)")
	fs.IntVar(&q.Limit, "limit", 0, "stop after `N` matching records (0: no limit)")
	fs.StringVar(&q.Output, "output", "", "output `format`: jsonl (records as stored; ndjson is the same), table or csv (default: jsonl, table for counts)")
	fs.BoolVar(&q.Count, "count", false, "print the number of matching records instead of the records")
	fs.StringVar(&countBy, "count-by", "", "count matching records by the values of `FIELD[,FIELD]`, largest first")
	fs.StringVar(&fields, "fields", "", "print only `FIELD[,FIELD]` of each record")
	fs.StringVar(&tf, "text-format", "", "`layout` of text records for FIELD names: combined, cloudfront, w3c, csv, tsv, logfmt, asterisk or freeswitch_csv (default: combined lines by their shape, else key=value)")
	fs.BoolVar(&q.Quiet, "quiet", false, "no progress on stderr")
	fs.IntVar(&q.Workers, "workers", 4, "objects downloaded and decompressed in parallel")
	fs.IntVar(&q.ColumnsFrom, "columns-from", 100, "table/csv: columns are the top-level keys of the first `N` records")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(fs, os.Stdout, queryUsage)
		} else {
			printUsage(fs, stderr, queryUsage)
		}
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q (flags go before nothing else; see --help)", fs.Arg(0))
	}
	var errs []error
	if q.Config != "" {
		if err := q.archiveFromConfig(fs); err != nil {
			errs = append(errs, err)
		}
	}
	if q.Archive == "" {
		errs = append(errs, errors.New("--archive is required (or --config naming the daemon's config)"))
	}
	if q.Class != "" {
		if err := sinks.ValidClass(q.Class); err != nil {
			errs = append(errs, fmt.Errorf("--class %q: %w", q.Class, err))
		}
	}
	q.CountBy, q.Fields = splitList(countBy), splitList(fields)
	switch {
	case q.Count && len(q.CountBy) > 0:
		errs = append(errs, errors.New("give --count or --count-by, not both (--count-by also prints the total)"))
	case q.answers() && len(q.Fields) > 0:
		errs = append(errs, errors.New("--fields chooses what records print: it does not go with --count or --count-by"))
	}
	if tf != "" {
		f, ok := textfmt.ParseFormat(tf)
		if !ok {
			errs = append(errs, fmt.Errorf("--text-format %q: want combined, cloudfront, w3c, csv, tsv, logfmt, asterisk or freeswitch_csv", tf))
		}
		q.TextFormat = textfmt.DefaultConfig(f)
	}
	for _, t := range topics {
		for _, t := range strings.Split(t, ",") {
			if err := sinks.ValidTopic(t); err != nil {
				errs = append(errs, fmt.Errorf("--topic %q: %w", t, err))
				continue
			}
			if !slices.Contains(q.Topics, t) {
				q.Topics = append(q.Topics, t)
			}
		}
	}
	now := time.Now()
	var err error
	if from == "" {
		errs = append(errs, errors.New("--from is required"))
	} else if q.From, err = query.ParseHour(from, false, now); err != nil {
		errs = append(errs, fmt.Errorf("--from: %w", err))
	}
	if q.To, err = query.ParseHour(to, true, now); err != nil {
		errs = append(errs, fmt.Errorf("--to: %w", err))
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		errs = append(errs, fmt.Errorf("--to %s is before --from %s", q.To.Format(query.HourLayout), q.From.Format(query.HourLayout)))
	}
	if grep != "" {
		if q.Grep, err = regexp.Compile(grep); err != nil {
			errs = append(errs, fmt.Errorf("--grep: %w", err))
		}
	}
	for _, w := range where {
		f, v, ok := strings.Cut(w, "=")
		if !ok || f == "" {
			errs = append(errs, fmt.Errorf("--where %q: want field=value", w))
			continue
		}
		q.Where = append(q.Where, query.Where{Field: f, Value: []byte(v)})
	}
	if q.Limit < 0 {
		errs = append(errs, fmt.Errorf("--limit %d: must be 0 or more", q.Limit))
	}
	switch q.Output {
	case "":
		q.Output = "jsonl"
		if q.answers() {
			q.Output = "table"
		}
	case "ndjson":
		q.Output = "jsonl"
	case "jsonl", "table", "csv":
	default:
		errs = append(errs, fmt.Errorf("--output %q: want jsonl, table or csv", q.Output))
	}
	if q.Workers < 1 || q.Workers > 64 {
		errs = append(errs, fmt.Errorf("--workers %d: must be between 1 and 64", q.Workers))
	}
	if q.ColumnsFrom < 1 {
		errs = append(errs, fmt.Errorf("--columns-from %d: must be 1 or more", q.ColumnsFrom))
	}
	return &q, errors.Join(errs...)
}

// archiveFromConfig fills the archive settings that no flag set from the
// daemon's config file.
func (q *queryConfig) archiveFromConfig(fs *flag.FlagSet) error {
	c, err := LoadConfig(q.Config)
	if err != nil {
		return fmt.Errorf("--config: %w", err)
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if !set["archive"] {
		q.Archive = c.Archive.URL
		if a, err := sinks.ParseURL(c.Archive.URL); err == nil && a.Scheme == "s3" && a.Prefix == "" && strings.Trim(c.Prefix, "/") != "" {
			q.Archive = a.WithPrefix(c.Prefix).String()
		}
	}
	if !set["s3-endpoint"] {
		q.S3.Endpoint = c.Archive.S3Endpoint
	}
	if !set["s3-region"] {
		q.S3.Region = c.Archive.S3Region
	}
	return nil
}

func runQuery(args []string) int {
	q, err := parseQueryFlags(args, os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "redactd query: %v\n", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	q.S3.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	ar, prefix, err := query.Open(q.Archive, q.S3)
	if err != nil {
		fmt.Fprintf(os.Stderr, "redactd query: %v\n", err)
		return 2
	}
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	var progress *progressOut
	if !q.Quiet {
		progress = &progressOut{w: os.Stderr, tty: isTerminal(os.Stderr), every: 10 * time.Second}
		if progress.tty {
			progress.every = 200 * time.Millisecond
		}
	}
	st, err := runQueryOn(ctx, q, ar, prefix, out, os.Stderr, progress)
	if ferr := out.Flush(); ferr != nil && err == nil {
		err = fmt.Errorf("cannot write output: %w", ferr)
	}
	return queryExit(ctx, st, err, os.Stderr)
}

// queryExit prints the outcome of a query that did not fail on usage and
// returns the exit status documented in queryUsage.
func queryExit(ctx context.Context, st *query.Stats, err error, stderr io.Writer) int {
	var none *query.NothingError
	switch {
	case ctx.Err() != nil:
		fmt.Fprintf(stderr, "redactd query: interrupted after %d objects, %d records matched\n", st.Objects.Load(), st.Matched.Load())
		return 130
	case errors.As(err, &none):
		fmt.Fprintf(stderr, "redactd query: %v\n", err)
		return 1
	case err != nil:
		fmt.Fprintf(stderr, "redactd query: %v\n", err)
		return 2
	case st.Unreadable.Load() > 0:
		fmt.Fprintf(stderr, "redactd query: %d of %d objects could not be read (see above); the output lacks some or all of their records\n",
			st.Unreadable.Load(), st.Planned.Load())
		return 2
	case st.Matched.Load() == 0:
		fmt.Fprintf(stderr, "redactd query: no record matched in %d objects (%d records)\n", st.Planned.Load(), st.Records.Load())
		return 1
	}
	return 0
}

// isTerminal reports whether f is a character device (a terminal, not a
// pipe or a file).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// runQueryOn runs q against ar, whose keys start with prefix. It writes
// matching records (or the counts) to out in q's output format, messages
// about unreadable objects to stderr and, when progress is not nil, the
// query's progress.
func runQueryOn(ctx context.Context, q *queryConfig, ar query.Archive, prefix string, out io.Writer, stderr io.Writer, progress *progressOut) (*query.Stats, error) {
	st := new(query.Stats)
	if progress != nil {
		stop := progress.start(ctx, st)
		defer stop()
	}
	fr, err := query.NewFieldReader(q.TextFormat)
	if err != nil {
		return st, err
	}
	w := newRecordWriter(q, out)
	var counter *query.Counter
	emit := w.write
	switch {
	case q.answers():
		counter = query.NewCounter(q.CountBy)
		emit = func(rec []byte) error {
			fr.Set(rec)
			counter.Add(fr)
			return nil
		}
	case len(q.Fields) > 0:
		var buf []byte
		emit = func(rec []byte) error {
			fr.Set(rec)
			buf = project(buf[:0], fr, q.Fields)
			return w.write(buf)
		}
	}
	err = query.Run(ctx, ar, prefix, &q.Query, st, emit, func(key string, err error) {
		fmt.Fprintf(stderr, "redactd query: cannot read %s: %v\n", key, err)
	})
	if errors.Is(err, ctx.Err()) {
		err = nil // queryExit reports the interrupt
	}
	var none *query.NothingError
	if counter != nil && (err == nil || errors.As(err, &none)) && ctx.Err() == nil {
		if werr := writeCounts(out, q, counter); err == nil {
			err = werr
		}
		return st, err
	}
	if ferr := w.flush(); err == nil {
		err = ferr
	}
	return st, err
}

// project appends a JSON object of fields' values in the record fr holds
// to dst: JSON values as written, text values as strings, null when absent.
func project(dst []byte, fr *query.FieldReader, fields []string) []byte {
	dst = append(dst, '{')
	for i, f := range fields {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendJSONString(dst, f)
		dst = append(dst, ':')
		v, isJSON, ok := fr.Raw(f)
		switch {
		case !ok:
			dst = append(dst, "null"...)
		case isJSON:
			dst = append(dst, v...)
		default:
			dst = appendJSONString(dst, string(v))
		}
	}
	return append(dst, '}')
}

// appendJSONString appends s as a JSON string.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			dst = append(dst, '\\', c)
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, '"')
}

// writeCounts writes --count's total or --count-by's groups.
func writeCounts(out io.Writer, q *queryConfig, c *query.Counter) error {
	if q.Count {
		var err error
		switch q.Output {
		case "jsonl":
			_, err = fmt.Fprintf(out, "{\"count\":%d}\n", c.Total())
		case "csv":
			_, err = fmt.Fprintf(out, "count\n%d\n", c.Total())
		default:
			_, err = fmt.Fprintf(out, "%d\n", c.Total())
		}
		return err
	}
	groups := c.Groups()
	if q.Output == "jsonl" {
		var b []byte
		for _, g := range groups {
			b = append(b[:0], '{')
			for i, f := range q.CountBy {
				b = appendJSONString(b, f)
				b = append(b, ':')
				if g.Present[i] {
					b = appendJSONString(b, g.Values[i])
				} else {
					b = append(b, "null"...)
				}
				b = append(b, ',')
			}
			b = fmt.Appendf(b, "\"count\":%d}\n", g.Count)
			if _, err := out.Write(b); err != nil {
				return err
			}
		}
		return nil
	}
	rows := make([][]string, 0, len(groups)+1)
	rows = append(rows, append(slices.Clone(q.CountBy), "count"))
	for _, g := range groups {
		row := make([]string, 0, len(g.Values)+1)
		for i, v := range g.Values {
			if !g.Present[i] && q.Output == "table" {
				v = "-"
			}
			row = append(row, v)
		}
		rows = append(rows, append(row, strconv.FormatInt(g.Count, 10)))
	}
	w := &recordWriter{q: q, out: out, started: true}
	if q.Output == "csv" {
		w.csv = csv.NewWriter(out)
	} else {
		w.widths = make([]int, len(rows[0]))
		for _, r := range rows {
			for i, c := range r {
				w.widths[i] = max(w.widths[i], min(utf8.RuneCountInString(c), maxCellWidth))
			}
		}
	}
	for _, r := range rows {
		if err := w.writeCells(r); err != nil {
			return err
		}
	}
	return w.flush()
}

// recordWriter writes matching records in the chosen output format.
type recordWriter struct {
	q   *queryConfig
	out io.Writer

	// table and csv: records are held until ColumnsFrom have been seen (or
	// the query ends), then columns are fixed.
	held    [][]byte
	cols    []string
	widths  []int
	csv     *csv.Writer
	started bool
}

func newRecordWriter(q *queryConfig, out io.Writer) *recordWriter {
	w := &recordWriter{q: q, out: out}
	if q.Output == "csv" {
		w.csv = csv.NewWriter(out)
	}
	return w
}

func (w *recordWriter) write(rec []byte) error {
	if w.q.Output == "jsonl" {
		if _, err := w.out.Write(rec); err != nil {
			return err
		}
		_, err := w.out.Write([]byte{'\n'})
		return err
	}
	if !w.started {
		w.held = append(w.held, bytes.Clone(rec))
		if len(w.held) < w.q.ColumnsFrom {
			return nil
		}
		return w.start()
	}
	return w.writeRow(rec)
}

// rawColumn holds a text record (or a JSON value that is not an object) in
// table and csv output.
const rawColumn = "_raw"

const maxCellWidth = 48

// start fixes the columns from the held records and writes them.
func (w *recordWriter) start() error {
	w.started = true
	raw := false
	w.cols = slices.Clone(w.q.Fields) // --fields: the columns, in order
	for _, rec := range w.held {
		if len(w.q.Fields) > 0 {
			break
		}
		kvs := topLevel(rec)
		raw = raw || kvs == nil
		for _, kv := range kvs {
			if !slices.Contains(w.cols, kv.key) {
				w.cols = append(w.cols, kv.key)
			}
		}
	}
	if raw && !slices.Contains(w.cols, rawColumn) {
		w.cols = append(w.cols, rawColumn)
	}
	if w.q.Output == "table" {
		w.widths = make([]int, len(w.cols))
		for i, c := range w.cols {
			w.widths[i] = min(utf8.RuneCountInString(c), maxCellWidth)
		}
		for _, rec := range w.held {
			for i, cell := range w.cells(rec) {
				w.widths[i] = max(w.widths[i], min(utf8.RuneCountInString(cell), maxCellWidth))
			}
		}
	}
	if err := w.writeCells(w.cols); err != nil {
		return err
	}
	held := w.held
	w.held = nil
	for _, rec := range held {
		if err := w.writeRow(rec); err != nil {
			return err
		}
	}
	return nil
}

func (w *recordWriter) writeRow(rec []byte) error { return w.writeCells(w.cells(rec)) }

// cells returns rec's values for w.cols; a record that is not a JSON object
// goes whole into the _raw column, which exists when one of the records that
// chose the columns was not an object.
func (w *recordWriter) cells(rec []byte) []string {
	row := make([]string, len(w.cols))
	kvs := topLevel(rec)
	if kvs == nil {
		if i := slices.Index(w.cols, rawColumn); i >= 0 {
			row[i] = string(rec)
		}
		return row
	}
	for _, kv := range kvs {
		if i := slices.Index(w.cols, kv.key); i >= 0 {
			row[i] = kv.value
		}
	}
	return row
}

func (w *recordWriter) writeCells(cells []string) error {
	if w.csv != nil {
		return w.csv.Write(cells)
	}
	var b []byte
	for i, c := range cells {
		if i > 0 {
			b = append(b, "  "...)
		}
		c = strings.Map(func(r rune) rune {
			if r < ' ' {
				return ' '
			}
			return r
		}, c)
		n := utf8.RuneCountInString(c)
		if n > w.widths[i] && i < len(cells)-1 { // the last column is never cut
			c = string([]rune(c)[:w.widths[i]-1]) + "…"
			n = w.widths[i]
		}
		b = append(b, c...)
		if i < len(cells)-1 {
			for ; n < w.widths[i]; n++ {
				b = append(b, ' ')
			}
		}
	}
	b = bytes.TrimRight(b, " ")
	b = append(b, '\n')
	_, err := w.out.Write(b)
	return err
}

func (w *recordWriter) flush() error {
	if w.q.Output != "jsonl" && !w.started && len(w.held) > 0 {
		if err := w.start(); err != nil {
			return err
		}
	}
	if w.csv != nil {
		w.csv.Flush()
		return w.csv.Error()
	}
	return nil
}

type keyValue struct{ key, value string }

// topLevel returns the top-level members of the JSON object rec in order,
// strings unquoted, null as "", other values as compact JSON. It returns nil
// when rec is not a JSON object.
func topLevel(rec []byte) []keyValue {
	dec := json.NewDecoder(bytes.NewReader(rec))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	kvs := []keyValue{}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil
		}
		key, ok := t.(string)
		if !ok {
			return nil
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil
		}
		kvs = append(kvs, keyValue{key: key, value: cellValue(raw)})
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('}') {
		return nil
	}
	return kvs
}

func cellValue(raw json.RawMessage) string {
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return ""
	case raw[0] == '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	}
	var b bytes.Buffer
	if json.Compact(&b, raw) == nil {
		return b.String()
	}
	return string(raw)
}

// progressOut is where a query's progress goes: rewritten in place every
// 200ms on a terminal, else one line every interval once the scan has run
// that long (a short query prints nothing).
type progressOut struct {
	w     io.Writer
	tty   bool
	every time.Duration
}

// start writes progress until the returned function is called, which
// writes the final line (on a terminal, or when a line was written).
func (p *progressOut) start(ctx context.Context, st *query.Stats) (stop func()) {
	line := func() string {
		if st.Planned.Load() == 0 {
			return "listing the archive's partitions in range"
		}
		return fmt.Sprintf("%d/%d objects  %s read  %d records  %d matched",
			st.Objects.Load(), st.Planned.Load(), humanBytes(st.Bytes.Load()), st.Records.Load(), st.Matched.Load())
	}
	write := func() {
		if p.tty {
			fmt.Fprint(p.w, "\r"+line()+" ")
		} else {
			fmt.Fprintln(p.w, "redactd query: "+line())
		}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	var wrote bool
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(p.every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				write()
				wrote = true
			case <-done:
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
		switch {
		case p.tty:
			fmt.Fprint(p.w, "\r"+line()+" \n")
		case wrote:
			write()
		}
	}
}

func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return strconv.FormatInt(n, 10) + " B"
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
