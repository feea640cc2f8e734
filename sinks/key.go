package sinks

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Ext returns the file extension of objects encoded with c.
func (c Codec) Ext() string {
	switch c {
	case CodecGzip:
		return ".ndjson.gz"
	case CodecParquet:
		return ".parquet"
	}
	return ".ndjson.zst"
}

// textExt returns the file extension of text objects (Key.Text) encoded
// with c: .log.zst or .log.gz.
func (c Codec) textExt() string {
	if c == CodecGzip {
		return ".log.gz"
	}
	return ".log.zst"
}

// Ext returns the file extension of k's object: c.Ext(), or for a text
// object .log.zst or .log.gz.
func (k Key) Ext() string {
	if k.Text && k.Codec != CodecParquet {
		return k.Codec.textExt()
	}
	return k.Codec.Ext()
}

// TextRecords reports whether the records in src (each ending in '\n') are
// text lines, and so go to a Key.Text object: false when every record is
// JSON (its first byte other than white space is '{' or '['), true when
// one is not. It does not allocate.
func TextRecords(src []byte) bool {
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		if c := FirstNonSpace(line); c != '{' && c != '[' {
			return true
		}
	}
	return false
}

func (c Codec) String() string {
	switch c {
	case CodecGzip:
		return "gzip"
	case CodecParquet:
		return "parquet"
	}
	return "zstd"
}

// String returns the object key. It does not validate: the caller builds
// keys only from configured classes and topics.
func (k Key) String() string { return string(k.AppendTo(nil)) }

// The key layout, level by level. Each AppendX appends the key prefix that
// every object of that level starts with, ending in '/' (or '+' for a
// partition), so that listing it lists exactly that level; AppendTo appends
// the whole key. They read only the fields their level needs, do not
// validate, and do not allocate beyond growing dst. Everything that needs a
// prefix of the archive (lifecycle rule filters, the janitor, replay, query)
// builds it with these.
//
//	AppendRoot            [prefix/]
//	AppendClassDir        [prefix/]class=C/
//	AppendTopicDir        [prefix/]class=C/topic=T/
//	AppendDayDir          [prefix/]class=C/topic=T/dt=YYYY-MM-DD/
//	AppendHourDir         [prefix/]class=C/topic=T/dt=YYYY-MM-DD/hour=HH/
//	AppendPartitionPrefix [prefix/]class=C/topic=T/dt=YYYY-MM-DD/hour=HH/T+P+
//	AppendTo              [prefix/]class=C/topic=T/dt=YYYY-MM-DD/hour=HH/T+P+000000000000000042.ndjson.zst
//	                      (.log.zst for text records, Key.Text)

// AppendRoot appends the archive root: "PREFIX/", or nothing without a
// prefix.
func (k Key) AppendRoot(dst []byte) []byte {
	if k.Prefix != "" {
		dst = append(dst, k.Prefix...)
		if k.Prefix[len(k.Prefix)-1] != '/' {
			dst = append(dst, '/')
		}
	}
	return dst
}

// AppendClassDir appends "[prefix/]class=C/". With an empty Class it
// appends "[prefix/]class=", the part every class directory starts with.
func (k Key) AppendClassDir(dst []byte) []byte {
	dst = append(k.AppendRoot(dst), segClass...)
	if k.Class == "" {
		return dst
	}
	dst = append(dst, k.Class...)
	return append(dst, '/')
}

// AppendTopicDir appends "[prefix/]class=C/topic=T/".
func (k Key) AppendTopicDir(dst []byte) []byte {
	dst = append(k.AppendClassDir(dst), segTopic...)
	dst = append(dst, k.Topic...)
	return append(dst, '/')
}

// AppendDayDir appends "[prefix/]class=C/topic=T/dt=YYYY-MM-DD/" for the UTC
// day of Hour.
func (k Key) AppendDayDir(dst []byte) []byte {
	dst = append(k.AppendTopicDir(dst), segDay...)
	dst = k.Hour.UTC().AppendFormat(dst, dayLayout)
	return append(dst, '/')
}

