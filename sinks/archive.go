// Package sinks writes encoded batches to an archive (S3 or a local
// filesystem) under deterministic Hive-style keys, and makes the archive
// enforce each retention class (S3 lifecycle rules, filesystem janitor).
package sinks

import (
	"context"
	"errors"
	"io"
	"time"
)

// ErrExists is returned (wrapped) by Put when an object with the same key is
// already in the archive (S3: 412 on If-None-Match: *). The caller must Stat
// it to learn which offsets it holds: it may cover fewer or more records than
// the batch being written.
var ErrExists = errors.New("object already exists")

// ErrNotFound is returned (wrapped) by Stat and Get for a missing key.
var ErrNotFound = errors.New("object not found")

// PermanentError marks an archive error that trying again cannot fix: access
// denied, no such bucket, a request the store rejects, an object that is
// not valid. Any other error (a 5xx, throttling, a network failure, a full
// disk) may succeed on another attempt. Callers tell them apart with
// IsPermanent, never by the message.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent marks err permanent; nil stays nil.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &PermanentError{Err: err}
}

// IsPermanent reports whether err, or an error it wraps, is marked
// permanent. ErrExists and ErrNotFound are answers, not failures: they are
// never permanent.
func IsPermanent(err error) bool {
	var p *PermanentError
	return errors.As(err, &p)
}

// Meta is what an archive object says about itself (S3 user metadata and
// tags; a sidecar-free encoding on the filesystem).
type Meta struct {
	Class        string
	Records      int
	FirstOffset  int64 // Kafka offset of the first record
	LastOffset   int64 // Kafka offset of the last record (inclusive)
	RulesVersion string
	KeyID        string // pseudonym key id, "" when none
	Size         int64  // encoded size in bytes (filled by Stat/List)
	RawSize      int64  // uncompressed size in bytes
	Expiration   string // S3 x-amz-expiration as returned on HEAD, if any
}

// Object is one encoded batch ready to write.
type Object struct {
	Key  string // full key including the archive prefix, see Key.String
	Body []byte // encoded (compressed) bytes
	Meta Meta
}

// Archive is the storage a pipeline writes to and a query reads from.
// Implementations: *S3 and *Dir.
type Archive interface {
	// Put writes obj atomically and only if no object has that key; it
	// returns an error wrapping ErrExists otherwise. Put makes one attempt
	// (an S3 archive's SDK retries inside it); the caller retries errors
	// that are not permanent (IsPermanent), with its own backoff.
	Put(ctx context.Context, obj Object) error
	// Stat returns the metadata of key, or an error wrapping ErrNotFound.
	Stat(ctx context.Context, key string) (Meta, error)
	// List calls fn for every key under prefix, in lexical order.
	List(ctx context.Context, prefix string, fn func(key string, size int64) error) error
	// Get opens key for reading.
	Get(ctx context.Context, key string) (io.ReadCloser, error)
}

// Key is the identity of an archive object. Its String form is
//
//	[prefix/]class=access/topic=cdn-access/dt=2026-11-23/hour=20/cdn-access+3+000000000000123456.ndjson.zst
//
// Class must be one of the configured classes (an allow-list) and Topic a
// configured topic: nothing inside a record chooses a key.
type Key struct {
	Prefix      string
	Class       string
	Topic       string
	Partition   int
	FirstOffset int64
	Hour        time.Time // record-time hour, UTC
	Codec       Codec
	// Text names a zstd or gzip object .log.zst or .log.gz instead of
	// .ndjson.zst or .ndjson.gz: its records are text lines, not all JSON
	// (see TextRecords). Parquet objects do not have it.
	Text bool
}

// Codec is an object's compression, or for CodecParquet its format (a
// Parquet file, zstd-compressed inside; see parquet.go).
type Codec uint8

const (
	CodecZstd Codec = iota
	CodecGzip
	CodecParquet
)
