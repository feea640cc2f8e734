package rules

import (
	"net/netip"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/redactd/redactd/redact"
)

// mustParse compiles src with the test key or fails the test.
func mustParse(t *testing.T, src string) *Policy {
	t.Helper()
	p, err := ParseForTest("p.yaml", []byte(src))
	if err != nil {
		t.Fatalf("policy does not compile:\n%v", err)
	}
	return p
}

// TestManyMistakes checks that every mistake of a file is reported, each on
// its own line with the line number, key and value.
func TestManyMistakes(t *testing.T) {
	_, err := LoadForTest("testdata/many-mistakes.yaml")
	if err == nil {
		t.Fatal("no error for a file full of mistakes")
	}
	f := "testdata/many-mistakes.yaml"
	want := []string{
		f + `:3: key detectors.ipv4.prefix: value "33": must be a whole number from 0 to 32`,
		f + `:4: key detectors.ipv9: unknown detector`,
		f + `:5: key detectors.email.action: value "hash": hash and pseudonymize need a key`,
		f + `:6: key detectors.card.action: value "truncate": truncate applies to IP addresses only`,
		f + `:8: key keep.cidrs[0]: value "198.51.100.1/24": has host bits set; did you mean 198.51.100.0/24?`,
		f + `:8: key keep.cidrs[1]: value "not-an-ip": is not a CIDR`,
		f + `:11: key fields[1].path: value "a..b": is not a field path`,
		f + `:11: key fields[1].action: value "nuke": unknown action`,
		f + `:13: key patterns[0].regexp: value "(unclosed": does not compile`,
		f + `:13: key patterns[0].timeout: value "5h": must be a duration from 1ms to 1s`,
		f + `:14: key classes.access: value "0": must be a whole number from 1 to 36500`,
		f + `:14: key classes.Audit: class names are 1 to 63 lowercase letters`,
		f + `:16: key routing.default: value "nosuch": no such class (classes: technical)`,
		f + `:17: key routing.topics.cdn-access: value "access": no such class`,
		f + `:18: key max_record_bytes: value "2GB": must be a size from 1KiB to 64MiB`,
		f + `:19: key bogus: unknown key`,
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(want) {
		t.Errorf("got %d problems, want %d:\n%v", len(lines), len(want), err)
	}
	for i := range min(len(lines), len(want)) {
		if !strings.HasPrefix(lines[i], want[i]) {
			t.Errorf("problem %d:\n got  %s\n want %s...", i, lines[i], want[i])
		}
	}
}

// TestProblems checks one mistake at a time: f(file, want) where want is
// the start of the only problem reported.
func TestProblems(t *testing.T) {
	f := func(src, want string) {
		t.Helper()
		_, err := ParseForTest("p.yaml", []byte(src))
		if err == nil {
			t.Errorf("no error for:\n%s", src)
			return
		}
		if got := err.Error(); !strings.HasPrefix(got, want) || strings.Contains(got, "\n") {
			t.Errorf("for:\n%s\ngot:\n%s\nwant one line starting with:\n%s", src, got, want)
		}
	}
	f(``, `p.yaml: file is empty`)
	f("detectors: {}\n", `p.yaml:1: key version: missing: write "version: 1"`)
	f("version: 1\nversion: 1\n", `p.yaml:2: key version: defined twice (first at line 1)`)
	f("version: [1\n", `p.yaml:1: invalid YAML: did not find expected ',' or ']'`)
	f("version: 1\n---\nversion: 1\n", `p.yaml:2: a policy file holds one YAML document`)
	f("version: 1\ndetectors: &d {email: mask}\n", `p.yaml:2: YAML anchors and aliases`)
	f("version: 1\nclasses: !!binary aGVsbG8=\n", `p.yaml:2: YAML tag !!binary is not supported`)
	f("- version: 1\n", `p.yaml:1: must be a mapping`)
	f("version: 2\n", `p.yaml:1: key version: value "2": unsupported version`)
	f("version: 1\nnope: 1\n", `p.yaml:2: key nope: unknown key (known keys: version,`)

	// detectors
	f("version: 1\ndetectors:\n  email: {action: truncate}\n", `p.yaml:3: key detectors.email.action: value "truncate": truncate applies to IP addresses only`)
	f("version: 1\ndetectors: {email: drop}\n", `p.yaml:2: key detectors.email: value "drop": drop removes JSON fields`)
	f("version: 1\ndetectors: {email: smash}\n", `p.yaml:2: key detectors.email: value "smash": unknown action (known: mask, hash, keep, or off)`)
	f("version: 1\ndetectors: {phone: {action: mask, token: 'a\"b'}}\n", `p.yaml:2: key detectors.phone.token: value "a\"b": must not hold quotes`)
	f("version: 1\ndetectors: {phone: {token: ''}}\n", `p.yaml:2: key detectors.phone.token: value "": must not be empty`)
	f("version: 1\ndetectors: {ipv4: {action: mask, token: x, prefix: 16}}\n", `p.yaml:2: key detectors.ipv4.prefix: value "16": prefix and profile need action: truncate`)
	f("version: 1\ndetectors: {ipv4: {prefix: 16, profile: matomo-2}}\n", `p.yaml:2: key detectors.ipv4.profile: give prefix or profile, not both`)
	f("version: 1\ndetectors: {ipv6: {profile: nope}}\n", `p.yaml:2: key detectors.ipv6.profile: value "nope": unknown profile (known: cnil-16, default, dsk-16, matomo-1, matomo-2, matomo-3)`)
	f("version: 1\ndetectors: {ipv6: {prefix: 129}}\n", `p.yaml:2: key detectors.ipv6.prefix: value "129": must be a whole number from 0 to 128`)
	f("version: 1\ndetectors: {all: maybe}\n", `p.yaml:2: key detectors.all: value "maybe": must be on or off`)
	f("version: 1\ndetectors: {email: {action: mask, colour: red}}\n", `p.yaml:2: key detectors.email.colour: unknown key (known keys: action, token, prefix, profile)`)
	f("version: 1\ndetectors: [email]\n", `p.yaml:2: key detectors: must be a mapping`)

	// hash_key
	f("version: 1\nhash_key: {id: k1}\n", `p.yaml:2: key hash_key.env: missing: name an environment variable`)
	f("version: 1\nhash_key: {env: A, file: b, id: k1}\n", `p.yaml:2: key hash_key.file: give env or file, not both`)
	f("version: 1\nhash_key: {env: A}\n", `p.yaml:2: key hash_key.id: missing: a short key id`)
	f("version: 1\nhash_key: {env: A, id: 'k 1'}\n", `p.yaml:2: key hash_key.id: value "k 1": must be 1 to 16 letters`)
	f("version: 1\nhash_key: {env: 1A, id: k1}\n", `p.yaml:2: key hash_key.env: value "1A": is not an environment variable name`)
	f("version: 1\nhash_key: {key: hunter2hunter2hunter2, id: k1}\n", `p.yaml:2: key hash_key.key: the key itself never goes in a policy file`)
	f("version: 1\nfields: [{path: client.ip, action: pseudonymize}]\n", `p.yaml:2: key fields[0].action: value "pseudonymize": hash and pseudonymize need a key`)

	// keep
	f("version: 1\nkeep: {email_domains: ['not a domain']}\n", `p.yaml:2: key keep.email_domains[0]: value "not a domain": is not a domain name`)
	f("version: 1\nkeep: {email_domains: ['@example.org']}\n", `p.yaml:2: key keep.email_domains[0]: value "@example.org": write the domain without @`)
	f("version: 1\nkeep: {cidrs: [fe80::1%eth0]}\n", `p.yaml:2: key keep.cidrs[0]: value "fe80::1%eth0": is not a CIDR`)
	f("version: 1\nkeep: {fields: ['a b']}\n", `p.yaml:2: key keep.fields[0]: value "a b": is not a field path`)

	// fields
	f("version: 1\nfields: [{action: drop}]\n", `p.yaml:2: key fields[0].path: missing: the JSON field`)
	f("version: 1\nfields: [{path: a}]\n", `p.yaml:2: key fields[0].action: missing: one of mask`)
	f("version: 1\nfields:\n  - {path: a, action: drop}\n  - {path: a, action: mask}\n", `p.yaml:4: key fields[1].path: value "a": this field already has a rule (line 3)`)
	f("version: 1\nfields: [user.email]\n", `p.yaml:2: key fields[0]: value "user.email": must be a mapping`)
	f("version: 1\nfields: {a: b}\n", `p.yaml:2: key fields: must be a list`)
	f("version: 1\nfields: [{path: a, action: drop, token: x}]\n", `p.yaml:2: key fields[0].token: value "x": a token needs action: mask`)
	f("version: 1\nfields: [{path: 'a[].b[', action: drop}]\n", `p.yaml:2: key fields[0].path: value "a[].b[": is not a field path`)

	// patterns
	f("version: 1\npatterns: [{name: email, regexp: x}]\n", `p.yaml:2: key patterns[0].name: value "email": is the name of a builtin detector`)
	f("version: 1\npatterns: [{name: Order, regexp: x}]\n", `p.yaml:2: key patterns[0].name: value "Order": must be 1 to 40 lowercase`)
	f("version: 1\npatterns:\n  - {name: a, regexp: x}\n  - {name: a, regexp: y}\n", `p.yaml:4: key patterns[1].name: value "a": another pattern has this name (line 3)`)
	f("version: 1\npatterns: [{name: a, regexp: 'x*'}]\n", `p.yaml:2: key patterns[0].regexp: value "x*": matches the empty string`)
	f("version: 1\npatterns: [{name: a}]\n", `p.yaml:2: key patterns[0].regexp: missing: the regular expression`)
	f("version: 1\npatterns: [{name: a, regexp: x, literals: ['']}]\n", `p.yaml:2: key patterns[0].literals[0]: value "": must not be empty`)
	f("version: 1\npatterns: [{name: a, regexp: x, action: truncate}]\n", `p.yaml:2: key patterns[0].action: value "truncate": patterns take action mask or hash`)
	f("version: 1\npatterns: [{name: a, regexp: x, timeout: 0s}]\n", `p.yaml:2: key patterns[0].timeout: value "0s": must be a duration`)

	// classes and routing
	f("version: 1\nclasses: {}\n", `p.yaml:2: key classes: names no class`)
	f("version: 1\nclasses: {a: many}\n", `p.yaml:2: key classes.a: value "many": must be a whole number from 1 to 36500`)
	f("version: 1\nclasses: {a: 36501}\n", `p.yaml:2: key classes.a: value "36501": must be a whole number from 1 to 36500`)
	f("version: 1\nclasses: {a/b: 3}\n", `p.yaml:2: key classes.a/b: class names are`)
	f("version: 1\nrouting: {topics: {'bad topic': audit}}\n", `p.yaml:2: key routing.topics.bad topic: is not a Kafka topic name`)
	f("version: 1\nrouting: {fields: [{path: t, equals: a, in: [b], class: audit}]}\n", `p.yaml:2: key routing.fields[0].in: give equals or in, not both`)
	f("version: 1\nrouting: {fields: [{path: t, class: audit}]}\n", `p.yaml:2: key routing.fields[0].equals: missing`)
	f("version: 1\nrouting: {fields: [{path: t, equals: x}]}\n", `p.yaml:2: key routing.fields[0].class: missing`)
	f("version: 1\nrouting: {fields: [{path: t, equals: x, class: gold}]}\n", `p.yaml:2: key routing.fields[0].class: value "gold": no such class (classes: technical, access, audit)`)
	f("version: 1\nrouting: {fields: [{path: t, equals: x, class: audit, topic: 'a*'}]}\n", `p.yaml:2: key routing.fields[0].topic: value "a*": is not a Kafka topic name`)
	f("version: 1\nrouting: {default: audit, extra: 1}\n", `p.yaml:2: key routing.extra: unknown key (known keys: default, topics, fields)`)

	// the rest
	f("version: 1\ntimestamp_field: 'a..b'\n", `p.yaml:2: key timestamp_field: value "a..b": is not a field path`)
	f("version: 1\nmax_record_bytes: 1KB\n", `p.yaml:2: key max_record_bytes: value "1KB": must be a size from 1KiB to 64MiB`)
	f("version: 1\ntests: [{out: x}]\n", `p.yaml:2: key tests[0].in: missing: the input record`)
	f("version: 1\ntests: [{in: x}]\n", `p.yaml:2: key tests[0].out: missing: the expected output`)
	f("version: 1\ntests: [{in: x, out: x, quarantine: oversize}]\n", `p.yaml:2: key tests[0].quarantine: give out or quarantine, not both`)
	f("version: 1\ntests: [{in: x, quarantine: tired}]\n", `p.yaml:2: key tests[0].quarantine: value "tired": unknown reason`)
	f("version: 1\ntests: [{in: x, out: x, format: xml}]\n", `p.yaml:2: key tests[0].format: value "xml": unknown format (want one of auto, text, json, csv, tsv, w3c, cloudfront, combined, logfmt, asterisk, freeswitch_csv)`)
	f("version: 1\nformats: {voip-cdr: xml}\n", `p.yaml:2: key formats.voip-cdr: value "xml": unknown format`)
	f("version: 1\nformats: {\"bad topic\": csv}\n", `p.yaml:2: key formats.bad topic`)
	f("version: 1\nformats: {t: {format: combined, columns: [a]}}\n", `p.yaml:2: key formats.t`)
	f("version: 1\nformats: {t: {format: csv, delimiter: ab}}\n", `p.yaml:2: key formats.t`)
	f("version: 1\nformats: {t: {columns: [a]}}\n", `p.yaml:2: key formats.t.format`)
	f("version: 1\ntests: [{in: \"a\\nb\", out: x}]\n", `p.yaml:2: key tests[0].in: value "a\nb": a record is one line`)
	f("version: 1\ntests: [{in: x, class: gold}]\n", `p.yaml:2: key tests[0].class: value "gold": no such class`)
}

// TestDefault checks the built-in policy: the documented redaction options,
// the default classes, the demo's topic routing, and its own tests.
func TestDefault(t *testing.T) {
	p := Default()
	if !reflect.DeepEqual(p.Redact, redact.DefaultOptions()) {
		t.Errorf("default.yaml compiles to\n%+v\nwant redact.DefaultOptions()\n%+v", p.Redact, redact.DefaultOptions())
	}
	if !reflect.DeepEqual(p.Classes, DefaultClasses()) {
		t.Errorf("classes %v, want %v", p.Classes, DefaultClasses())
	}
	f := func(topic, class string) {
		t.Helper()
		if got := p.Classes[p.Classify(topic, []byte(`{"log_type":"audit"}`))].Name; got != class {
			t.Errorf("topic %q: class %s, want %s", topic, got, class)
		}
	}
	f("cdn-access", "access")
	f("voip-cdr", "access")
	f("dns-queries", "technical")
	f("audit-log", "audit")
	f("app-telemetry", "technical")
	f("anything-else", "technical")
	f("", "technical")
	if p.Source != "<default>" || len(p.Version) != 12 {
		t.Errorf("source %q version %q", p.Source, p.Version)
	}
	checkTests(t, p, 7)
	if got := string(DefaultYAML()); !strings.HasPrefix(got, "# The built-in policy") {
		t.Errorf("DefaultYAML starts %q", got[:min(len(got), 40)])
	}
}

// checkTests runs p's embedded tests and fails for each failure; the policy
// must hold at least min tests.
func checkTests(t *testing.T, p *Policy, atLeast int) {
	t.Helper()
	res := p.RunTests()
	if len(res) < atLeast {
		t.Errorf("%s: %d tests, want at least %d", p.Source, len(res), atLeast)
	}
	for _, r := range res {
		if !r.Pass {
			t.Errorf("%s:%d: test %q failed:\n in   %s\n want %s (quarantine %v, class %d)\n got  %s (quarantine %v, class %d)",
				p.Source, r.Line, r.Name, r.In, r.Out, r.Quarantine, r.Class, r.Got, r.Reason, r.GotClass)
		}
	}
}

func TestOptions(t *testing.T) {
	p := mustParse(t, `
version: 1
detectors:
  all: off
  ipv4: {profile: matomo-2}
  ipv6: {action: truncate, prefix: 56}
  email: {action: hash}
  phone: {action: mask, token: "[tel]"}
  card: on
  mac: keep
hash_key: {env: REDACTD_TEST_UNSET_ENV, id: k1}
keep: {cidrs: [198.51.100.0/24, 2001:db8::/32, 192.0.2.1], email_domains: [Example.ORG], fields: [service.name]}
fields:
  - {path: user.password, action: drop}
  - {path: client.ip, action: pseudonymize}
  - {path: "headers[].value", action: mask, token: "[hdr]"}
patterns:
  - {name: order_id, regexp: 'ORD-[0-9]{8}', literals: [ORD-], timeout: 5ms}
  - {name: ticket, regexp: 'T#[0-9]+', action: hash}
max_record_bytes: 64KiB
timestamp_field: meta.ts
`)
	o := p.Redact
	want := [redact.NumDetectors]redact.DetectorConfig{}
	want[redact.DetIPv4] = redact.DetectorConfig{Enabled: true, Action: redact.ActTruncate, IPv4Prefix: 16, IPv6Prefix: 56}
	want[redact.DetIPv6] = redact.DetectorConfig{Enabled: true, Action: redact.ActTruncate, IPv4Prefix: 16, IPv6Prefix: 56}
	want[redact.DetEmail] = redact.DetectorConfig{Enabled: true, Action: redact.ActHash, IPv4Prefix: 24, IPv6Prefix: 48}
	want[redact.DetPhone] = redact.DetectorConfig{Enabled: true, Action: redact.ActMask, Token: "[tel]", IPv4Prefix: 24, IPv6Prefix: 48}
	want[redact.DetCard] = redact.DetectorConfig{Enabled: true, Action: redact.ActMask, IPv4Prefix: 24, IPv6Prefix: 48}
	want[redact.DetMAC] = redact.DetectorConfig{Enabled: true, Action: redact.ActKeep, IPv4Prefix: 24, IPv6Prefix: 48}
	for d := redact.Detector(0); d < redact.NumDetectors; d++ {
		if want[d].Enabled {
			if o.Detectors[d] != want[d] {
				t.Errorf("%s: %+v, want %+v", d, o.Detectors[d], want[d])
			}
		} else if o.Detectors[d].Enabled {
			t.Errorf("%s is on after all: off", d)
		}
	}
	wantFields := []redact.FieldRule{
		{Path: "service.name", Action: redact.ActKeep},
		{Path: "user.password", Action: redact.ActDrop},
		{Path: "client.ip", Action: redact.ActPseudonymize},
		{Path: "headers[].value", Action: redact.ActMask, Token: "[hdr]"},
	}
	if !reflect.DeepEqual(o.Fields, wantFields) {
		t.Errorf("fields %+v\nwant %+v", o.Fields, wantFields)
	}
	wantPatterns := []redact.Pattern{
		{Name: "order_id", Regexp: "ORD-[0-9]{8}", Literals: []string{"ORD-"}, Action: redact.ActMask, Timeout: 5 * time.Millisecond},
		{Name: "ticket", Regexp: "T#[0-9]+", Action: redact.ActHash, Timeout: 20 * time.Millisecond},
	}
	if !reflect.DeepEqual(o.Patterns, wantPatterns) {
		t.Errorf("patterns %+v\nwant %+v", o.Patterns, wantPatterns)
	}
	wantCIDRs := []netip.Prefix{netip.MustParsePrefix("198.51.100.0/24"), netip.MustParsePrefix("2001:db8::/32"), netip.MustParsePrefix("192.0.2.1/32")}
	if !reflect.DeepEqual(o.KeepCIDRs, wantCIDRs) {
		t.Errorf("keep cidrs %v, want %v", o.KeepCIDRs, wantCIDRs)
	}
	if !reflect.DeepEqual(o.KeepEmailDomains, []string{"example.org"}) {
		t.Errorf("keep domains %v", o.KeepEmailDomains)
	}
	if o.MaxRecordBytes != 64<<10 || p.TimestampField != "meta.ts" {
		t.Errorf("max record %d, timestamp field %q", o.MaxRecordBytes, p.TimestampField)
	}
	// Parsed for test: the public test key, never the environment's.
	if string(o.HashKey) != string(testKey) || o.HashKeyID != testKeyID {
		t.Errorf("test parse keyed with %q id %q", o.HashKey, o.HashKeyID)
	}
}

func TestParseSize(t *testing.T) {
	f := func(s string, want int64) {
		t.Helper()
		got, ok := ParseSize(s)
		if want < 0 {
			if ok {
				t.Errorf("ParseSize(%q) = %d, want an error", s, got)
			}
			return
		}
		if !ok || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", s, got, ok, want)
		}
	}
	f("65536", 65536)
	f("64KiB", 64<<10)
	f("1MiB", 1<<20)
	f("1 MiB", 1<<20)
	f("2MB", 2000000)
	f("3kB", 3000)
	f("7B", 7)
	f("", -1)
	f("MiB", -1)
	f("1.5MiB", -1)
	f("1GiB", 1<<30)
	f("2GB", 2e9)
	f("1TiB", -1)
	f("-1", -1)
	f("9999999999999MiB", -1)
	f("999999999999GiB", -1) // overflows int64
}