// AppendHourDir appends "[prefix/]class=C/topic=T/dt=YYYY-MM-DD/hour=HH/".
func (k Key) AppendHourDir(dst []byte) []byte {
	dst = append(k.AppendDayDir(dst), segHour...)
	dst = k.Hour.UTC().AppendFormat(dst, "15")
	return append(dst, '/')
}

// AppendPartitionPrefix appends the prefix of every object of k's class,
// topic, hour and partition: ".../hour=HH/TOPIC+PARTITION+".
func (k Key) AppendPartitionPrefix(dst []byte) []byte {
	dst = append(k.AppendHourDir(dst), k.Topic...)
	dst = append(dst, '+')
	dst = strconv.AppendInt(dst, int64(k.Partition), 10)
	return append(dst, '+')
}

// AppendTo appends the object key to dst.
func (k Key) AppendTo(dst []byte) []byte {
	dst = k.AppendPartitionPrefix(dst)
	var off [20]byte
	b := strconv.AppendInt(off[:0], k.FirstOffset, 10)
	for i := len(b); i < 18; i++ {
		dst = append(dst, '0')
	}
	dst = append(dst, b...)
	dst = append(dst, k.Ext()...)
	return dst
}

// Segment names of the key layout.
const (
	segClass  = "class="
	segTopic  = "topic="
	segDay    = "dt="
	segHour   = "hour="
	dayLayout = "2006-01-02"
)

// ClassPrefix returns the key prefix of class in an archive with prefix:
// "[prefix/]class=C/".
func ClassPrefix(prefix, class string) string {
	return string(Key{Prefix: prefix, Class: class}.AppendClassDir(nil))
}

// ParseClassDir returns the class of a class directory listed under the
// archive root: root + "class=C/" (or root + "class=C") -> C. ok is false
// for anything else, including a name that is not a valid class.
func ParseClassDir(root, dir string) (class string, ok bool) {
	return parseDirSeg(root, dir, segClass, ValidClass)
}

// ParseTopicDir returns the topic of a topic directory listed under a class
// directory: classDir + "topic=T/" (or + "topic=T") -> T.
func ParseTopicDir(classDir, dir string) (topic string, ok bool) {
	return parseDirSeg(classDir, dir, segTopic, ValidTopic)
}

func parseDirSeg(parent, dir, seg string, valid func(string) error) (string, bool) {
	rest, ok := strings.CutPrefix(dir, parent)
	if !ok {
		return "", false
	}
	if rest, ok = strings.CutPrefix(rest, seg); !ok {
		return "", false
	}
	rest = strings.TrimSuffix(rest, "/")
	if valid(rest) != nil {
		return "", false
	}
	return rest, true
}

// parseDaySeg parses a "dt=YYYY-MM-DD" segment into the day's first hour,
// UTC.
func parseDaySeg(seg string) (time.Time, bool) {
	dt, ok := strings.CutPrefix(seg, segDay)
	if !ok || len(dt) != len(dayLayout) {
		return time.Time{}, false
	}
	day, err := time.Parse(dayLayout, dt)
	if err != nil || day.Format(dayLayout) != dt || day.Year() < 1 {
		return time.Time{}, false
	}
	return day, true
}

// HourOf truncates t to its UTC hour.
func HourOf(t time.Time) time.Time { return t.UTC().Truncate(time.Hour) }

// ParseCodec returns the codec named s ("zstd" or "gzip").
func ParseCodec(s string) (Codec, error) {
	switch s {
	case "zstd":
		return CodecZstd, nil
	case "gzip":
		return CodecGzip, nil
	}
	return 0, fmt.Errorf("unknown codec %q: want zstd or gzip", s)
}

// maxNameLen bounds class names, topics and prefix segments. Kafka allows
// topic names of up to 249 characters.
const maxNameLen = 249

