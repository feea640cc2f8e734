package sinks

import (
	"bytes"
	"testing"
)

func TestMetaFrameRoundTrip(t *testing.T) {
	f := func(c Codec, m Meta) {
		t.Helper()
		frame, err := appendMetaFrame(nil, c, m)
		if err != nil {
			t.Fatal(err)
		}
		got, n, err := readMetaFrame(bytes.NewReader(append(frame, "body"...)), c)
		if err != nil {
			t.Fatalf("%s: %v", c, err)
		}
		if got != m || n != int64(len(frame)) {
			t.Fatalf("%s: got %+v (%d bytes), want %+v (%d bytes)", c, got, n, m, len(frame))
		}
	}
	for _, c := range []Codec{CodecZstd, CodecGzip} {
		f(c, Meta{Class: "access", Records: 3, FirstOffset: 10, LastOffset: 12, RawSize: 99, RulesVersion: "a&b=c d\n%", KeyID: "k"})
		f(c, Meta{})
		f(c, Meta{Class: "x", FirstOffset: -1, LastOffset: 1 << 62})
	}
	if _, err := appendMetaFrame(nil, CodecZstd, Meta{RulesVersion: string(make([]byte, 70<<10))}); err == nil {
		t.Fatal("oversized metadata accepted")
	}
}

func FuzzReadMetaFrame(f *testing.F) {
	m := Meta{Class: "access", Records: 3, FirstOffset: 10, LastOffset: 12, RawSize: 99, RulesVersion: "v", KeyID: "k"}
	for _, c := range []Codec{CodecZstd, CodecGzip} {
		b, _ := appendMetaFrame(nil, c, m)
		f.Add(b, uint8(c))
		f.Add(b[:len(b)/2], uint8(c))
	}
	f.Add([]byte("\x28\xb5\x2f\xfd"), uint8(0))
	f.Fuzz(func(t *testing.T, b []byte, c uint8) {
		codec := Codec(c % 2)
		got, n, err := readMetaFrame(bytes.NewReader(b), codec)
		if err != nil {
			return
		}
		if n > int64(len(b)) {
			t.Fatalf("frame length %d beyond input %d", n, len(b))
		}
		// What was read writes back to a frame that reads the same.
		frame, err := appendMetaFrame(nil, codec, got)
		if err != nil {
			t.Fatal(err)
		}
		again, _, err := readMetaFrame(bytes.NewReader(frame), codec)
		if err != nil || again != got {
			t.Fatalf("re-encoded frame reads %+v, %v; want %+v", again, err, got)
		}
	})
}
