package redact

import (
	"bytes"
	"errors"
	"strconv"
	"unsafe"

	"github.com/redactd/redactd/redact/textfmt"
)

// Named fields for text records. A text record of a known format (CSV, TSV,
// W3C/CloudFront, nginx/Apache combined, logfmt, Asterisk Master.csv) is
// split into named fields without copying (package textfmt); each field is
// scanned with its name as detector context (a bare 4930690000 under "src"
// is a phone number), field rules apply to it by name as they do to JSON
// paths, and query strings, form bodies and cookies inside a field are
// split again into named fields. Everything between fields (separators,
// quotes, brackets) is copied as it was, so the field count never changes.

// TextMode says how a Redactor reads text records.
type TextMode uint8

const (
	// TextAuto, the default, recognises the presets by their shape: a
	// W3C "#Fields:" header seen earlier in the stream, an nginx/Apache
	// combined or common line, an Asterisk Master.csv row. A record that
	// matches none is scanned as one string (TextFlat).
	TextAuto TextMode = iota
	// TextFlat scans every text record as one string.
	TextFlat
	// TextFields reads every text record with the declared textfmt.Config;
	// a record that does not parse is quarantined with ReasonParse.
	TextFields
)

// autoFormats are the formats TextAuto recognises.
const (
	autoNone = iota
	autoW3C
	autoCombined
	autoAsterisk
	autoFreeSWITCH
	autoCSV // plain CSV, to read a header row
	numAuto
)

// textState is a Redactor's text-format state: one per stream, since a W3C
// header names the columns of the lines after it in the same stream.
type textState struct {
	mode      TextMode
	declared  *textfmt.Parser
	auto      [numAuto]*textfmt.Parser // built on first use
	w3cSeen   bool                     // TextAuto: a #Fields: header came earlier in the stream
	rowParsed bool                     // TextAuto: w3cRow left this record's fields in fields
	csv       *textfmt.Parser          // TextAuto: CSV with the columns a header row named earlier in the stream
	csvNarrow []narrowCol              // the columns of csv whose names narrow what is read in them (csvNarrowFits)
	cel       [4]*textfmt.Parser       // TextAuto: the CEL layouts (textfmt.CELColumns), built on first use
	pgcsv     [3]*textfmt.Parser       // TextAuto: PostgreSQL's csvlog layouts (textfmt.PostgresCSVColumns)
	nps       *textfmt.Parser          // TextAuto: NPS's database-compatible log (textfmt.NPSColumns)
	fields    []textfmt.Field
	nested    []textfmt.Field
	sqlCols   []textfmt.Field // the literals of an INSERT read in a field (textValue); inSQL while they are
	inSQL     bool
	// fieldInfo's memory: the keyInfo of the name at each field position,
	// and that name.
	infos     []keyInfo
	infoNames [][]byte
	// memo holds user agents scanned clean, names the field names
	// (textmemo.go); nil until the first one.
	memo, names *fieldMemo
	// csvIn and csvOut are a quoted CSV field's content with its quotes
	// undoubled, and that redacted (csvQuotedValue).
	csvIn, csvOut []byte
	// The columns of the markers of the last prepared statement logged
	// without its values (textfmt.MarkerColumns), for the bind lines
	// that follow it (textfmt.BindLine): the names copied into bindBuf,
	// bindCols their spans there by marker number; markCols and
	// bindSpans are scratch.
	bindBuf   []byte
	bindCols  [][2]int
	markCols  [][2]int
	bindSpans [][3]int
}

// SetText sets how r reads the text records that follow, and forgets what
// it learned from earlier records (a W3C header): call it when r starts on
// another stream (a Kafka partition, a file). With TextFields, c is the
// declared format; it is ignored otherwise. The error names the bad
// setting.
func (r *Redactor) SetText(mode TextMode, c textfmt.Config) error {
	ts := &r.text
	switch mode {
	case TextAuto, TextFlat:
		ts.declared = nil
	case TextFields:
		p, err := textfmt.NewParser(c)
		if err != nil {
			return err
		}
		ts.declared = p
	default:
		return errors.New("text mode " + strconv.Itoa(int(mode)) + " is unknown")
	}
	ts.mode = mode
	ts.w3cSeen = false
	ts.csv, ts.csvNarrow = nil, nil
	ts.bindCols = ts.bindCols[:0]
	if p := ts.auto[autoW3C]; p != nil {
		p.Reset()
	}
	return nil
}

// celParser returns the parser of CEL rows of n fields (textfmt.CELColumns),
// built on first use.
func (ts *textState) celParser(n int) *textfmt.Parser {
	for _, p := range ts.cel {
		if p != nil && len(p.Names()) == n {
			return p
		}
	}
	p, err := textfmt.NewParser(textfmt.Config{Format: textfmt.CSV, Columns: textfmt.CELColumns(n)})
	if err != nil {
		panic("BUG: CEL columns: " + err.Error())
	}
	for k := range ts.cel {
		if ts.cel[k] == nil {
			ts.cel[k] = p
			break
		}
	}
	return p
}

// autoParser returns the parser of preset k, built on first use; rules
// says whether the engine has field rules (then the extra fields of a
// combined line are split, so that a rule can name them).
func (ts *textState) autoParser(k int, rules bool) *textfmt.Parser {
	if p := ts.auto[k]; p != nil {
		return p
	}
	var f textfmt.Format
	switch k {
	case autoW3C:
		f = textfmt.W3C
	case autoCombined:
		f = textfmt.Combined
	case autoFreeSWITCH:
		f = textfmt.FreeSWITCH
	case autoCSV:
		f = textfmt.CSV
	default:
		f = textfmt.Asterisk
	}
	c := textfmt.DefaultConfig(f)
	// The extra key=value fields of a combined line: without a field rule
	// to apply by name, the scanner reads them as it reads any text, key
	// context and all, at less cost than one field at a time.
	c.RestAsText = !rules
	p, err := textfmt.NewParser(c)
	if err != nil {
		panic("BUG: preset " + f.String() + ": " + err.Error())
	}
	ts.auto[k] = p
	return p
}

// redactSplit redacts the text record src by the fields split names (a
// format whose fields are found by position or event, not by a Parser),
// then applies the user patterns to what it wrote.
func (r *Redactor) redactSplit(dst, src []byte, split func([]textfmt.Field, []byte) []textfmt.Field) ([]byte, error) {
	ts := &r.text
	base := len(dst)
	ts.fields = split(ts.fields[:0], src)
	r.forgetInfos()
	dst = r.redactFields(dst, src, ts.fields, 0)
	ts.fields = ts.fields[:0]
	return r.textPatterns(dst, base)
}

