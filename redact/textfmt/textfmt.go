// Package textfmt splits one text log record into named fields without
// copying it, so that the redaction engine can scan each field with its
// name as context and apply field rules by name to text formats.
//
// A record is one line without its line terminator (a trailing '\r' is
// ignored). The formats are delimited text (CSV with RFC 4180 quoting,
// TSV), the W3C extended log format (CloudFront standard logs, IIS),
// nginx/Apache combined and common, and key=value (logfmt); Asterisk and
// CloudFront are presets of CSV and W3C with the column names those
// programs write. SplitQuery and SplitCookie split a field further.
//
// Nothing here copies or decodes a byte of the record: a Field is a span
// of it plus how it is quoted, and the caller decodes (AppendUnquoted for
// doubled quotes and backslash escapes, then %XX where the field is a URL)
// at the edge of the value it rewrites, and encodes the replacement back
// (AppendQuoted).
package textfmt

import (
	"errors"
	"math"
	"strconv"
)

// Quoting says how the bytes of a Field are escaped. AppendUnquoted decodes
// them and AppendQuoted encodes a replacement.
//
// (The constants carry a Quote prefix because CSV is also a Format.)
type Quoting uint8

const (
	QuoteNone      Quoting = iota // raw bytes, nothing escaped
	QuoteCSV                      // inside "...": a doubled quote "" stands for one "
	QuoteBackslash                // inside "...": \" and \\ (and \xHH, \n... as the writer chose) are escapes
)

// Field is one field of a record: rec[Start:End] is its raw bytes (inside
// the quotes when quoted).
type Field struct {
	// Name is the field's name. It points into the Parser (column names,
	// a W3C #Fields header: valid until the next header change), into a
	// static table (combined, presets, col_N, extra_N), or into the
	// record itself (logfmt keys, key=value extras of combined lines,
	// SplitQuery and SplitCookie names: valid as long as the record).
	// It is nil for a value without a name (a bare query or cookie part).
	// Static names are shared by every Parser: do not modify Name.
	Name []byte
	// NameStart is the offset of Name in the record when Name is part of
	// it, and -1 otherwise; Name ends at NameStart+len(Name). It lets a
	// caller redact a name as well as a value (the brief asked for name
	// spans in the splitters; one struct for all keeps the engine's loop
	// the same).
	NameStart  int32
	Start, End int32
	Quoting    Quoting
}

// Format names a record layout.
type Format uint8

const (
	CSV        Format = iota + 1 // comma-separated, RFC 4180 quoting; Config.Columns names the columns
	TSV                          // tab-separated, no quoting (a field cannot hold a tab)
	W3C                          // W3C extended log format: #Fields: header; data tab-separated when the line holds a tab, else space-separated with "quoted" strings
	Combined                     // nginx/Apache combined and common, with extra trailing fields
	Logfmt                       // key=value pairs, quoted values with backslash escapes
	Asterisk                     // preset: CSV with the columns of Asterisk cdr_csv Master.csv
	CloudFront                   // preset: W3C with CloudFront's standard fields before any header
	FreeSWITCH                   // preset: CSV with the columns of FreeSWITCH mod_cdr_csv's default template
	numFormats
)

var formatNames = [numFormats]string{"", "csv", "tsv", "w3c", "combined", "logfmt", "asterisk", "cloudfront", "freeswitch_csv"}

// String returns the name ParseFormat accepts, or "unknown".
func (f Format) String() string {
	if f > 0 && f < numFormats {
		return formatNames[f]
	}
	return "unknown"
}

// ParseFormat returns the Format named name (csv, tsv, w3c, cloudfront,
// combined, logfmt, asterisk, freeswitch_csv).
func ParseFormat(name string) (Format, bool) {
	for f := Format(1); f < numFormats; f++ {
		if formatNames[f] == name {
			return f, true
		}
	}
	return 0, false
}

