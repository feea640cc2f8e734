package query

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

// fetch is one object being read by a worker and handed on by Run.
type fetch struct {
	obj    Object
	chunks chan []byte // whole lines of matching records, each ending in '\n'
	err    error       // set before chunks is closed
	once   sync.Once
}

const chunkSize = 64 << 10

// maxRecordLine is the longest record a query reads: the longest record the
// pipeline archives.
const maxRecordLine = rules.MaxRecordBytes

// run reads, decompresses and filters f's object, sending matching records
// in chunks. It closes f.chunks.
func (f *fetch) run(ctx context.Context, q *Query, ar Archive, st *Stats) {
	defer f.once.Do(func() { close(f.chunks) })
	f.err = f.read(ctx, q, ar, st)
}

func (f *fetch) read(ctx context.Context, q *Query, ar Archive, st *Stats) error {
	rc, err := ar.Get(ctx, f.obj.Key)
	if err != nil {
		return err
	}
	defer rc.Close()
	body := &countingReader{r: rc, n: &st.Bytes}
	dec, err := sinks.NewReader(body, f.obj.K.Codec)
	if err != nil {
		return err
	}
	defer dec.Close()
	fr, err := NewFieldReader(q.TextFormat)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(dec)
	sc.Buffer(make([]byte, 0, 256<<10), maxRecordLine)
	chunk := make([]byte, 0, chunkSize)
	for sc.Scan() {
		rec := sc.Bytes()
		st.Records.Add(1)
		if !q.match(rec, fr) {
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
