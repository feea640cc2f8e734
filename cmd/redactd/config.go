package main

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/redactd/redactd/pipeline"
	"github.com/redactd/redactd/problem"
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

// LoadConfig reads the YAML file at path over the defaults. Unknown keys
// and type mismatches are errors naming the file and line; every one of
// them is reported, joined. It does not validate: call Validate after
// applying flags.
func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("cannot read config: %w", err)
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
	if len(root.Content) == 0 { // empty file: all defaults
		c.lines = map[string]int{}
		return c, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return c, &problem.Problem{File: name, Line: doc.Line, Reason: "want a mapping of keys at the top level"}
	}
	c.lines = map[string]int{}
	var ps []*problem.Problem
	checkKeys(doc, reflect.TypeFor[Config](), "", name, c.lines, &ps)
	if len(ps) > 0 {
		return c, problem.Join(ps)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return c, yamlError(name, err)
	}
	return c, nil
}

// checkKeys walks the YAML mapping n against the struct type t, records the
// line of every key path in lines and reports every unknown key. Walking
// the node tree (rather than relying on the decoder) names the full key
// path and finds all unknown keys at once.
func checkKeys(n *yaml.Node, t reflect.Type, path, file string, lines map[string]int, ps *[]*problem.Problem) {
	fields := yamlFields(t)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		p := joinPath(path, k.Value)
		lines[p] = k.Line
		ft, ok := fields[k.Value]
		if !ok {
			known := make([]string, 0, len(fields))
			for name := range fields {
				known = append(known, name)
			}
			slices.Sort(known)
			*ps = append(*ps, &problem.Problem{File: file, Line: k.Line, Key: p,
				Reason: "unknown key (known keys here: " + strings.Join(known, ", ") + ")"})
			continue
		}
		walkValue(v, ft, p, file, lines, ps)
	}
}

func walkValue(v *yaml.Node, t reflect.Type, p, file string, lines map[string]int, ps *[]*problem.Problem) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t.Kind() == reflect.Struct && t != reflect.TypeFor[time.Duration]() && v.Kind == yaml.MappingNode:
		checkKeys(v, t, p, file, lines, ps)
	case t.Kind() == reflect.Slice && v.Kind == yaml.SequenceNode:
		for j, e := range v.Content {
			ep := p + "[" + strconv.Itoa(j) + "]"
			lines[ep] = e.Line
			walkValue(e, t.Elem(), ep, file, lines, ps)
		}
	}
}

// yamlFields maps the YAML names of t's fields (inline structs flattened)
// to their types.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	m := map[string]reflect.Type{}
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
		m[name] = f.Type
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
// value and the rule it broke.
func (c *Config) Validate() error {
	var ps []*problem.Problem
	for _, p := range problem.All(c.Config.Validate()) {
		ps = append(ps, c.locate(p))
	}
	ps = append(ps, problem.All(c.validateArchive())...)
	switch c.Lifecycle.OnStart {
	case "apply", "verify", "off":
	default:
		ps = append(ps, c.problem("lifecycle.on_start", c.Lifecycle.OnStart, "want apply, verify or off"))
	}
	if c.Lifecycle.JanitorInterval < time.Minute {
		ps = append(ps, c.problem("lifecycle.janitor_interval", c.Lifecycle.JanitorInterval.String(), "must be at least 1m"))
	}
	if v := c.Lifecycle.VerifyInterval; v != 0 && v < 10*time.Second {
		ps = append(ps, c.problem("lifecycle.verify_interval", v.String(), "must be 0 (off) or at least 10s"))
	}
	return problem.Join(ps)
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
