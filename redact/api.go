// Package redact finds personal data in log records and rewrites it in place,
// in one pass, without allocating in steady state.
//
// An Engine is compiled once from Options and is safe for concurrent use.
// Each worker goroutine takes its own Redactor from Engine.NewRedactor; a
// Redactor is not safe for concurrent use.
package redact

import (
	"net/netip"
	"time"
)

// Detector names a builtin detector.
type Detector uint8

const (
	DetIPv4 Detector = iota
	DetIPv6
	DetEmail
	DetPhone
	DetCard
	DetIBAN
	DetJWT
	DetBearer // Authorization: Bearer|Basic credentials
	DetAWSKey
	DetSecret // secret-looking values by key name (token, api_key, password, session, sid...)
	DetMAC
	DetSSN
	DetName       // a person's or company's name where the record's structure says so (first_name, display_name, a CDR caller name)
	DetToken      // a vendor credential found by its prefix, anywhere (ghp_..., xoxb-..., sk_live_..., AIza...)
	DetPrivateKey // a PEM private key block
	DetNationalID // a national identity number, tax id or passport MRZ, validated by its check digits (scan_natid.go)
	DetAddress    // a postal address's street line where the record's structure says so (address1, line1 of an address)
	DetBirthDate  // a date of birth where the record's structure says so (dob, date_of_birth, birthdate)
	DetGeo        // a precise latitude or longitude under its key (lat, longitude, gps_lat...; scan_geo.go)
	DetCrypto     // a Bitcoin or Ethereum address, by its checksum or its shape (scan_crypto.go)
	NumDetectors
)

var detectorNames = [NumDetectors]string{
	DetIPv4: "ipv4", DetIPv6: "ipv6", DetEmail: "email", DetPhone: "phone",
	DetCard: "card", DetIBAN: "iban", DetJWT: "jwt", DetBearer: "auth_header",
	DetAWSKey: "aws_key", DetSecret: "secret", DetMAC: "mac", DetSSN: "ssn",
	DetName: "name", DetToken: "vendor_token", DetPrivateKey: "private_key",
	DetNationalID: "national_id", DetAddress: "address", DetBirthDate: "birth_date",
	DetGeo: "geo", DetCrypto: "crypto_wallet",
}

// String returns the detector's name as used in rule files and metrics.
func (d Detector) String() string {
	if d < NumDetectors {
		return detectorNames[d]
	}
	return "unknown"
}

// ParseDetector returns the detector with the given rule-file name.
func ParseDetector(name string) (Detector, bool) {
	for i, n := range detectorNames {
		if n == name {
			return Detector(i), true
		}
	}
	return 0, false
}

// Action says what happens to a match.
type Action uint8

const (
	ActMask         Action = iota // replace with a fixed token such as [email]
	ActTruncate                   // IPs only: zero the host bits beyond a prefix length
	ActHash                       // keyed HMAC-SHA256 pseudonym, prefixed with the key id
	ActPseudonymize               // IPs only: keyed prefix-preserving mapping (Crypto-PAn style)
	ActDrop                       // JSON field rules only: remove the field
	ActKeep                       // leave as is (allow-list)
	numActions
)

var actionNames = [numActions]string{"mask", "truncate", "hash", "pseudonymize", "drop", "keep"}

func (a Action) String() string {
	if a < numActions {
		return actionNames[a]
	}
	return "unknown"
}

// ParseAction returns the action with the given rule-file name.
func ParseAction(name string) (Action, bool) {
	for i, n := range actionNames {
		if n == name {
			return Action(i), true
		}
	}
	return 0, false
}

// Format is a record's encoding.
type Format uint8

const (
	FormatAuto Format = iota // JSON when the first non-space byte is '{' or '[', else text (see Redactor.Redact)
	FormatText
	FormatJSON
)

// DetectorConfig is one builtin detector's setting.
type DetectorConfig struct {
	Enabled bool
	Action  Action
	Token   string // mask token; "" means the default "[<name>]"
	// IPv4Prefix and IPv6Prefix are the prefix lengths kept by ActTruncate.
	IPv4Prefix, IPv6Prefix int
}

