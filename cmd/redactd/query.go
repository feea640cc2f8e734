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
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/sinks"
)

func init() {
	register("query", "search archived records by class, topic and time range", runQuery)
}

const queryUsage = `Usage:
  redactd query --archive URL --class CLASS --from TIME [--to TIME] [flags]
  redactd query --config /etc/redactd/config.yaml --class CLASS --from TIME [flags]

Searches the archive for records of one retention class. Only the partitions
in [--from, --to] are listed (class=/topic=/dt=/hour= prefixes); nothing else
in the bucket is read. Objects are downloaded and decompressed in parallel and
records are written in key order: hour, topic, partition, first offset, then
offset order inside each object.

TIME is an hour (2026-11-20T00), a day (2026-11-20 or "today": from its
first hour, or up to its last hour for --to), an RFC 3339 time, or "now".
Times are UTC.

A record matches when it matches --grep (a Go regular expression over the
whole record) and every --where. --where field=value compares a JSON record's
field (dotted path, e.g. meta.log_type) with value; for a text record it looks
for a key=value (or key="value") token.

S3 credentials come from the AWS SDK's default chain (environment, shared
profile, web identity, instance role); reading needs s3:ListBucket and
s3:GetObject.

Exit status: 0 records matched, 1 nothing matched or nothing in range,
2 usage error, 3 some objects could not be read (others were), 130 interrupted.

Flags:
`

// queryConfig is a parsed `redactd query` command line.
type queryConfig struct {
	Config      string
	Archive     string
	S3          sinks.OpenOptions
	Class       string
	Topics      []string
	From, To    time.Time // hours, UTC, both inclusive
	Grep        *regexp.Regexp
	Where       []whereCond
	Limit       int // 0: no limit
	Output      string
	Workers     int
	ColumnsFrom int
}

type whereCond struct {
	field string
	value []byte
}

