package redact

import (
	"bytes"

	"github.com/redactd/redactd/redact/textfmt"
)

// A JSON document inside a JSON string: kubectl apply (client-side) keeps
// the object it applied in the annotation
// kubectl.kubernetes.io/last-applied-configuration, so a RequestResponse
// audit event of a Secret carries the Secret twice, once as the object
// and once as an escaped string whose members are sorted ("data" before
// "kind"). Scanned as text, the string's key grammar finds a "password"
// member but not what makes every value of "data" a secret: the document
// is walked as JSON instead, with the same rules as the record (the
// record's field rules aside: their paths name the record's members).

// The same holds for any string that is a whole JSON object: a message
// bus's envelope carries the event as text (an SNS notification's
// Message, an SQS record's body), and its members keep their meaning
// (a "To" header's display name, a "Message-ID") only when walked.

// embeddedObject reports, cheaply, whether content, a decoded JSON string,
// may be a JSON object: '{' and '"' open it and '}' closes it.
func embeddedObject(content []byte) bool {
	n := len(content)
	return n >= 8 && content[0] == '{' && content[1] == '"' && content[n-1] == '}'
}

// lastAppliedKey is the annotation that holds the applied object.
const lastAppliedKey = "kubectl.kubernetes.io/last-applied-configuration"

// An access log line inside a JSON string: Filebeat's event.original,
// Docker's "log", journald's MESSAGE carry an nginx or Apache combined
// line whole, and its remote user is a login only by its place in the
// line. The line is redacted as the text record it is, by its fields.

// embeddedCombined reports, cheaply, whether content, a decoded JSON
// string, may be a combined access log line: it ends with the user
// agent's '"' and opens with an address (textfmt.LooksCombined decides).
func embeddedCombined(content []byte) bool {
	n := len(content)
	if n > 0 && content[n-1] == '\n' {
		n-- // Docker's json-file driver keeps the line's newline
	}
	return n >= 48 && content[n-1] == '"' && (content[0] >= '0' && content[0] <= '9' || content[0] >= 'a' && content[0] <= 'f' ||
		content[0] >= 'A' && content[0] <= 'F') && textfmt.LooksCombined(content[:n])
}

// An EDI message inside a JSON string: an integration engine's event
// (Mirth Connect's, Rhapsody's) carries the raw message it received, an
// X12 interchange or an HL7 v2 message, whose segments' elements hold a
// person's data only by their place. The message is redacted as the text
// record it is, by its segments (textfmt/x12.go, textfmt/hl7.go).

// embeddedMessage reports, cheaply, whether content, a decoded JSON
// string, starts with an X12 interchange or an HL7 v2 message.
func embeddedMessage(content []byte) bool {
	return len(content) > 16 && (content[0] == 'I' && content[1] == 'S' && content[2] == 'A' && textfmt.LooksX12(content) ||
		content[0] == 'M' && content[1] == 'S' && content[2] == 'H' && textfmt.LooksHL7(content))
}

// embeddedRedactor returns the redactor that walks what a string value
// holds, made on first use.
func (r *Redactor) embeddedRedactor() *Redactor {
	c := r.embedded
	if c == nil {
		c = r.e.NewRedactor()
		c.noFields = true
		r.embedded = c
	}
	c.stats.Reset()
	c.echo.reset()
	return c
}

// embeddedMerge takes the embedded redactor's echoes and counts as the
// record's, and reports whether out differs from content (then r.work
// holds out).
func (r *Redactor) embeddedMerge(c *Redactor, out, content []byte) bool {
	r.echo.merge(&c.echo) // the document's values are the record's (echo.go)
	for d, n := range c.stats.Detections {
		r.stats.Detections[d] += n
	}
	for i, n := range c.stats.Patterns {
		r.stats.Patterns[i] += n
	}
	if bytes.Equal(out, content) {
		return false
	}
	r.work = append(r.work[:0], out...)
	return true
}

// embeddedLine redacts the decoded string content, a combined line, as a
// text record. ok is false when it fails (content is then scanned as
// text); otherwise changed reports whether anything was redacted, and
// r.work holds the result when it was.
func (r *Redactor) embeddedLine(content []byte) (changed, ok bool) {
	c := r.embeddedRedactor()
	line := content
	if n := len(line); line[n-1] == '\n' {
		line = line[:n-1]
	}
	out, err := c.redactText(r.embeddedOut[:0], line)
	if err != nil {
		r.embeddedOut = out
		return false, false
	}
	out = append(out, content[len(line):]...)
	r.embeddedOut = out
	return r.embeddedMerge(c, out, content), true
}

// embeddedJSON walks the decoded string content as a JSON document. ok is
// false when content is not one (it is then scanned as text); otherwise
// changed reports whether anything was redacted, and r.work holds the
// result when it was. One level only: a document inside the document is
// scanned as text.
func (r *Redactor) embeddedJSON(content []byte) (changed, ok bool) {
	t := bytes.TrimLeft(content, " \t\r\n")
	if len(t) == 0 || t[0] != '{' {
		return false, false
	}
	c := r.embeddedRedactor()
	out, bad, qerr := c.walkJSON(r.embeddedOut[:0], content)
	r.embeddedOut = out
	if bad >= 0 || qerr != nil {
		return false, false
	}
	return r.embeddedMerge(c, out, content), true
}
