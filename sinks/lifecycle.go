package sinks

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/redactd/redactd/problem"
)

// Retention is how long an archive keeps objects of one class.
type Retention struct {
	Class string
	Days  int
}

func validateRetention(classes []Retention) error {
	var ps []*problem.Problem
	seen := map[string]bool{}
	for i, c := range classes {
		key := "classes[" + strconv.Itoa(i) + "]"
		if err := ValidClass(c.Class); err != nil {
			ps = append(ps, problem.Value(key+".class", c.Class, err.Error()))
		}
		if c.Days < 1 {
			ps = append(ps, problem.Value(key+".days", strconv.Itoa(c.Days), "must be at least 1"))
		}
		if seen[c.Class] {
			ps = append(ps, problem.Value(key+".class", c.Class, "listed twice"))
		}
		seen[c.Class] = true
	}
	return problem.Join(ps)
}

// RuleIDs: see ruleid.go.

// Change is one difference between a bucket's lifecycle configuration and
// the configured classes.
type Change struct {
	Op     string // "add", "update" or "remove"
	ID     string // rule ID
	Detail string // human-readable: what the rule does now and should do
}

func (c Change) String() string { return c.Op + " " + c.ID + ": " + c.Detail }

// Plan is the result of comparing a bucket's lifecycle configuration with
// the classes: the changes, and the whole configuration to write (rules
// redactd does not own come first, unchanged).
type Plan struct {
	Bucket  string
	Prefix  string
	Changes []Change
	Notes   []string // facts about the store worth telling the operator
	// Versioning is the bucket's versioning status: "Enabled", "Suspended"
	// or "" (never enabled).
	Versioning string
	// Orphaned are the classes not in the policy whose objects the plan
	// keeps expiring by their last retention; Retired those retired by the
	// operator (--retire-class), with the objects that stay.
	Orphaned []Orphan
	Retired  []Orphan

	rules         []types.LifecycleRule
	record        retentionRecord
	recordChanged bool
	recordETag    string
}

// String prints the plan for a person.
func (p Plan) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "lifecycle of s3://%s (prefix %q): ", p.Bucket, p.Prefix)
	if len(p.Changes) == 0 {
		b.WriteString("up to date\n")
	} else {
		fmt.Fprintf(&b, "%d change(s)\n", len(p.Changes))
	}
	for _, c := range p.Changes {
		fmt.Fprintf(&b, "  %s\n", c)
	}
	for _, o := range p.Orphaned {
		fmt.Fprintf(&b, "  orphaned: %s; 'redactd lifecycle apply --retire-class %s' removes the rule\n", o, o.Class)
	}
	for _, o := range p.Retired {
		if o.Objects > 0 {
			fmt.Fprintf(&b, "  retired: class %s: %s under %q kept without expiry\n", o.Class, o.count(), o.Prefix)
		}
	}
	for _, n := range p.Notes {
		fmt.Fprintf(&b, "  note: %s\n", n)
	}
	return b.String()
}

