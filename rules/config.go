package rules

import (
	"errors"
	"math"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"gopkg.in/yaml.v3"

	"github.com/redactd/redactd/problem"
	"github.com/redactd/redactd/redact"
)

// topKeys are the keys a policy file may hold, in the order the README
// documents them.
var topKeys = []string{
	"version", "description", "detectors", "hash_key", "keep", "fields", "patterns",
	"pattern_budget", "classes", "routing", "formats", "timestamp_field", "max_record_bytes", "tests",
}

// ipProfiles are named truncation prefixes for IPv4 and IPv6. Matomo's
// "anonymise N bytes" settings keep /24, /16, /8 of IPv4 and /64, /48, /24
// of IPv6; "cnil-16" and "dsk-16" keep the /16 of IPv4 that the French and
// German regulators recommend for audience measurement, with /32 for IPv6
// (our choice: the regulators name no IPv6 figure).
var ipProfiles = map[string][2]int{
	"default":  {24, 48},
	"matomo-1": {24, 64},
	"matomo-2": {16, 48},
	"matomo-3": {8, 24},
	"cnil-16":  {16, 32},
	"dsk-16":   {16, 32},
}

func profileNames() string {
	names := make([]string, 0, len(ipProfiles))
	for n := range ipProfiles {
		names = append(names, n)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

var (
	classNameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,62}$`)
	patternRE   = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,39}$`)
	keyIDRE     = regexp.MustCompile(`^[A-Za-z0-9_-]{1,16}$`)
	envNameRE   = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	topicRE     = regexp.MustCompile(`^[A-Za-z0-9._-]{1,249}\*?$`)
	domainRE    = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$`)
)

// minKeyBytes is the shortest hash key accepted.
const minKeyBytes = 16

// testKey keys hashes while running a file's embedded tests and while
// linting, so that expected pseudonyms in tests are stable and no secret is
// needed in CI. It is public and must never key production output.
var testKey = []byte("redactd public test key - not a secret")

// testKeyID is the key id written into pseudonyms while testing.
const testKeyID = "test"

// hashKeySpec is where the hash key comes from.
type hashKeySpec struct {
	env, file, id string
	src           kv // the env or file entry, for messages
}

// draft is a policy being built, with what cross-checks need.
type draft struct {
	pol     *Policy
	usesKey []kv // entries whose action needs the hash key
	hashKey *hashKeySpec
	classAt map[string]int // class name -> index
	paths   map[string]int // field rule path -> line
}

func (p *parser) version(top map[string]kv, root *yaml.Node) {
	e, ok := p.need(top, root, "", "version", "write \"version: 1\" at the top")
	if !ok {
		return
	}
	if s, ok := p.str(e); ok && s != "1" {
		p.bad(e.v, e.key, "unsupported version; this redactd reads version 1")
	}
}

func onOff(s string) (on, ok bool) {
	switch s {
	case "on", "true", "yes":
		return true, true
	case "off", "false", "no":
		return false, true
	}
	return false, false
}

func detectorNames() string {
	names := make([]string, 0, redact.NumDetectors+1)
	for d := redact.Detector(0); d < redact.NumDetectors; d++ {
		names = append(names, d.String())
	}
	return strings.Join(append(names, "all"), ", ")
}

func isIP(d redact.Detector) bool { return d == redact.DetIPv4 || d == redact.DetIPv6 }

func (p *parser) detectors(e kv, d *draft) {
	o := &d.pol.Redact
	entries := p.pairs(e.v, e.key)
	for _, x := range entries {
		if x.k.Value != "all" {
			continue
		}
		s, ok := p.str(x)
		if !ok {
			continue
		}
		on, ok := onOff(s)
		if !ok {
			p.bad(x.v, x.key, "must be on or off (it switches every detector; list detectors after it to change one)")
			continue
		}
		for i := range o.Detectors {
			o.Detectors[i].Enabled = on
		}
	}
	for _, x := range entries {
		if x.k.Value == "all" {
			continue
		}
		det, ok := redact.ParseDetector(x.k.Value)
		if !ok {
			p.badKey(x.k, x.key, "unknown detector (known: %s)", detectorNames())
			continue
		}
		p.detector(x, det, &o.Detectors[det], d)
	}
	// Each IP detector carries both prefixes, so that IPv4-mapped IPv6
	// addresses are cut like IPv4 ones.
	o.Detectors[redact.DetIPv6].IPv4Prefix = o.Detectors[redact.DetIPv4].IPv4Prefix
	o.Detectors[redact.DetIPv4].IPv6Prefix = o.Detectors[redact.DetIPv6].IPv6Prefix
}

func (p *parser) detector(x kv, det redact.Detector, c *redact.DetectorConfig, d *draft) {
	if x.v.Kind == yaml.ScalarNode {
		s, ok := p.str(x)
		if !ok {
			return
		}
		if on, ok := onOff(s); ok {
			c.Enabled = on
			return
		}
		a, ok := p.detAction(x, det)
		if !ok {
			return
		}
		c.Enabled, c.Action = true, a
		if a == redact.ActHash || a == redact.ActPseudonymize {
			d.usesKey = append(d.usesKey, x)
		}
		return
	}
	m := p.object(x.v, x.key, "action", "token", "prefix", "profile")
	c.Enabled = true
	if a, ok := m["action"]; ok {
		if act, ok := p.detAction(a, det); ok {
			c.Action = act
			if act == redact.ActHash || act == redact.ActPseudonymize {
				d.usesKey = append(d.usesKey, a)
			}
		}
	}
	if t, ok := m["token"]; ok {
		if s, ok := p.token(t); ok {
			if c.Action != redact.ActMask {
				p.bad(t.v, t.key, "a token needs action: mask (the action here is %s)", c.Action)
			}
			c.Token = s
		}
	}
	pre, hasPre := m["prefix"]
	prof, hasProf := m["profile"]
	if (hasPre || hasProf) && c.Action != redact.ActTruncate {
		at := pre
		if !hasPre {
			at = prof
		}
		p.bad(at.v, at.key, "prefix and profile need action: truncate (the action here is %s)", c.Action)
		return
	}
	if hasPre && hasProf {
		p.badKey(prof.k, prof.key, "give prefix or profile, not both")
		return
	}
	if hasPre {
		bits := 32
		if det == redact.DetIPv6 {
			bits = 128
		}
		if n, ok := p.intIn(pre, 0, bits); ok {
			if det == redact.DetIPv6 {
				c.IPv6Prefix = n
			} else {
				c.IPv4Prefix = n
			}
		}
	}
	if hasProf {
		if s, ok := p.str(prof); ok {
			pp, ok := ipProfiles[s]
			if !ok {
				p.bad(prof.v, prof.key, "unknown profile (known: %s)", profileNames())
			} else if det == redact.DetIPv6 {
				c.IPv6Prefix = pp[1]
			} else {
				c.IPv4Prefix = pp[0]
			}
		}
	}
}

// detAction parses the action of a builtin detector.
func (p *parser) detAction(e kv, det redact.Detector) (redact.Action, bool) {
	s, ok := p.str(e)
	if !ok {
		return 0, false
	}
	a, ok := redact.ParseAction(s)
	switch {
	case !ok && isIP(det):
		p.bad(e.v, e.key, "unknown action (known: truncate, pseudonymize, mask, hash, keep, or off)")
	case !ok:
		p.bad(e.v, e.key, "unknown action (known: mask, hash, keep, or off)")
	case a == redact.ActDrop:
		p.bad(e.v, e.key, "drop removes JSON fields and belongs in fields:; write off to turn a detector off")
	case (a == redact.ActTruncate || a == redact.ActPseudonymize) && !isIP(det):
		p.bad(e.v, e.key, "%s applies to IP addresses only (use mask or hash)", a)
	default:
		return a, true
	}
	return 0, false
}

// token parses a mask token. Tokens are written inside JSON strings and
// text lines, so they may not hold quotes, backslashes or control bytes.
func (p *parser) token(e kv) (string, bool) {
	s, ok := p.str(e)
	if !ok {
		return "", false
	}
	msg := ""
	switch {
	case s == "":
		msg = "must not be empty"
	case len(s) > 64:
		msg = "must be at most 64 bytes"
	case !utf8.ValidString(s):
		msg = "must be valid UTF-8"
	case strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f || r == '"' || r == '\\' }):
		msg = "must not hold quotes, backslashes or control characters (tokens are written inside JSON strings)"
	}
	if msg != "" {
		p.bad(e.v, e.key, "%s", msg)
		return "", false
	}
	return s, true
}

func (p *parser) hashKey(e kv, d *draft) {
	// A key written into the file itself is refused without quoting it.
	for i := 0; e.v.Kind == yaml.MappingNode && i < len(e.v.Content); i += 2 {
		switch k := e.v.Content[i]; k.Value {
		case "key", "secret", "value":
			p.badKey(k, join(e.key, k.Value), "the key itself never goes in a policy file (remove it, and rotate it if this file was shared); name an environment variable (env: REDACTD_HASH_KEY) or a file (file: /run/secrets/redactd-hash-key) holding it")
			return
		}
	}
	m := p.object(e.v, e.key, "env", "file", "id")
	hk := &hashKeySpec{}
	env, hasEnv := m["env"]
	file, hasFile := m["file"]
	switch {
	case hasEnv && hasFile:
		p.badKey(file.k, file.key, "give env or file, not both")
	case hasEnv:
		if s, ok := p.str(env); ok {
			if !envNameRE.MatchString(s) {
				p.bad(env.v, env.key, "is not an environment variable name")
			}
			hk.env, hk.src = s, env
		}
	case hasFile:
		if s, ok := p.str(file); ok {
			if s == "" {
				p.bad(file.v, file.key, "must name a file")
			}
			hk.file, hk.src = s, file
		}
	case e.v.Kind == yaml.MappingNode:
		p.badKey(e.k, e.key+".env", "missing: name an environment variable (env: REDACTD_HASH_KEY) or a file (file: /run/secrets/redactd-hash-key) holding the key; the key itself never goes in this file")
	}
	if id, ok := p.need(m, e.k, e.key, "id", "a short key id written before every pseudonym, such as k1, so key rotation is visible"); ok {
		if s, ok := p.str(id); ok {
			if !keyIDRE.MatchString(s) {
				p.bad(id.v, id.key, "must be 1 to 16 letters, digits, _ or -")
			}
			hk.id = s
		}
	}
	d.hashKey = hk
}

// loadKey reads the hash key from its environment variable or file. Errors
// name the variable or file, never the key.
func (p *parser) loadKey(hk *hashKeySpec, dir string) ([]byte, bool) {
	var key []byte
	switch {
	case hk.env != "":
		v, ok := os.LookupEnv(hk.env)
		if !ok || v == "" {
			p.bad(hk.src.v, hk.src.key, "environment variable is not set; it must hold the hash key (at least %d random bytes)", minKeyBytes)
			return nil, false
		}
		key = []byte(v)
	case hk.file != "":
		path := hk.file
		if !filepath.IsAbs(path) && dir != "" {
			path = filepath.Join(dir, path)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			p.bad(hk.src.v, hk.src.key, "cannot read the hash key: %v", err)
			return nil, false
		}
		key = []byte(strings.TrimRight(string(b), "\r\n"))
	default:
		return nil, false
	}
	if len(key) < minKeyBytes {
		p.bad(hk.src.v, hk.src.key, "the hash key is %d bytes; use at least %d random bytes", len(key), minKeyBytes)
		return nil, false
	}
	return key, true
}

// path checks a dotted JSON field path such as "user.email" or
// "headers[].value".
func (p *parser) path(e kv) (string, bool) {
	s, ok := p.str(e)
	if !ok {
		return "", false
	}
	if msg := checkPath(s); msg != "" {
		p.bad(e.v, e.key, "%s", msg)
		return "", false
	}
	return s, true
}

func checkPath(s string) string {
	if s == "" {
		return "must not be empty"
	}
	if len(s) > 256 {
		return "must be at most 256 bytes"
	}
	for _, seg := range strings.Split(s, ".") {
		name := strings.TrimSuffix(seg, "[]")
		if name == "" {
			return "is not a field path: write names joined by dots, such as user.email or headers[].value"
		}
		if strings.ContainsFunc(name, func(r rune) bool {
			return r <= ' ' || r == 0x7f || r == '"' || r == '\\' || r == '[' || r == ']' || r == utf8.RuneError
		}) {
			return "is not a field path: names may not hold spaces, quotes, backslashes or brackets (\"[]\" at the end of a name means every array element)"
		}
	}
	return ""
}

func (p *parser) keep(e kv, d *draft) {
	o := &d.pol.Redact
	m := p.object(e.v, e.key, "cidrs", "email_domains", "fields")
	if c, ok := m["cidrs"]; ok {
		vals, items := p.strs(c)
		for i, s := range vals {
			pfx, err := netip.ParsePrefix(s)
			if err != nil {
				a, aerr := netip.ParseAddr(s)
				if aerr != nil || a.Zone() != "" {
					p.bad(items[i].v, items[i].key, "is not a CIDR (such as 198.51.100.0/24 or 2001:db8::/32) or an IP address")
					continue
				}
				pfx = netip.PrefixFrom(a, a.BitLen())
			}
			if pfx != pfx.Masked() {
				p.bad(items[i].v, items[i].key, "has host bits set; did you mean %s?", pfx.Masked())
				continue
			}
			o.KeepCIDRs = append(o.KeepCIDRs, pfx)
		}
	}
	if c, ok := m["email_domains"]; ok {
		vals, items := p.strs(c)
		for i, s := range vals {
			dom := strings.ToLower(s)
			switch {
			case strings.HasPrefix(dom, "@"):
				p.bad(items[i].v, items[i].key, "write the domain without @")
			case !domainRE.MatchString(dom) || len(dom) > 253:
				p.bad(items[i].v, items[i].key, "is not a domain name")
			default:
				o.KeepEmailDomains = append(o.KeepEmailDomains, dom)
			}
		}
	}
	if c, ok := m["fields"]; ok {
		for _, it := range p.list(c) {
			if s, ok := p.path(it); ok && p.newPath(it, s, d) {
				o.Fields = append(o.Fields, redact.FieldRule{Path: s, Action: redact.ActKeep})
			}
		}
	}
}

// newPath reports a field path given a rule twice.
func (p *parser) newPath(e kv, path string, d *draft) bool {
	if first, dup := d.paths[path]; dup {
		p.bad(e.v, e.key, "this field already has a rule (line %d)", first)
		return false
	}
	d.paths[path] = e.v.Line
	return true
}

func (p *parser) fields(e kv, d *draft) {
	o := &d.pol.Redact
	for _, it := range p.list(e) {
		m := p.object(it.v, it.key, "path", "action", "token")
		if it.v.Kind != yaml.MappingNode {
			continue
		}
		var fr redact.FieldRule
		ok := true
		if x, has := p.need(m, it.v, it.key, "path", "the JSON field, such as user.email"); has {
			var pok bool
			fr.Path, pok = p.path(x)
			ok = ok && pok && p.newPath(x, fr.Path, d)
		} else {
			ok = false
		}
		if x, has := p.need(m, it.v, it.key, "action", "one of mask, hash, drop, keep, truncate, pseudonymize"); has {
			if s, sok := p.str(x); sok {
				a, aok := redact.ParseAction(s)
				if !aok {
					p.bad(x.v, x.key, "unknown action (known: mask, hash, drop, keep, truncate, pseudonymize)")
					ok = false
				}
				fr.Action = a
				if a == redact.ActHash || a == redact.ActPseudonymize {
					d.usesKey = append(d.usesKey, x)
				}
			} else {
				ok = false
			}
		} else {
			ok = false
		}
		if x, has := m["token"]; has {
			if s, tok := p.token(x); tok {
				if fr.Action != redact.ActMask {
					p.bad(x.v, x.key, "a token needs action: mask")
				}
				fr.Token = s
			}
		}
		if ok {
			o.Fields = append(o.Fields, fr)
		}
	}
}

// Bounds of a pattern's match timeout, and of the time all patterns
// together may take on one record. A timeout below 1ms cannot hold:
// regexp2's clock has a resolution of about 1ms (redact.TimeoutCheckPeriod).
const (
	defaultPatternTimeout = 20 * time.Millisecond
	minPatternTimeout     = time.Millisecond
	maxPatternTimeout     = time.Second
	minPatternBudget      = time.Millisecond
	maxPatternBudget      = 10 * time.Second
)

func (p *parser) patterns(e kv, d *draft) {
	o := &d.pol.Redact
	names := map[string]int{}
	for _, it := range p.list(e) {
		m := p.object(it.v, it.key, "name", "regexp", "literals", "action", "token", "timeout")
		if it.v.Kind != yaml.MappingNode {
			continue
		}
		pt := redact.Pattern{Action: redact.ActMask, Timeout: defaultPatternTimeout}
		ok := true
		if x, has := p.need(m, it.v, it.key, "name", "a short name such as order_id (it names the pattern in metrics and the default token)"); has {
			s, sok := p.str(x)
			_, isDet := redact.ParseDetector(s)
			switch {
			case !sok:
				ok = false
			case !patternRE.MatchString(s):
				p.bad(x.v, x.key, "must be 1 to 40 lowercase letters, digits, _ or -, starting with a letter or digit")
				ok = false
			case isDet:
				p.bad(x.v, x.key, "is the name of a builtin detector; choose another")
				ok = false
			case names[s] != 0:
				p.bad(x.v, x.key, "another pattern has this name (line %d)", names[s])
				ok = false
			default:
				names[s] = x.v.Line
			}
			pt.Name = s
		} else {
			ok = false
		}
		if x, has := p.need(m, it.v, it.key, "regexp", "the regular expression (regexp2 syntax)"); has {
			s, sok := p.str(x)
			if sok {
				if msg := checkRegexp(s); msg != "" {
					p.bad(x.v, x.key, "%s", msg)
					sok = false
				} else if shape, why := backtrackingShape(s); shape != "" {
					p.warns = append(p.warns, &problem.Problem{File: p.file, Line: x.v.Line, Key: x.key, Value: shape, HasValue: true,
						Reason: "warning: " + why + "; on input that almost matches it can backtrack until the pattern's timeout, and the record is quarantined. Make the inner repeat atomic ((?>a+)+) or write it without the outer repeat"})
				}
			}
			ok = ok && sok
			pt.Regexp = s
		} else {
			ok = false
		}
		if x, has := m["literals"]; has {
			vals, items := p.strs(x)
			for i, s := range vals {
				if s == "" {
					p.bad(items[i].v, items[i].key, "must not be empty (an empty literal is in every record)")
					ok = false
				}
			}
			pt.Literals = vals
		} else {
			p.warns = append(p.warns, &problem.Problem{File: p.file, Line: it.v.Line, Key: it.key + ".literals",
				Reason: "warning: without literals the pattern runs on every record; list strings every match contains (literals: [ORD-]) so that records without them skip it"})
		}
		if x, has := m["action"]; has {
			if s, sok := p.str(x); sok {
				a, aok := redact.ParseAction(s)
				if !aok || (a != redact.ActMask && a != redact.ActHash) {
					p.bad(x.v, x.key, "patterns take action mask or hash")
					ok = false
				}
				pt.Action = a
				if a == redact.ActHash {
					d.usesKey = append(d.usesKey, x)
				}
			}
		}
		if x, has := m["token"]; has {
			if s, tok := p.token(x); tok {
				if pt.Action != redact.ActMask {
					p.bad(x.v, x.key, "a token needs action: mask")
				}
				pt.Token = s
			}
		}
		if x, has := m["timeout"]; has {
			if s, sok := p.str(x); sok {
				t, err := time.ParseDuration(s)
				if err != nil || t < minPatternTimeout || t > maxPatternTimeout {
					p.bad(x.v, x.key, "must be a duration from %v to %v, such as 20ms", minPatternTimeout, maxPatternTimeout)
					ok = false
				}
				pt.Timeout = t
			}
		}
		if ok {
			o.Patterns = append(o.Patterns, pt)
		}
	}
}

// checkRegexp returns what is wrong with a user pattern, or "".
func checkRegexp(s string) string {
	if s == "" {
		return "must not be empty"
	}
	re, err := regexp2.Compile(s, regexp2.None)
	if err != nil {
		return "does not compile: " + err.Error()
	}
	re.MatchTimeout = 100 * time.Millisecond
	if m, err := re.MatchString(""); err == nil && m {
		return "matches the empty string, so it would match everywhere"
	}
	return ""
}

func (p *parser) classes(top map[string]kv, d *draft) {
	e, ok := top["classes"]
	if !ok {
		d.pol.Classes = DefaultClasses()
		for i, c := range d.pol.Classes {
			d.classAt[c.Name] = i
		}
		return
	}
	entries := p.pairs(e.v, e.key)
	if len(entries) == 0 && e.v.Kind == yaml.MappingNode || e.v.Tag == "!!null" {
		p.badKey(e.k, e.key, "names no class; leave the key out for the defaults (technical 30, access 90, audit 365)")
	}
	for _, x := range entries {
		name := x.k.Value
		if !classNameRE.MatchString(name) {
			p.badKey(x.k, x.key, "class names are 1 to 63 lowercase letters, digits, _ or -, starting with a letter or digit (they become S3 prefixes)")
			continue
		}
		days, ok := p.intIn(x, 1, 36500)
		if !ok {
			continue
		}
		d.classAt[name] = len(d.pol.Classes)
		d.pol.Classes = append(d.pol.Classes, Class{Name: name, Days: days})
	}
}

// class resolves a class name used by routing or a test.
func (p *parser) class(e kv, d *draft) (int, bool) {
	s, ok := p.str(e)
	if !ok {
		return 0, false
	}
	i, ok := d.classAt[s]
	if !ok {
		names := make([]string, len(d.pol.Classes))
		for i, c := range d.pol.Classes {
			names[i] = c.Name
		}
		p.bad(e.v, e.key, "no such class (classes: %s)", strings.Join(names, ", "))
	}
	return i, ok
}

func (p *parser) routing(top map[string]kv, d *draft) {
	pol := d.pol
	e, ok := top["routing"]
	if !ok {
		pol.DefaultClass = defaultClassIndex(pol.Classes)
		return
	}
	m := p.object(e.v, e.key, "default", "topics", "fields")
	if x, has := m["default"]; has {
		if i, ok := p.class(x, d); ok {
			pol.DefaultClass = i
		}
	} else {
		pol.DefaultClass = defaultClassIndex(pol.Classes)
	}
	if x, has := m["topics"]; has {
		for _, t := range p.pairs(x.v, x.key) {
			name := t.k.Value
			if !topicRE.MatchString(name) {
				p.badKey(t.k, t.key, "is not a Kafka topic name (letters, digits, '.', '_', '-', at most 249; a final * matches a prefix)")
				continue
			}
			i, ok := p.class(t, d)
			if !ok {
				continue
			}
			if prefix, ok := strings.CutSuffix(name, "*"); ok {
				pol.topicPrefixes = append(pol.topicPrefixes, topicPrefix{prefix: prefix, class: i})
			} else {
				pol.topics[name] = i
			}
		}
		// Longest prefix first, so the most specific one wins.
		slices.SortStableFunc(pol.topicPrefixes, func(a, b topicPrefix) int { return len(b.prefix) - len(a.prefix) })
	}
	if x, has := m["fields"]; has {
		for _, it := range p.list(x) {
			fm := p.object(it.v, it.key, "path", "equals", "in", "class", "topic")
			if it.v.Kind != yaml.MappingNode {
				continue
			}
			var r fieldRoute
			ok := true
			if y, has := p.need(fm, it.v, it.key, "path", "the JSON field to look at, such as log_type"); has {
				var pok bool
				r.path, pok = p.path(y)
				ok = ok && pok
			} else {
				ok = false
			}
			eq, hasEq := fm["equals"]
			in, hasIn := fm["in"]
			switch {
			case hasEq && hasIn:
				p.badKey(in.k, in.key, "give equals or in, not both")
				ok = false
			case hasEq:
				s, sok := p.str(eq)
				r.values, ok = []string{s}, ok && sok
			case hasIn:
				vals, _ := p.strs(in)
				if len(vals) == 0 {
					p.badKey(in.k, in.key, "lists no value")
					ok = false
				}
				r.values = vals
			default:
				p.badKey(it.v, it.key+".equals", "missing: the value (equals: audit) or values (in: [audit, security]) that select the class")
				ok = false
			}
			if y, has := p.need(fm, it.v, it.key, "class", "the class for records that match"); has {
				i, cok := p.class(y, d)
				r.class, ok = i, ok && cok
			} else {
				ok = false
			}
			if y, has := fm["topic"]; has {
				s, sok := p.str(y)
				if sok && (!topicRE.MatchString(s) || strings.HasSuffix(s, "*")) {
					p.bad(y.v, y.key, "is not a Kafka topic name")
					sok = false
				}
				r.topic, ok = s, ok && sok
			}
			if ok {
				pol.fieldRoutes = append(pol.fieldRoutes, r)
			}
		}
	}
}

// defaultClassIndex is the class used when routing names no default:
// "technical" when there is one, else the first.
func defaultClassIndex(cs []Class) int {
	for i, c := range cs {
		if c.Name == "technical" {
			return i
		}
	}
	return 0
}

// Bounds of max_record_bytes, the largest record redacted and archived.
// The same key in the daemon's configuration has the same bounds
// (pipeline.Config.Validate calls ValidRecordBytes), and a query reads
// records up to MaxRecordBytes long.
const (
	MinRecordBytes = 1 << 10
	MaxRecordBytes = 64 << 20
)

// ValidRecordBytes is the one check of a max_record_bytes value.
func ValidRecordBytes(n int64) error {
	if n < MinRecordBytes || n > MaxRecordBytes {
		return errors.New("must be a size from 1KiB to 64MiB (1024 to 67108864 bytes)")
	}
	return nil
}

func (p *parser) maxRecord(e kv, d *draft) {
	s, ok := p.str(e)
	if !ok {
		return
	}
	n, ok := ParseSize(s)
	if !ok {
		n = -1
	}
	if err := ValidRecordBytes(n); err != nil {
		p.bad(e.v, e.key, "%s, such as 1MiB, 512KiB or 65536", err)
		return
	}
	d.pol.Redact.MaxRecordBytes = int(n)
}

// patternBudget reads pattern_budget: the time all patterns together may
// take on one record.
func (p *parser) patternBudget(e kv, d *draft) {
	s, ok := p.str(e)
	if !ok {
		return
	}
	t, err := time.ParseDuration(s)
	if err != nil || t < minPatternBudget || t > maxPatternBudget {
		p.bad(e.v, e.key, "must be a duration from %v to %v, such as 100ms", minPatternBudget, maxPatternBudget)
		return
	}
	d.pol.Redact.PatternBudget = t
}

// backtrackingShape finds the shapes of a regular expression that make a
// backtracking matcher take exponential time: a group repeated without
// bound that holds a repeat without bound ("(a+)+", "(\w+\s?)*"), or
// alternatives repeated without bound ("(a|ab)*"), whose branches may match
// the same text. It returns the group and why, or "". It reads the syntax
// shallowly (escapes, classes, groups, quantifiers) and may warn where the
// branches cannot overlap; atomic groups (?>...) are left alone.
func backtrackingShape(re string) (shape, why string) {
	type group struct {
		start       int
		repeat, alt bool // holds an unbounded repeat; holds '|'
		atomic      bool
	}
	stack := []group{{start: 0}}
	// unbounded reports whether a quantifier without upper bound starts at i
	// ("*", "+", "{n,}") and returns its length.
	unbounded := func(i int) (bool, int) {
		if i >= len(re) {
			return false, 0
		}
		switch re[i] {
		case '*', '+':
			return true, 1
		case '{':
			j := i + 1
			for j < len(re) && re[j] >= '0' && re[j] <= '9' {
				j++
			}
			if j > i+1 && j+1 < len(re) && re[j] == ',' && re[j+1] == '}' {
				return true, j + 2 - i
			}
		}
		return false, 0
	}
	for i := 0; i < len(re); i++ {
		top := &stack[len(stack)-1]
		switch c := re[i]; c {
		case '\\':
			i++ // the escaped character is an atom
		case '[':
			j := i + 1
			if j < len(re) && re[j] == '^' {
				j++
			}
			if j < len(re) && re[j] == ']' {
				j++
			}
			for j < len(re) && re[j] != ']' {
				if re[j] == '\\' {
					j++
				}
				j++
			}
			i = j
		case '(':
			stack = append(stack, group{start: i, atomic: strings.HasPrefix(re[i:], "(?>")})
			continue
		case '|':
			top.alt = true
			continue
		case ')':
			if len(stack) == 1 {
				return "", "" // unbalanced: the compiler says so
			}
			g := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			top = &stack[len(stack)-1]
			rep, n := unbounded(i + 1)
			if rep && !g.atomic {
				switch {
				case g.repeat:
					return re[g.start : i+1+n], "nested quantifier: a repeated group holds a repeat"
				case g.alt:
					return re[g.start : i+1+n], "repeated alternation: if two branches can match the same text, every split is tried"
				}
			}
			top.repeat = top.repeat || g.repeat || rep
			i += n
			continue
		}
		if rep, n := unbounded(i + 1); rep {
			top.repeat = true
			i += n
		}
	}
	return "", ""
}

// ParseSize reads a size: "65536", "64KiB", "1MiB", "2MB", "1 MiB", "1GiB".
// The daemon's configuration file takes the same syntax.
func ParseSize(s string) (int64, bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 12 {
		return 0, false
	}
	n, err := strconv.ParseInt(s[:i], 10, 64)
	if err != nil {
		return 0, false
	}
	var mult int64
	switch strings.TrimSpace(s[i:]) {
	case "", "B":
		mult = 1
	case "KB", "kB":
		mult = 1000
	case "KiB":
		mult = 1 << 10
	case "MB":
		mult = 1000 * 1000
	case "MiB":
		mult = 1 << 20
	case "GB":
		mult = 1000 * 1000 * 1000
	case "GiB":
		mult = 1 << 30
	default:
		return 0, false
	}
	if n > math.MaxInt64/mult {
		return 0, false
	}
	return n * mult, true
}

func (p *parser) tests(e kv, d *draft) {
	for _, it := range p.list(e) {
		m := p.object(it.v, it.key, "name", "in", "out", "quarantine", "format", "topic", "class")
		if it.v.Kind != yaml.MappingNode {
			continue
		}
		t := Test{Line: it.v.Line, Class: -1}
		ok := true
		if x, has := m["name"]; has {
			t.Name, _ = p.str(x)
		}
		if x, has := p.need(m, it.v, it.key, "in", "the input record"); has {
			var sok bool
			t.In, sok = p.str(x)
			ok = ok && sok
			if strings.ContainsAny(t.In, "\n") {
				p.bad(x.v, x.key, "a record is one line; it must not hold a newline")
				ok = false
			}
		} else {
			ok = false
		}
		out, hasOut := m["out"]
		q, hasQ := m["quarantine"]
		cl, hasClass := m["class"]
		switch {
		case hasOut && hasQ:
			p.badKey(q.k, q.key, "give out or quarantine, not both")
			ok = false
		case hasOut:
			s, sok := p.str(out)
			t.Out, t.HasOut, ok = s, true, ok && sok
		case hasQ:
			s, sok := p.str(q)
			r, known := parseReason(s)
			if sok && !known {
				p.bad(q.v, q.key, "unknown reason (known: oversize, parse_error, regex_timeout, engine_error)")
			}
			t.Quarantine, ok = r, ok && sok && known
		case !hasClass:
			p.badKey(it.v, it.key+".out", "missing: the expected output (out:), quarantine reason (quarantine:) or class (class:)")
			ok = false
		}
		if x, has := m["format"]; has {
			if s, sok := p.str(x); sok {
				f, fok := ParseRecordFormat(s)
				if !fok {
					p.bad(x.v, x.key, "unknown format (want one of %s)", strings.Join(FormatNames(), ", "))
					ok = false
				}
				t.Format, t.Rec = f.Format, &f
			}
		}
		if x, has := m["topic"]; has {
			s, sok := p.str(x)
			t.Topic, ok = s, ok && sok
		}
		if hasClass {
			i, cok := p.class(cl, d)
			t.Class, ok = i, ok && cok
		}
		if ok {
			d.pol.tests = append(d.pol.tests, t)
		}
	}
}

func parseReason(s string) (redact.Reason, bool) {
	for r := redact.ReasonNone + 1; r < redact.NumReasons; r++ {
		if r.String() == s {
			return r, true
		}
	}
	return 0, false
}

// ParseFormat reads a record format name: auto, text or json.
func ParseFormat(s string) (redact.Format, bool) {
	switch s {
	case "auto":
		return redact.FormatAuto, true
	case "text":
		return redact.FormatText, true
	case "json":
		return redact.FormatJSON, true
	}
	return 0, false
}

// keyChecks reports actions that need the hash key when there is none.
func (p *parser) keyChecks(d *draft) {
	if d.hashKey != nil {
		return
	}
	for _, x := range d.usesKey {
		p.bad(x.v, x.key, "hash and pseudonymize need a key: add hash_key: {env: REDACTD_HASH_KEY, id: k1} (or file: instead of env)")
	}
}
