package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/redactd/redactd/pipeline"
	"github.com/redactd/redactd/problem"
	"github.com/redactd/redactd/rules"
	"github.com/redactd/redactd/sinks"
)

// Config is the daemon's configuration file: the pipeline's keys at the top
// level, plus where to archive, which rule file to use, how to enforce
// retention and how to log.
type Config struct {
	pipeline.Config `yaml:",inline"`

	// Archive is where batches go.
	Archive ArchiveConfig `yaml:"archive"`
	// Rules is the policy file; "" means the built-in default policy.
	Rules string `yaml:"rules"`
	// Lifecycle says how the archive is made to enforce each class's retention.
	Lifecycle LifecycleConfig `yaml:"lifecycle"`
	// Log is the daemon's own logging. Record content is never logged.
	Log LogConfig `yaml:"log"`

	// source is the file the config was read from, "" when none; lines maps
	// YAML key paths ("batch.codec", "brokers[1]") to their line there, and
	// flags maps the key paths set on the command line to the flag's name.
	source string
	lines  map[string]int
	flags  map[string]string
	// loadProblems are the file's problems found while reading it, which
	// Validate reports with its own.
	loadProblems []*problem.Problem
}

// ArchiveConfig names the archive.
type ArchiveConfig struct {
	// URL is s3://bucket[/prefix] or file:///dir. An s3 URL's path is the key
	// prefix (the same as the top-level prefix key; set one of them).
	URL string `yaml:"url"`
	// S3Endpoint is an S3-compatible endpoint such as MinIO
	// (http://127.0.0.1:9000); "" means AWS. Path-style addressing is used
	// whenever an endpoint is set.
	S3Endpoint string `yaml:"s3_endpoint"`
	// S3Region is the bucket's region; "" takes it from the SDK's chain
	// (AWS_REGION, profile), else us-east-1.
	S3Region string `yaml:"s3_region"`
	// S3RequestTimeout bounds each attempt of an S3 request (a part of a
	// multipart upload, a listing); one that runs out is counted, logged
	// and retried. S3UploadTimeout bounds one object write with all its
	// attempts and parts. See sinks.OpenOptions.
	S3RequestTimeout time.Duration `yaml:"s3_request_timeout"`
	S3UploadTimeout  time.Duration `yaml:"s3_upload_timeout"`
}

// LifecycleConfig says how retention is enforced.
type LifecycleConfig struct {
	// OnStart is what `run` does with the bucket's lifecycle rules at start:
	// "apply" (read-modify-write the rules redactd owns), "verify" (refuse to
	// start on drift) or "off". File archives ignore it: they run the janitor.
	OnStart string `yaml:"on_start"`
	// JanitorInterval is how often a file archive's janitor deletes
	// partitions older than their class allows.
	JanitorInterval time.Duration `yaml:"janitor_interval"`
	// VerifyInterval is how often the running daemon verifies the archive's
	// retention again (and, with on_start: apply, applies it again); 0
	// turns it off.
	VerifyInterval time.Duration `yaml:"verify_interval"`
}

// LogConfig is the daemon's logging.
type LogConfig struct {
	Format string `yaml:"format"` // "json" or "text"
	Level  string `yaml:"level"`  // "debug", "info", "warn", "error"
}

// DefaultConfig returns the defaults: the pipeline's, an apply of lifecycle
// rules at start, an hourly janitor, JSON logs at info.
func DefaultConfig() Config {
	return Config{
		Config: pipeline.DefaultConfig(),
		Archive: ArchiveConfig{
			S3RequestTimeout: sinks.DefaultRequestTimeout(sinks.DefaultPartSize, sinks.DefaultMultipartThreshold),
			S3UploadTimeout:  sinks.DefaultUploadTimeout,
		},
		Lifecycle: LifecycleConfig{OnStart: "apply", JanitorInterval: time.Hour, VerifyInterval: 10 * time.Minute},
		Log:       LogConfig{Format: "json", Level: "info"},
	}
}

