package redact

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/redactd/redactd/redact/textfmt"
	"unicode/utf8"

	"github.com/dlclark/regexp2"

	"github.com/redactd/redactd/internal/testfault"
)

// defaultMaxRecordBytes is the record size limit when Options leaves it 0.
const defaultMaxRecordBytes = 1 << 20

// maxMaxRecordBytes bounds Options.MaxRecordBytes (offsets into a record
// are kept as int32).
const maxMaxRecordBytes = 1 << 30

// minHashKeyBytes is the shortest HashKey accepted for hash and pseudonymize.
const minHashKeyBytes = 16

// maxTokenBytes bounds mask tokens: they are written once per detection.
const maxTokenBytes = 128

// Engine is a compiled policy. It is safe for concurrent use.
type Engine struct {
	opts Options

	enabled  [NumDetectors]bool
	scan     bool // some detector is enabled
	det      [NumDetectors]detRule
	fields   fieldTrie
	patterns []compiledPattern
	// keepsField is set when a field rule keeps a field as it is: its
	// value, found elsewhere in the record, is no echo to replace there
	// either (echo.go).
	keepsField bool

	// tokenFirst marks the first bytes of the detectors' mask tokens:
	// isMaskToken compares only text that starts with one.
	tokenFirst [256]bool

	keepCIDRs   []netip.Prefix
	keepDomains [][]byte // lower case, without a leading '@' or '.'

	hashKey []byte
	keyID   []byte // Options.HashKeyID followed by ':'
	pan     *cryptoPAn

	maxRecord int
	patBudget time.Duration // Options.PatternBudget or its default
}

// detRule is one detector's compiled action.
type detRule struct {
	act            Action
	token          []byte
	v4bits, v6bits int
}