// multiFlag collects a repeatable flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func parseQueryFlags(args []string, stderr io.Writer) (*queryConfig, error) {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, queryUsage)
		fs.PrintDefaults()
	}
	var (
		q              queryConfig
		from, to, grep string
		topics, where  multiFlag
	)
	fs.StringVar(&q.Config, "config", "", "take the archive (url, s3_endpoint, s3_region, prefix) from the daemon's config `FILE`")
	fs.StringVar(&q.Archive, "archive", "", "archive `URL`: s3://bucket[/prefix], file:///dir or a directory (required without --config)")
	fs.StringVar(&q.S3.Endpoint, "s3-endpoint", "", "S3-compatible endpoint `URL`, e.g. http://127.0.0.1:9000 (default: AWS)")
	fs.StringVar(&q.S3.Region, "s3-region", "", "S3 `region` (default: the AWS SDK's configuration)")
	fs.StringVar(&q.Class, "class", "", "retention `class` to search (required)")
	fs.Var(&topics, "topic", "only this `topic` (repeatable; default: every topic of the class)")
	fs.StringVar(&from, "from", "", "first `hour` to search, inclusive (required)")
	fs.StringVar(&to, "to", "now", "last `hour` to search, inclusive")
	fs.StringVar(&grep, "grep", "", "only records matching this regular `expression`")
	fs.Var(&where, "where", "only records whose `field=value` holds (repeatable, all must hold)")
	fs.IntVar(&q.Limit, "limit", 0, "stop after `N` matching records (0: no limit)")
	fs.StringVar(&q.Output, "output", "ndjson", "output `format`: ndjson (records as stored), table or csv (JSON records)")
	fs.IntVar(&q.Workers, "workers", 4, "objects downloaded and decompressed in parallel")
	fs.IntVar(&q.ColumnsFrom, "columns-from", 100, "table/csv: columns are the top-level keys of the first `N` records")
	if err := fs.Parse(args); err != nil {
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
	if q.Class == "" {
		errs = append(errs, errors.New("--class is required"))
	} else if err := sinks.ValidClass(q.Class); err != nil {
		errs = append(errs, fmt.Errorf("--class %q: %w", q.Class, err))
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
	} else if q.From, err = parseQueryTime(from, false, now); err != nil {
		errs = append(errs, fmt.Errorf("--from: %w", err))
	}
	if q.To, err = parseQueryTime(to, true, now); err != nil {
		errs = append(errs, fmt.Errorf("--to: %w", err))
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		errs = append(errs, fmt.Errorf("--to %s is before --from %s", q.To.Format(hourLayout), q.From.Format(hourLayout)))
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
		q.Where = append(q.Where, whereCond{field: f, value: []byte(v)})
	}
	if q.Limit < 0 {
		errs = append(errs, fmt.Errorf("--limit %d: must be 0 or more", q.Limit))
	}
	switch q.Output {
	case "ndjson", "table", "csv":
	default:
		errs = append(errs, fmt.Errorf("--output %q: want ndjson, table or csv", q.Output))
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

const hourLayout = "2006-01-02T15"

// parseQueryTime parses an hour, a day, an RFC 3339 time or "now" and
// returns its UTC hour. A day means its first hour, or its last one when
// end is set.
func parseQueryTime(s string, end bool, now time.Time) (time.Time, error) {
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
	if t, err := time.Parse(hourLayout, s); err == nil {
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
	ar, prefix, err := openQueryArchive(q.Archive, q.S3)
	if err != nil {
		fmt.Fprintf(os.Stderr, "redactd query: %v\n", err)
		return 2
	}
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	var progress io.Writer
	if isTerminal(os.Stderr) {
		progress = os.Stderr
	}
	st, err := runQueryOn(ctx, q, ar, prefix, out, os.Stderr, progress)
	if ferr := out.Flush(); ferr != nil && err == nil {
		err = fmt.Errorf("cannot write output: %w", ferr)
	}
	return queryExit(ctx, st, err, os.Stderr)
}

// queryExit prints the outcome of a query that did not fail on usage and
// returns the exit status documented in queryUsage.
func queryExit(ctx context.Context, st *queryStats, err error, stderr io.Writer) int {
	switch {
	case ctx.Err() != nil:
		fmt.Fprintf(stderr, "redactd query: interrupted after %d objects, %d records matched\n", st.Objects.Load(), st.Matched.Load())
		return 130
	case err != nil:
		fmt.Fprintf(stderr, "redactd query: %v\n", err)
		return 1
	case st.Unreadable.Load() > 0:
		fmt.Fprintf(stderr, "redactd query: %d of %d objects could not be read (see above); the output lacks some or all of their records\n",
			st.Unreadable.Load(), st.Planned)
		return 3
	case st.Matched.Load() == 0:
		fmt.Fprintf(stderr, "redactd query: no record matched in %d objects (%d records)\n", st.Planned, st.Records.Load())
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

// queryArchive is what a query needs from an archive; sinks.Archive has it.
type queryArchive interface {
	List(ctx context.Context, prefix string, fn func(key string, size int64) error) error
	Get(ctx context.Context, key string) (io.ReadCloser, error)
}

// dirLister is implemented by archives that can list one level of "folders"
// (S3 ListObjectsV2 with a delimiter). It lets a query find the topics of a
// class without listing every object of the class.
type dirLister interface {
	ListDirs(ctx context.Context, prefix string, fn func(dir string) error) error
}

// queryStats are a query's counters, updated while it runs.
type queryStats struct {
	Planned    int          // objects in range
	Objects    atomic.Int64 // objects fully read
	Bytes      atomic.Int64 // encoded bytes read
	Records    atomic.Int64 // records scanned
	Matched    atomic.Int64 // records written
	Unreadable atomic.Int64 // objects that failed
}

// queryObject is one archive object in range.
type queryObject struct {
	key  string
	size int64
	k    sinks.Key
}

// runQueryOn runs q against ar, whose keys start with prefix. It writes
// matching records to out, messages about unreadable objects to stderr and,
// when progress is not nil, a progress line that it rewrites in place.
func runQueryOn(ctx context.Context, q *queryConfig, ar queryArchive, prefix string, out io.Writer, stderr, progress io.Writer) (*queryStats, error) {
	st := new(queryStats)
	objs, err := planQuery(ctx, q, ar, prefix)
	if err != nil {
		return st, err
	}
	st.Planned = len(objs)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var stopProgress func()
	if progress != nil {
		stopProgress = startProgress(ctx, st, progress)
	}

	w, err := newRecordWriter(q, out)
	if err != nil {
		return st, err
	}
	fetches := make([]*fetch, len(objs))
	for i := range fetches {
		fetches[i] = &fetch{obj: objs[i], chunks: make(chan []byte, 16)}
	}
	// The dispatcher starts objects in order, at most Workers ahead of the
	// writer; each holds at most cap(chunks) chunks of matching records, so
	// memory stays bounded however large the range.
	sem := make(chan struct{}, q.Workers)
	dispatched := make(chan struct{})
	go func() {
		defer close(dispatched)
		var wg sync.WaitGroup
		defer func() {
			// Objects never started end empty; started ones close their
			// own channel, so wait for them first.
			wg.Wait()
			for _, f := range fetches {
				f.once.Do(func() { close(f.chunks) })
			}
		}()
		for _, f := range fetches {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				f.run(ctx, q, ar, st)
			}()
		}
	}()

	var werr error
	for _, f := range fetches {
		for chunk := range f.chunks {
			if werr != nil {
				continue
			}
			var done bool
			done, werr = w.writeChunk(chunk, st)
			if done || werr != nil {
				cancel()
			}
		}
		<-sem
		if werr != nil || ctx.Err() != nil {
			break
		}
		if f.err != nil {
			st.Unreadable.Add(1)
			fmt.Fprintf(stderr, "redactd query: cannot read %s: %v\n", f.obj.key, f.err)
		}
	}
	if ferr := w.flush(); werr == nil {
		werr = ferr
	}
	cancel()
	<-dispatched
	if stopProgress != nil {
		stopProgress()
	}
	if werr != nil {
		return st, werr
	}
	return st, nil
}

// planQuery lists the objects of q's class and topics in [q.From, q.To] and
// returns them in key order (hour, topic, partition, first offset).
func planQuery(ctx context.Context, q *queryConfig, ar queryArchive, prefix string) ([]queryObject, error) {
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
	var objs []queryObject
	for _, topic := range topics {
		for _, p := range rangePrefixes(prefix, q.Class, topic, q.From, q.To) {
			err := ar.List(ctx, p, func(key string, size int64) error {
				k, err := parseObjectKey(key)
				if err != nil {
					return nil // not an archive object (a stray upload): ignore
				}
				if k.Class != q.Class || k.Topic != topic || k.Hour.Before(q.From) || k.Hour.After(q.To) {
					return nil
				}
				objs = append(objs, queryObject{key: key, size: size, k: k})
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("cannot list %q: %w", p, err)
			}
		}
	}
	if len(objs) == 0 {
		return nil, fmt.Errorf("no objects for class %q, topic %s between %s and %s (inclusive, UTC)",
			q.Class, strings.Join(topics, ","), q.From.Format(hourLayout), q.To.Format(hourLayout))
	}
	slices.SortFunc(objs, func(a, b queryObject) int {
		if c := a.k.Hour.Compare(b.k.Hour); c != 0 {
			return c
		}
		if c := strings.Compare(a.k.Topic, b.k.Topic); c != 0 {
			return c
		}
		if a.k.Partition != b.k.Partition {
			return a.k.Partition - b.k.Partition
		}
		if a.k.FirstOffset != b.k.FirstOffset {
			if a.k.FirstOffset < b.k.FirstOffset {
				return -1
			}
			return 1
		}
		return strings.Compare(a.key, b.key)
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

// classDir is the prefix of every object of class: [prefix/]class=C/.
func classDir(prefix, class string) string { return sinks.ClassPrefix(prefix, class) }

// classTopics returns the topics archived under class, listing one level
// when the archive can, else every key of the class.
func classTopics(ctx context.Context, ar queryArchive, prefix, class string) ([]string, error) {
	dir := classDir(prefix, class)
	var topics []string
	add := func(t string) {
		if !slices.Contains(topics, t) {
			topics = append(topics, t)
		}
	}
	var err error
	if dl, ok := ar.(dirLister); ok {
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
func missingClassError(ctx context.Context, ar queryArchive, prefix, class string) error {
	if dl, ok := ar.(dirLister); ok {
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
	return fmt.Errorf("no class %q in the archive (nothing under %q)", class, classDir(prefix, class))
}

// fetch is one object being read by a worker and written by the writer.
type fetch struct {
	obj    queryObject
	chunks chan []byte // whole lines of matching records, each ending in '\n'
	err    error       // set before chunks is closed
	once   sync.Once
}

const chunkSize = 64 << 10

// maxRecordLine is the longest record a query reads.
const maxRecordLine = 64 << 20

// run reads, decompresses and filters f's object, sending matching records
// in chunks. It closes f.chunks.
func (f *fetch) run(ctx context.Context, q *queryConfig, ar queryArchive, st *queryStats) {
	defer f.once.Do(func() { close(f.chunks) })
	f.err = f.read(ctx, q, ar, st)
}

func (f *fetch) read(ctx context.Context, q *queryConfig, ar queryArchive, st *queryStats) error {
	rc, err := ar.Get(ctx, f.obj.key)
	if err != nil {
		return err
	}
	defer rc.Close()
	body := &countingReader{r: rc, n: &st.Bytes}
	dec, err := sinks.NewReader(body, f.obj.k.Codec)
	if err != nil {
		return err
	}
	defer dec.Close()
	sc := bufio.NewScanner(dec)
	sc.Buffer(make([]byte, 0, 256<<10), maxRecordLine)
	chunk := make([]byte, 0, chunkSize)
	for sc.Scan() {
		rec := sc.Bytes()
		st.Records.Add(1)
		if !recordMatches(q, rec) {
			continue
		}
		chunk = append(chunk, rec...)
		chunk = append(chunk, '\n')
		if len(chunk) >= chunkSize {
			select {
			case f.chunks <- chunk:
			case <-ctx.Done():
				return ctx.Err()
			}
			chunk = make([]byte, 0, chunkSize)
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("a record is longer than %d bytes", maxRecordLine)
		}
		return err
	}
	if len(chunk) > 0 {
		select {
		case f.chunks <- chunk:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	st.Objects.Add(1)
	return nil
}

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// recordMatches reports whether rec passes q's --grep and --where filters.
func recordMatches(q *queryConfig, rec []byte) bool {
	if q.Grep != nil && !q.Grep.Match(rec) {
		return false
	}
	if len(q.Where) == 0 {
		return true
	}
	isJSON := firstNonSpace(rec) == '{'
	for _, w := range q.Where {
		var v []byte
		var ok bool
		if isJSON {
			v, ok = redact.JSONField(rec, w.field)
		} else {
			v, ok = textField(rec, w.field)
		}
		if !ok || !bytes.Equal(v, w.value) {
			return false
		}
	}
	return true
}

func firstNonSpace(b []byte) byte {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c
	}
	return 0
}

// textField returns the value of the first key=value token for key in a
// text record: key must start the record or follow a space, tab, ',', ';',
// '&', '?', '{', '[' or '('; the value runs to the next space, tab, ',', ';',
// '&' or closing bracket, or is "quoted" (returned without the quotes, no
// unescaping). It does not allocate.
func textField(rec []byte, key string) (v []byte, ok bool) {
	if key == "" {
		return nil, false
	}
	for i := 0; i+len(key) < len(rec); {
		j := bytes.Index(rec[i:], []byte(key))
		if j < 0 {
			return nil, false
		}
		j += i
		end := j + len(key)
		if (j == 0 || isTextKeyStart(rec[j-1])) && end < len(rec) && rec[end] == '=' {
			return textValue(rec[end+1:]), true
		}
		i = j + 1
	}
	return nil, false
}

func isTextKeyStart(c byte) bool {
	switch c {
	case ' ', '\t', ',', ';', '&', '?', '{', '[', '(':
		return true
	}
	return false
}

func textValue(b []byte) []byte {
	if len(b) > 0 && b[0] == '"' {
		if k := bytes.IndexByte(b[1:], '"'); k >= 0 {
			return b[1 : 1+k]
		}
		return b[1:]
	}
	for k, c := range b {
		switch c {
		case ' ', '\t', ',', ';', '&', ')', ']', '}':
			return b[:k]
		}
	}
	return b
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

func newRecordWriter(q *queryConfig, out io.Writer) (*recordWriter, error) {
	w := &recordWriter{q: q, out: out}
	if q.Output == "csv" {
		w.csv = csv.NewWriter(out)
	}
	return w, nil
}

// writeChunk writes the records in chunk. done is true when --limit has been
// reached.
func (w *recordWriter) writeChunk(chunk []byte, st *queryStats) (done bool, err error) {
	for len(chunk) > 0 {
		i := bytes.IndexByte(chunk, '\n')
		rec := chunk[:i]
		chunk = chunk[i+1:]
		if w.q.Limit > 0 && st.Matched.Load() >= int64(w.q.Limit) {
			return true, nil
		}
		if err := w.write(rec); err != nil {
			return true, err
		}
		st.Matched.Add(1)
	}
	return w.q.Limit > 0 && st.Matched.Load() >= int64(w.q.Limit), nil
}

func (w *recordWriter) write(rec []byte) error {
	if w.q.Output == "ndjson" {
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
	for _, rec := range w.held {
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
	if w.q.Output != "ndjson" && !w.started && len(w.held) > 0 {
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

// startProgress rewrites one status line on a terminal every 200ms until the
// returned function is called, which writes the final line.
func startProgress(ctx context.Context, st *queryStats, tty io.Writer) (stop func()) {
	line := func() string {
		return fmt.Sprintf("\r%d/%d objects  %s read  %d records  %d matched ",
			st.Objects.Load(), st.Planned, humanBytes(st.Bytes.Load()), st.Records.Load(), st.Matched.Load())
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				fmt.Fprint(tty, line())
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
		fmt.Fprint(tty, line()+"\n")
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

// parseObjectKey parses an archive key (see sinks.Key).
func parseObjectKey(s string) (sinks.Key, error) { return sinks.ParseKey(s) }

// openQueryArchive opens the archive at raw (file:///dir, a plain directory
// path, or s3://bucket[/prefix]) and returns it with the key prefix its
// objects are under.
func openQueryArchive(raw string, o sinks.OpenOptions) (queryArchive, string, error) {
	var u sinks.URL
	if strings.Contains(raw, "://") {
		var err error
		if u, err = sinks.ParseURL(raw); err != nil {
			return nil, "", fmt.Errorf("--archive %q: %w", raw, err)
		}
	} else {
		u = sinks.URL{Scheme: "file", Dir: mustAbs(raw)}
	}
	if u.Scheme == "file" {
		// A query never creates the directory (sinks.Open would).
		fi, err := os.Stat(u.Dir)
		if err != nil {
			return nil, "", fmt.Errorf("--archive %q: no archive there: %w", raw, err)
		}
		if !fi.IsDir() {
			return nil, "", fmt.Errorf("--archive %q: not a directory", raw)
		}
	}
	ar, err := sinks.OpenURL(u, o)
	if err != nil {
		return nil, "", err
	}
	switch a := ar.(type) {
	case *sinks.Dir:
		return dirArchive{a}, "", nil
	case *sinks.S3:
		return s3Archive{a}, a.Prefix(), nil
	}
	return ar, "", nil
}

// s3Archive lists "folders" of an S3 archive with a delimiter.
type s3Archive struct{ *sinks.S3 }

// ListDirs implements dirLister.
func (a s3Archive) ListDirs(ctx context.Context, prefix string, fn func(dir string) error) error {
	p := s3.NewListObjectsV2Paginator(a.Client(), &s3.ListObjectsV2Input{
		Bucket: aws.String(a.Bucket()), Prefix: aws.String(prefix), Delimiter: aws.String("/"),
	})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return fmt.Errorf("cannot list %q in %s: %w", prefix, a, err)
		}
		for _, cp := range page.CommonPrefixes {
			if err := fn(aws.ToString(cp.Prefix)); err != nil {
				return err
			}
		}
	}
	return nil
}

func mustAbs(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// dirArchive lists "folders" of a directory archive with one ReadDir.
type dirArchive struct{ *sinks.Dir }

// ListDirs implements dirLister.
func (d dirArchive) ListDirs(ctx context.Context, prefix string, fn func(dir string) error) error {
	entries, err := os.ReadDir(filepath.Join(d.Root(), filepath.FromSlash(prefix)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			if err := fn(prefix + e.Name() + "/"); err != nil {
				return err
			}
		}
	}
	return nil
}