// desiredRules returns redactd's rules, the abort rule last. On a versioned
// bucket (versioning Enabled or Suspended) Expiration only hides an object
// behind a delete marker and keeps the data as a noncurrent version, so each
// class rule also deletes noncurrent versions a day after they become
// noncurrent, and one more rule removes the delete markers left alone
// (ExpiredObjectDeleteMarker cannot share an Expiration with Days).
func desiredRules(prefix string, classes []Retention, versioned bool) []types.LifecycleRule {
	var rules []types.LifecycleRule
	for _, c := range classes {
		r := types.LifecycleRule{
			ID:         aws.String(ClassRuleID(prefix, c.Class)),
			Status:     types.ExpirationStatusEnabled,
			Filter:     &types.LifecycleRuleFilter{Prefix: aws.String(ClassPrefix(prefix, c.Class))},
			Expiration: &types.LifecycleExpiration{Days: aws.Int32(int32(c.Days))},
		}
		if versioned {
			r.NoncurrentVersionExpiration = &types.NoncurrentVersionExpiration{NoncurrentDays: aws.Int32(1)}
		}
		rules = append(rules, r)
	}
	p := string(Key{Prefix: prefix}.AppendRoot(nil))
	if versioned {
		rules = append(rules, types.LifecycleRule{
			ID:         aws.String(DeleteMarkersRuleID(prefix)),
			Status:     types.ExpirationStatusEnabled,
			Filter:     &types.LifecycleRuleFilter{Prefix: aws.String(p)},
			Expiration: &types.LifecycleExpiration{ExpiredObjectDeleteMarker: aws.Bool(true)},
		})
	}
	rules = append(rules, types.LifecycleRule{
		ID:                             aws.String(AbortRuleID(prefix)),
		Status:                         types.ExpirationStatusEnabled,
		Filter:                         &types.LifecycleRuleFilter{Prefix: aws.String(p)},
		AbortIncompleteMultipartUpload: &types.AbortIncompleteMultipartUpload{DaysAfterInitiation: aws.Int32(1)},
	})
	return rules
}

// ErrOtherArchive is returned (wrapped) by PlanLifecycle, ApplyLifecycle and
// VerifyLifecycle when the bucket holds redactd rules of an archive whose
// prefix overlaps this one's (one inside the other).
var ErrOtherArchive = errors.New("the bucket has redactd lifecycle rules of an overlapping archive")

// rulePrefix returns the key prefix a rule filters on.
func rulePrefix(r types.LifecycleRule) string {
	prefix := aws.ToString(r.Prefix) //nolint:staticcheck // deprecated form still returned by some stores
	if f := r.Filter; f != nil {
		if f.Prefix != nil {
			prefix = *f.Prefix
		} else if f.And != nil && f.And.Prefix != nil {
			prefix = *f.And.Prefix
		}
	}
	return prefix
}

// describeRule says what a rule does, in a form that is equal for rules that
// do the same.
func describeRule(r types.LifecycleRule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "status=%s", r.Status)
	prefix := aws.ToString(r.Prefix) //nolint:staticcheck // deprecated form still returned by some stores
	if f := r.Filter; f != nil {
		if f.Prefix != nil {
			prefix = *f.Prefix
		}
		if f.Tag != nil || f.ObjectSizeGreaterThan != nil || f.ObjectSizeLessThan != nil {
			b.WriteString(" filter=tag/size")
		}
		if a := f.And; a != nil {
			if a.Prefix != nil {
				prefix = *a.Prefix
			}
			for _, t := range a.Tags {
				fmt.Fprintf(&b, " tag=%s=%s", aws.ToString(t.Key), aws.ToString(t.Value))
			}
			if a.ObjectSizeGreaterThan != nil || a.ObjectSizeLessThan != nil {
				b.WriteString(" filter=size")
			}
		}
	}
	fmt.Fprintf(&b, " prefix=%q", prefix)
	if e := r.Expiration; e != nil {
		if e.Days != nil {
			fmt.Fprintf(&b, " expire-days=%d", *e.Days)
		}
		if e.Date != nil {
			fmt.Fprintf(&b, " expire-date=%s", e.Date.UTC().Format(time.DateOnly))
		}
		if aws.ToBool(e.ExpiredObjectDeleteMarker) {
			b.WriteString(" expire-delete-markers")
		}
	}
	if a := r.AbortIncompleteMultipartUpload; a != nil {
		fmt.Fprintf(&b, " abort-multipart-days=%d", aws.ToInt32(a.DaysAfterInitiation))
	}
	if len(r.Transitions) > 0 || len(r.NoncurrentVersionTransitions) > 0 {
		b.WriteString(" transitions")
	}
	if n := r.NoncurrentVersionExpiration; n != nil {
		fmt.Fprintf(&b, " noncurrent-expire-days=%d", aws.ToInt32(n.NoncurrentDays))
		if n.NewerNoncurrentVersions != nil {
			fmt.Fprintf(&b, " keep-noncurrent=%d", *n.NewerNoncurrentVersions)
		}
	}
	return b.String()
}