func TestHashKey(t *testing.T) {
	const env = "REDACTD_RULES_TEST_KEY"
	src := "version: 1\ndetectors: {email: hash}\nhash_key: {env: " + env + ", id: k7}\n"

	t.Setenv(env, "") // restored after the test
	os.Unsetenv(env)
	_, err := Parse("p.yaml", []byte(src))
	if err == nil || err.Error() != `p.yaml:3: key hash_key.env: value "REDACTD_RULES_TEST_KEY": environment variable is not set; it must hold the hash key (at least 16 random bytes)` {
		t.Errorf("unset env: %v", err)
	}

	t.Setenv(env, "short-s3cret")
	_, err = Parse("p.yaml", []byte(src))
	if err == nil || !strings.Contains(err.Error(), "the hash key is 12 bytes; use at least 16") || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("short key: %v", err)
	}

	const key = "0123456789abcdef-real-key"
	t.Setenv(env, key)
	p, err := Parse("p.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Redact.HashKey) != key || p.Redact.HashKeyID != "k7" || p.Engine().KeyID() != "k7" {
		t.Errorf("key %q id %q", p.Redact.HashKey, p.Redact.HashKeyID)
	}

	// A key file is read relative to the policy file, without its final newline.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "key"), []byte(key+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	pf := filepath.Join(dir, "p.yaml")
	if err := os.WriteFile(pf, []byte("version: 1\nfields: [{path: ip, action: pseudonymize}]\nhash_key: {file: key, id: k2}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	p, err = Load(pf)
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Redact.HashKey) != key || p.Redact.HashKeyID != "k2" {
		t.Errorf("file key %q id %q", p.Redact.HashKey, p.Redact.HashKeyID)
	}
	os.Remove(filepath.Join(dir, "key"))
	_, err = Load(pf)
	if err == nil || !strings.HasPrefix(err.Error(), pf+`:3: key hash_key.file: value "key": cannot read the hash key: open `+filepath.Join(dir, "key")) {
		t.Errorf("missing key file: %v", err)
	}
	// Lint and test never read the key.
	if _, err := LoadForTest(pf); err != nil {
		t.Errorf("LoadForTest needs the key: %v", err)
	}
}