// LoadConfig reads the YAML file at path over the defaults. Unknown keys,
// sizes that do not parse and type mismatches are problems naming the file,
// line and key; every one of them is reported, joined. A file that is YAML
// is decoded even when it has such problems, so that Validate can report
// the rest of its mistakes with them (it returns these problems too). It does
// not validate: call Validate after applying flags.
func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return DefaultConfig(), fmt.Errorf("cannot read config: %w", err)
	}
	return ParseConfig(path, data)
}

// ParseConfig is LoadConfig for data already read; name is used in errors.
func ParseConfig(name string, data []byte) (Config, error) {
	c := DefaultConfig()
	c.source = name
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return c, yamlError(name, err)
	}
	c.lines = map[string]int{}
	if len(root.Content) == 0 { // empty file: all defaults
		return c, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		c.lines = nil
		return c, &problem.Problem{File: name, Line: doc.Line, Reason: "want a mapping of keys at the top level"}
	}
	w := keyWalker{file: name, lines: c.lines, types: map[string]reflect.Type{}, values: map[string]*yaml.Node{}}
	w.mapping(doc, reflect.TypeFor[Config](), "")
	// The walker reported unknown keys (and left them out of doc) and turned
	// sizes into byte counts; the decoder reports what is left: values of
	// the wrong type, each given the key it is on.
	if err := doc.Decode(&c); err != nil {
		for _, p := range problem.FromYAML(name, err) {
			w.ps = append(w.ps, w.keyOf(p))
		}
	}
	if c.MetricsAddr == "off" {
		c.MetricsAddr = ""
	}
	c.loadProblems = w.ps
	return c, problem.Join(w.ps)
}

// keyWalker walks a YAML mapping against a struct type: it records the
// line, Go type and node of every key path, reports unknown keys (and
// removes them, so the decoder does not report them again) and turns the
// sizes of fields tagged redactd:"size" ("64MiB") into byte counts. Walking
// the node tree (rather than relying on the decoder) names the full key
// path and finds all unknown keys at once.
type keyWalker struct {
	file   string
	lines  map[string]int
	types  map[string]reflect.Type
	values map[string]*yaml.Node
	ps     []*problem.Problem
}

func (w *keyWalker) mapping(n *yaml.Node, t reflect.Type, path string) {
	fields := yamlFields(t)
	kept := n.Content[:0]
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		p := joinPath(path, k.Value)
		w.lines[p] = k.Line
		f, ok := fields[k.Value]
		if !ok {
			known := make([]string, 0, len(fields))
			for name := range fields {
				known = append(known, name)
			}
			slices.Sort(known)
			w.ps = append(w.ps, &problem.Problem{File: w.file, Line: k.Line, Key: p,
				Reason: "unknown key (known keys here: " + strings.Join(known, ", ") + ")"})
			continue
		}
		kept = append(kept, k, v)
		if f.Tag.Get("redactd") == "size" {
			w.size(v, p)
		}
		w.value(v, f.Type, p)
	}
	n.Content = kept
}

func (w *keyWalker) value(v *yaml.Node, t reflect.Type, p string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	w.types[p], w.values[p] = t, v
	switch {
	case t.Kind() == reflect.Struct && t != reflect.TypeFor[time.Duration]() && v.Kind == yaml.MappingNode:
		w.mapping(v, t, p)
	case t.Kind() == reflect.Map && v.Kind == yaml.MappingNode:
		// Each entry's line, for problems naming "batch.format_by_topic.T".
		for j := 0; j+1 < len(v.Content); j += 2 {
			ep := joinPath(p, v.Content[j].Value)
			w.lines[ep] = v.Content[j].Line
			w.value(v.Content[j+1], t.Elem(), ep)
		}
	case t.Kind() == reflect.Slice && v.Kind == yaml.SequenceNode:
		for j, e := range v.Content {
			ep := p + "[" + strconv.Itoa(j) + "]"
			w.lines[ep] = e.Line
			w.value(e, t.Elem(), ep)
		}
	}
}

