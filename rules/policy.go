// Package rules reads, validates and compiles a redaction policy file:
// detectors and actions, field rules, custom patterns, retention classes and
// routing, and the tests embedded in the file.
//
// A policy is parsed once at start-up; Classify and RecordTime then run per
// record without allocating.
package rules

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/redactd/redactd/problem"
	"github.com/redactd/redactd/redact"
)

// Class is a retention class: records tagged with it are kept Days days.
type Class struct {
	Name string
	Days int
}

// Policy is a compiled policy file. It is read-only once built and safe for
// concurrent use.
type Policy struct {
	// Source is the file the policy came from ("<default>" for the built-in one).
	Source string
	// Version identifies the policy content (a short hash of the file), and
	// is written into every archive object's metadata.
	Version string
	Redact  redact.Options
	Classes []Class
	// DefaultClass is the index in Classes used when no route matches.
	DefaultClass int
	// TimestampField, when set, names the JSON field holding record time
	// (RFC 3339 or epoch seconds/milliseconds); otherwise Kafka's timestamp.
	TimestampField string
	// Description is the file's free-text description, if any.
	Description string

	topics         map[string]int          // exact topic -> class
	topicPrefixes  []topicPrefix           // longest prefix first
	formats        map[string]RecordFormat // formats: by exact topic
	formatPrefixes []topicFormat           // formats: by topic prefix, longest first
	fieldRoutes    []fieldRoute            // in file order; the first match wins
	tests          []Test
	warnings       []error
	engine         *redact.Engine
}

type topicPrefix struct {
	prefix string
	class  int
}

// fieldRoute sends records whose JSON field at path holds one of values to
// class; when topic is set, only records from that topic.
type fieldRoute struct {
	path   string
	values []string
	topic  string
	class  int
}

// DefaultClasses are the built-in retention classes.
func DefaultClasses() []Class {
	return []Class{{"technical", 30}, {"access", 90}, {"audit", 365}}
}

//go:embed default.yaml
var defaultYAML []byte

// DefaultYAML returns the source of the built-in policy, a starting point
// for one's own file.
func DefaultYAML() []byte { return slices.Clone(defaultYAML) }

var defaultPolicy = sync.OnceValue(func() *Policy {
	p, err := parse("<default>", defaultYAML, "", secretsLoad)
	if err != nil {
		panic("BUG: built-in default.yaml does not compile: " + err.Error())
	}
	return p
})

// Default returns the built-in policy: every detector on, IPs truncated to
// /24 and /48, everything else masked, the default classes and routing by
// the topic names of the demo. Each call returns a new Policy value; its
// slices and maps are shared and must not be modified.
func Default() *Policy {
	p := *defaultPolicy()
	return &p
}

//go:embed packs/*.yaml
var packFS embed.FS

// packPrefix names a built-in rule pack instead of a file: "pack:cdn".
const packPrefix = "pack:"

// PackNames lists the built-in rule packs (rules/packs/*.yaml), which Load
// reads when given "pack:NAME".
func PackNames() []string {
	ents, _ := fs.ReadDir(packFS, "packs")
	names := make([]string, 0, len(ents))
	for _, e := range ents {
		names = append(names, strings.TrimSuffix(e.Name(), ".yaml"))
	}
	return names
}

// PackYAML returns the source of the built-in rule pack NAME ("cdn", or
// "pack:cdn"), as Load reads it.
func PackYAML(name string) ([]byte, error) {
	data, _, err := readPolicy(packPrefix + strings.TrimPrefix(name, packPrefix))
	return data, err
}

// readPolicy returns the bytes of a policy file or built-in pack, and the
// directory relative hash_key files are read from.
func readPolicy(path string) (data []byte, dir string, err error) {
	if name, ok := strings.CutPrefix(path, packPrefix); ok {
		data, err := packFS.ReadFile("packs/" + name + ".yaml")
		if err != nil || strings.ContainsAny(name, "/\\") {
			return nil, "", fmt.Errorf("no built-in rule pack %q (packs: %s)", name, strings.Join(PackNames(), ", "))
		}
		return data, "", nil
	}
	data, err = os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("cannot read policy: %w", err)
	}
	return data, filepath.Dir(path), nil
}

// Load reads and compiles the policy file at path ("pack:NAME" for a
// built-in rule pack), reading the hash key from the environment variable or
// file it names. The error lists every problem of the file, one per line, as
// "FILE:LINE: key K: value "V": what is wrong".
func Load(path string) (*Policy, error) {
	data, dir, err := readPolicy(path)
	if err != nil {
		return nil, err
	}
	return parse(path, data, dir, secretsLoad)
}

// Parse compiles a policy from data; name is used in messages. A relative
// hash_key file is read relative to the current directory.
func Parse(name string, data []byte) (*Policy, error) {
	return parse(name, data, "", secretsLoad)
}

// LoadForTest reads and compiles the policy file at path like Load, but keys
// hash and pseudonymize with the public test key instead of the real one, so
// that it needs no secret: for "rules lint", "rules test" and CI, never for
// production output.
func LoadForTest(path string) (*Policy, error) {
	data, dir, err := readPolicy(path)
	if err != nil {
		return nil, err
	}
	return parse(path, data, dir, secretsTest)
}

// ParseForTest is LoadForTest for a policy held in memory.
func ParseForTest(name string, data []byte) (*Policy, error) {
	return parse(name, data, "", secretsTest)
}

type secretMode uint8