func TestVersion(t *testing.T) {
	a := mustParse(t, "version: 1\n")
	b := mustParse(t, "version: 1\n")
	c := mustParse(t, "version: 1\nclasses: {technical: 31}\n")
	if a.Version != b.Version || a.Version == c.Version || len(a.Version) != 12 {
		t.Errorf("versions %q %q %q", a.Version, b.Version, c.Version)
	}
}

func TestRunTests(t *testing.T) {
	p := mustParse(t, `
version: 1
max_record_bytes: 1KiB
tests:
  - {name: right, in: 'mail bob@example.com', out: 'mail [email]'}
  - {name: wrong, in: 'mail bob@example.com', out: 'mail bob@example.com'}
  - {name: big, in: '`+strings.Repeat("x", 2000)+`', quarantine: oversize}
  - {name: not big, in: 'x', quarantine: oversize}
  - {name: class right, topic: audit-log, in: 'x', class: technical}
`)
	res := p.RunTests()
	pass := []bool{true, false, true, false, true}
	if len(res) != len(pass) {
		t.Fatalf("%d results", len(res))
	}
	for i, r := range res {
		if r.Pass != pass[i] {
			t.Errorf("test %q: pass %v, want %v (got %q, reason %v)", r.Name, r.Pass, pass[i], r.Got, r.Reason)
		}
	}
	if res[1].Got != "mail [email]" || res[2].Reason != redact.ReasonOversize || res[3].Got != "x" {
		t.Errorf("results %+v", res)
	}
}

