package rules

import (
	"strconv"
	"strings"
)

// Problem is one thing wrong with a policy file. Its message reads
//
//	FILE:LINE: key PATH: value "V": what is wrong
//
// where the line, key and value parts are left out when unknown. Load returns
// every Problem of a file at once, joined with errors.Join, one per line.
type Problem struct {
	File  string
	Line  int    // 1-based; 0 when the problem concerns the whole file
	Key   string // dotted path of the YAML key, such as "detectors.ipv4.prefix" or "fields[2].path"
	Value string // the offending value as written, when there is one
	// HasValue tells an empty Value ("") from no value at all.
	HasValue bool
	Msg      string
}

// maxShownValue bounds how much of a value a message quotes.
const maxShownValue = 80

func (e *Problem) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString("key ")
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	if e.HasValue {
		v := e.Value
		if len(v) > maxShownValue {
			v = v[:maxShownValue] + "..."
		}
		b.WriteString("value ")
		b.WriteString(strconv.Quote(v))
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}