// redactText redacts a text record: by named fields when its format is
// declared or recognised, else as one string.
func (r *Redactor) redactText(dst, src []byte) ([]byte, error) {
	ts := &r.text
	var p *textfmt.Parser
	switch ts.mode {
	case TextFlat:
		return r.redactFlat(dst, src)

	case TextFields:
		p = ts.declared
		if f := p.Format(); (f == textfmt.CSV || f == textfmt.TSV) && len(p.Names()) == 0 {
			// Delimited text declared without column names: a header
			// row names them, as in auto (its names give the rows after
			// it their context: Cisco's callingPartyNumber).
			switch {
			case f == textfmt.CSV && r.looksCSVHeader(src):
				r.csvHeader(src)
				return r.redactFlat(dst, src)
			case ts.csv != nil:
				p = ts.csv
			}
		}
	default:
		switch {
		case textfmt.IsW3CHeader(src):
			if names, ok := textfmt.CommaFieldsHeader(src); ok {
				// Exchange's logs: a W3C-style directive naming CSV
				// columns, which give the rows after it their names.
				ts.w3cSeen = false
				r.csvHeader(names)
				return r.redactFlat(dst, src)
			}
			p = ts.autoParser(autoW3C, false)
			ts.w3cSeen = true
		case textfmt.LooksCombined(src):
			if k := textfmt.HeaderBeforeCombined(src); k > 0 {
				return r.redactCombinedAfter(dst, src, k)
			}
			p = ts.autoParser(autoCombined, len(r.e.fields.nodes) > 0)
		case textfmt.LooksAsteriskCSV(src):
			p = ts.autoParser(autoAsterisk, false)
		case textfmt.LooksFreeSWITCHCSV(src):
			p = ts.autoParser(autoFreeSWITCH, false)
		case textfmt.LooksAsteriskCEL(src) > 0:
			p = ts.celParser(textfmt.LooksAsteriskCEL(src))
		case textfmt.LooksPostgresCSV(src) > 0:
			p = ts.pgCSVParser(textfmt.LooksPostgresCSV(src))
		case textfmt.LooksNPS(src):
			// NPS's database-compatible accounting log: no header,
			// fields by position (textfmt/nps.go).
			p = ts.npsParser()
		case textfmt.LooksNPSIAS(src):
			// NPS's IAS format: each value after its attribute's
			// number (textfmt/nps.go).
			return r.redactSplit(dst, src, textfmt.SplitNPSIAS)
		case textfmt.LooksQueueLog(src):
			// Asterisk's queue_log: fields named by event (textfmt/queuelog.go).
			return r.redactSplit(dst, src, textfmt.SplitQueueLog)
		case textfmt.LooksXferlog(src):
			// xferlog: the username field is a login (textfmt/xferlog.go).
			return r.redactSplit(dst, src, textfmt.SplitXferlog)
		case textfmt.LooksCUPSPageLog(src):
			// CUPS's page_log: the job's owner and its name
			// (textfmt/cups.go).
			return r.redactSplit(dst, src, textfmt.SplitCUPSPageLog)
		case textfmt.LooksSquid(src):
			// Squid's native access.log: the user field is a login
			// (textfmt/squid.go).
			return r.redactSplit(dst, src, textfmt.SplitSquid)
		case textfmt.LooksThreeCXCDR(src):
			// 3CX's CDR lines: no header, fields by position
			// (textfmt/threecx.go).
			return r.redactSplit(dst, src, textfmt.SplitThreeCXCDR)
		case textfmt.LooksRibbonAcct(src):
			// Ribbon SBC accounting records: no header, fields by
			// position (textfmt/sbcyate.go).
			return r.redactSplit(dst, src, textfmt.SplitRibbonAcct)
		case textfmt.LooksAcmeCDR(src):
			// Acme Packet (Oracle SBC) local CDR files: no header,
			// the calling and called station ids by position
			// (textfmt/acme.go).
			return r.redactSplit(dst, src, textfmt.SplitAcmeCDR)
		case textfmt.LooksYateCDR(src):
			// Yate's cdrfile lines: no header, fields by position
			// (textfmt/sbcyate.go).
			return r.redactSplit(dst, src, textfmt.SplitYateCDR)
		case textfmt.LooksBroadWorksCDR(src):
			// BroadWorks' CDRs: no header, fields by position and
			// parties before their presentation indicators
			// (textfmt/broadworks.go).
			return r.redactSplit(dst, src, textfmt.SplitBroadWorksCDR)
		case textfmt.LooksIPOfficeSMDR(src):
			// Avaya IP Office's SMDR lines: no header, fields by
			// position (textfmt/smdr.go).
			return r.redactSplit(dst, src, textfmt.SplitIPOfficeSMDR)
		case textfmt.LooksMitelSMDR(src):
			// Mitel's SMDR records: fixed columns (textfmt/pbxfixed.go).
			return r.redactSplit(dst, src, textfmt.SplitMitelSMDR)
		case textfmt.LooksAvayaCDR(src) > 0:
			// Avaya Communication Manager's CDR records: fixed columns
			// or a customized layout's head (textfmt/pbxfixed.go).
			return r.redactSplit(dst, src, textfmt.SplitAvayaCDR)
		case textfmt.LooksAudioCodesCDR(src):
			// AudioCodes' SBC CDRs over syslog: fields after '|', by
			// position (textfmt/audiocodes.go).
			return r.redactSplit(dst, src, textfmt.SplitAudioCodesCDR)
		case textfmt.LooksFreeSWITCHLog(src):
			// FreeSWITCH's log lines that name a caller in the
			// message (textfmt/fslog.go).
			return r.redactSplit(dst, src, textfmt.SplitFreeSWITCHLog)
		case textfmt.LooksVicidialLog(src):
			// VICIdial's vicidial_log by INTO OUTFILE: no header, the
			// number and the agent by position (textfmt/vicidial.go).
			return r.redactSplit(dst, src, textfmt.SplitVicidialLog)
		case textfmt.LooksVicidialAPI(src):
			// VICIdial's API responses: data fields after the message
			// (textfmt/vicidial.go).
			return r.redactSplit(dst, src, textfmt.SplitVicidialAPI)
		case textfmt.LooksVicidialRecLookup(src):
			// VICIdial's recording_lookup results: the agent and the
			// recording's URL by position (textfmt/vicidial.go).
			return r.redactSplit(dst, src, textfmt.SplitVicidialRecLookup)
		case textfmt.LooksVicidialLead(src):
			// VICIdial's lead_all_info rows: the lead's columns joined
			// by '|' (textfmt/vicidial.go).
			return r.redactSplit(dst, src, textfmt.SplitVicidialLead)
		case textfmt.LooksHL7(src):
			// An HL7 v2 message: fields named by segment and
			// position (textfmt/hl7.go).
			return r.redactSplit(dst, src, textfmt.SplitHL7)
		case textfmt.LooksX12(src):
			// An X12 interchange or one of its segments: elements
			// named by segment, position and qualifier (textfmt/x12.go).
			return r.redactSplit(dst, src, textfmt.SplitX12)
		case textfmt.LooksDICOMElement(src):
			// A DICOM element as dcmdump or pydicom print it, of a tag
			// that holds a person's data (textfmt/dicom.go).
			return r.redactSplit(dst, src, textfmt.SplitDICOMElement)
		case textfmt.LooksEDIFACT(src):
			// An EDIFACT message: parties, numbers, birth dates and
			// documents named by tag and qualifier (textfmt/edifact.go).
			return r.redactSplit(dst, src, textfmt.SplitEDIFACT)
		case textfmt.LooksSwiftMT(src):
			// A SWIFT FIN message: the ordering customer's and the
			// beneficiary's account, name and address lines
			// (textfmt/swiftmt.go).
			return r.redactSplit(dst, src, textfmt.SplitSwiftMT)
		case (textfmt.LooksSQLInsert(src) || textfmt.LooksSQLBinds(src)) && !r.csvRowFits(src):
			// An INSERT with a column list in a database's log: each
			// value named by its column (textfmt/sqlinsert.go); a
			// prepared statement's bind list, each value named by its
			// marker's column (textfmt/sqlbound.go).
			if textfmt.HasBindMarker(src) {
				r.rememberMarkers(src)
			}
			return r.redactSplit(dst, src, splitSQLInsert)
		case len(ts.bindCols) > 0 && r.bindLine(src):
			// Hibernate's or MyBatis' values of the statement logged
			// before (rememberMarkers), named by their columns.
			return r.redactSplit(dst, src, r.text.bindFields)
		case looksForm(src):
			// Before the stream's CSV and W3C state: a form body (a
			// webhook's payload) in a topic that carried a CSV export
			// or a W3C log earlier is still a form, never a row.
			base := len(dst)
			ts.nested = textfmt.SplitQuery(ts.nested[:0], src)
			dst = r.redactForm(dst, src, ts.nested, maxNestedDepth)
			return r.textPatterns(dst, base)
		case ts.w3cSeen && len(src) > 0 && src[0] != '#' && r.w3cRow(src):
			// A row of the W3C log whose header the stream carried:
			// as many fields as the header names. Another record in
			// the same partition (a syslog line, a CSV export) is not
			// read by these names.
			p = ts.autoParser(autoW3C, false)
		case r.looksCSVHeader(src):
			// A CSV export's header row: its names give the rows
			// after it their columns (Cisco's callingPartyNumber).
			r.csvHeader(src)
			return r.redactFlat(dst, src)
		case textfmt.TSVHeaderColumns(src) > 0:
			// A tab-separated export's header row (mysql -B): read as
			// a CSV header's, its names give the rows after it.
			r.headerRow(src, textfmt.TSV)
			return r.redactFlat(dst, src)
		case ts.csv != nil:
			p = ts.csv
		default:
			if textfmt.HasBindMarker(src) {
				r.rememberMarkers(src) // an UPDATE's or a SELECT's markers
			}
			if k := textfmt.CombinedAfterHeader(src); k > 0 {
				return r.redactCombinedAfter(dst, src, k)
			}
			return r.redactFlat(dst, src)
		}
	}
	var fs []textfmt.Field
	var header bool
	var err error
	if ts.rowParsed {
		fs, ts.rowParsed = ts.fields, false // w3cRow parsed it
	} else {
		fs, header, err = p.Parse(ts.fields[:0], src)
	}
	ts.fields = fs[:0]
	switch {
	case err != nil && ts.mode == TextFields:
		var pe *textfmt.ParseError
		detail := "text format " + p.Format().String()
		if errors.As(err, &pe) {
			detail = pe.Error() // offsets and reasons, never record bytes
		}
		return dst, &QuarantineError{Reason: ReasonParse, Detail: detail}
	case err != nil || header || p == ts.csv && !p.CSVRowFits(src, fs):
		// A header names fields and holds no value; a record that a
		// recognised shape does not parse after all, or a line that is
		// no row of the CSV header's file (textfmt.Parser.CSVRowFits),
		// is read as text.
		return r.redactFlat(dst, src)
	}
	if p == ts.csv {
		ts.csvUnnameMisfits(src, fs)
	}
	base := len(dst)
	dst = r.redactFields(dst, src, fs, 0)
	return r.textPatterns(dst, base)
}

