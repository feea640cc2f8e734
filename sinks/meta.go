package sinks

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
)

// A Dir archive keeps each object's Meta inside the object file, in front of
// the compressed body, as a frame every standard decoder skips:
//
//   - zstd: a skippable frame (magic 0x184D2A5D, little-endian length, payload);
//   - gzip: an empty gzip member whose FEXTRA field has subfield "RD" holding
//     the payload (gzip readers decode concatenated members).
//
// The payload is "redactd-meta-v1\n" followed by URL query encoding of the
// fields (the same names as the S3 user metadata). So `zstd -dc`, `zcat` and
// query engines read the file as it is, Get returns just the body (the bytes
// an S3 archive would hold), and no sidecar file can get out of step.

const (
	metaMagic         = "redactd-meta-v1\n"
	zstdSkippableMeta = 0x184D2A5D
	maxMetaPayload    = 60 << 10
)

// Metadata field names, shared by S3 user metadata and the Dir frame.
const (
	mdClass        = "class"
	mdRecords      = "records"
	mdFirstOffset  = "first-offset"
	mdLastOffset   = "last-offset"
	mdRawSize      = "raw-size"
	mdRulesVersion = "rules-version"
	mdKeyID        = "key-id"
)

func metaValues(m Meta) map[string]string {
	return map[string]string{
		mdClass:        m.Class,
		mdRecords:      strconv.Itoa(m.Records),
		mdFirstOffset:  strconv.FormatInt(m.FirstOffset, 10),
		mdLastOffset:   strconv.FormatInt(m.LastOffset, 10),
		mdRawSize:      strconv.FormatInt(m.RawSize, 10),
		mdRulesVersion: m.RulesVersion,
		mdKeyID:        m.KeyID,
	}
}

// metaFromValues parses metadata written by metaValues; get returns a
// field's value ("" when absent).
func metaFromValues(get func(string) string) (Meta, error) {
	m := Meta{Class: get(mdClass), RulesVersion: get(mdRulesVersion), KeyID: get(mdKeyID)}
	var errs []error
	num := func(name string) int64 {
		s := get(name)
		if s == "" {
			errs = append(errs, fmt.Errorf("metadata %q missing", name))
			return 0
		}
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("metadata %q = %q: not an integer", name, s))
		}
		return n
	}
	m.Records = int(num(mdRecords))
	m.FirstOffset = num(mdFirstOffset)
	m.LastOffset = num(mdLastOffset)
	m.RawSize = num(mdRawSize)
	return m, errors.Join(errs...)
}

func metaPayload(m Meta) []byte {
	v := url.Values{}
	for k, s := range metaValues(m) {
		v.Set(k, s)
	}
	return append([]byte(metaMagic), v.Encode()...)
}

// appendMetaFrame appends the metadata frame for codec c to dst.
func appendMetaFrame(dst []byte, c Codec, m Meta) ([]byte, error) {
	p := metaPayload(m)
	if len(p) > maxMetaPayload {
		return dst, fmt.Errorf("metadata of %d bytes is too large", len(p))
	}
	if c == CodecParquet {
		return dst, nil // in the file's own key/value metadata
	}
	if c == CodecZstd {
		dst = binary.LittleEndian.AppendUint32(dst, zstdSkippableMeta)
		dst = binary.LittleEndian.AppendUint32(dst, uint32(len(p)))
		return append(dst, p...), nil
	}
	// gzip member: ID1 ID2 CM=8 FLG=FEXTRA MTIME=0 XFL=0 OS=255, XLEN, the
	// "RD" subfield, an empty final fixed-Huffman deflate block, CRC32=0 and
	// ISIZE=0 of the empty content.
	dst = append(dst, 0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 255)
	dst = binary.LittleEndian.AppendUint16(dst, uint16(4+len(p)))
	dst = append(dst, 'R', 'D')
	dst = binary.LittleEndian.AppendUint16(dst, uint16(len(p)))
	dst = append(dst, p...)
	dst = append(dst, 0x03, 0x00)
	return append(dst, 0, 0, 0, 0, 0, 0, 0, 0), nil
}

var errNoMeta = errors.New("no redactd metadata frame")

// readMetaFrame reads the metadata frame at the start of r. It returns the
// metadata and the frame's length in bytes.
func readMetaFrame(r io.Reader, c Codec) (Meta, int64, error) {
	var p []byte
	var n int64
	if c == CodecZstd {
		var h [8]byte
		if _, err := io.ReadFull(r, h[:]); err != nil {
			return Meta{}, 0, fmt.Errorf("%w: %w", errNoMeta, err)
		}
		size := binary.LittleEndian.Uint32(h[4:])
		if binary.LittleEndian.Uint32(h[:4]) != zstdSkippableMeta || size > maxMetaPayload {
			return Meta{}, 0, errNoMeta
		}
		p = make([]byte, size)
		if _, err := io.ReadFull(r, p); err != nil {
			return Meta{}, 0, fmt.Errorf("%w: %w", errNoMeta, err)
		}
		n = 8 + int64(size)
	} else {
		var h [16]byte
		if _, err := io.ReadFull(r, h[:]); err != nil {
			return Meta{}, 0, fmt.Errorf("%w: %w", errNoMeta, err)
		}
		xlen := int(binary.LittleEndian.Uint16(h[10:]))
		size := int(binary.LittleEndian.Uint16(h[14:]))
		if h[0] != 0x1f || h[1] != 0x8b || h[2] != 8 || h[3] != 4 || h[12] != 'R' || h[13] != 'D' || xlen != size+4 {
			return Meta{}, 0, errNoMeta
		}
		p = make([]byte, size+10)
		if _, err := io.ReadFull(r, p); err != nil {
			return Meta{}, 0, fmt.Errorf("%w: %w", errNoMeta, err)
		}
		if string(p[size:]) != "\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00" {
			return Meta{}, 0, errNoMeta
		}
		p = p[:size]
		n = 16 + int64(size) + 10
	}
	body, ok := cutPrefixBytes(p, metaMagic)
	if !ok {
		return Meta{}, 0, errNoMeta
	}
	v, err := url.ParseQuery(string(body))
	if err != nil {
		return Meta{}, 0, fmt.Errorf("%w: %w", errNoMeta, err)
	}
	m, err := metaFromValues(v.Get)
	if err != nil {
		return Meta{}, 0, err
	}
	return m, n, nil
}

func cutPrefixBytes(b []byte, prefix string) ([]byte, bool) {
	if len(b) < len(prefix) || string(b[:len(prefix)]) != prefix {
		return b, false
	}
	return b[len(prefix):], true
}