// New compiles opts. It returns every problem it finds, joined; each names
// the option and the bad value.
func New(opts Options) (*Engine, error) {
	e := &Engine{opts: opts}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	needKey := ""
	for d := Detector(0); d < NumDetectors; d++ {
		c := opts.Detectors[d]
		name := "detectors." + d.String()
		// A detector whose action is keep still scans: what it finds is
		// left as it is, and no other detector rewrites part of it.
		e.enabled[d] = c.Enabled
		e.scan = e.scan || c.Enabled
		r := &e.det[d]
		r.act = c.Action
		isIP := d == DetIPv4 || d == DetIPv6
		switch c.Action {
		case ActMask, ActHash, ActKeep:
		case ActTruncate, ActPseudonymize:
			if !isIP {
				bad("%s.action: %q is only for ipv4 and ipv6", name, c.Action)
			}
		case ActDrop:
			bad("%s.action: %q is only for field rules", name, c.Action)
		default:
			bad("%s.action: unknown action %d", name, c.Action)
		}
		if c.Enabled && (c.Action == ActHash || c.Action == ActPseudonymize) && needKey == "" {
			needKey = name + ".action: " + c.Action.String()
		}
		r.token = []byte("[" + d.String() + "]")
		if c.Token != "" {
			if err := checkToken(c.Token); err != nil {
				bad("%s.token: %q: %v", name, c.Token, err)
			}
			r.token = []byte(c.Token)
		}
		if len(r.token) > 0 {
			e.tokenFirst[r.token[0]] = true
		}
		r.v4bits, r.v6bits = c.IPv4Prefix, c.IPv6Prefix
		// Checked whatever the action: a field rule's truncate uses them.
		if isIP {
			if c.IPv4Prefix < 0 || c.IPv4Prefix > 32 {
				bad("%s.ipv4_prefix: %d is not in [0, 32]", name, c.IPv4Prefix)
			}
			if c.IPv6Prefix < 0 || c.IPv6Prefix > 128 {
				bad("%s.ipv6_prefix: %d is not in [0, 128]", name, c.IPv6Prefix)
			}
		}
	}

	for _, f := range opts.Fields {
		e.keepsField = e.keepsField || f.Action == ActKeep
	}
	fieldsNeedKey, ferrs := e.fields.compile(opts.Fields)
	errs = append(errs, ferrs...)
	if fieldsNeedKey != "" && needKey == "" {
		needKey = fieldsNeedKey
	}
	patsNeedKey, perrs := e.compilePatterns(opts.Patterns)
	errs = append(errs, perrs...)
	if patsNeedKey != "" && needKey == "" {
		needKey = patsNeedKey
	}

	for i, p := range opts.KeepCIDRs {
		if !p.IsValid() {
			bad("keep_cidrs[%d]: %q is not a valid prefix", i, p.String())
			continue
		}
		e.keepCIDRs = append(e.keepCIDRs, p.Masked())
	}
	for i, d := range opts.KeepEmailDomains {
		l := strings.ToLower(strings.TrimLeft(strings.TrimSpace(d), "@."))
		if l == "" || strings.ContainsAny(l, "@ \t/") || !utf8.ValidString(l) {
			bad("keep_email_domains[%d]: %q is not a domain", i, d)
			continue
		}
		e.keepDomains = append(e.keepDomains, []byte(l))
	}

	if needKey != "" || len(opts.HashKey) > 0 {
		switch {
		case len(opts.HashKey) < minHashKeyBytes:
			bad("hash_key: %d bytes, want at least %d (needed by %s)", len(opts.HashKey), minHashKeyBytes, needKey)
		case opts.HashKeyID == "":
			bad("hash_key_id: empty, want a short id such as \"k1\"")
		case !validKeyID(opts.HashKeyID):
			bad("hash_key_id: %q: want 1-16 characters from [A-Za-z0-9_-]", opts.HashKeyID)
		default:
			e.hashKey = append([]byte(nil), opts.HashKey...)
			e.keyID = []byte(opts.HashKeyID + ":")
			pan, err := newCryptoPAnFromHashKey(e.hashKey)
			if err != nil {
				bad("hash_key: %v", err)
			}
			e.pan = pan
		}
	}

	switch {
	case opts.MaxRecordBytes < 0 || opts.MaxRecordBytes > maxMaxRecordBytes:
		bad("max_record_bytes: %d is not in [0, %d]", opts.MaxRecordBytes, maxMaxRecordBytes)
	case opts.MaxRecordBytes == 0:
		e.maxRecord = defaultMaxRecordBytes
	default:
		e.maxRecord = opts.MaxRecordBytes
	}
	switch {
	case opts.PatternBudget < 0:
		bad("pattern_budget: %v is negative", opts.PatternBudget)
	case opts.PatternBudget == 0:
		e.patBudget = DefaultPatternBudget
	default:
		e.patBudget = opts.PatternBudget
	}

	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return e, nil
}

func checkToken(t string) error {
	if len(t) > maxTokenBytes {
		return fmt.Errorf("longer than %d bytes", maxTokenBytes)
	}
	if !utf8.ValidString(t) {
		return errors.New("not valid UTF-8")
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 0x20 || t[i] == 0x7f {
			return errors.New("holds a control character")
		}
	}
	return nil
}