// nameChars marks the bytes allowed in topic and class names: Kafka's topic
// alphabet [A-Za-z0-9._-]. None of them is '/', '+' or '=' so a name cannot
// add a path segment or shift the fields of a key.
var nameChars = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	t['.'], t['_'], t['-'] = true, true, true
	return t
}()

func checkName(kind, s string) error {
	if s == "" {
		return fmt.Errorf("invalid %s name %q: empty", kind, s)
	}
	if len(s) > maxNameLen {
		return fmt.Errorf("invalid %s name %q: longer than %d bytes", kind, s, maxNameLen)
	}
	if s == "." || s == ".." {
		return fmt.Errorf("invalid %s name %q: not allowed", kind, s)
	}
	for i := 0; i < len(s); i++ {
		if !nameChars[s[i]] {
			return fmt.Errorf("invalid %s name %q: byte %d is not one of A-Z a-z 0-9 . _ -", kind, s, i)
		}
	}
	return nil
}

// ValidClass reports whether name can be a retention class in a key: 1 to
// 249 bytes of [A-Za-z0-9._-], not "." or "..".
func ValidClass(name string) error { return checkName("class", name) }

// ValidTopic reports whether name can be a topic in a key. The rule is
// Kafka's own: 1 to 249 bytes of [A-Za-z0-9._-], not "." or "..".
func ValidTopic(name string) error { return checkName("topic", name) }

// ValidPrefix reports whether p can be an archive prefix: "" or
// '/'-separated segments of [A-Za-z0-9._=-] (each not "", "." or ".."),
// with an optional trailing '/'.
func ValidPrefix(p string) error {
	q := strings.TrimSuffix(p, "/")
	if p == "" {
		return nil
	}
	if q == "" {
		return fmt.Errorf("invalid prefix %q: empty segment", p)
	}
	for seg := range strings.SplitSeq(q, "/") {
		if seg == "" || seg == "." || seg == ".." || len(seg) > maxNameLen {
			return fmt.Errorf("invalid prefix %q: segment %q not allowed", p, seg)
		}
		for i := 0; i < len(seg); i++ {
			if !nameChars[seg[i]] && seg[i] != '=' {
				return fmt.Errorf("invalid prefix %q: segment %q has a byte outside A-Z a-z 0-9 . _ - =", p, seg)
			}
		}
	}
	return nil
}

// Validate reports whether k can be written: valid prefix, class and topic,
// a partition and first offset that are not negative.
func (k Key) Validate() error {
	var errs []error
	if err := ValidPrefix(k.Prefix); err != nil {
		errs = append(errs, err)
	}
	if err := ValidClass(k.Class); err != nil {
		errs = append(errs, err)
	}
	if err := ValidTopic(k.Topic); err != nil {
		errs = append(errs, err)
	}
	if k.Partition < 0 || k.Partition > math.MaxInt32 {
		errs = append(errs, fmt.Errorf("invalid partition %d", k.Partition))
	}
	if k.FirstOffset < 0 {
		errs = append(errs, fmt.Errorf("invalid first offset %d", k.FirstOffset))
	}
	if y := k.Hour.UTC().Year(); y < 1 || y > 9999 {
		errs = append(errs, fmt.Errorf("invalid hour %s: year out of range", k.Hour.UTC().Format(time.RFC3339)))
	}
	if k.Codec != CodecZstd && k.Codec != CodecGzip && k.Codec != CodecParquet {
		errs = append(errs, fmt.Errorf("invalid codec %d", k.Codec))
	}
	if k.Text && k.Codec == CodecParquet {
		errs = append(errs, errors.New("a Parquet object has no text name"))
	}
	return errors.Join(errs...)
}

