package textfmt

import (
	"errors"
	"fmt"
)

// Config describes the records of one stream.
type Config struct {
	// Format is the record layout.
	Format Format `yaml:"format"`
	// Columns names the fields in order: the columns of CSV and TSV
	// records, and for W3C the fields of lines before any #Fields: header.
	// Fields beyond the names are called col_1, col_2, ... by their 1-based
	// position (col_N for the N-th field of the record). Empty for a preset
	// means the preset's names (AsteriskColumns, CloudFrontFields).
	Columns []string `yaml:"columns"`
	// Delimiter is the one-byte field separator of CSV (default ",") and
	// TSV (default tab). Not allowed for the other formats.
	Delimiter string `yaml:"delimiter"`
	// Strict makes a CSV, TSV or W3C record whose field count differs from
	// the number of names a parse error. Without it extra fields are
	// named col_N and missing ones are simply absent.
	Strict bool `yaml:"strict"`
	// RestAsText stops a combined line's fields at the user agent: what
	// follows is left for the caller to read as text rather than split into
	// extra fields. redactd's auto mode sets it when no field rule could
	// name an extra field, since its scanner reads key=value by itself.
	RestAsText bool `yaml:"-"`
}

// DefaultConfig returns the Config of Format f with its preset names.
func DefaultConfig(f Format) Config { return Config{Format: f} }

// AsteriskColumns are the columns of Asterisk's cdr_csv Master.csv; the
// last three (peeraccount, linkedid, sequence) are written only when
// cdr_csv.conf sets newcdrcolumns.
var AsteriskColumns = []string{
	"accountcode", "src", "dst", "dcontext", "clid", "channel", "dstchannel",
	"lastapp", "lastdata", "start", "answer", "end", "duration", "billsec",
	"disposition", "amaflags", "uniqueid", "userfield",
	"peeraccount", "linkedid", "sequence",
}

// FreeSWITCHColumns are the columns of the "example" template that
// mod_cdr_csv's cdr_csv.conf.xml ships as its default: every value quoted.
var FreeSWITCHColumns = []string{
	"caller_id_name", "caller_id_number", "destination_number", "context",
	"start_stamp", "answer_stamp", "end_stamp", "duration", "billsec",
	"hangup_cause", "uuid", "bleg_uuid", "accountcode", "read_codec", "write_codec",
}

// CloudFrontFields are the 33 fields of a CloudFront standard log line, in
// order, as its #Fields: header names them.
var CloudFrontFields = []string{
	"date", "time", "x-edge-location", "sc-bytes", "c-ip", "cs-method",
	"cs(Host)", "cs-uri-stem", "sc-status", "cs(Referer)", "cs(User-Agent)",
	"cs-uri-query", "cs(Cookie)", "x-edge-result-type", "x-edge-request-id",
	"x-host-header", "cs-protocol", "cs-bytes", "time-taken",
	"x-forwarded-for", "ssl-protocol", "ssl-cipher",
	"x-edge-response-result-type", "cs-protocol-version", "fle-status",
	"fle-encrypted-fields", "c-port", "time-to-first-byte",
	"x-edge-detailed-result-type", "sc-content-type", "sc-content-len",
	"sc-range-start", "sc-range-end",
}

// Validate returns every problem of c, joined, each naming its YAML key.
func (c Config) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	base := c.Format.base()
	if c.Format == 0 || c.Format >= numFormats {
		bad("format: unknown text format %d (want csv, tsv, w3c, cloudfront, combined, logfmt or asterisk)", c.Format)
	}
	if c.Delimiter != "" {
		switch d := c.Delimiter; {
		case base != CSV && base != TSV:
			bad("delimiter: %q: only csv, tsv and asterisk take a delimiter, not %s", d, c.Format)
		case len(d) != 1 || d[0] >= 0x80:
			bad("delimiter: %q: must be one ASCII byte", d)
		case d[0] == '"' || d[0] == '\n' || d[0] == '\r':
			bad("delimiter: %q: cannot be a quote or a line break", d)
		}
	}
	if len(c.Columns) > 0 && (base == Combined || base == Logfmt) {
		bad("columns: %s names its own fields; columns apply to csv, tsv and w3c", c.Format)
	}
	if c.Strict && (base == Combined || base == Logfmt) {
		bad("strict: applies to csv, tsv and w3c, not %s", c.Format)
	}
	for i, s := range c.Columns {
		if s == "" {
			bad("columns[%d]: empty name", i)
		}
	}
	return errors.Join(errs...)
}