// redactCombinedAfter redacts src, a combined line at src[k:] behind a
// header (textfmt.CombinedAfterHeader): the line by its fields, the header
// as the text before the first of them.
func (r *Redactor) redactCombinedAfter(dst, src []byte, k int) ([]byte, error) {
	ts := &r.text
	p := ts.autoParser(autoCombined, len(r.e.fields.nodes) > 0)
	fs, header, err := p.Parse(ts.fields[:0], src[k:])
	ts.fields = fs[:0]
	if err != nil || header {
		return r.redactFlat(dst, src)
	}
	for i := range fs {
		fs[i].Start += int32(k)
		fs[i].End += int32(k)
		if fs[i].NameStart >= 0 {
			fs[i].NameStart += int32(k)
		}
	}
	base := len(dst)
	dst = r.redactFields(dst, src, fs, 0)
	return r.textPatterns(dst, base)
}

// csvRowFits reports whether src is a row of the CSV file whose header
// the stream carried: then an INSERT statement in it is one of its
// fields (a query history's QUERY_TEXT), read as a column of the row.
func (r *Redactor) csvRowFits(src []byte) bool {
	ts := &r.text
	if ts.csv == nil {
		return false
	}
	fs, header, err := ts.csv.Parse(ts.fields[:0], src)
	ts.fields = fs[:0]
	if err != nil || header || !ts.csv.CSVRowFits(src, fs) {
		return false
	}
	// The statement must be one field whole: a log line whose commas
	// happen to make as many fields splits it instead.
	for _, f := range fs {
		if textfmt.LooksSQLInsert(src[f.Start:f.End]) {
			return true
		}
	}
	return false
}

// rememberMarkers keeps the columns of the markers of the prepared
// statement in src when it is logged without its values, for the bind
// lines that follow (bindLine). Another statement replaces them.
func (r *Redactor) rememberMarkers(src []byte) {
	ts := &r.text
	ts.markCols = textfmt.MarkerColumns(ts.markCols[:0], src)
	if len(ts.markCols) == 0 {
		return
	}
	ts.bindBuf, ts.bindCols = ts.bindBuf[:0], ts.bindCols[:0]
	for _, c := range ts.markCols {
		s := len(ts.bindBuf)
		ts.bindBuf = append(ts.bindBuf, src[c[0]:c[1]]...)
		ts.bindCols = append(ts.bindCols, [2]int{s, len(ts.bindBuf)})
	}
}

// bindLine reports whether src logs values bound to the markers kept by
// rememberMarkers, leaving their spans in bindSpans.
func (r *Redactor) bindLine(src []byte) bool {
	ts := &r.text
	ts.bindSpans = textfmt.BindLine(ts.bindSpans[:0], src)
	for _, b := range ts.bindSpans {
		if k := b[2] - 1; k < len(ts.bindCols) && ts.bindCols[k][0] < ts.bindCols[k][1] {
			return true
		}
	}
	return false
}

// bindFields appends the values bindLine found, each named by its
// marker's column (a textfmt split function).
func (ts *textState) bindFields(dst []textfmt.Field, _ []byte) []textfmt.Field {
	for _, b := range ts.bindSpans {
		k := b[2] - 1
		if k >= len(ts.bindCols) {
			continue
		}
		c := ts.bindCols[k]
		if c[0] == c[1] {
			continue
		}
		dst = append(dst, textfmt.Field{Name: ts.bindBuf[c[0]:c[1]:c[1]], NameStart: -1, Start: int32(b[0]), End: int32(b[1])})
	}
	return dst
}

// forgetInfos empties fieldInfo's memory before the fields of a splitter,
// whose names may point into the record or into bindBuf: a later name at
// the same address (a reused buffer) must not find the info of another.
func (r *Redactor) forgetInfos() {
	ts := &r.text
	ts.infos, ts.infoNames = ts.infos[:0], ts.infoNames[:0]
}

// w3cRow reports whether the text record src reads as a row of the W3C
// log whose header the stream carried (textfmt.Parser.RowFits).
func (r *Redactor) w3cRow(src []byte) bool {
	ts := &r.text
	p := ts.autoParser(autoW3C, false)
	fs, header, err := p.Parse(ts.fields[:0], src)
	ts.rowParsed = err == nil && !header && p.RowFits(src, fs)
	ts.fields = fs
	if !ts.rowParsed {
		ts.fields = fs[:0]
	}
	return ts.rowParsed
}

// looksCSVHeader reports whether rec is a CSV header row: four columns
// or more of names (textfmt.LooksCSVHeader), or two or three when each
// is one word and one of them a key the engine reads values by
// ("username,password", "name,phone"): "Jane,Doe" is a row.
func (r *Redactor) looksCSVHeader(rec []byte) bool {
	n := textfmt.CSVHeaderColumns(rec)
	if n >= 4 || n == 0 || bytes.IndexByte(rec, ' ') >= 0 {
		return n >= 4
	}
	for i := 0; i < len(rec); {
		e := bytes.IndexByte(rec[i:], ',')
		if e < 0 {
			e = len(rec)
		} else {
			e += i
		}
		name := rec[i:e]
		if len(name) >= 2 && name[0] == '"' {
			name = name[1 : len(name)-1]
		}
		if ki := r.sc.cachedInfo(name); ki.ctx != ctxNone || ki.kind&^kindID != 0 {
			return true
		}
		i = e + 1
	}
	return false
}

