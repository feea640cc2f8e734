package sinks

import (
	"bytes"
	"fmt"
	"io"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"github.com/redactd/redactd/redact/textfmt"
)

// Encoder compresses whole batches. Make one per worker and reuse it: after
// the first few batches Encode does not allocate when dst has room. An
// Encoder is not safe for concurrent use.
type Encoder struct {
	codec Codec
	level int // CodecParquet: the zstd level inside
	zw    *zstd.Encoder
	gw    *gzip.Writer
	out   appendWriter
}

// NewEncoder returns an encoder for codec at level; level 0 picks the
// codec's default (zstd 3, gzip 6). zstd accepts 1..22 (mapped onto the
// library's four speeds), gzip 1..9.
func NewEncoder(codec Codec, level int) (*Encoder, error) {
	e := &Encoder{codec: codec}
	switch codec {
	case CodecZstd:
		if level < 0 || level > 22 {
			return nil, fmt.Errorf("zstd level %d out of range 1..22", level)
		}
		if level == 0 {
			level = 3
		}
		zw, err := zstd.NewWriter(nil,
			zstd.WithEncoderLevel(zstd.EncoderLevelFromZstd(level)),
			zstd.WithEncoderConcurrency(1),
			zstd.WithZeroFrames(true))
		if err != nil {
			return nil, fmt.Errorf("cannot create zstd encoder: %w", err)
		}
		e.zw = zw
	case CodecGzip:
		if level < 0 || level > 9 {
			return nil, fmt.Errorf("gzip level %d out of range 1..9", level)
		}
		if level == 0 {
			level = gzip.DefaultCompression
		}
		gw, err := gzip.NewWriterLevel(&e.out, level)
		if err != nil {
			return nil, fmt.Errorf("cannot create gzip encoder: %w", err)
		}
		e.gw = gw
	case CodecParquet:
		if level < 0 || level > 22 {
			return nil, fmt.Errorf("zstd level %d out of range 1..22", level)
		}
		e.level = level
	default:
		return nil, fmt.Errorf("unknown codec %d", codec)
	}
	return e, nil
}

// Codec returns the encoder's codec.
func (e *Encoder) Codec() Codec { return e.codec }

// Encode appends the compressed form of src (one complete zstd frame or gzip
// member) to dst and returns it. It does not allocate once the encoder is
// warm and dst has capacity for the result.
func (e *Encoder) Encode(dst, src []byte) []byte {
	if e.codec == CodecParquet {
		panic("BUG: sinks: Encode of a Parquet encoder; use EncodeObject")
	}
	if e.zw != nil {
		return e.zw.EncodeAll(src, dst)
	}
	e.out.b = dst
	e.gw.Reset(&e.out)
	// Writes to an appendWriter cannot fail.
	_, _ = e.gw.Write(src)
	_ = e.gw.Close()
	dst, e.out.b = e.out.b, nil
	return dst
}

// EncodeObject appends the encoded form of src, the records of an object
// with metadata m, to dst: Encode's for zstd and gzip, a Parquet file
// carrying m for CodecParquet (which allocates).
func (e *Encoder) EncodeObject(dst, src []byte, m Meta) ([]byte, error) {
	return e.EncodeText(dst, src, m, nil)
}

// EncodeText is EncodeObject for the records of a topic whose text format
// c is declared (nil: none): a Parquet file gets one column per named
// field besides the line (parquet_text.go); the other codecs ignore c.
func (e *Encoder) EncodeText(dst, src []byte, m Meta, c *textfmt.Config) ([]byte, error) {
	if e.codec == CodecParquet {
		return encodeParquet(dst, src, m, e.level, c)
	}
	return e.Encode(dst, src), nil
}

// Close releases the encoder's resources. It is safe to call twice.
func (e *Encoder) Close() {
	if e.zw != nil {
		_ = e.zw.Close()
	}
}

type appendWriter struct{ b []byte }

func (w *appendWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

// Decoder decompresses archive objects; reuse it. It skips the metadata
// frame a Dir archive puts in front of each object. A Decoder is not safe
// for concurrent use.
type Decoder struct {
	zr  *zstd.Decoder
	gr  *gzip.Reader
	max int64
}

// NewDecoder returns a decoder that refuses to produce more than maxSize
// bytes per object (0: 1 GiB), so a hostile object cannot exhaust memory.
func NewDecoder(maxSize int64) (*Decoder, error) {
	if maxSize <= 0 {
		maxSize = 1 << 30
	}
	zr, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(uint64(maxSize)))
	if err != nil {
		return nil, fmt.Errorf("cannot create zstd decoder: %w", err)
	}
	return &Decoder{zr: zr, max: maxSize}, nil
}

// Decode appends the decompressed content of src, encoded with c, to dst.
func (d *Decoder) Decode(dst, src []byte, c Codec) ([]byte, error) {
	switch c {
	case CodecZstd:
		out, err := d.zr.DecodeAll(src, dst)
		if err != nil {
			return dst, fmt.Errorf("cannot decode zstd: %w", err)
		}
		return out, nil
	case CodecGzip:
		r := bytes.NewReader(src)
		if d.gr == nil {
			gr, err := gzip.NewReader(r)
			if err != nil {
				return dst, fmt.Errorf("cannot decode gzip: %w", err)
			}
			d.gr = gr
		} else if err := d.gr.Reset(r); err != nil {
			return dst, fmt.Errorf("cannot decode gzip: %w", err)
		}
		w := appendWriter{b: dst}
		n, err := io.Copy(&w, io.LimitReader(d.gr, d.max+1))
		if err != nil {
			return dst, fmt.Errorf("cannot decode gzip: %w", err)
		}
		if n > d.max {
			return dst, fmt.Errorf("cannot decode gzip: larger than %d bytes", d.max)
		}
		return w.b, nil
	case CodecParquet:
		return parquetRecords(dst, src, d.max)
	}
	return dst, fmt.Errorf("unknown codec %d", c)
}

// Close releases the decoder's resources. It is safe to call twice.
func (d *Decoder) Close() { d.zr.Close() }

// NewReader returns a streaming reader of the decompressed content of r,
// encoded with c, for objects too large to hold in memory. Closing it does
// not close r.
func NewReader(r io.Reader, c Codec) (io.ReadCloser, error) {
	switch c {
	case CodecZstd:
		zr, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1))
		if err != nil {
			return nil, fmt.Errorf("cannot decode zstd: %w", err)
		}
		return zr.IOReadCloser(), nil
	case CodecGzip:
		gr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("cannot decode gzip: %w", err)
		}
		return gr, nil
	case CodecParquet:
		// A Parquet file is read from its footer: the whole object is held
		// (objects are at most batch.max_bytes before compression).
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		recs, err := parquetRecords(nil, data, 1<<30)
		if err != nil {
			return nil, err
		}
		return io.NopCloser(bytes.NewReader(recs)), nil
	}
	return nil, fmt.Errorf("unknown codec %d", c)
}
