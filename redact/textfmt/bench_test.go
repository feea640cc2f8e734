package textfmt

import "testing"

func BenchmarkParse(b *testing.B) {
	for _, c := range benchParsers {
		b.Run(c.name, func(b *testing.B) {
			p := mustParser(b, c.cfg)
			if c.header != "" {
				p.Parse(nil, []byte(c.header))
			}
			rec := []byte(c.rec)
			dst := make([]Field, 0, 64)
			b.SetBytes(int64(len(rec)))
			b.ReportAllocs()
			for b.Loop() {
				dst, _, _ = p.Parse(dst[:0], rec)
			}
		})
	}
}

func BenchmarkSplit(b *testing.B) {
	bench := func(name, s string, fn func([]Field, []byte) []Field) {
		b.Run(name, func(b *testing.B) {
			src := []byte(s)
			dst := make([]Field, 0, 16)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				dst = fn(dst[:0], src)
			}
		})
	}
	bench("query", queryStr, SplitQuery)
	bench("cookie", cookieStr, SplitCookie)
}

func BenchmarkShapes(b *testing.B) {
	bench := func(name, s string, fn func([]byte) bool) {
		b.Run(name, func(b *testing.B) {
			src := []byte(s)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				fn(src)
			}
		})
	}
	bench("LooksAsteriskCSV", asteriskCSV, LooksAsteriskCSV)
	bench("LooksCombined", combinedLine, LooksCombined)
	bench("LooksCombined/miss", logfmtLine, LooksCombined)
}
