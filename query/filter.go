package query

import (
	"bytes"

	"github.com/redactd/redactd/redact"
	"github.com/redactd/redactd/sinks"
)

// Match reports whether rec passes q's Grep and every Where: for a JSON
// record (one starting with '{') Where's field is a dotted path into it;
// for a text record it is the first key=value (or key="value") token. It
// does not allocate. A query run also matches the named fields of text
// formats (FieldReader).
func (q *Query) Match(rec []byte) bool { return q.match(rec, nil) }

// match is Match reading fields with fr, when not nil.
func (q *Query) match(rec []byte, fr *FieldReader) bool {
	if q.Grep != nil && !q.Grep.Match(rec) {
		return false
	}
	if len(q.Where) == 0 {
		return true
	}
	isJSON := sinks.FirstNonSpace(rec) == '{'
	if fr != nil {
		fr.Set(rec)
	}
	for _, w := range q.Where {
		var v []byte
		var ok bool
		switch {
		case fr != nil:
			v, ok = fr.Field(w.Field)
		case isJSON:
			v, ok = redact.JSONField(rec, w.Field)
		default:
			v, ok = TextField(rec, w.Field)
		}
		if !ok || !bytes.Equal(v, w.Value) {
			return false
		}
	}
	return true
}

// TextField returns the value of the first key=value token for key in a
// text record: key must start the record or follow a space, tab, ',', ';',
// '&', '?', '{', '[' or '('; the value runs to the next space, tab, ',', ';',
// '&' or closing bracket, or is "quoted" (returned without the quotes, no
// unescaping). It does not allocate; v is a sub-slice of rec.
func TextField(rec []byte, key string) (v []byte, ok bool) {
	if key == "" {
		return nil, false
	}
	for i := 0; i+len(key) < len(rec); {
		j := bytes.Index(rec[i:], []byte(key))
		if j < 0 {
			return nil, false
		}
		j += i
		end := j + len(key)
		if (j == 0 || isTextKeyStart(rec[j-1])) && end < len(rec) && rec[end] == '=' {
			return textValue(rec[end+1:]), true
		}
		i = j + 1
	}
	return nil, false
}

func isTextKeyStart(c byte) bool {
	switch c {
	case ' ', '\t', ',', ';', '&', '?', '{', '[', '(':
		return true
	}
	return false
}

func textValue(b []byte) []byte {
	if len(b) > 0 && b[0] == '"' {
		if k := bytes.IndexByte(b[1:], '"'); k >= 0 {
			return b[1 : 1+k]
		}
		return b[1:]
	}
	for k, c := range b {
		switch c {
		case ' ', '\t', ',', ';', '&', ')', ']', '}':
			return b[:k]
		}
	}
	return b
}