// csvHeader reads the CSV header row rec: when one of its names says
// something of its column's values (a phone, name or secret column), the
// rows that follow, with as many fields, are read with these names;
// otherwise the earlier header is forgotten, since a new header starts
// another file. It allocates, once per header row.
func (r *Redactor) csvHeader(rec []byte) { r.headerRow(rec, textfmt.CSV) }

// headerRow is csvHeader for a header row of format (CSV, or TSV: the
// mysql client's batch output, a tab-separated download).
func (r *Redactor) headerRow(rec []byte, format textfmt.Format) {
	ts := &r.text
	ts.csv, ts.csvNarrow = nil, nil
	p := ts.autoParser(autoCSV, false)
	if format == textfmt.TSV {
		var err error
		if p, err = textfmt.NewParser(textfmt.Config{Format: textfmt.TSV}); err != nil {
			return
		}
	}
	fs, _, err := p.Parse(ts.fields[:0], rec)
	ts.fields = fs[:0]
	if err != nil {
		return
	}
	if len(fs) > 2 && string(rec[fs[0].Start:fs[0].End]) == "HEADER" {
		// OpenVPN's status file (--status-version 2): "HEADER,CLIENT_LIST,
		// Common Name,..." names the fields of the rows that open with
		// CLIENT_LIST, the row's type in its first field.
		fs = fs[1:]
	}
	says := false
	cols := make([]string, len(fs))
	var narrow []narrowCol
	for i, f := range fs {
		name := rec[f.Start:f.End]
		cols[i] = string(name)
		ki := r.sc.cachedInfo(name)
		if ki.ctx != ctxNone || ki.kind&^kindID != 0 { // an id column alone says nothing to read rows by
			says = true
		}
		switch {
		case ki.ctx == ctxVersion:
			narrow = append(narrow, narrowCol{i, narrowAgent})
		case ki.ctx == ctxCallID || ki.ctx == ctxMessageID:
			narrow = append(narrow, narrowCol{i, narrowCallID})
		case ki.kind&kindID != 0:
			narrow = append(narrow, narrowCol{i, narrowToken})
		}
	}
	// A postcode column beside a street line's column holds the
	// postcode of each row's postal address (a CRM's lead export:
	// address, city, postalCode), as json.go reads an address object's
	// and splitSQLInsert an INSERT's columns; a postcode alone is an area
	// and stays.
	street := false
	for _, c := range cols {
		street = street || streetColumn([]byte(c)) || len(c) == 7 && foldEq([]byte(c), "address")
	}
	for i, c := range cols {
		if street && postcodeMember([]byte(c)) {
			cols[i], says = string(addressPostcodeKey), true
		}
	}
	if !says {
		return
	}
	np, err := textfmt.NewParser(textfmt.Config{Format: format, Columns: cols})
	if err != nil {
		return // names LooksCSVHeader accepted: NewParser takes any
	}
	ts.csv, ts.csvNarrow = np, narrow
}

// narrowCol is a column of a CSV header row whose name narrows what the
// engine reads in it: under a user agent's name a dotted number is a
// version, never an address (ctxVersion); under a Call-ID's, a
// Message-ID's or an id's, an address-like token is an id and a bare
// number no card. A line of another log that happens to have as many
// fields as the header (a syslog line with commas in a topic that carried
// a CSV export) must not be read by such a name, or its address would be
// kept: a value without the shape the name announces is read as unnamed
// text (csvUnnameMisfits).
type narrowCol struct {
	col  int
	need uint8
}

const (
	narrowAgent  uint8 = iota + 1 // a product token and its version ("Mozilla/5.0 …", "curl/8.4.0") or nothing
	narrowToken                   // one token: no blank
	narrowCallID                  // one token, and an id's address rather than a person's (randomLocalPart)
)

// csvUnnameMisfits takes the name off each narrowing column of the
// stream's CSV header (csvNarrow) whose value in the row fs of rec lacks
// the shape the name announces: that value is read as unnamed text. It
// does not allocate.
func (ts *textState) csvUnnameMisfits(rec []byte, fs []textfmt.Field) {
	for _, n := range ts.csvNarrow {
		if n.col >= len(fs) {
			return
		}
		v := rec[fs[n.col].Start:fs[n.col].End]
		if len(v) == 0 || len(v) == 1 && v[0] == '-' {
			continue
		}
		switch n.need {
		case narrowAgent:
			if !agentShaped(v) {
				fs[n.col].Name = nil
			}
		case narrowToken, narrowCallID:
			if bytes.IndexByte(v, ' ') >= 0 || bytes.IndexByte(v, '\t') >= 0 || n.need == narrowCallID && !randomLocalPart(v) {
				fs[n.col].Name = nil
			}
		}
	}
}

// agentShaped reports whether v opens as a user agent does: a product
// token, a slash and a version (RFC 9110 10.1.5: "Mozilla/5.0",
// "okhttp/4.12.0"), or a SIP device's vendor and model before its
// firmware ("Yealink SIP-T46S 66.86.0.15", "Grandstream GXP2170 1.0.11.23":
// a capitalised word, then a model code with a digit or in capitals). A
// line of prose ("client 203.0.113.5", "Connection from …") is neither.
func agentShaped(v []byte) bool {
	if len(v) < 3 || !isAlpha(v[0]) {
		return false
	}
	for i := 1; i < len(v)-1; i++ {
		switch c := v[i]; {
		case c == '/':
			return isAlnum(v[i+1])
		case c == ' ':
			return v[0] >= 'A' && v[0] <= 'Z' && modelCode(v[i+1:])
		case isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '+' || c == '!':
		default:
			return false
		}
	}
	return false
}

// modelCode reports whether v opens with a device's model code followed by
// a blank or nothing: letters, digits and '-' or '_', with a letter and
// either a digit or only capitals ("SIP-T46S", "GXP2170", "X4", "PBX").
func modelCode(v []byte) bool {
	letter, digit, lower := false, false, false
	i := 0
	for ; i < len(v) && v[i] != ' '; i++ {
		switch c := v[i]; {
		case c >= 'a' && c <= 'z':
			letter, lower = true, true
		case c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9':
			digit = true
		case c == '-' || c == '_':
		default:
			return false
		}
	}
	return i > 0 && letter && (digit || !lower)
}

// textPatterns runs the user patterns over the record redacted into
// dst[base:].
func (r *Redactor) textPatterns(dst []byte, base int) ([]byte, error) {
	if len(r.e.patterns) == 0 {
		return dst, nil
	}
	dst, perr := r.runPatterns(dst, base)
	if perr != nil {
		return dst[:base], perr
	}
	return dst, nil
}

// looksForm reports whether rec is an application/x-www-form-urlencoded
// body (a webhook's payload): no blank, at least one '&', and it starts
// with a parameter name followed by '='.
func looksForm(rec []byte) bool {
	if len(rec) < 3 || bytes.IndexByte(rec, '&') < 0 || bytes.IndexByte(rec, ' ') >= 0 || bytes.IndexByte(rec, '\t') >= 0 {
		return false
	}
	i := 0
	for i < len(rec) && (isAlnum(rec[i]) || rec[i] == '_' || rec[i] == '-' || rec[i] == '.' || rec[i] == '[' || rec[i] == ']' || rec[i] == '%') {
		i++
	}
	return i > 0 && i < len(rec) && rec[i] == '='
}

