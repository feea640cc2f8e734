// Package query searches an archive written by the pipeline: it plans which
// key prefixes a class, its topics and an hour range cover (plan.go), lists
// them, fetches and decompresses the objects in parallel (fetch.go), filters
// the records (filter.go) and hands the matching ones to the caller in key
// order. It reads nothing outside the planned prefixes. Output formats are
// the caller's (cmd/redactd/query.go).
package query

import (
	"bytes"
	"context"
	"io"
	"regexp"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redactd/redactd/redact/textfmt"
)

// Query says which records to read.
type Query struct {
	Class    string    // "": every class in the archive
	Topics   []string  // nil: every topic archived under Class
	From, To time.Time // UTC hours, both inclusive
	Grep     *regexp.Regexp
	Where    []Where // all must hold
	// TextFormat names the fields of text records for Where (see
	// FieldReader); the zero value reads nginx/Apache combined lines by
	// their shape and other lines by key=value.
	TextFormat textfmt.Config
	Limit      int // stop after this many matching records; 0: no limit
	Workers    int // objects fetched and decompressed at once; 0: 4
}

// Where is one field=value condition, see Query.Match.
type Where struct {
	Field string
	Value []byte
}

// Archive is what a query reads; sinks.Archive has it.
type Archive interface {
	List(ctx context.Context, prefix string, fn func(key string, size int64) error) error
	Get(ctx context.Context, key string) (io.ReadCloser, error)
}

// DirLister is implemented by archives that list one level of "folders"
// (sinks.S3 and sinks.Dir). It lets a query find the topics of a class
// without listing every object of the class.
type DirLister interface {
	ListDirs(ctx context.Context, prefix string, fn func(dir string) error) error
}

// Stats are a query's counters, updated while it runs: another goroutine
// may read them for a progress display.
type Stats struct {
	Planned    atomic.Int64 // objects in range
	Objects    atomic.Int64 // objects fully read
	Bytes      atomic.Int64 // encoded bytes read
	Records    atomic.Int64 // records scanned
	Matched    atomic.Int64 // records handed to emit
	Unreadable atomic.Int64 // objects that failed
}

// Run reads the records q selects from ar, whose keys start with prefix.
// It calls emit with each matching record, without its newline, in key
// order (hour, topic, partition, first offset, then offset order inside an
// object), from the calling goroutine; rec is valid until emit returns. An
// object that cannot be read is passed to unreadable (in the same order)
// and counted; the others are still read. Run stops after q.Limit records.
// It returns the first error of planning or of emit, else ctx's error if
// ctx ended first.
func Run(ctx context.Context, ar Archive, prefix string, q *Query, st *Stats,
	emit func(rec []byte) error, unreadable func(key string, err error)) error {
	parent := ctx
	if _, err := NewFieldReader(q.TextFormat); err != nil {
		return err
	}
	objs, err := Plan(ctx, ar, prefix, q)
	if err != nil {
		return err
	}
	st.Planned.Store(int64(len(objs)))

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := q.Workers
	if workers <= 0 {
		workers = 4
	}
	fetches := make([]*fetch, len(objs))
	for i := range fetches {
		fetches[i] = &fetch{obj: objs[i], chunks: make(chan []byte, 16)}
	}
	// The dispatcher starts objects in order, at most workers ahead of the
	// writer; each holds at most cap(chunks) chunks of matching records, so
	// memory stays bounded however large the range.
	sem := make(chan struct{}, workers)
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
	done := false
	for _, f := range fetches {
		for chunk := range f.chunks {
			if werr != nil || done {
				continue
			}
			done, werr = emitChunk(chunk, q.Limit, st, emit)
			if done || werr != nil {
				cancel()
			}
		}
		<-sem
		if werr != nil || done || ctx.Err() != nil {
			break
		}
		if f.err != nil {
			st.Unreadable.Add(1)
			unreadable(f.obj.Key, f.err)
		}
	}
	cancel()
	<-dispatched
	if werr == nil {
		werr = parent.Err()
	}
	return werr
}

// emitChunk passes the records of chunk (each ending in '\n') to emit.
// done is true once limit records were emitted.
func emitChunk(chunk []byte, limit int, st *Stats, emit func([]byte) error) (done bool, err error) {
	for len(chunk) > 0 {
		if limit > 0 && st.Matched.Load() >= int64(limit) {
			return true, nil
		}
		i := bytes.IndexByte(chunk, '\n')
		if err := emit(chunk[:i]); err != nil {
			return true, err
		}
		st.Matched.Add(1)
		chunk = chunk[i+1:]
	}
	return limit > 0 && st.Matched.Load() >= int64(limit), nil
}
