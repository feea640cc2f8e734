package sinks

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// batch returns n newline-delimited JSON records resembling redacted CDN
// access logs.
func batch(n int) []byte {
	var b []byte
	for i := range n {
		b = fmt.Appendf(b, `{"ts":"2026-11-23T20:%02d:%02dZ","client":"10.%d.%d.0","method":"GET","path":"/v1/assets/%d.js","status":%d,"bytes":%d,"ua":"Mozilla/5.0 (X11; Linux x86_64)","email":"[EMAIL]"}`+"\n",
			i/60%60, i%60, i%256, i*7%256, i%977, 200+i%3*100, i*131%65536)
	}
	return b
}

func TestEncodeRoundTrip(t *testing.T) {
	src := batch(1500)
	dec, err := NewDecoder(0)
	if err != nil {
		t.Fatal(err)
	}
	defer dec.Close()
	for _, c := range []Codec{CodecZstd, CodecGzip} {
		for _, level := range []int{0, 1, 9} {
			enc, err := NewEncoder(c, level)
			if err != nil {
				t.Fatalf("NewEncoder(%s, %d): %v", c, level, err)
			}
			var buf []byte
			for range 3 { // reuse must give independent, complete objects
				buf = enc.Encode(buf[:0], src)
				if len(buf) >= len(src)/3 {
					t.Fatalf("%s level %d: %d bytes from %d, not compressed", c, level, len(buf), len(src))
				}
				got, err := dec.Decode(nil, buf, c)
				if err != nil {
					t.Fatalf("%s level %d: %v", c, level, err)
				}
				if !bytes.Equal(got, src) {
					t.Fatalf("%s level %d: round trip differs", c, level)
				}
				r, err := NewReader(bytes.NewReader(buf), c)
				if err != nil {
					t.Fatal(err)
				}
				got, err = io.ReadAll(r)
				if err != nil || !bytes.Equal(got, src) {
					t.Fatalf("%s level %d: NewReader round trip differs (err %v)", c, level, err)
				}
				r.Close()
			}
			// Appending keeps what dst held.
			out := enc.Encode([]byte("head"), src)
			if string(out[:4]) != "head" {
				t.Fatalf("%s: Encode overwrote dst", c)
			}
			enc.Close()
			enc.Close()
		}
	}
}

func TestEncoderLevels(t *testing.T) {
	f := func(c Codec, level int, ok bool) {
		t.Helper()
		_, err := NewEncoder(c, level)
		if (err == nil) != ok {
			t.Fatalf("NewEncoder(%s, %d) err = %v, want ok=%v", c, level, err, ok)
		}
	}
	f(CodecZstd, 22, true)
	f(CodecZstd, 23, false)
	f(CodecZstd, -1, false)
	f(CodecGzip, 9, true)
	f(CodecGzip, 10, false)
	f(Codec(7), 0, false)
}

// The standard command-line tools must read what we write.
func TestEncodeReadableByTools(t *testing.T) {
	src := batch(100)
	for _, tc := range []struct {
		c    Codec
		tool string
	}{{CodecZstd, "zstd"}, {CodecGzip, "gzip"}} {
		path, err := exec.LookPath(tc.tool)
		if err != nil {
			t.Logf("%s not installed, skipping its check", tc.tool)
			continue
		}
		enc, _ := NewEncoder(tc.c, 0)
		f := filepath.Join(t.TempDir(), "x"+tc.c.Ext())
		if err := os.WriteFile(f, enc.Encode(nil, src), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(path, "-dc", f).Output()
		if err != nil || !bytes.Equal(out, src) {
			t.Fatalf("%s -dc: err %v, equal %v", tc.tool, err, bytes.Equal(out, src))
		}
	}
}

func TestEncodeNoAllocs(t *testing.T) {
	src := batch(2000)
	for _, c := range []Codec{CodecZstd, CodecGzip} {
		enc, err := NewEncoder(c, 0)
		if err != nil {
			t.Fatal(err)
		}
		dst := make([]byte, 0, len(src))
		for range 3 {
			dst = enc.Encode(dst[:0], src)
		}
		allocs := testing.AllocsPerRun(20, func() { dst = enc.Encode(dst[:0], src) })
		if allocs != 0 {
			t.Errorf("%s Encode: %v allocs per batch, want 0", c, allocs)
		}
		enc.Close()
	}
}

func benchmarkEncode(b *testing.B, c Codec) {
	src := batch(20000) // ~4 MiB
	enc, err := NewEncoder(c, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer enc.Close()
	dst := enc.Encode(nil, src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		dst = enc.Encode(dst[:0], src)
	}
	b.ReportMetric(float64(len(src))/float64(len(dst)), "ratio")
}

func BenchmarkEncodeZstd(b *testing.B) { benchmarkEncode(b, CodecZstd) }
func BenchmarkEncodeGzip(b *testing.B) { benchmarkEncode(b, CodecGzip) }

// Decode of arbitrary bytes must not panic nor produce more than the limit.
func FuzzDecode(f *testing.F) {
	for _, c := range []Codec{CodecZstd, CodecGzip} {
		enc, _ := NewEncoder(c, 0)
		f.Add(enc.Encode(nil, batch(20)), uint8(c))
		f.Add(enc.Encode(nil, bytes.Repeat([]byte{'a'}, 1<<18)), uint8(c)) // expands past the limit
		enc.Close()
	}
	const limit = 64 << 10
	dec, err := NewDecoder(limit)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte, c uint8) {
		out, err := dec.Decode(nil, b, Codec(c%2))
		if err == nil && len(out) > limit {
			t.Fatalf("decoded %d bytes past the %d limit", len(out), limit)
		}
	})
}

func BenchmarkDecodeZstd(b *testing.B) {
	src := batch(20000)
	enc, _ := NewEncoder(CodecZstd, 0)
	body := enc.Encode(nil, src)
	enc.Close()
	dec, err := NewDecoder(0)
	if err != nil {
		b.Fatal(err)
	}
	defer dec.Close()
	dst, _ := dec.Decode(nil, body, CodecZstd)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if dst, err = dec.Decode(dst[:0], body, CodecZstd); err != nil {
			b.Fatal(err)
		}
	}
}