// maxNestedDepth bounds the splitting of fields into fields (a query
// string inside a field is one level).
const maxNestedDepth = 1

// redactFields appends src with the value of every field of fs redacted.
// Offsets in fs are relative to src.
//
// A run of fields whose names say nothing (no detector context, no inner
// structure, no field rule) and whose values hold no query is scanned as
// one piece of text, separators and all, as a record without named fields
// would be: the scanner finds the same things in it, at less cost per
// field.
func (r *Redactor) redactFields(dst, src []byte, fs []textfmt.Field, depth int) []byte {
	pos := 0
	rules := len(r.e.fields.nodes) > 0
	// The next '+' at or after the field being looked at (len(src): none
	// left), found once for all the fields before it: without one a field
	// is no form body to split (formValue).
	plus := -1
	for i, f := range fs {
		s, e := int(f.Start), int(f.End)
		if s < pos || e < s || e > len(src) {
			panic("BUG: textfmt returned a field outside the record")
		}
		ki := r.fieldInfo(i, f)
		if ki.ctx == ctxNone && ki.kind&^kindID == 0 && !rules && (ki.kind&kindID == 0 || !idDigits(src[s:e])) {
			// (an id column matters only where a card-long number is)
			if plus < s {
				plus = len(src)
				if p := bytes.IndexByte(src[s:], '+'); p >= 0 {
					plus = s + p
				}
			}
			if (plus >= e || !formValue(src[s:e], ki)) && (f.Quoting != textfmt.QuoteCSV || bytes.IndexByte(src[s:e], '"') < 0) {
				// Part of the run that ends at the next field that says
				// something; a head of fixed syntax right after a run
				// with nothing in it ends the run (textfixed.go); a
				// quoted CSV field with doubled quotes inside is read
				// undoubled (csvQuotedValue).
				if head := fixedHead(f.Name, src[s:e]); head > 0 && plainGap(src[pos:s]) {
					dst = append(dst, src[pos:s+head]...)
					pos = s + head
				}
				continue
			}
		}
		dst, pos = r.fieldName(dst, src, pos, f, false)
		dst = r.gap(dst, src[pos:s])
		dst = r.textValue(dst, src[s:e], f.Name, ki, f.Quoting, depth)
		pos = e
	}
	return r.gap(dst, src[pos:])
}

// fieldInfo returns what the name of fs[i], f, says. The names of CSV, TSV
// and W3C columns and of the combined format's fields are the parser's own
// and come back record after record: their keyInfo is kept by position
// until the parser's names change; a name taken from the record is looked
// up in the scanner's key cache.
func (r *Redactor) fieldInfo(i int, f textfmt.Field) keyInfo {
	ts := &r.text
	if f.NameStart < 0 && i < len(ts.infos) && len(f.Name) > 0 &&
		unsafe.SliceData(ts.infoNames[i]) == unsafe.SliceData(f.Name) && len(ts.infoNames[i]) == len(f.Name) {
		return ts.infos[i]
	}
	ki := r.sc.cachedInfo(f.Name)
	if f.NameStart < 0 && i < maxKeptInfos {
		for len(ts.infos) <= i {
			ts.infos = append(ts.infos, keyInfo{})
			ts.infoNames = append(ts.infoNames, nil)
		}
		ts.infos[i], ts.infoNames[i] = ki, f.Name
	}
	return ki
}

// maxKeptInfos bounds the field positions fieldInfo keeps.
const maxKeptInfos = 256

// gap appends g, what lies between fields: separators and quotes are
// copied, and anything else a format skips (a bare word in a logfmt line)
// is scanned as text, so that no byte of a record escapes the detectors.
func (r *Redactor) gap(dst, g []byte) []byte {
	if plainGap(g) {
		return append(dst, g...)
	}
	return r.scanValue(dst, g, nil, actNone, false)
}

// textValue appends the redacted form of v, the value of the text field
// called name.
func (r *Redactor) textValue(dst, v, name []byte, ki keyInfo, q textfmt.Quoting, depth int) []byte {
	if len(v) == 0 || len(v) == 1 && v[0] == '-' && len(r.e.fields.nodes) == 0 {
		return append(dst, v...) // empty, or "-" as the formats write it
	}
	ov := Action(actNone)
	if ri := r.textRule(name, depth); ri >= 0 {
		fr := &r.e.fields.rules[ri]
		r.stats.Fields[ri]++
		switch fr.act {
		case ActTruncate, ActPseudonymize:
			ov = fr.act
		case ActKeep:
			return append(dst, v...)
		case ActDrop:
			return dst
		case ActHash:
			if r.e.isPseudonym(v) {
				return append(dst, v...)
			}
			return r.appendHash(dst, v)
		default:
			return appendQuoted(dst, fr.token, q)
		}
	}
	if q == textfmt.QuoteCSV && depth == 0 && bytes.Contains(v, csvQuote) {
		return r.csvQuotedValue(dst, v, name, ki, ov)
	}
	if depth >= maxNestedDepth && (ki.ctx == ctxPhone || ki.ctx == ctxName) && r.e.enabled[DetPhone] && partyNumber(name, v) {
		// A form body's or query's party, or a caller name that is the
		// number again (Plivo's CallerName when the network sent none),
		// as structuredValue reads a column's.
		dst, _ = r.apply(dst, v, match{det: DetPhone, start: 0, end: len(v)}, ov)
		return dst
	}
	if ts := &r.text; depth == 0 && !ts.inSQL && len(v) >= 24 && textfmt.LooksSQLInsert(v) {
		// A statement in a column of its own (a warehouse's query
		// history exported as CSV): each literal named by its column
		// and read as a field of its own, as on a line of a database's
		// log (redactSplit).
		ts.sqlCols = splitSQLInsert(ts.sqlCols[:0], v)
		ts.inSQL = true
		dst = r.redactFields(dst, v, ts.sqlCols, 0)
		ts.inSQL = false
		return dst
	}
	if depth < maxNestedDepth && len(v) > 0 {
		if out, ok := r.structuredValue(dst, v, name, ki, ov, depth, false); ok {
			return out
		}
	}
	if a := bytes.LastIndexByte(name, '&'); a >= 0 && a+1 < len(name) {
		// A key that ends a query string (a logfmt line opening with
		// "x=1&phone=020+7946+0958"): the value is the last parameter's,
		// its '+' a blank, as when the query is read part by part.
		return r.scanValue(dst, v, name[a+1:], ov, true)
	}
	if depth == 0 {
		return r.scanValueInfo(dst, v, name, ki, ov)
	}
	if len(name) == 4 && foldEq(name, "code") && r.e.enabled[DetSecret] && oauthCode(v) {
		// A query's OAuth authorization or one-time code (scanKeyed
		// reads the same in a query it scans whole).
		dst, _ = r.apply(dst, v, match{det: DetSecret, start: 0, end: len(v)}, ov)
		return dst
	}
	return r.scanValue(dst, v, name, ov, true)
}

// csvQuote is a quote inside a quoted CSV field, doubled (RFC 4180).
var csvQuote = []byte(`""`)