// MarshalText implements encoding.TextMarshaler (YAML and JSON config).
func (f Format) MarshalText() ([]byte, error) {
	if f == 0 || f >= numFormats {
		return nil, errors.New("unknown text format " + strconv.Itoa(int(f)))
	}
	return []byte(f.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler (YAML and JSON config).
func (f *Format) UnmarshalText(b []byte) error {
	v, ok := ParseFormat(string(b))
	if !ok {
		return errors.New("unknown text format " + strconv.Quote(string(b)) +
			" (want csv, tsv, w3c, cloudfront, combined, logfmt, asterisk or freeswitch_csv)")
	}
	*f = v
	return nil
}

// base is the layout a Format parses with: presets map to CSV and W3C.
func (f Format) base() Format {
	switch f {
	case Asterisk, FreeSWITCH:
		return CSV
	case CloudFront:
		return W3C
	}
	return f
}

// ParseError says where a record does not parse under its format. It never
// holds any byte of the record: only the format, the byte offset and the
// field index.
type ParseError struct {
	Format Format
	Offset int    // byte offset in the record
	Field  int    // 1-based index of the field being parsed, 0 when none
	Reason string // a fixed text such as "unterminated quote"
}

func (e *ParseError) Error() string {
	s := "textfmt: " + e.Format.String() + ": " + e.Reason + " at byte " + strconv.Itoa(e.Offset)
	if e.Field > 0 {
		s += " (field " + strconv.Itoa(e.Field) + ")"
	}
	return s
}

// Parser splits records of one stream. It holds the stream's state (the
// names of the last W3C #Fields: header), so use one Parser per stream
// (per Kafka partition, per file). A Parser is not safe for concurrent use.
type Parser struct {
	format   Format // as configured (a preset stays a preset, for errors)
	base     Format // CSV, TSV, W3C, Combined or Logfmt
	delim    byte   // CSV, TSV
	strict   bool
	rest     bool       // Config.RestAsText
	names    [][]byte   // current column names: Config.Columns, or the last #Fields:
	defs     [][]byte   // Config.Columns (or the preset's), for W3C before any header
	hdr      []byte     // the bytes the names of the last #Fields: point into
	hdrNames [][]byte   // the names of the last #Fields:
	col      [][]byte   // col_1, col_2, ... grown on demand
	extra    [][]byte   // extra_1, extra_2, ... grown on demand
	over     []byte     // numbered names beyond maxNumbered
	err      ParseError // the last error, reused so that a failed parse does not allocate
}

// NewParser returns a Parser for c, or the problems of c.
func NewParser(c Config) (*Parser, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	p := &Parser{format: c.Format, base: c.Format.base(), strict: c.Strict, rest: c.RestAsText}
	switch p.base {
	case CSV:
		p.delim = ','
	case TSV:
		p.delim = '\t'
	}
	if c.Delimiter != "" {
		p.delim = c.Delimiter[0]
	}
	cols := c.Columns
	if len(cols) == 0 {
		switch c.Format {
		case Asterisk:
			cols = AsteriskColumns
		case FreeSWITCH:
			cols = FreeSWITCHColumns
		case CloudFront:
			cols = CloudFrontFields
		}
	}
	for _, s := range cols {
		p.defs = append(p.defs, []byte(s))
	}
	p.names = p.defs
	// Enough numbered names that ordinary records never grow them.
	p.numbered(&p.col, "col_", 31)
	p.numbered(&p.extra, "extra_", 7)
	return p, nil
}

// Format returns the Format the Parser was made for.
func (p *Parser) Format() Format { return p.format }

// Names returns the current column names (Config.Columns, a preset's, or
// those of the last W3C #Fields: header). The slice is the Parser's: do not
// modify it; it is valid until the next header change.
func (p *Parser) Names() [][]byte { return p.names }

// Reset forgets any W3C header seen, as at the start of a new stream.
func (p *Parser) Reset() { p.names = p.defs }

// Parse appends the fields of rec to dst and returns it. header is true
// when rec is a header line (a W3C line starting with '#': #Fields: updates
// the names, #Version:, #Date:, #Software:, #Remark: do not), which has no
// fields; note that #Remark: lines may carry free text. err is a
// *ParseError when rec does not parse under the format (an unterminated
// quote, a field count other than the names' when Config.Strict, a
// combined line that is not one); the fields appended before the error are
// returned too but should not be trusted.
//
// Fields are in record order and do not overlap. For CSV, TSV and W3C there
// is one Field per delimiter outside quotes, plus one.
//
// It does not allocate, except when a W3C #Fields: header changes the names
// (to hold them, until the Parser's buffers fit the longest header), when
// a record has more unnamed fields than any before it (to name them; past
// 1024 such fields, names are not kept and cost one allocation per few
// hundred fields). The *ParseError is the Parser's own: it stays valid
// until the next Parse.
func (p *Parser) Parse(dst []Field, rec []byte) (fields []Field, header bool, err error) {
	if len(rec) > math.MaxInt32 {
		return dst, false, &ParseError{Format: p.format, Offset: math.MaxInt32, Reason: "record longer than 2 GiB"}
	}
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	switch p.base {
	case CSV:
		dst, err = p.parseCSV(dst, rec)
	case TSV:
		dst, err = p.parseTSV(dst, rec)
	case W3C:
		if len(rec) > 0 && rec[0] == '#' {
			p.header(rec)
			return dst, true, nil
		}
		dst, err = p.parseW3C(dst, rec)
	case Combined:
		dst, err = p.parseCombined(dst, rec)
	case Logfmt:
		dst, err = p.parseLogfmt(dst, rec)
	default:
		panic("BUG: textfmt: Parser with format " + p.format.String())
	}
	return dst, false, err
}

// name returns the name of the i-th (0-based) positional field.
func (p *Parser) name(i int) []byte {
	if i < len(p.names) {
		return p.names[i]
	}
	return p.numbered(&p.col, "col_", i)
}

// extraName returns extra_{i+1}.
func (p *Parser) extraName(i int) []byte { return p.numbered(&p.extra, "extra_", i) }

// maxNumbered bounds the numbered names a Parser keeps: a record with more
// fields than that is pathological, and keeping names for it would hold
// memory in proportion to the longest record ever seen.
const maxNumbered = 1024

// numbered returns the name prefix{i+1}, from *t (grown as needed up to
// maxNumbered names) or, beyond that, written into p.over, a buffer that
// is replaced, never rewritten, when full. The bytes of a name handed out
// are never rewritten.
func (p *Parser) numbered(t *[][]byte, prefix string, i int) []byte {
	if i < len(*t) {
		return (*t)[i]
	}
	if i >= maxNumbered {
		if cap(p.over)-len(p.over) < len(prefix)+20 {
			p.over = make([]byte, 0, 4096)
		}
		s := len(p.over)
		p.over = append(p.over, prefix...)
		p.over = strconv.AppendInt(p.over, int64(i+1), 10)
		return p.over[s:len(p.over):len(p.over)]
	}
	n := min(maxNumbered, max(i+1, 2*len(*t), 8))
	buf := make([]byte, 0, (n-len(*t))*(len(prefix)+4))
	for k := len(*t); k < n; k++ {
		s := len(buf)
		buf = append(buf, prefix...)
		buf = strconv.AppendInt(buf, int64(k+1), 10)
		*t = append(*t, buf[s:len(buf):len(buf)])
	}
	return (*t)[i]
}

// errAt returns the Parser's error value set to the given place and
// reason. It is overwritten by the next failed Parse: copy what you keep.
func (p *Parser) errAt(off, field int, reason string) error {
	p.err = ParseError{Format: p.format, Offset: off, Field: field, Reason: reason}
	return &p.err
}