// getLifecycle returns the bucket's lifecycle rules (none when it has no
// configuration) and the Server header of the answer.
func getLifecycle(ctx context.Context, c *s3.Client, bucket string, opts ...func(*s3.Options)) ([]types.LifecycleRule, string, error) {
	out, err := c.GetBucketLifecycleConfiguration(ctx, &s3.GetBucketLifecycleConfigurationInput{Bucket: aws.String(bucket)}, opts...)
	if err != nil {
		var ae smithy.APIError
		if errors.As(err, &ae) && ae.ErrorCode() == "NoSuchLifecycleConfiguration" {
			var re *awshttp.ResponseError
			server := ""
			if errors.As(err, &re) && re.Response != nil {
				server = re.Response.Header.Get("Server")
			}
			return nil, server, nil
		}
		return nil, "", fmt.Errorf("cannot read the lifecycle configuration of bucket %q: %w", bucket, err)
	}
	server := ""
	if raw, ok := awsmiddleware.GetRawResponse(out.ResultMetadata).(*smithyhttp.Response); ok {
		server = raw.Header.Get("Server")
	}
	return out.Rules, server, nil
}

// getVersioning returns the bucket's versioning status: "Enabled",
// "Suspended" or "" (never enabled).
func getVersioning(ctx context.Context, c *s3.Client, bucket string, opts ...func(*s3.Options)) (types.BucketVersioningStatus, error) {
	out, err := c.GetBucketVersioning(ctx, &s3.GetBucketVersioningInput{Bucket: aws.String(bucket)}, opts...)
	if err != nil {
		return "", fmt.Errorf("cannot read the versioning status of bucket %q (needs s3:GetBucketVersioning): %w", bucket, err)
	}
	return out.Status, nil
}