func validKeyID(id string) bool {
	if len(id) == 0 || len(id) > 16 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// KeyID is the pseudonym key id written into hashes ("" when no key).
func (e *Engine) KeyID() string { return e.opts.HashKeyID }

// NewRedactor returns a Redactor for one goroutine.
func (e *Engine) NewRedactor() *Redactor {
	r := &Redactor{e: e}
	r.sc.enabled = e.enabled
	r.stats.Patterns = make([]uint32, len(e.patterns))
	r.stats.Fields = make([]uint32, len(e.opts.Fields))
	if e.hashKey != nil {
		r.mac = hmac.New(sha256.New, e.hashKey)
		r.sum = make([]byte, 0, sha256.Size)
	}
	blk := make([]byte, 32)
	r.blkIn, r.blkOut = blk[:16:16], blk[16:]
	if e.pan != nil {
		r.pan = new(panCache)
	}
	r.tmp = make([]byte, 0, 64)
	r.res = e.copyPatterns()
	r.members = new(memberCache)
	r.memo = newValueMemo()
	return r
}

// Redactor redacts records one at a time. It is not safe for concurrent use.
// It keeps scratch buffers between calls so that steady state does not
// allocate.
type Redactor struct {
	e     *Engine
	stats Stats
	sc    scanner

	mac           hash.Hash // HMAC-SHA256 keyed with HashKey; nil without key
	sum           []byte
	blkIn, blkOut []byte // Crypto-PAn AES blocks
	pan           *panCache
	tmp           []byte // the normal form of a value being hashed

	unesc  []byte  // a JSON string value with its escapes decoded
	bytes  []byte  // a journal field's array of bytes, as text (json_bytes.go)
	work   []byte  // a JSON string value after the builtin detectors
	patBuf []byte  // a copy of the input of one pattern pass
	keyBuf []byte  // decoded JSON keys that held escapes, a stack by depth
	runes  []rune  // pattern input as runes, for regexp2
	roffs  []int32 // byte offset of every rune in runes, and the end
	// res are this Redactor's copies of the user patterns (pattern.go);
	// patSpent is the CPU time the record's pattern matches have used.
	res      []*regexp2.Regexp
	patSpent time.Duration

	text    textState // how text records are read (textfields.go)
	view    view      // the decoded view of a value with escapes (view.go)
	rep     []byte    // one replacement, before it is written back in its encoding
	encBuf  []byte    // appendLike's scratch
	nameBuf []byte    // a decoded field name
	revIn   []byte    // a DNS name under a *Reversed key, its labels put back in order (scan_revname.go)
	revOut  []byte    // revIn redacted

	// The statement of a JSON object's bind list, unescaped, and its
	// markers' columns there (json_binds.go).
	bindSQL  []byte
	bindCols [][2]int

	// The GraphQL operation beside a request's variables, unescaped
	// (json_graphql.go); gqlIn is set while the variables are walked,
	// echoAll while a variable its query names a field is.
	gqlQuery []byte
	gqlIn    bool
	echoAll  bool

	members *memberCache // what the JSON member names seen lately say
	memo    *valueMemo   // JSON string values found clean lately (memo_json.go)

	// secretData is the depth of the JSON object being walked whose
	// members are all secrets (a Kubernetes Secret's data), 0 for none.
	secretData int
	// aheadBudget is what is left of the bytes this record's JSON
	// look-aheads may skip (json.go's aheadBudget).
	aheadBudget int

	// embedded walks a JSON document inside a string value (json_embedded.go),
	// made on first use; embeddedOut is its output.
	embedded    *Redactor
	embeddedOut []byte
	noFields    bool // an embedded document: the record's field rules do not apply

	// echo holds the values of the record's detections to look for
	// again once it is redacted; echoBuf is writeEchoes' scratch (echo.go).
	echo    echoSet
	echoBuf []byte

	src    []byte // the JSON record being walked
	copied int    // src[:copied] is in dst, as it was or replaced (see replace)
	bad    int    // byte offset of the first JSON syntax error, -1 if none
	qerr   *QuarantineError
}

// Redact appends the redacted form of src to dst and returns it. src is one
// record without its trailing newline; dst and src must not overlap. On
// error (always a *QuarantineError) the returned slice is dst unchanged and
// nothing of src may be archived. It does not allocate in steady state
// (user patterns excepted: regexp2 allocates per match).
//
// Text is scanned whole and each detection replaced in place, so fields and
// separators stay where they were. JSON is walked without decoding: field
// rules apply by path, every string value is scanned (decoded first when it
// has escapes, re-escaped when rewritten), every number is scanned with its
// key as context and becomes a string when rewritten; keys, layout and
// untouched values are copied as they were. Invalid JSON is quarantined with
// ReasonParse and the byte offset of the error.
//
// With FormatAuto a record whose first non-space byte is '{' or '[' is
// redacted as JSON. If it is not valid JSON it is quarantined with
// ReasonParse when it holds a \uXXXX or \/ escape (which would hide what
// it spells from the text scanner), or when the policy has field rules and
// it opens like JSON ('{"', '{}', '[{', '["', '[[', '[]'); otherwise it is
// redacted as text (counted in Stats.TextFallback when it opens like JSON).
//
// A record the engine fails on (a bug) is quarantined with
// ReasonEngineError; the Redactor stays usable for the next record.
func (r *Redactor) Redact(dst, src []byte, f Format) (out []byte, err error) {
	defer func() {
		// A record the engine fails on (a bug: an index out of range, a
		// broken invariant) is quarantined, not archived and not the
		// end of the process: a daemon that crashed on it would read it
		// again after its restart and crash again. The panic's value
		// may hold record bytes, so it is not reported.
		if recover() != nil {
			out, err = dst, &QuarantineError{Reason: ReasonEngineError, Detail: "the redaction engine failed on this record"}
		}
	}()
	r.echo.reset()
	base := len(dst)
	out, isJSON, err := r.redactRecord(dst, src, f)
	if err != nil || r.echo.n == 0 {
		return out, err
	}
	// Values the record's structure showed to be personal, repeated
	// where nothing says so (echo.go).
	return r.writeEchoes(out, base, isJSON), nil
}

// redactRecord is Redact but for the echoes; isJSON says whether out was
// written as JSON.
func (r *Redactor) redactRecord(dst, src []byte, f Format) (out []byte, isJSON bool, err error) {
	if testfault.Redact != nil {
		testfault.Redact(src) // a test makes the engine fail on a record
	}
	r.stats.Reset()
	r.patSpent = 0
	base := len(dst)
	if len(src) > r.e.maxRecord {
		return dst, false, &QuarantineError{Reason: ReasonOversize,
			Detail: strconv.Itoa(len(src)) + " bytes > " + strconv.Itoa(r.e.maxRecord)}
	}
	switch f {
	case FormatText:
		out, err = r.redactText(dst, src)
		return out, false, err
	case FormatJSON:
		out, err = r.redactJSON(dst, src)
		return out, true, err
	}
	i := skipWS(src, 0)
	if i == len(src) || src[i] != '{' && src[i] != '[' || src[i] == '[' && r.e.maskTokenAt(src[i:]) > 0 {
		// Not JSON: a text record may start with a mask token that an
		// earlier pass wrote ("[name],..."), which no JSON array does.
		out, err = r.redactText(dst, src)
		return out, false, err
	}
	out, bad, qerr := r.walkJSON(dst, src)
	switch {
	case qerr != nil:
		return out, true, qerr
	case bad < 0:
		return out, true, nil
	}
	// Not JSON, though it starts like it.
	opens := opensLikeJSON(src, i)
	if hasHidingEscape(src) || opens && len(r.e.opts.Fields) > 0 {
		return dst[:base], false, parseError(bad)
	}
	r.stats.Reset()
	r.echo.reset() // what the JSON walk noted is not in the text written now
	if opens {
		r.stats.TextFallback = 1
	}
	out, err = r.redactText(dst[:base], src)
	return out, false, err
}

// opensLikeJSON reports whether src[i], '{' or '[', is followed (after
// spaces) by what a JSON object or array holds next: a text line such as
// "[2001:db8::1]:443 ..." or "[Mon Nov 23 ...] [error]" does not.
func opensLikeJSON(src []byte, i int) bool {
	j := skipWS(src, i+1)
	if j >= len(src) {
		return true
	}
	c := src[j]
	if src[i] == '{' {
		return c == '"' || c == '}'
	}
	return c == '"' || c == '{' || c == '[' || c == ']'
}

// hasHidingEscape reports whether src holds a JSON escape that can spell
// what the detectors look for without showing it to the text scanner: a
// \uXXXX escape ("alice\u0040example.com") or \/. It does not look at
// whether a backslash before it is itself escaped: it may over-report.
func hasHidingEscape(src []byte) bool {
	for i := bytes.IndexByte(src, '\\'); i >= 0 && i+1 < len(src); {
		switch src[i+1] {
		case '/':
			return true
		case 'u':
			if i+6 <= len(src) && jsonHex(src[i+2]) && jsonHex(src[i+3]) && jsonHex(src[i+4]) && jsonHex(src[i+5]) {
				return true
			}
		}
		k := bytes.IndexByte(src[i+1:], '\\')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// Stats returns the counts of the last Redact call. The pointer stays valid
// for the Redactor's life; its contents change with every call.
// Detections counts the matches that were rewritten (not those kept by an
// allow-list), Fields the values a field rule applied to, Patterns the
// matches of each user pattern.
func (r *Redactor) Stats() *Stats { return &r.stats }

// redactFlat scans the whole line and rewrites every detection in place:
// everything between detections is copied unchanged, so the layout (fields,
// separators) stays as it was.
func (r *Redactor) redactFlat(dst, src []byte) ([]byte, error) {
	base := len(dst)
	pos := 0
	for cs, ce, ok := csvJSONCell(src, 0); ok; cs, ce, ok = csvJSONCell(src, ce) {
		// A JSON document in a quoted field of a CSV row that no header
		// names (a bulk export's attributes, a warehouse's JSON
		// column): read as JSON with its quotes undoubled, as in a
		// named column (csvQuotedValue).
		dst = r.flatQueries(dst, src[pos:cs])
		dst = r.csvQuotedValue(dst, src[cs:ce], nil, keyInfo{}, actNone)
		pos = ce
	}
	if k := jsonTailStart(src, pos); k > 0 && !r.noFields {
		// A JSON document that ends the line after a prefix (a
		// proxy's "body={...}", a logger's "payload: {...}"): walked
		// as JSON, so that its members keep their meaning, the prefix
		// scanned as text.
		if changed, ok := r.embeddedJSON(src[k:]); ok {
			dst = r.flatQueries(dst, src[pos:k])
			if changed {
				dst = append(dst, r.work...)
			} else {
				dst = append(dst, src[k:]...)
			}
			return r.textPatterns(dst, base)
		}
	}
	dst = r.flatQueries(dst, src[pos:])
	return r.textPatterns(dst, base)
}

// jsonTailStart returns where a JSON object that ends src starts, at or
// after from: the first '{"' after a blank, '=' or ':', when src's last
// byte that is not a blank is '}'; 0 when there is none. Whether it is
// JSON is the walk's to say. It does not allocate.
func jsonTailStart(src []byte, from int) int {
	e := len(src)
	for e > from && (src[e-1] == ' ' || src[e-1] == '\t' || src[e-1] == '\r' || src[e-1] == '\n') {
		e--
	}
	if e-from < 8 || src[e-1] != '}' {
		return 0
	}
	k := bytes.Index(src[from:e], jsonTailOpen)
	if k <= 0 {
		return 0
	}
	k += from
	if c := src[k-1]; c != ' ' && c != '=' && c != ':' && c != '\t' {
		return 0
	}
	return k
}

var jsonTailOpen = []byte(`{"`)

// csvJSONCell returns the content src[cs:ce] of the first quoted CSV field
// at or after src[from] that holds a JSON object with its quotes doubled
// ("{""k"":""v""}"): the field opens the line or follows a comma, a tab
// or a semicolon, and ends the line or comes before one. It does not
// allocate.
func csvJSONCell(src []byte, from int) (cs, ce int, ok bool) {
	for from < len(src) {
		k := bytes.Index(src[from:], csvJSONOpen)
		if k < 0 {
			return 0, 0, false
		}
		q := from + k // the field's opening quote
		from = q + len(csvJSONOpen)
		if q > 0 && src[q-1] != ',' && src[q-1] != '\t' && src[q-1] != ';' {
			continue
		}
		e := from
		for e < len(src) {
			if src[e] == '"' {
				if e+1 < len(src) && src[e+1] == '"' {
					e += 2
					continue
				}
				break
			}
			e++
		}
		if e >= len(src) || src[e-1] != '}' || e+1 < len(src) && src[e+1] != ',' && src[e+1] != '\t' && src[e+1] != ';' && src[e+1] != '\r' {
			continue
		}
		return q + 1, e, true
	}
	return 0, 0, false
}

// csvJSONOpen opens a quoted CSV field that holds a JSON object.
var csvJSONOpen = []byte(`"{""`)

// flatQueries appends src, a flat text record or a part of one, redacted,
// with its URL query strings whose '+' stands for a space read part by
// part (plusQuery).
func (r *Redactor) flatQueries(dst, src []byte) []byte {
	pos := 0
	for qs, qe, ok := plusQuery(src, 0); ok; qs, qe, ok = plusQuery(src, qe) {
		// A URL's query string whose '+' stands for a space
		// (name=Jane+Doe, phone=%2B44+20+7946+0958) in a line of no
		// known format: read part by part, as in a request field.
		dst = r.flatSpan(dst, src[pos:qs])
		ts := &r.text
		ts.nested = textfmt.SplitQuery(ts.nested[:0], src[qs:qe])
		dst = r.redactForm(dst, src[qs:qe], ts.nested, maxNestedDepth)
		pos = qe
	}
	return r.flatSpan(dst, src[pos:])
}

// flatSpan appends src, a text record or a part of one, with every builtin
// detection rewritten.
func (r *Redactor) flatSpan(dst, src []byte) []byte {
	r.sc.setKey(nil)
	if first := nextStop(src, 0); first < len(src) {
		dst, _ = r.redactViewed(dst, src, actNone, first)
	} else {
		m, ok := r.next(src)
		dst = r.redactSpan(dst, src, actNone, m, ok)
	}
	return dst
}

// plusQuery returns the span src[qs:qe] of the first query string at or
// after src[from] that is read part by part in a flat text record: it
// follows a path or URL (the word before its '?' starts with '/' or holds
// "://"), opens with a name and '=', and holds a '+' (a space, as forms
// write one). It ends at a blank, a quote, '#', '<' or '>'. A '?' inside
// another value (password=p?ss+w=rd) opens none. It does not allocate.
func plusQuery(src []byte, from int) (qs, qe int, ok bool) {
	for from < len(src) {
		q := bytes.IndexByte(src[from:], '?')
		if q < 0 {
			return 0, 0, false
		}
		q += from
		e := q + 1
		plus, eq := false, false
		for ; e < len(src); e++ {
			c := src[e]
			if c <= ' ' || c == '"' || c == '\'' || c == '#' || c == '<' || c == '>' {
				break
			}
			plus = plus || c == '+'
			eq = eq || c == '='
		}
		from = e
		if !plus || !eq || e == q+1 || !isAlnum(src[q+1]) && src[q+1] != '_' {
			continue
		}
		w := q
		for w > 0 && src[w-1] > ' ' && src[w-1] != '"' && src[w-1] != '\'' && src[w-1] != '=' && src[w-1] != '(' {
			w--
		}
		if w < q && (src[w] == '/' || bytes.Contains(src[w:q], schemeSep)) {
			return q + 1, e, true
		}
	}
	return 0, 0, false
}

// next returns the first builtin detection in src, without running the
// scanner when every detector is off.
func (r *Redactor) next(src []byte) (m match, ok bool) {
	if r.e.scan { // written so that it inlines
		m, ok = r.sc.next(src, 0)
	}
	return m, ok
}

// redactSpan appends src to dst with every builtin detection rewritten.
// m, ok is the first detection in src (so that callers that already looked
// need not scan twice). ov, when not actNone, overrides the IP detectors'
// action (a field rule's truncate or pseudonymize).
func (r *Redactor) redactSpan(dst, src []byte, ov Action, m match, ok bool) []byte {
	pos := 0
	for ok {
		if m.start < pos || m.end <= m.start || m.end > len(src) {
			panic("BUG: scanner returned a match outside [from, len(src)]")
		}
		dst = append(dst, src[pos:m.start]...)
		dst, pos = r.apply(dst, src, m, ov)
		if pos >= len(src) {
			return dst
		}
		m, ok = r.sc.next(src, pos)
	}
	return append(dst, src[pos:]...)
}