// ParseKey is the strict inverse of Key.String: it accepts exactly the keys
// String produces for a valid Key (see Key.Validate), so for every s it
// accepts, ParseKey(s).String() == s. The prefix comes back without its
// trailing '/', and Hour in UTC.
func ParseKey(s string) (Key, error) {
	var k Key
	fail := func(why string) (Key, error) {
		return Key{}, fmt.Errorf("invalid key %q: %s", s, why)
	}
	// The last five segments are fixed; everything before them is the prefix.
	rest := s
	var segs [5]string
	for i := 4; i >= 0; i-- {
		j := strings.LastIndexByte(rest, '/')
		if i == 0 {
			segs[0] = rest[j+1:]
			if j >= 0 {
				k.Prefix = rest[:j]
				if k.Prefix == "" || strings.HasSuffix(k.Prefix, "/") {
					return fail("empty prefix segment")
				}
			}
			break
		}
		if j < 0 {
			return fail("want [prefix/]class=C/topic=T/dt=YYYY-MM-DD/hour=HH/T+P+OFFSET.ext")
		}
		segs[i] = rest[j+1:]
		rest = rest[:j]
	}
	if k.Prefix != "" {
		if err := ValidPrefix(k.Prefix); err != nil {
			return fail(err.Error())
		}
	}
	var ok bool
	if k.Class, ok = strings.CutPrefix(segs[0], segClass); !ok {
		return fail("want class=")
	}
	if err := ValidClass(k.Class); err != nil {
		return fail(err.Error())
	}
	if k.Topic, ok = strings.CutPrefix(segs[1], segTopic); !ok {
		return fail("want topic=")
	}
	if err := ValidTopic(k.Topic); err != nil {
		return fail(err.Error())
	}
	day, ok := parseDaySeg(segs[2])
	if !ok {
		return fail("want dt=YYYY-MM-DD")
	}
	hh, ok := strings.CutPrefix(segs[3], segHour)
	if !ok || len(hh) != 2 || !isDigits(hh) || hh > "23" {
		return fail("want hour=00..23")
	}
	k.Hour = day.Add(time.Duration((hh[0]-'0')*10+hh[1]-'0') * time.Hour)

	name := segs[4]
	switch {
	case strings.HasSuffix(name, CodecZstd.Ext()):
		k.Codec, name = CodecZstd, name[:len(name)-len(CodecZstd.Ext())]
	case strings.HasSuffix(name, CodecGzip.Ext()):
		k.Codec, name = CodecGzip, name[:len(name)-len(CodecGzip.Ext())]
	case strings.HasSuffix(name, CodecParquet.Ext()):
		k.Codec, name = CodecParquet, name[:len(name)-len(CodecParquet.Ext())]
	case strings.HasSuffix(name, CodecZstd.textExt()):
		k.Codec, k.Text, name = CodecZstd, true, name[:len(name)-len(CodecZstd.textExt())]
	case strings.HasSuffix(name, CodecGzip.textExt()):
		k.Codec, k.Text, name = CodecGzip, true, name[:len(name)-len(CodecGzip.textExt())]
	default:
		return fail("want extension .ndjson.zst, .ndjson.gz, .log.zst, .log.gz or .parquet")
	}
	topic, rest, ok := strings.Cut(name, "+")
	if !ok || topic != k.Topic {
		return fail("file name does not start with the topic and '+'")
	}
	part, off, ok := strings.Cut(rest, "+")
	if !ok {
		return fail("want TOPIC+PARTITION+OFFSET in the file name")
	}
	if !isDigits(part) || (len(part) > 1 && part[0] == '0') {
		return fail("partition is not a canonical decimal number")
	}
	p, err := strconv.ParseInt(part, 10, 32)
	if err != nil {
		return fail("partition out of range")
	}
	k.Partition = int(p)
	if len(off) < 18 || !isDigits(off) || (len(off) > 18 && off[0] == '0') {
		return fail("offset is not 18 or more zero-padded digits")
	}
	if k.FirstOffset, err = strconv.ParseInt(off, 10, 64); err != nil {
		return fail("offset out of range")
	}
	return k, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
