package sinks

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/redactd/redactd/internal/corpus"
	"github.com/redactd/redactd/redact/textfmt"
)

// parquetColumns reads a Parquet file as rows of column name -> value, a
// null left out.
func parquetColumns(t *testing.T, body []byte) (names []string, rows []map[string]string) {
	t.Helper()
	f, err := parquet.OpenFile(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		t.Fatal(err)
	}
	fields := f.Schema().Fields()
	for _, fd := range fields {
		names = append(names, fd.Name())
	}
	r := parquet.NewReader(f)
	defer r.Close()
	buf := make([]parquet.Row, 16)
	for {
		n, err := r.ReadRows(buf)
		for _, row := range buf[:n] {
			m := map[string]string{}
			for _, v := range row {
				if !v.IsNull() {
					m[fields[v.Column()].Name()] = string(v.ByteArray())
				}
			}
			rows = append(rows, m)
		}
		if errors.Is(err, io.EOF) {
			return names, rows
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestParquetTextColumns: a text topic with a declared format gets a line
// column and one column per named field, values unquoted as `redactd
// query` reads them; lines that do not parse, headers and JSON records
// keep their line with null fields; the records read back as written.
func TestParquetTextColumns(t *testing.T) {
	enc, err := NewEncoder(CodecParquet, 1)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := NewDecoder(0)
	if err != nil {
		t.Fatal(err)
	}
	// f encodes lines in format c and checks the file's columns and the
	// fields of each row (want[i]: name -> value, the line aside).
	f := func(c textfmt.Config, lines []string, cols string, want ...map[string]string) {
		t.Helper()
		src := strings.Join(lines, "\n") + "\n"
		m := Meta{Class: "access", Records: len(lines), LastOffset: int64(len(lines) - 1)}
		body, err := enc.EncodeText(nil, []byte(src), m, &c)
		if err != nil {
			t.Fatal(err)
		}
		back, err := dec.Decode(nil, body, CodecParquet)
		if err != nil || string(back) != src {
			t.Errorf("read back %q, %v; want %q", back, err, src)
		}
		if meta, err := parquetMeta(bytes.NewReader(body), int64(len(body))); err != nil || meta != m {
			t.Errorf("meta %+v, %v; want %+v", meta, err, m)
		}
		names, rows := parquetColumns(t, body)
		if got := strings.Join(names, ","); got != cols {
			t.Errorf("columns %s, want %s", got, cols)
		}
		if len(rows) != len(lines) {
			t.Fatalf("%d rows, want %d", len(rows), len(lines))
		}
		for i, r := range rows {
			if r[parquetLine] != lines[i] {
				t.Errorf("row %d line %q, want %q", i, r[parquetLine], lines[i])
			}
			delete(r, parquetLine)
			if len(r) != len(want[i]) {
				t.Errorf("row %d: %v, want %v", i, r, want[i])
			}
			for k, v := range want[i] {
				if r[k] != v {
					t.Errorf("row %d %s = %q, want %q", i, k, r[k], v)
				}
			}
		}
	}
	combined := textfmt.DefaultConfig(textfmt.Combined)
	f(combined, []string{
		`203.0.113.0 - [name] [23/Nov/2026:21:05:00 +0000] "GET /a?q=\"x\" HTTP/1.1" 404 512 "-" "curl/8.5.0"`,
		`not a combined line`,
		`{"status":200}`,
		`198.51.100.0 - - [23/Nov/2026:21:05:01 +0000] "POST /b HTTP/2.0" 200 - "https://example.com/" "Mozilla/5.0" rt=0.002 line=x`,
	}, "body_bytes_sent,http_referer,http_user_agent,ident,line,remote_addr,remote_user,request,rt,status,time_local",
		map[string]string{"remote_addr": "203.0.113.0", "ident": "-", "remote_user": "[name]", "time_local": "23/Nov/2026:21:05:00 +0000",
			"request": `GET /a?q="x" HTTP/1.1`, "status": "404", "body_bytes_sent": "512", "http_referer": "-", "http_user_agent": "curl/8.5.0"},
		map[string]string{},
		map[string]string{},
		map[string]string{"remote_addr": "198.51.100.0", "ident": "-", "remote_user": "-", "time_local": "23/Nov/2026:21:05:01 +0000",
			"request": "POST /b HTTP/2.0", "status": "200", "body_bytes_sent": "-", "http_referer": "https://example.com/",
			"http_user_agent": "Mozilla/5.0", "rt": "0.002"})
	// logfmt: names come from the records; a repeated key keeps its first value.
	f(textfmt.DefaultConfig(textfmt.Logfmt), []string{
		`level=info msg="a \"b\"" user=[email] level=warn`,
		`status=500`,
	}, "level,line,msg,status,user",
		map[string]string{"level": "info", "msg": `a "b"`, "user": "[email]"},
		map[string]string{"status": "500"})
	// CSV with column names; missing columns are null, extra ones col_N.
	f(textfmt.Config{Format: textfmt.CSV, Columns: []string{"ts", "caller", "callee"}}, []string{
		`2026-11-23,"[tel]","a, ""b"""`,
		`2026-11-24,[tel]`,
		`2026-11-25,x,y,z`,
		`"unterminated,x`,
	}, "callee,caller,col_4,line,ts",
		map[string]string{"ts": "2026-11-23", "caller": "[tel]", "callee": `a, "b"`},
		map[string]string{"ts": "2026-11-24", "caller": "[tel]"},
		map[string]string{"ts": "2026-11-25", "caller": "x", "callee": "y", "col_4": "z"},
		map[string]string{})
	// W3C: the header names the columns of the lines after it; a line
	// before any header takes the declared columns.
	f(textfmt.Config{Format: textfmt.W3C, Columns: []string{"a", "b"}}, []string{
		"1\t2",
		"#Fields: date sc-status",
		"2026-11-23\t404",
	}, "a,b,date,line,sc_status",
		map[string]string{"a": "1", "b": "2"},
		map[string]string{},
		map[string]string{"date": "2026-11-23", "sc_status": "404"})
	// Column names are those Athena accepts; names that differ only in
	// other bytes share a column, the first one's value winning.
	f(textfmt.DefaultConfig(textfmt.Logfmt), []string{
		`cs(User-Agent)=curl Sc-Status=200 sc_status=500 ()=x`,
	}, "_,cs_user_agent,line,sc_status",
		map[string]string{"cs_user_agent": "curl", "sc_status": "200", "_": "x"})
}

// TestParquetTextManyRows: rows past the writer's chunk keep their own
// values.
func TestParquetTextManyRows(t *testing.T) {
	enc, err := NewEncoder(CodecParquet, 1)
	if err != nil {
		t.Fatal(err)
	}
	var src []byte
	const n = 3000
	for i := range n {
		src = fmt.Appendf(src, `203.0.113.0 - - [23/Nov/2026:21:05:00 +0000] "GET /r%d HTTP/1.1" %d 512 "-" "curl/8"`+"\n", i, 200+i%7)
	}
	body, err := enc.EncodeText(nil, src, Meta{Records: n}, &textfmt.Config{Format: textfmt.Combined})
	if err != nil {
		t.Fatal(err)
	}
	_, rows := parquetColumns(t, body)
	if len(rows) != n {
		t.Fatalf("%d rows, want %d", len(rows), n)
	}
	for i, r := range rows {
		if r["request"] != fmt.Sprintf("GET /r%d HTTP/1.1", i) || r["status"] != fmt.Sprint(200+i%7) || !strings.Contains(r["line"], fmt.Sprintf("/r%d ", i)) {
			t.Fatalf("row %d: %v", i, r)
		}
	}
}

// BenchmarkEncodeParquetText encodes 20,000 nginx combined lines of the
// corpus (as produced, before redaction) as NDJSON+zstd, as Parquet with a
// line column only, and as Parquet with the combined format's columns,
// reporting the compression ratio of each.
func BenchmarkEncodeParquetText(b *testing.B) {
	g := corpus.New(7)
	var src []byte
	for range 20000 {
		src = append(src, g.Next(corpus.Nginx).Value...)
		src = append(src, '\n')
	}
	combined := textfmt.DefaultConfig(textfmt.Combined)
	for _, tc := range []struct {
		name  string
		codec Codec
		text  *textfmt.Config
	}{
		{"ndjson-zstd", CodecZstd, nil},
		{"parquet-line", CodecParquet, nil},
		{"parquet-columns", CodecParquet, &combined},
	} {
		b.Run(tc.name, func(b *testing.B) {
			enc, err := NewEncoder(tc.codec, 1)
			if err != nil {
				b.Fatal(err)
			}
			dst, err := enc.EncodeText(nil, src, Meta{}, tc.text)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				dst, _ = enc.EncodeText(dst[:0], src, Meta{}, tc.text)
			}
			b.ReportMetric(float64(len(src))/float64(len(dst)), "ratio")
			b.ReportMetric(float64(len(dst)), "bytes")
		})
	}
}

// FuzzParquetText: any lines in any text format encode without error or
// panic and read back line for line.
func FuzzParquetText(f *testing.F) {
	f.Add(uint8(textfmt.Combined), `203.0.113.0 - - [23/Nov/2026:21:05:00 +0000] "GET /a HTTP/1.1" 404 5 "-" "curl/8" a=b`+"\n"+`{"x":1}`)
	f.Add(uint8(textfmt.Logfmt), "a=1 b=\"x \\\"y\\\"\" a=2\nline=3")
	f.Add(uint8(textfmt.CSV), "a,\"b,\"\"c\"\"\",d\n\"open")
	f.Add(uint8(textfmt.W3C), "#Fields: date sc-status\n2026-11-23 404\n#Fields: x\n1")
	f.Add(uint8(textfmt.Asterisk), `"acme","[tel]","2017","from-trunk"`)
	enc, err := NewEncoder(CodecParquet, 1)
	if err != nil {
		f.Fatal(err)
	}
	dec, err := NewDecoder(1 << 20)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, format uint8, lines string) {
		c := textfmt.Config{Format: textfmt.Format(format%7 + 1)}
		if c.Format == textfmt.CSV || c.Format == textfmt.TSV {
			c.Columns = []string{"a", "b"}
		}
		if len(lines) > 4096 {
			return
		}
		src := []byte(lines + "\n")
		body, err := enc.EncodeText(nil, src, Meta{Records: 1}, &c)
		if err != nil {
			t.Fatalf("EncodeText: %v", err)
		}
		back, err := dec.Decode(nil, body, CodecParquet)
		if err != nil || !bytes.Equal(back, src) {
			t.Fatalf("read back %q, %v; want %q", back, err, src)
		}
	})
}