// size rewrites a size such as 64MiB, 512KiB, 2MB or 65536 (the syntax of
// the policy file's max_record_bytes) into its byte count.
func (w *keyWalker) size(v *yaml.Node, p string) {
	if v.Kind != yaml.ScalarNode {
		return // the decoder reports the type
	}
	n, ok := rules.ParseSize(v.Value)
	if !ok {
		w.ps = append(w.ps, &problem.Problem{File: w.file, Line: v.Line, Key: p, Value: v.Value, HasValue: true,
			Reason: "want a size such as 64MiB, 512KiB, 2MB or 65536 (bytes)"})
		v.Value, v.Tag = "0", "!!int" // decoded, and not reported twice
		return
	}
	v.Value, v.Tag, v.Style = strconv.FormatInt(n, 10), "!!int", 0
}

// keyOf gives a decoder problem the key on its line and a reason in the
// key's terms ("want a duration such as 30s, 5m or 1h"), keeping the
// decoder's message when no single key is on that line.
func (w *keyWalker) keyOf(p *problem.Problem) *problem.Problem {
	var all, scalars []string
	for k, l := range w.lines {
		if l != p.Line || w.values[k] == nil {
			continue
		}
		all = append(all, k)
		if w.values[k].Kind == yaml.ScalarNode {
			scalars = append(scalars, k)
		}
	}
	var key string
	switch {
	case len(scalars) == 1:
		key = scalars[0]
	case len(all) == 1:
		key = all[0]
	default:
		return p // several values on this line (flow style): cannot tell which
	}
	p.Key = key
	if v := w.values[key]; v.Kind == yaml.ScalarNode {
		p.Value, p.HasValue = v.Value, true
	}
	switch t := w.types[key]; {
	case t == reflect.TypeFor[time.Duration]():
		p.Reason = "want a duration such as 30s, 5m or 1h"
	case t.Kind() == reflect.Bool:
		p.Reason = "want true or false"
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Uint64:
		p.Reason = "want a whole number"
	case t.Kind() == reflect.String:
		p.Reason = "want a string"
	case t.Kind() == reflect.Slice:
		p.Reason = "want a list"
	case t.Kind() == reflect.Struct:
		p.Reason = "want a mapping of keys"
	}
	return p
}

// yamlFields maps the YAML names of t's fields (inline structs flattened)
// to the fields.
func yamlFields(t reflect.Type) map[string]reflect.StructField {
	m := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		if !f.IsExported() || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if slices.Contains(strings.Split(opts, ","), "inline") {
			for k, v := range yamlFields(f.Type) {
				m[k] = v
			}
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		m[name] = f
	}
	return m
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// yamlError returns the decoder's errors as problems of file.
func yamlError(file string, err error) error { return problem.Join(problem.FromYAML(file, err)) }

// setByFlag records that the flag --name set the key path, so problems with
// its value name the flag instead of a line of the file.
func (c *Config) setByFlag(path, name string) {
	if c.flags == nil {
		c.flags = map[string]string{}
	}
	c.flags[path] = name
}

// locate sets where the value of p's key came from: the flag that set it,
// else its line in the file (or the file without a line for a key the file
// does not have). Nothing is set for defaults.
func (c *Config) locate(p *problem.Problem) *problem.Problem {
	for k := p.Key; k != ""; k = parentPath(k) {
		if f, ok := c.flags[k]; ok {
			p.Flag = f
			return p
		}
		if l, ok := c.lines[k]; ok {
			p.File, p.Line = c.source, l
			return p
		}
	}
	p.File = c.source
	return p
}

// parentPath strips the last element of a key path: "a.b[2]" -> "a.b" -> "a".
func parentPath(p string) string {
	if i := strings.LastIndexAny(p, ".["); i >= 0 {
		return p[:i]
	}
	return ""
}

// problem returns a problem with key's value, located.
func (c *Config) problem(key, value, why string) *problem.Problem {
	return c.locate(problem.Value(key, value, why))
}

// Validate returns every problem in c, joined, each a *problem.Problem
// naming where the value came from (file and line, or flag), the key, the
// value and the rule it broke: the problems found reading the file
// (unknown keys, types, sizes) and those of every check, at once. A key
// that could not be read is not checked again.
func (c *Config) Validate() error {
	ps := slices.Clone(c.loadProblems)
	unread := map[string]bool{}
	for _, p := range c.loadProblems {
		unread[p.Key] = true
	}
	add := func(p *problem.Problem) {
		if p.Key == "" || !unread[p.Key] {
			ps = append(ps, p)
		}
	}
	for _, p := range problem.All(c.Config.Validate()) {
		add(c.locate(p))
	}
	for _, p := range problem.All(c.validateArchive()) {
		add(p)
	}
	if err := validAddr(c.MetricsAddr); err != nil {
		add(c.problem("metrics_addr", c.MetricsAddr, err.Error()))
	}
	switch c.Lifecycle.OnStart {
	case "apply", "verify", "off":
	default:
		add(c.problem("lifecycle.on_start", c.Lifecycle.OnStart, "want apply, verify or off"))
	}
	if c.Lifecycle.JanitorInterval < time.Minute {
		add(c.problem("lifecycle.janitor_interval", c.Lifecycle.JanitorInterval.String(), "must be at least 1m"))
	}
	if v := c.Lifecycle.VerifyInterval; v != 0 && v < 10*time.Second {
		ps = append(ps, c.problem("lifecycle.verify_interval", v.String(), "must be 0 (off) or at least 10s"))
	}
	return problem.Join(ps)
}

// ValidatePolicy returns the problems of c that only the policy shows
// (pipeline.Config.ValidatePolicy), each located as Validate's are.
func (c *Config) ValidatePolicy(pol *rules.Policy) error {
	var ps []*problem.Problem
	for _, p := range problem.All(c.Config.ValidatePolicy(pol)) {
		ps = append(ps, c.locate(p))
	}
	return problem.Join(ps)
}

// validAddr checks a listen address: host:port or :port; "" (which "off"
// becomes, in the file and on the command line) disables the listener.
func validAddr(addr string) error {
	if addr == "" {
		return nil
	}
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return errors.New(`want host:port, :port or off`)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return errors.New(`want host:port, :port or off (port 0 to 65535)`)
	}
	return nil
}