// csvQuotedValue appends v, the content of a quoted CSV field that holds
// doubled quotes, redacted as what it spells: the quotes are undoubled
// first, so that a JSON document in a column (Asterisk CEL's eventextra,
// {""phone"":""4155550123""}) is walked as JSON and a quoted name is read
// with its quotes, and the result is written back with its quotes doubled
// again. Bytes no detection touched come back as they were.
func (r *Redactor) csvQuotedValue(dst, v, name []byte, ki keyInfo, ov Action) []byte {
	in := r.text.csvIn[:0]
	for i := 0; i < len(v); i++ {
		in = append(in, v[i])
		if v[i] == '"' && i+1 < len(v) && v[i+1] == '"' {
			i++
		}
	}
	r.text.csvIn = in
	var out []byte
	// A JSON document in a column whose name makes the value whole (a
	// password column) is read as that name says, not walked.
	whole := ki.ctx == ctxSecret || ki.ctx == ctxPassword || ki.ctx == ctxName || ki.ctx == ctxBearer
	if changed, ok := r.embeddedJSON(in); !whole && ok {
		if !changed {
			return append(dst, v...)
		}
		out = r.work
	} else {
		r.text.csvOut = r.textValue(r.text.csvOut[:0], in, name, ki, textfmt.QuoteNone, 0)
		out = r.text.csvOut
	}
	for _, c := range out {
		if c == '"' {
			dst = append(dst, '"')
		}
		dst = append(dst, c)
	}
	return dst
}

// scanValueInfo is scanValue for a top-level field whose name's keyInfo ki
// is known.
// A user agent that was scanned clean before is copied (textmemo.go).
func (r *Redactor) scanValueInfo(dst, v, name []byte, ki keyInfo, ov Action) []byte {
	memo := ov == actNone && memoable(v, ki) && len(name) <= memoName
	var h uint64
	if memo {
		if r.text.memo == nil {
			r.text.memo = newFieldMemo()
		}
		var hit bool
		if h, hit = r.text.memo.lookup(name, v); hit {
			return append(dst, v...)
		}
	}
	r.sc.key, r.sc.kfor, r.sc.kinfo = name, name, ki
	if first := nextStop(v, 0); first < len(v) {
		if memo {
			// Look at the view first: redactViewed would say only
			// how many detections it rewrote, not whether there
			// were any (one it keeps is written as it was).
			if _, ok := r.next(r.view.decode(v, first)); !ok {
				r.text.memo.insert(h, name, v)
				r.sc.setKey(nil)
				return append(dst, v...)
			}
		}
		dst, _ = r.redactViewed(dst, v, ov, first)
	} else {
		m, ok := r.next(v)
		if memo && !ok {
			r.text.memo.insert(h, name, v)
		}
		dst = r.redactSpan(dst, v, ov, m, ok)
	}
	r.sc.setKey(nil)
	return dst
}

// structuredValue appends v redacted by its inner structure when the field
// name or the value's shape says it has one: a cookie header, a query
// string or form body, a URL or request line with a query, a CDR party
// number, an Asterisk channel or dial string. ok is false (and nothing is
// appended) when v has none of them. inJSON is set for a JSON string
// value, whose name is its key: only the shapes that a key and a value
// show on their own apply there.
func (r *Redactor) structuredValue(dst, v, name []byte, ki keyInfo, ov Action, depth int, inJSON bool) (_ []byte, ok bool) {
	ts := &r.text
	switch {
	case ki.kind&kindQuery != 0:
		if bytes.IndexByte(v, '+') < 0 && !wpLoginForm(v) || bytes.IndexByte(v, '=') < 0 {
			// Scanned whole: see formValue. Without a '=' the value is
			// no query ("args":["+14155550123"], a job's arguments).
			return dst, false
		}
		ts.nested = textfmt.SplitQuery(ts.nested[:0], v)
		return r.redactForm(dst, v, ts.nested, depth+1), true
	case (ki.ctx == ctxPhone || ki.ctx == ctxName) && partyNumber(name, v) && r.e.enabled[DetPhone]:
		// A CDR column such as src or dst holds the party's number,
		// however short: an extension identifies a line too. A caller
		// name that is all digits is the number again (a network that
		// sent no name: FreeSWITCH writes the number there).
		dst, _ = r.apply(dst, v, match{det: DetPhone, start: 0, end: len(v)}, ov)
		return dst, true
	case ki.kind&kindIPInt != 0:
		if out, ok := r.ipIntValue(dst, v, ov); ok {
			return out, true
		}
	case ki.kind&kindRevName != 0:
		return r.reversedName(dst, v, ov), true
	case !inJSON && ki.kind&kindDial != 0:
		return r.dialString(dst, v, name, ov), true
	case ki.kind&kindClid != 0:
		if out, ok := r.callerID(dst, v, ov); ok {
			return out, true
		}
	}
	// A value its key makes whole (a secret, a name) is not split: the
	// part before the '?' would be masked and the rest kept.
	whole := ki.ctx == ctxSecret || ki.ctx == ctxPassword || ki.ctx == ctxName || ki.ctx == ctxAddress || ki.ctx == ctxBirth ||
		ki.ctx == ctxPostal || ki.ctx == ctxGeo
	if qs, qe, found := textfmt.FindQuery(v); found && !whole && qe > qs && bytes.IndexByte(v[qs:qe], '+') >= 0 && (!inJSON || urlLike(v, qs, name)) {
		dst = r.scanValue(dst, v[:qs], name, ov, false)
		ts.nested = textfmt.SplitQuery(ts.nested[:0], v[qs:qe])
		dst = r.redactNested(dst, v[qs:qe], ts.nested, depth+1)
		return r.scanValue(dst, v[qe:], nil, ov, false), true
	}
	return dst, false
}

// formValue reports whether the field value v holds a query string or form
// body that must be read part by part: one where '+' stands for a space
// (phone=%2B44+20+7946+0958). Without a '+' the scanner reads a query as it
// is, key=value by key=value, and a cookie header likewise (cookies are
// scanned whole, their names giving context as any key does).
func formValue(v []byte, ki keyInfo) bool {
	p := bytes.IndexByte(v, '+')
	if p < 0 {
		return false
	}
	if bytes.IndexByte(v[:p], '?') >= 0 {
		return true
	}
	// A body under its key is a form when it has no blank: a form writes
	// one as '+' or %20, so a help desk ticket's "body" with blanks is
	// prose, and its '+' opens a phone number.
	return ki.kind&kindQuery != 0 && bytes.IndexByte(v, ' ') < 0 && bytes.IndexByte(v, '=') >= 0
}

// urlLike reports whether the JSON string v, with a '?' at v[qs-1], is a
// URL, a path or a request line with a query rather than a sentence: it
// starts with '/', holds "://" before the '?', starts with an HTTP method,
// or its key names a URL.
func urlLike(v []byte, qs int, key []byte) bool {
	if v[0] == '/' || bytes.Contains(v[:qs], schemeSep) {
		return true
	}
	if sp := bytes.IndexByte(v[:qs], ' '); sp > 0 && sp <= 7 && isUpper(v[0]) && v[sp+1] == '/' {
		return true // GET /p?q
	}
	return hasFold(key, "url") || hasFold(key, "uri") || hasFold(key, "href") || hasFold(key, "referer") ||
		hasFold(key, "referrer") || hasFold(key, "location") || foldEq(key, "request") || foldEq(key, "path")
}

var schemeSep = []byte("://")

// clidField reports whether a field called name holds a caller id in the
// form "Display Name" <number> (Asterisk's clid, callerid).
func clidField(name []byte) bool {
	return foldEq(name, "clid") || foldEq(name, "callerid") || foldEq(name, "caller_id")
}