const (
	secretsLoad secretMode = iota // read the key from its env variable or file
	secretsTest                   // use the public test key
)

func parse(name string, data []byte, dir string, mode secretMode) (*Policy, error) {
	p := &parser{file: name}
	pol := p.policy(data, dir, mode)
	if pol == nil && len(p.errs) == 0 {
		p.errs = append(p.errs, &problem.Problem{File: name, Reason: "BUG: the policy was not compiled and no problem was recorded"})
	}
	if len(p.errs) > 0 {
		slices.SortStableFunc(p.errs, func(a, b *problem.Problem) int { return a.Line - b.Line })
		errs := make([]error, len(p.errs))
		for i, e := range p.errs {
			errs[i] = e
		}
		return nil, errors.Join(errs...)
	}
	for _, w := range p.warns {
		pol.warnings = append(pol.warnings, w)
	}
	return pol, nil
}

// Warnings returns what the file allows but probably did not mean, such as
// a pattern without literals, each a *problem.Problem whose Reason starts with
// "warning:". They do not stop the policy from loading.
func (p *Policy) Warnings() []error { return p.warnings }

func (p *parser) policy(data []byte, dir string, mode secretMode) *Policy {
	root := p.decode(data)
	if root == nil {
		return nil
	}
	sum := sha256.Sum256(data)
	pol := &Policy{
		Source:  p.file,
		Version: hex.EncodeToString(sum[:6]),
		Redact:  redact.DefaultOptions(),
		topics:  map[string]int{},
		formats: map[string]RecordFormat{},
	}
	d := &draft{pol: pol, classAt: map[string]int{}, paths: map[string]int{}}
	if root.Kind != yaml.MappingNode {
		p.bad(root, "", "must be a mapping of keys such as \"version: 1\"")
		return nil
	}
	top := p.object(root, "", topKeys...)
	p.version(top, root)
	if e, ok := top["description"]; ok {
		pol.Description, _ = p.str(e)
	}
	p.classes(top, d)
	if e, ok := top["detectors"]; ok {
		p.detectors(e, d)
	}
	if e, ok := top["hash_key"]; ok {
		p.hashKey(e, d)
	}
	if e, ok := top["keep"]; ok {
		p.keep(e, d)
	}
	if e, ok := top["fields"]; ok {
		p.fields(e, d)
	}
	if e, ok := top["patterns"]; ok {
		p.patterns(e, d)
	}
	if e, ok := top["pattern_budget"]; ok {
		p.patternBudget(e, d)
	}
	p.routing(top, d)
	if e, ok := top["formats"]; ok {
		p.formatsKey(e, d)
	}
	if e, ok := top["timestamp_field"]; ok {
		pol.TimestampField, _ = p.path(e)
	}
	if e, ok := top["max_record_bytes"]; ok {
		p.maxRecord(e, d)
	}
	if e, ok := top["tests"]; ok {
		p.tests(e, d)
	}
	p.keyChecks(d)
	if len(p.errs) > 0 {
		return nil
	}
	if hk := d.hashKey; hk != nil {
		pol.Redact.HashKeyID = hk.id
		switch mode {
		case secretsTest:
			pol.Redact.HashKey, pol.Redact.HashKeyID = slices.Clone(testKey), testKeyID
		default:
			key, ok := p.loadKey(hk, dir)
			if !ok {
				return nil
			}
			pol.Redact.HashKey = key
		}
	}
	eng, err := redact.New(pol.Redact)
	if err != nil {
		p.errs = append(p.errs, &problem.Problem{File: p.file, Reason: "the redaction engine rejects this policy: " + err.Error()})
		return nil
	}
	pol.engine = eng
	return pol
}

// Engine returns the policy's compiled redaction engine.
func (p *Policy) Engine() *redact.Engine { return p.engine }

// Classify returns the index in p.Classes of the class for a record read
// from topic: the first routing.fields rule whose field matches, else the
// class of the topic (exact name, then longest prefix), else the default.
// It does not allocate.
func (p *Policy) Classify(topic string, rec []byte) int {
	for i := range p.fieldRoutes {
		r := &p.fieldRoutes[i]
		if r.topic != "" && r.topic != topic {
			continue
		}
		v, ok := redact.JSONField(rec, r.path)
		if !ok {
			continue
		}
		for _, want := range r.values {
			if string(v) == want {
				return r.class
			}
		}
	}
	if c, ok := p.topics[topic]; ok {
		return c
	}
	for _, tp := range p.topicPrefixes {
		if len(topic) >= len(tp.prefix) && topic[:len(tp.prefix)] == tp.prefix {
			return tp.class
		}
	}
	return p.DefaultClass
}

// ClassIndex returns the index of the class named name.
func (p *Policy) ClassIndex(name string) (int, bool) {
	for i, c := range p.Classes {
		if c.Name == name {
			return i, true
		}
	}
	return 0, false
}

// RecordTime returns the record time from TimestampField, ok=false when the
// policy names no field or the record has no usable value (then the caller
// uses the Kafka timestamp). The field may hold RFC 3339 text or epoch
// seconds (with an optional fraction), milliseconds, microseconds or
// nanoseconds, told apart by magnitude. The time is in UTC. It does not
// allocate.
func (p *Policy) RecordTime(rec []byte) (t time.Time, ok bool) {
	if p.TimestampField == "" {
		return time.Time{}, false
	}
	v, ok := redact.JSONField(rec, p.TimestampField)
	if !ok {
		return time.Time{}, false
	}
	return parseTime(v)
}
