package redact

import "bytes"

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
	c := r.embedded
	if c == nil {
		c = r.e.NewRedactor()
		c.noFields = true
		r.embedded = c
	}
	c.stats.Reset()
	c.echo.reset()
	out, bad, qerr := c.walkJSON(r.embeddedOut[:0], content)
	r.embeddedOut = out
	if bad >= 0 || qerr != nil {
		return false, false
	}
	r.echo.merge(&c.echo) // the document's values are the record's (echo.go)
	for d, n := range c.stats.Detections {
		r.stats.Detections[d] += n
	}
	for i, n := range c.stats.Patterns {
		r.stats.Patterns[i] += n
	}
	if bytes.Equal(out, content) {
		return false, true
	}
	r.work = append(r.work[:0], out...)
	return true, true
}