// callerID appends v, a caller id `"Alice Smith" <4930690000>` (inside a
// CSV field its quotes are doubled), with the display name masked as a
// name and the number as a phone number however short. ok is false when v
// has no <number> at its end.
func (r *Redactor) callerID(dst, v []byte, ov Action) (_ []byte, ok bool) {
	if len(v) < 3 || v[len(v)-1] != '>' {
		return dst, false
	}
	lt := bytes.LastIndexByte(v, '<')
	if lt < 0 {
		return dst, false
	}
	num := v[lt+1 : len(v)-1]
	// The display name: between the quotes (one or two of them each
	// side), or the bare words before '<'.
	a, b := 0, lt
	for b > a && v[b-1] == ' ' {
		b--
	}
	for b-a >= 2 && v[a] == '"' && v[b-1] == '"' { // two quotes, not one read from both sides
		a, b = a+1, b-1
	}
	dst = append(dst, v[:a]...)
	if b > a && r.e.enabled[DetName] && !allDigitsPlus(v[a:b]) {
		dst, _ = r.apply(dst, v[:b], match{det: DetName, start: a, end: b}, ov)
	} else {
		dst = r.dialPart(dst, v[a:b], ov)
	}
	dst = append(dst, v[b:lt+1]...)
	dst = r.dialPart(dst, num, ov)
	return append(dst, '>'), true
}

// dialField reports whether an Asterisk column called name holds a channel
// name or a Dial string (channel, dstchannel, lastdata; CEL's channame,
// appdata, peer).
func dialField(name []byte) bool {
	return foldEq(name, "channel") || foldEq(name, "dstchannel") || foldEq(name, "lastdata") ||
		foldEq(name, "channame") || foldEq(name, "appdata") || foldEq(name, "peer") // CEL's
}

// dialString appends v, an Asterisk channel name ("SIP/203.0.113.7-0000abcd",
// "PJSIP/2017-00000012") or application data ("PJSIP/4930690000@trunk,30",
// "SIP/trunk/011442079460769&IAX2/2001,60,tT"), with the party numbers and
// addresses in its resources redacted: each part between '/', '@', '&' and
// the channel's "-sequence" suffix is scanned on its own, and a part of 3
// or more digits is a number. What follows the first ',' (the timeout and
// options of Dial) is scanned as text.
func (r *Redactor) dialString(dst, v, name []byte, ov Action) []byte {
	end := len(v)
	if c := bytes.IndexByte(v, ','); c >= 0 {
		end = c
	}
	if !dialShape(v[:end]) {
		return r.scanValue(dst, v, name, ov, false)
	}
	pos := 0
	for i := 0; i <= end; i++ {
		if i < end && v[i] != '/' && v[i] != '&' {
			continue
		}
		part := v[pos:i]
		// A channel's unique suffix: "-0000abcd".
		suffix := len(part)
		if k := bytes.LastIndexByte(part, '-'); k > 0 && len(part)-k-1 >= 4 && allHex(part[k+1:]) {
			suffix = k
		}
		if res := part[:suffix]; pos > 0 && v[pos-1] == '/' && r.e.enabled[DetName] && dialLogin(userPart(res)) {
			// An endpoint named after its user: PJSIP/jane.doe-0000001a
			// (see scanDialLogin).
			u := userPart(res)
			dst, _ = r.apply(dst, u, match{det: DetName, start: 0, end: len(u)}, ov)
			dst = r.scanValue(dst, res[len(u):], nil, ov, false)
		} else {
			dst = r.dialPart(dst, res, ov)
		}
		dst = append(dst, part[suffix:]...)
		if i < end {
			dst = append(dst, v[i])
		}
		pos = i + 1
	}
	if end < len(v) {
		dst = r.scanValue(dst, v[end:], name, ov, false)
	}
	return dst
}

// dialShape reports whether s looks like a channel or dial target:
// TECH/resource, the technology a word of letters and digits, and no blank.
func dialShape(s []byte) bool {
	t := 0
	for t < len(s) && isAlnum(s[t]) {
		t++
	}
	return t > 0 && t < len(s) && s[t] == '/' && bytes.IndexByte(s, ' ') < 0
}

// dialPart appends one resource of a dial string: a number of 3 or more
// digits, alone or before '@' (4930690000@trunk), is masked as a phone
// number; anything else is scanned whole, so that an address such as
// alice@example.com is seen as one.
func (r *Redactor) dialPart(dst, p []byte, ov Action) []byte {
	user := p
	if at := bytes.IndexByte(p, '@'); at >= 0 {
		user = p[:at]
	}
	if len(user) >= 3 && r.e.enabled[DetPhone] && allDigitsPlus(user) {
		dst, _ = r.apply(dst, user, match{det: DetPhone, start: 0, end: len(user)}, ov)
		return r.scanValue(dst, p[len(user):], nil, ov, false)
	}
	return r.scanValue(dst, p, nil, ov, false)
}

// userPart returns the user of a dial string's resource: what comes
// before its '@' (2001@from-internal), or all of it.
func userPart(p []byte) []byte {
	if at := bytes.IndexByte(p, '@'); at >= 0 {
		return p[:at]
	}
	return p
}

func allHex(b []byte) bool {
	for _, c := range b {
		if !isHex(c) {
			return false
		}
	}
	return true
}

// allDigitsPlus reports whether b is digits after an optional '+'.
func allDigitsPlus(b []byte) bool { return digitsAfterSign(b, '+') }

// digitsAfterSign reports whether b is one or more digits after an
// optional sign byte.
func digitsAfterSign(b []byte, sign byte) bool {
	if len(b) > 0 && b[0] == sign {
		b = b[1:]
	}
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// partyNumber reports whether v, the value of the text field called name
// (a name that says phone: src, dst, caller, callee, ani, dnis...; see
// phoneKeys), is a calling or called party's number: 3 to 20 digits after
// an optional '+'.
func partyNumber(name, v []byte) bool {
	// "to" and "from" alone are too common keys to take their short
	// numbers for extensions (a search's "from": 100, a range's "to": 500);
	// they still give phone context to longer ones.
	return len(v) >= 3 && len(v) <= 21 && !genericPartyKey(name) && allDigitsPlus(v) &&
		(len(v) >= 7 || !partyIDKey(name)) // a user id that is a number has a number's length
}

// genericPartyKey reports whether key is "to" or "from" alone: a message
// API's parties ({"from":"447700900123","to":...} of Vonage, Plivo,
// Sinch), but also the bounds of a range, so a compact date under it
// ("from":"20261123") is no number (see compactDate).
func genericPartyKey(key []byte) bool {
	return foldEq(key, "to") || foldEq(key, "from")
}

// compactDate reports whether the digits at src[i:] are a date or a time
// of day written without separators, and nothing more: YYYYMMDD,
// YYYYMMDDhh, YYYYMMDDhhmm or YYYYMMDDhhmmss of the years 1900 to 2099.
func compactDate(src []byte, i int) bool {
	j := i
	for j < len(src) && isDigit(src[j]) {
		j++
	}
	if j < len(src) && isAlnum(src[j]) {
		return false
	}
	d := src[i:j]
	if len(d) != 8 && len(d) != 10 && len(d) != 12 && len(d) != 14 {
		return false
	}
	two := func(k int) int { return int(d[k]-'0')*10 + int(d[k+1]-'0') }
	if c := two(0); c != 19 && c != 20 {
		return false
	}
	if m, dd := two(4), two(6); m < 1 || m > 12 || dd < 1 || dd > 31 {
		return false
	}
	if len(d) > 8 && (two(8) > 23 || len(d) > 10 && two(10) > 59 || len(d) == 14 && two(12) > 60) {
		return false
	}
	return true
}

// redactNested is redactFields for the parts of a query string or cookie
// header: the part is copied as one field list, names scanned as text too
// (a name may itself be data).
func (r *Redactor) redactNested(dst, v []byte, parts []textfmt.Field, depth int) []byte {
	pos := 0
	for i := range parts {
		// r.text.nested may be reused below only after this loop: it is
		// not, since depth stops at maxNestedDepth.
		f := parts[i]
		s, e := int(f.Start), int(f.End)
		if s < pos || e < s || e > len(v) {
			panic("BUG: textfmt split a part outside the value")
		}
		dst, pos = r.fieldName(dst, v, pos, f, true)
		dst = r.gap(dst, v[pos:s])
		dst = r.textValue(dst, v[s:e], f.Name, r.sc.cachedInfo(f.Name), f.Quoting, depth)
		pos = e
	}
	return r.gap(dst, v[pos:])
}

// fieldName appends src[pos:] up to the end of f's name, with the name
// scanned when it is part of the record (a logfmt key, a query parameter,
// a cookie name: "alice@example.org=1" names nothing, it is data), and
// returns where copying resumes.
func (r *Redactor) fieldName(dst, src []byte, pos int, f textfmt.Field, nested bool) ([]byte, int) {
	ns := int(f.NameStart)
	if ns < pos || len(f.Name) == 0 {
		return dst, pos
	}
	ne := ns + len(f.Name)
	if ne > int(f.Start) {
		panic("BUG: textfmt returned a name after its value")
	}
	dst = r.gap(dst, src[pos:ns])
	dst = r.scanName(dst, src[ns:ne], nested)
	return dst, ne
}

// scanValue appends v with every builtin detection rewritten, name giving
// the detectors context. In a query string or cookie (nested), a name that
// says session, token, auth, key or secret makes the value a secret, and
// '+' is a space.
func (r *Redactor) scanValue(dst, v, name []byte, ov Action, nested bool) []byte {
	if len(v) == 0 {
		return dst
	}
	if nested && bytes.IndexByte(name, '%') >= 0 {
		// A form field's name may be encoded: mauticform%5Bphone%5D.
		r.nameBuf = appendPercentDecoded(r.nameBuf[:0], name)
		name = r.nameBuf
	}
	r.sc.setKey(name)
	plus := nested && bytes.IndexByte(v, '+') >= 0
	first := 0 // a '+' may come before the first escape
	if !plus {
		first = nextStop(v, 0)
	}
	if first < len(v) {
		r.view.plus = plus
		dst, _ = r.redactViewed(dst, v, ov, first)
		r.view.plus = false
	} else {
		m, ok := r.next(v)
		dst = r.redactSpan(dst, v, ov, m, ok)
	}
	r.sc.setKey(nil)
	return dst
}

// appendPercentDecoded appends s with its %XX escapes decoded.
func appendPercentDecoded(dst, s []byte) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			dst = append(dst, byte(hexVal(s[i+1])<<4|hexVal(s[i+2])))
			i += 2
			continue
		}
		dst = append(dst, s[i])
	}
	return dst
}

