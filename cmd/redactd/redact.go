package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/rules"
)

func init() {
	register("redact", "redact log lines from stdin to stdout with a policy (try a policy on a sample)", runRedact)
}

const redactUsage = `Usage:
  redactd redact [--rules FILE] [--topic NAME | --format FORMAT] [--stats] < in.log > out.log

Reads records, one per line, on stdin and writes exactly one line per input
line, in order, on stdout: the redacted record, or a placeholder such as
"[quarantined: parse_error]" when the record cannot be redacted with
confidence (it is never passed through). Without --rules the built-in policy
is used ("redactd rules default" prints it). At the end the number of
quarantined lines is written on stderr.

--topic redacts as the daemon would for that topic: with the format the
policy's formats: section gives it. --format names one instead:
  auto        JSON when a line starts with '{' or '['; text lines by named
              fields when their shape is recognised (a W3C #Fields: header
              earlier in the input, nginx/Apache combined, Asterisk
              Master.csv, FreeSWITCH cdr_csv, a form body, the rows after
              a CSV header row), else as text (the default)
  text, json  every line as text, or as JSON (invalid JSON is quarantined)
  csv, tsv, w3c, cloudfront, combined, logfmt, asterisk, freeswitch_csv
              text lines by the named fields of that format (a line that
              does not parse is quarantined); JSON lines still by their
              first byte

Exit status: 0 on success (even when some lines were quarantined), 1 when
reading or writing fails, 2 on a usage or policy error.

Flags:
`

func runRedact(args []string) int {
	fs := flag.NewFlagSet("redact", flag.ContinueOnError)
	rulesFile := fs.String("rules", "", "policy `FILE` (default: the built-in policy)")
	format := fs.String("format", "", "record `FORMAT`: auto, text, json, csv, tsv, w3c, cloudfront, combined, logfmt, asterisk or freeswitch_csv (default: the topic's, else auto)")
	topic := fs.String("topic", "", "redact as the daemon would for topic `NAME` (its format in the policy's formats:)")
	stats := fs.Bool("stats", false, "also write the number of detections per detector on stderr")
	if code, done := parseFlags(fs, redactUsage, args); done {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "redactd redact: unexpected argument %q (records are read from stdin)\n", fs.Arg(0))
		return 2
	}
	if *format != "" && *topic != "" {
		fmt.Fprintln(os.Stderr, "redactd redact: give --topic or --format, not both (--topic uses the topic's format)")
		return 2
	}
	rf := rules.AutoFormat
	if *format != "" {
		var ok bool
		if rf, ok = rules.ParseRecordFormat(*format); !ok {
			fmt.Fprintf(os.Stderr, "redactd redact: --format %q: must be one of %s\n", *format, strings.Join(rules.FormatNames(), ", "))
			return 2
		}
	}
	pol := rules.Default()
	if *rulesFile != "" {
		var err error
		if pol, err = rules.Load(*rulesFile); err != nil {
			fmt.Fprintf(os.Stderr, "redactd redact: %v\n", err)
			return 2
		}
	}
	if *topic != "" {
		rf = pol.FormatFor(*topic)
	}
	var c redactCounts
	err := redactLines(os.Stdout, os.Stdin, pol, rf, &c, ioBufSize)
	c.report(os.Stderr, *stats)
	if err != nil {
		fmt.Fprintf(os.Stderr, "redactd redact: %v\n", err)
		return 1
	}
	return 0
}

// redactCounts is what a redact run did.
type redactCounts struct {
	lines       int
	quarantined [redact.NumReasons]int
	detections  [redact.NumDetectors]int
}

func (c *redactCounts) report(w io.Writer, stats bool) {
	q := 0
	var parts []string
	for r, n := range c.quarantined {
		if n > 0 {
			q += n
			parts = append(parts, fmt.Sprintf("%s %d", redact.Reason(r), n))
		}
	}
	if q > 0 {
		fmt.Fprintf(w, "redactd redact: %d of %d lines quarantined (%s)\n", q, c.lines, strings.Join(parts, ", "))
	}
	if stats {
		fmt.Fprintf(w, "redactd redact: %d lines\n", c.lines)
		for d, n := range c.detections {
			if n > 0 {
				fmt.Fprintf(w, "  %-12s %d\n", redact.Detector(d), n)
			}
		}
	}
}

// ioBufSize is the size of the stdin and stdout buffers.
const ioBufSize = 64 << 10

// redactLines redacts every line of in to out with pol, reading and writing
// through buffers of bufSize bytes. A line longer than the policy's record
// limit is replaced by "[quarantined: oversize]" without ever being held
// whole in memory. Output is flushed whenever no more input is buffered, so
// the command also works interactively.
func redactLines(out io.Writer, in io.Reader, pol *rules.Policy, rf rules.RecordFormat, c *redactCounts, bufSize int) error {
	limit := pol.Redact.MaxRecordBytes
	if limit <= 0 {
		limit = 1 << 20
	}
	br := bufio.NewReaderSize(in, bufSize)
	bw := bufio.NewWriterSize(out, bufSize)
	r := pol.Engine().NewRedactor()
	if err := rf.Apply(r); err != nil {
		return fmt.Errorf("format %s: %w", rf.Name, err)
	}
	f := rf.Format
	var line, dst []byte
	for {
		if br.Buffered() == 0 {
			if err := bw.Flush(); err != nil {
				return fmt.Errorf("cannot write stdout: %w", err)
			}
		}
		// Read one line, keeping at most limit+1 bytes of it.
		line = line[:0]
		oversize, sawNL, cr := false, false, false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if len(chunk) > 0 && chunk[len(chunk)-1] == '\n' {
				chunk, sawNL = chunk[:len(chunk)-1], true
			}
			if len(chunk) > 0 {
				cr = chunk[len(chunk)-1] == '\r'
			}
			if !oversize {
				if len(line)+len(chunk) > limit+1 { // +1: a trailing '\r' is not part of the record
					oversize = true
					line = line[:0]
				} else {
					line = append(line, chunk...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("cannot read stdin: %w", err)
		}
		if !sawNL && len(line) == 0 && !oversize {
			return bw.Flush() // end of input
		}
		c.lines++
		if cr && !oversize {
			line = line[:len(line)-1]
		}
		var qerr error
		if oversize || len(line) > limit {
			qerr = &redact.QuarantineError{Reason: redact.ReasonOversize}
		} else {
			dst, qerr = r.Redact(dst[:0], line, f)
		}
		if qerr != nil {
			reason := redact.ReasonParse
			var q *redact.QuarantineError
			if errors.As(qerr, &q) {
				reason = q.Reason
			}
			c.quarantined[reason]++
			dst = append(append(append(dst[:0], "[quarantined: "...), reason.String()...), ']')
		} else {
			st := r.Stats()
			for d, n := range st.Detections {
				c.detections[d] += int(n)
			}
		}
		if cr {
			dst = append(dst, '\r')
		}
		if sawNL {
			dst = append(dst, '\n')
		}
		if _, err := bw.Write(dst); err != nil {
			return fmt.Errorf("cannot write stdout: %w", err)
		}
		if !sawNL {
			return bw.Flush()
		}
	}
}