// validateArchive checks the keys that `lifecycle` needs: archive.*, the
// prefix and log.*.
func (c *Config) validateArchive() error {
	var ps []*problem.Problem
	if c.Archive.URL == "" {
		ps = append(ps, c.locate(problem.At("archive.url", "an archive is required: s3://bucket[/prefix] or file:///dir")))
	} else if a, err := sinks.ParseURL(c.Archive.URL); err != nil {
		ps = append(ps, c.problem("archive.url", c.Archive.URL, err.Error()))
	} else {
		if a.Prefix != "" && c.Prefix != "" && a.Prefix != strings.Trim(c.Prefix, "/") {
			ps = append(ps, c.problem("prefix", c.Prefix, fmt.Sprintf("differs from the prefix %q in archive.url: set one of them", a.Prefix)))
		}
		if a.Scheme == "file" && c.Archive.S3Endpoint != "" {
			ps = append(ps, c.problem("archive.s3_endpoint", c.Archive.S3Endpoint, "set for a file:// archive"))
		}
	}
	if err := sinks.ValidEndpoint(c.Archive.S3Endpoint); err != nil {
		ps = append(ps, c.problem("archive.s3_endpoint", c.Archive.S3Endpoint, err.Error()))
	}
	if c.Archive.S3RequestTimeout <= 0 {
		ps = append(ps, c.problem("archive.s3_request_timeout", c.Archive.S3RequestTimeout.String(), "must be positive"))
	}
	if c.Archive.S3UploadTimeout < c.Archive.S3RequestTimeout {
		ps = append(ps, c.problem("archive.s3_upload_timeout", c.Archive.S3UploadTimeout.String(),
			"must be at least archive.s3_request_timeout ("+c.Archive.S3RequestTimeout.String()+")"))
	}
	switch c.Log.Format {
	case "json", "text":
	default:
		ps = append(ps, c.problem("log.format", c.Log.Format, "want json or text"))
	}
	if _, ok := parseLevel(c.Log.Level); !ok {
		ps = append(ps, c.problem("log.level", c.Log.Level, "want debug, info, warn or error"))
	}
	return problem.Join(ps)
}