// FieldRule applies an action to a JSON field by path, such as "user.email"
// or "headers[].value" ("[]" means every element of an array; an array is
// not looked through without it). Actions: drop removes the field (or the
// array element), keep leaves the value as it is (not scanned), mask
// replaces the value with Token (default "[redacted]"), hash with the
// pseudonym of its text, and truncate or pseudonymize apply to the IP
// addresses found inside the value, with the ipv4/ipv6 detectors' prefix
// lengths.
type FieldRule struct {
	Path   string
	Action Action
	Token  string
}

// Pattern is a user-defined regular expression (regexp2 syntax). It runs on
// text lines and JSON string values after the builtin detectors, only where
// one of Literals occurs (when any are given), and every match must finish
// within Timeout (default 50ms) or the record is quarantined. Timeout is
// CPU time of the matching thread on Linux (wall time elsewhere), so that
// machine load does not decide which records are quarantined.
type Pattern struct {
	Name     string
	Regexp   string
	Literals []string
	Action   Action // ActMask or ActHash
	Token    string
	Timeout  time.Duration
}

// Options is the compiled form of a policy's redaction part.
type Options struct {
	Detectors [NumDetectors]DetectorConfig
	Fields    []FieldRule
	Patterns  []Pattern

	KeepCIDRs        []netip.Prefix // IPs inside these are left as they are
	KeepEmailDomains []string       // e-mail addresses at these domains are left as they are

	// HashKey keys ActHash and ActPseudonymize (at least 16 bytes; the
	// Crypto-PAn key is derived from it with HMAC-SHA256). HashKeyID (1-16
	// of [A-Za-z0-9_-]) is written before every hash pseudonym so that key
	// rotation is visible ("k1:3f9a...").
	HashKey   []byte
	HashKeyID string

	// MaxRecordBytes is the largest record redacted; larger ones are
	// quarantined with ReasonOversize. 0 means 1 MiB.
	MaxRecordBytes int

	// PatternBudget bounds the time all user patterns together may take on
	// one record (every JSON string value, every match), CPU time like
	// Pattern.Timeout; a record that
	// spends it is quarantined with ReasonRegexTimeout and the detail
	// "pattern_budget". 0 means DefaultPatternBudget.
	PatternBudget time.Duration
}

// DefaultOptions is the built-in policy: every detector on, IPs truncated to
// /24 and /48, everything else masked.
func DefaultOptions() Options {
	var o Options
	for d := Detector(0); d < NumDetectors; d++ {
		o.Detectors[d] = DetectorConfig{Enabled: true, Action: ActMask, IPv4Prefix: 24, IPv6Prefix: 48}
	}
	o.Detectors[DetIPv4].Action = ActTruncate
	o.Detectors[DetIPv6].Action = ActTruncate
	o.MaxRecordBytes = 1 << 20
	return o
}

// Reason says why a record could not be redacted with confidence.
type Reason uint8

const (
	ReasonNone         Reason = iota
	ReasonOversize            // longer than Options.MaxRecordBytes
	ReasonParse               // FormatJSON record, or FormatAuto one that starts like JSON, that is not valid JSON
	ReasonRegexTimeout        // a user pattern did not finish in time
	ReasonEngineError         // the engine failed on the record (a bug: it panicked); see Redactor.Redact
	NumReasons
)

var reasonNames = [NumReasons]string{"none", "oversize", "parse_error", "regex_timeout", "engine_error"}

func (r Reason) String() string {
	if r < NumReasons {
		return reasonNames[r]
	}
	return "unknown"
}

// QuarantineError is returned when a record must not be archived. It never
// holds any byte of the record.
type QuarantineError struct {
	Reason Reason
	Detail string // e.g. the pattern name or the JSON byte offset; never record content
}

func (e *QuarantineError) Error() string {
	if e.Detail == "" {
		return "record quarantined: " + e.Reason.String()
	}
	return "record quarantined: " + e.Reason.String() + " (" + e.Detail + ")"
}

// Stats counts what the last Redact call did.
type Stats struct {
	Detections [NumDetectors]uint32
	Patterns   []uint32 // per Options.Patterns index
	Fields     []uint32 // per Options.Fields index
	// TextFallback is 1 when a FormatAuto record that opens like JSON
	// was not valid JSON and was redacted as text.
	TextFallback uint32
}

// Reset zeroes the counts without freeing memory.
func (s *Stats) Reset() {
	s.Detections = [NumDetectors]uint32{}
	s.TextFallback = 0
	clear(s.Patterns)
	clear(s.Fields)
}