// PlanLifecycle compares the lifecycle configuration of the bucket with one
// expiration rule per class (ID ClassRuleID, filter prefix
// PREFIX/class=NAME/, expiration after the class's days) and an
// AbortIncompleteMultipartUpload rule (AbortRuleID, 1 day). If the bucket's
// versioning is Enabled or Suspended, each class rule also expires
// noncurrent versions after 1 day and a rule DeleteMarkersRuleID (filter
// PREFIX/) removes expired object delete markers: without them, expired
// objects would stay forever as noncurrent versions. Rules of other
// archives (under prefixes side by side) and rules whose ID does not start
// with "redactd-" are kept as they are; this archive's rules under IDs of
// earlier versions are replaced. If the bucket has redactd rules of an
// archive whose prefix overlaps this one's, it returns an error wrapping
// ErrOtherArchive and plans nothing.
//
// A class that is not in classes but whose prefix still holds objects
// keeps a rule with its last known retention (the archive's retention
// record, else the rule in force): it is reported in Plan.Orphaned, and its
// rule is never removed while objects remain, unless retire names it. Objects
// under a class prefix whose retention is unknown are drift (op
// "uncovered") that apply cannot fix.
func (s *S3) PlanLifecycle(ctx context.Context, classes []Retention, retire ...string) (Plan, error) {
	if err := validateRetention(classes); err != nil {
		return Plan{}, err
	}
	bucket, prefix := s.bucket, s.prefix
	current, server, err := getLifecycle(ctx, s.client, bucket, s.opts()...)
	if err != nil {
		return Plan{}, err
	}
	versioning, err := getVersioning(ctx, s.client, bucket, s.opts()...)
	if err != nil {
		return Plan{}, err
	}
	root := string(Key{Prefix: prefix}.AppendRoot(nil))
	owners := sortRules(root, current)
	if err := owners.overlapError(bucket, root); err != nil {
		return Plan{}, err
	}
	p := Plan{Bucket: bucket, Prefix: strings.TrimSuffix(prefix, "/"), Versioning: string(versioning)}

	// What the archive holds and remembers.
	inPolicy := map[string]bool{}
	for _, c := range classes {
		inPolicy[c.Class] = true
	}
	tally, err := tallyClasses(ctx, s, prefix, inPolicy)
	if err != nil {
		return Plan{}, err
	}
	rec, etag, err := s.readRecordTag(ctx, prefix)
	if err != nil {
		return Plan{}, err
	}
	p.recordETag = etag
	lastDays := map[string]int{}
	for _, r := range current {
		if class, ok := ruleClass(aws.ToString(r.ID), rulePrefix(r), root); ok && r.Status == types.ExpirationStatusEnabled &&
			r.Expiration != nil && aws.ToInt32(r.Expiration.Days) > 0 {
			lastDays[class] = int(aws.ToInt32(r.Expiration.Days))
		}
	}
	cp, err := reconcile(prefix, classes, tally, rec, lastDays, retire)
	if err != nil {
		return Plan{}, err
	}
	p.Orphaned, p.Retired, p.record = cp.orphaned, cp.retired, cp.record
	p.recordChanged = !sameRecord(rec, cp.record)
	retiring := map[string]bool{}
	for _, o := range cp.retired {
		retiring[o.Class] = true
	}
	objectsOf := map[string]Orphan{}
	for _, o := range append(append([]Orphan(nil), cp.retired...), cp.uncovered...) {
		objectsOf[o.Class] = o
	}

	versioned := versioning == types.BucketVersioningStatusEnabled || versioning == types.BucketVersioningStatusSuspended
	want := desiredRules(prefix, cp.enforce, versioned)
	if n := len(cp.record.ExpiryDates); n > 0 {
		// Before the abort rule, which stays last.
		dates := make([]types.LifecycleRule, 0, n+1)
		for _, d := range cp.record.ExpiryDates {
			dates = append(dates, expiryRule(prefix, d))
		}
		want = slices.Insert(want, len(want)-1, dates...)
		p.Notes = append(p.Notes, fmt.Sprintf("%d expiry-date rule(s) keep rewritten objects to their first expiry (redactd rewrite)", n))
	}
	if versioned {
		p.Notes = append(p.Notes, "bucket versioning is "+string(versioning)+": expired objects become noncurrent versions, deleted 1 day later; lone delete markers are removed ("+DeleteMarkersRuleID(prefix)+")")
	}
	if strings.HasPrefix(server, "MinIO") {
		// MinIO rejects AbortIncompleteMultipartUpload rules; it deletes
		// stale multipart uploads by itself.
		want = want[:len(want)-1]
		p.Notes = append(p.Notes, "MinIO has no AbortIncompleteMultipartUpload rule; it removes stale multipart uploads itself (setting api stale_uploads_expiry, default 24h)")
	}
	have := map[string]types.LifecycleRule{}
	for i, r := range current {
		id := aws.ToString(r.ID)
		switch owners.owner[i] {
		case ownerUs:
		case ownerLegacy:
			continue // replaced below
		default:
			p.rules = append(p.rules, r) // not this archive's: kept as it is
			continue
		}
		if _, dup := have[id]; dup {
			p.Changes = append(p.Changes, Change{"remove", id, "duplicate rule ID: " + describeRule(r)})
			continue
		}
		have[id] = r
	}
	wanted := map[string]bool{}
	for _, r := range want {
		id := aws.ToString(r.ID)
		wanted[id] = true
		old, ok := have[id]
		switch {
		case !ok:
			p.Changes = append(p.Changes, Change{"add", id, describeRule(r)})
		case describeRule(old) != describeRule(r):
			p.Changes = append(p.Changes, Change{"update", id, describeRule(old) + " -> " + describeRule(r)})
		}
		p.rules = append(p.rules, r)
	}
	for i, r := range current {
		id := aws.ToString(r.ID)
		if owners.owner[i] == ownerUs && wanted[id] || owners.owner[i] != ownerUs && owners.owner[i] != ownerLegacy {
			continue
		}
		why := "not a configured class"
		ref, _ := parseRuleID(id)
		if ref.kind == kindExpire {
			why = fmt.Sprintf("its date is more than %d days past (the objects are gone) or not in the retention record", expiryKeep)
		}
		if owners.owner[i] == ownerLegacy {
			var now string
			switch ref.kind {
			case kindClass:
				now = ClassRuleID(prefix, ref.class)
			case kindAbort:
				now = AbortRuleID(prefix)
			case kindMarkers:
				now = DeleteMarkersRuleID(prefix)
			}
			if wanted[now] {
				p.Changes = append(p.Changes, Change{"remove", id, "replaced by " + now + " (rule IDs name the archive's prefix now): " + describeRule(r)})
				continue
			}
		}
		if class, ok := ruleClass(id, rulePrefix(r), root); ok {
			switch o := objectsOf[class]; {
			case retiring[class] && o.Objects > 0:
				why = fmt.Sprintf("class %s retired: its %s under %q will no longer expire", class, o.count(), o.Prefix)
			case retiring[class]:
				why = "class " + class + " retired"
			default:
				why = fmt.Sprintf("class %s is not in the policy and no object remains under %q", class, ClassPrefix(prefix, class))
			}
		}
		p.Changes = append(p.Changes, Change{"remove", id, why + ": " + describeRule(r)})
	}
	for _, o := range cp.uncovered {
		p.Changes = append(p.Changes, uncoveredChange(o))
	}
	return p, nil
}