// TestPatterns runs user patterns through the engine: a match is masked
// with the pattern's name, and a match that runs out of time quarantines
// the record instead of passing it through.
func TestPatterns(t *testing.T) {
	p := mustParse(t, `
version: 1
patterns:
  - {name: order_id, regexp: 'ORD-[0-9]{8}', literals: [ORD-], timeout: 20ms}
  - {name: ticket, regexp: 'T#[0-9]+', token: '[t]'}
  - {name: evil, regexp: '(a+)+$', literals: [aaaa], timeout: 1ms}
tests:
  - {in: 'order ORD-12345678 shipped', out: 'order [order_id] shipped'}
  - {in: 'order ORD-1234 shipped', out: 'order ORD-1234 shipped'}
  - {in: 'see T#4711', out: 'see [t]'}
  - {in: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', quarantine: regex_timeout}
`)
	checkTests(t, p, 4)
}

func TestWarnings(t *testing.T) {
	p := mustParse(t, "version: 1\npatterns:\n  - {name: a, regexp: 'A-[0-9]+', literals: [A-]}\n  - {name: b, regexp: 'B-[0-9]+'}\n")
	w := p.Warnings()
	if len(w) != 1 || !strings.HasPrefix(w[0].Error(), "p.yaml:4: key patterns[1].literals: warning: without literals the pattern runs on every record") {
		t.Errorf("warnings %v", w)
	}
	if w := Default().Warnings(); len(w) != 0 {
		t.Errorf("default policy warns: %v", w)
	}
}
