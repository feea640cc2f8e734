package sinks

import (
	"strconv"
	"time"
)

// Ext returns the file extension of objects encoded with c.
func (c Codec) Ext() string {
	if c == CodecGzip {
		return ".ndjson.gz"
	}
	return ".ndjson.zst"
}

func (c Codec) String() string {
	if c == CodecGzip {
		return "gzip"
	}
	return "zstd"
}

// String returns the object key. It does not validate: the caller builds
// keys only from configured classes and topics.
func (k Key) String() string { return string(k.AppendTo(nil)) }

// AppendTo appends the object key to dst.
func (k Key) AppendTo(dst []byte) []byte {
	if k.Prefix != "" {
		dst = append(dst, k.Prefix...)
		if k.Prefix[len(k.Prefix)-1] != '/' {
			dst = append(dst, '/')
		}
	}
	h := k.Hour.UTC()
	dst = append(dst, "class="...)
	dst = append(dst, k.Class...)
	dst = append(dst, "/topic="...)
	dst = append(dst, k.Topic...)
	dst = append(dst, "/dt="...)
	dst = h.AppendFormat(dst, "2006-01-02")
	dst = append(dst, "/hour="...)
	dst = h.AppendFormat(dst, "15")
	dst = append(dst, '/')
	dst = append(dst, k.Topic...)
	dst = append(dst, '+')
	dst = strconv.AppendInt(dst, int64(k.Partition), 10)
	dst = append(dst, '+')
	var off [20]byte
	b := strconv.AppendInt(off[:0], k.FirstOffset, 10)
	for i := len(b); i < 18; i++ {
		dst = append(dst, '0')
	}
	dst = append(dst, b...)
	dst = append(dst, k.Codec.Ext()...)
	return dst
}

// HourOf truncates t to its UTC hour.
func HourOf(t time.Time) time.Time { return t.UTC().Truncate(time.Hour) }
