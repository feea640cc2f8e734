package rules

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/redactd/redactd/problem"
)

// maxFileBytes bounds a policy file; real ones are a few kilobytes.
const maxFileBytes = 4 << 20

// parser walks one policy file's YAML tree and collects every problem it
// finds instead of stopping at the first.
type parser struct {
	file  string
	errs  []*problem.Problem
	warns []*problem.Problem // what is allowed but likely unintended
}

// kv is one mapping entry or sequence item. key is its full dotted path.
type kv struct {
	k, v *yaml.Node // for sequence items k == v
	key  string
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// bad reports a problem with a value: the message quotes it when it is a
// scalar.
func (p *parser) bad(n *yaml.Node, key, format string, args ...any) {
	pr := &problem.Problem{File: p.file, Line: n.Line, Key: key, Reason: fmt.Sprintf(format, args...)}
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		pr.Value, pr.HasValue = n.Value, true
	}
	p.errs = append(p.errs, pr)
}

// badKey reports a problem with a key itself (unknown, missing, duplicated).
func (p *parser) badKey(n *yaml.Node, key, format string, args ...any) {
	p.errs = append(p.errs, &problem.Problem{File: p.file, Line: n.Line, Key: key, Reason: fmt.Sprintf(format, args...)})
}

// decode parses data into a YAML tree. It returns nil when the file is not
// usable YAML, after recording why.
func (p *parser) decode(data []byte) *yaml.Node {
	if len(data) > maxFileBytes {
		p.errs = append(p.errs, &problem.Problem{File: p.file, Reason: fmt.Sprintf("file is %d bytes, larger than the %d allowed", len(data), maxFileBytes)})
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			p.errs = append(p.errs, &problem.Problem{File: p.file, Reason: "file is empty (it needs at least \"version: 1\")"})
		} else {
			p.syntax(err)
		}
		return nil
	}
	var more yaml.Node
	if err := dec.Decode(&more); err == nil {
		p.errs = append(p.errs, &problem.Problem{File: p.file, Line: more.Line, Reason: "a policy file holds one YAML document; remove the \"---\" and what follows"})
	} else if !errors.Is(err, io.EOF) {
		p.syntax(err)
	}
	if len(doc.Content) == 0 {
		p.errs = append(p.errs, &problem.Problem{File: p.file, Reason: "file is empty (it needs at least \"version: 1\")"})
		return nil
	}
	root := doc.Content[0]
	if !p.plain(root) {
		return nil
	}
	return root
}

// syntax records a YAML syntax error.
func (p *parser) syntax(err error) {
	for _, pr := range problem.FromYAML(p.file, err) {
		pr.Reason = "invalid YAML: " + pr.Reason
		p.errs = append(p.errs, pr)
	}
}

// plain reports anchors, aliases and unusual tags, which a policy file has
// no use for (and which would let a small file expand into a huge tree).
func (p *parser) plain(n *yaml.Node) bool {
	ok := true
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		if depth > 32 {
			p.errs = append(p.errs, &problem.Problem{File: p.file, Line: n.Line, Reason: "nested more than 32 levels deep"})
			ok = false
			return
		}
		switch {
		case n.Kind == yaml.AliasNode || n.Anchor != "":
			p.errs = append(p.errs, &problem.Problem{File: p.file, Line: n.Line, Reason: "YAML anchors and aliases (&name, *name) are not supported; write the value out"})
			ok = false
			return
		case n.Kind == yaml.ScalarNode:
			switch n.Tag {
			case "!!str", "!!int", "!!float", "!!bool", "!!null":
			default:
				p.errs = append(p.errs, &problem.Problem{File: p.file, Line: n.Line, Reason: fmt.Sprintf("YAML tag %s is not supported", n.Tag)})
				ok = false
			}
		}
		for _, c := range n.Content {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return ok
}

// pairs returns the entries of a mapping in file order, reporting
// duplicated keys and non-scalar keys.
func (p *parser) pairs(n *yaml.Node, path string) []kv {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		p.bad(n, path, "must be a mapping (key: value)")
		return nil
	}
	out := make([]kv, 0, len(n.Content)/2)
	seen := make(map[string]int, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Tag == "!!null" {
			p.badKey(k, path, "keys must be plain names")
			continue
		}
		key := join(path, k.Value)
		if first, dup := seen[k.Value]; dup {
			p.badKey(k, key, "defined twice (first at line %d)", first)
			continue
		}
		seen[k.Value] = k.Line
		out = append(out, kv{k: k, v: v, key: key})
	}
	return out
}

// object returns a mapping's entries by name, reporting keys not in known.
func (p *parser) object(n *yaml.Node, path string, known ...string) map[string]kv {
	m := make(map[string]kv, len(known))
	for _, e := range p.pairs(n, path) {
		if !slices.Contains(known, e.k.Value) {
			p.badKey(e.k, e.key, "unknown key (known keys: %s)", strings.Join(known, ", "))
			continue
		}
		m[e.k.Value] = e
	}
	return m
}

// list returns the items of a sequence; a missing value is an empty list.
func (p *parser) list(e kv) []kv {
	if e.v.Kind == yaml.ScalarNode && e.v.Tag == "!!null" {
		return nil
	}
	if e.v.Kind != yaml.SequenceNode {
		p.bad(e.v, e.key, "must be a list ([a, b] or lines starting with \"- \")")
		return nil
	}
	out := make([]kv, len(e.v.Content))
	for i, n := range e.v.Content {
		out[i] = kv{k: n, v: n, key: fmt.Sprintf("%s[%d]", e.key, i)}
	}
	return out
}

// str returns a scalar's text.
func (p *parser) str(e kv) (string, bool) {
	switch {
	case e.v.Kind != yaml.ScalarNode:
		p.badKey(e.k, e.key, "must be a single value, not a list or mapping")
		return "", false
	case e.v.Tag == "!!null":
		p.badKey(e.k, e.key, "has no value")
		return "", false
	}
	return e.v.Value, true
}

// strings returns a list of scalars.
func (p *parser) strs(e kv) ([]string, []kv) {
	items := p.list(e)
	out := make([]string, 0, len(items))
	kept := make([]kv, 0, len(items))
	for _, it := range items {
		if s, ok := p.str(it); ok {
			out = append(out, s)
			kept = append(kept, it)
		}
	}
	return out, kept
}

// intIn returns a whole number in [lo, hi].
func (p *parser) intIn(e kv, lo, hi int) (int, bool) {
	s, ok := p.str(e)
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		p.bad(e.v, e.key, "must be a whole number from %d to %d", lo, hi)
		return 0, false
	}
	return n, true
}

// need reports a required key that is missing from the mapping at n.
func (p *parser) need(m map[string]kv, n *yaml.Node, path, name, why string) (kv, bool) {
	e, ok := m[name]
	if !ok {
		p.badKey(n, join(path, name), "missing: %s", why)
	}
	return e, ok
}