// textRule returns the index of the field rule for the text field name
// (a rule path of one name; nested parts are not matched by path), -1 when
// there is none.
func (r *Redactor) textRule(name []byte, depth int) int32 {
	if depth > 0 || len(r.e.fields.nodes) == 0 || len(name) == 0 {
		return -1
	}
	n := r.e.fields.lookup(0, name)
	if n < 0 {
		return -1
	}
	return r.e.fields.nodes[n].rule
}

// appendQuoted appends a mask token to a field quoted as q: a doubled quote
// inside CSV quotes, a backslash before a quote or backslash inside
// backslash-escaped quotes.
func appendQuoted(dst, tok []byte, q textfmt.Quoting) []byte {
	switch q {
	case textfmt.QuoteCSV:
		for _, c := range tok {
			if c == '"' {
				dst = append(dst, '"')
			}
			dst = append(dst, c)
		}
		return dst
	case textfmt.QuoteBackslash:
		return appendLike(dst, tok, backslash, nil)
	}
	return append(dst, tok...)
}

var backslash = []byte{'\\'}

// cookieField reports whether a field called name holds a Cookie or
// Set-Cookie header value: cs(Cookie), http_cookie, cookie, set-cookie,
// sc(Set-Cookie).
func cookieField(name []byte) bool {
	return hasFold(name, "cookie")
}

// queryField reports whether a field called name holds a query string or
// form body as a whole (cs-uri-query, query_string, args, query, body).
func queryField(name []byte) bool {
	if d := lastIndexByte(name, '.'); d >= 0 {
		// ECS's and OpenTelemetry's url.query, a dotted key's last
		// name (not process.args, an argv, nor a "body" of prose).
		name = name[d+1:]
		return foldEq(name, "query") || foldEq(name, "query_string")
	}
	return foldEq(name, "cs_uri_query") || foldEq(name, "query_string") || foldEq(name, "args") ||
		foldEq(name, "query") || foldEq(name, "querystring") || foldEq(name, "request_body") ||
		foldEq(name, "form") || foldEq(name, "body")
}

// hasFold reports whether name holds the lower-case word w, ignoring case.
func hasFold(name []byte, w string) bool {
	for i := 0; i+len(w) <= len(name); i++ {
		if lower(name[i]) == w[0] && foldEq(name[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// splitSQLInsert is textfmt.SplitSQLInsert with a postcode column named as
// an address's postcode when the statement also has a street line's column
// (INSERT INTO addresses (address_line1, city, postcode) ...), as json.go
// names an address object's members: a postcode alone stays.
func splitSQLInsert(dst []textfmt.Field, rec []byte) []textfmt.Field {
	n0 := len(dst)
	dst = textfmt.SplitSQLInsert(dst, rec)
	if n1 := len(dst); n1 > n0 {
		dst = textfmt.SplitSQLBinds(dst, rec)
		dst = mergeFields(dst, n0, n1)
	} else {
		dst = textfmt.SplitSQLBinds(dst, rec)
	}
	street, postal := false, false
	for _, f := range dst[n0:] {
		street = street || streetColumn(f.Name)
		postal = postal || postcodeMember(f.Name) || len(f.Name) == 4 && foldEq(f.Name, "city")
	}
	if postal {
		// A line1 or line2 column beside a city or postcode column is
		// a street line (INSERT INTO addresses (line1, line2, city,
		// postcode) ...), as json.go reads Stripe's address object.
		for i := n0; i < len(dst); i++ {
			if c := dst[i].Name; len(c) == 5 && (string(c) == "line1" || string(c) == "line2") {
				dst[i].Name = addressLineKey
				street = true
			}
		}
	}
	if street {
		for i := n0; i < len(dst); i++ {
			if postcodeMember(dst[i].Name) {
				dst[i].Name = addressPostcodeKey
			}
		}
	}
	return dst
}

// mergeFields puts dst[n0:], two runs of fields in order (dst[n0:n1] and
// dst[n1:]), in order of their starts, dropping a field of the second run
// that overlaps one kept before it. It does not allocate.
func mergeFields(dst []textfmt.Field, n0, n1 int) []textfmt.Field {
	// Insertion: both runs are short (the columns of a statement).
	for i := n1; i < len(dst); i++ {
		for j := i; j > n0 && dst[j].Start < dst[j-1].Start; j-- {
			dst[j], dst[j-1] = dst[j-1], dst[j]
		}
	}
	k := n0
	for i := n0; i < len(dst); i++ {
		if k > n0 && dst[i].Start < dst[k-1].End {
			continue
		}
		dst[k] = dst[i]
		k++
	}
	return dst[:k]
}

// streetColumn reports whether c names a table's street-line column.
func streetColumn(c []byte) bool {
	switch len(c) {
	case 5:
		return foldEq(c, "addr1")
	case 6:
		return foldEq(c, "street")
	case 7:
		return foldEq(c, "street1")
	case 8:
		return foldEq(c, "address1")
	case 9:
		return foldEq(c, "address_1")
	case 10:
		return foldEq(c, "addr_line1") // Jotform's address field
	case 13:
		return foldEq(c, "address_line1")
	case 14:
		return foldEq(c, "address_line_1") || foldEq(c, "street_address")
	}
	return false
}