// ruleChanges reports whether the plan changes rules (uncovered objects
// are drift no rule change can fix).
func (p Plan) ruleChanges() bool {
	for _, c := range p.Changes {
		if c.Op != "uncovered" {
			return true
		}
	}
	return false
}

// ApplyLifecycle plans and, if anything differs, writes the bucket's whole
// lifecycle configuration (S3 has no per-rule update), then the archive's
// retention record. Rules that redactd does not own are written back
// unchanged; a change someone else makes between the read and the write
// is lost, so run one apply at a time. retire names classes no longer in
// the policy whose rules are to go even though objects remain.
func (s *S3) ApplyLifecycle(ctx context.Context, classes []Retention, retire ...string) (Plan, error) {
	for attempt := 0; ; attempt++ {
		p, err := s.PlanLifecycle(ctx, classes, retire...)
		if err != nil {
			return p, err
		}
		if p.recordChanged {
			// The record first, conditionally: a rewrite adding an expiry
			// date meanwhile makes this plan stale; plan again.
			err := s.writeRecordIf(ctx, s.prefix, p.record, p.recordETag)
			if errors.Is(err, ErrChanged) && attempt < 9 {
				continue
			}
			if err != nil {
				return p, err
			}
		}
		if p.ruleChanges() {
			_, err = s.client.PutBucketLifecycleConfiguration(ctx, &s3.PutBucketLifecycleConfigurationInput{
				Bucket:                 aws.String(s.bucket),
				LifecycleConfiguration: &types.BucketLifecycleConfiguration{Rules: p.rules},
			}, s.opts()...)
			if err != nil {
				return p, fmt.Errorf("cannot write the lifecycle configuration of bucket %q: %w", s.bucket, err)
			}
		}
		return p, nil
	}
}

// VerifyLifecycle returns the drift between the bucket and the classes:
// missing rules, rules with other days or prefixes, redactd rules for
// classes no longer configured whose prefix is empty, objects under a
// class prefix no rule covers, and on a versioned bucket class rules that
// keep noncurrent versions or a missing delete-marker rule. No drift means
// the bucket enforces the configured retention.
func (s *S3) VerifyLifecycle(ctx context.Context, classes []Retention) ([]Change, error) {
	p, err := s.PlanLifecycle(ctx, classes)
	return p.Changes, err
}
